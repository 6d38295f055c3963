#include "core/text/citationcopy.h"

#include "core/text/citation.h"
#include "core/text/formatting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace azkz {

namespace {

struct CitationCopy {
    Q_DECLARE_TR_FUNCTIONS(azkz::CitationCopy)
};

// One source as cited: the dataset's entry, and for the article the reference numbers this
// statement gives (an entry lists all of the article's).
struct CitedSource {
    SourceEntry entry;
    QString licenceAddress;
    References refs;
};

QList<CitedSource> citedSources(const CitedStatement &statement, const Dataset &dataset)
{
    const Citations citations = Citations::of(statement);
    References articleRefs = citations.refs;
    std::sort(articleRefs.begin(), articleRefs.end());

    QList<CitedSource> sources;
    if (citations.article) {
        CitedSource cited;
        cited.entry.id = QStringLiteral("article");
        cited.entry.kind = SourceKind::Article;
        cited.entry.publisher = dataset.source.publisher;
        cited.entry.title = dataset.source.title;
        cited.entry.address = dataset.source.address;
        cited.entry.language = dataset.source.language;
        cited.entry.licence = {dataset.source.licence, dataset.source.licence};
        cited.licenceAddress = dataset.source.licenceUrl;
        cited.refs = articleRefs;
        sources.append(cited);
    }
    for (const QString &id : citations.sourceIds) {
        if (id == QLatin1String("article"))
            continue; // cited above with its reference numbers
        if (const SourceEntry *entry = dataset.sourceEntry(id))
            sources.append({*entry, {}, {}});
    }
    return sources;
}

QString referencesText(const References &refs)
{
    if (refs.isEmpty())
        return CitationCopy::tr("no reference number given");
    return refs.size() == 1 ? CitationCopy::tr("reference %1").arg(formatReferences(refs))
                            : CitationCopy::tr("references %1").arg(formatReferences(refs));
}

// "Trend. “Title”. 6 August 2007. https://…. Language: en. Licence: …", in the standard order
// (author or publisher, title, date, address, language, licence).
QString plainSource(const CitedSource &source, Language language)
{
    const SourceEntry &entry = source.entry;
    QStringList parts = {entry.publisher.in(language)};
    if (entry.title)
        parts.append(QStringLiteral("“%1”").arg(entry.title->in(language)));
    if (entry.published)
        parts.append(formatDate(*entry.published, language));
    if (entry.kind == SourceKind::Article) // "“Title”, reference [3]"
        parts.last() += QStringLiteral(", ") + referencesText(source.refs);
    if (!entry.address.isEmpty())
        parts.append(printableAddress(entry.address));
    if (!entry.language.isEmpty())
        parts.append(CitationCopy::tr("Language: %1").arg(entry.language));
    const QString licence = entry.licence.in(language);
    if (!licence.isEmpty()) {
        parts.append(source.licenceAddress.isEmpty()
                ? CitationCopy::tr("Licence: %1").arg(licence)
                : CitationCopy::tr("Licence: %1 (%2)").arg(licence, source.licenceAddress));
    }
    return parts.join(QStringLiteral(". ")) + QLatin1Char('.');
}

QString plainText(
    const CitedStatement &statement, const QList<CitedSource> &sources, const Dataset &dataset, Language language)
{
    QStringList lines = {statement.statement};
    if (statement.dispute)
        lines.append(disputeText(*statement.dispute, dataset, language));
    if (sources.isEmpty()) {
        lines.append(CitationCopy::tr("Sources: none given in the dataset."));
    } else {
        lines.append(CitationCopy::tr("Sources:"));
        for (qsizetype i = 0; i < sources.size(); ++i)
            lines.append(QStringLiteral("%1. %2").arg(i + 1).arg(plainSource(sources.at(i), language)));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// A value inside BibTeX braces: TeX's special characters escaped. BibTeX counts a brace even
// after a backslash, so a brace of the text is written as a command that has none of its own.
QString bibtexText(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        case '~':
            out += QStringLiteral("\\textasciitilde{}");
            break;
        case '^':
            out += QStringLiteral("\\textasciicircum{}");
            break;
        case '{':
            out += QStringLiteral("\\textbraceleft{}");
            break;
        case '}':
            out += QStringLiteral("\\textbraceright{}");
            break;
        case '%':
        case '&':
        case '#':
        case '_':
        case '$':
            out += QLatin1Char('\\') + c;
            break;
        default:
            out += c.isSpace() ? QChar(u' ') : c; // a field is one line
        }
    }
    return out;
}

// An address as a reference manager reads it: ASCII, percent-encoded (no brace, backslash or space).
QString encodedAddress(const QString &address)
{
    return QString::fromLatin1(QUrl(address).toEncoded());
}

QString bibtexKey(const QString &id)
{
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9_:-]"));
    QString key = id;
    key.replace(other, QStringLiteral("-"));
    return key.isEmpty() ? QStringLiteral("source") : key;
}

// A date as biblatex reads it (EDTF): "2007-08-06", "2015-03", "2001", a decade "199X".
QString bibtexDate(const DatePoint &date)
{
    return date.precision == DatePrecision::Decade ? QStringLiteral("%1X").arg(date.year / 10) : date.toString();
}

QString bibtexEntry(const CitedSource &source, const QString &key, const QString &statement, Language language)
{
    const SourceEntry &entry = source.entry;
    QList<std::pair<QString, QString>> fields
        = {{QStringLiteral("author"), QLatin1Char('{') + bibtexText(entry.publisher.in(language)) + QLatin1Char('}')}};
    if (entry.title)
        fields.append({QStringLiteral("title"), bibtexText(entry.title->in(language))});
    if (entry.published) {
        if (entry.published->precision != DatePrecision::Decade)
            fields.append({QStringLiteral("year"), QString::number(entry.published->year)});
        fields.append({QStringLiteral("date"), bibtexDate(*entry.published)});
    }
    if (!entry.address.isEmpty())
        fields.append({QStringLiteral("url"), encodedAddress(entry.address)}); // verbatim, as biblatex reads it
    if (!entry.language.isEmpty())
        fields.append({QStringLiteral("language"), bibtexText(entry.language)});
    QStringList notes;
    if (entry.kind == SourceKind::Article)
        notes.append(referencesText(source.refs));
    if (!entry.licence.in(language).isEmpty())
        notes.append(CitationCopy::tr("Licence: %1").arg(entry.licence.in(language)));
    notes.append(CitationCopy::tr("Cited for: %1").arg(statement));
    fields.append({QStringLiteral("note"), bibtexText(notes.join(QStringLiteral("; ")))});

    QString text = QStringLiteral("@misc{%1,\n").arg(key);
    for (const auto &[name, value] : fields)
        text += QStringLiteral("  %1 = {%2},\n").arg(name, value);
    return text + QStringLiteral("}\n");
}

QString cslType(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Article:
        return QStringLiteral("entry-encyclopedia");
    case SourceKind::Statistics:
        return QStringLiteral("dataset");
    case SourceKind::News:
        return QStringLiteral("article-newspaper");
    case SourceKind::Legal:
        return QStringLiteral("legislation");
    case SourceKind::Official:
        break;
    }
    return QStringLiteral("webpage");
}

QJsonObject cslItem(const CitedSource &source, const QString &statement, Language language)
{
    const SourceEntry &entry = source.entry;
    QJsonObject item{{QStringLiteral("id"), entry.id}, {QStringLiteral("type"), cslType(entry.kind)},
        {QStringLiteral("author"), QJsonArray{QJsonObject{{QStringLiteral("literal"), entry.publisher.in(language)}}}},
        {QStringLiteral("publisher"), entry.publisher.in(language)}};
    if (entry.title)
        item.insert(QStringLiteral("title"), entry.title->in(language));
    if (entry.published) {
        QJsonArray parts{entry.published->year};
        if (entry.published->month > 0)
            parts.append(entry.published->month);
        if (entry.published->day > 0)
            parts.append(entry.published->day);
        item.insert(QStringLiteral("issued"), QJsonObject{{QStringLiteral("date-parts"), QJsonArray{parts}}});
    }
    if (!entry.address.isEmpty())
        item.insert(QStringLiteral("URL"), encodedAddress(entry.address));
    if (!entry.language.isEmpty())
        item.insert(QStringLiteral("language"), entry.language);
    if (!entry.licence.in(language).isEmpty())
        item.insert(QStringLiteral("license"), entry.licence.in(language));
    QStringList notes;
    if (entry.kind == SourceKind::Article)
        notes.append(referencesText(source.refs));
    notes.append(CitationCopy::tr("Cited for: %1").arg(statement));
    item.insert(QStringLiteral("note"), notes.join(QStringLiteral("; ")));
    return item;
}

} // namespace

void Citations::add(const References &more, const QStringList &ids)
{
    article = article || !more.isEmpty();
    for (int ref : more) {
        if (!refs.contains(ref))
            refs.append(ref);
    }
    for (const QString &id : ids) {
        if (!sourceIds.contains(id))
            sourceIds.append(id);
    }
}

void Citations::add(const std::optional<Dispute> &dispute)
{
    if (dispute) {
        for (const Claim &claim : dispute->claims)
            add(claim.refs, claim.sourceIds);
    }
}

Citations Citations::of(const CitedStatement &statement)
{
    Citations citations;
    citations.article = statement.fromArticle;
    citations.add(statement.refs, statement.sourceIds);
    citations.add(statement.dispute);
    return citations;
}

QVariantMap citationFormats(const CitedStatement &statement, const Dataset &dataset, Language language)
{
    const QList<CitedSource> sources = citedSources(statement, dataset);
    QString bibtex;
    QJsonArray csl;
    QStringList keys; // one each: "x.y" and "x y" are both "x-y" as keys
    for (const CitedSource &source : sources) {
        QString key = bibtexKey(source.entry.id);
        for (int n = 2; keys.contains(key); ++n)
            key = QStringLiteral("%1-%2").arg(bibtexKey(source.entry.id)).arg(n);
        keys.append(key);
        bibtex += bibtexEntry(source, key, statement.statement, language);
        csl.append(cslItem(source, statement.statement, language));
    }
    return {{QLatin1String(PlainTextMime), plainText(statement, sources, dataset, language)},
        {QLatin1String(BibTeXMime), bibtex},
        {QLatin1String(CslJsonMime), QString::fromUtf8(QJsonDocument(csl).toJson(QJsonDocument::Indented))}};
}

} // namespace azkz
