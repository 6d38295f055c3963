#include "app/termination.h"

#include <QPointer>
#include <QSocketNotifier>
#include <QWidget>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace azkz {

namespace {

// The handler may only do what is safe in a signal handler: it writes one byte to a socket,
// which the event loop reads (Qt's documented way, "Calling Qt Functions From Unix Signal
// Handlers"). Not passed on to a program started from here (a link opened in a browser).
int pipeEnds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(pipeEnds[0], &byte, 1);
}

} // namespace

void catchTermination()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pipeEnds) != 0)
        return; // then the signals end the program as before
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART | SA_RESETHAND; // the second signal: the default, the end
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

void closeOnTermination(QWidget *window)
{
    if (pipeEnds[1] < 0)
        return;
    auto *notifier = new QSocketNotifier(pipeEnds[1], QSocketNotifier::Read, window);
    QObject::connect(notifier, &QSocketNotifier::activated, window, [notifier, window = QPointer(window)] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(pipeEnds[1], &byte, 1);
        notifier->setEnabled(false);
        if (window)
            window->close(); // the last window: the program quits
    });
}

} // namespace azkz
