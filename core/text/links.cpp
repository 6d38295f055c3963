#include "core/text/links.h"

#include <QUrl>

namespace azkz {

QString linkTo(const QString &scheme, const QString &id)
{
    // Every byte but letters, digits and "-._~" encoded: nothing left for QUrl or HTML to read.
    return scheme + QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString idFromLink(const QUrl &link)
{
    return QUrl::fromPercentEncoding(link.path(QUrl::FullyEncoded).toLatin1());
}

} // namespace azkz
