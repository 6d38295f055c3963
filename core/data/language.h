// The two languages of the interface and of the dataset's texts.
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace azkz {

enum class Language { Azerbaijani, English };

// "az" or "en".
QString languageCode(Language language);
std::optional<Language> languageFromCode(const QString &code);
// The language's name written in that language ("Azərbaycanca", "English").
QString nativeLanguageName(Language language);
// The locale used for numbers and dates in that language.
QLocale localeFor(Language language);
// Azerbaijani when the locale is Azerbaijani, English otherwise.
Language languageForLocale(const QLocale &locale);

// A text present in both languages.
struct LocalizedText {
    QString az;
    QString en;

    const QString &in(Language language) const { return language == Language::Azerbaijani ? az : en; }
    bool isEmpty() const { return az.isEmpty() && en.isEmpty(); }
};

} // namespace azkz
