/* Generated from schemas/registry-check.schema.json by scripts/gen-validators.ts (pnpm gen:validators). Do not edit. */
"use strict";
exports.validate = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/registry-check.schema.json","title":"RegistryCheck","description":"The policy gate's report on a registry change (modelgate check): every changed file, how the change was classified, every check and every blocking reason.","allOf":[{"$ref":"https://modelgate.dev/schemas/evidence-envelope.schema.json"},{"type":"object","required":["kind","base","head","mergeBase","desiredStateChanged","blocked","changes","blocking"],"properties":{"kind":{"description":"Always registry-check.","const":"registry-check"},"base":{"description":"The base commit (the default branch).","$ref":"#/$defs/oid"},"head":{"description":"The head commit (the change).","$ref":"#/$defs/oid"},"mergeBase":{"description":"The merge base the diff starts from.","$ref":"#/$defs/oid"},"desiredStateChanged":{"description":"False when the change touches no registry file, or the head is the base: there is no change to the desired state to gate.","type":"boolean"},"blocked":{"description":"True when at least one check failed: the change may not merge.","type":"boolean"},"changes":{"description":"One entry per changed registry file.","type":"array","items":{"$ref":"#/$defs/change"}},"blocking":{"description":"Every failed check, flattened, with its location.","type":"array","items":{"$ref":"#/$defs/blocking"}},"evidence":{"description":"Every evidence file the gate decided on for a version entering an environment (or the ML Test Score asked about), and how it was verified under that environment's evidence.verify.","type":"array","items":{"$ref":"#/$defs/evidenceVerification"}},"approvals":{"description":"Who approved the change, per environment whose policy requires approvals (null: no changed environment requires any).","oneOf":[{"type":"null"},{"$ref":"#/$defs/approvals"}]},"competing":{"description":"Other open pull requests that change the same (model, environment): whichever merges second is gated again against the new base.","type":"array","items":{"$ref":"#/$defs/competing"}}}}],"$defs":{"approvals":{"description":"The approvals the gate counted.","type":"object","required":["source","pullRequest","author","headSha","environments"],"additionalProperties":false,"properties":{"source":{"description":"github: the pull request's reviews; local: approvals recorded with --approved-by; not-judged: deliberately not judged by this run (a re-gate of a merged state); direct-push: a push with commits no merged pull request holds (only a rollback deploys without approvals); null: no reviews were given to the gate (a required approval then fails).","enum":["github","local","not-judged","direct-push",null]},"pullRequest":{"description":"The pull request, e.g. #12 or local-3.","type":["string","null"]},"author":{"description":"Who opened the change (never counted).","type":["string","null"]},"headSha":{"description":"The pull request's head commit: an approval of another commit is stale.","oneOf":[{"type":"null"},{"$ref":"#/$defs/oid"}]},"environments":{"description":"One entry per environment whose requiredApprovals applied.","type":"array","items":{"type":"object","required":["environment","required","allowStaleApprovals","approvedBy","setAside","satisfied"],"additionalProperties":false,"properties":{"environment":{"description":"The environment.","type":"string"},"required":{"description":"Approvals required.","type":"integer","minimum":0},"allowStaleApprovals":{"description":"Whether an approval of an earlier head commit counted.","type":"boolean"},"approvedBy":{"description":"The approvals that counted.","type":"array","items":{"type":"object","required":["login","commit","submittedAt"],"additionalProperties":false,"properties":{"login":{"description":"The reviewer.","type":"string"},"commit":{"description":"The head commit approved.","type":"string"},"submittedAt":{"description":"When.","type":["string","null"]}}}},"setAside":{"description":"Reviews that did not count, with the reason.","type":"array","items":{"type":"object","required":["login","reason","detail"],"additionalProperties":false,"properties":{"login":{"description":"The reviewer.","type":"string"},"reason":{"description":"Why it did not count.","enum":["author","no-write-permission","stale","changes-requested","dismissed"]},"detail":{"description":"For people.","type":"string"}}}},"satisfied":{"description":"Enough approvals counted.","type":"boolean"}}}}}},"competing":{"description":"Another open pull request changing the same (model, environment).","type":"object","required":["pullRequest","url","title","model","environment"],"additionalProperties":false,"properties":{"pullRequest":{"description":"Its number, e.g. #7.","type":"string"},"url":{"description":"Where it is.","type":"string"},"title":{"description":"Its title.","type":"string"},"model":{"description":"The model both change.","type":"string"},"environment":{"description":"The environment both change.","type":"string"}}},"oid":{"description":"A git commit id.","type":"string","pattern":"^[0-9a-f]{40}$"},"nullableName":{"description":"A model, version or environment name, or null.","type":["string","null"]},"change":{"description":"One changed file and the checks run on it.","type":"object","required":["path","fileKind","kind","environment","model","version","from","to","traffic","qualityGatesSkipped","checks"],"additionalProperties":false,"properties":{"path":{"description":"The file's path in the registry.","type":"string"},"fileKind":{"description":"The file's class in the registry layout (packages/core/src/layout.ts): a manifest kind, artifact, evidence, misnamed (a .yml manifest), unknown (no class), or repository (outside the registry's directories; listed only when refused).","enum":["registry","model","model-version","environment","ml-test-score","dataset-schema","dataset-version","artifact","evidence","misnamed","unknown","repository"]},"kind":{"description":"What the change does: promote, canary, complete, rollback, retire (environment files), register, deprecate (version files), policy (modelgate.yaml), add (an artifact or evidence file of a registration), edit (anything else), none (no state change).","enum":["promote","canary","complete","rollback","retire","register","deprecate","policy","add","edit","none"]},"environment":{"description":"The environment, for environment files.","$ref":"#/$defs/nullableName"},"model":{"description":"The model concerned.","$ref":"#/$defs/nullableName"},"version":{"description":"The version entering an environment, or the version file's version.","$ref":"#/$defs/nullableName"},"from":{"description":"The version traffic moves from.","$ref":"#/$defs/nullableName"},"to":{"description":"The version traffic moves to.","$ref":"#/$defs/nullableName"},"traffic":{"description":"Percent of traffic `to` serves afterwards.","type":["integer","null"],"minimum":0,"maximum":100},"qualityGatesSkipped":{"description":"True for rollbacks: the quality gates did not run (recorded).","type":"boolean"},"checks":{"description":"Every check run on the change.","type":"array","items":{"$ref":"#/$defs/check"}}}},"check":{"description":"One check and its outcome.","type":"object","required":["id","status","message"],"additionalProperties":false,"properties":{"id":{"description":"The check: schema, references, artifact, environment-order, deprecated, canary-required, model-age, evidence:<kind>, evidence-binding, verify:<kind> (the evidence file's figures verified as the environment's evidence.verify asks), verify:champion (the champion's baseline verified), data-validation:<training|serving>, metric:<name>, slices, fairness, latency, ml-test-score, approvals, immutable, layout, refused-path, policy-change, rollback-target, quality-gates, or a pluggable check's id.","type":"string","minLength":1},"status":{"description":"fail blocks the change; skip records a check that did not run.","enum":["pass","fail","warn","skip"]},"message":{"description":"What was found, for people.","type":"string"},"file":{"description":"The file the finding is about.","type":"string"},"line":{"description":"1-based line in `file`, when known.","type":["integer","null"],"minimum":1},"field":{"description":"Dotted field path in `file`.","type":"string"}}},"evidenceVerification":{"description":"How one evidence file was verified for one environment.","type":"object","required":["uri","sha256","kind","subject","environment","mode","status","method","message","mismatches","seconds","rows","cached"],"additionalProperties":false,"properties":{"uri":{"description":"The evidence file as the version lists it.","type":"string"},"sha256":{"description":"Its sha256.","type":"string","pattern":"^[0-9a-f]{64}$"},"kind":{"description":"The report kind (evaluation, data-validation).","type":"string"},"subject":{"description":"model@version the evidence is about.","type":"string"},"environment":{"description":"The environment whose policy asked.","type":"string"},"mode":{"description":"The environment's evidence.verify.","enum":["recompute","provenance","either","none"]},"status":{"description":"verified: re-derived (or its run proven) and in agreement; refused: its figures disagree with their re-derivation; unverified: it could not be checked here (or verify is none).","enum":["verified","refused","unverified"]},"method":{"description":"How it was verified; null unless verified.","enum":["recompute","provenance",null]},"message":{"description":"What was found: the figures compared and the cost, each figure that disagrees, or why it could not be verified and the fix.","type":"string"},"mismatches":{"description":"Every figure that disagrees, with the value the file claims and the recomputed one.","type":"array","items":{"description":"One figure.","type":"object","required":["figure","claimed","recomputed"],"additionalProperties":false,"properties":{"figure":{"description":"Where in the report, e.g. models[challenger].metrics.roc_auc.","type":"string"},"claimed":{"description":"The value in the evidence file (null when absent)."},"recomputed":{"description":"The re-derived value (null when absent)."}}}},"seconds":{"description":"Wall-clock seconds the verification took (fetching and re-running); null when nothing ran.","type":["number","null"],"minimum":0},"rows":{"description":"Data rows re-read; null when nothing ran.","type":["integer","null"],"minimum":0},"cached":{"description":"True when an identical re-derivation (the same inputs by digest, the same settings) was reused.","type":"boolean"}}},"blocking":{"description":"One reason the change is blocked.","type":"object","required":["path","check","message"],"additionalProperties":false,"properties":{"path":{"description":"The changed file the reason belongs to.","type":"string"},"check":{"description":"The failed check's id.","type":"string"},"message":{"description":"Why it failed.","type":"string"},"file":{"description":"The file to fix.","type":"string"},"line":{"description":"1-based line in `file`, when known.","type":["integer","null"],"minimum":1},"field":{"description":"Dotted field path in `file`.","type":"string"}}}},"examples":[{"kind":"registry-check","schemaVersion":1,"tool":{"name":"modelgate","version":"0.1.0"},"context":{"commit":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","ref":null,"runUrl":null,"ci":false},"createdAt":"2026-11-20T12:00:00.000Z","subject":"credit-default@3.0.0","inputs":[{"role":"manifest","uri":"file:environments/production/credit-default.yaml","sha256":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}],"verdict":"fail","base":"cccccccccccccccccccccccccccccccccccccccc","head":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","mergeBase":"cccccccccccccccccccccccccccccccccccccccc","desiredStateChanged":true,"blocked":true,"changes":[{"path":"environments/production/credit-default.yaml","fileKind":"environment","kind":"promote","environment":"production","model":"credit-default","version":"3.0.0","from":"1.0.0","to":"3.0.0","traffic":100,"qualityGatesSkipped":false,"checks":[{"id":"schema","status":"pass","message":"valid environment","file":"environments/production/credit-default.yaml"},{"id":"environment-order","status":"fail","message":"3.0.0 must be live in staging before it enters production","file":"environments/production/credit-default.yaml","line":4,"field":"version"}]}],"blocking":[{"path":"environments/production/credit-default.yaml","check":"environment-order","message":"3.0.0 must be live in staging before it enters production","file":"environments/production/credit-default.yaml","line":4,"field":"version"}]}]};
const schema1 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/evidence-envelope.schema.json","title":"EvidenceEnvelope","description":"The envelope every report modelgate writes starts with: what the report is about, the exact inputs (by sha256) it was computed from, where it ran and its verdict. Report schemas extend it with allOf.","type":"object","required":["kind","schemaVersion","tool","subject","inputs","context","createdAt","verdict"],"properties":{"kind":{"description":"The report kind, e.g. data-profile, data-validation, evaluation, ml-test-score-report, registry-check, deploy-plan.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"schemaVersion":{"description":"Version of the envelope format; always 1.","const":1},"tool":{"description":"The tool that wrote the report.","type":"object","required":["name","version"],"additionalProperties":false,"properties":{"name":{"description":"Tool name, normally modelgate.","type":"string","minLength":1},"version":{"description":"Tool version that produced the report.","type":"string","minLength":1}}},"subject":{"description":"What the report is about: model@version, dataset@version, or a bare name.","type":"string","minLength":1},"inputs":{"description":"Every exact input the report was computed from, bound by digest.","type":"array","items":{"description":"One input file.","type":"object","required":["role","uri","sha256"],"additionalProperties":false,"properties":{"role":{"description":"What the input was to the report: model, champion, data, reference, schema, profile, declarations, evidence.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"uri":{"description":"Where the input is: file:<path relative to the repository> or an https:// URL.","type":"string","minLength":1},"sha256":{"description":"sha256 of the input's bytes, 64 lowercase hex characters.","type":"string","pattern":"^[0-9a-f]{64}$"}}}},"context":{"description":"Where the report was produced.","type":"object","required":["commit","ref","runUrl","ci"],"additionalProperties":false,"properties":{"commit":{"description":"The commit the run checked out, or null when unknown.","type":["string","null"]},"ref":{"description":"The git ref of the run (e.g. refs/heads/main), or null when unknown.","type":["string","null"]},"runUrl":{"description":"URL of the CI run, or null when unknown.","type":["string","null"]},"ci":{"description":"True when the process that made the report ran with CI=true or GITHUB_ACTIONS=true. A claim, not a proof: nothing is trusted or counted for it (the gate verifies figures by recomputation).","type":"boolean"},"github":{"description":"The GitHub Actions run that made the report (GITHUB_ACTIONS=true); absent elsewhere. A claim the provenance verifier checks through the GitHub API: the run exists in this repository, ran a trusted workflow on the version's code commit, concluded success and uploaded this file (docs/security.md).","type":"object","required":["repository","workflowRef","runId","runAttempt","sha"],"additionalProperties":false,"properties":{"repository":{"description":"The repository the run belongs to, owner/name (GITHUB_REPOSITORY).","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"workflowRef":{"description":"The workflow file and ref the run ran (GITHUB_WORKFLOW_REF), e.g. acme/churn-model/.github/workflows/evidence.yml@refs/heads/main; for a reusable workflow, its caller.","type":"string","minLength":1},"runId":{"description":"The workflow run's id (GITHUB_RUN_ID).","type":"integer","minimum":1},"runAttempt":{"description":"The attempt of the run (GITHUB_RUN_ATTEMPT), 1 for the first.","type":"integer","minimum":1},"sha":{"description":"The commit the run ran on (GITHUB_SHA).","type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"}}}}},"createdAt":{"description":"When the report was written (RFC 3339 date-time, UTC).","type":"string","format":"date-time"},"verdict":{"description":"The report's overall verdict.","enum":["pass","warn","fail"]}},"examples":[{"kind":"data-validation","schemaVersion":1,"tool":{"name":"modelgate","version":"0.1.0"},"subject":"loans@2026-08","inputs":[{"role":"data","uri":"file:data/serving.csv","sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}],"context":{"commit":null,"ref":null,"runUrl":null,"ci":false},"createdAt":"2026-11-23T12:00:00Z","verdict":"pass"}]};
const schema2 = {"description":"A git commit id.","type":"string","pattern":"^[0-9a-f]{40}$"};
const schema12 = {"description":"One reason the change is blocked.","type":"object","required":["path","check","message"],"additionalProperties":false,"properties":{"path":{"description":"The changed file the reason belongs to.","type":"string"},"check":{"description":"The failed check's id.","type":"string"},"message":{"description":"Why it failed.","type":"string"},"file":{"description":"The file to fix.","type":"string"},"line":{"description":"1-based line in `file`, when known.","type":["integer","null"],"minimum":1},"field":{"description":"Dotted field path in `file`.","type":"string"}}};
const schema13 = {"description":"How one evidence file was verified for one environment.","type":"object","required":["uri","sha256","kind","subject","environment","mode","status","method","message","mismatches","seconds","rows","cached"],"additionalProperties":false,"properties":{"uri":{"description":"The evidence file as the version lists it.","type":"string"},"sha256":{"description":"Its sha256.","type":"string","pattern":"^[0-9a-f]{64}$"},"kind":{"description":"The report kind (evaluation, data-validation).","type":"string"},"subject":{"description":"model@version the evidence is about.","type":"string"},"environment":{"description":"The environment whose policy asked.","type":"string"},"mode":{"description":"The environment's evidence.verify.","enum":["recompute","provenance","either","none"]},"status":{"description":"verified: re-derived (or its run proven) and in agreement; refused: its figures disagree with their re-derivation; unverified: it could not be checked here (or verify is none).","enum":["verified","refused","unverified"]},"method":{"description":"How it was verified; null unless verified.","enum":["recompute","provenance",null]},"message":{"description":"What was found: the figures compared and the cost, each figure that disagrees, or why it could not be verified and the fix.","type":"string"},"mismatches":{"description":"Every figure that disagrees, with the value the file claims and the recomputed one.","type":"array","items":{"description":"One figure.","type":"object","required":["figure","claimed","recomputed"],"additionalProperties":false,"properties":{"figure":{"description":"Where in the report, e.g. models[challenger].metrics.roc_auc.","type":"string"},"claimed":{"description":"The value in the evidence file (null when absent)."},"recomputed":{"description":"The re-derived value (null when absent)."}}}},"seconds":{"description":"Wall-clock seconds the verification took (fetching and re-running); null when nothing ran.","type":["number","null"],"minimum":0},"rows":{"description":"Data rows re-read; null when nothing ran.","type":["integer","null"],"minimum":0},"cached":{"description":"True when an identical re-derivation (the same inputs by digest, the same settings) was reused.","type":"boolean"}}};
const schema16 = {"description":"Another open pull request changing the same (model, environment).","type":"object","required":["pullRequest","url","title","model","environment"],"additionalProperties":false,"properties":{"pullRequest":{"description":"Its number, e.g. #7.","type":"string"},"url":{"description":"Where it is.","type":"string"},"title":{"description":"Its title.","type":"string"},"model":{"description":"The model both change.","type":"string"},"environment":{"description":"The environment both change.","type":"string"}}};
const pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
const pattern2 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern3 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern4 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const pattern5 = new RegExp("^[0-9a-f]{40}$", "u");
const func0 = require("ajv/dist/runtime/ucs2length").default;
const func5 = Object.prototype.hasOwnProperty;
const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];
const schema5 = {"description":"One changed file and the checks run on it.","type":"object","required":["path","fileKind","kind","environment","model","version","from","to","traffic","qualityGatesSkipped","checks"],"additionalProperties":false,"properties":{"path":{"description":"The file's path in the registry.","type":"string"},"fileKind":{"description":"The file's class in the registry layout (packages/core/src/layout.ts): a manifest kind, artifact, evidence, misnamed (a .yml manifest), unknown (no class), or repository (outside the registry's directories; listed only when refused).","enum":["registry","model","model-version","environment","ml-test-score","dataset-schema","dataset-version","artifact","evidence","misnamed","unknown","repository"]},"kind":{"description":"What the change does: promote, canary, complete, rollback, retire (environment files), register, deprecate (version files), policy (modelgate.yaml), add (an artifact or evidence file of a registration), edit (anything else), none (no state change).","enum":["promote","canary","complete","rollback","retire","register","deprecate","policy","add","edit","none"]},"environment":{"description":"The environment, for environment files.","$ref":"#/$defs/nullableName"},"model":{"description":"The model concerned.","$ref":"#/$defs/nullableName"},"version":{"description":"The version entering an environment, or the version file's version.","$ref":"#/$defs/nullableName"},"from":{"description":"The version traffic moves from.","$ref":"#/$defs/nullableName"},"to":{"description":"The version traffic moves to.","$ref":"#/$defs/nullableName"},"traffic":{"description":"Percent of traffic `to` serves afterwards.","type":["integer","null"],"minimum":0,"maximum":100},"qualityGatesSkipped":{"description":"True for rollbacks: the quality gates did not run (recorded).","type":"boolean"},"checks":{"description":"Every check run on the change.","type":"array","items":{"$ref":"#/$defs/check"}}}};
const schema6 = {"description":"A model, version or environment name, or null.","type":["string","null"]};
const schema11 = {"description":"One check and its outcome.","type":"object","required":["id","status","message"],"additionalProperties":false,"properties":{"id":{"description":"The check: schema, references, artifact, environment-order, deprecated, canary-required, model-age, evidence:<kind>, evidence-binding, verify:<kind> (the evidence file's figures verified as the environment's evidence.verify asks), verify:champion (the champion's baseline verified), data-validation:<training|serving>, metric:<name>, slices, fairness, latency, ml-test-score, approvals, immutable, layout, refused-path, policy-change, rollback-target, quality-gates, or a pluggable check's id.","type":"string","minLength":1},"status":{"description":"fail blocks the change; skip records a check that did not run.","enum":["pass","fail","warn","skip"]},"message":{"description":"What was found, for people.","type":"string"},"file":{"description":"The file the finding is about.","type":"string"},"line":{"description":"1-based line in `file`, when known.","type":["integer","null"],"minimum":1},"field":{"description":"Dotted field path in `file`.","type":"string"}}};

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate1.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.fileKind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fileKind"},message:"must have required property '"+"fileKind"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.environment === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.model === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.version === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.from === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.to === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.traffic === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "traffic"},message:"must have required property '"+"traffic"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.qualityGatesSkipped === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "qualityGatesSkipped"},message:"must have required property '"+"qualityGatesSkipped"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.checks === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "checks"},message:"must have required property '"+"checks"+"'",schema:schema5.required,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema5.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 !== "string"){
const err12 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.properties.path.type,parentSchema:schema5.properties.path,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.fileKind !== undefined){
let data1 = data.fileKind;
if(!((((((((((((data1 === "registry") || (data1 === "model")) || (data1 === "model-version")) || (data1 === "environment")) || (data1 === "ml-test-score")) || (data1 === "dataset-schema")) || (data1 === "dataset-version")) || (data1 === "artifact")) || (data1 === "evidence")) || (data1 === "misnamed")) || (data1 === "unknown")) || (data1 === "repository"))){
const err13 = {instancePath:instancePath+"/fileKind",schemaPath:"#/properties/fileKind/enum",keyword:"enum",params:{allowedValues: schema5.properties.fileKind.enum},message:"must be equal to one of the allowed values",schema:schema5.properties.fileKind.enum,parentSchema:schema5.properties.fileKind,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.kind !== undefined){
let data2 = data.kind;
if(!(((((((((((data2 === "promote") || (data2 === "canary")) || (data2 === "complete")) || (data2 === "rollback")) || (data2 === "retire")) || (data2 === "register")) || (data2 === "deprecate")) || (data2 === "policy")) || (data2 === "add")) || (data2 === "edit")) || (data2 === "none"))){
const err14 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema5.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema5.properties.kind.enum,parentSchema:schema5.properties.kind,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.environment !== undefined){
let data3 = data.environment;
if((typeof data3 !== "string") && (data3 !== null)){
const err15 = {instancePath:instancePath+"/environment",schemaPath:"#/$defs/nullableName/type",keyword:"type",params:{type: schema6.type},message:"must be string,null",schema:schema6.type,parentSchema:schema6,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.model !== undefined){
let data4 = data.model;
if((typeof data4 !== "string") && (data4 !== null)){
const err16 = {instancePath:instancePath+"/model",schemaPath:"#/$defs/nullableName/type",keyword:"type",params:{type: schema6.type},message:"must be string,null",schema:schema6.type,parentSchema:schema6,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.version !== undefined){
let data5 = data.version;
if((typeof data5 !== "string") && (data5 !== null)){
const err17 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/nullableName/type",keyword:"type",params:{type: schema6.type},message:"must be string,null",schema:schema6.type,parentSchema:schema6,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.from !== undefined){
let data6 = data.from;
if((typeof data6 !== "string") && (data6 !== null)){
const err18 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/nullableName/type",keyword:"type",params:{type: schema6.type},message:"must be string,null",schema:schema6.type,parentSchema:schema6,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.to !== undefined){
let data7 = data.to;
if((typeof data7 !== "string") && (data7 !== null)){
const err19 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/nullableName/type",keyword:"type",params:{type: schema6.type},message:"must be string,null",schema:schema6.type,parentSchema:schema6,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.traffic !== undefined){
let data8 = data.traffic;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
const err20 = {instancePath:instancePath+"/traffic",schemaPath:"#/properties/traffic/type",keyword:"type",params:{type: schema5.properties.traffic.type},message:"must be integer,null",schema:schema5.properties.traffic.type,parentSchema:schema5.properties.traffic,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 100 || isNaN(data8)){
const err21 = {instancePath:instancePath+"/traffic",schemaPath:"#/properties/traffic/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema5.properties.traffic,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/traffic",schemaPath:"#/properties/traffic/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema5.properties.traffic,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.qualityGatesSkipped !== undefined){
let data9 = data.qualityGatesSkipped;
if(typeof data9 !== "boolean"){
const err23 = {instancePath:instancePath+"/qualityGatesSkipped",schemaPath:"#/properties/qualityGatesSkipped/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema5.properties.qualityGatesSkipped.type,parentSchema:schema5.properties.qualityGatesSkipped,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.checks !== undefined){
let data10 = data.checks;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.id === undefined){
const err24 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/check/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema11.required,parentSchema:schema11,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data11.status === undefined){
const err25 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/check/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema11.required,parentSchema:schema11,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data11.message === undefined){
const err26 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/check/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema11.required,parentSchema:schema11,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key1 in data11){
if(!((((((key1 === "id") || (key1 === "status")) || (key1 === "message")) || (key1 === "file")) || (key1 === "line")) || (key1 === "field"))){
const err27 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/check/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data11.id !== undefined){
let data12 = data11.id;
if(typeof data12 === "string"){
if(func0(data12) < 1){
const err28 = {instancePath:instancePath+"/checks/" + i0+"/id",schemaPath:"#/$defs/check/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.id,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/checks/" + i0+"/id",schemaPath:"#/$defs/check/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.id.type,parentSchema:schema11.properties.id,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data11.status !== undefined){
let data13 = data11.status;
if(!((((data13 === "pass") || (data13 === "fail")) || (data13 === "warn")) || (data13 === "skip"))){
const err30 = {instancePath:instancePath+"/checks/" + i0+"/status",schemaPath:"#/$defs/check/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.status.enum,parentSchema:schema11.properties.status,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data11.message !== undefined){
let data14 = data11.message;
if(typeof data14 !== "string"){
const err31 = {instancePath:instancePath+"/checks/" + i0+"/message",schemaPath:"#/$defs/check/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.message.type,parentSchema:schema11.properties.message,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data11.file !== undefined){
let data15 = data11.file;
if(typeof data15 !== "string"){
const err32 = {instancePath:instancePath+"/checks/" + i0+"/file",schemaPath:"#/$defs/check/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.file.type,parentSchema:schema11.properties.file,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data11.line !== undefined){
let data16 = data11.line;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (data16 !== null)){
const err33 = {instancePath:instancePath+"/checks/" + i0+"/line",schemaPath:"#/$defs/check/properties/line/type",keyword:"type",params:{type: schema11.properties.line.type},message:"must be integer,null",schema:schema11.properties.line.type,parentSchema:schema11.properties.line,data:data16};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 1 || isNaN(data16)){
const err34 = {instancePath:instancePath+"/checks/" + i0+"/line",schemaPath:"#/$defs/check/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.line,data:data16};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data11.field !== undefined){
let data17 = data11.field;
if(typeof data17 !== "string"){
const err35 = {instancePath:instancePath+"/checks/" + i0+"/field",schemaPath:"#/$defs/check/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.field.type,parentSchema:schema11.properties.field,data:data17};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/checks/" + i0,schemaPath:"#/$defs/check/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/checks",schemaPath:"#/properties/checks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema5.properties.checks.type,parentSchema:schema5.properties.checks,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema5.type,parentSchema:schema5,data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}
validate1.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema14 = {"description":"The approvals the gate counted.","type":"object","required":["source","pullRequest","author","headSha","environments"],"additionalProperties":false,"properties":{"source":{"description":"github: the pull request's reviews; local: approvals recorded with --approved-by; not-judged: deliberately not judged by this run (a re-gate of a merged state); direct-push: a push with commits no merged pull request holds (only a rollback deploys without approvals); null: no reviews were given to the gate (a required approval then fails).","enum":["github","local","not-judged","direct-push",null]},"pullRequest":{"description":"The pull request, e.g. #12 or local-3.","type":["string","null"]},"author":{"description":"Who opened the change (never counted).","type":["string","null"]},"headSha":{"description":"The pull request's head commit: an approval of another commit is stale.","oneOf":[{"type":"null"},{"$ref":"#/$defs/oid"}]},"environments":{"description":"One entry per environment whose requiredApprovals applied.","type":"array","items":{"type":"object","required":["environment","required","allowStaleApprovals","approvedBy","setAside","satisfied"],"additionalProperties":false,"properties":{"environment":{"description":"The environment.","type":"string"},"required":{"description":"Approvals required.","type":"integer","minimum":0},"allowStaleApprovals":{"description":"Whether an approval of an earlier head commit counted.","type":"boolean"},"approvedBy":{"description":"The approvals that counted.","type":"array","items":{"type":"object","required":["login","commit","submittedAt"],"additionalProperties":false,"properties":{"login":{"description":"The reviewer.","type":"string"},"commit":{"description":"The head commit approved.","type":"string"},"submittedAt":{"description":"When.","type":["string","null"]}}}},"setAside":{"description":"Reviews that did not count, with the reason.","type":"array","items":{"type":"object","required":["login","reason","detail"],"additionalProperties":false,"properties":{"login":{"description":"The reviewer.","type":"string"},"reason":{"description":"Why it did not count.","enum":["author","no-write-permission","stale","changes-requested","dismissed"]},"detail":{"description":"For people.","type":"string"}}}},"satisfied":{"description":"Enough approvals counted.","type":"boolean"}}}}}};

function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate3.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.source === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.pullRequest === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pullRequest"},message:"must have required property '"+"pullRequest"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.author === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "author"},message:"must have required property '"+"author"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.headSha === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headSha"},message:"must have required property '"+"headSha"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.environments === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "source") || (key0 === "pullRequest")) || (key0 === "author")) || (key0 === "headSha")) || (key0 === "environments"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(!(((((data0 === "github") || (data0 === "local")) || (data0 === "not-judged")) || (data0 === "direct-push")) || (data0 === null))){
const err6 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/enum",keyword:"enum",params:{allowedValues: schema14.properties.source.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.source.enum,parentSchema:schema14.properties.source,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.pullRequest !== undefined){
let data1 = data.pullRequest;
if((typeof data1 !== "string") && (data1 !== null)){
const err7 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/type",keyword:"type",params:{type: schema14.properties.pullRequest.type},message:"must be string,null",schema:schema14.properties.pullRequest.type,parentSchema:schema14.properties.pullRequest,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.author !== undefined){
let data2 = data.author;
if((typeof data2 !== "string") && (data2 !== null)){
const err8 = {instancePath:instancePath+"/author",schemaPath:"#/properties/author/type",keyword:"type",params:{type: schema14.properties.author.type},message:"must be string,null",schema:schema14.properties.author.type,parentSchema:schema14.properties.author,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.headSha !== undefined){
let data3 = data.headSha;
const _errs8 = errors;
let valid1 = false;
let passing0 = null;
const _errs9 = errors;
if(data3 !== null){
const err9 = {instancePath:instancePath+"/headSha",schemaPath:"#/properties/headSha/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema14.properties.headSha.oneOf[0].type,parentSchema:schema14.properties.headSha.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs11 = errors;
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err10 = {instancePath:instancePath+"/headSha",schemaPath:"#/$defs/oid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\"",schema:"^[0-9a-f]{40}$",parentSchema:schema2,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/headSha",schemaPath:"#/$defs/oid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err12 = {instancePath:instancePath+"/headSha",schemaPath:"#/properties/headSha/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema14.properties.headSha.oneOf,parentSchema:schema14.properties.headSha,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
if(data.environments !== undefined){
let data4 = data.environments;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.environment === undefined){
const err13 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema14.properties.environments.items.required,parentSchema:schema14.properties.environments.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.required === undefined){
const err14 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "required"},message:"must have required property '"+"required"+"'",schema:schema14.properties.environments.items.required,parentSchema:schema14.properties.environments.items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.allowStaleApprovals === undefined){
const err15 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "allowStaleApprovals"},message:"must have required property '"+"allowStaleApprovals"+"'",schema:schema14.properties.environments.items.required,parentSchema:schema14.properties.environments.items,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.approvedBy === undefined){
const err16 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "approvedBy"},message:"must have required property '"+"approvedBy"+"'",schema:schema14.properties.environments.items.required,parentSchema:schema14.properties.environments.items,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.setAside === undefined){
const err17 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "setAside"},message:"must have required property '"+"setAside"+"'",schema:schema14.properties.environments.items.required,parentSchema:schema14.properties.environments.items,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.satisfied === undefined){
const err18 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "satisfied"},message:"must have required property '"+"satisfied"+"'",schema:schema14.properties.environments.items.required,parentSchema:schema14.properties.environments.items,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data5){
if(!((((((key1 === "environment") || (key1 === "required")) || (key1 === "allowStaleApprovals")) || (key1 === "approvedBy")) || (key1 === "setAside")) || (key1 === "satisfied"))){
const err19 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema14.properties.environments.items,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.environment !== undefined){
let data6 = data5.environment;
if(typeof data6 !== "string"){
const err20 = {instancePath:instancePath+"/environments/" + i0+"/environment",schemaPath:"#/properties/environments/items/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.environments.items.properties.environment.type,parentSchema:schema14.properties.environments.items.properties.environment,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.required !== undefined){
let data7 = data5.required;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err21 = {instancePath:instancePath+"/environments/" + i0+"/required",schemaPath:"#/properties/environments/items/properties/required/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.environments.items.properties.required.type,parentSchema:schema14.properties.environments.items.properties.required,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/environments/" + i0+"/required",schemaPath:"#/properties/environments/items/properties/required/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties.environments.items.properties.required,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data5.allowStaleApprovals !== undefined){
let data8 = data5.allowStaleApprovals;
if(typeof data8 !== "boolean"){
const err23 = {instancePath:instancePath+"/environments/" + i0+"/allowStaleApprovals",schemaPath:"#/properties/environments/items/properties/allowStaleApprovals/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.properties.environments.items.properties.allowStaleApprovals.type,parentSchema:schema14.properties.environments.items.properties.allowStaleApprovals,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.approvedBy !== undefined){
let data9 = data5.approvedBy;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.login === undefined){
const err24 = {instancePath:instancePath+"/environments/" + i0+"/approvedBy/" + i1,schemaPath:"#/properties/environments/items/properties/approvedBy/items/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'",schema:schema14.properties.environments.items.properties.approvedBy.items.required,parentSchema:schema14.properties.environments.items.properties.approvedBy.items,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data10.commit === undefined){
const err25 = {instancePath:instancePath+"/environments/" + i0+"/approvedBy/" + i1,schemaPath:"#/properties/environments/items/properties/approvedBy/items/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'",schema:schema14.properties.environments.items.properties.approvedBy.items.required,parentSchema:schema14.properties.environments.items.properties.approvedBy.items,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data10.submittedAt === undefined){
const err26 = {instancePath:instancePath+"/environments/" + i0+"/approvedBy/" + i1,schemaPath:"#/properties/environments/items/properties/approvedBy/items/required",keyword:"required",params:{missingProperty: "submittedAt"},message:"must have required property '"+"submittedAt"+"'",schema:schema14.properties.environments.items.properties.approvedBy.items.required,parentSchema:schema14.properties.environments.items.properties.approvedBy.items,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data10){
if(!(((key2 === "login") || (key2 === "commit")) || (key2 === "submittedAt"))){
const err27 = {instancePath:instancePath+"/environments/" + i0+"/approvedBy/" + i1,schemaPath:"#/properties/environments/items/properties/approvedBy/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema14.properties.environments.items.properties.approvedBy.items,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data10.login !== undefined){
let data11 = data10.login;
if(typeof data11 !== "string"){
const err28 = {instancePath:instancePath+"/environments/" + i0+"/approvedBy/" + i1+"/login",schemaPath:"#/properties/environments/items/properties/approvedBy/items/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.environments.items.properties.approvedBy.items.properties.login.type,parentSchema:schema14.properties.environments.items.properties.approvedBy.items.properties.login,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data10.commit !== undefined){
let data12 = data10.commit;
if(typeof data12 !== "string"){
const err29 = {instancePath:instancePath+"/environments/" + i0+"/approvedBy/" + i1+"/commit",schemaPath:"#/properties/environments/items/properties/approvedBy/items/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.environments.items.properties.approvedBy.items.properties.commit.type,parentSchema:schema14.properties.environments.items.properties.approvedBy.items.properties.commit,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.submittedAt !== undefined){
let data13 = data10.submittedAt;
if((typeof data13 !== "string") && (data13 !== null)){
const err30 = {instancePath:instancePath+"/environments/" + i0+"/approvedBy/" + i1+"/submittedAt",schemaPath:"#/properties/environments/items/properties/approvedBy/items/properties/submittedAt/type",keyword:"type",params:{type: schema14.properties.environments.items.properties.approvedBy.items.properties.submittedAt.type},message:"must be string,null",schema:schema14.properties.environments.items.properties.approvedBy.items.properties.submittedAt.type,parentSchema:schema14.properties.environments.items.properties.approvedBy.items.properties.submittedAt,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/environments/" + i0+"/approvedBy/" + i1,schemaPath:"#/properties/environments/items/properties/approvedBy/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.environments.items.properties.approvedBy.items.type,parentSchema:schema14.properties.environments.items.properties.approvedBy.items,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/environments/" + i0+"/approvedBy",schemaPath:"#/properties/environments/items/properties/approvedBy/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.environments.items.properties.approvedBy.type,parentSchema:schema14.properties.environments.items.properties.approvedBy,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.setAside !== undefined){
let data14 = data5.setAside;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.login === undefined){
const err33 = {instancePath:instancePath+"/environments/" + i0+"/setAside/" + i2,schemaPath:"#/properties/environments/items/properties/setAside/items/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'",schema:schema14.properties.environments.items.properties.setAside.items.required,parentSchema:schema14.properties.environments.items.properties.setAside.items,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data15.reason === undefined){
const err34 = {instancePath:instancePath+"/environments/" + i0+"/setAside/" + i2,schemaPath:"#/properties/environments/items/properties/setAside/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema14.properties.environments.items.properties.setAside.items.required,parentSchema:schema14.properties.environments.items.properties.setAside.items,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data15.detail === undefined){
const err35 = {instancePath:instancePath+"/environments/" + i0+"/setAside/" + i2,schemaPath:"#/properties/environments/items/properties/setAside/items/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'",schema:schema14.properties.environments.items.properties.setAside.items.required,parentSchema:schema14.properties.environments.items.properties.setAside.items,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key3 in data15){
if(!(((key3 === "login") || (key3 === "reason")) || (key3 === "detail"))){
const err36 = {instancePath:instancePath+"/environments/" + i0+"/setAside/" + i2,schemaPath:"#/properties/environments/items/properties/setAside/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema14.properties.environments.items.properties.setAside.items,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data15.login !== undefined){
let data16 = data15.login;
if(typeof data16 !== "string"){
const err37 = {instancePath:instancePath+"/environments/" + i0+"/setAside/" + i2+"/login",schemaPath:"#/properties/environments/items/properties/setAside/items/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.environments.items.properties.setAside.items.properties.login.type,parentSchema:schema14.properties.environments.items.properties.setAside.items.properties.login,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data15.reason !== undefined){
let data17 = data15.reason;
if(!(((((data17 === "author") || (data17 === "no-write-permission")) || (data17 === "stale")) || (data17 === "changes-requested")) || (data17 === "dismissed"))){
const err38 = {instancePath:instancePath+"/environments/" + i0+"/setAside/" + i2+"/reason",schemaPath:"#/properties/environments/items/properties/setAside/items/properties/reason/enum",keyword:"enum",params:{allowedValues: schema14.properties.environments.items.properties.setAside.items.properties.reason.enum},message:"must be equal to one of the allowed values",schema:schema14.properties.environments.items.properties.setAside.items.properties.reason.enum,parentSchema:schema14.properties.environments.items.properties.setAside.items.properties.reason,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data15.detail !== undefined){
let data18 = data15.detail;
if(typeof data18 !== "string"){
const err39 = {instancePath:instancePath+"/environments/" + i0+"/setAside/" + i2+"/detail",schemaPath:"#/properties/environments/items/properties/setAside/items/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.environments.items.properties.setAside.items.properties.detail.type,parentSchema:schema14.properties.environments.items.properties.setAside.items.properties.detail,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/environments/" + i0+"/setAside/" + i2,schemaPath:"#/properties/environments/items/properties/setAside/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.environments.items.properties.setAside.items.type,parentSchema:schema14.properties.environments.items.properties.setAside.items,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/environments/" + i0+"/setAside",schemaPath:"#/properties/environments/items/properties/setAside/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.environments.items.properties.setAside.type,parentSchema:schema14.properties.environments.items.properties.setAside,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data5.satisfied !== undefined){
let data19 = data5.satisfied;
if(typeof data19 !== "boolean"){
const err42 = {instancePath:instancePath+"/environments/" + i0+"/satisfied",schemaPath:"#/properties/environments/items/properties/satisfied/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema14.properties.environments.items.properties.satisfied.type,parentSchema:schema14.properties.environments.items.properties.satisfied,data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/environments/" + i0,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.environments.items.type,parentSchema:schema14.properties.environments.items,data:data5};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.environments.type,parentSchema:schema14.properties.environments,data:data4};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}
validate3.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://modelgate.dev/schemas/registry-check.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.schemaVersion === undefined){
const err1 = {instancePath,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tool === undefined){
const err2 = {instancePath,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.subject === undefined){
const err3 = {instancePath,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.inputs === undefined){
const err4 = {instancePath,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.context === undefined){
const err5 = {instancePath,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.createdAt === undefined){
const err6 = {instancePath,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.verdict === undefined){
const err7 = {instancePath,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.kind !== undefined){
let data0 = data.kind;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,63}$",parentSchema:schema1.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/kind",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.kind.type,parentSchema:schema1.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data1 = data.schemaVersion;
if(1 !== data1){
const err10 = {instancePath:instancePath+"/schemaVersion",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema1.properties.schemaVersion,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.tool !== undefined){
let data2 = data.tool;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err11 = {instancePath:instancePath+"/tool",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema1.properties.tool.required,parentSchema:schema1.properties.tool,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.version === undefined){
const err12 = {instancePath:instancePath+"/tool",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema1.properties.tool.required,parentSchema:schema1.properties.tool,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data2){
if(!((key0 === "name") || (key0 === "version"))){
const err13 = {instancePath:instancePath+"/tool",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema1.properties.tool,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(func0(data3) < 1){
const err14 = {instancePath:instancePath+"/tool/name",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema1.properties.tool.properties.name,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/tool/name",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.tool.properties.name.type,parentSchema:schema1.properties.tool.properties.name,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.version !== undefined){
let data4 = data2.version;
if(typeof data4 === "string"){
if(func0(data4) < 1){
const err16 = {instancePath:instancePath+"/tool/version",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema1.properties.tool.properties.version,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/tool/version",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.tool.properties.version.type,parentSchema:schema1.properties.tool.properties.version,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/tool",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/tool/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.properties.tool.type,parentSchema:schema1.properties.tool,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.subject !== undefined){
let data5 = data.subject;
if(typeof data5 === "string"){
if(func0(data5) < 1){
const err19 = {instancePath:instancePath+"/subject",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema1.properties.subject,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/subject",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.subject.type,parentSchema:schema1.properties.subject,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.inputs !== undefined){
let data6 = data.inputs;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.role === undefined){
const err21 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema1.properties.inputs.items.required,parentSchema:schema1.properties.inputs.items,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.uri === undefined){
const err22 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema1.properties.inputs.items.required,parentSchema:schema1.properties.inputs.items,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.sha256 === undefined){
const err23 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema1.properties.inputs.items.required,parentSchema:schema1.properties.inputs.items,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key1 in data7){
if(!(((key1 === "role") || (key1 === "uri")) || (key1 === "sha256"))){
const err24 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema1.properties.inputs.items,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.role !== undefined){
let data8 = data7.role;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err25 = {instancePath:instancePath+"/inputs/" + i0+"/role",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/properties/role/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,63}$",parentSchema:schema1.properties.inputs.items.properties.role,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/inputs/" + i0+"/role",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.inputs.items.properties.role.type,parentSchema:schema1.properties.inputs.items.properties.role,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.uri !== undefined){
let data9 = data7.uri;
if(typeof data9 === "string"){
if(func0(data9) < 1){
const err27 = {instancePath:instancePath+"/inputs/" + i0+"/uri",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/properties/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema1.properties.inputs.items.properties.uri,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/inputs/" + i0+"/uri",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.inputs.items.properties.uri.type,parentSchema:schema1.properties.inputs.items.properties.uri,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.sha256 !== undefined){
let data10 = data7.sha256;
if(typeof data10 === "string"){
if(!pattern2.test(data10)){
const err29 = {instancePath:instancePath+"/inputs/" + i0+"/sha256",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema1.properties.inputs.items.properties.sha256,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/inputs/" + i0+"/sha256",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.inputs.items.properties.sha256.type,parentSchema:schema1.properties.inputs.items.properties.sha256,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.properties.inputs.items.type,parentSchema:schema1.properties.inputs.items,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/inputs",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema1.properties.inputs.type,parentSchema:schema1.properties.inputs,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.context !== undefined){
let data11 = data.context;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.commit === undefined){
const err33 = {instancePath:instancePath+"/context",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'",schema:schema1.properties.context.required,parentSchema:schema1.properties.context,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11.ref === undefined){
const err34 = {instancePath:instancePath+"/context",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema1.properties.context.required,parentSchema:schema1.properties.context,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data11.runUrl === undefined){
const err35 = {instancePath:instancePath+"/context",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/required",keyword:"required",params:{missingProperty: "runUrl"},message:"must have required property '"+"runUrl"+"'",schema:schema1.properties.context.required,parentSchema:schema1.properties.context,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data11.ci === undefined){
const err36 = {instancePath:instancePath+"/context",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/required",keyword:"required",params:{missingProperty: "ci"},message:"must have required property '"+"ci"+"'",schema:schema1.properties.context.required,parentSchema:schema1.properties.context,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key2 in data11){
if(!(((((key2 === "commit") || (key2 === "ref")) || (key2 === "runUrl")) || (key2 === "ci")) || (key2 === "github"))){
const err37 = {instancePath:instancePath+"/context",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema1.properties.context,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11.commit !== undefined){
let data12 = data11.commit;
if((typeof data12 !== "string") && (data12 !== null)){
const err38 = {instancePath:instancePath+"/context/commit",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/commit/type",keyword:"type",params:{type: schema1.properties.context.properties.commit.type},message:"must be string,null",schema:schema1.properties.context.properties.commit.type,parentSchema:schema1.properties.context.properties.commit,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.ref !== undefined){
let data13 = data11.ref;
if((typeof data13 !== "string") && (data13 !== null)){
const err39 = {instancePath:instancePath+"/context/ref",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/ref/type",keyword:"type",params:{type: schema1.properties.context.properties.ref.type},message:"must be string,null",schema:schema1.properties.context.properties.ref.type,parentSchema:schema1.properties.context.properties.ref,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.runUrl !== undefined){
let data14 = data11.runUrl;
if((typeof data14 !== "string") && (data14 !== null)){
const err40 = {instancePath:instancePath+"/context/runUrl",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/runUrl/type",keyword:"type",params:{type: schema1.properties.context.properties.runUrl.type},message:"must be string,null",schema:schema1.properties.context.properties.runUrl.type,parentSchema:schema1.properties.context.properties.runUrl,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data11.ci !== undefined){
let data15 = data11.ci;
if(typeof data15 !== "boolean"){
const err41 = {instancePath:instancePath+"/context/ci",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/ci/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema1.properties.context.properties.ci.type,parentSchema:schema1.properties.context.properties.ci,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.github !== undefined){
let data16 = data11.github;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.repository === undefined){
const err42 = {instancePath:instancePath+"/context/github",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema1.properties.context.properties.github.required,parentSchema:schema1.properties.context.properties.github,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16.workflowRef === undefined){
const err43 = {instancePath:instancePath+"/context/github",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/required",keyword:"required",params:{missingProperty: "workflowRef"},message:"must have required property '"+"workflowRef"+"'",schema:schema1.properties.context.properties.github.required,parentSchema:schema1.properties.context.properties.github,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data16.runId === undefined){
const err44 = {instancePath:instancePath+"/context/github",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/required",keyword:"required",params:{missingProperty: "runId"},message:"must have required property '"+"runId"+"'",schema:schema1.properties.context.properties.github.required,parentSchema:schema1.properties.context.properties.github,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data16.runAttempt === undefined){
const err45 = {instancePath:instancePath+"/context/github",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/required",keyword:"required",params:{missingProperty: "runAttempt"},message:"must have required property '"+"runAttempt"+"'",schema:schema1.properties.context.properties.github.required,parentSchema:schema1.properties.context.properties.github,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data16.sha === undefined){
const err46 = {instancePath:instancePath+"/context/github",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'",schema:schema1.properties.context.properties.github.required,parentSchema:schema1.properties.context.properties.github,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key3 in data16){
if(!(((((key3 === "repository") || (key3 === "workflowRef")) || (key3 === "runId")) || (key3 === "runAttempt")) || (key3 === "sha"))){
const err47 = {instancePath:instancePath+"/context/github",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema1.properties.context.properties.github,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data16.repository !== undefined){
let data17 = data16.repository;
if(typeof data17 === "string"){
if(!pattern3.test(data17)){
const err48 = {instancePath:instancePath+"/context/github/repository",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema1.properties.context.properties.github.properties.repository,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/context/github/repository",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.context.properties.github.properties.repository.type,parentSchema:schema1.properties.context.properties.github.properties.repository,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data16.workflowRef !== undefined){
let data18 = data16.workflowRef;
if(typeof data18 === "string"){
if(func0(data18) < 1){
const err50 = {instancePath:instancePath+"/context/github/workflowRef",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/workflowRef/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema1.properties.context.properties.github.properties.workflowRef,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/context/github/workflowRef",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/workflowRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.context.properties.github.properties.workflowRef.type,parentSchema:schema1.properties.context.properties.github.properties.workflowRef,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data16.runId !== undefined){
let data19 = data16.runId;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err52 = {instancePath:instancePath+"/context/github/runId",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/runId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema1.properties.context.properties.github.properties.runId.type,parentSchema:schema1.properties.context.properties.github.properties.runId,data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 1 || isNaN(data19)){
const err53 = {instancePath:instancePath+"/context/github/runId",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/runId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema1.properties.context.properties.github.properties.runId,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data16.runAttempt !== undefined){
let data20 = data16.runAttempt;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err54 = {instancePath:instancePath+"/context/github/runAttempt",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/runAttempt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema1.properties.context.properties.github.properties.runAttempt.type,parentSchema:schema1.properties.context.properties.github.properties.runAttempt,data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 1 || isNaN(data20)){
const err55 = {instancePath:instancePath+"/context/github/runAttempt",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/runAttempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema1.properties.context.properties.github.properties.runAttempt,data:data20};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
if(data16.sha !== undefined){
let data21 = data16.sha;
if(typeof data21 === "string"){
if(!pattern4.test(data21)){
const err56 = {instancePath:instancePath+"/context/github/sha",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema1.properties.context.properties.github.properties.sha,data:data21};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/context/github/sha",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.context.properties.github.properties.sha.type,parentSchema:schema1.properties.context.properties.github.properties.sha,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/context/github",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.properties.context.properties.github.type,parentSchema:schema1.properties.context.properties.github,data:data16};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/context",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/context/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.properties.context.type,parentSchema:schema1.properties.context,data:data11};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.createdAt !== undefined){
let data22 = data.createdAt;
if(typeof data22 === "string"){
if(!(formats0.validate(data22))){
const err60 = {instancePath:instancePath+"/createdAt",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema1.properties.createdAt,data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/createdAt",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.createdAt.type,parentSchema:schema1.properties.createdAt,data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.verdict !== undefined){
let data23 = data.verdict;
if(!(((data23 === "pass") || (data23 === "warn")) || (data23 === "fail"))){
const err62 = {instancePath:instancePath+"/verdict",schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema1.properties.verdict.enum},message:"must be equal to one of the allowed values",schema:schema1.properties.verdict.enum,parentSchema:schema1.properties.verdict,data:data23};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath,schemaPath:"https://modelgate.dev/schemas/evidence-envelope.schema.json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.type,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err64 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema0.allOf[1].required,parentSchema:schema0.allOf[1],data};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data.base === undefined){
const err65 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema0.allOf[1].required,parentSchema:schema0.allOf[1],data};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data.head === undefined){
const err66 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "head"},message:"must have required property '"+"head"+"'",schema:schema0.allOf[1].required,parentSchema:schema0.allOf[1],data};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data.mergeBase === undefined){
const err67 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "mergeBase"},message:"must have required property '"+"mergeBase"+"'",schema:schema0.allOf[1].required,parentSchema:schema0.allOf[1],data};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data.desiredStateChanged === undefined){
const err68 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "desiredStateChanged"},message:"must have required property '"+"desiredStateChanged"+"'",schema:schema0.allOf[1].required,parentSchema:schema0.allOf[1],data};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data.blocked === undefined){
const err69 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "blocked"},message:"must have required property '"+"blocked"+"'",schema:schema0.allOf[1].required,parentSchema:schema0.allOf[1],data};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data.changes === undefined){
const err70 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'",schema:schema0.allOf[1].required,parentSchema:schema0.allOf[1],data};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data.blocking === undefined){
const err71 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "blocking"},message:"must have required property '"+"blocking"+"'",schema:schema0.allOf[1].required,parentSchema:schema0.allOf[1],data};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data.kind !== undefined){
let data24 = data.kind;
if("registry-check" !== data24){
const err72 = {instancePath:instancePath+"/kind",schemaPath:"#/allOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "registry-check"},message:"must be equal to constant",schema:"registry-check",parentSchema:schema0.allOf[1].properties.kind,data:data24};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.base !== undefined){
let data25 = data.base;
if(typeof data25 === "string"){
if(!pattern5.test(data25)){
const err73 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/oid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\"",schema:"^[0-9a-f]{40}$",parentSchema:schema2,data:data25};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/base",schemaPath:"#/$defs/oid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data25};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.head !== undefined){
let data26 = data.head;
if(typeof data26 === "string"){
if(!pattern5.test(data26)){
const err75 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/oid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\"",schema:"^[0-9a-f]{40}$",parentSchema:schema2,data:data26};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/head",schemaPath:"#/$defs/oid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data26};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.mergeBase !== undefined){
let data27 = data.mergeBase;
if(typeof data27 === "string"){
if(!pattern5.test(data27)){
const err77 = {instancePath:instancePath+"/mergeBase",schemaPath:"#/$defs/oid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\"",schema:"^[0-9a-f]{40}$",parentSchema:schema2,data:data27};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/mergeBase",schemaPath:"#/$defs/oid/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data27};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.desiredStateChanged !== undefined){
let data28 = data.desiredStateChanged;
if(typeof data28 !== "boolean"){
const err79 = {instancePath:instancePath+"/desiredStateChanged",schemaPath:"#/allOf/1/properties/desiredStateChanged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.allOf[1].properties.desiredStateChanged.type,parentSchema:schema0.allOf[1].properties.desiredStateChanged,data:data28};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data.blocked !== undefined){
let data29 = data.blocked;
if(typeof data29 !== "boolean"){
const err80 = {instancePath:instancePath+"/blocked",schemaPath:"#/allOf/1/properties/blocked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.allOf[1].properties.blocked.type,parentSchema:schema0.allOf[1].properties.blocked,data:data29};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.changes !== undefined){
let data30 = data.changes;
if(Array.isArray(data30)){
const len1 = data30.length;
for(let i1=0; i1<len1; i1++){
if(!(validate1(data30[i1], {instancePath:instancePath+"/changes/" + i1,parentData:data30,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
}
}
else {
const err81 = {instancePath:instancePath+"/changes",schemaPath:"#/allOf/1/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.allOf[1].properties.changes.type,parentSchema:schema0.allOf[1].properties.changes,data:data30};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data.blocking !== undefined){
let data32 = data.blocking;
if(Array.isArray(data32)){
const len2 = data32.length;
for(let i2=0; i2<len2; i2++){
let data33 = data32[i2];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.path === undefined){
const err82 = {instancePath:instancePath+"/blocking/" + i2,schemaPath:"#/$defs/blocking/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema12.required,parentSchema:schema12,data:data33};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data33.check === undefined){
const err83 = {instancePath:instancePath+"/blocking/" + i2,schemaPath:"#/$defs/blocking/required",keyword:"required",params:{missingProperty: "check"},message:"must have required property '"+"check"+"'",schema:schema12.required,parentSchema:schema12,data:data33};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data33.message === undefined){
const err84 = {instancePath:instancePath+"/blocking/" + i2,schemaPath:"#/$defs/blocking/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema12.required,parentSchema:schema12,data:data33};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
for(const key4 in data33){
if(!((((((key4 === "path") || (key4 === "check")) || (key4 === "message")) || (key4 === "file")) || (key4 === "line")) || (key4 === "field"))){
const err85 = {instancePath:instancePath+"/blocking/" + i2,schemaPath:"#/$defs/blocking/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data:data33};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data33.path !== undefined){
let data34 = data33.path;
if(typeof data34 !== "string"){
const err86 = {instancePath:instancePath+"/blocking/" + i2+"/path",schemaPath:"#/$defs/blocking/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.path.type,parentSchema:schema12.properties.path,data:data34};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data33.check !== undefined){
let data35 = data33.check;
if(typeof data35 !== "string"){
const err87 = {instancePath:instancePath+"/blocking/" + i2+"/check",schemaPath:"#/$defs/blocking/properties/check/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.check.type,parentSchema:schema12.properties.check,data:data35};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data33.message !== undefined){
let data36 = data33.message;
if(typeof data36 !== "string"){
const err88 = {instancePath:instancePath+"/blocking/" + i2+"/message",schemaPath:"#/$defs/blocking/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.message.type,parentSchema:schema12.properties.message,data:data36};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data33.file !== undefined){
let data37 = data33.file;
if(typeof data37 !== "string"){
const err89 = {instancePath:instancePath+"/blocking/" + i2+"/file",schemaPath:"#/$defs/blocking/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.file.type,parentSchema:schema12.properties.file,data:data37};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data33.line !== undefined){
let data38 = data33.line;
if((!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))) && (data38 !== null)){
const err90 = {instancePath:instancePath+"/blocking/" + i2+"/line",schemaPath:"#/$defs/blocking/properties/line/type",keyword:"type",params:{type: schema12.properties.line.type},message:"must be integer,null",schema:schema12.properties.line.type,parentSchema:schema12.properties.line,data:data38};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 1 || isNaN(data38)){
const err91 = {instancePath:instancePath+"/blocking/" + i2+"/line",schemaPath:"#/$defs/blocking/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.line,data:data38};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
if(data33.field !== undefined){
let data39 = data33.field;
if(typeof data39 !== "string"){
const err92 = {instancePath:instancePath+"/blocking/" + i2+"/field",schemaPath:"#/$defs/blocking/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.field.type,parentSchema:schema12.properties.field,data:data39};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/blocking/" + i2,schemaPath:"#/$defs/blocking/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data33};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/blocking",schemaPath:"#/allOf/1/properties/blocking/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.allOf[1].properties.blocking.type,parentSchema:schema0.allOf[1].properties.blocking,data:data32};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.evidence !== undefined){
let data40 = data.evidence;
if(Array.isArray(data40)){
const len3 = data40.length;
for(let i3=0; i3<len3; i3++){
let data41 = data40[i3];
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.uri === undefined){
const err95 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data41.sha256 === undefined){
const err96 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data41.kind === undefined){
const err97 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data41.subject === undefined){
const err98 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data41.environment === undefined){
const err99 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data41.mode === undefined){
const err100 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data41.status === undefined){
const err101 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data41.method === undefined){
const err102 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data41.message === undefined){
const err103 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data41.mismatches === undefined){
const err104 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "mismatches"},message:"must have required property '"+"mismatches"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data41.seconds === undefined){
const err105 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "seconds"},message:"must have required property '"+"seconds"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data41.rows === undefined){
const err106 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data41.cached === undefined){
const err107 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/required",keyword:"required",params:{missingProperty: "cached"},message:"must have required property '"+"cached"+"'",schema:schema13.required,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key5 in data41){
if(!(func5.call(schema13.properties, key5))){
const err108 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data41.uri !== undefined){
let data42 = data41.uri;
if(typeof data42 !== "string"){
const err109 = {instancePath:instancePath+"/evidence/" + i3+"/uri",schemaPath:"#/$defs/evidenceVerification/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.uri.type,parentSchema:schema13.properties.uri,data:data42};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data41.sha256 !== undefined){
let data43 = data41.sha256;
if(typeof data43 === "string"){
if(!pattern2.test(data43)){
const err110 = {instancePath:instancePath+"/evidence/" + i3+"/sha256",schemaPath:"#/$defs/evidenceVerification/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema13.properties.sha256,data:data43};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/evidence/" + i3+"/sha256",schemaPath:"#/$defs/evidenceVerification/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.sha256.type,parentSchema:schema13.properties.sha256,data:data43};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data41.kind !== undefined){
let data44 = data41.kind;
if(typeof data44 !== "string"){
const err112 = {instancePath:instancePath+"/evidence/" + i3+"/kind",schemaPath:"#/$defs/evidenceVerification/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.kind.type,parentSchema:schema13.properties.kind,data:data44};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data41.subject !== undefined){
let data45 = data41.subject;
if(typeof data45 !== "string"){
const err113 = {instancePath:instancePath+"/evidence/" + i3+"/subject",schemaPath:"#/$defs/evidenceVerification/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.subject.type,parentSchema:schema13.properties.subject,data:data45};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data41.environment !== undefined){
let data46 = data41.environment;
if(typeof data46 !== "string"){
const err114 = {instancePath:instancePath+"/evidence/" + i3+"/environment",schemaPath:"#/$defs/evidenceVerification/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.environment.type,parentSchema:schema13.properties.environment,data:data46};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data41.mode !== undefined){
let data47 = data41.mode;
if(!((((data47 === "recompute") || (data47 === "provenance")) || (data47 === "either")) || (data47 === "none"))){
const err115 = {instancePath:instancePath+"/evidence/" + i3+"/mode",schemaPath:"#/$defs/evidenceVerification/properties/mode/enum",keyword:"enum",params:{allowedValues: schema13.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.mode.enum,parentSchema:schema13.properties.mode,data:data47};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data41.status !== undefined){
let data48 = data41.status;
if(!(((data48 === "verified") || (data48 === "refused")) || (data48 === "unverified"))){
const err116 = {instancePath:instancePath+"/evidence/" + i3+"/status",schemaPath:"#/$defs/evidenceVerification/properties/status/enum",keyword:"enum",params:{allowedValues: schema13.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.status.enum,parentSchema:schema13.properties.status,data:data48};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data41.method !== undefined){
let data49 = data41.method;
if(!(((data49 === "recompute") || (data49 === "provenance")) || (data49 === null))){
const err117 = {instancePath:instancePath+"/evidence/" + i3+"/method",schemaPath:"#/$defs/evidenceVerification/properties/method/enum",keyword:"enum",params:{allowedValues: schema13.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema13.properties.method.enum,parentSchema:schema13.properties.method,data:data49};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data41.message !== undefined){
let data50 = data41.message;
if(typeof data50 !== "string"){
const err118 = {instancePath:instancePath+"/evidence/" + i3+"/message",schemaPath:"#/$defs/evidenceVerification/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.message.type,parentSchema:schema13.properties.message,data:data50};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data41.mismatches !== undefined){
let data51 = data41.mismatches;
if(Array.isArray(data51)){
const len4 = data51.length;
for(let i4=0; i4<len4; i4++){
let data52 = data51[i4];
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
if(data52.figure === undefined){
const err119 = {instancePath:instancePath+"/evidence/" + i3+"/mismatches/" + i4,schemaPath:"#/$defs/evidenceVerification/properties/mismatches/items/required",keyword:"required",params:{missingProperty: "figure"},message:"must have required property '"+"figure"+"'",schema:schema13.properties.mismatches.items.required,parentSchema:schema13.properties.mismatches.items,data:data52};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data52.claimed === undefined){
const err120 = {instancePath:instancePath+"/evidence/" + i3+"/mismatches/" + i4,schemaPath:"#/$defs/evidenceVerification/properties/mismatches/items/required",keyword:"required",params:{missingProperty: "claimed"},message:"must have required property '"+"claimed"+"'",schema:schema13.properties.mismatches.items.required,parentSchema:schema13.properties.mismatches.items,data:data52};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data52.recomputed === undefined){
const err121 = {instancePath:instancePath+"/evidence/" + i3+"/mismatches/" + i4,schemaPath:"#/$defs/evidenceVerification/properties/mismatches/items/required",keyword:"required",params:{missingProperty: "recomputed"},message:"must have required property '"+"recomputed"+"'",schema:schema13.properties.mismatches.items.required,parentSchema:schema13.properties.mismatches.items,data:data52};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
for(const key6 in data52){
if(!(((key6 === "figure") || (key6 === "claimed")) || (key6 === "recomputed"))){
const err122 = {instancePath:instancePath+"/evidence/" + i3+"/mismatches/" + i4,schemaPath:"#/$defs/evidenceVerification/properties/mismatches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema13.properties.mismatches.items,data:data52};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data52.figure !== undefined){
let data53 = data52.figure;
if(typeof data53 !== "string"){
const err123 = {instancePath:instancePath+"/evidence/" + i3+"/mismatches/" + i4+"/figure",schemaPath:"#/$defs/evidenceVerification/properties/mismatches/items/properties/figure/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.mismatches.items.properties.figure.type,parentSchema:schema13.properties.mismatches.items.properties.figure,data:data53};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/evidence/" + i3+"/mismatches/" + i4,schemaPath:"#/$defs/evidenceVerification/properties/mismatches/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.mismatches.items.type,parentSchema:schema13.properties.mismatches.items,data:data52};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/evidence/" + i3+"/mismatches",schemaPath:"#/$defs/evidenceVerification/properties/mismatches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema13.properties.mismatches.type,parentSchema:schema13.properties.mismatches,data:data51};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data41.seconds !== undefined){
let data54 = data41.seconds;
if((!((typeof data54 == "number") && (isFinite(data54)))) && (data54 !== null)){
const err126 = {instancePath:instancePath+"/evidence/" + i3+"/seconds",schemaPath:"#/$defs/evidenceVerification/properties/seconds/type",keyword:"type",params:{type: schema13.properties.seconds.type},message:"must be number,null",schema:schema13.properties.seconds.type,parentSchema:schema13.properties.seconds,data:data54};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 0 || isNaN(data54)){
const err127 = {instancePath:instancePath+"/evidence/" + i3+"/seconds",schemaPath:"#/$defs/evidenceVerification/properties/seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.seconds,data:data54};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
if(data41.rows !== undefined){
let data55 = data41.rows;
if((!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))) && (data55 !== null)){
const err128 = {instancePath:instancePath+"/evidence/" + i3+"/rows",schemaPath:"#/$defs/evidenceVerification/properties/rows/type",keyword:"type",params:{type: schema13.properties.rows.type},message:"must be integer,null",schema:schema13.properties.rows.type,parentSchema:schema13.properties.rows,data:data55};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < 0 || isNaN(data55)){
const err129 = {instancePath:instancePath+"/evidence/" + i3+"/rows",schemaPath:"#/$defs/evidenceVerification/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema13.properties.rows,data:data55};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
if(data41.cached !== undefined){
let data56 = data41.cached;
if(typeof data56 !== "boolean"){
const err130 = {instancePath:instancePath+"/evidence/" + i3+"/cached",schemaPath:"#/$defs/evidenceVerification/properties/cached/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema13.properties.cached.type,parentSchema:schema13.properties.cached,data:data56};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/evidence/" + i3,schemaPath:"#/$defs/evidenceVerification/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data41};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/evidence",schemaPath:"#/allOf/1/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.allOf[1].properties.evidence.type,parentSchema:schema0.allOf[1].properties.evidence,data:data40};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.approvals !== undefined){
let data57 = data.approvals;
const _errs125 = errors;
let valid26 = false;
let passing0 = null;
const _errs126 = errors;
if(data57 !== null){
const err133 = {instancePath:instancePath+"/approvals",schemaPath:"#/allOf/1/properties/approvals/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema0.allOf[1].properties.approvals.oneOf[0].type,parentSchema:schema0.allOf[1].properties.approvals.oneOf[0],data:data57};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
var _valid0 = _errs126 === errors;
if(_valid0){
valid26 = true;
passing0 = 0;
}
const _errs128 = errors;
if(!(validate3(data57, {instancePath:instancePath+"/approvals",parentData:data,parentDataProperty:"approvals",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
var _valid0 = _errs128 === errors;
if(_valid0 && valid26){
valid26 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid26 = true;
passing0 = 1;
}
}
if(!valid26){
const err134 = {instancePath:instancePath+"/approvals",schemaPath:"#/allOf/1/properties/approvals/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema0.allOf[1].properties.approvals.oneOf,parentSchema:schema0.allOf[1].properties.approvals,data:data57};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
else {
errors = _errs125;
if(vErrors !== null){
if(_errs125){
vErrors.length = _errs125;
}
else {
vErrors = null;
}
}
}
}
if(data.competing !== undefined){
let data58 = data.competing;
if(Array.isArray(data58)){
const len5 = data58.length;
for(let i5=0; i5<len5; i5++){
let data59 = data58[i5];
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(data59.pullRequest === undefined){
const err135 = {instancePath:instancePath+"/competing/" + i5,schemaPath:"#/$defs/competing/required",keyword:"required",params:{missingProperty: "pullRequest"},message:"must have required property '"+"pullRequest"+"'",schema:schema16.required,parentSchema:schema16,data:data59};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(data59.url === undefined){
const err136 = {instancePath:instancePath+"/competing/" + i5,schemaPath:"#/$defs/competing/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema16.required,parentSchema:schema16,data:data59};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
if(data59.title === undefined){
const err137 = {instancePath:instancePath+"/competing/" + i5,schemaPath:"#/$defs/competing/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema16.required,parentSchema:schema16,data:data59};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data59.model === undefined){
const err138 = {instancePath:instancePath+"/competing/" + i5,schemaPath:"#/$defs/competing/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'",schema:schema16.required,parentSchema:schema16,data:data59};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(data59.environment === undefined){
const err139 = {instancePath:instancePath+"/competing/" + i5,schemaPath:"#/$defs/competing/required",keyword:"required",params:{missingProperty: "environment"},message:"must have required property '"+"environment"+"'",schema:schema16.required,parentSchema:schema16,data:data59};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
for(const key7 in data59){
if(!(((((key7 === "pullRequest") || (key7 === "url")) || (key7 === "title")) || (key7 === "model")) || (key7 === "environment"))){
const err140 = {instancePath:instancePath+"/competing/" + i5,schemaPath:"#/$defs/competing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data:data59};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data59.pullRequest !== undefined){
let data60 = data59.pullRequest;
if(typeof data60 !== "string"){
const err141 = {instancePath:instancePath+"/competing/" + i5+"/pullRequest",schemaPath:"#/$defs/competing/properties/pullRequest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.pullRequest.type,parentSchema:schema16.properties.pullRequest,data:data60};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data59.url !== undefined){
let data61 = data59.url;
if(typeof data61 !== "string"){
const err142 = {instancePath:instancePath+"/competing/" + i5+"/url",schemaPath:"#/$defs/competing/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.url.type,parentSchema:schema16.properties.url,data:data61};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data59.title !== undefined){
let data62 = data59.title;
if(typeof data62 !== "string"){
const err143 = {instancePath:instancePath+"/competing/" + i5+"/title",schemaPath:"#/$defs/competing/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.title.type,parentSchema:schema16.properties.title,data:data62};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data59.model !== undefined){
let data63 = data59.model;
if(typeof data63 !== "string"){
const err144 = {instancePath:instancePath+"/competing/" + i5+"/model",schemaPath:"#/$defs/competing/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.model.type,parentSchema:schema16.properties.model,data:data63};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data59.environment !== undefined){
let data64 = data59.environment;
if(typeof data64 !== "string"){
const err145 = {instancePath:instancePath+"/competing/" + i5+"/environment",schemaPath:"#/$defs/competing/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.environment.type,parentSchema:schema16.properties.environment,data:data64};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/competing/" + i5,schemaPath:"#/$defs/competing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data:data59};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
else {
const err147 = {instancePath:instancePath+"/competing",schemaPath:"#/allOf/1/properties/competing/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.allOf[1].properties.competing.type,parentSchema:schema0.allOf[1].properties.competing,data:data58};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.allOf[1].type,parentSchema:schema0.allOf[1],data};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":{"kind":true,"base":true,"head":true,"mergeBase":true,"desiredStateChanged":true,"blocked":true,"changes":true,"blocking":true,"evidence":true,"approvals":true,"competing":true,"schemaVersion":true,"tool":true,"subject":true,"inputs":true,"context":true,"createdAt":true,"verdict":true},"dynamicProps":false,"dynamicItems":false};

