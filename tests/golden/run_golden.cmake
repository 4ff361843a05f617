# Run one golden case in CMake script mode (no Python or Perl needed):
#
#   cmake -DKZUA=path/to/kzua -DEXPECTED=tests/golden/x/case.out
#         (-DCMDLINE="extract --format jsonl corpus/a.txt" | -DARGS_FILE=tests/golden/x/case.args)
#         -P tests/golden/run_golden.cmake
#
# Runs kzua with the arguments (split like a shell would, no expansion) from the current
# directory (the repository root), then compares stdout byte for byte with EXPECTED, the
# exit status with <case>.rc (0 if there is none) and, if <case>.err exists, stderr with it.
# On a mismatch the new output is left beside the expected file as EXPECTED.new (and
# .err.new / .rc.new) for a diff. With the environment variable KZ_UPDATE_GOLDEN=1 the
# expected files are rewritten instead, and the test passes:
#
#   KZ_UPDATE_GOLDEN=1 ctest -L golden
#
# then review the diff in the commit like any code change.
cmake_minimum_required(VERSION 3.25)

foreach(v KZUA EXPECTED)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "run_golden.cmake: -D${v}=... is required")
  endif()
endforeach()
if(DEFINED ARGS_FILE)
  file(READ "${ARGS_FILE}" CMDLINE)
  string(STRIP "${CMDLINE}" CMDLINE)
endif()
if(NOT DEFINED CMDLINE)
  message(FATAL_ERROR "run_golden.cmake: give -DCMDLINE=... or -DARGS_FILE=...")
endif()
separate_arguments(args UNIX_COMMAND "${CMDLINE}")

# <case>.out -> <case>; corpus goldens (<stem>.jsonl) have no .rc or .err
string(REGEX REPLACE "\\.[^./]*$" "" case "${EXPECTED}")
set(rc_file "${case}.rc")
set(err_file "${case}.err")

execute_process(COMMAND "${KZUA}" ${args}
  OUTPUT_FILE "${EXPECTED}.new"
  ERROR_FILE "${err_file}.new"
  RESULT_VARIABLE rc)

set(want_rc 0)
if(EXISTS "${rc_file}")
  file(READ "${rc_file}" want_rc)
  string(STRIP "${want_rc}" want_rc)
endif()

if("$ENV{KZ_UPDATE_GOLDEN}" STREQUAL "1")
  file(RENAME "${EXPECTED}.new" "${EXPECTED}")
  if(EXISTS "${err_file}")
    file(RENAME "${err_file}.new" "${err_file}")
  else()
    file(REMOVE "${err_file}.new")
  endif()
  if(NOT rc STREQUAL "0" OR EXISTS "${rc_file}")
    file(WRITE "${rc_file}" "${rc}\n")
  endif()
  message(STATUS "updated ${EXPECTED} (kzua ${CMDLINE}: exit ${rc})")
  return()
endif()

set(problems "")
if(NOT EXISTS "${EXPECTED}")
  list(APPEND problems "no expected output ${EXPECTED}: make it with KZ_UPDATE_GOLDEN=1")
else()
  execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${EXPECTED}" "${EXPECTED}.new"
    RESULT_VARIABLE differ)
  if(differ)
    list(APPEND problems "stdout differs: diff -u ${EXPECTED} ${EXPECTED}.new")
  else()
    file(REMOVE "${EXPECTED}.new")
  endif()
endif()
if(EXISTS "${err_file}")
  execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${err_file}" "${err_file}.new"
    RESULT_VARIABLE differ)
  if(differ)
    list(APPEND problems "stderr differs: diff -u ${err_file} ${err_file}.new")
  else()
    file(REMOVE "${err_file}.new")
  endif()
else()
  file(REMOVE "${err_file}.new")
endif()
if(NOT rc STREQUAL want_rc)
  list(APPEND problems "exit status ${rc}, expected ${want_rc}")
  file(WRITE "${rc_file}.new" "${rc}\n")
else()
  file(REMOVE "${rc_file}.new")
endif()

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "golden case kzua ${CMDLINE}:\n  ${text}\n"
    "If the change is intended: KZ_UPDATE_GOLDEN=1 ctest -L golden, and review the diff.")
endif()
