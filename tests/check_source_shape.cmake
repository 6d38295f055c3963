# The shape of the sources, checked by ctest (test source_shape):
# - no source file over 400 lines: split a file long before that. The files still over it
#   are listed below with the length they may not pass; each entry goes when its file is split.
# - no file in ui/ reads dataset files itself: the JSON readers of core/load/ are for the
#   loader; the window learns of problems through LoadResult (core/load/datasetloader.h).
cmake_minimum_required(VERSION 3.22)

set(max_lines 400)
set(still_over
    "ui/trade/tradepage.cpp=563")
# A problem's text is shortened for the screen as for the terminal (printable, MaxShortText).
set(reader_includes_allowed "ui/window/problemsview.cpp")

set(failures "")
file(GLOB_RECURSE sources RELATIVE "${ROOT}"
    "${ROOT}/core/*.cpp" "${ROOT}/core/*.h" "${ROOT}/ui/*.cpp" "${ROOT}/ui/*.h" "${ROOT}/app/*.cpp" "${ROOT}/app/*.h"
    "${ROOT}/bench/*.cpp" "${ROOT}/bench/*.h" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h")
foreach(source IN LISTS sources)
    file(READ "${ROOT}/${source}" text)
    string(REGEX REPLACE "[^\n]" "" newlines "${text}")
    string(LENGTH "${newlines}" count)
    set(limit ${max_lines})
    foreach(entry IN LISTS still_over)
        if(entry MATCHES "^${source}=([0-9]+)$")
            set(limit ${CMAKE_MATCH_1})
        endif()
    endforeach()
    if(count GREATER limit)
        string(APPEND failures "${source}: ${count} lines, more than ${limit}\n")
    endif()
    if(source MATCHES "^ui/" AND NOT source IN_LIST reader_includes_allowed)
        file(STRINGS "${ROOT}/${source}" readers REGEX "#include \"core/load/(datasetreader|datasetreader_p|jsonreader|jsonscan)\\.h\"")
        if(readers)
            string(APPEND failures "${source}: includes a reader of dataset files (${readers})\n")
        endif()
    endif()
endforeach()
foreach(entry IN LISTS still_over)
    string(REGEX REPLACE "=.*" "" listed "${entry}")
    if(NOT listed IN_LIST sources)
        string(APPEND failures "${listed}: listed as still over ${max_lines} lines, but there is no such file\n")
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "${failures}")
endif()
list(LENGTH sources checked)
message(STATUS "source_shape: ${checked} files checked")
