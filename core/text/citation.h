// How the program writes where a statement comes from (the article's footnotes, other
// sources) and where sources disagree, in plain text and as rich text for cards.
#pragma once

#include "core/data/dataset.h"
#include "core/data/language.h"

#include <QString>

#include <functional>

namespace azkz {

// "Trend, “Title”, 6 August 2007"; the article's with its reference numbers.
QString sourceLabel(const SourceEntry &source, Language language);
// A source's address as it is printed: as given, or percent-encoded when it holds right-to-left
// letters (an Arabic path would be reordered around the Latin parts and could not be copied).
QString printableAddress(const QString &address);
// "Source article, reference [3]; Trend, 6 August 2007"; an unknown id as itself.
QString citationText(
    bool fromArticle, const References &refs, const QStringList &sourceIds, const Dataset &dataset, Language language);
// As citationText, each source linked to its address, for a rich-text card.
QString citationHtml(
    bool fromArticle, const References &refs, const QStringList &sourceIds, const Dataset &dataset, Language language);
// "Aghalar Atamoghlanov, Ambassador — since July 2021": a head of mission with the evidence of
// tenure the sources give.
QString headOfMission(const MissionHead &head, const Dataset &dataset, Language language);
// A claim's date or value, as the language writes it.
QString claimValue(const Claim &claim, Language language);
// "Sources disagree on the date: 30 August 1992 (Source article, reference [3]) · 27 August
// 1992 (Trend, 6 August 2007)": one line, for lists, tooltips and search.
// Without notes: only the versions and their sources (the key facts' short form).
enum class ClaimNotes { Shown, Left };
QString disputeText(
    const Dispute &dispute, const Dataset &dataset, Language language, ClaimNotes notes = ClaimNotes::Shown);
// The dispute as a marked block of rich text: every claim with its sources and note. A claim's
// value and note are written by escape (escaped; a search marks its hits in them).
using HtmlEscape = std::function<QString(const QString &text)>;
QString disputeHtml(const Dispute &dispute, const Dataset &dataset, Language language, const HtmlEscape &escape = {});
// The characters an event shows in full (title, text, its sources, every disputed version): what
// a document listing it must hold. A file's citations can make this far more than its own text.
qsizetype shownCharacters(const Event &event, const Dataset &dataset, Language language);
// The marker put before a disputed statement wherever it appears.
QString disputeMarker();

} // namespace azkz
