#!/usr/bin/env bash
# The two commands of the README, on a fresh Debian 12 machine (as root or with sudo):
#   ./build.sh run [options]   install what is missing, build, start the program
#   ./build.sh test            install what is missing, build, run the whole test suite
#   ./build.sh package         build the .deb and check it (lintian, desktop-file-validate, appstreamcli)
#   ./build.sh bench           build in Release and run the benchmarks in bench/
#   ./build.sh sanitize        build with ASan+UBSan (and LSan) and run the whole test suite
#   ./build.sh fuzz [SECONDS]  fuzz the dataset loader with libFuzzer (clang), 60 s by default
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(cmake make g++ libgl-dev fonts-dejavu-core poppler-utils xvfb xauth python3 util-linux qt6-translations-l10n
          qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools)
# The suite also opens the trade CSV in LibreOffice Calc, as a spreadsheet user does.
TEST_TOOLS=(libreoffice-calc-nogui)
# And hears the window through the Linux accessibility bus, as a screen reader does.
TEST_TOOLS+=(at-spi2-core python3-pyatspi dbus-daemon xdotool)
PACKAGING_TOOLS=(dpkg-dev fakeroot desktop-file-utils appstream lintian file)
BUILD_DIR=${BUILD_DIR:-build}
# CI treats warnings as errors; a local build reports them and goes on.
WERROR=${WERROR:-$([ "${CI:-}" = true ] && echo ON || echo OFF)}

ensure_packages() {
    local missing=() p
    for p in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
}

build() {
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAZKZ_WARNINGS_AS_ERRORS="$WERROR"
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

case "${1:-}" in
run)
    shift
    ensure_packages
    build
    exec "$BUILD_DIR/app/azkz-relations" "$@"
    ;;
test)
    ensure_packages "${TEST_TOOLS[@]}"
    build
    cd "$BUILD_DIR"
    exec ctest --output-on-failure -j"$(nproc)"
    ;;
package)
    ensure_packages "${PACKAGING_TOOLS[@]}"
    build
    (cd "$BUILD_DIR" && rm -f ./*.deb && cpack -G DEB)
    deb=$(ls "$BUILD_DIR"/azkz-relations_*.deb)
    desktop-file-validate packaging/io.github.azkz_relations.viewer.desktop
    appstreamcli validate --pedantic "$BUILD_DIR/packaging/io.github.azkz_relations.viewer.metainfo.xml"
    lintian --fail-on error,warning "$deb"
    echo "Package: $deb"
    ;;
sanitize)
    ensure_packages "${TEST_TOOLS[@]}"
    cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DAZKZ_SANITIZE=ON -DAZKZ_WARNINGS_AS_ERRORS="$WERROR"
    cmake --build build-asan -j"$(nproc)"
    cd build-asan
    # Any report fails the test that produced it. Leaks inside system libraries (fontconfig,
    # Qt's plugins) are listed in tests/lsan.supp; the project's own code has none.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    export LSAN_OPTIONS=suppressions=$PWD/../tests/lsan.supp:print_suppressions=0
    exec ctest --output-on-failure -j"$(nproc)"
    ;;
fuzz)
    ensure_packages clang libclang-rt-14-dev
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DAZKZ_FUZZ=ON -DAZKZ_SANITIZE=ON \
        -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link"
    cmake --build build-fuzz -j"$(nproc)" --target dataset_fuzzer
    # New inputs go to a scratch corpus; the seeds in tests/fuzz/corpus stay as committed.
    work=$(mktemp -d)
    build-fuzz/tests/fuzz/dataset_fuzzer -max_total_time="${2:-60}" -max_len=65536 -timeout=10 \
        -artifact_prefix="$work/" "$work" tests/fuzz/corpus
    ;;
bench)
    # Chromium prints the article for the report's side-by-side comparison.
    ensure_packages chromium time
    cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
    cmake --build build-release -j"$(nproc)" --target timeline_bench app_bench scale_bench report_bench trade_bench worst_bench generate_dataset azkz-relations
    build-release/bench/app_bench
    # The first painted window against a bare one, also on an X server, as users start it.
    xvfb-run -a env AZKZ_BENCH_PLATFORM=xcb build-release/bench/app_bench
    build-release/bench/trade_bench
    build-release/bench/timeline_bench "${2:-100000}"
    for events in 20000 40000; do build-release/bench/scale_bench "$events"; done
    build-release/bench/worst_bench build-release/app/azkz-relations
    # The article the dataset is made from, as plain text (not shipped in the repository).
    article=${AZKZ_ARTICLE:-/work/shared/seed/000_cd531a647f263734.txt}
    if [ -f "$article" ]; then
        build-release/bench/report_bench build-release/app/azkz-relations "$article"
    else
        echo "report_bench: no article at $article (set AZKZ_ARTICLE): skipped"
    fi
    ;;
*)
    echo "usage: $0 run [program options] | test | package | bench" >&2
    exit 2
    ;;
esac
