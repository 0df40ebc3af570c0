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

// node_modules/.pnpm/fast-deep-equal@3.1.3/node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/.pnpm/fast-deep-equal@3.1.3/node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// packages/core/src/generated/validators/evaluation.cjs
exports.validate = validate0;
var schema0 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/evaluation.schema.json", "title": "Evaluation", "description": "Model evaluation evidence (modelgate evaluate): a challenger ONNX model, optionally the champion and always a trivial baseline, scored on one labelled dataset \u2014 metrics, slices, fairness, training/serving parity, determinism, latency, and the policy checks that decide the verdict.", "allOf": [{ "$ref": "https://modelgate.dev/schemas/evidence-envelope.schema.json" }, { "type": "object", "required": ["kind", "task", "label", "dataset", "features", "models", "sliceMetric", "minSupport", "slices", "fairness", "determinism", "checks"], "properties": { "kind": { "const": "evaluation", "description": "Always evaluation." }, "task": { "enum": ["binary-classification", "multiclass-classification", "regression"], "description": "The prediction task." }, "label": { "type": "string", "minLength": 1, "description": "The label column." }, "decisionThreshold": { "type": ["number", "null"], "description": "Binary classification: a row is predicted positive when its positive-class probability is >= this; null otherwise." }, "classes": { "type": ["array", "null"], "items": { "type": "string", "description": "A class label." }, "description": "Multiclass classification: the class labels in output order; null otherwise." }, "dataset": { "type": "object", "required": ["uri", "sha256", "rows"], "additionalProperties": false, "properties": { "uri": { "type": "string", "description": "Where the dataset was read from." }, "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "sha256 of the dataset file." }, "rows": { "type": "integer", "minimum": 1, "description": "Rows evaluated." } }, "description": "The evaluated dataset." }, "features": { "type": "array", "items": { "type": "string", "description": "A column name." }, "description": "The dataset columns fed to the challenger, in input order." }, "models": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/model" }, "description": "The challenger, the champion (when given) and the trivial baseline, evaluated on the same rows." }, "sliceMetric": { "type": "string", "description": "The metric slices are compared on (roc_auc, accuracy or r2 by task)." }, "minSupport": { "type": "integer", "minimum": 1, "description": "Slices with fewer rows are listed but not evaluated." }, "slices": { "type": "array", "items": { "$ref": "#/$defs/slice" }, "description": "Per-slice metrics: one entry per value (or numeric bin) of each slice column." }, "worstSlice": { "type": ["object", "null"], "required": ["feature", "value", "metric", "metricValue", "overall", "gap"], "additionalProperties": false, "properties": { "feature": { "type": "string", "description": "Slice column." }, "value": { "type": "string", "description": "Slice value or bin." }, "metric": { "type": "string", "description": "The metric compared." }, "metricValue": { "type": "number", "description": "The slice's value of the metric." }, "overall": { "type": "number", "description": "The overall value of the metric." }, "gap": { "type": "number", "description": "How much worse the slice is than overall (positive = worse)." } }, "description": "The evaluated slice furthest below the overall value of its metric." }, "fairness": { "type": "array", "items": { "$ref": "#/$defs/fairness" }, "description": "Group fairness of the challenger on each protected attribute (binary classification)." }, "parity": { "type": ["object", "null"], "required": ["reference", "tolerance", "comparedRows", "mismatchedRows", "maxAbsDifference", "examples"], "additionalProperties": false, "properties": { "reference": { "type": "string", "description": "Where the reference predictions were read from." }, "tolerance": { "type": "number", "minimum": 0, "description": "Largest absolute difference accepted." }, "comparedRows": { "type": "integer", "minimum": 0, "description": "Rows compared." }, "mismatchedRows": { "type": "integer", "minimum": 0, "description": "Rows with a value differing by more than the tolerance." }, "maxAbsDifference": { "type": "number", "minimum": 0, "description": "Largest absolute difference seen." }, "examples": { "type": "array", "items": { "type": "object", "required": ["row", "expected", "observed"], "additionalProperties": false, "properties": { "row": { "type": "integer", "minimum": 1, "description": "Data row, 1-based (header excluded)." }, "expected": { "type": "number", "description": "The reference value." }, "observed": { "type": "number", "description": "The value onnxruntime produced." } }, "description": "A mismatching value." }, "description": "The first mismatching values (at most 20)." } }, "description": "Comparison with the reference predictions made at training time; null when none were given." }, "determinism": { "type": "object", "required": ["rows", "identical"], "additionalProperties": false, "properties": { "rows": { "type": "integer", "minimum": 0, "description": "Rows re-run." }, "identical": { "type": "boolean", "description": "Whether both runs gave bit-identical outputs." } }, "description": "A second run over the first rows." }, "settings": { "description": "How the evaluation ran, where its figures depend on it and the report does not show it otherwise: the registry gate runs it again with these settings to recompute the figures (docs/security.md). Reports made before it existed lack it; they are recomputed with the defaults.", "type": "object", "required": ["bins", "seed", "bootstrap", "policy"], "additionalProperties": false, "properties": { "bins": { "description": "Quantile bins of a numeric slice column (--bins).", "type": "integer", "minimum": 2 }, "seed": { "description": "The seed of the permutation importance and the bootstrap (--seed).", "type": "integer", "minimum": 0 }, "bootstrap": { "description": "Bootstrap resamples of the intervals (--bootstrap); 0 without intervals.", "type": "integer", "minimum": 0 }, "policy": { "description": "The policy the report's policy checks were decided by (the shape of an environment's policy in modelgate.yaml); null without one.", "oneOf": [{ "$ref": "https://modelgate.dev/schemas/registry.schema.json#/$defs/policy" }, { "description": "No policy.", "type": "null" }] } } }, "featureImportance": { "description": "Permutation feature importance of the challenger, when asked for.", "type": "array", "items": { "description": "One feature.", "type": "object", "required": ["feature", "importance"], "additionalProperties": false, "properties": { "feature": { "description": "The feature column.", "type": "string" }, "importance": { "description": "How much sliceMetric worsens (positive = worse) when this column's values are shuffled (seeded).", "type": "number" } } } }, "checks": { "type": "array", "items": { "$ref": "#/$defs/check" }, "description": "Every check; the verdict is fail when any check failed." } } }], "$defs": { "metrics": { "type": "object", "additionalProperties": { "type": ["number", "null"], "description": "A metric value." }, "description": "Metric values keyed by name (accuracy, precision, recall, f1, roc_auc, average_precision, log_loss, brier, precision_macro, f1_weighted, mae, rmse, r2, mape, ...); null when undefined on these rows." }, "model": { "type": "object", "required": ["role", "uri", "sha256", "bytes", "metrics", "confusion", "latency"], "additionalProperties": false, "properties": { "role": { "enum": ["challenger", "champion", "baseline"], "description": "challenger: the version under evaluation; champion: the version live in the target environment; baseline: the trivial predictor (majority class / mean)." }, "uri": { "type": "string", "description": "Where the model was read from (baseline:trivial for the baseline)." }, "sha256": { "type": ["string", "null"], "pattern": "^[0-9a-f]{64}$", "description": "sha256 of the ONNX file; null for the baseline." }, "bytes": { "type": ["integer", "null"], "minimum": 0, "description": "Size of the ONNX file; null for the baseline." }, "description": { "type": "string", "description": "What the baseline predicts." }, "metrics": { "$ref": "#/$defs/metrics", "description": "The model's metrics on the whole dataset." }, "confusion": { "anyOf": [{ "type": "object", "required": ["tn", "fp", "fn", "tp"], "additionalProperties": false, "properties": { "tn": { "type": "integer", "minimum": 0, "description": "tn count." }, "fp": { "type": "integer", "minimum": 0, "description": "fp count." }, "fn": { "type": "integer", "minimum": 0, "description": "fn count." }, "tp": { "type": "integer", "minimum": 0, "description": "tp count." } }, "description": "Binary confusion counts." }, { "type": "array", "items": { "type": "array", "items": { "type": "integer", "minimum": 0, "description": "A count." }, "description": "One true class." }, "description": "Multiclass confusion matrix." }, { "type": "null", "description": "No confusion matrix (regression)." }], "description": "Binary: {tn, fp, fn, tp} at the decision threshold; multiclass: rows = true class, columns = predicted class; null for regression." }, "intervals": { "type": "object", "additionalProperties": { "type": "object", "required": ["low", "high"], "additionalProperties": false, "properties": { "low": { "type": "number", "description": "Lower bound." }, "high": { "type": "number", "description": "Upper bound." } }, "description": "An interval." }, "description": "Seeded percentile-bootstrap confidence intervals of the metrics." }, "latency": { "type": ["object", "null"], "required": ["loadMs", "single", "batch", "rowsPerSecond", "peakRssMB"], "additionalProperties": false, "properties": { "loadMs": { "type": "number", "minimum": 0, "description": "Milliseconds to create the inference session." }, "single": { "type": "object", "required": ["runs", "p50Ms", "p95Ms", "p99Ms"], "additionalProperties": false, "properties": { "runs": { "type": "integer", "minimum": 0, "description": "Number of session.run calls measured." }, "p50Ms": { "type": ["number", "null"], "description": "Median milliseconds per run." }, "p95Ms": { "type": ["number", "null"], "description": "95th percentile milliseconds per run." }, "p99Ms": { "type": ["number", "null"], "description": "99th percentile milliseconds per run." } }, "description": "One row per session.run." }, "batch": { "type": "object", "required": ["runs", "p50Ms", "p95Ms", "p99Ms"], "additionalProperties": false, "properties": { "batchSize": { "type": "integer", "minimum": 1, "description": "Rows per batch." }, "runs": { "type": "integer", "minimum": 0, "description": "Number of session.run calls measured." }, "p50Ms": { "type": ["number", "null"], "description": "Median milliseconds per run." }, "p95Ms": { "type": ["number", "null"], "description": "95th percentile milliseconds per run." }, "p99Ms": { "type": ["number", "null"], "description": "99th percentile milliseconds per run." } }, "description": "session.run at the working batch size." }, "rowsPerSecond": { "type": "number", "minimum": 0, "description": "Rows per second of session.run at the working batch size." }, "peakRssMB": { "type": "number", "minimum": 0, "description": "Peak resident set size of the evaluating process, MB." } }, "description": "Load time and inference latency; null for the baseline." } }, "description": "One evaluated model." }, "slice": { "type": "object", "required": ["feature", "value", "support", "evaluated", "metrics", "champion"], "additionalProperties": false, "properties": { "feature": { "type": "string", "description": "The slice column." }, "value": { "type": "string", "description": "The value or bin; (missing) for empty cells." }, "support": { "type": "integer", "minimum": 0, "description": "Rows in the slice." }, "evaluated": { "type": "boolean", "description": "False when support < minSupport." }, "metrics": { "anyOf": [{ "$ref": "#/$defs/metrics" }, { "type": "null" }], "description": "The challenger's metrics on the slice; null when not evaluated." }, "champion": { "anyOf": [{ "$ref": "#/$defs/metrics" }, { "type": "null" }], "description": "The champion's metrics on the slice; null without a champion." } }, "description": "One slice: rows whose column `feature` has `value` (a category or a numeric bin [lo, hi))." }, "fairness": { "type": "object", "required": ["attribute", "groups", "demographicParityDifference", "demographicParityRatio", "equalOpportunityDifference", "equalizedOddsDifference"], "additionalProperties": false, "properties": { "attribute": { "type": "string", "description": "The protected attribute column." }, "groups": { "type": "array", "items": { "type": "object", "required": ["value", "support", "selectionRate", "truePositiveRate", "falsePositiveRate"], "additionalProperties": false, "properties": { "value": { "type": "string", "description": "The attribute value." }, "support": { "type": "integer", "minimum": 0, "description": "Rows in the group." }, "selectionRate": { "type": "number", "description": "Share predicted positive." }, "truePositiveRate": { "type": ["number", "null"], "description": "Recall in the group; null without positives." }, "falsePositiveRate": { "type": ["number", "null"], "description": "False positive rate in the group; null without negatives." } }, "description": "One group." }, "description": "Each group with at least minSupport rows." }, "demographicParityDifference": { "type": "number", "description": "Largest minus smallest selection rate." }, "demographicParityRatio": { "type": "number", "description": "Smallest over largest selection rate." }, "equalOpportunityDifference": { "type": ["number", "null"], "description": "Largest minus smallest true positive rate." }, "equalizedOddsDifference": { "type": ["number", "null"], "description": "The larger of the true- and false-positive-rate differences." } }, "description": "Group fairness on one protected attribute, at the decision threshold." }, "check": { "type": "object", "required": ["name", "passed", "observed", "expected", "message"], "additionalProperties": false, "properties": { "name": { "type": "string", "description": `The policy's metric:<name>, slices, fairness and latency (decided as the registry gate decides them, docs/registry.md "Policy verdicts"); beats-baseline, numerical-stability, determinism, training-serving-parity.` }, "passed": { "type": "boolean", "description": "Whether the check passed (a skipped check does not block)." }, "status": { "enum": ["pass", "fail", "skip", "warn"], "description": "Policy checks: the verdict; skip when a rule cannot apply (e.g. a change against the champion without a champion)." }, "observed": { "type": ["number", "string", "boolean", "null"], "description": "What was measured." }, "expected": { "type": ["number", "string", "boolean", "null"], "description": "What the policy requires." }, "message": { "type": "string", "description": "One sentence for people." } }, "description": "One check." } }, "examples": [{ "kind": "evaluation", "schemaVersion": 1, "tool": { "name": "modelgate", "version": "0.1.0" }, "subject": "credit-default@2.0.0", "inputs": [{ "role": "model", "uri": "file:artifacts/credit-default/2.0.0/model.onnx", "sha256": "de9f67c296201e3bfd42019becb155089c00791e7a81cbca08b67fb8233d22f4" }, { "role": "champion", "uri": "file:artifacts/credit-default/1.0.0/model.onnx", "sha256": "a818f3e5802a8b5e7018afe9740069ec9d1fbb269526d2a03e2b982d1eb9550f" }, { "role": "data", "uri": "file:../data/test.csv", "sha256": "db8dced3b217d6e8c092938cd8ad3b51fed97938d632d39041282267ee73b989" }, { "role": "reference", "uri": "file:artifacts/credit-default/2.0.0/reference-predictions.csv", "sha256": "5aa8d42dca8fa9cdd114b658e42b3160d6732546abdbb3874da84596b15a6000" }], "context": { "commit": "0123456789abcdef0123456789abcdef01234567", "ref": "refs/heads/main", "runUrl": null, "ci": false }, "createdAt": "2026-11-23T12:00:00.000Z", "verdict": "pass", "task": "binary-classification", "label": "default", "decisionThreshold": 0.5, "classes": null, "dataset": { "uri": "file:../data/test.csv", "sha256": "db8dced3b217d6e8c092938cd8ad3b51fed97938d632d39041282267ee73b989", "rows": 5e3 }, "features": ["age", "income", "loan_amount", "term_months", "interest_rate", "credit_score", "debt_to_income", "employment_years", "num_open_accounts", "num_delinquencies", "revolving_utilization", "has_cosigner"], "models": [{ "role": "challenger", "uri": "file:artifacts/credit-default/2.0.0/model.onnx", "sha256": "de9f67c296201e3bfd42019becb155089c00791e7a81cbca08b67fb8233d22f4", "bytes": 71968, "metrics": { "accuracy": 0.8618, "precision": 0.6326, "recall": 0.3379, "f1": 0.4405, "roc_auc": 0.8437, "average_precision": 0.5338, "log_loss": 0.3281, "brier": 0.1015, "positive_rate": 0.086, "prevalence": 0.161 }, "confusion": { "tn": 4037, "fp": 158, "fn": 533, "tp": 272 }, "latency": { "loadMs": 66.81, "single": { "runs": 100, "p50Ms": 0.03287, "p95Ms": 0.1003, "p99Ms": 0.179 }, "batch": { "batchSize": 1024, "runs": 5, "p50Ms": 4.714, "p95Ms": 10.8, "p99Ms": 11.56 }, "rowsPerSecond": 159e3, "peakRssMB": 131.8 } }, { "role": "champion", "uri": "file:artifacts/credit-default/1.0.0/model.onnx", "sha256": "a818f3e5802a8b5e7018afe9740069ec9d1fbb269526d2a03e2b982d1eb9550f", "bytes": 679, "metrics": { "accuracy": 0.8592, "precision": 0.6354, "recall": 0.2944, "f1": 0.4024, "roc_auc": 0.837, "average_precision": 0.5213, "log_loss": 0.3316, "brier": 0.1027, "positive_rate": 0.0746, "prevalence": 0.161 }, "confusion": { "tn": 4059, "fp": 136, "fn": 568, "tp": 237 }, "latency": { "loadMs": 8.057, "single": { "runs": 100, "p50Ms": 0.02598, "p95Ms": 0.03148, "p99Ms": 0.04173 }, "batch": { "batchSize": 1024, "runs": 5, "p50Ms": 0.2036, "p95Ms": 0.5192, "p99Ms": 0.5736 }, "rowsPerSecond": 3816e3, "peakRssMB": 131.8 } }, { "role": "baseline", "uri": "baseline:trivial", "sha256": null, "bytes": null, "description": "constant positive rate 0.161 (the majority class)", "metrics": { "accuracy": 0.839, "precision": 0, "recall": 0, "f1": 0, "roc_auc": 0.5, "average_precision": 0.161, "log_loss": 0.4413, "brier": 0.1351, "positive_rate": 0, "prevalence": 0.161 }, "confusion": { "tn": 4195, "fp": 0, "fn": 805, "tp": 0 }, "latency": null }], "sliceMetric": "roc_auc", "minSupport": 30, "slices": [{ "feature": "region", "value": "east", "support": 1018, "evaluated": true, "metrics": { "accuracy": 0.8723, "precision": 0.7215, "recall": 0.3455, "f1": 0.4672, "roc_auc": 0.854, "average_precision": 0.5999, "log_loss": 0.3144, "brier": 0.0954, "positive_rate": 0.0776, "prevalence": 0.1621 }, "champion": { "accuracy": 0.8684, "precision": 0.7067, "recall": 0.3212, "f1": 0.4417, "roc_auc": 0.8503, "average_precision": 0.5957, "log_loss": 0.3162, "brier": 0.09666, "positive_rate": 0.07367, "prevalence": 0.1621 } }, { "feature": "region", "value": "north", "support": 1273, "evaluated": true, "metrics": { "accuracy": 0.8633, "precision": 0.6505, "recall": 0.3268, "f1": 0.4351, "roc_auc": 0.8439, "average_precision": 0.5435, "log_loss": 0.3267, "brier": 0.1007, "positive_rate": 0.08091, "prevalence": 0.161 }, "champion": { "accuracy": 0.8633, "precision": 0.6632, "recall": 0.3073, "f1": 0.42, "roc_auc": 0.8326, "average_precision": 0.5301, "log_loss": 0.3324, "brier": 0.1026, "positive_rate": 0.07463, "prevalence": 0.161 } }], "worstSlice": { "feature": "region", "value": "south", "metric": "roc_auc", "metricValue": 0.8345, "overall": 0.8437, "gap": 914e-5 }, "fairness": [{ "attribute": "gender", "groups": [{ "value": "female", "support": 2401, "selectionRate": 0.08746, "truePositiveRate": 0.3166, "falsePositiveRate": 0.04194 }, { "value": "male", "support": 2599, "selectionRate": 0.08465, "truePositiveRate": 0.3587, "falsePositiveRate": 0.03376 }], "demographicParityDifference": 2816e-6, "demographicParityRatio": 0.9678, "equalOpportunityDifference": 0.04214, "equalizedOddsDifference": 0.04214 }], "parity": { "reference": "file:artifacts/credit-default/2.0.0/reference-predictions.csv", "tolerance": 1e-5, "comparedRows": 5e3, "mismatchedRows": 0, "maxAbsDifference": 3653e-10, "examples": [] }, "determinism": { "rows": 1e3, "identical": true }, "checks": [{ "name": "numerical-stability", "passed": true, "observed": 0, "expected": 0, "message": "no NaN or infinite output on 5000 rows" }, { "name": "determinism", "passed": true, "observed": true, "expected": true, "message": "a second run over the first 1000 rows gave bit-identical outputs" }, { "name": "training-serving-parity", "passed": true, "observed": 0, "expected": 0, "message": "all 5000 rows match the reference predictions within 0.00001 (max difference 3.65e-7)" }, { "name": "beats-baseline", "passed": true, "observed": "roc_auc 0.8437, log_loss 0.3281", "expected": "better than constant positive rate 0.161 (the majority class) on roc_auc and log_loss", "message": "beats the trivial baseline on roc_auc and log_loss" }, { "name": "metric:roc_auc", "passed": true, "status": "pass", "observed": 0.8437, "expected": ">= 0.7", "message": "roc_auc 0.8437 meets the threshold >= 0.7" }, { "name": "metric:roc_auc", "passed": true, "status": "pass", "observed": 6734e-6, "expected": "absolute improvement over the champion >= 0", "message": "roc_auc 0.8437 vs the champion's 0.836966: change 0.006734 >= the required 0" }, { "name": "slices", "passed": true, "status": "pass", "observed": -3666e-6, "expected": "no slice drops more than 0.05 below the champion", "message": "no slice drops more than 0.05 in roc_auc against the champion (worst -0.003666 on region=east, 4 slices compared)" }, { "name": "fairness", "passed": true, "status": "pass", "observed": 2816e-6, "expected": "demographicParityDifference <= 0.1", "message": "gender: demographicParityDifference 0.002816 <= 0.1" }] }] };
var schema1 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schemas/evidence-envelope.schema.json", "title": "EvidenceEnvelope", "description": "The envelope every report modelgate writes starts with: what the report is about, the exact inputs (by sha256) it was computed from, where it ran and its verdict. Report schemas extend it with allOf.", "type": "object", "required": ["kind", "schemaVersion", "tool", "subject", "inputs", "context", "createdAt", "verdict"], "properties": { "kind": { "description": "The report kind, e.g. data-profile, data-validation, evaluation, ml-test-score-report, registry-check, deploy-plan.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "schemaVersion": { "description": "Version of the envelope format; always 1.", "const": 1 }, "tool": { "description": "The tool that wrote the report.", "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "description": "Tool name, normally modelgate.", "type": "string", "minLength": 1 }, "version": { "description": "Tool version that produced the report.", "type": "string", "minLength": 1 } } }, "subject": { "description": "What the report is about: model@version, dataset@version, or a bare name.", "type": "string", "minLength": 1 }, "inputs": { "description": "Every exact input the report was computed from, bound by digest.", "type": "array", "items": { "description": "One input file.", "type": "object", "required": ["role", "uri", "sha256"], "additionalProperties": false, "properties": { "role": { "description": "What the input was to the report: model, champion, data, reference, schema, profile, declarations, evidence.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,63}$" }, "uri": { "description": "Where the input is: file:<path relative to the repository> or an https:// URL.", "type": "string", "minLength": 1 }, "sha256": { "description": "sha256 of the input's bytes, 64 lowercase hex characters.", "type": "string", "pattern": "^[0-9a-f]{64}$" } } } }, "context": { "description": "Where the report was produced.", "type": "object", "required": ["commit", "ref", "runUrl", "ci"], "additionalProperties": false, "properties": { "commit": { "description": "The commit the run checked out, or null when unknown.", "type": ["string", "null"] }, "ref": { "description": "The git ref of the run (e.g. refs/heads/main), or null when unknown.", "type": ["string", "null"] }, "runUrl": { "description": "URL of the CI run, or null when unknown.", "type": ["string", "null"] }, "ci": { "description": "True when the process that made the report ran with CI=true or GITHUB_ACTIONS=true. A claim, not a proof: nothing is trusted or counted for it (the gate verifies figures by recomputation).", "type": "boolean" }, "github": { "description": "The GitHub Actions run that made the report (GITHUB_ACTIONS=true); absent elsewhere. A claim the provenance verifier checks through the GitHub API: the run exists in this repository, ran a trusted workflow on the version's code commit, concluded success and uploaded this file (docs/security.md).", "type": "object", "required": ["repository", "workflowRef", "runId", "runAttempt", "sha"], "additionalProperties": false, "properties": { "repository": { "description": "The repository the run belongs to, owner/name (GITHUB_REPOSITORY).", "type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$" }, "workflowRef": { "description": "The workflow file and ref the run ran (GITHUB_WORKFLOW_REF), e.g. acme/churn-model/.github/workflows/evidence.yml@refs/heads/main; for a reusable workflow, its caller.", "type": "string", "minLength": 1 }, "runId": { "description": "The workflow run's id (GITHUB_RUN_ID).", "type": "integer", "minimum": 1 }, "runAttempt": { "description": "The attempt of the run (GITHUB_RUN_ATTEMPT), 1 for the first.", "type": "integer", "minimum": 1 }, "sha": { "description": "The commit the run ran on (GITHUB_SHA).", "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" } } } } }, "createdAt": { "description": "When the report was written (RFC 3339 date-time, UTC).", "type": "string", "format": "date-time" }, "verdict": { "description": "The report's overall verdict.", "enum": ["pass", "warn", "fail"] } }, "examples": [{ "kind": "data-validation", "schemaVersion": 1, "tool": { "name": "modelgate", "version": "0.1.0" }, "subject": "loans@2026-08", "inputs": [{ "role": "data", "uri": "file:data/serving.csv", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }], "context": { "commit": null, "ref": null, "runUrl": null, "ci": false }, "createdAt": "2026-11-23T12:00:00Z", "verdict": "pass" }] };
var schema7 = { "type": "object", "required": ["attribute", "groups", "demographicParityDifference", "demographicParityRatio", "equalOpportunityDifference", "equalizedOddsDifference"], "additionalProperties": false, "properties": { "attribute": { "type": "string", "description": "The protected attribute column." }, "groups": { "type": "array", "items": { "type": "object", "required": ["value", "support", "selectionRate", "truePositiveRate", "falsePositiveRate"], "additionalProperties": false, "properties": { "value": { "type": "string", "description": "The attribute value." }, "support": { "type": "integer", "minimum": 0, "description": "Rows in the group." }, "selectionRate": { "type": "number", "description": "Share predicted positive." }, "truePositiveRate": { "type": ["number", "null"], "description": "Recall in the group; null without positives." }, "falsePositiveRate": { "type": ["number", "null"], "description": "False positive rate in the group; null without negatives." } }, "description": "One group." }, "description": "Each group with at least minSupport rows." }, "demographicParityDifference": { "type": "number", "description": "Largest minus smallest selection rate." }, "demographicParityRatio": { "type": "number", "description": "Smallest over largest selection rate." }, "equalOpportunityDifference": { "type": ["number", "null"], "description": "Largest minus smallest true positive rate." }, "equalizedOddsDifference": { "type": ["number", "null"], "description": "The larger of the true- and false-positive-rate differences." } }, "description": "Group fairness on one protected attribute, at the decision threshold." };
var schema14 = { "type": "object", "required": ["name", "passed", "observed", "expected", "message"], "additionalProperties": false, "properties": { "name": { "type": "string", "description": `The policy's metric:<name>, slices, fairness and latency (decided as the registry gate decides them, docs/registry.md "Policy verdicts"); beats-baseline, numerical-stability, determinism, training-serving-parity.` }, "passed": { "type": "boolean", "description": "Whether the check passed (a skipped check does not block)." }, "status": { "enum": ["pass", "fail", "skip", "warn"], "description": "Policy checks: the verdict; skip when a rule cannot apply (e.g. a change against the champion without a champion)." }, "observed": { "type": ["number", "string", "boolean", "null"], "description": "What was measured." }, "expected": { "type": ["number", "string", "boolean", "null"], "description": "What the policy requires." }, "message": { "type": "string", "description": "One sentence for people." } }, "description": "One check." };
var pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
var pattern2 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern3 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
var pattern4 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
var func0 = require_ucs2length().default;
var formats0 = require_formats().fullFormats["date-time"];
var schema2 = { "type": "object", "required": ["role", "uri", "sha256", "bytes", "metrics", "confusion", "latency"], "additionalProperties": false, "properties": { "role": { "enum": ["challenger", "champion", "baseline"], "description": "challenger: the version under evaluation; champion: the version live in the target environment; baseline: the trivial predictor (majority class / mean)." }, "uri": { "type": "string", "description": "Where the model was read from (baseline:trivial for the baseline)." }, "sha256": { "type": ["string", "null"], "pattern": "^[0-9a-f]{64}$", "description": "sha256 of the ONNX file; null for the baseline." }, "bytes": { "type": ["integer", "null"], "minimum": 0, "description": "Size of the ONNX file; null for the baseline." }, "description": { "type": "string", "description": "What the baseline predicts." }, "metrics": { "$ref": "#/$defs/metrics", "description": "The model's metrics on the whole dataset." }, "confusion": { "anyOf": [{ "type": "object", "required": ["tn", "fp", "fn", "tp"], "additionalProperties": false, "properties": { "tn": { "type": "integer", "minimum": 0, "description": "tn count." }, "fp": { "type": "integer", "minimum": 0, "description": "fp count." }, "fn": { "type": "integer", "minimum": 0, "description": "fn count." }, "tp": { "type": "integer", "minimum": 0, "description": "tp count." } }, "description": "Binary confusion counts." }, { "type": "array", "items": { "type": "array", "items": { "type": "integer", "minimum": 0, "description": "A count." }, "description": "One true class." }, "description": "Multiclass confusion matrix." }, { "type": "null", "description": "No confusion matrix (regression)." }], "description": "Binary: {tn, fp, fn, tp} at the decision threshold; multiclass: rows = true class, columns = predicted class; null for regression." }, "intervals": { "type": "object", "additionalProperties": { "type": "object", "required": ["low", "high"], "additionalProperties": false, "properties": { "low": { "type": "number", "description": "Lower bound." }, "high": { "type": "number", "description": "Upper bound." } }, "description": "An interval." }, "description": "Seeded percentile-bootstrap confidence intervals of the metrics." }, "latency": { "type": ["object", "null"], "required": ["loadMs", "single", "batch", "rowsPerSecond", "peakRssMB"], "additionalProperties": false, "properties": { "loadMs": { "type": "number", "minimum": 0, "description": "Milliseconds to create the inference session." }, "single": { "type": "object", "required": ["runs", "p50Ms", "p95Ms", "p99Ms"], "additionalProperties": false, "properties": { "runs": { "type": "integer", "minimum": 0, "description": "Number of session.run calls measured." }, "p50Ms": { "type": ["number", "null"], "description": "Median milliseconds per run." }, "p95Ms": { "type": ["number", "null"], "description": "95th percentile milliseconds per run." }, "p99Ms": { "type": ["number", "null"], "description": "99th percentile milliseconds per run." } }, "description": "One row per session.run." }, "batch": { "type": "object", "required": ["runs", "p50Ms", "p95Ms", "p99Ms"], "additionalProperties": false, "properties": { "batchSize": { "type": "integer", "minimum": 1, "description": "Rows per batch." }, "runs": { "type": "integer", "minimum": 0, "description": "Number of session.run calls measured." }, "p50Ms": { "type": ["number", "null"], "description": "Median milliseconds per run." }, "p95Ms": { "type": ["number", "null"], "description": "95th percentile milliseconds per run." }, "p99Ms": { "type": ["number", "null"], "description": "99th percentile milliseconds per run." } }, "description": "session.run at the working batch size." }, "rowsPerSecond": { "type": "number", "minimum": 0, "description": "Rows per second of session.run at the working batch size." }, "peakRssMB": { "type": "number", "minimum": 0, "description": "Peak resident set size of the evaluating process, MB." } }, "description": "Load time and inference latency; null for the baseline." } }, "description": "One evaluated model." };
var schema3 = { "type": "object", "additionalProperties": { "type": ["number", "null"], "description": "A metric value." }, "description": "Metric values keyed by name (accuracy, precision, recall, f1, roc_auc, average_precision, log_loss, brier, precision_macro, f1_weighted, mae, rmse, r2, mape, ...); null when undefined on these rows." };
var func6 = Object.prototype.hasOwnProperty;
function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate1.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.role === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema2.required, parentSchema: schema2, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.uri === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema2.required, parentSchema: schema2, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.sha256 === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema2.required, parentSchema: schema2, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.bytes === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property 'bytes'", schema: schema2.required, parentSchema: schema2, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema2.required, parentSchema: schema2, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.confusion === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "confusion" }, message: "must have required property 'confusion'", schema: schema2.required, parentSchema: schema2, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.latency === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "latency" }, message: "must have required property 'latency'", schema: schema2.required, parentSchema: schema2, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema2.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data0 = data.role;
      if (!(data0 === "challenger" || data0 === "champion" || data0 === "baseline")) {
        const err8 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/enum", keyword: "enum", params: { allowedValues: schema2.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema2.properties.role.enum, parentSchema: schema2.properties.role, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.uri !== void 0) {
      let data1 = data.uri;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/uri", schemaPath: "#/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.uri.type, parentSchema: schema2.properties.uri, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data2 = data.sha256;
      if (typeof data2 !== "string" && data2 !== null) {
        const err10 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/type", keyword: "type", params: { type: schema2.properties.sha256.type }, message: "must be string,null", schema: schema2.properties.sha256.type, parentSchema: schema2.properties.sha256, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (!pattern2.test(data2)) {
          const err11 = { instancePath: instancePath + "/sha256", schemaPath: "#/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema2.properties.sha256, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.bytes !== void 0) {
      let data3 = data.bytes;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && data3 !== null) {
        const err12 = { instancePath: instancePath + "/bytes", schemaPath: "#/properties/bytes/type", keyword: "type", params: { type: schema2.properties.bytes.type }, message: "must be integer,null", schema: schema2.properties.bytes.type, parentSchema: schema2.properties.bytes, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/bytes", schemaPath: "#/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.bytes, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (typeof data4 !== "string") {
        const err14 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.description.type, parentSchema: schema2.properties.description, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data5 = data.metrics;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          let data6 = data5[key1];
          if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
            const err15 = { instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metrics/additionalProperties/type", keyword: "type", params: { type: schema3.additionalProperties.type }, message: "must be number,null", schema: schema3.additionalProperties.type, parentSchema: schema3.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/metrics", schemaPath: "#/$defs/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema3.type, parentSchema: schema3, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.confusion !== void 0) {
      let data7 = data.confusion;
      const _errs18 = errors;
      let valid3 = false;
      const _errs19 = errors;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.tn === void 0) {
          const err17 = { instancePath: instancePath + "/confusion", schemaPath: "#/properties/confusion/anyOf/0/required", keyword: "required", params: { missingProperty: "tn" }, message: "must have required property 'tn'", schema: schema2.properties.confusion.anyOf[0].required, parentSchema: schema2.properties.confusion.anyOf[0], data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data7.fp === void 0) {
          const err18 = { instancePath: instancePath + "/confusion", schemaPath: "#/properties/confusion/anyOf/0/required", keyword: "required", params: { missingProperty: "fp" }, message: "must have required property 'fp'", schema: schema2.properties.confusion.anyOf[0].required, parentSchema: schema2.properties.confusion.anyOf[0], data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data7.fn === void 0) {
          const err19 = { instancePath: instancePath + "/confusion", schemaPath: "#/properties/confusion/anyOf/0/required", keyword: "required", params: { missingProperty: "fn" }, message: "must have required property 'fn'", schema: schema2.properties.confusion.anyOf[0].required, parentSchema: schema2.properties.confusion.anyOf[0], data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data7.tp === void 0) {
          const err20 = { instancePath: instancePath + "/confusion", schemaPath: "#/properties/confusion/anyOf/0/required", keyword: "required", params: { missingProperty: "tp" }, message: "must have required property 'tp'", schema: schema2.properties.confusion.anyOf[0].required, parentSchema: schema2.properties.confusion.anyOf[0], data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key2 in data7) {
          if (!(key2 === "tn" || key2 === "fp" || key2 === "fn" || key2 === "tp")) {
            const err21 = { instancePath: instancePath + "/confusion", schemaPath: "#/properties/confusion/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.confusion.anyOf[0], data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7.tn !== void 0) {
          let data8 = data7.tn;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err22 = { instancePath: instancePath + "/confusion/tn", schemaPath: "#/properties/confusion/anyOf/0/properties/tn/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.confusion.anyOf[0].properties.tn.type, parentSchema: schema2.properties.confusion.anyOf[0].properties.tn, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err23 = { instancePath: instancePath + "/confusion/tn", schemaPath: "#/properties/confusion/anyOf/0/properties/tn/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.confusion.anyOf[0].properties.tn, data: data8 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data7.fp !== void 0) {
          let data9 = data7.fp;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err24 = { instancePath: instancePath + "/confusion/fp", schemaPath: "#/properties/confusion/anyOf/0/properties/fp/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.confusion.anyOf[0].properties.fp.type, parentSchema: schema2.properties.confusion.anyOf[0].properties.fp, data: data9 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 0 || isNaN(data9)) {
              const err25 = { instancePath: instancePath + "/confusion/fp", schemaPath: "#/properties/confusion/anyOf/0/properties/fp/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.confusion.anyOf[0].properties.fp, data: data9 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data7.fn !== void 0) {
          let data10 = data7.fn;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err26 = { instancePath: instancePath + "/confusion/fn", schemaPath: "#/properties/confusion/anyOf/0/properties/fn/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.confusion.anyOf[0].properties.fn.type, parentSchema: schema2.properties.confusion.anyOf[0].properties.fn, data: data10 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err27 = { instancePath: instancePath + "/confusion/fn", schemaPath: "#/properties/confusion/anyOf/0/properties/fn/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.confusion.anyOf[0].properties.fn, data: data10 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        if (data7.tp !== void 0) {
          let data11 = data7.tp;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err28 = { instancePath: instancePath + "/confusion/tp", schemaPath: "#/properties/confusion/anyOf/0/properties/tp/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.confusion.anyOf[0].properties.tp.type, parentSchema: schema2.properties.confusion.anyOf[0].properties.tp, data: data11 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err29 = { instancePath: instancePath + "/confusion/tp", schemaPath: "#/properties/confusion/anyOf/0/properties/tp/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.confusion.anyOf[0].properties.tp, data: data11 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/confusion", schemaPath: "#/properties/confusion/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.confusion.anyOf[0].type, parentSchema: schema2.properties.confusion.anyOf[0], data: data7 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var _valid0 = _errs19 === errors;
      valid3 = valid3 || _valid0;
      const _errs30 = errors;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data12 = data7[i0];
          if (Array.isArray(data12)) {
            const len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data13 = data12[i1];
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
                const err31 = { instancePath: instancePath + "/confusion/" + i0 + "/" + i1, schemaPath: "#/properties/confusion/anyOf/1/items/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.confusion.anyOf[1].items.items.type, parentSchema: schema2.properties.confusion.anyOf[1].items.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 < 0 || isNaN(data13)) {
                  const err32 = { instancePath: instancePath + "/confusion/" + i0 + "/" + i1, schemaPath: "#/properties/confusion/anyOf/1/items/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.confusion.anyOf[1].items.items, data: data13 };
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
            const err33 = { instancePath: instancePath + "/confusion/" + i0, schemaPath: "#/properties/confusion/anyOf/1/items/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.confusion.anyOf[1].items.type, parentSchema: schema2.properties.confusion.anyOf[1].items, data: data12 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/confusion", schemaPath: "#/properties/confusion/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.confusion.anyOf[1].type, parentSchema: schema2.properties.confusion.anyOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      var _valid0 = _errs30 === errors;
      valid3 = valid3 || _valid0;
      const _errs36 = errors;
      if (data7 !== null) {
        const err35 = { instancePath: instancePath + "/confusion", schemaPath: "#/properties/confusion/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema2.properties.confusion.anyOf[2].type, parentSchema: schema2.properties.confusion.anyOf[2], data: data7 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var _valid0 = _errs36 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err36 = { instancePath: instancePath + "/confusion", schemaPath: "#/properties/confusion/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema2.properties.confusion.anyOf, parentSchema: schema2.properties.confusion, data: data7 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      } else {
        errors = _errs18;
        if (vErrors !== null) {
          if (_errs18) {
            vErrors.length = _errs18;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.intervals !== void 0) {
      let data14 = data.intervals;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key3 in data14) {
          let data15 = data14[key3];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.low === void 0) {
              const err37 = { instancePath: instancePath + "/intervals/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/intervals/additionalProperties/required", keyword: "required", params: { missingProperty: "low" }, message: "must have required property 'low'", schema: schema2.properties.intervals.additionalProperties.required, parentSchema: schema2.properties.intervals.additionalProperties, data: data15 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data15.high === void 0) {
              const err38 = { instancePath: instancePath + "/intervals/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/intervals/additionalProperties/required", keyword: "required", params: { missingProperty: "high" }, message: "must have required property 'high'", schema: schema2.properties.intervals.additionalProperties.required, parentSchema: schema2.properties.intervals.additionalProperties, data: data15 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            for (const key4 in data15) {
              if (!(key4 === "low" || key4 === "high")) {
                const err39 = { instancePath: instancePath + "/intervals/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/intervals/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.intervals.additionalProperties, data: data15 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data15.low !== void 0) {
              let data16 = data15.low;
              if (!(typeof data16 == "number" && isFinite(data16))) {
                const err40 = { instancePath: instancePath + "/intervals/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/low", schemaPath: "#/properties/intervals/additionalProperties/properties/low/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.intervals.additionalProperties.properties.low.type, parentSchema: schema2.properties.intervals.additionalProperties.properties.low, data: data16 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data15.high !== void 0) {
              let data17 = data15.high;
              if (!(typeof data17 == "number" && isFinite(data17))) {
                const err41 = { instancePath: instancePath + "/intervals/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/high", schemaPath: "#/properties/intervals/additionalProperties/properties/high/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.intervals.additionalProperties.properties.high.type, parentSchema: schema2.properties.intervals.additionalProperties.properties.high, data: data17 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/intervals/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/intervals/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.intervals.additionalProperties.type, parentSchema: schema2.properties.intervals.additionalProperties, data: data15 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/intervals", schemaPath: "#/properties/intervals/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.intervals.type, parentSchema: schema2.properties.intervals, data: data14 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.latency !== void 0) {
      let data18 = data.latency;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18)) && data18 !== null) {
        const err44 = { instancePath: instancePath + "/latency", schemaPath: "#/properties/latency/type", keyword: "type", params: { type: schema2.properties.latency.type }, message: "must be object,null", schema: schema2.properties.latency.type, parentSchema: schema2.properties.latency, data: data18 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.loadMs === void 0) {
          const err45 = { instancePath: instancePath + "/latency", schemaPath: "#/properties/latency/required", keyword: "required", params: { missingProperty: "loadMs" }, message: "must have required property 'loadMs'", schema: schema2.properties.latency.required, parentSchema: schema2.properties.latency, data: data18 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data18.single === void 0) {
          const err46 = { instancePath: instancePath + "/latency", schemaPath: "#/properties/latency/required", keyword: "required", params: { missingProperty: "single" }, message: "must have required property 'single'", schema: schema2.properties.latency.required, parentSchema: schema2.properties.latency, data: data18 };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data18.batch === void 0) {
          const err47 = { instancePath: instancePath + "/latency", schemaPath: "#/properties/latency/required", keyword: "required", params: { missingProperty: "batch" }, message: "must have required property 'batch'", schema: schema2.properties.latency.required, parentSchema: schema2.properties.latency, data: data18 };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        if (data18.rowsPerSecond === void 0) {
          const err48 = { instancePath: instancePath + "/latency", schemaPath: "#/properties/latency/required", keyword: "required", params: { missingProperty: "rowsPerSecond" }, message: "must have required property 'rowsPerSecond'", schema: schema2.properties.latency.required, parentSchema: schema2.properties.latency, data: data18 };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (data18.peakRssMB === void 0) {
          const err49 = { instancePath: instancePath + "/latency", schemaPath: "#/properties/latency/required", keyword: "required", params: { missingProperty: "peakRssMB" }, message: "must have required property 'peakRssMB'", schema: schema2.properties.latency.required, parentSchema: schema2.properties.latency, data: data18 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        for (const key5 in data18) {
          if (!(key5 === "loadMs" || key5 === "single" || key5 === "batch" || key5 === "rowsPerSecond" || key5 === "peakRssMB")) {
            const err50 = { instancePath: instancePath + "/latency", schemaPath: "#/properties/latency/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.latency, data: data18 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data18.loadMs !== void 0) {
          let data19 = data18.loadMs;
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 < 0 || isNaN(data19)) {
              const err51 = { instancePath: instancePath + "/latency/loadMs", schemaPath: "#/properties/latency/properties/loadMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.latency.properties.loadMs, data: data19 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/latency/loadMs", schemaPath: "#/properties/latency/properties/loadMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.latency.properties.loadMs.type, parentSchema: schema2.properties.latency.properties.loadMs, data: data19 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data18.single !== void 0) {
          let data20 = data18.single;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            if (data20.runs === void 0) {
              const err53 = { instancePath: instancePath + "/latency/single", schemaPath: "#/properties/latency/properties/single/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'", schema: schema2.properties.latency.properties.single.required, parentSchema: schema2.properties.latency.properties.single, data: data20 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            if (data20.p50Ms === void 0) {
              const err54 = { instancePath: instancePath + "/latency/single", schemaPath: "#/properties/latency/properties/single/required", keyword: "required", params: { missingProperty: "p50Ms" }, message: "must have required property 'p50Ms'", schema: schema2.properties.latency.properties.single.required, parentSchema: schema2.properties.latency.properties.single, data: data20 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data20.p95Ms === void 0) {
              const err55 = { instancePath: instancePath + "/latency/single", schemaPath: "#/properties/latency/properties/single/required", keyword: "required", params: { missingProperty: "p95Ms" }, message: "must have required property 'p95Ms'", schema: schema2.properties.latency.properties.single.required, parentSchema: schema2.properties.latency.properties.single, data: data20 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (data20.p99Ms === void 0) {
              const err56 = { instancePath: instancePath + "/latency/single", schemaPath: "#/properties/latency/properties/single/required", keyword: "required", params: { missingProperty: "p99Ms" }, message: "must have required property 'p99Ms'", schema: schema2.properties.latency.properties.single.required, parentSchema: schema2.properties.latency.properties.single, data: data20 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            for (const key6 in data20) {
              if (!(key6 === "runs" || key6 === "p50Ms" || key6 === "p95Ms" || key6 === "p99Ms")) {
                const err57 = { instancePath: instancePath + "/latency/single", schemaPath: "#/properties/latency/properties/single/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.latency.properties.single, data: data20 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data20.runs !== void 0) {
              let data21 = data20.runs;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                const err58 = { instancePath: instancePath + "/latency/single/runs", schemaPath: "#/properties/latency/properties/single/properties/runs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.latency.properties.single.properties.runs.type, parentSchema: schema2.properties.latency.properties.single.properties.runs, data: data21 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 < 0 || isNaN(data21)) {
                  const err59 = { instancePath: instancePath + "/latency/single/runs", schemaPath: "#/properties/latency/properties/single/properties/runs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.latency.properties.single.properties.runs, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
            }
            if (data20.p50Ms !== void 0) {
              let data22 = data20.p50Ms;
              if (!(typeof data22 == "number" && isFinite(data22)) && data22 !== null) {
                const err60 = { instancePath: instancePath + "/latency/single/p50Ms", schemaPath: "#/properties/latency/properties/single/properties/p50Ms/type", keyword: "type", params: { type: schema2.properties.latency.properties.single.properties.p50Ms.type }, message: "must be number,null", schema: schema2.properties.latency.properties.single.properties.p50Ms.type, parentSchema: schema2.properties.latency.properties.single.properties.p50Ms, data: data22 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data20.p95Ms !== void 0) {
              let data23 = data20.p95Ms;
              if (!(typeof data23 == "number" && isFinite(data23)) && data23 !== null) {
                const err61 = { instancePath: instancePath + "/latency/single/p95Ms", schemaPath: "#/properties/latency/properties/single/properties/p95Ms/type", keyword: "type", params: { type: schema2.properties.latency.properties.single.properties.p95Ms.type }, message: "must be number,null", schema: schema2.properties.latency.properties.single.properties.p95Ms.type, parentSchema: schema2.properties.latency.properties.single.properties.p95Ms, data: data23 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data20.p99Ms !== void 0) {
              let data24 = data20.p99Ms;
              if (!(typeof data24 == "number" && isFinite(data24)) && data24 !== null) {
                const err62 = { instancePath: instancePath + "/latency/single/p99Ms", schemaPath: "#/properties/latency/properties/single/properties/p99Ms/type", keyword: "type", params: { type: schema2.properties.latency.properties.single.properties.p99Ms.type }, message: "must be number,null", schema: schema2.properties.latency.properties.single.properties.p99Ms.type, parentSchema: schema2.properties.latency.properties.single.properties.p99Ms, data: data24 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/latency/single", schemaPath: "#/properties/latency/properties/single/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.latency.properties.single.type, parentSchema: schema2.properties.latency.properties.single, data: data20 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data18.batch !== void 0) {
          let data25 = data18.batch;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.runs === void 0) {
              const err64 = { instancePath: instancePath + "/latency/batch", schemaPath: "#/properties/latency/properties/batch/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property 'runs'", schema: schema2.properties.latency.properties.batch.required, parentSchema: schema2.properties.latency.properties.batch, data: data25 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data25.p50Ms === void 0) {
              const err65 = { instancePath: instancePath + "/latency/batch", schemaPath: "#/properties/latency/properties/batch/required", keyword: "required", params: { missingProperty: "p50Ms" }, message: "must have required property 'p50Ms'", schema: schema2.properties.latency.properties.batch.required, parentSchema: schema2.properties.latency.properties.batch, data: data25 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data25.p95Ms === void 0) {
              const err66 = { instancePath: instancePath + "/latency/batch", schemaPath: "#/properties/latency/properties/batch/required", keyword: "required", params: { missingProperty: "p95Ms" }, message: "must have required property 'p95Ms'", schema: schema2.properties.latency.properties.batch.required, parentSchema: schema2.properties.latency.properties.batch, data: data25 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (data25.p99Ms === void 0) {
              const err67 = { instancePath: instancePath + "/latency/batch", schemaPath: "#/properties/latency/properties/batch/required", keyword: "required", params: { missingProperty: "p99Ms" }, message: "must have required property 'p99Ms'", schema: schema2.properties.latency.properties.batch.required, parentSchema: schema2.properties.latency.properties.batch, data: data25 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            for (const key7 in data25) {
              if (!(key7 === "batchSize" || key7 === "runs" || key7 === "p50Ms" || key7 === "p95Ms" || key7 === "p99Ms")) {
                const err68 = { instancePath: instancePath + "/latency/batch", schemaPath: "#/properties/latency/properties/batch/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.latency.properties.batch, data: data25 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data25.batchSize !== void 0) {
              let data26 = data25.batchSize;
              if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                const err69 = { instancePath: instancePath + "/latency/batch/batchSize", schemaPath: "#/properties/latency/properties/batch/properties/batchSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.latency.properties.batch.properties.batchSize.type, parentSchema: schema2.properties.latency.properties.batch.properties.batchSize, data: data26 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 < 1 || isNaN(data26)) {
                  const err70 = { instancePath: instancePath + "/latency/batch/batchSize", schemaPath: "#/properties/latency/properties/batch/properties/batchSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema2.properties.latency.properties.batch.properties.batchSize, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              }
            }
            if (data25.runs !== void 0) {
              let data27 = data25.runs;
              if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                const err71 = { instancePath: instancePath + "/latency/batch/runs", schemaPath: "#/properties/latency/properties/batch/properties/runs/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema2.properties.latency.properties.batch.properties.runs.type, parentSchema: schema2.properties.latency.properties.batch.properties.runs, data: data27 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 < 0 || isNaN(data27)) {
                  const err72 = { instancePath: instancePath + "/latency/batch/runs", schemaPath: "#/properties/latency/properties/batch/properties/runs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.latency.properties.batch.properties.runs, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
            }
            if (data25.p50Ms !== void 0) {
              let data28 = data25.p50Ms;
              if (!(typeof data28 == "number" && isFinite(data28)) && data28 !== null) {
                const err73 = { instancePath: instancePath + "/latency/batch/p50Ms", schemaPath: "#/properties/latency/properties/batch/properties/p50Ms/type", keyword: "type", params: { type: schema2.properties.latency.properties.batch.properties.p50Ms.type }, message: "must be number,null", schema: schema2.properties.latency.properties.batch.properties.p50Ms.type, parentSchema: schema2.properties.latency.properties.batch.properties.p50Ms, data: data28 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data25.p95Ms !== void 0) {
              let data29 = data25.p95Ms;
              if (!(typeof data29 == "number" && isFinite(data29)) && data29 !== null) {
                const err74 = { instancePath: instancePath + "/latency/batch/p95Ms", schemaPath: "#/properties/latency/properties/batch/properties/p95Ms/type", keyword: "type", params: { type: schema2.properties.latency.properties.batch.properties.p95Ms.type }, message: "must be number,null", schema: schema2.properties.latency.properties.batch.properties.p95Ms.type, parentSchema: schema2.properties.latency.properties.batch.properties.p95Ms, data: data29 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data25.p99Ms !== void 0) {
              let data30 = data25.p99Ms;
              if (!(typeof data30 == "number" && isFinite(data30)) && data30 !== null) {
                const err75 = { instancePath: instancePath + "/latency/batch/p99Ms", schemaPath: "#/properties/latency/properties/batch/properties/p99Ms/type", keyword: "type", params: { type: schema2.properties.latency.properties.batch.properties.p99Ms.type }, message: "must be number,null", schema: schema2.properties.latency.properties.batch.properties.p99Ms.type, parentSchema: schema2.properties.latency.properties.batch.properties.p99Ms, data: data30 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/latency/batch", schemaPath: "#/properties/latency/properties/batch/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.latency.properties.batch.type, parentSchema: schema2.properties.latency.properties.batch, data: data25 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data18.rowsPerSecond !== void 0) {
          let data31 = data18.rowsPerSecond;
          if (typeof data31 == "number" && isFinite(data31)) {
            if (data31 < 0 || isNaN(data31)) {
              const err77 = { instancePath: instancePath + "/latency/rowsPerSecond", schemaPath: "#/properties/latency/properties/rowsPerSecond/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.latency.properties.rowsPerSecond, data: data31 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/latency/rowsPerSecond", schemaPath: "#/properties/latency/properties/rowsPerSecond/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.latency.properties.rowsPerSecond.type, parentSchema: schema2.properties.latency.properties.rowsPerSecond, data: data31 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data18.peakRssMB !== void 0) {
          let data32 = data18.peakRssMB;
          if (typeof data32 == "number" && isFinite(data32)) {
            if (data32 < 0 || isNaN(data32)) {
              const err79 = { instancePath: instancePath + "/latency/peakRssMB", schemaPath: "#/properties/latency/properties/peakRssMB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema2.properties.latency.properties.peakRssMB, data: data32 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          } else {
            const err80 = { instancePath: instancePath + "/latency/peakRssMB", schemaPath: "#/properties/latency/properties/peakRssMB/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema2.properties.latency.properties.peakRssMB.type, parentSchema: schema2.properties.latency.properties.peakRssMB, data: data32 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err81 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.type, parentSchema: schema2, data };
    if (vErrors === null) {
      vErrors = [err81];
    } else {
      vErrors.push(err81);
    }
    errors++;
  }
  validate1.errors = vErrors;
  return errors === 0;
}
validate1.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema4 = { "type": "object", "required": ["feature", "value", "support", "evaluated", "metrics", "champion"], "additionalProperties": false, "properties": { "feature": { "type": "string", "description": "The slice column." }, "value": { "type": "string", "description": "The value or bin; (missing) for empty cells." }, "support": { "type": "integer", "minimum": 0, "description": "Rows in the slice." }, "evaluated": { "type": "boolean", "description": "False when support < minSupport." }, "metrics": { "anyOf": [{ "$ref": "#/$defs/metrics" }, { "type": "null" }], "description": "The challenger's metrics on the slice; null when not evaluated." }, "champion": { "anyOf": [{ "$ref": "#/$defs/metrics" }, { "type": "null" }], "description": "The champion's metrics on the slice; null without a champion." } }, "description": "One slice: rows whose column `feature` has `value` (a category or a numeric bin [lo, hi))." };
function validate3(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate3.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.feature === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "feature" }, message: "must have required property 'feature'", schema: schema4.required, parentSchema: schema4, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema4.required, parentSchema: schema4, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.support === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "support" }, message: "must have required property 'support'", schema: schema4.required, parentSchema: schema4, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.evaluated === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evaluated" }, message: "must have required property 'evaluated'", schema: schema4.required, parentSchema: schema4, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema4.required, parentSchema: schema4, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.champion === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "champion" }, message: "must have required property 'champion'", schema: schema4.required, parentSchema: schema4, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "feature" || key0 === "value" || key0 === "support" || key0 === "evaluated" || key0 === "metrics" || key0 === "champion")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema4, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.feature !== void 0) {
      let data0 = data.feature;
      if (typeof data0 !== "string") {
        const err7 = { instancePath: instancePath + "/feature", schemaPath: "#/properties/feature/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema4.properties.feature.type, parentSchema: schema4.properties.feature, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 !== "string") {
        const err8 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema4.properties.value.type, parentSchema: schema4.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.support !== void 0) {
      let data2 = data.support;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err9 = { instancePath: instancePath + "/support", schemaPath: "#/properties/support/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema4.properties.support.type, parentSchema: schema4.properties.support, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err10 = { instancePath: instancePath + "/support", schemaPath: "#/properties/support/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema4.properties.support, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.evaluated !== void 0) {
      let data3 = data.evaluated;
      if (typeof data3 !== "boolean") {
        const err11 = { instancePath: instancePath + "/evaluated", schemaPath: "#/properties/evaluated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema4.properties.evaluated.type, parentSchema: schema4.properties.evaluated, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data4 = data.metrics;
      const _errs11 = errors;
      let valid1 = false;
      const _errs12 = errors;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (!(typeof data5 == "number" && isFinite(data5)) && data5 !== null) {
            const err12 = { instancePath: instancePath + "/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metrics/additionalProperties/type", keyword: "type", params: { type: schema3.additionalProperties.type }, message: "must be number,null", schema: schema3.additionalProperties.type, parentSchema: schema3.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/metrics", schemaPath: "#/$defs/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema3.type, parentSchema: schema3, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      valid1 = valid1 || _valid0;
      const _errs18 = errors;
      if (data4 !== null) {
        const err14 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema4.properties.metrics.anyOf[1].type, parentSchema: schema4.properties.metrics.anyOf[1], data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs18 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err15 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema4.properties.metrics.anyOf, parentSchema: schema4.properties.metrics, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.champion !== void 0) {
      let data6 = data.champion;
      const _errs21 = errors;
      let valid4 = false;
      const _errs22 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          let data7 = data6[key2];
          if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
            const err16 = { instancePath: instancePath + "/champion/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metrics/additionalProperties/type", keyword: "type", params: { type: schema3.additionalProperties.type }, message: "must be number,null", schema: schema3.additionalProperties.type, parentSchema: schema3.additionalProperties, data: data7 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/champion", schemaPath: "#/$defs/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema3.type, parentSchema: schema3, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      valid4 = valid4 || _valid1;
      const _errs28 = errors;
      if (data6 !== null) {
        const err18 = { instancePath: instancePath + "/champion", schemaPath: "#/properties/champion/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema4.properties.champion.anyOf[1].type, parentSchema: schema4.properties.champion.anyOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid1 = _errs28 === errors;
      valid4 = valid4 || _valid1;
      if (!valid4) {
        const err19 = { instancePath: instancePath + "/champion", schemaPath: "#/properties/champion/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema4.properties.champion.anyOf, parentSchema: schema4.properties.champion, data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema4.type, parentSchema: schema4, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate3.errors = vErrors;
  return errors === 0;
}
validate3.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema10 = { "title": "EnvironmentPolicy", "description": "The gate a promotion into the environment must pass.", "type": "object", "additionalProperties": false, "properties": { "requireEvaluation": { "description": "Require evaluation evidence bound to the artifact digest.", "type": "boolean", "default": false }, "metrics": { "description": "Metric thresholds by metric name (e.g. roc_auc, log_loss), with MLflow MetricThreshold semantics.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_.-]{0,63}$" }, "additionalProperties": { "$ref": "#/$defs/metricThreshold" } }, "maxSliceDrop": { "description": "No important slice may drop by more than this (absolute, in metric units) against the champion.", "type": "number", "minimum": 0 }, "maxLatencyRatio": { "description": "The challenger's p95 batch latency may be at most this multiple of the champion's, measured in the same evaluation (e.g. 1.5).", "type": "number", "exclusiveMinimum": 0 }, "fairness": { "description": "Limits on the gaps between groups of each protected attribute.", "type": "object", "additionalProperties": false, "properties": { "demographicParityDifference": { "description": "Maximum difference in positive-prediction rate between groups (0..1).", "type": "number", "minimum": 0, "maximum": 1 }, "equalOpportunityDifference": { "description": "Maximum difference in true-positive rate between groups (0..1).", "type": "number", "minimum": 0, "maximum": 1 } } }, "requireDataValidation": { "description": "Require data-validation evidence: every data-validation report the version lists must verify and pass (verdict pass or warn) on its own. true: at least one report. A list names the reports that must be among them: training (the version's training data against the dataset schema: environment training, its data input one of the lineage's training datasets) and serving (a serving sample against the training data: environment serving, comparison skew).", "oneOf": [{ "description": "At least one data-validation report, every listed one passing.", "type": "boolean" }, { "description": "The reports required, each checked on its own.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "description": "A required report: training or serving.", "enum": ["training", "serving"] } }], "default": false }, "minTestScore": { "description": "Minimum ML Test Score (the minimum of the four section sums).", "type": "number", "minimum": 0 }, "maxModelAgeDays": { "description": "The version's createdAt may be no older than this many days.", "type": "integer", "minimum": 1 }, "requiredApprovals": { "description": "Number of approving reviews the pull request needs: the latest review of each reviewer with write permission who is not the pull request's author.", "type": "integer", "minimum": 0, "default": 0 }, "allowStaleApprovals": { "description": "An approval given on an earlier head commit of the pull request still counts. Default false: a new push needs new approvals.", "type": "boolean", "default": false }, "requireCanary": { "description": "A new version must pass through a canary before it takes all traffic.", "type": "boolean", "default": false }, "evidence": { "description": "How the gate verifies the evidence it decides on (evaluation and data-validation reports) before their figures count, for the gate and for the ML Test Score's automated points.", "type": "object", "additionalProperties": false, "properties": { "verify": { "description": "recompute: the gate re-derives every figure it decides on from digest-bound inputs (the artifacts, the registered dataset versions) and blocks on any difference; provenance: the gate proves which trusted workflow run made each file (designed, not built yet: fails closed); either: recompute, else provenance; none: figures are taken on trust and earn no automated ML Test Score point.", "enum": ["recompute", "provenance", "either", "none"], "default": "recompute" } } } } };
var schema11 = { "title": "MetricThreshold", "description": "A metric threshold (MLflow MetricThreshold semantics): an absolute bound and a minimum change against the champion.", "type": "object", "required": ["greaterIsBetter"], "additionalProperties": false, "properties": { "threshold": { "description": "Absolute bound: the candidate's value must be >= (greaterIsBetter) or <= this.", "type": "number" }, "minAbsoluteChange": { "description": "Minimum improvement over the champion in metric units (0 means no worse).", "type": "number", "minimum": 0 }, "minRelativeChange": { "description": "Minimum improvement over the champion as a fraction of the champion's value (0 means no worse).", "type": "number", "minimum": 0 }, "greaterIsBetter": { "description": "True when larger values are better (accuracy, roc_auc), false when smaller are (log_loss, rmse).", "type": "boolean" } } };
var func9 = require_equal().default;
var pattern9 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]{0,63}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate10.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func6.call(schema10.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.requireEvaluation !== void 0) {
      let data0 = data.requireEvaluation;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/requireEvaluation", schemaPath: "#/properties/requireEvaluation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema10.properties.requireEvaluation.type, parentSchema: schema10.properties.requireEvaluation, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data1 = data.metrics;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          const _errs6 = errors;
          if (typeof key1 === "string") {
            if (!pattern9.test(key1)) {
              const err2 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]{0,63}$"', schema: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$", parentSchema: schema10.properties.metrics.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          var valid1 = _errs6 === errors;
          if (!valid1) {
            const err3 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema10.properties.metrics.propertyNames, parentSchema: schema10.properties.metrics, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          let data2 = data1[key2];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.greaterIsBetter === void 0) {
              const err4 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metricThreshold/required", keyword: "required", params: { missingProperty: "greaterIsBetter" }, message: "must have required property 'greaterIsBetter'", schema: schema11.required, parentSchema: schema11, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key3 in data2) {
              if (!(key3 === "threshold" || key3 === "minAbsoluteChange" || key3 === "minRelativeChange" || key3 === "greaterIsBetter")) {
                const err5 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metricThreshold/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data: data2 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data2.threshold !== void 0) {
              let data3 = data2.threshold;
              if (!(typeof data3 == "number" && isFinite(data3))) {
                const err6 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold", schemaPath: "#/$defs/metricThreshold/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.threshold.type, parentSchema: schema11.properties.threshold, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.minAbsoluteChange !== void 0) {
              let data4 = data2.minAbsoluteChange;
              if (typeof data4 == "number" && isFinite(data4)) {
                if (data4 < 0 || isNaN(data4)) {
                  const err7 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/minAbsoluteChange", schemaPath: "#/$defs/metricThreshold/properties/minAbsoluteChange/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.minAbsoluteChange, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/minAbsoluteChange", schemaPath: "#/$defs/metricThreshold/properties/minAbsoluteChange/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.minAbsoluteChange.type, parentSchema: schema11.properties.minAbsoluteChange, data: data4 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.minRelativeChange !== void 0) {
              let data5 = data2.minRelativeChange;
              if (typeof data5 == "number" && isFinite(data5)) {
                if (data5 < 0 || isNaN(data5)) {
                  const err9 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/minRelativeChange", schemaPath: "#/$defs/metricThreshold/properties/minRelativeChange/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.minRelativeChange, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/minRelativeChange", schemaPath: "#/$defs/metricThreshold/properties/minRelativeChange/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.minRelativeChange.type, parentSchema: schema11.properties.minRelativeChange, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data2.greaterIsBetter !== void 0) {
              let data6 = data2.greaterIsBetter;
              if (typeof data6 !== "boolean") {
                const err11 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/greaterIsBetter", schemaPath: "#/$defs/metricThreshold/properties/greaterIsBetter/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.greaterIsBetter.type, parentSchema: schema11.properties.greaterIsBetter, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/metricThreshold/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.metrics.type, parentSchema: schema10.properties.metrics, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.maxSliceDrop !== void 0) {
      let data7 = data.maxSliceDrop;
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 0 || isNaN(data7)) {
          const err14 = { instancePath: instancePath + "/maxSliceDrop", schemaPath: "#/properties/maxSliceDrop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema10.properties.maxSliceDrop, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/maxSliceDrop", schemaPath: "#/properties/maxSliceDrop/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.maxSliceDrop.type, parentSchema: schema10.properties.maxSliceDrop, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.maxLatencyRatio !== void 0) {
      let data8 = data.maxLatencyRatio;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 <= 0 || isNaN(data8)) {
          const err16 = { instancePath: instancePath + "/maxLatencyRatio", schemaPath: "#/properties/maxLatencyRatio/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema10.properties.maxLatencyRatio, data: data8 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/maxLatencyRatio", schemaPath: "#/properties/maxLatencyRatio/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.maxLatencyRatio.type, parentSchema: schema10.properties.maxLatencyRatio, data: data8 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.fairness !== void 0) {
      let data9 = data.fairness;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key4 in data9) {
          if (!(key4 === "demographicParityDifference" || key4 === "equalOpportunityDifference")) {
            const err18 = { instancePath: instancePath + "/fairness", schemaPath: "#/properties/fairness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10.properties.fairness, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data9.demographicParityDifference !== void 0) {
          let data10 = data9.demographicParityDifference;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 > 1 || isNaN(data10)) {
              const err19 = { instancePath: instancePath + "/fairness/demographicParityDifference", schemaPath: "#/properties/fairness/properties/demographicParityDifference/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema10.properties.fairness.properties.demographicParityDifference, data: data10 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data10 < 0 || isNaN(data10)) {
              const err20 = { instancePath: instancePath + "/fairness/demographicParityDifference", schemaPath: "#/properties/fairness/properties/demographicParityDifference/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema10.properties.fairness.properties.demographicParityDifference, data: data10 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/fairness/demographicParityDifference", schemaPath: "#/properties/fairness/properties/demographicParityDifference/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.fairness.properties.demographicParityDifference.type, parentSchema: schema10.properties.fairness.properties.demographicParityDifference, data: data10 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data9.equalOpportunityDifference !== void 0) {
          let data11 = data9.equalOpportunityDifference;
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 1 || isNaN(data11)) {
              const err22 = { instancePath: instancePath + "/fairness/equalOpportunityDifference", schemaPath: "#/properties/fairness/properties/equalOpportunityDifference/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema10.properties.fairness.properties.equalOpportunityDifference, data: data11 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data11 < 0 || isNaN(data11)) {
              const err23 = { instancePath: instancePath + "/fairness/equalOpportunityDifference", schemaPath: "#/properties/fairness/properties/equalOpportunityDifference/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema10.properties.fairness.properties.equalOpportunityDifference, data: data11 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/fairness/equalOpportunityDifference", schemaPath: "#/properties/fairness/properties/equalOpportunityDifference/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.fairness.properties.equalOpportunityDifference.type, parentSchema: schema10.properties.fairness.properties.equalOpportunityDifference, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/fairness", schemaPath: "#/properties/fairness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.fairness.type, parentSchema: schema10.properties.fairness, data: data9 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.requireDataValidation !== void 0) {
      let data12 = data.requireDataValidation;
      const _errs32 = errors;
      let valid6 = false;
      let passing0 = null;
      const _errs33 = errors;
      if (typeof data12 !== "boolean") {
        const err26 = { instancePath: instancePath + "/requireDataValidation", schemaPath: "#/properties/requireDataValidation/oneOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema10.properties.requireDataValidation.oneOf[0].type, parentSchema: schema10.properties.requireDataValidation.oneOf[0], data: data12 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var _valid0 = _errs33 === errors;
      if (_valid0) {
        valid6 = true;
        passing0 = 0;
      }
      const _errs35 = errors;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err27 = { instancePath: instancePath + "/requireDataValidation", schemaPath: "#/properties/requireDataValidation/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema10.properties.requireDataValidation.oneOf[1], data: data12 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len0 = data12.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data13 = data12[i0];
          if (!(data13 === "training" || data13 === "serving")) {
            const err28 = { instancePath: instancePath + "/requireDataValidation/" + i0, schemaPath: "#/properties/requireDataValidation/oneOf/1/items/enum", keyword: "enum", params: { allowedValues: schema10.properties.requireDataValidation.oneOf[1].items.enum }, message: "must be equal to one of the allowed values", schema: schema10.properties.requireDataValidation.oneOf[1].items.enum, parentSchema: schema10.properties.requireDataValidation.oneOf[1].items, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        let i1 = data12.length;
        let j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func9(data12[i1], data12[j0])) {
                  const err29 = { instancePath: instancePath + "/requireDataValidation", schemaPath: "#/properties/requireDataValidation/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema10.properties.requireDataValidation.oneOf[1], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
        }
      } else {
        const err30 = { instancePath: instancePath + "/requireDataValidation", schemaPath: "#/properties/requireDataValidation/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema10.properties.requireDataValidation.oneOf[1].type, parentSchema: schema10.properties.requireDataValidation.oneOf[1], data: data12 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var _valid0 = _errs35 === errors;
      if (_valid0 && valid6) {
        valid6 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid6 = true;
          passing0 = 1;
        }
      }
      if (!valid6) {
        const err31 = { instancePath: instancePath + "/requireDataValidation", schemaPath: "#/properties/requireDataValidation/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema10.properties.requireDataValidation.oneOf, parentSchema: schema10.properties.requireDataValidation, data: data12 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      } else {
        errors = _errs32;
        if (vErrors !== null) {
          if (_errs32) {
            vErrors.length = _errs32;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.minTestScore !== void 0) {
      let data14 = data.minTestScore;
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 < 0 || isNaN(data14)) {
          const err32 = { instancePath: instancePath + "/minTestScore", schemaPath: "#/properties/minTestScore/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema10.properties.minTestScore, data: data14 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/minTestScore", schemaPath: "#/properties/minTestScore/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema10.properties.minTestScore.type, parentSchema: schema10.properties.minTestScore, data: data14 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.maxModelAgeDays !== void 0) {
      let data15 = data.maxModelAgeDays;
      if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
        const err34 = { instancePath: instancePath + "/maxModelAgeDays", schemaPath: "#/properties/maxModelAgeDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema10.properties.maxModelAgeDays.type, parentSchema: schema10.properties.maxModelAgeDays, data: data15 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 < 1 || isNaN(data15)) {
          const err35 = { instancePath: instancePath + "/maxModelAgeDays", schemaPath: "#/properties/maxModelAgeDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema10.properties.maxModelAgeDays, data: data15 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
    if (data.requiredApprovals !== void 0) {
      let data16 = data.requiredApprovals;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
        const err36 = { instancePath: instancePath + "/requiredApprovals", schemaPath: "#/properties/requiredApprovals/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema10.properties.requiredApprovals.type, parentSchema: schema10.properties.requiredApprovals, data: data16 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (typeof data16 == "number" && isFinite(data16)) {
        if (data16 < 0 || isNaN(data16)) {
          const err37 = { instancePath: instancePath + "/requiredApprovals", schemaPath: "#/properties/requiredApprovals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema10.properties.requiredApprovals, data: data16 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
    }
    if (data.allowStaleApprovals !== void 0) {
      let data17 = data.allowStaleApprovals;
      if (typeof data17 !== "boolean") {
        const err38 = { instancePath: instancePath + "/allowStaleApprovals", schemaPath: "#/properties/allowStaleApprovals/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema10.properties.allowStaleApprovals.type, parentSchema: schema10.properties.allowStaleApprovals, data: data17 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.requireCanary !== void 0) {
      let data18 = data.requireCanary;
      if (typeof data18 !== "boolean") {
        const err39 = { instancePath: instancePath + "/requireCanary", schemaPath: "#/properties/requireCanary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema10.properties.requireCanary.type, parentSchema: schema10.properties.requireCanary, data: data18 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data19 = data.evidence;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key5 in data19) {
          if (!(key5 === "verify")) {
            const err40 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema10.properties.evidence, data: data19 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data19.verify !== void 0) {
          let data20 = data19.verify;
          if (!(data20 === "recompute" || data20 === "provenance" || data20 === "either" || data20 === "none")) {
            const err41 = { instancePath: instancePath + "/evidence/verify", schemaPath: "#/properties/evidence/properties/verify/enum", keyword: "enum", params: { allowedValues: schema10.properties.evidence.properties.verify.enum }, message: "must be equal to one of the allowed values", schema: schema10.properties.evidence.properties.verify.enum, parentSchema: schema10.properties.evidence.properties.verify, data: data20 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.properties.evidence.type, parentSchema: schema10.properties.evidence, data: data19 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
  } else {
    const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema10.type, parentSchema: schema10, data };
    if (vErrors === null) {
      vErrors = [err43];
    } else {
      vErrors.push(err43);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
validate10.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
    if (data.task === void 0) {
      const err65 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err65];
      } else {
        vErrors.push(err65);
      }
      errors++;
    }
    if (data.label === void 0) {
      const err66 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "label" }, message: "must have required property 'label'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err66];
      } else {
        vErrors.push(err66);
      }
      errors++;
    }
    if (data.dataset === void 0) {
      const err67 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "dataset" }, message: "must have required property 'dataset'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
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
    if (data.models === void 0) {
      const err69 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "models" }, message: "must have required property 'models'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err69];
      } else {
        vErrors.push(err69);
      }
      errors++;
    }
    if (data.sliceMetric === void 0) {
      const err70 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "sliceMetric" }, message: "must have required property 'sliceMetric'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err70];
      } else {
        vErrors.push(err70);
      }
      errors++;
    }
    if (data.minSupport === void 0) {
      const err71 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "minSupport" }, message: "must have required property 'minSupport'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err71];
      } else {
        vErrors.push(err71);
      }
      errors++;
    }
    if (data.slices === void 0) {
      const err72 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "slices" }, message: "must have required property 'slices'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err72];
      } else {
        vErrors.push(err72);
      }
      errors++;
    }
    if (data.fairness === void 0) {
      const err73 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "fairness" }, message: "must have required property 'fairness'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err73];
      } else {
        vErrors.push(err73);
      }
      errors++;
    }
    if (data.determinism === void 0) {
      const err74 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "determinism" }, message: "must have required property 'determinism'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err74];
      } else {
        vErrors.push(err74);
      }
      errors++;
    }
    if (data.checks === void 0) {
      const err75 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'", schema: schema0.allOf[1].required, parentSchema: schema0.allOf[1], data };
      if (vErrors === null) {
        vErrors = [err75];
      } else {
        vErrors.push(err75);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      let data24 = data.kind;
      if ("evaluation" !== data24) {
        const err76 = { instancePath: instancePath + "/kind", schemaPath: "#/allOf/1/properties/kind/const", keyword: "const", params: { allowedValue: "evaluation" }, message: "must be equal to constant", schema: "evaluation", parentSchema: schema0.allOf[1].properties.kind, data: data24 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data25 = data.task;
      if (!(data25 === "binary-classification" || data25 === "multiclass-classification" || data25 === "regression")) {
        const err77 = { instancePath: instancePath + "/task", schemaPath: "#/allOf/1/properties/task/enum", keyword: "enum", params: { allowedValues: schema0.allOf[1].properties.task.enum }, message: "must be equal to one of the allowed values", schema: schema0.allOf[1].properties.task.enum, parentSchema: schema0.allOf[1].properties.task, data: data25 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      let data26 = data.label;
      if (typeof data26 === "string") {
        if (func0(data26) < 1) {
          const err78 = { instancePath: instancePath + "/label", schemaPath: "#/allOf/1/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.allOf[1].properties.label, data: data26 };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
      } else {
        const err79 = { instancePath: instancePath + "/label", schemaPath: "#/allOf/1/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.label.type, parentSchema: schema0.allOf[1].properties.label, data: data26 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.decisionThreshold !== void 0) {
      let data27 = data.decisionThreshold;
      if (!(typeof data27 == "number" && isFinite(data27)) && data27 !== null) {
        const err80 = { instancePath: instancePath + "/decisionThreshold", schemaPath: "#/allOf/1/properties/decisionThreshold/type", keyword: "type", params: { type: schema0.allOf[1].properties.decisionThreshold.type }, message: "must be number,null", schema: schema0.allOf[1].properties.decisionThreshold.type, parentSchema: schema0.allOf[1].properties.decisionThreshold, data: data27 };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.classes !== void 0) {
      let data28 = data.classes;
      if (!Array.isArray(data28) && data28 !== null) {
        const err81 = { instancePath: instancePath + "/classes", schemaPath: "#/allOf/1/properties/classes/type", keyword: "type", params: { type: schema0.allOf[1].properties.classes.type }, message: "must be array,null", schema: schema0.allOf[1].properties.classes.type, parentSchema: schema0.allOf[1].properties.classes, data: data28 };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
      if (Array.isArray(data28)) {
        const len1 = data28.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data29 = data28[i1];
          if (typeof data29 !== "string") {
            const err82 = { instancePath: instancePath + "/classes/" + i1, schemaPath: "#/allOf/1/properties/classes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.classes.items.type, parentSchema: schema0.allOf[1].properties.classes.items, data: data29 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      }
    }
    if (data.dataset !== void 0) {
      let data30 = data.dataset;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        if (data30.uri === void 0) {
          const err83 = { instancePath: instancePath + "/dataset", schemaPath: "#/allOf/1/properties/dataset/required", keyword: "required", params: { missingProperty: "uri" }, message: "must have required property 'uri'", schema: schema0.allOf[1].properties.dataset.required, parentSchema: schema0.allOf[1].properties.dataset, data: data30 };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
        if (data30.sha256 === void 0) {
          const err84 = { instancePath: instancePath + "/dataset", schemaPath: "#/allOf/1/properties/dataset/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema0.allOf[1].properties.dataset.required, parentSchema: schema0.allOf[1].properties.dataset, data: data30 };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
        if (data30.rows === void 0) {
          const err85 = { instancePath: instancePath + "/dataset", schemaPath: "#/allOf/1/properties/dataset/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'", schema: schema0.allOf[1].properties.dataset.required, parentSchema: schema0.allOf[1].properties.dataset, data: data30 };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        for (const key4 in data30) {
          if (!(key4 === "uri" || key4 === "sha256" || key4 === "rows")) {
            const err86 = { instancePath: instancePath + "/dataset", schemaPath: "#/allOf/1/properties/dataset/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.dataset, data: data30 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data30.uri !== void 0) {
          let data31 = data30.uri;
          if (typeof data31 !== "string") {
            const err87 = { instancePath: instancePath + "/dataset/uri", schemaPath: "#/allOf/1/properties/dataset/properties/uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.dataset.properties.uri.type, parentSchema: schema0.allOf[1].properties.dataset.properties.uri, data: data31 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data30.sha256 !== void 0) {
          let data32 = data30.sha256;
          if (typeof data32 === "string") {
            if (!pattern2.test(data32)) {
              const err88 = { instancePath: instancePath + "/dataset/sha256", schemaPath: "#/allOf/1/properties/dataset/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema0.allOf[1].properties.dataset.properties.sha256, data: data32 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          } else {
            const err89 = { instancePath: instancePath + "/dataset/sha256", schemaPath: "#/allOf/1/properties/dataset/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.dataset.properties.sha256.type, parentSchema: schema0.allOf[1].properties.dataset.properties.sha256, data: data32 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data30.rows !== void 0) {
          let data33 = data30.rows;
          if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)) && isFinite(data33))) {
            const err90 = { instancePath: instancePath + "/dataset/rows", schemaPath: "#/allOf/1/properties/dataset/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.dataset.properties.rows.type, parentSchema: schema0.allOf[1].properties.dataset.properties.rows, data: data33 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
          if (typeof data33 == "number" && isFinite(data33)) {
            if (data33 < 1 || isNaN(data33)) {
              const err91 = { instancePath: instancePath + "/dataset/rows", schemaPath: "#/allOf/1/properties/dataset/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.allOf[1].properties.dataset.properties.rows, data: data33 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          }
        }
      } else {
        const err92 = { instancePath: instancePath + "/dataset", schemaPath: "#/allOf/1/properties/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.dataset.type, parentSchema: schema0.allOf[1].properties.dataset, data: data30 };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
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
          if (typeof data35 !== "string") {
            const err93 = { instancePath: instancePath + "/features/" + i2, schemaPath: "#/allOf/1/properties/features/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.features.items.type, parentSchema: schema0.allOf[1].properties.features.items, data: data35 };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/features", schemaPath: "#/allOf/1/properties/features/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.features.type, parentSchema: schema0.allOf[1].properties.features, data: data34 };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data36 = data.models;
      if (Array.isArray(data36)) {
        if (data36.length < 1) {
          const err95 = { instancePath: instancePath + "/models", schemaPath: "#/allOf/1/properties/models/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema0.allOf[1].properties.models, data: data36 };
          if (vErrors === null) {
            vErrors = [err95];
          } else {
            vErrors.push(err95);
          }
          errors++;
        }
        const len3 = data36.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (!validate1(data36[i3], { instancePath: instancePath + "/models/" + i3, parentData: data36, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/models", schemaPath: "#/allOf/1/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.models.type, parentSchema: schema0.allOf[1].properties.models, data: data36 };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.sliceMetric !== void 0) {
      let data38 = data.sliceMetric;
      if (typeof data38 !== "string") {
        const err97 = { instancePath: instancePath + "/sliceMetric", schemaPath: "#/allOf/1/properties/sliceMetric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.sliceMetric.type, parentSchema: schema0.allOf[1].properties.sliceMetric, data: data38 };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
    }
    if (data.minSupport !== void 0) {
      let data39 = data.minSupport;
      if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39))) {
        const err98 = { instancePath: instancePath + "/minSupport", schemaPath: "#/allOf/1/properties/minSupport/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.minSupport.type, parentSchema: schema0.allOf[1].properties.minSupport, data: data39 };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
      if (typeof data39 == "number" && isFinite(data39)) {
        if (data39 < 1 || isNaN(data39)) {
          const err99 = { instancePath: instancePath + "/minSupport", schemaPath: "#/allOf/1/properties/minSupport/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.allOf[1].properties.minSupport, data: data39 };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
      }
    }
    if (data.slices !== void 0) {
      let data40 = data.slices;
      if (Array.isArray(data40)) {
        const len4 = data40.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate3(data40[i4], { instancePath: instancePath + "/slices/" + i4, parentData: data40, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err100 = { instancePath: instancePath + "/slices", schemaPath: "#/allOf/1/properties/slices/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.slices.type, parentSchema: schema0.allOf[1].properties.slices, data: data40 };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data.worstSlice !== void 0) {
      let data42 = data.worstSlice;
      if (!(data42 && typeof data42 == "object" && !Array.isArray(data42)) && data42 !== null) {
        const err101 = { instancePath: instancePath + "/worstSlice", schemaPath: "#/allOf/1/properties/worstSlice/type", keyword: "type", params: { type: schema0.allOf[1].properties.worstSlice.type }, message: "must be object,null", schema: schema0.allOf[1].properties.worstSlice.type, parentSchema: schema0.allOf[1].properties.worstSlice, data: data42 };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
        if (data42.feature === void 0) {
          const err102 = { instancePath: instancePath + "/worstSlice", schemaPath: "#/allOf/1/properties/worstSlice/required", keyword: "required", params: { missingProperty: "feature" }, message: "must have required property 'feature'", schema: schema0.allOf[1].properties.worstSlice.required, parentSchema: schema0.allOf[1].properties.worstSlice, data: data42 };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        if (data42.value === void 0) {
          const err103 = { instancePath: instancePath + "/worstSlice", schemaPath: "#/allOf/1/properties/worstSlice/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema0.allOf[1].properties.worstSlice.required, parentSchema: schema0.allOf[1].properties.worstSlice, data: data42 };
          if (vErrors === null) {
            vErrors = [err103];
          } else {
            vErrors.push(err103);
          }
          errors++;
        }
        if (data42.metric === void 0) {
          const err104 = { instancePath: instancePath + "/worstSlice", schemaPath: "#/allOf/1/properties/worstSlice/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema0.allOf[1].properties.worstSlice.required, parentSchema: schema0.allOf[1].properties.worstSlice, data: data42 };
          if (vErrors === null) {
            vErrors = [err104];
          } else {
            vErrors.push(err104);
          }
          errors++;
        }
        if (data42.metricValue === void 0) {
          const err105 = { instancePath: instancePath + "/worstSlice", schemaPath: "#/allOf/1/properties/worstSlice/required", keyword: "required", params: { missingProperty: "metricValue" }, message: "must have required property 'metricValue'", schema: schema0.allOf[1].properties.worstSlice.required, parentSchema: schema0.allOf[1].properties.worstSlice, data: data42 };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors++;
        }
        if (data42.overall === void 0) {
          const err106 = { instancePath: instancePath + "/worstSlice", schemaPath: "#/allOf/1/properties/worstSlice/required", keyword: "required", params: { missingProperty: "overall" }, message: "must have required property 'overall'", schema: schema0.allOf[1].properties.worstSlice.required, parentSchema: schema0.allOf[1].properties.worstSlice, data: data42 };
          if (vErrors === null) {
            vErrors = [err106];
          } else {
            vErrors.push(err106);
          }
          errors++;
        }
        if (data42.gap === void 0) {
          const err107 = { instancePath: instancePath + "/worstSlice", schemaPath: "#/allOf/1/properties/worstSlice/required", keyword: "required", params: { missingProperty: "gap" }, message: "must have required property 'gap'", schema: schema0.allOf[1].properties.worstSlice.required, parentSchema: schema0.allOf[1].properties.worstSlice, data: data42 };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
        for (const key5 in data42) {
          if (!(key5 === "feature" || key5 === "value" || key5 === "metric" || key5 === "metricValue" || key5 === "overall" || key5 === "gap")) {
            const err108 = { instancePath: instancePath + "/worstSlice", schemaPath: "#/allOf/1/properties/worstSlice/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.worstSlice, data: data42 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data42.feature !== void 0) {
          let data43 = data42.feature;
          if (typeof data43 !== "string") {
            const err109 = { instancePath: instancePath + "/worstSlice/feature", schemaPath: "#/allOf/1/properties/worstSlice/properties/feature/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.worstSlice.properties.feature.type, parentSchema: schema0.allOf[1].properties.worstSlice.properties.feature, data: data43 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data42.value !== void 0) {
          let data44 = data42.value;
          if (typeof data44 !== "string") {
            const err110 = { instancePath: instancePath + "/worstSlice/value", schemaPath: "#/allOf/1/properties/worstSlice/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.worstSlice.properties.value.type, parentSchema: schema0.allOf[1].properties.worstSlice.properties.value, data: data44 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data42.metric !== void 0) {
          let data45 = data42.metric;
          if (typeof data45 !== "string") {
            const err111 = { instancePath: instancePath + "/worstSlice/metric", schemaPath: "#/allOf/1/properties/worstSlice/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.worstSlice.properties.metric.type, parentSchema: schema0.allOf[1].properties.worstSlice.properties.metric, data: data45 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data42.metricValue !== void 0) {
          let data46 = data42.metricValue;
          if (!(typeof data46 == "number" && isFinite(data46))) {
            const err112 = { instancePath: instancePath + "/worstSlice/metricValue", schemaPath: "#/allOf/1/properties/worstSlice/properties/metricValue/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.worstSlice.properties.metricValue.type, parentSchema: schema0.allOf[1].properties.worstSlice.properties.metricValue, data: data46 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data42.overall !== void 0) {
          let data47 = data42.overall;
          if (!(typeof data47 == "number" && isFinite(data47))) {
            const err113 = { instancePath: instancePath + "/worstSlice/overall", schemaPath: "#/allOf/1/properties/worstSlice/properties/overall/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.worstSlice.properties.overall.type, parentSchema: schema0.allOf[1].properties.worstSlice.properties.overall, data: data47 };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data42.gap !== void 0) {
          let data48 = data42.gap;
          if (!(typeof data48 == "number" && isFinite(data48))) {
            const err114 = { instancePath: instancePath + "/worstSlice/gap", schemaPath: "#/allOf/1/properties/worstSlice/properties/gap/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.worstSlice.properties.gap.type, parentSchema: schema0.allOf[1].properties.worstSlice.properties.gap, data: data48 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
        }
      }
    }
    if (data.fairness !== void 0) {
      let data49 = data.fairness;
      if (Array.isArray(data49)) {
        const len5 = data49.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data50 = data49[i5];
          if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
            if (data50.attribute === void 0) {
              const err115 = { instancePath: instancePath + "/fairness/" + i5, schemaPath: "#/$defs/fairness/required", keyword: "required", params: { missingProperty: "attribute" }, message: "must have required property 'attribute'", schema: schema7.required, parentSchema: schema7, data: data50 };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            if (data50.groups === void 0) {
              const err116 = { instancePath: instancePath + "/fairness/" + i5, schemaPath: "#/$defs/fairness/required", keyword: "required", params: { missingProperty: "groups" }, message: "must have required property 'groups'", schema: schema7.required, parentSchema: schema7, data: data50 };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
            if (data50.demographicParityDifference === void 0) {
              const err117 = { instancePath: instancePath + "/fairness/" + i5, schemaPath: "#/$defs/fairness/required", keyword: "required", params: { missingProperty: "demographicParityDifference" }, message: "must have required property 'demographicParityDifference'", schema: schema7.required, parentSchema: schema7, data: data50 };
              if (vErrors === null) {
                vErrors = [err117];
              } else {
                vErrors.push(err117);
              }
              errors++;
            }
            if (data50.demographicParityRatio === void 0) {
              const err118 = { instancePath: instancePath + "/fairness/" + i5, schemaPath: "#/$defs/fairness/required", keyword: "required", params: { missingProperty: "demographicParityRatio" }, message: "must have required property 'demographicParityRatio'", schema: schema7.required, parentSchema: schema7, data: data50 };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
            if (data50.equalOpportunityDifference === void 0) {
              const err119 = { instancePath: instancePath + "/fairness/" + i5, schemaPath: "#/$defs/fairness/required", keyword: "required", params: { missingProperty: "equalOpportunityDifference" }, message: "must have required property 'equalOpportunityDifference'", schema: schema7.required, parentSchema: schema7, data: data50 };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            if (data50.equalizedOddsDifference === void 0) {
              const err120 = { instancePath: instancePath + "/fairness/" + i5, schemaPath: "#/$defs/fairness/required", keyword: "required", params: { missingProperty: "equalizedOddsDifference" }, message: "must have required property 'equalizedOddsDifference'", schema: schema7.required, parentSchema: schema7, data: data50 };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            for (const key6 in data50) {
              if (!(key6 === "attribute" || key6 === "groups" || key6 === "demographicParityDifference" || key6 === "demographicParityRatio" || key6 === "equalOpportunityDifference" || key6 === "equalizedOddsDifference")) {
                const err121 = { instancePath: instancePath + "/fairness/" + i5, schemaPath: "#/$defs/fairness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7, data: data50 };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
            if (data50.attribute !== void 0) {
              let data51 = data50.attribute;
              if (typeof data51 !== "string") {
                const err122 = { instancePath: instancePath + "/fairness/" + i5 + "/attribute", schemaPath: "#/$defs/fairness/properties/attribute/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.attribute.type, parentSchema: schema7.properties.attribute, data: data51 };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
            if (data50.groups !== void 0) {
              let data52 = data50.groups;
              if (Array.isArray(data52)) {
                const len6 = data52.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data53 = data52[i6];
                  if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                    if (data53.value === void 0) {
                      const err123 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6, schemaPath: "#/$defs/fairness/properties/groups/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema7.properties.groups.items.required, parentSchema: schema7.properties.groups.items, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err123];
                      } else {
                        vErrors.push(err123);
                      }
                      errors++;
                    }
                    if (data53.support === void 0) {
                      const err124 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6, schemaPath: "#/$defs/fairness/properties/groups/items/required", keyword: "required", params: { missingProperty: "support" }, message: "must have required property 'support'", schema: schema7.properties.groups.items.required, parentSchema: schema7.properties.groups.items, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err124];
                      } else {
                        vErrors.push(err124);
                      }
                      errors++;
                    }
                    if (data53.selectionRate === void 0) {
                      const err125 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6, schemaPath: "#/$defs/fairness/properties/groups/items/required", keyword: "required", params: { missingProperty: "selectionRate" }, message: "must have required property 'selectionRate'", schema: schema7.properties.groups.items.required, parentSchema: schema7.properties.groups.items, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                    if (data53.truePositiveRate === void 0) {
                      const err126 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6, schemaPath: "#/$defs/fairness/properties/groups/items/required", keyword: "required", params: { missingProperty: "truePositiveRate" }, message: "must have required property 'truePositiveRate'", schema: schema7.properties.groups.items.required, parentSchema: schema7.properties.groups.items, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err126];
                      } else {
                        vErrors.push(err126);
                      }
                      errors++;
                    }
                    if (data53.falsePositiveRate === void 0) {
                      const err127 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6, schemaPath: "#/$defs/fairness/properties/groups/items/required", keyword: "required", params: { missingProperty: "falsePositiveRate" }, message: "must have required property 'falsePositiveRate'", schema: schema7.properties.groups.items.required, parentSchema: schema7.properties.groups.items, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                    for (const key7 in data53) {
                      if (!(key7 === "value" || key7 === "support" || key7 === "selectionRate" || key7 === "truePositiveRate" || key7 === "falsePositiveRate")) {
                        const err128 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6, schemaPath: "#/$defs/fairness/properties/groups/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema7.properties.groups.items, data: data53 };
                        if (vErrors === null) {
                          vErrors = [err128];
                        } else {
                          vErrors.push(err128);
                        }
                        errors++;
                      }
                    }
                    if (data53.value !== void 0) {
                      let data54 = data53.value;
                      if (typeof data54 !== "string") {
                        const err129 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6 + "/value", schemaPath: "#/$defs/fairness/properties/groups/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema7.properties.groups.items.properties.value.type, parentSchema: schema7.properties.groups.items.properties.value, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err129];
                        } else {
                          vErrors.push(err129);
                        }
                        errors++;
                      }
                    }
                    if (data53.support !== void 0) {
                      let data55 = data53.support;
                      if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
                        const err130 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6 + "/support", schemaPath: "#/$defs/fairness/properties/groups/items/properties/support/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema7.properties.groups.items.properties.support.type, parentSchema: schema7.properties.groups.items.properties.support, data: data55 };
                        if (vErrors === null) {
                          vErrors = [err130];
                        } else {
                          vErrors.push(err130);
                        }
                        errors++;
                      }
                      if (typeof data55 == "number" && isFinite(data55)) {
                        if (data55 < 0 || isNaN(data55)) {
                          const err131 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6 + "/support", schemaPath: "#/$defs/fairness/properties/groups/items/properties/support/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema7.properties.groups.items.properties.support, data: data55 };
                          if (vErrors === null) {
                            vErrors = [err131];
                          } else {
                            vErrors.push(err131);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data53.selectionRate !== void 0) {
                      let data56 = data53.selectionRate;
                      if (!(typeof data56 == "number" && isFinite(data56))) {
                        const err132 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6 + "/selectionRate", schemaPath: "#/$defs/fairness/properties/groups/items/properties/selectionRate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema7.properties.groups.items.properties.selectionRate.type, parentSchema: schema7.properties.groups.items.properties.selectionRate, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err132];
                        } else {
                          vErrors.push(err132);
                        }
                        errors++;
                      }
                    }
                    if (data53.truePositiveRate !== void 0) {
                      let data57 = data53.truePositiveRate;
                      if (!(typeof data57 == "number" && isFinite(data57)) && data57 !== null) {
                        const err133 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6 + "/truePositiveRate", schemaPath: "#/$defs/fairness/properties/groups/items/properties/truePositiveRate/type", keyword: "type", params: { type: schema7.properties.groups.items.properties.truePositiveRate.type }, message: "must be number,null", schema: schema7.properties.groups.items.properties.truePositiveRate.type, parentSchema: schema7.properties.groups.items.properties.truePositiveRate, data: data57 };
                        if (vErrors === null) {
                          vErrors = [err133];
                        } else {
                          vErrors.push(err133);
                        }
                        errors++;
                      }
                    }
                    if (data53.falsePositiveRate !== void 0) {
                      let data58 = data53.falsePositiveRate;
                      if (!(typeof data58 == "number" && isFinite(data58)) && data58 !== null) {
                        const err134 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6 + "/falsePositiveRate", schemaPath: "#/$defs/fairness/properties/groups/items/properties/falsePositiveRate/type", keyword: "type", params: { type: schema7.properties.groups.items.properties.falsePositiveRate.type }, message: "must be number,null", schema: schema7.properties.groups.items.properties.falsePositiveRate.type, parentSchema: schema7.properties.groups.items.properties.falsePositiveRate, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err134];
                        } else {
                          vErrors.push(err134);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err135 = { instancePath: instancePath + "/fairness/" + i5 + "/groups/" + i6, schemaPath: "#/$defs/fairness/properties/groups/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.properties.groups.items.type, parentSchema: schema7.properties.groups.items, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                }
              } else {
                const err136 = { instancePath: instancePath + "/fairness/" + i5 + "/groups", schemaPath: "#/$defs/fairness/properties/groups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema7.properties.groups.type, parentSchema: schema7.properties.groups, data: data52 };
                if (vErrors === null) {
                  vErrors = [err136];
                } else {
                  vErrors.push(err136);
                }
                errors++;
              }
            }
            if (data50.demographicParityDifference !== void 0) {
              let data59 = data50.demographicParityDifference;
              if (!(typeof data59 == "number" && isFinite(data59))) {
                const err137 = { instancePath: instancePath + "/fairness/" + i5 + "/demographicParityDifference", schemaPath: "#/$defs/fairness/properties/demographicParityDifference/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema7.properties.demographicParityDifference.type, parentSchema: schema7.properties.demographicParityDifference, data: data59 };
                if (vErrors === null) {
                  vErrors = [err137];
                } else {
                  vErrors.push(err137);
                }
                errors++;
              }
            }
            if (data50.demographicParityRatio !== void 0) {
              let data60 = data50.demographicParityRatio;
              if (!(typeof data60 == "number" && isFinite(data60))) {
                const err138 = { instancePath: instancePath + "/fairness/" + i5 + "/demographicParityRatio", schemaPath: "#/$defs/fairness/properties/demographicParityRatio/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema7.properties.demographicParityRatio.type, parentSchema: schema7.properties.demographicParityRatio, data: data60 };
                if (vErrors === null) {
                  vErrors = [err138];
                } else {
                  vErrors.push(err138);
                }
                errors++;
              }
            }
            if (data50.equalOpportunityDifference !== void 0) {
              let data61 = data50.equalOpportunityDifference;
              if (!(typeof data61 == "number" && isFinite(data61)) && data61 !== null) {
                const err139 = { instancePath: instancePath + "/fairness/" + i5 + "/equalOpportunityDifference", schemaPath: "#/$defs/fairness/properties/equalOpportunityDifference/type", keyword: "type", params: { type: schema7.properties.equalOpportunityDifference.type }, message: "must be number,null", schema: schema7.properties.equalOpportunityDifference.type, parentSchema: schema7.properties.equalOpportunityDifference, data: data61 };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data50.equalizedOddsDifference !== void 0) {
              let data62 = data50.equalizedOddsDifference;
              if (!(typeof data62 == "number" && isFinite(data62)) && data62 !== null) {
                const err140 = { instancePath: instancePath + "/fairness/" + i5 + "/equalizedOddsDifference", schemaPath: "#/$defs/fairness/properties/equalizedOddsDifference/type", keyword: "type", params: { type: schema7.properties.equalizedOddsDifference.type }, message: "must be number,null", schema: schema7.properties.equalizedOddsDifference.type, parentSchema: schema7.properties.equalizedOddsDifference, data: data62 };
                if (vErrors === null) {
                  vErrors = [err140];
                } else {
                  vErrors.push(err140);
                }
                errors++;
              }
            }
          } else {
            const err141 = { instancePath: instancePath + "/fairness/" + i5, schemaPath: "#/$defs/fairness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema7.type, parentSchema: schema7, data: data50 };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
      } else {
        const err142 = { instancePath: instancePath + "/fairness", schemaPath: "#/allOf/1/properties/fairness/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.fairness.type, parentSchema: schema0.allOf[1].properties.fairness, data: data49 };
        if (vErrors === null) {
          vErrors = [err142];
        } else {
          vErrors.push(err142);
        }
        errors++;
      }
    }
    if (data.parity !== void 0) {
      let data63 = data.parity;
      if (!(data63 && typeof data63 == "object" && !Array.isArray(data63)) && data63 !== null) {
        const err143 = { instancePath: instancePath + "/parity", schemaPath: "#/allOf/1/properties/parity/type", keyword: "type", params: { type: schema0.allOf[1].properties.parity.type }, message: "must be object,null", schema: schema0.allOf[1].properties.parity.type, parentSchema: schema0.allOf[1].properties.parity, data: data63 };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
      if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
        if (data63.reference === void 0) {
          const err144 = { instancePath: instancePath + "/parity", schemaPath: "#/allOf/1/properties/parity/required", keyword: "required", params: { missingProperty: "reference" }, message: "must have required property 'reference'", schema: schema0.allOf[1].properties.parity.required, parentSchema: schema0.allOf[1].properties.parity, data: data63 };
          if (vErrors === null) {
            vErrors = [err144];
          } else {
            vErrors.push(err144);
          }
          errors++;
        }
        if (data63.tolerance === void 0) {
          const err145 = { instancePath: instancePath + "/parity", schemaPath: "#/allOf/1/properties/parity/required", keyword: "required", params: { missingProperty: "tolerance" }, message: "must have required property 'tolerance'", schema: schema0.allOf[1].properties.parity.required, parentSchema: schema0.allOf[1].properties.parity, data: data63 };
          if (vErrors === null) {
            vErrors = [err145];
          } else {
            vErrors.push(err145);
          }
          errors++;
        }
        if (data63.comparedRows === void 0) {
          const err146 = { instancePath: instancePath + "/parity", schemaPath: "#/allOf/1/properties/parity/required", keyword: "required", params: { missingProperty: "comparedRows" }, message: "must have required property 'comparedRows'", schema: schema0.allOf[1].properties.parity.required, parentSchema: schema0.allOf[1].properties.parity, data: data63 };
          if (vErrors === null) {
            vErrors = [err146];
          } else {
            vErrors.push(err146);
          }
          errors++;
        }
        if (data63.mismatchedRows === void 0) {
          const err147 = { instancePath: instancePath + "/parity", schemaPath: "#/allOf/1/properties/parity/required", keyword: "required", params: { missingProperty: "mismatchedRows" }, message: "must have required property 'mismatchedRows'", schema: schema0.allOf[1].properties.parity.required, parentSchema: schema0.allOf[1].properties.parity, data: data63 };
          if (vErrors === null) {
            vErrors = [err147];
          } else {
            vErrors.push(err147);
          }
          errors++;
        }
        if (data63.maxAbsDifference === void 0) {
          const err148 = { instancePath: instancePath + "/parity", schemaPath: "#/allOf/1/properties/parity/required", keyword: "required", params: { missingProperty: "maxAbsDifference" }, message: "must have required property 'maxAbsDifference'", schema: schema0.allOf[1].properties.parity.required, parentSchema: schema0.allOf[1].properties.parity, data: data63 };
          if (vErrors === null) {
            vErrors = [err148];
          } else {
            vErrors.push(err148);
          }
          errors++;
        }
        if (data63.examples === void 0) {
          const err149 = { instancePath: instancePath + "/parity", schemaPath: "#/allOf/1/properties/parity/required", keyword: "required", params: { missingProperty: "examples" }, message: "must have required property 'examples'", schema: schema0.allOf[1].properties.parity.required, parentSchema: schema0.allOf[1].properties.parity, data: data63 };
          if (vErrors === null) {
            vErrors = [err149];
          } else {
            vErrors.push(err149);
          }
          errors++;
        }
        for (const key8 in data63) {
          if (!(key8 === "reference" || key8 === "tolerance" || key8 === "comparedRows" || key8 === "mismatchedRows" || key8 === "maxAbsDifference" || key8 === "examples")) {
            const err150 = { instancePath: instancePath + "/parity", schemaPath: "#/allOf/1/properties/parity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.parity, data: data63 };
            if (vErrors === null) {
              vErrors = [err150];
            } else {
              vErrors.push(err150);
            }
            errors++;
          }
        }
        if (data63.reference !== void 0) {
          let data64 = data63.reference;
          if (typeof data64 !== "string") {
            const err151 = { instancePath: instancePath + "/parity/reference", schemaPath: "#/allOf/1/properties/parity/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.parity.properties.reference.type, parentSchema: schema0.allOf[1].properties.parity.properties.reference, data: data64 };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
        if (data63.tolerance !== void 0) {
          let data65 = data63.tolerance;
          if (typeof data65 == "number" && isFinite(data65)) {
            if (data65 < 0 || isNaN(data65)) {
              const err152 = { instancePath: instancePath + "/parity/tolerance", schemaPath: "#/allOf/1/properties/parity/properties/tolerance/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.parity.properties.tolerance, data: data65 };
              if (vErrors === null) {
                vErrors = [err152];
              } else {
                vErrors.push(err152);
              }
              errors++;
            }
          } else {
            const err153 = { instancePath: instancePath + "/parity/tolerance", schemaPath: "#/allOf/1/properties/parity/properties/tolerance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.parity.properties.tolerance.type, parentSchema: schema0.allOf[1].properties.parity.properties.tolerance, data: data65 };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
        }
        if (data63.comparedRows !== void 0) {
          let data66 = data63.comparedRows;
          if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)) && isFinite(data66))) {
            const err154 = { instancePath: instancePath + "/parity/comparedRows", schemaPath: "#/allOf/1/properties/parity/properties/comparedRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.parity.properties.comparedRows.type, parentSchema: schema0.allOf[1].properties.parity.properties.comparedRows, data: data66 };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
          if (typeof data66 == "number" && isFinite(data66)) {
            if (data66 < 0 || isNaN(data66)) {
              const err155 = { instancePath: instancePath + "/parity/comparedRows", schemaPath: "#/allOf/1/properties/parity/properties/comparedRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.parity.properties.comparedRows, data: data66 };
              if (vErrors === null) {
                vErrors = [err155];
              } else {
                vErrors.push(err155);
              }
              errors++;
            }
          }
        }
        if (data63.mismatchedRows !== void 0) {
          let data67 = data63.mismatchedRows;
          if (!(typeof data67 == "number" && (!(data67 % 1) && !isNaN(data67)) && isFinite(data67))) {
            const err156 = { instancePath: instancePath + "/parity/mismatchedRows", schemaPath: "#/allOf/1/properties/parity/properties/mismatchedRows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.parity.properties.mismatchedRows.type, parentSchema: schema0.allOf[1].properties.parity.properties.mismatchedRows, data: data67 };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
          if (typeof data67 == "number" && isFinite(data67)) {
            if (data67 < 0 || isNaN(data67)) {
              const err157 = { instancePath: instancePath + "/parity/mismatchedRows", schemaPath: "#/allOf/1/properties/parity/properties/mismatchedRows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.parity.properties.mismatchedRows, data: data67 };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
          }
        }
        if (data63.maxAbsDifference !== void 0) {
          let data68 = data63.maxAbsDifference;
          if (typeof data68 == "number" && isFinite(data68)) {
            if (data68 < 0 || isNaN(data68)) {
              const err158 = { instancePath: instancePath + "/parity/maxAbsDifference", schemaPath: "#/allOf/1/properties/parity/properties/maxAbsDifference/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.parity.properties.maxAbsDifference, data: data68 };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
          } else {
            const err159 = { instancePath: instancePath + "/parity/maxAbsDifference", schemaPath: "#/allOf/1/properties/parity/properties/maxAbsDifference/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.parity.properties.maxAbsDifference.type, parentSchema: schema0.allOf[1].properties.parity.properties.maxAbsDifference, data: data68 };
            if (vErrors === null) {
              vErrors = [err159];
            } else {
              vErrors.push(err159);
            }
            errors++;
          }
        }
        if (data63.examples !== void 0) {
          let data69 = data63.examples;
          if (Array.isArray(data69)) {
            const len7 = data69.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data70 = data69[i7];
              if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                if (data70.row === void 0) {
                  const err160 = { instancePath: instancePath + "/parity/examples/" + i7, schemaPath: "#/allOf/1/properties/parity/properties/examples/items/required", keyword: "required", params: { missingProperty: "row" }, message: "must have required property 'row'", schema: schema0.allOf[1].properties.parity.properties.examples.items.required, parentSchema: schema0.allOf[1].properties.parity.properties.examples.items, data: data70 };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
                if (data70.expected === void 0) {
                  const err161 = { instancePath: instancePath + "/parity/examples/" + i7, schemaPath: "#/allOf/1/properties/parity/properties/examples/items/required", keyword: "required", params: { missingProperty: "expected" }, message: "must have required property 'expected'", schema: schema0.allOf[1].properties.parity.properties.examples.items.required, parentSchema: schema0.allOf[1].properties.parity.properties.examples.items, data: data70 };
                  if (vErrors === null) {
                    vErrors = [err161];
                  } else {
                    vErrors.push(err161);
                  }
                  errors++;
                }
                if (data70.observed === void 0) {
                  const err162 = { instancePath: instancePath + "/parity/examples/" + i7, schemaPath: "#/allOf/1/properties/parity/properties/examples/items/required", keyword: "required", params: { missingProperty: "observed" }, message: "must have required property 'observed'", schema: schema0.allOf[1].properties.parity.properties.examples.items.required, parentSchema: schema0.allOf[1].properties.parity.properties.examples.items, data: data70 };
                  if (vErrors === null) {
                    vErrors = [err162];
                  } else {
                    vErrors.push(err162);
                  }
                  errors++;
                }
                for (const key9 in data70) {
                  if (!(key9 === "row" || key9 === "expected" || key9 === "observed")) {
                    const err163 = { instancePath: instancePath + "/parity/examples/" + i7, schemaPath: "#/allOf/1/properties/parity/properties/examples/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.parity.properties.examples.items, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err163];
                    } else {
                      vErrors.push(err163);
                    }
                    errors++;
                  }
                }
                if (data70.row !== void 0) {
                  let data71 = data70.row;
                  if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)) && isFinite(data71))) {
                    const err164 = { instancePath: instancePath + "/parity/examples/" + i7 + "/row", schemaPath: "#/allOf/1/properties/parity/properties/examples/items/properties/row/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.parity.properties.examples.items.properties.row.type, parentSchema: schema0.allOf[1].properties.parity.properties.examples.items.properties.row, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  }
                  if (typeof data71 == "number" && isFinite(data71)) {
                    if (data71 < 1 || isNaN(data71)) {
                      const err165 = { instancePath: instancePath + "/parity/examples/" + i7 + "/row", schemaPath: "#/allOf/1/properties/parity/properties/examples/items/properties/row/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema0.allOf[1].properties.parity.properties.examples.items.properties.row, data: data71 };
                      if (vErrors === null) {
                        vErrors = [err165];
                      } else {
                        vErrors.push(err165);
                      }
                      errors++;
                    }
                  }
                }
                if (data70.expected !== void 0) {
                  let data72 = data70.expected;
                  if (!(typeof data72 == "number" && isFinite(data72))) {
                    const err166 = { instancePath: instancePath + "/parity/examples/" + i7 + "/expected", schemaPath: "#/allOf/1/properties/parity/properties/examples/items/properties/expected/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.parity.properties.examples.items.properties.expected.type, parentSchema: schema0.allOf[1].properties.parity.properties.examples.items.properties.expected, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err166];
                    } else {
                      vErrors.push(err166);
                    }
                    errors++;
                  }
                }
                if (data70.observed !== void 0) {
                  let data73 = data70.observed;
                  if (!(typeof data73 == "number" && isFinite(data73))) {
                    const err167 = { instancePath: instancePath + "/parity/examples/" + i7 + "/observed", schemaPath: "#/allOf/1/properties/parity/properties/examples/items/properties/observed/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.parity.properties.examples.items.properties.observed.type, parentSchema: schema0.allOf[1].properties.parity.properties.examples.items.properties.observed, data: data73 };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                }
              } else {
                const err168 = { instancePath: instancePath + "/parity/examples/" + i7, schemaPath: "#/allOf/1/properties/parity/properties/examples/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.parity.properties.examples.items.type, parentSchema: schema0.allOf[1].properties.parity.properties.examples.items, data: data70 };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
          } else {
            const err169 = { instancePath: instancePath + "/parity/examples", schemaPath: "#/allOf/1/properties/parity/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.parity.properties.examples.type, parentSchema: schema0.allOf[1].properties.parity.properties.examples, data: data69 };
            if (vErrors === null) {
              vErrors = [err169];
            } else {
              vErrors.push(err169);
            }
            errors++;
          }
        }
      }
    }
    if (data.determinism !== void 0) {
      let data74 = data.determinism;
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        if (data74.rows === void 0) {
          const err170 = { instancePath: instancePath + "/determinism", schemaPath: "#/allOf/1/properties/determinism/required", keyword: "required", params: { missingProperty: "rows" }, message: "must have required property 'rows'", schema: schema0.allOf[1].properties.determinism.required, parentSchema: schema0.allOf[1].properties.determinism, data: data74 };
          if (vErrors === null) {
            vErrors = [err170];
          } else {
            vErrors.push(err170);
          }
          errors++;
        }
        if (data74.identical === void 0) {
          const err171 = { instancePath: instancePath + "/determinism", schemaPath: "#/allOf/1/properties/determinism/required", keyword: "required", params: { missingProperty: "identical" }, message: "must have required property 'identical'", schema: schema0.allOf[1].properties.determinism.required, parentSchema: schema0.allOf[1].properties.determinism, data: data74 };
          if (vErrors === null) {
            vErrors = [err171];
          } else {
            vErrors.push(err171);
          }
          errors++;
        }
        for (const key10 in data74) {
          if (!(key10 === "rows" || key10 === "identical")) {
            const err172 = { instancePath: instancePath + "/determinism", schemaPath: "#/allOf/1/properties/determinism/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.determinism, data: data74 };
            if (vErrors === null) {
              vErrors = [err172];
            } else {
              vErrors.push(err172);
            }
            errors++;
          }
        }
        if (data74.rows !== void 0) {
          let data75 = data74.rows;
          if (!(typeof data75 == "number" && (!(data75 % 1) && !isNaN(data75)) && isFinite(data75))) {
            const err173 = { instancePath: instancePath + "/determinism/rows", schemaPath: "#/allOf/1/properties/determinism/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.determinism.properties.rows.type, parentSchema: schema0.allOf[1].properties.determinism.properties.rows, data: data75 };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
          if (typeof data75 == "number" && isFinite(data75)) {
            if (data75 < 0 || isNaN(data75)) {
              const err174 = { instancePath: instancePath + "/determinism/rows", schemaPath: "#/allOf/1/properties/determinism/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.determinism.properties.rows, data: data75 };
              if (vErrors === null) {
                vErrors = [err174];
              } else {
                vErrors.push(err174);
              }
              errors++;
            }
          }
        }
        if (data74.identical !== void 0) {
          let data76 = data74.identical;
          if (typeof data76 !== "boolean") {
            const err175 = { instancePath: instancePath + "/determinism/identical", schemaPath: "#/allOf/1/properties/determinism/properties/identical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.allOf[1].properties.determinism.properties.identical.type, parentSchema: schema0.allOf[1].properties.determinism.properties.identical, data: data76 };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          }
        }
      } else {
        const err176 = { instancePath: instancePath + "/determinism", schemaPath: "#/allOf/1/properties/determinism/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.determinism.type, parentSchema: schema0.allOf[1].properties.determinism, data: data74 };
        if (vErrors === null) {
          vErrors = [err176];
        } else {
          vErrors.push(err176);
        }
        errors++;
      }
    }
    if (data.settings !== void 0) {
      let data77 = data.settings;
      if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
        if (data77.bins === void 0) {
          const err177 = { instancePath: instancePath + "/settings", schemaPath: "#/allOf/1/properties/settings/required", keyword: "required", params: { missingProperty: "bins" }, message: "must have required property 'bins'", schema: schema0.allOf[1].properties.settings.required, parentSchema: schema0.allOf[1].properties.settings, data: data77 };
          if (vErrors === null) {
            vErrors = [err177];
          } else {
            vErrors.push(err177);
          }
          errors++;
        }
        if (data77.seed === void 0) {
          const err178 = { instancePath: instancePath + "/settings", schemaPath: "#/allOf/1/properties/settings/required", keyword: "required", params: { missingProperty: "seed" }, message: "must have required property 'seed'", schema: schema0.allOf[1].properties.settings.required, parentSchema: schema0.allOf[1].properties.settings, data: data77 };
          if (vErrors === null) {
            vErrors = [err178];
          } else {
            vErrors.push(err178);
          }
          errors++;
        }
        if (data77.bootstrap === void 0) {
          const err179 = { instancePath: instancePath + "/settings", schemaPath: "#/allOf/1/properties/settings/required", keyword: "required", params: { missingProperty: "bootstrap" }, message: "must have required property 'bootstrap'", schema: schema0.allOf[1].properties.settings.required, parentSchema: schema0.allOf[1].properties.settings, data: data77 };
          if (vErrors === null) {
            vErrors = [err179];
          } else {
            vErrors.push(err179);
          }
          errors++;
        }
        if (data77.policy === void 0) {
          const err180 = { instancePath: instancePath + "/settings", schemaPath: "#/allOf/1/properties/settings/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema0.allOf[1].properties.settings.required, parentSchema: schema0.allOf[1].properties.settings, data: data77 };
          if (vErrors === null) {
            vErrors = [err180];
          } else {
            vErrors.push(err180);
          }
          errors++;
        }
        for (const key11 in data77) {
          if (!(key11 === "bins" || key11 === "seed" || key11 === "bootstrap" || key11 === "policy")) {
            const err181 = { instancePath: instancePath + "/settings", schemaPath: "#/allOf/1/properties/settings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.settings, data: data77 };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          }
        }
        if (data77.bins !== void 0) {
          let data78 = data77.bins;
          if (!(typeof data78 == "number" && (!(data78 % 1) && !isNaN(data78)) && isFinite(data78))) {
            const err182 = { instancePath: instancePath + "/settings/bins", schemaPath: "#/allOf/1/properties/settings/properties/bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.settings.properties.bins.type, parentSchema: schema0.allOf[1].properties.settings.properties.bins, data: data78 };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
          if (typeof data78 == "number" && isFinite(data78)) {
            if (data78 < 2 || isNaN(data78)) {
              const err183 = { instancePath: instancePath + "/settings/bins", schemaPath: "#/allOf/1/properties/settings/properties/bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema0.allOf[1].properties.settings.properties.bins, data: data78 };
              if (vErrors === null) {
                vErrors = [err183];
              } else {
                vErrors.push(err183);
              }
              errors++;
            }
          }
        }
        if (data77.seed !== void 0) {
          let data79 = data77.seed;
          if (!(typeof data79 == "number" && (!(data79 % 1) && !isNaN(data79)) && isFinite(data79))) {
            const err184 = { instancePath: instancePath + "/settings/seed", schemaPath: "#/allOf/1/properties/settings/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.settings.properties.seed.type, parentSchema: schema0.allOf[1].properties.settings.properties.seed, data: data79 };
            if (vErrors === null) {
              vErrors = [err184];
            } else {
              vErrors.push(err184);
            }
            errors++;
          }
          if (typeof data79 == "number" && isFinite(data79)) {
            if (data79 < 0 || isNaN(data79)) {
              const err185 = { instancePath: instancePath + "/settings/seed", schemaPath: "#/allOf/1/properties/settings/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.settings.properties.seed, data: data79 };
              if (vErrors === null) {
                vErrors = [err185];
              } else {
                vErrors.push(err185);
              }
              errors++;
            }
          }
        }
        if (data77.bootstrap !== void 0) {
          let data80 = data77.bootstrap;
          if (!(typeof data80 == "number" && (!(data80 % 1) && !isNaN(data80)) && isFinite(data80))) {
            const err186 = { instancePath: instancePath + "/settings/bootstrap", schemaPath: "#/allOf/1/properties/settings/properties/bootstrap/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema0.allOf[1].properties.settings.properties.bootstrap.type, parentSchema: schema0.allOf[1].properties.settings.properties.bootstrap, data: data80 };
            if (vErrors === null) {
              vErrors = [err186];
            } else {
              vErrors.push(err186);
            }
            errors++;
          }
          if (typeof data80 == "number" && isFinite(data80)) {
            if (data80 < 0 || isNaN(data80)) {
              const err187 = { instancePath: instancePath + "/settings/bootstrap", schemaPath: "#/allOf/1/properties/settings/properties/bootstrap/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema0.allOf[1].properties.settings.properties.bootstrap, data: data80 };
              if (vErrors === null) {
                vErrors = [err187];
              } else {
                vErrors.push(err187);
              }
              errors++;
            }
          }
        }
        if (data77.policy !== void 0) {
          let data81 = data77.policy;
          const _errs175 = errors;
          let valid33 = false;
          let passing0 = null;
          const _errs176 = errors;
          if (!validate10(data81, { instancePath: instancePath + "/settings/policy", parentData: data77, parentDataProperty: "policy", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs176 === errors;
          if (_valid0) {
            valid33 = true;
            passing0 = 0;
          }
          const _errs177 = errors;
          if (data81 !== null) {
            const err188 = { instancePath: instancePath + "/settings/policy", schemaPath: "#/allOf/1/properties/settings/properties/policy/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema0.allOf[1].properties.settings.properties.policy.oneOf[1].type, parentSchema: schema0.allOf[1].properties.settings.properties.policy.oneOf[1], data: data81 };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
          var _valid0 = _errs177 === errors;
          if (_valid0 && valid33) {
            valid33 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid33 = true;
              passing0 = 1;
            }
          }
          if (!valid33) {
            const err189 = { instancePath: instancePath + "/settings/policy", schemaPath: "#/allOf/1/properties/settings/properties/policy/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema0.allOf[1].properties.settings.properties.policy.oneOf, parentSchema: schema0.allOf[1].properties.settings.properties.policy, data: data81 };
            if (vErrors === null) {
              vErrors = [err189];
            } else {
              vErrors.push(err189);
            }
            errors++;
          } else {
            errors = _errs175;
            if (vErrors !== null) {
              if (_errs175) {
                vErrors.length = _errs175;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err190 = { instancePath: instancePath + "/settings", schemaPath: "#/allOf/1/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.settings.type, parentSchema: schema0.allOf[1].properties.settings, data: data77 };
        if (vErrors === null) {
          vErrors = [err190];
        } else {
          vErrors.push(err190);
        }
        errors++;
      }
    }
    if (data.featureImportance !== void 0) {
      let data82 = data.featureImportance;
      if (Array.isArray(data82)) {
        const len8 = data82.length;
        for (let i8 = 0; i8 < len8; i8++) {
          let data83 = data82[i8];
          if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
            if (data83.feature === void 0) {
              const err191 = { instancePath: instancePath + "/featureImportance/" + i8, schemaPath: "#/allOf/1/properties/featureImportance/items/required", keyword: "required", params: { missingProperty: "feature" }, message: "must have required property 'feature'", schema: schema0.allOf[1].properties.featureImportance.items.required, parentSchema: schema0.allOf[1].properties.featureImportance.items, data: data83 };
              if (vErrors === null) {
                vErrors = [err191];
              } else {
                vErrors.push(err191);
              }
              errors++;
            }
            if (data83.importance === void 0) {
              const err192 = { instancePath: instancePath + "/featureImportance/" + i8, schemaPath: "#/allOf/1/properties/featureImportance/items/required", keyword: "required", params: { missingProperty: "importance" }, message: "must have required property 'importance'", schema: schema0.allOf[1].properties.featureImportance.items.required, parentSchema: schema0.allOf[1].properties.featureImportance.items, data: data83 };
              if (vErrors === null) {
                vErrors = [err192];
              } else {
                vErrors.push(err192);
              }
              errors++;
            }
            for (const key12 in data83) {
              if (!(key12 === "feature" || key12 === "importance")) {
                const err193 = { instancePath: instancePath + "/featureImportance/" + i8, schemaPath: "#/allOf/1/properties/featureImportance/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.allOf[1].properties.featureImportance.items, data: data83 };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
            if (data83.feature !== void 0) {
              let data84 = data83.feature;
              if (typeof data84 !== "string") {
                const err194 = { instancePath: instancePath + "/featureImportance/" + i8 + "/feature", schemaPath: "#/allOf/1/properties/featureImportance/items/properties/feature/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.allOf[1].properties.featureImportance.items.properties.feature.type, parentSchema: schema0.allOf[1].properties.featureImportance.items.properties.feature, data: data84 };
                if (vErrors === null) {
                  vErrors = [err194];
                } else {
                  vErrors.push(err194);
                }
                errors++;
              }
            }
            if (data83.importance !== void 0) {
              let data85 = data83.importance;
              if (!(typeof data85 == "number" && isFinite(data85))) {
                const err195 = { instancePath: instancePath + "/featureImportance/" + i8 + "/importance", schemaPath: "#/allOf/1/properties/featureImportance/items/properties/importance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema0.allOf[1].properties.featureImportance.items.properties.importance.type, parentSchema: schema0.allOf[1].properties.featureImportance.items.properties.importance, data: data85 };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
          } else {
            const err196 = { instancePath: instancePath + "/featureImportance/" + i8, schemaPath: "#/allOf/1/properties/featureImportance/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].properties.featureImportance.items.type, parentSchema: schema0.allOf[1].properties.featureImportance.items, data: data83 };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
        }
      } else {
        const err197 = { instancePath: instancePath + "/featureImportance", schemaPath: "#/allOf/1/properties/featureImportance/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.featureImportance.type, parentSchema: schema0.allOf[1].properties.featureImportance, data: data82 };
        if (vErrors === null) {
          vErrors = [err197];
        } else {
          vErrors.push(err197);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data86 = data.checks;
      if (Array.isArray(data86)) {
        const len9 = data86.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data87 = data86[i9];
          if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
            if (data87.name === void 0) {
              const err198 = { instancePath: instancePath + "/checks/" + i9, schemaPath: "#/$defs/check/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema14.required, parentSchema: schema14, data: data87 };
              if (vErrors === null) {
                vErrors = [err198];
              } else {
                vErrors.push(err198);
              }
              errors++;
            }
            if (data87.passed === void 0) {
              const err199 = { instancePath: instancePath + "/checks/" + i9, schemaPath: "#/$defs/check/required", keyword: "required", params: { missingProperty: "passed" }, message: "must have required property 'passed'", schema: schema14.required, parentSchema: schema14, data: data87 };
              if (vErrors === null) {
                vErrors = [err199];
              } else {
                vErrors.push(err199);
              }
              errors++;
            }
            if (data87.observed === void 0) {
              const err200 = { instancePath: instancePath + "/checks/" + i9, schemaPath: "#/$defs/check/required", keyword: "required", params: { missingProperty: "observed" }, message: "must have required property 'observed'", schema: schema14.required, parentSchema: schema14, data: data87 };
              if (vErrors === null) {
                vErrors = [err200];
              } else {
                vErrors.push(err200);
              }
              errors++;
            }
            if (data87.expected === void 0) {
              const err201 = { instancePath: instancePath + "/checks/" + i9, schemaPath: "#/$defs/check/required", keyword: "required", params: { missingProperty: "expected" }, message: "must have required property 'expected'", schema: schema14.required, parentSchema: schema14, data: data87 };
              if (vErrors === null) {
                vErrors = [err201];
              } else {
                vErrors.push(err201);
              }
              errors++;
            }
            if (data87.message === void 0) {
              const err202 = { instancePath: instancePath + "/checks/" + i9, schemaPath: "#/$defs/check/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'", schema: schema14.required, parentSchema: schema14, data: data87 };
              if (vErrors === null) {
                vErrors = [err202];
              } else {
                vErrors.push(err202);
              }
              errors++;
            }
            for (const key13 in data87) {
              if (!(key13 === "name" || key13 === "passed" || key13 === "status" || key13 === "observed" || key13 === "expected" || key13 === "message")) {
                const err203 = { instancePath: instancePath + "/checks/" + i9, schemaPath: "#/$defs/check/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data87 };
                if (vErrors === null) {
                  vErrors = [err203];
                } else {
                  vErrors.push(err203);
                }
                errors++;
              }
            }
            if (data87.name !== void 0) {
              let data88 = data87.name;
              if (typeof data88 !== "string") {
                const err204 = { instancePath: instancePath + "/checks/" + i9 + "/name", schemaPath: "#/$defs/check/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.name.type, parentSchema: schema14.properties.name, data: data88 };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
            }
            if (data87.passed !== void 0) {
              let data89 = data87.passed;
              if (typeof data89 !== "boolean") {
                const err205 = { instancePath: instancePath + "/checks/" + i9 + "/passed", schemaPath: "#/$defs/check/properties/passed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.passed.type, parentSchema: schema14.properties.passed, data: data89 };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
            if (data87.status !== void 0) {
              let data90 = data87.status;
              if (!(data90 === "pass" || data90 === "fail" || data90 === "skip" || data90 === "warn")) {
                const err206 = { instancePath: instancePath + "/checks/" + i9 + "/status", schemaPath: "#/$defs/check/properties/status/enum", keyword: "enum", params: { allowedValues: schema14.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.status.enum, parentSchema: schema14.properties.status, data: data90 };
                if (vErrors === null) {
                  vErrors = [err206];
                } else {
                  vErrors.push(err206);
                }
                errors++;
              }
            }
            if (data87.observed !== void 0) {
              let data91 = data87.observed;
              if (!(typeof data91 == "number" && isFinite(data91)) && typeof data91 !== "string" && typeof data91 !== "boolean" && data91 !== null) {
                const err207 = { instancePath: instancePath + "/checks/" + i9 + "/observed", schemaPath: "#/$defs/check/properties/observed/type", keyword: "type", params: { type: schema14.properties.observed.type }, message: "must be number,string,boolean,null", schema: schema14.properties.observed.type, parentSchema: schema14.properties.observed, data: data91 };
                if (vErrors === null) {
                  vErrors = [err207];
                } else {
                  vErrors.push(err207);
                }
                errors++;
              }
            }
            if (data87.expected !== void 0) {
              let data92 = data87.expected;
              if (!(typeof data92 == "number" && isFinite(data92)) && typeof data92 !== "string" && typeof data92 !== "boolean" && data92 !== null) {
                const err208 = { instancePath: instancePath + "/checks/" + i9 + "/expected", schemaPath: "#/$defs/check/properties/expected/type", keyword: "type", params: { type: schema14.properties.expected.type }, message: "must be number,string,boolean,null", schema: schema14.properties.expected.type, parentSchema: schema14.properties.expected, data: data92 };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
            if (data87.message !== void 0) {
              let data93 = data87.message;
              if (typeof data93 !== "string") {
                const err209 = { instancePath: instancePath + "/checks/" + i9 + "/message", schemaPath: "#/$defs/check/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.message.type, parentSchema: schema14.properties.message, data: data93 };
                if (vErrors === null) {
                  vErrors = [err209];
                } else {
                  vErrors.push(err209);
                }
                errors++;
              }
            }
          } else {
            const err210 = { instancePath: instancePath + "/checks/" + i9, schemaPath: "#/$defs/check/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data87 };
            if (vErrors === null) {
              vErrors = [err210];
            } else {
              vErrors.push(err210);
            }
            errors++;
          }
        }
      } else {
        const err211 = { instancePath: instancePath + "/checks", schemaPath: "#/allOf/1/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.allOf[1].properties.checks.type, parentSchema: schema0.allOf[1].properties.checks, data: data86 };
        if (vErrors === null) {
          vErrors = [err211];
        } else {
          vErrors.push(err211);
        }
        errors++;
      }
    }
  } else {
    const err212 = { instancePath, schemaPath: "#/allOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.allOf[1].type, parentSchema: schema0.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err212];
    } else {
      vErrors.push(err212);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { "props": { "kind": true, "task": true, "label": true, "decisionThreshold": true, "classes": true, "dataset": true, "features": true, "models": true, "sliceMetric": true, "minSupport": true, "slices": true, "worstSlice": true, "fairness": true, "parity": true, "determinism": true, "settings": true, "featureImportance": true, "checks": true, "schemaVersion": true, "tool": true, "subject": true, "inputs": true, "context": true, "createdAt": true, "verdict": true }, "dynamicProps": false, "dynamicItems": false };
