// A statement as a reader quotes it, with every source it rests on written out in full
// (publisher, title, date, address, language, licence): as plain text in the interface's
// language, as BibTeX and as CSL-JSON, the formats a reference manager reads.
#pragma once

#include "core/data/dataset.h"
#include "core/data/language.h"

#include <QVariantMap>

#include <optional>

namespace azkz {

struct CitedStatement {
    QString statement; // as the reader sees it: "Diplomatic relations established: 30 August 1992"
    bool fromArticle = false;
    References refs;
    QStringList sourceIds;
    std::optional<Dispute> dispute; // every version is quoted, and its sources cited
};

// Every source a statement rests on, its dispute's claims' included, each once: the article
// when it gives reference numbers (or is the article's), with them, and the other sources by id.
struct Citations {
    bool article = false;
    References refs; // the article's, in the order first met
    QStringList sourceIds;

    void add(const References &more, const QStringList &ids);
    void add(const std::optional<Dispute> &dispute);
    static Citations of(const CitedStatement &statement);
};

inline constexpr char PlainTextMime[] = "text/plain";
inline constexpr char BibTeXMime[] = "application/x-bibtex";
inline constexpr char CslJsonMime[] = "application/vnd.citationstyles.csl+json";

// The statement and its sources by mime type (the three above), for the clipboard.
QVariantMap citationFormats(const CitedStatement &statement, const Dataset &dataset, Language language);

} // namespace azkz
