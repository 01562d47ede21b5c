// newsgraph knowledge graph for Neo4j 5.23 or later: 5 actors, 4 relations, 6 articles.
// Load with: cypher-shell -a neo4j://localhost:7687 -u neo4j -f graph.cypher
// Idempotent: actors and articles are merged on their id, relations on (source, type, label, period, target),
// and every property is set, so running the script again changes nothing.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

UNWIND [
  {id: 'undated-note', title: null, date: null, source: null, url: null},
  {id: 'wire-0001', title: 'Russia strikes Ukraine\'s grid', date: '2024-03-01', source: 'Meridian Wire', url: 'https://wire.example/0001'},
  {id: 'wire-0003', title: 'Drones over Kyiv', date: '2024-03-02', source: 'Meridian Wire', url: 'https://wire.example/0003'},
  {id: 'wire-0004', title: null, date: '2024-03-02', source: null, url: 'https://wire.example/0004'},
  {id: 'wire-0007', title: null, date: '2024-03-04', source: null, url: null},
  {id: 'wire-0009', title: 'Border villages shelled', date: null, source: 'Northbridge Daily', url: null}
] AS row
CALL (row) {
  MERGE (a:Article {id: row.id})
  SET a.title = row.title, a.date = date(row.date), a.source = row.source, a.url = row.url
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {id: 'person:vladimir-5Fputin', name: 'Vladimir Putin', type: 'PERSON', aliases: ['President Putin', 'Putin', 'Vladimir Putin'], mentions: 6, documents: 2, degree: 1, in_degree: 0, out_degree: 1, weighted_degree: 2.0, pagerank: 0.03614457831325302, betweenness: 0.0, community: 0, code_cameo: 'RUSGOV'}
] AS row
CALL (row) {
  MERGE (n:Actor {id: row.id})
  SET n.name = row.name, n.type = row.type, n.aliases = row.aliases,
      n.mentions = row.mentions, n.documents = row.documents, n.degree = row.degree, n.in_degree = row.in_degree, n.out_degree = row.out_degree, n.weighted_degree = row.weighted_degree, n.pagerank = row.pagerank, n.betweenness = row.betweenness, n.community = row.community, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
  REMOVE n:Organization:Country:Location:Group
  SET n:Person
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {id: 'organization:nato', name: 'NATO', type: 'ORGANIZATION', aliases: ['NATO', 'North Atlantic Treaty Organization'], mentions: 4, documents: 2, degree: 2, in_degree: 1, out_degree: 1, weighted_degree: 2.0, pagerank: 0.42917616411592535, betweenness: 0.0, community: 0, code_cameo: 'IGOWSTNAT'}
] AS row
CALL (row) {
  MERGE (n:Actor {id: row.id})
  SET n.name = row.name, n.type = row.type, n.aliases = row.aliases,
      n.mentions = row.mentions, n.documents = row.documents, n.degree = row.degree, n.in_degree = row.in_degree, n.out_degree = row.out_degree, n.weighted_degree = row.weighted_degree, n.pagerank = row.pagerank, n.betweenness = row.betweenness, n.community = row.community, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
  REMOVE n:Person:Country:Location:Group
  SET n:Organization
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {id: 'gpe:russia', name: 'Russia', type: 'GPE', aliases: ['Russia', 'Russian Federation'], mentions: 14, documents: 3, degree: 1, in_degree: 0, out_degree: 1, weighted_degree: 6.0, pagerank: 0.03614457831325302, betweenness: 0.0, community: 0, code_cameo: 'RUS', code_iso3166: 'RUS'},
  {id: 'gpe:ukraine', name: 'Ukraine', type: 'GPE', aliases: ['Ukraine'], mentions: 11, documents: 3, degree: 4, in_degree: 3, out_degree: 1, weighted_degree: 10.0, pagerank: 0.4623901009443156, betweenness: 0.16666666666666666, community: 0, code_cameo: 'UKR', code_iso3166: 'UKR'}
] AS row
CALL (row) {
  MERGE (n:Actor {id: row.id})
  SET n.name = row.name, n.type = row.type, n.aliases = row.aliases,
      n.mentions = row.mentions, n.documents = row.documents, n.degree = row.degree, n.in_degree = row.in_degree, n.out_degree = row.out_degree, n.weighted_degree = row.weighted_degree, n.pagerank = row.pagerank, n.betweenness = row.betweenness, n.community = row.community, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
  REMOVE n:Person:Organization:Location:Group
  SET n:Country
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {id: 'location:black-5Fsea', name: 'Black Sea', type: 'LOCATION', aliases: ['Black Sea'], mentions: 1, documents: 1, degree: 0, in_degree: 0, out_degree: 0, weighted_degree: 0.0, pagerank: 0.03614457831325302, betweenness: 0.0, community: 1}
] AS row
CALL (row) {
  MERGE (n:Actor {id: row.id})
  SET n.name = row.name, n.type = row.type, n.aliases = row.aliases,
      n.mentions = row.mentions, n.documents = row.documents, n.degree = row.degree, n.in_degree = row.in_degree, n.out_degree = row.out_degree, n.weighted_degree = row.weighted_degree, n.pagerank = row.pagerank, n.betweenness = row.betweenness, n.community = row.community, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
  REMOVE n:Person:Organization:Country:Group
  SET n:Location
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {actor: 'gpe:russia', article: 'wire-0001', count: 6},
  {actor: 'gpe:russia', article: 'wire-0003', count: 4},
  {actor: 'gpe:russia', article: 'wire-0009', count: 4},
  {actor: 'gpe:ukraine', article: 'undated-note', count: 4},
  {actor: 'gpe:ukraine', article: 'wire-0001', count: 5},
  {actor: 'gpe:ukraine', article: 'wire-0004', count: 2},
  {actor: 'location:black-5Fsea', article: 'wire-0003', count: 1},
  {actor: 'organization:nato', article: 'undated-note', count: 1},
  {actor: 'organization:nato', article: 'wire-0004', count: 3},
  {actor: 'person:vladimir-5Fputin', article: 'wire-0001', count: 4},
  {actor: 'person:vladimir-5Fputin', article: 'wire-0007', count: 2}
] AS row
CALL (row) {
  MATCH (n:Actor {id: row.actor})
  MATCH (a:Article {id: row.article})
  MERGE (n)-[m:MENTIONED_IN]->(a)
  SET m.count = row.count
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {source: 'person:vladimir-5Fputin', target: 'gpe:ukraine', label: 'accuses', cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', weight: 2, documents: 2, first_seen: '2024-03-01', last_seen: '2024-03-04', article_ids: ['wire-0001', 'wire-0007'], sentences: [2, 0], evidence: ['Putin accused Ukraine of shelling the "border" region.', 'President Putin again accused Ukraine.']}
] AS row
CALL (row) {
  MATCH (s:Actor {id: row.source})
  MATCH (t:Actor {id: row.target})
  MERGE (s)-[r:ACCUSE {label: row.label, period: 'all'}]->(t)
  SET r.cameo = row.cameo, r.quad = row.quad, r.goldstein = row.goldstein, r.plover = row.plover,
      r.weight = row.weight, r.documents = row.documents,
      r.first_seen = date(row.first_seen), r.last_seen = date(row.last_seen),
      r.article_ids = row.article_ids, r.sentences = row.sentences, r.evidence = row.evidence
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {source: 'gpe:russia', target: 'gpe:ukraine', label: 'attacks', cameo: '190', quad: 4, goldstein: -10.0, plover: 'ASSAULT', weight: 6, documents: 3, first_seen: '2024-03-01', last_seen: '2024-03-05', article_ids: ['wire-0001', 'wire-0001', 'wire-0003', 'wire-0003', 'wire-0009', 'wire-0009'], sentences: [0, 4, 1, 6, 3, 5], evidence: ['Russia attacked Ukraine\'s power grid.', 'Russian forces struck Kharkiv & Odesa.', 'Russia launched drones at Kyiv.', 'Missiles hit Lviv, officials said.', 'Russia shelled villages near the border.', 'Russian troops attacked a port.']}
] AS row
CALL (row) {
  MATCH (s:Actor {id: row.source})
  MATCH (t:Actor {id: row.target})
  MERGE (s)-[r:ASSAULT {label: row.label, period: 'all'}]->(t)
  SET r.cameo = row.cameo, r.quad = row.quad, r.goldstein = row.goldstein, r.plover = row.plover,
      r.weight = row.weight, r.documents = row.documents,
      r.first_seen = date(row.first_seen), r.last_seen = date(row.last_seen),
      r.article_ids = row.article_ids, r.sentences = row.sentences, r.evidence = row.evidence
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {source: 'organization:nato', target: 'gpe:ukraine', label: 'hosts', cameo: '043', quad: 1, goldstein: 2.8, plover: 'CONSULT', weight: 1, documents: 1, first_seen: '2024-03-02', last_seen: '2024-03-02', article_ids: ['wire-0004'], sentences: [3], evidence: ['NATO hosted Ukrainian ministers in Brussels.']}
] AS row
CALL (row) {
  MATCH (s:Actor {id: row.source})
  MATCH (t:Actor {id: row.target})
  MERGE (s)-[r:CONSULT {label: row.label, period: 'all'}]->(t)
  SET r.cameo = row.cameo, r.quad = row.quad, r.goldstein = row.goldstein, r.plover = row.plover,
      r.weight = row.weight, r.documents = row.documents,
      r.first_seen = date(row.first_seen), r.last_seen = date(row.last_seen),
      r.article_ids = row.article_ids, r.sentences = row.sentences, r.evidence = row.evidence
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {source: 'gpe:ukraine', target: 'organization:nato', label: 'appeals to', cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', weight: 1, documents: 1, first_seen: null, last_seen: null, article_ids: ['undated-note'], sentences: [1], evidence: ['Ukraine appealed to NATO for air defence.']}
] AS row
CALL (row) {
  MATCH (s:Actor {id: row.source})
  MATCH (t:Actor {id: row.target})
  MERGE (s)-[r:REQUEST {label: row.label, period: 'all'}]->(t)
  SET r.cameo = row.cameo, r.quad = row.quad, r.goldstein = row.goldstein, r.plover = row.plover,
      r.weight = row.weight, r.documents = row.documents,
      r.first_seen = date(row.first_seen), r.last_seen = date(row.last_seen),
      r.article_ids = row.article_ids, r.sentences = row.sentences, r.evidence = row.evidence
} IN TRANSACTIONS OF 100 ROWS;
