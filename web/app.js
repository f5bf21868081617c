// The workbench page: Afrekening (the settlement), Wat als (what-if) and Waarom (why), from the API
// of `regelwerk serve`. Amounts are exact: decimal strings from the server, summed as BigInt cents.

const token = document.querySelector('meta[name="regelwerk-token"]').content;

const labels = {
  nl: {
    settlement: 'Afrekening', what_if: 'Wat als', why: 'Waarom', scenario: 'Scenario', apply: 'Bereken',
    reset: 'Terug naar de regeling', settings_to_copy: 'Deze wat-als om te kopiëren', differences: 'Verschillen per jaar en rekening',
    why_hint: 'Klik op een bedrag in de afrekening of bij de verschillen om te zien hoe het is berekend.',
    account: 'Rekening', total: 'Totaal', closing: 'Eindsaldo', agreed: 'Berekend onder: de regeling zoals vastgelegd',
    under: 'Berekend onder wat-als: ', none: '(geen)', parameter: 'Parameter', type: 'Type', declared: 'Vastgelegd',
    new_value: 'Nieuwe waarde', from: 'vanaf', year: 'Jaar', baseline: 'Regeling', scenario_value: 'Wat als',
    difference: 'Verschil', nothing_changes: 'Er verandert niets.', rule: 'regel', formula: 'Formule', source: 'Bron',
    contributions: 'Bijdragen', parameters: 'Parameters', clients: 'Cliënten', amount: 'Bedrag', received: 'Ontvangen',
    paid: 'Betaald', balance: 'Saldo', due: 'Vervalt', exact_total: 'Exact totaal', rounding: 'Afronding', data: 'Gegevens',
  },
  en: {
    settlement: 'Settlement', what_if: 'What if', why: 'Why', scenario: 'Scenario', apply: 'Calculate',
    reset: 'Back to the agreement', settings_to_copy: 'This what-if, to copy', differences: 'Differences per year and account',
    why_hint: 'Click an amount in the settlement or the differences to see how it was computed.',
    account: 'Account', total: 'Total', closing: 'Closing balance', agreed: 'Computed under: the agreement as written',
    under: 'Computed under the what-if: ', none: '(none)', parameter: 'Parameter', type: 'Type', declared: 'Declared',
    new_value: 'New value', from: 'from', year: 'Year', baseline: 'Agreement', scenario_value: 'What if',
    difference: 'Difference', nothing_changes: 'Nothing changes.', rule: 'rule', formula: 'Formula', source: 'Source',
    contributions: 'Contributions', parameters: 'Parameters', clients: 'Clients', amount: 'Amount', received: 'Received',
    paid: 'Paid', balance: 'Balance', due: 'Due', exact_total: 'Exact total', rounding: 'Rounding', data: 'Data',
  },
};
let language = 'nl';
const t = (key) => labels[language][key];

// ---- exact amounts ----

// Cents of a plain decimal string from the API ("-1234.50"), as a BigInt.
function cents(text) {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const value = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -value : value;
}

// Cents as a reader of the chosen language writes euros: €756.000,00 (nl) or €756,000.00 (en).
function euros(value) {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const whole = (magnitude / 100n).toString();
  const fraction = (magnitude % 100n).toString().padStart(2, '0');
  const [group, point] = language === 'nl' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}€${grouped}${point}${fraction}`;
}

// Text with the explanations' English euro amounts ("€6,000.00") written as the chosen language writes them.
function localise(text) {
  return String(text).replace(/€(-?)([\d,]+)\.(\d{2})/g, (_, sign, whole, fraction) =>
    euros(cents(`${sign}${whole.replaceAll(',', '')}.${fraction}`)));
}

// ---- the API ----

async function api(path, body) {
  const response = await fetch(path, body === undefined ? {headers: {'X-Regelwerk-Token': token}} : {
    method: 'POST', headers: {'Content-Type': 'application/json', 'X-Regelwerk-Token': token}, body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(answer.error);
  return answer;
}

const state = {model: null, whatIf: {scenario: null, sets: []}, run: null};

function showProblem(error) {
  const problem = document.getElementById('problem');
  problem.hidden = !error;
  problem.textContent = error ? error.message : '';
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

function accountName(id) {
  return state.model.accounts.find((account) => account.id === id)?.name ?? id;
}

// ---- Afrekening ----

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

function amountCell(value, question) {
  return element('td', {class: 'amount', title: t('why'), onclick: () => explain(question)}, euros(value));
}

function renderSettlement() {
  const run = state.run;
  const years = run.years;
  const last = years[years.length - 1];
  const table = document.getElementById('balances');
  table.replaceChildren(element('tr', {}, element('th', {}, t('account')), ...years.map((y) => element('th', {}, String(y))),
                                element('th', {}, `${t('closing')} ${last}`)));
  const amounts = ruleAmounts(run);
  const rules = state.model.rules;
  for (const account of run.accounts) {
    const rows = [];
    const toggle = element('button', {class: 'toggle', 'aria-expanded': 'false', 'aria-label': account.name}, '▸');
    const row = element('tr', {'data-account': account.id}, element('td', {}, toggle, ' ', account.name),
      ...years.map((y) => amountCell(cents(run.balances[y][account.id]), {account: account.id, year: y})),
      element('td', {}, euros(cents(run.closing_balances[last][account.id]))));
    table.append(row);
    for (const rule of rules) {
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
// A line per member over the years: whole euros (exact integers; the chart only draws them).
function renderChart(run) {
  if (typeof Chart === 'undefined') return;
  const members = run.accounts.filter((a) => a.kind === 'member');
  const datasets = members.map((m) => ({label: m.name, data: run.years.map((y) => Number(cents(run.balances[y][m.id]) / 100n))}));
  chart?.destroy();
  chart = new Chart(document.getElementById('member-chart'), {
    type: 'line', data: {labels: run.years.map(String), datasets},
    options: {animation: false, scales: {y: {ticks: {callback: (v) => euros(BigInt(Math.round(v)) * 100n)}}}},
  });
}

function describeWhatIf(computedUnder) {
  if (!computedUnder) return t('agreed');
  const parts = [];
  if (computedUnder.scenario) parts.push(`--scenario ${computedUnder.scenario}`);
  for (const setting of computedUnder.settings ?? []) parts.push(`--set ${setting}`);
  return t('under') + parts.join(' ');
}

async function settle() {
  try {
    state.run = await api('/api/run', {...state.whatIf, reports: false});
    document.getElementById('computed-under').textContent = describeWhatIf(state.run.computed_under);
    renderSettlement();
    showProblem(null);
  } catch (error) {
    showProblem(error);
  }
}

// ---- Wat als ----

function renderParameters() {
  const table = document.getElementById('parameters');
  table.replaceChildren(element('tr', {}, ...['parameter', 'type', 'declared', 'new_value'].map((k) => element('th', {}, t(k)))));
  for (const parameter of state.model.parameters) {
    const declared = parameter.values.map((v) => v.from === null ? v.value : `${v.value} ${t('from')} ${v.from}`).join(', ');
    table.append(element('tr', {},
      element('td', {}, element('b', {}, parameter.name), element('br'), element('small', {}, parameter.comment)),
      element('td', {}, parameter.type),
      element('td', {title: parameter.source}, declared),
      element('td', {}, element('input', {name: parameter.name, 'aria-label': parameter.name, placeholder: parameter.values[0]?.value ?? ''}))));
  }
  const select = document.getElementById('scenario');
  select.replaceChildren(element('option', {value: ''}, t('none')),
    ...state.model.scenarios.map((s) => element('option', {value: s.name}, `${s.name}: ${s.title}`)));
}

function readWhatIf() {
  const sets = [];
  for (const input of document.querySelectorAll('#parameters input')) {
    if (input.value.trim() !== '') sets.push(`${input.name}=${input.value.trim()}`);
  }
  return {scenario: document.getElementById('scenario').value || null, sets};
}

// The what-if as --set lines and as a scenario block for the rule file.
function whatIfText(whatIf) {
  const lines = [];
  if (whatIf.scenario) lines.push(`--scenario ${whatIf.scenario}`);
  for (const setting of whatIf.sets) lines.push(`--set ${setting}`);
  const block = whatIf.sets.map((s) => {
    const [name, value] = s.split('=');
    const type = state.model.parameters.find((p) => p.name === name)?.type;
    return `  ${name} = ${type === 'money' && /^\d/.test(value) ? '€' + value : value}`;
  });
  return lines.join('\n') + (block.length ? `\n\nscenario my_what_if "…" {\n${block.join('\n')}\n}` : '');
}

async function compare() {
  state.whatIf = readWhatIf();
  document.getElementById('sets-text').textContent = whatIfText(state.whatIf);
  const table = document.getElementById('differences');
  try {
    if (!state.whatIf.scenario && state.whatIf.sets.length === 0) {
      table.replaceChildren();
      await settle();
      return;
    }
    const comparison = await api('/api/compare', {...state.whatIf, changed_only: true});
    table.replaceChildren(element('tr', {}, ...['year', 'account', 'baseline', 'scenario_value', 'difference'].map((k) => element('th', {}, t(k)))));
    for (const row of comparison.accounts) {
      table.append(element('tr', {'data-account': row.account, 'data-year': row.year}, element('td', {}, String(row.year)),
        element('td', {}, accountName(row.account)), element('td', {}, euros(cents(row.baseline))),
        amountCell(cents(row.scenario), {account: row.account, year: row.year}), element('td', {class: 'changed'}, euros(cents(row.difference)))));
      for (const [rule, amounts] of Object.entries(row.rules)) {
        table.append(element('tr', {class: 'rule', 'data-account': row.account, 'data-year': row.year, 'data-rule': rule},
          element('td'), element('td', {}, `${t('rule')} ${rule}`), element('td', {}, euros(cents(amounts.baseline))),
          amountCell(cents(amounts.scenario), {account: row.account, year: row.year, rule}), element('td', {}, euros(cents(amounts.difference)))));
      }
    }
    if (comparison.accounts.length === 0) table.append(element('tr', {}, element('td', {}, t('nothing_changes'))));
    await settle();
  } catch (error) {
    showProblem(error);
  }
}

// ---- Waarom ----

function postingView(posting) {
  const list = element('dl');
  const item = (label, ...value) => list.append(element('dt', {}, t(label)), element('dd', {}, ...value));
  item('amount', element('span', {class: 'posting-amount'}, euros(cents(posting.amount))), ` — ${posting.from} → ${posting.to}`);
  item('source', `${posting.rule_source}: ${posting.rule_line}`);
  item('formula', element('code', {}, posting.statement), ` (${posting.statement_source})`);
  item('contributions', element('span', {class: 'groups'},
    (posting.groups ?? []).map((g) => `${g.count} × ${localise(g.each)}`).join(' + ')));
  if (posting.exact_total) item('exact_total', localise(posting.exact_total), ` (${t('rounding')}: ${posting.rounding})`);
  if (posting.due) item('due', posting.due);
  item('parameters', ...(posting.parameters ?? []).map((p) => element('div', {}, `${p.name} = ${localise(p.value)} (${p.source})`)));
  if (posting.each?.length) {
    item('clients', element('details', {}, element('summary', {}, `${posting.each.length}`),
      ...posting.each.map((c) => element('div', {}, `${c.id}: ${localise(c.amount)} — ${c.data}`))));
  }
  return element('article', {class: 'posting'}, element('h3', {}, `${t('rule')} ${posting.rule} ${posting.title} (${posting.id})`), list);
}

async function explain(question) {
  try {
    const answer = await api('/api/explain', {...state.whatIf, ...question, items: true});
    const view = document.getElementById('explanation');
    view.replaceChildren(element('h2', {}, `${answer.name} ${answer.year}: ${t('received')} ${euros(cents(answer.received))}, `
      + `${t('paid')} ${euros(cents(answer.paid))}, ${t('balance')} ${euros(cents(answer.balance))}`),
      element('p', {}, describeWhatIf(answer.computed_under)),
      ...answer.received_postings.map(postingView), ...answer.paid_postings.map(postingView));
    show('why');
    showProblem(null);
  } catch (error) {
    showProblem(error);
  }
}

// ---- the frame ----

function show(screen) {
  for (const section of document.querySelectorAll('main > section')) section.hidden = section.id !== screen;
  for (const button of document.querySelectorAll('nav button')) {
    if (button.dataset.screen === screen) button.setAttribute('aria-current', 'page');
    else button.removeAttribute('aria-current');
  }
}

function applyLanguage() {
  document.documentElement.lang = language;
  for (const node of document.querySelectorAll('[data-label]')) node.textContent = t(node.dataset.label);
  if (state.model) {
    renderParameters();
    if (state.run) {
      document.getElementById('computed-under').textContent = describeWhatIf(state.run.computed_under);
      renderSettlement();
    }
  }
}

async function start() {
  for (const button of document.querySelectorAll('nav button')) button.addEventListener('click', () => show(button.dataset.screen));
  document.getElementById('language').addEventListener('change', (event) => { language = event.target.value; applyLanguage(); });
  document.getElementById('apply').addEventListener('click', compare);
  document.getElementById('reset').addEventListener('click', () => {
    for (const input of document.querySelectorAll('#parameters input')) input.value = '';
    document.getElementById('scenario').value = '';
    compare();
  });
  applyLanguage();
  show('settlement');
  try {
    state.model = await api('/api/model');
    document.getElementById('model-name').textContent = state.model.model;
    renderParameters();
    await settle();
  } catch (error) {
    showProblem(error);
  }
}

start();
