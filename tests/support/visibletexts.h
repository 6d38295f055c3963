// For the interface-language tests: every text a user can read in a widget, as words.
#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>

#include <functional>

namespace azkz::test {

inline QStringList words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    QStringList result;
    for (auto it = word.globalMatch(QString(text).remove(QLatin1Char('&'))); it.hasNext();)
        result.append(it.next().captured());
    return result;
}

inline QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Every text a user can read in root: labels, buttons, titles, tabs, combo box entries,
// headers, tooltips, placeholders, menu and toolbar entries.
inline QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        if (w != root && !w->isVisibleTo(root))
            continue;
        texts.append(plain(w->toolTip()));
        if (auto *label = qobject_cast<QLabel *>(w))
            texts.append(plain(label->text()));
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts.append(button->text());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            texts.append(group->title());
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << plain(tabs->tabToolTip(i));
        }
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        }
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts.append(edit->placeholderText());
        if (auto *spin = qobject_cast<QSpinBox *>(w))
            texts << spin->prefix() << spin->suffix() << spin->specialValueText();
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(w))
            texts << spin->prefix() << spin->suffix() << spin->specialValueText();
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    texts.append(header->model()->headerData(i, header->orientation()).toString());
            }
        }
        if (auto *browser = qobject_cast<QTextEdit *>(w))
            texts.append(browser->toPlainText());
        for (QAction *action : w->actions())
            texts << action->text() << action->toolTip();
    }
    return texts;
}

// Runs act on the next popup menu once it is shown, then closes it.
inline void whenPopup(std::function<void(QMenu *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            timer->stop();
            timer->deleteLater();
            act(menu);
            menu->close();
        }
    });
    timer->start();
}

inline QAction *actionWithText(QWidget *root, const QString &text)
{
    for (QAction *action : root->findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace azkz::test
