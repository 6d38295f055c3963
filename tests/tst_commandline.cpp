// The command line as a user types it: options parsed, and the real executable's
// output and exit codes for --validate, --help, --version and usage errors.
#include "commandline.h"
#include "programrun.h"
#include "testsupport.h"

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

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void parse_acceptsDocumentedOptions();
    void parse_refusesWrongValues_data();
    void parse_refusesWrongValues();
    void validate_validFile_exitsZero();
    void validate_brokenFile_listsProblemsAndExitsOne();
    void validate_missingFile_exitsOne();
    void validate_inAzerbaijani_translatesProblemsKeepsPaths();
    void messages_followLangOption();
    void usageError_exitsTwo();
    void helpAndVersion_exitZero();
    void exports_needNoDisplayAndHonourLanguage();
    void exportChart_sizeAndFormatFromOptions();
    void exports_invalidDataOrUnwritablePath_exitOne();
    void exports_wrongOptions_exitTwo_data();
    void exports_wrongOptions_exitTwo();

private:
    QTemporaryDir m_dir;
};

void TestCommandLine::parse_acceptsDocumentedOptions()
{
    const CommandLine c = parseCommandLine(
        {QStringLiteral("azkz-relations"), QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"),
            QStringLiteral("missions"), QStringLiteral("--dataset"), QStringLiteral("/tmp/x.json")});
    QCOMPARE(int(c.action), int(CommandLine::Action::ShowWindow));
    QCOMPARE(c.language, Language::Azerbaijani);
    QCOMPARE(c.tab, Tab::Missions);
    QCOMPARE(c.datasetPath, QStringLiteral("/tmp/x.json"));
    const CommandLine v
        = parseCommandLine({QStringLiteral("azkz-relations"), QStringLiteral("--validate"), QStringLiteral("f.json")});
    QCOMPARE(int(v.action), int(CommandLine::Action::Validate));
    QCOMPARE(v.validatePath, QStringLiteral("f.json"));
}

void TestCommandLine::parse_refusesWrongValues_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("language") << QStringList{QStringLiteral("--lang"), QStringLiteral("ru")}
                              << "--lang takes az or en, not \"ru\"";
    QTest::newRow("tab") << QStringList{QStringLiteral("--tab"), QStringLiteral("map")}
                         << "--tab takes overview, missions";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")} << "Unknown option 'colour'";
    QTest::newRow("missing value") << QStringList{QStringLiteral("--dataset")} << "Missing value after '--dataset'";
    QTest::newRow("stray argument") << QStringList{QStringLiteral("file.json")} << "Unexpected argument: file.json";
}

void TestCommandLine::parse_refusesWrongValues()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    args.prepend(QStringLiteral("azkz-relations"));
    const CommandLine c = parseCommandLine(args);
    QCOMPARE(int(c.action), int(CommandLine::Action::UsageError));
    QVERIFY2(c.message.contains(message), qPrintable(c.message));
}

void TestCommandLine::validate_validFile_exitsZero()
{
    const QString path = m_dir.filePath(QStringLiteral("valid.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::embeddedJson());
    file.close();
    const Run r = run({QStringLiteral("--validate"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
        path + QStringLiteral(": valid (schema version 1; missions: 3, events: 19, sections: 5, trade years: 3)\n"));
}

void TestCommandLine::validate_brokenFile_listsProblemsAndExitsOne()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QJsonObject root
        = QJsonDocument::fromJson(test::embeddedJsonWith(QStringLiteral("trade.years[0].turnover"), QJsonValue(1.0)))
              .object();
    root.remove(QStringLiteral("people"));
    file.write(test::toJson(root));
    file.close();
    const Run r = run({QStringLiteral("--validate"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(path + QStringLiteral(": people: required, but missing")), qPrintable(r.out));
    QVERIFY(r.out.contains(
        path + QStringLiteral(": trade.years[0].turnover: expected exports + imports = 142027.45, found 1.00")));
    QVERIFY(r.out.contains(
        QStringLiteral("missions[0].head.person: \"aghalar-atamoghlanov\" is not the id of any person")));
    QVERIFY(r.out.endsWith(QStringLiteral(": invalid; problems found: 10\n")));
}

void TestCommandLine::validate_missingFile_exitsOne()
{
    const Run r = run({QStringLiteral("--validate"), m_dir.filePath(QStringLiteral("nothing.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("nothing.json: no such file")));
}

void TestCommandLine::validate_inAzerbaijani_translatesProblemsKeepsPaths()
{
    const QString path = m_dir.filePath(QStringLiteral("broken-az.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::embeddedJsonWith(QStringLiteral("events[4].date"), QJsonValue(QStringLiteral("1990-13"))));
    file.close();
    const Run r = run({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--validate"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral(
                 "events[4].date: 1-ci ildən 9999-cu ilədək real tarix (YYYY-MM-DD, YYYY-MM, YYYY, YYY0s) və ya ən azı "
                 "bir ucu olan FROM/TO aralığı gözlənilirdi, \"1990-13\" tapıldı")),
        qPrintable(r.out));
    QVERIFY2(r.out.endsWith(QStringLiteral(": yararsızdır; tapılan problemlər: 1\n")), qPrintable(r.out));
}

void TestCommandLine::messages_followLangOption()
{
    Run r = run({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("İstifadə: azkz-relations [seçimlər]\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Seçimlər:")) && r.out.contains(QStringLiteral("Versiyanı göstər və çıx.")),
        qPrintable(r.out));
    QVERIFY2(
        !r.out.contains(QStringLiteral("Show ")) && !r.out.contains(QStringLiteral("Options:")), qPrintable(r.out));
    r = run({QStringLiteral("--lang=az"), QStringLiteral("--colour")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(
        r.err, QStringLiteral("azkz-relations: Naməlum seçim: 'colour'.\n'azkz-relations --help' əmrinə baxın.\n"));
    r = run({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--export-csv"), QString()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.startsWith(QStringLiteral("azkz-relations: --export-csv üçün fayl adı lazımdır\n")), qPrintable(r.err));
    const QString csv = m_dir.filePath(QStringLiteral("cedvel.csv"));
    r = run({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--export-csv"), csv});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("%1 yazıldı\n").arg(csv));
    r = run(
        {QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--export-csv"), QStringLiteral("/dev/full")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("/dev/full yazıla bilmir: diskdə yer qalmayıb")), qPrintable(r.err));
}

void TestCommandLine::usageError_exitsTwo()
{
    const Run r = run({QStringLiteral("--tab"), QStringLiteral("map")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--tab takes overview, missions, timeline or trade, not \"map\"")));
    QVERIFY(r.err.contains(QStringLiteral("--help")));
}

void TestCommandLine::helpAndVersion_exitZero()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--lang", "--tab", "--dataset", "--validate", "--version"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QStringLiteral("azkz-relations " AZKZ_VERSION "\n"));
}

void TestCommandLine::exports_needNoDisplayAndHonourLanguage()
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
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("İl,İxrac (min ABŞ dolları)")));
    const QString text = test::pdfText(report);
    QVERIFY(text.contains(QStringLiteral("Əsas faktlar")));
    QVERIFY(text.contains(QStringLiteral("Mənbələr və lisenziya")));
}

void TestCommandLine::exportChart_sizeAndFormatFromOptions()
{
    const QString png = m_dir.filePath(QStringLiteral("small.png"));
    QCOMPARE(
        run({QStringLiteral("--export-chart"), png, QStringLiteral("--size"), QStringLiteral("640x400")}).exitCode, 0);
    QCOMPARE(QImage(png).size(), QSize(1280, 800)); // pixel ratio 2
    const QString svg = m_dir.filePath(QStringLiteral("small.svg"));
    QCOMPARE(run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-chart"), svg,
                     QStringLiteral("--size"), QStringLiteral("800x500")})
                 .exitCode,
        0);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.contains(QStringLiteral("viewBox=\"0 0 800 500\"")));
    QVERIFY(content.contains(QStringLiteral(">Imports</text>")));
    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    QCOMPARE(run({QStringLiteral("--export-chart"), pdf, QStringLiteral("--lang"), QStringLiteral("en")}).exitCode, 0);
    QCOMPARE(test::pdfPageCount(pdf), 1);
}

void TestCommandLine::exports_invalidDataOrUnwritablePath_exitOne()
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

void TestCommandLine::exports_wrongOptions_exitTwo_data()
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
    QTest::newRow("report suffix") << QStringList{QStringLiteral("--export-report"), QStringLiteral("r.txt")}
                                   << "ending in .pdf";
    QTest::newRow("with validate") << QStringList{QStringLiteral("--export-csv"), QStringLiteral("t.csv"),
        QStringLiteral("--validate"), QStringLiteral("f.json")}
                                   << "cannot be combined";
}

void TestCommandLine::exports_wrongOptions_exitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
