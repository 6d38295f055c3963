# Makes the man page from its template and the program's own --help (in English), so that the
# options the man page lists are those the program takes: one source, the options' definitions
# in app/commandline.cpp. Run by the build: cmake -DPROGRAM= -DTEMPLATE= -DOUTPUT= -P manpage.cmake
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8)
execute_process(COMMAND "${PROGRAM}" --lang en --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --help failed: ${status}")
endif()

# roff: a backslash and a hyphen in option names are written \e and \-.
function(roff text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Each option's entry of --help: "  NAMES  DESCRIPTION", continued on lines that start with spaces.
string(REPLACE ";" "\\;" help "${help}")
string(REPLACE "\n" ";" lines "${help}")
set(options "")
set(in_options FALSE)
foreach(line IN LISTS lines)
    if(line STREQUAL "Options:")
        set(in_options TRUE)
    elseif(in_options AND line MATCHES "^  (-[^ ]+( [^ ]+)*)  +(.*)$")
        roff("${CMAKE_MATCH_1}" names)
        string(REPLACE "<" "\\fI" names "${names}")
        string(REPLACE ">" "\\fP" names "${names}")
        string(APPEND options "\n.TP\n.B ${names}\n${CMAKE_MATCH_3}")
    elseif(in_options AND line MATCHES "^ +(.*)$")
        string(APPEND options " ${CMAKE_MATCH_1}")
    elseif(in_options AND line STREQUAL "")
        set(in_options FALSE)
    endif()
endforeach()
# Options named in the descriptions are written as option names too.
string(REPLACE "--" "\\-\\-" options "${options}")
string(STRIP "${options}" AZKZ_OPTIONS)
if(NOT AZKZ_OPTIONS MATCHES "validate")
    message(FATAL_ERROR "no options found in the output of ${PROGRAM} --help")
endif()
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
