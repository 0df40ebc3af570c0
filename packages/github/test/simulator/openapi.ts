/**
 * api.github.com's OpenAPI description (@octokit/openapi) as a validator: which operation a
 * request is, and whether its parameters, its body and the response's body match the spec's
 * schemas. $refs are resolved by Ajv against the spec's own components.
 */
import { createRequire } from "node:module";
import { validate as validateGraphql } from "@octokit/graphql-schema";
import type { ErrorObject, ValidateFunction } from "ajv";
import AjvModule from "ajv";
import addFormatsModule from "ajv-formats";
import { type ApiContract, type Operation, type Route, routeMatcher } from "../../src/simulator/contract.js";
import type { ApiSlice } from "../../src/simulator/slice.js";

const require = createRequire(import.meta.url);
const Ajv = AjvModule as unknown as typeof AjvModule.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema?: Json;
}

const SPEC_ID = "github";

export class OpenApiValidator implements ApiContract {
  private readonly spec: Json & { paths: Record<string, Record<string, Json>>; components: Json };
  private readonly ajv: InstanceType<typeof Ajv>;
  private readonly params: InstanceType<typeof Ajv>;
  /** every route of the spec, with its operations */
  readonly routes: Route[];
  readonly match: (method: string, pathname: string) => Operation | null;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    this.spec = require("@octokit/openapi/generated/api.github.com.json");
    // OpenAPI 3.0 schemas: `nullable` is Ajv's own keyword; `example`, `x-*` are annotations
    const options = { strict: false, allErrors: true, logger: false as const };
    this.ajv = new Ajv(options);
    addFormats(this.ajv);
    this.ajv.addSchema({ paths: this.spec.paths, components: this.spec.components }, SPEC_ID);
    this.params = new Ajv({ ...options, coerceTypes: true });
    addFormats(this.params);
    this.params.addSchema({ paths: this.spec.paths, components: this.spec.components }, SPEC_ID);
    this.routes = Object.entries(this.spec.paths).map(([template, item]) => ({
      template,
      operations: Object.fromEntries(
        Object.entries(item)
          .filter(([, op]) => typeof (op as Json).operationId === "string")
          .map(([method, op]) => [method, String((op as Json).operationId)]),
      ),
    }));
    this.match = routeMatcher(this.routes);
  }

  private operation(op: Operation): Json {
    return this.spec.paths[op.template]![op.method] as Json;
  }

  private resolve<T>(node: unknown): T {
    let n = node as Json;
    while (n && typeof n.$ref === "string") {
      const parts = (n.$ref as string).replace(/^#\//, "").split("/");
      n = parts.reduce<Json>((o, p) => o[p.replace(/~1/g, "/").replace(/~0/g, "~")] as Json, this.spec);
    }
    return n as T;
  }

  private validator(ajv: InstanceType<typeof Ajv>, key: string, pointer: string): ValidateFunction {
    const k = `${ajv === this.params ? "p" : "b"}:${key}`;
    let v = this.cache.get(k);
    if (!v) {
      v = ajv.compile({ $ref: `${SPEC_ID}#${pointer}` });
      this.cache.set(k, v);
    }
    return v;
  }

  private pointer(op: Operation, ...rest: string[]): string {
    const esc = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
    return ["", "paths", op.template, op.method, ...rest].map(esc).join("/");
  }

  /** Problems with the request's path and query parameters and its JSON body. */
  validateRequest(op: Operation, query: URLSearchParams, body: unknown): string[] {
    const problems: string[] = [];
    const spec = this.operation(op);
    const declared = ((spec.parameters as unknown[]) ?? []).map((p) => this.resolve<Parameter>(p));
    for (const p of declared) {
      if (p.in === "header") continue;
      const value = p.in === "path" ? op.params[p.name] : (query.get(p.name) ?? undefined);
      if (value === undefined) {
        if (p.required) problems.push(`missing ${p.in} parameter ${p.name}`);
        continue;
      }
      if (!p.schema) continue;
      const wrapped = { type: "object", properties: { value: this.inline(p.schema) } };
      const key = JSON.stringify(wrapped);
      let v = this.cache.get(`p:${key}`);
      if (!v) {
        v = this.params.compile(wrapped);
        this.cache.set(`p:${key}`, v);
      }
      if (!v({ value })) problems.push(`${p.in} parameter ${p.name}=${value}: ${format(v.errors)}`);
    }
    for (const name of query.keys()) {
      if (!declared.some((p) => p.in === "query" && p.name === name))
        problems.push(`unknown query parameter ${name}`);
    }
    const requestBody = this.resolve<Json | undefined>(spec.requestBody);
    const content = (requestBody?.content as Json | undefined)?.["application/json"] as Json | undefined;
    if (content?.schema) {
      if (body === undefined) {
        if (requestBody?.required) problems.push("missing request body");
      } else {
        const pointer =
          spec.requestBody && (spec.requestBody as Json).$ref
            ? null
            : this.pointer(op, "requestBody", "content", "application/json", "schema");
        const v = pointer
          ? this.validator(this.ajv, `${op.method} ${op.template} request`, pointer)
          : this.ajv.compile(this.inline(content.schema as Json));
        if (!v(body)) problems.push(`request body: ${format(v.errors)}`);
      }
    } else if (body !== undefined && op.method !== "get" && op.method !== "delete") {
      problems.push("the operation takes no JSON body");
    }
    return problems;
  }

  /** Problems with a response: a status the operation does not document, or a body off its schema. */
  validateResponse(op: Operation, status: number, body: unknown): string[] {
    const spec = this.operation(op);
    const responses = spec.responses as Record<string, unknown>;
    const documented = responses[String(status)];
    if (!documented) {
      // GitHub may answer any request with these (bad credentials, no access, not found, a conflict,
      // invalid input, a rate limit, a server error) whether documented or not; the body is basic-error
      if ([401, 403, 404, 409, 422, 429].includes(status) || status >= 500) {
        const v = this.validator(this.ajv, "basic-error", "/components/schemas/basic-error");
        return v(body) ? [] : [`error body: ${format(v.errors)}`];
      }
      return [`status ${status} is not documented for ${op.method.toUpperCase()} ${op.template}`];
    }
    const response = this.resolve<Json>(documented);
    const content = (response.content as Json | undefined)?.["application/json"] as Json | undefined;
    if (!content?.schema)
      return body === undefined || body === "" ? [] : [`status ${status} has no body in the spec`];
    const key = `${op.method} ${op.template} ${status}`;
    const v = (documented as Json).$ref
      ? this.ajv.compile(this.inline(content.schema as Json))
      : this.validator(
          this.ajv,
          key,
          this.pointer(op, "responses", String(status), "content", "application/json", "schema"),
        );
    return v(body) ? [] : [`response ${status}: ${format(v.errors)}`];
  }

  /** A schema taken out of the spec, its local $refs pointed back into it. */
  private inline(schema: Json): Json {
    return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, `"$ref":"${SPEC_ID}#/`)) as Json;
  }

  /** Checks a value against one of the spec's component schemas. */
  validateSchema(name: string, value: unknown): string[] {
    const v = this.validator(this.ajv, `schema ${name}`, `/components/schemas/${name}`);
    return v(value) ? [] : [format(v.errors)];
  }

  /** Problems with a GraphQL query, against GitHub's GraphQL schema (@octokit/graphql-schema). */
  validateGraphql(query: string): string[] {
    return validateGraphql(query).map((e) => e.message);
  }

  /** An example value from the spec's components (a template for a simulator's answers). */
  example<T = Json>(name: string): T {
    const ex = (this.spec.components.examples as Record<string, { value: unknown }>)[name];
    if (!ex) throw new Error(`no example ${name} in the OpenAPI description`);
    return structuredClone(ex.value) as T;
  }
}

function format(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 5)
    .map(
      (e) =>
        `${e.instancePath || "/"} ${e.message}${e.params && "allowedValues" in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ""}`,
    )
    .join("; ");
}

/**
 * The slice of the description the simulator answers with (src/simulator/api-slice.json): the
 * routes of `operations` and the `examples`, taken from this description.
 */
export function apiSliceOf(
  spec: OpenApiValidator,
  operations: readonly string[],
  examples: readonly string[],
): ApiSlice {
  const { version } = require("@octokit/openapi/package.json") as { version: string };
  const routes = spec.routes
    .map((r) => ({
      template: r.template,
      operations: Object.fromEntries(
        Object.entries(r.operations).filter(([, id]) => operations.includes(id)),
      ),
    }))
    .filter((r) => Object.keys(r.operations).length > 0);
  return {
    source: `@octokit/openapi@${version} generated/api.github.com.json`,
    routes,
    examples: Object.fromEntries(examples.map((name) => [name, spec.example(name)])),
  };
}
