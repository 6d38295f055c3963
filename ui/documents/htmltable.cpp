#include "ui/documents/htmltable.h"

#include "core/models/roles.h"

namespace azkz {

QString htmlTable(const QAbstractItemModel &model, int role)
{
    // A column is numeric when a cell of it carries a number: its header and its dashes (no
    // value) align with the numbers.
    QList<bool> numeric(model.columnCount(), false);
    for (int column = 0; column < model.columnCount(); ++column) {
        for (int row = 0; row < model.rowCount() && !numeric[column]; ++row)
            numeric[column] = model.index(row, column).data(ValueRole).isValid();
    }
    // Single rules: collapsed borders, one thin line between cells. The header row is a <thead>,
    // which QTextDocument repeats on every page the table continues on.
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                  "style=\"border-collapse: collapse; border-color: #808080\"><thead><tr>");
    for (int column = 0; column < model.columnCount(); ++column)
        html += QStringLiteral("<th align=\"%1\">%2</th>")
                    .arg(numeric[column] ? QStringLiteral("right") : QStringLiteral("left"),
                        model.headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (int row = 0; row < model.rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(numeric[column] ? QStringLiteral(" align=\"right\"") : QString(),
                            index.data(role).toString().toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace azkz
