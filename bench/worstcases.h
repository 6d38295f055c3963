// Datasets at the loader's limits, each valid, each written to cost the most per byte in one way:
// statements citing as many sources as they may, each source's name as long as it may be; events
// with the longest texts until the file is at its size limit; the most events. Shared by the
// worst-case test (tests/e2e/tst_worst_cases) and bench/worst_bench, which reports the cost per
// input byte.
#pragma once

#include "core/load/datasetloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace azkz::bench {

struct WorstCase {
    QString name;
    QByteArray json;
};

namespace worst {

inline QJsonObject builtIn()
{
    QFile file(embeddedDatasetPath());
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A text of exactly length characters, words of both alphabets, numbered so no two are alike.
inline QString text(qsizetype length, int seed, bool azerbaijani)
{
    QString result;
    result.reserve(length + 16);
    for (int word = 0; result.size() < length; ++word)
        result += (azerbaijani ? QStringLiteral("söz%1-%2 ") : QStringLiteral("word%1-%2 ")).arg(seed).arg(word);
    result.truncate(length - 1);
    return result + QLatin1Char('.');
}

inline QJsonObject texts(qsizetype length, int seed)
{
    return {{QStringLiteral("az"), text(length, seed, true)}, {QStringLiteral("en"), text(length, seed, false)}};
}

// Every statement as costly as the limits let it be: the sources list filled to 1,000 entries
// whose publisher and title are 300 characters each; added events, each citing 10 of them and
// disputed by 20 claims citing 2 each (50 citations, a statement's most); titles and texts as
// long as they may be. 500 of them are just within the file's 16,000,000 cited characters; one
// is an event taller than a printed page.
inline WorstCase citations(int count = 500)
{
    QJsonObject root = builtIn();
    QJsonArray sources = root[QStringLiteral("sources")].toArray();
    QStringList added;
    for (int i = int(sources.size()); i < 1000; ++i) {
        const QString id = QStringLiteral("worst-source-%1").arg(i);
        sources.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("kind"), QStringLiteral("news")},
            {QStringLiteral("publisher"), texts(300, i)}, {QStringLiteral("title"), texts(300, -i)},
            {QStringLiteral("address"), QStringLiteral("https://example.org/worst/%1").arg(i)},
            {QStringLiteral("published"), QStringLiteral("2020-01-01")},
            {QStringLiteral("language"), QStringLiteral("en")}});
        added.append(id);
    }
    root[QStringLiteral("sources")] = sources;
    qsizetype next = 0;
    const auto cited = [&](int count) {
        QJsonArray ids;
        for (int k = 0; k < count; ++k)
            ids.append(added.at(next++ % added.size()));
        return ids;
    };
    QJsonArray events = root[QStringLiteral("events")].toArray();
    const QJsonObject model = events.at(0).toObject();
    for (int e = 0; e < count; ++e) {
        QJsonObject event = model;
        const QString date = QStringLiteral("1950-01-%1").arg(1 + e % 28, 2, 10, QLatin1Char('0'));
        event[QStringLiteral("id")] = QStringLiteral("worst-cited-%1").arg(e);
        event[QStringLiteral("date")] = date;
        event.remove(QStringLiteral("eras"));
        event[QStringLiteral("title")] = texts(300, 1000 + e);
        event[QStringLiteral("text")] = texts(10000, -1000 - e);
        event[QStringLiteral("refs")] = QJsonArray{};
        event[QStringLiteral("sources")] = cited(10);
        QJsonArray claims;
        for (int c = 0; c < 20; ++c) {
            const QString claimed = c == 0 ? date : QStringLiteral("1900-02-%1").arg(c + 1, 2, 10, QLatin1Char('0'));
            claims.append(QJsonObject{{QStringLiteral("date"), claimed}, {QStringLiteral("sources"), cited(2)},
                {QStringLiteral("note"), texts(300, 3000 + c)}});
        }
        event[QStringLiteral("dispute")]
            = QJsonObject{{QStringLiteral("about"), texts(40, 4000)}, {QStringLiteral("claims"), claims}};
        events.append(event);
    }
    root[QStringLiteral("events")] = events;
    return {count == 1 ? QStringLiteral("one costly event") : QStringLiteral("citations"),
        QJsonDocument(root).toJson(QJsonDocument::Compact)};
}

// Events with 10,000-character texts in both languages, as many as keep the file under 32 MiB.
inline WorstCase longTexts()
{
    QJsonObject root = builtIn();
    QJsonArray events = root[QStringLiteral("events")].toArray();
    const QJsonObject model = events.at(0).toObject();
    for (int i = 0; i < 1400; ++i) {
        QJsonObject event = model;
        event[QStringLiteral("id")] = QStringLiteral("worst-long-%1").arg(i);
        event[QStringLiteral("date")] = QStringLiteral("1950-01-01");
        event.remove(QStringLiteral("eras"));
        event[QStringLiteral("title")] = texts(300, i);
        event[QStringLiteral("text")] = texts(10000, -i);
        events.append(event);
    }
    root[QStringLiteral("events")] = events;
    return {QStringLiteral("long texts"), QJsonDocument(root).toJson(QJsonDocument::Compact)};
}

// The most events a file may hold, each as short as it may be.
inline WorstCase mostEvents()
{
    QJsonObject root = builtIn();
    QJsonArray events = root[QStringLiteral("events")].toArray();
    const QString category = events.at(0).toObject()[QStringLiteral("category")].toString();
    while (events.size() < MaxEvents) {
        const int i = int(events.size());
        events.append(QJsonObject{{QStringLiteral("id"), QString::number(i, 36)},
            {QStringLiteral("date"), QString::number(1900 + i % 120)}, {QStringLiteral("category"), category},
            {QStringLiteral("title"),
                QJsonObject{{QStringLiteral("az"), QStringLiteral("a")}, {QStringLiteral("en"), QStringLiteral("a")}}},
            {QStringLiteral("text"),
                QJsonObject{{QStringLiteral("az"), QStringLiteral("b")}, {QStringLiteral("en"), QStringLiteral("b")}}},
            {QStringLiteral("refs"), QJsonArray{1}}});
    }
    root[QStringLiteral("events")] = events;
    return {QStringLiteral("most events"), QJsonDocument(root).toJson(QJsonDocument::Compact)};
}

} // namespace worst

inline QList<WorstCase> worstCases()
{
    return {worst::citations(), worst::citations(1), worst::longTexts(), worst::mostEvents()};
}

} // namespace azkz::bench
