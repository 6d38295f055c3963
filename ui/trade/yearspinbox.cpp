#include "ui/trade/yearspinbox.h"

#include <algorithm>

namespace azkz {

bool YearSpinBox::offered(int year) const
{
    return year >= minimum() && year <= maximum()
        && (m_years.isEmpty() || std::binary_search(m_years.cbegin(), m_years.cend(), year));
}

void YearSpinBox::stepBy(int steps)
{
    int year = value();
    for (; steps != 0; steps += steps > 0 ? -1 : 1) {
        int next = year + (steps > 0 ? 1 : -1);
        while (next >= minimum() && next <= maximum() && !offered(next))
            next += steps > 0 ? 1 : -1;
        if (!offered(next))
            break; // no year further that way
        year = next;
    }
    setValue(year);
    selectAll();
}

QValidator::State YearSpinBox::validate(QString &input, int &position) const
{
    const QValidator::State state = QSpinBox::validate(input, position);
    if (state == QValidator::Acceptable && !offered(valueFromText(input)))
        return QValidator::Intermediate; // fixed up to the nearest year offered when the edit ends
    return state;
}

void YearSpinBox::fixup(QString &input) const
{
    const int typed = valueFromText(input);
    int best = value();
    for (int year = minimum(); year <= maximum(); ++year) {
        if (offered(year) && std::abs(year - typed) < std::abs(best - typed))
            best = year;
    }
    input = textFromValue(best);
}

} // namespace azkz
