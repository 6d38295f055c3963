#include "tradepage.h"

#include "atomicfile.h"
#include "chartexport.h"
#include "exportsizedialog.h"
#include "plaintext.h"
#include "savedialogs.h"
#include "tradechart.h"
#include "tradecsv.h"
#include "trademodel.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTableView>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>

namespace azkz {

TradePage::TradePage(const Dataset &dataset, Language language, QWidget *parent)
    : QWidget(parent),
      m_dataset(dataset),
      m_model(new TradeModel(dataset, language, this)),
      m_chart(new TradeChart(dataset, *m_model)),
      m_chartView(new QChartView(m_chart, this)), // the view owns the chart
      m_toolbar(new QToolBar(this)),
      m_kind(new QComboBox(this)),
      m_measure(new QComboBox(this)),
      m_printAction(new QAction(this)),
      m_exportChartAction(new QAction(this)),
      m_exportCsvAction(new QAction(this)),
      m_copyAction(new QAction(this)),
      m_table(new QTableView(this)),
      m_note(new QLabel(this)),
      m_source(new QLabel(this))
{
    m_chartView->setObjectName(QStringLiteral("tradeChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(280);
    m_chartView->setFocusPolicy(Qt::NoFocus); // the table gives the same figures to the keyboard
    connect(m_chart, &TradeChart::hoverTextChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), plainToolTip(text), m_chartView);
    });

    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_measure->setObjectName(QStringLiteral("chartMeasure"));
    m_kind->addItems({QString(), QString(), QString()});
    m_measure->addItems({QString(), QString()});
    connect(m_kind, &QComboBox::activated, this, [this](int index) { m_chart->setKind(TradeChart::Kind(index)); });
    connect(
        m_measure, &QComboBox::activated, this, [this](int index) { m_chart->setMeasure(TradeChart::Measure(index)); });

    m_printAction->setObjectName(QStringLiteral("printTrade"));
    m_exportChartAction->setObjectName(QStringLiteral("exportChart"));
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsv"));
    m_copyAction->setObjectName(QStringLiteral("copyChart"));
    m_printAction->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_exportChartAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_copyAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_printAction, &QAction::triggered, this, &TradePage::print);
    connect(m_exportChartAction, &QAction::triggered, this, &TradePage::exportChart);
    connect(m_exportCsvAction, &QAction::triggered, this, &TradePage::exportCsv);
    connect(m_copyAction, &QAction::triggered, this, &TradePage::copyChart);

    m_toolbar->setObjectName(QStringLiteral("tradeToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addWidget(m_kind);
    m_toolbar->addWidget(m_measure);
    m_toolbar->addSeparator();
    m_toolbar->addActions({m_printAction, m_exportChartAction, m_exportCsvAction, m_copyAction});

    m_table->setObjectName(QStringLiteral("tradeTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PlainToolTipDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The table is as tall as its rows; the chart takes the rest of the page.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);

    for (QLabel *label : {m_note, m_source}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMinimumWidth(1); // a word longer than the window is cut, rather than widen it
    }
    m_note->setObjectName(QStringLiteral("tradeNote"));
    m_source->setObjectName(QStringLiteral("tradeSource"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    layout->addWidget(m_source);
    setTabOrder(m_kind, m_measure);
    setTabOrder(m_measure, m_table);

    m_chart->setDark(palette().color(QPalette::Window).lightness() < 128);
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
    m_copyAction->setText(tr("C&opy chart image"));
    m_copyAction->setToolTip(tr("Copy the chart as an image, to paste into a document"));
    m_toolbar->setAccessibleName(tr("Trade tools"));
    m_note->setText(m_dataset.trade.note.in(language));
    m_source->setText(tradeSourceLine(m_dataset, language));
    m_chartView->setAccessibleName(tr("Trade chart"));
    m_chartView->setAccessibleDescription(m_chart->plainTitle());
    m_table->setAccessibleName(tr("Trade by year, %1").arg(m_dataset.trade.unitLabel.in(language)));
}

void TradePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_chart->setDark(palette().color(QPalette::Window).lightness() < 128);
    QWidget::changeEvent(event);
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
        ExportSizeDialog sizes(output.size, int(output.devicePixelRatio), *format == ChartFormat::Png, this);
        if (sizes.exec() != QDialog::Accepted)
            return;
        output.size = sizes.chosenSize();
        output.devicePixelRatio = sizes.chosenPixelRatio();
    }
    reportSaveResult(this, azkz::exportChart(m_dataset, *m_model, path, *format, output), path);
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
}

void TradePage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_chart->plainTitle());
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("tradePrintPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
        [this](QPrinter *target) { printTradePage(*target, m_dataset, *m_model, m_chart->settings()); });
    preview.exec();
}

} // namespace azkz
