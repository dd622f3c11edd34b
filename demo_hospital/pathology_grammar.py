"""Pathology report text of the realistic profile: a grammar, not a lexicon.

Why: the easy profile writes each diagnosis as one of a few lexicon entries, so an NLP stage that
reproduces its labels proves little. Here a report is assembled from parts that real reports
have -- house styles (narrative with sections, synoptic key-value templates, terse one-liners),
clinical history that mentions other sides and "r/o carcinoma", gross descriptions, many
phrasings per diagnosis with grades, hedged parts, lymph-node and non-breast specimens,
amendments that revise a diagnosis or correct a side, outside consultations with a different
outside diagnosis, receptor addenda that change nothing, dictated self-corrections and
misspellings.

The labels never come from this text: ``truth/`` is computed from the structured specimens
(final side and diagnosis) by :mod:`demo_hospital.truth_rules`. What the text does promise is
that a careful reader following docs/labelling_guide.md gets the same labels: a revised
diagnosis is printed first and withdrawn by the amendment, an outside diagnosis is not ours, a
hedge labels nothing, biopsy-site changes are written only where a scar specimen exists, and a
benign-versus-malignant differential left open (a needs-review case the truth cannot hold) is
never written.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from demo_hospital.clinical import PathologyEvent, Specimen
from demo_hospital.report_text import DIAGNOSES

STYLES = ("narrative", "synoptic", "terse")
SIDE_WORDS = {
    "narrative": {"L": ("LEFT", "Left", "left"), "R": ("RIGHT", "Right", "right")},
    "terse": {"L": ("L", "Lt", "LT", "Left", "(L)"), "R": ("R", "Rt", "RT", "Right", "(R)")},
}
DIFF = {"1": "well", "2": "moderately", "3": "poorly"}
NUCLEAR = {"1": "low", "2": "intermediate", "3": "high"}

# Diagnosis key -> phrasings. Placeholders: {grade} 1-3, {diff} well/moderately/poorly,
# {nuclear} low/intermediate/high, {pgrade} benign/borderline/malignant (phyllodes).
PHRASES: dict[str, tuple[str, ...]] = {
    "idc": ("Invasive ductal carcinoma, Nottingham grade {grade}", "INVASIVE DUCTAL CARCINOMA, GRADE {grade} OF 3",
            "Invasive carcinoma of no special type (ductal), grade {grade}",
            "Infiltrating ductal carcinoma, {diff} differentiated", "IDC NST, gr {grade}",
            "Invasive mammary carcinoma with ductal features, histologic grade {grade}",
            "Invasive ductal carcinoma (SBR grade {grade}/3)", "invasive carcinoma, NST, grade {grade}",
            "Invasive carcinoma, ductal type, {diff} differentiated"),
    "ilc": ("Invasive lobular carcinoma, classic type", "INFILTRATING LOBULAR CARCINOMA", "ILC, pleomorphic variant",
            "Invasive lobular carcinoma, grade {grade}",
            "Invasive carcinoma with lobular features, consistent with invasive lobular carcinoma"),
    "tubular": ("Tubular carcinoma", "Invasive carcinoma, tubular type, grade 1", "INVASIVE TUBULAR CARCINOMA"),
    "mucinous": ("Mucinous (colloid) carcinoma", "Invasive mucinous carcinoma, grade {grade}",
                 "Colloid carcinoma of the breast"),
    "cribriform": ("Invasive cribriform carcinoma", "Invasive carcinoma, cribriform type"),
    "inflammatory": (("Invasive ductal carcinoma with dermal lymphovascular tumour emboli, consistent with "
                      "inflammatory carcinoma"),
                     "Inflammatory carcinoma (invasive carcinoma NST with dermal lymphatic invasion)"),
    "intraductal_papillary": ("Intraductal papillary carcinoma", "Papillary ca, intraductal type",
                              "Encapsulated papillary carcinoma", "Papillary carcinoma, intracystic (encapsulated) type"),
    "microinvasive": ("DCIS with microinvasion (<1 mm)", "Microinvasive carcinoma arising in DCIS",
                      "Ductal carcinoma in situ with a focus of microinvasion"),
    "dcis": ("Ductal carcinoma in situ, {nuclear} nuclear grade, solid and cribriform types",
             "DCIS, high grade, with comedonecrosis", "DCIS, {nuclear} nuclear grade",
             "Ductal carcinoma-in-situ ({nuclear} grade)",
             "Intraductal carcinoma (DCIS), {nuclear} nuclear grade", "DUCTAL CARCINOMA IN SITU"),
    "lymphoma": ("Diffuse large B-cell lymphoma involving breast parenchyma",
                 "Extranodal marginal zone (MALT) lymphoma involving breast tissue",
                 "Follicular lymphoma involving breast tissue"),
    "phyllodes": ("{Pgrade} phyllodes tumour", "Phyllodes tumor, {pgrade}",
                  "Fibroepithelial neoplasm, consistent with {pgrade} phyllodes tumour", "PHYLLODES TUMOR ({PGRADE})"),
    "cyst": ("Benign cyst wall with apocrine metaplasia", "Cyst contents; benign cyst",
             "Ruptured cyst with surrounding chronic inflammation", "Apocrine cyst", "Benign cyst"),
    "fibroadenoma": ("Fibroadenoma", "FA", "fibroadenomma", "Fibroepithelial lesion, consistent with fibroadenoma",
                     "Fibroadenoma with hyalinization and coarse calcifications", "Cellular fibroadenoma",
                     "Fibroadenoma, no atypia", "Benign fibroepithelial lesion, favour fibroadenoma"),
    "scar": ("Radial scar", "Complex sclerosing lesion (radial scar)", "Surgical scar with fat necrosis",
             "Fibrotic scar tissue at the prior surgical site"),
    "biopsy_site": ("Biopsy site changes", "Prior biopsy site with hemosiderin-laden macrophages",
                    "Healing biopsy cavity (biopsy-site changes)", "Changes consistent with prior biopsy site"),
    "sclerosing_adenosis": ("Sclerosing adenosis", "Sclerosing adenosis and fibrocystic changes",
                            "Florid sclerosing adenosis with microcalcifications"),
    "lcis": ("Lobular carcinoma in situ, classic type", "LCIS", "Lobular neoplasia (LCIS)", "Florid LCIS"),
    "columnar_cell": ("Columnar cell changes", "Columnar cell lesion with hyperplasia", "Flat epithelial atypia (FEA)",
                      "CCC with associated microcalcifications"),
    "alh": ("Atypical lobular hyperplasia", "ALH", "Focal atypical lobular hyperplasia"),
    "adh": ("Atypical ductal hyperplasia", "focal ADH", "Atypical ductal hyperplasia arising in a columnar cell lesion"),
    "papilloma": ("Intraductal papilloma", "Benign papilloma", "Intraductal papilloma with usual ductal hyperplasia",
                  "Papillomatosis"),
    "periductal_mastitis": ("Periductal mastitis", "Duct ectasia with periductal mastitis",
                            "Periductal mastitis with chronic inflammation"),
    "udh": ("Usual ductal hyperplasia", "UDH, florid", "Florid hyperplasia of usual type", "Ductal hyperplasia, usual type"),
    "negative": ("Benign breast tissue", "Benign breast parenchyma with fibrocystic changes",
                 "Fibroadipose tissue; no atypia or malignancy", "Stromal fibrosis and PASH; negative for malignancy",
                 "Fibrocystic change with apocrine metaplasia", "Benign fibroglandular tissue, no carcinoma identified",
                 "Fat necrosis; no atypia or malignancy identified"),
}
HEDGES: dict[str, tuple[str, ...]] = {
    "dcis": ("Atypical ductal proliferation, suspicious for but not diagnostic of DCIS; excision recommended",
             "Atypical intraductal epithelial proliferation; DCIS cannot be excluded on this material"),
    "invasion": ("Rare atypical cells in stroma; invasive carcinoma cannot be ruled out, further sampling advised",),
    "phyllodes": ("Fibroepithelial lesion with cellular stroma (B3); excision recommended to exclude phyllodes tumour",),
    "carcinoma": ("Scant atypical cells, favour reactive; carcinoma not excluded",
                  "Few atypical cells, possible carcinoma (insufficient for diagnosis)"),
    "papillary carcinoma": ("Papillary lesion; papillary carcinoma cannot be excluded on core biopsy, excision recommended",),
}
NON_BREAST: dict[str, tuple[str, str]] = {  # site -> (specimen line, diagnosis)
    "skin_back": ("SKIN, UPPER BACK, SHAVE BIOPSY", "Basal cell carcinoma, nodular type, extending to the deep margin"),
    "skin_forearm": ("SKIN, {SIDE} FOREARM, PUNCH BIOPSY", "Squamous cell carcinoma in situ (Bowen disease)"),
    "thyroid": ("THYROID, {SIDE} LOBE, FINE NEEDLE ASPIRATION", "Benign follicular nodule (Bethesda category II)"),
    "colon": ("COLON, SIGMOID, POLYPECTOMY", "Tubular adenoma with low-grade dysplasia; negative for carcinoma"),
    "lung": ("LUNG, {SIDE} UPPER LOBE, WEDGE RESECTION", "Invasive adenocarcinoma, acinar predominant, 1.4 cm"),
    "skin_face": ("SKIN, {SIDE} CHEEK, EXCISION", "Melanoma in situ, margins clear"),
    "uterus": ("UTERUS, TOTAL HYSTERECTOMY", "Leiomyomata; benign proliferative endometrium"),
    "skin_arm": ("SKIN, {SIDE} UPPER ARM, SHAVE", "Seborrheic keratosis"),
}
# An amendment revises a diagnosis printed first: final key -> what was printed before.
REVISED_FROM: dict[str, tuple[str, ...]] = {
    "adh": ("dcis",), "papilloma": ("intraductal_papillary",), "fibroadenoma": ("phyllodes",),
    "sclerosing_adenosis": ("tubular",), "lcis": ("ilc",), "alh": ("dcis",), "scar": ("idc",),
    "phyllodes": ("fibroadenoma",), "idc": ("dcis", "adh"), "dcis": ("adh",), "ilc": ("lcis",),
    "intraductal_papillary": ("papilloma",), "tubular": ("sclerosing_adenosis",), "mucinous": ("cyst",),
}
PROCEDURES: dict[tuple[str, str], tuple[str, ...]] = {
    ("core_biopsy", "us"): ("ULTRASOUND-GUIDED CORE BIOPSY", "US-guided core needle biopsy", "US core bx", "US CNB"),
    ("core_biopsy", "stereotactic"): ("STEREOTACTIC CORE BIOPSY", "stereotactic-guided needle biopsy", "stereo bx"),
    ("core_biopsy", "mri"): ("MRI-GUIDED CORE BIOPSY", "MR-guided biopsy", "MRI bx"),
    ("vacuum_biopsy", "stereotactic"): ("STEREOTACTIC VACUUM-ASSISTED BIOPSY", "stereotactic VAB"),
    ("vacuum_biopsy", "us"): ("US-GUIDED VACUUM-ASSISTED BIOPSY", "ultrasound-guided VAB"),
    ("vacuum_biopsy", "mri"): ("MRI-GUIDED VACUUM-ASSISTED BIOPSY", "MR-guided VAB"),
    ("fna", "us"): ("US-GUIDED FNA", "ultrasound-guided fine needle aspiration", "US FNA"),
    ("excision", "none"): ("EXCISIONAL BIOPSY", "EXCISION", "WIRE-LOCALIZED EXCISION", "excision"),
    ("lumpectomy", "none"): ("LUMPECTOMY", "PARTIAL MASTECTOMY", "segmental mastectomy", "lumpectomy"),
    ("mastectomy", "none"): ("SIMPLE MASTECTOMY", "TOTAL MASTECTOMY", "mastectomy"),
}
MISSPELLINGS: dict[str, tuple[str, ...]] = {
    "carcinoma": ("carcinome", "carcinma", "carcinomma"), "ductal": ("ductual", "dutcal"),
    "Fibroadenoma": ("Fibroadenomma", "Fibroadenma"), "fibroadenoma": ("fibroadenomma",),
    "hyperplasia": ("hyperplsia", "hyperplasis"), "papilloma": ("papiloma",), "lobular": ("lobualr",),
    "Invasive": ("Invasve", "Inavsive"), "invasive": ("invasve",), "Atypical": ("Atypcial",),
}
RECEPTORS = ("ER positive (95%, strong), PR positive (40%), HER2 negative (IHC 1+).",
             "ER negative, PR negative, HER2 negative (triple negative).",
             "ER positive (80%), PR negative, HER2 positive (IHC 3+). Ki-67 35%.")
OUTSIDE = ("Community Hospital", "Regional Medical Center", "an outside laboratory", "St. Elsewhere Hospital")


@dataclass
class _Part:
    """One specimen block: its side, site line and the diagnosis lines of its specimens."""

    side: str
    specimens: list[Specimen]


def _pick(rng: np.random.Generator, options: tuple[str, ...] | list[str]) -> str:
    return options[int(rng.integers(len(options)))]


def phrase(rng: np.random.Generator, key: str, grade: str = "") -> str:
    """One phrasing of diagnosis ``key`` (a DIAGNOSES key, ``negative`` or ``biopsy_site``)."""
    g = grade if grade in ("1", "2", "3") else str(int(rng.integers(1, 4)))
    pgrade = grade if grade in ("benign", "borderline", "malignant") else "borderline"
    template = _pick(rng, PHRASES[key])
    return template.format(grade=g, diff=DIFF[g], nuclear=NUCLEAR[g], pgrade=pgrade, Pgrade=pgrade.capitalize(),
                           PGRADE=pgrade.upper())


def _misspell(rng: np.random.Generator, text: str) -> str:
    words = [w for w in MISSPELLINGS if w in text]
    if not words:
        return text
    w = _pick(rng, words)
    return text.replace(w, _pick(rng, MISSPELLINGS[w]), 1)


def _side_word(rng: np.random.Generator, side: str, style: str) -> str:
    return _pick(rng, SIDE_WORDS["terse" if style == "terse" else "narrative"][side])


def _clock(rng: np.random.Generator) -> str:
    h = int(rng.integers(1, 13))
    return _pick(rng, (f"{h}:00", f"{h} o'clock", f"{h}:00, {int(rng.integers(1, 9))} cm FN",
                       _pick(rng, ("upper outer quadrant", "upper inner quadrant", "lower outer quadrant",
                                   "retroareolar"))))


def _parts(event: PathologyEvent) -> list[_Part]:
    parts: dict[int, _Part] = {}
    for k, s in enumerate(event.specimens):
        key = s.part if s.part >= 0 else k
        parts.setdefault(key, _Part(s.side, []))
        parts[key].specimens.append(s)
    return list(parts.values())


def _diagnosis_lines(rng: np.random.Generator, part: _Part, revised: dict[int, str],
                     printed: dict[int, str]) -> list[str]:
    """The diagnosis lines of one part (a revised specimen prints its earlier diagnosis, kept in ``printed``)."""
    lines = []
    for s in part.specimens:
        key = revised.get(id(s), s.diagnosis)
        if s.diagnosis == "lymph_node":
            k, _, n = (s.grade or "0/2").partition("/")
            lines.append(_pick(rng, (f"{n} lymph node(s), negative for metastatic carcinoma (0/{n})",
                                     f"No metastatic carcinoma in {n} sentinel lymph nodes (0/{n})"))
                         if k == "0" else _pick(rng, (
                             f"Metastatic carcinoma in {k} of {n} lymph nodes ({k}/{n}), no extranodal extension",
                             f"Macrometastasis in {k}/{n} sentinel lymph nodes, largest deposit "
                             f"{rng.uniform(2.5, 12):.0f} mm")))
        elif s.diagnosis == "non_breast":
            lines.append(NON_BREAST[s.detail][1])
        elif s.diagnosis == "hedged":
            lines.append(_pick(rng, HEDGES[s.detail]))
        elif s.diagnosis == "scar" and s.detail == "biopsy_site":
            lines.append(phrase(rng, "biopsy_site"))
        elif s.diagnosis == "negative":
            lines.append(phrase(rng, "negative"))
        else:
            text = phrase(rng, key, s.grade if key == s.diagnosis else "")
            printed[id(s)] = text
            category = DIAGNOSES[key][0]
            if category == "benign" and key not in ("adh", "alh", "lcis") and rng.random() < 0.5:
                text += _pick(rng, ("; negative for atypia and malignancy", "; no atypia or carcinoma identified"))
            elif category == "malignant" and key in ("idc", "ilc", "mucinous", "tubular") and rng.random() < 0.4:
                text += f", {rng.uniform(0.5, 3.5):.1f} cm"
            lines.append(text)
    return lines


def _site_line(rng: np.random.Generator, part: _Part, event: PathologyEvent, style: str, side: str) -> str:
    """The header of a part: side, site and procedure, in the style's form (side possibly elsewhere)."""
    proc = _pick(rng, PROCEDURES.get((event.procedure, event.guidance), (event.procedure.replace("_", " "),)))
    first = part.specimens[0]
    if first.diagnosis == "non_breast":
        line = NON_BREAST[first.detail][0]
        return line.replace("{SIDE}", _pick(rng, ("LEFT", "RIGHT")))
    if first.diagnosis == "lymph_node":
        return f"{_side_word(rng, side, 'narrative').upper()} AXILLARY SENTINEL LYMPH NODE(S), EXCISION"
    word = _side_word(rng, side, style)
    clock = _clock(rng)
    if style == "terse":
        return _pick(rng, (f"{word} brst {clock} {proc}", f"{word} breast {proc}", f"Breast {word}, {clock}, {proc}"))
    return _pick(rng, (f"{word.upper()} BREAST, {clock.upper()}, {proc.upper()}", f"Breast, {word.lower()}, {clock}, {proc}",
                       f"BREAST, {clock.upper()}, {proc.upper()} ({word.lower()})",
                       f"{word} breast mass, {proc}"))


def _label(style: str, i: int, rng_style: int) -> str:
    if style == "terse":
        return ("ABCDEF"[i] + ")") if rng_style else f"{i + 1})"
    return ("ABCDEF"[i] + ".", f"{i + 1}.", f"PART {i + 1}:", f"({'ABCDEF'[i]})")[rng_style]


def _history(rng: np.random.Generator, event: PathologyEvent, history_side: str | None, main_side: str) -> str:
    if main_side not in ("L", "R"):
        return _pick(rng, ("Lesion, r/o malignancy.", "Enlarging nodule.", "Skin lesion, clinically atypical.",
                           "Incidental finding on imaging."))
    side = {"L": "left", "R": "right"}[main_side]
    options = [f"{side.capitalize()} breast mass, r/o carcinoma.", f"Abnormal mammogram, {side} breast calcifications.",
               f"Palpable {side} breast lump.", f"{side.capitalize()} breast lesion, BI-RADS 4.",
               "Screening-detected abnormality."]
    if event.procedure in ("lumpectomy", "mastectomy"):
        options += [f"Known {side} breast cancer, for excision.", f"{side.capitalize()} breast carcinoma on core biopsy."]
    text = _pick(rng, options)
    if history_side:
        other = {"L": "left", "R": "right"}[history_side]
        text += f" History of {other} breast carcinoma, status post lumpectomy and radiation."
    return text


def pathology_report(rng: np.random.Generator, event: PathologyEvent, history_side: str | None, style: str) -> str:
    """The report of one pathology event in house ``style`` (see the module docstring)."""
    if style not in STYLES:
        raise ValueError(f"style must be one of {STYLES}, got {style!r}")
    parts = _parts(event)
    breast = [s for s in event.specimens if s.side in ("L", "R") and s.category in ("benign", "malignant")]
    main_side = breast[0].side if breast else next((s.side for s in event.specimens if s.side), "")
    # Amendments and consultations are decided first: they change what the body prints.
    revised: dict[int, str] = {}
    revisable = [s for s in breast if s.diagnosis in REVISED_FROM and s.detail != "biopsy_site"]
    if revisable and rng.random() < 0.07:
        s = revisable[0]
        revised[id(s)] = _pick(rng, REVISED_FROM[s.diagnosis])
    sides = {s.side for s in event.specimens if s.side in ("L", "R")}
    wrong_side = len(sides) == 1 and not revised and rng.random() < 0.03
    consult = event.procedure in ("core_biopsy", "vacuum_biopsy", "fna") and bool(breast) and rng.random() < 0.1
    receptors = any(s.category == "malignant" and s.diagnosis in ("idc", "ilc", "mucinous", "tubular")
                    for s in breast) and rng.random() < 0.15
    self_correction = style == "terse" and len(sides) == 1 and not wrong_side and rng.random() < 0.1
    label_style = int(rng.integers(2 if style == "terse" else 4))

    body: list[str] = []
    printed: dict[int, str] = {}
    for i, part in enumerate(parts):
        printed_side = part.side
        if wrong_side and part.side in ("L", "R"):
            printed_side = "L" if part.side == "R" else "R"
        site = _site_line(rng, part, event, style, printed_side or "L")
        if self_correction and part.side in ("L", "R") and part.specimens[0].diagnosis not in ("lymph_node",):
            wrong = "left" if part.side == "R" else "right"
            site = f"Core biopsy {wrong} breast, correction, {_side_word(rng, part.side, 'narrative').lower()} breast, " \
                   f"{_clock(rng)}"
        dx_lines = _diagnosis_lines(rng, part, revised, printed)
        if rng.random() < 0.08:
            dx_lines = [_misspell(rng, dx_lines[0])] + dx_lines[1:]
        label = _label(style, i, label_style)
        if style == "terse":
            body.append(f"{label} {site}: " + "; ".join(dx_lines) + ".")
        elif style == "synoptic":
            body.append(f"{label} Specimen: {site}")
            body.extend(_synoptic_fields(rng, part, event, dx_lines))
        else:
            body.append(f"{label} {site}:")
            body.extend(f"   - {d}." for d in dx_lines)

    lines: list[str] = []
    if style == "terse":
        lines.append(_pick(rng, ("PATH:", "Surgical pathology - final dx:", "Dx:")))
        if consult:
            lines.append(f"Consult, outside slides ({_pick(rng, OUTSIDE)}): outside dx {_outside_dx(rng, breast[0])}. "
                         "Our dx:")
        lines.extend(body)
    else:
        lines.append(_pick(rng, ("SURGICAL PATHOLOGY REPORT", "PATHOLOGY REPORT", "Department of Pathology - Final Report")))
        if consult:
            out_dx = _outside_dx(rng, breast[0])
            lines += ["", "CONSULTATION REPORT", f"Outside slides received from {_pick(rng, OUTSIDE)} for review.",
                      f"OUTSIDE DIAGNOSIS: {out_dx}.", "", "OUR REVIEW / FINAL DIAGNOSIS:"]
        else:
            lines += ["", "CLINICAL HISTORY:", _history(rng, event, history_side, main_side), "",
                      _pick(rng, ("FINAL DIAGNOSIS:", "DIAGNOSIS:", "FINAL PATHOLOGIC DIAGNOSIS:"))]
        lines.extend(body)
        if style == "narrative" and rng.random() < 0.4:
            lines += ["", "GROSS DESCRIPTION:", _gross(rng, event, main_side)]
        if rng.random() < 0.4:
            lines += ["", "COMMENT: " + _pick(rng, (
                "Correlation with the imaging findings is recommended.",
                "The findings are concordant with the radiologic impression.",
                "Deeper levels were examined.", "Immunostains were reviewed with appropriate controls."))]
    if revised:
        s = next(x for x in breast if id(x) in revised)
        old = printed.get(id(s)) or phrase(rng, revised[id(s)])
        new = phrase(rng, s.diagnosis, s.grade)
        lines += ["", _pick(rng, ("AMENDMENT:", "ADDENDUM (revised diagnosis):", "*** AMENDED REPORT ***")),
                  _pick(rng, (f"On review with immunostains and deeper levels the lesion is reclassified as {new}; "
                              f"the previous diagnosis of {old} is withdrawn.",
                              f"REVISED DIAGNOSIS: {new}. This replaces the original diagnosis ({old}).",
                              f"After intradepartmental consultation the diagnosis is amended to: {new}. "
                              f"The diagnosis of {old} no longer applies."))]
    if wrong_side:
        side = {"L": "LEFT", "R": "RIGHT"}[next(iter(sides))]
        wrong = "right" if side == "LEFT" else "left"
        lines += ["", "AMENDMENT: laterality correction.",
                  f"The specimen is from the {side} breast, not the {wrong} breast as originally reported. "
                  "The diagnosis is otherwise unchanged."]
    if receptors:
        lines += ["", "ADDENDUM: Breast biomarker results (block A1): " + _pick(rng, RECEPTORS)
                  + " The diagnosis is unchanged."]
    return "\n".join(lines)


def _outside_dx(rng: np.random.Generator, s: Specimen) -> str:
    """What the outside laboratory called it: the same, another entity, or the other category."""
    choice = rng.random()
    if choice < 0.4:
        return phrase(rng, s.diagnosis, s.grade)
    options = REVISED_FROM.get(s.diagnosis) or (("adh",) if s.category == "malignant" else ("dcis",))
    return phrase(rng, _pick(rng, options))


def _synoptic_fields(rng: np.random.Generator, part: _Part, event: PathologyEvent, dx_lines: list[str]) -> list[str]:
    first = part.specimens[0]
    out = [f"   Procedure: {event.procedure.replace('_', ' ')}"]
    if first.category == "malignant":
        out.append(f"   Histologic type: {dx_lines[0]}")
        out.append(f"   Lymphovascular invasion: {_pick(rng, ('Not identified', 'Present', 'Not identified'))}")
        if event.procedure in ("lumpectomy", "mastectomy"):
            out.append(f"   Margins: negative, closest {int(rng.integers(1, 12))} mm")
        out.extend(f"   Additional findings: {d}" for d in dx_lines[1:])
    else:
        out.append(f"   Diagnosis: {dx_lines[0]}")
        out.extend(f"   Additional findings: {d}" for d in dx_lines[1:])
    return out


def _gross(rng: np.random.Generator, event: PathologyEvent, side: str) -> str:
    if side not in ("L", "R"):
        return f"Received in formalin is a {rng.uniform(0.3, 4.0):.1f} cm tan tissue fragment, entirely submitted."
    word = {"L": "left", "R": "right"}[side]
    if event.procedure in ("core_biopsy", "vacuum_biopsy"):
        return (f"Received in formalin labeled '{word} breast' are {int(rng.integers(3, 9))} cores of tan-white tissue, "
                f"{rng.uniform(0.8, 2.0):.1f} cm in aggregate, entirely submitted.")
    if event.procedure == "fna":
        return "Received are two air-dried and two alcohol-fixed smears."
    return (f"Received fresh labeled '{word} breast' is a {rng.uniform(3, 12):.1f} x {rng.uniform(2, 8):.1f} cm "
            "fibrofatty specimen with a firm tan cut surface; representative sections submitted.")
