// The command line's exports as a script runs them: charts, CSV, the report and the timeline
// written with no display, following --lang and the trade options, and refused with a clear
// message and exit code on wrong options, invalid data or an unwritable path.
#include "app/commandline.h"
#include "support/programrun.h"
#include "support/testsupport.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

using namespace azkz;

using test::Run;

namespace {
Run run(const QStringList &args)
{
    return test::runProgram(args, {}, 30000);
}
} // namespace

class TestCliExports : public QObject
{
    Q_OBJECT
private slots:
    void tradeViewOptions_reachTheCsvAndChart();
    void exports_needNoDisplayAndHonourLanguage();
    void exports_ignoreTheWindowsRememberedLanguage();
    void exportChart_sizeAndFormatFromOptions();
    void exportPng_sizeIsThePixelsWritten_data();
    void exportPng_sizeIsThePixelsWritten();
    void exportChart_smallSize_titleAndUnitWhole_data();
    void exportChart_smallSize_titleAndUnitWhole();
    void exports_invalidDataOrUnwritablePath_exitOne();
    void exports_wrongOptions_exitTwo_data();
    void exports_wrongOptions_exitTwo();

private:
    QTemporaryDir m_dir;
};

void TestCliExports::tradeViewOptions_reachTheCsvAndChart()
{
    const QString csv = m_dir.filePath(QStringLiteral("mirror.csv"));
    const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-csv"), csv,
        QStringLiteral("--trade-view"), QStringLiteral("mirror"), QStringLiteral("--years"),
        QStringLiteral("2013-2014"), QStringLiteral("--unit"), QStringLiteral("thousand")});
    QCOMPARE(r.exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // One tidy table: every figure of 2013-2014 the mirror view draws, as its source printed
    // it and in thousands, each reporter's flow in a year once (4 flows, 2 years).
    QCOMPARE(lines.size(), 1 + 8);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("year,reporter,partner,flow,valuation,value_as_printed,")));
    QVERIFY(lines.at(1).startsWith(
        QStringLiteral("2013,Azerbaijan,Kazakhstan,exports,fob,64.2343,million-usd,64234.3,thousand-usd,,")));
    QVERIFY(lines.filter(QStringLiteral("2013,Azerbaijan,Kazakhstan,imports,cif,306.7633,million-usd,306763.3,")).size()
        == 1);
    QVERIFY(
        lines.filter(QStringLiteral("2013,Kazakhstan,Azerbaijan,exports,fob,361.217227,million-usd,361217.227,")).size()
        == 1);
    QVERIFY(lines.at(1).endsWith(QStringLiteral("IMF data may be reused with attribution")));
    QVERIFY(lines.at(1).contains(QStringLiteral("Direction of Trade Statistics")));
    QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^2012,|^2015,"))).isEmpty());
    // As Python's csv reads it: one table, every row as wide as the header, years and values
    // numbers, one unit in the value column.
    const QString check
        = QStringLiteral("import csv, sys\n"
                         "rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8', newline='')))\n"
                         "ok = all(None not in r and int(r['year']) and abs(float(r['value']) - "
                         "float(r['value_as_printed']) * 1000) < 1e-6 "
                         "for r in rows)\n"
                         "print(len(rows), ok, sorted({r['unit'] for r in rows}))\n");
    QCOMPARE(test::runTool(QStringLiteral("python3"), {QStringLiteral("-c"), check, csv}).trimmed(),
        QStringLiteral("8 True ['thousand-usd']"));
    // A view naming a country the dataset does not have: a usage error, nothing written.
    const QString other = m_dir.filePath(QStringLiteral("other.csv"));
    const Run wrong
        = run({QStringLiteral("--export-csv"), other, QStringLiteral("--trade-view"), QStringLiteral("ge")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains(QStringLiteral("\"ge\" is neither of the dataset's countries (az, kz)")));
    QVERIFY(!QFile::exists(other));
    // The chart follows too: an SVG of the mirror view names it in its title.
    const QString svg = m_dir.filePath(QStringLiteral("mirror.svg"));
    QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-chart"), svg,
                     QStringLiteral("--trade-view"), QStringLiteral("mirror"), QStringLiteral("--years"),
                     QStringLiteral("2000-2010")})
                 .exitCode,
        0);
    QFile drawing(svg);
    QVERIFY(drawing.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(drawing.readAll());
    QVERIFY(text.contains(QStringLiteral("Mirror view")));
    QVERIFY(text.contains(QStringLiteral("2000–2010")));
    QVERIFY(text.contains(QStringLiteral("Direction of Trade Statistics")));
    // The timeline's events are marked (dashed lines; one country's view has no other dashes)
    // only when asked for, with --events.
    const auto dashes = [this](const QStringList &more) {
        const QString path = m_dir.filePath(QStringLiteral("dashes.svg"));
        if (run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-chart"), path,
                    QStringLiteral("--trade-view"), QStringLiteral("az")}
                + more)
                .exitCode
            != 0)
            return -1;
        QFile drawing(path);
        return drawing.open(QIODevice::ReadOnly)
            ? int(QString::fromUtf8(drawing.readAll()).count(QStringLiteral("stroke-dasharray")))
            : -1;
    };
    QCOMPARE(dashes({}), 0);
    QVERIFY(dashes({QStringLiteral("--events")}) > 10);
    QFile marked(m_dir.filePath(QStringLiteral("dashes.svg"))); // and the legend says what they are
    QVERIFY(marked.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(marked.readAll()).contains(QStringLiteral("Events of the timeline")));
}

void TestCliExports::exports_needNoDisplayAndHonourLanguage()
{
    const QString chart = m_dir.filePath(QStringLiteral("az.png"));
    const QString csv = m_dir.filePath(QStringLiteral("az.csv"));
    const QString report = m_dir.filePath(QStringLiteral("az.pdf"));
    const Run r = run({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--export-chart"), chart,
        QStringLiteral("--export-csv"), csv, QStringLiteral("--export-report"), report});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("%1 yazıldı\n%2 yazıldı\n%3 yazıldı\n").arg(chart, csv, report));
    QCOMPARE(QImage(chart).size(), QSize(2400, 1400));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("\n2020,Azərbaycan,Qazaxıstan,exports,")));
    const QString text = test::pdfText(report);
    QVERIFY(text.contains(QStringLiteral("Əsas faktlar")));
    QVERIFY(text.contains(QStringLiteral("Mənbələr və lisenziya")));
}

void TestCliExports::exports_ignoreTheWindowsRememberedLanguage()
{
    // The window was last used in Azerbaijani; a script's export without --lang follows the
    // system's language (C.UTF-8 here: English), so its output does not depend on the window.
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    QVERIFY(!config.isEmpty());
    QVERIFY(QDir().mkpath(config + QStringLiteral("/azkz-relations")));
    QFile settings(config + QStringLiteral("/azkz-relations/azkz-relations.conf"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[General]\nlanguage=az\n");
    settings.close();
    const Run english = run({QStringLiteral("--export-csv"), QStringLiteral("-")});
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains(QStringLiteral("\n2020,Azerbaijan,Kazakhstan,exports,")),
        qPrintable(english.out.left(200)));
    const Run azerbaijani
        = run({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--export-csv"), QStringLiteral("-")});
    QVERIFY(azerbaijani.out.contains(QStringLiteral("\n2020,Azərbaycan,Qazaxıstan,exports,")));
    QVERIFY(settings.remove());
}

void TestCliExports::exportChart_sizeAndFormatFromOptions()
{
    const QString png = m_dir.filePath(QStringLiteral("small.png"));
    QCOMPARE(
        run({QStringLiteral("--export-chart"), png, QStringLiteral("--size"), QStringLiteral("640x400")}).exitCode, 0);
    QCOMPARE(QImage(png).size(), QSize(640, 400)); // the pixels asked for, whatever the ratio
    const QString svg = m_dir.filePath(QStringLiteral("small.svg"));
    QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-chart"), svg,
                     QStringLiteral("--size"), QStringLiteral("800x500")})
                 .exitCode,
        0);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.contains(QStringLiteral("viewBox=\"0 0 800 500\"")));
    QVERIFY(content.contains(QStringLiteral(">Imports from Kazakhstan</text>")));
    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    QCOMPARE(run({QStringLiteral("--export-chart"), pdf, QStringLiteral("--lang"), QStringLiteral("en")}).exitCode, 0);
    QCOMPARE(test::pdfPageCount(pdf), 1);
}

void TestCliExports::exportPng_sizeIsThePixelsWritten_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("400x300") << QStringList{QStringLiteral("--size"), QStringLiteral("400x300")} << QSize(400, 300);
    QTest::newRow("odd size, scale 2") << QStringList{QStringLiteral("--size"), QStringLiteral("401x299")}
                                       << QSize(401, 299);
    QTest::newRow("scale 1.5") << QStringList{QStringLiteral("--size"), QStringLiteral("400x300"),
        QStringLiteral("--scale"), QStringLiteral("1.5")}
                               << QSize(400, 300);
    QTest::newRow("scale 4, minimum") << QStringList{QStringLiteral("--size"), QStringLiteral("100x100"),
        QStringLiteral("--scale"), QStringLiteral("4")}
                                      << QSize(100, 100);
    QTest::newRow("default size, scale 1")
        << QStringList{QStringLiteral("--scale"), QStringLiteral("1")} << QSize(1200, 700);
    QTest::newRow("default") << QStringList{} << QSize(2400, 1400);
}

void TestCliExports::exportPng_sizeIsThePixelsWritten()
{
    QFETCH(QStringList, options);
    QFETCH(QSize, pixels);
    const QString png = m_dir.filePath(QStringLiteral("sized.png"));
    QFile::remove(png);
    const Run r = run(QStringList{QStringLiteral("--export-chart"), png} + options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage image(png);
    QCOMPARE(image.size(), pixels);
    // Drawn, not blank: the exports bars' colour is there.
    int exportsBlue = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            exportsBlue += image.pixelColor(x, y) == QColor(0x00, 0x6f, 0x94);
    QVERIFY2(exportsBlue > 10, qPrintable(QString::number(exportsBlue)));
}

void TestCliExports::exportChart_smallSize_titleAndUnitWhole_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QStringList>("whole");
    // An SVG of W/2 x H/2 px is laid out as a PNG of W x H at the default scale of 2; its texts can be read.
    const QStringList en = {QStringLiteral("Trade between Azerbaijan and Kazakhstan, as reported by Azerbaijan"),
        QStringLiteral("thousand US dollars")};
    const QStringList az = {QStringLiteral("Azərbaycan ilə Qazaxıstan arasında ticarət (Azərbaycan məlumatları)"),
        QStringLiteral("min ABŞ dolları")};
    QTest::newRow("en 300x200 png") << "en"
                                    << "150x100" << en;
    QTest::newRow("en 100x100") << "en"
                                << "100x100" << en;
    QTest::newRow("az 300x200 png") << "az"
                                    << "150x100" << az;
    QTest::newRow("az 100x100") << "az"
                                << "100x100" << az;
    QTest::newRow("az wide and low") << "az"
                                     << "4000x100" << az;
}

void TestCliExports::exportChart_smallSize_titleAndUnitWhole()
{
    QFETCH(QString, lang);
    QFETCH(QString, size);
    QFETCH(QStringList, whole);
    const QString svg = m_dir.filePath(QStringLiteral("small-%1.svg").arg(lang));
    const Run r
        = run({QStringLiteral("--lang"), lang, QStringLiteral("--export-chart"), svg, QStringLiteral("--size"), size});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.contains(QStringLiteral("viewBox=\"0 0 %1\"").arg(QString(size).replace(u'x', u' '))));
    for (const QString &text : whole)
        QVERIFY2(content.contains(QStringLiteral(">%1</text>").arg(text.toHtmlEscaped())), qPrintable(text));
    QVERIFY(!content.contains(QStringLiteral("…</text>")));
    QVERIFY(!content.contains(QStringLiteral("...</text>")));
}

void TestCliExports::exports_invalidDataOrUnwritablePath_exitOne()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken-for-export.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::embeddedJsonWith(QStringLiteral("trade.years[2].exports"), QJsonValue(-5.0)));
    file.close();
    const QString chart = m_dir.filePath(QStringLiteral("never.png"));
    Run r = run({QStringLiteral("--dataset"), broken, QStringLiteral("--export-chart"), chart});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("trade.years[2].exports: expected a number not below zero")));
    QVERIFY(r.err.contains(QStringLiteral("Nothing exported")));
    QVERIFY(!QFile::exists(chart));

    const QString unwritable = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    r = run({QStringLiteral("--export-chart"), unwritable, QStringLiteral("--export-csv"),
        m_dir.filePath(QStringLiteral("ok.csv"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot write %1: the folder").arg(unwritable)), qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("ok.csv"))); // the others are still written
    QVERIFY(!QFile::exists(unwritable));
}

void TestCliExports::exports_wrongOptions_exitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("chart suffix") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("c.gif")}
                                  << "ending in .png, .svg or .pdf";
    QTest::newRow("bad size") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("c.png"),
        QStringLiteral("--size"), QStringLiteral("big")}
                              << "--size takes WIDTHxHEIGHT";
    QTest::newRow("size alone") << QStringList{QStringLiteral("--size"), QStringLiteral("800x600")}
                                << "--size goes with --export-chart";
    QTest::newRow("scale too small") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("c.png"),
        QStringLiteral("--scale"), QStringLiteral("0.5")}
                                     << "--scale takes a number from 1 to 4";
    QTest::newRow("scale too large") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("c.png"),
        QStringLiteral("--scale"), QStringLiteral("4.5")}
                                     << "--scale takes a number from 1 to 4";
    QTest::newRow("scale with comma") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("c.png"),
        QStringLiteral("--scale"), QStringLiteral("1,5")}
                                      << "--scale takes a number from 1 to 4";
    QTest::newRow("scale not a number") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("c.png"),
        QStringLiteral("--scale"), QStringLiteral("big")}
                                        << "--scale takes a number from 1 to 4";
    QTest::newRow("scale twice") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("c.png"),
        QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("--scale"), QStringLiteral("3")}
                                 << "--scale is given more than once";
    QTest::newRow("scale alone") << QStringList{QStringLiteral("--scale"), QStringLiteral("2")}
                                 << "--scale goes with --export-chart";
    QTest::newRow("report suffix") << QStringList{QStringLiteral("--export-report"), QStringLiteral("r.txt")}
                                   << "ending in .pdf";
    QTest::newRow("with validate") << QStringList{QStringLiteral("--export-csv"), QStringLiteral("t.csv"),
        QStringLiteral("--validate"), QStringLiteral("f.json")}
                                   << "cannot be combined";
}

void TestCliExports::exports_wrongOptions_exitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliExports)
#include "tst_cli_exports.moc"
