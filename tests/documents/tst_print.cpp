// Printing from the window, read back from the PDF the print dialog writes: a light page in a
// dark desktop theme, half-inch margins, the preview at fit-to-width, the page setup kept.
#include "support/testsupport.h"
#include "support/visibletexts.h"
#include "support/windowfixture.h"
#include "ui/documents/printing.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>

using namespace azkz;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    palette.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::Button, QColor(0x30, 0x30, 0x34));
    return palette;
}

struct Word {
    QString text;
    QRectF box; // points
};

// Every word of page 1 with its box, as poppler reads it.
QList<Word> wordBoxes(const QString &pdf)
{
    const QString html = test::runTool(QStringLiteral("pdftotext"),
        {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
            pdf, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QList<Word> words;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        words.append({m.captured(5),
            QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
    }
    return words;
}

// Page 1 rendered at 144 dpi: two pixels a point.
QImage renderedPage(const QString &pdf, const QString &prefix)
{
    test::runTool(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("144"), QStringLiteral("-f"), QStringLiteral("1"),
            QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

// The darkest lightness inside a word's box: the colour of its text on the page.
int darkest(const QImage &page, const QRectF &points)
{
    const QRect box = QRectF(points.topLeft() * 2, points.bottomRight() * 2).toAlignedRect() & page.rect();
    int result = 255;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x)
            result = std::min(result, page.pixelColor(x, y).lightness());
    }
    return result;
}

} // namespace

class TestPrint : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup()
    {
        closeWindow();
        qApp->setPalette(QPalette());
    }
    void printTradeInDarkTheme_pageIsLightWithHalfInchMargins();
    void printPreview_opensAtFitToWidth_andPageSetupIsRemembered();
    void printOverviewInDarkTheme_textIsDark();
    void printLongSeries_followsTheViewAndYears();
    void printMissions_everyMissionOnWrittenPages();
    void printOverviewAndMissions_arePagedAsTheReport();

private:
    // Ctrl+P on the current tab, then Print in the preview and a PDF file in the print dialog;
    // inPreview runs on the preview first.
    void printToPdf(const QString &path, const std::function<void(QPrintPreviewDialog *)> &inPreview = {});
};

void TestPrint::printToPdf(const QString &path, const std::function<void(QPrintPreviewDialog *)> &inPreview)
{
    bool printed = false;
    test::whenModal([&](QWidget *modal) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(modal);
        QVERIFY(preview);
        if (inPreview)
            inPreview(preview);
        test::whenModal([&](QWidget *inner) {
            auto *dialog = qobject_cast<QPrintDialog *>(inner);
            QVERIFY(dialog);
            // With no printer installed, the dialog offers "Print to File (PDF)" with a file name.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("filename"));
            QVERIFY(name);
            name->setText(path);
            printed = true;
            dialog->accept();
        });
        QAction *print = test::actionWithText(preview, QCoreApplication::translate("QPrintPreviewDialog", "Print"));
        QVERIFY(print);
        print->trigger();
    });
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(printed);
    QVERIFY(QFile::exists(path));
}

void TestPrint::printTradeInDarkTheme_pageIsLightWithHalfInchMargins()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    qApp->setPalette(darkPalette());
    QCoreApplication::processEvents();
    const QString path = m_dir.filePath(QStringLiteral("trade.pdf"));
    printToPdf(path);
    QCOMPARE(test::pdfPageCount(path), 1);

    const QList<Word> words = wordBoxes(path);
    const QImage page = renderedPage(path, m_dir.filePath(QStringLiteral("trade")));
    QVERIFY(!page.isNull());
    // The table's figures, its header and the source line under it are dark on white.
    int checked = 0;
    QRectF inked;
    for (const Word &word : words) {
        inked |= word.box;
        if (word.text == QLatin1String("142,027.45") || word.text == QLatin1String("Exports")
            || word.text == QLatin1String("Source:") || word.text == QLatin1String("Year")) {
            QVERIFY2(darkest(page, word.box) < 90,
                qPrintable(QStringLiteral("%1: lightness %2").arg(word.text).arg(darkest(page, word.box))));
            ++checked;
        }
    }
    QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
    // The paper around the text is white.
    QCOMPARE(page.pixelColor(page.width() / 2, 4).lightness(), 255);

    // Margins: nothing printed within 12.7 mm (36 points) of the page's edges.
    const QSizeF paper(page.width() / 2.0, page.height() / 2.0);
    QVERIFY2(inked.left() >= 36 && inked.top() >= 36,
        qPrintable(QStringLiteral("%1 %2").arg(inked.left()).arg(inked.top())));
    QVERIFY(inked.right() <= paper.width() - 36 && inked.bottom() <= paper.height() - 36);

    // The source line is at the table's size, not a footnote's.
    qreal tableHeight = 0, sourceHeight = 0;
    for (const Word &word : words) {
        if (word.text == QLatin1String("142,027.45"))
            tableHeight = word.box.height();
        if (word.text == QLatin1String("Source:"))
            sourceHeight = word.box.height();
    }
    QVERIFY2(sourceHeight >= 0.9 * tableHeight && sourceHeight >= 7,
        qPrintable(QStringLiteral("%1 %2").arg(sourceHeight).arg(tableHeight)));
    // The header of a numeric column ends where its numbers end (right-aligned).
    const auto right = [&words](const QString &text) { // the last one: the table's, below the chart's legend
        qreal result = -1;
        for (const Word &word : words) {
            if (word.text == text)
                result = word.box.right();
        }
        return result;
    };
    QVERIFY(right(QStringLiteral("142,027.45")) > 0);
    QVERIFY2(std::abs(right(QStringLiteral("Turnover")) - right(QStringLiteral("142,027.45"))) < 2,
        qPrintable(
            QStringLiteral("%1 %2").arg(right(QStringLiteral("Turnover"))).arg(right(QStringLiteral("142,027.45")))));
    // No ligature code points: "figures" is searchable as typed.
    QVERIFY(!test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).contains(QChar(0xFB01)));
}

void TestPrint::printPreview_opensAtFitToWidth_andPageSetupIsRemembered()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    QPrintPreviewWidget::ZoomMode mode = QPrintPreviewWidget::CustomZoom;
    bool fitWidthChecked = false; // the tool bar says so too
    QMarginsF margins;
    test::whenModal([&](QWidget *modal) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(modal);
        QVERIFY(preview);
        mode = preview->findChild<QPrintPreviewWidget *>()->zoomMode();
        fitWidthChecked = preview->findChild<QAction *>(QStringLiteral("fitWidthAction"))->isChecked();
        margins = preview->printer()->pageLayout().margins(QPageLayout::Millimeter);
        // The user turns the page to portrait and picks Letter.
        preview->printer()->setPageOrientation(QPageLayout::Portrait);
        preview->printer()->setPageSize(QPageSize(QPageSize::Letter));
        preview->reject();
    });
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(mode, QPrintPreviewWidget::FitToWidth);
    QVERIFY(fitWidthChecked);
    QVERIFY2(margins.left() >= MinimumPrintMargin && margins.top() >= MinimumPrintMargin
            && margins.right() >= MinimumPrintMargin && margins.bottom() >= MinimumPrintMargin,
        qPrintable(QStringLiteral("%1 %2 %3 %4")
                       .arg(margins.left())
                       .arg(margins.top())
                       .arg(margins.right())
                       .arg(margins.bottom())));

    // The next printout starts from what was chosen.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    std::optional<QPageLayout::Orientation> orientation;
    QPageSize size;
    test::whenModal([&](QWidget *modal) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(modal);
        QVERIFY(preview);
        orientation = preview->printer()->pageLayout().orientation();
        size = preview->printer()->pageLayout().pageSize();
        preview->reject();
    });
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(orientation);
    QCOMPARE(*orientation, QPageLayout::Portrait);
    QVERIFY2(size.isEquivalentTo(QPageSize(QPageSize::Letter)), qPrintable(size.name()));

    // A settings file damaged to a 3 x 3 mm paper with 500 mm margins: A4, with room to print.
    const QString kind = QStringLiteral("print/trade"); // the Trade tab's page setup
    QVERIFY(settings().contains(kind + QStringLiteral("/paperSize")));
    settings().setValue(kind + QStringLiteral("/paperSize"), QSizeF(3, 3));
    settings().setValue(kind + QStringLiteral("/margins"), QRectF(500, 500, 500, 500));
    QRectF printable;
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    test::whenModal([&](QWidget *modal) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(modal);
        QVERIFY(preview);
        size = preview->printer()->pageLayout().pageSize();
        printable = preview->printer()->pageLayout().paintRect(QPageLayout::Millimeter);
        preview->reject();
    });
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(!printable.isNull()); // the preview was opened
    QVERIFY2(size.isEquivalentTo(QPageSize(QPageSize::A4)), qPrintable(size.name()));
    QVERIFY2(printable.width() >= 100 && printable.height() >= 100,
        qPrintable(QStringLiteral("%1 x %2 mm").arg(printable.width()).arg(printable.height())));
}

void TestPrint::printLongSeries_followsTheViewAndYears()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    qApp->setPalette(darkPalette());
    auto *view = find<QComboBox>("tradeView");
    view->setCurrentIndex(3); // the article's table, each side's figures, then the mirror view
    emit view->activated(3);
    find<QSpinBox>("tradeFrom")->setValue(2010);
    find<QSpinBox>("tradeTo")->setValue(2015);
    QCoreApplication::processEvents();
    const QString path = m_dir.filePath(QStringLiteral("mirror.pdf"));
    printToPdf(path);
    const QString text = test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
    QVERIFY2(text.contains(QStringLiteral("Mirror view")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("2010")) && text.contains(QStringLiteral("2015")));
    QVERIFY(!text.contains(QStringLiteral("2020"))); // the years chosen, not all of them
    QVERIFY(text.contains(QStringLiteral("International Monetary Fund")));
    // Dark text on white paper, whatever the palette.
    const QImage page = renderedPage(path, m_dir.filePath(QStringLiteral("mirror")));
    QCOMPARE(page.pixelColor(page.width() / 2, 4).lightness(), 255);
    int checked = 0;
    for (const Word &word : wordBoxes(path)) {
        if (word.text == QLatin1String("Mirror")) {
            QVERIFY(darkest(page, word.box) < 110);
            ++checked;
        }
    }
    QVERIFY(checked >= 1);
}

void TestPrint::printOverviewInDarkTheme_textIsDark()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("overview")});
    qApp->setPalette(darkPalette());
    QCoreApplication::processEvents();
    const QString path = m_dir.filePath(QStringLiteral("overview.pdf"));
    printToPdf(path);
    const QList<Word> words = wordBoxes(path);
    const QImage page = renderedPage(path, m_dir.filePath(QStringLiteral("overview")));
    int checked = 0;
    for (const Word &word : words.mid(0, 40)) {
        if (word.text.size() < 4)
            continue;
        QVERIFY2(darkest(page, word.box) < 110,
            qPrintable(QStringLiteral("%1: lightness %2").arg(word.text).arg(darkest(page, word.box))));
        ++checked;
    }
    QVERIFY(checked >= 10);
}

// Ctrl+P on the Diplomatic missions tab (it was disabled there): every mission with its dates,
// heads and sources, in the interface's language, on pages that each carry text.
void TestPrint::printMissions_everyMissionOnWrittenPages()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("missions")});
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("print"))->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("missions.pdf"));
    printToPdf(path);
    const QStringList pages = test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                                  .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY(!pages.isEmpty());
    for (const QString &page : pages)
        QVERIFY2(page.simplified().size() > 40, qPrintable(page));
    const QString text = pages.join(QLatin1Char(' ')).simplified();
    for (const QString &part : {QStringLiteral("Azərbaycanın Qazaxıstandakı səfirliyi"),
             QStringLiteral("Qazaxıstanın Azərbaycandakı səfirliyi"), QStringLiteral("Aktaudakı baş konsulluğu"),
             QStringLiteral("“Aran” xəbər agentliyi, 8 sentyabr 2008"), QStringLiteral("Əlim Bayel")})
        QVERIFY2(text.contains(part), qPrintable(part));
    QVERIFY(!text.contains(QStringLiteral("Embassy")));
}

// The overview and the missions on paper as the briefing is: each page under the title and
// numbered "page N of M", no heading the last line of a page (one ended a page alone).
void TestPrint::printOverviewAndMissions_arePagedAsTheReport()
{
    for (const char *tab : {"overview", "missions"}) {
        openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QLatin1String(tab)});
        const QString path = m_dir.filePath(QLatin1String(tab) + QStringLiteral(".pdf"));
        printToPdf(path);
        const QStringList pages
            = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")})
                  .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY2(pages.size() >= 2, tab);
        QStringList headings; // the article's sections, the missions' names: the document's headings
        if (QByteArray(tab) == "overview") {
            const auto *contents = find<QAbstractItemView>("contentsList");
            for (int row = 0; row < contents->model()->rowCount(); ++row)
                headings.append(contents->model()->index(row, 0).data().toString());
            headings.append(QStringLiteral("Key facts"));
        } else {
            headings = {QStringLiteral("Heads of mission, the latest known first")};
        }
        // Each heading a line of its own ("Key facts" ended the source's line).
        const QString text = pages.join(QLatin1Char('\n'));
        for (const QString &heading : std::as_const(headings))
            QVERIFY2(text.contains(QRegularExpression(
                         QStringLiteral("(^|\\n) *%1 *\\n").arg(QRegularExpression::escape(heading)))),
                qPrintable(heading));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QStringList lines = pages.at(i).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            lines.removeIf([](const QString &line) { return line.trimmed().isEmpty(); });
            QVERIFY(lines.size() >= 3);
            const QString footer = QStringLiteral("page %1 of %2").arg(i + 1).arg(pages.size());
            QVERIFY2(lines.last().trimmed() == footer, qPrintable(lines.last()));
            const QString lastLine = lines.at(lines.size() - 2).trimmed();
            QVERIFY2(!headings.contains(lastLine),
                qPrintable(QStringLiteral("page %1 ends with %2").arg(i + 1).arg(lastLine)));
        }
    }
}

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
