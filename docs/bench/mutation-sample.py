#!/usr/bin/env python3
"""Mutation testing of one package, by sample.

A full gremlins run over internal/store or internal/mddoc takes hours, most of
it compiling. This script lists the mutants gremlins would make
(`gremlins unleash --dry-run`), draws a random sample, applies each one by
hand in one of two clones of the committed tree, runs the package's tests
with -failfast, and counts:

  KILLED      a test failed (or the tests ran past the timeout: an infinite loop)
  LIVED       every test passed: no test notices the change
  NOT VIABLE  the mutant does not compile

The test efficacy is KILLED / (KILLED + LIVED), gremlins' own measure.

Usage, from the repository root with everything committed:

  python3 docs/bench/mutation-sample.py internal/store 200 [SEED]

It needs Go and git; gremlins is run from the module proxy. The working tree
is never touched: the clones are made in a temporary folder and removed.
"""
import collections
import os
import random
import subprocess
import sys
import tempfile
import threading

GREMLINS = "github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0"
WORKERS = 2
TIMEOUT = 90  # seconds; a package's tests take a few

BOUNDARY = {"<=": "<", ">=": ">", "<": "<=", ">": ">="}
NEGATION = {"==": "!=", "!=": "==", "<=": ">", ">=": "<", "<": ">=", ">": "<="}
ARITHMETIC = {"+": "-", "-": "+", "*": "/", "/": "*", "%": "*"}


def mutate(kind, text, col):
    """The line text with gremlins' mutation of kind applied at col: a
    1-based byte column, as Go counts them, so a line with "–" or "“"
    before the operator is indexed by its UTF-8 bytes. None if the
    operator is not where gremlins said."""
    i = len(text.encode("utf-8")[:col - 1].decode("utf-8", errors="ignore"))
    two, one = text[i:i + 2], text[i:i + 1]
    if kind == "CONDITIONALS_BOUNDARY":
        op = two if two in BOUNDARY else one
        return text[:i] + BOUNDARY[op] + text[i + len(op):] if op in BOUNDARY else None
    if kind == "CONDITIONALS_NEGATION":
        op = two if two in NEGATION else one
        return text[:i] + NEGATION[op] + text[i + len(op):] if op in NEGATION else None
    if kind == "ARITHMETIC_BASE":
        return text[:i] + ARITHMETIC[one] + text[i + 1:] if one in ARITHMETIC else None
    if kind == "INCREMENT_DECREMENT":
        return text[:i] + ("--" if two == "++" else "++") + text[i + 2:]
    if kind == "INVERT_NEGATIVES":
        return text[:i] + " " + text[i + 1:]
    raise ValueError(kind)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    pkg, n = sys.argv[1].strip("./"), int(sys.argv[2])
    random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    top = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="prfaq-mutation-") as tmp:
        clones = []
        for w in range(WORKERS):
            d = os.path.join(tmp, f"w{w}")
            subprocess.run(["git", "clone", "-q", top, d], check=True)
            clones.append(d)
        dry = subprocess.run(["go", "run", GREMLINS, "unleash", "./" + pkg, "--dry-run"], cwd=clones[0], capture_output=True, text=True)
        mutants = [(f[1], f[3]) for f in (l.split() for l in dry.stdout.splitlines()) if len(f) > 3 and f[0] == "RUNNABLE"]
        if not mutants:
            sys.exit("gremlins listed no mutants:\n" + dry.stdout + dry.stderr)
        sample = random.sample(mutants, min(n, len(mutants)))
        print(f"{len(mutants)} mutants in {pkg}; testing {len(sample)}", flush=True)
        results, lock = [], threading.Lock()

        def run(clone, kind, loc):
            name, line, col = loc.split(":")
            path = os.path.join(clone, pkg, name)
            original = open(path).read()
            lines = original.split("\n")
            mutated = mutate(kind, lines[int(line) - 1], int(col))
            if mutated is None:
                return "NOT VIABLE", lines[int(line) - 1].strip()[:120]
            lines[int(line) - 1] = mutated
            open(path, "w").write("\n".join(lines))
            try:
                p = subprocess.run(["go", "test", "./" + pkg, "-count=1", "-failfast"], cwd=clone, capture_output=True, text=True, timeout=TIMEOUT)
                out = p.stdout + p.stderr
                if p.returncode == 0:
                    status = "LIVED"
                elif "build failed" in out or "[setup failed]" in out:
                    status = "NOT VIABLE"
                else:
                    status = "KILLED"
            except subprocess.TimeoutExpired:
                status = "KILLED"  # ran past the timeout: the mutant loops
                subprocess.run(["pkill", "-f", clone], capture_output=True)
            finally:
                open(path, "w").write(original)
            return status, lines[int(line) - 1].strip()[:120]

        def lane(w):
            for kind, loc in sample[w::WORKERS]:
                status, text = run(clones[w], kind, loc)
                with lock:
                    results.append(status)
                    print(f"{status:10} {kind:22} {loc:24} {text}", flush=True)

        threads = [threading.Thread(target=lane, args=(w,)) for w in range(WORKERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    counts = collections.Counter(results)
    viable = counts["KILLED"] + counts["LIVED"]
    print(dict(counts))
    if viable:
        print(f"test efficacy: {counts['KILLED']}/{viable} = {100 * counts['KILLED'] / viable:.1f}%")


if __name__ == "__main__":
    main()
