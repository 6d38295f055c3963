#include "missionspage.h"

#include "formatting.h"
#include "missionsmodel.h"
#include "roles.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace azkz {

MissionsPage::MissionsPage(const Dataset &dataset, Language language, QWidget *parent)
    : QWidget(parent),
      m_dataset(dataset),
      m_model(new MissionsModel(dataset, language, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)),
      m_details(new QTextBrowser(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortLocaleAware(true);

    m_table->setObjectName(QStringLiteral("missionsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the dataset's order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_details->setObjectName(QStringLiteral("missionDetails"));
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MissionsPage::showDetails);
    m_table->selectRow(0);
    setLanguage(language);
}

void MissionsPage::setLanguage(Language language)
{
    m_model->setLanguage(language);
    m_table->setAccessibleName(tr("Diplomatic missions"));
    m_details->setAccessibleName(tr("Mission details"));
    showDetails();
}

bool MissionsPage::selectMission(const QString &id)
{
    const QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    m_table->selectRow(found.first().row());
    return true;
}

void MissionsPage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setPlainText(tr("Select a mission to see its details."));
        return;
    }
    const Mission *mission = m_dataset.mission(current.data(IdRole).toString());
    if (!mission)
        return;
    const Language language = m_model->language();
    QString html
        = QStringLiteral("<h2>%1</h2><table cellpadding=\"3\">").arg(mission->name.in(language).toHtmlEscaped());
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        const QModelIndex cell = m_proxy->index(current.row(), column);
        const auto refs = cell.data(ReferencesRole).value<References>();
        html += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2 <sup>%3</sup></td></tr>")
                    .arg(m_proxy->headerData(column, Qt::Horizontal).toString().toHtmlEscaped(),
                        cell.data(Qt::ToolTipRole).toString().toHtmlEscaped(), formatReferences(refs));
    }
    m_details->setHtml(html + QStringLiteral("</table>"));
}

} // namespace azkz
