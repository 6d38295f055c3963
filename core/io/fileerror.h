// The reason a file could not be read or written, in the interface language, from the
// system's error number: what a user can act on ("no space left on the device"), not the C
// library's English.
#pragma once

#include "core/text/message.h"

#include <QString>

#include <optional>

namespace azkz {

QString fileErrorReason(int errorNumber);
// The same reason kept untranslated, for a message said later (a dataset's problem); nullopt
// for the error numbers only the C library describes.
std::optional<Message> fileErrorMessage(int errorNumber);

} // namespace azkz
