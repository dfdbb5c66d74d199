# faultline_add_test(NAME SOURCES src... LIBS lib... [GUI])
# Adds a Qt Test executable and registers it with CTest. Every test runs on the
# offscreen platform, so GUI tests need no display; the test's working
# directory is the source root so it can reach tests/data and ../shared.
#
# FAULTLINE_TEST_TIMEOUT_FACTOR multiplies every test's timeout: a sanitizer
# build (the asan preset) runs the same tests several times slower.
set(FAULTLINE_TEST_TIMEOUT_FACTOR 1 CACHE STRING
    "Multiplies each test's TIMEOUT (sanitizer builds run slower)")

function(faultline_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
    target_compile_definitions(${name} PRIVATE
        FAULTLINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        FAULTLINE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    faultline_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set(timeout 300)
    if(ARG_TIMEOUT)
        set(timeout ${ARG_TIMEOUT})
    endif()
    math(EXPR timeout "${timeout} * ${FAULTLINE_TEST_TIMEOUT_FACTOR}")
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${timeout}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=faultline.*.debug=false")
endfunction()
