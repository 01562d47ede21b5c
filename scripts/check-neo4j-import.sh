#!/bin/sh
# Stands in for neo4j-admin under an import.sh that newsgraph wrote: instead of importing, checks
# every file import.sh names, with the options it gives, using validate_neo4j_csv.py --strict
# (neo4j-admin's header, quoting, type and ID rules) from the folder VALIDATE names:
#   VALIDATE=../shared/validate NEO4J_ADMIN=scripts/check-neo4j-import.sh out/neo4j/import.sh
set -eu
if [ $# -lt 4 ] || [ "$1 $2 $3" != "database import full" ]; then
  echo "usage: $0 database import full DATABASE [--nodes=... --relationships=... options]" >&2
  exit 2
fi
shift 4
exec /usr/bin/python3 "${VALIDATE:?VALIDATE must name the folder of validate_neo4j_csv.py}/validate_neo4j_csv.py" \
  --strict --quiet "$@"
