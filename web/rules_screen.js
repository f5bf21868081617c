// Regels: the rule file in an editor with its diagnostics; a draft checked, tested with the model's
// tests (`regelwerk test --model`) and compared with the rules as loaded (`regelwerk diff`).
import {api, download, element, showProblem, t} from './page.js';
import {renderDifferences} from './what_if.js';

let editor = null, original = null, marks = [], result = null;

// Diagnostics in the list under the editor (a click goes to the place) and underlined in the text.
function showDiagnostics(diagnostics) {
  for (const mark of marks) mark.clear();
  marks = [];
  const list = document.getElementById('diagnostics');
  list.replaceChildren(...diagnostics.map((d) => element('li', {class: d.severity, onclick: () => {
    editor?.setCursor({line: d.line - 1, ch: d.column - 1});
    editor?.focus();
  }}, `${d.line}:${d.column} ${d.severity}: ${d.message}`)));
  if (diagnostics.length === 0) list.append(element('li', {}, t('no_diagnostics')));
  if (!editor) return;
  for (const d of diagnostics) {
    const to = d.end_line === d.line && d.end_column === d.column ? {line: d.line - 1, ch: d.column} : {line: d.end_line - 1, ch: d.end_column - 1};
    marks.push(editor.markText({line: d.line - 1, ch: d.column - 1}, to, {className: `cm-${d.severity}`, title: d.message}));
  }
}

function renderResult() {
  const tests = document.getElementById('draft-tests'), differences = document.getElementById('draft-differences');
  const summary = document.getElementById('draft-summary');
  tests.replaceChildren();
  differences.replaceChildren();
  summary.textContent = '';
  document.getElementById('draft-downloads').hidden = !result?.comparison;
  if (!result) return;
  showDiagnostics(result.diagnostics);
  if (!result.checks) {
    summary.textContent = t('draft_does_not_check');
    return;
  }
  const run = result.tests;
  summary.textContent = `${t('tests')}: ${run.passed} ${t('passed')}, ${run.failed} ${t('failed')}`;
  tests.append(...run.errors.map((e) => element('li', {class: 'error'}, e)),
    ...run.results.filter((r) => !r.passed).map((r) => element('li', {class: 'failed-test'}, element('b', {}, r.name), ` (${r.location})`,
      element('ul', {}, ...r.failures.map((f) => element('li', {}, f))))));
  for (const problem of [...result.data_errors, ...(result.evaluation_errors ? [result.evaluation_errors] : [])]) {
    tests.append(element('li', {class: 'error'}, problem));
  }
  if (result.comparison) renderDifferences(differences, result.comparison, {explainable: false, sides: ['current_rules', 'draft']});
}

export function renderRules() {
  renderResult();
}

const draftText = () => editor ? editor.getValue() : document.getElementById('rules-text').value;

async function testDraft() {
  try {
    document.getElementById('draft-summary').textContent = '…';
    result = await api('/api/draft', {text: draftText()});
    renderResult();
    showProblem(null);
  } catch (error) {
    showProblem(error);
  }
}

let hoverTimer = null, checkTimer = null;

// The draft's diagnostics while typing (those of `regelwerk check`), asked a moment after the text stops changing.
function checkWhileTyping() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(async () => {
    try {
      showDiagnostics((await api('/api/check', {text: editor.getValue()})).diagnostics);
    } catch (error) {
      showProblem(error);
    }
  }, 400);
}

// The language server's hover for the place of the cursor (what an editor with `regelwerk lsp` shows),
// under the editor; asked a moment after the cursor stops.
function showHoverAtCursor() {
  clearTimeout(hoverTimer);
  hoverTimer = setTimeout(async () => {
    const place = editor.getCursor();
    const shown = document.getElementById('rules-hover');
    try {
      const answer = await api('/api/hover', {text: editor.getValue(), line: place.line, character: place.ch});
      shown.textContent = (answer.hover || '').replace(/```(regels)?\n?/g, '').trim();
    } catch (error) {
      shown.textContent = '';
    }
  }, 250);
}

// The editor's mode for a rule file's text: Dutch when its first word (after comments) is `regeling`.
function spellingMode(text) {
  const firstWord = text.replace(/^(?:\s|#[^\n]*)*/, '').match(/^[A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F]+/);
  return firstWord && firstWord[0] === 'regeling' ? 'regels-nl' : 'regels';
}

export async function startRules() {
  original = await api('/api/rules');
  document.getElementById('rules-file').textContent = original.file;
  const area = document.getElementById('rules-text');
  area.value = original.text;
  if (typeof CodeMirror !== 'undefined') {
    editor = CodeMirror.fromTextArea(area, {mode: spellingMode(original.text), lineNumbers: true, viewportMargin: 50});
    editor.on('cursorActivity', showHoverAtCursor);
    editor.on('changes', checkWhileTyping);
  }
  showDiagnostics(original.diagnostics);
  document.getElementById('test-draft').addEventListener('click', testDraft);
  for (const format of ['xlsx', 'csv']) {
    document.getElementById(`download-draft-${format}`).addEventListener('click', () => download({text: draftText(), download: format}, '/api/draft'));
  }
  document.getElementById('revert-draft').addEventListener('click', () => {
    if (editor) editor.setValue(original.text);
    else area.value = original.text;
    result = null;
    renderResult();
    showDiagnostics(original.diagnostics);
  });
}

// Shows the editor properly once its screen is visible (CodeMirror measures itself).
export function refreshRules() {
  editor?.refresh();
}
