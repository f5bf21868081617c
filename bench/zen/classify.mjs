// The peer side of bench/run: classifies every client of the national data with @gorules/zen-engine,
// using the decision graph classify.json (existing or new under arrangement 6, and who pays each stay),
// and prints one JSON line: {"clients", "seconds", "per_second", "existing", "new"}.
//
// Before anything is timed, each client becomes plain JSON: dates as yyyymmdd numbers (2025-03-01 is
// 20250301, so zen-engine compares numbers; the 12-month window is `+ 10000` in the graph), the stays as
// the list of their municipalities, and the region's centre. Only the evaluation loop is timed, after a
// warm-up pass. Afterwards the result count and every result are checked against a classification
// computed here with calendar arithmetic; any difference exits 1.
// Usage: node classify.mjs DATA_DIR   (DATA_DIR written by bench/generate_national.py)
import fs from 'node:fs';
import path from 'node:path';
import { ZenEngine } from '@gorules/zen-engine';

const REFORM_DATE = '2025-01-01';  // the model's reform_date
const CONCURRENT = 256;  // evaluations in flight at once

// An ISO date as a yyyymmdd number, or null.
function dateNumber(iso) {
  return iso ? Number(iso.replaceAll('-', '')) : null;
}

// The decision's input for one client of a region with centre `centre`.
function inputOf(client, centre) {
  return {
    centre,
    product: client.product,
    start: dateNumber(client.decision.start),
    previousStart: dateNumber(client.previous?.start),
    previousEnd: dateNumber(client.previous?.end),
    lastAddress: client.last_address,
    registered: client.registered,
    stays: client.stays.map((stay) => stay.municipality),
  };
}

// The ISO date 12 months after `iso`; a day the month lacks becomes the month's last day.
function twelveMonthsAfter(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  return new Date(Date.UTC(year + 1, month - 1, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

// The expected classification of one client, straight from the model's definitions (for the check).
function expectedOf(client, centre) {
  const previous = client.previous;
  const readmittedInTime = previous != null && previous.start < REFORM_DATE && previous.end != null
    && client.decision.start <= twelveMonthsAfter(previous.end);
  const existing = client.decision.start < REFORM_DATE || readmittedInTime;
  const payerOf = (stay) => (existing ? centre
    : client.product === 'BT' ? stay.municipality
      : client.last_address ?? client.registered);
  return { existing, payers: client.stays.map(payerOf) };
}

// Every client of every region in the manifest, with its input and its expected classification.
function readClients(dataDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8'));
  const inputs = [];
  const expected = [];
  for (const region of manifest.regions) {
    const file = path.join(dataDir, region.folder, 'data', 'clients.json');
    for (const client of JSON.parse(fs.readFileSync(file, 'utf8')).clients) {
      inputs.push(inputOf(client, region.centre));
      expected.push(expectedOf(client, region.centre));
    }
  }
  return { inputs, expected };
}

// Evaluates the decision for every input, CONCURRENT at a time; the results in input order.
async function classifyAll(decision, inputs) {
  const results = [];
  for (let i = 0; i < inputs.length; i += CONCURRENT) {
    const batch = inputs.slice(i, i + CONCURRENT).map((input) => decision.evaluate(input));
    for (const response of await Promise.all(batch)) results.push(response.result);
  }
  return results;
}

// The number of results that differ from the expected classification; prints the first few.
function countMismatches(results, expected) {
  let mismatches = 0;
  results.forEach((result, i) => {
    const want = expected[i];
    const same = result.existing === want.existing && JSON.stringify(result.payers) === JSON.stringify(want.payers);
    if (!same && mismatches++ < 5) {
      console.error(`client ${i}: zen-engine ${JSON.stringify(result)}, expected ${JSON.stringify(want)}`);
    }
  });
  return mismatches;
}

// Reads the data, times the classification, checks it and prints the figures.
async function main() {
  const dataDir = process.argv[2];
  if (!dataDir) {
    console.error('usage: node classify.mjs DATA_DIR');
    process.exit(2);
  }
  const { inputs, expected } = readClients(dataDir);
  const engine = new ZenEngine();
  const decision = engine.createDecision(fs.readFileSync(new URL('./classify.json', import.meta.url)));
  decision.validate();

  await classifyAll(decision, inputs);  // warm-up
  const started = process.hrtime.bigint();
  const results = await classifyAll(decision, inputs);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  engine.dispose();

  if (results.length !== inputs.length) {
    console.error(`classify.mjs: ${results.length} results for ${inputs.length} clients`);
    process.exit(1);
  }
  const mismatches = countMismatches(results, expected);
  if (mismatches > 0) {
    console.error(`classify.mjs: ${mismatches} of ${inputs.length} results differ from the model's definitions`);
    process.exit(1);
  }
  const existing = results.filter((result) => result.existing).length;
  console.log(JSON.stringify({
    clients: inputs.length, seconds, per_second: inputs.length / seconds, existing, new: inputs.length - existing,
  }));
}

await main();
