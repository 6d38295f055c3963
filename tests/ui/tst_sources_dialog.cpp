// View › Sources, as a fact-checker uses it: every source of the dataset listed once with its
// publisher, date, kind, language and licence; the filter; the statements that rest on a source
// (those of a disputed version's claims too); and a statement opened in its tab from there.
#include "core/models/roles.h"
#include "support/windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QTableView>
#include <QTextBrowser>

using namespace azkz;

class TestSourcesDialog : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void listsEverySourceAndWhatRestsOnIt_data();
    void listsEverySourceAndWhatRestsOnIt();
    void statement_opensInItsTab();
    void statement_opensASectionOrAFactOnTheOverview();
    void series_opensTheViewOfItsSide();

private:
    // Opens View › Sources and runs check on the dialog while it is shown.
    void withDialog(const std::function<void(QWidget *)> &check)
    {
        bool ran = false;
        test::whenModal([&](QWidget *dialog) {
            check(dialog);
            ran = true;
            if (dialog->isVisible())
                QMetaObject::invokeMethod(dialog, "reject");
        });
        find<QAction>("showSources")->trigger();
        QTRY_VERIFY(ran);
    }
    static void selectSource(QTableView *table, const QString &id)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(IdRole).toString() == id) {
                table->setCurrentIndex(table->model()->index(row, 0));
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no source %1").arg(id)));
    }
    static QStringList items(const QListWidget *list)
    {
        QStringList texts;
        for (int row = 0; row < list->count(); ++row)
            texts.append(list->item(row)->text());
        return texts;
    }
};

void TestSourcesDialog::listsEverySourceAndWhatRestsOnIt_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("established");
    QTest::newRow("en") << "en"
                        << "Article"
                        << "of 83 sources"
                        << "Diplomatic relations established: 30 August 1992 [3]";
    QTest::newRow("az") << "az"
                        << "Məqalə"
                        << "83 mənbədən"
                        << "Diplomatik münasibətlərin qurulması: 30 avqust 1992 [3]";
}

void TestSourcesDialog::listsEverySourceAndWhatRestsOnIt()
{
    QFETCH(QString, language);
    QFETCH(QString, article);
    QFETCH(QString, count);
    QFETCH(QString, established);
    openWindow({QStringLiteral("--lang"), language});
    withDialog([&](QWidget *dialog) {
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("sourcesTable"));
        auto *uses = dialog->findChild<QListWidget *>(QStringLiteral("sourceStatements"));
        auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("sourcesFilter"));
        auto *detail = dialog->findChild<QLabel *>(QStringLiteral("sourceDetail"));
        QVERIFY(table && uses && filter && detail);
        QCOMPARE(table->model()->rowCount(), 83);
        // The article first, with the statements that cite its reference numbers.
        QCOMPARE(table->model()->index(0, 3).data().toString(), article);
        QCOMPARE(table->model()->index(0, 5).data().toString(), QStringLiteral("CC BY-SA 4.0"));
        QVERIFY2(items(uses).contains(established), qPrintable(items(uses).join(QLatin1Char('\n'))));
        QVERIFY(detail->text().contains(QStringLiteral("https://az.wikipedia.org/wiki/")));
        // A statement of the article's that gives no reference number is the article's too.
        QCOMPARE(table->model()->index(0, 6).data().toString().toInt(), uses->count());
        const QStringList articleUses = items(uses);
        QVERIFY2(std::any_of(articleUses.cbegin(), articleUses.cend(),
                     [](const QString &use) { return !use.endsWith(QLatin1Char(']')); }),
            "no statement without reference numbers listed under the article");
        // A source only a disputed version cites still lists the statement.
        selectSource(table, QStringLiteral("trend-2007-08-06"));
        const QStringList trend = items(uses);
        QVERIFY2(trend.contains(established.chopped(4)), qPrintable(trend.join(QLatin1Char('\n'))));
        QVERIFY(std::any_of(
            trend.cbegin(), trend.cend(), [](const QString &t) { return t.startsWith(QStringLiteral("17 ")); }));
        QVERIFY(detail->text().contains(QStringLiteral("https://en.trend.az/azerbaijan/politics/968075.html")));
        // A series of one year is named by it once.
        selectSource(table, QStringLiteral("trend-2024-03-05"));
        QVERIFY2(!items(uses).join(QLatin1Char(' ')).contains(QStringLiteral("2023–2023")),
            qPrintable(items(uses).join(QLatin1Char('\n'))));
        // The filter looks in every column and the address.
        QTest::keyClicks(filter, QStringLiteral("968075"));
        QCOMPARE(table->model()->rowCount(), 1);
        bool counted = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            counted = counted || (label->text().contains(count) && label->text().contains(QLatin1Char('1')));
        QVERIFY(counted);
        // No dialog text left in English in Azerbaijani.
        if (language == QLatin1String("az"))
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Mənbələr"));
        // Every source's count is the length of its list.
        filter->clear();
        for (int row = 0; row < table->model()->rowCount(); row += 7) {
            table->setCurrentIndex(table->model()->index(row, 0));
            QCOMPARE(table->model()->index(row, 6).data().toString().toInt(), uses->count());
        }
    });
}

void TestSourcesDialog::statement_opensInItsTab()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    withDialog([&](QWidget *dialog) {
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("sourcesTable"));
        auto *uses = dialog->findChild<QListWidget *>(QStringLiteral("sourceStatements"));
        selectSource(table, QStringLiteral("trend-2006-06-12"));
        QCOMPARE(uses->count(), 1);
        uses->setFocus();
        uses->setCurrentRow(0);
        QTest::keyClick(uses, Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
    });
    QCOMPARE(m_window->currentTab(), Tab::Timeline);
    auto *list = find<QTableView>("timelineList");
    QCOMPARE(list->currentIndex().data(IdRole).toString(), QStringLiteral("cica-oil-transport-agreement-2006"));
}

// The article's statements open on the Overview where they are: a section's heading comes to
// the top of the text, a key fact's row is chosen.
void TestSourcesDialog::statement_opensASectionOrAFactOnTheOverview()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("trade")});
    const auto open = [this](const QString &prefix) {
        withDialog([&](QWidget *dialog) {
            auto *uses = dialog->findChild<QListWidget *>(QStringLiteral("sourceStatements"));
            const QList<QListWidgetItem *> found = uses->findItems(prefix, Qt::MatchStartsWith);
            QVERIFY2(!found.isEmpty(), qPrintable(prefix));
            emit uses->itemActivated(found.first());
        });
    };
    open(QStringLiteral("The article's text: Economic relations"));
    QCOMPARE(m_window->currentTab(), Tab::Overview);
    auto *contents = find<QListWidget>("contentsList");
    QVERIFY(contents->currentItem());
    QCOMPARE(contents->currentItem()->text(), QStringLiteral("Economic relations"));
    QVERIFY(find<QTextBrowser>("overviewText")->verticalScrollBar()->value() > 0);
    open(QStringLiteral("Azerbaijanis living in Kazakhstan"));
    QCOMPARE(find<QTableView>("factsView")->currentIndex().data(IdRole).toString(), QStringLiteral("diaspora"));
}

// A side's long series opens the Trade tab on the view of that side's figures (the article's
// table was left shown, where they are not).
void TestSourcesDialog::series_opensTheViewOfItsSide()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("overview")});
    withDialog([&](QWidget *dialog) {
        selectSource(
            dialog->findChild<QTableView *>(QStringLiteral("sourcesTable")), QStringLiteral("trend-2024-03-05"));
        auto *uses = dialog->findChild<QListWidget *>(QStringLiteral("sourceStatements"));
        const QList<QListWidgetItem *> found
            = uses->findItems(QStringLiteral("Exports as Kazakhstan reports them"), Qt::MatchStartsWith);
        QVERIFY(!found.isEmpty());
        emit uses->itemActivated(found.first());
    });
    QCOMPARE(m_window->currentTab(), Tab::Trade);
    QCOMPARE(find<QComboBox>("tradeView")->currentIndex(), 2); // the article's table, the reporter's, the partner's
}

QTEST_MAIN(TestSourcesDialog)
#include "tst_sources_dialog.moc"
