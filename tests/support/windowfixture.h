// For widget tests: the main window opened the way main() opens it, with its settings in a
// temporary folder, and helpers that answer the modal dialogs a user would.
#pragma once

#include "app/commandline.h"
#include "app/startup.h"
#include "ui/window/languagemanager.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

#include <deque>
#include <functional>
#include <optional>

namespace azkz::test {

// The words a tooltip shows, its lines joined: tooltips are rich text broken into lines of 80
// characters (plainToolTip).
inline QString toolTipWords(const QString &toolTip)
{
    return QTextDocumentFragment::fromHtml(toolTip).toPlainText().simplified();
}

class WindowFixture
{
public:
    // Starts the window as main() does with these command-line options, shown at the size it
    // restores itself: on the settings kept since the last closeWindow() (empty at first), with
    // a new language manager, as a new start of the program would.
    void startWindow(const QStringList &options, std::optional<QSize> size = std::nullopt)
    {
        settings();
        m_window.reset();
        m_languages = std::make_unique<LanguageManager>();
        const CommandLine commandLine = parseCommandLine(QStringList{QStringLiteral("azkz-relations")} + options);
        if (commandLine.action != CommandLine::Action::ShowWindow)
            qFatal("unexpected command line: %s", qPrintable(commandLine.message));
        QString errors;
        QTextStream err(&errors);
        m_window = createMainWindow(commandLine, *m_languages, *m_settings, err);
        if (size)
            m_window->resize(*size);
        m_window->show();
        QCoreApplication::processEvents(); // delivers the LanguageChange the translator posted
    }
    // Opens the window with these command-line options on empty settings, 1200x860, shown,
    // exposed and active.
    void openWindow(const QStringList &options)
    {
        closeWindow();
        startWindow(options, QSize(1200, 860));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow(); // shortcuts reach the active window only
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCoreApplication::processEvents();
    }
    // The program's settings, kept in the test's folder: empty at first and after closeWindow().
    QSettings &settings()
    {
        if (!m_settings) {
            m_settings
                = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
            m_settings->clear();
        }
        return *m_settings;
    }
    void closeWindow()
    {
        m_window.reset();
        m_languages.reset();
        m_settings.reset();
    }
    template <typename T> T *find(const char *name) const
    {
        T *child = m_window->findChild<T *>(QLatin1String(name));
        if (!child)
            qFatal("no child %s", name);
        return child;
    }

protected:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

// Runs act on the next modal dialog as soon as it is shown (a file dialog, a message box):
// the dialog is recognised by its Show event, not looked for on a timer. Answers given
// one after the other go to the dialogs in the order they appear.
inline void whenModal(std::function<void(QWidget *)> act)
{
    class Answers final : public QObject
    {
    public:
        std::deque<std::function<void(QWidget *)>> queue;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (event->type() != QEvent::Show || !widget || !widget->isWindow() || !widget->isModal() || queue.empty())
                return false;
            // Run once the dialog's own event loop runs: then accept() or reject() ends it.
            QMetaObject::invokeMethod(
                widget, [act = std::move(queue.front()), widget] { act(widget); }, Qt::QueuedConnection);
            queue.pop_front();
            return false;
        }
    };
    static Answers *answers = [] {
        auto *created = new Answers;
        qApp->installEventFilter(created);
        return created;
    }();
    answers->queue.push_back(std::move(act));
}

// Answers the next save dialog as a user does: goes to the folder, types the name, saves.
inline void answerSaveDialog(const QString &path)
{
    whenModal([path](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        dialog->setDirectory(QFileInfo(path).absolutePath());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(QFileInfo(path).fileName());
        QMetaObject::invokeMethod(dialog, "accept");
    });
}

} // namespace azkz::test
