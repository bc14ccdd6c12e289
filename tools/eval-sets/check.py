#!/usr/bin/env python3
"""Validate a folder of gold files (the checks listed in shared/dev/README.md) and self-score it.

usage: check.py DIR        prints each problem, then the score of the gold read as an extraction (must be 1.0)
"""
import glob, json, os, subprocess, sys, tempfile

d = sys.argv[1]
errors = 0
def err(g, msg):
    global errors
    errors += 1
    print(f"ERROR {os.path.basename(g)}: {msg}")

docs = []
for g in sorted(glob.glob(os.path.join(d, "*.gold.json"))):
    try:
        o = json.load(open(g, encoding="utf-8"))
    except Exception as e:
        err(g, f"JSON does not parse: {e}"); continue
    for k in ["file", "url", "publisher", "publishedAt", "title", "entities", "claims", "notes"]:
        if k not in o: err(g, f"missing key {k}")
    if o.get("file") + ".gold.json" != os.path.basename(g): err(g, "file does not match gold name")
    tpath = os.path.join(d, o.get("file", ""))
    if not os.path.exists(tpath): err(g, "text file missing"); continue
    raw = open(tpath, encoding="utf-8").read()
    if raw.endswith("\n"): err(g, "text has a trailing newline")
    if len(raw.encode("utf-8")) > 2000 + 200: err(g, "text longer than a 2,000-byte excerpt plus header")
    head, _, text = raw.partition("\n\n")
    if head != "URL: " + o.get("url", ""): err(g, "url does not match the header line")
    if o.get("title") and o["title"] not in text: err(g, "title not in text")
    names = {}
    for e in o.get("entities", []):
        if e["name"] in names: err(g, f"entity name twice: {e['name']}")
        names[e["name"]] = e
        if e.get("kind") not in ("Person", "Institution", "Place"): err(g, f"bad kind {e.get('kind')} for {e['name']}")
        als = e.get("aliases", [])
        for a in als:
            if a not in text: err(g, f"alias not in text: {a!r} ({e['name']})")
        if e["name"] not in text and not any(a in text for a in als): err(g, f"entity never occurs: {e['name']}")
    for i, c in enumerate(o.get("claims", [])):
        if c.get("speaker") not in names: err(g, f"claim {i}: speaker not an entity: {c.get('speaker')}")
        if c.get("stance") not in ("said", "denied"): err(g, f"claim {i}: bad stance")
        for s in [c.get("evidence", "")] + c.get("altEvidence", []):
            if not s or s not in text: err(g, f"claim {i}: evidence not an exact substring: {s!r}")
        for r in c.get("reportedBy", []):
            if r not in names: err(g, f"claim {i}: reportedBy not an entity: {r}")
            elif names[r]["kind"] == "Place": err(g, f"claim {i}: reportedBy is a Place: {r}")
        if len(c.get("about", [])) > 3: err(g, f"claim {i}: more than three about")
        for a in c.get("about", []):
            if a not in names: err(g, f"claim {i}: about not an entity: {a}")
    ents = [dict(id=e["name"], name=e["name"], kind=e["kind"], aliases=e.get("aliases", [])) for e in o.get("entities", [])]
    st = [dict(speakerId=c["speaker"], stance=c["stance"], evidence=c["evidence"], reportedBy=c.get("reportedBy", [])) for c in o.get("claims", [])]
    docs.append(dict(source=dict(file=o.get("file"), publisher=o.get("publisher")), entities=ents, statements=st))

tmp = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
json.dump(dict(documents=docs), tmp); tmp.close()
score = os.environ.get("SCORE_PY") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "dev", "score.py")
out = subprocess.run([sys.executable, score, tmp.name, d, d, "--json"], capture_output=True, text=True)
print(out.stdout.strip() or out.stderr.strip())
print(f"{errors} errors")
