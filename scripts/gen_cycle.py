#!/usr/bin/env python3
"""Write a synthetic, realistic OKR cycle export for townhall (one row per key result).

    scripts/gen_cycle.py --krs 1000 --seed 1 --out cycle.csv
    scripts/gen_cycle.py --krs 1000 --seed 1 --out cycle.csv --checkins checkins.csv \\
                         --cycle 2026-Q3 --org "Northwind Robotics"

The same arguments always give the same bytes. Python 3 standard library only.

What is in it (so tests and benchmarks can rely on it):
  * a team tree sized to --krs: the organization, departments, squads (and deeper
    levels for very large runs), linked by `parent_team`; every team owns objectives;
  * objectives of 2-5 key results (rarely 1 or 6), 1-5 objectives a team, committed and
    aspirational (about 60/40), `aligned_to` pointing at an objective of the parent team;
  * increasing and decreasing metrics, `at least` / `at most` thresholds, yes/no
    milestones, manual grades written as `0.xx` and `NN%`, a few judgment-only KRs;
  * dropped/deferred/cancelled KRs (about 2%, each with a note saying why), weights,
    confidence (1-10), notes with commas, quotes and line breaks, organization values;
  * about 5% of KRs without a start (increasing metrics only) and 3% without a type;
  * committed KRs mostly land at 1.0; aspirational ones average about 0.7.

Every row is a valid key result for SPEC §3: a `decrease` always has a start, target and
start always differ and run the way `measure` says, numbers parse, and so on. Playbook
findings (a missing start, a task-like title, a committed miss without notes...) do occur,
as they would in a real export.

The KR file is streamed: memory stays flat whatever --krs is. With --checkins, each KR's
check-ins (kr_id, date, value, confidence, comment) are written as the KR is generated:
weekly, fortnightly or monthly by team, some KRs never updated and a few teams that go
quiet for the last month of the cycle.
"""
import argparse
import csv
import datetime as dt
import math
import random
import re
import sys

COLUMNS = ["cycle", "team", "parent_team", "objective_id", "objective", "objective_owner", "aligned_to",
           "kr_id", "key_result", "kr_owner", "type", "measure", "start", "target", "current", "unit",
           "score", "weight", "confidence", "status", "notes", "value"]

VALUES = ["Customers first", "Own the outcome", "Be candid", "Learn in the open", "Build to last"]

DEPARTMENTS = ["Engineering", "Product", "Sales", "Marketing", "Customer Success", "Operations",
               "Finance", "People"]
SQUADS = ["Platform", "Payments", "Growth", "Mobile", "Data", "Identity", "Search", "Billing",
          "Onboarding", "EMEA", "APAC", "Americas", "Enterprise", "SMB", "Brand", "Content",
          "Support", "Quality"]
PODS = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet",
        "Kilo", "Lima", "Mike", "November", "Oscar", "Papa"]

FIRST = ["Maren", "Dev", "Lucía", "Tomasz", "Grace", "Kenji", "Sofia", "Marcus", "Aisha", "Diego",
         "Hannah", "Priya", "Ben", "Chen", "Laura", "Omar", "Jonas", "Fatima", "Ravi", "Emma", "Noah",
         "Ines", "Sam", "Yuki", "Olu", "Clara", "Ethan", "Mia", "Zoë", "Arjun", "Léa", "Mateo"]
LAST = ["Holt", "Anand", "Ferreira", "Wójcik", "Oduya", "Watanabe", "Lindqvist", "Bell", "Rahman",
        "Morales", "Cole", "Nair", "Okafor", "Wei", "Schmidt", "Haddad", "Berg", "Zahra", "Kulkarni",
        "Doyle", "Fischer", "Duarte", "Patel", "Mori", "Adeyemi", "Rossi", "Brooks", "Novak",
        "O'Brien", "Nguyen", "Dubois", "García"]

OBJECTIVES = [
    "Delight customers with a faster checkout", "Make onboarding effortless", "Become the reliable choice",
    "Grow revenue in new segments", "Build a team people want to join", "Run the business more efficiently",
    "Ship a mobile experience customers love", "Win the enterprise market", "Make data a competitive edge",
    "Earn the trust of regulators", "Cut our carbon footprint", "Turn support into a growth engine",
    "Make releases boring", "Help customers get value in their first week", "Keep customers for the long run",
    "Make pricing simple and fair", "Be the partner integrators recommend", "Know our customers by their data",
    "Close the books faster and cleaner", "Make every new hire productive in a month",
]

# (title, unit, decimals, start_lo, start_hi, mode, change_lo, change_hi, cap)
# mode "rel": target = start * change; "abs": target = start + change; "zero": start 0, target = change.
INCREASING = [
    ("Grow weekly active users from {s} to {t}", "users", 0, 2000, 90000, "rel", 1.15, 1.6, None),
    ("Raise NPS from {s} to {t}", "points", 0, 10, 45, "abs", 4, 15, 100),
    ("Lift trial-to-paid conversion from {s}% to {t}%", "%", 1, 4.0, 15.0, "abs", 1.0, 5.0, 100),
    ("Grow ARR from ${s}M to ${t}M", "USD M", 1, 2.0, 60.0, "rel", 1.1, 1.5, None),
    ("Grow qualified pipeline from ${s} to ${t}", "USD", 0, 200000, 5000000, "rel", 1.2, 1.8, None),
    ("Increase automated test coverage from {s}% to {t}%", "%", 0, 40, 75, "abs", 5, 20, 100),
    ("Resolve {t}% of tickets on first contact, up from {s}%", "%", 0, 50, 70, "abs", 5, 15, 100),
    ("Sign {t} new enterprise customers", "customers", 0, 0, 0, "zero", 5, 40, None),
    ("Hire {t} engineers against the plan", "hires", 0, 0, 0, "zero", 3, 25, None),
    ("Grow self-serve sign-ups from {s} to {t} a month", "sign-ups", 0, 300, 20000, "rel", 1.2, 1.8, None),
    ("Raise average order value from ${s} to ${t}", "USD", 2, 20, 200, "rel", 1.05, 1.3, None),
    ("Publish {t} help-centre articles", "articles", 0, 0, 0, "zero", 10, 120, None),
    ("Grow partner-sourced revenue from ${s}k to ${t}k", "USD k", 0, 50, 900, "rel", 1.3, 2.5, None),
    ("Increase weekly feature adoption from {s}% to {t}%", "%", 0, 10, 50, "abs", 8, 25, 100),
]
DECREASING = [
    ("Reduce p95 checkout latency from {s} ms to {t} ms", "ms", 0, 300, 2000, "rel", 0.45, 0.8, None),
    ("Cut monthly churn from {s}% to {t}%", "%", 1, 2.0, 8.0, "rel", 0.55, 0.85, None),
    ("Reduce open P1 incidents from {s} to {t}", "incidents", 0, 8, 60, "rel", 0.3, 0.7, None),
    ("Lower cloud spend per customer from ${s} to ${t}", "USD", 2, 5, 40, "rel", 0.65, 0.9, None),
    ("Cut median time to resolve tickets from {s} h to {t} h", "hours", 1, 6, 48, "rel", 0.4, 0.8, None),
    ("Reduce onboarding time from {s} days to {t} days", "days", 0, 10, 60, "rel", 0.4, 0.8, None),
    ("Cut cost per acquisition from ${s} to ${t}", "USD", 0, 80, 900, "rel", 0.6, 0.9, None),
    ("Reduce defect escape rate from {s}% to {t}%", "%", 1, 3.0, 15.0, "rel", 0.4, 0.8, None),
    ("Lower days sales outstanding from {s} to {t}", "days", 0, 35, 80, "rel", 0.7, 0.9, None),
    ("Cut CI build time from {s} min to {t} min", "minutes", 0, 12, 60, "rel", 0.3, 0.7, None),
]
# (title, measure, unit, decimals, target_lo, target_hi, spread, cap)
THRESHOLDS = [
    ("Keep API availability at or above {t}%", "at least", "%", 2, 99.0, 99.95, 0.3, 100),
    ("Keep CSAT at or above {t}%", "at least", "%", 0, 85, 95, 4, 100),
    ("Keep gross margin at or above {t}%", "at least", "%", 0, 55, 75, 5, 100),
    ("Keep NPS at or above {t}", "at least", "points", 0, 30, 55, 6, 100),
    ("Keep p95 API latency at or below {t} ms", "at most", "ms", 0, 150, 600, 80, None),
    ("Keep monthly churn at or below {t}%", "at most", "%", 1, 1.0, 4.0, 0.8, None),
    ("Keep cost per order at or below ${t}", "at most", "USD", 2, 1.5, 6.0, 0.6, None),
    ("Keep open P1 bugs at or below {t}", "at most", "bugs", 0, 2, 15, 4, None),
]
MILESTONES = [  # outcomes that are done or not
    "SOC 2 Type II report issued with no exceptions", "All services running on the new cluster",
    "Self-serve billing live in every region", "Public API v2 generally available",
    "Data warehouse is the single source for board metrics", "New pricing live for all new customers",
    "Every team on the shared design system", "Disaster-recovery failover proven in production",
]
TASK_MILESTONES = [  # the same kind of thing, written as a task (a playbook finding)
    "Launch the partner portal", "Migrate billing to the new provider", "Build the churn dashboard",
    "Hold quarterly customer advisory boards", "Implement single sign-on for all apps",
    "Write the incident response playbook",
]
JUDGMENT = [  # graded by hand, no metric
    "Customers describe onboarding as easy in interviews", "Managers rate the new career ladder as clear",
    "Sales and product agree on one roadmap", "Partners say our docs are the best in the category",
]
MISS_NOTES = [
    "Blocked by vendor delays, we'll re-scope next quarter.",
    'Learned that "quick wins" hid the real bottleneck; see the postmortem.',
    "Hiring freeze hit us, headcount arrived in week 10.",
    "Target was too ambitious; the baseline data was wrong by 20%.",
    "Two key people left mid-quarter.\nHanded over, but we lost about four weeks.",
    "Priorities shifted to the enterprise launch, so this got half the time we planned.",
    'The "simple" migration touched 40 services, not 12.',
    "Close, but the last 10% needs a platform change, scheduled for next cycle.",
]
WIN_NOTES = [
    "Great cross-team effort,\nespecially with Support and Data.",
    "Landed early thanks to the automation work in July.",
    'Celebrated at the all-hands; "small bets, shipped weekly" worked.',
]
PROGRESS_NOTES = [
    "Good progress, but we under-estimated the data clean-up.",
    "Moved the number, not as far as hoped; the second half of the plan slipped.",
    'Stretch goal by design; we got further than our "realistic" estimate.',
]
DROP_NOTES = [
    "Dropped in week 6: the vendor was acquired, so there is no one to sign with.",
    "Deferred to next quarter after the reorg, by agreement with leadership.",
    "Cancelled: the customer research showed nobody wanted it, which is a result in itself.",
    "Dropped, superseded by the company-level objective on reliability.",
]
# How KRs are spread over kinds (cumulative): increasing, increasing with a manual grade,
# decreasing, at least / at most, milestone; the rest are graded by hand only.
P_INCREASE, P_GRADED, P_DECREASE, P_THRESHOLD, P_MILESTONE = 0.42, 0.48, 0.68, 0.80, 0.97
DROP_STATUS = ["Dropped", "Dropped", "Deferred", "Cancelled", "dropped"]
CHECKIN_COMMENTS = {
    "start": ["baseline confirmed", "kick-off, baseline agreed"],
    "up": ["on track", "steady progress", "good week", "small gain", "on pace"],
    "ahead": ["ahead of plan", "big jump after the release", "better than expected"],
    "behind": ["moving, slower than hoped", "small gain, still behind", "behind pace, re-planning"],
    "flat": ["flat this week", "no change, waiting on data", "no movement, short week"],
    "down": ["dipped, looking into it", "slipped back a little", "worse this week, see the sync notes"],
    "hold": ["holding", "inside the threshold", "steady"],
    "out": ["outside the threshold, fixes in flight", "not there yet, watching it"],
    "milestone": ["in progress", "on track", "waiting on sign-off", "testing with two customers"],
}


def cycle_dates(cycle):
    """First and last day of the cycle named like 2026-Q3, Q3 2026, 2026-H2 or 2026."""
    m = re.search(r"(\d{4})\D*[Qq]([1-4])", cycle) or re.search(r"[Qq]([1-4])\D*(\d{4})", cycle)
    if m:
        a, b = m.groups()
        year, q = (int(a), int(b)) if len(a) == 4 else (int(b), int(a))
        first = dt.date(year, 3 * q - 2, 1)
        nxt = dt.date(year + 1, 1, 1) if q == 4 else dt.date(year, 3 * q + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    m = re.search(r"(\d{4})\D*[Hh]([12])", cycle)
    if m:
        year, h = int(m.group(1)), int(m.group(2))
        return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if h == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))
    m = re.search(r"(\d{4})", cycle)
    if m:
        year = int(m.group(1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return dt.date(2026, 7, 1), dt.date(2026, 9, 30)


def fmt(x, decimals, thousands=False):
    return format(x, f"{',' if thousands else ''}.{decimals}f")


def teams(org, n_teams):
    """Yield (team, parent, level) depth-first: exactly n_teams teams, parents before children."""
    fan = (6, 8, 12, 16)

    def child_name(parent, level, i):
        if level == 1:
            d = DEPARTMENTS[i % len(DEPARTMENTS)]
            return d if i < len(DEPARTMENTS) else f"{d} {i // len(DEPARTMENTS) + 1}"
        if level == 2:
            return f"{parent} {SQUADS[i % len(SQUADS)]}" + (f" {i // len(SQUADS) + 1}" if i >= len(SQUADS) else "")
        if level == 3:
            return f"{parent} {PODS[i % len(PODS)]}" + (f" {i // len(PODS) + 1}" if i >= len(PODS) else "")
        return f"{parent}-{i + 1}"

    def walk(name, parent, level, budget):
        yield name, parent, level
        rest = budget - 1
        if rest <= 0:
            return
        k = min(rest, fan[min(level, len(fan) - 1)])
        base, extra = divmod(rest, k)
        for i in range(k):
            yield from walk(child_name(name, level + 1, i), name, level + 1, base + (1 if i < extra else 0))

    yield from walk(org, "", 0, n_teams)


def chunk_sizes(rnd, total):
    """Split a team's KRs into objectives of 2-5 KRs (rarely 1 or 6)."""
    sizes, rest = [], total
    while rest > 0:
        r = rnd.random()
        k = 1 if r < 0.01 else 6 if r < 0.02 else (2, 3, 3, 4, 4, 5)[int(r * 6) % 6]
        k = min(k, rest)
        if rest - k == 1:
            k = k + 1 if k < 5 else k - 1
        sizes.append(k)
        rest -= k
    return sizes


class Generator:
    def __init__(self, args):
        self.a = args
        self.rnd = random.Random(args.seed)
        self.crnd = random.Random(f"checkins-{args.seed}")   # separate: the KR file is the same with or without check-ins
        self.obj_n = 0
        self.first, self.last = cycle_dates(args.cycle)
        self.days = (self.last - self.first).days

    def person(self):
        r = self.rnd
        return f"{r.choice(FIRST)} {r.choice(LAST)}"

    # ------------------------------------------------------------------ one key result
    def key_result(self, otype, obj_row, kid):
        """Return (row, info, dropped) for one KR; info (None: no metric) feeds the check-ins."""
        r = self.rnd
        kr_type = otype
        if otype == "committed":
            lands = r.random() < 0.8
            aim = r.uniform(1.0, 1.25) if lands else r.uniform(0.35, 0.95)
        else:
            aim = min(1.3, r.betavariate(3.2, 1.6) * 1.05)
        row = obj_row + [kid, "", self.person(), kr_type, "", "", "", "", "", "", "", "", "", "", ""]
        # indices into row
        KR, TYPE, MEASURE, START, TARGET, CURRENT, UNIT, SCORE, WEIGHT, CONF, STATUS, NOTES = \
            8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20
        kind = r.random()
        info = None  # (kind, start, current, decimals, thousands, pct_suffix, measure, target[, no-word])
        score = None
        graded_metric = P_INCREASE <= kind < P_GRADED
        if kind < P_GRADED:                                   # increasing (some with a manual grade on top)
            tmpl = INCREASING[int(r.random() * len(INCREASING))]
            title, unit, dec, lo, hi, mode, clo, chi, cap = tmpl
            s = round(r.uniform(lo, hi), dec)
            t = round(s * r.uniform(clo, chi) if mode == "rel" else s + r.uniform(clo, chi), dec)
            if cap is not None:
                t = min(t, cap)
            step = 10.0 ** -dec
            if t <= s:
                t = round(s + step, dec)
            c = round(s + (t - s) * aim, dec)
            if cap is not None:
                c = min(c, cap)
            if c < 0:
                c = 0.0
            start_known = r.random() > 0.105                  # about 5% of all KRs lack a start
            measure = "increase" if r.random() > 0.1 else ""
            info = self._metric(row, title, unit, dec, s, t, c, measure, start_known)
            s0 = s if start_known else 0.0
            score = min(1.0, max(0.0, (c - s0) / (t - s0)))
        elif kind < P_DECREASE:                               # decreasing: always with a start
            title, unit, dec, lo, hi, mode, clo, chi, cap = DECREASING[int(r.random() * len(DECREASING))]
            step = 10.0 ** -dec
            s = max(round(r.uniform(lo, hi), dec), 3 * step)
            t = round(s * r.uniform(clo, chi), dec)
            if t >= s:
                t = round(s - step, dec)
            c = max(0.0, round(s + (t - s) * aim, dec))
            measure = "decrease" if r.random() > 0.1 else ""
            info = self._metric(row, title, unit, dec, s, t, c, measure, True)
            score = min(1.0, max(0.0, (c - s) / (t - s)))
        elif kind < P_THRESHOLD:                              # at least / at most threshold
            title, measure, unit, dec, lo, hi, spread, cap = THRESHOLDS[int(r.random() * len(THRESHOLDS))]
            step = 10.0 ** -dec
            t = round(r.uniform(lo, hi), dec)
            sign = 1 if measure == "at least" else -1
            met = aim >= (1.0 if otype == "committed" else 0.7)
            if met:
                c = round(t + sign * r.uniform(0, spread), dec)
            else:
                c = round(t - sign * max(step, r.uniform(0, spread)), dec)
            s = round(t + r.choice((-1, 1)) * max(step, r.uniform(0, spread)), dec)
            if cap is not None:
                c, s = min(c, cap), min(s, cap)
                if s == t:
                    s = round(t - step, dec)
            c, s = max(c, 0.0), max(s, 0.0)
            if s == t:
                s = round(t + step, dec)
            row[KR] = title.format(t=fmt(t, dec))
            row[MEASURE], row[START], row[TARGET], row[CURRENT], row[UNIT] = \
                measure, fmt(s, dec), fmt(t, dec), fmt(c, dec), unit
            info = ("threshold", s, c, dec, False, False, measure, t)
            score = 1.0 if (c >= t if measure == "at least" else c <= t) else 0.0
        elif kind < P_MILESTONE:                              # yes/no milestone
            if r.random() < 0.2:
                row[KR] = TASK_MILESTONES[int(r.random() * len(TASK_MILESTONES))]
            else:
                row[KR] = MILESTONES[int(r.random() * len(MILESTONES))]
            done = aim >= (1.0 if otype == "committed" else 0.6)
            yes, no = (("done", "not done"), ("done", "not done"), ("done", "not done"),
                       ("yes", "no"), ("complete", "incomplete"))[int(r.random() * 5)]
            if r.random() < 0.2:
                yes, no = yes.capitalize(), no.capitalize()
            row[MEASURE] = "milestone" if r.random() > 0.1 else ""
            row[TARGET], row[CURRENT] = yes, yes if done else no
            info = ("milestone", 0, 1 if done else 0, 0, False, False, "", yes, no)
            score = 1.0 if done else 0.0
        else:                                                 # graded by hand only
            row[KR] = JUDGMENT[int(r.random() * len(JUDGMENT))]
            info = None
        # manual grade: always for judgment KRs, sometimes on top of a metric
        if info is None or graded_metric:
            g = min(1.0, round(aim, 2))
            if otype == "committed" and g < 1.0:
                g = round(g * 0.9, 2)
            row[SCORE] = f"{g:.2f}" if r.random() < 0.5 else f"{round(g * 100)}%"
            score = g if row[SCORE][-1] != "%" else round(g * 100) / 100
        if r.random() < 0.03:
            row[TYPE] = ""                                    # counted as committed (lint warning)
            kr_type = "committed"
        if r.random() < 0.12:
            row[WEIGHT] = ("2", "0.5", "1.5", "3")[int(r.random() * 4)]
        dropped = r.random() < 0.02
        if kr_type == "committed":
            outcome = "win" if score >= 1.0 - 1e-9 else "miss"
        else:
            outcome = "win" if score >= 0.7 - 1e-9 else "progress" if score >= 0.4 - 1e-9 else "miss"
        if r.random() < 0.7:
            base = 9 if outcome == "win" else 6 if outcome == "progress" else 4
            row[CONF] = str(max(1, min(10, base + int(r.random() * 3) - 1)))
        if dropped:
            row[STATUS] = DROP_STATUS[int(r.random() * len(DROP_STATUS))]
            row[NOTES] = DROP_NOTES[int(r.random() * len(DROP_NOTES))]
            row[CONF] = ""
        else:
            p = r.random()
            if outcome == "miss" and p < (0.85 if kr_type == "committed" else 0.5):
                row[NOTES] = MISS_NOTES[int(r.random() * len(MISS_NOTES))]
            elif outcome == "progress" and p < 0.3:
                row[NOTES] = PROGRESS_NOTES[int(r.random() * len(PROGRESS_NOTES))]
            elif outcome == "win" and p < 0.08:
                row[NOTES] = WIN_NOTES[int(r.random() * len(WIN_NOTES))]
        return row, info, dropped

    def _metric(self, row, title, unit, dec, s, t, c, measure, start_known):
        r = self.rnd
        thousands = max(s, t, c) >= 10000 and r.random() < 0.4
        pct = unit == "%" and r.random() < 0.15
        row[8] = title.format(s=fmt(s, dec, max(s, t) >= 10000), t=fmt(t, dec, max(s, t) >= 10000))
        row[11] = measure
        row[12] = (fmt(s, dec, thousands) + ("%" if pct else "")) if start_known else ""
        row[13] = fmt(t, dec, thousands) + ("%" if pct else "")
        row[14] = fmt(c, dec, thousands) + ("%" if pct else "")
        row[15] = unit
        return ("metric", s, c, dec, thousands, pct, measure, t)

    # ------------------------------------------------------------------ check-ins
    def checkins(self, w, kid, info, cadence, quiet_from, dropped):
        r = self.crnd
        if info is None or r.random() < 0.04:
            return                                            # never updated
        step = cadence
        d = self.first + dt.timedelta(days=int(r.random() * 5))
        end = self.last
        if quiet_from is not None:
            end = min(end, quiet_from)
        if dropped:
            end = min(end, self.first + dt.timedelta(days=20 + int(r.random() * 40)))
        dates = []
        while d <= end:
            dates.append(d)
            d += dt.timedelta(days=step)
        n = len(dates)
        if not n:
            return
        kind = info[0]
        conf = 7
        prev = None
        for j, day in enumerate(dates):
            frac = j / (n - 1) if n > 1 else 1.0
            span = (day - self.first).days / self.days if self.days else 1.0
            if kind == "milestone":
                done = info[2] == 1 and span > 0.85
                text = info[7] if done else info[8]
                comment = "done" if done else CHECKIN_COMMENTS["milestone"][int(r.random() * 4)]
            else:
                _, s, c, dec, thousands, pct = info[:6]
                if kind == "threshold":
                    v = c + (s - c) * (1 - span) * r.uniform(0.3, 1.0)
                else:
                    v = s + (c - s) * span ** r.uniform(0.8, 1.4)
                    if 0 < j:
                        v += (c - s) * r.uniform(-0.04, 0.04)
                if day >= self.last - dt.timedelta(days=6):
                    v = c
                v = max(0.0, round(v, dec))
                text = fmt(v, dec, thousands) + ("%" if pct else "")
                if j == 0:
                    comment = r.choice(CHECKIN_COMMENTS["start"])
                elif kind == "threshold":
                    t = info[7]
                    ok = v >= t if info[6] == "at least" else v <= t
                    comment = r.choice(CHECKIN_COMMENTS["hold" if ok else "out"])
                else:
                    t = info[7]
                    moved = (v - prev) * (1 if t >= s else -1)
                    if moved < 0:
                        comment = r.choice(CHECKIN_COMMENTS["down"])
                    elif moved == 0:
                        comment = r.choice(CHECKIN_COMMENTS["flat"])
                    else:
                        pace = (v - s) / (t - s) - span
                        comment = r.choice(CHECKIN_COMMENTS["ahead" if pace > 0.1 else "behind" if pace < -0.1 else "up"])
                prev = v
            conf = max(1, min(10, conf + int(r.random() * 3) - 1))
            w.writerow((kid, day.isoformat(), text, conf, comment))

    # ------------------------------------------------------------------ the whole file
    def run(self):
        a, r = self.a, self.rnd
        n = a.krs
        n_teams = max(1, math.ceil(n / 8))
        base, extra = divmod(n, n_teams)
        out = open(a.out, "w", newline="", encoding="utf-8")
        cout = open(a.checkins, "w", newline="", encoding="utf-8") if a.checkins else None
        try:
            w = csv.writer(out)
            w.writerow(COLUMNS)
            cw = None
            if cout:
                cw = csv.writer(cout)
                cw.writerow(["kr_id", "date", "value", "confidence", "comment"])
            path = []                # (team, objective ids) from the root to the current team
            carry = 0
            for i, (team, parent, level) in enumerate(teams(a.org, n_teams)):
                budget = base + (1 if i < extra else 0)
                if carry:
                    budget, carry = budget - carry, 0
                elif i + 1 < n_teams and budget > 4:          # vary team sizes, keeping the total
                    d = int(r.random() * 3)
                    budget, carry = budget + d, d
                while path and path[-1][0] != parent:
                    path.pop()
                parents_objs = path[-1][1] if path else ()
                mine = []
                path.append((team, mine))
                if budget <= 0:
                    continue
                sizes = chunk_sizes(r, budget)
                types = ["aspirational" if r.random() < 0.4 else "committed" for _ in sizes]
                if len(types) > 1 and len(set(types)) == 1 and r.random() < 0.85:
                    types[-1] = "committed" if types[0] == "aspirational" else "aspirational"
                titles = r.sample(OBJECTIVES, len(sizes)) if len(sizes) <= len(OBJECTIVES) else \
                    [r.choice(OBJECTIVES) for _ in sizes]
                if cw:
                    c = self.crnd
                    cadence = (7, 7, 7, 7, 7, 7, 14, 14, 14, 30)[int(c.random() * 10)]
                    quiet_from = None
                    if c.random() < 0.05:                     # this team goes quiet for the last month
                        quiet_from = self.last - dt.timedelta(days=31 + int(c.random() * 20))
                for size, otype, otitle in zip(sizes, types, titles):
                    self.obj_n += 1
                    oid = f"OBJ-{self.obj_n}"
                    mine.append(oid)
                    aligned = parents_objs[int(r.random() * len(parents_objs))] if parents_objs and r.random() < 0.8 else ""
                    obj_row = [a.cycle, team, parent, oid, otitle, self.person(), aligned]
                    value = VALUES[int(r.random() * len(VALUES))]
                    for k in range(1, size + 1):
                        kid = f"{oid}-KR{k}"
                        row, info, dropped = self.key_result(otype, obj_row, kid)
                        row[21] = value
                        w.writerow(row)
                        if cw:
                            self.checkins(cw, kid, info, cadence, quiet_from, dropped)
        finally:
            out.close()
            if cout:
                cout.close()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--krs", type=int, default=60, help="number of key-result rows (default 60)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", required=True, help="the KR export to write (CSV)")
    ap.add_argument("--checkins", help="also write check-ins to this CSV file")
    ap.add_argument("--cycle", default="2026-Q3", help="cycle name (default 2026-Q3); sets the check-in dates")
    ap.add_argument("--org", default="Northwind Robotics", help="organization name, the root of the team tree")
    a = ap.parse_args(argv)
    if a.krs < 0:
        ap.error("--krs must be 0 or more")
    if not a.org.strip():
        ap.error("--org must not be empty")
    try:
        Generator(a).run()
    except OSError as e:
        print(f"gen_cycle.py: error: {e}", file=sys.stderr)
        return 73
    return 0


if __name__ == "__main__":
    sys.exit(main())
