// A window no larger than its screen and wholly on it: a size remembered on a larger screen (or
// from a window widened by a long text) must not leave it partly outside.
#pragma once

class QWidget;

namespace azkz {

// Moves and shrinks the window to fit its screen's available area, frame included (known
// once the window is shown: call it again then). A maximised or full-screen window is left.
void keepOnScreen(QWidget &window);

} // namespace azkz
