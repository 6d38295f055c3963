#include "timelinepage.h"

#include "atomicfile.h"
#include "eventscsv.h"
#include "eventsmodel.h"
#include "formatting.h"
#include "plaintext.h"
#include "roles.h"
#include "savedialogs.h"
#include "searchtext.h"
#include "timeaxis.h"
#include "timelinemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace azkz {

namespace {
// Group headings in bold on the alternate background; event texts as plain-text tooltips.
class HeadingDelegate final : public PlainToolTipDelegate
{
public:
    using PlainToolTipDelegate::PlainToolTipDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        PlainToolTipDelegate::initStyleOption(option, index);
        if (index.data(GroupHeaderRole).toBool()) {
            option->font.setBold(true);
            option->backgroundBrush = option->palette.alternateBase();
        }
    }
};

// The text with each hit of query wrapped in <mark>, everything escaped.
QString highlighted(const QString &text, const QString &query)
{
    QString html;
    qsizetype at = 0;
    for (const TextRange &hit : findFolded(text, query)) {
        html += text.mid(at, hit.start - at).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background-color:#ffe066;color:#000\">%1</span>")
                    .arg(text.mid(hit.start, hit.length).toHtmlEscaped());
        at = hit.start + hit.length;
    }
    return html + text.mid(at).toHtmlEscaped();
}

} // namespace

TimelinePage::TimelinePage(const Dataset &dataset, Language language, QWidget *parent)
    : QWidget(parent),
      m_dataset(dataset),
      m_events(new EventsModel(dataset, language, this)),
      m_model(new TimelineModel(dataset, *m_events, this)),
      m_filter(dataset, language),
      m_search(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_export(new QPushButton(this)),
      m_categoriesLabel(new QLabel(this)),
      m_yearsLabel(new QLabel(this)),
      m_fromYear(new QSpinBox(this)),
      m_toYear(new QSpinBox(this)),
      m_axis(new TimeAxis(dataset, language, this)),
      m_list(new QTableView(this)),
      m_details(new QTextBrowser(this))
{
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("timelineCount"));
    m_export->setObjectName(QStringLiteral("exportEvents"));
    connect(m_search, &QLineEdit::textChanged, this, &TimelinePage::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &TimelinePage::exportCsv);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_categoriesLabel);
    for (const Category &category : dataset.categories) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("category_") + category.id);
        box->setChecked(true);
        box->setProperty("categoryId", category.id);
        connect(box, &QCheckBox::toggled, this, &TimelinePage::applyFilters);
        m_categories.append(box);
        filters->addWidget(box);
    }
    filters->addStretch(1);
    int firstYear = 9999, lastYear = 0;
    for (const Event &event : dataset.events) {
        if (event.date.from)
            firstYear = std::min(firstYear, event.date.from->first().year());
        if (event.date.to)
            lastYear = std::max(lastYear, event.date.to->last().year());
        if (event.date.from)
            lastYear = std::max(lastYear, event.date.from->last().year());
    }
    for (QSpinBox *box : {m_fromYear, m_toYear}) {
        box->setRange(std::min(firstYear, lastYear), std::max(firstYear, lastYear));
        connect(box, &QSpinBox::valueChanged, this, &TimelinePage::applyFilters);
    }
    m_fromYear->setObjectName(QStringLiteral("fromYear"));
    m_toYear->setObjectName(QStringLiteral("toYear"));
    m_fromYear->setValue(m_fromYear->minimum());
    m_toYear->setValue(m_toYear->maximum());
    m_yearsLabel->setBuddy(m_fromYear);
    filters->addWidget(m_yearsLabel);
    filters->addWidget(m_fromYear);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_toYear);

    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new HeadingDelegate(m_list));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    // Fixed row heights and sampled column widths keep the view quick at 100,000 rows.
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->horizontalHeader()->setResizeContentsPrecision(100);
    m_list->horizontalHeader()->setSectionResizeMode(EventsModel::Date, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(EventsModel::Title, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(EventsModel::Category, QHeaderView::ResizeToContents);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePage::spanHeadings);
    spanHeadings();

    m_details->setObjectName(QStringLiteral("eventDetails"));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("mission"))
            emit missionActivated(idFromLink(url));
        else if (url.scheme() == QLatin1String("trade"))
            emit tradeActivated();
    });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    searchRow->addWidget(m_export);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_list);
    lower->addWidget(m_details);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_axis);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_axis->setSelectedEvent(currentEvent());
        showDetails();
    });
    connect(m_axis, &TimeAxis::eventClicked, this, &TimelinePage::selectRow);
    // Left/Right/Home/End move between events from the list and the axis alike.
    m_list->installEventFilter(this);
    m_axis->installEventFilter(this);
    // Window-wide, but only while this tab is shown (a hidden widget's shortcuts do not fire).
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_search, &QLineEdit::clear);
    setTabOrder(m_search, m_export);

    setLanguage(language);
    selectRow(m_model->visibleEvents().value(0, -1));
}

void TimelinePage::setLanguage(Language language)
{
    m_events->setLanguage(language);
    m_filter.setLanguage(language);
    m_axis->setLanguage(language);
    m_search->setPlaceholderText(tr("Search titles and texts… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the timeline"));
    m_search->setToolTip(tr("Case and diacritics are ignored: “aliyev” finds “Əliyev”. Esc clears."));
    m_export->setText(tr("Export &CSV…"));
    m_export->setToolTip(tr("Save the events shown as a CSV file"));
    m_categoriesLabel->setText(tr("Categories:"));
    for (QCheckBox *box : m_categories) {
        if (const Category *category = m_dataset.category(box->property("categoryId").toString()))
            setPlainButtonText(box, category->name.in(language), box->fontMetrics().averageCharWidth() * 28);
    }
    m_yearsLabel->setText(tr("&Years:"));
    m_fromYear->setAccessibleName(tr("From year"));
    m_toYear->setAccessibleName(tr("To year"));
    m_list->setAccessibleName(tr("Timeline events"));
    m_axis->setAccessibleName(tr("Time axis"));
    m_axis->setToolTip(tr("Ctrl+wheel or +/− zooms, dragging or the wheel pans, 0 shows all"));
    m_details->setAccessibleName(tr("Event details"));
    applyFilters();
}

void TimelinePage::applyFilters()
{
    EventQuery query;
    query.text = m_search->text();
    for (QCheckBox *box : m_categories) {
        if (!box->isChecked())
            query.hiddenCategories.insert(box->property("categoryId").toString());
    }
    if (m_fromYear->value() > m_fromYear->minimum())
        query.fromYear = m_fromYear->value();
    if (m_toYear->value() < m_toYear->maximum())
        query.toYear = m_toYear->value();
    const int previous = currentEvent();
    const QList<int> shown = m_filter.matching(query);
    m_model->setVisibleEvents(shown);
    m_axis->setVisibleEvents(shown);
    m_count->setText(tr("%1 of %2 events").arg(shown.size()).arg(m_dataset.events.size()));
    selectRow(shown.contains(previous) ? previous : shown.value(0, -1));
}

void TimelinePage::clearFilters()
{
    const QSignalBlocker search(m_search);
    m_search->clear();
    for (QCheckBox *box : m_categories) {
        const QSignalBlocker blocker(box);
        box->setChecked(true);
    }
    const QSignalBlocker from(m_fromYear), to(m_toYear);
    m_fromYear->setValue(m_fromYear->minimum());
    m_toYear->setValue(m_toYear->maximum());
    applyFilters();
}

void TimelinePage::spanHeadings()
{
    m_list->clearSpans();
    for (int row : m_model->headingRows())
        m_list->setSpan(row, 0, 1, m_model->columnCount());
}

int TimelinePage::currentEvent() const
{
    return m_model->eventAt(m_list->currentIndex());
}

QString TimelinePage::selectedEvent() const
{
    const int event = currentEvent();
    return event >= 0 ? m_dataset.events.at(event).id : QString();
}

void TimelinePage::selectRow(int event)
{
    const QModelIndex index = m_model->indexOfEvent(event);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index.siblingAtRow(index.row() - 1)); // the group's heading too, when it is just above
        m_list->scrollTo(index);
    } else {
        m_list->setCurrentIndex({});
        m_axis->setSelectedEvent(-1);
        showDetails();
    }
}

bool TimelinePage::selectEvent(const QString &id)
{
    const auto it
        = std::find_if(m_dataset.events.cbegin(), m_dataset.events.cend(), [&](const Event &e) { return e.id == id; });
    if (it == m_dataset.events.cend())
        return false;
    const int event = int(it - m_dataset.events.cbegin());
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
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_Left:
                step(-1);
                return true;
            case Qt::Key_Right:
                step(+1);
                return true;
            case Qt::Key_Home:
                stepToEnd(false);
                return true;
            case Qt::Key_End:
                stepToEnd(true);
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelinePage::showDetails()
{
    const int index = currentEvent();
    if (index < 0) {
        const bool empty = m_model->visibleEvents().isEmpty();
        m_details->setPlainText(
            empty ? tr("No event matches the search and filters.") : tr("Select an event to see it here."));
        m_list->setAccessibleDescription(QString());
        return;
    }
    const Event &event = m_dataset.events.at(index);
    const Language language = m_events->language();
    const QString query = m_search->text();
    const QString date = formatEventDate(event, m_dataset, language);
    const Category *category = m_dataset.category(event.categoryId);
    QString html = QStringLiteral("<p><b>%1</b> · %2</p><h2>%3</h2><p>%4</p>")
                       .arg(date.toHtmlEscaped(), category ? category->name.in(language).toHtmlEscaped() : QString(),
                           highlighted(event.title.in(language), query), highlighted(event.text.in(language), query));
    QStringList people;
    for (const QString &id : event.personIds) {
        if (const Person *person = m_dataset.person(id))
            people.append(person->name.in(language).toHtmlEscaped());
    }
    if (!people.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("People:").toHtmlEscaped(), people.join(QStringLiteral(", ")));
    QStringList links;
    for (const QString &id : event.missionIds) {
        if (const Mission *mission = m_dataset.mission(id))
            links.append(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(linkTo(QStringLiteral("mission"), id), mission->name.in(language).toHtmlEscaped()));
    }
    if (event.tradeYear)
        links.append(QStringLiteral("<a href=\"trade:%1\">%2</a>")
                         .arg(*event.tradeYear)
                         .arg(tr("Trade in %1").arg(*event.tradeYear).toHtmlEscaped()));
    if (!links.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("See:").toHtmlEscaped(), links.join(QStringLiteral(" · ")));
    const QString source
        = event.refs.isEmpty() ? tr("Source article (no reference number given)") : sourceArticleReferences(event.refs);
    html += QStringLiteral("<p><small>%1</small></p>").arg(source.toHtmlEscaped());
    m_details->setHtml(html);
    // Screen readers announce the current event.
    m_list->setAccessibleDescription(date + QStringLiteral(": ") + event.title.in(language));
}

void TimelinePage::exportCsv()
{
    const QString path
        = askSavePath(this, tr("Export events"), {tr("CSV file (*.csv)")}, QStringLiteral("azkz-timeline.csv"));
    if (path.isEmpty())
        return;
    const QByteArray csv = eventsCsv(m_dataset, m_model->visibleEvents(), m_events->language());
    reportSaveResult(
        this, writeAtomically(path, [&csv](QIODevice &device) { return device.write(csv) == csv.size(); }), path);
}

} // namespace azkz
