#!/usr/bin/env python3
"""Checks resources/verbs.tsv and resources/event_nouns.tsv against the CAMEO event-code table.

Usage: scripts/check-lexicon.py [CAMEO_TABLE]

CAMEO_TABLE is a tab-separated table with the columns code, goldstein and quad_gdelt (default:
../shared/data/cameo/cameo_event_codes.tsv, relative to the repository root). Every row of both
lexicons must use a code that exists in the table, with the table's QuadClass and Goldstein value,
a quad that agrees with the code's root (01-05: 1, 06-08: 2, 09-13: 3, 14-20: 4), a known PLOVER
category and a well-formed pattern. Prints one line per problem as FILE:LINE: MESSAGE and a
summary; exits 1 when there is any problem.
"""

import argparse
import csv
import pathlib
import re
import sys
from collections import Counter

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_TABLE = REPO / ".." / "shared" / "data" / "cameo" / "cameo_event_codes.tsv"
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT",
}
WORD = re.compile(r"^[a-z0-9'\-]+$")


def quad_of_root(root):
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def load_table(path):
    table = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            table[row["code"]] = (int(row["quad_gdelt"]), float(row["goldstein"]))
    return table


def check_file(path, columns, table, problems, stats):
    seen = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path.relative_to(REPO)}:{number}"
        fields = line.split("\t")
        if len(fields) != columns:
            problems.append(f"{where}: expected {columns} columns, found {len(fields)}")
            continue
        pattern, label, code, quad, goldstein, plover = fields[:6]
        words = pattern.split(" ")
        if any(not w or (w != "O" and not WORD.match(w)) for w in words):
            problems.append(f"{where}: malformed pattern {pattern!r}")
        objects = words.count("O")
        if columns == 6 and objects:
            problems.append(f"{where}: a noun cannot have an O slot")
        if objects > 1 or words[0] == "O":
            problems.append(f"{where}: pattern {pattern!r} needs the verb first and at most one O")
        if pattern in seen:
            problems.append(f"{where}: {pattern!r} repeats line {seen[pattern]}")
        seen[pattern] = number
        if not label:
            problems.append(f"{where}: empty label")
        if code not in table:
            problems.append(f"{where}: CAMEO code {code!r} is not in the table")
            continue
        table_quad, table_goldstein = table[code]
        if quad != str(table_quad) or int(quad) != quad_of_root(int(code[:2])):
            problems.append(f"{where}: quad {quad} for {code}: the table and root say {table_quad}")
        try:
            if abs(float(goldstein) - table_goldstein) > 1e-9:
                problems.append(
                    f"{where}: Goldstein {goldstein} for {code}: the table says {table_goldstein}")
        except ValueError:
            problems.append(f"{where}: Goldstein {goldstein!r} is not a number")
        if plover not in PLOVER:
            problems.append(f"{where}: unknown PLOVER category {plover!r}")
        if columns == 7 and fields[6] not in ("speech", "event", "feeling", "mutual"):
            problems.append(
                f"{where}: class {fields[6]!r} is none of speech, event, feeling, mutual")
        stats[code[:2]] += 1
    return len(seen)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", nargs="?", default=str(DEFAULT_TABLE),
                        help="CAMEO event-code table (default: %(default)s)")
    args = parser.parse_args()
    table = load_table(args.table)
    problems = []
    stats = Counter()
    verbs = check_file(REPO / "resources" / "verbs.tsv", 7, table, problems, stats)
    nouns = check_file(REPO / "resources" / "event_nouns.tsv", 6, table, problems, stats)
    for problem in problems:
        print(problem)
    roots = " ".join(f"{root}:{stats[root]}" for root in sorted(stats))
    print(f"verbs.tsv: {verbs} rows, event_nouns.tsv: {nouns} rows; rows per CAMEO root: {roots}")
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
