#!/bin/sh
# Retrains the shipped tagger models resources/models/{pos,chunk,ner}.model.gz, what the NER
# model reads besides (resources/models/word_classes.tsv.gz and resources/models/name_types.tsv.gz)
# and the dependency parser resources/models/parser.model.gz.
#
# Training data: CoNLL-2003 English shared task (eng.train), Reuters newswire text from the Reuters
# Corpus RCV1 with POS, chunk and named-entity annotation; Reuters text is licensed for research
# use only. It is not part of this repository; by default it is read from
# ../shared/data/conll2003/ next to the checkout (override with CONLL_DIR).
#
# The POS model and the parser also learn from two Universal Dependencies English treebanks
# (by default in ../shared/data/ud/, override with UD_DIR): the English Web Treebank (EWT, CC BY-SA
# 4.0) and GUM (the CC BY part). The POS model reads their XPOS column, mapped to CoNLL-2003's tags
# (resources/pos_tag_map.tsv); the parser learns their trees from the POS tags that models trained
# without each fifth of the treebanks predict for it (jack-knifing), as it will see tags at run time.
#
# The word classes and name types are learned without labels from the news corpora in
# ../shared/data/news/ (Reuters-21578, BBC, Wikinews; override with NEWS_DIR):
# `newsgraph learn-word-classes` clusters their words by
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
UD_DIR=${UD_DIR:-../shared/data/ud}
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

UD_TRAIN="--train $UD_DIR/en_ewt-ud-train.conllu --train $UD_DIR/gum_ccby-train.conllu"
"$NEWSGRAPH" train --task pos --train "$TRAIN" $UD_TRAIN $DEV_ARGS -o "$OUT/pos.model.gz"
# The chunk and NER models learn from POS tags of models trained on folds of eng.train alone (they
# jack-knife internally), and the name-type list was learned with the POS model of eng.train
# alone, which this step trains again (it is not shipped).
CONLL_POS=$(mktemp --suffix=.model.gz)
PLAIN=$(mktemp --suffix=.model.gz)
trap 'rm -f "$PLAIN" "$CONLL_POS"' EXIT
"$NEWSGRAPH" train --task pos --train "$TRAIN" -o "$CONLL_POS"
"$NEWSGRAPH" train --task chunk --train "$TRAIN" $DEV_ARGS --pos-model "$CONLL_POS" \
  -o "$OUT/chunk.model.gz"
NEWS="$NEWS_DIR/reuters21578.jsonl $NEWS_DIR/bbc.jsonl $NEWS_DIR/wikinews_2019_2020.jsonl"
"$NEWSGRAPH" learn-word-classes $NEWS -o "$OUT/word_classes.tsv.gz"
"$NEWSGRAPH" train --task ner --train "$TRAIN" --pos-model "$CONLL_POS" --name-types none \
  --word-classes "$OUT/word_classes.tsv.gz" -o "$PLAIN"
"$NEWSGRAPH" learn-name-types $NEWS --pos-model "$CONLL_POS" --ner-model "$PLAIN" \
  --word-classes "$OUT/word_classes.tsv.gz" -o "$OUT/name_types.tsv.gz"
"$NEWSGRAPH" train --task ner --train "$TRAIN" $DEV_ARGS --pos-model "$CONLL_POS" \
  --name-types "$OUT/name_types.tsv.gz" --word-classes "$OUT/word_classes.tsv.gz" \
  -o "$OUT/ner.model.gz"
"$NEWSGRAPH" train --task parse $UD_TRAIN --dev "$UD_DIR/en_ewt-ud-dev.conllu" \
  --pos-model "$OUT/pos.model.gz" --pos-train "$TRAIN" --pos-folds 5 --epochs 15 \
  -o "$OUT/parser.model.gz"
ls -l "$OUT"
