#!/bin/sh
# SPDX-License-Identifier: MIT
# End-to-end tests of the query commands: sh run.sh NAME, from the source
# root, with KZUA set to the binary. queries.cmake makes one ctest test of
# each "name)" case below (queries.NAME). Each case exits non-zero with a
# FAIL line when the output is not what it should be.
set -u
: "${KZUA:?set KZUA to the kzua binary}"
T=tests/queries/texts
SCHEMA=docs/schema.json
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
TAB=$(printf '\t')

fail() { echo "FAIL: $*" >&2; exit 1; }

# run STATUS ARGS...: run kzua, stdout to $tmp/out, stderr to $tmp/err, check the status
run() {
    want=$1
    shift
    "$KZUA" "$@" >"$tmp/out" 2>"$tmp/err"
    got=$?
    if [ "$got" != "$want" ]; then
        cat "$tmp/err" >&2
        fail "kzua $* exited $got, not $want"
    fi
}

# usage ARGS...: exit 2, one error line naming the command, then the Try line
usage() {
    cmd=$1
    run 2 "$@"
    [ -s "$tmp/out" ] && fail "kzua $*: usage error wrote to stdout"
    head -n 1 "$tmp/err" | grep -q "^kzua $cmd: " || fail "kzua $*: stderr does not start with 'kzua $cmd: '"
    grep -q "^Try 'kzua $cmd --help'\.\$" "$tmp/err" || fail "kzua $*: no Try line"
}

# check JQ-EXPR: every line of $tmp/out (JSON Lines) passes, and there is one at least
check() {
    [ -s "$tmp/out" ] || fail "no output for: $1"
    bad=$(jq -c "select(($1) | not)" "$tmp/out") || fail "jq failed on: $1"
    [ -z "$bad" ] || fail "records fail '$1': $(echo "$bad" | head -n 3)"
}

# all JQ-EXPR: the whole output slurped into an array passes
all() {
    jq -e -s "$1" "$tmp/out" >/dev/null || fail "output fails '$1': $(head -c 600 "$tmp/out")"
}

empty() { [ -s "$tmp/out" ] && fail "expected no output, got: $(head -n 3 "$tmp/out")"; return 0; }

# valid: every record of $tmp/out agrees with docs/schema.json
valid() {
    res=$(jq -nr --slurpfile schema "$SCHEMA" -f tests/queries/validate.jq "$tmp/out")
    echo "$res" | tail -n 1 | grep -q '^ok ' || fail "schema: $res"
}

# formats CMD ARGS...: every format works; json is one array, jsonl one object a line,
# tsv has a header row and as many rows as jsonl has records
formats() {
    run 0 "$@" -F jsonl
    n=$(wc -l <"$tmp/out")
    [ "$n" -gt 0 ] || fail "$*: no records"
    jq -e -s 'all(.[]; type == "object" and has("type"))' "$tmp/out" >/dev/null || fail "$*: jsonl"
    run 0 "$@" -F json
    jq -e "type == \"array\" and length == $n" "$tmp/out" >/dev/null || fail "$*: json is not an array of $n"
    valid
    run 0 "$@" -F tsv
    [ "$(wc -l <"$tmp/out")" -eq $((n + 1)) ] || fail "$*: tsv has not $n rows and a header"
    head -n 1 "$tmp/out" | grep -q "$TAB" || fail "$*: tsv header has no tab"
    run 0 "$@" -F table
    [ "$(wc -l <"$tmp/out")" -eq $((n + 1)) ] || fail "$*: table has not $n rows and a header"
    usage "$1" "$@" -F tei
}

case "${1:-}" in

# ---- facts ----
facts.help)
    run 0 facts --help
    head -n 1 "$tmp/out" | grep -q '^Usage: kzua facts ' || fail "help"
    ;;
facts.usage)
    usage facts --type dates corpus
    usage facts --role speaker corpus
    usage facts --since 2024-13 corpus
    usage facts --until yesterday corpus
    usage facts --match '(' corpus
    usage facts --no-such-option corpus
    usage facts --speaker
    ;;
facts.formats)
    formats facts corpus
    ;;
facts.missing-input)
    run 3 facts -F jsonl "$T/no-such-file.txt"
    grep -q "no-such-file" "$tmp/err" || fail "the missing file is not named"
    ;;
facts.order)
    # documents in walk order; within one, by position (an entity at its first mention)
    run 0 facts -F jsonl corpus
    all '[.[] | {doc, pos: (if .spans then ([.spans[].start] | min) else .start end)}]
         | . as $r | all(range(1; length); ($r[. - 1] | [.doc, .pos]) <= ($r[.] | [.doc, .pos]))'
    ;;
facts.types)
    run 0 facts -F jsonl --type figure,date corpus
    check '.type == "figure" or .type == "date"'
    run 0 facts -F jsonl -t person corpus
    check '.type == "person"'
    ;;
facts.unit-class)
    run 0 facts -F jsonl --unit USD corpus
    check '.type == "figure" and .unit == "USD"'
    all 'any(.[]; .value == 411800000) and any(.[]; .value == 410000000)'
    run 0 facts -F jsonl --class mass,people corpus
    check '.type == "figure" and (.class == "mass" or .class == "people")'
    ;;
facts.since-until)
    # a date passes when its span overlaps the range: 2022/2024 passes 2024
    run 0 facts -F jsonl --type date --since 2024 --until 2024 corpus
    check '.value != null and (.value | split("/") | (.[0][0:4] <= "2024") and (.[-1][0:4] >= "2024"))'
    all 'any(.[]; .value == "2022/2024")'
    # a figure passes on the dates of its sentence: "$411.8 million" (last year = 2024)
    run 0 facts -F jsonl --type figure --since 2024-01 --until 2024-12-31 corpus
    all 'any(.[]; .value == 411800000)'
    check '.type == "figure"'
    run 0 facts -F jsonl --since 1700 --until 1701 corpus
    empty
    ;;
facts.speaker-role)
    run 0 facts -F jsonl --speaker 'viktor maiko' --type figure corpus
    check '.speaker == "Viktor Maiko"'
    run 0 facts -F jsonl --role interviewer --type date corpus
    check '.role == "interviewer"'
    ;;
facts.doc)
    run 0 facts -F jsonl --doc interview.txt "$T"
    check '.doc == "interview.txt"'
    ;;
facts.person-place)
    run 0 facts -F jsonl --place Chisinau --type figure,date "$T/interview.txt"
    check '.sentence | test("Chisinau")'
    all 'map(.text) | index("$84.5 million") != null and index("150 tons") != null'
    run 0 facts -F jsonl --person 'ion popescu' --type figure "$T/interview.txt"
    empty
    run 0 facts -F jsonl --person 'Ion Popescu' --type person,place "$T/interview.txt"
    all 'map(.id) | sort == ["Ion Popescu", "Tbilisi"]'
    ;;
facts.match)
    run 0 facts -F jsonl --match '(?i)\btonn?e?s\b' --type figure corpus
    check '.sentence | test("\\b[Tt][Oo][Nn]")'
    all 'map(.text) | index("over 530 tonnes") != null'
    run 0 facts -F jsonl --match 'no such words anywhere' corpus
    empty
    ;;
facts.own-text)
    run 0 facts -F tsv --type figure "$T/interview.txt"
    [ "$(cut -f 5 "$tmp/out" | sed 1d | tr '\n' '|')" = '$84.5 million|150 tons|' ] ||
        fail "figures of interview.txt: $(cat "$tmp/out")"
    ;;
facts.empty-text)
    run 0 facts -F jsonl --type date,figure "$T/empty.txt"
    empty
    ;;

# ---- timeline ----
timeline.help)
    run 0 timeline --help
    head -n 1 "$tmp/out" | grep -q '^Usage: kzua timeline ' || fail "help"
    ;;
timeline.usage)
    usage timeline --since 20 corpus
    usage timeline --role x corpus
    usage timeline --undated --no-undated corpus
    usage timeline --bogus corpus
    ;;
timeline.formats)
    formats timeline corpus
    ;;
timeline.order)
    run 0 timeline -F jsonl corpus
    check '.type == "event" and (.placed == (.from != null))'
    # placed events in calendar order, then the unplaced
    all '(map(.placed) | . == sort_by(. | not)) and
         ([.[] | select(.placed) | .from] | . == sort)'
    # a range stands at its start
    all 'any(.[]; .value == "2022/2024" and .from == "2022-01-01" and .to == "2024-12-31")'
    ;;
timeline.undated)
    run 0 timeline -F jsonl --undated corpus
    check '.placed == false and .value == null'
    run 0 timeline -F jsonl --no-undated corpus
    check '.placed == true'
    ;;
timeline.own-text)
    # the text names 2020, March 2021, 2019 and its own date 3 June 2021, in another order
    run 0 timeline -F tsv "$T/interview.txt"
    [ "$(cut -f 2 "$tmp/out" | sed 1d | tr '\n' ' ')" = '2019 2020 2020 2021-03 2021-06-03 ' ] ||
        fail "timeline of interview.txt: $(cat "$tmp/out")"
    # undated: "last year" cannot be placed without the document's date
    run 0 timeline -F jsonl --doc-date 2021-06-03 --since 2021 "$T/interview.txt"
    check '.from >= "2021"'
    ;;
timeline.empty)
    run 0 timeline -F jsonl "$T/empty.txt"
    empty
    run 0 timeline -F jsonl --since 1600 --until 1600 corpus
    empty
    ;;

# ---- claims ----
claims.help)
    run 0 claims --help
    head -n 1 "$tmp/out" | grep -q '^Usage: kzua claims ' || fail "help"
    ;;
claims.usage)
    usage claims --min-spread 2 corpus
    usage claims --min-spread x corpus
    usage claims --nope corpus
    ;;
claims.formats)
    # table and tsv have a row per member: --flat gives json the same records
    formats claims --flat corpus
    run 0 claims -F json corpus
    valid
    all '.[0] | all(.[]; .type == "claim")'
    ;;
claims.own-texts)
    # one year's trade as three amounts, aid tonnage as three weights (docs/claims.md)
    run 0 claims -F jsonl --doc-date 2021-06-01 "$T"/claims-a.txt "$T"/claims-b.txt "$T"/claims-c.txt
    all 'length == 2'
    all 'any(.[]; .head == "trade" and .unit == "USD" and .period == "2020" and .sources == 3
                  and ([.members[].value] == [84500000, 91000000, 86000000]) and .spread == 0.071)'
    all 'any(.[]; .head == "aid" and .unit == "t" and .period == null
                  and ([.members[].value] == [120, 150, 100])
                  and (.members[2].part_of == "$1 million") and .spread == 0.333)'
    valid
    ;;
claims.all)
    run 0 claims -F jsonl --all --doc-date 2021-06-01 "$T"/claims-a.txt "$T"/claims-b.txt "$T"/claims-c.txt
    all 'length == 6'
    all 'any(.[]; .head == "trade" and .period == "past" and .min == 300000000)'
    all 'any(.[]; .head == "trade" and .period == "2019" and .sources == 1)'
    # groups by sources, most first
    all 'map(.sources) | . == (sort | reverse)'
    ;;
claims.corpus)
    run 0 claims -F jsonl corpus
    valid
    # one year's trade turnover as two amounts
    all 'any(.[]; .head == "trade" and .unit == "USD" and .period == "2024"
                  and ([.members[].value] | index(411800000) != null and index(410000000) != null))'
    # aid tonnage as several weights
    all 'any(.[]; .head == "aid" and .unit == "t"
                  and ([.members[].value] | contains([530, 500, 45, 40])))'
    # a population given twice
    all 'any(.[]; .head == "ukrainian" and .unit == "person"
                  and ([.members[].value] | contains([373000, 400000])))'
    check '.sources >= 2'
    ;;
claims.min-spread)
    run 0 claims -F jsonl --min-spread 0.001 corpus
    check '.spread >= 0.001'
    run 0 claims -F jsonl --what trade --unit USD corpus
    check '.head == "trade" and .unit == "USD"'
    ;;
claims.tsv-sort-cut)
    # tsv: one row per member; the heads of the groups, sorted, through cut and sort
    run 0 claims -F tsv corpus
    head -n 1 "$tmp/out" | cut -f 1-4 | grep -q "^group${TAB}head${TAB}unit${TAB}period\$" ||
        fail "tsv header: $(head -n 1 "$tmp/out")"
    heads=$(sed 1d "$tmp/out" | cut -f 2 | sort -u | tr '\n' ' ')
    for h in aid trade ukrainian; do
        case " $heads" in *" $h "*) ;; *) fail "no group '$h' in: $heads" ;; esac
    done
    # the two trade amounts of 2024, sorted numerically on the value column
    vals=$(sed 1d "$tmp/out" | awk -F "$TAB" '$2 == "trade" && $4 == "2024" { print $6 }' | sort -n |
           tr '\n' ' ')
    [ "$vals" = "410000000 411800000 " ] || fail "trade 2024 values: $vals"
    ;;
claims.empty)
    run 0 claims -F jsonl "$T/empty.txt"
    empty
    run 0 claims -F jsonl --doc-date 2021-06-01 "$T/claims-a.txt"
    empty
    ;;

# ---- grep ----
grep.help)
    run 0 grep --help
    head -n 1 "$tmp/out" | grep -q '^Usage: kzua grep ' || fail "help"
    ;;
grep.usage)
    usage grep
    usage grep 'trade(' corpus
    usage grep --context -1 trade corpus
    usage grep --context x trade corpus
    usage grep --role nobody trade corpus
    ;;
grep.formats)
    formats grep -i trade corpus
    ;;
grep.kwic)
    run 0 grep -F jsonl -w trade corpus
    check '.match == "trade" and (.left | length) <= 40 and (.right | length) <= 40'
    check '(.left | test("[[:alnum:]]$") | not) and (.right | test("^[[:alnum:]]") | not)'
    run 0 grep -F jsonl -C 5 -i -w TRADE corpus
    check '(.match | ascii_downcase) == "trade" and (.left | length) <= 5 and (.right | length) <= 5'
    ;;
grep.icase)
    run 0 grep -F jsonl Trade corpus
    n1=$(wc -l <"$tmp/out")
    run 0 grep -F jsonl -i trade corpus
    n2=$(wc -l <"$tmp/out")
    [ "$n2" -gt "$n1" ] || fail "-i found $n2, without it $n1"
    ;;
grep.speaker-role)
    run 0 grep -F jsonl --speaker 'VIKTOR MAIKO' -i ukrain corpus
    check '.speaker == "Viktor Maiko"'
    run 0 grep -F jsonl --role interviewer -i ukrain corpus
    check '.role == "interviewer"'
    ;;
grep.count)
    run 0 grep -F jsonl --count -i ukrain corpus
    check '.type == "count" and .matches >= .turns and .turns >= 1'
    all 'map(.matches) | . == (sort | reverse)'
    # the counts add up to the matches
    total=$(jq -s 'map(.matches) | add' "$tmp/out")
    run 0 grep -F jsonl -i ukrain corpus
    [ "$(wc -l <"$tmp/out")" -eq "$total" ] || fail "count total $total"
    ;;
grep.aligned)
    # in a table the matches line up in one column
    run 0 grep -F table -C 12 -i 'trade|aid' "$T/interview.txt"
    col=$(head -n 1 "$tmp/out" | awk '{ print index($0, "match") }')
    sed 1d "$tmp/out" | awk -v c="$col" '{ m = tolower(substr($0, c, 5)); if (m != "trade" && substr(m, 1, 3) != "aid") exit 1 }' ||
        fail "matches not aligned: $(cat "$tmp/out")"
    [ "$(wc -l <"$tmp/out")" -eq 8 ] || fail "expected 7 matches: $(cat "$tmp/out")"
    ;;
grep.own-text)
    run 0 grep -F jsonl -w aid "$T/interview.txt"
    all 'length == 3 and .[0].speaker == "Q" and .[0].role == "interviewer"'
    run 0 grep -F jsonl -w aid --speaker 'nino beridze' "$T/interview.txt"
    all 'length == 2 and all(.[]; .speaker == "Nino Beridze" and .doc == "interview.txt")'
    all '.[0].left == "We sent 150 tons of humanitarian " and .[0].right == " to Chisinau in 2019. Trade matters, and"'
    ;;
grep.none)
    run 0 grep -F jsonl 'no such phrase' corpus
    empty
    run 0 grep -F jsonl --count 'no such phrase' corpus
    empty
    run 0 grep -F jsonl trade "$T/empty.txt"
    empty
    ;;

# ---- people, places ----
people.help)
    run 0 people --help
    head -n 1 "$tmp/out" | grep -q '^Usage: kzua people ' || fail "help"
    ;;
people.usage)
    usage people --with '' corpus
    usage people --official=yes corpus
    usage people --country KZ corpus
    ;;
people.formats)
    formats people corpus
    ;;
people.corpus)
    run 0 people -F jsonl corpus
    check '.type == "person_summary" and .mentions >= 1 and (.documents | length) >= 1 and .with == null'
    # one row per id, most mentioned first
    all 'map(.id) | length == (unique | length)'
    all '. as $r | all(range(1; length); $r[. - 1].mentions >= $r[.].mentions)'
    all 'any(.[]; (.documents | length) >= 3)'
    ;;
people.filters)
    run 0 people -F jsonl --official corpus
    check '.official == true'
    run 0 people -F jsonl --doc interview.txt "$T"
    check '.documents == ["interview.txt"]'
    all 'map(.id) | sort == ["Ion Popescu", "Nino Beridze"]'
    ;;
people.with)
    run 0 people -F jsonl --with Tbilisi "$T/interview.txt"
    all 'length == 1 and .[0].id == "Ion Popescu" and .[0].with == 1 and .[0].speakers == ["Nino Beridze"]'
    run 0 people -F jsonl --with 'no such id' corpus
    empty
    ;;
places.help)
    run 0 places --help
    head -n 1 "$tmp/out" | grep -q '^Usage: kzua places ' || fail "help"
    ;;
places.usage)
    usage places --country 123 corpus
    usage places --country KAZ corpus
    usage places --official corpus
    ;;
places.formats)
    formats places corpus
    ;;
places.country)
    run 0 places -F jsonl --country ua corpus
    check '.country == "UA"'
    run 0 places -F jsonl --country ZZ corpus
    empty
    ;;
places.with)
    # places named in the turns that name a person (Chisinau twice, Tbilisi once)
    run 0 places -F jsonl --with 'Ion Popescu' "$T/interview.txt"
    all 'map(.country) == ["MD", "GE"] and .[0].forms == ["Chisinau"] and .[1].id == "Tbilisi"'
    run 0 places -F jsonl --with Tbilisi "$T/interview.txt"
    all 'map(.id) | index("Tbilisi") == null'
    ;;
places.empty)
    run 0 places -F jsonl "$T/empty.txt"
    empty
    ;;

# ---- schema ----
schema.extract)
    run 0 extract -F jsonl corpus "$T"
    valid
    ;;
schema.others)
    for args in "turns corpus" "stats corpus" "facts corpus $T" "timeline corpus" "claims --all corpus $T" \
        "claims --flat corpus" "grep -i ukrain corpus" "grep -c -i ukrain corpus" "people corpus" \
        "people --with Kyiv corpus" "places corpus" "places --with Kazakhstan corpus"; do
        # shellcheck disable=SC2086
        run 0 $args -F jsonl
        valid
    done
    ;;
schema.rejects)
    # the validator is not a yes-man
    printf '{"type": "match", "doc": 1}\n{"type": "nothing"}\n' >"$tmp/out"
    res=$(jq -nr --slurpfile schema "$SCHEMA" -f tests/queries/validate.jq "$tmp/out")
    echo "$res" | tail -n 1 | grep -q '^FAILED' || fail "bad records passed: $res"
    ;;

*)
    fail "unknown test '${1:-}'"
    ;;
esac
exit 0
