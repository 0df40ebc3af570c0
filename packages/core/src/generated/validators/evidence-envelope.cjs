/* Generated from schemas/evidence-envelope.schema.json by scripts/gen-validators.ts (pnpm gen:validators). Do not edit. */
"use strict";
exports.validate = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/evidence-envelope.schema.json","title":"EvidenceEnvelope","description":"The envelope every report modelgate writes starts with: what the report is about, the exact inputs (by sha256) it was computed from, where it ran and its verdict. Report schemas extend it with allOf.","type":"object","required":["kind","schemaVersion","tool","subject","inputs","context","createdAt","verdict"],"properties":{"kind":{"description":"The report kind, e.g. data-profile, data-validation, evaluation, ml-test-score-report, registry-check, deploy-plan.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"schemaVersion":{"description":"Version of the envelope format; always 1.","const":1},"tool":{"description":"The tool that wrote the report.","type":"object","required":["name","version"],"additionalProperties":false,"properties":{"name":{"description":"Tool name, normally modelgate.","type":"string","minLength":1},"version":{"description":"Tool version that produced the report.","type":"string","minLength":1}}},"subject":{"description":"What the report is about: model@version, dataset@version, or a bare name.","type":"string","minLength":1},"inputs":{"description":"Every exact input the report was computed from, bound by digest.","type":"array","items":{"description":"One input file.","type":"object","required":["role","uri","sha256"],"additionalProperties":false,"properties":{"role":{"description":"What the input was to the report: model, champion, data, reference, schema, profile, declarations, evidence.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"uri":{"description":"Where the input is: file:<path relative to the repository> or an https:// URL.","type":"string","minLength":1},"sha256":{"description":"sha256 of the input's bytes, 64 lowercase hex characters.","type":"string","pattern":"^[0-9a-f]{64}$"}}}},"context":{"description":"Where the report was produced.","type":"object","required":["commit","ref","runUrl","ci"],"additionalProperties":false,"properties":{"commit":{"description":"The commit the run checked out, or null when unknown.","type":["string","null"]},"ref":{"description":"The git ref of the run (e.g. refs/heads/main), or null when unknown.","type":["string","null"]},"runUrl":{"description":"URL of the CI run, or null when unknown.","type":["string","null"]},"ci":{"description":"True when the process that made the report ran with CI=true or GITHUB_ACTIONS=true. A claim, not a proof: nothing is trusted or counted for it (the gate verifies figures by recomputation).","type":"boolean"},"github":{"description":"The GitHub Actions run that made the report (GITHUB_ACTIONS=true); absent elsewhere. A claim the provenance verifier checks through the GitHub API: the run exists in this repository, ran a trusted workflow on the version's code commit, concluded success and uploaded this file (docs/security.md).","type":"object","required":["repository","workflowRef","runId","runAttempt","sha"],"additionalProperties":false,"properties":{"repository":{"description":"The repository the run belongs to, owner/name (GITHUB_REPOSITORY).","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"workflowRef":{"description":"The workflow file and ref the run ran (GITHUB_WORKFLOW_REF), e.g. acme/churn-model/.github/workflows/evidence.yml@refs/heads/main; for a reusable workflow, its caller.","type":"string","minLength":1},"runId":{"description":"The workflow run's id (GITHUB_RUN_ID).","type":"integer","minimum":1},"runAttempt":{"description":"The attempt of the run (GITHUB_RUN_ATTEMPT), 1 for the first.","type":"integer","minimum":1},"sha":{"description":"The commit the run ran on (GITHUB_SHA).","type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"}}}}},"createdAt":{"description":"When the report was written (RFC 3339 date-time, UTC).","type":"string","format":"date-time"},"verdict":{"description":"The report's overall verdict.","enum":["pass","warn","fail"]}},"examples":[{"kind":"data-validation","schemaVersion":1,"tool":{"name":"modelgate","version":"0.1.0"},"subject":"loans@2026-08","inputs":[{"role":"data","uri":"file:data/serving.csv","sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}],"context":{"commit":null,"ref":null,"runUrl":null,"ci":false},"createdAt":"2026-11-23T12:00:00Z","verdict":"pass"}]};
const pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
const pattern2 = new RegExp("^[0-9a-f]{64}$", "u");
const pattern3 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern4 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const func0 = require("ajv/dist/runtime/ucs2length").default;
const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://modelgate.dev/schemas/evidence-envelope.schema.json" */;
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.schemaVersion === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tool === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.subject === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.inputs === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.context === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "context"},message:"must have required property '"+"context"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.createdAt === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.verdict === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'",schema:schema0.required,parentSchema:schema0,data};
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
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,63}$",parentSchema:schema0.properties.kind,data:data0};
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
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.kind.type,parentSchema:schema0.properties.kind,data:data0};
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
const err10 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema0.properties.schemaVersion,data:data1};
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
const err11 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema0.properties.tool.required,parentSchema:schema0.properties.tool,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.version === undefined){
const err12 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema0.properties.tool.required,parentSchema:schema0.properties.tool,data:data2};
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
const err13 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.tool,data:data2};
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
const err14 = {instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.tool.properties.name,data:data3};
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
const err15 = {instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.tool.properties.name.type,parentSchema:schema0.properties.tool.properties.name,data:data3};
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
const err16 = {instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.tool.properties.version,data:data4};
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
const err17 = {instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.tool.properties.version.type,parentSchema:schema0.properties.tool.properties.version,data:data4};
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
const err18 = {instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.tool.type,parentSchema:schema0.properties.tool,data:data2};
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
const err19 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.subject,data:data5};
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
const err20 = {instancePath:instancePath+"/subject",schemaPath:"#/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.subject.type,parentSchema:schema0.properties.subject,data:data5};
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
const err21 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/properties/inputs/items/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema0.properties.inputs.items.required,parentSchema:schema0.properties.inputs.items,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.uri === undefined){
const err22 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/properties/inputs/items/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema0.properties.inputs.items.required,parentSchema:schema0.properties.inputs.items,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.sha256 === undefined){
const err23 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/properties/inputs/items/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema0.properties.inputs.items.required,parentSchema:schema0.properties.inputs.items,data:data7};
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
const err24 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/properties/inputs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.inputs.items,data:data7};
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
const err25 = {instancePath:instancePath+"/inputs/" + i0+"/role",schemaPath:"#/properties/inputs/items/properties/role/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,63}$",parentSchema:schema0.properties.inputs.items.properties.role,data:data8};
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
const err26 = {instancePath:instancePath+"/inputs/" + i0+"/role",schemaPath:"#/properties/inputs/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.inputs.items.properties.role.type,parentSchema:schema0.properties.inputs.items.properties.role,data:data8};
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
const err27 = {instancePath:instancePath+"/inputs/" + i0+"/uri",schemaPath:"#/properties/inputs/items/properties/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.inputs.items.properties.uri,data:data9};
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
const err28 = {instancePath:instancePath+"/inputs/" + i0+"/uri",schemaPath:"#/properties/inputs/items/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.inputs.items.properties.uri.type,parentSchema:schema0.properties.inputs.items.properties.uri,data:data9};
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
const err29 = {instancePath:instancePath+"/inputs/" + i0+"/sha256",schemaPath:"#/properties/inputs/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema0.properties.inputs.items.properties.sha256,data:data10};
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
const err30 = {instancePath:instancePath+"/inputs/" + i0+"/sha256",schemaPath:"#/properties/inputs/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.inputs.items.properties.sha256.type,parentSchema:schema0.properties.inputs.items.properties.sha256,data:data10};
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
const err31 = {instancePath:instancePath+"/inputs/" + i0,schemaPath:"#/properties/inputs/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.inputs.items.type,parentSchema:schema0.properties.inputs.items,data:data7};
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
const err32 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.inputs.type,parentSchema:schema0.properties.inputs,data:data6};
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
const err33 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'",schema:schema0.properties.context.required,parentSchema:schema0.properties.context,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11.ref === undefined){
const err34 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/required",keyword:"required",params:{missingProperty: "ref"},message:"must have required property '"+"ref"+"'",schema:schema0.properties.context.required,parentSchema:schema0.properties.context,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data11.runUrl === undefined){
const err35 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/required",keyword:"required",params:{missingProperty: "runUrl"},message:"must have required property '"+"runUrl"+"'",schema:schema0.properties.context.required,parentSchema:schema0.properties.context,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data11.ci === undefined){
const err36 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/required",keyword:"required",params:{missingProperty: "ci"},message:"must have required property '"+"ci"+"'",schema:schema0.properties.context.required,parentSchema:schema0.properties.context,data:data11};
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
const err37 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.context,data:data11};
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
const err38 = {instancePath:instancePath+"/context/commit",schemaPath:"#/properties/context/properties/commit/type",keyword:"type",params:{type: schema0.properties.context.properties.commit.type},message:"must be string,null",schema:schema0.properties.context.properties.commit.type,parentSchema:schema0.properties.context.properties.commit,data:data12};
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
const err39 = {instancePath:instancePath+"/context/ref",schemaPath:"#/properties/context/properties/ref/type",keyword:"type",params:{type: schema0.properties.context.properties.ref.type},message:"must be string,null",schema:schema0.properties.context.properties.ref.type,parentSchema:schema0.properties.context.properties.ref,data:data13};
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
const err40 = {instancePath:instancePath+"/context/runUrl",schemaPath:"#/properties/context/properties/runUrl/type",keyword:"type",params:{type: schema0.properties.context.properties.runUrl.type},message:"must be string,null",schema:schema0.properties.context.properties.runUrl.type,parentSchema:schema0.properties.context.properties.runUrl,data:data14};
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
const err41 = {instancePath:instancePath+"/context/ci",schemaPath:"#/properties/context/properties/ci/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.context.properties.ci.type,parentSchema:schema0.properties.context.properties.ci,data:data15};
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
const err42 = {instancePath:instancePath+"/context/github",schemaPath:"#/properties/context/properties/github/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema0.properties.context.properties.github.required,parentSchema:schema0.properties.context.properties.github,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16.workflowRef === undefined){
const err43 = {instancePath:instancePath+"/context/github",schemaPath:"#/properties/context/properties/github/required",keyword:"required",params:{missingProperty: "workflowRef"},message:"must have required property '"+"workflowRef"+"'",schema:schema0.properties.context.properties.github.required,parentSchema:schema0.properties.context.properties.github,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data16.runId === undefined){
const err44 = {instancePath:instancePath+"/context/github",schemaPath:"#/properties/context/properties/github/required",keyword:"required",params:{missingProperty: "runId"},message:"must have required property '"+"runId"+"'",schema:schema0.properties.context.properties.github.required,parentSchema:schema0.properties.context.properties.github,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data16.runAttempt === undefined){
const err45 = {instancePath:instancePath+"/context/github",schemaPath:"#/properties/context/properties/github/required",keyword:"required",params:{missingProperty: "runAttempt"},message:"must have required property '"+"runAttempt"+"'",schema:schema0.properties.context.properties.github.required,parentSchema:schema0.properties.context.properties.github,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data16.sha === undefined){
const err46 = {instancePath:instancePath+"/context/github",schemaPath:"#/properties/context/properties/github/required",keyword:"required",params:{missingProperty: "sha"},message:"must have required property '"+"sha"+"'",schema:schema0.properties.context.properties.github.required,parentSchema:schema0.properties.context.properties.github,data:data16};
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
const err47 = {instancePath:instancePath+"/context/github",schemaPath:"#/properties/context/properties/github/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.context.properties.github,data:data16};
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
const err48 = {instancePath:instancePath+"/context/github/repository",schemaPath:"#/properties/context/properties/github/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema0.properties.context.properties.github.properties.repository,data:data17};
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
const err49 = {instancePath:instancePath+"/context/github/repository",schemaPath:"#/properties/context/properties/github/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.context.properties.github.properties.repository.type,parentSchema:schema0.properties.context.properties.github.properties.repository,data:data17};
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
const err50 = {instancePath:instancePath+"/context/github/workflowRef",schemaPath:"#/properties/context/properties/github/properties/workflowRef/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.context.properties.github.properties.workflowRef,data:data18};
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
const err51 = {instancePath:instancePath+"/context/github/workflowRef",schemaPath:"#/properties/context/properties/github/properties/workflowRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.context.properties.github.properties.workflowRef.type,parentSchema:schema0.properties.context.properties.github.properties.workflowRef,data:data18};
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
const err52 = {instancePath:instancePath+"/context/github/runId",schemaPath:"#/properties/context/properties/github/properties/runId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.context.properties.github.properties.runId.type,parentSchema:schema0.properties.context.properties.github.properties.runId,data:data19};
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
const err53 = {instancePath:instancePath+"/context/github/runId",schemaPath:"#/properties/context/properties/github/properties/runId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema0.properties.context.properties.github.properties.runId,data:data19};
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
const err54 = {instancePath:instancePath+"/context/github/runAttempt",schemaPath:"#/properties/context/properties/github/properties/runAttempt/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.context.properties.github.properties.runAttempt.type,parentSchema:schema0.properties.context.properties.github.properties.runAttempt,data:data20};
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
const err55 = {instancePath:instancePath+"/context/github/runAttempt",schemaPath:"#/properties/context/properties/github/properties/runAttempt/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema0.properties.context.properties.github.properties.runAttempt,data:data20};
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
const err56 = {instancePath:instancePath+"/context/github/sha",schemaPath:"#/properties/context/properties/github/properties/sha/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema0.properties.context.properties.github.properties.sha,data:data21};
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
const err57 = {instancePath:instancePath+"/context/github/sha",schemaPath:"#/properties/context/properties/github/properties/sha/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.context.properties.github.properties.sha.type,parentSchema:schema0.properties.context.properties.github.properties.sha,data:data21};
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
const err58 = {instancePath:instancePath+"/context/github",schemaPath:"#/properties/context/properties/github/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.context.properties.github.type,parentSchema:schema0.properties.context.properties.github,data:data16};
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
const err59 = {instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.context.type,parentSchema:schema0.properties.context,data:data11};
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
const err60 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema0.properties.createdAt,data:data22};
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
const err61 = {instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.createdAt.type,parentSchema:schema0.properties.createdAt,data:data22};
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
const err62 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema0.properties.verdict.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.verdict.enum,parentSchema:schema0.properties.verdict,data:data23};
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
const err63 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":{"kind":true,"schemaVersion":true,"tool":true,"subject":true,"inputs":true,"context":true,"createdAt":true,"verdict":true},"dynamicProps":false,"dynamicItems":false};

