#include "ui/common/spokennames.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace azkz {

void setSpokenName(QWidget *widget, const QString &name)
{
    if (widget->accessibleName() != name)
        widget->setAccessibleName(name);
    QWidget *parent = widget->parentWidget();
    if (!qobject_cast<QComboBox *>(widget) || !parent)
        return;
    QLabel *label = nullptr;
    for (QLabel *sibling : parent->findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
        if (sibling->buddy() == widget)
            label = sibling;
    }
    if (!label) {
        label = new QLabel(parent);
        label->setObjectName(widget->objectName() + QStringLiteral("SpokenLabel"));
        label->setTextFormat(Qt::PlainText);
        label->hide();
        label->setBuddy(widget);
    }
    QString text = name;
    label->setText(text.replace(QLatin1Char('&'), QStringLiteral("&&"))); // no mnemonic, no shortcut
}

void setSpokenDescription(QWidget *widget, const QString &description)
{
    if (widget->accessibleDescription() != description)
        widget->setAccessibleDescription(description);
}

void addClearButtonWithText(QLineEdit *edit, const std::function<QString()> &name)
{
    QObject::connect(
        edit, &QLineEdit::textChanged, edit,
        [edit, name] {
            edit->setClearButtonEnabled(true);
            nameClearButton(edit, name());
        },
        Qt::SingleShotConnection);
}

void nameClearButton(QLineEdit *edit, const QString &name)
{
    // The line edit's only tool button (Qt's QLineEditIconButton); an icon, so no text.
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

} // namespace azkz
