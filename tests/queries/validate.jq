# Validate kzua records against docs/schema.json, with the subset of JSON
# Schema 2020-12 that the schema uses: $ref (to #/$defs/...), type, const,
# enum, pattern, minimum, maximum, required, properties,
# additionalProperties: false, items, oneOf.
#   kzua facts -F jsonl corpus | jq -nr --slurpfile schema docs/schema.json -f validate.jq
# Input: records one per line, or JSON arrays of records (--format json).
# Prints "ok N records", or each error and then "FAILED: ...".

def resolve($root):
  if type == "object" and has("$ref") then $root["$defs"][.["$ref"] | ltrimstr("#/$defs/")]
  else . end;

def jtype:
  type as $t | if $t == "number" and . == floor then "integer" else $t end;

def type_ok($types):
  jtype as $jt
  | ($types | if type == "array" then . else [.] end)
  | any(. == $jt or (. == "number" and $jt == "integer"));

def errors($s0; $root; $path):
  ($s0 | resolve($root)) as $s
  | . as $v
  | (if ($s | has("type")) and ($v | type_ok($s.type) | not)
     then "\($path): \($v | jtype) where \($s.type | tostring) is wanted" else empty end),
    (if ($s | has("const")) and $v != $s.const
     then "\($path): \($v | tostring) is not \($s.const | tostring)" else empty end),
    (if ($s | has("enum")) and (any($s.enum[]; . == $v) | not)
     then "\($path): \($v | tostring) is not one of \($s.enum | tostring)" else empty end),
    (if ($s | has("pattern")) and ($v | type) == "string" and ($v | test($s.pattern) | not)
     then "\($path): \($v) does not match \($s.pattern)" else empty end),
    (if ($s | has("minimum")) and ($v | type) == "number" and $v < $s.minimum
     then "\($path): \($v) is below \($s.minimum)" else empty end),
    (if ($s | has("maximum")) and ($v | type) == "number" and $v > $s.maximum
     then "\($path): \($v) is above \($s.maximum)" else empty end),
    (if ($v | type) == "object" then
       (($s.required // [])[] as $k
        | if ($v | has($k)) then empty else "\($path): no field \($k)" end),
       ($v | to_entries[] | .key as $k | .value as $x
        | if (($s.properties // {}) | has($k)) then $x | errors($s.properties[$k]; $root; "\($path).\($k)")
          elif $s.additionalProperties == false then "\($path): field \($k) is not in the schema"
          else empty end)
     else empty end),
    (if ($v | type) == "array" and ($s | has("items")) then
       range(0; $v | length) as $i | $v[$i] | errors($s.items; $root; "\($path)[\($i)]")
     else empty end),
    (if ($s | has("oneOf")) then
       ([$s.oneOf[] as $alt | [$v | errors($alt; $root; $path)] | length == 0] | map(select(.)) | length) as $n
       | if $n == 1 then empty
         else "\($path): \($n) of the oneOf alternatives match",
              # the alternative of the record's own type says what is wrong
              (if ($v | type) == "object" and ($v.type | type) == "string" and $root["$defs"][$v.type]
               then $v | errors($root["$defs"][$v.type]; $root; "\($path)<\($v.type)>") else empty end)
         end
     else empty end);

$schema[0] as $root
| [inputs | if type == "array" then .[] else . end] as $recs
| [range(0; $recs | length) as $i | $recs[$i] | errors($root; $root; "record \($i + 1)")] as $errs
| if ($errs | length) == 0 and ($recs | length) > 0 then "ok \($recs | length) records"
  elif ($recs | length) == 0 then "FAILED: no records"
  else ($errs[0:40][]), "FAILED: \($errs | length) errors in \($recs | length) records" end
