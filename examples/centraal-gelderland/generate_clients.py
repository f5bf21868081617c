#!/usr/bin/env python3
"""Generates clients.json: 556 SYNTHETIC, pseudonymous BW clients for Centraal-Gelderland 2022-2024.

The number of clients per municipality of stay is bijlage 2's secondary-cost column divided by the
fee of EUR 6,000 (e.g. Rheden 648,000 / 6,000 = 108). Every client is in BW for the whole of 2022,
2023 and 2024, so the fee is computed client by client and adds up to bijlage 2. Dates vary
deterministically (fixed seed); running this twice writes identical bytes.
"""
import datetime
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
            stay_end = None if end is None or rng.random() < 0.5 else end.isoformat()
            clients.append({
                "id": f"CG-{number:04d}",
                "product": "BW",
                "decision": {"start": start.isoformat(), "end": end.isoformat() if end else None},
                "previous": previous,
                "stays": [{"municipality": municipality, "period": {"start": start.isoformat(), "end": stay_end}}],
            })
    out = pathlib.Path(__file__).with_name("clients.json")
    out.write_text(json.dumps({"clients": clients}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
