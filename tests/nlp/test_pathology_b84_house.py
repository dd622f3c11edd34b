"""Pathology rules developed on released batch b84, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_dutch_geen_and_zonder_negate_up_to_the_gloss() -> None:
    # "geen" (no) reaches every entity it lists, joined by the Dutch "of" (or)
    assert labels("Conclusie [Conclusion]:\n1. Rechtermamma, lumpectomie: geen resterend invasief carcinoom of DCIS; "
                  "tumorbed met therapie-effect (ypT0) [right breast, lumpectomy: no residual invasive carcinoma or DCIS; "
                  "tumour bed with therapy effect (ypT0)].\n") == {"L": "-", "R": "-"}
    assert labels("Conclusie: Linkermamma, excisie: papilloom zonder DCIS [left breast, excision: papilloma "
                  "without DCIS].\n") == {"L": "B", "R": "-"}
    # near miss: the DCIS a Dutch line reports without "geen" stays asserted, and "geen" stops at the gloss
    assert labels("Conclusie [Conclusion]:\nRechtermamma, lumpectomie: resterend DCIS, geen invasief carcinoom "
                  "[right breast, lumpectomy: residual DCIS, no invasive carcinoma].\n") == {"L": "-", "R": "M"}
    assert labels("Conclusie: Linkermamma, stansbiopt: geen atypie [left breast, core biopsy: DCIS, "
                  "low grade].\n") == {"L": "M", "R": "-"}


_NL_CORRECTION = ("PATHOLOGIE-VERSLAG [PATHOLOGY REPORT] - certified translation from Dutch\n\n"
                  "Correctie [Correction] 18-03-2026: {note}\n\n"
                  "Conclusie [Conclusion] (oorspronkelijk verslag 16-03-2026 [original report 16-03-2026]):\n"
                  "Rechtermamma, vacuümbiopten: ductaal carcinoma in situ, hooggradig [right breast, vacuum-assisted "
                  "biopsies: ductal carcinoma in situ, high grade].\n")


def test_a_dutch_side_erratum_moves_the_diagnosis() -> None:
    # Dutch 'waar staat "...", moet staan "..."', and its gloss 'where it says "...", it must say "..."'
    assert labels(_NL_CORRECTION.format(
        note='De zijde is onjuist vermeld. Waar staat "rechtermamma", moet staan "LINKERMAMMA".')) == {"L": "M", "R": "-"}
    assert labels(_NL_CORRECTION.format(
        note='Where it says "right breast", it must say "LEFT BREAST".')) == {"L": "M", "R": "-"}
    assert labels(_NL_CORRECTION.format(
        note='Waar staat "rechtermamma [right breast]", moet staan "LINKERMAMMA [LEFT BREAST]".')) == {"L": "M", "R": "-"}
    # near miss: an erratum of the grade, not of the side, leaves the diagnosis where it was
    assert labels(_NL_CORRECTION.format(
        note='Waar staat "hooggradig [high grade]", moet staan "intermediair [intermediate]".')) == {"L": "-", "R": "M"}


def test_a_side_letter_before_a_duct_excision_sides_its_result() -> None:
    # an operative log's result line names each side's operation by its letter: "L duct excision: ..."
    text = ("Procedure: Excision of nipple (B35.2, right) + total duct excision (B37.2, left)\n"
            "Histology result: R nipple: Paget disease of the nipple, with underlying high grade DCIS at the margin. "
            "{side}uct excision: periductal mastitis with fistula tract.\n")
    assert labels(text.format(side="L d")) == {"L": "B", "R": "M"}
    assert labels("Histology: R microdochectomy: intraduct papilloma. L core: fibroadenoma.\n") == {"L": "B", "R": "B"}
    # near miss: a duct excision with no letter of its own stays with the side the line opened with
    assert labels(text.format(side="D")) == {"L": "-", "R": "BM"}


def test_a_bone_specimen_labels_no_breast() -> None:
    # a breast primary's metastasis in a bone names that bone as its specimen: no breast is labelled
    assert labels('Histology on file (pasted, H26/07701, 22/05/2026):\n  "Right femur, intramedullary reamings: '
                  'metastatic carcinoma, morphology and immunoprofile (GATA3+, ER+) consistent with the known breast '
                  'primary."\n') == {"L": "-", "R": "-"}
    assert labels("FINAL DIAGNOSIS:\nLeft humerus, curettings: metastatic lobular carcinoma, E-cadherin negative, "
                  "in keeping with spread from the breast.\n") == {"L": "-", "R": "-"}
    # near miss: a metastasis in a breast specimen is the breast's
    assert labels("FINAL DIAGNOSIS:\nRight breast, core biopsy: metastatic melanoma.\n") == {"L": "-", "R": "M"}


_NL_REVISED = ("Herziene conclusie [Revised conclusion] (12-05-2026):\n"
               "A. Linkermamma, stansbiopten: scleroserende adenose; geen carcinoom [left breast, core biopsies: "
               "sclerosing adenosis; no carcinoma].\n"
               "B. Rechtermamma, stansbiopten: {b}.\n"
               "Toelichting [Explanation]: De eerdere diagnose van invasief carcinoom in A wordt ingetrokken "
               "[the earlier diagnosis of invasive carcinoma in A is withdrawn].\n\n"
               "Oorspronkelijke conclusie [Original conclusion] (08-05-2026):\n"
               "A. Linkermamma, stansbiopten: invasief carcinoom NST, graad 1 [left breast, core biopsies: invasive "
               "carcinoma NST, grade 1].\n"
               "B. Rechtermamma, stansbiopten: ductaal carcinoma in situ, intermediair gradig [right breast, core "
               "biopsies: ductal carcinoma in situ, intermediate grade].\n")


def test_a_revised_part_line_that_reads_unchanged_keeps_the_original_diagnosis() -> None:
    # the revised conclusion's part B "ongewijzigd" / "unchanged": part B's original DCIS stands, part A's withdrawal
    # (named "in A" below part B's line) stays with part A
    assert labels(_NL_REVISED.format(b="ongewijzigd [right breast, core biopsies: unchanged]")) == {"L": "B", "R": "M"}
    assert labels(_NL_REVISED.format(b="unchanged")) == {"L": "B", "R": "M"}
    # near miss: a revised part B with a diagnosis of its own replaces the original one
    assert labels(_NL_REVISED.format(b="fibroadenoom [right breast, core biopsies: fibroadenoma]")) \
        == {"L": "B", "R": "B"}


_PHYLLODES_PROTOCOL = ("PHYLLODES TUMOR OF THE BREAST: EXCISION\n"
                       "Procedure: Wide excision\n"
                       "Specimen laterality: Right\n"
                       "Tumor size: 58 mm\n"
                       "Histologic grade: {grade}\n"
                       "  Stromal overgrowth: absent\n"
                       "  Malignant heterologous elements: absent\n"
                       "Margins: Negative; closest superior 3 mm\n")


def test_a_phyllodes_protocol_with_its_grade_filled_in_diagnoses_the_tumour() -> None:
    # the protocol is named after the tumour; its grade field says which phyllodes tumour was found
    assert labels(_PHYLLODES_PROTOCOL.format(grade="Borderline")) == {"L": "-", "R": "M"}
    assert labels(_PHYLLODES_PROTOCOL.format(grade="benign")) == {"L": "-", "R": "M"}
    # near miss: a protocol left blank, its grade only offered as a choice, diagnoses nothing
    assert labels(_PHYLLODES_PROTOCOL.format(grade="[ ] Benign  [ ] Borderline  [ ] Malignant")) \
        == {"L": "-", "R": "-"}
