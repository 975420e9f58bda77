# Applies the project's warning flags to a target.
function(tba_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
        -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(TBA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
