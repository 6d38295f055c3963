#include "ui/window/aboutbox.h"

#include "core/models/datasetsummary.h"

#include <QMessageBox>
#include <QUrl>

namespace azkz {

void AboutBox::show(QWidget *parent, const QString &programTitle, const DatasetSummary *summary, Language language)
{
    QString source;
    if (summary) {
        const QString url = summary->licenceUrl().toHtmlEscaped(), licence = summary->licence().toHtmlEscaped();
        const int others = summary->otherSources(); // each named beside the facts it gives
        source = others == 0
            ? tr("<p>Every fact comes from the article “%1”, %2, licensed under <a href=\"%3\">%4</a>.</p>")
            : tr("<p>The facts come from the article “%1”, %2, licensed under <a href=\"%3\">%4</a>, and from %n "
                 "other source(s), each named beside the facts it gives.</p>",
                nullptr, others);
        source = source.arg(summary->articleTitle(language).toHtmlEscaped(),
            summary->articlePublisher(language).toHtmlEscaped(), url, licence);
        // Only a web address becomes a link: any other (file:, data:, …) is named as text.
        const QString scheme = QUrl(summary->licenceUrl()).scheme();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            source.replace(
                QStringLiteral("<a href=\"%1\">%2</a>").arg(url, licence), QStringLiteral("%1 (%2)").arg(licence, url));
        if (others > 0)
            source += QStringLiteral("<p>%1</p>")
                          .arg(tr("The other sources: %1.").arg(summary->otherSourcesByKind(language)).toHtmlEscaped());
        const QStringList credits = summary->credits(language);
        if (!credits.isEmpty()) {
            source += QStringLiteral("<p>%1</p><ul>").arg(tr("Credited as their licences ask:").toHtmlEscaped());
            for (const QString &credit : credits)
                source += QStringLiteral("<li>%1</li>").arg(credit.toHtmlEscaped());
            source += QStringLiteral("</ul>");
        }
    }
    source += tr("<p>Map: <a href=\"https://www.naturalearthdata.com/\">Natural Earth</a> 4.1.0 (public domain), "
                 "through the world-atlas package 2.0.2 (ISC licence).</p>");
    QMessageBox::about(parent, tr("About %1").arg(programTitle),
        tr("<h3>%1</h3><p>Version %2, built with Qt %3 (running on Qt %4).</p>")
                .arg(programTitle.toHtmlEscaped(), QStringLiteral(AZKZ_VERSION), QStringLiteral(QT_VERSION_STR),
                    QString::fromLatin1(qVersion()))
            + source);
}

} // namespace azkz
