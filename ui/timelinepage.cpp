#include "timelinepage.h"

#include "eventsmodel.h"
#include "formatting.h"
#include "roles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace azkz {

TimelinePage::TimelinePage(const Dataset &dataset, Language language, QWidget *parent)
    : QWidget(parent),
      m_dataset(dataset),
      m_model(new EventsModel(dataset, language, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_table(new QTableView(this)),
      m_details(new QTextBrowser(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(EventsModel::Date);
    m_proxy->setFilterRole(SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("timelineCount"));

    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EventsModel::Title, QHeaderView::Stretch);

    m_details->setObjectName(QStringLiteral("eventDetails"));
    m_details->setOpenLinks(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &TimelinePage::applySearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TimelinePage::showDetails);
    m_table->selectRow(0);
    setLanguage(language);
}

void TimelinePage::setLanguage(Language language)
{
    m_model->setLanguage(language);
    m_search->setPlaceholderText(tr("Search titles and texts…"));
    m_search->setAccessibleName(tr("Search the timeline"));
    m_table->setAccessibleName(tr("Timeline events"));
    m_details->setAccessibleName(tr("Event details"));
    applySearch();
}

QString TimelinePage::selectedEvent() const
{
    return m_table->currentIndex().data(IdRole).toString();
}

bool TimelinePage::selectEvent(const QString &id)
{
    QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty() && !m_search->text().isEmpty()) {
        m_search->clear();
        found = m_proxy->match(m_proxy->index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    }
    if (found.isEmpty())
        return false;
    m_table->selectRow(found.first().row());
    m_table->scrollTo(found.first());
    return true;
}

void TimelinePage::applySearch()
{
    m_proxy->setFilterFixedString(m_search->text().trimmed());
    m_count->setText(tr("%1 of %2 events").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    showDetails();
}

void TimelinePage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setPlainText(m_proxy->rowCount() == 0 ? tr("No event matches the search.") : QString());
        return;
    }
    const QModelIndex row = current.siblingAtColumn(EventsModel::Date);
    const auto refs = row.data(ReferencesRole).value<References>();
    const QString source = refs.isEmpty() ? tr("Source article (no reference number given)")
                                          : tr("Source article, reference %1").arg(formatReferences(refs));
    m_details->setHtml(QStringLiteral("<p><b>%1</b> · %2</p><h2>%3</h2><p>%4</p><p><small>%5</small></p>")
                           .arg(row.data().toString().toHtmlEscaped(),
                               row.siblingAtColumn(EventsModel::Category).data().toString().toHtmlEscaped(),
                               row.siblingAtColumn(EventsModel::Title).data().toString().toHtmlEscaped(),
                               row.data(DetailRole).toString().toHtmlEscaped(), source.toHtmlEscaped()));
}

} // namespace azkz
