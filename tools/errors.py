#!/usr/bin/env python3
"""Every scoring error of a corpus folder, with its context: for a missed
figure the gold evidence, for an extra one the sentence the engine read it in.

usage: errors.py CORPUS_DIR [--bin PATH] [--only CAT]

A reading aid for the tuning half (see halves.py); it scores as score.py does.
"""
import argparse, json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import GRADED, key  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--bin", default="target/release/factbox")
    ap.add_argument("--only")
    a = ap.parse_args()
    for name in sorted(os.listdir(a.corpus)):
        if not name.endswith(".txt"):
            continue
        path = os.path.join(a.corpus, name)
        text = open(path, encoding="utf-8").read().encode()
        gold = [f for f in json.load(open(path[:-4] + ".json", encoding="utf-8"))["facts"] if f.get("category") in GRADED]
        out = json.loads(subprocess.run([a.bin, "extract", "--format", "json", path], capture_output=True).stdout)
        pred = [f for f in out["facts"] if f["category"] in GRADED]
        gk, pk = {key(f) for f in gold}, {key(f) for f in pred}
        lines = []
        for f in gold:
            if key(f) not in pk and (not a.only or f["category"] == a.only):
                lines.append(f"  MISSED {key(f)} :: {f.get('evidence', '')}")
        for f in out["facts"]:
            k = key(f) if f["category"] in GRADED else None
            if k is not None and k in gk:
                continue
            if f["category"] == "other":
                continue
            if a.only and f["category"] != a.only:
                continue
            s = f["mentions"][0]["sentence"]
            sent = text[s["start"]:s["end"]].decode(errors="replace").replace("\n", " ")
            lines.append(f"  EXTRA  {k} [{f['mentions'][0]['text']}] subj={f.get('subject')} :: {sent[:300]}")
        if lines:
            print(f"--- {name}")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
