/**
 * A REST client acting as one of the simulator's users (opening pull requests, reviewing), for
 * tests outside packages/github (the actions' tests) that have no @octokit/rest of their own.
 */
import { Octokit } from "@octokit/rest";
import type { SimUser, Simulator } from "./server.js";

export function userClient(sim: Simulator, user: SimUser): InstanceType<typeof Octokit> {
  return new Octokit({
    auth: user.token,
    baseUrl: sim.apiUrl,
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
}
