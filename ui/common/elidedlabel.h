// A one-line label that never widens its window: when its text does not fit, it shows the
// beginning with "…" and the whole text as its tooltip.
#pragma once

#include <QLabel>

namespace azkz {

class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // The whole text, as set; text() is what is shown (QLabel::setText is overwritten at the
    // next resize: use this instead).
    QString fullText() const { return m_fullText; }
    void setFullText(const QString &text);
    bool isElided() const { return text() != m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace azkz
