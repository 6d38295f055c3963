// The item chosen in a widget drawn by hand (an event on the time axis, a city on the map) as
// a screen reader's item, heard when the arrow keys choose it.
//
// Qt 6.4 tells a reader that a widget's name changed without the new name (Orca gave up on the
// event), so the widget's name alone, "Time axis: <the event>", was never heard as the arrows
// moved. Here the chosen item is the widget's one accessible child, named by it and placed where
// it is drawn, and announced as focused when it is chosen while the widget has the keyboard
// focus, as Orca announces the chosen item of a list; the focus stays on the widget.
#pragma once

class QRect;
class QString;
class QWidget;

namespace azkz {

// Names the widget "title: choice" (only "title" with no choice) and its child the choice, drawn
// at where (in the widget's coordinates). Call it from the widget's constructor first: the
// widget's accessible interface is made the first time it is asked for.
void setSpokenChoice(QWidget *widget, const QString &title, const QString &choice, const QRect &where);

} // namespace azkz
