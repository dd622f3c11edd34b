"""Pathology rules developed on released batch b77's raw-RTF exports, one class per test (with a near miss)."""

from __future__ import annotations

from nlp.layout import rtf_view
from tests.nlp.test_pathology import labels

_RTF_AMENDMENT_FIRST = (
    "ROW 1 of 2 | NOTE_TYPE: PATH_AMEND | FORMAT: RTF\n"
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20\n"
    "{\\b AMENDMENT}\\par\n"
    "The specimen is from the LEFT breast, not the right as originally reported. The diagnosis is unchanged.\\par\n"
    "}\n"
    "ROW 2 of 2 | NOTE_TYPE: PATH_FINAL | FORMAT: RTF\n"
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20\n"
    "{\\b Final diagnosis:}\\par\n"
    "\\pard\\li300 RIGHT BREAST, CORE BIOPSY:\\par\n"
    "INVASIVE DUCTAL CARCINOMA, GRADE 2.\\par\n"
    "}\n"
)


def test_a_raw_rtf_exports_amendment_row_moves_the_side() -> None:
    # the control words and braces are no words: the amendment's laterality correction applies
    assert labels(_RTF_AMENDMENT_FIRST) == {"L": "M", "R": "-"}
    # near miss: the same export without the amendment row keeps the printed side
    final_only = _RTF_AMENDMENT_FIRST[_RTF_AMENDMENT_FIRST.index("ROW 2"):]
    assert labels(final_only) == {"L": "-", "R": "M"}


def test_a_raw_rtf_bold_heading_reads_as_its_section() -> None:
    # "\b Clinical history\b0 :" heads the history (a prior cancer there labels nothing) ...
    report = ("{\\rtf1\\ansi\\pard\\f0\\fs19\n"
              "\\b Clinical history\\b0 : right breast ductal carcinoma in situ treated 2025. Thyroid nodule.\\par\n"
              "\\b Final diagnosis\\b0 :\\line\n"
              "THYROID, LEFT LOBE, LOBECTOMY:\\line\n"
              "\\tab PAPILLARY THYROID CARCINOMA.\\line\n"
              "\\tab NO EVIDENCE OF METASTATIC BREAST CARCINOMA.\\par\n}")
    assert labels(report) == {"L": "-", "R": "-"}
    # near miss: the diagnosis cell of an RTF table labels its own part
    table = ("{\\rtf1\\ansi\\b FINAL DIAGNOSIS:\\b0\\par\n\\trowd\\cellx2400\\cellx9600\n"
             "\\intbl A. Left breast, mastectomy:\\cell\n"
             "\\intbl Lobular carcinoma in situ, classic type. No invasive carcinoma.\\cell\\row\n"
             "\\intbl B. Right breast, mastectomy:\\cell\n"
             "\\intbl Invasive lobular carcinoma, grade 2.\\cell\\row\n\\pard\\par\n}")
    assert labels(table) == {"L": "B", "R": "M"}


def test_the_rtf_view_keeps_length_and_leaves_other_text_alone() -> None:
    raw = "{\\rtf1{\\fonttbl{\\f0 Arial;}}\\b Diagnosis\\b0 : caf\\'e9 \\endash  x\\par y\\par\n}"
    view = rtf_view(raw)
    assert len(view) == len(raw)
    assert view.split() == ["Diagnosis:", "café", "-", "x", "y"]
    # near miss: a report that merely holds a backslash (a path, an escaped HL7 break) is no RTF
    plain = "Right breast\\par core: fibroadenoma."
    assert rtf_view(plain) == plain


_SPOKEN_PART_NUMBERS = (
    "Dictated report.\n\n"
    "Clinical history. Fifty one. Right breast DCIS on core.\n\n"
    "Macroscopic description. One. Right breast wide local excision, forty grams. Two. Left breast reduction,\n"
    "two hundred grams, no focal lesion.\n\n"
    "Microscopic description. One. Sections show ductal carcinoma in situ, high grade. No invasion.\n"
    "Two. Sections show a fibroadenoma. No atypia.\n\n"
    "Conclusion. One, right breast excision, ductal carcinoma in situ. Two, left breast reduction, fibroadenoma\n"
    "and fibrocystic change.\n\nEnd of dictation.\n"
)


def test_a_dictations_parts_numbered_in_words_mid_line_keep_their_own_sides() -> None:
    # "One." / "Two." opening a sentence number the parts: part one's DCIS is not put on the side the
    # sentence before it named (the left breast reduction of part two's gross)
    assert labels(_SPOKEN_PART_NUMBERS) == {"L": "B", "R": "M"}
    # near miss: a lone "One." numbers no list, and "None." is no number
    assert labels("Diagnosis. One. Left breast core: fibroadenoma. Atypia. None.") == {"L": "B", "R": "-"}
