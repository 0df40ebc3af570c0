import { buildActions } from "./build-actions.js";

/** Action tests run the bundled entry the way the runner does, so bundle once first. */
export default async function setup(): Promise<void> {
  await buildActions();
}
