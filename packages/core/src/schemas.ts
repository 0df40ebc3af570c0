import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import dataProfileSchema from "../../../schemas/data-profile.schema.json" with { type: "json" };
import dataValidationSchema from "../../../schemas/data-validation.schema.json" with { type: "json" };
import datasetSchemaSchema from "../../../schemas/dataset-schema.schema.json" with { type: "json" };
import datasetVersionSchema from "../../../schemas/dataset-version.schema.json" with { type: "json" };
import deployPlanSchema from "../../../schemas/deploy-plan.schema.json" with { type: "json" };
import environmentSchema from "../../../schemas/environment.schema.json" with { type: "json" };
import evaluationSchema from "../../../schemas/evaluation.schema.json" with { type: "json" };
import evidenceEnvelopeSchema from "../../../schemas/evidence-envelope.schema.json" with { type: "json" };
import mlTestScoreSchema from "../../../schemas/ml-test-score.schema.json" with { type: "json" };
import mlTestScoreReportSchema from "../../../schemas/ml-test-score-report.schema.json" with { type: "json" };
import modelSchema from "../../../schemas/model.schema.json" with { type: "json" };
import modelVersionSchema from "../../../schemas/model-version.schema.json" with { type: "json" };
import registrySchema from "../../../schemas/registry.schema.json" with { type: "json" };
import registryCheckSchema from "../../../schemas/registry-check.schema.json" with { type: "json" };

/**
 * Every schema in schemas/, by name (the file name without `.schema.json`). Report schemas
 * are added here by one import line each; a test checks that no file in schemas/ is missing.
 */
const SCHEMAS: Record<string, object> = {
  "evidence-envelope": evidenceEnvelopeSchema,
  registry: registrySchema,
  model: modelSchema,
  "model-version": modelVersionSchema,
  environment: environmentSchema,
  "dataset-schema": datasetSchemaSchema,
  "dataset-version": datasetVersionSchema,
  "data-profile": dataProfileSchema,
  "data-validation": dataValidationSchema,
  "ml-test-score": mlTestScoreSchema,
  "ml-test-score-report": mlTestScoreReportSchema,
  "registry-check": registryCheckSchema,
  "deploy-plan": deployPlanSchema,
  evaluation: evaluationSchema,
};

/** The names of all registered schemas. */
export const SCHEMA_NAMES: readonly string[] = Object.freeze(Object.keys(SCHEMAS));

/** The `$id` of a schema name. */
export function schemaId(name: string): string {
  return `https://modelgate.dev/schemas/${name}.schema.json`;
}

/** One schema violation, as Ajv reports it (instancePath is a JSON Pointer into the value). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
  /** The subschema that failed (the keyword's value's owner), for hints. */
  parentSchema?: Record<string, unknown>;
  /** Set on errors about a property name (propertyNames): the offending key. */
  propertyName?: string;
}

/**
 * Each schema's precompiled validator (Ajv standalone code generated from schemas/ by
 * scripts/gen-validators.ts, a CommonJS module per schema; a test fails when they differ from the
 * schemas), required on first use: no process compiles a schema at run time, and a command loads
 * only the validators it uses. In the bundles, scripts/build.ts writes the same modules (with the
 * Ajv runtime they require) at the same path beside the file that holds this one.
 */
const requireValidator = createRequire(import.meta.url);

const compiled = new Map<string, ValidateFunction>();

/** The raw JSON Schema of a registered schema name. */
export function getSchema(name: string): Record<string, unknown> {
  const schema = SCHEMAS[name];
  if (schema === undefined) throw new Error(`unknown schema "${name}"; known: ${SCHEMA_NAMES.join(", ")}`);
  return schema as Record<string, unknown>;
}

function validatorFor(name: string): ValidateFunction {
  let validate = compiled.get(name);
  if (validate === undefined) {
    getSchema(name);
    const module = requireValidator(`./generated/validators/${name}.cjs`) as { validate: ValidateFunction };
    validate = module.validate;
    compiled.set(name, validate);
  }
  return validate;
}

/** Validates a value against a registered schema; an empty array means valid. */
export function validateValue(schemaName: string, value: unknown): SchemaError[] {
  const validate = validatorFor(schemaName);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(toSchemaError);
}

function toSchemaError(e: ErrorObject): SchemaError {
  const out: SchemaError = {
    instancePath: e.instancePath,
    keyword: e.keyword,
    message: e.message ?? e.keyword,
    params: e.params as Record<string, unknown>,
  };
  if (e.parentSchema !== undefined) out.parentSchema = e.parentSchema as Record<string, unknown>;
  if (e.propertyName !== undefined) out.propertyName = e.propertyName;
  return out;
}
