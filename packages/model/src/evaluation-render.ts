import { fitText, htmlText, mdCode, mdCodeLine, mdText, verdictBadge } from "@modelgate/core";
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

/** Per metric: challenger (with its interval), champion, delta, baseline; and the policy's verdict on it, if any. */
function metricRows(report: EvaluationReport): { metric: string; cells: string[]; policy: boolean | null }[] {
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
        ],
        policy: check.length === 0 ? null : !check.some((c) => !c.passed),
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
  for (const r of metricRows(report))
    lines.push(
      `| ${mdText(r.metric)} | ${r.cells.join(" | ")} | ${r.policy === null ? "" : r.policy ? "✅" : "❌"} |`,
    );
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

const LABEL_W = 190;
const BAR_X = 200;
const BAR_W = 360;

/** One horizontal bar per row, labels fitted into LABEL_W (full text in the tooltip), values after the bar. */
function barChart(
  rows: ReadonlyArray<{ label: string; value: number; mark?: number | null }>,
  range: { min: number; max: number },
  aria: string,
): string {
  const barH = 18;
  const span = range.max - range.min || 1;
  const x = (v: number) => BAR_X + ((Math.max(range.min, Math.min(range.max, v)) - range.min) / span) * BAR_W;
  const zero = x(0);
  const body = rows
    .map((r, i) => {
      const y = 5 + i * (barH + 6);
      const a = Math.min(zero, x(r.value));
      const w = Math.abs(x(r.value) - zero);
      const mark =
        r.mark === null || r.mark === undefined
          ? ""
          : `<line x1="${x(r.mark).toFixed(1)}" x2="${x(r.mark).toFixed(1)}" y1="${y - 2}" y2="${y + barH + 2}" stroke="#d65f5f" stroke-width="2"/>`;
      return `<g><title>${htmlText(r.label)}: ${num(r.value)}</title><text x="0" y="${y + 13}" font-size="12">${htmlText(fitText(r.label, LABEL_W, 12))}</text><rect x="${a.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${r.value < 0 ? "#999" : "#4878d0"}"/>${mark}<text x="${(Math.max(zero, x(r.value)) + 5).toFixed(1)}" y="${y + 13}" font-size="12">${num(r.value, 3)}</text></g>`;
    })
    .join("");
  const zeroLine =
    range.min < 0
      ? `<line x1="${zero.toFixed(1)}" x2="${zero.toFixed(1)}" y1="0" y2="${rows.length * (barH + 6) + 6}" stroke="#888"/>`
      : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${BAR_X + BAR_W + 60}" height="${rows.length * (barH + 6) + 10}" role="img" aria-label="${htmlText(aria)}">${body}${zeroLine}</svg>`;
}

const absent = (text: string) => `<p class="absent">${text}</p>`;

function latencyHtml(report: EvaluationReport): string {
  const measured = report.models.filter((m) => m.latency);
  if (measured.length === 0)
    return absent("Latency was not measured: the report has no <code>models[].latency</code>.");
  const rows = measured
    .map((m) => {
      const l = m.latency as NonNullable<ModelEntry["latency"]>;
      return `<tr><td>${htmlText(m.role)}</td><td>${num(l.loadMs, 1)}</td><td>${num(l.single.p50Ms, 3)} / ${num(l.single.p95Ms, 3)} / ${num(l.single.p99Ms, 3)}</td><td>${num(l.batch.p50Ms, 2)} / ${num(l.batch.p95Ms, 2)} / ${num(l.batch.p99Ms, 2)} (${l.batch.batchSize} rows)</td><td>${Math.round(l.rowsPerSecond).toLocaleString("en-US")}</td><td>${num(l.peakRssMB, 0)}</td></tr>`;
    })
    .join("\n");
  const ch = report.models.find((m) => m.role === "challenger")?.latency;
  const champ = report.models.find((m) => m.role === "champion")?.latency;
  const ratio =
    ch && champ && champ.batch.p95Ms > 0
      ? `<p>Challenger p95 batch latency is ${num(ch.batch.p95Ms / champ.batch.p95Ms, 2)}× the champion's.</p>`
      : champ
        ? ""
        : "<p>No champion: nothing to compare the latency with.</p>";
  return `<table><tr><th>model</th><th>load ms</th><th>p50 / p95 / p99 ms, 1 row</th><th>p50 / p95 / p99 ms, batch</th><th>rows/s</th><th>peak RSS MB</th></tr>
${rows}
</table>${ratio}`;
}

function importanceHtml(report: EvaluationReport): string {
  const fi = report.featureImportance;
  if (!fi)
    return absent(
      "Permutation importance was not computed: run <code>modelgate evaluate</code> with <code>--importance</code> (action input <code>importance: true</code>).",
    );
  if (fi.length === 0) return absent("The model has no features to permute.");
  const sorted = [...fi].sort((a, b) => b.importance - a.importance);
  const values = sorted.map((f) => f.importance);
  const chart = barChart(
    sorted.map((f) => ({ label: f.feature, value: f.importance })),
    { min: Math.min(0, ...values), max: Math.max(...values.map(Math.abs), 1e-9) },
    `permutation importance (drop in ${report.sliceMetric})`,
  );
  const zero = sorted.filter((f) => f.importance === 0).map((f) => f.feature);
  return `${chart}<p>Drop in ${htmlText(report.sliceMetric)} when the feature's values are shuffled (seeded); 0 means the model ignores it.${zero.length > 0 ? ` Unused: ${zero.map((z) => `<code>${htmlText(z)}</code>`).join(", ")}.` : ""}</p>
<table><tr><th>feature</th><th>importance</th></tr>${sorted.map((f) => `<tr><td>${htmlText(f.feature)}</td><td>${num(f.importance)}</td></tr>`).join("")}</table>`;
}

function parityHtml(report: EvaluationReport): string {
  const p = report.parity;
  if (!p)
    return absent(
      "No reference predictions were given (<code>--reference</code>, or <code>reference-predictions.csv</code> beside the artifact): training/serving parity was not checked.",
    );
  const head = `<p>${p.comparedRows} rows compared with <code>${htmlText(p.reference)}</code> within ${p.tolerance}: ${p.mismatchedRows} differ (largest difference ${p.maxAbsDifference.toExponential(2)}).</p>`;
  if (p.examples.length === 0) return head;
  return `${head}<table><tr><th>row</th><th>reference</th><th>observed</th></tr>${p.examples.map((e) => `<tr><td>${e.row}</td><td>${htmlText(e.expected)}</td><td>${htmlText(e.observed)}</td></tr>`).join("")}</table>`;
}

function confusionHtml(report: EvaluationReport): string {
  const conf = report.models.find((m) => m.role === "challenger")?.confusion;
  if (conf && !Array.isArray(conf))
    return `<p>Confusion at threshold ${report.decisionThreshold}: TP ${conf.tp}, FP ${conf.fp}, FN ${conf.fn}, TN ${conf.tn}.</p>`;
  if (Array.isArray(conf) && report.classes) {
    const classes = report.classes;
    return `<p>Confusion (rows: true class, columns: predicted):</p><table><tr><th></th>${classes.map((c) => `<th>${htmlText(c)}</th>`).join("")}</tr>${conf.map((row, i) => `<tr><th>${htmlText(classes[i])}</th>${row.map((n) => `<td>${n}</td>`).join("")}</tr>`).join("")}</table>`;
  }
  return "";
}

/** A self-contained HTML page (inline CSS and SVG, no scripts, no external resources). */
export function renderHtml(report: EvaluationReport): string {
  const rows = metricRows(report)
    .map(
      (r) =>
        `<tr><td>${htmlText(r.metric)}</td>${r.cells.map((c) => `<td>${htmlText(c)}</td>`).join("")}<td class="${r.policy === null ? "" : r.policy ? "pass" : "fail"}">${r.policy === null ? "" : r.policy ? "pass" : "fail"}</td></tr>`,
    )
    .join("\n");
  const checks = report.checks
    .map(
      (c) =>
        `<tr class="${c.status === "skip" ? "skip" : c.passed ? "ok" : "bad"}"><td>${htmlText(c.name)}</td><td>${c.status === "skip" ? "skip" : c.passed ? "pass" : "fail"}</td><td>${htmlText(fmtValue(c.observed))}</td><td>${htmlText(fmtValue(c.expected))}</td><td>${htmlText(c.message)}</td></tr>`,
    )
    .join("\n");
  const m = report.sliceMetric;
  const charted = report.slices.filter((s) => typeof s.metrics?.[m] === "number");
  const sliceValues = charted.flatMap((s) => [s.metrics?.[m] as number, s.champion?.[m] ?? 0]);
  const svg =
    charted.length === 0
      ? ""
      : `${barChart(
          charted.map((s) => ({
            label: `${s.feature}=${s.value}`,
            value: s.metrics?.[m] as number,
            mark: s.champion?.[m] ?? null,
          })),
          { min: Math.min(0, ...sliceValues), max: Math.max(1, ...sliceValues) },
          `${m} by slice`,
        )}<p>Bars: challenger; red marks: champion.</p>`;
  const slices =
    report.slices.length === 0
      ? absent("No slices: the model declares none and <code>--slices</code> was not given.")
      : `${svg}<table><tr><th>slice</th><th>support</th><th>challenger</th><th>champion</th></tr>
${report.slices
  .map(
    (s) =>
      `<tr><td>${htmlText(s.feature)} = ${htmlText(s.value)}</td><td>${s.support}</td><td>${s.evaluated ? num(s.metrics?.[m]) : "too few rows"}</td><td>${num(s.champion?.[m])}</td></tr>`,
  )
  .join("\n")}
</table>${report.worstSlice ? `<p>Worst slice: <strong>${htmlText(report.worstSlice.feature)} = ${htmlText(report.worstSlice.value)}</strong>, ${htmlText(report.worstSlice.metric)} ${num(report.worstSlice.metricValue)} vs ${num(report.worstSlice.overall)} overall.</p>` : ""}`;
  const fair = report.fairness
    .map(
      (f) =>
        `<h3>Fairness on ${htmlText(f.attribute)}</h3><p>demographic parity difference ${num(f.demographicParityDifference)}, ratio ${num(f.demographicParityRatio)}, equal opportunity difference ${num(f.equalOpportunityDifference)}, equalized odds difference ${num(f.equalizedOddsDifference)}</p><table><tr><th>group</th><th>support</th><th>selection rate</th><th>TPR</th><th>FPR</th></tr>${f.groups
          .map(
            (g) =>
              `<tr><td>${htmlText(g.value)}</td><td>${g.support}</td><td>${num(g.selectionRate)}</td><td>${num(g.truePositiveRate)}</td><td>${num(g.falsePositiveRate)}</td></tr>`,
          )
          .join("")}</table>`,
    )
    .join("\n");
  const d = report.determinism;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Evaluation of ${htmlText(report.subject)}: ${htmlText(report.verdict)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:80rem}table{border-collapse:collapse;margin:1rem 0}
td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}td,h1,h3,p{overflow-wrap:anywhere}
tr.bad td{background:#fde8e8}tr.ok td:nth-child(2),td.pass{color:#1a7f37}td.fail{color:#cf222e}tr.skip td{color:#666}
h1{display:flex;align-items:center;gap:.5rem}.absent{color:#666;font-style:italic}table.names td:first-child{white-space:nowrap}
.verdict-pass{color:#1a7f37}.verdict-fail{color:#cf222e}.verdict-warn{color:#9a6700}
</style></head><body>
<h1>${verdictBadge(report.verdict)}<span>Evaluation of ${htmlText(report.subject)}</span></h1>
<p>${htmlText(report.task)} on <code>${htmlText(report.dataset.uri)}</code> (${report.dataset.rows} rows, sha256 <code>${htmlText(report.dataset.sha256.slice(0, 12))}</code>), label <code>${htmlText(report.label)}</code>${report.decisionThreshold !== null ? `, decision threshold ${report.decisionThreshold}` : ""}.</p>
<h2>Champion vs challenger</h2>
<table class="names"><tr><th>metric</th><th>challenger</th><th>champion</th><th>Δ</th><th>trivial baseline</th><th>policy</th></tr>
${rows}
</table>
${confusionHtml(report)}
<h2>Checks</h2>
<table class="names"><tr><th>check</th><th>result</th><th>observed</th><th>expected</th><th>message</th></tr>
${checks}
</table>
<h2>Latency</h2>
${latencyHtml(report)}
<h2>Slices (${htmlText(m)}, minimum support ${report.minSupport})</h2>
${slices}
${fair}
<h2>Permutation importance</h2>
${importanceHtml(report)}
<h2>Training/serving parity and determinism</h2>
${parityHtml(report)}
<p>Determinism: a second run over the first ${d.rows} rows gave ${d.identical ? "bit-identical" : "different"} outputs.</p>
<p><small>modelgate ${htmlText(report.tool.version)} · ${htmlText(report.createdAt)} · model sha256 <code>${htmlText(report.inputs[0]?.sha256.slice(0, 12) ?? "")}</code></small></p>
</body></html>
`;
}
