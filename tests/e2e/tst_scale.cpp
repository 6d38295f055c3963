// A dataset far larger than the built-in one, as a news-derived event list gives: a mission's
// card lists its first events and leads on to the timeline for the rest; reloading again and
// again frees each old dataset.
#include "core/load/datasetsource.h"
#include "support/programrun.h"
#include "support/testsupport.h"
#include "support/windowfixture.h"
#include "ui/timeline/timelinepage.h"

#include <QTabWidget>
#include <QTextBrowser>

using namespace azkz;
using namespace azkz::test;

class TestScale : public QObject, public WindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup() { closeWindow(); }
    void missionCard_listsTheFirstEventsAndLeadsToTheRest();
    void reloads_freeTheOldDataset();

private:
    QString m_path;
};

namespace {
constexpr int Generated = 5000;
} // namespace

void TestScale::initTestCase()
{
    // The built-in dataset with 5,000 more events, each concerning the embassy in Astana.
    QJsonObject root = embeddedObject();
    QJsonArray events = root.value(QStringLiteral("events")).toArray();
    for (int i = 0; i < Generated; ++i) {
        events.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("generated-%1").arg(i)},
            {QStringLiteral("date"), QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate)},
            {QStringLiteral("category"), QStringLiteral("diplomacy")},
            {QStringLiteral("title"),
                QJsonObject{{QStringLiteral("az"), QStringLiteral("Hadisə %1").arg(i)},
                    {QStringLiteral("en"), QStringLiteral("Event %1").arg(i)}}},
            {QStringLiteral("text"),
                QJsonObject{{QStringLiteral("az"), QStringLiteral("Səfirlikdə görüş %1.").arg(i)},
                    {QStringLiteral("en"), QStringLiteral("A meeting at the embassy, %1.").arg(i)}}},
            {QStringLiteral("missions"), QJsonArray{QStringLiteral("az-embassy-astana")}},
            {QStringLiteral("refs"), QJsonArray{1}}});
    }
    root.insert(QStringLiteral("events"), events);
    m_path = m_dir.filePath(QStringLiteral("large.json"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(toJson(root)) > 0);
}

void TestScale::missionCard_listsTheFirstEventsAndLeadsToTheRest()
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("missions"),
        QStringLiteral("--dataset"), m_path});
    auto *card = find<QTextBrowser>("missionDetails");
    QVERIFY(card->toPlainText().contains(QStringLiteral("Embassy of Azerbaijan in Kazakhstan")));
    // In date order: the embassy's establishment (1997), then the first 19 generated events
    // (from 2000); the other 4,981 and the opening (2004) are one link away.
    const QString text = card->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Event 18\n")));
    QVERIFY(!text.contains(QStringLiteral("Event 19\n")));
    QVERIFY2(text.contains(QStringLiteral("and 4,982 more: go on in the timeline")), qPrintable(text.right(300)));
    const QTextCursor more = card->document()->find(QStringLiteral("4,982 more"));
    QVERIFY(!more.isNull());
    QTextCursor middle = more;
    middle.setPosition(more.selectionStart() + 2);
    QTest::mouseClick(card->viewport(), Qt::LeftButton, {}, card->cursorRect(middle).center());
    QCOMPARE(m_window->currentTab(), Tab::Timeline);
    QVERIFY(find<QTextBrowser>("eventDetails")->toPlainText().contains(QStringLiteral("Event 19")));
}

void TestScale::reloads_freeTheOldDataset()
{
    // What a reload leaves behind is counted, not measured (memory is measured in bench/scale_bench):
    // every old dataset is freed, and one set of pages lives.
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("timeline"),
        QStringLiteral("--dataset"), m_path});
    std::vector<std::weak_ptr<const Dataset>> shown;
    for (int i = 0; i < 50; ++i) {
        shown.push_back(m_window->datasetSource().dataset());
        m_window->datasetSource().reload();
        QTRY_VERIFY(!m_window->datasetSource().isLoading());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
    for (const std::weak_ptr<const Dataset> &old : shown)
        QVERIFY(old.expired()); // nothing holds an old dataset
    QVERIFY(!m_window->datasetSource().dataset()->events.isEmpty());
    QCOMPARE(m_window->findChildren<QTabWidget *>(QStringLiteral("tabs")).size(), 1);
    QCOMPARE(m_window->findChildren<TimelinePage *>().size(), 1);
}

QTEST_MAIN(TestScale)
#include "tst_scale.moc"
