// Qt Linguist catalogues as the tests read them: the program's own, and Debian's of Qt 6.4.
#pragma once

#include "support/testsupport.h"

#include <QMultiHash>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <optional>

namespace azkz::test {

struct Catalogue {
    QMultiHash<QString, QString> sources; // context -> source text
    QStringList translations;
};

inline Catalogue readTs(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            catalogue.sources.insert(context, xml.readElementText());
        else if (xml.name() == QLatin1String("translation")) // a numerus message's forms, one after the other
            catalogue.translations.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    // A reader that stops early would leave words out of the catalogue unnoticed.
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return catalogue;
}

// Debian's German catalogue of Qt 6.4 (qt6-translations-l10n), the most complete one, as a
// list of Qt's English source strings by context.
inline std::optional<Catalogue> qtCatalogue()
{
    const QString qm = QStringLiteral("/usr/share/qt6/translations/qtbase_de.qm");
    static QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("qtbase_de.ts"));
    if (!QFile::exists(qm))
        return std::nullopt;
    if (!QFile::exists(ts))
        test::runTool(QStringLiteral(AZKZ_LCONVERT), {QStringLiteral("-i"), qm, QStringLiteral("-o"), ts});
    return readTs(ts);
}

} // namespace azkz::test
