#!/bin/bash
# Extraction benchmark: runs `newsgraph extract` over a corpus (default: the Reuters-21578 JSONL
# from the shared data folder) with one thread and with every core, and prints MB/s of article text
# (the `text` fields, UTF-8 bytes) per wall-clock second and per CPU second (user + system, which
# a busy machine disturbs less), and peak resident memory; then wall and CPU seconds of an
# extraction (with cleaning) and of a whole `newsgraph build` on every core, whose difference is
# what the graph, the corpus-level entity resolution and the export cost.
#
#   bench/run.sh [CORPUS.jsonl] [NEWSGRAPH]
#
# Builds build/newsgraph (Release) first when NEWSGRAPH is not given, and then prints each
# stage's speed in sentences per second (build/newsgraph_stage_bench on the first 3000 documents).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
corpus=${1:-$root/../shared/data/news/reuters21578.jsonl}
binary=${2:-}
if [ -z "$binary" ]; then
  cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/build" -j"$(nproc)" --target newsgraph newsgraph_stage_bench \
    newsgraph_graph_bench >/dev/null
  binary=$root/build/newsgraph
fi
[ -f "$corpus" ] || { echo "bench: no corpus at $corpus" >&2; exit 2; }

text_bytes=$(/usr/bin/python3 -c '
import json, sys
total = 0
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if line:
        total += len(json.loads(line).get("text", "").encode("utf-8"))
print(total)' "$corpus")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run() {  # run <threads>
  /usr/bin/time -f '%e %U %S %M' -o "$out/time" "$binary" extract --keep-boilerplate \
    --threads "$1" "$corpus" -o "$out/extract.jsonl" 2>"$out/stderr" || { cat "$out/stderr" >&2; exit 1; }
  read -r seconds user system kilobytes < "$out/time"
  awk -v t="$1" -v s="$seconds" -v u="$user" -v y="$system" -v k="$kilobytes" -v b="$text_bytes" 'BEGIN {
    printf "threads=%-2s time=%7.2fs  cpu=%7.2fs  text=%6.1f MB  throughput=%6.2f MB/s  cpu_throughput=%6.2f MB/s  peak_rss=%6.1f MB\n",
           t, s, u + y, b / 1e6, b / 1e6 / s, b / 1e6 / (u + y), k / 1024 }'
}

# A whole build (extraction, corpus-level entity resolution, graph, JSON export) on every core:
# wall and CPU seconds, to set against the extraction alone.
build_run() {
  /usr/bin/time -f '%e %U %S %M' -o "$out/time" "$binary" build --threads "$(nproc)" \
    "$corpus" -o "$out/graph" --formats json 2>"$out/stderr" || { cat "$out/stderr" >&2; exit 1; }
  read -r seconds user system kilobytes < "$out/time"
  awk -v s="$seconds" -v u="$user" -v y="$system" -v k="$kilobytes" 'BEGIN {
    printf "build threads=all wall=%7.2fs  cpu=%7.2fs  peak_rss=%6.1f MB\n", s, u + y, k / 1024 }'
}

extract_cpu() {
  /usr/bin/time -f '%e %U %S' -o "$out/time" "$binary" extract --threads "$(nproc)" \
    "$corpus" -o "$out/extract.jsonl" 2>"$out/stderr" || { cat "$out/stderr" >&2; exit 1; }
  read -r seconds user system < "$out/time"
  awk -v s="$seconds" -v u="$user" -v y="$system" 'BEGIN {
    printf "extract threads=all wall=%7.2fs  cpu=%7.2fs\n", s, u + y }'
}

echo "corpus: $corpus ($(wc -l < "$corpus") lines)"
run 1
run "$(nproc)"
extract_cpu
build_run
echo "triples: $(grep -o '"relation"' "$out/extract.jsonl" | wc -l)  documents: $(wc -l < "$out/extract.jsonl")"
graph_bench=$(dirname "$binary")/newsgraph_graph_bench
if [ -x "$graph_bench" ]; then
  echo "graph stage (one thread):"
  "$graph_bench" "$corpus"
fi
stages=$(dirname "$binary")/newsgraph_stage_bench
if [ -x "$stages" ]; then
  echo "stages (one thread):"
  "$stages" "$corpus" 3000
fi
