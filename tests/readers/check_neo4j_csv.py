#!/usr/bin/python3
"""Check a newsgraph neo4j-admin import folder the way `neo4j-admin database import full` reads it.

    /usr/bin/python3 check_neo4j_csv.py DIR/neo4j

Checks, each printed as a line, then PASS or FAIL:
  script  import.sh starts from its own folder and names every CSV file of the folder in the
          --nodes=Label=file.csv / --relationships=[TYPE=]file.csv form, with ',' ';' '"'
  csv     each file is UTF-8, RFC 4180 (quotes doubled, no backslash escapes), one record a
          line, every record with the header's column count
  header  Neo4j 5 header fields: name:type with a known type, :ID(space), :LABEL,
          :START_ID(space), :END_ID(space), :TYPE
  values  long, int, double and date values (array elements too) parse; labels and types are
          plain identifiers; IDs are unique per ID space; relationships end at existing IDs
Exit status: 0 pass, 1 fail, 2 usage error.
"""
import csv
import datetime
import io
import os
import re
import sys

from reader_checks import Checks

TYPES = {"long": int, "int": int, "double": float, "string": str, "date": datetime.date.fromisoformat}
FIELD = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)?:(?P<kind>ID|LABEL|START_ID|END_ID|TYPE|"
                   r"long|int|double|string|date)(?P<array>\[\])?(\((?P<space>[A-Za-z]+)\))?$")
SPEC = re.compile(r"^--(nodes|relationships)=(?:([A-Za-z_][A-Za-z0-9_]*)=)?([a-z_]+\.csv) \\$")
NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def read_script(folder, checks):
    """The (kind, prefix, file) the script imports, in its order."""
    with open(os.path.join(folder, "import.sh"), encoding="utf-8") as f:
        lines = [line.strip() for line in f]
    if 'cd "$(dirname "$0")"' not in lines:
        checks.fail("script", "import.sh does not run from its own folder")
    if "--delimiter=, --array-delimiter=';' --quote='\"' \\" not in lines:
        checks.fail("script", "import.sh does not state the delimiters")
    specs = [SPEC.match(line).groups() for line in lines if SPEC.match(line)]
    if not specs:
        checks.fail("script", "import.sh names no file")
    written = set(name for name in os.listdir(folder) if name.endswith(".csv"))
    unnamed = sorted(written - set(spec[2] for spec in specs))
    if unnamed:
        checks.fail("script", "import.sh does not name " + ", ".join(unnamed))
    checks.ok("script", f"{len(specs)} file(s): " + ", ".join(s[2] for s in specs))
    return specs


def parse_header(path, header, checks):
    fields = []
    for text in header:
        m = FIELD.match(text) if ":" in text else None
        if ":" in text and not m:
            checks.fail("header", f"{path}: cannot read field {text!r}")
        fields.append(m.groupdict() if m else {"name": text, "kind": "string", "array": None,
                                                "space": None})
    return fields


def check_value(path, line, field, value, checks):
    kind = field["kind"]
    parts = value.split(";") if field["array"] else [value]
    for part in parts:
        try:
            if kind in TYPES:
                TYPES[kind](part)
            elif kind in ("LABEL", "TYPE") and part and not NAME.match(part):
                raise ValueError("not a plain identifier")
        except ValueError as error:
            checks.fail("values", f"{path}:{line}: {field['name'] or kind} {part!r}: {error}")


def check_file(folder, name, ids, ends, checks):
    path = os.path.join(folder, name)
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    if '\\"' in text:
        checks.fail("csv", f"{name}: backslash before a quote")
    records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    if len(records) != text.count("\n"):
        checks.fail("csv", f"{name}: {len(records)} records on {text.count(chr(10))} lines")
    fields = parse_header(name, records[0], checks)
    for line, record in enumerate(records[1:], start=2):
        if len(record) != len(fields):
            checks.fail("csv", f"{name}:{line}: {len(record)} fields, header has {len(fields)}")
            continue
        for field, value in zip(fields, record):
            if value:
                check_value(name, line, field, value, checks)
            if field["kind"] == "ID":
                space = ids.setdefault(field["space"], set())
                if value in space:
                    checks.fail("values", f"{name}:{line}: duplicate ID {value!r}")
                space.add(value)
            elif field["kind"] in ("START_ID", "END_ID"):
                ends.append((name, line, field["space"], value))
    checks.ok("csv", f"{name}: {len(records) - 1} record(s), {len(fields)} column(s)")


def main(argv):
    if len(argv) != 2 or not os.path.isfile(os.path.join(argv[1], "import.sh")):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    folder = argv[1]
    checks = Checks()
    ids, ends = {}, []
    for kind, prefix, name in read_script(folder, checks):
        try:
            check_file(folder, name, ids, ends, checks)
        except (OSError, UnicodeDecodeError, csv.Error, IndexError) as error:
            checks.fail("csv", f"{name}: {error}")
    for name, line, space, value in ends:
        if value not in ids.get(space, ()):
            checks.fail("values", f"{name}:{line}: no {space} with ID {value!r}")
    verdict = "FAIL" if checks.failures else "PASS"
    print(f"{verdict} neo4j-csv {folder}" + (f": {checks.failures} problem(s)" if checks.failures else ""))
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
