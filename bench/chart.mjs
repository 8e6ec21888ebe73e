#!/usr/bin/env node
// Draws the peer benchmark's JSON results (bench.mjs --json) as an SVG: throughput and latency percentiles,
// PipelineBot beside the reference bot.   node bench/chart.mjs results.json chart.svg
import fs from 'node:fs';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node bench/chart.mjs RESULTS.json CHART.svg');
  process.exit(2);
}
const { started, results } = JSON.parse(fs.readFileSync(input, 'utf8'));
const names = { A: 'PipelineBot (LiteDB, durable)', B: 'Reference (JS Bot Framework SDK, memory)' };
const colours = { A: '#2b6cb0', B: '#a0aec0' };

const panels = [
  { title: 'Turns per second (higher is better)', metrics: [['turns/s', (r) => r.turnsPerSec]], unit: '' },
  { title: 'Turn latency, ms (lower is better)', metrics: [['p50', (r) => r.p50], ['p95', (r) => r.p95], ['p99', (r) => r.p99]], unit: ' ms' },
];

const width = 760, panelHeight = 230, top = 60, left = 60, plotWidth = 300, gap = 80;
const svg = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top + panelHeight + 60}" font-family="sans-serif" font-size="12">`,
  `<rect width="100%" height="100%" fill="white"/>`,
  `<text x="${left}" y="24" font-size="15" font-weight="bold">PipelineBot vs the official Bot Framework SDK, 32 concurrent visitors</text>`,
  `<text x="${left}" y="42" fill="#555">${started} · same machine, same run, targets alternated</text>`];

panels.forEach((panel, p) => {
  const x0 = left + p * (plotWidth + gap), y0 = top + 20, h = panelHeight - 50;
  const max = Math.max(...panel.metrics.flatMap(([, get]) => results.map(get))) * 1.15;
  svg.push(`<text x="${x0}" y="${y0 - 6}" font-weight="bold">${panel.title}</text>`);
  svg.push(`<line x1="${x0}" y1="${y0 + h}" x2="${x0 + plotWidth}" y2="${y0 + h}" stroke="#333"/>`);
  const group = plotWidth / panel.metrics.length, bar = Math.min(48, (group - 20) / results.length);
  panel.metrics.forEach(([label, get], m) => {
    results.forEach((r, i) => {
      const value = get(r), bh = (value / max) * h;
      const x = x0 + m * group + (group - bar * results.length) / 2 + i * bar;
      svg.push(`<rect x="${x}" y="${y0 + h - bh}" width="${bar - 4}" height="${bh}" fill="${colours[r.label]}"/>`);
      svg.push(`<text x="${x + (bar - 4) / 2}" y="${y0 + h - bh - 4}" text-anchor="middle">${value.toFixed(value < 100 ? 1 : 0)}</text>`);
    });
    svg.push(`<text x="${x0 + m * group + group / 2}" y="${y0 + h + 16}" text-anchor="middle">${label}</text>`);
  });
});
results.forEach((r, i) => {
  const y = top + panelHeight + 10 + i * 18;
  svg.push(`<rect x="${left}" y="${y - 10}" width="12" height="12" fill="${colours[r.label]}"/>`);
  svg.push(`<text x="${left + 18}" y="${y}">${names[r.label] ?? r.label}: ${r.turns} turns, ${r.errors} errors, ${r.botCpuMsPerTurn?.toFixed(2) ?? '-'} ms CPU per turn</text>`);
});
svg.push('</svg>');
fs.writeFileSync(output, svg.join('\n'));
console.log(`chart written to ${output}`);
