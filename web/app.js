// The workbench page: Afrekening, Wat als, Waarom, Gegevens and Regels, from the API of `regelwerk serve`.
// Amounts are exact: decimal strings from the server, summed as BigInt cents (web/amounts.js).
import {api, csvDialect, describeWhatIf, download, settings, show, showProblem, state, t} from './page.js';
import {renderSettlement, requestSettlement, showSettlement} from './settlement.js';
import {renderParameters, startWhatIf} from './what_if.js';
import {startWhy} from './why.js';
import {renderData, startData} from './data_screen.js';
import {refreshRules, renderRules, startRules} from './rules_screen.js';

function applyLanguage() {
  document.documentElement.lang = settings.language;
  for (const node of document.querySelectorAll('[data-label]')) node.textContent = t(node.dataset.label);
  if (!state.model) return;
  renderParameters();
  renderData();
  renderRules();
  if (state.run) {
    document.getElementById('computed-under').textContent = describeWhatIf(state.run.computed_under);
    renderSettlement();
  }
}

async function start() {
  for (const button of document.querySelectorAll('nav button')) {
    button.addEventListener('click', () => {
      show(button.dataset.screen);
      if (button.dataset.screen === 'rules') refreshRules();
    });
  }
  document.getElementById('language').addEventListener('change', (event) => { settings.language = event.target.value; applyLanguage(); });
  for (const format of ['xlsx', 'csv']) {
    document.getElementById(`download-settlement-${format}`).addEventListener('click', () => download({
      ...state.whatIf, view: 'settlement', format, csv_dialect: csvDialect(),
    }));
  }
  startWhatIf();
  startWhy();
  applyLanguage();
  show('settlement');
  try {
    state.model = await api('/api/model');
    document.getElementById('model-name').textContent = state.model.model;
    renderParameters();
    await Promise.all([showSettlement(requestSettlement()), startData(), startRules()]);
  } catch (error) {
    showProblem(error);
  }
}

start();
