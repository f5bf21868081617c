// Wat als: every parameter in a form, the scenarios, the differences a what-if makes (beside a kept one),
// as numbers and as a chart, and the what-if as --set lines and a scenario block to copy.
import {cents, chartEuros, euroChartOptions, euros} from './amounts.js';
import {accountName, api, csvDialect, download, element, showProblem, state, t, whatIfWords} from './page.js';
import {amountCell, requestSettlement, showSettlement} from './settlement.js';

export function renderParameters() {
  const entered = new Map([...document.querySelectorAll('#parameters input')].map((input) => [input.name, input.value]));
  const table = document.getElementById('parameters');
  table.replaceChildren(element('tr', {}, ...['parameter', 'type', 'declared', 'new_value'].map((k) => element('th', {}, t(k)))));
  for (const parameter of state.model.parameters) {
    const declared = parameter.values.map((v) => v.from === null ? v.value : `${v.value} ${t('from')} ${v.from}`).join(', ');
    const input = element('input', {name: parameter.name, 'aria-label': parameter.name, placeholder: parameter.values[0]?.value ?? ''});
    input.value = entered.get(parameter.name) ?? '';
    table.append(element('tr', {},
      element('td', {}, element('b', {}, parameter.name), element('br'), element('small', {}, parameter.comment)),
      element('td', {}, parameter.type), element('td', {title: parameter.source}, declared), element('td', {}, input)));
  }
  const select = document.getElementById('scenario');
  const chosen = select.value;
  select.replaceChildren(element('option', {value: ''}, t('none')),
    ...state.model.scenarios.map((s) => element('option', {value: s.name}, `${s.name}: ${s.title}`)));
  select.value = chosen;
  renderKept();
}

function readWhatIf() {
  const sets = [];
  for (const input of document.querySelectorAll('#parameters input')) {
    if (input.value.trim() !== '') sets.push(`${input.name}=${input.value.trim()}`);
  }
  return {scenario: document.getElementById('scenario').value || null, sets};
}

const isEmpty = (whatIf) => !whatIf.scenario && whatIf.sets.length === 0;

// The what-if as --set lines and as a scenario block for the rule file.
function whatIfText(whatIf) {
  const lines = [];
  if (whatIf.scenario) lines.push(`--scenario ${whatIf.scenario}`);
  for (const setting of whatIf.sets) lines.push(`--set ${setting}`);
  const block = whatIf.sets.map((s) => {
    const [name, value] = s.split('=');
    const type = state.model.parameters.find((p) => p.name === name.split('@')[0])?.type;
    return `  ${name} = ${type === 'money' && /^\d/.test(value) ? '€' + value : value}`;
  });
  return lines.join('\n') + (block.length ? `\n\nscenario my_what_if "…" {\n${block.join('\n')}\n}` : '');
}

// Per "year|account": the row of a comparison, for putting two comparisons side by side.
const rowsByKey = (comparison) => new Map((comparison?.accounts ?? []).map((row) => [`${row.year}|${row.account}`, row]));

// The amounts of one row (or rule) of the what-if beside the agreement and the kept what-if, from the
// what-if's comparison with the agreement (`main`) and with the kept one (`kept`): where a comparison
// leaves a row out nothing differs, so the other side's amount stands for it.
function sideBySide(main, kept) {
  const whatIf = cents((main ?? kept).scenario);
  return {agreed: main ? cents(main.baseline) : whatIf, kept: kept ? cents(kept.baseline) : whatIf, whatIf};
}

// The rows of `comparison` (per year and account, then its rules) in `table`. With `versusKept` (the
// what-if compared with the kept one) the kept what-if's amounts and the difference from them stand beside.
// `sides` names the two columns compared (labels' keys).
export function renderDifferences(table, comparison, {explainable = true, versusKept = null, sides = ['baseline', 'scenario_value']} = {}) {
  const headers = versusKept ? ['year', 'account', sides[0], 'kept', sides[1], 'difference', 'versus_kept']
                             : ['year', 'account', ...sides, 'difference'];
  table.replaceChildren(element('tr', {}, ...headers.map((k) => element('th', {}, t(k)))));
  const main = rowsByKey(comparison), kept = rowsByKey(versusKept);
  const keys = [...main.keys(), ...[...kept.keys()].filter((key) => !main.has(key))];
  if (versusKept) {
    const order = (key) => { const [year, account] = key.split('|'); return [Number(year), state.model.accounts.findIndex((a) => a.id === account)]; };
    keys.sort((a, b) => { const [ya, aa] = order(a), [yb, ab] = order(b); return ya - yb || aa - ab; });
  }
  const cells = (amounts, question, changedClass) => {
    const whatIfCell = explainable ? amountCell(amounts.whatIf, question, {'data-column': 'scenario'})
                                   : element('td', {'data-column': 'scenario'}, euros(amounts.whatIf));
    const baseline = element('td', {'data-column': 'baseline'}, euros(amounts.agreed));
    const difference = element('td', {class: changedClass, 'data-column': 'difference'}, euros(amounts.whatIf - amounts.agreed));
    if (!versusKept) return [baseline, whatIfCell, difference];
    return [baseline, element('td', {'data-column': 'kept'}, euros(amounts.kept)), whatIfCell, difference,
            element('td', {class: changedClass, 'data-column': 'versus-kept'}, euros(amounts.whatIf - amounts.kept))];
  };
  for (const key of keys) {
    const [year, account] = [Number(key.split('|')[0]), key.split('|').slice(1).join('|')];
    const row = main.get(key), keptRow = kept.get(key);
    table.append(element('tr', {'data-account': account, 'data-year': year}, element('td', {}, String(year)),
      element('td', {}, accountName(account)), ...cells(sideBySide(row, keptRow), {account, year}, 'changed')));
    const rules = [...new Set([...Object.keys(row?.rules ?? {}), ...Object.keys(keptRow?.rules ?? {})])];
    for (const rule of rules) {
      table.append(element('tr', {class: 'rule', 'data-account': account, 'data-year': year, 'data-rule': rule},
        element('td'), element('td', {}, `${t('rule')} ${rule}`),
        ...cells(sideBySide(row?.rules[rule], keptRow?.rules[rule]), {account, year, rule}, '')));
    }
  }
  if (keys.length === 0) table.append(element('tr', {}, element('td', {}, t('nothing_changes'))));
}

let chart = null;
// Bars per member and year: the what-if's difference from the agreement.
function renderDifferenceChart(comparison) {
  if (typeof Chart === 'undefined') return;
  const members = state.model.accounts.filter((a) => a.kind === 'member');
  const differences = rowsByKey(comparison);
  const datasets = members.map((m) => ({
    label: m.name, data: comparison.years.map((y) => chartEuros(cents(differences.get(`${y}|${m.id}`)?.difference ?? '0'))),
  })).filter((set) => set.data.some((value) => value !== 0));
  chart?.destroy();
  chart = new Chart(document.getElementById('difference-chart'), {
    type: 'bar', data: {labels: comparison.years.map(String), datasets},
    options: euroChartOptions(),
  });
}

// Once the differences are on screen (after the next frame): marks on their table how long after `since`
// (a click's time) that was, the page's own measurement.
function shown(since) {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => {
    document.getElementById('differences').dataset.shownAfterMs = String(Math.round(performance.now() - since));
    resolve();
  }, 0)));
}

// Settles the what-if of the form, and shows its differences (beside the kept what-if's) as soon as they are there.
export async function compare(event) {
  const since = event?.timeStamp ?? performance.now();
  state.whatIf = readWhatIf();
  document.getElementById('sets-text').textContent = whatIfText(state.whatIf);
  const table = document.getElementById('differences');
  if (isEmpty(state.whatIf)) {
    table.replaceChildren();
    chart?.destroy();
    chart = null;
  } else {
    try {
      const [comparison, versusKept] = await Promise.all([
        api('/api/compare', {...state.whatIf, changed_only: true}),
        state.kept ? api('/api/compare', {...state.whatIf, against: state.kept, changed_only: true}) : null]);
      renderDifferences(table, comparison, {versusKept});
      showProblem(null);
      await shown(since);
      renderDifferenceChart(comparison);  // the numbers first, the chart a moment later
    } catch (error) {
      showProblem(error);
    }
  }
  // Only then the whole settlement: asked at the same time, it would slow the differences down.
  await showSettlement(requestSettlement());
}

function renderKept() {
  document.getElementById('kept-text').textContent = state.kept ? t('kept_what_if') + whatIfWords({scenario: state.kept.scenario, settings: state.kept.sets}) : '';
  document.getElementById('forget').hidden = !state.kept;
}

export function startWhatIf() {
  document.getElementById('apply').addEventListener('click', compare);
  document.getElementById('reset').addEventListener('click', (event) => {
    for (const input of document.querySelectorAll('#parameters input')) input.value = '';
    document.getElementById('scenario').value = '';
    compare(event);
  });
  document.getElementById('keep').addEventListener('click', () => {
    const whatIf = readWhatIf();
    if (isEmpty(whatIf)) return;
    state.kept = whatIf;
    renderKept();
  });
  document.getElementById('forget').addEventListener('click', (event) => {
    state.kept = null;
    renderKept();
    compare(event);
  });
  document.getElementById('download-differences').addEventListener('click', () => download({
    ...state.whatIf, view: 'differences', format: 'xlsx', changed_only: true,
  }));
  document.getElementById('download-differences-csv').addEventListener('click', () => download({
    ...state.whatIf, view: 'differences', format: 'csv', changed_only: true, csv_dialect: csvDialect(),
  }));
}
