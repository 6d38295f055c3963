// The Timeline tab through its widgets: grouped list and time axis in step, filters and a
// search that ignores case and Azerbaijani diacritics, keyboard navigation, links, export.
#include "app/commandline.h"
#include "app/startup.h"
#include "core/models/roles.h"
#include "core/text/searchtext.h"
#include "core/timeline/eventfilter.h"
#include "core/timeline/eventsmodel.h"
#include "core/timeline/timelinemodel.h"
#include "support/testsupport.h"
#include "support/windowfixture.h"
#include "ui/missions/missionspage.h"
#include "ui/timeline/timeaxis.h"
#include "ui/timeline/timelinepage.h"
#include "ui/window/languagemanager.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

using namespace azkz;

class TestTimeline : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void foldForSearch_ignoresCaseAndAzerbaijaniDiacritics_data();
    void foldForSearch_ignoresCaseAndAzerbaijaniDiacritics();
    void timelineModel_passesModelTesterWhileFiltering();
    void narrowingSearch_equalsAFullScan();
    void list_groupsEveryEventInOrder();
    void search_marksHitsInDisputedVersions();
    void search_ignoresDiacriticsAndHighlightsHits();
    void categoryAndYearFilters_narrowTheList();
    void emptyResult_saysSo();
    void keyboard_movesBetweenEventsAndSearches();
    void axisAndList_shareTheSelection();
    void axis_zoomsPansAndFits();
    void crowdedAxis_drawsTheSelectedEventOnTop();
    void detailLinks_openMissionAndTrade();
    void languageSwitch_retranslatesTheCard();
    void exportCsv_writesTheEventsShown();

private:
    void open(const QString &language);
    QString count() const { return find<QLabel>("timelineCount")->text(); }
    TimelinePage *page() const { return m_window->findChild<TimelinePage *>(); }
};

void TestTimeline::open(const QString &language)
{
    // The article's 19 events: the list, counts and selections below are theirs.
    openWindow({QStringLiteral("--lang"), language, QStringLiteral("--tab"), QStringLiteral("timeline"),
        QStringLiteral("--dataset"), test::articleOnlyFile(m_dir)});
}

void TestTimeline::foldForSearch_ignoresCaseAndAzerbaijaniDiacritics_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::newRow("ə") << QStringLiteral("İlham Əliyev") << QStringLiteral("aliyev");
    QTest::newRow("ü") << QStringLiteral("Oljas Süleymanov") << QStringLiteral("suleymanov");
    QTest::newRow("ç ö") << QStringLiteral("Robert Köçəryan") << QStringLiteral("KOCARYAN");
    QTest::newRow("ı İ") << QStringLiteral("İSTİNAD Qazaxıstan") << QStringLiteral("istinad qazaxistan");
    QTest::newRow("ş ğ") << QStringLiteral("Manqışlağın") << QStringLiteral("manqislagin");
    QTest::newRow("query with diacritics") << QStringLiteral("Aliyev") << QStringLiteral("Əliyev");
}

void TestTimeline::foldForSearch_ignoresCaseAndAzerbaijaniDiacritics()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    const QList<TextRange> hits = findFolded(text, query);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(foldForSearch(text).size(), text.size()); // one for one: hits map back onto the text
    QVERIFY(findFolded(text, QStringLiteral("xyz")).isEmpty());
}

void TestTimeline::timelineModel_passesModelTesterWhileFiltering()
{
    const LoadResult result = parseDataset(test::articleOnlyJson(), QStringLiteral("article-only.json"));
    const SharedDataset dataset = test::shared(*result.dataset);
    const EventsModel events(dataset, Language::English);
    TimelineModel model(dataset, events);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A row an event: a group's heading is carried by its first row, not a row of its own.
    QCOMPARE(model.rowCount(), 19);
    QCOMPARE(model.groupStartRows().size(), 14); // 2 periods, 1990, the 1990s, 10 years
    QVERIFY(model.index(1, 0).data(GroupHeadingRole).toString().startsWith(QStringLiteral("Soviet period — 3 event")));
    QCOMPARE(model.index(2, 0).data(GroupHeadingRole).toString(), QString()); // the period's second event
    model.setVisibleEvents({4, 6, 7});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.groupStartRows(), (QList<int>{0, 1, 2}));
    QVERIFY(
        model.index(1, 0).data(GroupHeadingRole).toString().startsWith(QStringLiteral("1992 — 1 event"))); // no
                                                                                                           // translator
    QCOMPARE(model.eventAt(model.index(1, 1)), 6);
    QCOMPARE(model.indexOfEvent(7).row(), 2);
    model.setVisibleEvents({});
    QCOMPARE(model.rowCount(), 0);
}

void TestTimeline::narrowingSearch_equalsAFullScan()
{
    const LoadResult result = parseDataset(test::articleOnlyJson(), QStringLiteral("article-only.json"));
    const SharedDataset dataset = test::shared(*result.dataset);
    const EventsModel events(dataset, Language::Azerbaijani);
    auto filter = [&] { return EventFilter(dataset, events, Language::Azerbaijani); };
    EventFilter typing = filter();
    EventQuery query;
    for (const QString &text :
        {QStringLiteral("a"), QStringLiteral("al"), QStringLiteral("ali"), QStringLiteral("aliy")}) {
        query.text = text;
        EventFilter fresh = filter();
        QCOMPARE(typing.matching(query), fresh.matching(query));
    }
    query.hiddenCategories = {QStringLiteral("politics")}; // a changed filter starts over
    query.text = QStringLiteral("aliye");
    EventFilter fresh = filter();
    QCOMPARE(typing.matching(query), fresh.matching(query));
    QCOMPARE(typing.matching(query).size(), 1); // Adil Əliyev's working group; the Astana meeting is politics
    query.text = QStringLiteral("a"); // deleting letters widens again
    QCOMPARE(typing.matching(query), filter().matching(query));
}

void TestTimeline::list_groupsEveryEventInOrder()
{
    open(QStringLiteral("az"));
    auto *list = find<QTableView>("timelineList");
    QStringList groups, dates;
    const int rowHeight = list->verticalHeader()->defaultSectionSize();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QString heading = index.data(GroupHeadingRole).toString();
        if (!heading.isEmpty())
            groups.append(heading);
        dates.append(index.data().toString());
        QCOMPARE(list->rowHeight(row), heading.isEmpty() ? rowHeight : 2 * rowHeight); // the heading above the event
    }
    QCOMPARE(dates.size(), 19);
    QCOMPARE(groups.mid(0, 5),
        (QStringList{QStringLiteral("Çar imperiyası dövrü – Sovet dövrü — 1 hadisə"),
            QStringLiteral("Sovet dövrü — 3 hadisə"), QStringLiteral("1990 — 1 hadisə"),
            QStringLiteral("1990-cı illər — 1 hadisə"), QStringLiteral("1992 — 1 hadisə")}));
    QCOMPARE(dates.at(5), QStringLiteral("1990-cı illərdən"));
    QCOMPARE(dates.at(6), QStringLiteral("30 avqust 1992"));
    QCOMPARE(dates.last(), QStringLiteral("2022"));
}

// A hit found in a disputed version is marked in the card's list of versions too.
void TestTimeline::search_marksHitsInDisputedVersions()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("timeline")});
    QTest::keyClicks(find<QLineEdit>("timelineSearch"), QStringLiteral("27 august"));
    QCOMPARE(page()->selectedEvent(), QStringLiteral("diplomatic-relations-established"));
    const QString html = find<QTextBrowser>("eventDetails")->toHtml();
    QVERIFY2(html.contains(QStringLiteral(">27 August</span>")), qPrintable(html));
}

void TestTimeline::search_ignoresDiacriticsAndHighlightsHits()
{
    open(QStringLiteral("az"));
    auto *search = find<QLineEdit>("timelineSearch");
    QTest::keyClicks(search, QStringLiteral("aliyev"));
    QCOMPARE(count(), QStringLiteral("19 hadisədən 2"));
    QCOMPARE(page()->selectedEvent(), QStringLiteral("astana-karabakh-meeting"));
    const QString html = find<QTextBrowser>("eventDetails")->toHtml();
    QVERIFY2(html.contains(QStringLiteral("background-color:#ffe066")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral(">Əliyev</span>")));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("SULEYMANOV"));
    QCOMPARE(count(), QStringLiteral("19 hadisədən 1"));
    QCOMPARE(page()->selectedEvent(), QStringLiteral("suleimenov-speech"));
}

void TestTimeline::categoryAndYearFilters_narrowTheList()
{
    open(QStringLiteral("en"));
    auto *diplomacy = find<QCheckBox>("category_diplomacy");
    QTest::mouseClick(diplomacy, Qt::LeftButton, {}, QPoint(5, diplomacy->height() / 2));
    QVERIFY(!diplomacy->isChecked());
    QCOMPARE(count(), QStringLiteral("13 of 19 events"));
    QTest::mouseClick(diplomacy, Qt::LeftButton, {}, QPoint(5, diplomacy->height() / 2));
    find<QSpinBox>("fromYear")->setValue(2004);
    find<QSpinBox>("toYear")->setValue(2008);
    // 2004 (2), 2005, 2008 (2), and "since the 1990s", which is still true then.
    QCOMPARE(count(), QStringLiteral("6 of 19 events"));
    QCOMPARE(find<TimeAxis>("timeAxis")->eventRect(0), std::nullopt); // the Tsarist-Soviet event is hidden there too
}

void TestTimeline::emptyResult_saysSo()
{
    open(QStringLiteral("en"));
    QTest::keyClicks(find<QLineEdit>("timelineSearch"), QStringLiteral("zzzz"));
    QCOMPARE(count(), QStringLiteral("0 of 19 events"));
    QCOMPARE(
        find<QTextBrowser>("eventDetails")->toPlainText(), QStringLiteral("No event matches the search and filters."));
    QCOMPARE(page()->selectedEvent(), QString());
}

void TestTimeline::keyboard_movesBetweenEventsAndSearches()
{
    open(QStringLiteral("en"));
    auto *list = find<QTableView>("timelineList");
    list->setFocus();
    QCOMPARE(page()->selectedEvent(), QStringLiteral("single-centre"));
    QTest::keyClick(list, Qt::Key_Right);
    QCOMPARE(page()->selectedEvent(), QStringLiteral("stalin-deportations"));
    QTest::keyClick(list, Qt::Key_End);
    QCOMPARE(page()->selectedEvent(), QStringLiteral("trade-2022"));
    // Up and Down go from event to event over the years' headings, the card never empty.
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(page()->selectedEvent(), QStringLiteral("trade-2021"));
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(page()->selectedEvent(), QStringLiteral("trade-2022"));
    // The row shown selected is the event's, not the heading passed over (it stayed highlighted).
    QTRY_COMPARE(list->selectionModel()->selectedRows(), QModelIndexList{list->currentIndex().siblingAtColumn(0)});
    QVERIFY(!list->accessibleDescription().isEmpty());
    QTest::keyClick(list, Qt::Key_Left);
    QCOMPARE(page()->selectedEvent(), QStringLiteral("trade-2021"));
    QCOMPARE(list->accessibleDescription(),
        QStringLiteral("2021: Trade turnover in 2021")); // what a screen reader announces
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(page()->selectedEvent(), QStringLiteral("single-centre"));
    auto *search = find<QLineEdit>("timelineSearch");
    QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("embassy"));
    QCOMPARE(count(), QStringLiteral("3 of 19 events"));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(count(), QStringLiteral("19 of 19 events"));
}

void TestTimeline::axisAndList_shareTheSelection()
{
    open(QStringLiteral("en"));
    auto *axis = find<TimeAxis>("timeAxis");
    const int meeting = 11; // 15 September 2004
    const auto rect = axis->eventRect(meeting);
    QVERIFY(rect);
    QTest::mouseClick(axis, Qt::LeftButton, {}, rect->center().toPoint());
    QCOMPARE(page()->selectedEvent(), QStringLiteral("astana-karabakh-meeting"));
    QVERIFY(find<QTextBrowser>("eventDetails")->toPlainText().contains(QStringLiteral("15 September 2004")));
    page()->selectEvent(QStringLiteral("kz-embassy-opened"));
    QCOMPARE(axis->selectedEvent(), 7);
    QVERIFY(axis->accessibleName().startsWith(QStringLiteral("Time axis: 9 January 1993")));
    axis->setFocus();
    QTest::keyClick(axis, Qt::Key_Right); // the page moves the selection from the axis too
    QCOMPARE(page()->selectedEvent(), QStringLiteral("parliamentary-group-created"));
}

void TestTimeline::axis_zoomsPansAndFits()
{
    open(QStringLiteral("en"));
    auto *axis = find<TimeAxis>("timeAxis");
    const auto all = axis->viewRange();
    axis->setFocus();
    QTest::keyClick(axis, Qt::Key_Plus);
    const auto zoomed = axis->viewRange();
    QVERIFY(zoomed.second - zoomed.first < (all.second - all.first) * 0.7);
    // Drag to the right: earlier years come into view.
    const QPoint middle(axis->width() / 2, 40);
    QTest::mousePress(axis, Qt::LeftButton, {}, middle);
    QTest::mouseMove(axis, middle + QPoint(100, 0));
    QTest::mouseRelease(axis, Qt::LeftButton, {}, middle + QPoint(100, 0));
    QVERIFY(axis->viewRange().first < zoomed.first);
    QWheelEvent wheel(QPointF(middle), axis->mapToGlobal(QPointF(middle)), {}, QPoint(0, 120), Qt::NoButton,
        Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(axis, &wheel);
    QVERIFY(axis->viewRange().second - axis->viewRange().first < zoomed.second - zoomed.first);
    QTest::keyClick(axis, Qt::Key_0);
    QCOMPARE(axis->viewRange(), all);
    // A year is drawn as a span that grows with the zoom, a day as a point that does not.
    axis->setSelectedEvent(4);
    const qreal yearWidth = axis->eventRect(4)->width(), dayWidth = axis->eventRect(6)->width();
    QTest::keyClick(axis, Qt::Key_Plus);
    QTest::keyClick(axis, Qt::Key_Plus);
    QVERIFY(axis->eventRect(4)->width() > yearWidth * 2); // 1990
    QCOMPARE(axis->eventRect(6)->width(), dayWidth); // 30 August 1992
}

void TestTimeline::detailLinks_openMissionAndTrade()
{
    open(QStringLiteral("en"));
    page()->selectEvent(QStringLiteral("aktau-consulate-opened"));
    auto *details = find<QTextBrowser>("eventDetails");
    auto clickLink = [details](const QString &text) {
        const QTextCursor link = details->document()->find(text);
        QVERIFY(!link.isNull());
        QTextCursor middle = link;
        middle.setPosition(link.selectionStart() + 2);
        QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, details->cursorRect(middle).center());
    };
    clickLink(QStringLiteral("Consulate General of Azerbaijan in Aktau"));
    QCOMPARE(m_window->currentTab(), Tab::Missions);
    QCOMPARE(m_window->findChild<MissionsPage *>()->selectedMission(), QStringLiteral("az-consulate-aktau"));
    m_window->showTab(Tab::Timeline);
    page()->selectEvent(QStringLiteral("trade-2021"));
    clickLink(QStringLiteral("Trade in 2021"));
    QCOMPARE(m_window->currentTab(), Tab::Trade);
}

void TestTimeline::languageSwitch_retranslatesTheCard()
{
    open(QStringLiteral("en"));
    page()->selectEvent(QStringLiteral("diplomatic-relations-established"));
    m_window->findChild<QAction *>(QStringLiteral("language_az"))->trigger();
    QCoreApplication::processEvents();
    const QString card = find<QTextBrowser>("eventDetails")->toPlainText();
    QVERIFY2(card.contains(QStringLiteral("30 avqust 1992")), qPrintable(card));
    QVERIFY(card.contains(QStringLiteral("Diplomatik əlaqələr quruldu")));
    QVERIFY(card.contains(QStringLiteral("məqalə, istinad [3]")));
    QCOMPARE(find<QCheckBox>("category_economy")->text(), QStringLiteral("İqtisadiyyat və enerji"));
    QCOMPARE(count(), QStringLiteral("19 hadisədən 19"));
}

void TestTimeline::exportCsv_writesTheEventsShown()
{
    open(QStringLiteral("en"));
    QTest::keyClicks(find<QLineEdit>("timelineSearch"), QStringLiteral("consulate"));
    const QString path = m_dir.filePath(QStringLiteral("events.csv"));
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [timer, path] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            dialog->setDirectory(QFileInfo(path).absolutePath());
            dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(QFileInfo(path).fileName());
            QMetaObject::invokeMethod(dialog, "accept");
        }
    });
    timer->start(20);
    QTest::mouseClick(find<QPushButton>("exportEvents"), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // source, header, the two consulate events
    QVERIFY(lines.at(0).startsWith(QStringLiteral("\"# Source:"))); // one quoted field: the text has commas
    QCOMPARE(
        lines.at(1), QStringLiteral("Date (ISO 8601),Date,Title,Category,Text,References,Sources,Sources disagree"));
    QVERIFY(lines.at(2).startsWith(
        QStringLiteral("2008-04-30,30 April 2008,Consulate General in Aktau established,Diplomacy,")));
    QVERIFY(lines.at(3).contains(QStringLiteral(",[2],\"the article, reference [2]")));
}

void TestTimeline::crowdedAxis_drawsTheSelectedEventOnTop()
{
    // 300 events on one day pile up in the last lane, where only the marker seen on each pixel
    // is drawn; the selected one is drawn above them all, in the highlight colour.
    Dataset dataset;
    dataset.categories.append(Category{QStringLiteral("c"), {}});
    for (int i = 0; i < 300; ++i) {
        Event event;
        event.id = QString::number(i);
        event.categoryId = QStringLiteral("c");
        event.date = *DateSpec::parse(i == 0 ? u"1990" : u"2000-06-15");
        dataset.events.append(event);
    }
    const SharedDataset shared = test::shared(dataset);
    const EventsModel events(shared, Language::English);
    TimeAxis axis(shared, events);
    axis.resize(800, 172);
    axis.show();
    QVERIFY(QTest::qWaitForWindowExposed(&axis));
    const QColor highlight = axis.palette().color(QPalette::Highlight);
    auto highlighted = [&](int event) {
        const QImage image = axis.grab().toImage();
        const QRect area = axis.eventRect(event)->toAlignedRect().adjusted(-1, -1, 1, 1);
        int pixels = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x)
                pixels += image.pixelColor(x, y) == highlight;
        }
        return pixels;
    };
    QCOMPARE(highlighted(150), 0);
    axis.setSelectedEvent(150);
    QCOMPARE(axis.eventRect(150)->top(), axis.eventRect(299)->top()); // in the crowded lane
    QVERIFY2(highlighted(150) > 10, qPrintable(QString::number(highlighted(150))));
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
