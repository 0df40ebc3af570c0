export { ExitCode, UserError } from "./errors.js";
