// What is wrong with the dataset file: the whole window while no good dataset was ever read;
// above the tabs, as a bar as tall as its first few problems, while the file shown has
// problems and its last good version stays on screen. Activating a problem copies its place
// in the file.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace azkz {

struct LoadResult;

class ProblemsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsView)
public:
    explicit ProblemsView(QWidget *parent = nullptr);

    // The last load's problems, alone in the window or as a bar over the tabs; hidden when none.
    void showProblems(const LoadResult &last, const QString &shownFile);
    // The heading and the problems, in the interface language, for the same load.
    void retranslate(const LoadResult &last, const QString &shownFile);

signals:
    // A problem's place was copied to the clipboard: a message for the status bar.
    void placeCopied(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitBar();

    QLabel *m_heading;
    QLabel *m_icon;
    QListWidget *m_problems;
    bool m_overTabs = false;
};

} // namespace azkz
