// The long-series charts as the command line writes them, read back from the SVG's text the
// way a reader meets them: at 600x400 and 1200x630, in both languages, every view names each
// series whole in its legend and cuts no text ("…"); the drawing is the size asked, in px, and
// every font has a generic fallback.
#include "core/data/language.h"
#include "core/load/datasetloader.h"
#include "core/trade/tradeseriesmodel.h"
#include "support/programrun.h"
#include "support/testsupport.h"
#include "ui/window/languagemanager.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace azkz;

class TestChartFrame : public QObject
{
    Q_OBJECT
private slots:
    void svg_namesEverySeriesWholeAtEachSize_data();
    void svg_namesEverySeriesWholeAtEachSize();

private:
    QTemporaryDir m_dir;
};

void TestChartFrame::svg_namesEverySeriesWholeAtEachSize_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QSize>("size");
    const std::pair<const char *, TradeViewKind> views[]
        = {{"az", TradeViewKind::Reporter}, {"kz", TradeViewKind::Partner}, {"mirror", TradeViewKind::Mirror},
            {"turnover", TradeViewKind::Turnover}, {"balance", TradeViewKind::Balance}};
    for (const auto &[view, kind] : views) {
        for (const char *lang : {"az", "en"}) {
            for (const QSize size : {QSize(600, 400), QSize(1200, 630)})
                QTest::addRow("%s %s %dx%d", view, lang, size.width(), size.height())
                    << QString::fromLatin1(view) << int(kind) << QString::fromLatin1(lang) << size;
        }
    }
}

void TestChartFrame::svg_namesEverySeriesWholeAtEachSize()
{
    QFETCH(QString, view);
    QFETCH(int, kind);
    QFETCH(QString, lang);
    QFETCH(QSize, size);
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    const test::Run run = test::runProgram(
        {QStringLiteral("--lang"), lang, QStringLiteral("--export-chart"), path, QStringLiteral("--size"),
            QStringLiteral("%1x%2").arg(size.width()).arg(size.height()), QStringLiteral("--trade-view"), view});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader svg(&file);
    QStringList texts, families;
    while (!svg.atEnd()) {
        if (svg.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (svg.name() == QLatin1String("svg")) {
            QCOMPARE(svg.attributes().value(QLatin1String("width")).toString(), QString::number(size.width()));
            QCOMPARE(svg.attributes().value(QLatin1String("height")).toString(), QString::number(size.height()));
        }
        if (svg.attributes().hasAttribute(QLatin1String("font-family")))
            families.append(svg.attributes().value(QLatin1String("font-family")).toString());
        if (svg.name() == QLatin1String("text"))
            texts.append(svg.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
    }
    QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
    for (const QString &family : families)
        QVERIFY2(family.endsWith(QLatin1String(", sans-serif")), qPrintable(family));
    for (const QString &text : texts)
        QVERIFY2(!text.contains(QChar(0x2026)) && !text.contains(QLatin1String("...")),
            qPrintable(QStringLiteral("cut: ") + text));

    // Each series the view draws is named whole, as the table heads its column.
    LanguageManager catalogues; // the names as the program wrote them, in its translation
    QVERIFY(catalogues.setLanguage(*languageFromCode(lang)));
    TradeSeriesModel model(test::shared(*loadDataset(embeddedDatasetPath()).dataset), *languageFromCode(lang));
    TradeViewSettings settings;
    settings.view = TradeViewKind(kind);
    model.setSettings(settings);
    const QString all = texts.join(QLatin1Char(' '));
    int named = 0;
    for (int c = 0; c < int(model.table().columns.size()); ++c) {
        if (model.table().columns.at(c).isShare())
            continue;
        QVERIFY2(all.contains(model.columnTitle(c)), qPrintable(model.columnTitle(c) + QStringLiteral(" in ") + all));
        ++named;
    }
    QVERIFY(named >= 2);
    // The title gives the view's true years.
    const QString years
        = QStringLiteral("%1–%2").arg(model.table().years.constFirst()).arg(model.table().years.constLast());
    QVERIFY2(all.contains(years), qPrintable(years));
}

QTEST_MAIN(TestChartFrame)
#include "tst_chart_frame.moc"
