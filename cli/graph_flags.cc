#include "cli/graph_flags.h"

#include "export/dyad_writer.h"

namespace newsgraph {
namespace {

void AddOutputFlags(CLI::App& command, GraphFlags& flags) {
  command
      .add_option("--formats", flags.formats,
                  "Comma-separated formats: graphml (Gephi, NetworkX, igraph), gexf (Gephi), "
                  "cypher (Neo4j), json (NetworkX node-link), graphology (graphology, sigma.js), "
                  "neo4j-csv (neo4j-admin import files in DIR/neo4j/)")
      ->delimiter(',')
      ->default_str(CLI::detail::join(DefaultGraphFormats(), ","));
  command
      .add_option("--color", flags.color,
                  "Node colours in the GEXF: type = by actor type, community = by community")
      ->check(CLI::IsMember({"type", "community"}))
      ->capture_default_str();
  command.add_option("--merge-log", flags.merge_log,
                     "Write which surface forms merged into each node, and by which rule");
  command.add_flag("--include-negated", flags.graph.include_negated,
                   "Also draw negated facts, as edges labelled \"not ...\"");
  command.add_flag("--keep-isolated", flags.graph.keep_isolated,
                   "Keep nodes without an edge (by default they are left out of the exports "
                   "and listed with their counts at the end of the merge log)");
  command
      .add_option("--sectors", flags.sectors,
                  "Actor groups of a state (\"Russian forces\" MIL, \"the Kremlin\" GOV): "
                  "merge = one node per state, split = one node per state and sector")
      ->check(CLI::IsMember({"merge", "split"}));
}

void AddTimeFlags(CLI::App& command, GraphFlags& flags) {
  command
      .add_option("--time-basis", flags.time_basis,
                  "Which date of a fact dates the edges (first_seen, last_seen, evidence): "
                  "event = the date its sentence states (\"on Monday\", \"in 2014\"), else the "
                  "article's; report = the article's")
      ->check(CLI::IsMember({"event", "report"}));
  command
      .add_option("--period", flags.period,
                  "Keep per-period counts on nodes and edges and write DIR/dyads.csv: day, week "
                  "(ISO), month, quarter or year, by the date --time-basis chooses")
      ->check(CLI::IsMember({"none", "day", "week", "month", "quarter", "year"}));
  command
      .add_flag("--zero-fill", flags.zero_fill,
                "In dyads.csv, also write rows of zeros for the periods in which a pair seen "
                "elsewhere has no events")
      ->needs(command.get_option("--period"));
  command
      .add_flag("--snapshots", flags.snapshots,
                "Also write one static graph per period, in every chosen format, into "
                "DIR/periods/<period>/ (replacing that folder whole)")
      ->needs(command.get_option("--period"));
}

}  // namespace

void AddGraphFlags(CLI::App& command, GraphFlags& flags) {
  AddOutputFlags(command, flags);
  AddTimeFlags(command, flags);
}

GraphPlan MakeGraphPlan(const GraphFlags& flags) {
  GraphPlan plan;
  plan.graph = flags.graph;
  plan.graph.time_basis = flags.time_basis == "report" ? TimeBasis::kReport : TimeBasis::kEvent;
  plan.graph.period = *ParsePeriodUnit(flags.period);
  plan.graph.split_sectors = flags.sectors == "split";
  GraphWriterOptions writer_options;
  if (flags.color == "community") writer_options.node_coloring = NodeColoring::kByCommunity;
  writer_options.period_unit = plan.graph.period;
  for (const std::string& format : flags.formats)
    plan.writers.push_back(MakeGraphWriter(format, writer_options));
  if (plan.graph.period != PeriodUnit::kNone)
    plan.writers.push_back(std::make_unique<DyadTableWriter>(plan.graph.period, flags.zero_fill));
  plan.snapshots = SnapshotOptions{
      .formats = flags.snapshots ? flags.formats : std::vector<std::string>{},
      .writer_options = writer_options,
      .unit = plan.graph.period,
      .keep_isolated = plan.graph.keep_isolated};
  return plan;
}

}  // namespace newsgraph
