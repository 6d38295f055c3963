// The dataset reader's timeline part: categories, eras, events, and the resolution of events' references once
// everything is read.
#include "core/load/datasetreader_p.h"

#include <algorithm>
#include <cmath>

namespace azkz::detail {

void DatasetReader::readTimeline(const QJsonObject &root)
{
    readNamed(root, QStringLiteral("categories"), m_data.categories, MaxShortLists);
    QHash<QString, Path> eraIds;
    forEachObject(
        root, QStringLiteral("eras"), {},
        [&](const QJsonObject &o, const Path &path) {
            m_json.allowOnly(o, {"id", "name", "from", "to"}, path);
            Era era;
            const auto id = m_json.string(o, QStringLiteral("id"), path);
            const auto name = m_json.text(o, QStringLiteral("name"), path);
            era.from = m_json.date(o, QStringLiteral("from"), path, Presence::Optional);
            era.to = m_json.date(o, QStringLiteral("to"), path, Presence::Optional);
            if (!o.contains(QStringLiteral("from")) && !o.contains(QStringLiteral("to")))
                m_json.fail(path,
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation", "an era needs \"from\", \"to\" or both")));
            if (era.from && era.to && era.to->last() < era.from->first())
                m_json.fail(path + QStringLiteral(".to"),
                    Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "an era cannot end before it starts")));
            if (id)
                uniqueId(eraIds, *id, path + QStringLiteral(".id"));
            if (!id)
                return; // kept with a broken name, so that events naming it are not reported too
            era.id = *id;
            era.name = name.value_or(LocalizedText{});
            m_data.eras.append(era);
        },
        MaxShortLists);
    readEvents(root);
}

DatasetReader::Path DatasetReader::eventPath(qsizetype index)
{
    return JsonReader::element(QStringLiteral("events"), index);
}

void DatasetReader::readEvents(const QJsonObject &root)
{
    const QJsonArray items = m_json.array(root, QStringLiteral("events"), {}, Presence::Required, MaxEvents);
    const qsizetype count = m_events ? m_events->count : items.size(); // the loader's are within MaxEvents
    for (const Category &category : std::as_const(m_data.categories))
        m_knownIds.insert(category.id);
    for (const Person &person : std::as_const(m_data.people))
        m_knownIds.insert(person.id);
    for (const Mission &mission : std::as_const(m_data.missions))
        m_knownIds.insert(mission.id);
    for (const Era &era : std::as_const(m_data.eras))
        m_knownIds.insert(era.id);
    for (const SourceEntry &source : std::as_const(m_data.sources))
        m_knownIds.insert(source.id);
    QHash<QString, qsizetype> ids; // where each id was first used
    ids.reserve(count);
    m_data.events.reserve(count);
    m_eventIndexes.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonValue item = m_events ? m_events->at(i) : items.at(i);
        if (!item.isObject()) {
            m_json.objectAt(item, eventPath(i)); // reports it
            continue;
        }
        const QJsonObject o = item.toObject();
        // Read first with an empty path, which costs no string building; an event with problems
        // is read again with its path, so that they are reported with it.
        const JsonReader::Mark mark = m_json.mark();
        Event e;
        bool complete = readEvent(o, {}, e);
        if (m_json.failedSince(mark)) {
            m_json.rollback(mark);
            e = Event();
            complete = readEvent(o, eventPath(i), e);
        }
        if (!e.id.isEmpty()) {
            const auto previous = ids.constFind(e.id);
            if (previous != ids.constEnd())
                m_json.fail(eventPath(i) + QStringLiteral(".id"),
                    Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "duplicate id %1 (already used at %2)"))
                        .arg(quoted(e.id))
                        .arg(eventPath(*previous) + QStringLiteral(".id")));
            else
                ids.insert(e.id, i);
        }
        if (complete) {
            m_data.events.append(std::move(e));
            m_eventIndexes.append(i);
        }
    }
}

bool DatasetReader::readEvent(const QJsonObject &o, const Path &path, Event &e)
{
    m_json.allowOnly(o,
        {"id", "date", "eras", QT_TRANSLATE_NOOP("azkz::Validation", "category"), "title", "text", "people", "missions",
            "tradeYear", "refs", "sources", "dispute"},
        path);
    const auto id = m_json.string(o, QStringLiteral("id"), path);
    const auto category = m_json.string(o, QStringLiteral("category"), path);
    const auto title = m_json.text(o, QStringLiteral("title"), path);
    const auto text = m_json.text(o, QStringLiteral("text"), path, Presence::Required, Length::Long);
    e.eraIds = shared(m_json.stringList(o, QStringLiteral("eras"), path, Presence::Optional, MaxShortLists));
    e.personIds = shared(m_json.stringList(o, QStringLiteral("people"), path, Presence::Optional, MaxShortLists));
    e.missionIds = shared(m_json.stringList(o, QStringLiteral("missions"), path, Presence::Optional, MaxShortLists));
    e.tradeYear = m_json.integer(o, QStringLiteral("tradeYear"), path, Presence::Optional);
    Citation c = citation(o, path);
    e.refs = std::move(c.refs);
    e.fromArticle = c.fromArticle;
    e.sourceIds = shared(std::move(c.sourceIds));
    e.dispute = std::move(c.dispute);
    const bool hasDate = o.contains(QStringLiteral("date"));
    if (hasDate == !e.eraIds.isEmpty())
        m_json.fail(path,
            Validation::message(
                QT_TRANSLATE_NOOP("azkz::Validation", "an event needs either \"date\" or \"eras\", not both")));
    if (const auto dateText = m_json.string(o, QStringLiteral("date"), path, Presence::Optional)) {
        if (const auto spec = DateSpec::parse(*dateText)) {
            e.date = *spec;
            if (e.dispute) // the date's text is made only for a dispute
                checkDateClaimed(e.dispute, spec->toString(), path);
        } else if (const QStringList ends = dateText->split(QLatin1Char('/'));
                   ends.size() == 2 && DatePoint::parse(ends.at(0)) && DatePoint::parse(ends.at(1))) { // "1989/1969"
            m_json.fail(path + QStringLiteral(".date"),
                Validation::message(QT_TRANSLATE_NOOP("azkz::Validation",
                                        "the span %1 ends before it begins: write it earliest first, %2"))
                    .arg(quoted(*dateText))
                    .arg(quoted(ends.at(1) + QLatin1Char('/') + ends.at(0))));
        } else
            m_json.fail(path + QStringLiteral(".date"),
                Validation::message(
                    QT_TRANSLATE_NOOP("azkz::Validation",
                        "expected a real date from the year 1 to 9999 (YYYY-MM-DD, YYYY-MM, YYYY, YYY0s) "
                        "or a span FROM/TO with at least one end, found %1"))
                    .arg(quoted(*dateText)));
    }
    if (id)
        e.id = *id;
    if (!id || !category || !title || !text)
        return false;
    e.categoryId = shared(*category);
    e.title = *title;
    e.text = *text;
    return true;
}

void DatasetReader::resolveEvents()
{
    QSet<QString> people; // up to MaxPeople: looked up in a set, not one by one
    people.reserve(m_data.people.size());
    for (const Person &person : std::as_const(m_data.people))
        people.insert(person.id);
    for (qsizetype i = 0; i < m_data.events.size(); ++i) {
        Event &e = m_data.events[i];
        const auto path = [&] { return eventPath(m_eventIndexes.at(i)); }; // built only for a problem
        if (!m_data.category(e.categoryId))
            unknown(
                e.categoryId, QT_TRANSLATE_NOOP("azkz::Validation", "category"), path() + QStringLiteral(".category"));
        for (qsizetype k = 0; k < e.personIds.size(); ++k) {
            if (!people.contains(e.personIds.at(k)))
                unknown(e.personIds.at(k), "person", JsonReader::element(path() + QStringLiteral(".people"), k));
        }
        for (qsizetype k = 0; k < e.missionIds.size(); ++k) {
            if (!m_data.mission(e.missionIds.at(k)))
                unknown(e.missionIds.at(k), QT_TRANSLATE_NOOP("azkz::Validation", "mission"),
                    JsonReader::element(path() + QStringLiteral(".missions"), k));
        }
        if (e.tradeYear
            && std::none_of(m_data.trade.years.cbegin(), m_data.trade.years.cend(),
                [&](const TradeYear &y) { return y.year == *e.tradeYear; }))
            m_json.fail(path() + QStringLiteral(".tradeYear"),
                Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "%1 is not a year of trade.years"))
                    .arg(*e.tradeYear));
        if (e.eraIds.isEmpty())
            continue;
        const Era *first = m_data.era(e.eraIds.first());
        const Era *last = m_data.era(e.eraIds.last());
        for (qsizetype k = 0; k < e.eraIds.size(); ++k) {
            if (!m_data.era(e.eraIds.at(k)))
                unknown(e.eraIds.at(k), QT_TRANSLATE_NOOP("azkz::Validation", "era"),
                    JsonReader::element(path() + QStringLiteral(".eras"), k));
        }
        if (first && last)
            e.date = DateSpec{first->from, last->to, true};
    }
    m_eventIndexes = {};
    sortByDate(m_data.events);
}

void DatasetReader::sortByDate(QList<Event> &events)
{
    // Each event's day worked out once, not at each comparison, and each event moved once: an
    // event is large, and a file in no order took a twentieth of --validate to sort in place.
    QList<std::pair<qint64, qsizetype>> order(events.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        order[i] = {events.at(i).date.sortKey().toJulianDay(), i};
    const auto earlier = [](const auto &a, const auto &b) { return a.first < b.first; };
    if (std::is_sorted(order.cbegin(), order.cend(), earlier)) // files are usually in order
        return;
    std::stable_sort(order.begin(), order.end(), earlier);
    QList<Event> sorted;
    sorted.reserve(events.size());
    for (const auto &[day, index] : std::as_const(order))
        sorted.append(std::move(events[index]));
    events = std::move(sorted);
}

} // namespace azkz::detail
