#!/usr/bin/env python3
"""Trains the example models on examples/data/train.csv and writes them as ONNX.

Run once (Debian: apt-get install python3-sklearn python3-onnx), from the repository root:

    /usr/bin/python3 examples/models/train.py

There is no sklearn-to-ONNX converter here, so each graph is written with onnx.helper from the
fitted scikit-learn parameters (ai.onnx.ml Imputer, Scaler, LinearClassifier,
TreeEnsembleClassifier, TreeEnsembleRegressor, ZipMap). Every model also ships the predictions
scikit-learn made at training time for the rows of test.csv (reference-predictions.csv); a test
checks that onnxruntime-node reproduces them within 1e-5. Seeds are fixed, so a re-run writes
the same files.
"""
import csv
import hashlib
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper
from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, mean_absolute_error, roc_auc_score, accuracy_score
from sklearn.preprocessing import StandardScaler

ROOT = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(ROOT, "..", "data")
OPSETS = [helper.make_opsetid("", 13), helper.make_opsetid("ai.onnx.ml", 3)]

CREDIT_FEATURES = [
    "age", "income", "loan_amount", "term_months", "interest_rate", "credit_score", "debt_to_income",
    "employment_years", "num_open_accounts", "num_delinquencies", "revolving_utilization", "has_cosigner",
]
GRADE_FEATURES = ["age", "income", "credit_score", "debt_to_income", "num_delinquencies", "revolving_utilization"]
RATE_FEATURES = ["credit_score", "term_months", "debt_to_income", "num_delinquencies", "revolving_utilization", "income"]
GRADES = ["A", "B", "C", "D"]


def read(name):
    with open(os.path.join(DATA, name), newline="") as f:
        rows = list(csv.DictReader(f))
    return rows


def matrix(rows, features):
    def num(v):
        if v == "":
            return np.nan
        if v == "true":
            return 1.0
        if v == "false":
            return 0.0
        return float(v)

    # float32, exactly what the runner feeds the ONNX graph
    return np.array([[num(r[f]) for f in features] for r in rows], dtype=np.float64).astype(np.float32)


def save(model, path):
    onnx.checker.check_model(model)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    onnx.save(model, path)


def write_reference(path, header, values):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in values:
            w.writerow([repr(float(v)) for v in np.atleast_1d(row)])


def f32_floor(x):
    """The largest float32 <= x, so `x32 <= t32` decides exactly like scikit-learn's `x32 <= t64`."""
    t = np.float32(x)
    if float(t) > x:
        t = np.nextafter(t, np.float32(-np.inf))
    return float(t)


def tree_attrs(estimators, scale, target_of):
    """Flattens fitted regression trees into TreeEnsemble attributes (leaf values times `scale`)."""
    a = {k: [] for k in ["nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_values", "nodes_modes",
                         "nodes_truenodeids", "nodes_falsenodeids", "nodes_missing_value_tracks_true",
                         "t_treeids", "t_nodeids", "t_ids", "t_weights"]}
    for tid, (est, target) in enumerate(zip(estimators, target_of)):
        t = est.tree_
        for nid in range(t.node_count):
            a["nodes_treeids"].append(tid)
            a["nodes_nodeids"].append(nid)
            a["nodes_missing_value_tracks_true"].append(0)
            if t.children_left[nid] == -1:
                a["nodes_featureids"].append(0)
                a["nodes_values"].append(0.0)
                a["nodes_modes"].append("LEAF")
                a["nodes_truenodeids"].append(0)
                a["nodes_falsenodeids"].append(0)
                a["t_treeids"].append(tid)
                a["t_nodeids"].append(nid)
                a["t_ids"].append(target)
                a["t_weights"].append(float(t.value[nid].ravel()[0] * scale))
            else:
                a["nodes_featureids"].append(int(t.feature[nid]))
                a["nodes_values"].append(f32_floor(float(t.threshold[nid])))
                a["nodes_modes"].append("BRANCH_LEQ")
                a["nodes_truenodeids"].append(int(t.children_left[nid]))
                a["nodes_falsenodeids"].append(int(t.children_right[nid]))
    return a


def imputer(name_in, name_out, medians):
    return helper.make_node("Imputer", [name_in], [name_out], domain="ai.onnx.ml",
                            imputed_value_floats=[float(m) for m in medians], replaced_value_float=float("nan"))


def graph_model(nodes, inputs, outputs, initializers=(), doc=""):
    g = helper.make_graph(nodes, "model", inputs, outputs, initializer=list(initializers))
    m = helper.make_model(g, opset_imports=OPSETS, producer_name="modelgate-examples", doc_string=doc)
    m.ir_version = 8
    return m


def logistic_regression_onnx(imp, scaler, lr, n):
    """Imputer -> Scaler -> MatMul + Add -> Sigmoid: a [N, 1] positive-class probability."""
    w = helper.make_tensor("w", TensorProto.FLOAT, [n, 1], lr.coef_.ravel().astype(np.float32).tolist())
    b = helper.make_tensor("b", TensorProto.FLOAT, [1], [float(lr.intercept_[0])])
    nodes = [
        imputer("input", "imputed", imp.statistics_),
        helper.make_node("Scaler", ["imputed"], ["scaled"], domain="ai.onnx.ml",
                         offset=scaler.mean_.astype(float).tolist(), scale=(1.0 / scaler.scale_).astype(float).tolist()),
        helper.make_node("MatMul", ["scaled", "w"], ["logit0"]),
        helper.make_node("Add", ["logit0", "b"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["probabilities"]),
    ]
    return graph_model(
        nodes,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", n])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 1])],
        [w, b],
        "logistic regression: median imputation, standard scaling",
    )


def main():
    train, test = read("train.csv"), read("test.csv")
    summary = {}

    # credit-default -------------------------------------------------------------------------
    Xtr, Xte = matrix(train, CREDIT_FEATURES), matrix(test, CREDIT_FEATURES)
    ytr = np.array([int(r["default"]) for r in train])
    yte = np.array([int(r["default"]) for r in test])
    n = len(CREDIT_FEATURES)
    out_dir = os.path.join(ROOT, "credit-default")

    def fit_lr(X, y, C, keep):
        """A logistic regression on the columns in `keep` (others get weight 0, same signature)."""
        imp = SimpleImputer(strategy="median").fit(X)
        Xi = imp.transform(X).astype(np.float64)
        sc = StandardScaler().fit(Xi)
        Xs = sc.transform(Xi)
        lr = LogisticRegression(C=C, max_iter=2000).fit(Xs[:, keep], y)
        full = LogisticRegression()
        full.coef_ = np.zeros((1, n))
        full.coef_[0, keep] = lr.coef_[0]
        full.intercept_ = lr.intercept_
        full.classes_ = np.array([0, 1])
        return imp, sc, full

    def lr_predict(imp, sc, lr, X):
        Xs = sc.transform(imp.transform(X).astype(np.float64))
        return 1.0 / (1.0 + np.exp(-(Xs @ lr.coef_[0] + lr.intercept_[0])))

    # 1.0.0: logistic regression on eight of the twelve features
    keep1 = [CREDIT_FEATURES.index(f) for f in ["age", "income", "loan_amount", "term_months", "credit_score",
                                                "debt_to_income", "employment_years", "has_cosigner"]]
    imp1, sc1, lr1 = fit_lr(Xtr, ytr, 1.0, keep1)
    p1 = lr_predict(imp1, sc1, lr1, Xte)
    save(logistic_regression_onnx(imp1, sc1, lr1, n), os.path.join(out_dir, "1.0.0", "model.onnx"))
    write_reference(os.path.join(out_dir, "1.0.0", "reference-predictions.csv"), ["score"], p1)
    summary["credit-default@1.0.0"] = {"roc_auc": roc_auc_score(yte, p1), "log_loss": log_loss(yte, p1)}

    # 2.0.0: gradient-boosted trees on all twelve features (median imputation first)
    imp2 = SimpleImputer(strategy="median").fit(Xtr)
    gb = GradientBoostingClassifier(n_estimators=150, max_depth=3, learning_rate=0.1, subsample=0.8,
                                    random_state=7).fit(imp2.transform(Xtr).astype(np.float32), ytr)
    p2 = gb.predict_proba(imp2.transform(Xte).astype(np.float32))[:, 1]
    prior = gb._raw_predict_init(imp2.transform(Xte[:1]).astype(np.float32))[0, 0]
    attrs = tree_attrs([e[0] for e in gb.estimators_], gb.learning_rate, [0] * len(gb.estimators_))
    attrs["class_treeids"] = attrs.pop("t_treeids")
    attrs["class_nodeids"] = attrs.pop("t_nodeids")
    attrs["class_ids"] = attrs.pop("t_ids")
    attrs["class_weights"] = attrs.pop("t_weights")
    nodes = [
        imputer("input", "imputed", imp2.statistics_),
        helper.make_node("TreeEnsembleClassifier", ["imputed"], ["label", "probabilities"], domain="ai.onnx.ml",
                         classlabels_int64s=[0, 1], base_values=[float(prior)], post_transform="LOGISTIC", **attrs),
    ]
    m2 = graph_model(
        nodes,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", n])],
        [helper.make_tensor_value_info("label", TensorProto.INT64, ["N"]),
         helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 2])],
        doc="gradient-boosted trees (150 x depth 3), median imputation",
    )
    save(m2, os.path.join(out_dir, "2.0.0", "model.onnx"))
    # a test fixture: the same trees ending in ZipMap with int64 class labels (a sequence of maps)
    zip_nodes = nodes + [helper.make_node("ZipMap", ["probabilities"], ["output_probability"], domain="ai.onnx.ml",
                                          classlabels_int64s=[0, 1])]
    zip_out = onnx.ValueInfoProto()
    zip_out.name = "output_probability"
    zmt = zip_out.type.sequence_type.elem_type.map_type
    zmt.key_type = TensorProto.INT64
    zmt.value_type.tensor_type.elem_type = TensorProto.FLOAT
    save(graph_model(
        zip_nodes,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", n])],
        [helper.make_tensor_value_info("label", TensorProto.INT64, ["N"]), zip_out],
        doc="credit-default 2.0.0 with a ZipMap output",
    ), os.path.join(ROOT, "..", "..", "packages", "model", "test", "fixtures", "trees-zipmap.onnx"))
    write_reference(os.path.join(out_dir, "2.0.0", "reference-predictions.csv"), ["score"], p2)
    summary["credit-default@2.0.0"] = {"roc_auc": roc_auc_score(yte, p2), "log_loss": log_loss(yte, p2)}

    # 3.0.0: a deliberately worse challenger, a logistic regression on 300 rows and 3 features
    rng = np.random.RandomState(3)
    few = rng.choice(len(Xtr), 300, replace=False)
    keep3 = [CREDIT_FEATURES.index(f) for f in ["age", "income", "loan_amount"]]
    imp3, sc3, lr3 = fit_lr(Xtr[few], ytr[few], 1.0, keep3)
    p3 = lr_predict(imp3, sc3, lr3, Xte)
    save(logistic_regression_onnx(imp3, sc3, lr3, n), os.path.join(out_dir, "3.0.0", "model.onnx"))
    write_reference(os.path.join(out_dir, "3.0.0", "reference-predictions.csv"), ["score"], p3)
    summary["credit-default@3.0.0"] = {"roc_auc": roc_auc_score(yte, p3), "log_loss": log_loss(yte, p3)}

    # loan-grade: multinomial logistic regression, ONNX-ML LinearClassifier + ZipMap -----------
    Xtr_g, Xte_g = matrix(train, GRADE_FEATURES), matrix(test, GRADE_FEATURES)
    gtr = np.array([GRADES.index(r["grade"]) for r in train])
    gte = np.array([GRADES.index(r["grade"]) for r in test])
    scg = StandardScaler().fit(Xtr_g.astype(np.float64))
    lrg = LogisticRegression(max_iter=3000).fit(scg.transform(Xtr_g.astype(np.float64)), gtr)
    pg = lrg.predict_proba(scg.transform(Xte_g.astype(np.float64)))
    k = len(GRADE_FEATURES)
    nodes = [
        helper.make_node("Scaler", ["input"], ["scaled"], domain="ai.onnx.ml",
                         offset=scg.mean_.astype(float).tolist(), scale=(1.0 / scg.scale_).astype(float).tolist()),
        helper.make_node("LinearClassifier", ["scaled"], ["label", "probability_tensor"], domain="ai.onnx.ml",
                         coefficients=lrg.coef_.astype(float).ravel().tolist(),
                         intercepts=lrg.intercept_.astype(float).tolist(),
                         classlabels_strings=GRADES, multi_class=1, post_transform="SOFTMAX"),
        helper.make_node("ZipMap", ["probability_tensor"], ["output_probability"], domain="ai.onnx.ml",
                         classlabels_strings=GRADES),
    ]
    zip_out = onnx.ValueInfoProto()
    zip_out.name = "output_probability"
    mt = zip_out.type.sequence_type.elem_type.map_type
    mt.key_type = TensorProto.STRING
    mt.value_type.tensor_type.elem_type = TensorProto.FLOAT
    mg = graph_model(
        nodes,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", k])],
        [helper.make_tensor_value_info("label", TensorProto.STRING, ["N"]), zip_out],
        doc="multinomial logistic regression over grades A-D, ZipMap output",
    )
    save(mg, os.path.join(ROOT, "loan-grade", "1.0.0", "model.onnx"))
    write_reference(os.path.join(ROOT, "loan-grade", "1.0.0", "reference-predictions.csv"), GRADES, pg)
    summary["loan-grade@1.0.0"] = {"accuracy": accuracy_score(gte, pg.argmax(1)), "log_loss": log_loss(gte, pg)}

    # interest-rate: gradient-boosted regression trees, ONNX-ML TreeEnsembleRegressor ---------
    Xtr_r, Xte_r = matrix(train, RATE_FEATURES), matrix(test, RATE_FEATURES)
    rtr = np.array([float(r["interest_rate"]) for r in train])
    rte = np.array([float(r["interest_rate"]) for r in test])
    gbr = GradientBoostingRegressor(n_estimators=100, max_depth=3, learning_rate=0.1, random_state=11).fit(Xtr_r, rtr)
    pr = gbr.predict(Xte_r)
    attrs = tree_attrs([e[0] for e in gbr.estimators_], gbr.learning_rate, [0] * len(gbr.estimators_))
    attrs["target_treeids"] = attrs.pop("t_treeids")
    attrs["target_nodeids"] = attrs.pop("t_nodeids")
    attrs["target_ids"] = attrs.pop("t_ids")
    attrs["target_weights"] = attrs.pop("t_weights")
    mr = graph_model(
        [helper.make_node("TreeEnsembleRegressor", ["input"], ["variable"], domain="ai.onnx.ml", n_targets=1,
                          base_values=[float(gbr.init_.constant_.ravel()[0])], aggregate_function="SUM", **attrs)],
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", len(RATE_FEATURES)])],
        [helper.make_tensor_value_info("variable", TensorProto.FLOAT, ["N", 1])],
        doc="gradient-boosted regression trees (100 x depth 3)",
    )
    save(mr, os.path.join(ROOT, "interest-rate", "1.0.0", "model.onnx"))
    write_reference(os.path.join(ROOT, "interest-rate", "1.0.0", "reference-predictions.csv"), ["value"], pr)
    summary["interest-rate@1.0.0"] = {"mae": mean_absolute_error(rte, pr)}

    # a test fixture: log(x) of the first feature, NaN for negative inputs (numerical stability)
    fixture = graph_model(
        [helper.make_node("Log", ["input"], ["logs"]),
         helper.make_node("Slice", ["logs", "starts", "ends", "axes"], ["probabilities"])],
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 2])],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 1])],
        [helper.make_tensor("starts", TensorProto.INT64, [1], [0]), helper.make_tensor("ends", TensorProto.INT64, [1], [1]),
         helper.make_tensor("axes", TensorProto.INT64, [1], [1])],
        "log of the first feature: NaN on negative input",
    )
    save(fixture, os.path.join(ROOT, "..", "..", "packages", "model", "test", "fixtures", "log-first-feature.onnx"))

    # a test fixture fed one input per column: age int64, region string, income float64;
    # probability = sigmoid(0.05 * age + code(region) - income / 100000) with codes
    # north 0.1, south 0.2, east 0.3, west 0.4
    def col(name, elem):
        return helper.make_tensor_value_info(name, elem, ["N", 1])

    columns_fixture = graph_model(
        [
            helper.make_node("Cast", ["age"], ["age_f"], to=TensorProto.FLOAT),
            helper.make_node("Mul", ["age_f", "c_age"], ["t_age"]),
            helper.make_node("LabelEncoder", ["region"], ["t_region"], domain="ai.onnx.ml",
                             keys_strings=["north", "south", "east", "west"], values_floats=[0.1, 0.2, 0.3, 0.4],
                             default_float=0.0),
            helper.make_node("Cast", ["income"], ["income_f"], to=TensorProto.FLOAT),
            helper.make_node("Mul", ["income_f", "c_income"], ["t_income"]),
            helper.make_node("Add", ["t_age", "t_region"], ["s1"]),
            helper.make_node("Add", ["s1", "t_income"], ["s2"]),
            helper.make_node("Sigmoid", ["s2"], ["probabilities"]),
        ],
        [col("age", TensorProto.INT64), col("region", TensorProto.STRING), col("income", TensorProto.DOUBLE)],
        [helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["N", 1])],
        [helper.make_tensor("c_age", TensorProto.FLOAT, [1], [0.05]),
         helper.make_tensor("c_income", TensorProto.FLOAT, [1], [-1e-5])],
        "one input per column: int64, string, float64",
    )
    save(columns_fixture, os.path.join(ROOT, "..", "..", "packages", "model", "test", "fixtures", "columns.onnx"))

    for name, metrics in summary.items():
        print(name, json.dumps({k: round(float(v), 4) for k, v in metrics.items()}))
    for dirpath, _, files in sorted(os.walk(ROOT)):
        for f in sorted(files):
            if f.endswith(".onnx"):
                p = os.path.join(dirpath, f)
                data = open(p, "rb").read()
                print(os.path.relpath(p, ROOT), len(data), hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
