#!/bin/sh
# Renders a newsgraph GEXF to a PNG the way Gephi Lite shows it: graphology and
# graphology-gexf read the file (keeping its viz colours and sizes), ForceAtlas2
# lays it out from positions hashed from the node ids (so the picture is the same
# on every run), and sigma.js draws it in headless Chromium (Debian's `chromium`,
# installed here if missing); the 25 nodes of highest PageRank are labelled.
# Usage: scripts/render-graph.sh GEXF OUT.png
set -eu

if [ "$#" -ne 2 ]; then
    echo "usage: $0 GEXF OUT.png" >&2
    exit 2
fi
gexf=$(realpath "$1")
out=$(realpath -m "$2")
render_dir=$(cd "$(dirname "$0")/../docs/render" && pwd)

if [ ! -x /usr/bin/chromium ]; then
    apt-get install -y --no-install-recommends chromium
fi
cd "$render_dir"
npm ci --no-audit --no-fund --loglevel=error
npx esbuild page.js --bundle --format=iife --log-level=warning --outfile=build/page.bundle.js
node render.mjs "$gexf" "$out"
