#include "core/load/datasetreader.h"

#include "core/load/datasetreader_p.h"

#include <algorithm>
#include <cmath>

namespace azkz {

namespace detail {

References DatasetReader::refs(const QJsonObject &o, const Path &path)
{
    References result;
    const QJsonArray items
        = m_json.array(o, QStringLiteral("refs"), path, Presence::Required, MaxCitationsOfAStatement);
    const Path here = JsonReader::member(path, QStringLiteral("refs"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int n = items.at(i).toInt(-1);
        if (!items.at(i).isDouble() || n != items.at(i).toDouble())
            m_json.fail(JsonReader::element(here, i),
                Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "expected a reference number")));
        else if (!m_knownRefs.contains(n) && !m_referencesBroken)
            m_json.fail(JsonReader::element(here, i),
                Validation::message(
                    QT_TRANSLATE_NOOP("azkz::Validation", "reference [%1] is not listed in source.references"))
                    .arg(n));
        else
            result.append(n);
    }
    return result;
}

QStringList DatasetReader::sourceIds(const QJsonObject &o, const Path &path)
{
    const QStringList ids
        = m_json.stringList(o, QStringLiteral("sources"), path, Presence::Optional, MaxCitationsOfAStatement);
    const Path here = JsonReader::member(path, QStringLiteral("sources"));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        // The path made only for a problem: most statements of a large file cite a source or two.
        if (ids.at(i) == QLatin1String("article"))
            m_json.fail(JsonReader::element(here, i),
                Validation::message(QT_TRANSLATE_NOOP(
                    "azkz::Validation", "the article is cited by its reference numbers, in \"refs\"")));
        else if (!m_data.sourceEntry(ids.at(i)))
            unknown(ids.at(i), QT_TRANSLATE_NOOP("azkz::Validation", "source"), JsonReader::element(here, i));
    }
    if (!ids.isEmpty() && m_data.schemaVersion < 3)
        m_json.fail(here,
            Validation::message(
                QT_TRANSLATE_NOOP("azkz::Validation", "\"sources\" on a statement needs schemaVersion 3")));
    return ids;
}

std::optional<Dispute> DatasetReader::dispute(const QJsonObject &o, const Path &path)
{
    const auto d = m_json.object(o, QStringLiteral("dispute"), path, Presence::Optional);
    if (!d)
        return std::nullopt;
    const Path here = JsonReader::member(path, QStringLiteral("dispute"));
    if (m_data.schemaVersion < 3)
        m_json.fail(
            here, Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "\"dispute\" needs schemaVersion 3")));
    m_json.allowOnly(*d, {"about", "claims"}, here);
    Dispute result;
    result.about = m_json.text(*d, QStringLiteral("about"), here).value_or(LocalizedText{});
    forEachObject(
        *d, QStringLiteral("claims"), here,
        [&](const QJsonObject &c, const Path &at) {
            m_json.allowOnly(c, {"date", "value", "refs", "sources", "note"}, at);
            Claim claim;
            if (c.contains(QStringLiteral("date")) == c.contains(QStringLiteral("value")))
                m_json.fail(at,
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation", "a claim needs either \"date\" or \"value\", not both")));
            if (const auto text = m_json.string(c, QStringLiteral("date"), at, Presence::Optional)) {
                claim.date = DateSpec::parse(*text);
                if (!claim.date)
                    m_json.fail(at + QStringLiteral(".date"),
                        Validation::message(
                            QT_TRANSLATE_NOOP("azkz::Validation", "expected a date or a span FROM/TO, found %1"))
                            .arg(quoted(*text)));
            }
            if (c.contains(QStringLiteral("value")))
                claim.value = m_json.text(c, QStringLiteral("value"), at).value_or(LocalizedText{});
            if (c.contains(QStringLiteral("refs")))
                claim.refs = refs(c, at);
            claim.sourceIds = sourceIds(c, at);
            if (claim.refs.isEmpty() && claim.sourceIds.isEmpty())
                m_json.fail(at,
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation", "a claim needs the article's \"refs\" or \"sources\"")));
            claim.note = m_json.text(c, QStringLiteral("note"), at, Presence::Optional, Length::Long);
            if (!result.claims.isEmpty() && claim.date.has_value() != result.claims.first().date.has_value())
                m_json.fail(at,
                    Validation::message(QT_TRANSLATE_NOOP(
                        "azkz::Validation", "the claims of one dispute are all dates or all values")));
            result.claims.append(claim);
        },
        MaxClaims);
    if (result.claims.size() < 2) {
        m_json.fail(here + QStringLiteral(".claims"),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "a dispute needs at least two claims")));
        return std::nullopt;
    }
    return result;
}

void DatasetReader::checkDateClaimed(const std::optional<Dispute> &dispute, const QString &date, const Path &path)
{
    if (!dispute || !dispute->aboutDates())
        return;
    const bool claimed = std::any_of(dispute->claims.cbegin(), dispute->claims.cend(),
        [&](const Claim &c) { return c.date && c.date->toString() == date; });
    if (!claimed)
        m_json.fail(path + QStringLiteral(".dispute.claims"),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "the date %1 is not one of the claims"))
                .arg(quoted(date)));
}

DatasetReader::Citation DatasetReader::citation(const QJsonObject &o, const Path &path)
{
    Citation result;
    result.sourceIds = sourceIds(o, path);
    result.fromArticle = o.contains(QStringLiteral("refs")) || result.sourceIds.isEmpty();
    if (!o.contains(QStringLiteral("refs")) && !o.contains(QStringLiteral("sources")))
        m_json.fail(JsonReader::member(path, QStringLiteral("refs")),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation",
                "missing: the article's footnote numbers in \"refs\" ([] where it gives none), or for what the "
                "article does not say, the ids of other sources in \"sources\"")));
    else if (result.fromArticle)
        result.refs = refs(o, path); // required when no other source is given
    result.dispute = dispute(o, path);
    return result;
}

std::optional<DatedFact> DatasetReader::datedFact(
    const QJsonObject &parent, const QString &key, const Path &path, Presence presence)
{
    const auto o = m_json.object(parent, key, path, presence);
    if (!o)
        return std::nullopt;
    const Path here = JsonReader::member(path, key);
    m_json.allowOnly(*o, {"date", "refs", "sources", "dispute"}, here);
    const auto date = m_json.date(*o, QStringLiteral("date"), here);
    Citation c = citation(*o, here);
    if (date)
        checkDateClaimed(c.dispute, date->toString(), here);
    return date ? std::optional(DatedFact{*date, c.refs, c.sourceIds, c.dispute}) : std::nullopt;
}

void DatasetReader::uniqueId(QHash<QString, Path> &seen, const QString &id, const Path &path)
{
    const auto previous = seen.constFind(id);
    if (previous != seen.constEnd())
        m_json.fail(path,
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "duplicate id %1 (already used at %2)"))
                .arg(quoted(id))
                .arg(*previous));
    else
        seen.insert(id, path);
}

void DatasetReader::readSource(const QJsonObject &root)
{
    const auto source = m_json.object(root, QStringLiteral("source"), {});
    if (!source)
        return;
    const Path path = QStringLiteral("source");
    m_json.allowOnly(*source,
        {"title", "publisher", "address", "language", "licence", "licenceUrl", "references", "referencesNote"}, path);
    Source &s = m_data.source;
    s.title = m_json.text(*source, QStringLiteral("title"), path).value_or(LocalizedText{});
    s.publisher = m_json.text(*source, QStringLiteral("publisher"), path).value_or(LocalizedText{});
    s.address = m_json.string(*source, QStringLiteral("address"), path, Presence::Optional).value_or(QString());
    s.language = m_json.string(*source, QStringLiteral("language"), path).value_or(QString());
    s.licence = m_json.string(*source, QStringLiteral("licence"), path).value_or(QString());
    s.licenceUrl = m_json.string(*source, QStringLiteral("licenceUrl"), path).value_or(QString());
    s.referencesNote = m_json.text(*source, QStringLiteral("referencesNote"), path, Presence::Optional, Length::Long);
    const QJsonArray numbers = m_json.array(*source, QStringLiteral("references"), path);
    m_referencesBroken = !source->value(QStringLiteral("references")).isArray();
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const int n = numbers.at(i).toInt(0);
        const Path here = JsonReader::element(path + QStringLiteral(".references"), i);
        if (n < 1 || n != numbers.at(i).toDouble()) {
            m_json.fail(here,
                Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "expected a reference number from 1 up")));
            m_referencesBroken = true;
        } else if (m_knownRefs.contains(n))
            m_json.fail(here,
                Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "reference [%1] is listed twice")).arg(n));
        else {
            m_knownRefs.insert(n);
            s.references.append(n);
        }
    }
}

void DatasetReader::readRelations(const QJsonObject &root)
{
    const auto relations = m_json.object(root, QStringLiteral("relations"), {});
    if (!relations)
        return;
    const Path path = QStringLiteral("relations");
    m_json.allowOnly(*relations, {"countries", "lead", "established"}, path);
    const QStringList pair = m_json.stringList(*relations, QStringLiteral("countries"), path, Presence::Required);
    if (pair.size() != 2 || pair.first() == pair.last())
        m_json.fail(path + QStringLiteral(".countries"),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "expected the ids of two different countries")));
    for (qsizetype i = 0; i < pair.size(); ++i)
        resolve(pair.at(i), m_data.country(pair.at(i)), "country",
            JsonReader::element(path + QStringLiteral(".countries"), i));
    // The pages take the pair from the head of countries; a third country follows it.
    const auto listedFirst = [&](const QString &id) {
        return m_data.countries.size() >= 2 && (m_data.countries.at(0).id == id || m_data.countries.at(1).id == id);
    };
    if (pair.size() == 2 && m_data.country(pair.first()) && m_data.country(pair.last())
        && !(listedFirst(pair.first()) && listedFirst(pair.last())))
        m_json.fail(path + QStringLiteral(".countries"),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation",
                "the pair must be the first two countries of \"countries\"; a third one follows them")));
    m_data.lead = m_json.text(*relations, QStringLiteral("lead"), path, Presence::Required, Length::Long)
                      .value_or(LocalizedText{});
    if (const auto established = datedFact(*relations, QStringLiteral("established"), path, Presence::Required))
        m_data.established = *established;
}

void DatasetReader::readTexts(const QJsonObject &root)
{
    QHash<QString, Path> sectionIds;
    forEachObject(
        root, QStringLiteral("sections"), {},
        [&](const QJsonObject &o, const Path &path) {
            m_json.allowOnly(o, {"id", "title", "paragraphs"}, path);
            Section section;
            section.id = m_json.string(o, QStringLiteral("id"), path).value_or(QString());
            section.title = m_json.text(o, QStringLiteral("title"), path).value_or(LocalizedText{});
            if (!section.id.isEmpty())
                uniqueId(sectionIds, section.id, path + QStringLiteral(".id"));
            forEachObject(
                o, QStringLiteral("paragraphs"), path,
                [&](const QJsonObject &p, const Path &here) {
                    m_json.allowOnly(p, {"text", "refs"}, here);
                    const auto text = m_json.text(p, QStringLiteral("text"), here, Presence::Required, Length::Long);
                    const References r = refs(p, here);
                    if (text)
                        section.paragraphs.append({*text, r});
                },
                MaxShortLists);
            m_data.sections.append(section);
        },
        MaxShortLists);
    QHash<QString, Path> factIds;
    forEachObject(
        root, QStringLiteral("facts"), {},
        [&](const QJsonObject &o, const Path &path) {
            m_json.allowOnly(o, {"id", "label", "value", "refs", "sources", "dispute"}, path);
            const auto id = m_json.string(o, QStringLiteral("id"), path);
            const auto label = m_json.text(o, QStringLiteral("label"), path);
            const auto value = m_json.text(o, QStringLiteral("value"), path);
            Citation c = citation(o, path);
            if (id)
                uniqueId(factIds, *id, path + QStringLiteral(".id"));
            if (id && label && value)
                m_data.facts.append({*id, *label, *value, c.refs, c.fromArticle, c.sourceIds, c.dispute});
        },
        MaxFacts);
}

Dataset DatasetReader::read(const QJsonObject &root)
{
    m_json.allowOnly(root,
        {"schema", "schemaVersion", "title", "source", "countries", "cities", "relations", "people", "missions",
            "sections", "facts", "categories", "eras", "events", "trade", "sources"},
        {});
    const auto schema = m_json.string(root, QStringLiteral("schema"), {});
    if (schema && *schema != QLatin1String("azkz-relations-dataset"))
        m_json.fail(QStringLiteral("schema"),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "expected \"azkz-relations-dataset\", found %1"))
                .arg(quoted(*schema)));
    const auto version = m_json.integer(root, QStringLiteral("schemaVersion"), {});
    if (version && (*version < 1 || *version > SchemaVersion))
        m_json.fail(QStringLiteral("schemaVersion"),
            Validation::message(
                QT_TRANSLATE_NOOP("azkz::Validation", "this program reads schema versions 1 to %1, found %2"))
                .arg(SchemaVersion)
                .arg(*version));
    m_data.schemaVersion = version.value_or(0);
    m_data.title = m_json.text(root, QStringLiteral("title"), {}).value_or(LocalizedText{});
    readSource(root);
    readSources(root);
    readCountries(root);
    readCities(root);
    readNamed(root, QStringLiteral("people"), m_data.people, MaxPeople);
    readRelations(root);
    readMissions(root);
    readTexts(root);
    readTimeline(root);
    readTrade(root);
    resolveEvents();
    checkCitationCost();
    return m_data;
}

} // namespace detail

std::optional<Dataset> readDataset(
    const QJsonObject &root, QList<Problem> &problems, qsizetype &omitted, const EventElements *events)
{
    const qsizetype before = problems.size() + omitted;
    Dataset data = detail::DatasetReader(problems, omitted, events).read(root);
    if (problems.size() + omitted != before)
        return std::nullopt;
    return data;
}

} // namespace azkz
