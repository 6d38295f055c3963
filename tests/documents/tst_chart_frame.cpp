// The long-series charts as the command line writes them, read back from the SVG's text the
// way a reader meets them: at 600x400 and 1200x630, in both languages, every view names each
// series whole in its legend and cuts no text ("…"); the drawing is the size asked, in px, and
// every font has a generic fallback.
#include "core/data/language.h"
#include "core/load/datasetloader.h"
#include "core/trade/tradeseriesmodel.h"
#include "support/programrun.h"
#include "support/testsupport.h"
#include "ui/documents/tradeserieschart.h"
#include "ui/window/languagemanager.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <array>
#include <cmath>

using namespace azkz;

class TestChartFrame : public QObject
{
    Q_OBJECT
private slots:
    void svg_namesEverySeriesWholeAtEachSize_data();
    void svg_namesEverySeriesWholeAtEachSize();
    void mirrorView_eachFlowsReportsApartForColourBlindReaders();
    void everyChart_titleIsTheLargestTextAndNoneTiny_data();
    void everyChart_titleIsTheLargestTextAndNoneTiny();

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
    for (const TradePanel &panel : model.panels()) {
        // A view of several panels (the mirror view's flows and gaps) names each series under
        // its panel's title: the two together are what the table heads its column with.
        QVERIFY2(all.contains(panel.title), qPrintable(panel.title + QStringLiteral(" in ") + all));
        for (int c : panel.columns) {
            QVERIFY2(
                all.contains(model.titleInPanel(c)), qPrintable(model.titleInPanel(c) + QStringLiteral(" in ") + all));
            ++named;
        }
    }
    QVERIFY(named >= 2);
    // What its open points, gaps and changes of source mean, where the view has them.
    const QString notes = model.chartNotes();
    if (view == QLatin1String("az") || view == QLatin1String("mirror"))
        QVERIFY(!notes.isEmpty()); // the article's table from 2020; the IMF's estimates of 1993
    const auto unspaced = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s"))); };
    QVERIFY2(unspaced(all).contains(unspaced(notes)), qPrintable(notes)); // wrapped where the lines end
    // The title gives the view's true years.
    const QString years
        = QStringLiteral("%1–%2").arg(model.table().years.constFirst()).arg(model.table().years.constLast());
    QVERIFY2(all.contains(years), qPrintable(years));
}

namespace {

// CIE L*a*b* (D65) of a colour given in linear RGB.
std::array<double, 3> lab(const std::array<double, 3> &rgb)
{
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

std::array<double, 3> linear(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return {channel(colour.redF()), channel(colour.greenF()), channel(colour.blueF())};
}

// The colour as a reader with protanopia or deuteranopia sees it (Machado, Oliveira and Fernandes
// 2009, severity 1), in linear RGB.
std::array<double, 3> simulated(const std::array<double, 3> &rgb, bool protan)
{
    static const double protanopia[3][3]
        = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    static const double deuteranopia[3][3]
        = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    const auto &m = protan ? protanopia : deuteranopia;
    std::array<double, 3> out{};
    for (int i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    return out;
}

double distance(const std::array<double, 3> &a, const std::array<double, 3> &b)
{
    return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

} // namespace

void TestChartFrame::mirrorView_eachFlowsReportsApartForColourBlindReaders()
{
    // Each flow has a panel where its two reports (the exporter's and the importer's) share a
    // hue, one solid and one dashed; the gaps are in a strip of their own. Every pair of series
    // in a panel stays apart (ΔE ≥ 20) for a reader with protanopia or deuteranopia and in grey;
    // each colour is in the exported picture.
    TradeSeriesModel model(test::shared(*loadDataset(embeddedDatasetPath()).dataset), Language::English);
    TradeViewSettings settings;
    settings.view = TradeViewKind::Mirror;
    model.setSettings(settings);
    const TradeSeriesChart chart(model);
    const QString png = m_dir.filePath(QStringLiteral("mirror.png"));
    QCOMPARE(test::runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--export-chart"), png,
                                  QStringLiteral("--trade-view"), QStringLiteral("mirror")})
                 .exitCode,
        0);
    const QImage picture(png);
    QSet<QRgb> inPicture;
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x)
            inPicture.insert(picture.pixel(x, y) | 0xff000000);
    }
    // Mirror view: a panel a flow (its two reports) and the gaps' strip (a gap a flow).
    const QList<TradePanel> panels = model.panels();
    QCOMPARE(panels.size(), 3);
    for (const TradePanel &panel : panels) {
        QCOMPARE(panel.columns.size(), 2);
        const int first = panel.columns.at(0), second = panel.columns.at(1);
        for (int c : panel.columns)
            QVERIFY2(inPicture.contains(chart.color(c).rgb()), qPrintable(chart.color(c).name()));
        QVERIFY(chart.dashed(first) != chart.dashed(second));
        const auto a = linear(chart.color(first)), b = linear(chart.color(second));
        const double protan = distance(lab(simulated(a, true)), lab(simulated(b, true)));
        const double deutan = distance(lab(simulated(a, false)), lab(simulated(b, false)));
        const double grey = std::abs(lab(a)[0] - lab(b)[0]);
        QVERIFY2(protan >= 20 && deutan >= 20 && grey >= 20,
            qPrintable(QStringLiteral("%1: protan %2, deutan %3, grey %4")
                           .arg(panel.title)
                           .arg(protan)
                           .arg(deutan)
                           .arg(grey)));
        if (panel.share)
            continue;
        for (int c : panel.columns) // a flow's panel: its two reports
            QCOMPARE(model.table().columns.at(c).exporter, model.table().columns.at(first).exporter);
    }
    QVERIFY(panels.constLast().share);
}

void TestChartFrame::everyChart_titleIsTheLargestTextAndNoneTiny_data()
{
    QTest::addColumn<QStringList>("view");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QSize>("size");
    for (const char *lang : {"az", "en"}) {
        for (const QSize size : {QSize(600, 400), QSize(1200, 700)}) {
            QTest::addRow("article %s %dx%d", lang, size.width(), size.height())
                << QStringList() << QString::fromLatin1(lang) << size;
            QTest::addRow("mirror %s %dx%d", lang, size.width(), size.height())
                << QStringList{QStringLiteral("--trade-view"), QStringLiteral("mirror")} << QString::fromLatin1(lang)
                << size;
        }
    }
}

void TestChartFrame::everyChart_titleIsTheLargestTextAndNoneTiny()
{
    // A type scale a reader can use: the title larger than any other text, no text under 7 pt
    // where the picture is placed at its size (the source line was 9 px, 6.75 pt; the article
    // chart's texts were 8.5 px in SVG, smaller than its source).
    QFETCH(QStringList, view);
    QFETCH(QString, lang);
    QFETCH(QSize, size);
    const QString path = m_dir.filePath(QStringLiteral("sizes.svg"));
    const test::Run run
        = test::runProgram(QStringList{QStringLiteral("--lang"), lang, QStringLiteral("--export-chart"), path,
                               QStringLiteral("--size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height())}
            + view);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader svg(&file);
    double largest = 0;
    QString largestText;
    while (!svg.atEnd()) {
        if (svg.readNext() != QXmlStreamReader::StartElement || svg.name() != QLatin1String("text"))
            continue;
        const double px = svg.attributes().value(QLatin1String("font-size")).toDouble();
        const QString text = svg.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        if (text.isEmpty())
            continue;
        // 7 pt where the picture is placed at its size (96 units an inch): 9.33 units.
        QVERIFY2(px * 72 / 96 >= 7, qPrintable(QStringLiteral("%1 px: %2").arg(px).arg(text)));
        if (px > largest) {
            largest = px;
            largestText = text;
        }
    }
    QVERIFY2(largestText.contains(lang == QLatin1String("az") ? QStringLiteral("ticarət") : QStringLiteral("rade"))
            || largestText.contains(QStringLiteral("Mirror")) || largestText.contains(QStringLiteral("Güzgü")),
        qPrintable(QStringLiteral("%1 px: %2").arg(largest).arg(largestText)));
}

QTEST_MAIN(TestChartFrame)
#include "tst_chart_frame.moc"
