# SPDX-License-Identifier: MIT
# End-to-end tests of facts, timeline, claims, grep, people and places, the
# JSON Schema and the man page. Include this file from tests/CMakeLists.txt;
# it needs only the kzua target, sh and jq.
#
# Every "name)" case of run.sh becomes the ctest test queries.<name>, so
# adding a case adds a test (re-run cmake). Run them with
#   ctest -R '^queries\.' --output-on-failure

set(kzq_dir "${CMAKE_CURRENT_LIST_DIR}")
set(kzq_env "LC_ALL=C;TZ=UTC;ASAN_OPTIONS=detect_leaks=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
if(DEFINED KZ_TEST_ENV)
  set(kzq_env "${KZ_TEST_ENV}")
endif()

find_program(KZQ_JQ jq)
find_program(KZQ_SH sh)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${kzq_dir}/run.sh")

if(NOT KZQ_JQ OR NOT KZQ_SH)
  message(STATUS "queries tests: jq or sh not found, only the man page test is added")
else()
  file(STRINGS "${kzq_dir}/run.sh" kzq_cases REGEX "^[a-z]+\\.[a-z0-9-]+\\)$")
  foreach(case IN LISTS kzq_cases)
    string(REGEX REPLACE "\\)$" "" name "${case}")
    add_test(NAME queries.${name} COMMAND "${KZQ_SH}" "${kzq_dir}/run.sh" "${name}")
    set_tests_properties(queries.${name} PROPERTIES
      LABELS "queries"
      WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
      ENVIRONMENT "${kzq_env};KZUA=$<TARGET_FILE:kzua>")
  endforeach()
endif()

add_test(NAME queries.man.agrees-with-help
  COMMAND "${CMAKE_COMMAND}" "-DKZUA=$<TARGET_FILE:kzua>" "-DMAN=${PROJECT_SOURCE_DIR}/docs/kzua.1"
          -P "${kzq_dir}/man.cmake")
set_tests_properties(queries.man.agrees-with-help PROPERTIES
  LABELS "queries" ENVIRONMENT "${kzq_env}")
