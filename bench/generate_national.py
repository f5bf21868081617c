#!/usr/bin/env python3
"""Generates SYNTHETIC national data for the benchmark (bench/run): municipalities G001, G002, ... in
regions of 3 to 13 members, each region with a centre (its first member) and a copy of the
Centraal-Gelderland model (rules/centraal-gelderland.regels) with the region's members, and clients
with histories over 2022-2034: existing BW clients with beschikkingen from before 2025 (some with an
earlier one), new BW and BT clients every year from 2025, readmissions within and after the 12-month
window, clients whose residence cannot be established (safety net), moves between facilities and
open-ended beschikkingen; per member per year the budgets and costs the solidarity needs.

Deterministic: the same arguments give the same bytes. Nothing here is real data.
Usage: bench/generate_national.py [--municipalities 342] [--regions 43] [--clients 40000] [--seed 1] --out DIR
Writes DIR/manifest.json and DIR/region-NN/{model.regels, data/*.json}.
"""
import argparse
import datetime
import decimal
import json
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXISTING_SHARE = 0.4  # of a region's clients, existing BW clients; the others arrive from 2025 on
D = decimal.Decimal


def day(rng, first, last):
    """A random date between two dates, inclusive."""
    return first + datetime.timedelta(days=rng.randint(0, (last - first).days))


def split(total, weights):
    """`total` split by `weights` into integers that add up to it (largest remainder, ties to the earlier)."""
    whole = sum(weights)
    exact = [D(total) * D(w) / D(whole) for w in weights]
    parts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:total - sum(parts)]:
        parts[i] += 1
    return parts


def regions_of(rng, municipalities, regions):
    """Members per region: every region at least 3, the rest spread unevenly."""
    sizes = [3] * regions
    for i, extra in enumerate(split(municipalities - 3 * regions, [rng.randint(1, 10) for _ in range(regions)])):
        sizes[i] += extra
    names = [f"G{n:03d}" for n in range(1, municipalities + 1)]
    result, at = [], 0
    for size in sizes:
        result.append(names[at:at + size])
        at += size
    return result


def iso(date):
    return date.isoformat() if date else None


def existing_client(rng, number, members, weights):
    """A BW client whose beschikking started before 2022 and runs past 2024 (or has no end)."""
    start = day(rng, datetime.date(2012, 1, 1), datetime.date(2021, 12, 31))
    end = None if rng.random() < 0.2 else day(rng, datetime.date(2025, 1, 31), datetime.date(2031, 12, 31))
    previous = None
    if rng.random() < 0.1:
        previous_end = start - datetime.timedelta(days=rng.randint(1, 400))
        previous = {"start": iso(previous_end - datetime.timedelta(days=rng.randint(180, 1500))), "end": iso(previous_end)}
    place = rng.choices(members, weights)[0]
    return {"id": f"NL-{number:06d}", "product": "BW", "decision": {"start": iso(start), "end": iso(end)}, "previous": previous,
            "last_address": None, "registered": None,
            "stays": [{"municipality": place, "period": {"start": iso(start), "end": iso(end)}}]}


def new_client(rng, number, year, members, weights):
    """A BW or BT client whose beschikking starts in `year` (2025 on)."""
    product = "BW" if rng.random() < 0.56 else "BT"
    start = day(rng, datetime.date(year, 1, 1), datetime.date(year, 12, 31))
    end = None if rng.random() < 0.1 else start + datetime.timedelta(days=rng.randint(300, 1500))
    origin = rng.choices(members, weights)[0]
    previous, roll = None, rng.random()
    if roll < 0.06:  # readmission within 12 months of an existing beschikking: stays existing
        previous_end = start - datetime.timedelta(days=rng.randint(1, 330))
        previous = {"start": iso(previous_end - datetime.timedelta(days=900)), "end": iso(previous_end)}
    elif roll < 0.09:  # readmission after more than 12 months: a new client
        previous_end = start - datetime.timedelta(days=rng.randint(400, 700))
        previous = {"start": iso(previous_end - datetime.timedelta(days=900)), "end": iso(previous_end)}
    last_address, registered = origin, None
    if product == "BW" and rng.random() < 0.05:  # residence cannot be established: the safety net
        last_address, registered = None, rng.choice(members[:2])
    if product == "BW":  # facilities stand mostly in the centre
        place = members[0] if rng.random() < 0.6 else rng.choices(members, weights)[0]
    else:  # BT is received at home
        place = origin if last_address else registered
    stays = [{"municipality": place, "period": {"start": iso(start), "end": iso(end)}}]
    if end and rng.random() < 0.1:  # a move to another facility halfway
        move = start + (end - start) // 2
        stays[0]["period"]["end"] = iso(move - datetime.timedelta(days=1))
        stays.append({"municipality": rng.choice(members), "period": {"start": iso(move), "end": iso(end)}})
    return {"id": f"NL-{number:06d}", "product": product, "decision": {"start": iso(start), "end": iso(end)},
            "previous": previous, "last_address": last_address, "registered": registered, "stays": stays}


def money(amount):
    return str(D(amount).quantize(D("0.01"), rounding=decimal.ROUND_HALF_EVEN))


def region_data(rng, members, clients, first_number):
    """The data of one region: clients, LVB rows 2022-2024, programme costs, member and centre years."""
    weights = [rng.randint(1, 20) for _ in members]
    weights[0] *= 4  # the centre is the largest municipality
    existing = int(clients * EXISTING_SHARE)
    people, number = [], first_number
    for _ in range(existing):
        number += 1
        people.append(existing_client(rng, number, members, weights))
    for year, count in zip(range(2025, 2035), split(clients - existing, [1] * 10)):
        for _ in range(count):
            number += 1
            people.append(new_client(rng, number, year, members, weights))
    scale = D(clients) / D(1356)  # Centraal-Gelderland's example has 1,356 clients
    thousandths = split(1000, weights)  # objective shares, exactly 1 together
    shares = [D(t) / D(1000) for t in thousandths]
    lvb = [{"year": year, "member": m, "funds": money(rng.randint(10_000, 700_000) * scale / 10),
            "costs": money(rng.randint(0, 700_000) * scale / 10)} for year in (2022, 2023, 2024) for m in members]
    programme = [{"year": year, "amount": money(540_000 * scale)} for year in (2022, 2023, 2024)]
    member_years, centre_years = [], []
    for year in range(2025, 2035):
        objective_total = (2_300_000 * min(year - 2024, 4) + 1_900_000) * scale
        for m, share in zip(members, shares):
            jitter = D(rng.randint(85, 115)) / D(100)  # some members spend more than their share, some less
            member_years.append({"year": year, "member": m, "objective_budget": money(share * objective_total),
                                 "objective_share": str(share), "local_access": money(share * 1_200_000 * scale * jitter),
                                 "other_costs": money(share * 300_000 * scale), "purchasing_contribution": money(share * 400_000 * scale)})
        centre_years.append({"year": year, "historical_budget": money(D(36_000_000) * scale * (2034 - year) / 9),
                             "ret_costs": money(D({2025: 450_000, 2026: 400_000, 2027: 350_000}.get(year, 0)) * scale)})
    return {"clients.json": {"clients": people}, "lvb.json": {"lvb": lvb}, "programme.json": {"programme_costs": programme},
            "member_years.json": {"member_years": member_years}, "centre_years.json": {"centre_years": centre_years}}, number


def region_model(template, members):
    """The Centraal-Gelderland model with the region's members; its centre takes Arnhem's place."""
    text = re.sub(r"^members .*$", "members " + ", ".join(members), template, count=1, flags=re.M)
    return re.sub(r"\bArnhem\b", members[0], text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--municipalities", type=int, default=342)
    parser.add_argument("--regions", type=int, default=43)
    parser.add_argument("--clients", type=int, default=40000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=pathlib.Path, required=True)
    options = parser.parse_args()
    if options.municipalities < 3 * options.regions:
        parser.error("every region needs at least 3 municipalities")
    rng = random.Random(options.seed)
    template = (ROOT / "rules" / "centraal-gelderland.regels").read_text(encoding="utf-8")
    regions = regions_of(rng, options.municipalities, options.regions)
    client_counts = split(options.clients, [len(m) for m in regions])
    manifest, number = [], 0
    for index, (members, clients) in enumerate(zip(regions, client_counts), start=1):
        name = f"region-{index:02d}"
        folder = options.out / name
        (folder / "data").mkdir(parents=True, exist_ok=True)
        (folder / "model.regels").write_text(region_model(template, members), encoding="utf-8")
        files, number = region_data(rng, members, clients, number)
        for file, content in files.items():
            (folder / "data" / file).write_text(json.dumps(content, separators=(",", ":")) + "\n", encoding="utf-8")
        manifest.append({"name": name, "folder": name, "members": members, "centre": members[0], "clients": clients})
    (options.out / "manifest.json").write_text(json.dumps({"seed": options.seed, "municipalities": options.municipalities,
                                                           "clients": options.clients, "regions": manifest}, indent=1) + "\n",
                                               encoding="utf-8")


if __name__ == "__main__":
    main()
