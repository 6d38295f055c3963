// The links of a read-only rich text (the mission and event cards, the article's reference
// markers) as a screen reader's items.
//
// Qt 6.4 exposes a QTextBrowser as a label with its text and nothing of its links: Tab moved
// from link to link with no word to a screen reader, and none could list them. Here each link
// is an accessible Link under the text's viewport, named by its text (or by the name given),
// with a press action that follows it; the link that Tab highlights is announced as focused.
#pragma once

#include <functional>

class QString;
class QTextBrowser;
class QUrl;

namespace azkz {

// What a link is called; by default its text. The article's "[3]" is better heard as the
// reference it is.
using LinkName = std::function<QString(const QUrl &url, const QString &text)>;

void exposeLinks(QTextBrowser *browser, LinkName name = {});

// A card heard whole when it takes the focus. Qt 6.4 makes a read-only text a label, of which
// Orca says the name only ("Mission details label." was all one heard): the name is the card's
// title, then its text as plain text (no table frame markers), kept so as the text changes.
// Called again when the language changes.
void speakTextOnFocus(QTextBrowser *browser, const QString &title);

} // namespace azkz
