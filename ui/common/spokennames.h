// Names that a screen reader speaks where Qt 6.4 on Linux gives none or the wrong one.
#pragma once

#include <functional>

class QComboBox;
class QLineEdit;
class QString;
class QWidget;

namespace azkz {

// The widget's accessible name, also for a combo box: on Linux Qt names a combo box by its
// current text and leaves the name to a label whose buddy it is ("Article combo box" was all a
// screen reader said). The label is the widget's sibling, hidden: the toolbars have no room for
// it, and its text is the accessible name, with no mnemonic. Set only when it changes: each set
// is an event a screen reader speaks on a focused widget.
void setSpokenName(QWidget *widget, const QString &name);
// A combo box whose value a screen reader says when the box takes the focus and each time the
// value changes. Qt 6.4 says neither on Linux: it gives a combo box no selection and no text,
// and Orca said "View combo box" and nothing when Down chose another view. Here the chosen item
// of the box's list is announced as focused, as Orca itself does with a combo box that has a
// selection: "View combo box. Article.", then the next view's name. The keyboard focus stays on
// the box.
void speakChoices(QComboBox *box);
// A search field heard when Tab first brings the keyboard there. Qt 6.4 tells a screen reader
// that the caret moved in a line edit before it tells that the line edit has the focus, the
// first time the line edit has it; Orca then took the field as focused already and said nothing.
void speakFocusFirst(QLineEdit *edit);
// The widget's accessible description, set only when it changes (the timeline's count, spoken
// while one types, was said again at each letter that left it as it was).
void setSpokenDescription(QWidget *widget, const QString &description);

// Tab widgets' pages entered without "layered pane" said first: Qt gives the stack that holds a
// tab widget's pages that role, which Orca speaks as a context each time the focus enters a page.
// From the first call, every such stack is exposed as a plain container, which a screen reader
// passes over, as it does the pages themselves.
void passOverPageStacks();

// Names the button that clears a line edit (setClearButtonEnabled), unnamed in Qt 6.4.
void nameClearButton(QLineEdit *edit, const QString &name);
// Gives the line edit its clear button, named, once it first holds text (the button shows only
// then): the button's icon is looked up in the icon theme, which took 7 ms of the 90 to the
// first window on the timeline tab.
void addClearButtonWithText(QLineEdit *edit, const std::function<QString()> &name);

} // namespace azkz
