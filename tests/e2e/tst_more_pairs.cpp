// Three more pairs written from SCHEMA.md alone (tests/data): Fiji–Samoa across the date line,
// Italy–Vatican City with a country a few hundred metres across and two capitals 5 km apart,
// New Zealand–Australia with cities a few pixels apart and an outline past 180°. Each opens
// with every tab showing that pair and no other, its map framing both countries and every city
// with each name beside its own dot, and every export naming that pair only.
#include "support/programrun.h"
#include "support/visibletexts.h"
#include "support/windowfixture.h"
#include "ui/missions/locatormap.h"
#include "ui/missions/maplayout.h"

#include <QAbstractItemView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTabWidget>

using namespace azkz;
using namespace azkz::test;

namespace {
struct Pair {
    QString file;
    QStringList countries; // ISO codes
    QStringList names; // the countries' and cities' names in English, as the file gives them
    QStringList missions;
};

const QList<Pair> &pairs()
{
    static const QList<Pair> all{
        {QStringLiteral("fj-ws"), {QStringLiteral("FJ"), QStringLiteral("WS")},
            {QStringLiteral("Fiji"), QStringLiteral("Samoa"), QStringLiteral("Suva"), QStringLiteral("Apia"),
                QStringLiteral("Lautoka")},
            {QStringLiteral("ws-embassy-suva"), QStringLiteral("fj-embassy-apia"),
                QStringLiteral("ws-consulate-lautoka")}},
        {QStringLiteral("it-va"), {QStringLiteral("IT"), QStringLiteral("VA")},
            {QStringLiteral("Italy"), QStringLiteral("Vatican City"), QStringLiteral("Rome"), QStringLiteral("Milan")},
            {QStringLiteral("va-nunciature-rome"), QStringLiteral("it-embassy-vatican"),
                QStringLiteral("va-consulate-milan")}},
        {QStringLiteral("nz-au"), {QStringLiteral("NZ"), QStringLiteral("AU")},
            {QStringLiteral("New Zealand"), QStringLiteral("Australia"), QStringLiteral("Wellington"),
                QStringLiteral("Canberra"), QStringLiteral("Sydney"), QStringLiteral("Melbourne"),
                QStringLiteral("Auckland")},
            {QStringLiteral("nz-embassy-canberra"), QStringLiteral("au-embassy-wellington"),
                QStringLiteral("nz-consulate-sydney"), QStringLiteral("nz-consulate-melbourne"),
                QStringLiteral("au-consulate-auckland")}},
    };
    return all;
}

QString fileOf(const Pair &pair)
{
    return QStringLiteral(AZKZ_TEST_DATA "/%1-relations.json").arg(pair.file);
}

// The built-in pair's names, in both languages, and what is said of its sources (the IMF's
// valuation, the article's missing reference list): none may show for another pair.
const QRegularExpression &builtInNames()
{
    static const QRegularExpression names(
        QStringLiteral("\\b(Azerbaijan|Kazakhstan|Azərbaycan|Qazaxıstan|Baku|Bakı|Astana|Aktau|Georgia|Armenia|IMF|"
                       "Wikipedia|FOB|CIF|reference list)"));
    return names;
}
} // namespace

class TestMorePairs : public QObject, public WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void window_showsThatPairOnly_data();
    void window_showsThatPairOnly();
    void map_framesThePairWithEachNameOnItsOwnDot_data();
    void map_framesThePairWithEachNameOnItsOwnDot();
    void exports_nameThatPairOnly_data();
    void exports_nameThatPairOnly();
    void thirdCountryMission_inTheTableNotTheSideLists();
};

void TestMorePairs::window_showsThatPairOnly_data()
{
    QTest::addColumn<int>("pair");
    for (int i = 0; i < pairs().size(); ++i)
        QTest::newRow(qPrintable(pairs().at(i).file)) << i;
}

void TestMorePairs::window_showsThatPairOnly()
{
    QFETCH(int, pair);
    const Pair &p = pairs().at(pair);
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"), fileOf(p)});
    auto *tabs = m_window->findChild<QTabWidget *>();
    QString seen;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        seen += visibleTexts(m_window.get()).join(QLatin1Char('\n'));
        for (QAbstractItemView *view : tabs->currentWidget()->findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; model && view->isVisible() && row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    seen += QLatin1Char('\n') + model->index(row, column).data().toString();
            }
        }
    }
    for (const QString &name : p.names)
        QVERIFY2(seen.contains(name), qPrintable(name));
    const QRegularExpressionMatch other = builtInNames().match(seen);
    QVERIFY2(!other.hasMatch(), qPrintable(other.captured()));
}

void TestMorePairs::map_framesThePairWithEachNameOnItsOwnDot_data()
{
    QTest::addColumn<int>("pair");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (int i = 0; i < pairs().size(); ++i) {
        for (const char *language : {"en", "az"}) {
            for (const QSize size : {QSize(720, 520), QSize(1600, 1000)})
                QTest::addRow("%s %s %dx%d", qPrintable(pairs().at(i).file), language, size.width(), size.height())
                    << i << QString::fromLatin1(language) << size;
        }
    }
}

void TestMorePairs::map_framesThePairWithEachNameOnItsOwnDot()
{
    QFETCH(int, pair);
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const Pair &p = pairs().at(pair);
    openWindow({QStringLiteral("--lang"), language, QStringLiteral("--tab"), QStringLiteral("missions"),
        QStringLiteral("--dataset"), fileOf(p)});
    m_window->resize(size);
    QCoreApplication::processEvents();
    auto *map = find<LocatorMap>("locatorMap");
    const QRectF area = map->mapArea();
    QRectF both;
    for (const QString &iso : p.countries) {
        const QRectF extent = map->countryExtent(iso);
        QVERIFY2(!extent.isEmpty() && area.adjusted(-0.5, -0.5, 0.5, 0.5).contains(extent), qPrintable(iso));
        both |= extent;
    }
    QVERIFY(both.width() >= 0.8 * area.width() || both.height() >= 0.8 * area.height());
    QList<QPointF> dots;
    for (const QString &mission : p.missions) {
        const auto at = map->markerPosition(mission);
        QVERIFY2(at && area.contains(*at), qPrintable(mission));
        if (!dots.contains(*at))
            dots.append(*at);
    }
    const QList<QRectF> labels = map->labelRects();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        QVERIFY(area.contains(labels.at(i)));
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            QVERIFY(!labels.at(i).intersects(labels.at(j)));
    }
    for (const QString &mission : p.missions) {
        const QRectF label = *map->cityLabelRect(mission);
        const qreal own = maplayout::distance(*map->markerPosition(mission), label);
        for (const QPointF &dot : dots) {
            if (dot != *map->markerPosition(mission))
                QVERIFY2(maplayout::distance(dot, label) > own, qPrintable(mission));
        }
    }
}

void TestMorePairs::exports_nameThatPairOnly_data()
{
    window_showsThatPairOnly_data();
}

void TestMorePairs::exports_nameThatPairOnly()
{
    QFETCH(int, pair);
    const Pair &p = pairs().at(pair);
    const QString report = m_dir.filePath(p.file + QStringLiteral(".pdf"));
    const QString csv = m_dir.filePath(p.file + QStringLiteral(".csv"));
    const QString svg = m_dir.filePath(p.file + QStringLiteral(".svg"));
    const Run run = runProgram({QStringLiteral("--dataset"), fileOf(p), QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("--export-report"), report, QStringLiteral("--export-csv"), csv,
        QStringLiteral("--export-chart"), svg});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {report, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const QString &name : p.names.mid(0, 2))
        QVERIFY2(words.contains(name), qPrintable(name));
    for (const QString &written : {words, QString::fromUtf8(readFile(csv)), QString::fromUtf8(readFile(svg))}) {
        const QRegularExpressionMatch other = builtInNames().match(written);
        QVERIFY2(!other.hasMatch(), qPrintable(other.captured()));
    }
    QVERIFY(QString::fromUtf8(readFile(svg)).contains(p.names.at(0)));
}

namespace {
QJsonObject named(const char *az, const char *en)
{
    return {{QStringLiteral("az"), QString::fromUtf8(az)}, {QStringLiteral("en"), QString::fromUtf8(en)}};
}

void append(QJsonObject &root, const char *list, const QJsonObject &item)
{
    QJsonArray items = root.value(QLatin1String(list)).toArray();
    items.append(item);
    root.insert(QLatin1String(list), items);
}
} // namespace

void TestMorePairs::thirdCountryMission_inTheTableNotTheSideLists()
{
    // An embassy of one of the pair resident in a third country's capital (SCHEMA.md: its
    // hostCountry is that country): a row of the table, a dot on the map, in neither side list.
    QJsonObject root
        = QJsonDocument::fromJson(readFile(QStringLiteral(AZKZ_TEST_DATA "/ge-am-relations.json"))).object();
    append(root, "countries",
        {{QStringLiteral("id"), QStringLiteral("tr")}, {QStringLiteral("iso"), QStringLiteral("TR")},
            {QStringLiteral("name"), named("Türkiyə", "Türkiye")}});
    append(root, "cities",
        {{QStringLiteral("id"), QStringLiteral("ankara")}, {QStringLiteral("country"), QStringLiteral("tr")},
            {QStringLiteral("name"), named("Ankara", "Ankara")},
            {QStringLiteral("location"),
                QJsonObject{{QStringLiteral("lat"), 39.92}, {QStringLiteral("lon"), 32.85},
                    {QStringLiteral("source"), QStringLiteral("geonames")}}}});
    append(root, "missions",
        {{QStringLiteral("id"), QStringLiteral("ge-embassy-ankara")},
            {QStringLiteral("kind"), QStringLiteral("embassy")},
            {QStringLiteral("sendingCountry"), QStringLiteral("ge")},
            {QStringLiteral("hostCountry"), QStringLiteral("tr")},
            {QStringLiteral("name"), named("Gürcüstanın Türkiyədəki səfirliyi", "Embassy of Georgia in Türkiye")},
            {QStringLiteral("city"), QStringLiteral("ankara")}});
    const QString path = m_dir.filePath(QStringLiteral("third.json"));
    writeFile(path, QJsonDocument(root).toJson());
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("missions"),
        QStringLiteral("--dataset"), path});
    QCOMPARE(find<QAbstractItemView>("missionsTable")->model()->rowCount(), 4);
    QStringList sides;
    for (const char *name : {"reciprocal0", "reciprocal1"}) {
        const QAbstractItemModel *list = find<QAbstractItemView>(name)->model();
        for (int row = 0; row < list->rowCount(); ++row)
            sides.append(list->index(row, 0).data().toString());
    }
    QCOMPARE(sides.size(), 3);
    QVERIFY2(!sides.join(QLatin1Char('|')).contains(QLatin1String("Ankara")), qPrintable(sides.join(QLatin1Char('|'))));
    QVERIFY(find<LocatorMap>("locatorMap")->markerPosition(QStringLiteral("ge-embassy-ankara")));
}

QTEST_MAIN(TestMorePairs)
#include "tst_more_pairs.moc"
