// The command line as a user types it: options parsed, and the real executable's
// output and exit codes for --validate, --help, --version and usage errors.
#include "app/commandline.h"
#include "app/startup.h"
#include "support/programrun.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

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
    void validate_versionTwoProblems_listedWithPaths();
    void validate_brokenFile_listsProblemsAndExitsOne();
    void validate_missingFile_exitsOne();
    void validate_inAzerbaijani_translatesProblemsKeepsPaths();
    void window_saysABrokenDatasetsProblemsInItsLanguage();
    void earlyDataset_isReadWhenTheProgramStarts();
    void messages_followLangOption();
    void usageError_exitsTwo();
    void helpAndVersion_exitZero();
    void termination_closesTheWindowAndKeepsItsSettings();

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
    const QStringList csv = {QStringLiteral("--export-csv"), QStringLiteral("t.csv")};
    QTest::newRow("trade view") << csv + QStringList{QStringLiteral("--trade-view"), QStringLiteral("world")}
                                << "--trade-view takes a country id such as az or kz, or mirror, turnover or balance, "
                                   "not \"world\"";
    QTest::newRow("years backwards") << csv + QStringList{QStringLiteral("--years"), QStringLiteral("2020-2010")}
                                     << "--years takes FROM-TO with FROM not after TO, such as 2000-2020, not "
                                        "\"2020-2010\"";
    QTest::newRow("years not a range") << csv + QStringList{QStringLiteral("--years"), QStringLiteral("2010")}
                                       << "--years takes FROM-TO";
    QTest::newRow("unit") << csv + QStringList{QStringLiteral("--unit"), QStringLiteral("billion")}
                          << "--unit takes thousand or million, not \"billion\"";
    QTest::newRow("trade view without an export")
        << QStringList{QStringLiteral("--trade-view"), QStringLiteral("az")}
        << "--trade-view, --years, --unit and --events go with --export-chart or "
           "--export-csv";
    QTest::newRow("unit twice") << csv
            + QStringList{QStringLiteral("--unit"), QStringLiteral("million"), QStringLiteral("--unit"),
                QStringLiteral("thousand")}
                                << "--unit is given more than once";
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
    const LoadResult builtin = parseDataset(test::embeddedJson(), path);
    QVERIFY(builtin.dataset);
    QCOMPARE(r.out,
        path
            + QStringLiteral(": valid (schema version %1; missions: 3, events: %2, sections: 5, trade years: 3)\n")
                  .arg(SchemaVersion)
                  .arg(builtin.dataset->events.size()));
}

void TestCommandLine::validate_versionTwoProblems_listedWithPaths()
{
    const QString path = m_dir.filePath(QStringLiteral("v2.json"));
    QJsonObject root = QJsonDocument::fromJson(
        test::embeddedJsonWith(QStringLiteral("trade.series[2].values[0].flag"), QJsonValue(QStringLiteral("guess"))))
                           .object();
    QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    QJsonObject first = sources.at(0).toObject();
    first.insert(QStringLiteral("kind"), QStringLiteral("blog"));
    sources.replace(0, first);
    root.insert(QStringLiteral("sources"), sources);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::toJson(root));
    file.close();
    const Run r = run({QStringLiteral("--validate"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(path
                 + QStringLiteral(": trade.series[2].values[0].flag: expected \"estimate\" or \"provisional\", found "
                                  "\"guess\"")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(path
                 + QStringLiteral(": sources[0].kind: expected \"statistics\", \"official\", \"news\" or "
                                  "\"legal\", found \"blog\"")),
        qPrintable(r.out));
    QVERIFY(r.out.endsWith(QStringLiteral(": invalid; problems found: 2\n")));
    // The same file as version 1: what needs version 2 is named with its path.
    root.insert(QStringLiteral("schemaVersion"), 1);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(test::toJson(root));
    file.close();
    const Run old = run({QStringLiteral("--validate"), path});
    QCOMPARE(old.exitCode, 1);
    QVERIFY2(
        old.out.contains(path + QStringLiteral(": sources: \"sources\" needs schemaVersion 2")), qPrintable(old.out));
    QVERIFY(old.out.contains(path + QStringLiteral(": trade.series: \"trade.series\" needs schemaVersion 2")));
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
        QStringLiteral("missions[0].heads[0].person: \"aghalar-atamoghlanov\" is not the id of any person")));
    QVERIFY(r.out.endsWith(QStringLiteral(": invalid; problems found: 64\n")));
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

void TestCommandLine::window_saysABrokenDatasetsProblemsInItsLanguage()
{
    // The window's dataset is read on a thread from the start, before the translation is
    // installed: its problems are still said in the window's language.
    const QString path = m_dir.filePath(QStringLiteral("broken-window.json"));
    test::writeFile(
        path, test::embeddedJsonWith(QStringLiteral("events[4].date"), QJsonValue(QStringLiteral("1990-13"))));
    QProcess program;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    program.setProcessEnvironment(env);
    program.start(QStringLiteral(AZKZ_EXECUTABLE),
        {QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--dataset"), path});
    QVERIFY(program.waitForStarted());
    QByteArray said;
    QElapsedTimer waited;
    waited.start();
    while (!said.contains("events[4]") && waited.elapsed() < 30000 && program.state() == QProcess::Running) {
        program.waitForReadyRead(100);
        said += program.readAllStandardError();
    }
    program.kill();
    program.waitForFinished();
    const QString text = QString::fromUtf8(said);
    QVERIFY2(text.contains(QStringLiteral("events[4].date: 1-ci ildən 9999-cu ilədək real tarix")), qPrintable(text));
}

void TestCommandLine::earlyDataset_isReadWhenTheProgramStarts()
{
    const QString path = m_dir.filePath(QStringLiteral("early.json"));
    test::writeFile(path, test::embeddedJsonWith(QStringLiteral("title.en"), QJsonValue(QStringLiteral("First"))));
    EarlyDataset early(parseCommandLine({QStringLiteral("azkz-relations"), QStringLiteral("--dataset"), path}));
    // The file changes once it was read: the window shows what was read.
    QTRY_VERIFY_WITH_TIMEOUT(early.isReady(), 30000);
    test::writeFile(path, test::embeddedJsonWith(QStringLiteral("title.en"), QJsonValue(QStringLiteral("Second"))));
    const LoadResult result = early.take();
    QVERIFY(result.isValid());
    QCOMPARE(result.dataset->title.en, QStringLiteral("First"));
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
        r.err, QStringLiteral("azkz-relations: Naməlum seçim: 'colour'.\n'azkz-relations --help' əmrini sınayın.\n"));
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
    for (const char *option : {"--lang", "--tab", "--dataset", "--validate", "--version", "--size", "--scale"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
    // What --size means for each format.
    const QString flat = help.out.simplified();
    QVERIFY2(flat.contains(QStringLiteral("a PNG image is WxH pixels")), qPrintable(flat));
    QVERIFY(flat.contains(QStringLiteral("an SVG drawing is WxH px")));
    QVERIFY(flat.contains(QStringLiteral("A PDF chart is always an A4 page")));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QStringLiteral("azkz-relations " AZKZ_VERSION "\n"));
}

void TestCommandLine::termination_closesTheWindowAndKeepsItsSettings()
{
    // kill (SIGTERM, as a logout sends) and Ctrl+C (SIGINT) close the window as its close button
    // does: the tab and the language shown are remembered at the next start. The program ended
    // where it stood, saving nothing.
    for (const int signal : {SIGTERM, SIGINT}) {
        QTemporaryDir config;
        QProcess program;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        program.setProcessEnvironment(env);
        program.start(QStringLiteral(AZKZ_EXECUTABLE),
            {QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("timeline")});
        QVERIFY(program.waitForStarted());
        // Caught from the first lines of main(); kept until the window and the event loop run.
        QThread::sleep(2);
        ::kill(pid_t(program.processId()), signal);
        QVERIFY(program.waitForFinished(120000));
        QCOMPARE(program.exitStatus(), QProcess::NormalExit);
        QCOMPARE(program.exitCode(), 0);
        QSettings saved(config.filePath(QStringLiteral("azkz-relations/azkz-relations.conf")), QSettings::IniFormat);
        QCOMPARE(saved.value(QStringLiteral("window/tab")).toString(), QStringLiteral("timeline"));
        QCOMPARE(saved.value(QStringLiteral("language")).toString(), QStringLiteral("az"));
        QVERIFY(!saved.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
