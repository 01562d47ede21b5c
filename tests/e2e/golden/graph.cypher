// newsgraph knowledge graph for Neo4j 5.23 or later: 29 actors, 47 relations, 8 articles.
// Load with: cypher-shell -a neo4j://localhost:7687 -u neo4j -f graph.cypher
// Idempotent: actors and articles are merged on their id, relations on (source, type, label, period, target),
// and every property is set, so running the script again changes nothing.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

UNWIND [
  {id: '2024-07-briefing', title: null, date: null, source: null, url: null},
  {id: '2024-09-briefing', title: null, date: null, source: null, url: null},
  {id: 'sample-001', title: 'Russia accuses Ukraine of attacking grain ships in the Black Sea', date: '2024-02-12', source: 'Meridian Wire', url: 'https://meridian-wire.example/2024/02/12/black-sea-grain-ships'},
  {id: 'sample-002', title: 'Washington urges Iran to stop sending drones to Russia', date: '2024-03-08', source: 'Meridian Wire', url: 'https://meridian-wire.example/2024/03/08/iran-drones-russia'},
  {id: 'sample-003', title: 'UN chief calls on Israel and Iran to step back from the brink', date: '2024-04-15', source: 'Meridian Wire', url: 'https://meridian-wire.example/2024/04/15/un-israel-iran'},
  {id: 'sample-004', title: 'NATO allies pledge more air defence for Ukraine', date: '2024-05-20', source: 'Northbridge Daily', url: 'https://northbridge-daily.example/world/nato-air-defence-ukraine'},
  {id: 'sample-005', title: 'EU opens membership talks with Ukraine and Moldova', date: '2024-06-25', source: 'Northbridge Daily', url: 'https://northbridge-daily.example/europe/eu-accession-talks'},
  {id: 'sample-006', title: 'Turkey offers to host new Black Sea talks as Lavrov visits Ankara', date: '2024-08-22', source: 'Meridian Wire', url: 'https://meridian-wire.example/2024/08/22/turkey-black-sea-talks'}
] AS row
CALL (row) {
  MERGE (a:Article {id: row.id})
  SET a.title = row.title, a.date = date(row.date), a.source = row.source, a.url = row.url
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {id: 'andrii_sybiha', name: 'Andrii Sybiha', type: 'PERSON', aliases: ['Andrii Sybiha'], mentions: 1, documents: 1, degree: 1, in_degree: 1, out_degree: 0, weighted_degree: 1.0, pagerank: 0.014712516444705719, betweenness: 0.0, community: 1},
  {id: 'antonio_guterres', name: 'Antonio Guterres', type: 'PERSON', aliases: ['Antonio Guterres', 'Guterres'], mentions: 5, documents: 2, degree: 3, in_degree: 0, out_degree: 3, weighted_degree: 5.0, pagerank: 0.011464298528342092, betweenness: 0.0, community: 2},
  {id: 'antony_blinken', name: 'Antony Blinken', type: 'PERSON', aliases: ['Antony Blinken', 'Blinken'], mentions: 6, documents: 4, degree: 3, in_degree: 0, out_degree: 3, weighted_degree: 3.0, pagerank: 0.011464298528342092, betweenness: 0.0, community: 1},
  {id: 'benjamin_netanyahu', name: 'Benjamin Netanyahu', type: 'PERSON', aliases: ['Benjamin Netanyahu'], mentions: 1, documents: 1, degree: 1, in_degree: 1, out_degree: 0, weighted_degree: 1.0, pagerank: 0.014712516444705719, betweenness: 0.0, community: 1},
  {id: 'dmytro_kuleba', name: 'Dmytro Kuleba', type: 'PERSON', aliases: ['Dmytro Kuleba', 'Kuleba'], mentions: 6, documents: 4, degree: 3, in_degree: 1, out_degree: 2, weighted_degree: 3.0, pagerank: 0.021208952277432972, betweenness: 0.018518518518518517, community: 3},
  {id: 'hakan_fidan', name: 'Hakan Fidan', type: 'PERSON', aliases: ['Fidan', 'Hakan Fidan'], mentions: 2, documents: 1, degree: 1, in_degree: 1, out_degree: 0, weighted_degree: 1.0, pagerank: 0.017102535654771496, betweenness: 0.0, community: 0},
  {id: 'hossein_amir_abdollahian', name: 'Hossein Amir-Abdollahian', type: 'PERSON', aliases: ['Hossein Amir-Abdollahian'], mentions: 1, documents: 1, degree: 1, in_degree: 0, out_degree: 1, weighted_degree: 1.0, pagerank: 0.011464298528342092, betweenness: 0.0, community: 4},
  {id: 'jens_stoltenberg', name: 'Jens Stoltenberg', type: 'PERSON', aliases: ['Jens Stoltenberg', 'Stoltenberg'], mentions: 4, documents: 2, degree: 1, in_degree: 0, out_degree: 1, weighted_degree: 1.0, pagerank: 0.011464298528342092, betweenness: 0.0, community: 3},
  {id: 'joe_biden', name: 'Joe Biden', type: 'PERSON', aliases: ['Biden', 'Joe Biden'], mentions: 3, documents: 1, degree: 1, in_degree: 1, out_degree: 0, weighted_degree: 1.0, pagerank: 0.014712516444705719, betweenness: 0.0, community: 1},
  {id: 'josep_borrell', name: 'Josep Borrell', type: 'PERSON', aliases: ['Borrell', 'Josep Borrell'], mentions: 4, documents: 3, degree: 1, in_degree: 0, out_degree: 1, weighted_degree: 1.0, pagerank: 0.011464298528342092, betweenness: 0.0, community: 2},
  {id: 'masoud_pezeshkian', name: 'Masoud Pezeshkian', type: 'PERSON', aliases: ['Masoud Pezeshkian'], mentions: 1, documents: 1, degree: 1, in_degree: 0, out_degree: 1, weighted_degree: 1.0, pagerank: 0.011464298528342092, betweenness: 0.0, community: 2},
  {id: 'recep_tayyip_erdogan', name: 'Recep Tayyip Erdogan', type: 'PERSON', aliases: ['Recep Tayyip Erdogan'], mentions: 1, documents: 1, degree: 1, in_degree: 0, out_degree: 1, weighted_degree: 1.0, pagerank: 0.011464298528342092, betweenness: 0.0, community: 0},
  {id: 'sergei_lavrov', name: 'Sergei Lavrov', type: 'PERSON', aliases: ['Lavrov', 'Sergei Lavrov'], mentions: 9, documents: 3, degree: 7, in_degree: 2, out_degree: 5, weighted_degree: 8.0, pagerank: 0.03979932089244322, betweenness: 0.051587301587301584, community: 0, code_cameo: 'RUSGOV'},
  {id: 'viktor_orban', name: 'Viktor Orban', type: 'PERSON', aliases: ['Orban', 'Viktor Orban'], mentions: 3, documents: 2, degree: 1, in_degree: 0, out_degree: 1, weighted_degree: 1.0, pagerank: 0.011464298528342092, betweenness: 0.0, community: 0},
  {id: 'volodymyr_zelensky', name: 'Volodymyr Zelensky', type: 'PERSON', aliases: ['Volodymyr Zelensky', 'Zelensky'], mentions: 2, documents: 2, degree: 3, in_degree: 0, out_degree: 3, weighted_degree: 3.0, pagerank: 0.011464298528342092, betweenness: 0.0, community: 1}
] AS row
CALL (row) {
  MERGE (n:Actor {id: row.id})
  SET n.name = row.name, n.type = row.type, n.aliases = row.aliases,
      n.mentions = row.mentions, n.documents = row.documents, n.degree = row.degree, n.in_degree = row.in_degree, n.out_degree = row.out_degree, n.weighted_degree = row.weighted_degree, n.pagerank = row.pagerank, n.betweenness = row.betweenness, n.community = row.community, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
  REMOVE n:Organization:Country:Location:Group
  SET n:Person
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {id: 'european_union', name: 'European Union', type: 'ORGANIZATION', aliases: ['BRUSSELS', 'Brussels', 'EU', 'European Union'], mentions: 10, documents: 5, degree: 10, in_degree: 5, out_degree: 5, weighted_degree: 10.0, pagerank: 0.10935510950006207, betweenness: 0.12455908289241621, community: 1, code_cameo: 'EUR'},
  {id: 'houthis', name: 'Houthis', type: 'ORGANIZATION', aliases: ['Houthis'], mentions: 1, documents: 1, degree: 1, in_degree: 1, out_degree: 0, weighted_degree: 1.0, pagerank: 0.04474664233704903, betweenness: 0.0, community: 2},
  {id: 'nato', name: 'NATO', type: 'ORGANIZATION', aliases: ['NATO'], mentions: 12, documents: 5, degree: 4, in_degree: 3, out_degree: 1, weighted_degree: 6.0, pagerank: 0.05373982319543421, betweenness: 0.0015432098765432096, community: 0, code_cameo: 'IGOWSTNAT'},
  {id: 'un_security_council', name: 'UN Security Council', type: 'ORGANIZATION', aliases: ['UN Security Council'], mentions: 4, documents: 2, degree: 1, in_degree: 1, out_degree: 0, weighted_degree: 2.0, pagerank: 0.03280509023885141, betweenness: 0.0, community: 2, code_cameo: 'IGOUNO'}
] AS row
CALL (row) {
  MERGE (n:Actor {id: row.id})
  SET n.name = row.name, n.type = row.type, n.aliases = row.aliases,
      n.mentions = row.mentions, n.documents = row.documents, n.degree = row.degree, n.in_degree = row.in_degree, n.out_degree = row.out_degree, n.weighted_degree = row.weighted_degree, n.pagerank = row.pagerank, n.betweenness = row.betweenness, n.community = row.community, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
  REMOVE n:Person:Country:Location:Group
  SET n:Organization
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {id: 'germany', name: 'Germany', type: 'GPE', aliases: ['Berlin', 'Germany'], mentions: 2, documents: 1, degree: 1, in_degree: 1, out_degree: 0, weighted_degree: 1.0, pagerank: 0.02047810324625126, betweenness: 0.0, community: 3, code_iso3166: 'DEU'},
  {id: 'hungary', name: 'Hungary', type: 'GPE', aliases: ['Hungary'], mentions: 3, documents: 2, degree: 1, in_degree: 1, out_degree: 0, weighted_degree: 1.0, pagerank: 0.030054667143352337, betweenness: 0.0, community: 1, code_iso3166: 'HUN'},
  {id: 'iran', name: 'Iran', type: 'GPE', aliases: ['Iran', 'Tehran'], mentions: 15, documents: 3, degree: 6, in_degree: 4, out_degree: 2, weighted_degree: 7.0, pagerank: 0.07831139719695733, betweenness: 0.068342151675485, community: 2, code_cameo: 'IRN', code_iso3166: 'IRN'},
  {id: 'israel', name: 'Israel', type: 'GPE', aliases: ['Israel'], mentions: 7, documents: 2, degree: 3, in_degree: 2, out_degree: 1, weighted_degree: 5.0, pagerank: 0.025106813777069324, betweenness: 0.0026455026455026454, community: 2, code_iso3166: 'ISR'},
  {id: 'moldova', name: 'Moldova', type: 'GPE', aliases: ['Moldova'], mentions: 1, documents: 1, degree: 2, in_degree: 1, out_degree: 1, weighted_degree: 2.0, pagerank: 0.030054667143352337, betweenness: 0.0, community: 1, code_cameo: 'MDA', code_iso3166: 'MDA'},
  {id: 'russia', name: 'Russia', type: 'GPE', aliases: ['Kremlin', 'MOSCOW', 'Moscow', 'Russia'], mentions: 27, documents: 8, degree: 12, in_degree: 6, out_degree: 6, weighted_degree: 14.0, pagerank: 0.13059215293115134, betweenness: 0.13734567901234568, community: 0, code_cameo: 'RUS', code_iso3166: 'RUS'},
  {id: 'turkey', name: 'Turkey', type: 'GPE', aliases: ['ANKARA', 'Ankara', 'Turkey'], mentions: 7, documents: 2, degree: 4, in_degree: 2, out_degree: 2, weighted_degree: 4.0, pagerank: 0.030977951903706336, betweenness: 0.0026455026455026454, community: 0, code_cameo: 'TUR', code_iso3166: 'TUR'},
  {id: 'ukraine', name: 'Ukraine', type: 'GPE', aliases: ['Kyiv', 'Ukraine'], mentions: 23, documents: 7, degree: 7, in_degree: 5, out_degree: 2, weighted_degree: 8.0, pagerank: 0.12228821604284548, betweenness: 0.03505291005291005, community: 0, code_cameo: 'UKR', code_iso3166: 'UKR'},
  {id: 'united_states', name: 'United States', type: 'GPE', aliases: ['U.S.', 'United States', 'WASHINGTON', 'Washington'], mentions: 15, documents: 6, degree: 4, in_degree: 3, out_degree: 1, weighted_degree: 4.0, pagerank: 0.04072260565279722, betweenness: 0.027336860670194002, community: 4, code_cameo: 'USA', code_iso3166: 'USA'}
] AS row
CALL (row) {
  MERGE (n:Actor {id: row.id})
  SET n.name = row.name, n.type = row.type, n.aliases = row.aliases,
      n.mentions = row.mentions, n.documents = row.documents, n.degree = row.degree, n.in_degree = row.in_degree, n.out_degree = row.out_degree, n.weighted_degree = row.weighted_degree, n.pagerank = row.pagerank, n.betweenness = row.betweenness, n.community = row.community, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
  REMOVE n:Person:Organization:Location:Group
  SET n:Country
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {id: 'west', name: 'West', type: 'GPE', aliases: ['West'], mentions: 3, documents: 3, degree: 1, in_degree: 1, out_degree: 0, weighted_degree: 1.0, pagerank: 0.025339714777276933, betweenness: 0.0, community: 0}
] AS row
CALL (row) {
  MERGE (n:Actor {id: row.id})
  SET n.name = row.name, n.type = row.type, n.aliases = row.aliases,
      n.mentions = row.mentions, n.documents = row.documents, n.degree = row.degree, n.in_degree = row.in_degree, n.out_degree = row.out_degree, n.weighted_degree = row.weighted_degree, n.pagerank = row.pagerank, n.betweenness = row.betweenness, n.community = row.community, n.code_cameo = row.code_cameo, n.code_iso3166 = row.code_iso3166
  REMOVE n:Person:Organization:Country:Group
  SET n:Location
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {actor: 'andrii_sybiha', article: '2024-09-briefing', count: 1},
  {actor: 'antonio_guterres', article: '2024-09-briefing', count: 3},
  {actor: 'antonio_guterres', article: 'sample-003', count: 2},
  {actor: 'antony_blinken', article: '2024-09-briefing', count: 1},
  {actor: 'antony_blinken', article: 'sample-002', count: 3},
  {actor: 'antony_blinken', article: 'sample-003', count: 1},
  {actor: 'antony_blinken', article: 'sample-005', count: 1},
  {actor: 'benjamin_netanyahu', article: 'sample-003', count: 1},
  {actor: 'dmytro_kuleba', article: '2024-09-briefing', count: 1},
  {actor: 'dmytro_kuleba', article: 'sample-001', count: 2},
  {actor: 'dmytro_kuleba', article: 'sample-004', count: 2},
  {actor: 'dmytro_kuleba', article: 'sample-006', count: 1},
  {actor: 'european_union', article: '2024-09-briefing', count: 1},
  {actor: 'european_union', article: 'sample-001', count: 1},
  {actor: 'european_union', article: 'sample-002', count: 2},
  {actor: 'european_union', article: 'sample-004', count: 1},
  {actor: 'european_union', article: 'sample-005', count: 5},
  {actor: 'germany', article: 'sample-004', count: 2},
  {actor: 'hakan_fidan', article: 'sample-006', count: 2},
  {actor: 'hossein_amir_abdollahian', article: 'sample-002', count: 1},
  {actor: 'houthis', article: 'sample-002', count: 1},
  {actor: 'hungary', article: '2024-07-briefing', count: 1},
  {actor: 'hungary', article: 'sample-005', count: 2},
  {actor: 'iran', article: '2024-09-briefing', count: 3},
  {actor: 'iran', article: 'sample-002', count: 6},
  {actor: 'iran', article: 'sample-003', count: 6},
  {actor: 'israel', article: '2024-09-briefing', count: 2},
  {actor: 'israel', article: 'sample-003', count: 5},
  {actor: 'jens_stoltenberg', article: '2024-07-briefing', count: 1},
  {actor: 'jens_stoltenberg', article: 'sample-004', count: 3},
  {actor: 'joe_biden', article: '2024-07-briefing', count: 3},
  {actor: 'josep_borrell', article: '2024-09-briefing', count: 1},
  {actor: 'josep_borrell', article: 'sample-002', count: 1},
  {actor: 'josep_borrell', article: 'sample-005', count: 2},
  {actor: 'masoud_pezeshkian', article: '2024-09-briefing', count: 1},
  {actor: 'moldova', article: 'sample-005', count: 1},
  {actor: 'nato', article: '2024-07-briefing', count: 5},
  {actor: 'nato', article: '2024-09-briefing', count: 1},
  {actor: 'nato', article: 'sample-001', count: 1},
  {actor: 'nato', article: 'sample-002', count: 1},
  {actor: 'nato', article: 'sample-004', count: 4},
  {actor: 'recep_tayyip_erdogan', article: 'sample-006', count: 1},
  {actor: 'russia', article: '2024-07-briefing', count: 6},
  {actor: 'russia', article: '2024-09-briefing', count: 3},
  {actor: 'russia', article: 'sample-001', count: 5},
  {actor: 'russia', article: 'sample-002', count: 3},
  {actor: 'russia', article: 'sample-003', count: 2},
  {actor: 'russia', article: 'sample-004', count: 2},
  {actor: 'russia', article: 'sample-005', count: 3},
  {actor: 'russia', article: 'sample-006', count: 3},
  {actor: 'sergei_lavrov', article: '2024-09-briefing', count: 3},
  {actor: 'sergei_lavrov', article: 'sample-001', count: 3},
  {actor: 'sergei_lavrov', article: 'sample-006', count: 3},
  {actor: 'turkey', article: 'sample-001', count: 3},
  {actor: 'turkey', article: 'sample-006', count: 4},
  {actor: 'ukraine', article: '2024-07-briefing', count: 4},
  {actor: 'ukraine', article: '2024-09-briefing', count: 3},
  {actor: 'ukraine', article: 'sample-001', count: 3},
  {actor: 'ukraine', article: 'sample-002', count: 1},
  {actor: 'ukraine', article: 'sample-004', count: 3},
  {actor: 'ukraine', article: 'sample-005', count: 3},
  {actor: 'ukraine', article: 'sample-006', count: 6},
  {actor: 'un_security_council', article: 'sample-002', count: 1},
  {actor: 'un_security_council', article: 'sample-003', count: 3},
  {actor: 'united_states', article: '2024-07-briefing', count: 4},
  {actor: 'united_states', article: '2024-09-briefing', count: 1},
  {actor: 'united_states', article: 'sample-002', count: 5},
  {actor: 'united_states', article: 'sample-003', count: 2},
  {actor: 'united_states', article: 'sample-005', count: 1},
  {actor: 'united_states', article: 'sample-006', count: 2},
  {actor: 'viktor_orban', article: '2024-07-briefing', count: 2},
  {actor: 'viktor_orban', article: 'sample-005', count: 1},
  {actor: 'volodymyr_zelensky', article: '2024-07-briefing', count: 1},
  {actor: 'volodymyr_zelensky', article: 'sample-005', count: 1},
  {actor: 'west', article: '2024-09-briefing', count: 1},
  {actor: 'west', article: 'sample-001', count: 1},
  {actor: 'west', article: 'sample-003', count: 1}
] AS row
CALL (row) {
  MATCH (n:Actor {id: row.actor})
  MATCH (a:Article {id: row.article})
  MERGE (n)-[m:MENTIONED_IN]->(a)
  SET m.count = row.count
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {source: 'dmytro_kuleba', target: 'russia', label: 'accuses', cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', weight: 1, documents: 1, first_seen: '2024-02-12', last_seen: '2024-02-12', article_ids: ['sample-001'], sentences: [3], evidence: ['Foreign Minister Dmytro Kuleba said the ships had been struck by Russian missiles and called on the United Nations to send inspectors to the port of Odesa.']},
  {source: 'european_union', target: 'iran', label: 'condemns', cameo: '111', quad: 3, goldstein: -2.0, plover: 'ACCUSE', weight: 1, documents: 1, first_seen: '2024-03-08', last_seen: '2024-03-08', article_ids: ['sample-002'], sentences: [2], evidence: ['Iran was also condemned by the European Union.']},
  {source: 'european_union', target: 'sergei_lavrov', label: 'condemns', cameo: '111', quad: 3, goldstein: -2.0, plover: 'ACCUSE', weight: 1, documents: 1, first_seen: null, last_seen: null, article_ids: ['2024-09-briefing'], sentences: [8], evidence: ['The speech by Lavrov was condemned by the European Union, and Borrell said Russia had "no lessons to give" on sovereignty.']},
  {source: 'hossein_amir_abdollahian', target: 'united_states', label: 'accuses', cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', weight: 1, documents: 1, first_seen: '2024-03-08', last_seen: '2024-03-08', article_ids: ['sample-002'], sentences: [5], evidence: ['Tehran had never sent weapons for use in Ukraine, he told state television, and he accused the United States of inventing evidence to justify sanctions.']},
  {source: 'russia', target: 'nato', label: 'accuses', cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', weight: 1, documents: 1, first_seen: null, last_seen: null, article_ids: ['2024-07-briefing'], sentences: [5], evidence: ['Russian Foreign Ministry spokeswoman Maria Zakharova accused NATO of "preparing for a direct confrontation" with Russia, and Russia accused the United States of dragging Europe into a long war.']},
  {source: 'russia', target: 'ukraine', label: 'accuses', cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', weight: 1, documents: 1, first_seen: '2024-02-12', last_seen: '2024-02-12', article_ids: ['sample-001'], sentences: [0], evidence: ['MOSCOW - Russia accused Ukraine on Monday of attacking civilian grain ships in the Black Sea, and Foreign Minister Sergei Lavrov said Kyiv was trying to wreck any chance of talks.']},
  {source: 'russia', target: 'united_states', label: 'accuses', cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', weight: 1, documents: 1, first_seen: null, last_seen: null, article_ids: ['2024-07-briefing'], sentences: [5], evidence: ['Russian Foreign Ministry spokeswoman Maria Zakharova accused NATO of "preparing for a direct confrontation" with Russia, and Russia accused the United States of dragging Europe into a long war.']},
  {source: 'sergei_lavrov', target: 'nato', label: 'accuses', cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', weight: 1, documents: 1, first_seen: null, last_seen: null, article_ids: ['2024-09-briefing'], sentences: [5], evidence: ['He also accused NATO of turning Ukraine into a testing ground for Western weapons.']},
  {source: 'sergei_lavrov', target: 'nato', label: 'criticizes', cameo: '111', quad: 3, goldstein: -2.0, plover: 'ACCUSE', weight: 1, documents: 1, first_seen: '2024-02-12', last_seen: '2024-02-12', article_ids: ['sample-001'], sentences: [6], evidence: ['Lavrov also took a jab at NATO, saying the alliance was "running the war from Brussels."']},
  {source: 'sergei_lavrov', target: 'ukraine', label: 'accuses', cameo: '112', quad: 3, goldstein: -2.0, plover: 'ACCUSE', weight: 1, documents: 1, first_seen: '2024-08-22', last_seen: '2024-08-22', article_ids: ['sample-006'], sentences: [4], evidence: ['He accused Ukraine of using the sea corridor to move weapons, a charge Kyiv has denied.']},
  {source: 'sergei_lavrov', target: 'united_states', label: 'criticizes', cameo: '111', quad: 3, goldstein: -2.0, plover: 'ACCUSE', weight: 1, documents: 1, first_seen: '2024-08-22', last_seen: '2024-08-22', article_ids: ['sample-006'], sentences: [3], evidence: ['Lavrov welcomed the offer but took a jab at Washington, saying the United States was "the real obstacle to any settlement."']}
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
  {source: 'nato', target: 'ukraine', label: 'intends to send', cameo: '033', quad: 1, goldstein: 5.2, plover: 'AGREE', weight: 1, documents: 1, first_seen: '2024-05-20', last_seen: '2024-05-20', article_ids: ['sample-004'], sentences: [0], evidence: ['BRUSSELS - NATO allies pledged on Monday to send Ukraine more air defence systems before the summer, as Russian strikes on power plants left millions of Ukrainians without electricity.']},
  {source: 'russia', target: 'ukraine', label: 'intends to hold talks with', cameo: '036', quad: 1, goldstein: 4.0, plover: 'AGREE', weight: 1, documents: 1, first_seen: '2024-08-22', last_seen: '2024-08-22', article_ids: ['sample-006'], sentences: [0], evidence: ['ANKARA - Turkey offered on Thursday to host new talks between Russia and Ukraine on shipping in the Black Sea, as Lavrov met with Turkish Foreign Minister Hakan Fidan in Ankara.']},
  {source: 'turkey', target: 'russia', label: 'intends to host', cameo: '036', quad: 1, goldstein: 4.0, plover: 'AGREE', weight: 1, documents: 1, first_seen: '2024-08-22', last_seen: '2024-08-22', article_ids: ['sample-006'], sentences: [0], evidence: ['ANKARA - Turkey offered on Thursday to host new talks between Russia and Ukraine on shipping in the Black Sea, as Lavrov met with Turkish Foreign Minister Hakan Fidan in Ankara.']},
  {source: 'turkey', target: 'ukraine', label: 'intends to host', cameo: '036', quad: 1, goldstein: 4.0, plover: 'AGREE', weight: 1, documents: 1, first_seen: '2024-08-22', last_seen: '2024-08-22', article_ids: ['sample-006'], sentences: [0], evidence: ['ANKARA - Turkey offered on Thursday to host new talks between Russia and Ukraine on shipping in the Black Sea, as Lavrov met with Turkish Foreign Minister Hakan Fidan in Ankara.']},
  {source: 'ukraine', target: 'russia', label: 'intends to hold talks with', cameo: '036', quad: 1, goldstein: 4.0, plover: 'AGREE', weight: 1, documents: 1, first_seen: '2024-08-22', last_seen: '2024-08-22', article_ids: ['sample-006'], sentences: [0], evidence: ['ANKARA - Turkey offered on Thursday to host new talks between Russia and Ukraine on shipping in the Black Sea, as Lavrov met with Turkish Foreign Minister Hakan Fidan in Ankara.']}
] AS row
CALL (row) {
  MATCH (s:Actor {id: row.source})
  MATCH (t:Actor {id: row.target})
  MERGE (s)-[r:AGREE {label: row.label, period: 'all'}]->(t)
  SET r.cameo = row.cameo, r.quad = row.quad, r.goldstein = row.goldstein, r.plover = row.plover,
      r.weight = row.weight, r.documents = row.documents,
      r.first_seen = date(row.first_seen), r.last_seen = date(row.last_seen),
      r.article_ids = row.article_ids, r.sentences = row.sentences, r.evidence = row.evidence
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {source: 'iran', target: 'houthis', label: 'arms', cameo: '072', quad: 2, goldstein: 8.3, plover: 'AID', weight: 1, documents: 1, first_seen: '2024-03-08', last_seen: '2024-03-08', article_ids: ['sample-002'], sentences: [0], evidence: ['WASHINGTON - Washington urged Iran on Friday to stop supplying drones to Russia, after U.S. Secretary of State Antony Blinken said new evidence showed that Tehran was arming Russia and the Houthis.']},
  {source: 'iran', target: 'russia', label: 'arms', cameo: '072', quad: 2, goldstein: 8.3, plover: 'AID', weight: 1, documents: 1, first_seen: '2024-03-08', last_seen: '2024-03-08', article_ids: ['sample-002'], sentences: [0], evidence: ['WASHINGTON - Washington urged Iran on Friday to stop supplying drones to Russia, after U.S. Secretary of State Antony Blinken said new evidence showed that Tehran was arming Russia and the Houthis.']}
] AS row
CALL (row) {
  MATCH (s:Actor {id: row.source})
  MATCH (t:Actor {id: row.target})
  MERGE (s)-[r:AID {label: row.label, period: 'all'}]->(t)
  SET r.cameo = row.cameo, r.quad = row.quad, r.goldstein = row.goldstein, r.plover = row.plover,
      r.weight = row.weight, r.documents = row.documents,
      r.first_seen = date(row.first_seen), r.last_seen = date(row.last_seen),
      r.article_ids = row.article_ids, r.sentences = row.sentences, r.evidence = row.evidence
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {source: 'antony_blinken', target: 'andrii_sybiha', label: 'meets', cameo: '040', quad: 1, goldstein: 1.0, plover: 'CONSULT', weight: 1, documents: 1, first_seen: null, last_seen: null, article_ids: ['2024-09-briefing'], sentences: [6], evidence: ['Blinken met with Kuleba\'s successor, Foreign Minister Andrii Sybiha, on the sidelines and promised continued support.']},
  {source: 'antony_blinken', target: 'benjamin_netanyahu', label: 'meets', cameo: '040', quad: 1, goldstein: 1.0, plover: 'CONSULT', weight: 1, documents: 1, first_seen: '2024-04-15', last_seen: '2024-04-15', article_ids: ['sample-003'], sentences: [6], evidence: ['Blinken met with Israeli Prime Minister Benjamin Netanyahu by video link and pressed him to avoid a response that could escalate the conflict.']},
  {source: 'european_union', target: 'moldova', label: 'negotiates with', cameo: '046', quad: 1, goldstein: 7.0, plover: 'CONSULT', weight: 1, documents: 1, first_seen: '2024-06-25', last_seen: '2024-06-25', article_ids: ['sample-005'], sentences: [0], evidence: ['LUXEMBOURG - The European Union formally opened accession negotiations with Ukraine and Moldova on Tuesday, a step Kyiv called historic.']},
  {source: 'european_union', target: 'ukraine', label: 'negotiates with', cameo: '046', quad: 1, goldstein: 7.0, plover: 'CONSULT', weight: 1, documents: 1, first_seen: '2024-06-25', last_seen: '2024-06-25', article_ids: ['sample-005'], sentences: [0], evidence: ['LUXEMBOURG - The European Union formally opened accession negotiations with Ukraine and Moldova on Tuesday, a step Kyiv called historic.']},
  {source: 'jens_stoltenberg', target: 'dmytro_kuleba', label: 'meets', cameo: '040', quad: 1, goldstein: 1.0, plover: 'CONSULT', weight: 1, documents: 1, first_seen: '2024-05-20', last_seen: '2024-05-20', article_ids: ['sample-004'], sentences: [1], evidence: ['NATO Secretary General Jens Stoltenberg met with Kuleba at the alliance headquarters and said several members had offered Patriot batteries.']},
  {source: 'moldova', target: 'european_union', label: 'negotiates with', cameo: '046', quad: 1, goldstein: 7.0, plover: 'CONSULT', weight: 1, documents: 1, first_seen: '2024-06-25', last_seen: '2024-06-25', article_ids: ['sample-005'], sentences: [0], evidence: ['LUXEMBOURG - The European Union formally opened accession negotiations with Ukraine and Moldova on Tuesday, a step Kyiv called historic.']},
  {source: 'recep_tayyip_erdogan', target: 'sergei_lavrov', label: 'receives', cameo: '043', quad: 1, goldstein: 2.8, plover: 'CONSULT', weight: 1, documents: 1, first_seen: '2024-08-22', last_seen: '2024-08-22', article_ids: ['sample-006'], sentences: [2], evidence: ['President Recep Tayyip Erdogan later received Lavrov at his palace.']},
  {source: 'sergei_lavrov', target: 'hakan_fidan', label: 'meets', cameo: '040', quad: 1, goldstein: 1.0, plover: 'CONSULT', weight: 1, documents: 1, first_seen: '2024-08-22', last_seen: '2024-08-22', article_ids: ['sample-006'], sentences: [0], evidence: ['ANKARA - Turkey offered on Thursday to host new talks between Russia and Ukraine on shipping in the Black Sea, as Lavrov met with Turkish Foreign Minister Hakan Fidan in Ankara.']},
  {source: 'ukraine', target: 'european_union', label: 'negotiates with', cameo: '046', quad: 1, goldstein: 7.0, plover: 'CONSULT', weight: 1, documents: 1, first_seen: '2024-06-25', last_seen: '2024-06-25', article_ids: ['sample-005'], sentences: [0], evidence: ['LUXEMBOURG - The European Union formally opened accession negotiations with Ukraine and Moldova on Tuesday, a step Kyiv called historic.']},
  {source: 'viktor_orban', target: 'russia', label: 'visits', cameo: '042', quad: 1, goldstein: 1.9, plover: 'CONSULT', weight: 1, documents: 1, first_seen: null, last_seen: null, article_ids: ['2024-07-briefing'], sentences: [7], evidence: ['Hungary was criticized by several allies after Orban visited Moscow and Beijing days before the summit.']},
  {source: 'volodymyr_zelensky', target: 'joe_biden', label: 'meets', cameo: '040', quad: 1, goldstein: 1.0, plover: 'CONSULT', weight: 1, documents: 1, first_seen: null, last_seen: null, article_ids: ['2024-07-briefing'], sentences: [6], evidence: ['Zelensky met with Biden on the sidelines and thanked the allies, but he called on NATO to lift limits on the use of Western weapons against targets inside Russia.']}
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
  {source: 'european_union', target: 'hungary', label: 'ignores', cameo: '120', quad: 3, goldstein: -4.0, plover: 'REJECT', weight: 1, documents: 1, first_seen: '2024-06-25', last_seen: '2024-06-25', article_ids: ['sample-005'], sentences: [4], evidence: ['Prime Minister Viktor Orban said the talks were premature and accused Brussels of ignoring the rights of ethnic Hungarians in Ukraine.']},
  {source: 'russia', target: 'west', label: 'blocks', cameo: '120', quad: 3, goldstein: -4.0, plover: 'REJECT', weight: 1, documents: 1, first_seen: '2024-04-15', last_seen: '2024-04-15', article_ids: ['sample-003'], sentences: [7], evidence: ['Russia blocked a Western draft statement.']}
] AS row
CALL (row) {
  MATCH (s:Actor {id: row.source})
  MATCH (t:Actor {id: row.target})
  MERGE (s)-[r:REJECT {label: row.label, period: 'all'}]->(t)
  SET r.cameo = row.cameo, r.quad = row.quad, r.goldstein = row.goldstein, r.plover = row.plover,
      r.weight = row.weight, r.documents = row.documents,
      r.first_seen = date(row.first_seen), r.last_seen = date(row.last_seen),
      r.article_ids = row.article_ids, r.sentences = row.sentences, r.evidence = row.evidence
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {source: 'antonio_guterres', target: 'iran', label: 'calls on', cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', weight: 2, documents: 2, first_seen: '2024-04-15', last_seen: '2024-04-15', article_ids: ['2024-09-briefing', 'sample-003'], sentences: [2, 0], evidence: ['Guterres called on Israel and Iran to stop the "cycle of reprisals" and urged Russia to end its strikes on Ukraine\'s power grid before the winter.', 'NEW YORK - United Nations Secretary-General Antonio Guterres called on Israel and Iran to show maximum restraint on Monday, after a night of drone and missile attacks raised fears of a wider war in the Middle East.']},
  {source: 'antonio_guterres', target: 'israel', label: 'calls on', cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', weight: 2, documents: 2, first_seen: '2024-04-15', last_seen: '2024-04-15', article_ids: ['2024-09-briefing', 'sample-003'], sentences: [2, 0], evidence: ['Guterres called on Israel and Iran to stop the "cycle of reprisals" and urged Russia to end its strikes on Ukraine\'s power grid before the winter.', 'NEW YORK - United Nations Secretary-General Antonio Guterres called on Israel and Iran to show maximum restraint on Monday, after a night of drone and missile attacks raised fears of a wider war in the Middle East.']},
  {source: 'antonio_guterres', target: 'russia', label: 'urges', cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', weight: 1, documents: 1, first_seen: null, last_seen: null, article_ids: ['2024-09-briefing'], sentences: [2], evidence: ['Guterres called on Israel and Iran to stop the "cycle of reprisals" and urged Russia to end its strikes on Ukraine\'s power grid before the winter.']},
  {source: 'israel', target: 'un_security_council', label: 'requests', cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', weight: 1, documents: 1, first_seen: '2024-04-15', last_seen: '2024-04-15', article_ids: ['sample-003'], sentences: [1], evidence: ['The UN Security Council met in an emergency session at the request of Israel. "']},
  {source: 'israel', target: 'un_security_council', label: 'urges', cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', weight: 1, documents: 1, first_seen: '2024-04-15', last_seen: '2024-04-15', article_ids: ['sample-003'], sentences: [3], evidence: ['Israel urged the council to impose new sanctions on Iran.']},
  {source: 'josep_borrell', target: 'iran', label: 'calls on', cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', weight: 1, documents: 1, first_seen: '2024-03-08', last_seen: '2024-03-08', article_ids: ['sample-002'], sentences: [3], evidence: ['Josep Borrell, the bloc\'s foreign policy chief, called on Iran to respect the United Nations arms embargo and said new sanctions on Iranian drone makers were being prepared.']},
  {source: 'sergei_lavrov', target: 'turkey', label: 'urges', cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', weight: 1, documents: 1, first_seen: '2024-08-22', last_seen: '2024-08-22', article_ids: ['sample-006'], sentences: [6], evidence: ['Kuleba said Kyiv would consider any talks that guaranteed the safety of its ports, but he urged Turkey to keep pressing Russia to stop its strikes on Odesa.']},
  {source: 'united_states', target: 'iran', label: 'urges', cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', weight: 1, documents: 1, first_seen: '2024-03-08', last_seen: '2024-03-08', article_ids: ['sample-002'], sentences: [0], evidence: ['WASHINGTON - Washington urged Iran on Friday to stop supplying drones to Russia, after U.S. Secretary of State Antony Blinken said new evidence showed that Tehran was arming Russia and the Houthis.']},
  {source: 'volodymyr_zelensky', target: 'nato', label: 'calls on', cameo: '020', quad: 1, goldstein: 3.0, plover: 'REQUEST', weight: 1, documents: 1, first_seen: null, last_seen: null, article_ids: ['2024-07-briefing'], sentences: [6], evidence: ['Zelensky met with Biden on the sidelines and thanked the allies, but he called on NATO to lift limits on the use of Western weapons against targets inside Russia.']}
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

UNWIND [
  {source: 'antony_blinken', target: 'european_union', label: 'praises', cameo: '051', quad: 1, goldstein: 3.4, plover: 'SUPPORT', weight: 1, documents: 1, first_seen: '2024-06-25', last_seen: '2024-06-25', article_ids: ['sample-005'], sentences: [2], evidence: ['The decision was welcomed by Washington, and Blinken praised European leaders for keeping their promise.']},
  {source: 'dmytro_kuleba', target: 'germany', label: 'thanks', cameo: '051', quad: 1, goldstein: 3.4, plover: 'SUPPORT', weight: 1, documents: 1, first_seen: '2024-05-20', last_seen: '2024-05-20', article_ids: ['sample-004'], sentences: [4], evidence: ['Kuleba thanked Berlin for its support but called on other allies to move faster.']},
  {source: 'volodymyr_zelensky', target: 'european_union', label: 'thanks', cameo: '051', quad: 1, goldstein: 3.4, plover: 'SUPPORT', weight: 1, documents: 1, first_seen: '2024-06-25', last_seen: '2024-06-25', article_ids: ['sample-005'], sentences: [1], evidence: ['Ukrainian President Volodymyr Zelensky thanked the EU and said his country would complete the required reforms.']}
] AS row
CALL (row) {
  MATCH (s:Actor {id: row.source})
  MATCH (t:Actor {id: row.target})
  MERGE (s)-[r:SUPPORT {label: row.label, period: 'all'}]->(t)
  SET r.cameo = row.cameo, r.quad = row.quad, r.goldstein = row.goldstein, r.plover = row.plover,
      r.weight = row.weight, r.documents = row.documents,
      r.first_seen = date(row.first_seen), r.last_seen = date(row.last_seen),
      r.article_ids = row.article_ids, r.sentences = row.sentences, r.evidence = row.evidence
} IN TRANSACTIONS OF 100 ROWS;

UNWIND [
  {source: 'masoud_pezeshkian', target: 'israel', label: 'warns', cameo: '130', quad: 3, goldstein: -4.4, plover: 'THREATEN', weight: 1, documents: 1, first_seen: null, last_seen: null, article_ids: ['2024-09-briefing'], sentences: [7], evidence: ['Iranian President Masoud Pezeshkian told the assembly that Iran did not want a wider war, but he warned Israel that Tehran would defend itself.']},
  {source: 'russia', target: 'european_union', label: 'warns', cameo: '130', quad: 3, goldstein: -4.4, plover: 'THREATEN', weight: 1, documents: 1, first_seen: '2024-06-25', last_seen: '2024-06-25', article_ids: ['sample-005'], sentences: [5], evidence: ['Moscow warned the EU that Ukrainian membership would turn the bloc into "a party to the conflict."']},
  {source: 'russia', target: 'nato', label: 'warns', cameo: '130', quad: 3, goldstein: -4.4, plover: 'THREATEN', weight: 1, documents: 1, first_seen: '2024-05-20', last_seen: '2024-05-20', article_ids: ['sample-004'], sentences: [5], evidence: ['Moscow warned NATO that every new weapon sent to Kyiv would be treated as a legitimate target.']},
  {source: 'russia', target: 'turkey', label: 'warns', cameo: '130', quad: 3, goldstein: -4.4, plover: 'THREATEN', weight: 1, documents: 1, first_seen: '2024-02-12', last_seen: '2024-02-12', article_ids: ['sample-001'], sentences: [4], evidence: ['Moscow warned Turkey against escorting the vessels with its navy.']}
] AS row
CALL (row) {
  MATCH (s:Actor {id: row.source})
  MATCH (t:Actor {id: row.target})
  MERGE (s)-[r:THREATEN {label: row.label, period: 'all'}]->(t)
  SET r.cameo = row.cameo, r.quad = row.quad, r.goldstein = row.goldstein, r.plover = row.plover,
      r.weight = row.weight, r.documents = row.documents,
      r.first_seen = date(row.first_seen), r.last_seen = date(row.last_seen),
      r.article_ids = row.article_ids, r.sentences = row.sentences, r.evidence = row.evidence
} IN TRANSACTIONS OF 100 ROWS;
