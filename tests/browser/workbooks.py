#!/usr/bin/python3
"""Workbooks for the browser test, read and written with openpyxl (a real spreadsheet library, not ours).
  workbooks.py read FILE SHEET...   prints {"sheets": [names], SHEET: [[cell values of a row]...]} as JSON
  workbooks.py bad-date SRC DST     writes SRC with an impossible date (31-02-2023) in sheet clients, cell C5"""
import datetime
import json
import sys

import openpyxl


def plain(value):
    return value.isoformat() if isinstance(value, (datetime.date, datetime.datetime)) else value


if sys.argv[1] == "read":
    book = openpyxl.load_workbook(sys.argv[2], read_only=True)
    out = {"sheets": book.sheetnames}
    for name in sys.argv[3:]:
        out[name] = [[plain(v) for v in row] for row in book[name].iter_rows(values_only=True)]
    print(json.dumps(out))
elif sys.argv[1] == "bad-date":
    book = openpyxl.load_workbook(sys.argv[2])
    book["clients"]["C5"] = "31-02-2023"
    book.save(sys.argv[3])
else:
    sys.exit(f"unknown command {sys.argv[1]}")
