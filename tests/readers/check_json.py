#!/usr/bin/python3
"""Load a newsgraph node-link JSON export and check what readers see.

    /usr/bin/python3 check_json.py FILE.json

Checks, each printed as a line, then PASS or FAIL:
  json      strict UTF-8 and JSON; directed and multigraph are true; counts match the lists;
            node ids are unique strings; every node and edge has its fields with the right JSON
            types; edge ends name nodes; a reader that takes a "graph" object, when present,
            as the container of the lists still finds the nodes
  networkx  networkx node_link_graph(data) with its default arguments (Debian 12's NetworkX 2.8;
            NetworkX 3.6 and later, whose default list key is "edges", are given edges="links")
            loads it as a MultiDiGraph with the same counts, and each node's degree field equals
            the degree NetworkX computes
Exit status: 0 pass, 1 fail, 2 usage error.
"""
import inspect
import json
import os
import sys

from reader_checks import Checks

NODE_FIELDS = {"id": str, "label": str, "type": str, "aliases": list, "mentions": int,
               "documents": int, "degree": int, "in_degree": int, "out_degree": int,
               "weighted_degree": float, "pagerank": float, "betweenness": float,
               "community": int, "codes": dict}
EDGE_FIELDS = {"source": str, "target": str, "relation": str, "label": str, "weight": int,
               "cameo": str, "quad": int, "goldstein": (float, type(None)), "plover": str,
               "documents": int, "first_seen": str, "last_seen": str, "evidence": list}
EVIDENCE_FIELDS = {"document": str, "sentence": int, "date": str, "text": str}


def check_fields(what, value, fields, checks):
    if not isinstance(value, dict):
        checks.fail("json", f"{what} is not an object")
        return
    for name, kind in fields.items():
        if name not in value:
            checks.fail("json", f"{what}: field {name!r} missing")
        elif not isinstance(value[name], kind) or isinstance(value[name], bool) != (kind is bool):
            checks.fail("json", f"{what}: {name}={value[name]!r} has the wrong type")


def check_document(doc, checks):
    for flag in ("directed", "multigraph"):
        if doc.get(flag) is not True:
            checks.fail("json", f"{flag} is {doc.get(flag)!r}, expected true")
    nodes, edges = doc.get("nodes"), doc.get("links")
    if not isinstance(nodes, list) or not isinstance(edges, list):
        checks.fail("json", "nodes and links must be lists")
        return False
    counts = doc.get("counts", {})
    if counts != {"nodes": len(nodes), "links": len(edges)}:
        checks.fail("json", f"counts {counts!r} but the lists hold {len(nodes)} nodes and {len(edges)} edges")
    container = doc.get("graph", doc)
    if isinstance(container, dict) and "nodes" not in container:
        checks.fail("json", "a \"graph\" object without the nodes hides them from readers that look there")
    ids = set()
    for i, node in enumerate(nodes):
        check_fields(f"node {i}", node, NODE_FIELDS, checks)
        if isinstance(node, dict):
            if node.get("id") in ids:
                checks.fail("json", f"node id {node.get('id')!r} used twice")
            ids.add(node.get("id"))
            if not all(isinstance(a, str) for a in node.get("aliases", [])):
                checks.fail("json", f"node {i}: aliases must all be strings")
            if not all(isinstance(v, str) for v in node.get("codes", {}).values()):
                checks.fail("json", f"node {i}: codes must map to strings")
    for i, edge in enumerate(edges):
        check_fields(f"edge {i}", edge, EDGE_FIELDS, checks)
        if not isinstance(edge, dict):
            continue
        for end in ("source", "target"):
            if edge.get(end) not in ids:
                checks.fail("json", f"edge {i}: {end} {edge.get(end)!r} is not a node id")
        for j, evidence in enumerate(edge.get("evidence", [])):
            check_fields(f"edge {i} evidence {j}", evidence, EVIDENCE_FIELDS, checks)
    checks.ok("json", f"{len(nodes)} nodes, {len(edges)} edges")
    return True


def check_networkx(doc, checks):
    try:
        import networkx
        from networkx.readwrite import json_graph
    except ImportError:
        checks.fail("networkx", "python3-networkx is not installed (apt-get install python3-networkx)")
        return
    # NetworkX 3.6 changed the default list key from "links" to "edges".
    parameter = inspect.signature(json_graph.node_link_graph).parameters.get("edges")
    keyword = {"edges": "links"} if parameter is not None and parameter.default == "edges" else {}
    try:
        graph = json_graph.node_link_graph(doc, **keyword)
    except Exception as error:  # any reader error is the finding
        checks.fail("networkx", f"node_link_graph: {type(error).__name__}: {error}")
        return
    if not (graph.is_directed() and graph.is_multigraph()):
        checks.fail("networkx", f"read as {type(graph).__name__}, expected MultiDiGraph")
    if (graph.number_of_nodes(), graph.number_of_edges()) != (len(doc["nodes"]), len(doc["links"])):
        checks.fail("networkx", f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
                                f"the file has {len(doc['nodes'])} and {len(doc['links'])}")
    for node, attributes in graph.nodes(data=True):
        pairs = len(set(graph.successors(node))) + len(set(graph.predecessors(node)))
        if attributes.get("degree") != pairs:
            checks.fail("networkx", f"node {node!r}: degree {attributes.get('degree')} but "
                                    f"{pairs} actor pairs touch it")
    checks.ok("networkx", f"{type(graph).__name__} with {graph.number_of_nodes()} nodes, "
                          f"{graph.number_of_edges()} edges (networkx {networkx.__version__})")


def main(argv):
    if len(argv) != 2 or not os.path.isfile(argv[1]):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    path = argv[1]
    checks = Checks()
    try:
        with open(path, "rb") as f:
            doc = json.loads(f.read().decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        checks.fail("json", f"cannot parse: {error}")
        doc = None
    if isinstance(doc, dict):
        if check_document(doc, checks):
            check_networkx(doc, checks)
    elif doc is not None:
        checks.fail("json", "the top level is not an object")
    verdict = "FAIL" if checks.failures else "PASS"
    print(f"{verdict} json {path}" + (f": {checks.failures} problem(s)" if checks.failures else ""))
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
