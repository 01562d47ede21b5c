#!/usr/bin/python3
"""Builds a newsgraph graph on a Dask distributed cluster.

    newsgraph-dask.py --scheduler ADDRESS|local INPUT... -o DIR [--shards N | --shard-size MB]
                      [--formats ...] [other `newsgraph build` options] [--newsgraph PATH]

Cuts the inputs into shards and, on the workers, counts each shard's repeated edge lines (site
boilerplate: `newsgraph learn-boilerplate SHARD -o COUNTS`), adds the counts up
(`learn-boilerplate --merge`), runs `newsgraph extract SHARD --boilerplate COUNTS --partial FILE`
for each shard, merges the partials in a tree (`newsgraph merge A B ... --partial OUT`) and writes
the graph at the root of the tree (`newsgraph merge PARTS... -o DIR`). The graph is byte-identical
to `newsgraph build INPUT... -o DIR` in one process. With --keep-boilerplate there is no counting
phase.

Contract with the cluster: the newsgraph program (--newsgraph, default the one on PATH) exists at
the same path on every worker, and the inputs, DIR and the temporary folder (--temp-dir, default
beside DIR) are on a filesystem every worker sees at the same paths (NFS, Lustre, ...). The driver
reads no article: it lists the input files and finds the cut points of large JSONL files.

Shards: .txt files and compressed (.gz) files are whole-file units; a .jsonl file larger than the
shard size is cut into line ranges. To find them the driver reads the file once, sequentially, in
16 MB blocks, counting newlines (constant memory, no parsing). A worker copies its byte range into
a file of the same name in its own temporary folder (TMPDIR), preceded by one empty line per line
before the range: line numbers in diagnostics and the ids of records without an "id" (`NAME:LINE`)
are those of the whole file, and newsgraph skips empty lines.

A failed shard is retried (--retries, default 2) and, when it fails every time, reported by name
(input file and line range) with newsgraph's error output; the exit status is then 1 and no graph
is written. Temporary partials are removed in every case.
"""

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile

BLOCK_BYTES = 16 << 20
INPUT_EXTENSIONS = (".txt", ".jsonl", ".txt.gz", ".jsonl.gz")
# `newsgraph build` options: name -> (stage, takes a value). "extract" options shape the
# extraction and go to every `extract --partial`; "graph" options go to the final `merge -o DIR`;
# "both" (the actor dictionaries) go to every extract and every merge.
BUILD_OPTIONS = {
    "--date": ("extract", True), "--keep-boilerplate": ("extract", False),
    "--threads": ("extract", True), "--verbs": ("extract", True),
    "--no-capitals": ("both", False), "--aliases": ("both", True), "--actors": ("both", True),
    "--formats": ("graph", True), "--merge-log": ("graph", True),
    "--keep-isolated": ("graph", False), "--include-negated": ("graph", False),
    "--sectors": ("graph", True), "--color": ("graph", True), "--time-basis": ("graph", True),
    "--period": ("graph", True), "--zero-fill": ("graph", False),
}
PATH_OPTIONS = {"--verbs", "--aliases", "--actors", "--merge-log"}  # made absolute for the workers


class ShardFailed(Exception):
    """A newsgraph run that exited non-zero: the unit's name and newsgraph's error output."""

    def __init__(self, name, status, stderr):
        super().__init__(f"{name}: newsgraph exited with status {status}\n{stderr}")
        self.name, self.status, self.stderr = name, status, stderr

    def __reduce__(self):  # from the workers to the driver
        return ShardFailed, (self.name, self.status, self.stderr)


# ---------------------------------------------------------------------------------------------
# Inputs and shards (on the driver)


def input_extension(path):
    """The input kind of `path` as newsgraph reads it ("" when it is not an input file)."""
    lower = os.path.basename(path).lower()
    return next((e for e in sorted(INPUT_EXTENSIONS, key=len, reverse=True)
                 if lower.endswith(e)), "")


def list_directory(directory, visited, files):
    """Appends the input files under `directory` in newsgraph's order: names sorted bytewise,
    hidden names skipped, subdirectories recursed in place, symlink cycles cut."""
    real = os.path.realpath(directory)
    if real in visited:
        return
    visited.add(real)
    for name in sorted(os.listdir(directory), key=os.fsencode):
        if name.startswith("."):
            continue
        path = os.path.join(directory, name)
        if os.path.isdir(path):
            list_directory(path, visited, files)
        elif input_extension(name) and os.path.exists(path):
            files.append(path)


def list_inputs(inputs):
    """Every input file named by `inputs` (files and directories), in newsgraph's order. A path
    that is neither is kept: its shard fails and reports newsgraph's message about it."""
    files = []
    for path in inputs:
        if path == "-":
            sys.exit("newsgraph-dask: standard input cannot be sharded; name files instead")
        if os.path.isdir(path):
            list_directory(path, set(), files)
        else:
            files.append(path)
    return [os.path.abspath(path) for path in files]  # workers run in other folders


def file_size(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def jsonl_line_ranges(path, shard_bytes):
    """Cuts a JSONL file into (first byte, end byte, first line, last line) ranges of at least
    `shard_bytes` (the last under twice that), each ending after a newline or at the end of the
    file. No range is a lone tail of blank lines, which newsgraph would call empty."""
    ranges, start, start_line, lines, offset = [], 0, 1, 0, 0
    with open(path, "rb") as stream:
        while block := stream.read(BLOCK_BYTES):
            position = 0
            while offset + len(block) - start >= shard_bytes:
                cut = block.find(b"\n", max(position, start + shard_bytes - 1 - offset))
                if cut < 0:
                    break
                lines += block.count(b"\n", position, cut + 1)
                position = cut + 1
                ranges.append((start, offset + position, start_line, lines))
                start, start_line = offset + position, lines + 1
            lines += block.count(b"\n", position)
            offset += len(block)
            tail = block[-1:]
    if start < offset:  # the rest, shorter than a shard, joins the last range
        first, first_line = (ranges.pop()[0::2]) if ranges else (start, start_line)
        ranges.append((first, offset, first_line, lines + (tail != b"\n")))
    return ranges


def plan_shards(files, shard_bytes):
    """Shards as dicts: {"name", "files"} for whole files grouped up to `shard_bytes`, or
    {"name", "file", "range"} for a line range of a large JSONL file."""
    shards, group, group_bytes = [], [], 0

    def close_group():
        nonlocal group, group_bytes
        if group:
            name = group[0] if len(group) == 1 else f"{group[0]} .. {group[-1]} ({len(group)} files)"
            shards.append({"name": name, "files": group})
        group, group_bytes = [], 0

    for path in files:
        size = file_size(path)
        if input_extension(path) == ".jsonl" and size > shard_bytes and os.path.isfile(path):
            close_group()
            for first, end, first_line, last_line in jsonl_line_ranges(path, shard_bytes):
                shards.append({"name": f"{path} lines {first_line}-{last_line}", "file": path,
                               "range": (first, end, first_line)})
            continue
        if group and group_bytes + size > shard_bytes:
            close_group()
        group.append(path)
        group_bytes += size
    close_group()
    return shards


def shard_size(files, args):
    """Bytes per shard: --shard-size MB, or the total over --shards N."""
    if args.shards:
        total = sum(file_size(path) for path in files)
        return max(1, -(-total // args.shards))
    return max(1, int(args.shard_size * 1e6))


# ---------------------------------------------------------------------------------------------
# Tasks (on the workers)


def copy_range(path, first, end, first_line, sink):
    """Writes one empty line per line before `first_line`, then bytes [first, end) of `path`."""
    padding = first_line - 1
    while padding > 0:
        count = min(padding, 1 << 20)
        sink.write(b"\n" * count)
        padding -= count
    with open(path, "rb") as source:
        source.seek(first)
        left = end - first
        while left > 0 and (block := source.read(min(left, 1 << 20))):
            sink.write(block)
            left -= len(block)


def run_newsgraph(name, command):
    """Runs newsgraph; raises ShardFailed with its stderr when it exits non-zero. Returns stderr
    (warnings about skipped records) otherwise."""
    result = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, check=False)
    stderr = result.stderr.decode("utf-8", "replace")
    if result.returncode != 0:
        raise ShardFailed(name, result.returncode, stderr)
    return stderr


def run_on_shard(shard, newsgraph, subcommand, arguments):
    """`newsgraph SUBCOMMAND SHARD ARGUMENTS`, where ARGUMENTS opens with the output (`--partial
    FILE` for extract, `-o FILE` for learn-boilerplate); returns (FILE, newsgraph's warnings)."""
    if "files" in shard:
        command = [newsgraph, subcommand, *shard["files"], *arguments]
        return arguments[1], run_newsgraph(shard["name"], command)
    # A regular file (newsgraph may read it twice) under the file's own name, in the worker's
    # temporary folder, so ids and messages match.
    folder = tempfile.mkdtemp(prefix="newsgraph-range-")
    try:
        named = os.path.join(folder, os.path.basename(shard["file"]))
        with open(named, "wb") as sink:
            copy_range(shard["file"], *shard["range"], sink)
        command = [newsgraph, subcommand, named, *arguments]
        try:
            stderr = run_newsgraph(shard["name"], command)
        except ShardFailed as failure:
            raise ShardFailed(failure.name, failure.status,
                              failure.stderr.replace(named, shard["file"])) from None
        return arguments[1], stderr.replace(named, shard["file"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def merge_partials(name, newsgraph, parts, output_arguments, command=("merge",)):
    """`newsgraph COMMAND PARTS... OUTPUT_ARGUMENTS` over the (path, warnings) results of the
    tasks below (COMMAND `merge`, or `learn-boilerplate --merge` for counts); returns (the output
    named in OUTPUT_ARGUMENTS, newsgraph's messages)."""
    return output_arguments[1], run_newsgraph(
        name, [newsgraph, *command, *(path for path, _ in parts), *output_arguments])


# ---------------------------------------------------------------------------------------------
# The driver


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="newsgraph-dask.py", description=__doc__.split("\n\n")[2],
        epilog="See `newsgraph build --help` for the options passed through.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("-o", "--output", required=True, metavar="DIR")
    parser.add_argument("--scheduler", required=True,
                        help="address of a running scheduler (tcp://host:8786), or `local` to "
                        "start a LocalCluster on this machine")
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--shards", type=int, help="cut the input into about N shards")
    size.add_argument("--shard-size", type=float, default=64, metavar="MB",
                      help="input megabytes per shard (default 64)")
    parser.add_argument("--fan-in", type=int, default=8,
                        help="partials merged by one task of the merge tree (default 8)")
    parser.add_argument("--retries", type=int, default=2,
                        help="times a failed task is run again (default 2)")
    parser.add_argument("--newsgraph", default=shutil.which("newsgraph") or "newsgraph",
                        help="the program, at the same path on every worker (default: PATH's)")
    parser.add_argument("--temp-dir", help="folder for the partials, seen by every worker "
                        "(default: a hidden folder beside DIR)")
    parser.add_argument("--workers", type=int, default=os.cpu_count(),
                        help="with --scheduler local: worker processes (default: cores)")
    parser.add_argument("--threads-per-worker", type=int, default=1,
                        help="with --scheduler local: shards run at once per worker (default 1)")
    build = parser.add_argument_group("newsgraph build options, passed through")
    to = {"extract": "to every extract", "both": "to every extract and merge",
          "graph": "to the final merge"}
    for name, (stage, valued) in BUILD_OPTIONS.items():
        if valued:
            build.add_argument(name, action="append", metavar="VALUE", help=to[stage])
        else:
            build.add_argument(name, action="store_true", help=to[stage])
    args = parser.parse_args(argv)
    args.output = os.path.abspath(args.output)
    if args.fan_in < 2:
        parser.error("--fan-in must be at least 2")
    args.newsgraph = os.path.abspath(args.newsgraph) if os.sep in args.newsgraph else args.newsgraph
    return args, split_passthrough(args)


def split_passthrough(args):
    """(extract options, merge options, graph options): the `newsgraph build` options given, for
    every extract, every merge, and the final merge besides."""
    options = {"extract": [], "both": [], "graph": []}
    for name, (stage, valued) in BUILD_OPTIONS.items():
        value = getattr(args, name[2:].replace("-", "_"))
        if valued:
            for item in value or []:
                options[stage] += [name, os.path.abspath(item) if name in PATH_OPTIONS else item]
        elif value:
            options[stage].append(name)
    return options["extract"] + options["both"], options["both"], options["graph"]


def start_client(args):
    from distributed import Client, LocalCluster
    if args.scheduler != "local":
        return Client(args.scheduler)
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=args.threads_per_worker,
                           processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)  # failures are reported by name here
    return Client(cluster)


def submit_counting(client, shards, args, temp):
    """Submits the boilerplate counting of every shard and the sum of the counts; returns (count
    futures, sum future)."""
    level = [client.submit(run_on_shard, shard, args.newsgraph, "learn-boilerplate",
                           ["-o", os.path.join(temp, f"shard-{i:06d}.counts")],
                           key=f"newsgraph-learn-{i:06d}", retries=args.retries, pure=False)
             for i, shard in enumerate(shards)]
    total = client.submit(merge_partials, "learn-boilerplate --merge", args.newsgraph, level,
                          ["-o", os.path.join(temp, "boilerplate.counts")],
                          ("learn-boilerplate", "--merge"), key="newsgraph-learn-merge",
                          retries=args.retries, pure=False)
    return level, total


def submit_tree(client, shards, args, options, temp, counts):
    """Submits the extractions (with the boilerplate counts file `counts`, unless None) and the
    merge tree; returns (extract futures, root future)."""
    extract_options, merge_options, graph_options = options
    if counts is not None:
        extract_options = ["--boilerplate", counts, *extract_options]
    level = [client.submit(run_on_shard, shard, args.newsgraph, "extract",
                           ["--partial", os.path.join(temp, f"shard-{i:06d}.partial"),
                            *extract_options],
                           key=f"newsgraph-extract-{i:06d}", retries=args.retries, pure=False)
             for i, shard in enumerate(shards)]
    extracts, depth = list(level), 0
    while len(level) > args.fan_in:
        depth += 1
        level = [client.submit(merge_partials, f"merge {depth}.{j}", args.newsgraph,
                               level[k:k + args.fan_in],
                               ["--partial", os.path.join(temp, f"merge-{depth}-{j:06d}.partial"),
                                *merge_options],
                               key=f"newsgraph-merge-{depth}-{j:06d}", retries=args.retries,
                               pure=False)
                 for j, k in enumerate(range(0, len(level), args.fan_in))]
    root = client.submit(merge_partials, "merge -o " + args.output, args.newsgraph, level,
                         ["-o", args.output, *merge_options, *graph_options],
                         key="newsgraph-merge-root",
                         retries=args.retries, pure=False)
    return extracts, root


def report_shards(shards, futures, attempts):
    """Waits for the task of every shard; prints newsgraph's warnings and each failed shard by
    name with its error output. Returns the number of failed shards."""
    from distributed import wait
    wait(futures)
    failed = 0
    for shard, future in zip(shards, futures):
        if future.status == "finished":
            warnings = future.result()[1]
            if warnings:
                sys.stderr.write(f"newsgraph-dask: {shard['name']}:\n{warnings}")
            continue
        failed += 1
        error = future.exception()
        detail = getattr(error, "stderr", None) or f"{error!r}\n"
        sys.stderr.write(f"newsgraph-dask: shard failed after {attempts} "
                         f"attempts: {shard['name']}\n{detail}")
    return failed


def wait_for_phase(client, shards, futures, root, args):
    """Waits for the per-shard `futures` and then their `root` (the merge), reporting failures;
    True when all succeeded. newsgraph's messages from the root are shown."""
    failed = report_shards(shards, futures, 1 + args.retries)
    if failed:
        client.cancel([root])
        sys.stderr.write(f"newsgraph-dask: {failed} of {len(shards)} shards failed; "
                         f"no graph written\n")
        return False
    try:
        sys.stderr.write(root.result()[1])  # newsgraph's summary
    except Exception as failure:  # a merge that failed every time
        sys.stderr.write(f"newsgraph-dask: {failure}\n")
        return False
    return True


def run(args, options):
    files = list_inputs(args.inputs)
    if not files:
        sys.exit("newsgraph-dask: no input files")
    shards = plan_shards(files, shard_size(files, args))
    parent = os.path.dirname(os.path.abspath(args.output))
    temp = tempfile.mkdtemp(prefix=".newsgraph-dask-", dir=args.temp_dir or parent)
    try:
        with start_client(args) as client:
            counts = None
            if not args.keep_boilerplate:
                learned, total = submit_counting(client, shards, args, temp)
                if not wait_for_phase(client, shards, learned, total, args):
                    return 1
                counts = total.result()[0]
            extracts, root = submit_tree(client, shards, args, options, temp, counts)
            if not wait_for_phase(client, shards, extracts, root, args):
                return 1
        print(f"newsgraph-dask: {len(files)} files in {len(shards)} shards written to "
              f"{args.output}")
        return 0
    finally:
        shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(run(*parse_arguments(sys.argv[1:])))
