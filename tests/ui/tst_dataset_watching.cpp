// Datasets opened, reloaded and watched while the program runs, as a dataset author meets it:
// save the file and see it; save a broken version and see its problems over the last good one;
// fix it and see them go; editors that save by renaming a new file over the old one followed.
#include "core/load/datasetsource.h"
#include "support/testsupport.h"
#include "support/windowfixture.h"
#include "ui/missions/missionspage.h"
#include "ui/timeline/timeaxis.h"
#include "ui/timeline/timelinepage.h"
#include "ui/trade/tradepage.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QSaveFile>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

using namespace azkz;
using namespace azkz::test;

class TestDatasets : public QObject, public WindowFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { closeWindow(); }
    void source_followsSavesInPlaceAndByRename();
    void source_keepsTheLastGoodDatasetWhileTheFileIsBroken();
    void window_showsEachSaveAndKeepsItsPlace();
    void window_listsProblemsOverTheLastGoodVersion();
    void window_startedOnABrokenFile_showsTheTabsOnceFixed();
    void window_saysTheProblemsInTheNewLanguageWithoutReadingTheFile();
    void window_opensFromTheMenuTheRecentListAndADrop();
    void recentList_showsFiveEntriesWhateverTheSettingsHold();

private:
    QString titled(const QString &title) const;
    // Writes as an editor that saves in place does (truncate and write).
    void saveInPlace(const QByteArray &json) const;
    // Writes as an editor that saves safely does (a new file renamed over the old one).
    void saveByRename(const QByteArray &json) const;

    QString m_path;
};

void TestDatasets::init()
{
    m_path = m_dir.filePath(QStringLiteral("pair.json"));
    saveInPlace(embeddedJson());
}

QString TestDatasets::titled(const QString &title) const
{
    return QString::fromUtf8(embeddedJsonWith(QStringLiteral("title.en"), QJsonValue(title)));
}

void TestDatasets::saveInPlace(const QByteArray &json) const
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(json), json.size());
}

void TestDatasets::saveByRename(const QByteArray &json) const
{
    QSaveFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(json), json.size());
    QVERIFY(file.commit());
}

void TestDatasets::source_followsSavesInPlaceAndByRename()
{
    DatasetSource source;
    source.open(m_path);
    QTRY_VERIFY(!source.isLoading()); // read on a thread
    QVERIFY(source.dataset());
    QCOMPARE(source.dataset()->title.en, QStringLiteral("Azerbaijan–Kazakhstan relations"));
    QSignalSpy changed(&source, &DatasetSource::datasetChanged);

    saveInPlace(titled(QStringLiteral("Saved in place")).toUtf8());
    QTRY_COMPARE(source.dataset()->title.en, QStringLiteral("Saved in place"));
    saveByRename(titled(QStringLiteral("Saved by rename")).toUtf8());
    QTRY_COMPARE(source.dataset()->title.en, QStringLiteral("Saved by rename"));
    // The new file is watched in turn.
    saveByRename(titled(QStringLiteral("Saved by rename again")).toUtf8());
    QTRY_COMPARE(source.dataset()->title.en, QStringLiteral("Saved by rename again"));
    QCOMPARE(changed.count(), 3); // once a save, not once a write
}

void TestDatasets::source_keepsTheLastGoodDatasetWhileTheFileIsBroken()
{
    DatasetSource source;
    source.open(m_path);
    QTRY_VERIFY(!source.isLoading()); // read on a thread
    const std::shared_ptr<const Dataset> good = source.dataset();
    QSignalSpy problems(&source, &DatasetSource::problemsChanged);
    saveInPlace(embeddedJsonWith(QStringLiteral("events[4].date"), QJsonValue(QStringLiteral("1990-13"))));
    QTRY_COMPARE(problems.count(), 1);
    QCOMPARE(source.dataset(), good);
    QCOMPARE(source.lastLoad().problems.size(), 1);
    QCOMPARE(source.lastLoad().problems.constFirst().path, QStringLiteral("events[4].date"));
    // The file gone for a moment (an editor deleting then writing): a problem, then good again.
    QVERIFY(QFile::remove(m_path));
    QTRY_COMPARE(problems.count(), 2);
    QCOMPARE(source.dataset(), good);
    saveInPlace(titled(QStringLiteral("Fixed")).toUtf8());
    QTRY_COMPARE(source.dataset()->title.en, QStringLiteral("Fixed"));
    QCOMPARE(source.lastLoad().problemCount(), 0);
}

void TestDatasets::window_showsEachSaveAndKeepsItsPlace()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"), m_path,
        QStringLiteral("--tab"), QStringLiteral("timeline")});
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Azerbaijan–Kazakhstan relations — pair.json"));
    saveByRename(titled(QStringLiteral("Edited pair")).toUtf8());
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Edited pair — pair.json"));
    QCOMPARE(m_window->currentTab(), Tab::Timeline);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("pair.json was read again")); // not silent

    // The place in each tab survives a save: the search, the years, the selected event and mission.
    auto *search = find<QLineEdit>("timelineSearch");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("embassy"));
    auto *from = find<QSpinBox>("fromYear");
    from->setValue(2000);
    auto *timeline = find<TimelinePage>("timelinePage");
    QVERIFY(timeline->selectEvent(QStringLiteral("az-embassy-opened")));
    auto *axis = find<TimeAxis>("timeAxis");
    axis->zoomBy(4);
    const auto zoomed = axis->viewRange();
    m_window->showTab(Tab::Missions); // a page is built when first shown
    auto *missions = find<MissionsPage>("missionsPage");
    QVERIFY(missions->selectMission(QStringLiteral("az-consulate-aktau")));
    m_window->showTab(Tab::Trade);
    find<TradePage>("tradePage")->selectYear(2021);
    m_window->showTab(Tab::Timeline);
    saveByRename(titled(QStringLiteral("Edited again")).toUtf8());
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Edited again — pair.json"));
    QCOMPARE(m_window->currentTab(), Tab::Timeline);
    QCOMPARE(find<QLineEdit>("timelineSearch")->text(), QStringLiteral("embassy"));
    QCOMPARE(find<QSpinBox>("fromYear")->value(), 2000);
    QCOMPARE(find<TimelinePage>("timelinePage")->selectedEvent(), QStringLiteral("az-embassy-opened"));
    QCOMPARE(find<TimeAxis>("timeAxis")->viewRange(), zoomed); // a new axis, at the same zoom
    QVERIFY(!m_window->findChild<MissionsPage *>()); // not shown since the save: not built yet
    QVERIFY(!m_window->findChild<TradePage *>());
    m_window->showTab(Tab::Missions);
    QCOMPARE(find<MissionsPage>("missionsPage")->selectedMission(), QStringLiteral("az-consulate-aktau"));
    m_window->showTab(Tab::Trade);
    QCOMPARE(find<TradePage>("tradePage")->selectedYear(), 2021);
    m_window->showTab(Tab::Timeline);
    // The search field's clear button follows the restored text (it fades in).
    const auto buttons = find<QLineEdit>("timelineSearch")->findChildren<QToolButton *>();
    QTRY_VERIFY(std::any_of(buttons.cbegin(), buttons.cend(),
        [](const QToolButton *b) { return b->isVisible() && b->property("opacity").toDouble() == 1.0; }));

    // F5 reads it again even when nothing announced a change, on a thread: the old tabs stay
    // meanwhile. The new tabs are there at once (no paint without them), and the keyboard is
    // back in the search field.
    saveInPlace(titled(QStringLiteral("Reloaded by hand")).toUtf8());
    find<QLineEdit>("timelineSearch")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    QVERIFY(m_window->datasetSource().isLoading());
    QVERIFY(find<TimelinePage>("timelinePage")->isVisible());
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Reloaded by hand — pair.json"));
    QVERIFY(find<QTabWidget>("tabs")->isVisible());
    QVERIFY(find<TimelinePage>("timelinePage")->isVisible());
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("timelineSearch"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" opens"));
    QCOMPARE(find<QLineEdit>("timelineSearch")->text(), QStringLiteral("embassy opens"));
    m_window->showTab(Tab::Trade); // built again when shown, at the year it had
    QCOMPARE(find<TradePage>("tradePage")->selectedYear(), 2021);
    // A file given on the command line is in File > Open recent.
    auto *recent = find<QMenu>("recentDatasets");
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().constFirst()->text(), QStringLiteral("&1 pair.json"));
}

void TestDatasets::window_listsProblemsOverTheLastGoodVersion()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"), m_path});
    auto *problems = find<QWidget>("problemsView");
    QVERIFY(!problems->isVisible());
    saveInPlace(embeddedJsonWith(QStringLiteral("events[4].date"), QJsonValue(QStringLiteral("1990-13"))));
    QTRY_VERIFY(problems->isVisible());
    QVERIFY(!find<QLabel>("problemsIcon")->pixmap().isNull()); // the warning sign
    QVERIFY(find<QTabWidget>("tabs")->isVisible()); // the last good version stays
    auto *list = find<QListWidget>("problemsList");
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains(QLatin1String("events[4].date")), qPrintable(list->item(0)->text()));
    // Narrow, the problem wraps: the bar grows to show it whole, and shrinks back when wide.
    const auto resized = [this, list](int width, int height) {
        m_window->resize(width, height);
        for (int i = 0; i < 5; ++i) // the resize, the list's layout, then the bar's height
            QCoreApplication::processEvents();
        return list->viewport()->rect().contains(list->visualItemRect(list->item(0)));
    };
    QVERIFY(resized(1600, 1000));
    const int wideHeight = list->height();
    QVERIFY(resized(720, 520));
    QVERIFY(list->height() > wideHeight);
    QVERIFY(resized(1600, 1000));
    QCOMPARE(list->height(), wideHeight);
    const QString english = list->item(0)->text();
    // In the other language, the problems are said again in it (their place stays as it is).
    find<QAction>("language_az")->trigger();
    QCoreApplication::processEvents();
    QTRY_VERIFY(list->count() == 1 && list->item(0)->text() != english);
    QVERIFY(list->item(0)->text().startsWith(QLatin1String("events[4].date: ")));
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("tarix")), qPrintable(list->item(0)->text()));
    // Clicking a problem copies its place in the file.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("events[4].date"));
    saveInPlace(embeddedJson());
    QTRY_VERIFY(!problems->isVisible());
}

void TestDatasets::window_startedOnABrokenFile_showsTheTabsOnceFixed()
{
    saveInPlace(embeddedJsonWith(QStringLiteral("events[4].date"), QJsonValue(QStringLiteral("1990-13"))));
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"), m_path});
    QVERIFY(!m_window->hasDataset());
    QVERIFY(find<QWidget>("problemsView")->isVisible());
    saveByRename(embeddedJson());
    QTRY_VERIFY(m_window->hasDataset());
    QTRY_VERIFY(find<QTabWidget>("tabs")->isVisible());
    QVERIFY(!find<QWidget>("problemsView")->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Azerbaijan–Kazakhstan relations — pair.json"));
}

void TestDatasets::window_saysTheProblemsInTheNewLanguageWithoutReadingTheFile()
{
    saveInPlace(embeddedJsonWith(QStringLiteral("events[4].title"), QJsonValue(5)));
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"), m_path});
    auto *list = find<QListWidget>("problemsList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(),
        m_path
            + QStringLiteral(": events[4].title: expected a text in both languages, {\"az\": \"…\", \"en\": \"…\"}, "
                             "found a number"));
    // The file gone: read again, its problem would be that it is missing. The event loop does
    // not run, so its watcher cannot tell yet; the window's LanguageChange is delivered alone.
    QVERIFY(QFile::remove(m_path));
    QSignalSpy loads(m_window->findChild<DatasetSource *>(), &DatasetSource::problemsChanged);
    find<QAction>("language_az")->trigger();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(loads.count(), 0);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(),
        m_path
            + QStringLiteral(": events[4].title: hər iki dildə mətn, {\"az\": \"…\", \"en\": \"…\"} gözlənilirdi, ədəd "
                             "tapıldı"));
    // Once the watcher says the file is gone, it is read: that problem is said in Azerbaijani.
    QTRY_VERIFY(!loads.isEmpty());
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), m_path + QStringLiteral(": belə fayl yoxdur"));
}

void TestDatasets::window_opensFromTheMenuTheRecentListAndADrop()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Azerbaijan–Kazakhstan relations"));
    QVERIFY(!find<QAction>("reloadDataset")->isEnabled());

    // File > Open dataset… (Ctrl+O)
    saveInPlace(titled(QStringLiteral("Opened")).toUtf8());
    whenModal([this](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        dialog->setDirectory(m_dir.path());
        dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(QStringLiteral("pair.json"));
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Opened — pair.json"));
    QVERIFY(find<QAction>("reloadDataset")->isEnabled());

    // Back to the built-in dataset, then the file again from File > Open recent.
    find<QAction>("builtInDataset")->trigger();
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Azerbaijan–Kazakhstan relations"));
    auto *recent = find<QMenu>("recentDatasets");
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 1);
    QCOMPARE(recent->actions().constFirst()->text(), QStringLiteral("&1 pair.json"));
    recent->actions().constFirst()->trigger();
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Opened — pair.json"));

    // A file dropped on the window.
    const QString other = m_dir.filePath(QStringLiteral("other.json"));
    QFile file(other);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(titled(QStringLiteral("Dropped")).toUtf8());
    file.close();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(other)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Dropped — other.json"));
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 2);
    QCOMPARE(recent->actions().constFirst()->text(), QStringLiteral("&1 other.json"));

    // A broken file dropped: the window keeps the dataset it shows, under that one's name, and says
    // so (it said "the last good version stays", under the broken file's name).
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile brokenFile(broken);
    QVERIFY(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write("{\"broken\": ");
    brokenFile.close();
    for (const QString &shown : {QDir::toNativeSeparators(other), QStringLiteral("the built-in dataset")}) {
        if (shown != QDir::toNativeSeparators(other)) {
            find<QAction>("builtInDataset")->trigger();
            QTRY_VERIFY(!m_window->datasetSource().isLoading());
        }
        const QString title = m_window->windowTitle();
        data.setUrls({QUrl::fromLocalFile(broken)});
        QDragEnterEvent entered(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &entered);
        QDropEvent again(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &again);
        QTRY_VERIFY(!m_window->datasetSource().isLoading());
        QCOMPARE(m_window->windowTitle(), title);
        QStringList headings;
        for (const QLabel *label : find<QWidget>("problemsView")->findChildren<QLabel *>())
            headings.append(label->text());
        QVERIFY2(headings.join(QLatin1Char('\n'))
                     .contains(QStringLiteral(
                         "broken.json cannot be opened: it has 1 problem. The window still shows %1. Click the problem")
                                   .arg(shown)),
            qPrintable(headings.join(QLatin1Char('\n'))));
    }
}

void TestDatasets::recentList_showsFiveEntriesWhateverTheSettingsHold()
{
    // A settings file edited by hand (or grown by an older version) with 1,000 entries.
    openWindow({QStringLiteral("--lang"), QStringLiteral("en")});
    QStringList many;
    for (int i = 0; i < 1000; ++i)
        many.append(m_dir.filePath(QStringLiteral("d%1.json").arg(i)));
    m_settings->setValue(QStringLiteral("datasets/recent"), many);
    auto *recent = find<QMenu>("recentDatasets");
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().size(), 5);
    QCOMPARE(recent->actions().constLast()->text(), QStringLiteral("&5 d4.json"));
    // Opening another file keeps five in the settings too.
    saveInPlace(titled(QStringLiteral("Opened")).toUtf8());
    m_window->openDataset(m_dir.filePath(QStringLiteral("pair.json")));
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Opened — pair.json"));
    QCOMPARE(m_settings->value(QStringLiteral("datasets/recent")).toStringList().size(), 5);
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().constFirst()->text(), QStringLiteral("&1 pair.json"));
}

QTEST_MAIN(TestDatasets)
#include "tst_dataset_watching.moc"
