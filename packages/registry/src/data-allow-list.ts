// The data allow-list: the hosts an http(s) data URL (profile, infer-schema, validate-data,
// dataset register; the CLI and the validate-data action alike) may be downloaded from.
import { redactCredentials } from "@modelgate/core";
import { readConfig } from "./desired-state.js";
import { defaultHead, type Registry } from "./git.js";

/** Why a data URL needs a registry; the CLI and the action each add the fix in their own words. */
export const DATA_URL_RULE =
  "a data URL is downloaded only from a host on the registry's modelgate.yaml data.allowedHosts";

/** Whether any data input is an http(s) URL: only then is the registry's allow-list read. */
export const anyDataUrl = (inputs: readonly (string | undefined)[]): boolean =>
  inputs.some((p) => p !== undefined && /^https?:\/\//i.test(p));

/** The allow-list and where it is set, in the shape of the data engine's options. */
export interface DataAllowList {
  allowedHosts: string[];
  /** For messages: `<registry>: modelgate.yaml data.allowedHosts on <default branch>`. */
  allowListSource: string;
}

/**
 * The data allow-list of an open registry: its modelgate.yaml `data.allowedHosts` as committed
 * on its default branch (changed by a reviewed change, like the artifacts' list), never the
 * working tree. `shown` is the registry as the user named it, for messages ("." is left out).
 */
export async function registryDataAllowList(reg: Registry, shown: string): Promise<DataAllowList> {
  const config = await readConfig(reg, await defaultHead(reg));
  return {
    allowedHosts: config.data?.allowedHosts ?? [],
    allowListSource: `${shown === "." ? "" : `${redactCredentials(shown)}: `}modelgate.yaml data.allowedHosts on ${reg.defaultBranch}`,
  };
}
