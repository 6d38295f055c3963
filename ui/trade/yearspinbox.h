// A year box that offers only the years with figures: the arrows step over a year a view has
// no figure for (one side's figures may stop for a year), and a year typed that has none
// becomes the nearest one.
#pragma once

#include <QSpinBox>

namespace azkz {

class YearSpinBox final : public QSpinBox
{
    Q_OBJECT
public:
    using QSpinBox::QSpinBox;
    // The years offered, ascending; the box's range stays as set (each box bounds the other).
    void setYears(const QList<int> &years) { m_years = years; }

protected:
    void stepBy(int steps) override;
    QValidator::State validate(QString &input, int &position) const override;
    void fixup(QString &input) const override;

private:
    bool offered(int year) const;
    QList<int> m_years;
};

} // namespace azkz
