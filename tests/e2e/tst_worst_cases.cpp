// Datasets at the loader's limits, each written to cost the most per byte (bench/worstcases.h),
// and the built-in one: every file that validates opens, shows every event, and is exported
// whole or refused with a reason, never cut, never crashing, within 1 GiB of address space.
// Each export that is written is read back as its reader meets it (pdftotext, the SVG's text)
// and holds every event's title and text, and the report every key fact's value.
#include "bench/worstcases.h"
#include "support/programrun.h"
#include "support/testsupport.h"
#include "support/windowfixture.h"
#include "ui/timeline/eventcard.h"

#include <QFile>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

using namespace azkz;
using namespace azkz::test;

namespace {

// What a reader finds, without the line breaks and spaces a layout adds or moves.
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// A PDF's text in the order it is drawn (a table's cells whole, not interleaved line by line),
// ligatures undone, without the page furniture a long cell runs through: the running title and
// the table's header repeated on every page, and "page N of M".
QString pdfTextInOrder(const QString &path)
{
    const QStringList pages = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")})
                                  .normalized(QString::NormalizationForm_KC)
                                  .split(QLatin1Char('\f'));
    QHash<QString, int> pagesWith;
    for (const QString &page : pages) {
        const QStringList lines = page.split(QLatin1Char('\n'));
        for (const QString &line : QSet<QString>(lines.cbegin(), lines.cend()))
            ++pagesWith[line];
    }
    static const QRegularExpression folio(QStringLiteral("^page \\d+ of \\d+$"));
    QStringList kept;
    for (const QString &page : pages) {
        for (const QString &line : page.split(QLatin1Char('\n'))) {
            if (!folio.match(line).hasMatch() && (pages.size() < 4 || pagesWith.value(line) * 3 < pages.size()))
                kept.append(line);
        }
    }
    return kept.join(QLatin1Char('\n'));
}

// Whether every word of part is in text, in order: the text of an event may be interrupted by what
// is drawn beside it (the next column's cell where a page ends), never lose a word or reorder.
bool holdsInOrder(const QString &text, const QString &part)
{
    qsizetype at = 0;
    for (const QString &word : part.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        at = text.indexOf(squeezed(word), at);
        if (at < 0)
            return false;
        at += squeezed(word).size();
    }
    return true;
}

// The largest resident size this process has had, in MiB.
qint64 peakMebibytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() / 1024;
    }
    return -1;
}

} // namespace

class TestWorstCases : public QObject, public WindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup() { closeWindow(); }
    void exports_areWholeOrRefused_data();
    void exports_areWholeOrRefused();
    void window_showsEveryEvent_data();
    void window_showsEveryEvent();

private:
    QString datasetFile(const QString &name) const;
    QMap<QString, QByteArray> m_cases; // by name; "built-in" too
};

void TestWorstCases::initTestCase()
{
    m_cases.insert(QStringLiteral("built-in"), embeddedJson());
    for (const bench::WorstCase &worst : bench::worstCases())
        m_cases.insert(worst.name, worst.json);
    for (auto it = m_cases.cbegin(); it != m_cases.cend(); ++it) {
        QVERIFY2(it.value().size() <= MaxDatasetBytes, qPrintable(it.key()));
        writeFile(datasetFile(it.key()), it.value());
        const Run r = runProgram({QStringLiteral("--validate"), datasetFile(it.key())}, memoryLimited(), 600000);
        QVERIFY2(r.exitCode == 0, qPrintable(it.key() + QLatin1String(": ") + r.out.left(2000)));
    }
}

QString TestWorstCases::datasetFile(const QString &name) const
{
    return m_dir.filePath(QString(name).replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".json"));
}

void TestWorstCases::exports_areWholeOrRefused_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("file");
    for (const QString &name : {QStringLiteral("built-in"), QStringLiteral("citations"),
             QStringLiteral("one costly event"), QStringLiteral("long texts"), QStringLiteral("most events")}) {
        for (const auto &[option, file] : {std::pair{"--export-report", "report.pdf"},
                 {"--export-timeline", "timeline.pdf"}, {"--export-timeline", "timeline.svg"},
                 {"--export-timeline", "timeline.png"}, {"--export-csv", "trade.csv"}, {"--export-chart", "chart.svg"}})
            QTest::addRow("%s %s", qPrintable(name), file)
                << name << QString::fromLatin1(option) << QString::fromLatin1(file);
    }
}

void TestWorstCases::exports_areWholeOrRefused()
{
    QFETCH(QString, dataset);
    QFETCH(QString, option);
    QFETCH(QString, file);
    const QString path = m_dir.filePath(QString(dataset).replace(QLatin1Char(' '), QLatin1Char('-')) + file);
    QFile::remove(path);
    const Run r = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"),
                                 datasetFile(dataset), option, path},
        memoryLimited(), 600000);
    if (r.exitCode == 1) { // refused: said, and nothing written
        QVERIFY2(r.err.startsWith(QStringLiteral("Cannot write ")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
        QVERIFY2(dataset != QLatin1String("built-in"), qPrintable(r.err)); // the built-in data is always written
        return;
    }
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err.left(2000))));
    QVERIFY(QFileInfo(path).size() > 0);
    const bool pdf = file.endsWith(QLatin1String(".pdf"));
    if (!pdf && file != QLatin1String("timeline.svg"))
        return; // a picture of the axis or the trade figures: no event's text
    const QString text = squeezed(pdf ? pdfTextInOrder(path) : test::svgTexts(path));
    const LoadResult data = parseDataset(m_cases.value(dataset), datasetFile(dataset));
    QVERIFY(data.isValid());
    for (const Event &event : data.dataset->events) {
        for (const QString &part : {event.title.en, event.text.en}) {
            QVERIFY2(holdsInOrder(text, pdf ? part.normalized(QString::NormalizationForm_KC) : part),
                qPrintable(QStringLiteral("%1 lacks \"%2\"").arg(file, part.left(120))));
        }
    }
    if (file == QLatin1String("report.pdf")) {
        for (const Fact &fact : data.dataset->facts)
            QVERIFY2(holdsInOrder(text, fact.value.en), qPrintable(fact.value.en));
    }
}

void TestWorstCases::window_showsEveryEvent_data()
{
    QTest::addColumn<QString>("dataset");
    for (const char *name : {"citations", "one costly event", "long texts", "most events"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestWorstCases::window_showsEveryEvent()
{
    QFETCH(QString, dataset);
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("timeline"),
        QStringLiteral("--dataset"), datasetFile(dataset)});
    auto *list = m_window->findChild<QTableView *>(QStringLiteral("timelineList"));
    auto *card = m_window->findChild<EventCard *>(QStringLiteral("eventDetails"));
    QVERIFY(list && card);
    list->setFocus();
    // Down through the list as a reader would; 200,000 one-letter events are sampled at the ends.
    const int rows = list->model()->rowCount();
    const bool sample = rows > 5000;
    int shown = 0;
    for (int row = 0; row < rows; ++row) {
        if (sample && row == 200)
            list->setCurrentIndex(list->model()->index(rows - 200, 1)), row = rows - 200;
        QTest::keyClick(list, Qt::Key_Down);
        if (!card->summary().isEmpty())
            ++shown;
    }
    QVERIFY2(shown >= (sample ? 390 : rows / 2), qPrintable(QString::number(shown)));
    if (!underAddressSanitizer()) {
        const qint64 peak = peakMebibytes();
        QVERIFY2(peak > 0 && peak < 1024, qPrintable(QStringLiteral("%1 MiB").arg(peak)));
    }
}

QTEST_MAIN(TestWorstCases)
#include "tst_worst_cases.moc"
