// The Azerbaijani catalogue of Qt's own strings that the program carries (qt_az.ts), checked
// against Debian's catalogue of Qt 6.4: no entry Qt does not have, no string of a context left out.
#include "support/catalogues.h"

using namespace azkz;
using namespace azkz::test;

class TestQtCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void qtCatalogue_entriesAreQt64Strings();
    void qtCatalogue_translatesEveryStringOfItsContexts();
};

void TestQtCatalogue::qtCatalogue_entriesAreQt64Strings()
{
    const auto qt = qtCatalogue();
    if (!qt)
        QSKIP("Debian's qt6-translations-l10n is not installed");
    const Catalogue qtAz = readTs(QStringLiteral(AZKZ_SOURCE_DIR "/i18n/qt_az.ts"));
    QStringList unknown;
    for (auto it = qtAz.sources.cbegin(); it != qtAz.sources.cend(); ++it) {
        if (!qt->sources.contains(it.key(), it.value()))
            unknown.append(it.key() + QStringLiteral("::") + it.value());
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QStringLiteral(" | "))));
}

void TestQtCatalogue::qtCatalogue_translatesEveryStringOfItsContexts()
{
    const auto qt = qtCatalogue();
    if (!qt)
        QSKIP("Debian's qt6-translations-l10n is not installed");
    const Catalogue qtAz = readTs(QStringLiteral(AZKZ_SOURCE_DIR "/i18n/qt_az.ts"));
    QStringList missing;
    for (const QString &context : qtAz.sources.uniqueKeys()) {
        for (const QString &source : qt->sources.values(context)) {
            // About Qt's own text is left in English, as Qt's own catalogues leave it.
            if (!qtAz.sources.contains(context, source) && !source.startsWith(QLatin1String("<p>Qt is a C++ toolkit")))
                missing.append(context + QStringLiteral("::") + source);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(" | "))));
}

QTEST_GUILESS_MAIN(TestQtCatalogue)
#include "tst_qt_catalogue.moc"
