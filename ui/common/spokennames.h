// Names that a screen reader speaks where Qt 6.4 on Linux gives none or the wrong one.
#pragma once

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
// The widget's accessible description, set only when it changes (the timeline's count, spoken
// while one types, was said again at each letter that left it as it was).
void setSpokenDescription(QWidget *widget, const QString &description);

// Names the button that clears a line edit (setClearButtonEnabled), unnamed in Qt 6.4.
void nameClearButton(QLineEdit *edit, const QString &name);

} // namespace azkz
