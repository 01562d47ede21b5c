#!/usr/bin/python3
"""Load a newsgraph GEXF export with the readers people use and check what they see.

    /usr/bin/python3 check_gexf.py FILE.gexf

Checks, each printed as a line, then PASS or FAIL:
  xml       the file parses (ElementTree; and `xmllint --noout` when installed); it is GEXF 1.3
            and directed, static, or dynamic with timeformat="date"; every attribute is declared
            once with id == title and a GEXF type; every value is declared and parses as its
            type; ids are unique; edge ends exist; no two edges share source, target and kind
            (Gephi would merge them). In a dynamic file: the dynamic <attributes> block of a
            class comes before its static one (Gephi Lite keeps the last block's types), values
            of dynamic attributes and only those carry start and end, every start and end is a
            date with start <= end, and the spells of an element are in order and disjoint
  networkx  networkx.read_gexf loads it with the file's node and edge counts and every node and
            edge attribute with its declared Python type, viz colour and size included; degree,
            in_degree and out_degree equal the actor pairs NetworkX sees; PageRank sums to 1.
            NetworkX (2.x and 3.x) knows the GEXF namespaces only up to 1.2draft, so the file is
            read with its 1.3 namespaces renamed to 1.2draft: every element and attribute
            newsgraph writes means the same in both versions (kind is ignored by NetworkX).
            In a dynamic file every spell arrives as a (start, end) pair of strings and every
            dynamic value as a (value, start, end) triple with the value of its declared type,
            as many of each as the file holds (but for the dynamic weight, which NetworkX
            replaces by the edge's weight attribute, the total).
Needs Debian's python3-networkx (hence /usr/bin/python3).
Exit status: 0 pass, 1 fail, 2 usage error.
"""
import io
import math
import os
import shutil
import subprocess
import sys
import datetime
import xml.etree.ElementTree as ET

from reader_checks import Checks

NS = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
PYTHON_TYPES = {"integer": int, "long": int, "double": float, "float": float, "string": str,
                "boolean": bool}
NODE_REQUIRED = {"label": str, "type": str, "key": str, "mentions": int, "documents": int,
                 "degree": int, "in_degree": int, "out_degree": int, "weighted_degree": float,
                 "pagerank": float, "betweenness": float, "community": int}
NODE_OPTIONAL = {"aliases": str, "sector": str}
EDGE_REQUIRED = {"weight": float, "quad": int, "documents": int, "cooperation_weight": float,
                 "conflict_weight": float, "goldstein_sum": float}
DYNAMIC = {"node": {"period_mentions": int, "period_documents": int},
           "edge": {"weight": float, "period_documents": int, "period_goldstein_sum": float,
                    "period_quad1": int, "period_quad2": int, "period_quad3": int,
                    "period_quad4": int}}
EDGE_OPTIONAL = {"label": str, "relation": str, "relations": str, "cameo": str, "plover": str,
                 "goldstein": float, "first_seen": str, "last_seen": str, "evidence": str}


def parses_as(kind, value):
    try:
        if kind in ("integer", "long"):
            int(value)
        elif kind in ("double", "float"):
            return math.isfinite(float(value))
        return True
    except ValueError:
        return False


def check_declarations(graph, checks, dynamic_ids):
    """Returns {class: {id: type}} for the declared attributes; fills dynamic_ids {class: ids}."""
    declared = {"node": {}, "edge": {}}
    modes = {"static", "dynamic"} if graph.get("mode") == "dynamic" else {"static"}
    static_seen = set()
    for block in graph.findall(NS + "attributes"):
        cls, mode = block.get("class"), block.get("mode", "static")
        if cls not in declared or mode not in modes:
            checks.fail("xml", f"<attributes class={cls!r} mode={block.get('mode')!r}>")
            continue
        if mode == "static":
            static_seen.add(cls)
        elif cls in static_seen:
            checks.fail("xml", f"dynamic {cls} attributes after the static ones (Gephi Lite keeps "
                               "the types of the last block only)")
        for attribute in block.findall(NS + "attribute"):
            aid, kind = attribute.get("id"), attribute.get("type")
            if aid in declared[cls]:
                checks.fail("xml", f"{cls} attribute {aid!r} declared twice")
            if attribute.get("title") != aid:
                checks.fail("xml", f"{cls} attribute {aid!r}: title {attribute.get('title')!r}")
            if kind not in PYTHON_TYPES:
                checks.fail("xml", f"{cls} attribute {aid!r}: type {kind!r}")
            declared[cls][aid] = kind
            if mode == "dynamic":
                dynamic_ids[cls].add(aid)
    return declared


def parse_day(text):
    try:
        return datetime.date.fromisoformat(text or "")
    except ValueError:
        return None


def check_interval(where, item, checks):
    """The (start, end) dates of `item`, checked to be days in order, or None."""
    start, end = parse_day(item.get("start")), parse_day(item.get("end"))
    if start is None or end is None or len(item.get("start")) != 10 or len(item.get("end")) != 10:
        checks.fail("xml", f"{where}: start {item.get('start')!r}, end {item.get('end')!r} are "
                           "not both YYYY-MM-DD")
        return None
    if end < start:
        checks.fail("xml", f"{where}: end {end} before start {start}")
    return start, end


def check_spells(element, cls, checks):
    spells = element.find(NS + "spells")
    previous_end = None
    for spell in [] if spells is None else spells.findall(NS + "spell"):
        interval = check_interval(f"{cls} {element.get('id')!r} spell", spell, checks)
        if interval and previous_end is not None and interval[0] <= previous_end:
            checks.fail("xml", f"{cls} {element.get('id')!r}: spells out of order or overlapping")
        previous_end = interval[1] if interval else previous_end


def check_values(element, cls, declared, dynamic_ids, checks):
    values = element.find(NS + "attvalues")
    for value in [] if values is None else values.findall(NS + "attvalue"):
        aid, text = value.get("for"), value.get("value")
        timed = value.get("start") is not None or value.get("end") is not None
        if timed != (aid in dynamic_ids[cls]):
            checks.fail("xml", f"{cls} {element.get('id')!r}: {aid} has start/end: {timed}, "
                               f"is dynamic: {aid in dynamic_ids[cls]}")
        elif timed:
            check_interval(f"{cls} {element.get('id')!r} {aid}", value, checks)
        if aid not in declared[cls]:
            checks.fail("xml", f"{cls} {element.get('id')!r}: undeclared attribute {aid!r}")
        elif not parses_as(declared[cls][aid], text):
            checks.fail("xml", f"{cls} {element.get('id')!r}: {aid}={text!r} is not "
                               f"{declared[cls][aid]}")


def check_xml(path, checks):
    """Returns (node count, edge count) as the file states them, or None."""
    xmllint = shutil.which("xmllint")
    if xmllint:
        result = subprocess.run([xmllint, "--noout", "--nonet", path], capture_output=True, text=True)
        if result.returncode != 0:
            checks.fail("xml", "xmllint: " + " | ".join(result.stderr.strip().splitlines()[:5]))
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        checks.fail("xml", f"not well-formed: {error}")
        return None
    graph = root.find(NS + "graph")
    if root.tag != NS + "gexf" or root.get("version") != "1.3" or graph is None:
        checks.fail("xml", f"root {root.tag} version {root.get('version')!r}: expected GEXF 1.3 "
                           "with one <graph>")
        return None
    shape = (graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype"))
    if shape not in (("static", None, "directed"), ("dynamic", "date", "directed")):
        checks.fail("xml", f"graph mode, timeformat, edges {shape!r}")
    dynamic_ids = {"node": set(), "edge": set()}
    declared = check_declarations(graph, checks, dynamic_ids)
    node_ids, edge_ids, kinds = set(), set(), set()
    for node in graph.iter(NS + "node"):
        if node.get("id") in node_ids:
            checks.fail("xml", f"node id {node.get('id')!r} used twice")
        node_ids.add(node.get("id"))
        check_values(node, "node", declared, dynamic_ids, checks)
        check_spells(node, "node", checks)
    for edge in graph.iter(NS + "edge"):
        where = f"edge {edge.get('id')!r}"
        if edge.get("id") in edge_ids:
            checks.fail("xml", f"{where} used twice")
        edge_ids.add(edge.get("id"))
        for end in ("source", "target"):
            if edge.get(end) not in node_ids:
                checks.fail("xml", f"{where}: {end} {edge.get(end)!r} is not a declared node")
        kind = (edge.get("source"), edge.get("target"), edge.get("kind"))
        if kind in kinds:
            checks.fail("xml", f"{where}: a second edge {kind} (Gephi merges them on import)")
        kinds.add(kind)
        check_values(edge, "edge", declared, dynamic_ids, checks)
        check_spells(edge, "edge", checks)
    checks.ok("xml", f"{len(node_ids)} nodes, {len(edge_ids)} edges")
    timed = sum(1 for value in graph.iter(NS + "attvalue")
                if value.get("start") is not None and value.get("for") != "weight")
    spells = sum(1 for _ in graph.iter(NS + "spell"))
    return len(node_ids), len(edge_ids), timed, spells


def check_timed(what, attributes, checks):
    """Spells and dynamic values as NetworkX gives them; returns `attributes` without them."""
    static = dict(attributes)
    spells = static.pop("spells", [])
    if not all(isinstance(spell, tuple) and len(spell) == 2 and
               all(type(day) is str for day in spell) for spell in spells):
        checks.fail("networkx", f"{what}: spells {spells!r} are not (start, end) strings")
    for name, kind in DYNAMIC[what.split()[0]].items():
        if name == "weight":  # NetworkX sets the static weight (the total) over the dynamic one
            continue
        values = static.pop(name, [])
        if not isinstance(values, list) or not all(
                isinstance(value, tuple) and len(value) == 3 and type(value[0]) is kind and
                type(value[1]) is str and type(value[2]) is str for value in values):
            checks.fail("networkx", f"{what}: {name}={values!r} is not a list of (value, start, "
                                    "end) of its type")
    return static


def check_types(what, attributes, required, optional, checks):
    for name, kind in required.items():
        if name not in attributes:
            checks.fail("networkx", f"{what}: attribute {name!r} missing")
        elif type(attributes[name]) is not kind:
            checks.fail("networkx", f"{what}: {name}={attributes[name]!r} is not {kind.__name__}")
    for name, kind in optional.items():
        if name in attributes and type(attributes[name]) is not kind:
            checks.fail("networkx", f"{what}: {name}={attributes[name]!r} is not {kind.__name__}")


def check_node(graph, node, attributes, checks):
    what = f"node {node}"
    optional = dict(NODE_OPTIONAL)
    optional.update({name: str for name in attributes if name.startswith("code_")})
    check_types(what, attributes, NODE_REQUIRED, optional, checks)
    viz = attributes.get("viz", {})
    if set(viz.get("color", {})) < {"r", "g", "b"} or not viz.get("size", 0) > 0:
        checks.fail("networkx", f"{what}: viz colour or size missing: {viz!r}")
    outgoing = set(graph.successors(node))
    incoming = set(graph.predecessors(node))
    if (attributes.get("out_degree"), attributes.get("in_degree")) != (len(outgoing), len(incoming)):
        checks.fail("networkx", f"{what}: out/in degree {attributes.get('out_degree')}/"
                                f"{attributes.get('in_degree')} but {len(outgoing)}/{len(incoming)} "
                                "actor pairs")
    if attributes.get("degree") != len(outgoing) + len(incoming):
        checks.fail("networkx", f"{what}: degree {attributes.get('degree')} is not in + out")


def check_networkx(path, expected, checks):
    try:
        import networkx
    except ImportError:
        checks.fail("networkx", "python3-networkx is not installed (apt-get install python3-networkx)")
        return
    with open(path, "rb") as file:
        text = file.read()
    text = text.replace(b"http://gexf.net/1.3/viz", b"http://www.gexf.net/1.2draft/viz")
    text = text.replace(b"http://gexf.net/1.3", b"http://www.gexf.net/1.2draft")
    text = text.replace(b'version="1.3"', b'version="1.2"', 1)
    try:
        graph = networkx.read_gexf(io.BytesIO(text))
    except Exception as error:  # any reader error is the finding
        checks.fail("networkx", f"read_gexf: {type(error).__name__}: {error}")
        return
    timed = spells = 0
    for *_, attributes in list(graph.nodes(data=True)) + list(graph.edges(data=True)):
        spells += len(attributes.get("spells", []))
        timed += sum(len(attributes.get(name, [])) for name in DYNAMIC["node"] | DYNAMIC["edge"]
                     if name != "weight")
    if (timed, spells) != expected[2:]:
        checks.fail("networkx", f"{timed} dynamic values and {spells} spells; the file has "
                                f"{expected[2]} and {expected[3]}")
    if (graph.number_of_nodes(), graph.number_of_edges()) != expected[:2]:
        checks.fail("networkx", f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges; "
                                f"the file has {expected[0]} and {expected[1]}")
    if not graph.is_directed():
        checks.fail("networkx", "graph read as undirected")
    for node, attributes in graph.nodes(data=True):
        check_node(graph, node, check_timed(f"node {node}", attributes, checks), checks)
    for source, target, attributes in graph.edges(data=True):
        what = f"edge {source}->{target}"
        check_types(what, check_timed(what, attributes, checks), EDGE_REQUIRED, EDGE_OPTIONAL,
                    checks)
    total = sum(attributes.get("pagerank", 0) for _, attributes in graph.nodes(data=True))
    if graph.number_of_nodes() and abs(total - 1) > 1e-6:
        checks.fail("networkx", f"PageRank sums to {total}")
    checks.ok("networkx", f"{type(graph).__name__} with {graph.number_of_nodes()} nodes, "
                          f"{graph.number_of_edges()} edges (networkx {networkx.__version__})")


def main(argv):
    if len(argv) != 2 or not os.path.isfile(argv[1]):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    path = argv[1]
    checks = Checks()
    expected = check_xml(path, checks)
    if expected is not None:
        check_networkx(path, expected, checks)
    verdict = "FAIL" if checks.failures else "PASS"
    print(f"{verdict} gexf {path}" + (f": {checks.failures} problem(s)" if checks.failures else ""))
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
