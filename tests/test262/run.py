#!/usr/bin/env python3
"""test262 runner for nodelet: how much of the official ECMAScript suite we pass.

Usage:
  tests/test262/run.py TEST262_DIR [--mode run|parse] [--bin PATH] [-j N]
                       [--out results.json] [PREFIX ...]
  tests/test262/run.py --compare OLD.json NEW.json

TEST262_DIR is a local checkout of github.com/tc39/test262. PREFIX limits the run
to tests under those paths (default: test/language and test/built-ins).

--mode parse  runs `nodelet --check` only: a test passes when nodelet accepts
              exactly the programs test262 says parse (negative tests of phase
              `parse` or `early` must be rejected with exit code 1).
--mode run    (default) runs each test with the harness prepended, in the strict
              and sloppy variants its flags ask for; negative tests must fail with
              the named error, async tests must print Test262:AsyncTestComplete.

Tests whose `features` lie outside ../shared/SUBSET.md are skipped: the one list
of those is UNSUPPORTED_FEATURES below. Pass rates are printed per directory
(language/KIND/NAME, built-ins/NAME), and the per-test results are written with --out so two
runs can be compared with --compare (regressions and fixes are listed).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

# Everything SUBSET.md leaves out, in test262's feature names. Keep this the one list.
UNSUPPORTED_FEATURES = {
    # Out of the language subset.
    "Proxy", "proxy-missing-checks", "BigInt", "SharedArrayBuffer", "Atomics",
    "Atomics.waitAsync", "Atomics.pause", "WeakRef", "FinalizationRegistry",
    "ArrayBuffer", "DataView", "TypedArray", "Int8Array", "Uint8Array",
    "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
    "Float16Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
    "DataView.prototype.getFloat32", "DataView.prototype.getFloat64",
    "DataView.prototype.getInt16", "DataView.prototype.getInt32",
    "DataView.prototype.getInt8", "DataView.prototype.getUint16",
    "DataView.prototype.getUint32", "DataView.prototype.setUint8",
    "resizable-arraybuffer", "arraybuffer-transfer", "immutable-arraybuffer",
    "uint8array-base64", "align-detached-buffer-semantics-with-web-reality",
    "stable-typedarray-sort",
    # Modules (CommonJS only).
    "dynamic-import", "import.meta", "top-level-await", "import-attributes",
    "json-modules", "export-star-as-namespace-from-module",
    "arbitrary-module-namespace-names", "source-phase-imports",
    "source-phase-imports-module-source", "import-defer", "export-defer",
    "import-text", "import-bytes",
    # Host and realm features we do not model.
    "cross-realm", "IsHTMLDDA", "host-gc-required", "caller", "tail-call-optimization",
    # Newer than node 20 or not in SUBSET.md.
    "ShadowRealm", "decorators", "Temporal", "explicit-resource-management",
    "iterator-helpers", "set-methods", "Array.fromAsync", "regexp-v-flag",
    "regexp-duplicate-named-groups", "regexp-modifiers", "RegExp.escape",
    "promise-try", "Math.sumPrecise", "Error.isError", "json-parse-with-source",
    "Iterator.prototype.join", "iterator-chunking", "iterator-includes",
    "iterator-sequencing", "joint-iteration", "await-dictionary", "canonical-tz",
    "error-stack-accessor", "nonextensible-applies-to-private", "legacy-regexp",
    "String.prototype.isWellFormed", "String.prototype.toWellFormed",
    "Symbol.species", "upsert", "Intl-enumeration", "intl-normative-optional",
}

FRONTMATTER = re.compile(r"/\*---(.*?)---\*/", re.S)


def parse_meta(src):
    """Reads the YAML-ish frontmatter: just the keys this runner needs."""
    m = FRONTMATTER.search(src)
    meta = {"flags": [], "features": [], "includes": [], "negative": None}
    if not m:
        return meta
    text = m.group(1)
    for key in ("flags", "features", "includes"):
        inline = re.search(rf"^\s*{key}:\s*\[(.*?)\]", text, re.M)
        if inline:
            meta[key] = [x.strip() for x in inline.group(1).split(",") if x.strip()]
        else:
            block = re.search(rf"^\s*{key}:\s*\n((?:\s+-\s+.*\n?)+)", text, re.M)
            if block:
                meta[key] = re.findall(r"-\s+(\S+)", block.group(1))
    neg = re.search(r"negative:\s*\n\s+phase:\s*(\w+)\s*\n\s+type:\s*(\w+)", text)
    if not neg:
        neg = re.search(r"negative:\s*\n\s+type:\s*(\w+)\s*\n\s+phase:\s*(\w+)", text)
        if neg:
            neg = (neg.group(2), neg.group(1))
        else:
            neg = None
    else:
        neg = (neg.group(1), neg.group(2))
    meta["negative"] = neg
    return meta


def skip_reason(meta, src):
    bad = [f for f in meta["features"] if f in UNSUPPORTED_FEATURES or f.startswith("Intl")]
    if bad:
        return "feature " + bad[0]
    if "module" in meta["flags"]:
        return "module"
    # String eval and `new Function(string)` are outside the subset.
    if re.search(r"\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(", src):
        return "eval"
    if re.search(r"\bwith\s*\(", src) and meta["negative"] is None:
        return "with"
    return None


class Harness:
    def __init__(self, root):
        self.dir = os.path.join(root, "harness")
        self.cache = {}

    def get(self, name):
        if name not in self.cache:
            with open(os.path.join(self.dir, name), encoding="utf-8") as f:
                self.cache[name] = f.read()
        return self.cache[name]


def run_nodelet(cmd, text, check_only):
    with tempfile.NamedTemporaryFile("w", suffix=".js", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        args = cmd + (["--check", path] if check_only else [path])
        r = subprocess.run(args, capture_output=True, timeout=20, stdin=subprocess.DEVNULL)
        return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", ""
    finally:
        os.unlink(path)


def run_test(args, harness, rel):
    path = os.path.join(args.test262, rel)
    with open(path, encoding="utf-8") as f:
        src = f.read()
    meta = parse_meta(src)
    reason = skip_reason(meta, src)
    if reason:
        return rel, "skip", reason
    neg = meta["negative"]
    flags = meta["flags"]
    if args.mode == "parse":
        if neg and neg[0] not in ("parse", "early"):
            neg = None  # a runtime error: the program itself parses
        text = ('"use strict";\n' + src) if "onlyStrict" in flags else src
        code, _, err = run_nodelet(args.cmd, text, True)
        if neg:
            ok = code == 1 and "SyntaxError" in err and "panicked" not in err
        else:
            ok = code == 0
        return rel, "pass" if ok else "fail", err.strip().splitlines()[-1:] if not ok else ""
    # Run mode: build the program(s).
    # `print` is the host-defined function test262 expects (INTERPRETING.md);
    # asynchronous tests report through it.
    prelude = "globalThis.print = function print(x) { console.log(String(x)); };\n"
    if "raw" not in flags:
        includes = ["assert.js", "sta.js"]
        if "async" in flags:
            includes.append("doneprintHandle.js")
        includes += meta["includes"]
        try:
            prelude += "".join(harness.get(i) + "\n" for i in includes)
        except OSError as e:
            return rel, "fail", f"missing include {e}"
        if "async" in flags:
            # Harness files run as global scripts, where `function $DONE` is a
            # property of the global object (asyncHelpers.js checks for it);
            # in a CommonJS module it is only a local binding.
            prelude += "globalThis.$DONE = $DONE;\n"
    variants = []
    if "raw" in flags or "noStrict" in flags:
        variants.append(src if "raw" in flags else prelude + src)
    elif "onlyStrict" in flags:
        variants.append('"use strict";\n' + prelude + src)
    else:
        variants.append(prelude + src)
        variants.append('"use strict";\n' + prelude + src)
    for text in variants:
        code, out, err = run_nodelet(args.cmd, text, False)
        if neg:
            ok = code not in (0, "timeout") and neg[1] in err and "panicked" not in err
        elif "async" in flags:
            ok = code == 0 and "Test262:AsyncTestComplete" in out
        else:
            ok = code == 0
        if not ok:
            return rel, "fail", [error_line(err, code)]
    return rel, "pass", ""


def error_line(err, code):
    """The line of stderr that names the error, for grouping failures."""
    lines = err.strip().splitlines()
    for line in lines:
        if re.match(r"^\s*(\w*Error\b|Test262Error|Uncaught|thread )", line):
            return line.strip()[:200]
    return (lines[-1] if lines else f"exit code {code}")[:200]


def collect(root, prefixes):
    out = []
    for p in prefixes:
        base = os.path.join(root, p)
        for dirpath, dirs, names in os.walk(base):
            dirs.sort()
            for n in sorted(names):
                if n.endswith(".js") and "_FIXTURE" not in n:
                    out.append(os.path.relpath(os.path.join(dirpath, n), root))
    return out


def group_of(rel):
    # language/statements/for-of, built-ins/Array: the level where failures cluster.
    parts = rel.split(os.sep)[1:-1]
    depth = 3 if parts[:1] == ["language"] else 2
    return "/".join(parts[:depth])


def report(results):
    groups = defaultdict(lambda: [0, 0, 0])
    for rel, (status, _) in results.items():
        g = groups[group_of(rel)]
        g[{"pass": 0, "fail": 1, "skip": 2}[status]] += 1
    tops = defaultdict(lambda: [0, 0, 0])
    for g, (p, f, s) in sorted(groups.items()):
        top = g.split("/")[0]
        tops[top][0] += p
        tops[top][1] += f
        tops[top][2] += s
    print(f"{'directory':48} {'pass':>6} {'fail':>6} {'skip':>6} {'rate':>7}")
    for g, (p, f, s) in sorted(groups.items()):
        rate = f"{100 * p / (p + f):.1f}%" if p + f else "-"
        print(f"{g:48} {p:6} {f:6} {s:6} {rate:>7}")
    print()
    for top, (p, f, s) in sorted(tops.items()):
        rate = f"{100 * p / (p + f):.1f}%" if p + f else "-"
        print(f"TOTAL {top:42} {p:6} {f:6} {s:6} {rate:>7}")
    worst = sorted(groups.items(), key=lambda kv: -kv[1][1])[:10]
    print("\nlargest failing directories:", ", ".join(f"{g} ({f})" for g, (p, f, s) in worst if f))


def compare(old_path, new_path):
    with open(old_path) as f:
        old = json.load(f)["results"]
    with open(new_path) as f:
        new = json.load(f)["results"]
    regressions = sorted(t for t, (s, _) in new.items() if s == "fail" and old.get(t, ["?"])[0] == "pass")
    fixes = sorted(t for t, (s, _) in new.items() if s == "pass" and old.get(t, ["?"])[0] == "fail")
    for t in regressions:
        print("REGRESSION", t)
    for t in fixes:
        print("FIXED     ", t)
    print(f"{len(regressions)} regressions, {len(fixes)} fixes")
    return 1 if regressions else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("test262", nargs="?")
    ap.add_argument("prefixes", nargs="*")
    ap.add_argument("--mode", choices=["run", "parse"], default="run")
    ap.add_argument("--bin", default=os.path.join(os.path.dirname(__file__), "..", "..", "target", "release", "nodelet"))
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--out")
    ap.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"))
    ap.add_argument("--failures", type=int, default=0, help="print the first N failures")
    args = ap.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if not args.test262:
        ap.error("TEST262_DIR is required")
    args.cmd = [os.path.abspath(args.bin)]
    prefixes = args.prefixes or ["test/language", "test/built-ins"]
    tests = collect(args.test262, prefixes)
    harness = Harness(args.test262)
    results = {}
    with ThreadPoolExecutor(max_workers=args.j) as pool:
        for rel, status, detail in pool.map(lambda t: run_test(args, harness, t), tests):
            results[rel] = (status, detail)
    report(results)
    if args.failures:
        shown = [(t, d) for t, (s, d) in sorted(results.items()) if s == "fail"][: args.failures]
        for t, d in shown:
            print("FAIL", t, d)
    if args.out:
        commit = subprocess.run(["git", "-C", args.test262, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
        with open(args.out, "w") as f:
            json.dump({"test262": commit, "mode": args.mode, "results": results}, f, indent=0, sort_keys=True)


if __name__ == "__main__":
    main()
