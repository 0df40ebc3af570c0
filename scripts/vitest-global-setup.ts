import { buildAll } from "./build.js";

/** Action tests run the bundled entries the way the runner does, CLI tests the bundled bin: bundle once first. */
export default async function setup(): Promise<void> {
  await buildAll();
}
