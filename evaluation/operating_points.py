"""Operating points: thresholds that match a target sensitivity or specificity, and triage.

Why: the paper never reports the AI at an arbitrary 0.5 cut; it dichotomises the AI score to
*match the average reader* (sensitivity at the reader's specificity; specificity, biopsy rate,
PPV and NPV at the reader's sensitivity). A decision is ``score >= threshold``.

Matching rule (deterministic, documented): for a target sensitivity we take the *highest*
threshold whose sensitivity is >= target; for a target specificity the *lowest* threshold whose
specificity is >= target. With tied scores the achieved value can exceed the target; it is
reported next to the target.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from evaluation.metrics import BinaryMetrics, binary_metrics


def threshold_for_sensitivity(labels: np.ndarray, scores: np.ndarray, target: float) -> float:
    """Highest threshold t with sensitivity(score >= t) >= ``target``."""
    if not 0.0 <= target <= 1.0:
        raise ValueError("target sensitivity must be in [0, 1]")
    y = np.asarray(labels).astype(bool)
    pos = np.sort(np.asarray(scores, dtype=float)[y])[::-1]
    if len(pos) == 0:
        raise ValueError("no positive case: sensitivity is undefined")
    k = max(1, math.ceil(target * len(pos) - 1e-12))
    return float(pos[k - 1])


def threshold_for_specificity(labels: np.ndarray, scores: np.ndarray, target: float) -> float:
    """Lowest threshold t with specificity(score >= t) >= ``target``."""
    if not 0.0 <= target <= 1.0:
        raise ValueError("target specificity must be in [0, 1]")
    y = np.asarray(labels).astype(bool)
    s = np.asarray(scores, dtype=float)
    neg = np.sort(s[~y])
    if len(neg) == 0:
        raise ValueError("no negative case: specificity is undefined")
    m = math.ceil(target * len(neg) - 1e-12)
    if m == 0:
        return float(s.min())
    return float(np.nextafter(neg[m - 1], np.inf))


@dataclass(frozen=True)
class OperatingPoint:
    """A threshold, what it was matched to, and the metrics it achieves."""

    name: str
    threshold: float
    matched: str  # "sensitivity" / "specificity" / "threshold"
    target: float
    metrics: BinaryMetrics


def at_sensitivity(labels, scores, target: float, name: str = "") -> OperatingPoint:
    t = threshold_for_sensitivity(labels, scores, target)
    return OperatingPoint(name, t, "sensitivity", target, binary_metrics(labels, np.asarray(scores) >= t))


def at_specificity(labels, scores, target: float, name: str = "") -> OperatingPoint:
    t = threshold_for_specificity(labels, scores, target)
    return OperatingPoint(name, t, "specificity", target, binary_metrics(labels, np.asarray(scores) >= t))


def at_threshold(labels, scores, threshold: float, name: str = "") -> OperatingPoint:
    return OperatingPoint(name, float(threshold), "threshold", float(threshold),
                          binary_metrics(labels, np.asarray(scores) >= threshold))


def triage_points(labels: np.ndarray, scores: np.ndarray, rule_out_sensitivity: float = 0.99,
                  rule_in_specificity: float = 0.99) -> tuple[OperatingPoint, OperatingPoint]:
    """The paper's two triage work streams.

    Rule-out (no-radiologist stream): a low threshold keeping ``rule_out_sensitivity`` of cancers
    above it; report its NPV and specificity (paper: NPV 99.86% at specificity 77.7%).
    Rule-in (enhanced assessment): a high threshold with ``rule_in_specificity``; report PPV and
    sensitivity (paper: PPV 84.4% at sensitivity 52.1%).
    """
    low = at_sensitivity(labels, scores, rule_out_sensitivity, "rule-out (low threshold)")
    high = at_specificity(labels, scores, rule_in_specificity, "rule-in (high threshold)")
    return low, high
