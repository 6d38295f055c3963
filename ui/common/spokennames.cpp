#include "ui/common/spokennames.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>

namespace azkz {

void setSpokenName(QWidget *widget, const QString &name)
{
    if (widget->accessibleName() != name)
        widget->setAccessibleName(name);
    QWidget *parent = widget->parentWidget();
    if (!qobject_cast<QComboBox *>(widget) || !parent)
        return;
    QLabel *label = nullptr;
    for (QLabel *sibling : parent->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
        if (sibling->buddy() == widget)
            label = sibling;
    }
    if (!label) {
        label = new QLabel(parent);
        label->setObjectName(widget->objectName() + QStringLiteral("SpokenLabel"));
        label->setTextFormat(Qt::PlainText);
        label->hide();
        label->setBuddy(widget);
    }
    QString text = name;
    label->setText(text.replace(QLatin1Char('&'), QStringLiteral("&&"))); // no mnemonic, no shortcut
}

namespace {

// Announces the chosen item of a combo box once the box has the focus and when the choice
// changes there (queued: after Qt's own focus event, which would otherwise be heard last).
class ChoiceSpeaker final : public QObject
{
public:
    explicit ChoiceSpeaker(QComboBox *box) : QObject(box), m_box(box)
    {
        box->installEventFilter(this);
        connect(box, &QComboBox::currentIndexChanged, this, &ChoiceSpeaker::announceLater);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn)
            announceLater();
        return QObject::eventFilter(watched, event);
    }

private:
    void announceLater() { QMetaObject::invokeMethod(this, &ChoiceSpeaker::announce, Qt::QueuedConnection); }
    void announce()
    {
        // With the list open, Qt announces the item under the keys itself.
        if (!m_box->hasFocus() || m_box->view()->isVisible() || m_box->currentIndex() < 0)
            return;
        QAccessibleEvent event(m_box->view(), QAccessible::Focus);
        event.setChild(m_box->currentIndex());
        QAccessible::updateAccessibility(&event);
    }

    QComboBox *m_box;
};

} // namespace

void speakFocusFirst(QLineEdit *edit)
{
    // The caret event comes from the line edit's first report of its caret position, made when
    // it first takes the focus: made now, the report reaches no reader (the field is not focused).
    edit->setCursorPosition(edit->cursorPosition());
}

void speakChoices(QComboBox *box)
{
    new ChoiceSpeaker(box);
}

void setSpokenDescription(QWidget *widget, const QString &description)
{
    if (widget->accessibleDescription() != description)
        widget->setAccessibleDescription(description);
}

void addClearButtonWithText(QLineEdit *edit, const std::function<QString()> &name)
{
    QObject::connect(
        edit, &QLineEdit::textChanged, edit,
        [edit, name] {
            edit->setClearButtonEnabled(true);
            nameClearButton(edit, name());
        },
        Qt::SingleShotConnection);
}

namespace {

QAccessibleInterface *pageStackFactory(const QString &, QObject *object)
{
    auto *stack = qobject_cast<QStackedWidget *>(object);
    return stack && qobject_cast<QTabWidget *>(stack->parent()) ? new QAccessibleWidget(stack, QAccessible::Client)
                                                                : nullptr;
}

} // namespace

void passOverPageStacks()
{
    QAccessible::installFactory(pageStackFactory); // once: a factory installed already is not added again
}

void nameClearButton(QLineEdit *edit, const QString &name)
{
    // The line edit's only tool button (Qt's QLineEditIconButton); an icon, so no text.
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

} // namespace azkz
