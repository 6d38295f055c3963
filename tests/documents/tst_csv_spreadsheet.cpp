// The trade CSV as a spreadsheet user opens it: every view, in both languages, converted by
// LibreOffice Calc (headless, comma-separated, UTF-8) and read back from the workbook: one row a
// figure, each year and value a number equal to the file's, every text cell as written.
#include "support/programrun.h"
#include "support/testsupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace azkz;

class TestCsvSpreadsheet : public QObject
{
    Q_OBJECT
private slots:
    void calc_readsEveryValueAsANumber();

private:
    QTemporaryDir m_dir;
};

void TestCsvSpreadsheet::calc_readsEveryValueAsANumber()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    QVERIFY2(!soffice.isEmpty(), "LibreOffice Calc (libreoffice-calc-nogui) is not installed: run ./build.sh test");
    QStringList files;
    for (const char *lang : {"az", "en"}) {
        for (const char *view : {"az", "kz", "mirror", "turnover", "balance"}) {
            const QString path
                = m_dir.filePath(QStringLiteral("%1-%2.csv").arg(QLatin1String(view), QLatin1String(lang)));
            const test::Run run = test::runProgram({QStringLiteral("--lang"), QString::fromLatin1(lang),
                QStringLiteral("--export-csv"), path, QStringLiteral("--trade-view"), QString::fromLatin1(view)});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            files.append(path);
        }
    }
    // As a user's Calc opens it: comma-separated, double quotes, UTF-8 (76), from the first row.
    const QString out = m_dir.filePath(QStringLiteral("ods"));
    test::runTool(soffice,
        QStringList{QStringLiteral("-env:UserInstallation=")
                + QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString(),
            QStringLiteral("--headless"), QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--convert-to"),
            QStringLiteral("ods"), QStringLiteral("--outdir"), out}
            + files);
    // The workbook's cells beside the file's fields, read by Python's zipfile, XML and csv.
    const QString check = QStringLiteral(R"py(
import csv, sys, zipfile, xml.etree.ElementTree as ET
T = '{urn:oasis:names:tc:opendocument:xmlns:table:1.0}'
O = '{urn:oasis:names:tc:opendocument:xmlns:office:1.0}'
P = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p'
source, book = sys.argv[1], sys.argv[2]
rows = []
for row in ET.fromstring(zipfile.ZipFile(book).read('content.xml')).iter(T + 'table-row'):
    cells = []
    for cell in row.findall(T + 'table-cell'):
        repeated = int(cell.get(T + 'number-columns-repeated', '1'))
        if repeated > 100:
            break
        text = '\n'.join(''.join(p.itertext()) for p in cell.findall(P))
        cells += [(cell.get(O + 'value-type'), cell.get(O + 'value'), text)] * repeated
    if cells:
        rows.append(cells)
written = list(csv.reader(open(source, encoding='utf-8', newline='')))
numbers = [written[0].index(name) for name in ('year', 'value_as_printed', 'value')]
problems = []
if len(rows) != len(written):
    problems.append('%d rows, %d in the file' % (len(rows), len(written)))
for r, (cells, fields) in enumerate(zip(rows[1:], written[1:]), 2):
    for c, field in enumerate(fields):
        kind, value, text = cells[c] if c < len(cells) else (None, None, '')
        if c in numbers:
            try:
                same = kind == 'float' and abs(float(value) - float(field)) <= 1e-9 * max(1, abs(float(field)))
            except ValueError:
                same = False
            if not same:
                problems.append('row %d column %d: %s %s for %s' % (r, c + 1, kind, value, field))
        elif text != field:
            problems.append('row %d column %d: %r for %r' % (r, c + 1, text, field))
print(len(rows) - 1, '; '.join(problems[:3]) or 'ok')
)py");
    for (const QString &file : files) {
        const QString book = QDir(out).filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".ods"));
        QVERIFY2(QFile::exists(book), qPrintable(book));
        const QStringList result = test::runTool(QStringLiteral("python3"), {QStringLiteral("-c"), check, file, book})
                                       .trimmed()
                                       .split(QLatin1Char(' '));
        QVERIFY2(result.value(0).toInt() >= 10, qPrintable(file + QLatin1Char(' ') + result.join(QLatin1Char(' '))));
        QVERIFY2(result.value(1) == QLatin1String("ok"),
            qPrintable(file + QLatin1Char(' ') + result.join(QLatin1Char(' '))));
    }
}

QTEST_MAIN(TestCsvSpreadsheet)
#include "tst_csv_spreadsheet.moc"
