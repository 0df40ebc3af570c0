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

// node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/formats.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.formatNames = exports2.fastFormats = exports2.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports2.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports2.fastFormats = {
      ...exports2.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports2.formatNames = Object.keys(exports2.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// packages/core/src/generated/validators/data-validation.cjs
exports.validate = validate0;
var schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/data-validation.schema.json", "title": "DataValidation", "description": "Data validation evidence (modelgate validate-data): anomalies against the dataset schema, and per-feature drift or training/serving skew against a reference.", "allOf": [{ "$ref": "https://modelgate.dev/schemas/evidence-envelope.schema.json" }, { "type": "object", "required": ["kind", "environment", "comparison", "anomalies", "features", "summary"], "properties": { "kind": { "const": "data-validation", "description": "Always data-validation." }, "environment": { "description": "The environment the data was validated in (training, serving, \u2026).", "type": "string" }, "comparison": { "description": "skew (serving data vs training reference), drift (other reference), or null without a reference.", "enum": ["drift", "skew", null] }, "anomalies": { "description": "Anomalies, errors first.", "type": "array", "items": { "description": "One anomaly.", "type": "object", "additionalProperties": false, "required": ["code", "column", "severity", "message", "observed", "expected"], "properties": { "code": { "description": "Stable anomaly code (docs/data.md).", "enum": ["empty-dataset", "row-count", "missing-column", "new-column", "not-in-environment", "type-mismatch", "low-presence", "unexpected-values", "out-of-range", "nan-present", "inf-present", "duplicate-keys", "constant-column", "malformed-rows", "reference-columns", "drift"] }, "column": { "description": "The column, or null for dataset-level anomalies.", "type": ["string", "null"] }, "severity": { "description": "error fails the validation; warn does not, but makes the verdict warn; info is reported only (values outside a domain within its tolerance).", "enum": ["error", "warn", "info"] }, "message": { "description": "What is wrong, for people.", "type": "string" }, "observed": { "description": "What the data shows (counts, shares, examples)." }, "expected": { "description": "What the schema expects." }, "schemaLine": { "description": "1-based line of the violated constraint in the schema file.", "type": "integer", "minimum": 1 } } } }, "features": { "description": "Every column of the data.", "type": "array", "items": { "description": "One feature.", "type": "object", "additionalProperties": false, "required": ["name", "type"], "properties": { "name": { "description": "The column name.", "type": "string" }, "type": { "enum": ["int", "float", "string", "bool", "timestamp"], "description": "The column's value type." }, "presence": { "description": "Share of rows with a value.", "type": "number", "minimum": 0, "maximum": 1 }, "drift": { "description": "Drift or skew of this feature against the reference (docs/data.md).", "type": "object", "additionalProperties": false, "required": ["drifted", "thresholds", "bins"], "properties": { "psi": { "description": "Population stability index over the reference decile bins (numeric) or categories (+ one unseen bucket).", "type": "number", "minimum": 0 }, "jsd": { "description": "Jensen\u2013Shannon divergence, base 2, over the same bins.", "type": "number", "minimum": 0, "maximum": 1 }, "linf": { "description": "L-infinity distance between category shares (categorical features).", "type": "number", "minimum": 0, "maximum": 1 }, "wasserstein": { "description": "Wasserstein distance divided by the reference population standard deviation (floored at 0.001).", "type": "number", "minimum": 0 }, "ks": { "description": "Two-sample Kolmogorov\u2013Smirnov statistic and asymptotic p-value (numeric features).", "type": "object", "additionalProperties": false, "required": ["statistic", "pvalue", "method", "errorBound"], "properties": { "statistic": { "description": "D.", "type": "number", "minimum": 0, "maximum": 1 }, "pvalue": { "description": "Asymptotic two-sided p-value (scipy ks_2samp method asymp).", "type": "number", "minimum": 0, "maximum": 1 }, "method": { "description": "exact: D from every value (both samples sorted, or full value counts); binned: from both ECDFs at common points (profiles, or samples above 100,000 values).", "enum": ["exact", "binned"] }, "errorBound": { "description": "|D \u2212 true D| is at most this: 0 when exact; binned, measured from both ECDFs at the points (the true D lies between the largest lower and upper values they allow), plus the reference sketch's rank error when its profile has no ECDF.", "type": "number", "minimum": 0 }, "points": { "description": "Binned: the number of points both ECDFs were compared at.", "type": "integer", "minimum": 1 } } }, "drifted": { "description": "Whether PSI, JSD or L\u221E exceeded its threshold.", "type": "boolean" }, "thresholds": { "description": "The thresholds applied.", "type": "object", "additionalProperties": false, "required": ["psi", "jsd", "linf"], "properties": { "psi": { "description": "Maximum psi.", "type": "number", "minimum": 0 }, "jsd": { "description": "Maximum jsd.", "type": "number", "minimum": 0 }, "linf": { "description": "Maximum linf.", "type": "number", "minimum": 0 } } }, "bins": { "description": "Bins with reference and current counts.", "type": "object", "additionalProperties": false, "required": ["labels", "reference", "current"], "properties": { "labels": { "description": "Bin labels.", "type": "array", "items": { "description": "A label.", "type": "string" } }, "reference": { "description": "Reference counts.", "type": "array", "items": { "description": "A count.", "type": "number", "minimum": 0 } }, "current": { "description": "Current counts.", "type": "array", "items": { "description": "A count.", "type": "number", "minimum": 0 } } } }, "note": { "description": "Why some statistics are absent, why the thresholds applied differ from the schema's (raised for a small sample), or why drift is reported but not gated (too few values).", "type": "string" } } } } } }, "summary": { "description": "Totals.", "type": "object", "additionalProperties": false, "required": ["rows", "driftedShare", "errors", "warnings"], "properties": { "rows": { "description": "Rows validated.", "type": "integer", "minimum": 0 }, "driftedShare": { "description": "Share of compared features that drifted; null without a reference.", "type": ["number", "null"], "minimum": 0, "maximum": 1 }, "errors": { "description": "Error anomalies.", "type": "integer", "minimum": 0 }, "warnings": { "description": "Warning anomalies.", "type": "integer", "minimum": 0 } } } } }], "examples": [{ "kind": "data-validation", "schemaVersion": 1, "tool": { "name": "modelgate", "version": "0.1.0" }, "subject": "tiny", "inputs": [{ "role": "schema", "uri": "file:datasets/tiny/schema.yaml", "sha256": "fbf73f65b75fb8b8e2b4bdbc90a05bdd295f175e98d17a39ca6c3fe27955a0c2" }, { "role": "data", "uri": "file:data/cur.csv", "sha256": "cfc0990fe377b99ed89d4c598e190943c20ee9219551843fedf25a2c7de15b9e" }, { "role": "reference", "uri": "file:data/ref.csv", "sha256": "1045f41eb05c7da2ec0e265028af10ebeb6d09ca909ca252c6448b353d48a3ea" }], "context": { "commit": null, "ref": null, "runUrl": null, "ci": false }, "createdAt": "2026-11-23T12:00:00.000Z", "verdict": "fail", "environment": "training", "comparison": "drift", "anomalies": [{ "code": "low-presence", "column": "amount", "severity": "error", "message": 'column "amount" has a value in 75.00% of rows, expected at least 100.00%', "observed": 0.75, "expected": 1, "schemaLine": 8 }, { "code": "out-of-range", "column": "amount", "severity": "error", "message": 'column "amount" has 1 values (25.00%) outside [0, 50], e.g. 99', "observed": { "min": 10.5, "max": 99, "count": 1, "share": 0.25, "examples": [99] }, "expected": { "min": 0, "max": 50 }, "schemaLine": 9 }, { "code": "unexpected-values", "column": "region", "severity": "error", "message": 'column "region" has 1 values (25.00%) outside the domain, e.g. "east"', "observed": { "count": 1, "share": 0.25, "examples": ["east"] }, "expected": ["north", "south"], "schemaLine": 12 }, { "code": "drift", "column": "region", "severity": "error", "message": "drift: PSI 2.129 > 0.2, JSD 0.156 > 0.1, LINF 0.250 > 0.1", "observed": { "psi": 2.1285158932529735, "jsd": 0.15563906222956642, "linf": 0.25 }, "expected": { "psi": 0.2, "jsd": 0.1, "linf": 0.1 }, "schemaLine": 10 }, { "code": "drift", "column": "amount", "severity": "error", "message": "drift: PSI 11.296 > 0.2, JSD 0.713 > 0.1", "observed": { "psi": 11.295857176965331, "jsd": 0.7126417936566767 }, "expected": { "psi": 0.2, "jsd": 0.1 }, "schemaLine": 6 }], "features": [{ "name": "id", "type": "string", "presence": 1 }, { "name": "amount", "type": "float", "presence": 0.75, "drift": { "psi": 11.295857176965331, "jsd": 0.7126417936566767, "drifted": true, "thresholds": { "psi": 0.2, "jsd": 0.1, "linf": 0.1 }, "bins": { "labels": ["(\u2212\u221E, 10.3]", "(10.3, 10.6]", "(10.6, 10.9]", "(10.9, 11.3]", "(11.3, 11.75]", "(11.75, 12.2]", "(12.2, 12.55]", "(12.55, 12.7]", "(12.7, 12.85]", "(12.85, +\u221E]"], "reference": [1, 0, 0, 1, 0, 0, 1, 0, 0, 1], "current": [0, 1, 0, 0, 0, 1, 0, 0, 0, 1] }, "wasserstein": 24.425036695620694, "ks": { "statistic": 0.33333333333333337, "pvalue": 0.9444444444444444, "method": "exact", "errorBound": 0 } } }, { "name": "region", "type": "string", "presence": 1, "drift": { "psi": 2.1285158932529735, "jsd": 0.15563906222956642, "linf": 0.25, "drifted": true, "thresholds": { "psi": 0.2, "jsd": 0.1, "linf": 0.1 }, "bins": { "labels": ["north", "south", "(unseen)"], "reference": [2, 2, 0], "current": [2, 1, 1] } } }], "summary": { "rows": 4, "driftedShare": 1, "errors": 5, "warnings": 0 } }] };
var schema1 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/evidence-envelope.schema.json", "title": "EvidenceEnvelope", "description": "The envelope every report modelgate writes starts with: what the report is about, the exact inputs (by sha256) it was computed from, where it ran and its verdict. Report schemas extend it with allOf.", "type": "object", "required": ["kind", "schemaVersion", "tool", "subject", "inputs", "context", "createdAt", "verdict"], "properties": { "kind": { "description": "The report kind, e.g. data-profile, data-validation, evaluation, ml-test-score-report, registry-check, deploy-plan.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "schemaVersion": { "description": "Version of the envelope format; always 1.", "const": 1 }, "tool": { "description": "The tool that wrote the report.", "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "description": "Tool name, normally modelgate.", "type": "string", "minLength": 1 }, "version": { "description": "Tool version that produced the report.", "type": "string", "minLength": 1 } } }, "subject": { "description": "What the report is about: model@version, dataset@version, or a bare name.", "type": "string", "minLength": 1 }, "inputs": { "description": "Every exact input the report was computed from, bound by digest.", "type": "array", "items": { "description": "One input file.", "type": "object", "required": ["role", "uri", "sha256"], "additionalProperties": false, "properties": { "role": { "description": "What the input was to the report: model, champion, data, reference, schema, profile, declarations, evidence.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "uri": { "description": "Where the input is: file:<path relative to the repository> or an https:// URL.", "type": "string", "minLength": 1 }, "sha256": { "description": "sha256 of the input's bytes, 64 lowercase hex characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" } } } }, "context": { "description": "Where the report was produced.", "type": "object", "required": ["commit", "ref", "runUrl", "ci"], "additionalProperties": false, "properties": { "commit": { "description": "The commit the run checked out, or null when unknown.", "type": ["string", "null"] }, "ref": { "description": "The git ref of the run (e.g. refs/heads/main), or null when unknown.", "type": ["string", "null"] }, "runUrl": { "description": "URL of the CI run, or null when unknown.", "type": ["string", "null"] }, "ci": { "description": "True when the report was produced in CI, false on a laptop.", "type": "boolean" } } }, "createdAt": { "description": "When the report was written (RFC 3339 date-time, UTC).", "type": "string", "format": "date-time" }, "verdict": { "description": "The report's overall verdict.", "enum": ["pass", "warn", "fail"] } }, "examples": [{ "kind": "data-validation", "schemaVersion": 1, "tool": { "name": "modelgate", "version": "0.1.0" }, "subject": "loans@2026-08", "inputs": [{ "role": "data", "uri": "file:data/serving.csv", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }], "context": { "commit": null, "ref": null, "runUrl": null, "ci": false }, "createdAt": "2026-11-23T12:00:00Z", "verdict": "pass" }] };
var pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
var pattern2 = new RegExp("^[0-9a-f]{64}$", "u");
var func0 = require_ucs2length().default;
var func4 = Object.prototype.hasOwnProperty;
var formats0 = require_formats().fullFormats["date-time"];
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
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema1.required, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.schemaVersion === void 0) {
      const err1 = { instancePath, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'", schema: schema1.required, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tool === void 0) {
      const err2 = { instancePath, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/required", keyword: "required", params: { missingProperty: "tool" }, message: "must have required property 'tool'", schema: schema1.required, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.subject === void 0) {
      const err3 = { instancePath, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'", schema: schema1.required, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.inputs === void 0) {
      const err4 = { instancePath, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'", schema: schema1.required, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.context === void 0) {
      const err5 = { instancePath, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/required", keyword: "required", params: { missingProperty: "context" }, message: "must have required property 'context'", schema: schema1.required, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.createdAt === void 0) {
      const err6 = { instancePath, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property 'createdAt'", schema: schema1.required, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.verdict === void 0) {
      const err7 = { instancePath, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'", schema: schema1.required, parentSchema: schema1, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err8 = { instancePath: instancePath + "/kind", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/kind/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,63}$"', schema: "^[a-z0-9][a-z0-9._-]{0,63}$", parentSchema: schema1.properties.kind, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.kind.type, parentSchema: schema1.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.schemaVersion !== void 0) {
      let data1 = data.schemaVersion;
      if (1 !== data1) {
        const err10 = { instancePath: instancePath + "/schemaVersion", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema1.properties.schemaVersion, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.tool !== void 0) {
      let data2 = data.tool;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err11 = { instancePath: instancePath + "/tool", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema1.properties.tool.required, parentSchema: schema1.properties.tool, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2.version === void 0) {
          const err12 = { instancePath: instancePath + "/tool", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema1.properties.tool.required, parentSchema: schema1.properties.tool, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key0 in data2) {
          if (!(key0 === "name" || key0 === "version")) {
            const err13 = { instancePath: instancePath + "/tool", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1.properties.tool, data: data2 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func0(data3) < 1) {
              const err14 = { instancePath: instancePath + "/tool/name", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.tool.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/tool/name", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.tool.properties.name.type, parentSchema: schema1.properties.tool.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.version !== void 0) {
          let data4 = data2.version;
          if (typeof data4 === "string") {
            if (func0(data4) < 1) {
              const err16 = { instancePath: instancePath + "/tool/version", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.tool.properties.version, data: data4 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/tool/version", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.tool.properties.version.type, parentSchema: schema1.properties.tool.properties.version, data: data4 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/tool", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.tool.type, parentSchema: schema1.properties.tool, data: data2 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.subject !== void 0) {
      let data5 = data.subject;
      if (typeof data5 === "string") {
        if (func0(data5) < 1) {
          const err19 = { instancePath: instancePath + "/subject", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/subject/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.subject, data: data5 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/subject", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.subject.type, parentSchema: schema1.properties.subject, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.inputs !== void 0) {
      let data6 = data.inputs;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.role === void 0) {
              const err21 = { instancePath: instancePath + "/inputs/" + i0, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema1.properties.inputs.items.required, parentSchema: schema1.properties.inputs.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data7.uri === void 0) {
              const err22 = { instancePath: instancePath + "/inputs/" + i0, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema1.properties.inputs.items.required, parentSchema: schema1.properties.inputs.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data7.sha256 === void 0) {
              const err23 = { instancePath: instancePath + "/inputs/" + i0, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema1.properties.inputs.items.required, parentSchema: schema1.properties.inputs.items, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key1 in data7) {
              if (!(key1 === "role" || key1 === "uri" || key1 === "sha256")) {
                const err24 = { instancePath: instancePath + "/inputs/" + i0, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1.properties.inputs.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data7.role !== void 0) {
              let data8 = data7.role;
              if (typeof data8 === "string") {
                if (!pattern0.test(data8)) {
                  const err25 = { instancePath: instancePath + "/inputs/" + i0 + "/role", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/properties/role/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,63}$"', schema: "^[a-z0-9][a-z0-9._-]{0,63}$", parentSchema: schema1.properties.inputs.items.properties.role, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/inputs/" + i0 + "/role", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.inputs.items.properties.role.type, parentSchema: schema1.properties.inputs.items.properties.role, data: data8 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data7.uri !== void 0) {
              let data9 = data7.uri;
              if (typeof data9 === "string") {
                if (func0(data9) < 1) {
                  const err27 = { instancePath: instancePath + "/inputs/" + i0 + "/uri", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/properties/uri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.inputs.items.properties.uri, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/inputs/" + i0 + "/uri", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.inputs.items.properties.uri.type, parentSchema: schema1.properties.inputs.items.properties.uri, data: data9 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data7.sha256 !== void 0) {
              let data10 = data7.sha256;
              if (typeof data10 === "string") {
                if (!pattern2.test(data10)) {
                  const err29 = { instancePath: instancePath + "/inputs/" + i0 + "/sha256", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema1.properties.inputs.items.properties.sha256, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/inputs/" + i0 + "/sha256", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.inputs.items.properties.sha256.type, parentSchema: schema1.properties.inputs.items.properties.sha256, data: data10 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/inputs/" + i0, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.inputs.items.type, parentSchema: schema1.properties.inputs.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/inputs", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema1.properties.inputs.type, parentSchema: schema1.properties.inputs, data: data6 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.context !== void 0) {
      let data11 = data.context;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.commit === void 0) {
          const err33 = { instancePath: instancePath + "/context", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/required", keyword: "required", params: { missingProperty: "commit" }, message: "must have required property 'commit'", schema: schema1.properties.context.required, parentSchema: schema1.properties.context, data: data11 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data11.ref === void 0) {
          const err34 = { instancePath: instancePath + "/context", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property 'ref'", schema: schema1.properties.context.required, parentSchema: schema1.properties.context, data: data11 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data11.runUrl === void 0) {
          const err35 = { instancePath: instancePath + "/context", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/required", keyword: "required", params: { missingProperty: "runUrl" }, message: "must have required property 'runUrl'", schema: schema1.properties.context.required, parentSchema: schema1.properties.context, data: data11 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data11.ci === void 0) {
          const err36 = { instancePath: instancePath + "/context", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/required", keyword: "required", params: { missingProperty: "ci" }, message: "must have required property 'ci'", schema: schema1.properties.context.required, parentSchema: schema1.properties.context, data: data11 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        for (const key2 in data11) {
          if (!(key2 === "commit" || key2 === "ref" || key2 === "runUrl" || key2 === "ci")) {
            const err37 = { instancePath: instancePath + "/context", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1.properties.context, data: data11 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data11.commit !== void 0) {
          let data12 = data11.commit;
          if (typeof data12 !== "string" && data12 !== null) {
            const err38 = { instancePath: instancePath + "/context/commit", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/commit/type", keyword: "type", params: { type: schema1.properties.context.properties.commit.type }, message: "must be string,null", schema: schema1.properties.context.properties.commit.type, parentSchema: schema1.properties.context.properties.commit, data: data12 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data11.ref !== void 0) {
          let data13 = data11.ref;
          if (typeof data13 !== "string" && data13 !== null) {
            const err39 = { instancePath: instancePath + "/context/ref", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/ref/type", keyword: "type", params: { type: schema1.properties.context.properties.ref.type }, message: "must be string,null", schema: schema1.properties.context.properties.ref.type, parentSchema: schema1.properties.context.properties.ref, data: data13 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data11.runUrl !== void 0) {
          let data14 = data11.runUrl;
          if (typeof data14 !== "string" && data14 !== null) {
            const err40 = { instancePath: instancePath + "/context/runUrl", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/runUrl/type", keyword: "type", params: { type: schema1.properties.context.properties.runUrl.type }, message: "must be string,null", schema: schema1.properties.context.properties.runUrl.type, parentSchema: schema1.properties.context.properties.runUrl, data: data14 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data11.ci !== void 0) {
          let data15 = data11.ci;
          if (typeof data15 !== "boolean") {
            const err41 = { instancePath: instancePath + "/context/ci", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/ci/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema1.properties.context.properties.ci.type, parentSchema: schema1.properties.context.properties.ci, data: data15 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/context", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.context.type, parentSchema: schema1.properties.context, data: data11 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.createdAt !== void 0) {
      let data16 = data.createdAt;
      if (typeof data16 === "string") {
        if (!formats0.validate(data16)) {
          const err43 = { instancePath: instancePath + "/createdAt", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/createdAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema1.properties.createdAt, data: data16 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/createdAt", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.createdAt.type, parentSchema: schema1.properties.createdAt, data: data16 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.verdict !== void 0) {
      let data17 = data.verdict;
      if (!(data17 === "pass" || data17 === "warn" || data17 === "fail")) {
        const err45 = { instancePath: instancePath + "/verdict", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema1.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema1.properties.verdict.enum, parentSchema: schema1.properties.verdict, data: data17 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.type, parentSchema: schema1, data };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err47 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err47];
      } else {
        vErrors.push(err47);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err48 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err48];
      } else {
        vErrors.push(err48);
      }
      errors++;
    }
    if (data.comparison === void 0) {
      const err49 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "comparison" }, message: "must have required property 'comparison'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err49];
      } else {
        vErrors.push(err49);
      }
      errors++;
    }
    if (data.anomalies === void 0) {
      const err50 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "anomalies" }, message: "must have required property 'anomalies'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err50];
      } else {
        vErrors.push(err50);
      }
      errors++;
    }
    if (data.features === void 0) {
      const err51 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err51];
      } else {
        vErrors.push(err51);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err52 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err52];
      } else {
        vErrors.push(err52);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data18 = data.kind;
      if ("data-validation" !== data18) {
        const err53 = { instancePath: instancePath + "/kind", schemaPath: "#/allOf/1/properties/kind/const", keyword: "const", params: { allowedValue: "data-validation" }, message: "must be equal to constant", schema: "data-validation", parentSchema: schema0.allOf[1].properties.kind, data: data18 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data19 = data.environment;
      if (typeof data19 !== "string") {
        const err54 = { instancePath: instancePath + "/environment", schemaPath: "#/allOf/1/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.environment.type, parentSchema: schema0.allOf[1].properties.environment, data: data19 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.comparison !== void 0) {
      let data20 = data.comparison;
      if (!(data20 === "drift" || data20 === "skew" || data20 === null)) {
        const err55 = { instancePath: instancePath + "/comparison", schemaPath: "#/allOf/1/properties/comparison/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.comparison.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.comparison.enum, parentSchema: schema0.allOf[1].properties.comparison, data: data20 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.anomalies !== void 0) {
      let data21 = data.anomalies;
      if (Array.isArray(data21)) {
        const len1 = data21.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data22 = data21[i1];
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.code === void 0) {
              const err56 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema0.allOf[1].properties.anomalies.items.required, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data22.column === void 0) {
              const err57 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema0.allOf[1].properties.anomalies.items.required, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            if (data22.severity === void 0) {
              const err58 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema0.allOf[1].properties.anomalies.items.required, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data22.message === void 0) {
              const err59 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema0.allOf[1].properties.anomalies.items.required, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data22.observed === void 0) {
              const err60 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/required", keyword: "required", params: { missingProperty: "observed" }, message: "must have required property 'observed'", schema: schema0.allOf[1].properties.anomalies.items.required, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data22.expected === void 0) {
              const err61 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/required", keyword: "required", params: { missingProperty: "expected" }, message: "must have required property 'expected'", schema: schema0.allOf[1].properties.anomalies.items.required, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data22 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            for (const key3 in data22) {
              if (!(key3 === "code" || key3 === "column" || key3 === "severity" || key3 === "message" || key3 === "observed" || key3 === "expected" || key3 === "schemaLine")) {
                const err62 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data22.code !== void 0) {
              let data23 = data22.code;
              if (!(data23 === "empty-dataset" || data23 === "row-count" || data23 === "missing-column" || data23 === "new-column" || data23 === "not-in-environment" || data23 === "type-mismatch" || data23 === "low-presence" || data23 === "unexpected-values" || data23 === "out-of-range" || data23 === "nan-present" || data23 === "inf-present" || data23 === "duplicate-keys" || data23 === "constant-column" || data23 === "malformed-rows" || data23 === "reference-columns" || data23 === "drift")) {
                const err63 = { instancePath: instancePath + "/anomalies/" + i1 + "/code", schemaPath: "#/allOf/1/properties/anomalies/items/properties/code/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.anomalies.items.properties.code.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.anomalies.items.properties.code.enum, parentSchema: schema0.allOf[1].properties.anomalies.items.properties.code, data: data23 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data22.column !== void 0) {
              let data24 = data22.column;
              if (typeof data24 !== "string" && data24 !== null) {
                const err64 = { instancePath: instancePath + "/anomalies/" + i1 + "/column", schemaPath: "#/allOf/1/properties/anomalies/items/properties/column/type", keyword: "type", params: { type: schema0.allOf[1].properties.anomalies.items.properties.column.type }, message: "must be string,null", schema: schema0.allOf[1].properties.anomalies.items.properties.column.type, parentSchema: schema0.allOf[1].properties.anomalies.items.properties.column, data: data24 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data22.severity !== void 0) {
              let data25 = data22.severity;
              if (!(data25 === "error" || data25 === "warn" || data25 === "info")) {
                const err65 = { instancePath: instancePath + "/anomalies/" + i1 + "/severity", schemaPath: "#/allOf/1/properties/anomalies/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.anomalies.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.anomalies.items.properties.severity.enum, parentSchema: schema0.allOf[1].properties.anomalies.items.properties.severity, data: data25 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data22.message !== void 0) {
              let data26 = data22.message;
              if (typeof data26 !== "string") {
                const err66 = { instancePath: instancePath + "/anomalies/" + i1 + "/message", schemaPath: "#/allOf/1/properties/anomalies/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.anomalies.items.properties.message.type, parentSchema: schema0.allOf[1].properties.anomalies.items.properties.message, data: data26 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data22.schemaLine !== void 0) {
              let data27 = data22.schemaLine;
              if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                const err67 = { instancePath: instancePath + "/anomalies/" + i1 + "/schemaLine", schemaPath: "#/allOf/1/properties/anomalies/items/properties/schemaLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.anomalies.items.properties.schemaLine.type, parentSchema: schema0.allOf[1].properties.anomalies.items.properties.schemaLine, data: data27 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 < 1 || isNaN(data27)) {
                  const err68 = { instancePath: instancePath + "/anomalies/" + i1 + "/schemaLine", schemaPath: "#/allOf/1/properties/anomalies/items/properties/schemaLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.allOf[1].properties.anomalies.items.properties.schemaLine, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err69 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.anomalies.items.type, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data22 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = { instancePath: instancePath + "/anomalies", schemaPath: "#/allOf/1/properties/anomalies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.anomalies.type, parentSchema: schema0.allOf[1].properties.anomalies, data: data21 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data28 = data.features;
      if (Array.isArray(data28)) {
        const len2 = data28.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data29 = data28[i2];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.name === void 0) {
              const err71 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/allOf/1/properties/features/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.allOf[1].properties.features.items.required, parentSchema: schema0.allOf[1].properties.features.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data29.type === void 0) {
              const err72 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/allOf/1/properties/features/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema0.allOf[1].properties.features.items.required, parentSchema: schema0.allOf[1].properties.features.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            for (const key4 in data29) {
              if (!(key4 === "name" || key4 === "type" || key4 === "presence" || key4 === "drift")) {
                const err73 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/allOf/1/properties/features/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.features.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data29.name !== void 0) {
              let data30 = data29.name;
              if (typeof data30 !== "string") {
                const err74 = { instancePath: instancePath + "/features/" + i2 + "/name", schemaPath: "#/allOf/1/properties/features/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.features.items.properties.name.type, parentSchema: schema0.allOf[1].properties.features.items.properties.name, data: data30 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data29.type !== void 0) {
              let data31 = data29.type;
              if (!(data31 === "int" || data31 === "float" || data31 === "string" || data31 === "bool" || data31 === "timestamp")) {
                const err75 = { instancePath: instancePath + "/features/" + i2 + "/type", schemaPath: "#/allOf/1/properties/features/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.features.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.features.items.properties.type.enum, parentSchema: schema0.allOf[1].properties.features.items.properties.type, data: data31 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data29.presence !== void 0) {
              let data32 = data29.presence;
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 > 1 || isNaN(data32)) {
                  const err76 = { instancePath: instancePath + "/features/" + i2 + "/presence", schemaPath: "#/allOf/1/properties/features/items/properties/presence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.allOf[1].properties.features.items.properties.presence, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
                if (data32 < 0 || isNaN(data32)) {
                  const err77 = { instancePath: instancePath + "/features/" + i2 + "/presence", schemaPath: "#/allOf/1/properties/features/items/properties/presence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.presence, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/features/" + i2 + "/presence", schemaPath: "#/allOf/1/properties/features/items/properties/presence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.presence.type, parentSchema: schema0.allOf[1].properties.features.items.properties.presence, data: data32 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data29.drift !== void 0) {
              let data33 = data29.drift;
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.drifted === void 0) {
                  const err79 = { instancePath: instancePath + "/features/" + i2 + "/drift", schemaPath: "#/allOf/1/properties/features/items/properties/drift/required", keyword: "required", params: { missingProperty: "drifted" }, message: "must have required property 'drifted'", schema: schema0.allOf[1].properties.features.items.properties.drift.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err79];
                  } else {
                    vErrors.push(err79);
                  }
                  errors++;
                }
                if (data33.thresholds === void 0) {
                  const err80 = { instancePath: instancePath + "/features/" + i2 + "/drift", schemaPath: "#/allOf/1/properties/features/items/properties/drift/required", keyword: "required", params: { missingProperty: "thresholds" }, message: "must have required property 'thresholds'", schema: schema0.allOf[1].properties.features.items.properties.drift.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
                if (data33.bins === void 0) {
                  const err81 = { instancePath: instancePath + "/features/" + i2 + "/drift", schemaPath: "#/allOf/1/properties/features/items/properties/drift/required", keyword: "required", params: { missingProperty: "bins" }, message: "must have required property 'bins'", schema: schema0.allOf[1].properties.features.items.properties.drift.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
                for (const key5 in data33) {
                  if (!func4.call(schema0.allOf[1].properties.features.items.properties.drift.properties, key5)) {
                    const err82 = { instancePath: instancePath + "/features/" + i2 + "/drift", schemaPath: "#/allOf/1/properties/features/items/properties/drift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.features.items.properties.drift, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data33.psi !== void 0) {
                  let data34 = data33.psi;
                  if (typeof data34 == "number" && isFinite(data34)) {
                    if (data34 < 0 || isNaN(data34)) {
                      const err83 = { instancePath: instancePath + "/features/" + i2 + "/drift/psi", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/psi/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.psi, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  } else {
                    const err84 = { instancePath: instancePath + "/features/" + i2 + "/drift/psi", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/psi/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.psi.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.psi, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err84];
                    } else {
                      vErrors.push(err84);
                    }
                    errors++;
                  }
                }
                if (data33.jsd !== void 0) {
                  let data35 = data33.jsd;
                  if (typeof data35 == "number" && isFinite(data35)) {
                    if (data35 > 1 || isNaN(data35)) {
                      const err85 = { instancePath: instancePath + "/features/" + i2 + "/drift/jsd", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/jsd/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.jsd, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err85];
                      } else {
                        vErrors.push(err85);
                      }
                      errors++;
                    }
                    if (data35 < 0 || isNaN(data35)) {
                      const err86 = { instancePath: instancePath + "/features/" + i2 + "/drift/jsd", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/jsd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.jsd, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  } else {
                    const err87 = { instancePath: instancePath + "/features/" + i2 + "/drift/jsd", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/jsd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.jsd.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.jsd, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
                if (data33.linf !== void 0) {
                  let data36 = data33.linf;
                  if (typeof data36 == "number" && isFinite(data36)) {
                    if (data36 > 1 || isNaN(data36)) {
                      const err88 = { instancePath: instancePath + "/features/" + i2 + "/drift/linf", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/linf/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.linf, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                    if (data36 < 0 || isNaN(data36)) {
                      const err89 = { instancePath: instancePath + "/features/" + i2 + "/drift/linf", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/linf/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.linf, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/features/" + i2 + "/drift/linf", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/linf/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.linf.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.linf, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data33.wasserstein !== void 0) {
                  let data37 = data33.wasserstein;
                  if (typeof data37 == "number" && isFinite(data37)) {
                    if (data37 < 0 || isNaN(data37)) {
                      const err91 = { instancePath: instancePath + "/features/" + i2 + "/drift/wasserstein", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/wasserstein/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.wasserstein, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  } else {
                    const err92 = { instancePath: instancePath + "/features/" + i2 + "/drift/wasserstein", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/wasserstein/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.wasserstein.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.wasserstein, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err92];
                    } else {
                      vErrors.push(err92);
                    }
                    errors++;
                  }
                }
                if (data33.ks !== void 0) {
                  let data38 = data33.ks;
                  if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                    if (data38.statistic === void 0) {
                      const err93 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/required", keyword: "required", params: { missingProperty: "statistic" }, message: "must have required property 'statistic'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                    if (data38.pvalue === void 0) {
                      const err94 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/required", keyword: "required", params: { missingProperty: "pvalue" }, message: "must have required property 'pvalue'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                    if (data38.method === void 0) {
                      const err95 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                    if (data38.errorBound === void 0) {
                      const err96 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/required", keyword: "required", params: { missingProperty: "errorBound" }, message: "must have required property 'errorBound'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                    for (const key6 in data38) {
                      if (!(key6 === "statistic" || key6 === "pvalue" || key6 === "method" || key6 === "errorBound" || key6 === "points")) {
                        const err97 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err97];
                        } else {
                          vErrors.push(err97);
                        }
                        errors++;
                      }
                    }
                    if (data38.statistic !== void 0) {
                      let data39 = data38.statistic;
                      if (typeof data39 == "number" && isFinite(data39)) {
                        if (data39 > 1 || isNaN(data39)) {
                          const err98 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/statistic", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/statistic/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.statistic, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err98];
                          } else {
                            vErrors.push(err98);
                          }
                          errors++;
                        }
                        if (data39 < 0 || isNaN(data39)) {
                          const err99 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/statistic", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/statistic/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.statistic, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err99];
                          } else {
                            vErrors.push(err99);
                          }
                          errors++;
                        }
                      } else {
                        const err100 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/statistic", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/statistic/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.statistic.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.statistic, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                    }
                    if (data38.pvalue !== void 0) {
                      let data40 = data38.pvalue;
                      if (typeof data40 == "number" && isFinite(data40)) {
                        if (data40 > 1 || isNaN(data40)) {
                          const err101 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/pvalue", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/pvalue/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.pvalue, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                        if (data40 < 0 || isNaN(data40)) {
                          const err102 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/pvalue", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/pvalue/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.pvalue, data: data40 };
                          if (vErrors === null) {
                            vErrors = [err102];
                          } else {
                            vErrors.push(err102);
                          }
                          errors++;
                        }
                      } else {
                        const err103 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/pvalue", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/pvalue/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.pvalue.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.pvalue, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err103];
                        } else {
                          vErrors.push(err103);
                        }
                        errors++;
                      }
                    }
                    if (data38.method !== void 0) {
                      let data41 = data38.method;
                      if (!(data41 === "exact" || data41 === "binned")) {
                        const err104 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/method", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/method/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.method.enum, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.method, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err104];
                        } else {
                          vErrors.push(err104);
                        }
                        errors++;
                      }
                    }
                    if (data38.errorBound !== void 0) {
                      let data42 = data38.errorBound;
                      if (typeof data42 == "number" && isFinite(data42)) {
                        if (data42 < 0 || isNaN(data42)) {
                          const err105 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/errorBound", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/errorBound/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.errorBound, data: data42 };
                          if (vErrors === null) {
                            vErrors = [err105];
                          } else {
                            vErrors.push(err105);
                          }
                          errors++;
                        }
                      } else {
                        const err106 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/errorBound", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/errorBound/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.errorBound.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.errorBound, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err106];
                        } else {
                          vErrors.push(err106);
                        }
                        errors++;
                      }
                    }
                    if (data38.points !== void 0) {
                      let data43 = data38.points;
                      if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                        const err107 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/points", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/points/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.points.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.points, data: data43 };
                        if (vErrors === null) {
                          vErrors = [err107];
                        } else {
                          vErrors.push(err107);
                        }
                        errors++;
                      }
                      if (typeof data43 == "number" && isFinite(data43)) {
                        if (data43 < 1 || isNaN(data43)) {
                          const err108 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/points", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/points/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.points, data: data43 };
                          if (vErrors === null) {
                            vErrors = [err108];
                          } else {
                            vErrors.push(err108);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data33.drifted !== void 0) {
                  let data44 = data33.drifted;
                  if (typeof data44 !== "boolean") {
                    const err110 = { instancePath: instancePath + "/features/" + i2 + "/drift/drifted", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/drifted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.drifted.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.drifted, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data33.thresholds !== void 0) {
                  let data45 = data33.thresholds;
                  if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                    if (data45.psi === void 0) {
                      const err111 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/required", keyword: "required", params: { missingProperty: "psi" }, message: "must have required property 'psi'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                    if (data45.jsd === void 0) {
                      const err112 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/required", keyword: "required", params: { missingProperty: "jsd" }, message: "must have required property 'jsd'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err112];
                      } else {
                        vErrors.push(err112);
                      }
                      errors++;
                    }
                    if (data45.linf === void 0) {
                      const err113 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/required", keyword: "required", params: { missingProperty: "linf" }, message: "must have required property 'linf'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                    for (const key7 in data45) {
                      if (!(key7 === "psi" || key7 === "jsd" || key7 === "linf")) {
                        const err114 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                    }
                    if (data45.psi !== void 0) {
                      let data46 = data45.psi;
                      if (typeof data46 == "number" && isFinite(data46)) {
                        if (data46 < 0 || isNaN(data46)) {
                          const err115 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds/psi", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/properties/psi/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.psi, data: data46 };
                          if (vErrors === null) {
                            vErrors = [err115];
                          } else {
                            vErrors.push(err115);
                          }
                          errors++;
                        }
                      } else {
                        const err116 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds/psi", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/properties/psi/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.psi.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.psi, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err116];
                        } else {
                          vErrors.push(err116);
                        }
                        errors++;
                      }
                    }
                    if (data45.jsd !== void 0) {
                      let data47 = data45.jsd;
                      if (typeof data47 == "number" && isFinite(data47)) {
                        if (data47 < 0 || isNaN(data47)) {
                          const err117 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds/jsd", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/properties/jsd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.jsd, data: data47 };
                          if (vErrors === null) {
                            vErrors = [err117];
                          } else {
                            vErrors.push(err117);
                          }
                          errors++;
                        }
                      } else {
                        const err118 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds/jsd", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/properties/jsd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.jsd.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.jsd, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      }
                    }
                    if (data45.linf !== void 0) {
                      let data48 = data45.linf;
                      if (typeof data48 == "number" && isFinite(data48)) {
                        if (data48 < 0 || isNaN(data48)) {
                          const err119 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds/linf", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/properties/linf/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.linf, data: data48 };
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                        }
                      } else {
                        const err120 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds/linf", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/properties/linf/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.linf.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.linf, data: data48 };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err121 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data33.bins !== void 0) {
                  let data49 = data33.bins;
                  if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                    if (data49.labels === void 0) {
                      const err122 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                    if (data49.reference === void 0) {
                      const err123 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                    if (data49.current === void 0) {
                      const err124 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/required", keyword: "required", params: { missingProperty: "current" }, message: "must have required property 'current'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                    for (const key8 in data49) {
                      if (!(key8 === "labels" || key8 === "reference" || key8 === "current")) {
                        const err125 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err125];
                        } else {
                          vErrors.push(err125);
                        }
                        errors++;
                      }
                    }
                    if (data49.labels !== void 0) {
                      let data50 = data49.labels;
                      if (Array.isArray(data50)) {
                        const len3 = data50.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                          let data51 = data50[i3];
                          if (typeof data51 !== "string") {
                            const err126 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/labels/" + i3, schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.labels.items.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.labels.items, data: data51 };
                            if (vErrors === null) {
                              vErrors = [err126];
                            } else {
                              vErrors.push(err126);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err127 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/labels", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.labels.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.labels, data: data50 };
                        if (vErrors === null) {
                          vErrors = [err127];
                        } else {
                          vErrors.push(err127);
                        }
                        errors++;
                      }
                    }
                    if (data49.reference !== void 0) {
                      let data52 = data49.reference;
                      if (Array.isArray(data52)) {
                        const len4 = data52.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          let data53 = data52[i4];
                          if (typeof data53 == "number" && isFinite(data53)) {
                            if (data53 < 0 || isNaN(data53)) {
                              const err128 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/reference/" + i4, schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/reference/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.reference.items, data: data53 };
                              if (vErrors === null) {
                                vErrors = [err128];
                              } else {
                                vErrors.push(err128);
                              }
                              errors++;
                            }
                          } else {
                            const err129 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/reference/" + i4, schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/reference/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.reference.items.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.reference.items, data: data53 };
                            if (vErrors === null) {
                              vErrors = [err129];
                            } else {
                              vErrors.push(err129);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err130 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/reference", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/reference/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.reference.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.reference, data: data52 };
                        if (vErrors === null) {
                          vErrors = [err130];
                        } else {
                          vErrors.push(err130);
                        }
                        errors++;
                      }
                    }
                    if (data49.current !== void 0) {
                      let data54 = data49.current;
                      if (Array.isArray(data54)) {
                        const len5 = data54.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                          let data55 = data54[i5];
                          if (typeof data55 == "number" && isFinite(data55)) {
                            if (data55 < 0 || isNaN(data55)) {
                              const err131 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/current/" + i5, schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/current/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.current.items, data: data55 };
                              if (vErrors === null) {
                                vErrors = [err131];
                              } else {
                                vErrors.push(err131);
                              }
                              errors++;
                            }
                          } else {
                            const err132 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/current/" + i5, schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/current/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.current.items.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.current.items, data: data55 };
                            if (vErrors === null) {
                              vErrors = [err132];
                            } else {
                              vErrors.push(err132);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err133 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/current", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/current/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.current.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.current, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err133];
                        } else {
                          vErrors.push(err133);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err134 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                }
                if (data33.note !== void 0) {
                  let data56 = data33.note;
                  if (typeof data56 !== "string") {
                    const err135 = { instancePath: instancePath + "/features/" + i2 + "/drift/note", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.note.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.note, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
              } else {
                const err136 = { instancePath: instancePath + "/features/" + i2 + "/drift", schemaPath: "#/allOf/1/properties/features/items/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.features.items.properties.drift.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift, data: data33 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
          } else {
            const err137 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/allOf/1/properties/features/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.features.items.type, parentSchema: schema0.allOf[1].properties.features.items, data: data29 };
            if (vErrors === null) {
              vErrors = [err137];
            } else {
              vErrors.push(err137);
            }
            errors++;
          }
        }
      } else {
        const err138 = { instancePath: instancePath + "/features", schemaPath: "#/allOf/1/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.features.type, parentSchema: schema0.allOf[1].properties.features, data: data28 };
        if (vErrors === null) {
          vErrors = [err138];
        } else {
          vErrors.push(err138);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data57 = data.summary;
      if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
        if (data57.rows === void 0) {
          const err139 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'", schema: schema0.allOf[1].properties.summary.required, parentSchema: schema0.allOf[1].properties.summary, data: data57 };
          if (vErrors === null) {
            vErrors = [err139];
          } else {
            vErrors.push(err139);
          }
          errors++;
        }
        if (data57.driftedShare === void 0) {
          const err140 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/required", keyword: "required", params: { missingProperty: "driftedShare" }, message: "must have required property 'driftedShare'", schema: schema0.allOf[1].properties.summary.required, parentSchema: schema0.allOf[1].properties.summary, data: data57 };
          if (vErrors === null) {
            vErrors = [err140];
          } else {
            vErrors.push(err140);
          }
          errors++;
        }
        if (data57.errors === void 0) {
          const err141 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'", schema: schema0.allOf[1].properties.summary.required, parentSchema: schema0.allOf[1].properties.summary, data: data57 };
          if (vErrors === null) {
            vErrors = [err141];
          } else {
            vErrors.push(err141);
          }
          errors++;
        }
        if (data57.warnings === void 0) {
          const err142 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/required", keyword: "required", params: { missingProperty: "warnings" }, message: "must have required property 'warnings'", schema: schema0.allOf[1].properties.summary.required, parentSchema: schema0.allOf[1].properties.summary, data: data57 };
          if (vErrors === null) {
            vErrors = [err142];
          } else {
            vErrors.push(err142);
          }
          errors++;
        }
        for (const key9 in data57) {
          if (!(key9 === "rows" || key9 === "driftedShare" || key9 === "errors" || key9 === "warnings")) {
            const err143 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.summary, data: data57 };
            if (vErrors === null) {
              vErrors = [err143];
            } else {
              vErrors.push(err143);
            }
            errors++;
          }
        }
        if (data57.rows !== void 0) {
          let data58 = data57.rows;
          if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)) && isFinite(data58))) {
            const err144 = { instancePath: instancePath + "/summary/rows", schemaPath: "#/allOf/1/properties/summary/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.summary.properties.rows.type, parentSchema: schema0.allOf[1].properties.summary.properties.rows, data: data58 };
            if (vErrors === null) {
              vErrors = [err144];
            } else {
              vErrors.push(err144);
            }
            errors++;
          }
          if (typeof data58 == "number" && isFinite(data58)) {
            if (data58 < 0 || isNaN(data58)) {
              const err145 = { instancePath: instancePath + "/summary/rows", schemaPath: "#/allOf/1/properties/summary/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.summary.properties.rows, data: data58 };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
          }
        }
        if (data57.driftedShare !== void 0) {
          let data59 = data57.driftedShare;
          if (!(typeof data59 == "number" && isFinite(data59)) && data59 !== null) {
            const err146 = { instancePath: instancePath + "/summary/driftedShare", schemaPath: "#/allOf/1/properties/summary/properties/driftedShare/type", keyword: "type", params: { type: schema0.allOf[1].properties.summary.properties.driftedShare.type }, message: "must be number,null", schema: schema0.allOf[1].properties.summary.properties.driftedShare.type, parentSchema: schema0.allOf[1].properties.summary.properties.driftedShare, data: data59 };
            if (vErrors === null) {
              vErrors = [err146];
            } else {
              vErrors.push(err146);
            }
            errors++;
          }
          if (typeof data59 == "number" && isFinite(data59)) {
            if (data59 > 1 || isNaN(data59)) {
              const err147 = { instancePath: instancePath + "/summary/driftedShare", schemaPath: "#/allOf/1/properties/summary/properties/driftedShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.allOf[1].properties.summary.properties.driftedShare, data: data59 };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
            if (data59 < 0 || isNaN(data59)) {
              const err148 = { instancePath: instancePath + "/summary/driftedShare", schemaPath: "#/allOf/1/properties/summary/properties/driftedShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.summary.properties.driftedShare, data: data59 };
              if (vErrors === null) {
                vErrors = [err148];
              } else {
                vErrors.push(err148);
              }
              errors++;
            }
          }
        }
        if (data57.errors !== void 0) {
          let data60 = data57.errors;
          if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)) && isFinite(data60))) {
            const err149 = { instancePath: instancePath + "/summary/errors", schemaPath: "#/allOf/1/properties/summary/properties/errors/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.summary.properties.errors.type, parentSchema: schema0.allOf[1].properties.summary.properties.errors, data: data60 };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
          if (typeof data60 == "number" && isFinite(data60)) {
            if (data60 < 0 || isNaN(data60)) {
              const err150 = { instancePath: instancePath + "/summary/errors", schemaPath: "#/allOf/1/properties/summary/properties/errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.summary.properties.errors, data: data60 };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
          }
        }
        if (data57.warnings !== void 0) {
          let data61 = data57.warnings;
          if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)) && isFinite(data61))) {
            const err151 = { instancePath: instancePath + "/summary/warnings", schemaPath: "#/allOf/1/properties/summary/properties/warnings/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.summary.properties.warnings.type, parentSchema: schema0.allOf[1].properties.summary.properties.warnings, data: data61 };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
          if (typeof data61 == "number" && isFinite(data61)) {
            if (data61 < 0 || isNaN(data61)) {
              const err152 = { instancePath: instancePath + "/summary/warnings", schemaPath: "#/allOf/1/properties/summary/properties/warnings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.summary.properties.warnings, data: data61 };
              if (vErrors === null) {
                vErrors = [err152];
              } else {
                vErrors.push(err152);
              }
              errors++;
            }
          }
        }
      } else {
        const err153 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.summary.type, parentSchema: schema0.allOf[1].properties.summary, data: data57 };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
  } else {
    const err154 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].type, parentSchema: schema0.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err154];
    } else {
      vErrors.push(err154);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { "props": { "kind": true, "environment": true, "comparison": true, "anomalies": true, "features": true, "summary": true, "schemaVersion": true, "tool": true, "subject": true, "inputs": true, "context": true, "createdAt": true, "verdict": true }, "dynamicProps": false, "dynamicItems": false };
