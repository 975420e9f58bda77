# Applies the project's warning flags to a target.
function(tba_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
        -Wno-sign-conversion -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        # Qt's qCWarning(category) << ... expands to a variadic macro with no arguments.
        target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(TBA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
