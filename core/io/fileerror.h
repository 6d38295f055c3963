// The reason a file could not be read or written, in the interface language, from the
// system's error number: what a user can act on ("no space left on the device"), not the C
// library's English.
#pragma once

#include <QString>

namespace azkz {

QString fileErrorReason(int errorNumber);

} // namespace azkz
