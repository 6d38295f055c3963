// A request to end the program from outside (SIGTERM, as a session's logout or `kill` sends;
// SIGINT, Ctrl+C in the terminal it was started from) closes the window as its close button
// does: the window's size, tab and language are saved, and the program exits with 0. It ended
// where it stood, and what the user had set since the start was lost.
#pragma once

class QWidget;

namespace azkz {

// Before Qt starts: a signal from then on is kept until the window exists and the event loop
// runs. A second signal ends the program at once, as if no handler were installed.
void catchTermination();
// The window the caught signal closes; from then, once the event loop runs.
void closeOnTermination(QWidget *window);

} // namespace azkz
