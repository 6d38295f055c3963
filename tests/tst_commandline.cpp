// The command line as a user types it: options parsed, and the real executable's
// output and exit codes for --validate, --help, --version and usage errors.
#include "commandline.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace azkz;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // none of these may need a display
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AZKZ_EXECUTABLE), args);
    if (!process.waitForFinished(30000))
        qFatal("azkz-relations did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
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
    void usageError_exitsTwo();
    void helpAndVersion_exitZero();

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
    QCOMPARE(
        r.out, path + QStringLiteral(": valid (schema version 1; 3 missions, 19 events, 5 sections, 3 trade years)\n"));
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
    QVERIFY(r.out.endsWith(QStringLiteral(": invalid, 10 problem(s)\n")));
}

void TestCommandLine::validate_missingFile_exitsOne()
{
    const Run r = run({QStringLiteral("--validate"), m_dir.filePath(QStringLiteral("nothing.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("nothing.json: no such file")));
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
