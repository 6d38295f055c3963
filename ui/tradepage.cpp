#include "tradepage.h"

#include "atomicfile.h"
#include "chartexport.h"
#include "exportsizedialog.h"
#include "plaintext.h"
#include "printing.h"
#include "savedialogs.h"
#include "tradechart.h"
#include "tradecsv.h"
#include "trademodel.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPrinter>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace azkz {

TradePage::TradePage(const Dataset &dataset, Language language, QWidget *parent)
    : QWidget(parent),
      m_dataset(dataset),
      m_model(new TradeModel(dataset, language, this)),
      m_chart(new TradeChart(dataset, *m_model, palette())),
      m_chartView(new QChartView(m_chart, this)), // the view owns the chart
      m_toolbar(new QToolBar(this)),
      m_kind(new QComboBox(this)),
      m_measure(new QComboBox(this)),
      m_printAction(new QAction(this)),
      m_exportChartAction(new QAction(this)),
      m_exportCsvAction(new QAction(this)),
      m_copyAction(new QAction(this)),
      m_moreButton(new QToolButton(this)),
      m_details(new QScrollArea(this)),
      m_table(new QTableView),
      m_note(new QLabel),
      m_source(new QLabel)
{
    m_chartView->setObjectName(QStringLiteral("tradeChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240); // room for the unit written along the value axis
    // The page has margins of its own: the chart's would leave empty bands around it.
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chartView->setFocusPolicy(Qt::NoFocus); // the table gives the same figures to the keyboard
    connect(m_chart, &TradeChart::hoverTextChanged, this, [](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText(); // at once, not when the pointer next rests
    });
    connect(m_chart, &TradeChart::rowClicked, this, [this](int row) { m_table->selectRow(row); });

    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_measure->setObjectName(QStringLiteral("chartMeasure"));
    m_kind->addItems({QString(), QString(), QString()});
    m_measure->addItems({QString(), QString()});
    for (QComboBox *box : {m_kind, m_measure})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows the language's texts
    connect(m_kind, &QComboBox::activated, this, [this](int index) { m_chart->setKind(TradeChart::Kind(index)); });
    connect(
        m_measure, &QComboBox::activated, this, [this](int index) { m_chart->setMeasure(TradeChart::Measure(index)); });

    m_printAction->setObjectName(QStringLiteral("printTrade"));
    m_exportChartAction->setObjectName(QStringLiteral("exportChart"));
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsv"));
    m_copyAction->setObjectName(QStringLiteral("copyChart"));
    m_printAction->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_exportChartAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_exportCsvAction->setIcon(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")));
    m_copyAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_printAction, &QAction::triggered, this, &TradePage::print);
    connect(m_exportChartAction, &QAction::triggered, this, &TradePage::exportChart);
    connect(m_exportCsvAction, &QAction::triggered, this, &TradePage::exportCsv);
    connect(m_copyAction, &QAction::triggered, this, &TradePage::copyChart);
    // On the page too: the shortcuts work while the tab is shown, and the menu lists them.
    addActions({m_exportChartAction, m_copyAction, m_exportCsvAction, m_printAction});

    // The less used commands in a menu button, so that the toolbar fits 720 px in both languages.
    // Text only: icon themes differ, and a toolbar with some icons missing looks broken.
    auto *more = new QMenu(m_moreButton);
    more->addActions({m_copyAction, m_exportCsvAction, m_printAction});
    m_moreButton->setObjectName(QStringLiteral("tradeMore"));
    m_moreButton->setMenu(more);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setObjectName(QStringLiteral("tradeToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->addWidget(m_kind);
    m_toolbar->addWidget(m_measure);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_exportChartAction);
    m_toolbar->addWidget(m_moreButton);
    QWidget *exportButton = m_toolbar->widgetForAction(m_exportChartAction);
    exportButton->setObjectName(QStringLiteral("exportChartButton"));
    for (QWidget *button : {exportButton, static_cast<QWidget *>(m_moreButton)})
        button->setFocusPolicy(Qt::TabFocus); // tool buttons take no focus by default

    m_table->setObjectName(QStringLiteral("tradeTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PlainToolTipDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    // The table is as tall as its rows; the details scroll when the window is short.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TradePage::showSelectedRow);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &TradePage::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TradePage::fitColumns);

    for (QLabel *label : {m_note, m_source}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMinimumWidth(1); // a word longer than the window is cut, rather than widen it
    }
    m_note->setObjectName(QStringLiteral("tradeNote"));
    m_source->setObjectName(QStringLiteral("tradeSource"));

    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_table);
    detailsLayout->addWidget(m_note);
    detailsLayout->addWidget(m_source);
    m_details->setObjectName(QStringLiteral("tradeDetails"));
    m_details->setWidget(details);
    m_details->setWidgetResizable(true);
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_details->setFocusPolicy(Qt::NoFocus); // the table inside takes the focus
    // As tall as the table and texts when there is room; the chart takes the rest.
    m_details->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_details->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_details);
    setTabOrder(m_kind, m_measure);
    setTabOrder(m_measure, exportButton);
    setTabOrder(exportButton, m_moreButton);
    setTabOrder(m_moreButton, m_table);

    setLanguage(language);
}

QList<QAction *> TradePage::exportActions() const
{
    return {m_exportChartAction, m_exportCsvAction, m_copyAction};
}

void TradePage::setLanguage(Language language)
{
    m_model->setLanguage(language); // the chart follows the model
    retranslate();
}

void TradePage::retranslate()
{
    const Language language = m_model->language();
    m_kind->setItemText(int(TradeChart::Kind::GroupedBars), tr("Grouped bars"));
    m_kind->setItemText(int(TradeChart::Kind::StackedBars), tr("Stacked bars"));
    m_kind->setItemText(int(TradeChart::Kind::Lines), tr("Lines"));
    m_measure->setItemText(int(TradeChart::Measure::Values), tr("Values"));
    m_measure->setItemText(int(TradeChart::Measure::Shares), tr("Shares of turnover"));
    m_kind->setAccessibleName(tr("Chart type"));
    m_kind->setToolTip(tr("How the chart draws the figures"));
    m_measure->setAccessibleName(tr("Values or shares"));
    m_measure->setToolTip(tr("Show amounts, or exports and imports as shares of turnover"));
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the chart, the table and the source on one page"));
    m_exportChartAction->setText(tr("Export &chart…"));
    m_exportChartAction->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    m_exportCsvAction->setText(tr("Export &data as CSV…"));
    m_exportCsvAction->setToolTip(tr("Save the table as a CSV file"));
    m_copyAction->setText(tr("Cop&y chart image"));
    m_copyAction->setToolTip(tr("Copy the chart as an image, to paste into a document"));
    m_toolbar->setAccessibleName(tr("Trade tools"));
    QWidget *exportButton = m_toolbar->widgetForAction(m_exportChartAction);
    exportButton->setAccessibleName(tr("Export chart"));
    exportButton->setAccessibleDescription(m_exportChartAction->toolTip());
    m_moreButton->setText(tr("More"));
    m_moreButton->setAccessibleName(tr("More trade commands"));
    m_moreButton->setToolTip(tr("Copy the chart image, export the data as CSV, print"));
    m_moreButton->setAccessibleDescription(m_moreButton->toolTip());
    m_note->setText(m_dataset.trade.note.in(language));
    m_source->setText(tradeSourceLine(m_dataset, language));
    m_chartView->setAccessibleName(tr("Trade chart"));
    showSelectedRow(); // the chart view's description, in this language
    m_table->setAccessibleName(tr("Trade by year, %1").arg(m_dataset.trade.unitLabel.in(language)));
}

void TradePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_chart->setWindowPalette(palette());
    QWidget::changeEvent(event);
}

bool TradePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_details && event->type() == QEvent::Resize) {
        // No taller than the table and texts need at this width (QScrollArea's size hint does
        // not know that wrapped text needs fewer lines on a wide window): the chart gets the rest.
        const int width = m_details->width() - m_details->verticalScrollBar()->sizeHint().width();
        const int needed = m_details->widget()->heightForWidth(width);
        if (needed > 0)
            m_details->setMaximumHeight(needed + 2 * m_details->frameWidth());
    }
    return QWidget::eventFilter(watched, event);
}

void TradePage::fitColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int columns = m_model->columnCount();
    QList<int> widths;
    int total = 0;
    for (int column = 0; column < columns; ++column) {
        const QAbstractItemView *cells = m_table; // sizeHintForColumn is public there
        widths.append(std::max(header->sectionSizeHint(column), cells->sizeHintForColumn(column)));
        total += widths.last();
    }
    const int available = m_table->viewport()->width();
    for (int column = 0; column < columns; ++column) {
        const int width = total <= available ? widths.at(column) + (available - total) / columns
                                             : widths.at(column) * available / std::max(total, 1);
        header->resizeSection(column, width);
    }
}

void TradePage::selectYear(int year)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->value(row, TradeModel::Year) == year) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            m_table->setFocus(Qt::OtherFocusReason); // where the keyboard reads the year's figures
            return;
        }
    }
    m_table->clearSelection();
}

int TradePage::selectedYear() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : int(m_model->value(rows.constFirst().row(), TradeModel::Year).value_or(0));
}

void TradePage::showSelectedRow()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.constFirst().row();
    m_chart->setMarkedRow(row);
    // Announced with the chart: the year's figures, as the tooltips give them.
    m_chartView->setAccessibleDescription(
        row < 0 ? m_chart->plainTitle() : m_chart->plainTitle() + QStringLiteral(". ") + m_chart->describeRow(row));
}

void TradePage::exportChart()
{
    const QStringList filters = {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)")};
    const QString path = askSavePath(this, tr("Export chart"), filters, QStringLiteral("azkz-trade.png"));
    if (path.isEmpty())
        return;
    const auto format = chartFormatForPath(path);
    if (!format) {
        reportSaveResult(this, tr("Cannot export %1: the name must end in .png, .svg or .pdf").arg(path), path);
        return;
    }
    ChartOutput output;
    output.settings = m_chart->settings();
    if (*format != ChartFormat::Pdf) {
        ExportSizeDialog sizes(
            output.pixelSize(*format), int(output.devicePixelRatio), *format == ChartFormat::Png, this);
        if (sizes.exec() != QDialog::Accepted)
            return;
        output.pixels = sizes.chosenSize();
        output.devicePixelRatio = sizes.chosenPixelRatio();
    }
    reportSaveResult(this, azkz::exportChart(m_dataset, *m_model, path, *format, output).message, path);
}

void TradePage::exportCsv()
{
    const QString path
        = askSavePath(this, tr("Export data"), {tr("CSV file (*.csv)")}, QStringLiteral("azkz-trade.csv"));
    if (path.isEmpty())
        return;
    const QByteArray csv = tradeCsv(*m_model, m_dataset);
    reportSaveResult(
        this, writeAtomically(path, [&csv](QIODevice &device) { return device.write(csv) == csv.size(); }), path);
}

void TradePage::copyChart()
{
    ChartOutput output;
    output.settings = m_chart->settings();
    output.devicePixelRatio = devicePixelRatioF();
    QApplication::clipboard()->setImage(chartImage(m_dataset, *m_model, output));
    emit statusMessage(tr("Chart image copied"));
}

void TradePage::print()
{
    printWithPreview(this, QStringLiteral("tradePrintPreview"), m_chart->plainTitle(), QStringLiteral("trade"),
        QPageLayout::Landscape,
        [this](QPrinter &target) { printTradePage(target, m_dataset, *m_model, m_chart->settings()); });
}

} // namespace azkz
