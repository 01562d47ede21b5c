// What the graph stage costs beside extraction: extracts a corpus on one thread, then times the
// graph builder's Add calls and Build (corpus-level entity resolution, merging, the Boost graph),
// and ResolveNames alone, and the node metrics (part of Build) alone, in CPU seconds of this
// process; then the GEXF writer's time and output size, static, and with a PERIOD unit (which
// the graph then keeps counts by) dynamic as well.
//
//   newsgraph_graph_bench CORPUS.jsonl [day|week|month|quarter|year]
#include <cstdio>
#include <ctime>
#include <optional>
#include <sstream>
#include <vector>

#include "export/graph_writer.h"
#include "extract/corpus_pipeline.h"
#include "extract/extractor.h"
#include "graph/graph_builder.h"
#include "graph/node_metrics.h"

namespace {

double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// Writes the graph as GEXF to memory and prints the CPU time and the size.
void TimeGexf(const newsgraph::KnowledgeGraph& graph, newsgraph::PeriodUnit period,
              const char* kind) {
  std::ostringstream out;
  const double before = CpuSeconds();
  newsgraph::GraphWriterOptions options;
  options.period_unit = period;
  newsgraph::MakeGraphWriter("gexf", options)->Write(graph, out);
  const double seconds = CpuSeconds() - before;
  const double megabytes = static_cast<double>(out.tellp()) / 1e6;
  std::printf("cpu: GEXF %s %.3fs, %.2f MB (%.1f MB/s)\n", kind, seconds, megabytes,
              seconds > 0 ? megabytes / seconds : 0.0);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph;
  const std::optional<PeriodUnit> period =
      argc == 3 ? ParsePeriodUnit(argv[2]) : std::optional<PeriodUnit>(PeriodUnit::kNone);
  if (argc < 2 || argc > 3 || !period) {
    std::fprintf(stderr, "usage: %s CORPUS.jsonl [day|week|month|quarter|year]\n", argv[0]);
    return 2;
  }
  Extractor extractor;
  PipelineOptions options;
  options.inputs = {argv[1]};
  options.threads = 1;
  GraphOptions graph_options;
  graph_options.period = *period;
  GraphBuilder builder(extractor.actors(), graph_options);
  double add_seconds = 0;
  const double start = CpuSeconds();
  PipelineStats stats = RunPipeline(
      extractor, options,
      [&](DocumentExtraction&& extraction) {
        const double before = CpuSeconds();
        builder.Add(extraction);
        add_seconds += CpuSeconds() - before;
      },
      [](const Diagnostic&) {});
  const double pipeline = CpuSeconds() - start - add_seconds;
  const double before_build = CpuSeconds();
  KnowledgeGraph graph = builder.Build();
  const double build = CpuSeconds() - before_build;
  const double before_merges = CpuSeconds();
  const std::size_t merges = builder.Merges().size();
  const double resolution = CpuSeconds() - before_merges;
  const double before_metrics = CpuSeconds();
  std::vector<WeightedArc> arcs;
  for (std::size_t i = 0; i < graph.relation_count(); ++i) {
    const Relation& relation = graph.relation(i);
    arcs.push_back({graph.FindEntity(relation.source), graph.FindEntity(relation.target),
                    static_cast<double>(relation.weight)});
  }
  const std::size_t measured = ComputeNodeMetrics(graph.entity_count(), arcs).size();
  const double metrics = CpuSeconds() - before_metrics;
  const double total = pipeline + add_seconds + build;
  std::printf("%zu documents, %zu nodes, %zu edges, %zu names merged by the corpus rules\n",
              stats.documents, graph.entity_count(), graph.relation_count(), merges);
  std::printf(
      "cpu: extraction %.2fs, graph Add %.2fs, Build %.2fs (resolution %.2fs = %.1f%% of "
      "%.2fs)\n",
      pipeline, add_seconds, build, resolution, 100 * resolution / total, total);
  std::printf("cpu: node metrics of %zu nodes %.2fs (%.1f%% of %.2fs)\n", measured, metrics,
              100 * metrics / total, total);
  TimeGexf(graph, PeriodUnit::kNone, "static");
  if (*period != PeriodUnit::kNone) TimeGexf(graph, *period, "dynamic");
  return 0;
}
