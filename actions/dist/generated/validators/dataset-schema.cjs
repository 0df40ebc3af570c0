"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// packages/core/src/generated/validators/dataset-schema.cjs
exports.validate = validate0;
var schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/dataset-schema.schema.json", "title": "DatasetSchema", "description": "A TFDV-style data contract for a dataset (datasets/<dataset>/schema.yaml): features, types, domains, presence and drift thresholds.", "type": "object", "required": ["dataset", "features"], "additionalProperties": false, "properties": { "dataset": { "description": "The dataset name; must match the directory datasets/<dataset>/.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "label": { "description": "The label column, if the dataset has one.", "type": "string", "minLength": 1 }, "keys": { "description": "Columns whose values must be unique (together).", "type": "array", "items": { "description": "A column name.", "type": "string", "minLength": 1 } }, "rowCount": { "description": "Bounds on the number of rows.", "type": "object", "additionalProperties": false, "properties": { "min": { "description": "At least this many rows.", "type": "integer", "minimum": 0 }, "max": { "description": "At most this many rows.", "type": "integer", "minimum": 0 } } }, "environments": { "description": "The environments data is validated in by default (e.g. training, serving); features may be absent in some with notIn.", "type": "array", "items": { "description": "An environment name.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" } }, "features": { "description": "The columns and their constraints.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/feature" } } }, "$defs": { "feature": { "title": "FeatureSpec", "description": "One column and its constraints.", "type": "object", "required": ["name", "type"], "additionalProperties": false, "properties": { "name": { "description": "The column name.", "type": "string", "minLength": 1 }, "description": { "description": "What the column holds.", "type": "string" }, "type": { "description": "The column's value type.", "enum": ["int", "float", "string", "bool", "timestamp"] }, "presence": { "description": "How often the column must have a value.", "type": "object", "additionalProperties": false, "properties": { "minFraction": { "description": "Minimum share of rows with a non-missing value (0..1).", "type": "number", "minimum": 0, "maximum": 1 }, "minCount": { "description": "Minimum number of rows with a non-missing value.", "type": "integer", "minimum": 0 } } }, "domain": { "description": "Allowed values: a numeric range (min/max) or a categorical set (values).", "type": "object", "additionalProperties": false, "properties": { "min": { "description": "Smallest allowed value (numeric features).", "type": "number" }, "max": { "description": "Largest allowed value (numeric features).", "type": "number" }, "values": { "description": "The allowed values (categorical features).", "type": "array", "minItems": 1, "items": { "description": "An allowed value.", "type": ["string", "number", "boolean"] } }, "tolerance": { "description": "The share of rows whose value may lie outside the domain before it is an error: up to ceil(tolerance \xD7 rows) such values are reported as info (default 0: any is an error). infer-schema writes 0.002: a range learned from a sample is exceeded by about n/N of n new rows.", "type": "number", "minimum": 0, "maximum": 1 } } }, "drift": { "description": "Per-feature drift thresholds against the reference data (defaults psi 0.2, jsd 0.1, linf 0.1).", "type": "object", "additionalProperties": false, "properties": { "psi": { "description": "Maximum population stability index.", "type": "number", "minimum": 0 }, "jsd": { "description": "Maximum Jensen-Shannon divergence (base 2, 0..1).", "type": "number", "minimum": 0, "maximum": 1 }, "linf": { "description": "Maximum L-infinity distance between category frequencies (0..1).", "type": "number", "minimum": 0, "maximum": 1 } } }, "notIn": { "description": "Environments where the column is absent (e.g. the label in serving).", "type": "array", "items": { "description": "An environment name.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" } } } } }, "examples": [{ "dataset": "loans", "label": "default", "keys": ["loan_id"], "rowCount": { "min": 1e3, "max": 1e7 }, "environments": ["training", "serving"], "features": [{ "name": "income", "type": "float", "presence": { "minFraction": 1 }, "domain": { "min": 0, "max": 1e6 } }, { "name": "region", "type": "string", "domain": { "values": ["north", "south", "east", "west"] }, "drift": { "psi": 0.2, "jsd": 0.1, "linf": 0.1 } }, { "name": "default", "type": "int", "notIn": ["serving"] }] }] };
var schema1 = { "title": "FeatureSpec", "description": "One column and its constraints.", "type": "object", "required": ["name", "type"], "additionalProperties": false, "properties": { "name": { "description": "The column name.", "type": "string", "minLength": 1 }, "description": { "description": "What the column holds.", "type": "string" }, "type": { "description": "The column's value type.", "enum": ["int", "float", "string", "bool", "timestamp"] }, "presence": { "description": "How often the column must have a value.", "type": "object", "additionalProperties": false, "properties": { "minFraction": { "description": "Minimum share of rows with a non-missing value (0..1).", "type": "number", "minimum": 0, "maximum": 1 }, "minCount": { "description": "Minimum number of rows with a non-missing value.", "type": "integer", "minimum": 0 } } }, "domain": { "description": "Allowed values: a numeric range (min/max) or a categorical set (values).", "type": "object", "additionalProperties": false, "properties": { "min": { "description": "Smallest allowed value (numeric features).", "type": "number" }, "max": { "description": "Largest allowed value (numeric features).", "type": "number" }, "values": { "description": "The allowed values (categorical features).", "type": "array", "minItems": 1, "items": { "description": "An allowed value.", "type": ["string", "number", "boolean"] } }, "tolerance": { "description": "The share of rows whose value may lie outside the domain before it is an error: up to ceil(tolerance \xD7 rows) such values are reported as info (default 0: any is an error). infer-schema writes 0.002: a range learned from a sample is exceeded by about n/N of n new rows.", "type": "number", "minimum": 0, "maximum": 1 } } }, "drift": { "description": "Per-feature drift thresholds against the reference data (defaults psi 0.2, jsd 0.1, linf 0.1).", "type": "object", "additionalProperties": false, "properties": { "psi": { "description": "Maximum population stability index.", "type": "number", "minimum": 0 }, "jsd": { "description": "Maximum Jensen-Shannon divergence (base 2, 0..1).", "type": "number", "minimum": 0, "maximum": 1 }, "linf": { "description": "Maximum L-infinity distance between category frequencies (0..1).", "type": "number", "minimum": 0, "maximum": 1 } } }, "notIn": { "description": "Environments where the column is absent (e.g. the label in serving).", "type": "array", "items": { "description": "An environment name.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" } } } };
var pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
var func0 = require_ucs2length().default;
function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate0.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.dataset === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dataset" }, message: "must have required property 'dataset'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.features === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "dataset" || key0 === "label" || key0 === "keys" || key0 === "rowCount" || key0 === "environments" || key0 === "features")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data0 = data.dataset;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,63}$"', schema: "^[a-z0-9][a-z0-9._-]{0,63}$", parentSchema: schema0.properties.dataset, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.dataset.type, parentSchema: schema0.properties.dataset, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      let data1 = data.label;
      if (typeof data1 === "string") {
        if (func0(data1) < 1) {
          const err5 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.label, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.label.type, parentSchema: schema0.properties.label, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.keys !== void 0) {
      let data2 = data.keys;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func0(data3) < 1) {
              const err7 = { instancePath: instancePath + "/keys/" + i0, schemaPath: "#/properties/keys/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.keys.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/keys/" + i0, schemaPath: "#/properties/keys/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.keys.items.type, parentSchema: schema0.properties.keys.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.keys.type, parentSchema: schema0.properties.keys, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.rowCount !== void 0) {
      let data4 = data.rowCount;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "min" || key1 === "max")) {
            const err10 = { instancePath: instancePath + "/rowCount", schemaPath: "#/properties/rowCount/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.rowCount, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data4.min !== void 0) {
          let data5 = data4.min;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err11 = { instancePath: instancePath + "/rowCount/min", schemaPath: "#/properties/rowCount/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.rowCount.properties.min.type, parentSchema: schema0.properties.rowCount.properties.min, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err12 = { instancePath: instancePath + "/rowCount/min", schemaPath: "#/properties/rowCount/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.rowCount.properties.min, data: data5 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
        }
        if (data4.max !== void 0) {
          let data6 = data4.max;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err13 = { instancePath: instancePath + "/rowCount/max", schemaPath: "#/properties/rowCount/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.rowCount.properties.max.type, parentSchema: schema0.properties.rowCount.properties.max, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 < 0 || isNaN(data6)) {
              const err14 = { instancePath: instancePath + "/rowCount/max", schemaPath: "#/properties/rowCount/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.rowCount.properties.max, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/rowCount", schemaPath: "#/properties/rowCount/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rowCount.type, parentSchema: schema0.properties.rowCount, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data7 = data.environments;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 === "string") {
            if (!pattern0.test(data8)) {
              const err16 = { instancePath: instancePath + "/environments/" + i1, schemaPath: "#/properties/environments/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,63}$"', schema: "^[a-z0-9][a-z0-9._-]{0,63}$", parentSchema: schema0.properties.environments.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/environments/" + i1, schemaPath: "#/properties/environments/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.environments.items.type, parentSchema: schema0.properties.environments.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.environments.type, parentSchema: schema0.properties.environments, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data9 = data.features;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          const err19 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.features, data: data9 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data10 = data9[i2];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.name === void 0) {
              const err20 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/$defs/feature/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema1.required, parentSchema: schema1, data: data10 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data10.type === void 0) {
              const err21 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/$defs/feature/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema1.required, parentSchema: schema1, data: data10 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key2 in data10) {
              if (!(key2 === "name" || key2 === "description" || key2 === "type" || key2 === "presence" || key2 === "domain" || key2 === "drift" || key2 === "notIn")) {
                const err22 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/$defs/feature/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1, data: data10 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data10.name !== void 0) {
              let data11 = data10.name;
              if (typeof data11 === "string") {
                if (func0(data11) < 1) {
                  const err23 = { instancePath: instancePath + "/features/" + i2 + "/name", schemaPath: "#/$defs/feature/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.name, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/features/" + i2 + "/name", schemaPath: "#/$defs/feature/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.name.type, parentSchema: schema1.properties.name, data: data11 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data10.description !== void 0) {
              let data12 = data10.description;
              if (typeof data12 !== "string") {
                const err25 = { instancePath: instancePath + "/features/" + i2 + "/description", schemaPath: "#/$defs/feature/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.description.type, parentSchema: schema1.properties.description, data: data12 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data10.type !== void 0) {
              let data13 = data10.type;
              if (!(data13 === "int" || data13 === "float" || data13 === "string" || data13 === "bool" || data13 === "timestamp")) {
                const err26 = { instancePath: instancePath + "/features/" + i2 + "/type", schemaPath: "#/$defs/feature/properties/type/enum", keyword: "enum", params: { allowedValues: schema1.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema1.properties.type.enum, parentSchema: schema1.properties.type, data: data13 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data10.presence !== void 0) {
              let data14 = data10.presence;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key3 in data14) {
                  if (!(key3 === "minFraction" || key3 === "minCount")) {
                    const err27 = { instancePath: instancePath + "/features/" + i2 + "/presence", schemaPath: "#/$defs/feature/properties/presence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1.properties.presence, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data14.minFraction !== void 0) {
                  let data15 = data14.minFraction;
                  if (typeof data15 == "number" && isFinite(data15)) {
                    if (data15 > 1 || isNaN(data15)) {
                      const err28 = { instancePath: instancePath + "/features/" + i2 + "/presence/minFraction", schemaPath: "#/$defs/feature/properties/presence/properties/minFraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema1.properties.presence.properties.minFraction, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                    if (data15 < 0 || isNaN(data15)) {
                      const err29 = { instancePath: instancePath + "/features/" + i2 + "/presence/minFraction", schemaPath: "#/$defs/feature/properties/presence/properties/minFraction/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1.properties.presence.properties.minFraction, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  } else {
                    const err30 = { instancePath: instancePath + "/features/" + i2 + "/presence/minFraction", schemaPath: "#/$defs/feature/properties/presence/properties/minFraction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema1.properties.presence.properties.minFraction.type, parentSchema: schema1.properties.presence.properties.minFraction, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data14.minCount !== void 0) {
                  let data16 = data14.minCount;
                  if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                    const err31 = { instancePath: instancePath + "/features/" + i2 + "/presence/minCount", schemaPath: "#/$defs/feature/properties/presence/properties/minCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.properties.presence.properties.minCount.type, parentSchema: schema1.properties.presence.properties.minCount, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                  if (typeof data16 == "number" && isFinite(data16)) {
                    if (data16 < 0 || isNaN(data16)) {
                      const err32 = { instancePath: instancePath + "/features/" + i2 + "/presence/minCount", schemaPath: "#/$defs/feature/properties/presence/properties/minCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1.properties.presence.properties.minCount, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/features/" + i2 + "/presence", schemaPath: "#/$defs/feature/properties/presence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.presence.type, parentSchema: schema1.properties.presence, data: data14 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data10.domain !== void 0) {
              let data17 = data10.domain;
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                for (const key4 in data17) {
                  if (!(key4 === "min" || key4 === "max" || key4 === "values" || key4 === "tolerance")) {
                    const err34 = { instancePath: instancePath + "/features/" + i2 + "/domain", schemaPath: "#/$defs/feature/properties/domain/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1.properties.domain, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data17.min !== void 0) {
                  let data18 = data17.min;
                  if (!(typeof data18 == "number" && isFinite(data18))) {
                    const err35 = { instancePath: instancePath + "/features/" + i2 + "/domain/min", schemaPath: "#/$defs/feature/properties/domain/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema1.properties.domain.properties.min.type, parentSchema: schema1.properties.domain.properties.min, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data17.max !== void 0) {
                  let data19 = data17.max;
                  if (!(typeof data19 == "number" && isFinite(data19))) {
                    const err36 = { instancePath: instancePath + "/features/" + i2 + "/domain/max", schemaPath: "#/$defs/feature/properties/domain/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema1.properties.domain.properties.max.type, parentSchema: schema1.properties.domain.properties.max, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data17.values !== void 0) {
                  let data20 = data17.values;
                  if (Array.isArray(data20)) {
                    if (data20.length < 1) {
                      const err37 = { instancePath: instancePath + "/features/" + i2 + "/domain/values", schemaPath: "#/$defs/feature/properties/domain/properties/values/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema1.properties.domain.properties.values, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    const len3 = data20.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data21 = data20[i3];
                      if (typeof data21 !== "string" && !(typeof data21 == "number" && isFinite(data21)) && typeof data21 !== "boolean") {
                        const err38 = { instancePath: instancePath + "/features/" + i2 + "/domain/values/" + i3, schemaPath: "#/$defs/feature/properties/domain/properties/values/items/type", keyword: "type", params: { type: schema1.properties.domain.properties.values.items.type }, message: "must be string,number,boolean", schema: schema1.properties.domain.properties.values.items.type, parentSchema: schema1.properties.domain.properties.values.items, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/features/" + i2 + "/domain/values", schemaPath: "#/$defs/feature/properties/domain/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema1.properties.domain.properties.values.type, parentSchema: schema1.properties.domain.properties.values, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data17.tolerance !== void 0) {
                  let data22 = data17.tolerance;
                  if (typeof data22 == "number" && isFinite(data22)) {
                    if (data22 > 1 || isNaN(data22)) {
                      const err40 = { instancePath: instancePath + "/features/" + i2 + "/domain/tolerance", schemaPath: "#/$defs/feature/properties/domain/properties/tolerance/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema1.properties.domain.properties.tolerance, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    if (data22 < 0 || isNaN(data22)) {
                      const err41 = { instancePath: instancePath + "/features/" + i2 + "/domain/tolerance", schemaPath: "#/$defs/feature/properties/domain/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1.properties.domain.properties.tolerance, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  } else {
                    const err42 = { instancePath: instancePath + "/features/" + i2 + "/domain/tolerance", schemaPath: "#/$defs/feature/properties/domain/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema1.properties.domain.properties.tolerance.type, parentSchema: schema1.properties.domain.properties.tolerance, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/features/" + i2 + "/domain", schemaPath: "#/$defs/feature/properties/domain/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.domain.type, parentSchema: schema1.properties.domain, data: data17 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data10.drift !== void 0) {
              let data23 = data10.drift;
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                for (const key5 in data23) {
                  if (!(key5 === "psi" || key5 === "jsd" || key5 === "linf")) {
                    const err44 = { instancePath: instancePath + "/features/" + i2 + "/drift", schemaPath: "#/$defs/feature/properties/drift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1.properties.drift, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data23.psi !== void 0) {
                  let data24 = data23.psi;
                  if (typeof data24 == "number" && isFinite(data24)) {
                    if (data24 < 0 || isNaN(data24)) {
                      const err45 = { instancePath: instancePath + "/features/" + i2 + "/drift/psi", schemaPath: "#/$defs/feature/properties/drift/properties/psi/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1.properties.drift.properties.psi, data: data24 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/features/" + i2 + "/drift/psi", schemaPath: "#/$defs/feature/properties/drift/properties/psi/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema1.properties.drift.properties.psi.type, parentSchema: schema1.properties.drift.properties.psi, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data23.jsd !== void 0) {
                  let data25 = data23.jsd;
                  if (typeof data25 == "number" && isFinite(data25)) {
                    if (data25 > 1 || isNaN(data25)) {
                      const err47 = { instancePath: instancePath + "/features/" + i2 + "/drift/jsd", schemaPath: "#/$defs/feature/properties/drift/properties/jsd/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema1.properties.drift.properties.jsd, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                    if (data25 < 0 || isNaN(data25)) {
                      const err48 = { instancePath: instancePath + "/features/" + i2 + "/drift/jsd", schemaPath: "#/$defs/feature/properties/drift/properties/jsd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1.properties.drift.properties.jsd, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/features/" + i2 + "/drift/jsd", schemaPath: "#/$defs/feature/properties/drift/properties/jsd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema1.properties.drift.properties.jsd.type, parentSchema: schema1.properties.drift.properties.jsd, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data23.linf !== void 0) {
                  let data26 = data23.linf;
                  if (typeof data26 == "number" && isFinite(data26)) {
                    if (data26 > 1 || isNaN(data26)) {
                      const err50 = { instancePath: instancePath + "/features/" + i2 + "/drift/linf", schemaPath: "#/$defs/feature/properties/drift/properties/linf/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema1.properties.drift.properties.linf, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                    if (data26 < 0 || isNaN(data26)) {
                      const err51 = { instancePath: instancePath + "/features/" + i2 + "/drift/linf", schemaPath: "#/$defs/feature/properties/drift/properties/linf/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema1.properties.drift.properties.linf, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  } else {
                    const err52 = { instancePath: instancePath + "/features/" + i2 + "/drift/linf", schemaPath: "#/$defs/feature/properties/drift/properties/linf/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema1.properties.drift.properties.linf.type, parentSchema: schema1.properties.drift.properties.linf, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
              } else {
                const err53 = { instancePath: instancePath + "/features/" + i2 + "/drift", schemaPath: "#/$defs/feature/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.drift.type, parentSchema: schema1.properties.drift, data: data23 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data10.notIn !== void 0) {
              let data27 = data10.notIn;
              if (Array.isArray(data27)) {
                const len4 = data27.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data28 = data27[i4];
                  if (typeof data28 === "string") {
                    if (!pattern0.test(data28)) {
                      const err54 = { instancePath: instancePath + "/features/" + i2 + "/notIn/" + i4, schemaPath: "#/$defs/feature/properties/notIn/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,63}$"', schema: "^[a-z0-9][a-z0-9._-]{0,63}$", parentSchema: schema1.properties.notIn.items, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  } else {
                    const err55 = { instancePath: instancePath + "/features/" + i2 + "/notIn/" + i4, schemaPath: "#/$defs/feature/properties/notIn/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.notIn.items.type, parentSchema: schema1.properties.notIn.items, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
              } else {
                const err56 = { instancePath: instancePath + "/features/" + i2 + "/notIn", schemaPath: "#/$defs/feature/properties/notIn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema1.properties.notIn.type, parentSchema: schema1.properties.notIn, data: data27 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/$defs/feature/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.type, parentSchema: schema1, data: data10 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.features.type, parentSchema: schema0.properties.features, data: data9 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
  } else {
    const err59 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
    if (vErrors === null) {
      vErrors = [err59];
    } else {
      vErrors.push(err59);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
