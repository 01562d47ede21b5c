#!/bin/sh
# Loads the exports in DIR with real readers and fails if any of them rejects or misreads a file:
#   DIR/graph.graphml  NetworkX read_graphml and igraph Read_GraphML  (check_graphml.py)
#   DIR/graph.gexf     NetworkX read_gexf                             (check_gexf.py)
#   DIR/graph.cypher   Neo4j's Cypher parser and linter               (check_cypher.mjs)
#   DIR/graph.json     JSON parser and NetworkX node_link_graph       (check_json.py)
#   DIR/graph.graphology.json  graphology's Graph.from                (check_graphology.mjs)
#   DIR/neo4j/         neo4j-admin import rules, when the folder exists (check_neo4j_csv.py)
# Needs Debian's python3-networkx and python3-igraph, node, and `npm ci` run in this folder once.
#
# usage: tests/readers/check_exports.sh DIR [--full]
#        (--full makes the Cypher check lint long UNWIND lists whole)
# exit:  0 when every file passes, 1 when any fails or is missing, 2 on a usage error
set -u

here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 DIR [--full]" >&2
  exit 2
fi
dir=$1
shift
python=/usr/bin/python3
failed=""

run() {  # run NAME FILE COMMAND...
  name=$1
  file=$2
  shift 2
  if [ ! -f "$file" ]; then
    echo "FAIL $name $file: no such file"
    failed="$failed $name"
    return
  fi
  if ! "$@" "$file"; then
    failed="$failed $name"
  fi
}

if [ ! -d "$here/node_modules/@neo4j-cypher/language-support" ]; then
  echo "FAIL cypher: Neo4j's parser is not installed; run: (cd $here && npm ci)"
  failed="$failed cypher"
else
  run cypher "$dir/graph.cypher" node "$here/check_cypher.mjs" "$@"
fi
run graphml "$dir/graph.graphml" "$python" "$here/check_graphml.py"
run gexf "$dir/graph.gexf" "$python" "$here/check_gexf.py"
run json "$dir/graph.json" "$python" "$here/check_json.py"
if [ ! -d "$here/node_modules/graphology" ]; then
  echo "FAIL graphology: graphology is not installed; run: (cd $here && npm ci)"
  failed="$failed graphology"
else
  run graphology "$dir/graph.graphology.json" node "$here/check_graphology.mjs"
fi
if [ -d "$dir/neo4j" ]; then
  if ! "$python" "$here/check_neo4j_csv.py" "$dir/neo4j"; then
    failed="$failed neo4j-csv"
  fi
  run neo4j-schema "$dir/neo4j/schema.cypher" node "$here/check_cypher.mjs"
fi

if [ -n "$failed" ]; then
  echo "FAIL check_exports $dir:$failed"
  exit 1
fi
echo "PASS check_exports $dir"
