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

// packages/core/src/generated/validators/model.cjs
exports.validate = validate0;
var schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/model.schema.json", "title": "Model", "description": "A model (models/<model>/model.yaml): who owns it, what it predicts, on which data, and its input/output signature.", "type": "object", "required": ["name", "owner", "task", "dataset", "label", "signature"], "additionalProperties": false, "properties": { "name": { "description": "The model name; must match the directory models/<model>/.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "description": { "description": "What the model predicts, in one sentence.", "type": "string" }, "owner": { "description": "The owning team or person (e.g. an e-mail address).", "type": "string", "minLength": 1 }, "task": { "description": "The prediction task.", "enum": ["binary-classification", "multiclass-classification", "regression"] }, "dataset": { "description": "The dataset (datasets/<dataset>) the model is trained and evaluated on.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "label": { "description": "The label column in the dataset.", "type": "string", "minLength": 1 }, "signature": { "description": "How to feed the ONNX model and read its predictions.", "type": "object", "required": ["inputs", "outputs"], "additionalProperties": false, "properties": { "inputs": { "description": "The model's inputs.", "type": "object", "required": ["mode", "features"], "additionalProperties": false, "properties": { "mode": { "description": "tensor: one [N, F] tensor of features in the given order; columns: one input per column, named after it.", "enum": ["tensor", "columns"] }, "name": { "description": "The tensor input's name (mode tensor).", "type": "string", "minLength": 1 }, "dtype": { "description": "Element type of the tensor (mode tensor).", "enum": ["float32", "float64", "int64", "string"], "default": "float32" }, "features": { "description": "The feature column names, in tensor order.", "type": "array", "minItems": 1, "items": { "description": "A column name of the dataset.", "type": "string", "minLength": 1 } } }, "if": { "properties": { "mode": { "const": "tensor" } }, "required": ["mode"] }, "then": { "required": ["name"] } }, "outputs": { "description": "The model's prediction output.", "type": "object", "required": ["kind", "name"], "additionalProperties": false, "properties": { "kind": { "description": "probabilities: a [N,1], [N,2] or [N,K] tensor; zipmap: a sequence of class->probability maps; value: the predicted value (regression).", "enum": ["probabilities", "zipmap", "value"] }, "name": { "description": "The output tensor name.", "type": "string", "minLength": 1 }, "positiveClass": { "description": "Binary classification: index (or zipmap key) of the positive class.", "type": ["integer", "string"], "default": 1 }, "classes": { "description": "Multiclass classification: the class labels in output order.", "type": "array", "minItems": 2, "items": { "description": "A class label.", "type": ["string", "integer"] } } } } } }, "decisionThreshold": { "description": "Binary classification: predicted positive when the positive-class probability is >= this.", "type": "number", "minimum": 0, "maximum": 1, "default": 0.5 }, "slices": { "description": "Important slices: columns whose every value is evaluated separately and limited by maxSliceDrop.", "type": "array", "items": { "description": "A column name of the dataset.", "type": "string", "minLength": 1 } }, "protectedAttributes": { "description": "Columns on which fairness metrics are computed.", "type": "array", "items": { "description": "A column name of the dataset.", "type": "string", "minLength": 1 } }, "labels": { "description": "Free-form string labels (team, cost centre, ...).", "type": "object", "additionalProperties": { "description": "A label value.", "type": "string" } } }, "examples": [{ "name": "credit-default", "description": "Probability that a loan defaults within 12 months", "owner": "risk-ml@acme.example", "task": "binary-classification", "dataset": "loans", "label": "default", "signature": { "inputs": { "mode": "tensor", "name": "input", "dtype": "float32", "features": ["age", "income"] }, "outputs": { "kind": "probabilities", "name": "probabilities", "positiveClass": 1 } }, "decisionThreshold": 0.5, "slices": ["region", "employment_type"], "protectedAttributes": ["gender"], "labels": { "team": "risk" } }] };
var func0 = Object.prototype.hasOwnProperty;
var func1 = require_ucs2length().default;
var pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
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
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.task === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.dataset === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "dataset" }, message: "must have required property 'dataset'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.label === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.signature === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "signature" }, message: "must have required property 'signature'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func0.call(schema0.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,63}$"', schema: "^[a-z0-9][a-z0-9._-]{0,63}$", parentSchema: schema0.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.name.type, parentSchema: schema0.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.description.type, parentSchema: schema0.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data2 = data.owner;
      if (typeof data2 === "string") {
        if (func1(data2) < 1) {
          const err10 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.owner, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.owner.type, parentSchema: schema0.properties.owner, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data3 = data.task;
      if (!(data3 === "binary-classification" || data3 === "multiclass-classification" || data3 === "regression")) {
        const err12 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/enum", keyword: "enum", params: { allowedValues: schema0.properties.task.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.task.enum, parentSchema: schema0.properties.task, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.dataset !== void 0) {
      let data4 = data.dataset;
      if (typeof data4 === "string") {
        if (!pattern0.test(data4)) {
          const err13 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,63}$"', schema: "^[a-z0-9][a-z0-9._-]{0,63}$", parentSchema: schema0.properties.dataset, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.dataset.type, parentSchema: schema0.properties.dataset, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      let data5 = data.label;
      if (typeof data5 === "string") {
        if (func1(data5) < 1) {
          const err15 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.label, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.label.type, parentSchema: schema0.properties.label, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.signature !== void 0) {
      let data6 = data.signature;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.inputs === void 0) {
          const err17 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'", schema: schema0.properties.signature.required, parentSchema: schema0.properties.signature, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data6.outputs === void 0) {
          const err18 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/required", keyword: "required", params: { missingProperty: "outputs" }, message: "must have required property 'outputs'", schema: schema0.properties.signature.required, parentSchema: schema0.properties.signature, data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "inputs" || key1 === "outputs")) {
            const err19 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.signature, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.inputs !== void 0) {
          let data7 = data6.inputs;
          const _errs18 = errors;
          let valid2 = true;
          const _errs19 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            let missing0;
            if (data7.mode === void 0 && (missing0 = "mode")) {
              const err20 = {};
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            } else {
              if (data7.mode !== void 0) {
                if ("tensor" !== data7.mode) {
                  const err21 = {};
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
            }
          }
          var _valid0 = _errs19 === errors;
          errors = _errs18;
          if (vErrors !== null) {
            if (_errs18) {
              vErrors.length = _errs18;
            } else {
              vErrors = null;
            }
          }
          if (_valid0) {
            const _errs21 = errors;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
              if (data7.name === void 0) {
                const err22 = { instancePath: instancePath + "/signature/inputs", schemaPath: "#/properties/signature/properties/inputs/then/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.properties.signature.properties.inputs.then.required, parentSchema: schema0.properties.signature.properties.inputs.then, data: data7 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            var _valid0 = _errs21 === errors;
            valid2 = _valid0;
          }
          if (!valid2) {
            const err23 = { instancePath: instancePath + "/signature/inputs", schemaPath: "#/properties/signature/properties/inputs/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema0.properties.signature.properties.inputs.if, parentSchema: schema0.properties.signature.properties.inputs, data: data7 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.mode === void 0) {
              const err24 = { instancePath: instancePath + "/signature/inputs", schemaPath: "#/properties/signature/properties/inputs/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'", schema: schema0.properties.signature.properties.inputs.required, parentSchema: schema0.properties.signature.properties.inputs, data: data7 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data7.features === void 0) {
              const err25 = { instancePath: instancePath + "/signature/inputs", schemaPath: "#/properties/signature/properties/inputs/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema0.properties.signature.properties.inputs.required, parentSchema: schema0.properties.signature.properties.inputs, data: data7 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key2 in data7) {
              if (!(key2 === "mode" || key2 === "name" || key2 === "dtype" || key2 === "features")) {
                const err26 = { instancePath: instancePath + "/signature/inputs", schemaPath: "#/properties/signature/properties/inputs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.signature.properties.inputs, data: data7 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data7.mode !== void 0) {
              let data9 = data7.mode;
              if (!(data9 === "tensor" || data9 === "columns")) {
                const err27 = { instancePath: instancePath + "/signature/inputs/mode", schemaPath: "#/properties/signature/properties/inputs/properties/mode/enum", keyword: "enum", params: { allowedValues: schema0.properties.signature.properties.inputs.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.signature.properties.inputs.properties.mode.enum, parentSchema: schema0.properties.signature.properties.inputs.properties.mode, data: data9 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data7.name !== void 0) {
              let data10 = data7.name;
              if (typeof data10 === "string") {
                if (func1(data10) < 1) {
                  const err28 = { instancePath: instancePath + "/signature/inputs/name", schemaPath: "#/properties/signature/properties/inputs/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.signature.properties.inputs.properties.name, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/signature/inputs/name", schemaPath: "#/properties/signature/properties/inputs/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.signature.properties.inputs.properties.name.type, parentSchema: schema0.properties.signature.properties.inputs.properties.name, data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data7.dtype !== void 0) {
              let data11 = data7.dtype;
              if (!(data11 === "float32" || data11 === "float64" || data11 === "int64" || data11 === "string")) {
                const err30 = { instancePath: instancePath + "/signature/inputs/dtype", schemaPath: "#/properties/signature/properties/inputs/properties/dtype/enum", keyword: "enum", params: { allowedValues: schema0.properties.signature.properties.inputs.properties.dtype.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.signature.properties.inputs.properties.dtype.enum, parentSchema: schema0.properties.signature.properties.inputs.properties.dtype, data: data11 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data7.features !== void 0) {
              let data12 = data7.features;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  const err31 = { instancePath: instancePath + "/signature/inputs/features", schemaPath: "#/properties/signature/properties/inputs/properties/features/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.properties.signature.properties.inputs.properties.features, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                const len0 = data12.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data13 = data12[i0];
                  if (typeof data13 === "string") {
                    if (func1(data13) < 1) {
                      const err32 = { instancePath: instancePath + "/signature/inputs/features/" + i0, schemaPath: "#/properties/signature/properties/inputs/properties/features/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.signature.properties.inputs.properties.features.items, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/signature/inputs/features/" + i0, schemaPath: "#/properties/signature/properties/inputs/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.signature.properties.inputs.properties.features.items.type, parentSchema: schema0.properties.signature.properties.inputs.properties.features.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
              } else {
                const err34 = { instancePath: instancePath + "/signature/inputs/features", schemaPath: "#/properties/signature/properties/inputs/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.signature.properties.inputs.properties.features.type, parentSchema: schema0.properties.signature.properties.inputs.properties.features, data: data12 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/signature/inputs", schemaPath: "#/properties/signature/properties/inputs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.signature.properties.inputs.type, parentSchema: schema0.properties.signature.properties.inputs, data: data7 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data6.outputs !== void 0) {
          let data14 = data6.outputs;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.kind === void 0) {
              const err36 = { instancePath: instancePath + "/signature/outputs", schemaPath: "#/properties/signature/properties/outputs/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema0.properties.signature.properties.outputs.required, parentSchema: schema0.properties.signature.properties.outputs, data: data14 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data14.name === void 0) {
              const err37 = { instancePath: instancePath + "/signature/outputs", schemaPath: "#/properties/signature/properties/outputs/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.properties.signature.properties.outputs.required, parentSchema: schema0.properties.signature.properties.outputs, data: data14 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            for (const key3 in data14) {
              if (!(key3 === "kind" || key3 === "name" || key3 === "positiveClass" || key3 === "classes")) {
                const err38 = { instancePath: instancePath + "/signature/outputs", schemaPath: "#/properties/signature/properties/outputs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.signature.properties.outputs, data: data14 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data14.kind !== void 0) {
              let data15 = data14.kind;
              if (!(data15 === "probabilities" || data15 === "zipmap" || data15 === "value")) {
                const err39 = { instancePath: instancePath + "/signature/outputs/kind", schemaPath: "#/properties/signature/properties/outputs/properties/kind/enum", keyword: "enum", params: { allowedValues: schema0.properties.signature.properties.outputs.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.signature.properties.outputs.properties.kind.enum, parentSchema: schema0.properties.signature.properties.outputs.properties.kind, data: data15 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data14.name !== void 0) {
              let data16 = data14.name;
              if (typeof data16 === "string") {
                if (func1(data16) < 1) {
                  const err40 = { instancePath: instancePath + "/signature/outputs/name", schemaPath: "#/properties/signature/properties/outputs/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.signature.properties.outputs.properties.name, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              } else {
                const err41 = { instancePath: instancePath + "/signature/outputs/name", schemaPath: "#/properties/signature/properties/outputs/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.signature.properties.outputs.properties.name.type, parentSchema: schema0.properties.signature.properties.outputs.properties.name, data: data16 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data14.positiveClass !== void 0) {
              let data17 = data14.positiveClass;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17)) && typeof data17 !== "string") {
                const err42 = { instancePath: instancePath + "/signature/outputs/positiveClass", schemaPath: "#/properties/signature/properties/outputs/properties/positiveClass/type", keyword: "type", params: { type: schema0.properties.signature.properties.outputs.properties.positiveClass.type }, message: "must be integer,string", schema: schema0.properties.signature.properties.outputs.properties.positiveClass.type, parentSchema: schema0.properties.signature.properties.outputs.properties.positiveClass, data: data17 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data14.classes !== void 0) {
              let data18 = data14.classes;
              if (Array.isArray(data18)) {
                if (data18.length < 2) {
                  const err43 = { instancePath: instancePath + "/signature/outputs/classes", schemaPath: "#/properties/signature/properties/outputs/properties/classes/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema0.properties.signature.properties.outputs.properties.classes, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                const len1 = data18.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data19 = data18[i1];
                  if (typeof data19 !== "string" && !(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                    const err44 = { instancePath: instancePath + "/signature/outputs/classes/" + i1, schemaPath: "#/properties/signature/properties/outputs/properties/classes/items/type", keyword: "type", params: { type: schema0.properties.signature.properties.outputs.properties.classes.items.type }, message: "must be string,integer", schema: schema0.properties.signature.properties.outputs.properties.classes.items.type, parentSchema: schema0.properties.signature.properties.outputs.properties.classes.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
              } else {
                const err45 = { instancePath: instancePath + "/signature/outputs/classes", schemaPath: "#/properties/signature/properties/outputs/properties/classes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.signature.properties.outputs.properties.classes.type, parentSchema: schema0.properties.signature.properties.outputs.properties.classes, data: data18 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/signature/outputs", schemaPath: "#/properties/signature/properties/outputs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.signature.properties.outputs.type, parentSchema: schema0.properties.signature.properties.outputs, data: data14 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/signature", schemaPath: "#/properties/signature/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.signature.type, parentSchema: schema0.properties.signature, data: data6 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.decisionThreshold !== void 0) {
      let data20 = data.decisionThreshold;
      if (typeof data20 == "number" && isFinite(data20)) {
        if (data20 > 1 || isNaN(data20)) {
          const err48 = { instancePath: instancePath + "/decisionThreshold", schemaPath: "#/properties/decisionThreshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.properties.decisionThreshold, data: data20 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data20 < 0 || isNaN(data20)) {
          const err49 = { instancePath: instancePath + "/decisionThreshold", schemaPath: "#/properties/decisionThreshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.properties.decisionThreshold, data: data20 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
      } else {
        const err50 = { instancePath: instancePath + "/decisionThreshold", schemaPath: "#/properties/decisionThreshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.decisionThreshold.type, parentSchema: schema0.properties.decisionThreshold, data: data20 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.slices !== void 0) {
      let data21 = data.slices;
      if (Array.isArray(data21)) {
        const len2 = data21.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data22 = data21[i2];
          if (typeof data22 === "string") {
            if (func1(data22) < 1) {
              const err51 = { instancePath: instancePath + "/slices/" + i2, schemaPath: "#/properties/slices/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.slices.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/slices/" + i2, schemaPath: "#/properties/slices/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.slices.items.type, parentSchema: schema0.properties.slices.items, data: data22 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/slices", schemaPath: "#/properties/slices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.slices.type, parentSchema: schema0.properties.slices, data: data21 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.protectedAttributes !== void 0) {
      let data23 = data.protectedAttributes;
      if (Array.isArray(data23)) {
        const len3 = data23.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data24 = data23[i3];
          if (typeof data24 === "string") {
            if (func1(data24) < 1) {
              const err54 = { instancePath: instancePath + "/protectedAttributes/" + i3, schemaPath: "#/properties/protectedAttributes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.protectedAttributes.items, data: data24 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/protectedAttributes/" + i3, schemaPath: "#/properties/protectedAttributes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.protectedAttributes.items.type, parentSchema: schema0.properties.protectedAttributes.items, data: data24 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/protectedAttributes", schemaPath: "#/properties/protectedAttributes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.protectedAttributes.type, parentSchema: schema0.properties.protectedAttributes, data: data23 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data25 = data.labels;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key4 in data25) {
          let data26 = data25[key4];
          if (typeof data26 !== "string") {
            const err57 = { instancePath: instancePath + "/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.labels.additionalProperties.type, parentSchema: schema0.properties.labels.additionalProperties, data: data26 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.labels.type, parentSchema: schema0.properties.labels, data: data25 };
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
