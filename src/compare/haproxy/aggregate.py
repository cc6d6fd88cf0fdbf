#!/usr/bin/env python3
"""Print a variance table over all runs in results/ (one line per run).

Usage: aggregate.py [RESULTS_DIR]
"""
import csv
import glob
import json
import os
import sys

res = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")
print("| run | fault ms | revive ms | non-200 (status: count, idx range) | max req ms | DOWN ms (after fault) | UP ms (after revive) | 1st backend after UP |")
print("|---|---|---|---|---|---|---|---|")
for mp in sorted(glob.glob(os.path.join(res, "*.meta.json"))):
    name = os.path.basename(mp)[:-len(".meta.json")]
    m = json.load(open(mp))
    rows = list(csv.DictReader(open(os.path.join(res, name + ".requests.csv"))))
    health = list(csv.DictReader(open(os.path.join(res, name + ".health.csv"))))
    f, r = m["fault_end_ms"], m["revive_end_ms"]
    bad = {}
    for x in rows:
        if x["status"] != "200":
            bad.setdefault(x["status"], []).append(int(x["index"]))
    badtxt = "; ".join("%s: %d (#%d-#%d)" % (k, len(v), v[0], v[-1]) for k, v in bad.items()) or "none"
    mx = max(float(x["end_ms"]) - float(x["start_ms"]) for x in rows)
    downs = ["%s %.0f (+%.0f)" % (h["server"], float(h["t_ms"]), float(h["t_ms"]) - f) for h in health if h["state"] == "DOWN"]
    ups = [h for h in health if h["state"] == "UP"]
    uptxt = ["%s %.0f (+%.0f)" % (h["server"], float(h["t_ms"]), float(h["t_ms"]) - r) for h in ups]
    first = "-"
    if ups:
        t = float(ups[-1]["t_ms"])
        aft = [x for x in rows if float(x["start_ms"]) >= t]
        if aft:
            first = "#%s %s" % (aft[0]["index"], aft[0]["backend"])
    print("| %s | %.0f | %.0f | %s | %.0f | %s | %s | %s |" % (
        name, f, r, badtxt, mx, ", ".join(downs) or "none", ", ".join(uptxt) or "none", first))
