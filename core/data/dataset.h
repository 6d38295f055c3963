// The dataset as the program uses it: immutable after loading, every id resolved.
#pragma once

#include "core/data/language.h"
#include "core/data/partialdate.h"
#include "core/data/shareddataset.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace azkz {

// The article's footnote numbers ([1]…[11]) a statement rests on.
using References = QList<int>;

struct Source {
    LocalizedText title;
    LocalizedText publisher;
    QString address; // where the article is read; empty when not given
    QString language; // the article's language, "az"
    QString licence;
    QString licenceUrl;
    References references;
    // What the dataset's author says of the article's reference list (that it could not be
    // read, for instance), shown beside the reference numbers; none when the file says nothing.
    std::optional<LocalizedText> referencesNote;
};

struct Country {
    QString id;
    LocalizedText name;
    QString iso; // ISO 3166-1 alpha-2 ("AZ"), which the map draws; empty when not given
};

// A place on the earth (WGS 84 degrees) and the id of the source that gives it.
struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
    QString source;
};

struct City {
    QString id;
    QString country;
    LocalizedText name;
    std::optional<GeoPoint> location; // a city without one is listed beside the map, not placed
};

struct Person {
    QString id;
    LocalizedText name;
};

// One of the versions sources give of a disputed statement: a date or a value, with what
// says so (the article's footnotes, other sources, or both).
struct Claim {
    std::optional<DateSpec> date; // set for a dispute about a date
    LocalizedText value; // otherwise
    References refs;
    QStringList sourceIds;
    std::optional<LocalizedText> note;
};

// Where sources disagree: every version, none picked. For a dated statement that is disputed
// about its date, the statement's own date is one of the claims' (the article's first).
struct Dispute {
    LocalizedText about; // what is disputed: "Date", "Type of visit"
    QList<Claim> claims; // at least two, all dates or all values
    bool aboutDates() const { return !claims.isEmpty() && claims.first().date.has_value(); }
};

struct DatedFact {
    DatePoint date;
    References refs;
    QStringList sourceIds;
    std::optional<Dispute> dispute;
};

enum class MissionKind { Embassy, ConsulateGeneral, Consulate };

struct MissionHead {
    QString personId;
    LocalizedText title;
    std::optional<LocalizedText> tenure; // the evidence of tenure as the sources give it ("since July 2021")
    bool fromArticle = true;
    References refs;
    QStringList sourceIds;
};

struct Mission {
    QString id;
    MissionKind kind = MissionKind::Embassy;
    QString sendingCountry;
    QString hostCountry;
    LocalizedText name;
    QString cityId; // empty when the file names the city by its text only
    LocalizedText city;
    std::optional<LocalizedText> address;
    QList<MissionHead> heads; // the current head first, then back in time
    std::optional<DatedFact> established;
    std::optional<DatedFact> opened;
};

struct Paragraph {
    LocalizedText text;
    References refs;
};

struct Section {
    QString id;
    LocalizedText title;
    QList<Paragraph> paragraphs;
};

struct Fact {
    QString id;
    LocalizedText label;
    LocalizedText value;
    References refs;
    bool fromArticle = true;
    QStringList sourceIds;
    std::optional<Dispute> dispute;
};

struct Category {
    QString id;
    LocalizedText name;
};

struct Era {
    QString id;
    LocalizedText name;
    std::optional<DatePoint> from;
    std::optional<DatePoint> to;
};

struct Event {
    QString id;
    DateSpec date; // for an era-dated event, the span of its eras
    QStringList eraIds; // set when the article dates the event by period only
    QString categoryId;
    LocalizedText title;
    LocalizedText text;
    QStringList personIds;
    QStringList missionIds;
    std::optional<int> tradeYear;
    References refs;
    bool fromArticle = true; // false: from other sources only
    QStringList sourceIds;
    std::optional<Dispute> dispute;
};

// Schema version 2: the sources of the figures, and trade as series. The article is the
// source with id "article" (built from Dataset::source; its references stay its own).
enum class SourceKind { Article, Statistics, Official, News, Legal };

struct SourceEntry {
    QString id;
    SourceKind kind = SourceKind::Article;
    LocalizedText publisher;
    std::optional<LocalizedText> title; // none where the source's title is not known
    QString address;
    std::optional<DatePoint> published;
    QString language;
    LocalizedText licence; // a licence's name ("CC BY 4.0") is the same in both languages
    References references; // the article's footnote numbers; empty for other sources
};

enum class TradeFlow { Exports, Imports }; // from the reporter's side
enum class Valuation { Fob, Cif, Unstated };
enum class ValueFlag { None, Estimate, Provisional };

struct TradeValue {
    int year = 0;
    QString printed; // exactly as the source printed it ("43.6176")
    double value = 0; // printed, as a number in the series' unit
    ValueFlag flag = ValueFlag::None;
    References refs; // the article's footnotes, for the article's series
};

struct TradeSeries {
    QString id;
    QString reporter;
    QString partner;
    TradeFlow flow = TradeFlow::Exports;
    Valuation valuation = Valuation::Unstated;
    QString unit; // "thousand-usd" or "million-usd"
    QString sourceId;
    QList<TradeValue> values; // ascending by year; a missing year is missing
};

struct TradeYear {
    int year = 0;
    double exports = 0;
    double imports = 0;
    double turnover = 0;
    References refs;
};

struct InfoboxTurnover {
    int year = 0;
    double value = 0;
    QString unit;
};

struct Trade {
    QString reporter;
    QString partner;
    QString unit;
    LocalizedText unitLabel;
    LocalizedText note;
    std::optional<InfoboxTurnover> infoboxTurnover;
    QList<TradeYear> years; // ascending by year
    // Every trade series: the article's table as two series (source "article", unit
    // `unit`), then trade.series of the file in its order. For one reporter, flow and year
    // the chart uses the first series that has the year (see tradeseries.h).
    QList<TradeSeries> series;
};

struct Dataset {
    int schemaVersion = 0;
    LocalizedText title;
    Source source;
    QList<Country> countries;
    QList<City> cities;
    LocalizedText lead;
    DatedFact established;
    QList<Person> people;
    QList<Mission> missions;
    QList<Section> sections;
    QList<Fact> facts;
    QList<Category> categories;
    QList<Era> eras;
    QList<Event> events; // in chronological order
    Trade trade;
    QList<SourceEntry> sources; // the article first

    const SourceEntry *sourceEntry(const QString &id) const;
    const Country *country(const QString &id) const;
    const City *city(const QString &id) const;
    const Person *person(const QString &id) const;
    const Category *category(const QString &id) const;
    const Era *era(const QString &id) const;
    const Mission *mission(const QString &id) const;
};

} // namespace azkz
