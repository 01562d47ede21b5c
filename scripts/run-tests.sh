#!/bin/sh
# From a fresh Debian 12 machine (as root): installs build and test dependencies (the real readers
# that check the exports: NetworkX, igraph, Neo4j's Cypher parser), builds, and runs every test.
set -e
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# The export readers; Dask distributed and GNU parallel for the scale-out tests (tests/scripts).
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  python3-networkx python3-igraph libxml2-utils python3-distributed parallel
command -v npm >/dev/null ||
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm
(cd tests/readers && npm ci --no-audit --no-fund --loglevel=error)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"

# Where the project's shared evaluation kit sits beside the checkout, its validators (xmllint with
# the GraphML XSD, jing with the GEXF 1.3 grammar, NetworkX, igraph, Gephi Lite's parsers, Neo4j's
# Cypher linter, neo4j-admin's import rules) check the exports of samples/ in strict mode too.
if [ -x ../shared/validate/setup.sh ]; then
  ../shared/validate/setup.sh >/dev/null 2>&1
  validate=$(cd ../shared/validate && pwd)
  [ -w "$validate" ] || validate=/tmp/shared-validate
  build/newsgraph build samples/ -o build/samples-out \
    --formats graphml,gexf,cypher,json,graphology,neo4j-csv
  /usr/bin/python3 "$validate/validate_graphml.py" --strict --quiet build/samples-out/graph.graphml
  /usr/bin/python3 "$validate/validate_gexf.py" --strict --quiet build/samples-out/graph.gexf
  build/newsgraph build samples/ -o build/samples-monthly --period month --formats gexf
  /usr/bin/python3 "$validate/validate_gexf.py" --strict --quiet build/samples-monthly/graph.gexf
  node "$validate/js/validate_cypher.mjs" --strict --quiet build/samples-out/graph.cypher
  node "$validate/js/validate_cypher.mjs" --strict --quiet build/samples-out/neo4j/schema.cypher
  # import.sh itself names the neo4j-admin files, with a stand-in that validates them.
  VALIDATE=$validate NEO4J_ADMIN=scripts/check-neo4j-import.sh build/samples-out/neo4j/import.sh
  # A period's snapshot (--snapshots) passes the same checks.
  build/newsgraph build samples/ -o build/samples-periods --period quarter --snapshots \
    --formats graphml,gexf,cypher
  snapshot=build/samples-periods/periods/2024-Q1
  /usr/bin/python3 "$validate/validate_graphml.py" --strict --quiet "$snapshot/graph.graphml"
  /usr/bin/python3 "$validate/validate_gexf.py" --strict --quiet "$snapshot/graph.gexf"
  node "$validate/js/validate_cypher.mjs" --strict --quiet "$snapshot/graph.cypher"
fi

# The checked build: clang with AddressSanitizer and UndefinedBehaviorSanitizer (lightly
# optimised, no benchmark), the test suite under it, then each libFuzzer harness for 30 seconds
# (NEWSGRAPH_FUZZ_SECONDS) from seeds made of samples/. NEWSGRAPH_CHECKED=0 skips it. Tests
# labelled "external" (the export readers and the scale-out scripts, whose time goes to Python
# and Node, not to newsgraph) ran above and are left out here; the same exports and commands run
# under the sanitizers in the end-to-end and CLI tests. Each test program runs as one test
# (NEWSGRAPH_TEST_PROGRAMS), so the models load once a program, not once a test case.
if [ "${NEWSGRAPH_CHECKED:-1}" != 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    clang libclang-rt-14-dev libxml2-dev
  CXX=clang++ cmake -S . -B build-checked -DCMAKE_BUILD_TYPE=Debug -DNEWSGRAPH_FUZZ=ON \
    -DNEWSGRAPH_BENCH=OFF -DNEWSGRAPH_TEST_PROGRAMS=ON
  cmake --build build-checked -j"$(nproc)"
  (. tests/sanitizers/env.sh &&
    ctest --test-dir build-checked --output-on-failure -j"$(nproc)" --label-exclude external)
  scripts/run-fuzz.sh build-checked "${NEWSGRAPH_FUZZ_SECONDS:-30}"
fi
