#!/usr/bin/env python3
"""Generates the SYNTHETIC example data for Centraal-Gelderland: clients.json, member_years.json and
centre_years.json. Running it twice writes identical bytes (fixed seed).

Existing clients: 556 pseudonymous BW clients. Their number per municipality of stay is bijlage 2's
secondary-cost column divided by the fee of EUR 6,000 (e.g. Rheden 648,000 / 6,000 = 108). Every one
is in BW for the whole of 2022-2024, so the fee computed client by client adds up to bijlage 2; most
leave between 2025 and 2031, when their beschikking ends.
New clients from 2025: BW and BT inflow each year, with the municipality of their last address, some
readmissions within and after the 12-month transitional window, some safety-net clients without an
established residence, and some moves between facilities.
Budgets 2025-2034: an objective budget per member growing year by year, a historical budget for the
centre falling to zero, and local execution costs - plausible orders of magnitude, not real figures.
"""
import datetime
import decimal
import json
import pathlib
import random

CLIENTS_PER_MEMBER = [  # bijlage 2, "Bijdrage secundaire kosten" / 6,000
    ("Arnhem", 278), ("Doesburg", 5), ("Duiven", 6), ("Renkum", 48), ("Rheden", 108),
    ("Rozendaal", 0), ("Westervoort", 7), ("Zevenaar", 32), ("Lingewaard", 36), ("Overbetuwe", 36),
]


def day(rng, first, last):
    """A deterministic random date between two dates, inclusive."""
    span = (last - first).days
    return first + datetime.timedelta(days=rng.randint(0, span))


SHARES = {  # objective-model shares (synthetic), summing to 1
    "Arnhem": "0.41", "Doesburg": "0.025", "Duiven": "0.05", "Renkum": "0.08", "Rheden": "0.11",
    "Rozendaal": "0.005", "Westervoort": "0.03", "Zevenaar": "0.11", "Lingewaard": "0.09", "Overbetuwe": "0.09",
}
# Where new clients last lived: deliberately not the objective shares, so some members run short.
ORIGIN_WEIGHTS = {
    "Arnhem": 44, "Doesburg": 2, "Duiven": 4, "Renkum": 5, "Rheden": 16,
    "Rozendaal": 1, "Westervoort": 3, "Zevenaar": 9, "Lingewaard": 8, "Overbetuwe": 8,
}
MEMBERS = list(SHARES)


def new_clients(rng, first_number):
    """New BW and BT clients with a beschikking from 2025 on."""
    clients = []
    number = first_number
    origins, weights = list(ORIGIN_WEIGHTS), list(ORIGIN_WEIGHTS.values())
    for year in range(2025, 2035):
        for product, count in (("BW", 45), ("BT", 35)):
            for _ in range(count):
                number += 1
                start = day(rng, datetime.date(year, 1, 1), datetime.date(year, 12, 31))
                end = start + datetime.timedelta(days=rng.randint(300, 1500))
                origin = rng.choices(origins, weights)[0]
                previous = None
                roll = rng.random()
                if roll < 0.06:  # readmission within 12 months of an existing beschikking: stays existing
                    previous_end = start - datetime.timedelta(days=rng.randint(1, 330))
                    previous = {"start": (previous_end - datetime.timedelta(days=900)).isoformat(), "end": previous_end.isoformat()}
                elif roll < 0.09:  # readmission after more than 12 months: a new client
                    previous_end = start - datetime.timedelta(days=rng.randint(400, 700))
                    previous = {"start": (previous_end - datetime.timedelta(days=900)).isoformat(), "end": previous_end.isoformat()}
                last_address, registered = origin, None
                if product == "BW" and rng.random() < 0.05:  # residence cannot be established
                    last_address, registered = None, rng.choice(["Arnhem", "Arnhem", "Rheden", "Zevenaar"])
                if product == "BW":  # facilities stand mostly in Arnhem
                    place = "Arnhem" if rng.random() < 0.6 else rng.choices(origins, weights)[0]
                else:  # BT is received at home
                    place = origin if last_address else registered
                stays = [{"municipality": place, "period": {"start": start.isoformat(), "end": end.isoformat()}}]
                if rng.random() < 0.1:  # a move to another facility halfway
                    move = start + (end - start) // 2
                    stays[0]["period"]["end"] = (move - datetime.timedelta(days=1)).isoformat()
                    stays.append({"municipality": rng.choice(MEMBERS), "period": {"start": move.isoformat(), "end": end.isoformat()}})
                clients.append({
                    "id": f"CG-{number:04d}", "product": product,
                    "decision": {"start": start.isoformat(), "end": end.isoformat()}, "previous": previous,
                    "last_address": last_address, "registered": registered, "stays": stays,
                })
    return clients


def money(amount):
    return f"{amount:.2f}"


def budgets():
    """Objective budgets growing with the new-client caseload; the historical budget falling to zero."""
    member_years, centre_years = [], []
    for year in range(2025, 2035):
        step = year - 2024
        objective_total = 2_300_000 * min(step, 4) + 1_900_000  # new-client caseload plus execution costs
        for member in MEMBERS:
            share = decimal.Decimal(SHARES[member])
            member_years.append({
                "year": year, "member": member,
                "objective_budget": money(share * objective_total), "objective_share": SHARES[member],
                "local_access": money(share * 1_200_000), "other_costs": money(share * 300_000),
                "purchasing_contribution": money(share * 400_000),
            })
        centre_years.append({
            "year": year, "historical_budget": money(decimal.Decimal(36_000_000) * (2034 - year) / 9),
            "ret_costs": money({2025: 450_000, 2026: 400_000, 2027: 350_000}.get(year, 0)),
        })
    return member_years, centre_years


def write(name, data):
    path = pathlib.Path(__file__).with_name(name)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def main():
    rng = random.Random(20221231)
    clients = []
    number = 0
    for municipality, count in CLIENTS_PER_MEMBER:
        for _ in range(count):
            number += 1
            start = day(rng, datetime.date(2012, 1, 1), datetime.date(2021, 12, 31))
            # A beschikking runs five to ten years, always past 2024; some have no end date.
            end = None if rng.random() < 0.2 else day(rng, datetime.date(2025, 1, 31), datetime.date(2031, 12, 31))
            previous = None
            if rng.random() < 0.1:  # about one in ten had an earlier beschikking that expired before this one
                previous_end = start - datetime.timedelta(days=rng.randint(1, 400))
                previous_start = previous_end - datetime.timedelta(days=rng.randint(180, 1500))
                previous = {"start": previous_start.isoformat(), "end": previous_end.isoformat()}
            stay_end = end.isoformat() if end else None  # the client leaves BW when the beschikking ends
            clients.append({
                "id": f"CG-{number:04d}",
                "product": "BW",
                "decision": {"start": start.isoformat(), "end": end.isoformat() if end else None},
                "previous": previous,
                "last_address": None,
                "registered": None,
                "stays": [{"municipality": municipality, "period": {"start": start.isoformat(), "end": stay_end}}],
            })
    clients += new_clients(rng, number)
    write("clients.json", {"clients": clients})
    member_years, centre_years = budgets()
    write("member_years.json", {"member_years": member_years})
    write("centre_years.json", {"centre_years": centre_years})


if __name__ == "__main__":
    main()
