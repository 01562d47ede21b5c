#include <cinttypes>
#include <cstdio>
#include <sstream>
#include <string>

#include "compare/diff_report.h"

namespace newsgraph {
namespace {

std::string Format(const char* format, double value) {
  char text[64];
  std::snprintf(text, sizeof text, format, value == 0 ? 0.0 : value);
  return text;
}

std::string Change(std::size_t from, std::size_t to) {
  const std::int64_t change = static_cast<std::int64_t>(to) - static_cast<std::int64_t>(from);
  char text[32];
  std::snprintf(text, sizeof text, "%+" PRId64, change);
  return text;
}

std::string Ratio(const std::optional<double>& value) {
  return value ? Format("%.3f", *value) : "undefined";
}

// The "| label | id |" cells of a node.
std::string NodeCells(const NodeDiff& node) {
  return "| " + MarkdownText(node.label) + " | " + MarkdownText(node.id) + " | ";
}

// Writes the first kMarkdownListLength items of `items` as table rows under `header`, "None." when
// there are none, and a line counting the rest.
template <typename Item, typename Row>
void WriteTable(std::ostream& out, const std::string& title, const std::string& header,
                const std::vector<Item>& items, Row row) {
  out << "### " << title << " (" << items.size() << ")\n\n";
  if (items.empty()) {
    out << "None.\n\n";
    return;
  }
  out << header << '\n';
  for (std::size_t i = 0; i < items.size() && i < kMarkdownListLength; ++i)
    out << row(items[i]) << '\n';
  if (items.size() > kMarkdownListLength)
    out << "\n… and " << items.size() - kMarkdownListLength << " more in diff.json.\n";
  out << '\n';
}

void WriteSummary(std::ostream& out, const GraphDiff& diff, const DiffSubject& subject) {
  const GraphTotals& a = diff.old_totals;
  const GraphTotals& b = diff.new_totals;
  out << "## Summary\n\n| | " << MarkdownText(subject.old_name) << " | "
      << MarkdownText(subject.new_name) << " |\n|---|---:|---:|\n"
      << "| nodes | " << a.nodes << " | " << b.nodes << " |\n"
      << "| edges | " << a.edges << " | " << b.edges << " |\n"
      << "| dyads | " << a.dyads << " | " << b.dyads << " |\n"
      << "| total edge weight | " << a.weight << " | " << b.weight << " |\n\n";
  out << "| | appeared | disappeared | persisted |\n|---|---:|---:|---:|\n";
  const auto counts = [&](const char* name, const auto& set) {
    out << "| " << name << " | " << set.appeared.size() << " | " << set.disappeared.size() << " | "
        << set.persisted.size() << " |\n";
  };
  counts("nodes", diff.nodes);
  counts("edges", diff.edges);
  counts("dyads", diff.dyads);
  out << "\n- Edge-set Jaccard (edges in both / edges in either, an edge being source, target "
         "and relation): "
      << Ratio(diff.edge_jaccard)
      << "\n- Dyad Jaccard (the same over ordered actor pairs): " << Ratio(diff.dyad_jaccard)
      << "\n- Weight correlation (Pearson's r of the two weights of every edge in either graph, "
         "0 where absent): "
      << Ratio(diff.weight_correlation) << "\n- Cooperation ↔ conflict flips: " << diff.flips.size()
      << "\n\n";
}

void WriteNodes(std::ostream& out, const GraphDiff& diff) {
  out << "## Nodes\n\n";
  const std::string header =
      "| node | id | type | degree | weighted degree |\n|---|---|---|---:|---:|";
  WriteTable(out, "Appeared", header, diff.nodes.appeared, [](const NodeDiff& n) {
    return NodeCells(n) + MarkdownText(n.type) + " | " + std::to_string(n.new_degree) + " | " +
           Format("%.10g", n.new_weighted_degree) + " |";
  });
  WriteTable(out, "Disappeared", header, diff.nodes.disappeared, [](const NodeDiff& n) {
    return NodeCells(n) + MarkdownText(n.type) + " | " + std::to_string(n.old_degree) + " | " +
           Format("%.10g", n.old_weighted_degree) + " |";
  });
}

std::string EdgeCells(const EdgeDiff& e) {
  return "| " + MarkdownText(e.source_label) + " | " + MarkdownText(e.label) + " | " +
         MarkdownText(e.target_label) + " | ";
}

void WriteEdges(std::ostream& out, const GraphDiff& diff) {
  out << "## Edges\n\n";
  const std::string header = "| source | relation | target | weight |\n|---|---|---|---:|";
  WriteTable(out, "Appeared", header, diff.edges.appeared,
             [](const EdgeDiff& e) { return EdgeCells(e) + std::to_string(e.new_weight) + " |"; });
  WriteTable(out, "Disappeared", header, diff.edges.disappeared,
             [](const EdgeDiff& e) { return EdgeCells(e) + std::to_string(e.old_weight) + " |"; });
  out << "## Weight changes of persisting edges\n\n";
  const std::string change_header =
      "| source | relation | target | old | new | change |\n|---|---|---|---:|---:|---:|";
  const auto row = [](const EdgeDiff& e) {
    return EdgeCells(e) + std::to_string(e.old_weight) + " | " + std::to_string(e.new_weight) +
           " | " + Change(e.old_weight, e.new_weight) + " |";
  };
  WriteTable(out, "Largest increases", change_header, diff.weight_increases, row);
  WriteTable(out, "Largest decreases", change_header, diff.weight_decreases, row);
}

void WriteStance(std::ostream& out, const std::string& side, const DyadStance& stance) {
  out << "In " << side << ": " << DyadClassName(stance.dyad_class) << " (cooperation "
      << stance.cooperation << ", conflict " << stance.conflict << ")\n\n";
  for (std::size_t i = 0; i < stance.evidence.size() && i < kMarkdownEvidencePerSide; ++i) {
    const auto& [relation, evidence] = stance.evidence[i];
    out << "- *" << MarkdownText(relation) << "*, " << MarkdownText(evidence.document) << " #"
        << evidence.sentence;
    if (!evidence.date.empty()) out << ", " << MarkdownText(evidence.date);
    out << ": “" << MarkdownText(evidence.text) << "”\n";
  }
  if (stance.evidence.size() > kMarkdownEvidencePerSide)
    out << "- … and " << stance.evidence.size() - kMarkdownEvidencePerSide
        << " more in diff.json\n";
  if (!stance.evidence.empty()) out << '\n';
}

void WriteFlips(std::ostream& out, const GraphDiff& diff, const DiffSubject& subject) {
  out << "## Cooperation ↔ conflict flips (" << diff.flips.size() << ")\n\n"
      << "A dyad's class is the larger of its cooperation (QuadClass 1-2) and conflict (3-4) "
         "edge weights.\n\n";
  if (diff.flips.empty()) out << "None.\n\n";
  for (const DyadFlip& flip : diff.flips) {
    out << "### " << MarkdownText(flip.source_label) << " → " << MarkdownText(flip.target_label)
        << ": " << DyadClassName(flip.old_stance.dyad_class) << " → "
        << DyadClassName(flip.new_stance.dyad_class) << "\n\n";
    WriteStance(out, MarkdownText(subject.old_name), flip.old_stance);
    WriteStance(out, MarkdownText(subject.new_name), flip.new_stance);
  }
}

void WriteMovers(std::ostream& out, const GraphDiff& diff) {
  out << "## Movers among persisting nodes\n\n";
  WriteTable(out, "By degree", "| node | id | old | new | change |\n|---|---|---:|---:|---:|",
             diff.degree_movers, [](const NodeDiff& n) {
               return NodeCells(n) + std::to_string(n.old_degree) + " | " +
                      std::to_string(n.new_degree) + " | " + Change(n.old_degree, n.new_degree) +
                      " |";
             });
  WriteTable(out, "By PageRank", "| node | id | old | new | change |\n|---|---|---:|---:|---:|",
             diff.pagerank_movers, [](const NodeDiff& n) {
               return NodeCells(n) + Format("%.4g", n.old_pagerank) + " | " +
                      Format("%.4g", n.new_pagerank) + " | " +
                      Format("%+.3g", n.new_pagerank - n.old_pagerank) + " |";
             });
}

}  // namespace

void WriteDiffMarkdown(const GraphDiff& diff, const DiffSubject& subject, std::ostream& out) {
  std::ostringstream report;
  report << "# Graph comparison: " << MarkdownText(subject.old_name) << " → "
         << MarkdownText(subject.new_name) << "\n\n";
  WriteSummary(report, diff, subject);
  WriteNodes(report, diff);
  WriteEdges(report, diff);
  WriteFlips(report, diff, subject);
  WriteMovers(report, diff);
  std::string text = std::move(report).str();
  while (text.size() > 1 && text.back() == '\n' && text[text.size() - 2] == '\n') text.pop_back();
  out << text;
}

}  // namespace newsgraph
