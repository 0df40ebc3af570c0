/**
 * HTML for the self-contained reports (evaluation, data validation, ML Test Score): escaping for
 * untrusted text, and text widths estimated without a browser so that chart labels are laid out
 * (rotated, thinned or shortened) before a browser ever draws them.
 */

/** Text as HTML character data or a quoted attribute value: `& < > " '` as entities. */
export function htmlText(value: unknown): string {
  return String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// Advance widths in em, rounded up from DejaVu Sans (the widest of the common sans-serif fonts:
// Debian's default; Arial, Liberation Sans, Helvetica and Segoe UI are narrower), so an estimate
// is never short of what a browser draws.
const NARROW = new Set([..." .,:;'|!iIjlf`()[]{}/\\"]);
const MEDIUM = new Set([...'trsJ-"*']);
const WIDE = new Set([..."mwMW%@…—"]);
const SYMBOL = new Set([..."−+=<>±×÷∞≤≥~^#$&"]);

function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.4;
  if (MEDIUM.has(ch)) return 0.5;
  if (WIDE.has(ch)) return 1.0;
  if (SYMBOL.has(ch)) return 0.84;
  if (ch >= "0" && ch <= "9") return 0.64;
  if (ch >= "a" && ch <= "z") return 0.64;
  if (ch >= "A" && ch <= "Z") return 0.78;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x2e80) return 0.8; // other Latin, Greek, Cyrillic, punctuation
  return 1.05; // CJK and everything wider
}

/** An upper estimate of the width in pixels of `text` set in a sans-serif font of `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

/**
 * `text`, cut short with "…" so that it fits in `maxWidth` px at `fontSize` (by textWidth); whole
 * characters only (a surrogate pair is never split). The full text belongs in a `<title>`.
 */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  const room = maxWidth - textWidth("…", fontSize);
  let width = 0;
  let n = 0;
  while (n < chars.length && width + charWidth(chars[n]!) * fontSize <= room) {
    width += charWidth(chars[n]!) * fontSize;
    n++;
  }
  return `${chars.slice(0, n).join("")}…`;
}

const BADGE: Record<"pass" | "warn" | "fail", { color: string; mark: string }> = {
  pass: {
    color: "#1a7f37",
    mark: '<path d="M6 12.5l4 4 8-9" fill="none" stroke="#fff" stroke-width="2.6"/>',
  },
  warn: {
    color: "#9a6700",
    mark: '<path d="M12 6.5v7" stroke="#fff" stroke-width="2.6"/><circle cx="12" cy="17.3" r="1.5" fill="#fff"/>',
  },
  fail: { color: "#cf222e", mark: '<path d="M7.5 7.5l9 9M16.5 7.5l-9 9" stroke="#fff" stroke-width="2.6"/>' },
};

/**
 * The verdict as an inline SVG mark and its word (PASS, WARN, FAIL): drawn, not a glyph, so it
 * shows whatever fonts the reader's machine has (an emoji needs a colour-emoji font).
 */
export function verdictBadge(verdict: string): string {
  const v = verdict === "pass" || verdict === "warn" || verdict === "fail" ? verdict : "fail";
  const b = BADGE[v];
  return `<span class="verdict verdict-${v}"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" role="img" aria-label="${v}" style="vertical-align:-5px"><circle cx="12" cy="12" r="11" fill="${b.color}"/>${b.mark}</svg> ${htmlText(verdict.toUpperCase())}</span>`;
}
