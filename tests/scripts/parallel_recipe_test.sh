#!/bin/sh
# Runs the GNU parallel recipe of the README ("Scale out", between its `parallel recipe` markers)
# as it stands, over a corpus made from samples/ (a JSONL file split into pieces of 8 lines, and
# text files), with `newsgraph` first on PATH, and checks that every format equals a
# single-process `build` byte for byte.
#
#   tests/scripts/parallel_recipe_test.sh NEWSGRAPH SOURCE_DIR
set -eu
newsgraph=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir "$work/bin" "$work/run"
ln -s "$newsgraph" "$work/bin/newsgraph"
sed -n '/<!-- parallel recipe: begin -->/,/<!-- parallel recipe: end -->/p' "$source/README.md" |
  sed '1,2d;$d' | sed '$d' >"$work/recipe.sh"
grep -q 'newsgraph merge' "$work/recipe.sh" || { echo "FAIL: no recipe in README.md" >&2; exit 1; }
/usr/bin/python3 "$source/tests/scripts/sample_corpus.py" "$source/samples" "$work/corpus" --all-ids
"$newsgraph" build "$work/corpus" -o "$work/build" \
  --formats graphml,gexf,cypher,json,graphology 2>/dev/null

(cd "$work/run" && PATH="$work/bin:$PATH" CORPUS="$work/corpus" OUT="$work/out" \
  LINES_PER_SHARD=8 sh -eu "$work/recipe.sh")
diff -r "$work/build" "$work/out" || { echo "FAIL: the recipe's graph differs from build's" >&2; exit 1; }
[ -z "$(ls -A "$work/run")" ] || { echo "FAIL: the recipe left files" >&2; exit 1; }
echo PASS
