#include "ui/trade/tradepage.h"

#include "core/io/atomicfile.h"
#include "core/trade/tradecsv.h"
#include "core/trade/trademodel.h"
#include "core/trade/tradeseriesmodel.h"
#include "ui/common/fittedwidgets.h"
#include "ui/common/savedialogs.h"
#include "ui/common/spokennames.h"
#include "ui/common/wrappedlabel.h"
#include "ui/documents/chartexport.h"
#include "ui/documents/exportsizedialog.h"
#include "ui/documents/printing.h"
#include "ui/documents/tradechart.h"
#include "ui/documents/tradeseriesexport.h"
#include "ui/trade/articletradetable.h"
#include "ui/trade/tradecommands.h"
#include "ui/trade/tradeseriescontrols.h"
#include "ui/trade/tradeseriesview.h"
#include "ui/trade/yearspinbox.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QGraphicsLayout>
#include <QLabel>
#include <QMenu>
#include <QPrinter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace azkz {

TradePage::TradePage(
    SharedDataset dataset, Language language, const TradeCommands &commands, Settings &settings, QWidget *parent)
    : Page(parent),
      m_dataset(dataset),
      m_settings(settings),
      m_model(new TradeModel(dataset, language, this)),
      m_chart(new TradeChart(dataset, *m_model, palette())),
      m_chartView(new QChartView(m_chart, this)), // the view owns the chart
      m_toolbar(new QToolBar(this)),
      m_kind(new FittingComboBox(this)),
      m_measure(new FittingComboBox(this)),
      m_printAction(new QAction(this)),
      m_commands(commands),
      m_moreButton(new QToolButton(this)),
      m_details(new FittedScrollArea(this)),
      m_table(new ArticleTradeTable(m_model)),
      m_note(new WrappedLabel),
      m_source(new WrappedLabel),
      m_view(new FittingComboBox(this)),
      m_series(new TradeSeriesControls(dataset, language, settings, this))
{
    m_view->setObjectName(QStringLiteral("tradeView")); // short names; country names shortened
    m_view->addItems(QStringList(6, QString()));
    connect(m_view, &QComboBox::activated, this, &TradePage::setViewIndex);
    connect(m_series, &TradeSeriesControls::shownChanged, this, &TradePage::showSources);
    connect(m_series, &TradeSeriesControls::statusMessage, this, &TradePage::statusMessage);
    connect(m_series, &TradeSeriesControls::eventActivated, this,
        [this](const QString &id) { emit linkActivated(Tab::Timeline, id); });
    m_chartView->setObjectName(QStringLiteral("tradeChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240); // room for the unit written along the value axis
    // The page has margins of its own: the chart's would leave empty bands around it.
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    // The table gives the same figures to the keyboard (a graphics view's viewport takes the focus too).
    for (QWidget *widget : {static_cast<QWidget *>(m_chartView), m_chartView->viewport()})
        widget->setFocusPolicy(Qt::NoFocus);
    connect(m_chart, &TradeChart::hoverTextChanged, this, [](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText(); // at once, not when the pointer next rests
    });
    connect(m_chart, &TradeChart::rowClicked, this, [this](int row) { m_table->selectRow(row); });

    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_measure->setObjectName(QStringLiteral("chartMeasure"));
    m_kind->addItems({QString(), QString(), QString()});
    m_measure->addItems({QString(), QString()});
    for (QComboBox *box : {m_view, m_kind, m_measure})
        speakChoices(box);
    connect(m_kind, &QComboBox::activated, this, [this](int index) { m_chart->setKind(TradeChart::Kind(index)); });
    connect(m_measure, &QComboBox::activated, this, [this](int i) { m_chart->setMeasure(TradeChart::Measure(i)); });

    m_printAction->setObjectName(QStringLiteral("printTrade"));
    connect(m_printAction, &QAction::triggered, this, &TradePage::print);
    // On the page too: the shortcuts work while the tab is shown, and the menu lists them.
    addActions({m_commands.exportChart, m_commands.copyChart, m_commands.exportCsv, m_printAction});

    // Less used commands in a menu, so the toolbar fits 720 px; text only, as icon themes differ.
    auto *more = new QMenu(m_moreButton);
    more->addActions({m_commands.copyChart, m_commands.exportCsv, m_printAction});
    more->addSeparator();
    more->addActions(m_series->units->actions());
    more->addSeparator();
    more->addAction(m_series->showEvents);
    m_moreButton->setObjectName(QStringLiteral("tradeMore"));
    m_moreButton->setMenu(more);
    connect( // the icon theme is searched once an icon is to be seen, not while the window opens
        more, &QMenu::aboutToShow, this,
        [this] {
            m_commands.setIcons();
            m_printAction->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
        },
        Qt::SingleShotConnection);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setObjectName(QStringLiteral("tradeToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->addWidget(m_view);
    m_articleTools = {m_toolbar->addWidget(m_kind), m_toolbar->addWidget(m_measure)};
    m_seriesTools = {m_toolbar->addWidget(m_series->from), m_toolbar->addWidget(m_series->to)};
    m_toolbar->addAction(m_series->allYears);
    m_seriesTools.append(m_series->allYears);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_commands.exportChart);
    m_toolbar->addWidget(m_moreButton);
    QWidget *exportButton = m_toolbar->widgetForAction(m_commands.exportChart);
    exportButton->setObjectName(QStringLiteral("exportChartButton"));
    QWidget *allYearsButton = m_toolbar->widgetForAction(m_series->allYears);
    for (QWidget *button : {allYearsButton, exportButton, static_cast<QWidget *>(m_moreButton)})
        button->setFocusPolicy(Qt::TabFocus); // tool buttons take no focus by default

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TradePage::showSelectedRow);

    m_note->setObjectName(QStringLiteral("tradeNote"));
    m_source->setObjectName(QStringLiteral("tradeSource"));

    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_table);
    detailsLayout->addWidget(m_series->table);
    detailsLayout->addWidget(m_note);
    detailsLayout->addWidget(m_series->note);
    detailsLayout->addWidget(m_source);
    m_details->setObjectName(QStringLiteral("tradeDetails"));
    m_details->setWidget(details);
    m_details->setFocusPolicy(Qt::NoFocus); // the table inside takes the focus; the chart the height it leaves

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_details);
    // Tab follows the toolbar as it reads, left to right (the hidden view's tools are skipped).
    setTabOrder({m_view, m_kind, m_measure, m_series->from, m_series->to, allYearsButton, exportButton, m_moreButton,
        m_table, m_series->table});

    setLanguage(language);
    setViewIndex(m_settings.tradeView());
}

TradeSeriesModel *TradePage::seriesModel() const
{
    return m_series->model();
}

bool TradePage::showsSeries() const
{
    return m_view->currentIndex() > 0;
}

int TradePage::viewIndex() const
{
    return m_view->currentIndex();
}

void TradePage::setViewIndex(int index)
{
    index = std::clamp(index, 0, m_view->count() - 1);
    index = m_series->hasFigures(index) ? index : 0;
    m_view->setCurrentIndex(index);
    m_settings.setTradeView(index); // the view is kept for the next start
    if (index > 0) {
        TradeViewSettings settings = m_series->model()->settings();
        settings.view = TradeViewKind(index - 1);
        m_series->model()->setSettings(settings);
        if (m_series->model()->table().years.isEmpty()) { // the years chosen are none of this view's
            settings.from = settings.to = 0;
            m_series->model()->setSettings(settings);
        }
    }
    showView();
}

void TradePage::showView()
{
    const bool series = showsSeries();
    for (QAction *tool : m_articleTools)
        tool->setVisible(!series);
    for (QAction *tool : m_seriesTools)
        tool->setVisible(series);
    m_chartView->setVisible(!series);
    m_table->setVisible(!series);
    m_note->setVisible(!series);
    if (series)
        seriesView()->setVisible(true);
    else if (m_series->hasView())
        m_series->view()->setVisible(false);
    m_series->table->setVisible(series);
    m_series->note->setVisible(series);
    // Not offered with the article's table, in its own unit, and its chart, with no events.
    m_series->units->setVisible(series);
    m_series->showEvents->setVisible(series);
    showSources();
}

void TradePage::showSources()
{
    m_source->setText(showsSeries() ? m_series->model()->sourcesLine() : m_model->sourceLine());
}

TradeSeriesView *TradePage::seriesView()
{
    if (m_series->hasView())
        return m_series->view();
    auto *pageLayout = static_cast<QVBoxLayout *>(layout());
    pageLayout->insertWidget(pageLayout->indexOf(m_chartView) + 1, m_series->view(), 1);
    return m_series->view();
}

void TradePage::retranslateSeries()
{
    m_series->labelViews(*m_view);
    m_series->retranslate();
    showSources();
}

void TradePage::setLanguage(Language language)
{
    m_model->setLanguage(language); // the chart follows the model
    m_series->model()->setLanguage(language);
    retranslate();
    retranslateSeries();
}

void TradePage::retranslate()
{
    m_kind->setItemText(int(TradeChart::Kind::GroupedBars), tr("Grouped bars"));
    m_kind->setItemText(int(TradeChart::Kind::StackedBars), tr("Stacked bars"));
    m_kind->setItemText(int(TradeChart::Kind::Lines), tr("Lines"));
    m_measure->setItemText(int(TradeChart::Measure::Values), tr("Values"));
    m_measure->setItemText(int(TradeChart::Measure::Shares), tr("Shares of turnover"));
    setSpokenName(m_kind, tr("Chart type"));
    m_kind->setToolTip(tr("How the chart draws the figures"));
    setSpokenName(m_measure, tr("Values or shares"));
    m_measure->setToolTip(tr("Show amounts, or exports and imports as shares of turnover"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the chart, the table and the source on one page"));
    m_toolbar->setAccessibleName(tr("Trade tools"));
    QWidget *exportButton = m_toolbar->widgetForAction(m_commands.exportChart);
    exportButton->setAccessibleName(tr("Export chart"));
    exportButton->setAccessibleDescription(m_commands.exportChart->toolTip());
    m_moreButton->setText(tr("More"));
    m_moreButton->setAccessibleName(tr("More trade commands"));
    m_moreButton->setToolTip(tr("Copy the chart image, export the data as CSV, print"));
    m_moreButton->setAccessibleDescription(m_moreButton->toolTip());
    m_note->setText(m_model->note());
    m_source->setText(m_model->sourceLine());
    m_chartView->setAccessibleName(tr("Trade chart"));
    showSelectedRow(); // the chart view's description, in this language
    m_table->setAccessibleName(tr("Trade by year, %1").arg(m_model->unitLabel()));
}

void TradePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_chart->setWindowPalette(palette());
    Page::changeEvent(event);
}

void TradePage::selectYear(int year)
{
    m_table->selectYear(year);
}

int TradePage::selectedYear() const
{
    return m_table->selectedYear();
}

void TradePage::showSelectedRow()
{
    const int row = m_table->selectedRow();
    m_chart->setMarkedRow(row);
    // Announced with the chart: the year's figures, as the tooltips give them.
    m_chartView->setAccessibleDescription(
        row < 0 ? m_chart->plainTitle() : m_chart->plainTitle() + QStringLiteral(". ") + m_chart->describeRow(row));
}

void TradePage::exportChart()
{
    const auto target = askSaveTarget(this, m_settings, tr("Export chart"), ChartFormats, QStringLiteral("azkz-trade"));
    if (!target)
        return;
    const QString &path = target->path;
    const ExportFormat format = target->format;
    if (showsSeries()) {
        reportSaveResult(this,
            exportTradeSeries(
                m_dataset, m_series->model()->settings(), m_series->model()->language(), path, format, QSize(1200, 700))
                .message,
            path);
        return;
    }
    ChartOutput output;
    output.settings = m_chart->settings();
    if (format != ExportFormat::Pdf) {
        ExportSizeDialog sizes(
            output.pixelSize(format), int(output.devicePixelRatio), format == ExportFormat::Png, this);
        if (sizes.exec() != QDialog::Accepted)
            return;
        output.pixels = sizes.chosenSize();
        output.devicePixelRatio = sizes.chosenPixelRatio();
    }
    reportSaveResult(this, azkz::exportChart(m_dataset, *m_model, path, format, output).message, path);
}

void TradePage::exportCsv()
{
    const auto target = askSaveTarget(this, m_settings, tr("Export data"), CsvFormats, QStringLiteral("azkz-trade"));
    if (!target)
        return;
    const QString &path = target->path;
    const QByteArray csv = showsSeries()
        ? tradeSeriesCsv(m_dataset, m_series->model()->settings(), m_series->model()->language())
        : tradeCsv(*m_model, *m_dataset);
    reportSaveResult(
        this, writeAtomically(path, [&csv](QIODevice &device) { return device.write(csv) == csv.size(); }), path);
}

void TradePage::copyChart()
{
    if (showsSeries()) {
        QApplication::clipboard()->setImage(tradeSeriesImage(m_dataset, m_series->model()->settings(),
            m_series->model()->language(), m_series->view()->size(), devicePixelRatioF()));
        emit statusMessage(tr("Chart image copied"));
        return;
    }
    ChartOutput output;
    output.settings = m_chart->settings();
    output.devicePixelRatio = devicePixelRatioF();
    QApplication::clipboard()->setImage(chartImage(m_dataset, *m_model, output));
    emit statusMessage(tr("Chart image copied"));
}

bool TradePage::openItem(const QString &id)
{
    if (id.startsWith(QLatin1String("series:"))) { // a side's long series: the view of its figures
        const auto view = m_series->model()->sideView(id.mid(7));
        if (view)
            setViewIndex(int(*view) + 1);
        return view.has_value();
    }
    bool ok = false;
    const int year = id.toInt(&ok);
    if (ok)
        selectYear(year);
    return ok;
}

void TradePage::restorePlace(const QVariantMap &place)
{
    if (const int year = place.value(QStringLiteral("year")).toInt(); year != 0)
        selectYear(year);
}

void TradePage::print()
{
    if (showsSeries()) { // the chart of the view and years chosen, with its sources, on a light page
        printWithPreview(this, m_settings, QStringLiteral("tradePrintPreview"), m_series->model()->viewTitle(),
            QStringLiteral("trade"), QPageLayout::Landscape,
            [this, settings = m_series->model()->settings()](QPrinter &target) {
                QPainter painter(&target);
                const QRectF page = painter.viewport();
                const qreal scale = page.width() / 1200.0;
                painter.scale(scale, scale);
                paintTradeSeries(painter, QRectF(0, 0, 1200, page.height() / scale), m_dataset, settings,
                    m_series->model()->language());
            });
        return;
    }
    printWithPreview(this, m_settings, QStringLiteral("tradePrintPreview"), m_chart->plainTitle(),
        QStringLiteral("trade"), QPageLayout::Landscape,
        [this](QPrinter &target) { printTradePage(target, m_dataset, *m_model, m_chart->settings()); });
}

} // namespace azkz
