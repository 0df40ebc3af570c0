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

// packages/core/src/generated/validators/model-version.cjs
exports.validate = validate0;
var schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/model-version.schema.json", "title": "ModelVersion", "description": "One registered version of a model (models/<model>/versions/<version>.yaml): the artifact by digest, its lineage and its evaluation evidence.", "type": "object", "required": ["model", "version", "createdAt", "artifact"], "additionalProperties": false, "properties": { "model": { "description": "The model name; must match the directory models/<model>/.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "version": { "description": 'The version; must match the file name <version>.yaml. Quote it in YAML when it looks like a number ("1.0").', "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "createdAt": { "description": "When the version was trained or built (RFC 3339 date-time); used by maxModelAgeDays.", "type": "string", "format": "date-time" }, "artifact": { "description": "The model file, bound by digest.", "type": "object", "required": ["uri", "sha256", "bytes", "format"], "additionalProperties": false, "properties": { "uri": { "description": "Where the artifact is: file:<path inside the repository> or https://<allowed host>/...", "type": "string", "pattern": "^(file:[^\\s]+|https://[^\\s]+)$" }, "sha256": { "description": "sha256 of the artifact, 64 lowercase hex characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "bytes": { "description": "Size of the artifact in bytes.", "type": "integer", "minimum": 1 }, "format": { "description": "The artifact format.", "enum": ["onnx"] }, "referencePredictions": { "description": "What the model predicted at training time on its test data (CSV), stored beside the artifact; `modelgate evaluate --registry` compares onnxruntime's outputs with it row by row (parity).", "type": "object", "required": ["uri", "sha256"], "additionalProperties": false, "properties": { "uri": { "description": "file:<path inside the repository>, under artifacts/.", "type": "string", "pattern": "^file:[^\\s]+$" }, "sha256": { "description": "sha256 of the file, 64 lowercase hex characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" } } } } }, "lineage": { "description": "Where the version came from: training code, data and parameters.", "type": "object", "additionalProperties": false, "properties": { "codeCommit": { "description": "The commit of the training code (7 to 64 hex characters).", "type": "string", "pattern": "^[0-9a-f]{7,64}$" }, "datasets": { "description": "The dataset versions used, bound by digest.", "type": "array", "items": { "description": "One dataset version and what it was used for.", "type": "object", "required": ["name", "version", "sha256", "role"], "additionalProperties": false, "properties": { "name": { "description": "The dataset name (datasets/<name>).", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "version": { "description": "The dataset version (datasets/<name>/versions/<version>.yaml).", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "sha256": { "description": "sha256 of the data file, 64 lowercase hex characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" }, "role": { "description": "What the data was used for.", "enum": ["train", "test", "validation"] } } } }, "params": { "description": "Free-form training parameters.", "type": "object", "additionalProperties": true } } }, "evaluation": { "description": "Evaluation results: headline metrics and the evidence files behind them.", "type": "object", "additionalProperties": false, "properties": { "summary": { "description": "Headline metrics by name; informational, gates read the evidence.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]{0,63}$" }, "additionalProperties": { "description": "A metric value.", "type": "number" } }, "evidence": { "description": "Evidence files, bound by digest.", "type": "array", "items": { "description": "One evidence file.", "type": "object", "required": ["kind", "uri", "sha256"], "additionalProperties": false, "properties": { "kind": { "description": "The report kind in the file.", "enum": ["data-profile", "data-validation", "evaluation", "ml-test-score-report", "registry-check", "deploy-plan"] }, "uri": { "description": "Where the evidence is: file:<path inside the repository> or an https:// URL.", "type": "string", "pattern": "^(file:[^\\s]+|https://[^\\s]+)$" }, "sha256": { "description": "sha256 of the evidence file, 64 lowercase hex characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" } } } } } }, "status": { "description": "active, or deprecated (may no longer be promoted).", "enum": ["active", "deprecated"], "default": "active" }, "deprecation": { "description": "Why and when the version was deprecated (required when status is deprecated).", "type": "object", "required": ["reason", "at"], "additionalProperties": false, "properties": { "reason": { "description": "Why it was deprecated.", "type": "string", "minLength": 1 }, "at": { "description": "When it was deprecated (RFC 3339 date-time).", "type": "string", "format": "date-time" } } }, "metadata": { "description": "Free-form metadata.", "type": "object", "additionalProperties": true } }, "if": { "properties": { "status": { "const": "deprecated" } }, "required": ["status"] }, "then": { "required": ["deprecation"] }, "examples": [{ "model": "credit-default", "version": "1.0.0", "createdAt": "2026-09-01T12:00:00Z", "artifact": { "uri": "file:artifacts/credit-default/1.0.0/model.onnx", "sha256": "3f2a0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a089f86d081884c7d659a2", "bytes": 12345, "format": "onnx" }, "lineage": { "codeCommit": "0123abcd", "datasets": [{ "name": "loans", "version": "2026-08", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "role": "train" }], "params": { "C": 1 } }, "evaluation": { "summary": { "roc_auc": 0.81, "log_loss": 0.43 }, "evidence": [{ "kind": "evaluation", "uri": "file:evidence/credit-default/1.0.0/evaluation.json", "sha256": "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752" }] }, "status": "active" }] };
var func0 = Object.prototype.hasOwnProperty;
var func1 = require_ucs2length().default;
var pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
var pattern2 = new RegExp("^(file:[^\\s]+|https://[^\\s]+)$", "u");
var pattern3 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern4 = new RegExp("^file:[^\\s]+$", "u");
var pattern6 = new RegExp("^[0-9a-f]{7,64}$", "u");
var pattern10 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]{0,63}$", "u");
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
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.status === void 0 && (missing0 = "status")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.status !== void 0) {
        if ("deprecated" !== data.status) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.deprecation === void 0) {
        const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "deprecation" }, message: "must have required property 'deprecation'", schema: schema0.then.required, parentSchema: schema0.then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema0.if, parentSchema: schema0, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.model === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.createdAt === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property 'createdAt'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "artifact" }, message: "must have required property 'artifact'", schema: schema0.required, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func0.call(schema0.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data1 = data.model;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err9 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,63}$"', schema: "^[a-z0-9][a-z0-9._-]{0,63}$", parentSchema: schema0.properties.model, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.model.type, parentSchema: schema0.properties.model, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err11 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,63}$"', schema: "^[a-z0-9][a-z0-9._-]{0,63}$", parentSchema: schema0.properties.version, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.version.type, parentSchema: schema0.properties.version, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.createdAt !== void 0) {
      let data3 = data.createdAt;
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err13 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema0.properties.createdAt, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.createdAt.type, parentSchema: schema0.properties.createdAt, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.artifact !== void 0) {
      let data4 = data.artifact;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.uri === void 0) {
          const err15 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema0.properties.artifact.required, parentSchema: schema0.properties.artifact, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data4.sha256 === void 0) {
          const err16 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.properties.artifact.required, parentSchema: schema0.properties.artifact, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data4.bytes === void 0) {
          const err17 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'", schema: schema0.properties.artifact.required, parentSchema: schema0.properties.artifact, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data4.format === void 0) {
          const err18 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property 'format'", schema: schema0.properties.artifact.required, parentSchema: schema0.properties.artifact, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "uri" || key1 === "sha256" || key1 === "bytes" || key1 === "format" || key1 === "referencePredictions")) {
            const err19 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.artifact, data: data4 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data4.uri !== void 0) {
          let data5 = data4.uri;
          if (typeof data5 === "string") {
            if (!pattern2.test(data5)) {
              const err20 = { instancePath: instancePath + "/artifact/uri", schemaPath: "#/properties/artifact/properties/uri/pattern", keyword: "pattern", params: { pattern: "^(file:[^\\s]+|https://[^\\s]+)$" }, message: 'must match pattern "^(file:[^\\s]+|https://[^\\s]+)$"', schema: "^(file:[^\\s]+|https://[^\\s]+)$", parentSchema: schema0.properties.artifact.properties.uri, data: data5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/artifact/uri", schemaPath: "#/properties/artifact/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.artifact.properties.uri.type, parentSchema: schema0.properties.artifact.properties.uri, data: data5 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data4.sha256 !== void 0) {
          let data6 = data4.sha256;
          if (typeof data6 === "string") {
            if (!pattern3.test(data6)) {
              const err22 = { instancePath: instancePath + "/artifact/sha256", schemaPath: "#/properties/artifact/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.properties.artifact.properties.sha256, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/artifact/sha256", schemaPath: "#/properties/artifact/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.artifact.properties.sha256.type, parentSchema: schema0.properties.artifact.properties.sha256, data: data6 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data4.bytes !== void 0) {
          let data7 = data4.bytes;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err24 = { instancePath: instancePath + "/artifact/bytes", schemaPath: "#/properties/artifact/properties/bytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.properties.artifact.properties.bytes.type, parentSchema: schema0.properties.artifact.properties.bytes, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 1 || isNaN(data7)) {
              const err25 = { instancePath: instancePath + "/artifact/bytes", schemaPath: "#/properties/artifact/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.properties.artifact.properties.bytes, data: data7 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data4.format !== void 0) {
          let data8 = data4.format;
          if (!(data8 === "onnx")) {
            const err26 = { instancePath: instancePath + "/artifact/format", schemaPath: "#/properties/artifact/properties/format/enum", keyword: "enum", params: { allowedValues: schema0.properties.artifact.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.artifact.properties.format.enum, parentSchema: schema0.properties.artifact.properties.format, data: data8 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data4.referencePredictions !== void 0) {
          let data9 = data4.referencePredictions;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.uri === void 0) {
              const err27 = { instancePath: instancePath + "/artifact/referencePredictions", schemaPath: "#/properties/artifact/properties/referencePredictions/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema0.properties.artifact.properties.referencePredictions.required, parentSchema: schema0.properties.artifact.properties.referencePredictions, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data9.sha256 === void 0) {
              const err28 = { instancePath: instancePath + "/artifact/referencePredictions", schemaPath: "#/properties/artifact/properties/referencePredictions/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.properties.artifact.properties.referencePredictions.required, parentSchema: schema0.properties.artifact.properties.referencePredictions, data: data9 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "uri" || key2 === "sha256")) {
                const err29 = { instancePath: instancePath + "/artifact/referencePredictions", schemaPath: "#/properties/artifact/properties/referencePredictions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.artifact.properties.referencePredictions, data: data9 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data9.uri !== void 0) {
              let data10 = data9.uri;
              if (typeof data10 === "string") {
                if (!pattern4.test(data10)) {
                  const err30 = { instancePath: instancePath + "/artifact/referencePredictions/uri", schemaPath: "#/properties/artifact/properties/referencePredictions/properties/uri/pattern", keyword: "pattern", params: { pattern: "^file:[^\\s]+$" }, message: 'must match pattern "^file:[^\\s]+$"', schema: "^file:[^\\s]+$", parentSchema: schema0.properties.artifact.properties.referencePredictions.properties.uri, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/artifact/referencePredictions/uri", schemaPath: "#/properties/artifact/properties/referencePredictions/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.artifact.properties.referencePredictions.properties.uri.type, parentSchema: schema0.properties.artifact.properties.referencePredictions.properties.uri, data: data10 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data9.sha256 !== void 0) {
              let data11 = data9.sha256;
              if (typeof data11 === "string") {
                if (!pattern3.test(data11)) {
                  const err32 = { instancePath: instancePath + "/artifact/referencePredictions/sha256", schemaPath: "#/properties/artifact/properties/referencePredictions/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.properties.artifact.properties.referencePredictions.properties.sha256, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/artifact/referencePredictions/sha256", schemaPath: "#/properties/artifact/properties/referencePredictions/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.artifact.properties.referencePredictions.properties.sha256.type, parentSchema: schema0.properties.artifact.properties.referencePredictions.properties.sha256, data: data11 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/artifact/referencePredictions", schemaPath: "#/properties/artifact/properties/referencePredictions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.artifact.properties.referencePredictions.type, parentSchema: schema0.properties.artifact.properties.referencePredictions, data: data9 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/artifact", schemaPath: "#/properties/artifact/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.artifact.type, parentSchema: schema0.properties.artifact, data: data4 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.lineage !== void 0) {
      let data12 = data.lineage;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key3 in data12) {
          if (!(key3 === "codeCommit" || key3 === "datasets" || key3 === "params")) {
            const err36 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.lineage, data: data12 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data12.codeCommit !== void 0) {
          let data13 = data12.codeCommit;
          if (typeof data13 === "string") {
            if (!pattern6.test(data13)) {
              const err37 = { instancePath: instancePath + "/lineage/codeCommit", schemaPath: "#/properties/lineage/properties/codeCommit/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,64}$" }, message: 'must match pattern "^[0-9a-f]{7,64}$"', schema: "^[0-9a-f]{7,64}$", parentSchema: schema0.properties.lineage.properties.codeCommit, data: data13 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/lineage/codeCommit", schemaPath: "#/properties/lineage/properties/codeCommit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.lineage.properties.codeCommit.type, parentSchema: schema0.properties.lineage.properties.codeCommit, data: data13 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data12.datasets !== void 0) {
          let data14 = data12.datasets;
          if (Array.isArray(data14)) {
            const len0 = data14.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data15 = data14[i0];
              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.name === void 0) {
                  const err39 = { instancePath: instancePath + "/lineage/datasets/" + i0, schemaPath: "#/properties/lineage/properties/datasets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema0.properties.lineage.properties.datasets.items.required, parentSchema: schema0.properties.lineage.properties.datasets.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data15.version === void 0) {
                  const err40 = { instancePath: instancePath + "/lineage/datasets/" + i0, schemaPath: "#/properties/lineage/properties/datasets/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema0.properties.lineage.properties.datasets.items.required, parentSchema: schema0.properties.lineage.properties.datasets.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data15.sha256 === void 0) {
                  const err41 = { instancePath: instancePath + "/lineage/datasets/" + i0, schemaPath: "#/properties/lineage/properties/datasets/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.properties.lineage.properties.datasets.items.required, parentSchema: schema0.properties.lineage.properties.datasets.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (data15.role === void 0) {
                  const err42 = { instancePath: instancePath + "/lineage/datasets/" + i0, schemaPath: "#/properties/lineage/properties/datasets/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema0.properties.lineage.properties.datasets.items.required, parentSchema: schema0.properties.lineage.properties.datasets.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                for (const key4 in data15) {
                  if (!(key4 === "name" || key4 === "version" || key4 === "sha256" || key4 === "role")) {
                    const err43 = { instancePath: instancePath + "/lineage/datasets/" + i0, schemaPath: "#/properties/lineage/properties/datasets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.lineage.properties.datasets.items, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data15.name !== void 0) {
                  let data16 = data15.name;
                  if (typeof data16 === "string") {
                    if (!pattern0.test(data16)) {
                      const err44 = { instancePath: instancePath + "/lineage/datasets/" + i0 + "/name", schemaPath: "#/properties/lineage/properties/datasets/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,63}$"', schema: "^[a-z0-9][a-z0-9._-]{0,63}$", parentSchema: schema0.properties.lineage.properties.datasets.items.properties.name, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/lineage/datasets/" + i0 + "/name", schemaPath: "#/properties/lineage/properties/datasets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.lineage.properties.datasets.items.properties.name.type, parentSchema: schema0.properties.lineage.properties.datasets.items.properties.name, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data15.version !== void 0) {
                  let data17 = data15.version;
                  if (typeof data17 === "string") {
                    if (!pattern0.test(data17)) {
                      const err46 = { instancePath: instancePath + "/lineage/datasets/" + i0 + "/version", schemaPath: "#/properties/lineage/properties/datasets/items/properties/version/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,63}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,63}$"', schema: "^[a-z0-9][a-z0-9._-]{0,63}$", parentSchema: schema0.properties.lineage.properties.datasets.items.properties.version, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  } else {
                    const err47 = { instancePath: instancePath + "/lineage/datasets/" + i0 + "/version", schemaPath: "#/properties/lineage/properties/datasets/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.lineage.properties.datasets.items.properties.version.type, parentSchema: schema0.properties.lineage.properties.datasets.items.properties.version, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data15.sha256 !== void 0) {
                  let data18 = data15.sha256;
                  if (typeof data18 === "string") {
                    if (!pattern3.test(data18)) {
                      const err48 = { instancePath: instancePath + "/lineage/datasets/" + i0 + "/sha256", schemaPath: "#/properties/lineage/properties/datasets/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.properties.lineage.properties.datasets.items.properties.sha256, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/lineage/datasets/" + i0 + "/sha256", schemaPath: "#/properties/lineage/properties/datasets/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.lineage.properties.datasets.items.properties.sha256.type, parentSchema: schema0.properties.lineage.properties.datasets.items.properties.sha256, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data15.role !== void 0) {
                  let data19 = data15.role;
                  if (!(data19 === "train" || data19 === "test" || data19 === "validation")) {
                    const err50 = { instancePath: instancePath + "/lineage/datasets/" + i0 + "/role", schemaPath: "#/properties/lineage/properties/datasets/items/properties/role/enum", keyword: "enum", params: { allowedValues: schema0.properties.lineage.properties.datasets.items.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.lineage.properties.datasets.items.properties.role.enum, parentSchema: schema0.properties.lineage.properties.datasets.items.properties.role, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
              } else {
                const err51 = { instancePath: instancePath + "/lineage/datasets/" + i0, schemaPath: "#/properties/lineage/properties/datasets/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.lineage.properties.datasets.items.type, parentSchema: schema0.properties.lineage.properties.datasets.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/lineage/datasets", schemaPath: "#/properties/lineage/properties/datasets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.lineage.properties.datasets.type, parentSchema: schema0.properties.lineage.properties.datasets, data: data14 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data12.params !== void 0) {
          let data20 = data12.params;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
          } else {
            const err53 = { instancePath: instancePath + "/lineage/params", schemaPath: "#/properties/lineage/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.lineage.properties.params.type, parentSchema: schema0.properties.lineage.properties.params, data: data20 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/lineage", schemaPath: "#/properties/lineage/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.lineage.type, parentSchema: schema0.properties.lineage, data: data12 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.evaluation !== void 0) {
      let data21 = data.evaluation;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key5 in data21) {
          if (!(key5 === "summary" || key5 === "evidence")) {
            const err55 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.evaluation, data: data21 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data21.summary !== void 0) {
          let data22 = data21.summary;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            for (const key6 in data22) {
              const _errs54 = errors;
              if (typeof key6 === "string") {
                if (!pattern10.test(key6)) {
                  const err56 = { instancePath: instancePath + "/evaluation/summary", schemaPath: "#/properties/evaluation/properties/summary/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$", parentSchema: schema0.properties.evaluation.properties.summary.propertyNames, data: key6, propertyName: key6 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              }
              var valid10 = _errs54 === errors;
              if (!valid10) {
                const err57 = { instancePath: instancePath + "/evaluation/summary", schemaPath: "#/properties/evaluation/properties/summary/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema0.properties.evaluation.properties.summary.propertyNames, parentSchema: schema0.properties.evaluation.properties.summary, data: data22 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            for (const key7 in data22) {
              let data23 = data22[key7];
              if (!(typeof data23 == "number" && isFinite(data23))) {
                const err58 = { instancePath: instancePath + "/evaluation/summary/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/evaluation/properties/summary/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.properties.evaluation.properties.summary.additionalProperties.type, parentSchema: schema0.properties.evaluation.properties.summary.additionalProperties, data: data23 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/evaluation/summary", schemaPath: "#/properties/evaluation/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.evaluation.properties.summary.type, parentSchema: schema0.properties.evaluation.properties.summary, data: data22 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data21.evidence !== void 0) {
          let data24 = data21.evidence;
          if (Array.isArray(data24)) {
            const len1 = data24.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data25 = data24[i1];
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.kind === void 0) {
                  const err60 = { instancePath: instancePath + "/evaluation/evidence/" + i1, schemaPath: "#/properties/evaluation/properties/evidence/items/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema0.properties.evaluation.properties.evidence.items.required, parentSchema: schema0.properties.evaluation.properties.evidence.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (data25.uri === void 0) {
                  const err61 = { instancePath: instancePath + "/evaluation/evidence/" + i1, schemaPath: "#/properties/evaluation/properties/evidence/items/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema0.properties.evaluation.properties.evidence.items.required, parentSchema: schema0.properties.evaluation.properties.evidence.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (data25.sha256 === void 0) {
                  const err62 = { instancePath: instancePath + "/evaluation/evidence/" + i1, schemaPath: "#/properties/evaluation/properties/evidence/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.properties.evaluation.properties.evidence.items.required, parentSchema: schema0.properties.evaluation.properties.evidence.items, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                for (const key8 in data25) {
                  if (!(key8 === "kind" || key8 === "uri" || key8 === "sha256")) {
                    const err63 = { instancePath: instancePath + "/evaluation/evidence/" + i1, schemaPath: "#/properties/evaluation/properties/evidence/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.evaluation.properties.evidence.items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data25.kind !== void 0) {
                  let data26 = data25.kind;
                  if (!(data26 === "data-profile" || data26 === "data-validation" || data26 === "evaluation" || data26 === "ml-test-score-report" || data26 === "registry-check" || data26 === "deploy-plan")) {
                    const err64 = { instancePath: instancePath + "/evaluation/evidence/" + i1 + "/kind", schemaPath: "#/properties/evaluation/properties/evidence/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema0.properties.evaluation.properties.evidence.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.evaluation.properties.evidence.items.properties.kind.enum, parentSchema: schema0.properties.evaluation.properties.evidence.items.properties.kind, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data25.uri !== void 0) {
                  let data27 = data25.uri;
                  if (typeof data27 === "string") {
                    if (!pattern2.test(data27)) {
                      const err65 = { instancePath: instancePath + "/evaluation/evidence/" + i1 + "/uri", schemaPath: "#/properties/evaluation/properties/evidence/items/properties/uri/pattern", keyword: "pattern", params: { pattern: "^(file:[^\\s]+|https://[^\\s]+)$" }, message: 'must match pattern "^(file:[^\\s]+|https://[^\\s]+)$"', schema: "^(file:[^\\s]+|https://[^\\s]+)$", parentSchema: schema0.properties.evaluation.properties.evidence.items.properties.uri, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err65];
                      } else {
                        vErrors.push(err65);
                      }
                      errors++;
                    }
                  } else {
                    const err66 = { instancePath: instancePath + "/evaluation/evidence/" + i1 + "/uri", schemaPath: "#/properties/evaluation/properties/evidence/items/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.evaluation.properties.evidence.items.properties.uri.type, parentSchema: schema0.properties.evaluation.properties.evidence.items.properties.uri, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
                if (data25.sha256 !== void 0) {
                  let data28 = data25.sha256;
                  if (typeof data28 === "string") {
                    if (!pattern3.test(data28)) {
                      const err67 = { instancePath: instancePath + "/evaluation/evidence/" + i1 + "/sha256", schemaPath: "#/properties/evaluation/properties/evidence/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.properties.evaluation.properties.evidence.items.properties.sha256, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/evaluation/evidence/" + i1 + "/sha256", schemaPath: "#/properties/evaluation/properties/evidence/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.evaluation.properties.evidence.items.properties.sha256.type, parentSchema: schema0.properties.evaluation.properties.evidence.items.properties.sha256, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              } else {
                const err69 = { instancePath: instancePath + "/evaluation/evidence/" + i1, schemaPath: "#/properties/evaluation/properties/evidence/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.evaluation.properties.evidence.items.type, parentSchema: schema0.properties.evaluation.properties.evidence.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/evaluation/evidence", schemaPath: "#/properties/evaluation/properties/evidence/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.evaluation.properties.evidence.type, parentSchema: schema0.properties.evaluation.properties.evidence, data: data24 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/evaluation", schemaPath: "#/properties/evaluation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.evaluation.type, parentSchema: schema0.properties.evaluation, data: data21 };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data29 = data.status;
      if (!(data29 === "active" || data29 === "deprecated")) {
        const err72 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema0.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.status.enum, parentSchema: schema0.properties.status, data: data29 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.deprecation !== void 0) {
      let data30 = data.deprecation;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (data30.reason === void 0) {
          const err73 = { instancePath: instancePath + "/deprecation", schemaPath: "#/properties/deprecation/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema0.properties.deprecation.required, parentSchema: schema0.properties.deprecation, data: data30 };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
        if (data30.at === void 0) {
          const err74 = { instancePath: instancePath + "/deprecation", schemaPath: "#/properties/deprecation/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'", schema: schema0.properties.deprecation.required, parentSchema: schema0.properties.deprecation, data: data30 };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        for (const key9 in data30) {
          if (!(key9 === "reason" || key9 === "at")) {
            const err75 = { instancePath: instancePath + "/deprecation", schemaPath: "#/properties/deprecation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.deprecation, data: data30 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data30.reason !== void 0) {
          let data31 = data30.reason;
          if (typeof data31 === "string") {
            if (func1(data31) < 1) {
              const err76 = { instancePath: instancePath + "/deprecation/reason", schemaPath: "#/properties/deprecation/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.deprecation.properties.reason, data: data31 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          } else {
            const err77 = { instancePath: instancePath + "/deprecation/reason", schemaPath: "#/properties/deprecation/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.deprecation.properties.reason.type, parentSchema: schema0.properties.deprecation.properties.reason, data: data31 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data30.at !== void 0) {
          let data32 = data30.at;
          if (typeof data32 === "string") {
            if (!formats0.validate(data32)) {
              const err78 = { instancePath: instancePath + "/deprecation/at", schemaPath: "#/properties/deprecation/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema0.properties.deprecation.properties.at, data: data32 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          } else {
            const err79 = { instancePath: instancePath + "/deprecation/at", schemaPath: "#/properties/deprecation/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.deprecation.properties.at.type, parentSchema: schema0.properties.deprecation.properties.at, data: data32 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = { instancePath: instancePath + "/deprecation", schemaPath: "#/properties/deprecation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.deprecation.type, parentSchema: schema0.properties.deprecation, data: data30 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data33 = data.metadata;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
      } else {
        const err81 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.metadata.type, parentSchema: schema0.properties.metadata, data: data33 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
  } else {
    const err82 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
    if (vErrors === null) {
      vErrors = [err82];
    } else {
      vErrors.push(err82);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
