import {
  createEnvelope,
  type EvidenceContext,
  type EvidenceEnvelope,
  type EvidenceInput,
  htmlText,
  mdCode,
  mdText,
  verdictBadge,
} from "@modelgate/core";
import { SECTION_TITLES, SECTIONS, type Section } from "./rubric.js";
import type { ScoreResult } from "./score.js";

/** The ml-test-score-report evidence (schemas/ml-test-score-report.schema.json). */
export interface MlTestScoreReport extends EvidenceEnvelope<"ml-test-score-report">, ScoreResult {}

/**
 * Wraps a score in the evidence envelope. Inputs: the artifact (role model), every evidence file
 * considered (role evidence) and the declarations file (role declarations).
 */
export function createScoreReport(
  result: ScoreResult,
  args: {
    context: EvidenceContext;
    artifact: { uri: string; sha256: string };
    declarations?: { uri: string; sha256: string } | null;
    createdAt?: Date;
  },
): MlTestScoreReport {
  const inputs: EvidenceInput[] = [
    { role: "model", uri: args.artifact.uri, sha256: args.artifact.sha256 },
    ...result.evidence.map((e) => ({ role: "evidence", uri: e.uri, sha256: e.sha256 })),
  ];
  if (args.declarations) inputs.push({ role: "declarations", ...args.declarations });
  const envelope = createEnvelope({
    kind: "ml-test-score-report",
    subject: `${result.model}@${result.version}`,
    inputs,
    context: args.context,
    verdict: result.passed ? "pass" : "fail",
    ...(args.createdAt ? { createdAt: args.createdAt } : {}),
  });
  return { ...envelope, ...result };
}

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const mark = (p: number): string => (p === 1 ? "1" : p === 0.5 ? "½" : "0");

/** Markdown: the 4 × 7 grid with the limiting section highlighted, then a step for every missing point. */
export function renderMarkdown(r: ScoreResult): string {
  const out: string[] = [];
  const limiting = new Set<Section>(r.limitingSections);
  out.push(`## ML Test Score — ${r.model}@${r.version}${r.environment ? ` (${r.environment})` : ""}`);
  out.push("");
  const minimum =
    r.minimum === null ? "" : ` — minimum ${fmt(r.minimum)}: **${r.passed ? "passed" : "failed"}**`;
  out.push(`**Score ${fmt(r.score)}** (the lowest section sum)${minimum}`);
  out.push("");
  out.push(`> ${r.band.range}: ${r.band.text}`);
  out.push("");
  out.push(`| section | 1 | 2 | 3 | 4 | 5 | 6 | 7 | sum |`);
  out.push(`| --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
  for (const section of SECTIONS) {
    const cells = r.tests.filter((t) => t.section === section).map((t) => mark(t.points));
    const title = SECTION_TITLES[section];
    const sum = fmt(r.sections[section]);
    out.push(
      limiting.has(section)
        ? `| **${title}** ⬅ limiting | ${cells.map((c) => `**${c}**`).join(" | ")} | **${sum}** |`
        : `| ${title} | ${cells.join(" | ")} | ${sum} |`,
    );
  }
  out.push("");
  out.push("1 = automated and verified, ½ = manual with a valid declaration, 0 = no valid evidence.");
  const missing = r.tests.filter((t) => t.points < 1);
  if (missing.length > 0) {
    out.push("");
    out.push("### Missing points");
    out.push("");
    out.push("| test | points | why | step to earn it |");
    out.push("| --- | --- | --- | --- |");
    for (const t of missing) {
      const cells = [`${t.id} ${t.title}`, mark(t.points), t.reason, t.step ?? ""];
      out.push(`| ${cells.map(cell).join(" | ")} |`);
    }
  }
  const refused = refusedRows(r);
  if (refused.length > 0) {
    out.push("");
    out.push("### Refused evidence and declarations");
    out.push("");
    out.push("| test | source | reason |");
    out.push("| --- | --- | --- |");
    for (const x of refused) out.push(`| ${x.id} | ${cell(x.source)} | ${cell(x.reason)} |`);
  }
  const untrusted = r.evidence.filter((e) => !e.trusted);
  if (untrusted.length > 0) {
    out.push("");
    out.push("### Evidence that cannot count");
    out.push("");
    for (const e of untrusted) out.push(`- ${mdCode(e.uri)}: ${mdText(e.problems.join("; "))}`);
  }
  out.push("");
  return out.join("\n");
}

/** Evidence and declarations refused for a test (and declarations for no known test), with why. */
function refusedRows(r: ScoreResult): Array<{ id: string; source: string; reason: string }> {
  const refused: Array<{ id: string; source: string; reason: string }> = r.tests.flatMap((t) =>
    t.refused.map((x) => ({ id: t.id as string, ...x })),
  );
  for (const d of r.declarations) {
    if (!d.accepted && !r.tests.some((t) => t.id === d.test)) {
      refused.push({ id: d.test || "?", source: `declaration, line ${d.line}`, reason: d.reason });
    }
  }
  return refused;
}

/** A GFM table cell: the text as it is, escaped (evidence paths and reasons quote what files hold). */
const cell = (s: string): string => mdText(s);
const esc = htmlText;

/** A self-contained HTML page with the same content as the Markdown. */
export function renderHtml(r: ScoreResult): string {
  const limiting = new Set<Section>(r.limitingSections);
  const rows = SECTIONS.map((section) => {
    const cells = r.tests
      .filter((t) => t.section === section)
      .map(
        (t) =>
          `<td class="p${String(t.points).replace(".", "")}" title="${esc(`${t.id} ${t.title}: ${t.reason}`)}">${mark(t.points)}</td>`,
      )
      .join("");
    const cls = limiting.has(section) ? ' class="limiting"' : "";
    return `<tr${cls}><th>${SECTION_TITLES[section]}</th>${cells}<td>${fmt(r.sections[section])}</td></tr>`;
  }).join("\n");
  const missing = r.tests
    .filter((t) => t.points < 1)
    .map(
      (t) =>
        `<tr><td>${esc(t.id)} ${esc(t.title)}</td><td>${mark(t.points)}</td><td>${esc(t.reason)}</td><td>${esc(t.step ?? "")}</td></tr>`,
    )
    .join("\n");
  const refused = refusedRows(r)
    .map((x) => `<tr><td>${esc(x.id)}</td><td>${esc(x.source)}</td><td>${esc(x.reason)}</td></tr>`)
    .join("\n");
  const untrusted = r.evidence
    .filter((e) => !e.trusted)
    .map((e) => `<li><code>${esc(e.uri)}</code>: ${esc(e.problems.join("; "))}</li>`)
    .join("");
  const verdict = r.minimum === null ? "" : ` — minimum ${fmt(r.minimum)}: ${r.passed ? "passed" : "failed"}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ML Test Score ${esc(r.model)}@${esc(r.version)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}
td,li,h1{overflow-wrap:anywhere}table.names td:first-child{white-space:nowrap}h1{display:flex;align-items:center;gap:.5rem}
.verdict-pass{color:#1a7f37}.verdict-fail{color:#cf222e}
td.p1{background:#c8f0c8}td.p05{background:#fff1b8}td.p0{background:#f6c6c6}
tr.limiting th,tr.limiting td:last-child{font-weight:bold;outline:2px solid #c00}
</style></head><body>
<h1>${r.minimum === null ? "" : verdictBadge(r.passed ? "pass" : "fail")}<span>ML Test Score — ${esc(r.model)}@${esc(r.version)}${r.environment ? ` (${esc(r.environment)})` : ""}</span></h1>
<p><strong>Score ${fmt(r.score)}</strong> (the lowest section sum)${esc(verdict)}</p>
<blockquote>${esc(r.band.range)}: ${esc(r.band.text)}</blockquote>
<table><tr><th>section</th><th>1</th><th>2</th><th>3</th><th>4</th><th>5</th><th>6</th><th>7</th><th>sum</th></tr>
${rows}
</table>
<p>1 = automated and verified, ½ = manual with a valid declaration, 0 = no valid evidence.</p>
${missing ? `<h2>Missing points</h2>\n<table><tr><th>test</th><th>points</th><th>why</th><th>step to earn it</th></tr>\n${missing}\n</table>` : ""}
${refused ? `<h2>Refused evidence and declarations</h2>\n<table class="names"><tr><th>test</th><th>source</th><th>reason</th></tr>\n${refused}\n</table>` : ""}
${untrusted ? `<h2>Evidence that cannot count</h2>\n<ul>${untrusted}</ul>` : ""}
</body></html>
`;
}
