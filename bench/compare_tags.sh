#!/bin/bash
# Checks that two builds tag identically: runs each build's newsgraph_tag_dump over the corpora and
# compares the dumps byte for byte (every token's POS and chunk tag, every name with its type and
# confidence). Exits 0 when they are identical, 1 with the first difference otherwise.
#
#   bench/compare_tags.sh OLD_TAG_DUMP NEW_TAG_DUMP [CORPUS.jsonl...]
#
# Default corpora: the CoNLL-2003 and UNER dev sets and the three news corpora of ../shared.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shared=$(dirname "$here")/../shared
[ $# -ge 2 ] || { echo "usage: $0 OLD_TAG_DUMP NEW_TAG_DUMP [CORPUS.jsonl...]" >&2; exit 2; }
old=$1 new=$2
shift 2
corpora=("$@")
if [ ${#corpora[@]} -eq 0 ]; then
  corpora=("$shared/eval/dev/conll2003_dev.jsonl" "$shared/eval/dev/uner_pud_news.jsonl"
           "$shared/data/news/reuters21578.jsonl" "$shared/data/news/bbc.jsonl"
           "$shared/data/news/wikinews_2019_2020.jsonl")
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$old" "${corpora[@]}" > "$out/old"
"$new" "${corpora[@]}" > "$out/new"
if cmp -s "$out/old" "$out/new"; then
  echo "identical: $(grep -vc '^#' "$out/new") sentences of $(grep -c '^#' "$out/new") documents"
else
  echo "the taggers differ:" >&2
  diff "$out/old" "$out/new" | head -20 >&2
  exit 1
fi
