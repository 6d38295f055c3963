# The shape of the sources, checked by ctest (test source_shape):
# - no source file over 400 lines: split a file long before that.
# - no file in ui/ reads dataset files itself: the JSON readers of core/load/ are for the
#   loader; the window learns of problems through LoadResult (core/load/datasetloader.h).
# - views read the dataset through its models: a file in ui/ neither includes
#   core/data/dataset.h nor reads a dataset's members itself (a header holds a SharedDataset,
#   core/data/shareddataset.h, to hand to the models). The documents library (ui/documents/)
#   writes the whole dataset out and reads it.
cmake_minimum_required(VERSION 3.22)

set(max_lines 400)
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
    if(count GREATER max_lines)
        string(APPEND failures "${source}: ${count} lines, more than ${max_lines}\n")
    endif()
    if(source MATCHES "^ui/" AND NOT source IN_LIST reader_includes_allowed)
        file(STRINGS "${ROOT}/${source}" readers REGEX "#include \"core/load/(datasetreader|datasetreader_p|jsonreader|jsonscan)\\.h\"")
        if(readers)
            string(APPEND failures "${source}: includes a reader of dataset files (${readers})\n")
        endif()
    endif()
    if(source MATCHES "^ui/" AND NOT source MATCHES "^ui/documents/")
        file(STRINGS "${ROOT}/${source}" lines)
        foreach(line IN LISTS lines)
            if(NOT line MATCHES "^[ \t]*//" AND line MATCHES
                    "#include \"core/data/dataset\\.h\"|(^|[^A-Za-z_])(m_)?dataset(->|\\.)[a-z]|m_shown->")
                string(APPEND failures "${source}: a view reads the raw dataset, not a model (${line})\n")
                break()
            endif()
        endforeach()
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "${failures}")
endif()
list(LENGTH sources checked)
message(STATUS "source_shape: ${checked} files checked")
