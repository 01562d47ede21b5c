#!/usr/bin/python3
"""Writes a synthetic news corpus as JSONL, for the scale benchmark (bench/scale.sh).

    bench/synthetic_corpus.py --documents N [--seed S] [-o FILE.jsonl]

Articles are a headline and five to eight sentences drawn from bench/synthetic_templates.txt,
filled with actors: persons (a title and a first and last name drawn from the capitalised words
of /usr/share/dict/american-english, Debian's wamerican) and countries (iso-codes). The pool of
persons grows with N (N / 4 of them, each tied to one country) and both are drawn with a heavy
tail, so a few actors recur everywhere and most are rare, as in news: the graph keeps growing
with the corpus. The same N and seed give the same bytes.
"""

import argparse
import datetime
import json
import random
import sys
from pathlib import Path

WORDS = "/usr/share/dict/american-english"
COUNTRIES = "/usr/share/iso-codes/json/iso_3166-1.json"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def read_templates(path):
    sections, current = {}, None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return sections


def read_names():
    words = Path(WORDS).read_text(encoding="utf-8").splitlines()
    names = sorted({w for w in words if w.isalpha() and w[0].isupper() and w[1:].islower()
                    and len(w) > 2})
    countries = sorted(c.get("common_name", c["name"])
                       for c in json.loads(Path(COUNTRIES).read_text())["3166-1"])
    return names, [c for c in countries if "," not in c and "(" not in c]


def heavy_tail(rng, size):
    """An index in [0, size): 0 most often, about as often as 1/(i+1)."""
    return min(size - 1, int(size ** rng.random()) - 1)


def make_person(index, names, countries, titles):
    """Person `index` of the pool: the same index is the same person in every article."""
    rng = random.Random(index * 7919 + 17)
    return {"first": rng.choice(names), "last": rng.choice(names), "title": rng.choice(titles),
            "country": countries[heavy_tail(rng, len(countries))]}


def make_article(rng, number, persons, data):
    """Document `number`: {id, title, date, source, text}."""
    names, countries, templates = data
    pool = max(4, number // 4)
    first = heavy_tail(rng, pool)
    p1, p2 = persons(first), persons((first + 1 + heavy_tail(rng, pool - 1)) % pool)
    c1 = p1["country"]
    c2 = p2["country"] if p2["country"] != c1 else countries[heavy_tail(rng, len(countries))]
    slots = {"P1": f"{p1['title']} {p1['first']} {p1['last']}", "P1s": p1["last"],
             "P2": f"{p2['title']} {p2['first']} {p2['last']}", "P2s": p2["last"],
             "C1": c1, "C2": c2, "D": rng.choice(WEEKDAYS)}
    sentences = rng.sample(templates["sentences"], rng.randint(5, 8))
    for person in ("{P1", "{P2"):  # the first mention of a person is the full name
        first = next((i for i, s in enumerate(sentences) if person in s), None)
        if first is not None:
            sentences[first] = sentences[first].replace(person + "s}", person + "}", 1)
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(366))
    text = " ".join(s.format(**slots) for s in sentences)
    return {"id": f"synth-{number:07d}", "title": rng.choice(templates["headlines"]).format(**slots),
            "date": day.isoformat(), "source": "Synthetic Wire", "text": text}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args()
    templates = read_templates(Path(__file__).with_name("synthetic_templates.txt"))
    names, countries = read_names()
    cache = {}

    def persons(index):
        if index not in cache:
            cache[index] = make_person(index, names, countries, templates["titles"])
        return cache[index]

    rng = random.Random(args.seed)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with out:
        for number in range(args.documents):
            article = make_article(rng, number, persons, (names, countries, templates))
            out.write(json.dumps(article, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
