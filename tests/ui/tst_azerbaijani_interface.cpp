// The Azerbaijani interface as a user meets it: every dialog and context menu the program
// can show, opened in Azerbaijani, with every visible text collected and checked for words of
// the English interface or of Qt's English strings.
#include "support/catalogues.h"
#include "support/testsupport.h"
#include "support/visibletexts.h"
#include "support/windowfixture.h"
#include "ui/common/savedialogs.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileSystemModel>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace azkz;
using namespace azkz::test;

namespace {

// Words a translator may keep, with the reason.
// clang-format off
const QStringList allowedWords = {
    QStringLiteral("english"), // the Language menu names each language in itself
    QStringLiteral("azkz"), QStringLiteral("relations"), // the program's name, azkz-relations
    QStringLiteral("wikipedia"), // a publisher's name
    QStringLiteral("aliyev"), QStringLiteral("əliyev"), // a name, the search hint's example in both languages
    QStringLiteral("json"), // the dataset files' format and suffix
    QStringLiteral("bibtex"), // a citation format's name, in "Copy with citation"'s tooltip
    QStringLiteral("real"), // an Azerbaijani word too ("real tarix")
    QStringLiteral("qt"), // the toolkit's name, in "Qt haqqında"
    // File name patterns and units: "PDF sənədi (*.pdf)", " px", "8,27 x 13 in"
    QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("csv"), QStringLiteral("px"),
    QStringLiteral("mm"), QStringLiteral("pt"), QStringLiteral("in"),
    // Paper sizes are names (Letter, Legal, Tabloid…), kept by every Qt catalogue
    QStringLiteral("letter"), QStringLiteral("legal"), QStringLiteral("executive"), QStringLiteral("folio"),
    QStringLiteral("ledger"), QStringLiteral("tabloid"), QStringLiteral("extra"), QStringLiteral("plus"),
    QStringLiteral("architect"), QStringLiteral("quarto"), QStringLiteral("statement"), QStringLiteral("note"),
    QStringLiteral("super"), QStringLiteral("monarch"), QStringLiteral("chou"), QStringLiteral("kaku"),
    QStringLiteral("you"), QStringLiteral("didot"), QStringLiteral("cicero"),
    // Key names, as printed on the keys
    QStringLiteral("ctrl"), QStringLiteral("shift"), QStringLiteral("alt"), QStringLiteral("esc"),
    QStringLiteral("home"), QStringLiteral("end"), QStringLiteral("tab"), QStringLiteral("del"), QStringLiteral("enter"),
};
// clang-format on

// Runs act on the first modal dialog that is not a file dialog (the save dialog before it is
// answered by its own helper).
void whenModalAfterSaving(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && !qobject_cast<QFileDialog *>(modal)) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

} // namespace

class TestAzerbaijani : public QObject, public test::WindowFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void window_everyTabAndMenu();
    void saveAndOpenFileDialogs();
    void exportSizeDialog();
    void printPreviewPageSetupAndPrintDialogs();
    void errorMessage_namesTheReasonInAzerbaijani();
    void aboutBox();
    void contextMenus();
    void brokenDatasetView();

private:
    // Fails on every English word in texts (collected where).
    void checkAzerbaijani(const QStringList &texts, const QString &where);
    QSet<QString> m_english;
};

void TestAzerbaijani::initTestCase()
{
    const Catalogue qtAz = readTs(QStringLiteral(AZKZ_SOURCE_DIR "/i18n/qt_az.ts"));
    const Catalogue en = readTs(QStringLiteral(AZKZ_SOURCE_DIR "/i18n/azkz_en.ts"));
    QStringList english = qtAz.sources.values() + en.sources.values() + en.translations;
    if (const auto qt = qtCatalogue())
        english += qt->sources.values();
    for (const QString &text : english) {
        for (const QString &word : words(text))
            m_english.insert(word.toLower());
    }
    for (const QString &word : allowedWords)
        m_english.remove(word);
    QVERIFY(m_english.contains(QStringLiteral("folder")) && m_english.contains(QStringLiteral("timeline")));
    openWindow({QStringLiteral("--lang"), QStringLiteral("az")});
}

void TestAzerbaijani::checkAzerbaijani(const QStringList &texts, const QString &where)
{
    if (qEnvironmentVariableIsSet("AZKZ_DEBUG_TEXTS"))
        qDebug() << where << texts;
    QStringList found;
    static const QRegularExpression path(QStringLiteral("(https?:)?/[^\\s\"]*")); // paths and addresses are names
    // Publications' names keep their own language: "The Astana Times" (their other words are
    // not in the catalogues).
    static const QRegularExpression publication(QStringLiteral("\\bThe( \\p{Lu}[\\p{L}-]*)+"));
    // So do the map's data and package: "Natural Earth", "world-atlas".
    static const QRegularExpression mapData(QStringLiteral("\\b(Natural Earth|world-atlas)\\b"));
    for (const QString &text : texts) {
        for (const QString &word : words(QString(text).remove(path).remove(publication).remove(mapData))) {
            // Codes and abbreviations (PDF, CUPS, YYYY) and two-letter words ("En", the Azerbaijani
            // for width, is "en", the language code, in English).
            if (word.size() < 3 || word == word.toUpper())
                continue;
            if (m_english.contains(word.toLower()))
                found.append(QStringLiteral("%1 (in \"%2\")").arg(word, text.left(80)));
        }
    }
    found.removeDuplicates();
    QVERIFY2(
        found.isEmpty(), qPrintable(where + QStringLiteral(": English words: ") + found.join(QStringLiteral("; "))));
    QVERIFY2(!texts.join(QString()).trimmed().isEmpty(), qPrintable(where + QStringLiteral(": no text collected")));
}

void TestAzerbaijani::window_everyTabAndMenu()
{
    auto *tabs = find<QTabWidget>("tabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        checkAzerbaijani(visibleTexts(m_window.get()), QStringLiteral("tab %1").arg(i));
    }
    QStringList menuTexts;
    for (QAction *menu : m_window->menuBar()->actions()) {
        menuTexts.append(menu->text());
        if (menu->menu()) {
            for (QAction *action : menu->menu()->actions())
                menuTexts << action->text() << action->toolTip();
        }
    }
    checkAzerbaijani(menuTexts, QStringLiteral("menus"));
}

void TestAzerbaijani::saveAndOpenFileDialogs()
{
    // A folder of its own, with a subfolder and a file, so that the Type column has both.
    const QString folder = m_dir.filePath(QStringLiteral("qovluq"));
    QDir().mkpath(folder + QStringLiteral("/alt"));
    QFile file(folder + QStringLiteral("/cədvəl.csv"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    m_settings->setValue(QStringLiteral("dialogs/lastFolder"), folder);
    find<QTabWidget>("tabs")->setCurrentIndex(3);
    QStringList texts;
    test::whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        dialog->setDirectory(folder);
        auto *files = dialog->findChild<QFileSystemModel *>();
        QVERIFY(files);
        QTRY_VERIFY(files->rowCount(files->index(folder)) > 0); // filled in a thread
        texts = visibleTexts(dialog);
        dialog->reject();
    });
    find<QAction>("exportChart")->trigger();
    checkAzerbaijani(texts, QStringLiteral("save dialog"));

    QFileDialog open(m_window.get());
    open.setOption(QFileDialog::DontUseNativeDialog);
    localizeFileDialog(open);
    open.setFileMode(QFileDialog::ExistingFile);
    open.setViewMode(QFileDialog::Detail);
    open.setDirectory(folder);
    open.show();
    auto *model = open.findChild<QFileSystemModel *>();
    QVERIFY(model);
    QTRY_COMPARE(model->rowCount(model->index(folder)), 2); // filled in a thread: alt/ and cədvəl.csv
    texts = visibleTexts(&open);
    // The Type column: "Qovluq" for the subfolder, as Qt's file icon provider names it.
    const QModelIndex sub = model->index(folder + QStringLiteral("/alt"));
    texts.append(model->index(sub.row(), 2, sub.parent()).data().toString());
    QCOMPARE(model->index(sub.row(), 2, sub.parent()).data().toString(), QStringLiteral("Qovluq"));
    // Its date, as the view shows it: in the interface language, not the system's.
    auto *view = open.findChild<QTreeView *>(QStringLiteral("treeView"));
    QVERIFY(view && view->model());
    const QDateTime modified = QFileInfo(folder + QStringLiteral("/alt")).lastModified();
    QString shownDate;
    for (int row = 0; row < view->model()->rowCount(view->rootIndex()); ++row) {
        const QModelIndex name = view->model()->index(row, 0, view->rootIndex());
        if (name.data().toString() == QLatin1String("alt"))
            shownDate = view->model()->index(row, 3, view->rootIndex()).data().toString();
    }
    const QLocale az(QLocale::Azerbaijani, QLocale::Azerbaijan);
    QVERIFY2(shownDate.contains(az.monthName(modified.date().month(), QLocale::ShortFormat)), qPrintable(shownDate));
    texts.append(shownDate);
    open.close();
    checkAzerbaijani(texts, QStringLiteral("open dialog"));
}

void TestAzerbaijani::exportSizeDialog()
{
    find<QTabWidget>("tabs")->setCurrentIndex(3);
    QStringList texts;
    test::answerSaveDialog(m_dir.filePath(QStringLiteral("diaqram.png")));
    whenModalAfterSaving([&](QWidget *modal) {
        texts = visibleTexts(modal);
        qobject_cast<QDialog *>(modal)->reject();
    });
    find<QAction>("exportChart")->trigger();
    QTRY_VERIFY(!texts.isEmpty());
    checkAzerbaijani(texts, QStringLiteral("export size dialog"));
}

void TestAzerbaijani::printPreviewPageSetupAndPrintDialogs()
{
    find<QTabWidget>("tabs")->setCurrentIndex(3);
    QStringList preview, pageSetup, print;
    test::whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(modal);
        QVERIFY(dialog);
        auto *pages = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        QTRY_VERIFY(pages->pageCount() > 0); // the preview has drawn its pages
        preview = visibleTexts(dialog);
        QAction *setup = actionWithText(dialog, QCoreApplication::translate("QPrintPreviewDialog", "Page setup"));
        QAction *printAction = actionWithText(dialog, QCoreApplication::translate("QPrintPreviewDialog", "Print"));
        QVERIFY(setup && printAction);
        test::whenModal([&](QWidget *inner) {
            pageSetup = visibleTexts(inner);
            qobject_cast<QDialog *>(inner)->reject();
        });
        setup->trigger();
        test::whenModal([&](QWidget *inner) {
            print = visibleTexts(inner);
            // The Options part of the print dialog, folded away at first.
            if (auto *options = inner->findChild<QAbstractButton *>(QStringLiteral("options")))
                options->click();
            print += visibleTexts(inner);
            qobject_cast<QDialog *>(inner)->reject();
        });
        printAction->trigger();
        dialog->reject();
    });
    find<QAction>("printTrade")->trigger();
    checkAzerbaijani(preview, QStringLiteral("print preview"));
    checkAzerbaijani(pageSetup, QStringLiteral("page setup"));
    checkAzerbaijani(print, QStringLiteral("print dialog"));
}

void TestAzerbaijani::errorMessage_namesTheReasonInAzerbaijani()
{
    find<QTabWidget>("tabs")->setCurrentIndex(3);
    const QString impossible = QStringLiteral("/sys/diaqram.csv"); // a folder nobody can write in
    test::answerSaveDialog(impossible);
    QStringList texts;
    whenModalAfterSaving([&](QWidget *modal) {
        texts = visibleTexts(modal);
        qobject_cast<QDialog *>(modal)->accept();
    });
    find<QAction>("exportCsv")->trigger();
    QTRY_VERIFY(!texts.isEmpty());
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("%1 yazıla bilmir:").arg(impossible)), qPrintable(all));
    checkAzerbaijani(texts, QStringLiteral("error message"));
}

void TestAzerbaijani::aboutBox()
{
    QStringList texts;
    test::whenModal([&](QWidget *modal) {
        texts = visibleTexts(modal);
        modal->close();
    });
    find<QAction>("about")->trigger();
    checkAzerbaijani(texts, QStringLiteral("About"));
}

void TestAzerbaijani::contextMenus()
{
    auto *tabs = find<QTabWidget>("tabs");
    tabs->setCurrentIndex(2);
    QCoreApplication::processEvents();
    QStringList texts;
    // Some widgets show their menu with exec(), others with popup(): wait for it either way.
    auto collected = std::make_shared<QStringList>();
    const auto menuOf = [&](QWidget *widget, const QString &where) {
        collected->clear();
        whenPopup([collected](QMenu *menu) {
            for (QAction *action : menu->actions())
                collected->append(action->text());
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5), widget->mapToGlobal(QPoint(5, 5)));
        QCoreApplication::sendEvent(widget, &event);
        QTRY_VERIFY2(!collected->isEmpty(), qPrintable(where + QStringLiteral(": no menu")));
        checkAzerbaijani(*collected, where);
    };
    auto *search = find<QLineEdit>("timelineSearch");
    search->setText(QStringLiteral("Bakı"));
    menuOf(search, QStringLiteral("search field menu"));
    search->clear();
    auto *fromYear = find<QAbstractSpinBox>("fromYear");
    menuOf(fromYear, QStringLiteral("year box menu"));
    tabs->setCurrentIndex(0);
    QCoreApplication::processEvents();
    auto *text = find<QTextBrowser>("overviewText");
    text->selectAll();
    menuOf(text->viewport(), QStringLiteral("article menu"));
    QScrollBar *bar = text->verticalScrollBar();
    m_window->resize(720, 520);
    QTRY_VERIFY(bar->isVisible());
    menuOf(bar, QStringLiteral("scroll bar menu"));
    m_window->resize(1200, 860);
}

void TestAzerbaijani::brokenDatasetView()
{
    const QString broken = m_dir.filePath(QStringLiteral("pozuq.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::embeddedJsonWith(QStringLiteral("events[4].date"), QJsonValue(QStringLiteral("1990-13"))));
    file.close();
    QString errors;
    QTextStream err(&errors);
    const auto window = createMainWindow(parseCommandLine({QStringLiteral("azkz-relations"), QStringLiteral("--lang"),
                                             QStringLiteral("az"), QStringLiteral("--dataset"), broken}),
        *m_languages, *m_settings, err);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *problems = window->findChild<QListWidget *>(QStringLiteral("problemsList"));
    QVERIFY(problems && problems->count() == 1);
    // The file's name, the JSON path and the file's own value stay as they are.
    QString line = problems->item(0)->text();
    QVERIFY2(line.startsWith(broken + QStringLiteral(": events[4].date: ")), qPrintable(line));
    line.remove(0, broken.size() + QStringLiteral(": events[4].date: ").size());
    line.remove(QStringLiteral("\"1990-13\""));
    QStringList texts = visibleTexts(window.get());
    texts.removeAll(problems->item(0)->text());
    texts.append(line);
    checkAzerbaijani(texts, QStringLiteral("broken dataset"));
}

QTEST_MAIN(TestAzerbaijani)
#include "tst_azerbaijani_interface.moc"
