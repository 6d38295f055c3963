// Every tab from the keyboard and the menus, in both languages: Tab visits every control once,
// Ctrl+PgDown and Ctrl+Tab switch tabs, mnemonics are unique, the shortcuts dialog lists every
// shortcut, the status bar's source line stays, a language change reaches every model once, and the
// save dialog starts in the folder used last.
#include "core/models/localizedtablemodel.h"
#include "support/surfacechecks.h"
#include "support/tabsfixture.h"
#include "ui/common/elidedlabel.h"
#include "ui/window/shortcutsdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace azkz;
using namespace azkz::test;

class TestTabsKeyboard : public QObject, public test::TabsFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup() { closeWindow(); }
    void keyboard_tabVisitsEveryControlOnce_data() { tabsAndLanguages(); }
    void keyboard_tabVisitsEveryControlOnce();
    void keyboard_ctrlPageDownAndCtrlTabSwitchTabs();
    void mnemonics_uniqueInEachLanguage_data() { tabsAndLanguages(); }
    void mnemonics_uniqueInEachLanguage();
    void shortcutsDialog_listsEveryShortcut_data();
    void shortcutsDialog_listsEveryShortcut();
    void statusBar_sourceLineStaysBesideMessages();
    void languageChange_reachesEveryModelOnce();
    void saveDialog_startsInTheLastFolderUsed();
    void exportKeys_exportWhatTheTabShows();
};

void TestTabsKeyboard::initTestCase()
{
    QApplication::setCursorFlashTime(0); // a blinking cursor would make two grabs differ
}

// The checks below are only worth something if they see a cut text: show them some.
void TestTabsKeyboard::keyboard_tabVisitsEveryControlOnce()
{
    QFETCH(QString, language);
    QFETCH(QString, tab);
    open(language, tab);
    auto *tabBar = find<QTabWidget>("tabs")->tabBar();
    tabBar->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), tabBar);

    QList<QWidget *> expected{tabBar};
    for (QWidget *widget : page()->findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->focusProxy())
            expected.append(widget);
    }
    const QList<QWidget *> cycle = tabCycle(m_window.get());
    QStringList problems;
    for (QWidget *widget : expected) {
        if (!cycle.contains(widget))
            problems.append(QStringLiteral("Tab never reaches %1").arg(describe(widget)));
    }
    for (qsizetype i = 0; i < cycle.size(); ++i) {
        QWidget *widget = cycle.at(i);
        if (cycle.indexOf(widget) != i)
            problems.append(QStringLiteral("Tab comes back to %1 before the cycle ends").arg(describe(widget)));
        if (!expected.contains(widget))
            problems.append(QStringLiteral("Tab stops at %1, which is not a control of the tab").arg(describe(widget)));
        if (accessibleName(widget).trimmed().isEmpty())
            problems.append(QStringLiteral("%1 has no accessible name").arg(describe(widget)));
    }
    if (QApplication::focusWidget() != tabBar)
        problems.append(
            QStringLiteral("Tab does not come back to the tab bar: it stays in %1")
                .arg(QApplication::focusWidget() ? describe(QApplication::focusWidget()) : QStringLiteral("nothing")));
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
}

void TestTabsKeyboard::keyboard_ctrlPageDownAndCtrlTabSwitchTabs()
{
    open(QStringLiteral("en"), QStringLiteral("overview"));
    auto *tabs = find<QTabWidget>("tabs");
    auto *facts = find<QTableView>("factsView");
    // Tab leaves the article at once, not after each of its reference markers.
    find<QTextBrowser>("overviewText")->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), facts);
    facts->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->currentTab(), Tab::Missions);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_window->currentTab(), Tab::Overview);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier); // wraps round
    QCOMPARE(m_window->currentTab(), Tab::Trade);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(m_window->currentTab(), Tab::Overview);
    // From inside a text field and a table of another tab too.
    tabs->setCurrentIndex(int(Tab::Timeline));
    settle();
    find<QLineEdit>("timelineSearch")->setFocus(Qt::ShortcutFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->currentTab(), Tab::Trade);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->currentTab(), Tab::Timeline);
}

void TestTabsKeyboard::mnemonics_uniqueInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, tab);
    open(language, tab);
    QMultiHash<QChar, QString> owners; // letter -> texts using it, across the window
    auto take = [&owners](const QString &text) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            owners.insert(letter, withoutMnemonic(text));
    };
    QStringList problems;
    for (QAction *menu : m_window->menuBar()->actions()) {
        take(menu->text());
        // Inside each menu: every entry has a letter, and no two the same.
        QHash<QChar, QString> entries;
        for (QAction *entry : menu->menu()->actions()) {
            if (entry->isSeparator())
                continue;
            const QChar letter = mnemonic(entry->text());
            if (letter.isNull())
                problems.append(QStringLiteral("menu entry \"%1\" has no mnemonic").arg(entry->text()));
            else if (entries.contains(letter))
                problems.append(QStringLiteral("\"%1\" and \"%2\" share Alt+%3 in the menu \"%4\"")
                                    .arg(entries.value(letter), entry->text(), letter, menu->text()));
            else
                entries.insert(letter, entry->text());
        }
    }
    auto *tabBar = find<QTabWidget>("tabs")->tabBar();
    for (int i = 0; i < tabBar->count(); ++i)
        take(tabBar->tabText(i));
    for (QWidget *widget : shownWidgets(m_window.get())) {
        if (auto *button = qobject_cast<QAbstractButton *>(widget);
            button && !qobject_cast<QTabBar *>(widget->parent()))
            take(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            take(label->text());
    }
    for (const QChar letter : owners.uniqueKeys()) {
        if (owners.count(letter) > 1)
            problems.append(
                QStringLiteral("Alt+%1 is %2").arg(letter, owners.values(letter).join(QStringLiteral(", "))));
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
}

void TestTabsKeyboard::shortcutsDialog_listsEveryShortcut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("header");
    QTest::newRow("en") << "en"
                        << "Command";
    QTest::newRow("az") << "az"
                        << "Əmr";
}

void TestTabsKeyboard::shortcutsDialog_listsEveryShortcut()
{
    QFETCH(QString, language);
    QFETCH(QString, header);
    open(language, QStringLiteral("overview"));
    QStringList rows, headers;
    whenModal([&rows, &headers](QWidget *modal) {
        auto *list = modal->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
        QVERIFY(list);
        headers = {list->headerItem()->text(0), list->headerItem()->text(1)};
        // Both columns whole, inside the dialog.
        for (int column = 0; column < 2; ++column)
            QVERIFY(list->header()->sectionSize(column)
                >= static_cast<QAbstractItemView *>(list)->sizeHintForColumn(column));
        QVERIFY2(list->header()->length() <= list->viewport()->width(),
            qPrintable(QStringLiteral("%1 > %2").arg(list->header()->length()).arg(list->viewport()->width())));
        for (int group = 0; group < list->topLevelItemCount(); ++group) {
            for (int row = 0; row < list->topLevelItem(group)->childCount(); ++row) {
                const QTreeWidgetItem *item = list->topLevelItem(group)->child(row);
                rows.append(item->text(0) + QStringLiteral(" = ") + item->text(1));
            }
        }
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    QTest::keyClick(m_window.get(), Qt::Key_F1); // Help > Keyboard shortcuts
    QTRY_VERIFY(!rows.isEmpty());
    QCOMPARE(headers.first(), header);

    QStringList missing;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        const QString keys = action->shortcuts().constFirst().toString(QKeySequence::NativeText);
        const QString name = ShortcutsDialog::commandName(action);
        const bool listed = std::any_of(rows.cbegin(), rows.cend(),
            [&](const QString &row) { return row.startsWith(name + QStringLiteral(" = ")) && row.contains(keys); });
        if (!listed)
            missing.append(QStringLiteral("%1 (%2)").arg(name, keys));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    QVERIFY(rows.contains(language == QLatin1String("en") ? QStringLiteral("Next tab = Ctrl+PgDown, Ctrl+Tab")
                                                          : QStringLiteral("Sonrakı bölmə = Ctrl+PgDown, Ctrl+Tab")));
    // Shift+Tab is named as the keys a user presses, not as Qt's "Backtab".
    QVERIFY(std::none_of(
        rows.cbegin(), rows.cend(), [](const QString &row) { return row.contains(QLatin1String("Backtab")); }));
}

void TestTabsKeyboard::statusBar_sourceLineStaysBesideMessages()
{
    open(QStringLiteral("en"), QStringLiteral("trade"));
    auto *source = find<ElidedLabel>("sourceLine");
    // The sources of what the tab shows: on Trade the article's table and the IMF's series,
    // whose licence asks for credit, and the press figures counted.
    const QString line = QStringLiteral(
        "Sources: Wikipedia, the free encyclopedia (Azerbaijani edition), CC BY-SA 4.0; International Monetary Fund "
        "(IMF), IMF data may be reused with attribution; 2 other sources");
    QVERIFY(source->isVisible());
    QCOMPARE(source->fullText(), line);
    auto *tabs = m_window->findChild<QTabWidget *>();
    tabs->setCurrentIndex(1); // the missions: their cities placed by GeoNames, no trade figure
    QVERIFY2(source->fullText().contains(QLatin1String("GeoNames")), qPrintable(source->fullText()));
    QVERIFY(!source->fullText().contains(QLatin1String("IMF")));
    tabs->setCurrentIndex(3);
    QCOMPARE(source->fullText(), line);
    m_window->statusBar()->showMessage(QStringLiteral("Saved somewhere"), 5000);
    settle();
    QVERIFY(source->isVisible());
    // Opening and closing a menu clears the message area, not the source line.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    settle();
    QVERIFY(source->isVisible());
    QCOMPARE(source->text(), line);
    // Narrow, it is cut with "…" and says the rest in its tooltip.
    m_window->resize(720, 520);
    settle();
    QVERIFY(source->width() < source->fontMetrics().horizontalAdvance(line) || source->text() == line);
    if (source->text() != line) {
        QVERIFY(source->text().endsWith(QStringLiteral("…")));
        QVERIFY(test::toolTipWords(source->toolTip()).contains(QStringLiteral("CC BY-SA 4.0")));
    }
    // A message is whole beside it, which is cut shorter meanwhile (the line took the whole bar,
    // and "Address copied to the clipboard" was never seen), and whole again after it.
    const QString before = source->text();
    const QString message = QStringLiteral("Address copied to the clipboard");
    m_window->statusBar()->showMessage(message, 5000);
    settle();
    QVERIFY(source->isVisible());
    QVERIFY2(source->geometry().left() > m_window->statusBar()->fontMetrics().horizontalAdvance(message),
        qPrintable(QString::number(source->geometry().left())));
    QVERIFY(source->text().endsWith(QStringLiteral("…")));
    m_window->statusBar()->clearMessage();
    settle();
    QCOMPARE(source->text(), before);
}

void TestTabsKeyboard::languageChange_reachesEveryModelOnce()
{
    open(QStringLiteral("en"), QStringLiteral("timeline"));
    m_window->showTab(Tab::Missions); // the pages not shown yet are not built yet
    m_window->showTab(Tab::Trade);
    m_window->showTab(Tab::Timeline);
    const QList<LocalizedTableModel *> models = m_window->findChildren<LocalizedTableModel *>();
    QVERIFY(models.size() >= 4); // facts, missions, events, trade
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (LocalizedTableModel *model : models)
        spies.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::headerDataChanged));
    find<QAction>("language_az")->trigger(); // two translators installed, one change
    settle();
    for (size_t i = 0; i < spies.size(); ++i)
        QVERIFY2(spies.at(i)->count() == 1,
            qPrintable(QStringLiteral("%1 was translated %2 times")
                           .arg(QString::fromLatin1(models.at(qsizetype(i))->metaObject()->className()))
                           .arg(spies.at(i)->count())));
}

void TestTabsKeyboard::saveDialog_startsInTheLastFolderUsed()
{
    open(QStringLiteral("en"), QStringLiteral("overview"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString first = QFileInfo(documents).isDir() ? documents : QDir::homePath();
    QString startedIn;
    const QString folder = m_dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(folder));
    whenModal([&startedIn, folder](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        startedIn = dialog->directory().absolutePath();
        dialog->setDirectory(folder);
        dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(QStringLiteral("briefing.pdf"));
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier); // File > Export report
    QTRY_VERIFY(QFileInfo::exists(folder + QStringLiteral("/briefing.pdf")));
    QCOMPARE(startedIn, QDir(first).absolutePath());

    // The next save dialog, of another kind, opens where the last file went.
    m_window->showTab(Tab::Timeline);
    settle();
    startedIn.clear();
    whenModal([&startedIn](QWidget *modal) {
        startedIn = qobject_cast<QFileDialog *>(modal)->directory().absolutePath();
        QMetaObject::invokeMethod(modal, "reject");
    });
    find<QAbstractButton>("exportEvents")->click();
    QTRY_VERIFY(!startedIn.isEmpty());
    QCOMPARE(startedIn, QDir(folder).absolutePath());
}

// Ctrl+E and Ctrl+Shift+E (File › Export data as CSV) on the Timeline tab export the
// timeline and its events, on the Trade tab the chart and its figures.
void TestTabsKeyboard::exportKeys_exportWhatTheTabShows()
{
    open(QStringLiteral("en"), QStringLiteral("timeline"));
    QStringList titles;
    const auto press = [&](int key, Qt::KeyboardModifiers modifiers) {
        whenModal([&titles](QWidget *modal) {
            titles.append(modal->windowTitle());
            QMetaObject::invokeMethod(modal, "reject");
        });
        m_window->activateWindow(); // back from the last dialog: shortcuts reach the active window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key(key), modifiers);
        QTRY_VERIFY(!QApplication::activeModalWidget());
    };
    press(Qt::Key_E, Qt::ControlModifier);
    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    m_window->showTab(Tab::Trade);
    settle();
    press(Qt::Key_E, Qt::ControlModifier);
    press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(titles,
        (QStringList{QStringLiteral("Export timeline"), QStringLiteral("Export events"), QStringLiteral("Export chart"),
            QStringLiteral("Export data")}));
}

QTEST_MAIN(TestTabsKeyboard)
#include "tst_tabs_keyboard.moc"
