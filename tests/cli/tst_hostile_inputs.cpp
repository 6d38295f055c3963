// The command line against hostile datasets and arguments, through the real executable: huge
// and malformed files, a pipe as input, terminal escapes, the report's limits, no display.
#include "support/programrun.h"
#include "support/testsupport.h"

#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace azkz;
using test::memoryLimited;
using test::readFile;
using test::Run;
using test::runProgram;
using test::writeFile;

class TestHostileInputs : public QObject
{
    Q_OBJECT
private slots:
    void hugeDatasets_areRefusedQuicklyInBoundedMemory();
    void pipeAsDataset_isRefusedWithoutBlocking();
    void validateOutput_hasNoTerminalEscapes();
    void report_beyondItsLimits_isRefusedNotBlank();
    void messages_nameTheProgramAndNoiseIsGone();
    void windowWithoutDisplay_saysSoAndExitsOne();
    void closedStandardOutput_isSaidNotWrittenElsewhere();
    void help_namesTheProgramWhateverItWasCalled_data();
    void help_namesTheProgramWhateverItWasCalled();
    void yearsWithNoFigures_areRefusedNothingWritten_data();
    void yearsWithNoFigures_areRefusedNothingWritten();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestHostileInputs::hugeDatasets_areRefusedQuicklyInBoundedMemory()
{
    // A 60,000-character country name: Qt Charts' title shortening is quadratic in it.
    const QString longName = path(QStringLiteral("long-name.json"));
    writeFile(
        longName, test::embeddedJsonWith(QStringLiteral("countries[0].name.en"), QString(60000, QLatin1Char('A'))));
    Run r = runProgram({QStringLiteral("--validate"), longName}, memoryLimited(), 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        QString::fromUtf8(r.outBytes).contains(QStringLiteral("countries[0].name.en: the text has 60000 characters")),
        r.outBytes.constData());
    r = runProgram({QStringLiteral("--dataset"), longName, QStringLiteral("--export-chart"),
                       path(QStringLiteral("n.png")), QStringLiteral("--export-report"), path(QStringLiteral("n.pdf"))},
        memoryLimited(), 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("Nothing exported")));

    // A million empty events (3 MB): one problem, not six million lines.
    QJsonObject root = test::embeddedObject();
    root.remove(QStringLiteral("events"));
    QByteArray empties = QByteArrayLiteral("{},").repeated(1000000);
    empties.chop(1);
    const QString million = path(QStringLiteral("million.json"));
    writeFile(million, "{\"events\":[" + empties + "]," + test::toJson(root).mid(1));
    r = runProgram({QStringLiteral("--validate"), million}, memoryLimited(), 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.outBytes.count('\n') <= 5, r.outBytes.left(1000).constData());
    QVERIFY(r.outBytes.contains("at most 200000"));

    // Year 0: the timeline's tick loop never ended on it.
    const QString yearZero = path(QStringLiteral("year-zero.json"));
    writeFile(yearZero, test::embeddedJsonWith(QStringLiteral("events[4].date"), QStringLiteral("0000")));
    r = runProgram({QStringLiteral("--validate"), yearZero});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.outBytes.contains("events[4].date: expected a real date from the year 1 to 9999"));
}

void TestHostileInputs::pipeAsDataset_isRefusedWithoutBlocking()
{
    const QString fifo = path(QStringLiteral("dataset-pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Run r = runProgram({QStringLiteral("--validate"), fifo}, {}, 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.outBytes.contains("is not a regular file"), r.outBytes.constData());
}

void TestHostileInputs::validateOutput_hasNoTerminalEscapes()
{
    QJsonObject root = test::embeddedObject();
    QJsonObject mission = root[QStringLiteral("missions")].toArray().at(0).toObject();
    mission.insert(QStringLiteral("\x1b]0;owned\x07\x1b[2J") + QString(10 * 1024 * 1024, QLatin1Char('x')), 1);
    root[QStringLiteral("missions")] = QJsonArray{mission};
    const QString dataset = path(QStringLiteral("escapes\x1b[31m.json"));
    writeFile(dataset, test::toJson(root));
    const Run r = runProgram({QStringLiteral("--validate"), dataset});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.outBytes.isEmpty());
    for (const char c : r.outBytes)
        QVERIFY2(uchar(c) >= 0x20 || c == '\n', qPrintable(QStringLiteral("control byte 0x%1").arg(uchar(c), 0, 16)));
    for (const QByteArray &line : r.outBytes.split('\n'))
        QVERIFY2(line.size() < 1000, line.left(200).constData());
    QVERIFY2(r.outBytes.contains("missions[0].\\u001B]0;owned\\u0007\\u001B[2Jxxx"), r.outBytes.left(1000).constData());
}

void TestHostileInputs::report_beyondItsLimits_isRefusedNotBlank()
{
    QJsonObject root = test::embeddedObject();
    QJsonArray events = root[QStringLiteral("events")].toArray();
    const QJsonObject model = events.at(4).toObject();
    for (int i = 0; i < 2100; ++i) {
        QJsonObject event = model;
        event[QStringLiteral("id")] = QStringLiteral("generated-%1").arg(i);
        events.append(event);
    }
    root[QStringLiteral("events")] = events;
    const QString dataset = path(QStringLiteral("many-events.json"));
    writeFile(dataset, test::toJson(root));
    const QString report = path(QStringLiteral("too-big.pdf"));
    const Run r = runProgram({QStringLiteral("--dataset"), dataset, QStringLiteral("--export-report"), report});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("the briefing PDF holds up to 2,000 events")), qPrintable(r.err));
    QVERIFY(!QFile::exists(report));
}

void TestHostileInputs::messages_nameTheProgramAndNoiseIsGone()
{
    // A path holding terminal escapes and a line break, in an error and in a success message.
    const QString evil = path(QStringLiteral("no-folder/\x1b]0;owned\x07\x1b[31mx\ny.csv"));
    Run failed = runProgram({QStringLiteral("--export-csv"), evil});
    QCOMPARE(failed.exitCode, 1);
    const QString fine = path(QStringLiteral("\x1b[31mok.csv"));
    Run written = runProgram({QStringLiteral("--export-csv"), fine});
    QCOMPARE(written.exitCode, 0);
    for (const QString &text : {failed.err, QString::fromUtf8(written.outBytes)}) {
        QVERIFY(!text.trimmed().isEmpty());
        for (const QChar c : text.trimmed())
            QVERIFY2(c.category() != QChar::Other_Control, qPrintable(text));
    }
    QVERIFY2(written.outBytes.contains("\\u001B[31mok.csv"), written.outBytes.constData());

    Run r = runProgram({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.outBytes.contains("<executable_name>"));
    QVERIFY(r.outBytes.contains("Usage: azkz-relations [options]"));
    r = runProgram({QStringLiteral("--export-chart"), path(QStringLiteral("quiet.svg"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no XDG_RUNTIME_DIR warning
}

void TestHostileInputs::windowWithoutDisplay_saysSoAndExitsOne()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AZKZ_EXECUTABLE), {});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("there is no display")) && err.contains(QStringLiteral("--export-chart")),
        qPrintable(err));
}

void TestHostileInputs::yearsWithNoFigures_areRefusedNothingWritten_data()
{
    QTest::addColumn<QString>("years");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("9999 csv") << QStringLiteral("9999-9999") << QStringLiteral("y.csv") << 2;
    QTest::newRow("before csv") << QStringLiteral("1950-1960") << QStringLiteral("y.csv") << 2;
    QTest::newRow("9999 chart") << QStringLiteral("9999-9999") << QStringLiteral("y.svg") << 2;
    QTest::newRow("overlapping") << QStringLiteral("2020-2030") << QStringLiteral("y.csv") << 0;
}

void TestHostileInputs::yearsWithNoFigures_areRefusedNothingWritten()
{
    // Years the dataset has no figure for: said, with the years it has, exit 2, no file (a CSV
    // with its header alone, "from 0 to -1", was written with exit 0).
    QFETCH(QString, years);
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    const QString out = path(file);
    QFile::remove(out);
    const QString option
        = file.endsWith(QLatin1String(".csv")) ? QStringLiteral("--export-csv") : QStringLiteral("--export-chart");
    const Run r
        = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), option, out, QStringLiteral("--years"), years});
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(QFile::exists(out), exitCode == 0);
    if (exitCode != 0) {
        QVERIFY2(r.err.contains(QStringLiteral(
                     "--years: no trade figures from %1 to %2 in this view; its figures run from 1992 to 2022")
                                    .arg(years.section(QLatin1Char('-'), 0, 0), years.section(QLatin1Char('-'), 1))),
            qPrintable(r.err));
    }
}

void TestHostileInputs::closedStandardOutput_isSaidNotWrittenElsewhere()
{
    // Started with descriptor 1 closed, "--export-csv -" says so and exits 1; the chart written
    // beside it (a file that would have taken descriptor 1) holds only the chart.
    const QString chart = path(QStringLiteral("beside.svg"));
    QProcess process;
    process.start(QStringLiteral("/bin/bash"),
        {QStringLiteral("-c"), QStringLiteral("exec \"$0\" --lang en --export-chart \"$1\" --export-csv - >&-"),
            QStringLiteral(AZKZ_EXECUTABLE), chart});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("Cannot write -: standard output is closed")), qPrintable(err));
    const QByteArray svg = readFile(chart);
    QVERIFY(svg.startsWith("<?xml"));
    QVERIFY(!svg.contains("year,reporter,partner"));
}

void TestHostileInputs::help_namesTheProgramWhateverItWasCalled_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("one letter") << QStringLiteral("s");
    QTest::newRow("a word of the usage line") << QStringLiteral("Usage");
}

void TestHostileInputs::help_namesTheProgramWhateverItWasCalled()
{
    // Started under another name (argv[0]), the usage line still reads as the program is
    // installed; an empty or one-letter name replaced everywhere garbled it.
    QFETCH(QString, name);
    QProcess process;
    process.start(QStringLiteral("/bin/bash"), // dash has no exec -a
        {QStringLiteral("-c"), QStringLiteral("exec -a \"$1\" \"$0\" --help --lang en"),
            QStringLiteral(AZKZ_EXECUTABLE), name});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("Usage: azkz-relations [options]"));
}

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostile_inputs.moc"
