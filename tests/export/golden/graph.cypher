// newsgraph knowledge graph for Neo4j 5: 5 entities, 4 relations.
// Load with: cypher-shell -a neo4j://localhost:7687 -u neo4j -f graph.cypher
// Idempotent: entities are merged on :Entity(key) and relations on (source, type, label, target),
// so running the script again changes nothing.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;

UNWIND [
  {key: 'person:vladimir-5Fputin', name: 'Vladimir Putin', type: 'PERSON', aliases: ['President Putin', 'Putin', 'Vladimir Putin'], mentions: 6, documents: 2, degree: 1, code_cameo: 'RUSGOV'}
] AS row
MERGE (n:Entity {key: row.key})
SET n.name = row.name, n.type = row.type, n.aliases = row.aliases, n.mentions = row.mentions,
    n.documents = row.documents, n.degree = row.degree, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
REMOVE n:Organization:Gpe:Location:Norp:Other
SET n:Person;

UNWIND [
  {key: 'organization:nato', name: 'NATO', type: 'ORGANIZATION', aliases: ['NATO', 'North Atlantic Treaty Organization'], mentions: 4, documents: 2, degree: 2, code_cameo: 'IGOWSTNAT'}
] AS row
MERGE (n:Entity {key: row.key})
SET n.name = row.name, n.type = row.type, n.aliases = row.aliases, n.mentions = row.mentions,
    n.documents = row.documents, n.degree = row.degree, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
REMOVE n:Person:Gpe:Location:Norp:Other
SET n:Organization;

UNWIND [
  {key: 'gpe:russia', name: 'Russia', type: 'GPE', aliases: ['Russia', 'Russian Federation'], mentions: 14, documents: 3, degree: 1, code_cameo: 'RUS', code_iso3166: 'RUS'},
  {key: 'gpe:ukraine', name: 'Ukraine', type: 'GPE', aliases: ['Ukraine'], mentions: 11, documents: 3, degree: 4, code_cameo: 'UKR', code_iso3166: 'UKR'}
] AS row
MERGE (n:Entity {key: row.key})
SET n.name = row.name, n.type = row.type, n.aliases = row.aliases, n.mentions = row.mentions,
    n.documents = row.documents, n.degree = row.degree, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
REMOVE n:Person:Organization:Location:Norp:Other
SET n:Gpe;

UNWIND [
  {key: 'location:black-5Fsea', name: 'Black Sea', type: 'LOCATION', aliases: ['Black Sea'], mentions: 1, documents: 1, degree: 0}
] AS row
MERGE (n:Entity {key: row.key})
SET n.name = row.name, n.type = row.type, n.aliases = row.aliases, n.mentions = row.mentions,
    n.documents = row.documents, n.degree = row.degree, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
REMOVE n:Person:Organization:Gpe:Norp:Other
SET n:Location;

UNWIND [
  {source: 'person:vladimir-5Fputin', target: 'gpe:ukraine', label: 'accuses', weight: 2, cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', documents: 2, first_seen: date('2024-03-01'), last_seen: date('2024-03-04'), evidence: ['[wire-0001 #2] Putin accused Ukraine of shelling the "border" region.', '[wire-0007 #0] President Putin again accused Ukraine.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:ACCUSES {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'gpe:ukraine', target: 'organization:nato', label: 'appeals to', weight: 1, cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', documents: 1, first_seen: null, last_seen: null, evidence: ['[undated-note #1] Ukraine appealed to NATO for air defence.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:APPEALS_TO {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'gpe:russia', target: 'gpe:ukraine', label: 'attacks', weight: 6, cameo: '190', quad: 4, goldstein: -10.0, plover: 'ASSAULT', documents: 3, first_seen: date('2024-03-01'), last_seen: date('2024-03-05'), evidence: ['[wire-0001 #0] Russia attacked Ukraine\'s power grid.', '[wire-0001 #4] Russian forces struck Kharkiv & Odesa.', '[wire-0003 #1] Russia launched drones at Kyiv.', '[wire-0003 #6] Missiles hit Lviv, officials said.', '[wire-0009 #3] Russia shelled villages near the border.', '[wire-0009 #5] Russian troops attacked a port.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:ATTACKS {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'organization:nato', target: 'gpe:ukraine', label: 'hosts', weight: 1, cameo: '043', quad: 1, goldstein: 2.8, plover: 'CONSULT', documents: 1, first_seen: date('2024-03-02'), last_seen: date('2024-03-02'), evidence: ['[wire-0004 #3] NATO hosted Ukrainian ministers in Brussels.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:HOSTS {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;
