#!/bin/sh
# Runs every libFuzzer harness of tests/fuzz for SECONDS seconds (default 60) from a seed corpus
# made of samples/ and the shipped word lists; fails on the first crash, leak or sanitizer finding.
#
#   scripts/run-fuzz.sh [BUILD_DIR] [SECONDS]
#
# BUILD_DIR must be configured with CXX=clang++ and -DNEWSGRAPH_FUZZ=ON (default: build-checked).
# A crashing input is kept as BUILD_DIR/fuzz/<harness>/crash-*; replay it with
# BUILD_DIR/newsgraph_<harness>_fuzz FILE.
set -e
cd "$(dirname "$0")/.."
build=${1:-build-checked}
seconds=${2:-60}
. tests/sanitizers/env.sh
work=$build/fuzz
rm -rf "$work"

# Seeds: each sample article alone, the JSONL lines, and the word-list formats behind a selector
# byte (0 aliases JSON, 1 PETRARCH, 2 verbs, 3 event nouns; see tests/fuzz/dictionaries_fuzz.cc).
seeds=$work/seeds
mkdir -p "$seeds/text" "$seeds/dictionaries"
n=0
for file in samples/*.txt; do n=$((n + 1)); head -c 4000 "$file" > "$seeds/text/txt$n"; done
while IFS= read -r line; do
  n=$((n + 1)); printf '%s\n' "$line" | head -c 4000 > "$seeds/text/line$n"
done < samples/articles.jsonl
{ printf '\000'; printf '{"actors": [{"name": "Sergei Lavrov", "type": "PERSON", "aliases": ["Lavrov"], "codes": {"cameo": "RUSGOV"}, "dated_codes": [{"code": "RUSGOV", "from": "2004-03-09"}]}], "do_not_merge": [["Bush", "George W. Bush"]]}'; } > "$seeds/dictionaries/aliases"
{ printf '\001'; printf 'UNITED_STATES_ [USA]\n+WASHINGTON_\nSOMEONE_NEW_\n\t[XXXGOV >20000101]\n'; } > "$seeds/dictionaries/petrarch"
{ printf '\002'; head -n 40 resources/verbs.tsv; } > "$seeds/dictionaries/verbs"
{ printf '\003'; head -n 40 resources/event_nouns.tsv; } > "$seeds/dictionaries/nouns"

run() {  # run <harness> <seed dir> <max input bytes>
  mkdir -p "$work/$1/corpus"
  echo "fuzz: $1 for ${seconds}s"
  "$build/newsgraph_${1}_fuzz" -max_total_time="$seconds" -max_len="$3" -timeout=20 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$work/$1/" \
    "$work/$1/corpus" "$2" > "$work/$1/log" 2>&1 || { tail -n 60 "$work/$1/log" >&2; exit 1; }
  grep -E '^stat::number_of_executed_units|^Done' "$work/$1/log" | tr '\n' ' '; echo
}
run corpus_reader "$seeds/text" 8192
run extract_document "$seeds/text" 4096
run dictionaries "$seeds/dictionaries" 4096
run graph_writers "$seeds/text" 4096
