// Links between tabs inside rich text: "scheme:id" ("event:ev-1992-10-10").
#pragma once

#include <QString>

class QUrl;

namespace azkz {

// "scheme:id", with the id percent-encoded so that '#', '?', '%', spaces and non-ASCII letters
// stay part of it; safe inside an HTML attribute.
QString linkTo(const QString &scheme, const QString &id);
// The id a link made by linkTo carries.
QString idFromLink(const QUrl &link);

} // namespace azkz
