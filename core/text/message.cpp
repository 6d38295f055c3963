#include "core/text/message.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace azkz {

namespace {

template <std::size_t... I> QString filled(const QString &pattern, const QStringList &texts, std::index_sequence<I...>)
{
    return pattern.arg(texts.at(I)...);
}

// pattern.arg(texts[0], texts[1], …): all at once, however many there are.
QString filled(const QString &pattern, const QStringList &texts)
{
    switch (texts.size()) {
    case 0:
        return pattern;
    case 1:
        return filled(pattern, texts, std::make_index_sequence<1>());
    case 2:
        return filled(pattern, texts, std::make_index_sequence<2>());
    case 3:
        return filled(pattern, texts, std::make_index_sequence<3>());
    case 4:
        return filled(pattern, texts, std::make_index_sequence<4>());
    case 5:
        return filled(pattern, texts, std::make_index_sequence<5>());
    case 6:
        return filled(pattern, texts, std::make_index_sequence<6>());
    case 7:
        return filled(pattern, texts, std::make_index_sequence<7>());
    case 8:
        return filled(pattern, texts, std::make_index_sequence<8>());
    default:
        static_assert(Message::MaxArguments == 9);
        return filled(pattern, texts, std::make_index_sequence<9>());
    }
}

} // namespace

Message Message::arg(const QString &text) const
{
    Q_ASSERT(m_arguments.size() < MaxArguments);
    Message result = *this;
    result.m_arguments.append(text);
    return result;
}

Message Message::arg(const Message &message) const
{
    Q_ASSERT(m_arguments.size() < MaxArguments);
    Message result = *this;
    result.m_arguments.append(std::make_shared<const Message>(message));
    return result;
}

QString Message::text() const
{
    if (isEmpty())
        return {};
    QStringList texts;
    texts.reserve(m_arguments.size());
    for (const Argument &argument : m_arguments) {
        if (const auto *nested = std::get_if<std::shared_ptr<const Message>>(&argument))
            texts.append((*nested)->text());
        else
            texts.append(std::get<QString>(argument));
    }
    return filled(QCoreApplication::translate(m_context, m_source), texts);
}

} // namespace azkz
