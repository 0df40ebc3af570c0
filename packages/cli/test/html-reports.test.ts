/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Every HTML page the CLI writes (evaluate, validate-data, score), rendered in headless Chromium
// (Debian's /usr/bin/chromium, installed by scripts/install-chromium.sh) and checked as a person
// would see it: no text box overlapping another or leaving its chart, no horizontal overflow, no
// glyph the machine's fonts cannot draw, nothing fetched, no console error, untrusted text shown as
// text. With MG_UPDATE_SCREENSHOTS=1 it also saves a screenshot of the clean ones into docs/img/, where
// docs/evaluation.md, docs/data.md and docs/ml-test-score.md show them.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { seededRandom } from "@modelgate/core";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const root = join(import.meta.dirname, "../../..");
const examples = join(root, "examples");
const CHROMIUM = "/usr/bin/chromium";
const HOSTILE = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;

/**
 * Chromium, installed by the project's script when missing. Skipped (with the reason printed) only
 * where the machine cannot have it: the script exits 3 when it is not root or has no apt-get.
 */
function ensureChromium(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const r = spawnSync("bash", [join(root, "scripts/install-chromium.sh")], { encoding: "utf8" });
  if (r.status === 0 && existsSync(CHROMIUM)) return null;
  if (r.status === 3) return r.stderr.trim();
  throw new Error(`scripts/install-chromium.sh failed (exit ${r.status}):\n${r.stderr}`);
}
const unavailable = ensureChromium();
if (unavailable !== null)
  process.stderr.write(`html-reports.test.ts: skipped, no Chromium here: ${unavailable}\n`);

/** What the page shows that a reader would see as broken; each list empty on a good page. */
interface PageProblems {
  overlaps: string[];
  outside: string[];
  overflow: string[];
  missingGlyphs: string[];
  failedResources: string[];
  foreignElements: string[];
}

/** Runs in the page: text boxes, glyphs and resources. */
function inspectPage(): PageProblems {
  const problems: PageProblems = {
    overlaps: [],
    outside: [],
    overflow: [],
    missingGlyphs: [],
    failedResources: [],
    foreignElements: [],
  };
  type Box = { text: string; r: DOMRect; group: Element | null };
  const boxes: Box[] = [];
  // SVG text: one box per <text>, which must stay inside its <svg>
  for (const t of document.querySelectorAll("svg text")) {
    const r = t.getBoundingClientRect();
    const svg = t.closest("svg")!.getBoundingClientRect();
    if (r.width === 0) continue;
    boxes.push({ text: t.textContent ?? "", r, group: t.closest("svg") });
    if (
      r.left < svg.left - 0.5 ||
      r.right > svg.right + 0.5 ||
      r.top < svg.top - 0.5 ||
      r.bottom > svg.bottom + 0.5
    )
      problems.outside.push(
        `"${t.textContent}" [${r.left.toFixed(0)},${r.right.toFixed(0)}] outside its chart`,
      );
  }
  // HTML text: one box per line fragment of every text node
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest("svg") || !n.textContent?.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects())
      if (r.width > 0) boxes.push({ text: n.textContent.trim(), r, group: null });
  }
  // any two boxes sharing more than a pixel each way overlap (sorted by left edge: a sweep)
  boxes.sort((a, b) => a.r.left - b.r.left);
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.r.left < a.r.right - 1; j++) {
      const b = boxes[j]!;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 1 && h > 1 && problems.overlaps.length < 20)
        problems.overlaps.push(`"${a.text.slice(0, 40)}" overlaps "${b.text.slice(0, 40)}"`);
    }
  }
  const page = document.scrollingElement!;
  if (page.scrollWidth > window.innerWidth)
    problems.overflow.push(`page is ${page.scrollWidth}px wide in a ${window.innerWidth}px window`);
  // every character drawn with a real glyph: one the fonts lack draws as .notdef, like U+E000
  const canvas = document.createElement("canvas");
  canvas.width = 48;
  canvas.height = 48;
  const g = canvas.getContext("2d", { willReadFrequently: true })!;
  const draw = (ch: string, font: string) => {
    g.clearRect(0, 0, 48, 48);
    g.font = font;
    g.fillText(ch, 4, 34);
    return g.getImageData(0, 0, 48, 48).data.join(",");
  };
  const byFont = new Map<string, Set<string>>();
  const all = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = all.nextNode(); n; n = all.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest("title, style")) continue;
    const cs = getComputedStyle(el);
    const font = `24px ${cs.fontFamily}`;
    const set = byFont.get(font) ?? new Set<string>();
    byFont.set(font, set);
    for (const ch of n.textContent ?? "") if (ch.trim() !== "") set.add(ch);
  }
  for (const [font, chars] of byFont) {
    const tofu = draw("\uE000", font);
    for (const ch of chars)
      if (draw(ch, font) === tofu)
        problems.missingGlyphs.push(`U+${ch.codePointAt(0)!.toString(16).toUpperCase()} "${ch}" (${font})`);
  }
  for (const f of document.fonts) if (f.status === "error") problems.failedResources.push(`font ${f.family}`);
  for (const img of document.images)
    if (!img.complete || img.naturalWidth === 0) problems.failedResources.push(`image ${img.src}`);
  // the reports have no scripts, images, frames, links to load or forms: any is untrusted text let through
  for (const el of document.querySelectorAll(
    "script, img, iframe, object, embed, link, form, a[href], image, foreignObject",
  ))
    problems.foreignElements.push(el.outerHTML.slice(0, 80));
  return problems;
}

describe.skipIf(unavailable !== null)("HTML reports in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  const pages: Record<string, string> = {};
  const seen = { url: "", console: [] as string[], requests: [] as string[] };

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") seen.console.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => seen.console.push(`pageerror: ${e.message}`));
    page.on("request", (r) => {
      if (r.url() !== seen.url) seen.requests.push(r.url());
    });
    dir = mkdtempSync(join(tmpdir(), "mg-html-"));
    writeFiles(dir);
    const run = async (name: string, argv: string[], exit = [0, 1]) => {
      const r = await cli(argv, dir);
      if (!exit.includes(r.exitCode)) throw new Error(`${argv[0]} exited ${r.exitCode}: ${r.stderr}`);
      pages[name] = join(dir, "out", `${name}.html`);
    };
    // the registry's 2.0.0 against the production champion 1.0.0 under its policy, with importance
    await run("evaluation", [
      ...["evaluate", "--registry", "registry", "--model-name", "credit-default", "--version", "2.0.0"],
      ...["--environment", "production", "--importance", "--out", "out/evaluation.json"],
      ...["--html", "out/evaluation.html"],
    ]);
    // hostile slice values and no champion, importance or reference: the notes for what is absent
    await run("evaluation-hostile", [
      ...[
        "evaluate",
        "--model",
        "registry/artifacts/credit-default/2.0.0/model.onnx",
        ...["--model-name", "credit-default", "--version", "2.0.0"],
        "--data",
        "hostile-test.csv",
      ],
      ...["--label", "default", "--features", FEATURES, "--slices", "region,employment_type"],
      ...[
        "--protected",
        "gender",
        "--out",
        "out/evaluation-hostile.json",
        "--html",
        "out/evaluation-hostile.html",
      ],
    ]);
    await run("data-validation", [
      ...["validate-data", "--schema", join(examples, "registry/datasets/loans/schema.yaml")],
      ...[
        "--data",
        join(examples, "data/serving_drift.csv"),
        "--reference",
        join(examples, "data/train.csv"),
      ],
      ...[
        "--environment",
        "serving",
        "--out",
        "out/data-validation.json",
        "--html",
        "out/data-validation.html",
      ],
    ]);
    // 40 categories with long and hostile names, wide numbers: labels that cannot all stand side by side
    await run("data-validation-hostile", [
      ...[
        "validate-data",
        "--schema",
        "wide.schema.yaml",
        "--data",
        "wide-current.csv",
        "--reference",
        "wide-reference.csv",
      ],
      ...["--out", "out/data-validation-hostile.json", "--html", "out/data-validation-hostile.html"],
    ]);
    await run("ml-test-score", [
      ...[
        "score",
        "--model",
        "credit-default",
        "--registry",
        "score-registry",
        "--now",
        "2026-11-23T12:00:00Z",
      ],
      ...["--out", "out/ml-test-score.json", "--html", "out/ml-test-score.html"],
    ]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Loads one report in the shared page (offline: a request for anything is recorded and fails). */
  async function render(
    name: string,
  ): Promise<{ problems: PageProblems; console: string[]; requests: string[]; body: string }> {
    const url = pathToFileURL(pages[name]!).href;
    seen.console = [];
    seen.requests = [];
    seen.url = url;
    await page.goto(url, { waitUntil: "load" });
    const problems = await page.evaluate(inspectPage);
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what the reader sees
    const body = await page.evaluate(() => document.body.innerText);
    if ((await page.title()) === "pwned") seen.console.push("a script in the page ran");
    if (process.env.MG_UPDATE_SCREENSHOTS && !name.endsWith("-hostile"))
      await page.screenshot({ path: join(root, "docs", "img", `${name}-report.png`), fullPage: true });
    return { problems, console: seen.console, requests: seen.requests, body };
  }

  const clean = (r: Awaited<ReturnType<typeof render>>) => {
    expect(r.problems).toEqual({
      overlaps: [],
      outside: [],
      overflow: [],
      missingGlyphs: [],
      failedResources: [],
      foreignElements: [],
    });
    expect(r.console).toEqual([]);
    expect(r.requests).toEqual([]);
  };

  it("the checks find what they look for: a missing glyph, overlapping labels, a label outside its chart", async () => {
    seen.url = "about:blank";
    await page.setContent(
      `<h1>\u2705 ok \u2713</h1><svg width="100" height="30"><text x="0" y="12" font-size="10">first label</text><text x="20" y="14" font-size="10">second</text><text x="90" y="25" font-size="10">outside</text></svg>`,
    );
    const p = await page.evaluate(inspectPage);
    // U+2705 is in no font of a plain Debian machine (DejaVu); U+2713 is in DejaVu Sans
    expect(p.missingGlyphs.map((g) => g.split(" ")[0])).toEqual(["U+2705"]);
    expect(p.overlaps).toEqual(['"first label" overlaps "second"']);
    expect(p.outside.map((o) => o.split(" ")[0])).toEqual(['"outside"']);
  });

  it("the evaluation report shows latency and permutation importance, every label readable", async () => {
    const r = await render("evaluation");
    clean(r);
    expect(r.body).toMatch(/Latency\n/);
    expect(r.body).toMatch(/challenger\t[\d.]+\t/);
    expect(r.body).toMatch(/champion\t[\d.]+\t/);
    expect(r.body).toMatch(/Challenger p95 batch latency is [\d.]+× the champion's/);
    expect(r.body).toContain("Permutation importance");
    // credit-default 2.0.0 uses every feature but has_cosigner: all 12 listed
    for (const f of FEATURES.split(",")) expect(r.body).toContain(f);
    expect(r.body).not.toContain("was not computed");
  });

  it("the evaluation report says what it does not have, and shows hostile slice values as text", async () => {
    const r = await render("evaluation-hostile");
    clean(r);
    expect(r.body).toContain(
      "Permutation importance was not computed: run modelgate evaluate with --importance",
    );
    expect(r.body).toContain("No reference predictions were given");
    expect(r.body).toContain("No champion: nothing to compare the latency with.");
    expect(r.body).toContain(`region = ${HOSTILE}`);
  });

  it("the data-validation report draws its histograms with labels that never overlap, and no emoji", async () => {
    const r = await render("data-validation");
    clean(r);
    expect(r.body).toMatch(/^\s*FAIL\s+Data validation of loans\n/);
    const html = readFileSync(pages["data-validation"]!, "utf8");
    expect(html).not.toMatch(/[\u{1F300}-\u{1FAFF}\u2705\u274C\u26A0]/u);
  });

  it("crowded histograms: labels rotated, thinned or shortened; hostile names stay text", async () => {
    const r = await render("data-validation-hostile");
    clean(r);
    expect(r.body).toContain("<img src=x onerror");
    const html = readFileSync(pages["data-validation-hostile"]!, "utf8");
    expect(html).toContain("rotate(-90)");
    expect(html).toMatch(/\(\d+ others\)/);
  });

  it("the ML Test Score report says why each point was refused", async () => {
    const r = await render("ml-test-score");
    clean(r);
    expect(r.body).toContain("Refused evidence and declarations");
    expect(r.body).toMatch(
      /the declaration in \S+ml-test-score\.yaml was refused: data-6 \(line \d+\): expired/,
    );
  });
});

const FEATURES =
  "age,income,loan_amount,term_months,interest_rate,credit_score,debt_to_income,employment_years,num_open_accounts,num_delinquencies,revolving_utilization,has_cosigner";

/** The inputs: a registry with 2.0.0 registered, hostile test data, wide data, a scored registry in git. */
function writeFiles(dir: string): void {
  mkdirSync(join(dir, "out"));
  cpSync(join(examples, "registry"), join(dir, "registry"), { recursive: true });
  cpSync(join(examples, "data"), join(dir, "data"), { recursive: true });
  const artifactDir = join(dir, "registry", "artifacts", "credit-default", "2.0.0");
  cpSync(join(examples, "models", "credit-default", "2.0.0"), artifactDir, { recursive: true });
  const bytes = readFileSync(join(artifactDir, "model.onnx"));
  const versions = join(dir, "registry", "models", "credit-default", "versions");
  writeFileSync(
    join(versions, "2.0.0.yaml"),
    readFileSync(join(versions, "1.0.0.yaml"), "utf8")
      .replace(/version: 1\.0\.0/, "version: 2.0.0")
      .replace(/credit-default\/1\.0\.0/, "credit-default/2.0.0")
      .replace(/sha256: a818[0-9a-f]+/, `sha256: ${createHash("sha256").update(bytes).digest("hex")}`)
      .replace(/bytes: \d+/, `bytes: ${bytes.length}`),
  );
  const test = readFileSync(join(examples, "data", "test.csv"), "utf8");
  writeFileSync(
    join(dir, "hostile-test.csv"),
    test.replaceAll(",north,", `,"${HOSTILE.replaceAll('"', '""')}",`),
  );

  const rand = seededRandom(7); // the same files every run
  const cats = Array.from({ length: 40 }, (_, i) =>
    i === 0 ? HOSTILE : i % 7 === 0 ? `a-category-name-far-too-long-for-any-axis-${i}` : `segment ${i}`,
  );
  const rows = (shift: number) =>
    [
      "segment,amount,ratio",
      ...Array.from({ length: 3000 }, () => {
        const c = cats[Math.min(39, Math.floor(rand() ** (1 + shift) * 40))]!;
        return `"${c.replaceAll('"', '""')}",${(123456.789 + rand() * 9_000_000 * (1 + shift)).toFixed(3)},${(rand() * 0.001).toPrecision(6)}`;
      }),
    ].join("\n");
  writeFileSync(join(dir, "wide-reference.csv"), rows(0));
  writeFileSync(join(dir, "wide-current.csv"), rows(0.5));
  writeFileSync(
    join(dir, "wide.schema.yaml"),
    "dataset: wide\nfeatures:\n  - name: segment\n    type: string\n  - name: amount\n    type: float\n  - name: ratio\n    type: float\n",
  );

  const score = join(dir, "score-registry");
  cpSync(join(root, "packages/score/test/fixtures/registry"), score, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Risk ML", "-c", "user.email=risk@acme.example", ...args], {
      cwd: score,
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: "2026-10-16T00:00:00Z",
        GIT_COMMITTER_DATE: "2026-10-16T00:00:00Z",
      },
      stdio: "pipe",
    });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "Register credit-default");
}
