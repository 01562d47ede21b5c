#!/usr/bin/python3
"""How scripts/newsgraph-dask.py lists and cuts its inputs, and that a line-range shard extracts
exactly like the same lines read from the whole file (ids of records without one, line numbers in
messages). No cluster needed.

    tests/scripts/dask_shards_test.py NEWSGRAPH SOURCE_DIR
"""

import importlib.util
import os
import random
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

NEWSGRAPH, SOURCE = sys.argv[1], Path(sys.argv[2])
spec = importlib.util.spec_from_file_location("driver", SOURCE / "scripts" / "newsgraph-dask.py")
driver = importlib.util.module_from_spec(spec)
spec.loader.exec_module(driver)


class LineRanges(unittest.TestCase):
    def ranges(self, data, shard_bytes, block_bytes):
        with tempfile.NamedTemporaryFile(suffix=".jsonl") as file:
            file.write(data)
            file.flush()
            driver.BLOCK_BYTES = block_bytes
            try:
                return driver.jsonl_line_ranges(file.name, shard_bytes)
            finally:
                driver.BLOCK_BYTES = 16 << 20

    def test_table(self):
        cases = [  # data, shard bytes, block bytes, (first byte, end byte, first line, last line)
            (b"aa\nbb\ncc\n", 3, 100, [(0, 3, 1, 1), (3, 6, 2, 2), (6, 9, 3, 3)]),
            (b"aa\nbb\ncc\n", 4, 100, [(0, 9, 1, 3)]),
            (b"aa\nbb\ncc", 4, 2, [(0, 8, 1, 3)]),
            (b"aa\nbb\ncc\ndd\n", 4, 2, [(0, 6, 1, 2), (6, 12, 3, 4)]),
            (b"aa\nbb\nc\n\n", 5, 2, [(0, 9, 1, 4)]),
            (b"aa\nbb\ncc\n", 100, 4, [(0, 9, 1, 3)]),
            (b"\n\nlong line\nx", 2, 3, [(0, 2, 1, 2), (2, 13, 3, 4)]),
            (b"", 5, 5, []),
        ]
        for data, shard_bytes, block_bytes, expected in cases:
            with self.subTest(data=data, shard_bytes=shard_bytes, block_bytes=block_bytes):
                self.assertEqual(self.ranges(data, shard_bytes, block_bytes), expected)

    def test_ranges_cover_the_file_at_line_ends(self):
        rng = random.Random(7)
        for _ in range(200):
            lines = [b"x" * rng.randint(0, 30) for _ in range(rng.randint(1, 40))]
            data = b"\n".join(lines) + (b"\n" if rng.random() < 0.5 else b"")
            shard_bytes = rng.randint(1, 100)
            position = 0
            for first, end, first_line, last_line in self.ranges(data, shard_bytes,
                                                                 rng.randint(1, 50)):
                self.assertEqual(first, position)
                self.assertTrue(end == len(data) or data[end - 1:end] == b"\n")
                self.assertTrue(end - first >= shard_bytes or first == 0)
                self.assertTrue(end == len(data) or end - first < 2 * shard_bytes + 31)
                self.assertEqual(first_line, data[:first].count(b"\n") + 1)
                self.assertEqual(last_line, data[:end].count(b"\n")
                                 + (not data[:end].endswith(b"\n")))
                position = end
            self.assertEqual(position, len(data))


class Planning(unittest.TestCase):
    def test_directories_in_newsgraphs_order_and_shards(self):
        with tempfile.TemporaryDirectory() as root:
            files = {"b/2.txt": 10, "b/10.txt": 10, "a.jsonl": 10, ".hidden.txt": 10,
                     "notes.md": 10, "B.txt": 10, "big.jsonl": 0, "c.jsonl.gz": 10}
            for name, size in files.items():
                os.makedirs(os.path.dirname(os.path.join(root, name)), exist_ok=True)
                Path(root, name).write_bytes(b"x" * size)
            Path(root, "big.jsonl").write_bytes(b"line\n" * 10)
            listed = driver.list_inputs([root])
            self.assertEqual([os.path.relpath(p, root) for p in listed],
                             ["B.txt", "a.jsonl", "b/10.txt", "b/2.txt", "big.jsonl", "c.jsonl.gz"])
            shards = driver.plan_shards(listed, 20)
            names = [s["name"].replace(root + "/", "") for s in shards]
            self.assertEqual(names, ["B.txt .. a.jsonl (2 files)", "b/10.txt .. b/2.txt (2 files)",
                                     "big.jsonl lines 1-4", "big.jsonl lines 5-10",
                                     "c.jsonl.gz"])


class RangeShards(unittest.TestCase):
    def test_ranges_extract_like_the_whole_file(self):
        with tempfile.TemporaryDirectory() as root:
            subprocess.run([sys.executable, SOURCE / "tests/scripts/sample_corpus.py",
                            SOURCE / "samples", root], check=True)
            corpus = Path(root, "news.jsonl")
            lines = corpus.read_bytes().split(b"\n")
            lines.insert(9, b"{not json")
            corpus.write_bytes(b"\n".join(lines))
            whole = subprocess.run([NEWSGRAPH, "extract", corpus, "-o", Path(root, "whole")],
                                   capture_output=True, text=True, check=True)
            counts = os.path.join(root, "counts")
            subprocess.run([NEWSGRAPH, "learn-boilerplate", corpus, "-o", counts], check=True,
                           capture_output=True)
            pieces, warnings = [], ""
            for i, shard in enumerate(driver.plan_shards([str(corpus)], 6000)):
                piece = os.path.join(root, f"piece-{i}")
                pieces.append(Path(piece))
                warnings += driver.run_on_shard(shard, NEWSGRAPH, "extract",
                                                ["-o", piece, "--boilerplate", counts])[1]
            self.assertGreater(len(pieces), 3)
            self.assertEqual(b"".join(p.read_bytes() for p in pieces),
                             Path(root, "whole").read_bytes())
            self.assertIn(f"{corpus}:10: skipped: malformed JSON", whole.stderr)
            self.assertEqual(warnings, whole.stderr)

    def test_failing_shard_raises_with_stderr(self):
        with tempfile.TemporaryDirectory() as root:
            bad = Path(root, "bad.jsonl")
            bad.write_bytes(b"{not json\n")
            shard = driver.plan_shards([str(bad)], 1 << 20)[0]
            with self.assertRaises(driver.ShardFailed) as raised:
                driver.run_on_shard(shard, NEWSGRAPH, "extract", ["-o", os.path.join(root, "out")])
            self.assertEqual(raised.exception.name, str(bad))
            self.assertIn(f"{bad}:1: skipped: malformed JSON", raised.exception.stderr)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
