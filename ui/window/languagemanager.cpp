#include "ui/window/languagemanager.h"

#include "core/settings/settings.h"

#include <QCoreApplication>
#include <QTranslator>

namespace azkz {

LanguageManager::LanguageManager(QObject *parent) : LanguageManager(QStringLiteral(":/i18n"), parent)
{ }

LanguageManager::LanguageManager(const QString &translationsFolder, QObject *parent)
    : QObject(parent), m_folder(translationsFolder)
{ }

LanguageManager::~LanguageManager()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

bool LanguageManager::setLanguage(Language language)
{
    if (m_translator && language == m_language)
        return true;
    // The new translation is loaded before the working one is removed: when it cannot be
    // loaded, the interface stays whole in the language it was in.
    auto translator = std::make_unique<QTranslator>();
    const QString file = m_folder + QStringLiteral("/azkz_%1.qm").arg(languageCode(language));
    if (!translator->load(file)) {
        qWarning("Cannot load the translation %s", qPrintable(file));
        return false;
    }
    std::unique_ptr<QTranslator> qtTranslator;
    if (language == Language::Azerbaijani) {
        qtTranslator = std::make_unique<QTranslator>();
        if (!qtTranslator->load(m_folder + QStringLiteral("/qt_az.qm")))
            qtTranslator.reset(); // Qt's dialogs stay in English; the program's own strings are translated
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_translator = std::move(translator);
    m_qtTranslator = std::move(qtTranslator);
    QCoreApplication::installTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    m_language = language;
    QLocale::setDefault(localeFor(language));
    emit languageChanged(language);
    return true;
}

Language LanguageManager::initialLanguage(
    std::optional<Language> requested, const Settings &settings, const QLocale &system)
{
    if (requested)
        return *requested;
    if (const auto saved = settings.language())
        return *saved;
    return languageForLocale(system);
}

} // namespace azkz
