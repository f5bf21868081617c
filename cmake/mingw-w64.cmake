# Cross-compiling for Windows x86-64 with Debian's mingw-w64 (scripts/build-windows). The posix thread model:
# GCC 12's win32 model has no std::thread. Libraries, headers and CMake packages are looked up only in
# mingw-w64's own root and in REGELWERK_WINDOWS_PREFIX, where the script installs what it builds, so
# nothing from the Linux system (/usr/include, /usr/lib) can slip into the Windows build.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 $ENV{REGELWERK_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
