// The timeline as a picture and on paper, the way a user gets it: File > Export timeline…
// (PDF, SVG, PNG) of the events the filters show, Ctrl+P on the Timeline tab, and
// --export-timeline on the command line; each read back.
#include "core/load/datasetloader.h"
#include "support/programrun.h"
#include "support/testsupport.h"
#include "support/visibletexts.h"
#include "support/windowfixture.h"
#include "ui/documents/axismarkers.h"

#include <QAction>
#include <QFontMetricsF>
#include <QImage>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QTabWidget>
#include <QXmlStreamReader>

using namespace azkz;

namespace {

const char *const ShownTitle = "Kazakhstan's embassy in Baku opens";
const char *const HiddenTitle = "Deportation of Azerbaijanis to Kazakhstan";

} // namespace

class TestTimelineExport : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void exportFromWindow_showsTheFilteredEvents_data();
    void exportFromWindow_showsTheFilteredEvents();
    void ctrlPOnTimeline_printsTheTimeline();
    void commandLine_writesEachFormat();
    void commandLine_refusesOtherSuffixes();
    void picture_givesTheEventsYearsTheWidthAndSaysWhatItsShapesMean();
    void svg_everyLineStaysInItsColumn_data();
    void svg_everyLineStaysInItsColumn();

private:
    void openFiltered()
    {
        openWindow(
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("timeline")});
        auto *search = find<QLineEdit>("timelineSearch");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("embassy"));
        QCoreApplication::processEvents();
    }
};

void TestTimelineExport::exportFromWindow_showsTheFilteredEvents_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("pdf") << QStringLiteral("pdf");
    QTest::newRow("svg") << QStringLiteral("svg");
    QTest::newRow("png") << QStringLiteral("png");
}

void TestTimelineExport::exportFromWindow_showsTheFilteredEvents()
{
    QFETCH(QString, suffix);
    openFiltered();
    const QString path = m_dir.filePath(QStringLiteral("timeline.") + suffix);
    test::answerSaveDialog(path);
    QAction *action = find<QAction>("exportTimeline");
    QVERIFY(action->isEnabled());
    action->trigger();
    QVERIFY(QFile::exists(path));
    if (suffix == QLatin1String("pdf")) {
        QVERIFY(test::pdfPageCount(path) >= 1);
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(QLatin1String(ShownTitle)), qPrintable(text.left(400)));
        QVERIFY(!text.contains(QLatin1String(HiddenTitle)));
        QVERIFY(text.contains(QLatin1String("Timeline")) && text.contains(QLatin1String("2000")));
        // The running header names the timeline and the dataset.
        QVERIFY2(
            text.contains(QString::fromUtf8("Timeline — Azerbaijan–Kazakhstan relations")), qPrintable(text.left(200)));
        QCOMPARE(test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                     .size(),
            2); // vectors only
    } else if (suffix == QLatin1String("svg")) {
        const QString texts = test::svgTexts(path).simplified();
        QVERIFY2(texts.contains(QLatin1String(ShownTitle)), qPrintable(texts.left(400)));
        QVERIFY(!texts.contains(QLatin1String(HiddenTitle)));
    } else {
        // The picture alone, to place on a page or a slide (the list of events is the PDF's).
        const QImage image(path);
        QCOMPARE(image.width(), 2400); // 1200 units at a pixel ratio of 2
        QVERIFY2(image.height() > 400 && image.height() < 2400, qPrintable(QString::number(image.height())));
        // White paper with dark text on it.
        QCOMPARE(image.pixelColor(1, 1).lightness(), 255);
        int dark = 0;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                dark += image.pixelColor(x, y).lightness() < 80;
        }
        QVERIFY(dark > 500);
    }
}

void TestTimelineExport::ctrlPOnTimeline_printsTheTimeline()
{
    openFiltered();
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    bool previewed = false;
    test::whenModal([&](QWidget *modal) {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(modal);
        QVERIFY(preview);
        previewed = preview->objectName() == QLatin1String("timelinePrintPreview");
        test::whenModal([&](QWidget *inner) {
            auto *dialog = qobject_cast<QPrintDialog *>(inner);
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("filename"))->setText(path);
            dialog->accept();
        });
        test::actionWithText(preview, QCoreApplication::translate("QPrintPreviewDialog", "Print"))->trigger();
    });
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(previewed);
    const QString text = test::pdfText(path);
    QVERIFY2(text.contains(QLatin1String(ShownTitle)), qPrintable(text.left(400)));
    QVERIFY(!text.contains(QLatin1String(HiddenTitle)));
}

void TestTimelineExport::commandLine_writesEachFormat()
{
    for (const QString &suffix : {QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("png")}) {
        const QString path = m_dir.filePath(QStringLiteral("cli.") + suffix);
        const test::Run run = test::runProgram(
            {QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--export-timeline"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(path));
        // Every event, in Azerbaijani.
        const QString expected = QStringLiteral("Qazaxıstanın Bakıdakı səfirliyi fəaliyyətə başladı");
        if (suffix == QLatin1String("pdf")) {
            QVERIFY(test::pdfText(path).contains(expected));
            // Whose the events are: the article under its licence, and how many other sources.
            const QString text = test::pdfText(path);
            QVERIFY2(text.contains(QStringLiteral("məqalədən (“Azərbaycan–Qazaxıstan münasibətləri”")),
                qPrintable(text.left(600)));
            QVERIFY(text.contains(QStringLiteral("CC BY-SA 4.0")));
            QVERIFY(text.contains(QStringLiteral("başqa mənbədən götürülüb")));
        } else if (suffix == QLatin1String("svg"))
            QVERIFY(test::svgTexts(path).simplified().contains(expected));
        else
            QCOMPARE(QImage(path).width(), 2400);
        if (suffix == QLatin1String("svg")) {
            // The axis as the screen draws it: the key names every category, and each
            // category's colour marks its events.
            const QString texts = test::svgTexts(path).simplified();
            QFile drawing(path);
            QVERIFY(drawing.open(QIODevice::ReadOnly));
            const QString svg = QString::fromUtf8(drawing.readAll());
            const auto categories = loadDataset(embeddedDatasetPath()).dataset->categories;
            for (qsizetype c = 0; c < categories.size(); ++c) {
                QVERIFY2(
                    texts.contains(categories.at(c).name.in(Language::Azerbaijani)), qPrintable(categories.at(c).id));
                const QString colour = AxisMarkers::categoryColour(c).name();
                QVERIFY2(svg.count(QStringLiteral("fill=\"%1\"").arg(colour)) > 1, qPrintable(colour));
            }
        }
    }
    // A file that cannot be written: exit code 1, the reason, nothing left.
    const QString missing = m_dir.filePath(QStringLiteral("no/folder/t.pdf"));
    const test::Run failed = test::runProgram(
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-timeline"), missing});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(missing), qPrintable(failed.err));
    QVERIFY(!QFile::exists(missing));
}

void TestTimelineExport::commandLine_refusesOtherSuffixes()
{
    const test::Run run = test::runProgram({QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("--export-timeline"), m_dir.filePath(QStringLiteral("t.jpg"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("--export-timeline takes a file ending in .pdf, .svg or .png")),
        qPrintable(run.err));
}

void TestTimelineExport::picture_givesTheEventsYearsTheWidthAndSaysWhatItsShapesMean()
{
    // The built-in timeline has nothing starting between 1922 and 1990: its picture shortens those
    // decades (a broken line of years), and 1990-2020 take more than half the width (0.27 before).
    const QString path = m_dir.filePath(QStringLiteral("picture.svg"));
    const test::Run run
        = test::runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-timeline"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader svg(&file);
    double width = 0;
    QHash<QString, double> yearAt; // the line of years' labels, the first of each
    QString all;
    while (!svg.atEnd()) {
        if (svg.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (svg.name() == QLatin1String("svg"))
            width = svg.attributes().value(QLatin1String("width")).toDouble();
        if (svg.name() != QLatin1String("text"))
            continue;
        const double x = svg.attributes().value(QLatin1String("x")).toDouble();
        const QString text = svg.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        if (!yearAt.contains(text))
            yearAt.insert(text, x);
        all += text + QLatin1Char(' ');
    }
    QVERIFY(width > 0);
    QVERIFY2(
        yearAt.contains(QStringLiteral("1990")) && yearAt.contains(QStringLiteral("2020")), qPrintable(all.left(300)));
    const double share = (yearAt.value(QStringLiteral("2020")) - yearAt.value(QStringLiteral("1990"))) / width;
    QVERIFY2(share > 0.5, qPrintable(QString::number(share)));
    QVERIFY(all.contains(QStringLiteral("A dot is an event of a day or a month")));
    QVERIFY(all.contains(QStringLiteral("// marks where the line of years is shortened")));
}

void TestTimelineExport::svg_everyLineStaysInItsColumn_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("az") << QStringLiteral("az");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTimelineExport::svg_everyLineStaysInItsColumn()
{
    // A viewer sets each line of the SVG anew at the size written: measured so, every line of the
    // table ends before the next column starts (a 13.33 px size, written where Qt laid out 13 px,
    // ran 32 Azerbaijani lines through the column rules).
    QFETCH(QString, lang);
    const QString path = m_dir.filePath(QStringLiteral("lines.svg"));
    const test::Run run = test::runProgram({QStringLiteral("--lang"), lang, QStringLiteral("--export-timeline"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader svg(&file);
    struct Line {
        double x, width;
        QString text;
    };
    QList<Line> lines;
    QMap<int, int> starts; // x of a line's start, rounded: how many lines start there
    while (!svg.atEnd()) {
        if (svg.readNext() != QXmlStreamReader::StartElement || svg.name() != QLatin1String("text"))
            continue;
        const QXmlStreamAttributes a = svg.attributes();
        const double size = a.value(QLatin1String("font-size")).toDouble();
        QVERIFY2(size == std::round(size), qPrintable(QString::number(size))); // written as laid out
        // The width at the size written, as a viewer sets it: measured large, then scaled.
        QFont font(a.value(QLatin1String("font-family")).toString().section(QLatin1Char('\''), 1, 1));
        font.setPixelSize(1000);
        font.setWeight(QFont::Weight(a.value(QLatin1String("font-weight")).toInt()));
        const double x = a.value(QLatin1String("x")).toDouble();
        const QString text = svg.readElementText(QXmlStreamReader::IncludeChildElements);
        lines.append({x, QFontMetricsF(font).horizontalAdvance(text) * size / 1000, text});
        starts[qRound(x)] += 1;
    }
    QList<int> columns; // where many lines start: the table's columns
    for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
        if (it.value() >= 20)
            columns.append(it.key());
    }
    QVERIFY2(columns.size() >= 3, qPrintable(QString::number(columns.size())));
    int checked = 0;
    for (const Line &line : lines) {
        const auto next = std::upper_bound(columns.cbegin(), columns.cend(), qRound(line.x));
        if (next == columns.cend() || !columns.contains(qRound(line.x)))
            continue; // the last column's, or the time axis's labels above the table
        QVERIFY2(line.x + line.width < *next - 1,
            qPrintable(QStringLiteral("%1 + %2 over %3: %4").arg(line.x).arg(line.width).arg(*next).arg(line.text)));
        ++checked;
    }
    QVERIFY(checked > 200);
}

QTEST_MAIN(TestTimelineExport)
#include "tst_timeline_export.moc"
