#!/bin/sh
# SPDX-License-Identifier: MIT
#
# CLI conformance and end-to-end cases, one ctest each (see cli_tests.cmake):
#
#     sh tests/cli/cli.sh KZUA SLICE_CHECK TMPDIR CASE [ARG]
#
# Run from the repository root. A case prints what it checked; on failure it
# says why on stderr and exits 1; exit 77 means "skipped" (ctest
# SKIP_RETURN_CODE), e.g. when jq is missing or a case cannot work as root.
set -u

KZUA=$1
SLICE_CHECK=$2
TMP=$3
CASE=$4
ARG=${5:-}
W="$TMP/cli-$CASE${ARG:+-$ARG}"
rm -rf "$W"
mkdir -p "$W"

CORPUS=corpus
ONE=$(ls "$CORPUS"/*.txt | head -n 1)

fail() {
    echo "FAIL [$CASE${ARG:+ $ARG}]: $*" >&2
    if [ -s "$W/err" ]; then
        echo "--- stderr of the last kzua run:" >&2
        head -n 20 "$W/err" >&2
    fi
    exit 1
}
skip() {
    echo "SKIP: $*"
    exit 77
}
need_jq() { command -v jq > /dev/null 2>&1 || skip "jq is not installed"; }

# run ARGS...: kzua's stdout, stderr and status go to $W/out, $W/err and $rc.
run() {
    "$KZUA" "$@" > "$W/out" 2> "$W/err"
    rc=$?
}
expect_rc() {
    [ "$rc" -eq "$1" ] || fail "expected exit status $1, got $rc (kzua $2)"
}
# stderr_has TEXT: stderr contains TEXT (fixed string).
stderr_has() {
    grep -F -q -e "$1" "$W/err" || fail "stderr does not mention '$1'"
}
# The bytes are UTF-8 (iconv refuses anything else); JSON must be.
valid_utf8() {
    iconv -f UTF-8 -t UTF-8 < "$1" > /dev/null 2>&1 || fail "$2 is not valid UTF-8"
}
# (speaker, role, text) of every turn, one JSON array a line.
turn_triples() {
    jq -c 'select(.type=="turn") | [.speaker, .role, .text]' "$1"
}

case "$CASE" in

# ---- help conformance, for every command -------------------------------------------------
help)
    run "$ARG" --help
    expect_rc 0 "$ARG --help"
    [ -s "$W/err" ] && fail "stderr is not empty"
    head -n 1 "$W/out" | grep -q -E "^Usage: kzua $ARG( |\$)" ||
        fail "stdout does not start with 'Usage: kzua $ARG': $(head -n 1 "$W/out")"
    ;;
help-cmd)
    run "$ARG" --help
    mv "$W/out" "$W/help1"
    run help "$ARG"
    expect_rc 0 "help $ARG"
    cmp -s "$W/help1" "$W/out" || fail "'kzua help $ARG' differs from 'kzua $ARG --help'"
    ;;
bad-option)
    run "$ARG" --no-such-option
    expect_rc 2 "$ARG --no-such-option"
    head -c "$(printf 'kzua %s:' "$ARG" | wc -c)" "$W/err" | grep -q -F "kzua $ARG:" ||
        fail "stderr does not start with 'kzua $ARG:': $(head -n 1 "$W/err")"
    ;;
list-commands)
    # the commands kzua lists are the cmd_*.c files the build found (ARG, comma-separated)
    run --list-commands
    expect_rc 0 "--list-commands"
    printf '%s\n' "$ARG" | tr ',' '\n' | sort > "$W/want"
    sort "$W/out" | cmp -s - "$W/want" ||
        fail "kzua --list-commands ($(tr '\n' ' ' < "$W/out")) != cmd_*.c files ($ARG)"
    ;;

# ---- exit statuses --------------------------------------------------------------------------
no-command)
    run
    expect_rc 2 "(no arguments)"
    ;;
unknown-command)
    run no-such-command
    expect_rc 2 "no-such-command"
    stderr_has "no-such-command"
    ;;
unknown-global-option)
    run --no-such-option
    expect_rc 2 "--no-such-option"
    ;;
missing-file)
    run extract "$W/no-such-file.txt"
    expect_rc 3 "extract (a missing file)"
    stderr_has "cannot"
    stderr_has "no-such-file.txt"
    ;;
bad-format)
    run extract --format nosuch "$ONE"
    expect_rc 2 "extract --format nosuch"
    stderr_has "nosuch"
    [ -s "$W/out" ] && fail "stdout is not empty"
    ;;
bad-from)
    run extract --from nosuch "$ONE"
    expect_rc 2 "extract --from nosuch"
    ;;
bad-doc-date)
    run extract --doc-date 2024-13-45 "$ONE"
    expect_rc 2 "extract --doc-date 2024-13-45"
    ;;
missing-value)
    run extract "$ONE" --format
    expect_rc 2 "extract FILE --format"
    ;;
write-failure)
    [ -w /dev/full ] || skip "no /dev/full"
    "$KZUA" extract "$ONE" > /dev/full 2> "$W/err"
    rc=$?
    expect_rc 4 "extract > /dev/full"
    stderr_has "cannot write"
    ;;
output-unwritable)
    run extract -o "$W/no/such/dir/out.json" "$ONE"
    expect_rc 4 "extract -o (a missing folder)"
    stderr_has "cannot"
    ;;
output-file)
    need_jq
    run extract -F jsonl -o "$W/file.jsonl" "$ONE"
    expect_rc 0 "extract -o FILE"
    [ -s "$W/out" ] && fail "stdout is not empty with -o"
    "$KZUA" extract -F jsonl "$ONE" > "$W/stdout.jsonl" 2> /dev/null
    cmp -s "$W/file.jsonl" "$W/stdout.jsonl" || fail "-o FILE differs from stdout"
    ;;

# ---- inputs ---------------------------------------------------------------------------------
bad-files)
    # one good file among a binary file, a UTF-16 file and a broken link followed with -L:
    # status 3, each bad one named, and the good file's output complete
    mkdir "$W/d"
    cp "$ONE" "$W/d/a-good.txt"
    printf 'Q: one\0two\n' > "$W/d/b-binary.txt"
    printf '\377\376Q\000:\000 \000h\000i\000?\000\n\000' > "$W/d/c-utf16.txt"
    ln -s no-such-target.txt "$W/d/d-broken.txt"
    run extract -F jsonl -L "$W/d"
    expect_rc 3 "extract -L (folder with bad files)"
    stderr_has "b-binary.txt"
    stderr_has "c-utf16.txt"
    stderr_has "d-broken.txt"
    "$KZUA" extract -F jsonl "$W/d/a-good.txt" > "$W/good.jsonl" 2> /dev/null
    cmp -s "$W/out" "$W/good.jsonl" || fail "the good file's output is not complete"
    ;;
unreadable)
    # chmod 000 does not stop root from reading
    [ "$(id -u)" -eq 0 ] && skip "running as root: chmod 000 does not stop reading"
    mkdir "$W/d"
    cp "$ONE" "$W/d/a-good.txt"
    cp "$ONE" "$W/d/b-locked.txt"
    chmod 000 "$W/d/b-locked.txt"
    run extract -F jsonl "$W/d"
    chmod 644 "$W/d/b-locked.txt"
    expect_rc 3 "extract (folder with an unreadable file)"
    stderr_has "b-locked.txt"
    "$KZUA" extract -F jsonl "$W/d/a-good.txt" > "$W/good.jsonl" 2> /dev/null
    cmp -s "$W/out" "$W/good.jsonl" || fail "the good file's output is not complete"
    ;;
dir-loop)
    # links back to the folder and to itself, followed with -L: reported, not walked forever
    mkdir -p "$W/d/sub"
    cp "$ONE" "$W/d/a.txt"
    ln -s .. "$W/d/sub/back"
    ln -s . "$W/d/self"
    run extract -F jsonl -L "$W/d"
    expect_rc 3 "extract -L (folder with a link loop)"
    stderr_has "loop"
    n=$(grep -c '"type": "document"' "$W/out")
    [ "$n" -eq 1 ] || fail "expected the one document once, got $n document records"
    ;;
binary)
    printf 'abc\0def\n' > "$W/bin.txt"
    run extract "$W/bin.txt"
    expect_rc 3 "extract (a binary file)"
    stderr_has "bin.txt"
    ;;
utf16)
    printf '\376\377\000Q\000:\000 \000h\000i\000?\000\n' > "$W/be.txt"
    run extract "$W/be.txt"
    expect_rc 3 "extract (a UTF-16 file)"
    stderr_has "be.txt"
    ;;
empty)
    need_jq
    : > "$W/empty.txt"
    run extract -F jsonl "$W/empty.txt"
    expect_rc 0 "extract (an empty file)"
    n=$(jq -c 'select(.type=="document")' "$W/out" | wc -l)
    [ "$n" -eq 1 ] || fail "expected one document record, got $n"
    ;;
invalid-utf8)
    need_jq
    printf 'Q: Is \377 a byte?\nA: It is \300\200 not one.\n' > "$W/bad.txt"
    run extract -F json "$W/bad.txt"
    expect_rc 0 "extract (invalid UTF-8)"
    stderr_has "bad.txt:1:"
    stderr_has "warning"
    jq -e . "$W/out" > /dev/null 2>&1 || fail "stdout is not valid JSON"
    valid_utf8 "$W/out" "stdout"
    ;;
stdin-dash)
    need_jq
    "$KZUA" extract -F jsonl - < "$ONE" > "$W/out" 2> "$W/err"
    rc=$?
    expect_rc 0 "extract -F jsonl - < FILE"
    "$KZUA" extract -F jsonl "$ONE" > "$W/file.jsonl" 2> /dev/null
    turn_triples "$W/out" > "$W/a"
    turn_triples "$W/file.jsonl" > "$W/b"
    [ -s "$W/a" ] || fail "no turns from stdin"
    cmp -s "$W/a" "$W/b" || fail "stdin gives other turns than the file"
    ;;
stdin-pipe)
    # no path at all, stdin a pipe
    cat "$ONE" | "$KZUA" extract -F jsonl > "$W/out" 2> "$W/err"
    rc=$?
    expect_rc 0 "cat FILE | extract -F jsonl"
    "$KZUA" extract -F jsonl - < "$ONE" > "$W/dash.jsonl" 2> /dev/null
    [ -s "$W/out" ] || fail "no output"
    cmp -s "$W/out" "$W/dash.jsonl" || fail "a pipe without a path differs from '-'"
    ;;
walk-sorted)
    # byte-wise order, subfolders in place, hidden entries and non-documents skipped
    need_jq
    mkdir -p "$W/d/m-sub" "$W/d/.hidden-dir"
    for f in b.txt a.txt B.txt 10.txt 9.txt m-sub/x.txt m-sub/a.md z.html .hidden.txt \
        .hidden-dir/c.txt notes.json; do
        printf 'Q: What is %s?\nA: A file.\n' "$f" > "$W/d/$f"
    done
    run extract -F jsonl "$W/d"
    expect_rc 0 "extract FOLDER"
    jq -r 'select(.type=="document") | .path' "$W/out" | sed "s|^$W/d/||" > "$W/got"
    printf '%s\n' 10.txt 9.txt B.txt a.txt b.txt m-sub/a.md m-sub/x.txt z.html > "$W/want"
    cmp -s "$W/got" "$W/want" ||
        fail "walk order: got $(tr '\n' ' ' < "$W/got"), want $(tr '\n' ' ' < "$W/want")"
    ;;
walk-symlinks)
    need_jq
    mkdir -p "$W/d" "$W/outside"
    printf 'Q: In?\nA: Yes.\n' > "$W/d/in.txt"
    printf 'Q: Out?\nA: Yes.\n' > "$W/outside/target.txt"
    ln -s ../outside/target.txt "$W/d/link.txt"
    ln -s ../outside "$W/d/linkdir"
    run extract -F jsonl "$W/d"
    expect_rc 0 "extract FOLDER (links not followed)"
    got=$(jq -r 'select(.type=="document") | .doc' "$W/out" | tr '\n' ' ')
    [ "$got" = "in.txt " ] || fail "without -L: got documents '$got', want 'in.txt '"
    run extract -F jsonl -L "$W/d"
    expect_rc 0 "extract -L FOLDER"
    got=$(jq -r 'select(.type=="document") | .path' "$W/out" | sed "s|^$W/d/||" | tr '\n' ' ')
    [ "$got" = "in.txt link.txt linkdir/target.txt " ] ||
        fail "with -L: got '$got', want 'in.txt link.txt linkdir/target.txt '"
    # a link named on the command line is read like any file
    run extract -F jsonl "$W/d/link.txt"
    expect_rc 0 "extract LINK"
    ;;
line-ends)
    # CRLF, CR-only and a BOM give the same turns as LF
    need_jq
    for f in "$CORPUS"/*.txt; do
        b=$(basename "$f")
        sed 's/$/\r/' "$f" > "$W/crlf-$b"
        printf '\357\273\277' > "$W/bom-$b"
        cat "$f" >> "$W/bom-$b"
        tr '\n' '\r' < "$f" > "$W/cr-$b"
        "$KZUA" extract -F jsonl "$f" > "$W/lf.jsonl" 2> /dev/null || fail "kzua failed on $f"
        turn_triples "$W/lf.jsonl" > "$W/lf"
        for v in crlf bom cr; do
            "$KZUA" extract -F jsonl "$W/$v-$b" > "$W/$v.jsonl" 2> /dev/null ||
                fail "kzua failed on $v-$b"
            turn_triples "$W/$v.jsonl" > "$W/$v"
            cmp -s "$W/lf" "$W/$v" || fail "$v input gives other turns than LF for $b"
        done
    done
    ;;

# ---- output formats -------------------------------------------------------------------------
format)
    run extract -F "$ARG" "$CORPUS"
    expect_rc 0 "extract -F $ARG corpus"
    [ -s "$W/out" ] || fail "no output"
    valid_utf8 "$W/out" "stdout"
    case "$ARG" in
    json)
        need_jq
        jq -e 'type == "array" and length > 0' "$W/out" > /dev/null 2>&1 ||
            fail "not a JSON array"
        ;;
    jsonl)
        need_jq
        n=$(wc -l < "$W/out")
        m=$(jq -c . "$W/out" | wc -l)
        [ "$n" -eq "$m" ] || fail "$n lines but $m JSON values"
        jq -e 'has("type") and has("doc")' "$W/out" | grep -q false && fail "a record lacks type/doc"
        ;;
    tsv)
        # every row has the header's number of cells
        awk -F '\t' 'NR == 1 { n = NF } NF != n { bad = 1 } END { exit bad }' "$W/out" ||
            fail "rows with another number of cells than the header"
        ;;
    esac
    ;;
turn-slices)
    # start/end of every turn index the original file: the slice begins with the turn's
    # first paragraph and ends with its last one (also for CRLF and BOM copies)
    need_jq
    mkdir "$W/c"
    for f in "$CORPUS"/*.txt; do
        b=$(basename "$f" .txt)
        cp "$f" "$W/c/$b.txt"
        sed 's/$/\r/' "$f" > "$W/c/$b-crlf.txt"
        { printf '\357\273\277'; cat "$f"; } > "$W/c/$b-bom.txt"
    done
    for dir in "$CORPUS" "$W/c"; do
        "$KZUA" extract "$dir" --format jsonl > "$W/all.jsonl" 2> "$W/err" ||
            fail "kzua extract $dir failed"
        jq -c 'select(.type=="turn")' "$W/all.jsonl" > "$W/turns.jsonl" || fail "jq failed"
        want=$(jq -s 'map(select(.type=="document") | .turn_count) | add' "$W/all.jsonl")
        got=$(wc -l < "$W/turns.jsonl")
        [ "$got" -eq "$want" ] || fail "$got turn records, the documents say $want"
        "$SLICE_CHECK" "$dir" < "$W/turns.jsonl" || fail "turn spans do not match the text"
    done
    ;;
fact-slices)
    # every date and figure, and every person and place mention, slices back to its text
    need_jq
    "$KZUA" extract "$CORPUS" --format jsonl > "$W/all.jsonl" 2> "$W/err" || fail "extract failed"
    jq -c 'select(.type=="date" or .type=="figure"),
           (select(.type=="person" or .type=="place") | .doc as $d
            | .spans[] | {type: "span", doc: $d, text: .text, start: .start, end: .end})' "$W/all.jsonl" > "$W/facts.jsonl"
    [ -s "$W/facts.jsonl" ] || fail "no facts"
    "$SLICE_CHECK" "$CORPUS" < "$W/facts.jsonl" || fail "fact spans do not match the text"
    ;;
*)
    echo "unknown case '$CASE'" >&2
    exit 2
    ;;
esac
echo "ok: $CASE${ARG:+ $ARG}"
exit 0
