// Issue 14: the facts beyond the article. Every confirmed row of the sources file is in the
// dataset with its date, precision and source address; what the article does not say is marked
// as from other sources; where sources disagree, every version is shown with its sources in
// the timeline card, the key facts, the mission card and the report, and found by the search.
#include "core/load/datasetloader.h"
#include "core/models/roles.h"
#include "support/testsupport.h"
#include "support/windowfixture.h"
#include "ui/documents/reportwriter.h"
#include "ui/timeline/timelinepage.h"

#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QRegularExpression>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>

using namespace azkz;

namespace {

const Dataset &builtin()
{
    static const LoadResult result = parseDataset(test::embeddedJson(), QStringLiteral("builtin"));
    return *result.dataset;
}

// A row of the sources file: its date as written, and the source's address.
struct Row {
    QString date;
    QString address;
};

// The rows of the tables "Confirmed events" and "Further confirmed bilateral events".
QList<Row> confirmedRows()
{
    QFile file(QStringLiteral(AZKZ_TEST_DATA "/sources-beyond-the-article.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sources file");
    QList<Row> rows;
    QString table;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## ")))
            table = line.mid(3);
        const bool confirmed = table == QLatin1String("Confirmed events")
            || table == QLatin1String("Further confirmed bilateral events");
        if (!confirmed || !line.startsWith(QLatin1String("| ")) || line.startsWith(QLatin1String("| #"))
            || line.startsWith(QLatin1String("| Date")) || line.startsWith(QLatin1String("|---")))
            continue;
        QStringList cells = line.split(QLatin1String(" | "));
        if (table == QLatin1String("Confirmed events"))
            cells.removeFirst(); // the row number
        QString date = cells.at(0);
        date.remove(QRegularExpression(QStringLiteral("^\\|\\s*")));
        const QString address = cells.at(2).trimmed();
        rows.append({date, address == QLatin1String("same as above") ? rows.constLast().address : address});
    }
    return rows;
}

// The first and last day a row's date covers, and whether the source gives days or months:
// "19 Oct 1994 (day)", "10–11 Jun 1997 (day)", "Nov 2022 (month)", "23 Jun [2006] (day; …)".
struct Expected {
    QDate first;
    QDate last;
    DatePrecision precision = DatePrecision::Day;
};

std::optional<Expected> expectedDate(QString text)
{
    text.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    static const QStringList months
        = {QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
            QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
            QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    static const QRegularExpression days(QStringLiteral("^(\\d{1,2})(?:–(\\d{1,2}))? (\\w{3}) (\\d{4}) \\(day"));
    static const QRegularExpression month(QStringLiteral("^(\\w{3}) (\\d{4}) \\(month"));
    if (const auto m = days.match(text); m.hasMatch()) {
        const int mon = int(months.indexOf(m.captured(3))) + 1, year = m.captured(4).toInt();
        const int from = m.captured(1).toInt(), to = m.captured(2).isEmpty() ? from : m.captured(2).toInt();
        return Expected{QDate(year, mon, from), QDate(year, mon, to), DatePrecision::Day};
    }
    if (const auto m = month.match(text); m.hasMatch()) {
        const QDate first(m.captured(2).toInt(), int(months.indexOf(m.captured(1))) + 1, 1);
        return Expected{first, first.addMonths(1).addDays(-1), DatePrecision::Month};
    }
    return std::nullopt;
}

bool cites(const Event &event, const QString &address)
{
    return std::any_of(event.sourceIds.cbegin(), event.sourceIds.cend(), [&](const QString &id) {
        const SourceEntry *source = builtin().sourceEntry(id);
        return source && source->address == address;
    });
}

const Event &eventWithId(const QString &id)
{
    const auto it
        = std::find_if(builtin().events.cbegin(), builtin().events.cend(), [&](const Event &e) { return e.id == id; });
    if (it == builtin().events.cend())
        qFatal("no event %s", qPrintable(id));
    return *it;
}

} // namespace

class TestBeyondArticle final : public QObject, public test::WindowFixture
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { closeWindow(); }
    void everyConfirmedRow_isAnEventWithItsDatePrecisionAndSource();
    void addedTexts_areWrittenInBothLanguages();
    void headsOfMission_currentFirstWithTheirSources();
    void articleOnlyFilter_showsExactlyTheArticlesEvents();
    void disputedDate_showsBothVersionsInTheCardAndIsFoundByEither_data();
    void disputedDate_showsBothVersionsInTheCardAndIsFoundByEither();
    void disputedFact_showsBothVersionsInKeyFactsAndReport();
    void disputedMissionDate_showsBothVersionsInTheMissionCard();

private:
    // As a user picks a row of the missions table.
    void selectMission(const QString &id)
    {
        auto *table = find<QTableView>("missionsTable");
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            table->setCurrentIndex(table->model()->index(row, 0));
            if (table->currentIndex().data(IdRole).toString() == id)
                return;
        }
        QFAIL(qPrintable(id));
    }
    TimelinePage *timeline() { return m_window->findChild<TimelinePage *>(); }
};

void TestBeyondArticle::everyConfirmedRow_isAnEventWithItsDatePrecisionAndSource()
{
    const QList<Row> rows = confirmedRows();
    QVERIFY(rows.size() >= 38); // 18 + 22 rows in the file
    int checked = 0;
    for (const Row &row : rows) {
        // Row 18 is a head of mission (headsOfMission_… checks it); the Aktau row confirms the
        // article's own consulate events.
        if (row.date.startsWith(QLatin1String("Jul 2021")) || row.date.startsWith(QLatin1String("30 Apr 2008")))
            continue;
        // Conflict C11: the June 2006 agreement is dated by the reports of the time (Almaty, 17
        // June 2006); the interview's "Astana, June 2006" is the other version of a dispute.
        if (row.date.startsWith(QLatin1String("Jun 2006"))) {
            const Event &cica = eventWithId(QStringLiteral("cica-oil-transport-agreement-2006"));
            QVERIFY(cites(cica, row.address));
            QCOMPARE(cica.date.from->precision, DatePrecision::Day);
            QVERIFY(cica.dispute && cica.dispute->claims.size() == 2);
            QCOMPARE(cica.dispute->claims.at(1).value.en, QStringLiteral("Astana, June 2006"));
            ++checked;
            continue;
        }
        const auto expected = expectedDate(row.date);
        QVERIFY2(expected, qPrintable(row.date));
        const bool found = std::any_of(builtin().events.cbegin(), builtin().events.cend(), [&](const Event &e) {
            const DatePoint &from = *e.date.from;
            const DatePoint &to = e.date.to ? *e.date.to : from;
            return !e.fromArticle && cites(e, row.address) && from.precision == expected->precision
                && from.first() >= expected->first && to.last() <= expected->last;
        });
        QVERIFY2(found, qPrintable(row.date + QStringLiteral(" ") + row.address));
        ++checked;
    }
    QCOMPARE(checked, rows.size() - 2);
    QVERIFY(cites(eventWithId(QStringLiteral("aktau-consulate-opened")),
        QStringLiteral("http://arannews.com/?MID=21&Type=News&id=7106")));
}

void TestBeyondArticle::addedTexts_areWrittenInBothLanguages()
{
    int added = 0;
    for (const Event &e : builtin().events) {
        if (e.fromArticle)
            continue;
        ++added;
        QVERIFY2(e.text.az != e.text.en && e.title.az != e.title.en, qPrintable(e.id));
        QVERIFY2(!e.sourceIds.isEmpty() && e.refs.isEmpty(), qPrintable(e.id));
    }
    QVERIFY(added >= 38);
}

void TestBeyondArticle::headsOfMission_currentFirstWithTheirSources()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("missions")});
    selectMission(QStringLiteral("az-embassy-astana"));
    const QString card = find<QTextBrowser>("missionDetails")->toPlainText();
    const qsizetype current = card.indexOf(QStringLiteral("Aghalar Atamoghlanov, Ambassador — since July 2021"));
    const qsizetype before = card.indexOf(QStringLiteral("Rashad Mammadov"));
    const qsizetype first = card.indexOf(QStringLiteral("Latif Gandilov"));
    QVERIFY2(current > 0 && before > current && first > before, qPrintable(card));
    QVERIFY(card.contains(QStringLiteral("https://astanatimes.com/?p=98042")));
}

void TestBeyondArticle::articleOnlyFilter_showsExactlyTheArticlesEvents()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("timeline")});
    QList<int> article;
    for (int i = 0; i < builtin().events.size(); ++i) {
        if (builtin().events.at(i).fromArticle)
            article.append(i);
    }
    QCOMPARE(article.size(), 19);
    QCOMPARE(timeline()->shownEvents().size(), builtin().events.size());
    auto *origin = find<QComboBox>("eventOrigin");
    origin->setFocus();
    QTest::keyClick(origin, Qt::Key_Down); // as a user picks "The article only"
    QCOMPARE(origin->currentText(), QStringLiteral("The article only"));
    QCOMPARE(timeline()->shownEvents(), article);
    auto *list = find<QTableView>("timelineList");
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex cell = list->model()->index(row, 3);
        QCOMPARE(cell.data().toString(), QLatin1String("Article"));
    }
    QTest::keyClick(origin, Qt::Key_Up);
    QCOMPARE(timeline()->shownEvents().size(), builtin().events.size());
}

void TestBeyondArticle::disputedDate_showsBothVersionsInTheCardAndIsFoundByEither_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("card");
    const QStringList en = {QStringLiteral("Sources disagree: Date"), QStringLiteral("30 August 1992"),
        QStringLiteral("27 August 1992"), QStringLiteral("the article, reference [3]"),
        QStringLiteral("https://en.trend.az/azerbaijan/politics/968075.html")};
    QTest::newRow("en, the article's date") << "en"
                                            << "30 August 1992" << en;
    QTest::newRow("en, the other date") << "en"
                                        << "27 august 1992" << en;
    const QStringList az = {QStringLiteral("Mənbələr fərqli deyir: Tarix"), QStringLiteral("30 avqust 1992"),
        QStringLiteral("27 avqust 1992"), QStringLiteral("https://en.trend.az/azerbaijan/politics/968075.html")};
    QTest::newRow("az, the other date") << "az"
                                        << "27 avqust 1992" << az;
}

void TestBeyondArticle::disputedDate_showsBothVersionsInTheCardAndIsFoundByEither()
{
    QFETCH(QString, language);
    QFETCH(QString, search);
    QFETCH(QStringList, card);
    openWindow({QStringLiteral("--lang"), language, QStringLiteral("--tab"), QStringLiteral("timeline")});
    QTest::keyClicks(find<QLineEdit>("timelineSearch"), search);
    QCOMPARE(timeline()->selectedEvent(), QStringLiteral("diplomatic-relations-established"));
    const QString text = find<QTextBrowser>("eventDetails")->toPlainText();
    for (const QString &part : card)
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in:\n") + text));
    // The list marks the event as disputed.
    const QModelIndex title = find<QTableView>("timelineList")->currentIndex().siblingAtColumn(1);
    QVERIFY(title.data().toString().startsWith(QStringLiteral("⚠ ")));
}

void TestBeyondArticle::disputedFact_showsBothVersionsInKeyFactsAndReport()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("overview")});
    auto *facts = find<QTableView>("factsView");
    // The cell says each version, short, and is heard as it is shown; hovered, in print and as a
    // screen reader's description, each version with its sources.
    QAccessibleTableInterface *table = QAccessible::queryAccessibleInterface(facts)->tableInterface();
    QString established, group, turnover, shown, heard;
    for (int row = 0; row < facts->model()->rowCount(); ++row) {
        const QModelIndex value = facts->model()->index(row, 1);
        QAccessibleInterface *cell = table->cellAt(row, 1);
        if (value.data(IdRole).toString() == QLatin1String("established")) {
            established = cell->text(QAccessible::Description);
            QCOMPARE(value.data(WholeTextRole).toString(), established);
            shown = value.data().toString();
            heard = cell->text(QAccessible::Name);
        }
        if (value.data(IdRole).toString() == QLatin1String("parliamentary-group"))
            group = cell->text(QAccessible::Description);
        if (value.data(IdRole).toString() == QLatin1String("turnover"))
            turnover = cell->text(QAccessible::Description);
    }
    QCOMPARE(heard, shown);
    QCOMPARE(shown, QStringLiteral("30 August 1992\n⚠ Also given: 27 August 1992"));
    QVERIFY2(established.contains(QStringLiteral("30 August 1992 (the article, reference [3]"))
            && established.contains(QStringLiteral("27 August 1992 (Trend")),
        qPrintable(established));
    QVERIFY2(group.contains(QStringLiteral("⚠")) && group.contains(QStringLiteral("4 March 2016"))
            && group.contains(QStringLiteral("2015 (Milli Majlis")),
        qPrintable(group));
    QVERIFY2(turnover.contains(QStringLiteral("⚠")) && turnover.contains(QStringLiteral("$461.9 million")),
        qPrintable(turnover)); // 2022: the article's figure, and the Kazakh side's
    const auto report = buildReport(test::shared(builtin()), Language::English);
    const QString text = report->toPlainText();
    for (const QString &part :
        {QStringLiteral("27 August 1992 (Trend"), QStringLiteral("2015 (Milli Majlis"),
            QStringLiteral("8 September 2008"), QStringLiteral("30 April 2008 [5] (Aran news agency"),
            QStringLiteral("Heads of mission, the latest known first"), QStringLiteral("cannot be resolved to titles")})
        QVERIFY2(text.contains(part), qPrintable(part));
}

void TestBeyondArticle::disputedMissionDate_showsBothVersionsInTheMissionCard()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("az"), QStringLiteral("--tab"), QStringLiteral("missions")});
    selectMission(QStringLiteral("az-consulate-aktau"));
    const QString card = find<QTextBrowser>("missionDetails")->toPlainText();
    QVERIFY2(card.contains(QStringLiteral("⚠ 6 sentyabr 2008")) && card.contains(QStringLiteral("8 sentyabr 2008"))
            && card.contains(QStringLiteral("arannews.com")),
        qPrintable(card));
}

QTEST_MAIN(TestBeyondArticle)
#include "tst_facts_beyond_article.moc"
