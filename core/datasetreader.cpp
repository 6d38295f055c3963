#include "datasetreader.h"

#include "jsonreader.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace azkz {

namespace {

// Trade figures are given to two decimals, so a total may differ from the sum by rounding.
constexpr double TotalTolerance = 0.011;

class DatasetReader final
{
public:
    explicit DatasetReader(QList<Problem> &problems) : m_json(problems) { }

    Dataset read(const QJsonObject &root);

private:
    using Path = QString;
    References refs(const QJsonObject &o, const Path &path);
    std::optional<DatedFact> datedFact(
        const QJsonObject &parent, const QString &key, const Path &path, Presence presence);
    // Calls read(object, path) for each element of parent[key] that is an object.
    template <typename Fn> void forEachObject(const QJsonObject &parent, const QString &key, const Path &path, Fn read);
    // Records the id at path and reports it when an earlier element of the same list used it.
    void uniqueId(QHash<QString, Path> &seen, const QString &id, const Path &path);
    template <typename Known> void resolve(const QString &id, const Known *known, const char *what, const Path &path);

    void readSource(const QJsonObject &root);
    void readCountriesAndPeople(const QJsonObject &root);
    void readRelations(const QJsonObject &root);
    void readMissions(const QJsonObject &root);
    void readTexts(const QJsonObject &root);
    void readTimeline(const QJsonObject &root);
    void readTrade(const QJsonObject &root);
    void resolveEvents();

    JsonReader m_json;
    Dataset m_data;
    QSet<int> m_knownRefs;
    QList<Path> m_eventPaths; // where each event of m_data.events came from
};

References DatasetReader::refs(const QJsonObject &o, const Path &path)
{
    References result;
    const QJsonArray items = m_json.array(o, QStringLiteral("refs"), path);
    const Path here = JsonReader::member(path, QStringLiteral("refs"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int n = items.at(i).toInt(-1);
        if (!items.at(i).isDouble() || n != items.at(i).toDouble())
            m_json.fail(JsonReader::element(here, i), QStringLiteral("expected a reference number"));
        else if (!m_knownRefs.contains(n))
            m_json.fail(JsonReader::element(here, i),
                QStringLiteral("reference [%1] is not listed in source.references").arg(n));
        else
            result.append(n);
    }
    return result;
}

std::optional<DatedFact> DatasetReader::datedFact(
    const QJsonObject &parent, const QString &key, const Path &path, Presence presence)
{
    const auto o = m_json.object(parent, key, path, presence);
    if (!o)
        return std::nullopt;
    const Path here = JsonReader::member(path, key);
    m_json.allowOnly(*o, {"date", "refs"}, here);
    const auto date = m_json.date(*o, QStringLiteral("date"), here);
    const References r = refs(*o, here);
    return date ? std::optional(DatedFact{*date, r}) : std::nullopt;
}

template <typename Fn>
void DatasetReader::forEachObject(const QJsonObject &parent, const QString &key, const Path &path, Fn read)
{
    const QJsonArray items = m_json.array(parent, key, path);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Path here = JsonReader::element(JsonReader::member(path, key), i);
        if (const auto o = m_json.objectAt(items.at(i), here))
            read(*o, here);
    }
}

void DatasetReader::uniqueId(QHash<QString, Path> &seen, const QString &id, const Path &path)
{
    const auto previous = seen.constFind(id);
    if (previous != seen.constEnd())
        m_json.fail(path, QStringLiteral("duplicate id \"%1\" (already used at %2)").arg(id, *previous));
    else
        seen.insert(id, path);
}

template <typename Known>
void DatasetReader::resolve(const QString &id, const Known *known, const char *what, const Path &path)
{
    if (!known)
        m_json.fail(path, QStringLiteral("\"%1\" is not the id of any %2").arg(id, QLatin1String(what)));
}

void DatasetReader::readSource(const QJsonObject &root)
{
    const auto source = m_json.object(root, QStringLiteral("source"), {});
    if (!source)
        return;
    const Path path = QStringLiteral("source");
    m_json.allowOnly(*source, {"title", "publisher", "language", "licence", "licenceUrl", "references"}, path);
    Source &s = m_data.source;
    s.title = m_json.text(*source, QStringLiteral("title"), path).value_or(LocalizedText{});
    s.publisher = m_json.text(*source, QStringLiteral("publisher"), path).value_or(LocalizedText{});
    s.language = m_json.string(*source, QStringLiteral("language"), path).value_or(QString());
    s.licence = m_json.string(*source, QStringLiteral("licence"), path).value_or(QString());
    s.licenceUrl = m_json.string(*source, QStringLiteral("licenceUrl"), path).value_or(QString());
    const QJsonArray numbers = m_json.array(*source, QStringLiteral("references"), path);
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const int n = numbers.at(i).toInt(0);
        const Path here = JsonReader::element(path + QStringLiteral(".references"), i);
        if (n < 1 || n != numbers.at(i).toDouble())
            m_json.fail(here, QStringLiteral("expected a reference number from 1 up"));
        else if (m_knownRefs.contains(n))
            m_json.fail(here, QStringLiteral("reference [%1] is listed twice").arg(n));
        else {
            m_knownRefs.insert(n);
            s.references.append(n);
        }
    }
}

void DatasetReader::readCountriesAndPeople(const QJsonObject &root)
{
    QHash<QString, Path> countryIds;
    forEachObject(root, QStringLiteral("countries"), {}, [&](const QJsonObject &o, const Path &path) {
        m_json.allowOnly(o, {"id", "name"}, path);
        const auto id = m_json.string(o, QStringLiteral("id"), path);
        const auto name = m_json.text(o, QStringLiteral("name"), path);
        if (id)
            uniqueId(countryIds, *id, path + QStringLiteral(".id"));
        if (id && name)
            m_data.countries.append({*id, *name});
    });
    QHash<QString, Path> personIds;
    forEachObject(root, QStringLiteral("people"), {}, [&](const QJsonObject &o, const Path &path) {
        m_json.allowOnly(o, {"id", "name"}, path);
        const auto id = m_json.string(o, QStringLiteral("id"), path);
        const auto name = m_json.text(o, QStringLiteral("name"), path);
        if (id)
            uniqueId(personIds, *id, path + QStringLiteral(".id"));
        if (id && name)
            m_data.people.append({*id, *name});
    });
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
        m_json.fail(path + QStringLiteral(".countries"), QStringLiteral("expected the ids of two different countries"));
    for (qsizetype i = 0; i < pair.size(); ++i)
        resolve(pair.at(i), m_data.country(pair.at(i)), "country",
            JsonReader::element(path + QStringLiteral(".countries"), i));
    m_data.lead = m_json.text(*relations, QStringLiteral("lead"), path).value_or(LocalizedText{});
    if (const auto established = datedFact(*relations, QStringLiteral("established"), path, Presence::Required))
        m_data.established = *established;
}

void DatasetReader::readMissions(const QJsonObject &root)
{
    static const QHash<QString, MissionKind> kinds = {{QStringLiteral("embassy"), MissionKind::Embassy},
        {QStringLiteral("consulate-general"), MissionKind::ConsulateGeneral},
        {QStringLiteral("consulate"), MissionKind::Consulate}};
    QHash<QString, Path> ids;
    forEachObject(root, QStringLiteral("missions"), {}, [&](const QJsonObject &o, const Path &path) {
        m_json.allowOnly(o,
            {"id", "kind", "sendingCountry", "hostCountry", "name", "city", "address", "head", "established", "opened"},
            path);
        Mission m;
        const auto id = m_json.string(o, QStringLiteral("id"), path);
        const auto kind = m_json.string(o, QStringLiteral("kind"), path);
        const auto sending = m_json.string(o, QStringLiteral("sendingCountry"), path);
        const auto host = m_json.string(o, QStringLiteral("hostCountry"), path);
        const auto name = m_json.text(o, QStringLiteral("name"), path);
        const auto city = m_json.text(o, QStringLiteral("city"), path);
        m.address = m_json.text(o, QStringLiteral("address"), path, Presence::Optional);
        m.established = datedFact(o, QStringLiteral("established"), path, Presence::Optional);
        m.opened = datedFact(o, QStringLiteral("opened"), path, Presence::Optional);
        if (const auto head = m_json.object(o, QStringLiteral("head"), path, Presence::Optional)) {
            const Path here = path + QStringLiteral(".head");
            m_json.allowOnly(*head, {"person", "title"}, here);
            const auto person = m_json.string(*head, QStringLiteral("person"), here);
            const auto title = m_json.text(*head, QStringLiteral("title"), here);
            if (person)
                resolve(*person, m_data.person(*person), "person", here + QStringLiteral(".person"));
            if (person && title)
                m.head = MissionHead{*person, *title};
        }
        if (kind && !kinds.contains(*kind))
            m_json.fail(path + QStringLiteral(".kind"),
                QStringLiteral("expected \"embassy\", \"consulate-general\" or \"consulate\", found \"%1\"")
                    .arg(*kind));
        if (sending)
            resolve(*sending, m_data.country(*sending), "country", path + QStringLiteral(".sendingCountry"));
        if (host)
            resolve(*host, m_data.country(*host), "country", path + QStringLiteral(".hostCountry"));
        if (sending && host && sending == host)
            m_json.fail(path + QStringLiteral(".hostCountry"),
                QStringLiteral("a mission's host country must differ from its sending country"));
        if (m.established && m.opened && m.opened->date.last() < m.established->date.first())
            m_json.fail(
                path + QStringLiteral(".opened"), QStringLiteral("a mission cannot open before it is established"));
        if (id)
            uniqueId(ids, *id, path + QStringLiteral(".id"));
        if (!id || !kind || !sending || !host || !name || !city)
            return;
        m.id = *id;
        m.kind = kinds.value(*kind);
        m.sendingCountry = *sending;
        m.hostCountry = *host;
        m.name = *name;
        m.city = *city;
        m_data.missions.append(m);
    });
}

void DatasetReader::readTexts(const QJsonObject &root)
{
    QHash<QString, Path> sectionIds;
    forEachObject(root, QStringLiteral("sections"), {}, [&](const QJsonObject &o, const Path &path) {
        m_json.allowOnly(o, {"id", "title", "paragraphs"}, path);
        Section section;
        section.id = m_json.string(o, QStringLiteral("id"), path).value_or(QString());
        section.title = m_json.text(o, QStringLiteral("title"), path).value_or(LocalizedText{});
        if (!section.id.isEmpty())
            uniqueId(sectionIds, section.id, path + QStringLiteral(".id"));
        forEachObject(o, QStringLiteral("paragraphs"), path, [&](const QJsonObject &p, const Path &here) {
            m_json.allowOnly(p, {"text", "refs"}, here);
            const auto text = m_json.text(p, QStringLiteral("text"), here);
            const References r = refs(p, here);
            if (text)
                section.paragraphs.append({*text, r});
        });
        m_data.sections.append(section);
    });
    QHash<QString, Path> factIds;
    forEachObject(root, QStringLiteral("facts"), {}, [&](const QJsonObject &o, const Path &path) {
        m_json.allowOnly(o, {"id", "label", "value", "refs"}, path);
        const auto id = m_json.string(o, QStringLiteral("id"), path);
        const auto label = m_json.text(o, QStringLiteral("label"), path);
        const auto value = m_json.text(o, QStringLiteral("value"), path);
        const References r = refs(o, path);
        if (id)
            uniqueId(factIds, *id, path + QStringLiteral(".id"));
        if (id && label && value)
            m_data.facts.append({*id, *label, *value, r});
    });
}

void DatasetReader::readTimeline(const QJsonObject &root)
{
    QHash<QString, Path> categoryIds;
    forEachObject(root, QStringLiteral("categories"), {}, [&](const QJsonObject &o, const Path &path) {
        m_json.allowOnly(o, {"id", "name"}, path);
        const auto id = m_json.string(o, QStringLiteral("id"), path);
        const auto name = m_json.text(o, QStringLiteral("name"), path);
        if (id)
            uniqueId(categoryIds, *id, path + QStringLiteral(".id"));
        if (id && name)
            m_data.categories.append({*id, *name});
    });
    QHash<QString, Path> eraIds;
    forEachObject(root, QStringLiteral("eras"), {}, [&](const QJsonObject &o, const Path &path) {
        m_json.allowOnly(o, {"id", "name", "from", "to"}, path);
        Era era;
        const auto id = m_json.string(o, QStringLiteral("id"), path);
        const auto name = m_json.text(o, QStringLiteral("name"), path);
        era.from = m_json.date(o, QStringLiteral("from"), path, Presence::Optional);
        era.to = m_json.date(o, QStringLiteral("to"), path, Presence::Optional);
        if (!o.contains(QStringLiteral("from")) && !o.contains(QStringLiteral("to")))
            m_json.fail(path, QStringLiteral("an era needs \"from\", \"to\" or both"));
        if (era.from && era.to && era.to->last() < era.from->first())
            m_json.fail(path + QStringLiteral(".to"), QStringLiteral("an era cannot end before it starts"));
        if (id)
            uniqueId(eraIds, *id, path + QStringLiteral(".id"));
        if (!id || !name)
            return;
        era.id = *id;
        era.name = *name;
        m_data.eras.append(era);
    });
    QHash<QString, Path> eventIds;
    forEachObject(root, QStringLiteral("events"), {}, [&](const QJsonObject &o, const Path &path) {
        m_json.allowOnly(
            o, {"id", "date", "eras", "category", "title", "text", "people", "missions", "tradeYear", "refs"}, path);
        Event e;
        const auto id = m_json.string(o, QStringLiteral("id"), path);
        const auto category = m_json.string(o, QStringLiteral("category"), path);
        const auto title = m_json.text(o, QStringLiteral("title"), path);
        const auto text = m_json.text(o, QStringLiteral("text"), path);
        e.eraIds = m_json.stringList(o, QStringLiteral("eras"), path);
        e.personIds = m_json.stringList(o, QStringLiteral("people"), path);
        e.missionIds = m_json.stringList(o, QStringLiteral("missions"), path);
        e.tradeYear = m_json.integer(o, QStringLiteral("tradeYear"), path, Presence::Optional);
        e.refs = refs(o, path);
        const bool hasDate = o.contains(QStringLiteral("date"));
        if (hasDate == !e.eraIds.isEmpty())
            m_json.fail(path, QStringLiteral("an event needs either \"date\" or \"eras\", not both"));
        if (const auto dateText = m_json.string(o, QStringLiteral("date"), path, Presence::Optional)) {
            if (const auto spec = DateSpec::parse(*dateText))
                e.date = *spec;
            else
                m_json.fail(path + QStringLiteral(".date"),
                    QStringLiteral("expected a real date (YYYY-MM-DD, YYYY-MM, YYYY, YYY0s) or a span FROM/TO "
                                   "with at least one end, found \"%1\"")
                        .arg(*dateText));
        }
        if (id)
            uniqueId(eventIds, *id, path + QStringLiteral(".id"));
        if (!id || !category || !title || !text)
            return;
        e.id = *id;
        e.categoryId = *category;
        e.title = *title;
        e.text = *text;
        m_data.events.append(e);
        m_eventPaths.append(path);
    });
}

void DatasetReader::readTrade(const QJsonObject &root)
{
    const auto trade = m_json.object(root, QStringLiteral("trade"), {});
    if (!trade)
        return;
    const Path path = QStringLiteral("trade");
    m_json.allowOnly(*trade, {"reporter", "partner", "unit", "unitLabel", "note", "infoboxTurnover", "years"}, path);
    Trade &t = m_data.trade;
    t.reporter = m_json.string(*trade, QStringLiteral("reporter"), path).value_or(QString());
    t.partner = m_json.string(*trade, QStringLiteral("partner"), path).value_or(QString());
    t.unit = m_json.string(*trade, QStringLiteral("unit"), path).value_or(QString());
    t.unitLabel = m_json.text(*trade, QStringLiteral("unitLabel"), path).value_or(LocalizedText{});
    t.note = m_json.text(*trade, QStringLiteral("note"), path, Presence::Optional).value_or(LocalizedText{});
    if (!t.reporter.isEmpty())
        resolve(t.reporter, m_data.country(t.reporter), "country", path + QStringLiteral(".reporter"));
    if (!t.partner.isEmpty())
        resolve(t.partner, m_data.country(t.partner), "country", path + QStringLiteral(".partner"));
    if (const auto box = m_json.object(*trade, QStringLiteral("infoboxTurnover"), path, Presence::Optional)) {
        const Path here = path + QStringLiteral(".infoboxTurnover");
        m_json.allowOnly(*box, {"year", "value", "unit"}, here);
        const auto year = m_json.integer(*box, QStringLiteral("year"), here);
        const auto value = m_json.number(*box, QStringLiteral("value"), here);
        const auto unit = m_json.string(*box, QStringLiteral("unit"), here);
        if (year && value && unit)
            t.infoboxTurnover = InfoboxTurnover{*year, *value, *unit};
    }
    QHash<QString, Path> years;
    forEachObject(*trade, QStringLiteral("years"), path, [&](const QJsonObject &o, const Path &here) {
        m_json.allowOnly(o, {"year", "exports", "imports", "turnover", "refs"}, here);
        const auto year = m_json.integer(o, QStringLiteral("year"), here);
        const auto exports = m_json.number(o, QStringLiteral("exports"), here);
        const auto imports = m_json.number(o, QStringLiteral("imports"), here);
        const auto turnover = m_json.number(o, QStringLiteral("turnover"), here);
        const References r = refs(o, here);
        if (year)
            uniqueId(years, QString::number(*year), here + QStringLiteral(".year"));
        if (exports && imports && turnover && std::abs(*exports + *imports - *turnover) > TotalTolerance)
            m_json.fail(here + QStringLiteral(".turnover"),
                QStringLiteral("expected exports + imports = %1, found %2")
                    .arg(*exports + *imports, 0, 'f', 2)
                    .arg(*turnover, 0, 'f', 2));
        if (year && exports && imports && turnover)
            t.years.append({*year, *exports, *imports, *turnover, r});
    });
    std::sort(t.years.begin(), t.years.end(), [](const TradeYear &a, const TradeYear &b) { return a.year < b.year; });
}

void DatasetReader::resolveEvents()
{
    for (qsizetype i = 0; i < m_data.events.size(); ++i) {
        Event &e = m_data.events[i];
        const Path &path = m_eventPaths.at(i);
        resolve(e.categoryId, m_data.category(e.categoryId), "category", path + QStringLiteral(".category"));
        for (qsizetype k = 0; k < e.personIds.size(); ++k)
            resolve(e.personIds.at(k), m_data.person(e.personIds.at(k)), "person",
                JsonReader::element(path + QStringLiteral(".people"), k));
        for (qsizetype k = 0; k < e.missionIds.size(); ++k)
            resolve(e.missionIds.at(k), m_data.mission(e.missionIds.at(k)), "mission",
                JsonReader::element(path + QStringLiteral(".missions"), k));
        if (e.tradeYear
            && std::none_of(m_data.trade.years.cbegin(), m_data.trade.years.cend(),
                [&](const TradeYear &y) { return y.year == *e.tradeYear; }))
            m_json.fail(path + QStringLiteral(".tradeYear"),
                QStringLiteral("%1 is not a year of trade.years").arg(*e.tradeYear));
        if (e.eraIds.isEmpty())
            continue;
        const Era *first = m_data.era(e.eraIds.first());
        const Era *last = m_data.era(e.eraIds.last());
        for (qsizetype k = 0; k < e.eraIds.size(); ++k)
            resolve(e.eraIds.at(k), m_data.era(e.eraIds.at(k)), "era",
                JsonReader::element(path + QStringLiteral(".eras"), k));
        if (first && last)
            e.date = DateSpec{first->from, last->to, true};
    }
    std::stable_sort(m_data.events.begin(), m_data.events.end(),
        [](const Event &a, const Event &b) { return a.date.sortKey() < b.date.sortKey(); });
}

Dataset DatasetReader::read(const QJsonObject &root)
{
    m_json.allowOnly(root,
        {"schema", "schemaVersion", "title", "source", "countries", "relations", "people", "missions", "sections",
            "facts", "categories", "eras", "events", "trade"},
        {});
    const auto schema = m_json.string(root, QStringLiteral("schema"), {});
    if (schema && *schema != QLatin1String("azkz-relations-dataset"))
        m_json.fail(
            QStringLiteral("schema"), QStringLiteral("expected \"azkz-relations-dataset\", found \"%1\"").arg(*schema));
    const auto version = m_json.integer(root, QStringLiteral("schemaVersion"), {});
    if (version && *version != SchemaVersion)
        m_json.fail(QStringLiteral("schemaVersion"),
            QStringLiteral("this program reads schema version %1, found %2").arg(SchemaVersion).arg(*version));
    m_data.schemaVersion = version.value_or(0);
    m_data.title = m_json.text(root, QStringLiteral("title"), {}).value_or(LocalizedText{});
    readSource(root);
    readCountriesAndPeople(root);
    readRelations(root);
    readMissions(root);
    readTexts(root);
    readTimeline(root);
    readTrade(root);
    resolveEvents();
    return m_data;
}

} // namespace

std::optional<Dataset> readDataset(const QJsonObject &root, QList<Problem> &problems)
{
    const qsizetype before = problems.size();
    Dataset data = DatasetReader(problems).read(root);
    if (problems.size() != before)
        return std::nullopt;
    return data;
}

} // namespace azkz
