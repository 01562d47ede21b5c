#!/bin/sh
# Retrains the shipped tagger models resources/models/{pos,chunk,ner}.model.gz and what the NER
# model reads besides: resources/models/word_classes.tsv.gz and resources/models/name_types.tsv.gz.
#
# Training data: CoNLL-2003 English shared task (eng.train), Reuters newswire text from the Reuters
# Corpus RCV1 with POS, chunk and named-entity annotation; Reuters text is licensed for research
# use only. It is not part of this repository; by default it is read from
# ../shared/data/conll2003/ next to the checkout (override with CONLL_DIR).
#
# Both are learned without labels from the news corpora in ../shared/data/news/ (Reuters-21578,
# BBC, Wikinews; override with NEWS_DIR): `newsgraph learn-word-classes` clusters their words by
# their neighbours; an NER model trained without a name-type list tags them, and
# `newsgraph learn-name-types` keeps the type each capitalised word mostly takes inside the names
# found there. The shipped NER model is then trained with both as features.
#
# Training is single-threaded and deterministic: on the same data this script reproduces the
# shipped files bit for bit (compare with `git diff --stat resources/models`).
#
# Usage: scripts/train-models.sh            (builds build/newsgraph from the sources, then uses it)
#        NEWSGRAPH=/path/to/newsgraph CONLL_DIR=/path/to/conll2003 scripts/train-models.sh
set -eu
cd "$(dirname "$0")/.."
CONLL_DIR=${CONLL_DIR:-../shared/data/conll2003}
NEWS_DIR=${NEWS_DIR:-../shared/data/news}
BUILD_DIR=${BUILD_DIR:-build}
# The program embeds the gazetteer lists the NER features read, so it is brought up to date with
# the sources first (unless NEWSGRAPH names another one).
if [ -z "${NEWSGRAPH:-}" ]; then
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD_DIR" -j2 --target newsgraph >/dev/null
fi
NEWSGRAPH=${NEWSGRAPH:-$BUILD_DIR/newsgraph}
TRAIN=$CONLL_DIR/eng.train
DEV_ARGS=""
if [ -f "$CONLL_DIR/eng.testa" ]; then DEV_ARGS="--dev $CONLL_DIR/eng.testa"; fi
OUT=resources/models
mkdir -p "$OUT"

"$NEWSGRAPH" train --task pos --train "$TRAIN" $DEV_ARGS -o "$OUT/pos.model.gz"
"$NEWSGRAPH" train --task chunk --train "$TRAIN" $DEV_ARGS --pos-model "$OUT/pos.model.gz" \
  -o "$OUT/chunk.model.gz"
NEWS="$NEWS_DIR/reuters21578.jsonl $NEWS_DIR/bbc.jsonl $NEWS_DIR/wikinews_2019_2020.jsonl"
"$NEWSGRAPH" learn-word-classes $NEWS -o "$OUT/word_classes.tsv.gz"
PLAIN=$(mktemp --suffix=.model.gz)
trap 'rm -f "$PLAIN"' EXIT
"$NEWSGRAPH" train --task ner --train "$TRAIN" --pos-model "$OUT/pos.model.gz" --name-types none \
  --word-classes "$OUT/word_classes.tsv.gz" -o "$PLAIN"
"$NEWSGRAPH" learn-name-types $NEWS --pos-model "$OUT/pos.model.gz" --ner-model "$PLAIN" \
  --word-classes "$OUT/word_classes.tsv.gz" -o "$OUT/name_types.tsv.gz"
"$NEWSGRAPH" train --task ner --train "$TRAIN" $DEV_ARGS --pos-model "$OUT/pos.model.gz" \
  --name-types "$OUT/name_types.tsv.gz" --word-classes "$OUT/word_classes.tsv.gz" \
  -o "$OUT/ner.model.gz"
ls -l "$OUT"
