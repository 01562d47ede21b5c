// libFuzzer harness: the graph writers on a graph whose every string (ids, names, aliases, codes,
// labels, evidence, articles) is arbitrary bytes. The GraphML and the GEXF must parse as XML, the
// JSON as JSON, every Cypher string literal must close on its line, and every neo4j-admin CSV
// line must be one whole record (no control character, quotes balanced).
#include <fuzzer/FuzzedDataProvider.h>
#include <libxml/parser.h>
#include <rapidjson/document.h>

#include <cstdint>
#include <cstdlib>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "export/graph_writer.h"

namespace {

using newsgraph::Entity;
using newsgraph::EntityType;
using newsgraph::Relation;

std::vector<Entity> FuzzedEntities(FuzzedDataProvider& input) {
  std::vector<Entity> entities;
  std::set<std::string> ids;
  const std::size_t count = input.ConsumeIntegralInRange<std::size_t>(1, 6);
  for (std::size_t i = 0; i < count; ++i) {
    Entity entity;
    entity.id = input.ConsumeRandomLengthString(24);
    if (!ids.insert(entity.id).second) continue;
    entity.name = input.ConsumeRandomLengthString(40);
    entity.type = static_cast<EntityType>(input.ConsumeIntegralInRange<int>(0, 5));
    for (int a = input.ConsumeIntegralInRange<int>(0, 3); a > 0; --a)
      entity.aliases.push_back(input.ConsumeRandomLengthString(24));
    for (int c = input.ConsumeIntegralInRange<int>(0, 2); c > 0; --c)
      entity.codes[input.ConsumeRandomLengthString(12)] = input.ConsumeRandomLengthString(12);
    entity.mentions = input.ConsumeIntegral<std::uint16_t>();
    entity.documents = input.ConsumeIntegral<std::uint16_t>();
    entities.push_back(std::move(entity));
  }
  return entities;
}

std::vector<Relation> FuzzedRelations(FuzzedDataProvider& input, const std::vector<Entity>& entities) {
  std::vector<Relation> relations;
  for (int r = input.ConsumeIntegralInRange<int>(0, 6); r > 0; --r) {
    Relation relation;
    relation.source = entities[input.ConsumeIntegralInRange<std::size_t>(0, entities.size() - 1)].id;
    relation.target = entities[input.ConsumeIntegralInRange<std::size_t>(0, entities.size() - 1)].id;
    relation.code = {input.ConsumeRandomLengthString(24), input.ConsumeRandomLengthString(6),
                     input.ConsumeIntegralInRange<int>(0, 4), input.ConsumeFloatingPoint<double>(),
                     input.ConsumeRandomLengthString(10)};
    relation.weight = input.ConsumeIntegral<std::uint16_t>();
    relation.documents = input.ConsumeIntegral<std::uint16_t>();
    relation.first_seen = input.ConsumeRandomLengthString(12);
    relation.last_seen = input.ConsumeRandomLengthString(12);
    for (int e = input.ConsumeIntegralInRange<int>(0, 2); e > 0; --e)
      relation.evidence.push_back({input.ConsumeRandomLengthString(16),
                                   input.ConsumeRandomLengthString(12),
                                   input.ConsumeIntegral<std::uint8_t>(),
                                   input.ConsumeRandomLengthString(60)});
    relations.push_back(std::move(relation));
  }
  return relations;
}

std::vector<newsgraph::Article> FuzzedArticles(FuzzedDataProvider& input,
                                               std::vector<Entity>& entities) {
  std::vector<newsgraph::Article> articles;
  for (int a = input.ConsumeIntegralInRange<int>(0, 3); a > 0; --a) {
    newsgraph::Article article;
    for (std::string* field : {&article.id, &article.title, &article.date, &article.source,
                               &article.url})
      *field = input.ConsumeRandomLengthString(16);
    Entity& entity = entities[input.ConsumeIntegralInRange<std::size_t>(0, entities.size() - 1)];
    entity.mentions_by_article[article.id] = input.ConsumeIntegral<std::uint8_t>();
    articles.push_back(std::move(article));
  }
  return articles;
}

// True when every line of a CSV file has an even number of quotes and no control character.
bool CsvLinesAreRecords(const std::string& csv) {
  std::size_t quotes = 0;
  for (char c : csv) {
    if (c == '\n') {
      if (quotes % 2 != 0) return false;
      quotes = 0;
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      return false;
    }
    quotes += c == '"';
  }
  return quotes == 0;
}

// True when every single-quoted literal outside `//` comments closes before its line ends and
// holds no raw control character, and the text ends outside any literal.
bool CypherLiteralsClose(const std::string& cypher) {
  bool in_literal = false;
  for (std::size_t i = 0; i < cypher.size(); ++i) {
    const char c = cypher[i];
    if (in_literal) {
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
      if (c == '\\') ++i;
      else if (c == '\'') in_literal = false;
    } else if (c == '\'') {
      in_literal = true;
    } else if (c == '/' && i + 1 < cypher.size() && cypher[i + 1] == '/') {
      i = cypher.find('\n', i);
      if (i == std::string::npos) break;
    }
  }
  return !in_literal;
}

std::string Write(const newsgraph::KnowledgeGraph& graph, std::string_view format) {
  std::ostringstream out;
  newsgraph::MakeGraphWriter(format)->Write(graph, out);
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider input(data, size);
  std::vector<Entity> entities = FuzzedEntities(input);
  if (entities.empty()) return 0;
  std::vector<Relation> relations = FuzzedRelations(input, entities);
  std::vector<newsgraph::Article> articles = FuzzedArticles(input, entities);
  const newsgraph::KnowledgeGraph graph(std::move(entities), std::move(relations),
                                        std::move(articles));

  for (const char* format : {"graphml", "gexf"}) {
    const std::string text = Write(graph, format);
    xmlDocPtr xml = xmlReadMemory(text.data(), static_cast<int>(text.size()), format, nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (xml == nullptr) std::abort();
    xmlFreeDoc(xml);
  }

  for (const char* format : {"json", "graphology"}) {
    const std::string json = Write(graph, format);
    rapidjson::Document parsed;
    parsed.Parse(json.data(), json.size());
    if (parsed.HasParseError()) std::abort();
  }

  if (!CypherLiteralsClose(Write(graph, "cypher"))) std::abort();

  const auto csv = newsgraph::MakeGraphWriter("neo4j-csv");
  for (const std::string& name : csv->FileNames()) {
    if (!name.ends_with(".csv")) continue;
    std::ostringstream out;
    csv->WriteFile(graph, name, out);
    if (!CsvLinesAreRecords(out.str())) std::abort();
  }
  return 0;
}
