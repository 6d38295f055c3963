// A dataset file read on its thread, as a user with a large file meets it: the window answers
// and shows the dataset it had, "Reading FILE…" is said after half a second, another file asked
// for meanwhile is the one named and the one shown, and a file saved faster than it is read
// still shows its versions.
#include "bench/generateddataset.h"
#include "core/load/datasetsource.h"
#include "support/testsupport.h"
#include "support/windowfixture.h"
#include "ui/timeline/timelinepage.h"
#include "ui/window/readingindicator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSaveFile>
#include <QTest>
#include <QTimer>

using namespace azkz;
using namespace azkz::test;

class TestDatasetReading : public QObject, public WindowFixture
{
    Q_OBJECT
private slots:
    void cleanup() { closeWindow(); }
    void window_answersWhileAFileIsReadAndSaysSo();
    void anotherFileAskedForDuringARead_isNamedAndShown();
    void fileSavedFasterThanItIsRead_showsItsVersions();

private:
    // A dataset of the real events' shapes, under this title, saved as an editor does.
    QString save(const QString &name, int events, const QString &title) const;
    QLabel *indicatorText() const { return find<ReadingIndicator>("readingIndicator")->findChild<QLabel *>(); }
};

QString TestDatasetReading::save(const QString &name, int events, const QString &title) const
{
    QJsonObject dataset = QJsonDocument::fromJson(bench::generatedDataset(events)).object();
    dataset[QStringLiteral("title")] = QJsonObject{{QStringLiteral("az"), title}, {QStringLiteral("en"), title}};
    const QString path = m_dir.filePath(name);
    QSaveFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(dataset).toJson());
    file.commit();
    return path;
}

void TestDatasetReading::window_answersWhileAFileIsReadAndSaysSo()
{
    const QString path = save(QStringLiteral("pair.json"), 71, QStringLiteral("Small"));
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("timeline"),
        QStringLiteral("--dataset"), path});
    auto *indicator = find<ReadingIndicator>("readingIndicator");
    QVERIFY(!indicator->isVisible());
    indicator->setDelay(0); // at once, not after half a second: the read below takes less
    save(QStringLiteral("pair.json"), 3000, QStringLiteral("Grown"));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    // The read goes on on its thread; the window answers (the indicator is shown by its timer)
    // and shows the dataset it had.
    QVERIFY(m_window->datasetSource().isLoading());
    QTRY_VERIFY(indicator->isVisible());
    QVERIFY(m_window->datasetSource().isLoading());
    QCOMPARE(indicatorText()->text(), QStringLiteral("Reading pair.json…"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Small — pair.json"));
    QVERIFY(find<TimelinePage>("timelinePage")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->datasetSource().isLoading(), 60000);
    QVERIFY(!indicator->isVisible());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Grown — pair.json"));
    QCOMPARE(m_window->datasetSource().dataset()->events.size(), 3000);
    QVERIFY(find<TimelinePage>("timelinePage")->isVisible());
}

void TestDatasetReading::anotherFileAskedForDuringARead_isNamedAndShown()
{
    // A long name is shortened in its middle, the words around it kept ("oxunur" was cut off at
    // 720 pixels); another file opened during the read is the one named, then shown.
    const QString longName
        = QStringLiteral("azerbaijan-kazakhstan-relations-dataset-full-export-2026-revised-final.json");
    const QString first = save(longName, 3000, QStringLiteral("First"));
    const QString second = save(QStringLiteral("second.json"), 71, QStringLiteral("Second"));
    openWindow({QStringLiteral("--lang"), QStringLiteral("az")});
    m_window->resize(720, 520);
    auto *indicator = find<ReadingIndicator>("readingIndicator");
    indicator->setDelay(0);
    m_window->openDataset(first);
    QTRY_VERIFY(indicator->isVisible());
    const QString said = indicatorText()->text();
    QVERIFY2(said.startsWith(QLatin1String("azerbaijan-")) && said.contains(QStringLiteral("…"))
            && said.endsWith(QStringLiteral("final.json oxunur…")),
        qPrintable(said));
    QVERIFY(indicatorText()->width() >= indicatorText()->sizeHint().width()); // not cut by the bar
    m_window->openDataset(second);
    QCOMPARE(indicatorText()->text(), QStringLiteral("second.json oxunur…"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->datasetSource().isLoading(), 60000);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Second — second.json"));
}

void TestDatasetReading::fileSavedFasterThanItIsRead_showsItsVersions()
{
    // Asked for again during every read (an editor saving every 0.3 s a file that takes 1.5 s to
    // read): each read was dropped for the next, and the window never showed the file. Now what
    // was read is shown while the next read goes on.
    const QString path = save(QStringLiteral("busy.json"), 71, QStringLiteral("Version 0"));
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dataset"), path});
    DatasetSource &source = m_window->datasetSource();
    save(QStringLiteral("busy.json"), 2000, QStringLiteral("Version 1"));
    QTimer again;
    again.setInterval(1);
    connect(&again, &QTimer::timeout, &source, &DatasetSource::reload);
    again.start();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->windowTitle(), QStringLiteral("Version 1 — busy.json"), 30000);
    QVERIFY(source.isLoading()); // and asked for again all the while
    again.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!source.isLoading(), 30000);
}

QTEST_MAIN(TestDatasetReading)
#include "tst_dataset_reading.moc"
