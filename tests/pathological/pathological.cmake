# Pathological inputs (included from tests/rules.cmake): one ctest slow.<case> each, with a
# TIMEOUT. Labelled slow; they run by default because each takes a few seconds even under
# the sanitizers. `ctest -LE slow` leaves them out.
foreach(case many-q-lines no-newline near-miss-dates html-nested digits-and-commas
    many-speakers long-label-run)
  kz_add_test(slow.${case} slow "${CMAKE_COMMAND}" -DKZUA=$<TARGET_FILE:kzua> -DCASE=${case}
    -DDIR=${KZ_TEST_TMP}/pathological -P "${CMAKE_CURRENT_LIST_DIR}/run_case.cmake")
  set_tests_properties(slow.${case} PROPERTIES TIMEOUT 30)
endforeach()
