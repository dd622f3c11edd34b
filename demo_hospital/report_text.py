"""Free text of the demo's pathology and radiology reports.

Why so varied: the NLP stage must earn its labels. Real pathology reports list several specimens
(``A.``/``B.``, ``1.``/``2.``, ``PART n``), name the side in a header or only in a sentence, negate
("negative for malignancy"), recall history ("history of left breast carcinoma"), abbreviate
(IDC, DCIS, ADH, FA) and misspell (fibroadenma, carcinma). Radiology reports state BI-RADS per
breast in several styles ("BI-RADS category 4: Suspicious", "BIRADS: 2", "ASSESSMENT: 3 - probably
benign"). Every phrase is chosen from the ``rng`` the caller passes: the text is deterministic.
The *facts* (side, diagnosis, BI-RADS) come from the caller's structured intent; this module only
words them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# Diagnosis key -> (category, phrasings). The paper's malignant and benign lists.
DIAGNOSES: dict[str, tuple[str, tuple[str, ...]]] = {
    "idc": ("malignant", ("INVASIVE DUCTAL CARCINOMA", "Invasive ductal carcinoma, grade 2", "IDC, Nottingham grade 3",
                          "INFILTRATING DUCTAL CARCINOMA", "invasive ductal carcinma, moderately differentiated")),
    "ilc": ("malignant", ("INVASIVE LOBULAR CARCINOMA", "Invasive lobular carcinoma, classic type", "ILC")),
    "tubular": ("malignant", ("TUBULAR CARCINOMA", "Invasive carcinoma, tubular type")),
    "mucinous": ("malignant", ("MUCINOUS CARCINOMA", "Invasive mucinous (colloid) carcinoma")),
    "cribriform": ("malignant", ("INVASIVE CRIBRIFORM CARCINOMA",)),
    "inflammatory": ("malignant", (("Invasive ductal carcinoma with dermal lymphovascular invasion, consistent with "
                                    "INFLAMMATORY CARCINOMA"),)),
    "intraductal_papillary": ("malignant", ("INTRADUCTAL PAPILLARY CARCINOMA", "Encapsulated (intracystic) papillary carcinoma")),
    "microinvasive": ("malignant", ("DCIS WITH MICROINVASION", "Microinvasive carcinoma (<1 mm) arising in DCIS")),
    "dcis": ("malignant", ("DUCTAL CARCINOMA IN SITU, intermediate nuclear grade, solid and cribriform types",
                           "DCIS, high nuclear grade with comedonecrosis", "Ductal carcinoma in-situ")),
    "lymphoma": ("malignant", ("Diffuse large B-cell LYMPHOMA involving breast parenchyma",)),
    "phyllodes": ("malignant", ("MALIGNANT PHYLLODES TUMOR", "Phyllodes tumor, borderline to malignant")),
    "cyst": ("benign", ("BENIGN CYST WALL with apocrine metaplasia", "Cyst contents; benign cyst")),
    "fibroadenoma": ("benign", ("FIBROADENOMA", "Fibroadenoma", "FA", "fibroadenma", "Fibroadenomatoid nodule / fibroadenoma")),
    "scar": ("benign", ("Biopsy site changes and SCAR", "Fibrotic scar with fat necrosis")),
    "sclerosing_adenosis": ("benign", ("SCLEROSING ADENOSIS", "Sclerosing adenosis and fibrocystic changes")),
    "lcis": ("benign", ("LOBULAR CARCINOMA IN SITU, classic type", "LCIS")),
    "columnar_cell": ("benign", ("COLUMNAR CELL CHANGES", "Columnar cell change with hyperplasia")),
    "alh": ("benign", ("ATYPICAL LOBULAR HYPERPLASIA", "ALH")),
    "adh": ("benign", ("ATYPICAL DUCTAL HYPERPLASIA", "focal ADH")),
    "papilloma": ("benign", ("INTRADUCTAL PAPILLOMA", "Benign papilloma")),
    "periductal_mastitis": ("benign", ("PERIDUCTAL MASTITIS", "Duct ectasia with periductal mastitis")),
    "udh": ("benign", ("USUAL DUCTAL HYPERPLASIA", "UDH, florid")),
}
MALIGNANT_KEYS = tuple(k for k, (c, _) in DIAGNOSES.items() if c == "malignant")
BENIGN_KEYS = tuple(k for k, (c, _) in DIAGNOSES.items() if c == "benign")
# Invasive types get receptor lines.
_INVASIVE = {"idc", "ilc", "tubular", "mucinous", "cribriform", "inflammatory", "microinvasive"}

PROCEDURE_PHRASE = {
    ("core_biopsy", "us"): ("US-GUIDED CORE BIOPSY", "ULTRASOUND GUIDED CORE NEEDLE BIOPSY", "US CORE BX"),
    ("core_biopsy", "stereotactic"): ("STEREOTACTIC CORE BIOPSY", "STEREOTACTIC-GUIDED BIOPSY"),
    ("core_biopsy", "mri"): ("MRI-GUIDED CORE BIOPSY", "MR GUIDED BIOPSY"),
    ("vacuum_biopsy", "stereotactic"): ("STEREOTACTIC VACUUM-ASSISTED BIOPSY",),
    ("vacuum_biopsy", "us"): ("US-GUIDED VACUUM-ASSISTED BIOPSY",),
    ("vacuum_biopsy", "mri"): ("MRI-GUIDED VACUUM-ASSISTED BIOPSY",),
    ("fna", "us"): ("US-GUIDED FNA", "ULTRASOUND GUIDED FINE NEEDLE ASPIRATION"),
    ("excision", "none"): ("EXCISIONAL BIOPSY", "EXCISION", "WIRE-LOCALIZED EXCISION"),
    ("lumpectomy", "none"): ("LUMPECTOMY", "PARTIAL MASTECTOMY"),
    ("mastectomy", "none"): ("SIMPLE MASTECTOMY", "TOTAL MASTECTOMY"),
}

BIRADS_WORDS = {"0": "Incomplete - need additional imaging evaluation", "1": "Negative", "2": "Benign",
                "3": "Probably benign", "4": "Suspicious", "4A": "Low suspicion for malignancy",
                "4B": "Moderate suspicion for malignancy", "4C": "High suspicion for malignancy",
                "5": "Highly suggestive of malignancy", "6": "Known biopsy-proven malignancy"}
SIDE_WORD = {"L": "LEFT", "R": "RIGHT"}


@dataclass(frozen=True)
class SpecimenText:
    """One specimen's facts: side, clock position / site, diagnosis key, and whether to negate it."""

    side: str
    site: str
    diagnosis: str  # key of DIAGNOSES, or "negative" (no diagnosis), or "lymph_node"


def _pick(rng: np.random.Generator, options: tuple[str, ...] | list[str]) -> str:
    return options[int(rng.integers(len(options)))]


def clock_site(rng: np.random.Generator) -> str:
    """A realistic specimen site: ``2:00, 3 CM FN``."""
    return f"{int(rng.integers(1, 13))}:00, {int(rng.integers(1, 9))} CM FN"


def pathology_text(rng: np.random.Generator, procedure: str, guidance: str, specimens: list[SpecimenText],
                   history_side: str | None = None) -> str:
    """A multi-specimen surgical pathology report (final diagnosis section + comment)."""
    proc = _pick(rng, PROCEDURE_PHRASE.get((procedure, guidance), (procedure.upper().replace("_", " "),)))
    style = int(rng.integers(3))
    lines = ["SURGICAL PATHOLOGY REPORT", "", "FINAL DIAGNOSIS:"]
    for i, sp in enumerate(specimens):
        label = ("ABCDEFG"[i] + ".") if style == 0 else (f"{i + 1}.") if style == 1 else f"PART {i + 1}:"
        side_word = SIDE_WORD[sp.side]
        if sp.diagnosis == "lymph_node":
            header = f"{side_word} AXILLARY SENTINEL LYMPH NODE, EXCISION:"
            n = int(rng.integers(1, 4))
            body = [f"- {n} LYMPH NODES, NEGATIVE FOR METASTATIC CARCINOMA (0/{n})."]
        else:
            if rng.random() < 0.8:
                header = f"{side_word} BREAST, {sp.site}, {proc}:"
            else:
                # Side only in the sentence, not in the header.
                header = f"BREAST, {sp.site}, {proc} ({side_word.lower()}):"
            if sp.diagnosis == "negative":
                body = [_pick(rng, ("- BENIGN BREAST TISSUE, NEGATIVE FOR MALIGNANCY.",
                                    "- Fibrocystic changes; no evidence of atypia or carcinoma.",
                                    "- Benign fibroglandular tissue. No atypia or malignancy identified."))]
            else:
                category, phrases = DIAGNOSES[sp.diagnosis]
                dx = _pick(rng, phrases)
                body = [f"- {dx}."]
                if category == "malignant" and sp.diagnosis in _INVASIVE:
                    body.append(f"- Tumor size {rng.uniform(0.5, 3.5):.1f} cm. "
                                + _pick(rng, ("ER/PR positive, HER2 negative.", ("ER positive (95%), PR positive (60%), "
                                              "HER2 negative (1+)."), "ER negative, PR negative, HER2 positive (3+).")))
                    if rng.random() < 0.4:
                        body.append("- Ductal carcinoma in situ also present, adjacent to the invasive tumor.")
                elif category == "benign":
                    if sp.diagnosis not in ("adh", "alh", "lcis"):
                        body.append(_pick(rng, ("- Negative for atypia and malignancy.",
                                                "- No evidence of atypia or carcinoma.", "- No malignancy identified.")))
                    else:
                        body.append("- Negative for invasive carcinoma.")
        lines.append(f"{label} {header}")
        lines.extend("   " + b for b in body)
    lines.append("")
    comment = []
    if history_side:
        comment.append(f"Clinical history: history of {SIDE_WORD[history_side].lower()} breast carcinoma, status post "
                       "lumpectomy.")
    if rng.random() < 0.5:
        comment.append("The findings were discussed with the radiologist. Clip identified in specimen radiograph.")
    if comment:
        lines.append("COMMENT: " + " ".join(comment))
    return "\n".join(lines)


def _birads_phrase(rng: np.random.Generator, value: str) -> str:
    style = int(rng.integers(4))
    word = BIRADS_WORDS[value]
    if style == 0:
        return f"BI-RADS category {value}: {word}."
    if style == 1:
        return f"BIRADS: {value}"
    if style == 2:
        return f"ASSESSMENT: {value} - {word.lower()}"
    return f"BI-RADS {value} - {word}."


_FINDINGS = {
    "none": ("No suspicious mass, architectural distortion or abnormal shadowing.",
             "Normal fibroglandular and fatty tissue. No solid or cystic mass."),
    "benign": (("There is an oval, circumscribed, parallel hypoechoic mass with posterior enhancement, "
                "measuring {size}."), "Simple cyst measuring {size}.",
               "Oval circumscribed mass at {site}, wider than tall, measuring {size}."),
    "malignant": (("There is an irregular, spiculated, non-parallel hypoechoic mass with posterior acoustic "
                   "shadowing at {site}, measuring {size}."),
                  "Irregular taller-than-wide mass with angular margins and shadowing, {size}."),
}


def radiology_text(rng: np.random.Generator, modality: str, birads: dict[str, str], findings: dict[str, str],
                   procedure: str | None = None, allow_bilateral: bool = True) -> str:
    """A radiology report; ``birads[side]`` is the assessment to state ('' = not stated for that side).

    ``findings[side]`` is ``none``/``benign``/``malignant`` (what the images show).
    ``procedure`` is set for an interventional (biopsy) note.
    """
    title = {"US": "BILATERAL BREAST ULTRASOUND", "MG": "BILATERAL DIAGNOSTIC MAMMOGRAM",
             "DBT": "BILATERAL DIGITAL BREAST TOMOSYNTHESIS"}[modality]
    lines = [f"EXAM: {procedure or title}", ""]
    if procedure:
        lines.append("PROCEDURE: After informed consent, under ultrasound guidance, a 14-gauge core biopsy was "
                     "performed. A marker clip was placed. Pathology pending.")
    else:
        lines.append(_pick(rng, ("INDICATION: Follow-up.", "INDICATION: Palpable lump.", "INDICATION: Screening, dense breasts.",
                                 "INDICATION: Short-interval follow-up of probably benign finding.")))
    lines.append("FINDINGS:")
    for side in ("R", "L"):
        f = findings.get(side, "none")
        if not birads.get(side) and f == "none":
            continue
        tmpl = _pick(rng, _FINDINGS[f])
        text = tmpl.format(size=f"{rng.uniform(0.5, 2.5):.1f} x {rng.uniform(0.4, 2.0):.1f} cm", site=clock_site(rng))
        lines.append(f"{SIDE_WORD[side]} BREAST: {text}")
    lines.append("")
    lines.append("IMPRESSION:")
    stated = {s: v for s, v in birads.items() if v}
    if len(stated) == 2 and stated["L"] == stated["R"] and allow_bilateral and rng.random() < 0.3:
        lines.append(f"BILATERAL: {_birads_phrase(rng, stated['L'])}")
    else:
        for side in ("R", "L"):
            if side in stated:
                lines.append(f"{SIDE_WORD[side]} BREAST: {_birads_phrase(rng, stated[side])}")
    return "\n".join(lines)
