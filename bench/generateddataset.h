// A dataset as large as a news-derived event list: the embedded dataset with its events
// replaced by generated ones, valid throughout. Shared by the benchmarks.
#pragma once

#include "core/load/datasetloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace azkz::bench {

inline QByteArray generatedDataset(int count)
{
    QFile file(embeddedDatasetPath());
    file.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    static const char *const namesAz[]
        = {"Əliyev", "Süleymanov", "Bakı", "Astana", "Aktau", "Xəzər", "Qazaxıstan", "neft"};
    static const char *const namesEn[]
        = {"Aliyev", "Suleimenov", "Baku", "Astana", "Aktau", "Caspian", "Kazakhstan", "oil"};
    static const char *const categories[] = {"diplomacy", "parliament", "economy", "politics", "society"};
    QRandomGenerator random(20261127);
    QList<QDate> dates;
    for (int i = 0; i < count; ++i)
        dates.append(QDate(1900, 1, 1).addDays(random.bounded(45000)));
    std::sort(dates.begin(), dates.end());
    QJsonArray events;
    for (int i = 0; i < count; ++i) {
        const int a = random.bounded(8), b = random.bounded(8);
        QJsonObject event;
        event[QStringLiteral("id")] = QStringLiteral("e%1").arg(i);
        event[QStringLiteral("date")] = dates.at(i).toString(Qt::ISODate);
        event[QStringLiteral("category")] = QLatin1String(categories[i % 5]);
        event[QStringLiteral("title")] = QJsonObject{
            {QStringLiteral("az"), QStringLiteral("Hadisə %1: %2").arg(i).arg(QString::fromUtf8(namesAz[a]))},
            {QStringLiteral("en"), QStringLiteral("Event %1: %2").arg(i).arg(QLatin1String(namesEn[a]))}};
        event[QStringLiteral("text")]
            = QJsonObject{{QStringLiteral("az"),
                              QStringLiteral("%1 və %2 arasında görüş keçirilib.")
                                  .arg(QString::fromUtf8(namesAz[a]), QString::fromUtf8(namesAz[b]))},
                {QStringLiteral("en"),
                    QStringLiteral("A meeting was held between %1 and %2.")
                        .arg(QLatin1String(namesEn[a]), QLatin1String(namesEn[b]))}};
        event[QStringLiteral("refs")] = QJsonArray{1 + i % 11};
        events.append(event);
    }
    root[QStringLiteral("events")] = events;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace azkz::bench
