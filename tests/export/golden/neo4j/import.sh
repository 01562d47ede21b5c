#!/bin/sh
# Loads the files beside this script into a new Neo4j 5 database with neo4j-admin:
#   ./import.sh [DATABASE] [more neo4j-admin options, e.g. --overwrite-destination=true]
# DATABASE (default: neo4j) must be stopped or not exist yet; run as the user that owns Neo4j's
# data folder, with neo4j-admin on PATH or NEO4J_ADMIN naming it. Then start the database and run
# schema.cypher once (cypher-shell -d DATABASE -f schema.cypher) to add the uniqueness constraints.
set -eu
cd "$(dirname "$0")"
database=${1:-neo4j}
[ $# -gt 0 ] && shift
exec "${NEO4J_ADMIN:-neo4j-admin}" database import full "$database" \
  --nodes=Actor=actors.csv \
  --nodes=Article=articles.csv \
  --relationships=MENTIONED_IN=mentioned_in.csv \
  --relationships=events.csv \
  --delimiter=, --array-delimiter=';' --quote='"' \
  "$@"
