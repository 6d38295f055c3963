// Base of the table models: a dataset, the language its texts are shown in, and a
// language switch that refreshes every cell and header without resetting the views.
#pragma once

#include "core/data/dataset.h"
#include "core/data/language.h"

#include <QAbstractTableModel>

namespace azkz {

class LocalizedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    Language language() const { return m_language; }
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;

protected:
    LocalizedTableModel(SharedDataset dataset, Language language, QObject *parent);
    virtual int rows() const = 0;
    // Called by setLanguage before the views are told: for a model that keeps texts it made.
    virtual void languageChanged() { }
    virtual int columns() const = 0;
    const Dataset &dataset() const { return *m_dataset; }
    const SharedDataset &sharedDataset() const { return m_dataset; }
    QString text(const LocalizedText &t) const { return t.in(m_language); }

private:
    SharedDataset m_dataset; // shared with the other pages and models
    Language m_language;
};

} // namespace azkz
