// The dataset reader's trade part: the article's trade table (schema versions 1 and 2), the
// sources list and the trade series of schema version 2. A version 1 file is upgraded here:
// its article becomes the source "article" and its table the article's two series.
#include "core/load/datasetreader_p.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace azkz::detail {

namespace {

// Unit ids a series (and trade.unit) may use, with their size in US dollars.
const QHash<QString, double> &seriesUnits()
{
    static const QHash<QString, double> units
        = {{QStringLiteral("thousand-usd"), 1e3}, {QStringLiteral("million-usd"), 1e6}};
    return units;
}

// Those a figure the source rounds may use too.
const QHash<QString, double> &roundedUnits()
{
    static const QHash<QString, double> units = [] {
        QHash<QString, double> all = seriesUnits();
        all.insert(QStringLiteral("billion-usd"), 1e9);
        return all;
    }();
    return units;
}

// The ids, smallest unit first, as a message lists them.
QString unitList(const QHash<QString, double> &units)
{
    QStringList ids = units.keys();
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) { return units[a] < units[b]; });
    return ids.join(QStringLiteral(", "));
}

template <typename E> std::optional<E> lookup(const QHash<QString, E> &names, const std::optional<QString> &name)
{
    if (!name || !names.contains(*name))
        return std::nullopt;
    return names.value(*name);
}

} // namespace

std::optional<double> DatasetReader::tradeValue(const QJsonObject &o, const QString &key, const Path &path)
{
    const auto value = m_json.number(o, key, path);
    if (value && *value > MaxTradeValue) {
        m_json.fail(JsonReader::member(path, key),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "expected a figure up to %1, found %2"))
                .arg(MaxTradeValue, 0, 'g')
                .arg(*value, 0, 'g'));
        return std::nullopt;
    }
    return value;
}

void DatasetReader::readSources(const QJsonObject &root)
{
    SourceEntry article;
    article.id = QStringLiteral("article");
    article.kind = SourceKind::Article;
    article.publisher = m_data.source.publisher;
    article.title = m_data.source.title;
    article.language = m_data.source.language;
    article.licence = {m_data.source.licence, m_data.source.licence};
    article.references = m_data.source.references;
    m_data.sources.append(article);
    if (!root.contains(QStringLiteral("sources")))
        return;
    if (m_data.schemaVersion < 2)
        m_json.fail(QStringLiteral("sources"),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "\"sources\" needs schemaVersion 2")));
    static const QHash<QString, SourceKind> kinds
        = {{QStringLiteral("statistics"), SourceKind::Statistics}, {QStringLiteral("official"), SourceKind::Official},
            {QStringLiteral("news"), SourceKind::News}, {QStringLiteral("legal"), SourceKind::Legal}};
    QHash<QString, Path> ids{{article.id, QStringLiteral("source")}};
    forEachObject(
        root, QStringLiteral("sources"), {},
        [&](const QJsonObject &o, const Path &path) {
            m_json.allowOnly(
                o, {"id", "kind", "publisher", "title", "address", "published", "language", "licence"}, path);
            SourceEntry entry;
            const auto id = m_json.string(o, QStringLiteral("id"), path);
            const auto kind = m_json.string(o, QStringLiteral("kind"), path);
            entry.publisher = m_json.text(o, QStringLiteral("publisher"), path).value_or(LocalizedText{});
            entry.title = m_json.text(o, QStringLiteral("title"), path, Presence::Optional);
            entry.address = m_json.string(o, QStringLiteral("address"), path).value_or(QString());
            entry.published = m_json.date(o, QStringLiteral("published"), path, Presence::Optional);
            entry.language = m_json.string(o, QStringLiteral("language"), path).value_or(QString());
            // A licence's name ("CC BY 4.0") or terms of reuse in words, which are said in both languages.
            if (o.value(QStringLiteral("licence")).isObject())
                entry.licence = m_json.text(o, QStringLiteral("licence"), path).value_or(LocalizedText{});
            else if (const auto name = m_json.string(o, QStringLiteral("licence"), path, Presence::Optional))
                entry.licence = {*name, *name};
            if (kind && !kinds.contains(*kind))
                m_json.fail(path + QStringLiteral(".kind"),
                    Validation::message(QT_TRANSLATE_NOOP("azkz::Validation",
                                            "expected \"statistics\", \"official\", \"news\" or \"legal\", found %1"))
                        .arg(quoted(*kind)));
            if (!entry.address.isEmpty() && !entry.address.startsWith(QLatin1String("https://"))
                && !entry.address.startsWith(QLatin1String("http://")))
                m_json.fail(path + QStringLiteral(".address"),
                    Validation::message(QT_TRANSLATE_NOOP(
                        "azkz::Validation", "expected a web address starting with http:// or https://")));
            if (id)
                uniqueId(ids, *id, path + QStringLiteral(".id"));
            if (!id)
                return;
            entry.id = *id;
            entry.kind = lookup(kinds, kind).value_or(SourceKind::Statistics);
            m_data.sources.append(entry);
        },
        MaxSources);
}

void DatasetReader::readTrade(const QJsonObject &root)
{
    const auto trade = m_json.object(root, QStringLiteral("trade"), {});
    if (!trade)
        return;
    const Path path = QStringLiteral("trade");
    m_json.allowOnly(
        *trade, {"reporter", "partner", "unit", "unitLabel", "note", "infoboxTurnover", "years", "series"}, path);
    Trade &t = m_data.trade;
    t.reporter = m_json.string(*trade, QStringLiteral("reporter"), path).value_or(QString());
    t.partner = m_json.string(*trade, QStringLiteral("partner"), path).value_or(QString());
    t.unit = m_json.string(*trade, QStringLiteral("unit"), path).value_or(QString());
    if (!t.unit.isEmpty() && !seriesUnits().contains(t.unit))
        m_json.fail(path + QStringLiteral(".unit"),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "the unit %1 is not one of %2"))
                .arg(quoted(t.unit))
                .arg(unitList(seriesUnits())));
    t.unitLabel = m_json.text(*trade, QStringLiteral("unitLabel"), path).value_or(LocalizedText{});
    t.note
        = m_json.text(*trade, QStringLiteral("note"), path, Presence::Optional, Length::Long).value_or(LocalizedText{});
    if (!t.reporter.isEmpty())
        resolve(t.reporter, m_data.country(t.reporter), QT_TRANSLATE_NOOP("azkz::Validation", "country"),
            path + QStringLiteral(".reporter"));
    if (!t.partner.isEmpty())
        resolve(t.partner, m_data.country(t.partner), QT_TRANSLATE_NOOP("azkz::Validation", "country"),
            path + QStringLiteral(".partner"));
    if (const auto box = m_json.object(*trade, QStringLiteral("infoboxTurnover"), path, Presence::Optional)) {
        const Path here = path + QStringLiteral(".infoboxTurnover");
        m_json.allowOnly(*box, {"year", "value", "unit"}, here);
        const auto year = m_json.integer(*box, QStringLiteral("year"), here);
        const auto value = tradeValue(*box, QStringLiteral("value"), here);
        const auto unit = m_json.string(*box, QStringLiteral("unit"), here);
        if (unit && !roundedUnits().contains(*unit))
            m_json.fail(here + QStringLiteral(".unit"),
                Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "the unit %1 is not one of %2"))
                    .arg(quoted(*unit))
                    .arg(unitList(roundedUnits())));
        else if (year && value && unit)
            t.infoboxTurnover = InfoboxTurnover{*year, *value, *unit};
    }
    QHash<QString, Path> years;
    forEachObject(
        *trade, QStringLiteral("years"), path,
        [&](const QJsonObject &o, const Path &here) {
            m_json.allowOnly(o, {"year", "exports", "imports", "turnover", "refs"}, here);
            const auto year = m_json.integer(o, QStringLiteral("year"), here);
            const auto exports = tradeValue(o, QStringLiteral("exports"), here);
            const auto imports = tradeValue(o, QStringLiteral("imports"), here);
            const auto turnover = tradeValue(o, QStringLiteral("turnover"), here);
            if (year && (*year < 1 || *year > 9999))
                m_json.fail(here + QStringLiteral(".year"),
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation", "expected a year from 1 to 9999, found %1"))
                        .arg(*year));
            const References r = refs(o, here);
            if (year)
                uniqueId(years, QString::number(*year), here + QStringLiteral(".year"));
            if (exports && imports && turnover && std::abs(*exports + *imports - *turnover) > TotalTolerance)
                m_json.fail(here + QStringLiteral(".turnover"),
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation", "expected exports + imports = %1, found %2"))
                        .arg(*exports + *imports, 0, 'f', 2)
                        .arg(*turnover, 0, 'f', 2));
            if (year) // kept with broken figures, so that events naming the year are not reported too
                t.years.append({*year, exports.value_or(0), imports.value_or(0), turnover.value_or(0), r});
        },
        MaxTradeYears);
    std::sort(t.years.begin(), t.years.end(), [](const TradeYear &a, const TradeYear &b) { return a.year < b.year; });
    addArticleSeries();
    if (trade->contains(QStringLiteral("series"))) {
        if (m_data.schemaVersion < 2)
            m_json.fail(path + QStringLiteral(".series"),
                Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "\"trade.series\" needs schemaVersion 2")));
        readTradeSeries(*trade);
    }
}

void DatasetReader::addArticleSeries()
{
    const Trade &t = m_data.trade;
    for (TradeFlow flow : {TradeFlow::Exports, TradeFlow::Imports}) {
        TradeSeries series;
        series.id = flow == TradeFlow::Exports ? QStringLiteral("article-exports") : QStringLiteral("article-imports");
        series.reporter = t.reporter;
        series.partner = t.partner;
        series.flow = flow;
        series.valuation = Valuation::Unstated;
        series.unit = t.unit;
        series.sourceId = QStringLiteral("article");
        for (const TradeYear &y : t.years) {
            const double v = flow == TradeFlow::Exports ? y.exports : y.imports;
            series.values.append({y.year, QString::number(v, 'f', 2), v, ValueFlag::None, y.refs});
        }
        m_data.trade.series.append(series);
    }
}

std::optional<TradeValue> DatasetReader::seriesValue(const QJsonObject &o, const Path &path)
{
    static const QHash<QString, ValueFlag> flags
        = {{QStringLiteral("estimate"), ValueFlag::Estimate}, {QStringLiteral("provisional"), ValueFlag::Provisional}};
    static const QRegularExpression decimal(QStringLiteral("^[0-9]{1,16}(\\.[0-9]{1,12})?$"));
    m_json.allowOnly(o, {"year", "value", "flag"}, path);
    const auto year = m_json.integer(o, QStringLiteral("year"), path);
    const auto flag = m_json.string(o, QStringLiteral("flag"), path, Presence::Optional);
    if (year && (*year < 1 || *year > 9999))
        m_json.fail(path + QStringLiteral(".year"),
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "expected a year from 1 to 9999, found %1"))
                .arg(*year));
    if (flag && !flags.contains(*flag))
        m_json.fail(path + QStringLiteral(".flag"),
            Validation::message(
                QT_TRANSLATE_NOOP("azkz::Validation", "expected \"estimate\" or \"provisional\", found %1"))
                .arg(quoted(*flag)));
    TradeValue v;
    const Path here = path + QStringLiteral(".value");
    const QJsonValue raw = o.value(QStringLiteral("value"));
    if (raw.isString()) {
        v.printed = raw.toString();
        if (!decimal.match(v.printed).hasMatch()) {
            m_json.fail(here,
                Validation::message(
                    QT_TRANSLATE_NOOP("azkz::Validation",
                        "expected a decimal number written with digits and a point, such as \"43.6176\", "
                        "found %1"))
                    .arg(quoted(v.printed)));
            return std::nullopt;
        }
        v.value = v.printed.toDouble();
    } else {
        const auto number = tradeValue(o, QStringLiteral("value"), path);
        if (!number)
            return std::nullopt;
        v.value = *number;
        v.printed = QString::number(*number, 'g', QLocale::FloatingPointShortest);
    }
    if (v.value > MaxTradeValue) {
        m_json.fail(here,
            Validation::message(QT_TRANSLATE_NOOP("azkz::Validation", "expected a figure up to %1, found %2"))
                .arg(MaxTradeValue, 0, 'g')
                .arg(v.printed));
        return std::nullopt;
    }
    if (!year || (*year < 1 || *year > 9999) || (flag && !flags.contains(*flag)))
        return std::nullopt;
    v.year = *year;
    v.flag = flag ? flags.value(*flag) : ValueFlag::None;
    return v;
}

void DatasetReader::readTradeSeries(const QJsonObject &trade)
{
    static const QHash<QString, TradeFlow> flows
        = {{QStringLiteral("exports"), TradeFlow::Exports}, {QStringLiteral("imports"), TradeFlow::Imports}};
    static const QHash<QString, Valuation> valuations = {{QStringLiteral("fob"), Valuation::Fob},
        {QStringLiteral("cif"), Valuation::Cif}, {QStringLiteral("unstated"), Valuation::Unstated}};
    QHash<QString, Path> ids = {{QStringLiteral("article-exports"), QStringLiteral("trade.years")},
        {QStringLiteral("article-imports"), QStringLiteral("trade.years")}};
    forEachObject(
        trade, QStringLiteral("series"), QStringLiteral("trade"),
        [&](const QJsonObject &o, const Path &path) {
            m_json.allowOnly(o, {"id", "reporter", "partner", "flow", "valuation", "unit", "source", "values"}, path);
            TradeSeries series;
            const auto id = m_json.string(o, QStringLiteral("id"), path);
            const auto reporter = m_json.string(o, QStringLiteral("reporter"), path);
            const auto partner = m_json.string(o, QStringLiteral("partner"), path);
            const auto flow = m_json.string(o, QStringLiteral("flow"), path);
            const auto valuation = m_json.string(o, QStringLiteral("valuation"), path);
            const auto unit = m_json.string(o, QStringLiteral("unit"), path);
            const auto source = m_json.string(o, QStringLiteral("source"), path);
            if (id)
                uniqueId(ids, *id, path + QStringLiteral(".id"));
            if (reporter)
                resolve(*reporter, m_data.country(*reporter), QT_TRANSLATE_NOOP("azkz::Validation", "country"),
                    path + QStringLiteral(".reporter"));
            if (partner)
                resolve(*partner, m_data.country(*partner), QT_TRANSLATE_NOOP("azkz::Validation", "country"),
                    path + QStringLiteral(".partner"));
            if (reporter && partner && reporter == partner)
                m_json.fail(path + QStringLiteral(".partner"),
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation", "a series' partner must differ from its reporter")));
            if (flow && !flows.contains(*flow))
                m_json.fail(path + QStringLiteral(".flow"),
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation", "expected \"exports\" or \"imports\", found %1"))
                        .arg(quoted(*flow)));
            if (valuation && !valuations.contains(*valuation))
                m_json.fail(path + QStringLiteral(".valuation"),
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation", "expected \"fob\", \"cif\" or \"unstated\", found %1"))
                        .arg(quoted(*valuation)));
            if (unit && !seriesUnits().contains(*unit))
                m_json.fail(path + QStringLiteral(".unit"),
                    Validation::message(
                        QT_TRANSLATE_NOOP("azkz::Validation", "expected \"thousand-usd\" or \"million-usd\", found %1"))
                        .arg(quoted(*unit)));
            if (source)
                resolve(*source, m_data.sourceEntry(*source), QT_TRANSLATE_NOOP("azkz::Validation", "source"),
                    path + QStringLiteral(".source"));
            QHash<QString, Path> years;
            forEachObject(
                o, QStringLiteral("values"), path,
                [&](const QJsonObject &v, const Path &here) {
                    const auto value = seriesValue(v, here);
                    if (!value)
                        return;
                    uniqueId(years, QString::number(value->year), here + QStringLiteral(".year"));
                    series.values.append(*value);
                },
                MaxTradeYears);
            std::sort(series.values.begin(), series.values.end(),
                [](const TradeValue &a, const TradeValue &b) { return a.year < b.year; });
            series.id = id.value_or(QString());
            series.reporter = reporter.value_or(QString());
            series.partner = partner.value_or(QString());
            series.flow = lookup(flows, flow).value_or(TradeFlow::Exports);
            series.valuation = lookup(valuations, valuation).value_or(Valuation::Unstated);
            series.unit = unit.value_or(QString());
            series.sourceId = source.value_or(QString());
            m_data.trade.series.append(series);
        },
        MaxShortLists);
}

} // namespace azkz::detail
