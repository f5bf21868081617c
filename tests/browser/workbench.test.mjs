// The workbench in a real browser: Debian's chromium, headless, driven by Playwright.
// Usage: node tests/browser/workbench.test.mjs path/to/regelwerk ARTEFACT_DIR (from the project root).
import {spawn, execFileSync} from 'node:child_process';
import {statSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {chromium} from 'playwright-core';

const [regelwerk, artefacts] = process.argv.slice(2);
mkdirSync(artefacts, {recursive: true});
const model = ['rules/centraal-gelderland.regels', '--data', 'examples/centraal-gelderland'];
const failures = [];
const check = (condition, message) => { if (!condition) { failures.push(message); console.log('FAIL:', message); } };
const cliJson = (command, ...args) => JSON.parse(execFileSync(regelwerk, [command, ...model, ...args, '--format', 'json'], {maxBuffer: 256 * 1024 * 1024}));

// Dutch euros of a plain decimal string, written here independently of the page: "756000.00" → "€756.000,00".
function dutchEuros(plain) {
  const negative = plain.startsWith('-');
  const [whole, fraction] = plain.replace('-', '').split('.');
  return `${negative ? '-' : ''}€${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`;
}

const server = spawn(regelwerk, ['serve', ...model, '--port', '0'], {stdio: ['ignore', 'pipe', 'inherit']});
const url = await new Promise((resolve, reject) => {
  let printed = '';
  server.stdout.on('data', (chunk) => {
    printed += chunk;
    const found = printed.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{32}/);
    if (found) resolve(found[0]);
  });
  server.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
});
const base = url.split('/?token=')[0];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],  // Playwright gives it a fresh profile of its own
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => check(false, `the page threw: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') console.log('page console:', message.text()); });
  page.on('response', (r) => { if (r.status() >= 400) console.log('answer', r.status(), r.url()); });
  const shot = async (name) => {
    const path = join(artefacts, `${name}.png`);
    await page.screenshot({path, fullPage: true});
    check(statSync(path).size > 10000, `screenshot ${name} is empty`);
  };

  // Without the token: refused.
  const refused = await page.goto(base + '/');
  check(refused.status() === 401, `the page without the token answers ${refused.status()}`);

  // The printed URL: the settlement of the model as written.
  await page.goto(url);
  await page.waitForSelector('#balances tr[data-account="Rheden"]');
  const agreed = cliJson('run');
  const rhedenRow = page.locator('#balances tr[data-account="Rheden"]:not(.rule)');
  const rheden2022 = (await rhedenRow.locator('td').nth(1).textContent()).trim();
  check(rheden2022 === dutchEuros(agreed.balances['2022'].Rheden), `Rheden 2022 shows ${rheden2022}, the CLI ${agreed.balances['2022'].Rheden}`);
  check((await page.textContent('#computed-under')).includes('zoals vastgelegd'), 'the what-if in force is not shown');
  await shot('afrekening');

  // Wat als: the fee to 7000.
  await page.click('nav button[data-screen="what-if"]');
  await page.fill('#parameters input[name="secondary_fee"]', '7000');
  const comparison = page.waitForResponse((r) => r.url().endsWith('/api/compare'));
  const clicked = Date.now();
  await page.click('#apply');
  await comparison;
  await page.waitForSelector('#differences tr[data-account="centre"]');
  const differencesShown = Date.now();
  await page.waitForFunction(() => document.getElementById('computed-under').textContent.includes('secondary_fee=7000'));
  // A measurement for docs/performance.md, not an assertion.
  console.log(`end to end: the differences shown ${differencesShown - clicked} ms after the click, the whole settlement ${Date.now() - clicked} ms`);
  const expected = cliJson('compare', '--set', 'secondary_fee=7000', '--changed-only');
  const centre = expected.accounts.find((row) => row.account === 'centre' && row.year === 2022);
  const centreRow = page.locator('#differences tr[data-account="centre"][data-year="2022"]:not(.rule)');
  const centreDifference = (await centreRow.locator('td').nth(4).textContent()).trim();
  check(centreDifference === dutchEuros(centre.difference), `the centre's 2022 change shows ${centreDifference}, the CLI ${centre.difference}`);
  check((await page.textContent('#sets-text')).includes('--set secondary_fee=7000'), 'the what-if is not given as --set lines');
  await shot('wat-als');

  // Afrekening under the what-if: Rheden's rule 5 in 2022 is 108 × €7,000 = €756,000.
  await page.click('nav button[data-screen="settlement"]');
  await page.waitForFunction(() => document.getElementById('computed-under').textContent.includes('secondary_fee=7000'));
  await page.click('#balances tr[data-account="Rheden"] button.toggle');
  const rule5 = page.locator('#balances tr.rule[data-account="Rheden"][data-rule="5"] td').nth(1);
  check((await rule5.textContent()).trim() === '€756.000,00', `Rheden's 2022 secondary costs show ${await rule5.textContent()}`);

  // Waarom: a click on it explains it.
  await rule5.click();
  await page.waitForSelector('#why .groups');
  const groups = (await page.textContent('#why .groups')).trim();
  check(groups === '108 × €7.000,00', `the explanation shows ${groups}, not 108 × €7.000,00`);
  await shot('waarom');

  // A scenario of the model: late_reform, compared as the CLI does.
  await page.click('nav button[data-screen="what-if"]');
  await page.fill('#parameters input[name="secondary_fee"]', '');
  await page.selectOption('#scenario', 'late_reform');
  const lateReform = page.waitForResponse((r) => r.url().endsWith('/api/compare'));
  await page.click('#apply');
  await lateReform;
  const late = cliJson('compare', '--scenario', 'late_reform', '--changed-only');
  await page.waitForFunction((n) => document.querySelectorAll('#differences tr:not(.rule)').length === n + 1, late.accounts.length);
  const shown = await page.$$eval('#differences tr:not(.rule)', (rows) => rows.slice(1).map((r) => r.children[4].textContent.trim()));
  check(JSON.stringify(shown) === JSON.stringify(late.accounts.map((row) => dutchEuros(row.difference))),
        'the late_reform differences differ from the CLI\'s');

  // English as an option.
  await page.selectOption('#language', 'en');
  check((await page.textContent('nav button[data-screen="settlement"]')) === 'Settlement', 'the English labels are not shown');
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
console.log('browser:', failures.length ? 'FAILED' : 'ok', `(${failures.length} failures)`);
process.exit(failures.length ? 1 : 0);
