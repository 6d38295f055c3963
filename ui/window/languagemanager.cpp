#include "ui/window/languagemanager.h"

#include <QCoreApplication>

namespace azkz {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
}

bool LanguageManager::setLanguage(Language language)
{
    if (m_installed && language == m_language)
        return true;
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    m_installed = false;
    const QString file = QStringLiteral(":/i18n/azkz_%1.qm").arg(languageCode(language));
    if (!m_translator.load(file)) {
        qWarning("Cannot load the translation %s", qPrintable(file));
        return false;
    }
    m_installed = QCoreApplication::installTranslator(&m_translator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_qtInstalled = language == Language::Azerbaijani && m_qtTranslator.load(QStringLiteral(":/i18n/qt_az.qm"))
        && QCoreApplication::installTranslator(&m_qtTranslator);
    m_language = language;
    QLocale::setDefault(localeFor(language));
    emit languageChanged(language);
    return m_installed;
}

Language LanguageManager::initialLanguage(
    std::optional<Language> requested, const QSettings &settings, const QLocale &system)
{
    if (requested)
        return *requested;
    if (const auto saved = languageFromCode(settings.value(settingsKey()).toString()))
        return *saved;
    return languageForLocale(system);
}

} // namespace azkz
