// The VS Code side of regelwerk: starts `regelwerk lsp` (the path from the setting regelwerk.path) and
// speaks the Language Server Protocol to it over its standard input and output. A small client of its
// own, on VS Code's API alone (no npm packages at run time): it sends the open rule and test files with
// incremental changes, shows the diagnostics the server publishes, and asks the server for hovers,
// definitions, references, renames, completions, outlines, formatting and folding.
'use strict';
const vscode = require('vscode');
const childProcess = require('child_process');

const languages = ['regels', 'regeltest'];

// One running `regelwerk lsp`: JSON-RPC messages framed with Content-Length.
class Connection {
  // Starts the server; `onNotification(method, params)` gets what it sends unasked.
  constructor(command, onNotification, log) {
    this.nextId = 1;
    this.pending = new Map();
    this.buffer = Buffer.alloc(0);
    this.onNotification = onNotification;
    this.log = log;
    this.process = childProcess.spawn(command, ['lsp'], {stdio: ['pipe', 'pipe', 'pipe']});
    this.process.stdout.on('data', (chunk) => this.receive(chunk));
    this.process.stderr.on('data', (chunk) => log.append(chunk.toString()));
    this.process.on('error', (error) => {
      log.appendLine(`regelwerk lsp could not start (${command}): ${error.message}`);
      vscode.window.showErrorMessage(`regelwerk: could not start "${command} lsp"; set regelwerk.path to the regelwerk executable.`);
    });
    this.process.on('exit', (code) => {
      log.appendLine(`regelwerk lsp exited with ${code}`);
      for (const {reject} of this.pending.values()) reject(new Error('the language server exited'));
      this.pending.clear();
      this.exited = true;
    });
  }

  // Writes one message with its header.
  send(message) {
    if (this.exited) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  // A request; the promise settles with its result, or fails with its error.
  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {resolve, reject});
      this.send({jsonrpc: '2.0', id, method, params});
    });
  }

  notify(method, params) {
    this.send({jsonrpc: '2.0', method, params});
  }

  // Takes bytes from the server and handles each whole message in them.
  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (true) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.slice(0, headerEnd).toString('ascii');
      const match = /Content-Length:\s*(\d+)/i.exec(header);
      if (!match) {
        this.buffer = this.buffer.slice(headerEnd + 4);
        continue;
      }
      const length = Number(match[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.slice(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.slice(headerEnd + 4 + length);
      this.handle(JSON.parse(body));
    }
  }

  handle(message) {
    if (message.method && message.id === undefined) {
      this.onNotification(message.method, message.params);
    } else if (message.id !== undefined && this.pending.has(message.id)) {
      const {resolve, reject} = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) reject(new Error(message.error.message));
      else resolve(message.result);
    }
  }
}

// ---- conversions between LSP values and VS Code's (both count UTF-16 units) ----
const toPosition = (p) => new vscode.Position(p.line, p.character);
const toRange = (r) => new vscode.Range(toPosition(r.start), toPosition(r.end));
const fromPosition = (p) => ({line: p.line, character: p.character});
const fromRange = (r) => ({start: fromPosition(r.start), end: fromPosition(r.end)});
const toLocation = (l) => new vscode.Location(vscode.Uri.parse(l.uri), toRange(l.range));
const textDocument = (document) => ({uri: document.uri.toString()});
const at = (document, position) => ({textDocument: textDocument(document), position: fromPosition(position)});

// An LSP CompletionItemKind as VS Code's (VS Code's numbers are LSP's minus one).
const toCompletionKind = (kind) => (kind ? kind - 1 : vscode.CompletionItemKind.Text);
// An LSP SymbolKind as VS Code's (likewise one less).
const toSymbolKind = (kind) => kind - 1;

function toDocumentSymbol(s) {
  const symbol = new vscode.DocumentSymbol(s.name, s.detail || '', toSymbolKind(s.kind), toRange(s.range), toRange(s.selectionRange));
  symbol.children = (s.children || []).map(toDocumentSymbol);
  return symbol;
}

function toDiagnostic(d) {
  const severity = d.severity === 2 ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error;
  const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, severity);
  diagnostic.source = d.source;
  if (d.relatedInformation) {
    diagnostic.relatedInformation = d.relatedInformation.map(
        (r) => new vscode.DiagnosticRelatedInformation(toLocation(r.location), r.message));
  }
  return diagnostic;
}

let connection;

async function activate(context) {
  const log = vscode.window.createOutputChannel('regelwerk');
  const diagnostics = vscode.languages.createDiagnosticCollection('regelwerk');
  context.subscriptions.push(log, diagnostics);
  const command = vscode.workspace.getConfiguration('regelwerk').get('path') || 'regelwerk';
  connection = new Connection(command, (method, params) => {
    if (method === 'textDocument/publishDiagnostics') {
      diagnostics.set(vscode.Uri.parse(params.uri), params.diagnostics.map(toDiagnostic));
    }
  }, log);
  const folders = vscode.workspace.workspaceFolders || [];
  await connection.request('initialize', {
    processId: process.pid,
    clientInfo: {name: 'regelwerk for VS Code'},
    rootUri: folders.length ? folders[0].uri.toString() : null,
    capabilities: {general: {positionEncodings: ['utf-16']}},
  });
  connection.notify('initialized', {});

  const ours = (document) => languages.includes(document.languageId);
  const open = (document) => {
    if (!ours(document)) return;
    connection.notify('textDocument/didOpen', {textDocument: {uri: document.uri.toString(), languageId: document.languageId,
      version: document.version, text: document.getText()}});
  };
  vscode.workspace.textDocuments.forEach(open);
  context.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument(open),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (!ours(event.document) || event.contentChanges.length === 0) return;
        connection.notify('textDocument/didChange', {
          textDocument: {uri: event.document.uri.toString(), version: event.document.version},
          contentChanges: event.contentChanges.map((c) => ({range: fromRange(c.range), text: c.text})),
        });
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (!ours(document)) return;
        connection.notify('textDocument/didClose', {textDocument: textDocument(document)});
        diagnostics.delete(document.uri);
      }));

  const selector = languages.map((language) => ({language}));
  context.subscriptions.push(
      vscode.languages.registerHoverProvider(selector, {
        async provideHover(document, position) {
          const hover = await connection.request('textDocument/hover', at(document, position));
          if (!hover) return null;
          return new vscode.Hover(new vscode.MarkdownString(hover.contents.value), hover.range ? toRange(hover.range) : undefined);
        },
      }),
      vscode.languages.registerDefinitionProvider(selector, {
        async provideDefinition(document, position) {
          const location = await connection.request('textDocument/definition', at(document, position));
          return location ? toLocation(location) : null;
        },
      }),
      vscode.languages.registerReferenceProvider(selector, {
        async provideReferences(document, position, context) {
          const locations = await connection.request('textDocument/references',
              {...at(document, position), context: {includeDeclaration: context.includeDeclaration}});
          return (locations || []).map(toLocation);
        },
      }),
      vscode.languages.registerRenameProvider(selector, {
        async provideRenameEdits(document, position, newName) {
          const edit = await connection.request('textDocument/rename', {...at(document, position), newName});
          const result = new vscode.WorkspaceEdit();
          for (const [uri, edits] of Object.entries(edit.changes || {})) {
            for (const e of edits) result.replace(vscode.Uri.parse(uri), toRange(e.range), e.newText);
          }
          return result;
        },
      }),
      vscode.languages.registerCompletionItemProvider(selector, {
        async provideCompletionItems(document, position) {
          const items = await connection.request('textDocument/completion', at(document, position));
          return (items || []).map((i) => {
            const item = new vscode.CompletionItem(i.label, toCompletionKind(i.kind));
            item.detail = i.detail;
            return item;
          });
        },
      }, '.'),
      vscode.languages.registerDocumentSymbolProvider(selector, {
        async provideDocumentSymbols(document) {
          return ((await connection.request('textDocument/documentSymbol', {textDocument: textDocument(document)})) || [])
              .map(toDocumentSymbol);
        },
      }),
      vscode.languages.registerDocumentFormattingEditProvider(selector, {
        async provideDocumentFormattingEdits(document, options) {
          const edits = await connection.request('textDocument/formatting', {textDocument: textDocument(document),
            options: {tabSize: options.tabSize, insertSpaces: options.insertSpaces}});
          return (edits || []).map((e) => vscode.TextEdit.replace(toRange(e.range), e.newText));
        },
      }),
      vscode.languages.registerFoldingRangeProvider(selector, {
        async provideFoldingRanges(document) {
          const ranges = await connection.request('textDocument/foldingRange', {textDocument: textDocument(document)});
          return (ranges || []).map((r) => new vscode.FoldingRange(r.startLine, r.endLine,
              r.kind === 'comment' ? vscode.FoldingRangeKind.Comment : undefined));
        },
      }));
}

// Shuts the server down as LSP asks: shutdown, then exit.
async function deactivate() {
  if (!connection || connection.exited) return;
  try {
    await connection.request('shutdown', null);
  } finally {
    connection.notify('exit', null);
  }
}

module.exports = {activate, deactivate};
