"""The model-evaluation job as a scikit-learn user would write it: the bench's peer.

Usage:
  python3 model_evaluation.py fit WEIGHTS.json DATA.csv MODELS.pkl    (before the clock)
  python3 model_evaluation.py evaluate MODELS.pkl DATA.csv REPORT.json

`fit` makes the two models of the bench: the challenger, a logistic regression carrying the
generating weights (the ONNX challenger's exact coefficients), and the champion, a 100-tree
depth-5 gradient-boosted ensemble fitted on the first 50,000 rows (the ONNX champion's size
and depth; its split values differ). `evaluate` is the timed job: read the CSV, predict with
both models, compute the metrics modelgate reports (accuracy, precision, recall, F1, ROC AUC,
average precision, log loss, Brier, positive rate, prevalence) over all rows and per slice of
five columns cut into four quantile bins, compare challenger with champion, write JSON.
"""

import json
import pickle
import sys

import numpy as np
import pandas as pd
from sklearn import metrics
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

SLICES = ["f0", "f1", "f2", "f3", "f4"]
BINS = 4
THRESHOLD = 0.5


def features(frame):
    return frame[[c for c in frame.columns if c != "y"]].to_numpy(dtype=np.float32)


def fit(weights_path, data_path, models_path):
    spec = json.load(open(weights_path))
    frame = pd.read_csv(data_path, nrows=50_000)
    x, y = features(frame), frame["y"].to_numpy()
    challenger = LogisticRegression().fit(x[:1000], y[:1000])
    challenger.coef_ = np.array([spec["weights"]], dtype=float)
    challenger.intercept_ = np.array([spec["bias"]], dtype=float)
    champion = GradientBoostingClassifier(n_estimators=100, max_depth=5, random_state=1).fit(x, y)
    with open(models_path, "wb") as out:
        pickle.dump({"challenger": challenger, "champion": champion}, out)


def scores(y, p):
    predicted = (p >= THRESHOLD).astype(int)
    both = len(np.unique(y)) == 2
    return {
        "accuracy": metrics.accuracy_score(y, predicted),
        "precision": metrics.precision_score(y, predicted, zero_division=0),
        "recall": metrics.recall_score(y, predicted, zero_division=0),
        "f1": metrics.f1_score(y, predicted, zero_division=0),
        "roc_auc": metrics.roc_auc_score(y, p) if both else None,
        "average_precision": metrics.average_precision_score(y, p) if both else None,
        "log_loss": metrics.log_loss(y, np.clip(p, 1e-15, 1 - 1e-15), labels=[0, 1]),
        "brier": metrics.brier_score_loss(y, p),
        "positive_rate": float(predicted.mean()),
        "prevalence": float(y.mean()),
    }


def evaluate(models_path, data_path, report_path):
    with open(models_path, "rb") as f:
        models = pickle.load(f)
    frame = pd.read_csv(data_path)
    x, y = features(frame), frame["y"].to_numpy()
    report = {"rows": len(frame), "models": {}, "slices": []}
    probabilities = {}
    for role in ("challenger", "champion"):
        p = models[role].predict_proba(x)[:, 1]
        probabilities[role] = p
        report["models"][role] = scores(y, p)
    for column in SLICES:
        bins = pd.qcut(frame[column], BINS)
        for label, rows in frame.groupby(bins, observed=True).indices.items():
            entry = {"feature": column, "value": str(label), "support": len(rows)}
            for role, p in probabilities.items():
                entry[role] = scores(y[rows], p[rows])
            report["slices"].append(entry)
    challenger, champion = report["models"]["challenger"], report["models"]["champion"]
    report["verdict"] = "pass" if challenger["roc_auc"] >= max(0.6, champion["roc_auc"]) else "fail"
    with open(report_path, "w") as out:
        json.dump(report, out)
    print(json.dumps({"verdict": report["verdict"], "rocAuc": challenger["roc_auc"], "championRocAuc": champion["roc_auc"], "slices": len(report["slices"])}))


if __name__ == "__main__":
    {"fit": fit, "evaluate": evaluate}[sys.argv[1]](*sys.argv[2:5])
