import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { mdCode, mdText } from "../../packages/core/src/markdown.js";
import type { DataValidationReport } from "../../packages/data/src/index.js";
import { renderValidationMarkdown } from "../../packages/data/src/index.js";
import type { EvaluationReport } from "../../packages/model/src/evaluate.js";
import { renderMarkdown } from "../../packages/model/src/index.js";
import { type RegistryCheckReport, renderCheckMarkdown } from "../../packages/registry/src/index.js";

/** Text a user can put into a report: column names, slice values, URIs, messages. */
const HOSTILE = [
  "<img src=https://attacker.example/p.png>",
  "file:<img src=https://attacker.example/p.png>|</td><script>alert(1)</script>",
  "![x](https://attacker.example/p.png)",
  "[click](javascript:alert(1))",
  "a\nb | c",
  "line\r\n| --- | --- |\n| injected | row |",
  "`` ` ``",
  "```\n<script>x</script>",
  "<!-- open comment",
  "&lt;script&gt;",
  "back\\|slash",
  "**bold** _em_ ~~gone~~",
  "# heading",
  "<https://attacker.example>",
  "a|b|c",
  "\"quoted\" 'single'",
  "<details open><summary>x</summary>",
  "\u2028sep\u0000nul\u001b[31mred",
  "- list item",
  "1. ordered",
  "2) ordered",
  "=== setext",
  "> quote",
  "_lead and trail_",
  "roc_auc",
  "@acme/everyone",
  "$x^2$",
];

// GitHub renders PR comments as GFM with raw HTML allowed (and sanitised); markdown-it with
// html on shows anything that would pass through as raw HTML
const md = new MarkdownIt({ html: true, linkify: false });

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Tags a report may render to; anything else came from user text. */
const ALLOWED_TAGS = new Set([
  "h2",
  "h3",
  "p",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "code",
  "pre",
  "strong",
  "em",
  "ul",
  "li",
  "sub",
]);

function checkHtml(html: string): void {
  for (const m of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g))
    expect(ALLOWED_TAGS, html).toContain(m[1]!.toLowerCase());
  expect(html).not.toMatch(/<img|<script|<!--/i);
  // every row of a table has as many cells as its header
  for (const table of html.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
    const rows = [...table[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
      (r) => [...r[1]!.matchAll(/<t[hd][ >]/g)].length,
    );
    expect(new Set(rows).size, table[0]).toBe(1);
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters mdText replaces
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ");

describe("Markdown escaping", () => {
  it("mdText keeps hostile text as its own text in paragraphs and table cells", () => {
    for (const h of HOSTILE) {
      const html = md.render(`| a | b |\n| --- | --- |\n| ${mdText(h)} | x |\n\n${mdText(h)}\n`);
      checkHtml(html);
      const cell = /<td>([\s\S]*?)<\/td>/.exec(html)![1]!;
      expect(decode(cell)).toBe(oneLine(h).trim());
      const para = /<p>([\s\S]*?)<\/p>/.exec(html)![1]!;
      expect(decode(para)).toBe(oneLine(h).trim());
    }
  });

  it("mdCode keeps hostile text literal in a code span", () => {
    for (const h of HOSTILE) {
      const html = md.render(`see ${mdCode(h)} here\n`);
      checkHtml(html);
      const code = /<code>([\s\S]*?)<\/code>/.exec(html)![1]!;
      expect(decode(code).trim()).toBe(oneLine(h).trim());
    }
  });
});

describe("reports with hostile names render as text", () => {
  it("data validation", () => {
    const report = {
      verdict: "fail",
      subject: HOSTILE[0],
      environment: HOSTILE[1],
      comparison: "drift",
      summary: { rows: 10, driftedShare: 0.5, errors: HOSTILE.length, warnings: 0 },
      anomalies: HOSTILE.map((h) => ({
        severity: "error",
        code: "domain",
        column: h,
        message: `value ${h}`,
      })),
      features: HOSTILE.map((h) => ({ name: h, type: "string", drift: { psi: 0.3, drifted: true } })),
    } as unknown as DataValidationReport;
    const text = renderValidationMarkdown(report, { maxAnomalies: 100 });
    const html = md.render(text);
    checkHtml(html);
    // the PSI chart stays one code block: the report's own lines after it are not code
    expect((html.match(/<pre>/g) ?? []).length).toBe(1);
    for (const h of HOSTILE.filter((x) => !x.includes("\n") && x.trim() === x))
      expect(decode(html)).toContain(oneLine(h));
  });

  it("evaluation", () => {
    const slices = HOSTILE.map((h) => ({
      feature: h,
      value: h,
      support: 40,
      evaluated: true,
      metrics: { auc: 0.7 },
      champion: { auc: 0.6 },
    }));
    const report = {
      verdict: "fail",
      subject: HOSTILE[1],
      task: "binary-classification",
      dataset: { uri: HOSTILE[1], rows: 10, sha256: "0".repeat(64) },
      label: HOSTILE[2],
      decisionThreshold: 0.5,
      models: [{ role: "challenger", metrics: { auc: 0.7 }, confusion: { tp: 1, fp: 2, fn: 3, tn: 4 } }],
      checks: HOSTILE.map((h) => ({
        name: `metric:${h}`,
        passed: false,
        observed: h,
        expected: h,
        message: h,
      })),
      slices,
      sliceMetric: "auc",
      minSupport: 30,
      worstSlice: {
        feature: HOSTILE[0],
        value: HOSTILE[3],
        metric: "auc",
        metricValue: 0.5,
        overall: 0.7,
        gap: 0.2,
      },
      fairness: [
        {
          attribute: HOSTILE[1],
          groups: HOSTILE.map((h) => ({
            value: h,
            support: 5,
            selectionRate: 0.1,
            truePositiveRate: 0.2,
            falsePositiveRate: 0.3,
          })),
        },
      ],
      featureImportance: HOSTILE.map((h) => ({ feature: h, importance: 0.1 })),
      parity: { examples: [{ row: 1, expected: HOSTILE[0], observed: HOSTILE[4] }] },
      inputs: [{ sha256: "1".repeat(64) }],
      tool: { version: "0.1.0" },
      createdAt: "2026-01-01T00:00:00Z",
    } as unknown as EvaluationReport;
    const text = renderMarkdown(report);
    const html = md.render(text);
    checkHtml(html.replace(/<pre><code class="language-mermaid">[\s\S]*?<\/code><\/pre>/, ""));
    // one mermaid block, and every slice label inside it stays one quoted string
    const mermaid = /```mermaid\n([\s\S]*?)```/.exec(text)![1]!;
    const axis = mermaid.split("\n").find((l) => l.trim().startsWith("x-axis"))!;
    expect(axis.match(/"/g)!.length).toBe(HOSTILE.length * 2);
    expect((text.match(/```/g) ?? []).length).toBe(2);
  });

  it("registry check", () => {
    const report = {
      blocked: true,
      base: "a".repeat(40),
      head: "b".repeat(40),
      blocking: HOSTILE.map((h) => ({ file: h, path: h, line: 3, field: h, check: h, message: h })),
      changes: [
        {
          path: HOSTILE[1],
          kind: "register",
          model: HOSTILE[0],
          environment: HOSTILE[4],
          from: HOSTILE[2],
          to: HOSTILE[3],
          traffic: null,
          checks: HOSTILE.map((h) => ({ status: "fail", id: h, message: `artifact ${h}` })),
        },
      ],
    } as unknown as RegistryCheckReport;
    const html = md.render(renderCheckMarkdown(report));
    checkHtml(html);
    expect(decode(html)).toContain("file:<img src=https://attacker.example/p.png>|</td><script>");
  });
});
