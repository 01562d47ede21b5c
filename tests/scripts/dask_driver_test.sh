#!/bin/sh
# scripts/newsgraph-dask.py on a LocalCluster of two workers over a corpus made from samples/, cut
# into several shards (text files together, line ranges of the JSONL file) and merged in a tree of
# fan-in 2: every format and the merge log equal a single-process `build` byte for byte, and no
# temporary partial is left. Then a corpus with a bad shard: it is retried, reported by name with
# newsgraph's message, the exit status is 1, no graph is written and no partial is left.
#
#   tests/scripts/dask_driver_test.sh NEWSGRAPH SOURCE_DIR
set -eu
newsgraph=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

/usr/bin/python3 "$source/tests/scripts/sample_corpus.py" "$source/samples" "$work/corpus"
formats=graphml,gexf,cypher,json,graphology,neo4j-csv
"$newsgraph" build "$work/corpus" -o "$work/build" --formats "$formats" \
  --merge-log "$work/build.log" 2>/dev/null
driver() {
  /usr/bin/python3 "$source/scripts/newsgraph-dask.py" --scheduler local --workers 2 \
    --newsgraph "$newsgraph" --shard-size 0.006 --fan-in 2 "$@"
}
driver "$work/corpus" -o "$work/dask" --formats "$formats" --merge-log "$work/dask.log" \
  >"$work/dask.out" 2>"$work/dask.err" || { cat "$work/dask.err" >&2; fail "driver failed"; }
cat "$work/dask.out"
grep -q ' in [4-9] shards ' "$work/dask.out" || fail "expected several shards"
diff -r "$work/build" "$work/dask" || fail "the Dask graph differs from build's"
cmp "$work/build.log" "$work/dask.log" || fail "the merge logs differ"
[ -z "$(find "$work" -name '.newsgraph-dask-*')" ] || fail "temporary partials left"

mkdir "$work/bad-corpus"
cp -r "$work/corpus/briefings" "$work/bad-corpus/"
printf '{not json\n{"id": 1}\n' >"$work/bad-corpus/zz-bad.jsonl"
if driver "$work/bad-corpus" -o "$work/bad" --retries 1 --shard-size 0.001 \
  >"$work/bad.out" 2>"$work/bad.err"; then
  fail "a failed shard must give a non-zero exit status"
fi
cat "$work/bad.err"
grep -q "shard failed after 2 attempts: $work/bad-corpus/zz-bad.jsonl\$" "$work/bad.err" ||
  fail "the failed shard is not named"
grep -q "zz-bad.jsonl:1: skipped: malformed JSON" "$work/bad.err" ||
  fail "newsgraph's message is not shown"
grep -q "1 of [0-9]* shards failed; no graph written" "$work/bad.err" || fail "no summary"
[ ! -e "$work/bad" ] || fail "a graph was written despite the failure"
[ -z "$(find "$work" -name '.newsgraph-dask-*')" ] || fail "temporary partials left"
echo "PASS"
