#include "ui/documents/exportsizedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace azkz {

ExportSizeDialog::ExportSizeDialog(QSize size, int pixelRatio, bool askPixelRatio, QWidget *parent)
    : QDialog(parent), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)), m_ratio(new QSpinBox(this))
{
    setObjectName(QStringLiteral("exportSizeDialog"));
    setWindowTitle(tr("Chart size"));
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_height->setObjectName(QStringLiteral("exportHeight"));
    m_ratio->setObjectName(QStringLiteral("exportRatio"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(100, 8000); // of the written file, as --size on the command line
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_ratio->setRange(1, 4);
    m_ratio->setValue(pixelRatio);
    m_ratio->setPrefix(QStringLiteral("×"));
    m_ratio->setToolTip(tr("The chart is laid out at the size divided by this and drawn this many times finer: "
                           "2 gives a sharp image on high-resolution screens and in print"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    if (askPixelRatio)
        form->addRow(tr("&Pixel ratio:"), m_ratio);
    else
        m_ratio->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QSize ExportSizeDialog::chosenSize() const
{
    return QSize(m_width->value(), m_height->value());
}

int ExportSizeDialog::chosenPixelRatio() const
{
    return m_ratio->value();
}

} // namespace azkz
