// Help > About: the program's name and version, the Qt it was built with and runs on, and
// what the dataset shown rests on, with its licence.
#pragma once

#include "core/data/language.h"

#include <QCoreApplication>

class QWidget;

namespace azkz {

class DatasetSummary;

class AboutBox final
{
    Q_DECLARE_TR_FUNCTIONS(azkz::AboutBox)
public:
    // summary may be null (no good dataset was read).
    static void show(QWidget *parent, const QString &programTitle, const DatasetSummary *summary, Language language);
};

} // namespace azkz
