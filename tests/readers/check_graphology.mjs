#!/usr/bin/env node
// Loads a newsgraph graphology export (graph.graphology.json) with graphology's own importer, as
// a JavaScript user (sigma.js, Gephi Lite's library) does, and checks what it sees:
//   - the file is strict UTF-8 JSON;
//   - Graph.from(data) builds a directed multigraph with one node per entry of "nodes" and one
//     edge per entry of "edges";
//   - every node and edge carries its attributes with the documented JSON types, and each
//     node's degree attribute equals the actor pairs graphology finds around it.
//
// usage: node check_graphology.mjs FILE
// exit:  0 PASS, 1 FAIL, 2 usage error or missing npm package (run `npm ci` in this folder)
import fs from 'node:fs';

const files = process.argv.slice(2);
if (files.length !== 1) {
  console.error('usage: node check_graphology.mjs FILE');
  process.exit(2);
}
const file = files[0];
let graphology;
try {
  graphology = await import('graphology');
} catch (e) {
  console.error(`graphology is not installed (run npm ci in tests/readers): ${e.message}`);
  process.exit(2);
}
const Graph = graphology.default.Graph ?? graphology.default;

const NODE_TYPES = {label: 'string', type: 'string', aliases: 'array', mentions: 'integer',
                    documents: 'integer', degree: 'integer', in_degree: 'integer',
                    out_degree: 'integer', weighted_degree: 'number', pagerank: 'number',
                    betweenness: 'number', community: 'integer', codes: 'object'};
const EDGE_TYPES = {relation: 'string', label: 'string', weight: 'integer', cameo: 'string',
                    quad: 'integer', goldstein: 'number|null', plover: 'string',
                    documents: 'integer', first_seen: 'string', last_seen: 'string',
                    evidence: 'array'};
const problems = [];

function kindOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function checkTypes(what, attributes, types) {
  for (const [name, expected] of Object.entries(types)) {
    const kind = kindOf(attributes[name]);
    const allowed = expected.split('|');
    if (!allowed.includes(kind) && !(kind === 'integer' && allowed.includes('number'))) {
      problems.push(`${what}: ${name} is ${kind}, expected ${expected}`);
    }
  }
}

function load() {
  const bytes = fs.readFileSync(file);
  const text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  return JSON.parse(text);
}

let data;
let graph;
try {
  data = load();
  graph = Graph.from(data);
} catch (e) {
  problems.push(`cannot load: ${e.name}: ${e.message}`);
}
if (graph) {
  if (graph.type !== 'directed' || !graph.multi) {
    problems.push(`read as a ${graph.type} graph (multi ${graph.multi}), expected directed multi`);
  }
  if (graph.order !== data.nodes.length || graph.size !== data.edges.length) {
    problems.push(`${graph.order} nodes, ${graph.size} edges; the file has ` +
                  `${data.nodes.length} and ${data.edges.length}`);
  }
  graph.forEachNode((key, attributes) => {
    checkTypes(`node ${JSON.stringify(key)}`, attributes, NODE_TYPES);
    // degree counts actor pairs: distinct actors it has a relation to, plus those with one to it.
    const pairs = graph.outNeighbors(key).length + graph.inNeighbors(key).length;
    if (attributes.degree !== pairs) {
      problems.push(`node ${JSON.stringify(key)}: degree ${attributes.degree} but ` +
                    `${pairs} actor pairs touch it`);
    }
  });
  graph.forEachEdge((key, attributes, source, target) => {
    checkTypes(`edge ${JSON.stringify(source)} -> ${JSON.stringify(target)}`, attributes,
               EDGE_TYPES);
  });
}
for (const problem of problems.slice(0, 20)) console.log(`  [graphology] FAIL: ${problem}`);
if (problems.length > 20) console.log(`  [graphology] FAIL: ... and ${problems.length - 20} more`);
if (problems.length === 0) {
  console.log(`  [graphology] ok: ${graph.type} multigraph with ${graph.order} nodes, ` +
              `${graph.size} edges`);
  console.log(`PASS graphology ${file}`);
  process.exit(0);
}
console.log(`FAIL graphology ${file}: ${problems.length} problem(s)`);
process.exit(1);
