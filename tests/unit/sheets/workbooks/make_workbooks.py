#!/usr/bin/python3
"""Makes the workbooks the XLSX reader's tests read, with real producers, into OUTDIR (default: this folder).

  openpyxl.xlsx          openpyxl: inline strings, numbers, booleans, errors, dates, sparse cells, sheets
  openpyxl-1904.xlsx     openpyxl: the 1904 date system
  openpyxl-isodates.xlsx openpyxl with iso_dates: date cells as ISO 8601 text (t="d")
  libreoffice.xlsx       LibreOffice Calc from libreoffice.fods (written here): shared strings, rich text,
                         formulas with cached values, a hidden sheet, dates in built-in and custom formats
  libreoffice-1904.xlsx  LibreOffice Calc from a .fods whose null date is 1904-01-01
  libreoffice.xls        LibreOffice Calc: an Excel 97-2003 workbook (an OLE compound file, refused)
  macro.xlsm             openpyxl.xlsx with a vbaProject.bin part and the macro-enabled content type added
                         by this script (refused)
  missing-sheet.xlsx     openpyxl.xlsx without the part of its second sheet (refused; made by this script)
  malformed.xlsx         openpyxl.xlsx with a mismatched tag on line 2 of its first sheet (refused; made by this script)
  no-workbook.xlsx       a zip of one text file (refused; made by this script)
  strict.xlsx            openpyxl.xlsx with the strict OOXML namespaces (purl.oclc.org) put in by this script

Usage: /usr/bin/python3 make_workbooks.py [OUTDIR]   (needs python3-openpyxl and libreoffice-calc-nogui)
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))


def fixed_properties(wb):
    # Same bytes on every run: openpyxl stamps the creation time otherwise.
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 1)


def make_openpyxl():
    wb = openpyxl.Workbook()
    fixed_properties(wb)
    ws = wb.active
    ws.title = "Cliënten"
    ws.append(["id", "naam", "bedrag", "start", "actief"])
    ws.append(["c1", "Jan", 6000, datetime.date(2024, 1, 31), True])
    ws.append(["c2", "  spaties  ", 0.025, datetime.datetime(2024, 2, 29, 13, 30), False])
    ws["A4"] = "c3"
    ws["C4"] = 1e-05
    ws["E4"] = "#DIV/0!"  # openpyxl writes the error codes as error cells
    # row 5 stays empty; row 6 has a formula without a cached value (openpyxl computes nothing)
    ws["A6"] = "c4"
    ws["C6"] = "=C2*2"
    ws["F6"] = 1.5e20
    for ref, fmt in (("D2", "yyyy-mm-dd"), ("D3", "yyyy-mm-dd h:mm:ss")):
        ws[ref].number_format = fmt
    ws["B7"] = 45292
    ws["B7"].number_format = "mm-dd-yy"  # openpyxl maps this to the built-in format 14
    ws["C7"] = 45292
    ws["C7"].number_format = "[$-413]dd-mm-yyyy"
    ws["D7"] = 1234.5
    ws["D7"].number_format = "#,##0.00 [$€-413]"
    ws["E7"] = 0.5
    ws["E7"].number_format = "0%"
    hidden = wb.create_sheet("Verborgen")
    hidden["A1"] = "geheim"
    hidden.sheet_state = "hidden"
    wb.create_sheet("Leeg")
    wb.create_sheet("Kosten €")["B2"] = "ok"
    wb.save(os.path.join(OUT, "openpyxl.xlsx"))


def make_openpyxl_1904():
    wb = openpyxl.Workbook()
    fixed_properties(wb)
    wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = datetime.date(2024, 1, 31)  # 1904 serial 43860: the 1900 serial 45322 minus the 1,462 days between 1900-01-00 and 1904-01-01
    wb.save(os.path.join(OUT, "openpyxl-1904.xlsx"))


def make_openpyxl_isodates():
    wb = openpyxl.Workbook()
    fixed_properties(wb)
    wb.iso_dates = True
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = datetime.date(2024, 1, 31)
    wb.save(os.path.join(OUT, "openpyxl-isodates.xlsx"))


FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
"""

FODS_STYLES = """<office:automatic-styles>
 <number:date-style style:name="Ndmy"><number:day number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:year number:style="long"/></number:date-style>
 <number:date-style style:name="Niso"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <number:date-style style:name="Nmdy"><number:month/><number:text>/</number:text><number:day/><number:text>/</number:text><number:year/></number:date-style>
 <number:boolean-style style:name="Nbool"><number:boolean/></number:boolean-style>
 <number:number-style style:name="Neuro"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> €</number:text></number:number-style>
 <style:style style:name="ceDmy" style:family="table-cell" style:data-style-name="Ndmy"/>
 <style:style style:name="ceIso" style:family="table-cell" style:data-style-name="Niso"/>
 <style:style style:name="ceMdy" style:family="table-cell" style:data-style-name="Nmdy"/>
 <style:style style:name="ceBool" style:family="table-cell" style:data-style-name="Nbool"/>
 <style:style style:name="ceEuro" style:family="table-cell" style:data-style-name="Neuro"/>
 <style:style style:name="taShown" style:family="table"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="taHidden" style:family="table"><style:table-properties table:display="false"/></style:style>
 <style:style style:name="Tbold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
"""

FODS_CLIENTEN = """<office:body><office:spreadsheet>
{settings}
<table:table table:name="Cliënten" table:style-name="taShown">
 <table:table-row>
  <table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>naam</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>bedrag</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>start</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>actief</text:p></table:table-cell>
 </table:table-row>
 <table:table-row>
  <table:table-cell office:value-type="string"><text:p>c1</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>Jan <text:span text:style-name="Tbold">de Vries</text:span></text:p></table:table-cell>
  <table:table-cell office:value-type="float" office:value="6000"><text:p>6000</text:p></table:table-cell>
  <table:table-cell table:style-name="ceDmy" office:value-type="date" office:date-value="2024-01-31"><text:p>31-01-2024</text:p></table:table-cell>
  <table:table-cell table:style-name="ceBool" office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
 </table:table-row>
 <table:table-row>
  <table:table-cell office:value-type="string"><text:p>c2</text:p></table:table-cell>
  <table:table-cell office:value-type="string"><text:p>Jan</text:p></table:table-cell>
  <table:table-cell office:value-type="float" office:value="1E+20"><text:p>1E+20</text:p></table:table-cell>
  <table:table-cell table:style-name="ceIso" office:value-type="date" office:date-value="2024-02-29"><text:p>2024-02-29</text:p></table:table-cell>
  <table:table-cell table:style-name="ceBool" office:value-type="boolean" office:boolean-value="false"><text:p>FALSE</text:p></table:table-cell>
 </table:table-row>
 <table:table-row><table:table-cell table:number-columns-repeated="5"/></table:table-row>
 <table:table-row>
  <table:table-cell office:value-type="string"><text:p>c3</text:p></table:table-cell>
  <table:table-cell table:number-columns-repeated="2"/>
  <table:table-cell table:formula="of:=[.C2]*2" office:value-type="float" office:value="12000"><text:p>12000</text:p></table:table-cell>
  <table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0"><text:p>#DIV/0!</text:p></table:table-cell>
  <table:table-cell table:formula="of:=&quot;ab&quot;&amp;&quot;c&quot;" office:value-type="string" office:string-value="abc"><text:p>abc</text:p></table:table-cell>
  <table:table-cell table:style-name="ceEuro" office:value-type="float" office:value="1234.5"><text:p>1.234,50 €</text:p></table:table-cell>
  <table:table-cell office:value-type="float" office:value="0.015"><text:p>0.015</text:p></table:table-cell>
  <table:table-cell table:style-name="ceMdy" office:value-type="date" office:date-value="2024-01-01"><text:p>1/1/24</text:p></table:table-cell>
 </table:table-row>
</table:table>
<table:table table:name="Verborgen" table:style-name="taHidden">
 <table:table-row><table:table-cell office:value-type="string"><text:p>geheim</text:p></table:table-cell></table:table-row>
</table:table>
<table:table table:name="Tweede" table:style-name="taShown">
 <table:table-row><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="string"><text:p>C1</text:p></table:table-cell></table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document>
"""

FODS_1904 = """<office:body><office:spreadsheet>
<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>
<table:table table:name="Data" table:style-name="taShown">
 <table:table-row><table:table-cell table:style-name="ceIso" office:value-type="date" office:date-value="2024-01-31"><text:p>2024-01-31</text:p></table:table-cell></table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document>
"""


def soffice(target, sources, workdir):
    profile = tempfile.mkdtemp(prefix="rw-soffice-profile-")
    try:
        subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                        "--outdir", workdir, *sources], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def make_libreoffice():
    work = tempfile.mkdtemp(prefix="rw-soffice-")
    try:
        main = os.path.join(work, "libreoffice.fods")
        with open(main, "w", encoding="utf-8") as f:
            f.write(FODS_HEAD + FODS_STYLES + FODS_CLIENTEN.format(settings=""))
        old = os.path.join(work, "libreoffice-1904.fods")
        with open(old, "w", encoding="utf-8") as f:
            f.write(FODS_HEAD + FODS_STYLES + FODS_1904)
        soffice("xlsx:Calc MS Excel 2007 XML", [main, old], work)
        soffice("xls:MS Excel 97", [main], work)
        for name in ("libreoffice.xlsx", "libreoffice-1904.xlsx", "libreoffice.xls"):
            shutil.copy(os.path.join(work, name), os.path.join(OUT, name))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def rewrite(name, change, extra=()):
    """Copies openpyxl.xlsx to `name`, each part's bytes passed through change(part name, bytes) (None drops it)."""
    with zipfile.ZipFile(os.path.join(OUT, "openpyxl.xlsx")) as zin, \
            zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = change(item.filename, zin.read(item.filename))
            if data is not None:
                zout.writestr(item, data)
        for part, data in extra:
            zout.writestr(zipfile.ZipInfo(part, (2024, 1, 1, 0, 0, 0)), data)


def make_macro():
    def macro_enabled(part, data):
        if part == "[Content_Types].xml":
            return data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        return data
    rewrite("macro.xlsm", macro_enabled, [("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))])


def make_damaged():
    rewrite("missing-sheet.xlsx", lambda part, data: None if part == "xl/worksheets/sheet2.xml" else data)
    def cut(part, data):
        if part != "xl/worksheets/sheet1.xml":
            return data
        return data.replace(b"<sheetData>", b"<sheetData>\n<row><c></row>", 1)  # a mismatched tag on line 2
    rewrite("malformed.xlsx", cut)
    def strict(part, data):
        return (data.replace(b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                         b"http://purl.oclc.org/ooxml/officeDocument/relationships"))
    rewrite("strict.xlsx", strict)
    with zipfile.ZipFile(os.path.join(OUT, "no-workbook.xlsx"), "w") as z:
        z.writestr(zipfile.ZipInfo("readme.txt", (2024, 1, 1, 0, 0, 0)), "not a workbook\n")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_openpyxl()
    make_openpyxl_1904()
    make_openpyxl_isodates()
    make_libreoffice()
    make_macro()
    make_damaged()
