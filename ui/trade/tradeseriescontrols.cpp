#include "ui/trade/tradeseriescontrols.h"

#include "core/settings/settings.h"
#include "core/text/formatting.h"
#include "core/trade/tradeseriesmodel.h"
#include "ui/common/citationcopyaction.h"
#include "ui/common/plaintext.h"
#include "ui/common/quietviews.h"
#include "ui/common/spokennames.h"
#include "ui/common/wrappedlabel.h"
#include "ui/common/wrappingheader.h"
#include "ui/documents/tradeserieschart.h"
#include "ui/trade/tradeseriesview.h"
#include "ui/trade/yearspinbox.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>

namespace azkz {

TradeSeriesControls::TradeSeriesControls(SharedDataset dataset, Language language, Settings &settings, QWidget *page)
    : QObject(page),
      from(new YearSpinBox(page)),
      to(new YearSpinBox(page)),
      allYears(new QAction(page)),
      units(new QActionGroup(page)),
      showEvents(new QAction(page)),
      table(new QuietTableView(page)),
      copyRows(new QAction(page)),
      note(new WrappedLabel(page)),
      m_page(page),
      m_settings(settings),
      m_model(new TradeSeriesModel(dataset, language, this)),
      m_thousands(units->addAction(QString())),
      m_millions(units->addAction(QString()))
{
    // Each change of view, years or unit says what the chart then shows.
    connect(m_model, &QAbstractItemModel::modelReset, this, &TradeSeriesControls::showNote);
    TradeViewSettings shown;
    shown.unit = m_settings.tradeUnit();
    m_model->setSettings(shown);
    from->setObjectName(QStringLiteral("tradeFrom"));
    to->setObjectName(QStringLiteral("tradeTo"));
    for (QSpinBox *box : {from, to}) {
        box->setGroupSeparatorShown(false);
        connect(box, &QSpinBox::valueChanged, this, &TradeSeriesControls::applyRange);
    }
    showRange();
    // Each view has its own years (one side's figures may end before the other's): the boxes
    // offer those, and show the range the model keeps.
    connect(m_model, &QAbstractItemModel::modelReset, this, &TradeSeriesControls::showRange);
    allYears->setObjectName(QStringLiteral("tradeAllYears"));
    connect(allYears, &QAction::triggered, this,
        [this] { setRange(m_model->table().firstYear, m_model->table().lastYear); });

    m_thousands->setObjectName(QStringLiteral("tradeThousands"));
    m_millions->setObjectName(QStringLiteral("tradeMillions"));
    for (QAction *unit : {m_thousands, m_millions})
        unit->setCheckable(true);
    (m_model->unit() == TradeUnit::Thousand ? m_thousands : m_millions)->setChecked(true);
    connect(m_thousands, &QAction::triggered, this, [this] { setUnit(true); });
    connect(m_millions, &QAction::triggered, this, [this] { setUnit(false); });

    showEvents->setObjectName(QStringLiteral("tradeShowEvents"));
    showEvents->setCheckable(true);
    showEvents->setChecked(shown.events);
    connect(showEvents, &QAction::toggled, this, [this](bool shownOnChart) {
        TradeViewSettings settings = m_model->settings();
        settings.events = shownOnChart; // on the screen, and so in every export of the view
        m_model->setSettings(settings);
        emit shownChanged();
    });

    table->setObjectName(QStringLiteral("tradeSeriesTable"));
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(SortRole);
    // The headers say whose figures a column holds, on up to three lines (all of it on hover):
    // seven lines at 720 px left no room for a row.
    table->setHorizontalHeader(new WrappingHeader(3, table));
    table->setModel(sorted);
    new CitationCopyAction(table, CitationCopyAction::Keys::MenuOnly); // Ctrl+Shift+C copies the chart here
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setItemDelegate(new PlainToolTipDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The years as wide as they need, the figures sharing the rest (a view's columns come anew with it).
    connect(table->horizontalHeader(), &QHeaderView::sectionCountChanged, this, [header = table->horizontalHeader()] {
        if (header->count() > 0)
            header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    });
    table->setMinimumHeight(160);
    copyRows->setObjectName(QStringLiteral("copyTradeRows"));
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut);
    connect(copyRows, &QAction::triggered, this, &TradeSeriesControls::copySelectedRows);
    table->addAction(copyRows);
    page->addAction(copyRows); // listed with the page's shortcuts; works while the table has the focus
    note->setObjectName(QStringLiteral("tradeSeriesNote"));
}

TradeSeriesView *TradeSeriesControls::view()
{
    if (m_view)
        return m_view;
    m_view = new TradeSeriesView(*m_model, m_page);
    m_view->setAccessibleName(tr("Trade chart"));
    connect(m_view, &TradeSeriesView::rangeDragged, this, &TradeSeriesControls::setRange);
    connect(m_view, &TradeSeriesView::eventActivated, this, &TradeSeriesControls::eventActivated);
    return m_view;
}

void TradeSeriesControls::setRange(int first, int last)
{
    const QSignalBlocker a(from), b(to);
    from->setValue(first);
    to->setValue(last);
    applyRange();
}

void TradeSeriesControls::applyRange()
{
    from->setMaximum(to->value());
    to->setMinimum(from->value());
    TradeViewSettings shown = m_model->settings();
    const TradeTable &figures = m_model->table();
    // A box at the view's first or last year means "from the first" or "to the last" year
    // there is, in whichever view is shown next.
    shown.from = from->value() == figures.firstYear ? 0 : from->value();
    shown.to = to->value() == figures.lastYear ? 0 : to->value();
    m_model->setSettings(shown);
    emit shownChanged();
}

void TradeSeriesControls::showRange()
{
    const QSignalBlocker a(from), b(to);
    const TradeTable &figures = m_model->table();
    for (YearSpinBox *box : {from, to}) {
        box->setRange(figures.firstYear, figures.lastYear);
        box->setYears(figures.figureYears);
    }
    if (!figures.years.isEmpty()) {
        from->setValue(figures.years.constFirst());
        to->setValue(figures.years.constLast());
    }
    from->setMaximum(to->value());
    to->setMinimum(from->value());
}

void TradeSeriesControls::setUnit(bool thousands)
{
    TradeViewSettings shown = m_model->settings();
    shown.unit = thousands ? TradeUnit::Thousand : TradeUnit::Million;
    m_model->setSettings(shown);
    m_settings.setTradeUnit(*shown.unit);
    emit shownChanged();
}

void TradeSeriesControls::copySelectedRows()
{
    const QAbstractItemModel *model = table->model();
    QModelIndexList rows = table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header.append(model->headerData(c, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells.append(model->index(row.row(), c).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    emit statusMessage(tr("%n row(s) copied", nullptr, int(rows.size())));
}

void TradeSeriesControls::retranslate()
{
    from->setAccessibleName(tr("From year"));
    to->setAccessibleName(tr("To year"));
    from->setToolTip(tr("First year shown; or drag across the chart"));
    to->setToolTip(tr("Last year shown; or drag across the chart"));
    allYears->setText(tr("All years"));
    allYears->setToolTip(tr("Show every year there are figures for"));
    m_thousands->setText(tr("Amounts in thousands of US dollars"));
    m_millions->setText(tr("Amounts in millions of US dollars"));
    copyRows->setText(tr("Copy the selected rows"));
    showEvents->setText(tr("Timeline events on the chart"));
    showNote();
}

void TradeSeriesControls::showNote()
{
    // What the chart's open points, breaks and changes of source mean (as every export of it
    // says), then whose figures they are and why the two sides differ.
    const QString marks = m_model->chartNotes();
    note->setText(marks.isEmpty() ? m_model->note() : marks + QLatin1Char('\n') + m_model->note());
    table->setAccessibleName(tr("Trade by year, %1").arg(m_model->unitLabel()));
    if (m_view)
        m_view->setAccessibleName(tr("Trade chart"));
}

bool TradeSeriesControls::hasFigures(int view) const
{
    return view <= 0 || m_model->hasFigures(TradeViewKind(view - 1)); // 0: the article's table
}

void TradeSeriesControls::labelViews(QComboBox &box) const
{
    const QString reporter = m_model->reporterName();
    const QString partner = m_model->partnerName();
    // Short: the toolbar must fit 720 px in both languages. The tooltip says what a view is.
    const QStringList names{
        tr("Article"), shortened(reporter, 16), shortened(partner, 16), tr("Mirror"), tr("Turnover"), tr("Balance")};
    const auto years = m_model->articleYears();
    const QString article = years ? tr("The article's table, %1").arg(formatYears(years->first, years->second))
                                  : tr("The article's table");
    const QStringList tips{article, tr("%1's own figures").arg(reporter), tr("%1's own figures").arg(partner),
        tr("Each flow as the exporter and the importer report it"), QString(), QString()};
    auto *items = qobject_cast<QStandardItemModel *>(box.model());
    for (int i = 0; i < box.count() && i < names.size(); ++i) {
        box.setItemText(i, names.at(i));
        const bool shown = hasFigures(i);
        box.setItemData(i, shown ? tips.at(i) : tr("This dataset has no figures for this view"), Qt::ToolTipRole);
        if (items)
            items->item(i)->setEnabled(shown);
    }
    setSpokenName(&box, tr("View"));
    setPlainToolTip(&box,
        tr("Whose figures the chart and the table show: the article's table, one country's "
           "own figures, both countries' figures of each flow side by side (mirror), "
           "turnover or balance"));
}

} // namespace azkz
