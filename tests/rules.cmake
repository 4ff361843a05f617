# The test harness beyond the per-module unit tests (included by tests/CMakeLists.txt):
# spec files, CLI conformance, goldens, fuzz replay, pathological inputs and the benchmark.
# Every test is discovered by glob or generated from a list, and every test runs with
# LC_ALL=C and TZ=UTC (KZ_TEST_ENV) from the repository root.
#
# Labels: unit spec golden cli fuzz slow. `ctest -L cli`, `ctest -R golden.corpus`.

set(KZ_TESTS "${CMAKE_CURRENT_SOURCE_DIR}")
set(KZ_ROOT "${PROJECT_SOURCE_DIR}")
# scratch space for tests that build files (folders with bad files, pathological inputs)
set(KZ_TEST_TMP "${CMAKE_CURRENT_BINARY_DIR}/tmp")
file(MAKE_DIRECTORY "${KZ_TEST_TMP}")

# kz_test(NAME LABELS... COMMAND ...): a test with the pinned environment.
function(kz_add_test name labels)
  add_test(NAME ${name} COMMAND ${ARGN})
  set_tests_properties(${name} PROPERTIES LABELS "${labels}" ENVIRONMENT "${KZ_TEST_ENV}"
    WORKING_DIRECTORY "${KZ_ROOT}")
endfunction()

# ---- spec files: one ctest per tests/spec/<name>.spec, run through the whole pipeline ----
add_executable(spec_runner "${KZ_TESTS}/spec/spec_runner.c")
target_link_libraries(spec_runner PRIVATE kzua_core)
file(GLOB spec_files CONFIGURE_DEPENDS "${KZ_TESTS}/spec/*.spec")
foreach(spec IN LISTS spec_files)
  get_filename_component(name "${spec}" NAME_WE)
  file(RELATIVE_PATH rel "${KZ_ROOT}" "${spec}")
  kz_add_test(spec.${name} spec $<TARGET_FILE:spec_runner> "${rel}")
endforeach()

# ---- CLI conformance and end-to-end cases ----
if(TARGET kzua)
  include("${KZ_TESTS}/cli/cli_tests.cmake")
endif()
