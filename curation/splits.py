"""Patient-level train/val/test split (paper: 60/10/30, "each patient appeared in only one").

A patient's split is a pure function of ``(patient_uid, salt)``:

    score = int(HMAC-SHA256(salt, "split:" + patient_uid)[:8 bytes]) >> 11  /  2**53   in [0, 1)
    split = train if score < f_train, val if score < f_train + f_val, else test

Why a salted hash and not ``random.shuffle``: the assignment of a patient never depends on
which other patients are in the export, so a nightly rebuild with new data keeps every old
patient in its split (no test patient ever leaks into training after new data arrives), and
the split is reproducible without storing a seed-dependent permutation. The 53 high bits of
the MAC are uniform, so proportions converge to the requested fractions (binomial error,
about 0.15 percentage points at 100k patients).

The salt is not a secret (its input is already a keyed pseudonym); changing it reshuffles
every patient, so it is versioned: :data:`DEFAULT_SPLIT_SALT`.
"""

from __future__ import annotations

import hashlib
import hmac
import math
from collections.abc import Iterable, Sequence

import pandas as pd
import pyarrow as pa

SPLIT_NAMES: tuple[str, str, str] = ("train", "val", "test")
DEFAULT_FRACTIONS: tuple[float, float, float] = (0.6, 0.1, 0.3)
DEFAULT_SPLIT_SALT = "sonolabel-split-v1"

SPLITS_SCHEMA = pa.schema([("patient_uid", pa.string()), ("split", pa.string())])

_SCALE = float(2**53)


def split_score(patient_uid: str, salt: str) -> float:
    """Uniform score in ``[0, 1)`` of one patient: the top 53 bits of its split HMAC."""
    mac = hmac.new(salt.encode(), f"split:{patient_uid}".encode(), hashlib.sha256).digest()
    return (int.from_bytes(mac[:8], "big") >> 11) / _SCALE


def _validate_fractions(fractions: Sequence[float]) -> tuple[float, float, float]:
    try:
        values = tuple(float(f) for f in fractions)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"fractions must be three numbers (train, val, test), got {fractions!r}") from exc
    if len(values) != 3:
        raise ValueError(f"fractions must have three entries (train, val, test), got {len(values)}")
    if any(not math.isfinite(f) or f < 0 for f in values):
        raise ValueError(f"fractions must be finite and non-negative, got {values}")
    if not math.isclose(sum(values), 1.0, abs_tol=1e-9):
        raise ValueError(f"fractions must sum to 1, got {values} (sum {sum(values)})")
    return values  # type: ignore[return-value]


def assign_splits(
    patient_uids: Iterable[str],
    salt: str = DEFAULT_SPLIT_SALT,
    fractions: Sequence[float] = DEFAULT_FRACTIONS,
) -> pd.DataFrame:
    """Assign each distinct patient to ``train``/``val``/``test``.

    Args:
        patient_uids: pseudonymous patient ids (non-empty strings); duplicates are collapsed,
            the output keeps the order of first appearance.
        salt: non-empty string keying the split hash; the same salt always gives the same split.
        fractions: ``(train, val, test)``, non-negative, summing to 1 (default 0.6/0.1/0.3).

    Returns:
        DataFrame with columns ``patient_uid`` and ``split``, one row per distinct patient.

    Raises:
        ValueError: empty or non-string salt, bad fractions, or a missing/empty/non-string id.
        TypeError: ``patient_uids`` is a single string instead of an iterable of ids.
    """
    if not isinstance(salt, str) or not salt:
        raise ValueError("salt must be a non-empty string")
    f_train, f_val, _ = _validate_fractions(fractions)
    if isinstance(patient_uids, (str, bytes)):
        raise TypeError("patient_uids must be an iterable of ids, not a single string")
    uids = list(pd.Series(list(patient_uids), dtype=object))
    bad = [u for u in uids if not isinstance(u, str) or not u.strip()]
    if bad:
        raise ValueError(f"patient_uids must be non-empty strings; found {len(bad)} invalid, e.g. {bad[0]!r}")
    distinct = list(dict.fromkeys(uids))
    cut_val = f_train + f_val
    splits = []
    for uid in distinct:
        score = split_score(uid, salt)
        splits.append("train" if score < f_train else "val" if score < cut_val else "test")
    return pd.DataFrame(
        {"patient_uid": pd.Series(distinct, dtype="string"), "split": pd.Series(splits, dtype="string")}
    )


def attach_split(frame: pd.DataFrame, splits: pd.DataFrame) -> pd.DataFrame:
    """Add the ``split`` column to any table with ``patient_uid`` (every patient must be assigned)."""
    if "patient_uid" not in frame.columns:
        raise ValueError("frame has no patient_uid column")
    if splits["patient_uid"].duplicated().any():
        raise ValueError("splits holds a patient twice")
    out = frame.drop(columns=["split"], errors="ignore").merge(
        splits[["patient_uid", "split"]], on="patient_uid", how="left", validate="many_to_one"
    )
    missing = out["split"].isna()
    if missing.any():
        raise ValueError(f"{int(missing.sum())} rows have a patient_uid without a split")
    return out
