// Every tab's surface, in both languages, as a user meets it: redraws and a language switch and back
// that change nothing, and no text cut at any size a desktop gives the window (the checks themselves
// tested on a window made to fail them).
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

class TestTabsSurface : public QObject, public test::TabsFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup() { closeWindow(); }
    void checks_findWhatIsCut();
    void roundTrip_leavesTheTabAsItWas_data();
    void roundTrip_leavesTheTabAsItWas();
    void surface_nothingCutAtAnySize_data();
    void surface_nothingCutAtAnySize();
};

void TestTabsSurface::initTestCase()
{
    QApplication::setCursorFlashTime(0); // a blinking cursor would make two grabs differ
}

// The checks below are only worth something if they see a cut text: show them some.
void TestTabsSurface::checks_findWhatIsCut()
{
    QWidget window;
    window.resize(400, 300);
    auto *label = new QLabel(QStringLiteral("A label far too long for its width"), &window);
    label->setGeometry(0, 0, 60, 20);
    auto *elided = new QLabel(QStringLiteral("A lab…"), &window);
    elided->setToolTip(QStringLiteral("A label far too long for its width"));
    elided->setGeometry(0, 20, 60, 20);
    auto *button = new QPushButton(QStringLiteral("A button with a long text"), &window);
    button->setGeometry(0, 40, 50, 30);
    auto *combo = new QComboBox(&window);
    combo->addItem(QStringLiteral("A choice with a long text"));
    combo->setGeometry(0, 70, 60, 30);
    auto *outside = new QLabel(QStringLiteral("x"), &window);
    outside->setGeometry(390, 290, 40, 40);
    QStandardItemModel model(1, 1);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("several words that must wrap onto many lines here")));
    auto *table = new QTableView(&window);
    table->setModel(&model);
    table->setWordWrap(true);
    table->setGeometry(100, 0, 250, 200);
    table->setColumnWidth(0, 80);
    table->setRowHeight(0, 20);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString labels = cutLabels(&window).join(QLatin1Char('\n'));
    QVERIFY2(labels.contains(QLatin1String("A label far too long")), qPrintable(labels));
    QVERIFY2(!labels.contains(QLatin1String("A lab…")), qPrintable(labels)); // elided, with its tooltip
    const QString controls = narrowControls(&window).join(QLatin1Char('\n'));
    QVERIFY2(controls.contains(QLatin1String("QPushButton")) && controls.contains(QLatin1String("QComboBox")),
        qPrintable(controls));
    QVERIFY(cutCells(&window).join(QLatin1Char('\n')).contains(QLatin1String("is cut at the bottom")));
    QVERIFY(outsideWindow(&window).join(QLatin1Char('\n')).contains(QLatin1String("outside the window")));
    table->setRowHeight(0, 200);
    table->setColumnWidth(0, 240);
    QVERIFY2(cutCells(&window).isEmpty(), qPrintable(cutCells(&window).join(QLatin1Char('\n'))));
}

void TestTabsSurface::roundTrip_leavesTheTabAsItWas_data()
{
    tabsAndLanguages();
}

void TestTabsSurface::roundTrip_leavesTheTabAsItWas()
{
    QFETCH(QString, language);
    QFETCH(QString, tab);
    open(language, tab);
    const QImage before = m_window->grab().toImage();

    const QString other = language == QLatin1String("en") ? QStringLiteral("az") : QStringLiteral("en");
    find<QAction>(qPrintable(QStringLiteral("language_") + other))->trigger();
    settle();
    find<QAction>(qPrintable(QStringLiteral("language_") + language))->trigger();
    settle();
    // Every choice of the tab (chart kind, measure, …) there and back, from the keyboard.
    for (QComboBox *combo : page()->findChildren<QComboBox *>()) {
        if (!combo->isVisible() || !combo->isEnabled() || combo->isEditable() || combo->count() < 2)
            continue;
        const int index = combo->currentIndex();
        QTest::keyClick(combo, index + 1 < combo->count() ? Qt::Key_Down : Qt::Key_Up);
        settle();
        QVERIFY(combo->currentIndex() != index);
        QTest::keyClick(combo, index + 1 < combo->count() ? Qt::Key_Up : Qt::Key_Down);
        settle();
        QCOMPARE(combo->currentIndex(), index);
    }
    const QImage after = m_window->grab().toImage();
    if (after != before) {
        int differing = 0;
        QRect where;
        for (int y = 0; y < std::min(before.height(), after.height()); ++y) {
            for (int x = 0; x < std::min(before.width(), after.width()); ++x) {
                if (before.pixel(x, y) != after.pixel(x, y)) {
                    ++differing;
                    where |= QRect(x, y, 1, 1);
                }
            }
        }
        const QString stem = QDir::temp().filePath(QStringLiteral("roundtrip-%1-%2").arg(language, tab));
        before.save(stem + QStringLiteral("-before.png"));
        after.save(stem + QStringLiteral("-after.png"));
        QFAIL(qPrintable(QStringLiteral("%1 pixels differ after the round trip, within %2,%3 %4×%5 (sizes %6×%7 and "
                                        "%8×%9)")
                             .arg(differing)
                             .arg(where.x())
                             .arg(where.y())
                             .arg(where.width())
                             .arg(where.height())
                             .arg(before.width())
                             .arg(before.height())
                             .arg(after.width())
                             .arg(after.height())));
    }
}

void TestTabsSurface::surface_nothingCutAtAnySize_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(720, 520), QSize(1100, 760), QSize(1600, 1000)}) {
        for (const char *language : Languages) {
            for (const char *tab : Tabs)
                QTest::addRow("%s-%s-%dx%d", language, tab, size.width(), size.height())
                    << QString::fromLatin1(language) << QString::fromLatin1(tab) << size;
        }
    }
}

void TestTabsSurface::surface_nothingCutAtAnySize()
{
    QFETCH(QString, language);
    QFETCH(QString, tab);
    QFETCH(QSize, size);
    open(language, tab);
    m_window->resize(size);
    settle();
    if (m_window->size() != size) { // the window cannot be that small: say which page holds it
        QStringList pages;
        auto *tabs = find<QTabWidget>("tabs");
        for (int i = 0; i < tabs->count(); ++i) {
            const QSize least = tabs->widget(i)->minimumSizeHint();
            pages.append(
                QStringLiteral("%1 %2×%3").arg(tabs->widget(i)->objectName()).arg(least.width()).arg(least.height()));
        }
        QFAIL(qPrintable(QStringLiteral("the window is %1×%2; the pages need at least %3")
                             .arg(m_window->width())
                             .arg(m_window->height())
                             .arg(pages.join(QStringLiteral(", ")))));
    }
    const QStringList problems = surfaceProblems(m_window.get());
    if (!problems.isEmpty())
        QFAIL(qPrintable(QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TestTabsSurface)
#include "tst_tabs_surface.moc"
