// Lays out a GEXF graph for the picture: reads the file with graphology-gexf
// (keeping its viz colours and sizes), places every node at a position derived
// from a hash of its id, runs a fixed number of ForceAtlas2 iterations and marks
// the labelled nodes. The same GEXF always yields the same positions.
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export const LAYOUT_ITERATIONS = 600;
export const LABELLED_NODES = 25;

// FNV-1a over the UTF-16 code units of text: a 32-bit unsigned hash.
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

// Initial position in [-spread, spread)^2, a function of the node id only.
function initialPosition(id, spread) {
  const unit = (salt) => fnv1a(salt + id) / 0x100000000;
  return { x: (unit('x:') * 2 - 1) * spread, y: (unit('y:') * 2 - 1) * spread };
}

// Node ids ordered by decreasing PageRank, ties by id.
function idsByPagerank(graph) {
  const rank = (id) => Number(graph.getNodeAttribute(id, 'pagerank')) || 0;
  return graph.nodes().sort((a, b) => rank(b) - rank(a) || (a < b ? -1 : a > b ? 1 : 0));
}

// Returns a graphology graph with x, y, size, color, label and labelVisibility (sigma) set on
// every node; only the LABELLED_NODES nodes of highest PageRank keep a label.
export function layoutGexf(path) {
  const graph = gexf.parse(MultiDirectedGraph, readFileSync(path, 'utf8'));
  const spread = 10 * Math.sqrt(graph.order);
  graph.updateEachNodeAttributes((id, attrs) => ({ ...attrs, ...initialPosition(id, spread) }));
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, { iterations: LAYOUT_ITERATIONS, settings, getEdgeWeight: 'weight' });
  const labelled = new Set(idsByPagerank(graph).slice(0, LABELLED_NODES));
  graph.updateEachNodeAttributes((id, attrs) => ({
    ...attrs,
    label: labelled.has(id) ? attrs.label : '',
    labelVisibility: labelled.has(id) ? 'visible' : 'hidden',
  }));
  return graph;
}
