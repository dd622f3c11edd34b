"""Radiology report text of the realistic profile: findings and per-side assessments in prose.

Why: the easy profile states ``LEFT BREAST: BI-RADS 4`` lines. Real reports describe what each
breast shows (the lesion kinds the images of this exam were rendered with), quote prior
assessments in the indication and comparison, assess each side in a sentence ("The right breast
findings are benign (BI-RADS 2)"), a bilateral or overall statement, words alone ("ASSESSMENT:
Probably benign"), terse or dictated forms ("BIRADS 3 R", "birads four a"), and addenda that
revise the assessment. The assessment a careful reader takes from the text (docs/labelling_guide.md,
radiology rules R1-R7) is always the exam's final BI-RADS per side; sides without one are not
assessed. The structured ``birads_left``/``birads_right`` columns are filled as in the easy
profile.
"""

from __future__ import annotations

import numpy as np

from demo_hospital.clinical import ImagingExam
from demo_hospital.lesion_catalogue import LESION_TYPES
from demo_hospital.report_text import BIRADS_WORDS

STYLES = ("narrative", "synoptic", "terse")
SIDE = {"L": "left", "R": "right"}
SPELLED = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "4A": "four a", "4B": "four b",
           "4C": "four c", "5": "five", "6": "six"}
# The assessment as a predicate: "The left breast findings are <...> (BI-RADS v)."
PREDICATE = {"0": "incomplete; additional imaging evaluation is needed", "1": "negative", "2": "benign",
             "3": "probably benign", "4": "suspicious", "4A": "of low suspicion for malignancy",
             "4B": "of moderate suspicion for malignancy", "4C": "of high suspicion for malignancy",
             "5": "highly suggestive of malignancy", "6": "a known biopsy-proven malignancy"}
WORD_ONLY = ("0", "1", "2", "3", "4", "5", "6")  # categories a word alone states (guide R6)
REVISED_FROM = {"2": ("3", "0"), "3": ("0", "4A"), "1": ("0",), "4A": ("3",), "4B": ("4A",)}
MISSPELLINGS = {"hypoechoic": ("hypoechic", "hypo-echoic"), "circumscribed": ("circumscibed",),
                "posterior": ("posterier",), "enhancement": ("enhancment",), "shadowing": ("shadowning",),
                "sonographic": ("sonographc",)}
US_FINDINGS: dict[str, tuple[str, ...]] = {
    "simple_cyst": ("an anechoic oval circumscribed mass with posterior acoustic enhancement, {size}, consistent with a "
                    "simple cyst", "a {size} simple cyst"),
    "complicated_cyst": ("an oval circumscribed mass with low-level internal echoes and no internal vascularity, {size}, "
                         "likely a complicated cyst",),
    "complex_cystic": ("a complex cystic and solid mass, {size}, with a mural solid component",),
    "fibroadenoma": ("an oval, circumscribed, parallel hypoechoic mass, {size}, likely a fibroadenoma",
                     "a {size} oval circumscribed mass, stable, compatible with fibroadenoma"),
    "scar": ("architectural distortion with posterior shadowing at the surgical site, consistent with post-surgical scar",
             "an irregular hypoechoic area with shadowing at the prior biopsy site"),
    "fat_necrosis": ("a {size} oval mass of mixed echogenicity at the surgical site, most consistent with fat necrosis",),
    "intramammary_node": ("a {size} oval circumscribed mass with an echogenic fatty hilum, consistent with a benign "
                          "intramammary lymph node",),
    "papilloma": ("an intraductal mass, {size}, within a dilated duct",),
    "sclerosing_lesion": ("an irregular hypoechoic mass with angular margins, {size}",),
    "benign_indistinct": ("a {size} hypoechoic mass with indistinct margins",),
    "carcinoma_spiculated": ("an irregular, spiculated, non-parallel hypoechoic mass with posterior shadowing, {size}",),
    "carcinoma_irregular": ("an irregular hypoechoic mass with indistinct and microlobulated margins, {size}",),
    "carcinoma_circumscribed": ("an oval hypoechoic mass with circumscribed to microlobulated margins, {size}, "
                                "with internal vascularity",),
    "lobular_carcinoma": ("an ill-defined hypoechoic area with posterior shadowing, {size}",),
    "dcis_nonmass": ("a non-mass hypoechoic area with echogenic foci, {size}, corresponding to the mammographic "
                     "calcifications",),
    "intracystic_papillary": ("a complex cystic and solid mass with a vascular mural nodule, {size}",),
    "phyllodes": ("a large oval circumscribed heterogeneous mass, {size}, enlarging since the prior study",),
    "lymphoma": ("an oval markedly hypoechoic mass with posterior enhancement, {size}",),
}
NORMAL_US = ("No suspicious mass, architectural distortion or abnormal shadowing.",
             "Normal fibroglandular and fatty tissue; no solid or cystic mass.", "No sonographic abnormality.")
BENIGN_US = ("Benign-appearing fibrocystic changes.", "Scattered tiny benign-appearing cysts, unchanged.",
             "Stable benign-appearing findings.")
NO_CORRELATE = "No sonographic correlate is seen for the mammographic finding."
MAMMO = {"1": ("Scattered fibroglandular densities. No suspicious mass, calcifications or distortion.",),
         "2": ("Stable benign-appearing calcifications.", "Stable circumscribed mass, unchanged for years."),
         "0": ("Possible asymmetry, needs additional evaluation.",),
         "3": ("Focal asymmetry without suspicious features.",),
         "4": ("Fine pleomorphic calcifications in a segmental distribution.", "Irregular mass with obscured margins."),
         "5": ("Irregular spiculated mass with associated calcifications.",),
         "6": ("Known malignancy with biopsy clip in place.",)}


def _pick(rng: np.random.Generator, options: tuple[str, ...] | list[str]) -> str:
    return options[int(rng.integers(len(options)))]


def _size(rng: np.random.Generator, kind: str) -> str:
    """A measurement in the kind's size range (width x height, cm)."""
    lo, hi = LESION_TYPES[kind].width_mm
    width = rng.uniform(lo, hi) / 10
    aspect = rng.uniform(*LESION_TYPES[kind].aspect[0][:2])
    return f"{width:.1f} x {width * aspect:.1f} cm"


def _findings(rng: np.random.Generator, exam: ImagingExam, side: str) -> str:
    birads = exam.birads.get(side, "")
    if exam.modality != "US":
        return _pick(rng, MAMMO.get(birads[:1] if birads.startswith("4") else birads, MAMMO["1"]))
    kinds = exam.findings.get(side, ())
    if not kinds:
        if birads[:1] in ("4", "5") or birads == "0":
            return NO_CORRELATE
        if birads == "2":
            return _pick(rng, BENIGN_US)
        return _pick(rng, NORMAL_US)
    parts = []
    for kind in kinds:
        h = int(rng.integers(1, 13))
        parts.append(f"At {h} o'clock, " + _pick(rng, US_FINDINGS[kind]).format(size=_size(rng, kind)) + ".")
    return " ".join(parts)


def _assessment(rng: np.random.Generator, side: str, value: str, style: str) -> str:
    """One side's final assessment, in one of the forms a careful reader maps to ``value``."""
    word = BIRADS_WORDS[value]
    s = SIDE[side]
    if style == "terse":
        return _pick(rng, (f"BIRADS {value} {side}", f"Bi-Rads: {side}{value.lower()}", f"{s} birads {SPELLED[value]}",
                           f"{s.upper()}: BI-RADS {value}"))
    options = [f"{s.capitalize()} breast: BI-RADS {value} - {word}.",
               f"The {s} breast findings are {PREDICATE[value]} (BI-RADS {value}).",
               f"{s.upper()}: {word}. BI-RADS category {value}.",
               f"Assessment, {s} breast: {word.lower()} (BI-RADS {value})."]
    if value in WORD_ONLY:
        options.append(f"ASSESSMENT ({s} breast): {word}.")
    return _pick(rng, options)


def _title(exam: ImagingExam, sides: list[str], procedure: str | None) -> str:
    if procedure:
        return procedure
    name = {"US": "BREAST ULTRASOUND", "MG": "DIAGNOSTIC MAMMOGRAM", "DBT": "DIGITAL BREAST TOMOSYNTHESIS"}[exam.modality]
    if exam.purpose == "screening":
        name = "SCREENING " + name.replace("DIAGNOSTIC ", "")
    return f"BILATERAL {name}" if len(sides) == 2 else f"{SIDE[sides[0]].upper()} {name}, LIMITED"


def _indication(rng: np.random.Generator, exam: ImagingExam, prior: ImagingExam | None) -> str:
    options = ["Palpable lump.", "Screening, dense breasts.", "Abnormal screening mammogram.", "Focal breast pain."]
    if prior is not None:
        quoted = [(s, v) for s, v in prior.birads.items() if v]
        if quoted:
            s, v = quoted[int(rng.integers(len(quoted)))]
            options += [f"Follow-up of {SIDE[s]} breast finding, previously BI-RADS {v}.",
                        f"Short-interval follow-up; prior {prior.modality} {prior.date.isoformat()} was BI-RADS {v} "
                        f"on the {SIDE[s]}."] * 2
    return _pick(rng, options)


def radiology_report(rng: np.random.Generator, exam: ImagingExam, prior: ImagingExam | None, style: str,
                     procedure: str | None = None) -> str:
    """The report of ``exam`` in house ``style``; ``procedure`` names an interventional note."""
    if style not in STYLES:
        raise ValueError(f"style must be one of {STYLES}, got {style!r}")
    stated = {s: v for s, v in exam.birads.items() if v}
    described = [s for s in ("R", "L") if s in stated or exam.findings.get(s) or exam.lesion.get(s, "none") != "none"]
    if not described:
        described = ["R", "L"]
    printed = dict(stated)
    revised = [s for s in stated if stated[s] in REVISED_FROM]
    revise_side = revised[int(rng.integers(len(revised)))] if revised and rng.random() < 0.06 else ""
    if revise_side:
        printed[revise_side] = _pick(rng, REVISED_FROM[stated[revise_side]])
    findings = {s: _findings(rng, exam, s) for s in described}
    if rng.random() < 0.08:
        s = _pick(rng, described)
        words = [w for w in MISSPELLINGS if w in findings[s]]
        if words:
            w = _pick(rng, words)
            findings[s] = findings[s].replace(w, _pick(rng, MISSPELLINGS[w]), 1)
    both_equal = len(printed) == 2 and printed["L"] == printed["R"] and rng.random() < 0.35
    lines: list[str] = []
    if style == "terse":
        head = "US" if exam.modality == "US" else exam.modality
        lines.append(f"{head} {'bilat' if len(described) == 2 else SIDE[described[0]]}: " + " ".join(
            f"{s}: {findings[s]}" for s in described))
        if procedure:
            lines.append(f"{procedure.lower()} done, clip placed, path pending.")
        if both_equal:
            lines.append(f"IMP: BIRADS {printed['L']} bilat.")
        elif printed:
            lines.append("IMP: " + "; ".join(_assessment(rng, s, printed[s], style) for s in ("R", "L") if s in printed))
    else:
        lines += [f"EXAM: {_title(exam, described, procedure)}", ""]
        if procedure:
            lines.append("PROCEDURE: After informed consent, under ultrasound guidance, a 14-gauge core biopsy was "
                         f"performed ({int(rng.integers(3, 7))} cores). A marker clip was placed. Pathology pending.")
        else:
            lines.append(f"INDICATION: {_indication(rng, exam, prior)}")
            if prior is not None and rng.random() < 0.5:
                lines.append(f"COMPARISON: {prior.modality} of {prior.date.isoformat()}.")
        lines += ["", "FINDINGS:"]
        for s in described:
            lines.append(f"{SIDE[s].capitalize()} breast: {findings[s]}" if style == "narrative"
                         else f"{SIDE[s].upper()} BREAST: {findings[s]}")
        lines += ["", "IMPRESSION:"]
        if both_equal:
            v = printed["L"]
            lines.append(_pick(rng, (f"BI-RADS {v}, bilateral.", f"OVERALL ASSESSMENT: BI-RADS {v} - {BIRADS_WORDS[v]}",
                                     f"Both breasts: {BIRADS_WORDS[v].lower()} (BI-RADS {v}).")))
        else:
            for s in ("R", "L"):
                if s in printed:
                    lines.append(_assessment(rng, s, printed[s], style))
        if any(v[:1] in ("4", "5") for v in stated.values()) and not procedure:
            lines.append("RECOMMENDATION: Ultrasound-guided core biopsy.")
        elif any(v == "3" for v in stated.values()):
            lines.append("RECOMMENDATION: Short-interval follow-up ultrasound in 6 months.")
    if revise_side:
        v = stated[revise_side]
        lines += ["", "ADDENDUM: Outside prior studies became available; the "
                  f"{SIDE[revise_side]} breast finding is stable. The assessment of the {SIDE[revise_side]} breast is "
                  f"revised to BI-RADS {v} - {BIRADS_WORDS[v]}."]
    return "\n".join(lines)
