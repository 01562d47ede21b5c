#!/bin/bash
# Scale benchmark: wall and CPU seconds and peak resident memory (/usr/bin/time -v) of
#   - `newsgraph build` on Reuters-21578 with --threads 1 and 2;
#   - `newsgraph merge` of the partials of 10k, 100k and 400k synthetic documents
#     (bench/synthetic_corpus.py; the smaller corpora are prefixes of the larger one, so each
#     shard of 10k documents is extracted once with `extract --partial` and reused), writing
#     every format; beside it `merge --partial` of the same partials (the merged records alone,
#     no graph, no export) and `merge` of one tiny partial (the program's baseline), and the
#     resident memory stage by stage with build/newsgraph_merge_memory (the graph's own size);
# each with the machine's 1-minute load average (min/mean/max, sampled every 2 s) during the run,
# since other processes on the machine slow a run down and steal the second core.
#
#   bench/scale.sh [NEWSGRAPH]      SIZES="10000 100000 400000" WORK=build/scale REUTERS=...
#
# The synthetic corpus and its partials are kept in WORK, so a second run measures at once.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
newsgraph=${1:-$root/build/newsgraph}
sizes=${SIZES:-10000 100000 400000}
work=${WORK:-$root/build/scale}
reuters=${REUTERS:-$root/../shared/data/news/reuters21578.jsonl}
shard_docs=10000
formats=graphml,gexf,cypher,json,graphology,neo4j-csv
mkdir -p "$work/partials"

# measure LABEL COMMAND...: runs COMMAND, prints one line of figures; its stderr in $work/stderr.
measure() {
  local label=$1 sampler
  shift
  (while :; do cut -d' ' -f1 /proc/loadavg; sleep 2; done) >"$work/load" &
  sampler=$!
  /usr/bin/time -v -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr" ||
    { kill "$sampler"; cat "$work/stderr" >&2; exit 1; }
  kill "$sampler"
  awk -v label="$label" -F': ' '
    FNR == NR { n++; s += $1; if (n == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1; next }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
    /Elapsed \(wall clock\)/ { k = split($2, t, ":"); wall = t[k] + (k > 1 ? 60 * t[k-1] : 0) + (k > 2 ? 3600 * t[k-2] : 0) }
    END { printf "%-34s wall=%8.2fs  cpu=%8.2fs  peak_rss=%8.1f MB  load=%.2f/%.2f/%.2f\n",
          label, wall, user + sys, rss / 1024, lo, s / n, hi }' "$work/load" "$work/time"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -f "$reuters" ]; then
  for threads in 1 2; do
    measure "build reuters --threads $threads" \
      "$newsgraph" build "$reuters" -o "$work/reuters-$threads" --threads "$threads" --formats "$formats"
  done
  tail -n1 "$work/stderr"
  cmp -s "$work/reuters-1/graph.graphml" "$work/reuters-2/graph.graphml" ||
    echo "WARNING: --threads 1 and 2 gave different graphs"
fi

[ -n "$sizes" ] || exit 0
largest=$(printf '%s\n' $sizes | sort -n | tail -n1)
corpus=$work/synthetic-$largest.jsonl
[ -s "$corpus" ] || /usr/bin/python3 "$here/synthetic_corpus.py" --documents "$largest" -o "$corpus"

# Partial of shard I (documents I*10000 ... ), extracted once; CPU time and text bytes logged.
extract_shard() {
  local partial=$work/partials/shard-$(printf %04d "$1").partial
  [ -s "$partial" ] && return
  sed -n "$(($1 * shard_docs + 1)),$((($1 + 1) * shard_docs))p" "$corpus" >"$work/shard.jsonl"
  measure "extract --partial shard $1 ($(stat -c %s "$work/shard.jsonl") B)" \
    "$newsgraph" extract "$work/shard.jsonl" --partial "$partial.tmp" --threads "$(nproc)"
  mv "$partial.tmp" "$partial"
}

head -n1 "$corpus" >"$work/one.jsonl"
"$newsgraph" extract "$work/one.jsonl" --partial "$work/one.partial" 2>/dev/null
measure "merge baseline (1 document)" "$newsgraph" merge "$work/one.partial" -o "$work/one"
for size in $(printf '%s\n' $sizes | sort -n); do
  shards=$(((size + shard_docs - 1) / shard_docs))
  for ((i = 0; i < shards; i++)); do extract_shard "$i"; done
  parts=("$work"/partials/shard-*.partial)
  parts=("${parts[@]:0:$shards}")
  echo "$size documents: ${#parts[@]} partials, $(du -cb "${parts[@]}" | tail -n1 | cut -f1) bytes"
  measure "merge --partial $size" "$newsgraph" merge "${parts[@]}" --partial "$work/merged.partial"
  echo "  merged partial: $(stat -c %s "$work/merged.partial") bytes"
  measure "merge -o (all formats) $size" \
    "$newsgraph" merge "${parts[@]}" -o "$work/graph-$size" --formats "$formats"
  echo "  $(tail -n1 "$work/stderr")"
  # Stage by stage (bench/merge_memory.cc): the graph's own size against the peak above.
  memory_bench=$(dirname "$newsgraph")/newsgraph_merge_memory
  [ ! -x "$memory_bench" ] || "$memory_bench" "${parts[@]}" | sed 's/^/  /'
done
