import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
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

// ajv-formats is CommonJS: its default export is the plugin itself at runtime, typed as a namespace.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv2020 {
  if (ajv === undefined) {
    ajv = new Ajv2020({
      allErrors: true,
      verbose: true,
      strictSchema: true,
      strictTypes: true,
      strictTuples: true,
      allowUnionTypes: true,
      // our schemas are static files: checking them against the meta-schema on every start
      // costs ~60 ms per process; strictSchema still refuses unknown keywords when a schema
      // compiles, and the schema tests compile every one of them
      validateSchema: false,
    });
    addFormats(ajv);
    for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema);
  }
  return ajv;
}

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
    const found = instance().getSchema(schemaId(name));
    if (found === undefined) throw new Error(`schema "${name}" did not compile`);
    validate = found;
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
