// Every page of the long documents (the briefing PDF and the timeline PDF, as the command line
// writes them, in both languages) read as a reader meets it: each page has a body of text and
// ink (no page of furniture only), and no line of text is in two pages' text (a paragraph or a
// table row carried over a page's end is drawn once).
#include "support/programrun.h"
#include "support/testsupport.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace azkz;

namespace {

// The page's lines as poppler reads them, without the running header (the first line) and
// the footer (the last).
QStringList bodyLines(const QString &pdf, int page)
{
    const QString n = QString::number(page);
    QStringList lines = test::runTool(
        QStringLiteral("pdftotext"), {QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdf, QStringLiteral("-")})
                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.simplified();
    lines.removeAll(QString());
    return lines.mid(1, lines.size() - 2);
}

// The share of the page's body (inside 12 % margins top and bottom) that is not white.
double inkedShare(const QString &pdf, int page, const QString &folder)
{
    const QString n = QString::number(page);
    const QString prefix = QDir(folder).filePath(QStringLiteral("page"));
    test::runTool(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-gray"), QStringLiteral("-singlefile"),
            QStringLiteral("-f"), n, QStringLiteral("-l"), n, QStringLiteral("-png"), pdf, prefix});
    const QImage image(prefix + QStringLiteral(".png"));
    if (image.isNull())
        return 0;
    int inked = 0, all = 0;
    for (int y = image.height() * 12 / 100; y < image.height() * 88 / 100; ++y) {
        for (int x = 0; x < image.width(); ++x, ++all)
            inked += qGray(image.pixel(x, y)) < 200;
    }
    return all > 0 ? double(inked) / all : 0;
}

} // namespace

class TestPages : public QObject
{
    Q_OBJECT
private slots:
    void everyPage_hasTextAndNoLineTwice_data();
    void everyPage_hasTextAndNoLineTwice();

private:
    QTemporaryDir m_dir;
};

void TestPages::everyPage_hasTextAndNoLineTwice_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("lang");
    for (const char *option : {"--export-report", "--export-timeline"}) {
        for (const char *lang : {"az", "en"})
            QTest::addRow("%s %s", option, lang) << QString::fromLatin1(option) << QString::fromLatin1(lang);
    }
}

void TestPages::everyPage_hasTextAndNoLineTwice()
{
    QFETCH(QString, option);
    QFETCH(QString, lang);
    const QString pdf = m_dir.filePath(QStringLiteral("document.pdf"));
    const test::Run run = test::runProgram({QStringLiteral("--lang"), lang, option, pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const int pages = test::pdfPageCount(pdf);
    QVERIFY(pages >= 2);
    QStringList previous;
    for (int page = 1; page <= pages; ++page) {
        const QStringList lines = bodyLines(pdf, page);
        const qsizetype words = lines.join(QLatin1Char(' ')).split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
        // A page before the last holds a page's worth (the shortest, a chapter's end, about 90
        // words); the last at least a few lines.
        const qsizetype least = page < pages ? 60 : 10;
        QVERIFY2(words >= least, qPrintable(QStringLiteral("page %1 of %2: %3 words").arg(page).arg(pages).arg(words)));
        const double ink = inkedShare(pdf, page, m_dir.path());
        QVERIFY2(
            ink > 0.01, qPrintable(QStringLiteral("page %1 of %2: %3 % inked").arg(page).arg(pages).arg(ink * 100)));
        // The end of one page is not the start of the next (a table's header line, repeated on
        // purpose, is short).
        for (const QString &line : previous.mid(previous.size() - 4)) {
            QVERIFY2(line.size() < 24 || !lines.mid(0, 6).contains(line),
                qPrintable(QStringLiteral("pages %1 and %2 both hold: %3").arg(page - 1).arg(page).arg(line)));
        }
        previous = lines;
    }
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
