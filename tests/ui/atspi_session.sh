#!/bin/sh
# A desktop session as a screen reader's user has one: an X server (Xvfb), a session bus, and
# the accessibility bus on it; then the AT-SPI check of the program in a language.
#   atspi_session.sh LANGUAGE PROGRAM
set -eu
here=$(dirname "$0")
exec xvfb-run -a -s "-screen 0 1280x900x24 -noreset" dbus-run-session -- sh -c '
    /usr/libexec/at-spi-bus-launcher --launch-immediately &
    launcher=$!
    sleep 1
    /usr/bin/python3 "$0" "$1" "$2"
    status=$?
    kill $launcher 2>/dev/null
    exit $status' "$here/atspi_check.py" "$2" "$1"
