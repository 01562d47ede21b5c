#!/bin/bash
# Partial-graph benchmark: wall and CPU seconds and peak resident memory of `newsgraph build`, of
# `newsgraph extract --partial` over the same corpus, of `merge -o` of that partial (the graph
# stage and the exports alone), of `merge --partial` of two halves, and the partial's size. All
# on one thread, so the figures compare CPU work; the corpus defaults to Reuters-21578.
#
#   bench/partial.sh [CORPUS.jsonl] [NEWSGRAPH]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
corpus=${1:-$root/../shared/data/news/reuters21578.jsonl}
binary=${2:-$root/build/newsgraph}
[ -f "$corpus" ] || { echo "bench: no corpus at $corpus" >&2; exit 2; }
[ -x "$binary" ] || { echo "bench: no program at $binary (build it first)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

measure() {  # measure <label> <newsgraph arguments...>
  local label=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$out/time" "$binary" "$@" 2>"$out/stderr" ||
    { cat "$out/stderr" >&2; exit 1; }
  read -r seconds user system kilobytes < "$out/time"
  awk -v l="$label" -v s="$seconds" -v u="$user" -v y="$system" -v k="$kilobytes" 'BEGIN {
    printf "%-28s wall=%7.2fs  cpu=%7.2fs  peak_rss=%7.1f MB\n", l, s, u + y, k / 1024 }'
}

lines=$(wc -l < "$corpus")
half=$(( (lines + 1) / 2 ))
head -n "$half" "$corpus" > "$out/first.jsonl"
tail -n +"$((half + 1))" "$corpus" > "$out/second.jsonl"
echo "corpus: $corpus ($lines lines); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "build" build --threads 1 "$corpus" -o "$out/build"
measure "extract --partial" extract --threads 1 "$corpus" --partial "$out/all.partial.gz"
measure "merge -o (one partial)" merge "$out/all.partial.gz" -o "$out/merged"
measure "extract --partial (half 1)" extract --threads 1 "$out/first.jsonl" --partial "$out/1.partial.gz"
measure "extract --partial (half 2)" extract --threads 1 "$out/second.jsonl" --partial "$out/2.partial.gz"
measure "merge --partial (2 halves)" merge "$out/1.partial.gz" "$out/2.partial.gz" --partial "$out/12.partial.gz"
measure "merge -o (2 halves)" merge "$out/1.partial.gz" "$out/2.partial.gz" -o "$out/halves"
echo "partial: $(stat -c %s "$out/all.partial.gz") bytes gzip, $(zcat "$out/all.partial.gz" | wc -c) bytes plain, $(stat -c %s "$corpus") bytes of input"
same=yes
for file in "$out"/build/*; do cmp -s "$file" "$out/merged/$(basename "$file")" || same=no; done
halves=yes
for file in "$out"/build/*; do cmp -s "$file" "$out/halves/$(basename "$file")" || halves=no; done
echo "merge -o equals build: $same; of two halves: $halves (boilerplate is learned per shard)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
