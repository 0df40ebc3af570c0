import { mdCodeLine, mdText } from "@modelgate/core";
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

const esc = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

function histogramSvg(d: FeatureDrift): string {
  const { labels, reference, current } = d.bins;
  const rt = reference.reduce((a, b) => a + b, 0) || 1;
  const ct = current.reduce((a, b) => a + b, 0) || 1;
  const shares = labels.map((_, i) => [reference[i]! / rt, current[i]! / ct] as const);
  const max = Math.max(...shares.flat(), 0.01);
  const w = 36;
  const h = 120;
  const bars = shares
    .map(([r, c], i) => {
      const x = 30 + i * w;
      return `<rect x="${x}" y="${h - (r / max) * h}" width="${w / 2 - 2}" height="${(r / max) * h}" fill="#8aa4c8"><title>reference ${esc(labels[i]!)}: ${(r * 100).toFixed(1)}%</title></rect><rect x="${x + w / 2 - 2}" y="${h - (c / max) * h}" width="${w / 2 - 2}" height="${(c / max) * h}" fill="#e07b39"><title>current ${esc(labels[i]!)}: ${(c * 100).toFixed(1)}%</title></rect><text x="${x + w / 2}" y="${h + 12}" font-size="8" text-anchor="middle">${esc(labels[i]!.slice(0, 8))}</text>`;
    })
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${40 + labels.length * w}" height="${h + 20}" role="img">${bars}</svg>`;
}

/** A self-contained HTML report with reference-vs-current histograms per feature. */
export function renderValidationHtml(report: DataValidationReport): string {
  const drift = sortedDrift(report);
  const rows = report.anomalies
    .map(
      (a) =>
        `<tr class="${a.severity}"><td>${a.severity}</td><td><code>${esc(a.code)}</code></td><td>${esc(a.column ?? "")}</td><td>${esc(a.message)}</td></tr>`,
    )
    .join("\n");
  const cards = drift
    .map(
      (f) =>
        `<section class="card${f.drift.drifted ? " drifted" : ""}"><h3>${esc(f.name)} <small>${f.type}</small></h3><p>PSI ${f3(f.drift.psi)} · JSD ${f3(f.drift.jsd)} · L∞ ${f3(f.drift.linf)} · KS D ${f3(f.drift.ks?.statistic)} · W ${f3(f.drift.wasserstein)}</p>${histogramSvg(f.drift)}</section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Data validation: ${esc(report.subject)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
tr.error td:first-child{color:#b00}tr.warn td:first-child{color:#a60}.card{display:inline-block;vertical-align:top;border:1px solid #ddd;border-radius:6px;padding:8px;margin:6px}
.card.drifted{border-color:#e07b39}.legend span{display:inline-block;width:12px;height:12px;margin:0 4px}</style></head>
<body><h1>${ICON[report.verdict]} ${report.verdict.toUpperCase()} — ${esc(report.subject)}</h1>
<p>${report.summary.rows} rows · environment ${esc(report.environment)} · ${report.summary.errors} errors · ${report.summary.warnings} warnings</p>
<h2>Anomalies</h2>${report.anomalies.length > 0 ? `<table><tr><th>severity</th><th>code</th><th>column</th><th>message</th></tr>${rows}</table>` : "<p>None.</p>"}
<h2>Reference vs current</h2><p class="legend"><span style="background:#8aa4c8"></span>reference <span style="background:#e07b39"></span>current</p>
${cards || "<p>No reference given.</p>"}
</body></html>
`;
}
