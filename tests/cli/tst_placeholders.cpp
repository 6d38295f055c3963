// Dataset text and file names that look like Qt's placeholders ("%1", "%2", "%L1") are shown as
// written wherever they are put into a sentence: chained QString::arg() calls would let them
// take the next value ("Relations 100%1" printed as "Relations 10011.5").
#include "support/markuptexts.h"
#include "support/programrun.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace azkz;

class TestPlaceholders : public QObject
{
    Q_OBJECT
private slots:
    void placeholdersInDataAndNames_areShownAsWritten();
    void placeholdersInEveryText_areShownAsWritten();

private:
    QTemporaryDir m_dir;
};

void TestPlaceholders::placeholdersInDataAndNames_areShownAsWritten()
{
    const QString title = QStringLiteral("Relations 100%1 %2 %L1");
    const QString country = QStringLiteral("Azer%1baijan");
    QJsonObject root = test::embeddedObject();
    root[QStringLiteral("title")] = QJsonObject{{QStringLiteral("az"), title}, {QStringLiteral("en"), title}};
    QJsonArray countries = root[QStringLiteral("countries")].toArray();
    QJsonObject first = countries.at(0).toObject();
    QJsonObject name = first[QStringLiteral("name")].toObject();
    name[QStringLiteral("en")] = country;
    first[QStringLiteral("name")] = name;
    countries[0] = first;
    root[QStringLiteral("countries")] = countries;
    const QString dataset = m_dir.filePath(QStringLiteral("report%1 %2.json"));
    QFile file(dataset);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::toJson(root));
    file.close();

    // --validate names the file as it is called.
    const test::Run validated
        = test::runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--validate"), dataset});
    QVERIFY2(validated.exitCode == 0, qPrintable(validated.err + validated.out));
    QVERIFY2(
        validated.out.contains(QStringLiteral("report%1 %2.json: valid (schema version ")), qPrintable(validated.out));

    // The briefing PDF's title block, and a chart's title naming the country.
    const QString report = m_dir.filePath(QStringLiteral("r.pdf"));
    const QString chart = m_dir.filePath(QStringLiteral("c.svg"));
    const test::Run exported = test::runProgram({QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("--dataset"), dataset, QStringLiteral("--export-report"), report});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString text = test::pdfText(report);
    QVERIFY2(text.contains(title + QStringLiteral(", schema version ")), qPrintable(text.left(600)));
    const test::Run drawn
        = test::runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"), dataset,
            QStringLiteral("--export-chart"), chart, QStringLiteral("--trade-view"), QStringLiteral("az")});
    QVERIFY2(drawn.exitCode == 0, qPrintable(drawn.err));
    QFile svg(chart);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString drawing = QString::fromUtf8(svg.readAll());
    QVERIFY2(drawing.contains(QStringLiteral("Exports ") + country), "the legend names the country as written");
    QVERIFY2(drawing.contains(QStringLiteral("reported by %1, 1992–").arg(country)), "the title names it as written");
}

void TestPlaceholders::placeholdersInEveryText_areShownAsWritten()
{
    // " %1 %2 %L1" after every text of the dataset, in both languages.
    const QString marks = QStringLiteral(" %1 %2 %L1");
    const QJsonObject root = test::withTexts(test::embeddedObject(), [&](const QString &text) {
        return text.left(280) + marks;
    }).toObject();
    const QString dataset = m_dir.filePath(QStringLiteral("every.json"));
    test::writeFile(dataset, test::toJson(root));
    const LoadResult data = parseDataset(test::toJson(root), dataset);
    QVERIFY2(data.isValid(), qPrintable(test::problemText(data)));
    const QString report = m_dir.filePath(QStringLiteral("every-report.pdf"));
    const QString timeline = m_dir.filePath(QStringLiteral("every-timeline.pdf"));
    const test::Run exported
        = test::runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"), dataset,
            QStringLiteral("--export-report"), report, QStringLiteral("--export-timeline"), timeline});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const auto squeezed = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s+"))); };
    const auto rawText = [&](const QString &pdf) {
        return squeezed(test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")})
                            .normalized(QString::NormalizationForm_KC));
    };
    const QString timelineText = rawText(timeline);
    const QString reportText = rawText(report);
    for (const Event &event : data.dataset->events) {
        const QString title = squeezed(event.title.en.normalized(QString::NormalizationForm_KC));
        QVERIFY2(timelineText.contains(title), qPrintable(event.title.en));
        QVERIFY2(reportText.contains(title), qPrintable(event.title.en));
    }
    for (const Fact &fact : data.dataset->facts)
        QVERIFY2(reportText.contains(squeezed(fact.label.en)), qPrintable(fact.label.en));
}

QTEST_GUILESS_MAIN(TestPlaceholders)
#include "tst_placeholders.moc"
