#include "missionspage.h"

#include "formatting.h"
#include "locatormap.h"
#include "missionsmodel.h"
#include "plaintext.h"
#include "roles.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace azkz {

MissionsPage::MissionsPage(const Dataset &dataset, Language language, QWidget *parent)
    : QWidget(parent),
      m_dataset(dataset),
      m_model(new MissionsModel(dataset, language, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_reciprocalHeading(new QLabel(this)),
      m_map(new LocatorMap(this)),
      m_details(new QTextBrowser(this)),
      m_copyAddress(new QPushButton(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("missionsFilter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("missionsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new PlainToolTipDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the dataset's order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    QFont bold = m_reciprocalHeading->font();
    bold.setBold(true);
    m_reciprocalHeading->setFont(bold);
    auto *reciprocal = new QGridLayout;
    reciprocal->addWidget(m_reciprocalHeading, 0, 0, 1, 2);
    for (int side = 0; side < 2; ++side) {
        auto *heading = new QLabel(this);
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("reciprocal%1").arg(side));
        heading->setBuddy(list);
        m_sideHeadings.append(heading);
        m_sides.append(list);
        reciprocal->addWidget(heading, 1, side);
        reciprocal->addWidget(list, 2, side);
        connect(list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
            if (item)
                selectMission(item->data(IdRole).toString());
        });
    }

    m_details->setObjectName(QStringLiteral("missionDetails"));
    m_details->setOpenLinks(false); // event links are handled here, nothing is fetched
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("event"))
            emit eventActivated(idFromLink(url));
    });
    m_copyAddress->setObjectName(QStringLiteral("copyAddress"));
    m_copyAddress->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_copyAddress, &QPushButton::clicked, this, &MissionsPage::copyAddress);

    connect(m_map, &LocatorMap::missionClicked, this, &MissionsPage::selectMission);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table, 3);
    leftLayout->addLayout(reciprocal, 2);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_map, 3);
    rightLayout->addWidget(m_details, 3);
    rightLayout->addWidget(m_copyAddress, 0, Qt::AlignLeft);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_sides.first());
    setTabOrder(m_sides.first(), m_sides.last());
    setTabOrder(m_sides.last(), m_map);
    setTabOrder(m_map, m_details);
    setTabOrder(m_details, m_copyAddress);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MissionsPage::showDetails);
    m_table->selectRow(0);
    setLanguage(language);
}

void MissionsPage::setLanguage(Language language)
{
    m_model->setLanguage(language);
    m_filter->setPlaceholderText(tr("Filter missions…"));
    m_filter->setAccessibleName(tr("Filter the missions"));
    m_table->setAccessibleName(tr("Diplomatic missions"));
    m_details->setAccessibleName(tr("Mission details"));
    m_map->setAccessibleName(tr("Map of the missions"));
    m_map->setToolTip(tr("Click a city, or use Left and Right, to select its mission"));
    m_copyAddress->setText(tr("Copy &address"));
    m_copyAddress->setToolTip(tr("Copy the selected mission's address to the clipboard"));
    m_reciprocalHeading->setText(tr("Each country's missions in the other"));
    m_map->setSeaLabel(tr("Caspian Sea"));
    QHash<QString, QString> countries;
    for (const Country &country : m_dataset.countries)
        countries.insert(country.id, country.name.in(language));
    m_map->setHighlightedCountries(countries);
    QList<LocatorMap::Marker> markers;
    for (const Mission &mission : m_dataset.missions)
        markers.append({mission.id, mission.city.en, mission.city.in(language), mission.name.in(language)});
    m_map->setMarkers(markers);
    fillReciprocalLists();
    showDetails();
}

void MissionsPage::fillReciprocalLists()
{
    const QString current = selectedMission();
    const Language language = m_model->language();
    const QList<Country> &countries = m_dataset.countries;
    for (int side = 0; side < m_sides.size() && countries.size() >= 2; ++side) {
        const Country &sending = countries.at(side);
        const Country &host = countries.at(1 - side);
        const QString heading = tr("%1 in %2").arg(sending.name.in(language), host.name.in(language));
        QLabel *label = m_sideHeadings.at(side);
        setPlainLabelText(label, heading, label->fontMetrics().averageCharWidth() * 40);
        m_sides.at(side)->setAccessibleName(heading);
        const QSignalBlocker blocker(m_sides.at(side));
        m_sides.at(side)->clear();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, MissionsModel::City);
            if (index.data(CountryRole).toString() != sending.id)
                continue;
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 — %2").arg(
                    m_model->index(row, MissionsModel::Kind).data().toString(), index.data().toString()),
                m_sides.at(side));
            item->setData(IdRole, index.data(IdRole));
            item->setToolTip(plainToolTip(index.data(DetailRole).toString()));
            if (item->data(IdRole).toString() == current)
                m_sides.at(side)->setCurrentItem(item);
        }
    }
}

QString MissionsPage::selectedMission() const
{
    return m_table->currentIndex().data(IdRole).toString();
}

bool MissionsPage::selectMission(const QString &id)
{
    if (id == selectedMission())
        return true;
    QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    if (found.isEmpty() && !m_filter->text().isEmpty()) {
        m_filter->clear(); // the mission was filtered out: show everything again
        found = m_proxy->match(m_proxy->index(0, 0), IdRole, id, 1, Qt::MatchExactly);
    }
    if (found.isEmpty())
        return false;
    m_table->selectRow(found.first().row());
    return true;
}

void MissionsPage::copyAddress()
{
    if (const Mission *mission = m_dataset.mission(selectedMission()); mission && mission->address)
        QApplication::clipboard()->setText(mission->address->in(m_model->language()));
}

void MissionsPage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const Mission *mission = current.isValid() ? m_dataset.mission(current.data(IdRole).toString()) : nullptr;
    m_copyAddress->setEnabled(mission && mission->address);
    m_map->setSelectedMission(mission ? mission->id : QString());
    for (QListWidget *side : m_sides) {
        const QSignalBlocker blocker(side);
        side->setCurrentItem(nullptr);
        for (int i = 0; i < side->count(); ++i) {
            if (mission && side->item(i)->data(IdRole).toString() == mission->id)
                side->setCurrentItem(side->item(i));
        }
    }
    if (!mission) {
        m_details->setPlainText(tr("Select a mission to see its details."));
        return;
    }
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
    html += QStringLiteral("</table>");
    QString events;
    for (const Event &event : m_dataset.events) {
        if (event.missionIds.contains(mission->id))
            events += QStringLiteral("<li><a href=\"%1\">%2</a> — %3</li>")
                          .arg(linkTo(QStringLiteral("event"), event.id),
                              formatEventDate(event, m_dataset, language).toHtmlEscaped(),
                              event.title.in(language).toHtmlEscaped());
    }
    if (!events.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(tr("In the timeline").toHtmlEscaped(), events);
    m_details->setHtml(html);
}

} // namespace azkz
