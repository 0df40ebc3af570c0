import { fitText, htmlText, mdCodeLine, mdText, textWidth, verdictBadge } from "@modelgate/core";
import type { FeatureDrift } from "./drift.js";
import type { DataValidationReport, FeatureReport } from "./validate.js";

const ICON = { pass: "✅", warn: "⚠️", fail: "❌" } as const;
const f3 = (x: number | undefined) =>
  x === undefined ? "–" : x < 0.001 && x > 0 ? x.toExponential(1) : x.toFixed(3);

/** Drift features sorted by severity: drifted first, then by PSI descending. */
function sortedDrift(report: DataValidationReport): (FeatureReport & { drift: FeatureDrift })[] {
  return report.features
    .filter((f): f is FeatureReport & { drift: FeatureDrift } => f.drift?.psi !== undefined)
    .sort(
      (a, b) => Number(b.drift.drifted) - Number(a.drift.drifted) || (b.drift.psi ?? 0) - (a.drift.psi ?? 0),
    );
}

function bar(value: number, max: number, width = 20): string {
  const n = max > 0 ? Math.round((Math.min(value, max) / max) * width) : 0;
  return "█".repeat(n) + "░".repeat(width - n);
}

/** Markdown for PR comments and job summaries: verdict, top anomalies, drift table and chart. */
export function renderValidationMarkdown(
  report: DataValidationReport,
  options: { maxAnomalies?: number } = {},
): string {
  const max = options.maxAnomalies ?? 20;
  const s = report.summary;
  const out: string[] = [
    `## ${ICON[report.verdict]} Data validation: ${report.verdict.toUpperCase()} — ${mdText(report.subject)}`,
    "",
    `${s.rows} rows · environment ${mdText(report.environment)} · ${s.errors} errors · ${s.warnings} warnings${s.driftedShare === null ? "" : ` · ${(s.driftedShare * 100).toFixed(0)}% of features ${report.comparison === "skew" ? "skewed" : "drifted"}`}`,
    "",
  ];
  if (report.anomalies.length > 0) {
    out.push("| severity | code | column | message |", "| --- | --- | --- | --- |");
    for (const a of report.anomalies.slice(0, max)) {
      out.push(`| ${a.severity} | \`${a.code}\` | ${mdText(a.column ?? "")} | ${mdText(a.message)} |`);
    }
    if (report.anomalies.length > max)
      out.push("", `…and ${report.anomalies.length - max} more in the JSON report.`);
    out.push("");
  } else out.push("No anomalies.", "");
  const drift = sortedDrift(report);
  if (drift.length > 0) {
    out.push(
      `### ${report.comparison === "skew" ? "Training/serving skew" : "Drift"} per feature`,
      "",
      "| feature | type | PSI | JSD | L∞ | KS D | KS p | Wasserstein (norm.) | drifted |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const f of drift) {
      const d = f.drift;
      out.push(
        `| ${mdText(f.name)} | ${mdText(f.type)} | ${f3(d.psi)} | ${f3(d.jsd)} | ${f3(d.linf)} | ${f3(d.ks?.statistic)} | ${d.ks ? d.ks.pvalue.toExponential(2) : "–"} | ${f3(d.wasserstein)} | ${d.drifted ? "**yes**" : "no"} |`,
      );
    }
    const top = Math.max(...drift.map((f) => f.drift.psi ?? 0), 0.25);
    out.push("", "PSI per feature (threshold marked |):", "", "```");
    const width = Math.max(...drift.map((f) => mdCodeLine(f.name).length));
    for (const f of drift) {
      out.push(
        `${mdCodeLine(f.name).padEnd(width)} ${bar(f.drift.psi ?? 0, top)} ${f3(f.drift.psi)}${f.drift.drifted ? " ◀" : ""}`,
      );
    }
    out.push("```", "");
  }
  return out.join("\n");
}

/** Most bars a histogram draws: a categorical feature with more keeps its largest, the rest as one. */
export const MAX_BARS = 24;
const FONT = 10;
/** Horizontal room a label box needs between neighbours, and the height of a vertical one's line box. */
const GAP = 3;
const LINE = Math.ceil(FONT * 1.25);
/** Longest label, in px: longer ones are shortened with "…" (the full text is the bar's tooltip). */
const MAX_LABEL = 130;
const PLOT_H = 110;
const AXIS_W = 34;

/** The bins drawn: at most MAX_BARS, the smallest categories of a large categorical merged into one. */
function chartBins(d: FeatureDrift): { labels: string[]; reference: number[]; current: number[] } {
  const { labels, reference, current } = d.bins;
  if (labels.length <= MAX_BARS) return d.bins;
  const rt = reference.reduce((a, b) => a + b, 0) || 1;
  const ct = current.reduce((a, b) => a + b, 0) || 1;
  const size = (i: number) => Math.max(reference[i]! / rt, current[i]! / ct);
  const keep = new Set(
    labels
      .map((_, i) => i)
      .sort((a, b) => size(b) - size(a) || a - b)
      .slice(0, MAX_BARS - 1),
  );
  const out = { labels: [] as string[], reference: [] as number[], current: [] as number[] };
  let r = 0;
  let c = 0;
  labels.forEach((label, i) => {
    if (keep.has(i)) {
      out.labels.push(label);
      out.reference.push(reference[i]!);
      out.current.push(current[i]!);
    } else {
      r += reference[i]!;
      c += current[i]!;
    }
  });
  out.labels.push(`(${labels.length - keep.size} others)`);
  out.reference.push(r);
  out.current.push(c);
  return out;
}

/**
 * How the bin labels are set so that none overlaps another: horizontal when each fits its slot,
 * else vertical (a line box per slot), and then only every `step`-th label when even a vertical
 * line box is wider than a slot. Widths are core's textWidth, an upper estimate for sans-serif.
 */
export function labelLayout(
  labels: readonly string[],
  slot: number,
): { text: string[]; vertical: boolean; step: number; height: number } {
  const text = labels.map((l) => fitText(l, MAX_LABEL, FONT));
  const widest = Math.max(0, ...text.map((t) => textWidth(t, FONT)));
  if (widest + GAP <= slot) return { text, vertical: false, step: 1, height: LINE + 2 };
  const step = Math.max(1, Math.ceil((LINE + GAP) / slot));
  return { text, vertical: true, step, height: Math.ceil(widest) + 6 };
}

/** A bin edge, short: 4 significant digits, an exponent beyond 1e6 or below 1e-3, a timestamp as its date. */
function edgeText(x: number, type: string, days: boolean): string {
  if (type === "timestamp") {
    const iso = new Date(x * 1000).toISOString();
    return days ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  const a = Math.abs(x);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return x.toExponential(2).replace("e+", "e");
  return String(Number(x.toPrecision(4)));
}

/**
 * The labels of a numeric feature's bins, `(lo, hi]` as drift writes them, with shorter edges;
 * the labels as they are when an edge is not a number or two edges would read the same.
 */
export function binLabels(labels: readonly string[], type: string): string[] {
  if (type !== "int" && type !== "float" && type !== "timestamp") return [...labels];
  const parts = labels.map((l) => /^\((\S+), (\S+)\]$/.exec(l));
  if (parts.some((m) => m === null)) return [...labels];
  const edges = parts.slice(1).map((m) => Number(m![1]));
  if (edges.some((e) => !Number.isFinite(e))) return [...labels];
  const days = edges.every((e, i) => i === 0 || e - edges[i - 1]! >= 86_400);
  const text = edges.map((e) => edgeText(e, type, days));
  if (text.some((t, i) => i > 0 && t === text[i - 1])) return [...labels];
  return labels.map((_, b) => `(${b === 0 ? "−∞" : text[b - 1]}, ${b === edges.length ? "+∞" : text[b]}]`);
}

const pct = (x: number) => `${Number((x * 100).toPrecision(2))}%`;

function histogramSvg(d: FeatureDrift, type: string): string {
  const bins = chartBins(d);
  const { reference, current } = bins;
  const labels = binLabels(bins.labels, type);
  const rt = reference.reduce((a, b) => a + b, 0) || 1;
  const ct = current.reduce((a, b) => a + b, 0) || 1;
  const shares = labels.map((_, i) => [reference[i]! / rt, current[i]! / ct] as const);
  const max = Math.max(...shares.flat(), 0.01);
  const slot = Math.max(12, Math.min(40, Math.floor(480 / Math.max(1, labels.length))));
  const layout = labelLayout(labels, slot);
  const top = 6;
  const base = top + PLOT_H;
  const width = AXIS_W + labels.length * slot + 6;
  const height = base + layout.height;
  const y = (v: number) => (base - (v / max) * PLOT_H).toFixed(1);
  const h = (v: number) => ((v / max) * PLOT_H).toFixed(1);
  const bw = Math.max(2, slot / 2 - 2);
  const axis = [0, max / 2, max]
    .map(
      (v) =>
        `<line x1="${AXIS_W}" x2="${width - 6}" y1="${y(v)}" y2="${y(v)}" stroke="#e3e3e3"/><text x="${AXIS_W - 4}" y="${(Number(y(v)) + 3).toFixed(1)}" font-size="9" text-anchor="end">${pct(v)}</text>`,
    )
    .join("");
  const bars = shares
    .map(([r, c], i) => {
      const x = AXIS_W + i * slot + 1;
      const label = htmlText(bins.labels[i]!);
      return `<rect x="${x.toFixed(1)}" y="${y(r)}" width="${bw.toFixed(1)}" height="${h(r)}" fill="#8aa4c8"><title>reference ${label}: ${(r * 100).toFixed(1)}%</title></rect><rect x="${(x + bw).toFixed(1)}" y="${y(c)}" width="${bw.toFixed(1)}" height="${h(c)}" fill="#e07b39"><title>current ${label}: ${(c * 100).toFixed(1)}%</title></rect>`;
    })
    .join("");
  const ticks = layout.text
    .map((t, i) => {
      if (i % layout.step !== 0) return "";
      const cx = AXIS_W + i * slot + slot / 2;
      const text = htmlText(t);
      return layout.vertical
        ? `<text class="tick" transform="translate(${(cx + FONT * 0.35).toFixed(1)} ${base + 4}) rotate(-90)" font-size="${FONT}" text-anchor="end">${text}</text>`
        : `<text class="tick" x="${cx.toFixed(1)}" y="${base + FONT + 2}" font-size="${FONT}" text-anchor="middle">${text}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="reference and current share per bin">${axis}${bars}<line x1="${AXIS_W}" x2="${width - 6}" y1="${base}" y2="${base}" stroke="#888"/>${ticks}</svg>`;
}

/** A self-contained HTML report with reference-vs-current histograms per feature. */
export function renderValidationHtml(report: DataValidationReport): string {
  const drift = sortedDrift(report);
  const s = report.summary;
  const what = report.comparison === "skew" ? "skewed" : "drifted";
  const rows = report.anomalies
    .map(
      (a) =>
        `<tr class="${a.severity}"><td>${a.severity}</td><td><code>${htmlText(a.code)}</code></td><td>${htmlText(a.column ?? "")}</td><td>${htmlText(a.message)}</td></tr>`,
    )
    .join("\n");
  const cards = drift
    .map(
      (f) =>
        `<section class="card${f.drift.drifted ? " drifted" : ""}"><h3>${htmlText(f.name)} <small>${htmlText(f.type)}${f.drift.drifted ? ` · <strong>${what}</strong>` : ""}</small></h3><p>PSI ${f3(f.drift.psi)} · JSD ${f3(f.drift.jsd)} · L∞ ${f3(f.drift.linf)} · KS D ${f3(f.drift.ks?.statistic)} · W ${f3(f.drift.wasserstein)}</p>${histogramSvg(f.drift, f.type)}</section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Data validation of ${htmlText(report.subject)}: ${report.verdict}</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
td,h1,h3,p{overflow-wrap:anywhere}h1{display:flex;align-items:center;gap:.5rem}
tr.error td:first-child{color:#b00}tr.warn td:first-child{color:#a60}.card{display:inline-block;vertical-align:top;border:1px solid #ddd;border-radius:6px;padding:8px;margin:6px;max-width:32rem}
.card.drifted{border-color:#e07b39}.card h3{margin:.2em 0}.card p{margin:.2em 0 .5em;font-size:12px}.legend span{display:inline-block;width:12px;height:12px;margin:0 4px}
.verdict-pass{color:#1a7f37}.verdict-warn{color:#9a6700}.verdict-fail{color:#cf222e}</style></head>
<body><h1>${verdictBadge(report.verdict)}<span>Data validation of ${htmlText(report.subject)}</span></h1>
<p>${s.rows} rows · environment ${htmlText(report.environment)} · ${s.errors} errors · ${s.warnings} warnings${s.driftedShare === null ? "" : ` · ${(s.driftedShare * 100).toFixed(0)}% of features ${what}`}</p>
<h2>Anomalies</h2>${report.anomalies.length > 0 ? `<table><tr><th>severity</th><th>code</th><th>column</th><th>message</th></tr>${rows}</table>` : "<p>None.</p>"}
<h2>Reference vs current</h2><p class="legend"><span style="background:#8aa4c8"></span>reference <span style="background:#e07b39"></span>current (share of rows per bin)</p>
${cards || "<p>No reference given: no drift or skew measured.</p>"}
</body></html>
`;
}
