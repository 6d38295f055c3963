// Exports against unlucky and hostile outputs, through the real executable: a full file system,
// devices and pipes, colliding paths, and texts holding markup, formulas or line breaks.
#include "support/markuptexts.h"
#include "support/programrun.h"
#include "support/testsupport.h"

#include <QDirIterator>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace azkz;
using test::memoryLimited;
using test::readFile;
using test::Run;
using test::runProgram;
using test::writeFile;

namespace {

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

class TestHostileOutputs : public QObject
{
    Q_OBJECT
private slots:
    void fullFileSystem_keepsTheOldFileAndSaysWhy_data();
    void fullFileSystem_keepsTheOldFileAndSaysWhy();
    void devicesAndPipes_areWrittenThroughNeverReplaced();
    void collidingOrEmptyPaths_areUsageErrors_data();
    void collidingOrEmptyPaths_areUsageErrors();
    void markupInEveryText_isNeverLoaded();
    void svgAndCsv_stayWellFormedAndInert();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestHostileOutputs::fullFileSystem_keepsTheOldFileAndSaysWhy_data()
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

void TestHostileOutputs::fullFileSystem_keepsTheOldFileAndSaysWhy()
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

void TestHostileOutputs::devicesAndPipes_areWrittenThroughNeverReplaced()
{
    // /dev/null takes the file and stays the system's /dev/null (this runs as root in CI).
    Run r = runProgram({QStringLiteral("--export-csv"), QStringLiteral("/dev/null")});
    QCOMPARE(r.exitCode, 0);
    struct stat info {
    };
    QCOMPARE(::stat("/dev/null", &info), 0);
    QVERIFY(S_ISCHR(info.st_mode));

    // /dev/full: a device that is always full.
    r = runProgram({QStringLiteral("--export-csv"), QStringLiteral("/dev/full")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Cannot write /dev/full: no space left on the device")), qPrintable(r.err));
    QCOMPARE(::stat("/dev/full", &info), 0);
    QVERIFY(S_ISCHR(info.st_mode));

    // "-" and /dev/stdout: the data on standard output, and nothing else there.
    for (const QString &stdoutName : {QStringLiteral("-"), QStringLiteral("/dev/stdout")}) {
        r = runProgram({QStringLiteral("--export-csv"), stdoutName});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.outBytes.split('\n');
        QVERIFY2(lines.value(0).startsWith("year,reporter,"), r.outBytes.constData());
        QVERIFY2(lines.value(1).startsWith("2020,"), r.outBytes.constData());
        QVERIFY2(!r.outBytes.contains("Wrote"), r.outBytes.constData());
    }

    // A FIFO with a reader gets the data; the FIFO stays a FIFO.
    const QString fifo = path(QStringLiteral("pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // The test holds the reading end, opened without waiting for a writer: nothing to wait for.
    const int readEnd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(readEnd >= 0);
    r = runProgram({QStringLiteral("--export-csv"), fifo});
    QCOMPARE(r.exitCode, 0);
    QByteArray received(1 << 16, '\0'); // the CSV fits in the pipe's buffer
    const ssize_t got = ::read(readEnd, received.data(), received.size());
    ::close(readEnd);
    QVERIFY2(got > 0 && received.left(got).contains("2022,"), r.err.toUtf8().constData());
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));

    // A FIFO nobody reads: refused at once, not blocked on for ever.
    r = runProgram({QStringLiteral("--export-csv"), fifo}, {}, 20000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(QStringLiteral("Cannot write %1: no program is reading from it").arg(fifo)), qPrintable(r.err));
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY(S_ISFIFO(info.st_mode));
}

void TestHostileOutputs::collidingOrEmptyPaths_areUsageErrors_data()
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

void TestHostileOutputs::collidingOrEmptyPaths_areUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QByteArray dataset = test::embeddedJson();
    writeFile(path(QStringLiteral("my.json")), dataset);
    QDir(m_dir.path()).mkpath(QStringLiteral("sub"));
    QFile::link(path(QStringLiteral("never.pdf")), path(QStringLiteral("link1.pdf")));
    QFile::link(path(QStringLiteral("never.pdf")), path(QStringLiteral("link2.pdf")));
    QFile::link(path(QStringLiteral("sub")), path(QStringLiteral("linked-sub")));
    const Run r = runProgram(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(readFile(path(QStringLiteral("my.json"))), dataset); // the input is untouched
    QVERIFY(!QFile::exists(path(QStringLiteral("same.pdf"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("never.pdf"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("sub/a.pdf"))));
}

void TestHostileOutputs::markupInEveryText_isNeverLoaded()
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
    const QString dataset = path(QStringLiteral("markup.json"));
    writeFile(dataset, test::toJson(root));

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("az")}) {
        const QString png = path(QStringLiteral("markup-%1.png").arg(language));
        const QString svg = path(QStringLiteral("markup-%1.svg").arg(language));
        const QString pdf = path(QStringLiteral("markup-%1.pdf").arg(language));
        const QString report = path(QStringLiteral("markup-report-%1.pdf").arg(language));
        for (const QString &file : {png, svg, pdf}) {
            const Run r = runProgram({QStringLiteral("--lang"), language, QStringLiteral("--dataset"), dataset,
                QStringLiteral("--export-chart"), file});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const Run r = runProgram({QStringLiteral("--lang"), language, QStringLiteral("--dataset"), dataset,
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

void TestHostileOutputs::svgAndCsv_stayWellFormedAndInert()
{
    QJsonObject root = test::embeddedObject();
    QJsonObject title = root[QStringLiteral("title")].toObject();
    title[QStringLiteral("en")] = QStringLiteral("A & B <x> \"q\" ]]> </title><script>alert(1)</script>");
    root[QStringLiteral("title")] = title;
    QJsonObject source = root[QStringLiteral("source")].toObject();
    QJsonObject publisher = source[QStringLiteral("publisher")].toObject();
    publisher[QStringLiteral("en")] = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\"),@SUM(1)\nWiki");
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
    const Run r = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"), dataset,
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
    // a spreadsheet would evaluate unless it is a number (the source named by the formula
    // above), no comment rows.
    const QString check
        = QStringLiteral("import csv, sys\n"
                         "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8', newline='')))\n"
                         "def number(c):\n"
                         "    try: float(c); return True\n"
                         "    except ValueError: return False\n"
                         "bad = [c for row in rows for c in row if c[:1] in ('=', '+', '-', '@') and not number(c)]\n"
                         "comments = [row for row in rows if row and row[0].startswith('#')]\n"
                         "named = any(c.startswith(\"'=HYPERLINK\") for row in rows for c in row)\n"
                         "print(len(rows), len(comments), all(len(row) == 1 for row in comments), bad, named)\n");
    const QString result = test::runTool(QStringLiteral("python3"), {QStringLiteral("-c"), check, csv}).trimmed();
    QCOMPARE(result, QStringLiteral("7 0 True [] True")); // the header, 3 years of 2 flows
}

QTEST_GUILESS_MAIN(TestHostileOutputs)
#include "tst_hostile_outputs.moc"
