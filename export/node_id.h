// How every writer names a node: one id per entity, the same in every format and every build.
#pragma once

#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"

namespace newsgraph {

// The id of an entity's node in every format (GraphML and GEXF node id, JSON node id, Cypher
// key). It is derived from Entity::id alone (the canonical key, never the entity's index), so two
// builds over different corpora give an actor they share the same id. The id is an XML NMTOKEN:
// ASCII letters, digits and ':' are kept, a space becomes '_', the sector separator '/' becomes
// '.', and every other byte ('-', '_', '.', '&' and the UTF-8 bytes of non-Latin letters
// included) is written '-' and two upper-case hex digits: "donald trump" -> "donald_trump",
// "russia/mil" -> "russia.mil", "at&t" -> "at-26t". Distinct keys give distinct ids; an empty key
// gives "-".
std::string NodeId(const Entity& entity);
// The same for a bare Entity::id, as Relation::source and Relation::target hold it.
std::string NodeIdOfKey(std::string_view key);

}  // namespace newsgraph
