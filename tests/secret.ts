// The test suite's one credential mark. Every credential a test hands to modelgate (the GitHub
// simulator's tokens, tokens in registry and artifact URLs) contains TEST_SECRET, and every run
// the suite captures (the CLI in-process: packages/cli/test/helpers.ts; every child process and
// action: actions/test/run-action.ts) is checked for it, raw or base64-encoded (HTTP basic
// auth), so a leak fails the run that made it, whether or not its test looked.

/** The mark: letters and digits only, so it survives URLs, headers and base64 unchanged. */
export const TEST_SECRET = "mgTestSecret8f41c2a9d7";

/** Base64 forms of the mark at each of the three byte alignments (inner characters only). */
const encoded = [0, 1, 2].map((pad) => {
  const b64 = Buffer.from(`${"x".repeat(pad)}${TEST_SECRET}`).toString("base64");
  // the first and last 4 characters depend on the neighbouring bytes; the middle does not
  return b64.slice(4, -4);
});

/** Where the mark appears in a text ("raw", "base64"), or undefined. */
export function secretIn(text: string): "raw" | "base64" | undefined {
  if (text.includes(TEST_SECRET)) return "raw";
  if (encoded.some((e) => text.includes(e))) return "base64";
  return undefined;
}

/** Throws when any of the named texts holds the mark. */
export function expectNoSecret(texts: Record<string, string>, run: string): void {
  for (const [name, text] of Object.entries(texts)) {
    const form = secretIn(text);
    if (form) throw new Error(`a test credential (${form}) appears in the ${name} of ${run}`);
  }
}
