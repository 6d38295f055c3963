#include "core/data/language.h"

namespace azkz {

QString languageCode(Language language)
{
    return language == Language::Azerbaijani ? QStringLiteral("az") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString &code)
{
    if (code == QLatin1String("az"))
        return Language::Azerbaijani;
    if (code == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

QString nativeLanguageName(Language language)
{
    return language == Language::Azerbaijani ? QStringLiteral("Azərbaycanca") : QStringLiteral("English");
}

QLocale localeFor(Language language)
{
    return language == Language::Azerbaijani ? QLocale(QLocale::Azerbaijani, QLocale::LatinScript, QLocale::Azerbaijan)
                                             : QLocale(QLocale::English, QLocale::UnitedStates);
}

Language languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::Azerbaijani ? Language::Azerbaijani : Language::English;
}

} // namespace azkz
