import type { EvidenceContext, EvidenceInput } from "@modelgate/core";
import { DataEngine, type EngineOptions, type ReadOptions } from "./engine.js";
import { type DataProfile, profileTable, wrapProfile } from "./profile.js";

export interface ProfileDatasetOptions {
  read?: ReadOptions;
  engine?: EngineOptions;
  subject: string;
  /** A promise when the digests are read while the data is (dataInputsAlongside). */
  inputs: EvidenceInput[] | Promise<EvidenceInput[]>;
  context: EvidenceContext;
  createdAt?: Date;
}

/** Profiles a data file (evidence kind data-profile). */
export async function profileDataset(path: string, options: ProfileDatasetOptions): Promise<DataProfile> {
  const engine = await DataEngine.create(options.engine);
  try {
    const loaded = await engine.load(path, options.read);
    const body = await profileTable(engine, loaded);
    return wrapProfile(body, { ...options, inputs: await options.inputs });
  } finally {
    engine.close();
  }
}
