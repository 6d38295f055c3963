// One sitting of a user, through the real widgets: start, visit every tab, switch language
// and back, search the timeline, select a mission, export the chart in each format and the
// report, quit — checking what is on screen at each step. Runs offscreen and, in CI, on a
// real X server (xcb under Xvfb).
#include "app/commandline.h"
#include "app/startup.h"
#include "support/testsupport.h"
#include "ui/window/languagemanager.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

using namespace azkz;

class TestWalkthrough : public QObject
{
    Q_OBJECT
private slots:
    void oneSitting();

private:
    template <typename T> T *find(QWidget *window, const char *name)
    {
        T *child = window->findChild<T *>(QLatin1String(name));
        if (!child)
            qFatal("no child %s", name);
        return child;
    }
    // Answers the save dialog the next action opens with this path, as a user types it.
    void saveAs(const QString &path, const std::function<void()> &trigger);
};

void TestWalkthrough::saveAs(const QString &path, const std::function<void()> &trigger)
{
    // The action runs its dialogs modally: the timer answers them, and ends with the action.
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [path] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            dialog->setDirectory(QFileInfo(path).absolutePath());
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(QFileInfo(path).fileName());
            QMetaObject::invokeMethod(dialog, "accept");
        } else if (modal && modal->objectName() == QLatin1String("exportSizeDialog")) {
            QMetaObject::invokeMethod(modal, "accept");
        }
    });
    timer.start(30);
    trigger();
    timer.stop();
    QVERIFY(QFile::exists(path));
}

void TestWalkthrough::oneSitting()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    LanguageManager languages;
    QString errors;
    QTextStream err(&errors);

    // Start, in English.
    auto window = createMainWindow(
        parseCommandLine({QStringLiteral("azkz-relations"), QStringLiteral("--lang"), QStringLiteral("en")}), languages,
        settings, err);
    window->resize(1200, 860);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QCOMPARE(errors, QString());
    auto *tabs = find<QTabWidget>(window.get(), "tabs");
    QCOMPARE(window->windowTitle(), QStringLiteral("Azerbaijan–Kazakhstan relations"));
    QVERIFY(find<QTextBrowser>(window.get(), "overviewText")
                ->toPlainText()
                .contains(QStringLiteral("established on 30 August 1992")));

    // Visit every tab by clicking it.
    const QStringList expected = {QStringLiteral("overviewPage"), QStringLiteral("missionsPage"),
        QStringLiteral("timelinePage"), QStringLiteral("tradePage")};
    for (int i = 0; i < tabs->count(); ++i) {
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
        QCOMPARE(tabs->currentWidget()->objectName(), expected.at(i));
        QVERIFY(tabs->currentWidget()->isVisible());
    }
    QCOMPARE(find<QTableView>(window.get(), "tradeTable")->model()->index(2, 3).data().toString(),
        QStringLiteral("598,468.6"));

    // Switch to Azerbaijani and back, from the menu.
    find<QAction>(window.get(), "language_az")->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(tabs->tabText(3), QStringLiteral("&Ticarət"));
    QCOMPARE(find<QTableView>(window.get(), "tradeTable")->model()->index(2, 3).data().toString(),
        QStringLiteral("598.468,6"));
    find<QAction>(window.get(), "language_en")->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(tabs->tabText(3), QStringLiteral("T&rade"));

    // Search the timeline.
    QTest::keyClick(window.get(), Qt::Key_3, Qt::AltModifier);
    QCOMPARE(window->currentTab(), Tab::Timeline);
    auto *search = find<QLineEdit>(window.get(), "timelineSearch");
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("corridor"));
    QCOMPARE(find<QLabel>(window.get(), "timelineCount")->text(), QStringLiteral("1 of 71 events"));
    QVERIFY(find<QTextBrowser>(window.get(), "eventDetails")->toPlainText().contains(QStringLiteral("25 May 2005")));

    // Select a mission.
    QTest::keyClick(window.get(), Qt::Key_2, Qt::AltModifier);
    auto *kzInAz = find<QListView>(window.get(), "reciprocal1");
    QTest::mouseClick(kzInAz->viewport(), Qt::LeftButton, {},
        kzInAz->visualRect(kzInAz->model()->index(0, kzInAz->modelColumn())).center());
    QVERIFY(find<QTextBrowser>(window.get(), "missionDetails")->toPlainText().contains(QStringLiteral("Alim Bayel")));

    // Export the chart in each format, the data and the report.
    QTest::keyClick(window.get(), Qt::Key_4, Qt::AltModifier);
    for (const char *name : {"chart.png", "chart.svg", "chart.pdf"})
        saveAs(dir.filePath(QLatin1String(name)), [&] { find<QAction>(window.get(), "exportChart")->trigger(); });
    QCOMPARE(QImage(dir.filePath(QStringLiteral("chart.png"))).size(), QSize(2400, 1400));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("chart.svg"))).size() > 10000);
    QCOMPARE(test::pdfPageCount(dir.filePath(QStringLiteral("chart.pdf"))), 1);
    saveAs(dir.filePath(QStringLiteral("trade.csv")), [&] { find<QAction>(window.get(), "exportCsv")->trigger(); });
    saveAs(dir.filePath(QStringLiteral("report.pdf")), [&] { find<QAction>(window.get(), "exportReport")->trigger(); });
    QVERIFY(test::pdfText(dir.filePath(QStringLiteral("report.pdf"))).contains(QStringLiteral("Sources and licence")));

    // Quit with Ctrl+Q: the window closes and remembers where the user was.
    window->activateWindow(); // back from the dialogs
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(settings.value(QStringLiteral("window/tab")).toString(), QStringLiteral("trade"));
    QCOMPARE(settings.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
