// Copy with citation, as a researcher uses it: an event, a key fact, a mission and a trade
// figure copied from their views (Ctrl+Shift+C or the context menu), then read back from the
// clipboard as each reader would: the text as a person reads it, the BibTeX as a reference
// manager parses it (balanced braces, one entry a source), the CSL-JSON as JSON.
#include "core/models/roles.h"
#include "core/text/citationcopy.h"
#include "support/windowfixture.h"
#include "ui/common/citationcopyaction.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QRegularExpression>
#include <QTableView>

#include <memory>

using namespace azkz;

namespace {

struct Copied {
    QString text;
    QString bibtex;
    QJsonArray csl;
};

Copied clipboard()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data)
        return {};
    return {data->text(), QString::fromUtf8(data->data(QLatin1String(BibTeXMime))),
        QJsonDocument::fromJson(data->data(QLatin1String(CslJsonMime))).array()};
}

// Each "@misc{…}" entry of a BibTeX text, checked as BibTeX reads it: every brace counts,
// escaped or not; balanced, never below zero.
QStringList bibtexEntries(const QString &bibtex)
{
    QStringList entries;
    int depth = 0;
    QString current;
    for (qsizetype i = 0; i < bibtex.size(); ++i) {
        const QChar c = bibtex.at(i);
        current += c;
        if (c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char('}') && --depth == 0) {
            entries.append(current.trimmed());
            current.clear();
        }
        if (depth < 0)
            return {QStringLiteral("unbalanced")};
    }
    return depth == 0 ? entries : QStringList{QStringLiteral("unbalanced")};
}

} // namespace

class TestCitationCopy : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void timelineEvent_citesEverySourceInFull_data();
    void timelineEvent_citesEverySourceInFull();
    void keyFact_citesTheArticleAndEveryVersion();
    void missionHead_citesOnlyItsOwnSources();
    void tradeFigure_fromTheContextMenu_whileCtrlShiftCCopiesTheChart();
    void groupsFirstRow_citesItsEvent_andAnEmptyListNothing();
    void hostileTexts_stayInsideTheirFields();

private:
    void open(const QString &language, const QString &tab)
    {
        openWindow({QStringLiteral("--lang"), language, QStringLiteral("--tab"), tab});
    }
    // Makes the row of the item with this id current in the view and gives it the focus.
    void select(QAbstractItemView *view, const QString &id, int column = 0)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, column);
            if (index.data(IdRole).toString() == id) {
                view->setCurrentIndex(index);
                view->setFocus(Qt::OtherFocusReason);
                QCoreApplication::processEvents();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row %1").arg(id)));
    }
    void pressCopy(QWidget *focus)
    {
        QApplication::clipboard()->clear();
        QTest::keyClick(focus, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    }
};

void TestCitationCopy::timelineEvent_citesEverySourceInFull_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sources");
    QTest::addColumn<QString>("publisher");
    QTest::newRow("en") << "en"
                        << "Sources:"
                        << "Trend";
    QTest::newRow("az") << "az"
                        << "Mənbələr:"
                        << "Trend";
}

void TestCitationCopy::timelineEvent_citesEverySourceInFull()
{
    QFETCH(QString, language);
    QFETCH(QString, sources);
    QFETCH(QString, publisher);
    open(language, QStringLiteral("timeline"));
    auto *list = find<QTableView>("timelineList");
    select(list, QStringLiteral("cica-oil-transport-agreement-2006"));
    pressCopy(list);
    const Copied copied = clipboard();
    // The statement as the list and card show it, its two dated versions, then each source once.
    const QString title = list->currentIndex().siblingAtColumn(1).data().toString().remove(QStringLiteral("⚠ "));
    QVERIFY2(
        copied.text.startsWith(list->currentIndex().siblingAtColumn(0).data().toString()), qPrintable(copied.text));
    QVERIFY2(copied.text.contains(title), qPrintable(copied.text));
    QVERIFY2(copied.text.contains(QStringLiteral("⚠")), qPrintable(copied.text));
    QVERIFY2(copied.text.contains(QLatin1Char('\n') + sources + QLatin1Char('\n')), qPrintable(copied.text));
    QVERIFY(copied.text.contains(QStringLiteral("\n1. ") + publisher));
    QVERIFY(copied.text.contains(QStringLiteral("\n2. ") + publisher));
    QVERIFY(!copied.text.contains(QStringLiteral("\n3. ")));
    QVERIFY(copied.text.contains(QStringLiteral("https://en.trend.az/azerbaijan/politics/855901.html")));
    QVERIFY(copied.text.contains(QStringLiteral("https://en.trend.az/azerbaijan/politics/968075.html")));
    // Not the article: the event has no reference numbers.
    QVERIFY(!copied.text.contains(QStringLiteral("wikipedia.org")));

    const QStringList entries = bibtexEntries(copied.bibtex);
    QCOMPARE(entries.size(), 2);
    QVERIFY2(entries.first().startsWith(QStringLiteral("@misc{trend-2006-06-12,")), qPrintable(entries.first()));
    QVERIFY(entries.first().contains(QStringLiteral("date = {2006-06-12}")));
    QVERIFY(entries.first().contains(QStringLiteral("url = {https://en.trend.az/azerbaijan/politics/855901.html}")));
    QCOMPARE(copied.csl.size(), 2);
    const QJsonObject second = copied.csl.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("id")).toString(), QStringLiteral("trend-2007-08-06"));
    QCOMPARE(second.value(QStringLiteral("type")).toString(), QStringLiteral("article-newspaper"));
    QCOMPARE(second.value(QStringLiteral("issued")).toObject().value(QStringLiteral("date-parts")),
        QJsonValue(QJsonArray{QJsonArray{2007, 8, 6}}));
    QVERIFY(second.value(QStringLiteral("note")).toString().contains(title));
}

void TestCitationCopy::keyFact_citesTheArticleAndEveryVersion()
{
    open(QStringLiteral("en"), QStringLiteral("overview"));
    auto *facts = m_window->findChild<QTableView *>();
    for (QTableView *view : m_window->findChildren<QTableView *>()) {
        if (view->model()->headerData(0, Qt::Horizontal).toString() == QLatin1String("Fact"))
            facts = view;
    }
    select(facts, QStringLiteral("established"));
    pressCopy(facts);
    const Copied copied = clipboard();
    QVERIFY2(copied.text.startsWith(QStringLiteral("Diplomatic relations established: 30 August 1992\n")),
        qPrintable(copied.text));
    // The article with the statement's reference, its licence and address; the other version's source.
    QVERIFY2(copied.text.contains(QStringLiteral("“Azerbaijan–Kazakhstan relations”, reference [3]. "
                                                 "https://az.wikipedia.org/wiki/")),
        qPrintable(copied.text));
    QVERIFY(copied.text.contains(
        QStringLiteral("Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)")));
    QVERIFY(copied.text.contains(QStringLiteral("27 August 1992")));
    QVERIFY(copied.text.contains(QStringLiteral("https://en.trend.az/azerbaijan/politics/968075.html")));
    const QStringList entries = bibtexEntries(copied.bibtex);
    QCOMPARE(entries.size(), copied.csl.size());
    QVERIFY(entries.size() >= 3);
    // The article's address percent-encoded for the reference manager: ASCII only.
    const QString articleUrl = copied.csl.at(0).toObject().value(QStringLiteral("URL")).toString();
    QVERIFY2(
        articleUrl.startsWith(QStringLiteral("https://az.wikipedia.org/wiki/Az%C9%99rbaycan")), qPrintable(articleUrl));
    QCOMPARE(
        copied.csl.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("entry-encyclopedia"));
}

void TestCitationCopy::missionHead_citesOnlyItsOwnSources()
{
    open(QStringLiteral("en"), QStringLiteral("missions"));
    auto *table = find<QTableView>("missionsTable");
    select(table, QStringLiteral("az-consulate-aktau"), 3);
    pressCopy(table);
    const Copied copied = clipboard();
    QVERIFY2(copied.text.contains(QStringLiteral("appointed in 2008 (reported on 8 September 2008)")),
        qPrintable(copied.text));
    // The head rests on one news report, not on the article.
    QCOMPARE(bibtexEntries(copied.bibtex).size(), 1);
    QVERIFY(!copied.text.contains(QStringLiteral("wikipedia")));

    // The mission's name: the whole mission, each part with its sources, all of them listed.
    select(table, QStringLiteral("az-consulate-aktau"), 0);
    pressCopy(table);
    const Copied whole = clipboard();
    QVERIFY2(whole.text.startsWith(QStringLiteral("Consulate General of Azerbaijan in Aktau — Aktau, Kazakhstan.")),
        qPrintable(whole.text));
    QVERIFY(whole.text.contains(QStringLiteral("Established: 30 April 2008 (the article, reference [5]")));
    QVERIFY(whole.csl.size() >= 3);
}

void TestCitationCopy::tradeFigure_fromTheContextMenu_whileCtrlShiftCCopiesTheChart()
{
    open(QStringLiteral("en"), QStringLiteral("trade"));
    auto *table = find<QTableView>("tradeTable");
    table->setCurrentIndex(table->model()->index(table->model()->rowCount() - 1, 1));
    table->setFocus(Qt::OtherFocusReason);
    // On the Trade tab the keys copy the chart's image, as the File menu says.
    pressCopy(table);
    QVERIFY(QApplication::clipboard()->mimeData()->hasImage());
    QAction *cite = table->findChild<QAction *>(QStringLiteral("copyWithCitation"));
    QVERIFY(cite);
    QVERIFY(table->actions().contains(cite)); // in the table's context menu
    QVERIFY(cite->shortcut().isEmpty());
    cite->trigger();
    const Copied copied = clipboard();
    QVERIFY2(copied.text.startsWith(QStringLiteral("2022 · Exports: 104,031.35 thousand US dollars (the statistics of "
                                                   "Azerbaijan)")),
        qPrintable(copied.text));
    // The year's own reference, not the article's every one.
    QVERIFY2(copied.text.contains(QStringLiteral("reference [11]")), qPrintable(copied.text));
    QVERIFY(!copied.text.contains(QStringLiteral("[10]")));
    // The change on the previous year rests on both years' figures.
    table->setCurrentIndex(table->model()->index(table->model()->rowCount() - 1, 5));
    cite->trigger();
    QVERIFY2(clipboard().text.contains(QStringLiteral("references [10] [11]")), qPrintable(clipboard().text));
}

void TestCitationCopy::groupsFirstRow_citesItsEvent_andAnEmptyListNothing()
{
    open(QStringLiteral("en"), QStringLiteral("timeline"));
    auto *list = find<QTableView>("timelineList");
    QAction *cite = list->findChild<QAction *>(QStringLiteral("copyWithCitation"));
    QVERIFY(cite && cite->isEnabled());
    // The row that carries a group's heading is its first event's: it cites that event.
    QVERIFY(!list->model()->index(0, 0).data(GroupHeadingRole).toString().isEmpty());
    const std::unique_ptr<QMimeData> cited(CitationCopyAction::mimeData(list->model()->index(0, 0)));
    QVERIFY(cited && cited->text().contains(QStringLiteral("Governed from a single centre")));
    // A search that finds nothing leaves nothing to cite.
    auto *search = find<QLineEdit>("timelineSearch");
    QTest::keyClicks(search, QStringLiteral("zzqqxx"));
    QTRY_COMPARE(list->model()->rowCount(), 0);
    QTRY_VERIFY(!cite->isEnabled());
    search->clear();
    QTRY_VERIFY(cite->isEnabled());
}

void TestCitationCopy::hostileTexts_stayInsideTheirFields()
{
    Dataset dataset;
    SourceEntry source;
    source.id = QStringLiteral("a b}{\\%");
    source.kind = SourceKind::Official;
    source.publisher = {QStringLiteral("A}} & B_%"), QStringLiteral("A}} & B_%")};
    source.title = LocalizedText{QStringLiteral("{x\\y ~ $z^ #1\nnext"), QStringLiteral("{x\\y ~ $z^ #1\nnext")};
    source.address = QStringLiteral("https://example.org/a b/{c}\\d?e=%7B");
    source.published = DatePoint{2001, 2, 0, DatePrecision::Month};
    dataset.sources.append(source);
    const QVariantMap formats = citationFormats(
        {QStringLiteral("50% {odd} \\end"), false, {}, {source.id}, std::nullopt}, dataset, Language::English);
    const QString bibtex = formats.value(QLatin1String(BibTeXMime)).toString();
    const QStringList entries = bibtexEntries(bibtex);
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries.first().startsWith(QStringLiteral("@misc{a-b----,")), qPrintable(bibtex));
    QVERIFY2(bibtex.contains(QStringLiteral("author = {{A\\textbraceright{}\\textbraceright{} \\& B\\_\\%}}")),
        qPrintable(bibtex));
    QVERIFY2(
        bibtex.contains(QStringLiteral("url = {https://example.org/a%20b/%7Bc%7D%5Cd?e=%7B}")), qPrintable(bibtex));
    QVERIFY2(
        bibtex.contains(QStringLiteral(
            "title = {\\textbraceleft{}x\\textbackslash{}y \\textasciitilde{} \\$z\\textasciicircum{} \\#1 next}")),
        qPrintable(bibtex));
    QCOMPARE(bibtex.count(QLatin1Char('\n')), 8); // a line a field (six) and two: the title's break is a space
    const QJsonArray csl
        = QJsonDocument::fromJson(formats.value(QLatin1String(CslJsonMime)).toString().toUtf8()).array();
    QCOMPARE(csl.size(), 1);
    QCOMPARE(csl.at(0).toObject().value(QStringLiteral("title")).toString(), source.title->en);
    QCOMPARE(csl.at(0).toObject().value(QStringLiteral("issued")).toObject().value(QStringLiteral("date-parts")),
        QJsonValue(QJsonArray{QJsonArray{2001, 2}}));
    QVERIFY(formats.value(QLatin1String(PlainTextMime)).toString().startsWith(QStringLiteral("50% {odd} \\end\n")));

    // Two ids that make the same key get one each; a decade is a date biblatex reads.
    SourceEntry other = source;
    other.id = QStringLiteral("a.b/{}%");
    other.published = DatePoint{1990, 0, 0, DatePrecision::Decade};
    dataset.sources.append(other);
    const QString both = citationFormats(
        {QStringLiteral("x"), false, {}, {source.id, other.id}, std::nullopt}, dataset, Language::English)
                             .value(QLatin1String(BibTeXMime))
                             .toString();
    const QStringList two = bibtexEntries(both);
    QCOMPARE(two.size(), 2);
    QVERIFY2(two.at(1).startsWith(QStringLiteral("@misc{a-b-----2,")), qPrintable(both));
    QVERIFY2(two.at(1).contains(QStringLiteral("date = {199X}")) && !two.at(1).contains(QStringLiteral("year =")),
        qPrintable(both));
}

QTEST_MAIN(TestCitationCopy)
#include "tst_citation_copy.moc"
