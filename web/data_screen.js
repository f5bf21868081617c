// Gegevens: the loaded data input by input, and another file checked: its errors by sheet, row and
// column, or what the settlement becomes on it compared with the loaded data.
import {api, downloadAfterUpload, element, showProblem, t, upload} from './page.js';
import {renderDifferences} from './what_if.js';

let loaded = null;

function renderLoaded() {
  if (!loaded) return;
  document.getElementById('data-path').textContent = `${t('loaded_data')}: ${loaded.data} — ${t('validated')}`;
  document.getElementById('inputs').replaceChildren(
    element('tr', {}, ...['input', 'file', 'records'].map((k) => element('th', {}, t(k)))),
    ...loaded.inputs.map((input) => element('tr', {'data-input': input.name}, element('td', {}, input.name),
      element('td', {}, input.file), element('td', {}, input.records === null ? '' : String(input.records)))));
}

let checked = null, checkedFile = null;  // the answer about the last file checked, and that file

function renderChecked() {
  const errors = document.getElementById('data-errors'), differences = document.getElementById('data-differences');
  const summary = document.getElementById('upload-summary');
  document.getElementById('data-downloads').hidden = !checked || checked.errors.length > 0;
  if (!checked) return;
  if (checked.errors.length) {
    summary.textContent = `${t('data_errors')}: ${checked.file}`;
    errors.replaceChildren(element('tr', {}, ...['file', 'sheet', 'row', 'column', 'message'].map((k) => element('th', {}, t(k)))),
      ...checked.errors.map((e) => element('tr', {class: 'data-error'}, element('td', {}, e.file),
        element('td', {}, e.sheet ?? ''), element('td', {}, e.row === null || e.row === undefined ? '' : String(e.row)),
        element('td', {}, e.column ? `${e.column} (${e.column_letters})` : e.path ?? ''), element('td', {}, e.message))));
    differences.replaceChildren();
    return;
  }
  summary.textContent = `${checked.file}: ${t('no_errors')}`;
  errors.replaceChildren();
  renderDifferences(differences, checked.comparison, {explainable: false, sides: ['loaded_data', 'this_file']});
}

export function renderData() {
  renderLoaded();
  renderChecked();
}

export async function startData() {
  document.getElementById('upload').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    try {
      checked = await upload('/api/data', file);
      checkedFile = file;
      renderChecked();
      showProblem(null);
    } catch (error) {
      showProblem(error);
    }
    event.target.value = '';  // choosing the same file again checks it again
  });
  for (const format of ['xlsx', 'csv']) {
    document.getElementById(`download-data-${format}`).addEventListener('click', () => downloadAfterUpload('/api/data', checkedFile, format));
  }
  loaded = await api('/api/data');
  renderLoaded();
}
