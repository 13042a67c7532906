# Every user-visible string of the GUI has its German translation: lupdate reads the sources, as
# `ninja faultke_lupdate` does (the lupdate project qt_add_translations writes, with its include
# paths, so every string has the context the build gives it), into a copy of
# translations/faultke_de.ts (the file itself is left alone); any message it marks unfinished, new
# strings included, fails the check by name.
#
#   cmake -DSOURCE_DIR=... -DLUPDATE=... -DPROJECT_IN=... -DPROJECT_SCRIPT=... -DWORK_DIR=...
#         -P cmake/CheckTranslations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${SOURCE_DIR}/translations/faultke_de.ts" DESTINATION "${WORK_DIR}")
execute_process(
  COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json -P "${PROJECT_SCRIPT}"
  RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "could not write the lupdate project from ${PROJECT_IN} (${status}): ${output}")
endif()
execute_process(
  COMMAND "${LUPDATE}" -silent -project "${WORK_DIR}/project.json" -no-obsolete -locations none
          -ts "${WORK_DIR}/faultke_de.ts"
  RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${status}): ${output}")
endif()
file(READ "${WORK_DIR}/faultke_de.ts" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\""
       unfinished "${ts}")
cmake_policy(SET CMP0007 NEW)
list(LENGTH unfinished count)
if(count GREATER 0)
  set(names "")
  foreach(entry IN LISTS unfinished)
    string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${entry}")
    string(APPEND names "\n  ${source}")
  endforeach()
  message(FATAL_ERROR "${count} string(s) without a German translation (run `ninja faultke_lupdate`, "
                      "translate them in translations/faultke_de.ts):${names}")
endif()
message(STATUS "every string of src/gui has its German translation")
