// The property-graph model both Neo4j outputs share (the Cypher script and the neo4j-admin
// import files), so that either way of loading gives the same database. Private to export/.
//
//   (:Actor:<type label> {id, name, type, aliases, mentions, documents, degree, in_degree,
//     out_degree, weighted_degree, pagerank, betweenness, community, sector, code_*})
//   (:Article {id, title, date, source, url})
//   (:Actor)-[:MENTIONED_IN {count}]->(:Article)
//   (:Actor)-[:<PLOVER category> {label, period, cameo, quad, goldstein, plover, weight,
//             documents, first_seen, last_seen, article_ids, sentences, evidence}]->(:Actor)
//   with period "all" for a whole build and the period key in a snapshot (build --snapshots),
//   whose Cypher script also writes (:Actor)-[:IN_PERIOD {mentions ... community}]->(:Period {key})
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph::export_internal {

// The uniqueness constraints of the model (each also the index MERGE and MATCH use), one
// statement a line.
inline constexpr std::string_view kConstraintStatements =
    "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;\n"
    "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;\n";

// Every type label an actor can carry besides :Actor, in the order the writers group actors.
inline constexpr std::array<std::string_view, 5> kActorTypeLabels = {
    "Person", "Organization", "Country", "Location", "Group"};

// The type label of an entity: PERSON -> Person, ORGANIZATION -> Organization, a GPE with an
// ISO 3166 code (a country of the actor dictionary) -> Country, any other GPE (a city, a region)
// and LOCATION -> Location, NORP -> Group; OTHER has none (empty).
std::string_view ActorTypeLabel(const Entity& entity);

// The relationship type of a relation: its PLOVER category ("ASSAULT", "ACCUSE") as
// CypherRelationshipType makes it, "RELATED_TO" when it has none, with "NOT_" before it for a
// negated relation (a label starting with "not ", drawn with --include-negated).
std::string EventRelationshipType(const Relation& relation);

// Every relationship type EventRelationshipType gives for the relations the event layer makes:
// each PLOVER category an event can carry (EventCategories(), from the lexicon's category list)
// followed by its NOT_ form, then RELATED_TO (a relation without a category). A graph built by
// other means (a user's lexicon rows, a hand-made graph) may carry other types.
const std::vector<std::string>& EventRelationshipTypes();

// `text` when it is a calendar date YYYY-MM-DD (years 0001-9999), the form Neo4j's date() and
// neo4j-admin's date type read; nullopt otherwise (empty, partial or impossible dates).
std::optional<std::string> CalendarDate(std::string_view text);

// One (:Actor)-[:MENTIONED_IN]->(:Article) relationship.
struct ArticleMention {
  const std::string* actor;    // Entity::id
  const std::string* article;  // Article::id
  std::size_t count;
};

// Every actor's mentions by article, in entity index order and article id order within one.
std::vector<ArticleMention> ArticleMentions(const KnowledgeGraph& graph);

}  // namespace newsgraph::export_internal
