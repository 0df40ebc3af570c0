/**
 * The 28 tests of the ML Test Score (Breck, Cai, Nielsen, Salib, Sculley: "The ML Test Score:
 * A Rubric for ML Production Readiness and Technical Debt Reduction", IEEE Big Data 2017),
 * with the paper's short titles, a one-line description in our own words, and what modelgate
 * accepts as proof that the test runs automatically.
 */

export type Section = "data" | "model" | "infra" | "monitor";

export const SECTIONS: readonly Section[] = ["data", "model", "infra", "monitor"];

export const SECTION_TITLES: Record<Section, string> = {
  data: "Data",
  model: "Model",
  infra: "Infrastructure",
  monitor: "Monitoring",
};

export type TestId = `${Section}-${1 | 2 | 3 | 4 | 5 | 6 | 7}`;

export interface RubricTest {
  id: TestId;
  section: Section;
  number: number;
  /** the paper's short title */
  title: string;
  /** what the test asks, in our words */
  description: string;
  /** the modelgate evidence that earns the full point, or null when only a declaration can (half a point) */
  automation: string | null;
  /** the concrete step that earns the full point (or the half point when nothing automates it) */
  step: string;
}

const T = (
  section: Section,
  number: number,
  title: string,
  description: string,
  automation: string | null,
  step: string,
): RubricTest => ({
  id: `${section}-${number}` as TestId,
  section,
  number,
  title,
  description,
  automation,
  step,
});

const DECLARE = (what: string): string =>
  `Document ${what}, then declare it in models/<model>/ml-test-score.yaml with a document link, an owner and a review date (half a point; nothing automates this test).`;

export const RUBRIC: readonly RubricTest[] = [
  T(
    "data",
    1,
    "Feature expectations are captured in a schema",
    "The expected type, domain and presence of every feature are written down and checked against the data.",
    "datasets/<dataset>/schema.yaml exists and a verified data-validation report passed on one of the version's lineage datasets against exactly that file (its schema input has the file's sha256).",
    "Add datasets/<dataset>/schema.yaml and run `modelgate validate-data --schema datasets/<dataset>/schema.yaml --data <the training data>` and list the report with the version (the gate recomputes it).",
  ),
  T(
    "data",
    2,
    "All features are beneficial",
    "Every feature earns its place: removing it would make the model worse.",
    "A verified evaluation report bound to the artifact with featureImportance for the model's features, every importance above zero.",
    "Compute permutation feature importance in the evaluation (`featureImportance` in the evaluation report) and drop features with no importance.",
  ),
  T(
    "data",
    3,
    "No feature's cost is too much",
    "The latency, memory, upstream dependencies and maintenance of each feature are weighed against its benefit.",
    null,
    DECLARE("a review of each feature's cost against its benefit"),
  ),
  T(
    "data",
    4,
    "Features adhere to meta-level requirements",
    "Features respect project-wide rules, e.g. no personal data and no sources that are deprecated or not allowed.",
    null,
    DECLARE("the meta-level feature requirements and how each feature meets them"),
  ),
  T(
    "data",
    5,
    "The data pipeline has appropriate privacy controls",
    "Access to sensitive raw data is restricted and its handling (retention, deletion, anonymisation) is controlled.",
    null,
    DECLARE("the privacy controls of the data pipeline"),
  ),
  T(
    "data",
    6,
    "New features can be added quickly",
    "Going from a feature idea to a feature in production takes little time and effort.",
    null,
    DECLARE("how long adding a new feature takes, with a recent example"),
  ),
  T(
    "data",
    7,
    "All input feature code is tested",
    "The code that builds features has unit tests for its edge cases.",
    null,
    DECLARE("the unit tests of the feature code and where they run"),
  ),
  T(
    "model",
    1,
    "Model specs are reviewed and submitted",
    "Every model change is reviewed and recorded together with the code that trained it.",
    "The registry policy of the environment requires at least one approval and the version manifest records lineage.codeCommit.",
    "Set requiredApprovals >= 1 in the environment's policy (modelgate.yaml) and record lineage.codeCommit in the version manifest.",
  ),
  T(
    "model",
    2,
    "Offline and online metrics correlate",
    "Improvements of the offline metric are known to move the online (business) metric.",
    null,
    DECLARE("a study of how the offline metric tracks the online metric"),
  ),
  T(
    "model",
    3,
    "All hyperparameters have been tuned",
    "Hyperparameters were searched systematically rather than left at defaults.",
    null,
    DECLARE("the hyperparameter search and its result"),
  ),
  T(
    "model",
    4,
    "The impact of model staleness is known",
    "How fast the model's quality decays with age is measured, so the retraining cadence is chosen on purpose.",
    null,
    DECLARE("an experiment measuring quality against model age"),
  ),
  T(
    "model",
    5,
    "A simpler model is not better",
    "The model beats a trivial baseline (and a simple model) on the same data.",
    'A verified evaluation report bound to the artifact with a passed "baseline" check: the candidate beats the trivial baseline.',
    'Evaluate against a trivial baseline so the evaluation report carries a passed "baseline" check.',
  ),
  T(
    "model",
    6,
    "Model quality is sufficient on important data slices",
    "Quality holds on each important slice of the data, not only on average.",
    'A verified evaluation report bound to the artifact with slices[] and a passed slice check ("slices"), under the policy\'s maxSliceDrop.',
    "Declare `slices` in model.yaml and `maxSliceDrop` in the environment policy; the evaluation then checks every slice.",
  ),
  T(
    "model",
    7,
    "The model is tested for considerations of inclusion",
    "Outcomes are compared across groups of a protected attribute.",
    'A verified evaluation report bound to the artifact with fairness metrics on a protected attribute declared in model.yaml and a passed "fairness" check.',
    "Declare `protectedAttributes` in model.yaml and fairness limits in the environment policy; the evaluation then measures them.",
  ),
  T(
    "infra",
    1,
    "Training is reproducible",
    "Training twice on the same data gives the same (or an equivalent) model.",
    'A verified evaluation report bound to the artifact with a passed "determinism" check.',
    'Run the determinism check in the evaluation so the report carries a passed "determinism" check.',
  ),
  T(
    "infra",
    2,
    "Model specs are unit tested",
    "The model's code and configuration have unit tests, e.g. that training reduces the loss.",
    null,
    DECLARE("the unit tests of the model code and where they run"),
  ),
  T(
    "infra",
    3,
    "The ML pipeline is integration tested",
    "The whole pipeline, from raw data to a served model, is tested end to end.",
    null,
    DECLARE("the end-to-end pipeline test and where it runs"),
  ),
  T(
    "infra",
    4,
    "Model quality is validated before serving",
    "A model cannot reach serving unless its quality was checked against thresholds.",
    "The registry policy of the environment sets requireEvaluation with at least one metric threshold, so the registry gate refuses unevaluated versions.",
    "Set `requireEvaluation: true` and metric thresholds in the environment's policy (modelgate.yaml).",
  ),
  T(
    "infra",
    5,
    "The model is debuggable",
    "One example can be run through the model step by step to explain a prediction.",
    null,
    DECLARE("how a single prediction is debugged"),
  ),
  T(
    "infra",
    6,
    "Models are canaried before serving",
    "A new model serves a small share of traffic before it serves all of it.",
    "The registry policy of the environment sets requireCanary and the registry history shows a canary of this model in that environment.",
    "Set `requireCanary: true` in the environment's policy and promote with `--canary <pct>`.",
  ),
  T(
    "infra",
    7,
    "Serving models can be rolled back",
    "Going back to the previous model is a known, practised, fast operation.",
    "The registry history shows a rollback of this model (in any environment, a drill counts) within the rollback window.",
    "Roll the model back (a drill in staging counts) with `modelgate rollback`, at least once per rollback window.",
  ),
  T(
    "monitor",
    1,
    "Dependency changes result in notification",
    "Changes in upstream code, data sources and libraries are noticed, not discovered in an outage.",
    "Dependency update automation is configured in the repository: .github/dependabot.yml or a Renovate configuration.",
    "Add .github/dependabot.yml (or renovate.json) so dependency changes open pull requests.",
  ),
  T(
    "monitor",
    2,
    "Data invariants hold for inputs",
    "Serving inputs keep satisfying the data schema.",
    "A verified data-validation report that passed on a serving sample (data other than the version's training and test sets) with the training data or its profile as reference.",
    "Run `modelgate validate-data --environment serving --reference <training data or profile>` on a recent serving sample (registered as a dataset version) and list the report with the version.",
  ),
  T(
    "monitor",
    3,
    "Training and serving are not skewed",
    "Features at serving time have the distribution they had in training.",
    "A serving-sample data-validation report with the training data or its profile as reference carries features[].drift, no feature drifted.",
    "Run `modelgate validate-data --environment serving --reference <training data or profile>` so skew is measured per feature, and list the report with the version.",
  ),
  T(
    "monitor",
    4,
    "Models are not too stale",
    "The serving model is retrained before its age hurts quality.",
    "The environment policy sets maxModelAgeDays and this version's createdAt is within it.",
    "Set `maxModelAgeDays` in the environment's policy and retrain before the version is older than that.",
  ),
  T(
    "monitor",
    5,
    "Models are numerically stable",
    "Predictions contain no NaN or infinite values.",
    'A verified evaluation report bound to the artifact with a passed "finite" check (no NaN/Inf in any prediction).',
    'Run the evaluation, which checks every prediction is finite ("finite" check).',
  ),
  T(
    "monitor",
    6,
    "Computing performance has not regressed",
    "Serving latency and resources stay within limits of the current champion's.",
    'A verified evaluation report bound to the artifact with latency for the candidate and the champion and a passed "latency" check.',
    'Evaluate against the current champion with latency measurement on, so the report carries a passed "latency" check.',
  ),
  T(
    "monitor",
    7,
    "Prediction quality has not regressed",
    "Quality is measured again on recently labelled data, not only on the original test set.",
    "A fresh, verified evaluation report bound to the artifact on labelled data other than the version's training and test sets.",
    "Evaluate the model on recently labelled data (registered as a dataset version) (not the lineage train/test sets), within the evidence window.",
  ),
];

export const TEST_IDS: ReadonlySet<string> = new Set(RUBRIC.map((t) => t.id));

export function rubricTest(id: string): RubricTest | undefined {
  return RUBRIC.find((t) => t.id === id);
}
