# CLI conformance and end-to-end tests (included from tests/rules.cmake); the cases are in
# cli.sh, one ctest each. Needs: sh, and jq for the cases that parse output (they skip
# themselves without it).

add_executable(kz_slice_check "${CMAKE_CURRENT_LIST_DIR}/slice_check.c")
target_link_libraries(kz_slice_check PRIVATE PkgConfig::JANSSON)
kz_target_warnings(kz_slice_check)

set(kz_cli_sh "${CMAKE_CURRENT_LIST_DIR}/cli.sh")

# kz_cli_case(TEST-NAME CASE [ARG]): one case of cli.sh as ctest TEST-NAME.
function(kz_cli_case test case)
  kz_add_test(${test} cli sh "${kz_cli_sh}" $<TARGET_FILE:kzua> $<TARGET_FILE:kz_slice_check>
    "${KZ_TEST_TMP}" ${case} ${ARGN})
  set_tests_properties(${test} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endfunction()

# The commands are the cmd_<name>.c files, as the registry finds them; cli.list-commands
# checks that `kzua --list-commands` agrees.
file(GLOB kz_cmd_files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/cli/cmd_*.c")
set(kz_cmd_names "")
foreach(f IN LISTS kz_cmd_files)
  get_filename_component(stem "${f}" NAME_WE)
  string(REGEX REPLACE "^cmd_" "" cmd "${stem}")
  list(APPEND kz_cmd_names ${cmd})
  kz_cli_case(cli.help.${cmd} help ${cmd})
  kz_cli_case(cli.help-cmd.${cmd} help-cmd ${cmd})
  kz_cli_case(cli.bad-option.${cmd} bad-option ${cmd})
endforeach()
list(JOIN kz_cmd_names "," kz_cmd_list)
kz_cli_case(cli.list-commands list-commands "${kz_cmd_list}")

foreach(c no-command unknown-command unknown-global-option missing-file bad-format bad-from
    bad-doc-date missing-value write-failure output-unwritable output-file)
  kz_cli_case(cli.exit.${c} ${c})
endforeach()

foreach(c bad-files unreadable dir-loop binary utf16 empty invalid-utf8 stdin-dash stdin-pipe
    walk-sorted walk-symlinks line-ends)
  kz_cli_case(cli.input.${c} ${c})
endforeach()

foreach(f json jsonl tsv table)
  kz_cli_case(cli.format.${f} format ${f})
endforeach()
kz_cli_case(cli.turn-slices turn-slices)
kz_cli_case(cli.fact-slices fact-slices)
