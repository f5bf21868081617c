// Exact amounts: decimal strings from the server, held as BigInt cents, written as the chosen language writes euros.
import {settings} from './page.js';

// Cents of a plain decimal string from the API ("-1234.50"), as a BigInt.
export function cents(text) {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const value = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  return negative ? -value : value;
}

// Cents as a reader of the chosen language writes euros: €756.000,00 (nl) or €756,000.00 (en).
export function euros(value) {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const whole = (magnitude / 100n).toString();
  const fraction = (magnitude % 100n).toString().padStart(2, '0');
  const [group, point] = settings.language === 'nl' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}€${grouped}${point}${fraction}`;
}

// Text with the explanations' English euro amounts ("€6,000.00") written as the chosen language writes them.
export function localise(text) {
  return String(text).replace(/€(-?)([\d,]+)\.(\d{2})/g, (_, sign, whole, fraction) =>
    euros(cents(`${sign}${whole.replaceAll(',', '')}.${fraction}`)));
}

// Whole euros of cents, for a chart's scale only (the chart draws; every number shown is exact).
export function chartEuros(value) {
  return Number(value / 100n);
}

// Chart.js options for a chart of chartEuros values: no animation, the scale written as euros.
export function euroChartOptions() {
  return {animation: false, scales: {y: {ticks: {callback: (v) => euros(BigInt(Math.round(v)) * 100n)}}}};
}
