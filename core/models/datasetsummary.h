// What a window says of a dataset as a whole, in a language: its title and lead, the article it
// rests on and how many other sources it names. The window title, the status bar's source line,
// the About box and the pages' print titles read it.
#pragma once

#include "core/data/language.h"
#include "core/data/shareddataset.h"
#include "core/settings/tabs.h"

#include <QCoreApplication>
#include <QString>

namespace azkz {

class DatasetSummary final
{
    Q_DECLARE_TR_FUNCTIONS(azkz::DatasetSummary)
public:
    explicit DatasetSummary(SharedDataset dataset) : m_dataset(std::move(dataset)) { }

    QString title(Language language) const;
    QString lead(Language language) const;
    // The article the dataset rests on.
    QString articleTitle(Language language) const;
    QString articlePublisher(Language language) const;
    QString licence() const; // "CC BY-SA 4.0"
    QString licenceUrl() const;
    // What the dataset says of the article's reference list; empty when it says nothing.
    QString referencesNote(Language language) const;
    // The sources other than the article, each named beside the facts it gives.
    int otherSources() const;
    // How many of them there are of each kind, "72 news reports, 7 official sources, …".
    QString otherSourcesByKind(Language language) const;
    // Each source whose licence asks to be credited, by its publisher: "GeoNames (…): CC BY 4.0".
    QStringList credits(Language language) const;
    // The sources of what a tab shows, for the status bar: the article where the tab cites it,
    // each cited source with a licence by name, the rest counted.
    QString sourcesOf(Tab tab, Language language) const;

private:
    SharedDataset m_dataset; // shared with the pages and models
};

} // namespace azkz
