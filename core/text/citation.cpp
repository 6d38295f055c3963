#include "core/text/citation.h"

#include "core/text/formatting.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace azkz {

namespace {

struct Citation {
    Q_DECLARE_TR_FUNCTIONS(azkz::Citation)
};

QString articleText(const References &refs)
{
    if (refs.isEmpty())
        return Citation::tr("the article (no reference number given)");
    return refs.size() == 1 ? Citation::tr("the article, reference %1").arg(formatReferences(refs))
                            : Citation::tr("the article, references %1").arg(formatReferences(refs));
}

QStringList sourceParts(bool fromArticle, const References &refs, const QStringList &sourceIds, const Dataset &dataset,
    Language language, bool linked)
{
    QStringList parts;
    if (fromArticle || !refs.isEmpty()) {
        const QString text = articleText(refs);
        parts.append(linked ? text.toHtmlEscaped() : text);
    }
    for (const QString &id : sourceIds) {
        const SourceEntry *source = dataset.sourceEntry(id);
        if (!source) {
            parts.append(linked ? id.toHtmlEscaped() : id);
            continue;
        }
        const QString label = sourceLabel(*source, language);
        if (!linked)
            parts.append(label);
        else if (source->address.isEmpty())
            parts.append(label.toHtmlEscaped());
        else // the address as text to read or copy: the program opens nothing on the network
            parts.append(QStringLiteral("%1 &lt;%2&gt;")
                             .arg(label.toHtmlEscaped(), printableAddress(source->address).toHtmlEscaped()));
    }
    return parts;
}

} // namespace

QString printableAddress(const QString &address)
{
    const bool rightToLeft = std::any_of(address.cbegin(), address.cend(),
        [](QChar c) { return c.direction() == QChar::DirR || c.direction() == QChar::DirAL; });
    return rightToLeft ? QString::fromLatin1(QUrl(address).toEncoded()) : address;
}

QString sourceLabel(const SourceEntry &source, Language language)
{
    QStringList parts = {source.publisher.in(language)};
    if (source.title)
        parts.append(QStringLiteral("“%1”").arg(source.title->in(language)));
    if (source.published)
        parts.append(formatDate(*source.published, language));
    if (!source.references.isEmpty())
        parts.append(Citation::tr("references %1").arg(formatReferences(source.references)));
    return parts.join(QStringLiteral(", "));
}

QString citationText(
    bool fromArticle, const References &refs, const QStringList &sourceIds, const Dataset &dataset, Language language)
{
    return sourceParts(fromArticle, refs, sourceIds, dataset, language, false).join(QStringLiteral("; "));
}

QString citationHtml(
    bool fromArticle, const References &refs, const QStringList &sourceIds, const Dataset &dataset, Language language)
{
    return sourceParts(fromArticle, refs, sourceIds, dataset, language, true).join(QStringLiteral("; "));
}

qsizetype shownCharacters(const Event &event, const Dataset &dataset, Language language)
{
    qsizetype characters = event.title.in(language).size() + event.text.in(language).size()
        + citationText(event.fromArticle, event.refs, event.sourceIds, dataset, language).size();
    if (event.dispute)
        characters += disputeText(*event.dispute, dataset, language).size();
    return characters;
}

QString headOfMission(const MissionHead &head, const Dataset &dataset, Language language)
{
    const Person *person = dataset.person(head.personId);
    QString line
        = QStringLiteral("%1, %2").arg(person ? person->name.in(language) : head.personId, head.title.in(language));
    if (head.tenure)
        line += QStringLiteral(" — ") + head.tenure->in(language);
    return line;
}

QString claimValue(const Claim &claim, Language language)
{
    return claim.date ? formatDate(*claim.date, language) : claim.value.in(language);
}

QString disputeMarker()
{
    return QStringLiteral("⚠");
}

QString disputeText(const Dispute &dispute, const Dataset &dataset, Language language, ClaimNotes notes)
{
    QStringList claims;
    for (const Claim &claim : dispute.claims) {
        QString line = QStringLiteral("%1 (%2)").arg(
            claimValue(claim, language), citationText(false, claim.refs, claim.sourceIds, dataset, language));
        if (claim.note && notes == ClaimNotes::Shown)
            line += QStringLiteral(": ") + claim.note->in(language);
        claims.append(line);
    }
    return Citation::tr("%1 Sources disagree (%2): %3")
        .arg(disputeMarker(), dispute.about.in(language), claims.join(QStringLiteral(" · ")));
}

QString disputeHtml(const Dispute &dispute, const Dataset &dataset, Language language, const HtmlEscape &escape)
{
    const auto written = [&escape](const QString &text) { return escape ? escape(text) : text.toHtmlEscaped(); };
    QString html = QStringLiteral("<p><b>%1 %2</b></p><ul>")
                       .arg(disputeMarker(),
                           Citation::tr("Sources disagree: %1").arg(dispute.about.in(language)).toHtmlEscaped());
    for (const Claim &claim : dispute.claims) {
        html += QStringLiteral("<li><b>%1</b> — %2")
                    .arg(written(claimValue(claim, language)),
                        citationHtml(false, claim.refs, claim.sourceIds, dataset, language));
        if (claim.note)
            html += QStringLiteral("<br><i>%1</i>").arg(written(claim.note->in(language)));
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace azkz
