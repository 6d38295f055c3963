#include "ui/timeline/timelinepage.h"

#include "core/io/atomicfile.h"
#include "core/models/datasetsummary.h"
#include "core/models/roles.h"
#include "core/timeline/eventscsv.h"
#include "core/timeline/eventsmodel.h"
#include "core/timeline/timelinemodel.h"
#include "ui/common/citationcopyaction.h"
#include "ui/common/quietviews.h"
#include "ui/common/savedialogs.h"
#include "ui/common/spokennames.h"
#include "ui/documents/exportprogress.h"
#include "ui/documents/printing.h"
#include "ui/documents/timelineexport.h"
#include "ui/timeline/eventcard.h"
#include "ui/timeline/hitdelegate.h"
#include "ui/timeline/timeaxis.h"
#include "ui/timeline/timelinefilterbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace azkz {

TimelinePage::TimelinePage(SharedDataset dataset, Language language, Settings &settings, QWidget *parent)
    : Page(parent),
      m_dataset(dataset),
      m_settings(settings),
      m_events(new EventsModel(dataset, language, this)),
      m_model(new TimelineModel(dataset, *m_events, this)),
      m_filter(dataset, *m_events, language),
      m_search(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_export(new QPushButton(this)),
      m_filterBar(new TimelineFilterBar(*m_events, this)),
      m_axis(new TimeAxis(dataset, *m_events, this)),
      m_list(new QuietTableView(this)),
      m_details(new EventCard(*m_events, this)),
      m_find(new QAction(this)),
      m_clearSearch(new QAction(this)),
      m_delegate(new HitDelegate(m_list))
{
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    speakFocusFirst(m_search);
    addClearButtonWithText(m_search, [this] { return tr("Clear the search"); });
    m_count->setObjectName(QStringLiteral("timelineCount"));
    m_export->setObjectName(QStringLiteral("exportEvents"));
    connect(m_search, &QLineEdit::textChanged, this, &TimelinePage::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &TimelinePage::exportCsv);

    connect(m_filterBar, &TimelineFilterBar::changed, this, &TimelinePage::applyFilters);

    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setModel(m_model);
    new CitationCopyAction(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false); // Tab leaves the list; the arrows move inside it
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    // The scroll bar's coming and going as a search narrows the list would move the columns.
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_list->verticalHeader()->hide();
    // Row heights and column widths measured once a language: quick at 100,000 rows, still while one types.
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_list->horizontalHeader()->setSectionResizeMode(EventsModel::Date, QHeaderView::Fixed);
    m_list->horizontalHeader()->setSectionResizeMode(EventsModel::Title, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(EventsModel::Category, QHeaderView::Fixed);
    m_list->horizontalHeader()->setSectionResizeMode(EventsModel::Origin, QHeaderView::Fixed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePage::makeRoomForHeadings);
    makeRoomForHeadings();

    connect(m_details, &EventCard::missionActivated, this,
        [this](const QString &id) { emit linkActivated(Tab::Missions, id); });
    connect(m_details, &EventCard::tradeActivated, this,
        [this](int year) { emit linkActivated(Tab::Trade, QString::number(year)); });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    searchRow->addWidget(m_export);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_list);
    lower->addWidget(m_details);
    lower->setStretchFactor(0, 2); // the list's three columns need the width more than the card
    lower->setStretchFactor(1, 1);
    lower->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_axis);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_axis->setSelectedEvent(currentEvent());
        showDetails();
    });
    connect(m_axis, &TimeAxis::eventClicked, this, &TimelinePage::selectRow);
    // Left/Right/Home/End move between events from the list and the axis alike; its resizes refit its columns.
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    m_axis->installEventFilter(this);
    // Window-wide, but only while this tab is shown (a hidden widget's shortcuts do not fire).
    m_find->setShortcut(QKeySequence::Find);
    addAction(m_find);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(m_clearSearch);
    connect(m_clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);

    // Reading order: the search row, the filter bar, the axis, the list, the card.
    setTabOrder(QList<QWidget *>{m_search, m_export} + m_filterBar->focusOrder() << m_axis << m_list << m_details);

    setLanguage(language);
    selectRow(m_model->visibleEvents().value(0, -1));
}

void TimelinePage::setLanguage(Language language)
{
    m_events->setLanguage(language);
    m_filter.setLanguage(language);
    m_search->setPlaceholderText(tr("Search titles and texts… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the timeline"));
    m_search->setToolTip(tr("Case and diacritics are ignored: “aliyev” finds “Əliyev”. Esc clears."));
    m_find->setText(tr("Search the timeline"));
    m_clearSearch->setText(tr("Clear the timeline search"));
    nameClearButton(m_search, tr("Clear the search"));
    // As wide as its widest text, so that the search field keeps its width while one types.
    const int total = m_events->rowCount();
    m_count->setMinimumWidth(m_count->fontMetrics()
                                 .boundingRect(QRect(), Qt::AlignLeft, tr("%1 of %2 events").arg(total).arg(total))
                                 .width());
    m_export->setText(tr("Export &CSV…"));
    m_export->setAccessibleName(tr("Export the events shown as CSV"));
    m_export->setToolTip(tr("Save the events shown as a CSV file"));
    m_filterBar->setLanguage(language);
    m_axis->setTitle(tr("Time axis"));
    m_axis->setToolTip(tr("Ctrl+wheel or +/− zooms, dragging or the wheel pans, 0 shows all"));
    m_details->retranslate();
    fitColumns(true);
    applyFilters();
}

void TimelinePage::applyFilters()
{
    EventQuery query;
    query.text = m_search->text();
    m_filterBar->addTo(query);
    // The event chosen last, even while a filter hid it: it comes back when shown again.
    const int previous = currentEvent() >= 0 ? currentEvent() : m_chosenEvent;
    const QList<int> shown = m_filter.matching(query);
    m_delegate->setQuery(query.text);
    m_model->setVisibleEvents(shown);
    m_axis->setVisibleEvents(shown);
    m_count->setText(tr("%1 of %2 events").arg(shown.size()).arg(m_events->rowCount()));
    // Heard when the field or the list takes the focus (Orca 43 says no change of either).
    setSpokenDescription(m_search, m_count->text());
    setSpokenName(m_list, tr("Timeline events: %1").arg(m_count->text()));
    selectRow(shown.contains(previous) ? previous : shown.value(0, -1));
}

QVariantMap TimelinePage::place() const
{
    QVariantMap place{{QStringLiteral("search"), m_search->text()},
        {QStringLiteral("hiddenCategories"), m_filterBar->hiddenCategories()},
        {QStringLiteral("fromYear"), m_filterBar->fromYear()}, {QStringLiteral("toYear"), m_filterBar->toYear()},
        {QStringLiteral("event"), selectedEvent()}, {QStringLiteral("articleOnly"), m_filterBar->articleOnly()}};
    const auto [from, to] = m_axis->viewRange();
    place.insert(QStringLiteral("view"), QVariantList{from, to});
    return place;
}

void TimelinePage::restorePlace(const QVariantMap &saved)
{
    const QVariantList view = saved.value(QStringLiteral("view")).toList();
    m_search->setText(
        saved.value(QStringLiteral("search")).toString()); // not blocked: the field's clear button follows its text
    // The years as they were where the new data still reaches them.
    m_filterBar->setFilters(saved.value(QStringLiteral("hiddenCategories")).toStringList(),
        saved.value(QStringLiteral("fromYear")).toInt(), saved.value(QStringLiteral("toYear")).toInt(),
        saved.value(QStringLiteral("articleOnly")).toBool());
    applyFilters();
    // The same years on the axis, as far as the new data reaches them.
    if (view.size() == 2)
        m_axis->setViewRange(view.at(0).toDouble(), view.at(1).toDouble());
    // The same event, if it is still there and shown; else the first one shown.
    const int event = m_events->rowOf(saved.value(QStringLiteral("event")).toString());
    if (event >= 0 && m_model->indexOfEvent(event).isValid())
        selectRow(event);
}

void TimelinePage::clearFilters()
{
    m_search->clear(); // not blocked: the field's clear button follows its text
    m_filterBar->clear();
    applyFilters();
}

void TimelinePage::fitColumns(bool measure)
{
    // Measured over every event (a sample of a large dataset), not the ones shown, so that the
    // columns stay where they are while a search is typed; once per language, not at each resize
    // (3 of them before the first paint); at most a share of the width each, the rest elided
    // with "…" (the tooltip has the whole event).
    const QFontMetrics metrics(m_list->font());
    const QFontMetrics headerMetrics(m_list->horizontalHeader()->font());
    const int padding = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_list) + 1) + 8;
    const int rows = m_events->rowCount();
    const int available = std::max(m_list->viewport()->width(), 200);
    const std::pair<int, int> columns[]
        = {{EventsModel::Date, 25}, {EventsModel::Category, 20}, {EventsModel::Origin, 18}};
    for (std::size_t i = 0; i < std::size(columns); ++i) {
        const auto [column, share] = columns[i];
        int &width = m_textWidths.at(i);
        if (measure || width == 0) {
            width = headerMetrics.horizontalAdvance(m_events->headerData(column, Qt::Horizontal).toString())
                + 2 * padding;
            for (int row = 0; row < rows; row += std::max(1, rows / 2000))
                width = std::max(
                    width, metrics.horizontalAdvance(m_events->index(row, column).data().toString()) + padding);
        }
        m_list->horizontalHeader()->resizeSection(column, std::min(width, available * share / 100));
    }
}

void TimelinePage::makeRoomForHeadings()
{
    // A group's first row twice as tall: its heading is drawn in the upper half.
    const int height = m_list->verticalHeader()->defaultSectionSize();
    for (int row : m_model->groupStartRows())
        m_list->setRowHeight(row, 2 * height);
}

int TimelinePage::currentEvent() const
{
    return m_model->eventAt(m_list->currentIndex());
}

QString TimelinePage::selectedEvent() const
{
    const int event = currentEvent();
    return event >= 0 ? m_events->index(event, 0).data(IdRole).toString() : QString();
}

void TimelinePage::selectRow(int event)
{
    const QModelIndex index = m_model->indexOfEvent(event);
    if (index.isValid()) {
        m_chosenEvent = event;
        // Out of the list's sight, to its middle with the rows around it (the first row at the
        // start); in sight, where it is.
        const bool inSight = m_list->viewport()->rect().contains(m_list->visualRect(index));
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index, inSight ? QAbstractItemView::EnsureVisible : QAbstractItemView::PositionAtCenter);
    } else {
        m_list->setCurrentIndex({});
        m_axis->setSelectedEvent(-1);
        showDetails();
    }
}

bool TimelinePage::selectEvent(const QString &id)
{
    const int event = m_events->rowOf(id);
    if (event < 0)
        return false;
    if (!m_model->indexOfEvent(event).isValid())
        clearFilters();
    selectRow(event);
    return true;
}

void TimelinePage::step(int delta)
{
    const QList<int> &shown = m_model->visibleEvents();
    if (shown.isEmpty())
        return;
    const qsizetype at = shown.indexOf(currentEvent());
    selectRow(shown.at(std::clamp<qsizetype>(at < 0 ? 0 : at + delta, 0, shown.size() - 1)));
}

void TimelinePage::stepToEnd(bool last)
{
    const QList<int> &shown = m_model->visibleEvents();
    if (!shown.isEmpty())
        selectRow(last ? shown.constLast() : shown.constFirst());
}

bool TimelinePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        fitColumns(false);
    const auto *key = event->type() == QEvent::KeyPress ? static_cast<QKeyEvent *>(event) : nullptr;
    if (key && (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier)) {
        if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) {
            step(key->key() == Qt::Key_Left ? -1 : +1);
            return true;
        }
        if (key->key() == Qt::Key_Home || key->key() == Qt::Key_End) {
            stepToEnd(key->key() == Qt::Key_End);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelinePage::showDetails()
{
    m_details->setEvent(currentEvent(), m_search->text(), m_model->visibleEvents().isEmpty());
    // Screen readers announce the current event.
    setSpokenDescription(m_list, m_details->summary());
}

void TimelinePage::exportCsv()
{
    const auto target
        = askSaveTarget(this, m_settings, tr("Export events"), CsvFormats, QStringLiteral("azkz-timeline"));
    if (!target)
        return;
    const QByteArray csv = eventsCsv(*m_dataset, m_model->visibleEvents(), m_events->language());
    reportSaveResult(this,
        writeAtomically(target->path, [&csv](QIODevice &device) { return device.write(csv) == csv.size(); }),
        target->path);
}

void TimelinePage::exportTimeline()
{
    const auto target
        = askSaveTarget(this, m_settings, tr("Export timeline"), TimelineFormats, QStringLiteral("azkz-timeline"));
    if (target) {
        runExport(this, tr("Export timeline"), target->path, [&](ExportProgress &progress) {
            return azkz::exportTimeline(
                m_dataset, m_events->language(), shownEvents(), target->path, target->format, &progress);
        });
    }
}

void TimelinePage::print()
{
    const Language language = m_events->language();
    const QList<int> events = shownEvents();
    if (const QString reason = timelineTooLarge(m_dataset, language, events); !reason.isEmpty())
        return refusePrinting(this, reason);
    printWithPreview(this, m_settings, QStringLiteral("timelinePrintPreview"),
        DatasetSummary(m_dataset).title(language), QStringLiteral("timeline"), QPageLayout::Portrait,
        [this, language, events](QPrinter &printer) {
            if (!printTimeline(printer, m_dataset, language, events))
                emit statusMessage(tr("The timeline could not be printed."));
        });
}

QList<int> TimelinePage::shownEvents() const
{
    return m_model->visibleEvents();
}

} // namespace azkz
