// Asks for the size of an exported chart image in the written file's pixels (as --size does),
// and for PNG its pixel ratio (as --scale does).
#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;

namespace azkz {

class ExportSizeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportSizeDialog)
public:
    ExportSizeDialog(QSize size, int pixelRatio, bool askPixelRatio, QWidget *parent = nullptr);
    QSize chosenSize() const;
    int chosenPixelRatio() const;

private:
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_ratio;
};

} // namespace azkz
