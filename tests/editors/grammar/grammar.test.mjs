// The VS Code extension's TextMate grammars (editors/vscode/syntaxes/), run by vscode-textmate with
// Oniguruma as VS Code runs them: every model in rules/ and rules/nl/ (and every test file) is tokenised, and any
// token with visible text that gets no scope of its own is an unknown token; every word of
// lang/keywords.h (reserved, contextual, and the test files' words) must be marked as a keyword.
// Usage: node tests/editors/grammar/grammar.test.mjs   (after `npm ci` in this folder)
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

const require = createRequire(import.meta.url);
const oniguruma = require('vscode-oniguruma');
const textmate = require('vscode-textmate');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const syntaxes = path.join(root, 'editors/vscode/syntaxes');
const grammarFiles = {'source.regels': 'regels.tmLanguage.json', 'source.regeltest': 'regeltest.tmLanguage.json'};

// The words of one section of lang/keywords.h, from `// ---- <title>` to the next section, by plain string search.
function keywordSection(text, title) {
  const start = text.indexOf(`// ---- ${title}`);
  if (start < 0) throw new Error(`lang/keywords.h has no section "${title}"`);
  const end = text.indexOf('// ----', start + 7);
  const part = text.slice(start, end < 0 ? text.length : end);
  const words = [];
  const marker = 'inline constexpr Word ';
  for (let at = part.indexOf(marker); at >= 0; at = part.indexOf(marker, at + 1)) {
    const open = part.indexOf('{"', at);
    const close = part.indexOf('"', open + 2);
    words.push(part.slice(open + 2, close));
  }
  return words;
}

async function registry() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  return new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      const file = grammarFiles[scopeName];
      if (!file) return null;
      return textmate.parseRawGrammar(fs.readFileSync(path.join(syntaxes, file), 'utf8'), path.join(syntaxes, file));
    },
  });
}

// The tokens of `text` as {line, text, scopes}, one grammar state carried from line to line.
function tokenise(grammar, text) {
  const tokens = [];
  let state = textmate.INITIAL;
  text.split('\n').forEach((line, number) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      tokens.push({line: number + 1, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes});
    }
    state = result.ruleStack;
  });
  return tokens;
}

const problems = [];
const reg = await registry();
const rules = await reg.loadGrammar('source.regels');
const tests = await reg.loadGrammar('source.regeltest');

// Every file in rules/: no visible token is left with only the file's own scope.
const files = fs.readdirSync(path.join(root, 'rules')).filter((f) => f.endsWith('.regels') || f.endsWith('.regeltest')).sort();
let tokenCount = 0;
for (const file of files) {
  const grammar = file.endsWith('.regels') ? rules : tests;
  for (const token of tokenise(grammar, fs.readFileSync(path.join(root, 'rules', file), 'utf8'))) {
    if (token.text.trim() === '') continue;
    tokenCount += 1;
    if (token.scopes.length < 2) problems.push(`rules/${file}:${token.line}: unknown token ${JSON.stringify(token.text)}`);
  }
}
if (files.filter((f) => f.endsWith('.regels')).length < 4) problems.push(`expected the 4 models in rules/, found ${files.join(', ')}`);

// The models in Dutch (rules/nl/): the same, in the grammar's Dutch part.
const dutchFiles = fs.readdirSync(path.join(root, 'rules/nl')).filter((f) => f.endsWith('.regels')).sort();
for (const file of dutchFiles) {
  for (const token of tokenise(rules, fs.readFileSync(path.join(root, 'rules/nl', file), 'utf8'))) {
    if (token.text.trim() === '') continue;
    tokenCount += 1;
    if (token.scopes.length < 2) problems.push(`rules/nl/${file}:${token.line}: unknown token ${JSON.stringify(token.text)}`);
  }
}
if (dutchFiles.length < 4) problems.push(`expected the 4 Dutch models in rules/nl/, found ${dutchFiles.join(', ')}`);

// Every word of lang/keywords.h is a keyword, alone on a line and between names.
const keywords = fs.readFileSync(path.join(root, 'lang/keywords.h'), 'utf8');
const ruleWords = [...keywordSection(keywords, 'reserved'), ...keywordSection(keywords, 'contextual')];
const testWords = keywordSection(keywords, 'test files');
// The Dutch spelling of each rule-file word (the second string of its entry).
const dutchWords = [];
for (const title of ['reserved', 'contextual', 'the same English word where Dutch uses another']) {
  const start = keywords.indexOf(`// ---- ${title}`);
  const end = keywords.indexOf('// ----', start + 7);
  const part = keywords.slice(start, end < 0 ? keywords.length : end);
  const marker = 'inline constexpr Word ';
  for (let at = part.indexOf(marker); at >= 0; at = part.indexOf(marker, at + 1)) {
    const first = part.indexOf('", "', at);
    dutchWords.push(part.slice(first + 4, part.indexOf('"', first + 4)));
  }
}
if (dutchWords.length < 60) problems.push(`read only ${dutchWords.length} Dutch words from lang/keywords.h`);
if (ruleWords.length < 60 || testWords.length < 10) problems.push(`read only ${ruleWords.length} + ${testWords.length} words from lang/keywords.h`);
const checkWord = (grammar, word, language) => {
  const token = tokenise(grammar, `x ${word} y`).find((t) => t.text === word);
  if (!token || !token.scopes.some((s) => s.startsWith('keyword.'))) {
    problems.push(`${language}: '${word}' of lang/keywords.h is not marked as a keyword (scopes: ${token ? token.scopes.join(' ') : 'no token'})`);
  }
};
for (const word of ruleWords) {
  checkWord(rules, word, 'regels');
  checkWord(tests, word, 'regeltest');
}
for (const word of testWords) checkWord(tests, word, 'regeltest');
// In a Dutch file (it begins with `regeling`) every Dutch word is a keyword.
for (const word of dutchWords) {
  const token = tokenise(rules, `regeling "M"\nx ${word} y`).find((t) => t.line === 2 && t.text === word);
  if (!token || !token.scopes.some((s) => s.startsWith('keyword.'))) {
    problems.push(`regels (Dutch): '${word}' of lang/keywords.h is not marked as a keyword (scopes: ${token ? token.scopes.join(' ') : 'no token'})`);
  }
}

// A few tokens whose scopes are known by hand.
const expectScope = (grammar, line, text, scope) => {
  const token = tokenise(grammar, line).find((t) => t.text === text);
  if (!token || !token.scopes.includes(scope)) problems.push(`'${text}' in ${JSON.stringify(line)}: expected ${scope}, got ${token ? token.scopes.join(' ') : 'no token'}`);
};
expectScope(rules, 'parameter secondary_fee: money = €6_000  # per client', '€6_000', 'constant.numeric.money.regels');
expectScope(rules, 'parameter secondary_fee: money = €6_000  # per client', '# per client', 'comment.line.number-sign.regels');
expectScope(rules, 'parameter secondary_fee: money = €6_000', 'money', 'storage.type.regels');
expectScope(rules, 'parameter reform_date: date = 2025-01-01', '2025-01-01', 'constant.numeric.date.regels');
expectScope(rules, 'define f(cliënten: integer): integer = cliënten', 'cliënten', 'variable.other.regels');
expectScope(rules, 'define reform_year: integer = reform_date.year', 'reform_year', 'variable.other.regels');
// Dutch literals, and the Dutch words only in a Dutch file: in an English one `rest` is a name.
const dutch = (line) => `regeling "M"\n${line}`;
expectScope(rules, dutch('parameter fee: geld = € 6.000,00 vanaf 2022'), '€ 6.000,00', 'constant.numeric.money.regels');
expectScope(rules, dutch('parameter fee: geld = € 6.000,00 vanaf 2022'), 'vanaf', 'keyword.control.regels');
expectScope(rules, dutch('parameter fee: geld = € 6.000,00'), 'geld', 'storage.type.regels');
expectScope(rules, dutch('parameter start: datum = 01-01-2025'), '01-01-2025', 'constant.numeric.date.regels');
expectScope(rules, dutch('parameter aandeel: decimaal = 0,5'), '0,5', 'constant.numeric.regels');
expectScope(rules, 'parameter rest: money = €10', 'rest', 'variable.other.regels');

if (problems.length > 0) {
  console.log(problems.join('\n'));
  console.log(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`grammar: ${tokenCount} tokens in ${files.length + dutchFiles.length} files, all with a scope; ` +
            `${ruleWords.length + testWords.length} keywords marked, and ${dutchWords.length} Dutch ones in Dutch files`);
