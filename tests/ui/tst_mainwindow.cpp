// The window as a user meets it: started from a command line, four tabs, a language
// switch from the menu, remembered settings, and a broken dataset explained.
#include "app/commandline.h"
#include "app/startup.h"
#include "core/settings/settings.h"
#include "support/testsupport.h"
#include "support/windowfixture.h"
#include "ui/window/languagemanager.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace azkz;

class TestMainWindow : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void commandLine_opensRequestedTabAndLanguage();
    void languageMenu_switchesInterfaceAndContent();
    void settings_rememberLanguageTabAndSize();
    void firstStart_followsSystemLocale();
    void brokenDataset_showsItsProblemsInsteadOfTabs();
    void timelineSearch_filtersAndCounts();
    void missionsTable_clickShowsDetails();

private:
    QTabWidget *tabs() const { return find<QTabWidget>("tabs"); }
};

void TestMainWindow::commandLine_opensRequestedTabAndLanguage()
{
    startWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("trade")});
    QCOMPARE(tabs()->count(), 4);
    QCOMPARE(m_window->currentTab(), Tab::Trade);
    QCOMPARE(tabs()->tabText(0), QStringLiteral("Ü&mumi baxış"));
    QCOMPARE(tabs()->tabText(3), QStringLiteral("&Ticarət"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Azərbaycan–Qazaxıstan münasibətləri"));
    startWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("timeline")});
    QCOMPARE(m_window->currentTab(), Tab::Timeline);
    QCOMPARE(tabs()->tabText(2), QStringLiteral("&Timeline"));
}

void TestMainWindow::languageMenu_switchesInterfaceAndContent()
{
    startWindow({QStringLiteral("--lang"), QStringLiteral("az")});
    auto *overview = find<QTextBrowser>("overviewText");
    QVERIFY(overview->toPlainText().contains(
        QStringLiteral("Azərbaycan–Qazaxıstan münasibətləri Azərbaycan Respublikası ilə")));
    QVERIFY(overview->toPlainText().contains(QStringLiteral("Parlamentlərarası əlaqələr")));
    m_window->showTab(Tab::Missions);
    auto *missions = find<QTableView>("missionsTable");
    QCOMPARE(missions->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Şəhər"));

    find<QAction>("language_en")->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(m_languages->language(), Language::English);
    QCOMPARE(tabs()->tabText(1), QStringLiteral("Diplomatic &missions"));
    QVERIFY(find<QAction>("language_en")->isChecked());
    QVERIFY(overview->toPlainText().contains(QStringLiteral("are the bilateral relations between")));
    QVERIFY(overview->toPlainText().contains(QStringLiteral("Inter-parliamentary relations")));
    QCOMPARE(missions->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("City"));
    QCOMPARE(m_window->locale().language(), QLocale::English);
    m_window->showTab(Tab::Trade);
    auto *trade = find<QTableView>("tradeTable");
    QCOMPARE(trade->model()->index(0, 1).data().toString(), QStringLiteral("25,919.70"));

    find<QAction>("language_az")->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(tabs()->tabText(1), QStringLiteral("Diplomatik &nümayəndəliklər"));
    QCOMPARE(trade->model()->index(0, 1).data().toString(), QStringLiteral("25.919,70"));
    QCOMPARE(m_window->locale().language(), QLocale::Azerbaijani);
}

void TestMainWindow::settings_rememberLanguageTabAndSize()
{
    startWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("missions")});
    m_window->resize(1000, 680);
    QVERIFY(m_window->close());
    startWindow({});
    QCOMPARE(m_languages->language(), Language::English);
    QCOMPARE(m_window->currentTab(), Tab::Missions);
    QCOMPARE(m_window->size(), QSize(1000, 680));
}

void TestMainWindow::firstStart_followsSystemLocale()
{
    QCOMPARE(LanguageManager::initialLanguage(std::nullopt, Settings(settings()), QLocale(QStringLiteral("az_AZ"))),
        Language::Azerbaijani);
    QCOMPARE(LanguageManager::initialLanguage(std::nullopt, Settings(settings()), QLocale(QStringLiteral("de_DE"))),
        Language::English);
    Settings(settings()).setLanguage(Language::Azerbaijani);
    QCOMPARE(LanguageManager::initialLanguage(std::nullopt, Settings(settings()), QLocale(QStringLiteral("en_US"))),
        Language::Azerbaijani);
    QCOMPARE(LanguageManager::initialLanguage(Language::English, Settings(settings())), Language::English);
}

void TestMainWindow::brokenDataset_showsItsProblemsInsteadOfTabs()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::embeddedJsonWith(QStringLiteral("events[4].date"), QJsonValue(QStringLiteral("2021-02-30"))));
    file.close();
    startWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"), path});
    QVERIFY(!m_window->hasDataset());
    QVERIFY(!m_window->findChild<QTabWidget *>());
    auto *problems = find<QListWidget>("problemsList");
    QCOMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().contains(QStringLiteral("events[4].date")));
    QVERIFY(problems->item(0)->text().contains(QStringLiteral("2021-02-30")));
    const auto headings = m_window->findChildren<QLabel *>();
    QVERIFY(std::any_of(headings.cbegin(), headings.cend(),
        [&](QLabel *l) { return l->text().contains(QStringLiteral("cannot be opened")) && l->text().contains(path); }));
}

void TestMainWindow::timelineSearch_filtersAndCounts()
{
    startWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("timeline")});
    auto *search = find<QLineEdit>("timelineSearch");
    auto *count = find<QLabel>("timelineCount");
    auto *details = find<QTextBrowser>("eventDetails");
    QCOMPARE(count->text(), QStringLiteral("71 hadisədən 71"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ROBERT")); // any case; keyClicks types ASCII only
    QCOMPARE(count->text(), QStringLiteral("71 hadisədən 1"));
    QVERIFY(details->toPlainText().contains(QStringLiteral("15 sentyabr 2004")));
    QTest::keyClicks(search, QStringLiteral("xyz"));
    QCOMPARE(count->text(), QStringLiteral("71 hadisədən 0"));
    QCOMPARE(details->toPlainText(), QStringLiteral("Axtarışa və süzgəclərə uyğun hadisə yoxdur."));
}

void TestMainWindow::missionsTable_clickShowsDetails()
{
    startWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("missions")});
    auto *table = find<QTableView>("missionsTable");
    auto *details = find<QTextBrowser>("missionDetails");
    const QRect cell = table->visualRect(table->model()->index(1, 2));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(details->toPlainText().contains(QStringLiteral("Qazaxıstanın Azərbaycandakı səfirliyi")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Bakı, Nəcəfqulu Rəfiyev küç., 14")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("9 yanvar 1993")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
