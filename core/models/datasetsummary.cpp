#include "core/models/datasetsummary.h"

#include "core/data/dataset.h"
#include "core/text/formatting.h"

#include <QSet>

#include <algorithm>

namespace azkz {

QString DatasetSummary::title(Language language) const
{
    return m_dataset->title.in(language);
}

QString DatasetSummary::lead(Language language) const
{
    return m_dataset->lead.in(language);
}

QString DatasetSummary::articleTitle(Language language) const
{
    return m_dataset->source.title.in(language);
}

QString DatasetSummary::articlePublisher(Language language) const
{
    return m_dataset->source.publisher.in(language);
}

QString DatasetSummary::licence() const
{
    return m_dataset->source.licence;
}

QString DatasetSummary::licenceUrl() const
{
    return m_dataset->source.licenceUrl;
}

QString DatasetSummary::referencesNote(Language language) const
{
    return m_dataset->source.referencesNote ? m_dataset->source.referencesNote->in(language) : QString();
}

int DatasetSummary::otherSources() const
{
    // The article is the first source (see Dataset::sources).
    return int(std::count_if(m_dataset->sources.cbegin(), m_dataset->sources.cend(),
        [](const SourceEntry &source) { return source.kind != SourceKind::Article; }));
}

namespace {
// The ids of the sources a statement rests on: "article" for the article's footnotes.
void addCited(QSet<QString> &ids, bool fromArticle, const References &refs, const QStringList &sourceIds,
    const std::optional<Dispute> &dispute)
{
    if (fromArticle || !refs.isEmpty())
        ids.insert(QStringLiteral("article"));
    for (const QString &id : sourceIds)
        ids.insert(id);
    for (const Claim &claim : dispute ? dispute->claims : QList<Claim>())
        addCited(ids, false, claim.refs, claim.sourceIds, std::nullopt);
}

void addCited(QSet<QString> &ids, const std::optional<DatedFact> &fact)
{
    if (fact)
        addCited(ids, false, fact->refs, fact->sourceIds, fact->dispute);
}

QSet<QString> citedBy(const Dataset &data, Tab tab)
{
    QSet<QString> ids;
    switch (tab) {
    case Tab::Overview: // the article's text, its key facts, and when relations began
        ids.insert(QStringLiteral("article"));
        for (const Fact &fact : data.facts)
            addCited(ids, fact.fromArticle, fact.refs, fact.sourceIds, fact.dispute);
        addCited(ids, data.established);
        break;
    case Tab::Missions:
        for (const Mission &mission : data.missions) {
            for (const MissionHead &head : mission.heads)
                addCited(ids, head.fromArticle, head.refs, head.sourceIds, std::nullopt);
            addCited(ids, mission.established);
            addCited(ids, mission.opened);
            if (const City *city = data.city(mission.cityId); city && city->location)
                ids.insert(city->location->source);
        }
        break;
    case Tab::Timeline:
        for (const Event &event : data.events)
            addCited(ids, event.fromArticle, event.refs, event.sourceIds, event.dispute);
        break;
    case Tab::Trade:
        for (const TradeSeries &series : data.trade.series)
            ids.insert(series.sourceId);
        break;
    }
    return ids;
}
} // namespace

QString DatasetSummary::otherSourcesByKind(Language language) const
{
    QList<std::pair<SourceKind, const char *>> kinds{
        {SourceKind::Statistics, QT_TRANSLATE_N_NOOP("azkz::DatasetSummary", "%n statistical source(s)")},
        {SourceKind::Official, QT_TRANSLATE_N_NOOP("azkz::DatasetSummary", "%n official source(s)")},
        {SourceKind::News, QT_TRANSLATE_N_NOOP("azkz::DatasetSummary", "%n news report(s)")},
        {SourceKind::Legal, QT_TRANSLATE_N_NOOP("azkz::DatasetSummary", "%n legal text(s)")}};
    QStringList parts;
    for (const auto &[kind, text] : kinds) {
        const int n = int(std::count_if(m_dataset->sources.cbegin(), m_dataset->sources.cend(),
            [kind = kind](const SourceEntry &source) { return source.kind == kind; }));
        if (n > 0)
            parts.append(tr(text, nullptr, n));
    }
    return localeFor(language).createSeparatedList(parts);
}

QStringList DatasetSummary::credits(Language language) const
{
    QStringList credits;
    for (const SourceEntry &source : m_dataset->sources) {
        if (source.kind != SourceKind::Article && !source.licence.in(language).isEmpty())
            credits.append(
                tr("%1: %2", "a source, its licence").arg(source.publisher.in(language), source.licence.in(language)));
    }
    return credits;
}

QString DatasetSummary::sourcesOf(Tab tab, Language language) const
{
    const QSet<QString> cited = citedBy(*m_dataset, tab);
    QStringList named;
    int others = 0;
    for (const SourceEntry &source : m_dataset->sources) { // the article first
        if (!cited.contains(source.id))
            continue;
        if (source.kind == SourceKind::Article)
            named.append(
                tr("%1, %2", "the article's publisher, its licence").arg(articlePublisher(language), licence()));
        else if (!source.licence.in(language).isEmpty())
            named.append(tr("%1, %2", "a source's publisher, its licence")
                             .arg(source.publisher.in(language), source.licence.in(language)));
        else
            ++others;
    }
    if (others > 0)
        named.append(tr("%n other source(s)", nullptr, others));
    return named.isEmpty() ? QString() : tr("Sources: %1").arg(named.join(QStringLiteral("; ")));
}

} // namespace azkz
