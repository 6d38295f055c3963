// The Trade tab's table of the article's figures: one row a year, as tall as its rows (the
// page's details scroll, never the table), its columns sharing the width; Tab leaves it and
// the arrows move inside it.
#pragma once

#include "ui/common/quietviews.h"

namespace azkz {

class TradeModel;

class ArticleTradeTable final : public QuietTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTradeTable)
public:
    explicit ArticleTradeTable(TradeModel *model, QWidget *parent = nullptr);

    // Selects the year's row and takes the keyboard there; no row for a year not in the table.
    void selectYear(int year);
    // The selected row's year, 0 when none is.
    int selectedYear() const;
    // The selected row, -1 when none is.
    int selectedRow() const;

protected:
    bool viewportEvent(QEvent *event) override;

private:
    void fitColumns();

    TradeModel *m_model;
};

} // namespace azkz
