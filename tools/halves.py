#!/usr/bin/env python3
"""Score the corpus in two halves by article number, with the official scorer.

usage: halves.py CORPUS_DIR [--bin PATH] [--from N]

The tuning half is the even-numbered articles, the watch half the odd ones:
rules are written from the tuning half's errors only, and the watch half says
how they carry to text nobody read while writing them. `--from N` keeps only
articles numbered N or above (the articles added after the engine was written).
"""
import argparse, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--bin", default="target/release/factbox")
    ap.add_argument("--from", dest="start", type=int, default=0)
    a = ap.parse_args()
    names = sorted(n[:-4] for n in os.listdir(a.corpus) if n.endswith(".txt") and n[:-4].isdigit())
    for label, parity in (("tuning (even)", 0), ("watch (odd)", 1)):
        with tempfile.TemporaryDirectory() as tmp:
            for n in names:
                if int(n) % 2 == parity and int(n) >= a.start:
                    for ext in (".txt", ".json"):
                        os.symlink(os.path.abspath(os.path.join(a.corpus, n + ext)), os.path.join(tmp, n + ext))
            out = subprocess.run([sys.executable, os.path.join(HERE, "score.py"), tmp, "--bin", a.bin],
                                 capture_output=True, text=True).stdout.strip().splitlines()
            print(f"{a.corpus} {label}{' from ' + str(a.start) if a.start else ''}: {out[-1] if out else 'no articles'}")


if __name__ == "__main__":
    main()
