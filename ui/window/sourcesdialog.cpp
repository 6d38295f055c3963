#include "ui/window/sourcesdialog.h"

#include "core/models/roles.h"
#include "core/sources/sourcesmodel.h"
#include "ui/common/plaintext.h"
#include "ui/common/quietviews.h"
#include "ui/common/spokennames.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace azkz {

namespace {
constexpr int TabRole = Qt::UserRole + 1; // a statement's tab, as int; IdRole: the item there
}

SourcesDialog::SourcesDialog(SharedDataset dataset, Language language, QWidget *parent)
    : QDialog(parent),
      m_model(new SourcesModel(std::move(dataset), language, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_table(new QuietTableView(this)),
      m_detail(new QLabel(this)),
      m_usesHeading(new QLabel(this)),
      m_uses(new QListWidget(this))
{
    setObjectName(QStringLiteral("sourcesDialog"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("sourcesFilter"));
    speakFocusFirst(m_filter);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SourcesDialog::showCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SourcesDialog::showCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SourcesDialog::showCount);

    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new PlainToolTipDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the dataset's order, the article first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight); // the whole text on hover
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The publisher and the title share the width; a licence written out as a sentence is cut.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourcesModel::Publisher, QHeaderView::Stretch);
    header->setSectionResizeMode(SourcesModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(SourcesModel::Licence, QHeaderView::Interactive);
    header->resizeSection(SourcesModel::Licence,
        std::min(static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(SourcesModel::Licence),
            m_table->fontMetrics().averageCharWidth() * 16));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SourcesDialog::showUses);

    m_detail->setObjectName(QStringLiteral("sourceDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long address never widens the dialog
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uses->setObjectName(QStringLiteral("sourceStatements"));
    m_usesHeading->setBuddy(m_uses);
    const auto open = [this](QListWidgetItem *item) {
        if (!item)
            return;
        emit statementActivated(Tab(item->data(TabRole).toInt()), item->data(IdRole).toString());
        accept();
    };
    connect(m_uses, &QListWidget::itemActivated, this, open);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_detail);
    layout->addWidget(m_usesHeading);
    layout->addWidget(m_uses, 2);
    layout->addWidget(buttons);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_uses);
    setTabOrder(m_uses, buttons);

    retranslate();
    const QSize screen = (parent ? parent->screen() : this->screen())->availableGeometry().size();
    resize(std::min(1280, screen.width() * 9 / 10), std::min(720, screen.height() * 9 / 10));
    m_table->selectRow(0);
    m_table->setFocus();
}

void SourcesDialog::retranslate()
{
    setWindowTitle(tr("Sources"));
    m_filter->setPlaceholderText(tr("Filter sources…"));
    m_filter->setAccessibleName(tr("Filter the sources"));
    nameClearButton(m_filter, tr("Clear the filter"));
    m_filter->setToolTip(tr("Shows the sources whose publisher, title, date, kind, language, licence or address "
                            "holds the text"));
    m_table->setAccessibleName(tr("Sources of the dataset"));
    m_table->setAccessibleDescription(tr("The arrow keys choose a source; the statements that rest on it are "
                                         "listed below"));
    m_uses->setAccessibleName(tr("Statements that rest on the selected source"));
    m_uses->setAccessibleDescription(tr("Enter opens the statement in its tab"));
    showCount();
    showUses();
}

void SourcesDialog::showCount()
{
    m_count->setText(tr("%1 of %2 sources").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void SourcesDialog::showUses()
{
    m_uses->clear();
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    m_detail->setText(current.data(DetailRole).toString());
    if (!current.isValid()) {
        m_usesHeading->setText(tr("&Statements: choose a source above"));
        return;
    }
    const QList<SourceUse> &uses = m_model->uses(current.row());
    m_usesHeading->setText(tr("&Statements that rest on it: %1").arg(uses.size()));
    for (const SourceUse &use : uses) {
        auto *item = new QListWidgetItem(use.label, m_uses);
        item->setData(TabRole, int(use.tab));
        item->setData(IdRole, use.id);
        item->setToolTip(plainToolTip(use.label));
    }
    if (m_uses->count() > 0)
        m_uses->setCurrentRow(0);
}

} // namespace azkz
