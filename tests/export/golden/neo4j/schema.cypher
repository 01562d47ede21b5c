// Run once after ./import.sh, with the database started:
//   cypher-shell -a neo4j://localhost:7687 -u neo4j -d DATABASE -f schema.cypher
// The constraints of graph.cypher: later loads of it MERGE on these keys.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
