#!/usr/bin/env python3
"""Times benchmark programs on nodelet and on other engines, side by side, in one run.

Usage: bench/compare.py [--runs N] [--engines nodelet,node,duk,mujs] DIR_OR_FILES...

Each program runs N times per engine (default 3); the table shows the best wall-clock
time in seconds, peak RSS of that run, and nodelet's ratio to each other engine
(ratio > 1 means nodelet is slower). Outputs are compared: an engine whose stdout
differs from node's is marked `!`. The last rows give the geometric means.
Engines that are not installed are left out (duktape and mujs come from Debian:
`apt-get install duktape mujs`).
"""
import argparse
import math
import os
import resource
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NODELET = os.path.join(HERE, "..", "target", "release", "nodelet")


def run_once(cmd, path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(cmd + [path], capture_output=True, timeout=600)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    rss_kb = max(after.ru_maxrss, before.ru_maxrss)
    return elapsed, rss_kb, r.stdout, r.returncode


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--engines", default="nodelet,node,duk,mujs")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    engines = []
    for name in a.engines.split(","):
        cmd = [os.path.abspath(NODELET)] if name == "nodelet" else [shutil.which(name) or ""]
        if cmd[0] and os.path.exists(cmd[0]):
            engines.append((name, cmd))
        else:
            print(f"(skipping {name}: not found)", file=sys.stderr)
    files = []
    for p in a.paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".js"))
        else:
            files.append(p)
    names = [n for n, _ in engines]
    header = f"{'program':14}" + "".join(f"{n:>14}" for n in names)
    others = [n for n in names if n != "nodelet"]
    if "nodelet" in names:
        header += "".join(f"{'÷' + n:>10}" for n in others)
    print(header)
    logs = {n: [] for n in names}
    ratios = {n: [] for n in others}
    for f in files:
        row = f"{os.path.basename(f)[:-3]:14}"
        best = {}
        reference = None
        # node runs first so its output is the reference for the others.
        for name, cmd in sorted(engines, key=lambda e: e[0] != "node"):
            times = []
            out = b""
            for _ in range(a.runs):
                t, rss, out, code = run_once(cmd, f)
                times.append(t)
            best[name] = min(times)
            if name == "node":
                reference = out
            mark = "!" if reference is not None and out != reference and name != "node" else " "
            best[name] = (best[name], mark)
        for name in names:
            t, mark = best[name]
            best[name] = t
            row += f"{t:12.3f}s{mark}"
            logs[name].append(math.log(t))
        if "nodelet" in best:
            for n in others:
                r = best["nodelet"] / best[n]
                ratios[n].append(math.log(r))
                row += f"{r:10.2f}"
        print(row)
    row = f"{'geomean':14}" + "".join(f"{math.exp(sum(v) / len(v)):12.3f}s " for v in logs.values())
    if "nodelet" in names:
        row += "".join(f"{math.exp(sum(v) / len(v)):10.2f}" for v in ratios.values())
    print(row)


if __name__ == "__main__":
    main()
