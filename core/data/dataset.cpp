#include "core/data/dataset.h"

#include <algorithm>

namespace azkz {

namespace {
template <typename T> const T *findById(const QList<T> &items, const QString &id)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const T &item) { return item.id == id; });
    return it == items.cend() ? nullptr : &*it;
}
} // namespace

const Country *Dataset::country(const QString &id) const
{
    return findById(countries, id);
}
const City *Dataset::city(const QString &id) const
{
    return findById(cities, id);
}
const Person *Dataset::person(const QString &id) const
{
    return findById(people, id);
}
const Category *Dataset::category(const QString &id) const
{
    return findById(categories, id);
}
const Era *Dataset::era(const QString &id) const
{
    return findById(eras, id);
}
const Mission *Dataset::mission(const QString &id) const
{
    return findById(missions, id);
}

const SourceEntry *Dataset::sourceEntry(const QString &id) const
{
    return findById(sources, id);
}

} // namespace azkz
