// Waarom: how an amount was computed, from /api/explain: rule and article, source line, formula,
// contributions, parameters with where they were set, and the clients with their data file and path.
import {cents, euros, localise} from './amounts.js';
import {api, describeWhatIf, download, element, show, showProblem, state, t} from './page.js';

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
  for (const distribution of posting.distributions ?? []) list.append(element('dt', {}, t('distribution')), element('dd', {}, distributionView(distribution)));
  return element('article', {class: 'posting'}, element('h3', {}, `${t('rule')} ${posting.rule} ${posting.title} (${posting.id})`), list);
}

const amountOrEmpty = (text) => text === undefined || text === null ? '' : euros(cents(text));

// A distribution the posting is a part of: what was distributed, each key's recipients with their key,
// share, cap and part (the posting's recipient marked), the rounds that placed the cents, and the remainder.
function distributionView(distribution) {
  const view = element('div', {class: 'distribution'}, element('p', {},
    `${distribution.amount_formula} = ${euros(cents(distribution.amount))} (${t('rounding')}: ${distribution.rounding}; ${distribution.source})`));
  for (const axis of distribution.keys) {
    const capped = axis.recipients.some((r) => r.cap !== undefined);
    const headers = ['recipient', 'key', 'share', ...(capped ? ['cap'] : []), 'part', 'capped_in_round'];
    view.append(element('p', {}, `${axis.list}: ${t('key')} ${axis.key}${capped ? `, ${t('cap')} ${axis.cap}` : ''}`),
      element('table', {}, element('tr', {}, ...headers.map((h) => element('th', {}, t(h)))),
        ...axis.recipients.map((r) => element('tr', {'data-recipient': r.name, class: r.name === distribution.recipient || r.name === distribution.column_recipient ? 'this-posting' : '', title: r.data},
          element('td', {}, r.name), element('td', {}, r.key), element('td', {}, r.share),
          ...(capped ? [element('td', {}, amountOrEmpty(r.cap))] : []), element('td', {}, euros(cents(r.part))),
          element('td', {}, r.capped_in_round === null ? '' : String(r.capped_in_round))))),
      element('details', {}, element('summary', {}, `${t('rounds')}: ${axis.rounds.length}`),
        ...axis.rounds.map((round, i) => element('div', {}, `${t('round')} ${i + 1}: ${euros(cents(round.amount))} — `
          + round.shares.map((s) => `${s.name} ${s.exact} → ${euros(cents(s.rounded_down))}${s.extra_cent ? ` + ${t('extra_cent')}` : ''}${s.capped ? ` (${t('cap')})` : ''}`).join('; ')))));
  }
  view.append(element('p', {}, `${t('remainder')}: ${euros(cents(distribution.remainder))}`));
  return view;
}

// Explains the amount `question` names ({account, year, rule?}) under the what-if in force, on the Waarom screen.
export async function explain(question) {
  try {
    const answer = await api('/api/explain', {...state.whatIf, ...question, items: true});
    state.question = question;
    document.getElementById('explanation').replaceChildren(
      element('h2', {}, `${answer.name} ${answer.year}: ${t('received')} ${euros(cents(answer.received))}, `
        + `${t('paid')} ${euros(cents(answer.paid))}, ${t('balance')} ${euros(cents(answer.balance))}`),
      element('p', {}, describeWhatIf(answer.computed_under)),
      ...answer.received_postings.map(postingView), ...answer.paid_postings.map(postingView));
    document.getElementById('download-explanation').hidden = false;
    show('why');
    showProblem(null);
  } catch (error) {
    showProblem(error);
  }
}

export function startWhy() {
  document.getElementById('download-explanation').addEventListener('click', () => download({
    ...state.whatIf, ...state.question, items: true, view: 'explanation', format: 'xlsx',
  }));
}
