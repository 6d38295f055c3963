// What the window knows of a tab's page, whatever page it is: the links it follows into other
// tabs, the item a link opens on it, the place the user has made of it (kept over a reload),
// its language, and printing. The window holds its pages through this and nothing more.
#pragma once

#include "core/data/language.h"
#include "core/settings/tabs.h"

#include <QEvent>
#include <QVariantMap>
#include <QWidget>

namespace azkz {

class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)
public:
    using QWidget::QWidget;

    // Shows the item a link names (an event, a mission, a year); false when the page has none such.
    virtual bool openItem(const QString &id)
    {
        Q_UNUSED(id)
        return false;
    }
    // The view that shows the item openItem() opened, which takes the keyboard after a link: a
    // screen reader then says the item (the tab bar kept it, and Tab went back to the search).
    virtual QWidget *itemView() const { return nullptr; }
    // What the user has made of the page (search, filters, selection), to restore over a new
    // dataset where it still fits.
    virtual QVariantMap place() const { return {}; }
    virtual void restorePlace(const QVariantMap &place) { Q_UNUSED(place) }
    // The dataset's texts and the page's own in the language. A page follows a language switch
    // by itself (QEvent::LanguageChange, in the default locale's language, which the
    // LanguageManager sets with the translators); this is for a page made in another.
    virtual void setLanguage(Language language) = 0;
    virtual bool canPrint() const { return false; }
    virtual void print() { }

signals:
    // A link into another tab: the window shows it and opens the item there (none: the tab only).
    void linkActivated(azkz::Tab tab, const QString &id);
    void statusMessage(const QString &text);

protected:
    // Tab visits the widgets in this order (hidden ones are skipped): the page's reading order.
    void setTabOrder(const QList<QWidget *> &widgets)
    {
        for (qsizetype i = 1; i < widgets.size(); ++i)
            QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
    }
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            setLanguage(languageForLocale(QLocale()));
        QWidget::changeEvent(event);
    }
};

} // namespace azkz
