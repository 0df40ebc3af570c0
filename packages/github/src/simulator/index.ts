/**
 * `@modelgate/github/simulator`: the GitHub REST simulator on 127.0.0.1 (real repositories
 * behind `git http-backend`), for the tests and for `modelgate demo --github`. Not part of the
 * package's main entry: the CLI loads it only for that demo.
 */
export { userClient } from "./client.js";
export type { ApiContract, Operation, Route } from "./contract.js";
export * from "./loop.js";
export * from "./server.js";
export { type ApiSlice, sliceContract } from "./slice.js";
