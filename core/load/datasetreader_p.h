// The dataset reader's class, shared by the files that implement it: datasetreader.cpp and a
// file for each part of the dataset (missions, places, timeline, trade).
#pragma once

#include "core/data/dataset.h"
#include "core/load/datasetreader.h"
#include "core/load/jsonreader.h"

#include <QHash>
#include <QSet>

namespace azkz::detail {

// Trade figures are given to two decimals, so a total may differ from the sum by rounding.
constexpr double TotalTolerance = 0.011;
// Far above any trade figure, far below where sums and axes lose their digits.
constexpr double MaxTradeValue = 1e15;
// The lists other than the events (MaxEvents, datasetloader.h) are shown whole in cards,
// tables and the report, and are far shorter in any dataset of one country pair.
constexpr qsizetype MaxPeople = 10000;
constexpr qsizetype MaxTradeYears = 500;
constexpr qsizetype MaxMissions = 100;
constexpr qsizetype MaxFacts = 100;
constexpr qsizetype MaxShortLists = 50; // countries, categories, eras, sections, paragraphs of a section
constexpr qsizetype MaxSources = 1000;
constexpr qsizetype MaxClaims = 20; // the versions of one disputed statement
constexpr qsizetype MaxHeads = 100; // a mission's heads over time
// What a file makes the program draw beyond its own text: every statement's citations, each
// the cited source's publisher, title and date. A statement cites each source once, and with its
// dispute's claims at most MaxCitationsOfAStatement times; all statements together expand to at
// most MaxCitedCharacters. A 1 MB file naming one source thousands of times in each of twenty
// claims took minutes and gigabytes to show.
constexpr qsizetype MaxCitationsOfAStatement = 50;
constexpr qsizetype MaxCitedCharacters = 16 * 1000 * 1000;

class DatasetReader final
{
public:
    DatasetReader(QList<Problem> &problems, qsizetype &omitted, const EventElements *events)
        : m_json(problems, omitted), m_events(events)
    { }

    Dataset read(const QJsonObject &root);

private:
    using Path = QString;
    References refs(const QJsonObject &o, const Path &path);
    // What a statement rests on (schema version 3): the article's "refs", or "sources" (ids of
    // the sources list) without "refs" for a statement the article does not make, or both;
    // and a "dispute" when sources disagree.
    struct Citation {
        bool fromArticle = true;
        References refs;
        QStringList sourceIds;
        std::optional<Dispute> dispute;
    };
    Citation citation(const QJsonObject &o, const Path &path);
    QStringList sourceIds(const QJsonObject &o, const Path &path);
    std::optional<Dispute> dispute(const QJsonObject &o, const Path &path);
    // A dispute about dates must list the statement's own date among its claims.
    void checkDateClaimed(const std::optional<Dispute> &dispute, const QString &date, const Path &path);
    std::optional<MissionHead> missionHead(const QJsonObject &o, const Path &path);
    void readMissionHeads(const QJsonObject &o, const Path &path, Mission &mission);
    std::optional<DatedFact> datedFact(
        const QJsonObject &parent, const QString &key, const Path &path, Presence presence);
    // Calls read(object, path) for each element of parent[key] that is an object.
    template <typename Fn>
    void forEachObject(
        const QJsonObject &parent, const QString &key, const Path &path, Fn read, qsizetype maxItems = 10000);
    // Records the id at path and reports it when an earlier element of the same list used it.
    void uniqueId(QHash<QString, Path> &seen, const QString &id, const Path &path);
    template <typename Known> void resolve(const QString &id, const Known *known, const char *what, const Path &path);
    // Reports id as not the id of any `what`.
    void unknown(const QString &id, const char *what, const Path &path)
    {
        m_json.fail(path,
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "%1 is not the id of any %2"))
                .arg(quoted(id))
                .arg(Validation::message(what)));
    }

    void readSource(const QJsonObject &root);
    // Reads a list of {id, name} objects: countries, people, categories.
    template <typename T>
    void readNamed(const QJsonObject &root, const QString &key, QList<T> &into, qsizetype maxItems);
    void readCountries(const QJsonObject &root);
    void readCities(const QJsonObject &root);
    // A mission's "city": a city's id, or (without a place on the map) its name as a text.
    void readMissionCity(const QJsonObject &o, const Path &path, Mission &mission);
    void readRelations(const QJsonObject &root);
    void readMissions(const QJsonObject &root);
    void readTexts(const QJsonObject &root);
    void readTimeline(const QJsonObject &root);
    void readEvents(const QJsonObject &root);
    // One event: its problems reported under path and no other effect, so that it can be read
    // again. True when it is complete enough to keep; e.id is set whenever the id is good.
    bool readEvent(const QJsonObject &o, const Path &path, Event &e);
    // "events[i]": built only for a problem.
    static Path eventPath(qsizetype index);
    void readTrade(const QJsonObject &root);
    // Schema version 2 (tradereader.cpp): the sources list, the article's table as series,
    // the series of trade.series.
    void readSources(const QJsonObject &root);
    void addArticleSeries();
    void readTradeSeries(const QJsonObject &trade);
    std::optional<TradeValue> seriesValue(const QJsonObject &o, const Path &path);
    // A trade figure: a finite number from 0 to MaxTradeValue.
    std::optional<double> tradeValue(const QJsonObject &o, const QString &key, const Path &path);
    void resolveEvents();
    static void sortByDate(QList<Event> &events); // stable: events of one day keep the file's order
    // The bound on what the statements' citations expand to (see MaxCitations).
    void checkCitationCost();

    JsonReader m_json;
    Dataset m_data;
    QSet<int> m_knownRefs;
    // source.references had a wrong entry: a reference it does not list is not reported again
    // at every statement citing it (27 follow-on problems that hid the one cause).
    bool m_referencesBroken = false;
    const EventElements *m_events; // the events, when not in the document
    // The ids of the categories, people, missions, eras and sources, for the events to share
    // rather than hold a copy each (a large file's events name the same few again and again).
    QSet<QString> m_knownIds;
    QString shared(const QString &id) const
    {
        const auto known = m_knownIds.constFind(id);
        return known != m_knownIds.constEnd() ? *known : id;
    }
    QStringList shared(QStringList ids) const
    {
        for (QString &id : ids)
            id = shared(id);
        return ids;
    }
    QList<qsizetype> m_eventIndexes; // where each event of m_data.events is in the file's list
};

template <typename Fn>
void DatasetReader::forEachObject(
    const QJsonObject &parent, const QString &key, const Path &path, Fn read, qsizetype maxItems)
{
    const QJsonArray items = m_json.array(parent, key, path, Presence::Required, maxItems);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Path here = JsonReader::element(JsonReader::member(path, key), i);
        if (const auto o = m_json.objectAt(items.at(i), here))
            read(*o, here);
    }
}

template <typename Known>
void DatasetReader::resolve(const QString &id, const Known *known, const char *what, const Path &path)
{
    if (!known)
        unknown(id, what, path);
}

template <typename T>
void DatasetReader::readNamed(const QJsonObject &root, const QString &key, QList<T> &into, qsizetype maxItems)
{
    QHash<QString, Path> ids;
    forEachObject(
        root, key, {},
        [&](const QJsonObject &o, const Path &path) {
            m_json.allowOnly(o, {"id", "name"}, path);
            const auto id = m_json.string(o, QStringLiteral("id"), path);
            const auto name = m_json.text(o, QStringLiteral("name"), path);
            if (id)
                uniqueId(ids, *id, path + QStringLiteral(".id"));
            if (id) // kept even with a broken name, so that what refers to it is not reported too
                into.append({*id, name.value_or(LocalizedText{})});
        },
        maxItems);
}

} // namespace azkz::detail
