// The bound on what a file's citations make the program draw: each statement shows its sources
// in full (publisher, title, date) wherever it is shown, so a short list of ids can stand for a
// long text. Counted once the dataset is read, over every statement and every claim of a dispute:
// at most MaxCitationsOfAStatement a statement, MaxCitedCharacters a file.
#include "core/load/datasetreader_p.h"

#include <algorithm>

namespace azkz::detail {

namespace {

class CitationCost
{
public:
    CitationCost(const Dataset &data, JsonReader &json) : m_json(json)
    {
        for (const SourceEntry &source : data.sources) {
            const auto longer = [](const LocalizedText &t) { return std::max(t.az.size(), t.en.size()); };
            m_sourceLength.insert(
                source.id, longer(source.publisher) + (source.title ? longer(*source.title) : 0) + DateAndMarks);
        }
    }

    // A statement with its dispute's claims, found at path.
    void add(const References &refs, const QStringList &sourceIds, const std::optional<Dispute> &dispute,
        const QString &path)
    {
        qsizetype citations = addList(refs, sourceIds);
        if (dispute) {
            for (const Claim &claim : dispute->claims)
                citations += addList(claim.refs, claim.sourceIds);
        }
        if (citations > MaxCitationsOfAStatement)
            m_json.fail(path,
                Validation::message(
                    QT_TRANSLATE_NOOP("azkz::Validation",
                        "cites sources %1 times, counting the claims of its dispute if it has one; the most a "
                        "statement can cite is %2"))
                    .arg(citations)
                    .arg(MaxCitationsOfAStatement));
    }
    void add(const References &refs, const QStringList &sourceIds, const QString &path)
    {
        add(refs, sourceIds, std::nullopt, path);
    }
    void add(const DatedFact &fact, const QString &path) { add(fact.refs, fact.sourceIds, fact.dispute, path); }

    qsizetype characters = 0;

private:
    static constexpr qsizetype DateAndMarks = 24; // ", 6 August 2007; " and the like
    static constexpr qsizetype Reference = 8; // "[11] "

    qsizetype addList(const References &refs, const QStringList &sourceIds)
    {
        characters += refs.size() * Reference;
        for (const QString &id : sourceIds)
            characters += m_sourceLength.value(id, id.size());
        return refs.size() + sourceIds.size();
    }

    JsonReader &m_json;
    QHash<QString, qsizetype> m_sourceLength;
};

QString at(const char *list, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
}

} // namespace

void DatasetReader::checkCitationCost()
{
    CitationCost cost(m_data, m_json);
    cost.add(m_data.established, QStringLiteral("relations.established"));
    for (qsizetype m = 0; m < m_data.missions.size(); ++m) {
        const Mission &mission = m_data.missions.at(m);
        for (qsizetype h = 0; h < mission.heads.size(); ++h)
            cost.add(mission.heads.at(h).refs, mission.heads.at(h).sourceIds,
                at("missions", m) + QStringLiteral(".") + at("heads", h));
        if (mission.established)
            cost.add(*mission.established, at("missions", m) + QStringLiteral(".established"));
        if (mission.opened)
            cost.add(*mission.opened, at("missions", m) + QStringLiteral(".opened"));
    }
    for (qsizetype s = 0; s < m_data.sections.size(); ++s) {
        for (qsizetype p = 0; p < m_data.sections.at(s).paragraphs.size(); ++p)
            cost.add(m_data.sections.at(s).paragraphs.at(p).refs, {},
                at("sections", s) + QStringLiteral(".") + at("paragraphs", p));
    }
    for (qsizetype f = 0; f < m_data.facts.size(); ++f) {
        const Fact &fact = m_data.facts.at(f);
        cost.add(fact.refs, fact.sourceIds, fact.dispute, at("facts", f));
    }
    for (const Event &event : m_data.events) {
        // Named by id: the events are in date order by now, not the file's.
        cost.add(event.refs, event.sourceIds, event.dispute, QStringLiteral("events[id=%1]").arg(event.id));
    }
    for (qsizetype y = 0; y < m_data.trade.years.size(); ++y)
        cost.add(m_data.trade.years.at(y).refs, {}, QStringLiteral("trade.") + at("years", y));
    if (cost.characters <= MaxCitedCharacters)
        return;
    m_json.fail({},
        Validation::message(QT_TRANSLATE_NOOP("azkz::Validation",
                                "the statements' citations would be drawn as %1 characters; at most %2 are allowed in "
                                "a file. Cite fewer "
                                "sources, or sources with shorter names"))
            .arg(cost.characters)
            .arg(MaxCitedCharacters));
}

} // namespace azkz::detail
