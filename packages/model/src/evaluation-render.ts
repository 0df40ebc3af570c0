import { mdCode, mdCodeLine, mdText } from "@modelgate/core";
import type { EvaluationReport, ModelEntry } from "./evaluate.js";
import { greaterIsBetter } from "./metrics.js";

/** A label inside a quoted mermaid string in a fenced block: no quote, backtick or line break. */
const mermaidText = (s: string): string => mdCodeLine(s).replace(/["\\]/g, "'");

const num = (x: number | null | undefined, digits = 4): string =>
  x === null || x === undefined || Number.isNaN(x) ? "—" : Number(x.toFixed(digits)).toString();

function deltaMark(metric: string, delta: number): string {
  if (Math.abs(delta) < 1e-12) return "=";
  const better = greaterIsBetter(metric) ? delta > 0 : delta < 0;
  return better ? "▲" : "▼";
}

function metricRows(report: EvaluationReport): { metric: string; cells: string[] }[] {
  const ch = report.models.find((m) => m.role === "challenger") as ModelEntry;
  const champ = report.models.find((m) => m.role === "champion");
  const base = report.models.find((m) => m.role === "baseline");
  // a metric has one policy check per rule set (threshold, absolute, relative change)
  const policyMetric = (name: string) => report.checks.filter((c) => c.name === `metric:${name}`);
  return Object.keys(ch.metrics)
    .filter((m) => m !== "mape_excluded_rows")
    .map((metric) => {
      const a = ch.metrics[metric];
      const b = champ?.metrics[metric];
      const delta = a !== null && a !== undefined && b !== null && b !== undefined ? a - b : null;
      const check = policyMetric(metric);
      const ci = ch.intervals?.[metric];
      return {
        metric,
        cells: [
          num(a) + (ci ? ` (${num(ci.low)}–${num(ci.high)})` : ""),
          num(b),
          delta === null ? "—" : `${delta >= 0 ? "+" : ""}${num(delta)} ${deltaMark(metric, delta)}`,
          num(base?.metrics[metric]),
          check.length === 0 ? "" : check.some((c) => !c.passed) ? "❌" : "✅",
        ],
      };
    });
}

/** The report as GitHub-flavoured Markdown: verdict, champion vs challenger, checks, slices, a chart. */
export function renderMarkdown(report: EvaluationReport): string {
  const lines: string[] = [];
  const icon = report.verdict === "pass" ? "✅" : report.verdict === "warn" ? "⚠️" : "❌";
  lines.push(`## ${icon} Evaluation of ${mdText(report.subject)}: ${report.verdict}`, "");
  lines.push(
    `${report.task} on ${mdCode(report.dataset.uri)} (${report.dataset.rows} rows, sha256 \`${report.dataset.sha256.slice(0, 12)}\`), label ${mdCode(report.label)}` +
      (report.decisionThreshold !== null ? `, decision threshold ${report.decisionThreshold}` : ""),
    "",
  );
  lines.push(
    "| metric | challenger | champion | Δ | trivial baseline | policy |",
    "| --- | ---: | ---: | ---: | ---: | :---: |",
  );
  for (const r of metricRows(report)) lines.push(`| ${mdText(r.metric)} | ${r.cells.join(" | ")} |`);
  const conf = report.models.find((m) => m.role === "challenger")?.confusion;
  if (conf && !Array.isArray(conf)) {
    lines.push(
      "",
      `Confusion at threshold ${report.decisionThreshold}: TP ${conf.tp}, FP ${conf.fp}, FN ${conf.fn}, TN ${conf.tn}.`,
    );
  } else if (Array.isArray(conf) && report.classes) {
    const classes = report.classes;
    lines.push(
      "",
      "Confusion (rows: true class, columns: predicted):",
      "",
      `| | ${classes.map(mdText).join(" | ")} |`,
      `| --- | ${classes.map(() => "---:").join(" | ")} |`,
      ...conf.map((row, i) => `| **${mdText(classes[i])}** | ${row.join(" | ")} |`),
    );
  }
  lines.push(
    "",
    "### Checks",
    "",
    "| check | result | observed | expected | |",
    "| --- | :---: | --- | --- | --- |",
  );
  for (const c of report.checks)
    lines.push(
      `| ${mdText(c.name)} | ${c.status === "skip" ? "⏭️ skip" : c.passed ? "✅" : "❌"} | ${mdText(fmtValue(c.observed))} | ${mdText(fmtValue(c.expected))} | ${mdText(c.message)} |`,
    );
  const lat = report.models.filter((m) => m.latency);
  if (lat.length > 0) {
    lines.push(
      "",
      "### Latency",
      "",
      "| model | load ms | p50/p95/p99 ms (1 row) | p50/p95/p99 ms (batch) | rows/s | peak RSS MB |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const m of lat) {
      const l = m.latency as NonNullable<ModelEntry["latency"]>;
      lines.push(
        `| ${m.role} | ${num(l.loadMs, 1)} | ${num(l.single.p50Ms, 3)} / ${num(l.single.p95Ms, 3)} / ${num(l.single.p99Ms, 3)} | ${num(l.batch.p50Ms, 2)} / ${num(l.batch.p95Ms, 2)} / ${num(l.batch.p99Ms, 2)} (${l.batch.batchSize}) | ${Math.round(l.rowsPerSecond)} | ${num(l.peakRssMB, 0)} |`,
      );
    }
  }
  if (report.slices.length > 0) {
    const m = report.sliceMetric;
    lines.push(
      "",
      `### Slices (${mdText(m)}, minimum support ${report.minSupport})`,
      "",
      `| slice | support | challenger | champion | Δ |`,
      "| --- | ---: | ---: | ---: | ---: |",
    );
    for (const s of report.slices) {
      const a = s.metrics?.[m];
      const b = s.champion?.[m];
      const d = a !== null && a !== undefined && b !== null && b !== undefined ? a - b : null;
      lines.push(
        `| ${mdText(s.feature)} = ${mdText(s.value)} | ${s.support} | ${s.evaluated ? num(a) : "too few rows"} | ${num(b)} | ${d === null ? "—" : `${d >= 0 ? "+" : ""}${num(d)} ${deltaMark(m, d)}`} |`,
      );
    }
    if (report.worstSlice)
      lines.push(
        "",
        `Worst slice: **${mdText(report.worstSlice.feature)} = ${mdText(report.worstSlice.value)}**, ${mdText(report.worstSlice.metric)} ${num(report.worstSlice.metricValue)} vs ${num(report.worstSlice.overall)} overall (gap ${num(report.worstSlice.gap)}).`,
      );
    const charted = report.slices.filter((s) => s.metrics?.[m] !== null && s.metrics?.[m] !== undefined);
    if (charted.length > 0) {
      lines.push(
        "",
        "```mermaid",
        "xychart-beta",
        `  title "${mermaidText(m)} by slice (challenger)"`,
        `  x-axis [${charted.map((s) => `"${mermaidText(`${s.feature}=${s.value}`)}"`).join(", ")}]`,
        `  y-axis "${mermaidText(m)}" ${Math.min(0, ...charted.map((s) => Number(num(s.metrics?.[m]))))} --> ${Math.max(1, ...charted.map((s) => Number(num(s.metrics?.[m]))))}`,
        `  bar [${charted.map((s) => num(s.metrics?.[m])).join(", ")}]`,
        "```",
      );
    }
  }
  for (const f of report.fairness) {
    lines.push(
      "",
      `### Fairness on ${mdCode(f.attribute)}`,
      "",
      `Demographic parity difference ${num(f.demographicParityDifference)}, ratio ${num(f.demographicParityRatio)}; equal opportunity difference ${num(f.equalOpportunityDifference)}; equalized odds difference ${num(f.equalizedOddsDifference)}.`,
      "",
      "| group | support | selection rate | TPR | FPR |",
      "| --- | ---: | ---: | ---: | ---: |",
    );
    for (const g of f.groups)
      lines.push(
        `| ${mdText(g.value)} | ${g.support} | ${num(g.selectionRate)} | ${num(g.truePositiveRate)} | ${num(g.falsePositiveRate)} |`,
      );
  }
  if (report.featureImportance) {
    lines.push(
      "",
      `### Permutation importance (drop in ${mdText(report.sliceMetric)})`,
      "",
      "| feature | importance |",
      "| --- | ---: |",
    );
    for (const f of [...report.featureImportance].sort((a, b) => b.importance - a.importance))
      lines.push(`| ${mdText(f.feature)} | ${num(f.importance)} |`);
  }
  if (report.parity && report.parity.examples.length > 0) {
    lines.push(
      "",
      "### Training/serving parity: mismatched rows",
      "",
      "| row | reference | observed |",
      "| ---: | ---: | ---: |",
    );
    for (const e of report.parity.examples)
      lines.push(`| ${e.row} | ${mdText(e.expected)} | ${mdText(e.observed)} |`);
  }
  lines.push(
    "",
    `<sub>modelgate ${mdText(report.tool.version)} · ${mdText(report.createdAt)} · model sha256 \`${report.inputs[0]?.sha256.slice(0, 12)}\`</sub>`,
    "",
  );
  return lines.join("\n");
}

function fmtValue(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "number") return num(v);
  return String(v).replace(/\|/g, "\\|");
}

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A self-contained HTML page (inline CSS and SVG, no scripts, no external resources). */
export function renderHtml(report: EvaluationReport): string {
  const rows = metricRows(report)
    .map((r) => `<tr><td>${esc(r.metric)}</td>${r.cells.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
    .join("\n");
  const checks = report.checks
    .map(
      (c) =>
        `<tr class="${c.passed ? "ok" : "bad"}"><td>${esc(c.name)}</td><td>${c.status === "skip" ? "skip" : c.passed ? "pass" : "fail"}</td><td>${esc(fmtValue(c.observed))}</td><td>${esc(fmtValue(c.expected))}</td><td>${esc(c.message)}</td></tr>`,
    )
    .join("\n");
  const m = report.sliceMetric;
  const charted = report.slices.filter((s) => typeof s.metrics?.[m] === "number");
  const barH = 18;
  const svg =
    charted.length === 0
      ? ""
      : `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${charted.length * (barH + 6) + 10}" role="img" aria-label="${esc(m)} by slice">${charted
          .map((s, i) => {
            const v = s.metrics?.[m] as number;
            const c = s.champion?.[m];
            const y = 5 + i * (barH + 6);
            const w = Math.max(0, Math.min(1, v)) * 380;
            const cw = typeof c === "number" ? Math.max(0, Math.min(1, c)) * 380 : null;
            return `<text x="0" y="${y + 13}" font-size="12">${esc(`${s.feature}=${s.value}`)}</text><rect x="200" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="#4878d0"/>${cw === null ? "" : `<line x1="${(200 + cw).toFixed(1)}" x2="${(200 + cw).toFixed(1)}" y1="${y - 2}" y2="${y + barH + 2}" stroke="#d65f5f" stroke-width="2"/>`}<text x="${(205 + w).toFixed(1)}" y="${y + 13}" font-size="12">${num(v, 3)}</text>`;
          })
          .join("")}</svg>`;
  const slices = report.slices
    .map(
      (s) =>
        `<tr><td>${esc(s.feature)} = ${esc(s.value)}</td><td>${s.support}</td><td>${s.evaluated ? num(s.metrics?.[m]) : "too few rows"}</td><td>${num(s.champion?.[m])}</td></tr>`,
    )
    .join("\n");
  const fair = report.fairness
    .map(
      (f) =>
        `<h3>Fairness on ${esc(f.attribute)}</h3><p>demographic parity difference ${num(f.demographicParityDifference)}, ratio ${num(f.demographicParityRatio)}, equal opportunity difference ${num(f.equalOpportunityDifference)}, equalized odds difference ${num(f.equalizedOddsDifference)}</p><table><tr><th>group</th><th>support</th><th>selection rate</th><th>TPR</th><th>FPR</th></tr>${f.groups
          .map(
            (g) =>
              `<tr><td>${esc(g.value)}</td><td>${g.support}</td><td>${num(g.selectionRate)}</td><td>${num(g.truePositiveRate)}</td><td>${num(g.falsePositiveRate)}</td></tr>`,
          )
          .join("")}</table>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Evaluation of ${esc(report.subject)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}
td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}tr.bad td{background:#fde8e8}tr.ok td:nth-child(2){color:#1a7f37}
.verdict-pass{color:#1a7f37}.verdict-fail{color:#cf222e}.verdict-warn{color:#9a6700}
</style></head><body>
<h1>Evaluation of ${esc(report.subject)}: <span class="verdict-${report.verdict}">${report.verdict}</span></h1>
<p>${esc(report.task)} on <code>${esc(report.dataset.uri)}</code> (${report.dataset.rows} rows, sha256 <code>${report.dataset.sha256}</code>), label <code>${esc(report.label)}</code>.</p>
<h2>Champion vs challenger</h2>
<table><tr><th>metric</th><th>challenger</th><th>champion</th><th>Δ</th><th>trivial baseline</th><th>policy</th></tr>
${rows}
</table>
<h2>Checks</h2>
<table><tr><th>check</th><th>result</th><th>observed</th><th>expected</th><th>message</th></tr>
${checks}
</table>
<h2>Slices (${esc(m)})</h2>
${svg}
<p>Bars: challenger; red marks: champion.</p>
<table><tr><th>slice</th><th>support</th><th>challenger</th><th>champion</th></tr>
${slices}
</table>
${fair}
<p><small>modelgate ${esc(report.tool.version)} · ${esc(report.createdAt)}</small></p>
</body></html>
`;
}
