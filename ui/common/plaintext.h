// Dataset text placed where Qt would read it as something else: tooltips and Qt Charts titles
// take rich text (an <img> there loads a local file), buttons and buddy labels take '&' as a
// mnemonic, and a label as long as its text widens the whole window. These helpers make such
// text show exactly as written.
#pragma once

#include <QStyledItemDelegate>

class QAbstractButton;
class QLabel;
class QUrl;
class QWidget;

namespace azkz {

// Rich text that shows text as written, line breaks kept: for setToolTip and QToolTip::showText,
// which would otherwise guess whether the text is markup.
QString plainToolTip(const QString &text);
// The tooltip of plainToolTip() on a widget, and the same text as its accessible description:
// Qt gives a widget without one its tooltip, and a screen reader read the markup aloud
// ("<p style=…>Whose figures…").
void setPlainToolTip(QWidget *widget, const QString &text);
// '&' shown as itself on a button, a check box, an action or a label with a buddy.
QString escapeMnemonics(const QString &text);
// At most maxLength characters, the end replaced by "…" when cut; never splits a surrogate pair.
QString shortened(const QString &text, qsizetype maxLength);

// Shows dataset text on a check box or a push button as written, elided to maxWidth pixels;
// the whole text is then its tooltip.
void setPlainButtonText(QAbstractButton *button, const QString &text, int maxWidth);
// The same for a label (set to plain text); a label with a buddy keeps '&' visible.
void setPlainLabelText(QLabel *label, const QString &text, int maxWidth);

// A delegate whose tooltips show the model's ToolTipRole as plain text, or, when the cell's
// text does not fit and is drawn elided, the whole text.
class PlainToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainToolTipDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
};

} // namespace azkz
