// The Timeline tab finished (issue 11), through its widgets as a user meets them: the axis's
// zoom bounds, open-ended eras and their names, tick labels and tooltips; the year boxes; the
// first heading; search hits marked; the trade link's year; layout at 720x520; Tab order and
// accessible names; no drift on a language switch or while typing.
#include "core/models/roles.h"
#include "support/testsupport.h"
#include "support/windowfixture.h"
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
#include <QToolTip>

using namespace azkz;

namespace {
const QColor HitBackground(0xff, 0xe0, 0x66);

int countPixels(const QImage &image, const QRect &area, const std::function<bool(QColor)> &test)
{
    int count = 0;
    const QRect bounded = area.intersected(image.rect());
    for (int y = bounded.top(); y <= bounded.bottom(); ++y) {
        for (int x = bounded.left(); x <= bounded.right(); ++x)
            count += test(image.pixelColor(x, y)) ? 1 : 0;
    }
    return count;
}

void wheel(QWidget *widget, int delta, Qt::KeyboardModifiers modifiers)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(
        at, widget->mapToGlobal(at), {}, QPoint(0, delta), Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}
} // namespace

class TestTimelineFinish : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void axis_zoomAndPanStopAtTheDataExtent();
    void axis_eraWithUnknownStartFadesIn();
    void axis_eraNameStaysWhileItsBandShows();
    void axis_tickLabelsAreInsideTheAxis();
    void axis_tooltipClosesWhenTheViewZooms();
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
    void categoryBoxes_showTheAxisColours();
    void axis_zoomedInToMonths_namesThem_data();
    void axis_zoomedInToMonths_namesThem();

private:
    void open(const QString &language, QSize size = QSize(1200, 860))
    {
        // The article's 19 events: the extents, counts and selections below are theirs.
        openWindow({QStringLiteral("--lang"), language, QStringLiteral("--tab"), QStringLiteral("timeline"),
            QStringLiteral("--dataset"), test::articleOnlyFile(m_dir)});
        m_window->resize(size);
        QCoreApplication::processEvents();
    }
    TimelinePage *page() const { return m_window->findChild<TimelinePage *>(); }
    TimeAxis *axis() const { return find<TimeAxis>("timeAxis"); }
};

void TestTimelineFinish::axis_zoomAndPanStopAtTheDataExtent()
{
    open(QStringLiteral("en"));
    TimeAxis *axis = this->axis();
    // The data: from the end of the Tsarist period (1917, its start unknown) to 2022.
    const double first = 1917, last = 2023, margin = (last - first) * 0.05;
    axis->setFocus();
    for (int i = 0; i < 30; ++i)
        wheel(axis, -120, Qt::ControlModifier); // zoom out with the wheel
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(axis, Qt::Key_Minus); // and with the key
    auto [start, end] = axis->viewRange();
    QVERIFY2(start >= first - margin && start < first, qPrintable(QString::number(start)));
    QVERIFY2(end <= last + margin && end > last - 1, qPrintable(QString::number(end)));
    // Zoomed in, panning far either way stops at the same bounds.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(axis, Qt::Key_Plus);
    for (int i = 0; i < 100; ++i)
        wheel(axis, 120, Qt::NoModifier);
    QVERIFY(axis->viewRange().first >= first - margin);
    for (int i = 0; i < 200; ++i)
        wheel(axis, -120, Qt::NoModifier);
    QVERIFY(axis->viewRange().second <= last + margin);
    QVERIFY(axis->viewRange().second > last - 1);
}

void TestTimelineFinish::axis_eraWithUnknownStartFadesIn()
{
    open(QStringLiteral("en"));
    TimeAxis *axis = this->axis();
    axis->setFocus();
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(axis, Qt::Key_Plus); // the Tsarist period's band wide enough to see the fade
    for (int i = 0; i < 100; ++i)
        wheel(axis, 120, Qt::NoModifier); // to the start of the data
    const auto tsarist = axis->eraArea(0), soviet = axis->eraArea(1);
    QVERIFY(tsarist && soviet);
    QVERIFY(tsarist->openStart);
    QVERIFY(!soviet->openStart);
    QVERIFY(tsarist->band.width() > 40);
    const QImage image = axis->grab().toImage();
    const QColor base = axis->palette().color(QPalette::Base);
    const int y = int(tsarist->band.bottom()) - 4; // below the lanes of events
    const QColor atStart = image.pixelColor(int(tsarist->band.left()) + 1, y);
    const QColor atEnd = image.pixelColor(int(tsarist->band.right()) - 2, y);
    const QColor sovietStart = image.pixelColor(int(soviet->band.left()) + 2, y);
    // The open start is (nearly) the background; the end of the band and the known start of the
    // next era are tinted.
    QVERIFY2(
        std::abs(atStart.red() - base.red()) + std::abs(atStart.blue() - base.blue()) < 6, qPrintable(atStart.name()));
    QVERIFY2(std::abs(atEnd.blue() - base.blue()) > 20, qPrintable(atEnd.name()));
    QVERIFY2(std::abs(sovietStart.blue() - base.blue()) > 20, qPrintable(sovietStart.name()));
}

void TestTimelineFinish::axis_eraNameStaysWhileItsBandShows()
{
    open(QStringLiteral("az"));
    TimeAxis *axis = this->axis();
    axis->setFocus();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(axis, Qt::Key_Plus);
    for (int i = 0; i < 100; ++i)
        wheel(axis, 120, Qt::NoModifier);
    // Pan across the whole data: wherever a band shows, its name is drawn inside the axis.
    int checked = 0;
    for (int step = 0; step < 80 && checked < 400; ++step) {
        const QImage image = axis->grab().toImage();
        for (int era = 0; era < 3; ++era) {
            const auto area = axis->eraArea(era);
            const QRectF band = QRectF(axis->rect()).intersected(area ? area->band : QRectF());
            if (!area || band.width() < 1)
                continue;
            QVERIFY(!area->text.isEmpty());
            QVERIFY(QRectF(axis->rect()).contains(area->label));
            const QColor text = axis->palette().color(QPalette::Text);
            const int inked = countPixels(image, area->label.toRect(),
                [&](QColor c) { return std::abs(c.red() - text.red()) + std::abs(c.green() - text.green()) < 120; });
            QVERIFY2(inked > 3, qPrintable(QStringLiteral("era %1 at %2").arg(era).arg(axis->viewRange().first)));
            ++checked;
        }
        wheel(axis, -40, Qt::NoModifier);
    }
    QVERIFY(checked > 40);
    // The Soviet period's name follows its band when the band's start is out of view.
    QTest::keyClick(axis, Qt::Key_0);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(axis, Qt::Key_Plus);
    for (int i = 0; i < 100; ++i)
        wheel(axis, 120, Qt::NoModifier);
    for (int i = 0; i < 3; ++i)
        wheel(axis, -120, Qt::NoModifier);
    auto soviet = axis->eraArea(1);
    QVERIFY(soviet);
    for (int i = 0; i < 20 && soviet->band.left() >= 0; ++i) {
        wheel(axis, -120, Qt::NoModifier);
        soviet = axis->eraArea(1);
    }
    QVERIFY(soviet->band.left() < 0);
    QVERIFY(soviet->label.left() >= 0 && soviet->label.left() < 10);
    QCOMPARE(soviet->text, QStringLiteral("Sovet dövrü"));
}

void TestTimelineFinish::axis_tickLabelsAreInsideTheAxis()
{
    open(QStringLiteral("en"));
    TimeAxis *axis = this->axis();
    axis->setFocus();
    const QFont small = [axis] {
        QFont font = axis->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        return font;
    }();
    const QFontMetricsF metrics(small);
    for (int zoom = 0; zoom < 8; ++zoom) {
        for (int pan = 0; pan < 6; ++pan) {
            const auto labels = axis->tickLabels();
            QVERIFY(!labels.isEmpty());
            for (const auto &[text, area] : labels) {
                QVERIFY2(QRectF(axis->rect()).contains(area), qPrintable(text));
                QVERIFY(area.width() >= metrics.horizontalAdvance(text));
            }
            wheel(axis, -360, Qt::NoModifier);
        }
        QTest::keyClick(axis, Qt::Key_Plus);
    }
    // At "show all", 2025's label is at the right edge: whole, and drawn.
    QTest::keyClick(axis, Qt::Key_0);
    const auto last = axis->tickLabels().constLast();
    QCOMPARE(last.first, QStringLiteral("2025"));
    QVERIFY(last.second.right() <= axis->width());
    const QImage image = axis->grab().toImage();
    const int inked = countPixels(image, last.second.toRect(), [](QColor c) { return c.lightness() < 128; });
    QVERIFY(inked > 10);
}

void TestTimelineFinish::axis_tooltipClosesWhenTheViewZooms()
{
    open(QStringLiteral("en"));
    TimeAxis *axis = this->axis();
    axis->setFocus();
    const auto rect = axis->eventRect(11); // 15 September 2004
    QVERIFY(rect);
    const QPoint at = rect->center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, axis->mapToGlobal(at));
    QApplication::sendEvent(axis, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("Nagorno-Karabakh")));
    QTest::keyClick(axis, Qt::Key_Plus);
    QTRY_VERIFY(!QToolTip::isVisible()); // a tooltip's own time is ten seconds and more
    // And when the wheel zooms.
    QApplication::sendEvent(axis, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    wheel(axis, 120, Qt::ControlModifier);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestTimelineFinish::yearBoxes_cannotBeInvertedFromTheKeyboard()
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

void TestTimelineFinish::list_firstHeadingIsVisibleAtStart_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("az 720x520") << QStringLiteral("az") << QSize(720, 520);
    QTest::newRow("en 1200x860") << QStringLiteral("en") << QSize(1200, 860);
    QTest::newRow("en 1600x1000") << QStringLiteral("en") << QSize(1600, 1000);
}

void TestTimelineFinish::list_firstHeadingIsVisibleAtStart()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    open(language, size);
    auto *list = find<QTableView>("timelineList");
    QCOMPARE(list->rowAt(0), 0); // the top of the list shows row 0...
    QVERIFY(list->model()->index(0, 0).data(GroupHeaderRole).toBool()); // ...a heading
    QCOMPARE(list->visualRect(list->model()->index(0, 0)).top(), 0);
    QCOMPARE(list->currentIndex().row(), 1); // the first event, selected, below it
}

void TestTimelineFinish::search_marksHitsInTheRowsAndThePeople()
{
    open(QStringLiteral("az"));
    auto *list = find<QTableView>("timelineList");
    const QImage before = list->viewport()->grab().toImage();
    QCOMPARE(countPixels(before, before.rect(), [](QColor c) { return c == HitBackground; }), 0);
    QTest::keyClicks(find<QLineEdit>("timelineSearch"), QStringLiteral("suleymanov"));
    QCOMPARE(list->model()->rowCount(), 2);
    QCoreApplication::processEvents();
    const QImage image = list->viewport()->grab().toImage();
    const QRect title = list->visualRect(list->model()->index(1, 1)).adjusted(0, 0, -1, -1);
    const QRect heading = list->visualRect(list->model()->index(0, 0)).adjusted(0, 0, -1, -1);
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

void TestTimelineFinish::tradeLink_carriesItsYear_byMouseAndKeyboard()
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

void TestTimelineFinish::layout_fitsAt720x520_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("az") << QStringLiteral("az");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTimelineFinish::layout_fitsAt720x520()
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

void TestTimelineFinish::tab_visitsTheControlsInReadingOrder()
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

void TestTimelineFinish::controls_haveAccessibleNamesAndShortcutsAreActions()
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

void TestTimelineFinish::languageThereAndBack_leavesThePageAsItWas_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("other");
    QTest::newRow("az") << QStringLiteral("az") << QStringLiteral("en");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("az");
}

void TestTimelineFinish::languageThereAndBack_leavesThePageAsItWas()
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

void TestTimelineFinish::columns_stayWhileASearchIsTyped()
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
}

// Each category's box shows, as its key, the colour of its events' dots on the axis.
void TestTimelineFinish::categoryBoxes_showTheAxisColours()
{
    open(QStringLiteral("az"));
    const Dataset &dataset = *m_window->datasetSource().dataset();
    for (qsizetype i = 0; i < dataset.categories.size(); ++i) {
        auto *box = find<QCheckBox>(qPrintable(QStringLiteral("category_") + dataset.categories.at(i).id));
        QVERIFY(!box->icon().isNull());
        const QImage dot = box->icon().pixmap(QSize(12, 12), 2.0).toImage();
        QCOMPARE(dot.devicePixelRatio(), 2.0); // sharp on a high-density screen
        QCOMPARE(dot.pixelColor(dot.rect().center()), TimeAxis::categoryColour(i));
        // The axis draws that category's events in it.
        const auto event = std::find_if(dataset.events.cbegin(), dataset.events.cend(),
            [&](const Event &e) { return e.categoryId == dataset.categories.at(i).id && e.date.from && !e.date.to; });
        if (event == dataset.events.cend())
            continue;
        const int index = int(event - dataset.events.cbegin());
        axis()->setSelectedEvent(index);
        const auto rect = axis()->eventRect(index);
        QVERIFY(rect);
        const QImage drawn = axis()->grab().toImage();
        const QColor centre = drawn.pixelColor((rect->center() * drawn.devicePixelRatio()).toPoint());
        QVERIFY2(qAbs(centre.hue() - TimeAxis::categoryColour(i).hue()) <= 10, qPrintable(centre.name()));
    }
}

void TestTimelineFinish::axis_zoomedInToMonths_namesThem_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("august");
    QTest::newRow("en") << QStringLiteral("en") << QLocale(QLocale::English).monthName(8, QLocale::ShortFormat);
    QTest::newRow("az") << QStringLiteral("az") << QLocale(QLocale::Azerbaijani).monthName(8, QLocale::ShortFormat);
}

// Zoomed in to a few months the axis names them, and the year they are in: never a blank
// scale that leaves the reader to guess the date.
void TestTimelineFinish::axis_zoomedInToMonths_namesThem()
{
    QFETCH(QString, language);
    QFETCH(QString, august);
    open(language);
    TimeAxis *axis = this->axis();
    axis->setViewRange(1992.4, 1992.9); // half a year, May to November 1992
    const auto labels = axis->tickLabels();
    QStringList texts;
    for (const auto &[text, area] : labels) {
        texts.append(text);
        QVERIFY2(QRectF(axis->rect()).contains(area), qPrintable(text));
    }
    QVERIFY2(labels.size() >= 5, qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.first().endsWith(QStringLiteral(" 1992")), qPrintable(texts.first()));
    QVERIFY2(texts.contains(august), qPrintable(texts.join(QLatin1Char('|'))));
    // Zoomed out again, years.
    axis->fitAll();
    QCOMPARE(axis->tickLabels().constFirst().first.toInt() > 1000, true);
}

QTEST_MAIN(TestTimelineFinish)
#include "tst_timeline_details.moc"
