"""The two profiles of the demo hospital, and the realistic profile's patient mix.

``easy`` is the original generator: separable lesion cartoons and lexicon-entry reports, kept
byte-identical for fast tests. ``realistic`` keeps the same export layout, hard cases and focus
scenarios but draws its images from :mod:`demo_hospital.lesion_catalogue` /
:mod:`demo_hospital.realistic_image`, its clinical extras from
:mod:`demo_hospital.realistic_clinical`, its reports from :mod:`demo_hospital.report_grammar`,
and a patient mix whose cancer prevalence is a parameter (default a few percent of breasts, the
order of magnitude of the paper's test set) instead of a fixed cycle of scenarios.
"""

from __future__ import annotations

import numpy as np

from demo_hospital.clinical import FOCUS_CODES

PROFILES = ("easy", "realistic")
DEFAULT_CANCER_RATE = 0.03

# Focus scenarios of the patients after the first len(FOCUS_CODES) (who get every code once).
# A patient is given a cancer scenario with probability ``cancer_rate``, drawn from the first
# table; otherwise a scenario of the second. Occult cancers (no lesion in the US images) are the
# two scenarios whose biopsy was not US-guided: about 1 cancer patient in 6.
CANCER_WEIGHTS: dict[str, float] = {
    "malignant_visible_presumed": 6, "malignant_birads_1_2": 1, "malignant_no_us_guided_biopsy": 1,
    "malignant_review_birads_0_3_6": 1, "malignant_review_multimodal_guidance": 1,
    "malignant_review_birads_unknown": 0.5, "negative_malignancy_within_15mo": 0.5,
    "birads3_malignancy_within_15mo": 0.5,
}
OTHER_WEIGHTS: dict[str, float] = {
    "negative_followup_confirmed": 9, "negative_no_followup": 4, "negative_followup_not_negative": 1,
    "birads3_followup_confirmed": 2, "birads3_no_confirming_followup": 1, "benign_concordant": 3,
    "benign_discordant_resolved": 0.3, "benign_discordant_unresolved": 0.3, "nonbiopsied_unverifiable_birads": 1,
    "missing_birads": 0.3,
}


def check_profile(profile: str, cancer_rate: float | None) -> None:
    """Raise ``ValueError`` for an unknown profile or a cancer rate the profile cannot use."""
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {PROFILES}, got {profile!r}")
    if cancer_rate is None:
        return
    if profile == "easy":
        raise ValueError("cancer_rate applies to the realistic profile only (the easy mix is fixed)")
    if not isinstance(cancer_rate, (int, float)) or not 0.0 <= float(cancer_rate) <= 1.0:
        raise ValueError(f"cancer_rate must be in [0, 1], got {cancer_rate!r}")


def realistic_focus_schedule(n_patients: int, seed: int, cancer_rate: float = DEFAULT_CANCER_RATE) -> list[str]:
    """Every focus code once first (shuffled), then a cancer scenario with probability ``cancer_rate``."""
    rng = np.random.default_rng([seed, 0xF0C5, 2])
    schedule = [FOCUS_CODES[i] for i in rng.permutation(len(FOCUS_CODES))][:n_patients]
    for _ in range(len(schedule), n_patients):
        table = CANCER_WEIGHTS if rng.random() < cancer_rate else OTHER_WEIGHTS
        codes = list(table)
        w = np.array([table[c] for c in codes])
        schedule.append(codes[int(rng.choice(len(codes), p=w / w.sum()))])
    return schedule
