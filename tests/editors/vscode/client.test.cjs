// The VS Code extension's own LSP client (editors/vscode/extension.js) against the real `regelwerk lsp`,
// with a stand-in for the `vscode` module that records what the extension registers and shows: it opens
// a copy of rules/centraal-gelderland.regels, gets no diagnostics, a hover, a definition, completion after
// `c.`, then an error typed in (and its diagnostic, at UTF-16 character 122), and shuts the server down.
// Usage: node tests/editors/vscode/client.test.cjs REGELWERK
'use strict';
const fs = require('fs');
const path = require('path');
const Module = require('module');

const root = path.resolve(__dirname, '../../..');
const regelwerk = path.resolve(process.argv[2]);
const rulesPath = path.join(root, 'rules/centraal-gelderland.regels');
const text = fs.readFileSync(rulesPath, 'utf8');

// ---- the stand-in for VS Code's API: only what extension.js uses ----
class Position { constructor(line, character) { this.line = line; this.character = character; } }
class Range { constructor(start, end) { this.start = start; this.end = end; } }
const uri = {toString: () => 'file:///work/centraal-gelderland.regels'};
const recorded = {providers: {}, diagnostics: new Map(), listeners: {}, errors: []};
const disposable = {dispose() {}};
const vscode = {
  Position, Range,
  Location: class { constructor(u, range) { this.uri = u; this.range = range; } },
  Uri: {parse: (s) => ({toString: () => s})},
  Hover: class { constructor(contents, range) { this.contents = contents; this.range = range; } },
  MarkdownString: class { constructor(value) { this.value = value; } },
  Diagnostic: class { constructor(range, message, severity) { this.range = range; this.message = message; this.severity = severity; } },
  DiagnosticSeverity: {Error: 0, Warning: 1},
  DiagnosticRelatedInformation: class { constructor(location, message) { this.location = location; this.message = message; } },
  CompletionItem: class { constructor(label, kind) { this.label = label; this.kind = kind; } },
  CompletionItemKind: {Text: 0},
  DocumentSymbol: class { constructor(name, detail, kind, range, selectionRange) { Object.assign(this, {name, detail, kind, range, selectionRange}); } },
  TextEdit: {replace: (range, newText) => ({range, newText})},
  FoldingRange: class { constructor(start, end, kind) { Object.assign(this, {start, end, kind}); } },
  FoldingRangeKind: {Comment: 1},
  WorkspaceEdit: class { constructor() { this.edits = []; } replace(u, range, newText) { this.edits.push({u, range, newText}); } },
  window: {
    createOutputChannel: () => ({append() {}, appendLine() {}, dispose() {}}),
    showErrorMessage: (message) => recorded.errors.push(message),
  },
  languages: {
    createDiagnosticCollection: () => ({set: (u, list) => recorded.diagnostics.set(u.toString(), list), delete() {}, dispose() {}}),
  },
  workspace: {
    getConfiguration: () => ({get: (name) => (name === 'path' ? regelwerk : undefined)}),
    workspaceFolders: [],
    textDocuments: [],
  },
};
for (const kind of ['Hover', 'Definition', 'Reference', 'Rename', 'CompletionItem', 'DocumentSymbol', 'DocumentFormattingEdit', 'FoldingRange']) {
  vscode.languages[`register${kind}Provider`] = (selector, provider) => { recorded.providers[kind] = provider; return disposable; };
}
for (const event of ['onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidCloseTextDocument']) {
  vscode.workspace[event] = (listener) => { recorded.listeners[event] = listener; return disposable; };
}
const document = {uri, languageId: 'regels', version: 1, getText: () => text};
vscode.workspace.textDocuments.push(document);
const load = Module._load;
Module._load = function(request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };

const problems = [];
const expect = (condition, what) => { if (!condition) problems.push(what); };
// Waits until `condition()` holds (the server answers in its own time; ctest's timeout bounds the test).
const until = async (condition) => { while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20)); };

(async () => {
  const extension = require(path.join(root, 'editors/vscode/extension.js'));
  await extension.activate({subscriptions: []});
  await until(() => recorded.diagnostics.has(uri.toString()));
  expect(recorded.diagnostics.get(uri.toString()).length === 0, 'the model has no diagnostics');

  // `secondary_fee` on line 200 (0-based 199, from character 18): declared on line 96 (0-based 95) from character 10.
  const hover = await recorded.providers.Hover.provideHover(document, new Position(199, 20));
  expect(hover && hover.contents.value.includes('parameter secondary_fee: money'), `hover: ${hover && hover.contents.value}`);
  const definition = await recorded.providers.Definition.provideDefinition(document, new Position(199, 20));
  expect(definition && definition.range.start.line === 95 && definition.range.start.character === 10, `definition: ${JSON.stringify(definition)}`);
  // `c.` on line 199 (0-based 198): the seven fields of record Client (lines 45-51), the first `id`.
  const items = await recorded.providers.CompletionItem.provideCompletionItems(document, new Position(198, 20));
  expect(items.length === 7 && items[0].label === 'id', `completion: ${items.map((i) => i.label).join(' ')}`);
  // Rule 5 in the outline, by number and title.
  const symbols = await recorded.providers.DocumentSymbol.provideDocumentSymbols(document);
  expect(symbols.some((s) => s.name === 'rule 5 Vergoeding secundaire kosten'), 'rule 5 in the outline');

  // The error: `reform_year` in rule 6's header (line 210, 0-based 209, characters 122..133; the two ë are one
  // character each) becomes `reform_yaer`: the characters 130..132 ("ea") replaced by "ae".
  recorded.diagnostics.delete(uri.toString());
  document.version = 2;
  recorded.listeners.onDidChangeTextDocument({document, contentChanges: [{range: new Range(new Position(209, 130), new Position(209, 132)), text: 'ae'}]});
  await until(() => recorded.diagnostics.has(uri.toString()));
  const shown = recorded.diagnostics.get(uri.toString());
  expect(shown.length === 1, `one diagnostic, got ${shown.length}`);
  if (shown.length === 1) {
    expect(shown[0].message === "unknown name 'reform_yaer'; did you mean 'reform_year'?", `message: ${shown[0].message}`);
    expect(shown[0].range.start.line === 209 && shown[0].range.start.character === 122 && shown[0].range.end.character === 133,
        `range: ${JSON.stringify(shown[0].range)}`);
    expect(shown[0].severity === vscode.DiagnosticSeverity.Error, 'an error');
  }
  expect(recorded.errors.length === 0, `error messages shown: ${recorded.errors.join('; ')}`);
  await extension.deactivate();
  if (problems.length) {
    console.log(problems.join('\n'));
    process.exit(1);
  }
  console.log('the VS Code extension\'s client: diagnostics, hover, definition, completion and outline as expected');
  process.exit(0);
})().catch((error) => { console.log(error.stack || error); process.exit(1); });
