import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import { fileURLToPath as __mgPath } from "node:url";
const __mgEngine = (id) => {
  const dir = process.env.MODELGATE_ENGINES;
  try {
    return (dir ? __cr(dir + "/package.json") : require)(id);
  } catch (error) {
    if (error?.code !== "MODULE_NOT_FOUND") throw error;
    const where = dir ? "in " + dir + " (MODELGATE_ENGINES)" : "beside " + __mgPath(new URL(".", import.meta.url));
    const message = "the engine " + id + " is not installed " + where + ": run the action through its action.yml, which installs the engines from actions/engines/package-lock.json";
    process.stdout.write("::error::" + message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A") + "\n");
    process.exit(3);
  }
};
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer2 = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer2;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// engine:@duckdb/node-api
var require_node_api = __commonJS({
  "engine:@duckdb/node-api"(exports, module) {
    module.exports = __mgEngine("@duckdb/node-api");
  }
});

// engine:onnxruntime-node
var require_onnxruntime_node = __commonJS({
  "engine:onnxruntime-node"(exports, module) {
    module.exports = __mgEngine("onnxruntime-node");
  }
});

// node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js
import * as os3 from "os";

// node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve4) {
      resolve4(value);
    });
  }
  return new (P || (P = Promise))(function(resolve4, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result2) {
      result2.done ? resolve4(result2.value) : adopt(result2.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/.pnpm/@actions+core@3.0.1/node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode3) {
  ExitCode3[ExitCode3["Success"] = 0] = "Success";
  ExitCode3[ExitCode3["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os3.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}

// packages/core/src/diagnostics.ts
var DiagnosticCodes = {
  /** The path does not exist or cannot be read. */
  FileUnreadable: "MG001",
  /** The file is larger than the manifest size limit. */
  FileTooLarge: "MG002",
  /** The file is not valid UTF-8. */
  NotUtf8: "MG003",
  /** The file contains NUL or other control bytes: it is binary, not YAML. */
  Binary: "MG004",
  /** The file is empty or holds only comments. */
  Empty: "MG005",
  /** More problems than are reported for one file (info). */
  TooManyProblems: "MG006",
  /** YAML syntax error. */
  YamlSyntax: "MG010",
  /** A mapping has the same key twice. */
  DuplicateKey: "MG011",
  /** A tab is used for indentation. */
  TabIndentation: "MG012",
  /** Too many aliases, or aliases that expand too much (a "billion laughs" document). */
  AliasLimit: "MG013",
  /** More than one YAML document in a manifest. */
  MultipleDocuments: "MG014",
  /** The top level is not a mapping. */
  NotAMapping: "MG015",
  /** More YAML tokens than a manifest may hold (MANIFEST_LIMITS.maxTokens). */
  TooComplex: "MG016",
  /** The manifest kind cannot be told from the path or a $schema comment. */
  UnknownKind: "MG020",
  /** The $schema comment names another kind than the file's registry path. */
  KindMismatch: "MG021",
  /** A relative $schema comment points at a file that does not exist. */
  SchemaCommentMissing: "MG022",
  /** A value has the wrong type. */
  WrongType: "MG030",
  /** A field the schema does not know. */
  UnknownField: "MG031",
  /** A required field is missing. */
  MissingField: "MG032",
  /** A name (model, version, environment, dataset) does not match ^[a-z0-9][a-z0-9._-]{0,63}$. */
  BadName: "MG033",
  /** A value is out of range, not one of the allowed values, or badly formatted. */
  BadValue: "MG034",
  /** A name in the file disagrees with the file's registry path. */
  PathMismatch: "MG040",
  /** The same name appears twice in a list that must be unique. */
  DuplicateName: "MG041",
  /** Fields that disagree with each other. */
  Inconsistent: "MG042",
  /** A reference to something the registry does not hold (a version, model, environment, column). */
  UnknownReference: "MG050",
  /** A digest that differs from the one the registry records for the same thing. */
  DigestMismatch: "MG051",
  /** A deprecated version still serves. */
  DeprecatedInUse: "MG052"
};
var UNREADABLE = /* @__PURE__ */ new Set([
  DiagnosticCodes.FileUnreadable,
  DiagnosticCodes.FileTooLarge,
  DiagnosticCodes.NotUtf8,
  DiagnosticCodes.Binary
]);
function renderDiagnostics(diags, format) {
  if (format === "json") return `${JSON.stringify(diags, null, 2)}
`;
  if (format === "github") return diags.map(githubCommand).join("");
  let out = "";
  for (const d of diags) {
    out += `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}
`;
    if (d.hint !== void 0) out += `  hint: ${d.hint}
`;
  }
  return out;
}
var escapeData2 = (s) => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
var escapeProperty2 = (s) => escapeData2(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
function githubCommand(d) {
  const command = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
  const props = [
    `file=${escapeProperty2(d.file)}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
    `title=${escapeProperty2(d.code)}`
  ].join(",");
  const message = d.hint === void 0 ? d.message : `${d.message}
${d.hint}`;
  return `::${command} ${props}::${escapeData2(message)}
`;
}

// packages/core/src/errors.ts
var ExitCode2 = {
  Ok: 0,
  Findings: 1,
  InputError: 2,
  Internal: 3
};
var UserError = class extends Error {
  exitCode;
  constructor(message, options) {
    super(message, options?.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "UserError";
    this.exitCode = options?.exitCode ?? ExitCode2.InputError;
  }
};

// packages/core/src/evidence.ts
import { createHash as createHash2 } from "node:crypto";
import { createReadStream } from "node:fs";
import { basename, relative } from "node:path";

// packages/core/src/input.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, statSync } from "node:fs";

// packages/core/src/redact.ts
var USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^/?#\s"'<>]*@/gi;
var SECRET_PARAM = /([?&](?:access_token|token|password|passwd|pwd|secret|api_key|apikey|key|sig|signature|x-amz-signature|x-goog-signature|auth)=)[^&#\s"'<>]*/gi;
function redactCredentials(text2) {
  return text2.replace(USERINFO, "$1***@").replace(SECRET_PARAM, "$1***");
}

// packages/core/src/input.ts
var INPUT_LIMITS = {
  /** Largest http(s) download (artifact or data), in bytes (4 GiB). */
  maxDownloadBytes: 4 * 1024 * 1024 * 1024,
  /** Time for one http(s) download, redirects included, in milliseconds. */
  downloadTimeoutMs: 12e4,
  /** Redirects followed per download; each target is checked against the allow-list. */
  maxRedirects: 5,
  /** Deepest nesting of arrays and objects in one JSON line of a JSONL data file. */
  maxJsonDepth: 64,
  /**
   * Most columns of one data file. DuckDB's CSV sniffer costs about 1 ms per column and
   * candidate dialect (10,000 columns: 10-25 s before the first row is read), and every profile
   * pass grows with the width: wider files are refused before they are read.
   */
  maxColumns: 2e3
};
function fileKind(s) {
  if (s.isFile()) return "a regular file";
  if (s.isDirectory()) return "a directory";
  if (s.isFIFO()) return "a FIFO (named pipe)";
  if (s.isCharacterDevice()) return "a character device";
  if (s.isBlockDevice()) return "a block device";
  if (s.isSocket()) return "a socket";
  return "not a regular file";
}
function checkRegularFile(path, what = "input", shown = path) {
  let s;
  try {
    s = statSync(path);
  } catch (error2) {
    const code = error2.code;
    const why = code === "ENOENT" || code === "ENOTDIR" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read (${code ?? String(error2)})`;
    throw new UserError(`${shown}: ${why} (${what})`);
  }
  if (!s.isFile()) {
    throw new UserError(`${shown}: is ${fileKind(s)}, not a regular file (${what}); give a file`);
  }
  return s.size;
}
function checkRemoteUrl(url, rules) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserError(`"${redactCredentials(url)}" is not a valid URL`);
  }
  const protocols = rules.protocols ?? ["https:"];
  if (!protocols.includes(parsed.protocol)) {
    const names = [...rules.what === "artifact" ? ["file:"] : [], ...protocols].join(" and ");
    const things = rules.what === "artifact" ? "artifacts" : `${rules.what} URLs`;
    throw new UserError(`"${redactCredentials(url)}": only ${names} ${things} are supported`);
  }
  if (parsed.username || parsed.password)
    throw new UserError(`"${redactCredentials(url)}": credentials in ${rules.what} URLs are not allowed`);
  const host = parsed.host.toLowerCase();
  const hostname = parsed.hostname.toLowerCase();
  const ok = rules.allowedHosts.some((h) => h.toLowerCase() === host || h.toLowerCase() === hostname);
  if (!ok) {
    throw new UserError(
      `${rules.what} host "${host}" is not on ${rules.allowListName} (${rules.allowListSource}: ${rules.allowedHosts.length ? rules.allowedHosts.join(", ") : "empty"})`
    );
  }
  return parsed;
}
async function downloadRemote(url, rules, onChunk, fetchImpl = fetch) {
  const maxBytes = rules.maxBytes ?? INPUT_LIMITS.maxDownloadBytes;
  const timeoutMs = rules.timeoutMs ?? INPUT_LIMITS.downloadTimeoutMs;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = checkRemoteUrl(url, rules).toString();
  const fail = (why) => {
    throw new UserError(`cannot download ${redactCredentials(current)}: ${why}`);
  };
  for (let hop = 0; hop <= INPUT_LIMITS.maxRedirects; hop++) {
    let res;
    try {
      res = await fetchImpl(current, { redirect: "manual", signal });
    } catch (error2) {
      return fail(signal.aborted ? `no answer within ${timeoutMs / 1e3} s` : error2.message);
    }
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      let next;
      try {
        next = new URL(location, current).toString();
      } catch {
        return fail(`redirect to an invalid URL`);
      }
      checkRemoteUrl(next, rules);
      current = next;
      continue;
    }
    if (!res.ok || !res.body) return fail(`HTTP ${res.status}`);
    const declared = Number(res.headers.get("content-length") ?? Number.NaN);
    if (declared > maxBytes) {
      await res.body.cancel();
      return fail(`${declared} bytes; downloads are limited to ${maxBytes} bytes`);
    }
    const hash = createHash("sha256");
    let bytes = 0;
    try {
      for await (const chunk of res.body) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes) fail(`more than ${maxBytes} bytes; downloads are limited to ${maxBytes} bytes`);
        hash.update(chunk);
        await onChunk(chunk);
      }
    } catch (error2) {
      if (error2 instanceof UserError) throw error2;
      return fail(signal.aborted ? `not complete within ${timeoutMs / 1e3} s` : error2.message);
    }
    return { sha256: hash.digest("hex"), bytes };
  }
  return fail(`more than ${INPUT_LIMITS.maxRedirects} redirects`);
}
function findDeepJsonLine(chunks, limit) {
  let depth = 0;
  let line = 1;
  let inString = false;
  let escaped = false;
  for (const bytes of chunks) {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 10) {
        line++;
        depth = 0;
        inString = false;
        escaped = false;
      } else if (inString) {
        if (escaped) escaped = false;
        else if (b === 92) escaped = true;
        else if (b === 34) inString = false;
      } else if (b === 34) inString = true;
      else if (b === 91 || b === 123) {
        if (++depth > limit) return line;
      } else if (b === 93 || b === 125) depth--;
    }
  }
  return void 0;
}
function* fileChunks(path, size = 1 << 20) {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(size);
    for (; ; ) {
      const n = readSync(fd, buf, 0, size, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

// packages/core/src/progress.ts
function progressOf(phase, done, total, unit) {
  return { phase, done, total, unit, fraction: total > 0 ? Math.min(1, done / total) : 1 };
}

// packages/core/src/evidence.ts
var TOOL = { name: "modelgate", version: "0.1.0" };
function createEnvelope(args) {
  return {
    kind: args.kind,
    schemaVersion: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    subject: args.subject,
    inputs: args.inputs,
    context: args.context,
    createdAt: (args.createdAt ?? /* @__PURE__ */ new Date()).toISOString(),
    verdict: args.verdict
  };
}
function contextFromEnv(env) {
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : null;
  const github = githubRunFromEnv(env);
  return {
    commit: env.GITHUB_SHA ?? null,
    ref: env.GITHUB_REF ?? null,
    runUrl,
    ci: env.CI === "true" || env.GITHUB_ACTIONS === "true",
    // recorded only where it is known: files made elsewhere keep the envelope they always had
    ...github ? { github } : {}
  };
}
var POSITIVE = /^[1-9][0-9]{0,14}$/;
function githubRunFromEnv(env) {
  const { GITHUB_REPOSITORY: repository, GITHUB_WORKFLOW_REF: workflowRef, GITHUB_SHA: sha } = env;
  const runId = env.GITHUB_RUN_ID ?? "";
  const runAttempt = env.GITHUB_RUN_ATTEMPT ?? "";
  if (env.GITHUB_ACTIONS !== "true" || !repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !workflowRef || !sha || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) || !POSITIVE.test(runId) || !POSITIVE.test(runAttempt))
    return null;
  return { repository, workflowRef, runId: Number(runId), runAttempt: Number(runAttempt), sha };
}
var HASH_CHUNK_BYTES = 1 << 20;
async function hashFile(path, what, onProgress) {
  const size = checkRegularFile(path, what);
  const hash = createHash2("sha256");
  let bytes = 0;
  const phase = `hashing ${basename(path)}`;
  onProgress?.(progressOf(phase, 0, size, "bytes"));
  for await (const chunk of createReadStream(path, { highWaterMark: HASH_CHUNK_BYTES })) {
    hash.update(chunk);
    bytes += chunk.length;
    onProgress?.(progressOf(phase, bytes, size, "bytes"));
  }
  return { sha256: hash.digest("hex"), bytes };
}
function hashBytes(data) {
  return createHash2("sha256").update(data).digest("hex");
}

// packages/core/src/html.ts
function htmlText(value) {
  return String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
var NARROW = /* @__PURE__ */ new Set([..." .,:;'|!iIjlf`()[]{}/\\"]);
var MEDIUM = /* @__PURE__ */ new Set([...'trsJ-"*']);
var WIDE = /* @__PURE__ */ new Set([..."mwMW%@\u2026\u2014"]);
var SYMBOL = /* @__PURE__ */ new Set([..."\u2212+=<>\xB1\xD7\xF7\u221E\u2264\u2265~^#$&"]);
function charWidth(ch) {
  if (NARROW.has(ch)) return 0.4;
  if (MEDIUM.has(ch)) return 0.5;
  if (WIDE.has(ch)) return 1;
  if (SYMBOL.has(ch)) return 0.84;
  if (ch >= "0" && ch <= "9") return 0.64;
  if (ch >= "a" && ch <= "z") return 0.64;
  if (ch >= "A" && ch <= "Z") return 0.78;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 11904) return 0.8;
  return 1.05;
}
function textWidth(text2, fontSize) {
  let em = 0;
  for (const ch of text2) em += charWidth(ch);
  return em * fontSize;
}
function fitText(text2, maxWidth, fontSize) {
  if (textWidth(text2, fontSize) <= maxWidth) return text2;
  const chars = [...text2];
  const room = maxWidth - textWidth("\u2026", fontSize);
  let width = 0;
  let n = 0;
  while (n < chars.length && width + charWidth(chars[n]) * fontSize <= room) {
    width += charWidth(chars[n]) * fontSize;
    n++;
  }
  return `${chars.slice(0, n).join("")}\u2026`;
}
var BADGE = {
  pass: {
    color: "#1a7f37",
    mark: '<path d="M6 12.5l4 4 8-9" fill="none" stroke="#fff" stroke-width="2.6"/>'
  },
  warn: {
    color: "#9a6700",
    mark: '<path d="M12 6.5v7" stroke="#fff" stroke-width="2.6"/><circle cx="12" cy="17.3" r="1.5" fill="#fff"/>'
  },
  fail: { color: "#cf222e", mark: '<path d="M7.5 7.5l9 9M16.5 7.5l-9 9" stroke="#fff" stroke-width="2.6"/>' }
};
function verdictBadge(verdict) {
  const v = verdict === "pass" || verdict === "warn" || verdict === "fail" ? verdict : "fail";
  const b = BADGE[v];
  return `<span class="verdict verdict-${v}"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" role="img" aria-label="${v}" style="vertical-align:-5px"><circle cx="12" cy="12" r="11" fill="${b.color}"/>${b.mark}</svg> ${htmlText(verdict.toUpperCase())}</span>`;
}

// packages/core/src/layout.ts
import { posix } from "node:path";
function repoPathOfFileUri(uri) {
  if (!uri.startsWith("file:")) throw new UserError(`"${uri}" is not a file: URI`);
  let raw = uri.slice("file:".length);
  if (raw.startsWith("//"))
    throw new UserError(`"${uri}": file: URIs are paths inside the repository, not hosts`);
  try {
    raw = decodeURIComponent(raw);
  } catch {
    throw new UserError(`"${uri}": invalid percent-encoding`);
  }
  if (raw.includes("\\") || raw.includes("\0")) throw new UserError(`"${uri}": invalid characters in path`);
  if (raw.startsWith("/"))
    throw new UserError(`"${uri}": absolute paths are not allowed; use a path inside the repository`);
  const norm = posix.normalize(raw);
  if (norm === ".." || norm.startsWith("../") || norm === "." || norm === "") {
    throw new UserError(`"${uri}": the path escapes the repository`);
  }
  if (norm.split("/").some((p) => p === ".git"))
    throw new UserError(`"${uri}": paths inside .git are not allowed`);
  return norm;
}

// packages/core/src/manifest.ts
var import_yaml = __toESM(require_dist());
import { readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// packages/core/src/schemas.ts
import { createRequire } from "node:module";

// schemas/data-profile.schema.json
var data_profile_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/data-profile.schema.json",
  title: "DataProfile",
  description: "Dataset statistics (modelgate profile): per-column counts, missing/NaN/Inf, distinct, moments, quantiles, decile histogram, top values, string lengths; mergeable across shards.",
  allOf: [
    {
      $ref: "https://modelgate.dev/schemas/evidence-envelope.schema.json"
    },
    {
      type: "object",
      required: ["kind", "rows", "duplicateRows", "duplicateRowsExact", "rejectedRows", "columns"],
      properties: {
        kind: {
          const: "data-profile",
          description: "Always data-profile."
        },
        rows: {
          description: "Rows read.",
          type: "integer",
          minimum: 0
        },
        duplicateRows: {
          description: "Rows equal to an earlier row (64-bit row hash).",
          type: "integer",
          minimum: 0
        },
        duplicateRowsExact: {
          description: "False after merging shards (duplicates across shards are not seen).",
          type: "boolean"
        },
        rejectedRows: {
          description: "Malformed rows skipped (--on-error skip).",
          type: "integer",
          minimum: 0
        },
        columns: {
          description: "One entry per column, in file order.",
          type: "array",
          items: {
            $ref: "#/$defs/column"
          }
        }
      }
    }
  ],
  $defs: {
    column: {
      type: "object",
      additionalProperties: false,
      required: ["name", "type", "count", "missing", "nan", "posInf", "negInf", "distinct", "top"],
      properties: {
        name: {
          description: "The column name.",
          type: "string"
        },
        type: {
          enum: ["int", "float", "string", "bool", "timestamp"],
          description: "The column's value type."
        },
        count: {
          description: "Non-missing values (including NaN and \xB1Inf).",
          type: "integer",
          minimum: 0
        },
        missing: {
          description: "Missing (null) values.",
          type: "integer",
          minimum: 0
        },
        nan: {
          description: "NaN values (float columns).",
          type: "integer",
          minimum: 0
        },
        posInf: {
          description: "+Inf values (float columns).",
          type: "integer",
          minimum: 0
        },
        negInf: {
          description: "-Inf values (float columns).",
          type: "integer",
          minimum: 0
        },
        distinct: {
          description: "Distinct non-missing values: exact, or an estimate with its error.",
          type: "object",
          additionalProperties: false,
          required: ["value", "exact"],
          properties: {
            value: {
              description: "The count or estimate.",
              type: "number",
              minimum: 0
            },
            exact: {
              description: "Whether the count is exact.",
              type: "boolean"
            },
            relativeError: {
              description: "Relative error bound of a HyperLogLog estimate (0.2: observed within \xB119%).",
              type: "number",
              minimum: 0
            },
            lower: {
              description: "After merging: the true count is at least this.",
              type: "number",
              minimum: 0
            },
            upper: {
              description: "After merging: the true count is at most this.",
              type: "number",
              minimum: 0
            }
          }
        },
        min: {
          description: "Smallest finite value (timestamps in seconds since the epoch).",
          type: "number"
        },
        max: {
          description: "Largest finite value.",
          type: "number"
        },
        mean: {
          description: "Mean of finite values.",
          type: "number"
        },
        std: {
          description: "Sample standard deviation (n \u2212 1) of finite values.",
          type: "number",
          minimum: 0
        },
        quantiles: {
          description: "Quantiles of finite values (linear interpolation).",
          type: "object",
          additionalProperties: false,
          required: ["p1", "p5", "p25", "p50", "p75", "p95", "p99"],
          properties: {
            p1: {
              description: "The 1th percentile.",
              type: "number"
            },
            p5: {
              description: "The 5th percentile.",
              type: "number"
            },
            p25: {
              description: "The 25th percentile.",
              type: "number"
            },
            p50: {
              description: "The 50th percentile.",
              type: "number"
            },
            p75: {
              description: "The 75th percentile.",
              type: "number"
            },
            p95: {
              description: "The 95th percentile.",
              type: "number"
            },
            p99: {
              description: "The 99th percentile.",
              type: "number"
            }
          }
        },
        histogram: {
          description: "Decile bins: 11 edges [min, p10, \u2026, p90, max] and 10 counts of values in (edge_i, edge_i+1] (the first bin closed at min).",
          type: "object",
          additionalProperties: false,
          required: ["edges", "counts"],
          properties: {
            edges: {
              description: "Bin edges.",
              type: "array",
              items: {
                description: "An edge.",
                type: "number"
              },
              minItems: 11,
              maxItems: 11
            },
            counts: {
              description: "Values per bin.",
              type: "array",
              items: {
                description: "A count.",
                type: "integer",
                minimum: 0
              },
              minItems: 10,
              maxItems: 10
            }
          }
        },
        sketch: {
          description: "Quantile sketch: values at fractions k/1000 and its rank error (0 when exact).",
          type: "object",
          additionalProperties: false,
          required: ["values", "rankError"],
          properties: {
            values: {
              description: "Quantiles at k/1000, k = 0..1000.",
              type: "array",
              items: {
                description: "A quantile.",
                type: "number"
              }
            },
            rankError: {
              description: "Largest error in the rank (as a share) of any sketch point.",
              type: "number",
              minimum: 0
            }
          }
        },
        ecdf: {
          description: "The exact ECDF the profile was counted at (numeric and timestamp columns): counts[i] finite values are <= points[i]. The points are the column's candidate points (every sketch point among them) and, when tables were profiled together, theirs too. Drift against this profile as the reference uses these counts. Absent when values (numbers) give the ECDF anywhere.",
          type: "object",
          additionalProperties: false,
          required: ["points", "counts"],
          properties: {
            points: {
              description: "Ascending points.",
              type: "array",
              items: {
                description: "A point.",
                type: "number"
              },
              minItems: 1
            },
            counts: {
              description: "Finite values <= each point, non-decreasing, one per point.",
              type: "array",
              items: {
                description: "A count.",
                type: "integer",
                minimum: 0
              },
              minItems: 1
            }
          }
        },
        trueShare: {
          description: "Bool columns: share of true among non-missing values.",
          type: "number",
          minimum: 0,
          maximum: 1
        },
        top: {
          description: "The 20 most frequent values with counts (not computed for high-cardinality numeric columns).",
          type: "array",
          items: {
            description: "A value and its count.",
            type: "object",
            additionalProperties: false,
            required: ["value", "count"],
            properties: {
              value: {
                type: ["string", "number", "boolean"],
                description: "The value."
              },
              count: {
                description: "Occurrences.",
                type: "integer",
                minimum: 0
              }
            }
          }
        },
        values: {
          description: "All value counts, when there are at most 1000 distinct values.",
          type: "array",
          items: {
            description: "[value, count].",
            type: "array",
            prefixItems: [
              {
                type: ["string", "number", "boolean"],
                description: "The value."
              },
              {
                description: "Occurrences.",
                type: "integer",
                minimum: 0
              }
            ],
            minItems: 2,
            maxItems: 2,
            items: false
          }
        },
        stringLength: {
          description: "String columns: length statistics.",
          type: "object",
          additionalProperties: false,
          required: ["min", "max", "mean"],
          properties: {
            min: {
              description: "Shortest.",
              type: "integer",
              minimum: 0
            },
            max: {
              description: "Longest.",
              type: "integer",
              minimum: 0
            },
            mean: {
              description: "Mean length.",
              type: "number",
              minimum: 0
            }
          }
        }
      },
      description: "One column's statistics."
    }
  },
  examples: [
    {
      kind: "data-profile",
      schemaVersion: 1,
      tool: {
        name: "modelgate",
        version: "0.1.0"
      },
      subject: "ref.csv",
      inputs: [
        {
          role: "data",
          uri: "file:data/ref.csv",
          sha256: "1045f41eb05c7da2ec0e265028af10ebeb6d09ca909ca252c6448b353d48a3ea"
        }
      ],
      context: {
        commit: null,
        ref: null,
        runUrl: null,
        ci: false
      },
      createdAt: "2026-11-23T12:00:00.000Z",
      verdict: "pass",
      rows: 4,
      duplicateRows: 0,
      duplicateRowsExact: true,
      rejectedRows: 0,
      columns: [
        {
          name: "id",
          type: "string",
          count: 4,
          missing: 0,
          nan: 0,
          posInf: 0,
          negInf: 0,
          distinct: {
            value: 4,
            exact: true
          },
          top: [
            {
              value: "b1",
              count: 1
            },
            {
              value: "b2",
              count: 1
            },
            {
              value: "b3",
              count: 1
            },
            {
              value: "b4",
              count: 1
            }
          ],
          stringLength: {
            min: 2,
            max: 2,
            mean: 2
          },
          values: [["b1", 1], ["b2", 1], ["b3", 1], ["b4", 1]]
        },
        {
          name: "amount",
          type: "float",
          count: 4,
          missing: 0,
          nan: 0,
          posInf: 0,
          negInf: 0,
          distinct: {
            value: 4,
            exact: true
          },
          top: [
            {
              value: 10,
              count: 1
            },
            {
              value: 11,
              count: 1
            },
            {
              value: 12.5,
              count: 1
            },
            {
              value: 13,
              count: 1
            }
          ],
          min: 10,
          max: 13,
          mean: 11.625,
          std: 1.3768926368215257,
          sketch: {
            values: [10, 10.3, 10.6, 10.9, 11.3, 11.75, 12.2, 12.55, 12.7, 12.85, 13],
            rankError: 0
          },
          quantiles: {
            p1: 10.03,
            p5: 10.15,
            p25: 10.75,
            p50: 11.75,
            p75: 12.625,
            p95: 12.925,
            p99: 12.985
          },
          histogram: {
            edges: [10, 10.3, 10.6, 10.9, 11.3, 11.75, 12.2, 12.55, 12.7, 12.85, 13],
            counts: [1, 0, 0, 1, 0, 0, 1, 0, 0, 1]
          },
          values: [[10, 1], [11, 1], [12.5, 1], [13, 1]]
        },
        {
          name: "region",
          type: "string",
          count: 4,
          missing: 0,
          nan: 0,
          posInf: 0,
          negInf: 0,
          distinct: {
            value: 2,
            exact: true
          },
          top: [
            {
              value: "north",
              count: 2
            },
            {
              value: "south",
              count: 2
            }
          ],
          stringLength: {
            min: 5,
            max: 5,
            mean: 5
          },
          values: [["north", 2], ["south", 2]]
        }
      ]
    }
  ]
};

// schemas/data-validation.schema.json
var data_validation_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/data-validation.schema.json",
  title: "DataValidation",
  description: "Data validation evidence (modelgate validate-data): anomalies against the dataset schema, and per-feature drift or training/serving skew against a reference.",
  allOf: [
    {
      $ref: "https://modelgate.dev/schemas/evidence-envelope.schema.json"
    },
    {
      type: "object",
      required: ["kind", "environment", "comparison", "anomalies", "features", "summary"],
      properties: {
        kind: {
          const: "data-validation",
          description: "Always data-validation."
        },
        environment: {
          description: "The environment the data was validated in (training, serving, \u2026).",
          type: "string"
        },
        comparison: {
          description: "skew (serving data vs training reference), drift (other reference), or null without a reference.",
          enum: ["drift", "skew", null]
        },
        anomalies: {
          description: "Anomalies, errors first.",
          type: "array",
          items: {
            description: "One anomaly.",
            type: "object",
            additionalProperties: false,
            required: ["code", "column", "severity", "message", "observed", "expected"],
            properties: {
              code: {
                description: "Stable anomaly code (docs/data.md).",
                enum: [
                  "empty-dataset",
                  "row-count",
                  "missing-column",
                  "new-column",
                  "not-in-environment",
                  "type-mismatch",
                  "low-presence",
                  "unexpected-values",
                  "out-of-range",
                  "nan-present",
                  "inf-present",
                  "duplicate-keys",
                  "constant-column",
                  "malformed-rows",
                  "reference-columns",
                  "drift"
                ]
              },
              column: {
                description: "The column, or null for dataset-level anomalies.",
                type: ["string", "null"]
              },
              severity: {
                description: "error fails the validation; warn does not, but makes the verdict warn; info is reported only (values outside a domain within its tolerance).",
                enum: ["error", "warn", "info"]
              },
              message: {
                description: "What is wrong, for people.",
                type: "string"
              },
              observed: {
                description: "What the data shows (counts, shares, examples)."
              },
              expected: {
                description: "What the schema expects."
              },
              schemaLine: {
                description: "1-based line of the violated constraint in the schema file.",
                type: "integer",
                minimum: 1
              }
            }
          }
        },
        features: {
          description: "Every column of the data.",
          type: "array",
          items: {
            description: "One feature.",
            type: "object",
            additionalProperties: false,
            required: ["name", "type"],
            properties: {
              name: {
                description: "The column name.",
                type: "string"
              },
              type: {
                enum: ["int", "float", "string", "bool", "timestamp"],
                description: "The column's value type."
              },
              presence: {
                description: "Share of rows with a value.",
                type: "number",
                minimum: 0,
                maximum: 1
              },
              drift: {
                description: "Drift or skew of this feature against the reference (docs/data.md).",
                type: "object",
                additionalProperties: false,
                required: ["drifted", "thresholds", "bins"],
                properties: {
                  psi: {
                    description: "Population stability index over the reference decile bins (numeric) or categories (+ one unseen bucket).",
                    type: "number",
                    minimum: 0
                  },
                  jsd: {
                    description: "Jensen\u2013Shannon divergence, base 2, over the same bins.",
                    type: "number",
                    minimum: 0,
                    maximum: 1
                  },
                  linf: {
                    description: "L-infinity distance between category shares (categorical features).",
                    type: "number",
                    minimum: 0,
                    maximum: 1
                  },
                  wasserstein: {
                    description: "Wasserstein distance divided by the reference population standard deviation (floored at 0.001).",
                    type: "number",
                    minimum: 0
                  },
                  ks: {
                    description: "Two-sample Kolmogorov\u2013Smirnov statistic and asymptotic p-value (numeric features).",
                    type: "object",
                    additionalProperties: false,
                    required: ["statistic", "pvalue", "method", "errorBound"],
                    properties: {
                      statistic: {
                        description: "D.",
                        type: "number",
                        minimum: 0,
                        maximum: 1
                      },
                      pvalue: {
                        description: "Asymptotic two-sided p-value (scipy ks_2samp method asymp).",
                        type: "number",
                        minimum: 0,
                        maximum: 1
                      },
                      method: {
                        description: "exact: D from every value (both samples sorted, or full value counts); binned: from both ECDFs at common points (profiles, or samples above 100,000 values).",
                        enum: ["exact", "binned"]
                      },
                      errorBound: {
                        description: "|D \u2212 true D| is at most this: 0 when exact; binned, measured from both ECDFs at the points (the true D lies between the largest lower and upper values they allow), plus the reference sketch's rank error when its profile has no ECDF.",
                        type: "number",
                        minimum: 0
                      },
                      points: {
                        description: "Binned: the number of points both ECDFs were compared at.",
                        type: "integer",
                        minimum: 1
                      }
                    }
                  },
                  drifted: {
                    description: "Whether PSI, JSD or L\u221E exceeded its threshold.",
                    type: "boolean"
                  },
                  thresholds: {
                    description: "The thresholds applied.",
                    type: "object",
                    additionalProperties: false,
                    required: ["psi", "jsd", "linf"],
                    properties: {
                      psi: {
                        description: "Maximum psi.",
                        type: "number",
                        minimum: 0
                      },
                      jsd: {
                        description: "Maximum jsd.",
                        type: "number",
                        minimum: 0
                      },
                      linf: {
                        description: "Maximum linf.",
                        type: "number",
                        minimum: 0
                      }
                    }
                  },
                  bins: {
                    description: "Bins with reference and current counts.",
                    type: "object",
                    additionalProperties: false,
                    required: ["labels", "reference", "current"],
                    properties: {
                      labels: {
                        description: "Bin labels.",
                        type: "array",
                        items: {
                          description: "A label.",
                          type: "string"
                        }
                      },
                      reference: {
                        description: "Reference counts.",
                        type: "array",
                        items: {
                          description: "A count.",
                          type: "number",
                          minimum: 0
                        }
                      },
                      current: {
                        description: "Current counts.",
                        type: "array",
                        items: {
                          description: "A count.",
                          type: "number",
                          minimum: 0
                        }
                      }
                    }
                  },
                  note: {
                    description: "Why some statistics are absent, why the thresholds applied differ from the schema's (raised for a small sample), or why drift is reported but not gated (too few values).",
                    type: "string"
                  }
                }
              }
            }
          }
        },
        summary: {
          description: "Totals.",
          type: "object",
          additionalProperties: false,
          required: ["rows", "driftedShare", "errors", "warnings"],
          properties: {
            rows: {
              description: "Rows validated.",
              type: "integer",
              minimum: 0
            },
            driftedShare: {
              description: "Share of compared features that drifted; null without a reference.",
              type: ["number", "null"],
              minimum: 0,
              maximum: 1
            },
            errors: {
              description: "Error anomalies.",
              type: "integer",
              minimum: 0
            },
            warnings: {
              description: "Warning anomalies.",
              type: "integer",
              minimum: 0
            }
          }
        }
      }
    }
  ],
  examples: [
    {
      kind: "data-validation",
      schemaVersion: 1,
      tool: {
        name: "modelgate",
        version: "0.1.0"
      },
      subject: "tiny",
      inputs: [
        {
          role: "schema",
          uri: "file:datasets/tiny/schema.yaml",
          sha256: "fbf73f65b75fb8b8e2b4bdbc90a05bdd295f175e98d17a39ca6c3fe27955a0c2"
        },
        {
          role: "data",
          uri: "file:data/cur.csv",
          sha256: "cfc0990fe377b99ed89d4c598e190943c20ee9219551843fedf25a2c7de15b9e"
        },
        {
          role: "reference",
          uri: "file:data/ref.csv",
          sha256: "1045f41eb05c7da2ec0e265028af10ebeb6d09ca909ca252c6448b353d48a3ea"
        }
      ],
      context: {
        commit: null,
        ref: null,
        runUrl: null,
        ci: false
      },
      createdAt: "2026-11-23T12:00:00.000Z",
      verdict: "fail",
      environment: "training",
      comparison: "drift",
      anomalies: [
        {
          code: "low-presence",
          column: "amount",
          severity: "error",
          message: 'column "amount" has a value in 75.00% of rows, expected at least 100.00%',
          observed: 0.75,
          expected: 1,
          schemaLine: 8
        },
        {
          code: "out-of-range",
          column: "amount",
          severity: "error",
          message: 'column "amount" has 1 values (25.00%) outside [0, 50], e.g. 99',
          observed: {
            min: 10.5,
            max: 99,
            count: 1,
            share: 0.25,
            examples: [99]
          },
          expected: {
            min: 0,
            max: 50
          },
          schemaLine: 9
        },
        {
          code: "unexpected-values",
          column: "region",
          severity: "error",
          message: 'column "region" has 1 values (25.00%) outside the domain, e.g. "east"',
          observed: {
            count: 1,
            share: 0.25,
            examples: ["east"]
          },
          expected: ["north", "south"],
          schemaLine: 12
        },
        {
          code: "drift",
          column: "region",
          severity: "error",
          message: "drift: PSI 2.129 > 0.2, JSD 0.156 > 0.1, LINF 0.250 > 0.1",
          observed: {
            psi: 2.1285158932529735,
            jsd: 0.15563906222956642,
            linf: 0.25
          },
          expected: {
            psi: 0.2,
            jsd: 0.1,
            linf: 0.1
          },
          schemaLine: 10
        },
        {
          code: "drift",
          column: "amount",
          severity: "error",
          message: "drift: PSI 11.296 > 0.2, JSD 0.713 > 0.1",
          observed: {
            psi: 11.295857176965331,
            jsd: 0.7126417936566767
          },
          expected: {
            psi: 0.2,
            jsd: 0.1
          },
          schemaLine: 6
        }
      ],
      features: [
        {
          name: "id",
          type: "string",
          presence: 1
        },
        {
          name: "amount",
          type: "float",
          presence: 0.75,
          drift: {
            psi: 11.295857176965331,
            jsd: 0.7126417936566767,
            drifted: true,
            thresholds: {
              psi: 0.2,
              jsd: 0.1,
              linf: 0.1
            },
            bins: {
              labels: [
                "(\u2212\u221E, 10.3]",
                "(10.3, 10.6]",
                "(10.6, 10.9]",
                "(10.9, 11.3]",
                "(11.3, 11.75]",
                "(11.75, 12.2]",
                "(12.2, 12.55]",
                "(12.55, 12.7]",
                "(12.7, 12.85]",
                "(12.85, +\u221E]"
              ],
              reference: [1, 0, 0, 1, 0, 0, 1, 0, 0, 1],
              current: [0, 1, 0, 0, 0, 1, 0, 0, 0, 1]
            },
            wasserstein: 24.425036695620694,
            ks: {
              statistic: 0.33333333333333337,
              pvalue: 0.9444444444444444,
              method: "exact",
              errorBound: 0
            }
          }
        },
        {
          name: "region",
          type: "string",
          presence: 1,
          drift: {
            psi: 2.1285158932529735,
            jsd: 0.15563906222956642,
            linf: 0.25,
            drifted: true,
            thresholds: {
              psi: 0.2,
              jsd: 0.1,
              linf: 0.1
            },
            bins: {
              labels: ["north", "south", "(unseen)"],
              reference: [2, 2, 0],
              current: [2, 1, 1]
            }
          }
        }
      ],
      summary: {
        rows: 4,
        driftedShare: 1,
        errors: 5,
        warnings: 0
      }
    }
  ]
};

// schemas/dataset-schema.schema.json
var dataset_schema_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/dataset-schema.schema.json",
  title: "DatasetSchema",
  description: "A TFDV-style data contract for a dataset (datasets/<dataset>/schema.yaml): features, types, domains, presence and drift thresholds.",
  type: "object",
  required: ["dataset", "features"],
  additionalProperties: false,
  properties: {
    dataset: {
      description: "The dataset name; must match the directory datasets/<dataset>/.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    label: {
      description: "The label column, if the dataset has one.",
      type: "string",
      minLength: 1
    },
    keys: {
      description: "Columns whose values must be unique (together).",
      type: "array",
      items: {
        description: "A column name.",
        type: "string",
        minLength: 1
      }
    },
    rowCount: {
      description: "Bounds on the number of rows.",
      type: "object",
      additionalProperties: false,
      properties: {
        min: {
          description: "At least this many rows.",
          type: "integer",
          minimum: 0
        },
        max: {
          description: "At most this many rows.",
          type: "integer",
          minimum: 0
        }
      }
    },
    environments: {
      description: "The environments data is validated in by default (e.g. training, serving); features may be absent in some with notIn.",
      type: "array",
      items: {
        description: "An environment name.",
        type: "string",
        pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
      }
    },
    features: {
      description: "The columns and their constraints.",
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/feature"
      }
    }
  },
  $defs: {
    feature: {
      title: "FeatureSpec",
      description: "One column and its constraints.",
      type: "object",
      required: ["name", "type"],
      additionalProperties: false,
      properties: {
        name: {
          description: "The column name.",
          type: "string",
          minLength: 1
        },
        description: {
          description: "What the column holds.",
          type: "string"
        },
        type: {
          description: "The column's value type.",
          enum: ["int", "float", "string", "bool", "timestamp"]
        },
        presence: {
          description: "How often the column must have a value.",
          type: "object",
          additionalProperties: false,
          properties: {
            minFraction: {
              description: "Minimum share of rows with a non-missing value (0..1).",
              type: "number",
              minimum: 0,
              maximum: 1
            },
            minCount: {
              description: "Minimum number of rows with a non-missing value.",
              type: "integer",
              minimum: 0
            }
          }
        },
        domain: {
          description: "Allowed values: a numeric range (min/max) or a categorical set (values).",
          type: "object",
          additionalProperties: false,
          properties: {
            min: {
              description: "Smallest allowed value (numeric features).",
              type: "number"
            },
            max: {
              description: "Largest allowed value (numeric features).",
              type: "number"
            },
            values: {
              description: "The allowed values (categorical features).",
              type: "array",
              minItems: 1,
              items: {
                description: "An allowed value.",
                type: ["string", "number", "boolean"]
              }
            },
            tolerance: {
              description: "The share of rows whose value may lie outside the domain before it is an error: up to ceil(tolerance \xD7 rows) such values are reported as info (default 0: any is an error). infer-schema writes 0.002: a range learned from a sample is exceeded by about n/N of n new rows.",
              type: "number",
              minimum: 0,
              maximum: 1
            }
          }
        },
        drift: {
          description: "Per-feature drift thresholds against the reference data (defaults psi 0.2, jsd 0.1, linf 0.1).",
          type: "object",
          additionalProperties: false,
          properties: {
            psi: {
              description: "Maximum population stability index.",
              type: "number",
              minimum: 0
            },
            jsd: {
              description: "Maximum Jensen-Shannon divergence (base 2, 0..1).",
              type: "number",
              minimum: 0,
              maximum: 1
            },
            linf: {
              description: "Maximum L-infinity distance between category frequencies (0..1).",
              type: "number",
              minimum: 0,
              maximum: 1
            }
          }
        },
        notIn: {
          description: "Environments where the column is absent (e.g. the label in serving).",
          type: "array",
          items: {
            description: "An environment name.",
            type: "string",
            pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
          }
        }
      }
    }
  },
  examples: [
    {
      dataset: "loans",
      label: "default",
      keys: ["loan_id"],
      rowCount: {
        min: 1e3,
        max: 1e7
      },
      environments: ["training", "serving"],
      features: [
        {
          name: "income",
          type: "float",
          presence: {
            minFraction: 1
          },
          domain: {
            min: 0,
            max: 1e6
          }
        },
        {
          name: "region",
          type: "string",
          domain: {
            values: ["north", "south", "east", "west"]
          },
          drift: {
            psi: 0.2,
            jsd: 0.1,
            linf: 0.1
          }
        },
        {
          name: "default",
          type: "int",
          notIn: ["serving"]
        }
      ]
    }
  ]
};

// schemas/dataset-version.schema.json
var dataset_version_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/dataset-version.schema.json",
  title: "DatasetVersion",
  description: "One version of a dataset (datasets/<dataset>/versions/<version>.yaml): where the data is, its digest and its profile.",
  type: "object",
  required: ["dataset", "version", "uri", "sha256"],
  additionalProperties: false,
  properties: {
    dataset: {
      description: "The dataset name; must match the directory datasets/<dataset>/.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    version: {
      description: "The dataset version; must match the file name <version>.yaml.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    uri: {
      description: "Where the data file is: file:<path relative to the repository> or an https:// URL on an allowed host.",
      type: "string",
      pattern: "^(file:[^\\s]+|https://[^\\s]+)$"
    },
    sha256: {
      description: "sha256 of the data file, 64 lowercase hex characters.",
      type: "string",
      pattern: "^[0-9a-f]{64}$"
    },
    rows: {
      description: "Number of rows in the data file.",
      type: "integer",
      minimum: 0
    },
    profile: {
      description: "The data-profile evidence of this version, bound by digest.",
      type: "object",
      required: ["uri", "sha256"],
      additionalProperties: false,
      properties: {
        uri: {
          description: "Where the profile JSON is: file:<path relative to the repository> or an https:// URL.",
          type: "string",
          pattern: "^(file:[^\\s]+|https://[^\\s]+)$"
        },
        sha256: {
          description: "sha256 of the profile file, 64 lowercase hex characters.",
          type: "string",
          pattern: "^[0-9a-f]{64}$"
        }
      }
    }
  },
  examples: [
    {
      dataset: "loans",
      version: "2026-08",
      uri: "file:data/loans/train.csv",
      sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      rows: 2e4,
      profile: {
        uri: "file:evidence/loans/2026-08/profile.json",
        sha256: "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"
      }
    }
  ]
};

// schemas/deploy-plan.schema.json
var deploy_plan_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/deploy-plan.schema.json",
  title: "DeployPlan",
  description: "What merging deployed (modelgate deploy): one entry per (environment, model) whose desired state changed between two commits, with traffic and artifacts. Running it twice gives the same plan.",
  allOf: [
    {
      $ref: "https://modelgate.dev/schemas/evidence-envelope.schema.json"
    },
    {
      type: "object",
      required: ["kind", "before", "after", "entries"],
      properties: {
        kind: {
          description: "Always deploy-plan.",
          const: "deploy-plan"
        },
        before: {
          description: "The commit deployed before.",
          type: "string",
          pattern: "^[0-9a-f]{40}$"
        },
        after: {
          description: "The commit to deploy.",
          type: "string",
          pattern: "^[0-9a-f]{40}$"
        },
        entries: {
          description: "One entry per changed (environment, model).",
          type: "array",
          items: {
            $ref: "#/$defs/entry"
          }
        }
      }
    }
  ],
  $defs: {
    entry: {
      description: "One model's change in one environment.",
      type: "object",
      required: ["environment", "model", "kind", "from", "to", "traffic", "desired", "artifacts"],
      additionalProperties: false,
      properties: {
        environment: {
          description: "The environment.",
          type: "string"
        },
        model: {
          description: "The model.",
          type: "string"
        },
        kind: {
          description: "The kind of change.",
          enum: ["promote", "canary", "complete", "rollback", "retire"]
        },
        from: {
          description: "The version traffic moves from.",
          type: ["string", "null"]
        },
        to: {
          description: "The version traffic moves to (null when retired).",
          type: ["string", "null"]
        },
        traffic: {
          description: "Percent of traffic `to` serves afterwards.",
          type: ["integer", "null"],
          minimum: 0,
          maximum: 100
        },
        desired: {
          description: "The full desired state afterwards (null when retired).",
          type: ["object", "null"],
          required: ["version", "canary"],
          additionalProperties: false,
          properties: {
            version: {
              description: "The champion.",
              type: "string"
            },
            canary: {
              description: "The canary, or null.",
              type: ["object", "null"],
              required: ["version", "traffic"],
              additionalProperties: false,
              properties: {
                version: {
                  description: "The canary version.",
                  type: "string"
                },
                traffic: {
                  description: "Percent of traffic, 1..99.",
                  type: "integer",
                  minimum: 1,
                  maximum: 99
                }
              }
            }
          }
        },
        artifacts: {
          description: "The artifacts serving afterwards, with their share of traffic.",
          type: "array",
          items: {
            description: "One serving artifact.",
            type: "object",
            required: ["version", "uri", "sha256", "traffic"],
            additionalProperties: false,
            properties: {
              version: {
                description: "The version.",
                type: "string"
              },
              uri: {
                description: "The artifact URI.",
                type: "string"
              },
              sha256: {
                description: "The artifact digest.",
                type: "string"
              },
              traffic: {
                description: "Percent of traffic it serves.",
                type: "integer",
                minimum: 0,
                maximum: 100
              }
            }
          }
        }
      }
    }
  },
  examples: [
    {
      kind: "deploy-plan",
      schemaVersion: 1,
      tool: {
        name: "modelgate",
        version: "0.1.0"
      },
      context: {
        commit: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ref: null,
        runUrl: null,
        ci: false
      },
      createdAt: "2026-11-20T12:00:00.000Z",
      subject: "cccccccccccc..aaaaaaaaaaaa",
      inputs: [
        {
          role: "desired-state",
          uri: "file:environments/production/credit-default.yaml",
          sha256: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
        }
      ],
      verdict: "pass",
      before: "cccccccccccccccccccccccccccccccccccccccc",
      after: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      entries: [
        {
          environment: "production",
          model: "credit-default",
          kind: "canary",
          from: "1.0.0",
          to: "2.0.0",
          traffic: 10,
          desired: {
            version: "1.0.0",
            canary: {
              version: "2.0.0",
              traffic: 10
            }
          },
          artifacts: [
            {
              version: "1.0.0",
              uri: "file:artifacts/credit-default/1.0.0/model.onnx",
              sha256: "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd",
              traffic: 90
            },
            {
              version: "2.0.0",
              uri: "file:artifacts/credit-default/2.0.0/model.onnx",
              sha256: "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
              traffic: 10
            }
          ]
        }
      ]
    }
  ]
};

// schemas/environment.schema.json
var environment_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/environment.schema.json",
  title: "Environment",
  description: "The desired state of one model in one environment (environments/<env>/<model>.yaml): the champion version and an optional canary.",
  type: "object",
  required: ["model", "environment", "version"],
  additionalProperties: false,
  properties: {
    model: {
      description: "The model name; must match the file name <model>.yaml.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    environment: {
      description: "The environment name; must match the directory environments/<env>/ and an environment in modelgate.yaml.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    version: {
      description: "The champion version: serves 100 - canary.traffic percent of requests.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    canary: {
      description: "An optional canary: a second version that serves a share of the traffic.",
      type: "object",
      required: ["version", "traffic"],
      additionalProperties: false,
      properties: {
        version: {
          description: "The canary version.",
          type: "string",
          pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
        },
        traffic: {
          description: "Percent of traffic the canary serves, 1..99.",
          type: "integer",
          minimum: 1,
          maximum: 99
        }
      }
    }
  },
  examples: [
    {
      model: "credit-default",
      environment: "production",
      version: "1.0.0",
      canary: { version: "1.1.0", traffic: 10 }
    }
  ]
};

// schemas/evaluation.schema.json
var evaluation_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/evaluation.schema.json",
  title: "Evaluation",
  description: "Model evaluation evidence (modelgate evaluate): a challenger ONNX model, optionally the champion and always a trivial baseline, scored on one labelled dataset \u2014 metrics, slices, fairness, training/serving parity, determinism, latency, and the policy checks that decide the verdict.",
  allOf: [
    {
      $ref: "https://modelgate.dev/schemas/evidence-envelope.schema.json"
    },
    {
      type: "object",
      required: [
        "kind",
        "task",
        "label",
        "dataset",
        "features",
        "models",
        "sliceMetric",
        "minSupport",
        "slices",
        "fairness",
        "determinism",
        "checks"
      ],
      properties: {
        kind: {
          const: "evaluation",
          description: "Always evaluation."
        },
        task: {
          enum: ["binary-classification", "multiclass-classification", "regression"],
          description: "The prediction task."
        },
        label: {
          type: "string",
          minLength: 1,
          description: "The label column."
        },
        decisionThreshold: {
          type: ["number", "null"],
          description: "Binary classification: a row is predicted positive when its positive-class probability is >= this; null otherwise."
        },
        classes: {
          type: ["array", "null"],
          items: {
            type: "string",
            description: "A class label."
          },
          description: "Multiclass classification: the class labels in output order; null otherwise."
        },
        dataset: {
          type: "object",
          required: ["uri", "sha256", "rows"],
          additionalProperties: false,
          properties: {
            uri: {
              type: "string",
              description: "Where the dataset was read from."
            },
            sha256: {
              type: "string",
              pattern: "^[0-9a-f]{64}$",
              description: "sha256 of the dataset file."
            },
            rows: {
              type: "integer",
              minimum: 1,
              description: "Rows evaluated."
            }
          },
          description: "The evaluated dataset."
        },
        features: {
          type: "array",
          items: {
            type: "string",
            description: "A column name."
          },
          description: "The dataset columns fed to the challenger, in input order."
        },
        models: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/model"
          },
          description: "The challenger, the champion (when given) and the trivial baseline, evaluated on the same rows."
        },
        sliceMetric: {
          type: "string",
          description: "The metric slices are compared on (roc_auc, accuracy or r2 by task)."
        },
        minSupport: {
          type: "integer",
          minimum: 1,
          description: "Slices with fewer rows are listed but not evaluated."
        },
        slices: {
          type: "array",
          items: {
            $ref: "#/$defs/slice"
          },
          description: "Per-slice metrics: one entry per value (or numeric bin) of each slice column."
        },
        worstSlice: {
          type: ["object", "null"],
          required: ["feature", "value", "metric", "metricValue", "overall", "gap"],
          additionalProperties: false,
          properties: {
            feature: {
              type: "string",
              description: "Slice column."
            },
            value: {
              type: "string",
              description: "Slice value or bin."
            },
            metric: {
              type: "string",
              description: "The metric compared."
            },
            metricValue: {
              type: "number",
              description: "The slice's value of the metric."
            },
            overall: {
              type: "number",
              description: "The overall value of the metric."
            },
            gap: {
              type: "number",
              description: "How much worse the slice is than overall (positive = worse)."
            }
          },
          description: "The evaluated slice furthest below the overall value of its metric."
        },
        fairness: {
          type: "array",
          items: {
            $ref: "#/$defs/fairness"
          },
          description: "Group fairness of the challenger on each protected attribute (binary classification)."
        },
        parity: {
          type: ["object", "null"],
          required: [
            "reference",
            "tolerance",
            "comparedRows",
            "mismatchedRows",
            "maxAbsDifference",
            "examples"
          ],
          additionalProperties: false,
          properties: {
            reference: {
              type: "string",
              description: "Where the reference predictions were read from."
            },
            tolerance: {
              type: "number",
              minimum: 0,
              description: "Largest absolute difference accepted."
            },
            comparedRows: {
              type: "integer",
              minimum: 0,
              description: "Rows compared."
            },
            mismatchedRows: {
              type: "integer",
              minimum: 0,
              description: "Rows with a value differing by more than the tolerance."
            },
            maxAbsDifference: {
              type: "number",
              minimum: 0,
              description: "Largest absolute difference seen."
            },
            examples: {
              type: "array",
              items: {
                type: "object",
                required: ["row", "expected", "observed"],
                additionalProperties: false,
                properties: {
                  row: {
                    type: "integer",
                    minimum: 1,
                    description: "Data row, 1-based (header excluded)."
                  },
                  expected: {
                    type: "number",
                    description: "The reference value."
                  },
                  observed: {
                    type: "number",
                    description: "The value onnxruntime produced."
                  }
                },
                description: "A mismatching value."
              },
              description: "The first mismatching values (at most 20)."
            }
          },
          description: "Comparison with the reference predictions made at training time; null when none were given."
        },
        determinism: {
          type: "object",
          required: ["rows", "identical"],
          additionalProperties: false,
          properties: {
            rows: {
              type: "integer",
              minimum: 0,
              description: "Rows re-run."
            },
            identical: {
              type: "boolean",
              description: "Whether both runs gave bit-identical outputs."
            }
          },
          description: "A second run over the first rows."
        },
        settings: {
          description: "How the evaluation ran, where its figures depend on it and the report does not show it otherwise: the registry gate runs it again with these settings to recompute the figures (docs/security.md). Reports made before it existed lack it; they are recomputed with the defaults.",
          type: "object",
          required: ["bins", "seed", "bootstrap", "policy"],
          additionalProperties: false,
          properties: {
            bins: {
              description: "Quantile bins of a numeric slice column (--bins).",
              type: "integer",
              minimum: 2
            },
            seed: {
              description: "The seed of the permutation importance and the bootstrap (--seed).",
              type: "integer",
              minimum: 0
            },
            bootstrap: {
              description: "Bootstrap resamples of the intervals (--bootstrap); 0 without intervals.",
              type: "integer",
              minimum: 0
            },
            policy: {
              description: "The policy the report's policy checks were decided by (the shape of an environment's policy in modelgate.yaml); null without one.",
              oneOf: [
                {
                  $ref: "https://modelgate.dev/schemas/registry.schema.json#/$defs/policy"
                },
                {
                  description: "No policy.",
                  type: "null"
                }
              ]
            }
          }
        },
        featureImportance: {
          description: "Permutation feature importance of the challenger, when asked for.",
          type: "array",
          items: {
            description: "One feature.",
            type: "object",
            required: ["feature", "importance"],
            additionalProperties: false,
            properties: {
              feature: {
                description: "The feature column.",
                type: "string"
              },
              importance: {
                description: "How much sliceMetric worsens (positive = worse) when this column's values are shuffled (seeded).",
                type: "number"
              }
            }
          }
        },
        checks: {
          type: "array",
          items: {
            $ref: "#/$defs/check"
          },
          description: "Every check; the verdict is fail when any check failed."
        }
      }
    }
  ],
  $defs: {
    metrics: {
      type: "object",
      additionalProperties: {
        type: ["number", "null"],
        description: "A metric value."
      },
      description: "Metric values keyed by name (accuracy, precision, recall, f1, roc_auc, average_precision, log_loss, brier, precision_macro, f1_weighted, mae, rmse, r2, mape, ...); null when undefined on these rows."
    },
    model: {
      type: "object",
      required: ["role", "uri", "sha256", "bytes", "metrics", "confusion", "latency"],
      additionalProperties: false,
      properties: {
        role: {
          enum: ["challenger", "champion", "baseline"],
          description: "challenger: the version under evaluation; champion: the version live in the target environment; baseline: the trivial predictor (majority class / mean)."
        },
        uri: {
          type: "string",
          description: "Where the model was read from (baseline:trivial for the baseline)."
        },
        sha256: {
          type: ["string", "null"],
          pattern: "^[0-9a-f]{64}$",
          description: "sha256 of the ONNX file; null for the baseline."
        },
        bytes: {
          type: ["integer", "null"],
          minimum: 0,
          description: "Size of the ONNX file; null for the baseline."
        },
        description: {
          type: "string",
          description: "What the baseline predicts."
        },
        metrics: {
          $ref: "#/$defs/metrics",
          description: "The model's metrics on the whole dataset."
        },
        confusion: {
          anyOf: [
            {
              type: "object",
              required: ["tn", "fp", "fn", "tp"],
              additionalProperties: false,
              properties: {
                tn: {
                  type: "integer",
                  minimum: 0,
                  description: "tn count."
                },
                fp: {
                  type: "integer",
                  minimum: 0,
                  description: "fp count."
                },
                fn: {
                  type: "integer",
                  minimum: 0,
                  description: "fn count."
                },
                tp: {
                  type: "integer",
                  minimum: 0,
                  description: "tp count."
                }
              },
              description: "Binary confusion counts."
            },
            {
              type: "array",
              items: {
                type: "array",
                items: {
                  type: "integer",
                  minimum: 0,
                  description: "A count."
                },
                description: "One true class."
              },
              description: "Multiclass confusion matrix."
            },
            {
              type: "null",
              description: "No confusion matrix (regression)."
            }
          ],
          description: "Binary: {tn, fp, fn, tp} at the decision threshold; multiclass: rows = true class, columns = predicted class; null for regression."
        },
        intervals: {
          type: "object",
          additionalProperties: {
            type: "object",
            required: ["low", "high"],
            additionalProperties: false,
            properties: {
              low: {
                type: "number",
                description: "Lower bound."
              },
              high: {
                type: "number",
                description: "Upper bound."
              }
            },
            description: "An interval."
          },
          description: "Seeded percentile-bootstrap confidence intervals of the metrics."
        },
        latency: {
          type: ["object", "null"],
          required: ["loadMs", "single", "batch", "rowsPerSecond", "peakRssMB"],
          additionalProperties: false,
          properties: {
            loadMs: {
              type: "number",
              minimum: 0,
              description: "Milliseconds to create the inference session."
            },
            single: {
              type: "object",
              required: ["runs", "p50Ms", "p95Ms", "p99Ms"],
              additionalProperties: false,
              properties: {
                runs: {
                  type: "integer",
                  minimum: 0,
                  description: "Number of session.run calls measured."
                },
                p50Ms: {
                  type: ["number", "null"],
                  description: "Median milliseconds per run."
                },
                p95Ms: {
                  type: ["number", "null"],
                  description: "95th percentile milliseconds per run."
                },
                p99Ms: {
                  type: ["number", "null"],
                  description: "99th percentile milliseconds per run."
                }
              },
              description: "One row per session.run."
            },
            batch: {
              type: "object",
              required: ["runs", "p50Ms", "p95Ms", "p99Ms"],
              additionalProperties: false,
              properties: {
                batchSize: {
                  type: "integer",
                  minimum: 1,
                  description: "Rows per batch."
                },
                runs: {
                  type: "integer",
                  minimum: 0,
                  description: "Number of session.run calls measured."
                },
                p50Ms: {
                  type: ["number", "null"],
                  description: "Median milliseconds per run."
                },
                p95Ms: {
                  type: ["number", "null"],
                  description: "95th percentile milliseconds per run."
                },
                p99Ms: {
                  type: ["number", "null"],
                  description: "99th percentile milliseconds per run."
                }
              },
              description: "session.run at the working batch size."
            },
            rowsPerSecond: {
              type: "number",
              minimum: 0,
              description: "Rows per second of session.run at the working batch size."
            },
            peakRssMB: {
              type: "number",
              minimum: 0,
              description: "Peak resident set size of the evaluating process, MB."
            }
          },
          description: "Load time and inference latency; null for the baseline."
        }
      },
      description: "One evaluated model."
    },
    slice: {
      type: "object",
      required: ["feature", "value", "support", "evaluated", "metrics", "champion"],
      additionalProperties: false,
      properties: {
        feature: {
          type: "string",
          description: "The slice column."
        },
        value: {
          type: "string",
          description: "The value or bin; (missing) for empty cells."
        },
        support: {
          type: "integer",
          minimum: 0,
          description: "Rows in the slice."
        },
        evaluated: {
          type: "boolean",
          description: "False when support < minSupport."
        },
        metrics: {
          anyOf: [
            {
              $ref: "#/$defs/metrics"
            },
            {
              type: "null"
            }
          ],
          description: "The challenger's metrics on the slice; null when not evaluated."
        },
        champion: {
          anyOf: [
            {
              $ref: "#/$defs/metrics"
            },
            {
              type: "null"
            }
          ],
          description: "The champion's metrics on the slice; null without a champion."
        }
      },
      description: "One slice: rows whose column `feature` has `value` (a category or a numeric bin [lo, hi))."
    },
    fairness: {
      type: "object",
      required: [
        "attribute",
        "groups",
        "demographicParityDifference",
        "demographicParityRatio",
        "equalOpportunityDifference",
        "equalizedOddsDifference"
      ],
      additionalProperties: false,
      properties: {
        attribute: {
          type: "string",
          description: "The protected attribute column."
        },
        groups: {
          type: "array",
          items: {
            type: "object",
            required: ["value", "support", "selectionRate", "truePositiveRate", "falsePositiveRate"],
            additionalProperties: false,
            properties: {
              value: {
                type: "string",
                description: "The attribute value."
              },
              support: {
                type: "integer",
                minimum: 0,
                description: "Rows in the group."
              },
              selectionRate: {
                type: "number",
                description: "Share predicted positive."
              },
              truePositiveRate: {
                type: ["number", "null"],
                description: "Recall in the group; null without positives."
              },
              falsePositiveRate: {
                type: ["number", "null"],
                description: "False positive rate in the group; null without negatives."
              }
            },
            description: "One group."
          },
          description: "Each group with at least minSupport rows."
        },
        demographicParityDifference: {
          type: "number",
          description: "Largest minus smallest selection rate."
        },
        demographicParityRatio: {
          type: "number",
          description: "Smallest over largest selection rate."
        },
        equalOpportunityDifference: {
          type: ["number", "null"],
          description: "Largest minus smallest true positive rate."
        },
        equalizedOddsDifference: {
          type: ["number", "null"],
          description: "The larger of the true- and false-positive-rate differences."
        }
      },
      description: "Group fairness on one protected attribute, at the decision threshold."
    },
    check: {
      type: "object",
      required: ["name", "passed", "observed", "expected", "message"],
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          description: `The policy's metric:<name>, slices, fairness and latency (decided as the registry gate decides them, docs/registry.md "Policy verdicts"); beats-baseline, numerical-stability, determinism, training-serving-parity.`
        },
        passed: {
          type: "boolean",
          description: "Whether the check passed (a skipped check does not block)."
        },
        status: {
          enum: ["pass", "fail", "skip", "warn"],
          description: "Policy checks: the verdict; skip when a rule cannot apply (e.g. a change against the champion without a champion)."
        },
        observed: {
          type: ["number", "string", "boolean", "null"],
          description: "What was measured."
        },
        expected: {
          type: ["number", "string", "boolean", "null"],
          description: "What the policy requires."
        },
        message: {
          type: "string",
          description: "One sentence for people."
        }
      },
      description: "One check."
    }
  },
  examples: [
    {
      kind: "evaluation",
      schemaVersion: 1,
      tool: {
        name: "modelgate",
        version: "0.1.0"
      },
      subject: "credit-default@2.0.0",
      inputs: [
        {
          role: "model",
          uri: "file:artifacts/credit-default/2.0.0/model.onnx",
          sha256: "de9f67c296201e3bfd42019becb155089c00791e7a81cbca08b67fb8233d22f4"
        },
        {
          role: "champion",
          uri: "file:artifacts/credit-default/1.0.0/model.onnx",
          sha256: "a818f3e5802a8b5e7018afe9740069ec9d1fbb269526d2a03e2b982d1eb9550f"
        },
        {
          role: "data",
          uri: "file:../data/test.csv",
          sha256: "db8dced3b217d6e8c092938cd8ad3b51fed97938d632d39041282267ee73b989"
        },
        {
          role: "reference",
          uri: "file:artifacts/credit-default/2.0.0/reference-predictions.csv",
          sha256: "5aa8d42dca8fa9cdd114b658e42b3160d6732546abdbb3874da84596b15a6000"
        }
      ],
      context: {
        commit: "0123456789abcdef0123456789abcdef01234567",
        ref: "refs/heads/main",
        runUrl: null,
        ci: false
      },
      createdAt: "2026-11-23T12:00:00.000Z",
      verdict: "pass",
      task: "binary-classification",
      label: "default",
      decisionThreshold: 0.5,
      classes: null,
      dataset: {
        uri: "file:../data/test.csv",
        sha256: "db8dced3b217d6e8c092938cd8ad3b51fed97938d632d39041282267ee73b989",
        rows: 5e3
      },
      features: [
        "age",
        "income",
        "loan_amount",
        "term_months",
        "interest_rate",
        "credit_score",
        "debt_to_income",
        "employment_years",
        "num_open_accounts",
        "num_delinquencies",
        "revolving_utilization",
        "has_cosigner"
      ],
      models: [
        {
          role: "challenger",
          uri: "file:artifacts/credit-default/2.0.0/model.onnx",
          sha256: "de9f67c296201e3bfd42019becb155089c00791e7a81cbca08b67fb8233d22f4",
          bytes: 71968,
          metrics: {
            accuracy: 0.8618,
            precision: 0.6326,
            recall: 0.3379,
            f1: 0.4405,
            roc_auc: 0.8437,
            average_precision: 0.5338,
            log_loss: 0.3281,
            brier: 0.1015,
            positive_rate: 0.086,
            prevalence: 0.161
          },
          confusion: {
            tn: 4037,
            fp: 158,
            fn: 533,
            tp: 272
          },
          latency: {
            loadMs: 66.81,
            single: {
              runs: 100,
              p50Ms: 0.03287,
              p95Ms: 0.1003,
              p99Ms: 0.179
            },
            batch: {
              batchSize: 1024,
              runs: 5,
              p50Ms: 4.714,
              p95Ms: 10.8,
              p99Ms: 11.56
            },
            rowsPerSecond: 159e3,
            peakRssMB: 131.8
          }
        },
        {
          role: "champion",
          uri: "file:artifacts/credit-default/1.0.0/model.onnx",
          sha256: "a818f3e5802a8b5e7018afe9740069ec9d1fbb269526d2a03e2b982d1eb9550f",
          bytes: 679,
          metrics: {
            accuracy: 0.8592,
            precision: 0.6354,
            recall: 0.2944,
            f1: 0.4024,
            roc_auc: 0.837,
            average_precision: 0.5213,
            log_loss: 0.3316,
            brier: 0.1027,
            positive_rate: 0.0746,
            prevalence: 0.161
          },
          confusion: {
            tn: 4059,
            fp: 136,
            fn: 568,
            tp: 237
          },
          latency: {
            loadMs: 8.057,
            single: {
              runs: 100,
              p50Ms: 0.02598,
              p95Ms: 0.03148,
              p99Ms: 0.04173
            },
            batch: {
              batchSize: 1024,
              runs: 5,
              p50Ms: 0.2036,
              p95Ms: 0.5192,
              p99Ms: 0.5736
            },
            rowsPerSecond: 3816e3,
            peakRssMB: 131.8
          }
        },
        {
          role: "baseline",
          uri: "baseline:trivial",
          sha256: null,
          bytes: null,
          description: "constant positive rate 0.161 (the majority class)",
          metrics: {
            accuracy: 0.839,
            precision: 0,
            recall: 0,
            f1: 0,
            roc_auc: 0.5,
            average_precision: 0.161,
            log_loss: 0.4413,
            brier: 0.1351,
            positive_rate: 0,
            prevalence: 0.161
          },
          confusion: {
            tn: 4195,
            fp: 0,
            fn: 805,
            tp: 0
          },
          latency: null
        }
      ],
      sliceMetric: "roc_auc",
      minSupport: 30,
      slices: [
        {
          feature: "region",
          value: "east",
          support: 1018,
          evaluated: true,
          metrics: {
            accuracy: 0.8723,
            precision: 0.7215,
            recall: 0.3455,
            f1: 0.4672,
            roc_auc: 0.854,
            average_precision: 0.5999,
            log_loss: 0.3144,
            brier: 0.0954,
            positive_rate: 0.0776,
            prevalence: 0.1621
          },
          champion: {
            accuracy: 0.8684,
            precision: 0.7067,
            recall: 0.3212,
            f1: 0.4417,
            roc_auc: 0.8503,
            average_precision: 0.5957,
            log_loss: 0.3162,
            brier: 0.09666,
            positive_rate: 0.07367,
            prevalence: 0.1621
          }
        },
        {
          feature: "region",
          value: "north",
          support: 1273,
          evaluated: true,
          metrics: {
            accuracy: 0.8633,
            precision: 0.6505,
            recall: 0.3268,
            f1: 0.4351,
            roc_auc: 0.8439,
            average_precision: 0.5435,
            log_loss: 0.3267,
            brier: 0.1007,
            positive_rate: 0.08091,
            prevalence: 0.161
          },
          champion: {
            accuracy: 0.8633,
            precision: 0.6632,
            recall: 0.3073,
            f1: 0.42,
            roc_auc: 0.8326,
            average_precision: 0.5301,
            log_loss: 0.3324,
            brier: 0.1026,
            positive_rate: 0.07463,
            prevalence: 0.161
          }
        }
      ],
      worstSlice: {
        feature: "region",
        value: "south",
        metric: "roc_auc",
        metricValue: 0.8345,
        overall: 0.8437,
        gap: 914e-5
      },
      fairness: [
        {
          attribute: "gender",
          groups: [
            {
              value: "female",
              support: 2401,
              selectionRate: 0.08746,
              truePositiveRate: 0.3166,
              falsePositiveRate: 0.04194
            },
            {
              value: "male",
              support: 2599,
              selectionRate: 0.08465,
              truePositiveRate: 0.3587,
              falsePositiveRate: 0.03376
            }
          ],
          demographicParityDifference: 2816e-6,
          demographicParityRatio: 0.9678,
          equalOpportunityDifference: 0.04214,
          equalizedOddsDifference: 0.04214
        }
      ],
      parity: {
        reference: "file:artifacts/credit-default/2.0.0/reference-predictions.csv",
        tolerance: 1e-5,
        comparedRows: 5e3,
        mismatchedRows: 0,
        maxAbsDifference: 3653e-10,
        examples: []
      },
      determinism: {
        rows: 1e3,
        identical: true
      },
      checks: [
        {
          name: "numerical-stability",
          passed: true,
          observed: 0,
          expected: 0,
          message: "no NaN or infinite output on 5000 rows"
        },
        {
          name: "determinism",
          passed: true,
          observed: true,
          expected: true,
          message: "a second run over the first 1000 rows gave bit-identical outputs"
        },
        {
          name: "training-serving-parity",
          passed: true,
          observed: 0,
          expected: 0,
          message: "all 5000 rows match the reference predictions within 0.00001 (max difference 3.65e-7)"
        },
        {
          name: "beats-baseline",
          passed: true,
          observed: "roc_auc 0.8437, log_loss 0.3281",
          expected: "better than constant positive rate 0.161 (the majority class) on roc_auc and log_loss",
          message: "beats the trivial baseline on roc_auc and log_loss"
        },
        {
          name: "metric:roc_auc",
          passed: true,
          status: "pass",
          observed: 0.8437,
          expected: ">= 0.7",
          message: "roc_auc 0.8437 meets the threshold >= 0.7"
        },
        {
          name: "metric:roc_auc",
          passed: true,
          status: "pass",
          observed: 6734e-6,
          expected: "absolute improvement over the champion >= 0",
          message: "roc_auc 0.8437 vs the champion's 0.836966: change 0.006734 >= the required 0"
        },
        {
          name: "slices",
          passed: true,
          status: "pass",
          observed: -3666e-6,
          expected: "no slice drops more than 0.05 below the champion",
          message: "no slice drops more than 0.05 in roc_auc against the champion (worst -0.003666 on region=east, 4 slices compared)"
        },
        {
          name: "fairness",
          passed: true,
          status: "pass",
          observed: 2816e-6,
          expected: "demographicParityDifference <= 0.1",
          message: "gender: demographicParityDifference 0.002816 <= 0.1"
        }
      ]
    }
  ]
};

// schemas/evidence-envelope.schema.json
var evidence_envelope_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/evidence-envelope.schema.json",
  title: "EvidenceEnvelope",
  description: "The envelope every report modelgate writes starts with: what the report is about, the exact inputs (by sha256) it was computed from, where it ran and its verdict. Report schemas extend it with allOf.",
  type: "object",
  required: ["kind", "schemaVersion", "tool", "subject", "inputs", "context", "createdAt", "verdict"],
  properties: {
    kind: {
      description: "The report kind, e.g. data-profile, data-validation, evaluation, ml-test-score-report, registry-check, deploy-plan.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    schemaVersion: {
      description: "Version of the envelope format; always 1.",
      const: 1
    },
    tool: {
      description: "The tool that wrote the report.",
      type: "object",
      required: ["name", "version"],
      additionalProperties: false,
      properties: {
        name: { description: "Tool name, normally modelgate.", type: "string", minLength: 1 },
        version: {
          description: "Tool version that produced the report.",
          type: "string",
          minLength: 1
        }
      }
    },
    subject: {
      description: "What the report is about: model@version, dataset@version, or a bare name.",
      type: "string",
      minLength: 1
    },
    inputs: {
      description: "Every exact input the report was computed from, bound by digest.",
      type: "array",
      items: {
        description: "One input file.",
        type: "object",
        required: ["role", "uri", "sha256"],
        additionalProperties: false,
        properties: {
          role: {
            description: "What the input was to the report: model, champion, data, reference, schema, profile, declarations, evidence.",
            type: "string",
            pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
          },
          uri: {
            description: "Where the input is: file:<path relative to the repository> or an https:// URL.",
            type: "string",
            minLength: 1
          },
          sha256: {
            description: "sha256 of the input's bytes, 64 lowercase hex characters.",
            type: "string",
            pattern: "^[0-9a-f]{64}$"
          }
        }
      }
    },
    context: {
      description: "Where the report was produced.",
      type: "object",
      required: ["commit", "ref", "runUrl", "ci"],
      additionalProperties: false,
      properties: {
        commit: {
          description: "The commit the run checked out, or null when unknown.",
          type: ["string", "null"]
        },
        ref: {
          description: "The git ref of the run (e.g. refs/heads/main), or null when unknown.",
          type: ["string", "null"]
        },
        runUrl: { description: "URL of the CI run, or null when unknown.", type: ["string", "null"] },
        ci: {
          description: "True when the process that made the report ran with CI=true or GITHUB_ACTIONS=true. A claim, not a proof: nothing is trusted or counted for it (the gate verifies figures by recomputation).",
          type: "boolean"
        },
        github: {
          description: "The GitHub Actions run that made the report (GITHUB_ACTIONS=true); absent elsewhere. A claim the provenance verifier checks through the GitHub API: the run exists in this repository, ran a trusted workflow on the version's code commit, concluded success and uploaded this file (docs/security.md).",
          type: "object",
          required: ["repository", "workflowRef", "runId", "runAttempt", "sha"],
          additionalProperties: false,
          properties: {
            repository: {
              description: "The repository the run belongs to, owner/name (GITHUB_REPOSITORY).",
              type: "string",
              pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"
            },
            workflowRef: {
              description: "The workflow file and ref the run ran (GITHUB_WORKFLOW_REF), e.g. acme/churn-model/.github/workflows/evidence.yml@refs/heads/main; for a reusable workflow, its caller.",
              type: "string",
              minLength: 1
            },
            runId: {
              description: "The workflow run's id (GITHUB_RUN_ID).",
              type: "integer",
              minimum: 1
            },
            runAttempt: {
              description: "The attempt of the run (GITHUB_RUN_ATTEMPT), 1 for the first.",
              type: "integer",
              minimum: 1
            },
            sha: {
              description: "The commit the run ran on (GITHUB_SHA).",
              type: "string",
              pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"
            }
          }
        }
      }
    },
    createdAt: {
      description: "When the report was written (RFC 3339 date-time, UTC).",
      type: "string",
      format: "date-time"
    },
    verdict: {
      description: "The report's overall verdict.",
      enum: ["pass", "warn", "fail"]
    }
  },
  examples: [
    {
      kind: "data-validation",
      schemaVersion: 1,
      tool: { name: "modelgate", version: "0.1.0" },
      subject: "loans@2026-08",
      inputs: [
        {
          role: "data",
          uri: "file:data/serving.csv",
          sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
        }
      ],
      context: { commit: null, ref: null, runUrl: null, ci: false },
      createdAt: "2026-11-23T12:00:00Z",
      verdict: "pass"
    }
  ]
};

// schemas/ml-test-score.schema.json
var ml_test_score_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/ml-test-score.schema.json",
  title: "MlTestScore",
  description: "Manual evidence for the ML Test Score tests nothing can automate (models/<model>/ml-test-score.yaml).",
  type: "object",
  required: ["model", "declarations"],
  additionalProperties: false,
  properties: {
    model: {
      description: "The model name; must match the directory models/<model>/.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    declarations: {
      description: "One declaration per manually evidenced test.",
      type: "array",
      items: {
        description: "A reviewed declaration that a test is satisfied.",
        type: "object",
        required: ["test", "summary", "owner", "reviewedAt"],
        additionalProperties: false,
        properties: {
          test: {
            description: "The test id: data-1..data-7, model-1..model-7, infra-1..infra-7 or monitor-1..monitor-7.",
            type: "string",
            pattern: "^(data|model|infra|monitor)-[1-7]$"
          },
          summary: {
            description: "What was done to satisfy the test.",
            type: "string",
            minLength: 1
          },
          document: {
            description: "A link to the document that shows it (wiki page, runbook, dashboard).",
            type: "string",
            minLength: 1
          },
          owner: {
            description: "Who vouches for it (team or person).",
            type: "string",
            minLength: 1
          },
          reviewedAt: {
            description: "When it was last reviewed (YYYY-MM-DD).",
            type: "string",
            format: "date"
          },
          validUntil: {
            description: "The declaration expires after this day (YYYY-MM-DD); expired declarations score nothing.",
            type: "string",
            format: "date"
          }
        }
      }
    }
  },
  examples: [
    {
      model: "credit-default",
      declarations: [
        {
          test: "data-3",
          summary: "Cost of each feature reviewed quarterly",
          document: "https://wiki.acme.example/credit/feature-costs",
          owner: "alice@acme.example",
          reviewedAt: "2026-10-01",
          validUntil: "2027-01-01"
        }
      ]
    }
  ]
};

// schemas/ml-test-score-report.schema.json
var ml_test_score_report_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/ml-test-score-report.schema.json",
  title: "MlTestScoreReport",
  description: "The ML Test Score (Breck et al. 2017) of one model version, computed from verified evidence and declarations: per-test points and sources, section sums, and the score (the minimum section sum).",
  allOf: [
    {
      $ref: "https://modelgate.dev/schemas/evidence-envelope.schema.json"
    },
    {
      type: "object",
      required: [
        "kind",
        "model",
        "version",
        "environment",
        "tests",
        "sections",
        "score",
        "limitingSections",
        "band",
        "minimum",
        "passed",
        "evidence",
        "declarations",
        "settings"
      ],
      properties: {
        kind: {
          const: "ml-test-score-report",
          description: "The report kind."
        },
        model: {
          type: "string",
          description: "The model scored."
        },
        version: {
          type: "string",
          description: "The model version scored."
        },
        environment: {
          type: ["string", "null"],
          description: "The environment whose policy was read, or null."
        },
        tests: {
          type: "array",
          minItems: 28,
          maxItems: 28,
          items: {
            type: "object",
            description: "One of the 28 tests.",
            required: [
              "id",
              "section",
              "number",
              "title",
              "points",
              "mode",
              "source",
              "reason",
              "refused",
              "step"
            ],
            additionalProperties: false,
            properties: {
              id: {
                type: "string",
                pattern: "^(data|model|infra|monitor)-[1-7]$",
                description: "The test id."
              },
              section: {
                enum: ["data", "model", "infra", "monitor"],
                description: "The rubric section."
              },
              number: {
                type: "integer",
                minimum: 1,
                maximum: 7,
                description: "The test number in its section."
              },
              title: {
                type: "string",
                description: "The paper's short title."
              },
              points: {
                enum: [0, 0.5, 1],
                description: "1 automated and verified, 0.5 manual with a valid declaration, 0 otherwise."
              },
              mode: {
                enum: ["automated", "manual", "none"],
                description: "How the points were earned."
              },
              source: {
                description: "Where the test's points came from, or null for no points.",
                oneOf: [
                  {
                    type: "null"
                  },
                  {
                    type: "object",
                    description: "A verified evidence file.",
                    required: ["type", "kind", "uri", "sha256"],
                    additionalProperties: false,
                    properties: {
                      type: {
                        const: "evidence",
                        description: "Points come from a verified evidence file."
                      },
                      kind: {
                        type: "string",
                        description: "The evidence kind."
                      },
                      uri: {
                        type: "string",
                        description: "Where the evidence file is."
                      },
                      sha256: {
                        type: "string",
                        pattern: "^[0-9a-f]{64}$",
                        description: "sha256 of the evidence file."
                      }
                    }
                  },
                  {
                    type: "object",
                    description: "A valid manual declaration.",
                    required: ["type", "file", "line", "document", "owner"],
                    additionalProperties: false,
                    properties: {
                      type: {
                        const: "declaration",
                        description: "Points come from a manual declaration."
                      },
                      file: {
                        type: "string",
                        description: "The declarations file."
                      },
                      line: {
                        type: "integer",
                        minimum: 1,
                        description: "Line of the declaration."
                      },
                      document: {
                        type: "string",
                        description: "The linked document."
                      },
                      owner: {
                        type: "string",
                        description: "Who vouches for it."
                      }
                    }
                  },
                  {
                    type: "object",
                    description: "A policy the registry gate enforces.",
                    required: ["type", "file", "environment", "fields"],
                    additionalProperties: false,
                    properties: {
                      type: {
                        const: "policy",
                        description: "Points come from the environment policy in modelgate.yaml."
                      },
                      file: {
                        const: "modelgate.yaml",
                        description: "The policy file."
                      },
                      environment: {
                        type: "string",
                        description: "The environment whose policy it is."
                      },
                      fields: {
                        type: "array",
                        items: {
                          type: "string",
                          description: "A policy field."
                        },
                        description: "The policy fields read."
                      }
                    }
                  },
                  {
                    type: "object",
                    description: "A change in the registry history.",
                    required: ["type", "kind", "environment", "time", "version"],
                    additionalProperties: false,
                    properties: {
                      type: {
                        const: "history",
                        description: "Points come from the registry history."
                      },
                      kind: {
                        type: "string",
                        description: "The change kind (canary, rollback)."
                      },
                      environment: {
                        type: "string",
                        description: "Where it happened."
                      },
                      time: {
                        type: "string",
                        format: "date-time",
                        description: "When."
                      },
                      version: {
                        type: ["string", "null"],
                        description: "The version it moved to."
                      }
                    }
                  },
                  {
                    type: "object",
                    description: "A file in the repository.",
                    required: ["type", "path"],
                    additionalProperties: false,
                    properties: {
                      type: {
                        const: "repository",
                        description: "Points come from a file in the repository."
                      },
                      path: {
                        type: "string",
                        description: "Repository-relative path."
                      }
                    }
                  }
                ]
              },
              reason: {
                type: "string",
                description: "Why the test earned its points, or why not."
              },
              refused: {
                type: "array",
                description: "Evidence and declarations considered for this test and refused.",
                items: {
                  type: "object",
                  description: "One refusal.",
                  required: ["source", "reason"],
                  additionalProperties: false,
                  properties: {
                    source: {
                      type: "string",
                      description: "The refused file."
                    },
                    reason: {
                      type: "string",
                      description: "Why it was refused."
                    }
                  }
                }
              },
              step: {
                type: ["string", "null"],
                description: "The concrete step that earns the missing point(s); null at a full point."
              }
            }
          },
          description: "The 28 tests in rubric order."
        },
        sections: {
          type: "object",
          description: "Points per section (the sum of its 7 tests).",
          required: ["data", "model", "infra", "monitor"],
          additionalProperties: false,
          properties: {
            data: {
              type: "number",
              minimum: 0,
              maximum: 7,
              description: "Sum of the data tests."
            },
            model: {
              type: "number",
              minimum: 0,
              maximum: 7,
              description: "Sum of the model tests."
            },
            infra: {
              type: "number",
              minimum: 0,
              maximum: 7,
              description: "Sum of the infra tests."
            },
            monitor: {
              type: "number",
              minimum: 0,
              maximum: 7,
              description: "Sum of the monitor tests."
            }
          }
        },
        score: {
          type: "number",
          minimum: 0,
          maximum: 7,
          description: "The ML Test Score: the minimum of the four section sums."
        },
        limitingSections: {
          type: "array",
          minItems: 1,
          items: {
            enum: ["data", "model", "infra", "monitor"],
            description: "A section."
          },
          description: "The sections whose sum is the score."
        },
        band: {
          type: "object",
          description: "The paper's Table V interpretation of the score.",
          required: ["range", "text"],
          additionalProperties: false,
          properties: {
            range: {
              type: "string",
              description: "The score interval."
            },
            text: {
              type: "string",
              description: "What the interval means."
            }
          }
        },
        minimum: {
          type: ["number", "null"],
          description: "The minimum score required, or null."
        },
        passed: {
          type: "boolean",
          description: "Whether the score meets the minimum."
        },
        evidence: {
          type: "array",
          description: "Every evidence file considered.",
          items: {
            type: "object",
            description: "One evidence file.",
            required: ["uri", "sha256", "kind", "subject", "trusted", "verifiedBy", "problems", "usedFor"],
            additionalProperties: false,
            properties: {
              uri: {
                type: "string",
                description: "Where it is."
              },
              sha256: {
                type: "string",
                pattern: "^[0-9a-f]{64}$",
                description: "Its digest."
              },
              kind: {
                type: ["string", "null"],
                description: "Its kind, when readable."
              },
              subject: {
                type: ["string", "null"],
                description: "Its subject, when readable."
              },
              verifiedBy: {
                enum: ["recompute", "provenance", null],
                description: "How its figures were verified (the environment's evidence.verify): recompute (the gate ran it again on the registered inputs and every figure agreed) or provenance; null when they were not, and then it earns no automated point."
              },
              trusted: {
                type: "boolean",
                description: "Whether it passed the envelope checks (schema, verdict pass, fresh, its figures verified)."
              },
              problems: {
                type: "array",
                items: {
                  type: "string",
                  description: "A problem."
                },
                description: "Why it cannot be trusted."
              },
              usedFor: {
                type: "array",
                items: {
                  type: "string",
                  pattern: "^(data|model|infra|monitor)-[1-7]$",
                  description: "A test id."
                },
                description: "The tests it earned a point for."
              }
            }
          }
        },
        policy: {
          description: 'The environment policy decided on the newest verified evaluation of this artifact against the live champion, as the registry gate decides it (docs/registry.md "Policy verdicts"); null without an environment or such an evaluation.',
          oneOf: [
            {
              type: "null"
            },
            {
              type: "object",
              required: ["evidence", "checks"],
              additionalProperties: false,
              properties: {
                evidence: {
                  type: "string",
                  description: "The evaluation evidence decided on."
                },
                checks: {
                  type: "array",
                  description: "The policy's verdicts.",
                  items: {
                    type: "object",
                    required: ["id", "status", "observed", "expected", "message"],
                    additionalProperties: false,
                    properties: {
                      id: {
                        type: "string",
                        description: "metric:<name>, slices, fairness or latency."
                      },
                      status: {
                        enum: ["pass", "fail", "skip", "warn"],
                        description: "The verdict; skip when a rule cannot apply (no champion)."
                      },
                      observed: {
                        type: ["number", "null"],
                        description: "What was measured."
                      },
                      expected: {
                        type: "string",
                        description: "What the policy requires."
                      },
                      message: {
                        type: "string",
                        description: "One sentence for people."
                      }
                    }
                  }
                }
              }
            }
          ]
        },
        declarations: {
          type: "array",
          description: "Every declaration read.",
          items: {
            type: "object",
            description: "One declaration.",
            required: ["test", "line", "accepted", "reason"],
            additionalProperties: false,
            properties: {
              test: {
                type: "string",
                description: "The declared test id as written."
              },
              line: {
                type: "integer",
                minimum: 1,
                description: "Its line."
              },
              accepted: {
                type: "boolean",
                description: "Whether it is valid."
              },
              reason: {
                type: "string",
                description: "Its validity, or why it was refused."
              }
            }
          }
        },
        settings: {
          type: "object",
          description: "The settings the score was computed with.",
          required: ["now", "maxEvidenceAgeDays", "rollbackWindowDays", "declarationValidityDays"],
          additionalProperties: false,
          properties: {
            now: {
              type: "string",
              format: "date-time",
              description: "The time evidence and declarations were judged at."
            },
            maxEvidenceAgeDays: {
              type: "number",
              exclusiveMinimum: 0,
              description: "Evidence older than this is stale."
            },
            rollbackWindowDays: {
              type: "number",
              exclusiveMinimum: 0,
              description: "infra-7 needs a rollback this recent."
            },
            declarationValidityDays: {
              type: "number",
              exclusiveMinimum: 0,
              description: "A declaration without validUntil is valid this long."
            }
          }
        }
      }
    }
  ],
  examples: [
    {
      kind: "ml-test-score-report",
      schemaVersion: 1,
      tool: {
        name: "modelgate",
        version: "0.1.0"
      },
      subject: "credit-default@1.0.0",
      inputs: [
        {
          role: "model",
          uri: "file:artifacts/credit-default/1.0.0/model.onnx",
          sha256: "a818f3e5802a8b5e7018afe9740069ec9d1fbb269526d2a03e2b982d1eb9550f"
        },
        {
          role: "declarations",
          uri: "file:models/credit-default/ml-test-score.yaml",
          sha256: "cf9c469b3b83a5f08ca548e9be5c6b4e3e8da5eac7ecb041e2685865bbd4808e"
        }
      ],
      context: {
        commit: "9f3c2a1b7e4d5c6a8b9f0e1d2c3b4a5968776655",
        ref: "refs/pull/42/merge",
        runUrl: "https://github.com/acme/model-registry/actions/runs/123456789",
        ci: true
      },
      createdAt: "2026-11-23T17:02:31.422Z",
      verdict: "pass",
      model: "credit-default",
      version: "1.0.0",
      environment: "production",
      tests: [
        {
          id: "data-1",
          section: "data",
          number: 1,
          title: "Feature expectations are captured in a schema",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: no verified data-validation evidence shows the version's data was validated against the dataset schema; no valid declaration",
          step: "Add datasets/<dataset>/schema.yaml and run `modelgate validate-data --schema datasets/<dataset>/schema.yaml --data <the training data>` and list the report with the version (the gate recomputes it)."
        },
        {
          id: "data-2",
          section: "data",
          number: 2,
          title: "All features are beneficial",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: no verified evaluation evidence shows every feature has positive importance; no valid declaration",
          step: "Compute permutation feature importance in the evaluation (`featureImportance` in the evaluation report) and drop features with no importance."
        },
        {
          id: "data-3",
          section: "data",
          number: 3,
          title: "No feature's cost is too much",
          refused: [],
          points: 0.5,
          mode: "manual",
          source: {
            type: "declaration",
            file: "models/credit-default/ml-test-score.yaml",
            line: 7,
            document: "https://wiki.acme.example/credit-default/feature-costs",
            owner: "risk-ml@acme.example"
          },
          reason: "manual: declared by risk-ml@acme.example, reviewed 2026-11-02, valid until 2027-05-02 (https://wiki.acme.example/credit-default/feature-costs); not automated: nothing in modelgate automates this test",
          step: "Nothing in modelgate automates this test yet: half a point is the most a declaration earns."
        },
        {
          id: "data-4",
          section: "data",
          number: 4,
          title: "Features adhere to meta-level requirements",
          refused: [],
          points: 0.5,
          mode: "manual",
          source: {
            type: "declaration",
            file: "models/credit-default/ml-test-score.yaml",
            line: 13,
            document: "https://wiki.acme.example/credit-default/feature-policy",
            owner: "risk-ml@acme.example"
          },
          reason: "manual: declared by risk-ml@acme.example, reviewed 2026-11-02, valid until 2027-05-02 (https://wiki.acme.example/credit-default/feature-policy); not automated: nothing in modelgate automates this test",
          step: "Nothing in modelgate automates this test yet: half a point is the most a declaration earns."
        },
        {
          id: "data-5",
          section: "data",
          number: 5,
          title: "The data pipeline has appropriate privacy controls",
          refused: [],
          points: 0.5,
          mode: "manual",
          source: {
            type: "declaration",
            file: "models/credit-default/ml-test-score.yaml",
            line: 19,
            document: "https://wiki.acme.example/credit-default/privacy",
            owner: "privacy@acme.example"
          },
          reason: "manual: declared by privacy@acme.example, reviewed 2026-10-15, valid until 2027-10-15 (https://wiki.acme.example/credit-default/privacy); not automated: nothing in modelgate automates this test",
          step: "Nothing in modelgate automates this test yet: half a point is the most a declaration earns."
        },
        {
          id: "data-6",
          section: "data",
          number: 6,
          title: "New features can be added quickly",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: nothing in modelgate automates this test; no valid declaration",
          step: "Document how long adding a new feature takes, with a recent example, then declare it in models/<model>/ml-test-score.yaml with a document link, an owner and a review date (half a point; nothing automates this test)."
        },
        {
          id: "data-7",
          section: "data",
          number: 7,
          title: "All input feature code is tested",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: nothing in modelgate automates this test; no valid declaration",
          step: "Document the unit tests of the feature code and where they run, then declare it in models/<model>/ml-test-score.yaml with a document link, an owner and a review date (half a point; nothing automates this test)."
        },
        {
          id: "model-1",
          section: "model",
          number: 1,
          title: "Model specs are reviewed and submitted",
          refused: [],
          points: 1,
          mode: "automated",
          source: {
            type: "policy",
            file: "modelgate.yaml",
            environment: "production",
            fields: ["requiredApprovals"]
          },
          reason: "automated: every change needs 1 approval(s) and the version records its code commit (modelgate.yaml, environment production)",
          step: null
        },
        {
          id: "model-2",
          section: "model",
          number: 2,
          title: "Offline and online metrics correlate",
          refused: [],
          points: 0.5,
          mode: "manual",
          source: {
            type: "declaration",
            file: "models/credit-default/ml-test-score.yaml",
            line: 25,
            document: "https://wiki.acme.example/credit-default/offline-online",
            owner: "risk-ml@acme.example"
          },
          reason: "manual: declared by risk-ml@acme.example, reviewed 2026-10-01, valid until 2027-04-01 (https://wiki.acme.example/credit-default/offline-online); not automated: nothing in modelgate automates this test",
          step: "Nothing in modelgate automates this test yet: half a point is the most a declaration earns."
        },
        {
          id: "model-3",
          section: "model",
          number: 3,
          title: "All hyperparameters have been tuned",
          refused: [],
          points: 0.5,
          mode: "manual",
          source: {
            type: "declaration",
            file: "models/credit-default/ml-test-score.yaml",
            line: 31,
            document: "https://wiki.acme.example/credit-default/tuning",
            owner: "risk-ml@acme.example"
          },
          reason: "manual: declared by risk-ml@acme.example, reviewed 2026-11-02, valid until 2027-05-02 (https://wiki.acme.example/credit-default/tuning); not automated: nothing in modelgate automates this test",
          step: "Nothing in modelgate automates this test yet: half a point is the most a declaration earns."
        },
        {
          id: "model-4",
          section: "model",
          number: 4,
          title: "The impact of model staleness is known",
          refused: [],
          points: 0.5,
          mode: "manual",
          source: {
            type: "declaration",
            file: "models/credit-default/ml-test-score.yaml",
            line: 37,
            document: "https://wiki.acme.example/credit-default/staleness",
            owner: "risk-ml@acme.example"
          },
          reason: "manual: declared by risk-ml@acme.example, reviewed 2026-09-15, valid until 2027-03-15 (https://wiki.acme.example/credit-default/staleness); not automated: nothing in modelgate automates this test",
          step: "Nothing in modelgate automates this test yet: half a point is the most a declaration earns."
        },
        {
          id: "model-5",
          section: "model",
          number: 5,
          title: "A simpler model is not better",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: no verified evaluation evidence shows the model beats the trivial baseline; no valid declaration",
          step: 'Evaluate against a trivial baseline so the evaluation report carries a passed "baseline" check.'
        },
        {
          id: "model-6",
          section: "model",
          number: 6,
          title: "Model quality is sufficient on important data slices",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: no verified evaluation evidence shows quality holds on every important slice; no valid declaration",
          step: "Declare `slices` in model.yaml and `maxSliceDrop` in the environment policy; the evaluation then checks every slice."
        },
        {
          id: "model-7",
          section: "model",
          number: 7,
          title: "The model is tested for considerations of inclusion",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: no verified evaluation evidence shows fairness was measured on a declared protected attribute; no valid declaration",
          step: "Declare `protectedAttributes` in model.yaml and fairness limits in the environment policy; the evaluation then measures them."
        },
        {
          id: "infra-1",
          section: "infra",
          number: 1,
          title: "Training is reproducible",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: no verified evaluation evidence shows the determinism check passed; no valid declaration",
          step: 'Run the determinism check in the evaluation so the report carries a passed "determinism" check.'
        },
        {
          id: "infra-2",
          section: "infra",
          number: 2,
          title: "Model specs are unit tested",
          refused: [],
          points: 0.5,
          mode: "manual",
          source: {
            type: "declaration",
            file: "models/credit-default/ml-test-score.yaml",
            line: 43,
            document: "https://wiki.acme.example/credit-default/training-tests",
            owner: "risk-ml@acme.example"
          },
          reason: "manual: declared by risk-ml@acme.example, reviewed 2026-11-02, valid until 2027-05-02 (https://wiki.acme.example/credit-default/training-tests); not automated: nothing in modelgate automates this test",
          step: "Nothing in modelgate automates this test yet: half a point is the most a declaration earns."
        },
        {
          id: "infra-3",
          section: "infra",
          number: 3,
          title: "The ML pipeline is integration tested",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: nothing in modelgate automates this test; no valid declaration",
          step: "Document the end-to-end pipeline test and where it runs, then declare it in models/<model>/ml-test-score.yaml with a document link, an owner and a review date (half a point; nothing automates this test)."
        },
        {
          id: "infra-4",
          section: "infra",
          number: 4,
          title: "Model quality is validated before serving",
          refused: [],
          points: 1,
          mode: "automated",
          source: {
            type: "policy",
            file: "modelgate.yaml",
            environment: "production",
            fields: ["requireEvaluation", "metrics"]
          },
          reason: "automated: the registry gate requires evaluation against metric thresholds (modelgate.yaml, environment production)",
          step: null
        },
        {
          id: "infra-5",
          section: "infra",
          number: 5,
          title: "The model is debuggable",
          refused: [],
          points: 0.5,
          mode: "manual",
          source: {
            type: "declaration",
            file: "models/credit-default/ml-test-score.yaml",
            line: 49,
            document: "https://wiki.acme.example/credit-default/debugging",
            owner: "risk-ml@acme.example"
          },
          reason: "manual: declared by risk-ml@acme.example, reviewed 2026-11-02, valid until 2027-05-02 (https://wiki.acme.example/credit-default/debugging); not automated: nothing in modelgate automates this test",
          step: "Nothing in modelgate automates this test yet: half a point is the most a declaration earns."
        },
        {
          id: "infra-6",
          section: "infra",
          number: 6,
          title: "Models are canaried before serving",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: the history shows no canary of credit-default in production; no valid declaration",
          step: "Set `requireCanary: true` in the environment's policy and promote with `--canary <pct>`."
        },
        {
          id: "infra-7",
          section: "infra",
          number: 7,
          title: "Serving models can be rolled back",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: the history shows no rollback of credit-default in the last 90 days; no valid declaration",
          step: "Roll the model back (a drill in staging counts) with `modelgate rollback`, at least once per rollback window."
        },
        {
          id: "monitor-1",
          section: "monitor",
          number: 1,
          title: "Dependency changes result in notification",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: no dependabot or Renovate configuration in the repository; no valid declaration",
          step: "Add .github/dependabot.yml (or renovate.json) so dependency changes open pull requests."
        },
        {
          id: "monitor-2",
          section: "monitor",
          number: 2,
          title: "Data invariants hold for inputs",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: no verified data-validation evidence shows a serving sample satisfies the data contract of the training data; no valid declaration",
          step: "Run `modelgate validate-data --environment serving --reference <training data or profile>` on a recent serving sample (registered as a dataset version) and list the report with the version."
        },
        {
          id: "monitor-3",
          section: "monitor",
          number: 3,
          title: "Training and serving are not skewed",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: no verified data-validation evidence shows serving features are not skewed from training; no valid declaration",
          step: "Run `modelgate validate-data --environment serving --reference <training data or profile>` so skew is measured per feature, and list the report with the version."
        },
        {
          id: "monitor-4",
          section: "monitor",
          number: 4,
          title: "Models are not too stale",
          refused: [],
          points: 1,
          mode: "automated",
          source: {
            type: "policy",
            file: "modelgate.yaml",
            environment: "production",
            fields: ["maxModelAgeDays"]
          },
          reason: "automated: the model is 3 days old, within the policy's 90 (modelgate.yaml, environment production)",
          step: null
        },
        {
          id: "monitor-5",
          section: "monitor",
          number: 5,
          title: "Models are numerically stable",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: no verified evaluation evidence shows every prediction is finite; no valid declaration",
          step: 'Run the evaluation, which checks every prediction is finite ("finite" check).'
        },
        {
          id: "monitor-6",
          section: "monitor",
          number: 6,
          title: "Computing performance has not regressed",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: no verified evaluation evidence shows latency is within the limits of the champion's; no valid declaration",
          step: 'Evaluate against the current champion with latency measurement on, so the report carries a passed "latency" check.'
        },
        {
          id: "monitor-7",
          section: "monitor",
          number: 7,
          title: "Prediction quality has not regressed",
          refused: [],
          points: 0,
          mode: "none",
          source: null,
          reason: "no points: no verified evaluation evidence shows quality holds on recently labelled data; no valid declaration",
          step: "Evaluate the model on recently labelled data (registered as a dataset version) (not the lineage train/test sets), within the evidence window."
        }
      ],
      sections: {
        data: 1.5,
        model: 2.5,
        infra: 2,
        monitor: 1
      },
      score: 1,
      limitingSections: ["monitor"],
      band: {
        range: "(0, 1]",
        text: "Not totally untested, but it is worth considering the possibility of serious holes in reliability."
      },
      minimum: 1,
      passed: true,
      evidence: [],
      declarations: [
        {
          test: "data-3",
          line: 7,
          accepted: true,
          reason: "valid until 2027-05-02"
        },
        {
          test: "data-4",
          line: 13,
          accepted: true,
          reason: "valid until 2027-05-02"
        },
        {
          test: "data-5",
          line: 19,
          accepted: true,
          reason: "valid until 2027-10-15"
        },
        {
          test: "model-2",
          line: 25,
          accepted: true,
          reason: "valid until 2027-04-01"
        },
        {
          test: "model-3",
          line: 31,
          accepted: true,
          reason: "valid until 2027-05-02"
        },
        {
          test: "model-4",
          line: 37,
          accepted: true,
          reason: "valid until 2027-03-15"
        },
        {
          test: "infra-2",
          line: 43,
          accepted: true,
          reason: "valid until 2027-05-02"
        },
        {
          test: "infra-5",
          line: 49,
          accepted: true,
          reason: "valid until 2027-05-02"
        }
      ],
      settings: {
        now: "2026-11-23T17:02:31.422Z",
        maxEvidenceAgeDays: 30,
        rollbackWindowDays: 90,
        declarationValidityDays: 365
      }
    }
  ]
};

// schemas/model.schema.json
var model_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/model.schema.json",
  title: "Model",
  description: "A model (models/<model>/model.yaml): who owns it, what it predicts, on which data, and its input/output signature.",
  type: "object",
  required: ["name", "owner", "task", "dataset", "label", "signature"],
  additionalProperties: false,
  properties: {
    name: {
      description: "The model name; must match the directory models/<model>/.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    description: {
      description: "What the model predicts, in one sentence.",
      type: "string"
    },
    owner: {
      description: "The owning team or person (e.g. an e-mail address).",
      type: "string",
      minLength: 1
    },
    task: {
      description: "The prediction task.",
      enum: ["binary-classification", "multiclass-classification", "regression"]
    },
    dataset: {
      description: "The dataset (datasets/<dataset>) the model is trained and evaluated on.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    label: {
      description: "The label column in the dataset.",
      type: "string",
      minLength: 1
    },
    signature: {
      description: "How to feed the ONNX model and read its predictions.",
      type: "object",
      required: ["inputs", "outputs"],
      additionalProperties: false,
      properties: {
        inputs: {
          description: "The model's inputs.",
          type: "object",
          required: ["mode", "features"],
          additionalProperties: false,
          properties: {
            mode: {
              description: "tensor: one [N, F] tensor of features in the given order; columns: one input per column, named after it.",
              enum: ["tensor", "columns"]
            },
            name: {
              description: "The tensor input's name (mode tensor).",
              type: "string",
              minLength: 1
            },
            dtype: {
              description: "Element type of the tensor (mode tensor).",
              enum: ["float32", "float64", "int64", "string"],
              default: "float32"
            },
            features: {
              description: "The feature column names, in tensor order.",
              type: "array",
              minItems: 1,
              items: { description: "A column name of the dataset.", type: "string", minLength: 1 }
            }
          },
          if: { properties: { mode: { const: "tensor" } }, required: ["mode"] },
          then: { required: ["name"] }
        },
        outputs: {
          description: "The model's prediction output.",
          type: "object",
          required: ["kind", "name"],
          additionalProperties: false,
          properties: {
            kind: {
              description: "probabilities: a [N,1], [N,2] or [N,K] tensor; zipmap: a sequence of class->probability maps; value: the predicted value (regression).",
              enum: ["probabilities", "zipmap", "value"]
            },
            name: {
              description: "The output tensor name.",
              type: "string",
              minLength: 1
            },
            positiveClass: {
              description: "Binary classification: index (or zipmap key) of the positive class.",
              type: ["integer", "string"],
              default: 1
            },
            classes: {
              description: "Multiclass classification: the class labels in output order.",
              type: "array",
              minItems: 2,
              items: { description: "A class label.", type: ["string", "integer"] }
            }
          }
        }
      }
    },
    decisionThreshold: {
      description: "Binary classification: predicted positive when the positive-class probability is >= this.",
      type: "number",
      minimum: 0,
      maximum: 1,
      default: 0.5
    },
    slices: {
      description: "Important slices: columns whose every value is evaluated separately and limited by maxSliceDrop.",
      type: "array",
      items: { description: "A column name of the dataset.", type: "string", minLength: 1 }
    },
    protectedAttributes: {
      description: "Columns on which fairness metrics are computed.",
      type: "array",
      items: { description: "A column name of the dataset.", type: "string", minLength: 1 }
    },
    labels: {
      description: "Free-form string labels (team, cost centre, ...).",
      type: "object",
      additionalProperties: { description: "A label value.", type: "string" }
    }
  },
  examples: [
    {
      name: "credit-default",
      description: "Probability that a loan defaults within 12 months",
      owner: "risk-ml@acme.example",
      task: "binary-classification",
      dataset: "loans",
      label: "default",
      signature: {
        inputs: { mode: "tensor", name: "input", dtype: "float32", features: ["age", "income"] },
        outputs: { kind: "probabilities", name: "probabilities", positiveClass: 1 }
      },
      decisionThreshold: 0.5,
      slices: ["region", "employment_type"],
      protectedAttributes: ["gender"],
      labels: { team: "risk" }
    }
  ]
};

// schemas/model-version.schema.json
var model_version_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/model-version.schema.json",
  title: "ModelVersion",
  description: "One registered version of a model (models/<model>/versions/<version>.yaml): the artifact by digest, its lineage and its evaluation evidence.",
  type: "object",
  required: ["model", "version", "createdAt", "artifact"],
  additionalProperties: false,
  properties: {
    model: {
      description: "The model name; must match the directory models/<model>/.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    version: {
      description: 'The version; must match the file name <version>.yaml. Quote it in YAML when it looks like a number ("1.0").',
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    createdAt: {
      description: "When the version was trained or built (RFC 3339 date-time); used by maxModelAgeDays.",
      type: "string",
      format: "date-time"
    },
    artifact: {
      description: "The model file, bound by digest.",
      type: "object",
      required: ["uri", "sha256", "bytes", "format"],
      additionalProperties: false,
      properties: {
        uri: {
          description: "Where the artifact is: file:<path inside the repository> or https://<allowed host>/...",
          type: "string",
          pattern: "^(file:[^\\s]+|https://[^\\s]+)$"
        },
        sha256: {
          description: "sha256 of the artifact, 64 lowercase hex characters.",
          type: "string",
          pattern: "^[0-9a-f]{64}$"
        },
        bytes: {
          description: "Size of the artifact in bytes.",
          type: "integer",
          minimum: 1
        },
        format: {
          description: "The artifact format.",
          enum: ["onnx"]
        },
        referencePredictions: {
          description: "What the model predicted at training time on its test data (CSV), stored beside the artifact; `modelgate evaluate --registry` compares onnxruntime's outputs with it row by row (parity).",
          type: "object",
          required: ["uri", "sha256"],
          additionalProperties: false,
          properties: {
            uri: {
              description: "file:<path inside the repository>, under artifacts/.",
              type: "string",
              pattern: "^file:[^\\s]+$"
            },
            sha256: {
              description: "sha256 of the file, 64 lowercase hex characters.",
              type: "string",
              pattern: "^[0-9a-f]{64}$"
            }
          }
        }
      }
    },
    lineage: {
      description: "Where the version came from: training code, data and parameters.",
      type: "object",
      additionalProperties: false,
      properties: {
        codeCommit: {
          description: "The commit of the training code (7 to 64 hex characters).",
          type: "string",
          pattern: "^[0-9a-f]{7,64}$"
        },
        datasets: {
          description: "The dataset versions used, bound by digest.",
          type: "array",
          items: {
            description: "One dataset version and what it was used for.",
            type: "object",
            required: ["name", "version", "sha256", "role"],
            additionalProperties: false,
            properties: {
              name: {
                description: "The dataset name (datasets/<name>).",
                type: "string",
                pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
              },
              version: {
                description: "The dataset version (datasets/<name>/versions/<version>.yaml).",
                type: "string",
                pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
              },
              sha256: {
                description: "sha256 of the data file, 64 lowercase hex characters.",
                type: "string",
                pattern: "^[0-9a-f]{64}$"
              },
              role: {
                description: "What the data was used for.",
                enum: ["train", "test", "validation"]
              }
            }
          }
        },
        params: {
          description: "Free-form training parameters.",
          type: "object",
          additionalProperties: true
        }
      }
    },
    evaluation: {
      description: "Evaluation results: headline metrics and the evidence files behind them.",
      type: "object",
      additionalProperties: false,
      properties: {
        summary: {
          description: "Headline metrics by name; informational, gates read the evidence.",
          type: "object",
          propertyNames: { pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$" },
          additionalProperties: { description: "A metric value.", type: "number" }
        },
        evidence: {
          description: "Evidence files, bound by digest.",
          type: "array",
          items: {
            description: "One evidence file.",
            type: "object",
            required: ["kind", "uri", "sha256"],
            additionalProperties: false,
            properties: {
              kind: {
                description: "The report kind in the file.",
                enum: [
                  "data-profile",
                  "data-validation",
                  "evaluation",
                  "ml-test-score-report",
                  "registry-check",
                  "deploy-plan"
                ]
              },
              uri: {
                description: "Where the evidence is: file:<path inside the repository> or an https:// URL.",
                type: "string",
                pattern: "^(file:[^\\s]+|https://[^\\s]+)$"
              },
              sha256: {
                description: "sha256 of the evidence file, 64 lowercase hex characters.",
                type: "string",
                pattern: "^[0-9a-f]{64}$"
              }
            }
          }
        }
      }
    },
    status: {
      description: "active, or deprecated (may no longer be promoted).",
      enum: ["active", "deprecated"],
      default: "active"
    },
    deprecation: {
      description: "Why and when the version was deprecated (required when status is deprecated).",
      type: "object",
      required: ["reason", "at"],
      additionalProperties: false,
      properties: {
        reason: {
          description: "Why it was deprecated.",
          type: "string",
          minLength: 1
        },
        at: {
          description: "When it was deprecated (RFC 3339 date-time).",
          type: "string",
          format: "date-time"
        }
      }
    },
    metadata: {
      description: "Free-form metadata.",
      type: "object",
      additionalProperties: true
    }
  },
  if: { properties: { status: { const: "deprecated" } }, required: ["status"] },
  then: { required: ["deprecation"] },
  examples: [
    {
      model: "credit-default",
      version: "1.0.0",
      createdAt: "2026-09-01T12:00:00Z",
      artifact: {
        uri: "file:artifacts/credit-default/1.0.0/model.onnx",
        sha256: "3f2a0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a089f86d081884c7d659a2",
        bytes: 12345,
        format: "onnx"
      },
      lineage: {
        codeCommit: "0123abcd",
        datasets: [
          {
            name: "loans",
            version: "2026-08",
            sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            role: "train"
          }
        ],
        params: { C: 1 }
      },
      evaluation: {
        summary: { roc_auc: 0.81, log_loss: 0.43 },
        evidence: [
          {
            kind: "evaluation",
            uri: "file:evidence/credit-default/1.0.0/evaluation.json",
            sha256: "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"
          }
        ]
      },
      status: "active"
    }
  ]
};

// schemas/registry.schema.json
var registry_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/registry.schema.json",
  title: "Registry",
  description: "The registry's configuration (modelgate.yaml): environments in promotion order with their policies, the artifact and data allow-lists and evidence freshness.",
  type: "object",
  required: ["name", "environments"],
  additionalProperties: false,
  properties: {
    name: {
      description: "The registry name.",
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
    },
    defaultBranch: {
      description: "The branch whose head is the deployed state; merging into it deploys.",
      type: "string",
      minLength: 1,
      default: "main"
    },
    environments: {
      description: "The environments in promotion order: a version enters an environment only after it was live in the one before it.",
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/environment"
      }
    },
    artifacts: {
      description: "Where model artifacts may live.",
      type: "object",
      additionalProperties: false,
      properties: {
        allowedHosts: {
          description: "Host names from which http(s) artifacts are allowed; file: artifacts must stay inside the repository.",
          type: "array",
          items: {
            description: "A host name, e.g. models.acme.example.",
            type: "string",
            pattern: "^[A-Za-z0-9.-]+(:[0-9]{1,5})?$"
          }
        }
      }
    },
    data: {
      description: "Where data inputs may be downloaded from: the hosts an http(s) URL given to profile, infer-schema, validate-data or dataset register (and every redirect it makes) may come from.",
      type: "object",
      additionalProperties: false,
      properties: {
        allowedHosts: {
          description: "Host names (host or host:port) from which http(s) data may be downloaded; without any, data URLs are refused.",
          type: "array",
          items: {
            description: "A host name, e.g. data.acme.example.",
            type: "string",
            pattern: "^[A-Za-z0-9.-]+(:[0-9]{1,5})?$"
          }
        }
      }
    },
    evidence: {
      description: "Rules for evidence files.",
      type: "object",
      additionalProperties: false,
      properties: {
        maxAgeDays: {
          description: "Evidence older than this many days is stale and does not count.",
          type: "integer",
          minimum: 1
        },
        trustedWorkflows: {
          description: "The GitHub Actions workflows whose runs may vouch for evidence under evidence.verify: provenance (or either): the run that made a file must have run one of these, at this ref, on the version's lineage.codeCommit, concluded success and uploaded the file's exact bytes. Empty or absent: no run is trusted.",
          type: "array",
          uniqueItems: true,
          items: {
            description: "owner/repo/.github/workflows/file.yml@ref, in the form of GITHUB_WORKFLOW_REF, e.g. acme/churn-model/.github/workflows/evidence.yml@refs/heads/main (for a reusable workflow: its caller).",
            type: "string",
            pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml@refs/(heads|tags)/[^\\s]+$"
          }
        }
      }
    }
  },
  $defs: {
    environment: {
      title: "RegistryEnvironment",
      description: "One deployment environment and the policy a version must meet to enter it.",
      type: "object",
      required: ["name"],
      additionalProperties: false,
      properties: {
        name: {
          description: "The environment name; environments/<name>/ holds its desired state.",
          type: "string",
          pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"
        },
        description: {
          description: "What the environment serves, for people reading the policy.",
          type: "string"
        },
        policy: {
          description: "The gate a promotion into this environment must pass; omitted means no gate beyond schema and digest checks.",
          $ref: "#/$defs/policy"
        }
      }
    },
    policy: {
      title: "EnvironmentPolicy",
      description: "The gate a promotion into the environment must pass.",
      type: "object",
      additionalProperties: false,
      properties: {
        requireEvaluation: {
          description: "Require evaluation evidence bound to the artifact digest.",
          type: "boolean",
          default: false
        },
        metrics: {
          description: "Metric thresholds by metric name (e.g. roc_auc, log_loss), with MLflow MetricThreshold semantics.",
          type: "object",
          propertyNames: {
            pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$"
          },
          additionalProperties: {
            $ref: "#/$defs/metricThreshold"
          }
        },
        maxSliceDrop: {
          description: "No important slice may drop by more than this (absolute, in metric units) against the champion.",
          type: "number",
          minimum: 0
        },
        maxLatencyRatio: {
          description: "The challenger's p95 batch latency may be at most this multiple of the champion's, measured in the same evaluation (e.g. 1.5).",
          type: "number",
          exclusiveMinimum: 0
        },
        fairness: {
          description: "Limits on the gaps between groups of each protected attribute.",
          type: "object",
          additionalProperties: false,
          properties: {
            demographicParityDifference: {
              description: "Maximum difference in positive-prediction rate between groups (0..1).",
              type: "number",
              minimum: 0,
              maximum: 1
            },
            equalOpportunityDifference: {
              description: "Maximum difference in true-positive rate between groups (0..1).",
              type: "number",
              minimum: 0,
              maximum: 1
            }
          }
        },
        requireDataValidation: {
          description: "Require data-validation evidence: every data-validation report the version lists must verify and pass (verdict pass or warn) on its own. true: at least one report. A list names the reports that must be among them: training (the version's training data against the dataset schema: environment training, its data input one of the lineage's training datasets) and serving (a serving sample against the training data: environment serving, comparison skew).",
          oneOf: [
            {
              description: "At least one data-validation report, every listed one passing.",
              type: "boolean"
            },
            {
              description: "The reports required, each checked on its own.",
              type: "array",
              minItems: 1,
              uniqueItems: true,
              items: {
                description: "A required report: training or serving.",
                enum: ["training", "serving"]
              }
            }
          ],
          default: false
        },
        minTestScore: {
          description: "Minimum ML Test Score (the minimum of the four section sums).",
          type: "number",
          minimum: 0
        },
        maxModelAgeDays: {
          description: "The version's createdAt may be no older than this many days.",
          type: "integer",
          minimum: 1
        },
        requiredApprovals: {
          description: "Number of approving reviews the pull request needs: the latest review of each reviewer with write permission who is not the pull request's author.",
          type: "integer",
          minimum: 0,
          default: 0
        },
        allowStaleApprovals: {
          description: "An approval given on an earlier head commit of the pull request still counts. Default false: a new push needs new approvals.",
          type: "boolean",
          default: false
        },
        requireCanary: {
          description: "A new version must pass through a canary before it takes all traffic.",
          type: "boolean",
          default: false
        },
        evidence: {
          description: "How the gate verifies the evidence it decides on (evaluation and data-validation reports) before their figures count, for the gate and for the ML Test Score's automated points.",
          type: "object",
          additionalProperties: false,
          properties: {
            verify: {
              description: "recompute: the gate re-derives every figure it decides on from digest-bound inputs (the artifacts, the registered dataset versions) and blocks on any difference; provenance: the gate proves which trusted workflow run made each file (designed, not built yet: fails closed); either: recompute, else provenance; none: figures are taken on trust and earn no automated ML Test Score point.",
              enum: ["recompute", "provenance", "either", "none"],
              default: "recompute"
            }
          }
        }
      }
    },
    metricThreshold: {
      title: "MetricThreshold",
      description: "A metric threshold (MLflow MetricThreshold semantics): an absolute bound and a minimum change against the champion.",
      type: "object",
      required: ["greaterIsBetter"],
      additionalProperties: false,
      properties: {
        threshold: {
          description: "Absolute bound: the candidate's value must be >= (greaterIsBetter) or <= this.",
          type: "number"
        },
        minAbsoluteChange: {
          description: "Minimum improvement over the champion in metric units (0 means no worse).",
          type: "number",
          minimum: 0
        },
        minRelativeChange: {
          description: "Minimum improvement over the champion as a fraction of the champion's value (0 means no worse).",
          type: "number",
          minimum: 0
        },
        greaterIsBetter: {
          description: "True when larger values are better (accuracy, roc_auc), false when smaller are (log_loss, rmse).",
          type: "boolean"
        }
      }
    }
  },
  examples: [
    {
      name: "acme-ml",
      defaultBranch: "main",
      environments: [
        {
          name: "staging",
          policy: {
            requireEvaluation: true,
            metrics: {
              roc_auc: {
                threshold: 0.7,
                greaterIsBetter: true
              }
            },
            requiredApprovals: 0
          }
        },
        {
          name: "production",
          policy: {
            requireEvaluation: true,
            metrics: {
              roc_auc: {
                threshold: 0.75,
                minAbsoluteChange: 0,
                greaterIsBetter: true
              },
              log_loss: {
                threshold: 0.6,
                greaterIsBetter: false
              }
            },
            maxSliceDrop: 0.05,
            maxLatencyRatio: 1.5,
            fairness: {
              demographicParityDifference: 0.1,
              equalOpportunityDifference: 0.1
            },
            requireDataValidation: ["training", "serving"],
            minTestScore: 1,
            maxModelAgeDays: 180,
            requiredApprovals: 1,
            requireCanary: true
          }
        }
      ],
      artifacts: {
        allowedHosts: ["models.acme.example"]
      },
      evidence: {
        maxAgeDays: 30
      }
    }
  ]
};

// schemas/registry-check.schema.json
var registry_check_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://modelgate.dev/schemas/registry-check.schema.json",
  title: "RegistryCheck",
  description: "The policy gate's report on a registry change (modelgate check): every changed file, how the change was classified, every check and every blocking reason.",
  allOf: [
    {
      $ref: "https://modelgate.dev/schemas/evidence-envelope.schema.json"
    },
    {
      type: "object",
      required: [
        "kind",
        "base",
        "head",
        "mergeBase",
        "desiredStateChanged",
        "blocked",
        "changes",
        "blocking"
      ],
      properties: {
        kind: {
          description: "Always registry-check.",
          const: "registry-check"
        },
        base: {
          description: "The base commit (the default branch).",
          $ref: "#/$defs/oid"
        },
        head: {
          description: "The head commit (the change).",
          $ref: "#/$defs/oid"
        },
        mergeBase: {
          description: "The merge base the diff starts from.",
          $ref: "#/$defs/oid"
        },
        desiredStateChanged: {
          description: "False when the change touches no registry file, or the head is the base: there is no change to the desired state to gate.",
          type: "boolean"
        },
        blocked: {
          description: "True when at least one check failed: the change may not merge.",
          type: "boolean"
        },
        changes: {
          description: "One entry per changed registry file.",
          type: "array",
          items: {
            $ref: "#/$defs/change"
          }
        },
        blocking: {
          description: "Every failed check, flattened, with its location.",
          type: "array",
          items: {
            $ref: "#/$defs/blocking"
          }
        },
        evidence: {
          description: "Every evidence file the gate decided on for a version entering an environment (or the ML Test Score asked about), and how it was verified under that environment's evidence.verify.",
          type: "array",
          items: {
            $ref: "#/$defs/evidenceVerification"
          }
        },
        approvals: {
          description: "Who approved the change, per environment whose policy requires approvals (null: no changed environment requires any).",
          oneOf: [{ type: "null" }, { $ref: "#/$defs/approvals" }]
        },
        competing: {
          description: "Other open pull requests that change the same (model, environment): whichever merges second is gated again against the new base.",
          type: "array",
          items: {
            $ref: "#/$defs/competing"
          }
        }
      }
    }
  ],
  $defs: {
    approvals: {
      description: "The approvals the gate counted.",
      type: "object",
      required: ["source", "pullRequest", "author", "headSha", "environments"],
      additionalProperties: false,
      properties: {
        source: {
          description: "github: the pull request's reviews; local: approvals recorded with --approved-by; not-judged: deliberately not judged by this run (a re-gate of a merged state); direct-push: a push with commits no merged pull request holds (only a rollback deploys without approvals); null: no reviews were given to the gate (a required approval then fails).",
          enum: ["github", "local", "not-judged", "direct-push", null]
        },
        pullRequest: {
          description: "The pull request, e.g. #12 or local-3.",
          type: ["string", "null"]
        },
        author: {
          description: "Who opened the change (never counted).",
          type: ["string", "null"]
        },
        headSha: {
          description: "The pull request's head commit: an approval of another commit is stale.",
          oneOf: [{ type: "null" }, { $ref: "#/$defs/oid" }]
        },
        environments: {
          description: "One entry per environment whose requiredApprovals applied.",
          type: "array",
          items: {
            type: "object",
            required: [
              "environment",
              "required",
              "allowStaleApprovals",
              "approvedBy",
              "setAside",
              "satisfied"
            ],
            additionalProperties: false,
            properties: {
              environment: { description: "The environment.", type: "string" },
              required: { description: "Approvals required.", type: "integer", minimum: 0 },
              allowStaleApprovals: {
                description: "Whether an approval of an earlier head commit counted.",
                type: "boolean"
              },
              approvedBy: {
                description: "The approvals that counted.",
                type: "array",
                items: {
                  type: "object",
                  required: ["login", "commit", "submittedAt"],
                  additionalProperties: false,
                  properties: {
                    login: { description: "The reviewer.", type: "string" },
                    commit: { description: "The head commit approved.", type: "string" },
                    submittedAt: { description: "When.", type: ["string", "null"] }
                  }
                }
              },
              setAside: {
                description: "Reviews that did not count, with the reason.",
                type: "array",
                items: {
                  type: "object",
                  required: ["login", "reason", "detail"],
                  additionalProperties: false,
                  properties: {
                    login: { description: "The reviewer.", type: "string" },
                    reason: {
                      description: "Why it did not count.",
                      enum: ["author", "no-write-permission", "stale", "changes-requested", "dismissed"]
                    },
                    detail: { description: "For people.", type: "string" }
                  }
                }
              },
              satisfied: { description: "Enough approvals counted.", type: "boolean" }
            }
          }
        }
      }
    },
    competing: {
      description: "Another open pull request changing the same (model, environment).",
      type: "object",
      required: ["pullRequest", "url", "title", "model", "environment"],
      additionalProperties: false,
      properties: {
        pullRequest: { description: "Its number, e.g. #7.", type: "string" },
        url: { description: "Where it is.", type: "string" },
        title: { description: "Its title.", type: "string" },
        model: { description: "The model both change.", type: "string" },
        environment: { description: "The environment both change.", type: "string" }
      }
    },
    oid: {
      description: "A git commit id.",
      type: "string",
      pattern: "^[0-9a-f]{40}$"
    },
    nullableName: {
      description: "A model, version or environment name, or null.",
      type: ["string", "null"]
    },
    change: {
      description: "One changed file and the checks run on it.",
      type: "object",
      required: [
        "path",
        "fileKind",
        "kind",
        "environment",
        "model",
        "version",
        "from",
        "to",
        "traffic",
        "qualityGatesSkipped",
        "checks"
      ],
      additionalProperties: false,
      properties: {
        path: {
          description: "The file's path in the registry.",
          type: "string"
        },
        fileKind: {
          description: "The file's class in the registry layout (packages/core/src/layout.ts): a manifest kind, artifact, evidence, misnamed (a .yml manifest), unknown (no class), or repository (outside the registry's directories; listed only when refused).",
          enum: [
            "registry",
            "model",
            "model-version",
            "environment",
            "ml-test-score",
            "dataset-schema",
            "dataset-version",
            "artifact",
            "evidence",
            "misnamed",
            "unknown",
            "repository"
          ]
        },
        kind: {
          description: "What the change does: promote, canary, complete, rollback, retire (environment files), register, deprecate (version files), policy (modelgate.yaml), add (an artifact or evidence file of a registration), edit (anything else), none (no state change).",
          enum: [
            "promote",
            "canary",
            "complete",
            "rollback",
            "retire",
            "register",
            "deprecate",
            "policy",
            "add",
            "edit",
            "none"
          ]
        },
        environment: {
          description: "The environment, for environment files.",
          $ref: "#/$defs/nullableName"
        },
        model: {
          description: "The model concerned.",
          $ref: "#/$defs/nullableName"
        },
        version: {
          description: "The version entering an environment, or the version file's version.",
          $ref: "#/$defs/nullableName"
        },
        from: {
          description: "The version traffic moves from.",
          $ref: "#/$defs/nullableName"
        },
        to: {
          description: "The version traffic moves to.",
          $ref: "#/$defs/nullableName"
        },
        traffic: {
          description: "Percent of traffic `to` serves afterwards.",
          type: ["integer", "null"],
          minimum: 0,
          maximum: 100
        },
        qualityGatesSkipped: {
          description: "True for rollbacks: the quality gates did not run (recorded).",
          type: "boolean"
        },
        checks: {
          description: "Every check run on the change.",
          type: "array",
          items: {
            $ref: "#/$defs/check"
          }
        }
      }
    },
    check: {
      description: "One check and its outcome.",
      type: "object",
      required: ["id", "status", "message"],
      additionalProperties: false,
      properties: {
        id: {
          description: "The check: schema, references, artifact, environment-order, deprecated, canary-required, model-age, evidence:<kind>, evidence-binding, verify:<kind> (the evidence file's figures verified as the environment's evidence.verify asks), verify:champion (the champion's baseline verified), data-validation:<training|serving>, metric:<name>, slices, fairness, latency, ml-test-score, approvals, immutable, layout, refused-path, policy-change, rollback-target, quality-gates, or a pluggable check's id.",
          type: "string",
          minLength: 1
        },
        status: {
          description: "fail blocks the change; skip records a check that did not run.",
          enum: ["pass", "fail", "warn", "skip"]
        },
        message: {
          description: "What was found, for people.",
          type: "string"
        },
        file: {
          description: "The file the finding is about.",
          type: "string"
        },
        line: {
          description: "1-based line in `file`, when known.",
          type: ["integer", "null"],
          minimum: 1
        },
        field: {
          description: "Dotted field path in `file`.",
          type: "string"
        }
      }
    },
    evidenceVerification: {
      description: "How one evidence file was verified for one environment.",
      type: "object",
      required: [
        "uri",
        "sha256",
        "kind",
        "subject",
        "environment",
        "mode",
        "status",
        "method",
        "message",
        "mismatches",
        "seconds",
        "rows",
        "cached"
      ],
      additionalProperties: false,
      properties: {
        uri: {
          description: "The evidence file as the version lists it.",
          type: "string"
        },
        sha256: {
          description: "Its sha256.",
          type: "string",
          pattern: "^[0-9a-f]{64}$"
        },
        kind: {
          description: "The report kind (evaluation, data-validation).",
          type: "string"
        },
        subject: {
          description: "model@version the evidence is about.",
          type: "string"
        },
        environment: {
          description: "The environment whose policy asked.",
          type: "string"
        },
        mode: {
          description: "The environment's evidence.verify.",
          enum: ["recompute", "provenance", "either", "none"]
        },
        status: {
          description: "verified: re-derived (or its run proven) and in agreement; refused: its figures disagree with their re-derivation; unverified: it could not be checked here (or verify is none).",
          enum: ["verified", "refused", "unverified"]
        },
        method: {
          description: "How it was verified; null unless verified.",
          enum: ["recompute", "provenance", null]
        },
        message: {
          description: "What was found: the figures compared and the cost, each figure that disagrees, or why it could not be verified and the fix.",
          type: "string"
        },
        mismatches: {
          description: "Every figure that disagrees, with the value the file claims and the recomputed one.",
          type: "array",
          items: {
            description: "One figure.",
            type: "object",
            required: ["figure", "claimed", "recomputed"],
            additionalProperties: false,
            properties: {
              figure: {
                description: "Where in the report, e.g. models[challenger].metrics.roc_auc.",
                type: "string"
              },
              claimed: {
                description: "The value in the evidence file (null when absent)."
              },
              recomputed: {
                description: "The re-derived value (null when absent)."
              }
            }
          }
        },
        seconds: {
          description: "Wall-clock seconds the verification took (fetching and re-running); null when nothing ran.",
          type: ["number", "null"],
          minimum: 0
        },
        rows: {
          description: "Data rows re-read; null when nothing ran.",
          type: ["integer", "null"],
          minimum: 0
        },
        cached: {
          description: "True when an identical re-derivation (the same inputs by digest, the same settings) was reused.",
          type: "boolean"
        }
      }
    },
    blocking: {
      description: "One reason the change is blocked.",
      type: "object",
      required: ["path", "check", "message"],
      additionalProperties: false,
      properties: {
        path: {
          description: "The changed file the reason belongs to.",
          type: "string"
        },
        check: {
          description: "The failed check's id.",
          type: "string"
        },
        message: {
          description: "Why it failed.",
          type: "string"
        },
        file: {
          description: "The file to fix.",
          type: "string"
        },
        line: {
          description: "1-based line in `file`, when known.",
          type: ["integer", "null"],
          minimum: 1
        },
        field: {
          description: "Dotted field path in `file`.",
          type: "string"
        }
      }
    }
  },
  examples: [
    {
      kind: "registry-check",
      schemaVersion: 1,
      tool: {
        name: "modelgate",
        version: "0.1.0"
      },
      context: {
        commit: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ref: null,
        runUrl: null,
        ci: false
      },
      createdAt: "2026-11-20T12:00:00.000Z",
      subject: "credit-default@3.0.0",
      inputs: [
        {
          role: "manifest",
          uri: "file:environments/production/credit-default.yaml",
          sha256: "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
        }
      ],
      verdict: "fail",
      base: "cccccccccccccccccccccccccccccccccccccccc",
      head: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      mergeBase: "cccccccccccccccccccccccccccccccccccccccc",
      desiredStateChanged: true,
      blocked: true,
      changes: [
        {
          path: "environments/production/credit-default.yaml",
          fileKind: "environment",
          kind: "promote",
          environment: "production",
          model: "credit-default",
          version: "3.0.0",
          from: "1.0.0",
          to: "3.0.0",
          traffic: 100,
          qualityGatesSkipped: false,
          checks: [
            {
              id: "schema",
              status: "pass",
              message: "valid environment",
              file: "environments/production/credit-default.yaml"
            },
            {
              id: "environment-order",
              status: "fail",
              message: "3.0.0 must be live in staging before it enters production",
              file: "environments/production/credit-default.yaml",
              line: 4,
              field: "version"
            }
          ]
        }
      ],
      blocking: [
        {
          path: "environments/production/credit-default.yaml",
          check: "environment-order",
          message: "3.0.0 must be live in staging before it enters production",
          file: "environments/production/credit-default.yaml",
          line: 4,
          field: "version"
        }
      ]
    }
  ]
};

// packages/core/src/schemas.ts
var SCHEMAS = {
  "evidence-envelope": evidence_envelope_schema_default,
  registry: registry_schema_default,
  model: model_schema_default,
  "model-version": model_version_schema_default,
  environment: environment_schema_default,
  "dataset-schema": dataset_schema_schema_default,
  "dataset-version": dataset_version_schema_default,
  "data-profile": data_profile_schema_default,
  "data-validation": data_validation_schema_default,
  "ml-test-score": ml_test_score_schema_default,
  "ml-test-score-report": ml_test_score_report_schema_default,
  "registry-check": registry_check_schema_default,
  "deploy-plan": deploy_plan_schema_default,
  evaluation: evaluation_schema_default
};
var SCHEMA_NAMES = Object.freeze(Object.keys(SCHEMAS));
var requireValidator = createRequire(import.meta.url);
var compiled = /* @__PURE__ */ new Map();
function getSchema(name) {
  const schema = SCHEMAS[name];
  if (schema === void 0) throw new Error(`unknown schema "${name}"; known: ${SCHEMA_NAMES.join(", ")}`);
  return schema;
}
function validatorFor(name) {
  let validate = compiled.get(name);
  if (validate === void 0) {
    getSchema(name);
    const module = requireValidator(`./generated/validators/${name}.cjs`);
    validate = module.validate;
    compiled.set(name, validate);
  }
  return validate;
}
function validateValue(schemaName, value) {
  const validate = validatorFor(schemaName);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(toSchemaError);
}
function toSchemaError(e) {
  const out = {
    instancePath: e.instancePath,
    keyword: e.keyword,
    message: e.message ?? e.keyword,
    params: e.params
  };
  if (e.parentSchema !== void 0) out.parentSchema = e.parentSchema;
  if (e.propertyName !== void 0) out.propertyName = e.propertyName;
  return out;
}

// packages/core/src/text.ts
function bytePosition(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function findControlByte(bytes) {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 || b === 127) return i;
  }
  return -1;
}
function findInvalidUtf8(bytes) {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    let cp;
    if (b >= 194 && b <= 223) {
      need = 1;
      min = 128;
      cp = b & 31;
    } else if (b >= 224 && b <= 239) {
      need = 2;
      min = 2048;
      cp = b & 15;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      min = 65536;
      cp = b & 7;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp >= 55296 && cp <= 57343 || cp > 1114111) return i;
    i += need + 1;
  }
  return -1;
}
function findControlChar(text2) {
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 127) return i;
  }
  return -1;
}
function utf16Encoding(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return "UTF-16LE";
  if (bytes[0] === 254 && bytes[1] === 255) return "UTF-16BE";
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return void 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) evenNul++;
    if (bytes[i + 1] === 0 && bytes[i] !== 0) oddNul++;
  }
  if (oddNul >= n / 2 * 0.9) return "UTF-16LE";
  if (evenNul >= n / 2 * 0.9) return "UTF-16BE";
  return void 0;
}

// packages/core/src/manifest.ts
var MANIFEST_KINDS = [
  "registry",
  "model",
  "model-version",
  "environment",
  "dataset-schema",
  "dataset-version",
  "ml-test-score"
];
function isManifestKind(value) {
  return typeof value === "string" && MANIFEST_KINDS.includes(value);
}
var MANIFEST_LIMITS = {
  /** Largest manifest accepted, in bytes (1 MiB). */
  maxBytes: 1024 * 1024,
  /** Most alias nodes (`*name`) a manifest may contain. */
  maxAliases: 100,
  /** yaml's expansion guard: an alias may not expand to more than this many nodes per alias use. */
  maxAliasCount: 100,
  /** Most diagnostics reported per file; the rest are counted in one info diagnostic. */
  maxDiagnostics: 100,
  /**
   * Deepest nesting of mappings and lists (manifests and evidence files): deeper input is
   * refused before it is composed, so no recursive step (yaml, toJS, the schema) can overflow.
   */
  maxDepth: 64,
  /**
   * Most YAML tokens (keys, values, `:`, `-`, `,` and brackets; not spaces, line breaks or
   * comments) in one manifest. The parser costs about the same per token whatever the file holds,
   * so this bounds the time a manifest can take: the parse stops at the token past the limit.
   */
  maxTokens: 1e5
};
var NAME_PATTERN = "^[a-z0-9][a-z0-9._-]{0,63}$";
var PATH_RULES = [
  { re: /(?:^|\/)modelgate\.ya?ml$/, kind: "registry", groups: [] },
  {
    re: /(?:^|\/)models\/([^/]+)\/versions\/([^/]+)\.ya?ml$/,
    kind: "model-version",
    groups: ["model", "version"]
  },
  { re: /(?:^|\/)models\/([^/]+)\/model\.ya?ml$/, kind: "model", groups: ["model"] },
  { re: /(?:^|\/)models\/([^/]+)\/ml-test-score\.ya?ml$/, kind: "ml-test-score", groups: ["model"] },
  {
    re: /(?:^|\/)environments\/([^/]+)\/([^/]+)\.ya?ml$/,
    kind: "environment",
    groups: ["environment", "model"]
  },
  { re: /(?:^|\/)datasets\/([^/]+)\/schema\.ya?ml$/, kind: "dataset-schema", groups: ["dataset"] },
  {
    re: /(?:^|\/)datasets\/([^/]+)\/versions\/([^/]+)\.ya?ml$/,
    kind: "dataset-version",
    groups: ["dataset", "version"]
  }
];
function kindFromPath(path) {
  const p = path.replaceAll("\\", "/");
  for (const rule of PATH_RULES) {
    const m = rule.re.exec(p);
    if (m === null) continue;
    const names = {};
    rule.groups.forEach((g, i) => {
      names[g] = m[i + 1];
    });
    return { kind: rule.kind, by: "path", names };
  }
  return void 0;
}
var SCHEMA_COMMENT = /^#\s*yaml-language-server:\s*\$schema=(\S+)/;
function kindFromSchemaComment(text2) {
  let start = 0;
  for (let n = 0; n < 20 && start < text2.length; n++) {
    let end = text2.indexOf("\n", start);
    if (end < 0) end = text2.length;
    const m = SCHEMA_COMMENT.exec(text2.slice(start, end).trim());
    if (m !== null) {
      const name = /([a-z0-9-]+)\.schema\.json$/.exec(m[1])?.[1];
      return isManifestKind(name) ? name : void 0;
    }
    start = end + 1;
  }
  return void 0;
}
var Reporter = class {
  constructor(file, lc) {
    this.file = file;
    this.lc = lc;
  }
  file;
  lc;
  diagnostics = [];
  /** Key lookups into large mappings of this file's document (keeps nodeAtPath linear overall). */
  pairs = /* @__PURE__ */ new WeakMap();
  /** Problems counted but not located (past the limit, locating them would cost time for nothing). */
  omitted = 0;
  add(severity, code, message, range, hint, fix) {
    const d = { severity, code, message, file: this.file, ...range };
    if (hint !== void 0) d.hint = hint;
    if (fix !== void 0) d.fix = fix;
    this.diagnostics.push(d);
  }
  /** The range of source offsets [start, end). */
  offsets(start, end) {
    const a = this.lc.linePos(start);
    const b = this.lc.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }
};
var AT_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function result(kind, value, rep, document) {
  rep.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : 1));
  let diagnostics = rep.diagnostics;
  const max = MANIFEST_LIMITS.maxDiagnostics;
  if (diagnostics.length > max || rep.omitted > 0) {
    const rest = Math.max(0, diagnostics.length - max) + rep.omitted;
    const last = diagnostics[Math.min(max, diagnostics.length) - 1];
    diagnostics = diagnostics.slice(0, max);
    diagnostics.push({
      severity: "info",
      code: DiagnosticCodes.TooManyProblems,
      message: `${rest} more problem${rest === 1 ? "" : "s"} in this file not shown`,
      file: rep.file,
      line: last.line,
      column: last.column,
      endLine: last.line,
      endColumn: last.column,
      hint: "fix the ones above and run again"
    });
  }
  return { kind, value, diagnostics, document, lineCounter: rep.lc };
}
function loadManifestText(input, opts) {
  return loadText(input, opts, "manifest");
}
var REPORT_KINDS = [
  "data-profile",
  "data-validation",
  "evaluation",
  "ml-test-score-report",
  "registry-check",
  "deploy-plan"
];
var EVIDENCE_LIMITS = {
  /** Largest evidence file accepted, in bytes (16 MiB). */
  maxBytes: 16 * 1024 * 1024
};
function loadText(input, opts, mode, jsonFirst = false) {
  const lc = new import_yaml.LineCounter();
  const rep = new Reporter(opts.file, lc);
  const maxBytes = opts.maxBytes ?? MANIFEST_LIMITS.maxBytes;
  const what = mode === "manifest" ? "manifests" : "evidence files";
  const size = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (size > maxBytes) {
    rep.add(
      "error",
      DiagnosticCodes.FileTooLarge,
      `file is ${size} bytes; ${what} are limited to ${maxBytes} bytes`,
      AT_START,
      "a manifest describes a model, it does not hold data: keep large content in files referenced by uri"
    );
    return result(opts.kind, void 0, rep, void 0);
  }
  let text2;
  if (typeof input === "string") {
    const at = findControlChar(input);
    if (at >= 0) {
      const pos = bytePosition(Buffer.from(input.slice(0, at), "utf8"), Number.POSITIVE_INFINITY);
      const code = input.charCodeAt(at);
      rep.add("error", DiagnosticCodes.Binary, binaryMessage(code), point(pos.line, pos.column));
      return result(opts.kind, void 0, rep, void 0);
    }
    text2 = input;
  } else {
    const utf16 = utf16Encoding(input);
    if (utf16 !== void 0) {
      rep.add(
        "error",
        DiagnosticCodes.NotUtf8,
        `the file is ${utf16} text, not UTF-8`,
        AT_START,
        `save it as UTF-8 (e.g. iconv -f ${utf16} -t UTF-8)`
      );
      return result(opts.kind, void 0, rep, void 0);
    }
    const nul = input.indexOf(0);
    const ctl = nul >= 0 ? nul : findControlByte(input);
    const bad = findInvalidUtf8(input);
    if (ctl >= 0 && (nul >= 0 || bad < 0 || ctl < bad)) {
      const pos = bytePosition(input, ctl);
      rep.add("error", DiagnosticCodes.Binary, binaryMessage(input[ctl]), point(pos.line, pos.column));
      return result(opts.kind, void 0, rep, void 0);
    }
    if (bad >= 0) {
      const pos = bytePosition(input, bad);
      rep.add(
        "error",
        DiagnosticCodes.NotUtf8,
        `not valid UTF-8: byte 0x${input[bad].toString(16).padStart(2, "0")} at offset ${bad}`,
        point(pos.line, pos.column),
        "save the file as UTF-8"
      );
      return result(opts.kind, void 0, rep, void 0);
    }
    text2 = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString("utf8");
  }
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  const cr = loneCarriageReturn(text2);
  if (cr >= 0) {
    const pos = lineColumn(text2, cr);
    rep.add(
      "error",
      DiagnosticCodes.YamlSyntax,
      text2.includes("\n") ? "a carriage return (CR) without a line feed: YAML files end lines with LF or CR LF" : "the file's lines end with CR only (old Mac line endings): YAML reads it as one line",
      point(pos.line, pos.column),
      "convert the line endings to LF (e.g. tr '\\r' '\\n' < file > fixed)"
    );
    return result(opts.kind, void 0, rep, void 0);
  }
  if (jsonFirst && mode === "evidence" && opts.validate !== false) {
    const clean = cleanJsonReport(text2);
    if (clean !== void 0) return result(clean.kind, clean.value, rep, void 0);
  }
  const tabLines = /* @__PURE__ */ new Set();
  if (mode === "manifest") {
    let lineNo = 1;
    let start = 0;
    while (start <= text2.length) {
      let end = text2.indexOf("\n", start);
      if (end < 0) end = text2.length;
      const line = text2.slice(start, end);
      const indent = /^[ \t]*/.exec(line)[0];
      const tab = indent.indexOf("	");
      if (tab >= 0 && indent.length < line.replace(/\r$/, "").length && line.trimStart()[0] !== "#") {
        tabLines.add(lineNo);
        rep.add(
          "error",
          DiagnosticCodes.TabIndentation,
          "tab used for indentation; YAML allows only spaces",
          { line: lineNo, column: tab + 1, endLine: lineNo, endColumn: tab + 2 },
          "replace the tab with spaces"
        );
      }
      start = end + 1;
      lineNo++;
    }
  }
  const doc = parseYaml(text2, lc, rep, mode === "manifest" ? MANIFEST_LIMITS.maxTokens : void 0);
  if (doc === void 0) return result(opts.kind, void 0, rep, void 0);
  if (tabLines.size > 0) return result(opts.kind, void 0, rep, doc);
  for (const e of doc.errors) {
    const range = rep.offsets(e.pos[0], e.pos[1]);
    const [code, message] = yamlError(e);
    rep.add("error", code, message, range, yamlHint(e));
  }
  for (const w of doc.warnings) {
    rep.add("warning", DiagnosticCodes.YamlSyntax, w.message.split("\n")[0], rep.offsets(w.pos[0], w.pos[1]));
  }
  checkNodes(doc, rep);
  let aliases = 0;
  let firstExcess;
  if (text2.includes("*")) {
    (0, import_yaml.visit)(doc, {
      Alias(_, node) {
        aliases++;
        if (aliases === MANIFEST_LIMITS.maxAliases + 1) firstExcess = node;
      }
    });
  }
  if (firstExcess !== void 0) {
    const r = firstExcess.range ?? [0, 0];
    rep.add(
      "error",
      DiagnosticCodes.AliasLimit,
      `too many aliases (${aliases}); manifests may use at most ${MANIFEST_LIMITS.maxAliases}`,
      rep.offsets(r[0], r[1]),
      "write the values out instead of repeating them through anchors and aliases"
    );
    return result(opts.kind, void 0, rep, doc);
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: MANIFEST_LIMITS.maxAliasCount });
  } catch (error2) {
    const message = error2 instanceof Error ? error2.message : String(error2);
    if (/excessive alias count/i.test(message)) {
      rep.add(
        "error",
        DiagnosticCodes.AliasLimit,
        "aliases expand too much (a document that multiplies itself through aliases)",
        AT_START,
        "write the values out instead of nesting aliases"
      );
    } else {
      const bad = findUnresolvedAlias(doc);
      const r = bad?.range ?? [0, 0];
      rep.add("error", DiagnosticCodes.YamlSyntax, message.replace(/\s+/g, " "), rep.offsets(r[0], r[1]));
    }
    return result(opts.kind, void 0, rep, doc);
  }
  if (doc.contents === null || value === null || value === void 0) {
    if (rep.diagnostics.length === 0) {
      rep.add("error", DiagnosticCodes.Empty, "the file is empty", AT_START, "a manifest is a YAML mapping of fields");
    }
    return result(opts.kind, void 0, rep, doc);
  }
  if (opts.validate === false) return result(opts.kind, value, rep, doc);
  if (mode === "evidence") {
    if (!(0, import_yaml.isMap)(doc.contents)) {
      const r = doc.contents.range ?? [0, 0];
      rep.add(
        "error",
        DiagnosticCodes.NotAMapping,
        `a report must be an object, not ${describe(value)}`,
        rep.offsets(r[0], r[1])
      );
      return result(void 0, value, rep, doc);
    }
    const reportKind = value.kind;
    const reports = reportKinds();
    if (typeof reportKind !== "string" || !reports.includes(reportKind)) {
      const { node, key } = nodeAtPath(doc, ["kind"], rep.pairs);
      rep.add(
        "error",
        DiagnosticCodes.UnknownKind,
        typeof reportKind === "string" ? `unknown report kind ${JSON.stringify(reportKind)}` : "the report has no kind",
        rangeOf(node, key, rep),
        `an evidence file's kind is one of ${reports.join(", ")}`
      );
      return result(void 0, value, rep, doc);
    }
    if (!rep.diagnostics.some((d) => d.severity === "error")) {
      schemaDiagnostics(validateValue(reportSchema(reportKind), value), doc, value, rep, text2);
    }
    return result(reportKind, value, rep, doc);
  }
  let kind = opts.kind;
  let detection = kindFromPath(opts.file);
  const commentKind = kindFromSchemaComment(text2);
  if (kind === void 0) {
    if (detection === void 0 && commentKind !== void 0) {
      detection = { kind: commentKind, by: "schema-comment", names: {} };
    }
    kind = detection?.kind;
  }
  if (detection !== void 0 && detection.kind !== kind) detection = void 0;
  if (detection?.by === "path" && commentKind !== void 0 && commentKind !== detection.kind) {
    const line = commentLine(text2);
    rep.add(
      "warning",
      DiagnosticCodes.KindMismatch,
      `the $schema comment names ${commentKind} but the path is a ${detection.kind} manifest`,
      { line, column: 1, endLine: line, endColumn: 1 },
      `point the comment at ${detection.kind}.schema.json`
    );
  }
  if (!(0, import_yaml.isMap)(doc.contents)) {
    const r = doc.contents.range ?? [0, 0];
    rep.add(
      "error",
      DiagnosticCodes.NotAMapping,
      `a manifest must be a mapping of fields, not ${describe(value)}`,
      rep.offsets(r[0], r[1])
    );
    return result(kind, value, rep, doc);
  }
  if (kind === void 0) {
    rep.add(
      "error",
      DiagnosticCodes.UnknownKind,
      "cannot tell what kind of manifest this is",
      AT_START,
      "put it at its registry path (e.g. models/<model>/model.yaml) or add a first line `# yaml-language-server: $schema=https://modelgate.dev/schemas/<kind>.schema.json`"
    );
    return result(kind, value, rep, doc);
  }
  if (!rep.diagnostics.some((d) => d.severity === "error")) {
    schemaDiagnostics(validateValue(kind, value), doc, value, rep, text2);
    crossChecks(kind, value, detection, doc, rep);
  }
  return result(kind, value, rep, doc);
}
function reportKinds() {
  return [.../* @__PURE__ */ new Set([...REPORT_KINDS, ...SCHEMA_NAMES.filter((n) => !isManifestKind(n))])].filter(
    (n) => n !== "evidence-envelope"
  );
}
var reportSchema = (kind) => SCHEMA_NAMES.includes(kind) ? kind : "evidence-envelope";
function cleanJsonReport(text2) {
  const shape = jsonShape(text2);
  if (shape === void 0) return void 0;
  let value;
  try {
    value = JSON.parse(text2);
  } catch {
    return void 0;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
  if (countKeys(value) !== shape.keys) return void 0;
  const kind = value.kind;
  if (typeof kind !== "string" || !reportKinds().includes(kind)) return void 0;
  if (validateValue(reportSchema(kind), value).length > 0) return void 0;
  return { kind, value };
}
function jsonShape(text2) {
  let keys = 0;
  let depth = 0;
  const n = text2.length;
  for (let i = 0; i < n; i++) {
    const c = text2.charCodeAt(i);
    if (c === 34) {
      const start = i;
      for (i++; i < n; i++) {
        const d = text2.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      let j = i + 1;
      while (j < n && (text2.charCodeAt(j) === 32 || text2.charCodeAt(j) === 10 || text2.charCodeAt(j) === 13))
        j++;
      if (text2.charCodeAt(j) === 58) {
        if (i - start > 1e3) return void 0;
        keys++;
      }
    } else if (c === 123 || c === 91) {
      if (++depth >= MANIFEST_LIMITS.maxDepth) return void 0;
    } else if (c === 125 || c === 93) depth--;
    else if (c === 9) return void 0;
  }
  return { keys };
}
function countKeys(root) {
  let keys = 0;
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null && typeof x === "object") stack.push(x);
      continue;
    }
    for (const k in v) {
      keys++;
      const x = v[k];
      if (x !== null && typeof x === "object") stack.push(x);
    }
  }
  return keys;
}
async function loadManifestFile(path, opts = {}) {
  return await loadFile(path, opts, "manifest");
}
async function loadFile(path, opts, mode) {
  const file = opts.file ?? path;
  const maxBytes = opts.maxBytes ?? MANIFEST_LIMITS.maxBytes;
  const lc = new import_yaml.LineCounter();
  const rep = new Reporter(file, lc);
  try {
    const s = await stat(path);
    if (!s.isFile()) {
      rep.add("error", DiagnosticCodes.FileUnreadable, `is ${fileKind(s)}, not a regular file`, AT_START);
      return result(opts.kind, void 0, rep, void 0);
    }
    if (s.size > maxBytes) {
      rep.add(
        "error",
        DiagnosticCodes.FileTooLarge,
        `file is ${s.size} bytes; ${mode === "manifest" ? "manifests" : "evidence files"} are limited to ${maxBytes} bytes`,
        AT_START,
        "a manifest describes a model, it does not hold data: keep large content in files referenced by uri"
      );
      return result(opts.kind, void 0, rep, void 0);
    }
    const bytes = await readFile(path);
    const loaded = loadText(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { ...opts, file, maxBytes },
      mode,
      mode === "evidence"
    );
    if (mode === "manifest" && loaded.document !== void 0) {
      await checkSchemaComment(path, bytes.toString("utf8"), file, loaded);
    }
    return loaded;
  } catch (error2) {
    const code = error2.code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : `cannot read file (${code ?? (error2 instanceof Error ? error2.message : String(error2))})`;
    rep.add("error", DiagnosticCodes.FileUnreadable, why, AT_START);
    return result(opts.kind, void 0, rep, void 0);
  }
}
var FREE_TOKENS = /* @__PURE__ */ new Set([
  "space",
  "newline",
  "comment",
  "byte-order-mark",
  "doc-mode",
  "flow-error-end",
  // the marker before a plain scalar's text
  "scalar"
]);
function parseYaml(text2, lc, rep, maxTokens = Number.POSITIVE_INFINITY) {
  const parser = new import_yaml.Parser(lc.addNewLine);
  lc.addNewLine(0);
  const tokens = [];
  const lexemes = [];
  let counted = 0;
  let offset = 0;
  for (const lexeme of new import_yaml.Lexer().lex(text2)) {
    const type = import_yaml.CST.tokenType(lexeme) ?? "";
    if (!FREE_TOKENS.has(type) && ++counted > maxTokens) {
      const pos = lineColumn(text2, offset);
      rep.add(
        "error",
        DiagnosticCodes.TooComplex,
        `more than ${maxTokens} YAML tokens (keys, values, indicators); manifests are limited to ${maxTokens}`,
        { line: pos.line, column: pos.column, endLine: pos.line, endColumn: pos.column + lexeme.length },
        "a manifest describes a model or a dataset; keep long lists in files it references"
      );
      return void 0;
    }
    if (type !== "scalar" && type !== "doc-mode" && type !== "flow-error-end") offset += lexeme.length;
    lexemes.push(lexeme);
  }
  const max = MANIFEST_LIMITS.maxDepth;
  const collections = () => parser.stack.filter(
    (t) => t.type === "block-map" || t.type === "block-seq" || t.type === "flow-collection"
  ).length;
  for (const lexeme of lexemes) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > max && collections() > max) {
      rep.add(
        "error",
        DiagnosticCodes.YamlSyntax,
        `nested more than ${max} levels deep`,
        // the parser's offset is past the lexeme that opened the level
        rep.offsets(parser.offset - lexeme.length, parser.offset),
        "flatten the structure; no manifest or report needs this depth"
      );
      return void 0;
    }
  }
  for (const token of parser.end()) tokens.push(token);
  const composer = new import_yaml.Composer({
    prettyErrors: false,
    uniqueKeys: false,
    strict: true,
    version: "1.2",
    // checkKeys reports collection keys itself, with their position
    logLevel: "error"
  });
  let doc;
  for (const d of composer.compose(tokens, true, text2.length)) {
    if (doc === void 0) doc = d;
    else {
      const r = d.range;
      rep.add(
        "error",
        DiagnosticCodes.MultipleDocuments,
        "a manifest holds one YAML document; this file has several",
        rep.offsets(r[0], r[1]),
        "split the documents into separate files"
      );
      break;
    }
  }
  return doc;
}
var JSON_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`)
);
function shownTag(tag) {
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
}
function checkNodes(doc, rep) {
  const tagged = (node) => {
    const tag = node.tag;
    if (tag === void 0 || JSON_TAGS.has(tag)) return;
    const r = node.range ?? [0, 0];
    rep.add(
      "error",
      DiagnosticCodes.YamlSyntax,
      `the YAML tag ${shownTag(tag)} is not supported: a manifest holds strings, numbers, booleans, null, lists and mappings`,
      rep.offsets(r[0], r[1]),
      "remove the tag and write the value as plain text (a string)"
    );
  };
  (0, import_yaml.visit)(doc, {
    Scalar(_, node) {
      tagged(node);
    },
    Seq(_, node) {
      tagged(node);
    },
    Map(_, map) {
      tagged(map);
      const seen = /* @__PURE__ */ new Set();
      for (const pair of map.items) {
        let key = pair.key;
        if ((0, import_yaml.isAlias)(key)) key = key.resolve(doc);
        if (!(0, import_yaml.isNode)(key)) {
          if (key === null || key === void 0) key = "";
          else continue;
        }
        const range = (0, import_yaml.isNode)(pair.key) && pair.key.range ? pair.key.range : map.range ?? [0, 0];
        if (!(0, import_yaml.isScalar)(key) && (0, import_yaml.isNode)(key)) {
          rep.add(
            "error",
            DiagnosticCodes.YamlSyntax,
            `a key must be a single value, not ${(0, import_yaml.isSeq)(key) ? "a list" : "a mapping"}`,
            rep.offsets(range[0], range[1]),
            "write the key as plain text; a complex key (`? ...`) cannot become a field name"
          );
          continue;
        }
        const value = (0, import_yaml.isScalar)(key) ? key.value : key;
        const name = value === null || value === void 0 ? "" : String(value);
        if (seen.has(name)) {
          rep.add(
            "error",
            DiagnosticCodes.DuplicateKey,
            `duplicate key ${JSON.stringify(name)}: this mapping already has this key`,
            rep.offsets(range[0], range[1]),
            "remove one of the two entries; YAML would otherwise keep only the last"
          );
        }
        seen.add(name);
      }
    }
  });
}
function loneCarriageReturn(text2) {
  for (let i = text2.indexOf("\r"); i >= 0; i = text2.indexOf("\r", i + 1)) {
    if (text2.charCodeAt(i + 1) !== 10) return i;
  }
  return -1;
}
function lineColumn(text2, offset) {
  let line = 1;
  let start = 0;
  for (let i = text2.indexOf("\n"); i >= 0 && i < offset; i = text2.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
function point(line, column) {
  return { line, column, endLine: line, endColumn: column + 1 };
}
function binaryMessage(byte) {
  return `binary content: control byte 0x${byte.toString(16).padStart(2, "0")}; a manifest is a YAML text file`;
}
async function checkSchemaComment(path, text2, file, loaded) {
  const line = commentLine(text2);
  const target = SCHEMA_COMMENT.exec(text2.split("\n")[line - 1]?.trim() ?? "")?.[1];
  if (target === void 0 || /^[a-z][a-z0-9+.-]*:/i.test(target)) return;
  try {
    await stat(resolve(dirname(path), target));
  } catch {
    const start = text2.split("\n")[line - 1].indexOf(target) + 1;
    loaded.diagnostics.push({
      severity: "warning",
      code: DiagnosticCodes.SchemaCommentMissing,
      message: `the $schema comment points at ${target}, which does not exist`,
      file,
      line,
      column: start,
      endLine: line,
      endColumn: start + target.length,
      hint: "fix the relative path, or use the schema's URL https://modelgate.dev/schemas/<kind>.schema.json"
    });
  }
}
function commentLine(text2) {
  const lines = text2.split("\n");
  const i = lines.findIndex((l) => SCHEMA_COMMENT.test(l.trim()));
  return i < 0 ? 1 : i + 1;
}
function yamlError(e) {
  const first = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  switch (e.code) {
    case "TAB_AS_INDENT":
      return [DiagnosticCodes.TabIndentation, "tab used for indentation; YAML allows only spaces"];
    default:
      return [DiagnosticCodes.YamlSyntax, `YAML syntax error: ${first}`];
  }
}
function yamlHint(e) {
  switch (e.code) {
    case "TAB_AS_INDENT":
      return "replace the tab with spaces";
    default:
      return void 0;
  }
}
function findUnresolvedAlias(doc) {
  let found;
  (0, import_yaml.visit)(doc, {
    Alias(_, node) {
      if (found === void 0 && node.resolve(doc) === void 0) found = node;
    }
  });
  return found;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `a ${typeof value} (${JSON.stringify(value)})`;
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return "a number";
  return `a ${typeof value}`;
}
function pairOf(map, seg, index) {
  const keyText = (k) => {
    const v = (0, import_yaml.isScalar)(k) ? k.value : k;
    return v === null || v === void 0 ? "" : String(v);
  };
  if (index === void 0 || map.items.length < 16) return map.items.find((p) => keyText(p.key) === seg);
  let byKey = index.get(map);
  if (byKey === void 0) {
    byKey = /* @__PURE__ */ new Map();
    for (const p of map.items) {
      const k = keyText(p.key);
      if (!byKey.has(k)) byKey.set(k, p);
    }
    index.set(map, byKey);
  }
  return byKey.get(seg);
}
function nodeAtPath(doc, path, index) {
  let node = doc.contents;
  let key;
  for (const seg of path) {
    if ((0, import_yaml.isAlias)(node)) node = node.resolve(doc);
    if ((0, import_yaml.isMap)(node)) {
      const pair = pairOf(node, String(seg), index);
      if (pair === void 0) return { node, key: void 0, found: false };
      key = (0, import_yaml.isNode)(pair.key) ? pair.key : void 0;
      node = pair.value;
      if (node === null) return { node: null, key, found: true };
    } else if ((0, import_yaml.isSeq)(node)) {
      const item = node.items[Number(seg)];
      if (item === void 0) return { node, key: void 0, found: false };
      key = void 0;
      node = item;
    } else {
      return { node: (0, import_yaml.isNode)(node) ? node : null, key: void 0, found: false };
    }
  }
  if ((0, import_yaml.isAlias)(node)) node = node.resolve(doc) ?? node;
  return { node: (0, import_yaml.isNode)(node) ? node : null, key, found: true };
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function fieldLabel(path) {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number" || /^\d+$/.test(String(seg))) out += `[${seg}]`;
    else out += out === "" ? String(seg) : `.${seg}`;
  }
  return out;
}
function rangeOf(node, key, rep) {
  const target = node?.range ?? key?.range;
  if (target === void 0 || target === null) return AT_START;
  if (target[1] <= target[0] && key?.range) return rep.offsets(key.range[0], key.range[1]);
  return rep.offsets(target[0], target[1]);
}
function valueAt(value, path) {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[seg];
  }
  return v;
}
function closest(word, candidates) {
  let best;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  return best !== void 0 && bestDist <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
var NAME_HINT = "names use lowercase letters, digits, '.', '_' and '-', start with a letter or digit and are at most 64 characters";
function schemaDiagnostics(errors, doc, root, rep, text2) {
  const located = MANIFEST_LIMITS.maxDiagnostics * 10;
  for (const e of errors.slice(0, located)) schemaDiagnostic(e, doc, root, rep, text2);
  rep.omitted += errors.slice(located).filter((e) => e.keyword !== "if" && e.propertyName === void 0).length;
}
function schemaDiagnostic(e, doc, root, rep, text2) {
  if (e.keyword === "if" || e.propertyName !== void 0) return;
  const segs = pointerSegments(e.instancePath);
  const field = fieldLabel(segs);
  const where = field === "" ? "" : ` in ${field}`;
  const { node, key } = nodeAtPath(doc, segs, rep.pairs);
  const value = valueAt(root, segs);
  const schema = e.parentSchema ?? {};
  const description = typeof schema.description === "string" ? schema.description : void 0;
  const shown = typeof value === "object" && value !== null ? typeName(value) : JSON.stringify(value);
  const label = field === "" ? "the manifest" : field;
  switch (e.keyword) {
    case "additionalProperties": {
      const name = String(e.params.additionalProperty);
      const at = nodeAtPath(doc, [...segs, name], rep.pairs);
      const known = Object.keys(schema.properties ?? {});
      const guess = closest(name, known);
      rep.add(
        "error",
        DiagnosticCodes.UnknownField,
        `unknown field "${name}"${where}`,
        rangeOf(at.key, void 0, rep),
        guess !== void 0 ? `did you mean "${guess}"?` : `known fields: ${known.join(", ")}`
      );
      return;
    }
    case "required": {
      const name = String(e.params.missingProperty);
      const props = schema.properties ?? {};
      let range = rangeOf(node, key, rep);
      if ((0, import_yaml.isMap)(node) && node.items.length > 0 && (0, import_yaml.isNode)(node.items[0].key) && !node.flow) {
        const k = node.items[0].key;
        if (k.range) range = rep.offsets(k.range[0], k.range[1]);
      }
      rep.add(
        "error",
        DiagnosticCodes.MissingField,
        `missing required field "${name}"${where}`,
        range,
        props[name]?.description
      );
      return;
    }
    case "propertyNames": {
      const name = String(e.params.propertyName);
      const at = nodeAtPath(doc, [...segs, name], rep.pairs);
      rep.add("error", DiagnosticCodes.BadName, `"${name}" is not a valid key${where}`, rangeOf(at.key, void 0, rep));
      return;
    }
    case "type": {
      const expected = String(e.params.type).replaceAll(",", " or ");
      let hint = description;
      let fix;
      if (expected.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
        const src = node?.range ? text2.slice(node.range[0], node.range[1]) : String(value);
        hint = `YAML reads ${src} as a ${typeof value}; quote it: "${src}"`;
        if ((0, import_yaml.isScalar)(node) && node.type === "PLAIN" && !src.includes("\n")) fix = { path: segs, value: src };
      }
      const got = value === null || value === void 0 ? "no value" : typeName(value);
      rep.add(
        "error",
        DiagnosticCodes.WrongType,
        `${label} must be ${article(expected)}, got ${got}`,
        rangeOf(node, key, rep),
        hint,
        fix
      );
      return;
    }
    case "pattern": {
      const pattern = String(e.params.pattern);
      if (pattern === NAME_PATTERN) {
        rep.add(
          "error",
          DiagnosticCodes.BadName,
          `${label} ${shown} is not a valid name`,
          rangeOf(node, key, rep),
          NAME_HINT
        );
      } else {
        rep.add(
          "error",
          DiagnosticCodes.BadValue,
          `${label} ${shown} does not match ${pattern}`,
          rangeOf(node, key, rep),
          description
        );
      }
      return;
    }
    case "enum": {
      const allowed = e.params.allowedValues.map((v) => String(v));
      const guess = typeof value === "string" ? closest(value, allowed) : void 0;
      rep.add(
        "error",
        DiagnosticCodes.BadValue,
        `${label} must be one of ${allowed.join(", ")}; got ${shown}`,
        rangeOf(node, key, rep),
        guess !== void 0 ? `did you mean "${guess}"?` : description
      );
      return;
    }
    case "const":
      rep.add(
        "error",
        DiagnosticCodes.BadValue,
        `${label} must be ${JSON.stringify(e.params.allowedValue)}; got ${shown}`,
        rangeOf(node, key, rep),
        description
      );
      return;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const op = { minimum: ">=", maximum: "<=", exclusiveMinimum: ">", exclusiveMaximum: "<" }[e.keyword];
      rep.add(
        "error",
        DiagnosticCodes.BadValue,
        `${label} must be ${op} ${String(e.params.limit)}; got ${shown}`,
        rangeOf(node, key, rep),
        description
      );
      return;
    }
    case "format": {
      const format = String(e.params.format);
      const example = format === "date" ? "2026-09-01" : format === "date-time" ? "2026-09-01T12:00:00Z" : "";
      rep.add(
        "error",
        DiagnosticCodes.BadValue,
        `${label} must be a ${format}${example ? ` like ${example}` : ""}; got ${shown}`,
        rangeOf(node, key, rep),
        description
      );
      return;
    }
    case "minItems":
      rep.add(
        "error",
        DiagnosticCodes.BadValue,
        `${label} needs at least ${String(e.params.limit)} item(s)`,
        rangeOf(node, key, rep),
        description
      );
      return;
    case "minLength":
      rep.add("error", DiagnosticCodes.BadValue, `${label} must not be empty`, rangeOf(node, key, rep), description);
      return;
    default:
      rep.add("error", DiagnosticCodes.BadValue, `${label} ${e.message}`, rangeOf(node, key, rep), description);
  }
}
function article(expected) {
  const a = expected.startsWith("integer") || expected.startsWith("object") || expected.startsWith("array");
  const named = expected.replace(/\bobject\b/g, "mapping").replace(/\barray\b/g, "list");
  return a && !named.startsWith("mapping") && !named.startsWith("list") ? `an ${named}` : `a ${named}`;
}
function crossChecks(kind, value, detection, doc, rep) {
  const at = (path) => {
    const { node, key } = nodeAtPath(doc, path, rep.pairs);
    return rangeOf(node, key, rep);
  };
  const add = (severity, code, message, path, hint) => rep.add(severity, code, message, at(path), hint);
  if (detection?.by === "path") {
    for (const [field, expected] of Object.entries(detection.names)) {
      const stem = expected;
      const actual = value[field];
      const range = at([field]);
      const reported = rep.diagnostics.some((d) => d.line === range.line && d.column === range.column);
      if (typeof actual === "string" && actual !== stem && !reported) {
        add(
          "error",
          DiagnosticCodes.PathMismatch,
          `${field} "${actual}" does not match the file's path (${field} "${stem}")`,
          [field],
          "the registry layout names files after what they hold: rename the file or fix the field"
        );
      }
    }
  }
  const duplicates = (list2, keyOf, path, what) => {
    if (!Array.isArray(list2)) return;
    const seen = /* @__PURE__ */ new Set();
    list2.forEach((item, i) => {
      const k = keyOf(item);
      if (k === void 0) return;
      if (seen.has(k)) add("error", DiagnosticCodes.DuplicateName, `${what} ${JSON.stringify(k)} appears twice`, [path, i]);
      seen.add(k);
    });
  };
  const nameOf = (item) => item?.name;
  const fileUris = (uris) => {
    for (const [path, uri] of uris) {
      if (typeof uri !== "string" || !uri.startsWith("file:")) continue;
      try {
        repoPathOfFileUri(uri);
      } catch (error2) {
        add(
          "error",
          DiagnosticCodes.BadValue,
          `${fieldLabel(path)}: ${error2.message}`,
          path,
          "a file: URI is a path inside the registry repository, e.g. file:artifacts/<model>/<version>/model.onnx"
        );
      }
    }
  };
  switch (kind) {
    case "registry":
      duplicates(value.environments, nameOf, "environments", "environment");
      break;
    case "environment": {
      const canary = value.canary;
      if (canary?.version !== void 0 && canary.version === value.version) {
        add(
          "error",
          DiagnosticCodes.Inconsistent,
          `canary.version is the champion version ${JSON.stringify(value.version)}`,
          ["canary", "version"],
          "a canary runs a different version next to the champion; remove canary to serve one version"
        );
      }
      break;
    }
    case "model": {
      const sig = value.signature;
      const features = sig?.inputs?.features;
      if (Array.isArray(features)) {
        const i = features.indexOf(value.label);
        if (i >= 0) {
          add(
            "error",
            DiagnosticCodes.Inconsistent,
            `the label "${String(value.label)}" is also an input feature`,
            ["signature", "inputs", "features", i],
            "the model would see the answer it is asked to predict"
          );
        }
        const seen = /* @__PURE__ */ new Set();
        features.forEach((f, j) => {
          if (seen.has(f))
            add("error", DiagnosticCodes.DuplicateName, `feature ${JSON.stringify(f)} appears twice`, [
              "signature",
              "inputs",
              "features",
              j
            ]);
          seen.add(f);
        });
      }
      if (value.task === "multiclass-classification" && sig?.outputs?.classes === void 0) {
        add(
          "warning",
          DiagnosticCodes.Inconsistent,
          "a multiclass model should list signature.outputs.classes",
          ["signature", "outputs"],
          "without classes, predictions are reported by output index"
        );
      }
      break;
    }
    case "model-version": {
      const evidence = value.evaluation?.evidence;
      fileUris([
        [["artifact", "uri"], value.artifact?.uri],
        ...(Array.isArray(evidence) ? evidence : []).map((e, i) => [
          ["evaluation", "evidence", i, "uri"],
          e?.uri
        ])
      ]);
      if (value.deprecation !== void 0 && value.status !== "deprecated") {
        add(
          "warning",
          DiagnosticCodes.Inconsistent,
          "deprecation is set but status is not deprecated",
          ["deprecation"],
          "set status: deprecated, or remove deprecation"
        );
      }
      break;
    }
    case "dataset-version":
      fileUris([[["profile", "uri"], value.profile?.uri]]);
      break;
    case "dataset-schema": {
      const features = Array.isArray(value.features) ? value.features : [];
      duplicates(features, nameOf, "features", "feature");
      const names = new Set(features.map(nameOf));
      if (typeof value.label === "string" && !names.has(value.label)) {
        add("warning", DiagnosticCodes.Inconsistent, `the label "${value.label}" is not among the features`, ["label"]);
      }
      if (Array.isArray(value.keys)) {
        value.keys.forEach((k, i) => {
          if (!names.has(k))
            add("error", DiagnosticCodes.Inconsistent, `key column "${String(k)}" is not a feature`, ["keys", i]);
        });
      }
      const rc = value.rowCount;
      if (rc?.min !== void 0 && rc.max !== void 0 && rc.min > rc.max) {
        add("error", DiagnosticCodes.Inconsistent, `rowCount.min ${rc.min} is larger than rowCount.max ${rc.max}`, [
          "rowCount",
          "min"
        ]);
      }
      const envs = Array.isArray(value.environments) ? new Set(value.environments) : void 0;
      features.forEach((f, i) => {
        const d = f.domain;
        if (d?.min !== void 0 && d.max !== void 0 && d.min > d.max) {
          add("error", DiagnosticCodes.Inconsistent, `domain.min ${d.min} is larger than domain.max ${d.max}`, [
            "features",
            i,
            "domain",
            "min"
          ]);
        }
        if (d?.values !== void 0 && (d.min !== void 0 || d.max !== void 0)) {
          add("error", DiagnosticCodes.Inconsistent, "a domain is either a range (min/max) or a set of values, not both", [
            "features",
            i,
            "domain"
          ]);
        }
        if (envs !== void 0 && Array.isArray(f.notIn)) {
          f.notIn.forEach((env, j) => {
            if (!envs.has(env))
              add("warning", DiagnosticCodes.Inconsistent, `notIn names "${String(env)}", which is not in environments`, [
                "features",
                i,
                "notIn",
                j
              ]);
          });
        }
      });
      break;
    }
    case "ml-test-score": {
      const decls = Array.isArray(value.declarations) ? value.declarations : [];
      duplicates(decls, (d) => d?.test, "declarations", "test");
      decls.forEach((d, i) => {
        if (typeof d.validUntil === "string" && typeof d.reviewedAt === "string" && d.validUntil < d.reviewedAt) {
          add("error", DiagnosticCodes.Inconsistent, `validUntil ${d.validUntil} is before reviewedAt ${d.reviewedAt}`, [
            "declarations",
            i,
            "validUntil"
          ]);
        }
      });
      break;
    }
  }
}

// packages/core/src/markdown.ts
var PUNCTUATION = /[\\`*{}[\]()#+!|~$^]|(?<![A-Za-z0-9])[_@]|_(?![A-Za-z0-9])/g;
var LINE_START = /^(\s*)([-=]|\d+[.)])/;
var CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
function mdText(value) {
  return String(value).replace(CONTROL, " ").replace(PUNCTUATION, (c) => `\\${c}`).replace(LINE_START, (_, space, lead) => `${space}${lead.slice(0, -1)}\\${lead.at(-1)}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function mdCode(value) {
  const text2 = String(value).replace(CONTROL, " ");
  const longest = Math.max(0, ...(text2.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = text2.startsWith("`") || text2.endsWith("`") || text2.startsWith(" ") ? " " : "";
  return `${fence}${pad}${text2}${pad}${fence}`;
}
function mdCodeLine(value) {
  return String(value).replace(CONTROL, " ").replace(/`/g, "\u02CB");
}

// packages/core/src/names.ts
var NAME = new RegExp(NAME_PATTERN);
function nameProblem(value) {
  if (!NAME.test(value))
    return `it must match ${NAME_PATTERN}: lowercase letters, digits, ".", "_" and "-", starting with a letter or digit, at most 64 characters`;
  if (value.includes("..")) return 'it contains "..", which git refuses in branch names';
  if (value.endsWith(".lock")) return 'it ends with ".lock", which git reserves for its lock files';
  if (value.endsWith(".")) return 'it ends with ".", which git refuses in branch names';
  return null;
}
function checkName(kind, value, flag) {
  const problem = nameProblem(value);
  if (problem === null) return value;
  const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}\u2026` : value);
  throw new UserError(`${flag ? `${flag}: ` : ""}${kind} ${shown} is not a valid name: ${problem}`);
}

// packages/core/src/policy.ts
var POLICY_TOLERANCE = 1e-12;
function championEntry(report, sha256) {
  return report.models.find(
    (m) => m.role === "champion" && (sha256 === void 0 || sha256 === null || m.sha256 === sha256)
  ) ?? null;
}
function reportChampion(report) {
  const entry = championEntry(report);
  if (!entry) return null;
  return { name: entry.uri ?? "the champion", sha256: entry.sha256 ?? null, metrics: entry.metrics };
}
function decidePolicy(policy, report, champion) {
  const checks = [];
  const challenger = report.models.find((m) => m.role === "challenger") ?? null;
  for (const [name, threshold] of Object.entries(policy.metrics ?? {})) {
    if (threshold) checks.push(...metricChecks(name, threshold, challenger, champion));
  }
  if (policy.maxSliceDrop !== void 0) checks.push(sliceCheck(policy.maxSliceDrop, report, champion));
  if (policy.fairness) checks.push(...fairnessChecks(policy.fairness, report));
  if (policy.maxLatencyRatio !== void 0)
    checks.push(latencyCheck(policy.maxLatencyRatio, report, challenger, champion));
  return checks;
}
function numberOf(metrics, name) {
  if (!metrics || !(name in metrics) || metrics[name] === void 0) return "not reported";
  const v = metrics[name];
  if (v === null) return "undefined on these rows (null)";
  if (typeof v !== "number" || Number.isNaN(v)) return "not a number (NaN)";
  if (!Number.isFinite(v)) return `infinite (${v})`;
  return v;
}
function metricChecks(name, t, challenger, champion) {
  const id = `metric:${name}`;
  const gib = t.greaterIsBetter;
  const cmp = gib ? ">=" : "<=";
  const c = challenger ? numberOf(challenger.metrics, name) : "not reported (the evaluation has no challenger)";
  if (typeof c === "string") {
    const expected = t.threshold !== void 0 ? `${cmp} ${fmt(t.threshold)}` : "a value";
    return [
      {
        id,
        status: "fail",
        observed: null,
        expected,
        message: `the challenger's ${name} is ${c}: the policy cannot be verified; evaluate a model and data on which ${name} is defined, or drop ${name} from the policy`
      }
    ];
  }
  const out = [];
  if (t.threshold !== void 0) {
    const ok = gib ? c >= t.threshold : c <= t.threshold;
    out.push({
      id,
      status: ok ? "pass" : "fail",
      observed: c,
      expected: `${cmp} ${fmt(t.threshold)}`,
      message: `${name} ${fmt(c)} ${ok ? "meets" : "misses"} the threshold ${cmp} ${fmt(t.threshold)}`
    });
  }
  const changes = [];
  if (t.minAbsoluteChange !== void 0) changes.push(["absolute", t.minAbsoluteChange]);
  if (t.minRelativeChange !== void 0) changes.push(["relative", t.minRelativeChange]);
  for (const [kind, min] of changes) {
    const expected = `${kind} improvement over the champion >= ${fmt(min)}`;
    if (champion === null) {
      out.push({
        id,
        status: "skip",
        observed: null,
        expected,
        message: `${name}: no champion to compare with, so the ${kind} change is not checked`
      });
      continue;
    }
    const b = numberOf(champion.metrics, name);
    if (typeof b === "string") {
      out.push({
        id,
        status: "fail",
        observed: null,
        expected,
        message: `the champion ${champion.name}'s ${name} is ${b}: the ${kind} change cannot be verified; evaluate the challenger against the champion on the same rows`
      });
      continue;
    }
    const gain = gib ? c - b : b - c;
    const change = kind === "absolute" ? gain : relativeChange(gain, b);
    const ok = change >= min - POLICY_TOLERANCE;
    const what = kind === "absolute" ? `change ${fmt(gain)}` : b === 0 ? `relative change ${fmt(change)} (the champion's value is 0)` : `relative change ${fmt(change)}`;
    out.push({
      id,
      status: ok ? "pass" : "fail",
      // ±∞ (a zero champion) does not survive JSON: the message says it
      observed: Number.isFinite(change) ? change : null,
      expected,
      message: `${name} ${fmt(c)} vs the champion's ${fmt(b)}: ${what} ${ok ? ">=" : "<"} the required ${fmt(min)}`
    });
  }
  return out;
}
function relativeChange(gain, baseline) {
  if (baseline !== 0) return gain / Math.abs(baseline);
  if (Math.abs(gain) <= POLICY_TOLERANCE) return 0;
  return gain > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}
function notInReport(report, champion, what) {
  if (championEntry(report, champion.sha256)) return null;
  const other = championEntry(report);
  return other ? `the evaluation ran ${other.uri ?? "another champion"}, not the champion ${champion.name}: ${what} cannot be compared; evaluate again against the live champion` : `the evaluation did not run the champion ${champion.name} on the same rows: ${what} cannot be compared; evaluate with the champion (--environment or --champion)`;
}
function sliceCheck(max, report, champion) {
  const expected = `no slice drops more than ${fmt(max)} below the champion`;
  const base = { id: "slices", expected };
  if (champion === null)
    return {
      ...base,
      status: "skip",
      observed: null,
      message: "no champion to compare slices with"
    };
  const missing = notInReport(report, champion, "slices");
  if (missing) return { ...base, status: "fail", observed: null, message: missing };
  const metric = report.sliceMetric;
  if (typeof metric !== "string" || metric === "")
    return { ...base, status: "fail", observed: null, message: "the evaluation names no sliceMetric" };
  const problems = [];
  let worst = null;
  let compared = 0;
  for (const s of report.slices) {
    if (s.evaluated === false) continue;
    const label = `${s.feature}=${s.value}`;
    const a = numberOf(s.metrics, metric);
    const b = numberOf(s.champion, metric);
    if (typeof a === "string" && typeof b === "string") continue;
    if (typeof a === "string" || typeof b === "string") {
      problems.push(
        `slice ${label}: the ${typeof a === "string" ? `challenger's ${metric} is ${a}` : `champion's ${metric} is ${b}`}`
      );
      continue;
    }
    compared++;
    const drop = b - a;
    if (!worst || drop > worst.drop) worst = { drop, label };
    if (drop > max + POLICY_TOLERANCE)
      problems.push(
        `slice ${label}: ${metric} ${fmt(a)} vs the champion's ${fmt(b)}, a drop of ${fmt(drop)} > ${fmt(max)}`
      );
  }
  if (compared === 0 && problems.length === 0)
    return {
      ...base,
      status: "fail",
      observed: null,
      message: `no slice of the evaluation has ${metric} for both models: declare slices (model.yaml slices, or --slices) with at least minSupport rows each`
    };
  if (problems.length > 0)
    return {
      ...base,
      status: "fail",
      observed: worst?.drop ?? null,
      message: problems.slice(0, 10).join("; ") + (problems.length > 10 ? `; and ${problems.length - 10} more` : "")
    };
  return {
    ...base,
    status: "pass",
    observed: worst.drop,
    message: `no slice drops more than ${fmt(max)} in ${metric} against the champion (worst ${fmt(worst.drop)} on ${worst.label}, ${compared} slices compared)`
  };
}
var FAIRNESS_LIMITS = ["demographicParityDifference", "equalOpportunityDifference"];
function fairnessChecks(limits, report) {
  const set = FAIRNESS_LIMITS.filter((k) => limits[k] !== void 0);
  if (set.length === 0) return [];
  if (report.fairness.length === 0)
    return [
      {
        id: "fairness",
        status: "fail",
        observed: null,
        expected: set.map((k) => `${k} <= ${fmt(limits[k])}`).join(", "),
        message: "the evaluation measured no fairness: declare protectedAttributes in model.yaml (or --protected) so the limits can be checked"
      }
    ];
  const out = [];
  for (const row of report.fairness) {
    for (const key of set) {
      const limit = limits[key];
      const v = numberOf(row, key);
      const expected = `${key} <= ${fmt(limit)}`;
      if (typeof v === "string") {
        out.push({
          id: "fairness",
          status: "fail",
          observed: null,
          expected,
          message: `${row.attribute}: ${key} is ${v} (a group without positives, or without rows), so the limit ${fmt(limit)} cannot be verified`
        });
        continue;
      }
      const ok = v <= limit + POLICY_TOLERANCE;
      out.push({
        id: "fairness",
        status: ok ? "pass" : "fail",
        observed: v,
        expected,
        message: `${row.attribute}: ${key} ${fmt(v)} ${ok ? "<=" : ">"} ${fmt(limit)}`
      });
    }
  }
  return out;
}
function latencyCheck(max, report, challenger, champion) {
  const base = { id: "latency", expected: `p95 batch latency <= ${fmt(max)} \xD7 the champion's` };
  if (champion === null)
    return {
      ...base,
      status: "skip",
      observed: null,
      message: "no champion to compare latency with"
    };
  const missing = notInReport(report, champion, "latency");
  if (missing) return { ...base, status: "fail", observed: null, message: missing };
  const p95 = (m) => {
    const v = m?.latency?.batch?.p95Ms;
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  };
  const now = p95(challenger);
  const before = p95(championEntry(report, champion.sha256));
  if (now === null || before === null)
    return {
      ...base,
      status: "fail",
      observed: null,
      message: `the evaluation lacks the p95 batch latency of the ${now === null ? "challenger" : "champion"}`
    };
  const ratio2 = before > 0 ? now / before : now > 0 ? Number.POSITIVE_INFINITY : 1;
  const ok = ratio2 <= max + POLICY_TOLERANCE;
  return {
    ...base,
    status: ok ? "pass" : "fail",
    observed: Number.isFinite(ratio2) ? ratio2 : null,
    message: `p95 batch latency ${fmt(now)} ms vs the champion's ${fmt(before)} ms: ratio ${fmt(ratio2)} ${ok ? "<=" : ">"} ${fmt(max)}`
  };
}
function fmt(n) {
  if (!Number.isFinite(n)) return n > 0 ? "+\u221E" : "\u2212\u221E";
  return String(Number(n.toPrecision(6)));
}
function policyErrors(value) {
  const prefix = "/environments/0/policy";
  return validateValue("registry", { name: "policy", environments: [{ name: "policy", policy: value }] }).filter((e) => e.instancePath.startsWith(prefix)).map((e) => ({ ...e, instancePath: e.instancePath.slice(prefix.length) }));
}
function policyErrorText(e, policy) {
  const segments = policyErrorPath(e);
  const field = segments.length === 0 ? "(the policy)" : segments.join(".");
  let extra = "";
  if (e.keyword === "additionalProperties" && typeof e.params.additionalProperty === "string")
    extra = `: ${e.params.additionalProperty}`;
  else if (policy !== void 0 && e.keyword !== "required") {
    let v = policy;
    for (const seg of segments)
      v = typeof v === "object" && v !== null ? v[seg] : void 0;
    if (v !== void 0 && typeof v !== "object") extra = `, found ${JSON.stringify(v)}`;
  }
  return `${field}: ${e.message}${extra}`;
}
function policyErrorPath(e) {
  if (e.instancePath === "") return [];
  return e.instancePath.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

// packages/core/src/random.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// packages/data/src/engine.ts
var import_node_api = __toESM(require_node_api());
import { basename as basename3 } from "node:path";

// packages/data/src/remote.ts
import { chmodSync, closeSync as closeSync2, mkdtempSync, openSync as openSync2, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename as basename2, join } from "node:path";
var DataDownloads = class {
  constructor(rules, options = {}) {
    this.rules = rules;
    this.options = options;
  }
  rules;
  options;
  files = /* @__PURE__ */ new Map();
  dirs = [];
  /** The URL's local copy, downloaded on first use. */
  get(url) {
    let file = this.files.get(url);
    if (!file) {
      file = this.download(url);
      this.files.set(url, file);
      file.catch(() => this.files.delete(url));
    }
    return file;
  }
  async download(url) {
    const dir = mkdtempSync(join(tmpdir(), "mg-data-"));
    this.dirs.push(dir);
    let name = "data";
    try {
      name = basename2(decodeURIComponent(new URL(url).pathname)).replace(/[^\w.-]/g, "_") || "data";
    } catch {
    }
    const path = join(dir, name);
    const fd = openSync2(path, "wx", 384);
    const phase = `downloading ${name}`;
    const report = this.options.onProgress;
    let done = 0;
    report?.({ phase, done, unit: "bytes" });
    let result2;
    try {
      result2 = await downloadRemote(
        url,
        this.rules,
        (chunk) => {
          writeSync(fd, chunk);
          done += chunk.length;
          report?.({ phase, done, unit: "bytes" });
        },
        this.options.fetch
      );
    } finally {
      closeSync2(fd);
    }
    chmodSync(path, 256);
    return { url, path, ...result2 };
  }
  /** Removes every downloaded file. */
  close() {
    this.files.clear();
    for (const dir of this.dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
};

// packages/data/src/engine.ts
var PROGRESS_POLL_MS = 200;
function dataDownloads(options) {
  return new DataDownloads(dataRemoteRules(options), {
    ...options.fetch ? { fetch: options.fetch } : {},
    ...options.onProgress ? { onProgress: options.onProgress } : {}
  });
}
function dataRemoteRules(options) {
  return {
    allowedHosts: options.allowedHosts ?? [],
    allowListName: "the data allow-list",
    allowListSource: options.allowListSource ?? "modelgate.yaml data.allowedHosts",
    what: "data",
    protocols: ["https:", "http:"],
    ...options.maxDownloadBytes !== void 0 ? { maxBytes: options.maxDownloadBytes } : {}
  };
}
function columnTypeOf(duckType) {
  const t = duckType.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(t))
    return "int";
  if (/^(FLOAT|DOUBLE|REAL)$/.test(t) || t.startsWith("DECIMAL")) return "float";
  if (t === "BOOLEAN") return "bool";
  if (t.startsWith("TIMESTAMP") || t === "DATE") return "timestamp";
  return "string";
}
function lit(s) {
  return `'${s.replaceAll("'", "''")}'`;
}
function ident(s) {
  return `"${s.replaceAll('"', '""')}"`;
}
var isUrl = (p) => /^https?:\/\//i.test(p);
function detectFormat(path) {
  const p = path.toLowerCase().replace(/\.(gz|gzip|zst)$/, "");
  if (p.endsWith(".parquet") || p.endsWith(".pq")) return "parquet";
  if (p.endsWith(".jsonl") || p.endsWith(".ndjson") || p.endsWith(".json")) return "jsonl";
  return "csv";
}
var DataEngine = class _DataEngine {
  constructor(instance, connection, options) {
    this.instance = instance;
    this.connection = connection;
    this.options = options;
  }
  instance;
  connection;
  options;
  tables = 0;
  /** the downloads this engine made for itself (none given in its options), removed on close */
  owned;
  static async create(options = {}) {
    const config = {
      memory_limit: options.memoryLimit ?? "1GB",
      // return freed memory to the OS promptly, so the process stays near memory_limit (measured:
      // peak RSS 535–545 MB instead of 540–615 MB at 300MB on the 1M-row benchmark)
      allocator_flush_threshold: "8MB",
      allocator_background_threads: "true"
    };
    if (options.threads !== void 0) config.threads = String(options.threads);
    if (options.tempDirectory !== void 0) config.temp_directory = options.tempDirectory;
    const instance = await import_node_api.DuckDBInstance.create(":memory:", config);
    const connection = await instance.connect();
    await connection.run("SET preserve_insertion_order = false");
    if (options.onProgress)
      await connection.run("SET enable_progress_bar = true; SET enable_progress_bar_print = false");
    return new _DataEngine(instance, connection, options);
  }
  /** The phase reported as running, polled for DuckDB's progress of its queries. */
  current = null;
  timer = null;
  lastPercentage = -1;
  /**
   * Reports that the phase `phase` starts (nothing without a listener). Until the next step, DuckDB's
   * progress of the query running is reported with it every PROGRESS_POLL_MS (a phase of several
   * queries starts again at 0 with each).
   */
  step(phase, counts) {
    const report = this.options.onProgress;
    if (!report) return;
    this.current = phase;
    this.lastPercentage = -1;
    report(counts ? progressOf(phase, counts.done, counts.total, counts.unit) : { phase });
    this.timer ??= setInterval(() => {
      const p = this.connection.progress.percentage;
      if (this.current !== null && p >= 0 && p !== this.lastPercentage) {
        this.lastPercentage = p;
        report({ phase: this.current, fraction: Math.min(1, p / 100) });
      }
    }, PROGRESS_POLL_MS);
    this.timer.unref();
  }
  close() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.connection.closeSync();
    this.instance.closeSync();
    this.owned?.close();
    this.owned = void 0;
  }
  /**
   * An http(s) input is downloaded to a temporary file first (once per job: `options.downloads`,
   * shared with the evidence's digest), then read like a local one: it needs no DuckDB extension
   * (httpfs installs itself from the internet), and the bytes read are the bytes the digest is
   * taken of. Messages name the URL.
   */
  async loadUrl(url, read) {
    if (!this.options.downloads) this.owned ??= dataDownloads(this.options);
    const downloads = this.options.downloads ?? this.owned;
    const { path: local } = await downloads.get(url);
    try {
      const loaded = await this.load(local, { ...read, format: read.format ?? detectFormat(local) });
      return { ...loaded, path: url };
    } catch (error2) {
      if (error2 instanceof UserError)
        throw new UserError(error2.message.replaceAll(local, url), { cause: error2, exitCode: error2.exitCode });
      throw error2;
    }
  }
  /**
   * Runs a query; `lists` are the lists of doubles `listParam(1)`, `listParam(2)`, … name in the
   * SQL. Each is bound as one text parameter (JavaScript's shortest round-trip form of every
   * double, so DuckDB's correctly rounded cast gives back the same doubles) and cast in SQL:
   * binding them as DOUBLE[] values cost about 15 ms per list of 1,000 (seconds for a wide
   * table), literals in the SQL text far more.
   */
  async query(sql, lists = []) {
    const reader = lists.length === 0 ? await this.connection.runAndReadAll(sql) : await this.connection.runAndReadAll(
      sql,
      lists.map((l) => JSON.stringify(l)),
      lists.map(() => import_node_api.VARCHAR)
    );
    return reader.getRowObjectsJS();
  }
  /** The SQL table expression that reads a file (no loading). */
  sourceSql(path, read = {}) {
    const format = read.format ?? detectFormat(path);
    if (format === "parquet") return `read_parquet(${lit(path)})`;
    if (format === "jsonl") return `read_json_auto(${lit(path)}, format='newline_delimited')`;
    const opts = [`header=${read.header === false ? "false" : "true"}`];
    const delim = read.delimiter ?? (/\.tsv(\.gz)?$/i.test(path) ? "	" : void 0);
    if (delim !== void 0) opts.push(`delim=${lit(delim)}`);
    if (read.onError === "skip") opts.push("ignore_errors=true", "store_rejects=true");
    return `read_csv(${lit(path)}, ${opts.join(", ")})`;
  }
  /**
   * After a failed strict read: reads again, dropping malformed rows, and throws a UserError naming
   * the first malformed row's line. Returns when no row was rejected (the failure was something else).
   */
  async firstMalformedRow(path, read, original) {
    let rejects = [];
    try {
      await this.connection.run(`SELECT count(*) FROM ${this.sourceSql(path, { ...read, onError: "skip" })}`);
      rejects = await this.query("SELECT line, error_message FROM reject_errors ORDER BY line LIMIT 1");
      await this.connection.run("DELETE FROM reject_errors; DELETE FROM reject_scans");
    } catch {
      return;
    }
    const first = rejects[0];
    if (first) {
      throw new UserError(
        `${path}:${Number(first.line)}: malformed CSV row (${firstLine(first.error_message)}); fix it or read with --on-error skip`,
        { cause: original }
      );
    }
  }
  /** Loads a file into a table: one parse, all later statistics read the columnar table. */
  async load(path, read = {}) {
    if (isUrl(path)) return this.loadUrl(path, read);
    checkDataFile(path, read);
    const table = `t${++this.tables}`;
    const format = read.format ?? detectFormat(path);
    try {
      this.step(`reading ${basename3(path)}`);
      await this.connection.run(`CREATE TEMP TABLE ${table} AS SELECT * FROM ${this.sourceSql(path, read)}`);
    } catch (error2) {
      const tooLong = /Maximum line size of (\d+) bytes exceeded/.exec(String(error2?.message));
      if (tooLong)
        throw new UserError(
          longLineMessage(path, Number(tooLong[1]), findLongLine(path, Number(tooLong[1]))),
          {
            cause: error2
          }
        );
      if (format === "csv" && !/\.(gz|gzip|zst)$/i.test(path)) {
        const long = findLongLine(path, CSV_MAX_LINE_BYTES);
        if (long !== void 0)
          throw new UserError(longLineMessage(path, CSV_MAX_LINE_BYTES, long), { cause: error2 });
      }
      if (format === "csv" && read.onError !== "skip") await this.firstMalformedRow(path, read, error2);
      throw new UserError(describeReadError(path, error2), { cause: error2 });
    }
    const described = await this.query(
      `SELECT column_name, data_type AS column_type FROM duckdb_columns() WHERE database_name = 'temp' AND table_name = ${lit(table)} ORDER BY column_index`
    );
    const columns = described.map((d) => ({
      name: d.column_name,
      duckType: d.column_type,
      type: columnTypeOf(d.column_type)
    }));
    if (columns.length > INPUT_LIMITS.maxColumns) {
      await this.connection.run(`DROP TABLE ${table}`);
      throw new UserError(tooWide(path, columns.length));
    }
    const [{ n }] = await this.query(`SELECT count(*) AS n FROM ${table}`);
    const rows = Number(n);
    const rejected = { count: 0, examples: [] };
    if (format === "csv" && read.onError === "skip") {
      const rej = await this.query(
        "SELECT line, error_message FROM reject_errors ORDER BY line"
      );
      const lines = new Set(rej.map((r) => Number(r.line)));
      rejected.count = lines.size;
      rejected.examples = rej.slice(0, 5).map((r) => ({ line: Number(r.line), message: firstLine(r.error_message) }));
      await this.connection.run("DELETE FROM reject_errors; DELETE FROM reject_scans");
    }
    if (format === "csv" && columns.length === 1) {
      const name = columns[0].name;
      const sep = [",", ";", "	", "|"].find((c) => c !== read.delimiter && name.includes(c));
      if (sep !== void 0) {
        await this.connection.run(`DROP TABLE ${table}`);
        if (read.delimiter !== void 0) {
          throw new UserError(
            `${path}: read as a single column "${name.slice(0, 60)}" with delimiter ${JSON.stringify(read.delimiter)}; the delimiter looks like ${JSON.stringify(sep)} \u2014 pass it with --delimiter`
          );
        }
        if (read.onError !== "skip")
          await this.firstMalformedRow(path, { ...read, delimiter: sep }, void 0);
        return this.load(path, { ...read, delimiter: sep });
      }
    }
    return { table, path, columns, rows, rejected };
  }
};
function checkDataFile(path, read = {}, shown = path) {
  const size = checkRegularFile(path, "data", shown);
  if (size === 0) throw new UserError(`${shown}: the file is empty (no header, no rows)`);
  const format = read.format ?? detectFormat(path);
  if (format === "parquet" || /\.(gz|gzip|zst)$/i.test(path)) return;
  checkTextStart(path, format, shown);
  if (format === "csv") {
    const widest = csvHeaderWidth(path, read.delimiter ?? (/\.tsv$/i.test(path) ? "	" : void 0));
    if (widest.columns > INPUT_LIMITS.maxColumns)
      throw new UserError(tooWide(shown, widest.columns, widest.delimiter));
    const long = findLongLine(path, CSV_MAX_LINE_BYTES, CSV_SNIFF_ROWS + 1);
    if (long !== void 0) throw new UserError(longLineMessage(shown, CSV_MAX_LINE_BYTES, long));
  }
  if (format === "jsonl") {
    const line = findDeepJsonLine(fileChunks(path), INPUT_LIMITS.maxJsonDepth);
    if (line !== void 0) {
      throw new UserError(
        `${shown}:${line}: JSON nested more than ${INPUT_LIMITS.maxJsonDepth} levels deep; flatten the record`
      );
    }
  }
}
function checkTextStart(path, format, shown = path) {
  const head = fileChunks(path, 64 * 1024).next().value ?? new Uint8Array();
  const utf16 = utf16Encoding(head);
  if (utf16 !== void 0)
    throw new UserError(
      `${shown}: the file is ${utf16} text; re-encode it as UTF-8 (e.g. iconv -f ${utf16} -t UTF-8)`
    );
  const nul = head.indexOf(0);
  if (nul >= 0)
    throw new UserError(
      `${shown}: binary file (a NUL byte at offset ${nul}), not a ${format === "csv" ? "CSV" : "JSONL"} text file`
    );
}
function tooWide(path, columns, delimiter) {
  const at = delimiter === void 0 ? "" : ` (split at ${JSON.stringify(delimiter)})`;
  return `${path}: ${columns} columns${at}; modelgate reads at most ${INPUT_LIMITS.maxColumns} columns of a data file (select the columns you need first)`;
}
function csvHeaderWidth(path, delimiter) {
  const candidates = delimiter !== void 0 ? [delimiter] : [",", ";", "	", "|"];
  const codes = candidates.map((d) => d.charCodeAt(0));
  const counts = candidates.map(() => 0);
  let quoted = false;
  let read = 0;
  outer: for (const chunk of fileChunks(path)) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === 34) quoted = !quoted;
      else if (!quoted && (b === 10 || b === 13)) break outer;
      else if (!quoted) {
        const k = codes.indexOf(b);
        if (k >= 0) counts[k]++;
      }
    }
    read += chunk.length;
    if (read > 8 * 1024 * 1024) break;
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k] > counts[best]) best = k;
  return { columns: counts[best] + 1, delimiter: candidates[best] };
}
var CSV_MAX_LINE_BYTES = 2e6;
var CSV_SNIFF_ROWS = 20480;
function findLongLine(path, max, maxLines = Number.POSITIVE_INFINITY) {
  let line = 1;
  let length = 0;
  for (const chunk of fileChunks(path)) {
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] === 10) {
        if (++line > maxLines) return void 0;
        length = 0;
      } else if (++length > max) return line;
    }
  }
  return void 0;
}
function longLineMessage(path, max, found) {
  const where = found === void 0 ? path : `${path}:${found}`;
  return `${where}: a line (or a quoted value spanning lines) is longer than ${max} bytes, the most one CSV row may hold`;
}
function firstLine(s) {
  return s.split("\n")[0].trim();
}
function describeReadError(path, error2) {
  const raw = error2 instanceof Error ? error2.message : String(error2);
  const line = /Line:\s*(\d+)/.exec(raw)?.[1] ?? /line (\d+)/i.exec(raw)?.[1];
  const column = /Column (\S+) is being converted/.exec(raw)?.[1];
  const original = /Original Line:\s*\n?(.*)/.exec(raw)?.[1];
  const where = line ? `${path}:${line}` : path;
  if (/No files found|does not exist|No such file/i.test(raw)) return `${path}: no such file`;
  if (/Invalid unicode|not utf-8 encoded/i.test(raw)) {
    return `${where}: the file is not valid UTF-8 (re-encode it, e.g. iconv -f latin1 -t utf-8)`;
  }
  if (/Could not convert|Conversion Error/i.test(raw)) {
    const value = /Could not convert string "([^"]*)"/.exec(raw)?.[1];
    return `${where}: column ${column ?? "?"}: value ${value === void 0 ? "" : `"${value}" `}does not match the type detected from the first rows (mixed types in one column); fix the row or read with --on-error skip`;
  }
  if (/Expected Number of Columns|too many columns|Value with unterminated quote|unquoted|CSV Error|sniff/i.test(
    raw
  )) {
    const why = /Expected Number of Columns: \d+ Found: \d+/.exec(raw)?.[0] ?? firstLine(raw).replace(/^.*Error:\s*/, "");
    return `${where}: malformed CSV row (${why})${original ? `: ${original.slice(0, 80)}` : ""}; fix it or read with --on-error skip`;
  }
  return `${where}: cannot read the data: ${firstLine(raw).replace(/^.*Error:\s*/, "")}`;
}

// packages/data/src/read-columns.ts
async function readColumns(path, columns, options = {}) {
  const engine = await DataEngine.create(options.engine);
  try {
    const loaded = await engine.load(path, options);
    const src = loaded.table;
    const types = new Map(loaded.columns.map((d) => [d.name, d.duckType.toUpperCase()]));
    const missing = columns.filter((c) => !types.has(c));
    if (missing.length > 0)
      throw new UserError(`${path}: no column ${missing.map((m) => `"${m}"`).join(", ")}`);
    const strings = new Set(options.strings ?? []);
    const exprs = columns.map((c) => {
      const t = types.get(c);
      if (strings.has(c)) return `${ident(c)}::VARCHAR`;
      if (t.startsWith("TIMESTAMP") || t === "DATE") return `epoch(${ident(c)})::DOUBLE`;
      if (t === "BOOLEAN") return `${ident(c)}::INTEGER::DOUBLE`;
      if (t === "VARCHAR") return `TRY_CAST(${ident(c)} AS DOUBLE)`;
      return `${ident(c)}::DOUBLE`;
    });
    const result2 = await engine.connection.stream(`SELECT ${exprs.join(", ")} FROM ${src}`);
    const parts = columns.map(() => []);
    let rows = 0;
    for (; ; ) {
      const chunk = await result2.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      rows += chunk.rowCount;
      for (let i = 0; i < columns.length; i++) parts[i].push(chunk.getColumnValues(i));
    }
    const out = {};
    columns.forEach((c, i) => {
      if (strings.has(c)) {
        out[c] = parts[i].flat().map((v) => v === null ? "" : String(v));
      } else {
        const arr = new Float64Array(rows);
        let k = 0;
        for (const p of parts[i]) for (const v of p) arr[k++] = v === null ? Number.NaN : v;
        out[c] = arr;
      }
    });
    return { rows, columns: out };
  } finally {
    engine.close();
  }
}

// packages/model/src/table.ts
import { createHash as createHash3 } from "node:crypto";
import { closeSync as closeSync3, openSync as openSync3, readSync as readSync2, statSync as statSync2 } from "node:fs";
import { basename as basename4 } from "node:path";
var COMMA = 44;
var QUOTE = 34;
var LF = 10;
var CR = 13;
var WINDOW_BYTES = 16 << 20;
function readTable(path, requests, onProgress, options = {}) {
  let size;
  let fd;
  try {
    size = statSync2(path).size;
    fd = openSync3(path, "r");
  } catch {
    throw new UserError(`${path}: dataset not found`);
  }
  try {
    if (size === 0) throw new UserError(`${path}: the dataset is empty (no header, no rows)`);
    return readWindows(path, fd, size, requests, onProgress, options.windowBytes ?? WINDOW_BYTES);
  } finally {
    closeSync3(fd);
  }
}
function readWindows(path, fd, size, requests, onProgress, windowBytes) {
  const hash = createHash3("sha256");
  let window = Buffer.allocUnsafe(Math.max(1, Math.min(size, windowBytes)));
  let buf = window.subarray(0, 0);
  let n = 0;
  let base = 0;
  let eof = false;
  let pos = 0;
  const refill = (from) => {
    const keep = n - from;
    if (keep === window.length) {
      const wider = Buffer.allocUnsafe(window.length * 2);
      window.copy(wider, 0, from, n);
      window = wider;
    } else window.copyWithin(0, from, n);
    base += from;
    pos -= from;
    let len = keep;
    while (len < window.length) {
      const got = readSync2(fd, window, len, window.length - len, base + len);
      if (got === 0) {
        eof = true;
        break;
      }
      hash.update(window.subarray(len, len + got));
      len += got;
    }
    n = len;
    buf = window.subarray(0, n);
  };
  refill(0);
  let fieldStart = 0;
  let fieldEnd = 0;
  let quoted = false;
  let endOfLine = false;
  const readField = () => {
    quoted = false;
    if (pos < n && buf[pos] === QUOTE) {
      quoted = true;
      pos++;
      fieldStart = pos;
      while (pos < n) {
        if (buf[pos] === QUOTE) {
          if (buf[pos + 1] === QUOTE) {
            pos += 2;
            continue;
          }
          break;
        }
        pos++;
      }
      fieldEnd = pos;
      pos++;
    } else {
      fieldStart = pos;
      while (pos < n) {
        const c = buf[pos];
        if (c === COMMA || c === LF || c === CR) break;
        pos++;
      }
      fieldEnd = pos;
    }
    if (pos >= n) {
      endOfLine = true;
    } else if (buf[pos] === COMMA) {
      pos++;
      endOfLine = false;
    } else {
      if (buf[pos] === CR) pos++;
      if (buf[pos] === LF) pos++;
      endOfLine = true;
    }
  };
  const fieldText = () => {
    const s = buf.toString("utf8", fieldStart, fieldEnd);
    return quoted ? s.replace(/""/g, '"') : s;
  };
  let first = headerRecord(buf);
  while (!eof && first.end >= n) {
    refill(0);
    first = headerRecord(buf);
  }
  const header = first.header;
  pos = first.end;
  const slots = [];
  for (const r of requests) {
    const index = header.indexOf(r.name);
    if (index < 0)
      throw new UserError(`${path}: column '${r.name}' not found; columns are ${header.join(", ")}`);
    if (!slots.some((s) => s.name === r.name)) slots.push({ ...r, index });
  }
  const byIndex = header.map(
    (_, i) => slots.find((s) => s.index === i)
  );
  let capacity = Math.max(1024, Math.ceil(size / Math.max(8, header.length * 4)));
  const numbers = /* @__PURE__ */ new Map();
  const strings = /* @__PURE__ */ new Map();
  for (const s of slots) {
    if (s.kind === "number") numbers.set(s.name, new Float64Array(capacity));
    else strings.set(s.name, []);
  }
  const numberArrays = byIndex.map(
    (s) => s?.kind === "number" ? numbers.get(s.name) : void 0
  );
  const stringArrays = byIndex.map(
    (s) => s?.kind === "string" ? strings.get(s.name) : void 0
  );
  const stringColumns = [...strings.values()];
  let rows = 0;
  let line = 1;
  const readAgain = (rowStart, rowLine) => {
    pos = rowStart;
    line = rowLine;
    for (const strs of stringColumns) if (strs.length > rows) strs.length = rows;
    refill(rowStart);
  };
  const phase = `reading ${basename4(path)}`;
  const step = Math.max(1 << 20, Math.ceil(size / 100));
  let nextReport = onProgress ? pos : Number.POSITIVE_INFINITY;
  for (; ; ) {
    if (pos >= n) {
      if (eof) break;
      refill(pos);
      if (pos >= n) break;
    }
    if (base + pos >= nextReport) {
      onProgress?.(progressOf(phase, base + pos, size, "bytes"));
      nextReport = base + pos + step;
    }
    const rowStart = pos;
    const rowLine = line;
    line++;
    if (buf[pos] === LF || buf[pos] === CR) {
      if (buf[pos] === CR) pos++;
      if (buf[pos] === LF) pos++;
      if (!eof && pos >= n) readAgain(rowStart, rowLine);
      continue;
    }
    if (rows === capacity) {
      capacity *= 2;
      for (let i = 0; i < numberArrays.length; i++) {
        const old = numberArrays[i];
        if (!old) continue;
        const grown = new Float64Array(capacity);
        grown.set(old);
        numberArrays[i] = grown;
      }
    }
    let col = 0;
    const ncols = header.length;
    try {
      do {
        const numArr = col < ncols ? numberArrays[col] : void 0;
        const c0 = buf[pos];
        let fast = false;
        if (c0 !== QUOTE && (numArr !== void 0 || stringArrays[col] === void 0)) {
          if (numArr !== void 0) {
            let i = pos;
            let negative = false;
            if (c0 === 45) {
              negative = true;
              i++;
            }
            let mantissa = 0;
            let digits = 0;
            let scale = 1;
            let c = buf[i];
            while (c !== void 0 && c >= 48 && c <= 57) {
              mantissa = mantissa * 10 + (c - 48);
              digits++;
              c = buf[++i];
            }
            if (c === 46) {
              c = buf[++i];
              while (c !== void 0 && c >= 48 && c <= 57) {
                mantissa = mantissa * 10 + (c - 48);
                scale *= 10;
                digits++;
                c = buf[++i];
              }
            }
            if ((c === COMMA || c === LF || c === CR || c === void 0) && digits <= 15) {
              if (digits > 0) {
                numArr[rows] = negative ? -(mantissa / scale) : mantissa / scale;
                pos = i;
                fast = true;
              } else if (i === pos) {
                numArr[rows] = Number.NaN;
                fast = true;
              }
            }
          } else {
            let c = buf[pos];
            while (c !== void 0 && c !== COMMA && c !== LF && c !== CR) c = buf[++pos];
            fast = true;
          }
        }
        if (fast) {
          const c = buf[pos];
          if (c === COMMA) {
            pos++;
            endOfLine = false;
          } else {
            if (c === CR) pos++;
            if (buf[pos] === LF) pos++;
            endOfLine = true;
          }
        } else {
          readField();
          if (numArr) {
            numArr[rows] = parseNumber(
              buf,
              fieldStart,
              fieldEnd,
              path,
              line,
              header[col],
              fieldText
            );
          } else {
            const strArr = stringArrays[col];
            if (strArr) strArr.push(fieldText());
          }
        }
        col++;
      } while (!endOfLine);
      if (col !== header.length)
        throw new UserError(`${path}:${line}: expected ${header.length} fields, found ${col}`);
    } catch (error2) {
      if (eof || pos < n) throw error2;
    }
    if (!eof && pos >= n) {
      readAgain(rowStart, rowLine);
      continue;
    }
    rows++;
  }
  if (rows === 0) throw new UserError(`${path}: the dataset has a header but no rows`);
  const columns = /* @__PURE__ */ new Map();
  for (const s of slots) {
    if (s.kind === "number") {
      const arr = numberArrays[s.index];
      columns.set(s.name, { kind: "number", values: arr.subarray(0, rows) });
    } else {
      columns.set(s.name, { kind: "string", values: stringArrays[s.index] });
    }
  }
  onProgress?.(progressOf(phase, size, size, "bytes"));
  return { path, rows, sha256: hash.digest("hex"), header, columns };
}
function headerRecord(buf) {
  const header = [];
  const text2 = (a, b) => Buffer.from(buf.buffer, buf.byteOffset + a, b - a).toString("utf8");
  let pos = 0;
  const n = buf.length;
  for (; ; ) {
    let name;
    if (pos < n && buf[pos] === QUOTE) {
      const start = ++pos;
      while (pos < n && !(buf[pos] === QUOTE && buf[pos + 1] !== QUOTE)) pos += buf[pos] === QUOTE ? 2 : 1;
      name = text2(start, pos).replace(/""/g, '"');
      pos++;
      const rest = pos;
      while (pos < n && buf[pos] !== COMMA && buf[pos] !== LF && buf[pos] !== CR) pos++;
      name += text2(rest, pos);
    } else {
      const start = pos;
      while (pos < n && buf[pos] !== COMMA && buf[pos] !== LF && buf[pos] !== CR) pos++;
      name = text2(start, pos);
    }
    header.push(name.trim());
    if (pos < n && buf[pos] === COMMA) {
      pos++;
      continue;
    }
    if (buf[pos] === CR) pos++;
    if (buf[pos] === LF) pos++;
    break;
  }
  if (header[0]?.charCodeAt(0) === 65279) header[0] = header[0].slice(1);
  return { header, end: pos };
}
function readHeader(path) {
  let head;
  try {
    const fd = openSync3(path, "r");
    try {
      head = Buffer.alloc(1 << 20);
      head = head.subarray(0, readSync2(fd, head, 0, head.length, 0));
    } finally {
      closeSync3(fd);
    }
  } catch {
    throw new UserError(`${path}: dataset not found`);
  }
  const { header } = headerRecord(head);
  if (header.length === 1 && header[0] === "")
    throw new UserError(`${path}: the dataset is empty (no header, no rows)`);
  return header;
}
function parseNumber(buf, start, end, path, line, column, text2) {
  if (start === end) return Number.NaN;
  let i = start;
  let negative = false;
  if (buf[i] === 45) {
    negative = true;
    i++;
  }
  let value = 0;
  let digits = 0;
  while (i < end) {
    const c = buf[i];
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
    digits++;
    i++;
  }
  if (i < end && buf[i] === 46) {
    i++;
    let scale = 1;
    let frac = 0;
    let fracDigits = 0;
    while (i < end) {
      const c = buf[i];
      if (c < 48 || c > 57) break;
      frac = frac * 10 + (c - 48);
      scale *= 10;
      fracDigits++;
      i++;
    }
    digits += fracDigits;
    if (digits <= 15 && i === end) {
      const v2 = (value * scale + frac) / scale;
      return negative ? -v2 : v2;
    }
  } else if (i === end && digits > 0 && digits <= 15) {
    return negative ? -value : value;
  }
  const s = text2().trim();
  if (s === "") return Number.NaN;
  const lower = s.toLowerCase();
  if (lower === "true") return 1;
  if (lower === "false") return 0;
  if (lower === "nan" || lower === "na" || lower === "null") return Number.NaN;
  const v = Number(s);
  if (Number.isNaN(v))
    throw new UserError(`${path}:${line}: column '${column}': expected a number, found '${s.slice(0, 40)}'`);
  return v;
}

// packages/model/src/evaluation-data.ts
function viaDuckDB(path) {
  return detectFormat(path) !== "csv" || /\.(gz|gzip|zst|tsv)$/i.test(path);
}
async function describe2(path) {
  const engine = await DataEngine.create({ threads: 2 });
  try {
    const loaded = await engine.load(path);
    return {
      names: loaded.columns.map((c) => c.name),
      types: new Map(loaded.columns.map((c) => [c.name, c.duckType.toUpperCase()])),
      rows: loaded.rows
    };
  } finally {
    engine.close();
  }
}
async function datasetHeader(path) {
  if (!viaDuckDB(path)) return readHeader(path);
  return (await describe2(path)).names;
}
async function readDataset(path, requests, onProgress) {
  if (!viaDuckDB(path)) return readTable(path, requests, onProgress);
  const { names, types, rows } = await describe2(path);
  if (rows === 0) throw new UserError(`${path}: the dataset has no rows`);
  for (const r of requests) {
    if (!names.includes(r.name))
      throw new UserError(`${path}: column '${r.name}' not found; columns are ${names.join(", ")}`);
    if (r.kind === "number" && types.get(r.name) === "VARCHAR")
      throw new UserError(`${path}: column '${r.name}': expected numbers, the file holds text`);
  }
  const read = await readColumns(
    path,
    requests.map((r) => r.name),
    {
      strings: requests.filter((r) => r.kind === "string").map((r) => r.name),
      engine: { threads: 2, ...onProgress ? { onProgress } : {} }
    }
  );
  const columns = /* @__PURE__ */ new Map();
  for (const r of requests) {
    const v = read.columns[r.name];
    columns.set(
      r.name,
      r.kind === "number" ? { kind: "number", values: v } : { kind: "string", values: v }
    );
  }
  return {
    path,
    rows: read.rows,
    sha256: (await hashFile(path, "data", onProgress)).sha256,
    header: names,
    columns
  };
}

// packages/model/src/evaluation-policy.ts
function sliceMetricOf(task) {
  return task === "binary-classification" ? "roc_auc" : task === "regression" ? "r2" : "accuracy";
}
function evaluatePolicy(report, policy) {
  return decidePolicy(policy, report, reportChampion(report)).map((c) => ({
    name: c.id,
    passed: c.status !== "fail",
    status: c.status,
    observed: c.observed,
    expected: c.expected,
    message: c.message
  }));
}

// packages/model/src/metrics.ts
var LOG_LOSS_EPS = 1e-15;
function binaryConfusion(y, p, threshold) {
  let tn = 0;
  let fp = 0;
  let fn = 0;
  let tp = 0;
  for (let i = 0; i < y.length; i++) {
    const pos = p[i] >= threshold;
    if (y[i] === 1) {
      if (pos) tp++;
      else fn++;
    } else if (pos) fp++;
    else tn++;
  }
  return { tn, fp, fn, tp };
}
var ratio = (a, b) => b === 0 ? 0 : a / b;
function argsortScores(p) {
  const n = p.length;
  const order = new Uint32Array(n);
  let constant = true;
  for (let i = 1; constant && i < n; i++) if (p[i] !== p[0]) constant = false;
  if (constant) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order;
  }
  const SHIFT = 2 ** 21;
  let packable = n <= SHIFT;
  for (let i = 0; packable && i < n; i++) {
    const v = p[i];
    if (!(v >= 0) || Math.fround(v) !== v) packable = false;
  }
  if (packable) {
    const f32 = new Float32Array(1);
    const u32 = new Uint32Array(f32.buffer);
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = p[i];
      f32[0] = v === 0 ? 0 : v;
      keys[i] = u32[0] * SHIFT + i;
    }
    keys.sort();
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      order[i] = k - Math.floor(k / SHIFT) * SHIFT;
    }
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  const values = Float64Array.from(p);
  order.sort((a, b) => values[a] - values[b]);
  return order;
}
function sortScores(y, p) {
  const order = argsortScores(p);
  const n = order.length;
  const ps = new Float64Array(n);
  const ys = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = order[i];
    ps[i] = p[r];
    ys[i] = y[r] === 1 ? 1 : 0;
  }
  const loss = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const clipped = Math.min(Math.max(p[i], LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    loss[i] = -Math.log(y[i] === 1 ? clipped : 1 - clipped);
  }
  return { order, p: ps, y: ys, loss };
}
function rankMetricsByGroup(sorted, groupOf, k) {
  const { order, p, y } = sorted;
  const n = order.length;
  const groups = k < 255 ? new Uint8Array(n) : new Uint32Array(n);
  if (groupOf) for (let i2 = 0; i2 < n; i2++) groups[i2] = groupOf[order[i2]];
  const P = new Float64Array(k);
  const N = new Float64Array(k);
  for (let i2 = 0; i2 < n; i2++) {
    const gi = groups[i2];
    if (gi >= k) continue;
    if (y[i2] === 1) P[gi] = P[gi] + 1;
    else N[gi] = N[gi] + 1;
  }
  const posG = new Float64Array(k);
  const negG = new Float64Array(k);
  const touched = new Uint32Array(k);
  const stamp = new Int32Array(k).fill(-1);
  const posBelow = new Float64Array(k);
  const negBelow = new Float64Array(k);
  const wins = new Float64Array(k);
  const ap = new Float64Array(k);
  let i = 0;
  let round = 0;
  while (i < n) {
    const v = p[i];
    let t = 0;
    round++;
    while (i < n) {
      const row = i;
      if (p[row] !== v) break;
      i++;
      const gi = groups[row];
      if (gi >= k) continue;
      if (stamp[gi] !== round) {
        stamp[gi] = round;
        touched[t++] = gi;
        posG[gi] = 0;
        negG[gi] = 0;
      }
      if (y[row] === 1) posG[gi] = posG[gi] + 1;
      else negG[gi] = negG[gi] + 1;
    }
    for (let j = 0; j < t; j++) {
      const gi = touched[j];
      const pos = posG[gi];
      const neg = negG[gi];
      const pb = posBelow[gi];
      const nb = negBelow[gi];
      wins[gi] = wins[gi] + pos * (nb + neg / 2);
      if (pos > 0) {
        const tp = P[gi] - pb;
        const fp = N[gi] - nb;
        ap[gi] = ap[gi] + pos / P[gi] * (tp / (tp + fp));
      }
      posBelow[gi] = pb + pos;
      negBelow[gi] = nb + neg;
    }
  }
  const rocAucs = [];
  const aps = [];
  for (let gi = 0; gi < k; gi++) {
    const pos = P[gi];
    const neg = N[gi];
    rocAucs.push(pos === 0 || neg === 0 ? null : wins[gi] / (pos * neg));
    aps.push(pos === 0 ? null : ap[gi]);
  }
  return { rocAuc: rocAucs, averagePrecision: aps };
}
function binaryMetricsByGroup(y, p, threshold, sorted, groupOf, k) {
  const counts = Array.from({ length: k }, () => ({ tn: 0, fp: 0, fn: 0, tp: 0, loss: 0, brier: 0, n: 0 }));
  const loss = sorted.loss;
  for (let i = 0; i < y.length; i++) {
    const gi = groupOf ? groupOf[i] : 0;
    if (gi >= k) continue;
    const c = counts[gi];
    const q = p[i];
    const pos = q >= threshold;
    const d = q - y[i];
    c.n++;
    c.brier += d * d;
    c.loss += loss[i];
    if (y[i] === 1) {
      if (pos) c.tp++;
      else c.fn++;
    } else if (pos) c.fp++;
    else c.tn++;
  }
  const ranks = rankMetricsByGroup(sorted, groupOf, k);
  return counts.map((c, gi) => {
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    return {
      confusion: { tn: c.tn, fp: c.fp, fn: c.fn, tp: c.tp },
      metrics: {
        accuracy: ratio(c.tp + c.tn, c.n),
        precision,
        recall,
        f1: ratio(2 * precision * recall, precision + recall),
        roc_auc: ranks.rocAuc[gi] ?? null,
        average_precision: ranks.averagePrecision[gi] ?? null,
        log_loss: c.n === 0 ? null : c.loss / c.n,
        brier: c.n === 0 ? null : c.brier / c.n,
        positive_rate: ratio(c.tp + c.fp, c.n),
        prevalence: ratio(c.tp + c.fn, c.n)
      }
    };
  });
}
function multiclassMetrics(y, probs, k) {
  const n = y.length;
  const confusion = Array.from({ length: k }, () => new Array(k).fill(0));
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestP = -Infinity;
    for (let j = 0; j < k; j++) {
      const v = probs[i * k + j];
      if (v > bestP) {
        bestP = v;
        best = j;
      }
    }
    const t = y[i];
    confusion[t][best] = confusion[t][best] + 1;
    const q = Math.min(Math.max(probs[i * k + t], LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    loss -= Math.log(q);
  }
  let correct = 0;
  let macroP = 0;
  let macroR = 0;
  let macroF = 0;
  let wP = 0;
  let wR = 0;
  let wF = 0;
  for (let c = 0; c < k; c++) {
    const row = confusion[c];
    const tp = row[c];
    correct += tp;
    let predicted = 0;
    for (let r2 = 0; r2 < k; r2++) predicted += confusion[r2][c];
    const support = row.reduce((a, b) => a + b, 0);
    const p = ratio(tp, predicted);
    const r = ratio(tp, support);
    const f = ratio(2 * p * r, p + r);
    macroP += p / k;
    macroR += r / k;
    macroF += f / k;
    wP += p * support / n;
    wR += r * support / n;
    wF += f * support / n;
  }
  return {
    metrics: {
      accuracy: correct / n,
      precision_macro: macroP,
      recall_macro: macroR,
      f1_macro: macroF,
      precision_weighted: wP,
      recall_weighted: wR,
      f1_weighted: wF,
      log_loss: loss / n
    },
    confusion
  };
}
function regressionMetrics(y, yhat) {
  const n = y.length;
  let abs = 0;
  let sq = 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i];
  mean /= n;
  let tot = 0;
  let ape = 0;
  let apeRows = 0;
  for (let i = 0; i < n; i++) {
    const t = y[i];
    const d = t - yhat[i];
    abs += Math.abs(d);
    sq += d * d;
    tot += (t - mean) * (t - mean);
    if (t !== 0) {
      ape += Math.abs(d) / Math.abs(t);
      apeRows++;
    }
  }
  return {
    mae: abs / n,
    rmse: Math.sqrt(sq / n),
    r2: tot === 0 ? sq === 0 ? 1 : 0 : 1 - sq / tot,
    mape: apeRows === 0 ? null : ape / apeRows,
    mape_excluded_rows: n - apeRows
  };
}
function greaterIsBetter(metric) {
  return !/^(log_loss|brier|mae|rmse|mape|mse)$/.test(metric);
}
function bootstrapIntervals(n, compute, options) {
  const rand = seededRandom(options.seed);
  const samples = /* @__PURE__ */ new Map();
  const rows = new Uint32Array(n);
  for (let b = 0; b < options.resamples; b++) {
    for (let i = 0; i < n; i++) rows[i] = Math.floor(rand() * n);
    const m = compute(rows);
    for (const [name, v] of Object.entries(m)) {
      if (v === null || !Number.isFinite(v)) continue;
      const list2 = samples.get(name) ?? [];
      if (list2.length === 0) samples.set(name, list2);
      list2.push(v);
    }
  }
  const alpha = 1 - (options.confidence ?? 0.95);
  const out = {};
  for (const [name, list2] of samples) {
    list2.sort((a, b) => a - b);
    out[name] = { low: quantile(list2, alpha / 2), high: quantile(list2, 1 - alpha / 2) };
  }
  return out;
}
function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo];
  const b = sorted[hi];
  return a + (b - a) * (pos - lo);
}

// packages/model/src/runner.ts
import { readFileSync } from "node:fs";
var ort = __toESM(require_onnxruntime_node());

// packages/model/src/zipmap.ts
function readVarint(buf, pos) {
  let result2 = 0n;
  let shift = 0n;
  for (; ; ) {
    if (pos >= buf.length) throw new Error("truncated varint");
    const b = buf[pos++];
    result2 |= BigInt(b & 127) << shift;
    if ((b & 128) === 0) return [result2, pos];
    shift += 7n;
  }
}
function parseFields(buf) {
  const out = [];
  let pos = 0;
  while (pos < buf.length) {
    const start = pos;
    const [key, p] = readVarint(buf, pos);
    pos = p;
    const field = Number(key >> 3n);
    const wire = Number(key & 7n);
    let valueStart = pos;
    let valueEnd = pos;
    let varint = 0n;
    if (wire === 0) {
      [varint, pos] = readVarint(buf, pos);
      valueEnd = pos;
    } else if (wire === 1) {
      pos += 8;
      valueEnd = pos;
    } else if (wire === 5) {
      pos += 4;
      valueEnd = pos;
    } else if (wire === 2) {
      const [len, q] = readVarint(buf, pos);
      valueStart = q;
      valueEnd = q + Number(len);
      pos = valueEnd;
    } else throw new Error(`unsupported wire type ${wire}`);
    if (pos > buf.length) throw new Error("truncated field");
    out.push({ field, wire, start, end: pos, valueStart, valueEnd, varint });
  }
  return out;
}
function encodeVarint(v) {
  const bytes = [];
  let x = v;
  while (x >= 128) {
    bytes.push(x & 127 | 128);
    x = Math.floor(x / 128);
  }
  bytes.push(x);
  return bytes;
}
function lengthDelimited(field, payload) {
  const head = [...encodeVarint(field << 3 | 2), ...encodeVarint(payload.length)];
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}
function concat(parts) {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
var text = (buf, f) => new TextDecoder().decode(buf.subarray(f.valueStart, f.valueEnd));
function stripZipMap(model) {
  let top;
  try {
    top = parseFields(model);
  } catch {
    return null;
  }
  const graphField = top.find((f) => f.field === 7 && f.wire === 2);
  if (!graphField) return null;
  const graph = model.subarray(graphField.valueStart, graphField.valueEnd);
  const gFields = parseFields(graph);
  let zip = null;
  for (const f of gFields) {
    if (f.field !== 1 || f.wire !== 2) continue;
    const node = graph.subarray(f.valueStart, f.valueEnd);
    const nFields = parseFields(node);
    const op = nFields.find((x) => x.field === 4);
    if (!op || text(node, op) !== "ZipMap") continue;
    const input = nFields.find((x) => x.field === 1);
    const output = nFields.find((x) => x.field === 2);
    if (!input || !output) continue;
    const labels = [];
    for (const a of nFields.filter((x) => x.field === 5)) {
      const attr = node.subarray(a.valueStart, a.valueEnd);
      const aFields = parseFields(attr);
      const nameField = aFields.find((x) => x.field === 1);
      const name = nameField ? text(attr, nameField) : "";
      if (name === "classlabels_strings")
        for (const s of aFields.filter((x) => x.field === 9)) labels.push(text(attr, s));
      if (name === "classlabels_int64s")
        for (const s of aFields.filter((x) => x.field === 8)) {
          if (s.wire === 0) labels.push(Number(BigInt.asIntN(64, s.varint)));
          else {
            let p = s.valueStart;
            while (p < s.valueEnd) {
              const [v, q] = readVarint(attr, p);
              labels.push(Number(BigInt.asIntN(64, v)));
              p = q;
            }
          }
        }
    }
    zip = { field: f, input: text(node, input), output: text(node, output), labels };
    break;
  }
  if (!zip) return null;
  const z = zip;
  const enc = new TextEncoder();
  const tensorType = lengthDelimited(1, new Uint8Array([8, 1]));
  const typeProto = lengthDelimited(2, tensorType);
  const valueInfo = concat([lengthDelimited(1, enc.encode(z.input)), typeProto]);
  const parts = [];
  for (const f of gFields) {
    if (f === z.field) continue;
    if (f.field === 12 && f.wire === 2) {
      const vi = graph.subarray(f.valueStart, f.valueEnd);
      const nameField = parseFields(vi).find((x) => x.field === 1);
      if (nameField && text(vi, nameField) === z.output) {
        parts.push(lengthDelimited(12, valueInfo));
        continue;
      }
    }
    parts.push(graph.subarray(f.start, f.end));
  }
  const newGraph = concat(parts);
  const modelParts = top.map(
    (f) => f === graphField ? lengthDelimited(7, newGraph) : model.subarray(f.start, f.end)
  );
  return { bytes: concat(modelParts), zipmapOutput: z.output, tensorOutput: z.input, labels: z.labels };
}

// packages/model/src/runner.ts
var ONNX_TO_DTYPE = {
  float32: "float32",
  float64: "float64",
  int64: "int64",
  string: "string"
};
function errorDetail(error2, max = 600) {
  const line = (error2 instanceof Error ? error2.message : String(error2)).split("\n")[0] ?? "";
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(" ", max);
  return `${line.slice(0, cut > max / 2 ? cut : max)} \u2026`;
}
async function loadModel(path, options = {}) {
  let data;
  checkRegularFile(path, "model");
  try {
    data = readFileSync(path);
  } catch {
    throw new UserError(`${path}: model file not found`);
  }
  if (data.length === 0) throw new UserError(`${path}: not an ONNX model (the file is empty)`);
  const start = process.hrtime.bigint();
  const open = async (bytes2) => {
    try {
      return await ort.InferenceSession.create(bytes2, {
        intraOpNumThreads: options.threads ?? 1,
        interOpNumThreads: 1,
        graphOptimizationLevel: "all",
        // onnxruntime's own log lines (coloured, on stderr) would repeat the error our message
        // gives with the file name: fatal only
        logSeverityLevel: 4
      });
    } catch (error2) {
      const detail = errorDetail(error2);
      throw new UserError(`${path}: not a valid ONNX model (${data.length} bytes; onnxruntime: ${detail})`);
    }
  };
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.length);
  let session = await open(bytes);
  let zipmap;
  if (session.outputMetadata.some((m) => !m.isTensor)) {
    const rewrite = stripZipMap(bytes);
    if (rewrite) {
      await session.release();
      session = await open(rewrite.bytes);
      zipmap = { output: rewrite.zipmapOutput, tensorOutput: rewrite.tensorOutput, labels: rewrite.labels };
    }
  }
  const loadMs = Number(process.hrtime.bigint() - start) / 1e6;
  const info = (m) => m.isTensor ? { name: m.name, isTensor: true, type: m.type, shape: [...m.shape] } : { name: m.name, isTensor: false, type: null, shape: [] };
  return {
    path,
    sha256: hashBytes(data),
    bytes: data.length,
    session,
    loadMs,
    inputs: session.inputMetadata.map(info),
    outputs: session.outputMetadata.map(info),
    ...zipmap ? { zipmap } : {}
  };
}
function dtypeOf(model, input) {
  const t = input.type ?? "";
  const d = ONNX_TO_DTYPE[t];
  if (!d)
    throw new UserError(`${model.path}: input '${input.name}' has type ${t}, which evaluation does not feed`);
  return d;
}
function planInputs(model, spec, header, features, exclude = []) {
  const declared = spec.signature?.inputs;
  const names = model.inputs.map((i) => i.name);
  let plan;
  if (declared?.mode === "columns" || !declared && model.inputs.length > 1) {
    const feats = declared?.features ?? names;
    const missingInModel = feats.filter((f) => !names.includes(f));
    const missingInSig = names.filter((n) => !feats.includes(n));
    if (missingInModel.length > 0 || missingInSig.length > 0)
      throw new UserError(
        `${model.path}: the model inputs do not match the signature: expected [${feats.join(", ")}], found [${names.join(", ")}]`
      );
    plan = {
      mode: "columns",
      inputNames: feats,
      features: feats,
      dtypes: feats.map(
        (f) => declared?.dtype ?? dtypeOf(model, model.inputs.find((i) => i.name === f))
      )
    };
  } else {
    let input;
    if (declared?.name) {
      input = model.inputs.find((i) => i.name === declared.name);
      if (!input)
        throw new UserError(
          `${model.path}: the signature names input '${declared.name}', the model has [${names.join(", ")}]`
        );
    } else if (model.inputs.length === 1) input = model.inputs[0];
    else
      throw new UserError(
        `${model.path}: the model has ${model.inputs.length} inputs [${names.join(", ")}]; declare signature.inputs.name`
      );
    const inp = input;
    const feats = declared?.features ?? features ?? header.filter((h) => h !== spec.label && !exclude.includes(h));
    const width = inp.shape.length >= 2 ? inp.shape[inp.shape.length - 1] : void 0;
    if (typeof width === "number" && width !== feats.length)
      throw new UserError(
        `${model.path}: input '${inp.name}' takes ${width} features, ${feats.length} given: [${feats.join(", ")}]`
      );
    const dtype = declared?.dtype ?? dtypeOf(model, inp);
    plan = { mode: "tensor", inputNames: [inp.name], features: feats, dtypes: feats.map(() => dtype) };
  }
  const absent2 = plan.features.filter((f) => !header.includes(f));
  if (absent2.length > 0)
    throw new UserError(
      `the dataset lacks feature column(s) [${absent2.join(", ")}] the model needs: expected [${plan.features.join(", ")}], found [${header.join(", ")}]`
    );
  return plan;
}
function planOutputs(model, spec) {
  const declared = spec.signature?.outputs;
  const names = model.outputs.map((o) => o.name);
  if (model.zipmap) names.push(model.zipmap.output);
  if (model.zipmap && (declared?.kind === "zipmap" || declared?.name === model.zipmap.output || !declared?.name)) {
    const z = model.zipmap;
    if (spec.task === "regression")
      throw new UserError(`${model.path}: a ZipMap output cannot be a regression value`);
    const key = declared?.positiveClass ?? 1;
    const index2 = z.labels.findIndex((l) => String(l) === String(key));
    if (spec.task === "binary-classification" && index2 < 0)
      throw new UserError(
        `${model.path}: positiveClass ${JSON.stringify(key)} is not a ZipMap key; keys are [${z.labels.join(", ")}]`
      );
    return { kind: "zipmap", name: z.tensorOutput, positiveClass: index2, classes: z.labels.length };
  }
  if (declared?.name && !names.includes(declared.name))
    throw new UserError(
      `${model.path}: the signature names output '${declared.name}', the model has [${names.join(", ")}]`
    );
  const classes = declared?.classes?.length ?? 0;
  if (spec.task === "regression") {
    const out = declared?.name ?? model.outputs.find((o) => o.isTensor && /float/.test(o.type ?? ""))?.name;
    if (!out) throw new UserError(`${model.path}: no floating-point output to read as the predicted value`);
    return { kind: "value", name: out, positiveClass: 0, classes: 0 };
  }
  let kind = declared?.kind;
  let name = declared?.name;
  if (!name) {
    const zip = model.outputs.find((o) => !o.isTensor);
    const prob = model.outputs.find((o) => o.isTensor && /float/.test(o.type ?? "") && /prob/i.test(o.name)) ?? [...model.outputs].reverse().find((o) => o.isTensor && /float/.test(o.type ?? ""));
    if (kind === "zipmap" || !kind && !prob && zip) {
      name = zip?.name;
      kind = "zipmap";
    } else {
      name = prob?.name;
      kind = kind ?? "probabilities";
    }
  }
  if (!name) throw new UserError(`${model.path}: no probability output found among [${names.join(", ")}]`);
  const pc = declared?.positiveClass ?? 1;
  const index = typeof pc === "number" ? pc : /^\d+$/.test(pc) ? Number(pc) : -1;
  if (spec.task === "binary-classification" && (index < 0 || index > 1))
    throw new UserError(
      `signature.outputs.positiveClass: ${JSON.stringify(pc)} must be 0 or 1, the column of output '${name}' holding the positive class`
    );
  return { kind: kind ?? "probabilities", name, positiveClass: index, classes };
}
function buildFeeds(plan, cols, start, end, path, scratch) {
  const b = end - start;
  const feeds = {};
  if (plan.mode === "tensor") {
    const f = plan.features.length;
    const dtype = plan.dtypes[0];
    const name = plan.inputNames[0];
    if (dtype === "string") {
      const data2 = new Array(b * f);
      for (let j = 0; j < f; j++) {
        const c = cols[j];
        for (let r = 0; r < b; r++) data2[r * f + j] = String(c.values[start + r]);
      }
      feeds[name] = new ort.Tensor("string", data2, [b, f]);
      return feeds;
    }
    const Kind = dtype === "float32" ? Float32Array : dtype === "float64" ? Float64Array : null;
    if (Kind && !(scratch.data instanceof Kind && scratch.data.length >= b * f))
      scratch.data = new Kind(b * f);
    const data = Kind ? scratch.data.subarray(0, b * f) : null;
    if (data) {
      for (let j = 0; j < f; j++) {
        const v = cols[j].values;
        for (let r = 0; r < b; r++) data[r * f + j] = v[start + r];
      }
      feeds[name] = new ort.Tensor(dtype, data, [b, f]);
    } else {
      const ints = new BigInt64Array(b * f);
      for (let j = 0; j < f; j++) {
        const v = cols[j].values;
        for (let r = 0; r < b; r++)
          ints[r * f + j] = toBigInt(v[start + r], start + r, plan.features[j], path);
      }
      feeds[name] = new ort.Tensor("int64", ints, [b, f]);
    }
    return feeds;
  }
  for (let j = 0; j < plan.features.length; j++) {
    const c = cols[j];
    const dtype = plan.dtypes[j];
    const name = plan.inputNames[j];
    if (dtype === "string") {
      const data = new Array(b);
      for (let r = 0; r < b; r++) data[r] = String(c.values[start + r]);
      feeds[name] = new ort.Tensor("string", data, [b, 1]);
    } else if (dtype === "int64") {
      const v = c.values;
      const ints = new BigInt64Array(b);
      for (let r = 0; r < b; r++)
        ints[r] = toBigInt(v[start + r], start + r, plan.features[j], path);
      feeds[name] = new ort.Tensor("int64", ints, [b, 1]);
    } else {
      const v = c.values.subarray(start, end);
      feeds[name] = new ort.Tensor(dtype, dtype === "float32" ? Float32Array.from(v) : Float64Array.from(v), [
        b,
        1
      ]);
    }
  }
  return feeds;
}
function toBigInt(v, row, feature, path) {
  if (!Number.isInteger(v))
    throw new UserError(`${path}:${row + 2}: column '${feature}': int64 input needs an integer, found ${v}`);
  return BigInt(v);
}
function columnKinds(plan) {
  return plan.features.map((f, j) => ({ name: f, kind: plan.dtypes[j] === "string" ? "string" : "number" }));
}
function readOutput(model, task, outPlan, result2, b, start, out) {
  const t = result2[outPlan.name];
  const data = t.data;
  const width = t.dims.length >= 2 ? Number(t.dims[t.dims.length - 1]) : 1;
  if (data.length !== b * width)
    throw new UserError(`${model.path}: output '${outPlan.name}' has ${data.length} values for ${b} rows`);
  if (task === "regression") {
    for (let r = 0; r < b; r++) out.values[start + r] = Number(data[r * width]);
  } else if (task === "binary-classification") {
    const pc = typeof outPlan.positiveClass === "number" ? outPlan.positiveClass : 1;
    if (width === 1) for (let r = 0; r < b; r++) out.values[start + r] = Number(data[r]);
    else if (width === 2 && pc >= 0 && pc < 2)
      for (let r = 0; r < b; r++) out.values[start + r] = Number(data[r * 2 + pc]);
    else
      throw new UserError(
        `${model.path}: output '${outPlan.name}' has ${width} columns; a binary classifier gives [N,1] or [N,2]`
      );
  } else {
    if (width !== out.classes)
      throw new UserError(
        `${model.path}: output '${outPlan.name}' has ${width} columns, the signature declares ${out.classes} classes`
      );
    for (let i = 0; i < b * width; i++) out.values[start * width + i] = Number(data[i]);
  }
}
async function predict(model, spec, plan, outPlan, table, options) {
  const rows = options.rows ?? table.rows;
  const cols = plan.features.map((f) => table.columns.get(f));
  const classes = spec.task === "multiclass-classification" ? options.classes ?? outPlan.classes : 1;
  const out = { values: new Float64Array(rows * classes), classes };
  const batchSeconds = [];
  const batchSize = Math.max(1, options.batchSize);
  const scratch = {};
  for (let start = 0; start < rows; start += batchSize) {
    const end = Math.min(rows, start + batchSize);
    const feeds = buildFeeds(plan, cols, start, end, table.path, scratch);
    const t0 = process.hrtime.bigint();
    let result2;
    try {
      result2 = await model.session.run(feeds, [outPlan.name]);
    } catch (error2) {
      const detail = errorDetail(error2);
      throw new UserError(`${model.path}: inference failed on rows ${start + 1}-${end}: ${detail}`);
    }
    batchSeconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
    readOutput(model, spec.task, outPlan, result2, end - start, start, out);
    for (const v of Object.values(result2)) v.dispose?.();
    options.onBatch?.(end, rows);
  }
  const bad = [];
  let badCount = 0;
  for (let i = 0; i < out.values.length; i++)
    if (!Number.isFinite(out.values[i])) {
      const row = Math.floor(i / classes) + 1;
      if (bad[bad.length - 1] !== row) {
        badCount++;
        if (bad.length < 20) bad.push(row);
      }
    }
  if (badCount > 0)
    throw new UserError(
      `${model.path}: the model output is NaN or infinite on ${badCount} row(s): data rows ${bad.join(", ")}${badCount > bad.length ? ", ..." : ""}`,
      { exitCode: 1 }
    );
  return { task: spec.task, rows, values: out.values, classes, batchSeconds, batchSize };
}

// packages/model/src/slices.ts
var MISSING = "(missing)";
var DEFAULT_BINS = 4;
function sliceGroups(feature, column, options = {}) {
  const bins = options.bins ?? DEFAULT_BINS;
  const maxCategories = options.maxCategories ?? 12;
  const n = column.values.length;
  const keys = new Array(n);
  let numeric = null;
  if (column.kind === "number") numeric = column.values;
  else {
    const parsed = new Float64Array(n);
    let ok = true;
    for (let i = 0; i < n; i++) {
      const s = column.values[i].trim();
      const v = s === "" ? Number.NaN : Number(s);
      if (s !== "" && Number.isNaN(v)) {
        ok = false;
        break;
      }
      parsed[i] = v;
    }
    if (ok) numeric = parsed;
  }
  const distinct = /* @__PURE__ */ new Set();
  if (numeric) {
    for (let i = 0; i < n && distinct.size <= maxCategories; i++)
      if (!Number.isNaN(numeric[i])) distinct.add(numeric[i]);
  }
  if (numeric && distinct.size > maxCategories) {
    let count = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(numeric[i])) count++;
    const finite = new Float64Array(count);
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0, j = 0; i < n; i++) {
      const v = numeric[i];
      if (Number.isNaN(v)) continue;
      finite[j++] = v;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const edges = [];
    for (let b = 1; b < bins; b++) {
      const e = selectQuantile(finite, b / bins);
      if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
    }
    const bounds = [lo, ...edges.filter((e) => e > lo && e < hi), hi];
    const labels = [];
    for (let b = 0; b + 1 < bounds.length; b++)
      labels.push(
        `[${fmt2(bounds[b])}, ${fmt2(bounds[b + 1])}${b + 2 === bounds.length ? "]" : ")"}`
      );
    const of = new Uint32Array(n);
    const inner = bounds.slice(1, -1);
    for (let i = 0; i < n; i++) {
      const v = numeric[i];
      if (Number.isNaN(v)) continue;
      let b = 0;
      while (b < inner.length && v >= inner[b]) b++;
      of[i] = b + 1;
    }
    return binRows(feature, of, [MISSING, ...labels]);
  } else {
    for (let i = 0; i < n; i++) {
      const raw = column.values[i];
      const s = typeof raw === "number" ? Number.isNaN(raw) ? "" : String(raw) : raw;
      keys[i] = s === "" ? MISSING : s;
    }
  }
  return groupRows(feature, keys);
}
function binRows(feature, of, labels) {
  const counts = new Array(labels.length).fill(0);
  for (let i = 0; i < of.length; i++) counts[of[i]] = counts[of[i]] + 1;
  const rows = counts.map((c) => new Uint32Array(c));
  const fill = new Array(labels.length).fill(0);
  for (let i = 0; i < of.length; i++) {
    const g = of[i];
    rows[g][fill[g]] = i;
    fill[g] = fill[g] + 1;
  }
  return labels.map((value, g) => ({ feature, value, rows: rows[g] })).filter((s) => s.rows.length > 0);
}
function groupRows(feature, keys) {
  const index = /* @__PURE__ */ new Map();
  const of = new Uint32Array(keys.length);
  const counts = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let g = index.get(key);
    if (g === void 0) {
      g = counts.length;
      index.set(key, g);
      counts.push(0);
    }
    of[i] = g;
    counts[g] = counts[g] + 1;
  }
  const rows = counts.map((c) => new Uint32Array(c));
  const fill = new Array(counts.length).fill(0);
  for (let i = 0; i < keys.length; i++) {
    const g = of[i];
    rows[g][fill[g]] = i;
    fill[g] = fill[g] + 1;
  }
  return [...index.entries()].sort((x, y) => x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0).map(([value, g]) => ({ feature, value, rows: rows[g] }));
}
function select(a, k) {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const pivot = a[left + right >> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k];
  }
  return a[k];
}
function selectQuantile(a, q) {
  const pos = (a.length - 1) * q;
  const lo = Math.floor(pos);
  const x = select(a, lo);
  if (pos === lo) return x;
  const y = select(a, lo + 1);
  return x + (y - x) * (pos - lo);
}
function fmt2(x) {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}
function gather(values, rows, width = 1) {
  const out = new Float64Array(rows.length * width);
  if (width === 1) for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]];
  else
    for (let i = 0; i < rows.length; i++)
      for (let k = 0; k < width; k++) out[i * width + k] = values[rows[i] * width + k];
  return out;
}
function fairness(attribute, groups, y, p, threshold, minSupport) {
  const out = [];
  for (const g of groups) {
    if (g.rows.length < minSupport) continue;
    const c = binaryConfusion(gather(y, g.rows), gather(p, g.rows), threshold);
    out.push({
      value: g.value,
      support: g.rows.length,
      selectionRate: (c.tp + c.fp) / g.rows.length,
      truePositiveRate: c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn),
      falsePositiveRate: c.fp + c.tn === 0 ? null : c.fp / (c.fp + c.tn)
    });
  }
  const spread = (xs) => {
    const v = xs.filter((x) => x !== null);
    return v.length === 0 ? null : Math.max(...v) - Math.min(...v);
  };
  const rates = out.map((g) => g.selectionRate);
  const maxRate = rates.length ? Math.max(...rates) : 0;
  const minRate = rates.length ? Math.min(...rates) : 0;
  const tpr = spread(out.map((g) => g.truePositiveRate));
  const fpr = spread(out.map((g) => g.falsePositiveRate));
  return {
    attribute,
    groups: out,
    demographicParityDifference: maxRate - minRate,
    demographicParityRatio: maxRate === 0 ? 1 : minRate / maxRate,
    equalOpportunityDifference: tpr,
    equalizedOddsDifference: tpr === null && fpr === null ? null : Math.max(tpr ?? 0, fpr ?? 0)
  };
}

// packages/model/src/evaluate.ts
async function openModel(m, threads, onProgress) {
  if (m.expectedSha256) {
    let actual;
    try {
      actual = (await hashFile(m.path, "model", onProgress)).sha256;
    } catch {
      throw new UserError(`${m.path}: model file not found`);
    }
    if (actual !== m.expectedSha256.toLowerCase())
      throw new UserError(
        `${m.path}: artifact digest sha256:${actual} differs from the manifest's sha256:${m.expectedSha256}`
      );
  }
  onProgress?.({ phase: `loading ${m.uri ?? m.path}` });
  return loadModel(m.path, threads === void 0 ? {} : { threads });
}
function percentiles(seconds) {
  const ms = Float64Array.from(seconds.map((s) => s * 1e3)).sort();
  return { runs: ms.length, p50Ms: quantile(ms, 0.5), p95Ms: quantile(ms, 0.95), p99Ms: quantile(ms, 0.99) };
}
function peakRssMB() {
  return process.resourceUsage().maxRSS / 1024;
}
function readLabels(spec, table, classes) {
  const col = table.columns.get(spec.label);
  if (!col) throw new UserError(`${table.path}: label column '${spec.label}' not found`);
  const y = new Float64Array(table.rows);
  if (spec.task === "multiclass-classification") {
    const values = Array.from(col.values, (v2) => String(v2));
    const seen = classes ?? [...new Set(values)].sort();
    const index = new Map(seen.map((c, i) => [c, i]));
    for (let i = 0; i < table.rows; i++) {
      const v2 = String(values[i]);
      const k = index.get(v2);
      if (k === void 0)
        throw new UserError(
          `${table.path}:${i + 2}: label '${spec.label}' value '${v2}' is not one of the model's classes [${seen.join(", ")}]`
        );
      y[i] = k;
    }
    return { y, classes: seen };
  }
  const v = col.values;
  for (let i = 0; i < table.rows; i++) {
    const x = v[i];
    if (Number.isNaN(x)) throw new UserError(`${table.path}:${i + 2}: label '${spec.label}' is missing`);
    if (spec.task === "binary-classification" && x !== 0 && x !== 1)
      throw new UserError(`${table.path}:${i + 2}: label '${spec.label}' must be 0 or 1, found ${x}`);
    y[i] = x;
  }
  return { y, classes: null };
}
function taskMetrics(task, y, values, k, threshold, sorted) {
  if (task === "binary-classification") {
    const r = binaryMetricsByGroup(y, values, threshold, sorted ?? sortScores(y, values), null, 1)[0];
    return { metrics: r.metrics, confusion: r.confusion };
  }
  if (task === "multiclass-classification") {
    const r = multiclassMetrics(y, values, k);
    return { metrics: r.metrics, confusion: r.confusion };
  }
  return { metrics: regressionMetrics(y, values), confusion: null };
}
function readReference(path) {
  const header = readHeader(path);
  const t = readTable(
    path,
    header.map((name) => ({ name, kind: "number" }))
  );
  const width = header.length;
  const values = new Float64Array(t.rows * width);
  header.forEach((h, j) => {
    const col = t.columns.get(h).values;
    for (let r = 0; r < t.rows; r++) values[r * width + j] = col[r];
  });
  return { columns: header, values, width, rows: t.rows };
}
async function evaluateModel(opts) {
  const spec = opts.spec;
  const batchSize = opts.batchSize ?? 1024;
  const minSupport = opts.minSupport ?? 30;
  const threshold = spec.decisionThreshold ?? 0.5;
  const header = await datasetHeader(opts.data.path);
  if (!header.includes(spec.label))
    throw new UserError(
      `${opts.data.path}: label column '${spec.label}' not found; columns are ${header.join(", ")}`
    );
  const sliceFeatures = [.../* @__PURE__ */ new Set([...spec.slices ?? [], ...opts.slices ?? []])];
  const protectedAttrs = [
    .../* @__PURE__ */ new Set([...spec.protectedAttributes ?? [], ...opts.protectedAttributes ?? []])
  ];
  for (const c of [...sliceFeatures, ...protectedAttrs])
    if (!header.includes(c))
      throw new UserError(
        `${opts.data.path}: slice/protected column '${c}' not found; columns are ${header.join(", ")}`
      );
  const progress = opts.onProgress;
  const challenger = await openModel(opts.model, opts.threads, progress);
  const champion = opts.champion ? await openModel(opts.champion, opts.threads, progress) : null;
  const plans = [challenger, ...champion ? [champion] : []].map((m) => ({
    model: m,
    plan: planInputs(
      m,
      spec,
      header,
      opts.features,
      [...sliceFeatures, ...protectedAttrs].filter((c) => !opts.features?.includes(c))
    ),
    out: planOutputs(m, spec)
  }));
  const requests = [];
  const want = (name, kind) => {
    const have = requests.find((r) => r.name === name);
    if (!have) requests.push({ name, kind });
    else if (have.kind !== kind)
      throw new UserError(
        `${opts.data.path}: column '${name}' is used both as a ${have.kind} and as a ${kind}`
      );
  };
  for (const p of plans) for (const c of columnKinds(p.plan)) want(c.name, c.kind);
  want(spec.label, spec.task === "multiclass-classification" ? "string" : "number");
  for (const c of [...sliceFeatures, ...protectedAttrs])
    if (!requests.some((r) => r.name === c)) want(c, "string");
  const table = await readDataset(opts.data.path, requests, progress);
  const dataDigest = { sha256: table.sha256 };
  const declaredClasses = spec.signature?.outputs?.classes?.map(String) ?? null;
  const zipClasses = challenger.zipmap?.labels.map(String) ?? null;
  const labels = readLabels(spec, table, declaredClasses ?? zipClasses);
  const k = labels.classes?.length ?? 1;
  const runs = [];
  const counted = (phase, rows) => {
    if (!progress) return void 0;
    progress(progressOf(phase, 0, rows, "rows"));
    return (done, total) => progress(progressOf(phase, done, total, "rows"));
  };
  for (const [i, p] of plans.entries()) {
    const role = i === 0 ? "challenger" : "champion";
    const pred = await predict(p.model, spec, p.plan, p.out, table, {
      batchSize,
      classes: k,
      onBatch: counted(`inference (${role})`, table.rows)
    });
    const singleRows = Math.min(table.rows, opts.singleRowRuns ?? 100);
    const single = singleRows > 0 ? await predict(p.model, spec, p.plan, p.out, table, {
      batchSize: 1,
      rows: singleRows,
      classes: k,
      onBatch: counted(`latency (${role}, one row at a time)`, singleRows)
    }) : null;
    const total = pred.batchSeconds.reduce((a, b) => a + b, 0);
    runs.push({
      ...p,
      values: pred.values,
      latency: {
        loadMs: p.model.loadMs,
        single: percentiles(single?.batchSeconds ?? []),
        batch: { batchSize, ...percentiles(pred.batchSeconds) },
        rowsPerSecond: total > 0 ? table.rows / total : 0,
        peakRssMB: peakRssMB()
      }
    });
  }
  const main = runs[0];
  const champ = runs[1] ?? null;
  const detRows = Math.min(table.rows, opts.determinismRows ?? 1e3);
  const again = await predict(main.model, spec, main.plan, main.out, table, {
    batchSize,
    rows: detRows,
    classes: k,
    onBatch: counted("determinism (the first rows again)", detRows)
  });
  let identical = true;
  for (let i = 0; i < again.values.length; i++)
    if (!Object.is(again.values[i], main.values[i])) {
      identical = false;
      break;
    }
  const y = labels.y;
  const width = spec.task === "multiclass-classification" ? k : 1;
  const binary = spec.task === "binary-classification";
  const mainOrder = binary ? sortScores(y, main.values) : void 0;
  const champOrder = binary && champ ? sortScores(y, champ.values) : void 0;
  const mainEval = taskMetrics(spec.task, y, main.values, k, threshold, mainOrder);
  if (spec.task === "binary-classification" && mainEval.metrics.roc_auc === null)
    throw new UserError(
      `${opts.data.path}: ROC AUC is undefined: every row of label '${spec.label}' is ${y[0]}; evaluation needs both classes`
    );
  const models = [
    {
      role: "challenger",
      uri: opts.model.uri ?? opts.model.path,
      sha256: main.model.sha256,
      bytes: main.model.bytes,
      metrics: mainEval.metrics,
      confusion: mainEval.confusion,
      latency: main.latency
    }
  ];
  if (opts.bootstrap) {
    const boot = opts.bootstrap;
    progress?.({ phase: `bootstrap (${boot.resamples} resamples)` });
    models[0].intervals = bootstrapIntervals(
      table.rows,
      (rows) => taskMetrics(spec.task, gather(y, rows), gather(main.values, rows, width), k, threshold).metrics,
      boot
    );
  }
  let champEval = null;
  if (champ) {
    champEval = taskMetrics(spec.task, y, champ.values, k, threshold, champOrder);
    models.push({
      role: "champion",
      uri: opts.champion?.uri ?? opts.champion?.path ?? "",
      sha256: champ.model.sha256,
      bytes: champ.model.bytes,
      metrics: champEval.metrics,
      confusion: champEval.confusion,
      latency: champ.latency
    });
  }
  const baselineValues = new Float64Array(table.rows * width);
  let baselineDescription;
  if (spec.task === "multiclass-classification") {
    const counts = new Array(k).fill(0);
    for (const c of y) counts[c] = counts[c] + 1;
    for (let i = 0; i < table.rows; i++)
      for (let c = 0; c < k; c++) baselineValues[i * k + c] = counts[c] / table.rows;
    baselineDescription = "class frequencies (predicts the majority class)";
  } else {
    let mean = 0;
    for (const v of y) mean += v;
    mean /= table.rows;
    baselineValues.fill(mean);
    baselineDescription = spec.task === "binary-classification" ? `constant positive rate ${Number(mean.toPrecision(4))} (the majority class)` : `constant mean ${Number(mean.toPrecision(6))}`;
  }
  const baseEval = taskMetrics(spec.task, y, baselineValues, k, threshold);
  models.push({
    role: "baseline",
    uri: "baseline:trivial",
    sha256: null,
    bytes: null,
    description: baselineDescription,
    metrics: baseEval.metrics,
    confusion: baseEval.confusion,
    latency: null
  });
  progress?.({ phase: "slices and fairness" });
  const sliceMetric = sliceMetricOf(spec.task);
  const fallbackMetric = "accuracy";
  const slices = [];
  const groupsByFeature = /* @__PURE__ */ new Map();
  for (const f of [...sliceFeatures, ...protectedAttrs]) {
    if (groupsByFeature.has(f)) continue;
    groupsByFeature.set(
      f,
      sliceGroups(f, table.columns.get(f), opts.bins === void 0 ? {} : { bins: opts.bins })
    );
  }
  for (const f of sliceFeatures) {
    const groups = groupsByFeature.get(f) ?? [];
    const evaluated = groups.filter((g) => g.rows.length >= minSupport);
    let groupOf;
    const byGroup = (values, order) => {
      if (binary && order) {
        if (!groupOf) {
          groupOf = (evaluated.length < 255 ? new Uint8Array(table.rows) : new Uint32Array(table.rows)).fill(
            evaluated.length
          );
          evaluated.forEach((g, gi) => {
            for (const r of g.rows) groupOf[r] = gi;
          });
        }
        return binaryMetricsByGroup(y, values, threshold, order, groupOf, evaluated.length).map(
          (r) => r.metrics
        );
      }
      return evaluated.map(
        (g) => taskMetrics(spec.task, gather(y, g.rows), gather(values, g.rows, width), k, threshold).metrics
      );
    };
    const mine = byGroup(main.values, mainOrder);
    const theirs = champ ? byGroup(champ.values, champOrder) : null;
    for (const g of groups) {
      const gi = evaluated.indexOf(g);
      slices.push({
        feature: f,
        value: g.value,
        support: g.rows.length,
        evaluated: gi >= 0,
        metrics: gi >= 0 ? mine[gi] : null,
        champion: gi >= 0 && theirs ? theirs[gi] : null
      });
    }
  }
  let worstSlice = null;
  const gib = greaterIsBetter(sliceMetric);
  for (const s of slices) {
    const metric = s.metrics?.[sliceMetric] === null ? fallbackMetric : sliceMetric;
    const v = s.metrics?.[metric];
    const overall = mainEval.metrics[metric];
    if (v === null || v === void 0 || overall === null || overall === void 0) continue;
    const gap = gib ? overall - v : v - overall;
    if (!worstSlice || gap > worstSlice.gap)
      worstSlice = { feature: s.feature, value: s.value, metric, metricValue: v, overall, gap };
  }
  const fairnessReports = [];
  if (spec.task === "binary-classification")
    for (const a of protectedAttrs)
      fairnessReports.push(fairness(a, groupsByFeature.get(a) ?? [], y, main.values, threshold, minSupport));
  let parity = null;
  if (opts.reference) {
    progress?.({ phase: "training/serving parity" });
    const ref = readReference(opts.reference.path);
    if (ref.rows !== table.rows || ref.width !== width)
      throw new UserError(
        `${opts.reference.path}: reference predictions have ${ref.rows} rows x ${ref.width} values, the evaluation has ${table.rows} x ${width}`
      );
    const tolerance = opts.reference.tolerance ?? 1e-5;
    let mismatched = 0;
    let maxAbs = 0;
    const examples = [];
    for (let r = 0; r < table.rows; r++) {
      let bad = false;
      for (let j = 0; j < width; j++) {
        const e = ref.values[r * width + j];
        const o = main.values[r * width + j];
        const d = Math.abs(e - o);
        if (d > maxAbs) maxAbs = d;
        if (!(d <= tolerance)) {
          bad = true;
          if (examples.length < 20) examples.push({ row: r + 1, expected: e, observed: o });
        }
      }
      if (bad) mismatched++;
    }
    parity = {
      reference: opts.reference.uri ?? opts.reference.path,
      tolerance,
      comparedRows: table.rows,
      mismatchedRows: mismatched,
      maxAbsDifference: maxAbs,
      examples
    };
  }
  let featureImportance;
  if (opts.importance) {
    const rand = seededRandom(opts.importance.seed);
    const metric = sliceMetric;
    const base = mainEval.metrics[metric];
    featureImportance = [];
    const features = main.plan.features;
    for (const [fi, f] of features.entries()) {
      progress?.(progressOf("permutation importance", fi, features.length, "features"));
      const col = table.columns.get(f);
      const perm = new Uint32Array(table.rows);
      for (let i = 0; i < perm.length; i++) perm[i] = i;
      for (let i = perm.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        const t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      const shuffled = col.kind === "number" ? { kind: "number", values: gather(col.values, perm) } : { kind: "string", values: Array.from(perm, (r) => col.values[r]) };
      const columns = new Map(table.columns);
      columns.set(f, shuffled);
      const pred = await predict(
        main.model,
        spec,
        main.plan,
        main.out,
        { ...table, columns },
        { batchSize, classes: k }
      );
      const m = taskMetrics(spec.task, y, pred.values, k, threshold).metrics[metric];
      const drop = base === null || base === void 0 || m === null || m === void 0 ? 0 : greaterIsBetter(metric) ? base - m : m - base;
      featureImportance.push({ feature: f, importance: drop });
    }
  }
  const checks = [];
  checks.push({
    name: "numerical-stability",
    passed: true,
    observed: 0,
    expected: 0,
    message: `no NaN or infinite output on ${table.rows} rows`
  });
  checks.push({
    name: "determinism",
    passed: identical,
    observed: identical,
    expected: true,
    message: identical ? `a second run over the first ${detRows} rows gave bit-identical outputs` : `a second run over the first ${detRows} rows gave different outputs`
  });
  if (parity)
    checks.push({
      name: "training-serving-parity",
      passed: parity.mismatchedRows === 0,
      observed: parity.mismatchedRows,
      expected: 0,
      message: parity.mismatchedRows === 0 ? `all ${parity.comparedRows} rows match the reference predictions within ${parity.tolerance} (max difference ${parity.maxAbsDifference.toExponential(2)})` : `${parity.mismatchedRows} row(s) differ from the reference predictions by more than ${parity.tolerance}: rows ${parity.examples.map((e) => e.row).join(", ")}${parity.mismatchedRows > parity.examples.length ? ", ..." : ""}`
    });
  const baselineMetrics = spec.task === "binary-classification" ? ["roc_auc", "log_loss"] : spec.task === "multiclass-classification" ? ["accuracy", "log_loss"] : ["rmse", "mae"];
  const baselineFailures = [];
  for (const m of baselineMetrics) {
    const a = mainEval.metrics[m];
    const b = baseEval.metrics[m];
    if (a === null || a === void 0 || b === null || b === void 0) continue;
    const better = m === "log_loss" || m === "rmse" || m === "mae" ? a < b : a > b;
    if (!better) baselineFailures.push(`${m} ${a.toPrecision(4)} vs baseline ${b.toPrecision(4)}`);
  }
  checks.push({
    name: "beats-baseline",
    passed: baselineFailures.length === 0,
    observed: baselineMetrics.map((m) => `${m} ${mainEval.metrics[m]?.toPrecision(4)}`).join(", "),
    expected: `better than ${baselineDescription} on ${baselineMetrics.join(" and ")}`,
    message: baselineFailures.length === 0 ? `beats the trivial baseline on ${baselineMetrics.join(" and ")}` : `does not beat the trivial baseline: ${baselineFailures.join("; ")}`
  });
  const partial = { models, sliceMetric, slices, fairness: fairnessReports };
  if (opts.policy) checks.push(...evaluatePolicy(partial, opts.policy));
  const inputs = [
    { role: "model", uri: opts.model.uri ?? opts.model.path, sha256: main.model.sha256 }
  ];
  if (champ && opts.champion)
    inputs.push({
      role: "champion",
      uri: opts.champion.uri ?? opts.champion.path,
      sha256: champ.model.sha256
    });
  inputs.push({ role: "data", uri: opts.data.uri ?? opts.data.path, sha256: dataDigest.sha256 });
  if (opts.reference) {
    const refDigest = await hashFile(opts.reference.path);
    inputs.push({
      role: "reference",
      uri: opts.reference.uri ?? opts.reference.path,
      sha256: refDigest.sha256
    });
  }
  for (const r of runs) await r.model.session.release();
  const envelope = createEnvelope({
    kind: "evaluation",
    subject: opts.subject,
    inputs,
    context: opts.context,
    verdict: checks.every((c) => c.passed) ? "pass" : "fail",
    ...opts.createdAt ? { createdAt: opts.createdAt } : {}
  });
  return {
    ...envelope,
    task: spec.task,
    label: spec.label,
    decisionThreshold: spec.task === "binary-classification" ? threshold : null,
    classes: labels.classes,
    dataset: { uri: opts.data.uri ?? opts.data.path, sha256: dataDigest.sha256, rows: table.rows },
    features: main.plan.features,
    models,
    sliceMetric,
    minSupport,
    slices,
    worstSlice,
    fairness: fairnessReports,
    parity,
    determinism: { rows: detRows, identical },
    ...featureImportance ? { featureImportance } : {},
    settings: {
      bins: opts.bins ?? DEFAULT_BINS,
      seed: opts.importance?.seed ?? opts.bootstrap?.seed ?? 1,
      bootstrap: opts.bootstrap?.resamples ?? 0,
      policy: opts.policy ?? null
    },
    checks
  };
}

// packages/model/src/evaluation-job.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, join as join2, relative as relative2, resolve as resolve2 } from "node:path";

// packages/model/src/evaluation-render.ts
var mermaidText = (s) => mdCodeLine(s).replace(/["\\]/g, "'");
var num = (x, digits = 4) => x === null || x === void 0 || Number.isNaN(x) ? "\u2014" : Number(x.toFixed(digits)).toString();
function deltaMark(metric, delta) {
  if (Math.abs(delta) < 1e-12) return "=";
  const better = greaterIsBetter(metric) ? delta > 0 : delta < 0;
  return better ? "\u25B2" : "\u25BC";
}
function metricRows(report) {
  const ch = report.models.find((m) => m.role === "challenger");
  const champ = report.models.find((m) => m.role === "champion");
  const base = report.models.find((m) => m.role === "baseline");
  const policyMetric = (name) => report.checks.filter((c) => c.name === `metric:${name}`);
  return Object.keys(ch.metrics).filter((m) => m !== "mape_excluded_rows").map((metric) => {
    const a = ch.metrics[metric];
    const b = champ?.metrics[metric];
    const delta = a !== null && a !== void 0 && b !== null && b !== void 0 ? a - b : null;
    const check = policyMetric(metric);
    const ci = ch.intervals?.[metric];
    return {
      metric,
      cells: [
        num(a) + (ci ? ` (${num(ci.low)}\u2013${num(ci.high)})` : ""),
        num(b),
        delta === null ? "\u2014" : `${delta >= 0 ? "+" : ""}${num(delta)} ${deltaMark(metric, delta)}`,
        num(base?.metrics[metric])
      ],
      policy: check.length === 0 ? null : !check.some((c) => !c.passed)
    };
  });
}
function renderMarkdown(report) {
  const lines = [];
  const icon = report.verdict === "pass" ? "\u2705" : report.verdict === "warn" ? "\u26A0\uFE0F" : "\u274C";
  lines.push(`## ${icon} Evaluation of ${mdText(report.subject)}: ${report.verdict}`, "");
  lines.push(
    `${report.task} on ${mdCode(report.dataset.uri)} (${report.dataset.rows} rows, sha256 \`${report.dataset.sha256.slice(0, 12)}\`), label ${mdCode(report.label)}` + (report.decisionThreshold !== null ? `, decision threshold ${report.decisionThreshold}` : ""),
    ""
  );
  lines.push(
    "| metric | challenger | champion | \u0394 | trivial baseline | policy |",
    "| --- | ---: | ---: | ---: | ---: | :---: |"
  );
  for (const r of metricRows(report))
    lines.push(
      `| ${mdText(r.metric)} | ${r.cells.join(" | ")} | ${r.policy === null ? "" : r.policy ? "\u2705" : "\u274C"} |`
    );
  const conf = report.models.find((m) => m.role === "challenger")?.confusion;
  if (conf && !Array.isArray(conf)) {
    lines.push(
      "",
      `Confusion at threshold ${report.decisionThreshold}: TP ${conf.tp}, FP ${conf.fp}, FN ${conf.fn}, TN ${conf.tn}.`
    );
  } else if (Array.isArray(conf) && report.classes) {
    const classes = report.classes;
    lines.push(
      "",
      "Confusion (rows: true class, columns: predicted):",
      "",
      `| | ${classes.map(mdText).join(" | ")} |`,
      `| --- | ${classes.map(() => "---:").join(" | ")} |`,
      ...conf.map((row, i) => `| **${mdText(classes[i])}** | ${row.join(" | ")} |`)
    );
  }
  lines.push(
    "",
    "### Checks",
    "",
    "| check | result | observed | expected | |",
    "| --- | :---: | --- | --- | --- |"
  );
  for (const c of report.checks)
    lines.push(
      `| ${mdText(c.name)} | ${c.status === "skip" ? "\u23ED\uFE0F skip" : c.passed ? "\u2705" : "\u274C"} | ${mdText(fmtValue(c.observed))} | ${mdText(fmtValue(c.expected))} | ${mdText(c.message)} |`
    );
  const lat = report.models.filter((m) => m.latency);
  if (lat.length > 0) {
    lines.push(
      "",
      "### Latency",
      "",
      "| model | load ms | p50/p95/p99 ms (1 row) | p50/p95/p99 ms (batch) | rows/s | peak RSS MB |",
      "| --- | ---: | ---: | ---: | ---: | ---: |"
    );
    for (const m of lat) {
      const l = m.latency;
      lines.push(
        `| ${m.role} | ${num(l.loadMs, 1)} | ${num(l.single.p50Ms, 3)} / ${num(l.single.p95Ms, 3)} / ${num(l.single.p99Ms, 3)} | ${num(l.batch.p50Ms, 2)} / ${num(l.batch.p95Ms, 2)} / ${num(l.batch.p99Ms, 2)} (${l.batch.batchSize}) | ${Math.round(l.rowsPerSecond)} | ${num(l.peakRssMB, 0)} |`
      );
    }
  }
  if (report.slices.length > 0) {
    const m = report.sliceMetric;
    lines.push(
      "",
      `### Slices (${mdText(m)}, minimum support ${report.minSupport})`,
      "",
      `| slice | support | challenger | champion | \u0394 |`,
      "| --- | ---: | ---: | ---: | ---: |"
    );
    for (const s of report.slices) {
      const a = s.metrics?.[m];
      const b = s.champion?.[m];
      const d = a !== null && a !== void 0 && b !== null && b !== void 0 ? a - b : null;
      lines.push(
        `| ${mdText(s.feature)} = ${mdText(s.value)} | ${s.support} | ${s.evaluated ? num(a) : "too few rows"} | ${num(b)} | ${d === null ? "\u2014" : `${d >= 0 ? "+" : ""}${num(d)} ${deltaMark(m, d)}`} |`
      );
    }
    if (report.worstSlice)
      lines.push(
        "",
        `Worst slice: **${mdText(report.worstSlice.feature)} = ${mdText(report.worstSlice.value)}**, ${mdText(report.worstSlice.metric)} ${num(report.worstSlice.metricValue)} vs ${num(report.worstSlice.overall)} overall (gap ${num(report.worstSlice.gap)}).`
      );
    const charted = report.slices.filter((s) => s.metrics?.[m] !== null && s.metrics?.[m] !== void 0);
    if (charted.length > 0) {
      lines.push(
        "",
        "```mermaid",
        "xychart-beta",
        `  title "${mermaidText(m)} by slice (challenger)"`,
        `  x-axis [${charted.map((s) => `"${mermaidText(`${s.feature}=${s.value}`)}"`).join(", ")}]`,
        `  y-axis "${mermaidText(m)}" ${Math.min(0, ...charted.map((s) => Number(num(s.metrics?.[m]))))} --> ${Math.max(1, ...charted.map((s) => Number(num(s.metrics?.[m]))))}`,
        `  bar [${charted.map((s) => num(s.metrics?.[m])).join(", ")}]`,
        "```"
      );
    }
  }
  for (const f of report.fairness) {
    lines.push(
      "",
      `### Fairness on ${mdCode(f.attribute)}`,
      "",
      `Demographic parity difference ${num(f.demographicParityDifference)}, ratio ${num(f.demographicParityRatio)}; equal opportunity difference ${num(f.equalOpportunityDifference)}; equalized odds difference ${num(f.equalizedOddsDifference)}.`,
      "",
      "| group | support | selection rate | TPR | FPR |",
      "| --- | ---: | ---: | ---: | ---: |"
    );
    for (const g of f.groups)
      lines.push(
        `| ${mdText(g.value)} | ${g.support} | ${num(g.selectionRate)} | ${num(g.truePositiveRate)} | ${num(g.falsePositiveRate)} |`
      );
  }
  if (report.featureImportance) {
    lines.push(
      "",
      `### Permutation importance (drop in ${mdText(report.sliceMetric)})`,
      "",
      "| feature | importance |",
      "| --- | ---: |"
    );
    for (const f of [...report.featureImportance].sort((a, b) => b.importance - a.importance))
      lines.push(`| ${mdText(f.feature)} | ${num(f.importance)} |`);
  }
  if (report.parity && report.parity.examples.length > 0) {
    lines.push(
      "",
      "### Training/serving parity: mismatched rows",
      "",
      "| row | reference | observed |",
      "| ---: | ---: | ---: |"
    );
    for (const e of report.parity.examples)
      lines.push(`| ${e.row} | ${mdText(e.expected)} | ${mdText(e.observed)} |`);
  }
  lines.push(
    "",
    `<sub>modelgate ${mdText(report.tool.version)} \xB7 ${mdText(report.createdAt)} \xB7 model sha256 \`${report.inputs[0]?.sha256.slice(0, 12)}\`</sub>`,
    ""
  );
  return lines.join("\n");
}
function fmtValue(v) {
  if (v === null || v === void 0) return "\u2014";
  if (typeof v === "number") return num(v);
  return String(v).replace(/\|/g, "\\|");
}
var LABEL_W = 190;
var BAR_X = 200;
var BAR_W = 360;
function barChart(rows, range, aria) {
  const barH = 18;
  const span = range.max - range.min || 1;
  const x = (v) => BAR_X + (Math.max(range.min, Math.min(range.max, v)) - range.min) / span * BAR_W;
  const zero = x(0);
  const body = rows.map((r, i) => {
    const y = 5 + i * (barH + 6);
    const a = Math.min(zero, x(r.value));
    const w = Math.abs(x(r.value) - zero);
    const mark = r.mark === null || r.mark === void 0 ? "" : `<line x1="${x(r.mark).toFixed(1)}" x2="${x(r.mark).toFixed(1)}" y1="${y - 2}" y2="${y + barH + 2}" stroke="#d65f5f" stroke-width="2"/>`;
    return `<g><title>${htmlText(r.label)}: ${num(r.value)}</title><text x="0" y="${y + 13}" font-size="12">${htmlText(fitText(r.label, LABEL_W, 12))}</text><rect x="${a.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${r.value < 0 ? "#999" : "#4878d0"}"/>${mark}<text x="${(Math.max(zero, x(r.value)) + 5).toFixed(1)}" y="${y + 13}" font-size="12">${num(r.value, 3)}</text></g>`;
  }).join("");
  const zeroLine = range.min < 0 ? `<line x1="${zero.toFixed(1)}" x2="${zero.toFixed(1)}" y1="0" y2="${rows.length * (barH + 6) + 6}" stroke="#888"/>` : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${BAR_X + BAR_W + 60}" height="${rows.length * (barH + 6) + 10}" role="img" aria-label="${htmlText(aria)}">${body}${zeroLine}</svg>`;
}
var absent = (text2) => `<p class="absent">${text2}</p>`;
function latencyHtml(report) {
  const measured = report.models.filter((m) => m.latency);
  if (measured.length === 0)
    return absent("Latency was not measured: the report has no <code>models[].latency</code>.");
  const rows = measured.map((m) => {
    const l = m.latency;
    return `<tr><td>${htmlText(m.role)}</td><td>${num(l.loadMs, 1)}</td><td>${num(l.single.p50Ms, 3)} / ${num(l.single.p95Ms, 3)} / ${num(l.single.p99Ms, 3)}</td><td>${num(l.batch.p50Ms, 2)} / ${num(l.batch.p95Ms, 2)} / ${num(l.batch.p99Ms, 2)} (${l.batch.batchSize} rows)</td><td>${Math.round(l.rowsPerSecond).toLocaleString("en-US")}</td><td>${num(l.peakRssMB, 0)}</td></tr>`;
  }).join("\n");
  const ch = report.models.find((m) => m.role === "challenger")?.latency;
  const champ = report.models.find((m) => m.role === "champion")?.latency;
  const ratio2 = ch && champ && champ.batch.p95Ms > 0 ? `<p>Challenger p95 batch latency is ${num(ch.batch.p95Ms / champ.batch.p95Ms, 2)}\xD7 the champion's.</p>` : champ ? "" : "<p>No champion: nothing to compare the latency with.</p>";
  return `<table><tr><th>model</th><th>load ms</th><th>p50 / p95 / p99 ms, 1 row</th><th>p50 / p95 / p99 ms, batch</th><th>rows/s</th><th>peak RSS MB</th></tr>
${rows}
</table>${ratio2}`;
}
function importanceHtml(report) {
  const fi = report.featureImportance;
  if (!fi)
    return absent(
      "Permutation importance was not computed: run <code>modelgate evaluate</code> with <code>--importance</code> (action input <code>importance: true</code>)."
    );
  if (fi.length === 0) return absent("The model has no features to permute.");
  const sorted = [...fi].sort((a, b) => b.importance - a.importance);
  const values = sorted.map((f) => f.importance);
  const chart = barChart(
    sorted.map((f) => ({ label: f.feature, value: f.importance })),
    { min: Math.min(0, ...values), max: Math.max(...values.map(Math.abs), 1e-9) },
    `permutation importance (drop in ${report.sliceMetric})`
  );
  const zero = sorted.filter((f) => f.importance === 0).map((f) => f.feature);
  return `${chart}<p>Drop in ${htmlText(report.sliceMetric)} when the feature's values are shuffled (seeded); 0 means the model ignores it.${zero.length > 0 ? ` Unused: ${zero.map((z) => `<code>${htmlText(z)}</code>`).join(", ")}.` : ""}</p>
<table><tr><th>feature</th><th>importance</th></tr>${sorted.map((f) => `<tr><td>${htmlText(f.feature)}</td><td>${num(f.importance)}</td></tr>`).join("")}</table>`;
}
function parityHtml(report) {
  const p = report.parity;
  if (!p)
    return absent(
      "No reference predictions were given (<code>--reference</code>, or <code>reference-predictions.csv</code> beside the artifact): training/serving parity was not checked."
    );
  const head = `<p>${p.comparedRows} rows compared with <code>${htmlText(p.reference)}</code> within ${p.tolerance}: ${p.mismatchedRows} differ (largest difference ${p.maxAbsDifference.toExponential(2)}).</p>`;
  if (p.examples.length === 0) return head;
  return `${head}<table><tr><th>row</th><th>reference</th><th>observed</th></tr>${p.examples.map((e) => `<tr><td>${e.row}</td><td>${htmlText(e.expected)}</td><td>${htmlText(e.observed)}</td></tr>`).join("")}</table>`;
}
function confusionHtml(report) {
  const conf = report.models.find((m) => m.role === "challenger")?.confusion;
  if (conf && !Array.isArray(conf))
    return `<p>Confusion at threshold ${report.decisionThreshold}: TP ${conf.tp}, FP ${conf.fp}, FN ${conf.fn}, TN ${conf.tn}.</p>`;
  if (Array.isArray(conf) && report.classes) {
    const classes = report.classes;
    return `<p>Confusion (rows: true class, columns: predicted):</p><table><tr><th></th>${classes.map((c) => `<th>${htmlText(c)}</th>`).join("")}</tr>${conf.map((row, i) => `<tr><th>${htmlText(classes[i])}</th>${row.map((n) => `<td>${n}</td>`).join("")}</tr>`).join("")}</table>`;
  }
  return "";
}
function renderHtml(report) {
  const rows = metricRows(report).map(
    (r) => `<tr><td>${htmlText(r.metric)}</td>${r.cells.map((c) => `<td>${htmlText(c)}</td>`).join("")}<td class="${r.policy === null ? "" : r.policy ? "pass" : "fail"}">${r.policy === null ? "" : r.policy ? "pass" : "fail"}</td></tr>`
  ).join("\n");
  const checks = report.checks.map(
    (c) => `<tr class="${c.status === "skip" ? "skip" : c.passed ? "ok" : "bad"}"><td>${htmlText(c.name)}</td><td>${c.status === "skip" ? "skip" : c.passed ? "pass" : "fail"}</td><td>${htmlText(fmtValue(c.observed))}</td><td>${htmlText(fmtValue(c.expected))}</td><td>${htmlText(c.message)}</td></tr>`
  ).join("\n");
  const m = report.sliceMetric;
  const charted = report.slices.filter((s) => typeof s.metrics?.[m] === "number");
  const sliceValues = charted.flatMap((s) => [s.metrics?.[m], s.champion?.[m] ?? 0]);
  const svg = charted.length === 0 ? "" : `${barChart(
    charted.map((s) => ({
      label: `${s.feature}=${s.value}`,
      value: s.metrics?.[m],
      mark: s.champion?.[m] ?? null
    })),
    { min: Math.min(0, ...sliceValues), max: Math.max(1, ...sliceValues) },
    `${m} by slice`
  )}<p>Bars: challenger; red marks: champion.</p>`;
  const slices = report.slices.length === 0 ? absent("No slices: the model declares none and <code>--slices</code> was not given.") : `${svg}<table><tr><th>slice</th><th>support</th><th>challenger</th><th>champion</th></tr>
${report.slices.map(
    (s) => `<tr><td>${htmlText(s.feature)} = ${htmlText(s.value)}</td><td>${s.support}</td><td>${s.evaluated ? num(s.metrics?.[m]) : "too few rows"}</td><td>${num(s.champion?.[m])}</td></tr>`
  ).join("\n")}
</table>${report.worstSlice ? `<p>Worst slice: <strong>${htmlText(report.worstSlice.feature)} = ${htmlText(report.worstSlice.value)}</strong>, ${htmlText(report.worstSlice.metric)} ${num(report.worstSlice.metricValue)} vs ${num(report.worstSlice.overall)} overall.</p>` : ""}`;
  const fair = report.fairness.map(
    (f) => `<h3>Fairness on ${htmlText(f.attribute)}</h3><p>demographic parity difference ${num(f.demographicParityDifference)}, ratio ${num(f.demographicParityRatio)}, equal opportunity difference ${num(f.equalOpportunityDifference)}, equalized odds difference ${num(f.equalizedOddsDifference)}</p><table><tr><th>group</th><th>support</th><th>selection rate</th><th>TPR</th><th>FPR</th></tr>${f.groups.map(
      (g) => `<tr><td>${htmlText(g.value)}</td><td>${g.support}</td><td>${num(g.selectionRate)}</td><td>${num(g.truePositiveRate)}</td><td>${num(g.falsePositiveRate)}</td></tr>`
    ).join("")}</table>`
  ).join("\n");
  const d = report.determinism;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Evaluation of ${htmlText(report.subject)}: ${htmlText(report.verdict)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:80rem}table{border-collapse:collapse;margin:1rem 0}
td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}td,h1,h3,p{overflow-wrap:anywhere}
tr.bad td{background:#fde8e8}tr.ok td:nth-child(2),td.pass{color:#1a7f37}td.fail{color:#cf222e}tr.skip td{color:#666}
h1{display:flex;align-items:center;gap:.5rem}.absent{color:#666;font-style:italic}table.names td:first-child{white-space:nowrap}
.verdict-pass{color:#1a7f37}.verdict-fail{color:#cf222e}.verdict-warn{color:#9a6700}
</style></head><body>
<h1>${verdictBadge(report.verdict)}<span>Evaluation of ${htmlText(report.subject)}</span></h1>
<p>${htmlText(report.task)} on <code>${htmlText(report.dataset.uri)}</code> (${report.dataset.rows} rows, sha256 <code>${htmlText(report.dataset.sha256.slice(0, 12))}</code>), label <code>${htmlText(report.label)}</code>${report.decisionThreshold !== null ? `, decision threshold ${report.decisionThreshold}` : ""}.</p>
<h2>Champion vs challenger</h2>
<table class="names"><tr><th>metric</th><th>challenger</th><th>champion</th><th>\u0394</th><th>trivial baseline</th><th>policy</th></tr>
${rows}
</table>
${confusionHtml(report)}
<h2>Checks</h2>
<table class="names"><tr><th>check</th><th>result</th><th>observed</th><th>expected</th><th>message</th></tr>
${checks}
</table>
<h2>Latency</h2>
${latencyHtml(report)}
<h2>Slices (${htmlText(m)}, minimum support ${report.minSupport})</h2>
${slices}
${fair}
<h2>Permutation importance</h2>
${importanceHtml(report)}
<h2>Training/serving parity and determinism</h2>
${parityHtml(report)}
<p>Determinism: a second run over the first ${d.rows} rows gave ${d.identical ? "bit-identical" : "different"} outputs.</p>
<p><small>modelgate ${htmlText(report.tool.version)} \xB7 ${htmlText(report.createdAt)} \xB7 model sha256 <code>${htmlText(report.inputs[0]?.sha256.slice(0, 12) ?? "")}</code></small></p>
</body></html>
`;
}

// packages/model/src/spec.ts
var TASKS = ["binary-classification", "multiclass-classification", "regression"];
function modelSpecFromManifest(doc, file) {
  const fail = (field, msg) => {
    throw new UserError(`${file}: ${field}: ${msg}`);
  };
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    return fail("(root)", "expected a mapping");
  const m = doc;
  const task = m.task;
  if (typeof task !== "string" || !TASKS.includes(task))
    fail("task", `expected one of ${TASKS.join(", ")}, found ${JSON.stringify(task)}`);
  if (typeof m.label !== "string" || m.label === "") fail("label", "expected the label column name");
  const spec = { task, label: m.label };
  if (typeof m.name === "string") spec.name = m.name;
  if (m.decisionThreshold !== void 0) {
    if (typeof m.decisionThreshold !== "number" || m.decisionThreshold < 0 || m.decisionThreshold > 1)
      fail("decisionThreshold", "expected a number in [0, 1]");
    spec.decisionThreshold = m.decisionThreshold;
  }
  for (const key of ["slices", "protectedAttributes"]) {
    const v = m[key];
    if (v === void 0) continue;
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
      fail(key, "expected a list of column names");
    spec[key] = v;
  }
  const sig = m.signature;
  if (sig !== void 0) {
    if (typeof sig !== "object" || sig === null) fail("signature", "expected a mapping");
    const s = sig;
    spec.signature = {};
    if (s.inputs !== void 0) {
      const i = s.inputs;
      if (i.mode !== "tensor" && i.mode !== "columns")
        fail("signature.inputs.mode", `expected tensor or columns, found ${JSON.stringify(i.mode)}`);
      if (!Array.isArray(i.features) || i.features.length === 0 || i.features.some((x) => typeof x !== "string"))
        fail("signature.inputs.features", "expected a non-empty list of column names");
      if (i.dtype !== void 0 && !["float32", "float64", "int64", "string"].includes(i.dtype))
        fail(
          "signature.inputs.dtype",
          `expected float32, float64, int64 or string, found ${JSON.stringify(i.dtype)}`
        );
      spec.signature.inputs = {
        mode: i.mode,
        features: i.features,
        ...typeof i.name === "string" ? { name: i.name } : {},
        ...i.dtype !== void 0 ? { dtype: i.dtype } : {}
      };
    }
    if (s.outputs !== void 0) {
      const o = s.outputs;
      if (!["probabilities", "zipmap", "value"].includes(o.kind))
        fail(
          "signature.outputs.kind",
          `expected probabilities, zipmap or value, found ${JSON.stringify(o.kind)}`
        );
      if (o.classes !== void 0 && !Array.isArray(o.classes))
        fail("signature.outputs.classes", "expected a list of class labels");
      spec.signature.outputs = {
        kind: o.kind,
        ...typeof o.name === "string" ? { name: o.name } : {},
        ...o.positiveClass !== void 0 ? { positiveClass: o.positiveClass } : {},
        ...o.classes !== void 0 ? { classes: o.classes } : {}
      };
    }
  }
  return spec;
}

// packages/model/src/evaluation-job.ts
async function loadKind(path, kind, file) {
  if (!existsSync2(path)) throw new UserError(`${file}: not found`);
  const loaded = await loadManifestFile(path, { kind, file });
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0 || loaded.value === void 0)
    throw new UserError(
      `${file} is not a valid ${kind} manifest:
${renderDiagnostics(errors, "text").trimEnd()}`
    );
  return loaded.value;
}
function readPolicyFile(path, file = path) {
  let text2;
  checkRegularFile(path, "policy");
  try {
    text2 = readFileSync2(path, "utf8");
  } catch {
    throw new UserError(`${file}: policy file not found`);
  }
  const loaded = loadManifestText(text2, { file });
  const errors = loaded.diagnostics.filter(
    (d) => d.severity === "error" && d.code !== DiagnosticCodes.UnknownKind
  );
  if (errors.length > 0 || loaded.value === void 0)
    throw new UserError(`${file} is not valid YAML:
${renderDiagnostics(errors, "text").trimEnd()}`);
  const problems = policyErrors(loaded.value);
  if (problems.length > 0) {
    const lines = problems.map((e) => {
      const at = loaded.document ? nodeAtPath(loaded.document, policyErrorPath(e)) : null;
      const offset = at?.node?.range?.[0] ?? at?.key?.range?.[0];
      const pos = offset === void 0 ? null : loaded.lineCounter.linePos(offset);
      return `${file}${pos ? `:${pos.line}:${pos.col}` : ""}: ${policyErrorText(e, loaded.value)}`;
    });
    throw new UserError(
      `${file} is not a valid policy (the shape of an environment's policy):
${lines.join("\n")}`
    );
  }
  return loaded.value;
}
function fileUri(registry, uri, field) {
  if (!uri.startsWith("file:"))
    throw new UserError(`${field}: ${uri}: only file: URIs (inside the registry) can be evaluated locally`);
  try {
    return resolve2(registry, repoPathOfFileUri(uri));
  } catch (error2) {
    throw new UserError(`${field}: ${error2.message}`);
  }
}
async function runEvaluationJob(job) {
  const o = job.optionName ?? ((option) => `--${option}`);
  const at = (p) => resolve2(job.cwd, p);
  const notes = [];
  let spec;
  let model;
  let champion;
  let dataPath = job.data === void 0 ? void 0 : at(job.data);
  let dataUri = job.data;
  let policy;
  let reference = job.reference === void 0 ? void 0 : at(job.reference);
  let referenceUri = job.reference;
  let subject;
  let versionDoc;
  if (job.registry !== void 0) {
    const reg = at(job.registry);
    if (!job.modelName || !job.version)
      throw new UserError(`${o("registry")} needs ${o("model-name")} and ${o("version")}`);
    const rel = (p) => relative2(job.cwd, p) || ".";
    const modelFile = join2(reg, "models", job.modelName, "model.yaml");
    const versionFile = join2(reg, "models", job.modelName, "versions", `${job.version}.yaml`);
    const modelDoc = await loadKind(modelFile, "model", rel(modelFile));
    spec = modelSpecFromManifest(modelDoc, rel(modelFile));
    subject = `${job.modelName}@${job.version}`;
    if (job.model !== void 0) {
      if (existsSync2(versionFile))
        throw new UserError(
          `${o("model")}: ${subject} is registered (${rel(versionFile)}), so the registry names its artifact: leave out ${o("model")}`
        );
      model = { path: at(job.model), uri: job.model };
      notes.push(`${subject} is not registered yet: evaluating ${job.model}`);
    } else {
      if (!existsSync2(versionFile))
        throw new UserError(
          `${rel(versionFile)}: not found; to evaluate ${subject} before registering it, pass its file with --model`
        );
      versionDoc = await loadKind(versionFile, "model-version", rel(versionFile));
      const artifact = versionDoc.artifact;
      const artifactPath = fileUri(reg, artifact.uri, `${rel(versionFile)}: artifact.uri`);
      model = { path: artifactPath, uri: artifact.uri, expectedSha256: artifact.sha256 };
      const named = artifact.referencePredictions;
      if (reference === void 0 && named !== void 0) {
        const path = fileUri(reg, named.uri, `${rel(versionFile)}: artifact.referencePredictions.uri`);
        checkRegularFile(path, "reference predictions", rel(path));
        const actual = hashBytes(readFileSync2(path));
        if (actual !== named.sha256)
          throw new UserError(
            `${rel(path)}: reference predictions digest sha256:${actual} differs from the manifest's sha256:${named.sha256}`
          );
        reference = path;
        referenceUri = named.uri;
        notes.push(`reference predictions: ${rel(path)}`);
      }
      if (reference === void 0) {
        const beside = join2(dirname2(artifactPath), "reference-predictions.csv");
        if (existsSync2(beside)) {
          reference = beside;
          referenceUri = `${artifact.uri.replace(/[^/]*$/, "")}reference-predictions.csv`;
          notes.push(`reference predictions: ${rel(beside)}`);
        }
      }
    }
    if (job.environment !== void 0) {
      const envFile = join2(reg, "environments", job.environment, `${job.modelName}.yaml`);
      if (existsSync2(envFile)) {
        const envDoc = await loadKind(envFile, "environment", rel(envFile));
        const live = envDoc.version;
        if (live === job.version)
          notes.push(`${job.version} is already live in ${job.environment}; no champion`);
        else {
          const champFile = join2(reg, "models", job.modelName, "versions", `${live}.yaml`);
          const champDoc = await loadKind(champFile, "model-version", rel(champFile));
          const ca = champDoc.artifact;
          champion = {
            path: fileUri(reg, ca.uri, `${rel(champFile)}: artifact.uri`),
            uri: ca.uri,
            expectedSha256: ca.sha256
          };
          notes.push(`champion: ${job.modelName}@${live}, live in ${job.environment}`);
        }
      } else notes.push(`nothing is live in ${job.environment}: no champion`);
      if (job.policy === void 0) {
        const regFile = join2(reg, "modelgate.yaml");
        if (existsSync2(regFile)) {
          const regDoc = await loadKind(regFile, "registry", rel(regFile));
          const env = regDoc.environments?.find(
            (e) => e.name === job.environment
          );
          if (!env) throw new UserError(`${rel(regFile)}: no environment '${job.environment}'`);
          if (env.policy !== void 0) {
            policy = env.policy;
            notes.push(`policy: environment ${job.environment} in ${rel(regFile)}`);
          }
        }
      }
    }
    if (dataPath === void 0) {
      if (versionDoc === void 0)
        throw new UserError(
          `${o("data")} is required: ${subject} is not registered, so no lineage names its test data`
        );
      const test = (versionDoc.lineage?.datasets ?? []).find((d) => d.role === "test");
      if (!test)
        throw new UserError(`${rel(versionFile)}: no dataset with role test in lineage; pass ${o("data")}`);
      const dsFile = join2(reg, "datasets", test.name, "versions", `${test.version}.yaml`);
      const dsDoc = await loadKind(dsFile, "dataset-version", rel(dsFile));
      dataUri = dsDoc.uri;
      if (!dataUri.startsWith("file:") || dataUri.startsWith("file://"))
        throw new UserError(
          `${rel(dsFile)}: uri: ${dataUri}: only file: paths (relative to the registry) can be evaluated locally; pass --data`
        );
      try {
        dataPath = resolve2(reg, decodeURIComponent(dataUri.slice("file:".length)));
      } catch {
        throw new UserError(`${rel(dsFile)}: uri: ${dataUri}: invalid percent-encoding`);
      }
      notes.push(`data: ${test.name}@${test.version} (${rel(dataPath)})`);
    }
    if (job.champion !== void 0) champion = { path: at(job.champion), uri: job.champion };
  } else {
    if (job.model === void 0)
      throw new UserError(
        `give ${o("model")} (an ONNX file), or ${o("registry")} with ${o("model-name")} and ${o("version")}`
      );
    if (job.data === void 0) throw new UserError(`${o("data")} is required`);
    if (job.modelManifest !== void 0) {
      spec = modelSpecFromManifest(
        await loadKind(at(job.modelManifest), "model", job.modelManifest),
        job.modelManifest
      );
      if (job.task !== void 0) {
        if (!TASKS.includes(job.task))
          throw new UserError(`${o("task")} "${job.task}" must be one of ${TASKS.join(", ")}`);
        spec.task = job.task;
      }
    } else {
      const task = job.task ?? "binary-classification";
      if (!TASKS.includes(task))
        throw new UserError(`${o("task")} "${task}" must be one of ${TASKS.join(", ")}`);
      if (job.label === void 0)
        throw new UserError(`${o("label")} is required without a registry model manifest`);
      spec = { task, label: job.label };
    }
    model = { path: at(job.model), uri: job.model };
    if (job.champion !== void 0) champion = { path: at(job.champion), uri: job.champion };
    if (!job.modelName || !job.version)
      throw new UserError(
        `${o("model")} needs ${o("model-name")} and ${o("version")}: they name the report's subject`
      );
    subject = `${job.modelName}@${job.version}`;
  }
  if (job.label !== void 0) spec.label = job.label;
  if (job.task !== void 0 && job.registry !== void 0) {
    if (!TASKS.includes(job.task))
      throw new UserError(`${o("task")} "${job.task}" must be one of ${TASKS.join(", ")}`);
    spec.task = job.task;
  }
  if (job.policy !== void 0) policy = readPolicyFile(at(job.policy), job.policy);
  if (dataPath === void 0) throw new UserError(`${o("data")} is required`);
  const opts = {
    model,
    data: { path: dataPath, uri: dataUri ?? dataPath },
    spec,
    subject,
    context: job.context
  };
  if (champion) opts.champion = champion;
  if (job.features) opts.features = job.features;
  if (job.slices) opts.slices = job.slices;
  if (job.protectedAttributes) opts.protectedAttributes = job.protectedAttributes;
  if (policy) opts.policy = policy;
  if (reference)
    opts.reference = {
      path: reference,
      uri: referenceUri ?? relative2(job.cwd, reference),
      ...job.tolerance !== void 0 ? { tolerance: job.tolerance } : {}
    };
  if (job.batchSize !== void 0) opts.batchSize = job.batchSize;
  if (job.minSupport !== void 0) opts.minSupport = job.minSupport;
  if (job.bins !== void 0) opts.bins = job.bins;
  if (job.threads !== void 0) opts.threads = job.threads;
  if (job.determinismRows !== void 0) opts.determinismRows = job.determinismRows;
  if (job.singleRowRuns !== void 0) opts.singleRowRuns = job.singleRowRuns;
  if (job.onProgress) opts.onProgress = job.onProgress;
  if (job.importance) opts.importance = { seed: job.seed ?? 1 };
  if (job.bootstrap !== void 0 && job.bootstrap > 0)
    opts.bootstrap = { resamples: job.bootstrap, seed: job.seed ?? 1 };
  const report = await evaluateModel(opts);
  return { report, markdown: renderMarkdown(report), html: renderHtml(report), notes };
}

// packages/model/src/evaluation-job-text.ts
var list = (s) => s?.split(/[,\n]/).map((x) => x.trim()).filter((x) => x !== "");
var EVALUATE_LIMITS = {
  batchSize: 1e6,
  minSupport: 1e9,
  bins: 100,
  bootstrap: 1e4,
  seed: 2 ** 32 - 1
};
function evaluationJobFromText(text2, base, label) {
  const integer = (s, option, min, max) => {
    if (s === void 0) return void 0;
    const n = Number(s);
    if (!/^\s*\d+\s*$/.test(s) || n < min || n > max)
      throw new UserError(`${label(option)} "${s}" must be a whole number from ${min} to ${max}`);
    return n;
  };
  const nonNegative = (s, option) => {
    if (s === void 0) return void 0;
    const n = Number(s);
    if (s.trim() === "" || !Number.isFinite(n) || n < 0)
      throw new UserError(`${label(option)} "${s}" must be a number >= 0`);
    return n;
  };
  if (text2.modelName !== void 0) checkName("model", text2.modelName, label("model-name"));
  if (text2.version !== void 0) checkName("version", text2.version, label("version"));
  if (text2.environment !== void 0) checkName("environment", text2.environment, label("environment"));
  const job = { ...base, optionName: label };
  const set = (key, value) => {
    if (value !== void 0) job[key] = value;
  };
  set("model", text2.model);
  set("data", text2.data);
  set("champion", text2.champion);
  set("label", text2.label);
  set("task", text2.task);
  set("features", list(text2.features));
  set("policy", text2.policy);
  set("slices", list(text2.slices));
  set("protectedAttributes", list(text2.protected));
  set("registry", text2.registry);
  set("modelName", text2.modelName);
  set("version", text2.version);
  set("environment", text2.environment);
  set("reference", text2.reference);
  set("tolerance", nonNegative(text2.tolerance, "tolerance"));
  const L = EVALUATE_LIMITS;
  set("batchSize", integer(text2.batchSize, "batch-size", 1, L.batchSize));
  set("minSupport", integer(text2.minSupport, "min-support", 1, L.minSupport));
  set("bins", integer(text2.bins, "bins", 2, L.bins));
  set("bootstrap", integer(text2.bootstrap, "bootstrap", 0, L.bootstrap));
  set("seed", integer(text2.seed, "seed", 0, L.seed));
  if (text2.importance === true || typeof text2.importance === "string" && /^true$/i.test(text2.importance))
    job.importance = true;
  if (text2.registry === void 0 && text2.model !== void 0 && (!text2.modelName || !text2.version))
    throw new UserError(
      `${label("model")} needs ${label("model-name")} and ${label("version")}: they name the model version the report is evidence about (its subject, model@version), which the gate matches to the version you register, e.g. ${label("model-name")} credit-default ${label("version")} 2.0.0`
    );
  return job;
}

// actions/src/_run.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname as dirname3, resolve as resolve3 } from "node:path";
async function runAction(body) {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    await body({
      workspace,
      at: (p) => resolve3(workspace, p),
      optional: (name) => getInput(name).trim() || void 0,
      required: (name, why = "set it in the step's with:") => {
        const value = getInput(name).trim();
        if (value === "") throw new UserError(`input ${name} is required (${why})`);
        return value;
      },
      write: (files) => {
        for (const [path, content] of files) {
          mkdirSync(dirname3(path), { recursive: true });
          writeFileSync(path, content);
        }
      }
    });
  } catch (error2) {
    if (error2 instanceof UserError) {
      error(error2.message);
      process.exitCode = error2.exitCode;
    } else {
      error(
        `internal error: ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}`
      );
      process.exitCode = ExitCode2.Internal;
    }
  }
}

// actions/src/evaluate-model.ts
await runAction(async ({ workspace, optional, at, write }) => {
  const job = evaluationJobFromText(
    {
      model: optional("model"),
      data: optional("data"),
      champion: optional("champion"),
      label: optional("label"),
      task: optional("task"),
      features: optional("features"),
      policy: optional("policy"),
      slices: optional("slices"),
      protected: optional("protected"),
      registry: optional("registry"),
      modelName: optional("model-name"),
      version: optional("version"),
      environment: optional("environment"),
      reference: optional("reference"),
      tolerance: optional("tolerance"),
      batchSize: optional("batch-size"),
      minSupport: optional("min-support"),
      bins: optional("bins"),
      bootstrap: optional("bootstrap"),
      seed: optional("seed"),
      importance: optional("importance")
    },
    { cwd: workspace, context: contextFromEnv(process.env) },
    (option) => `input ${option}`
  );
  const { report, markdown, html, notes } = await runEvaluationJob(job);
  const out = at(optional("out") ?? "evaluation.json");
  const files = [[out, `${JSON.stringify(report, null, 2)}
`]];
  const md = optional("markdown");
  const page = optional("html");
  if (md) files.push([at(md), markdown]);
  if (page) files.push([at(page), html]);
  write(files);
  for (const note of notes) notice(note);
  for (const c of report.checks.filter((x) => !x.passed))
    error(`${report.subject}: ${c.name}: ${c.message}`);
  setOutput("verdict", report.verdict);
  setOutput("report", out);
  await summary.addRaw(markdown).write();
  if (report.verdict === "fail") process.exitCode = ExitCode2.Findings;
});
