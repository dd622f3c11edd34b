"""Pathology rules developed on released batch b83, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_ENTRY = ("ROWAN BREAST UNIT - SURGEON OPERATIVE AUDIT LOGBOOK\n"
          "Surgeon: Mr T. Okafor\n"
          "-------------------------------------------------------------------\n"
          "Entry no ........... 2026/101\n"
          "Operation .......... {operation}\n"
          "Side ............... {side}\n"
          "Indication ......... {indication}\n"
          "Pre-op core ........ {core}\n"
          "Final histology .... {final}\n"
          "Margins ............ Clear\n"
          "30-day complications None\n"
          "Audit notes ........ {notes}\n")


def _entry(final: str, core: str = "Not done", indication: str = "Palpable lump", notes: str = "None.",
           operation: str = "Wide local excision", side: str = "LEFT") -> dict[str, str]:
    return labels(_ENTRY.format(final=final, core=core, indication=indication, notes=notes, operation=operation,
                                side=side))


def test_a_logbook_final_histology_field_is_the_diagnosis() -> None:
    # the logbook's "Final histology ...." field holds the result of this operation
    assert _entry("H26/2044: L breast re-excision - residual DCIS, intermediate grade, 4 mm.") == {"L": "M", "R": "-"}
    assert _entry("H26/1102: R reduction - fibroadenoma 6 mm. L reduction - fibrofatty breast tissue.",
                  side="BILATERAL") == {"L": "-", "R": "B"}
    # near miss: a "Previous histology" field is still history
    assert labels("Previous histology .... H25/0101: L breast core - invasive carcinoma NST.\n") == {"L": "-", "R": "-"}


def test_a_logbook_pre_operative_core_is_history() -> None:
    # the core taken before the operation (and before neoadjuvant treatment) is history: a complete response labels nothing
    assert _entry("H26/0891: R breast - no residual invasive or in situ carcinoma; tumour bed fibrosis. ypT0 ypN0 (pCR).",
                  core="H25/7740: invasive carcinoma NST gr 3, HER2 3+ (history)", side="RIGHT",
                  indication="Post neoadjuvant chemo; HER2+ IDC R 10 o'c") == {"L": "-", "R": "-"}
    assert _entry("H26/2311: L lump - fibroadenoma, 16 mm.", core="H26/0433 L: IDC gr 1 (history)") \
        == {"L": "B", "R": "-"}
    # near miss: the final histology of the same entry still labels the carcinoma that remains
    assert _entry("H26/0891: R breast - residual invasive carcinoma NST, 4 mm. ypT1a.", side="RIGHT",
                  core="H25/7740: invasive carcinoma NST gr 3 (history)") == {"L": "-", "R": "M"}


def test_a_logbook_audit_note_is_a_comment() -> None:
    # the surgeon's audit remarks restate the result for the unit's tally, and name no side of their own
    assert _entry("H26/1102: R reduction - fibroadenoma 6 mm. L reduction - fibrofatty breast tissue.",
                  side="BILATERAL", notes="Incidental FA, no action.") == {"L": "-", "R": "B"}
    # near miss: the same words in the final histology field label
    assert _entry("H26/1103: L breast - fibroadenoma 9 mm.", notes="Incidental FA, no action.") == {"L": "B", "R": "-"}


def test_a_side_letter_before_the_kind_of_mastectomy_names_the_side() -> None:
    final = ("H26/1777:\n"
             "                     R mastectomy - invasive carcinoma NST, grade 3, 19 mm. SLN 0/3.\n"
             "                     L {kind} mastectomy - lobular carcinoma in situ, classic, focal.\n")
    for kind in ("risk-reducing", "prophylactic", "nipple-sparing"):
        assert _entry(final.format(kind=kind), side="BILATERAL") == {"L": "B", "R": "M"}
    # near miss: a side letter before a word that names no operation is no side ("L risk" of a score)
    assert labels("Left breast, core: fibroadenoma.\nTyrer-Cuzick L risk 12%.\n") == {"L": "B", "R": "-"}


def test_a_correction_stating_one_specimen_side_moves_that_specimen_only() -> None:
    report = ("HISTOLOGY REPORT - CORRECTION\n"
              "Correction: {note}\n\n"
              "Diagnosis as originally issued:\n"
              "1. Right breast 8 o'clock, core biopsy: sclerosing adenosis.\n"
              "2. Right breast 2 o'clock, core biopsy: invasive ductal carcinoma, grade 2.\n")
    assert labels(report.format(note="Specimen 2 is from the LEFT breast, not the right as originally reported. "
                                     "Specimen 1 remains right breast.")) == {"L": "M", "R": "B"}
    assert labels(report.format(note="Part 2 was from the LEFT breast, not the right as originally reported.")) \
        == {"L": "M", "R": "B"}
    # near miss: a correction naming no specimen moves the whole report
    assert labels(report.format(note="The specimens are from the LEFT breast, not the right as originally reported.")) \
        == {"L": "BM", "R": "-"}


def test_a_part_printed_under_another_parts_revision_heading_keeps_its_own_side() -> None:
    report = ("AMENDED DIAGNOSIS, PART B (02/12/2026):\n"
              "B. Left breast, 5:00, core biopsy:\n"
              "   Intraductal papilloma. No atypia.\n\n"
              "PART A UNCHANGED:\n"
              "{part_a}:\n"
              "   Fibroadenoma.\n")
    assert labels(report.format(part_a="A. Right breast, 11:00, core biopsy")) == {"L": "B", "R": "B"}
    # near miss: a part under that heading that names no side is still the named part's
    assert labels(report.format(part_a="A. Breast tissue, core biopsy")) == {"L": "B", "R": "-"}


def test_an_addendum_diagnosis_on_its_part_line_is_that_parts() -> None:
    report = ("Specimen:\n"
              "A. Left breast 1 o'clock, core biopsy\n"
              "B. Right breast 7 o'clock, core biopsy\n\n"
              "Diagnosis:\n"
              "A. Left breast: invasive carcinoma, ductal versus lobular; E-cadherin to follow.\n"
              "B. Right breast: {b}.\n\n"
              "Addendum (2026-03-13):\n"
              "{part}. E-cadherin shows complete loss. Final diagnosis: invasive lobular carcinoma, grade 2.\n")
    assert labels(report.format(b="fibroadenoma", part="A")) == {"L": "M", "R": "B"}
    # near miss: the same line headed by the other part speaks of that part
    assert labels(report.format(b="atypical lobular hyperplasia", part="B"))["R"] in ("M", "BM")
