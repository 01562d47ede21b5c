#!/bin/sh
# From a fresh Debian 12 machine (as root): installs dependencies, builds newsgraph and builds the
# actor graph of samples/ into out/ (graph.graphml, graph.cypher, graph.json).
set -e
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)" --target newsgraph
build/newsgraph build samples/ -o out/
