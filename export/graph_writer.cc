#include "export/graph_writer.h"
