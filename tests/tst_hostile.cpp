// The command line against hostile inputs and unlucky outputs, through the real executable:
// a full file system, devices and pipes, colliding paths, huge and malformed datasets, markup
// and formulas in texts, terminal escapes. Each case is one a user or an attacker met.
#include "markuptexts.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <functional>
#include <sys/stat.h>

using namespace azkz;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// The program with no display, its own empty settings, and no XDG_RUNTIME_DIR (as under
// cron); prefix wraps it ("sh -c 'ulimit -v …; exec \"$0\" \"$@\"'", unshare …).
Run run(const QStringList &args, const QStringList &prefix = {}, int timeoutMs = 60000)
{
    static QTemporaryDir config;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    process.setProcessEnvironment(env);
    if (prefix.isEmpty())
        process.start(QStringLiteral(AZKZ_EXECUTABLE), args);
    else
        process.start(prefix.first(), prefix.mid(1) + QStringList{QStringLiteral(AZKZ_EXECUTABLE)} + args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-2, {}, QStringLiteral("did not finish within %1 ms").arg(timeoutMs)};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError())};
}

bool underAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#endif
#endif
    return false;
}

// Runs the program with at most 1 GiB of address space (not under AddressSanitizer, which
// reserves terabytes of shadow memory).
QStringList memoryLimited()
{
    if (underAddressSanitizer())
        return {};
    return {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("ulimit -v 1048576; exec \"$0\" \"$@\"")};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every page of a PDF rendered by poppler, checked for a magenta pixel.
bool pdfHasMagenta(const QString &pdf, const QString &workDir)
{
    const QString prefix = QDir(workDir).filePath(QFileInfo(pdf).completeBaseName() + QStringLiteral("-page"));
    test::runTool(
        QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), pdf, prefix});
    int pages = 0;
    for (QDirIterator it(workDir, {QFileInfo(prefix).fileName() + QStringLiteral("*.png")}); it.hasNext();) {
        ++pages;
        if (test::hasMagenta(QImage(it.next())))
            return true;
    }
    if (pages == 0)
        qFatal("pdftoppm rendered no page of %s", qPrintable(pdf));
    return false;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private slots:
    void fullFileSystem_keepsTheOldFileAndSaysWhy_data();
    void fullFileSystem_keepsTheOldFileAndSaysWhy();
    void devicesAndPipes_areWrittenThroughNeverReplaced();
    void collidingOrEmptyPaths_areUsageErrors_data();
    void collidingOrEmptyPaths_areUsageErrors();
    void hugeDatasets_areRefusedQuicklyInBoundedMemory();
    void pipeAsDataset_isRefusedWithoutBlocking();
    void markupInEveryText_isNeverLoaded();
    void svgAndCsv_stayWellFormedAndInert();
    void validateOutput_hasNoTerminalEscapes();
    void report_beyondItsLimits_isRefusedNotBlank();
    void messages_nameTheProgramAndNoiseIsGone();
    void windowWithoutDisplay_saysSoAndExitsOne();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestHostile::fullFileSystem_keepsTheOldFileAndSaysWhy_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("name");
    QTest::newRow("CSV") << "--export-csv"
                         << "trade.csv";
    QTest::newRow("PNG") << "--export-chart"
                         << "chart.png";
    QTest::newRow("SVG") << "--export-chart"
                         << "chart.svg";
    QTest::newRow("PDF") << "--export-chart"
                         << "chart.pdf";
    QTest::newRow("report") << "--export-report"
                            << "report.pdf";
}

void TestHostile::fullFileSystem_keepsTheOldFileAndSaysWhy()
{
    QFETCH(QString, option);
    QFETCH(QString, name);
    // A real, really full file system: a 256 KiB tmpfs in a mount namespace of the test's own,
    // holding the old file and a filler that takes every free block.
    const QStringList unshare = {QStringLiteral("unshare"), QStringLiteral("-rm")};
    if (QProcess::execute(unshare.first(), unshare.mid(1) + QStringList{QStringLiteral("true")}) != 0)
        QSKIP("unshare -rm (user and mount namespaces) is not allowed here");
    QTemporaryDir mount;
    const QString target = QDir(mount.path()).filePath(name);
    const QString script = QStringLiteral("mount -t tmpfs -o size=256k tmpfs \"$D\" || exit 90\n"
                                          "printf OLD > \"$D/$N\"\n"
                                          "dd if=/dev/zero of=\"$D/filler\" bs=4096 2>/dev/null\n"
                                          "\"$0\" \"$@\"\n"
                                          "echo \"exit=$?\"\n"
                                          "echo \"old=$(cat \"$D/$N\")\"\n"
                                          "echo \"files=$(ls -A \"$D\" | tr '\\n' ' ')\"\n");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("D"), mount.path());
    env.insert(QStringLiteral("N"), name);
    env.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(unshare.first(),
        unshare.mid(1)
            + QStringList{
                QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral(AZKZ_EXECUTABLE), option, target});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(!out.contains(QStringLiteral("exit=90")), "could not mount a tmpfs");
    QVERIFY2(out.contains(QStringLiteral("exit=1\n")), qPrintable(out + err));
    QVERIFY2(!out.contains(QStringLiteral("Wrote")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("old=OLD\n")), qPrintable(out)); // the old file is untouched
    static const QRegularExpression filesLine(QStringLiteral("files=(.*)\n"));
    QStringList files = filesLine.match(out).captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    files.sort();
    QStringList expected{QStringLiteral("filler"), name};
    expected.sort();
    QCOMPARE(files, expected); // nothing left behind
    QVERIFY2(err.contains(QStringLiteral("Cannot write %1: no space left on the device").arg(target)), qPrintable(err));
}

void TestHostile::devicesAndPipes_areWrittenThroughNeverReplaced()
{
    // /dev/null takes the file and stays the system's /dev/null (this runs as root in CI).
    Run r = run({QStringLiteral("--export-csv"), QStringLiteral("/dev/null")});
    QCOMPARE(r.exitCode, 0);
    struct stat info {
    };
    QCOMPARE(::stat("/dev/null", &info), 0);
    QVERIFY(S_ISCHR(info.st_mode));

    // /dev/full: a device that is always full.
    r = run({QStringLiteral("--export-csv"), QStringLiteral("/dev/full")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot write /dev/full: no space left on the device")), qPrintable(r.err));
    QCOMPARE(::stat("/dev/full", &info), 0);
    QVERIFY(S_ISCHR(info.st_mode));

    // "-" and /dev/stdout: the data on standard output, and nothing else there.
    for (const QString &stdoutName : {QStringLiteral("-"), QStringLiteral("/dev/stdout")}) {
        r = run({QStringLiteral("--export-csv"), stdoutName});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY2(lines.value(0).startsWith("\"# Source:"), r.out.constData());
        QVERIFY2(lines.value(3).startsWith("2020,"), r.out.constData());
        QVERIFY2(!r.out.contains("Wrote"), r.out.constData());
    }

    // A FIFO with a reader gets the data; the FIFO stays a FIFO.
    const QString fifo = path(QStringLiteral("pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    QVERIFY(reader.waitForStarted());
    QTest::qWait(200); // let cat open its end
    r = run({QStringLiteral("--export-csv"), fifo});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(reader.waitForFinished(10000));
    QVERIFY(reader.readAllStandardOutput().contains("2022,"));
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));

    // A FIFO nobody reads: refused at once, not blocked on for ever.
    r = run({QStringLiteral("--export-csv"), fifo}, {}, 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(QStringLiteral("Cannot write %1: no program is reading from it").arg(fifo)), qPrintable(r.err));
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
}

void TestHostile::collidingOrEmptyPaths_areUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString dataset = path(QStringLiteral("my.json"));
    const QString same = path(QStringLiteral("same.pdf"));
    QTest::newRow("export over the dataset")
        << QStringList{QStringLiteral("--dataset"), dataset, QStringLiteral("--export-csv"), dataset}
        << "--dataset and --export-csv name the same file";
    QTest::newRow("export over the dataset, spelt otherwise") << QStringList{QStringLiteral("--dataset"), dataset,
        QStringLiteral("--export-csv"), m_dir.path() + QStringLiteral("/./sub/../my.json")}
                                                              << "--dataset and --export-csv name the same file";
    QTest::newRow("two exports to one file")
        << QStringList{QStringLiteral("--export-chart"), same, QStringLiteral("--export-report"), same}
        << "--export-chart and --export-report name the same file";
    QTest::newRow("two exports to standard output") << QStringList{QStringLiteral("--export-csv"), QStringLiteral("-"),
        QStringLiteral("--export-report"), QStringLiteral("/dev/stdout")}
                                                    << "name the same file";
    QTest::newRow("two links to one file not written yet") << QStringList{QStringLiteral("--export-chart"),
        path(QStringLiteral("link1.pdf")), QStringLiteral("--export-report"), path(QStringLiteral("link2.pdf"))}
                                                           << "--export-chart and --export-report name the same file";
    QTest::newRow("one file through a linked folder") << QStringList{QStringLiteral("--export-chart"),
        path(QStringLiteral("sub/a.pdf")), QStringLiteral("--export-report"), path(QStringLiteral("linked-sub/a.pdf"))}
                                                      << "--export-chart and --export-report name the same file";
    QTest::newRow("an option twice") << QStringList{QStringLiteral("--export-chart"), path(QStringLiteral("a.png")),
        QStringLiteral("--export-chart"), path(QStringLiteral("b.svg"))}
                                     << "--export-chart is given more than once";
    QTest::newRow("empty export path") << QStringList{QStringLiteral("--export-csv"), QString()}
                                       << "--export-csv needs a file name";
    QTest::newRow("empty dataset path") << QStringList{QStringLiteral("--dataset"), QString()}
                                        << "--dataset needs a file name";
}

void TestHostile::collidingOrEmptyPaths_areUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QByteArray dataset = test::embeddedJson();
    writeFile(path(QStringLiteral("my.json")), dataset);
    QDir(m_dir.path()).mkpath(QStringLiteral("sub"));
    QFile::link(path(QStringLiteral("never.pdf")), path(QStringLiteral("link1.pdf")));
    QFile::link(path(QStringLiteral("never.pdf")), path(QStringLiteral("link2.pdf")));
    QFile::link(path(QStringLiteral("sub")), path(QStringLiteral("linked-sub")));
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(readFile(path(QStringLiteral("my.json"))), dataset); // the input is untouched
    QVERIFY(!QFile::exists(path(QStringLiteral("same.pdf"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("never.pdf"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("sub/a.pdf"))));
}

void TestHostile::hugeDatasets_areRefusedQuicklyInBoundedMemory()
{
    // A 60,000-character country name: Qt Charts' title shortening is quadratic in it.
    const QString longName = path(QStringLiteral("long-name.json"));
    writeFile(
        longName, test::embeddedJsonWith(QStringLiteral("countries[0].name.en"), QString(60000, QLatin1Char('A'))));
    Run r = run({QStringLiteral("--validate"), longName}, memoryLimited(), 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("countries[0].name.en: the text has 60000 characters")),
        r.out.constData());
    r = run({QStringLiteral("--dataset"), longName, QStringLiteral("--export-chart"), path(QStringLiteral("n.png")),
                QStringLiteral("--export-report"), path(QStringLiteral("n.pdf"))},
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
    r = run({QStringLiteral("--validate"), million}, memoryLimited(), 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.count('\n') <= 5, r.out.left(1000).constData());
    QVERIFY(r.out.contains("at most 200000"));

    // Year 0: the timeline's tick loop never ended on it.
    const QString yearZero = path(QStringLiteral("year-zero.json"));
    writeFile(yearZero, test::embeddedJsonWith(QStringLiteral("events[4].date"), QStringLiteral("0000")));
    r = run({QStringLiteral("--validate"), yearZero});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains("events[4].date: expected a real date from the year 1 to 9999"));
}

void TestHostile::pipeAsDataset_isRefusedWithoutBlocking()
{
    const QString fifo = path(QStringLiteral("dataset-pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Run r = run({QStringLiteral("--validate"), fifo}, {}, 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("is not a regular file"), r.out.constData());
}

void TestHostile::markupInEveryText_isNeverLoaded()
{
    QImage magenta(64, 64, QImage::Format_RGB32);
    magenta.fill(QColor(255, 0, 255));
    const QString image = path(QStringLiteral("magenta.png"));
    QVERIFY(magenta.save(image));
    const QString markup = QStringLiteral("<img src=\"%1\" width=\"400\" height=\"400\"><b>bold</b>").arg(image);
    // Appended to every text, within the 300 characters a name may have.
    QJsonObject root = test::withTexts(test::embeddedObject(), [&](const QString &text) {
        return text.left(300 - markup.size() - 1) + QLatin1Char(' ') + markup;
    }).toObject();
    QJsonObject source = root[QStringLiteral("source")].toObject();
    source[QStringLiteral("licence")] = QStringLiteral("CC BY-SA 4.0 ") + markup;
    root[QStringLiteral("source")] = source;
    QJsonObject trade = root[QStringLiteral("trade")].toObject();
    trade[QStringLiteral("unit")] = markup;
    root[QStringLiteral("trade")] = trade;
    const QString dataset = path(QStringLiteral("markup.json"));
    writeFile(dataset, test::toJson(root));

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("az")}) {
        const QString png = path(QStringLiteral("markup-%1.png").arg(language));
        const QString svg = path(QStringLiteral("markup-%1.svg").arg(language));
        const QString pdf = path(QStringLiteral("markup-%1.pdf").arg(language));
        const QString report = path(QStringLiteral("markup-report-%1.pdf").arg(language));
        for (const QString &file : {png, svg, pdf}) {
            const Run r = run({QStringLiteral("--lang"), language, QStringLiteral("--dataset"), dataset,
                QStringLiteral("--export-chart"), file});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const Run r = run({QStringLiteral("--lang"), language, QStringLiteral("--dataset"), dataset,
            QStringLiteral("--export-report"), report});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        QVERIFY(!test::hasMagenta(QImage(png)));
        const QByteArray svgText = readFile(svg);
        QVERIFY(!svgText.contains("<image"));
        QVERIFY(!svgText.contains(QFile::encodeName(image)) || svgText.contains("&lt;img"));
        QVERIFY(!pdfHasMagenta(pdf, m_dir.path()));
        QVERIFY(!pdfHasMagenta(report, m_dir.path()));
        // Shown as the text it is, not dropped.
        QVERIFY2(test::pdfText(report).contains(QStringLiteral("<img src=")), "the report lost the texts");
    }
}

void TestHostile::svgAndCsv_stayWellFormedAndInert()
{
    QJsonObject root = test::embeddedObject();
    QJsonObject title = root[QStringLiteral("title")].toObject();
    title[QStringLiteral("en")] = QStringLiteral("A & B <x> \"q\" ]]> </title><script>alert(1)</script>");
    root[QStringLiteral("title")] = title;
    QJsonObject source = root[QStringLiteral("source")].toObject();
    QJsonObject publisher = source[QStringLiteral("publisher")].toObject();
    publisher[QStringLiteral("en")] = QStringLiteral("Wiki\n=HYPERLINK(\"http://evil.example\",\"click\"),@SUM(1)");
    source[QStringLiteral("publisher")] = publisher;
    root[QStringLiteral("source")] = source;
    QJsonObject trade = root[QStringLiteral("trade")].toObject();
    QJsonObject unit = trade[QStringLiteral("unitLabel")].toObject();
    unit[QStringLiteral("en")] = QStringLiteral("=1+2");
    trade[QStringLiteral("unitLabel")] = unit;
    root[QStringLiteral("trade")] = trade;
    const QString dataset = path(QStringLiteral("formulas.json"));
    writeFile(dataset, test::toJson(root));
    const QString svg = path(QStringLiteral("escaped.svg"));
    const QString csv = path(QStringLiteral("inert.csv"));
    const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"), dataset,
        QStringLiteral("--export-chart"), svg, QStringLiteral("--export-csv"), csv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // The SVG: well-formed for a real XML parser, with no element the texts tried to add.
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    QString svgTitle;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            QVERIFY2(xml.name() != QLatin1String("script"), "a <script> element got into the SVG");
            if (xml.name() == QLatin1String("title"))
                svgTitle = xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(svgTitle, title[QStringLiteral("en")].toString());

    // The CSV, read by Python's csv module as a spreadsheet importer would: every row, no cell
    // a spreadsheet would evaluate unless it is a number, the comments one cell each.
    const QString check
        = QStringLiteral("import csv, sys\n"
                         "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))\n"
                         "def number(c):\n"
                         "    try: float(c); return True\n"
                         "    except ValueError: return False\n"
                         "bad = [c for row in rows for c in row if c[:1] in ('=', '+', '-', '@') and not number(c)]\n"
                         "comments = [row for row in rows if row and row[0].startswith('#')]\n"
                         "print(len(rows), len(comments), all(len(row) == 1 for row in comments), bad)\n");
    const QString result = test::runTool(QStringLiteral("python3"), {QStringLiteral("-c"), check, csv}).trimmed();
    QCOMPARE(result, QStringLiteral("6 2 True []")); // 2 comments, the header, 3 years
}

void TestHostile::validateOutput_hasNoTerminalEscapes()
{
    QJsonObject root = test::embeddedObject();
    QJsonObject mission = root[QStringLiteral("missions")].toArray().at(0).toObject();
    mission.insert(QStringLiteral("\x1b]0;owned\x07\x1b[2J") + QString(10 * 1024 * 1024, QLatin1Char('x')), 1);
    root[QStringLiteral("missions")] = QJsonArray{mission};
    const QString dataset = path(QStringLiteral("escapes\x1b[31m.json"));
    writeFile(dataset, test::toJson(root));
    const Run r = run({QStringLiteral("--validate"), dataset});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.out.isEmpty());
    for (const char c : r.out)
        QVERIFY2(uchar(c) >= 0x20 || c == '\n', qPrintable(QStringLiteral("control byte 0x%1").arg(uchar(c), 0, 16)));
    for (const QByteArray &line : r.out.split('\n'))
        QVERIFY2(line.size() < 1000, line.left(200).constData());
    QVERIFY2(r.out.contains("missions[0].\\u001B]0;owned\\u0007\\u001B[2Jxxx"), r.out.left(1000).constData());
}

void TestHostile::report_beyondItsLimits_isRefusedNotBlank()
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
    const Run r = run({QStringLiteral("--dataset"), dataset, QStringLiteral("--export-report"), report});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("the briefing PDF holds up to 2,000 events")), qPrintable(r.err));
    QVERIFY(!QFile::exists(report));
}

void TestHostile::messages_nameTheProgramAndNoiseIsGone()
{
    // A path holding terminal escapes and a line break, in an error and in a success message.
    const QString evil = path(QStringLiteral("no-folder/\x1b]0;owned\x07\x1b[31mx\ny.csv"));
    Run failed = run({QStringLiteral("--export-csv"), evil});
    QCOMPARE(failed.exitCode, 1);
    const QString fine = path(QStringLiteral("\x1b[31mok.csv"));
    Run written = run({QStringLiteral("--export-csv"), fine});
    QCOMPARE(written.exitCode, 0);
    for (const QString &text : {failed.err, QString::fromUtf8(written.out)}) {
        QVERIFY(!text.trimmed().isEmpty());
        for (const QChar c : text.trimmed())
            QVERIFY2(c.category() != QChar::Other_Control, qPrintable(text));
    }
    QVERIFY2(written.out.contains("\\u001B[31mok.csv"), written.out.constData());

    Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains("<executable_name>"));
    QVERIFY(r.out.contains("Usage: azkz-relations [options]"));
    r = run({QStringLiteral("--export-chart"), path(QStringLiteral("quiet.svg"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no XDG_RUNTIME_DIR warning
}

void TestHostile::windowWithoutDisplay_saysSoAndExitsOne()
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

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
