/**
 * What the simulator needs of GitHub's API description: which operation a request is, the
 * spec's own examples as templates for its answers, and the checks of every request and answer.
 * Two implementations: the whole of @octokit/openapi with Ajv (packages/github/test/simulator/
 * openapi.ts, every test) and the slice of it the simulator answers with (./slice.ts, the CLI's
 * `demo --github`), which routes and builds answers alike but validates nothing.
 */
export interface Operation {
  method: string;
  template: string;
  operationId: string;
  params: Record<string, string>;
}

export interface ApiContract {
  /** The operation for a method and path (without the API prefix), or null when there is none. */
  match(method: string, pathname: string): Operation | null;
  /** Problems with the request's parameters and JSON body (none: it is valid). */
  validateRequest(op: Operation, query: URLSearchParams, body: unknown): string[];
  /** Problems with an answer's status and body. */
  validateResponse(op: Operation, status: number, body: unknown): string[];
  /** Problems with a GraphQL query. */
  validateGraphql(query: string): string[];
  /** An example value from the spec's components, a copy (a template for an answer). */
  example<T = Record<string, unknown>>(name: string): T;
}

/** A route of the API: a path template such as /repos/{owner}/{repo}/pulls/{pull_number}. */
export interface Route {
  template: string;
  /** method (lower case) → operationId */
  operations: Record<string, string>;
}

/** Matches paths against the routes; a literal segment wins over a parameter. */
export function routeMatcher(
  routes: readonly Route[],
): (method: string, pathname: string) => Operation | null {
  const compiled = routes
    .map((route) => {
      const names: string[] = [];
      const source = route.template
        .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
        .replace(/\{([^}]+)\}/g, (_m, n: string) => {
          names.push(n);
          return "([^/]+)";
        });
      return { route, names, regex: new RegExp(`^${source}$`), literal: route.template.split("{").length };
    })
    // issues/comments/{id} before issues/{number}
    .sort((a, b) => a.literal - b.literal);
  return (method, pathname) => {
    const m = method.toLowerCase();
    for (const r of compiled) {
      const found = r.regex.exec(pathname);
      if (!found) continue;
      const operationId = r.route.operations[m];
      if (!operationId) continue;
      const params: Record<string, string> = {};
      r.names.forEach((n, i) => {
        params[n] = decodeURIComponent(found[i + 1]!);
      });
      return { method: m, template: r.route.template, operationId, params };
    }
    return null;
  };
}
