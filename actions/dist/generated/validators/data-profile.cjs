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

// packages/core/src/generated/validators/data-profile.cjs
exports.validate = validate0;
var schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/data-profile.schema.json", "title": "DataProfile", "description": "Dataset statistics (modelgate profile): per-column counts, missing/NaN/Inf, distinct, moments, quantiles, decile histogram, top values, string lengths; mergeable across shards.", "allOf": [{ "$ref": "https://modelgate.dev/schemas/evidence-envelope.schema.json" }, { "type": "object", "required": ["kind", "rows", "duplicateRows", "duplicateRowsExact", "rejectedRows", "columns"], "properties": { "kind": { "const": "data-profile", "description": "Always data-profile." }, "rows": { "description": "Rows read.", "type": "integer", "minimum": 0 }, "duplicateRows": { "description": "Rows equal to an earlier row (64-bit row hash).", "type": "integer", "minimum": 0 }, "duplicateRowsExact": { "description": "False after merging shards (duplicates across shards are not seen).", "type": "boolean" }, "rejectedRows": { "description": "Malformed rows skipped (--on-error skip).", "type": "integer", "minimum": 0 }, "columns": { "description": "One entry per column, in file order.", "type": "array", "items": { "$ref": "#/$defs/column" } } } }], "$defs": { "column": { "type": "object", "additionalProperties": false, "required": ["name", "type", "count", "missing", "nan", "posInf", "negInf", "distinct", "top"], "properties": { "name": { "description": "The column name.", "type": "string" }, "type": { "enum": ["int", "float", "string", "bool", "timestamp"], "description": "The column's value type." }, "count": { "description": "Non-missing values (including NaN and \xB1Inf).", "type": "integer", "minimum": 0 }, "missing": { "description": "Missing (null) values.", "type": "integer", "minimum": 0 }, "nan": { "description": "NaN values (float columns).", "type": "integer", "minimum": 0 }, "posInf": { "description": "+Inf values (float columns).", "type": "integer", "minimum": 0 }, "negInf": { "description": "-Inf values (float columns).", "type": "integer", "minimum": 0 }, "distinct": { "description": "Distinct non-missing values: exact, or an estimate with its error.", "type": "object", "additionalProperties": false, "required": ["value", "exact"], "properties": { "value": { "description": "The count or estimate.", "type": "number", "minimum": 0 }, "exact": { "description": "Whether the count is exact.", "type": "boolean" }, "relativeError": { "description": "Relative error bound of a HyperLogLog estimate (0.2: observed within \xB119%).", "type": "number", "minimum": 0 }, "lower": { "description": "After merging: the true count is at least this.", "type": "number", "minimum": 0 }, "upper": { "description": "After merging: the true count is at most this.", "type": "number", "minimum": 0 } } }, "min": { "description": "Smallest finite value (timestamps in seconds since the epoch).", "type": "number" }, "max": { "description": "Largest finite value.", "type": "number" }, "mean": { "description": "Mean of finite values.", "type": "number" }, "std": { "description": "Sample standard deviation (n \u2212 1) of finite values.", "type": "number", "minimum": 0 }, "quantiles": { "description": "Quantiles of finite values (linear interpolation).", "type": "object", "additionalProperties": false, "required": ["p1", "p5", "p25", "p50", "p75", "p95", "p99"], "properties": { "p1": { "description": "The 1th percentile.", "type": "number" }, "p5": { "description": "The 5th percentile.", "type": "number" }, "p25": { "description": "The 25th percentile.", "type": "number" }, "p50": { "description": "The 50th percentile.", "type": "number" }, "p75": { "description": "The 75th percentile.", "type": "number" }, "p95": { "description": "The 95th percentile.", "type": "number" }, "p99": { "description": "The 99th percentile.", "type": "number" } } }, "histogram": { "description": "Decile bins: 11 edges [min, p10, \u2026, p90, max] and 10 counts of values in (edge_i, edge_i+1] (the first bin closed at min).", "type": "object", "additionalProperties": false, "required": ["edges", "counts"], "properties": { "edges": { "description": "Bin edges.", "type": "array", "items": { "description": "An edge.", "type": "number" }, "minItems": 11, "maxItems": 11 }, "counts": { "description": "Values per bin.", "type": "array", "items": { "description": "A count.", "type": "integer", "minimum": 0 }, "minItems": 10, "maxItems": 10 } } }, "sketch": { "description": "Quantile sketch: values at fractions k/1000 and its rank error (0 when exact).", "type": "object", "additionalProperties": false, "required": ["values", "rankError"], "properties": { "values": { "description": "Quantiles at k/1000, k = 0..1000.", "type": "array", "items": { "description": "A quantile.", "type": "number" } }, "rankError": { "description": "Largest error in the rank (as a share) of any sketch point.", "type": "number", "minimum": 0 } } }, "ecdf": { "description": "The exact ECDF the profile was counted at (numeric and timestamp columns): counts[i] finite values are <= points[i]. The points are the column's candidate points (every sketch point among them) and, when tables were profiled together, theirs too. Drift against this profile as the reference uses these counts. Absent when values (numbers) give the ECDF anywhere.", "type": "object", "additionalProperties": false, "required": ["points", "counts"], "properties": { "points": { "description": "Ascending points.", "type": "array", "items": { "description": "A point.", "type": "number" }, "minItems": 1 }, "counts": { "description": "Finite values <= each point, non-decreasing, one per point.", "type": "array", "items": { "description": "A count.", "type": "integer", "minimum": 0 }, "minItems": 1 } } }, "trueShare": { "description": "Bool columns: share of true among non-missing values.", "type": "number", "minimum": 0, "maximum": 1 }, "top": { "description": "The 20 most frequent values with counts (not computed for high-cardinality numeric columns).", "type": "array", "items": { "description": "A value and its count.", "type": "object", "additionalProperties": false, "required": ["value", "count"], "properties": { "value": { "type": ["string", "number", "boolean"], "description": "The value." }, "count": { "description": "Occurrences.", "type": "integer", "minimum": 0 } } } }, "values": { "description": "All value counts, when there are at most 1000 distinct values.", "type": "array", "items": { "description": "[value, count].", "type": "array", "prefixItems": [{ "type": ["string", "number", "boolean"], "description": "The value." }, { "description": "Occurrences.", "type": "integer", "minimum": 0 }], "minItems": 2, "maxItems": 2, "items": false } }, "stringLength": { "description": "String columns: length statistics.", "type": "object", "additionalProperties": false, "required": ["min", "max", "mean"], "properties": { "min": { "description": "Shortest.", "type": "integer", "minimum": 0 }, "max": { "description": "Longest.", "type": "integer", "minimum": 0 }, "mean": { "description": "Mean length.", "type": "number", "minimum": 0 } } } }, "description": "One column's statistics." } }, "examples": [{ "kind": "data-profile", "schemaVersion": 1, "tool": { "name": "modelgate", "version": "0.1.0" }, "subject": "ref.csv", "inputs": [{ "role": "data", "uri": "file:data/ref.csv", "sha256": "1045f41eb05c7da2ec0e265028af10ebeb6d09ca909ca252c6448b353d48a3ea" }], "context": { "commit": null, "ref": null, "runUrl": null, "ci": false }, "createdAt": "2026-11-23T12:00:00.000Z", "verdict": "pass", "rows": 4, "duplicateRows": 0, "duplicateRowsExact": true, "rejectedRows": 0, "columns": [{ "name": "id", "type": "string", "count": 4, "missing": 0, "nan": 0, "posInf": 0, "negInf": 0, "distinct": { "value": 4, "exact": true }, "top": [{ "value": "b1", "count": 1 }, { "value": "b2", "count": 1 }, { "value": "b3", "count": 1 }, { "value": "b4", "count": 1 }], "stringLength": { "min": 2, "max": 2, "mean": 2 }, "values": [["b1", 1], ["b2", 1], ["b3", 1], ["b4", 1]] }, { "name": "amount", "type": "float", "count": 4, "missing": 0, "nan": 0, "posInf": 0, "negInf": 0, "distinct": { "value": 4, "exact": true }, "top": [{ "value": 10, "count": 1 }, { "value": 11, "count": 1 }, { "value": 12.5, "count": 1 }, { "value": 13, "count": 1 }], "min": 10, "max": 13, "mean": 11.625, "std": 1.3768926368215257, "sketch": { "values": [10, 10.3, 10.6, 10.9, 11.3, 11.75, 12.2, 12.55, 12.7, 12.85, 13], "rankError": 0 }, "quantiles": { "p1": 10.03, "p5": 10.15, "p25": 10.75, "p50": 11.75, "p75": 12.625, "p95": 12.925, "p99": 12.985 }, "histogram": { "edges": [10, 10.3, 10.6, 10.9, 11.3, 11.75, 12.2, 12.55, 12.7, 12.85, 13], "counts": [1, 0, 0, 1, 0, 0, 1, 0, 0, 1] }, "values": [[10, 1], [11, 1], [12.5, 1], [13, 1]] }, { "name": "region", "type": "string", "count": 4, "missing": 0, "nan": 0, "posInf": 0, "negInf": 0, "distinct": { "value": 2, "exact": true }, "top": [{ "value": "north", "count": 2 }, { "value": "south", "count": 2 }], "stringLength": { "min": 5, "max": 5, "mean": 5 }, "values": [["north", 2], ["south", 2]] }] }] };
var schema1 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/evidence-envelope.schema.json", "title": "EvidenceEnvelope", "description": "The envelope every report modelgate writes starts with: what the report is about, the exact inputs (by sha256) it was computed from, where it ran and its verdict. Report schemas extend it with allOf.", "type": "object", "required": ["kind", "schemaVersion", "tool", "subject", "inputs", "context", "createdAt", "verdict"], "properties": { "kind": { "description": "The report kind, e.g. data-profile, data-validation, evaluation, ml-test-score-report, registry-check, deploy-plan.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "schemaVersion": { "description": "Version of the envelope format; always 1.", "const": 1 }, "tool": { "description": "The tool that wrote the report.", "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "description": "Tool name, normally modelgate.", "type": "string", "minLength": 1 }, "version": { "description": "Tool version that produced the report.", "type": "string", "minLength": 1 } } }, "subject": { "description": "What the report is about: model@version, dataset@version, or a bare name.", "type": "string", "minLength": 1 }, "inputs": { "description": "Every exact input the report was computed from, bound by digest.", "type": "array", "items": { "description": "One input file.", "type": "object", "required": ["role", "uri", "sha256"], "additionalProperties": false, "properties": { "role": { "description": "What the input was to the report: model, champion, data, reference, schema, profile, declarations, evidence.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "uri": { "description": "Where the input is: file:<path relative to the repository> or an https:// URL.", "type": "string", "minLength": 1 }, "sha256": { "description": "sha256 of the input's bytes, 64 lowercase hex characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" } } } }, "context": { "description": "Where the report was produced.", "type": "object", "required": ["commit", "ref", "runUrl", "ci"], "additionalProperties": false, "properties": { "commit": { "description": "The commit the run checked out, or null when unknown.", "type": ["string", "null"] }, "ref": { "description": "The git ref of the run (e.g. refs/heads/main), or null when unknown.", "type": ["string", "null"] }, "runUrl": { "description": "URL of the CI run, or null when unknown.", "type": ["string", "null"] }, "ci": { "description": "True when the process that made the report ran with CI=true or GITHUB_ACTIONS=true. A claim, not a proof: nothing is trusted or counted for it (the gate verifies figures by recomputation).", "type": "boolean" }, "github": { "description": "The GitHub Actions run that made the report (GITHUB_ACTIONS=true); absent elsewhere. A claim the provenance verifier checks through the GitHub API: the run exists in this repository, ran a trusted workflow on the version's code commit, concluded success and uploaded this file (docs/security.md).", "type": "object", "required": ["repository", "workflowRef", "runId", "runAttempt", "sha"], "additionalProperties": false, "properties": { "repository": { "description": "The repository the run belongs to, owner/name (GITHUB_REPOSITORY).", "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, "workflowRef": { "description": "The workflow file and ref the run ran (GITHUB_WORKFLOW_REF), e.g. acme/churn-model/.github/workflows/evidence.yml@refs/heads/main; for a reusable workflow, its caller.", "type": "string", "minLength": 1 }, "runId": { "description": "The workflow run's id (GITHUB_RUN_ID).", "type": "integer", "minimum": 1 }, "runAttempt": { "description": "The attempt of the run (GITHUB_RUN_ATTEMPT), 1 for the first.", "type": "integer", "minimum": 1 }, "sha": { "description": "The commit the run ran on (GITHUB_SHA).", "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" } } } } }, "createdAt": { "description": "When the report was written (RFC 3339 date-time, UTC).", "type": "string", "format": "date-time" }, "verdict": { "description": "The report's overall verdict.", "enum": ["pass", "warn", "fail"] } }, "examples": [{ "kind": "data-validation", "schemaVersion": 1, "tool": { "name": "modelgate", "version": "0.1.0" }, "subject": "loans@2026-08", "inputs": [{ "role": "data", "uri": "file:data/serving.csv", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }], "context": { "commit": null, "ref": null, "runUrl": null, "ci": false }, "createdAt": "2026-11-23T12:00:00Z", "verdict": "pass" }] };
var schema2 = { "type": "object", "additionalProperties": false, "required": ["name", "type", "count", "missing", "nan", "posInf", "negInf", "distinct", "top"], "properties": { "name": { "description": "The column name.", "type": "string" }, "type": { "enum": ["int", "float", "string", "bool", "timestamp"], "description": "The column's value type." }, "count": { "description": "Non-missing values (including NaN and \xB1Inf).", "type": "integer", "minimum": 0 }, "missing": { "description": "Missing (null) values.", "type": "integer", "minimum": 0 }, "nan": { "description": "NaN values (float columns).", "type": "integer", "minimum": 0 }, "posInf": { "description": "+Inf values (float columns).", "type": "integer", "minimum": 0 }, "negInf": { "description": "-Inf values (float columns).", "type": "integer", "minimum": 0 }, "distinct": { "description": "Distinct non-missing values: exact, or an estimate with its error.", "type": "object", "additionalProperties": false, "required": ["value", "exact"], "properties": { "value": { "description": "The count or estimate.", "type": "number", "minimum": 0 }, "exact": { "description": "Whether the count is exact.", "type": "boolean" }, "relativeError": { "description": "Relative error bound of a HyperLogLog estimate (0.2: observed within \xB119%).", "type": "number", "minimum": 0 }, "lower": { "description": "After merging: the true count is at least this.", "type": "number", "minimum": 0 }, "upper": { "description": "After merging: the true count is at most this.", "type": "number", "minimum": 0 } } }, "min": { "description": "Smallest finite value (timestamps in seconds since the epoch).", "type": "number" }, "max": { "description": "Largest finite value.", "type": "number" }, "mean": { "description": "Mean of finite values.", "type": "number" }, "std": { "description": "Sample standard deviation (n \u2212 1) of finite values.", "type": "number", "minimum": 0 }, "quantiles": { "description": "Quantiles of finite values (linear interpolation).", "type": "object", "additionalProperties": false, "required": ["p1", "p5", "p25", "p50", "p75", "p95", "p99"], "properties": { "p1": { "description": "The 1th percentile.", "type": "number" }, "p5": { "description": "The 5th percentile.", "type": "number" }, "p25": { "description": "The 25th percentile.", "type": "number" }, "p50": { "description": "The 50th percentile.", "type": "number" }, "p75": { "description": "The 75th percentile.", "type": "number" }, "p95": { "description": "The 95th percentile.", "type": "number" }, "p99": { "description": "The 99th percentile.", "type": "number" } } }, "histogram": { "description": "Decile bins: 11 edges [min, p10, \u2026, p90, max] and 10 counts of values in (edge_i, edge_i+1] (the first bin closed at min).", "type": "object", "additionalProperties": false, "required": ["edges", "counts"], "properties": { "edges": { "description": "Bin edges.", "type": "array", "items": { "description": "An edge.", "type": "number" }, "minItems": 11, "maxItems": 11 }, "counts": { "description": "Values per bin.", "type": "array", "items": { "description": "A count.", "type": "integer", "minimum": 0 }, "minItems": 10, "maxItems": 10 } } }, "sketch": { "description": "Quantile sketch: values at fractions k/1000 and its rank error (0 when exact).", "type": "object", "additionalProperties": false, "required": ["values", "rankError"], "properties": { "values": { "description": "Quantiles at k/1000, k = 0..1000.", "type": "array", "items": { "description": "A quantile.", "type": "number" } }, "rankError": { "description": "Largest error in the rank (as a share) of any sketch point.", "type": "number", "minimum": 0 } } }, "ecdf": { "description": "The exact ECDF the profile was counted at (numeric and timestamp columns): counts[i] finite values are <= points[i]. The points are the column's candidate points (every sketch point among them) and, when tables were profiled together, theirs too. Drift against this profile as the reference uses these counts. Absent when values (numbers) give the ECDF anywhere.", "type": "object", "additionalProperties": false, "required": ["points", "counts"], "properties": { "points": { "description": "Ascending points.", "type": "array", "items": { "description": "A point.", "type": "number" }, "minItems": 1 }, "counts": { "description": "Finite values <= each point, non-decreasing, one per point.", "type": "array", "items": { "description": "A count.", "type": "integer", "minimum": 0 }, "minItems": 1 } } }, "trueShare": { "description": "Bool columns: share of true among non-missing values.", "type": "number", "minimum": 0, "maximum": 1 }, "top": { "description": "The 20 most frequent values with counts (not computed for high-cardinality numeric columns).", "type": "array", "items": { "description": "A value and its count.", "type": "object", "additionalProperties": false, "required": ["value", "count"], "properties": { "value": { "type": ["string", "number", "boolean"], "description": "The value." }, "count": { "description": "Occurrences.", "type": "integer", "minimum": 0 } } } }, "values": { "description": "All value counts, when there are at most 1000 distinct values.", "type": "array", "items": { "description": "[value, count].", "type": "array", "prefixItems": [{ "type": ["string", "number", "boolean"], "description": "The value." }, { "description": "Occurrences.", "type": "integer", "minimum": 0 }], "minItems": 2, "maxItems": 2, "items": false } }, "stringLength": { "description": "String columns: length statistics.", "type": "object", "additionalProperties": false, "required": ["min", "max", "mean"], "properties": { "min": { "description": "Shortest.", "type": "integer", "minimum": 0 }, "max": { "description": "Longest.", "type": "integer", "minimum": 0 }, "mean": { "description": "Mean length.", "type": "number", "minimum": 0 } } } }, "description": "One column's statistics." };
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
    if (data.rows === void 0) {
      const err65 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err65];
      } else {
        vErrors.push(err65);
      }
      errors++;
    }
    if (data.duplicateRows === void 0) {
      const err66 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "duplicateRows" }, message: "must have required property 'duplicateRows'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err66];
      } else {
        vErrors.push(err66);
      }
      errors++;
    }
    if (data.duplicateRowsExact === void 0) {
      const err67 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "duplicateRowsExact" }, message: "must have required property 'duplicateRowsExact'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err67];
      } else {
        vErrors.push(err67);
      }
      errors++;
    }
    if (data.rejectedRows === void 0) {
      const err68 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "rejectedRows" }, message: "must have required property 'rejectedRows'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err68];
      } else {
        vErrors.push(err68);
      }
      errors++;
    }
    if (data.columns === void 0) {
      const err69 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err69];
      } else {
        vErrors.push(err69);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data24 = data.kind;
      if ("data-profile" !== data24) {
        const err70 = { instancePath: instancePath + "/kind", schemaPath: "#/allOf/1/properties/kind/const", keyword: "const", params: { allowedValue: "data-profile" }, message: "must be equal to constant", schema: "data-profile", parentSchema: schema0.allOf[1].properties.kind, data: data24 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.rows !== void 0) {
      let data25 = data.rows;
      if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
        const err71 = { instancePath: instancePath + "/rows", schemaPath: "#/allOf/1/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.rows.type, parentSchema: schema0.allOf[1].properties.rows, data: data25 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
      if (typeof data25 == "number" && isFinite(data25)) {
        if (data25 < 0 || isNaN(data25)) {
          const err72 = { instancePath: instancePath + "/rows", schemaPath: "#/allOf/1/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.rows, data: data25 };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
      }
    }
    if (data.duplicateRows !== void 0) {
      let data26 = data.duplicateRows;
      if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
        const err73 = { instancePath: instancePath + "/duplicateRows", schemaPath: "#/allOf/1/properties/duplicateRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.duplicateRows.type, parentSchema: schema0.allOf[1].properties.duplicateRows, data: data26 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
      if (typeof data26 == "number" && isFinite(data26)) {
        if (data26 < 0 || isNaN(data26)) {
          const err74 = { instancePath: instancePath + "/duplicateRows", schemaPath: "#/allOf/1/properties/duplicateRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.duplicateRows, data: data26 };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
      }
    }
    if (data.duplicateRowsExact !== void 0) {
      let data27 = data.duplicateRowsExact;
      if (typeof data27 !== "boolean") {
        const err75 = { instancePath: instancePath + "/duplicateRowsExact", schemaPath: "#/allOf/1/properties/duplicateRowsExact/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.allOf[1].properties.duplicateRowsExact.type, parentSchema: schema0.allOf[1].properties.duplicateRowsExact, data: data27 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.rejectedRows !== void 0) {
      let data28 = data.rejectedRows;
      if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
        const err76 = { instancePath: instancePath + "/rejectedRows", schemaPath: "#/allOf/1/properties/rejectedRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.rejectedRows.type, parentSchema: schema0.allOf[1].properties.rejectedRows, data: data28 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
      if (typeof data28 == "number" && isFinite(data28)) {
        if (data28 < 0 || isNaN(data28)) {
          const err77 = { instancePath: instancePath + "/rejectedRows", schemaPath: "#/allOf/1/properties/rejectedRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.rejectedRows, data: data28 };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
      }
    }
    if (data.columns !== void 0) {
      let data29 = data.columns;
      if (Array.isArray(data29)) {
        const len1 = data29.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data30 = data29[i1];
          if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
            if (data30.name === void 0) {
              const err78 = { instancePath: instancePath + "/columns/" + i1, schemaPath: "#/$defs/column/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema2.required, parentSchema: schema2, data: data30 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data30.type === void 0) {
              const err79 = { instancePath: instancePath + "/columns/" + i1, schemaPath: "#/$defs/column/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema2.required, parentSchema: schema2, data: data30 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data30.count === void 0) {
              const err80 = { instancePath: instancePath + "/columns/" + i1, schemaPath: "#/$defs/column/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema2.required, parentSchema: schema2, data: data30 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            if (data30.missing === void 0) {
              const err81 = { instancePath: instancePath + "/columns/" + i1, schemaPath: "#/$defs/column/required", keyword: "required", params: { missingProperty: "missing" }, message: "must have required property 'missing'", schema: schema2.required, parentSchema: schema2, data: data30 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            if (data30.nan === void 0) {
              const err82 = { instancePath: instancePath + "/columns/" + i1, schemaPath: "#/$defs/column/required", keyword: "required", params: { missingProperty: "nan" }, message: "must have required property 'nan'", schema: schema2.required, parentSchema: schema2, data: data30 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data30.posInf === void 0) {
              const err83 = { instancePath: instancePath + "/columns/" + i1, schemaPath: "#/$defs/column/required", keyword: "required", params: { missingProperty: "posInf" }, message: "must have required property 'posInf'", schema: schema2.required, parentSchema: schema2, data: data30 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            if (data30.negInf === void 0) {
              const err84 = { instancePath: instancePath + "/columns/" + i1, schemaPath: "#/$defs/column/required", keyword: "required", params: { missingProperty: "negInf" }, message: "must have required property 'negInf'", schema: schema2.required, parentSchema: schema2, data: data30 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            if (data30.distinct === void 0) {
              const err85 = { instancePath: instancePath + "/columns/" + i1, schemaPath: "#/$defs/column/required", keyword: "required", params: { missingProperty: "distinct" }, message: "must have required property 'distinct'", schema: schema2.required, parentSchema: schema2, data: data30 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            if (data30.top === void 0) {
              const err86 = { instancePath: instancePath + "/columns/" + i1, schemaPath: "#/$defs/column/required", keyword: "required", params: { missingProperty: "top" }, message: "must have required property 'top'", schema: schema2.required, parentSchema: schema2, data: data30 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
            for (const key4 in data30) {
              if (!func5.call(schema2.properties, key4)) {
                const err87 = { instancePath: instancePath + "/columns/" + i1, schemaPath: "#/$defs/column/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2, data: data30 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data30.name !== void 0) {
              let data31 = data30.name;
              if (typeof data31 !== "string") {
                const err88 = { instancePath: instancePath + "/columns/" + i1 + "/name", schemaPath: "#/$defs/column/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.name.type, parentSchema: schema2.properties.name, data: data31 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data30.type !== void 0) {
              let data32 = data30.type;
              if (!(data32 === "int" || data32 === "float" || data32 === "string" || data32 === "bool" || data32 === "timestamp")) {
                const err89 = { instancePath: instancePath + "/columns/" + i1 + "/type", schemaPath: "#/$defs/column/properties/type/enum", keyword: "enum", params: { allowedValues: schema2.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema2.properties.type.enum, parentSchema: schema2.properties.type, data: data32 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
            if (data30.count !== void 0) {
              let data33 = data30.count;
              if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
                const err90 = { instancePath: instancePath + "/columns/" + i1 + "/count", schemaPath: "#/$defs/column/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.count.type, parentSchema: schema2.properties.count, data: data33 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              if (typeof data33 == "number" && isFinite(data33)) {
                if (data33 < 0 || isNaN(data33)) {
                  const err91 = { instancePath: instancePath + "/columns/" + i1 + "/count", schemaPath: "#/$defs/column/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.count, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
            }
            if (data30.missing !== void 0) {
              let data34 = data30.missing;
              if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34))) {
                const err92 = { instancePath: instancePath + "/columns/" + i1 + "/missing", schemaPath: "#/$defs/column/properties/missing/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.missing.type, parentSchema: schema2.properties.missing, data: data34 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
              if (typeof data34 == "number" && isFinite(data34)) {
                if (data34 < 0 || isNaN(data34)) {
                  const err93 = { instancePath: instancePath + "/columns/" + i1 + "/missing", schemaPath: "#/$defs/column/properties/missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.missing, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
            }
            if (data30.nan !== void 0) {
              let data35 = data30.nan;
              if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)) && isFinite(data35))) {
                const err94 = { instancePath: instancePath + "/columns/" + i1 + "/nan", schemaPath: "#/$defs/column/properties/nan/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.nan.type, parentSchema: schema2.properties.nan, data: data35 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
              if (typeof data35 == "number" && isFinite(data35)) {
                if (data35 < 0 || isNaN(data35)) {
                  const err95 = { instancePath: instancePath + "/columns/" + i1 + "/nan", schemaPath: "#/$defs/column/properties/nan/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.nan, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
              }
            }
            if (data30.posInf !== void 0) {
              let data36 = data30.posInf;
              if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
                const err96 = { instancePath: instancePath + "/columns/" + i1 + "/posInf", schemaPath: "#/$defs/column/properties/posInf/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.posInf.type, parentSchema: schema2.properties.posInf, data: data36 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              if (typeof data36 == "number" && isFinite(data36)) {
                if (data36 < 0 || isNaN(data36)) {
                  const err97 = { instancePath: instancePath + "/columns/" + i1 + "/posInf", schemaPath: "#/$defs/column/properties/posInf/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.posInf, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              }
            }
            if (data30.negInf !== void 0) {
              let data37 = data30.negInf;
              if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
                const err98 = { instancePath: instancePath + "/columns/" + i1 + "/negInf", schemaPath: "#/$defs/column/properties/negInf/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.negInf.type, parentSchema: schema2.properties.negInf, data: data37 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
              if (typeof data37 == "number" && isFinite(data37)) {
                if (data37 < 0 || isNaN(data37)) {
                  const err99 = { instancePath: instancePath + "/columns/" + i1 + "/negInf", schemaPath: "#/$defs/column/properties/negInf/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.negInf, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              }
            }
            if (data30.distinct !== void 0) {
              let data38 = data30.distinct;
              if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                if (data38.value === void 0) {
                  const err100 = { instancePath: instancePath + "/columns/" + i1 + "/distinct", schemaPath: "#/$defs/column/properties/distinct/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema2.properties.distinct.required, parentSchema: schema2.properties.distinct, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err100];
                  } else {
                    vErrors.push(err100);
                  }
                  errors++;
                }
                if (data38.exact === void 0) {
                  const err101 = { instancePath: instancePath + "/columns/" + i1 + "/distinct", schemaPath: "#/$defs/column/properties/distinct/required", keyword: "required", params: { missingProperty: "exact" }, message: "must have required property 'exact'", schema: schema2.properties.distinct.required, parentSchema: schema2.properties.distinct, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err101];
                  } else {
                    vErrors.push(err101);
                  }
                  errors++;
                }
                for (const key5 in data38) {
                  if (!(key5 === "value" || key5 === "exact" || key5 === "relativeError" || key5 === "lower" || key5 === "upper")) {
                    const err102 = { instancePath: instancePath + "/columns/" + i1 + "/distinct", schemaPath: "#/$defs/column/properties/distinct/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.distinct, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
                if (data38.value !== void 0) {
                  let data39 = data38.value;
                  if (typeof data39 == "number" && isFinite(data39)) {
                    if (data39 < 0 || isNaN(data39)) {
                      const err103 = { instancePath: instancePath + "/columns/" + i1 + "/distinct/value", schemaPath: "#/$defs/column/properties/distinct/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.distinct.properties.value, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  } else {
                    const err104 = { instancePath: instancePath + "/columns/" + i1 + "/distinct/value", schemaPath: "#/$defs/column/properties/distinct/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.distinct.properties.value.type, parentSchema: schema2.properties.distinct.properties.value, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data38.exact !== void 0) {
                  let data40 = data38.exact;
                  if (typeof data40 !== "boolean") {
                    const err105 = { instancePath: instancePath + "/columns/" + i1 + "/distinct/exact", schemaPath: "#/$defs/column/properties/distinct/properties/exact/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema2.properties.distinct.properties.exact.type, parentSchema: schema2.properties.distinct.properties.exact, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data38.relativeError !== void 0) {
                  let data41 = data38.relativeError;
                  if (typeof data41 == "number" && isFinite(data41)) {
                    if (data41 < 0 || isNaN(data41)) {
                      const err106 = { instancePath: instancePath + "/columns/" + i1 + "/distinct/relativeError", schemaPath: "#/$defs/column/properties/distinct/properties/relativeError/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.distinct.properties.relativeError, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                  } else {
                    const err107 = { instancePath: instancePath + "/columns/" + i1 + "/distinct/relativeError", schemaPath: "#/$defs/column/properties/distinct/properties/relativeError/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.distinct.properties.relativeError.type, parentSchema: schema2.properties.distinct.properties.relativeError, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data38.lower !== void 0) {
                  let data42 = data38.lower;
                  if (typeof data42 == "number" && isFinite(data42)) {
                    if (data42 < 0 || isNaN(data42)) {
                      const err108 = { instancePath: instancePath + "/columns/" + i1 + "/distinct/lower", schemaPath: "#/$defs/column/properties/distinct/properties/lower/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.distinct.properties.lower, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err108];
                      } else {
                        vErrors.push(err108);
                      }
                      errors++;
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/columns/" + i1 + "/distinct/lower", schemaPath: "#/$defs/column/properties/distinct/properties/lower/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.distinct.properties.lower.type, parentSchema: schema2.properties.distinct.properties.lower, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data38.upper !== void 0) {
                  let data43 = data38.upper;
                  if (typeof data43 == "number" && isFinite(data43)) {
                    if (data43 < 0 || isNaN(data43)) {
                      const err110 = { instancePath: instancePath + "/columns/" + i1 + "/distinct/upper", schemaPath: "#/$defs/column/properties/distinct/properties/upper/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.distinct.properties.upper, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err110];
                      } else {
                        vErrors.push(err110);
                      }
                      errors++;
                    }
                  } else {
                    const err111 = { instancePath: instancePath + "/columns/" + i1 + "/distinct/upper", schemaPath: "#/$defs/column/properties/distinct/properties/upper/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.distinct.properties.upper.type, parentSchema: schema2.properties.distinct.properties.upper, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
              } else {
                const err112 = { instancePath: instancePath + "/columns/" + i1 + "/distinct", schemaPath: "#/$defs/column/properties/distinct/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.distinct.type, parentSchema: schema2.properties.distinct, data: data38 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data30.min !== void 0) {
              let data44 = data30.min;
              if (!(typeof data44 == "number" && isFinite(data44))) {
                const err113 = { instancePath: instancePath + "/columns/" + i1 + "/min", schemaPath: "#/$defs/column/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.min.type, parentSchema: schema2.properties.min, data: data44 };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data30.max !== void 0) {
              let data45 = data30.max;
              if (!(typeof data45 == "number" && isFinite(data45))) {
                const err114 = { instancePath: instancePath + "/columns/" + i1 + "/max", schemaPath: "#/$defs/column/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.max.type, parentSchema: schema2.properties.max, data: data45 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data30.mean !== void 0) {
              let data46 = data30.mean;
              if (!(typeof data46 == "number" && isFinite(data46))) {
                const err115 = { instancePath: instancePath + "/columns/" + i1 + "/mean", schemaPath: "#/$defs/column/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.mean.type, parentSchema: schema2.properties.mean, data: data46 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
            if (data30.std !== void 0) {
              let data47 = data30.std;
              if (typeof data47 == "number" && isFinite(data47)) {
                if (data47 < 0 || isNaN(data47)) {
                  const err116 = { instancePath: instancePath + "/columns/" + i1 + "/std", schemaPath: "#/$defs/column/properties/std/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.std, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
              } else {
                const err117 = { instancePath: instancePath + "/columns/" + i1 + "/std", schemaPath: "#/$defs/column/properties/std/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.std.type, parentSchema: schema2.properties.std, data: data47 };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            if (data30.quantiles !== void 0) {
              let data48 = data30.quantiles;
              if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                if (data48.p1 === void 0) {
                  const err118 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles", schemaPath: "#/$defs/column/properties/quantiles/required", keyword: "required", params: { missingProperty: "p1" }, message: "must have required property 'p1'", schema: schema2.properties.quantiles.required, parentSchema: schema2.properties.quantiles, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err118];
                  } else {
                    vErrors.push(err118);
                  }
                  errors++;
                }
                if (data48.p5 === void 0) {
                  const err119 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles", schemaPath: "#/$defs/column/properties/quantiles/required", keyword: "required", params: { missingProperty: "p5" }, message: "must have required property 'p5'", schema: schema2.properties.quantiles.required, parentSchema: schema2.properties.quantiles, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
                if (data48.p25 === void 0) {
                  const err120 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles", schemaPath: "#/$defs/column/properties/quantiles/required", keyword: "required", params: { missingProperty: "p25" }, message: "must have required property 'p25'", schema: schema2.properties.quantiles.required, parentSchema: schema2.properties.quantiles, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
                if (data48.p50 === void 0) {
                  const err121 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles", schemaPath: "#/$defs/column/properties/quantiles/required", keyword: "required", params: { missingProperty: "p50" }, message: "must have required property 'p50'", schema: schema2.properties.quantiles.required, parentSchema: schema2.properties.quantiles, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
                if (data48.p75 === void 0) {
                  const err122 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles", schemaPath: "#/$defs/column/properties/quantiles/required", keyword: "required", params: { missingProperty: "p75" }, message: "must have required property 'p75'", schema: schema2.properties.quantiles.required, parentSchema: schema2.properties.quantiles, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
                if (data48.p95 === void 0) {
                  const err123 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles", schemaPath: "#/$defs/column/properties/quantiles/required", keyword: "required", params: { missingProperty: "p95" }, message: "must have required property 'p95'", schema: schema2.properties.quantiles.required, parentSchema: schema2.properties.quantiles, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
                if (data48.p99 === void 0) {
                  const err124 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles", schemaPath: "#/$defs/column/properties/quantiles/required", keyword: "required", params: { missingProperty: "p99" }, message: "must have required property 'p99'", schema: schema2.properties.quantiles.required, parentSchema: schema2.properties.quantiles, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
                for (const key6 in data48) {
                  if (!(key6 === "p1" || key6 === "p5" || key6 === "p25" || key6 === "p50" || key6 === "p75" || key6 === "p95" || key6 === "p99")) {
                    const err125 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles", schemaPath: "#/$defs/column/properties/quantiles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.quantiles, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err125];
                    } else {
                      vErrors.push(err125);
                    }
                    errors++;
                  }
                }
                if (data48.p1 !== void 0) {
                  let data49 = data48.p1;
                  if (!(typeof data49 == "number" && isFinite(data49))) {
                    const err126 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles/p1", schemaPath: "#/$defs/column/properties/quantiles/properties/p1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.quantiles.properties.p1.type, parentSchema: schema2.properties.quantiles.properties.p1, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data48.p5 !== void 0) {
                  let data50 = data48.p5;
                  if (!(typeof data50 == "number" && isFinite(data50))) {
                    const err127 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles/p5", schemaPath: "#/$defs/column/properties/quantiles/properties/p5/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.quantiles.properties.p5.type, parentSchema: schema2.properties.quantiles.properties.p5, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                }
                if (data48.p25 !== void 0) {
                  let data51 = data48.p25;
                  if (!(typeof data51 == "number" && isFinite(data51))) {
                    const err128 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles/p25", schemaPath: "#/$defs/column/properties/quantiles/properties/p25/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.quantiles.properties.p25.type, parentSchema: schema2.properties.quantiles.properties.p25, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
                if (data48.p50 !== void 0) {
                  let data52 = data48.p50;
                  if (!(typeof data52 == "number" && isFinite(data52))) {
                    const err129 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles/p50", schemaPath: "#/$defs/column/properties/quantiles/properties/p50/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.quantiles.properties.p50.type, parentSchema: schema2.properties.quantiles.properties.p50, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                }
                if (data48.p75 !== void 0) {
                  let data53 = data48.p75;
                  if (!(typeof data53 == "number" && isFinite(data53))) {
                    const err130 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles/p75", schemaPath: "#/$defs/column/properties/quantiles/properties/p75/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.quantiles.properties.p75.type, parentSchema: schema2.properties.quantiles.properties.p75, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err130];
                    } else {
                      vErrors.push(err130);
                    }
                    errors++;
                  }
                }
                if (data48.p95 !== void 0) {
                  let data54 = data48.p95;
                  if (!(typeof data54 == "number" && isFinite(data54))) {
                    const err131 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles/p95", schemaPath: "#/$defs/column/properties/quantiles/properties/p95/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.quantiles.properties.p95.type, parentSchema: schema2.properties.quantiles.properties.p95, data: data54 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
                if (data48.p99 !== void 0) {
                  let data55 = data48.p99;
                  if (!(typeof data55 == "number" && isFinite(data55))) {
                    const err132 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles/p99", schemaPath: "#/$defs/column/properties/quantiles/properties/p99/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.quantiles.properties.p99.type, parentSchema: schema2.properties.quantiles.properties.p99, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
              } else {
                const err133 = { instancePath: instancePath + "/columns/" + i1 + "/quantiles", schemaPath: "#/$defs/column/properties/quantiles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.quantiles.type, parentSchema: schema2.properties.quantiles, data: data48 };
                if (vErrors === null) {
                  vErrors = [err133];
                } else {
                  vErrors.push(err133);
                }
                errors++;
              }
            }
            if (data30.histogram !== void 0) {
              let data56 = data30.histogram;
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                if (data56.edges === void 0) {
                  const err134 = { instancePath: instancePath + "/columns/" + i1 + "/histogram", schemaPath: "#/$defs/column/properties/histogram/required", keyword: "required", params: { missingProperty: "edges" }, message: "must have required property 'edges'", schema: schema2.properties.histogram.required, parentSchema: schema2.properties.histogram, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
                if (data56.counts === void 0) {
                  const err135 = { instancePath: instancePath + "/columns/" + i1 + "/histogram", schemaPath: "#/$defs/column/properties/histogram/required", keyword: "required", params: { missingProperty: "counts" }, message: "must have required property 'counts'", schema: schema2.properties.histogram.required, parentSchema: schema2.properties.histogram, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
                for (const key7 in data56) {
                  if (!(key7 === "edges" || key7 === "counts")) {
                    const err136 = { instancePath: instancePath + "/columns/" + i1 + "/histogram", schemaPath: "#/$defs/column/properties/histogram/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.histogram, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
                if (data56.edges !== void 0) {
                  let data57 = data56.edges;
                  if (Array.isArray(data57)) {
                    if (data57.length > 11) {
                      const err137 = { instancePath: instancePath + "/columns/" + i1 + "/histogram/edges", schemaPath: "#/$defs/column/properties/histogram/properties/edges/maxItems", keyword: "maxItems", params: { limit: 11 }, message: "must NOT have more than 11 items", schema: 11, parentSchema: schema2.properties.histogram.properties.edges, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err137];
                      } else {
                        vErrors.push(err137);
                      }
                      errors++;
                    }
                    if (data57.length < 11) {
                      const err138 = { instancePath: instancePath + "/columns/" + i1 + "/histogram/edges", schemaPath: "#/$defs/column/properties/histogram/properties/edges/minItems", keyword: "minItems", params: { limit: 11 }, message: "must NOT have fewer than 11 items", schema: 11, parentSchema: schema2.properties.histogram.properties.edges, data: data57 };
                      if (vErrors === null) {
                        vErrors = [err138];
                      } else {
                        vErrors.push(err138);
                      }
                      errors++;
                    }
                    const len2 = data57.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data58 = data57[i2];
                      if (!(typeof data58 == "number" && isFinite(data58))) {
                        const err139 = { instancePath: instancePath + "/columns/" + i1 + "/histogram/edges/" + i2, schemaPath: "#/$defs/column/properties/histogram/properties/edges/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.histogram.properties.edges.items.type, parentSchema: schema2.properties.histogram.properties.edges.items, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err139];
                        } else {
                          vErrors.push(err139);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err140 = { instancePath: instancePath + "/columns/" + i1 + "/histogram/edges", schemaPath: "#/$defs/column/properties/histogram/properties/edges/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.histogram.properties.edges.type, parentSchema: schema2.properties.histogram.properties.edges, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err140];
                    } else {
                      vErrors.push(err140);
                    }
                    errors++;
                  }
                }
                if (data56.counts !== void 0) {
                  let data59 = data56.counts;
                  if (Array.isArray(data59)) {
                    if (data59.length > 10) {
                      const err141 = { instancePath: instancePath + "/columns/" + i1 + "/histogram/counts", schemaPath: "#/$defs/column/properties/histogram/properties/counts/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema2.properties.histogram.properties.counts, data: data59 };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    }
                    if (data59.length < 10) {
                      const err142 = { instancePath: instancePath + "/columns/" + i1 + "/histogram/counts", schemaPath: "#/$defs/column/properties/histogram/properties/counts/minItems", keyword: "minItems", params: { limit: 10 }, message: "must NOT have fewer than 10 items", schema: 10, parentSchema: schema2.properties.histogram.properties.counts, data: data59 };
                      if (vErrors === null) {
                        vErrors = [err142];
                      } else {
                        vErrors.push(err142);
                      }
                      errors++;
                    }
                    const len3 = data59.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data60 = data59[i3];
                      if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)) && isFinite(data60))) {
                        const err143 = { instancePath: instancePath + "/columns/" + i1 + "/histogram/counts/" + i3, schemaPath: "#/$defs/column/properties/histogram/properties/counts/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.histogram.properties.counts.items.type, parentSchema: schema2.properties.histogram.properties.counts.items, data: data60 };
                        if (vErrors === null) {
                          vErrors = [err143];
                        } else {
                          vErrors.push(err143);
                        }
                        errors++;
                      }
                      if (typeof data60 == "number" && isFinite(data60)) {
                        if (data60 < 0 || isNaN(data60)) {
                          const err144 = { instancePath: instancePath + "/columns/" + i1 + "/histogram/counts/" + i3, schemaPath: "#/$defs/column/properties/histogram/properties/counts/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.histogram.properties.counts.items, data: data60 };
                          if (vErrors === null) {
                            vErrors = [err144];
                          } else {
                            vErrors.push(err144);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err145 = { instancePath: instancePath + "/columns/" + i1 + "/histogram/counts", schemaPath: "#/$defs/column/properties/histogram/properties/counts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.histogram.properties.counts.type, parentSchema: schema2.properties.histogram.properties.counts, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err145];
                    } else {
                      vErrors.push(err145);
                    }
                    errors++;
                  }
                }
              } else {
                const err146 = { instancePath: instancePath + "/columns/" + i1 + "/histogram", schemaPath: "#/$defs/column/properties/histogram/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.histogram.type, parentSchema: schema2.properties.histogram, data: data56 };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
            if (data30.sketch !== void 0) {
              let data61 = data30.sketch;
              if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                if (data61.values === void 0) {
                  const err147 = { instancePath: instancePath + "/columns/" + i1 + "/sketch", schemaPath: "#/$defs/column/properties/sketch/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'", schema: schema2.properties.sketch.required, parentSchema: schema2.properties.sketch, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
                if (data61.rankError === void 0) {
                  const err148 = { instancePath: instancePath + "/columns/" + i1 + "/sketch", schemaPath: "#/$defs/column/properties/sketch/required", keyword: "required", params: { missingProperty: "rankError" }, message: "must have required property 'rankError'", schema: schema2.properties.sketch.required, parentSchema: schema2.properties.sketch, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err148];
                  } else {
                    vErrors.push(err148);
                  }
                  errors++;
                }
                for (const key8 in data61) {
                  if (!(key8 === "values" || key8 === "rankError")) {
                    const err149 = { instancePath: instancePath + "/columns/" + i1 + "/sketch", schemaPath: "#/$defs/column/properties/sketch/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.sketch, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  }
                }
                if (data61.values !== void 0) {
                  let data62 = data61.values;
                  if (Array.isArray(data62)) {
                    const len4 = data62.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data63 = data62[i4];
                      if (!(typeof data63 == "number" && isFinite(data63))) {
                        const err150 = { instancePath: instancePath + "/columns/" + i1 + "/sketch/values/" + i4, schemaPath: "#/$defs/column/properties/sketch/properties/values/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.sketch.properties.values.items.type, parentSchema: schema2.properties.sketch.properties.values.items, data: data63 };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err151 = { instancePath: instancePath + "/columns/" + i1 + "/sketch/values", schemaPath: "#/$defs/column/properties/sketch/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.sketch.properties.values.type, parentSchema: schema2.properties.sketch.properties.values, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
                if (data61.rankError !== void 0) {
                  let data64 = data61.rankError;
                  if (typeof data64 == "number" && isFinite(data64)) {
                    if (data64 < 0 || isNaN(data64)) {
                      const err152 = { instancePath: instancePath + "/columns/" + i1 + "/sketch/rankError", schemaPath: "#/$defs/column/properties/sketch/properties/rankError/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.sketch.properties.rankError, data: data64 };
                      if (vErrors === null) {
                        vErrors = [err152];
                      } else {
                        vErrors.push(err152);
                      }
                      errors++;
                    }
                  } else {
                    const err153 = { instancePath: instancePath + "/columns/" + i1 + "/sketch/rankError", schemaPath: "#/$defs/column/properties/sketch/properties/rankError/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.sketch.properties.rankError.type, parentSchema: schema2.properties.sketch.properties.rankError, data: data64 };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
              } else {
                const err154 = { instancePath: instancePath + "/columns/" + i1 + "/sketch", schemaPath: "#/$defs/column/properties/sketch/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.sketch.type, parentSchema: schema2.properties.sketch, data: data61 };
                if (vErrors === null) {
                  vErrors = [err154];
                } else {
                  vErrors.push(err154);
                }
                errors++;
              }
            }
            if (data30.ecdf !== void 0) {
              let data65 = data30.ecdf;
              if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                if (data65.points === void 0) {
                  const err155 = { instancePath: instancePath + "/columns/" + i1 + "/ecdf", schemaPath: "#/$defs/column/properties/ecdf/required", keyword: "required", params: { missingProperty: "points" }, message: "must have required property 'points'", schema: schema2.properties.ecdf.required, parentSchema: schema2.properties.ecdf, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err155];
                  } else {
                    vErrors.push(err155);
                  }
                  errors++;
                }
                if (data65.counts === void 0) {
                  const err156 = { instancePath: instancePath + "/columns/" + i1 + "/ecdf", schemaPath: "#/$defs/column/properties/ecdf/required", keyword: "required", params: { missingProperty: "counts" }, message: "must have required property 'counts'", schema: schema2.properties.ecdf.required, parentSchema: schema2.properties.ecdf, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err156];
                  } else {
                    vErrors.push(err156);
                  }
                  errors++;
                }
                for (const key9 in data65) {
                  if (!(key9 === "points" || key9 === "counts")) {
                    const err157 = { instancePath: instancePath + "/columns/" + i1 + "/ecdf", schemaPath: "#/$defs/column/properties/ecdf/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.ecdf, data: data65 };
                    if (vErrors === null) {
                      vErrors = [err157];
                    } else {
                      vErrors.push(err157);
                    }
                    errors++;
                  }
                }
                if (data65.points !== void 0) {
                  let data66 = data65.points;
                  if (Array.isArray(data66)) {
                    if (data66.length < 1) {
                      const err158 = { instancePath: instancePath + "/columns/" + i1 + "/ecdf/points", schemaPath: "#/$defs/column/properties/ecdf/properties/points/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema2.properties.ecdf.properties.points, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err158];
                      } else {
                        vErrors.push(err158);
                      }
                      errors++;
                    }
                    const len5 = data66.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      let data67 = data66[i5];
                      if (!(typeof data67 == "number" && isFinite(data67))) {
                        const err159 = { instancePath: instancePath + "/columns/" + i1 + "/ecdf/points/" + i5, schemaPath: "#/$defs/column/properties/ecdf/properties/points/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.ecdf.properties.points.items.type, parentSchema: schema2.properties.ecdf.properties.points.items, data: data67 };
                        if (vErrors === null) {
                          vErrors = [err159];
                        } else {
                          vErrors.push(err159);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err160 = { instancePath: instancePath + "/columns/" + i1 + "/ecdf/points", schemaPath: "#/$defs/column/properties/ecdf/properties/points/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.ecdf.properties.points.type, parentSchema: schema2.properties.ecdf.properties.points, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err160];
                    } else {
                      vErrors.push(err160);
                    }
                    errors++;
                  }
                }
                if (data65.counts !== void 0) {
                  let data68 = data65.counts;
                  if (Array.isArray(data68)) {
                    if (data68.length < 1) {
                      const err161 = { instancePath: instancePath + "/columns/" + i1 + "/ecdf/counts", schemaPath: "#/$defs/column/properties/ecdf/properties/counts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema2.properties.ecdf.properties.counts, data: data68 };
                      if (vErrors === null) {
                        vErrors = [err161];
                      } else {
                        vErrors.push(err161);
                      }
                      errors++;
                    }
                    const len6 = data68.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      let data69 = data68[i6];
                      if (!(typeof data69 == "number" && (!(data69 % 1) && !isNaN(data69)) && isFinite(data69))) {
                        const err162 = { instancePath: instancePath + "/columns/" + i1 + "/ecdf/counts/" + i6, schemaPath: "#/$defs/column/properties/ecdf/properties/counts/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.ecdf.properties.counts.items.type, parentSchema: schema2.properties.ecdf.properties.counts.items, data: data69 };
                        if (vErrors === null) {
                          vErrors = [err162];
                        } else {
                          vErrors.push(err162);
                        }
                        errors++;
                      }
                      if (typeof data69 == "number" && isFinite(data69)) {
                        if (data69 < 0 || isNaN(data69)) {
                          const err163 = { instancePath: instancePath + "/columns/" + i1 + "/ecdf/counts/" + i6, schemaPath: "#/$defs/column/properties/ecdf/properties/counts/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.ecdf.properties.counts.items, data: data69 };
                          if (vErrors === null) {
                            vErrors = [err163];
                          } else {
                            vErrors.push(err163);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err164 = { instancePath: instancePath + "/columns/" + i1 + "/ecdf/counts", schemaPath: "#/$defs/column/properties/ecdf/properties/counts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.ecdf.properties.counts.type, parentSchema: schema2.properties.ecdf.properties.counts, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  }
                }
              } else {
                const err165 = { instancePath: instancePath + "/columns/" + i1 + "/ecdf", schemaPath: "#/$defs/column/properties/ecdf/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.ecdf.type, parentSchema: schema2.properties.ecdf, data: data65 };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
            if (data30.trueShare !== void 0) {
              let data70 = data30.trueShare;
              if (typeof data70 == "number" && isFinite(data70)) {
                if (data70 > 1 || isNaN(data70)) {
                  const err166 = { instancePath: instancePath + "/columns/" + i1 + "/trueShare", schemaPath: "#/$defs/column/properties/trueShare/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema2.properties.trueShare, data: data70 };
                  if (vErrors === null) {
                    vErrors = [err166];
                  } else {
                    vErrors.push(err166);
                  }
                  errors++;
                }
                if (data70 < 0 || isNaN(data70)) {
                  const err167 = { instancePath: instancePath + "/columns/" + i1 + "/trueShare", schemaPath: "#/$defs/column/properties/trueShare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.trueShare, data: data70 };
                  if (vErrors === null) {
                    vErrors = [err167];
                  } else {
                    vErrors.push(err167);
                  }
                  errors++;
                }
              } else {
                const err168 = { instancePath: instancePath + "/columns/" + i1 + "/trueShare", schemaPath: "#/$defs/column/properties/trueShare/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.trueShare.type, parentSchema: schema2.properties.trueShare, data: data70 };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
            if (data30.top !== void 0) {
              let data71 = data30.top;
              if (Array.isArray(data71)) {
                const len7 = data71.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data72 = data71[i7];
                  if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                    if (data72.value === void 0) {
                      const err169 = { instancePath: instancePath + "/columns/" + i1 + "/top/" + i7, schemaPath: "#/$defs/column/properties/top/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema2.properties.top.items.required, parentSchema: schema2.properties.top.items, data: data72 };
                      if (vErrors === null) {
                        vErrors = [err169];
                      } else {
                        vErrors.push(err169);
                      }
                      errors++;
                    }
                    if (data72.count === void 0) {
                      const err170 = { instancePath: instancePath + "/columns/" + i1 + "/top/" + i7, schemaPath: "#/$defs/column/properties/top/items/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema2.properties.top.items.required, parentSchema: schema2.properties.top.items, data: data72 };
                      if (vErrors === null) {
                        vErrors = [err170];
                      } else {
                        vErrors.push(err170);
                      }
                      errors++;
                    }
                    for (const key10 in data72) {
                      if (!(key10 === "value" || key10 === "count")) {
                        const err171 = { instancePath: instancePath + "/columns/" + i1 + "/top/" + i7, schemaPath: "#/$defs/column/properties/top/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.top.items, data: data72 };
                        if (vErrors === null) {
                          vErrors = [err171];
                        } else {
                          vErrors.push(err171);
                        }
                        errors++;
                      }
                    }
                    if (data72.value !== void 0) {
                      let data73 = data72.value;
                      if (typeof data73 !== "string" && !(typeof data73 == "number" && isFinite(data73)) && typeof data73 !== "boolean") {
                        const err172 = { instancePath: instancePath + "/columns/" + i1 + "/top/" + i7 + "/value", schemaPath: "#/$defs/column/properties/top/items/properties/value/type", keyword: "type", params: { type: schema2.properties.top.items.properties.value.type }, message: "must be string,number,boolean", schema: schema2.properties.top.items.properties.value.type, parentSchema: schema2.properties.top.items.properties.value, data: data73 };
                        if (vErrors === null) {
                          vErrors = [err172];
                        } else {
                          vErrors.push(err172);
                        }
                        errors++;
                      }
                    }
                    if (data72.count !== void 0) {
                      let data74 = data72.count;
                      if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)) && isFinite(data74))) {
                        const err173 = { instancePath: instancePath + "/columns/" + i1 + "/top/" + i7 + "/count", schemaPath: "#/$defs/column/properties/top/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.top.items.properties.count.type, parentSchema: schema2.properties.top.items.properties.count, data: data74 };
                        if (vErrors === null) {
                          vErrors = [err173];
                        } else {
                          vErrors.push(err173);
                        }
                        errors++;
                      }
                      if (typeof data74 == "number" && isFinite(data74)) {
                        if (data74 < 0 || isNaN(data74)) {
                          const err174 = { instancePath: instancePath + "/columns/" + i1 + "/top/" + i7 + "/count", schemaPath: "#/$defs/column/properties/top/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.top.items.properties.count, data: data74 };
                          if (vErrors === null) {
                            vErrors = [err174];
                          } else {
                            vErrors.push(err174);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err175 = { instancePath: instancePath + "/columns/" + i1 + "/top/" + i7, schemaPath: "#/$defs/column/properties/top/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.top.items.type, parentSchema: schema2.properties.top.items, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err175];
                    } else {
                      vErrors.push(err175);
                    }
                    errors++;
                  }
                }
              } else {
                const err176 = { instancePath: instancePath + "/columns/" + i1 + "/top", schemaPath: "#/$defs/column/properties/top/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.top.type, parentSchema: schema2.properties.top, data: data71 };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors++;
              }
            }
            if (data30.values !== void 0) {
              let data75 = data30.values;
              if (Array.isArray(data75)) {
                const len8 = data75.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data76 = data75[i8];
                  if (Array.isArray(data76)) {
                    if (data76.length > 2) {
                      const err177 = { instancePath: instancePath + "/columns/" + i1 + "/values/" + i8, schemaPath: "#/$defs/column/properties/values/items/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema2.properties.values.items, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err177];
                      } else {
                        vErrors.push(err177);
                      }
                      errors++;
                    }
                    if (data76.length < 2) {
                      const err178 = { instancePath: instancePath + "/columns/" + i1 + "/values/" + i8, schemaPath: "#/$defs/column/properties/values/items/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema2.properties.values.items, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err178];
                      } else {
                        vErrors.push(err178);
                      }
                      errors++;
                    }
                    const len9 = data76.length;
                    if (len9 > 0) {
                      let data77 = data76[0];
                      if (typeof data77 !== "string" && !(typeof data77 == "number" && isFinite(data77)) && typeof data77 !== "boolean") {
                        const err179 = { instancePath: instancePath + "/columns/" + i1 + "/values/" + i8 + "/0", schemaPath: "#/$defs/column/properties/values/items/prefixItems/0/type", keyword: "type", params: { type: schema2.properties.values.items.prefixItems[0].type }, message: "must be string,number,boolean", schema: schema2.properties.values.items.prefixItems[0].type, parentSchema: schema2.properties.values.items.prefixItems[0], data: data77 };
                        if (vErrors === null) {
                          vErrors = [err179];
                        } else {
                          vErrors.push(err179);
                        }
                        errors++;
                      }
                    }
                    if (len9 > 1) {
                      let data78 = data76[1];
                      if (!(typeof data78 == "number" && (!(data78 % 1) && !isNaN(data78)) && isFinite(data78))) {
                        const err180 = { instancePath: instancePath + "/columns/" + i1 + "/values/" + i8 + "/1", schemaPath: "#/$defs/column/properties/values/items/prefixItems/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.values.items.prefixItems[1].type, parentSchema: schema2.properties.values.items.prefixItems[1], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err180];
                        } else {
                          vErrors.push(err180);
                        }
                        errors++;
                      }
                      if (typeof data78 == "number" && isFinite(data78)) {
                        if (data78 < 0 || isNaN(data78)) {
                          const err181 = { instancePath: instancePath + "/columns/" + i1 + "/values/" + i8 + "/1", schemaPath: "#/$defs/column/properties/values/items/prefixItems/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.values.items.prefixItems[1], data: data78 };
                          if (vErrors === null) {
                            vErrors = [err181];
                          } else {
                            vErrors.push(err181);
                          }
                          errors++;
                        }
                      }
                    }
                    const len10 = data76.length;
                    if (!(len10 <= 2)) {
                      const err182 = { instancePath: instancePath + "/columns/" + i1 + "/values/" + i8, schemaPath: "#/$defs/column/properties/values/items/items", keyword: "items", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema2.properties.values.items, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err182];
                      } else {
                        vErrors.push(err182);
                      }
                      errors++;
                    }
                  } else {
                    const err183 = { instancePath: instancePath + "/columns/" + i1 + "/values/" + i8, schemaPath: "#/$defs/column/properties/values/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.values.items.type, parentSchema: schema2.properties.values.items, data: data76 };
                    if (vErrors === null) {
                      vErrors = [err183];
                    } else {
                      vErrors.push(err183);
                    }
                    errors++;
                  }
                }
              } else {
                const err184 = { instancePath: instancePath + "/columns/" + i1 + "/values", schemaPath: "#/$defs/column/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.values.type, parentSchema: schema2.properties.values, data: data75 };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
            }
            if (data30.stringLength !== void 0) {
              let data79 = data30.stringLength;
              if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
                if (data79.min === void 0) {
                  const err185 = { instancePath: instancePath + "/columns/" + i1 + "/stringLength", schemaPath: "#/$defs/column/properties/stringLength/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema2.properties.stringLength.required, parentSchema: schema2.properties.stringLength, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err185];
                  } else {
                    vErrors.push(err185);
                  }
                  errors++;
                }
                if (data79.max === void 0) {
                  const err186 = { instancePath: instancePath + "/columns/" + i1 + "/stringLength", schemaPath: "#/$defs/column/properties/stringLength/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema2.properties.stringLength.required, parentSchema: schema2.properties.stringLength, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err186];
                  } else {
                    vErrors.push(err186);
                  }
                  errors++;
                }
                if (data79.mean === void 0) {
                  const err187 = { instancePath: instancePath + "/columns/" + i1 + "/stringLength", schemaPath: "#/$defs/column/properties/stringLength/required", keyword: "required", params: { missingProperty: "mean" }, message: "must have required property 'mean'", schema: schema2.properties.stringLength.required, parentSchema: schema2.properties.stringLength, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err187];
                  } else {
                    vErrors.push(err187);
                  }
                  errors++;
                }
                for (const key11 in data79) {
                  if (!(key11 === "min" || key11 === "max" || key11 === "mean")) {
                    const err188 = { instancePath: instancePath + "/columns/" + i1 + "/stringLength", schemaPath: "#/$defs/column/properties/stringLength/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.stringLength, data: data79 };
                    if (vErrors === null) {
                      vErrors = [err188];
                    } else {
                      vErrors.push(err188);
                    }
                    errors++;
                  }
                }
                if (data79.min !== void 0) {
                  let data80 = data79.min;
                  if (!(typeof data80 == "number" && (!(data80 % 1) && !isNaN(data80)) && isFinite(data80))) {
                    const err189 = { instancePath: instancePath + "/columns/" + i1 + "/stringLength/min", schemaPath: "#/$defs/column/properties/stringLength/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.stringLength.properties.min.type, parentSchema: schema2.properties.stringLength.properties.min, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err189];
                    } else {
                      vErrors.push(err189);
                    }
                    errors++;
                  }
                  if (typeof data80 == "number" && isFinite(data80)) {
                    if (data80 < 0 || isNaN(data80)) {
                      const err190 = { instancePath: instancePath + "/columns/" + i1 + "/stringLength/min", schemaPath: "#/$defs/column/properties/stringLength/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.stringLength.properties.min, data: data80 };
                      if (vErrors === null) {
                        vErrors = [err190];
                      } else {
                        vErrors.push(err190);
                      }
                      errors++;
                    }
                  }
                }
                if (data79.max !== void 0) {
                  let data81 = data79.max;
                  if (!(typeof data81 == "number" && (!(data81 % 1) && !isNaN(data81)) && isFinite(data81))) {
                    const err191 = { instancePath: instancePath + "/columns/" + i1 + "/stringLength/max", schemaPath: "#/$defs/column/properties/stringLength/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.stringLength.properties.max.type, parentSchema: schema2.properties.stringLength.properties.max, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err191];
                    } else {
                      vErrors.push(err191);
                    }
                    errors++;
                  }
                  if (typeof data81 == "number" && isFinite(data81)) {
                    if (data81 < 0 || isNaN(data81)) {
                      const err192 = { instancePath: instancePath + "/columns/" + i1 + "/stringLength/max", schemaPath: "#/$defs/column/properties/stringLength/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.stringLength.properties.max, data: data81 };
                      if (vErrors === null) {
                        vErrors = [err192];
                      } else {
                        vErrors.push(err192);
                      }
                      errors++;
                    }
                  }
                }
                if (data79.mean !== void 0) {
                  let data82 = data79.mean;
                  if (typeof data82 == "number" && isFinite(data82)) {
                    if (data82 < 0 || isNaN(data82)) {
                      const err193 = { instancePath: instancePath + "/columns/" + i1 + "/stringLength/mean", schemaPath: "#/$defs/column/properties/stringLength/properties/mean/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.stringLength.properties.mean, data: data82 };
                      if (vErrors === null) {
                        vErrors = [err193];
                      } else {
                        vErrors.push(err193);
                      }
                      errors++;
                    }
                  } else {
                    const err194 = { instancePath: instancePath + "/columns/" + i1 + "/stringLength/mean", schemaPath: "#/$defs/column/properties/stringLength/properties/mean/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.stringLength.properties.mean.type, parentSchema: schema2.properties.stringLength.properties.mean, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err194];
                    } else {
                      vErrors.push(err194);
                    }
                    errors++;
                  }
                }
              } else {
                const err195 = { instancePath: instancePath + "/columns/" + i1 + "/stringLength", schemaPath: "#/$defs/column/properties/stringLength/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.stringLength.type, parentSchema: schema2.properties.stringLength, data: data79 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
          } else {
            const err196 = { instancePath: instancePath + "/columns/" + i1, schemaPath: "#/$defs/column/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.type, parentSchema: schema2, data: data30 };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
        }
      } else {
        const err197 = { instancePath: instancePath + "/columns", schemaPath: "#/allOf/1/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.columns.type, parentSchema: schema0.allOf[1].properties.columns, data: data29 };
        if (vErrors === null) {
          vErrors = [err197];
        } else {
          vErrors.push(err197);
        }
        errors++;
      }
    }
  } else {
    const err198 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].type, parentSchema: schema0.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err198];
    } else {
      vErrors.push(err198);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { "props": { "kind": true, "rows": true, "duplicateRows": true, "duplicateRowsExact": true, "rejectedRows": true, "columns": true, "schemaVersion": true, "tool": true, "subject": true, "inputs": true, "context": true, "createdAt": true, "verdict": true }, "dynamicProps": false, "dynamicItems": false };
