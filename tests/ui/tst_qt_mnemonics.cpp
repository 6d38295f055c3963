// Qt's own menus and dialogs in the program's Azerbaijani (qt_az.ts, kept by hand): within each
// menu and each dialog a user opens, no two entries share an Alt letter. The menus of a text
// field and of a text view (the cards and the article), and the file and print dialogs, as the
// program shows them.
#include "support/surfacechecks.h"
#include "ui/window/languagemanager.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace azkz;
using test::mnemonic;
using test::withoutMnemonic;

namespace {

// The texts of a menu's entries, a dialog's buttons and labelled fields, or a dialog's actions.
QStringList menuTexts(const QMenu &menu)
{
    QStringList texts;
    for (const QAction *action : menu.actions()) {
        if (!action->isSeparator())
            texts.append(action->text().section(QLatin1Char('\t'), 0, 0)); // without its shortcut
    }
    return texts;
}

QStringList dialogTexts(const QWidget &dialog)
{
    QStringList texts;
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (!button->isHidden())
            texts.append(button->text());
    }
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() && !label->isHidden())
            texts.append(label->text());
    }
    return texts;
}

// How many of texts have an Alt letter.
qsizetype lettered(const QStringList &texts)
{
    return std::count_if(texts.cbegin(), texts.cend(), [](const QString &text) { return !mnemonic(text).isNull(); });
}

// "a" and "b" share Alt+x, for each such pair.
QStringList clashes(const QStringList &texts)
{
    QHash<QChar, QString> owners;
    QStringList found;
    for (const QString &text : texts) {
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            continue;
        if (owners.contains(letter))
            found.append(QStringLiteral("\"%1\" and \"%2\" share Alt+%3")
                             .arg(withoutMnemonic(owners.value(letter)), withoutMnemonic(text), letter));
        else
            owners.insert(letter, text);
    }
    return found;
}

} // namespace

class TestQtMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_languages.setLanguage(Language::Azerbaijani)); }
    void textFieldMenu_hasNoSharedLetter();
    void textViewMenu_overALink_hasNoSharedLetter();
    void fileDialog_hasNoSharedLetterInItselfOrItsMenu_data();
    void fileDialog_hasNoSharedLetterInItselfOrItsMenu();
    void printDialog_hasNoSharedLetter();

private:
    LanguageManager m_languages;
};

void TestQtMnemonics::textFieldMenu_hasNoSharedLetter()
{
    QLineEdit field(QStringLiteral("Bakı"));
    field.selectAll();
    const std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
    const QStringList texts = menuTexts(*menu);
    QVERIFY2(lettered(texts) >= 5, qPrintable(texts.join(QLatin1String(" | ")))); // undo … paste
    const QStringList found = clashes(texts);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestQtMnemonics::textViewMenu_overALink_hasNoSharedLetter()
{
    // A read-only view as the cards are, a link under the pointer: Qt adds "Copy Link Location".
    QTextBrowser view;
    view.setHtml(QStringLiteral("<p><a href=\"https://example.org/\">mənbə</a> mətni</p>"));
    view.resize(300, 100);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectAll();
    const QPoint onLink = view.cursorRect(QTextCursor(view.document())).center() + QPoint(4, 0);
    QVERIFY(!view.anchorAt(onLink).isEmpty());
    const std::unique_ptr<QMenu> menu(view.createStandardContextMenu(onLink));
    const QStringList texts = menuTexts(*menu);
    QVERIFY2(lettered(texts) >= 2, qPrintable(texts.join(QLatin1String(" | ")))); // copy, copy link location
    const QStringList found = clashes(texts);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestQtMnemonics::fileDialog_hasNoSharedLetterInItselfOrItsMenu_data()
{
    QTest::addColumn<QFileDialog::AcceptMode>("mode");
    QTest::newRow("save") << QFileDialog::AcceptSave;
    QTest::newRow("open") << QFileDialog::AcceptOpen; // "&Aç" and "Fayl &adı:" shared Alt+A
}

void TestQtMnemonics::fileDialog_hasNoSharedLetterInItselfOrItsMenu()
{
    // Qt's own dialog, as the program's save and open dialogs are (no native one on this platform).
    QFETCH(QFileDialog::AcceptMode, mode);
    QFileDialog dialog(nullptr, QStringLiteral("Xronologiyanı ixrac et"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(mode);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList found = clashes(dialogTexts(dialog));
    // Its list's menu: New folder, Rename, Delete, Show hidden files.
    QStringList menu;
    for (const QAction *action : dialog.findChildren<QAction *>()) {
        if (!action->text().isEmpty() && !action->isSeparator() && action->text().contains(QLatin1Char('&')))
            menu.append(action->text());
    }
    QVERIFY2(menu.size() >= 4, qPrintable(menu.join(QLatin1String(" | "))));
    found += clashes(menu);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestQtMnemonics::printDialog_hasNoSharedLetter()
{
    QPrinter printer;
    QPrintDialog dialog(&printer);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList texts = dialogTexts(dialog);
    QVERIFY2(lettered(texts) >= 5, qPrintable(texts.join(QLatin1String(" | ")))); // print, name, file, …
    const QStringList found = clashes(texts);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestQtMnemonics)
#include "tst_qt_mnemonics.moc"
