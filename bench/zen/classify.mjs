// The peer side of bench/run: classifies every client of the national data (existing or new, and who
// pays) with @gorules/zen-engine, using the decision table in classify.json, and prints one JSON line:
// {"clients", "seconds", "per_second", "existing", "new"}.
// Dates become day numbers before timing (the date arithmetic of the 12-month window is done here, in
// JavaScript, so zen-engine only compares numbers); only the evaluation of the decisions is timed.
// Usage: node classify.mjs DATA_DIR   (DATA_DIR written by bench/generate_national.py)
import fs from 'node:fs';
import path from 'node:path';
import { ZenEngine } from '@gorules/zen-engine';

const DAY = 86400000;

// Days since 1970-01-01 of an ISO date, or null.
function dayNumber(iso) {
  return iso ? Date.parse(`${iso}T00:00:00Z`) / DAY : null;
}

// The last day of the 12-month window after `iso`: a day the month does not have rounds down.
function windowEnd(iso) {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return Date.UTC(y + 1, m - 1, Math.min(d, lastDay)) / DAY;
}

// The decision's input for one client.
function inputOf(client, reform) {
  return {
    reform,
    start: dayNumber(client.decision.start),
    previousStart: client.previous ? dayNumber(client.previous.start) : null,
    windowEnd: client.previous ? windowEnd(client.previous.end) : null,
    product: client.product,
    lastAddress: client.last_address,
    registered: client.registered,
    stayMunicipality: client.stays.length ? client.stays[0].municipality : null,
  };
}

const dataDir = process.argv[2];
const manifest = JSON.parse(fs.readFileSync(path.join(dataDir, 'manifest.json'), 'utf8'));
const reform = dayNumber('2025-01-01');
const inputs = [];
for (const region of manifest.regions) {
  const file = path.join(dataDir, region.folder, 'data', 'clients.json');
  for (const client of JSON.parse(fs.readFileSync(file, 'utf8')).clients) inputs.push(inputOf(client, reform));
}

const engine = new ZenEngine();
const decision = engine.createDecision(fs.readFileSync(new URL('./classify.json', import.meta.url)));

// Evaluates every input, 256 at a time; returns the results in order.
async function classifyAll() {
  const results = [];
  for (let i = 0; i < inputs.length; i += 256) {
    const batch = inputs.slice(i, i + 256).map((input) => decision.evaluate(input));
    for (const response of await Promise.all(batch)) results.push(response.result);
  }
  return results;
}

await classifyAll();  // warm-up
const started = process.hrtime.bigint();
const results = await classifyAll();
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
engine.dispose();
const existing = results.filter((r) => r.existing === true).length;
console.log(JSON.stringify({ clients: inputs.length, seconds, per_second: inputs.length / seconds, existing, new: inputs.length - existing }));
