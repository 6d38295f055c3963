#include "ui/documents/printing.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTextDocument>

#include <algorithm>

namespace azkz {

namespace {

QMarginsF atLeastMinimum(const QMarginsF &margins)
{
    return QMarginsF(std::max(margins.left(), MinimumPrintMargin), std::max(margins.top(), MinimumPrintMargin),
        std::max(margins.right(), MinimumPrintMargin), std::max(margins.bottom(), MinimumPrintMargin));
}

// The printer's own minimum may be larger than ours: the layout keeps the larger one.
void raiseMargins(QPrinter &printer)
{
    const QMarginsF margins = printer.pageLayout().margins(QPageLayout::Millimeter);
    const QMarginsF raised = atLeastMinimum(margins);
    if (raised != margins)
        printer.setPageMargins(raised, QPageLayout::Millimeter);
}

} // namespace

QFont withoutLigatures(QFont font)
{
    // Latin text is then laid out glyph by glyph, without the font's optional substitutions.
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return font;
}

QPalette printPalette()
{
    QPalette palette;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button})
        palette.setColor(role, Qt::white);
    for (QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText, QPalette::ToolTipText})
        palette.setColor(role, Qt::black);
    palette.setColor(QPalette::Link, QColor(0x1a, 0x4d, 0x8f));
    palette.setColor(QPalette::LinkVisited, QColor(0x55, 0x2a, 0x80));
    palette.setColor(QPalette::Highlight, QColor(0xcc, 0xdd, 0xf5));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    return palette;
}

void drawDocumentLight(QPainter &painter, const QTextDocument &document)
{
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = printPalette();
    document.documentLayout()->draw(&painter, context);
}

void restorePageSetup(
    QPrinter &printer, const Settings &settings, const QString &kind, QPageLayout::Orientation fallback)
{
    const Settings::PageSetup setup = settings.pageSetup(kind);
    printer.setPageSize(
        setup.paperMillimetres ? QPageSize(*setup.paperMillimetres, QPageSize::Millimeter) : QPageSize(QPageSize::A4));
    printer.setPageOrientation(
        setup.landscape ? (*setup.landscape ? QPageLayout::Landscape : QPageLayout::Portrait) : fallback);
    printer.setPageMargins(atLeastMinimum(setup.marginsMillimetres), QPageLayout::Millimeter);
}

void rememberPageSetup(const QPrinter &printer, Settings &settings, const QString &kind)
{
    const QPageLayout layout = printer.pageLayout();
    settings.setPageSetup(kind,
        {layout.pageSize().size(QPageSize::Millimeter), layout.orientation() == QPageLayout::Landscape,
            atLeastMinimum(layout.margins(QPageLayout::Millimeter))});
}

void refusePrinting(QWidget *parent, const QString &reason)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("azkz::Printing", "Cannot print"),
        QCoreApplication::translate("azkz::Printing", "This cannot be printed: %1").arg(reason), QMessageBox::Ok,
        parent);
    box.setObjectName(QStringLiteral("printRefusedBox"));
    box.setTextFormat(Qt::PlainText); // the reason may name a file or quote the data
    box.exec();
}

void printWithPreview(QWidget *parent, Settings &settings, const QString &objectName, const QString &documentName,
    const QString &kind, QPageLayout::Orientation fallback, const std::function<void(QPrinter &printer)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(documentName);
    restorePageSetup(printer, settings, kind, fallback);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(objectName);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&paint](QPrinter *target) {
        raiseMargins(*target); // the page setup dialog allows less
        paint(*target);
    });
    // The dialog's own "Fit width" action (named so by Qt), so that its tool bar shows the mode.
    if (auto *fitWidth = preview.findChild<QAction *>(QStringLiteral("fitWidthAction")))
        fitWidth->trigger();
    if (auto *widget = preview.findChild<QPrintPreviewWidget *>())
        widget->setZoomMode(QPrintPreviewWidget::FitToWidth);
    preview.exec();
    rememberPageSetup(printer, settings, kind);
}

} // namespace azkz
