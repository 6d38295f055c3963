// The Timeline tab's details through its widgets: the year boxes, the first heading, search hits
// marked, the trade link's year, the layout at 720x520, Tab order and accessible names, and no drift
// on a language switch or while a search is typed.
#include "core/models/roles.h"
#include "support/testsupport.h"
#include "support/timelinefixture.h"
#include "ui/timeline/timeaxis.h"
#include "ui/timeline/timelinepage.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>

using namespace azkz;
using namespace azkz::test;

class TestTimelineDetails : public QObject, public test::TimelineFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void yearBoxes_cannotBeInvertedFromTheKeyboard();
    void list_firstHeadingIsVisibleAtStart_data();
    void list_firstHeadingIsVisibleAtStart();
    void search_marksHitsInTheRowsAndThePeople();
    void tradeLink_carriesItsYear_byMouseAndKeyboard();
    void layout_fitsAt720x520_data();
    void layout_fitsAt720x520();
    void tab_visitsTheControlsInReadingOrder();
    void controls_haveAccessibleNamesAndShortcutsAreActions();
    void languageThereAndBack_leavesThePageAsItWas_data();
    void languageThereAndBack_leavesThePageAsItWas();
    void columns_stayWhileASearchIsTyped();
};

void TestTimelineDetails::yearBoxes_cannotBeInvertedFromTheKeyboard()
{
    open(QStringLiteral("en"));
    auto *from = find<QSpinBox>("fromYear");
    auto *to = find<QSpinBox>("toYear");
    from->setFocus();
    for (int i = 0; i < 150; ++i)
        QTest::keyClick(from, Qt::Key_Up);
    QCOMPARE(from->value(), 2022); // up to the end of the range, not past it
    QCOMPARE(to->value(), 2022);
    QTest::keyClick(from, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(from, QStringLiteral("2004"));
    QTest::keyClick(from, Qt::Key_Enter);
    QCOMPARE(from->value(), 2004);
    to->setFocus();
    QTest::keyClick(to, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(to, QStringLiteral("1995"));
    QTest::keyClick(to, Qt::Key_Enter);
    QVERIFY2(to->value() >= 2004, qPrintable(QString::number(to->value())));
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(to, Qt::Key_PageDown);
    QCOMPARE(to->value(), 2004);
    QVERIFY(from->value() <= to->value());
    QCOMPARE(find<QLabel>("timelineCount")->text(), QStringLiteral("3 of 19 events")); // 2004 (2), since the 1990s
}

void TestTimelineDetails::list_firstHeadingIsVisibleAtStart_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("az 720x520") << QStringLiteral("az") << QSize(720, 520);
    QTest::newRow("en 1200x860") << QStringLiteral("en") << QSize(1200, 860);
    QTest::newRow("en 1600x1000") << QStringLiteral("en") << QSize(1600, 1000);
}

void TestTimelineDetails::list_firstHeadingIsVisibleAtStart()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    open(language, size);
    auto *list = find<QTableView>("timelineList");
    QCOMPARE(list->rowAt(0), 0); // the top of the list shows row 0...
    QVERIFY(!list->model()->index(0, 0).data(GroupHeadingRole).toString().isEmpty()); // ...with its heading
    QCOMPARE(list->visualRect(list->model()->index(0, 0)).top(), 0);
    QCOMPARE(list->currentIndex().row(), 0); // the first event, selected
    // Drawn above the event, across the row: "Tsarist period – Soviet period — 1 event" runs on
    // past the Date column, in the text's colour on the heading's background.
    const QImage image = list->viewport()->grab().toImage();
    const QRect date = list->visualRect(list->model()->index(0, 0));
    const QRect beyondDate(date.right() + 1, 0, list->viewport()->width() / 2, date.height() / 2);
    const QColor text = list->palette().color(QPalette::Text);
    QVERIFY(countPixels(image, beyondDate, [&](QColor c) { return c == text; }) > 20);
    QVERIFY(
        countPixels(image, beyondDate, [&](QColor c) { return c == list->palette().color(QPalette::Highlight); }) == 0);
}

void TestTimelineDetails::search_marksHitsInTheRowsAndThePeople()
{
    open(QStringLiteral("az"));
    auto *list = find<QTableView>("timelineList");
    const QImage before = list->viewport()->grab().toImage();
    QCOMPARE(countPixels(before, before.rect(), [](QColor c) { return c == HitBackground; }), 0);
    QTest::keyClicks(find<QLineEdit>("timelineSearch"), QStringLiteral("suleymanov"));
    QCOMPARE(list->model()->rowCount(), 1); // the event, its group's heading above it in its row
    QCoreApplication::processEvents();
    const QImage image = list->viewport()->grab().toImage();
    const QRect row = list->visualRect(list->model()->index(0, 1)).adjusted(0, 0, -1, -1);
    const QRect title = row.adjusted(0, row.height() / 2 + 1, 0, 0);
    const QRect heading(0, row.top(), list->viewport()->width(), row.height() / 2);
    // "Oljas Süleymanovun …": the hit is marked in the title cell, nowhere else.
    const int marked = countPixels(image, title, [](QColor c) { return c == HitBackground; });
    QVERIFY2(marked > 100, qPrintable(QString::number(marked)));
    QCOMPARE(countPixels(image, heading, [](QColor c) { return c == HitBackground; }), 0);
    // The mark starts after "Oljas " and is as wide as "Süleymanov".
    int left = image.width(), right = 0;
    for (int x = title.left(); x <= title.right(); ++x) {
        if (image.pixelColor(x, title.center().y()) == HitBackground) {
            left = std::min(left, x);
            right = std::max(right, x);
        }
    }
    const QFontMetrics metrics(list->font());
    QVERIFY(left > title.left() + metrics.horizontalAdvance(QStringLiteral("Oljas")));
    QVERIFY(std::abs((right - left + 1) - metrics.horizontalAdvance(QStringLiteral("Süleymanov"))) <= 2);
    // The card's People line marks the name too.
    const QString html = find<QTextBrowser>("eventDetails")->toHtml();
    const qsizetype people = html.indexOf(QStringLiteral("Şəxslər:"));
    QVERIFY(people > 0);
    QVERIFY2(html.indexOf(QStringLiteral("background-color:#ffe066"), people) > people, qPrintable(html));
    QVERIFY(html.indexOf(QStringLiteral(">Süleymanov</span>"), people) > people);
    // Cleared, nothing is marked.
    find<QLineEdit>("timelineSearch")->setFocus();
    QTest::keyClick(find<QLineEdit>("timelineSearch"), Qt::Key_Escape);
    QCoreApplication::processEvents();
    const QImage cleared = list->viewport()->grab().toImage();
    QCOMPARE(countPixels(cleared, cleared.rect(), [](QColor c) { return c == HitBackground; }), 0);
}

void TestTimelineDetails::tradeLink_carriesItsYear_byMouseAndKeyboard()
{
    open(QStringLiteral("en"));
    QSignalSpy spy(page(), &Page::linkActivated);
    auto *details = find<QTextBrowser>("eventDetails");
    // By mouse.
    QVERIFY(page()->selectEvent(QStringLiteral("trade-2021")));
    const QTextCursor link = details->document()->find(QStringLiteral("Trade in 2021"));
    QVERIFY(!link.isNull());
    QTextCursor middle = link;
    middle.setPosition(link.selectionStart() + 2);
    QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, details->cursorRect(middle).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst(), QVariantList({QVariant::fromValue(Tab::Trade), QStringLiteral("2021")}));
    QCOMPARE(m_window->currentTab(), Tab::Trade);
    // The trade tab shows that year selected in its table (and marked on the chart).
    auto selectedYear = [this] {
        const QModelIndexList rows = find<QTableView>("tradeTable")->selectionModel()->selectedRows();
        return rows.size() == 1 ? rows.constFirst().data().toString() : QString();
    };
    QCOMPARE(selectedYear(), QStringLiteral("2021"));
    // By keyboard: from the list, Tab reaches the card's link and Enter opens it.
    m_window->showTab(Tab::Timeline);
    QVERIFY(page()->selectEvent(QStringLiteral("trade-2022")));
    auto *list = find<QTableView>("timelineList");
    list->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(list, Qt::Key_Tab);
    QVERIFY(details->hasFocus());
    for (int i = 0; i < 3 && !details->textCursor().hasSelection(); ++i)
        QTest::keyClick(details, Qt::Key_Tab);
    QCOMPARE(details->textCursor().selectedText(), QStringLiteral("Trade in 2022"));
    QTest::keyClick(details, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst(), QVariantList({QVariant::fromValue(Tab::Trade), QStringLiteral("2022")}));
    QCOMPARE(m_window->currentTab(), Tab::Trade);
    QCOMPARE(selectedYear(), QStringLiteral("2022"));
    QCOMPARE(QApplication::focusWidget(), find<QTableView>("tradeTable")); // the year's figures, for the keyboard
}

void TestTimelineDetails::layout_fitsAt720x520_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("az") << QStringLiteral("az");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTimelineDetails::layout_fitsAt720x520()
{
    QFETCH(QString, language);
    open(language, QSize(720, 520));
    TimelinePage *page = this->page();
    QVERIFY2(page->minimumSizeHint().width() <= 700 && page->minimumSizeHint().height() <= 400,
        qPrintable(QStringLiteral("%1x%2").arg(page->minimumSizeHint().width()).arg(page->minimumSizeHint().height())));
    const QRect inside = page->rect();
    QList<std::pair<QWidget *, QRect>> placed;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->isWindow()
            || !(qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLabel *>(widget)
                || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QLineEdit *>(widget)))
            continue;
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || widget->objectName().startsWith(QLatin1String("qt_")))
            continue; // a spin box's own line edit
        const QRect area(widget->mapTo(page, QPoint(0, 0)), widget->size());
        QVERIFY2(inside.contains(area),
            qPrintable(widget->objectName() + QLatin1Char(' ') + QLatin1String(widget->metaObject()->className())));
        // Whole texts: a button or label at least as wide as its text wants, or elided with a tooltip.
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            QVERIFY2(button->width() >= button->sizeHint().width()
                    || (button->text().contains(QChar(0x2026)) && !button->toolTip().isEmpty()),
                qPrintable(button->text()));
            if (qobject_cast<QCheckBox *>(button)) // the built-in category names fit whole
                QVERIFY2(!button->text().contains(QChar(0x2026)), qPrintable(button->text()));
        }
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        for (const auto &[other, otherArea] : std::as_const(placed))
            QVERIFY2(!area.intersects(otherArea),
                qPrintable(widget->objectName() + QStringLiteral(" overlaps ") + other->objectName()));
        placed.append({widget, area});
    }
    QVERIFY(placed.size() >= 10);
    // The list and the card keep a usable size.
    QVERIFY(find<QTableView>("timelineList")->height() >= 100);
    QVERIFY(find<QTextBrowser>("eventDetails")->width() >= 150);
}

void TestTimelineDetails::tab_visitsTheControlsInReadingOrder()
{
    open(QStringLiteral("en"));
    auto *search = find<QLineEdit>("timelineSearch");
    auto *list = find<QTableView>("timelineList");
    QList<QWidget *> expected = {search, find<QPushButton>("exportEvents")};
    for (const char *id :
        {"category_diplomacy", "category_parliament", "category_economy", "category_politics", "category_society"})
        expected.append(find<QCheckBox>(id));
    expected += {find<QSpinBox>("fromYear"), find<QSpinBox>("toYear"), find<QComboBox>("eventOrigin"), axis(), list,
        find<QTextBrowser>("eventDetails")};
    const QModelIndex selected = list->currentIndex();
    search->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited = {search};
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (!page()->isAncestorOf(focus))
            break; // out to the window's tab bar
        if (visited.constLast() != focus)
            visited.append(focus); // the card keeps the focus while Tab walks its links
    }
    QCOMPARE(visited, expected);
    QCOMPARE(list->currentIndex(), selected); // passing through the list changed nothing
    // And back with Shift+Tab.
    QWidget *last = expected.constLast();
    last->setFocus(Qt::BacktabFocusReason);
    QList<QWidget *> back = {last};
    for (int i = 0; i < 40 && back.constLast() != search; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        if (back.constLast() != QApplication::focusWidget())
            back.append(QApplication::focusWidget());
    }
    std::reverse(back.begin(), back.end());
    QCOMPARE(back, expected);
}

void TestTimelineDetails::controls_haveAccessibleNamesAndShortcutsAreActions()
{
    open(QStringLiteral("en"));
    int interactive = 0;
    for (QWidget *widget : page()->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || widget->focusProxy()
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        ++interactive;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(interactive >= 12);
    // The search field's clear button, named once it comes with the first letter typed; it clears.
    auto *search = find<QLineEdit>("timelineSearch");
    QTest::keyClicks(search, QStringLiteral("a"));
    const auto buttons = search->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.constFirst()->accessibleName(), QStringLiteral("Clear the search"));
    QTRY_VERIFY(buttons.constFirst()->isVisible());
    QTest::mouseClick(buttons.constFirst(), Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    // Every key the page offers is an action with a text, for Help > Keyboard shortcuts.
    QStringList keys;
    for (const QAction *action : page()->findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty()) {
            QVERIFY(!action->text().isEmpty());
            keys.append(action->shortcut().toString());
        }
    }
    for (const QString &key : {QStringLiteral("Ctrl+F"), QStringLiteral("Esc"), QStringLiteral("+"),
             QStringLiteral("-"), QStringLiteral("0")})
        QVERIFY2(keys.contains(key), qPrintable(keys.join(QLatin1Char(' '))));
}

void TestTimelineDetails::languageThereAndBack_leavesThePageAsItWas_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("other");
    QTest::newRow("az") << QStringLiteral("az") << QStringLiteral("en");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("az");
}

void TestTimelineDetails::languageThereAndBack_leavesThePageAsItWas()
{
    QFETCH(QString, language);
    QFETCH(QString, other);
    open(language, QSize(720, 520));
    QVERIFY(page()->selectEvent(QStringLiteral("astana-karabakh-meeting")));
    QCoreApplication::processEvents();
    const QImage before = page()->grab().toImage();
    for (const QString &code : {other, language}) {
        m_window->findChild<QAction *>(QStringLiteral("language_") + code)->trigger();
        for (int i = 0; i < 10; ++i) // the layout requests a new text posts, one after another
            QCoreApplication::processEvents();
    }
    const QImage after = page()->grab().toImage();
    QCOMPARE(after.size(), before.size());
    QVERIFY(after == before);
}

void TestTimelineDetails::columns_stayWhileASearchIsTyped()
{
    open(QStringLiteral("az"), QSize(720, 520));
    auto *header = find<QTableView>("timelineList")->horizontalHeader();
    const QList<int> widths = {header->sectionSize(0), header->sectionSize(1), header->sectionSize(2)};
    auto *search = find<QLineEdit>("timelineSearch");
    for (const QChar letter : QStringLiteral("azərbaycan")) {
        QTest::keyClick(search, letter.toLatin1() ? letter.toLatin1() : 'e');
        QCoreApplication::processEvents();
        QCOMPARE((QList<int>{header->sectionSize(0), header->sectionSize(1), header->sectionSize(2)}), widths);
    }
    search->clear();
    QCoreApplication::processEvents();
    const int fieldWidth = search->width(); // "19 of 19 events"
    QTest::keyClicks(search, QStringLiteral("zzz")); // nothing shown: "0 of 19 events"
    QCoreApplication::processEvents();
    QCOMPARE((QList<int>{header->sectionSize(0), header->sectionSize(1), header->sectionSize(2)}), widths);
    QCOMPARE(search->width(), fieldWidth); // the count beside it keeps its width
    // The texts are measured once, the widths follow the window: wider, then back as they were.
    m_window->resize(1600, 900);
    QTRY_VERIFY(header->sectionSize(1) > widths.at(1));
    m_window->resize(720, 520);
    QTRY_COMPARE((QList<int>{header->sectionSize(0), header->sectionSize(1), header->sectionSize(2)}), widths);
}

// Each category's box shows, as its key, the colour of its events' dots on the axis.

QTEST_MAIN(TestTimelineDetails)
#include "tst_timeline_details.moc"
