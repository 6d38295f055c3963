#include "ui/window/recentdatasets.h"

#include "core/settings/settings.h"
#include "ui/common/plaintext.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace azkz {

RecentDatasets::RecentDatasets(Settings &settings, QMenu *menu, QObject *parent)
    : QObject(parent), m_settings(settings), m_menu(menu)
{
    m_menu->setObjectName(QStringLiteral("recentDatasets"));
    connect(m_menu, &QMenu::aboutToShow, this, &RecentDatasets::fillMenu);
}

void RecentDatasets::remember(const QString &path)
{
    QStringList recent = m_settings.recentDatasets().mid(0, MaxEntries);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    m_settings.setRecentDatasets(recent.mid(0, MaxEntries));
}

void RecentDatasets::fillMenu()
{
    m_menu->clear();
    // A settings file edited by hand may hold any number of entries: the menu shows five.
    const QStringList recent = m_settings.recentDatasets().mid(0, MaxEntries);
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_menu->addAction(
            QStringLiteral("&%1 %2").arg(QString::number(i + 1), escapeMnemonics(QFileInfo(path).fileName())), this,
            [this, path] { emit chosen(path); });
        action->setToolTip(plainToolTip(QDir::toNativeSeparators(path)));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty())
        m_menu->addAction(tr("No datasets opened yet"))->setEnabled(false);
}

} // namespace azkz
