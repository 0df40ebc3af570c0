"""The data-validation job as a pandas + scipy user would write it: the bench's peer.

Usage: python3 data_validation.py REFERENCE.csv CURRENT.csv REPORT.json

Reads both CSVs, infers a schema from the reference (type, presence, numeric range, the
domain of low-cardinality columns), validates the current file against it, and measures
drift on every column with the figures modelgate reports: PSI and Jensen-Shannon distance
over ten reference-quantile bins, the two-sample KS test and the Wasserstein distance over
the reference's standard deviation for numbers and times; L-infinity and Jensen-Shannon for
categories. Thresholds are modelgate's defaults (PSI 0.2, JSD 0.1, L-inf 0.1).
"""

import json
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial.distance import jensenshannon

THRESHOLDS = {"psi": 0.2, "jsd": 0.1, "linf": 0.1}
DOMAIN_LIMIT = 1000
EPS = 1e-6


def read(path):
    frame = pd.read_csv(path)
    for name in frame.columns:
        column = frame[name]
        if column.dtype == object:
            sample = column.dropna().head(1000)
            try:
                pd.to_datetime(sample, format="ISO8601")
            except (ValueError, TypeError):
                continue
            frame[name] = pd.to_datetime(column, format="ISO8601")
    return frame


def kind(column):
    if pd.api.types.is_bool_dtype(column):
        return "bool"
    if pd.api.types.is_datetime64_any_dtype(column):
        return "timestamp"
    if pd.api.types.is_numeric_dtype(column):
        return "number"
    return "string"


def numeric(column):
    if pd.api.types.is_datetime64_any_dtype(column):
        return column.dropna().astype("int64").to_numpy(dtype=float)
    return column.dropna().to_numpy(dtype=float)


def infer(frame):
    schema = {}
    for name in frame.columns:
        column = frame[name]
        entry = {"type": kind(column), "presence": float(column.notna().mean())}
        if entry["type"] in ("number", "timestamp"):
            values = numeric(column)
            lo, hi = float(values.min()), float(values.max())
            margin = 0.05 * (hi - lo)
            entry["range"] = [lo - margin, hi + margin]
        else:
            distinct = column.dropna().unique()
            if len(distinct) <= DOMAIN_LIMIT:
                entry["domain"] = sorted(str(v) for v in distinct)
        schema[name] = entry
    return schema


def psi(p, q):
    p = np.clip(p, EPS, None)
    q = np.clip(q, EPS, None)
    return float(np.sum((q - p) * np.log(q / p)))


def numeric_drift(ref, cur):
    edges = np.unique(np.quantile(ref, np.linspace(0, 1, 11)[1:-1]))
    bins = np.concatenate(([-np.inf], edges, [np.inf]))
    p = np.histogram(ref, bins)[0] / len(ref)
    q = np.histogram(cur, bins)[0] / len(cur)
    ks = stats.ks_2samp(ref, cur)
    scale = max(float(np.std(ref)), 1e-3)
    result = {
        "psi": psi(p, q),
        "jsd": float(jensenshannon(p, q, base=2)),
        "ks": {"statistic": float(ks.statistic), "pvalue": float(ks.pvalue)},
        "wasserstein": float(stats.wasserstein_distance(ref, cur)) / scale,
    }
    result["drifted"] = result["psi"] > THRESHOLDS["psi"] or result["jsd"] > THRESHOLDS["jsd"]
    return result


def categorical_drift(ref, cur):
    p = ref.astype(str).value_counts(normalize=True)
    q = cur.astype(str).value_counts(normalize=True)
    union = p.index.union(q.index)
    p = p.reindex(union, fill_value=0).to_numpy()
    q = q.reindex(union, fill_value=0).to_numpy()
    result = {"linf": float(np.max(np.abs(p - q))), "jsd": float(jensenshannon(p, q, base=2))}
    result["drifted"] = result["linf"] > THRESHOLDS["linf"] or result["jsd"] > THRESHOLDS["jsd"]
    return result


def validate(schema, ref, cur):
    anomalies = []
    features = []
    for name, entry in schema.items():
        if name not in cur.columns:
            anomalies.append({"column": name, "code": "missing-column", "severity": "error"})
            continue
        column = cur[name]
        if kind(column) != entry["type"]:
            anomalies.append({"column": name, "code": "type", "severity": "error"})
            continue
        presence = float(column.notna().mean())
        if presence < entry["presence"] - 0.01:
            anomalies.append({"column": name, "code": "presence", "severity": "error", "value": presence})
        if "range" in entry:
            values = numeric(column)
            lo, hi = entry["range"]
            outside = int(np.count_nonzero((values < lo) | (values > hi)))
            if outside:
                anomalies.append({"column": name, "code": "out-of-range", "severity": "error", "rows": outside})
            drift = numeric_drift(numeric(ref[name]), values)
        else:
            if "domain" in entry:
                unseen = int((~column.dropna().astype(str).isin(entry["domain"])).sum())
                if unseen:
                    anomalies.append({"column": name, "code": "unseen-value", "severity": "error", "rows": unseen})
            drift = categorical_drift(ref[name].dropna(), column.dropna())
        features.append({"name": name, "type": entry["type"], "presence": presence, "drift": drift})
    return anomalies, features


def main():
    ref_path, cur_path, out_path = sys.argv[1:4]
    ref = read(ref_path)
    cur = read(cur_path)
    schema = infer(ref)
    anomalies, features = validate(schema, ref, cur)
    drifted = sum(1 for f in features if f["drift"]["drifted"])
    report = {
        "verdict": "fail" if anomalies else "pass",
        "rows": len(cur),
        "anomalies": anomalies,
        "summary": {"driftedShare": drifted / max(len(features), 1)},
        "schema": schema,
        "features": features,
    }
    with open(out_path, "w") as out:
        json.dump(report, out)
    print(json.dumps({"verdict": report["verdict"], "anomalies": len(anomalies), "driftedShare": report["summary"]["driftedShare"]}))


if __name__ == "__main__":
    main()
