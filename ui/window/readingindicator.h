// In the status bar while a dataset file is read on its thread for more than half a second:
// "Reading FILE…" and a busy bar. The dataset shown before stays in the window meanwhile.
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace azkz {

class DatasetSource;

class ReadingIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingIndicator)
public:
    ReadingIndicator(const DatasetSource &source, QWidget *parent = nullptr);

    // How long a read goes unannounced (half a second): a quick one would only flicker.
    void setDelay(int milliseconds) { m_delay.setInterval(milliseconds); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const DatasetSource &m_source;
    QTimer m_delay;
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace azkz
