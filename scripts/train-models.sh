#!/bin/sh
# Retrains the shipped tagger models resources/models/{pos,chunk,ner}.model.gz and the NER model's
# name-type list resources/models/name_types.tsv.gz.
#
# Training data: CoNLL-2003 English shared task (eng.train), Reuters newswire text from the Reuters
# Corpus RCV1 with POS, chunk and named-entity annotation; Reuters text is licensed for research
# use only. It is not part of this repository; by default it is read from
# ../shared/data/conll2003/ next to the checkout (override with CONLL_DIR).
#
# The name-type list is learned without labels: an NER model trained without any list tags the
# news corpora in ../shared/data/news/ (Reuters-21578, BBC, Wikinews; override with NEWS_DIR), and
# `newsgraph learn-name-types` keeps the type each capitalised word mostly takes inside the names
# found there. The shipped NER model is then trained with that list as gazetteer features.
#
# Training is single-threaded and deterministic: on the same data this script reproduces the
# shipped files bit for bit (compare with `git diff --stat resources/models`).
#
# Usage: scripts/train-models.sh            (uses build/newsgraph, building it when missing)
#        NEWSGRAPH=/path/to/newsgraph CONLL_DIR=/path/to/conll2003 scripts/train-models.sh
set -eu
cd "$(dirname "$0")/.."
CONLL_DIR=${CONLL_DIR:-../shared/data/conll2003}
NEWS_DIR=${NEWS_DIR:-../shared/data/news}
BUILD_DIR=${BUILD_DIR:-build}
NEWSGRAPH=${NEWSGRAPH:-$BUILD_DIR/newsgraph}
if [ ! -x "$NEWSGRAPH" ]; then
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release
  cmake --build "$BUILD_DIR" -j2 --target newsgraph
fi
TRAIN=$CONLL_DIR/eng.train
DEV_ARGS=""
if [ -f "$CONLL_DIR/eng.testa" ]; then DEV_ARGS="--dev $CONLL_DIR/eng.testa"; fi
OUT=resources/models
mkdir -p "$OUT"

"$NEWSGRAPH" train --task pos --train "$TRAIN" $DEV_ARGS -o "$OUT/pos.model.gz"
"$NEWSGRAPH" train --task chunk --train "$TRAIN" $DEV_ARGS --pos-model "$OUT/pos.model.gz" \
  -o "$OUT/chunk.model.gz"
PLAIN=$(mktemp --suffix=.model.gz)
trap 'rm -f "$PLAIN"' EXIT
"$NEWSGRAPH" train --task ner --train "$TRAIN" --pos-model "$OUT/pos.model.gz" --name-types none \
  -o "$PLAIN"
"$NEWSGRAPH" learn-name-types "$NEWS_DIR/reuters21578.jsonl" "$NEWS_DIR/bbc.jsonl" \
  "$NEWS_DIR/wikinews_2019_2020.jsonl" --pos-model "$OUT/pos.model.gz" --ner-model "$PLAIN" \
  -o "$OUT/name_types.tsv.gz"
"$NEWSGRAPH" train --task ner --train "$TRAIN" $DEV_ARGS --pos-model "$OUT/pos.model.gz" \
  --name-types "$OUT/name_types.tsv.gz" -o "$OUT/ner.model.gz"
ls -l "$OUT"
