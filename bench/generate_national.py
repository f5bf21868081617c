#!/usr/bin/env python3
"""Generates SYNTHETIC national data for the benchmark (bench/run). Nothing here is real data.

The country is cut into regions of at least three municipalities, named G001, G002, ... (identifiers
of the rule language). A region's first member is its centre. Every region gets

  DIR/region-NN/model.regels  rules/centraal-gelderland.regels with the `members` line replaced by the
                              region's members and every reference to the member Arnhem in the rule
                              text (outside comments and quoted text) replaced by the centre's name;
  DIR/region-NN/data/*.json   data in exactly the format of examples/centraal-gelderland: clients.json,
                              lvb.json (2022-2024), programme.json (2022-2024), member_years.json
                              (2025-2034, objective shares adding up to exactly 1 each year) and
                              centre_years.json (2025-2034);

and DIR/manifest.json lists the regions, their folders, members, centres and client counts.

Clients are spread over the regions in proportion to their number of members and have histories over
2022-2034: existing BW clients with a beschikking from before 2025 (some with an earlier one, some
moving between facilities), new BW and BT clients every year from 2025, readmissions within and after
the 12-month window (including the exact last day of the window and 29 February), safety-net clients
(no last address, a `registered` member), moves between facilities and open-ended beschikkingen.
Client ids (NL-000001, ...) are unique nationally.

Deterministic: the same arguments give the same bytes.
Usage: bench/generate_national.py [--municipalities 342] [--regions 43] [--clients 40000] [--seed 1] --out DIR
"""
import argparse
import calendar
import datetime
import decimal
import json
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "rules" / "centraal-gelderland.regels"
TEMPLATE_CENTRE = "Arnhem"  # the template's centre member, replaced by each region's centre
REFORM = datetime.date(2025, 1, 1)  # the model's reform_date
EXISTING_SHARE = 0.4  # the part of a region's clients that are existing BW clients
EXAMPLE_CLIENTS = 1356  # the clients of examples/centraal-gelderland, the yardstick for the amounts
D = decimal.Decimal


# A random date between two dates, both included.
def random_day(rng, first, last):
    return first + datetime.timedelta(days=rng.randint(0, max(0, (last - first).days)))


# The date `months` months after `date` (before it if negative); a day the month lacks becomes its last day.
def add_months(date, months):
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return datetime.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))


# The model's readmission test: `start` is at most 12 months after `previous_end` (rounding down).
def within_window(previous_end, start):
    return start <= add_months(previous_end, 12)


# An ISO date string, or None for an open end.
def iso(date):
    return date.isoformat() if date else None


# A beschikking or a period as the data files write it.
def span(start, end):
    return {"start": iso(start), "end": iso(end)}


# A JSON amount: a string with two decimals.
def money(amount):
    return str(D(amount).quantize(D("0.01"), rounding=decimal.ROUND_HALF_EVEN))


# `total` split by `weights` into integers that add up to it (largest remainder, ties to the earlier).
def split(total, weights):
    whole = sum(weights)
    exact = [D(total) * D(w) / D(whole) for w in weights]
    parts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:total - sum(parts)]:
        parts[i] += 1
    return parts


# The members of each region: at least three each, the other municipalities spread unevenly.
def regions_of(rng, municipalities, regions):
    sizes = [3] * regions
    for i, extra in enumerate(split(municipalities - 3 * regions, [rng.randint(1, 10) for _ in range(regions)])):
        sizes[i] += extra
    width = max(3, len(str(municipalities)))
    names = [f"G{n:0{width}d}" for n in range(1, municipalities + 1)]
    result, at = [], 0
    for size in sizes:
        result.append(names[at:at + size])
        at += size
    return result


# The stays of one trajectory from `start` to `end` (None: open): one facility, or a move to one or two others.
def stays_of(rng, start, end, first_place, members, weights):
    horizon = end or max(start, REFORM) + datetime.timedelta(days=1500)
    roll = rng.random()
    moves = 2 if roll < 0.03 else 1 if roll < 0.15 else 0
    if (horizon - start).days < 30 * (moves + 1):
        moves = 0
    cuts = sorted(rng.sample(range(10, (horizon - start).days - 10), moves)) if moves else []
    places = [first_place] + [rng.choices(members, weights)[0] for _ in cuts]
    starts = [start] + [start + datetime.timedelta(days=c) for c in cuts]
    ends = [s - datetime.timedelta(days=1) for s in starts[1:]] + [end]
    return [{"municipality": p, "period": span(s, e)} for p, s, e in zip(places, starts, ends)]


# A BW client whose current beschikking started before the reform: existing, whatever happens later.
def existing_client(rng, client_id, members, weights):
    if rng.random() < 0.85:
        start = random_day(rng, datetime.date(2010, 1, 1), datetime.date(2021, 12, 31))
    else:  # came in during part a (2022-2024)
        start = random_day(rng, datetime.date(2022, 1, 1), datetime.date(2024, 12, 31))
    roll = rng.random()
    earliest_leave = max(start + datetime.timedelta(days=60), datetime.date(2022, 1, 1))
    if roll < 0.2:
        end = None  # open-ended
    elif roll < 0.25 and earliest_leave < REFORM:  # left before the reform
        end = random_day(rng, earliest_leave, REFORM - datetime.timedelta(days=1))
    else:
        end = random_day(rng, max(start + datetime.timedelta(days=365), datetime.date(2025, 1, 31)), datetime.date(2033, 12, 31))
    previous = None
    if rng.random() < 0.1:  # an earlier beschikking that expired before this one
        previous_end = start - datetime.timedelta(days=rng.randint(1, 400))
        previous = span(previous_end - datetime.timedelta(days=rng.randint(180, 1500)), previous_end)
    place = rng.choices(members, weights)[0]
    return {"id": client_id, "product": "BW", "decision": span(start, end), "previous": previous,
            "last_address": None, "registered": None, "stays": stays_of(rng, start, end, place, members, weights)}


# The start of a new client's beschikking in `year`, and its earlier beschikking if it is a readmission.
def admission(rng, year):
    start = random_day(rng, datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    roll = rng.random()
    if roll < 0.05:  # readmitted within 12 months after a beschikking from before the reform: stays existing
        previous_end = random_day(rng, add_months(start, -12), start - datetime.timedelta(days=1))
        previous_start = random_day(rng, datetime.date(2012, 1, 1), min(previous_end - datetime.timedelta(days=30), REFORM - datetime.timedelta(days=1)))
        return start, span(previous_start, previous_end)
    if roll < 0.07 and year >= 2027:  # readmitted within 12 months after a beschikking from 2025 on: new
        previous_end = random_day(rng, add_months(start, -12), start - datetime.timedelta(days=1))
        return start, span(random_day(rng, REFORM, previous_end - datetime.timedelta(days=180)), previous_end)
    if roll < 0.10:  # readmitted more than 12 months after an earlier beschikking: new
        previous_end = add_months(start, -12) - datetime.timedelta(days=rng.randint(1, 700))
        return start, span(previous_end - datetime.timedelta(days=rng.randint(180, 1500)), previous_end)
    if roll < 0.11:  # readmitted on the last day of the window, or the day after (29 February included)
        leap = calendar.isleap(year - 1) and rng.random() < 0.5
        previous_end = datetime.date(year - 1, 2, 29) if leap else random_day(rng, datetime.date(year - 1, 1, 1), datetime.date(year - 1, 12, 31))
        start = add_months(previous_end, 12) + datetime.timedelta(days=rng.randint(0, 1))
        latest_start = min(datetime.date(2024, 6, 30), previous_end - datetime.timedelta(days=30))
        return start, span(random_day(rng, datetime.date(2015, 1, 1), latest_start), previous_end)
    return start, None


# A BW or BT client whose current beschikking starts in `year` (2025 on).
def new_client(rng, client_id, year, members, weights):
    product = "BW" if rng.random() < 0.56 else "BT"
    start, previous = admission(rng, year)
    end = None if rng.random() < 0.1 else start + datetime.timedelta(days=rng.randint(200, 1500))
    last_address, registered = rng.choices(members, weights)[0], None
    if product == "BW" and rng.random() < 0.05:  # residence cannot be established: the safety net
        last_address, registered = None, rng.choices(members, weights)[0]
    if product == "BW":  # facilities stand mostly in the centre
        place = members[0] if rng.random() < 0.6 else rng.choices(members, weights)[0]
    else:  # BT is received at home
        place = last_address
    return {"id": client_id, "product": product, "decision": span(start, end), "previous": previous,
            "last_address": last_address, "registered": registered,
            "stays": stays_of(rng, start, end, place, members, weights)}


# The clients of one region, numbered on from `last_number`; and the last number used.
def region_clients(rng, members, weights, count, last_number):
    existing = int(count * EXISTING_SHARE)
    clients, number = [], last_number
    for _ in range(existing):
        number += 1
        clients.append(existing_client(rng, f"NL-{number:06d}", members, weights))
    for year, arrivals in zip(range(2025, 2035), split(count - existing, [1] * 10)):
        for _ in range(arrivals):
            number += 1
            clients.append(new_client(rng, f"NL-{number:06d}", year, members, weights))
    return clients, number


# Objective-model shares of the members as decimal strings (ten-thousandths) that add up to exactly 1.
def objective_shares(weights):
    return [format(D(part) / D(10_000), "f") for part in split(10_000, weights)]


# LVB rows 2022-2024, programme costs 2022-2024, member years and centre years 2025-2034 of one region.
def region_budgets(rng, members, weights, clients):
    scale = D(clients) / D(EXAMPLE_CLIENTS)
    shares = objective_shares(weights)
    lvb = [{"year": year, "member": m, "funds": money(rng.randint(10_000, 700_000) * scale / 10),
            "costs": money(rng.randint(0, 700_000) * scale / 10)} for year in (2022, 2023, 2024) for m in members]
    programme = [{"year": year, "amount": money(540_000 * scale)} for year in (2022, 2023, 2024)]
    member_years, centre_years = [], []
    for year in range(2025, 2035):
        objective_total = (2_300_000 * min(year - 2024, 4) + 1_900_000) * scale
        for member, share in zip(members, shares):
            part = D(share)
            jitter = D(rng.randint(85, 115)) / D(100)  # some members spend more than their share, some less
            member_years.append({"year": year, "member": member, "objective_budget": money(part * objective_total),
                                 "objective_share": share, "local_access": money(part * 1_200_000 * scale * jitter),
                                 "other_costs": money(part * 300_000 * scale),
                                 "purchasing_contribution": money(part * 400_000 * scale)})
        centre_years.append({"year": year, "historical_budget": money(D(36_000_000) * scale * (2034 - year) / 9),
                             "ret_costs": money(D({2025: 450_000, 2026: 400_000, 2027: 350_000}.get(year, 0)) * scale)})
    return lvb, programme, member_years, centre_years


# The data files of one region (file name -> content) and the last client number used.
def region_data(rng, members, clients, last_number):
    weights = [rng.randint(1, 20) for _ in members]
    weights[0] *= 4  # the centre is the largest municipality
    people, number = region_clients(rng, members, weights, clients, last_number)
    lvb, programme, member_years, centre_years = region_budgets(rng, members, weights, clients)
    files = {"centre_years.json": {"centre_years": centre_years}, "clients.json": {"clients": people},
             "lvb.json": {"lvb": lvb}, "member_years.json": {"member_years": member_years},
             "programme.json": {"programme_costs": programme}}
    return files, number


# The template's code with the centre member renamed: comments and quoted text are left as they are.
def rename_centre(text, centre):
    pieces = re.split(r'("(?:[^"\\\n]|\\.)*"|#[^\n]*)', text)  # odd pieces: quoted text and comments
    name = re.compile(rf"\b{TEMPLATE_CENTRE}\b")
    return "".join(piece if i % 2 else name.sub(centre, piece) for i, piece in enumerate(pieces))


# The Centraal-Gelderland model with the region's members; its centre takes Arnhem's place.
def region_model(template, members):
    text, count = re.subn(r"^members .*$", "members " + ", ".join(members), template, count=1, flags=re.M)
    if count != 1:
        raise SystemExit(f"{TEMPLATE}: no `members` line")
    return rename_centre(text, members[0])


# Writes one JSON file in the layout of examples/centraal-gelderland.
def write_json(path, content):
    path.write_text(json.dumps(content, indent=2) + "\n", encoding="utf-8")


# Reads the arguments, then writes every region and the manifest.
def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--municipalities", type=int, default=342)
    parser.add_argument("--regions", type=int, default=43)
    parser.add_argument("--clients", type=int, default=40000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=pathlib.Path, required=True)
    options = parser.parse_args()
    if options.regions < 1 or options.municipalities < 3 * options.regions:
        parser.error("every region needs at least 3 municipalities")
    if options.clients < 0:
        parser.error("--clients cannot be negative")
    rng = random.Random(options.seed)
    template = TEMPLATE.read_text(encoding="utf-8")
    regions = regions_of(rng, options.municipalities, options.regions)
    client_counts = split(options.clients, [len(m) for m in regions])
    width = max(2, len(str(options.regions)))
    manifest, number = [], 0
    for index, (members, clients) in enumerate(zip(regions, client_counts), start=1):
        name = f"region-{index:0{width}d}"
        folder = options.out / name
        (folder / "data").mkdir(parents=True, exist_ok=True)
        (folder / "model.regels").write_text(region_model(template, members), encoding="utf-8")
        files, number = region_data(rng, members, clients, number)
        for file, content in files.items():
            write_json(folder / "data" / file, content)
        manifest.append({"name": name, "folder": name, "members": members, "centre": members[0], "clients": clients})
    write_json(options.out / "manifest.json", {"seed": options.seed, "municipalities": options.municipalities,
                                               "clients": options.clients, "regions": manifest})


if __name__ == "__main__":
    main()
