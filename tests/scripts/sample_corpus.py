#!/usr/bin/python3
"""Writes a small corpus made from samples/ into DIR, for the scale-out tests:

    tests/scripts/sample_corpus.py SAMPLES DIR [--all-ids]

DIR/news.jsonl: the six JSONL samples four times over with ids of their own (copy 2 and 3 a month
and two months later), every fifth record without an id (newsgraph names it NAME:LINE) unless
--all-ids, and a blank line; every seventh record opens with a site banner (a line with a triple
of its own) and a line naming the record, so the banner is boilerplate of the whole corpus that a
shard holding one of them cannot learn alone; DIR/briefings/: the plain-text samples. About 40 kB: several shards at 0.01 MB.
"""

import json
import shutil
import sys
from pathlib import Path

BANNER = "Partner news: Israel condemns Iran"


def main():
    samples, out = Path(sys.argv[1]), Path(sys.argv[2])
    (out / "briefings").mkdir(parents=True, exist_ok=True)
    for text in sorted(samples.glob("*.txt")):
        shutil.copy(text, out / "briefings" / text.name)
    records = [json.loads(line) for line in (samples / "articles.jsonl").open(encoding="utf-8")]
    lines = []
    for copy in range(4):
        for record in records:
            record = dict(record, id=f"{record['id']}-{copy}")
            year, month, day = record["date"].split("-")
            record["date"] = f"{year}-{int(month) + copy % 3:02d}-{day}"
            if len(lines) % 7 == 0:
                record["text"] = f"{BANNER}\n\nStory {record['id']}\n\n{record['text']}"
            if len(lines) % 5 == 4 and "--all-ids" not in sys.argv:
                del record["id"]
            lines.append(json.dumps(record, ensure_ascii=False))
        lines.append("")
    (out / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
