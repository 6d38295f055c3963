#include "core/models/datasetsummary.h"

#include "core/data/dataset.h"

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

int DatasetSummary::otherSources() const
{
    // The article is the first source (see Dataset::sources).
    return int(std::count_if(m_dataset->sources.cbegin(), m_dataset->sources.cend(),
        [](const SourceEntry &source) { return source.kind != SourceKind::Article; }));
}

} // namespace azkz
