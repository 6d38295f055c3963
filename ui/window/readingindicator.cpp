#include "ui/window/readingindicator.h"

#include "core/load/datasetsource.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace azkz {

ReadingIndicator::ReadingIndicator(const DatasetSource &source, QWidget *parent)
    : QWidget(parent), m_source(source), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("readingIndicator"));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred); // no gap between the words and the bar
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    m_bar->setRange(0, 0); // busy: a read does not know how far it has got
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_bar->setMaximumHeight(fontMetrics().height());
    m_delay.setSingleShot(true);
    m_delay.setInterval(500);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        retranslate();
        show();
    });
    connect(&source, &DatasetSource::loadingChanged, this, [this](bool loading) {
        if (!loading) {
            m_delay.stop();
            hide();
        } else if (isVisible()) {
            retranslate(); // another file may be asked for during a read
        } else if (!m_delay.isActive()) {
            m_delay.start();
        }
    });
    hide();
}

void ReadingIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReadingIndicator::retranslate()
{
    const QString file = QFileInfo(m_source.path()).fileName();
    // A long name is shortened in its middle: the words around it stay, and the sources beside.
    const QString shown = fontMetrics().elidedText(file, Qt::ElideMiddle, fontMetrics().averageCharWidth() * 24);
    m_label->setText(tr("Reading %1…").arg(shown));
    m_bar->setAccessibleName(tr("Reading %1").arg(file));
}

} // namespace azkz
