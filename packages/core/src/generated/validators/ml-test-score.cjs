/* Generated from schemas/ml-test-score.schema.json by scripts/gen-validators.ts (pnpm gen:validators). Do not edit. */
"use strict";
exports.validate = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://modelgate.dev/schemas/ml-test-score.schema.json","title":"MlTestScore","description":"Manual evidence for the ML Test Score tests nothing can automate (models/<model>/ml-test-score.yaml).","type":"object","required":["model","declarations"],"additionalProperties":false,"properties":{"model":{"description":"The model name; must match the directory models/<model>/.","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,63}$"},"declarations":{"description":"One declaration per manually evidenced test.","type":"array","items":{"description":"A reviewed declaration that a test is satisfied.","type":"object","required":["test","summary","owner","reviewedAt"],"additionalProperties":false,"properties":{"test":{"description":"The test id: data-1..data-7, model-1..model-7, infra-1..infra-7 or monitor-1..monitor-7.","type":"string","pattern":"^(data|model|infra|monitor)-[1-7]$"},"summary":{"description":"What was done to satisfy the test.","type":"string","minLength":1},"document":{"description":"A link to the document that shows it (wiki page, runbook, dashboard).","type":"string","minLength":1},"owner":{"description":"Who vouches for it (team or person).","type":"string","minLength":1},"reviewedAt":{"description":"When it was last reviewed (YYYY-MM-DD).","type":"string","format":"date"},"validUntil":{"description":"The declaration expires after this day (YYYY-MM-DD); expired declarations score nothing.","type":"string","format":"date"}}}}},"examples":[{"model":"credit-default","declarations":[{"test":"data-3","summary":"Cost of each feature reviewed quarterly","document":"https://wiki.acme.example/credit/feature-costs","owner":"alice@acme.example","reviewedAt":"2026-10-01","validUntil":"2027-01-01"}]}]};
const pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,63}$", "u");
const pattern1 = new RegExp("^(data|model|infra|monitor)-[1-7]$", "u");
const func0 = require("ajv/dist/runtime/ucs2length").default;
const formats0 = require("ajv-formats/dist/formats").fullFormats.date;

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://modelgate.dev/schemas/ml-test-score.schema.json" */;
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
if(data.model === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.declarations === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "declarations"},message:"must have required property '"+"declarations"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "model") || (key0 === "declarations"))){
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
if(data.model !== undefined){
let data0 = data.model;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err3 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9._-]{0,63}$",parentSchema:schema0.properties.model,data:data0};
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
const err4 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.model.type,parentSchema:schema0.properties.model,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.declarations !== undefined){
let data1 = data.declarations;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.test === undefined){
const err5 = {instancePath:instancePath+"/declarations/" + i0,schemaPath:"#/properties/declarations/items/required",keyword:"required",params:{missingProperty: "test"},message:"must have required property '"+"test"+"'",schema:schema0.properties.declarations.items.required,parentSchema:schema0.properties.declarations.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.summary === undefined){
const err6 = {instancePath:instancePath+"/declarations/" + i0,schemaPath:"#/properties/declarations/items/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema0.properties.declarations.items.required,parentSchema:schema0.properties.declarations.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.owner === undefined){
const err7 = {instancePath:instancePath+"/declarations/" + i0,schemaPath:"#/properties/declarations/items/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema0.properties.declarations.items.required,parentSchema:schema0.properties.declarations.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.reviewedAt === undefined){
const err8 = {instancePath:instancePath+"/declarations/" + i0,schemaPath:"#/properties/declarations/items/required",keyword:"required",params:{missingProperty: "reviewedAt"},message:"must have required property '"+"reviewedAt"+"'",schema:schema0.properties.declarations.items.required,parentSchema:schema0.properties.declarations.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data2){
if(!((((((key1 === "test") || (key1 === "summary")) || (key1 === "document")) || (key1 === "owner")) || (key1 === "reviewedAt")) || (key1 === "validUntil"))){
const err9 = {instancePath:instancePath+"/declarations/" + i0,schemaPath:"#/properties/declarations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.declarations.items,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.test !== undefined){
let data3 = data2.test;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err10 = {instancePath:instancePath+"/declarations/" + i0+"/test",schemaPath:"#/properties/declarations/items/properties/test/pattern",keyword:"pattern",params:{pattern: "^(data|model|infra|monitor)-[1-7]$"},message:"must match pattern \""+"^(data|model|infra|monitor)-[1-7]$"+"\"",schema:"^(data|model|infra|monitor)-[1-7]$",parentSchema:schema0.properties.declarations.items.properties.test,data:data3};
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
const err11 = {instancePath:instancePath+"/declarations/" + i0+"/test",schemaPath:"#/properties/declarations/items/properties/test/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.declarations.items.properties.test.type,parentSchema:schema0.properties.declarations.items.properties.test,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.summary !== undefined){
let data4 = data2.summary;
if(typeof data4 === "string"){
if(func0(data4) < 1){
const err12 = {instancePath:instancePath+"/declarations/" + i0+"/summary",schemaPath:"#/properties/declarations/items/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.declarations.items.properties.summary,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/declarations/" + i0+"/summary",schemaPath:"#/properties/declarations/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.declarations.items.properties.summary.type,parentSchema:schema0.properties.declarations.items.properties.summary,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.document !== undefined){
let data5 = data2.document;
if(typeof data5 === "string"){
if(func0(data5) < 1){
const err14 = {instancePath:instancePath+"/declarations/" + i0+"/document",schemaPath:"#/properties/declarations/items/properties/document/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.declarations.items.properties.document,data:data5};
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
const err15 = {instancePath:instancePath+"/declarations/" + i0+"/document",schemaPath:"#/properties/declarations/items/properties/document/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.declarations.items.properties.document.type,parentSchema:schema0.properties.declarations.items.properties.document,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.owner !== undefined){
let data6 = data2.owner;
if(typeof data6 === "string"){
if(func0(data6) < 1){
const err16 = {instancePath:instancePath+"/declarations/" + i0+"/owner",schemaPath:"#/properties/declarations/items/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.declarations.items.properties.owner,data:data6};
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
const err17 = {instancePath:instancePath+"/declarations/" + i0+"/owner",schemaPath:"#/properties/declarations/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.declarations.items.properties.owner.type,parentSchema:schema0.properties.declarations.items.properties.owner,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.reviewedAt !== undefined){
let data7 = data2.reviewedAt;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err18 = {instancePath:instancePath+"/declarations/" + i0+"/reviewedAt",schemaPath:"#/properties/declarations/items/properties/reviewedAt/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema0.properties.declarations.items.properties.reviewedAt,data:data7};
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
const err19 = {instancePath:instancePath+"/declarations/" + i0+"/reviewedAt",schemaPath:"#/properties/declarations/items/properties/reviewedAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.declarations.items.properties.reviewedAt.type,parentSchema:schema0.properties.declarations.items.properties.reviewedAt,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.validUntil !== undefined){
let data8 = data2.validUntil;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err20 = {instancePath:instancePath+"/declarations/" + i0+"/validUntil",schemaPath:"#/properties/declarations/items/properties/validUntil/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema0.properties.declarations.items.properties.validUntil,data:data8};
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
const err21 = {instancePath:instancePath+"/declarations/" + i0+"/validUntil",schemaPath:"#/properties/declarations/items/properties/validUntil/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.declarations.items.properties.validUntil.type,parentSchema:schema0.properties.declarations.items.properties.validUntil,data:data8};
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
const err22 = {instancePath:instancePath+"/declarations/" + i0,schemaPath:"#/properties/declarations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.declarations.items.type,parentSchema:schema0.properties.declarations.items,data:data2};
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
const err23 = {instancePath:instancePath+"/declarations",schemaPath:"#/properties/declarations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.declarations.type,parentSchema:schema0.properties.declarations,data:data1};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

