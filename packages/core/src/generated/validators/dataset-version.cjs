/* Generated from schemas/dataset-version.schema.json by scripts/gen-validators.ts (pnpm gen:validators). Do not edit. */
"use strict";
exports.validate = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/dataset-version.schema.json","title":"DatasetVersion","description":"One version of a dataset (datasets/<dataset>/versions/<version>.yaml): where the data is, its digest and its profile.","type":"object","required":["dataset","version","uri","sha256"],"additionalProperties":false,"properties":{"dataset":{"description":"The dataset name; must match the directory datasets/<dataset>/.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"version":{"description":"The dataset version; must match the file name <version>.yaml.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"uri":{"description":"Where the data file is: file:<path relative to the repository> or an https:// URL on an allowed host.","type":"string","pattern":"^(file:[^\\s]+|https://[^\\s]+)$"},"sha256":{"description":"sha256 of the data file, 64 lowercase hex characters.","type":"string","pattern":"^[0-9a-f]{64}$"},"rows":{"description":"Number of rows in the data file.","type":"integer","minimum":0},"profile":{"description":"The data-profile evidence of this version, bound by digest.","type":"object","required":["uri","sha256"],"additionalProperties":false,"properties":{"uri":{"description":"Where the profile JSON is: file:<path relative to the repository> or an https:// URL.","type":"string","pattern":"^(file:[^\\s]+|https://[^\\s]+)$"},"sha256":{"description":"sha256 of the profile file, 64 lowercase hex characters.","type":"string","pattern":"^[0-9a-f]{64}$"}}}},"examples":[{"dataset":"loans","version":"2026-08","uri":"file:data/loans/train.csv","sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","rows":20000,"profile":{"uri":"file:evidence/loans/2026-08/profile.json","sha256":"60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"}}]};
const pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
const pattern2 = new RegExp("^(file:[^\\s]+|https://[^\\s]+)$", "u");
const pattern3 = new RegExp("^[0-9a-f]{64}$", "u");

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://modelgate.dev/schemas/dataset-version.schema.json" */;
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
if(data.dataset === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset"},message:"must have required property '"+"dataset"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.uri === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.sha256 === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "dataset") || (key0 === "version")) || (key0 === "uri")) || (key0 === "sha256")) || (key0 === "rows")) || (key0 === "profile"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.dataset !== undefined){
let data0 = data.dataset;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,63}$",parentSchema:schema0.properties.dataset,data:data0};
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
const err6 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.dataset.type,parentSchema:schema0.properties.dataset,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err7 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,63}$",parentSchema:schema0.properties.version,data:data1};
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
const err8 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.version.type,parentSchema:schema0.properties.version,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.uri !== undefined){
let data2 = data.uri;
if(typeof data2 === "string"){
if(!pattern2.test(data2)){
const err9 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/pattern",keyword:"pattern",params:{pattern: "^(file:[^\\s]+|https://[^\\s]+)$"},message:"must match pattern \""+"^(file:[^\\s]+|https://[^\\s]+)$"+"\"",schema:"^(file:[^\\s]+|https://[^\\s]+)$",parentSchema:schema0.properties.uri,data:data2};
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
const err10 = {instancePath:instancePath+"/uri",schemaPath:"#/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.uri.type,parentSchema:schema0.properties.uri,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sha256 !== undefined){
let data3 = data.sha256;
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
const err11 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema0.properties.sha256,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.sha256.type,parentSchema:schema0.properties.sha256,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.rows !== undefined){
let data4 = data.rows;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.rows.type,parentSchema:schema0.properties.rows,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.rows,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.profile !== undefined){
let data5 = data.profile;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.uri === undefined){
const err15 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'",schema:schema0.properties.profile.required,parentSchema:schema0.properties.profile,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.sha256 === undefined){
const err16 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema0.properties.profile.required,parentSchema:schema0.properties.profile,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "uri") || (key1 === "sha256"))){
const err17 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.profile,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.uri !== undefined){
let data6 = data5.uri;
if(typeof data6 === "string"){
if(!pattern2.test(data6)){
const err18 = {instancePath:instancePath+"/profile/uri",schemaPath:"#/properties/profile/properties/uri/pattern",keyword:"pattern",params:{pattern: "^(file:[^\\s]+|https://[^\\s]+)$"},message:"must match pattern \""+"^(file:[^\\s]+|https://[^\\s]+)$"+"\"",schema:"^(file:[^\\s]+|https://[^\\s]+)$",parentSchema:schema0.properties.profile.properties.uri,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/profile/uri",schemaPath:"#/properties/profile/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.profile.properties.uri.type,parentSchema:schema0.properties.profile.properties.uri,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.sha256 !== undefined){
let data7 = data5.sha256;
if(typeof data7 === "string"){
if(!pattern3.test(data7)){
const err20 = {instancePath:instancePath+"/profile/sha256",schemaPath:"#/properties/profile/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\"",schema:"^[0-9a-f]{64}$",parentSchema:schema0.properties.profile.properties.sha256,data:data7};
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
const err21 = {instancePath:instancePath+"/profile/sha256",schemaPath:"#/properties/profile/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.profile.properties.sha256.type,parentSchema:schema0.properties.profile.properties.sha256,data:data7};
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
else {
const err22 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.profile.type,parentSchema:schema0.properties.profile,data:data5};
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
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

