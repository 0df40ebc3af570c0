/**
 * Escaping for text that goes into Markdown (PR comments, job summaries): anything a user can
 * name — a column, a slice value, an artifact URI, a subject — is escaped here so that it reads
 * as the text it is and cannot open HTML, an image, a link or a new table cell.
 */

// the characters that open inline Markdown anywhere in a line (emphasis, code, links, images,
// table cells, GitHub math and mentions); `_` and `@` only where they are not inside a word
// (`roc_auc` and `model@1.0.0` stay as written: neither is emphasis or a mention there)
const PUNCTUATION = /[\\`*{}[\]()#+!|~$^]|(?<![A-Za-z0-9])[_@]|_(?![A-Za-z0-9])/g;
// at the start of the text: list items, headings, setext underlines, ordered lists
const LINE_START = /^(\s*)([-=]|\d+[.)])/;
// line breaks and other control characters would end a table row or a heading
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it replaces
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/**
 * Inline Markdown text: one line, every Markdown character escaped, `<`, `>` and `&` as entities.
 * Safe in paragraphs, headings, list items, emphasis and GFM table cells.
 */
export function mdText(value: unknown): string {
  return String(value)
    .replace(CONTROL, " ")
    .replace(PUNCTUATION, (c) => `\\${c}`)
    .replace(LINE_START, (_, space: string, lead: string) => `${space}${lead.slice(0, -1)}\\${lead.at(-1)}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/**
 * An inline code span holding the value literally (a fence longer than any backtick run in it),
 * for paragraphs and headings; in a GFM table cell use mdText (a `|` would end the cell).
 */
export function mdCode(value: unknown): string {
  const text = String(value).replace(CONTROL, " ");
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A line inside a fenced code block (```): kept on one line and unable to close the fence
 * (backticks become a look-alike), so the block ends where the report ends it.
 */
export function mdCodeLine(value: unknown): string {
  return String(value).replace(CONTROL, " ").replace(/`/g, "ˋ");
}
