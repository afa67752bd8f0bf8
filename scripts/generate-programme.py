#!/usr/bin/env python3
"""Writes a valid programme file in canonical form with N interventions, for the
benchmark. Deterministic for a given N and seed; realistic in shape (levels,
strategy and risk links, groups, partners, indicators, backward dependencies).

    scripts/generate-programme.py N OUTPUT [--seed S]
"""
import random
import sys

LEVELS = ["child", "family", "community", "society"]
STRATEGIES = [str(i) for i in range(14, 21)]
OTHERS = [str(i) for i in range(1, 14)] + [str(i) for i in range(21, 29)]
GROUPS = ["girls", "boys", "adolescents", "children-with-disabilities", "caregivers",
          "unaccompanied-separated", "young-children", "adolescent-girls"]
PHASES = ["preparedness", "prevention", "response"]
STATUSES = ["planned", "ongoing", "completed", "suspended"]
TYPES = ["un", "international-ngo", "national-ngo", "community-based", "government"]
WORDS = ("child friendly space case management family tracing parenting support community "
         "committee norms referral psychosocial school safety cash assistance girls boys "
         "caregivers reunification justice advocacy monitoring").split()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    args = sys.argv[1:]
    seed = 1
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    n, path = int(args[0]), args[1]
    rnd = random.Random(seed)
    agencies = [("ag%d" % i, rnd.choice(TYPES), i % 3 == 0) for i in range(40)]
    out = open(path, "w", encoding="utf-8", buffering=1 << 20)
    w = out.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n')
    w('<programme xmlns="urn:socioeco:programme:1" id="bench-%d" revision="1">\n' % n)
    w("  <title>Benchmark programme with %d interventions &amp; &lt;markup&gt;</title>\n" % n)
    w("  <agencies>\n")
    for aid, typ, local in agencies:
        loc = ' local="true"' if local else ""
        w('    <agency id="%s" name="Agency %s &quot;quoted&quot;" type="%s"%s/>\n' % (aid, aid, typ, loc))
    w("  </agencies>\n  <interventions>\n")
    indicator = 0
    for i in range(n):
        lead = rnd.choice(agencies)[0]
        attrs = ' id="iv-%d" lead="%s"' % (i, lead)
        if rnd.random() < 0.9:
            attrs += ' phase="%s"' % rnd.choice(PHASES)
        if rnd.random() < 0.7:
            attrs += ' status="%s"' % rnd.choice(STATUSES)
        w("    <intervention%s>\n" % attrs)
        title = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(3, 6)))
        w("      <title>%s %d</title>\n" % (esc(title.capitalize()), i))
        if rnd.random() < 0.15:
            w("      <description>%s &amp; more.</description>\n" % " ".join(rnd.choice(WORDS) for _ in range(12)))
        for lv in sorted(rnd.sample(LEVELS, rnd.choice([1, 1, 2, 2, 3])), key=LEVELS.index):
            w('      <level ref="%s"/>\n' % lv)
        stds = rnd.sample(STRATEGIES, rnd.choice([0, 1, 1, 2])) + rnd.sample(OTHERS, rnd.randint(0, 2))
        for s in stds:
            w('      <standard ref="%s"/>\n' % s)
        for g in rnd.sample(GROUPS, rnd.randint(0, 3)):
            w('      <reaches group="%s"/>\n' % g)
        for p in rnd.sample([a[0] for a in agencies if a[0] != lead], rnd.randint(0, 2)):
            w('      <partner ref="%s"/>\n' % p)
        for _ in range(rnd.choice([0, 1, 1, 2])):
            indicator += 1
            w('      <indicator id="ind-%d" target="%d" unit="count">Children reached by activity %d</indicator>\n'
              % (indicator, rnd.randint(1, 5000), indicator))
        if i > 0:
            for d in sorted(set(rnd.randrange(max(0, i - 50), i) for _ in range(rnd.choice([0, 0, 1, 2])))):
                w('      <depends-on ref="iv-%d"/>\n' % d)
        w("    </intervention>\n")
    w("  </interventions>\n</programme>\n")
    out.close()


if __name__ == "__main__":
    main()
