#!/usr/bin/env python3
"""Runs InfraViz's `simulate` with the settings of each real-HAProxy scenario of run-real.sh and
prints the same summary as the real runs (failing requests, DOWN/UP times after the fault, the
order of backends), next to the real run's numbers from results/.

Usage: python3 src/compare/haproxy/compare-sim.py [path/to/infraviz.jar]   (after mvn package)
"""
import csv, io, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
JAR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "target", "infraviz.jar")
COMMON = ["--preset", "realistic", "--sequential", "--interval", "50", "--inter", "500", "--fall", "3",
          "--rise", "2", "--timeout-connect", "1000", "--timeout-server", "2000", "--requests", "200"]
SCENARIOS = {
    "kill-default-retries": ["--event", "@20:kill:web-02.nginx", "--event", "@120:revive:web-02.nginx"],
    "kill-retries0": ["--retries", "0", "--event", "@20:kill:web-02.nginx", "--event", "@120:revive:web-02.nginx"],
    "kill-redispatch": ["--redispatch", "--event", "@20:kill:web-02.nginx", "--event", "@120:revive:web-02.nginx"],
    "kill-default-retries.web01": ["--event", "@20:kill:web-01.nginx", "--event", "@120:revive:web-01.nginx"],
    "active-passive": ["--mode", "active-passive", "--event", "@20:kill:web-01.nginx", "--event", "@120:revive:web-01.nginx"],
    "app-502-tcp": ["--check", "tcp", "--event", "@20:kill:web-02.app", "--event", "@120:revive:web-02.app"],
    "app-502-http": ["--event", "@20:kill:web-02.app", "--event", "@120:revive:web-02.app"],
    "hung": ["--event", "@20:hang:web-02.nginx", "--event", "@120:heal:web-02.nginx"],
}


def simulate(args, fmt):
    out = subprocess.run(["java", "-jar", JAR, "simulate"] + COMMON + args + ["--format", fmt],
                         check=True, capture_output=True, text=True).stdout
    return out


def short(backend):
    return backend.replace("web-", "") if backend else "--"


def order(rows, lo, hi, mark):
    parts = []
    for r in rows[lo:hi + 1]:
        s = short(r["backend"])
        if r["status"] != "200":
            s += "!" + r["status"]
        parts.append(s)
        if int(r["index"]) == mark - 1:
            parts.append("|")
    return " ".join(parts)


def summarize(name, args):
    rows = list(csv.DictReader(io.StringIO(simulate(args, "csv"))))
    summary = json.loads(simulate(args, "json"))
    fault = float(rows[20]["start_ms"])
    revive = float(rows[120]["start_ms"])
    bad = [r for r in rows if r["status"] != "200"]
    by_status = {}
    for r in bad:
        by_status.setdefault(r["status"], []).append(int(r["index"]))
    failures = "; ".join(f"{s}: {len(ix)} (#{ix[0]}-#{ix[-1]})" for s, ix in sorted(by_status.items())) or "none"
    health = [f"{h['server']} {h['state']} +{float(h['t_ms']) - (fault if h['state'] == 'DOWN' else revive):.0f}"
              for h in summary["health"]]
    up = [float(h["t_ms"]) for h in summary["health"] if h["state"] == "UP"]
    after_up = [r for r in rows if up and float(r["start_ms"]) > up[0]][:6]
    print(f"### {name}")
    print(f"  simulated: non-200 {failures}; max latency {max(float(r['latency_ms']) for r in rows):.0f} ms; "
          f"health {', '.join(health) or 'no change'}")
    print(f"  order 15-30:   {order(rows, 15, 30, 20)}")
    print(f"  order 115-140: {order(rows, 115, 140, 120)}")
    print(f"  first after UP: {' '.join('#' + r['index'] + ':' + short(r['backend']) for r in after_up)}")
    real = os.path.join(HERE, "results", name + ".summary.md")
    if os.path.exists(real):
        with open(real) as f:
            lines = [l.rstrip() for l in f if l.lstrip().startswith(("- order", "- first requests", "- non-200", "  - 5", "  - 2", "  - 6", "  - 3"))]
        print("  real HAProxy:")
        for l in lines:
            if "ms web-0" in l and ("DOWN (" in l or "UP (" in l) or "order" in l or "first" in l or "non-200" in l or l.strip().startswith("- 50"):
                print("   " + l.strip())
    print()


if __name__ == "__main__":
    for name, args in SCENARIOS.items():
        summarize(name, args)
