import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
const __mgEngine = (id) => {
  const dir = process.env.MODELGATE_ENGINES;
  try {
    return (dir ? __cr(dir + "/package.json") : require)(id);
  } catch (error) {
    if (error?.code !== "MODULE_NOT_FOUND") throw error;
    const where = dir ? "in " + dir + " (MODELGATE_ENGINES)" : "beside " + import.meta.url;
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

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants2) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants2);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error2) {
        super();
        this.error = error2;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants2) {
        this.code = optimizeExpr(this.code, names, constants2);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants2) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants2))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants2) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        if (!(super.optimizeNames(names, constants2) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants2) {
        if (!super.optimizeNames(names, constants2))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants2);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants2) {
        var _a, _b;
        super.optimizeNames(names, constants2);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants2);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants2);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error2) {
        super();
        this.error = error2;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error2 = this.name("e");
          this._currNode = node.catch = new Catch(error2);
          catchCode(error2);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error2) {
        return this._leafNode(new Throw(error2));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants2) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants2[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants2[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error2 = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error2, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error2 = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error2, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error2, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error2, errorPaths);
    }
    function errorObject(cxt, error2, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error2, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result2) {
      if (result2 === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result2 == "function" ? { ref: result2 } : { ref: result2, code: (0, codegen_1.stringify)(result2) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/.pnpm/fast-deep-equal@3.1.3/node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/.pnpm/fast-deep-equal@3.1.3/node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
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

// node_modules/.pnpm/json-schema-traverse@1.0.0/node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/.pnpm/json-schema-traverse@1.0.0/node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId: schemaId2, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId2] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId2] == "string")
          innerBaseId = addRef.call(this, sch[schemaId2]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve4.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId: schemaId2 } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId: schemaId2, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve4(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId: schemaId2 } = this.opts;
        const schId = schema[schemaId2];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId: schemaId2, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId: schemaId2 } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId: schemaId2, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/.pnpm/fast-uri@3.1.9/node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve4(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative3, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative3 = parse(serialize(relative3, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative3.scheme) {
        target.scheme = relative3.scheme;
        target.userinfo = relative3.userinfo;
        target.host = relative3.host;
        target.port = relative3.port;
        target.path = removeDotSegments(relative3.path || "");
        target.query = relative3.query;
      } else {
        if (relative3.userinfo !== void 0 || relative3.host !== void 0 || relative3.port !== void 0) {
          target.userinfo = relative3.userinfo;
          target.host = relative3.host;
          target.port = relative3.port;
          target.path = removeDotSegments(relative3.path || "");
          target.query = relative3.query;
        } else {
          if (!relative3.path) {
            target.path = base.path;
            if (relative3.query !== void 0) {
              target.query = relative3.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative3.path[0] === "/") {
              target.path = removeDotSegments(relative3.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative3.path;
              } else if (!base.path) {
                target.path = relative3.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative3.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative3.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative3.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve4,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId: schemaId2 } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId2 === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId2], false);
      }
      defaultMeta() {
        const { meta, schemaId: schemaId2 } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId2] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId: schemaId2 } = this.opts;
          id = schema[schemaId2];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId2} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId: schemaId2 } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId: schemaId2 });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text2, msg) => text2 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId: schemaId2 } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId2];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId: schemaId2, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error2 = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
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
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error: error2,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error2 = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error: error2,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error: error2,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error: error2,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error2 = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId: schemaId2 } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId: schemaId2, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error2 = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error: error2,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error: error2,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error2 = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt3 = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt3}.validate`];
            }
            return ["string", fmtDef, fmt3];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error2 = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error: error2,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema4 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema4();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv2, sch) {
        return $data ? ajv2.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
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
    exports.fastFormats = {
      ...exports.fullFormats,
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
    exports.formatNames = Object.keys(exports.fullFormats);
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

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/.pnpm/ajv@8.20.0/node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error2 = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error: error2,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt3 = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt3} != "object"`, (0, codegen_1._)`${fmt3} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt3}.compare != "function"`, compareCode(fmt3)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt3 = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt3));
        }
        function compareCode(fmt3) {
          return (0, codegen_1._)`${fmt3}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv2) => {
      ajv2.addKeyword(exports.formatLimitDefinition);
      return ajv2;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/.pnpm/ajv-formats@3.0.1_ajv@8.20.0/node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv2, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv2, opts, formats_1.fullFormats, fullName);
        return ajv2;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list2 = opts.formats || formats_1.formatNames;
      addFormats2(ajv2, list2, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv2);
      return ajv2;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv2, list2, fs2, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv2.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list2)
        ajv2.addFormat(f, fs2[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
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
  maxJsonDepth: 64
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
async function hashFile(path, what, onProgress) {
  const size = checkRegularFile(path, what);
  const hash = createHash2("sha256");
  let bytes = 0;
  const phase = `hashing ${basename(path)}`;
  onProgress?.(progressOf(phase, 0, size, "bytes"));
  for await (const chunk of createReadStream(path)) {
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

// packages/core/src/manifest.ts
var import_yaml = __toESM(require_dist());
import { readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// packages/core/src/schemas.ts
var import__ = __toESM(require__());
var import_ajv_formats = __toESM(require_dist2());

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
                description: "error fails the validation; warn does not.",
                enum: ["error", "warn"]
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
                    description: "Why some statistics are absent.",
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
  description: "The registry's configuration (modelgate.yaml): environments in promotion order with their policies, the artifact allow-list and evidence freshness.",
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
          description: "github: the pull request's reviews; local: approvals recorded with --approved-by; not-judged: deliberately not judged by this run (a re-gate of a merged state); null: no reviews were given to the gate (a required approval then fails).",
          enum: ["github", "local", "not-judged", null]
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
function schemaId(name) {
  return `https://modelgate.dev/schemas/${name}.schema.json`;
}
var addFormats = import_ajv_formats.default.default ?? import_ajv_formats.default;
var ajv;
var compiled = /* @__PURE__ */ new Map();
function instance() {
  if (ajv === void 0) {
    ajv = new import__.Ajv2020({
      allErrors: true,
      verbose: true,
      strictSchema: true,
      strictTypes: true,
      strictTuples: true,
      allowUnionTypes: true,
      // our schemas are static files: checking them against the meta-schema on every start
      // costs ~60 ms per process; strictSchema still refuses unknown keywords when a schema
      // compiles, and the schema tests compile every one of them
      validateSchema: false
    });
    addFormats(ajv);
    for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema);
  }
  return ajv;
}
function getSchema(name) {
  const schema = SCHEMAS[name];
  if (schema === void 0) throw new Error(`unknown schema "${name}"; known: ${SCHEMA_NAMES.join(", ")}`);
  return schema;
}
function validatorFor(name) {
  let validate = compiled.get(name);
  if (validate === void 0) {
    getSchema(name);
    const found = instance().getSchema(schemaId(name));
    if (found === void 0) throw new Error(`schema "${name}" did not compile`);
    validate = found;
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
  maxDepth: 64
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
function loadText(input, opts, mode) {
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
  const doc = parseYaml(text2, lc, rep);
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
  checkKeys(doc, rep);
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
    const reports = [.../* @__PURE__ */ new Set([...REPORT_KINDS, ...SCHEMA_NAMES.filter((n) => !isManifestKind(n))])].filter(
      (n) => n !== "evidence-envelope"
    );
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
      const schema = SCHEMA_NAMES.includes(reportKind) ? reportKind : "evidence-envelope";
      schemaDiagnostics(validateValue(schema, value), doc, value, rep, text2);
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
      mode
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
function parseYaml(text2, lc, rep) {
  const parser = new import_yaml.Parser(lc.addNewLine);
  lc.addNewLine(0);
  const tokens = [];
  const max = MANIFEST_LIMITS.maxDepth;
  const collections = () => parser.stack.filter(
    (t) => t.type === "block-map" || t.type === "block-seq" || t.type === "flow-collection"
  ).length;
  for (const lexeme of new import_yaml.Lexer().lex(text2)) {
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
function checkKeys(doc, rep) {
  (0, import_yaml.visit)(doc, {
    Map(_, map) {
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
  const keyText = (k) => (0, import_yaml.isScalar)(k) ? String(k.value) : String(k);
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
    case "model-version":
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
    case "dataset-version":
      break;
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
import { closeSync as closeSync2, mkdtempSync, openSync as openSync2, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename as basename2, join } from "node:path";
var PROGRESS_POLL_MS = 200;
function dataRemoteRules(options) {
  return {
    allowedHosts: options.allowedHosts ?? [],
    allowListName: "the data allow-list",
    allowListSource: options.allowListSource ?? "--allow-host",
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
  constructor(instance2, connection, options) {
    this.instance = instance2;
    this.connection = connection;
    this.options = options;
  }
  instance;
  connection;
  options;
  tables = 0;
  /** temporary directories holding downloaded inputs, removed on close */
  downloads = [];
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
    const instance2 = await import_node_api.DuckDBInstance.create(":memory:", config);
    const connection = await instance2.connect();
    await connection.run("SET preserve_insertion_order = false");
    if (options.onProgress)
      await connection.run("SET enable_progress_bar = true; SET enable_progress_bar_print = false");
    return new _DataEngine(instance2, connection, options);
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
    for (const dir of this.downloads.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
  /**
   * An http(s) input is downloaded to a temporary file first, then read like a local one: it
   * needs no DuckDB extension (httpfs installs itself from the internet), is read exactly once,
   * and the bytes read are the bytes a digest is taken of. Messages name the URL.
   */
  async loadUrl(url, read) {
    const dir = mkdtempSync(join(tmpdir(), "mg-data-"));
    this.downloads.push(dir);
    const name = basename2(new URL(url).pathname) || "data";
    const local = join(dir, name);
    const fd = openSync2(local, "w");
    const phase = `downloading ${name}`;
    let done = 0;
    this.options.onProgress?.({ phase, done, unit: "bytes" });
    try {
      await downloadRemote(
        url,
        dataRemoteRules(this.options),
        (chunk) => {
          writeSync(fd, chunk);
          done += chunk.length;
          this.options.onProgress?.({ phase, done, unit: "bytes" });
        },
        this.options.fetch
      );
    } finally {
      closeSync2(fd);
    }
    try {
      const loaded = await this.load(local, { ...read, format: read.format ?? detectFormat(name) });
      return { ...loaded, path: url };
    } catch (error2) {
      if (error2 instanceof UserError)
        throw new UserError(error2.message.replaceAll(local, url), { cause: error2, exitCode: error2.exitCode });
      throw error2;
    }
  }
  /**
   * Runs a query; `lists` bind $1, $2, … as DOUBLE[] parameters (exact doubles, and much cheaper to
   * bind than thousands of literals in the SQL text).
   */
  async query(sql, lists = []) {
    const reader = lists.length === 0 ? await this.connection.runAndReadAll(sql) : await this.connection.runAndReadAll(
      sql,
      lists.map((l) => (0, import_node_api.listValue)([...l])),
      lists.map(() => (0, import_node_api.LIST)(import_node_api.DOUBLE))
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
    const size = checkRegularFile(path, "data");
    if (size === 0) throw new UserError(`${path}: the file is empty (no header, no rows)`);
    const table = `t${++this.tables}`;
    const format = read.format ?? detectFormat(path);
    if (format !== "parquet" && !/\.(gz|gzip|zst)$/i.test(path)) checkTextStart(path, format);
    if (format === "jsonl" && !/\.(gz|gzip|zst)$/i.test(path)) {
      const line = findDeepJsonLine(fileChunks(path), INPUT_LIMITS.maxJsonDepth);
      if (line !== void 0) {
        throw new UserError(
          `${path}:${line}: JSON nested more than ${INPUT_LIMITS.maxJsonDepth} levels deep; flatten the record`
        );
      }
    }
    try {
      this.step(`reading ${basename2(path)}`);
      await this.connection.run(`CREATE TEMP TABLE ${table} AS SELECT * FROM ${this.sourceSql(path, read)}`);
    } catch (error2) {
      const tooLong = /Maximum line size of (\d+) bytes exceeded/.exec(String(error2?.message));
      if (tooLong) throw new UserError(longLineMessage(path, Number(tooLong[1])), { cause: error2 });
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
function checkTextStart(path, format) {
  const head = fileChunks(path, 64 * 1024).next().value ?? new Uint8Array();
  const utf16 = utf16Encoding(head);
  if (utf16 !== void 0)
    throw new UserError(
      `${path}: the file is ${utf16} text; re-encode it as UTF-8 (e.g. iconv -f ${utf16} -t UTF-8)`
    );
  const nul = head.indexOf(0);
  if (nul >= 0)
    throw new UserError(
      `${path}: binary file (a NUL byte at offset ${nul}), not a ${format === "csv" ? "CSV" : "JSONL"} text file`
    );
}
function longLineMessage(path, max) {
  let line = 1;
  let length = 0;
  let found;
  for (const chunk of fileChunks(path)) {
    for (let i = 0; i < chunk.length && found === void 0; i++) {
      if (chunk[i] === 10) {
        line++;
        length = 0;
      } else if (++length > max) found = line;
    }
    if (found !== void 0) break;
  }
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
import { readFileSync, statSync as statSync2 } from "node:fs";
import { basename as basename3 } from "node:path";
var COMMA = 44;
var QUOTE = 34;
var LF = 10;
var CR = 13;
function readTable(path, requests, onProgress) {
  let size;
  try {
    size = statSync2(path).size;
  } catch {
    throw new UserError(`${path}: dataset not found`);
  }
  if (size === 0) throw new UserError(`${path}: the dataset is empty (no header, no rows)`);
  const buf = readFileSync(path);
  let pos = 0;
  const n = buf.length;
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
  const header = [];
  do {
    readField();
    header.push(fieldText().trim());
  } while (!endOfLine);
  if (header[0]?.charCodeAt(0) === 65279) header[0] = header[0].slice(1);
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
  let capacity = Math.max(1024, Math.ceil(n / Math.max(8, header.length * 4)));
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
  let rows = 0;
  let line = 1;
  const phase = `reading ${basename3(path)}`;
  const step = Math.max(1 << 20, Math.ceil(n / 100));
  let nextReport = onProgress ? pos : Number.POSITIVE_INFINITY;
  while (pos < n) {
    if (pos >= nextReport) {
      onProgress?.(progressOf(phase, pos, n, "bytes"));
      nextReport = pos + step;
    }
    line++;
    if (buf[pos] === LF || buf[pos] === CR) {
      if (buf[pos] === CR) pos++;
      if (buf[pos] === LF) pos++;
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
          numArr[rows] = parseNumber(buf, fieldStart, fieldEnd, path, line, header[col], fieldText);
        } else {
          const strArr = stringArrays[col];
          if (strArr) strArr.push(fieldText());
        }
      }
      col++;
    } while (!endOfLine);
    if (col !== header.length)
      throw new UserError(`${path}:${line}: expected ${header.length} fields, found ${col}`);
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
  onProgress?.(progressOf(phase, n, n, "bytes"));
  return { path, rows, sha256: hashBytes(buf), header, columns };
}
function readHeader(path) {
  let text2;
  try {
    const fd = readFileSync(path);
    text2 = fd.subarray(0, Math.min(fd.length, 1 << 20)).toString("utf8");
  } catch {
    throw new UserError(`${path}: dataset not found`);
  }
  const first = text2.split(/\r?\n/, 1)[0] ?? "";
  if (first.trim() === "") throw new UserError(`${path}: the dataset is empty (no header, no rows)`);
  return first.split(",").map((h) => h.replace(/^"|"$/g, "").trim());
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
  return { order, p: ps, y: ys };
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
  for (let i = 0; i < y.length; i++) {
    const gi = groupOf ? groupOf[i] : 0;
    if (gi >= k) continue;
    const c = counts[gi];
    const q = p[i];
    const pos = q >= threshold;
    const d = q - y[i];
    const clipped = Math.min(Math.max(q, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
    c.n++;
    c.brier += d * d;
    if (y[i] === 1) {
      c.loss -= Math.log(clipped);
      if (pos) c.tp++;
      else c.fn++;
    } else {
      c.loss -= Math.log(1 - clipped);
      if (pos) c.fp++;
      else c.tn++;
    }
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
import { readFileSync as readFileSync2 } from "node:fs";
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
async function loadModel(path, options = {}) {
  let data;
  checkRegularFile(path, "model");
  try {
    data = readFileSync2(path);
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
        graphOptimizationLevel: "all"
      });
    } catch (error2) {
      const detail = (error2 instanceof Error ? error2.message : String(error2)).split("\n")[0]?.slice(0, 300);
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
function buildFeeds(plan, cols, start, end, path) {
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
    const data = dtype === "float32" ? new Float32Array(b * f) : dtype === "float64" ? new Float64Array(b * f) : null;
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
  for (let start = 0; start < rows; start += batchSize) {
    const end = Math.min(rows, start + batchSize);
    const feeds = buildFeeds(plan, cols, start, end, table.path);
    const t0 = process.hrtime.bigint();
    let result2;
    try {
      result2 = await model.session.run(feeds, [outPlan.name]);
    } catch (error2) {
      const detail = (error2 instanceof Error ? error2.message : String(error2)).split("\n")[0]?.slice(0, 300);
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
    const byGroup = (values, order) => {
      if (binary && order) {
        const groupOf = (evaluated.length < 255 ? new Uint8Array(table.rows) : new Uint32Array(table.rows)).fill(evaluated.length);
        evaluated.forEach((g, gi) => {
          for (const r of g.rows) groupOf[r] = gi;
        });
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
import { existsSync as existsSync2, readFileSync as readFileSync3 } from "node:fs";
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
    text2 = readFileSync3(path, "utf8");
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
  return resolve2(registry, uri.slice("file:".length));
}
async function runEvaluationJob(job) {
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
  if (job.registry !== void 0) {
    const reg = at(job.registry);
    if (!job.modelName || !job.version) throw new UserError("--registry needs --model-name and --version");
    const rel = (p) => relative2(job.cwd, p) || ".";
    const modelFile = join2(reg, "models", job.modelName, "model.yaml");
    const versionFile = join2(reg, "models", job.modelName, "versions", `${job.version}.yaml`);
    if (job.model !== void 0 && existsSync2(versionFile))
      throw new UserError(
        `--model and --registry exclude each other for a registered version: ${rel(versionFile)} names the artifact`
      );
    const modelDoc = await loadKind(modelFile, "model", rel(modelFile));
    spec = modelSpecFromManifest(modelDoc, rel(modelFile));
    const versionDoc = job.model === void 0 ? await loadKind(versionFile, "model-version", rel(versionFile)) : void 0;
    let artifactPath;
    let artifactDir;
    if (versionDoc === void 0) {
      artifactPath = at(job.model);
      artifactDir = job.model.replace(/[^/\\]*$/, "");
      model = { path: artifactPath, uri: job.model };
      notes.push(
        `${job.modelName}@${job.version} is not registered: evaluating ${job.model} as its artifact`
      );
    } else {
      const artifact = versionDoc.artifact;
      artifactPath = fileUri(reg, artifact.uri, `${rel(versionFile)}: artifact.uri`);
      artifactDir = artifact.uri.replace(/[^/]*$/, "");
      model = { path: artifactPath, uri: artifact.uri, expectedSha256: artifact.sha256 };
    }
    subject = `${job.modelName}@${job.version}`;
    if (reference === void 0) {
      const beside = join2(dirname2(artifactPath), "reference-predictions.csv");
      if (existsSync2(beside)) {
        reference = beside;
        referenceUri = `${artifactDir}reference-predictions.csv`;
        notes.push(`reference predictions: ${rel(beside)}`);
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
        throw new UserError(`${job.modelName}@${job.version} is not registered (no lineage): pass --data`);
      const test = (versionDoc.lineage?.datasets ?? []).find((d) => d.role === "test");
      if (!test)
        throw new UserError(`${rel(versionFile)}: no dataset with role test in lineage; pass --data`);
      const dsFile = join2(reg, "datasets", test.name, "versions", `${test.version}.yaml`);
      const dsDoc = await loadKind(dsFile, "dataset-version", rel(dsFile));
      dataUri = dsDoc.uri;
      dataPath = fileUri(reg, dataUri, `${rel(dsFile)}: uri`);
      notes.push(`data: ${test.name}@${test.version} (${rel(dataPath)})`);
    }
    if (job.champion !== void 0) champion = { path: at(job.champion), uri: job.champion };
  } else {
    if (job.model === void 0)
      throw new UserError("give --model <file.onnx> or --registry with --model-name and --version");
    if (job.data === void 0) throw new UserError("--data is required");
    if (job.modelManifest !== void 0) {
      spec = modelSpecFromManifest(
        await loadKind(at(job.modelManifest), "model", job.modelManifest),
        job.modelManifest
      );
      if (job.task !== void 0) {
        if (!TASKS.includes(job.task))
          throw new UserError(`--task "${job.task}" must be one of ${TASKS.join(", ")}`);
        spec.task = job.task;
      }
    } else {
      const task = job.task ?? "binary-classification";
      if (!TASKS.includes(task))
        throw new UserError(`--task "${task}" must be one of ${TASKS.join(", ")}`);
      if (job.label === void 0)
        throw new UserError("--label is required without a registry model manifest");
      spec = { task, label: job.label };
    }
    model = { path: at(job.model), uri: job.model };
    if (job.champion !== void 0) champion = { path: at(job.champion), uri: job.champion };
    const parts = job.model.split(/[\\/]/).filter((p) => p !== "" && p !== ".");
    const file = (parts[parts.length - 1] ?? "model").replace(/\.onnx$/, "");
    subject = file === "model" && parts.length >= 3 ? `${parts[parts.length - 3]}@${parts[parts.length - 2]}` : file;
  }
  if (job.label !== void 0) spec.label = job.label;
  if (job.task !== void 0 && job.registry !== void 0) {
    if (!TASKS.includes(job.task))
      throw new UserError(`--task "${job.task}" must be one of ${TASKS.join(", ")}`);
    spec.task = job.task;
  }
  if (job.policy !== void 0) policy = readPolicyFile(at(job.policy), job.policy);
  if (dataPath === void 0) throw new UserError("--data is required");
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
  const job = { ...base };
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
