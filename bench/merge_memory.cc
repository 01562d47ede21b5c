// Memory of `newsgraph merge -o` stage by stage, as it runs: reads partial graphs, feeds them to
// the graph builder (freeing each record once fed), builds the KnowledgeGraph from the builder's
// own tables, then writes every format to /dev/null. Prints the resident memory (VmRSS, after
// returning freed memory to the system) at each step and the peak (VmHWM). "graph built" less
// "start" is the graph's own size (the records and the builder's tables are freed by then), which
// bench/scale.sh sets against the peak of `merge -o` (issue item 5: at most 1.5 times).
//
//   newsgraph_merge_memory PART...
#include <malloc.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "export/graph_writer.h"
#include "extract/entities/actor_dictionary.h"
#include "graph/graph_builder.h"
#include "graph/partial_graph.h"

namespace {

// A line "Name:   1234 kB" of /proc/self/status, in MB.
double StatusMegabytes(const std::string& name) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind(name + ":", 0) == 0) return std::stod(line.substr(name.size() + 1)) / 1024;
  }
  return 0;
}

double Report(const char* step) {
  ::malloc_trim(0);
  const double rss = StatusMegabytes("VmRSS");
  std::printf("%-28s rss=%8.1f MB  peak=%8.1f MB\n", step, rss, StatusMegabytes("VmHWM"));
  return rss;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph;
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s PART...\n", argv[0]);
    return 2;
  }
  const ActorDictionary actors = ActorDictionary::LoadEmbedded();
  const double start = Report("start (actor dictionary)");
  PartialGraph merged;
  for (int i = 1; i < argc; ++i) merged.Merge(PartialGraph::Read(argv[i]));
  const double records = Report("partials read");
  std::printf("records alone: %.1f MB\n", records - start);
  GraphBuilder builder(actors);
  std::move(merged).AddTo(builder);
  Report("builder fed");
  const KnowledgeGraph graph = std::move(builder).Build();
  const double alone = Report("graph built");
  std::printf("graph's own size: %.1f MB\n", alone - start);
  std::ofstream sink("/dev/null");
  for (const std::string& format : GraphFormats()) {
    const auto writer = MakeGraphWriter(format);
    for (const std::string& name : writer->FileNames()) writer->WriteFile(graph, name, sink);
  }
  Report("every format written");
  return 0;
}
