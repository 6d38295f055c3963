// Item roles shared by the dataset models.
#pragma once

#include <Qt>

namespace azkz {

enum ItemRole {
    SortRole = Qt::UserRole + 1, // a value that sorts correctly (QDate, double, int)
    ValueRole, // the raw number behind a formatted amount
    IdRole, // the dataset id of the row's item
    ReferencesRole, // the article's footnote numbers, as QList<int>
    DetailRole, // a longer text: an event's full text, a mission's full name
    SearchTextRole, // what a search looks in: an event's title and text
    CountryRole, // the id of the row's country: a mission's sending country
    GroupHeadingRole, // on a group's first row: the group's heading ("2011 — 2 events"); else empty
    PeopleRole, // the people an event concerns, by name, as a QStringList
    DisputeRole, // where sources disagree on an event: every version, as text; empty where they agree
    CitationRole, // the row's statement with its sources in full, by mime type (citationcopy.h), QVariantMap
    HostCountryRole, // the id of a mission's host country (the partner, or a third country it resides in)
    WholeTextRole, // a cell's text with every version and its sources, as print gives it (a key fact)
};

} // namespace azkz
