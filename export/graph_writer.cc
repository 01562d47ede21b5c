#include "export/graph_writer.h"

#include <stdexcept>

#include "export/cypher_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "export/neo4j_csv_writer.h"

namespace newsgraph {
namespace {

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string joined;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) joined += separator;
    joined += items[i];
  }
  return joined;
}

}  // namespace

std::unique_ptr<GraphWriter> MakeGraphWriter(std::string_view format,
                                             const GraphWriterOptions& options) {
  if (format == "graphml") return std::make_unique<GraphmlWriter>();
  if (format == "gexf") {
    return std::make_unique<GexfWriter>(
        GexfWriterOptions{.node_coloring = options.node_coloring, .period = options.period_unit});
  }
  if (format == "cypher")
    return std::make_unique<CypherWriter>(CypherWriterOptions{.period = options.snapshot_period});
  if (format == "json") return std::make_unique<JsonWriter>();
  if (format == "graphology") return std::make_unique<GraphologyWriter>();
  if (format == "neo4j-csv") return std::make_unique<Neo4jCsvWriter>(options.snapshot_period);
  throw std::runtime_error("unknown graph format '" + std::string(format) +
                           "' (known formats: " + Join(GraphFormats(), ", ") + ")");
}

std::vector<std::string> GraphFormats() {
  return {"graphml", "gexf", "cypher", "json", "graphology", "neo4j-csv"};
}

std::vector<std::string> DefaultGraphFormats() {
  return {"graphml", "gexf", "cypher", "json", "graphology"};
}

}  // namespace newsgraph
