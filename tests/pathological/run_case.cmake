# One pathological input, generated at test time (so nothing large sits in the repository),
# run through the whole pipeline:
#
#   cmake -DKZUA=path/to/kzua -DCASE=many-q-lines -DDIR=scratch -P run_case.cmake
#
# The run must end (ctest's TIMEOUT guards against a hang; regex backtracking is the usual
# risk) with status 0, or 3 when a resource limit stopped the file, and without a sanitizer
# report. cmark's pathological_tests.py is the model.
cmake_minimum_required(VERSION 3.25)
foreach(v KZUA CASE DIR)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "run_case.cmake: -D${v}=... is required")
  endif()
endforeach()

set(ext txt)
if(CASE STREQUAL "many-q-lines")
  # 100,000 question labels, no answers
  string(REPEAT "Q: Why?\n" 100000 body)
elseif(CASE STREQUAL "no-newline")
  # 5 MB of words and no line break: one block, one sentence
  string(REPEAT "words and " 500000 body)
elseif(CASE STREQUAL "near-miss-dates")
  # 50,000 numbers that look like parts of dates: 12 12 12 ...
  string(REPEAT "12 " 50000 body)
  string(REPEAT "12 May 12 12, 2014 13 13 13 1999 2000 " 2000 more)
  string(APPEND body "\n\n${more}\n")
elseif(CASE STREQUAL "html-nested")
  set(ext html)
  string(REPEAT "<div>" 10000 open)
  string(REPEAT "</div>" 10000 close)
  string(REPEAT "<b><i>" 5000 bopen)
  set(body "<html><body><p>Q: Before?</p>${open}<p>deep text</p>${close}${bopen}x\n</body></html>")
elseif(CASE STREQUAL "digits-and-commas")
  # one turn made of digits and commas
  string(REPEAT "1,234," 100000 digits)
  set(body "Q: How many?\nA: ${digits}5\n")
elseif(CASE STREQUAL "many-speakers")
  # 20,000 turns, each with its own speaker label
  set(body "")
  foreach(i RANGE 1 20000)
    string(APPEND body "Speaker${i}: Line ${i} of the hearing.\n")
  endforeach()
elseif(CASE STREQUAL "long-label-run")
  # a line of 200,000 colons and capitals: label parsing must stay linear
  string(REPEAT "MR. A: " 30000 labels)
  string(REPEAT "*" 100000 stars)
  set(body "${labels}\n${stars}\n**${stars}x\n")
else()
  message(FATAL_ERROR "unknown case '${CASE}'")
endif()

file(MAKE_DIRECTORY "${DIR}")
set(input "${DIR}/${CASE}.${ext}")
file(WRITE "${input}" "${body}")
string(LENGTH "${body}" bytes)

string(TIMESTAMP t0 "%s")
execute_process(COMMAND "${KZUA}" extract -F jsonl "${input}"
  OUTPUT_FILE "${DIR}/${CASE}.out" ERROR_VARIABLE err RESULT_VARIABLE rc)
string(TIMESTAMP t1 "%s")
math(EXPR secs "${t1} - ${t0}")
message(STATUS "${CASE}: ${bytes} bytes, exit ${rc}, about ${secs} s")
file(REMOVE "${input}")

if(err MATCHES "Sanitizer|runtime error")
  message(FATAL_ERROR "${CASE}: sanitizer report:\n${err}")
endif()
if(NOT (rc STREQUAL "0" OR rc STREQUAL "3"))
  message(FATAL_ERROR "${CASE}: exit status ${rc}\n${err}")
endif()
file(SIZE "${DIR}/${CASE}.out" outsize)
if(rc STREQUAL "0" AND outsize EQUAL 0)
  message(FATAL_ERROR "${CASE}: no output")
endif()
file(REMOVE "${DIR}/${CASE}.out")
