#!/usr/bin/python3
"""Fills a workbook made by `regelwerk template` with the records of JSON data files, as a person would
in Excel: every cell typed by the column's format in the template (dd-mm-yyyy: a date cell; a number
format: a number cell; @: text), so the template alone says how each column is filled.

Usage: tests/spreadsheets/fill_template.py TEMPLATE.xlsx OUT.xlsx DATA.json...
"""
import datetime
import decimal
import json
import sys

import openpyxl


def lookup(record, header):
    """The value at the dotted `header` of a JSON record; None when it or a record on the way is null or absent."""
    value = record
    for part in header.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def typed(value, number_format):
    """A JSON value as the cell the template's column format asks for."""
    if number_format == "dd-mm-yyyy":
        return datetime.date.fromisoformat(value)
    if number_format == "@":
        return str(value)
    return decimal.Decimal(str(value))  # money, decimals and integers are number cells


def fill(sheet, records):
    """Writes `records` (each a list of (header, value)) below the headers, typed by the column formats."""
    headers = [c.value for c in sheet[1]]
    formats = [sheet.column_dimensions[c.column_letter].number_format for c in sheet[1]]
    for r, record in enumerate(records, start=2):
        values = dict(record)
        for c, header in enumerate(headers, start=1):
            value = values.get(header)
            if value is not None:
                cell = sheet.cell(row=r, column=c, value=typed(value, formats[c - 1]))
                cell.number_format = formats[c - 1]


def main():
    template, out, *data_files = sys.argv[1:]
    data = {}
    for path in data_files:
        with open(path, encoding="utf-8") as f:
            data.update(json.load(f))
    wb = openpyxl.load_workbook(template)
    for sheet in wb.worksheets:
        if sheet.title.startswith("_"):
            continue
        input_name, _, list_field = sheet.title.partition(".")
        given = data.get(input_name)
        if given is None:
            continue
        records = given if isinstance(given, list) else [given]
        headers = [c.value for c in sheet[1]]
        if not list_field:
            fill(sheet, [[(h, lookup(record, h)) for h in headers] for record in records])
            continue
        # A list inside an input: the parent's key columns first (those headers the parent has), then the element's.
        rows = []
        for parent in records:
            key = [(h, parent[h]) for h in headers if h in parent and not isinstance(parent[h], (dict, list))]
            for element in parent.get(list_field) or []:
                rows.append(key + [(h, lookup(element, h)) for h in headers if h not in dict(key)])
        fill(sheet, rows)
    wb.save(out)


if __name__ == "__main__":
    main()
