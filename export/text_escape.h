// Text and number encodings shared by the writers in export/. Private to export/.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph::export_internal {

// `text` as well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF). Each maximal ill-formed subpart (Unicode 15, section 3.9) becomes one U+FFFD; valid
// text is returned unchanged.
std::string ToValidUtf8(std::string_view text);

// `text` as XML 1.0 character data, usable in element content and in quoted attribute values:
// ill-formed UTF-8 replaced as by ToValidUtf8, code points outside the XML 1.0 Char production
// (controls other than tab, LF and CR; U+FFFE; U+FFFF) removed, & < > " ' written as entity
// references and CR as &#13; so that parsers do not normalise it to LF.
std::string XmlEscape(std::string_view text);

// `escaped` (text from XmlEscape) without XML whitespace at either end: space, tab, LF and CR,
// which XmlEscape writes as "&#13;".
std::string_view TrimEscapedSpace(std::string_view escaped);

// The aliases joined by ';', each ';' inside an alias written as ',' so that splitting the result
// on ';' gives the aliases back, one part per alias.
std::string JoinAliases(const std::vector<std::string>& aliases);

// `text` as a single-quoted Cypher string literal, quotes included. Ill-formed UTF-8 is replaced as
// by ToValidUtf8; \ and ' are backslash-escaped; tab, LF, CR, backspace and form feed use \t \n
// \r \b \f; other C0 and C1 controls, DEL, U+2028, U+2029, U+FFFE and U+FFFF use \uXXXX. The
// result contains no raw control character, and the literal ends exactly at its closing quote.
std::string CypherString(std::string_view text);

// The Neo4j relationship type for a relation label: ASCII letters upper-cased, every run of other
// characters turned into one '_', leading and trailing '_' dropped ("takes jab at" ->
// "TAKES_JAB_AT"). Labels that give an empty result or one not starting with a letter give
// "RELATED_TO". The result matches [A-Z][A-Z0-9_]* and needs no backticks.
std::string CypherRelationshipType(std::string_view label);

// `value` in fixed notation with the fewest digits that read back as the same double, always
// with a decimal point ("3.0", "-2.5", "0.1"); -0.0 gives "0.0". NaN and infinities, which the
// target formats cannot all express, give nullopt.
std::optional<std::string> FormatDouble(double value);

// One evidence entry as a single line of text: "[<document id> #<sentence index>] <text>".
std::string EvidenceLine(const Evidence& evidence);
// The first `limit` evidence entries of the relations in turn, one EvidenceLine a line; with
// several relations each entry begins with its relation's label in parentheses.
std::string JoinedEvidence(const std::vector<const Relation*>& relations, std::size_t limit);
// "accuses (3); criticizes (1)": every relation with its weight, in the order given.
std::string RelationList(const std::vector<const Relation*>& relations);

// For every code name used by any entity of `graph` ("iso3166", "cameo"), the attribute name the
// writers use for it: "code_" followed by the name with every character other than an ASCII
// letter, digit or '_' replaced by '_'. Names that collide after the replacement get "_2", "_3",
// ... in code name order, so every attribute name is distinct and a valid XML NMTOKEN and Cypher
// identifier.
std::map<std::string, std::string> CodeAttributeNames(const KnowledgeGraph& graph);

}  // namespace newsgraph::export_internal
