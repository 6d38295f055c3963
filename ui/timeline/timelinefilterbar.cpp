#include "ui/timeline/timelinefilterbar.h"

#include "core/timeline/eventsmodel.h"

#include "ui/common/flowlayout.h"
#include "ui/common/plaintext.h"
#include "ui/common/spokennames.h"
#include "ui/timeline/timeaxis.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSpinBox>

#include <algorithm>

namespace azkz {

namespace {
// A dot of the colour the time axis gives a category's events, sharp at any pixel ratio.
QIcon colourDot(const QColor &colour)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(12, 12) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(1, 1, 10, 10));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

TimelineFilterBar::TimelineFilterBar(const EventsModel &events, QWidget *parent)
    : QWidget(parent),
      m_categoriesLabel(new QLabel(this)),
      m_yearsLabel(new QLabel(this)),
      m_fromYear(new QSpinBox(this)),
      m_toYear(new QSpinBox(this)),
      m_originLabel(new QLabel(this)),
      m_origin(new QComboBox(this))
{
    // One row on a wide window, more on a narrow one.
    auto *filters = new FlowLayout(this);
    filters->addWidget(m_categoriesLabel);
    for (const Category &category : events.categories()) {
        auto *box = new QCheckBox(this);
        box->setIcon(colourDot(TimeAxis::categoryColour(m_categories.size()))); // the axis's key
        box->setObjectName(QStringLiteral("category_") + category.id);
        box->setChecked(true);
        box->setProperty("categoryId", category.id);
        connect(box, &QCheckBox::toggled, this, &TimelineFilterBar::changed);
        m_categories.append(box);
        m_categoryNames.append(category.name);
        filters->addWidget(box);
    }
    // No dated event: the boxes still offer every year a date can have.
    const YearExtent extent = events.years().value_or(YearExtent{0, 9999});
    m_firstYear = extent.first;
    m_lastYear = extent.last;
    m_fromYear->setObjectName(QStringLiteral("fromYear"));
    m_toYear->setObjectName(QStringLiteral("toYear"));
    setYears(m_firstYear, m_lastYear);
    // Each box bounds the other: the range cannot be turned inside out.
    connect(m_fromYear, &QSpinBox::valueChanged, this, [this](int from) {
        m_toYear->setMinimum(from);
        emit changed();
    });
    connect(m_toYear, &QSpinBox::valueChanged, this, [this](int to) {
        m_fromYear->setMaximum(to);
        emit changed();
    });
    m_yearsLabel->setBuddy(m_fromYear);
    auto *years = new QWidget(this);
    auto *yearsRow = new QHBoxLayout(years);
    yearsRow->setContentsMargins(0, 0, 0, 0);
    yearsRow->addWidget(m_yearsLabel);
    yearsRow->addWidget(m_fromYear);
    yearsRow->addWidget(new QLabel(QStringLiteral("–"), years));
    yearsRow->addWidget(m_toYear);
    filters->addWidget(years);
    m_origin->setObjectName(QStringLiteral("eventOrigin"));
    m_origin->addItems({QString(), QString()}); // all sources, the article only: named in setLanguage
    m_originLabel->setBuddy(m_origin);
    speakChoices(m_origin);
    connect(m_origin, &QComboBox::currentIndexChanged, this, &TimelineFilterBar::changed);
    auto *origin = new QWidget(this);
    auto *originRow = new QHBoxLayout(origin);
    originRow->setContentsMargins(0, 0, 0, 0);
    originRow->addWidget(m_originLabel);
    originRow->addWidget(m_origin);
    filters->addWidget(origin);
}

void TimelineFilterBar::setLanguage(Language language)
{
    m_categoriesLabel->setText(tr("Categories:"));
    for (qsizetype i = 0; i < m_categories.size(); ++i) {
        QCheckBox *box = m_categories.at(i);
        const QString name = m_categoryNames.at(i).in(language);
        setPlainButtonText(box, name, box->fontMetrics().averageCharWidth() * 28);
        box->setAccessibleName(tr("Show the category %1").arg(name));
    }
    m_yearsLabel->setText(tr("&Years:"));
    m_fromYear->setAccessibleName(tr("From year"));
    m_toYear->setAccessibleName(tr("To year"));
    m_originLabel->setText(tr("So&urces:"));
    m_origin->setItemText(0, tr("All sources"));
    m_origin->setItemText(1, tr("The article only"));
    m_origin->setAccessibleName(tr("Which sources' events to show"));
    m_origin->setToolTip(tr("The article only: leave out the events that only other sources give"));
}

void TimelineFilterBar::addTo(EventQuery &query) const
{
    for (const QCheckBox *box : m_categories) {
        if (!box->isChecked())
            query.hiddenCategories.insert(box->property("categoryId").toString());
    }
    if (m_fromYear->value() > m_firstYear)
        query.fromYear = m_fromYear->value();
    if (m_toYear->value() < m_lastYear)
        query.toYear = m_toYear->value();
    query.articleOnly = articleOnly();
}

QStringList TimelineFilterBar::hiddenCategories() const
{
    QStringList hidden;
    for (const QCheckBox *box : m_categories) {
        if (!box->isChecked())
            hidden.append(box->property("categoryId").toString());
    }
    return hidden;
}

int TimelineFilterBar::fromYear() const
{
    return m_fromYear->value();
}

int TimelineFilterBar::toYear() const
{
    return m_toYear->value();
}

bool TimelineFilterBar::articleOnly() const
{
    return m_origin->currentIndex() == 1;
}

void TimelineFilterBar::setFilters(const QStringList &hiddenCategories, int fromYear, int toYear, bool articleOnly)
{
    for (QCheckBox *box : std::as_const(m_categories)) {
        const QSignalBlocker blocker(box);
        box->setChecked(!hiddenCategories.contains(box->property("categoryId").toString()));
    }
    const int from = std::clamp(fromYear, m_firstYear, m_lastYear);
    setYears(from, std::clamp(toYear, from, m_lastYear));
    const QSignalBlocker blocker(m_origin);
    m_origin->setCurrentIndex(articleOnly ? 1 : 0);
}

void TimelineFilterBar::clear()
{
    setFilters({}, m_firstYear, m_lastYear, false);
}

void TimelineFilterBar::setYears(int from, int to)
{
    const QSignalBlocker fromBlocker(m_fromYear), toBlocker(m_toYear);
    m_fromYear->setRange(m_firstYear, to);
    m_toYear->setRange(from, m_lastYear);
    m_fromYear->setValue(from);
    m_toYear->setValue(to);
}

QList<QWidget *> TimelineFilterBar::focusOrder() const
{
    QList<QWidget *> order(m_categories.cbegin(), m_categories.cend());
    order += {m_fromYear, m_toYear, m_origin};
    return order;
}

} // namespace azkz
