# faultline_set_warnings(TARGET): the project's warning flags on one target.
function(faultline_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(FAULTLINE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
