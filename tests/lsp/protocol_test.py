#!/usr/bin/env python3
"""A whole LSP session against the real `regelwerk lsp`, over pipes: initialize, didOpen of a copy of
rules/centraal-gelderland.regels, didChange introducing an error (incrementally) and fixing it, a
half-typed declaration, hover, definition, references, completion, rename, formatting,
documentSymbol, foldingRange, a test file's diagnostics, shutdown and exit. Every expected value
is written out by hand from the rule file; the comments say where each comes from. Lines and
characters are LSP's: 0-based, characters in UTF-16 units.

Usage: tests/lsp/protocol_test.py REGELWERK
"""
import pathlib
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from lsp_client import Client  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)


def equal(actual, expected, what):
    expect(actual == expected, f"{what}: got {actual!r}, expected {expected!r}")


def rng(line, start, end_line, end):
    return {"start": {"line": line, "character": start}, "end": {"line": end_line, "character": end}}


def session(regelwerk, folder):
    text = (ROOT / "rules/centraal-gelderland.regels").read_text(encoding="utf-8")
    path = folder / "centraal-gelderland.regels"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    doc = {"uri": uri}
    client = Client(regelwerk)

    # A request before initialize is refused with ServerNotInitialized (-32002).
    equal(client.request("textDocument/hover", {"textDocument": doc, "position": {"line": 0, "character": 0}})["error"]["code"],
          -32002, "request before initialize")
    answer = client.request("initialize", {"processId": None, "rootUri": folder.as_uri(), "capabilities": {}})
    capabilities = answer["result"]["capabilities"]
    equal(capabilities["textDocumentSync"]["change"], 2, "incremental sync")
    for provider in ("hoverProvider", "definitionProvider", "referencesProvider", "renameProvider",
                     "documentSymbolProvider", "documentFormattingProvider", "foldingRangeProvider"):
        equal(capabilities.get(provider), True, provider)
    client.notify("initialized", {})

    # The model checks without errors or warnings (`regelwerk check` says ok and nothing else).
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "regels", "version": 1, "text": text}})
    published = client.diagnostics(uri)
    equal(published["diagnostics"], [], "diagnostics of the model as it is")
    equal(published["version"], 1, "version of the diagnostics")

    # The error: line 210 of the file (0-based 209) is rule 6's header,
    #   rule 6 "Woonplaatsbeginsel alleen voor nieuwe cliënten: elke nieuwe cliënt heeft een betaler" for 2025..2034 when year >= reform_year {
    # where reform_year starts at character 122 (122 characters before it, counted with Python's len() on
    # the line; 124 bytes, as each of the two ë is two bytes) and ends at 133. Replacing "ea" (characters
    # 129..131 of reform_year: r-e-f-o-r-m-_-y-e-a-r, y at 129) by "ae" gives reform_yaer.
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                             "contentChanges": [{"range": rng(209, 130, 209, 132), "text": "ae"}]})
    published = client.diagnostics(uri)
    equal(published["version"], 2, "version after the change")
    equal(len(published["diagnostics"]), 1, "one diagnostic for the misspelt name")
    if published["diagnostics"]:
        d = published["diagnostics"][0]
        # The checker's message (lang/check_expressions.cpp: "unknown name '{}'; did you mean '{}'?").
        equal(d["message"], "unknown name 'reform_yaer'; did you mean 'reform_year'?", "message of the error")
        equal(d["range"], rng(209, 122, 209, 133), "range of the error")
        equal(d["severity"], 1, "severity of the error")

    # While the file does not check, a hover is answered from the last analysis that did: `secondary_fee`
    # on line 200 (0-based 199, `      centre pays secondary_fee * ...`, characters 18..31).
    hover = client.request("textDocument/hover", {"textDocument": doc, "position": {"line": 199, "character": 20}})
    expect("parameter secondary_fee: money" in hover["result"]["contents"]["value"], "hover from the last good analysis")

    # The fix: the same two characters back.
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                             "contentChanges": [{"range": rng(209, 130, 209, 132), "text": "ea"}]})
    equal(client.diagnostics(uri)["diagnostics"], [], "diagnostics after the fix")

    # Half-typed text at the end of the file (line 408, 0-based 408 is the empty last line): a syntax error, no crash.
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 4},
                                             "contentChanges": [{"range": rng(408, 0, 408, 0), "text": "rule 99 \"x\" for 20"}]})
    published = client.diagnostics(uri)
    expect(len(published["diagnostics"]) >= 1 and published["diagnostics"][0]["severity"] == 1, "a syntax error while typing")
    if published["diagnostics"]:
        equal(published["diagnostics"][0]["range"]["start"]["line"], 408, "line of the syntax error")
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 5},
                                             "contentChanges": [{"range": rng(408, 0, 408, 18), "text": ""}]})
    equal(client.diagnostics(uri)["diagnostics"], [], "diagnostics after removing the half-typed rule")

    # Hover on secondary_fee: line 96 declares `parameter secondary_fee: money = €6_000  # per client per
    # year, as long as the client stays in BW`, one value for all the model's years, 2022..2034 (the rules'
    # years: every rule header says `for 2022..2034` or `for 2025..2034`); scenario higher_fee (line 361, "Vergoeding secundaire kosten
    # €7.000 per cliënt per jaar") sets it to €7_000 (line 362).
    hover = client.request("textDocument/hover", {"textDocument": doc, "position": {"line": 199, "character": 20}})["result"]
    value = hover["contents"]["value"]
    for part in ("parameter secondary_fee: money", "- 2022..2034: `€6_000`",
                 "- what-if `higher_fee` (\"Vergoeding secundaire kosten €7.000 per cliënt per jaar\"): `€7_000`",
                 "per client per year, as long as the client stays in BW"):
        expect(part in value, f"hover of secondary_fee holds {part!r}: {value!r}")
    equal(hover["range"], rng(199, 18, 199, 31), "hover range")
    # tariff_bw (line 104, `€62_000 from 2025, €64_000 from 2028`): the first holds 2025..2027, the second
    # 2028 to the model's last year, 2034; before 2025 it has no value.
    value = client.request("textDocument/hover", {"textDocument": doc, "position": {"line": 103, "character": 12}})["result"]["contents"]["value"]
    for part in ("parameter tariff_bw: money", "- 2025..2027: `€62_000`", "- 2028..2034: `€64_000`",
                 "- what-if `dearer_care` (\"BW-tarief vanaf 2028 €66.000\") from 2028: `€66_000`",
                 "Yearly price of a regionally purchased product for one client (synthetic tariffs)."):
        expect(part in value, f"hover of tariff_bw holds {part!r}: {value!r}")
    # Rule 5 (line 197: `rule 5 "Vergoeding secundaire kosten" for 2022..2034 ...`, its number at character 5).
    value = client.request("textDocument/hover", {"textDocument": doc, "position": {"line": 196, "character": 5}})["result"]["contents"]["value"]
    expect("rule 5 \"Vergoeding secundaire kosten\" for 2022..2034" in value, f"hover of rule 5: {value!r}")
    expect("Article 5: Vergoeding secundaire kosten" in value, f"article title of rule 5: {value!r}")
    # `centre` at the start of line 200 (characters 6..12) is the account of line 13, "Arnhem als centrumgemeente".
    value = client.request("textDocument/hover", {"textDocument": doc, "position": {"line": 199, "character": 7}})["result"]["contents"]["value"]
    expect("Account centre: Arnhem als centrumgemeente" in value, f"hover of centre: {value!r}")
    # `Arnhem` in rule SA (line 351: `    centre pays shortfall(r) to Arnhem`, Arnhem from character 32) is a member.
    value = client.request("textDocument/hover", {"textDocument": doc, "position": {"line": 350, "character": 33}})["result"]["contents"]["value"]
    expect("Member Arnhem: Arnhem" in value, f"hover of Arnhem: {value!r}")
    # `c` in `c.stays` on line 199 (0-based 198, `    for each s in c.stays ...`, c at 18) is a Client.
    value = client.request("textDocument/hover", {"textDocument": doc, "position": {"line": 198, "character": 18}})["result"]["contents"]["value"]
    expect("c: Client" in value, f"hover of a local: {value!r}")

    # Definition of secondary_fee: line 96 (0-based 95), `parameter ` is 10 characters, the name 13.
    answer = client.request("textDocument/definition", {"textDocument": doc, "position": {"line": 199, "character": 20}})["result"]
    equal(answer, {"uri": uri, "range": rng(95, 10, 95, 23)}, "definition of secondary_fee")
    # Definition of the field `stays` in `c.stays` (line 199, characters 20..25): line 51 `  stays: list of Stay`.
    answer = client.request("textDocument/definition", {"textDocument": doc, "position": {"line": 198, "character": 21}})["result"]
    equal(answer, {"uri": uri, "range": rng(50, 2, 50, 7)}, "definition of the field stays")
    # Definition of `existing` in rule 7 (line 248: `  for each c in clients where existing(c) {`, existing at 30):
    # line 126 `define existing(c: Client): bool = ...`, the name at 7..15.
    answer = client.request("textDocument/definition", {"textDocument": doc, "position": {"line": 247, "character": 31}})["result"]
    equal(answer, {"uri": uri, "range": rng(125, 7, 125, 15)}, "definition of existing")
    # Definition of the record type in `define tariff(p: Product)` (line 132, Product at 17): line 31 `enum Product = BW | BT`.
    answer = client.request("textDocument/definition", {"textDocument": doc, "position": {"line": 131, "character": 18}})["result"]
    equal(answer, {"uri": uri, "range": rng(30, 5, 30, 12)}, "definition of the enum Product")

    # References of secondary_fee (grep secondary_fee in the file): its declaration (line 96), rules 5 and 8
    # (lines 200 and 258, character 18) and the scenario higher_fee (line 362, `  secondary_fee = €7_000`).
    answer = client.request("textDocument/references", {"textDocument": doc, "position": {"line": 95, "character": 12},
                                                        "context": {"includeDeclaration": True}})["result"]
    equal(answer, [{"uri": uri, "range": rng(95, 10, 95, 23)}, {"uri": uri, "range": rng(199, 18, 199, 31)},
                   {"uri": uri, "range": rng(257, 18, 257, 31)}, {"uri": uri, "range": rng(361, 2, 361, 15)}],
          "references of secondary_fee")
    answer = client.request("textDocument/references", {"textDocument": doc, "position": {"line": 95, "character": 12},
                                                        "context": {"includeDeclaration": False}})["result"]
    equal(len(answer), 3, "references of secondary_fee without the declaration")

    # Completion after `c.` on line 199 (0-based 198, `    for each s in c.stays`, the dot at 19): the fields
    # of record Client, lines 45-51, in order.
    items = client.request("textDocument/completion", {"textDocument": doc, "position": {"line": 198, "character": 20}})["result"]
    equal([item["label"] for item in items], ["id", "product", "decision", "previous", "last_address", "registered", "stays"],
          "fields of Client after c.")
    # Elsewhere, e.g. on the empty last line (the file's 408 lines each end in a line break: 0-based line 408),
    # the model's names, the built-ins, the keywords and the basic types.
    items = client.request("textDocument/completion", {"textDocument": doc, "position": {"line": 408, "character": 0}})["result"]
    labels = {item["label"]: item for item in items}
    for name in ("secondary_fee", "existing", "clients", "Arnhem", "centre", "BW", "Client", "share_of_year",
                 "rule", "distribute", "spreading", "money"):
        expect(name in labels, f"completion offers {name}")
    if "secondary_fee" in labels:
        equal(labels["secondary_fee"].get("detail"), "parameter secondary_fee: money", "detail of secondary_fee")

    # Rename secondary_fee: the four places of the references above.
    answer = client.request("textDocument/rename", {"textDocument": doc, "position": {"line": 199, "character": 20},
                                                    "newName": "vergoeding_secundair"})["result"]
    edits = answer["changes"][uri]
    equal(sorted((e["range"]["start"]["line"], e["range"]["start"]["character"], e["range"]["end"]["character"], e["newText"])
                 for e in edits),
          [(95, 10, 23, "vergoeding_secundair"), (199, 18, 31, "vergoeding_secundair"),
           (257, 18, 31, "vergoeding_secundair"), (361, 2, 15, "vergoeding_secundair")], "rename edits")
    # A keyword is no name; a rule is not renamed.
    answer = client.request("textDocument/rename", {"textDocument": doc, "position": {"line": 199, "character": 20}, "newName": "rule"})
    expect("error" in answer, "rename to a keyword is refused")
    answer = client.request("textDocument/rename", {"textDocument": doc, "position": {"line": 196, "character": 5}, "newName": "x"})
    expect("error" in answer, "rename of a rule is refused")

    # Formatting: the file is in fmt's layout (ctest fmt-check), so no edit; with two spaces put into line 13
    # (`account centre "Arnhem als centrumgemeente"`, after `account` at 7), the one edit is the original text.
    equal(client.request("textDocument/formatting", {"textDocument": doc, "options": {"tabSize": 2, "insertSpaces": True}})["result"],
          [], "formatting a formatted file")
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 6},
                                             "contentChanges": [{"range": rng(12, 7, 12, 7), "text": "  "}]})
    client.diagnostics(uri)
    edits = client.request("textDocument/formatting", {"textDocument": doc, "options": {"tabSize": 2, "insertSpaces": True}})["result"]
    equal(len(edits), 1, "one formatting edit")
    if edits:
        equal(edits[0]["newText"], text, "the formatted text is the original")
        equal(edits[0]["range"], rng(0, 0, 408, 0), "the edit replaces the whole text (408 lines, each ending in a line break)")
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 7}, "contentChanges": [{"text": text}]})
    client.diagnostics(uri)

    # Document symbols: the 18 rules (grep -c '^rule ' gives 18) by number and title, the parameters and definitions.
    symbols = client.request("textDocument/documentSymbol", {"textDocument": doc})["result"]
    rules = [s for s in symbols if s["kind"] == 24]
    equal(len(rules), 18, "rules in the outline")
    by_name = {s["name"]: s for s in symbols}
    rule5 = by_name.get("rule 5 Vergoeding secundaire kosten")
    expect(rule5 is not None, "rule 5 in the outline by number and title")
    if rule5:
        equal(rule5["selectionRange"], rng(196, 5, 196, 6), "rule 5's number")
        equal(rule5["range"]["start"], {"line": 196, "character": 0}, "rule 5 starts at its line")
    equal(by_name.get("secondary_fee", {}).get("kind"), 14, "secondary_fee is a constant in the outline")
    equal(by_name.get("reform_year", {}).get("kind"), 12, "reform_year is a function in the outline")
    client_fields = [c["name"] for c in by_name.get("Client", {}).get("children", [])]
    equal(client_fields, ["id", "product", "decision", "previous", "last_address", "registered", "stays"], "Client's fields")

    # Folding: rule 1's braces, lines 170-174 (0-based 169-173): folded from 169 to 172, the `}` line stays;
    # the five comment lines at the top (0-based 0-4).
    folds = client.request("textDocument/foldingRange", {"textDocument": doc})["result"]
    expect({"startLine": 169, "endLine": 172} in folds, "folding of rule 1")
    expect({"startLine": 0, "endLine": 4, "kind": "comment"} in folds, "folding of the opening comment")

    # An unknown method: MethodNotFound (-32601); a message that is not JSON: ParseError (-32700), and the server goes on.
    equal(client.request("textDocument/unknownThing", {})["error"]["code"], -32601, "unknown method")
    client.send_raw(b"Content-Length: 5\r\n\r\n{oops")
    equal(client.read()["error"]["code"], -32700, "a message that is not JSON")

    # A test file with a mistake: `tests for` without the model's name. The parser's message for a missing
    # name (testing/test_parse_errors.h: expect_for_model's neighbour, the model file's string).
    test_path = folder / "broken.regeltest"
    test_text = "tests for\n"
    test_path.write_text(test_text, encoding="utf-8")
    test_uri = test_path.as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": test_uri, "languageId": "regeltest", "version": 1, "text": test_text}})
    published = client.diagnostics(test_uri)
    equal(len(published["diagnostics"]), 1, "one diagnostic in the broken test file")
    # The real test file checks clean.
    good_text = (ROOT / "rules/centraal-gelderland.regeltest").read_text(encoding="utf-8")
    good_uri = (folder / "centraal-gelderland.regeltest").as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": good_uri, "languageId": "regeltest", "version": 1, "text": good_text}})
    equal(client.diagnostics(good_uri)["diagnostics"], [], "the model's test file has no diagnostics")
    # Names in the test file that refer to its rule file (`tests for "centraal-gelderland.regels"`, the copy
    # opened above): line 11 (0-based 10) `  expect 2022 rule 5: centre pays secondary to member`, rule 5's
    # number at character 19; line 153 `  set secondary_fee = €7_000` (the name at 6..19); line 147
    # `  scenario higher_fee` (11..21); line 172 `  expect 2025: "A" is existing` (existing at 22..30).
    here = {"uri": good_uri}
    hover = client.request("textDocument/hover", {"textDocument": here, "position": {"line": 10, "character": 19}})["result"]
    expect("Article 5: Vergoeding secundaire kosten" in hover["contents"]["value"], "hover of rule 5 in the test file")
    equal(hover["range"], rng(10, 19, 10, 20), "range of rule 5 in the test file")
    answer = client.request("textDocument/definition", {"textDocument": here, "position": {"line": 10, "character": 19}})["result"]
    equal(answer, {"uri": uri, "range": rng(196, 5, 196, 6)}, "definition of rule 5 from the test file")
    answer = client.request("textDocument/definition", {"textDocument": here, "position": {"line": 152, "character": 8}})["result"]
    equal(answer, {"uri": uri, "range": rng(95, 10, 95, 23)}, "definition of secondary_fee from the test file")
    # Scenario higher_fee: line 361 of the rule file, `scenario higher_fee "..."`, the name at 9..19.
    answer = client.request("textDocument/definition", {"textDocument": here, "position": {"line": 146, "character": 12}})["result"]
    equal(answer, {"uri": uri, "range": rng(360, 9, 360, 19)}, "definition of scenario higher_fee from the test file")
    answer = client.request("textDocument/definition", {"textDocument": here, "position": {"line": 171, "character": 24}})["result"]
    equal(answer, {"uri": uri, "range": rng(125, 7, 125, 15)}, "definition of existing from the test file")
    answer = client.request("textDocument/rename", {"textDocument": here, "position": {"line": 152, "character": 8}, "newName": "fee"})
    expect("error" in answer, "rename from a test file is refused")
    # Completion in a test file offers its own words (lang/keywords.h: tests, expect, snapshot, ...).
    labels = [i["label"] for i in client.request("textDocument/completion", {"textDocument": {"uri": good_uri},
                                                                            "position": {"line": 4, "character": 0}})["result"]]
    for word in ("tests", "expect", "snapshot", "postings", "rule"):
        expect(word in labels, f"completion in a test file offers {word}")

    # shutdown, then exit: exit code 0.
    equal(client.request("shutdown", None).get("result", "missing"), None, "shutdown answers null")
    equal(client.request("textDocument/hover", {"textDocument": doc, "position": {"line": 0, "character": 0}})["error"]["code"],
          -32600, "a request after shutdown")
    client.notify("exit", None)
    equal(client.process.wait(), 0, "exit code after shutdown and exit")

    # exit without shutdown: exit code 1.
    other = Client(regelwerk)
    other.request("initialize", {"processId": None, "capabilities": {}})
    other.notify("exit", None)
    equal(other.process.wait(), 1, "exit code of exit without shutdown")


def dutch_session(regelwerk, folder):
    """A model in Dutch (rules/nl/): no diagnostics, and completion offers the Dutch words, types and
    date parts, not the English ones."""
    text = (ROOT / "rules/nl/centraal-gelderland.regels").read_text(encoding="utf-8")
    path = folder / "centraal-gelderland.nl.regels"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client = Client(regelwerk)
    client.request("initialize", {"processId": None, "rootUri": folder.as_uri(), "capabilities": {}})
    client.notify("initialized", {})
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "regels", "version": 1, "text": text}})
    equal(client.diagnostics(uri)["diagnostics"], [], "diagnostics of the Dutch model")
    lines = text.split("\n")
    last = len(lines) - 1  # the empty line after the final line break
    labels = {i["label"] for i in client.request("textDocument/completion",
                                                 {"textDocument": {"uri": uri}, "position": {"line": last, "character": 0}})["result"]}
    for word in ("regel", "waarbij", "verdeel", "betaalt", "geld", "datum", "jaar", "leden", "secondary_fee"):
        expect(word in labels, f"completion in a Dutch file offers {word}")
    for word in ("rule", "where", "money", "members"):
        expect(word not in labels, f"completion in a Dutch file does not offer the English {word}")
    # After `reform_date.` (the line `definieer reform_year: geheel = reform_date.jaar`): the Dutch parts of a date.
    line = next(n for n, content in enumerate(lines) if "= reform_date.jaar" in content)
    character = lines[line].index("reform_date.") + len("reform_date.")
    parts = [i["label"] for i in client.request("textDocument/completion",
                                                {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})["result"]]
    equal(parts, ["jaar", "maand", "dag"], "the parts of a date in a Dutch file")
    client.request("shutdown", None)
    client.notify("exit", None)
    equal(client.process.wait(), 0, "exit code of the Dutch session")


def broken_input(regelwerk, folder):
    """Malformed messages each get an error answer (or are skipped) and the server goes on; the end of
    its input ends it with exit code 1, not a crash."""
    client = Client(regelwerk)
    client.send_raw(b"Content-Length: abc\r\n\r\n")
    equal(client.read()["error"]["code"], -32700, "a header without a number")
    equal("result" in client.request("initialize", {"capabilities": {}}), True, "initialize after a broken header")
    client.send({"jsonrpc": "2.0", "id": 7})
    equal(client.read()["error"]["code"], -32600, "a request without a method")
    client.send_raw(b"Content-Length: 5\r\n\r\n[1,2]")
    equal(client.read()["error"]["code"], -32700, "a JSON array instead of an object")
    uri = (folder / "broken.regels").as_uri()
    # Wrong types in the params: InvalidParams (-32602).
    equal(client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": "here"})["error"]["code"], -32602,
          "a position that is a string")
    # A document that is not open: no answer to give (null), no error.
    equal(client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})["result"],
          None, "hover in a document that is not open")
    # Text that is no rule file, and a change far past its end (clamped to the end: LSP's rule for positions).
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "regels", "version": 1, "text": "{{{ \u00eb"}})
    expect(len(client.diagnostics(uri)["diagnostics"]) >= 1, "diagnostics of a text that is no rule file")
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                             "contentChanges": [{"range": rng(99, 99, 120, 0), "text": "model"}]})
    expect(len(client.diagnostics(uri)["diagnostics"]) >= 1, "diagnostics after a change past the end")
    for method in ("textDocument/completion", "textDocument/definition", "textDocument/references", "textDocument/formatting",
                   "textDocument/documentSymbol", "textDocument/foldingRange"):
        answer = client.request(method, {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 3},
                                         "context": {"includeDeclaration": True}})
        expect("result" in answer, f"{method} on a broken file answers: {answer}")
    # The input ends without shutdown and exit: exit code 1.
    equal(client.finish(), 1, "exit code when the input ends")


def main():
    with tempfile.TemporaryDirectory() as folder:
        session(sys.argv[1], pathlib.Path(folder))
        dutch_session(sys.argv[1], pathlib.Path(folder))
        broken_input(sys.argv[1], pathlib.Path(folder))
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("the LSP session answered as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
