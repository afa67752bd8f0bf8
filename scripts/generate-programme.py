#!/usr/bin/env python3
"""Write a large, valid programme file in canonical form, for benchmarks.

The output is deterministic for a given N and --seed: the same arguments give the
same bytes. It uses the built-in CPMS 2019 framework (or a custom one with
--custom-framework) and looks like a real design scaled up: agencies of every type,
interventions at one to three levels with one to four standards each, population
groups, partners, indicators with targets, and dependencies that only point
backwards (so there is never a cycle).

With --places P it also declares P places in a four-level tree (a country, 3 or 4
regions, districts, camps) and puts each intervention at 1 to 3 of them, mostly camps
and districts. Everything else is the same bytes as without --places: the places draw
from a random stream of their own.

Examples:
  scripts/generate-programme.py 100000 > /tmp/big.xml        # about 30 MB
  scripts/generate-programme.py --places 10000 100000 > /tmp/big-places.xml
  scripts/generate-programme.py --seed 7 --custom-framework 1000 > /tmp/custom.xml
"""
import argparse
import random
import sys

CPMS_LEVELS = ["child", "family", "community", "society"]
CPMS_STANDARDS = [str(n) for n in range(1, 29)]
CPMS_STRATEGIES = [str(n) for n in range(14, 21)]
AGENCY_TYPES = ["un", "international-ngo", "national-ngo", "community-based", "government",
                "red-cross-red-crescent", "donor", "other"]
PHASES = ["preparedness", "prevention", "response"]
STATUSES = ["planned", "ongoing", "completed", "suspended"]
GROUPS = ["girls", "boys", "adolescents", "children-with-disabilities", "unaccompanied-separated",
          "caregivers", "displaced-children", "young-children"]
UNITS = ["percent", "count", "ratio"]
ACTIVITIES = ["Child-friendly spaces", "Case management", "Family tracing and reunification",
              "Parenting groups", "Community child protection committees", "Cash for care",
              "Psychosocial support", "Safe school routes", "Birth registration drive",
              "Justice for children desk", "Alternative care placement", "Life skills for adolescents"]
PLACES = ["camp 4", "the northern district", "Tillabéri", "Cox's Bazar", "the river villages",
          "site B & C", "the \"old market\" area", "مخيم الزعتري"]
INDICATORS = ["Children reached with structured activities", "Cases closed with goals met",
              "Caregivers completing the course", "Committees meeting monthly",
              "Children reunified within 30 days"]


def escape_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_attr(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
            .replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;"))


def place_tree(count, rng):
    """A country, 3 or 4 regions, about one district per 25 places, and camps; as
    (id, name, admin level or None, parent or None) in declaration order, and the ids by
    kind."""
    if count <= 0:
        return [], {}
    places = [("pl-country", "Generated country", 0, None)]
    regions = [f"pl-r{k}" for k in range(min(count - 1, 3 if count < 100 else 4))]
    places += [(r, f"Region {k + 1}", 1, "pl-country") for k, r in enumerate(regions)]
    left = count - 1 - len(regions)
    districts = [f"pl-d{k}" for k in range(min(left, max(1, left // 25)) if regions else 0)]
    places += [(d, f"District {k + 1}", 2, regions[k % len(regions)]) for k, d in enumerate(districts)]
    camps = [f"pl-c{k}" for k in range(left - len(districts) if districts else 0)]
    places += [(c, f"Camp {k + 1}", None, rng.choice(districts)) for k, c in enumerate(camps)]
    return places, {"country": ["pl-country"], "region": regions, "district": districts, "camp": camps}


def place_refs(kinds, rng):
    """1 to 3 distinct places: mostly camps, then districts, a few regions or the country."""
    chosen = []
    for _ in range(rng.choice((1, 1, 2, 3))):
        roll = rng.random()
        kind = "camp" if roll < 0.7 else "district" if roll < 0.95 else "region" if roll < 0.99 else "country"
        pool = kinds.get(kind) or kinds["country"]
        ref = rng.choice(pool)
        if ref not in chosen:
            chosen.append(ref)
    return chosen


def generate(n, seed, custom, out, place_count=0):
    rng = random.Random(seed)
    place_rng = random.Random(seed * 7919 + 13)
    places, kinds = place_tree(place_count, place_rng)
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    fw_attr = ' framework="custom"' if custom else ' framework="cpms-2019"'
    w(f'<programme xmlns="urn:socioeco:programme:1" id="generated-{n}"{fw_attr} revision="1" updated="2024-06-30">\n')
    w(f'  <title>Generated programme with {n} interventions</title>\n')
    w('  <description>Generated for benchmarks by scripts/generate-programme.py.</description>\n')
    w('  <context crisis="complex" location="Generated region" start="2024-01-01" end="2026-12-31"/>\n')
    if custom:
        levels = ["child", "household", "community", "local-authorities", "national-policy"]
        standards = [(f"s{k}", 1 + k % 4, k % 4 == 2) for k in range(24)]
        strategies = [s for s, _, strat in standards if strat]
        w('  <framework id="generated-framework">\n')
        for rank, level in enumerate(levels, 1):
            w(f'    <level id="{level}" rank="{rank}" label="{escape_attr(level.capitalize())}"/>\n')
        for sid, pillar, strat in standards:
            main = f' levels="{levels[int(sid[1:]) % len(levels)]}"' if strat else ""
            w(f'    <standard id="{sid}" pillar="{pillar}" strategy="{"true" if strat else "false"}"{main}>'
              f'Standard {sid}</standard>\n')
        w('  </framework>\n')
        all_standards = [s for s, _, _ in standards]
    else:
        levels, all_standards, strategies = CPMS_LEVELS, CPMS_STANDARDS, CPMS_STRATEGIES
    agency_count = max(3, min(200, n // 500))
    agencies = [f"ag{k}" for k in range(agency_count)]
    w('  <agencies>\n')
    for k, a in enumerate(agencies):
        local = ' local="true"' if k % 3 == 0 else ""
        w(f'    <agency id="{a}" name="{escape_attr("Agency " + str(k) + " & partners")}" '
          f'type="{AGENCY_TYPES[k % len(AGENCY_TYPES)]}"{local}/>\n')
    w('  </agencies>\n')
    if places:
        w('  <places>\n')
        for pid, name, level, parent in places:
            lv = f' admin-level="{level}"' if level is not None else ""
            up = f' parent="{parent}"' if parent else ""
            w(f'    <place id="{pid}" name="{escape_attr(name)}"{lv}{up}/>\n')
        w('  </places>\n')
    if n == 0:
        w('  <interventions/>\n')
    else:
        w('  <interventions>\n')
    indicator = 0
    for i in range(n):
        lead = rng.choice(agencies)
        phase = f' phase="{rng.choice(PHASES)}"' if rng.random() < 0.6 else ""
        status = f' status="{rng.choice(STATUSES)}"' if rng.random() < 0.6 else ""
        w(f'    <intervention id="iv-{i}" lead="{lead}"{phase}{status}>\n')
        title = f"{rng.choice(ACTIVITIES)} in {rng.choice(PLACES)}"
        w(f'      <title>{escape_text(title)}</title>\n')
        if rng.random() < 0.15:
            w(f'      <description>{escape_text("Runs with " + lead + " in " + rng.choice(PLACES) + "; see the workplan.")}</description>\n')
        for level in rng.sample(levels, rng.choice((1, 1, 2, 2, 3))):
            w(f'      <level ref="{level}"/>\n')
        chosen = [rng.choice(strategies)]
        for s in rng.sample(all_standards, rng.choice((0, 1, 1, 2))):
            if s not in chosen:
                chosen.append(s)
        for s in chosen:
            w(f'      <standard ref="{s}"/>\n')
        for g in rng.sample(GROUPS, rng.choice((0, 1, 1, 2))):
            w(f'      <reaches group="{g}"/>\n')
        for p in rng.sample(agencies, rng.choice((0, 0, 1, 2))):
            if p != lead:
                w(f'      <partner ref="{p}"/>\n')
        if places:
            for ref in place_refs(kinds, place_rng):
                w(f'      <place ref="{ref}"/>\n')
        for _ in range(rng.choice((0, 1, 1))):
            indicator += 1
            w(f'      <indicator id="ind-{indicator}" target="{rng.randint(1, 5000)}" unit="{rng.choice(UNITS)}">'
              f'{escape_text(rng.choice(INDICATORS))}</indicator>\n')
        if i > 0:
            for d in sorted({rng.randrange(max(0, i - 50), i) for _ in range(rng.choice((0, 1, 1, 2)))}):
                w(f'      <depends-on ref="iv-{d}"/>\n')
        w('    </intervention>\n')
        if len(out) > 4096:
            sys.stdout.write("".join(out))
            out.clear()
    if n:
        w('  </interventions>\n')
    w('</programme>\n')


def main():
    parser = argparse.ArgumentParser(
        description="Write a valid programme file in canonical form with N interventions to standard output.",
        epilog="100000 interventions make about 30 MB. The same arguments give the same bytes.")
    parser.add_argument("n", type=int, metavar="N", help="number of interventions (0 or more)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--places", type=int, default=0, metavar="P",
                        help="declare P places in a four-level tree and put each intervention at 1 to 3 of them")
    parser.add_argument("--custom-framework", action="store_true",
                        help="declare a custom five-level framework instead of using CPMS 2019")
    args = parser.parse_args()
    if args.n < 0:
        parser.error("N must be 0 or more")
    if args.places < 0:
        parser.error("--places must be 0 or more")
    out = []
    generate(args.n, args.seed, args.custom_framework, out, args.places)
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
