// What a window says of a dataset as a whole, in a language: its title and lead, the article it
// rests on and how many other sources it names. The window title, the status bar's source line,
// the About box and the pages' print titles read it.
#pragma once

#include "core/data/language.h"
#include "core/data/shareddataset.h"

#include <QString>

namespace azkz {

class DatasetSummary final
{
public:
    explicit DatasetSummary(SharedDataset dataset) : m_dataset(std::move(dataset)) { }

    QString title(Language language) const;
    QString lead(Language language) const;
    // The article the dataset rests on.
    QString articleTitle(Language language) const;
    QString articlePublisher(Language language) const;
    QString licence() const; // "CC BY-SA 4.0"
    QString licenceUrl() const;
    // The sources other than the article, each named beside the facts it gives.
    int otherSources() const;

private:
    SharedDataset m_dataset; // shared with the pages and models
};

} // namespace azkz
