// A text kept untranslated until it is shown: a translation context and source text, and the
// arguments to put in it. It exists for what is said long after it is found, such as a dataset's
// problems: they are kept as Messages and say themselves in the interface language of the moment,
// so that a language switch needs no second reading of the file.
#pragma once

#include <QChar>
#include <QList>
#include <QString>

#include <concepts>
#include <memory>
#include <variant>

namespace azkz {

class Message
{
public:
    Message() = default; // says nothing
    // context and source must live as long as the program: string literals, as
    // QT_TRANSLATE_NOOP(context, source) gives them (for lupdate to find).
    Message(const char *context, const char *source) : m_context(context), m_source(source) { }

    // The next argument (%1, then %2, …), inserted as it is: user data, a path, a number
    // already made text.
    [[nodiscard]] Message arg(const QString &text) const;
    // A message translated when this one is: "expected %1, found %2" with "an object".
    [[nodiscard]] Message arg(const Message &message) const;
    // A number, made text now exactly as QString::arg makes it (a placeholder's L, for the
    // locale's digits, is not supported: the number's text is fixed here).
    template <std::integral Number>
    requires(!std::same_as<Number, bool> && !std::same_as<Number, char>) [[nodiscard]] Message
        arg(Number n, int fieldWidth = 0, int base = 10, QChar fillChar = u' ') const
    {
        return arg(QStringLiteral("%1").arg(n, fieldWidth, base, fillChar));
    }
    [[nodiscard]] Message arg(
        double n, int fieldWidth = 0, char format = 'g', int precision = -1, QChar fillChar = u' ') const
    {
        return arg(QStringLiteral("%1").arg(n, fieldWidth, format, precision, fillChar));
    }

    // Translated into the language installed now, with the arguments (those that are messages
    // translated too) put in at once, as QString::arg(a1, a2, …) does: a placeholder inside an
    // argument's text is never filled by a later argument.
    QString text() const;
    bool isEmpty() const { return m_source == nullptr; }
    // At most this many arguments.
    static constexpr qsizetype MaxArguments = 9;

private:
    using Argument = std::variant<QString, std::shared_ptr<const Message>>;
    const char *m_context = nullptr;
    const char *m_source = nullptr;
    QList<Argument> m_arguments;
};

} // namespace azkz
