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
var schema1 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/evidence-envelope.schema.json", "title": "EvidenceEnvelope", "description": "The envelope every report modelgate writes starts with: what the report is about, the exact inputs (by sha256) it was computed from, where it ran and its verdict. Report schemas extend it with allOf.", "type": "object", "required": ["kind", "schemaVersion", "tool", "subject", "inputs", "context", "createdAt", "verdict"], "properties": { "kind": { "description": "The report kind, e.g. data-profile, data-validation, evaluation, ml-test-score-report, registry-check, deploy-plan.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "schemaVersion": { "description": "Version of the envelope format; always 1.", "const": 1 }, "tool": { "description": "The tool that wrote the report.", "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "description": "Tool name, normally modelgate.", "type": "string", "minLength": 1 }, "version": { "description": "Tool version that produced the report.", "type": "string", "minLength": 1 } } }, "subject": { "description": "What the report is about: model@version, dataset@version, or a bare name.", "type": "string", "minLength": 1 }, "inputs": { "description": "Every exact input the report was computed from, bound by digest.", "type": "array", "items": { "description": "One input file.", "type": "object", "required": ["role", "uri", "sha256"], "additionalProperties": false, "properties": { "role": { "description": "What the input was to the report: model, champion, data, reference, schema, profile, declarations, evidence.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "uri": { "description": "Where the input is: file:<path relative to the repository> or an https:// URL.", "type": "string", "minLength": 1 }, "sha256": { "description": "sha256 of the input's bytes, 64 lowercase hex characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" } } } }, "context": { "description": "Where the report was produced.", "type": "object", "required": ["commit", "ref", "runUrl", "ci"], "additionalProperties": false, "properties": { "commit": { "description": "The commit the run checked out, or null when unknown.", "type": ["string", "null"] }, "ref": { "description": "The git ref of the run (e.g. refs/heads/main), or null when unknown.", "type": ["string", "null"] }, "runUrl": { "description": "URL of the CI run, or null when unknown.", "type": ["string", "null"] }, "ci": { "description": "True when the process that made the report ran with CI=true or GITHUB_ACTIONS=true. A claim, not a proof: nothing is trusted or counted for it (the gate verifies figures by recomputation).", "type": "boolean" }, "github": { "description": "The GitHub Actions run that made the report (GITHUB_ACTIONS=true); absent elsewhere. A claim the provenance verifier checks through the GitHub API: the run exists in this repository, ran a trusted workflow on the version's code commit, concluded success and uploaded this file (docs/security.md).", "type": "object", "required": ["repository", "workflowRef", "runId", "runAttempt", "sha"], "additionalProperties": false, "properties": { "repository": { "description": "The repository the run belongs to, owner/name (GITHUB_REPOSITORY).", "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, "workflowRef": { "description": "The workflow file and ref the run ran (GITHUB_WORKFLOW_REF), e.g. acme/churn-model/.github/workflows/evidence.yml@refs/heads/main; for a reusable workflow, its caller.", "type": "string", "minLength": 1 }, "runId": { "description": "The workflow run's id (GITHUB_RUN_ID).", "type": "integer", "minimum": 1 }, "runAttempt": { "description": "The attempt of the run (GITHUB_RUN_ATTEMPT), 1 for the first.", "type": "integer", "minimum": 1 }, "sha": { "description": "The commit the run ran on (GITHUB_SHA).", "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" } } } } }, "createdAt": { "description": "When the report was written (RFC 3339 date-time, UTC).", "type": "string", "format": "date-time" }, "verdict": { "description": "The report's overall verdict.", "enum": ["pass", "warn", "fail"] } }, "examples": [{ "kind": "data-validation", "schemaVersion": 1, "tool": { "name": "modelgate", "version": "0.1.0" }, "subject": "loans@2026-08", "inputs": [{ "role": "data", "uri": "file:data/serving.csv", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }], "context": { "commit": null, "ref": null, "runUrl": null, "ci": false }, "createdAt": "2026-11-23T12:00:00Z", "verdict": "pass" }] };
var pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
var pattern2 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern3 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
var pattern4 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
var func0 = require_ucs2length().default;
var func5 = Object.prototype.hasOwnProperty;
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
          if (!(key2 === "commit" || key2 === "ref" || key2 === "runUrl" || key2 === "ci" || key2 === "github")) {
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
        if (data11.github !== void 0) {
          let data16 = data11.github;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.repository === void 0) {
              const err42 = { instancePath: instancePath + "/context/github", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property 'repository'", schema: schema1.properties.context.properties.github.required, parentSchema: schema1.properties.context.properties.github, data: data16 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data16.workflowRef === void 0) {
              const err43 = { instancePath: instancePath + "/context/github", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/required", keyword: "required", params: { missingProperty: "workflowRef" }, message: "must have required property 'workflowRef'", schema: schema1.properties.context.properties.github.required, parentSchema: schema1.properties.context.properties.github, data: data16 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data16.runId === void 0) {
              const err44 = { instancePath: instancePath + "/context/github", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property 'runId'", schema: schema1.properties.context.properties.github.required, parentSchema: schema1.properties.context.properties.github, data: data16 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data16.runAttempt === void 0) {
              const err45 = { instancePath: instancePath + "/context/github", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/required", keyword: "required", params: { missingProperty: "runAttempt" }, message: "must have required property 'runAttempt'", schema: schema1.properties.context.properties.github.required, parentSchema: schema1.properties.context.properties.github, data: data16 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data16.sha === void 0) {
              const err46 = { instancePath: instancePath + "/context/github", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'", schema: schema1.properties.context.properties.github.required, parentSchema: schema1.properties.context.properties.github, data: data16 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key3 in data16) {
              if (!(key3 === "repository" || key3 === "workflowRef" || key3 === "runId" || key3 === "runAttempt" || key3 === "sha")) {
                const err47 = { instancePath: instancePath + "/context/github", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema1.properties.context.properties.github, data: data16 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data16.repository !== void 0) {
              let data17 = data16.repository;
              if (typeof data17 === "string") {
                if (!pattern3.test(data17)) {
                  const err48 = { instancePath: instancePath + "/context/github/repository", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/repository/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", parentSchema: schema1.properties.context.properties.github.properties.repository, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = { instancePath: instancePath + "/context/github/repository", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.context.properties.github.properties.repository.type, parentSchema: schema1.properties.context.properties.github.properties.repository, data: data17 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data16.workflowRef !== void 0) {
              let data18 = data16.workflowRef;
              if (typeof data18 === "string") {
                if (func0(data18) < 1) {
                  const err50 = { instancePath: instancePath + "/context/github/workflowRef", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/workflowRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.context.properties.github.properties.workflowRef, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/context/github/workflowRef", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/workflowRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.context.properties.github.properties.workflowRef.type, parentSchema: schema1.properties.context.properties.github.properties.workflowRef, data: data18 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data16.runId !== void 0) {
              let data19 = data16.runId;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err52 = { instancePath: instancePath + "/context/github/runId", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.properties.context.properties.github.properties.runId.type, parentSchema: schema1.properties.context.properties.github.properties.runId, data: data19 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 1 || isNaN(data19)) {
                  const err53 = { instancePath: instancePath + "/context/github/runId", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/runId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema1.properties.context.properties.github.properties.runId, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
            }
            if (data16.runAttempt !== void 0) {
              let data20 = data16.runAttempt;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err54 = { instancePath: instancePath + "/context/github/runAttempt", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/runAttempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema1.properties.context.properties.github.properties.runAttempt.type, parentSchema: schema1.properties.context.properties.github.properties.runAttempt, data: data20 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 < 1 || isNaN(data20)) {
                  const err55 = { instancePath: instancePath + "/context/github/runAttempt", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/runAttempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema1.properties.context.properties.github.properties.runAttempt, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
            }
            if (data16.sha !== void 0) {
              let data21 = data16.sha;
              if (typeof data21 === "string") {
                if (!pattern4.test(data21)) {
                  const err56 = { instancePath: instancePath + "/context/github/sha", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: 'must match pattern "^[0-9a-f]{40}([0-9a-f]{24})?$"', schema: "^[0-9a-f]{40}([0-9a-f]{24})?$", parentSchema: schema1.properties.context.properties.github.properties.sha, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/context/github/sha", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.context.properties.github.properties.sha.type, parentSchema: schema1.properties.context.properties.github.properties.sha, data: data21 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/context/github", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.context.properties.github.type, parentSchema: schema1.properties.context.properties.github, data: data16 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/context", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.context.type, parentSchema: schema1.properties.context, data: data11 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.createdAt !== void 0) {
      let data22 = data.createdAt;
      if (typeof data22 === "string") {
        if (!formats0.validate(data22)) {
          const err60 = { instancePath: instancePath + "/createdAt", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/createdAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema1.properties.createdAt, data: data22 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
      } else {
        const err61 = { instancePath: instancePath + "/createdAt", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.createdAt.type, parentSchema: schema1.properties.createdAt, data: data22 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.verdict !== void 0) {
      let data23 = data.verdict;
      if (!(data23 === "pass" || data23 === "warn" || data23 === "fail")) {
        const err62 = { instancePath: instancePath + "/verdict", schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema1.properties.verdict.enum }, message: "must be equal to one of the allowed values", schema: schema1.properties.verdict.enum, parentSchema: schema1.properties.verdict, data: data23 };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
  } else {
    const err63 = { instancePath, schemaPath: "https://modelgate.dev/schemas/evidence-envelope.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.type, parentSchema: schema1, data };
    if (vErrors === null) {
      vErrors = [err63];
    } else {
      vErrors.push(err63);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err64 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err64];
      } else {
        vErrors.push(err64);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err65 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err65];
      } else {
        vErrors.push(err65);
      }
      errors++;
    }
    if (data.comparison === void 0) {
      const err66 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "comparison" }, message: "must have required property 'comparison'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err66];
      } else {
        vErrors.push(err66);
      }
      errors++;
    }
    if (data.anomalies === void 0) {
      const err67 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "anomalies" }, message: "must have required property 'anomalies'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err67];
      } else {
        vErrors.push(err67);
      }
      errors++;
    }
    if (data.features === void 0) {
      const err68 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err68];
      } else {
        vErrors.push(err68);
      }
      errors++;
    }
    if (data.summary === void 0) {
      const err69 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "summary" }, message: "must have required property 'summary'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err69];
      } else {
        vErrors.push(err69);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data24 = data.kind;
      if ("data-validation" !== data24) {
        const err70 = { instancePath: instancePath + "/kind", schemaPath: "#/allOf/1/properties/kind/const", keyword: "const", params: { allowedValue: "data-validation" }, message: "must be equal to constant", schema: "data-validation", parentSchema: schema0.allOf[1].properties.kind, data: data24 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data25 = data.environment;
      if (typeof data25 !== "string") {
        const err71 = { instancePath: instancePath + "/environment", schemaPath: "#/allOf/1/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.environment.type, parentSchema: schema0.allOf[1].properties.environment, data: data25 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.comparison !== void 0) {
      let data26 = data.comparison;
      if (!(data26 === "drift" || data26 === "skew" || data26 === null)) {
        const err72 = { instancePath: instancePath + "/comparison", schemaPath: "#/allOf/1/properties/comparison/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.comparison.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.comparison.enum, parentSchema: schema0.allOf[1].properties.comparison, data: data26 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.anomalies !== void 0) {
      let data27 = data.anomalies;
      if (Array.isArray(data27)) {
        const len1 = data27.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data28 = data27[i1];
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.code === void 0) {
              const err73 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/required", keyword: "required", params: { missingProperty: "code" }, message: "must have required property 'code'", schema: schema0.allOf[1].properties.anomalies.items.required, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data28 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data28.column === void 0) {
              const err74 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema0.allOf[1].properties.anomalies.items.required, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data28 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (data28.severity === void 0) {
              const err75 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'", schema: schema0.allOf[1].properties.anomalies.items.required, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data28 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            if (data28.message === void 0) {
              const err76 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema0.allOf[1].properties.anomalies.items.required, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data28 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data28.observed === void 0) {
              const err77 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/required", keyword: "required", params: { missingProperty: "observed" }, message: "must have required property 'observed'", schema: schema0.allOf[1].properties.anomalies.items.required, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data28 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data28.expected === void 0) {
              const err78 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/required", keyword: "required", params: { missingProperty: "expected" }, message: "must have required property 'expected'", schema: schema0.allOf[1].properties.anomalies.items.required, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data28 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            for (const key4 in data28) {
              if (!(key4 === "code" || key4 === "column" || key4 === "severity" || key4 === "message" || key4 === "observed" || key4 === "expected" || key4 === "schemaLine")) {
                const err79 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data28 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data28.code !== void 0) {
              let data29 = data28.code;
              if (!(data29 === "empty-dataset" || data29 === "row-count" || data29 === "missing-column" || data29 === "new-column" || data29 === "not-in-environment" || data29 === "type-mismatch" || data29 === "low-presence" || data29 === "unexpected-values" || data29 === "out-of-range" || data29 === "nan-present" || data29 === "inf-present" || data29 === "duplicate-keys" || data29 === "constant-column" || data29 === "malformed-rows" || data29 === "reference-columns" || data29 === "drift")) {
                const err80 = { instancePath: instancePath + "/anomalies/" + i1 + "/code", schemaPath: "#/allOf/1/properties/anomalies/items/properties/code/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.anomalies.items.properties.code.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.anomalies.items.properties.code.enum, parentSchema: schema0.allOf[1].properties.anomalies.items.properties.code, data: data29 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data28.column !== void 0) {
              let data30 = data28.column;
              if (typeof data30 !== "string" && data30 !== null) {
                const err81 = { instancePath: instancePath + "/anomalies/" + i1 + "/column", schemaPath: "#/allOf/1/properties/anomalies/items/properties/column/type", keyword: "type", params: { type: schema0.allOf[1].properties.anomalies.items.properties.column.type }, message: "must be string,null", schema: schema0.allOf[1].properties.anomalies.items.properties.column.type, parentSchema: schema0.allOf[1].properties.anomalies.items.properties.column, data: data30 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data28.severity !== void 0) {
              let data31 = data28.severity;
              if (!(data31 === "error" || data31 === "warn" || data31 === "info")) {
                const err82 = { instancePath: instancePath + "/anomalies/" + i1 + "/severity", schemaPath: "#/allOf/1/properties/anomalies/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.anomalies.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.anomalies.items.properties.severity.enum, parentSchema: schema0.allOf[1].properties.anomalies.items.properties.severity, data: data31 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data28.message !== void 0) {
              let data32 = data28.message;
              if (typeof data32 !== "string") {
                const err83 = { instancePath: instancePath + "/anomalies/" + i1 + "/message", schemaPath: "#/allOf/1/properties/anomalies/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.anomalies.items.properties.message.type, parentSchema: schema0.allOf[1].properties.anomalies.items.properties.message, data: data32 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data28.schemaLine !== void 0) {
              let data33 = data28.schemaLine;
              if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
                const err84 = { instancePath: instancePath + "/anomalies/" + i1 + "/schemaLine", schemaPath: "#/allOf/1/properties/anomalies/items/properties/schemaLine/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.anomalies.items.properties.schemaLine.type, parentSchema: schema0.allOf[1].properties.anomalies.items.properties.schemaLine, data: data33 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
              if (typeof data33 == "number" && isFinite(data33)) {
                if (data33 < 1 || isNaN(data33)) {
                  const err85 = { instancePath: instancePath + "/anomalies/" + i1 + "/schemaLine", schemaPath: "#/allOf/1/properties/anomalies/items/properties/schemaLine/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.allOf[1].properties.anomalies.items.properties.schemaLine, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/anomalies/" + i1, schemaPath: "#/allOf/1/properties/anomalies/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.anomalies.items.type, parentSchema: schema0.allOf[1].properties.anomalies.items, data: data28 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/anomalies", schemaPath: "#/allOf/1/properties/anomalies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.anomalies.type, parentSchema: schema0.allOf[1].properties.anomalies, data: data27 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data34 = data.features;
      if (Array.isArray(data34)) {
        const len2 = data34.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data35 = data34[i2];
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            if (data35.name === void 0) {
              const err88 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/allOf/1/properties/features/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.allOf[1].properties.features.items.required, parentSchema: schema0.allOf[1].properties.features.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            if (data35.type === void 0) {
              const err89 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/allOf/1/properties/features/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema0.allOf[1].properties.features.items.required, parentSchema: schema0.allOf[1].properties.features.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            for (const key5 in data35) {
              if (!(key5 === "name" || key5 === "type" || key5 === "presence" || key5 === "drift")) {
                const err90 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/allOf/1/properties/features/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.features.items, data: data35 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data35.name !== void 0) {
              let data36 = data35.name;
              if (typeof data36 !== "string") {
                const err91 = { instancePath: instancePath + "/features/" + i2 + "/name", schemaPath: "#/allOf/1/properties/features/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.features.items.properties.name.type, parentSchema: schema0.allOf[1].properties.features.items.properties.name, data: data36 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data35.type !== void 0) {
              let data37 = data35.type;
              if (!(data37 === "int" || data37 === "float" || data37 === "string" || data37 === "bool" || data37 === "timestamp")) {
                const err92 = { instancePath: instancePath + "/features/" + i2 + "/type", schemaPath: "#/allOf/1/properties/features/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.features.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.features.items.properties.type.enum, parentSchema: schema0.allOf[1].properties.features.items.properties.type, data: data37 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data35.presence !== void 0) {
              let data38 = data35.presence;
              if (typeof data38 == "number" && isFinite(data38)) {
                if (data38 > 1 || isNaN(data38)) {
                  const err93 = { instancePath: instancePath + "/features/" + i2 + "/presence", schemaPath: "#/allOf/1/properties/features/items/properties/presence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.allOf[1].properties.features.items.properties.presence, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
                if (data38 < 0 || isNaN(data38)) {
                  const err94 = { instancePath: instancePath + "/features/" + i2 + "/presence", schemaPath: "#/allOf/1/properties/features/items/properties/presence/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.presence, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              } else {
                const err95 = { instancePath: instancePath + "/features/" + i2 + "/presence", schemaPath: "#/allOf/1/properties/features/items/properties/presence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.presence.type, parentSchema: schema0.allOf[1].properties.features.items.properties.presence, data: data38 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data35.drift !== void 0) {
              let data39 = data35.drift;
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                if (data39.drifted === void 0) {
                  const err96 = { instancePath: instancePath + "/features/" + i2 + "/drift", schemaPath: "#/allOf/1/properties/features/items/properties/drift/required", keyword: "required", params: { missingProperty: "drifted" }, message: "must have required property 'drifted'", schema: schema0.allOf[1].properties.features.items.properties.drift.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                if (data39.thresholds === void 0) {
                  const err97 = { instancePath: instancePath + "/features/" + i2 + "/drift", schemaPath: "#/allOf/1/properties/features/items/properties/drift/required", keyword: "required", params: { missingProperty: "thresholds" }, message: "must have required property 'thresholds'", schema: schema0.allOf[1].properties.features.items.properties.drift.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
                if (data39.bins === void 0) {
                  const err98 = { instancePath: instancePath + "/features/" + i2 + "/drift", schemaPath: "#/allOf/1/properties/features/items/properties/drift/required", keyword: "required", params: { missingProperty: "bins" }, message: "must have required property 'bins'", schema: schema0.allOf[1].properties.features.items.properties.drift.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
                for (const key6 in data39) {
                  if (!func5.call(schema0.allOf[1].properties.features.items.properties.drift.properties, key6)) {
                    const err99 = { instancePath: instancePath + "/features/" + i2 + "/drift", schemaPath: "#/allOf/1/properties/features/items/properties/drift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.features.items.properties.drift, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (data39.psi !== void 0) {
                  let data40 = data39.psi;
                  if (typeof data40 == "number" && isFinite(data40)) {
                    if (data40 < 0 || isNaN(data40)) {
                      const err100 = { instancePath: instancePath + "/features/" + i2 + "/drift/psi", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/psi/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.psi, data: data40 };
                      if (vErrors === null) {
                        vErrors = [err100];
                      } else {
                        vErrors.push(err100);
                      }
                      errors++;
                    }
                  } else {
                    const err101 = { instancePath: instancePath + "/features/" + i2 + "/drift/psi", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/psi/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.psi.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.psi, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
                if (data39.jsd !== void 0) {
                  let data41 = data39.jsd;
                  if (typeof data41 == "number" && isFinite(data41)) {
                    if (data41 > 1 || isNaN(data41)) {
                      const err102 = { instancePath: instancePath + "/features/" + i2 + "/drift/jsd", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/jsd/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.jsd, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                    if (data41 < 0 || isNaN(data41)) {
                      const err103 = { instancePath: instancePath + "/features/" + i2 + "/drift/jsd", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/jsd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.jsd, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  } else {
                    const err104 = { instancePath: instancePath + "/features/" + i2 + "/drift/jsd", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/jsd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.jsd.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.jsd, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data39.linf !== void 0) {
                  let data42 = data39.linf;
                  if (typeof data42 == "number" && isFinite(data42)) {
                    if (data42 > 1 || isNaN(data42)) {
                      const err105 = { instancePath: instancePath + "/features/" + i2 + "/drift/linf", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/linf/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.linf, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                    if (data42 < 0 || isNaN(data42)) {
                      const err106 = { instancePath: instancePath + "/features/" + i2 + "/drift/linf", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/linf/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.linf, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  } else {
                    const err107 = { instancePath: instancePath + "/features/" + i2 + "/drift/linf", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/linf/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.linf.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.linf, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data39.wasserstein !== void 0) {
                  let data43 = data39.wasserstein;
                  if (typeof data43 == "number" && isFinite(data43)) {
                    if (data43 < 0 || isNaN(data43)) {
                      const err108 = { instancePath: instancePath + "/features/" + i2 + "/drift/wasserstein", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/wasserstein/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.wasserstein, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/features/" + i2 + "/drift/wasserstein", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/wasserstein/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.wasserstein.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.wasserstein, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data39.ks !== void 0) {
                  let data44 = data39.ks;
                  if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                    if (data44.statistic === void 0) {
                      const err110 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/required", keyword: "required", params: { missingProperty: "statistic" }, message: "must have required property 'statistic'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                    }
                    if (data44.pvalue === void 0) {
                      const err111 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/required", keyword: "required", params: { missingProperty: "pvalue" }, message: "must have required property 'pvalue'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err111];
                      } else {
                        vErrors.push(err111);
                      }
                      errors++;
                    }
                    if (data44.method === void 0) {
                      const err112 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err112];
                      } else {
                        vErrors.push(err112);
                      }
                      errors++;
                    }
                    if (data44.errorBound === void 0) {
                      const err113 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/required", keyword: "required", params: { missingProperty: "errorBound" }, message: "must have required property 'errorBound'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                    for (const key7 in data44) {
                      if (!(key7 === "statistic" || key7 === "pvalue" || key7 === "method" || key7 === "errorBound" || key7 === "points")) {
                        const err114 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks, data: data44 };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                    }
                    if (data44.statistic !== void 0) {
                      let data45 = data44.statistic;
                      if (typeof data45 == "number" && isFinite(data45)) {
                        if (data45 > 1 || isNaN(data45)) {
                          const err115 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/statistic", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/statistic/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.statistic, data: data45 };
                          if (vErrors === null) {
                            vErrors = [err115];
                          } else {
                            vErrors.push(err115);
                          }
                          errors++;
                        }
                        if (data45 < 0 || isNaN(data45)) {
                          const err116 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/statistic", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/statistic/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.statistic, data: data45 };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                        }
                      } else {
                        const err117 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/statistic", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/statistic/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.statistic.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.statistic, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                    }
                    if (data44.pvalue !== void 0) {
                      let data46 = data44.pvalue;
                      if (typeof data46 == "number" && isFinite(data46)) {
                        if (data46 > 1 || isNaN(data46)) {
                          const err118 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/pvalue", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/pvalue/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.pvalue, data: data46 };
                          if (vErrors === null) {
                            vErrors = [err118];
                          } else {
                            vErrors.push(err118);
                          }
                          errors++;
                        }
                        if (data46 < 0 || isNaN(data46)) {
                          const err119 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/pvalue", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/pvalue/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.pvalue, data: data46 };
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                        }
                      } else {
                        const err120 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/pvalue", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/pvalue/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.pvalue.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.pvalue, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                    }
                    if (data44.method !== void 0) {
                      let data47 = data44.method;
                      if (!(data47 === "exact" || data47 === "binned")) {
                        const err121 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/method", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/method/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.method.enum, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.method, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err121];
                        } else {
                          vErrors.push(err121);
                        }
                        errors++;
                      }
                    }
                    if (data44.errorBound !== void 0) {
                      let data48 = data44.errorBound;
                      if (typeof data48 == "number" && isFinite(data48)) {
                        if (data48 < 0 || isNaN(data48)) {
                          const err122 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/errorBound", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/errorBound/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.errorBound, data: data48 };
                          if (vErrors === null) {
                            vErrors = [err122];
                          } else {
                            vErrors.push(err122);
                          }
                          errors++;
                        }
                      } else {
                        const err123 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/errorBound", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/errorBound/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.errorBound.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.errorBound, data: data48 };
                        if (vErrors === null) {
                          vErrors = [err123];
                        } else {
                          vErrors.push(err123);
                        }
                        errors++;
                      }
                    }
                    if (data44.points !== void 0) {
                      let data49 = data44.points;
                      if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                        const err124 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/points", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/points/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.points.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.points, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err124];
                        } else {
                          vErrors.push(err124);
                        }
                        errors++;
                      }
                      if (typeof data49 == "number" && isFinite(data49)) {
                        if (data49 < 1 || isNaN(data49)) {
                          const err125 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks/points", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/properties/points/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.properties.points, data: data49 };
                          if (vErrors === null) {
                            vErrors = [err125];
                          } else {
                            vErrors.push(err125);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/features/" + i2 + "/drift/ks", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/ks/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.ks, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data39.drifted !== void 0) {
                  let data50 = data39.drifted;
                  if (typeof data50 !== "boolean") {
                    const err127 = { instancePath: instancePath + "/features/" + i2 + "/drift/drifted", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/drifted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.drifted.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.drifted, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                }
                if (data39.thresholds !== void 0) {
                  let data51 = data39.thresholds;
                  if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                    if (data51.psi === void 0) {
                      const err128 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/required", keyword: "required", params: { missingProperty: "psi" }, message: "must have required property 'psi'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                    if (data51.jsd === void 0) {
                      const err129 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/required", keyword: "required", params: { missingProperty: "jsd" }, message: "must have required property 'jsd'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err129];
                      } else {
                        vErrors.push(err129);
                      }
                      errors++;
                    }
                    if (data51.linf === void 0) {
                      const err130 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/required", keyword: "required", params: { missingProperty: "linf" }, message: "must have required property 'linf'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                    for (const key8 in data51) {
                      if (!(key8 === "psi" || key8 === "jsd" || key8 === "linf")) {
                        const err131 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds, data: data51 };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                    }
                    if (data51.psi !== void 0) {
                      let data52 = data51.psi;
                      if (typeof data52 == "number" && isFinite(data52)) {
                        if (data52 < 0 || isNaN(data52)) {
                          const err132 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds/psi", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/properties/psi/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.psi, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err132];
                          } else {
                            vErrors.push(err132);
                          }
                          errors++;
                        }
                      } else {
                        const err133 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds/psi", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/properties/psi/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.psi.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.psi, data: data52 };
                        if (vErrors === null) {
                          vErrors = [err133];
                        } else {
                          vErrors.push(err133);
                        }
                        errors++;
                      }
                    }
                    if (data51.jsd !== void 0) {
                      let data53 = data51.jsd;
                      if (typeof data53 == "number" && isFinite(data53)) {
                        if (data53 < 0 || isNaN(data53)) {
                          const err134 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds/jsd", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/properties/jsd/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.jsd, data: data53 };
                          if (vErrors === null) {
                            vErrors = [err134];
                          } else {
                            vErrors.push(err134);
                          }
                          errors++;
                        }
                      } else {
                        const err135 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds/jsd", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/properties/jsd/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.jsd.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.jsd, data: data53 };
                        if (vErrors === null) {
                          vErrors = [err135];
                        } else {
                          vErrors.push(err135);
                        }
                        errors++;
                      }
                    }
                    if (data51.linf !== void 0) {
                      let data54 = data51.linf;
                      if (typeof data54 == "number" && isFinite(data54)) {
                        if (data54 < 0 || isNaN(data54)) {
                          const err136 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds/linf", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/properties/linf/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.linf, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err136];
                          } else {
                            vErrors.push(err136);
                          }
                          errors++;
                        }
                      } else {
                        const err137 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds/linf", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/properties/linf/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.linf.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.properties.linf, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err137];
                        } else {
                          vErrors.push(err137);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err138 = { instancePath: instancePath + "/features/" + i2 + "/drift/thresholds", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.thresholds, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
                if (data39.bins !== void 0) {
                  let data55 = data39.bins;
                  if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                    if (data55.labels === void 0) {
                      const err139 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                    if (data55.reference === void 0) {
                      const err140 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err140];
                      } else {
                        vErrors.push(err140);
                      }
                      errors++;
                    }
                    if (data55.current === void 0) {
                      const err141 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/required", keyword: "required", params: { missingProperty: "current" }, message: "must have required property 'current'", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.required, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    }
                    for (const key9 in data55) {
                      if (!(key9 === "labels" || key9 === "reference" || key9 === "current")) {
                        const err142 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins, data: data55 };
                        if (vErrors === null) {
                          vErrors = [err142];
                        } else {
                          vErrors.push(err142);
                        }
                        errors++;
                      }
                    }
                    if (data55.labels !== void 0) {
                      let data56 = data55.labels;
                      if (Array.isArray(data56)) {
                        const len3 = data56.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                          let data57 = data56[i3];
                          if (typeof data57 !== "string") {
                            const err143 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/labels/" + i3, schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.labels.items.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.labels.items, data: data57 };
                            if (vErrors === null) {
                              vErrors = [err143];
                            } else {
                              vErrors.push(err143);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err144 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/labels", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.labels.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.labels, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err144];
                        } else {
                          vErrors.push(err144);
                        }
                        errors++;
                      }
                    }
                    if (data55.reference !== void 0) {
                      let data58 = data55.reference;
                      if (Array.isArray(data58)) {
                        const len4 = data58.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          let data59 = data58[i4];
                          if (typeof data59 == "number" && isFinite(data59)) {
                            if (data59 < 0 || isNaN(data59)) {
                              const err145 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/reference/" + i4, schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/reference/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.reference.items, data: data59 };
                              if (vErrors === null) {
                                vErrors = [err145];
                              } else {
                                vErrors.push(err145);
                              }
                              errors++;
                            }
                          } else {
                            const err146 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/reference/" + i4, schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/reference/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.reference.items.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.reference.items, data: data59 };
                            if (vErrors === null) {
                              vErrors = [err146];
                            } else {
                              vErrors.push(err146);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err147 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/reference", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/reference/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.reference.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.reference, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err147];
                        } else {
                          vErrors.push(err147);
                        }
                        errors++;
                      }
                    }
                    if (data55.current !== void 0) {
                      let data60 = data55.current;
                      if (Array.isArray(data60)) {
                        const len5 = data60.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                          let data61 = data60[i5];
                          if (typeof data61 == "number" && isFinite(data61)) {
                            if (data61 < 0 || isNaN(data61)) {
                              const err148 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/current/" + i5, schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/current/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.current.items, data: data61 };
                              if (vErrors === null) {
                                vErrors = [err148];
                              } else {
                                vErrors.push(err148);
                              }
                              errors++;
                            }
                          } else {
                            const err149 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/current/" + i5, schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/current/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.current.items.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.current.items, data: data61 };
                            if (vErrors === null) {
                              vErrors = [err149];
                            } else {
                              vErrors.push(err149);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err150 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins/current", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/properties/current/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.current.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.properties.current, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err151 = { instancePath: instancePath + "/features/" + i2 + "/drift/bins", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/bins/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.bins, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
                if (data39.note !== void 0) {
                  let data62 = data39.note;
                  if (typeof data62 !== "string") {
                    const err152 = { instancePath: instancePath + "/features/" + i2 + "/drift/note", schemaPath: "#/allOf/1/properties/features/items/properties/drift/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.features.items.properties.drift.properties.note.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift.properties.note, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err152];
                    } else {
                      vErrors.push(err152);
                    }
                    errors++;
                  }
                }
              } else {
                const err153 = { instancePath: instancePath + "/features/" + i2 + "/drift", schemaPath: "#/allOf/1/properties/features/items/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.features.items.properties.drift.type, parentSchema: schema0.allOf[1].properties.features.items.properties.drift, data: data39 };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
            }
          } else {
            const err154 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/allOf/1/properties/features/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.features.items.type, parentSchema: schema0.allOf[1].properties.features.items, data: data35 };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
        }
      } else {
        const err155 = { instancePath: instancePath + "/features", schemaPath: "#/allOf/1/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.features.type, parentSchema: schema0.allOf[1].properties.features, data: data34 };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data63 = data.summary;
      if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
        if (data63.rows === void 0) {
          const err156 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'", schema: schema0.allOf[1].properties.summary.required, parentSchema: schema0.allOf[1].properties.summary, data: data63 };
          if (vErrors === null) {
            vErrors = [err156];
          } else {
            vErrors.push(err156);
          }
          errors++;
        }
        if (data63.driftedShare === void 0) {
          const err157 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/required", keyword: "required", params: { missingProperty: "driftedShare" }, message: "must have required property 'driftedShare'", schema: schema0.allOf[1].properties.summary.required, parentSchema: schema0.allOf[1].properties.summary, data: data63 };
          if (vErrors === null) {
            vErrors = [err157];
          } else {
            vErrors.push(err157);
          }
          errors++;
        }
        if (data63.errors === void 0) {
          const err158 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'", schema: schema0.allOf[1].properties.summary.required, parentSchema: schema0.allOf[1].properties.summary, data: data63 };
          if (vErrors === null) {
            vErrors = [err158];
          } else {
            vErrors.push(err158);
          }
          errors++;
        }
        if (data63.warnings === void 0) {
          const err159 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/required", keyword: "required", params: { missingProperty: "warnings" }, message: "must have required property 'warnings'", schema: schema0.allOf[1].properties.summary.required, parentSchema: schema0.allOf[1].properties.summary, data: data63 };
          if (vErrors === null) {
            vErrors = [err159];
          } else {
            vErrors.push(err159);
          }
          errors++;
        }
        for (const key10 in data63) {
          if (!(key10 === "rows" || key10 === "driftedShare" || key10 === "errors" || key10 === "warnings")) {
            const err160 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.summary, data: data63 };
            if (vErrors === null) {
              vErrors = [err160];
            } else {
              vErrors.push(err160);
            }
            errors++;
          }
        }
        if (data63.rows !== void 0) {
          let data64 = data63.rows;
          if (!(typeof data64 == "number" && (!(data64 % 1) && !isNaN(data64)) && isFinite(data64))) {
            const err161 = { instancePath: instancePath + "/summary/rows", schemaPath: "#/allOf/1/properties/summary/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.summary.properties.rows.type, parentSchema: schema0.allOf[1].properties.summary.properties.rows, data: data64 };
            if (vErrors === null) {
              vErrors = [err161];
            } else {
              vErrors.push(err161);
            }
            errors++;
          }
          if (typeof data64 == "number" && isFinite(data64)) {
            if (data64 < 0 || isNaN(data64)) {
              const err162 = { instancePath: instancePath + "/summary/rows", schemaPath: "#/allOf/1/properties/summary/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.summary.properties.rows, data: data64 };
              if (vErrors === null) {
                vErrors = [err162];
              } else {
                vErrors.push(err162);
              }
              errors++;
            }
          }
        }
        if (data63.driftedShare !== void 0) {
          let data65 = data63.driftedShare;
          if (!(typeof data65 == "number" && isFinite(data65)) && data65 !== null) {
            const err163 = { instancePath: instancePath + "/summary/driftedShare", schemaPath: "#/allOf/1/properties/summary/properties/driftedShare/type", keyword: "type", params: { type: schema0.allOf[1].properties.summary.properties.driftedShare.type }, message: "must be number,null", schema: schema0.allOf[1].properties.summary.properties.driftedShare.type, parentSchema: schema0.allOf[1].properties.summary.properties.driftedShare, data: data65 };
            if (vErrors === null) {
              vErrors = [err163];
            } else {
              vErrors.push(err163);
            }
            errors++;
          }
          if (typeof data65 == "number" && isFinite(data65)) {
            if (data65 > 1 || isNaN(data65)) {
              const err164 = { instancePath: instancePath + "/summary/driftedShare", schemaPath: "#/allOf/1/properties/summary/properties/driftedShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema0.allOf[1].properties.summary.properties.driftedShare, data: data65 };
              if (vErrors === null) {
                vErrors = [err164];
              } else {
                vErrors.push(err164);
              }
              errors++;
            }
            if (data65 < 0 || isNaN(data65)) {
              const err165 = { instancePath: instancePath + "/summary/driftedShare", schemaPath: "#/allOf/1/properties/summary/properties/driftedShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.summary.properties.driftedShare, data: data65 };
              if (vErrors === null) {
                vErrors = [err165];
              } else {
                vErrors.push(err165);
              }
              errors++;
            }
          }
        }
        if (data63.errors !== void 0) {
          let data66 = data63.errors;
          if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)) && isFinite(data66))) {
            const err166 = { instancePath: instancePath + "/summary/errors", schemaPath: "#/allOf/1/properties/summary/properties/errors/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.summary.properties.errors.type, parentSchema: schema0.allOf[1].properties.summary.properties.errors, data: data66 };
            if (vErrors === null) {
              vErrors = [err166];
            } else {
              vErrors.push(err166);
            }
            errors++;
          }
          if (typeof data66 == "number" && isFinite(data66)) {
            if (data66 < 0 || isNaN(data66)) {
              const err167 = { instancePath: instancePath + "/summary/errors", schemaPath: "#/allOf/1/properties/summary/properties/errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.summary.properties.errors, data: data66 };
              if (vErrors === null) {
                vErrors = [err167];
              } else {
                vErrors.push(err167);
              }
              errors++;
            }
          }
        }
        if (data63.warnings !== void 0) {
          let data67 = data63.warnings;
          if (!(typeof data67 == "number" && (!(data67 % 1) && !isNaN(data67)) && isFinite(data67))) {
            const err168 = { instancePath: instancePath + "/summary/warnings", schemaPath: "#/allOf/1/properties/summary/properties/warnings/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.summary.properties.warnings.type, parentSchema: schema0.allOf[1].properties.summary.properties.warnings, data: data67 };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
          if (typeof data67 == "number" && isFinite(data67)) {
            if (data67 < 0 || isNaN(data67)) {
              const err169 = { instancePath: instancePath + "/summary/warnings", schemaPath: "#/allOf/1/properties/summary/properties/warnings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.summary.properties.warnings, data: data67 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
          }
        }
      } else {
        const err170 = { instancePath: instancePath + "/summary", schemaPath: "#/allOf/1/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.summary.type, parentSchema: schema0.allOf[1].properties.summary, data: data63 };
        if (vErrors === null) {
          vErrors = [err170];
        } else {
          vErrors.push(err170);
        }
        errors++;
      }
    }
  } else {
    const err171 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].type, parentSchema: schema0.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err171];
    } else {
      vErrors.push(err171);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { "props": { "kind": true, "environment": true, "comparison": true, "anomalies": true, "features": true, "summary": true, "schemaVersion": true, "tool": true, "subject": true, "inputs": true, "context": true, "createdAt": true, "verdict": true }, "dynamicProps": false, "dynamicItems": false };
