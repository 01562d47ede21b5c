#!/bin/sh
# Scores the shipped tagger models on the CoNLL-2003 English dev set (eng.testa): POS accuracy,
# chunk F1, strict NER span P/R/F1 per class, load time and tokens per second of each model.
#
# Usage: bench/eval_tagger.sh   (CONLL_DIR, BUILD_DIR and NEWSGRAPH may be set as for
#                                scripts/train-models.sh)
set -eu
cd "$(dirname "$0")/.."
CONLL_DIR=${CONLL_DIR:-../shared/data/conll2003}
BUILD_DIR=${BUILD_DIR:-build}
NEWSGRAPH=${NEWSGRAPH:-$BUILD_DIR/newsgraph}
if [ -z "${NEWSGRAPH_SKIP_BUILD:-}" ] && [ "$NEWSGRAPH" = "$BUILD_DIR/newsgraph" ]; then
  cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD_DIR" -j2 --target newsgraph
fi
OUT=resources/models
"$NEWSGRAPH" evaluate-tagger "$CONLL_DIR/eng.testa" --pos-model "$OUT/pos.model.gz" \
  --chunk-model "$OUT/chunk.model.gz" --ner-model "$OUT/ner.model.gz"
ls -l "$OUT"
