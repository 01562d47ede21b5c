#!/bin/sh
# Loads the files beside this script into a new Neo4j 5 database with neo4j-admin:
#   ./import.sh [DATABASE] [more neo4j-admin options, e.g. --overwrite-destination=true]
# DATABASE (default: neo4j) must be stopped or not exist yet; run as the user that owns Neo4j's
# data folder, with neo4j-admin on PATH or NEO4J_ADMIN naming it. Then start the database and run
# schema.cypher once (cypher-shell -d DATABASE -f schema.cypher) to add the uniqueness constraints.
# Each event file holds one relationship type; events_other.csv names its types in :TYPE.
set -eu
admin=${NEO4J_ADMIN:-neo4j-admin}
case $admin in /*) ;; */*) admin=$PWD/$admin ;; esac
cd "$(dirname "$0")"
database=${1:-neo4j}
[ $# -gt 0 ] && shift
exec "$admin" database import full "$database" \
  --nodes=Actor=actors.csv \
  --nodes=Article=articles.csv \
  --relationships=MENTIONED_IN=mentioned_in.csv \
  --relationships=AGREE=events_agree.csv \
  --relationships=NOT_AGREE=events_not_agree.csv \
  --relationships=CONSULT=events_consult.csv \
  --relationships=NOT_CONSULT=events_not_consult.csv \
  --relationships=SUPPORT=events_support.csv \
  --relationships=NOT_SUPPORT=events_not_support.csv \
  --relationships=CONCEDE=events_concede.csv \
  --relationships=NOT_CONCEDE=events_not_concede.csv \
  --relationships=COOPERATE=events_cooperate.csv \
  --relationships=NOT_COOPERATE=events_not_cooperate.csv \
  --relationships=AID=events_aid.csv \
  --relationships=NOT_AID=events_not_aid.csv \
  --relationships=RETREAT=events_retreat.csv \
  --relationships=NOT_RETREAT=events_not_retreat.csv \
  --relationships=REQUEST=events_request.csv \
  --relationships=NOT_REQUEST=events_not_request.csv \
  --relationships=ACCUSE=events_accuse.csv \
  --relationships=NOT_ACCUSE=events_not_accuse.csv \
  --relationships=REJECT=events_reject.csv \
  --relationships=NOT_REJECT=events_not_reject.csv \
  --relationships=THREATEN=events_threaten.csv \
  --relationships=NOT_THREATEN=events_not_threaten.csv \
  --relationships=PROTEST=events_protest.csv \
  --relationships=NOT_PROTEST=events_not_protest.csv \
  --relationships=SANCTION=events_sanction.csv \
  --relationships=NOT_SANCTION=events_not_sanction.csv \
  --relationships=MOBILIZE=events_mobilize.csv \
  --relationships=NOT_MOBILIZE=events_not_mobilize.csv \
  --relationships=COERCE=events_coerce.csv \
  --relationships=NOT_COERCE=events_not_coerce.csv \
  --relationships=ASSAULT=events_assault.csv \
  --relationships=NOT_ASSAULT=events_not_assault.csv \
  --relationships=RELATED_TO=events_related_to.csv \
  --relationships=events_other.csv \
  --delimiter=, --array-delimiter=';' --quote='"' \
  "$@"
