#include "ui/common/plaintext.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLabel>
#include <QToolTip>
#include <QUrl>

namespace azkz {

QString plainToolTip(const QString &text)
{
    // Rich text, always: a merely escaped string would be guessed to be plain and show "&lt;".
    // Qt sizes a rich tooltip as a golden rectangle, which put a head of mission and their date
    // on four lines, broken at a hyphen ("2021-/ci"): the lines are broken here, at 80
    // characters, and nowhere else.
    if (text.isEmpty())
        return {};
    constexpr qsizetype lineLength = 80;
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '))) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > lineLength) {
                lines.append(line.toHtmlEscaped());
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines.append(line.toHtmlEscaped());
    }
    return QStringLiteral("<p style=\"white-space:nowrap\">%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

void setPlainToolTip(QWidget *widget, const QString &text)
{
    widget->setToolTip(plainToolTip(text));
    widget->setAccessibleDescription(text);
}

QString escapeMnemonics(const QString &text)
{
    QString escaped = text;
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString shortened(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength)
        return text;
    qsizetype cut = std::max<qsizetype>(maxLength - 1, 0);
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

namespace {
QString elided(const QWidget *widget, const QString &text, int maxWidth)
{
    // Single line: a newline in the data would otherwise make the control as tall as the text.
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return widget->fontMetrics().elidedText(line, Qt::ElideRight, maxWidth);
}
} // namespace

void setPlainButtonText(QAbstractButton *button, const QString &text, int maxWidth)
{
    const QString shown = elided(button, text, maxWidth);
    button->setText(escapeMnemonics(shown));
    setPlainToolTip(button, shown == text ? QString() : text);
}

void setPlainLabelText(QLabel *label, const QString &text, int maxWidth)
{
    const QString shown = elided(label, text, maxWidth);
    label->setTextFormat(Qt::PlainText);
    label->setText(label->buddy() ? escapeMnemonics(shown) : shown);
    setPlainToolTip(label, shown == text ? QString() : text);
}

bool PlainToolTipDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty() && sizeHint(option, index).width() > option.rect.width())
        text = index.data().toString(); // the cell's own text, elided where it is drawn
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), plainToolTip(text), view, option.rect);
    return true;
}

} // namespace azkz
