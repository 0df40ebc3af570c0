/**
 * Credentials that may ride in a URL: `scheme://user:secret@host` userinfo and query parameters
 * that carry tokens. Replaced by `***` wherever text reaches output, reports or commits.
 */
const USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s"'<>]*@/gi;
const SECRET_PARAM =
  /([?&](?:access_token|token|password|passwd|pwd|secret|api_key|apikey|key|sig|signature|x-amz-signature|x-goog-signature|auth)=)[^&#\s"'<>]*/gi;

/** `text` with every URL credential (userinfo, token query parameters) replaced by `***`. */
export function redactCredentials(text: string): string {
  return text.replace(USERINFO, "$1***@").replace(SECRET_PARAM, "$1***");
}
