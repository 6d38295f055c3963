// Partial dates: parsing with their precision, and how each language writes them.
#include "core/data/partialdate.h"
#include "core/text/formatting.h"

#include <QTest>

using namespace azkz;

class TestPartialDate : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void parseImpossibleDate_isRefused_data();
    void parseImpossibleDate_isRefused();
    void spanBounds_coverWholePrecision();
    void format_data();
    void format();
    void azerbaijaniOrdinalSuffix_followsVowelHarmony_data();
    void azerbaijaniOrdinalSuffix_followsVowelHarmony();
    void formatAmount_usesLanguageSeparators();
};

void TestPartialDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("day") << "1992-08-30" << int(DatePrecision::Day) << QDate(1992, 8, 30) << QDate(1992, 8, 30);
    QTest::newRow("month") << "2004-02" << int(DatePrecision::Month) << QDate(2004, 2, 1) << QDate(2004, 2, 29);
    QTest::newRow("year") << "1990" << int(DatePrecision::Year) << QDate(1990, 1, 1) << QDate(1990, 12, 31);
    QTest::newRow("decade") << "1990s" << int(DatePrecision::Decade) << QDate(1990, 1, 1) << QDate(1999, 12, 31);
}

void TestPartialDate::parse()
{
    QFETCH(QString, text);
    const auto point = DatePoint::parse(text);
    QVERIFY(point);
    QFETCH(int, precision);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QCOMPARE(int(point->precision), precision);
    QCOMPARE(point->first(), first);
    QCOMPARE(point->last(), last);
    QCOMPARE(point->toString(), text);
}

void TestPartialDate::parseImpossibleDate_isRefused_data()
{
    QTest::addColumn<QString>("text");
    for (const char *bad : {"2021-02-30", "1992-13-01", "1992-00", "1995s", "92", "1992-8-30", "30.08.1992", "",
             "1992/1990", "/", "1990s/x", "1992-08-3x", "1992_08-30", "1992-08_30", "19a2", "1992-08-300", "1990s1",
             "1992-08-30 ", "0000", "1992\n\n", "+992", "1992-+8"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
    QTest::newRow("other digits") << QStringLiteral("\u0661\u0669\u0669\u0662"); // Arabic-Indic 1992
}

void TestPartialDate::parseImpossibleDate_isRefused()
{
    QFETCH(QString, text);
    QVERIFY(!DateSpec::parse(text));
}

void TestPartialDate::spanBounds_coverWholePrecision()
{
    const auto since = DateSpec::parse(QStringLiteral("1990s/"));
    QVERIFY(since && since->isSpan && since->from && !since->to);
    QCOMPARE(since->sortKey(), QDate(1990, 1, 1));
    const auto until = DateSpec::parse(QStringLiteral("/1917"));
    QVERIFY(until && !until->from && until->to);
    QVERIFY(until->sortKey() < since->sortKey());
    QCOMPARE(DateSpec::parse(QStringLiteral("1922/1991"))->toString(), QStringLiteral("1922/1991"));
}

void TestPartialDate::format_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("az");
    QTest::addColumn<QString>("en");
    QTest::newRow("day") << "1992-08-30"
                         << "30 avqust 1992"
                         << "30 August 1992";
    QTest::newRow("month") << "2004-03"
                           << "mart 2004"
                           << "March 2004";
    QTest::newRow("year") << "2016"
                          << "2016"
                          << "2016";
    QTest::newRow("decade") << "1990s"
                            << "1990-cı illər"
                            << "the 1990s";
    QTest::newRow("since decade") << "1990s/"
                                  << "1990-cı illərdən"
                                  << "since the 1990s";
    QTest::newRow("since day") << "2016-03-04/"
                               << "4 mart 2016 tarixindən"
                               << "since 4 March 2016";
    QTest::newRow("until year") << "/1917"
                                << "1917-ci ilə qədər"
                                << "until 1917";
    QTest::newRow("span") << "1922/1991"
                          << "1922 – 1991"
                          << "1922 – 1991";
    // What both ends share is said once (it read "10 June 1997 – 11 June 1997").
    QTest::newRow("days of a month") << "1997-06-10/1997-06-11"
                                     << "10–11 iyun 1997"
                                     << "10–11 June 1997";
    QTest::newRow("days of a year") << "1997-06-30/1997-07-02"
                                    << "30 iyun – 2 iyul 1997"
                                    << "30 June – 2 July 1997";
    QTest::newRow("months of a year") << "2004-03/2004-05"
                                      << "mart–may 2004"
                                      << "March–May 2004";
    QTest::newRow("days of two years") << "1997-12-31/1998-01-02"
                                       << "31 dekabr 1997 – 2 yanvar 1998"
                                       << "31 December 1997 – 2 January 1998";
}

void TestPartialDate::format()
{
    QFETCH(QString, date);
    const auto spec = DateSpec::parse(date);
    QVERIFY(spec);
    QFETCH(QString, az);
    QFETCH(QString, en);
    QCOMPARE(formatDate(*spec, Language::Azerbaijani), az);
    QCOMPARE(formatDate(*spec, Language::English), en);
}

void TestPartialDate::azerbaijaniOrdinalSuffix_followsVowelHarmony_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("suffix");
    // The years the article writes, with the suffixes it writes them with.
    QTest::newRow("1992") << 1992 << "-ci";
    QTest::newRow("1993") << 1993 << "-cü";
    QTest::newRow("1997") << 1997 << "-ci";
    QTest::newRow("2004") << 2004 << "-cü";
    QTest::newRow("2005") << 2005 << "-ci";
    QTest::newRow("2008") << 2008 << "-ci";
    QTest::newRow("2016") << 2016 << "-cı";
    QTest::newRow("1990") << 1990 << "-cı";
    QTest::newRow("1930") << 1930 << "-cu";
    QTest::newRow("1940") << 1940 << "-cı";
    QTest::newRow("2010") << 2010 << "-cu";
    QTest::newRow("1900") << 1900 << "-cü";
    QTest::newRow("2000") << 2000 << "-ci";
    QTest::newRow("1999") << 1999 << "-cu";
    QTest::newRow("1996") << 1996 << "-cı";
}

void TestPartialDate::azerbaijaniOrdinalSuffix_followsVowelHarmony()
{
    QFETCH(int, number);
    QFETCH(QString, suffix);
    QCOMPARE(azerbaijaniOrdinalSuffix(number), suffix);
}

void TestPartialDate::formatAmount_usesLanguageSeparators()
{
    QCOMPARE(formatAmount(25919.70, Language::Azerbaijani), QStringLiteral("25.919,70"));
    QCOMPARE(formatAmount(25919.70, Language::English), QStringLiteral("25,919.70"));
    QCOMPARE(formatAmount(598468.6, Language::English), QStringLiteral("598,468.60"));
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
