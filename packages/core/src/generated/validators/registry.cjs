/* Generated from schemas/registry.schema.json by scripts/gen-validators.ts (pnpm gen:validators). Do not edit. */
"use strict";
exports.validate = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/registry.schema.json","title":"Registry","description":"The registry's configuration (modelgate.yaml): environments in promotion order with their policies, the artifact and data allow-lists and evidence freshness.","type":"object","required":["name","environments"],"additionalProperties":false,"properties":{"name":{"description":"The registry name.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"defaultBranch":{"description":"The branch whose head is the deployed state; merging into it deploys.","type":"string","minLength":1,"default":"main"},"environments":{"description":"The environments in promotion order: a version enters an environment only after it was live in the one before it.","type":"array","minItems":1,"items":{"$ref":"#/$defs/environment"}},"artifacts":{"description":"Where model artifacts may live.","type":"object","additionalProperties":false,"properties":{"allowedHosts":{"description":"Host names from which http(s) artifacts are allowed; file: artifacts must stay inside the repository.","type":"array","items":{"description":"A host name, e.g. models.acme.example.","type":"string","pattern":"^[A-Za-z0-9.-]+(:[0-9]{1,5})?$"}}}},"data":{"description":"Where data inputs may be downloaded from: the hosts an http(s) URL given to profile, infer-schema, validate-data or dataset register (and every redirect it makes) may come from.","type":"object","additionalProperties":false,"properties":{"allowedHosts":{"description":"Host names (host or host:port) from which http(s) data may be downloaded; without any, data URLs are refused.","type":"array","items":{"description":"A host name, e.g. data.acme.example.","type":"string","pattern":"^[A-Za-z0-9.-]+(:[0-9]{1,5})?$"}}}},"evidence":{"description":"Rules for evidence files.","type":"object","additionalProperties":false,"properties":{"maxAgeDays":{"description":"Evidence older than this many days is stale and does not count.","type":"integer","minimum":1},"trustedWorkflows":{"description":"The GitHub Actions workflows whose runs may vouch for evidence under evidence.verify: provenance (or either): the run that made a file must have run one of these, at this ref, on the version's lineage.codeCommit, concluded success and uploaded the file's exact bytes. Empty or absent: no run is trusted.","type":"array","uniqueItems":true,"items":{"description":"owner/repo/.github/workflows/file.yml@ref, in the form of GITHUB_WORKFLOW_REF, e.g. acme/churn-model/.github/workflows/evidence.yml@refs/heads/main (for a reusable workflow: its caller).","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml@refs/(heads|tags)/[^\\s]+$"}}}}},"$defs":{"environment":{"title":"RegistryEnvironment","description":"One deployment environment and the policy a version must meet to enter it.","type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"description":"The environment name; environments/<name>/ holds its desired state.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"description":{"description":"What the environment serves, for people reading the policy.","type":"string"},"policy":{"description":"The gate a promotion into this environment must pass; omitted means no gate beyond schema and digest checks.","$ref":"#/$defs/policy"}}},"policy":{"title":"EnvironmentPolicy","description":"The gate a promotion into the environment must pass.","type":"object","additionalProperties":false,"properties":{"requireEvaluation":{"description":"Require evaluation evidence bound to the artifact digest.","type":"boolean","default":false},"metrics":{"description":"Metric thresholds by metric name (e.g. roc_auc, log_loss), with MLflow MetricThreshold semantics.","type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"},"additionalProperties":{"$ref":"#/$defs/metricThreshold"}},"maxSliceDrop":{"description":"No important slice may drop by more than this (absolute, in metric units) against the champion.","type":"number","minimum":0},"maxLatencyRatio":{"description":"The challenger's p95 batch latency may be at most this multiple of the champion's, measured in the same evaluation (e.g. 1.5).","type":"number","exclusiveMinimum":0},"fairness":{"description":"Limits on the gaps between groups of each protected attribute.","type":"object","additionalProperties":false,"properties":{"demographicParityDifference":{"description":"Maximum difference in positive-prediction rate between groups (0..1).","type":"number","minimum":0,"maximum":1},"equalOpportunityDifference":{"description":"Maximum difference in true-positive rate between groups (0..1).","type":"number","minimum":0,"maximum":1}}},"requireDataValidation":{"description":"Require data-validation evidence: every data-validation report the version lists must verify and pass (verdict pass or warn) on its own. true: at least one report. A list names the reports that must be among them: training (the version's training data against the dataset schema: environment training, its data input one of the lineage's training datasets) and serving (a serving sample against the training data: environment serving, comparison skew).","oneOf":[{"description":"At least one data-validation report, every listed one passing.","type":"boolean"},{"description":"The reports required, each checked on its own.","type":"array","minItems":1,"uniqueItems":true,"items":{"description":"A required report: training or serving.","enum":["training","serving"]}}],"default":false},"minTestScore":{"description":"Minimum ML Test Score (the minimum of the four section sums).","type":"number","minimum":0},"maxModelAgeDays":{"description":"The version's createdAt may be no older than this many days.","type":"integer","minimum":1},"requiredApprovals":{"description":"Number of approving reviews the pull request needs: the latest review of each reviewer with write permission who is not the pull request's author.","type":"integer","minimum":0,"default":0},"allowStaleApprovals":{"description":"An approval given on an earlier head commit of the pull request still counts. Default false: a new push needs new approvals.","type":"boolean","default":false},"requireCanary":{"description":"A new version must pass through a canary before it takes all traffic.","type":"boolean","default":false},"evidence":{"description":"How the gate verifies the evidence it decides on (evaluation and data-validation reports) before their figures count, for the gate and for the ML Test Score's automated points.","type":"object","additionalProperties":false,"properties":{"verify":{"description":"recompute: the gate re-derives every figure it decides on from digest-bound inputs (the artifacts, the registered dataset versions) and blocks on any difference; provenance: the gate proves which trusted workflow run made each file (designed, not built yet: fails closed); either: recompute, else provenance; none: figures are taken on trust and earn no automated ML Test Score point.","enum":["recompute","provenance","either","none"],"default":"recompute"}}}}},"metricThreshold":{"title":"MetricThreshold","description":"A metric threshold (MLflow MetricThreshold semantics): an absolute bound and a minimum change against the champion.","type":"object","required":["greaterIsBetter"],"additionalProperties":false,"properties":{"threshold":{"description":"Absolute bound: the candidate's value must be >= (greaterIsBetter) or <= this.","type":"number"},"minAbsoluteChange":{"description":"Minimum improvement over the champion in metric units (0 means no worse).","type":"number","minimum":0},"minRelativeChange":{"description":"Minimum improvement over the champion as a fraction of the champion's value (0 means no worse).","type":"number","minimum":0},"greaterIsBetter":{"description":"True when larger values are better (accuracy, roc_auc), false when smaller are (log_loss, rmse).","type":"boolean"}}}},"examples":[{"name":"acme-ml","defaultBranch":"main","environments":[{"name":"staging","policy":{"requireEvaluation":true,"metrics":{"roc_auc":{"threshold":0.7,"greaterIsBetter":true}},"requiredApprovals":0}},{"name":"production","policy":{"requireEvaluation":true,"metrics":{"roc_auc":{"threshold":0.75,"minAbsoluteChange":0,"greaterIsBetter":true},"log_loss":{"threshold":0.6,"greaterIsBetter":false}},"maxSliceDrop":0.05,"maxLatencyRatio":1.5,"fairness":{"demographicParityDifference":0.1,"equalOpportunityDifference":0.1},"requireDataValidation":["training","serving"],"minTestScore":1,"maxModelAgeDays":180,"requiredApprovals":1,"requireCanary":true}}],"artifacts":{"allowedHosts":["models.acme.example"]},"evidence":{"maxAgeDays":30}}]};
const pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
const pattern3 = new RegExp("^[A-Za-z0-9.-]+(:[0-9]{1,5})?$", "u");
const pattern5 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml@refs/(heads|tags)/[^\\s]+$", "u");
const func0 = require("ajv/dist/runtime/ucs2length").default;
const schema1 = {"title":"RegistryEnvironment","description":"One deployment environment and the policy a version must meet to enter it.","type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"description":"The environment name; environments/<name>/ holds its desired state.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"description":{"description":"What the environment serves, for people reading the policy.","type":"string"},"policy":{"description":"The gate a promotion into this environment must pass; omitted means no gate beyond schema and digest checks.","$ref":"#/$defs/policy"}}};
const schema2 = {"title":"EnvironmentPolicy","description":"The gate a promotion into the environment must pass.","type":"object","additionalProperties":false,"properties":{"requireEvaluation":{"description":"Require evaluation evidence bound to the artifact digest.","type":"boolean","default":false},"metrics":{"description":"Metric thresholds by metric name (e.g. roc_auc, log_loss), with MLflow MetricThreshold semantics.","type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"},"additionalProperties":{"$ref":"#/$defs/metricThreshold"}},"maxSliceDrop":{"description":"No important slice may drop by more than this (absolute, in metric units) against the champion.","type":"number","minimum":0},"maxLatencyRatio":{"description":"The challenger's p95 batch latency may be at most this multiple of the champion's, measured in the same evaluation (e.g. 1.5).","type":"number","exclusiveMinimum":0},"fairness":{"description":"Limits on the gaps between groups of each protected attribute.","type":"object","additionalProperties":false,"properties":{"demographicParityDifference":{"description":"Maximum difference in positive-prediction rate between groups (0..1).","type":"number","minimum":0,"maximum":1},"equalOpportunityDifference":{"description":"Maximum difference in true-positive rate between groups (0..1).","type":"number","minimum":0,"maximum":1}}},"requireDataValidation":{"description":"Require data-validation evidence: every data-validation report the version lists must verify and pass (verdict pass or warn) on its own. true: at least one report. A list names the reports that must be among them: training (the version's training data against the dataset schema: environment training, its data input one of the lineage's training datasets) and serving (a serving sample against the training data: environment serving, comparison skew).","oneOf":[{"description":"At least one data-validation report, every listed one passing.","type":"boolean"},{"description":"The reports required, each checked on its own.","type":"array","minItems":1,"uniqueItems":true,"items":{"description":"A required report: training or serving.","enum":["training","serving"]}}],"default":false},"minTestScore":{"description":"Minimum ML Test Score (the minimum of the four section sums).","type":"number","minimum":0},"maxModelAgeDays":{"description":"The version's createdAt may be no older than this many days.","type":"integer","minimum":1},"requiredApprovals":{"description":"Number of approving reviews the pull request needs: the latest review of each reviewer with write permission who is not the pull request's author.","type":"integer","minimum":0,"default":0},"allowStaleApprovals":{"description":"An approval given on an earlier head commit of the pull request still counts. Default false: a new push needs new approvals.","type":"boolean","default":false},"requireCanary":{"description":"A new version must pass through a canary before it takes all traffic.","type":"boolean","default":false},"evidence":{"description":"How the gate verifies the evidence it decides on (evaluation and data-validation reports) before their figures count, for the gate and for the ML Test Score's automated points.","type":"object","additionalProperties":false,"properties":{"verify":{"description":"recompute: the gate re-derives every figure it decides on from digest-bound inputs (the artifacts, the registered dataset versions) and blocks on any difference; provenance: the gate proves which trusted workflow run made each file (designed, not built yet: fails closed); either: recompute, else provenance; none: figures are taken on trust and earn no automated ML Test Score point.","enum":["recompute","provenance","either","none"],"default":"recompute"}}}}};
const schema3 = {"title":"MetricThreshold","description":"A metric threshold (MLflow MetricThreshold semantics): an absolute bound and a minimum change against the champion.","type":"object","required":["greaterIsBetter"],"additionalProperties":false,"properties":{"threshold":{"description":"Absolute bound: the candidate's value must be >= (greaterIsBetter) or <= this.","type":"number"},"minAbsoluteChange":{"description":"Minimum improvement over the champion in metric units (0 means no worse).","type":"number","minimum":0},"minRelativeChange":{"description":"Minimum improvement over the champion as a fraction of the champion's value (0 means no worse).","type":"number","minimum":0},"greaterIsBetter":{"description":"True when larger values are better (accuracy, roc_auc), false when smaller are (log_loss, rmse).","type":"boolean"}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/equal").default;
const pattern2 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]{0,63}$", "u");

function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate2.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema2.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.requireEvaluation !== undefined){
let data0 = data.requireEvaluation;
if(typeof data0 !== "boolean"){
const err1 = {instancePath:instancePath+"/requireEvaluation",schemaPath:"#/properties/requireEvaluation/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema2.properties.requireEvaluation.type,parentSchema:schema2.properties.requireEvaluation,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.metrics !== undefined){
let data1 = data.metrics;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs6 = errors;
if(typeof key1 === "string"){
if(!pattern2.test(key1)){
const err2 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_.-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_.-]{0,63}$",parentSchema:schema2.properties.metrics.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
const err3 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema2.properties.metrics.propertyNames,parentSchema:schema2.properties.metrics,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.greaterIsBetter === undefined){
const err4 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/metricThreshold/required",keyword:"required",params:{missingProperty: "greaterIsBetter"},message:"must have required property '"+"greaterIsBetter"+"'",schema:schema3.required,parentSchema:schema3,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key3 in data2){
if(!((((key3 === "threshold") || (key3 === "minAbsoluteChange")) || (key3 === "minRelativeChange")) || (key3 === "greaterIsBetter"))){
const err5 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/metricThreshold/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema3,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.threshold !== undefined){
let data3 = data2.threshold;
if(!((typeof data3 == "number") && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/threshold",schemaPath:"#/$defs/metricThreshold/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema3.properties.threshold.type,parentSchema:schema3.properties.threshold,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.minAbsoluteChange !== undefined){
let data4 = data2.minAbsoluteChange;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/minAbsoluteChange",schemaPath:"#/$defs/metricThreshold/properties/minAbsoluteChange/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema3.properties.minAbsoluteChange,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/minAbsoluteChange",schemaPath:"#/$defs/metricThreshold/properties/minAbsoluteChange/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema3.properties.minAbsoluteChange.type,parentSchema:schema3.properties.minAbsoluteChange,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.minRelativeChange !== undefined){
let data5 = data2.minRelativeChange;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/minRelativeChange",schemaPath:"#/$defs/metricThreshold/properties/minRelativeChange/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema3.properties.minRelativeChange,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/minRelativeChange",schemaPath:"#/$defs/metricThreshold/properties/minRelativeChange/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema3.properties.minRelativeChange.type,parentSchema:schema3.properties.minRelativeChange,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.greaterIsBetter !== undefined){
let data6 = data2.greaterIsBetter;
if(typeof data6 !== "boolean"){
const err11 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/greaterIsBetter",schemaPath:"#/$defs/metricThreshold/properties/greaterIsBetter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema3.properties.greaterIsBetter.type,parentSchema:schema3.properties.greaterIsBetter,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/metrics/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/metricThreshold/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema3.type,parentSchema:schema3,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema2.properties.metrics.type,parentSchema:schema2.properties.metrics,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.maxSliceDrop !== undefined){
let data7 = data.maxSliceDrop;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/maxSliceDrop",schemaPath:"#/properties/maxSliceDrop/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema2.properties.maxSliceDrop,data:data7};
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
const err15 = {instancePath:instancePath+"/maxSliceDrop",schemaPath:"#/properties/maxSliceDrop/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema2.properties.maxSliceDrop.type,parentSchema:schema2.properties.maxSliceDrop,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.maxLatencyRatio !== undefined){
let data8 = data.maxLatencyRatio;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 <= 0 || isNaN(data8)){
const err16 = {instancePath:instancePath+"/maxLatencyRatio",schemaPath:"#/properties/maxLatencyRatio/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema2.properties.maxLatencyRatio,data:data8};
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
const err17 = {instancePath:instancePath+"/maxLatencyRatio",schemaPath:"#/properties/maxLatencyRatio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema2.properties.maxLatencyRatio.type,parentSchema:schema2.properties.maxLatencyRatio,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.fairness !== undefined){
let data9 = data.fairness;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key4 in data9){
if(!((key4 === "demographicParityDifference") || (key4 === "equalOpportunityDifference"))){
const err18 = {instancePath:instancePath+"/fairness",schemaPath:"#/properties/fairness/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema2.properties.fairness,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.demographicParityDifference !== undefined){
let data10 = data9.demographicParityDifference;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1 || isNaN(data10)){
const err19 = {instancePath:instancePath+"/fairness/demographicParityDifference",schemaPath:"#/properties/fairness/properties/demographicParityDifference/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema2.properties.fairness.properties.demographicParityDifference,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/fairness/demographicParityDifference",schemaPath:"#/properties/fairness/properties/demographicParityDifference/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema2.properties.fairness.properties.demographicParityDifference,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/fairness/demographicParityDifference",schemaPath:"#/properties/fairness/properties/demographicParityDifference/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema2.properties.fairness.properties.demographicParityDifference.type,parentSchema:schema2.properties.fairness.properties.demographicParityDifference,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data9.equalOpportunityDifference !== undefined){
let data11 = data9.equalOpportunityDifference;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1 || isNaN(data11)){
const err22 = {instancePath:instancePath+"/fairness/equalOpportunityDifference",schemaPath:"#/properties/fairness/properties/equalOpportunityDifference/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema2.properties.fairness.properties.equalOpportunityDifference,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err23 = {instancePath:instancePath+"/fairness/equalOpportunityDifference",schemaPath:"#/properties/fairness/properties/equalOpportunityDifference/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema2.properties.fairness.properties.equalOpportunityDifference,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/fairness/equalOpportunityDifference",schemaPath:"#/properties/fairness/properties/equalOpportunityDifference/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema2.properties.fairness.properties.equalOpportunityDifference.type,parentSchema:schema2.properties.fairness.properties.equalOpportunityDifference,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/fairness",schemaPath:"#/properties/fairness/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema2.properties.fairness.type,parentSchema:schema2.properties.fairness,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.requireDataValidation !== undefined){
let data12 = data.requireDataValidation;
const _errs32 = errors;
let valid6 = false;
let passing0 = null;
const _errs33 = errors;
if(typeof data12 !== "boolean"){
const err26 = {instancePath:instancePath+"/requireDataValidation",schemaPath:"#/properties/requireDataValidation/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema2.properties.requireDataValidation.oneOf[0].type,parentSchema:schema2.properties.requireDataValidation.oneOf[0],data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs33 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs35 = errors;
if(Array.isArray(data12)){
if(data12.length < 1){
const err27 = {instancePath:instancePath+"/requireDataValidation",schemaPath:"#/properties/requireDataValidation/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema2.properties.requireDataValidation.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(!((data13 === "training") || (data13 === "serving"))){
const err28 = {instancePath:instancePath+"/requireDataValidation/" + i0,schemaPath:"#/properties/requireDataValidation/oneOf/1/items/enum",keyword:"enum",params:{allowedValues: schema2.properties.requireDataValidation.oneOf[1].items.enum},message:"must be equal to one of the allowed values",schema:schema2.properties.requireDataValidation.oneOf[1].items.enum,parentSchema:schema2.properties.requireDataValidation.oneOf[1].items,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
let i1 = data12.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func2(data12[i1], data12[j0])){
const err29 = {instancePath:instancePath+"/requireDataValidation",schemaPath:"#/properties/requireDataValidation/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema2.properties.requireDataValidation.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/requireDataValidation",schemaPath:"#/properties/requireDataValidation/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema2.properties.requireDataValidation.oneOf[1].type,parentSchema:schema2.properties.requireDataValidation.oneOf[1],data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs35 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid6 = true;
passing0 = 1;
}
}
if(!valid6){
const err31 = {instancePath:instancePath+"/requireDataValidation",schemaPath:"#/properties/requireDataValidation/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema2.properties.requireDataValidation.oneOf,parentSchema:schema2.properties.requireDataValidation,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
if(data.minTestScore !== undefined){
let data14 = data.minTestScore;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err32 = {instancePath:instancePath+"/minTestScore",schemaPath:"#/properties/minTestScore/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema2.properties.minTestScore,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/minTestScore",schemaPath:"#/properties/minTestScore/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema2.properties.minTestScore.type,parentSchema:schema2.properties.minTestScore,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.maxModelAgeDays !== undefined){
let data15 = data.maxModelAgeDays;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err34 = {instancePath:instancePath+"/maxModelAgeDays",schemaPath:"#/properties/maxModelAgeDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema2.properties.maxModelAgeDays.type,parentSchema:schema2.properties.maxModelAgeDays,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 1 || isNaN(data15)){
const err35 = {instancePath:instancePath+"/maxModelAgeDays",schemaPath:"#/properties/maxModelAgeDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema2.properties.maxModelAgeDays,data:data15};
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
if(data.requiredApprovals !== undefined){
let data16 = data.requiredApprovals;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err36 = {instancePath:instancePath+"/requiredApprovals",schemaPath:"#/properties/requiredApprovals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema2.properties.requiredApprovals.type,parentSchema:schema2.properties.requiredApprovals,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err37 = {instancePath:instancePath+"/requiredApprovals",schemaPath:"#/properties/requiredApprovals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema2.properties.requiredApprovals,data:data16};
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
if(data.allowStaleApprovals !== undefined){
let data17 = data.allowStaleApprovals;
if(typeof data17 !== "boolean"){
const err38 = {instancePath:instancePath+"/allowStaleApprovals",schemaPath:"#/properties/allowStaleApprovals/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema2.properties.allowStaleApprovals.type,parentSchema:schema2.properties.allowStaleApprovals,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.requireCanary !== undefined){
let data18 = data.requireCanary;
if(typeof data18 !== "boolean"){
const err39 = {instancePath:instancePath+"/requireCanary",schemaPath:"#/properties/requireCanary/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema2.properties.requireCanary.type,parentSchema:schema2.properties.requireCanary,data:data18};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.evidence !== undefined){
let data19 = data.evidence;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key5 in data19){
if(!(key5 === "verify")){
const err40 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema2.properties.evidence,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data19.verify !== undefined){
let data20 = data19.verify;
if(!((((data20 === "recompute") || (data20 === "provenance")) || (data20 === "either")) || (data20 === "none"))){
const err41 = {instancePath:instancePath+"/evidence/verify",schemaPath:"#/properties/evidence/properties/verify/enum",keyword:"enum",params:{allowedValues: schema2.properties.evidence.properties.verify.enum},message:"must be equal to one of the allowed values",schema:schema2.properties.evidence.properties.verify.enum,parentSchema:schema2.properties.evidence.properties.verify,data:data20};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema2.properties.evidence.type,parentSchema:schema2.properties.evidence,data:data19};
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
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema2.type,parentSchema:schema2,data};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate2.errors = vErrors;
return errors === 0;
}
validate2.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "description")) || (key0 === "policy"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,63}$",parentSchema:schema1.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.name.type,parentSchema:schema1.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.description.type,parentSchema:schema1.properties.description,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.policy !== undefined){
if(!(validate2(data.policy, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.type,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}
validate1.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://modelgate.dev/schemas/registry.schema.json" */;
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
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.environments === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "environments"},message:"must have required property '"+"environments"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "defaultBranch")) || (key0 === "environments")) || (key0 === "artifacts")) || (key0 === "data")) || (key0 === "evidence"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,63}$",parentSchema:schema0.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.name.type,parentSchema:schema0.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.defaultBranch !== undefined){
let data1 = data.defaultBranch;
if(typeof data1 === "string"){
if(func0(data1) < 1){
const err5 = {instancePath:instancePath+"/defaultBranch",schemaPath:"#/properties/defaultBranch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.defaultBranch,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/defaultBranch",schemaPath:"#/properties/defaultBranch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.defaultBranch.type,parentSchema:schema0.properties.defaultBranch,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.environments !== undefined){
let data2 = data.environments;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema0.properties.environments,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate1(data2[i0], {instancePath:instancePath+"/environments/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.environments.type,parentSchema:schema0.properties.environments,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.artifacts !== undefined){
let data4 = data.artifacts;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(key1 === "allowedHosts")){
const err9 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.artifacts,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.allowedHosts !== undefined){
let data5 = data4.allowedHosts;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(!pattern3.test(data6)){
const err10 = {instancePath:instancePath+"/artifacts/allowedHosts/" + i1,schemaPath:"#/properties/artifacts/properties/allowedHosts/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.-]+(:[0-9]{1,5})?$"},message:"must match pattern \""+"^[A-Za-z0-9.-]+(:[0-9]{1,5})?$"+"\"",schema:"^[A-Za-z0-9.-]+(:[0-9]{1,5})?$",parentSchema:schema0.properties.artifacts.properties.allowedHosts.items,data:data6};
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
const err11 = {instancePath:instancePath+"/artifacts/allowedHosts/" + i1,schemaPath:"#/properties/artifacts/properties/allowedHosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.artifacts.properties.allowedHosts.items.type,parentSchema:schema0.properties.artifacts.properties.allowedHosts.items,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/artifacts/allowedHosts",schemaPath:"#/properties/artifacts/properties/allowedHosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.artifacts.properties.allowedHosts.type,parentSchema:schema0.properties.artifacts.properties.allowedHosts,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.artifacts.type,parentSchema:schema0.properties.artifacts,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.data !== undefined){
let data7 = data.data;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!(key2 === "allowedHosts")){
const err14 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.data,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.allowedHosts !== undefined){
let data8 = data7.allowedHosts;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err15 = {instancePath:instancePath+"/data/allowedHosts/" + i2,schemaPath:"#/properties/data/properties/allowedHosts/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9.-]+(:[0-9]{1,5})?$"},message:"must match pattern \""+"^[A-Za-z0-9.-]+(:[0-9]{1,5})?$"+"\"",schema:"^[A-Za-z0-9.-]+(:[0-9]{1,5})?$",parentSchema:schema0.properties.data.properties.allowedHosts.items,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/allowedHosts/" + i2,schemaPath:"#/properties/data/properties/allowedHosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.data.properties.allowedHosts.items.type,parentSchema:schema0.properties.data.properties.allowedHosts.items,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/data/allowedHosts",schemaPath:"#/properties/data/properties/allowedHosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.data.properties.allowedHosts.type,parentSchema:schema0.properties.data.properties.allowedHosts,data:data8};
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
const err18 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.data.type,parentSchema:schema0.properties.data,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.evidence !== undefined){
let data10 = data.evidence;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key3 in data10){
if(!((key3 === "maxAgeDays") || (key3 === "trustedWorkflows"))){
const err19 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.evidence,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data10.maxAgeDays !== undefined){
let data11 = data10.maxAgeDays;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err20 = {instancePath:instancePath+"/evidence/maxAgeDays",schemaPath:"#/properties/evidence/properties/maxAgeDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.evidence.properties.maxAgeDays.type,parentSchema:schema0.properties.evidence.properties.maxAgeDays,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
const err21 = {instancePath:instancePath+"/evidence/maxAgeDays",schemaPath:"#/properties/evidence/properties/maxAgeDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema0.properties.evidence.properties.maxAgeDays,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data10.trustedWorkflows !== undefined){
let data12 = data10.trustedWorkflows;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
if(typeof data13 === "string"){
if(!pattern5.test(data13)){
const err22 = {instancePath:instancePath+"/evidence/trustedWorkflows/" + i3,schemaPath:"#/properties/evidence/properties/trustedWorkflows/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml@refs/(heads|tags)/[^\\s]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml@refs/(heads|tags)/[^\\s]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/\\.github/workflows/[A-Za-z0-9_.-]+\\.ya?ml@refs/(heads|tags)/[^\\s]+$",parentSchema:schema0.properties.evidence.properties.trustedWorkflows.items,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/evidence/trustedWorkflows/" + i3,schemaPath:"#/properties/evidence/properties/trustedWorkflows/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.evidence.properties.trustedWorkflows.items.type,parentSchema:schema0.properties.evidence.properties.trustedWorkflows.items,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
let i4 = data12.length;
let j0;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data12[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err24 = {instancePath:instancePath+"/evidence/trustedWorkflows",schemaPath:"#/properties/evidence/properties/trustedWorkflows/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema0.properties.evidence.properties.trustedWorkflows,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err25 = {instancePath:instancePath+"/evidence/trustedWorkflows",schemaPath:"#/properties/evidence/properties/trustedWorkflows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.evidence.properties.trustedWorkflows.type,parentSchema:schema0.properties.evidence.properties.trustedWorkflows,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.evidence.type,parentSchema:schema0.properties.evidence,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

