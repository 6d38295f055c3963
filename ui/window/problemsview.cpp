#include "ui/window/problemsview.h"

#include "core/load/datasetloader.h"
#include "core/load/jsonreader.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QResizeEvent>
#include <QStyle>
#include <QVBoxLayout>

namespace azkz {

namespace {
// A problem's place in the file, for copying.
constexpr int ProblemPathRole = Qt::UserRole;
} // namespace

ProblemsView::ProblemsView(QWidget *parent)
    : QWidget(parent),
      m_heading(new QLabel(this)),
      m_icon(new QLabel(this)), // drawn when first shown: the style looks it up in icon themes
      m_problems(new QListWidget(this))
{
    setObjectName(QStringLiteral("problemsView"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setWordWrap(true); // long messages wrap instead of scrolling sideways
    m_problems->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problems->viewport()->installEventFilter(this);
    m_heading->setBuddy(m_problems);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString place = item->data(ProblemPathRole).toString();
        if (place.isEmpty())
            return;
        QApplication::clipboard()->setText(place);
        emit placeCopied(tr("Copied %1").arg(place));
    });
    connect(m_problems, &QListWidget::itemClicked, m_problems, &QListWidget::itemActivated);
    m_icon->setObjectName(QStringLiteral("problemsIcon"));
    m_icon->setAlignment(Qt::AlignTop);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_icon);
    headingRow->addWidget(m_heading, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(headingRow);
    layout->addWidget(m_problems);
    hide();
}

void ProblemsView::showProblems(const LoadResult &last, const QString &shownFile)
{
    const bool overTabs = !shownFile.isEmpty();
    m_overTabs = overTabs;
    m_problems->clear();
    for (const Problem &problem : last.problems) {
        auto *item = new QListWidgetItem(m_problems);
        item->setData(ProblemPathRole, problem.path);
    }
    if (last.omittedProblems > 0)
        new QListWidgetItem(m_problems);
    const bool shown = last.problemCount() > 0;
    if (shown && m_icon->pixmap().isNull()) {
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    }
    setVisible(shown);
    if (!overTabs)
        m_problems->setMaximumHeight(QWIDGETSIZE_MAX);
    retranslate(last, shownFile);
}

void ProblemsView::retranslate(const LoadResult &last, const QString &shownFile)
{
    const bool overTabs = !shownFile.isEmpty();
    const QString file = printableMiddle(QDir::toNativeSeparators(last.fileName), MaxShortText);
    if (!overTabs) {
        m_heading->setText(
            tr("The dataset %1 cannot be opened. Nothing from it is shown until these problems are fixed:").arg(file));
    } else if (last.problemCount() > 0 && shownFile != last.fileName) {
        // Another file is what the window shows (the built-in dataset, or the one opened before).
        const QString shown = shownFile == embeddedDatasetPath()
            ? tr("the built-in dataset")
            : printableMiddle(QDir::toNativeSeparators(shownFile), MaxShortText);
        m_heading->setText(tr("%1 cannot be opened: it has %n problem(s). The window still shows %2. Click a "
                              "problem to copy its place in the file.",
            nullptr, int(last.problemCount()))
                               .arg(file, shown));
    } else if (last.problemCount() > 0) {
        m_heading->setText(tr("%1 has %n problem(s): the last good version stays on screen until they are "
                              "fixed. Click a problem to copy its place in the file.",
            nullptr, int(last.problemCount()))
                               .arg(file));
    }
    m_problems->setAccessibleName(tr("Problems in the dataset"));
    // The problems, in the language of the moment, into the items showProblems made for this load
    // (the selection and the scrolling stay). Over the tabs the heading names the file: each line
    // says where in it, and what. Alone, each line names the file too, as on the command line.
    const QStringList lines = last.problemLines();
    if (lines.size() != m_problems->count())
        return; // not the load shown
    for (qsizetype i = 0; i < lines.size(); ++i)
        m_problems->item(int(i))->setText(
            overTabs && i < last.problems.size() ? last.problems.at(i).text() : lines.at(i));
    if (overTabs)
        fitBar();
}

void ProblemsView::fitBar()
{
    // As tall as its first few problems, each wrapped at the bar's width; the tabs keep the rest.
    int height = 2 * m_problems->frameWidth();
    for (int row = 0; row < std::min(m_problems->count(), 6); ++row)
        height += m_problems->visualItemRect(m_problems->item(row)).height(); // sizeHintForRow does not wrap
    m_problems->setMaximumHeight(height);
}

bool ProblemsView::eventFilter(QObject *watched, QEvent *event)
{
    // The problems wrap to more or fewer lines as the bar's width changes.
    if (watched == m_problems->viewport() && event->type() == QEvent::Resize && m_overTabs
        && static_cast<QResizeEvent *>(event)->oldSize().width() != m_problems->viewport()->width())
        QMetaObject::invokeMethod(this, &ProblemsView::fitBar, Qt::QueuedConnection); // once the list is laid out
    return QWidget::eventFilter(watched, event);
}

} // namespace azkz
