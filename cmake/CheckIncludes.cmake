# cmake -DSOURCE_DIR=<src> -P CheckIncludes.cmake: fails, naming file and line, when an include
# crosses a layer the wrong way (docs/architecture.md, "Layers"). Run as the CTest test layers.includes.
set(rules
  # folder              | forbidden include pattern
  "core/util|\"core/(io|data|model|gis)/"
  "core/io|\"core/(data|model|gis)/"
  "core/data|\"core/(model|gis|sweep)/"
  "core/model|\"core/(gis|sweep)/"
  "core/gis|\"core/sweep/|<torch/|\"core/model/torch/"
  "core/gis/[A-Za-z]+\\.h$|<gdal|<ogr|<cpl_|\"core/gis/gdal/"
  "core/sweep|<torch/|\"core/model/torch/"
  "core|\"(gui|cli)/"
  "core|#include <Q"
  "core/model/[A-Za-z]+\\.h$|<torch/|\"core/model/torch/"
  "core/data|<torch/"
  "core/data/[A-Za-z]+\\.h$|<opencv2/|\"core/data/opencv/"
  "gui|<torch/|\"core/model/torch/|\"cli/|<gdal|<ogr|<cpl_|\"core/gis/gdal/|\"core/data/opencv/"
  "cli|<torch/|\"core/model/torch/|\"gui/|<gdal|<ogr|<cpl_|\"core/gis/gdal/|\"core/data/opencv/"
)
get_filename_component(SOURCE_DIR "${SOURCE_DIR}" ABSOLUTE)
file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR} ${SOURCE_DIR}/*.h ${SOURCE_DIR}/*.cpp)
set(errors 0)
foreach(file ${files})
  file(STRINGS ${SOURCE_DIR}/${file} lines REGEX "^#include")
  foreach(rule ${rules})
    string(FIND "${rule}" "|" bar)
    string(SUBSTRING "${rule}" 0 ${bar} folder)
    math(EXPR start "${bar} + 1")
    string(SUBSTRING "${rule}" ${start} -1 forbidden)
    if(NOT file MATCHES "^${folder}")
      continue()
    endif()
    foreach(line ${lines})
      if(line MATCHES "${forbidden}")
        message(SEND_ERROR "${file}: '${line}' is not allowed in ${folder}")
        math(EXPR errors "${errors} + 1")
      endif()
    endforeach()
  endforeach()
endforeach()
if(errors)
  message(FATAL_ERROR "${errors} include(s) cross a layer the wrong way")
endif()
message(STATUS "Includes follow the layers")
