// Afrekening: accounts × years with their closing balance, each expandable per rule, with totals and a chart per member.
import {cents, chartEuros, euroChartOptions, euros} from './amounts.js';
import {api, describeWhatIf, element, showProblem, state, t} from './page.js';
import {explain} from './why.js';

// Per "year|account|rule": what the account received minus what it paid under that rule in that year.
function ruleAmounts(run) {
  const amounts = new Map();
  const add = (key, value) => amounts.set(key, (amounts.get(key) ?? 0n) + value);
  for (const entry of run.entries) {
    add(`${entry.year}|${entry.to}|${entry.rule}`, cents(entry.amount));
    add(`${entry.year}|${entry.from}|${entry.rule}`, -cents(entry.amount));
  }
  return amounts;
}

// A cell with an amount that a click explains (as `question` asks /api/explain).
export function amountCell(value, question, attributes = {}) {
  return element('td', {class: 'amount', title: t('why'), ...attributes, onclick: () => explain(question)}, euros(value));
}

export function renderSettlement() {
  const run = state.run;
  const years = run.years;
  const last = years[years.length - 1];
  const table = document.getElementById('balances');
  table.replaceChildren(element('tr', {}, element('th', {}, t('account')), ...years.map((y) => element('th', {}, String(y))),
                                element('th', {}, `${t('closing')} ${last}`)));
  const amounts = ruleAmounts(run);
  for (const account of run.accounts) {
    const rows = [];
    const toggle = element('button', {class: 'toggle', 'aria-expanded': 'false', 'aria-label': account.name}, '▸');
    table.append(element('tr', {'data-account': account.id}, element('td', {}, toggle, ' ', account.name),
      ...years.map((y) => amountCell(cents(run.balances[y][account.id]), {account: account.id, year: y})),
      element('td', {}, euros(cents(run.closing_balances[last][account.id])))));
    for (const rule of state.model.rules) {
      const values = years.map((y) => amounts.get(`${y}|${account.id}|${rule.id}`));
      if (values.every((value) => value === undefined)) continue;
      const ruleRow = element('tr', {class: 'rule', hidden: '', 'data-account': account.id, 'data-rule': rule.id},
        element('td', {}, `${t('rule')} ${rule.id} ${rule.title}`),
        ...values.map((value, i) => value === undefined ? element('td') : amountCell(value, {account: account.id, year: years[i], rule: rule.id})),
        element('td'));
      rows.push(ruleRow);
      table.append(ruleRow);
    }
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? '▾' : '▸';
      for (const r of rows) r.hidden = !open;
    });
  }
  const total = (y) => run.accounts.reduce((sum, a) => sum + cents(run.balances[y][a.id]), 0n);
  table.append(element('tr', {class: 'total'}, element('td', {}, t('total')), ...years.map((y) => element('td', {}, euros(total(y)))),
                       element('td', {}, euros(run.accounts.reduce((sum, a) => sum + cents(run.closing_balances[last][a.id]), 0n)))));
  renderChart(run);
}

let chart = null;
// A line per member over the years.
function renderChart(run) {
  if (typeof Chart === 'undefined') return;
  const members = run.accounts.filter((a) => a.kind === 'member');
  const datasets = members.map((m) => ({label: m.name, data: run.years.map((y) => chartEuros(cents(run.balances[y][m.id])))}));
  chart?.destroy();
  chart = new Chart(document.getElementById('member-chart'), {
    type: 'line', data: {labels: run.years.map(String), datasets},
    options: euroChartOptions(),
  });
}

// Shows the settlement `pending` (an /api/run answer on its way) once it is there.
export async function showSettlement(pending) {
  try {
    state.run = await pending;
    document.getElementById('computed-under').textContent = describeWhatIf(state.run.computed_under);
    renderSettlement();
    showProblem(null);
  } catch (error) {
    showProblem(error);
  }
}

// Asks for the settlement under the what-if in force (without reports: the screens show none).
export function requestSettlement() {
  return api('/api/run', {...state.whatIf, reports: false});
}
