// File > Open recent: the last five dataset files opened, kept in the settings, listed when
// the menu opens (never more than five, whatever the settings file holds).
#pragma once

#include <QObject>

class QMenu;

namespace azkz {

class Settings;

class RecentDatasets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentDatasets)
public:
    static constexpr qsizetype MaxEntries = 5;

    RecentDatasets(Settings &settings, QMenu *menu, QObject *parent = nullptr);
    // Puts the file first in the list.
    void remember(const QString &path);

signals:
    void chosen(const QString &path);

private:
    void fillMenu();

    Settings &m_settings;
    QMenu *m_menu;
};

} // namespace azkz
