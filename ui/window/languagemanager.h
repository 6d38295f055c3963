// The one owner of the interface translators and of the default locale. Switching the
// language installs the other translator, which makes Qt post QEvent::LanguageChange
// to every widget; pages retranslate there.
#pragma once

#include "core/data/language.h"

#include <QLocale>
#include <QObject>
#include <QTranslator>

#include <memory>

namespace azkz {

class Settings;

class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)
public:
    explicit LanguageManager(QObject *parent = nullptr);
    // Reads the translations (azkz_az.qm, azkz_en.qm, qt_az.qm) from another folder than the
    // program's resources: for tests.
    explicit LanguageManager(const QString &translationsFolder, QObject *parent = nullptr);
    ~LanguageManager() override;

    Language language() const { return m_language; }
    // Returns false, leaving the language as it was, when the translation cannot be loaded.
    bool setLanguage(Language language);

    // The command line's choice, else the remembered one, else the system's.
    static Language initialLanguage(
        std::optional<Language> requested, const Settings &settings, const QLocale &system = QLocale::system());

signals:
    void languageChanged(azkz::Language language);

private:
    QString m_folder;
    std::unique_ptr<QTranslator> m_translator; // this program's strings, once a language is set
    std::unique_ptr<QTranslator> m_qtTranslator; // Qt's own dialogs, where Qt does not translate them itself
    Language m_language = Language::English;
};

} // namespace azkz
