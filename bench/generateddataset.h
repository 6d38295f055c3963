// A dataset as large as a news-derived event list: the built-in dataset with its events
// copied over and over, each copy moved by whole leap cycles of years. The copies have the
// shapes of the real events in their shares: titles and texts of their lengths, their
// sources and article references, disputed dates (every claim moved with the event),
// spans of days and months, dates to the year or month, events dated by era. Valid
// throughout (a copy whose date would not exist is left where it was). Shared by the
// benchmarks; `generate_dataset N FILE` writes one.
#pragma once

#include "core/load/datasetloader.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace azkz::bench {

namespace detail {

// The date, span or era-free date string moved by years ("1992-08-30/1992-09-02" by -8 is
// "1984-08-30/1984-09-02"); nothing when a moved day would not exist. Decades ("1990s/")
// stay as they are.
inline std::optional<QString> movedDate(const QString &value, int years)
{
    static const QRegularExpression yearAt(QStringLiteral("(?<![0-9])([0-9]{4})(?![0-9s])"));
    QString moved;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = yearAt.globalMatch(value); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        moved += value.mid(from, match.capturedStart(1) - from);
        moved += QString::number(match.captured(1).toInt() + years).rightJustified(4, u'0');
        from = match.capturedEnd(1);
    }
    moved += value.mid(from);
    for (const QString &end : moved.split(u'/')) {
        if (end.size() == 10 && !QDate::fromString(end, Qt::ISODate).isValid())
            return std::nullopt;
    }
    return moved;
}

// Every "date" member in value (the event's own and its dispute's claims) moved by years.
inline bool moveDates(QJsonValue &value, int years)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it) {
            QJsonValue element = *it;
            if (!moveDates(element, years))
                return false;
            *it = element;
        }
        value = array;
    } else if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue member = it.value();
            if (it.key() == QLatin1String("date")) {
                const std::optional<QString> moved = movedDate(member.toString(), years);
                if (!moved)
                    return false;
                member = *moved;
            } else if (!moveDates(member, years)) {
                return false;
            }
            it.value() = member;
        }
        value = object;
    }
    return true;
}

} // namespace detail

inline QByteArray generatedDataset(int count)
{
    QFile file(embeddedDatasetPath());
    file.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray real = root.value(QStringLiteral("events")).toArray();
    QJsonArray events;
    for (int i = 0; i < count; ++i) {
        const int copy = int(i / real.size());
        // Back by 4 to 96 years (leap days stay leap days but for 1900), round and round.
        QJsonValue moved = real.at(i % real.size());
        const bool isMoved = copy > 0 && detail::moveDates(moved, -4 * (copy % 25));
        QJsonObject object = (isMoved ? moved : real.at(i % real.size())).toObject();
        if (isMoved)
            object.remove(QStringLiteral("tradeYear")); // the trade years stay where they are
        object[QStringLiteral("id")]
            = QStringLiteral("%1-%2").arg(object.value(QStringLiteral("id")).toString()).arg(copy);
        QJsonObject title = object.value(QStringLiteral("title")).toObject();
        for (auto it = title.begin(); it != title.end(); ++it)
            it.value() = QStringLiteral("%1 (%2)").arg(it.value().toString()).arg(copy);
        object[QStringLiteral("title")] = title;
        events.append(object);
    }
    root[QStringLiteral("events")] = events;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace azkz::bench
