// The widgets against hostile dataset texts, through the window as a user meets it: markup in every
// text shown as written (never an image loaded, never a link followed), the map's tooltips, the About
// box's links, ampersands that are not mnemonics, and ids that are not URL-safe carried by links.
#include "core/load/datasetloader.h"
#include "support/hostilefixture.h"
#include "support/markuptexts.h"
#include "support/testsupport.h"
#include "ui/documents/tradechart.h"
#include "ui/missions/locatormap.h"
#include "ui/missions/missionspage.h"
#include "ui/timeline/timeaxis.h"
#include "ui/timeline/timelinepage.h"
#include "ui/trade/tradepage.h"

#include <QAbstractButton>
#include <QAction>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QScreen>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolTip>

using namespace azkz;
using namespace azkz::test;

class TestHostileTexts : public QObject, public test::HostileFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void datasetMarkup_isNeverInterpreted();
    void mapTooltip_showsMarkupAsText();
    void about_linksOnlyWebAddresses();
    void ampersands_areNotMnemonics();
    void links_carryIdsThatAreNotUrlSafe();
};

void TestHostileTexts::datasetMarkup_isNeverInterpreted()
{
    QImage magenta(64, 64, QImage::Format_RGB32);
    magenta.fill(QColor(255, 0, 255));
    const QString image = m_dir.filePath(QStringLiteral("magenta.png"));
    QVERIFY(magenta.save(image));
    const QString markup = QStringLiteral(" <img src=\"%1\" width=\"64\" height=\"64\">").arg(image);
    const QString path = m_dir.filePath(QStringLiteral("markup.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::toJson(
        test::withTexts(test::embeddedObject(), [&](const QString &text) { return text + markup; }).toObject()));
    file.close();
    LoadResult data = loadDataset(path);
    QVERIFY2(data.isValid(), qPrintable(test::problemText(data)));
    QVERIFY(data.dataset->trade.unitLabel.en.endsWith(markup)); // every text carries it

    for (const Language language : {Language::Azerbaijani, Language::English}) {
        openOn(data, language);
        const QString lang = languageCode(language);
        for (const Tab tab : {Tab::Overview, Tab::Missions, Tab::Timeline, Tab::Trade}) {
            m_window->showTab(tab);
            QCoreApplication::processEvents();
            expectNoMagenta(m_window.get(), lang + QStringLiteral(" ") + tabName(tab));
        }
        // Shown, as text: the test cannot pass by showing nothing.
        QVERIFY(find<QLabel>("tradeNote")->text().contains(QLatin1String("<img")));
        QVERIFY(find<QTextBrowser>("overviewText")->toPlainText().contains(QLatin1String("<img")));
        QVERIFY(find<QTextBrowser>("missionDetails")->toPlainText().contains(QLatin1String("<img")));
        QVERIFY(find<QTextBrowser>("eventDetails")->toPlainText().contains(QLatin1String("<img")));

        // Tooltips, where the user hovers.
        m_window->showTab(Tab::Trade);
        QChartView *chartView = find<QChartView>("tradeChart");
        auto *chart = qobject_cast<TradeChart *>(chartView->chart());
        QString hover;
        for (int x = int(chart->plotArea().left()); x < chart->plotArea().right() && hover.isEmpty(); x += 4) {
            QTest::mouseMove(chartView->viewport(), QPoint(x, int(chart->plotArea().bottom()) - 3));
            hover = chart->hoverText();
        }
        QVERIFY(hover.contains(QLatin1String("<img")));
        QTRY_VERIFY(visibleToolTip());
        expectNoMagenta(visibleToolTip(), lang + QStringLiteral(" chart tooltip"));

        m_window->showTab(Tab::Timeline);
        auto *axis = find<TimeAxis>("timeAxis");
        const int selected = axis->selectedEvent();
        QVERIFY(selected >= 0);
        sendToolTipEvent(axis, axis->eventRect(selected)->center().toPoint());
        QVERIFY(QToolTip::text().contains(QLatin1String("&lt;img")));
        expectNoMagenta(visibleToolTip(), lang + QStringLiteral(" axis tooltip"));
        auto *list = find<QTableView>("timelineList");
        sendToolTipEvent(list->viewport(), list->visualRect(list->currentIndex()).center());
        QVERIFY(QToolTip::text().contains(QLatin1String("&lt;img")));
        expectNoMagenta(visibleToolTip(), lang + QStringLiteral(" timeline list tooltip"));

        m_window->showTab(Tab::Missions);
        auto *table = find<QTableView>("missionsTable");
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            sendToolTipEvent(table->viewport(), table->visualRect(table->model()->index(0, column)).center());
            expectNoMagenta(visibleToolTip(), lang + QStringLiteral(" missions table tooltip"));
        }
        auto *side = find<QListView>("reciprocal0");
        sendToolTipEvent(side->viewport(), side->visualRect(side->model()->index(0, side->modelColumn())).center());
        QVERIFY(QToolTip::text().contains(QLatin1String("&lt;img")));
        expectNoMagenta(visibleToolTip(), lang + QStringLiteral(" reciprocal list tooltip"));
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("<img")))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QToolTip::hideText();
        closeWindow();
    }
}

void TestHostileTexts::mapTooltip_showsMarkupAsText()
{
    QImage magenta(32, 32, QImage::Format_RGB32);
    magenta.fill(QColor(255, 0, 255));
    const QString image = m_dir.filePath(QStringLiteral("magenta.png"));
    QVERIFY(magenta.save(image));
    LocatorMap map;
    map.resize(420, 280);
    map.setMarkers({{QStringLiteral("m"), QPointF(51.17, 43.66), QStringLiteral("Aktau"),
        QStringLiteral("Consulate <img src=\"%1\">").arg(image)}});
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QTest::mouseMove(&map, map.markerPosition(QStringLiteral("m"))->toPoint());
    QTRY_VERIFY(visibleToolTip());
    QVERIFY(QToolTip::text().contains(QLatin1String("&lt;img")));
    expectNoMagenta(visibleToolTip(), QStringLiteral("map tooltip"));
    QToolTip::hideText();
}

void TestHostileTexts::about_linksOnlyWebAddresses()
{
    for (const QString &url : {QStringLiteral("file:///etc/passwd"), QStringLiteral("https://example.org/licence")}) {
        LoadResult data = embedded();
        data.dataset->source.licenceUrl = url;
        openOn(std::move(data), Language::English);
        QString labelText;
        test::whenModal([&labelText](QWidget *modal) {
            for (QLabel *label : modal->findChildren<QLabel *>()) {
                if (label->text().contains(QLatin1String("licensed under")))
                    labelText = label->text();
            }
            modal->close();
        });
        QAction *about = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->menuRole() == QAction::AboutRole)
                about = action;
        }
        QVERIFY(about);
        about->trigger();
        QVERIFY(labelText.contains(url.toHtmlEscaped())); // named, always
        QCOMPARE(labelText.contains(QStringLiteral("href=\"%1\"").arg(url)), url.startsWith(QLatin1String("https:")));
        closeWindow();
    }
}

void TestHostileTexts::ampersands_areNotMnemonics()
{
    LoadResult data = embedded();
    data.dataset->categories[2].name = {QStringLiteral("İqtisadiyyat & enerji"), QStringLiteral("Trade & energy")};
    data.dataset->countries[0].name = {QStringLiteral("A & B"), QStringLiteral("A & B")};
    openOn(std::move(data), Language::English);
    m_window->showTab(Tab::Timeline);
    const auto *box = find<QCheckBox>("category_economy");
    QVERIFY(QKeySequence::mnemonic(box->text()).isEmpty());
    QCOMPARE(QString(box->text()).replace(QStringLiteral("&&"), QStringLiteral("&")), QStringLiteral("Trade & energy"));
    QVERIFY(box->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::AltModifier); // Alt+E must not toggle it
    QVERIFY(box->isChecked());
    m_window->showTab(Tab::Missions);
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->buddy() && label->text().contains(QLatin1String("A &")))
            QVERIFY2(QKeySequence::mnemonic(label->text()).isEmpty(), qPrintable(label->text()));
    }
}

void TestHostileTexts::links_carryIdsThatAreNotUrlSafe()
{
    LoadResult data = embedded();
    Dataset &dataset = *data.dataset;
    const QString missionId = QStringLiteral("az embassy #1?x=50%&y=ə/..");
    const QString eventId = QStringLiteral("opened #2? 100% ünvan");
    for (Mission &mission : dataset.missions) {
        if (mission.id == QLatin1String("az-embassy-astana"))
            mission.id = missionId;
    }
    for (Event &event : dataset.events) {
        event.missionIds.replaceInStrings(QStringLiteral("az-embassy-astana"), missionId);
        if (event.id == QLatin1String("az-embassy-opened"))
            event.id = eventId;
    }
    openOn(std::move(data), Language::English);
    m_window->showTab(Tab::Missions); // built when first shown
    m_window->showTab(Tab::Timeline);
    auto *timeline = m_window->findChild<TimelinePage *>();
    auto *missions = m_window->findChild<MissionsPage *>();
    // From the timeline's card to the mission...
    QVERIFY(missions->selectMission(QStringLiteral("kz-embassy-baku")));
    m_window->showTab(Tab::Timeline);
    QVERIFY(timeline->selectEvent(eventId));
    clickLastLink(find<QTextBrowser>("eventDetails"), QStringLiteral("mission:"));
    QCOMPARE(m_window->currentTab(), Tab::Missions);
    QCOMPARE(missions->selectedMission(), missionId);
    // ...and from the mission's details back to the event (its last, the opening).
    QVERIFY(timeline->selectEvent(QStringLiteral("kz-embassy-opened")));
    clickLastLink(find<QTextBrowser>("missionDetails"), QStringLiteral("event:"));
    QCOMPARE(m_window->currentTab(), Tab::Timeline);
    QCOMPARE(timeline->selectedEvent(), eventId);
}

QTEST_MAIN(TestHostileTexts)
#include "tst_hostile_texts.moc"
