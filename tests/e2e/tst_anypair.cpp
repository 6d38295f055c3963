// Another pair of countries (tests/data/ge-am-relations.json: Georgia and Armenia, embassies
// in Tbilisi and Yerevan, a consulate general in Gyumri): every tab works, the map frames that
// pair and marks its cities, every export writes, and nothing in the program's code names the
// built-in pair.
#include "core/map/worldmap.h"
#include "support/programrun.h"
#include "support/windowfixture.h"
#include "ui/common/elidedlabel.h"
#include "ui/missions/locatormap.h"

#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

using namespace azkz;
using namespace azkz::test;

class TestAnyPair : public QObject, public WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void worldMap_hasEveryCountryByCode();
    void window_showsThePairOnEveryTab();
    void backToBuiltIn_keepsNoFilterOfThePair();
    void map_framesThePairAndMarksItsCities_data();
    void map_framesThePairAndMarksItsCities();
    void map_listsACityWithoutCoordinatesBesideIt();
    void commandLine_writesEveryExport();
    void code_namesNoCountryOrCity();
    void catalogues_nameNothingOfTheBuiltInData();

private:
    static QString pairFile() { return QStringLiteral(AZKZ_TEST_DATA "/ge-am-relations.json"); }
    QString pairWithout(const QString &cityId);
};

// Whether one of country's rings' boxes holds point (longitude, latitude).
static bool covers(const WorldMap::Country &country, const QPointF &point)
{
    return std::any_of(country.ringBounds.cbegin(), country.ringBounds.cend(),
        [&](const QRectF &bounds) { return bounds.contains(point); });
}

void TestAnyPair::worldMap_hasEveryCountryByCode()
{
    const WorldMap &world = WorldMap::builtin();
    QVERIFY(world.countries().size() > 200);
    for (const char *code : {"GE", "AM", "AZ", "KZ", "FR", "BR", "JP", "NZ"}) {
        const WorldMap::Country *country = world.country(QLatin1String(code));
        QVERIFY2(country, code);
        QVERIFY(!country->rings.isEmpty());
        QVERIFY2(covers(*country, country->labelPoint), code);
    }
    // Tbilisi lies in Georgia's box, not in Armenia's; Yerevan the other way round.
    QVERIFY(covers(*world.country(QStringLiteral("GE")), QPointF(44.83, 41.69)));
    QVERIFY(!covers(*world.country(QStringLiteral("AM")), QPointF(44.83, 41.69)));
    QVERIFY(covers(*world.country(QStringLiteral("AM")), QPointF(44.51, 40.18)));
    QVERIFY(!world.country(QStringLiteral("XX")));
    QString error;
    QVERIFY(!WorldMap::fromJson("{\"countries\": {\"GE\": {\"rings\": [[1, 2]]}}}", &error));
    QVERIFY(error.contains(QLatin1String("GE")));
    QVERIFY(!WorldMap::fromJson("[", &error));
}

void TestAnyPair::window_showsThePairOnEveryTab()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"), pairFile()});
    QVERIFY2(m_window->windowTitle().startsWith(QStringLiteral("Test: Georgia–Armenia")),
        qPrintable(m_window->windowTitle()));
    auto *tabs = m_window->findChild<QTabWidget *>();
    QCOMPARE(tabs->count(), 4);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        QVERIFY(tabs->currentWidget()->isVisible());
        QVERIFY(!tabs->currentWidget()->grab().isNull());
    }
    QCOMPARE(find<QTableView>("missionsTable")->model()->rowCount(), 3);
    const QString shown = find<QTableView>("missionsTable")->model()->index(2, 2).data().toString();
    QCOMPARE(shown, QStringLiteral("Gyumri"));

    // The article's table alone, of one side: the views with no figure are not offered and say why
    // (they drew an empty frame with a 0.0–0.0 axis); the article's years are the dataset's.
    tabs->setCurrentIndex(3);
    auto *view = find<QComboBox>("tradeView");
    QCOMPARE(view->itemData(0, Qt::ToolTipRole).toString(), QStringLiteral("The article's table, 2000–2001"));
    QStringList offered;
    for (int i = 0; i < view->count(); ++i) {
        const bool enabled = qobject_cast<QStandardItemModel *>(view->model())->item(i)->isEnabled();
        QCOMPARE(
            view->itemData(i, Qt::ToolTipRole).toString() == QLatin1String("This dataset has no figures for this view"),
            !enabled);
        if (enabled)
            offered.append(view->itemText(i));
    }
    QCOMPARE(offered.join(QLatin1Char(',')), QStringLiteral("Article,Georgia,Turnover,Balance"));
    view->setCurrentIndex(0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down); // past Armenia and Mirror: one side, nothing to compare
    QCOMPARE(view->currentText(), QStringLiteral("Turnover"));
}

void TestAnyPair::backToBuiltIn_keepsNoFilterOfThePair()
{
    // The pair's timeline narrowed to some of its years, then File › Back to the built-in data:
    // every built-in event is shown, over all of its years.
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("timeline"),
        QStringLiteral("--dataset"), pairFile()});
    find<QSpinBox>("fromYear")->setValue(1995);
    find<QSpinBox>("toYear")->setValue(1999);
    find<QAction>("builtInDataset")->trigger();
    const qsizetype events = loadDataset(embeddedDatasetPath()).dataset->events.size();
    QTRY_COMPARE(find<QLabel>("timelineCount")->text(), QStringLiteral("%1 of %2 events").arg(events).arg(events));
    QCOMPARE(find<QSpinBox>("fromYear")->value(), find<QSpinBox>("fromYear")->minimum());
    QCOMPARE(find<QSpinBox>("toYear")->value(), find<QSpinBox>("toYear")->maximum());
}

void TestAnyPair::map_framesThePairAndMarksItsCities_data()
{
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(720, 520), QSize(1100, 760), QSize(2400, 1300)})
        QTest::addRow("%dx%d", size.width(), size.height()) << size;
}

void TestAnyPair::map_framesThePairAndMarksItsCities()
{
    QFETCH(QSize, size);
    openWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("missions"),
        QStringLiteral("--dataset"), pairFile()});
    m_window->resize(size);
    QCoreApplication::processEvents();
    auto *map = find<LocatorMap>("locatorMap");
    const QRectF area = map->mapArea();
    QRectF both;
    for (const char *code : {"GE", "AM"}) {
        const QRectF extent = map->countryExtent(QLatin1String(code));
        QVERIFY2(!extent.isEmpty() && area.contains(extent), code);
        both |= extent;
    }
    QVERIFY(both.width() >= 0.8 * area.width() || both.height() >= 0.8 * area.height());
    for (const char *mission : {"ge-embassy-yerevan", "am-embassy-tbilisi", "ge-consulate-gyumri"}) {
        const auto at = map->markerPosition(QLatin1String(mission));
        QVERIFY2(at && area.contains(*at), mission);
    }
    // Each city where it belongs: Tbilisi in Georgia's outline box, north of Yerevan.
    const QPointF tbilisi = *map->markerPosition(QStringLiteral("am-embassy-tbilisi"));
    const QPointF yerevan = *map->markerPosition(QStringLiteral("ge-embassy-yerevan"));
    QVERIFY(map->countryExtent(QStringLiteral("GE")).contains(tbilisi));
    QVERIFY(tbilisi.y() < yerevan.y());
    for (const QRectF &label : map->labelRects())
        QVERIFY(area.contains(label));
    QVERIFY(!find<ElidedLabel>("unplacedCities")->isVisible());
}

QString TestAnyPair::pairWithout(const QString &cityId)
{
    QFile file(pairFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray cities = root.value(QStringLiteral("cities")).toArray();
    for (qsizetype i = 0; i < cities.size(); ++i) {
        QJsonObject city = cities.at(i).toObject();
        if (city.value(QStringLiteral("id")).toString() == cityId)
            city.remove(QStringLiteral("location"));
        cities[i] = city;
    }
    root.insert(QStringLiteral("cities"), cities);
    const QString path = m_dir.filePath(QStringLiteral("without-%1.json").arg(cityId));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) < 0)
        return {};
    return path;
}

void TestAnyPair::map_listsACityWithoutCoordinatesBesideIt()
{
    const QString path = pairWithout(QStringLiteral("gyumri"));
    QVERIFY(!path.isEmpty());
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("missions"),
        QStringLiteral("--dataset"), path});
    auto *map = find<LocatorMap>("locatorMap");
    QVERIFY(!map->markerPosition(QStringLiteral("ge-consulate-gyumri")));
    QVERIFY(map->markerPosition(QStringLiteral("ge-embassy-yerevan")));
    auto *unplaced = find<ElidedLabel>("unplacedCities");
    QVERIFY(unplaced->isVisible());
    QCOMPARE(unplaced->fullText(), QStringLiteral("Not on the map (no coordinates in the dataset): Gyumri"));
    m_window->findChild<QAction *>(QStringLiteral("language_az"))->trigger();
    QCoreApplication::processEvents();
    QVERIFY2(unplaced->fullText().endsWith(QStringLiteral(": Gümrü")), qPrintable(unplaced->fullText()));
    QVERIFY(!unplaced->fullText().contains(QLatin1String("Not on the map")));
}

void TestAnyPair::commandLine_writesEveryExport()
{
    const QString out = m_dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    const QStringList files{out + QStringLiteral("/chart.png"), out + QStringLiteral("/chart.svg"),
        out + QStringLiteral("/chart.pdf"), out + QStringLiteral("/trade.csv"), out + QStringLiteral("/report.pdf")};
    for (const QStringList &exports :
        {QStringList{QStringLiteral("--export-chart"), files.at(0), QStringLiteral("--export-csv"), files.at(3),
             QStringLiteral("--export-report"), files.at(4)},
            QStringList{QStringLiteral("--export-chart"), files.at(1)},
            QStringList{QStringLiteral("--export-chart"), files.at(2)}}) {
        const Run run = runProgram(
            QStringList{QStringLiteral("--dataset"), pairFile(), QStringLiteral("--lang"), QStringLiteral("en")}
            + exports);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    for (const QString &file : files)
        QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
    QFile csv(files.at(3));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray table = csv.readAll();
    QVERIFY(table.contains("2001"));
    // Each figure names its source with the article's footnote for it.
    QVERIFY2(table.contains("\n2001,Georgia,Armenia,exports,"), table.left(300).constData());
    QVERIFY2(table.contains("references [1]\""), table.left(300).constData());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {files.at(4), QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString report = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(report.contains(QLatin1String("Embassy of Georgia in Armenia")));
    QVERIFY(!report.contains(QLatin1String("Kazakhstan")));
    // Figures of thousands are charted in thousands ("0.03 million" told nothing), and the side
    // that reports nothing gets no empty chart.
    QVERIFY2(
        report.contains(QStringLiteral("as reported by Georgia, 2000–2001\nthousand US dollars")), qPrintable(report));
    QVERIFY(!report.contains(QLatin1String("million US dollars")));
    QVERIFY(!report.contains(QLatin1String("No trade figures")));
    const QString seriesCsv = m_dir.filePath(QStringLiteral("series.csv"));
    const Run series = runProgram({QStringLiteral("--dataset"), pairFile(), QStringLiteral("--export-csv"), seriesCsv,
        QStringLiteral("--trade-view"), QStringLiteral("ge")});
    QVERIFY2(series.exitCode == 0, qPrintable(series.err));
    QFile seriesFile(seriesCsv);
    QVERIFY(seriesFile.open(QIODevice::ReadOnly));
    QVERIFY2(seriesFile.readAll().contains(",thousand-usd,10,thousand-usd,"), qPrintable(seriesCsv));
    // Armenia reports nothing, so there is no mirror either: refused, not an empty chart or a bare header.
    for (const QString &view : {QStringLiteral("am"), QStringLiteral("mirror")}) {
        const QString empty = m_dir.filePath(QStringLiteral("%1.csv").arg(view));
        const Run refused = runProgram({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"),
            pairFile(), QStringLiteral("--export-csv"), empty, QStringLiteral("--trade-view"), view});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(
            refused.err.contains(QStringLiteral("no figures for the view \"%1\"").arg(view)), qPrintable(refused.err));
        QVERIFY(!QFile::exists(empty));
    }
}

void TestAnyPair::code_namesNoCountryOrCity()
{
    // The pair lives in the dataset only; the interface languages (Azerbaijani, English) and
    // the locale they use are the program's own.
    static const QRegularExpression names(
        QStringLiteral("\\b(Azerbaijan|Kazakhstan|Azərbaycan|Qazaxıstan|Baku|Bakı|Astana|Aktau|Caspian|Xəzər)\\b"));
    QStringList found;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(AZKZ_SOURCE_DIR "/%1").arg(QLatin1String(folder)),
            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QString line = lines.at(i);
                line.remove(QStringLiteral("QLocale::Azerbaijan"));
                if (line.contains(names))
                    found.append(QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(i + 1).arg(line.trimmed()));
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestAnyPair::catalogues_nameNothingOfTheBuiltInData()
{
    // What the program says about data comes from the data: no text it can show (the compiled
    // catalogues, the code's strings) names the built-in pair or a source of it. Comments may.
    static const QRegularExpression names(
        QStringLiteral("\\b(Azerbaijan|Kazakhstan|Azərbaycan|Qazaxıstan|Baku|Bakı|"
                       "Astana|Aktau|IMF|BVF|Wikipedia|Vikipediya|GeoNames|Trend)\\b"));
    QStringList files{
        QStringLiteral(AZKZ_SOURCE_DIR "/i18n/azkz_az.ts"), QStringLiteral(AZKZ_SOURCE_DIR "/i18n/azkz_en.ts")};
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(AZKZ_SOURCE_DIR "/%1").arg(QLatin1String(folder)),
            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    QStringList found;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line
                = path.endsWith(QLatin1String(".ts")) ? lines.at(i) : lines.at(i).section(QStringLiteral("//"), 0, 0);
            if (QString(line).remove(QStringLiteral("QLocale::Azerbaijan")).contains(names))
                found.append(QStringLiteral("%1:%2: %3").arg(path).arg(i + 1).arg(line.trimmed()));
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAnyPair)
#include "tst_anypair.moc"
