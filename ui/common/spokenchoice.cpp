#include "ui/common/spokenchoice.h"

#include "ui/common/spokennames.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QPointer>
#include <QRect>
#include <QWidget>

#include <utility>

namespace azkz {

namespace {

// What the widget has chosen, kept as its child object, with the interface handed out for it.
class Choice final : public QObject
{
public:
    explicit Choice(QWidget *widget) : QObject(widget), m_widget(widget)
    {
        setObjectName(QStringLiteral("azkzSpokenChoice"));
    }
    ~Choice() override
    {
        if (m_id)
            QAccessible::deleteAccessibleInterface(m_id);
    }
    Q_DISABLE_COPY_MOVE(Choice)

    static Choice *of(const QObject *widget)
    {
        return widget ? widget->findChild<Choice *>(QStringLiteral("azkzSpokenChoice"), Qt::FindDirectChildrenOnly)
                      : nullptr;
    }

    QWidget *widget() const { return m_widget; }
    const QString &text() const { return m_text; }
    void setText(const QString &text)
    {
        m_text = text;
        // Another item to a reader: one that kept its path with a new name was taken for the
        // item already focused, and not heard.
        if (m_id)
            QAccessible::deleteAccessibleInterface(std::exchange(m_id, 0));
    }
    QRect where;
    QAccessibleInterface *interface();

private:
    QWidget *m_widget;
    QString m_text;
    QAccessible::Id m_id = 0;
};

// The chosen item: its name, where it is drawn; focused while the widget has the focus.
class ChoiceItem final : public QAccessibleInterface
{
public:
    explicit ChoiceItem(const Choice *choice) : m_choice(choice) { }

    bool isValid() const override { return m_choice && !m_choice->text().isEmpty(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_choice->widget()->window()->windowHandle(); }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_choice->widget()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override { return t == QAccessible::Name ? m_choice->text() : QString(); }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        const QRect where = m_choice->where.intersected(m_choice->widget()->rect());
        return QRect(m_choice->widget()->mapToGlobal(where.topLeft()), where.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.selectable = true;
        state.selected = true;
        state.focused = m_choice->widget()->hasFocus();
        return state;
    }

private:
    QPointer<const Choice> m_choice;
};

QAccessibleInterface *Choice::interface()
{
    if (!m_id)
        m_id = QAccessible::registerAccessibleInterface(new ChoiceItem(this));
    return QAccessible::accessibleInterface(m_id);
}

// The widget, with the choice as its one child while there is one.
class ChoosingWidget final : public QAccessibleWidget
{
public:
    explicit ChoosingWidget(QWidget *widget) : QAccessibleWidget(widget) { }
    int childCount() const override { return choice() && !choice()->text().isEmpty() ? 1 : 0; }
    QAccessibleInterface *child(int index) const override
    {
        return index == 0 && childCount() ? choice()->interface() : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return childCount() && child == choice()->interface() ? 0 : -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        return childCount() && child(0)->rect().contains(x, y) ? child(0) : nullptr;
    }
    QAccessibleInterface *focusChild() const override { return widget()->hasFocus() ? child(0) : nullptr; }

private:
    Choice *choice() const { return Choice::of(object()); }
};

QAccessibleInterface *choosingWidgetFactory(const QString &, QObject *object)
{
    return object && object->isWidgetType() && Choice::of(object) ? new ChoosingWidget(static_cast<QWidget *>(object))
                                                                  : nullptr;
}

} // namespace

void setSpokenChoice(QWidget *widget, const QString &title, const QString &choice, const QRect &where)
{
    static const bool installed = [] {
        QAccessible::installFactory(choosingWidgetFactory);
        return true;
    }();
    Q_UNUSED(installed)
    Choice *chosen = Choice::of(widget);
    if (!chosen)
        chosen = new Choice(widget);
    const bool changed = chosen->text() != choice;
    if (changed)
        chosen->setText(choice);
    chosen->where = where;
    setSpokenName(widget, choice.isEmpty() ? title : title + QStringLiteral(": ") + choice);
    if (changed && !choice.isEmpty() && widget->hasFocus()) {
        QAccessibleEvent event(widget, QAccessible::Focus);
        event.setChild(0);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace azkz
