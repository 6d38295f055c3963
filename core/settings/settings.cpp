#include "core/settings/settings.h"

#include <QFileInfo>
#include <QRectF>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace azkz {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString TabKey = QStringLiteral("window/tab");
const QString LanguageKey = QStringLiteral("language");
const QString RecentKey = QStringLiteral("datasets/recent");
const QString LastFolderKey = QStringLiteral("dialogs/lastFolder");
const QString TradeViewKey = QStringLiteral("trade/view");
const QString TradeUnitKey = QStringLiteral("trade/unit");

QString printKey(const QString &kind, const char *name)
{
    return QStringLiteral("print/%1/%2").arg(kind, QLatin1String(name));
}
} // namespace

QByteArray Settings::windowGeometry() const
{
    return m_store.value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_store.setValue(GeometryKey, geometry);
}

std::optional<Tab> Settings::tab() const
{
    return tabFromName(m_store.value(TabKey).toString());
}

void Settings::setTab(Tab tab)
{
    m_store.setValue(TabKey, tabName(tab));
}

std::optional<Language> Settings::language() const
{
    return languageFromCode(m_store.value(LanguageKey).toString());
}

void Settings::setLanguage(Language language)
{
    m_store.setValue(LanguageKey, languageCode(language));
}

bool Settings::canSave() const
{
    // Asked of the file system, nothing written at start: the store's file, when there is one,
    // and the nearest folder that exists on its way (QSettings writes a lock file beside it and
    // makes the missing folders).
    const QFileInfo store(m_store.fileName());
    if (store.exists() && !store.isWritable())
        return false;
    QFileInfo folder(store.absolutePath());
    while (!folder.exists() && !folder.isRoot())
        folder = QFileInfo(folder.absolutePath());
    return folder.isDir() && folder.isWritable();
}

QString Settings::storeFile() const
{
    return m_store.fileName();
}

QStringList Settings::recentDatasets() const
{
    return m_store.value(RecentKey).toStringList();
}

void Settings::setRecentDatasets(const QStringList &paths)
{
    m_store.setValue(RecentKey, paths);
}

QString Settings::lastFolder() const
{
    return m_store.value(LastFolderKey).toString();
}

void Settings::setLastFolder(const QString &folder)
{
    m_store.setValue(LastFolderKey, folder);
}

int Settings::tradeView() const
{
    return m_store.value(TradeViewKey, 0).toInt();
}

void Settings::setTradeView(int view)
{
    m_store.setValue(TradeViewKey, view);
}

std::optional<TradeUnit> Settings::tradeUnit() const
{
    const QString unit = m_store.value(TradeUnitKey).toString();
    for (TradeUnit known : {TradeUnit::Thousand, TradeUnit::Million}) {
        if (unit == unitId(known))
            return known;
    }
    return std::nullopt;
}

void Settings::setTradeUnit(TradeUnit unit)
{
    m_store.setValue(TradeUnitKey, unitId(unit));
}

Settings::PageSetup Settings::pageSetup(const QString &kind) const
{
    PageSetup setup;
    // A paper from A7 to A0 (a settings file edited or damaged to 3 x 3 mm gave a blank preview),
    // and margins that leave most of it to print on.
    constexpr double SmallestSide = 74, LargestSide = 1189;
    const QSizeF paper = m_store.value(printKey(kind, "paperSize")).toSizeF();
    const auto fits = [&](double side) { return side >= SmallestSide && side <= LargestSide; };
    if (fits(paper.width()) && fits(paper.height()))
        setup.paperMillimetres = paper;
    const QVariant orientation = m_store.value(printKey(kind, "orientation"));
    if (orientation.isValid())
        setup.landscape = orientation.toInt() == 1; // QPageLayout::Landscape
    const QRectF margins = m_store.value(printKey(kind, "margins")).toRectF(); // left, top, right, bottom
    const double largestMargin = std::min(setup.paperMillimetres.value_or(QSizeF(210, 297)).width(),
                                     setup.paperMillimetres.value_or(QSizeF(210, 297)).height())
        / 4;
    const auto margin = [&](double m) { return std::isfinite(m) ? std::clamp(m, 0.0, largestMargin) : 0.0; };
    setup.marginsMillimetres
        = QMarginsF(margin(margins.x()), margin(margins.y()), margin(margins.width()), margin(margins.height()));
    return setup;
}

void Settings::setPageSetup(const QString &kind, const PageSetup &setup)
{
    if (setup.paperMillimetres)
        m_store.setValue(printKey(kind, "paperSize"), *setup.paperMillimetres);
    if (setup.landscape)
        m_store.setValue(printKey(kind, "orientation"), *setup.landscape ? 1 : 0);
    const QMarginsF &m = setup.marginsMillimetres;
    m_store.setValue(printKey(kind, "margins"), QRectF(m.left(), m.top(), m.right(), m.bottom()));
}

} // namespace azkz
