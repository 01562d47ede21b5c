#!/bin/sh
# From a fresh Debian 12 machine (as root): installs build and test dependencies (the real readers
# that check the exports: NetworkX, igraph, Neo4j's Cypher parser), builds, and runs every test.
set -e
cd "$(dirname "$0")/.."
scripts/install-deps.sh
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  python3-networkx python3-igraph libxml2-utils
command -v npm >/dev/null ||
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm
(cd tests/readers && npm ci --no-audit --no-fund --loglevel=error)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
