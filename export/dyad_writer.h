// The dyad table of a build with periods: DIR/dyads.csv.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "export/graph_writer.h"
#include "graph/periods.h"

namespace newsgraph {

// Writes dyads.csv (RFC 4180, CRLF line ends, a header row): one row per ordered actor pair
// (source, target: NodeIdOfKey of the relation's ends) and period in which the pair has events,
// summed over all relations (labels) between them, sorted by (source, target, period). Columns:
//   source, target, period, events, documents, goldstein_sum, goldstein_mean (the sum over the
//   events it counts: those not negated; empty when none), quad1, quad2, quad3, quad4, one column
//   per PLOVER category in PloverCategoryOrder() ("plover_agree", ... "plover_statement"),
//   first_evidence, last_evidence (evidence ids "document id#sentence index" of the earliest and
//   latest supporting sentence by (document id, sentence)).
// For each pair, the events of its rows plus the relations' Relation::undated equal the sum of
// the weights of its relations. With `zero_fill`, each pair also gets a row of zeros (empty mean
// and evidence) for every period between the corpus's first and last period in which it has no
// events. Fields are quoted when they hold a comma, a quote, CR or LF; ill-formed UTF-8 is
// replaced.
class DyadTableWriter : public GraphWriter {
 public:
  DyadTableWriter(PeriodUnit unit, bool zero_fill) : unit_(unit), zero_fill_(zero_fill) {}
  std::string_view format() const override { return "dyads"; }
  std::string_view extension() const override { return "csv"; }
  std::vector<std::string> FileNames() const override { return {"dyads.csv"}; }
  void Write(const KnowledgeGraph& graph, std::ostream& out) const override;

 private:
  PeriodUnit unit_;
  bool zero_fill_;
};

}  // namespace newsgraph
