# A command-line build for a machine without a display (a cluster node) configures with no Qt at
# all: Qt is forbidden to find_package, and the GUI and the Qt Test suites are off.
#   cmake -DSOURCE_DIR=... -DBINARY_DIR=... -DGENERATOR=... -DTORCH_DIR=... -P CheckCliOnlyConfigure.cmake
file(REMOVE_RECURSE "${BINARY_DIR}")
execute_process(
  COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${BINARY_DIR}" -G "${GENERATOR}"
          -DFAULTKE_BUILD_GUI=OFF -DFAULTKE_BUILD_TESTS=OFF
          -DCMAKE_DISABLE_FIND_PACKAGE_Qt6=ON -DCMAKE_DISABLE_FIND_PACKAGE_QCustomPlotQt6=ON
          "-DTorch_DIR=${TORCH_DIR}"
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
file(REMOVE_RECURSE "${BINARY_DIR}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "a CLI-only configure failed:\n${output}")
endif()
message(STATUS "a CLI-only build configures without Qt")
