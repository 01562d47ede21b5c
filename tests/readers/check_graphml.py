#!/usr/bin/python3
"""Load a newsgraph GraphML export with the readers people use and check what they see.

    /usr/bin/python3 check_graphml.py FILE.graphml

Checks, each printed as a line, then PASS or FAIL:
  xml       the file parses (ElementTree; and `xmllint --noout` when installed, against the
            XSD named by $GRAPHML_XSD when that is set); keys are declared per domain with an
            XSD attr.type; every node comes before the first edge; ids are unique; edge ends exist
  networkx  networkx.read_graphml loads it with the file's node and edge counts; every node and
            edge carries the required attributes with the declared Python types; aliases is a
            ';'-separated list holding the label; degree equals the degree NetworkX computes
  igraph    igraph.Graph.Read_GraphML loads it with the same counts and attribute names
Needs Debian's python3-networkx and python3-igraph (hence /usr/bin/python3).
Exit status: 0 pass, 1 fail, 2 usage error or missing module.
"""
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

from reader_checks import Checks

NS = "{http://graphml.graphdrawing.org/xmlns}"
XSD_TYPES = {"boolean", "int", "long", "float", "double", "string"}
NODE_REQUIRED = {"label": str, "type": str, "key": str, "aliases": str, "mentions": int,
                 "documents": int, "degree": int, "in_degree": int, "out_degree": int,
                 "weighted_degree": float, "pagerank": float, "betweenness": float,
                 "community": int}
EDGE_REQUIRED = {"relation": str, "label": str, "weight": float, "quad": int, "documents": int}
EDGE_OPTIONAL = {"cameo": str, "goldstein": float, "plover": str, "first_seen": str,
                 "first_period": int, "last_period": int,
                 "last_seen": str, "evidence": str}


def check_xml(path, checks):
    """Returns (node count, edge count, node key names) as the file states them, or None."""
    xmllint = shutil.which("xmllint")
    if xmllint:
        command = [xmllint, "--noout", "--nonet"]
        if os.environ.get("GRAPHML_XSD"):
            command += ["--schema", os.environ["GRAPHML_XSD"]]
        result = subprocess.run(command + [path], capture_output=True, text=True)
        if result.returncode != 0:
            checks.fail("xml", "xmllint: " + " | ".join(result.stderr.strip().splitlines()[:5]))
        else:
            checks.ok("xml", "xmllint accepts the file" +
                      (" against " + os.environ["GRAPHML_XSD"] if os.environ.get("GRAPHML_XSD") else ""))
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        checks.fail("xml", f"not well-formed: {error}")
        return None
    if root.tag != NS + "graphml":
        checks.fail("xml", f"root element is {root.tag}, expected {NS}graphml")
        return None
    key_ids, node_keys = set(), set()
    for key in root.findall(NS + "key"):
        where = f"key {key.get('id')!r}"
        if key.get("id") in key_ids:
            checks.fail("xml", f"{where} declared twice")
        key_ids.add(key.get("id"))
        if key.get("for") not in ("node", "edge", "graph"):
            checks.fail("xml", f"{where}: for={key.get('for')!r} (Gephi Lite and igraph need node/edge/graph)")
        if key.get("attr.type") not in XSD_TYPES:
            checks.fail("xml", f"{where}: attr.type={key.get('attr.type')!r} is not in the GraphML XSD")
        if key.get("for") == "node":
            node_keys.add(key.get("attr.name"))
    graphs = root.findall(NS + "graph")
    if len(graphs) != 1:
        checks.fail("xml", f"{len(graphs)} <graph> elements, expected 1")
        return None
    graph = graphs[0]
    if graph.get("edgedefault") != "directed":
        checks.fail("xml", f"edgedefault={graph.get('edgedefault')!r}, expected 'directed'")
    node_ids, edge_ids, seen_edge = set(), set(), False
    for element in graph:
        if element.tag == NS + "node":
            if seen_edge:
                checks.fail("xml", f"node {element.get('id')!r} comes after an edge")
            if element.get("id") in node_ids:
                checks.fail("xml", f"node id {element.get('id')!r} used twice")
            node_ids.add(element.get("id"))
        elif element.tag == NS + "edge":
            seen_edge = True
            if element.get("id") in edge_ids:
                checks.fail("xml", f"edge id {element.get('id')!r} used twice")
            edge_ids.add(element.get("id"))
            for end in ("source", "target"):
                if element.get(end) not in node_ids:
                    checks.fail("xml", f"edge {element.get('id')!r}: {end} {element.get(end)!r} is not a declared node")
        for data in element.findall(NS + "data"):
            if data.get("key") not in key_ids:
                checks.fail("xml", f"<data key={data.get('key')!r}> uses an undeclared key")
    checks.ok("xml", f"{len(node_ids)} nodes, {len(edge_ids)} edges, {len(key_ids)} keys")
    return len(node_ids), len(edge_ids), node_keys


def check_attributes(stage, what, attributes, required, optional, checks):
    for name, kind in required.items():
        if name not in attributes:
            checks.fail(stage, f"{what}: attribute {name!r} missing")
        elif not isinstance(attributes[name], kind):
            checks.fail(stage, f"{what}: {name}={attributes[name]!r} is not {kind.__name__}")
    for name, kind in optional.items():
        if name in attributes and not isinstance(attributes[name], kind):
            checks.fail(stage, f"{what}: {name}={attributes[name]!r} is not {kind.__name__}")


def check_networkx(path, expected, checks):
    try:
        import networkx
    except ImportError:
        checks.fail("networkx", "python3-networkx is not installed (apt-get install python3-networkx)")
        return
    try:
        graph = networkx.read_graphml(path)
    except Exception as error:  # any reader error is the finding
        checks.fail("networkx", f"read_graphml: {type(error).__name__}: {error}")
        return
    nodes, edges, node_keys = expected
    if (graph.number_of_nodes(), graph.number_of_edges()) != (nodes, edges):
        checks.fail("networkx", f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
                                f"the file has {nodes} and {edges}")
    if not graph.is_directed():
        checks.fail("networkx", "graph read as undirected")
    codes = {name: str for name in node_keys if name.startswith("code_")}
    for node, attributes in graph.nodes(data=True):
        check_attributes("networkx", f"node {node}", attributes, NODE_REQUIRED, codes, checks)
        if attributes.get("label") and attributes.get("label").replace(";", ",") not in \
                attributes.get("aliases", "").split(";"):
            checks.fail("networkx", f"node {node}: aliases {attributes.get('aliases')!r} do not "
                                    f"list the label {attributes.get('label')!r}")
        if attributes.get("degree") != graph.degree(node):
            checks.fail("networkx", f"node {node}: degree {attributes.get('degree')} but "
                                    f"{graph.degree(node)} edges touch it")
    for source, target, attributes in graph.edges(data=True):
        check_attributes("networkx", f"edge {source}->{target}", attributes, EDGE_REQUIRED,
                         EDGE_OPTIONAL, checks)
    checks.ok("networkx", f"{type(graph).__name__} with {graph.number_of_nodes()} nodes, "
                          f"{graph.number_of_edges()} edges (networkx {networkx.__version__})")


def check_igraph(path, expected, checks):
    try:
        import igraph
    except ImportError:
        checks.fail("igraph", "python3-igraph is not installed (apt-get install python3-igraph)")
        return
    try:
        graph = igraph.Graph.Read_GraphML(path)
    except Exception as error:  # any reader error is the finding
        checks.fail("igraph", f"Read_GraphML: {type(error).__name__}: {error}")
        return
    nodes, edges, _ = expected
    if (graph.vcount(), graph.ecount()) != (nodes, edges):
        checks.fail("igraph", f"{graph.vcount()} nodes, {graph.ecount()} edges; the file has "
                              f"{nodes} and {edges}")
    if not graph.is_directed():
        checks.fail("igraph", "graph read as undirected")
    missing = [a for a in NODE_REQUIRED if a not in graph.vs.attributes()]
    missing += [f"edge {a}" for a in EDGE_REQUIRED if edges and a not in graph.es.attributes()]
    if missing:
        checks.fail("igraph", f"attributes missing: {missing}")
    for name in ("mentions", "documents", "degree"):
        if name in graph.vs.attributes() and any(v != v for v in graph.vs[name]):
            checks.fail("igraph", f"node attribute {name} has NaN (a node lacks it)")
    checks.ok("igraph", f"{graph.vcount()} nodes, {graph.ecount()} edges (igraph {igraph.__version__})")


def main(argv):
    if len(argv) != 2 or not os.path.isfile(argv[1]):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    path = argv[1]
    checks = Checks()
    expected = check_xml(path, checks)
    if expected is not None:
        check_networkx(path, expected, checks)
        check_igraph(path, expected, checks)
    verdict = "FAIL" if checks.failures else "PASS"
    print(f"{verdict} graphml {path}" + (f": {checks.failures} problem(s)" if checks.failures else ""))
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
