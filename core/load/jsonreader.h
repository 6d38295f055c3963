// Typed access to a JSON document that records, rather than throws, every mismatch
// with the path where it happened. Used by the dataset reader.
#pragma once

#include "core/data/language.h"
#include "core/data/partialdate.h"
#include "core/load/datasetloader.h"
#include "core/text/message.h"
#include "core/text/printable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <initializer_list>
#include <optional>

namespace azkz {

// The context of the problems found in a dataset: they follow the interface language, while
// JSON paths and the file's own text stay as they are. They are kept untranslated, made by
// message(QT_TRANSLATE_NOOP("azkz::Validation", "…")), which lupdate finds in this context.
struct Validation {
    Q_DECLARE_TR_FUNCTIONS(azkz::Validation)
public:
    static Message message(const char *source) { return Message("azkz::Validation", source); }
};

enum class Presence { Required, Optional };
// How long a string may be: a name, an id or a label, or a paragraph of text.
enum class Length { Short, Long };

inline constexpr qsizetype MaxShortText = 300;
inline constexpr qsizetype MaxLongText = 10000;

// A value from the file as it may appear in a message: quoted, control characters shown as
// \uXXXX, shortened with "…" when long.
QString quoted(const QString &value);

class JsonReader final
{
public:
    JsonReader(QList<Problem> &problems, qsizetype &omitted) : m_problems(problems), m_omitted(omitted) { }

    void fail(const QString &path, const Message &message);

    // How many problems were found so far, to read a part of the file without building the
    // JSON paths of its members (most of a large file is valid) and to read it again with them
    // only when it has a problem: rollback() forgets what was found since the mark.
    struct Mark {
        qsizetype problems = 0;
        qsizetype omitted = 0;
    };
    Mark mark() const { return {m_problems.size(), m_omitted}; }
    bool failedSince(const Mark &mark) const { return m_problems.size() != mark.problems || m_omitted != mark.omitted; }
    void rollback(const Mark &mark)
    {
        m_problems.resize(mark.problems);
        m_omitted = mark.omitted;
    }
    static QString member(const QString &path, const QString &key);
    static QString element(const QString &path, qsizetype index);

    // Each returns nullopt (or an empty value) after recording a problem when the member is
    // missing though required, or of the wrong type.
    std::optional<QJsonObject> object(
        const QJsonObject &parent, const QString &key, const QString &path, Presence presence = Presence::Required);
    std::optional<QJsonObject> objectAt(const QJsonValue &value, const QString &path);
    // At most maxItems elements; a longer array is one problem and reads as empty.
    QJsonArray array(const QJsonObject &parent, const QString &key, const QString &path,
        Presence presence = Presence::Required, qsizetype maxItems = 10000);
    // A string with visible text, no control characters other than line breaks and tabs, no
    // unpaired surrogates, within the length.
    std::optional<QString> string(const QJsonObject &parent, const QString &key, const QString &path,
        Presence presence = Presence::Required, Length length = Length::Short);
    std::optional<int> integer(
        const QJsonObject &parent, const QString &key, const QString &path, Presence presence = Presence::Required);
    std::optional<double> number(const QJsonObject &parent, const QString &key, const QString &path);
    // A finite number from low to high.
    std::optional<double> numberIn(
        const QJsonObject &parent, const QString &key, const QString &path, double low, double high);
    // {"az": "…", "en": "…"}, both non-empty.
    std::optional<LocalizedText> text(const QJsonObject &parent, const QString &key, const QString &path,
        Presence presence = Presence::Required, Length length = Length::Short);
    std::optional<DatePoint> date(
        const QJsonObject &parent, const QString &key, const QString &path, Presence presence = Presence::Required);
    QStringList stringList(const QJsonObject &parent, const QString &key, const QString &path,
        Presence presence = Presence::Optional, qsizetype maxItems = 10000);
    // Reports members the schema does not know (a misspelt optional member would otherwise vanish).
    void allowOnly(const QJsonObject &object, std::initializer_list<const char *> keys, const QString &path);

private:
    // The member where it is, not a copy of it (each value read of a large file was copied,
    // then freed); valid while parent is.
    std::optional<QJsonValueConstRef> value(
        const QJsonObject &parent, const QString &key, const QString &path, Presence presence);
    // The problem with the string s, if any.
    static std::optional<Message> stringProblem(const QString &s, Length length);
    QList<Problem> &m_problems;
    qsizetype &m_omitted;
};

} // namespace azkz
