#!/usr/bin/python3
"""Workbooks written by regelwerk, read by real consumers (openpyxl and LibreOffice headless): run,
compare and diff as --format xlsx, every amount cell numeric and equal to the JSON output to the cent,
sheet names, headers and formats as docs/outputs.md says; the same run twice gives the same bytes;
the Dutch CSV dialect; the structure of `regelwerk template`, and the template filled by openpyxl
(tests/spreadsheets/fill_template.py) settling to the ledger of the JSON data.

Usage (from the project root): tests/spreadsheets/xlsx_output.py PATH/TO/regelwerk
"""
import csv
import decimal
import io
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

ROOT = pathlib.Path(__file__).resolve().parents[2]
MODEL = ROOT / "rules" / "centraal-gelderland.regels"
DATA = ROOT / "examples" / "centraal-gelderland"
YEARS = "2022..2034"
EURO = '"€ "#,##0.00'
results = []


def check(ok, what, detail=""):
    results.append(bool(ok))
    print(("ok - " if ok else "not ok - ") + what)
    if not ok and detail:
        print("  " + str(detail)[:3000].replace("\n", "\n  "))


def run(binary, *args):
    return subprocess.run([binary, *map(str, args)], capture_output=True, timeout=300)


def cents(value):
    """An amount (a JSON decimal string, or a number cell's value) as whole cents, exactly."""
    return int((decimal.Decimal(str(value)) * 100).to_integral_value(decimal.ROUND_HALF_EVEN))


def shown(text):
    """A stored number text rounded to the 15 significant digits a spreadsheet keeps, as a Decimal."""
    value = decimal.Decimal(text)
    if value == 0:
        return decimal.Decimal(0)
    exponent = value.adjusted() - 14
    return value.quantize(decimal.Decimal(1).scaleb(exponent), rounding=decimal.ROUND_HALF_UP).normalize()


def stored_values(path, sheet_index):
    """{cell reference: the <v> text} of the number cells of the sheet at 1-based `sheet_index`."""
    with zipfile.ZipFile(path) as z:
        xml = z.read(f"xl/worksheets/sheet{sheet_index}.xml").decode("utf-8")
    return {m.group(1): m.group(3) for m in re.finditer(r'<c r="([A-Z]+[0-9]+)"(?: s="\d+")?()><v>([^<]*)</v></c>', xml)}


def table(ws):
    """The rows of a sheet as tuples of values, header row first."""
    return [tuple(row) for row in ws.iter_rows(values_only=True)]


def libreoffice_csv(path, folder):
    """Every sheet of the workbook, converted by LibreOffice headless to CSV (raw values): {sheet number: rows}."""
    profile = pathlib.Path(folder) / "lo-profile"
    out = pathlib.Path(folder) / "lo-out"
    out.mkdir(exist_ok=True)
    # Filter options: ',' separator, '"' quotes, UTF-8, from line 1, ..., values not as shown, every sheet (-1).
    subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', "--outdir", str(out), str(path)],
                   capture_output=True, timeout=300, check=True)
    sheets = {}
    for file in sorted(out.glob(pathlib.Path(path).stem + "-*.csv")):
        sheets[file.stem[len(pathlib.Path(path).stem) + 1:]] = list(csv.reader(io.StringIO(file.read_text(encoding="utf-8"))))
    return sheets


def amount_cells_numeric(ws, columns, what):
    """Every cell below the header in `columns` (1-based) is a number with the euro format."""
    bad = []
    for row in ws.iter_rows(min_row=2):
        for c in columns:
            cell = row[c - 1]
            if cell.value is None:
                continue
            if not isinstance(cell.value, (int, float)) or cell.number_format != EURO:
                bad.append((cell.coordinate, cell.value, cell.number_format))
    check(not bad, f"{what}: every amount cell is numeric with the euro format", bad[:10])


def settlement(binary, tmp):
    ledger = json.loads(run(binary, "run", MODEL, "--data", DATA, "--years", YEARS, "--format", "json").stdout)
    first, second = tmp / "s.xlsx", tmp / "s2.xlsx"
    for out in (first, second):
        result = run(binary, "run", MODEL, "--data", DATA, "--years", YEARS, "--format", "xlsx", "--out", out)
        check(result.returncode == 0, f"run --format xlsx --out {out.name}: exit 0", result.stderr.decode())
    check(first.read_bytes() == second.read_bytes(), "run --format xlsx twice: byte-identical workbooks")
    wb = openpyxl.load_workbook(first)
    check(wb.sheetnames == ["Summary", "Postings", "Items", "Notes", "Reports", "Computed under"], "run: the sheets", wb.sheetnames)

    # Summary: accounts × (brought forward, years, closing balance), totals; every balance equals the JSON's.
    summary = wb["Summary"]
    rows = table(summary)
    years = [str(y) for y in ledger["years"]]
    check(list(rows[0]) == ["account", "name", "brought forward", *years, "closing balance"], "Summary: the headers", rows[0])
    check(summary.freeze_panes == "A2" and summary.auto_filter.ref is not None, "Summary: headers frozen, autofilter on")
    names = {a["id"]: a["name"] for a in ledger["accounts"]}
    accounts = [r for r in rows[1:] if r[0] in names]
    check(len(accounts) == len(names), "Summary: one row per account", len(accounts))
    wrong = []
    for r in accounts:
        balances = [cents(ledger["balances"][y][r[0]]) for y in years]
        closing = cents(ledger["closing_balances"][years[-1]][r[0]])
        # the model has no opening balances and the run starts at its first year: nothing is brought forward
        if (r[1] != names[r[0]] or cents(r[2]) != 0 or [cents(v) for v in r[3:3 + len(years)]] != balances
                or cents(r[3 + len(years)]) != closing or closing != sum(balances)):
            wrong.append(r)
    check(not wrong, "Summary: names as the model writes them, balances per year and the closing balance (their sum) equal the JSON", wrong[:3])
    total = next((r for r in rows if r[0] == "Total"), None)
    check(total is not None and all(cents(v) == 0 for v in total[2:3 + len(years) + 1]), "Summary: a totals row, zero in every year", total)
    check(any(r[0] and str(r[0]).startswith("Closing balance: brought forward plus the balances of the years shown") for r in rows),
          "Summary: the note says how the closing balance is computed")
    amount_cells_numeric(summary, range(3, 5 + len(years)), "Summary")
    # Centraal-Gelderland's rule 1: the centre pays each of the 10 members €150,000 (ambulantisering_per_member);
    # the stored text of Arnhem's 2022 posting is exactly 150000.
    postings = wb["Postings"]
    prow = table(postings)
    check(list(prow[0]) == ["id", "year", "rule", "title", "from", "from_name", "to", "to_name", "amount", "due", "source",
                            "contributions", "items"], "Postings: the headers", prow[0])
    stored = stored_values(first, 2)
    first_posting = next(i for i, r in enumerate(prow) if r[0] == "2022/1/1")
    check(prow[first_posting][6] == "Arnhem" and stored.get(f"I{first_posting + 1}") == "150000",
          "Postings: 2022/1/1 (centre pays Arnhem €150,000) is stored as the number 150000", (prow[first_posting], stored.get(f"I{first_posting + 1}")))

    # Postings: every entry of the JSON, amounts to the cent, stored texts that show the exact decimal.
    by_id = {e["id"]: e for e in ledger["entries"]}
    mismatched, unshown = [], []
    for index, r in enumerate(prow[1:], start=2):
        e = by_id.get(r[0])
        due = r[9].date().isoformat() if r[9] is not None else None
        if (e is None or r[1] != e["year"] or r[2] != e["rule"] or r[3] != e["title"] or r[4] != e["from"] or r[6] != e["to"]
                or cents(r[8]) != cents(e["amount"]) or due != e["due"] or r[10] != e["source"]
                or r[11] != e["contributions"] or r[12] != len(e.get("items", []))):
            mismatched.append((r, e))
        if shown(stored[f"I{index}"]) != decimal.Decimal(e["amount"]).normalize():
            unshown.append((stored[f"I{index}"], e["amount"]))
    check(len(prow) - 1 == len(ledger["entries"]) and not mismatched, "Postings: every JSON entry, every column equal", mismatched[:3])
    check(not unshown, "Postings: each stored amount, at the 15 digits a spreadsheet keeps, is the exact JSON decimal", unshown[:5])
    amount_cells_numeric(postings, [9], "Postings")
    check(postings["J2"].number_format == "dd-mm-yyyy", "Postings: due dates are date cells (dd-mm-yyyy)", postings["J2"].number_format)
    items = table(wb["Items"])
    expected_items = sorted((e["id"], i) for e in ledger["entries"] for i in e.get("items", []))
    check(sorted((r[0], r[3]) for r in items[1:]) == expected_items, "Items: one row per posting and item, as the JSON's items")
    notes = table(wb["Notes"])
    check(len(notes) - 1 == len(ledger["notes"]) and all(cents(r[6]) == cents(n["amount"]) and r[3] == n["label"]
                                                          for r, n in zip(notes[1:], ledger["notes"])), "Notes: every JSON note, to the cent")
    reports = table(wb["Reports"])

    def same_value(cell, report):
        if report["value"] is None:
            return cell is None
        if report["type"].rstrip("?") == "money":
            return cents(cell) == cents(report["value"])  # an amount cell
        if report["type"].rstrip("?") == "bool":
            return cell == ("true" if report["value"] else "false")
        return cell == report["value"]
    check(list(reports[0]) == ["year", "rule", "title", "report", "subject_kind", "subject", "type", "value", "display", "source", "data"]
          and len(reports) - 1 == len(ledger["reports"]) and
          all((r[0], r[1], r[3], r[5] or None, r[6]) == (j["year"], j["rule"], j["name"], j["subject"], j["type"]) and same_value(r[7], j)
              for r, j in zip(reports[1:], ledger["reports"])), "Reports: every JSON report, each value equal", reports[:2])
    # CG-0604 receives BT in Westervoort, then Overbetuwe from 18 July 2025: the report names the last stay's municipality.
    check(any(r[0] == 2025 and r[3] == "payer" and r[5] == "CG-0604" and r[7] == "Overbetuwe" for r in reports[1:]),
          "Reports: CG-0604's payer in 2025 is Overbetuwe")
    under = table(wb["Computed under"])
    check(under[1][:2] == ("this settlement", "the model as written (agreed)"), "Computed under: the model as written", under)

    # LibreOffice: the same amounts as raw values.
    converted = libreoffice_csv(first, tmp)
    lo_postings = converted.get("Postings", [])
    lo_amounts = {r[0]: r[8] for r in lo_postings[1:]}
    check(len(lo_amounts) == len(by_id) and all(cents(lo_amounts[i]) == cents(e["amount"]) for i, e in by_id.items()),
          "LibreOffice: every posting's amount equals the JSON to the cent", list(converted))
    lo_summary = converted.get("Summary", [])
    check(lo_summary and lo_summary[0] == ["account", "name", "brought forward", *years, "closing balance"] and
          all(cents(r[3]) == cents(ledger["balances"][years[0]][r[0]]) for r in lo_summary[1:] if r and r[0] in names),
          "LibreOffice: Summary headers and balances equal the JSON", lo_summary[:2])


def comparison(binary, tmp):
    args = [MODEL, "--data", DATA, "--years", "2022..2024", "--set", "secondary_fee=7000"]
    out = tmp / "c.xlsx"
    result = run(binary, "compare", *args, "--format", "xlsx", "--out", out)
    check(result.returncode == 0, "compare --format xlsx: exit 0", result.stderr.decode())
    data = json.loads(run(binary, "compare", *args, "--format", "json").stdout)
    wb = openpyxl.load_workbook(out)
    check(wb.sheetnames == ["Balances", "Closing balances", "By rule", "Notes", "Reports", "Computed under"], "compare: the sheets", wb.sheetnames)
    compared_reports = table(wb["Reports"])
    check(len(compared_reports) - 1 == len(data["reports"]) and
          all((r[2], r[4] or None) == (j["name"], j["subject"]) for r, j in zip(compared_reports[1:], data["reports"])),
          "compare Reports: every JSON report (matched by name and subject)", compared_reports[:2])
    balances = table(wb["Balances"])
    check(list(balances[0]) == ["year", "account", "name", "baseline", "what-if", "difference"], "compare Balances: headers", balances[0])
    rows = {(r[0], r[1]): r for r in balances[1:] if isinstance(r[0], int)}
    wrong = [a for a in data["accounts"] if (a["year"], a["account"]) not in rows or
             [cents(v) for v in rows[(a["year"], a["account"])][3:6]] != [cents(a["baseline"]), cents(a["scenario"]), cents(a["difference"])]]
    check(len(rows) == len(data["accounts"]) and not wrong, "compare Balances: each side and the difference equal the JSON to the cent", wrong[:3])
    amount_cells_numeric(wb["Balances"], [4, 5, 6], "compare Balances")
    closing = table(wb["Closing balances"])
    check(list(closing[0]) == ["year", "account", "name", "baseline", "what-if", "difference"], "compare Closing balances: headers", closing[0])
    closing_rows = {(r[0], r[1]): r for r in closing[1:] if isinstance(r[0], int)}
    wrong = [a for a in data["closing_balances"] if (a["year"], a["account"]) not in closing_rows or
             [cents(v) for v in closing_rows[(a["year"], a["account"])][3:6]] != [cents(a["baseline"]), cents(a["scenario"]), cents(a["difference"])]]
    check(len(closing_rows) == len(data["closing_balances"]) and not wrong,
          "compare Closing balances: each side and the difference equal the JSON to the cent", wrong[:3])
    amount_cells_numeric(wb["Closing balances"], [4, 5, 6], "compare Closing balances")
    # No openings and the model starts in 2022: at the end of 2024 Arnhem has received 3 × 278,000 = 834,000 more
    # (278 client-years × €1,000 a year), Rheden 3 × 108,000 = 324,000, and the centre paid 3 × 556,000 = 1,668,000 more.
    differences = {a: cents(closing_rows[(2024, a)][5]) for a in ("Arnhem", "Rheden", "centre") if (2024, a) in closing_rows}
    check(differences == {"Arnhem": 83400000, "Rheden": 32400000, "centre": -166800000},
          "compare Closing balances: 2024 Arnhem +834,000, Rheden +324,000, the centre -1,668,000 (3 years × the yearly difference)", differences)
    by_rule = table(wb["By rule"])
    cells = {(r[0], r[1], r[3]): r[4:7] for r in by_rule[1:]}
    expected = {(a["year"], a["account"], rule): [cents(v["baseline"]), cents(v["scenario"]), cents(v["difference"])]
                for a in data["accounts"] for rule, v in a["rules"].items()}
    check(len(cells) == len(expected) and all([cents(v) for v in cells.get(k, [None] * 3)] == v for k, v in expected.items()),
          "compare By rule: per year, account and rule equal the JSON to the cent")
    # Rule 5 pays €6,000 per client-year; with secondary_fee=7000 the what-if is 7/6 of the baseline: Arnhem 2022
    # 1,668,000 (278 client-years × €6,000) becomes 1,946,000 (278 × €7,000), a difference of 278,000 (278 × €1,000).
    arnhem = cells.get((2022, "Arnhem", "5"))
    check(arnhem is not None and list(arnhem) == [1668000, 1946000, 278000], "compare: Arnhem 2022 rule 5 is 278 client-years × €6,000 vs × €7,000", arnhem)
    stored = stored_values(out, 3)  # sheet 3: By rule
    row = next(i for i, r in enumerate(by_rule) if r[:4] == (2022, "Arnhem", "Arnhem", "5")) + 1
    check([stored.get(f"{c}{row}") for c in "EFG"] == ["1668000", "1946000", "278000"],
          "compare: the stored <v> texts of those cells are exactly 1668000, 1946000, 278000")
    under = table(wb["Computed under"])
    check(under[2][1] == "what-if: --set secondary_fee=7000", "compare Computed under: the what-if", under)
    converted = libreoffice_csv(out, tmp)
    lo = converted.get("By rule", [])
    lo_row = next((r for r in lo if r[:4] == ["2022", "Arnhem", "Arnhem", "5"]), None)
    check(lo_row is not None and lo_row[4:7] == ["1668000", "1946000", "278000"], "LibreOffice: compare's Arnhem 2022 rule 5 cells", lo_row)


def version_diff(binary, tmp):
    new = tmp / "new.regels"
    new.write_text(MODEL.read_text(encoding="utf-8").replace("secondary_fee: money = €6_000", "secondary_fee: money = €7_000"), encoding="utf-8")
    out = tmp / "d.xlsx"
    result = run(binary, "diff", MODEL, new, "--data", DATA, "--years", "2022..2024", "--format", "xlsx", "--out", out)
    check(result.returncode == 1, "diff --format xlsx: exit 1 (something changes), the workbook written", result.stderr.decode())
    data = json.loads(run(binary, "diff", MODEL, new, "--data", DATA, "--years", "2022..2024", "--format", "json").stdout)
    wb = openpyxl.load_workbook(out)
    balances = table(wb["Balances"])
    check(list(balances[0]) == ["year", "account", "name", "before", "after", "difference"], "diff Balances: headers", balances[0])
    rows = {(r[0], r[1]): r for r in balances[1:] if isinstance(r[0], int)}
    wrong = [a for a in data["accounts"] if [cents(v) for v in rows.get((a["year"], a["account"]), (0,) * 6)[3:6]] !=
             [cents(a["baseline"]), cents(a["scenario"]), cents(a["difference"])]]
    check(len(rows) == len(data["accounts"]) and not wrong, "diff Balances: before, after and difference equal the JSON to the cent", wrong[:3])
    amount_cells_numeric(wb["By rule"], [5, 6, 7], "diff By rule")
    closing = table(wb["Closing balances"])
    closing_rows = {(r[0], r[1]): [cents(v) for v in r[3:6]] for r in closing[1:] if isinstance(r[0], int)}
    expected = {(a["year"], a["account"]): [cents(a["baseline"]), cents(a["scenario"]), cents(a["difference"])] for a in data["closing_balances"]}
    check(list(closing[0]) == ["year", "account", "name", "before", "after", "difference"] and closing_rows == expected and expected,
          "diff Closing balances: headers before/after, only the changed closing balances, equal to the JSON to the cent", closing[:3])
    converted = libreoffice_csv(out, tmp)
    check("Balances" in converted and len(converted["Balances"]) >= len(rows) + 1, "LibreOffice: opens the diff workbook", list(converted))


def refusals(binary, tmp):
    result = run(binary, "run", MODEL, "--data", DATA, "--format", "xlsx")
    check(result.returncode == 2 and b"give --out NAME.xlsx" in result.stderr and not result.stdout,
          "run --format xlsx without --out: exit 2, nothing on standard output", result.stderr.decode())
    result = run(binary, "run", MODEL, "--data", DATA, "--format", "xlsx", "--out", MODEL)
    check(result.returncode == 2 and b"the rule file" in result.stderr, "run --format xlsx --out RULES: refused (never over an input)")


def dutch_csv(binary, tmp):
    ledger = json.loads(run(binary, "run", MODEL, "--data", DATA, "--years", "2022..2024", "--format", "json").stdout)
    raw = run(binary, "run", MODEL, "--data", DATA, "--years", "2022..2024", "--format", "csv", "--csv-dialect", "nl").stdout
    check(raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), "csv nl: BOM and CRLF")
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))
    check(rows[0][:8] == ["year", "id", "rule", "title", "from", "from_name", "to", "to_name"], "csv nl: names beside ids", rows[0])
    by_id = {e["id"]: e for e in ledger["entries"]}
    wrong = [r for r in rows[1:] if r[1] and (r[8] != by_id[r[1]]["amount"].replace(".", ",") or
                                              (by_id[r[1]]["due"] and r[9] != "-".join(reversed(by_id[r[1]]["due"].split("-")))))]
    check(not wrong, "csv nl: decimal comma amounts and dd-mm-jjjj dates equal the JSON", wrong[:3])
    raw = run(binary, "run", MODEL, "--data", DATA, "--years", "2022..2024", "--format", "csv-balances").stdout.decode()
    rows = list(csv.reader(io.StringIO(raw)))
    check(rows[0] == ["year", "account", "account_name", "balance", "closing_balance", "computed_under"], "csv-balances: headers", rows[0])
    closing = {}
    wrong = []
    for r in rows[1:]:
        closing[r[1]] = closing.get(r[1], 0) + cents(ledger["balances"][r[0]][r[1]])  # no opening balances; from the first year
        if (cents(r[3]) != cents(ledger["balances"][r[0]][r[1]]) or cents(r[4]) != closing[r[1]]
                or cents(r[4]) != cents(ledger["closing_balances"][r[0]][r[1]])):
            wrong.append(r)
    check(not wrong and len(rows) - 1 == 3 * len(ledger["accounts"]), "csv-balances: balance per year and cumulative closing balance equal the JSON", wrong[:3])


def template(binary, tmp):
    out = tmp / "t.xlsx"
    result = run(binary, "template", MODEL, "--out", out)
    check(result.returncode == 0, "template: exit 0", result.stderr.decode())
    again = tmp / "t2.xlsx"
    run(binary, "template", MODEL, "--out", again)
    check(out.read_bytes() == again.read_bytes(), "template twice: byte-identical")
    wb = openpyxl.load_workbook(out)
    check(wb.sheetnames == ["_about", "clients", "clients.stays", "lvb", "programme_costs", "member_years", "centre_years", "_lists"],
          "template: _about first, one sheet per input, clients.stays, _lists last", wb.sheetnames)
    check(wb["_lists"].sheet_state == "hidden", "template: _lists is hidden")
    headers = {name: [c.value for c in wb[name][1]] for name in wb.sheetnames if not name.startswith("_")}
    check(headers["clients"] == ["id", "product", "decision.start", "decision.end", "previous.start", "previous.end", "last_address", "registered"],
          "template clients: dotted headers for nested records; stays on a sheet of its own", headers["clients"])
    check(headers["clients.stays"] == ["id", "municipality", "period.start", "period.end"],
          "template clients.stays: the parent's key first, then the element's fields", headers["clients.stays"])
    check(headers["member_years"] == ["year", "member", "objective_budget", "objective_share", "local_access", "other_costs", "purchasing_contribution"],
          "template member_years: the record's fields", headers["member_years"])
    clients, stays, years = wb["clients"], wb["clients.stays"], wb["member_years"]
    def column_format(ws, letter):
        """The number format a column gives the cells typed into it."""
        return ws.column_dimensions[letter].number_format

    got = {"id (text)": column_format(clients, "A"), "decision.start (date)": column_format(clients, "C"),
           "funds (money)": column_format(wb["lvb"], "C"), "objective_share (decimal)": column_format(years, "D"),
           "year (integer)": column_format(years, "A")}
    check(got == {"id (text)": "@", "decision.start (date)": "dd-mm-yyyy", "funds (money)": EURO,
                  "objective_share (decimal)": "0.##########", "year (integer)": "0"}, "template: column formats by declared type", got)
    validations = {str(v.sqref): v.formula1 for v in clients.data_validations.dataValidation}
    check(validations.get("B2:B10001") == "'_lists'!$A$2:$A$3" and validations.get("G2:G10001") == "'_lists'!$B$2:$B$11",
          "template clients: drop-down lists for the enum and the members, from _lists", validations)
    lists = table(wb["_lists"])
    check([r[0] for r in lists[:3]] == ["Product", "BW", "BT"] and [r[1] for r in lists[:11]] ==
          ["members", "Arnhem", "Doesburg", "Duiven", "Renkum", "Rheden", "Rozendaal", "Westervoort", "Zevenaar", "Lingewaard", "Overbetuwe"],
          "template _lists: the enum's variants and the members, as the model declares them")
    about = {(r[0], r[1]): r for r in table(wb["_about"])[1:] if r[1]}
    check(about.get(("clients", "id")) == ("clients", "id", "text", "required", "a pseudonym; nothing else personal", None),
          "template _about: type, required and the declaration's comment", about.get(("clients", "id")))
    check(about.get(("clients", "previous.end"), ())[3:4] == ("optional",) and
          about.get(("member_years", "objective_budget"), ())[4:5] == ("rijksuitkering under the objective model",),
          "template _about: optional records' columns, comments of record fields")
    no_inputs = tmp / "none.regels"
    no_inputs.write_text('model "M"\nmembers A\n', encoding="utf-8")
    result = run(binary, "template", no_inputs, "--out", tmp / "none.xlsx")
    check(result.returncode == 2 and b"declares no inputs" in result.stderr and not (tmp / "none.xlsx").exists(),
          "template of a model without inputs: refused with a message, no file", result.stderr.decode())


def filled_template(binary, tmp):
    """Done-means 5: the template, filled by openpyxl with the example's JSON records, settles to the same ledger."""
    template_path, filled = tmp / "t.xlsx", tmp / "filled.xlsx"
    run(binary, "template", MODEL, "--out", template_path)
    fill = subprocess.run(["/usr/bin/python3", ROOT / "tests" / "spreadsheets" / "fill_template.py", template_path, filled,
                           *sorted(DATA.glob("*.json"))], capture_output=True, timeout=300)
    check(fill.returncode == 0, "the template filled by openpyxl (cells typed by the template's column formats)", fill.stderr.decode())
    wb = openpyxl.load_workbook(filled)
    start = wb["clients"]["C2"]
    check(isinstance(start.value, __import__("datetime").datetime) and wb["clients"]["A2"].data_type == "s" and
          isinstance(wb["lvb"]["C2"].value, (int, float)), "the filled workbook has date cells, text ids and number cells")
    from_sheet = run(binary, "run", MODEL, "--data", filled, "--years", YEARS, "--format", "json")
    from_json = run(binary, "run", MODEL, "--data", DATA, "--years", YEARS, "--format", "json")
    check(from_sheet.returncode == 0 and from_sheet.stdout == from_json.stdout,
          "run on the filled template: the ledger byte-identical to the JSON run", from_sheet.stderr.decode())


def explanations_and_tests(binary, tmp):
    """explain and test as --format xlsx: the explanation as rows, one row per test."""
    base = [MODEL, "--data", DATA]
    out = tmp / "e.xlsx"
    result = run(binary, "explain", *base, "--posting", "2022/1/1", "--format", "xlsx", "--out", out)
    data = json.loads(run(binary, "explain", *base, "--posting", "2022/1/1", "--format", "json").stdout)
    wb = openpyxl.load_workbook(out)
    fields = {r[0]: r[1] for r in table(wb["Explanation"])[1:]}
    # 2022/1/1: the centre pays Arnhem €150,000 (ambulantisering_per_member).
    check(result.returncode == 0 and wb.sheetnames == ["Explanation", "Contributions", "Values used"] and fields["amount"] == 150000
          and cents(data["amount"]) == 15000000 and wb["Explanation"]["B10"].number_format == EURO and fields["formula"] == data["formula"],
          "explain --posting --format xlsx: the explanation as rows, the amount a euro number cell", fields)
    values = table(wb["Values used"])
    check([list(r) for r in values[1:]] == [[u["name"], u["value"], u["source"]] for u in data["parameters"]], "explain: the values used, as the JSON")
    # Each contribution: per client its exact amount and days (tests/cases/explain/per_client_days.regels has
    # the hand computation: C-2 in Rheden 91 of 366 days, €6,000 × 91 / 366).
    case = ROOT / "tests" / "cases" / "explain" / "per_client_days"
    per_client = [str(case) + ".regels", "--data", str(case) + ".json", "--posting", "2024/5/1", "--items"]
    out = tmp / "each.xlsx"
    run(binary, "explain", *per_client, "--format", "xlsx", "--out", out)
    data = json.loads(run(binary, "explain", *per_client, "--format", "json").stdout)
    each = [list(r) for r in table(openpyxl.load_workbook(out)["Each contribution"])]
    check(each[0] == ["id", "data", "amount", "period", "days", "days in year"] and
          each[1:] == [[c["id"], c["data"], c["amount"], c["period"], c["days"], c["days_in_year"]] for c in data["each"]] and
          each[2][0] == "C-2" and each[2][4:] == [91, 366] and each[2][2] == "€1,491.803278689...",
          "explain --format xlsx: a sheet with each contribution's id, data row, exact amount and days, as the JSON", each)
    out = tmp / "a.xlsx"
    run(binary, "explain", *base, "--account", "Arnhem", "--year", "2022", "--format", "xlsx", "--out", out)
    data = json.loads(run(binary, "explain", *base, "--account", "Arnhem", "--year", "2022", "--format", "json").stdout)
    wb = openpyxl.load_workbook(out)
    fields = {r[0]: r[1] for r in table(wb["Explanation"])[1:]}
    postings = table(wb["Postings"])[1:]
    check(cents(fields["received"]) == cents(data["received"]) and cents(fields["balance"]) == cents(data["balance"]) and
          len(postings) == len(data["received_postings"]) + len(data["paid_postings"]) and
          sum(cents(r[6]) for r in postings if r[0] == "received") == cents(data["received"]),
          "explain --account --format xlsx: totals and one row per posting equal the JSON", fields)
    out = tmp / "tests.xlsx"
    result = run(binary, "test", ROOT / "rules" / "centraal-gelderland.regeltest", "--format", "xlsx", "--out", out)
    rows = table(openpyxl.load_workbook(out)["Tests"])
    summary = result.stderr.decode().strip().splitlines()[-1]
    check(result.returncode == 0 and rows[0] == ("file", "test", "location", "result", "message") and
          summary == f"{len(rows) - 1} passed, 0 failed" and all(r[3] == "passed" for r in rows[1:]),
          "test --format xlsx: one row per test with its result", summary)


def main():
    binary = str(pathlib.Path(sys.argv[1]).resolve())
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        for part in (settlement, comparison, version_diff, refusals, dutch_csv, template, filled_template, explanations_and_tests):
            folder = tmp / part.__name__
            folder.mkdir()
            part(binary, folder)
    print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
