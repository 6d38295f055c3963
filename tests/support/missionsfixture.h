// For the Diplomatic missions tab's tests: the window opened on the tab at a size, the rows of
// languages and sizes, and every text of the page that is shown cut without an ellipsis.
#pragma once

#include "support/windowfixture.h"
#include "ui/missions/missionspage.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QStyle>
#include <QTableView>

namespace azkz::test {

class MissionsFixture : public WindowFixture
{
protected:
    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("az") << QStringLiteral("az");
    }
    static void languagesAndSizes()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "az"}) {
            for (const QSize size : {QSize(720, 520), QSize(1600, 1000)})
                QTest::addRow("%s %dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
        }
    }
    void open(const QString &language, QSize size = QSize(1100, 760))
    {
        openWindow({QStringLiteral("--lang"), language, QStringLiteral("--tab"), QStringLiteral("missions")});
        resizeWindow(size);
    }
    void resizeWindow(QSize size)
    {
        m_window->resize(size);
        for (int i = 0; i < 3; ++i) // layout requests, then the resizes they cause
            QCoreApplication::processEvents();
    }
    MissionsPage *page() const { return m_window->findChild<MissionsPage *>(); }
    // Every text on the page that is shown cut without an ellipsis and a tooltip, described.
    QStringList cutTexts() const
    {
        QStringList cut;
        // wholeInToolTip: the text is shown elided ("…") and its tooltip carries it whole.
        auto check = [&cut](const QString &where, const QString &text, int needed, int available, bool wholeInToolTip) {
            if (needed > available && !wholeInToolTip)
                cut.append(QStringLiteral("%1 \"%2\" needs %3 px, has %4").arg(where, text).arg(needed).arg(available));
        };
        for (QLabel *label : page()->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(page()) || label->wordWrap())
                continue;
            const QString text = label->buddy() ? QString(label->text()).remove(QLatin1Char('&')) : label->text();
            check(QStringLiteral("label"), text, label->fontMetrics().horizontalAdvance(text),
                label->contentsRect().width(), !label->toolTip().isEmpty() && text.endsWith(QChar(0x2026)));
        }
        for (QAbstractButton *button : page()->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(page()) && !button->text().isEmpty())
                check(QStringLiteral("button"), button->text(), button->sizeHint().width(), button->width(), false);
        }
        auto *table = page()->findChild<QTableView *>(QStringLiteral("missionsTable"));
        QHeaderView *header = table->horizontalHeader();
        const int cellMargin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
            check(QStringLiteral("header"), title, header->sectionSizeHint(column), header->sectionSize(column),
                table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString() == title);
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QModelIndex cell = table->model()->index(row, column);
                const QString text = cell.data().toString();
                check(QStringLiteral("cell"), text, table->fontMetrics().horizontalAdvance(text) + cellMargin,
                    header->sectionSize(column), cell.data(Qt::ToolTipRole).toString() == text);
            }
        }
        for (QListView *list : page()->findChildren<QListView *>()) {
            for (int i = 0; i < list->model()->rowCount(); ++i)
                check(QStringLiteral("list entry"), list->model()->index(i, list->modelColumn()).data().toString(),
                    list->fontMetrics().horizontalAdvance(
                        list->model()->index(i, list->modelColumn()).data().toString())
                        + cellMargin,
                    list->viewport()->width(), false);
        }
        return cut;
    }
};

} // namespace azkz::test
