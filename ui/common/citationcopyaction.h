// "Copy with citation" on a view whose model gives CitationRole (core/models/roles.h): the
// view's context menu and, where the window leaves the keys free, Ctrl+Shift+C put the current
// item's statement with its sources on the clipboard, as plain text, BibTeX and CSL-JSON.
#pragma once

#include <QKeySequence>
#include <QObject>

class QAbstractItemView;
class QAction;
class QMimeData;
class QModelIndex;

namespace azkz {

class CitationCopyAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitationCopyAction)
public:
    static inline const QKeySequence Shortcut{Qt::CTRL | Qt::SHIFT | Qt::Key_C};
    enum class Keys { Shortcut, MenuOnly }; // MenuOnly where the keys copy something else
    explicit CitationCopyAction(QAbstractItemView *view, Keys keys = Keys::Shortcut);

    QAction *action() const { return m_action; }
    // What Copy with citation puts on the clipboard for an item; null when it cites nothing.
    static QMimeData *mimeData(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void copy();
    void enable();

    QAbstractItemView *m_view;
    QAction *m_action;
};

} // namespace azkz
