// The one owner of the interface translators and of the default locale. Switching the
// language installs the other translator, which makes Qt post QEvent::LanguageChange
// to every widget; pages retranslate there.
#pragma once

#include "core/data/language.h"

#include <QObject>
#include <QSettings>
#include <QTranslator>

namespace azkz {

class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    Language language() const { return m_language; }
    // Returns false, leaving the language as it was, when the translation cannot be loaded.
    bool setLanguage(Language language);

    // The command line's choice, else the remembered one, else the system's.
    static Language initialLanguage(
        std::optional<Language> requested, const QSettings &settings, const QLocale &system = QLocale::system());
    static QString settingsKey() { return QStringLiteral("language"); }

signals:
    void languageChanged(azkz::Language language);

private:
    QTranslator m_translator; // this program's strings
    QTranslator m_qtTranslator; // Qt's own dialogs, for the languages Qt does not translate itself
    Language m_language = Language::English;
    bool m_installed = false;
    bool m_qtInstalled = false;
};

} // namespace azkz
