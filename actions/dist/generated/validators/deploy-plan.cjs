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

// packages/core/src/generated/validators/deploy-plan.cjs
exports.validate = validate0;
var schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/deploy-plan.schema.json", "title": "DeployPlan", "description": "What merging deployed (modelgate deploy): one entry per (environment, model) whose desired state changed between two commits, with traffic and artifacts. Running it twice gives the same plan.", "allOf": [{ "$ref": "https://modelgate.dev/schemas/evidence-envelope.schema.json" }, { "type": "object", "required": ["kind", "before", "after", "entries"], "properties": { "kind": { "description": "Always deploy-plan.", "const": "deploy-plan" }, "before": { "description": "The commit deployed before.", "type": "string", "pattern": "^[0-9a-f]{40}$" }, "after": { "description": "The commit to deploy.", "type": "string", "pattern": "^[0-9a-f]{40}$" }, "entries": { "description": "One entry per changed (environment, model).", "type": "array", "items": { "$ref": "#/$defs/entry" } } } }], "$defs": { "entry": { "description": "One model's change in one environment.", "type": "object", "required": ["environment", "model", "kind", "from", "to", "traffic", "desired", "artifacts"], "additionalProperties": false, "properties": { "environment": { "description": "The environment.", "type": "string" }, "model": { "description": "The model.", "type": "string" }, "kind": { "description": "The kind of change.", "enum": ["promote", "canary", "complete", "rollback", "retire"] }, "from": { "description": "The version traffic moves from.", "type": ["string", "null"] }, "to": { "description": "The version traffic moves to (null when retired).", "type": ["string", "null"] }, "traffic": { "description": "Percent of traffic `to` serves afterwards.", "type": ["integer", "null"], "minimum": 0, "maximum": 100 }, "desired": { "description": "The full desired state afterwards (null when retired).", "type": ["object", "null"], "required": ["version", "canary"], "additionalProperties": false, "properties": { "version": { "description": "The champion.", "type": "string" }, "canary": { "description": "The canary, or null.", "type": ["object", "null"], "required": ["version", "traffic"], "additionalProperties": false, "properties": { "version": { "description": "The canary version.", "type": "string" }, "traffic": { "description": "Percent of traffic, 1..99.", "type": "integer", "minimum": 1, "maximum": 99 } } } } }, "artifacts": { "description": "The artifacts serving afterwards, with their share of traffic.", "type": "array", "items": { "description": "One serving artifact.", "type": "object", "required": ["version", "uri", "sha256", "traffic"], "additionalProperties": false, "properties": { "version": { "description": "The version.", "type": "string" }, "uri": { "description": "The artifact URI.", "type": "string" }, "sha256": { "description": "The artifact digest.", "type": "string" }, "traffic": { "description": "Percent of traffic it serves.", "type": "integer", "minimum": 0, "maximum": 100 } } } } } } }, "examples": [{ "kind": "deploy-plan", "schemaVersion": 1, "tool": { "name": "modelgate", "version": "0.1.0" }, "context": { "commit": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "ref": null, "runUrl": null, "ci": false }, "createdAt": "2026-11-20T12:00:00.000Z", "subject": "cccccccccccc..aaaaaaaaaaaa", "inputs": [{ "role": "desired-state", "uri": "file:environments/production/credit-default.yaml", "sha256": "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" }], "verdict": "pass", "before": "cccccccccccccccccccccccccccccccccccccccc", "after": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "entries": [{ "environment": "production", "model": "credit-default", "kind": "canary", "from": "1.0.0", "to": "2.0.0", "traffic": 10, "desired": { "version": "1.0.0", "canary": { "version": "2.0.0", "traffic": 10 } }, "artifacts": [{ "version": "1.0.0", "uri": "file:artifacts/credit-default/1.0.0/model.onnx", "sha256": "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd", "traffic": 90 }, { "version": "2.0.0", "uri": "file:artifacts/credit-default/2.0.0/model.onnx", "sha256": "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", "traffic": 10 }] }] }] };
var schema1 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/evidence-envelope.schema.json", "title": "EvidenceEnvelope", "description": "The envelope every report modelgate writes starts with: what the report is about, the exact inputs (by sha256) it was computed from, where it ran and its verdict. Report schemas extend it with allOf.", "type": "object", "required": ["kind", "schemaVersion", "tool", "subject", "inputs", "context", "createdAt", "verdict"], "properties": { "kind": { "description": "The report kind, e.g. data-profile, data-validation, evaluation, ml-test-score-report, registry-check, deploy-plan.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "schemaVersion": { "description": "Version of the envelope format; always 1.", "const": 1 }, "tool": { "description": "The tool that wrote the report.", "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "description": "Tool name, normally modelgate.", "type": "string", "minLength": 1 }, "version": { "description": "Tool version that produced the report.", "type": "string", "minLength": 1 } } }, "subject": { "description": "What the report is about: model@version, dataset@version, or a bare name.", "type": "string", "minLength": 1 }, "inputs": { "description": "Every exact input the report was computed from, bound by digest.", "type": "array", "items": { "description": "One input file.", "type": "object", "required": ["role", "uri", "sha256"], "additionalProperties": false, "properties": { "role": { "description": "What the input was to the report: model, champion, data, reference, schema, profile, declarations, evidence.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "uri": { "description": "Where the input is: file:<path relative to the repository> or an https:// URL.", "type": "string", "minLength": 1 }, "sha256": { "description": "sha256 of the input's bytes, 64 lowercase hex characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" } } } }, "context": { "description": "Where the report was produced.", "type": "object", "required": ["commit", "ref", "runUrl", "ci"], "additionalProperties": false, "properties": { "commit": { "description": "The commit the run checked out, or null when unknown.", "type": ["string", "null"] }, "ref": { "description": "The git ref of the run (e.g. refs/heads/main), or null when unknown.", "type": ["string", "null"] }, "runUrl": { "description": "URL of the CI run, or null when unknown.", "type": ["string", "null"] }, "ci": { "description": "True when the process that made the report ran with CI=true or GITHUB_ACTIONS=true. A claim, not a proof: nothing is trusted or counted for it (the gate verifies figures by recomputation).", "type": "boolean" }, "github": { "description": "The GitHub Actions run that made the report (GITHUB_ACTIONS=true); absent elsewhere. A claim the provenance verifier checks through the GitHub API: the run exists in this repository, ran a trusted workflow on the version's code commit, concluded success and uploaded this file (docs/security.md).", "type": "object", "required": ["repository", "workflowRef", "runId", "runAttempt", "sha"], "additionalProperties": false, "properties": { "repository": { "description": "The repository the run belongs to, owner/name (GITHUB_REPOSITORY).", "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, "workflowRef": { "description": "The workflow file and ref the run ran (GITHUB_WORKFLOW_REF), e.g. acme/churn-model/.github/workflows/evidence.yml@refs/heads/main; for a reusable workflow, its caller.", "type": "string", "minLength": 1 }, "runId": { "description": "The workflow run's id (GITHUB_RUN_ID).", "type": "integer", "minimum": 1 }, "runAttempt": { "description": "The attempt of the run (GITHUB_RUN_ATTEMPT), 1 for the first.", "type": "integer", "minimum": 1 }, "sha": { "description": "The commit the run ran on (GITHUB_SHA).", "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" } } } } }, "createdAt": { "description": "When the report was written (RFC 3339 date-time, UTC).", "type": "string", "format": "date-time" }, "verdict": { "description": "The report's overall verdict.", "enum": ["pass", "warn", "fail"] } }, "examples": [{ "kind": "data-validation", "schemaVersion": 1, "tool": { "name": "modelgate", "version": "0.1.0" }, "subject": "loans@2026-08", "inputs": [{ "role": "data", "uri": "file:data/serving.csv", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }], "context": { "commit": null, "ref": null, "runUrl": null, "ci": false }, "createdAt": "2026-11-23T12:00:00Z", "verdict": "pass" }] };
var schema2 = { "description": "One model's change in one environment.", "type": "object", "required": ["environment", "model", "kind", "from", "to", "traffic", "desired", "artifacts"], "additionalProperties": false, "properties": { "environment": { "description": "The environment.", "type": "string" }, "model": { "description": "The model.", "type": "string" }, "kind": { "description": "The kind of change.", "enum": ["promote", "canary", "complete", "rollback", "retire"] }, "from": { "description": "The version traffic moves from.", "type": ["string", "null"] }, "to": { "description": "The version traffic moves to (null when retired).", "type": ["string", "null"] }, "traffic": { "description": "Percent of traffic `to` serves afterwards.", "type": ["integer", "null"], "minimum": 0, "maximum": 100 }, "desired": { "description": "The full desired state afterwards (null when retired).", "type": ["object", "null"], "required": ["version", "canary"], "additionalProperties": false, "properties": { "version": { "description": "The champion.", "type": "string" }, "canary": { "description": "The canary, or null.", "type": ["object", "null"], "required": ["version", "traffic"], "additionalProperties": false, "properties": { "version": { "description": "The canary version.", "type": "string" }, "traffic": { "description": "Percent of traffic, 1..99.", "type": "integer", "minimum": 1, "maximum": 99 } } } } }, "artifacts": { "description": "The artifacts serving afterwards, with their share of traffic.", "type": "array", "items": { "description": "One serving artifact.", "type": "object", "required": ["version", "uri", "sha256", "traffic"], "additionalProperties": false, "properties": { "version": { "description": "The version.", "type": "string" }, "uri": { "description": "The artifact URI.", "type": "string" }, "sha256": { "description": "The artifact digest.", "type": "string" }, "traffic": { "description": "Percent of traffic it serves.", "type": "integer", "minimum": 0, "maximum": 100 } } } } } };
var pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
var pattern2 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern3 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
var pattern4 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
var pattern5 = new RegExp("^[0-9a-f]{40}$", "u");
var func0 = require_ucs2length().default;
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
    if (data.before === void 0) {
      const err65 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "before" }, message: "must have required property 'before'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err65];
      } else {
        vErrors.push(err65);
      }
      errors++;
    }
    if (data.after === void 0) {
      const err66 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "after" }, message: "must have required property 'after'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err66];
      } else {
        vErrors.push(err66);
      }
      errors++;
    }
    if (data.entries === void 0) {
      const err67 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "entries" }, message: "must have required property 'entries'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err67];
      } else {
        vErrors.push(err67);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data24 = data.kind;
      if ("deploy-plan" !== data24) {
        const err68 = { instancePath: instancePath + "/kind", schemaPath: "#/allOf/1/properties/kind/const", keyword: "const", params: { allowedValue: "deploy-plan" }, message: "must be equal to constant", schema: "deploy-plan", parentSchema: schema0.allOf[1].properties.kind, data: data24 };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.before !== void 0) {
      let data25 = data.before;
      if (typeof data25 === "string") {
        if (!pattern5.test(data25)) {
          const err69 = { instancePath: instancePath + "/before", schemaPath: "#/allOf/1/properties/before/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"', schema: "^[0-9a-f]{40}$", parentSchema: schema0.allOf[1].properties.before, data: data25 };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
      } else {
        const err70 = { instancePath: instancePath + "/before", schemaPath: "#/allOf/1/properties/before/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.before.type, parentSchema: schema0.allOf[1].properties.before, data: data25 };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.after !== void 0) {
      let data26 = data.after;
      if (typeof data26 === "string") {
        if (!pattern5.test(data26)) {
          const err71 = { instancePath: instancePath + "/after", schemaPath: "#/allOf/1/properties/after/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"', schema: "^[0-9a-f]{40}$", parentSchema: schema0.allOf[1].properties.after, data: data26 };
          if (vErrors === null) {
            vErrors = [err71];
          } else {
            vErrors.push(err71);
          }
          errors++;
        }
      } else {
        const err72 = { instancePath: instancePath + "/after", schemaPath: "#/allOf/1/properties/after/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.after.type, parentSchema: schema0.allOf[1].properties.after, data: data26 };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.entries !== void 0) {
      let data27 = data.entries;
      if (Array.isArray(data27)) {
        const len1 = data27.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data28 = data27[i1];
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.environment === void 0) {
              const err73 = { instancePath: instancePath + "/entries/" + i1, schemaPath: "#/$defs/entry/required", keyword: "required", params: { missingProperty: "environment" }, message: "must have required property 'environment'", schema: schema2.required, parentSchema: schema2, data: data28 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
            if (data28.model === void 0) {
              const err74 = { instancePath: instancePath + "/entries/" + i1, schemaPath: "#/$defs/entry/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema2.required, parentSchema: schema2, data: data28 };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (data28.kind === void 0) {
              const err75 = { instancePath: instancePath + "/entries/" + i1, schemaPath: "#/$defs/entry/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema2.required, parentSchema: schema2, data: data28 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            if (data28.from === void 0) {
              const err76 = { instancePath: instancePath + "/entries/" + i1, schemaPath: "#/$defs/entry/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema2.required, parentSchema: schema2, data: data28 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data28.to === void 0) {
              const err77 = { instancePath: instancePath + "/entries/" + i1, schemaPath: "#/$defs/entry/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema2.required, parentSchema: schema2, data: data28 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            if (data28.traffic === void 0) {
              const err78 = { instancePath: instancePath + "/entries/" + i1, schemaPath: "#/$defs/entry/required", keyword: "required", params: { missingProperty: "traffic" }, message: "must have required property 'traffic'", schema: schema2.required, parentSchema: schema2, data: data28 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data28.desired === void 0) {
              const err79 = { instancePath: instancePath + "/entries/" + i1, schemaPath: "#/$defs/entry/required", keyword: "required", params: { missingProperty: "desired" }, message: "must have required property 'desired'", schema: schema2.required, parentSchema: schema2, data: data28 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data28.artifacts === void 0) {
              const err80 = { instancePath: instancePath + "/entries/" + i1, schemaPath: "#/$defs/entry/required", keyword: "required", params: { missingProperty: "artifacts" }, message: "must have required property 'artifacts'", schema: schema2.required, parentSchema: schema2, data: data28 };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            for (const key4 in data28) {
              if (!(key4 === "environment" || key4 === "model" || key4 === "kind" || key4 === "from" || key4 === "to" || key4 === "traffic" || key4 === "desired" || key4 === "artifacts")) {
                const err81 = { instancePath: instancePath + "/entries/" + i1, schemaPath: "#/$defs/entry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2, data: data28 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data28.environment !== void 0) {
              let data29 = data28.environment;
              if (typeof data29 !== "string") {
                const err82 = { instancePath: instancePath + "/entries/" + i1 + "/environment", schemaPath: "#/$defs/entry/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.environment.type, parentSchema: schema2.properties.environment, data: data29 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data28.model !== void 0) {
              let data30 = data28.model;
              if (typeof data30 !== "string") {
                const err83 = { instancePath: instancePath + "/entries/" + i1 + "/model", schemaPath: "#/$defs/entry/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.model.type, parentSchema: schema2.properties.model, data: data30 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data28.kind !== void 0) {
              let data31 = data28.kind;
              if (!(data31 === "promote" || data31 === "canary" || data31 === "complete" || data31 === "rollback" || data31 === "retire")) {
                const err84 = { instancePath: instancePath + "/entries/" + i1 + "/kind", schemaPath: "#/$defs/entry/properties/kind/enum", keyword: "enum", params: { allowedValues: schema2.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema2.properties.kind.enum, parentSchema: schema2.properties.kind, data: data31 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data28.from !== void 0) {
              let data32 = data28.from;
              if (typeof data32 !== "string" && data32 !== null) {
                const err85 = { instancePath: instancePath + "/entries/" + i1 + "/from", schemaPath: "#/$defs/entry/properties/from/type", keyword: "type", params: { type: schema2.properties.from.type }, message: "must be string,null", schema: schema2.properties.from.type, parentSchema: schema2.properties.from, data: data32 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data28.to !== void 0) {
              let data33 = data28.to;
              if (typeof data33 !== "string" && data33 !== null) {
                const err86 = { instancePath: instancePath + "/entries/" + i1 + "/to", schemaPath: "#/$defs/entry/properties/to/type", keyword: "type", params: { type: schema2.properties.to.type }, message: "must be string,null", schema: schema2.properties.to.type, parentSchema: schema2.properties.to, data: data33 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data28.traffic !== void 0) {
              let data34 = data28.traffic;
              if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)) && isFinite(data34)) && data34 !== null) {
                const err87 = { instancePath: instancePath + "/entries/" + i1 + "/traffic", schemaPath: "#/$defs/entry/properties/traffic/type", keyword: "type", params: { type: schema2.properties.traffic.type }, message: "must be integer,null", schema: schema2.properties.traffic.type, parentSchema: schema2.properties.traffic, data: data34 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
              if (typeof data34 == "number" && isFinite(data34)) {
                if (data34 > 100 || isNaN(data34)) {
                  const err88 = { instancePath: instancePath + "/entries/" + i1 + "/traffic", schemaPath: "#/$defs/entry/properties/traffic/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema2.properties.traffic, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (data34 < 0 || isNaN(data34)) {
                  const err89 = { instancePath: instancePath + "/entries/" + i1 + "/traffic", schemaPath: "#/$defs/entry/properties/traffic/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.traffic, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              }
            }
            if (data28.desired !== void 0) {
              let data35 = data28.desired;
              if (!(data35 && typeof data35 == "object" && !Array.isArray(data35)) && data35 !== null) {
                const err90 = { instancePath: instancePath + "/entries/" + i1 + "/desired", schemaPath: "#/$defs/entry/properties/desired/type", keyword: "type", params: { type: schema2.properties.desired.type }, message: "must be object,null", schema: schema2.properties.desired.type, parentSchema: schema2.properties.desired, data: data35 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (data35.version === void 0) {
                  const err91 = { instancePath: instancePath + "/entries/" + i1 + "/desired", schemaPath: "#/$defs/entry/properties/desired/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema2.properties.desired.required, parentSchema: schema2.properties.desired, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                if (data35.canary === void 0) {
                  const err92 = { instancePath: instancePath + "/entries/" + i1 + "/desired", schemaPath: "#/$defs/entry/properties/desired/required", keyword: "required", params: { missingProperty: "canary" }, message: "must have required property 'canary'", schema: schema2.properties.desired.required, parentSchema: schema2.properties.desired, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                for (const key5 in data35) {
                  if (!(key5 === "version" || key5 === "canary")) {
                    const err93 = { instancePath: instancePath + "/entries/" + i1 + "/desired", schemaPath: "#/$defs/entry/properties/desired/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.desired, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
                if (data35.version !== void 0) {
                  let data36 = data35.version;
                  if (typeof data36 !== "string") {
                    const err94 = { instancePath: instancePath + "/entries/" + i1 + "/desired/version", schemaPath: "#/$defs/entry/properties/desired/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.desired.properties.version.type, parentSchema: schema2.properties.desired.properties.version, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err94];
                    } else {
                      vErrors.push(err94);
                    }
                    errors++;
                  }
                }
                if (data35.canary !== void 0) {
                  let data37 = data35.canary;
                  if (!(data37 && typeof data37 == "object" && !Array.isArray(data37)) && data37 !== null) {
                    const err95 = { instancePath: instancePath + "/entries/" + i1 + "/desired/canary", schemaPath: "#/$defs/entry/properties/desired/properties/canary/type", keyword: "type", params: { type: schema2.properties.desired.properties.canary.type }, message: "must be object,null", schema: schema2.properties.desired.properties.canary.type, parentSchema: schema2.properties.desired.properties.canary, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                  if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                    if (data37.version === void 0) {
                      const err96 = { instancePath: instancePath + "/entries/" + i1 + "/desired/canary", schemaPath: "#/$defs/entry/properties/desired/properties/canary/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema2.properties.desired.properties.canary.required, parentSchema: schema2.properties.desired.properties.canary, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                    if (data37.traffic === void 0) {
                      const err97 = { instancePath: instancePath + "/entries/" + i1 + "/desired/canary", schemaPath: "#/$defs/entry/properties/desired/properties/canary/required", keyword: "required", params: { missingProperty: "traffic" }, message: "must have required property 'traffic'", schema: schema2.properties.desired.properties.canary.required, parentSchema: schema2.properties.desired.properties.canary, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err97];
                      } else {
                        vErrors.push(err97);
                      }
                      errors++;
                    }
                    for (const key6 in data37) {
                      if (!(key6 === "version" || key6 === "traffic")) {
                        const err98 = { instancePath: instancePath + "/entries/" + i1 + "/desired/canary", schemaPath: "#/$defs/entry/properties/desired/properties/canary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.desired.properties.canary, data: data37 };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                    }
                    if (data37.version !== void 0) {
                      let data38 = data37.version;
                      if (typeof data38 !== "string") {
                        const err99 = { instancePath: instancePath + "/entries/" + i1 + "/desired/canary/version", schemaPath: "#/$defs/entry/properties/desired/properties/canary/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.desired.properties.canary.properties.version.type, parentSchema: schema2.properties.desired.properties.canary.properties.version, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err99];
                        } else {
                          vErrors.push(err99);
                        }
                        errors++;
                      }
                    }
                    if (data37.traffic !== void 0) {
                      let data39 = data37.traffic;
                      if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39))) {
                        const err100 = { instancePath: instancePath + "/entries/" + i1 + "/desired/canary/traffic", schemaPath: "#/$defs/entry/properties/desired/properties/canary/properties/traffic/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.desired.properties.canary.properties.traffic.type, parentSchema: schema2.properties.desired.properties.canary.properties.traffic, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err100];
                        } else {
                          vErrors.push(err100);
                        }
                        errors++;
                      }
                      if (typeof data39 == "number" && isFinite(data39)) {
                        if (data39 > 99 || isNaN(data39)) {
                          const err101 = { instancePath: instancePath + "/entries/" + i1 + "/desired/canary/traffic", schemaPath: "#/$defs/entry/properties/desired/properties/canary/properties/traffic/maximum", keyword: "maximum", params: { comparison: "<=", limit: 99 }, message: "must be <= 99", schema: 99, parentSchema: schema2.properties.desired.properties.canary.properties.traffic, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                        if (data39 < 1 || isNaN(data39)) {
                          const err102 = { instancePath: instancePath + "/entries/" + i1 + "/desired/canary/traffic", schemaPath: "#/$defs/entry/properties/desired/properties/canary/properties/traffic/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema2.properties.desired.properties.canary.properties.traffic, data: data39 };
                          if (vErrors === null) {
                            vErrors = [err102];
                          } else {
                            vErrors.push(err102);
                          }
                          errors++;
                        }
                      }
                    }
                  }
                }
              }
            }
            if (data28.artifacts !== void 0) {
              let data40 = data28.artifacts;
              if (Array.isArray(data40)) {
                const len2 = data40.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data41 = data40[i2];
                  if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                    if (data41.version === void 0) {
                      const err103 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts/" + i2, schemaPath: "#/$defs/entry/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema2.properties.artifacts.items.required, parentSchema: schema2.properties.artifacts.items, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                    if (data41.uri === void 0) {
                      const err104 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts/" + i2, schemaPath: "#/$defs/entry/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema2.properties.artifacts.items.required, parentSchema: schema2.properties.artifacts.items, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err104];
                      } else {
                        vErrors.push(err104);
                      }
                      errors++;
                    }
                    if (data41.sha256 === void 0) {
                      const err105 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts/" + i2, schemaPath: "#/$defs/entry/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema2.properties.artifacts.items.required, parentSchema: schema2.properties.artifacts.items, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err105];
                      } else {
                        vErrors.push(err105);
                      }
                      errors++;
                    }
                    if (data41.traffic === void 0) {
                      const err106 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts/" + i2, schemaPath: "#/$defs/entry/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "traffic" }, message: "must have required property 'traffic'", schema: schema2.properties.artifacts.items.required, parentSchema: schema2.properties.artifacts.items, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err106];
                      } else {
                        vErrors.push(err106);
                      }
                      errors++;
                    }
                    for (const key7 in data41) {
                      if (!(key7 === "version" || key7 === "uri" || key7 === "sha256" || key7 === "traffic")) {
                        const err107 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts/" + i2, schemaPath: "#/$defs/entry/properties/artifacts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.artifacts.items, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err107];
                        } else {
                          vErrors.push(err107);
                        }
                        errors++;
                      }
                    }
                    if (data41.version !== void 0) {
                      let data42 = data41.version;
                      if (typeof data42 !== "string") {
                        const err108 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts/" + i2 + "/version", schemaPath: "#/$defs/entry/properties/artifacts/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.artifacts.items.properties.version.type, parentSchema: schema2.properties.artifacts.items.properties.version, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                    if (data41.uri !== void 0) {
                      let data43 = data41.uri;
                      if (typeof data43 !== "string") {
                        const err109 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts/" + i2 + "/uri", schemaPath: "#/$defs/entry/properties/artifacts/items/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.artifacts.items.properties.uri.type, parentSchema: schema2.properties.artifacts.items.properties.uri, data: data43 };
                        if (vErrors === null) {
                          vErrors = [err109];
                        } else {
                          vErrors.push(err109);
                        }
                        errors++;
                      }
                    }
                    if (data41.sha256 !== void 0) {
                      let data44 = data41.sha256;
                      if (typeof data44 !== "string") {
                        const err110 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts/" + i2 + "/sha256", schemaPath: "#/$defs/entry/properties/artifacts/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.artifacts.items.properties.sha256.type, parentSchema: schema2.properties.artifacts.items.properties.sha256, data: data44 };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                    }
                    if (data41.traffic !== void 0) {
                      let data45 = data41.traffic;
                      if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                        const err111 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts/" + i2 + "/traffic", schemaPath: "#/$defs/entry/properties/artifacts/items/properties/traffic/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.artifacts.items.properties.traffic.type, parentSchema: schema2.properties.artifacts.items.properties.traffic, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err111];
                        } else {
                          vErrors.push(err111);
                        }
                        errors++;
                      }
                      if (typeof data45 == "number" && isFinite(data45)) {
                        if (data45 > 100 || isNaN(data45)) {
                          const err112 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts/" + i2 + "/traffic", schemaPath: "#/$defs/entry/properties/artifacts/items/properties/traffic/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema2.properties.artifacts.items.properties.traffic, data: data45 };
                          if (vErrors === null) {
                            vErrors = [err112];
                          } else {
                            vErrors.push(err112);
                          }
                          errors++;
                        }
                        if (data45 < 0 || isNaN(data45)) {
                          const err113 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts/" + i2 + "/traffic", schemaPath: "#/$defs/entry/properties/artifacts/items/properties/traffic/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.artifacts.items.properties.traffic, data: data45 };
                          if (vErrors === null) {
                            vErrors = [err113];
                          } else {
                            vErrors.push(err113);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err114 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts/" + i2, schemaPath: "#/$defs/entry/properties/artifacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.artifacts.items.type, parentSchema: schema2.properties.artifacts.items, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
              } else {
                const err115 = { instancePath: instancePath + "/entries/" + i1 + "/artifacts", schemaPath: "#/$defs/entry/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.artifacts.type, parentSchema: schema2.properties.artifacts, data: data40 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/entries/" + i1, schemaPath: "#/$defs/entry/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.type, parentSchema: schema2, data: data28 };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
      } else {
        const err117 = { instancePath: instancePath + "/entries", schemaPath: "#/allOf/1/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.entries.type, parentSchema: schema0.allOf[1].properties.entries, data: data27 };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
    }
  } else {
    const err118 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].type, parentSchema: schema0.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err118];
    } else {
      vErrors.push(err118);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { "props": { "kind": true, "before": true, "after": true, "entries": true, "schemaVersion": true, "tool": true, "subject": true, "inputs": true, "context": true, "createdAt": true, "verdict": true }, "dynamicProps": false, "dynamicItems": false };
