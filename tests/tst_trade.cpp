// The Trade tab as a user meets it: the chart and the table from one model, the views,
// legend and hover, and every way out of the program (PNG, SVG, PDF, CSV, print,
// clipboard, report), with failed writes leaving nothing behind.
#include "atomicfile.h"
#include "chartexport.h"
#include "commandline.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "reportwriter.h"
#include "startup.h"
#include "testsupport.h"
#include "tradechart.h"
#include "trademodel.h"
#include "tradepage.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QValueAxis>
#include <QXmlStreamReader>

using namespace azkz;

namespace {
// Runs act on the next modal dialog once it is shown (a file dialog, a message box).
void whenModal(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

void answerFileDialog(const QString &path)
{
    whenModal([path](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        // What a user does: go to the folder, type the name, press Save.
        dialog->setDirectory(QFileInfo(path).absolutePath());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(QFileInfo(path).fileName());
        QMetaObject::invokeMethod(dialog, "accept");
    });
}

QList<qreal> barValues(QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}
} // namespace

class TestTrade : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void chart_readsTheTableModel();
    void kindAndMeasure_changeTheChart();
    void legendClick_hidesAndShowsSeries();
    void hover_showsYearSeriesAndExactValue();
    void emptyChartClick_doesNotCrash();
    void languageSwitch_retranslatesChartAndTable();
    void darkPalette_givesDarkChart();
    void exportPngFromWindow_writesChosenSize();
    void exportSvg_keepsYearLabelsAndRealFont();
    void exportPdf_isVectorWithText();
    void exportCsvFromWindow_equalsModel();
    void copyChart_putsImageOnClipboard();
    void print_drawsChartTableAndSourceOnOnePage();
    void exportReportFromWindow_isPaginatedInCurrentLanguage();
    void failedWrite_namesPathAndLeavesNothing();
    void failedWriteFromWindow_showsMessage();

private:
    void open(const QString &language);
    TradePage *page() const { return m_window->findChild<TradePage *>(); }
    TradeChart *chart() const { return page()->chart(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestTrade::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_languages = std::make_unique<LanguageManager>();
}

void TestTrade::cleanup()
{
    m_window.reset();
    m_languages.reset();
    m_settings.reset();
}

void TestTrade::open(const QString &language)
{
    const CommandLine commandLine = parseCommandLine({QStringLiteral("azkz-relations"), QStringLiteral("--lang"),
        language, QStringLiteral("--tab"), QStringLiteral("trade")});
    QString errors;
    QTextStream err(&errors);
    m_window = createMainWindow(commandLine, *m_languages, *m_settings, err);
    m_window->resize(1100, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow(); // shortcuts reach the active window only
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCoreApplication::processEvents();
}

void TestTrade::chart_readsTheTableModel()
{
    open(QStringLiteral("en"));
    const QAbstractItemModel *table = m_window->findChild<QTableView *>(QStringLiteral("tradeTable"))->model();
    const auto sets = chart()->findChildren<QBarSet *>();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0)->label(), QStringLiteral("Exports"));
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(sets.at(0)->at(row), table->index(row, 1).data(Qt::UserRole + 2).toDouble());
        QCOMPARE(sets.at(1)->at(row), table->index(row, 2).data(Qt::UserRole + 2).toDouble());
    }
    QCOMPARE(table->index(2, 5).data().toString(), QStringLiteral("+340.7 %"));
    QCOMPARE(table->index(0, 5).data().toString(), QStringLiteral("—"));
    auto *axis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).first());
    QCOMPARE(axis->titleText(), QStringLiteral("thousand US dollars"));
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), 800000.0); // a round top above 598,468.6
    QCOMPARE(axis->tickInterval(), 200000.0);
}

void TestTrade::kindAndMeasure_changeTheChart()
{
    open(QStringLiteral("en"));
    auto *kind = m_window->findChild<QComboBox *>(QStringLiteral("chartKind"));
    auto *measure = m_window->findChild<QComboBox *>(QStringLiteral("chartMeasure"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // stacked bars
    QVERIFY(chart()->findChild<QStackedBarSeries *>());
    QTest::keyClick(kind, Qt::Key_Down); // lines
    QCOMPARE(chart()->findChildren<QLineSeries *>().size(), 3);
    QVERIFY(chart()->findChildren<QBarSet *>().isEmpty());
    QTest::keyClick(measure, Qt::Key_Down); // shares of turnover
    const auto lines = chart()->findChildren<QLineSeries *>();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(qRound(lines.at(0)->at(2).y() * 100), 1738); // 104,031.35 of 598,468.6 = 17.38 %
    auto *axis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).first());
    QCOMPARE(axis->max(), 100.0);
    QCOMPARE(axis->titleText(), QStringLiteral("Share of turnover, %"));
}

void TestTrade::legendClick_hidesAndShowsSeries()
{
    open(QStringLiteral("en"));
    QLegendMarker *imports = nullptr;
    for (QLegendMarker *marker : chart()->legend()->markers())
        if (marker->label() == QLatin1String("Imports"))
            imports = marker;
    QVERIFY(imports);
    emit imports->clicked(); // what the legend emits when the marker is clicked
    QTRY_VERIFY(!chart()->settings().shown[TradeChart::ImportsSeries]);
    QCOMPARE(barValues(chart()->findChildren<QBarSet *>().at(1)), (QList<qreal>{0, 0, 0}));
    for (QLegendMarker *marker : chart()->legend()->markers())
        if (marker->label() == QLatin1String("Turnover"))
            emit marker->clicked();
    QTRY_VERIFY(!chart()->settings().shown[TradeChart::TurnoverSeries]);
    QVERIFY(!chart()->findChild<QLineSeries *>()->isVisible());
    auto *axis = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).first());
    QCOMPARE(axis->max(), 150000.0); // rescaled to the exports, all that is left
    QCOMPARE(chart()->legend()->markers().size(), 3); // hidden series keep their markers, to be clicked again
    for (QLegendMarker *marker : chart()->legend()->markers())
        if (marker->label() == QLatin1String("Imports"))
            emit marker->clicked();
    QTRY_VERIFY(chart()->settings().shown[TradeChart::ImportsSeries]);
    QCOMPARE(chart()->findChildren<QBarSet *>().at(1)->at(2), 494437.25);
}

void TestTrade::hover_showsYearSeriesAndExactValue()
{
    open(QStringLiteral("en"));
    auto *view = m_window->findChild<QChartView *>(QStringLiteral("tradeChart"));
    QLineSeries *turnover = chart()->findChild<QLineSeries *>();
    const QPointF point = chart()->mapToPosition(QPointF(2, 598468.6), turnover);
    QTest::mouseMove(view->viewport(), view->mapFromScene(chart()->mapToScene(point)));
    QTRY_COMPARE(chart()->hoverText(), QStringLiteral("2022 · Turnover: 598,468.60 thousand US dollars"));
    // The exports bar of 2021 is the left half of its category.
    const QPointF bar = chart()->mapToPosition(QPointF(1 - 0.15, 20000), chart()->series().first());
    QTest::mouseMove(view->viewport(), view->mapFromScene(chart()->mapToScene(bar)));
    QTRY_COMPARE(
        chart()->hoverText(), QStringLiteral("2021 · Exports: 39,893.97 thousand US dollars (29.4 % of turnover)"));
}

void TestTrade::emptyChartClick_doesNotCrash()
{
    open(QStringLiteral("en"));
    auto *view = m_window->findChild<QChartView *>(QStringLiteral("tradeChart"));
    // Nothing under the cursor: Qt 6.4.2 dereferences null here unless the click is handled (QTBUG-118669).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    QTest::mouseClick(view->viewport(), Qt::RightButton, {}, QPoint(view->width() - 5, 5));
    QVERIFY(view->isVisible());
}

void TestTrade::languageSwitch_retranslatesChartAndTable()
{
    open(QStringLiteral("en"));
    m_window->findChild<QAction *>(QStringLiteral("language_az"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(chart()->title(), QStringLiteral("Azərbaycan ilə Qazaxıstan arasında ticarət (Azərbaycan məlumatları)"));
    QCOMPARE(chart()->findChildren<QBarSet *>().at(0)->label(), QStringLiteral("İxrac"));
    QCOMPARE(qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).first())->titleText(),
        QStringLiteral("min ABŞ dolları"));
    QCOMPARE(chart()->locale().language(), QLocale::Azerbaijani);
    auto *kind = m_window->findChild<QComboBox *>(QStringLiteral("chartKind"));
    QCOMPARE(kind->itemText(1), QStringLiteral("Yığılmış sütunlar"));
    QCOMPARE(action("exportChart")->text(), QStringLiteral("&Diaqramı ixrac et…"));
}

void TestTrade::darkPalette_givesDarkChart()
{
    open(QStringLiteral("en"));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, Qt::white);
    page()->setPalette(dark);
    QCoreApplication::processEvents();
    QVERIFY(chart()->isDark());
    QCOMPARE(chart()->theme(), QChart::ChartThemeDark);
    QVERIFY(chart()->backgroundBrush().color().lightness() < 128);
    page()->setPalette(QPalette(QColor(0xee, 0xee, 0xee)));
    QVERIFY(!chart()->isDark());
}

void TestTrade::exportPngFromWindow_writesChosenSize()
{
    open(QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    answerFileDialog(path);
    QTimer::singleShot(300, [] {
        whenModal([](QWidget *modal) {
            QCOMPARE(modal->objectName(), QStringLiteral("exportSizeDialog"));
            static_cast<QDialog *>(modal)->accept(); // the default: 1200 × 700 at ratio 2
        });
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

void TestTrade::exportSvg_keepsYearLabelsAndRealFont()
{
    open(QStringLiteral("az"));
    const TradeModel *model = page()->findChild<TradeModel *>();
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    ChartOutput output;
    output.size = QSize(1000, 600);
    const Dataset dataset = *loadDataset(embeddedDatasetPath()).dataset;
    QCOMPARE(exportChart(dataset, *model, path, ChartFormat::Svg, output), QString());
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
    QVERIFY(texts.contains(QStringLiteral("İxrac")));
    QVERIFY(!families.isEmpty());
    families.removeIf([](const QString &f) { return f.contains(QLatin1String("DejaVu Sans")); });
    QVERIFY2(families.isEmpty(), qPrintable(families.join(QLatin1Char('|'))));
}

void TestTrade::exportPdf_isVectorWithText()
{
    open(QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    answerFileDialog(path);
    action("exportChart")->trigger();
    QCOMPARE(test::pdfPageCount(path), 1);
    const QString text = test::pdfText(path);
    for (const char *expected :
        {"Trade between Azerbaijan and Kazakhstan", "2020", "2022", "600,000", "Exports", "CC BY-SA 4.0"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QVERIFY(QFileInfo(path).size() < 200 * 1024); // vectors and text, not a bitmap
}

void TestTrade::exportCsvFromWindow_equalsModel()
{
    open(QStringLiteral("az"));
    const QString path = m_dir.filePath(QStringLiteral("trade.csv"));
    answerFileDialog(path);
    action("exportCsv")->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("# Mənbə: “Azərbaycan–Qazaxıstan münasibətləri”")));
    QVERIFY(lines.at(0).contains(QStringLiteral("[9] [10] [11]")));
    QCOMPARE(lines.at(2).split(QLatin1Char(',')).value(1), QStringLiteral("İxrac (min ABŞ dolları)"));
    const QAbstractItemModel *model = m_window->findChild<QTableView *>(QStringLiteral("tradeTable"))->model();
    for (int row = 0; row < 3; ++row) {
        const QStringList cells = lines.at(3 + row).split(QLatin1Char(','));
        for (int column = 0; column < 5; ++column)
            QCOMPARE(cells.at(column).toDouble(), model->index(row, column).data(Qt::UserRole + 2).toDouble());
    }
    QCOMPARE(lines.at(5), QStringLiteral("2022,104031.35,494437.25,598468.60,-390405.90,340.7"));
}

void TestTrade::copyChart_putsImageOnClipboard()
{
    open(QStringLiteral("en"));
    QApplication::clipboard()->clear();
    action("copyChart")->trigger();
    const QImage image = QApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1200);
}

void TestTrade::print_drawsChartTableAndSourceOnOnePage()
{
    open(QStringLiteral("en"));
    // Through the window: Ctrl+P opens the preview, which asks the page to paint.
    bool painted = false;
    whenModal([&painted](QWidget *modal) {
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
    const Dataset dataset = *loadDataset(embeddedDatasetPath()).dataset;
    printTradePage(printer, dataset, *page()->findChild<TradeModel *>(), chart()->settings());
    QCOMPARE(test::pdfPageCount(path), 1);
    const QString text = test::pdfText(path);
    for (const char *expected : {"Trade between Azerbaijan", "598,468.60", "-390,405.90", "+340.7 %",
             "references [9] [10] [11]", "The figures are Azerbaijan's"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
}

void TestTrade::exportReportFromWindow_isPaginatedInCurrentLanguage()
{
    open(QStringLiteral("az"));
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    answerFileDialog(path);
    action("exportReport")->trigger();
    const int pages = test::pdfPageCount(path);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    const QString text = test::pdfText(path);
    for (const char *expected : {"Azərbaycan–Qazaxıstan münasibətləri", "Əsas faktlar", "Diplomatik nümayəndəliklər",
             "Xronologiya", "Ticarət", "Mənbələr və lisenziya", "30 avqust 1992", "Bakı, Nəcəfqulu Rəfiyev küç., 14",
             "598.468,60", "CC BY-SA 4.0"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // Page numbers at the foot of each page.
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pageTexts.size(), pages);
    for (int i = 0; i < pages; ++i)
        QVERIFY2(pageTexts.at(i).trimmed().endsWith(QString::number(i + 1)), qPrintable(pageTexts.at(i).right(40)));
}

void TestTrade::failedWrite_namesPathAndLeavesNothing()
{
    const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    const Dataset dataset = *loadDataset(embeddedDatasetPath()).dataset;
    const TradeModel model(dataset, Language::English);
    const QString error = exportChart(dataset, model, missingFolder, ChartFormat::Png, ChartOutput());
    QVERIFY2(error.contains(missingFolder) && error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(missingFolder));
    QVERIFY(exportReport(dataset, Language::English, m_dir.path()).contains(QLatin1String("is a folder")));

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

void TestTrade::failedWriteFromWindow_showsMessage()
{
    open(QStringLiteral("en"));
    // The folder disappears between choosing the file and writing it (a USB stick pulled out).
    const QString folder = m_dir.filePath(QStringLiteral("stick"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/trade.csv");
    whenModal([path, folder](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        dialog->setDirectory(folder);
        dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(QStringLiteral("trade.csv"));
        QMetaObject::invokeMethod(dialog, "accept");
        QVERIFY(QDir(folder).removeRecursively());
    });
    QString shown;
    QTimer::singleShot(300, [&shown] {
        whenModal([&shown](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            shown = box->text();
            box->accept();
        });
    });
    action("exportCsv")->trigger();
    QVERIFY2(shown.contains(path) && shown.contains(QLatin1String("does not exist")), qPrintable(shown));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestTrade)
#include "tst_trade.moc"
