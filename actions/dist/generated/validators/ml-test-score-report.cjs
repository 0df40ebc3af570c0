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

// packages/core/src/generated/validators/ml-test-score-report.cjs
exports.validate = validate0;
var schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/ml-test-score-report.schema.json", "title": "MlTestScoreReport", "description": "The ML Test Score (Breck et al. 2017) of one model version, computed from verified evidence and declarations: per-test points and sources, section sums, and the score (the minimum section sum).", "allOf": [{ "$ref": "https://modelgate.dev/schemas/evidence-envelope.schema.json" }, { "type": "object", "required": ["kind", "model", "version", "environment", "tests", "sections", "score", "limitingSections", "band", "minimum", "passed", "evidence", "declarations", "settings"], "properties": { "kind": { "const": "ml-test-score-report", "description": "The report kind." }, "model": { "type": "string", "description": "The model scored." }, "version": { "type": "string", "description": "The model version scored." }, "environment": { "type": ["string", "null"], "description": "The environment whose policy was read, or null." }, "tests": { "type": "array", "minItems": 28, "maxItems": 28, "items": { "type": "object", "description": "One of the 28 tests.", "required": ["id", "section", "number", "title", "points", "mode", "source", "reason", "refused", "step"], "additionalProperties": false, "properties": { "id": { "type": "string", "pattern": "^(data|model|infra|monitor)-[1-7]$", "description": "The test id." }, "section": { "enum": ["data", "model", "infra", "monitor"], "description": "The rubric section." }, "number": { "type": "integer", "minimum": 1, "maximum": 7, "description": "The test number in its section." }, "title": { "type": "string", "description": "The paper's short title." }, "points": { "enum": [0, 0.5, 1], "description": "1 automated and verified, 0.5 manual with a valid declaration, 0 otherwise." }, "mode": { "enum": ["automated", "manual", "none"], "description": "How the points were earned." }, "source": { "description": "Where the test's points came from, or null for no points.", "oneOf": [{ "type": "null" }, { "type": "object", "description": "A verified evidence file.", "required": ["type", "kind", "uri", "sha256"], "additionalProperties": false, "properties": { "type": { "const": "evidence", "description": "Points come from a verified evidence file." }, "kind": { "type": "string", "description": "The evidence kind." }, "uri": { "type": "string", "description": "Where the evidence file is." }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "sha256 of the evidence file." } } }, { "type": "object", "description": "A valid manual declaration.", "required": ["type", "file", "line", "document", "owner"], "additionalProperties": false, "properties": { "type": { "const": "declaration", "description": "Points come from a manual declaration." }, "file": { "type": "string", "description": "The declarations file." }, "line": { "type": "integer", "minimum": 1, "description": "Line of the declaration." }, "document": { "type": "string", "description": "The linked document." }, "owner": { "type": "string", "description": "Who vouches for it." } } }, { "type": "object", "description": "A policy the registry gate enforces.", "required": ["type", "file", "environment", "fields"], "additionalProperties": false, "properties": { "type": { "const": "policy", "description": "Points come from the environment policy in modelgate.yaml." }, "file": { "const": "modelgate.yaml", "description": "The policy file." }, "environment": { "type": "string", "description": "The environment whose policy it is." }, "fields": { "type": "array", "items": { "type": "string", "description": "A policy field." }, "description": "The policy fields read." } } }, { "type": "object", "description": "A change in the registry history.", "required": ["type", "kind", "environment", "time", "version"], "additionalProperties": false, "properties": { "type": { "const": "history", "description": "Points come from the registry history." }, "kind": { "type": "string", "description": "The change kind (canary, rollback)." }, "environment": { "type": "string", "description": "Where it happened." }, "time": { "type": "string", "format": "date-time", "description": "When." }, "version": { "type": ["string", "null"], "description": "The version it moved to." } } }, { "type": "object", "description": "A file in the repository.", "required": ["type", "path"], "additionalProperties": false, "properties": { "type": { "const": "repository", "description": "Points come from a file in the repository." }, "path": { "type": "string", "description": "Repository-relative path." } } }] }, "reason": { "type": "string", "description": "Why the test earned its points, or why not." }, "refused": { "type": "array", "description": "Evidence and declarations considered for this test and refused.", "items": { "type": "object", "description": "One refusal.", "required": ["source", "reason"], "additionalProperties": false, "properties": { "source": { "type": "string", "description": "The refused file." }, "reason": { "type": "string", "description": "Why it was refused." } } } }, "step": { "type": ["string", "null"], "description": "The concrete step that earns the missing point(s); null at a full point." } } }, "description": "The 28 tests in rubric order." }, "sections": { "type": "object", "description": "Points per section (the sum of its 7 tests).", "required": ["data", "model", "infra", "monitor"], "additionalProperties": false, "properties": { "data": { "type": "number", "minimum": 0, "maximum": 7, "description": "Sum of the data tests." }, "model": { "type": "number", "minimum": 0, "maximum": 7, "description": "Sum of the model tests." }, "infra": { "type": "number", "minimum": 0, "maximum": 7, "description": "Sum of the infra tests." }, "monitor": { "type": "number", "minimum": 0, "maximum": 7, "description": "Sum of the monitor tests." } } }, "score": { "type": "number", "minimum": 0, "maximum": 7, "description": "The ML Test Score: the minimum of the four section sums." }, "limitingSections": { "type": "array", "minItems": 1, "items": { "enum": ["data", "model", "infra", "monitor"], "description": "A section." }, "description": "The sections whose sum is the score." }, "band": { "type": "object", "description": "The paper's Table V interpretation of the score.", "required": ["range", "text"], "additionalProperties": false, "properties": { "range": { "type": "string", "description": "The score interval." }, "text": { "type": "string", "description": "What the interval means." } } }, "minimum": { "type": ["number", "null"], "description": "The minimum score required, or null." }, "passed": { "type": "boolean", "description": "Whether the score meets the minimum." }, "evidence": { "type": "array", "description": "Every evidence file considered.", "items": { "type": "object", "description": "One evidence file.", "required": ["uri", "sha256", "kind", "subject", "trusted", "verifiedBy", "problems", "usedFor"], "additionalProperties": false, "properties": { "uri": { "type": "string", "description": "Where it is." }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "Its digest." }, "kind": { "type": ["string", "null"], "description": "Its kind, when readable." }, "subject": { "type": ["string", "null"], "description": "Its subject, when readable." }, "verifiedBy": { "enum": ["recompute", "provenance", null], "description": "How its figures were verified (the environment's evidence.verify): recompute (the gate ran it again on the registered inputs and every figure agreed) or provenance; null when they were not, and then it earns no automated point." }, "trusted": { "type": "boolean", "description": "Whether it passed the envelope checks (schema, verdict pass, fresh, its figures verified)." }, "problems": { "type": "array", "items": { "type": "string", "description": "A problem." }, "description": "Why it cannot be trusted." }, "usedFor": { "type": "array", "items": { "type": "string", "pattern": "^(data|model|infra|monitor)-[1-7]$", "description": "A test id." }, "description": "The tests it earned a point for." } } } }, "policy": { "description": 'The environment policy decided on the newest verified evaluation of this artifact against the live champion, as the registry gate decides it (docs/registry.md "Policy verdicts"); null without an environment or such an evaluation.', "oneOf": [{ "type": "null" }, { "type": "object", "required": ["evidence", "checks"], "additionalProperties": false, "properties": { "evidence": { "type": "string", "description": "The evaluation evidence decided on." }, "checks": { "type": "array", "description": "The policy's verdicts.", "items": { "type": "object", "required": ["id", "status", "observed", "expected", "message"], "additionalProperties": false, "properties": { "id": { "type": "string", "description": "metric:<name>, slices, fairness or latency." }, "status": { "enum": ["pass", "fail", "skip", "warn"], "description": "The verdict; skip when a rule cannot apply (no champion)." }, "observed": { "type": ["number", "null"], "description": "What was measured." }, "expected": { "type": "string", "description": "What the policy requires." }, "message": { "type": "string", "description": "One sentence for people." } } } } } }] }, "declarations": { "type": "array", "description": "Every declaration read.", "items": { "type": "object", "description": "One declaration.", "required": ["test", "line", "accepted", "reason"], "additionalProperties": false, "properties": { "test": { "type": "string", "description": "The declared test id as written." }, "line": { "type": "integer", "minimum": 1, "description": "Its line." }, "accepted": { "type": "boolean", "description": "Whether it is valid." }, "reason": { "type": "string", "description": "Its validity, or why it was refused." } } } }, "settings": { "type": "object", "description": "The settings the score was computed with.", "required": ["now", "maxEvidenceAgeDays", "rollbackWindowDays", "declarationValidityDays"], "additionalProperties": false, "properties": { "now": { "type": "string", "format": "date-time", "description": "The time evidence and declarations were judged at." }, "maxEvidenceAgeDays": { "type": "number", "exclusiveMinimum": 0, "description": "Evidence older than this is stale." }, "rollbackWindowDays": { "type": "number", "exclusiveMinimum": 0, "description": "infra-7 needs a rollback this recent." }, "declarationValidityDays": { "type": "number", "exclusiveMinimum": 0, "description": "A declaration without validUntil is valid this long." } } } } }], "examples": [{ "kind": "ml-test-score-report", "schemaVersion": 1, "tool": { "name": "modelgate", "version": "0.1.0" }, "subject": "credit-default@1.0.0", "inputs": [{ "role": "model", "uri": "file:artifacts/credit-default/1.0.0/model.onnx", "sha256": "a818f3e5802a8b5e7018afe9740069ec9d1fbb269526d2a03e2b982d1eb9550f" }, { "role": "declarations", "uri": "file:models/credit-default/ml-test-score.yaml", "sha256": "cf9c469b3b83a5f08ca548e9be5c6b4e3e8da5eac7ecb041e2685865bbd4808e" }], "context": { "commit": "9f3c2a1b7e4d5c6a8b9f0e1d2c3b4a5968776655", "ref": "refs/pull/42/merge", "runUrl": "https://github.com/acme/model-registry/actions/runs/123456789", "ci": true }, "createdAt": "2026-11-23T17:02:31.422Z", "verdict": "pass", "model": "credit-default", "version": "1.0.0", "environment": "production", "tests": [{ "id": "data-1", "section": "data", "number": 1, "title": "Feature expectations are captured in a schema", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: no verified data-validation evidence shows the version's data was validated against the dataset schema; no valid declaration", "step": "Add datasets/<dataset>/schema.yaml and run `modelgate validate-data --schema datasets/<dataset>/schema.yaml --data <the training data>` and list the report with the version (the gate recomputes it)." }, { "id": "data-2", "section": "data", "number": 2, "title": "All features are beneficial", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: no verified evaluation evidence shows every feature has positive importance; no valid declaration", "step": "Compute permutation feature importance in the evaluation (`featureImportance` in the evaluation report) and drop features with no importance." }, { "id": "data-3", "section": "data", "number": 3, "title": "No feature's cost is too much", "refused": [], "points": 0.5, "mode": "manual", "source": { "type": "declaration", "file": "models/credit-default/ml-test-score.yaml", "line": 7, "document": "https://wiki.acme.example/credit-default/feature-costs", "owner": "risk-ml@acme.example" }, "reason": "manual: declared by risk-ml@acme.example, reviewed 2026-11-02, valid until 2027-05-02 (https://wiki.acme.example/credit-default/feature-costs); not automated: nothing in modelgate automates this test", "step": "Nothing in modelgate automates this test yet: half a point is the most a declaration earns." }, { "id": "data-4", "section": "data", "number": 4, "title": "Features adhere to meta-level requirements", "refused": [], "points": 0.5, "mode": "manual", "source": { "type": "declaration", "file": "models/credit-default/ml-test-score.yaml", "line": 13, "document": "https://wiki.acme.example/credit-default/feature-policy", "owner": "risk-ml@acme.example" }, "reason": "manual: declared by risk-ml@acme.example, reviewed 2026-11-02, valid until 2027-05-02 (https://wiki.acme.example/credit-default/feature-policy); not automated: nothing in modelgate automates this test", "step": "Nothing in modelgate automates this test yet: half a point is the most a declaration earns." }, { "id": "data-5", "section": "data", "number": 5, "title": "The data pipeline has appropriate privacy controls", "refused": [], "points": 0.5, "mode": "manual", "source": { "type": "declaration", "file": "models/credit-default/ml-test-score.yaml", "line": 19, "document": "https://wiki.acme.example/credit-default/privacy", "owner": "privacy@acme.example" }, "reason": "manual: declared by privacy@acme.example, reviewed 2026-10-15, valid until 2027-10-15 (https://wiki.acme.example/credit-default/privacy); not automated: nothing in modelgate automates this test", "step": "Nothing in modelgate automates this test yet: half a point is the most a declaration earns." }, { "id": "data-6", "section": "data", "number": 6, "title": "New features can be added quickly", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: nothing in modelgate automates this test; no valid declaration", "step": "Document how long adding a new feature takes, with a recent example, then declare it in models/<model>/ml-test-score.yaml with a document link, an owner and a review date (half a point; nothing automates this test)." }, { "id": "data-7", "section": "data", "number": 7, "title": "All input feature code is tested", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: nothing in modelgate automates this test; no valid declaration", "step": "Document the unit tests of the feature code and where they run, then declare it in models/<model>/ml-test-score.yaml with a document link, an owner and a review date (half a point; nothing automates this test)." }, { "id": "model-1", "section": "model", "number": 1, "title": "Model specs are reviewed and submitted", "refused": [], "points": 1, "mode": "automated", "source": { "type": "policy", "file": "modelgate.yaml", "environment": "production", "fields": ["requiredApprovals"] }, "reason": "automated: every change needs 1 approval(s) and the version records its code commit (modelgate.yaml, environment production)", "step": null }, { "id": "model-2", "section": "model", "number": 2, "title": "Offline and online metrics correlate", "refused": [], "points": 0.5, "mode": "manual", "source": { "type": "declaration", "file": "models/credit-default/ml-test-score.yaml", "line": 25, "document": "https://wiki.acme.example/credit-default/offline-online", "owner": "risk-ml@acme.example" }, "reason": "manual: declared by risk-ml@acme.example, reviewed 2026-10-01, valid until 2027-04-01 (https://wiki.acme.example/credit-default/offline-online); not automated: nothing in modelgate automates this test", "step": "Nothing in modelgate automates this test yet: half a point is the most a declaration earns." }, { "id": "model-3", "section": "model", "number": 3, "title": "All hyperparameters have been tuned", "refused": [], "points": 0.5, "mode": "manual", "source": { "type": "declaration", "file": "models/credit-default/ml-test-score.yaml", "line": 31, "document": "https://wiki.acme.example/credit-default/tuning", "owner": "risk-ml@acme.example" }, "reason": "manual: declared by risk-ml@acme.example, reviewed 2026-11-02, valid until 2027-05-02 (https://wiki.acme.example/credit-default/tuning); not automated: nothing in modelgate automates this test", "step": "Nothing in modelgate automates this test yet: half a point is the most a declaration earns." }, { "id": "model-4", "section": "model", "number": 4, "title": "The impact of model staleness is known", "refused": [], "points": 0.5, "mode": "manual", "source": { "type": "declaration", "file": "models/credit-default/ml-test-score.yaml", "line": 37, "document": "https://wiki.acme.example/credit-default/staleness", "owner": "risk-ml@acme.example" }, "reason": "manual: declared by risk-ml@acme.example, reviewed 2026-09-15, valid until 2027-03-15 (https://wiki.acme.example/credit-default/staleness); not automated: nothing in modelgate automates this test", "step": "Nothing in modelgate automates this test yet: half a point is the most a declaration earns." }, { "id": "model-5", "section": "model", "number": 5, "title": "A simpler model is not better", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: no verified evaluation evidence shows the model beats the trivial baseline; no valid declaration", "step": 'Evaluate against a trivial baseline so the evaluation report carries a passed "baseline" check.' }, { "id": "model-6", "section": "model", "number": 6, "title": "Model quality is sufficient on important data slices", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: no verified evaluation evidence shows quality holds on every important slice; no valid declaration", "step": "Declare `slices` in model.yaml and `maxSliceDrop` in the environment policy; the evaluation then checks every slice." }, { "id": "model-7", "section": "model", "number": 7, "title": "The model is tested for considerations of inclusion", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: no verified evaluation evidence shows fairness was measured on a declared protected attribute; no valid declaration", "step": "Declare `protectedAttributes` in model.yaml and fairness limits in the environment policy; the evaluation then measures them." }, { "id": "infra-1", "section": "infra", "number": 1, "title": "Training is reproducible", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: no verified evaluation evidence shows the determinism check passed; no valid declaration", "step": 'Run the determinism check in the evaluation so the report carries a passed "determinism" check.' }, { "id": "infra-2", "section": "infra", "number": 2, "title": "Model specs are unit tested", "refused": [], "points": 0.5, "mode": "manual", "source": { "type": "declaration", "file": "models/credit-default/ml-test-score.yaml", "line": 43, "document": "https://wiki.acme.example/credit-default/training-tests", "owner": "risk-ml@acme.example" }, "reason": "manual: declared by risk-ml@acme.example, reviewed 2026-11-02, valid until 2027-05-02 (https://wiki.acme.example/credit-default/training-tests); not automated: nothing in modelgate automates this test", "step": "Nothing in modelgate automates this test yet: half a point is the most a declaration earns." }, { "id": "infra-3", "section": "infra", "number": 3, "title": "The ML pipeline is integration tested", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: nothing in modelgate automates this test; no valid declaration", "step": "Document the end-to-end pipeline test and where it runs, then declare it in models/<model>/ml-test-score.yaml with a document link, an owner and a review date (half a point; nothing automates this test)." }, { "id": "infra-4", "section": "infra", "number": 4, "title": "Model quality is validated before serving", "refused": [], "points": 1, "mode": "automated", "source": { "type": "policy", "file": "modelgate.yaml", "environment": "production", "fields": ["requireEvaluation", "metrics"] }, "reason": "automated: the registry gate requires evaluation against metric thresholds (modelgate.yaml, environment production)", "step": null }, { "id": "infra-5", "section": "infra", "number": 5, "title": "The model is debuggable", "refused": [], "points": 0.5, "mode": "manual", "source": { "type": "declaration", "file": "models/credit-default/ml-test-score.yaml", "line": 49, "document": "https://wiki.acme.example/credit-default/debugging", "owner": "risk-ml@acme.example" }, "reason": "manual: declared by risk-ml@acme.example, reviewed 2026-11-02, valid until 2027-05-02 (https://wiki.acme.example/credit-default/debugging); not automated: nothing in modelgate automates this test", "step": "Nothing in modelgate automates this test yet: half a point is the most a declaration earns." }, { "id": "infra-6", "section": "infra", "number": 6, "title": "Models are canaried before serving", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: the history shows no canary of credit-default in production; no valid declaration", "step": "Set `requireCanary: true` in the environment's policy and promote with `--canary <pct>`." }, { "id": "infra-7", "section": "infra", "number": 7, "title": "Serving models can be rolled back", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: the history shows no rollback of credit-default in the last 90 days; no valid declaration", "step": "Roll the model back (a drill in staging counts) with `modelgate rollback`, at least once per rollback window." }, { "id": "monitor-1", "section": "monitor", "number": 1, "title": "Dependency changes result in notification", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: no dependabot or Renovate configuration in the repository; no valid declaration", "step": "Add .github/dependabot.yml (or renovate.json) so dependency changes open pull requests." }, { "id": "monitor-2", "section": "monitor", "number": 2, "title": "Data invariants hold for inputs", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: no verified data-validation evidence shows a serving sample satisfies the data contract of the training data; no valid declaration", "step": "Run `modelgate validate-data --environment serving --reference <training data or profile>` on a recent serving sample (registered as a dataset version) and list the report with the version." }, { "id": "monitor-3", "section": "monitor", "number": 3, "title": "Training and serving are not skewed", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: no verified data-validation evidence shows serving features are not skewed from training; no valid declaration", "step": "Run `modelgate validate-data --environment serving --reference <training data or profile>` so skew is measured per feature, and list the report with the version." }, { "id": "monitor-4", "section": "monitor", "number": 4, "title": "Models are not too stale", "refused": [], "points": 1, "mode": "automated", "source": { "type": "policy", "file": "modelgate.yaml", "environment": "production", "fields": ["maxModelAgeDays"] }, "reason": "automated: the model is 3 days old, within the policy's 90 (modelgate.yaml, environment production)", "step": null }, { "id": "monitor-5", "section": "monitor", "number": 5, "title": "Models are numerically stable", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: no verified evaluation evidence shows every prediction is finite; no valid declaration", "step": 'Run the evaluation, which checks every prediction is finite ("finite" check).' }, { "id": "monitor-6", "section": "monitor", "number": 6, "title": "Computing performance has not regressed", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: no verified evaluation evidence shows latency is within the limits of the champion's; no valid declaration", "step": 'Evaluate against the current champion with latency measurement on, so the report carries a passed "latency" check.' }, { "id": "monitor-7", "section": "monitor", "number": 7, "title": "Prediction quality has not regressed", "refused": [], "points": 0, "mode": "none", "source": null, "reason": "no points: no verified evaluation evidence shows quality holds on recently labelled data; no valid declaration", "step": "Evaluate the model on recently labelled data (registered as a dataset version) (not the lineage train/test sets), within the evidence window." }], "sections": { "data": 1.5, "model": 2.5, "infra": 2, "monitor": 1 }, "score": 1, "limitingSections": ["monitor"], "band": { "range": "(0, 1]", "text": "Not totally untested, but it is worth considering the possibility of serious holes in reliability." }, "minimum": 1, "passed": true, "evidence": [], "declarations": [{ "test": "data-3", "line": 7, "accepted": true, "reason": "valid until 2027-05-02" }, { "test": "data-4", "line": 13, "accepted": true, "reason": "valid until 2027-05-02" }, { "test": "data-5", "line": 19, "accepted": true, "reason": "valid until 2027-10-15" }, { "test": "model-2", "line": 25, "accepted": true, "reason": "valid until 2027-04-01" }, { "test": "model-3", "line": 31, "accepted": true, "reason": "valid until 2027-05-02" }, { "test": "model-4", "line": 37, "accepted": true, "reason": "valid until 2027-03-15" }, { "test": "infra-2", "line": 43, "accepted": true, "reason": "valid until 2027-05-02" }, { "test": "infra-5", "line": 49, "accepted": true, "reason": "valid until 2027-05-02" }], "settings": { "now": "2026-11-23T17:02:31.422Z", "maxEvidenceAgeDays": 30, "rollbackWindowDays": 90, "declarationValidityDays": 365 } }] };
var schema1 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/evidence-envelope.schema.json", "title": "EvidenceEnvelope", "description": "The envelope every report modelgate writes starts with: what the report is about, the exact inputs (by sha256) it was computed from, where it ran and its verdict. Report schemas extend it with allOf.", "type": "object", "required": ["kind", "schemaVersion", "tool", "subject", "inputs", "context", "createdAt", "verdict"], "properties": { "kind": { "description": "The report kind, e.g. data-profile, data-validation, evaluation, ml-test-score-report, registry-check, deploy-plan.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "schemaVersion": { "description": "Version of the envelope format; always 1.", "const": 1 }, "tool": { "description": "The tool that wrote the report.", "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "description": "Tool name, normally modelgate.", "type": "string", "minLength": 1 }, "version": { "description": "Tool version that produced the report.", "type": "string", "minLength": 1 } } }, "subject": { "description": "What the report is about: model@version, dataset@version, or a bare name.", "type": "string", "minLength": 1 }, "inputs": { "description": "Every exact input the report was computed from, bound by digest.", "type": "array", "items": { "description": "One input file.", "type": "object", "required": ["role", "uri", "sha256"], "additionalProperties": false, "properties": { "role": { "description": "What the input was to the report: model, champion, data, reference, schema, profile, declarations, evidence.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "uri": { "description": "Where the input is: file:<path relative to the repository> or an https:// URL.", "type": "string", "minLength": 1 }, "sha256": { "description": "sha256 of the input's bytes, 64 lowercase hex characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" } } } }, "context": { "description": "Where the report was produced.", "type": "object", "required": ["commit", "ref", "runUrl", "ci"], "additionalProperties": false, "properties": { "commit": { "description": "The commit the run checked out, or null when unknown.", "type": ["string", "null"] }, "ref": { "description": "The git ref of the run (e.g. refs/heads/main), or null when unknown.", "type": ["string", "null"] }, "runUrl": { "description": "URL of the CI run, or null when unknown.", "type": ["string", "null"] }, "ci": { "description": "True when the process that made the report ran with CI=true or GITHUB_ACTIONS=true. A claim, not a proof: nothing is trusted or counted for it (the gate verifies figures by recomputation).", "type": "boolean" }, "github": { "description": "The GitHub Actions run that made the report (GITHUB_ACTIONS=true); absent elsewhere. A claim the provenance verifier checks through the GitHub API: the run exists in this repository, ran a trusted workflow on the version's code commit, concluded success and uploaded this file (docs/security.md).", "type": "object", "required": ["repository", "workflowRef", "runId", "runAttempt", "sha"], "additionalProperties": false, "properties": { "repository": { "description": "The repository the run belongs to, owner/name (GITHUB_REPOSITORY).", "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, "workflowRef": { "description": "The workflow file and ref the run ran (GITHUB_WORKFLOW_REF), e.g. acme/churn-model/.github/workflows/evidence.yml@refs/heads/main; for a reusable workflow, its caller.", "type": "string", "minLength": 1 }, "runId": { "description": "The workflow run's id (GITHUB_RUN_ID).", "type": "integer", "minimum": 1 }, "runAttempt": { "description": "The attempt of the run (GITHUB_RUN_ATTEMPT), 1 for the first.", "type": "integer", "minimum": 1 }, "sha": { "description": "The commit the run ran on (GITHUB_SHA).", "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" } } } } }, "createdAt": { "description": "When the report was written (RFC 3339 date-time, UTC).", "type": "string", "format": "date-time" }, "verdict": { "description": "The report's overall verdict.", "enum": ["pass", "warn", "fail"] } }, "examples": [{ "kind": "data-validation", "schemaVersion": 1, "tool": { "name": "modelgate", "version": "0.1.0" }, "subject": "loans@2026-08", "inputs": [{ "role": "data", "uri": "file:data/serving.csv", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }], "context": { "commit": null, "ref": null, "runUrl": null, "ci": false }, "createdAt": "2026-11-23T12:00:00Z", "verdict": "pass" }] };
var pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
var pattern2 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern3 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
var pattern4 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
var pattern5 = new RegExp("^(data|model|infra|monitor)-[1-7]$", "u");
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
    if (data.model === void 0) {
      const err65 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err65];
      } else {
        vErrors.push(err65);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err66 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err66];
      } else {
        vErrors.push(err66);
      }
      errors++;
    }
    if (data.environment === void 0) {
      const err67 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err67];
      } else {
        vErrors.push(err67);
      }
      errors++;
    }
    if (data.tests === void 0) {
      const err68 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "tests" }, message: "must have required property 'tests'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err68];
      } else {
        vErrors.push(err68);
      }
      errors++;
    }
    if (data.sections === void 0) {
      const err69 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "sections" }, message: "must have required property 'sections'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err69];
      } else {
        vErrors.push(err69);
      }
      errors++;
    }
    if (data.score === void 0) {
      const err70 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "score" }, message: "must have required property 'score'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err70];
      } else {
        vErrors.push(err70);
      }
      errors++;
    }
    if (data.limitingSections === void 0) {
      const err71 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "limitingSections" }, message: "must have required property 'limitingSections'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err71];
      } else {
        vErrors.push(err71);
      }
      errors++;
    }
    if (data.band === void 0) {
      const err72 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "band" }, message: "must have required property 'band'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err72];
      } else {
        vErrors.push(err72);
      }
      errors++;
    }
    if (data.minimum === void 0) {
      const err73 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "minimum" }, message: "must have required property 'minimum'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err73];
      } else {
        vErrors.push(err73);
      }
      errors++;
    }
    if (data.passed === void 0) {
      const err74 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err74];
      } else {
        vErrors.push(err74);
      }
      errors++;
    }
    if (data.evidence === void 0) {
      const err75 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err75];
      } else {
        vErrors.push(err75);
      }
      errors++;
    }
    if (data.declarations === void 0) {
      const err76 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "declarations" }, message: "must have required property 'declarations'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err76];
      } else {
        vErrors.push(err76);
      }
      errors++;
    }
    if (data.settings === void 0) {
      const err77 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "settings" }, message: "must have required property 'settings'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err77];
      } else {
        vErrors.push(err77);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data24 = data.kind;
      if ("ml-test-score-report" !== data24) {
        const err78 = { instancePath: instancePath + "/kind", schemaPath: "#/allOf/1/properties/kind/const", keyword: "const", params: { allowedValue: "ml-test-score-report" }, message: "must be equal to constant", schema: "ml-test-score-report", parentSchema: schema0.allOf[1].properties.kind, data: data24 };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data25 = data.model;
      if (typeof data25 !== "string") {
        const err79 = { instancePath: instancePath + "/model", schemaPath: "#/allOf/1/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.model.type, parentSchema: schema0.allOf[1].properties.model, data: data25 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data26 = data.version;
      if (typeof data26 !== "string") {
        const err80 = { instancePath: instancePath + "/version", schemaPath: "#/allOf/1/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.version.type, parentSchema: schema0.allOf[1].properties.version, data: data26 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data27 = data.environment;
      if (typeof data27 !== "string" && data27 !== null) {
        const err81 = { instancePath: instancePath + "/environment", schemaPath: "#/allOf/1/properties/environment/type", keyword: "type", params: { type: schema0.allOf[1].properties.environment.type }, message: "must be string,null", schema: schema0.allOf[1].properties.environment.type, parentSchema: schema0.allOf[1].properties.environment, data: data27 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.tests !== void 0) {
      let data28 = data.tests;
      if (Array.isArray(data28)) {
        if (data28.length > 28) {
          const err82 = { instancePath: instancePath + "/tests", schemaPath: "#/allOf/1/properties/tests/maxItems", keyword: "maxItems", params: { limit: 28 }, message: "must NOT have more than 28 items", schema: 28, parentSchema: schema0.allOf[1].properties.tests, data: data28 };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        if (data28.length < 28) {
          const err83 = { instancePath: instancePath + "/tests", schemaPath: "#/allOf/1/properties/tests/minItems", keyword: "minItems", params: { limit: 28 }, message: "must NOT have fewer than 28 items", schema: 28, parentSchema: schema0.allOf[1].properties.tests, data: data28 };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
        const len1 = data28.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data29 = data28[i1];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.id === void 0) {
              const err84 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/allOf/1/properties/tests/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema0.allOf[1].properties.tests.items.required, parentSchema: schema0.allOf[1].properties.tests.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            if (data29.section === void 0) {
              const err85 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/allOf/1/properties/tests/items/required", keyword: "required", params: { missingProperty: "section" }, message: "must have required property 'section'", schema: schema0.allOf[1].properties.tests.items.required, parentSchema: schema0.allOf[1].properties.tests.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            if (data29.number === void 0) {
              const err86 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/allOf/1/properties/tests/items/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property 'number'", schema: schema0.allOf[1].properties.tests.items.required, parentSchema: schema0.allOf[1].properties.tests.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            if (data29.title === void 0) {
              const err87 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/allOf/1/properties/tests/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema0.allOf[1].properties.tests.items.required, parentSchema: schema0.allOf[1].properties.tests.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
            if (data29.points === void 0) {
              const err88 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/allOf/1/properties/tests/items/required", keyword: "required", params: { missingProperty: "points" }, message: "must have required property 'points'", schema: schema0.allOf[1].properties.tests.items.required, parentSchema: schema0.allOf[1].properties.tests.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
            if (data29.mode === void 0) {
              const err89 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/allOf/1/properties/tests/items/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'", schema: schema0.allOf[1].properties.tests.items.required, parentSchema: schema0.allOf[1].properties.tests.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data29.source === void 0) {
              const err90 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/allOf/1/properties/tests/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema0.allOf[1].properties.tests.items.required, parentSchema: schema0.allOf[1].properties.tests.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            if (data29.reason === void 0) {
              const err91 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/allOf/1/properties/tests/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema0.allOf[1].properties.tests.items.required, parentSchema: schema0.allOf[1].properties.tests.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (data29.refused === void 0) {
              const err92 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/allOf/1/properties/tests/items/required", keyword: "required", params: { missingProperty: "refused" }, message: "must have required property 'refused'", schema: schema0.allOf[1].properties.tests.items.required, parentSchema: schema0.allOf[1].properties.tests.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
            if (data29.step === void 0) {
              const err93 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/allOf/1/properties/tests/items/required", keyword: "required", params: { missingProperty: "step" }, message: "must have required property 'step'", schema: schema0.allOf[1].properties.tests.items.required, parentSchema: schema0.allOf[1].properties.tests.items, data: data29 };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
            for (const key4 in data29) {
              if (!func5.call(schema0.allOf[1].properties.tests.items.properties, key4)) {
                const err94 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/allOf/1/properties/tests/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.tests.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data29.id !== void 0) {
              let data30 = data29.id;
              if (typeof data30 === "string") {
                if (!pattern5.test(data30)) {
                  const err95 = { instancePath: instancePath + "/tests/" + i1 + "/id", schemaPath: "#/allOf/1/properties/tests/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^(data|model|infra|monitor)-[1-7]$" }, message: 'must match pattern "^(data|model|infra|monitor)-[1-7]$"', schema: "^(data|model|infra|monitor)-[1-7]$", parentSchema: schema0.allOf[1].properties.tests.items.properties.id, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              } else {
                const err96 = { instancePath: instancePath + "/tests/" + i1 + "/id", schemaPath: "#/allOf/1/properties/tests/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.id.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.id, data: data30 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data29.section !== void 0) {
              let data31 = data29.section;
              if (!(data31 === "data" || data31 === "model" || data31 === "infra" || data31 === "monitor")) {
                const err97 = { instancePath: instancePath + "/tests/" + i1 + "/section", schemaPath: "#/allOf/1/properties/tests/items/properties/section/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.tests.items.properties.section.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.tests.items.properties.section.enum, parentSchema: schema0.allOf[1].properties.tests.items.properties.section, data: data31 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data29.number !== void 0) {
              let data32 = data29.number;
              if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
                const err98 = { instancePath: instancePath + "/tests/" + i1 + "/number", schemaPath: "#/allOf/1/properties/tests/items/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.tests.items.properties.number.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.number, data: data32 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 > 7 || isNaN(data32)) {
                  const err99 = { instancePath: instancePath + "/tests/" + i1 + "/number", schemaPath: "#/allOf/1/properties/tests/items/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7", schema: 7, parentSchema: schema0.allOf[1].properties.tests.items.properties.number, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
                if (data32 < 1 || isNaN(data32)) {
                  const err100 = { instancePath: instancePath + "/tests/" + i1 + "/number", schemaPath: "#/allOf/1/properties/tests/items/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.allOf[1].properties.tests.items.properties.number, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
              }
            }
            if (data29.title !== void 0) {
              let data33 = data29.title;
              if (typeof data33 !== "string") {
                const err101 = { instancePath: instancePath + "/tests/" + i1 + "/title", schemaPath: "#/allOf/1/properties/tests/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.title.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.title, data: data33 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data29.points !== void 0) {
              let data34 = data29.points;
              if (!(data34 === 0 || data34 === 0.5 || data34 === 1)) {
                const err102 = { instancePath: instancePath + "/tests/" + i1 + "/points", schemaPath: "#/allOf/1/properties/tests/items/properties/points/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.tests.items.properties.points.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.tests.items.properties.points.enum, parentSchema: schema0.allOf[1].properties.tests.items.properties.points, data: data34 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data29.mode !== void 0) {
              let data35 = data29.mode;
              if (!(data35 === "automated" || data35 === "manual" || data35 === "none")) {
                const err103 = { instancePath: instancePath + "/tests/" + i1 + "/mode", schemaPath: "#/allOf/1/properties/tests/items/properties/mode/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.tests.items.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.tests.items.properties.mode.enum, parentSchema: schema0.allOf[1].properties.tests.items.properties.mode, data: data35 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
            if (data29.source !== void 0) {
              let data36 = data29.source;
              const _errs77 = errors;
              let valid13 = false;
              let passing0 = null;
              const _errs78 = errors;
              if (data36 !== null) {
                const err104 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[0].type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[0], data: data36 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
              var _valid0 = _errs78 === errors;
              if (_valid0) {
                valid13 = true;
                passing0 = 0;
              }
              const _errs80 = errors;
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (data36.type === void 0) {
                  const err105 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1], data: data36 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
                if (data36.kind === void 0) {
                  const err106 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1], data: data36 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                if (data36.uri === void 0) {
                  const err107 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/1/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1], data: data36 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
                if (data36.sha256 === void 0) {
                  const err108 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/1/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1], data: data36 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
                for (const key5 in data36) {
                  if (!(key5 === "type" || key5 === "kind" || key5 === "uri" || key5 === "sha256")) {
                    const err109 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1], data: data36 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data36.type !== void 0) {
                  let data37 = data36.type;
                  if ("evidence" !== data37) {
                    const err110 = { instancePath: instancePath + "/tests/" + i1 + "/source/type", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/1/properties/type/const", keyword: "const", params: { allowedValue: "evidence" }, message: "must be equal to constant", schema: "evidence", parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].properties.type, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data36.kind !== void 0) {
                  let data38 = data36.kind;
                  if (typeof data38 !== "string") {
                    const err111 = { instancePath: instancePath + "/tests/" + i1 + "/source/kind", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/1/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].properties.kind.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].properties.kind, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
                if (data36.uri !== void 0) {
                  let data39 = data36.uri;
                  if (typeof data39 !== "string") {
                    const err112 = { instancePath: instancePath + "/tests/" + i1 + "/source/uri", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/1/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].properties.uri.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].properties.uri, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data36.sha256 !== void 0) {
                  let data40 = data36.sha256;
                  if (typeof data40 === "string") {
                    if (!pattern2.test(data40)) {
                      const err113 = { instancePath: instancePath + "/tests/" + i1 + "/source/sha256", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/1/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].properties.sha256, data: data40 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                  } else {
                    const err114 = { instancePath: instancePath + "/tests/" + i1 + "/source/sha256", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/1/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].properties.sha256.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].properties.sha256, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
              } else {
                const err115 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1].type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[1], data: data36 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
              var _valid0 = _errs80 === errors;
              if (_valid0 && valid13) {
                valid13 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid13 = true;
                  passing0 = 1;
                  var props0 = true;
                }
                const _errs90 = errors;
                if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                  if (data36.type === void 0) {
                    const err116 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2], data: data36 };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                  if (data36.file === void 0) {
                    const err117 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2], data: data36 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                  if (data36.line === void 0) {
                    const err118 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2], data: data36 };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                  if (data36.document === void 0) {
                    const err119 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/required", keyword: "required", params: { missingProperty: "document" }, message: "must have required property 'document'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2], data: data36 };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                  if (data36.owner === void 0) {
                    const err120 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2], data: data36 };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                  for (const key6 in data36) {
                    if (!(key6 === "type" || key6 === "file" || key6 === "line" || key6 === "document" || key6 === "owner")) {
                      const err121 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2], data: data36 };
                      if (vErrors === null) {
                        vErrors = [err121];
                      } else {
                        vErrors.push(err121);
                      }
                      errors++;
                    }
                  }
                  if (data36.type !== void 0) {
                    let data41 = data36.type;
                    if ("declaration" !== data41) {
                      const err122 = { instancePath: instancePath + "/tests/" + i1 + "/source/type", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/properties/type/const", keyword: "const", params: { allowedValue: "declaration" }, message: "must be equal to constant", schema: "declaration", parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].properties.type, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err122];
                      } else {
                        vErrors.push(err122);
                      }
                      errors++;
                    }
                  }
                  if (data36.file !== void 0) {
                    let data42 = data36.file;
                    if (typeof data42 !== "string") {
                      const err123 = { instancePath: instancePath + "/tests/" + i1 + "/source/file", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].properties.file.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].properties.file, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                  }
                  if (data36.line !== void 0) {
                    let data43 = data36.line;
                    if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                      const err124 = { instancePath: instancePath + "/tests/" + i1 + "/source/line", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].properties.line.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].properties.line, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                    if (typeof data43 == "number" && isFinite(data43)) {
                      if (data43 < 1 || isNaN(data43)) {
                        const err125 = { instancePath: instancePath + "/tests/" + i1 + "/source/line", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].properties.line, data: data43 };
                        if (vErrors === null) {
                          vErrors = [err125];
                        } else {
                          vErrors.push(err125);
                        }
                        errors++;
                      }
                    }
                  }
                  if (data36.document !== void 0) {
                    let data44 = data36.document;
                    if (typeof data44 !== "string") {
                      const err126 = { instancePath: instancePath + "/tests/" + i1 + "/source/document", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/properties/document/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].properties.document.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].properties.document, data: data44 };
                      if (vErrors === null) {
                        vErrors = [err126];
                      } else {
                        vErrors.push(err126);
                      }
                      errors++;
                    }
                  }
                  if (data36.owner !== void 0) {
                    let data45 = data36.owner;
                    if (typeof data45 !== "string") {
                      const err127 = { instancePath: instancePath + "/tests/" + i1 + "/source/owner", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].properties.owner.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].properties.owner, data: data45 };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err128 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2].type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[2], data: data36 };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
                var _valid0 = _errs90 === errors;
                if (_valid0 && valid13) {
                  valid13 = false;
                  passing0 = [passing0, 2];
                } else {
                  if (_valid0) {
                    valid13 = true;
                    passing0 = 2;
                    if (props0 !== true) {
                      props0 = true;
                    }
                  }
                  const _errs102 = errors;
                  if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                    if (data36.type === void 0) {
                      const err129 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/3/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3], data: data36 };
                      if (vErrors === null) {
                        vErrors = [err129];
                      } else {
                        vErrors.push(err129);
                      }
                      errors++;
                    }
                    if (data36.file === void 0) {
                      const err130 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/3/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3], data: data36 };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                    if (data36.environment === void 0) {
                      const err131 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/3/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3], data: data36 };
                      if (vErrors === null) {
                        vErrors = [err131];
                      } else {
                        vErrors.push(err131);
                      }
                      errors++;
                    }
                    if (data36.fields === void 0) {
                      const err132 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/3/required", keyword: "required", params: { missingProperty: "fields" }, message: "must have required property 'fields'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3], data: data36 };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                    for (const key7 in data36) {
                      if (!(key7 === "type" || key7 === "file" || key7 === "environment" || key7 === "fields")) {
                        const err133 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3], data: data36 };
                        if (vErrors === null) {
                          vErrors = [err133];
                        } else {
                          vErrors.push(err133);
                        }
                        errors++;
                      }
                    }
                    if (data36.type !== void 0) {
                      let data46 = data36.type;
                      if ("policy" !== data46) {
                        const err134 = { instancePath: instancePath + "/tests/" + i1 + "/source/type", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/3/properties/type/const", keyword: "const", params: { allowedValue: "policy" }, message: "must be equal to constant", schema: "policy", parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].properties.type, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err134];
                        } else {
                          vErrors.push(err134);
                        }
                        errors++;
                      }
                    }
                    if (data36.file !== void 0) {
                      let data47 = data36.file;
                      if ("modelgate.yaml" !== data47) {
                        const err135 = { instancePath: instancePath + "/tests/" + i1 + "/source/file", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/3/properties/file/const", keyword: "const", params: { allowedValue: "modelgate.yaml" }, message: "must be equal to constant", schema: "modelgate.yaml", parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].properties.file, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err135];
                        } else {
                          vErrors.push(err135);
                        }
                        errors++;
                      }
                    }
                    if (data36.environment !== void 0) {
                      let data48 = data36.environment;
                      if (typeof data48 !== "string") {
                        const err136 = { instancePath: instancePath + "/tests/" + i1 + "/source/environment", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/3/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].properties.environment.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].properties.environment, data: data48 };
                        if (vErrors === null) {
                          vErrors = [err136];
                        } else {
                          vErrors.push(err136);
                        }
                        errors++;
                      }
                    }
                    if (data36.fields !== void 0) {
                      let data49 = data36.fields;
                      if (Array.isArray(data49)) {
                        const len2 = data49.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          let data50 = data49[i2];
                          if (typeof data50 !== "string") {
                            const err137 = { instancePath: instancePath + "/tests/" + i1 + "/source/fields/" + i2, schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/3/properties/fields/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].properties.fields.items.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].properties.fields.items, data: data50 };
                            if (vErrors === null) {
                              vErrors = [err137];
                            } else {
                              vErrors.push(err137);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err138 = { instancePath: instancePath + "/tests/" + i1 + "/source/fields", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/3/properties/fields/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].properties.fields.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].properties.fields, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err138];
                        } else {
                          vErrors.push(err138);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err139 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3].type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[3], data: data36 };
                    if (vErrors === null) {
                      vErrors = [err139];
                    } else {
                      vErrors.push(err139);
                    }
                    errors++;
                  }
                  var _valid0 = _errs102 === errors;
                  if (_valid0 && valid13) {
                    valid13 = false;
                    passing0 = [passing0, 3];
                  } else {
                    if (_valid0) {
                      valid13 = true;
                      passing0 = 3;
                      if (props0 !== true) {
                        props0 = true;
                      }
                    }
                    const _errs113 = errors;
                    if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                      if (data36.type === void 0) {
                        const err140 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4], data: data36 };
                        if (vErrors === null) {
                          vErrors = [err140];
                        } else {
                          vErrors.push(err140);
                        }
                        errors++;
                      }
                      if (data36.kind === void 0) {
                        const err141 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4], data: data36 };
                        if (vErrors === null) {
                          vErrors = [err141];
                        } else {
                          vErrors.push(err141);
                        }
                        errors++;
                      }
                      if (data36.environment === void 0) {
                        const err142 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4], data: data36 };
                        if (vErrors === null) {
                          vErrors = [err142];
                        } else {
                          vErrors.push(err142);
                        }
                        errors++;
                      }
                      if (data36.time === void 0) {
                        const err143 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4], data: data36 };
                        if (vErrors === null) {
                          vErrors = [err143];
                        } else {
                          vErrors.push(err143);
                        }
                        errors++;
                      }
                      if (data36.version === void 0) {
                        const err144 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4], data: data36 };
                        if (vErrors === null) {
                          vErrors = [err144];
                        } else {
                          vErrors.push(err144);
                        }
                        errors++;
                      }
                      for (const key8 in data36) {
                        if (!(key8 === "type" || key8 === "kind" || key8 === "environment" || key8 === "time" || key8 === "version")) {
                          const err145 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4], data: data36 };
                          if (vErrors === null) {
                            vErrors = [err145];
                          } else {
                            vErrors.push(err145);
                          }
                          errors++;
                        }
                      }
                      if (data36.type !== void 0) {
                        let data51 = data36.type;
                        if ("history" !== data51) {
                          const err146 = { instancePath: instancePath + "/tests/" + i1 + "/source/type", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/properties/type/const", keyword: "const", params: { allowedValue: "history" }, message: "must be equal to constant", schema: "history", parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].properties.type, data: data51 };
                          if (vErrors === null) {
                            vErrors = [err146];
                          } else {
                            vErrors.push(err146);
                          }
                          errors++;
                        }
                      }
                      if (data36.kind !== void 0) {
                        let data52 = data36.kind;
                        if (typeof data52 !== "string") {
                          const err147 = { instancePath: instancePath + "/tests/" + i1 + "/source/kind", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].properties.kind.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].properties.kind, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err147];
                          } else {
                            vErrors.push(err147);
                          }
                          errors++;
                        }
                      }
                      if (data36.environment !== void 0) {
                        let data53 = data36.environment;
                        if (typeof data53 !== "string") {
                          const err148 = { instancePath: instancePath + "/tests/" + i1 + "/source/environment", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].properties.environment.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].properties.environment, data: data53 };
                          if (vErrors === null) {
                            vErrors = [err148];
                          } else {
                            vErrors.push(err148);
                          }
                          errors++;
                        }
                      }
                      if (data36.time !== void 0) {
                        let data54 = data36.time;
                        if (typeof data54 === "string") {
                          if (!formats0.validate(data54)) {
                            const err149 = { instancePath: instancePath + "/tests/" + i1 + "/source/time", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/properties/time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].properties.time, data: data54 };
                            if (vErrors === null) {
                              vErrors = [err149];
                            } else {
                              vErrors.push(err149);
                            }
                            errors++;
                          }
                        } else {
                          const err150 = { instancePath: instancePath + "/tests/" + i1 + "/source/time", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].properties.time.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].properties.time, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err150];
                          } else {
                            vErrors.push(err150);
                          }
                          errors++;
                        }
                      }
                      if (data36.version !== void 0) {
                        let data55 = data36.version;
                        if (typeof data55 !== "string" && data55 !== null) {
                          const err151 = { instancePath: instancePath + "/tests/" + i1 + "/source/version", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/properties/version/type", keyword: "type", params: { type: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].properties.version.type }, message: "must be string,null", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].properties.version.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].properties.version, data: data55 };
                          if (vErrors === null) {
                            vErrors = [err151];
                          } else {
                            vErrors.push(err151);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err152 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4].type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[4], data: data36 };
                      if (vErrors === null) {
                        vErrors = [err152];
                      } else {
                        vErrors.push(err152);
                      }
                      errors++;
                    }
                    var _valid0 = _errs113 === errors;
                    if (_valid0 && valid13) {
                      valid13 = false;
                      passing0 = [passing0, 4];
                    } else {
                      if (_valid0) {
                        valid13 = true;
                        passing0 = 4;
                        if (props0 !== true) {
                          props0 = true;
                        }
                      }
                      const _errs125 = errors;
                      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                        if (data36.type === void 0) {
                          const err153 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/5/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[5].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[5], data: data36 };
                          if (vErrors === null) {
                            vErrors = [err153];
                          } else {
                            vErrors.push(err153);
                          }
                          errors++;
                        }
                        if (data36.path === void 0) {
                          const err154 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/5/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[5].required, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[5], data: data36 };
                          if (vErrors === null) {
                            vErrors = [err154];
                          } else {
                            vErrors.push(err154);
                          }
                          errors++;
                        }
                        for (const key9 in data36) {
                          if (!(key9 === "type" || key9 === "path")) {
                            const err155 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/5/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[5], data: data36 };
                            if (vErrors === null) {
                              vErrors = [err155];
                            } else {
                              vErrors.push(err155);
                            }
                            errors++;
                          }
                        }
                        if (data36.type !== void 0) {
                          let data56 = data36.type;
                          if ("repository" !== data56) {
                            const err156 = { instancePath: instancePath + "/tests/" + i1 + "/source/type", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/5/properties/type/const", keyword: "const", params: { allowedValue: "repository" }, message: "must be equal to constant", schema: "repository", parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[5].properties.type, data: data56 };
                            if (vErrors === null) {
                              vErrors = [err156];
                            } else {
                              vErrors.push(err156);
                            }
                            errors++;
                          }
                        }
                        if (data36.path !== void 0) {
                          let data57 = data36.path;
                          if (typeof data57 !== "string") {
                            const err157 = { instancePath: instancePath + "/tests/" + i1 + "/source/path", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/5/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[5].properties.path.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[5].properties.path, data: data57 };
                            if (vErrors === null) {
                              vErrors = [err157];
                            } else {
                              vErrors.push(err157);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err158 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[5].type, parentSchema: schema0.allOf[1].properties.tests.items.properties.source.oneOf[5], data: data36 };
                        if (vErrors === null) {
                          vErrors = [err158];
                        } else {
                          vErrors.push(err158);
                        }
                        errors++;
                      }
                      var _valid0 = _errs125 === errors;
                      if (_valid0 && valid13) {
                        valid13 = false;
                        passing0 = [passing0, 5];
                      } else {
                        if (_valid0) {
                          valid13 = true;
                          passing0 = 5;
                          if (props0 !== true) {
                            props0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
              if (!valid13) {
                const err159 = { instancePath: instancePath + "/tests/" + i1 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/source/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema0.allOf[1].properties.tests.items.properties.source.oneOf, parentSchema: schema0.allOf[1].properties.tests.items.properties.source, data: data36 };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              } else {
                errors = _errs77;
                if (vErrors !== null) {
                  if (_errs77) {
                    vErrors.length = _errs77;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data29.reason !== void 0) {
              let data58 = data29.reason;
              if (typeof data58 !== "string") {
                const err160 = { instancePath: instancePath + "/tests/" + i1 + "/reason", schemaPath: "#/allOf/1/properties/tests/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.reason.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.reason, data: data58 };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            if (data29.refused !== void 0) {
              let data59 = data29.refused;
              if (Array.isArray(data59)) {
                const len3 = data59.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data60 = data59[i3];
                  if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                    if (data60.source === void 0) {
                      const err161 = { instancePath: instancePath + "/tests/" + i1 + "/refused/" + i3, schemaPath: "#/allOf/1/properties/tests/items/properties/refused/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema0.allOf[1].properties.tests.items.properties.refused.items.required, parentSchema: schema0.allOf[1].properties.tests.items.properties.refused.items, data: data60 };
                      if (vErrors === null) {
                        vErrors = [err161];
                      } else {
                        vErrors.push(err161);
                      }
                      errors++;
                    }
                    if (data60.reason === void 0) {
                      const err162 = { instancePath: instancePath + "/tests/" + i1 + "/refused/" + i3, schemaPath: "#/allOf/1/properties/tests/items/properties/refused/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema0.allOf[1].properties.tests.items.properties.refused.items.required, parentSchema: schema0.allOf[1].properties.tests.items.properties.refused.items, data: data60 };
                      if (vErrors === null) {
                        vErrors = [err162];
                      } else {
                        vErrors.push(err162);
                      }
                      errors++;
                    }
                    for (const key10 in data60) {
                      if (!(key10 === "source" || key10 === "reason")) {
                        const err163 = { instancePath: instancePath + "/tests/" + i1 + "/refused/" + i3, schemaPath: "#/allOf/1/properties/tests/items/properties/refused/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.tests.items.properties.refused.items, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err163];
                        } else {
                          vErrors.push(err163);
                        }
                        errors++;
                      }
                    }
                    if (data60.source !== void 0) {
                      let data61 = data60.source;
                      if (typeof data61 !== "string") {
                        const err164 = { instancePath: instancePath + "/tests/" + i1 + "/refused/" + i3 + "/source", schemaPath: "#/allOf/1/properties/tests/items/properties/refused/items/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.refused.items.properties.source.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.refused.items.properties.source, data: data61 };
                        if (vErrors === null) {
                          vErrors = [err164];
                        } else {
                          vErrors.push(err164);
                        }
                        errors++;
                      }
                    }
                    if (data60.reason !== void 0) {
                      let data62 = data60.reason;
                      if (typeof data62 !== "string") {
                        const err165 = { instancePath: instancePath + "/tests/" + i1 + "/refused/" + i3 + "/reason", schemaPath: "#/allOf/1/properties/tests/items/properties/refused/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.tests.items.properties.refused.items.properties.reason.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.refused.items.properties.reason, data: data62 };
                        if (vErrors === null) {
                          vErrors = [err165];
                        } else {
                          vErrors.push(err165);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err166 = { instancePath: instancePath + "/tests/" + i1 + "/refused/" + i3, schemaPath: "#/allOf/1/properties/tests/items/properties/refused/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.tests.items.properties.refused.items.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.refused.items, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err166];
                    } else {
                      vErrors.push(err166);
                    }
                    errors++;
                  }
                }
              } else {
                const err167 = { instancePath: instancePath + "/tests/" + i1 + "/refused", schemaPath: "#/allOf/1/properties/tests/items/properties/refused/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.tests.items.properties.refused.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.refused, data: data59 };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
            }
            if (data29.step !== void 0) {
              let data63 = data29.step;
              if (typeof data63 !== "string" && data63 !== null) {
                const err168 = { instancePath: instancePath + "/tests/" + i1 + "/step", schemaPath: "#/allOf/1/properties/tests/items/properties/step/type", keyword: "type", params: { type: schema0.allOf[1].properties.tests.items.properties.step.type }, message: "must be string,null", schema: schema0.allOf[1].properties.tests.items.properties.step.type, parentSchema: schema0.allOf[1].properties.tests.items.properties.step, data: data63 };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
          } else {
            const err169 = { instancePath: instancePath + "/tests/" + i1, schemaPath: "#/allOf/1/properties/tests/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.tests.items.type, parentSchema: schema0.allOf[1].properties.tests.items, data: data29 };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
        }
      } else {
        const err170 = { instancePath: instancePath + "/tests", schemaPath: "#/allOf/1/properties/tests/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.tests.type, parentSchema: schema0.allOf[1].properties.tests, data: data28 };
        if (vErrors === null) {
          vErrors = [err170];
        } else {
          vErrors.push(err170);
        }
        errors++;
      }
    }
    if (data.sections !== void 0) {
      let data64 = data.sections;
      if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
        if (data64.data === void 0) {
          const err171 = { instancePath: instancePath + "/sections", schemaPath: "#/allOf/1/properties/sections/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema0.allOf[1].properties.sections.required, parentSchema: schema0.allOf[1].properties.sections, data: data64 };
          if (vErrors === null) {
            vErrors = [err171];
          } else {
            vErrors.push(err171);
          }
          errors++;
        }
        if (data64.model === void 0) {
          const err172 = { instancePath: instancePath + "/sections", schemaPath: "#/allOf/1/properties/sections/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema0.allOf[1].properties.sections.required, parentSchema: schema0.allOf[1].properties.sections, data: data64 };
          if (vErrors === null) {
            vErrors = [err172];
          } else {
            vErrors.push(err172);
          }
          errors++;
        }
        if (data64.infra === void 0) {
          const err173 = { instancePath: instancePath + "/sections", schemaPath: "#/allOf/1/properties/sections/required", keyword: "required", params: { missingProperty: "infra" }, message: "must have required property 'infra'", schema: schema0.allOf[1].properties.sections.required, parentSchema: schema0.allOf[1].properties.sections, data: data64 };
          if (vErrors === null) {
            vErrors = [err173];
          } else {
            vErrors.push(err173);
          }
          errors++;
        }
        if (data64.monitor === void 0) {
          const err174 = { instancePath: instancePath + "/sections", schemaPath: "#/allOf/1/properties/sections/required", keyword: "required", params: { missingProperty: "monitor" }, message: "must have required property 'monitor'", schema: schema0.allOf[1].properties.sections.required, parentSchema: schema0.allOf[1].properties.sections, data: data64 };
          if (vErrors === null) {
            vErrors = [err174];
          } else {
            vErrors.push(err174);
          }
          errors++;
        }
        for (const key11 in data64) {
          if (!(key11 === "data" || key11 === "model" || key11 === "infra" || key11 === "monitor")) {
            const err175 = { instancePath: instancePath + "/sections", schemaPath: "#/allOf/1/properties/sections/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.sections, data: data64 };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          }
        }
        if (data64.data !== void 0) {
          let data65 = data64.data;
          if (typeof data65 == "number" && isFinite(data65)) {
            if (data65 > 7 || isNaN(data65)) {
              const err176 = { instancePath: instancePath + "/sections/data", schemaPath: "#/allOf/1/properties/sections/properties/data/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7", schema: 7, parentSchema: schema0.allOf[1].properties.sections.properties.data, data: data65 };
              if (vErrors === null) {
                vErrors = [err176];
              } else {
                vErrors.push(err176);
              }
              errors++;
            }
            if (data65 < 0 || isNaN(data65)) {
              const err177 = { instancePath: instancePath + "/sections/data", schemaPath: "#/allOf/1/properties/sections/properties/data/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.sections.properties.data, data: data65 };
              if (vErrors === null) {
                vErrors = [err177];
              } else {
                vErrors.push(err177);
              }
              errors++;
            }
          } else {
            const err178 = { instancePath: instancePath + "/sections/data", schemaPath: "#/allOf/1/properties/sections/properties/data/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.sections.properties.data.type, parentSchema: schema0.allOf[1].properties.sections.properties.data, data: data65 };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
        }
        if (data64.model !== void 0) {
          let data66 = data64.model;
          if (typeof data66 == "number" && isFinite(data66)) {
            if (data66 > 7 || isNaN(data66)) {
              const err179 = { instancePath: instancePath + "/sections/model", schemaPath: "#/allOf/1/properties/sections/properties/model/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7", schema: 7, parentSchema: schema0.allOf[1].properties.sections.properties.model, data: data66 };
              if (vErrors === null) {
                vErrors = [err179];
              } else {
                vErrors.push(err179);
              }
              errors++;
            }
            if (data66 < 0 || isNaN(data66)) {
              const err180 = { instancePath: instancePath + "/sections/model", schemaPath: "#/allOf/1/properties/sections/properties/model/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.sections.properties.model, data: data66 };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
          } else {
            const err181 = { instancePath: instancePath + "/sections/model", schemaPath: "#/allOf/1/properties/sections/properties/model/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.sections.properties.model.type, parentSchema: schema0.allOf[1].properties.sections.properties.model, data: data66 };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          }
        }
        if (data64.infra !== void 0) {
          let data67 = data64.infra;
          if (typeof data67 == "number" && isFinite(data67)) {
            if (data67 > 7 || isNaN(data67)) {
              const err182 = { instancePath: instancePath + "/sections/infra", schemaPath: "#/allOf/1/properties/sections/properties/infra/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7", schema: 7, parentSchema: schema0.allOf[1].properties.sections.properties.infra, data: data67 };
              if (vErrors === null) {
                vErrors = [err182];
              } else {
                vErrors.push(err182);
              }
              errors++;
            }
            if (data67 < 0 || isNaN(data67)) {
              const err183 = { instancePath: instancePath + "/sections/infra", schemaPath: "#/allOf/1/properties/sections/properties/infra/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.sections.properties.infra, data: data67 };
              if (vErrors === null) {
                vErrors = [err183];
              } else {
                vErrors.push(err183);
              }
              errors++;
            }
          } else {
            const err184 = { instancePath: instancePath + "/sections/infra", schemaPath: "#/allOf/1/properties/sections/properties/infra/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.sections.properties.infra.type, parentSchema: schema0.allOf[1].properties.sections.properties.infra, data: data67 };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          }
        }
        if (data64.monitor !== void 0) {
          let data68 = data64.monitor;
          if (typeof data68 == "number" && isFinite(data68)) {
            if (data68 > 7 || isNaN(data68)) {
              const err185 = { instancePath: instancePath + "/sections/monitor", schemaPath: "#/allOf/1/properties/sections/properties/monitor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7", schema: 7, parentSchema: schema0.allOf[1].properties.sections.properties.monitor, data: data68 };
              if (vErrors === null) {
                vErrors = [err185];
              } else {
                vErrors.push(err185);
              }
              errors++;
            }
            if (data68 < 0 || isNaN(data68)) {
              const err186 = { instancePath: instancePath + "/sections/monitor", schemaPath: "#/allOf/1/properties/sections/properties/monitor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.sections.properties.monitor, data: data68 };
              if (vErrors === null) {
                vErrors = [err186];
              } else {
                vErrors.push(err186);
              }
              errors++;
            }
          } else {
            const err187 = { instancePath: instancePath + "/sections/monitor", schemaPath: "#/allOf/1/properties/sections/properties/monitor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.sections.properties.monitor.type, parentSchema: schema0.allOf[1].properties.sections.properties.monitor, data: data68 };
            if (vErrors === null) {
              vErrors = [err187];
            } else {
              vErrors.push(err187);
            }
            errors++;
          }
        }
      } else {
        const err188 = { instancePath: instancePath + "/sections", schemaPath: "#/allOf/1/properties/sections/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.sections.type, parentSchema: schema0.allOf[1].properties.sections, data: data64 };
        if (vErrors === null) {
          vErrors = [err188];
        } else {
          vErrors.push(err188);
        }
        errors++;
      }
    }
    if (data.score !== void 0) {
      let data69 = data.score;
      if (typeof data69 == "number" && isFinite(data69)) {
        if (data69 > 7 || isNaN(data69)) {
          const err189 = { instancePath: instancePath + "/score", schemaPath: "#/allOf/1/properties/score/maximum", keyword: "maximum", params: { comparison: "<=", limit: 7 }, message: "must be <= 7", schema: 7, parentSchema: schema0.allOf[1].properties.score, data: data69 };
          if (vErrors === null) {
            vErrors = [err189];
          } else {
            vErrors.push(err189);
          }
          errors++;
        }
        if (data69 < 0 || isNaN(data69)) {
          const err190 = { instancePath: instancePath + "/score", schemaPath: "#/allOf/1/properties/score/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.score, data: data69 };
          if (vErrors === null) {
            vErrors = [err190];
          } else {
            vErrors.push(err190);
          }
          errors++;
        }
      } else {
        const err191 = { instancePath: instancePath + "/score", schemaPath: "#/allOf/1/properties/score/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.score.type, parentSchema: schema0.allOf[1].properties.score, data: data69 };
        if (vErrors === null) {
          vErrors = [err191];
        } else {
          vErrors.push(err191);
        }
        errors++;
      }
    }
    if (data.limitingSections !== void 0) {
      let data70 = data.limitingSections;
      if (Array.isArray(data70)) {
        if (data70.length < 1) {
          const err192 = { instancePath: instancePath + "/limitingSections", schemaPath: "#/allOf/1/properties/limitingSections/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.allOf[1].properties.limitingSections, data: data70 };
          if (vErrors === null) {
            vErrors = [err192];
          } else {
            vErrors.push(err192);
          }
          errors++;
        }
        const len4 = data70.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data71 = data70[i4];
          if (!(data71 === "data" || data71 === "model" || data71 === "infra" || data71 === "monitor")) {
            const err193 = { instancePath: instancePath + "/limitingSections/" + i4, schemaPath: "#/allOf/1/properties/limitingSections/items/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.limitingSections.items.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.limitingSections.items.enum, parentSchema: schema0.allOf[1].properties.limitingSections.items, data: data71 };
            if (vErrors === null) {
              vErrors = [err193];
            } else {
              vErrors.push(err193);
            }
            errors++;
          }
        }
      } else {
        const err194 = { instancePath: instancePath + "/limitingSections", schemaPath: "#/allOf/1/properties/limitingSections/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.limitingSections.type, parentSchema: schema0.allOf[1].properties.limitingSections, data: data70 };
        if (vErrors === null) {
          vErrors = [err194];
        } else {
          vErrors.push(err194);
        }
        errors++;
      }
    }
    if (data.band !== void 0) {
      let data72 = data.band;
      if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
        if (data72.range === void 0) {
          const err195 = { instancePath: instancePath + "/band", schemaPath: "#/allOf/1/properties/band/required", keyword: "required", params: { missingProperty: "range" }, message: "must have required property 'range'", schema: schema0.allOf[1].properties.band.required, parentSchema: schema0.allOf[1].properties.band, data: data72 };
          if (vErrors === null) {
            vErrors = [err195];
          } else {
            vErrors.push(err195);
          }
          errors++;
        }
        if (data72.text === void 0) {
          const err196 = { instancePath: instancePath + "/band", schemaPath: "#/allOf/1/properties/band/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property 'text'", schema: schema0.allOf[1].properties.band.required, parentSchema: schema0.allOf[1].properties.band, data: data72 };
          if (vErrors === null) {
            vErrors = [err196];
          } else {
            vErrors.push(err196);
          }
          errors++;
        }
        for (const key12 in data72) {
          if (!(key12 === "range" || key12 === "text")) {
            const err197 = { instancePath: instancePath + "/band", schemaPath: "#/allOf/1/properties/band/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.band, data: data72 };
            if (vErrors === null) {
              vErrors = [err197];
            } else {
              vErrors.push(err197);
            }
            errors++;
          }
        }
        if (data72.range !== void 0) {
          let data73 = data72.range;
          if (typeof data73 !== "string") {
            const err198 = { instancePath: instancePath + "/band/range", schemaPath: "#/allOf/1/properties/band/properties/range/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.band.properties.range.type, parentSchema: schema0.allOf[1].properties.band.properties.range, data: data73 };
            if (vErrors === null) {
              vErrors = [err198];
            } else {
              vErrors.push(err198);
            }
            errors++;
          }
        }
        if (data72.text !== void 0) {
          let data74 = data72.text;
          if (typeof data74 !== "string") {
            const err199 = { instancePath: instancePath + "/band/text", schemaPath: "#/allOf/1/properties/band/properties/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.band.properties.text.type, parentSchema: schema0.allOf[1].properties.band.properties.text, data: data74 };
            if (vErrors === null) {
              vErrors = [err199];
            } else {
              vErrors.push(err199);
            }
            errors++;
          }
        }
      } else {
        const err200 = { instancePath: instancePath + "/band", schemaPath: "#/allOf/1/properties/band/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.band.type, parentSchema: schema0.allOf[1].properties.band, data: data72 };
        if (vErrors === null) {
          vErrors = [err200];
        } else {
          vErrors.push(err200);
        }
        errors++;
      }
    }
    if (data.minimum !== void 0) {
      let data75 = data.minimum;
      if (!(typeof data75 == "number" && isFinite(data75)) && data75 !== null) {
        const err201 = { instancePath: instancePath + "/minimum", schemaPath: "#/allOf/1/properties/minimum/type", keyword: "type", params: { type: schema0.allOf[1].properties.minimum.type }, message: "must be number,null", schema: schema0.allOf[1].properties.minimum.type, parentSchema: schema0.allOf[1].properties.minimum, data: data75 };
        if (vErrors === null) {
          vErrors = [err201];
        } else {
          vErrors.push(err201);
        }
        errors++;
      }
    }
    if (data.passed !== void 0) {
      let data76 = data.passed;
      if (typeof data76 !== "boolean") {
        const err202 = { instancePath: instancePath + "/passed", schemaPath: "#/allOf/1/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.allOf[1].properties.passed.type, parentSchema: schema0.allOf[1].properties.passed, data: data76 };
        if (vErrors === null) {
          vErrors = [err202];
        } else {
          vErrors.push(err202);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data77 = data.evidence;
      if (Array.isArray(data77)) {
        const len5 = data77.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data78 = data77[i5];
          if (data78 && typeof data78 == "object" && !Array.isArray(data78)) {
            if (data78.uri === void 0) {
              const err203 = { instancePath: instancePath + "/evidence/" + i5, schemaPath: "#/allOf/1/properties/evidence/items/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema0.allOf[1].properties.evidence.items.required, parentSchema: schema0.allOf[1].properties.evidence.items, data: data78 };
              if (vErrors === null) {
                vErrors = [err203];
              } else {
                vErrors.push(err203);
              }
              errors++;
            }
            if (data78.sha256 === void 0) {
              const err204 = { instancePath: instancePath + "/evidence/" + i5, schemaPath: "#/allOf/1/properties/evidence/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.allOf[1].properties.evidence.items.required, parentSchema: schema0.allOf[1].properties.evidence.items, data: data78 };
              if (vErrors === null) {
                vErrors = [err204];
              } else {
                vErrors.push(err204);
              }
              errors++;
            }
            if (data78.kind === void 0) {
              const err205 = { instancePath: instancePath + "/evidence/" + i5, schemaPath: "#/allOf/1/properties/evidence/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema0.allOf[1].properties.evidence.items.required, parentSchema: schema0.allOf[1].properties.evidence.items, data: data78 };
              if (vErrors === null) {
                vErrors = [err205];
              } else {
                vErrors.push(err205);
              }
              errors++;
            }
            if (data78.subject === void 0) {
              const err206 = { instancePath: instancePath + "/evidence/" + i5, schemaPath: "#/allOf/1/properties/evidence/items/required", keyword: "required", params: { missingProperty: "subject" }, message: "must have required property 'subject'", schema: schema0.allOf[1].properties.evidence.items.required, parentSchema: schema0.allOf[1].properties.evidence.items, data: data78 };
              if (vErrors === null) {
                vErrors = [err206];
              } else {
                vErrors.push(err206);
              }
              errors++;
            }
            if (data78.trusted === void 0) {
              const err207 = { instancePath: instancePath + "/evidence/" + i5, schemaPath: "#/allOf/1/properties/evidence/items/required", keyword: "required", params: { missingProperty: "trusted" }, message: "must have required property 'trusted'", schema: schema0.allOf[1].properties.evidence.items.required, parentSchema: schema0.allOf[1].properties.evidence.items, data: data78 };
              if (vErrors === null) {
                vErrors = [err207];
              } else {
                vErrors.push(err207);
              }
              errors++;
            }
            if (data78.verifiedBy === void 0) {
              const err208 = { instancePath: instancePath + "/evidence/" + i5, schemaPath: "#/allOf/1/properties/evidence/items/required", keyword: "required", params: { missingProperty: "verifiedBy" }, message: "must have required property 'verifiedBy'", schema: schema0.allOf[1].properties.evidence.items.required, parentSchema: schema0.allOf[1].properties.evidence.items, data: data78 };
              if (vErrors === null) {
                vErrors = [err208];
              } else {
                vErrors.push(err208);
              }
              errors++;
            }
            if (data78.problems === void 0) {
              const err209 = { instancePath: instancePath + "/evidence/" + i5, schemaPath: "#/allOf/1/properties/evidence/items/required", keyword: "required", params: { missingProperty: "problems" }, message: "must have required property 'problems'", schema: schema0.allOf[1].properties.evidence.items.required, parentSchema: schema0.allOf[1].properties.evidence.items, data: data78 };
              if (vErrors === null) {
                vErrors = [err209];
              } else {
                vErrors.push(err209);
              }
              errors++;
            }
            if (data78.usedFor === void 0) {
              const err210 = { instancePath: instancePath + "/evidence/" + i5, schemaPath: "#/allOf/1/properties/evidence/items/required", keyword: "required", params: { missingProperty: "usedFor" }, message: "must have required property 'usedFor'", schema: schema0.allOf[1].properties.evidence.items.required, parentSchema: schema0.allOf[1].properties.evidence.items, data: data78 };
              if (vErrors === null) {
                vErrors = [err210];
              } else {
                vErrors.push(err210);
              }
              errors++;
            }
            for (const key13 in data78) {
              if (!(key13 === "uri" || key13 === "sha256" || key13 === "kind" || key13 === "subject" || key13 === "verifiedBy" || key13 === "trusted" || key13 === "problems" || key13 === "usedFor")) {
                const err211 = { instancePath: instancePath + "/evidence/" + i5, schemaPath: "#/allOf/1/properties/evidence/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.evidence.items, data: data78 };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
            if (data78.uri !== void 0) {
              let data79 = data78.uri;
              if (typeof data79 !== "string") {
                const err212 = { instancePath: instancePath + "/evidence/" + i5 + "/uri", schemaPath: "#/allOf/1/properties/evidence/items/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.evidence.items.properties.uri.type, parentSchema: schema0.allOf[1].properties.evidence.items.properties.uri, data: data79 };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
            }
            if (data78.sha256 !== void 0) {
              let data80 = data78.sha256;
              if (typeof data80 === "string") {
                if (!pattern2.test(data80)) {
                  const err213 = { instancePath: instancePath + "/evidence/" + i5 + "/sha256", schemaPath: "#/allOf/1/properties/evidence/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.allOf[1].properties.evidence.items.properties.sha256, data: data80 };
                  if (vErrors === null) {
                    vErrors = [err213];
                  } else {
                    vErrors.push(err213);
                  }
                  errors++;
                }
              } else {
                const err214 = { instancePath: instancePath + "/evidence/" + i5 + "/sha256", schemaPath: "#/allOf/1/properties/evidence/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.evidence.items.properties.sha256.type, parentSchema: schema0.allOf[1].properties.evidence.items.properties.sha256, data: data80 };
                if (vErrors === null) {
                  vErrors = [err214];
                } else {
                  vErrors.push(err214);
                }
                errors++;
              }
            }
            if (data78.kind !== void 0) {
              let data81 = data78.kind;
              if (typeof data81 !== "string" && data81 !== null) {
                const err215 = { instancePath: instancePath + "/evidence/" + i5 + "/kind", schemaPath: "#/allOf/1/properties/evidence/items/properties/kind/type", keyword: "type", params: { type: schema0.allOf[1].properties.evidence.items.properties.kind.type }, message: "must be string,null", schema: schema0.allOf[1].properties.evidence.items.properties.kind.type, parentSchema: schema0.allOf[1].properties.evidence.items.properties.kind, data: data81 };
                if (vErrors === null) {
                  vErrors = [err215];
                } else {
                  vErrors.push(err215);
                }
                errors++;
              }
            }
            if (data78.subject !== void 0) {
              let data82 = data78.subject;
              if (typeof data82 !== "string" && data82 !== null) {
                const err216 = { instancePath: instancePath + "/evidence/" + i5 + "/subject", schemaPath: "#/allOf/1/properties/evidence/items/properties/subject/type", keyword: "type", params: { type: schema0.allOf[1].properties.evidence.items.properties.subject.type }, message: "must be string,null", schema: schema0.allOf[1].properties.evidence.items.properties.subject.type, parentSchema: schema0.allOf[1].properties.evidence.items.properties.subject, data: data82 };
                if (vErrors === null) {
                  vErrors = [err216];
                } else {
                  vErrors.push(err216);
                }
                errors++;
              }
            }
            if (data78.verifiedBy !== void 0) {
              let data83 = data78.verifiedBy;
              if (!(data83 === "recompute" || data83 === "provenance" || data83 === null)) {
                const err217 = { instancePath: instancePath + "/evidence/" + i5 + "/verifiedBy", schemaPath: "#/allOf/1/properties/evidence/items/properties/verifiedBy/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.evidence.items.properties.verifiedBy.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.evidence.items.properties.verifiedBy.enum, parentSchema: schema0.allOf[1].properties.evidence.items.properties.verifiedBy, data: data83 };
                if (vErrors === null) {
                  vErrors = [err217];
                } else {
                  vErrors.push(err217);
                }
                errors++;
              }
            }
            if (data78.trusted !== void 0) {
              let data84 = data78.trusted;
              if (typeof data84 !== "boolean") {
                const err218 = { instancePath: instancePath + "/evidence/" + i5 + "/trusted", schemaPath: "#/allOf/1/properties/evidence/items/properties/trusted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.allOf[1].properties.evidence.items.properties.trusted.type, parentSchema: schema0.allOf[1].properties.evidence.items.properties.trusted, data: data84 };
                if (vErrors === null) {
                  vErrors = [err218];
                } else {
                  vErrors.push(err218);
                }
                errors++;
              }
            }
            if (data78.problems !== void 0) {
              let data85 = data78.problems;
              if (Array.isArray(data85)) {
                const len6 = data85.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data86 = data85[i6];
                  if (typeof data86 !== "string") {
                    const err219 = { instancePath: instancePath + "/evidence/" + i5 + "/problems/" + i6, schemaPath: "#/allOf/1/properties/evidence/items/properties/problems/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.evidence.items.properties.problems.items.type, parentSchema: schema0.allOf[1].properties.evidence.items.properties.problems.items, data: data86 };
                    if (vErrors === null) {
                      vErrors = [err219];
                    } else {
                      vErrors.push(err219);
                    }
                    errors++;
                  }
                }
              } else {
                const err220 = { instancePath: instancePath + "/evidence/" + i5 + "/problems", schemaPath: "#/allOf/1/properties/evidence/items/properties/problems/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.evidence.items.properties.problems.type, parentSchema: schema0.allOf[1].properties.evidence.items.properties.problems, data: data85 };
                if (vErrors === null) {
                  vErrors = [err220];
                } else {
                  vErrors.push(err220);
                }
                errors++;
              }
            }
            if (data78.usedFor !== void 0) {
              let data87 = data78.usedFor;
              if (Array.isArray(data87)) {
                const len7 = data87.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data88 = data87[i7];
                  if (typeof data88 === "string") {
                    if (!pattern5.test(data88)) {
                      const err221 = { instancePath: instancePath + "/evidence/" + i5 + "/usedFor/" + i7, schemaPath: "#/allOf/1/properties/evidence/items/properties/usedFor/items/pattern", keyword: "pattern", params: { pattern: "^(data|model|infra|monitor)-[1-7]$" }, message: 'must match pattern "^(data|model|infra|monitor)-[1-7]$"', schema: "^(data|model|infra|monitor)-[1-7]$", parentSchema: schema0.allOf[1].properties.evidence.items.properties.usedFor.items, data: data88 };
                      if (vErrors === null) {
                        vErrors = [err221];
                      } else {
                        vErrors.push(err221);
                      }
                      errors++;
                    }
                  } else {
                    const err222 = { instancePath: instancePath + "/evidence/" + i5 + "/usedFor/" + i7, schemaPath: "#/allOf/1/properties/evidence/items/properties/usedFor/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.evidence.items.properties.usedFor.items.type, parentSchema: schema0.allOf[1].properties.evidence.items.properties.usedFor.items, data: data88 };
                    if (vErrors === null) {
                      vErrors = [err222];
                    } else {
                      vErrors.push(err222);
                    }
                    errors++;
                  }
                }
              } else {
                const err223 = { instancePath: instancePath + "/evidence/" + i5 + "/usedFor", schemaPath: "#/allOf/1/properties/evidence/items/properties/usedFor/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.evidence.items.properties.usedFor.type, parentSchema: schema0.allOf[1].properties.evidence.items.properties.usedFor, data: data87 };
                if (vErrors === null) {
                  vErrors = [err223];
                } else {
                  vErrors.push(err223);
                }
                errors++;
              }
            }
          } else {
            const err224 = { instancePath: instancePath + "/evidence/" + i5, schemaPath: "#/allOf/1/properties/evidence/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.evidence.items.type, parentSchema: schema0.allOf[1].properties.evidence.items, data: data78 };
            if (vErrors === null) {
              vErrors = [err224];
            } else {
              vErrors.push(err224);
            }
            errors++;
          }
        }
      } else {
        const err225 = { instancePath: instancePath + "/evidence", schemaPath: "#/allOf/1/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.evidence.type, parentSchema: schema0.allOf[1].properties.evidence, data: data77 };
        if (vErrors === null) {
          vErrors = [err225];
        } else {
          vErrors.push(err225);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      let data89 = data.policy;
      const _errs196 = errors;
      let valid35 = false;
      let passing1 = null;
      const _errs197 = errors;
      if (data89 !== null) {
        const err226 = { instancePath: instancePath + "/policy", schemaPath: "#/allOf/1/properties/policy/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.allOf[1].properties.policy.oneOf[0].type, parentSchema: schema0.allOf[1].properties.policy.oneOf[0], data: data89 };
        if (vErrors === null) {
          vErrors = [err226];
        } else {
          vErrors.push(err226);
        }
        errors++;
      }
      var _valid1 = _errs197 === errors;
      if (_valid1) {
        valid35 = true;
        passing1 = 0;
      }
      const _errs199 = errors;
      if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
        if (data89.evidence === void 0) {
          const err227 = { instancePath: instancePath + "/policy", schemaPath: "#/allOf/1/properties/policy/oneOf/1/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'", schema: schema0.allOf[1].properties.policy.oneOf[1].required, parentSchema: schema0.allOf[1].properties.policy.oneOf[1], data: data89 };
          if (vErrors === null) {
            vErrors = [err227];
          } else {
            vErrors.push(err227);
          }
          errors++;
        }
        if (data89.checks === void 0) {
          const err228 = { instancePath: instancePath + "/policy", schemaPath: "#/allOf/1/properties/policy/oneOf/1/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'", schema: schema0.allOf[1].properties.policy.oneOf[1].required, parentSchema: schema0.allOf[1].properties.policy.oneOf[1], data: data89 };
          if (vErrors === null) {
            vErrors = [err228];
          } else {
            vErrors.push(err228);
          }
          errors++;
        }
        for (const key14 in data89) {
          if (!(key14 === "evidence" || key14 === "checks")) {
            const err229 = { instancePath: instancePath + "/policy", schemaPath: "#/allOf/1/properties/policy/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.policy.oneOf[1], data: data89 };
            if (vErrors === null) {
              vErrors = [err229];
            } else {
              vErrors.push(err229);
            }
            errors++;
          }
        }
        if (data89.evidence !== void 0) {
          let data90 = data89.evidence;
          if (typeof data90 !== "string") {
            const err230 = { instancePath: instancePath + "/policy/evidence", schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/evidence/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.evidence.type, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.evidence, data: data90 };
            if (vErrors === null) {
              vErrors = [err230];
            } else {
              vErrors.push(err230);
            }
            errors++;
          }
        }
        if (data89.checks !== void 0) {
          let data91 = data89.checks;
          if (Array.isArray(data91)) {
            const len8 = data91.length;
            for (let i8 = 0; i8 < len8; i8++) {
              let data92 = data91[i8];
              if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
                if (data92.id === void 0) {
                  const err231 = { instancePath: instancePath + "/policy/checks/" + i8, schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.required, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items, data: data92 };
                  if (vErrors === null) {
                    vErrors = [err231];
                  } else {
                    vErrors.push(err231);
                  }
                  errors++;
                }
                if (data92.status === void 0) {
                  const err232 = { instancePath: instancePath + "/policy/checks/" + i8, schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.required, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items, data: data92 };
                  if (vErrors === null) {
                    vErrors = [err232];
                  } else {
                    vErrors.push(err232);
                  }
                  errors++;
                }
                if (data92.observed === void 0) {
                  const err233 = { instancePath: instancePath + "/policy/checks/" + i8, schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/items/required", keyword: "required", params: { missingProperty: "observed" }, message: "must have required property 'observed'", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.required, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items, data: data92 };
                  if (vErrors === null) {
                    vErrors = [err233];
                  } else {
                    vErrors.push(err233);
                  }
                  errors++;
                }
                if (data92.expected === void 0) {
                  const err234 = { instancePath: instancePath + "/policy/checks/" + i8, schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/items/required", keyword: "required", params: { missingProperty: "expected" }, message: "must have required property 'expected'", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.required, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items, data: data92 };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
                if (data92.message === void 0) {
                  const err235 = { instancePath: instancePath + "/policy/checks/" + i8, schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/items/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.required, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items, data: data92 };
                  if (vErrors === null) {
                    vErrors = [err235];
                  } else {
                    vErrors.push(err235);
                  }
                  errors++;
                }
                for (const key15 in data92) {
                  if (!(key15 === "id" || key15 === "status" || key15 === "observed" || key15 === "expected" || key15 === "message")) {
                    const err236 = { instancePath: instancePath + "/policy/checks/" + i8, schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items, data: data92 };
                    if (vErrors === null) {
                      vErrors = [err236];
                    } else {
                      vErrors.push(err236);
                    }
                    errors++;
                  }
                }
                if (data92.id !== void 0) {
                  let data93 = data92.id;
                  if (typeof data93 !== "string") {
                    const err237 = { instancePath: instancePath + "/policy/checks/" + i8 + "/id", schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.properties.id.type, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.properties.id, data: data93 };
                    if (vErrors === null) {
                      vErrors = [err237];
                    } else {
                      vErrors.push(err237);
                    }
                    errors++;
                  }
                }
                if (data92.status !== void 0) {
                  let data94 = data92.status;
                  if (!(data94 === "pass" || data94 === "fail" || data94 === "skip" || data94 === "warn")) {
                    const err238 = { instancePath: instancePath + "/policy/checks/" + i8 + "/status", schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.properties.status.enum, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.properties.status, data: data94 };
                    if (vErrors === null) {
                      vErrors = [err238];
                    } else {
                      vErrors.push(err238);
                    }
                    errors++;
                  }
                }
                if (data92.observed !== void 0) {
                  let data95 = data92.observed;
                  if (!(typeof data95 == "number" && isFinite(data95)) && data95 !== null) {
                    const err239 = { instancePath: instancePath + "/policy/checks/" + i8 + "/observed", schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/items/properties/observed/type", keyword: "type", params: { type: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.properties.observed.type }, message: "must be number,null", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.properties.observed.type, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.properties.observed, data: data95 };
                    if (vErrors === null) {
                      vErrors = [err239];
                    } else {
                      vErrors.push(err239);
                    }
                    errors++;
                  }
                }
                if (data92.expected !== void 0) {
                  let data96 = data92.expected;
                  if (typeof data96 !== "string") {
                    const err240 = { instancePath: instancePath + "/policy/checks/" + i8 + "/expected", schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/items/properties/expected/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.properties.expected.type, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.properties.expected, data: data96 };
                    if (vErrors === null) {
                      vErrors = [err240];
                    } else {
                      vErrors.push(err240);
                    }
                    errors++;
                  }
                }
                if (data92.message !== void 0) {
                  let data97 = data92.message;
                  if (typeof data97 !== "string") {
                    const err241 = { instancePath: instancePath + "/policy/checks/" + i8 + "/message", schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.properties.message.type, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.properties.message, data: data97 };
                    if (vErrors === null) {
                      vErrors = [err241];
                    } else {
                      vErrors.push(err241);
                    }
                    errors++;
                  }
                }
              } else {
                const err242 = { instancePath: instancePath + "/policy/checks/" + i8, schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items.type, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.items, data: data92 };
                if (vErrors === null) {
                  vErrors = [err242];
                } else {
                  vErrors.push(err242);
                }
                errors++;
              }
            }
          } else {
            const err243 = { instancePath: instancePath + "/policy/checks", schemaPath: "#/allOf/1/properties/policy/oneOf/1/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks.type, parentSchema: schema0.allOf[1].properties.policy.oneOf[1].properties.checks, data: data91 };
            if (vErrors === null) {
              vErrors = [err243];
            } else {
              vErrors.push(err243);
            }
            errors++;
          }
        }
      } else {
        const err244 = { instancePath: instancePath + "/policy", schemaPath: "#/allOf/1/properties/policy/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.policy.oneOf[1].type, parentSchema: schema0.allOf[1].properties.policy.oneOf[1], data: data89 };
        if (vErrors === null) {
          vErrors = [err244];
        } else {
          vErrors.push(err244);
        }
        errors++;
      }
      var _valid1 = _errs199 === errors;
      if (_valid1 && valid35) {
        valid35 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid35 = true;
          passing1 = 1;
        }
      }
      if (!valid35) {
        const err245 = { instancePath: instancePath + "/policy", schemaPath: "#/allOf/1/properties/policy/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema0.allOf[1].properties.policy.oneOf, parentSchema: schema0.allOf[1].properties.policy, data: data89 };
        if (vErrors === null) {
          vErrors = [err245];
        } else {
          vErrors.push(err245);
        }
        errors++;
      } else {
        errors = _errs196;
        if (vErrors !== null) {
          if (_errs196) {
            vErrors.length = _errs196;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.declarations !== void 0) {
      let data98 = data.declarations;
      if (Array.isArray(data98)) {
        const len9 = data98.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data99 = data98[i9];
          if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
            if (data99.test === void 0) {
              const err246 = { instancePath: instancePath + "/declarations/" + i9, schemaPath: "#/allOf/1/properties/declarations/items/required", keyword: "required", params: { missingProperty: "test" }, message: "must have required property 'test'", schema: schema0.allOf[1].properties.declarations.items.required, parentSchema: schema0.allOf[1].properties.declarations.items, data: data99 };
              if (vErrors === null) {
                vErrors = [err246];
              } else {
                vErrors.push(err246);
              }
              errors++;
            }
            if (data99.line === void 0) {
              const err247 = { instancePath: instancePath + "/declarations/" + i9, schemaPath: "#/allOf/1/properties/declarations/items/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'", schema: schema0.allOf[1].properties.declarations.items.required, parentSchema: schema0.allOf[1].properties.declarations.items, data: data99 };
              if (vErrors === null) {
                vErrors = [err247];
              } else {
                vErrors.push(err247);
              }
              errors++;
            }
            if (data99.accepted === void 0) {
              const err248 = { instancePath: instancePath + "/declarations/" + i9, schemaPath: "#/allOf/1/properties/declarations/items/required", keyword: "required", params: { missingProperty: "accepted" }, message: "must have required property 'accepted'", schema: schema0.allOf[1].properties.declarations.items.required, parentSchema: schema0.allOf[1].properties.declarations.items, data: data99 };
              if (vErrors === null) {
                vErrors = [err248];
              } else {
                vErrors.push(err248);
              }
              errors++;
            }
            if (data99.reason === void 0) {
              const err249 = { instancePath: instancePath + "/declarations/" + i9, schemaPath: "#/allOf/1/properties/declarations/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema0.allOf[1].properties.declarations.items.required, parentSchema: schema0.allOf[1].properties.declarations.items, data: data99 };
              if (vErrors === null) {
                vErrors = [err249];
              } else {
                vErrors.push(err249);
              }
              errors++;
            }
            for (const key16 in data99) {
              if (!(key16 === "test" || key16 === "line" || key16 === "accepted" || key16 === "reason")) {
                const err250 = { instancePath: instancePath + "/declarations/" + i9, schemaPath: "#/allOf/1/properties/declarations/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.declarations.items, data: data99 };
                if (vErrors === null) {
                  vErrors = [err250];
                } else {
                  vErrors.push(err250);
                }
                errors++;
              }
            }
            if (data99.test !== void 0) {
              let data100 = data99.test;
              if (typeof data100 !== "string") {
                const err251 = { instancePath: instancePath + "/declarations/" + i9 + "/test", schemaPath: "#/allOf/1/properties/declarations/items/properties/test/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.declarations.items.properties.test.type, parentSchema: schema0.allOf[1].properties.declarations.items.properties.test, data: data100 };
                if (vErrors === null) {
                  vErrors = [err251];
                } else {
                  vErrors.push(err251);
                }
                errors++;
              }
            }
            if (data99.line !== void 0) {
              let data101 = data99.line;
              if (!(typeof data101 == "number" && (!(data101 % 1) && !isNaN(data101)) && isFinite(data101))) {
                const err252 = { instancePath: instancePath + "/declarations/" + i9 + "/line", schemaPath: "#/allOf/1/properties/declarations/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.declarations.items.properties.line.type, parentSchema: schema0.allOf[1].properties.declarations.items.properties.line, data: data101 };
                if (vErrors === null) {
                  vErrors = [err252];
                } else {
                  vErrors.push(err252);
                }
                errors++;
              }
              if (typeof data101 == "number" && isFinite(data101)) {
                if (data101 < 1 || isNaN(data101)) {
                  const err253 = { instancePath: instancePath + "/declarations/" + i9 + "/line", schemaPath: "#/allOf/1/properties/declarations/items/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.allOf[1].properties.declarations.items.properties.line, data: data101 };
                  if (vErrors === null) {
                    vErrors = [err253];
                  } else {
                    vErrors.push(err253);
                  }
                  errors++;
                }
              }
            }
            if (data99.accepted !== void 0) {
              let data102 = data99.accepted;
              if (typeof data102 !== "boolean") {
                const err254 = { instancePath: instancePath + "/declarations/" + i9 + "/accepted", schemaPath: "#/allOf/1/properties/declarations/items/properties/accepted/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.allOf[1].properties.declarations.items.properties.accepted.type, parentSchema: schema0.allOf[1].properties.declarations.items.properties.accepted, data: data102 };
                if (vErrors === null) {
                  vErrors = [err254];
                } else {
                  vErrors.push(err254);
                }
                errors++;
              }
            }
            if (data99.reason !== void 0) {
              let data103 = data99.reason;
              if (typeof data103 !== "string") {
                const err255 = { instancePath: instancePath + "/declarations/" + i9 + "/reason", schemaPath: "#/allOf/1/properties/declarations/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.declarations.items.properties.reason.type, parentSchema: schema0.allOf[1].properties.declarations.items.properties.reason, data: data103 };
                if (vErrors === null) {
                  vErrors = [err255];
                } else {
                  vErrors.push(err255);
                }
                errors++;
              }
            }
          } else {
            const err256 = { instancePath: instancePath + "/declarations/" + i9, schemaPath: "#/allOf/1/properties/declarations/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.declarations.items.type, parentSchema: schema0.allOf[1].properties.declarations.items, data: data99 };
            if (vErrors === null) {
              vErrors = [err256];
            } else {
              vErrors.push(err256);
            }
            errors++;
          }
        }
      } else {
        const err257 = { instancePath: instancePath + "/declarations", schemaPath: "#/allOf/1/properties/declarations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.declarations.type, parentSchema: schema0.allOf[1].properties.declarations, data: data98 };
        if (vErrors === null) {
          vErrors = [err257];
        } else {
          vErrors.push(err257);
        }
        errors++;
      }
    }
    if (data.settings !== void 0) {
      let data104 = data.settings;
      if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
        if (data104.now === void 0) {
          const err258 = { instancePath: instancePath + "/settings", schemaPath: "#/allOf/1/properties/settings/required", keyword: "required", params: { missingProperty: "now" }, message: "must have required property 'now'", schema: schema0.allOf[1].properties.settings.required, parentSchema: schema0.allOf[1].properties.settings, data: data104 };
          if (vErrors === null) {
            vErrors = [err258];
          } else {
            vErrors.push(err258);
          }
          errors++;
        }
        if (data104.maxEvidenceAgeDays === void 0) {
          const err259 = { instancePath: instancePath + "/settings", schemaPath: "#/allOf/1/properties/settings/required", keyword: "required", params: { missingProperty: "maxEvidenceAgeDays" }, message: "must have required property 'maxEvidenceAgeDays'", schema: schema0.allOf[1].properties.settings.required, parentSchema: schema0.allOf[1].properties.settings, data: data104 };
          if (vErrors === null) {
            vErrors = [err259];
          } else {
            vErrors.push(err259);
          }
          errors++;
        }
        if (data104.rollbackWindowDays === void 0) {
          const err260 = { instancePath: instancePath + "/settings", schemaPath: "#/allOf/1/properties/settings/required", keyword: "required", params: { missingProperty: "rollbackWindowDays" }, message: "must have required property 'rollbackWindowDays'", schema: schema0.allOf[1].properties.settings.required, parentSchema: schema0.allOf[1].properties.settings, data: data104 };
          if (vErrors === null) {
            vErrors = [err260];
          } else {
            vErrors.push(err260);
          }
          errors++;
        }
        if (data104.declarationValidityDays === void 0) {
          const err261 = { instancePath: instancePath + "/settings", schemaPath: "#/allOf/1/properties/settings/required", keyword: "required", params: { missingProperty: "declarationValidityDays" }, message: "must have required property 'declarationValidityDays'", schema: schema0.allOf[1].properties.settings.required, parentSchema: schema0.allOf[1].properties.settings, data: data104 };
          if (vErrors === null) {
            vErrors = [err261];
          } else {
            vErrors.push(err261);
          }
          errors++;
        }
        for (const key17 in data104) {
          if (!(key17 === "now" || key17 === "maxEvidenceAgeDays" || key17 === "rollbackWindowDays" || key17 === "declarationValidityDays")) {
            const err262 = { instancePath: instancePath + "/settings", schemaPath: "#/allOf/1/properties/settings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.settings, data: data104 };
            if (vErrors === null) {
              vErrors = [err262];
            } else {
              vErrors.push(err262);
            }
            errors++;
          }
        }
        if (data104.now !== void 0) {
          let data105 = data104.now;
          if (typeof data105 === "string") {
            if (!formats0.validate(data105)) {
              const err263 = { instancePath: instancePath + "/settings/now", schemaPath: "#/allOf/1/properties/settings/properties/now/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema0.allOf[1].properties.settings.properties.now, data: data105 };
              if (vErrors === null) {
                vErrors = [err263];
              } else {
                vErrors.push(err263);
              }
              errors++;
            }
          } else {
            const err264 = { instancePath: instancePath + "/settings/now", schemaPath: "#/allOf/1/properties/settings/properties/now/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.settings.properties.now.type, parentSchema: schema0.allOf[1].properties.settings.properties.now, data: data105 };
            if (vErrors === null) {
              vErrors = [err264];
            } else {
              vErrors.push(err264);
            }
            errors++;
          }
        }
        if (data104.maxEvidenceAgeDays !== void 0) {
          let data106 = data104.maxEvidenceAgeDays;
          if (typeof data106 == "number" && isFinite(data106)) {
            if (data106 <= 0 || isNaN(data106)) {
              const err265 = { instancePath: instancePath + "/settings/maxEvidenceAgeDays", schemaPath: "#/allOf/1/properties/settings/properties/maxEvidenceAgeDays/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema0.allOf[1].properties.settings.properties.maxEvidenceAgeDays, data: data106 };
              if (vErrors === null) {
                vErrors = [err265];
              } else {
                vErrors.push(err265);
              }
              errors++;
            }
          } else {
            const err266 = { instancePath: instancePath + "/settings/maxEvidenceAgeDays", schemaPath: "#/allOf/1/properties/settings/properties/maxEvidenceAgeDays/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.settings.properties.maxEvidenceAgeDays.type, parentSchema: schema0.allOf[1].properties.settings.properties.maxEvidenceAgeDays, data: data106 };
            if (vErrors === null) {
              vErrors = [err266];
            } else {
              vErrors.push(err266);
            }
            errors++;
          }
        }
        if (data104.rollbackWindowDays !== void 0) {
          let data107 = data104.rollbackWindowDays;
          if (typeof data107 == "number" && isFinite(data107)) {
            if (data107 <= 0 || isNaN(data107)) {
              const err267 = { instancePath: instancePath + "/settings/rollbackWindowDays", schemaPath: "#/allOf/1/properties/settings/properties/rollbackWindowDays/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema0.allOf[1].properties.settings.properties.rollbackWindowDays, data: data107 };
              if (vErrors === null) {
                vErrors = [err267];
              } else {
                vErrors.push(err267);
              }
              errors++;
            }
          } else {
            const err268 = { instancePath: instancePath + "/settings/rollbackWindowDays", schemaPath: "#/allOf/1/properties/settings/properties/rollbackWindowDays/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.settings.properties.rollbackWindowDays.type, parentSchema: schema0.allOf[1].properties.settings.properties.rollbackWindowDays, data: data107 };
            if (vErrors === null) {
              vErrors = [err268];
            } else {
              vErrors.push(err268);
            }
            errors++;
          }
        }
        if (data104.declarationValidityDays !== void 0) {
          let data108 = data104.declarationValidityDays;
          if (typeof data108 == "number" && isFinite(data108)) {
            if (data108 <= 0 || isNaN(data108)) {
              const err269 = { instancePath: instancePath + "/settings/declarationValidityDays", schemaPath: "#/allOf/1/properties/settings/properties/declarationValidityDays/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema0.allOf[1].properties.settings.properties.declarationValidityDays, data: data108 };
              if (vErrors === null) {
                vErrors = [err269];
              } else {
                vErrors.push(err269);
              }
              errors++;
            }
          } else {
            const err270 = { instancePath: instancePath + "/settings/declarationValidityDays", schemaPath: "#/allOf/1/properties/settings/properties/declarationValidityDays/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.settings.properties.declarationValidityDays.type, parentSchema: schema0.allOf[1].properties.settings.properties.declarationValidityDays, data: data108 };
            if (vErrors === null) {
              vErrors = [err270];
            } else {
              vErrors.push(err270);
            }
            errors++;
          }
        }
      } else {
        const err271 = { instancePath: instancePath + "/settings", schemaPath: "#/allOf/1/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.settings.type, parentSchema: schema0.allOf[1].properties.settings, data: data104 };
        if (vErrors === null) {
          vErrors = [err271];
        } else {
          vErrors.push(err271);
        }
        errors++;
      }
    }
  } else {
    const err272 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].type, parentSchema: schema0.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err272];
    } else {
      vErrors.push(err272);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { "props": { "kind": true, "model": true, "version": true, "environment": true, "tests": true, "sections": true, "score": true, "limitingSections": true, "band": true, "minimum": true, "passed": true, "evidence": true, "policy": true, "declarations": true, "settings": true, "schemaVersion": true, "tool": true, "subject": true, "inputs": true, "context": true, "createdAt": true, "verdict": true }, "dynamicProps": false, "dynamicItems": false };
