// The one registry of export formats, through the paths a user takes: the file dialog's
// filters come from it, and a name with another suffix (x.jpg) is refused the same way by
// every "save as" of the window and by every export option of the command line, with the
// file never written.
#include "core/io/exportformat.h"
#include "support/programrun.h"
#include "support/windowfixture.h"

#include <QAction>
#include <QMessageBox>
#include <QtTest>

using namespace azkz;

class TestExportFormats : public QObject, public test::WindowFixture
{
    Q_OBJECT

private slots:
    void formatForPath_takesOnlyTheDocumentsFormats();
    void wrongSuffixFromWindow_isRefusedAndNothingWritten_data();
    void wrongSuffixFromWindow_isRefusedAndNothingWritten();
    void wrongSuffixOnCommandLine_isAUsageError_data();
    void wrongSuffixOnCommandLine_isAUsageError();
};

void TestExportFormats::formatForPath_takesOnlyTheDocumentsFormats()
{
    QCOMPARE(formatForPath(QStringLiteral("/a/b.PNG"), ChartFormats), ExportFormat::Png);
    QCOMPARE(formatForPath(QStringLiteral("b.svg"), TimelineFormats), ExportFormat::Svg);
    QCOMPARE(formatForPath(QStringLiteral("b.svg"), ReportFormats), std::nullopt);
    QCOMPARE(formatForPath(QStringLiteral("b.pdf.jpg"), ChartFormats), std::nullopt);
    QCOMPARE(formatForPath(QStringLiteral("pdf"), ReportFormats), std::nullopt);
    QCOMPARE(fileDialogFilters(TimelineFormats),
        QStringList({QStringLiteral("PDF document (*.pdf)"), QStringLiteral("SVG drawing (*.svg)"),
            QStringLiteral("PNG image (*.png)")}));
    QCOMPARE(suffixList(ChartFormats), QStringLiteral(".png, .svg or .pdf"));
    QCOMPARE(suffixList(ReportFormats), QStringLiteral(".pdf"));
    // A name holding a placeholder stays as typed.
    QCOMPARE(wrongSuffixMessage(QStringLiteral("a%1.jpg"), ReportFormats),
        QStringLiteral("Cannot export a%1.jpg: the name must end in .pdf"));
}

void TestExportFormats::wrongSuffixFromWindow_isRefusedAndNothingWritten_data()
{
    QTest::addColumn<QString>("tab");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("endings");
    QTest::newRow("chart") << "trade"
                           << "exportChart"
                           << ".png, .svg or .pdf";
    QTest::newRow("trade data") << "trade"
                                << "exportCsv"
                                << ".csv";
    QTest::newRow("timeline") << "timeline"
                              << "exportTimeline"
                              << ".pdf, .svg or .png";
    QTest::newRow("report") << "overview"
                            << "exportReport"
                            << ".pdf";
}

void TestExportFormats::wrongSuffixFromWindow_isRefusedAndNothingWritten()
{
    QFETCH(QString, tab);
    QFETCH(QString, action);
    QFETCH(QString, endings);
    openWindow({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--tab"), tab});
    const QString path = m_dir.filePath(QStringLiteral("x.jpg"));
    test::answerSaveDialog(path);
    QString shown;
    test::whenModal([&shown](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        shown = box->text();
        box->accept();
    });
    m_window->findChild<QAction *>(action)->trigger();
    QCOMPARE(shown, QStringLiteral("Cannot export %1: the name must end in %2").arg(path, endings));
    QVERIFY(!QFile::exists(path));
    closeWindow();
}

void TestExportFormats::wrongSuffixOnCommandLine_isAUsageError_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("endings");
    QTest::newRow("chart") << "--export-chart"
                           << ".png, .svg or .pdf";
    QTest::newRow("timeline") << "--export-timeline"
                              << ".pdf, .svg or .png";
    QTest::newRow("report") << "--export-report"
                            << ".pdf";
}

void TestExportFormats::wrongSuffixOnCommandLine_isAUsageError()
{
    QFETCH(QString, option);
    QFETCH(QString, endings);
    const QString path = m_dir.filePath(QStringLiteral("x.jpg"));
    const test::Run run = test::runProgram({QStringLiteral("--lang"), QStringLiteral("en"), option, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("%1 takes a file ending in %2, not \"%3\"").arg(option, endings, path)),
        qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExportFormats)
#include "tst_export_formats.moc"
