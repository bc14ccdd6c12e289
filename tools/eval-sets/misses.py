#!/usr/bin/env python3
"""Where an extraction misses a set's gold, by kind, with the rules of score.py.

usage: misses.py FACTS.json GOLD_DIR [--list]
  FACTS.json  the output of `kg extract GOLD_DIR --format json`
  --list      also print, per file, each missed gold claim, each wrong statement (with the nearest gold claim) and
              each missed or extra entity; leave it off for a set kept blind (counts only)

A gold claim is "hit" (a statement near it with its stance and speaker), "stance" (near, right speaker, wrong
stance), "speaker" (near, right stance, wrong speaker), "both" (near, both wrong) or "not found" (nothing near).
"Near" is score.py's: spans overlapping by 30% of the shorter, or evidence words with a Jaccard index of 0.5.
SCORE_PY names score.py when the repository is not beside ../shared.
"""
import collections, importlib.util, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "score", os.environ.get("SCORE_PY") or os.path.join(here, "..", "..", "..", "shared", "dev", "score.py"))
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)

args = [a for a in sys.argv[1:] if not a.startswith("--")]
listing = "--list" in sys.argv
facts, gold_dir = args
docs = {os.path.basename(d["source"]["file"]): d for d in json.load(open(facts, encoding="utf-8"))["documents"]}
kinds = collections.Counter()
for g in sorted(os.listdir(gold_dir)):
    if not g.endswith(".gold.json"):
        continue
    gold = json.load(open(os.path.join(gold_dir, g), encoding="utf-8"))
    text = open(os.path.join(gold_dir, gold["file"]), encoding="utf-8").read()
    doc = docs.get(gold["file"], {"entities": [], "statements": []})
    ents = {e["id"]: e for e in doc["entities"]}
    gents = {e["name"]: e for e in gold["entities"]}
    statements = []
    for s in doc["statements"]:
        ev = s.get("evidence") or ""
        st, en = s.get("start"), s.get("end")
        if not isinstance(st, int):
            found = S.spans(text, ev)
            st, en = found[0] if found else (-1, -1)
        statements.append(dict(span=(st, en), ev=ev, stance=s["stance"], rule=s.get("rule"),
                               names=S.names_of(ents.get(s.get("speakerId"), {"name": s.get("speakerName") or ""})),
                               speaker=ents.get(s.get("speakerId"), {}).get("name"), good=False, near=None))
    lines = []
    for c in gold["claims"]:
        spans = [(p, ev) for ev in [c["evidence"]] + c.get("altEvidence", []) for p in S.spans(text, ev)]
        names = S.names_of(gents.get(c["speaker"], {"name": c["speaker"]}))
        near = [s for s in statements if any(S.overlap(s["span"], p) >= 0.3 or S.jaccard(s["ev"], gev) >= 0.5 for p, gev in spans)]
        for s in near:
            s["near"] = c
            s["good"] |= s["stance"] == c["stance"] and S.names_match(s["names"], names)
        if any(s["stance"] == c["stance"] and S.names_match(s["names"], names) for s in near):
            kind = "hit"
        elif any(S.names_match(s["names"], names) for s in near):
            kind = "stance"
        elif any(s["stance"] == c["stance"] for s in near):
            kind = "speaker"
        else:
            kind = "both" if near else "not found " + c["stance"]
        kinds[kind] += 1
        if kind != "hit":
            lines.append(f"  MISS {kind:18s} {c['stance']:6s} {c['speaker'][:25]:25s} {c['evidence'][:100]!r}")
    for s in statements:
        if not s["good"]:
            near = f"near gold: {s['near']['stance']} {s['near']['speaker']}" if s["near"] else "no gold near"
            lines.append(f"  WRONG {s['stance']:6s} {str(s['speaker'])[:25]:25s} [{s['rule']}] {s['ev'][:100]!r} ({near})")
    for e in gold["entities"]:
        got = [x["kind"] for x in ents.values() if S.names_match(S.names_of(e), S.names_of(x))]
        if e["kind"] not in got:
            lines.append(f"  ENTITY-MISS {e['kind']:11s} {e['name']}" + (f" (read as {', '.join(sorted(set(got)))})" if got else ""))
    for x in ents.values():
        if not any(S.names_match(S.names_of(x), S.names_of(e)) for e in gold["entities"]):
            lines.append(f"  ENTITY-EXTRA {x['kind']:11s} {x['name']}")
    if listing and lines:
        print(gold["file"])
        print("\n".join(lines))
print(json.dumps(dict(sorted(kinds.items()))))
