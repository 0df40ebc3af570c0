export { runCli, VERSION } from "./cli.js";
export type { CliContext } from "./context.js";
