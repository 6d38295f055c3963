#include "ui/common/spokenlinks.h"

#include "ui/common/spokennames.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QPointer>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

namespace azkz {

namespace {

// A browser's links as the document has them now, with the interfaces handed out for them.
class LinkIndex final : public QObject
{
public:
    struct Link {
        QString text;
        QString context; // what follows it on its line up to the next link: "— the embassy opens"
        QUrl url;
        int start = 0; // in the document, as a text cursor counts
        int end = 0;
    };

    LinkIndex(QTextBrowser *browser, LinkName name) : QObject(browser), m_browser(browser), m_name(std::move(name))
    {
        setObjectName(QStringLiteral("azkzLinkIndex"));
        connect(browser->document(), &QTextDocument::contentsChanged, this, &LinkIndex::forget);
        browser->installEventFilter(this);
    }
    ~LinkIndex() override { forget(); }
    Q_DISABLE_COPY_MOVE(LinkIndex)

    static LinkIndex *of(const QObject *viewport)
    {
        const QObject *browser = viewport ? viewport->parent() : nullptr;
        return browser ? browser->findChild<LinkIndex *>(QStringLiteral("azkzLinkIndex"), Qt::FindDirectChildrenOnly)
                       : nullptr;
    }

    QTextBrowser *browser() const { return m_browser; }
    const QList<Link> &links() const
    {
        if (!m_read) {
            m_read = true;
            for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
                const qsizetype first = m_links.size();
                for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                    const QTextCharFormat format = fragment.fragment().charFormat();
                    if (!format.isAnchor() || format.anchorHref().isEmpty())
                        continue;
                    const int start = fragment.fragment().position();
                    const int end = start + fragment.fragment().length();
                    if (!m_links.isEmpty() && m_links.last().end == start
                        && m_links.last().url.toString() == format.anchorHref()) {
                        m_links.last().text += fragment.fragment().text(); // one link, its parts formatted apart
                        m_links.last().end = end;
                    } else {
                        m_links.append({fragment.fragment().text(), {}, QUrl(format.anchorHref()), start, end});
                    }
                }
                for (qsizetype i = first; i < m_links.size(); ++i) {
                    const int until
                        = i + 1 < m_links.size() ? m_links.at(i + 1).start : block.position() + block.length();
                    m_links[i].context
                        = block.text().mid(m_links.at(i).end - block.position(), until - m_links.at(i).end);
                }
            }
        }
        return m_links;
    }
    // The link's text and what follows it on its line (a list's "date — title" is heard whole),
    // without the separators between links.
    QString name(const Link &link) const
    {
        if (m_name)
            return m_name(link.url, link.text);
        QString context = link.context.trimmed();
        static const QString separators = QStringLiteral("·,;");
        while (!context.isEmpty() && separators.contains(context.back()))
            context = context.chopped(1).trimmed();
        while (!context.isEmpty() && separators.contains(context.front()))
            context = context.mid(1).trimmed();
        return context.isEmpty() ? link.text : link.text + QLatin1Char(' ') + context;
    }
    // The link the browser's selection is: where Tab has taken the keyboard; -1 for none.
    int selectedLink() const
    {
        const QTextCursor cursor = m_browser->textCursor();
        for (qsizetype i = 0; i < links().size(); ++i) {
            if (cursor.selectionStart() == links().at(i).start && cursor.selectionEnd() == links().at(i).end)
                return int(i);
        }
        return -1;
    }
    QAccessibleInterface *interfaceOf(int link);

protected:
    // Tab and Shift+Tab select the next or previous link (with no signal of Qt's): once they have,
    // the link is announced as focused.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Tab || key == Qt::Key_Backtab)
                QMetaObject::invokeMethod(this, &LinkIndex::announce, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void forget()
    {
        for (QAccessible::Id id : std::as_const(m_ids))
            QAccessible::deleteAccessibleInterface(id);
        m_ids.clear();
        m_links.clear();
        m_read = false;
    }
    void announce()
    {
        const int link = selectedLink();
        if (!m_browser->hasFocus() || link < 0)
            return;
        QAccessibleEvent event(m_browser->viewport(), QAccessible::Focus);
        event.setChild(link);
        QAccessible::updateAccessibility(&event);
    }

    QTextBrowser *m_browser;
    LinkName m_name;
    mutable QList<Link> m_links;
    mutable bool m_read = false;
    QHash<int, QAccessible::Id> m_ids;
};

// One link: its name, where it is, focused when Tab has taken the keyboard there; pressed, it is
// followed as a click follows it.
class LinkInterface final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    LinkInterface(const LinkIndex *index, int link) : m_index(index), m_link(link) { }

    bool isValid() const override { return m_index && m_link < m_index->links().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_index->browser()->window()->windowHandle(); }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_index->browser()->viewport());
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        return t == QAccessible::Name ? m_index->name(link()) : QString();
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        QTextBrowser *browser = m_index->browser();
        QTextCursor cursor(browser->document());
        cursor.setPosition(link().start);
        QRect area = browser->cursorRect(cursor);
        cursor.setPosition(link().end);
        area = area.united(browser->cursorRect(cursor));
        return QRect(browser->viewport()->mapToGlobal(area.topLeft()), area.size());
    }
    QAccessible::Role role() const override { return QAccessible::Link; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.focusable = true;
        state.linked = true;
        state.focused = m_index->browser()->hasFocus() && m_index->selectedLink() == m_link;
        return state;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }
    QStringList actionNames() const override { return {pressAction(), setFocusAction()}; }
    void doAction(const QString &action) override
    {
        QTextBrowser *browser = m_index->browser();
        if (action == pressAction()) {
            emit browser->anchorClicked(link().url);
        } else if (action == setFocusAction()) {
            QTextCursor cursor(browser->document());
            cursor.setPosition(link().start);
            cursor.setPosition(link().end, QTextCursor::KeepAnchor);
            browser->setTextCursor(cursor);
            browser->setFocus(Qt::OtherFocusReason);
        }
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    const LinkIndex::Link &link() const { return m_index->links().at(m_link); }

    QPointer<const LinkIndex> m_index;
    const int m_link;
};

QAccessibleInterface *LinkIndex::interfaceOf(int link)
{
    if (link < 0 || link >= links().size())
        return nullptr;
    if (!m_ids.contains(link))
        m_ids.insert(link, QAccessible::registerAccessibleInterface(new LinkInterface(this, link)));
    return QAccessible::accessibleInterface(m_ids.value(link));
}

// The browser's viewport, whose children are the links.
class LinksViewport final : public QAccessibleWidget
{
public:
    explicit LinksViewport(QWidget *viewport) : QAccessibleWidget(viewport, QAccessible::Grouping) { }
    int childCount() const override { return index() ? int(index()->links().size()) : 0; }
    QAccessibleInterface *child(int link) const override { return index() ? index()->interfaceOf(link) : nullptr; }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (int link = 0; link < childCount(); ++link) {
            if (this->child(link) == child)
                return link;
        }
        return -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (int link = 0; link < childCount(); ++link) {
            if (child(link)->rect().contains(x, y))
                return child(link);
        }
        return nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        return index() && index()->browser()->hasFocus() ? child(index()->selectedLink()) : nullptr;
    }

private:
    LinkIndex *index() const { return LinkIndex::of(object()); }
};

QAccessibleInterface *linksViewportFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QWidget") && LinkIndex::of(object)
        && object == LinkIndex::of(object)->browser()->viewport())
        return new LinksViewport(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

void exposeLinks(QTextBrowser *browser, LinkName name)
{
    static const bool installed = [] {
        QAccessible::installFactory(linksViewportFactory);
        return true;
    }();
    Q_UNUSED(installed)
    new LinkIndex(browser, std::move(name));
}

void speakTextOnFocus(QTextBrowser *browser, const QString &title)
{
    static const char *const titleProperty = "azkzSpokenTitle";
    const auto name = [browser] {
        const QString title = browser->property(titleProperty).toString();
        const QString text = browser->document()->toPlainText().simplified();
        setSpokenName(browser, text.isEmpty() ? title : QStringLiteral("%1: %2").arg(title, text));
    };
    if (!browser->property(titleProperty).isValid())
        QObject::connect(browser->document(), &QTextDocument::contentsChanged, browser, name);
    browser->setProperty(titleProperty, title);
    name();
}

} // namespace azkz
