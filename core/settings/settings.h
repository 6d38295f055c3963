// Every choice the program remembers, typed and under one set of keys, in the one store the
// program opens at start (main() opens QSettings once; tests give a store in a temporary
// folder). Pages and dialogs are handed this; none opens a store of its own.
#pragma once

#include "core/data/language.h"
#include "core/settings/tabs.h"
#include "core/trade/tradeseries.h"

#include <QByteArray>
#include <QMarginsF>
#include <QSizeF>
#include <QStringList>

#include <optional>

class QSettings;

namespace azkz {

class Settings final
{
public:
    explicit Settings(QSettings &store) : m_store(store) { }

    // Whether the store can be written (a read-only folder left every choice forgotten without
    // a word), asked of the file system. The store's file, to say which.
    bool canSave() const;
    QString storeFile() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    std::optional<Tab> tab() const;
    void setTab(Tab tab);
    std::optional<Language> language() const;
    void setLanguage(Language language);
    // The dataset files opened last, the latest first.
    QStringList recentDatasets() const;
    void setRecentDatasets(const QStringList &paths);
    // The folder a save dialog used last.
    QString lastFolder() const;
    void setLastFolder(const QString &folder);
    // The Trade tab's view (an index of its View box) and unit.
    int tradeView() const;
    void setTradeView(int view);
    std::optional<TradeUnit> tradeUnit() const; // nullopt: none chosen yet
    void setTradeUnit(TradeUnit unit);

    // A printout's page setup, by kind of document ("overview", "timeline", "trade").
    struct PageSetup {
        std::optional<QSizeF> paperMillimetres; // portrait
        std::optional<bool> landscape;
        QMarginsF marginsMillimetres;
    };
    PageSetup pageSetup(const QString &kind) const;
    void setPageSetup(const QString &kind, const PageSetup &setup);

private:
    QSettings &m_store;
};

} // namespace azkz
