#include "ui/missions/missionspage.h"
#include "ui/missions/missionproxies.h"

#include "core/missions/missionsmodel.h"
#include "core/models/roles.h"
#include "core/text/citation.h"
#include "core/text/formatting.h"
#include "core/text/links.h"
#include "core/text/searchtext.h"
#include "ui/common/citationcopyaction.h"
#include "ui/common/elidedlabel.h"
#include "ui/common/plaintext.h"
#include "ui/common/quietviews.h"
#include "ui/common/spokenlinks.h"
#include "ui/common/spokennames.h"
#include "ui/documents/printing.h"
#include "ui/documents/reportlayout.h"
#include "ui/documents/reportwriter.h"
#include "ui/missions/locatormap.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPrinter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace azkz {

namespace {
constexpr int MaxListRows = 5;

} // namespace

MissionsPage::MissionsPage(SharedDataset dataset, Language language, Settings &settings, QWidget *parent)
    : Page(parent),
      m_dataset(dataset),
      m_settings(settings),
      m_model(new MissionsModel(dataset, language, this)),
      m_proxy(new MissionsProxy(this)),
      m_filter(new QLineEdit(this)),
      m_table(new FittedTableView(this)),
      m_reciprocalHeading(new QLabel(this)),
      m_map(new LocatorMap(this)),
      m_unplaced(new ElidedLabel(this)),
      m_details(new QTextBrowser(this)),
      m_copyAddress(new QPushButton(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortLocaleAware(true);

    m_filter->setObjectName(QStringLiteral("missionsFilter"));
    speakFocusFirst(m_filter);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &MissionsPage::filter);

    m_table->setObjectName(QStringLiteral("missionsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new PlainToolTipDelegate(m_table));
    new CitationCopyAction(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the dataset's order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the columns are fitted
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_table->viewport()->installEventFilter(this);

    QFont bold = m_reciprocalHeading->font();
    bold.setBold(true);
    m_reciprocalHeading->setFont(bold);
    auto *reciprocal = new QGridLayout;
    reciprocal->setContentsMargins(0, 0, 0, 0);
    reciprocal->addWidget(m_reciprocalHeading, 0, 0, 1, 2);
    for (int side = 0; side < 2; ++side) {
        auto *heading = new QLabel(this);
        auto *proxy = new SideProxy(this);
        proxy->setSourceModel(m_model);
        auto *list = new QuietListView(this);
        list->setModel(proxy);
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        list->setObjectName(QStringLiteral("reciprocal%1").arg(side));
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setTextElideMode(Qt::ElideRight);
        list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        heading->setBuddy(list);
        // As wide as the list below it, whatever the text's length: wrapped to that width
        // (elided, the Azerbaijani heading lost whose missions they are at 720 px).
        heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        heading->setWordWrap(true);
        heading->setTextFormat(Qt::PlainText);
        heading->installEventFilter(this);
        m_sideHeadings.append(heading);
        m_sideHeadingTexts.append(QString());
        m_sides.append(list);
        reciprocal->addWidget(heading, 1, side);
        reciprocal->addWidget(list, 2, side);
        // The selection, not the current item: a list that gets the focus by Tab makes its first
        // entry current without selecting it, and that must not change the mission.
        connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, list] {
            if (m_syncingLists)
                return;
            const QModelIndexList selected = list->selectionModel()->selectedIndexes();
            if (!selected.isEmpty())
                selectMission(selected.first().data(IdRole).toString());
        });
    }

    m_details->setObjectName(QStringLiteral("missionDetails"));
    m_details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // the sources' long addresses
    // Lines of a readable length; the map takes the rest of a wide window.
    m_details->setMinimumWidth(m_details->fontMetrics().averageCharWidth() * 30);
    m_details->setMaximumWidth(m_details->fontMetrics().averageCharWidth() * 72);
    m_details->setOpenLinks(false); // event links are handled here, nothing is fetched
    exposeLinks(m_details);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("event"))
            emit linkActivated(Tab::Timeline, idFromLink(url));
    });
    m_copyAddress->setObjectName(QStringLiteral("copyAddress"));
    m_unplaced->setObjectName(QStringLiteral("unplacedCities"));
    m_unplaced->setWordWrap(false);
    m_copyAddress->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_copyAddress, &QPushButton::clicked, this, &MissionsPage::copyAddress);

    connect(m_map, &LocatorMap::missionClicked, this, &MissionsPage::selectMission);

    // Filter and table across the page; below, the lists over the map, beside the card.
    auto *left = new QVBoxLayout;
    left->addLayout(reciprocal);
    left->addWidget(m_map, 1);
    left->addWidget(m_unplaced);
    auto *right = new QVBoxLayout;
    right->addWidget(m_details, 1);
    right->addWidget(m_copyAddress, 0, Qt::AlignLeft);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter, 0, 0, 1, 2);
    layout->addWidget(m_table, 1, 0, 1, 2);
    layout->addLayout(left, 2, 0);
    layout->addLayout(right, 2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(2, 1);
    setTabOrder({m_filter, m_table, m_sides.first(), m_sides.last(), m_map, m_details, m_copyAddress});

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MissionsPage::showDetails);
    m_table->selectRow(0);
    setLanguage(language);
}

bool MissionsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    else if (event->type() == QEvent::Resize && m_sideHeadings.contains(watched))
        elideSideHeadings();
    return QWidget::eventFilter(watched, event);
}

void MissionsPage::setLanguage(Language language)
{
    m_model->setLanguage(language);
    m_filter->setPlaceholderText(tr("Filter missions…"));
    m_filter->setAccessibleName(tr("Filter the missions"));
    nameClearButton(m_filter, tr("Clear the filter"));
    m_table->setAccessibleName(tr("Diplomatic missions"));
    m_table->setAccessibleDescription(tr("The arrow keys choose a mission; its details are shown in the card"));
    speakTextOnFocus(m_details, tr("Mission details"));
    m_details->setAccessibleDescription(tr("Tab moves through the links to the timeline"));
    m_map->setTitle(tr("Map of the missions"));
    m_map->setToolTip(tr("Click a city, or use Left and Right, to select its mission"));
    m_copyAddress->setText(tr("&Copy address"));
    m_copyAddress->setAccessibleName(tr("Copy address"));
    m_copyAddress->setToolTip(tr("Copy the selected mission's name, address and country to the clipboard"));
    m_reciprocalHeading->setText(tr("Each country's missions in the other"));
    for (QListView *side : m_sides)
        side->setAccessibleDescription(tr("Choosing an entry selects that mission"));
    showOnMap(language);
    fillReciprocalLists();
    showDetails();
    fitTableHeight();
    fitColumns();
}

void MissionsPage::showOnMap(Language language)
{
    QHash<QString, QString> countries;
    for (const Country &country : m_model->countries()) {
        if (!country.iso.isEmpty())
            countries.insert(country.iso, country.name.in(language));
    }
    m_map->setHighlightedCountries(countries);
    QList<LocatorMap::Marker> markers;
    QStringList unplaced;
    for (const MissionsModel::Place &place : m_model->places()) {
        if (!place.location && !unplaced.contains(place.city))
            unplaced.append(place.city);
        markers.append({place.missionId, place.location, place.city, place.name});
    }
    m_map->setMarkers(markers);
    m_unplaced->setFullText(unplaced.isEmpty() ? QString()
                                               : tr("Not on the map (no coordinates in the dataset): %1")
                                                     .arg(localeFor(language).createSeparatedList(unplaced)));
    m_unplaced->setVisible(!unplaced.isEmpty());
}

void MissionsPage::fillReciprocalLists()
{
    const QScopedValueRollback<bool> syncing(m_syncingLists, true);
    const Language language = m_model->language();
    const QList<Country> &countries = m_model->countries();
    for (int side = 0; side < m_sides.size() && countries.size() >= 2; ++side) {
        const Country &sending = countries.at(side);
        const Country &host = countries.at(1 - side);
        const QString heading = tr("%1 in %2").arg(sending.name.in(language), host.name.in(language));
        m_sideHeadingTexts[side] = heading;
        m_sides.at(side)->setAccessibleName(heading);
        static_cast<SideProxy *>(m_sides.at(side)->model())->setCountries(sending.id, host.id);
    }
    markInLists(selectedMission());
    fitListHeights();
    elideSideHeadings();
}

void MissionsPage::markInLists(const QString &missionId)
{
    const QScopedValueRollback<bool> syncing(m_syncingLists, true);
    for (QListView *side : m_sides) {
        const QModelIndexList found
            = side->model()->match(side->model()->index(0, 0), IdRole, missionId, 1, Qt::MatchExactly);
        if (found.isEmpty() || missionId.isEmpty()) {
            side->selectionModel()->clear();
        } else {
            side->selectionModel()->setCurrentIndex(found.first(), QItemSelectionModel::ClearAndSelect);
        }
    }
}

void MissionsPage::elideSideHeadings()
{
    for (qsizetype side = 0; side < m_sideHeadings.size(); ++side) {
        m_sideHeadings.at(side)->setText(escapeMnemonics(m_sideHeadingTexts.at(side)));
    }
}

void MissionsPage::fitListHeights()
{
    int rows = 1;
    int rowHeight = 0;
    for (QListView *side : m_sides) {
        const int count = side->model()->rowCount();
        rows = std::max(rows, count);
        rowHeight = std::max(rowHeight, count > 0 ? side->sizeHintForRow(0) : side->fontMetrics().height());
    }
    rows = std::min(rows, MaxListRows);
    for (QListView *side : m_sides)
        side->setFixedHeight(2 * side->frameWidth() + rows * rowHeight + 2);
}

QVariantMap MissionsPage::place() const
{
    return {{QStringLiteral("filter"), m_filter->text()}, {QStringLiteral("mission"), selectedMission()}};
}

void MissionsPage::restorePlace(const QVariantMap &place)
{
    m_filter->setText(place.value(QStringLiteral("filter")).toString());
    if (const QString mission = place.value(QStringLiteral("mission")).toString(); !mission.isEmpty())
        selectMission(mission);
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

void MissionsPage::filter(const QString &text)
{
    {
        const QScopedValueRollback filtering(m_filtering, true);
        static_cast<MissionsProxy *>(m_proxy)->setQuery(text);
    }
    // The mission chosen, shown again once the filter keeps it.
    const QModelIndexList chosen = m_proxy->match(m_proxy->index(0, 0), IdRole, m_chosen, 1, Qt::MatchExactly);
    if (!m_chosen.isEmpty() && !chosen.isEmpty() && selectedMission() != m_chosen)
        m_table->selectRow(chosen.first().row());
}

void MissionsPage::copyAddress()
{
    const Mission *mission = m_model->mission(selectedMission());
    if (!mission || !mission->address)
        return;
    // As it is written on an envelope: the mission, its address, the country unless the address names it.
    const Language language = m_model->language();
    QStringList label{mission->name.in(language), mission->address->in(language)};
    for (const Country &host : m_model->countries()) {
        if (host.id == mission->hostCountry && !label.last().contains(host.name.in(language)))
            label.append(host.name.in(language));
    }
    QApplication::clipboard()->setText(label.join(QLatin1Char('\n')));
    emit statusMessage(tr("Address copied to the clipboard"));
}

void MissionsPage::print()
{
    printWithPreview(this, m_settings, QStringLiteral("missionsPrintPreview"), tr("Diplomatic missions"),
        QStringLiteral("missions"), QPageLayout::Portrait, [this](QPrinter &target) {
            // As the report prints them: each mission's block kept together, the page numbered.
            if (!printDocument(
                    *buildMissionsDocument(m_dataset, m_model->language()), target, tr("Diplomatic missions")))
                emit statusMessage(tr("The diplomatic missions could not be printed."));
        });
}

void MissionsPage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const Mission *mission = current.isValid() ? m_model->mission(current.data(IdRole).toString()) : nullptr;
    if (!m_filtering)
        m_chosen = mission ? mission->id : QString();
    m_copyAddress->setEnabled(mission && mission->address);
    m_map->setSelectedMission(mission ? mission->id : QString());
    markInLists(mission ? mission->id : QString());
    if (!mission)
        m_details->setPlainText(tr("Select a mission to see its details."));
    else
        m_details->setHtml(m_model->cardHtml(*mission, *m_proxy, current.row()));
}

} // namespace azkz
