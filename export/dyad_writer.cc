#include "export/dyad_writer.h"

#include <map>
#include <utility>

#include "export/node_id.h"
#include "export/text_escape.h"

namespace newsgraph {
namespace {

using export_internal::FormatDouble;
using export_internal::ToValidUtf8;

// An RFC 4180 field: valid UTF-8, quoted (quotes doubled) when it holds , " CR or LF.
std::string CsvField(std::string_view text) {
  std::string value = ToValidUtf8(text);
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string field = "\"";
  for (char c : value) field += c == '"' ? std::string("\"\"") : std::string(1, c);
  return field + "\"";
}

using Dyad = std::pair<std::string, std::string>;  // (source, target) node ids
using DyadPeriods = std::map<Dyad, std::map<std::string, EdgePeriodCounts>>;

DyadPeriods CollectDyads(const KnowledgeGraph& graph) {
  DyadPeriods dyads;
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    auto& periods = dyads[{NodeIdOfKey(relation.source), NodeIdOfKey(relation.target)}];
    for (const auto& [key, counts] : relation.periods) periods[key].Merge(counts);
  }
  std::erase_if(dyads, [](const auto& dyad) { return dyad.second.empty(); });
  return dyads;
}

void AddZeroRows(DyadPeriods& dyads, PeriodUnit unit) {
  std::string first, last;
  for (const auto& [dyad, periods] : dyads) {
    if (first.empty() || periods.begin()->first < first) first = periods.begin()->first;
    if (last.empty() || periods.rbegin()->first > last) last = periods.rbegin()->first;
  }
  if (first.empty()) return;
  const std::vector<std::string> range = PeriodRange(first, last, unit);
  for (auto& [dyad, periods] : dyads) {
    for (const std::string& key : range) periods.try_emplace(key);
  }
}

void WriteHeader(std::ostream& out) {
  out << "source,target,period,events,documents,goldstein_sum,goldstein_mean,quad1,quad2,quad3,"
         "quad4";
  for (const std::string& category : PloverCategoryOrder()) {
    std::string column = "plover_";
    for (char c : category) column += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    out << ',' << column;
  }
  out << ",first_evidence,last_evidence\r\n";
}

void WriteRow(const Dyad& dyad, const std::string& period, const EdgePeriodCounts& counts,
              std::ostream& out) {
  out << CsvField(dyad.first) << ',' << CsvField(dyad.second) << ',' << CsvField(period) << ','
      << counts.events << ',' << counts.documents << ','
      << FormatDouble(counts.goldstein_sum).value_or("") << ',';
  if (counts.coded > 0)
    out << FormatDouble(counts.goldstein_sum / static_cast<double>(counts.coded)).value_or("");
  for (std::size_t quad : counts.quad) out << ',' << quad;
  for (const std::string& category : PloverCategoryOrder()) {
    auto it = counts.plover.find(category);
    out << ',' << (it == counts.plover.end() ? 0 : it->second);
  }
  out << ',';
  if (counts.events > 0)
    out << CsvField(counts.first_evidence.ToString()) << ','
        << CsvField(counts.last_evidence.ToString());
  else
    out << ',';
  out << "\r\n";
}

}  // namespace

void DyadTableWriter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  DyadPeriods dyads = CollectDyads(graph);
  if (zero_fill_) AddZeroRows(dyads, unit_);
  WriteHeader(out);
  for (const auto& [dyad, periods] : dyads) {
    for (const auto& [period, counts] : periods) WriteRow(dyad, period, counts, out);
  }
}

}  // namespace newsgraph
