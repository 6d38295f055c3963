// A status bar's temporary messages kept whole beside a permanent line (the sources of what the
// tab shows): while a message is shown, the line gives it room and is cut shorter with "…";
// when the message goes, the line is whole again. Without it, at 720 px the source line took
// the whole bar and "Address copied to the clipboard" was never seen.
#pragma once

#include <QObject>

class QStatusBar;
class QWidget;

namespace azkz {

class MessageRoom final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageRoom)
public:
    // The line is one of bar's permanent widgets, laid out at its right; it can be cut short.
    MessageRoom(QStatusBar *bar, QWidget *line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QStatusBar *m_bar;
    QWidget *m_line;
};

} // namespace azkz
