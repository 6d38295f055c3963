// A long export as a user meets it: the timeline PDF of a large dataset, started from the
// Timeline tab. After half a second a progress dialog says which page is being laid out and
// written; Cancel stops it and nothing is written; left alone it writes every page it counted.
#include "support/testsupport.h"
#include "support/windowfixture.h"

#include <QJsonArray>
#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

using namespace azkz;

namespace {

// What the user saw of the progress dialog, read every 50 ms while the export runs.
struct Seen {
    QStringList labels;
    QList<int> values;
    QString title;
};

} // namespace

class TestExportProgress : public QObject, public test::WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void longExport_cancelled_writesNothingAndSaysSo();
    void longExport_showsEachPage_andWritesThemAll();
    void shortExport_leavesNoDialog();

private:
    // Starts the export from the Timeline tab of a window on the large dataset, watching the
    // progress dialog until onDialog (given the dialog) returns false.
    Seen exportTimeline(const QString &path, const std::function<bool(QProgressDialog &)> &onDialog);
    QString statusText() const { return m_window->statusBar()->currentMessage(); }
    QString m_large;
};

void TestExportProgress::initTestCase()
{
    // 600 events (the built-in ones, again and again, under ids of their own): about 70 pages.
    QJsonObject dataset = test::embeddedObject();
    const QJsonArray builtIn = dataset.value(QStringLiteral("events")).toArray();
    QJsonArray events;
    for (int i = 0; events.size() < 600; ++i) {
        QJsonObject event = builtIn.at(i % builtIn.size()).toObject();
        event[QStringLiteral("id")] = QStringLiteral("%1-%2").arg(event.value(QStringLiteral("id")).toString()).arg(i);
        events.append(event);
    }
    dataset[QStringLiteral("events")] = events;
    m_large = m_dir.filePath(QStringLiteral("large.json"));
    QFile file(m_large);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::toJson(dataset));
}

Seen TestExportProgress::exportTimeline(const QString &path, const std::function<bool(QProgressDialog &)> &onDialog)
{
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), QStringLiteral("timeline"),
        QStringLiteral("--dataset"), m_large});
    Seen seen;
    QTimer watch;
    watch.setInterval(50);
    bool watching = true;
    connect(&watch, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
        if (!watching || !dialog || !dialog->isVisible())
            return;
        seen.title = dialog->windowTitle();
        seen.labels.append(dialog->labelText());
        seen.values.append(dialog->value());
        watching = onDialog(*dialog);
    });
    test::answerSaveDialog(path);
    watch.start();
    find<QAction>("exportTimeline")->trigger();
    watch.stop();
    return seen;
}

void TestExportProgress::longExport_cancelled_writesNothingAndSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("stopped.pdf"));
    const Seen seen = exportTimeline(path, [](QProgressDialog &dialog) {
        auto *cancel = dialog.findChild<QPushButton *>();
        if (!cancel)
            qFatal("the progress dialog has no Cancel button");
        QTest::mouseClick(cancel, Qt::LeftButton);
        return false;
    });
    QVERIFY2(!seen.labels.isEmpty(), "no progress dialog while a 600-event timeline was laid out");
    QCOMPARE(seen.title, QStringLiteral("Export timeline"));
    QVERIFY2(seen.labels.constFirst().contains(QLatin1String("page")), qPrintable(seen.labels.constFirst()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("stopped*")}, QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(statusText(), QStringLiteral("Stopped: %1 was not written").arg(path));
    QVERIFY(!QApplication::activeModalWidget()); // the dialog is gone, the window usable
}

void TestExportProgress::longExport_showsEachPage_andWritesThemAll()
{
    const QString path = m_dir.filePath(QStringLiteral("whole.pdf"));
    const Seen seen = exportTimeline(path, [](QProgressDialog &) { return true; });
    QVERIFY(QFile::exists(path));
    QCOMPARE(statusText(), QStringLiteral("Saved %1").arg(path));
    QVERIFY2(seen.labels.size() >= 3, qPrintable(seen.labels.join(QLatin1Char('\n'))));
    // The bar only moves forward; laying out comes before writing, and the last page written
    // is the PDF's last page.
    QVERIFY(std::is_sorted(seen.values.cbegin(), seen.values.cend()));
    const QRegularExpression layingOut(QStringLiteral(R"(^Laying out the pages: page (\d+) of (\d+)…$)"));
    const QRegularExpression writing(QStringLiteral(R"(^Writing page (\d+) of (\d+)…$)"));
    QVERIFY2(layingOut.match(seen.labels.constFirst()).hasMatch(), qPrintable(seen.labels.constFirst()));
    const qsizetype firstWriting = std::find_if(seen.labels.cbegin(), seen.labels.cend(), [&](const QString &label) {
        return writing.match(label).hasMatch();
    }) - seen.labels.cbegin();
    for (qsizetype i = 0; i < seen.labels.size(); ++i) {
        const QString &label = seen.labels.at(i);
        QVERIFY2((i < firstWriting ? layingOut : writing).match(label).hasMatch(), qPrintable(label));
    }
    const int pages = test::pdfPageCount(path);
    QVERIFY(pages > 30);
    if (firstWriting < seen.labels.size()) {
        const QRegularExpressionMatch last = writing.match(seen.labels.constLast());
        QCOMPARE(last.captured(2).toInt(), pages);
    }
}

void TestExportProgress::shortExport_leavesNoDialog()
{
    // Whether a dialog shows depends on the machine's speed (the built-in briefing takes about
    // a quarter of a second here); what the user meets after it does not.
    openWindow({QStringLiteral("--lang"), QStringLiteral("en")});
    const QString path = m_dir.filePath(QStringLiteral("briefing.pdf"));
    test::answerSaveDialog(path);
    find<QAction>("exportReport")->trigger();
    QVERIFY(QFile::exists(path));
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(statusText(), QStringLiteral("Saved %1").arg(path));
}

QTEST_MAIN(TestExportProgress)
#include "tst_export_progress.moc"
