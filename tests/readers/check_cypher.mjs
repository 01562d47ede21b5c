#!/usr/bin/env node
// Checks a Cypher script with Neo4j's own front end (@neo4j-cypher/language-support, the parser
// and semantic linter of Neo4j's editor tooling), as cypher-shell -f would run it:
//   - the file is UTF-8 without raw control characters (tab, LF and CR allowed);
//   - every string literal ends, and uses only the escapes Cypher defines
//     (\t \b \n \r \f \' \" \\ \uXXXX);
//   - Neo4j's lexer splits the script into the same statements as the ';' outside literals and
//     comments do, and every statement is terminated by ';';
//   - Neo4j's linter reports no error and no warning for any statement;
//   - the script can be re-run: constraints use IF NOT EXISTS, every label MERGEd on has a
//     uniqueness constraint on the MERGE key, and no data is CREATEd.
// Neo4j's linter takes about half a second per statement, more for long literal lists, so by
// default it sees each statement with every list longer than three elements cut to its first two
// and last element: rows and evidence entries are written alike, every literal is still scanned
// and Neo4j's lexer still splits the whole file. --full lints the statements whole.
//
// usage: node check_cypher.mjs FILE [--full]
// exit:  0 PASS, 1 FAIL, 2 usage error or missing npm package (run `npm ci` in this folder)
import fs from 'node:fs';
import {createRequire} from 'node:module';

const args = process.argv.slice(2);
const full = args.includes('--full');
const files = args.filter((a) => !a.startsWith('--'));
if (files.length !== 1) {
  console.error('usage: node check_cypher.mjs FILE [--full]');
  process.exit(2);
}
const file = files[0];
const problems = [];
const fail = (message) => problems.push(message);

function finish() {
  for (const p of problems) console.log(`  ${p}`);
  console.log(`${problems.length ? 'FAIL' : 'PASS'} cypher ${file}: ${summary}`);
  process.exit(problems.length ? 1 : 0);
}
let summary = 'not checked';

// The package's CommonJS build: the ES module build of the version pinned for node 18
// (2.0.0-next.20) imports a file it does not ship.
let ls;
try {
  ls = createRequire(import.meta.url)('@neo4j-cypher/language-support');
} catch (e) {
  console.error(`@neo4j-cypher/language-support is not installed (run npm ci in tests/readers): ${e.message}`);
  process.exit(2);
}

let bytes;
try {
  bytes = fs.readFileSync(file);
} catch (e) {
  fail(`cannot read: ${e.message}`);
  finish();
}
let text;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch (e) {
  fail(`not valid UTF-8 (${e.message})`);
  finish();
}

const position = (offset) => {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
};

for (const m of text.matchAll(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)) {
  fail(`${position(m.index)}: raw control character U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// One pass over the script: literal, comment and statement boundaries.
const kEscapes = new Set(['t', 'b', 'n', 'r', 'f', "'", '"', '\\']);
const statementEnds = [];  // offset just past each ';' outside literals and comments
const literals = [];       // [start, end) of every string literal, quotes included
{
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) fail(`${position(i)}: unterminated /* comment`);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end < 0) fail(`${position(i)}: unterminated backtick name`);
      i = end < 0 ? text.length : end + 1;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== c; j++) {
        if (text[j] !== '\\') continue;
        const next = text[j + 1];
        if (next === 'u') {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(j + 2, j + 6))) fail(`${position(j)}: \\u needs four hex digits`);
          j += 5;
        } else {
          if (!kEscapes.has(next)) fail(`${position(j)}: invalid escape \\${next ?? ''} in a string literal`);
          j += 1;
        }
      }
      if (j >= text.length) {
        fail(`${position(i)}: string literal never ends`);
        finish();
      }
      literals.push([i, j + 1]);
      i = j + 1;
    } else {
      if (c === ';') statementEnds.push(i + 1);
      i++;
    }
  }
}

// Code of a statement with comments removed, for the shape checks below.
const withoutComments = (s) => s.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').trim();
// The statement with every string literal emptied, so that payloads cannot match a rule.
const withoutLiterals = (s) => s.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''");

const statements = ls.parseStatementsStrs(text).filter((s) => withoutComments(s) !== '');
if (statements.length !== statementEnds.length) {
  fail(`Neo4j's lexer sees ${statements.length} statement(s) but there are ${statementEnds.length} ';' outside literals: a literal or comment is not where it seems`);
}

// The statement with every list literal of more than three elements (at any depth: UNWIND rows,
// evidence lists) cut to its first two and last element, or null when nothing is cut.
function shortened(statement) {
  let cut = false;
  // Copies statement[i..] up to the end of the enclosing bracket; returns [text, next index].
  function copy(i, close) {
    let out = '';
    while (i < statement.length) {
      const c = statement[i];
      if (c === "'" || c === '"' || c === '`') {
        let j = i + 1;
        for (; j < statement.length && statement[j] !== c; j++) if (statement[j] === '\\' && c !== '`') j++;
        out += statement.slice(i, j + 1);
        i = j + 1;
      } else if (c === '/' && statement[i + 1] === '/') {
        const j = statement.indexOf('\n', i);
        i = j < 0 ? statement.length : j;
      } else if (c === '[') {
        const elements = [];
        let element = '';
        i++;
        for (;;) {
          const [text, next] = copy(i, ',]');
          element += text;
          i = next + 1;
          if (statement[next] !== ',') break;
          elements.push(element);
          element = '';
        }
        elements.push(element);
        if (elements.length > 3) {
          elements.splice(2, elements.length - 3);
          cut = true;
        }
        out += '[' + elements.join(',') + ']';
      } else if (c === '{' || c === '(') {
        const [text, next] = copy(i + 1, c === '{' ? '}' : ')');
        out += c + text + (statement[next] ?? '');
        i = next + 1;
      } else if (close.includes(c)) {
        return [out, i];
      } else {
        out += c;
        i++;
      }
    }
    return [out, i];
  }
  const [text] = copy(0, '');
  return cut ? text : null;
}

const constraints = new Map();  // label -> properties with a uniqueness constraint
const merges = [];               // [statement index, label, properties]
let linted = 0;
let shortenedCount = 0;
statements.forEach((statement, index) => {
  const where = `statement ${index + 1}`;
  const code = withoutComments(statement);
  if (!code.endsWith(';')) fail(`${where}: not terminated by ';'`);
  let query = statement;
  if (!full) {
    const short = shortened(statement);
    if (short !== null) {
      query = short;
      shortenedCount++;
    }
  }
  // 2.0.0-next.20 returns the diagnostics as an array; later versions as {diagnostics}.
  const result = ls.lintCypherQuery(query, {}, false);
  const diagnostics = Array.isArray(result) ? result : result.diagnostics;
  linted++;
  for (const d of diagnostics) {
    const kind = d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'note';
    if (d.severity > 2) continue;
    const snippet = query.slice(Math.max(0, d.offsets.start - 30), d.offsets.end + 30).replace(/\s+/g, ' ');
    fail(`${where}: Neo4j ${kind}: ${d.message.replace(/\s+/g, ' ').slice(0, 300)} near <<${snippet}>>`);
  }

  const bare = withoutLiterals(code);
  for (const m of bare.matchAll(/CREATE\s+CONSTRAINT\b([\s\S]*?)FOR\s*\(\s*\w+\s*:\s*(\w+)\s*\)\s*REQUIRE\s*\(?([\w.,\s]+?)\)?\s*IS\s+(?:NODE\s+)?(?:UNIQUE|KEY)/gi)) {
    if (!/IF\s+NOT\s+EXISTS/i.test(m[1])) fail(`${where}: CREATE CONSTRAINT without IF NOT EXISTS fails on a second run`);
    const properties = m[3].split(',').map((p) => p.trim().replace(/^\w+\./, ''));
    constraints.set(m[2], [...(constraints.get(m[2]) ?? []), ...properties]);
  }
  for (const m of bare.matchAll(/MERGE\s*\(\s*\w*\s*:\s*(\w+)\s*\{([^}]*)\}/gi)) {
    merges.push([index, m[1], m[2].split(',').map((kv) => kv.split(':')[0].trim())]);
  }
  if (/(^|[^\w])CREATE\s*\(/i.test(bare)) fail(`${where}: CREATE of data duplicates it when the script runs again; use MERGE`);
});
for (const [index, label, keys] of merges) {
  const unique = constraints.get(label) ?? [];
  if (!keys.every((k) => unique.includes(k))) {
    fail(`statement ${index + 1}: MERGE on :${label} {${keys.join(', ')}} has no uniqueness constraint on those properties in this script`);
  }
}

summary = `${statements.length} statement(s), ${literals.length} string literal(s), ${linted} linted by Neo4j` +
  (shortenedCount ? ` (${shortenedCount} with long lists cut to 3 elements; --full lints them whole)` : '');
finish();
