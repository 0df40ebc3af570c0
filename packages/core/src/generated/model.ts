/* Generated from schemas/model.schema.json by scripts/gen-types.ts (pnpm gen:types). Do not edit. */

/**
 * A model (models/<model>/model.yaml): who owns it, what it predicts, on which data, and its input/output signature.
 */
export interface Model {
  /**
   * The model name; must match the directory models/<model>/.
   */
  name: string;
  /**
   * What the model predicts, in one sentence.
   */
  description?: string;
  /**
   * The owning team or person (e.g. an e-mail address).
   */
  owner: string;
  /**
   * The prediction task.
   */
  task: "binary-classification" | "multiclass-classification" | "regression";
  /**
   * The dataset (datasets/<dataset>) the model is trained and evaluated on.
   */
  dataset: string;
  /**
   * The label column in the dataset.
   */
  label: string;
  /**
   * How to feed the ONNX model and read its predictions.
   */
  signature: {
    /**
     * The model's inputs.
     */
    inputs: {
      /**
       * tensor: one [N, F] tensor of features in the given order; columns: one input per column, named after it.
       */
      mode: "tensor" | "columns";
      /**
       * The tensor input's name (mode tensor).
       */
      name?: string;
      /**
       * Element type of the tensor (mode tensor).
       */
      dtype?: "float32" | "float64" | "int64" | "string";
      /**
       * The feature column names, in tensor order.
       *
       * @minItems 1
       *
       * Items: A column name of the dataset.
       */
      features: string[];
    };
    /**
     * The model's prediction output.
     */
    outputs: {
      /**
       * probabilities: a [N,1], [N,2] or [N,K] tensor; zipmap: a sequence of class->probability maps; value: the predicted value (regression).
       */
      kind: "probabilities" | "zipmap" | "value";
      /**
       * The output tensor name.
       */
      name: string;
      /**
       * Binary classification: index (or zipmap key) of the positive class.
       */
      positiveClass?: number | string;
      /**
       * Multiclass classification: the class labels in output order.
       *
       * @minItems 2
       *
       * Items: A class label.
       */
      classes?: (string | number)[];
    };
  };
  /**
   * Binary classification: predicted positive when the positive-class probability is >= this.
   */
  decisionThreshold?: number;
  /**
   * Important slices: columns whose every value is evaluated separately and limited by maxSliceDrop.
   *
   * Items: A column name of the dataset.
   */
  slices?: string[];
  /**
   * Columns on which fairness metrics are computed.
   *
   * Items: A column name of the dataset.
   */
  protectedAttributes?: string[];
  /**
   * Free-form string labels (team, cost centre, ...).
   */
  labels?: {
    /**
     * A label value.
     */
    [k: string]: string | undefined;
  };
}
