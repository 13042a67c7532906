# cmake_minimum_required must name a CMake that has every feature the build uses: a build on the
# version it names fails otherwise, in the middle of configuring.
#   cmake -DSOURCE_DIR=... -P CheckMinimumVersion.cmake
file(READ "${SOURCE_DIR}/CMakeLists.txt" top)
string(REGEX MATCH "cmake_minimum_required\\(VERSION ([0-9.]+)\\)" _ "${top}")
set(minimum "${CMAKE_MATCH_1}")
file(GLOB_RECURSE files "${SOURCE_DIR}/CMakeLists.txt" "${SOURCE_DIR}/cmake/*.cmake" "${SOURCE_DIR}/src/*/CMakeLists.txt"
     "${SOURCE_DIR}/tests/CMakeLists.txt")
# feature -> the CMake version that introduced it
set(features "LINK_LIBRARY:WHOLE_ARCHIVE=3.24" "LINK_GROUP:=3.24" "cmake_path(=3.20" "block(=3.25")
foreach(file ${files})
  if(file MATCHES "CheckMinimumVersion.cmake$")
    continue()
  endif()
  file(READ "${file}" text)
  foreach(feature ${features})
    string(REPLACE "=" ";" pair "${feature}")
    list(GET pair 0 name)
    list(GET pair 1 since)
    string(FIND "${text}" "${name}" at)
    if(at GREATER -1 AND minimum VERSION_LESS since)
      message(FATAL_ERROR "${file} uses ${name} (CMake ${since}) but CMakeLists.txt asks for ${minimum}")
    endif()
  endforeach()
endforeach()
message(STATUS "cmake_minimum_required ${minimum} covers the features used")
