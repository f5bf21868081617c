// What every screen shares: the API with the page's token, the state of the session, elements and problems.
import {labels} from './labels.js';

const token = document.querySelector('meta[name="regelwerk-token"]').content;

export const settings = {language: 'nl'};
export const t = (key) => labels[settings.language][key];
// The CSV dialect of downloads: Dutch (for Excel under Dutch settings) when the page is in Dutch.
export const csvDialect = () => settings.language === 'nl' ? 'nl' : 'standard';

// The model, the what-if in force, the one kept to compare with, the settlement shown and the last question asked of Waarom.
export const state = {model: null, whatIf: {scenario: null, sets: []}, kept: null, run: null, question: null};

// The answer of an API request (GET without a body, POST with a JSON body), or an Error with the server's message.
export async function api(path, body) {
  const response = await fetch(path, body === undefined ? {headers: {'X-Regelwerk-Token': token}} : {
    method: 'POST', headers: {'Content-Type': 'application/json', 'X-Regelwerk-Token': token}, body: JSON.stringify(body),
  });
  return answerOf(response);
}

// The answer of a POST of a file's bytes to `path`, with its name.
export async function upload(path, file) {
  const response = await fetch(path, {
    method: 'POST', body: file,
    headers: {'Content-Type': 'application/octet-stream', 'X-File-Name': file.name, 'X-Regelwerk-Token': token},
  });
  return answerOf(response);
}

async function answerOf(response) {
  const answer = await response.json();
  if (!response.ok) throw new Error(answer.error);
  return answer;
}

// Saves the file a POST of the JSON `request` to `path` (/api/download unless given) answers with.
export function download(request, path = '/api/download') {
  return save(path, {method: 'POST', headers: {'Content-Type': 'application/json', 'X-Regelwerk-Token': token},
                     body: JSON.stringify(request)});
}

// Saves the file a POST of `file` to `path` gives as `format` (xlsx or csv) instead of JSON.
export function downloadAfterUpload(path, file, format) {
  return save(path, {method: 'POST', body: file,
    headers: {'Content-Type': 'application/octet-stream', 'X-File-Name': file.name, 'X-Download': format, 'X-Regelwerk-Token': token}});
}

// Saves the file the request `init` to `path` answers with, under the name the server gives it.
async function save(path, init) {
  try {
    const response = await fetch(path, init);
    if (!response.ok) throw new Error((await response.json()).error);
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'regelwerk';
    const url = URL.createObjectURL(await response.blob());
    const link = element('a', {href: url, download: name});
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    showProblem(null);
  } catch (error) {
    showProblem(error);
  }
}

export function showProblem(error) {
  const problem = document.getElementById('problem');
  problem.hidden = !error;
  problem.textContent = error ? error.message : '';
}

// A new element with attributes (on… ones are event handlers) and children.
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

export function accountName(id) {
  return state.model.accounts.find((account) => account.id === id)?.name ?? id;
}

// Shows one screen of the page.
export function show(screen) {
  for (const section of document.querySelectorAll('main > section')) section.hidden = section.id !== screen;
  for (const button of document.querySelectorAll('nav button')) {
    if (button.dataset.screen === screen) button.setAttribute('aria-current', 'page');
    else button.removeAttribute('aria-current');
  }
}

// How a what-if is described above the screens: "--scenario late_reform --set fee=7000".
export function whatIfWords(computedUnder) {
  const parts = [];
  if (computedUnder.scenario) parts.push(`--scenario ${computedUnder.scenario}`);
  for (const setting of computedUnder.settings ?? []) parts.push(`--set ${setting}`);
  return parts.join(' ');
}

export function describeWhatIf(computedUnder) {
  if (!computedUnder || (!computedUnder.scenario && !(computedUnder.settings ?? []).length)) return t('agreed');
  return t('under') + whatIfWords(computedUnder);
}
