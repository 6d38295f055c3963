#include "ui/common/citationcopyaction.h"

#include "core/models/roles.h"
#include "core/text/citationcopy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QMimeData>

namespace azkz {

CitationCopyAction::CitationCopyAction(QAbstractItemView *view, Keys keys)
    : QObject(view), m_view(view), m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("copyWithCitation"));
    if (keys == Keys::Shortcut) {
        m_action->setShortcut(Shortcut);
        m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    view->addAction(m_action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->installEventFilter(this);
    connect(m_action, &QAction::triggered, this, &CitationCopyAction::copy);
    retranslate();
    enable();
    if (view->selectionModel())
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CitationCopyAction::enable);
    if (view->model()) { // a reset (a search, a reload) may leave no current item, and says nothing of it
        connect(
            view->model(), &QAbstractItemModel::modelReset, this, &CitationCopyAction::enable, Qt::QueuedConnection);
        connect(
            view->model(), &QAbstractItemModel::layoutChanged, this, &CitationCopyAction::enable, Qt::QueuedConnection);
    }
}

QMimeData *CitationCopyAction::mimeData(const QModelIndex &index)
{
    const QVariantMap formats = index.data(CitationRole).toMap();
    if (formats.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    for (auto it = formats.cbegin(); it != formats.cend(); ++it) {
        if (it.key() == QLatin1String(PlainTextMime))
            data->setText(it.value().toString());
        else
            data->setData(it.key(), it.value().toString().toUtf8());
    }
    return data;
}

bool CitationCopyAction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CitationCopyAction::retranslate()
{
    m_action->setText(tr("Copy with &citation"));
    m_action->setToolTip(
        tr("Copy the selected item with its sources written out in full, as text, BibTeX and CSL-JSON"));
}

void CitationCopyAction::enable()
{
    // Cheap, on every move of the current item: every row is a statement, and the citation
    // itself is made only when copied.
    const QModelIndex current = m_view->currentIndex();
    m_action->setEnabled(current.isValid());
}

void CitationCopyAction::copy()
{
    if (QMimeData *data = mimeData(m_view->currentIndex()))
        QApplication::clipboard()->setMimeData(data);
}

} // namespace azkz
