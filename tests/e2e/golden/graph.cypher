// newsgraph knowledge graph for Neo4j 5: 28 entities, 41 relations.
// Load with: cypher-shell -a neo4j://localhost:7687 -u neo4j -f graph.cypher
// Idempotent: entities are merged on :Entity(key) and relations on (source, type, label, target),
// so running the script again changes nothing.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;

UNWIND [
  {key: 'andrii_sybiha', name: 'Andrii Sybiha', type: 'PERSON', aliases: ['Andrii Sybiha'], mentions: 1, documents: 1, degree: 1},
  {key: 'antonio_guterres', name: 'Antonio Guterres', type: 'PERSON', aliases: ['Antonio Guterres', 'Guterres'], mentions: 5, documents: 2, degree: 3},
  {key: 'antony_blinken', name: 'Antony Blinken', type: 'PERSON', aliases: ['Antony Blinken', 'Blinken'], mentions: 6, documents: 4, degree: 3},
  {key: 'benjamin_netanyahu', name: 'Benjamin Netanyahu', type: 'PERSON', aliases: ['Benjamin Netanyahu'], mentions: 1, documents: 1, degree: 1},
  {key: 'dmytro_kuleba', name: 'Dmytro Kuleba', type: 'PERSON', aliases: ['Dmytro Kuleba', 'Kuleba'], mentions: 6, documents: 4, degree: 3},
  {key: 'hossein_amir_abdollahian', name: 'Hossein Amir-Abdollahian', type: 'PERSON', aliases: ['Hossein Amir-Abdollahian'], mentions: 1, documents: 1, degree: 1},
  {key: 'jens_stoltenberg', name: 'Jens Stoltenberg', type: 'PERSON', aliases: ['Jens Stoltenberg', 'Stoltenberg'], mentions: 4, documents: 2, degree: 1},
  {key: 'joe_biden', name: 'Joe Biden', type: 'PERSON', aliases: ['Biden', 'Joe Biden'], mentions: 3, documents: 1, degree: 1},
  {key: 'josep_borrell', name: 'Josep Borrell', type: 'PERSON', aliases: ['Borrell', 'Josep Borrell'], mentions: 4, documents: 3, degree: 1},
  {key: 'maria_zakharova', name: 'Maria Zakharova', type: 'PERSON', aliases: ['Maria Zakharova'], mentions: 1, documents: 1, degree: 1},
  {key: 'masoud_pezeshkian', name: 'Masoud Pezeshkian', type: 'PERSON', aliases: ['Masoud Pezeshkian'], mentions: 1, documents: 1, degree: 1},
  {key: 'recep_tayyip_erdogan', name: 'Recep Tayyip Erdogan', type: 'PERSON', aliases: ['Recep Tayyip Erdogan'], mentions: 1, documents: 1, degree: 1},
  {key: 'sergei_lavrov', name: 'Sergei Lavrov', type: 'PERSON', aliases: ['Lavrov', 'Sergei Lavrov'], mentions: 9, documents: 3, degree: 7, code_cameo: 'RUSGOV'},
  {key: 'viktor_orban', name: 'Viktor Orban', type: 'PERSON', aliases: ['Orban', 'Viktor Orban'], mentions: 3, documents: 2, degree: 1},
  {key: 'volodymyr_zelensky', name: 'Volodymyr Zelensky', type: 'PERSON', aliases: ['Volodymyr Zelensky', 'Zelensky'], mentions: 2, documents: 2, degree: 3}
] AS row
MERGE (n:Entity {key: row.key})
SET n.name = row.name, n.type = row.type, n.aliases = row.aliases, n.mentions = row.mentions,
    n.documents = row.documents, n.degree = row.degree, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
REMOVE n:Organization:Gpe:Location:Norp:Other
SET n:Person;

UNWIND [
  {key: 'european_union', name: 'European Union', type: 'ORGANIZATION', aliases: ['BRUSSELS', 'Brussels', 'EU', 'European Union'], mentions: 10, documents: 5, degree: 10, code_cameo: 'EUR'},
  {key: 'houthis', name: 'Houthis', type: 'ORGANIZATION', aliases: ['Houthis'], mentions: 1, documents: 1, degree: 1},
  {key: 'nato', name: 'NATO', type: 'ORGANIZATION', aliases: ['NATO'], mentions: 12, documents: 5, degree: 5, code_cameo: 'IGOWSTNAT'}
] AS row
MERGE (n:Entity {key: row.key})
SET n.name = row.name, n.type = row.type, n.aliases = row.aliases, n.mentions = row.mentions,
    n.documents = row.documents, n.degree = row.degree, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
REMOVE n:Person:Gpe:Location:Norp:Other
SET n:Organization;

UNWIND [
  {key: 'germany', name: 'Germany', type: 'GPE', aliases: ['Berlin', 'Germany'], mentions: 2, documents: 1, degree: 1, code_iso3166: 'DEU'},
  {key: 'hungary', name: 'Hungary', type: 'GPE', aliases: ['Hungary'], mentions: 3, documents: 2, degree: 1, code_iso3166: 'HUN'},
  {key: 'iran', name: 'Iran', type: 'GPE', aliases: ['Iran', 'Tehran'], mentions: 14, documents: 3, degree: 6, code_cameo: 'IRN', code_iso3166: 'IRN'},
  {key: 'israel', name: 'Israel', type: 'GPE', aliases: ['Israel'], mentions: 7, documents: 2, degree: 2, code_iso3166: 'ISR'},
  {key: 'moldova', name: 'Moldova', type: 'GPE', aliases: ['Moldova'], mentions: 1, documents: 1, degree: 2, code_cameo: 'MDA', code_iso3166: 'MDA'},
  {key: 'russia', name: 'Russia', type: 'GPE', aliases: ['Kremlin', 'MOSCOW', 'Moscow', 'Russia'], mentions: 26, documents: 8, degree: 12, code_cameo: 'RUS', code_iso3166: 'RUS'},
  {key: 'turkey', name: 'Turkey', type: 'GPE', aliases: ['ANKARA', 'Ankara', 'Turkey'], mentions: 7, documents: 2, degree: 2, code_cameo: 'TUR', code_iso3166: 'TUR'},
  {key: 'ukraine', name: 'Ukraine', type: 'GPE', aliases: ['Kyiv', 'Ukraine'], mentions: 23, documents: 7, degree: 6, code_cameo: 'UKR', code_iso3166: 'UKR'},
  {key: 'united_states', name: 'United States', type: 'GPE', aliases: ['U.S.', 'United States', 'WASHINGTON', 'Washington'], mentions: 15, documents: 6, degree: 4, code_cameo: 'USA', code_iso3166: 'USA'},
  {key: 'west', name: 'West', type: 'GPE', aliases: ['West'], mentions: 3, documents: 3, degree: 1}
] AS row
MERGE (n:Entity {key: row.key})
SET n.name = row.name, n.type = row.type, n.aliases = row.aliases, n.mentions = row.mentions,
    n.documents = row.documents, n.degree = row.degree, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
REMOVE n:Person:Organization:Location:Norp:Other
SET n:Gpe;

UNWIND [
  {source: 'dmytro_kuleba', target: 'russia', label: 'accuses', weight: 1, cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', documents: 1, first_seen: date('2024-02-12'), last_seen: date('2024-02-12'), evidence: ['[sample-001 #3] Foreign Minister Dmytro Kuleba said the ships had been struck by Russian missiles and called on the United Nations to send inspectors to the port of Odesa.']},
  {source: 'hossein_amir_abdollahian', target: 'united_states', label: 'accuses', weight: 1, cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', documents: 1, first_seen: date('2024-03-08'), last_seen: date('2024-03-08'), evidence: ['[sample-002 #5] Tehran had never sent weapons for use in Ukraine, he told state television, and he accused the United States of inventing evidence to justify sanctions.']},
  {source: 'maria_zakharova', target: 'nato', label: 'accuses', weight: 1, cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', documents: 1, first_seen: null, last_seen: null, evidence: ['[2024-07-briefing #5] Russian Foreign Ministry spokeswoman Maria Zakharova accused NATO of "preparing for a direct confrontation" with Russia, and Russia accused the United States of dragging Europe into a long war.']},
  {source: 'russia', target: 'ukraine', label: 'accuses', weight: 1, cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', documents: 1, first_seen: date('2024-02-12'), last_seen: date('2024-02-12'), evidence: ['[sample-001 #0] MOSCOW - Russia accused Ukraine on Monday of attacking civilian grain ships in the Black Sea, and Foreign Minister Sergei Lavrov said Kyiv was trying to wreck any chance of talks.']},
  {source: 'russia', target: 'united_states', label: 'accuses', weight: 1, cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', documents: 1, first_seen: null, last_seen: null, evidence: ['[2024-07-briefing #5] Russian Foreign Ministry spokeswoman Maria Zakharova accused NATO of "preparing for a direct confrontation" with Russia, and Russia accused the United States of dragging Europe into a long war.']},
  {source: 'sergei_lavrov', target: 'nato', label: 'accuses', weight: 1, cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', documents: 1, first_seen: null, last_seen: null, evidence: ['[2024-09-briefing #5] He also accused NATO of turning Ukraine into a testing ground for Western weapons.']},
  {source: 'sergei_lavrov', target: 'ukraine', label: 'accuses', weight: 1, cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', documents: 1, first_seen: date('2024-08-22'), last_seen: date('2024-08-22'), evidence: ['[sample-006 #4] He accused Ukraine of using the sea corridor to move weapons, a charge Kyiv has denied.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:ACCUSES {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'iran', target: 'houthis', label: 'arms', weight: 1, cameo: '072', quad: 2, goldstein: 8.3, plover: 'AID', documents: 1, first_seen: date('2024-03-08'), last_seen: date('2024-03-08'), evidence: ['[sample-002 #0] WASHINGTON - Washington urged Iran on Friday to stop supplying drones to Russia, after U.S. Secretary of State Antony Blinken said new evidence showed that Tehran was arming Russia and the Houthis.']},
  {source: 'iran', target: 'russia', label: 'arms', weight: 1, cameo: '072', quad: 2, goldstein: 8.3, plover: 'AID', documents: 1, first_seen: date('2024-03-08'), last_seen: date('2024-03-08'), evidence: ['[sample-002 #0] WASHINGTON - Washington urged Iran on Friday to stop supplying drones to Russia, after U.S. Secretary of State Antony Blinken said new evidence showed that Tehran was arming Russia and the Houthis.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:ARMS {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'russia', target: 'west', label: 'blocks', weight: 1, cameo: '120', quad: 3, goldstein: -4.0, plover: 'REJECT', documents: 1, first_seen: date('2024-04-15'), last_seen: date('2024-04-15'), evidence: ['[sample-003 #7] Russia blocked a Western draft statement.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:BLOCKS {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'antonio_guterres', target: 'iran', label: 'calls on', weight: 2, cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', documents: 2, first_seen: date('2024-04-15'), last_seen: date('2024-04-15'), evidence: ['[2024-09-briefing #2] Guterres called on Israel and Iran to stop the "cycle of reprisals" and urged Russia to end its strikes on Ukraine\'s power grid before the winter.', '[sample-003 #0] NEW YORK - United Nations Secretary-General Antonio Guterres called on Israel and Iran to show maximum restraint on Monday, after a night of drone and missile attacks raised fears of a wider war in the Middle East.']},
  {source: 'antonio_guterres', target: 'israel', label: 'calls on', weight: 2, cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', documents: 2, first_seen: date('2024-04-15'), last_seen: date('2024-04-15'), evidence: ['[2024-09-briefing #2] Guterres called on Israel and Iran to stop the "cycle of reprisals" and urged Russia to end its strikes on Ukraine\'s power grid before the winter.', '[sample-003 #0] NEW YORK - United Nations Secretary-General Antonio Guterres called on Israel and Iran to show maximum restraint on Monday, after a night of drone and missile attacks raised fears of a wider war in the Middle East.']},
  {source: 'josep_borrell', target: 'iran', label: 'calls on', weight: 1, cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', documents: 1, first_seen: date('2024-03-08'), last_seen: date('2024-03-08'), evidence: ['[sample-002 #3] Josep Borrell, the bloc\'s foreign policy chief, called on Iran to respect the United Nations arms embargo and said new sanctions on Iranian drone makers were being prepared.']},
  {source: 'volodymyr_zelensky', target: 'nato', label: 'calls on', weight: 1, cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', documents: 1, first_seen: null, last_seen: null, evidence: ['[2024-07-briefing #6] Zelensky met with Biden on the sidelines and thanked the allies, but he called on NATO to lift limits on the use of Western weapons against targets inside Russia.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:CALLS_ON {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'european_union', target: 'iran', label: 'condemns', weight: 1, cameo: '111', quad: 3, goldstein: -2.0, plover: 'ACCUSE', documents: 1, first_seen: date('2024-03-08'), last_seen: date('2024-03-08'), evidence: ['[sample-002 #2] Iran was also condemned by the European Union.']},
  {source: 'european_union', target: 'sergei_lavrov', label: 'condemns', weight: 1, cameo: '111', quad: 3, goldstein: -2.0, plover: 'ACCUSE', documents: 1, first_seen: null, last_seen: null, evidence: ['[2024-09-briefing #8] The speech by Lavrov was condemned by the European Union, and Borrell said Russia had "no lessons to give" on sovereignty.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:CONDEMNS {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'sergei_lavrov', target: 'nato', label: 'criticizes', weight: 1, cameo: '111', quad: 3, goldstein: -2.0, plover: 'ACCUSE', documents: 1, first_seen: date('2024-02-12'), last_seen: date('2024-02-12'), evidence: ['[sample-001 #6] Lavrov also took a jab at NATO, saying the alliance was "running the war from Brussels."']},
  {source: 'sergei_lavrov', target: 'united_states', label: 'criticizes', weight: 1, cameo: '111', quad: 3, goldstein: -2.0, plover: 'ACCUSE', documents: 1, first_seen: date('2024-08-22'), last_seen: date('2024-08-22'), evidence: ['[sample-006 #3] Lavrov welcomed the offer but took a jab at Washington, saying the United States was "the real obstacle to any settlement."']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:CRITICIZES {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'russia', target: 'ukraine', label: 'holds talks with', weight: 1, cameo: '040', quad: 1, goldstein: 1.0, plover: 'CONSULT', documents: 1, first_seen: date('2024-08-22'), last_seen: date('2024-08-22'), evidence: ['[sample-006 #0] ANKARA - Turkey offered on Thursday to host new talks between Russia and Ukraine on shipping in the Black Sea, as Lavrov met with Turkish Foreign Minister Hakan Fidan in Ankara.']},
  {source: 'ukraine', target: 'russia', label: 'holds talks with', weight: 1, cameo: '040', quad: 1, goldstein: 1.0, plover: 'CONSULT', documents: 1, first_seen: date('2024-08-22'), last_seen: date('2024-08-22'), evidence: ['[sample-006 #0] ANKARA - Turkey offered on Thursday to host new talks between Russia and Ukraine on shipping in the Black Sea, as Lavrov met with Turkish Foreign Minister Hakan Fidan in Ankara.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:HOLDS_TALKS_WITH {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'european_union', target: 'hungary', label: 'ignores', weight: 1, cameo: '120', quad: 3, goldstein: -4.0, plover: 'REJECT', documents: 1, first_seen: date('2024-06-25'), last_seen: date('2024-06-25'), evidence: ['[sample-005 #4] Prime Minister Viktor Orban said the talks were premature and accused Brussels of ignoring the rights of ethnic Hungarians in Ukraine.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:IGNORES {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'antony_blinken', target: 'andrii_sybiha', label: 'meets', weight: 1, cameo: '040', quad: 1, goldstein: 1.0, plover: 'CONSULT', documents: 1, first_seen: null, last_seen: null, evidence: ['[2024-09-briefing #6] Blinken met with Kuleba\'s successor, Foreign Minister Andrii Sybiha, on the sidelines and promised continued support.']},
  {source: 'antony_blinken', target: 'benjamin_netanyahu', label: 'meets', weight: 1, cameo: '040', quad: 1, goldstein: 1.0, plover: 'CONSULT', documents: 1, first_seen: date('2024-04-15'), last_seen: date('2024-04-15'), evidence: ['[sample-003 #6] Blinken met with Israeli Prime Minister Benjamin Netanyahu by video link and pressed him to avoid a response that could escalate the conflict.']},
  {source: 'jens_stoltenberg', target: 'dmytro_kuleba', label: 'meets', weight: 1, cameo: '040', quad: 1, goldstein: 1.0, plover: 'CONSULT', documents: 1, first_seen: date('2024-05-20'), last_seen: date('2024-05-20'), evidence: ['[sample-004 #1] NATO Secretary General Jens Stoltenberg met with Kuleba at the alliance headquarters and said several members had offered Patriot batteries.']},
  {source: 'volodymyr_zelensky', target: 'joe_biden', label: 'meets', weight: 1, cameo: '040', quad: 1, goldstein: 1.0, plover: 'CONSULT', documents: 1, first_seen: null, last_seen: null, evidence: ['[2024-07-briefing #6] Zelensky met with Biden on the sidelines and thanked the allies, but he called on NATO to lift limits on the use of Western weapons against targets inside Russia.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:MEETS {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'european_union', target: 'moldova', label: 'negotiates with', weight: 1, cameo: '046', quad: 1, goldstein: 7.0, plover: 'CONSULT', documents: 1, first_seen: date('2024-06-25'), last_seen: date('2024-06-25'), evidence: ['[sample-005 #0] LUXEMBOURG - The European Union formally opened accession negotiations with Ukraine and Moldova on Tuesday, a step Kyiv called historic.']},
  {source: 'european_union', target: 'ukraine', label: 'negotiates with', weight: 1, cameo: '046', quad: 1, goldstein: 7.0, plover: 'CONSULT', documents: 1, first_seen: date('2024-06-25'), last_seen: date('2024-06-25'), evidence: ['[sample-005 #0] LUXEMBOURG - The European Union formally opened accession negotiations with Ukraine and Moldova on Tuesday, a step Kyiv called historic.']},
  {source: 'moldova', target: 'european_union', label: 'negotiates with', weight: 1, cameo: '046', quad: 1, goldstein: 7.0, plover: 'CONSULT', documents: 1, first_seen: date('2024-06-25'), last_seen: date('2024-06-25'), evidence: ['[sample-005 #0] LUXEMBOURG - The European Union formally opened accession negotiations with Ukraine and Moldova on Tuesday, a step Kyiv called historic.']},
  {source: 'ukraine', target: 'european_union', label: 'negotiates with', weight: 1, cameo: '046', quad: 1, goldstein: 7.0, plover: 'CONSULT', documents: 1, first_seen: date('2024-06-25'), last_seen: date('2024-06-25'), evidence: ['[sample-005 #0] LUXEMBOURG - The European Union formally opened accession negotiations with Ukraine and Moldova on Tuesday, a step Kyiv called historic.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:NEGOTIATES_WITH {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'antony_blinken', target: 'european_union', label: 'praises', weight: 1, cameo: '051', quad: 1, goldstein: 3.4, plover: 'SUPPORT', documents: 1, first_seen: date('2024-06-25'), last_seen: date('2024-06-25'), evidence: ['[sample-005 #2] The decision was welcomed by Washington, and Blinken praised European leaders for keeping their promise.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:PRAISES {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'recep_tayyip_erdogan', target: 'sergei_lavrov', label: 'receives', weight: 1, cameo: '043', quad: 1, goldstein: 2.8, plover: 'CONSULT', documents: 1, first_seen: date('2024-08-22'), last_seen: date('2024-08-22'), evidence: ['[sample-006 #2] President Recep Tayyip Erdogan later received Lavrov at his palace.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:RECEIVES {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'dmytro_kuleba', target: 'germany', label: 'thanks', weight: 1, cameo: '051', quad: 1, goldstein: 3.4, plover: 'SUPPORT', documents: 1, first_seen: date('2024-05-20'), last_seen: date('2024-05-20'), evidence: ['[sample-004 #4] Kuleba thanked Berlin for its support but called on other allies to move faster.']},
  {source: 'volodymyr_zelensky', target: 'european_union', label: 'thanks', weight: 1, cameo: '051', quad: 1, goldstein: 3.4, plover: 'SUPPORT', documents: 1, first_seen: date('2024-06-25'), last_seen: date('2024-06-25'), evidence: ['[sample-005 #1] Ukrainian President Volodymyr Zelensky thanked the EU and said his country would complete the required reforms.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:THANKS {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'antonio_guterres', target: 'russia', label: 'urges', weight: 1, cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', documents: 1, first_seen: null, last_seen: null, evidence: ['[2024-09-briefing #2] Guterres called on Israel and Iran to stop the "cycle of reprisals" and urged Russia to end its strikes on Ukraine\'s power grid before the winter.']},
  {source: 'sergei_lavrov', target: 'turkey', label: 'urges', weight: 1, cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', documents: 1, first_seen: date('2024-08-22'), last_seen: date('2024-08-22'), evidence: ['[sample-006 #6] Kuleba said Kyiv would consider any talks that guaranteed the safety of its ports, but he urged Turkey to keep pressing Russia to stop its strikes on Odesa.']},
  {source: 'united_states', target: 'iran', label: 'urges', weight: 1, cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', documents: 1, first_seen: date('2024-03-08'), last_seen: date('2024-03-08'), evidence: ['[sample-002 #0] WASHINGTON - Washington urged Iran on Friday to stop supplying drones to Russia, after U.S. Secretary of State Antony Blinken said new evidence showed that Tehran was arming Russia and the Houthis.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:URGES {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'viktor_orban', target: 'russia', label: 'visits', weight: 1, cameo: '042', quad: 1, goldstein: 1.9, plover: 'CONSULT', documents: 1, first_seen: null, last_seen: null, evidence: ['[2024-07-briefing #7] Hungary was criticized by several allies after Orban visited Moscow and Beijing days before the summit.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:VISITS {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;

UNWIND [
  {source: 'masoud_pezeshkian', target: 'israel', label: 'warns', weight: 1, cameo: '130', quad: 3, goldstein: -4.4, plover: 'THREATEN', documents: 1, first_seen: null, last_seen: null, evidence: ['[2024-09-briefing #7] Iranian President Masoud Pezeshkian told the assembly that Iran did not want a wider war, but he warned Israel that Tehran would defend itself.']},
  {source: 'russia', target: 'european_union', label: 'warns', weight: 1, cameo: '130', quad: 3, goldstein: -4.4, plover: 'THREATEN', documents: 1, first_seen: date('2024-06-25'), last_seen: date('2024-06-25'), evidence: ['[sample-005 #5] Moscow warned the EU that Ukrainian membership would turn the bloc into "a party to the conflict."']},
  {source: 'russia', target: 'nato', label: 'warns', weight: 1, cameo: '130', quad: 3, goldstein: -4.4, plover: 'THREATEN', documents: 1, first_seen: date('2024-05-20'), last_seen: date('2024-05-20'), evidence: ['[sample-004 #5] Moscow warned NATO that every new weapon sent to Kyiv would be treated as a legitimate target.']},
  {source: 'russia', target: 'turkey', label: 'warns', weight: 1, cameo: '130', quad: 3, goldstein: -4.4, plover: 'THREATEN', documents: 1, first_seen: date('2024-02-12'), last_seen: date('2024-02-12'), evidence: ['[sample-001 #4] Moscow warned Turkey against escorting the vessels with its navy.']}
] AS row
MATCH (s:Entity {key: row.source})
MATCH (t:Entity {key: row.target})
MERGE (s)-[r:WARNS {label: row.label}]->(t)
SET r.relation = row.label, r.weight = row.weight, r.cameo = row.cameo, r.quad = row.quad,
    r.goldstein = row.goldstein, r.plover = row.plover, r.documents = row.documents,
    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence;
