#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8209:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ SCANNED_RESOURCE_TYPES),
/* harmony export */   T: () => (/* binding */ ACCEPTED_RESOURCE_TYPES)
/* harmony export */ });
/** Every ResourceType a policy spec may name (policy-format.md §4). */
const ACCEPTED_RESOURCE_TYPES = [
    'AWS.ACM.Certificate',
    'AWS.CloudFormation.Stack',
    'AWS.CloudTrail',
    'AWS.CloudTrail.Meta',
    'AWS.CloudWatch.LogGroup',
    'AWS.Config.Recorder',
    'AWS.Config.Recorder.Meta',
    'AWS.DynamoDB.Table',
    'AWS.EC2.AMI',
    'AWS.EC2.Instance',
    'AWS.EC2.NetworkACL',
    'AWS.EC2.SecurityGroup',
    'AWS.EC2.Volume',
    'AWS.EC2.VPC',
    'AWS.ECS.Cluster',
    'AWS.EKS.Cluster',
    'AWS.ELBV2.ApplicationLoadBalancer',
    'AWS.GuardDuty.Detector',
    'AWS.GuardDuty.Detector.Meta',
    'AWS.IAM.Group',
    'AWS.IAM.Policy',
    'AWS.IAM.Role',
    'AWS.IAM.RootUser',
    'AWS.IAM.User',
    'AWS.KMS.Key',
    'AWS.Lambda.Function',
    'AWS.PasswordPolicy',
    'AWS.RDS.Instance',
    'AWS.Redshift.Cluster',
    'AWS.Route53.HostedZone',
    'AWS.Route53Domains',
    'AWS.S3.Bucket',
    'AWS.WAF.Regional.WebACL',
    'AWS.WAF.WebACL',
];
/** The 13 types the scanner collects (resource-model.md §2). */
const SCANNED_RESOURCE_TYPES = [
    'AWS.S3.Bucket',
    'AWS.EC2.SecurityGroup',
    'AWS.EC2.Instance',
    'AWS.EC2.AMI',
    'AWS.EC2.Volume',
    'AWS.EC2.VPC',
    'AWS.EC2.NetworkACL',
    'AWS.IAM.User',
    'AWS.IAM.RootUser',
    'AWS.IAM.Role',
    'AWS.IAM.Group',
    'AWS.IAM.Policy',
    'AWS.PasswordPolicy',
];


/***/ }),

/***/ 4694:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  jD: () => (/* binding */ failOnRefusals),
  e_: () => (/* binding */ recordingRefusal),
  b: () => (/* binding */ refusalReason),
  QQ: () => (/* binding */ registerEnvironmentSecrets),
  cl: () => (/* binding */ registerSecret)
});

// UNUSED EXPORTS: KnownSecrets, MIN_SECRET_LENGTH, SecretLeakError, assertNoKnownSecret, encodedForms, findKnownSecret

;// CONCATENATED MODULE: ./src/report/needle-search.ts
/**
 * Longest piece hashed per sampled position. Longer pieces give fewer false candidates but cost
 * more per position: on 200 MB, 4 characters took ~175 ms and 8 took ~400 ms.
 */
const MAX_GRAM = 4;
const FILTER_BITS = 1 << 20;
const FILTER_MASK = FILTER_BITS - 1;
class NeedleSearch {
    gram;
    stride;
    pieces = new Map();
    /** One bit per hash (low bits): most sampled positions are rejected here, without a Map lookup. */
    filter = new Uint32Array(FILTER_BITS >>> 5);
    constructor(needles) {
        const usable = needles.filter((n) => n.text.length > 0);
        const shortest = usable.length ? Math.min(...usable.map((n) => n.text.length)) : 0;
        // At most half the shortest needle, so that the stride skips most of the text.
        this.gram = Math.min(MAX_GRAM, Math.ceil(shortest / 2));
        this.stride = shortest - this.gram + 1;
        for (const needle of usable) {
            for (let offset = 0; offset < this.stride; offset++) {
                const key = hashAt(needle.text, offset, this.gram);
                this.filter[(key & FILTER_MASK) >>> 5] |= 1 << (key & 31);
                const bucket = this.pieces.get(key);
                if (bucket)
                    bucket.push({ needle, offset });
                else
                    this.pieces.set(key, [{ needle, offset }]);
            }
        }
    }
    /** A needle that occurs in `text`, or null when none does. */
    find(text) {
        if (this.pieces.size === 0)
            return null;
        const { gram, stride, pieces, filter } = this;
        for (let at = 0; at + gram <= text.length; at += stride) {
            const key = hashAt(text, at, gram);
            if ((filter[(key & FILTER_MASK) >>> 5] & (1 << (key & 31))) === 0)
                continue;
            const bucket = pieces.get(key);
            if (bucket === undefined)
                continue;
            for (const { needle, offset } of bucket) {
                const start = at - offset;
                if (start >= 0 && text.startsWith(needle.text, start))
                    return needle;
            }
        }
        return null;
    }
}
function hashAt(text, start, length) {
    let h = 0;
    for (let i = start; i < start + length; i++)
        h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    return h;
}

;// CONCATENATED MODULE: ./src/report/secrets.ts

/** Shorter values would match ordinary text (and are not credentials anyway). */
const MIN_SECRET_LENGTH = 8;
/** Environment variables that hold credentials on a runner or for the AWS SDK. */
const SECRET_VARIABLES = new Set([
    'GITHUB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
]);
/** The action's token inputs: `github-token` arrives as INPUT_GITHUB-TOKEN. */
const TOKEN_INPUT = /^INPUT_.*TOKEN/i;
/**
 * The forms of `value` searched for. Base64 is searched at the three byte alignments the value
 * can have inside a longer encoded string, each trimmed to the characters that depend on the
 * value alone, so a secret embedded in a bigger base64 blob is still found.
 */
function encodedForms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const hex = bytes.toString('hex');
    const forms = [
        { encoding: 'plain', text: value },
        { encoding: 'reversed', text: [...value].reverse().join('') },
        { encoding: 'JSON-escaped', text: JSON.stringify(value).slice(1, -1) },
        { encoding: 'percent-encoded', text: encodeURIComponent(value) },
        { encoding: 'percent-encoded', text: percentEncode(bytes, /[A-Za-z0-9_.~-]/) },
        // Python's urllib.parse.quote keeps "/" by default.
        { encoding: 'percent-encoded', text: percentEncode(bytes, /[A-Za-z0-9_.~/-]/) },
        { encoding: 'hex', text: hex },
        { encoding: 'hex', text: hex.toUpperCase() },
    ];
    for (let lead = 0; lead < 3; lead++) {
        const piece = base64Piece(bytes, lead);
        forms.push({ encoding: 'base64', text: piece });
        forms.push({ encoding: 'base64url', text: piece.replace(/\+/g, '-').replace(/\//g, '_') });
    }
    const seen = new Set();
    return forms.filter((f) => !seen.has(f.text) && seen.add(f.text));
}
/** The base64 characters of `bytes` when `lead` other bytes precede it, without the edges it shares. */
function base64Piece(bytes, lead) {
    const encoded = Buffer.concat([Buffer.alloc(lead), bytes]).toString('base64');
    const first = Math.ceil((8 * lead) / 6);
    const end = Math.floor((8 * (lead + bytes.length)) / 6);
    return encoded.slice(first, end);
}
function percentEncode(bytes, keep) {
    let out = '';
    for (const b of bytes) {
        const c = String.fromCharCode(b);
        out += b < 0x80 && keep.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/** Secret values and what they are; the search over their forms is rebuilt only when they change. */
class KnownSecrets {
    kindsByValue = new Map();
    search = null;
    register(value, kind) {
        if (typeof value !== 'string')
            return;
        // A value read from a file or an env line may carry a newline the report will not.
        for (const v of new Set([value, value.trim()])) {
            if (v.length < MIN_SECRET_LENGTH)
                continue;
            const kinds = this.kindsByValue.get(v);
            if (kinds?.includes(kind))
                continue;
            if (kinds)
                kinds.push(kind);
            else
                this.kindsByValue.set(v, [kind]);
            this.search = null;
        }
    }
    /** Every secret variable of `env` (see SECRET_VARIABLES and TOKEN_INPUT). */
    registerEnvironment(env) {
        for (const [name, value] of Object.entries(env)) {
            if (SECRET_VARIABLES.has(name) || TOKEN_INPUT.test(name))
                this.register(value, name);
        }
    }
    /** Which secret `text` holds and in what form, or null. One pass over the text. */
    find(text) {
        this.search ??= this.buildSearch();
        return this.search.find(text)?.tag ?? null;
    }
    buildSearch() {
        const needles = [];
        for (const [value, kinds] of this.kindsByValue) {
            const kind = kinds.join(' / ');
            for (const form of encodedForms(value))
                needles.push({ text: form.text, tag: { kind, encoding: form.encoding } });
        }
        return new NeedleSearch(needles);
    }
}
/** The process's secrets. Read here, at load, because process.env may be scrubbed later. */
const processSecrets = new KnownSecrets();
processSecrets.registerEnvironment(process.env);
/** Add a credential obtained at run time (e.g. the assumed role's keys). */
function registerSecret(value, kind) {
    processSecrets.register(value, kind);
}
/** Add the secret variables of an environment handed to the pipeline (in addition to process.env at load). */
function registerEnvironmentSecrets(env) {
    processSecrets.registerEnvironment(env);
}
function findKnownSecret(text) {
    return processSecrets.find(text);
}
/** Why `report` must not be published, or null when it holds no known secret. */
function refusalReason(report, text) {
    const match = findKnownSecret(text);
    return match && `report ${report} refused: it contains the value of ${match.kind} (${match.encoding})`;
}
class SecretLeakError extends Error {
    name = 'SecretLeakError';
}
/** For a publisher that cannot return a refusal (the PR comment): throws SecretLeakError. */
function assertNoKnownSecret(report, text) {
    const reason = refusalReason(report, text);
    if (reason)
        throw new SecretLeakError(reason);
}
/** Runs `publish`; a SecretLeakError it throws is recorded in `refusals` instead of ending the run. */
async function recordingRefusal(refusals, publish) {
    try {
        return await publish();
    }
    catch (err) {
        if (!(err instanceof SecretLeakError))
            throw err;
        refusals.push(err.message);
        return undefined;
    }
}
/**
 * A refused report fails the run whatever the findings, and soft-fail does not soften it: it is
 * not a verdict on the account or the repository but a report that could not be published.
 */
function failOnRefusals(gate, refusals) {
    if (refusals.length === 0)
        return gate;
    return { ...gate, failed: true, gate: 'fail', reasons: [...gate.reasons, ...refusals], exitCode: 1 };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
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
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
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
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
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
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
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
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
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
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
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
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
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
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

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
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
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
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
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
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
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
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
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
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
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
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
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


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
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
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
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
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
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
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
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
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
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
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
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
        // Not using `instanceof Schema` to allow for duck typing
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
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
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
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
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
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
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


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
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
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
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
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
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
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
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
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
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
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
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
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
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
            else if (node === undefined && this.schema)
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
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
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
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
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
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
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
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
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
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

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
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
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
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
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
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
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
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
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
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
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
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
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
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
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
        return typeof idx === 'number' && idx < this.items.length;
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
        if (typeof idx !== 'number')
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
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
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
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
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
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
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


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
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


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
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
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
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
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
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
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
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
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
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
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
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
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
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
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
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
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
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
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
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
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
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
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
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
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
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
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
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
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
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
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
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
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
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
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
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
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
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
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
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
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
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
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
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
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
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


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
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
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
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
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
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
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
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


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
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


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
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


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
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
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
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
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
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
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
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
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
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
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
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
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
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
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
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
    if (typeof visitor === 'function')
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
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/config.ts
/**
 * One typed Options object. Action inputs and CLI flags both parse into it, so the pipeline never
 * knows which door it was called from.
 */

const FAIL_ON_LEVELS = ['critical', 'high', 'medium', 'low', 'info', 'none'];
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
/** One sandbox per core, at most 4 (each holds an interpreter and its checkpoint). */
function defaultJobs() {
    return Math.max(1, Math.min(4, external_node_os_default().availableParallelism()));
}
function defaultOptions(mode) {
    return {
        mode,
        paths: [],
        policyDirs: [],
        builtinPolicies: true,
        includePassed: false,
        outputDir: 'out',
        mergeInputs: [],
        filters: [],
        minimumTests: 0,
        skipDisabledTests: false,
        ignoreFiles: [],
        ignoreExtraKeys: false,
        testNames: [],
        availableDestinations: null,
        // Scheduled scans report, gates opt in; tests always fail on failed tests.
        failOn: 'none',
        softFail: false,
        failOnError: false,
        timeoutMs: 10_000,
        requestTimeoutMs: 600_000,
        jobs: defaultJobs(),
        memoryMb: 1536,
        batchSize: 1000,
        scan: {
            accounts: [],
            organizations: false,
            regions: [],
            excludeRegions: [],
            resourceTypes: [],
            excludeResourceTypes: [],
            ignoreResources: [],
        },
        comment: false,
        color: false,
        progress: false,
    };
}
/** Split a comma/newline separated list input (`a, b` or one per line), dropping blanks. */
function splitList(value) {
    if (!value)
        return [];
    return value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
function parseFailOn(value) {
    const v = value.trim().toLowerCase();
    if (FAIL_ON_LEVELS.includes(v))
        return v;
    throw new UsageError(`fail-on must be one of ${FAIL_ON_LEVELS.join(', ')}; got '${value}'`);
}
function parseBool(name, value) {
    const v = value.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off', ''].includes(v))
        return false;
    throw new UsageError(`${name} must be true or false; got '${value}'`);
}
function parseInteger(name, value, min = 0) {
    if (!/^\s*\d+\s*$/.test(value))
        throw new UsageError(`${name} must be a whole number; got '${value}'`);
    const n = Number(value);
    if (n < min)
        throw new UsageError(`${name} must be at least ${min}; got ${n}`);
    return n;
}
function parseMode(value) {
    const v = value.trim().toLowerCase();
    if (v === 'scan' || v === 'evaluate' || v === 'test' || v === 'report')
        return v;
    throw new UsageError(`mode must be one of scan, evaluate, test, report; got '${value}'`);
}

;// CONCATENATED MODULE: ./src/cli-args.ts


const HELP = `palisade — test Panther-format detection repositories, evaluate and scan AWS accounts

Usage:
  palisade test [PATH...] [options]            validate specs and run every policy's Tests
  palisade evaluate --snapshot FILE [options]  evaluate policies over a snapshot of resources
  palisade scan [options]                      collect an AWS account, then evaluate it
  palisade report --merge DIR... [options]     merge the results of matrix shards into one report

Test options:
  --filter KEY=V1,V2 | KEY!=V   keep (or drop) specs by key, values ORed, keys ANDed (repeatable)
  --minimum-tests N             require N tests per policy (N > 1 also needs a true and a false test)
  --skip-disabled-tests         do not run policies with Enabled: false
  --ignore-files PATH           ignore this spec file (repeatable)
  --ignore-extra-keys           allow unknown top-level keys in policy specs
  --test-names NAME             run only tests with this name (repeatable)
  --available-destination NAME  destination names destinations() may return (repeatable)
  --changed-since REF           test only policies changed since REF, and those importing changed globals

Evaluate and scan options:
  --snapshot FILE               snapshot to evaluate (JSON array of resources or a snapshot.json)
  --policies DIR                your own policy directory (repeatable); the built-in library is always added
  --no-builtin                  do not load the built-in policy library
  --include-passed              keep every passing evaluation in results.json (otherwise counted only)
  --snapshot-out FILE           scan: keep the collected snapshot
  --role-to-assume ARN          scan: assume this role (ambient AWS credentials otherwise)
  --aws-region REGION           scan: home region (default us-east-1)
  --accounts ID[:LABEL],...     scan: member accounts to chain into with --member-role-name
  --member-role-name NAME       scan: role assumed in each member account
  --organizations               scan: discover member accounts through AWS Organizations
  --regions R1,R2               scan: only these regions (default: every enabled region)
  --exclude-regions R1,R2       scan: skip these regions
  --resource-types T1,T2        scan: only these resource types
  --exclude-resource-types T    scan: skip these resource types
  --ignore-resources REGEX      scan: leave out resource ids matching (repeatable; Type=REGEX scopes it)
  --concurrency N               scan: concurrent API calls (default 8)

Reports and gate:
  --output-dir DIR              write results.json, results.sarif and summary.md here (default out)
  --fail-on LEVEL               critical|high|medium|low|info|none (default none)
  --soft-fail                   exit 0 even when the gate fails
  --baseline FILE               previous results.json: only new findings count toward the gate
  --fail-on-error               also fail on collection errors, policy errors and invalid specs
  --shard NAME                  matrix shard name for the SARIF category

Sandbox:
  --timeout-ms N                per-call time limit for policy code (default 10000)
  --request-timeout-ms N        limit for sandbox work that runs no policy code (default 600000)
  --jobs N                      policy sandboxes that run tests side by side (default: cores, at most 4)
  --memory-mb N                 memory cap for policy code (default 1536)

  --no-color, --no-progress, -h/--help, --version

Exit codes: 0 pass, 1 gate failed or tests failed, 2 usage or configuration error.
`;
/** Parse `palisade <command> ...` into Options. Throws UsageError on anything malformed. */
function parseCliArgs(argv, isTty) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean' },
            filter: { type: 'string', multiple: true },
            'minimum-tests': { type: 'string' },
            'skip-disabled-tests': { type: 'boolean' },
            'ignore-files': { type: 'string', multiple: true },
            'ignore-extra-keys': { type: 'boolean' },
            'test-names': { type: 'string', multiple: true },
            'available-destination': { type: 'string', multiple: true },
            'changed-since': { type: 'string' },
            snapshot: { type: 'string' },
            policies: { type: 'string', multiple: true },
            'no-builtin': { type: 'boolean' },
            'include-passed': { type: 'boolean' },
            'snapshot-out': { type: 'string' },
            merge: { type: 'string', multiple: true },
            'role-to-assume': { type: 'string' },
            'aws-region': { type: 'string' },
            audience: { type: 'string' },
            'role-session-name': { type: 'string' },
            'role-duration-seconds': { type: 'string' },
            accounts: { type: 'string', multiple: true },
            'member-role-name': { type: 'string' },
            organizations: { type: 'boolean' },
            regions: { type: 'string', multiple: true },
            'exclude-regions': { type: 'string', multiple: true },
            'resource-types': { type: 'string', multiple: true },
            'exclude-resource-types': { type: 'string', multiple: true },
            'ignore-resources': { type: 'string', multiple: true },
            concurrency: { type: 'string' },
            'output-dir': { type: 'string' },
            'fail-on': { type: 'string' },
            'soft-fail': { type: 'boolean' },
            baseline: { type: 'string' },
            'fail-on-error': { type: 'boolean' },
            shard: { type: 'string' },
            'timeout-ms': { type: 'string' },
            'request-timeout-ms': { type: 'string' },
            jobs: { type: 'string' },
            'memory-mb': { type: 'string' },
            'no-color': { type: 'boolean' },
            'no-progress': { type: 'boolean' },
        },
    });
    if (values.help)
        return 'help';
    if (values.version)
        return 'version';
    const [command, ...rest] = positionals;
    if (!command)
        throw new UsageError('missing command: test, evaluate, scan or report (see --help)');
    const opts = defaultOptions(parseMode(command));
    const many = (v) => (v ?? []).flatMap((s) => splitList(s));
    if (opts.mode === 'test')
        opts.paths = rest.length > 0 ? rest : ['.'];
    else if (opts.mode === 'report')
        opts.mergeInputs = [...many(values.merge), ...rest];
    else if (rest.length > 0)
        opts.policyDirs.push(...rest);
    if (opts.mode === 'test' && values.merge)
        throw new UsageError('--merge belongs to the report command');
    opts.filters = values.filter ?? [];
    if (values['minimum-tests'] !== undefined)
        opts.minimumTests = parseInteger('--minimum-tests', values['minimum-tests']);
    opts.skipDisabledTests = values['skip-disabled-tests'] ?? false;
    opts.ignoreFiles = many(values['ignore-files']);
    opts.ignoreExtraKeys = values['ignore-extra-keys'] ?? false;
    opts.testNames = values['test-names'] ?? [];
    opts.availableDestinations = values['available-destination'] ? many(values['available-destination']) : null;
    opts.changedSince = values['changed-since'];
    opts.snapshotFile = values.snapshot;
    opts.policyDirs.push(...many(values.policies));
    opts.builtinPolicies = !values['no-builtin'];
    opts.includePassed = values['include-passed'] ?? false;
    opts.snapshotOut = values['snapshot-out'];
    if (opts.mode === 'evaluate' && !opts.snapshotFile)
        throw new UsageError('evaluate needs --snapshot FILE');
    if (opts.mode === 'report' && opts.mergeInputs.length === 0)
        throw new UsageError('report needs --merge DIR (one or more results directories or files)');
    const s = opts.scan;
    s.roleToAssume = values['role-to-assume'];
    s.awsRegion = values['aws-region'];
    s.audience = values.audience;
    s.roleSessionName = values['role-session-name'];
    if (values['role-duration-seconds'])
        s.roleDurationSeconds = parseInteger('--role-duration-seconds', values['role-duration-seconds'], 900);
    s.accounts = many(values.accounts);
    s.memberRoleName = values['member-role-name'];
    s.organizations = values.organizations ?? false;
    s.regions = many(values.regions);
    s.excludeRegions = many(values['exclude-regions']);
    s.resourceTypes = many(values['resource-types']);
    s.excludeResourceTypes = many(values['exclude-resource-types']);
    s.ignoreResources = values['ignore-resources'] ?? [];
    if (values.concurrency)
        s.concurrency = parseInteger('--concurrency', values.concurrency, 1);
    if (values['output-dir'])
        opts.outputDir = values['output-dir'];
    if (values['fail-on'])
        opts.failOn = parseFailOn(values['fail-on']);
    opts.softFail = values['soft-fail'] ?? false;
    opts.baseline = values.baseline;
    opts.failOnError = values['fail-on-error'] ?? false;
    opts.shard = values.shard;
    if (values['timeout-ms'])
        opts.timeoutMs = parseInteger('--timeout-ms', values['timeout-ms'], 100);
    if (values.jobs)
        opts.jobs = parseInteger('--jobs', values.jobs, 1);
    if (values['request-timeout-ms'])
        opts.requestTimeoutMs = parseInteger('--request-timeout-ms', values['request-timeout-ms'], 1000);
    if (values['memory-mb'])
        opts.memoryMb = parseInteger('--memory-mb', values['memory-mb'], 64);
    opts.color = isTty && !values['no-color'] && !process.env.NO_COLOR;
    opts.progress = isTty && !values['no-progress'];
    return opts;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * The trust boundary for text (architecture.md, "one escaping function per destination").
 *
 * Untrusted text is anything a repository, a snapshot or a policy's code chooses: PolicyIDs,
 * test names, titles, error messages and tracebacks, printed output, resource ids, file names.
 * Each sink gets its own function because each one is attacked differently:
 *
 * - terminal / Actions log: control characters are shown, never interpreted (see `showControls`);
 *   in the Actions log, blocks of untrusted text also sit between `::stop-commands::<token>` and
 *   `::<token>::` so no line inside can be a workflow command (`logBlock`).
 * - markdown (job summary, PR comment, SARIF help): untrusted values only ever appear inside code
 *   spans, fenced code blocks or `<code>` elements, where GitHub renders no HTML, link, image,
 *   mention, issue reference or commit SHA.
 * - SARIF message text: one line, controls shown, `[` `]` `\` escaped so no embedded link forms.
 *
 * Visible form of a control character (one scheme for every sink): `\n` and `\r`, else `\xNN`
 * for C0, DEL and C1 (ESC is `\x1b`), else `\uNNNN` for the bidi and line-separator controls.
 * Tab is kept. A backslash in the text is not doubled, so a literal `\x1b` reads like an escaped
 * ESC; nothing is lost that matters, and Windows paths and Python reprs stay readable.
 */


// ---------------------------------------------------------------------------------------------
// Shared
/**
 * At most `max` code points, the last one an ellipsis when cut. Counts code points, so a
 * surrogate pair (an emoji) is never split into two invalid halves.
 */
function truncate(s, max) {
    const text = s ?? '';
    if (text.length <= max)
        return text; // code points <= code units: nothing to count
    const points = Array.from(text);
    if (points.length <= max)
        return text;
    if (max <= 0)
        return '';
    return points.slice(0, max - 1).join('') + '…';
}
// C0 except tab, DEL, C1, Arabic letter mark, LRM/RLM, LS/PS, bidi embeddings and isolates.
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const HAS_CONTROL = new RegExp(CONTROLS.source);
function visible(ch) {
    if (ch === '\n')
        return '\\n';
    if (ch === '\r')
        return '\\r';
    const code = ch.charCodeAt(0);
    return code <= 0xff
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * Control characters in their visible form. With `keepNewlines`, `\n` (and `\r\n`, read as `\n`)
 * stays a line break; a lone `\r` is still shown, since terminals and the runner treat it as one.
 */
function showControls(s, keepNewlines = false) {
    let text = s ?? '';
    if (!HAS_CONTROL.test(text))
        return text; // the common case, kept cheap for 100k-row tables
    if (keepNewlines)
        text = text.replace(/\r\n/g, '\n');
    return text.replace(CONTROLS, (ch) => (keepNewlines && ch === '\n' ? ch : visible(ch)));
}
// ---------------------------------------------------------------------------------------------
// Terminal (the CLI's human output)
/** One untrusted value on one line: no ANSI/OSC sequence, no line break, no carriage return. */
function terminalText(s) {
    return showControls(s);
}
/** Multi-line untrusted text (a traceback, printed output): line breaks kept, every other control shown. */
function terminalBlock(s) {
    return showControls(s, true);
}
// ---------------------------------------------------------------------------------------------
// GitHub Actions log
/** A fresh token for one stop-commands block: random, so text written before it cannot guess it. */
function stopCommandsToken() {
    return (0,external_node_crypto_.randomUUID)().replace(/-/g, '');
}
/**
 * Text for the Actions log with workflow commands switched off around it. The runner reads a
 * command from any line whose trimmed start is `::` and from `##[` anywhere in a line, splitting
 * lines on `\r` as well as `\n`; while stopped it ignores every command but `::<token>::`.
 *
 * `text` must already have its untrusted values escaped (terminalText/terminalBlock): the block
 * keeps Palisade's own colour codes and line breaks. Palisade's own commands (annotations, the
 * gate's failure) are written after the block, never inside it.
 */
function logBlock(text, token = stopCommandsToken()) {
    // The token is fresh, so this cannot happen; checked anyway so the property does not rest on chance.
    if (!/^[0-9a-f]{16,}$/i.test(token) || text.toLowerCase().includes(token.toLowerCase()))
        return logBlock(text, stopCommandsToken());
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}
/**
 * One line for the Actions log that needs no block: line breaks shown, and the two shapes the
 * runner reads as a command defused visibly, a leading `::` (its first colon as `\x3a`) and
 * `##[` (as `#\x23[`). For a second stream beside one that carries blocks (the CLI's stderr): the
 * runner reads stdout and stderr separately, so blocks on both could interleave and one block's
 * end could switch commands back on inside the other.
 */
function logLine(s) {
    return showControls(s)
        .replace(/##\[/g, '#\\x23[')
        .replace(/^(\s*):/, '$1\\x3a');
}
/**
 * A message or property for Palisade's own annotation (core.error/warning/notice). @actions/core
 * already percent-encodes `%`, `\r`, `\n` (and `:` `,` in properties), so only what it leaves
 * alone is escaped here: other control characters. Line breaks stay, as multi-line annotations.
 */
function annotationText(s) {
    return showControls(s, true);
}
// ---------------------------------------------------------------------------------------------
// Markdown (job summary, PR comment, SARIF rule help)
function longestBacktickRun(text) {
    if (!text.includes('`'))
        return 0;
    let longest = 0;
    for (const m of text.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    return longest;
}
/**
 * A code span: its fence is one backtick longer than any run inside, and it is padded with a
 * space when the text starts or ends with a backtick or a space (CommonMark strips one of each).
 * Nothing inside a code span is HTML, a link, an image, an emphasis, a mention or a reference.
 */
function codeSpan(text) {
    if (!text)
        return '';
    const fence = '`'.repeat(longestBacktickRun(text) + 1);
    const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** One untrusted value in markdown prose (a heading, a list item). */
function mdCode(s, max = 300) {
    return codeSpan(showControls(truncate(s, max)));
}
/**
 * One untrusted value in a GFM table cell. The table splits a row on `|` before it parses code
 * spans, and it unescapes `\|` inside them, so `\|` keeps the cell whole and still shows `|`.
 */
function mdCell(s, max = 300) {
    const code = mdCode(s, max);
    return code.includes('|') ? code.replace(/\|/g, '\\|') : code;
}
/** Multi-line untrusted text as a fenced block; its fence is longer than any backtick run inside. */
function mdCodeBlock(s, lang = 'text') {
    const text = showControls(s, true).replace(/\s+$/, '');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    return `${fence}${lang}\n${text}\n${fence}\n`;
}
/**
 * One untrusted value inside raw HTML such as `<summary>`, where markdown is not parsed and a code
 * span would show its backticks. HTML-escaped inside `<code>`: GitHub's mention, autolink and
 * reference filters skip text in `code` elements. (Entities alone would not do: `&#64;` is decoded
 * to `@` before those filters run.)
 */
function htmlCode(s, max = 300) {
    const text = showControls(truncate(s, max));
    if (!text)
        return '';
    return `<code>${text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')}</code>`;
}
// ---------------------------------------------------------------------------------------------
// SARIF
/**
 * `message.text`: plain text on one line. Whitespace runs collapse to a space, other controls are
 * shown, and `[`, `]`, `\` are backslash-escaped: SARIF (§3.11.6) reads `[text](target)` in a
 * plain-text message as an embedded link, and a viewer may render it as one.
 */
function sarifText(s, max = 4000) {
    const line = truncate((s ?? '').replace(/\s+/g, ' ').trim(), max);
    // Brackets first: the backslashes showControls adds (`\x1b`) are not the text's own.
    return showControls(line.replace(/[\\[\]]/g, (c) => `\\${c}`));
}
// ---------------------------------------------------------------------------------------------
// Runner paths
/**
 * `file` relative to the repository root, `/`-separated; a file outside the root keeps only its
 * name, so no absolute runner path (home, workspace, tool cache) reaches a report.
 */
function repoPath(file, root) {
    const f = file ?? '';
    if (!f)
        return '';
    if (!external_node_path_default().isAbsolute(f))
        return f.split((external_node_path_default()).sep).join('/');
    const rel = external_node_path_default().relative(root, f);
    const inside = rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel);
    return inside ? rel.split((external_node_path_default()).sep).join('/') : external_node_path_default().basename(f);
}
/**
 * Free text (a traceback, an error) with the repository root's absolute prefix removed, so
 * `File "/home/runner/work/r/r/policies/x.py"` reads `File "policies/x.py"`.
 */
function withoutRoot(s, root) {
    const text = s ?? '';
    const prefix = root.replace(/[\\/]+$/, '');
    // A root of "/" (or none) would strip every slash: leave the text alone then.
    if (!external_node_path_default().isAbsolute(root) || prefix.length < 2)
        return text;
    return text.split(prefix + (external_node_path_default()).sep).join('');
}

;// CONCATENATED MODULE: ./src/model/policy.ts
const SEVERITIES = ['Info', 'Low', 'Medium', 'High', 'Critical'];

;// CONCATENATED MODULE: ./src/report/severity.ts

/** Info = 0 … Critical = 4; higher is worse. */
function severityRank(s) {
    const i = SEVERITIES.indexOf(s);
    return i < 0 ? 0 : i;
}
/** Worst first, for tables and for truncation (GitHub keeps the top results by severity). */
const SEVERITIES_DESC = [...SEVERITIES].reverse();
/** github-integration.md §2.5: mid-band values avoid boundary surprises; Info has none. */
const SECURITY_SEVERITY = {
    Critical: '9.5',
    High: '8.0',
    Medium: '5.5',
    Low: '2.0',
    Info: undefined,
};
function securitySeverity(s) {
    return SECURITY_SEVERITY[s];
}
function sarifLevel(s) {
    if (s === 'Critical' || s === 'High')
        return 'error';
    if (s === 'Medium')
        return 'warning';
    return 'note';
}
function emptySeverityCounts() {
    return Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
}
/** Accepts any casing ("HIGH", "high"); unknown values fall back to Info rather than throwing. */
function normalizeSeverity(s) {
    const v = (s ?? '').toLowerCase();
    return SEVERITIES.find((x) => x.toLowerCase() === v) ?? 'Info';
}

;// CONCATENATED MODULE: ./src/report/text.ts
/** Plain-text helpers shared by the SARIF and markdown reporters. */
/** Whitespace runs (newlines included) collapsed to one space, trimmed. */
function oneLine(s) {
    return (s ?? '').replace(/\s+/g, ' ').trim();
}
/** The last non-blank line, trimmed: the exception line of a Python traceback. */
function lastLine(s) {
    const lines = (s ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines[lines.length - 1] ?? '';
}
function pyBool(b) {
    return b ? 'True' : 'False';
}
/** Code-unit order (locale-independent, so output is stable across machines). */
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/console.ts




const wrap = (code, reset) => (s) => `\u001b[${code}m${s}\u001b[${reset}m`;
function makeStyle(color) {
    if (!color)
        return { green: id, red: id, yellow: id, dim: id, bold: id };
    return {
        green: wrap(32, 39),
        red: wrap(31, 39),
        yellow: wrap(33, 39),
        dim: wrap(2, 22),
        bold: wrap(1, 22),
    };
}
function id(s) {
    return s;
}
/** Relative to cwd when inside it; the terminal is the user's own machine, so outside stays absolute. */
const rel = (file, cwd) => {
    const r = external_node_path_default().relative(cwd, file);
    return r.startsWith('..') ? file : r;
};
/** Untrusted multi-line text, escaped, each line indented. */
function indent(text, prefix) {
    return terminalBlock(text)
        .trimEnd()
        .split('\n')
        .map((l) => prefix + l)
        .join('\n');
}
function describeFailure(t) {
    const lines = [];
    if (t.status === 'ERROR' && t.error) {
        lines.push(...indent(t.error, '    ').split('\n'));
        return lines;
    }
    lines.push(`    expected policy() to return ${pyBool(t.expected)}, got ${t.actual === null ? 'no bool' : pyBool(t.actual)}`);
    for (const [fn, outcome] of Object.entries(t.functions ?? {})) {
        if (outcome.error)
            lines.push(...indent(`[${terminalText(fn)}] ${outcome.error}`, '    ').split('\n'));
    }
    if (t.error && !Object.values(t.functions ?? {}).some((o) => o.error))
        lines.push(...indent(t.error, '    ').split('\n'));
    return lines;
}
/** Per-policy, per-test report in the spirit of Panther's CLI, with a summary at the end. */
function renderTestReport(results, cwd, style) {
    const out = [];
    if (results.selection?.mode === 'changed') {
        const reasons = Object.entries(results.selection.reasons);
        out.push(style.bold(`Testing ${reasons.length} changed polic${reasons.length === 1 ? 'y' : 'ies'} (run without --changed-since for all):`));
        for (const [policyId, why] of reasons)
            out.push(`  ${terminalText(policyId)}: ${terminalText(why)}`);
        out.push('');
    }
    const byPolicy = new Map();
    for (const t of results.tests) {
        const list = byPolicy.get(t.policyId) ?? [];
        list.push(t);
        byPolicy.set(t.policyId, list);
    }
    for (const [policyId, tests] of byPolicy) {
        out.push(style.bold(terminalText(policyId)));
        for (const t of tests) {
            const tag = t.status === 'PASS'
                ? style.green('[PASS]')
                : t.status === 'SKIP'
                    ? style.yellow('[SKIP]')
                    : t.status === 'ERROR'
                        ? style.red('[ERROR]')
                        : style.red('[FAIL]');
            out.push(`  ${tag} ${terminalText(t.name)}`);
            if (!t.passed && t.status !== 'SKIP') {
                out.push(...describeFailure(t).map((l) => style.dim(l)));
                if (t.output)
                    out.push(style.dim(indent(`output:\n${t.output}`, '    ')));
            }
        }
        out.push('');
    }
    const passed = results.tests.filter((t) => t.status === 'PASS').length;
    const skipped = results.tests.filter((t) => t.status === 'SKIP').length;
    const failed = results.tests.length - passed - skipped;
    const failedPolicies = new Set(results.tests.filter((t) => !t.passed && t.status !== 'SKIP').map((t) => t.policyId));
    if (results.specErrors.length > 0) {
        out.push(style.bold(style.red(`Invalid specs (${results.specErrors.length}):`)));
        for (const e of results.specErrors)
            out.push(`  ${terminalText(rel(e.file, cwd))}:${e.line}: ${terminalBlock(e.message).split('\n').join('\n    ')}`);
        out.push('');
    }
    for (const n of results.notices)
        out.push(style.dim(terminalText(n)));
    const policies = byPolicy.size;
    out.push(style.bold('Summary: ') +
        `${policies} polic${policies === 1 ? 'y' : 'ies'} tested, ${failedPolicies.size} failing; ` +
        `tests: ${style.green(`${passed} passed`)}, ${failed > 0 ? style.red(`${failed} failed`) : '0 failed'}` +
        (skipped > 0 ? `, ${skipped} skipped` : '') +
        `; ${results.specErrors.length > 0 ? style.red(`${results.specErrors.length} invalid`) : '0 invalid'} specs`);
    return out.join('\n');
}
/** Findings overview for evaluate/scan: failing resources grouped by policy, then counts. */
function renderFindingsReport(results, style, maxPerPolicy = 20) {
    const out = [];
    const failing = results.findings.filter((f) => f.status === 'FAIL');
    const errors = results.findings.filter((f) => f.status === 'ERROR');
    const byPolicy = new Map();
    const counts = emptySeverityCounts();
    for (const f of failing) {
        const group = byPolicy.get(f.policyId);
        if (group) {
            group.list.push(f);
            group.worst = Math.max(group.worst, severityRank(f.severity));
        }
        else
            byPolicy.set(f.policyId, { worst: severityRank(f.severity), list: [f] });
        counts[f.severity]++;
    }
    // Policies by their worst finding (severity() can raise one), then by id — as the summary orders them.
    const sorted = [...byPolicy.entries()].sort((a, b) => b[1].worst - a[1].worst || a[0].localeCompare(b[0]));
    for (const [policyId, { list }] of sorted) {
        out.push(`${style.red('[FAIL]')} ${style.bold(terminalText(policyId))} (${list.length})`);
        for (const f of list.slice(0, maxPerPolicy)) {
            out.push(`  ${sevTag(f.severity, style)} ${terminalText(f.title)}${f.isNew ? style.yellow(' [new]') : ''}`);
            out.push(style.dim(`      ${terminalText(`${f.resourceId} (${f.accountId}/${f.region})`)}`));
        }
        if (list.length > maxPerPolicy)
            out.push(style.dim(`  …and ${list.length - maxPerPolicy} more`));
    }
    if (errors.length > 0) {
        out.push('', style.bold(style.yellow(`Policy errors (${errors.length}):`)));
        for (const f of errors.slice(0, 50)) {
            const last = (f.error ?? '').trim().split('\n').pop();
            out.push(`  ${terminalText(`${f.policyId} on ${f.resourceId}: ${last}`)}`);
        }
    }
    if (results.collectionErrors.length > 0) {
        out.push('', style.bold(style.yellow(`Collection errors (${results.collectionErrors.length}) — results are partial:`)));
        for (const e of results.collectionErrors.slice(0, 50)) {
            out.push(`  ${terminalText(`${e.accountId}/${e.region} ${e.resourceType}${e.resourceId ? ` ${e.resourceId}` : ''}: ${e.operation} ${e.code}: ${e.message}`)}`);
        }
    }
    if (results.specErrors.length > 0) {
        out.push('', style.bold(style.red(`Invalid specs (${results.specErrors.length}):`)));
        for (const e of results.specErrors)
            out.push(`  ${terminalText(`${e.file}:${e.line}: ${e.message}`)}`);
    }
    // Passes are usually counted rather than kept, so read the totals from stats when present.
    const evaluations = results.stats?.evaluations ?? results.findings.length;
    const resources = results.stats?.resources ?? new Set(results.findings.map((f) => f.resourceId)).size;
    out.push('', style.bold('Summary: ') +
        `${evaluations} evaluations over ${resources} resources; ` +
        `${failing.length} failing (${SEVERITIES_DESC.map((v) => `${counts[v]} ${v.toLowerCase()}`).join(', ')}), ` +
        `${errors.length} errors` +
        (results.partial ? style.yellow(' — PARTIAL') : ''));
    return out.join('\n');
}
function sevTag(sev, style) {
    const t = terminalText(sev.toUpperCase()).padEnd(8);
    return sev === 'Critical' || sev === 'High'
        ? style.red(t)
        : sev === 'Medium'
            ? style.yellow(t)
            : style.dim(t);
}
/** A one-line progress indicator on a TTY (stderr), silent otherwise. */
function makeProgress(enabled, stream = process.stderr) {
    let last = 0;
    return {
        update(label, done, total) {
            if (!enabled)
                return;
            const now = Date.now();
            if (now - last < 100 && done < total)
                return;
            last = now;
            stream.write(`\r${label} ${done}/${total}`.padEnd(60));
        },
        done() {
            if (enabled)
                stream.write('\r'.padEnd(61) + '\r');
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/model/results.ts
/** A Results with nothing in it yet: the start of every run and of a merge. */
function emptyResults(mode, startedAt, version) {
    return {
        version: 1,
        mode,
        tool: { name: 'Palisade', version },
        startedAt,
        finishedAt: startedAt,
        partial: false,
        policies: [],
        tests: [],
        findings: [],
        specErrors: [],
        collectionErrors: [],
        notices: [],
    };
}

;// CONCATENATED MODULE: ./src/policy/pyvalues.ts
/**
 * Python scalar types JavaScript cannot tell apart (policy-format.md §2).
 *
 * JS has one number type, so a YAML `1.0` read as a plain number would reach a policy as the
 * int `1`, `.inf`/`.nan` as `None` (JSON has no token for them), and ints beyond 2^53 rounded.
 * The YAML loader therefore returns every float as a `PyFloat` and every int outside the safe
 * integer range as a `PyBigInt`; the sandbox wire (sandbox/wire.ts) writes them as the Python
 * literals PAT's loader would have produced.
 *
 * Outside the wire both behave like the nearest JS value: `String()` gives Python's `str()`
 * (`1.0`, `inf`, `1e+16`), `JSON.stringify` a plain number (or null for inf/nan).
 */
/** Set while sandbox/wire.ts serialises a request: `toJSON` then emits wire markers. */
let wire = null;
/** A Python float, as read from YAML (`1.0`, `-0.0`, `.inf`, `.nan`, `1.5e+3`). */
class PyFloat {
    value;
    constructor(value) {
        this.value = value;
    }
    /** Python's `str()`/`repr()` of the float. */
    toString() {
        return pyFloatRepr(this.value);
    }
    /** `+f`, `f > 0` give the number; `${f}`, `f + ''` give Python's str(). */
    [Symbol.toPrimitive](hint) {
        return hint === 'number' ? this.value : this.toString();
    }
    /** A plain JSON number in reports (null for inf/nan, as JSON.stringify writes them). */
    toJSON() {
        if (wire)
            return wireToken(pyFloatJson(this.value));
        return Number.isFinite(this.value) ? this.value : null;
    }
}
/** A Python int outside JavaScript's safe integer range, kept exact. */
class PyBigInt {
    value;
    constructor(value) {
        this.value = value;
    }
    /** The exact decimal digits (Python's `str()`/`repr()`). */
    get text() {
        return this.value.toString();
    }
    toString() {
        return this.text;
    }
    [Symbol.toPrimitive](hint) {
        return hint === 'number' ? Number(this.value) : this.text;
    }
    /** The nearest JSON number in reports (JSON has no other integer). */
    toJSON() {
        if (wire)
            return wireToken(this.text);
        return Number(this.value);
    }
}
/** A YAML-read number of either Python type, or a plain JS number. */
function isPyNumber(v) {
    return typeof v === 'number' || v instanceof PyFloat || v instanceof PyBigInt;
}
/** Python's repr() of a float (also its str()): shortest round-trip digits, Python's layout. */
function pyFloatRepr(x) {
    if (Number.isNaN(x))
        return 'nan';
    if (x === Infinity)
        return 'inf';
    if (x === -Infinity)
        return '-inf';
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    const sign = x < 0 ? '-' : '';
    // toExponential() without an argument gives the shortest digits that round-trip, like repr.
    const [mantissa, exp] = Math.abs(x).toExponential().split('e');
    const digits = mantissa.replace('.', '');
    const e = Number(exp);
    // float_repr_style 'short', format 'r': scientific when decpt <= -4 or decpt > 16 (decpt = e + 1).
    if (e < -4 || e >= 16) {
        const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        const ee = Math.abs(e).toString().padStart(2, '0');
        return `${sign}${m}e${e < 0 ? '-' : '+'}${ee}`;
    }
    const decpt = e + 1;
    if (decpt <= 0)
        return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
    if (decpt >= digits.length)
        return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}
/** The float as a token of Python's json module: a JSON number, or `Infinity`/`-Infinity`/`NaN`. */
function pyFloatJson(x) {
    if (Number.isNaN(x))
        return 'NaN';
    if (!Number.isFinite(x))
        return x > 0 ? 'Infinity' : '-Infinity';
    return pyFloatRepr(x); // always has a `.` or an exponent, so json.loads gives a float
}
// ---- wire support (used by sandbox/wire.ts only) ----
function wireToken(literal) {
    wire.count++;
    return wire.marker + literal;
}
/**
 * Runs `JSON.stringify(value)` with `PyFloat`/`PyBigInt` written as JSON strings
 * `"<marker><token>"`, and reports how many were written. `marker` must be text no ordinary
 * data contains and that JSON.stringify does not escape (wire.ts uses a random nonce).
 */
function stringifyWithMarkers(value, marker) {
    const outer = wire;
    wire = { marker, count: 0 };
    try {
        const json = JSON.stringify(value);
        return { json, markers: wire.count };
    }
    finally {
        wire = outer;
    }
}

// EXTERNAL MODULE: ./src/model/resource-types.ts
var resource_types = __nccwpck_require__(8209);
;// CONCATENATED MODULE: ./src/policy/paths.ts
/**
 * The one place that decides which repository files may be read, and reads them.
 *
 * A pull request controls every byte and every directory entry of the checkout, so a spec's
 * `Filename` is a path chosen by an attacker: `../.git/config`, `/proc/self/environ`, a
 * symlink to the runner's home, a FIFO that blocks the reader forever. Nothing here trusts a
 * path because it "looks" inside the repository. A file may be read only when
 *   - the repository walk itself listed it, under a walk root resolved with `realpath`,
 *     through directories the walk entered (no symlinked directory, no dot-directory);
 *   - `lstat` says it is a regular file (not a symlink, FIFO, socket or device) within the
 *     size limit, and `realpath` of it is itself;
 *   - the handle opened with `O_NOFOLLOW | O_NONBLOCK` is the same file (dev/ino) the walk
 *     approved, still regular and within the limit: a file swapped after the walk is refused.
 */


const MiB = 1024 * 1024;
/**
 * Largest policy or global source read (1 MiB). The public Panther corpus's largest .py is
 * 105 KB; a bound keeps a hostile repository from making the runner hold gigabytes.
 */
const MAX_PYTHON_SOURCE_BYTES = 1 * MiB;
/**
 * Largest spec file read (2 MiB). Specs carry test resources inline, so they can be larger
 * than code, but the corpus's largest is 51 KB; the YAML parser holds the whole file in memory.
 */
const MAX_SPEC_FILE_BYTES = 2 * MiB;
/** The spec error for any `Filename` that is not an approved .py file (exact wording is the contract). */
/** A size limit for messages: `2 MiB`, or bytes when not a whole number of MiB. */
function formatLimit(bytes) {
    return bytes % MiB === 0 ? `${bytes / MiB} MiB` : `${bytes} bytes`;
}
const FILENAME_OUTSIDE_REPOSITORY = 'Filename must name a .py file inside the repository';
/** Why a file cannot be read: a message for the user, never containing the file's content. */
class RepositoryFileError extends Error {
    name = 'RepositoryFileError';
}
/**
 * Files approved for reading, by absolute real path, with the identity they had when approved.
 * Process-wide because `readRepositoryFile` is called with a bare path (PolicySpec.pythonFile);
 * the latest walk of a path wins, so a rewritten file is re-approved on the next load.
 */
const approved = new Map();
function describeType(st) {
    if (st.isSymbolicLink())
        return 'a symbolic link';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isSocket())
        return 'a socket';
    if (st.isBlockDevice() || st.isCharacterDevice())
        return 'a device file';
    if (st.isDirectory())
        return 'a directory';
    return 'not a regular file';
}
/**
 * Checks a file the walk listed, without opening it: a regular file (by `lstat`, so a symlink
 * is never followed) within `limit` bytes whose real path is itself. Approves it for
 * `readRepositoryFile` and returns undefined, or returns why it may not be read.
 */
function approveWalkedFile(abs, limit) {
    let st;
    try {
        st = (0,external_node_fs_.lstatSync)(abs, { bigint: true });
    }
    catch (e) {
        return `cannot be inspected (${e.code ?? 'error'})`;
    }
    if (!st.isFile())
        return `is ${describeType(st)}`;
    if (st.size > BigInt(limit))
        return `is larger than the ${formatLimit(limit)} limit`;
    // A directory above it swapped for a symlink since the walk would show up here.
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(abs);
    }
    catch {
        return 'cannot be resolved';
    }
    if (real !== abs)
        return 'is reached through a symbolic link';
    approved.set(abs, { dev: st.dev, ino: st.ino });
    return undefined;
}
// O_NOFOLLOW/O_NONBLOCK are undefined on Windows; there the lstat/fstat checks still hold.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/**
 * Reads a repository file as UTF-8: the only reader for spec YAML and Python sources.
 * Opens without following a final symlink and without blocking (a FIFO would block a plain
 * open), then checks the handle: a regular file, within `limit`, and the same dev/ino the
 * walk approved. Paths no walk approved (specs built by hand in a library call or a test) get
 * the same file-level checks. Throws RepositoryFileError.
 */
function readRepositoryFile(abs, limit) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(abs, OPEN_FLAGS);
    }
    catch (e) {
        const code = e.code;
        throw new RepositoryFileError(code === 'ELOOP' ? 'is a symbolic link' : `cannot be opened (${code ?? 'error'})`);
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd, { bigint: true });
        if (!st.isFile())
            throw new RepositoryFileError(`is ${describeType(st)}`);
        const expected = approved.get(abs);
        if (expected && (expected.dev !== st.dev || expected.ino !== st.ino))
            throw new RepositoryFileError('changed since the repository was walked');
        if (st.size > BigInt(limit))
            throw new RepositoryFileError(`is larger than the ${formatLimit(limit)} limit`);
        // One spare byte: a file that grows past its fstat size while read is refused, not truncated.
        const buf = Buffer.alloc(Number(st.size) + 1);
        let length = 0;
        while (length < buf.length) {
            const n = (0,external_node_fs_.readSync)(fd, buf, length, buf.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
        if (length > Number(st.size))
            throw new RepositoryFileError('changed while being read');
        return buf.toString('utf8', 0, length);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Where a spec's `Filename` points, lexically: relative to the spec's directory (as PAT
 * resolves it). No file system access; `RepositoryIndex.confine` decides whether it may be read.
 */
function filenamePath(specFile, filename) {
    return external_node_path_default().resolve(external_node_path_default().dirname(specFile), filename);
}
/** Whether `rel` (relative to a root) stays inside it and has no dot component. */
function insideWithoutDots(rel) {
    if (rel === '' || external_node_path_default().isAbsolute(rel))
        return false;
    return rel.split((external_node_path_default()).sep).every((part) => part !== '' && !part.startsWith('.'));
}
/**
 * What one repository walk listed: the directories it entered and every entry in them, under
 * real roots. Built by the walk, it is the whitelist for `Filename`: a path is readable only if
 * the walk saw it as a regular .py file, so symlinked directories (not entered), dot-directories
 * (not entered) and anything outside the roots are never candidates.
 */
class RepositoryIndex {
    roots = [];
    directories = new Set();
    entries = new Set();
    pythonFiles = new Set();
    /** A walk root, already resolved with `realpath`. */
    addRoot(realRoot) {
        this.roots.push(realRoot);
        this.directories.add(realRoot);
    }
    /** A directory the walk entered (under a real root, through real directories) and its entries. */
    addDirectory(absDir, dirents) {
        this.directories.add(absDir);
        for (const e of dirents) {
            const abs = external_node_path_default().join(absDir, e.name);
            this.entries.add(abs);
            // Dirent types come from readdir without following links: a symlink is never "a file".
            if (e.isFile() && e.name.endsWith('.py') && !e.name.startsWith('.'))
                this.pythonFiles.add(abs);
        }
    }
    /**
     * Whether `candidate` (a `filenamePath`) may be read as policy or global code: `ok` (and
     * approved for `readRepositoryFile`), `missing` (a .py name in a directory the walk entered,
     * with no such entry: PAT's "not found"), or `refused` (anything else; never opened).
     */
    confine(candidate) {
        if (!candidate.endsWith('.py'))
            return 'refused';
        // The index alone already implies the next check; it stays as a second line of defence.
        const inside = this.roots.some((root) => insideWithoutDots(external_node_path_default().relative(root, candidate)));
        if (!inside)
            return 'refused';
        if (this.pythonFiles.has(candidate))
            return approveWalkedFile(candidate, MAX_PYTHON_SOURCE_BYTES) === undefined ? 'ok' : 'refused';
        if (this.directories.has(external_node_path_default().dirname(candidate)) && !this.entries.has(candidate))
            return 'missing';
        return 'refused';
    }
}

;// CONCATENATED MODULE: ./src/policy/spec.ts
/**
 * Schema checks for policy and global specs (policy-format.md §4, §4.1, §5, §6 step 5).
 *
 * Hand-written rather than JSON Schema: the messages and the line of each error are the product
 * here, and the rules (bool passes as int, case-insensitive tag duplicates, strict test objects)
 * are few. Messages follow the wording of PAT's `schema` library (`Missing key: 'X'`,
 * `... should be instance of 'bool'`) so they read the same as PAT's output.
 */




/** The 11 analysis types and the key holding each one's ID (all IDs share one namespace). */
const ANALYSIS_ID_KEYS = {
    policy: 'PolicyID',
    global: 'GlobalID',
    rule: 'RuleID',
    scheduled_rule: 'RuleID',
    correlation_rule: 'RuleID',
    scheduled_query: 'QueryName',
    saved_query: 'QueryName',
    pack: 'PackID',
    datamodel: 'DataModelID',
    lookup_table: 'LookupName',
    scheduled_prompt: 'PromptName',
};
function isAnalysisType(v) {
    return typeof v === 'string' && Object.prototype.hasOwnProperty.call(ANALYSIS_ID_KEYS, v);
}
const ID_RULE = /^[^<>&"%]+$/;
const RESOURCE_TYPES = new Set(resource_types/* ACCEPTED_RESOURCE_TYPES */.T);
// ---- Python-flavoured rendering, so messages match what PAT users see ----
function pyType(v) {
    if (v === null || v === undefined)
        return 'NoneType';
    if (typeof v === 'boolean')
        return 'bool';
    // YAML floats are PyFloat (`1.0` included), big ints PyBigInt; plain numbers come from elsewhere.
    if (v instanceof PyFloat)
        return 'float';
    if (v instanceof PyBigInt || typeof v === 'bigint')
        return 'int';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'int' : 'float';
    if (typeof v === 'string')
        return 'str';
    if (Array.isArray(v))
        return 'list';
    return 'dict';
}
function pyRepr(v) {
    if (v === null || v === undefined)
        return 'None';
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    if (typeof v === 'string')
        return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (v instanceof PyFloat || v instanceof PyBigInt || typeof v === 'bigint')
        return String(v);
    if (typeof v === 'number') {
        if (Number.isNaN(v))
            return 'nan';
        if (!Number.isFinite(v))
            return v > 0 ? 'inf' : '-inf';
        return String(v);
    }
    if (Array.isArray(v))
        return `[${v.map(pyRepr).join(', ')}]`;
    const entries = Object.entries(v).map(([k, x]) => `${pyRepr(k)}: ${pyRepr(x)}`);
    const text = `{${entries.join(', ')}}`;
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
const instance = (v, type) => ({
    detail: `${pyRepr(v)} should be instance of '${type}'`,
});
const str = (v) => (typeof v === 'string' ? undefined : instance(v, 'str'));
const bool = (v) => (typeof v === 'boolean' ? undefined : instance(v, 'bool'));
// Python's bool is an int, so PAT's `int` fields accept true/false.
// A YAML float (`1.0` too) is a PyFloat: not an int, as in PAT.
const spec_int = (v) => (pyType(v) === 'bool' || pyType(v) === 'int' ? undefined : instance(v, 'int'));
const anything = () => undefined;
const idString = (v) => {
    if (typeof v !== 'string')
        return instance(v, 'str');
    if (!ID_RULE.test(v))
        return { detail: `${pyRepr(v)} must not contain any of < > & " %` };
    return undefined;
};
const severity = (v) => typeof v === 'string' && SEVERITIES.includes(v)
    ? undefined
    : { detail: `${pyRepr(v)} is not one of ${SEVERITIES.join(', ')}` };
function listOf(item) {
    return (v) => {
        if (!Array.isArray(v))
            return instance(v, 'list');
        for (let i = 0; i < v.length; i++) {
            const p = item(v[i]);
            if (p)
                return { detail: p.detail, at: [i, ...(p.at ?? [])] };
        }
        return undefined;
    };
}
const resourceType = (v) => {
    if (typeof v !== 'string')
        return instance(v, 'str');
    return RESOURCE_TYPES.has(v) ? undefined : { detail: `${pyRepr(v)} is not a valid resource type` };
};
const reports = (v) => {
    if (pyType(v) !== 'dict')
        return instance(v, 'dict');
    for (const [k, list] of Object.entries(v)) {
        if (!Array.isArray(list))
            return { detail: `${pyRepr(list)} should be instance of 'list'`, at: [k] };
        const i = list.findIndex((x) => typeof x !== 'string' && !isPyNumber(x));
        if (i >= 0)
            return { detail: `${pyRepr(list[i])} should be a string or a number`, at: [k, i] };
    }
    return undefined;
};
// ---- mappings with required/optional keys ----
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
/** Checks a mapping against a shape: each key in `order` (unknown key or bad value), then missing keys. */
function checkShape(obj, shape, opts = {}) {
    const keys = opts.order ?? Object.keys(obj);
    for (const key of keys) {
        const check = hasOwn(shape.required, key)
            ? shape.required[key]
            : hasOwn(shape.optional, key)
                ? shape.optional[key]
                : undefined;
        if (!check) {
            if (opts.allowExtra)
                continue;
            return { key, detail: `'${key}' not in list of valid keys` };
        }
        const p = check(obj[key]);
        if (p)
            return { key, detail: `Key '${key}' error: ${p.detail}`, at: p.at };
    }
    const missing = Object.keys(shape.required).filter((k) => !hasOwn(obj, k));
    if (missing.length === 1)
        return { detail: `Missing key: '${missing[0]}'` };
    if (missing.length > 1)
        return { detail: `Missing keys: ${missing.map((k) => `'${k}'`).join(', ')}` };
    return undefined;
}
const mockShape = {
    required: {
        objectName: str,
        returnValue: (v) => typeof v === 'string' || typeof v === 'boolean' ? undefined : instance(v, 'str or bool'),
    },
    optional: {},
};
const mocks = listOf((m) => {
    if (pyType(m) !== 'dict')
        return instance(m, 'dict');
    const p = checkShape(m, mockShape);
    return p && { detail: p.detail, at: p.key ? [p.key] : [] };
});
const testShape = {
    required: { Name: str, ExpectedResult: bool, Resource: anything },
    optional: { ResourceType: str, Mocks: mocks },
};
const policyShape = {
    required: { AnalysisType: anything, PolicyID: idString, Filename: str, Enabled: bool, Severity: severity },
    optional: {
        ResourceTypes: listOf(resourceType),
        DisplayName: idString,
        Description: str,
        Reference: str,
        Runbook: str,
        CreatedBy: str,
        Status: str,
        Tags: listOf(str),
        OutputIds: listOf(str),
        Suppressions: listOf(str),
        Reports: reports,
        Tests: anything, // checked entry by entry below, for per-test lines
        ActionDelaySeconds: spec_int,
        BaseVersion: spec_int,
        AutoRemediationID: str,
        AutoRemediationParameters: anything,
        OnlyUseBaseRiskScore: bool,
    },
};
const globalShape = {
    required: { AnalysisType: anything, GlobalID: idString, Filename: str },
    optional: { Description: str, Tags: listOf(str), BaseVersion: spec_int },
};
/** Keys of the policy and global schemas (used by --filter). */
const POLICY_KEYS = [
    ...Object.keys(policyShape.required),
    ...Object.keys(policyShape.optional),
];
const GLOBAL_KEYS = [
    ...Object.keys(globalShape.required),
    ...Object.keys(globalShape.optional),
];
// ---- error construction ----
function keysInSourceOrder(raw, parsed) {
    const line = (k) => parsed.keyLines[k] ?? Number.MAX_SAFE_INTEGER;
    return Object.keys(raw).sort((a, b) => line(a) - line(b));
}
function specError(src, line, message, id) {
    const err = { file: src.file, line: line ?? 1, message };
    if (id !== undefined)
        err.id = id;
    return err;
}
function idOf(raw, key) {
    return typeof raw[key] === 'string' ? raw[key] : undefined;
}
/** Validates the `Tests` list; the error line is the offending key's, or the entry's. */
function checkTests(tests, src) {
    const lineAt = src.parsed.lineAt;
    if (!Array.isArray(tests))
        return { line: lineAt(['Tests']), message: `Key 'Tests' error: ${instance(tests, 'list').detail}` };
    for (let i = 0; i < tests.length; i++) {
        const t = tests[i];
        const entryLine = src.parsed.testLines[i] ?? lineAt(['Tests', i]);
        const name = pyType(t) === 'dict' && typeof t.Name === 'string'
            ? ` ${pyRepr(t.Name)}`
            : '';
        const label = `Test #${i + 1}${name}`;
        if (pyType(t) !== 'dict')
            return { line: entryLine, message: `${label}: ${instance(t, 'dict').detail}` };
        const obj = t;
        const p = checkShape(obj, testShape, { order: orderWithin(obj, src, ['Tests', i]) });
        if (p) {
            const line = p.key ? lineAt(['Tests', i, p.key, ...(p.at ?? [])]) : entryLine;
            return { line, message: `${label}: ${p.detail}` };
        }
    }
    return undefined;
}
/** Keys of a nested mapping sorted by their line, so the first error reported is the first in the file. */
function orderWithin(obj, src, at) {
    const line = (k) => src.parsed.lineAt([...at, k]) ?? Number.MAX_SAFE_INTEGER;
    return Object.keys(obj).sort((a, b) => line(a) - line(b));
}
// ---- public validators ----
/** Schema check of an `AnalysisType: policy` mapping (§4, §4.1). Duplicates are §6 step 5: see `checkDuplicates`. */
function validatePolicy(raw, src, opts = {}) {
    const id = idOf(raw, 'PolicyID');
    const p = checkShape(raw, policyShape, {
        allowExtra: opts.ignoreExtraKeys,
        order: keysInSourceOrder(raw, src.parsed),
    });
    if (p) {
        const line = p.key ? src.parsed.lineAt([p.key, ...(p.at ?? [])]) : 1;
        return { ok: false, error: specError(src, line, p.detail, id) };
    }
    if (hasOwn(raw, 'Tests')) {
        const t = checkTests(raw.Tests, src);
        if (t)
            return { ok: false, error: specError(src, t.line, t.message, id) };
    }
    return { ok: true, spec: buildPolicy(raw, src) };
}
function buildPolicy(raw, src) {
    const s = (k) => raw[k];
    const list = (k) => raw[k] ?? [];
    const tests = (raw.Tests ?? []).map((t, i) => ({
        name: t.Name,
        expectedResult: t.ExpectedResult,
        resource: t.Resource,
        mocks: (t.Mocks ?? []).map((m) => ({
            objectName: m.objectName,
            returnValue: m.returnValue,
        })),
        line: src.parsed.testLines[i] ?? 1,
    }));
    const reportsRaw = raw.Reports ?? {};
    const spec = {
        kind: 'policy',
        policyId: raw.PolicyID,
        specFile: src.specFile,
        pythonFile: filenamePath(src.specFile, raw.Filename),
        enabled: raw.Enabled,
        severity: raw.Severity,
        resourceTypes: list('ResourceTypes'),
        tags: list('Tags'),
        // String() of a PyFloat/PyBigInt is Python's str(): `1.0`, not `1`.
        reports: Object.fromEntries(Object.entries(reportsRaw).map(([k, v]) => [k, v.map(String)])),
        suppressions: list('Suppressions'),
        outputIds: list('OutputIds'),
        tests,
        hasTestsKey: hasOwn(raw, 'Tests'),
        raw,
        keyLines: { ...src.parsed.keyLines },
    };
    for (const [key, field] of [
        ['DisplayName', 'displayName'],
        ['Description', 'description'],
        ['Reference', 'reference'],
        ['Runbook', 'runbook'],
    ]) {
        if (s(key) !== undefined)
            spec[field] = s(key);
    }
    return spec;
}
/** Schema check of an `AnalysisType: global` mapping (§5.1). Extra keys are always errors. */
function validateGlobal(raw, src) {
    const id = idOf(raw, 'GlobalID');
    const p = checkShape(raw, globalShape, { order: keysInSourceOrder(raw, src.parsed) });
    if (p) {
        const line = p.key ? src.parsed.lineAt([p.key, ...(p.at ?? [])]) : 1;
        return { ok: false, error: specError(src, line, p.detail, id) };
    }
    const spec = {
        kind: 'global',
        globalId: raw.GlobalID,
        specFile: src.specFile,
        pythonFile: filenamePath(src.specFile, raw.Filename),
    };
    if (typeof raw.Description === 'string')
        spec.description = raw.Description;
    return { ok: true, spec };
}
/**
 * §6 step 5: list fields that must be sets. `Tags` also may not hold two values that differ
 * only by case. Applies to any analysis type that has the field.
 */
function checkDuplicates(raw, src, id) {
    for (const key of ['Tags', 'OutputIds', 'Suppressions', 'LogTypes', 'PackIDs', 'SummaryAttributes']) {
        const list = raw[key];
        if (!Array.isArray(list))
            continue;
        const seen = new Map();
        for (let i = 0; i < list.length; i++) {
            const v = list[i];
            const norm = key === 'Tags' && typeof v === 'string' ? v.toLowerCase() : JSON.stringify(v);
            if (seen.has(norm)) {
                const first = seen.get(norm);
                const detail = first === v
                    ? `duplicate value ${pyRepr(v)}`
                    : `${pyRepr(v)} duplicates ${pyRepr(first)} (tags are compared case-insensitively)`;
                return specError(src, src.parsed.lineAt([key, i]), `Key '${key}' error: ${detail}`, id);
            }
            seen.set(norm, v);
        }
    }
    return undefined;
}
/**
 * Pack check (§6): every ID in a pack's `PackDefinition.IDs` must exist among the given specs of
 * any type. Packs without a readable `PackDefinition.IDs` list are not checked (other types are
 * not validated).
 */
function checkPacks(specs) {
    const existing = new Set([
        ...specs.policies.map((p) => p.policyId),
        ...specs.globals.map((g) => g.globalId),
        ...specs.others.flatMap((o) => (o.id === undefined ? [] : [o.id])),
    ]);
    const errors = [];
    for (const pack of specs.others) {
        if (pack.analysisType !== 'pack')
            continue;
        const def = pack.raw.PackDefinition;
        const ids = def && typeof def === 'object' ? def.IDs : undefined;
        if (!Array.isArray(ids))
            continue;
        const missing = ids.filter((id) => !existing.has(String(id)));
        if (missing.length === 0)
            continue;
        const err = {
            file: pack.file,
            line: pack.keyLines.PackDefinition ?? 1,
            message: `pack (${pack.id}) definition includes item(s) that do not exist (${missing.map(String).join(', ')})`,
        };
        if (pack.id !== undefined)
            err.id = pack.id;
        errors.push(err);
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/policy/filters.ts



/**
 * Keys of PAT's rule schema. `--filter` accepts keys of the policy, global or rule schema
 * (rules are not loaded, but filtering by e.g. `LogTypes` is still a valid request).
 */
const RULE_KEYS = [
    'AnalysisType',
    'Enabled',
    'Filename',
    'Detection',
    'RuleID',
    'LogTypes',
    'ScheduledQueries',
    'Severity',
    'ActionDelaySeconds',
    'Description',
    'DedupPeriodMinutes',
    'InlineFilters',
    'DisplayName',
    'CreatedBy',
    'OnlyUseBaseRiskScore',
    'OutputIds',
    'Reference',
    'Runbook',
    'SummaryAttributes',
    'Threshold',
    'Tags',
    'Reports',
    'Tests',
    'DynamicSeverities',
    'AlertTitle',
    'AlertContext',
    'GroupBy',
    'Status',
    'BaseDetection',
    'CreateAlert',
    'Suppressions',
    'BaseVersion',
];
const FILTER_KEYS = new Set([...POLICY_KEYS, ...GLOBAL_KEYS, ...RULE_KEYS]);
const ENABLED_VALUES = {
    true: 'true',
    yes: 'true',
    '1': 'true',
    false: 'false',
    no: 'false',
    '0': 'false',
};
/** Parses `KEY=V1,V2` / `KEY!=V` arguments. Repeating a key replaces its earlier values. */
function parseFilters(args) {
    const filters = { include: {}, exclude: {} };
    for (const arg of args) {
        const neq = arg.indexOf('!=');
        const eq = arg.indexOf('=');
        const negated = neq >= 0 && neq < eq;
        if (eq <= 0 || (negated && neq === 0))
            throw new UsageError(`Invalid filter '${arg}': expected KEY=VALUE[,VALUE...] or KEY!=VALUE`);
        const key = arg.slice(0, negated ? neq : eq).trim();
        if (!FILTER_KEYS.has(key)) {
            throw new UsageError(`Invalid filter key '${key}': must be a key of the policy, global or rule schema (${[...FILTER_KEYS].sort().join(', ')})`);
        }
        const values = arg
            .slice(eq + 1)
            .split(',')
            .map((v) => v.trim().toLowerCase())
            .filter((v) => v !== '');
        if (values.length === 0)
            throw new UsageError(`Invalid filter '${arg}': no value given`);
        const normalised = key === 'Enabled'
            ? values.map((v) => {
                const b = ENABLED_VALUES[v];
                if (!b)
                    throw new UsageError(`Invalid filter '${arg}': Enabled takes true/false/yes/no/1/0`);
                return b;
            })
            : values;
        (negated ? filters.exclude : filters.include)[key] = normalised;
    }
    return filters;
}
function hasFilters(f) {
    return Object.keys(f.include).length > 0 || Object.keys(f.exclude).length > 0;
}
/**
 * Spec values as lower-cased strings; a list field contributes each scalar element. Numbers read
 * as Python's str() gives them (`String()` of a PyFloat/PyBigInt): `1.0`, `inf`, `1e+16`.
 */
function specValues(v) {
    const items = Array.isArray(v) ? v : [v];
    return items
        .filter((x) => typeof x === 'string' || typeof x === 'boolean' || isPyNumber(x))
        .map((x) => String(x).toLowerCase());
}
/** Include keys are ANDed, their values ORed; a missing key matches nothing and is never excluded. */
function matchesFilters(raw, f) {
    const has = (k) => Object.prototype.hasOwnProperty.call(raw, k);
    for (const [key, wanted] of Object.entries(f.include)) {
        if (!has(key) || !specValues(raw[key]).some((v) => wanted.includes(v)))
            return false;
    }
    for (const [key, unwanted] of Object.entries(f.exclude)) {
        if (has(key) && specValues(raw[key]).some((v) => unwanted.includes(v)))
            return false;
    }
    return true;
}
/** `No tests configured for <ID>` for each policy without tests. */
function noTestNotices(policies) {
    return policies.filter((p) => p.tests.length === 0).map((p) => `No tests configured for ${p.policyId}`);
}
const errorKey = (e) => `${e.file}:${e.line}: ${e.message}`;
/**
 * Applies `--filter`. Globals and data models are always kept. Errors found while loading stay
 * (invalid specs fail the run whatever the filters), except pack errors, which are re-derived
 * against what survived the filters, as PAT checks packs after filtering. The no-tests notices
 * are re-derived the same way.
 */
function applyFilters(repo, f) {
    if (!hasFilters(f))
        return repo;
    const policies = repo.policies.filter((p) => matchesFilters(p.raw, f));
    const staleNotices = new Set(noTestNotices(repo.policies));
    const notices = [...repo.notices.filter((n) => !staleNotices.has(n)), ...noTestNotices(policies)];
    const out = { ...repo, policies, notices };
    if (repo.others) {
        const others = repo.others.filter((o) => o.analysisType === 'datamodel' || matchesFilters(o.raw, f));
        const stale = new Set(checkPacks({ ...repo, others: repo.others }).map(errorKey));
        out.others = others;
        out.otherItems = others.length;
        out.errors = [
            ...repo.errors.filter((e) => !stale.has(errorKey(e))),
            ...checkPacks({ policies, globals: repo.globals, others }),
        ];
    }
    return out;
}
/**
 * `--minimum-tests N`: the coverage failures of one policy (empty = fine). The both-outcomes
 * rule applies only when N > 1 and the spec has a `Tests` key.
 */
function coverageMessages(policy, minimumTests) {
    const messages = [];
    const found = policy.tests.length;
    if (found < minimumTests) {
        messages.push(`Insufficient test coverage: ${minimumTests} tests required but only ${found} found`);
    }
    if (minimumTests > 1 && policy.hasTestsKey) {
        const positive = policy.tests.some((t) => t.expectedResult === true);
        const negative = policy.tests.some((t) => t.expectedResult === false);
        if (!positive || !negative) {
            messages.push('Insufficient test coverage: expected at least one positive and one negative test');
        }
    }
    return messages;
}
/** `--test-names`: the tests of a policy to run (all of them when no names are given). */
function selectTests(policy, names) {
    if (names.length === 0)
        return policy.tests;
    const wanted = new Set(names);
    return policy.tests.filter((t) => wanted.has(t.name));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/policy/yaml.ts
/**
 * YAML parsing with PAT's scalar rules (policy-format.md §2).
 *
 * PAT runs a YAML 1.1 safe loader patched towards 1.2. Neither of the `yaml` package's stock
 * schemas agrees with it, so we start from the `failsafe` schema (maps, seqs, strings) and add
 * our own implicit resolvers for null, bool, int and float. Anything they do not match stays a
 * string: timestamps, `yes`/`on`, `0o17`, `1:30:00`, `1e3`. Floats come back as `PyFloat`, and
 * ints beyond 2^53 as `PyBigInt`, so the Python type and exact value reach policies (pyvalues.ts).
 */


const YAML_TAG = 'tag:yaml.org,2002:';
const nullTag = {
    tag: `${YAML_TAG}null`,
    default: true,
    // Empty plain scalars (`key:`) reach the resolver as ''.
    test: /^(?:~|null|Null|NULL|)$/,
    resolve: () => null,
};
const boolTag = {
    tag: `${YAML_TAG}bool`,
    default: true,
    // Only these six spellings; yes/no/on/off and mixed case stay strings.
    test: /^(?:true|True|TRUE|false|False|FALSE)$/,
    resolve: (s) => s[0] === 't' || s[0] === 'T',
};
// YAML 1.1 int forms without base 60. `0[0-7_]+` is kept as a form (so `0644` is an int) but is
// read as decimal, which is PAT's override; `08` matches no form and stays a string.
const intTag = {
    tag: `${YAML_TAG}int`,
    default: true,
    test: /^[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|0|[1-9][0-9_]*)$/,
    resolve: (text) => {
        let s = text.replace(/_/g, '');
        let sign = 1;
        if (s[0] === '-' || s[0] === '+') {
            if (s[0] === '-')
                sign = -1;
            s = s.slice(1);
        }
        let n;
        if (s.startsWith('0b'))
            n = parseDigits(s.slice(2), '0b', /^[01]+$/, text);
        else if (s.startsWith('0x'))
            n = parseDigits(s.slice(2), '0x', /^[0-9a-fA-F]+$/, text);
        else
            n = parseDigits(s, '', /^[0-9]+$/, text);
        if (sign < 0)
            n = -n;
        // Beyond 2^53 a JS number would round: keep the exact Python int.
        return n > MAX_SAFE || n < -MAX_SAFE ? new PyBigInt(n) : Number(n);
    },
};
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
function parseDigits(digits, prefix, valid, text) {
    // Explicit `!!int` tags reach here without passing `test`; reject what Python's int() would.
    if (!valid.test(digits))
        throw new Error(`invalid int: '${text}'`);
    return BigInt(prefix + digits);
}
// PyYAML's float forms without base 60: a dot is required and an exponent needs its sign.
// Resolved to `PyFloat` (pyvalues.ts) so the Python type survives; `-0.0` keeps its sign.
const floatTag = {
    tag: `${YAML_TAG}float`,
    default: true,
    test: /^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
    resolve: (text) => {
        let s = text.replace(/_/g, '').toLowerCase();
        let sign = 1;
        if (s[0] === '-' || s[0] === '+') {
            if (s[0] === '-')
                sign = -1;
            s = s.slice(1);
        }
        // A PyFloat, not a number: `1.0` must stay a float and `.inf`/`.nan` must survive JSON.
        if (s === '.inf')
            return new PyFloat(sign * Infinity);
        if (s === '.nan')
            return new PyFloat(NaN);
        const n = Number(s);
        if (Number.isNaN(n) || s === '')
            throw new Error(`invalid float: '${text}'`);
        return new PyFloat(sign * n);
    },
};
const PARSE_OPTIONS = {
    schema: 'failsafe',
    customTags: [nullTag, boolTag, intTag, floatTag],
    merge: true,
    // Duplicate keys: last one wins, silently (toJS assigns in order).
    uniqueKeys: false,
    prettyErrors: true,
};
class YamlParseError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'YamlParseError';
    }
}
/** Parses one spec file's text. Throws `YamlParseError` (with a line) on any error. */
function parseYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { ...PARSE_OPTIONS, lineCounter });
    // Errors at end of input would point past the last line; clamp to it.
    const lastLine = Math.max(1, text.split('\n').length - (text.endsWith('\n') ? 1 : 0));
    const lineOf = (offset) => Math.min(lineCounter.linePos(offset).line, lastLine);
    if (docs.length === 0)
        return emptyResult();
    if (docs.length > 1) {
        throw new YamlParseError('expected a single document in the stream, found more', lineOf(docs[1].range[0]));
    }
    const doc = docs[0];
    // An unresolvable tag is only a warning in `yaml`; PyYAML's safe loader refuses it.
    const err = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (err)
        throw new YamlParseError(shortMessage(err.message), Math.min(err.linePos?.[0].line ?? 1, lastLine));
    stringifyNumberKeys(doc);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (e) {
        // e.g. a merge key whose source is not a mapping
        throw new YamlParseError(e instanceof Error ? e.message : String(e), 1);
    }
    return {
        value: value ?? null,
        keyLines: topLevelKeyLines(doc, lineOf),
        testLines: testEntryLines(doc, text, lineOf),
        lineAt: (path) => lineAtPath(doc, path, lineOf),
    };
}
/**
 * Mapping keys that are `PyFloat`/`PyBigInt` become their Python str() (`1.0`, `inf`), as a JS
 * object key must be a string; `toJS` would otherwise stringify them as YAML with a warning.
 */
function stringifyNumberKeys(doc) {
    (0,dist/* visit */.YR)(doc, {
        Pair(_, pair) {
            const key = pair.key;
            if ((0,dist/* isScalar */.jn)(key) && (key.value instanceof PyFloat || key.value instanceof PyBigInt))
                key.value = String(key.value);
        },
    });
}
function emptyResult() {
    return { value: null, keyLines: {}, testLines: [], lineAt: () => undefined };
}
/** Drops the "at line X, column Y:" suffix and code excerpt; we report the line separately. */
function shortMessage(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
function keyString(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return key.value === null ? '' : String(key.value);
    return undefined;
}
function topLevelKeyLines(doc, lineOf) {
    // Null prototype: a key named `__proto__` or `constructor` is just a key (hostile specs).
    const lines = Object.create(null);
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return lines;
    for (const pair of root.items) {
        const key = pair.key;
        const name = keyString(key);
        if (name === undefined || !key?.range)
            continue;
        if ((0,dist/* isScalar */.jn)(key) && typeof key.value === 'symbol') {
            // Keys brought in by a `<<` merge get its line, unless also set explicitly.
            for (const k of mergedKeys(doc, pair.value))
                lines[k] ??= lineOf(key.range[0]);
            continue;
        }
        lines[name] = lineOf(key.range[0]);
    }
    return lines;
}
function mergedKeys(doc, value) {
    if ((0,dist/* isAlias */.Vj)(value))
        value = value.resolve(doc);
    const sources = (0,dist/* isSeq */.oP)(value) ? value.items.map((it) => ((0,dist/* isAlias */.Vj)(it) ? it.resolve(doc) : it)) : [value];
    const keys = [];
    for (const src of sources) {
        if (!(0,dist/* isMap */.jh)(src))
            continue;
        for (const pair of src.items) {
            const k = keyString(pair.key);
            if (k !== undefined)
                keys.push(k);
        }
    }
    return keys;
}
function testEntryLines(doc, text, lineOf) {
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return [];
    let tests;
    for (const pair of root.items)
        if (keyString(pair.key) === 'Tests')
            tests = pair.value;
    if ((0,dist/* isAlias */.Vj)(tests))
        tests = tests.resolve(doc);
    if (!(0,dist/* isSeq */.oP)(tests))
        return [];
    return tests.items.map((item) => {
        const node = item;
        if (!node?.range)
            return lineOf(tests.range?.[0] ?? 0);
        return lineOf(dashBefore(text, node.range[0]));
    });
}
/** Moves back from an entry's content to its `-`, so `-\n  Name: x` reports the dash line. */
function dashBefore(text, offset) {
    let i = offset - 1;
    while (i >= 0 && /\s/.test(text[i]))
        i--;
    return i >= 0 && text[i] === '-' ? i : offset;
}
function lineAtPath(doc, path, lineOf) {
    let node = doc.contents;
    let line;
    for (const seg of path) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        if ((0,dist/* isMap */.jh)(node)) {
            let found;
            for (const pair of node.items)
                if (keyString(pair.key) === String(seg))
                    found = pair;
            if (!found)
                return line;
            const key = found.key;
            if (key.range)
                line = lineOf(key.range[0]);
            node = found.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            if (!item)
                return line;
            if (item.range)
                line = lineOf(item.range[0]);
            node = item;
        }
        else {
            return line;
        }
    }
    return line;
}

;// CONCATENATED MODULE: ./src/policy/repo.ts
/**
 * Walks a detection repository and loads its specs (policy-format.md §1, §3, §5, §6 steps 1–5,
 * the `Filename` part of step 6, and the pack check).
 *
 * Root vs sub-path. PAT applies its folder patterns only when given exactly `.`; we apply them
 * to any path that *is* a repository root, however it is spelled. A given directory is walked
 * as a **root** when
 *   (a) it resolves to the working directory, or
 *   (b) it is not itself a detection folder (its `./`-relative path from the working directory,
 *       or `./<name>` when outside it, matches none of the folder patterns) **and** at least one
 *       of its immediate subdirectories matches a folder pattern (`policies/`, `global_helpers/`…).
 * Anything else is a **sub-path**: everything below it is read, and the helper roots
 * (`global_helpers`, `data_models` next to it, above it, and in the working directory) are
 * walked too. A file reached twice is loaded once, the first time.
 *
 * Confinement (paths.ts). Walk roots are resolved with `realpath`, symlinked directories are
 * never entered, and every file is classified with `lstat` before anything opens it, so the
 * walk only ever lists real paths under real roots. A root inside the working directory that
 * is reached through a symlink is a usage error, and a symlinked helper folder is not walked:
 * the checkout belongs to the pull request, which must not point the walk elsewhere.
 */







/** PAT's folder patterns (fnmatch, whole path, `*` crosses `/`), matched against `./rel/dir`. */
const FOLDER_PATTERNS = [
    /policies/,
    /rules/,
    /queries/,
    /data_models/,
    /lookup_tables/,
    /scheduled_prompts/,
    /^.*\/global_helpers$/,
    /^.*\/packs$/,
];
/** Whether files directly in `./<relDir>` are read when walking from a repository root. */
function matchesFolderPattern(relDir) {
    const p = relDir === '' || relDir === '.' ? '.' : `./${relDir.split((external_node_path_default()).sep).join('/')}`;
    return FOLDER_PATTERNS.some((re) => re.test(p));
}
const IGNORED_NAMES = new Set(['dependabot.yml', 'package.json', 'package-lock.json']);
const SPEC_NAME = /^.*\.y.*ml$/s; // fnmatch `*.y*ml`
const HELPER_DIRS = ['global_helpers', 'data_models'];
async function isDir(p) {
    return (await (0,promises_.stat)(p).catch(() => undefined))?.isDirectory() ?? false;
}
const skippedDir = (name) => name.startsWith('.') || name === '__pycache__';
/** Root detection, as described in the module comment. */
async function isRepositoryRoot(dir, cwd) {
    const abs = external_node_path_default().resolve(cwd, dir);
    if (abs === external_node_path_default().resolve(cwd))
        return true;
    const rel = external_node_path_default().relative(cwd, abs);
    const own = rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? external_node_path_default().basename(abs) : rel;
    if (matchesFolderPattern(own))
        return false;
    const entries = await (0,promises_.readdir)(abs, { withFileTypes: true });
    return entries.some((e) => e.isDirectory() && !skippedDir(e.name) && matchesFolderPattern(e.name));
}
/** Sorted pre-order walk: a directory's own files, then its subdirectories. */
async function walk(root, index, out) {
    index.addRoot(root.abs);
    const visit = async (relDir) => {
        const absDir = external_node_path_default().join(root.abs, relDir);
        const entries = (await (0,promises_.readdir)(absDir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        index.addDirectory(absDir, entries);
        const readHere = !root.filtered || relDir === '' || matchesFolderPattern(relDir);
        const dirs = [];
        for (const e of entries) {
            const rel = external_node_path_default().join(relDir, e.name);
            // Symlinked directories are not followed (like os.walk): their dirent is a symlink.
            if (e.isDirectory()) {
                if (!skippedDir(e.name))
                    dirs.push(rel);
            }
            else if (readHere &&
                !e.name.startsWith('.') &&
                !IGNORED_NAMES.has(e.name) &&
                SPEC_NAME.test(e.name)) {
                // Classified by lstat, never opened here: a symlinked, special or oversize spec is an error.
                const abs = external_node_path_default().join(absDir, e.name);
                const problem = approveWalkedFile(abs, MAX_SPEC_FILE_BYTES);
                out.push({ abs, display: external_node_path_default().join(root.display, rel), rel, ...(problem && { problem }) });
            }
        }
        for (const d of dirs)
            await visit(d);
    };
    await visit('');
}
/** A real directory, not a symlink to one (lstat). */
async function isRealDir(p) {
    return (await (0,promises_.lstat)(p).catch(() => undefined))?.isDirectory() ?? false;
}
/**
 * The real path of a given walk root. Inside the working directory the checkout decides what
 * each name is, so the root must be reached without symlinks; outside it the user's path is
 * trusted and resolved.
 */
async function realWalkRoot(given, spelled, cwd) {
    const real = await (0,promises_.realpath)(spelled);
    const rel = external_node_path_default().relative(cwd, spelled);
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        return real;
    const expected = external_node_path_default().join(await (0,promises_.realpath)(cwd), rel);
    if (real !== expected)
        throw new UsageError(`Path ${given} is reached through a symbolic link; Palisade walks only real directories inside the working directory`);
    return real;
}
/** The roots to walk for the given paths, in order: each path, then its helper roots if it is a sub-path. */
async function walkRoots(paths, cwd) {
    const roots = [];
    const realCwd = await (0,promises_.realpath)(cwd);
    for (const given of paths) {
        const spelled = external_node_path_default().resolve(cwd, given);
        if (!(await isDir(spelled)))
            throw new UsageError(`Path is not a directory: ${given}`);
        const abs = await realWalkRoot(given, spelled, cwd);
        if (roots.some((r) => r.abs === abs))
            continue;
        const filtered = await isRepositoryRoot(spelled, cwd);
        roots.push({ abs, spelled, display: given, filtered });
        if (filtered)
            continue;
        for (const name of HELPER_DIRS) {
            // Built from real directories, so only the helper folder itself can be a symlink: lstat says.
            const helpers = [
                [external_node_path_default().join(abs, name), external_node_path_default().join(given, name)],
                [external_node_path_default().join(external_node_path_default().dirname(abs), name), external_node_path_default().join(given, '..', name)],
                [external_node_path_default().join(realCwd, name), name],
            ];
            for (const [helperAbs, display] of helpers) {
                if ((await isRealDir(helperAbs)) && !roots.some((r) => r.abs === helperAbs)) {
                    roots.push({ abs: helperAbs, spelled: external_node_path_default().resolve(cwd, display), display, filtered: false });
                }
            }
        }
    }
    return roots;
}
const normalise = (p) => external_node_path_default().normalize(p)
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '');
/** Lists the spec files to load, in walk order, each once. */
async function listSpecFiles(paths, opts = {}) {
    const cwd = external_node_path_default().resolve(opts.cwd ?? process.cwd());
    const roots = await walkRoots(paths, cwd);
    const ignored = new Set((opts.ignoreFiles ?? []).map(normalise));
    const ignoredAbs = new Set((opts.ignoreFiles ?? []).map((p) => external_node_path_default().resolve(cwd, p)));
    const seen = new Set();
    const files = [];
    const index = new RepositoryIndex();
    for (const root of roots) {
        const found = [];
        await walk(root, index, found);
        for (const f of found) {
            if (seen.has(f.abs))
                continue;
            seen.add(f.abs);
            if (ignored.has(normalise(f.rel)) ||
                ignored.has(normalise(f.display)) ||
                ignoredAbs.has(f.abs) ||
                ignoredAbs.has(external_node_path_default().join(root.spelled, f.rel)))
                continue;
            files.push(f);
        }
    }
    return { roots: roots.map((r) => r.abs), files, index };
}
function readSpec(f) {
    if (f.problem)
        return {
            kind: 'error',
            error: {
                file: f.display,
                line: 1,
                message: `spec file not read: it ${f.problem} (spec files must be regular files inside the repository, at most ${formatLimit(MAX_SPEC_FILE_BYTES)})`,
            },
        };
    let text;
    try {
        text = readRepositoryFile(f.abs, MAX_SPEC_FILE_BYTES);
    }
    catch (e) {
        return {
            kind: 'error',
            error: { file: f.display, line: 1, message: `cannot read file: ${e.message}` },
        };
    }
    let parsed;
    try {
        parsed = parseYaml(text);
    }
    catch (e) {
        if (!(e instanceof YamlParseError))
            throw e;
        return {
            kind: 'error',
            error: { file: f.display, line: e.line, message: `YAML parse error: ${e.message}` },
        };
    }
    const v = parsed.value;
    // Nothing, a non-mapping, or a mapping without AnalysisType: not a spec, skipped silently.
    if (v === null || typeof v !== 'object' || Array.isArray(v) || !('AnalysisType' in v))
        return { kind: 'skip' };
    return { kind: 'spec', raw: v, parsed };
}
/** Walks `paths`, validates every spec, and returns what can run plus every invalid spec. */
async function loadRepository(paths, opts = {}) {
    const { roots, files, index } = await listSpecFiles(paths, opts);
    const repo = {
        roots,
        policies: [],
        globals: [],
        errors: [],
        otherItems: 0,
        notices: [],
        others: [],
    };
    const claimed = new Set();
    for (const f of files) {
        const read = readSpec(f);
        if (read.kind === 'skip')
            continue;
        if (read.kind === 'error') {
            repo.errors.push(read.error);
            continue;
        }
        const { raw, parsed } = read;
        const src = { file: f.display, specFile: f.abs, parsed };
        const type = raw.AnalysisType;
        if (!isAnalysisType(type)) {
            repo.errors.push(specError(src, parsed.keyLines.AnalysisType, `Invalid AnalysisType: ${pyRepr(type)} is not one of ${Object.keys(ANALYSIS_ID_KEYS).join(', ')}`));
            continue;
        }
        const idKey = ANALYSIS_ID_KEYS[type];
        // Step 3: schema (only for the types Palisade runs).
        let spec;
        if (type === 'policy' || type === 'global') {
            const v = type === 'policy' ? validatePolicy(raw, src, opts) : validateGlobal(raw, src);
            if (!v.ok) {
                repo.errors.push(v.error);
                continue;
            }
            spec = v.spec;
        }
        // Step 4: one ID namespace across all types; the first valid spec read keeps it.
        const id = idOf(raw, idKey);
        if (id !== undefined) {
            if (claimed.has(id)) {
                repo.errors.push(specError(src, parsed.keyLines[idKey], `Conflicting AnalysisID: [${id}]`, id));
                continue;
            }
            claimed.add(id);
        }
        if (!spec) {
            repo.others.push({
                analysisType: type,
                id,
                file: f.display,
                specFile: f.abs,
                raw,
                keyLines: { ...parsed.keyLines },
            });
            continue;
        }
        // Step 5: set-like lists; step 6 (file part): the code file must exist, inside the repository.
        const dup = checkDuplicates(raw, src, id);
        if (dup) {
            repo.errors.push(dup);
            continue;
        }
        const code = index.confine(spec.pythonFile);
        if (code === 'refused') {
            repo.errors.push(specError(src, parsed.keyLines.Filename, FILENAME_OUTSIDE_REPOSITORY, id));
            continue;
        }
        if (code === 'missing') {
            const shown = external_node_path_default().join(external_node_path_default().dirname(f.display), raw.Filename);
            repo.errors.push(specError(src, parsed.keyLines.Filename, `Filename ${pyRepr(raw.Filename)} not found: no file at ${shown}`, id));
            continue;
        }
        if (spec.kind === 'policy')
            repo.policies.push(spec);
        else
            repo.globals.push(spec);
    }
    // Pack errors go last; applyFilters re-derives them against what the filters keep.
    repo.errors.push(...checkPacks(repo));
    repo.otherItems = repo.others.length;
    repo.notices = noTestNotices(repo.policies);
    return repo;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/policy/changed.ts
/**
 * `--changed-since REF`: which policies a change can affect. A policy runs when its spec or
 * code changed, or when it imports a changed global, directly or through other globals.
 * Imports are read from the Python source with regular expressions: good enough for the
 * `import x` / `from x import y` statements detections use, and no Python needed.
 */




/** `a.b.c` → `a`, `a.b`, `a.b.c`: importing a submodule imports its parents. */
function withParents(mod) {
    const parts = mod.split('.');
    return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}
/**
 * Module names a Python source imports (absolute imports only), including parent packages and,
 * for `from m import n`, the candidate submodule `m.n`.
 */
function pythonImports(source) {
    // Comments out; backslash continuations joined, so each statement is on one line.
    const text = source.replace(/#[^\n]*/g, '').replace(/\\\r?\n/g, ' ');
    const found = new Set();
    const add = (m) => withParents(m).forEach((x) => found.add(x));
    // `from a.b import c, d as e` and the parenthesised multi-line form.
    const fromRe = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n;]*)/gm;
    for (const m of text.matchAll(fromRe)) {
        const mod = m[1];
        if (mod.startsWith('.'))
            continue; // relative: never a global
        add(mod);
        for (const name of m[2].replace(/[()]/g, '').split(',')) {
            const n = name.trim().split(/\s+/)[0];
            if (n && n !== '*')
                found.add(`${mod}.${n}`);
        }
    }
    // `import a, b.c as d` (also after `;` or inside indented blocks).
    const importRe = /(?:^|;)[ \t]*import[ \t]+([^\n;]+)/gm;
    for (const m of text.matchAll(importRe)) {
        for (const part of m[1].split(',')) {
            const mod = part.trim().split(/\s+/)[0];
            if (/^[\w.]+$/.test(mod))
                add(mod);
        }
    }
    return found;
}
function importsOf(file) {
    try {
        return pythonImports(readRepositoryFile(file, MAX_PYTHON_SOURCE_BYTES));
    }
    catch {
        return new Set(); // unreadable code: the loader reports it; nothing to follow here
    }
}
/**
 * For each global affected by the change, the changed global it depends on (itself if it
 * changed). Propagates along global→global imports until nothing new is reached.
 */
function affectedGlobals(globals, changed) {
    const affected = new Map();
    for (const g of globals) {
        if (changed.has(g.specFile) || changed.has(g.pythonFile))
            affected.set(g.globalId, g.globalId);
    }
    const imports = new Map(globals.map((g) => [g.globalId, importsOf(g.pythonFile)]));
    let grew = true;
    while (grew) {
        grew = false;
        for (const g of globals) {
            if (affected.has(g.globalId))
                continue;
            for (const dep of imports.get(g.globalId) ?? []) {
                const root = affected.get(dep);
                if (root !== undefined) {
                    affected.set(g.globalId, root);
                    grew = true;
                    break;
                }
            }
        }
    }
    return affected;
}
/**
 * Selects the policies a set of changed files can affect. `changedFiles` are relative to
 * `rootDir` (e.g. the git top-level, as `git diff --name-only` prints them) or absolute.
 */
function selectChangedPolicies(repo, changedFiles, rootDir) {
    const changed = new Set(changedFiles.map((f) => external_node_path_default().resolve(rootDir, f)));
    const affected = affectedGlobals(repo.globals, changed);
    const selected = [];
    const reasons = Object.create(null); // keyed by PolicyID: `__proto__` is an id
    for (const p of repo.policies) {
        const why = [];
        if (changed.has(p.specFile))
            why.push('spec changed');
        if (changed.has(p.pythonFile))
            why.push('code changed');
        if (affected.size > 0) {
            for (const mod of importsOf(p.pythonFile)) {
                const root = affected.get(mod);
                if (root === undefined)
                    continue;
                why.push(root === mod
                    ? `imports changed global ${mod}`
                    : `imports global ${mod}, which imports changed global ${root}`);
            }
        }
        if (why.length > 0) {
            selected.push(p);
            reasons[p.policyId] = why.join('; ');
        }
    }
    return { selected, reasons };
}
function git(args, cwd) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
            maxBuffer: 64 * 1024 * 1024,
        });
    }
    catch (e) {
        const stderr = e.stderr?.trim();
        throw new UsageError(`git ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`);
    }
}
/** The git top-level directory containing `cwd` (paths from `changedFilesSince` are relative to it). */
function gitTopLevel(cwd) {
    return git(['rev-parse', '--show-toplevel'], cwd).trim();
}
/**
 * The commit `ref` names, as a full object id. `ref` comes from a flag or an action input, so it
 * never reaches git where it could be read as an option (`--output=FILE`, `-c core.pager=...`):
 * a leading `-` is refused outright, `--end-of-options` guards the one call that sees it, and
 * later commands get the verified hex id instead of the text.
 */
function verifiedCommit(ref, cwd) {
    const shown = JSON.stringify(ref);
    if (ref === '' || ref.startsWith('-'))
        throw new UsageError(`--changed-since ${shown} is not a git revision (a revision never starts with "-")`);
    let out;
    try {
        out = (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
            cwd,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        });
    }
    catch {
        throw new UsageError(`--changed-since ${shown}: unknown revision, not a commit in this repository (a shallow clone needs fetch-depth: 0)`);
    }
    const sha = out.trim();
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha))
        throw new UsageError(`--changed-since ${shown}: git did not resolve it to a commit`);
    return sha;
}
/**
 * Files changed on this branch since it left `ref` (`git diff ref...HEAD`), plus uncommitted
 * and untracked changes. Paths are relative to the git top-level, each listed once.
 */
function changedFilesSince(ref, cwd) {
    const base = verifiedCommit(ref, cwd);
    const committed = git(['diff', '--name-only', '-z', `${base}...HEAD`, '--'], cwd).split('\0');
    // Porcelain -z: "XY path\0", and a rename/copy is followed by its original path as its own entry.
    const status = git(['status', '--porcelain', '-z', '--untracked-files=all'], cwd).split('\0');
    const working = [];
    for (let i = 0; i < status.length; i++) {
        const entry = status[i];
        if (entry.length < 4)
            continue;
        working.push(entry.slice(3));
        if (entry[0] === 'R' || entry[0] === 'C')
            working.push(status[++i]);
    }
    return [...new Set([...committed, ...working].filter((f) => f !== ''))];
}

;// CONCATENATED MODULE: ./src/policy/load.ts


/** POSIX-style path relative to `base`, so tracebacks name repository files. */
function displayPath(file, base) {
    const rel = external_node_path_default().relative(base, file);
    return (rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel : file).split((external_node_path_default()).sep).join('/');
}
function load_lastLine(text) {
    const lines = text.trimEnd().split('\n');
    return lines[lines.length - 1].trim();
}
async function readSource(file) {
    try {
        // The confined reader: no symlink, FIFO or device, the file the repository walk approved, size-capped.
        return readRepositoryFile(file, MAX_PYTHON_SOURCE_BYTES);
    }
    catch (err) {
        return err;
    }
}
/** Read the sources a load sends. A file that cannot be read is a SpecError, never a crash. */
async function readLoadItems(policies, globals, base) {
    const out = { globals: [], policies: [], specErrors: [] };
    for (const g of globals) {
        const source = await readSource(g.pythonFile);
        if (source instanceof Error) {
            out.specErrors.push({
                file: g.specFile,
                line: 1,
                id: g.globalId,
                message: `cannot read Filename ${displayPath(g.pythonFile, base)}: ${source.message}`,
            });
            continue;
        }
        out.globals.push({ id: g.globalId, file: displayPath(g.pythonFile, base), source });
    }
    for (const p of policies) {
        const source = await readSource(p.pythonFile);
        if (source instanceof Error) {
            out.specErrors.push({
                file: p.specFile,
                line: p.keyLines?.Filename ?? 1,
                id: p.policyId,
                message: `cannot read Filename ${displayPath(p.pythonFile, base)}: ${source.message}`,
            });
            continue;
        }
        out.policies.push({
            spec: p,
            item: {
                id: p.policyId,
                file: displayPath(p.pythonFile, base),
                source,
                severity: p.severity,
                resourceTypes: p.resourceTypes,
                enabled: p.enabled,
                suppressions: p.suppressions ?? [],
            },
        });
    }
    return out;
}
/** The `load` request's settings, without globals or policies. */
function loadSettings(opts) {
    return {
        op: 'load',
        mode: opts.mode,
        availableDestinations: opts.availableDestinations ?? null,
        limits: { outputChars: opts.outputChars ?? 65536 },
    };
}
/**
 * Interpret the sandbox's answer for one policy: loaded (with its functions) or a SpecError at
 * its `Filename` line. The request carried this policy alone, so a crash or timeout is its own.
 */
function loadOutcome(spec, item, resp) {
    const res = resp?.ok && !resp.crashed ? resp.policies?.[item.id] : undefined;
    if (res?.loaded === true && !resp.interrupted) {
        const functions = Array.isArray(res.functions)
            ? res.functions.filter((f) => typeof f === 'string')
            : [];
        if (functions.includes('policy'))
            return { functions };
    }
    let error;
    if (resp?.crashed)
        error = `crashed the sandbox: ${String(resp.error ?? 'the interpreter stopped')}`;
    else if (resp?.interrupted)
        error = 'Timed out: loading the policy exceeded the per-call time limit';
    else
        error = typeof res?.error === 'string' ? res.error : String(resp?.error ?? 'policy did not load');
    const where = typeof res?.line === 'number' ? ` (${item.file}:${res.line})` : '';
    return {
        file: spec.specFile,
        line: spec.keyLines?.Filename ?? 1,
        id: spec.policyId,
        message: `failed to load ${item.file}: ${load_lastLine(error)}${where}`,
    };
}
/**
 * Load policies into a fresh interpreter for evaluation: one request with the globals (from
 * the post-boot checkpoint), then one per policy, so a module body that hangs or crashes the
 * interpreter is charged to its own policy and the others still load.
 */
async function loadPolicies(sandbox, policies, globals, opts) {
    const base = opts.relativeTo ?? process.cwd();
    const items = await readLoadItems(policies, globals, base);
    const specErrors = [...items.specErrors];
    const first = await sandbox.request({ ...loadSettings(opts), globals: items.globals, policies: [] }, { reset: true });
    if (!first?.ok || first.crashed)
        throw new Error(`policy sandbox load failed: ${first?.error ?? 'no response'}`);
    const loaded = new Map();
    for (const { spec, item } of items.policies) {
        const resp = await sandbox.request({ ...loadSettings(opts), append: true, policies: [item] });
        const outcome = loadOutcome(spec, item, resp);
        if ('functions' in outcome)
            loaded.set(item.id, outcome);
        else
            specErrors.push(outcome);
    }
    return { loaded, specErrors };
}

;// CONCATENATED MODULE: ./src/policy/testing.ts


function baseResult(policy, test) {
    return {
        policyId: policy.policyId,
        name: test.name,
        expected: test.expectedResult,
        specFile: policy.specFile,
        line: test.line,
        pythonFile: policy.pythonFile,
    };
}
const errorResult = (policy, test, error) => ({
    ...baseResult(policy, test),
    status: 'ERROR',
    passed: false,
    actual: null,
    error,
});
/** Only well-formed function outcomes are kept: `{output}` or `{error: string}`. */
function functionOutcomes(raw) {
    const out = Object.create(null);
    if (!raw || typeof raw !== 'object')
        return out;
    for (const [name, v] of Object.entries(raw)) {
        if (!v || typeof v !== 'object')
            continue;
        const o = v;
        if (typeof o.error === 'string')
            out[name] = { error: o.error };
        else if ('output' in o)
            out[name] = { output: o.output };
    }
    return out;
}
/**
 * The verdict of one test (policy-format.md §9), computed from the raw values the sandbox
 * returned: what `policy()` returned or raised, and which auxiliary functions raised. A status
 * or `passed` written by Python is never read, so policy code cannot forge its verdict.
 */
function testVerdict(policy, test, r) {
    if (!r || r.policyId !== policy.policyId || r.name !== test.name)
        return errorResult(policy, test, 'no result from the policy sandbox for this test');
    const functions = functionOutcomes(r.functions);
    const pol = functions.policy;
    let result;
    if (!pol) {
        // The test could not run (missing mock target, non-mapping resource).
        result = errorResult(policy, test, typeof r.error === 'string' ? r.error : 'the test did not run');
    }
    else if ('error' in pol) {
        result = errorResult(policy, test, String(pol.error));
    }
    else if (typeof pol.output !== 'boolean') {
        result = errorResult(policy, test, `FunctionReturnTypeError: detection [${policy.policyId}] function [policy] returned a non-bool`);
    }
    else {
        const actual = pol.output;
        const expected = test.expectedResult;
        // §9: true tests look only at policy(); false tests also fail on any function error.
        const auxFailed = Object.entries(functions).some(([name, o]) => name !== 'policy' && 'error' in o);
        const passed = actual === expected && (expected || !auxFailed);
        result = { ...baseResult(policy, test), status: passed ? 'PASS' : 'FAIL', passed, actual, error: null };
    }
    const shown = test.expectedResult ? (pol ? { policy: pol } : {}) : functions;
    if (Object.keys(shown).length)
        result.functions = { ...shown };
    if (typeof r.output === 'string' && r.output)
        result.output = r.output;
    return result;
}
/**
 * One policy's tests, in an interpreter no other policy's code has touched: the sandbox is
 * reset to its post-boot checkpoint, the globals and this policy are loaded, then each test
 * is its own request. A timeout or crash is charged to the test whose request was running.
 */
async function runOnePolicy(sandbox, spec, item, globals, tests, opts, prewarmed) {
    const settings = loadSettings({ mode: 'test', availableDestinations: opts.availableDestinations });
    // From the checkpoint: nothing another policy's code did is visible to this one.
    const loadFresh = () => sandbox.request({ ...settings, globals: prewarmed ? 'prewarmed' : globals, policies: [item] }, { reset: true });
    const outcome = loadOutcome(spec, item, await loadFresh());
    if (!('functions' in outcome))
        return { tests: [], loadError: outcome };
    const sent = (t) => ({
        name: t.name,
        expectedResult: t.expectedResult,
        resource: t.resource,
        mocks: t.mocks ?? [],
    });
    // All of this policy's tests in one request: only its own code runs there, so whatever
    // happens in it is its own. If the request hit its deadline or crashed, each test gets a
    // request of its own, so a timeout or crash is charged to exactly the test that caused it.
    if (tests.length > 1) {
        const r = await sandbox.request({
            op: 'test',
            items: [{ policyId: spec.policyId, tests: tests.map(sent) }],
        });
        if (r?.ok &&
            !r.crashed &&
            !r.interrupted &&
            Array.isArray(r.results) &&
            r.results.length === tests.length)
            return { tests: tests.map((t, n) => testVerdict(spec, t, r.results[n])) };
        if (r?.crashed || r?.interrupted) {
            // Start the one-by-one pass from a clean load of this policy.
            await loadFresh();
        }
    }
    const results = [];
    for (const t of tests) {
        const r = await sandbox.request({ op: 'test', items: [{ policyId: spec.policyId, tests: [sent(t)] }] });
        if (r?.crashed) {
            results.push(errorResult(spec, t, `Policy crashed the sandbox: ${String(r.error ?? 'the interpreter stopped')}`));
        }
        else if (!r?.ok) {
            results.push(errorResult(spec, t, String(r?.error ?? 'no response from the policy sandbox')));
        }
        else {
            const got = Array.isArray(r.results) && r.results.length === 1 ? r.results[0] : undefined;
            results.push(testVerdict(spec, t, got));
        }
    }
    return { tests: results };
}
/**
 * Run every policy's Tests (policy-format.md §7-§9), each policy in an interpreter no other
 * policy's code has touched. Several sandboxes share the policies (one queue, each takes the
 * next); results keep the repository's order.
 */
async function runPolicyTests(repo, sandboxes, opts = {}) {
    const base = opts.relativeTo ?? process.cwd();
    const items = await readLoadItems(repo.policies, repo.globals, base);
    const byPolicy = new Map(items.policies.map((p) => [p.spec, p.item]));
    // One slot per policy, filled by whichever sandbox runs it: the output order is the
    // repository's, however many sandboxes there are and whichever finishes first.
    const slots = repo.policies.map(() => ({
        tests: [],
        specErrors: [],
    }));
    const pool = [...new Set(Array.isArray(sandboxes) ? sandboxes : [sandboxes])];
    let next = 0;
    const work = async (sandbox) => {
        // The checkpoint every policy starts from: standard-library modules the sources import are
        // imported and the sources compiled (never run) once, instead of once per policy.
        const warm = await sandbox.request({ op: 'prewarm', globals: items.globals, policies: items.policies.map((p) => p.item) }, { reset: true, checkpoint: true, transfer: true });
        const prewarmed = warm?.ok === true && !warm.crashed && !warm.interrupted;
        while (next < repo.policies.length) {
            const n = next++;
            const policy = repo.policies[n];
            const item = byPolicy.get(policy);
            if (item)
                slots[n] = await testOnePolicy(sandbox, policy, item, items.globals, opts, prewarmed);
        }
    };
    await Promise.all(pool.map(work));
    return {
        tests: slots.flatMap((s) => s.tests),
        specErrors: [...items.specErrors, ...slots.flatMap((s) => s.specErrors)],
    };
}
/** One policy: its load error, or its coverage messages and its tests' results (SKIP if asked). */
async function testOnePolicy(sandbox, policy, item, globals, opts, prewarmed) {
    const selected = selectTests(policy, opts.testNames ?? []);
    const skipped = opts.skipDisabled === true && !policy.enabled;
    const run = await runOnePolicy(sandbox, policy, item, globals, skipped ? [] : selected, opts, prewarmed);
    if (run.loadError)
        return { tests: [], specErrors: [run.loadError] }; // invalid: none of its tests run
    if (skipped) {
        const tests = selected.map((t) => ({
            ...baseResult(policy, t),
            status: 'SKIP',
            passed: true,
            actual: null,
            error: null,
        }));
        return { tests, specErrors: [] };
    }
    const specErrors = coverageMessages(policy, opts.minimumTests ?? 0).map((message) => ({
        file: policy.specFile,
        line: policy.keyLines?.Tests ?? policy.keyLines?.PolicyID ?? 1,
        id: policy.policyId,
        message,
    }));
    return { tests: run.tests, specErrors };
}

;// CONCATENATED MODULE: ./src/model/fingerprint.ts

/**
 * Stable identity of a finding across runs (SARIF primaryLocationLineHash, baseline key):
 * the first 32 hex digits of sha256("palisade-v1|<PolicyID>|<AccountId>|<Region>|<ResourceId>").
 */
function findingFingerprint(policyId, accountId, region, resourceId) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`palisade-v1|${policyId}|${accountId}|${region}|${resourceId}`)
        .digest('hex')
        .slice(0, 32);
}

;// CONCATENATED MODULE: ./src/policy/suppressions.ts
/**
 * Python's `fnmatch.translate` semantics for policy `Suppressions` (whole-string match, `*`, `?`,
 * `[seq]`, `[!seq]`; case-sensitive as the harness compiles them). The host needs them to know
 * which (policy, resource) pairs the sandbox must answer, so it can check every response.
 */
function translate(pattern) {
    let out = '';
    let i = 0;
    const n = pattern.length;
    while (i < n) {
        const c = pattern[i++];
        if (c === '*') {
            out += '[\\s\\S]*';
        }
        else if (c === '?') {
            out += '[\\s\\S]';
        }
        else if (c === '[') {
            let j = i;
            if (j < n && pattern[j] === '!')
                j++;
            if (j < n && pattern[j] === ']')
                j++;
            while (j < n && pattern[j] !== ']')
                j++;
            if (j >= n) {
                out += '\\[';
            }
            else {
                let body = pattern.slice(i, j).replace(/\\/g, '\\\\');
                i = j + 1;
                if (body.startsWith('!'))
                    body = '^' + body.slice(1);
                else if (body.startsWith('^'))
                    body = '\\' + body;
                out += body === '' ? '(?!)' : body === '^' ? '[\\s\\S]' : `[${body}]`;
            }
        }
        else {
            out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        }
    }
    return out;
}
/** A matcher for a policy's suppression patterns, or null when it has none. */
function suppressionMatcher(patterns) {
    const list = (patterns ?? []).filter((p) => typeof p === 'string');
    if (!list.length)
        return null;
    const source = `^(?:${list.map(translate).join('|')})$`;
    let re;
    try {
        re = new RegExp(source, 'u'); // code points, like Python's `?`
    }
    catch {
        re = new RegExp(source); // a class body JS rejects in unicode mode
    }
    return (id) => re.test(id);
}

;// CONCATENATED MODULE: ./src/model/json-error.ts
/**
 * A JSON.parse failure without the text it quotes: V8's message includes a slice of the input,
 * which for a file swapped for `/proc/self/environ` (a baseline in a PR) would be a secret.
 */
function jsonErrorWithoutContent(e) {
    const position = /position (\d+)/.exec(String(e?.message ?? ''));
    return position ? `invalid JSON at position ${position[1]}` : 'invalid JSON';
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts






const evaluate_str = (v) => (typeof v === 'string' ? v : '');
function where(resource, index) {
    if (resource === null || typeof resource !== 'object' || Array.isArray(resource)) {
        return { resourceId: `<invalid resource #${index}>`, resourceType: '', accountId: '', region: '' };
    }
    const r = resource;
    return {
        resourceId: evaluate_str(r.ResourceId),
        resourceType: evaluate_str(r.ResourceType),
        accountId: evaluate_str(r.AccountId),
        region: evaluate_str(r.Region),
    };
}
/**
 * Resource index -> fields a collection error left unknown (resource-model.md §4). An error with a
 * resourceId flags that resource; one without (a region-wide lookup such as DescribeSnapshots
 * failed) but with `fields` flags every resource of its account, region and type.
 */
function unknownFieldsByIndex(places, errors) {
    const byId = new Map();
    const byScope = new Map();
    const scopeKey = (accountId, region, type) => `${accountId}|${region}|${type}`;
    for (const e of errors ?? []) {
        if (!e.fields?.length)
            continue;
        const key = e.resourceId ?? scopeKey(e.accountId, e.region, e.resourceType);
        const target = e.resourceId ? byId : byScope;
        const list = target.get(key) ?? [];
        for (const field of e.fields)
            list.push({ field, error: `${e.operation} ${e.code}: ${e.message}` });
        target.set(key, list);
    }
    const out = new Map();
    if (!byId.size && !byScope.size)
        return out;
    places.forEach((w, i) => {
        const list = [
            ...(byId.get(w.resourceId) ?? []),
            ...(byScope.get(scopeKey(w.accountId, w.region, w.resourceType)) ?? []),
        ];
        if (list.length)
            out.set(i, list);
    });
    return out;
}
function severityOf(value, fallback) {
    return SEVERITIES.includes(value) ? value : fallback;
}
/** After this many failed (timed out or crashed) batches, a policy is no longer run. */
const MAX_POLICY_FAILURES = 3;
/**
 * Evaluate every policy on every matching resource of a snapshot. Policies are split by trust
 * domain (built-in library, repository) and each domain runs in its own interpreter; results
 * come back in one order whatever ran where. Policies that fail to load become SpecErrors.
 */
async function evaluateSnapshot(snapshot, policies, sandbox, opts = {}) {
    const sandboxFor = typeof sandbox === 'function' ? sandbox : () => sandbox;
    const resources = Array.isArray(snapshot.resources) ? snapshot.resources : [];
    const places = resources.map(where);
    const unknown = unknownFieldsByIndex(places, snapshot.errors ?? []);
    const order = new Map(policies.map((p, n) => [p.policyId, n]));
    const domains = [];
    const builtin = policies.filter((p) => p.origin === 'builtin');
    const repository = policies.filter((p) => p.origin !== 'builtin');
    const globals = opts.globals ?? [];
    if (builtin.length)
        domains.push({
            domain: 'builtin',
            policies: builtin,
            globals: globals.filter((g) => g.origin === 'builtin'),
        });
    if (repository.length)
        domains.push({ domain: 'repository', policies: repository, globals });
    const run = (d, progress) => evaluateDomain(sandboxFor(d.domain), d.policies, d.globals, resources, places, unknown, order, {
        ...opts,
        onProgress: progress ? opts.onProgress : undefined,
    });
    // Separate sandboxes run side by side; one shared sandbox runs the domains in turn.
    const distinct = domains.length > 1 && sandboxFor('builtin') !== sandboxFor('repository');
    const outcomes = distinct
        ? await Promise.all(domains.map((d, n) => run(d, n === domains.length - 1)))
        : await domains.reduce(async (acc, d, n) => [...(await acc), await run(d, n === domains.length - 1)], Promise.resolve([]));
    const stats = {
        resources: resources.length,
        evaluations: 0,
        passed: 0,
        failed: 0,
        errors: 0,
        passedByPolicy: Object.create(null),
    };
    const entries = [];
    const specErrors = [];
    for (const o of outcomes) {
        specErrors.push(...o.specErrors);
        for (const e of o.entries)
            entries.push(e);
        for (const [id, n] of o.passedByPolicy) {
            stats.passed += n;
            stats.passedByPolicy[id] = (stats.passedByPolicy[id] ?? 0) + n;
        }
    }
    entries.sort((a, b) => a.i - b.i || a.o - b.o);
    const findings = [];
    for (const e of entries) {
        if (e.f.status === 'FAIL')
            stats.failed++;
        else if (e.f.status === 'ERROR')
            stats.errors++;
        if (e.f.status !== 'PASS' || opts.includePassed !== false)
            findings.push(e.f);
    }
    stats.evaluations = stats.passed + stats.failed + stats.errors;
    return { findings, specErrors, stats };
}
/** Whether the sandbox must answer (policy, resource): the harness's own rule, computed here. */
function expects(spec, suppressed, resource) {
    if (resource === null || typeof resource !== 'object' || Array.isArray(resource))
        return true; // ERROR for all
    const r = resource;
    if (spec.resourceTypes.length &&
        !(typeof r.ResourceType === 'string' && spec.resourceTypes.includes(r.ResourceType)))
        return false;
    return !(suppressed && typeof r.ResourceId === 'string' && suppressed(r.ResourceId));
}
async function evaluateDomain(sandbox, policies, globals, resources, places, unknown, order, opts) {
    const { loaded, specErrors } = await loadPolicies(sandbox, policies, globals, {
        mode: 'evaluate',
        relativeTo: opts.relativeTo,
        outputChars: opts.outputChars,
    });
    const out = { entries: [], passedByPolicy: new Map(), specErrors };
    const active = policies.filter((p) => loaded.has(p.policyId) && p.enabled);
    if (!active.length || !resources.length)
        return out;
    const chunk = Math.max(1, opts.snapshotChunk ?? 2000);
    for (let start = 0; start < resources.length; start += chunk) {
        const part = resources.slice(start, start + chunk);
        const stored = await sandbox.request({ op: 'snapshot', resources: part, append: start > 0 }, { transfer: true });
        if (!stored?.ok || stored.crashed)
            throw new Error(`policy sandbox snapshot failed: ${stored?.error ?? 'no response'}`);
    }
    const suppressions = new Map(active.map((p) => [p.policyId, suppressionMatcher(p.suppressions)]));
    const specs = new Map(active.map((p) => [p.policyId, p]));
    const make = (spec, index, status) => {
        const w = places[index];
        return {
            policyId: spec.policyId,
            ...w,
            status,
            severity: spec.severity,
            title: '',
            dedup: '',
            alertContext: null,
            error: null,
            fingerprint: findingFingerprint(spec.policyId, w.accountId, w.region, w.resourceId),
        };
    };
    const failures = new Map();
    const dropped = new Map(); // policy -> why it no longer runs
    let perPolicy = false;
    const batchSize = Math.max(1, opts.batchSize ?? 1000);
    for (let start = 0; start < resources.length; start += batchSize) {
        const end = Math.min(resources.length, start + batchSize);
        const unknownFields = Object.create(null);
        for (let i = start; i < end; i++) {
            const u = unknown.get(i);
            if (u)
                unknownFields[i] = u;
        }
        // Per policy, per resource of the batch: 0 = not expected, 1 = expected, 2 = answered.
        const pending = new Map();
        for (const p of active) {
            const marks = new Uint8Array(end - start);
            const supp = suppressions.get(p.policyId) ?? null;
            let any = false;
            for (let i = start; i < end; i++) {
                if (expects(p, supp, resources[i])) {
                    marks[i - start] = 1;
                    any = true;
                }
            }
            if (any)
                pending.set(p.policyId, marks);
        }
        const answer = (spec, i, status, fill) => {
            const marks = pending.get(spec.policyId);
            if (!marks || !Number.isInteger(i) || i < start || i >= end || marks[i - start] !== 1)
                return; // not asked, or twice
            marks[i - start] = 2;
            if (status === 'PASS') {
                out.passedByPolicy.set(spec.policyId, (out.passedByPolicy.get(spec.policyId) ?? 0) + 1);
                if (opts.includePassed === false)
                    return;
            }
            const f = make(spec, i, status);
            fill(f);
            out.entries.push({ i, o: order.get(spec.policyId) ?? 0, f });
        };
        const accept = (resp, allowed) => {
            for (const [id, indices] of Object.entries((resp.passed ?? {}))) {
                const spec = specs.get(id);
                if (!spec || !allowed.has(id) || !Array.isArray(indices))
                    continue;
                for (const i of indices)
                    answer(spec, i, 'PASS', () => undefined);
            }
            for (const r of (Array.isArray(resp.results) ? resp.results : [])) {
                const spec = r && typeof r === 'object' ? specs.get(r.p) : undefined;
                if (!spec || !allowed.has(spec.policyId))
                    continue;
                const status = typeof r.error === 'string' || r.s !== 'FAIL' ? 'ERROR' : 'FAIL';
                answer(spec, r.r, status, (f) => fillFinding(f, r, status, spec, loaded));
            }
        };
        const errorAll = (spec, message) => {
            const marks = pending.get(spec.policyId);
            if (!marks)
                return;
            for (let k = 0; k < marks.length; k++)
                if (marks[k] === 1)
                    answer(spec, start + k, 'ERROR', (f) => {
                        f.title = spec.displayName ?? spec.policyId;
                        f.error = message;
                    });
        };
        const runnable = active.filter((p) => pending.has(p.policyId) && !dropped.has(p.policyId));
        if (!perPolicy && runnable.length) {
            const resp = await sandbox.request({ op: 'evaluate', start, end, unknownFields });
            // Over many policies the host cannot tell whose code hung or crashed: discard and go policy by policy.
            if (resp?.ok && !resp.crashed && !resp.interrupted)
                accept(resp, new Set(runnable.map((p) => p.policyId)));
            else
                perPolicy = true;
        }
        if (perPolicy) {
            for (const p of runnable) {
                const resp = await sandbox.request({ op: 'evaluate', start, end, unknownFields, only: [p.policyId] });
                if (resp?.ok && !resp.crashed) {
                    // One policy per request: its timeouts (ERROR from the harness) and answers are its own.
                    accept(resp, new Set([p.policyId]));
                    continue;
                }
                const why = resp?.crashed
                    ? `Policy crashed the sandbox: ${String(resp.error ?? 'the interpreter stopped')}`
                    : `Policy failed on this batch: ${String(resp?.error ?? 'no response')}`;
                errorAll(p, why);
                const n = (failures.get(p.policyId) ?? 0) + 1;
                failures.set(p.policyId, n);
                if (n >= MAX_POLICY_FAILURES)
                    dropped.set(p.policyId, `Not evaluated: the policy failed on ${n} earlier batches (last: ${why})`);
            }
        }
        for (const p of active) {
            const why = dropped.get(p.policyId);
            errorAll(p, why && !runnable.includes(p) ? why : 'no result from the policy sandbox');
        }
        opts.onProgress?.(end, resources.length);
    }
    return out;
}
/** The details of a FAIL or ERROR evaluation, from the harness's values. */
function fillFinding(f, r, status, spec, loaded) {
    const label = spec.displayName ?? spec.policyId;
    const text = (v) => (typeof v === 'string' ? v : undefined);
    if (status === 'FAIL') {
        f.severity = severityOf(r.severity, spec.severity);
        // Without a title() function, the display name reads better than the harness's PolicyID.
        f.title = loaded.get(spec.policyId)?.functions.includes('title') ? (text(r.title) ?? label) : label;
        f.dedup = text(r.dedup) ?? `defaultDedupString:${spec.policyId}`;
        f.alertContext =
            r.alertContext && typeof r.alertContext === 'object' && !Array.isArray(r.alertContext)
                ? r.alertContext
                : null;
        if (Array.isArray(r.functionErrors) && r.functionErrors.length)
            f.functionErrors = r.functionErrors;
    }
    else {
        f.title = label;
        f.error = text(r.error) ?? 'unknown error';
    }
    if (typeof r.output === 'string' && r.output)
        f.output = r.output;
}
function deriveMetadata(resources, given) {
    const accounts = new Set();
    const regions = new Set();
    resources.forEach((r, i) => {
        const w = where(r, i);
        if (w.accountId)
            accounts.add(w.accountId);
        if (w.region)
            regions.add(w.region);
    });
    const now = new Date().toISOString();
    return {
        source: 'file',
        accounts: [...accounts].sort().map((id) => ({ id })),
        regions: [...regions].sort(),
        startedAt: now,
        finishedAt: now,
        apiCalls: {},
        partial: false,
        ...(given ?? {}),
    };
}
/** Read a snapshot: a JSON array of resources, or `{resources, errors, metadata}`. */
async function loadSnapshotFile(file) {
    let data;
    try {
        data = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (e) {
        if (e instanceof SyntaxError)
            throw new Error(jsonErrorWithoutContent(e));
        throw e;
    }
    if (Array.isArray(data)) {
        return { resources: data, errors: [], metadata: deriveMetadata(data) };
    }
    if (data && typeof data === 'object' && Array.isArray(data.resources)) {
        const d = data;
        const errors = Array.isArray(d.errors) ? d.errors : [];
        const meta = d.metadata && typeof d.metadata === 'object' ? d.metadata : undefined;
        return { resources: d.resources, errors, metadata: deriveMetadata(d.resources, meta) };
    }
    throw new Error(`${file}: expected a JSON array of resources or an object with a "resources" array`);
}

;// CONCATENATED MODULE: ./src/policy/sandbox/lockdown.ts
// Host-side half of the sandbox lockdown: where the sandbox's files are, and the exact
// `node` flags and environment the sandbox child process is started with.
// The in-sandbox half (JS globals, Python import guard, memory cap) is in worker.mjs.



function exists(p) {
    try {
        external_node_fs_default().accessSync(p);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Locate the sandbox's files. From dist/ (bundle at dist/index.js or dist/cli.js) they sit in
 * dist/{sandbox,pyodide,wheels,python}; from source (vitest/tsx) they are the repository's
 * src/policy/sandbox, node_modules/pyodide and vendor/wheels.
 */
function resolveAssets(overrides = {}) {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    // Built from parts so bundlers do not try to treat these as static asset references.
    const distChild = [here, 'sandbox', 'child.mjs'].join((external_node_path_default()).sep);
    let base;
    if (exists(distChild)) {
        const snap = [here, 'pyodide', 'palisade-snapshot.bin.gz'].join((external_node_path_default()).sep);
        base = {
            childEntry: distChild,
            pyodideDir: [here, 'pyodide'].join((external_node_path_default()).sep),
            wheelsDir: [here, 'wheels'].join((external_node_path_default()).sep),
            pythonDir: [here, 'python'].join((external_node_path_default()).sep),
            snapshotPath: exists(snap) ? snap : null,
        };
    }
    else {
        const root = external_node_path_default().resolve(here, '..', '..', '..');
        base = {
            childEntry: [here, 'child.mjs'].join((external_node_path_default()).sep),
            pyodideDir: [root, 'node_modules', 'pyodide'].join((external_node_path_default()).sep),
            wheelsDir: [root, 'vendor', 'wheels'].join((external_node_path_default()).sep),
            pythonDir: here,
            snapshotPath: null,
        };
    }
    return { ...base, ...overrides };
}
/** Directories the sandbox process may read. Nothing else on disk is readable. */
function readableDirs(a) {
    const dirs = [external_node_path_default().dirname(a.childEntry), a.pyodideDir, a.wheelsDir, a.pythonDir];
    const files = a.snapshotPath ? [a.snapshotPath, `${a.snapshotPath}.json`] : [];
    return [...new Set(dirs.map((d) => external_node_path_default().resolve(d)))].concat(files.map((f) => external_node_path_default().resolve(f)));
}
/**
 * `node` flags for the sandbox child.
 * - permission model: `--permission` (Node ≥ 22) / `--experimental-permission` (Node 20):
 *   fs reads only below `readableDirs`, no fs writes, no child processes, no addons, no WASI;
 *   workers allowed (pyodide runs in one).
 * - `--disallow-code-generation-from-strings`: no eval/new Function, so code that reaches JS
 *   cannot compile new JS.
 */
function childNodeFlags(a, nodeVersion = process.versions.node, maxOldSpaceMiB = 256) {
    const major = Number(nodeVersion.split('.')[0]);
    const flags = [major >= 22 ? '--permission' : '--experimental-permission'];
    for (const p of readableDirs(a)) {
        const isDir = exists(p) && external_node_fs_default().statSync(p).isDirectory();
        // Node 20 needs an explicit wildcard for a directory; Node ≥ 22 treats a directory as its tree.
        flags.push(`--allow-fs-read=${isDir && major < 22 ? `${p}${(external_node_path_default()).sep}*` : p}`);
    }
    flags.push('--allow-worker', '--disallow-code-generation-from-strings', `--max-old-space-size=${maxOldSpaceMiB}`, '--no-warnings');
    return flags;
}
/** The child's environment: empty. Nothing from the parent (credentials, tokens) is passed. */
function childEnv() {
    return {};
}

;// CONCATENATED MODULE: ./src/policy/sandbox/wire.ts
/**
 * Request serialisation for the sandbox (PROTOCOL.md): JSON as Python's `json.loads` reads it.
 *
 * Like `JSON.stringify`, except that `PyFloat` is written as a Python float token (`1.0`,
 * `-0.0`, `1e+16`, `Infinity`, `-Infinity`, `NaN`: json.loads accepts the last three) and
 * `PyBigInt` as its exact digits, so a policy sees the value PAT's YAML loader gives it.
 *
 * The work is done by the native `JSON.stringify`: in wire mode the two classes' `toJSON`
 * return marker strings, replaced afterwards by their tokens. A request without such values
 * (every `snapshot` of scanned resources) costs no more than a plain `JSON.stringify`.
 */


// Letters and digits only, so JSON.stringify writes it unescaped; random, so no data contains it.
const MARKER = `@@palisade-py-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}:`;
const MARKED = new RegExp(`"${MARKER}(-?(?:Infinity|NaN|[0-9][0-9.e+-]*))"`, 'g');
function toPythonJson(value) {
    const { json, markers } = stringifyWithMarkers(value, MARKER);
    // JSON.stringify(undefined) is undefined; a request is always an object, but keep the type honest.
    if (json === undefined)
        return 'null';
    return markers === 0 ? json : json.replace(MARKED, '$1');
}

;// CONCATENATED MODULE: ./src/policy/sandbox/host.ts
// PyodideSandbox: the parent-side handle on the sandbox child process (see docs/sandbox.md).



const DIAG_LIMIT = 16384;
/** PALISADE_TIMINGS=1: keep request marks (epoch ms) for the pipeline's timing report. */
const TIMINGS = process.env.PALISADE_TIMINGS === '1';
/**
 * Runs harness.py under pyodide in a locked-down child process.
 *
 * Restart contract: when a policy hangs in C code, overflows the stack, exhausts the JS heap or
 * kills the interpreter, the request that was running resolves with `{ok: false, crashed: true,
 * error}`; the crash belongs to whatever that request ran (callers send one policy per request
 * when they need to know which). The sandbox then starts a fresh interpreter and transparently
 * replays the stateful requests since the last reset (loads, snapshot chunks, in order) before
 * any further request, so callers simply carry on. The same applies if the whole child process dies.
 */
class PyodideSandbox {
    assets;
    cfg;
    child = null;
    readyPromise = null;
    nextId = 1;
    pending = new Map();
    chain = Promise.resolve();
    /** Stateful requests since the last reset, to re-apply to a fresh interpreter in order (loads, snapshot chunks). */
    replay = [];
    /** The last request that set the checkpoint: a fresh interpreter gets it first, so resets land where they did. */
    base = null;
    needsReplay = false;
    closed = false;
    diag = '';
    _restarts = 0;
    _lastStray = '';
    _ready = null;
    /** Request marks (label → epoch ms), only with PALISADE_TIMINGS=1. */
    timeline = [];
    constructor(opts) {
        const assets = resolveAssets(opts.assets);
        if (opts.snapshot === false)
            assets.snapshotPath = null;
        this.assets = assets;
        this.cfg = {
            pyodideDir: assets.pyodideDir,
            wheelsDir: assets.wheelsDir,
            pythonDir: assets.pythonDir,
            snapshotPath: assets.snapshotPath,
            timeoutMs: opts.timeoutMs ?? 10_000,
            // A looping policy ends within twice its per-call timeout: deadline + grace.
            graceMs: Math.min(opts.graceMs ?? 2_000, opts.timeoutMs ?? 10_000),
            requestTimeoutMs: opts.requestTimeoutMs ?? 600_000,
            memoryCapMiB: opts.memoryCapMiB ?? 1536,
            jsHeapMiB: opts.jsHeapMiB ?? 1024,
            strayOutputLimit: opts.strayOutputLimit ?? 8192,
            watchIntervalMs: opts.watchIntervalMs ?? 50,
        };
    }
    /** Start loading pyodide now (returns at once); the first request waits for it. */
    static start(opts = {}) {
        const sb = new PyodideSandbox(opts);
        sb.spawnChild();
        return sb;
    }
    /** Resolves when the interpreter is ready (rejects if it cannot start). */
    ready() {
        if (!this.readyPromise)
            this.spawnChild();
        return this.readyPromise;
    }
    /** Times the sandbox interpreter was replaced (stuck/crashed policy, dead child). */
    get restarts() {
        return this._restarts;
    }
    /** Pyodide output that bypassed the harness's capture during the last request (bounded). */
    get lastStrayOutput() {
        return this._lastStray;
    }
    /** Child process stderr/stdout, last 16 KiB (diagnostics only; never contains parent env). */
    get diagnostics() {
        return this.diag;
    }
    get readyInfo() {
        return this._ready;
    }
    /**
     * Send one protocol request. `deadlineMs` (default: the per-call timeout) is enforced by the
     * child's watchdog; `reset` restores the interpreter's post-boot checkpoint first. The response
     * carries `crashed` and `interrupted` as the child saw them, never as Python wrote them.
     */
    request(req, opts = {}) {
        if (this.closed)
            return Promise.reject(new Error('sandbox is closed'));
        const json = toPythonJson(req); // PyFloat/PyBigInt as Python literals (wire.ts)
        const op = String(req.op);
        const append = req.append === true;
        const run = async () => {
            await this.ready();
            if (this.needsReplay) {
                this.needsReplay = false;
                if (this.base)
                    await this.send(toPythonJson(this.base.req), this.base.opts);
                for (const r of this.replay)
                    await this.send(toPythonJson(r.req), r.opts);
            }
            if (TIMINGS && this.timeline.length < 100)
                this.timeline.push([`${op} sent (${json.length} chars)`, performance.timeOrigin + performance.now()]);
            const msg = await this.send(json, opts);
            if (TIMINGS && this.timeline.length < 100)
                this.timeline.push([`${op} answered`, performance.timeOrigin + performance.now()]);
            if (msg.crashed) {
                this._restarts++;
                this.needsReplay = this.replay.length > 0 || this.base !== null;
            }
            this._lastStray = msg.stray ?? '';
            let res;
            try {
                res = JSON.parse(msg.json);
            }
            catch {
                res = { ok: false, error: 'sandbox returned invalid JSON' };
            }
            if (!res || typeof res !== 'object' || Array.isArray(res))
                res = { ok: false, error: 'sandbox returned a non-object' };
            res.crashed = msg.crashed === true;
            res.interrupted = msg.interrupted === true;
            if (opts.reset)
                this.replay = [];
            if (opts.checkpoint && res.ok === true && !res.crashed)
                this.base = { req, opts };
            // `load` and `snapshot` set interpreter state: re-applied to a fresh one after a crash.
            if ((op === 'load' || op === 'snapshot') && res.ok === true && !res.crashed) {
                if (!append)
                    this.replay = this.replay.filter((r) => r.op !== op);
                // The request object, not its serialisation: a 100k-resource snapshot's chunks would otherwise
                // pin ~135 MB of text in the parent for a replay that rarely happens.
                this.replay.push({ op, req, opts: { deadlineMs: opts.deadlineMs, transfer: opts.transfer } });
            }
            return res;
        };
        const p = this.chain.then(run, run);
        this.chain = p.catch(() => undefined);
        return p;
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        const child = this.child;
        this.child = null;
        if (!child || child.exitCode !== null || child.signalCode !== null)
            return;
        await new Promise((resolve) => {
            const t = setTimeout(() => child.kill('SIGKILL'), 2000);
            child.once('exit', () => {
                clearTimeout(t);
                resolve();
            });
            try {
                child.send({ type: 'shutdown' });
                child.disconnect();
            }
            catch {
                child.kill('SIGKILL');
            }
        });
    }
    send(json, opts) {
        const child = this.child;
        if (!child || !child.connected) {
            return Promise.resolve({
                json: JSON.stringify({
                    ok: false,
                    crashed: true,
                    error: 'sandbox process is not running',
                }),
                crashed: true,
            });
        }
        const id = this.nextId++;
        return new Promise((resolve) => {
            this.pending.set(id, resolve);
            child.send({
                type: 'request',
                id,
                json: Buffer.from(json, 'utf8'),
                deadlineMs: opts.deadlineMs ?? (opts.transfer ? this.cfg.requestTimeoutMs : this.cfg.timeoutMs),
                reset: opts.reset === true,
                checkpoint: opts.checkpoint === true,
            });
        });
    }
    spawnChild() {
        const started = performance.now();
        const args = [...childNodeFlags(this.assets), this.assets.childEntry];
        const child = (0,external_node_child_process_.spawn)(process.execPath, args, {
            env: childEnv(),
            stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
            // Structured clone on the IPC channel: request/response JSON crosses as UTF-8 bytes,
            // copied as-is (the default 'json' channel would escape and re-parse the JSON payload).
            serialization: 'advanced',
            cwd: this.assets.pythonDir,
            windowsHide: true,
        });
        this.child = child;
        const keep = (b) => {
            this.diag = (this.diag + b.toString('utf8')).slice(-DIAG_LIMIT);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        let settle;
        this.readyPromise = new Promise((resolve, reject) => {
            settle = { resolve, reject };
        });
        this.readyPromise.catch(() => undefined);
        let first = true;
        child.on('message', (m) => {
            if (m.type === 'ready') {
                const info = {
                    fromSnapshot: m.fromSnapshot,
                    timings: m.timings,
                    startupMs: performance.now() - started,
                };
                if (first) {
                    first = false;
                    this._ready = info;
                    settle.resolve(info);
                }
            }
            else if (m.type === 'response') {
                const r = this.pending.get(m.id);
                if (r) {
                    this.pending.delete(m.id);
                    const json = typeof m.json === 'string'
                        ? m.json
                        : Buffer.from(m.json.buffer, m.json.byteOffset, m.json.byteLength).toString('utf8');
                    r({ json, stray: m.stray, crashed: m.crashed, interrupted: m.interrupted });
                }
            }
            else if (m.type === 'boot-error') {
                keep(Buffer.from(`\n[boot-error] ${m.error}\n`));
                if (first) {
                    first = false;
                    settle.reject(new Error(`pyodide sandbox failed to start: ${m.error.split('\n')[0]}`));
                }
            }
        });
        child.on('error', (e) => {
            keep(Buffer.from(`\n[spawn-error] ${e.message}\n`));
        });
        child.on('exit', (code, signal) => {
            if (first) {
                first = false;
                settle.reject(new Error(`pyodide sandbox exited during start-up (code ${code}, signal ${signal}): ${this.diag.slice(-2000)}`));
            }
            if (this.child === child) {
                this.child = null;
                // Answer whatever was in flight, then start over on the next request.
                for (const [id, r] of this.pending) {
                    this.pending.delete(id);
                    r({
                        json: JSON.stringify({
                            ok: false,
                            crashed: true,
                            error: `sandbox process exited (code ${code}, signal ${signal})`,
                        }),
                        crashed: true,
                    });
                }
                if (!this.closed) {
                    this.readyPromise = null;
                    this.needsReplay = this.replay.length > 0 || this.base !== null;
                }
            }
        });
        child.send({ type: 'init', config: this.cfg });
    }
}

;// CONCATENATED MODULE: ./src/gate.ts

/** Fingerprints the baseline accepted: its FAIL findings (a baseline PASS is not an accepted risk). */
function baselineFingerprints(baseline) {
    return new Set((baseline?.findings ?? []).filter((f) => f.status === 'FAIL').map((f) => f.fingerprint));
}
/**
 * A copy of `results` whose FAIL findings carry `isNew` relative to the baseline, so SARIF, the
 * summary and the gate agree on what is new. Without a baseline the results are returned as is.
 */
function applyBaseline(results, baseline) {
    if (!baseline)
        return results;
    const known = baselineFingerprints(baseline);
    return {
        ...results,
        findings: results.findings.map((f) => f.status === 'FAIL' ? { ...f, isNew: !known.has(f.fingerprint) } : f),
    };
}
function evaluateGate(results, opts) {
    // One pass over the findings (there can be 100k+): counts, new findings, policy errors.
    const known = opts.baseline ? baselineFingerprints(opts.baseline) : null;
    const counts = { ...emptySeverityCounts(), total: 0 };
    const counted = [];
    let policyErrors = 0;
    for (const f of results.findings) {
        if (f.status === 'ERROR')
            policyErrors++;
        if (f.status !== 'FAIL')
            continue;
        counts[f.severity] = (counts[f.severity] ?? 0) + 1;
        counts.total++;
        if (!known?.has(f.fingerprint))
            counted.push(f);
    }
    const collectionErrors = results.collectionErrors.length;
    const specErrors = results.specErrors.length;
    const failedTests = results.tests.filter((t) => !t.passed && t.status !== 'SKIP');
    const erroredTests = failedTests.filter((t) => t.status === 'ERROR').length;
    const errors = collectionErrors + policyErrors + specErrors + erroredTests;
    const reasons = [];
    if (opts.failOn !== 'none') {
        const threshold = normalizeSeverity(opts.failOn);
        const over = counted.filter((f) => severityRank(f.severity) >= severityRank(threshold));
        if (over.length > 0) {
            reasons.push(`${over.length} ${known ? 'new ' : ''}finding(s) at or above ${threshold} (fail-on: ${opts.failOn})`);
        }
    }
    if (results.mode === 'test') {
        // Test mode: failed tests and invalid specs always fail, whatever fail-on says.
        if (failedTests.length > 0)
            reasons.push(`${failedTests.length} test(s) failed`);
        if (specErrors > 0)
            reasons.push(`${specErrors} invalid spec(s)`);
    }
    if (opts.failOnError) {
        if (collectionErrors > 0)
            reasons.push(`${collectionErrors} collection error(s) (fail-on-error)`);
        if (policyErrors > 0)
            reasons.push(`${policyErrors} policy error(s) (fail-on-error)`);
        if (specErrors > 0 && results.mode !== 'test')
            reasons.push(`${specErrors} invalid spec(s) (fail-on-error)`);
    }
    const failed = reasons.length > 0;
    const gate = !failed ? 'pass' : opts.softFail ? 'soft-fail' : 'fail';
    return {
        failed,
        gate,
        reasons,
        counts,
        newFindings: counted.length,
        errors,
        failedTests: failedTests.length,
        exitCode: gate === 'fail' ? 1 : 0,
    };
}
/** The action's outputs (§5), as strings, for `core.setOutput` or the CLI's --json. */
function gateOutputs(g) {
    return {
        failed: String(g.failed),
        gate: g.gate,
        'findings-total': String(g.counts.total),
        'findings-critical': String(g.counts.Critical),
        'findings-high': String(g.counts.High),
        'findings-medium': String(g.counts.Medium),
        'findings-low': String(g.counts.Low),
        'findings-info': String(g.counts.Info),
        'new-findings': String(g.newFindings),
        errors: String(g.errors),
    };
}

;// CONCATENATED MODULE: ./src/report/json.ts
/**
 * results.json: the complete, untruncated record of a run. It is also the `baseline` input and
 * the unit that `report --merge` reads, so the reader is tolerant of missing optional arrays but
 * strict about what identifies the format.
 */



class ResultsFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ResultsFormatError';
    }
}
function serializeResults(results) {
    return JSON.stringify(results, null, 2) + '\n';
}
function parseResults(text, source = 'results.json') {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new ResultsFormatError(`${source}: not JSON (${jsonErrorWithoutContent(e)})`);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
        throw new ResultsFormatError(`${source}: expected a Palisade results object`);
    }
    const r = data;
    if (r.version !== 1)
        throw new ResultsFormatError(`${source}: unsupported results version ${String(r.version)}`);
    if (r.mode !== 'scan' && r.mode !== 'evaluate' && r.mode !== 'test') {
        throw new ResultsFormatError(`${source}: unknown mode ${String(r.mode)}`);
    }
    const arrays = ['policies', 'tests', 'findings', 'specErrors', 'collectionErrors', 'notices'];
    for (const k of arrays) {
        if (r[k] === undefined)
            r[k] = [];
        else if (!Array.isArray(r[k]))
            throw new ResultsFormatError(`${source}: ${k} must be an array`);
    }
    for (const f of r.findings ?? []) {
        if (!f || typeof f.fingerprint !== 'string' || typeof f.policyId !== 'string') {
            throw new ResultsFormatError(`${source}: a finding lacks policyId or fingerprint`);
        }
    }
    return {
        ...r,
        tool: r.tool ?? { name: 'Palisade', version: '0.0.0' },
        partial: r.partial === true,
        startedAt: r.startedAt ?? '',
        finishedAt: r.finishedAt ?? '',
    };
}
async function writeResultsJson(file, results) {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, serializeResults(results), 'utf8');
}
async function readResultsJson(file) {
    return parseResults(await (0,promises_.readFile)(file, 'utf8'), file);
}

;// CONCATENATED MODULE: ./src/version.ts
/** Palisade's version, kept in step with package.json (a unit test checks they agree). */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/report/merge.ts
/**
 * Merge matrix shards' results into one Results for one summary, one gate and one SARIF file.
 * Each finding and collection error keeps its shard label, so buildSarif emits exactly one run per
 * (account, shard) category; shards with the same label and account collapse into one run, which
 * GitHub requires ("A delivery cannot contain multiple runs with the same category").
 */


const STATUS_PRIORITY = { FAIL: 2, ERROR: 1, PASS: 0 };
function mergeResults(results) {
    if (results.length === 0)
        return emptyResults('scan', '', VERSION);
    if (results.length === 1)
        return results[0];
    const labels = results.map((r) => r.shard ?? 'all');
    const shardsMap = new Map();
    const addShard = (shard, account) => {
        if (!shardsMap.has(shard))
            shardsMap.set(shard, new Set());
        shardsMap.get(shard).add(account);
    };
    // One finding per fingerprint: overlapping shards must not create duplicate alerts.
    const findings = new Map();
    const collectionErrors = new Map();
    results.forEach((r, i) => {
        const shard = labels[i];
        for (const s of r.shards ?? [])
            for (const a of s.accountIds)
                addShard(s.shard, a);
        if (!r.shards)
            for (const a of r.snapshot?.accounts ?? [])
                addShard(shard, a.id);
        for (const f of r.findings) {
            const stamped = { ...f, shard: f.shard ?? shard };
            if (!r.shards)
                addShard(stamped.shard, f.accountId);
            const prev = findings.get(f.fingerprint);
            if (!prev || STATUS_PRIORITY[f.status] > STATUS_PRIORITY[prev.status])
                findings.set(f.fingerprint, stamped);
        }
        for (const e of r.collectionErrors) {
            const stamped = { ...e, shard: e.shard ?? shard };
            if (!r.shards)
                addShard(stamped.shard, e.accountId);
            collectionErrors.set(JSON.stringify(stamped), stamped);
        }
    });
    const modes = new Set(results.map((r) => r.mode));
    const mode = modes.size === 1 ? results[0].mode : modes.has('scan') ? 'scan' : results[0].mode;
    const allSame = labels.every((l) => l === labels[0]);
    const merged = {
        version: 1,
        mode,
        tool: results[0].tool,
        startedAt: minIso(results.map((r) => r.startedAt)),
        finishedAt: maxIso(results.map((r) => r.finishedAt)),
        partial: results.some((r) => r.partial),
        policies: uniqueBy(results.flatMap((r) => r.policies), (p) => p.policyId),
        tests: uniqueBy(results.flatMap((r) => r.tests), (t) => `${t.policyId}\u0000${t.name}\u0000${t.specFile}`),
        findings: [...findings.values()],
        specErrors: uniqueBy(results.flatMap((r) => r.specErrors), (e) => `${e.file}:${e.line}:${e.message}`),
        collectionErrors: [...collectionErrors.values()],
        notices: [...new Set(results.flatMap((r) => r.notices))],
    };
    const snapshot = mergeSnapshots(results.map((r) => r.snapshot).filter((s) => !!s));
    if (snapshot)
        merged.snapshot = snapshot;
    const stats = mergeStats(results.map((r) => r.stats).filter((s) => !!s));
    if (stats)
        merged.stats = stats;
    const selections = results.map((r) => r.selection).filter((s) => !!s);
    if (selections.length) {
        merged.selection = {
            mode: selections.some((s) => s.mode === 'all') ? 'all' : 'changed',
            // Keyed by PolicyID: a null-prototype object, so `__proto__` or `constructor` is just a key.
            reasons: Object.assign(Object.create(null), ...selections.map((s) => s.reasons)),
        };
    }
    if (allSame)
        merged.shard = labels[0];
    if (mode !== 'test') {
        merged.shards = [...shardsMap.entries()]
            .map(([shard, accounts]) => ({ shard, accountIds: [...accounts].sort() }))
            .sort((a, b) => (a.shard < b.shard ? -1 : a.shard > b.shard ? 1 : 0));
    }
    return merged;
}
/** Shards cover disjoint scopes, so their evaluation counts add up. */
function mergeStats(all) {
    if (all.length === 0)
        return undefined;
    const sum = {
        resources: 0,
        evaluations: 0,
        passed: 0,
        failed: 0,
        errors: 0,
        passedByPolicy: Object.create(null), // keyed by PolicyID
    };
    for (const s of all) {
        sum.resources += s.resources;
        sum.evaluations += s.evaluations;
        sum.passed += s.passed;
        sum.failed += s.failed;
        sum.errors += s.errors;
        for (const [id, n] of Object.entries(s.passedByPolicy))
            sum.passedByPolicy[id] = (sum.passedByPolicy[id] ?? 0) + n;
    }
    return sum;
}
function mergeSnapshots(snaps) {
    if (snaps.length === 0)
        return undefined;
    const apiCalls = Object.create(null);
    for (const s of snaps)
        for (const [k, v] of Object.entries(s.apiCalls ?? {}))
            apiCalls[k] = (apiCalls[k] ?? 0) + v;
    return {
        source: snaps.some((s) => s.source === 'scan') ? 'scan' : 'file',
        accounts: uniqueBy(snaps.flatMap((s) => s.accounts), (a) => a.id),
        regions: [...new Set(snaps.flatMap((s) => s.regions))].sort(),
        startedAt: minIso(snaps.map((s) => s.startedAt)),
        finishedAt: maxIso(snaps.map((s) => s.finishedAt)),
        apiCalls,
        partial: snaps.some((s) => s.partial),
    };
}
function uniqueBy(items, key) {
    const seen = new Map();
    for (const it of items)
        if (!seen.has(key(it)))
            seen.set(key(it), it);
    return [...seen.values()];
}
// ISO-8601 UTC strings sort lexically; blanks are ignored.
function minIso(xs) {
    return xs.filter(Boolean).sort()[0] ?? '';
}
function maxIso(xs) {
    return xs.filter(Boolean).sort().pop() ?? '';
}

;// CONCATENATED MODULE: ./src/report/md.ts
/** Markdown primitives with byte budgets (GitHub drops a summary over 1 MiB, rejects long comments). */
const MORE_NOTE = (n) => `_…and ${n} more (see results.json artifact)_`;
function bytes(s) {
    return Buffer.byteLength(s, 'utf8');
}
/**
 * A GFM table that stops adding rows before the budget or row cap and says how many it left out.
 * Returns '' when not even the header and one row fit.
 */
function table(headers, rows, opts) {
    const head = `| ${headers.join(' | ')} |\n|${headers.map(() => '---').join('|')}|\n`;
    const reserve = bytes(MORE_NOTE(rows.length)) + 4;
    const maxRows = opts.maxRows ?? Infinity;
    let out = head;
    let used = bytes(head);
    let n = 0;
    for (const r of rows) {
        if (n >= maxRows)
            break;
        const line = `| ${r.join(' | ')} |\n`;
        const lb = bytes(line);
        const needReserve = n + 1 < rows.length ? reserve : 0;
        if (used + lb + needReserve > opts.budget)
            break;
        out += line;
        used += lb;
        n++;
    }
    if (n === 0 && rows.length > 0)
        return '';
    if (n < rows.length)
        out += `\n${MORE_NOTE(rows.length - n)}\n`;
    return out;
}
/** A Mermaid pie chart; GitHub renders ```mermaid blocks in summaries and comments. */
function pie(title, slices) {
    const body = slices
        .filter(([, v]) => v > 0)
        .map(([k, v]) => `    "${k.replace(/["\n\r]/g, "'")}" : ${v}`)
        .join('\n');
    if (!body)
        return '';
    return `\`\`\`mermaid\npie showData title ${title.replace(/[\n\r]/g, ' ')}\n${body}\n\`\`\`\n`;
}
/** Cut a string to at most n UTF-8 bytes without splitting a character. */
function cutBytes(s, n) {
    if (bytes(s) <= n)
        return s;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (bytes(s.slice(0, mid)) <= n)
            lo = mid;
        else
            hi = mid - 1;
    }
    let out = s.slice(0, lo);
    if (/[\uD800-\uDBFF]$/.test(out))
        out = out.slice(0, -1);
    return out;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/report/location.ts

/**
 * The short, stable last segment of a cloud pseudo-path (github-integration.md §2.3):
 * bucket name, EC2 id, IAM name, or the singleton names `AWS.PasswordPolicy` / `root`.
 */
function shortResourceId(resourceId, resourceType) {
    if (resourceType === 'AWS.PasswordPolicy')
        return 'AWS.PasswordPolicy';
    if (resourceType === 'AWS.IAM.RootUser')
        return 'root';
    const id = resourceId.trim();
    if (id.startsWith('arn:')) {
        // arn:partition:service:region:account:resource — the resource part may contain ':' and '/'.
        const resource = id.split(':').slice(5).join(':');
        if (resource === 'root')
            return 'root';
        const afterSlash = resource.includes('/') ? resource.slice(resource.lastIndexOf('/') + 1) : resource;
        const short = afterSlash.includes(':') ? afterSlash.slice(afterSlash.lastIndexOf(':') + 1) : afterSlash;
        return short || resource || id;
    }
    // Singletons: "<account>:<region>:<ResourceType>".
    const parts = id.split(':');
    if (parts.length === 3 && parts[2].startsWith('AWS.'))
        return parts[2];
    return id || 'unknown';
}
/** `aws/<AccountId>/<Region>/<ResourceType>/<short id>`, each segment percent-encoded. */
function cloudPseudoPath(f) {
    const segs = [
        'aws',
        f.accountId || 'unknown',
        f.region || 'global',
        f.resourceType || 'unknown',
        shortResourceId(f.resourceId, f.resourceType),
    ];
    return segs.map((s) => encodeURIComponent(s)).join('/');
}
/**
 * Repository-relative, `/`-separated, percent-encoded URI for a real file (test mode).
 * Paths outside the root keep their tail so the uri stays relative (GitHub rejects absolute ones).
 */
function repoRelativeUri(file, root) {
    let rel = external_node_path_default().isAbsolute(file) ? external_node_path_default().relative(root, file) : file;
    rel = rel.split((external_node_path_default()).sep).join('/');
    while (rel.startsWith('../'))
        rel = rel.slice(3);
    rel = rel.replace(/^\/+/, '').replace(/^\.\//, '');
    return rel
        .split('/')
        .filter((s) => s.length > 0)
        .map((s) => encodeURIComponent(s))
        .join('/');
}
function parseTraceback(text) {
    if (!text)
        return [];
    const frames = [];
    for (const m of text.matchAll(/File "([^"]+)", line (\d+)/g))
        frames.push({ file: m[1], line: Number(m[2]) });
    return frames;
}
/**
 * The frame to point at: the innermost one in the policy's own .py (the sandbox may name it by
 * another absolute prefix, so compare basenames), else null and the caller uses the spec line.
 */
function policyFrame(traceback, pythonFile) {
    const frames = parseTraceback(traceback);
    if (!pythonFile)
        return null;
    const base = external_node_path_default().basename(pythonFile);
    for (let i = frames.length - 1; i >= 0; i--) {
        const f = frames[i];
        if (f.file === pythonFile || external_node_path_default().basename(f.file) === base)
            return { file: pythonFile, line: f.line };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * Results → SARIF 2.1.0 that GitHub code scanning accepts (github-integration.md §2).
 *
 * Choices worth knowing:
 * - Only FAIL findings become alerts; PASS findings are not results.
 * - Policy errors (ERROR findings) become results of the synthetic rule `palisade/policy-error`
 *   (level warning, no security-severity) at the resource's pseudo-path. GitHub accepts them like
 *   any result, they are visible as alerts, and they close by themselves once the policy runs again.
 *   toolExecutionNotifications are kept for collection errors, which have no single resource.
 * - Scan/evaluate output has one run per (account, shard) = one category each, so a later upload
 *   replaces exactly that scope. Test mode has one run, `palisade/test/<run_id>`.
 * - A run with collection errors has `executionSuccessful: false` (policy errors alone do not:
 *   they are already results); collection or policy errors set `properties.partial: true`. With a
 *   baseline, findings of scopes that were not collected are carried forward so the upload does
 *   not close them as fixed (§2.6). Caveat: GitHub's processing has treated
 *   `executionSuccessful: false` as an "unsuccessful execution" that it does not process
 *   (github/codeql-action#1316, #1393); `markPartialUnsuccessful: false` turns the flag off.
 * - Limits are enforced by dropping the lowest-severity results, recorded in
 *   `run.properties.truncated.omitted`; the file is never invalid.
 */





const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const PALISADE_INFORMATION_URI = 'https://github.com/example-org/palisade';
/** GitHub's hard limits (§2.1); overridable so tests can exercise truncation cheaply. */
const SARIF_LIMITS = {
    runsPerFile: 20,
    resultsPerRun: 25_000,
    rulesPerRun: 25_000,
    tagsPerRule: 20,
    ruleName: 255,
    descriptionChars: 1024,
    gzipBytes: 10 * 1024 * 1024,
    notificationsPerRun: 1000,
};
const POLICY_ERROR_RULE_ID = 'palisade/policy-error';
const TEST_FAILED_RULE_ID = 'palisade/test-failed';
const INVALID_SPEC_RULE_ID = 'palisade/invalid-spec';
function toSarif(results, opts = {}) {
    return buildSarif(results, opts).log;
}
function defaultRunId(results, env = process.env) {
    if (env.GITHUB_RUN_ID && /^[\w.-]+$/.test(env.GITHUB_RUN_ID))
        return env.GITHUB_RUN_ID;
    // Deterministic for a given run: derived from the run's start, not from "now".
    const digits = (results.startedAt || '').replace(/\.\d+/, '').replace(/[-:]/g, '');
    return /^\d{8}T\d{6}Z?$/.test(digits) ? digits : 'local';
}
function scanCategory(accountId, shard) {
    return `palisade/scan/${accountId}/${shard}`;
}
function buildSarif(results, opts = {}) {
    const env = opts.env ?? process.env;
    const limits = { ...SARIF_LIMITS, ...(opts.limits ?? {}) };
    const ctx = {
        results,
        limits,
        runId: sanitizeSegment(opts.runId ?? defaultRunId(results, env)),
        sourceRoot: opts.sourceRoot ?? env.GITHUB_WORKSPACE ?? process.cwd(),
        informationUri: opts.informationUri ?? PALISADE_INFORMATION_URI,
        markUnsuccessful: opts.markPartialUnsuccessful ?? false,
        notes: [],
    };
    let drafts = results.mode === 'test'
        ? [testRun(ctx)]
        : scanRuns(ctx, opts.shard ?? results.shard ?? 'all', opts.baseline);
    if (drafts.length > limits.runsPerFile) {
        ctx.notes.push(`SARIF: ${drafts.length} account/shard categories exceed GitHub's ${limits.runsPerFile} runs per file; ` +
            `they were merged into one run (category palisade/scan/multi/…).`);
        drafts = [
            mergeDrafts(drafts, `palisade/scan/multi/${sanitizeSegment(opts.shard ?? results.shard ?? 'all')}`),
        ];
    }
    const runs = drafts.map((d) => finishRun(ctx, d));
    const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs };
    fitGzip(log, drafts, ctx);
    const infos = drafts.map((d, i) => runInfo(d, runs[i]));
    const omitted = infos.reduce((n, r) => n + r.omitted, 0);
    if (omitted > 0) {
        ctx.notes.push(`SARIF: ${omitted} lower-severity result(s) were left out to stay within GitHub's limits ` +
            `(see run.properties.truncated); results.json has them all.`);
    }
    for (const r of infos.filter((x) => x.partial)) {
        ctx.notes.push(`SARIF category ${r.category} is partial (collection or policy errors)` +
            (r.carriedForward ? `; ${r.carriedForward} finding(s) carried forward from the baseline.` : '.'));
    }
    return { log, omitted, runs: infos, notes: ctx.notes };
}
function runInfo(d, run) {
    return {
        category: d.category,
        results: run.results?.length ?? 0,
        omitted: d.candidates.length - d.keep,
        partial: d.partial,
        carriedForward: d.candidates.slice(0, d.keep).filter((c) => c.carried).length,
    };
}
function scanRuns(ctx, defaultShard, baseline) {
    const { results } = ctx;
    const groups = new Map();
    const group = (accountId, shard) => {
        const acct = accountId || 'unknown';
        const key = `${acct}\u0000${shard}`;
        let g = groups.get(key);
        if (!g)
            groups.set(key, (g = { accountId: acct, shard, findings: [], errors: [] }));
        return g;
    };
    for (const s of results.shards ?? [])
        for (const a of s.accountIds)
            group(a, s.shard);
    for (const a of results.snapshot?.accounts ?? [])
        if (!results.shards)
            group(a.id, defaultShard);
    for (const f of results.findings)
        group(f.accountId, f.shard ?? defaultShard).findings.push(f);
    for (const e of results.collectionErrors)
        group(e.accountId, e.shard ?? defaultShard).errors.push(e);
    if (groups.size === 0)
        group('unknown', defaultShard);
    const policyRules = [...results.policies].sort((a, b) => cmp(a.policyId, b.policyId)).map(policyRule);
    const metaById = new Map(results.policies.map((p) => [p.policyId, p]));
    const present = baseline ? new Set(results.findings.map((f) => f.fingerprint)) : new Set();
    return [...groups.values()]
        .sort((a, b) => cmp(a.accountId, b.accountId) || cmp(a.shard, b.shard))
        .map((g) => {
        const candidates = [];
        for (const f of g.findings) {
            if (f.status === 'FAIL')
                candidates.push(findingCandidate(f, metaById.get(f.policyId)));
            else if (f.status === 'ERROR')
                candidates.push(policyErrorCandidate(f, ctx));
        }
        const carried = baseline ? carryForward(baseline, g.accountId, g.errors, g.findings, present) : [];
        for (const f of carried)
            candidates.push({ ...findingCandidate(f, metaById.get(f.policyId)), carried: true });
        const hasErrors = candidates.some((c) => c.ruleId === POLICY_ERROR_RULE_ID);
        const rules = [...policyRules];
        // A carried finding's policy may no longer be loaded: give it a minimal rule.
        const ruleIds = new Set(metaById.keys()).add(POLICY_ERROR_RULE_ID);
        for (const c of candidates) {
            if (ruleIds.has(c.ruleId))
                continue;
            ruleIds.add(c.ruleId);
            rules.push(policyRule(fallbackMeta(c)));
        }
        if (hasErrors)
            rules.push(syntheticRules[POLICY_ERROR_RULE_ID]);
        return {
            category: scanCategory(sanitizeSegment(g.accountId), sanitizeSegment(g.shard)),
            rules,
            candidates,
            notifications: g.errors.map(collectionNotification),
            partial: g.errors.length > 0 || hasErrors,
            keep: candidates.length,
            extraProperties: notCollectedProps(g.errors),
        };
    });
}
function testRun(ctx) {
    const { results } = ctx;
    const metaById = new Map(results.policies.map((p) => [p.policyId, p]));
    const candidates = [];
    for (const t of results.tests) {
        if (t.passed || t.status === 'SKIP')
            continue;
        candidates.push(testCandidate(t, metaById.get(t.policyId), ctx));
    }
    for (const e of results.specErrors)
        candidates.push(specErrorCandidate(e, metaById, ctx));
    const used = new Set(candidates.map((c) => c.ruleId));
    const rules = Object.values(syntheticRules).filter((r) => used.has(r.id));
    return {
        category: 'palisade/test',
        rules,
        candidates,
        notifications: [],
        partial: false,
        keep: candidates.length,
        extraProperties: {},
    };
}
function finishRun(ctx, d) {
    d.candidates.sort((a, b) => b.rank - a.rank || cmp(a.ruleId, b.ruleId) || cmp(a.sortKey, b.sortKey));
    d.keep = Math.min(d.keep, ctx.limits.resultsPerRun);
    return renderRun(ctx, d);
}
function renderRun(ctx, d) {
    const kept = d.candidates.slice(0, d.keep);
    const rules = limitRules(d.rules, new Set(kept.map((c) => c.ruleId)), ctx.limits.rulesPerRun);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const omitted = d.candidates.length - kept.length;
    const notifications = capNotifications(d.notifications, ctx.limits.notificationsPerRun);
    const unsuccessful = ctx.markUnsuccessful && d.notifications.length > 0;
    const invocation = { executionSuccessful: !unsuccessful };
    if (notifications.length > 0)
        invocation.toolExecutionNotifications = notifications;
    if (isIsoDate(ctx.results.startedAt))
        invocation.startTimeUtc = ctx.results.startedAt;
    if (isIsoDate(ctx.results.finishedAt))
        invocation.endTimeUtc = ctx.results.finishedAt;
    const properties = {
        mode: ctx.results.mode,
        partial: d.partial,
        ...d.extraProperties,
    };
    if (omitted > 0)
        properties.truncated = { omitted, kept: kept.length, reason: 'GitHub SARIF limits' };
    const carried = kept.filter((c) => c.carried).length;
    if (carried > 0)
        properties.carriedForward = carried;
    return {
        tool: {
            driver: {
                name: 'Palisade',
                semanticVersion: ctx.results.tool?.version || '0.0.0',
                informationUri: ctx.informationUri,
                rules,
            },
        },
        automationDetails: { id: `${d.category}/${ctx.runId}` },
        invocations: [invocation],
        results: kept.map((c) => ({ ...c.result, ruleIndex: index.get(c.ruleId) ?? -1 })),
        properties,
    };
}
/** Rules referenced by kept results always survive the rules limit. */
function limitRules(rules, used, max) {
    if (rules.length <= max)
        return rules;
    const needed = rules.filter((r) => used.has(r.id));
    const rest = rules.filter((r) => !used.has(r.id)).slice(0, Math.max(0, max - needed.length));
    return [...needed, ...rest];
}
/** Drop lowest-severity results (proportionally, per run) until the gzip size fits. */
function fitGzip(log, drafts, ctx) {
    for (let attempt = 0; attempt < 20; attempt++) {
        const size = (0,external_node_zlib_.gzipSync)(Buffer.from(JSON.stringify(log))).length;
        if (size <= ctx.limits.gzipBytes)
            return;
        const ratio = (ctx.limits.gzipBytes / size) * 0.9;
        drafts.forEach((d, i) => {
            d.keep = Math.floor(d.keep * ratio);
            log.runs[i] = renderRun(ctx, d);
        });
    }
}
function mergeDrafts(drafts, category) {
    const rules = new Map();
    for (const d of drafts)
        for (const r of d.rules)
            if (!rules.has(r.id))
                rules.set(r.id, r);
    const candidates = drafts.flatMap((d) => d.candidates);
    return {
        category,
        rules: [...rules.values()],
        candidates,
        notifications: drafts.flatMap((d) => d.notifications),
        partial: drafts.some((d) => d.partial),
        keep: candidates.length,
        extraProperties: mergeNotCollected(drafts),
    };
}
function mergeNotCollected(drafts) {
    const all = drafts.flatMap((d) => d.extraProperties.notCollected ?? []);
    return all.length ? { notCollected: [...new Set(all)].sort() } : {};
}
// ---------------------------------------------------------------------------------------------
// Rules
function policyRule(p) {
    const display = oneLine(p.displayName) || p.policyId;
    const description = (p.description ?? '').trim();
    const rule = {
        id: p.policyId,
        name: truncate(showControls(display), SARIF_LIMITS.ruleName),
        shortDescription: { text: truncate(showControls(display), SARIF_LIMITS.descriptionChars) },
        fullDescription: {
            text: truncate(showControls(description || display, true), SARIF_LIMITS.descriptionChars),
        },
        help: { text: helpText(p, display), markdown: helpMarkdown(p, display) },
        defaultConfiguration: { level: sarifLevel(p.severity) },
        properties: {
            tags: ruleTags(p),
            precision: 'high',
        },
    };
    if (p.reference && isUrl(p.reference.trim()))
        rule.helpUri = p.reference.trim();
    const sev = securitySeverity(p.severity);
    if (sev)
        rule.properties['security-severity'] = sev;
    return rule;
}
function ruleTags(p) {
    const tags = [];
    const seen = new Set();
    for (const t of ['security', 'palisade', 'cloud', ...p.resourceTypes, ...p.tags]) {
        const tag = oneLine(t);
        if (!tag || seen.has(tag.toLowerCase()))
            continue;
        seen.add(tag.toLowerCase());
        tags.push(tag);
    }
    return tags.slice(0, SARIF_LIMITS.tagsPerRule);
}
function mappings(p) {
    return Object.entries(p.reports ?? {}).map(([k, v]) => `${k}: ${(v ?? []).join(', ')}`);
}
function helpText(p, display) {
    const lines = [display, ''];
    if (p.description?.trim())
        lines.push(p.description.trim(), '');
    lines.push(`Severity: ${p.severity}`);
    lines.push(`Resource types: ${p.resourceTypes.length ? p.resourceTypes.join(', ') : 'all'}`);
    if (p.runbook?.trim())
        lines.push(`Remediation: ${p.runbook.trim()}`);
    if (p.reference?.trim())
        lines.push(`Reference: ${p.reference.trim()}`);
    const m = mappings(p);
    if (m.length)
        lines.push(`Mappings: ${m.join('; ')}`);
    lines.push(`Policy: ${p.policyId}`);
    return showControls(lines.join('\n'), true);
}
/**
 * Rule help as GitHub renders it on the alert page. Every value comes from a policy spec, so each
 * one is a code span or a code block: no link, image, mention or HTML from a repository (the
 * reference stays a link through `helpUri`, which GitHub shows as a plain "learn more").
 */
function helpMarkdown(p, display) {
    const lines = [`## ${mdCode(display, SARIF_LIMITS.ruleName)}`, ''];
    if (p.description?.trim())
        lines.push(mdCodeBlock(p.description.trim()).trimEnd(), '');
    lines.push(`**Severity:** ${mdCode(p.severity)}  `);
    lines.push(`**Resource types:** ${p.resourceTypes.length ? p.resourceTypes.map((t) => mdCode(t)).join(', ') : 'all'}  `);
    if (p.runbook?.trim())
        lines.push('', '**Remediation**', '', mdCodeBlock(p.runbook.trim()).trimEnd());
    if (p.reference?.trim())
        lines.push('', `**Reference:** ${mdCode(p.reference.trim(), 2000)}`);
    const m = mappings(p);
    if (m.length)
        lines.push('', '**Mappings**', '', ...m.map((x) => `- ${mdCode(x)}`));
    lines.push('', `Policy ID: ${mdCode(p.policyId)}`);
    return lines.join('\n');
}
function fallbackMeta(c) {
    const props = (c.result.properties ?? {});
    return {
        policyId: c.ruleId,
        severity: props.severity ?? 'Info',
        resourceTypes: typeof props.resourceType === 'string' ? [props.resourceType] : [],
        tags: [],
        reports: {},
        specFile: '',
        pythonFile: '',
        enabled: true,
    };
}
function synthetic(id, name, short, full, level) {
    const rule = {
        id,
        name,
        shortDescription: { text: short },
        fullDescription: { text: full },
        help: { text: `${short}\n\n${full}`, markdown: `## ${short}\n\n${full}` },
        defaultConfiguration: { level },
        properties: { tags: ['palisade', 'correctness'], precision: 'high' },
    };
    return rule;
}
const syntheticRules = {
    [TEST_FAILED_RULE_ID]: synthetic(TEST_FAILED_RULE_ID, 'PolicyTestFailed', 'Policy test failed', 'A test in the policy spec did not get the expected result from policy() (or an auxiliary function raised in an alerting test).', 'error'),
    [INVALID_SPEC_RULE_ID]: synthetic(INVALID_SPEC_RULE_ID, 'InvalidPolicySpec', 'Invalid policy spec', 'The spec failed validation or the policy module could not be loaded; it did not run.', 'error'),
    [POLICY_ERROR_RULE_ID]: synthetic(POLICY_ERROR_RULE_ID, 'PolicyRuntimeError', 'Policy raised an error', 'The policy raised an exception (or read data that could not be collected), so no verdict was reached for this resource.', 'warning'),
};
// ---------------------------------------------------------------------------------------------
// Results
function cloudLocation(f) {
    return {
        physicalLocation: {
            artifactLocation: { uri: cloudPseudoPath(f) },
            region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        },
        logicalLocations: [
            {
                name: shortResourceId(f.resourceId, f.resourceType),
                fullyQualifiedName: f.resourceId,
                kind: 'resource',
            },
        ],
    };
}
function fileLocation(file, line, ctx) {
    return {
        physicalLocation: {
            artifactLocation: { uri: repoRelativeUri(file, ctx.sourceRoot) || 'unknown' },
            region: { startLine: Math.max(1, Math.floor(line || 1)) },
        },
    };
}
function findingProps(f) {
    const props = {
        accountId: f.accountId,
        region: f.region,
        resourceType: f.resourceType,
        resourceId: f.resourceId,
        severity: f.severity,
    };
    if (f.isNew !== undefined)
        props.isNew = f.isNew;
    return props;
}
function findingCandidate(f, meta) {
    const display = oneLine(meta?.displayName) || f.policyId;
    const title = oneLine(f.title) || `${display}: ${shortResourceId(f.resourceId, f.resourceType)}`;
    const where = `Resource ${f.resourceId} (${f.resourceType}) in account ${f.accountId}, region ${f.region}.`;
    const text = `${sentence(title)} ${where} Severity: ${f.severity}.`;
    const result = {
        ruleId: f.policyId,
        level: sarifLevel(f.severity),
        message: { text: sarifText(text) },
        locations: [cloudLocation(f)],
        partialFingerprints: { primaryLocationLineHash: f.fingerprint },
        properties: findingProps(f),
    };
    return { rank: 10 + severityRank(f.severity), ruleId: f.policyId, sortKey: sortKey(f), result };
}
function policyErrorCandidate(f, ctx) {
    const err = withoutRoot(sarif_lastLine(f.error), ctx.sourceRoot) || 'policy error';
    const text = `Policy ${f.policyId} could not evaluate ${f.resourceId}: ${err}. Account ${f.accountId}, region ${f.region}.`;
    const result = {
        ruleId: POLICY_ERROR_RULE_ID,
        level: 'warning',
        message: { text: sarifText(text) },
        locations: [cloudLocation(f)],
        partialFingerprints: { primaryLocationLineHash: f.fingerprint },
        properties: {
            ...findingProps(f),
            policyId: f.policyId,
            error: truncate(withoutRoot(f.error, ctx.sourceRoot), 4000),
        },
    };
    // Ranked below every FAIL so truncation never drops a real finding for an error.
    return { rank: 0, ruleId: POLICY_ERROR_RULE_ID, sortKey: sortKey(f), result };
}
function testCandidate(t, meta, ctx) {
    const py = t.pythonFile ?? meta?.pythonFile;
    const frame = t.status === 'ERROR' ? policyFrame(t.error, py) : null;
    const ruleId = frame ? POLICY_ERROR_RULE_ID : TEST_FAILED_RULE_ID;
    const err = withoutRoot(sarif_lastLine(t.error), ctx.sourceRoot);
    const text = `Test "${oneLine(t.name)}" of ${t.policyId} failed: expected policy() to return ${pyBool(t.expected)}, ` +
        `got ${t.actual === null ? 'no bool' : pyBool(t.actual)}.` +
        (err ? ` Error: ${err}` : '');
    const location = frame ? fileLocation(frame.file, frame.line, ctx) : fileLocation(t.specFile, t.line, ctx);
    const result = {
        ruleId,
        level: 'error',
        message: { text: sarifText(text) },
        locations: [location],
        properties: {
            policyId: t.policyId,
            testName: t.name,
            expected: t.expected,
            actual: t.actual,
            status: t.status,
        },
    };
    return { rank: 5, ruleId, sortKey: `${t.specFile}:${pad(t.line)}:${t.name}`, result };
}
function specErrorCandidate(e, metaById, ctx) {
    // A load error (import/syntax) carries a traceback: point at the .py line when we can.
    const py = e.id ? metaById.get(e.id)?.pythonFile : undefined;
    let frame = py ? policyFrame(e.message, py) : null;
    if (!frame) {
        const last = parseTraceback(e.message).pop();
        if (last && last.file.endsWith('.py') && !last.file.startsWith('<'))
            frame = last;
    }
    const location = frame ? fileLocation(frame.file, frame.line, ctx) : fileLocation(e.file, e.line, ctx);
    const text = `Invalid spec${e.id ? ` ${e.id}` : ''}: ${oneLine(withoutRoot(e.message, ctx.sourceRoot)) || 'invalid'}`;
    const result = {
        ruleId: INVALID_SPEC_RULE_ID,
        level: 'error',
        message: { text: sarifText(text) },
        locations: [location],
        properties: { file: repoPath(e.file, ctx.sourceRoot), line: e.line, ...(e.id ? { policyId: e.id } : {}) },
    };
    return { rank: 6, ruleId: INVALID_SPEC_RULE_ID, sortKey: `${e.file}:${pad(e.line)}`, result };
}
// ---------------------------------------------------------------------------------------------
// Collection errors and carry-forward
/** A list call failed: that (account, region, type) scope has no resources at all. */
function isScopeError(e) {
    return !e.resourceId;
}
function collectionNotification(e) {
    const scope = `${e.resourceType} in account ${e.accountId}, region ${e.region}`;
    const what = e.resourceId ? `${e.resourceId} (${scope})` : `${scope}: not collected`;
    const n = {
        level: 'error',
        message: { text: sarifText(`${e.code} on ${e.operation} for ${what}. ${oneLine(e.message)}`) },
        descriptor: { id: 'palisade/collection-error' },
        properties: {
            accountId: e.accountId,
            region: e.region,
            resourceType: e.resourceType,
            operation: e.operation,
            code: e.code,
            ...(e.resourceId ? { resourceId: e.resourceId } : {}),
            ...(e.fields?.length ? { fields: e.fields } : {}),
        },
    };
    return n;
}
function capNotifications(ns, max) {
    if (ns.length <= max)
        return ns;
    const more = {
        level: 'error',
        message: { text: `…and ${ns.length - (max - 1)} more collection errors (see results.json).` },
        descriptor: { id: 'palisade/collection-error' },
    };
    return [...ns.slice(0, max - 1), more];
}
function notCollectedProps(errors) {
    const scopes = errors.filter(isScopeError).map((e) => `${e.accountId}/${e.region}/${e.resourceType}`);
    return scopes.length ? { notCollected: [...new Set(scopes)].sort() } : {};
}
function scopeMatches(e, f) {
    // S3 and IAM are listed once per account: a "global" list failure covers every region.
    return e.resourceType === f.resourceType && (e.region === f.region || e.region === 'global');
}
/**
 * Baseline FAIL findings that this run could not see: their scope was not collected, or their
 * resource now only has an ERROR verdict. Uploading without them would close them as fixed.
 */
function carryForward(baseline, accountId, errors, current, presentAnywhere) {
    const scopeErrors = errors.filter(isScopeError);
    const errored = new Set(current.filter((f) => f.status === 'ERROR').map((f) => f.fingerprint));
    if (scopeErrors.length === 0 && errored.size === 0)
        return [];
    const failing = new Set(current.filter((f) => f.status === 'FAIL').map((f) => f.fingerprint));
    return (baseline.findings ?? [])
        .filter((b) => b.status === 'FAIL' &&
        b.accountId === accountId &&
        !failing.has(b.fingerprint) &&
        (errored.has(b.fingerprint) ||
            (!presentAnywhere.has(b.fingerprint) && scopeErrors.some((e) => scopeMatches(e, b)))))
        .map((b) => ({ ...b, isNew: false }));
}
// ---------------------------------------------------------------------------------------------
// Text helpers
function sentence(s) {
    return /[.!?]$/.test(s) ? s : `${s}.`;
}
function sarif_lastLine(s) {
    return truncate(lastLine(s), 500);
}
function isUrl(s) {
    return /^https?:\/\/\S+$/i.test(s);
}
function isIsoDate(s) {
    return !!s && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s);
}
/** Category segments must not contain '/', or the category boundary moves. */
function sanitizeSegment(s) {
    const v = s.trim().replace(/[/\s]+/g, '-');
    return v || 'all';
}
function sortKey(f) {
    return `${f.region}\u0000${f.resourceType}\u0000${f.resourceId}`;
}
function pad(n) {
    return String(n).padStart(8, '0');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts





const SUMMARY_MAX_BYTES = 900 * 1024;
const COMMENT_MAX_BYTES = 60_000;
function commentMarker(key) {
    // `--` would end the HTML comment early.
    return `<!-- palisade:comment key=${key.replace(/--+/g, '-').replace(/\s+/g, '_')} -->`;
}
function runUrlFromEnv(env = process.env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
    if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID)
        return undefined;
    return `${GITHUB_SERVER_URL || 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}
function renderSummary(results, opts = {}) {
    const max = opts.maxBytes ?? SUMMARY_MAX_BYTES;
    return assemble('', sections(view(results, opts), opts, 'summary'), footer(results, opts, 'summary'), max);
}
/** The PR comment: marker first (truncation can never remove it), run link last. */
function renderComment(results, opts) {
    const max = opts.maxBytes ?? COMMENT_MAX_BYTES;
    return assemble(`${commentMarker(opts.key)}\n`, sections(view(results, opts), opts, 'comment'), footer(results, opts, 'comment'), max);
}
function view(r, opts) {
    const fails = [];
    const errors = [];
    let baseline = false;
    for (const f of r.findings) {
        if (f.status === 'FAIL')
            fails.push(f);
        else if (f.status === 'ERROR')
            errors.push(f);
        if (f.isNew !== undefined)
            baseline = true;
    }
    const env = opts.env ?? process.env;
    const root = opts.sourceRoot ?? env.GITHUB_WORKSPACE ?? process.cwd();
    return { ...r, fails, errors, baseline, root };
}
/** A heading plus a table, or null when not even one row fits. */
function withTable(head, t) {
    return t ? head + t : null;
}
function assemble(prefix, parts, foot, max) {
    let out = prefix;
    const skipped = [];
    // Reserve room for the footer and a "sections left out" line.
    const reserve = bytes(foot) + 200;
    for (const s of parts) {
        const budget = max - bytes(out) - reserve;
        if (budget <= 0) {
            skipped.push(s.name);
            continue;
        }
        const text = s.render(budget);
        if (text === '')
            continue;
        if (text === null || bytes(text) > budget) {
            skipped.push(s.name);
            continue;
        }
        out += text.endsWith('\n\n') ? text : text.replace(/\n*$/, '\n\n');
    }
    if (skipped.length)
        out += `_Left out for size: ${skipped.join(', ')} (see results.json artifact)._\n\n`;
    out += foot;
    return bytes(out) <= max ? out : cutBytes(out, max);
}
function sections(r, opts, kind) {
    const compact = kind === 'comment';
    const rowsPerTable = compact ? 15 : Infinity;
    const list = [
        { name: 'verdict', render: () => verdict(r, opts.gate) },
        { name: 'partial', render: () => partialBanner(r) },
    ];
    if (r.mode === 'test') {
        list.push({ name: 'tests', render: () => testCounts(r) });
        list.push({ name: 'failing tests', render: (b) => failingTests(r, b, rowsPerTable, !compact) });
        list.push({ name: 'invalid specs', render: (b) => specErrors(r, b, rowsPerTable) });
    }
    else {
        list.push({ name: 'counts', render: (b) => severityCounts(r, b, !compact) });
        if (!compact)
            list.push({ name: 'accounts', render: (b) => byAccountRegion(r, b) });
        list.push({ name: 'not collected', render: (b) => notCollected(r, b, rowsPerTable) });
        list.push({ name: 'failing policies', render: (b) => failingPolicies(r, b, compact) });
        list.push({ name: 'policy errors', render: (b) => policyErrors(r, b, rowsPerTable) });
        list.push({ name: 'collection errors', render: (b) => collectionErrors(r, b, rowsPerTable) });
        list.push({ name: 'invalid specs', render: (b) => specErrors(r, b, rowsPerTable) });
    }
    list.push({ name: 'notes', render: (b) => notes(r, opts, b, compact) });
    return list;
}
function verdict(r, gate) {
    const what = r.mode === 'test' ? 'policy tests' : r.mode === 'evaluate' ? 'evaluate' : 'scan';
    let head;
    if (!gate)
        head = `## Palisade ${what}: results`;
    else if (gate.gate === 'pass')
        head = `## ✅ Palisade ${what}: passed`;
    else if (gate.gate === 'soft-fail')
        head = `## ⚠️ Palisade ${what}: gate failed (soft-fail, exit 0)`;
    else
        head = `## ❌ Palisade ${what}: gate failed`;
    const lines = [head, ''];
    // Palisade's own sentences: counts and the validated fail-on value, nothing from a repository.
    if (gate?.reasons.length)
        lines.push(...gate.reasons.map((x) => `- ${x}`), '');
    lines.push(stats(r, gate));
    return lines.join('\n') + '\n';
}
function stats(r, gate) {
    if (r.mode === 'test') {
        const failed = r.tests.filter(isFailedTest).length;
        const policies = new Set(r.tests.map((t) => t.policyId)).size;
        return `**${r.tests.length}** tests in **${policies}** policies · **${failed}** failed · **${r.specErrors.length}** invalid specs`;
    }
    const accounts = new Set([
        ...r.findings.map((f) => f.accountId),
        ...(r.snapshot?.accounts ?? []).map((a) => a.id),
    ]);
    const parts = [
        `**${r.fails.length}** failing findings`,
        gate && r.baseline ? `**${gate.newFindings}** new` : '',
        `**${r.errors.length}** policy errors`,
        `**${r.collectionErrors.length}** collection errors`,
        `${r.policies.length} policies`,
        r.stats
            ? `${r.stats.resources} resources · ${r.stats.evaluations} evaluations (${r.stats.passed} passed)`
            : '',
        `${accounts.size} account(s)`,
    ].filter(Boolean);
    return parts.join(' · ');
}
function partialBanner(r) {
    if (!r.partial)
        return '';
    const scopes = r.collectionErrors.filter(isScopeError).length;
    const detail = scopes
        ? `${scopes} scope(s) were **not collected**; they are not "0 findings".`
        : 'Some data could not be collected or evaluated.';
    return `> [!WARNING]\n> **Partial results.** ${detail} See the errors below.\n`;
}
function severityCounts(r, budget, charts) {
    const { fails, baseline } = r;
    if (fails.length === 0)
        return '### Findings by severity\n\nNo failing findings.\n';
    const counts = emptySeverityCounts();
    const fresh = emptySeverityCounts();
    let newTotal = 0;
    for (const f of fails) {
        counts[f.severity]++;
        if (f.isNew) {
            fresh[f.severity]++;
            newTotal++;
        }
    }
    const headers = baseline ? ['Severity', 'Findings', 'New'] : ['Severity', 'Findings'];
    const rows = SEVERITIES_DESC.map((s) => baseline
        ? [`${icon(s)} ${s}`, String(counts[s]), String(fresh[s])]
        : [`${icon(s)} ${s}`, String(counts[s])]);
    let out = `### Findings by severity\n\n${table(headers, rows, { budget })}\n`;
    if (charts) {
        out += pie('Findings by severity', SEVERITIES_DESC.map((s) => [s, counts[s]]));
        if (baseline) {
            out +=
                '\n' +
                    pie('New vs baseline', [
                        ['New', newTotal],
                        ['In baseline', fails.length - newTotal],
                    ]);
        }
    }
    return bytes(out) <= budget
        ? out
        : `### Findings by severity\n\n${table(headers, rows, { budget: budget - 40 })}`;
}
function byAccountRegion(r, budget) {
    const groups = new Map();
    for (const f of r.fails) {
        const label = scopeLabel(f);
        groups.set(label, (groups.get(label) ?? 0) + 1);
    }
    if (groups.size < 2)
        return '';
    const sorted = [...groups.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
    const top = sorted.slice(0, 9);
    const rest = sorted.slice(9).reduce((n, [, v]) => n + v, 0);
    const slices = rest ? [...top, ['other', rest]] : top;
    const rows = sorted.map(([k, v]) => [mdCell(k), String(v)]);
    const head = '### Findings by account and region\n\n';
    const chart = pie('Findings by account / region', slices.map(([k, v]) => [chartLabel(k), v]));
    return withTable(head + chart + '\n', table(['Account / region', 'Findings'], rows, { budget: budget - bytes(head + chart) - 2 }));
}
function notCollected(r, budget, maxRows) {
    const scopes = r.collectionErrors.filter(isScopeError);
    if (scopes.length === 0)
        return '';
    const head = '### Not collected\n\nThese scopes could not be listed, so their findings are unknown (not zero):\n\n';
    const rows = scopes.map((e) => [
        mdCell(e.accountId),
        mdCell(e.region),
        mdCell(e.resourceType),
        '**not collected**',
        mdCell(`${e.code} on ${e.operation}`),
    ]);
    return withTable(head, table(['Account', 'Region', 'Resource type', 'Status', 'Error'], rows, {
        budget: budget - bytes(head),
        maxRows,
    }));
}
function failingPolicies(r, budget, compact) {
    if (r.fails.length === 0)
        return '';
    const meta = new Map(r.policies.map((p) => [p.policyId, p]));
    const byPolicy = new Map();
    for (const f of r.fails) {
        const g = byPolicy.get(f.policyId);
        if (!g)
            byPolicy.set(f.policyId, { findings: [f], worst: f.severity });
        else {
            g.findings.push(f);
            if (severityRank(f.severity) > severityRank(g.worst))
                g.worst = f.severity;
        }
    }
    const policies = [...byPolicy.entries()].sort((a, b) => severityRank(b[1].worst) - severityRank(a[1].worst) ||
        b[1].findings.length - a[1].findings.length ||
        cmp(a[0], b[0]));
    const baseline = r.baseline;
    const headers = ['Account', 'Region', 'Resource', 'Severity', 'Title', ...(baseline ? ['New'] : [])];
    let out = '### Failing policies\n\n';
    let shown = 0;
    const perPolicyRows = compact ? 10 : Infinity;
    for (const [id, { findings, worst }] of policies) {
        const heading = policyHeading(id, meta.get(id), findings, worst);
        const remaining = budget - bytes(out) - bytes(heading) - 120;
        if (remaining < 300)
            break;
        const t = table(headers, groupedRows(findings, baseline), { budget: remaining, maxRows: perPolicyRows });
        if (!t)
            break;
        out += heading + t + '\n';
        shown++;
    }
    if (shown === 0)
        return null;
    if (shown < policies.length)
        out += `_…and ${policies.length - shown} more failing policies (see results.json artifact)_\n`;
    return out;
}
function policyHeading(id, p, findings, worst) {
    const name = p?.displayName ? `${mdCode(p.displayName)} (${mdCode(id)})` : mdCode(id);
    let newCount = 0;
    for (const f of findings)
        if (f.isNew)
            newCount++;
    const extra = newCount ? `, ${newCount} new` : '';
    return `#### ${icon(worst)} ${name}: ${findings.length} resource(s)${extra}\n\n`;
}
/** Rows sorted by account, region; the account/region shown once per group so groups read as blocks. */
function groupedRows(findings, baseline) {
    const sorted = [...findings].sort((a, b) => cmp(a.accountId, b.accountId) ||
        cmp(a.region, b.region) ||
        severityRank(b.severity) - severityRank(a.severity) ||
        cmp(a.resourceId, b.resourceId));
    let prev = '';
    return sorted.map((f) => {
        const group = `${f.accountId}\u0000${f.region}`;
        const first = group !== prev;
        prev = group;
        return [
            first ? mdCell(f.accountId) : '',
            first ? mdCell(f.region) : '',
            mdCell(f.resourceId),
            `${icon(f.severity)} ${f.severity}`,
            mdCell(f.title, 200),
            ...(baseline ? [f.isNew ? '🆕 new' : ''] : []),
        ];
    });
}
function policyErrors(r, budget, maxRows) {
    const errs = r.errors;
    if (errs.length === 0)
        return '';
    const head = '### Policy errors\n\nNo verdict was reached for these resources:\n\n';
    const rows = errs.map((f) => [
        mdCell(f.policyId),
        mdCell(f.accountId),
        mdCell(f.region),
        mdCell(f.resourceId),
        mdCell(withoutRoot(lastLine(f.error), r.root), 300),
    ]);
    return withTable(head, table(['Policy', 'Account', 'Region', 'Resource', 'Error'], rows, {
        budget: budget - bytes(head),
        maxRows,
    }));
}
function collectionErrors(r, budget, maxRows) {
    if (r.collectionErrors.length === 0)
        return '';
    const head = '### Collection errors\n\n';
    const rows = r.collectionErrors.map((e) => [
        mdCell(e.accountId),
        mdCell(e.region),
        mdCell(e.resourceType),
        e.resourceId ? mdCell(e.resourceId) : '**not collected**',
        mdCell(e.operation),
        mdCell(e.code),
        mdCell(e.message, 300),
    ]);
    return withTable(head, table(['Account', 'Region', 'Type', 'Resource', 'Operation', 'Code', 'Message'], rows, {
        budget: budget - bytes(head),
        maxRows,
    }));
}
function specErrors(r, budget, maxRows) {
    if (r.specErrors.length === 0)
        return '';
    const head = '### Invalid specs\n\n';
    const rows = r.specErrors.map((e) => [
        mdCell(`${repoPath(e.file, r.root)}:${e.line}`),
        e.id ? mdCell(e.id) : '',
        mdCell(withoutRoot(e.message, r.root), 400),
    ]);
    return withTable(head, table(['File', 'Policy', 'Error'], rows, { budget: budget - bytes(head), maxRows }));
}
function testCounts(r) {
    const by = { PASS: 0, FAIL: 0, ERROR: 0, SKIP: 0 };
    for (const t of r.tests)
        by[t.status] = (by[t.status] ?? 0) + 1;
    const failedPolicies = new Set(r.tests.filter(isFailedTest).map((t) => t.policyId)).size;
    const rows = [
        ['✅ Passed', String(by.PASS)],
        ['❌ Failed', String(by.FAIL)],
        ['💥 Errored', String(by.ERROR)],
        ['⏭️ Skipped', String(by.SKIP)],
        ['Policies with a failing test', String(failedPolicies)],
        ['Invalid specs', String(r.specErrors.length)],
    ];
    return '### Tests\n\n' + table(['Outcome', 'Count'], rows, { budget: 10_000 });
}
function failingTests(r, budget, maxRows, details) {
    const failed = r.tests.filter(isFailedTest);
    if (failed.length === 0)
        return '';
    const head = '### Failing tests\n\n';
    const rows = failed.map((t) => [
        mdCell(t.policyId),
        mdCell(t.name, 200),
        pyBool(t.expected),
        t.actual === null ? '—' : pyBool(t.actual),
        mdCell(withoutRoot(lastLine(t.error), r.root), 300),
        mdCell(`${repoPath(t.specFile, r.root)}:${t.line}`),
    ]);
    const t = table(['Policy', 'Test', 'Expected', 'Actual', 'Error', 'Location'], rows, {
        budget: Math.floor((budget - bytes(head)) * (details ? 0.5 : 1)),
        maxRows,
    });
    if (!t)
        return null;
    let out = head + t;
    if (details) {
        for (const [i, t] of failed.entries()) {
            const d = testDetails(t, r.root);
            if (bytes(out) + bytes(d) + 200 > budget) {
                out += `\n_…and ${failed.length - i} more test details (see results.json artifact)_\n`;
                break;
            }
            out += '\n' + d;
        }
    }
    return out;
}
function testDetails(t, root) {
    const lines = [
        `expected: ${pyBool(t.expected)}`,
        `actual:   ${t.actual === null ? 'None/non-bool' : pyBool(t.actual)}`,
    ];
    for (const [fn, o] of Object.entries(t.functions ?? {})) {
        if (o.error)
            lines.push(`${fn}(): raised ${o.error}`);
        else
            lines.push(`${fn}(): ${cutBytes(JSON.stringify(o.output) ?? 'None', 500)}`);
    }
    if (t.error)
        lines.push('', cutBytes(t.error, 4000));
    if (t.output)
        lines.push('', '--- output ---', cutBytes(t.output, 2000));
    // <summary> is raw HTML (no markdown inside): <code>, not code spans.
    return (`<details><summary>${htmlCode(t.policyId)}: ${htmlCode(t.name)}</summary>\n\n` +
        mdCodeBlock(withoutRoot(lines.join('\n'), root)) +
        '\n</details>\n');
}
function notes(r, opts, budget, compact) {
    const all = [...(opts.sarifNotes ?? []), ...(compact ? [] : r.notices)];
    if (all.length === 0)
        return '';
    let out = '### Notes\n\n';
    for (const [i, n] of all.entries()) {
        // Notices quote PolicyIDs, paths and refs: the whole line is shown as code.
        const line = `- ${mdCode(n, 2000)}\n`;
        if (bytes(out) + bytes(line) + 80 > budget) {
            out += `- _…and ${all.length - i} more (see results.json artifact)_\n`;
            break;
        }
        out += line;
    }
    return out;
}
function footer(r, opts, kind) {
    const url = opts.runUrl ?? runUrlFromEnv(opts.env ?? process.env);
    const run = url ? `[workflow run](${url})` : 'this run';
    const where = kind === 'comment' ? 'Full details in the job summary and the results.json artifact of' : 'Details of';
    return `---\n<sub>${where} ${run} · Palisade ${versionLabel(r.tool?.version)}</sub>\n`;
}
// ---------------------------------------------------------------------------------------------
function isFailedTest(t) {
    return !t.passed && t.status !== 'SKIP';
}
function scopeLabel(f) {
    return `${f.accountId} / ${f.region}`;
}
const ICONS = new Map([
    ['Critical', '🟥'],
    ['High', '🟧'],
    ['Medium', '🟨'],
    ['Low', '🟦'],
    ['Info', '⬜'],
]);
function icon(s) {
    return ICONS.get(s) ?? '';
}
/** A merged results.json names the version: show it only when it looks like one. */
function versionLabel(v) {
    return v && /^[\w.+-]{1,40}$/.test(v) ? v : '';
}
/** Mermaid pie labels: account ids and regions, kept to characters that cannot mean anything there. */
function chartLabel(s) {
    return s.replace(/[^\w .:/-]/g, '_');
}

// EXTERNAL MODULE: ./src/report/secrets.ts + 1 modules
var secrets = __nccwpck_require__(4694);
;// CONCATENATED MODULE: ./src/report/write.ts
/**
 * Write every report for a run: results.json, the SARIF file and the summary. Each is attempted
 * even when another failed (§4: "write it even when everything else fails"); failures come back
 * as warnings, never as exceptions, so the caller can still set outputs and the verdict.
 *
 * The exception: a report whose text holds a known secret (./secrets.ts) is refused, not written
 * (issue 9 item 5, "refuse rather than publish"); it comes back in `refused` and fails the run.
 */






async function writeReports(results, opts = {}) {
    const env = opts.env ?? process.env;
    const dir = opts.outputDir ?? 'out';
    const warnings = [];
    const refused = [];
    const out = {
        resultsFile: null,
        sarifFile: null,
        summaryFile: null,
        summary: '',
        sarif: null,
        warnings,
        refused,
    };
    (0,secrets/* registerEnvironmentSecrets */.QQ)(env);
    /** True when `text` holds a known secret: nothing of it is published, not even an older file. */
    const withheld = async (report, text, file) => {
        const reason = (0,secrets/* refusalReason */.b)(report, text);
        if (!reason)
            return false;
        refused.push(reason);
        warnings.push(reason);
        // An older run's file would pass for this run's report; failing to remove it leaks nothing.
        if (file)
            await (0,promises_.rm)(file, { force: true }).catch(() => undefined);
        return true;
    };
    // Any collection error or ERROR verdict makes the run partial, whatever the producer said.
    const marked = { ...results, partial: results.partial || isPartial(results) };
    const resultsFile = opts.resultsFile ?? external_node_path_default().join(dir, 'results.json');
    await attempt(warnings, `results.json (${resultsFile})`, async () => {
        const text = serializeResults(marked);
        if (await withheld('results.json', text, resultsFile))
            return;
        await ensureDir(resultsFile);
        await (0,promises_.writeFile)(resultsFile, text, 'utf8');
        out.resultsFile = resultsFile;
    });
    const sarifFile = opts.sarifFile === undefined ? external_node_path_default().join(dir, 'results.sarif') : opts.sarifFile;
    if (sarifFile) {
        await attempt(warnings, `SARIF (${sarifFile})`, async () => {
            const build = buildSarif(marked, { env, ...opts.sarif });
            const text = JSON.stringify(build.log, null, 2) + '\n';
            if (await withheld('SARIF', text, sarifFile))
                return;
            out.sarif = build;
            await ensureDir(sarifFile);
            await (0,promises_.writeFile)(sarifFile, text, 'utf8');
            out.sarifFile = sarifFile;
        });
    }
    let summary = '';
    try {
        // The summary's verdict already counts the reports refused above: the run will fail on them.
        const gate = opts.gate && (0,secrets/* failOnRefusals */.jD)(opts.gate, refused);
        summary = renderSummary(marked, { gate, sarifNotes: out.sarif?.notes, env });
    }
    catch (e) {
        warnings.push(`summary could not be rendered: ${e.message}`);
        summary = `## Palisade: ${opts.gate?.gate ?? 'results'}\n\nThe summary could not be rendered; see results.json.\n`;
    }
    if (opts.commentFallback) {
        summary += `\n<details><summary>PR comment (could not be posted)</summary>\n\n${stripMarker(opts.commentFallback)}\n\n</details>\n`;
    }
    const summaryFile = opts.summaryFile === undefined ? external_node_path_default().join(dir, 'summary.md') : opts.summaryFile;
    // One check for summary.md and the job summary: they are the same text.
    if (await withheld('summary', summary, summaryFile))
        return out;
    out.summary = summary;
    if (summaryFile) {
        await attempt(warnings, `summary (${summaryFile})`, async () => {
            await ensureDir(summaryFile);
            await (0,promises_.writeFile)(summaryFile, summary, 'utf8');
            out.summaryFile = summaryFile;
        });
    }
    const step = opts.stepSummaryFile === undefined ? env.GITHUB_STEP_SUMMARY : opts.stepSummaryFile;
    if (step)
        await attempt(warnings, `job summary (${step})`, () => (0,promises_.appendFile)(step, summary + '\n', 'utf8'));
    return out;
}
function isPartial(r) {
    return (r.collectionErrors.length > 0 || r.findings.some((f) => f.status === 'ERROR') || !!r.snapshot?.partial);
}
async function attempt(warnings, what, fn) {
    try {
        await fn();
    }
    catch (e) {
        warnings.push(`could not write ${what}: ${e.message}`);
    }
}
async function ensureDir(file) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
}
function stripMarker(body) {
    return body.replace(/^<!-- palisade:comment [^>]*-->\n?/, '');
}

;// CONCATENATED MODULE: ./src/pipeline.ts
/**
 * The pipeline of architecture.md as plain function calls over plain data:
 * inputs → (scan | snapshot file | policy Tests) → evaluate → Results → report → gate.
 * Both doors (CLI, action) call runPipeline; neither report nor gate knows which door it was.
 */



















/**
 * PALISADE_TIMINGS=1: start-up/critical-path marks (ms since this process started) on stderr,
 * including the sandbox child's and worker's own marks. Diagnostics only.
 */
const pipeline_TIMINGS = process.env.PALISADE_TIMINGS === '1';
const marks = [];
function mark(label) {
    if (pipeline_TIMINGS)
        marks.push([label, performance.now()]);
}
function printTimings(sandbox) {
    if (!pipeline_TIMINGS)
        return;
    mark('done');
    const lines = marks.map(([l, t]) => `  ${t.toFixed(1).padStart(8)} ms  ${l}`);
    const info = sandbox instanceof PyodideSandbox ? sandbox.readyInfo : null;
    if (info) {
        lines.push(`  sandbox: fromSnapshot=${info.fromSnapshot}, start() -> ready ${info.startupMs.toFixed(1)} ms`);
        // Epoch-based marks from the child/worker, shown on this process's clock.
        const at = (epochMs) => (epochMs - performance.timeOrigin).toFixed(1).padStart(8);
        const timed = [];
        for (const [k, v] of Object.entries(info.timings)) {
            if (k.startsWith('at.'))
                timed.push([k.slice(3), v]);
            else
                lines.push(`      worker ${k}: ${v.toFixed(1)} ms`);
        }
        for (const [k, v] of [...timed, ...sandbox.timeline].sort((a, b) => a[1] - b[1]))
            lines.push(`  ${at(v)} ms  [sandbox] ${k}`);
    }
    process.stderr.write(`[palisade timings]\n${lines.join('\n')}\n`);
}
/** The built-in library: `policies/` beside the bundle (dist/) or at the repository root (source). */
function builtinPoliciesDir() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const candidate of [external_node_path_default().join(here, 'policies'), external_node_path_default().join(here, '..', 'policies')]) {
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
    }
    throw new Error(`built-in policies not found next to ${here}`);
}
function startSandbox(opts, ctx) {
    if (ctx.makeSandbox)
        return ctx.makeSandbox(opts);
    return PyodideSandbox.start({
        timeoutMs: opts.timeoutMs,
        requestTimeoutMs: opts.requestTimeoutMs,
        memoryCapMiB: opts.memoryMb,
    });
}
function policyMeta(p) {
    return {
        policyId: p.policyId,
        displayName: p.displayName,
        description: p.description,
        severity: p.severity,
        resourceTypes: p.resourceTypes,
        runbook: p.runbook,
        reference: p.reference,
        tags: p.tags,
        reports: p.reports,
        specFile: p.specFile,
        pythonFile: p.pythonFile,
        enabled: p.enabled,
    };
}
/**
 * Spec errors name their file the same way whichever stage found them (the walk, the sandbox load,
 * the coverage check): relative to the working directory when inside it, as the user typed paths.
 */
function specErrorsRelativeTo(cwd, errors) {
    return errors.map((e) => ({ ...e, file: displayPath(external_node_path_default().resolve(cwd, e.file), cwd) }));
}
/** Test mode: validate a detection repository and run every policy's Tests. */
async function runTests(opts, ctx, sandboxes) {
    const results = emptyResults('test', new Date().toISOString(), VERSION);
    const filters = parseFilters(opts.filters);
    const loaded = await loadRepository(opts.paths, {
        cwd: ctx.cwd,
        ignoreFiles: opts.ignoreFiles,
        ignoreExtraKeys: opts.ignoreExtraKeys,
    });
    mark('repository loaded');
    const repo = applyFilters(loaded, filters);
    // Invalid specs are found before filters and fail the run even when filtered out (policy-format §6);
    // applyFilters keeps every load error and re-checks packs against what the filters left.
    results.specErrors.push(...specErrorsRelativeTo(ctx.cwd, repo.errors));
    results.notices.push(...repo.notices);
    if (loaded.otherItems > 0)
        results.notices.push(`${loaded.otherItems} other analysis items ignored (rules, queries, data models, ...)`);
    let policies = repo.policies;
    if (loaded.policies.length === 0 && loaded.errors.length === 0) {
        results.specErrors.push({
            file: opts.paths.join(', '),
            line: 1,
            message: `Nothing to test in ${opts.paths.join(', ')}`,
        });
    }
    else if (policies.length === 0 && loaded.policies.length > 0) {
        results.specErrors.push({
            file: opts.paths.join(', '),
            line: 1,
            message: `No analysis in ${opts.paths.join(', ')} matched filters ${opts.filters.join(' ')}`,
        });
    }
    const changed = ctx.changedSince ? changedFiles(ctx) : null;
    if (changed) {
        const selection = selectChangedPolicies({ ...repo, policies }, changed.files, changed.root);
        policies = selection.selected;
        results.selection = { mode: 'changed', reasons: selection.reasons };
        if (policies.length === 0)
            results.notices.push(`No policy changed since ${ctx.changedSince}: nothing to test.`);
    }
    else if (ctx.changedSince) {
        results.notices.push(`Could not list the files changed since ${ctx.changedSince} (shallow clone?): testing every policy.`);
    }
    // runPolicyTests reports disabled policies' tests as SKIP itself under --skip-disabled-tests.
    const outcome = await runPolicyTests({ ...repo, policies }, sandboxes, {
        minimumTests: opts.minimumTests,
        skipDisabled: opts.skipDisabledTests,
        testNames: opts.testNames,
        availableDestinations: opts.availableDestinations,
        relativeTo: ctx.cwd,
    });
    mark('tests run');
    results.tests = outcome.tests;
    results.specErrors.push(...specErrorsRelativeTo(ctx.cwd, outcome.specErrors));
    results.policies = policies.map(policyMeta);
    return results;
}
function changedFiles(ctx) {
    try {
        return { root: gitTopLevel(ctx.cwd), files: changedFilesSince(ctx.changedSince, ctx.cwd) };
    }
    catch (err) {
        if (!ctx.changedSinceFallback)
            throw err;
        ctx.warn(`cannot compare with ${ctx.changedSince}: ${err.message}`);
        return null;
    }
}
function markBuiltin(repo) {
    for (const p of repo.policies)
        p.origin = 'builtin';
    for (const g of repo.globals)
        g.origin = 'builtin';
    return repo;
}
/**
 * Policies for evaluate/scan: the built-in library plus the user's directories. A user policy
 * with a built-in's PolicyID replaces it (so teams can tune ours) rather than conflicting.
 */
async function loadPolicyLibrary(opts, ctx) {
    const notices = [];
    const user = opts.policyDirs.length > 0 ? await loadRepository(opts.policyDirs, { cwd: ctx.cwd }) : null;
    const builtin = opts.builtinPolicies
        ? markBuiltin(await loadRepository([builtinPoliciesDir()], { cwd: ctx.cwd }))
        : null;
    if (!user && !builtin)
        throw new UsageError('no policies: give --policies DIR or keep the built-in library');
    if (!user)
        return { repo: builtin, notices };
    if (!builtin)
        return { repo: user, notices };
    const userIds = new Set(user.policies.map((p) => p.policyId));
    const replaced = builtin.policies.filter((p) => userIds.has(p.policyId));
    if (replaced.length > 0)
        notices.push(`Your policies replace ${replaced.length} built-in one(s): ${replaced.map((p) => p.policyId).join(', ')}`);
    return {
        repo: {
            ...user,
            policies: [...builtin.policies.filter((p) => !userIds.has(p.policyId)), ...user.policies],
            // Both lists: the built-in policies import only the built-in globals (their own interpreter);
            // the repository's policies see its globals first (the first of an id wins in the harness).
            globals: [...user.globals, ...builtin.globals],
            errors: [...builtin.errors, ...user.errors],
            notices: [...builtin.notices, ...user.notices],
        },
        notices,
    };
}
async function runEvaluate(opts, ctx, sandbox, snapshotPromise) {
    const started = new Date().toISOString();
    const results = emptyResults(opts.mode === 'scan' ? 'scan' : 'evaluate', started, VERSION);
    // Policies load while the scan runs: nothing waits that need not.
    const [library, snapshot] = await Promise.all([
        loadPolicyLibrary(opts, ctx).finally(() => mark('policy library loaded')),
        snapshotPromise.finally(() => mark('snapshot read')),
    ]);
    const { repo } = library;
    results.notices.push(...library.notices);
    results.specErrors.push(...specErrorsRelativeTo(ctx.cwd, repo.errors));
    const policies = repo.policies.filter((p) => p.enabled);
    const outcome = await evaluateSnapshot(snapshot, policies, sandbox, {
        globals: repo.globals,
        relativeTo: ctx.cwd,
        batchSize: opts.batchSize,
        includePassed: opts.includePassed,
        onProgress: ctx.progress ? (done, total) => ctx.progress('Evaluating', done, total) : undefined,
    });
    mark('evaluated');
    results.findings = outcome.findings;
    results.stats = outcome.stats;
    results.specErrors.push(...specErrorsRelativeTo(ctx.cwd, outcome.specErrors));
    results.collectionErrors = snapshot.errors;
    results.snapshot = snapshot.metadata;
    results.policies = policies.map(policyMeta);
    results.shard = opts.shard;
    return results;
}
async function readSnapshot(file) {
    try {
        return await loadSnapshotFile(file);
    }
    catch (err) {
        throw new UsageError(`cannot read snapshot ${file}: ${err.message}`);
    }
}
/**
 * Shard results to merge: a results.json file, a directory holding one, or a parent directory
 * whose immediate subdirectories hold them (what actions/download-artifact leaves behind).
 */
async function findShardResults(inputs) {
    const files = [];
    for (const input of inputs) {
        const own = external_node_path_default().join(input, 'results.json');
        if ((0,external_node_fs_.existsSync)(own))
            files.push(own);
        else if ((0,external_node_fs_.existsSync)(input) && (await (0,promises_.stat)(input)).isFile())
            files.push(input);
        else if ((0,external_node_fs_.existsSync)(input)) {
            const subdirs = (await (0,promises_.readdir)(input, { withFileTypes: true }))
                .filter((d) => d.isDirectory())
                .map((d) => d.name);
            const found = subdirs
                .sort()
                .map((d) => external_node_path_default().join(input, d, 'results.json'))
                .filter((f) => (0,external_node_fs_.existsSync)(f));
            if (found.length === 0)
                throw new UsageError(`no results.json in ${input} or its subdirectories`);
            files.push(...found);
        }
        else
            throw new UsageError(`no results.json at ${input}`);
    }
    return files;
}
async function runReport(opts) {
    const files = await findShardResults(opts.mergeInputs);
    const shards = await Promise.all(files.map((f) => readResultsJson(f)));
    return mergeResults(shards);
}
async function runPipeline(opts, ctx) {
    const needsSandbox = opts.mode !== 'report';
    mark('runPipeline');
    // Start pyodide first: it is the slowest thing, and everything else overlaps with it.
    const sandbox = needsSandbox ? startSandbox(opts, ctx) : null;
    // `test` spreads policies over `jobs` sandboxes, all booting now, alongside the first.
    const testPool = opts.mode === 'test' && sandbox
        ? [sandbox, ...Array.from({ length: Math.max(0, opts.jobs - 1) }, () => startSandbox(opts, ctx))]
        : [];
    // Built-in and repository policies never share an interpreter (docs/security.md): a second
    // sandbox, booting alongside the first, runs the repository's policies on the other core.
    const repoSandbox = needsSandbox && opts.mode !== 'test' && opts.builtinPolicies && opts.policyDirs.length > 0
        ? startSandbox(opts, ctx)
        : null;
    mark('sandbox spawned');
    // Reports withheld because they hold a known secret (report/secrets.ts): the run fails on them.
    (0,secrets/* registerEnvironmentSecrets */.QQ)(ctx.env);
    const refused = [];
    try {
        let results;
        if (opts.mode === 'test')
            results = await runTests(opts, ctx, testPool);
        else if (opts.mode === 'report')
            results = await runReport(opts);
        else {
            const snapshotPromise = opts.mode === 'scan' ? scanAndKeep(opts, ctx, refused) : readSnapshot(opts.snapshotFile);
            const sandboxFor = (domain) => (domain === 'repository' && repoSandbox) || sandbox;
            results = await runEvaluate(opts, ctx, sandboxFor, snapshotPromise);
        }
        results.finishedAt = new Date().toISOString();
        const baseline = opts.baseline ? await readBaseline(opts.baseline) : null;
        results = applyBaseline(results, baseline);
        let gate = evaluateGate(results, {
            failOn: opts.failOn,
            softFail: opts.softFail,
            baseline,
            failOnError: opts.failOnError,
        });
        const commentFallback = ctx.beforeWrite
            ? await (0,secrets/* recordingRefusal */.e_)(refused, () => ctx.beforeWrite(results, gate))
            : undefined;
        const written = await writeReports(results, {
            outputDir: opts.outputDir,
            resultsFile: opts.resultsFile,
            sarifFile: opts.sarifFile,
            gate: (0,secrets/* failOnRefusals */.jD)(gate, refused),
            sarif: { baseline, shard: opts.shard, sourceRoot: ctx.env.GITHUB_WORKSPACE ?? ctx.cwd },
            commentFallback,
            env: ctx.env,
        });
        for (const w of [...refused, ...written.warnings])
            ctx.warn(w);
        gate = (0,secrets/* failOnRefusals */.jD)(gate, [...refused, ...written.refused]);
        mark('reports written');
        return { results, gate, written };
    }
    finally {
        await Promise.all([sandbox?.close(), repoSandbox?.close(), ...testPool.map((s) => s.close())]);
        mark('sandbox closed');
        printTimings(sandbox);
    }
}
async function readBaseline(file) {
    try {
        return await readResultsJson(file);
    }
    catch (err) {
        throw new UsageError(`cannot read baseline ${file}: ${err.message}`);
    }
}
async function scanAndKeep(opts, ctx, refused) {
    if (!ctx.scan)
        throw new UsageError('scan is not available in this build');
    const snapshot = await ctx.scan(opts);
    if (opts.snapshotOut) {
        const text = JSON.stringify(snapshot, null, 2) + '\n';
        const reason = (0,secrets/* refusalReason */.b)('snapshot', text);
        if (reason) {
            refused.push(reason);
            // As write.ts does: an older scan's file must not pass for this one.
            await (0,promises_.rm)(opts.snapshotOut, { force: true }).catch(() => undefined);
        }
        else {
            await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(opts.snapshotOut)), { recursive: true });
            await (0,promises_.writeFile)(opts.snapshotOut, text, 'utf8');
        }
    }
    return snapshot;
}

;// CONCATENATED MODULE: ./src/scan-options.ts

/** Raised when the scan cannot run by design (fork pull requests have no OIDC token). */
class ScanSkipped extends Error {
    name = 'ScanSkipped';
}
async function scanForOptions(opts, env = process.env) {
    // Loaded on demand: the AWS SDK is most of the bundle, and `test`/`evaluate`/`report` never
    // need it (it would only delay the start of the policy sandbox).
    const { CredentialError, homeRegionOf, resolveCredentials, runScan, ScanConfigError, ScanError } = await Promise.all(/* import() */[__nccwpck_require__.e(13), __nccwpck_require__.e(0)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5000));
    const s = opts.scan;
    const homeRegion = homeRegionOf(s.awsRegion, env);
    try {
        const creds = await resolveCredentials({
            roleToAssume: s.roleToAssume,
            awsRegion: homeRegion,
            audience: s.audience,
            roleSessionName: s.roleSessionName,
            roleDurationSeconds: s.roleDurationSeconds,
            env,
        });
        if (creds.kind === 'skip')
            throw new ScanSkipped(creds.message);
        return await runScan({
            credentials: creds.credentials,
            homeRegion,
            accounts: s.accounts,
            memberRoleName: s.memberRoleName,
            discoverOrganization: s.organizations,
            roleSessionName: s.roleSessionName,
            regions: s.regions,
            excludeRegions: s.excludeRegions,
            resourceTypes: s.resourceTypes,
            excludeResourceTypes: s.excludeResourceTypes,
            ignoreResources: s.ignoreResources,
            concurrency: s.concurrency,
            env,
        });
    }
    catch (err) {
        // Configuration and credential problems are the user's to fix: exit 2 with the message, no stack.
        if (err instanceof CredentialError || err instanceof ScanConfigError || err instanceof ScanError)
            throw new UsageError(err.message);
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts
/** CLI entry: `palisade test|evaluate|scan|report`. Same pipeline as the action. */








/** In a GitHub Actions step, stdout and stderr are the job log: the runner reads commands there. */
function inActions() {
    return process.env.GITHUB_ACTIONS === 'true';
}
/**
 * stdout text whose untrusted values are already escaped (terminalText/terminalBlock): in Actions,
 * workflow commands are switched off around it; on a terminal the escaping is enough.
 */
function guard(text) {
    return inActions() ? logBlock(text) : text;
}
/** An untrusted message for stderr: one defused line in Actions (never a block, see logLine). */
function errText(message) {
    return inActions() ? logLine(message) : terminalBlock(message);
}
async function main(argv) {
    mark('cli main() (bundle loaded)');
    let opts;
    try {
        opts = parseCliArgs(argv, Boolean(process.stdout.isTTY));
    }
    catch (err) {
        process.stderr.write(`palisade: ${errText(err.message)}\nRun 'palisade --help' for usage.\n`);
        return 2;
    }
    if (opts === 'help') {
        process.stdout.write(HELP);
        return 0;
    }
    if (opts === 'version') {
        process.stdout.write(`${VERSION}\n`);
        return 0;
    }
    const style = makeStyle(opts.color);
    const progress = makeProgress(opts.progress);
    try {
        const outcome = await runPipeline(opts, {
            cwd: process.cwd(),
            env: process.env,
            log: (l) => process.stdout.write(guard(terminalBlock(l)) + '\n'),
            warn: (l) => process.stderr.write(style.yellow(`warning: ${errText(l)}`) + '\n'),
            progress: (label, done, total) => progress.update(label, done, total),
            changedSince: opts.changedSince,
            scan: scanForOptions,
        });
        progress.done();
        const { results, gate, written } = outcome;
        const report = results.mode === 'test'
            ? renderTestReport(results, process.cwd(), style)
            : renderFindingsReport(results, style);
        // Belt and braces, as for every report file: a console report holding a known secret is withheld.
        const refused = (0,secrets/* refusalReason */.b)('console', report);
        process.stdout.write((refused ? style.red(refused) : guard(report)) + '\n');
        const files = [written.resultsFile, written.sarifFile, written.summaryFile].filter(Boolean).join(', ');
        if (files)
            process.stdout.write(style.dim(`Wrote ${terminalText(files)}`) + '\n');
        const verdict = gate.gate === 'pass'
            ? style.green('PASS')
            : gate.gate === 'soft-fail'
                ? style.yellow('SOFT-FAIL')
                : style.red('FAIL');
        process.stdout.write(`Gate: ${verdict}${gate.reasons.length ? ` — ${gate.reasons.join('; ')}` : ''}\n`);
        return refused ? Math.max(gate.exitCode, 1) : gate.exitCode;
    }
    catch (err) {
        progress.done();
        // By design, not a failure (fork pull requests get no OIDC token): a notice, exit 0, as the action does.
        if (err instanceof ScanSkipped || err.name === 'ScanSkipped') {
            process.stderr.write(`palisade: ${errText(err.message)}\n`);
            return 0;
        }
        // A usage error can quote a path or a spec; a crash's stack can quote anything.
        if (err instanceof UsageError || err.name === 'UsageError') {
            process.stderr.write(`palisade: ${errText(err.message)}\n`);
            return 2;
        }
        process.stderr.write(`palisade: ${errText(String(err.stack ?? err))}\n`);
        return 2;
    }
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`palisade: ${errText(String(err))}\n`);
    process.exitCode = 2;
});

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
