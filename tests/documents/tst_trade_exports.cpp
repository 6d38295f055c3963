// Every way the trade figures leave the program, from the window: PNG, SVG, PDF, CSV, the
// clipboard, print and the briefing report, each read back; failed writes leave nothing.
#include "core/io/atomicfile.h"
#include "core/trade/trademodel.h"
#include "support/testsupport.h"
#include "support/windowfixture.h"
#include "ui/documents/chartexport.h"
#include "ui/documents/reportwriter.h"
#include "ui/documents/tradechart.h"
#include "ui/trade/tradepage.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSpinBox>
#include <QTableView>
#include <QXmlStreamReader>

using namespace azkz;

namespace {
TradePage *tradePage(const MainWindow &window)
{
    return window.findChild<TradePage *>();
}
} // namespace

class TestExports : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void exportPngFromWindow_writesChosenSize();
    void exportPngFromWindow_sizeIsThePixelsWritten();
    void exportSvg_keepsYearLabelsAndRealFont();
    void exportPdf_isVectorWithText();
    void exportCsvFromWindow_equalsModel();
    void exportCsvByShortcut_beforeTheTradeTabIsBuilt();
    void copyChart_putsImageOnClipboard();
    void print_drawsChartTableAndSourceOnOnePage();
    void exportReportFromWindow_isPaginatedInCurrentLanguage();
    void failedWrite_namesPathAndLeavesNothing();
    void failedWriteFromWindow_showsMessage();

private:
    TradePage *page() const { return tradePage(*m_window); }
    TradeChart *chart() const { return page()->chart(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
};

void TestExports::exportPngFromWindow_sizeIsThePixelsWritten()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    const QString path = m_dir.filePath(QStringLiteral("small.png"));
    test::answerSaveDialog(path);
    int shownWidth = 0;
    test::whenModal([&shownWidth](QWidget *modal) {
        auto *width = modal->findChild<QSpinBox *>(QStringLiteral("exportWidth"));
        auto *height = modal->findChild<QSpinBox *>(QStringLiteral("exportHeight"));
        auto *ratio = modal->findChild<QSpinBox *>(QStringLiteral("exportRatio"));
        shownWidth = width->value(); // the default, in the file's pixels
        // Typed as a user does.
        width->selectAll();
        QTest::keyClicks(width, QStringLiteral("400"));
        height->selectAll();
        QTest::keyClicks(height, QStringLiteral("300"));
        ratio->selectAll();
        QTest::keyClicks(ratio, QStringLiteral("3"));
        static_cast<QDialog *>(modal)->accept();
    });
    action("exportChart")->trigger();
    QCOMPARE(shownWidth, 2400);
    QCOMPARE(QImage(path).size(), QSize(400, 300)); // as --size 400x300 --scale 3 writes it
}

void TestExports::exportPngFromWindow_writesChosenSize()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    test::answerSaveDialog(path);
    test::whenModal([](QWidget *modal) {
        QCOMPARE(modal->objectName(), QStringLiteral("exportSizeDialog"));
        static_cast<QDialog *>(modal)->accept(); // the default: 1200 × 700 at ratio 2
    });
    action("exportChart")->trigger();
    QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(QDir(m_dir.path()).entryList().join(QLatin1Char(' '))));
    QCOMPARE(image.size(), QSize(2400, 1400));
    int exportsBlue = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            exportsBlue += image.pixelColor(x, y) == QColor(0x00, 0x6f, 0x94);
    QVERIFY2(exportsBlue > 500, qPrintable(QString::number(exportsBlue)));
}

void TestExports::exportSvg_keepsYearLabelsAndRealFont()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("trade")});
    const TradeModel *model = page()->findChild<TradeModel *>();
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    ChartOutput output;
    output.size = QSize(1000, 600);
    const SharedDataset dataset = test::shared(*loadDataset(embeddedDatasetPath()).dataset);
    QVERIFY(exportChart(dataset, *model, path, ExportFormat::Svg, output).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader svg(&file);
    QStringList texts, families;
    while (!svg.atEnd()) {
        if (svg.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (svg.name() == QLatin1String("g") && svg.attributes().hasAttribute(QLatin1String("font-family")))
            families.append(svg.attributes().value(QLatin1String("font-family")).toString());
        if (svg.name() == QLatin1String("text"))
            texts.append(svg.readElementText().trimmed());
    }
    QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
    for (const char *year : {"2020", "2021", "2022"})
        QVERIFY2(texts.contains(QLatin1String(year)), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("600.000")));
    QVERIFY(texts.contains(QStringLiteral("Qazaxıstan ölkəsinə ixrac")));
    QVERIFY(!families.isEmpty());
    families.removeIf([](const QString &f) { return f.contains(QLatin1String("DejaVu Sans")); });
    QVERIFY2(families.isEmpty(), qPrintable(families.join(QLatin1Char('|'))));
}

void TestExports::exportPdf_isVectorWithText()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    test::answerSaveDialog(path);
    action("exportChart")->trigger();
    QCOMPARE(test::pdfPageCount(path), 1);
    const QString text = test::pdfText(path);
    for (const char *expected :
        {"Trade between Azerbaijan and Kazakhstan", "2020", "2022", "600,000", "Exports", "CC BY-SA 4.0"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QVERIFY(QFileInfo(path).size() < 200 * 1024); // vectors and text, not a bitmap
}

void TestExports::exportCsvFromWindow_equalsModel()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("trade")});
    const QString path = m_dir.filePath(QStringLiteral("trade.csv"));
    test::answerSaveDialog(path);
    action("exportCsv")->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // One tidy table, header first: the article's exports and imports of three years.
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.at(0),
        QStringLiteral("year,reporter,partner,flow,valuation,value_as_printed,printed_unit,value,unit,"
                       "flag,source,source_address,licence"));
    const QAbstractItemModel *model = m_window->findChild<QTableView *>(QStringLiteral("tradeTable"))->model();
    for (int row = 0; row < 3; ++row) {
        for (const int flow : {0, 1}) { // exports, imports: the table's columns 1 and 2
            const QStringList cells = lines.at(1 + 2 * row + flow).split(QLatin1Char(','));
            QCOMPARE(cells.at(0).toInt(), model->index(row, 0).data(Qt::UserRole + 2).toInt());
            QCOMPARE(cells.mid(1, 4),
                (QStringList{QStringLiteral("Azərbaycan"), QStringLiteral("Qazaxıstan"),
                    flow == 0 ? QStringLiteral("exports") : QStringLiteral("imports"), QStringLiteral("unstated")}));
            QCOMPARE(cells.at(7).toDouble(), model->index(row, 1 + flow).data(Qt::UserRole + 2).toDouble());
        }
    }
    // As the article printed it, its footnote and licence named.
    QVERIFY2(lines.at(6).startsWith(QStringLiteral("2022,Azərbaycan,Qazaxıstan,imports,unstated,494437.25,thousand-usd,"
                                                   "494437.25,thousand-usd,,")),
        qPrintable(lines.at(6)));
    QVERIFY2(lines.at(6).endsWith(QStringLiteral("istinadlar [11]\",https://az.wikipedia.org/wiki/"
                                                 "Azərbaycan–Qazaxıstan_münasibətləri,CC BY-SA 4.0")),
        qPrintable(lines.at(6)));
}

void TestExports::exportCsvByShortcut_beforeTheTradeTabIsBuilt()
{
    // The Trade page is built when first needed; its commands are in the File menu from the start.
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("overview")});
    QVERIFY(!page());
    QVERIFY(action("exportCsv")->isEnabled());
    auto *file = m_window->findChild<QMenu *>();
    QVERIFY(file->actions().contains(action("exportCsv")));
    const QString path = m_dir.filePath(QStringLiteral("early.csv"));
    test::answerSaveDialog(path);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly | QIODevice::Text));
    QCOMPARE(QString::fromUtf8(written.readAll()).count(QLatin1Char('\n')), 7); // the header, 3 years of 2 flows
    QVERIFY(page());
    QCOMPARE(m_window->currentTab(), Tab::Overview); // the user stays where they were
}

void TestExports::copyChart_putsImageOnClipboard()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    QApplication::clipboard()->clear();
    action("copyChart")->trigger();
    const QImage image = QApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1200);
}

void TestExports::print_drawsChartTableAndSourceOnOnePage()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    // Through the window: Ctrl+P opens the preview, which asks the page to paint.
    bool painted = false;
    test::whenModal([&painted](QWidget *modal) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(modal);
        painted = preview != nullptr;
        modal->close();
    });
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(painted);
    // The same painting onto a PDF printer, read back.
    const QString path = m_dir.filePath(QStringLiteral("print.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    const SharedDataset dataset = test::shared(*loadDataset(embeddedDatasetPath()).dataset);
    printTradePage(printer, dataset, *page()->findChild<TradeModel *>(), chart()->settings());
    QCOMPARE(test::pdfPageCount(path), 1);
    const QString text = test::pdfText(path);
    for (const char *expected : {"Trade between Azerbaijan", "598,468.6", "-390,405.90", "+340.7 %",
             "references [9] [10] [11]", "The figures are Azerbaijan's"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
}

void TestExports::exportReportFromWindow_isPaginatedInCurrentLanguage()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("trade")});
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    test::answerSaveDialog(path);
    action("exportReport")->trigger();
    const int pages = test::pdfPageCount(path);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    const QString text = test::pdfText(path);
    for (const char *expected :
        {"Azərbaycan–Qazaxıstan münasibətləri", "Əsas faktlar", "Diplomatik nümayəndəliklər", "Xronologiya", "Ticarət",
            "Mənbələr və lisenziya", "30 avqust 1992", "Bakı, Nəcəfqulu Rəfiyev küç., 14", "598.468,6", "CC BY-SA 4.0"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // "page N of M" at the foot of each page.
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    for (int i = 0; i < pages; ++i) {
        const QString footer = QCoreApplication::translate("azkz::ReportLayout", "page %1 of %2").arg(i + 1).arg(pages);
        // (pdftotext's reading order may put a note drawn beside a chart after it; tst_report
        // checks the footer's place on the page in layout mode.)
        QVERIFY2(test::containsInOrder(QString(pageTexts.at(i)).remove(QLatin1Char(' ')).right(footer.size() + 40),
                     QString(footer).remove(QLatin1Char(' '))),
            qPrintable(pageTexts.at(i).right(40)));
    }
}

void TestExports::failedWrite_namesPathAndLeavesNothing()
{
    const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    const SharedDataset dataset = test::shared(*loadDataset(embeddedDatasetPath()).dataset);
    const TradeModel model(dataset, Language::English);
    const ExportResult result = exportChart(dataset, model, missingFolder, ExportFormat::Png, ChartOutput());
    QCOMPARE(result.error, ExportResult::Error::WriteFailed);
    const QString error = result.message;
    QVERIFY2(error.contains(missingFolder) && error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(missingFolder));
    const ExportResult folder = exportReport(dataset, Language::English, m_dir.path());
    QVERIFY(folder.error == ExportResult::Error::WriteFailed && folder.message.contains(QLatin1String("is a folder")));

    // A failure half-way keeps the previous file whole, and leaves no temporary file.
    const QString existing = m_dir.filePath(QStringLiteral("kept.csv"));
    QVERIFY(writeAtomically(existing, [](QIODevice &d) { return d.write("old\n") == 4; }).isEmpty());
    const QString failed = writeAtomically(existing, [](QIODevice &d) {
        d.write("half of the new content");
        return false;
    });
    QVERIFY(failed.contains(existing));
    QFile kept(existing);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old\n"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("kept")),
        QStringList{QStringLiteral("kept.csv")});
}

void TestExports::failedWriteFromWindow_showsMessage()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    // The folder disappears between choosing the file and writing it (a USB stick pulled out).
    const QString folder = m_dir.filePath(QStringLiteral("stick"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/trade.csv");
    test::whenModal([path, folder](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        dialog->setDirectory(folder);
        dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(QStringLiteral("trade.csv"));
        QMetaObject::invokeMethod(dialog, "accept");
        QVERIFY(QDir(folder).removeRecursively());
    });
    QString shown;
    test::whenModal([&shown](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        shown = box->text();
        box->accept();
    });
    action("exportCsv")->trigger();
    QVERIFY2(shown.contains(path) && shown.contains(QLatin1String("does not exist")), qPrintable(shown));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExports)
#include "tst_trade_exports.moc"
