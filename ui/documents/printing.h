// Printing from the window: a preview that opens at fit-to-width, on the page setup the user
// chose last (paper, orientation, margins, remembered in the settings), with margins of at
// least half an inch, and always a light page (dark text on white) whatever the window's
// palette.
#pragma once

#include "core/settings/settings.h"

#include <QFont>
#include <QPageLayout>
#include <QPalette>
#include <QString>

#include <functional>

class QPainter;
class QPrinter;
class QTextDocument;
class QWidget;

namespace azkz {

// Half an inch: what printers can reach without clipping.
inline constexpr qreal MinimumPrintMargin = 12.7; // millimetres

// The font with ligatures turned off (Qt 6.4 has no QFont::setFeature): text extracted from
// a PDF then reads "fi", not U+FB01, so that search and copy find the words.
QFont withoutLigatures(QFont font);

// Dark text on white paper: what documents are drawn with when they are printed.
QPalette printPalette();
// Draws a document with printPalette(), not the application's (which may be dark).
void drawDocumentLight(QPainter &painter, const QTextDocument &document);

// The page setup kept under settings group "print/<kind>", or the fallback orientation on
// A4 the first time; margins raised to MinimumPrintMargin.
void restorePageSetup(QPrinter &printer, const Settings &settings, const QString &kind,
    QPageLayout::Orientation fallback = QPageLayout::Portrait);
void rememberPageSetup(const QPrinter &printer, Settings &settings, const QString &kind);

// Says over parent, in a warning box, why a document cannot be printed (nothing is opened).
void refusePrinting(QWidget *parent, const QString &reason);
// Opens the print preview (named objectName) over parent, at fit-to-width, on the remembered
// page setup of kind; paint draws the pages onto the printer given. Remembers the page setup
// when the preview closes.
void printWithPreview(QWidget *parent, Settings &settings, const QString &objectName, const QString &documentName,
    const QString &kind, QPageLayout::Orientation fallback, const std::function<void(QPrinter &printer)> &paint);

} // namespace azkz
