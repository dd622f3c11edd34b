"""BI-RADS from radiology text, and the per report x breast radiology stage."""

from __future__ import annotations

import pandas as pd
import pytest

from nlp.birads import (
    BIRADS_UNREAD,
    extract_birads,
    normalise_birads_value,
    radiology_text_issues,
    resolve_radiology_birads,
    unread_birads,
)
from nlp.laterality import sides_of


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        ("BI-RADS category 4", "4", "4"),
        ("BIRADS: 2", "2", "2"),
        ("assessment: benign", "2", "2"),
        ("ASSESSMENT: 3 - probably benign", "3", "3"),
        ("BI-RADS 1 bilaterally", "1", "1"),
        ("BI-RADS(R) 4a: low suspicion", "4A", "4A"),
        ("Left breast: BI-RADS 2.\nRight breast: BI-RADS 4B.", "2", "4B"),
        ("RIGHT BREAST:\nBI-RADS 4C - high suspicion", None, "4C"),
        ("LEFT BREAST ULTRASOUND\nIMPRESSION: Simple cyst.\nBI-RADS 2 - benign", "2", None),
        ("Right: BI-RADS 3; left: BI-RADS 1.", "1", "3"),
        ("ASSESSMENT: Suspicious abnormality - BI-RADS 4A, right breast. Left: BI-RADS 1", "1", "4A"),
        ("Overall assessment: incomplete, need additional imaging (BI-RADS 0)", "0", "0"),
        ("Category 5: highly suggestive of malignancy, left breast.", "5", None),
        ("Known biopsy-proven malignancy, right breast. BI-RADS 6.", None, "6"),
        ("A 2.5 cm mass. No assessment given.", None, None),
    ],
)
def test_extract_birads(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


# docs/labelling_guide.md R1-R7 and other ways of writing them
GUIDE_CASES = [
 ("US RIGHT BREAST\nImpression: simple cyst.\nBI-RADS 2.", None, "2"),
 ("Left breast ultrasound. Findings: 8 mm oval mass at 2:00. Assessment: probably benign (BI-RADS 3).", "3", None),
 ("BILATERAL BREAST US\nRight breast: no mass. BI-RADS 1.\nLeft breast: 1.2 cm irregular mass at 3:00, "
  "BI-RADS 4B.", "4B", "1"),
 ("Bilateral breast ultrasound. Impression: No sonographic abnormality. BI-RADS 1, negative.", "1", "1"),
 ("History: prior BI-RADS 4A biopsy 2023, benign. Right breast US: stable scar. BI-RADS 2.", None, "2"),
 ("RIGHT BREAST US\nBI-RADS 4A.\nADDENDUM: On review of outside priors the mass is stable since 2020; "
  "the assessment is changed to BI-RADS 2.", None, "2"),
 ("Conclusion: U3 left breast lesion.", None, None),
 ("Conclusion: left breast lesion U5. BI-RADS equivalent 5.", "5", None),
 ("ultrasound of the right breast findings irregular mass at eleven oclock impression highly "
  "suspicious right breast mass birads five recommend biopsy", None, "5"),
 ("IMPRESSION:\nLEFT: BI-RADS 3, probably benign.\nRIGHT: BI-RADS 2, benign.", "3", "2"),
 ("Final assessment (both breasts): BI-RADS 2 - benign.", "2", "2"),
 ("Bi-Rads R3, L1", "1", "3"),
 ("Mammogram and US bilateral: right 4C (spiculated mass), left 2 (cyst). BI-RADS: R 4C / L 2.", "2", "4C"),
 ("US LEFT BREAST\nComparison: prior BI-RADS 3 in 2025.\nFindings: mass now 1.4 cm.\nBI-RADS 4A.", "4A", None),
 ("EXAM: BILATERAL BREAST ULTRASOUND\nIMPRESSION: Right breast mass at 10:00, BI-RADS 4B. Left breast "
  "negative.\nOVERALL BI-RADS: 4B", "4B", "4B"),
    ("Right breast: irregular mass at 7:00 ... BI-RADS 4C. Left breast: Negative. BI-RADS 1.", "1", "4C"),
    ("BILATERAL US\nOVERALL ASSESSMENT: BI-RADS 2 - Benign", "2", "2"),
    ("B/L US: no mass. BI-RADS 1 bilat.", "1", "1"),
    ("US LEFT BREAST\nFindings: oval mass.\nBI-RADS 3: Probably benign.", "3", None),
    ("BIRADS 3 R", None, "3"),
    ("Bi-Rads: L4a", "4A", None),
    ("RIGHT BREAST US\nHistory: right 8:00 mass, previously probably benign (BI-RADS 3), stable for 2 years.\n"
     "Impression: stable. BI-RADS 2: Benign.", None, "2"),
    ("RIGHT BREAST US\nComparison: screening mammogram reported as BI-RADS 0.\nImpression: negative. BI-RADS 1.", None, "1"),
    ("RIGHT BREAST US\nBI-RADS 3.\nADDENDUM: outside priors show the mass unchanged since 2019; assessment revised to "
     "BI-RADS 2.", None, "2"),
    ("BREAST US\nImpression: right breast 2:00 mass. BI-RADS 4A.\nADDENDUM: laterality correction, the examination "
     "was of the LEFT breast; left breast 2:00 mass, BI-RADS 4A.", "4A", None),
    ("Right breast ultrasound\nASSESSMENT: Probably benign.", None, "3"),
    ("Left breast ultrasound\nASSESSMENT: Suspicious.", "4", None),
    ("left breast ultrasound impression left breast four o'clock solid mass birads four a recommend biopsy", "4A", None),
    ("Left breast US. Conclusion: indeterminate left breast lesion. U4.", None, None),
    ("Left breast US. Conclusion: U4. BI-RADS equivalent: 4B.", "4B", None),
    # a numbered item naming a side is that side's, though the item before it ends on the other side's follow-up
    ("Conclusion:\n1) Clustered cysts, left side. BI-RADS 3. Short-interval ultrasound of the left breast advised.\n"
     "2) Right side fat necrosis at the scar. BI-RADS 2.\n\nOverall: BI-RADS 3.", "3", "2"),
    # (near miss: an item naming no side still takes the side named before it)
    ("Conclusion:\n1) Right breast: scar.\n2) Fat necrosis. BI-RADS 2.", None, "2"),
    # an on-call wet read is a preliminary reading: the final report below it replaces its category
    ("Exam: US LEFT BREAST\nOvernight wet read: left 9:00 collection, BI-RADS 0 pending formal read.\n"
     "Final report (breast imager): simple cyst at left 9:00.\nBI-RADS 2: Benign.", "2", None),
    # (near miss: without a final report the wet read's category stands)
    ("Exam: US LEFT BREAST\nOvernight wet read: left 9:00 collection, BI-RADS 0.", "0", None),
    # a typist's draft awaiting the radiologist is preliminary too: the signed final report below it replaces it
    ("Exam: US RIGHT BREAST\nDRAFT (typed from audio, unverified): right 11:00 mass, BI-RADS 4A.\n\n"
     "Final report, signed: right 11:00 lymph node, BI-RADS 2.", None, "2"),
    # (near miss: a draft with no final report below it keeps its category)
    ("Exam: US RIGHT BREAST\nDRAFT (typed from audio, unverified): right 11:00 mass, BI-RADS 4A.", None, "4A"),
    # a heading naming its senior reader in brackets is still the assessment heading
    ("Exam: US LEFT BREAST\nResident: cyst.\nImpression (consultant): Benign, left breast.", "2", None),
    # a finding compared with the patient's prior exams is today's finding: its category is today's
    ("Left breast: the oval mass is unchanged compared with his prior mammograms and is a lipoma, BI-RADS 2.", "2", None),
    # (near miss: a category the prior exam gave stays dated)
    ("Left breast: the oval mass was noted on her prior mammograms and assessed, BI-RADS 3.", None, None),
    # a category's name and side on a line under the heading, the finding it names in brackets after them
    ("Assessment:\nBenign, right breast (oil cyst at the scar).\nNegative, left breast.", "1", "2"),
    # a first-language category name glossed in brackets with the finding it sums up, measurements included
    ("Zaključak [Conclusion]:\nDesna dojka [Right breast]: cista 8 mm na 2 h, benigni nalaz [cyst 8 mm at 2 h, benign "
     "finding].", None, "2"),
    # a side list's item may end on an aside in brackets before the next item
    ("BI-RADS: Left breast - 4A (biopsy advised; see the plan below). Right breast - 2", "4A", "2"),
]


@pytest.mark.parametrize(("text", "left", "right"), GUIDE_CASES)
def test_guide_rules(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


def test_normalise_structured_value() -> None:
    assert normalise_birads_value(" 4a ") == "4A"
    assert normalise_birads_value("") is None
    assert normalise_birads_value("7") is None
    assert normalise_birads_value(None) is None


def _radiology() -> pd.DataFrame:
    return pd.DataFrame({
        "patient_id": ["MRN001", "MRN001", "MRN002"],
        "report_id": ["R-1", "R-2", "R-3"],
        "accession_number": ["ACC1", "ACC2", ""],
        "exam_date": ["2020-01-02", "2020-07-01", "2021-03-04"],
        "modality": ["US", "mg", "US"],
        "birads_left": ["4B", "", ""],
        "birads_right": ["", "", "2"],
        "text": ["Right breast: BI-RADS 3.", "No assessment.", "BI-RADS 1 bilaterally"],
    })


def test_resolve_radiology_birads_sources_and_pseudonyms() -> None:
    out = resolve_radiology_birads(_radiology(), key="k")
    assert list(out.columns) == ["patient_uid", "exam_uid", "report_uid", "exam_date", "modality", "laterality",
                                 "birads", "birads_source"]
    assert len(out) == 6
    got = {
        (r.exam_date.strftime("%Y-%m-%d"), r.laterality): tuple(None if pd.isna(v) else v for v in (r.birads, r.birads_source))
        for r in out.itertuples()
    }
    assert got[("2020-01-02", "L")] == ("4B", "structured")
    assert got[("2020-01-02", "R")] == ("3", "text")
    assert got[("2020-07-01", "L")] == (None, None)
    assert got[("2021-03-04", "R")] == ("2", "structured")
    assert got[("2021-03-04", "L")] == ("1", "text")
    assert set(out["modality"]) == {"US", "MG"}
    flat = [str(v) for v in out.to_numpy().ravel().tolist()]
    assert not any(raw in cell for raw in ("MRN001", "MRN002", "ACC1", "R-1") for cell in flat)
    assert out["exam_uid"].nunique() == 3  # the empty accession falls back to the report id


def test_resolve_radiology_birads_missing_column() -> None:
    from nlp.labels import LabelInputError

    with pytest.raises(LabelInputError, match="birads_left"):
        resolve_radiology_birads(_radiology().drop(columns=["birads_left"]), key="k")


# Reading classes added after the radiology batch rb2 (own sentences, one or more per class)
@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        # single-letter side headers: "R:" / "L -"
        ("Bilateral US. L: two simple cysts, BIRADS 2 / R: normal, BIRADS 1.", "2", "1"),
        ("Summary: L - complex cyst, BI-RADS 3. R - no lesion, BI-RADS 1.", "3", "1"),
        # terse per-side lists: "R4A L1", "5 L (...), 1 R"
        ("BI-RADS: L4A R1.", "4A", "1"),
        ("BIRADS 5 L (spiculated mass 2:00), 1 R.", "5", "1"),
        # an OVERALL ASSESSMENT / a bare ASSESSMENT line covers the exam's sides
        ("BILATERAL BREAST US\nRight breast: cyst.\nLeft breast: cyst.\nOVERALL ASSESSMENT: BI-RADS 2 - Benign.",
         "2", "2"),
        ("BILATERAL BREAST US\nFindings: Right breast: normal. Left breast: normal.\nASSESSMENT: Negative.", "1", "1"),
        # a date in an aside does not make the category a prior one
        ("LEFT BREAST US\nLeft: stable oval mass (core biopsy in 2020: fibroadenoma), BI-RADS 2.", "2", None),
        ("LEFT BREAST US\nHistory of cyst. Left: the mass was reported as BI-RADS 3 in the past.", None, None),
        # Roman numerals after the keyword or "category"
        ("RIGHT BREAST US\nBI-RADS CATEGORY: IV-B.", None, "4B"),
        ("Assessment: I recommend a follow-up in six months.", None, None),
        # a revised assessment said in words
        ("RIGHT BREAST US\nBI-RADS 4A.\nADDENDUM: on review the assessment is revised to probably benign.", None, "3"),
        # a correction section revises like an addendum
        ("BILATERAL US\nRight: BI-RADS 4B. Left: BI-RADS 1.\nCORRECTION: sides were transposed.\n"
         "Left: BI-RADS 4B. Right: BI-RADS 1.", "4B", "1"),
    ],
)
def test_extract_birads_reading_classes(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


def test_dictation_homophones_and_keyword_variants_only_in_dictated_text() -> None:
    dictated = ("right breast ultrasound for a lump in a fifty year old woman findings there is an irregular mass "
                "at ten oclock measuring one centimeter with angular margins impression right breast mass ")
    assert extract_birads(dictated + "by rads four b recommend biopsy") == {"L": None, "R": "4B"}
    assert extract_birads(dictated + "biraids five recommend biopsy") == {"L": None, "R": "5"}
    assert extract_birads(dictated + "birads for c recommend biopsy") == {"L": None, "R": "4C"}
    # typed text: "for" is a word, not a number
    assert extract_birads("Right breast. BI-RADS for a palpable lump: see below.\nBI-RADS 2.") == {"L": None, "R": "2"}


# Reading classes added after the radiology batch rb3 (own sentences, one or more per class)
def test_checkbox_form_reads_only_the_ticked_category() -> None:
    form = ("BREAST US FORM\nExam: [ ] both [x] right [ ] left\n\n"
            "Right breast category:\n[ ] 1 Negative  [ ] 2 Benign  [x] 3 Probably benign  [ ] 4 Suspicious\n"
            "[ ] 5 Highly suggestive  [ ] 6 Known cancer\n")
    assert extract_birads(form) == {"L": None, "R": "3"}
    # boxes written with the keyword, a tick mark, and a side under its own heading
    grid = ("BILATERAL US\n\nLEFT:\n[✓] BI-RADS 2 [ ] BI-RADS 3 [ ] BI-RADS 4\n\nRIGHT:\n"
            "[ ] BI-RADS 1 [ ] BI-RADS 2 [X] BI-RADS 4A\n")
    assert extract_birads(grid) == {"L": "2", "R": "4A"}
    # an unticked grid says nothing; a ticked box that is not a category is not one
    assert extract_birads("LEFT BREAST US\nCategory:\n[ ] 1  [ ] 2  [ ] 3\n") == {"L": None, "R": None}
    assert extract_birads("LEFT BREAST US\nNodes: [X] 2 nodes seen [ ] none\n") == {"L": None, "R": None}


def test_legend_of_categories_is_not_an_assessment() -> None:
    text = "RIGHT BREAST US\nSimple cyst. BI-RADS 2.\n\nKey: BI-RADS 0 = incomplete; 5 = highly suggestive."
    assert extract_birads(text) == {"L": None, "R": "2"}
    assert extract_birads("LEFT BREAST US\nNote: BI-RADS 6 = known cancer.") == {"L": None, "R": None}


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        # a category's name after a side in the impression is that side's assessment
        ("BILATERAL US\nFindings: no mass.\n\nIMPRESSION:\nLeft breast: Probably benign.\nRight breast: Negative.",
         "3", "1"),
        ("BILATERAL MAMMOGRAM\nConclusion:\n- RIGHT - Suspicious (see biopsy plan).\n- LEFT - Benign", "2", "4"),
        ("BILATERAL US\nSummary: Left breast: Incomplete - needs a ductogram.", "0", None),
        # ... and a side named in the assessment heading itself
        ("BILATERAL US\nIMPRESSION:\nAssessment (left breast): Highly suggestive of malignancy.\n"
         "Assessment, right breast: negative.", "5", "1"),
        ("BILATERAL US\nASSESSMENT (right breast): Benign.\nLeft breast: BI-RADS 4B.", "4B", "2"),
        # descriptive words, or a side line under the findings, are not assessments
        ("BILATERAL US\nIMPRESSION:\nRight breast: Benign-appearing cyst.\nLeft breast: suspicious mass, biopsy.",
         None, None),
        ("BILATERAL US\nFINDINGS:\nRight breast: Negative.\nLeft breast: Benign.\n\nIMPRESSION: see findings.",
         None, None),
    ],
)
def test_side_with_assessment_words(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        # a history sub-heading after a sentence ("Past history:") is history too
        ("LEFT BREAST US\nIndication: lump. Past history: right mass, BI-RADS 4B, biopsy benign.\n\n"
         "Impression: simple cyst, BI-RADS 2.", "2", None),
        # a history heading's running text ends where the findings begin
        ("BILATERAL US\nHistory: lump on the right. The breasts are fatty. In the right breast an irregular "
         "mass, BI-RADS 4A. The left breast is normal, BI-RADS 1.", "1", "4A"),
        ("BILATERAL US\nClinical: tender left breast. There is a 9 mm cyst in the left breast, BI-RADS 2; "
         "right breast: Negative, BI-RADS 1.", "2", "1"),
        # "is assessed as" is this report's assessment; "was assessed as" is a prior one
        ("RIGHT BREAST US\nThe mass is assessed as BI-RADS 4B.", None, "4B"),
        ("RIGHT BREAST US\nThe mass was assessed as BI-RADS 3 in the past; today BI-RADS 2.", None, "2"),
    ],
)
def test_history_ends_and_present_tense(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


def test_unpunctuated_dictation_with_decimals_and_a_signature() -> None:
    body = ("left breast ultrasound indication lump comparison none findings at 2 oclock 4 centimeters from the "
            "nipple there is a 1.1 by 0.8 by 0.9 centimeter irregular hypoechoic mass with angular margins and "
            "shadowing no adenopathy impression irregular left breast mass ")
    signed = "\n\nDictated by Dr. A. Reader, 03/02/2026 (unedited, voice recognition)."
    assert extract_birads(body + "birads for suspicious recommend biopsy" + signed) == {"L": "4", "R": None}
    assert extract_birads(body + "birads fore b recommend biopsy" + signed) == {"L": "4B", "R": None}
    # typed text with its punctuation: "for" stays a word
    assert extract_birads("LEFT BREAST US. Mass. BI-RADS for suspicious lesions: see below. BI-RADS 3.") == {
        "L": "3", "R": None}


def test_per_side_categories_win_over_a_differing_overall() -> None:
    text = ("BILATERAL US\nRight breast: irregular mass, BI-RADS 4A.\nLeft breast: simple cyst, BI-RADS 2.\n"
            "OVERALL ASSESSMENT: BI-RADS 4A - Suspicious.")
    assert extract_birads(text) == {"L": "2", "R": "4A"}


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        # a per-side block under its own heading; a side without a category gives none
        ("IMPRESSION: cysts on the right.\n\nBI-RADS ASSESSMENT:\n  Right: 2 - Benign\n  Left: 1 - Negative", "1", "2"),
        ("BI-RADS:\nLeft - 0: Incomplete, needs spot views.\nRight - 1: Negative.", "0", "1"),
        ("FINAL BI-RADS BY SIDE\n  LEFT : 4B (see mass 2)\n  RIGHT: not examined", "4B", None),
        # a table column named "BI-RADS" never reads the row number below it
        ("Mass | Side | BI-RADS\n 1   | L    | 3\n 2   | L    | 2\n\nFINAL BI-RADS BY SIDE\n  LEFT: 3\n  RIGHT: n/a",
         "3", None),
        # present tense with an adverb is this report's assessment
        ("Bilateral US. The right breast is assessed as BI-RADS 3; the left breast is also assessed as BI-RADS 2.",
         "2", "3"),
    ],
)
def test_side_blocks_tables_and_present_tense(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


# a RIS export's coded fields (radiology b5, ris_export)
RIS_FIELD_CASES = [
    ("EXAM_DESC=US BREAST BILATERAL\nFINDINGS_L=Oval mass 3:00.\nASSESSMENT_R=2\nASSESSMENT_L=4B", "4B", "2"),
    ("EXAM_DESC=US BREAST LEFT\nBIRADS_LEFT = 3\nBIRADS_RIGHT = N/A", "3", None),
    ("EXAM_DESC=MAMMO RIGHT\nASSESSMENT_R=\nASSESSMENT_L=NA\nR_ASSESSMENT=0", None, "0"),
    ("EXAM_DESC=MAMMO SCREENING BILATERAL\nFINDINGS=Stable scar right breast.\nASSESSMENT_OVERALL=1", "1", "1"),
    ("EXAM_DESC=US BREAST RIGHT\nPRIOR_ASSESSMENT_R=2\nASSESSMENT_R=4C\nASSESSMENT_TEXT=Benign cysts too", None, "4C"),
    ("EXAM_DESC=MAMMO LEFT\nASSESSMENT_L=Incomplete - needs additional imaging evaluation", "0", None),
    ("EXAM_DESC=US BREAST RIGHT\nINDICATION=R 9:00 mass, outside BI-RADS 4\nASSESSMENT_R=3", None, "3"),
    ("EXAM_DESC=US BREAST BILATERAL\nASSESSMENT_R=4B\nASSESSMENT_L=4A\nASSESSMENT_OVERALL=4B", "4A", "4B"),
]


@pytest.mark.parametrize(("text", "left", "right"), RIS_FIELD_CASES)
def test_ris_export_coded_fields(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


# combined reports, side words in a BI-RADS list, numbered impression items (radiology b5)
B5_READING_CASES = [
    ("MAMMOGRAM AND ULTRASOUND, RIGHT\nMammographic assessment: BI-RADS 0.\nUltrasound assessment: BI-RADS 3.\n"
     "FINAL COMBINED ASSESSMENT: RIGHT BREAST - BI-RADS 3", None, "3"),
    ("BILATERAL MAMMOGRAM, LEFT ULTRASOUND\nMammography assessment: BI-RADS 0 (left); right negative.\n"
     "US assessment: BI-RADS 2.\nFINAL ASSESSMENT\nRight breast: BI-RADS 1.\nLeft breast: BI-RADS 2.", "2", "1"),
    # without a final assessment the most suspicious modality's category stands
    ("LEFT MAMMOGRAM AND ULTRASOUND\nMammographic assessment: BI-RADS 4A.\nUltrasound assessment: BI-RADS 3.",
     "4A", None),
    ("Bilateral US. BI-RADS: Right 2 -- Benign. Left 4A -- Low suspicion.", "4A", "2"),
    ("Conclusion: right normal, left suspicious (U4). BI-RADS equivalent: right 1, left 4B.", "4B", "1"),
    ("BILATERAL US\nIMPRESSION: BI-RADS: R 2. Left 3 cm lipoma noted clinically.", None, "2"),
    ("BILATERAL US\nFINDINGS:\nRIGHT BREAST: 9 mm mass.\nLEFT BREAST: normal.\nIMPRESSION:\n"
     "1. Right breast 9:00 mass.\n   BI-RADS 4A: low suspicion.\n2. Normal left breast.\n   BI-RADS 1: negative.",
     "1", "4A"),
]


@pytest.mark.parametrize(("text", "left", "right"), B5_READING_CASES)
def test_final_assessment_side_lists_and_numbered_items(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


def test_a_report_naming_birads_without_a_readable_category_is_flagged_unread() -> None:
    frame = pd.DataFrame({
        "birads_left": [None, None, None, "2"],
        "birads_right": [None, None, None, None],
        "text": [
            "OBX|3|ST|BIRADS^Category^LOCAL|R|~~3~~||",  # a layout the reader does not know
            "Right breast: simple cyst. BI-RADS 2.",  # read: nothing to flag
            "Ultrasound of the left breast: no abnormality. U1.",  # no BI-RADS named: a UK score only
            "OBX|3|ST|BIRADS^Category^LOCAL|L|~~2~~||",  # the structured field gives the category
        ],
    })
    frame = frame.assign(patient_id="p", report_id=[f"r{i}" for i in range(4)], accession_number="",
                         exam_date="2025-01-02", modality="US")
    assert unread_birads(frame["text"][0]) and not unread_birads(frame["text"][1])
    assert radiology_text_issues(frame, resolve_radiology_birads(frame)) == [BIRADS_UNREAD, None, None, None]
    blank = frame.assign(text=["", "", "", ""])
    assert radiology_text_issues(blank, resolve_radiology_birads(blank))[0] == "empty_text"  # the text issue wins


# house styles of radiology b7 / b8 (own sentences, one or more per reading class)
B7_B8_READING_CASES = [
    # Chinese reports: the category suffix 类, the side characters 左 / 右 / 双, a heading's Chinese name
    ("超声检查 Site: both breasts\n超声提示 Impression:\n右乳实性结节 BI-RADS 4b类, 建议活检\n左乳未见异常 BI-RADS 1类",
     "1", "4B"),
    ("Site: bilateral breasts\n双乳囊性结节 BI-RADS 2类", "2", "2"),
    ("Site: left breast\n病史 History: 2024 outside exam, left nodule BI-RADS 4a类.\n\n超声提示 Impression:\n"
     "左乳结节 BI-RADS 3类", "3", None),
    # a side character glossed in English inside a per-side list
    ("Bilateral breast US.\nBI-RADS分类 (BI-RADS classification): 右 (right) 4B, 左 (left) 2.", "2", "4B"),
    # a correction that names the right side and states no category moves the category there
    ("Site: left breast\nImpression: left breast nodule, BI-RADS 4A.\nCorrection note: the side is wrong; "
     "wherever it says left it must read \"right breast\". The left breast was not examined.", None, "4A"),
    # Roman numeral with its subcategory letter
    ("US of the right breast.\nConclusion: solid formation of the right gland.\nBI-RADS category: IVb.", None, "4B"),
    # the exam title on a line of its own below the header; a side in the title's aside is not examined
    ("IMAGING CENTRE\nName: X\nDate: 01/02/2025\n\nEXAMINATION: US BREAST LEFT TARGETED\n\nFindings: 1 cm cyst. "
     "The right breast was imaged last year.\n\nASSESSMENT: BI-RADS 2 - Benign.", "2", None),
    ("MAMMOGRAM - RIGHT BREAST (history of left mastectomy)\nNo mass.\nOVERALL ASSESSMENT: BI-RADS 1.", None, "1"),
    # a side named after the word assessment, in running text
    ("Bilateral US. Right breast: cysts, BI-RADS 2. Left breast: vague shadowing. Assessment for the left breast: "
     "Incomplete - needs additional imaging.", "0", "2"),
    # a final overall assessment outranks the modality's own, also one written mid-line
    ("LEFT MAMMOGRAM AND ULTRASOUND\nMammogram: subtle asymmetry. Mammographic assessment: BI-RADS 0.\n"
     "FINAL OVERALL ASSESSMENT:\nBI-RADS 4 - Suspicious.", "4", None),
    # tick boxes in parentheses, a ticked category number or category word
    ("SCREENING SHEET\nDensity:  ( ) A  (X) B  ( ) C\nRight:  ( ) 0 Recall   ( ) 1 Negative   (X) 2 Benign\n"
     "Left :  (X) 1 Negative   ( ) 2 Benign   ( ) 3+ Refer\nKey: 0 = recall; 1 = negative.", "1", "2"),
    ("FIELD RECORD\nFindings: both breasts fatty, stable.\n\nOVERALL ASSESSMENT:  ( ) Negative  (X) Benign  "
     "( ) Incomplete - recall", "2", "2"),
    # the side in parentheses after the keyword
    ("Portable US read on site.\nBI-RADS (left): 3 - probably benign", "3", None),
    # an AI / CAD suggestion never counts; the radiologist's final block and final coded fields do
    ("Exam: MAMMO BILATERAL\nCAD region 1, right breast: suggested category BI-RADS 3\n"
     "FINAL BI-RADS BY SIDE (radiologist):\n  RIGHT: 4B - moderate suspicion\n  LEFT : 1 - negative", "1", "4B"),
    ("Exam: US RIGHT BREAST\n[AI] right 9 o'clock lesion, suggested: Suspicious (BI-RADS 4A)\n"
     "AI_SUGGESTED_BIRADS_R=4A\nFINAL_BIRADS_R=2\nFINAL_BIRADS_L=N/A (not examined)", None, "2"),
    # a coded field named after the software holds its suggestion, whatever words its value uses
    ("EXAM=MAMMO LEFT DIAGNOSTIC\nCAD_RESULT=one mark, upper outer; category BI-RADS 4B", None, None),
    ("EXAM=MAMMO LEFT DIAGNOSTIC\nCADENCE_NOTE=read 2 weeks; BI-RADS 3\nBIRADS_L=", "3", None),  # (no software's)
    # a structured report's laterality modifier on the line below gives the item its side; "Right and
    # left" is the whole exam's, which a side's own item overrides
    ("Findings: right 2 o'clock mass. Left normal.\nOverall Assessment\n"
     "  CODE Assessment Category = BI-RADS Category 4B - Moderate suspicion\n"
     "    HAS CONCEPT MOD Laterality = Right and left\n"
     "  CODE Assessment Category = BI-RADS Category 4B - Moderate suspicion\n"
     "    HAS CONCEPT MOD Laterality = Right\n"
     "  CODE Assessment Category = BI-RADS Category 1 - Negative\n"
     "    HAS CONCEPT MOD Laterality = Left breast", "1", "4B"),
    ('<contains TEXT:(121071,DCM,"Finding")="Left 3 o\'clock: new calcifications.">\n'
     '<contains CODE:(111005,DCM,"Assessment Category")=(111172,DCM,"BI-RADS Category 2 - Benign")>\n'
     '  <has concept mod CODE:(272741003,SCT,"Laterality")=(24028007,SCT,"Right")>\n'
     '<contains CODE:(111005,DCM,"Assessment Category")=(111171,DCM,"BI-RADS Category 0 - Incomplete")>\n'
     '  <has concept mod CODE:(272741003,SCT,"Laterality")=(7771000,SCT,"Left")>', "0", "2"),
    # screening-programme records: the recall reason and earlier rounds are history, a category key
    # with a name of its own defines, a consensus block decides, a per-side list on its heading's line
    ("SCREENING RECORD\nReason for recall: left asymmetry (screen outcome L BI-RADS 0, R BI-RADS 1).\n"
     "Side assessed: LEFT\n\nOUTCOME\n  LEFT : BI-RADS 1 - normal\n  RIGHT: not assessed", "1", None),
    ("DOUBLE READING\nPrevious screens: 2023 R2 / L1\nReader 1: Right - Benign   Left - Negative\n\n"
     "CONSENSUS ASSESSMENT\n  Right: Benign\n  Left : Negative\n\nCategory key used on every sheet: "
     "Negative = BI-RADS 1; Highly suggestive = BI-RADS 5.", "1", "2"),
    ("ASSESSMENT CLINIC\nRecalled for: R distortion (screen R0 / L1)\nWork-up: right 11 o'clock distortion.\n"
     "Final:  R: 4B   /   L: -", None, "4B"),
    # a double-reading record: the consensus block decides, not the most suspicious reader
    ("DOUBLE READING RECORD\nReader 1 (ID 7):  Right: BI-RADS 3   Left: BI-RADS 1\nReader 2 (ID 9):  Right: BI-RADS 2"
     "   Left: BI-RADS 1\n\nCONSENSUS RESULT\n  RIGHT   BI-RADS 2   Benign\n  LEFT    BI-RADS 1   Negative", "1", "2"),
    ("DOUBLE READING RECORD\nReader 1 (ID 7):  Right: BI-RADS 3   Left: BI-RADS 1", "1", "3"),  # no decision: the rows
    # terse forms: the abbreviation "Cat." ending its sentence; a side letter, a dash and a bare category
    ("L US 2:00 3cm FN: irregular solid mass 1.4 cm. Cat. 4C. Bx.", "4C", None),
    ("R dx mammo: spot views, asymmetry persists.\nR - 0, needs US.", None, "0"),
    ("Right breast US. Not classic enough for category 5.\nBI-RADS: 4C", None, "4C"),  # "category 5." is no assessment
    # dictation wrapped into lines without punctuation, and dictation that says "colon"
    ("left breast ultrasound indication lump left two o'clock findings at two o'clock there is an irregular\n"
     "hypoechoic mass with angular margins measuring one point four centimeters with posterior shadowing\n"
     "impression left breast mass birads for suspicious recommend ultrasound guided biopsy", "4", None),
    ("Right breast ultrasound. History colon birads three last year. Findings colon the mass has grown. "
     "Impression colon suspicious mass birads for b period biopsy period", None, "4B"),
    # Latin side letters in a translated protocol's list (both letters: a lone "D" may be the density)
    ("Ultrasound of the mammary glands.\nConclusion: cyst right, fibroadenoma left.\nBI-RADS: D - 2, S - 3.", "3", "2"),
    # a "Supplement to the protocol" revises like an addendum
    ("Ultrasound of the left mammary gland.\nConclusion: left formation, BI-RADS 4a.\n\nSupplement to the protocol "
     "(16.10.2025): older mammograms show it unchanged; the category is changed to BI-RADS 3.", "3", None),
]


@pytest.mark.parametrize(("text", "left", "right"), B7_B8_READING_CASES)
def test_b7_b8_reading_classes(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


# Reading classes of radiology b9 / b10 (written for these tests, not taken from the batches)
B9_B10_READING_CASES = [
    # Spanish reports: "mama derecha / izquierda", "MD:" / "MI:" headers, Spanish headings and category names
    ("ECOGRAFIA DE MAMA IZQUIERDA\nHallazgos: quiste simple de 6 mm.\nConclusión: quiste simple. BI-RADS 2.", "2", None),
    ("ECOGRAFIA BILATERAL\nConclusión:\n1. Mama derecha: fibroadenoma conocido. BI-RADS 3.\n"
     "2. Mama izquierda: sin hallazgos. BI-RADS 1.", "1", "3"),
    ("MAMOGRAFIA BILATERAL\nImpresión diagnóstica:\nMD: BI-RADS 2.\nMI: BI-RADS 4B (biopsia sugerida).", "4B", "2"),
    ("ECOGRAFIA DE MAMA DERECHA\nAntecedentes: nódulo clasificado como BI-RADS 4A en 2023, biopsia benigna.\n"
     "Hallazgos: nódulo estable en mama derecha.\nConclusión: BI-RADS 2.", None, "2"),
    ("ECOGRAFIA DIRIGIDA\nHallazgos: quiste complicado en mama izquierda.\n"
     "Categoría de evaluación (mama izquierda): Probablemente benigno.", "3", None),
    ("Estudio: mamografía y ecografía bilateral\nConclusión: quiste a la derecha, nódulo a la izquierda.\n"
     "Categoría BI-RADS: derecha 2, izquierda 4A.", "4A", "2"),
    ("ECOGRAFIA MAMA IZQUIERDA\nConclusión: nódulo de aspecto benigno. BI-RADS 3.\n\n"
     "ADENDA (02/03/2026): estudios previos muestran el nódulo sin cambios. Se reclasifica: BI-RADS 3 → BI-RADS 2.", "2", None),
    ("ECOGRAFIA MAMA DERECHA\nConclusión: nódulo. BI-RADS 3.\n\nADENDA: estudios previos sin cambios; BI-RADS 2.",
     None, "2"),
    ("SONOMAMOGRAFIA BILATERAL\nSe examinan ambas mamas.\n\nConclusión:\nQuistes simples bilaterales.\n"
     "Ectasia ductal izquierda.\nHallazgos benignos. BI-RADS II.", "2", "2"),
    # German words in a translated report: rechts / links / beidseits, "re." / "li." before the category
    ("Translation of the findings report\nAssessment (Beurteilung): suspicious finding right, none on the left.\n"
     "BI-RADS re. 4B, li. 1", "1", "4B"),
    ("Examination: breast ultrasound right (Mammasonographie rechts)\nPrevious examinations: lesion classified as "
     "BI-RADS 4a, core biopsy benign.\nAssessment (Beurteilung): stable fibroadenoma.\nBI-RADS 2 rechts.", None, "2"),
    # translated Northern-European reports: the original heading in square brackets before the colon
    ("Examination [Undersokning]: ultrasound of both breasts\nAssessment (both breasts) [Bedomning]: Benign findings.",
     "2", "2"),
    ("Examination [Undersokelse]: bilateral mammography\nOverall assessment [Samlet vurdering]: BI-RADS 1.", "1", "1"),
    ("Examination: ultrasound of the left breast\nConclusion [Konklusion]: nodule, BI-RADS 3.\n\n"
     "Addendum [Tillaeg] 02.02.2026: older images show it unchanged for 4 years. BI-RADS 3 => 2.", "2", None),
    # screening letters: "Classification (BI-RADS): right 1 - left 1"; a prior screen's category dated in an aside;
    # a revised letter's "(BI-RADS 0 -> 2)" replaces the category of the letter it revises
    ("RESULT: FAVOURABLE\nClassification (BI-RADS): right 2 - left 1\nNext invitation in two years.", "1", "2"),
    ("Per breast:\n  Right breast: marked fibroadenoma (BI-RADS 0 at the 2022 screening, biopsy benign) - BI-RADS 2.\n"
     "  Left breast: nothing abnormal - BI-RADS 1.", "1", "2"),
    ("REVISED RESULT\nOur earlier letter referred her for an asymmetry in the left breast (BI-RADS 0). Older images "
     "now show it unchanged. The classification of the left breast is revised (BI-RADS 0 → 2). The right breast "
     "is normal.", "2", None),
    # revisions: the category after an arrow, "revised from III to II" (Roman numerals), "should read 5"
    ("Bilat dx mammo + US. BI-RADS: R2 L4a->3 after US.", "3", "2"),
    ("RIGHT BREAST US\nImpression: BI-RADS 4A.\n\nAddendum 03/04/2026: second look. Revised 4A -> 3.", None, "3"),
    ("USG LEFT BREAST\nOpinion: fibroadenoma. BIRADS-III.\nADDENDUM: old films show no change. "
     "BIRADS category revised from III to II.", "2", None),
    ("LEFT BREAST ULTRASOUND\nImpression: BI-RADS 4C.\n\nCORRECTION: the BI-RADS category in the impression "
     "should read 5, not 4C.", "5", None),
    # a side correction that names the side the study was performed on
    ("RIGHT BREAST US\nImpression: right breast mass. BI-RADS 4A.\n\nADDENDUM - SIDE CORRECTION: this study was "
     "performed on the patient's LEFT breast. Corrected impression: left breast mass, BI-RADS 4A.", "4A", None),
    # per-side block and list forms
    ("BILATERAL MAMMOGRAM\nBI-RADS ASSESSMENT, PER BREAST:\n  RIGHT: 2 - Benign\n  LEFT : 4B - Suspicious", "4B", "2"),
    ("BILATERAL US\nImpression: known cancer on the right, cysts on the left.\nBI-RADS: 6 (right), 2 (left).", "2", "6"),
    ("TRIPLE ASSESSMENT\nImaging scores: right M1 U1; left M5 U5.\nEquivalent BI-RADS categories - R: 1; L: 5.", "5", "1"),
    ("Dx mammo L: asymmetry persists on spot views. L - 0. US next week.", "0", None),
    # category names: "needs additional imaging evaluation", "ASSESSMENT - LEFT BREAST: Benign finding."
    ("BILATERAL MAMMOGRAM\nIMPRESSION:\nRight breast: negative.\nLeft breast: Needs additional imaging evaluation - "
     "spot views to follow.", "0", "1"),
    ("LEFT BREAST ULTRASOUND\nFindings: intramammary node.\nASSESSMENT - LEFT BREAST: Benign finding.", "2", None),
    # a history section ends where the report turns to this exam's breast ("The right breast demonstrates ...")
    ("ULTRASOUND RIGHT BREAST\nReason for exam: lump. Past history: left biopsy (BI-RADS 4A, benign). The right breast "
     "demonstrates a small oval mass. BI-RADS 3, probably benign.", None, "3"),
    # a lower-case transcript is read as dictation even when punctuated ("birads for c")
    ("bilateral mammogram and right breast ultrasound. the breasts are dense. in the right breast there is an irregular "
     "mass with angular margins and shadowing. right breast birads for c recommend biopsy. the left breast shows no "
     "mass. left breast birads one negative.", "1", "4C"),
]


@pytest.mark.parametrize(("text", "left", "right"), B9_B10_READING_CASES)
def test_b9_b10_reading_classes(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


# EHR notes with a pasted imaging result among other text
EHR_NOTE_CASES = [
    # a health-maintenance list of past screens is history
    ("Annual visit\nHealth Maintenance:\n  Mammogram ..... 01/2026 - MAMMO SCREENING BILAT - BI-RADS 1\n\n"
     "Imaging result (pasted):\n  US BREAST LEFT LIMITED - 03/2026 - Final\n  IMPRESSION: simple cyst, left breast.\n"
     "  BI-RADS 2 - Benign.", "2", None),
    # a "Previous Result" block pasted below the result is history
    ("Telephone encounter\nCalled pt about R breast US.\n\nResults\nUS BREAST RIGHT LIMITED\n  IMPRESSION: cyst, right "
     "breast.\n  BI-RADS CATEGORY: 3 - Probably Benign\n\nPrevious Result (01/02/2026)\n  MAMMO SCREENING BILATERAL\n"
     "  BI-RADS CATEGORY: 0 - Incomplete", None, "3"),
    # the pasted result's title line in capitals names the exam's sides ("right for you" is no side)
    ("Patient letter\nThank you for your ultrasound of the LEFT breast.\nYour result: Probably benign finding (BI-RADS "
     "category 3).\nAsk whether other tests may be right for you.\n\nUS BREAST LEFT LIMITED: Left breast 3:00 small "
     "oval mass.", "3", None),
    ("MyChart message\nYour results are benign.\n\nMAMMO DIAGNOSTIC BILATERAL; US BREAST BILATERAL LIMITED\n\n"
     "Result Impression\nBilateral simple cysts and a stable right breast fibroadenoma.\nBI-RADS: 2 - Benign", "2", "2"),
]


@pytest.mark.parametrize(("text", "left", "right"), EHR_NOTE_CASES)
def test_ehr_notes_with_a_pasted_imaging_result(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


# house styles of radiology b11 / b12 (own sentences, one or more per reading class)
B11_B12_READING_CASES = [
    # a RIS field sheet with dotted leaders: the key names the side, a blank or N/A value assesses nothing,
    # a prior field and a wrapped indication are history, a printed key defines
    ("Exam.........: US BREAST BILAT\nIndication...: lump, prior bx (BI-RADS\n               4C in 2021)\n"
     "Prior BI-RADS: RT 3\nFindings.....:\n  cysts\nBI-RADS RT...: 2 - Benign\nBI-RADS LT...: N/A\n"
     "BI-RADS key..: 0 Incomplete | 1 Negative | 5 Highly suggestive\n", None, "2"),
    ("Exam.........: MAMMO DX BILAT\nFindings.....:\n  negative both sides\nBI-RADS (Overall)...: 1 - Negative\n",
     "1", "1"),
    ("Exam.........: US BREAST RT LIMITED\nBI-RADS RT...: 4B - Moderate suspicion\nBI-RADS LT...:\n", None, "4B"),
    ("Exam.........: US BREAST LT\nLast exam result....: BI-RADS 4A (2024)\nFindings.....:\n  stable\n"
     "BI-RADS LT..........: 1 - Negative\n", "1", None),
    # a tick row in a field: the ticked option is the category of the field's side
    ("Exam................: US BREAST LT LIMITED\nIndication..........: nipple discharge\nFindings............:\n"
     "  intraductal mass\nAssessment (LT).....: ( ) 2  ( ) 3  (X) 4  ( ) 5\n", "4", None),
    # bilingual printouts: a value holding the category is kept whole; "BI-RADS ASSESSMENT:" heads side lines
    ("Tetkik / Examination: LEFT BREAST US\nSonuç / Conclusion:\nSol meme / Left breast: BI-RADS 2 (basit kist / "
     "simple cyst).", "2", None),
    ("Bulgular / Findings: see text.\n\nBI-RADS ASSESSMENT:\nRight breast: Probably benign\nLeft breast: Negative\n",
     "1", "3"),
    # ... and the combined conclusion of a bilingual form outranks the modality's own assessment
    ("Mamografi / Mammographic assessment: BI-RADS 0 (USG ile / with US)\n\nKombine sonuç / Combined conclusion:\n"
     "Her iki meme / Both breasts: BI-RADS 1 - Negatif / Negative.", "1", "1"),
    ("Mammographic assessment: BI-RADS 0\n\nCOMBINED CONCLUSION (MG + US):\nBI-RADS 1 - Negative.", "1", "1"),
    # a tick grid whose columns are plain category numbers, with side labels (one in two languages)
    ("SCREENING FORM\nBIRADS (tick one per side):\n            0     1     2     3     4     5\n"
     "RIGHT      [ ]   [ ]   [x]   [ ]   [ ]   [ ]\nLEFT       [ ]   [ ]   [ ]   [x]   [ ]   [ ]\n", "3", "2"),
    ("BI-RADS       0     1     2     3\nSag / Right  [ ]   [ ]   [X]   [ ]\nSol / Left   [X]   [ ]   [ ]   [ ]\n",
     "0", "2"),
    # a final block whose heading carries a long aside; single capital side lines
    ("Reader 1: R - recall (BI-RADS 3)\n\nFINAL CATEGORY (assessing consultant radiologist)\n  R: 2\n  L: 1\n", "1", "2"),
    # "Assessment category (BI-RADS equivalent): R 3"
    ("Ultrasound R: small oval lesion.\nAssessment category (BI-RADS equivalent): L 3\n", "3", None),
    # "until then" looks ahead, it does not date the category
    ("Right breast: persistent asymmetry; ultrasound on Friday. Until then the right breast is BI-RADS 0.\n"
     "Left breast: benign calcifications. Left breast BI-RADS 2.", "2", "0"),
    # a sentence wrapped by the editor keeps the side named on the line above
    ("BILATERAL MAMMOGRAM\nRight breast: BI-RADS 0.\nLeft breast: BI-RADS 1.\n\nADDENDUM: ultrasound done the same "
     "afternoon shows a spiculated mass. Right breast assessment\nchanged from BI-RADS 0 to BI-RADS 5. Left unchanged.",
     "1", "5"),
    # ... also where the wrapped line opens on "assessment": no assessment line of its own, the whole exam's
    ("Exam: BILATERAL BREAST ULTRASOUND\nLeft breast: normal.\nRight breast: 8 mm oval mass at 7 o'clock, BI-RADS 3.\n\n"
     "ADDENDUM: outside films from last year show the 7 o'clock mass unchanged for two years; right breast\n"
     "assessment changed to BI-RADS 2, routine screening.", None, "2"),
    # (near miss: after a full stop, an "Assessment" line of its own assesses both breasts of the exam)
    ("Exam: BILATERAL BREAST ULTRASOUND\nLeft breast: normal.\nRight breast: 8 mm oval mass at 7 o'clock, BI-RADS 3.\n\n"
     "ADDENDUM: outside films from last year show the 7 o'clock mass unchanged for two years in the right breast.\n"
     "Assessment changed to BI-RADS 2, routine screening.", "2", "2"),
    ("US BREAST RIGHT\nIMPRESSION: BI-RADS 4A.\n\nADDENDUM: Laterality correction: the examination was of the LEFT "
     "breast, not the right. Left breast\n5:00 oval mass, BI-RADS 4A; biopsy as above. The right breast was not examined.",
     "4A", None),
    # a billing record's medical-necessity statement is history, so is a category from an outside facility
    ("CPT 76642-RT\nMEDICAL NECESSITY: follow-up of a right breast mass (BI-RADS 4B at an outside facility).\n\n"
     "REPORT\nRIGHT BREAST ULTRASOUND. Stable mass.\nASSESSMENT: BI-RADS 2 - Benign.", None, "2"),
    # a practice letter: the referral paragraph tells the story (its sides name no exam)
    ("SUNRISE RADIOLOGY\nPr. No. 123\n\n1 May 2026\n\nRe: Mrs A (55)      LEFT BREAST SONAR\n\nDear Dr B\n\n"
     "Thank you for referring Mrs A with a left lump. She had "
     "a right breast cyst drained in 2019.\n\nLeft breast sonar: irregular mass.\n\nAssessment: Suspicious.", "4", None),
]


@pytest.mark.parametrize(("text", "left", "right"), B11_B12_READING_CASES)
def test_b11_b12_reading_classes(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


def test_a_blank_birads_field_and_a_category_key_are_not_an_unread_category() -> None:
    # no category assigned and a printed key: the report names no category, nothing was missed
    assert not unread_birads("Outcome: routine recall.\nBI-RADS (if assigned): ____\n\nCategory key: Benign = BI-RADS 2.")
    assert not unread_birads("BI-RADS RT....: N/A\nBI-RADS LT....: none\n")
    # a heading over a grid the reader cannot read still counts
    assert unread_birads("BIRADS CATEGORY (per side):\n  see attached sheet\n\nKey: 1 = negative.")


# radiology b15 / b16 classes, each in words of its own
B15_B16_READING_CASES = [
    # a first-language side word glossed in English after a slash or in parentheses
    ("Zaver / Conclusion: BI-RADS pravy (right) 2, levy (left) 3.", "3", "2"),
    ("Velemeny / Opinion: cyst.\nBI-RADS: jobb / right 2.", None, "2"),
    ("Velemeny / Opinion: fibroadenoma.\nBI-RADS (bal / left): 3\nKontroll / Follow-up: 6 months.", "3", None),
    ("Wnioski [Conclusions]: no lesions.\nBI-RADS: obie piersi 1 / bilaterally 1.", "1", "1"),
    # the French convention names the college after the keyword
    ("Conclusion: oval nodule of the right breast. BI-RADS ACR 3. Control in 6 months.", None, "3"),
    ("Conclusion: known carcinoma of the left breast.\nBI-RADS (ACR) 6.", "6", None),
    ("BILATERAL MAMMOGRAPHY\nConclusion: normal study. BI-RADS ACR 2, bilateral.", "2", "2"),
    # a revision stated with the keyword ("BIRADS is revised to ..."): the new category replaces the old one
    ("RIGHT BREAST US\nImpression: oval nodule, BIRADS 3.\n\nAddendum: the mammogram shows calcifications next to the "
     "nodule; BIRADS is revised to 4b and biopsy is advised.", None, "4B"),
    ("LEFT BREAST US\nImpression: BI-RADS 4A. On second review of the cine clips BI-RADS has been downgraded to 3.", "3", None),
    # a chain of sides with category names on one impression line: each side its own word
    ("BILATERAL MAMMOGRAM\nIMPRESSION: Left breast: Benign. Right breast: Incomplete - needs additional imaging "
     "evaluation (spot views).", "2", "0"),
    ("BILATERAL MAMMOGRAM\nIMPRESSION: Right breast: Negative; left breast: Probably benign.", "3", "1"),
    # a side line's sentence wrapped onto a line in lower case does not end the impression's side lines
    ("BILATERAL MAMMOGRAM\n\nIMPRESSION:\nLeft breast: Incomplete - needs additional imaging evaluation. Spot\n"
     "compression views are advised.\nRight breast: Negative.", "0", "1"),
    # a first-language category name before its English one after the side
    ("Penemuan / Findings : calcifications on the left.\n\n"
     "Kesimpulan / Conclusion :\n  Right breast : Negatif / Negative.\n  Left breast : Tidak lengkap - perlu "
     "pemeriksaan lanjut / Incomplete - needs\n    additional imaging evaluation.", "0", "1"),
    # a speech-recognition "for" before the letter b or c is category 4, even in a punctuated transcript
    ("Findings. Irregular mass. Impression, suspicious mass right breast 10 o'clock birads for b, biopsy advised.",
     None, "4B"),
    ("Impression: two masses. BI-RADS for a second opinion was requested.", None, None),
    # a category key defines the categories of its own paragraph only; the outcome line below it counts
    ("BREAST ASSESSMENT CLINIC\n\nKey used on all letters: Benign = BI-RADS 2; Suspicious = BI-RADS 4.\n\n"
     "Recalled for: left asymmetry.\n\nAssessment: ultrasound shows a small irregular mass; biopsy taken.\n\n"
     "Final: L: 4B / R: -\n", "4B", None),
    # a consensus block after the readers' rows decides, an aside after its category notwithstanding
    ("Screen reading:\n  Reader 1: L 0 (asymmetry), R 1\n  Reader 2: L 1, R 1\n\nAssessment: left cyst.\n\n"
     "ARBITRATION / FINAL\n  L: 2 (routine recall)\n  R: 1\n", "2", "1"),
    # a quoted prior under its own "Prior:" label after the indication's first sentence is history
    ("BILATERAL BREAST ULTRASOUND\nINDICATION: Routine follow-up. Prior: 'right 2:00 solid nodule BI-RADS 4A (03/2024) "
     "-> biopsy benign; left 6:00 cyst BI-RADS 3 (03/2024).'\n\nFINDINGS: Both lesions stable.\n\n"
     "IMPRESSION: Benign. BI-RADS 2, bilateral.", "2", "2"),
    # the original heading first, its English name in brackets: the English heading is read (a history)
    ("Badanie [Examination]: USG piersi prawej (right breast ultrasound)\nWywiad [History]: w 2022 r. zmiana oceniona "
     "jako BI-RADS 4A (at that time; right 9 o'clock).\n\nWnioski [Conclusions]: stable lesion - BI-RADS 2.", None, "2"),
    # a "Classification:" line with a category name, the first language's name before the English one
    ("LEFT BREAST ULTRASOUND\nConclusion: cyst with a thin septum.\nClassification : Probablement benin / Probably benign.",
     "3", None),
    ("LEFT BREAST ULTRASOUND\nConclusion: simple cyst.\nClassification: benign.", "2", None),
    # an abbreviated side with "breast" and a dash between the keyword and the category
    ("IMPRESSION:\n  1. Left breast - simple cyst. BIRADS: Lt. breast - 2\n  2. Right breast - irregular mass. "
     "BIRADS: Rt. breast- 4c", "2", "4C"),
]


@pytest.mark.parametrize(("text", "left", "right"), B15_B16_READING_CASES)
def test_b15_b16_reading_classes(text: str, left: str | None, right: str | None) -> None:
    assert extract_birads(text) == {"L": left, "R": right}


def test_a_side_named_before_the_dash_after_the_keyword() -> None:
    assert extract_birads("Summary: mass in the left gland. BI-RADS left - 4C. Right gland clear, BI-RADS 1.") == {
        "L": "4C", "R": "1"}


def test_another_scales_category_never_labels_and_a_reference_birads_line_does() -> None:
    text = ("Right: echo-free cyst.\nJudgement:\nJABTS category 2 (benign)\nBI-RADS 3 - six-week recheck.")
    assert extract_birads(text) == {"L": None, "R": "3"}
    text = "Left: two cysts. Right: one cyst.\nJABTS category: R 2 / L 3\nBI-RADS (reference): R 2 / L 3"
    assert extract_birads(text) == {"L": "3", "R": "2"}
    assert extract_birads("Findings: cyst.\nJABTS category 2") == {"L": None, "R": None}


def test_a_side_letter_right_before_the_keyword_names_the_side() -> None:
    assert extract_birads("Both sides scanned. We record R BI-RADS 4B; L BI-RADS 1.") == {"L": "1", "R": "4B"}


def test_spanish_probably_benign_finding_after_a_side_in_the_impression() -> None:
    text = ("IMPRESIÓN DIAGNÓSTICA:\nMama derecha: negativo - BI-RADS 1.\n"
            "Mama izquierda: hallazgo probablemente benigno, quiste complicado.")
    assert extract_birads(text) == {"L": "3", "R": "1"}


def test_a_category_taken_back_aloud_is_no_statement() -> None:
    text = ("right breast ultrasound. impression solid mass right breast nine o'clock. birads three, no wait, "
            "scratch that, birads four a. biopsy advised.")
    assert extract_birads(text)["R"] == "4A"
    assert extract_birads("Right breast: oval mass. BI-RADS 3, sorry, I mean BI-RADS 4B.")["R"] == "4B"
    assert extract_birads("Right breast: oval mass. BI-RADS 3, so that follow-up is advised.")["R"] == "3"
    assert extract_birads("Left breast: cysts. Birads three, scratch that, birads two, benign.")["L"] == "2"
    assert extract_birads("Left breast: stable mass. BI-RADS 3, correction, BI-RADS 2, benign.")["L"] == "2"


def test_an_outside_report_quoted_in_the_reason_for_consultation_is_history() -> None:
    text = ('Reason for consultation: second opinion; the outside report reads "There is a 2 cm left mass. '
            'IMPRESSION: BI-RADS 5."\n\nOur assessment: left breast mass, BI-RADS 4B.')
    assert extract_birads(text)["L"] == "4B"


def test_a_laterality_correction_with_its_own_unsided_category_moves_the_report() -> None:
    text = ("US RIGHT BREAST\nImpression: cyst. BI-RADS 2.\n\nADDENDUM - LATERALITY CORRECTION: this examination "
            "was performed on the LEFT breast, not the right breast. Assessment unchanged: BI-RADS 2.")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_terse_cat_without_its_dot_before_a_side_word() -> None:
    assert extract_birads("Bilat US, lumpy both sides, no mass. Cat 2 bilat.") == {"L": "2", "R": "2"}
    assert extract_birads("US left breast: cyst. Cat 2 left.") == {"L": "2", "R": None}


def test_a_dictated_comparison_line_said_with_a_comma_is_history() -> None:
    text = ("Ultrasound right breast, dictated.\nComparison, prior ultrasound of last spring, and the one after it, "
            "also birads three.\nImpression, right breast cyst, benign, birads two.")
    assert extract_birads(text)["R"] == "2"


def test_side_words_listed_after_the_keyword_with_roman_or_bracketed_categories() -> None:
    text = "OPINION:\n - Cyst on one side, solid nodule on the other.\n - BI-RADS: Left breast (IV-b), Right breast (II)."
    assert extract_birads(text) == {"L": "4B", "R": "2"}
    assert extract_birads("Opinion: gynaecomastia.\nBIRADS: Right VI, Left I.") == {"L": "1", "R": "6"}
    assert extract_birads("Opinion: see text.\nBI-RADS: Right breast normal, left breast cysts.") == {"L": None, "R": None}


def test_a_dated_nota_bene_below_the_signature_revises_like_an_addendum() -> None:
    text = ("Opinion:\nBI-RADS: Left IV-a, Right I.\n        Dr. A. Reader\n\n"
            "N.B. (added later): outside films show the left nodule unchanged for years; it is re-categorized as "
            "BIRADS III. The right breast remains BIRADS I.")
    assert extract_birads(text) == {"L": "3", "R": "1"}


def test_an_overall_assessment_over_a_category_line_per_side_is_their_summary() -> None:
    text = "OVERALL ASSESSMENT: BI-RADS 5 - highly suggestive.\n  Left: BI-RADS 5\n  Right: BI-RADS 1\nPlan: biopsy."
    assert extract_birads(text) == {"L": "5", "R": "1"}
    assert extract_birads("OVERALL ASSESSMENT: BI-RADS 3\nLeft: small cyst.\nRight: normal.") == {"L": "3", "R": "3"}
    text = "OVERALL ASSESSMENT: BI-RADS 4B - suspicious\n    Left breast: 2 (cysts)\n    Right breast: 4B (mass)\n"
    assert extract_birads(text) == {"L": "2", "R": "4B"}


def test_a_side_word_on_the_next_line_is_no_side_letter_of_the_statement() -> None:
    assert extract_birads("Impression:\n    Right: BI-RADS 5\n    Left: BI-RADS 1\n") == {"L": "1", "R": "5"}


def test_an_australian_synoptic_category_alone_never_labels() -> None:
    text = "Assessment work-up: left cyst.\nFinal: L: 2 / R: -\n(Synoptic category 2 - benign findings.)"
    assert extract_birads(text) == {"L": "2", "R": None}
    assert extract_birads("Work-up normal.\n(Synoptic category 1 - no significant abnormality.)") == {"L": None, "R": None}


def test_a_category_given_anew_with_reclassified_as_revises() -> None:
    text = ("Left breast: small oval nodule, BI-RADS 3.\nSUPPLEMENT TO THE REPORT - later date\n"
            "Older films show it unchanged; the left breast is reclassified as BI-RADS 2.")
    assert extract_birads(text)["L"] == "2"
    text = "Left breast: oval nodule, BI-RADS 3. On review the radiologist has re-categorised it as BI-RADS 2."
    assert extract_birads(text)["L"] == "2"
    assert extract_birads("Left breast: two findings, BI-RADS 3 and BI-RADS 2.")["L"] == "3"


def test_a_clinic_letter_quoting_todays_uk_score_with_its_bi_rads_gloss_is_no_prior() -> None:
    text = "Dear Doctor,\nToday's ultrasound of the left breast showed a simple cyst, reported as U2 / BI-RADS 2."
    assert extract_birads(text) == {"L": "2", "R": None}
    assert extract_birads("Mammography today was reported as M2 bilaterally (BI-RADS 2).") == {"L": "2", "R": "2"}
    assert extract_birads("Her prior ultrasound was reported as U3 (BI-RADS 3).") == {"L": None, "R": None}


def test_should_read_instead_of_a_category_takes_the_side_it_replaces() -> None:
    text = ("IMPRESSION:\n1. Mass, left breast (BI-RADS 4A)\n2. Normal right breast (BI-RADS 1)\n\n"
            "AMENDMENT: Impression no. 1 should read BI-RADS 4C instead of BI-RADS 4A.")
    assert extract_birads(text) == {"L": "4C", "R": "1"}


def test_classified_this_as_takes_the_side_of_the_sentence_before() -> None:
    text = ("Dear Doctor,\nShe had a normal bilateral mammogram last year. Ultrasound of the left breast showed "
            "a cluster of cysts. The radiologist classified this as BI-RADS 2. She is discharged.")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_category_shorthand_after_an_arrow() -> None:
    text = "[Conclusion]\n1) Lt. 3 o'clock oval mass, probably benign. -> C3\n2) Rt. simple cyst. -> C2\n"
    assert extract_birads(text) == {"L": "3", "R": "2"}
    assert extract_birads("Conclusion: Lt. mass. -> C4a") == {"L": "4A", "R": None}
    assert extract_birads("Findings: Lt. mass; spine C3 -> C4 level noted.") == {"L": None, "R": None}


def test_a_side_in_brackets_after_the_keyword_may_carry_a_remark() -> None:
    text = "Ultrasound: irregular mass. Right U4.\nBI-RADS equivalent (right, as the referrer asked): 4C.\nPlan: biopsy."
    assert extract_birads(text) == {"L": None, "R": "4C"}


def test_a_bilateral_exams_impression_category_is_not_given_the_side_of_a_finding_above_it() -> None:
    text = ("EXAM: MAMMO SCREENING BILATERAL     DATE: today\nFINDINGS: No suspicious mass in either breast. "
            "Benign-appearing lymph node, left upper outer quadrant.\nIMPRESSION: No evidence of malignancy.\n"
            "BI-RADS 1: Negative.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    text = "ULTRASOUND\nClinical: lump.\nR breast 10 o'clock: solid lesion.\nConclusion: fibroadenoma. U3.\nBI-RADS 3.\n"
    assert extract_birads(text)["L"] is None


def test_a_year_on_the_wrapped_line_above_dates_the_category() -> None:
    text = ("SCREENING MAMMOGRAM BILATERAL\nShe has a history of benign biopsy on the right side years ago. Her 2022 screen was\n"
            "recalled (BI-RADS 0) for a left asymmetry that resolved. No suspicious findings today in either breast.\n"
            "IMPRESSION: BI-RADS 1: Negative.")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    text = ("US LEFT BREAST\nA small oval circumscribed mass is seen at two o'clock, probably a fibroadenoma. With no prior\n"
            "imaging, left breast BI-RADS 3, probably benign.")
    assert extract_birads(text)["L"] == "3"


def test_a_chart_printouts_category_block_puts_an_overall_line_over_the_side_lines() -> None:
    text = ("Impression\nNothing suspicious.\n\nBI-RADS Category\nOverall: 4B - Moderate suspicion\n"
            "Right Breast: 4B - Moderate suspicion\nLeft Breast: 2 - Benign\n\nRecommendation: biopsy.")
    assert extract_birads(text) == {"L": "2", "R": "4B"}
    text = "US BREAST LEFT LIMITED\nImpression\nCyst.\n\nBI-RADS Category:\nOverall: 2 - Benign\nRecommendation: none."
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_breast_history_heading_is_history() -> None:
    text = ("MAMMO SCREENING BILATERAL\nBREAST HISTORY: Screened two years ago, BI-RADS 3 at that visit.\n"
            "FINDINGS: Nothing new.\nIMPRESSION: Negative. BI-RADS 1.")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_a_prior_history_heading_is_history() -> None:
    text = ("US BREAST LEFT\nPrior history: ultrasound here last spring, left 2:00 cyst called BI-RADS 3.\n"
            "Findings: the cyst has resolved.\nImpression: Negative. BI-RADS 1.")
    assert extract_birads(text) == {"L": "1", "R": None}
    # a finding said to be prior in the impression opens no history
    near_miss = "US BREAST LEFT\nFindings: left 2:00 cyst, prior to aspiration.\nImpression: BI-RADS 3 left."
    assert extract_birads(near_miss) == {"L": "3", "R": None}


def test_an_overall_assessment_naming_its_modalities_in_parentheses_is_both_sides() -> None:
    text = ("DIAGNOSTIC MAMMOGRAM AND ULTRASOUND, BILATERAL\nFINDINGS: Right: 9 mm oval cyst at 2:00. "
            "Left: two 4 mm cysts at 7:00.\nOverall assessment (digital mammography and targeted ultrasound): "
            "BI-RADS 2 - Benign.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # near miss: a side's own assessment with the same remark stays that side's
    near_miss = text.replace("Overall assessment", "Left breast assessment")
    assert extract_birads(near_miss) == {"L": "2", "R": None}


def test_a_forms_numbered_per_side_block_heading_heads_its_side_lines() -> None:
    text = ("Trial form US-3\n2. BI-RADS (MRI) per breast, site reader:\n   Left breast:  4A\n   Right breast:  2\n"
            "3. Plan: MRI-guided biopsy")
    assert extract_birads(text) == {"L": "4A", "R": "2"}
    text = ("Section 2 - Mammography-only assessment: left BI-RADS 0, right BI-RADS 1\n"
            "Section 4 - Final integrated assessment (MG + US):\n   Left: 2\n   Right: 1\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # near miss: a numbered item about the lesions, not the categories, heads no block
    near_miss = "2. Lesions per breast:\n   Left breast: 2 cysts\n   Right breast: 1 cyst\nImpression: BI-RADS 2 bilateral."
    assert extract_birads(near_miss) == {"L": "2", "R": "2"}


def test_a_headed_per_side_list_goes_on_after_each_items_category_name() -> None:
    text = "Bilateral US\nFINAL (consultant): L 2 - Benign  /  R 4 - Suspicious\nPlan: biopsy right."
    assert extract_birads(text) == {"L": "2", "R": "4"}
    # near miss: a name that is no category's leaves the second item unread as a list item
    near_miss = "Bilateral US\nFINAL (consultant): L 2 - see text  /  R 4 cm mass\n"
    assert extract_birads(near_miss)["R"] != "4"


def test_a_field_label_dated_to_a_month_and_year_is_an_earlier_exams() -> None:
    text = ("Follow-up form FU-1\nLesion: left 4:00, 7 mm.  Category at enrolment (11/2024): BI-RADS 3\n"
            "Second visit (2025): unchanged, category 3\nToday: resolved. Assessment: BI-RADS 1, left breast.\n")
    assert extract_birads(text) == {"L": "1", "R": None}
    # near miss: a full date in the label may be this exam's own and dates nothing
    near_miss = "Left breast ultrasound\nCategory today (12/03/2026): BI-RADS 3\n"
    assert extract_birads(near_miss) == {"L": "3", "R": None}


def test_an_hx_heading_is_history() -> None:
    text = ("US RIGHT BREAST 6 MO F/U\nHx: R 10:00 solid nodule, BI-RADS 3 at baseline, f/u advised.\n"
            "Findings: nodule 6 mm, no change.\nBI-RADS 2 R. Annual screening.")
    assert extract_birads(text) == {"L": None, "R": "2"}
    # "hx" inside a sentence heads nothing: the category after it is this exam's
    near_miss = "US RIGHT BREAST\nFindings: R 10:00 nodule, no FHx of note.\nBI-RADS 3 R. F/u 6 mo."
    assert extract_birads(near_miss) == {"L": None, "R": "3"}


def test_a_form_field_named_by_its_side_and_the_keyword_in_parentheses_changed_to_a_category_revises_it() -> None:
    text = ("Reader study form 2\nItem A: left breast BI-RADS:  4A\nItem B: right breast BI-RADS:  1\n"
            "Data query resolved: item A (left breast BI-RADS) changed to 3 after source check. Item B unchanged.\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    # near miss: another field of the same side changed to a measurement leaves the category
    near_miss = text.replace("item A (left breast BI-RADS) changed to 3", "item C (left breast lesion size) changed to 3 mm")
    assert extract_birads(near_miss) == {"L": "4A", "R": "1"}


def test_a_bi_rads_category_changed_to_a_new_one_revises_it() -> None:
    text = ("MAMMO DIAGNOSTIC RIGHT\nImpression: Right breast: BI-RADS 3.\nAddendum: after the second read the BI-RADS "
            "category has been changed to 4A, right breast. Biopsy advised.")
    assert extract_birads(text) == {"L": None, "R": "4A"}
    # a category that stays as it was is no revision
    near_miss = text.replace("has been changed to 4A", "is unchanged at 3")
    assert extract_birads(near_miss) == {"L": None, "R": "3"}


def test_both_sides_named_after_the_categorys_name_give_it_to_both() -> None:
    text = ("MAMMO DIAGNOSTIC BILATERAL\nFindings: scattered densities.\nImpression:\nRight breast asymmetry; left breast "
            "calcifications.\nBI-RADS 0 - Incomplete: needs additional imaging, left and right breasts.")
    assert extract_birads(text) == {"L": "0", "R": "0"}
    # a side named in a plan after the name is no such pair
    near_miss = text.replace("left and right breasts", "spot views of the left breast")
    assert extract_birads(near_miss) == {"L": "0", "R": None}


def test_a_sides_u_and_m_scores_glossed_by_a_category_in_parentheses_give_that_side_the_category() -> None:
    text = ("Left breast ultrasound and bilateral mammograms\nSUMMARY: L U4 M4 (BI-RADS equivalent 4B). R M1.\n"
            "Core biopsy arranged.")
    assert extract_birads(text) == {"L": "4B", "R": None}
    # the other side's score before it: still the nearest side's
    assert extract_birads(text.replace("L U4 M4", "R M1 L U4")) == {"L": "4B", "R": None}


def test_a_line_opened_by_a_side_letter_and_both_its_uk_scores_gives_that_side_the_category() -> None:
    text = ("Bilateral mammograms, right breast ultrasound\nOpinion:\nL M1 - no abnormality.\n"
            "R M3 U5 - spiculated mass at 10 o'clock. BI-RADS equivalent 5. Core biopsy taken.\n")
    assert extract_birads(text) == {"L": None, "R": "5"}
    # near miss: another score later on the line is no side's gloss any more; the unsided category applies to both
    near_miss = text.replace("R M3 U5 - spiculated mass", "R M3 U5 - spiculated mass, L M2")
    assert extract_birads(near_miss) != {"L": None, "R": "5"}


def test_a_long_remark_in_parentheses_before_the_colon_of_a_sided_equivalent() -> None:
    text = ("Right breast US\nConclusion: R U3 - probably benign.\nBI-RADS equivalent (added at the request of the "
            "multidisciplinary team): R 3.")
    assert extract_birads(text) == {"L": None, "R": "3"}
    # a side in the parentheses is the category's side
    assert extract_birads("Right breast US\nBI-RADS equivalent (right, for the audit): 3.") == {"L": None, "R": "3"}


def test_a_forms_bi_rads_item_naming_the_side_after_the_keyword_gives_that_side() -> None:
    text = ("Study form B-2, imaging at baseline\n2.1 BI-RADS, right breast (contralateral): 2\n"
            "2.2 BI-RADS - left breast (target lesion):    5\n")
    assert extract_birads(text) == {"L": "5", "R": "2"}
    text = "Item 7  BI-RADS category, left breast:  4A\nItem 8  BI-RADS category, right breast:  not scanned today\n"
    assert extract_birads(text) == {"L": "4A", "R": None}
    # near miss: after a comma, a side without "breast" before a clock hour is no form's item
    near_miss = "Right breast US.\nPrevious BI-RADS, right 3:00 cyst, resolved.\nImpression: BI-RADS 1."
    assert extract_birads(near_miss) == {"L": None, "R": "1"}


def test_a_side_heading_after_a_sentence_of_the_history_goes_on_with_the_history() -> None:
    text = ("US BREAST RIGHT\nIndication: right breast lump. Left breast: BI-RADS 3 nodule followed since 2024, stable.\n"
            "Findings: right 9:00 simple cyst.\nImpression: Simple cyst. BI-RADS 2.")
    assert extract_birads(text) == {"L": None, "R": "2"}
    # another heading after a sentence still ends it
    near_miss = text.replace("Left breast: BI-RADS 3 nodule followed since 2024, stable.", "Findings: left BI-RADS 3.")
    assert extract_birads(near_miss)["L"] == "3"


def test_a_heading_with_a_long_remark_in_parentheses_ends_the_history_above_it() -> None:
    text = ("Pre-operative assessment\nFamily history: aunt with breast cancer.\nImaging (latest report, copied in by the "
            "ward clerk for the surgical checklist): MAMMO BILATERAL: \"Negative. BI-RADS 1.\"\nASA: II.")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # a line that is no heading stays in the history
    near_miss = text.replace("Imaging (latest report, copied in by the ward clerk for the surgical checklist): ",
                             "Sister's mammogram was ")
    assert extract_birads(near_miss) == {"L": None, "R": None}


def test_an_exam_title_before_the_category_on_its_line_outranks_a_side_heading_above() -> None:
    text = ("Pre-anaesthetic review\nRight breast: wide local excision 2019, no imaging today.\nLatest imaging: "
            "US BREAST LEFT 03/2026: \"Left 2:00 irregular mass, biopsy-proven carcinoma. BI-RADS 6.\"\nAirway: normal.")
    assert extract_birads(text) == {"L": "6", "R": None}
    # without the title on its line, the side heading above still gives the side
    near_miss = text.replace("Latest imaging: US BREAST LEFT 03/2026: ", "Latest imaging 03/2026: ").replace(
        "Left 2:00 irregular mass", "2:00 irregular mass")
    assert extract_birads(near_miss) == {"L": None, "R": "6"}


def test_an_addendum_printed_above_the_original_report_still_revises_it() -> None:
    text = ("US BREAST LEFT LIMITED\nNarrative\nADDENDUM:\nBiopsy came back as a fibroadenoma; the assessment is now "
            "BI-RADS 2.\nAddendum signed by the radiologist 03/03/2026\nEND OF ADDENDUM\n\nORIGINAL REPORT:\n"
            "FINDINGS: Left 4:00 solid mass.\nBI-RADS Category\nLeft Breast: 4A - Low suspicion\n")
    assert extract_birads(text) == {"L": "2", "R": None}
    # without the original report below it, an addendum above a later report is read in place
    assert extract_birads(text.replace("ORIGINAL REPORT:", "FOLLOW-UP:"))["L"] == "4A"


def test_a_screening_record_decision_line_lists_side_letters_without_colons() -> None:
    text = ("Screening history:\n  First round: recalled, BI-RADS 0\n\nReader 1: R 3   L 1\nReader 2: R 2   L 1\n\n"
            "FINAL (consensus): R 2  /  L 1\nResult: no recall.")
    assert extract_birads(text) == {"L": "1", "R": "2"}
    assert extract_birads("Reader 1: R 1  L 0\nReader 2: R 1  L 2\nFINAL CATEGORY: R 1, L 2.") == {"L": "2", "R": "1"}
    assert extract_birads("Revision: left changed.\nBI-RADS: R 2; L 4A -> 3.") == {"L": "3", "R": "2"}


def test_assessment_categories_heading_over_dashed_side_lines() -> None:
    text = "Plan below.\nAssessment categories (BI-RADS):\nRight - 4C (irregular mass)\nLeft - 1 (normal)\n"
    assert extract_birads(text) == {"L": "1", "R": "4C"}


def test_a_side_list_after_the_keyword_with_dashed_digits_and_abbreviated_sides() -> None:
    assert extract_birads("OPINION:\nCysts.\nBIRADS: Right breast - 3. Left breast - 2.") == {"L": "2", "R": "3"}
    assert extract_birads("OPINION:\nSolid lesion.\nBIRADS: Rt. breast - 2 / Lt. breast - 4b") == {"L": "4B", "R": "2"}


def test_a_corrigendum_that_says_read_one_side_as_the_other_moves_the_category() -> None:
    text = ("ULTRASOUND LEFT BREAST\nIMPRESSION: Solid lesion, likely fibroadenoma. BIRADS-3.\n\n"
            "CORRIGENDUM (02-02-2026):\nKindly read LEFT breast as RIGHT breast throughout this report.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_a_translated_heading_glossed_in_brackets_opens_an_addendum() -> None:
    text = ("Conclusion:\n- Right breast nodule: BIRADS 4A.\n- Left breast: BIRADS 1.\n\n"
            "PHỤ LỤC [SUPPLEMENTARY RESULT] - 05/05/2026:\nAfter comparison the right nodule is amended to BIRADS 3.\n")
    assert extract_birads(text) == {"L": "1", "R": "3"}


def test_an_exam_of_both_breasts_recommended_after_a_category_does_not_make_it_bilateral() -> None:
    text = ("CONCLUSION:\n- Right breast: calcifications, BIRADS 0 - mammography of both breasts advised.\n"
            "- Left breast: BIRADS 1.")
    assert extract_birads(text) == {"L": "1", "R": "0"}
    assert extract_birads("IMPRESSION: Cysts. BI-RADS 2 - benign, both breasts.") == {"L": "2", "R": "2"}


def test_a_faxed_reports_ocr_keyword_and_words_are_read() -> None:
    text = ("Exam: US BREAST BILATERAL\nFindings: simp1e cysts, no so1id mass, norma1 nodes.\n"
            "lmpression: Cysts. Benign.\nBl-RADS 2 - Benign, both breasts.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    assert extract_birads("IMPRESSION: Left cyst.\nBI-RAD5 3\n") == {"L": "3", "R": None}


def test_a_terse_cat_abbreviation_that_ends_its_sentence_is_the_category() -> None:
    assert extract_birads("Lt breast US: small cyst, unchanged. Cat 2.") == {"L": "2", "R": None}
    text = "MG BILAT\nR: asymmetry, needs spot views. Cat 0.\nL: clear. Cat 1."
    assert extract_birads(text) == {"L": "1", "R": "0"}
    assert extract_birads("Lt breast US: the cat 2 years ago scratched her. Cyst.") == {"L": None, "R": None}


def test_german_abbreviated_sides_both_after_the_category_are_both_breasts() -> None:
    text = ("Mammographie [Befund]: old scar left, no lesion.\n"
            "Beurteilung: Normal on both sides. BI-RADS 2 li./re.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    assert extract_birads("Beurteilung: Cyst right. BI-RADS re. 2, li. 1.") == {"L": "1", "R": "2"}


def test_a_combined_or_overall_assessment_outranks_a_modality_category_in_its_own_clause() -> None:
    text = ("Mammography: dense tissue, a right density. Mammogram by itself:\nBI-RADS 0 right, BI-RADS 1 left.\n"
            "Ultrasound: the right density is a simple cyst.\n\nOverall assessment:\nCyst. Overall BI-RADS: right 2, left 1.")
    assert extract_birads(text) == {"L": "1", "R": "2"}
    text = ("Mammography: left mass partly hidden. The mammographic\ncategory: BI-RADS 0.\n"
            "Ultrasound: left oval circumscribed mass.\n\nImpression (mammography + ultrasound):\n"
            "Right breast: BI-RADS 1.\nLeft breast: BI-RADS 3.")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    text = ("BILATERAL MAMMOGRAPHY AND ULTRASOUND\nMammography: dense, so the mammographic study alone is classified "
            "BI-RADS 0.\nUltrasound: normal.\nFinal impression: normal study. BI-RADS 1.")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # with no combined heading the modality's category stands
    assert extract_birads("Mammography alone: BI-RADS 0, left.\nUltrasound pending.") == {"L": "0", "R": None}


def test_background_reason_for_assessment_and_a_pasted_previous_result_are_history() -> None:
    text = ("REASON FOR ASSESSMENT: screen recall for a right mass, BI-RADS 0 on spot views.\n\n"
            "FINDINGS: right oval circumscribed mass.\nIMPRESSION: Probably benign. BI-RADS 3.")
    assert extract_birads(text) == {"L": None, "R": "3"}
    text = ("US RIGHT BREAST\nAntecedentes [Background]: a right nodule was called BI-RADS 3 in\n2024.\n\n"
            "Impression: stable for two years. BI-RADS 2.")
    assert extract_birads(text) == {"L": None, "R": "2"}
    text = ("Current result:\nUS LEFT BREAST\nImpression: Simple cyst. BI-RADS 2.\n\n"
            "Previous Result:\nUS LEFT BREAST\nImpression: Complicated cyst. BI-RADS 3.\n\nThanks")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_an_outside_assessment_inside_the_indication_stays_history() -> None:
    text = ("INDICATION: Known left cancer. Outside US assessment: BI-RADS 4B. Staging.\n\n"
            "FINDINGS: Left 2:00 irregular mass with a clip.\n\nBI-RADS 6: Known biopsy-proven malignancy.")
    assert extract_birads(text) == {"L": "6", "R": None}


def test_a_slashed_side_list_with_hyphenated_category_names_gives_each_side() -> None:
    text = "IMPRESSION: Known cancer.\nBI-RADS: LEFT 6 - Known biopsy-proven malignancy / RIGHT 2 - Benign"
    assert extract_birads(text) == {"L": "6", "R": "2"}
    assert extract_birads("BI-RADS: RIGHT 3 - Probably benign / LEFT 1 - Negative") == {"L": "1", "R": "3"}


def test_a_banner_addendum_printed_above_the_final_report_is_the_last_word() -> None:
    text = ("Result Status:   Modified\n\n* Addendum *\nOlder images now compared: the left mass is stable for years.\n"
            "BI-RADS Assessment Left Breast (amended):   2 - Benign\n\n* Final Report *\n\n"
            "Impression:\nLeft breast mass, probably benign.\nBI-RADS Assessment Right Breast:   N/A\n"
            "BI-RADS Assessment Left Breast:    3 - Probably Benign\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_laterality_correction_printed_above_the_report_moves_its_category() -> None:
    text = ("* Addendum *\nLATERALITY CORRECTION: the exam was of the RIGHT breast, not the left as dictated below. "
            "Left breast not examined.\n\n* Final Report *\n\nEXAM: US Breast Left\n"
            "Impression: Probably benign mass.\nBI-RADS Assessment Left Breast:    3 - Probably Benign\n"
            "BI-RADS Assessment Right Breast:   N/A\n")
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_a_spoken_take_back_over_a_wrapped_line_or_with_excuse_me() -> None:
    text = ("ultrasound of the right breast period\nimpression colon simple cyst period birads three no wait\n"
            "make that birads two benign period\n")
    assert extract_birads(text) == {"L": None, "R": "2"}
    text = "Impression.  Left breast mass, birads four c, no, excuse me, birads five.  Biopsy advised."
    assert extract_birads(text) == {"L": "5", "R": None}


def test_a_spoken_category_number_that_ends_its_sentence_after_category() -> None:
    text = "Impression: Known biopsy proven cancer in the left breast at 2 o'clock, category six. Node normal."
    assert extract_birads(text) == {"L": "6", "R": None}


def test_an_outside_report_quoted_after_a_line_that_opens_the_quote_is_history() -> None:
    text = ("HISTORY: She brings the letter of another clinic, which\nstates: \"Left breast 2:00 solid mass, "
            "BI-RADS 4B. Biopsy advised.\" She wants our view.\n\nFINDINGS: Left breast 2:00: simple cyst.\n\n"
            "IMPRESSION: Left simple cyst.\nBI-RADS 2 - Benign.")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_side_word_with_a_colon_after_the_keyword_and_a_bracketed_side_after_equivalent() -> None:
    assert extract_birads("Summary: cyst. BI-RADS right: 2.") == {"L": None, "R": "2"}
    text = "Conclusion (right breast): fibroadenoma. U3. Overall BI-RADS equivalent (right): 3.\nCore biopsy."
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_a_comparison_asked_for_in_dictated_impression_opens_no_history() -> None:
    text = ("ultrasound both breasts new paragraph history outside mammogram negative new paragraph findings "
            "right breast small oval mass period left breast small oval mass period new paragraph impression "
            "small masses period comparison with the outside images is needed period birads zero both breasts "
            "comma pending priors period")
    assert extract_birads(text) == {"L": "0", "R": "0"}


def test_an_unpunctuated_dictated_impression_line_does_not_continue_the_findings_line_above() -> None:
    text = ("bilateral screening mammogram the breasts are fatty there are benign calcifications in both breasts "
            "and an old oil cyst in the left lower inner quadrant no suspicious masses\n"
            "impression benign findings birads two routine screening\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_the_previously_described_finding_names_the_finding_and_dates_no_category() -> None:
    text = "Impression: the previously noted left cyst has gone; only a simple cyst remains, benign, BI-RADS 2."
    assert extract_birads(text) == {"L": "2", "R": None}
    assert extract_birads("Impression: left cyst, previously described as BI-RADS 3.") == {"L": None, "R": None}


def test_a_findings_side_header_does_not_reach_past_an_assessment_heading_line() -> None:
    text = ("Right breast: no mass.\nLeft breast: a small oval mass, one view only.\n"
            "ASSESSMENT: BI-RADS 0 - Incomplete, left breast (spot views). Right breast: BI-RADS 1.")
    assert extract_birads(text) == {"L": "0", "R": "1"}


def test_an_impression_that_names_the_category_then_the_side() -> None:
    assert extract_birads("MAMMO BILAT\nIMPRESSION: Negative, both breasts. Annual screening.") == {"L": "1", "R": "1"}
    assert extract_birads("US\nASSESSMENT: Probably benign, left breast.\nFollow-up.") == {"L": "3", "R": None}
    # a findings word is no assessment
    assert extract_birads("FINDINGS: Benign-appearing node, left.\n") == {"L": None, "R": None}


def test_a_modality_only_heading_is_outranked_by_a_bilingual_final_combined_heading() -> None:
    text = ("Penilaian mamografi sahaja / Mammography-only assessment:\n  Right: BI-RADS 1      Left: BI-RADS 0\n\n"
            "KESIMPULAN / CONCLUSION (penilaian akhir gabungan / final combined assessment):\n"
            "  1. Right: normal - BI-RADS 1.\n  2. Left: simple cyst - BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}


def test_a_uk_clinic_equivalent_for_the_named_side() -> None:
    text = "Right 9 o'clock: simple cyst. U2.\nLeft 3 o'clock: solid lesion. U4. BI-RADS equivalent for the left: 4B."
    assert extract_birads(text) == {"L": "4B", "R": None}


def test_a_french_side_correction_names_the_breast_the_exam_was_done_on() -> None:
    text = ("ÉCHOGRAPHIE DU SEIN DROIT\nConclusion : nodule ovale, BI-RADS 3.\n\n"
            "RECTIFICATIF [Side correction] — 02.02.2026\nL'examen a été réalisé sur le sein gauche, et non sur le sein "
            "droit.\n")
    assert extract_birads(text) == {"L": "3", "R": None}


# radiology b25 / b26 classes, each in words of its own
def test_a_summary_sheets_earlier_imaging_block_is_history_and_a_rows_date_is_its_exam_date() -> None:
    text = ("TUMOUR BOARD SUMMARY\n"
            "IMAGING - PRIOR (from PACS):\n"
            "  06/2024     Screening mammogram             R: BI-RADS 2   L: BI-RADS 4A\n"
            "IMAGING - THIS EPISODE (outside films, re-read here on 03/03/2026):\n"
            "  02/03/2026  MRI breasts bilateral  R: BI-RADS 1   L: BI-RADS 4C\n"
            "              L 4 o'c 12 mm enhancing mass.\n")
    assert extract_birads(text) == {"L": "4C", "R": "1"}


def test_a_side_letter_with_a_colon_heads_the_next_cell_not_the_category_before_it() -> None:
    text = "Dx mammogram both breasts   R: BI-RADS 3   L: BI-RADS 1\n"
    assert extract_birads(text) == {"L": "1", "R": "3"}


def test_a_remark_in_parentheses_before_the_side_letters_of_an_equivalent_list() -> None:
    text = ("Mammography: R M4   L M1\nScores: R M4 U4   L M1\n"
            "BI-RADS equivalent (for the audit): R 4B / L 1\n")
    assert extract_birads(text) == {"L": "1", "R": "4B"}
    text = "U score only: L U2.\nBI-RADS equivalent (affected side): L 2\n"
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_clinic_forms_presenting_complaint_is_history() -> None:
    text = ("Presenting complaint: lump in the left breast, scanned by the GP's provider (BI-RADS 4A on their letter).\n"
            "Ultrasound left breast: simple cyst, aspirated to dryness.\nBI-RADS equivalent: L 2\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_printouts_exam_list_names_the_sides_the_exam_covers() -> None:
    head = "HOSPITAL RESULTS PRINT          PAGE 1\n\nEXAMS:                          CPT CODE:\n"
    body = "\n<< Interpretation >>\n\nFINDINGS: {}\n\nBI-RADS CATEGORY: 1 - NEGATIVE\n"
    text = head + "004412  MAM SCREEN BILAT W TOMO    77067\n" + body.format("STABLE LEFT LUMPECTOMY SCAR.")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    text = head + "004413  MAM DIAG LT     77065\n004414  US BREAST LT LTD   76642\n" + body.format(
        "LEFT BREAST FATTY. RIGHT MASTECTOMY SITE NOT IMAGED.")
    assert extract_birads(text) == {"L": "1", "R": None}


def test_an_addendum_banner_in_angle_marks_opens_a_laterality_correction() -> None:
    text = ("EXAMS:\n001122  US BREAST LT LTD   76642\n\n<< Interpretation >>\nIMPRESSION: FAT LOBULE ONLY.\n"
            "BI-RADS CATEGORY: 1 - NEGATIVE\n\n<< ADDENDUM >>\nTHE STUDY WAS PERFORMED ON THE RIGHT BREAST, NOT THE LEFT. "
            "A SMALL CYST IS ALSO SEEN.\nREVISED BI-RADS CATEGORY: 2 - BENIGN (RIGHT BREAST)\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_side_words_with_breast_before_plain_category_numbers_after_the_keyword() -> None:
    text = "Impression: known cancer on the right; benign cyst on the left.\nBI-RADS: right breast 6; left breast 2.\n"
    assert extract_birads(text) == {"L": "2", "R": "6"}


def test_a_translations_bracketed_combined_heading_outranks_the_mammographic_category() -> None:
    text = ("MAMMOGRAPHY:\nLeft breast: an oval mass, partly hidden.\nMammographic category: BI-RADS 0 (needs ultrasound).\n\n"
            "ULTRASOUND:\nLeft breast: simple cyst.\n\n"
            "Impressão combinada [Combined impression (MG + US)]:\n- Left breast: simple cyst - BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_revision_that_names_the_side_between_the_keyword_and_revised_to() -> None:
    text = ("Impression:\nBIRADS: Rt: 2    Lt: 4A\n\nSUPPLEMENT TO THE REPORT\nOlder films show the same nodule. "
            "The BIRADS of the right breast has been changed to 1; the BI-RADS for the left breast is revised to 3.\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}


def test_a_side_letter_before_a_uk_score_gives_the_category_glossing_it_in_parentheses() -> None:
    text = "ULTRASOUND OF BOTH BREASTS\nSummary: L U5 (BI-RADS equivalent 5) - core biopsy today. R U1.\n"
    assert extract_birads(text) == {"L": "5", "R": None}


def test_a_terse_side_letter_and_number_on_its_own_line_beside_a_keyword_statement() -> None:
    text = "Dx mammo both sides (recall).\nR: oil cyst, BI-RADS 2.\nL - 0; spot compression views next week.\n"
    assert extract_birads(text) == {"L": "0", "R": "2"}
    # a measurement after a side letter is no category
    assert extract_birads("US: R 4 (cm from nipple) oval cyst. BI-RADS 2, right.") == {"L": None, "R": "2"}


def test_a_benign_category_in_its_own_sentence_after_a_sided_benign_finding_assesses_a_bilateral_exam() -> None:
    text = ("SCREENING MAMMOGRAPHY, BILATERAL\nFindings: fatty breasts; a clip in the left breast.\n"
            "Impression: Clip and scar of the left breast, unchanged. Nothing suspicious.\nBI-RADS 2 - Benign.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # a suspicious one goes with the side of its finding; a numbered item keeps its side
    text = ("BILATERAL DIAGNOSTIC MAMMOGRAM\nImpression: Spiculated mass of the left breast. BI-RADS 5.\n")
    assert extract_birads(text) == {"L": "5", "R": None}
    text = ("BILATERAL BREAST ULTRASOUND\nImpression:\n1. Left breast cyst. BI-RADS 2.\n2. Right breast 9:00 mass. "
            "BI-RADS 4B.\n")
    assert extract_birads(text) == {"L": "2", "R": "4B"}


# radiology b13 classes (its remaining errors), each in words of its own
def test_one_dexter_or_sinister_item_after_the_keyword() -> None:
    text = "Sonography of the left gland only.\nConclusion: cyst of the left gland.\nBI-RADS: S - 2.\n"
    assert extract_birads(text) == {"L": "2", "R": None}
    assert extract_birads("Right gland: oval mass, stable. BIRADS-3. Follow-up.") == {"L": None, "R": "3"}


def test_an_addition_to_the_protocol_revises_like_an_addendum() -> None:
    text = ("Conclusion: left gland lesion, BI-RADS 4B on the left. Right: BI-RADS 1.\n\n"
            "ADDITION TO THE PROTOCOL (03.03.2026): old films show it unchanged for 4 years. Left gland: BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}


def test_a_category_heading_before_the_keyword_over_ticked_side_lines() -> None:
    text = "Mamografia: (X) Bilateral\n\nCategoria BI-RADS:\n  mama direita — (X) 2\n  mama esquerda — (X) 5\n"
    assert extract_birads(text) == {"L": "5", "R": "2"}


def test_the_french_college_named_with_de_l_acr() -> None:
    text = "ÉCHOGRAPHIE DU SEIN GAUCHE\nConclusion : kyste simple.\nBI-RADS de l'ACR : 2 (gauche).\n"
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_portuguese_rectification_where_it_reads_one_category_read_another() -> None:
    text = ("Mamografia: (X) Unilateral direita\nClassificação BI-RADS® (mama direita): ( ) 2 ( ) 3 (X) 4 ( ) 5\n\n"
            "RETIFICAÇÃO (02/05/2026): onde se lê 'Categoria 4', leia-se 'Categoria 3'.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_a_portuguese_final_classification_outranks_the_mammograms_own() -> None:
    text = ("MAMOGRAFIA - MAMA ESQUERDA\n  Classificação mamográfica isolada: Categoria 0 (complementar com ultrassom).\n"
            "ULTRASSONOGRAFIA - MAMA ESQUERDA\n  cisto simples.\n\n"
            "CLASSIFICAÇÃO FINAL (MAMOGRAFIA + US) - MAMA ESQUERDA:\n  ( ) 0  ( ) 1  (X) 2  ( ) 3  ( ) 4\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_pipe_table_with_a_column_per_side_and_a_bi_rads_row() -> None:
    text = ("Feature          | Left gland (S)        | Right gland (D)\n"
            "-----------------+-----------------------+----------------\n"
            "Nodes            | normal                | normal\n"
            "Lesions          | 7 mm cyst at 3 h      | none\n"
            "BI-RADS          | 2                     | 1\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    text = text.replace("| 2                     | 1", "| -                     | 1")
    assert extract_birads(text) == {"L": None, "R": "1"}


# radiology b27 / b28 classes, each in words of its own
def test_spanish_side_words_after_the_category_heading_and_md_mi_opening_numbered_items() -> None:
    text = ("ECOGRAFÍA DE MAMAS\nConclusión:\nQuiste simple a la izquierda; nódulo a la derecha.\n"
            "Categoría BI-RADS: mama derecha 4A; mama izquierda 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "4A"}
    text = ("ECOGRAFÍA DE MAMAS (bilateral)\nImpresión:\n1. MI: quiste complicado. BI-RADS 3.\n"
            "2. MD: sin hallazgos. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}


def test_both_breasts_named_with_an_exam_recommended_after_the_category_are_the_exams_sides() -> None:
    text = ("ULTRASOUND OF THE LEFT BREAST\nImpression: Left 3:00 indeterminate area. BI-RADS 0 - needs further "
            "evaluation; we advise MRI of both breasts.\n")
    assert extract_birads(text) == {"L": "0", "R": None}
    text = ("Right breast sonography.\nConclusion: right 7:00 asymmetry, indeterminate.\nBI-RADS 0 - bilateral "
            "diagnostic mammography to complete the work-up.\n")
    assert extract_birads(text) == {"L": None, "R": "0"}
    # the category's own side words still count
    assert extract_birads("Screening mammogram. Impression: BI-RADS 1, both breasts.") == {"L": "1", "R": "1"}


def test_a_preliminary_reading_above_the_final_report_is_replaced_by_it() -> None:
    text = ("TECH WORKSHEET (sonographer)\nL 1:00 oval mass 9 mm, ? solid. Preliminary category: BI-RADS 4B.\n\n"
            "----- RADIOLOGIST FINAL REPORT -----\nLEFT BREAST ULTRASOUND\nImpression: the 1:00 finding is a cluster "
            "of microcysts.\nBI-RADS 2 - Benign.\n")
    assert extract_birads(text) == {"L": "2", "R": None}
    # a side the final report keeps: the preliminary worksheet's lower category is replaced too
    text = ("PRELIMINARY READ (resident): right breast 6:00 oval mass, BI-RADS 3; left breast negative, BI-RADS 1.\n"
            "FINAL REPORT (attending)\nRight breast: the 6:00 mass has an angular margin on review. BI-RADS 4A.\n"
            "Left breast: BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "4A"}
    # without a final report below it, nothing is replaced
    assert extract_birads("Prelim BI-RADS 3. Final report to follow.\nRight breast US.") == {"L": None, "R": "3"}


def test_a_modality_alone_category_stated_as_what_it_would_be_is_outranked_by_the_overall_one() -> None:
    text = ("BILATERAL MAMMOGRAM AND RIGHT BREAST ULTRASOUND\nMammography: a 9 mm focal asymmetry, right breast; taken on "
            "its own the mammogram would have been categorized as BI-RADS 0.\nUltrasound: a simple cyst at 10:00.\n"
            "Overall assessment: BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_bi_rads_equivalents_in_the_plural_head_a_side_letter_list() -> None:
    text = ("SYMPTOMATIC BREAST ULTRASOUND, BOTH SIDES\nConclusion: R U3, L U1.\n"
            "BI-RADS equivalents (audit): R3, L1.\n")
    assert extract_birads(text) == {"L": "1", "R": "3"}
    assert extract_birads("Outcome: U2 bilaterally. BI-RADS equivalents: R 2 / L 2.") == {"L": "2", "R": "2"}


def test_a_dictated_take_back_with_the_new_category_said_without_the_keyword() -> None:
    text = ("Left breast ultrasound, dictated. Impression: irregular mass at 2 o'clock. Birads four B, oh actually no, "
            "make that four C, given the spiculation. Biopsy advised.")
    assert extract_birads(text) == {"L": "4C", "R": None}
    # a bare "scratch that" (speech recognition dropped the "no" before it)
    text = ("ultrasound left breast period impression colon simple cyst period birads three scratch that birads two "
            "comma benign period")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_speech_recognitions_to_too_and_won_after_the_keyword_are_the_numbers_they_sound_like() -> None:
    text = ("bilateral screening mammogram period impression colon benign calcified cysts period birads too comma "
            "benign comma bilateral period")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    text = ("diagnostic mammogram both breasts period impression colon right breast colon negative birads won period "
            "left breast colon spiculated mass birads five period")
    assert extract_birads(text) == {"L": "5", "R": "1"}
    # typed text: "to" is a preposition, never a category
    assert extract_birads("Right breast US. The BI-RADS to, as agreed, follows. BI-RADS 3.") == {"L": None, "R": "3"}


def test_a_german_nachtrag_or_berichtigung_below_the_report_opens_an_addendum() -> None:
    text = ("Mammasonographie rechts\nBeurteilung:\nSimple cyst. BI-RADS 2 rechts.\n\n"
            "Berichtigung vom 04.03.2026: wrong side entered. The study was of the left breast (links); read \"links\" "
            "wherever \"rechts\" is written.\n")
    assert extract_birads(text) == {"L": "2", "R": None}
    text = ("Mammasonographie links\nBefund: oval mass at 3 o'clock.\nBeurteilung: BI-RADS 3 links.\n\n"
            "Nachtrag: outside images of 2022 show the mass unchanged. BI-RADS 2 links.\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_croatian_side_words_and_headings_of_a_translated_report() -> None:
    text = ("NALAZ UZV DOJKI (prijevod)\nAnamneza: ranije u lijevoj dojci BI-RADS 3.\n\n"
            "Nalaz:\nDESNA DOJKA: bez promjena.\nLIJEVA DOJKA: jednostavna cista 9 mm.\n\n"
            "Zaključak:\nLijeva dojka: cista, BI-RADS 2.\nDesna dojka: uredan nalaz, BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    assert extract_birads("Ultrazvuk desne dojke.\nZaključak: suspektna lezija, BI-RADS 4b.") == {"L": None, "R": "4B"}
    assert sides_of("u lijevoj dojci, desno bez promjena") == {"L", "R"}


def test_danish_norwegian_and_finnish_side_words_of_a_translated_report() -> None:
    text = ("Mammografi og ultralyd\nHenvisning: knude i venstre bryst.\n\nKonklusion:\n"
            "Venstre bryst: fibroadenom, BI-RADS 3.\nHøjre bryst: normale forhold, BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    assert extract_birads("Ultralyd høyre mamma.\nKonklusjon: cyste, BI-RADS 2.") == {"L": None, "R": "2"}
    text = ("Rintojen UÄ\nLähete: kyhmy oikeassa rinnassa.\n\nLausunto:\nVasen: BI-RADS 1.\n"
            "Oikea klo 10: kiinteä muutos, BI-RADS 4A.\n")
    assert extract_birads(text) == {"L": "1", "R": "4A"}
    assert extract_birads("Rintojen UÄ.\nLausunto: BI-RADS 3 vas., BI-RADS 1 oik.") == {"L": "3", "R": "1"}
    assert sides_of("muutos vasemmassa rinnassa, oikealla ei löydöksiä") == {"L", "R"}


def test_nordic_history_headings_hold_earlier_categories() -> None:
    text = ("Rintojen UÄ\nEsitiedot: 2024 oikea rinta, BI-RADS 4A, biopsia hyvänlaatuinen.\n\n"
            "Lausunto: Oikea: fibroadenooma, BI-RADS 2. Vasen: BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}
    text = ("Aiemmat tutkimukset (earlier imaging):\n  - 2023: vasen klo 3, BI-RADS 3.\n\nLausunto: BI-RADS: oikea 1, vasen 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    text = ("Henvisningsårsag: tidligere BI-RADS 3 i venstre bryst.\n\nKonklusion: Venstre bryst: uændret, BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_final_per_side_block_heading_that_names_the_correlation_it_follows() -> None:
    text = ("Breast MRI.\nFinding 1: right 10:00 mass, MRI category 4A.\n\n"
            "Final per-side BI-RADS after second-look ultrasound:\n  Right: 3 (correlates with a cyst cluster)\n"
            "  Left:  1\n")
    assert extract_birads(text) == {"L": "1", "R": "3"}
    text = ("MRI with ultrasound correlation.\nLesion A  Left, 2:00, MRI-only category: 3\n\n"
            "FINAL BI-RADS BY SIDE (consultant, after targeted ultrasound; this overrides the MRI-only category)\n"
            "  LEFT: 4A - biopsy advised.\n  RIGHT: 2 - benign.\n")
    assert extract_birads(text) == {"L": "4A", "R": "2"}


def test_side_lines_under_a_bare_overall_heading_with_its_own_category() -> None:
    text = ("Diagnostic mammogram, both sides.\nLeft: possible distortion at 2 o'clock.\n\n"
            "FINAL: BI-RADS 0 - needs more imaging.\n  Left: 0 (tomosynthesis spot views)\n  Right: 1\n")
    assert extract_birads(text) == {"L": "0", "R": "1"}


def test_a_per_side_final_line_whose_items_repeat_the_keyword() -> None:
    text = ("Whole-breast ultrasound.\nFindings:\n  #1  RIGHT 7:00, irregular mass.\n  Left breast: no lesion.\n\n"
            "Lesion #1: BI-RADS 4B.\n\nFINAL (by side):   L: BI-RADS 1     R: BI-RADS 4B\n")
    assert extract_birads(text) == {"L": "1", "R": "4B"}


def test_a_side_word_after_a_category_is_its_own_not_the_next_categorys_in_the_clause() -> None:
    text = "Bilateral breast ultrasound.\nImpression: cysts on both sides.\nBI-RADS 2 left, BI-RADS 3 right."
    assert extract_birads(text) == {"L": "2", "R": "3"}
    assert extract_birads("Conclusion: BI-RADS 4A right breast and BI-RADS 1 left breast.") == {"L": "1", "R": "4A"}


def test_an_addendum_above_the_original_report_with_a_rule_line_between_them_still_revises_it() -> None:
    text = ("ADDENDUM 02/02/2026: second-look ultrasound shows a simple cyst at the right 10:00 site; the right breast "
            "assessment is revised to BI-RADS 2.\nEND OF ADDENDUM\n\n==========================================\n"
            "ORIGINAL REPORT:\nExam: Bilateral diagnostic mammogram.\nImpression:\nRight breast: focal asymmetry. "
            "BI-RADS 0.\nLeft breast: negative. BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}


def test_a_printout_rows_description_cell_names_the_exams_sides() -> None:
    text = (" RIS PRINTOUT - FINAL\n Date        Accession    Code      Procedure\n"
            " 03/02/2026  AC2603020011  MG0113    MAM SCREEN BILAT W TOMO (77067)\n"
            " FINDINGS: Scattered densities. Stable benign calcification in the left breast.\n"
            " IMPRESSION: BI-RADS 2 - Benign. Annual screening.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # a one-sided exam's row: its side, not the sides the findings name
    text = (" Date        Accession    Procedure\n 03/02/2026  AC26030200  US BREAST RT LTD (76642)\n"
            " FINDINGS: 10:00 oval parallel mass, 6 mm, at the palpable site.\n"
            " IMPRESSION: Probable fibroadenoma. BI-RADS 3.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_a_second_read_record_reads_its_own_final_not_the_outside_or_trainee_reading() -> None:
    text = ("SECOND OPINION - OUTSIDE BREAST MRI\nExternal report (as received): \"Left breast 2:00 enhancing focus, "
            "BI-RADS 4B.\"\n\nOur review: the focus is a stable intramammary node.\n"
            "Final assessment: Left breast BI-RADS 2 - benign.\n")
    assert extract_birads(text) == {"L": "2", "R": None}
    text = ("OVER-READ OF TRAINEE CASE\nExam: US BREAST RIGHT LTD\nPreliminary read (resident, Dr. A. Novak): "
            "\"Right 11:00 simple cyst. BI-RADS 2.\"\n\nConsultant review:\nThe lesion has a mural nodule.\n"
            "FINAL (consultant): R 4A - low suspicion; biopsy advised.\n")
    assert extract_birads(text) == {"L": None, "R": "4A"}


def test_a_side_list_goes_on_past_an_aside_after_the_first_categorys_name() -> None:
    text = ("Final BI-RADS: Right 4B - moderate suspicion (core biopsy booked for next week with the surgeon). "
            "Left 1 - negative.")
    assert extract_birads(text) == {"L": "1", "R": "4B"}


def test_category_names_then_sides_on_lines_of_their_own_under_an_assessment_heading() -> None:
    text = ("Bilateral breast ultrasound.\nFindings: 4 mm cyst at the right 2:00; left breast unremarkable.\n"
            "IMPRESSION:\n- Benign, right breast.\n- Negative, left breast.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}


def test_a_category_name_alone_after_an_impression_heading_is_the_exams() -> None:
    text = ("US RIGHT BREAST TARGETED\nFindings: right 7:00 irregular mass, 14 mm, angular margins.\n"
            "Conclusion: Suspicious.\nCore biopsy advised.\n")
    assert extract_birads(text) == {"L": None, "R": "4"}
    # a UK report's conclusion glosses its U score: no BI-RADS category
    text = "Bilateral breast ultrasound.\nSimple cysts both sides. U2.\nSummary: Benign.\n"
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_category_an_earlier_exam_was_read_as_is_a_prior_one() -> None:
    text = ("MAMMO DIAGNOSTIC RIGHT\nMessage from your care team: your mammogram in March was read as BI-RADS 4A, and "
            "the biopsy showed a benign fibroadenoma.\nIMPRESSION: Post-biopsy clip in the right breast. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_a_side_lines_finding_summed_up_by_a_category_name_after_a_comma() -> None:
    text = ("Bilateral breast ultrasound.\nConclusion:\nLeft breast: 7 mm oval circumscribed nodule at 4 o'clock, "
            "probably benign (likely fibroadenoma).\nRight breast: 3.5 mm simple cyst, benign. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "3", "R": "2"}
    # a descriptive word is no category: "benign-appearing" names the finding
    text = "Left breast ultrasound.\nImpression:\nLeft breast: small node, benign-appearing.\n"
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_modality_only_or_provisional_category_gives_way_to_the_final_assessment() -> None:
    text = ("Contrast mammogram and targeted ultrasound, left.\nRecombined: left 2:00 enhancing 8 mm mass.\n"
            "CEM-only assessment: left BI-RADS 4B; right BI-RADS 1.\nUS left 2:00: oval parallel mass, fibroadenoma.\n"
            "Final combined assessment:\nLeft breast: BI-RADS 3.\nRight breast: BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    text = ("Breast MRI.\nRight 6:00 9 mm mass.\n  MRI-only assessment: BI-RADS 4A.\nSecond-look US: simple cyst.\n"
            "FINAL ASSESSMENT:\n  RIGHT BREAST: BI-RADS 2\n  LEFT BREAST: BI-RADS 1\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}
    text = ("Automated whole breast ultrasound.\n\nLESIONS\n No  Side  Size   Note             Provisional\n"
            " 1   L     6 mm   indeterminate    BI-RADS 4A\n\nHandheld second look: lesion 1 is a cyst.\n\n"
            "FINAL ASSESSMENT\n RIGHT BREAST: BI-RADS 1\n LEFT BREAST: BI-RADS 2\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # without a final assessment the provisional column is the report's category
    text = ("Automated left breast ultrasound.\n\nLESIONS\n No  Site       Size   Note             Provisional\n"
            " 1   left 2:00  6 mm   indeterminate    BI-RADS 4A\n")
    assert extract_birads(text) == {"L": "4A", "R": None}


def test_side_lines_naming_a_category_under_a_final_combined_assessment_heading() -> None:
    text = ("Contrast mammogram with targeted US, right.\nRecombined: right 9:00 faint 4 mm focus.\n"
            "US right 9:00: no correlate.\n\nFinal combined assessment:\nLeft breast: Negative.\n"
            "Right breast: Probably benign. Follow-up in 6 months.\n")
    assert extract_birads(text) == {"L": "1", "R": "3"}
    # a side line in the findings, under no assessment heading, gives no category
    text = "Contrast mammogram.\nCombined findings:\nLeft breast: Negative.\nRight breast: cyst.\n"
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_correction_naming_an_impression_item_revises_only_that_items_side() -> None:
    text = ("Bilateral diagnostic mammogram.\nIMPRESSION:\n1. Right breast negative: BI-RADS 1.\n"
            "2. Left breast 6:00 clustered amorphous calcifications: BI-RADS 4A.\n\n"
            "AMENDED REPORT 03/04/2026\nAmendment to item 2: on review of the magnification views the category "
            "should read 4B. Item 1 stands.\n")
    assert extract_birads(text) == {"L": "4B", "R": "1"}
    # a correction that names no item revises the exam's category
    text = ("Left breast ultrasound.\nIMPRESSION:\n1. Left 6:00 mass: BI-RADS 4A.\n\n"
            "AMENDED REPORT\nOn review the category should read 4B.\n")
    assert extract_birads(text) == {"L": "4B", "R": None}


def test_previously_describing_what_a_finding_was_does_not_date_todays_category() -> None:
    text = ("left breast ultrasound, follow up. findings, left four o'clock cyst now simple, six millimeters. "
            "impression, the previously complicated left cyst is now simple, birads two.")
    assert extract_birads(text) == {"L": "2", "R": None}
    # "previously" with a reading verb dates the category it names
    text = ("left breast ultrasound, follow up. impression, simple cyst, the lesion was previously assessed as "
            "birads three. now benign.")
    assert extract_birads(text) == {"L": None, "R": None}


def test_side_lines_whose_categories_are_a_templates_bracketed_fields() -> None:
    text = ("EXAM: DIAGNOSTIC MAMMOGRAM BILATERAL\nFINDINGS: [Stable benign calcifications, left.]\n\n"
            "BI-RADS ASSESSMENT:\n  Left: [2 - Benign]\n  Right: [1 - Negative]\n  Overall: [2 - Benign]\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # a field left unfilled gives its side nothing
    text = "EXAM: MAMMOGRAM BILATERAL\n\nBI-RADS ASSESSMENT:\n  Left: [***]\n  Right: [1 - Negative]\n"
    assert extract_birads(text) == {"L": None, "R": "1"}


def test_an_unpunctuated_dictated_take_back_with_excuse_me() -> None:
    text = ("this is doctor ames dictating a right breast ultrasound impression irregular mass right breast ten "
            "o'clock birads four b no excuse me birads four c core biopsy recommended end of dictation")
    assert extract_birads(text) == {"L": None, "R": "4C"}
    # a category followed by other speech stands
    text = ("this is doctor ames dictating a right breast ultrasound impression irregular mass right breast ten "
            "o'clock birads four b core biopsy recommended excuse me end of dictation")
    assert extract_birads(text) == {"L": None, "R": "4B"}


def test_a_category_name_then_side_line_followed_by_its_recommendation() -> None:
    text = ("Bilateral diagnostic mammogram.\nFindings: right 10:00 oval circumscribed mass, 7 mm.\n\nASSESSMENT:\n"
            "Benign, left breast.\nProbably benign, right breast. Right diagnostic mammogram in 6 months.\n")
    assert extract_birads(text) == {"L": "2", "R": "3"}
    # a name and side inside a findings sentence is no assessment line
    text = "Bilateral diagnostic mammogram.\nFINDINGS:\nBenign calcifications, right breast. Nothing else.\n"
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_side_list_goes_on_past_a_recommendation_sentence_after_the_first_category() -> None:
    text = ("Bilateral contrast mammogram.\nImpression: enhancing right 6:00 focus.\nBI-RADS: Right 4B - core biopsy, "
            "US-guided if a correlate is found, otherwise CEM-guided, recommended. Left 2 - Benign.\n")
    assert extract_birads(text) == {"L": "2", "R": "4B"}
    # a number after the next sentence's side word that is no category (a size) is not read
    text = ("Right breast contrast mammogram.\nBI-RADS: Right 4B - core biopsy, US-guided, recommended. "
            "Left 3 mm benign node also seen.\n")
    assert extract_birads(text) == {"L": None, "R": "4B"}


def test_a_terse_note_opening_with_a_side_letter_and_an_abbreviated_breast() -> None:
    assert extract_birads("L bst US 3:00: 4mm cyst, simple. BIRADS 2. Routine.") == {"L": "2", "R": None}
    assert extract_birads("Rt brst MG: stable scar. BIRADS 2.") == {"L": None, "R": "2"}
    # a note opening with no side names both breasts' exam
    assert extract_birads("Bst US f/u: stable cysts. BIRADS 2.") == {"L": "2", "R": "2"}


def test_a_spoken_excuse_me_takes_back_the_category_before_it_in_an_unpunctuated_transcript() -> None:
    text = ("right breast ultrasound findings oval solid mass at nine o'clock impression probably benign mass birads "
            "three no excuse me birads four a recommend biopsy")
    assert extract_birads(text) == {"L": None, "R": "4A"}
    # "excuse" that takes nothing back
    text = "Right breast ultrasound. Impression: probably benign mass. BI-RADS 3. Excuse letter for work given."
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_a_homophone_confirmed_by_its_categorys_name_or_said_mid_clause_in_a_transcript() -> None:
    # typed text: "too" followed by the name of category 2 is the number 2
    text = "Dictated report. Bilateral mammogram. Impression: stable cysts. Birads category too, benign, both sides."
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # ... but not when the name that follows is another category's
    assert extract_birads("Left breast US. The BI-RADS to, suspicious or not, is pending.") == {"L": None, "R": None}
    # an unpunctuated transcript: "won" mid-clause after the keyword is the number 1
    text = ("diagnostic mammogram of both breasts date of exam may first no comparison available the breasts are almost "
            "entirely fatty there is no mass no distortion and no suspicious calcification impression normal study "
            "birads won return to yearly screening")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_a_spoken_homophone_followed_directly_by_the_benign_category_name() -> None:
    text = ("bilateral breast ultrasound for lumps in both breasts impression item one left breast two o'clock "
            "oil cyst birads to benign routine follow up item two right breast ten o'clock solid mass birads four b "
            "ultrasound guided biopsy arranged")
    assert extract_birads(text) == {"L": "2", "R": "4B"}
    # typed text: a homophone before a name without a pause is no number
    text = "Left breast ultrasound. Impression: oil cyst. Copy of the BI-RADS to benign-lesion clinic."
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_revision_stated_without_is_or_after_equivalent() -> None:
    text = ("US RIGHT BREAST. Solid-appearing nodule 9 o'clock. U4, BI-RADS equivalent 4B.\n"
            "ADDENDUM: aspirated today, a cyst. BI-RADS equivalent downgraded to 2.")
    assert extract_birads(text) == {"L": None, "R": "2"}
    text = "Left breast ultrasound. Impression: complicated cyst, BIRADS 3.\nAddendum: BIRADS changed to 2 after aspiration."
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_side_word_right_after_a_category_is_its_side_over_one_before_it() -> None:
    text = ("Bilateral mammogram.\nImpression: we read the right breast as benign and the left as negative: "
            "BI-RADS 2 right, BI-RADS 1 left.")
    assert extract_birads(text) == {"L": "1", "R": "2"}
    # a side word before the category and none after it: unchanged
    text = "Bilateral mammogram.\nImpression: Right breast, fat necrosis, BI-RADS 2. Left breast negative, BI-RADS 1."
    assert extract_birads(text) == {"L": "1", "R": "2"}


def test_a_category_followed_by_both_sides_joined_by_and_is_both_breasts() -> None:
    text = "Bilateral mammogram.\nConclusion: scattered benign calcifications. BI-RADS 2 right and left."
    assert extract_birads(text) == {"L": "2", "R": "2"}
    text = "Mammografi bilateralt.\nBedömning: inga tecken på malignitet. BI-RADS 1 höger och vänster."
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # each side with its own category: no pair
    text = "Bilateral mammogram.\nConclusion: BI-RADS 3 right and BI-RADS 1 left."
    assert extract_birads(text) == {"L": "1", "R": "3"}


def test_a_supplementary_report_below_a_translated_report_revises_it() -> None:
    text = ("Ultraljud höger bröst [ultrasound right breast]\nFynd: 8 mm oval nodule at kl 10.\nBedömning: BI-RADS 3.\n\n"
            "Kompletterande svar [Supplementary report] 2026-05-04: older images show it unchanged for four years. "
            "BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}
    text = ("Ultraljud höger bröst\nBedömning: BI-RADS 4A.\n\nKomplettering 2026-05-04: efter biopsi, BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}
    # supplementary views are no supplementary report: the most suspicious category stands
    text = "Right breast ultrasound.\nImpression: oval mass, BI-RADS 3.\nSupplementary views: cyst nearby, BI-RADS 2.\n"
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_a_laterality_correction_above_the_report_it_corrects_names_the_side_it_was_of() -> None:
    text = ("* Addendum *\nAddendum 03/03/2026: Corrected laterality: the exam described below was of the LEFT breast. "
            "No change to the category.\n* Final Report *\nUS BREAST RIGHT LIMITED - 03/02/2026\n"
            "Findings: 11:00 simple cyst, 6 mm.\nImpression: Benign. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": None}
    # an addendum that corrects no side leaves the report's side
    text = ("* Addendum *\nAddendum 03/03/2026: the cyst described below measures 7 mm, not 6 mm.\n* Final Report *\n"
            "US BREAST RIGHT LIMITED - 03/02/2026\nFindings: 11:00 simple cyst.\nImpression: Benign. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_a_laterality_correction_naming_the_page_of_the_exam_it_corrects() -> None:
    text = ("EXAM: US BREAST RIGHT LIMITED\nFindings: 2 o'clock oval mass, 7 mm.\nImpression: BI-RADS 3.\n"
            "--- page 2 ---\nAMENDMENT: the exam reported on page 1 was of the LEFT breast; the right was not imaged.\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    # an amendment on another page that names no side of the exam leaves the report's side
    text = ("EXAM: US BREAST RIGHT LIMITED\nFindings: 2 o'clock oval mass, 7 mm.\nImpression: BI-RADS 3.\n"
            "--- page 2 ---\nAMENDMENT: the mass reported on page 1 measures 8 mm.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_a_per_side_line_with_side_words_and_asides_under_an_overall_assessment() -> None:
    text = ("Bilateral diagnostic mammogram.\nFindings: right breast stable oil cyst; left breast new irregular mass.\n"
            "OVERALL ASSESSMENT: BI-RADS 4C - High suspicion.\n"
            "Per side: Right 2 (oil cyst). Left 4C (irregular mass at 10:00).\n")
    assert extract_birads(text) == {"L": "4C", "R": "2"}
    # clock hours after the side words are no categories
    text = ("Bilateral diagnostic mammogram.\nAssessment: Right 2 o'clock cyst and left 3 o'clock node.\n"
            "OVERALL ASSESSMENT: BI-RADS 2 - Benign.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_a_per_side_line_whose_asides_give_the_finding_and_the_plan() -> None:
    text = ("Bilateral breast MRI.\nOVERALL ASSESSMENT: BI-RADS 4B - Moderate suspicion.\n"
            "Per side: Left 4B (2:00 clumped non-mass enhancement, 18 mm; MRI-guided vacuum biopsy advised). "
            "Right 2 (stable intramammary lymph node at 9:00; annual screening MRI).\n")
    assert extract_birads(text) == {"L": "4B", "R": "2"}
    # a side word and a number in prose are no per-side line
    text = "Bilateral breast MRI.\nOVERALL ASSESSMENT: BI-RADS 2 - Benign.\nPer side: left 2 cysts, right normal.\n"
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_a_keyword_block_with_a_side_per_column_and_the_categories_below() -> None:
    head = "DIAGNOSTIC MAMMOGRAM BILATERAL\nBI-RADS CATEGORY\nLeft Breast              Right Breast\n"
    row = "4B - Suspicious          2 - Benign\nRECOMMENDATION: Stereotactic biopsy, left.\n"
    assert extract_birads(head + row) == {"L": "4B", "R": "2"}
    # numbers that do not sit under the side columns (a measurement line) are no categories
    assert extract_birads(head + "        measured 3 mm and 2 mm\nImpression: BI-RADS 2 both breasts.\n") == {"L": "2", "R": "2"}


def test_a_letter_quoting_todays_exam_as_reported_reads_its_category() -> None:
    text = ("Dear Dr Lowe,\n\nThank you for seeing Ms Park about a lump in the left breast.\n\n"
            "Left breast ultrasound today: 12 mm oval circumscribed solid mass at 2 o'clock, likely a fibroadenoma. "
            "Reported as probably benign, BI-RADS 3. We will rescan her in six months.\n\nKind regards,\nDr A. Shah\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    # an earlier exam named after today's: its report is a prior one
    text = ("Dear Dr Lowe,\n\nLeft breast ultrasound today: the cyst has resolved. Her previous scan in the spring: "
            "reported as probably benign, BI-RADS 3.\n\nKind regards,\nDr A. Shah\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_known_diagnosis_heading_holds_the_pre_treatment_category() -> None:
    text = ("Right breast ultrasound - response to chemotherapy\nKnown: right breast carcinoma at 10:00, biopsied in "
            "May (BI-RADS 5 before treatment).\n\nTarget lesion: 21 mm, was 30 mm.\n"
            "Assessment: Known biopsy-proven malignancy, responding. BI-RADS 6.\n")
    assert extract_birads(text) == {"L": None, "R": "6"}
    # "known" in running text opens no history
    text = "Right breast ultrasound.\nImpression: known cyst unchanged; new solid mass at 10:00, BI-RADS 4B.\n"
    assert extract_birads(text) == {"L": None, "R": "4B"}


def test_an_english_side_with_its_original_word_in_parentheses_takes_the_category_after_it() -> None:
    text = ("Ecografía mamaria bilateral.\nConclusion [Conclusión]: fibroadenoma on the left.\n"
            "BI-RADS category [Categoría BI-RADS]: right (derecha) 2 / left (izquierda) 3\n")
    assert extract_birads(text) == {"L": "3", "R": "2"}
    text = "Impression: suspicious cluster.\nBI-RADS: left (baloldal) 4C\n"
    assert extract_birads(text) == {"L": "4C", "R": None}


def test_a_supplementary_report_heading_with_its_original_words_in_brackets_revises_the_report() -> None:
    text = ("Conclusion [Zaključak]: solid nodule right breast.\nBI-RADS: right 4A, left 1.\n\n"
            "SUPPLEMENTARY OPINION [DOPUNSKO MIŠLJENJE PO USPOREDBI] - 02/03/2027:\n"
            "Older outside images show the right nodule unchanged; category now BI-RADS 3 for the right breast.\n")
    assert extract_birads(text) == {"L": "1", "R": "3"}
    # without the heading's colon it is a remark in the report: the most suspicious category stands
    text = text.replace(" - 02/03/2027:\n", " - 02/03/2027\n")
    assert extract_birads(text)["R"] == "4A"


def test_a_rule_of_dashes_above_an_assessment_heading_is_no_wrapped_prose() -> None:
    rule = "=" * 72
    text = (f"Findings: 4 mm oval cyst, left 10:00.\n{rule}\nASSESSMENT\n  Right Breast: 1 - Negative\n"
            f"  Left Breast:  2 - Benign\n{rule}\nFOLLOW-UP: annual screening\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # a long upper-case sentence that stops mid-line still goes on over its wrap
    text = ("IMPRESSION\nTHE PALPABLE AREA IN THE RIGHT BREAST CORRESPONDS TO A SIMPLE CYST WITH NO\n"
            "SOLID COMPONENT. BI-RADS 2.\n")
    assert extract_birads(text)["R"] == "2"


def test_a_breast_imaging_history_heading_is_history() -> None:
    text = ("Reason for referral: lump in the left breast.\n"
            "Breast imaging history: a screen needing more views (BI-RADS 0), workup normal.\n"
            "Current result:\n  US LEFT BREAST: simple cyst at 2:00. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": None}
    # the current result below it is no history: its category is read
    text = text.replace("BI-RADS 2.", "BI-RADS 4A.")
    assert extract_birads(text) == {"L": "4A", "R": None}


def test_the_lexicon_name_of_category_zero_in_full_is_incomplete() -> None:
    text = ("Impression:\nBenign, right breast.\nIncomplete: Need Additional Imaging Evaluation, left breast.\n"
            "Plan: spot compression views on the left.\n")
    assert extract_birads(text) == {"L": "0", "R": "2"}
    text = "ASSESSMENT (right breast): Incomplete - needs additional imaging evaluation.\n"
    assert extract_birads(text) == {"L": None, "R": "0"}


def test_a_terse_category_followed_by_a_side_letter_is_that_sides() -> None:
    text = "BILAT US 01/02/27\nL 2:00 simple cyst 5 mm.\nR clear.\nCat 2 L. Cat 1 R. Routine.\n"
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # a letter that opens a word is no side ("Rx"): no category is read from it
    text = "US LEFT BREAST 01/02/27\nL 2:00 simple cyst 5 mm.\nCat 2 Rx reviewed.\n"
    assert extract_birads(text) == {"L": None, "R": None}


def test_an_erratum_revises_like_an_addendum_and_can_correct_the_side() -> None:
    text = ("ULTRASOUND RIGHT BREAST\nCONCLUSION: Complicated cyst. BI-RADS 3.\n\n"
            "ERRATUM (02/02/2026):\nThe examination was performed on the LEFT breast. The right breast was not examined.\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    text = ("ULTRASOUND BOTH BREASTS\nCONCLUSION: Right cyst, BI-RADS 2. Left: BI-RADS 1.\n\n"
            "ERATA [ERRATUM] - 02/02/2026:\nOn review the right finding is a probably benign solid nodule, BI-RADS 3.\n")
    assert extract_birads(text) == {"L": "1", "R": "3"}
    # "errata" in running text opens nothing
    text = "CONCLUSION: Right cyst, BI-RADS 2; left BI-RADS 1. Errata in the prior report were noted, BI-RADS 3 was a typo."
    assert extract_birads(text)["L"] == "1"


def test_a_programme_forms_final_outcome_after_work_up_replaces_its_screening_result() -> None:
    text = ("COUNTY SCREENING PROGRAMME - RESULTS SHEET\n"
            "PART 2 - SCREENING RESULT\n  Right:  (X) 1  ( ) 2\n  Left:   (X) 0  ( ) 1\n"
            "PART 3 - WORK-UP: left spot views and ultrasound, 6 mm simple cyst.\n"
            "PART 4 - Final outcome (after diagnostic work-up)\n  R: 1     L: 2\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    text = ("B. SCREENING RESULT\n  Right:  (X) 0\n  Left:   (X) 1\n"
            "C. FINAL IMAGING RESULT\n  R: BI-RADS 4A    L: BI-RADS 1\n")
    assert extract_birads(text) == {"L": "1", "R": "4A"}
    # a final outcome still pending gives no category: the screening result stands
    text = "B. SCREENING RESULT\n  Right:  (X) 0  ( ) 1\n  Left:   ( ) 0  (X) 1\nC. FINAL IMAGING OUTCOME\n  pending work-up\n"
    assert extract_birads(text) == {"L": "1", "R": "0"}


def test_a_lower_case_transcript_under_a_typed_header_line_is_dictation() -> None:
    body = ("left and right screening mammogram, march third. comparison, prior films from last spring. findings, the "
            "breasts are heterogeneously dense. no suspicious mass or calcification in the right breast. impression, "
            "right breast benign scattered calcifications birads to. left breast negative birads won. end dictation.")
    assert extract_birads("Voice transcript - Lakeside Imaging, Dr. Ormond (typed punctuation)\n" + body) == {
        "L": "1", "R": "2"}
    # a typed report's long line with its capitals is no transcript: "won" is no category there
    typed = ("IMPRESSION: Right breast benign scattered calcifications, BI-RADS 2. The left breast, which she said "
             "she had won a screening prize for attending, is Negative and needs no further Imaging at this Time "
             "for the Patient, as Discussed with Her Physician at the Clinic today.")
    assert extract_birads("Typed report\n" + typed)["R"] == "2"


def test_a_printouts_result_block_pads_coded_keys_with_dots_and_no_colon() -> None:
    text = ("REPORT\nFINDINGS: Right 2:00 irregular mass. Left unremarkable.\n\nRESULT SUMMARY\n"
            "  ASSESSMENT_RT ...... 4C - High suspicion\n  ASSESSMENT_LT ...... 1 - Negative\n"
            "  FOLLOW UP .......... Core biopsy right\n")
    assert extract_birads(text) == {"L": "1", "R": "4C"}
    # a blank side key assesses nothing; the overall one goes to the sides the exam covers
    text = "US BREAST LEFT LIMITED\nRESULT SUMMARY\n  BIRADS_LT ......\n  BIRADS_OVERALL ...... 2 - Benign\n"
    assert extract_birads(text) == {"L": "2", "R": None}
    # an ellipsis in prose is no leader: the sentence reads as written
    assert extract_birads("Right breast ... hard to say. BI-RADS 0 on the right.") == {"L": None, "R": "0"}


def test_a_star_framed_end_of_addendum_over_the_original_report_banner() -> None:
    text = ("*** ADDENDUM ***\nPrior films received: the right breast mass is stable over three years. "
            "Right breast revised to BI-RADS 2.\n*** END OF ADDENDUM ***\n==========\n"
            "*** ORIGINAL REPORT ***   Signed 04/04/2026\nRight breast: new oval mass. BI-RADS 0.\n"
            "Left breast: BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}
    # an addendum with no original report below it is read in place
    assert extract_birads(text.replace("ORIGINAL REPORT", "FOLLOW-UP NOTE"))["R"] == "0"


def test_a_translations_side_glossed_in_square_brackets_in_a_category_line() -> None:
    assert extract_birads("Slēdziens [Conclusion]:\nBI-RADS: labā [right] 3; kreisā [left] 1.") == {"L": "1", "R": "3"}
    # an abbreviated first-language side, and Roman categories
    assert extract_birads("Slēdziens:\nBI-RADS: lab. [right] 4B, kr. [left] 2.") == {"L": "2", "R": "4B"}
    assert extract_birads("Slēdziens:\nBI-RADS: labā [right] III, kreisā [left] I.") == {"L": "1", "R": "3"}


def test_a_translations_modality_category_and_numbered_side_headings_glossed_in_brackets() -> None:
    text = ("Mamogrāfijas kategorija [Mammographic category]: BI-RADS 0 - ultrasound advised.\n\n"
            "Kopējais slēdziens (MG + US) [Combined conclusion (MG + ultrasound)]:\n"
            "1. Labā krūts [Right breast]: cyst - BI-RADS 2.\n2. Kreisā krūts [Left breast]: nothing focal - BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}


def test_a_terse_side_line_whose_category_is_followed_by_a_dash_and_its_remark() -> None:
    text = "DX MAMMO BILAT 03/02/2026\nL: 4A - new amorphous calcs UOQ. Stereo bx.\nR: 2 - stable fat necrosis.\n"
    assert extract_birads(text) == {"L": "4A", "R": "2"}
    # a range of sizes is no category
    assert extract_birads("US BILAT\nR: 3 - 5 mm cysts.\nL: 1 - neg.\n") == {"L": "1", "R": None}


def test_a_capitals_title_opened_by_the_exams_purpose_names_its_sides() -> None:
    text = ("Northfield Imaging\nDIAGNOSTIC MAMMOGRAM, BILATERAL\n\nFINDINGS:\nThe left breast scar is stable.\n\n"
            "IMPRESSION:\nBenign.\nBI-RADS 2: Benign.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # without the purpose word nor a side in the title, the side named in the findings is the exam's
    assert extract_birads(text.replace("DIAGNOSTIC MAMMOGRAM, BILATERAL", "Report")) == {"L": "2", "R": None}


def test_a_title_line_in_capitals_may_name_the_exams_purpose_before_its_modality() -> None:
    text = ("Northgate Women's Imaging\nDIAGNOSTIC MAMMOGRAPHY BILATERAL WITH TOMO\nFindings: Scattered fibroglandular "
            "tissue. An oil cyst in the left lower inner quadrant is stable.\nImpression: Benign, BI-RADS 2.")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    text = "Northgate Women's Imaging\nSCREENING US, RIGHT BREAST\nNo mass is seen. The left side was not scanned.\nBI-RADS 1."
    assert extract_birads(text) == {"L": None, "R": "1"}
    # a title naming no side leaves the exam's sides to the findings
    text = "Northgate Women's Imaging\nSCREENING MAMMOGRAM\nFindings: an oil cyst in the left breast is stable.\nBI-RADS 2."
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_category_dated_to_a_month_and_year_is_a_prior_one() -> None:
    # the date after the category, in its aside
    text = ("US RIGHT BREAST\nRight 2:00 complicated cyst, smaller (BI-RADS 3 in 11/2023 baseline study).\n"
            "Impression: resolving cyst, BI-RADS 2.")
    assert extract_birads(text) == {"L": None, "R": "2"}
    # ... or before it
    text = "US LEFT BREAST\nOn 6/2025 the left 5:00 mass was BI-RADS 3; it is unchanged at two years. BI-RADS 2."
    assert extract_birads(text) == {"L": "2", "R": None}
    # a full date may be this exam's own: it dates nothing
    text = "US LEFT BREAST performed on 03/16/2026: irregular mass at 5:00, BI-RADS 4A."
    assert extract_birads(text) == {"L": "4A", "R": None}


def test_a_history_line_ends_where_the_findings_open_on_the_next_line() -> None:
    text = "MAMMOGRAM LEFT BREAST\nComparison: 05/2025.\nThe breast is fatty. A 3:00 oil cyst is unchanged, BI-RADS 2."
    assert extract_birads(text) == {"L": "2", "R": None}
    text = "US LEFT BREAST\nClinical: lump.\nThere is a 6 mm simple cyst at 3:00, BI-RADS 2."
    assert extract_birads(text) == {"L": "2", "R": None}
    # a history going on over its next line with no findings opener stays history
    text = "US LEFT BREAST\nIndication: lump.\nSent with a BI-RADS 4 reading.\nImpression: simple cyst, BI-RADS 2."
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_line_opened_by_a_side_letter_and_its_uk_score_gives_its_side_to_the_category_on_it() -> None:
    text = ("Breast ultrasound, both sides.\nSummary:\nR U1 (normal).\n"
            "L U4 - irregular hypoechoic mass, biopsy today. BI-RADS equivalent 4B.\n")
    assert extract_birads(text) == {"L": "4B", "R": None}
    # another side's score between them: the line's first letter no longer names the category's side
    text = "Breast ultrasound, both sides.\nSummary:\nR U2, L U2. BI-RADS equivalent 2.\n"
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_a_numbered_history_item_with_a_dashed_subtitle_holds_earlier_categories() -> None:
    text = ("Medical examiner's report\n2. Reason for this report: routine.\n\n"
            "3. Imaging history - prior examinations (with dates):\n   2023: right breast cyst aspirated, BI-RADS 4A then.\n\n"
            "4. Current result, quoted: \"Right breast ultrasound: no residual cyst. BI-RADS 1.\"\n")
    assert extract_birads(text) == {"L": None, "R": "1"}
    # a numbered item that is no history heading reads as before
    text = ("Medical examiner's report\n3. Ultrasound findings:\n   right breast 8 mm oval mass, BI-RADS 3.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_an_exam_named_bilateral_after_its_modality_covers_both_breasts() -> None:
    text = ("Physician statement\nLatest imaging: Screening mammogram bilateral, 2026-02-02, quoted:\n"
            "\"The left breast calcifications are stable and benign. BI-RADS 2.\"\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # a bilateral exam only recommended covers no side
    text = ("Physician statement\nLatest imaging: left breast ultrasound, quoted:\n"
            "\"The left breast cyst is simple. BI-RADS 2. Bilateral mammography in one year.\"\n")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_name_initial_ends_no_sentence_between_today_and_reported_as() -> None:
    text = ("Specialist letter\nRight breast ultrasound at our clinic today, read by Dr K. Obi: the 10 o'clock cyst "
            "is simple and smaller. No solid lesion. Reported as benign, BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}
    # an earlier exam named after today's still dates the report
    text = ("Specialist letter\nRight breast ultrasound at our clinic today, read by Dr K. Obi: the cyst has gone. "
            "Her previous scan was reported as benign, BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_numbered_form_item_in_capitals_ends_the_history_item_above_it() -> None:
    text = ("TUMOUR BOARD LISTING\n"
            "2. PRIOR IMAGING: right breast 11 o'clock lesion, BI-RADS 3 on the first scan.\n"
            "3. IMAGING THIS VISIT (as issued): the lesion has enlarged; now BI-RADS 4C. Left breast not scanned today.\n"
            "4. HISTOLOGY: pending.\n")
    # the category of this visit's item is the exam's; the side named as not imaged is none of its sides
    assert extract_birads(text) == {"L": None, "R": "4C"}
    # near miss: a numbered line in sentence case under the history item goes on with it
    text = ("2. PREVIOUS IMAGING: right breast ultrasound, BI-RADS 3.\n3. Palpable area: right breast,\n"
            "unchanged on examination.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_side_word_right_after_each_category_is_that_categorys_side() -> None:
    text = "Summary: an indeterminate nodule on one side and cysts on the left: BI-RADS 4A right, BI-RADS 2 left."
    assert extract_birads(text) == {"L": "2", "R": "4A"}
    # near miss: a side word starting the next item's heading is not the category's
    text = "Right breast: simple cyst, BI-RADS 2\nLeft breast: spiculated mass, BI-RADS 5\n"
    assert extract_birads(text) == {"L": "5", "R": "2"}


# radiology b42 classes, each in words of its own
def test_a_pipe_tables_final_result_row_replaces_the_reading_rows_above_it() -> None:
    text = ("Screening episode summary\n"
            "| Step                  | Right breast             | Left breast     |\n"
            "| First reader          | BI-RADS ACR 0 (density)  | BI-RADS ACR 1   |\n"
            "| Spot views, same day  | normal tissue overlap    | -               |\n"
            "| Second reader         | negative                 | negative        |\n"
            "| Final result          | BI-RADS ACR 1            | BI-RADS ACR 1   |\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # the French row heading (a translated programme letter), with bare numbers
    text = ("Sein droit / sein gauche\n"
            "  Étape          | Droit          | Gauche\n"
            "  L1             | BI-RADS ACR 1  | BI-RADS ACR 1\n"
            "  L2             | positive: calcifications | négatif\n"
            "  Résultat final | 3              | 1\n")
    assert extract_birads(text) == {"L": "1", "R": "3"}
    # near miss: a final-result row still pending gives no category: the BI-RADS row above it stands
    text = ("| Step          | Right breast   | Left breast   |\n"
            "| BI-RADS       | 0              | 1             |\n"
            "| Final result  | pending        | pending       |\n")
    assert extract_birads(text) == {"L": "1", "R": "0"}


def test_a_french_final_result_heading_over_side_lines_replaces_the_first_reading() -> None:
    text = ("Lecture 1: Sein droit: BI-RADS ACR 0 (asymmetry) ; Sein gauche: BI-RADS ACR 1\n"
            "Work-up: spot compression, no persistent finding.\n"
            "RÉSULTAT FINAL DE L'ÉPISODE                                        :\n"
            "  Sein droit: BI-RADS ACR 1\n  Sein gauche: BI-RADS ACR 1\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # near miss: without the final-result heading both readings are this report's, the most suspicious wins
    assert extract_birads(text.replace("RÉSULTAT FINAL DE L'ÉPISODE", "Contrôle du dossier")) == {"L": "1", "R": "0"}


def test_a_spoken_impression_word_mid_line_ends_the_reach_of_a_side_named_before_it() -> None:
    text = ("lakeshore imaging voice note screening mammogram bilateral comparison twenty twenty four findings scattered "
            "fibroglandular density no suspicious finding stable benign lymph node left upper outer quadrant impression "
            "benign birads two annual screening mammogram\nend of dictation\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # near miss: a side named after the spoken impression still gives the category its side
    text = text.replace("impression benign birads two", "impression left breast benign birads two")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_an_assessment_of_one_side_changed_to_a_category_name_revises_that_side() -> None:
    text = ("BILATERAL BREAST ULTRASOUND\nImpression: Right breast: BI-RADS 1. Left 4:00 nodule with an angular margin, "
            "BI-RADS 4B.\n\nADDENDUM: After review with prior outside images the left nodule is stable for three years. "
            "The assessment for the left breast is changed to benign. Right breast unchanged.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # near miss: the side the sentence names decides, not the side named in the sentence before it
    assert extract_birads(text.replace("for the left breast is", "for the right breast is")) == {"L": "4B", "R": "2"}


def test_a_per_side_list_goes_on_after_a_long_aside_with_its_english_gloss() -> None:
    text = ("Conclusión:\nCategoría BI-RADS: izquierda 5 (nódulo espiculado de 18 mm en hora 2 [18 mm spiculated nodule "
            "at 2 o'clock]), derecha 1 (sin hallazgos).\n")
    assert extract_birads(text) == {"L": "5", "R": "1"}
    # near miss: a measurement after the aside is no category of the other side
    text = "Categoría BI-RADS: izquierda 3 (quiste complicado [complicated cyst]), derecha 5 mm de distancia.\n"
    assert extract_birads(text)["R"] is None


def test_a_side_line_summed_up_by_a_category_name_with_its_bracketed_gloss() -> None:
    text = ("BILATERAL BREAST ULTRASOUND (translated)\nConclusion [Conclusión]:\nRight breast: BI-RADS 1.\n"
            "Left breast: cyst of 5 mm with fine internal echoes at 7 o'clock, probably benign [probablemente benigno].\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    # near miss: a descriptive word before the gloss is no category's name
    text = text.replace("probably benign [probablemente benigno]", "benign-appearing [de aspecto benigno]")
    assert extract_birads(text)["L"] is None


def test_a_previous_check_up_block_of_a_health_screening_is_history() -> None:
    text = ("ANNUAL EXECUTIVE HEALTH SCREENING\n\nPrior visit (March 2025) - results:\nBreast ultrasound: left 3:00 "
            "cyst with debris, BI-RADS 3, follow-up advised.\n\nThis visit:\nBreast ultrasound (both breasts): the "
            "left 3:00 cyst has resolved. No focal lesion.\nBI-RADS 1 bilaterally.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # near miss: a line heading this visit's own results is no history
    near_miss = text.replace("Prior visit (March 2025) - results:", "Visit results:")
    assert extract_birads(near_miss) == {"L": "3", "R": "1"}


def test_a_breast_exam_item_stated_as_not_performed_quotes_another_exam() -> None:
    text = ("WELLNESS CLINIC - ANNUAL REVIEW\n3. Breast ultrasound: not done - she brought her screening result from "
            "her home country (\"normal both breasts, BI-RADS 2\").\n4. Thyroid: normal.\n")
    assert extract_birads(text) == {"L": None, "R": None}
    # near miss: an exam item that was performed gives its category
    near_miss = text.replace("not done - she brought her screening result from her home country", "performed today")
    assert extract_birads(near_miss) == {"L": "2", "R": "2"}


def test_a_whole_sentence_translated_in_brackets_gives_the_category_its_english_side() -> None:
    text = ("Ехография на двете гърди [ultrasound of both breasts]\nЗаключение [Conclusion]: Дясно [right] - фиброаденом, "
            "BI-RADS 3. Ляво [left] - BI-RADS 1.\n\nДопълнение [Addendum]: Находката в дясната гърда е стабилна от 2021 г. "
            "Оценката на дясната гърда се коригира на BI-RADS 2 [the assessment of the right breast is corrected to "
            "BI-RADS 2]. Ляво без промяна [left unchanged].\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}
    # near miss: a bracket holding no category is no translation of the statement; the sentence keeps its own side
    near_miss = text.replace("[the assessment of the right breast is corrected to BI-RADS 2]", "[right breast]")
    assert extract_birads(near_miss) == {"L": "1", "R": "2"}


def test_a_dictated_history_heading_said_with_its_colon_ends_where_the_findings_are_said() -> None:
    text = ("right breast ultrasound six month follow up dictated\nhistory colon right breast ten o'clock cyst cluster "
            "birads three last spring\nfindings at ten o'clock two centimeters from the nipple the clustered cysts "
            "measure six millimeters unchanged no solid component\nimpression stable right breast clustered microcysts "
            "birads two benign routine screening\nend of dictation\n")
    assert extract_birads(text) == {"L": None, "R": "2"}
    # near miss: a category said in the history before the findings is still an earlier one
    text = text.replace("impression stable right breast clustered microcysts birads two benign routine screening",
                        "impression see above")
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_side_headed_as_not_imaged_is_no_side_of_the_exam() -> None:
    text = ("MG DX SPOT COMPRESSION  12/05/2026\nRecalled from screen: L LIQ asymmetry.\nL LIQ: persists on spot views, "
            "6 mm, ill-defined.\nCat. 4B.\nR: not examined.\n")
    assert extract_birads(text) == {"L": "4B", "R": None}
    # near miss: a side heading with findings of its own is a side of the exam
    assert extract_birads(text.replace("R: not examined.", "R: no change.")) == {"L": "4B", "R": "4B"}


def test_a_starred_addendum_banner_with_its_subject_opens_a_side_correction() -> None:
    text = ("EXAM: MAMMOGRAM DIAGNOSTIC RIGHT\nFINDINGS: Upper outer quadrant: 9 mm cluster of amorphous calcifications, "
            "new.\nIMPRESSION: Suspicious calcifications. Stereotactic biopsy advised.\nBI-RADS 4B.\n\n"
            "==== ADDENDUM - SIDE OF EXAM ====\nThe study above was performed on the left breast; the requisition named "
            "the wrong side. Category unchanged: BI-RADS 4B.\n")
    assert extract_birads(text) == {"L": "4B", "R": None}
    # near miss: a banner naming an addendum that corrects nothing of the side leaves the exam's side
    text = text.replace("The study above was performed on the left breast; the requisition named the wrong side. ",
                        "Biopsy booked for next week. ")
    assert extract_birads(text) == {"L": None, "R": "4B"}


def test_side_words_each_with_its_category_after_bi_rads_assessment() -> None:
    text = ("MAMMOGRAM AND ULTRASOUND, BILATERAL\nIMPRESSION:\n1. Left 5:00 complicated cyst.\n2. Right breast: negative.\n"
            "BI-RADS Assessment: Left breast 3; Right breast 1.\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    # near miss: the same list quoted in the comparison is an earlier assessment
    text = ("MAMMOGRAM AND ULTRASOUND, BILATERAL\nCOMPARISON: 2024 report, BI-RADS Assessment: Left breast 3; Right "
            "breast 1.\nIMPRESSION: Left cyst resolved. BI-RADS 1, bilateral.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_a_report_history_reads_its_standing_versions_in_the_order_written() -> None:
    rule = "=" * 40 + "\n"
    first = ("Version 1 | DRAFT | Author: resident | withdrawn\nIMPRESSION: Right 11:00 nodule. BI-RADS 4A.\n" + rule)
    second = ("Version 2 | FINAL | Signed: attending\nEXAM: US BREAST BILATERAL\nIMPRESSION: Right 11:00 nodule is a "
              "fat lobule. BI-RADS 1, both breasts.\n" + rule)
    third = ("Version 3 | ADDENDUM | Signed: attending\nADDENDUM: Left 6:00 cyst on the outside MRI correlated; "
             "left breast BI-RADS is revised to 2.\n" + rule)
    head = "REPORT HISTORY\nStudy: US BREAST BILATERAL\n" + rule
    assert extract_birads(head + first + second + third) == {"L": "2", "R": "1"}
    # printed newest first, the addendum still comes last
    assert extract_birads(head + third + second + first) == {"L": "2", "R": "1"}
    # near miss: a version that is not marked withdrawn still counts (the most suspicious category of the report)
    assert extract_birads(head + first.replace(" | withdrawn", "") + second)["R"] == "4A"


def test_a_side_lines_first_language_category_with_its_english_name_in_brackets() -> None:
    text = ("USG piersi [Breast ultrasound], both breasts (translated)\nWnioski [Conclusion]:\n"
            "Prawa pierś [Right breast]: torbiel złożona na 10. godzinie, prawdopodobnie łagodna [probably benign].\n"
            "Lewa pierś [Left breast]: negatywna [Negative].\n")
    assert extract_birads(text) == {"L": "1", "R": "3"}
    # near miss: a descriptive word glossed in brackets is no category's name
    text = text.replace("negatywna [Negative]", "gruczołowa [glandular tissue]")
    assert extract_birads(text)["L"] is None


def test_a_letter_quoting_a_report_as_follows_reads_the_quote_as_the_report() -> None:
    text = ("Dear Dr Hale,\n\nHer mammograms at the county breast unit last week were reported as follows: \"Left breast: "
            "Benign (BI-RADS 2). Right breast: 14 mm spiculated mass at 10 o'clock. BI-RADS 5 - biopsy advised.\"\n\n"
            "Yours sincerely,\nDr Moss\n")
    assert extract_birads(text) == {"L": "2", "R": "5"}
    # near miss: a quote dated to an earlier year is still an earlier report's
    text = text.replace("at the county breast unit last week", "in 2021")
    assert extract_birads(text)["L"] is None


def test_a_final_combined_assessment_after_a_sentence_replaces_the_modalitys_own() -> None:
    text = ("Dear colleague,\nHer imaging report says: \"Mammogram: 9 mm asymmetry, left lower inner quadrant, BI-RADS 0 "
            "until the ultrasound. Ultrasound: 8 mm simple cyst at 7 o'clock explaining the asymmetry. Final combined "
            "assessment: left breast BI-RADS 2, right breast BI-RADS 1.\"\nKind regards\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # near miss: without the final combined assessment both categories of the left breast stand, the higher wins
    text = text.replace("Final combined assessment:", "Also:")
    assert extract_birads(text)["L"] == "0"


def test_today_s_exam_that_was_reported_as_a_category_is_this_letters_result() -> None:
    text = ("Dear Dr Reyes,\nShe came to clinic today. The right breast ultrasound done today showed a 9 mm taller-than-wide "
            "mass at 10 o'clock with an echogenic halo; this was reported as highly suspicious, BI-RADS 5, and a biopsy "
            "is booked.\nKind regards\n")
    assert extract_birads(text) == {"L": None, "R": "5"}
    # near miss: an earlier exam named after "today" is still an earlier report
    text = text.replace("this was reported as", "her previous scan was reported as")
    assert extract_birads(text)["R"] is None


def test_a_month_and_year_date_a_category_like_a_numeric_date() -> None:
    text = ("LEFT BREAST ULTRASOUND\nThe screening mammogram in September 2025 was called back as BI-RADS 0. Today: "
            "5 mm simple cyst at 2 o'clock. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": None}
    # near miss: without the year the month alone dates nothing
    text = ("LEFT BREAST ULTRASOUND\nTargeted scan in September for a palpable lump: 14 mm irregular mass at 2 o'clock. "
            "BI-RADS 4C.\n")
    assert extract_birads(text) == {"L": "4C", "R": None}


def test_an_overall_category_with_its_colon_aligned_after_a_blank_heads_the_side_lines_below_it() -> None:
    text = "US BOTH BREASTS\nOverall : BI-RADS 0\n  Right breast: 0 (spot views needed)\n  Left breast: 1\n"
    assert extract_birads(text) == {"L": "1", "R": "0"}
    # near miss: with no side lines below it the overall category is both sides'
    assert extract_birads("US BOTH BREASTS\nOverall : BI-RADS 3\nBoth breasts reviewed.\n") == {"L": "3", "R": "3"}


def test_a_modalitys_own_conclusion_gives_way_to_the_final_conclusion_below_it() -> None:
    text = ("MAMMOGRAPHY AND ULTRASOUND, BOTH BREASTS\nMammography conclusion: BI-RADS 0, right breast - needs ultrasound.\n"
            "Ultrasound: 6 mm simple cyst at 11 o'clock, right breast.\nFinal conclusion:\nBI-RADS: right 2, left 1\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}
    # near miss: with no final conclusion the modality's category stands beside the other, the higher wins
    assert extract_birads(text.replace("Final conclusion:", "Ultrasound conclusion:"))["R"] == "0"


def test_a_bracketed_exam_assessment_block_with_dotted_leaders_assesses_each_side() -> None:
    text = ("MAMMO REPORTING SUITE -- TEXT EXPORT\nExam ...... BILATERAL DIAGNOSTIC MAMMOGRAM\n\n[FINDINGS]\n"
            "  Grouped punctate calcifications, right breast 7:00, new.\n\n[EXAM ASSESSMENT]\n"
            "  Right ...... 4A  Suspicious - low suspicion\n  Left ....... 1  Negative\n  Overall .... 4A\n\n"
            "[RECOMMENDATION]\n  Stereotactic biopsy, right\n")
    assert extract_birads(text) == {"L": "1", "R": "4A"}
    # an addendum's revised block below replaces it
    revised = text + "\n[ADDENDUM 1]\n  Biopsy benign.\n  Revised assessment:\n    Right ...... 2  Benign\n    Left ....... 1\n"
    assert extract_birads(revised) == {"L": "1", "R": "2"}
    # near miss: a side the block lists without a category ("N/A (not imaged)") takes no overall category
    text = text.replace("Left ....... 1  Negative", "Left ....... N/A (not imaged)")
    assert extract_birads(text) == {"L": None, "R": "4A"}


def test_a_printout_line_keyed_by_the_ai_software_is_its_suggestion_whatever_its_clauses() -> None:
    text = ("SCREENING MAMMOGRAM, BOTH BREASTS\nAI score ....... 6 of 10; proposed category 4B (right); overridden\n"
            "Findings: scattered benign calcifications, both breasts.\nBI-RADS 2 - benign.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # near miss: the radiologist's own keyed line names no software and counts
    text = text.replace("AI score ....... 6 of 10; proposed", "Reader ....... recall advised; proposed")
    assert extract_birads(text)["R"] == "4B"


def test_an_exam_title_under_the_centres_name_names_the_sides_an_unsided_category_covers() -> None:
    text = ("RIVERBEND BREAST CLINIC\nDiagnostic Mammography, Bilateral\n\nFindings: No suspicious mass or distortion in "
            "either breast. A stable benign lymph node is seen in the left axillary tail.\n\nIMPRESSION: Benign.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # near miss: a title naming one side keeps the category to it
    text = text.replace("Diagnostic Mammography, Bilateral", "Diagnostic Mammography, Left")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_surveillance_history_list_holds_earlier_rounds_categories() -> None:
    text = ("HIGH-RISK CLINIC LETTER\nDear Doctor,\nSurveillance history:\n- MRI 2023: left 3 o'clock focus, BI-RADS 3.\n"
            "- Mammogram 2024: BI-RADS 1.\n\nThis year's bilateral MRI: \"No suspicious enhancement. BI-RADS 1 both breasts.\"\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # near miss: the same list under a heading that is not history ("Surveillance plan:") is read as it stands
    text = text.replace("Surveillance history:", "Surveillance plan:")
    assert extract_birads(text)["L"] == "3"


def test_a_translations_glossed_side_correction_heading_opens_a_correction() -> None:
    text = ("USG PIERSI LEWEJ [Ultrasound of the left breast]\nWniosek [Conclusion]: simple cyst, BI-RADS 2.\n\n"
            "Korekta strony [Side correction] 10.02.2026:\nThe examination was performed on the RIGHT breast, not on the "
            "left one.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}
    # near miss: a glossed note that corrects nothing leaves the report's side
    text = text.replace("[Side correction] 10.02.2026:\nThe examination was performed on the RIGHT breast, not on the "
                        "left one.", "[Side note] 10.02.2026:\nThe patient was given her results.")
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_correction_above_the_report_it_calls_described_below_moves_its_categories() -> None:
    text = ("CORRECTION 05.03.2026: the study reported below was performed on the RIGHT breast, not the left.\n\n"
            "EXAM: US LEFT BREAST\nFindings: left 10 o'clock 9 mm irregular mass.\nIMPRESSION: BI-RADS 4B.\n")
    assert extract_birads(text) == {"L": None, "R": "4B"}
    # near miss: an addendum above that corrects no side leaves the report's own
    text = text.replace("the study reported below was performed on the RIGHT breast, not the left.",
                        "the patient's name below was misspelled.")
    assert extract_birads(text) == {"L": "4B", "R": None}


def test_a_finding_not_previously_imaged_is_this_exams_category() -> None:
    text = ("LEFT BREAST ULTRASOUND\nFindings: at 4 o'clock a 7 mm oval circumscribed mass, not previously imaged, "
            "probably a fibroadenoma, BI-RADS 3.\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    # near miss: a category said of the earlier imaging still dates it
    text = text.replace("not previously imaged, probably a fibroadenoma, BI-RADS 3", "previously imaged as BI-RADS 3")
    assert extract_birads(text)["L"] is None


def test_a_laterality_correction_naming_the_exam_by_its_modality_names_the_side_it_was_of() -> None:
    text = ("US BREAST LEFT TARGETED\nFINDINGS: 2:00, 5 cm from the nipple, 6 mm irregular hypoechoic mass.\n"
            "IMPRESSION: Suspicious mass. BI-RADS 4B.\n\nADDENDUM - side correction: This ultrasound was of the right "
            "breast, where the patient felt the lump; the left breast was not scanned.\n")
    assert extract_birads(text) == {"L": None, "R": "4B"}
    # near miss: an addendum naming the side the title already gives leaves the exam where it was
    text = text.replace("This ultrasound was of the right breast, where the patient felt the lump; the left breast "
                        "was not scanned.", "The ultrasound was performed on the left breast with the patient supine.")
    assert extract_birads(text) == {"L": "4B", "R": None}


def test_a_trial_data_query_correcting_the_side_moves_the_category() -> None:
    text = ("Trial form P-2: pre-procedure imaging\n1. Target side:  [X] Left  [ ] Right\n"
            "2. BI-RADS category of the target lesion:  [ ] 4A  [X] 4B  [ ] 4C\n\nDATA QUERY 0031 (central monitor)\n"
            "The biopsy record gives the right breast. Site answer: entry error confirmed; the exam and the index "
            "lesion are of the RIGHT breast. Item 1 corrected.\n")
    assert extract_birads(text) == {"L": None, "R": "4B"}
    # near miss: a data query that corrects another field leaves the side
    near_miss = text.replace("the exam and the index lesion are of the RIGHT breast. Item 1 corrected.",
                             "the lesion size is 9 mm, not 19 mm. Item 3 corrected.").replace(
                             "The biopsy record gives the right breast. ", "")
    assert extract_birads(near_miss) == {"L": "4B", "R": None}


def test_a_printout_title_after_its_case_bracket_names_the_side_by_its_abbreviation() -> None:
    text = ("Radiology Report    Printed: JAN 09, 2026\nReq Phys: ORDERING,DOCTOR\n\n"
            "(Case 88 COMPLETE) MAM SCREEN UNILAT LT W/TOMO (S/P RT MASTECTOMY)\n"
            "History: breast cancer treated 2015.\nReport:\nLeft breast heterogeneously dense. No suspicious finding.\n"
            "Impression: Negative.\n\nCoded result: BI-RADS CATEGORY 1\n")
    assert extract_birads(text) == {"L": "1", "R": None}
    # near miss: a bilateral title after the case bracket covers both breasts
    text = text.replace("UNILAT LT W/TOMO (S/P RT MASTECTOMY)", "BILAT W/TOMO")
    assert extract_birads(text) == {"L": "1", "R": "1"}


def test_an_overall_heading_with_its_colon_aligned_by_blanks_heads_its_side_lines() -> None:
    text = ("Bilateral ultrasound.\nOverall   : BI-RADS 4B\n  Right breast: 4B (irregular mass)\n"
            "  Left breast: 1 (normal)\n")
    assert extract_birads(text) == {"L": "1", "R": "4B"}
    # a near miss: the same heading with a tab before its colon
    assert extract_birads(text.replace("Overall   :", "Overall\t:")) == {"L": "1", "R": "4B"}


def test_a_screening_records_step_rows_with_a_cell_per_side_decide_by_their_last_decision_row() -> None:
    text = ("SCREEN RECORD EXPORT\nKey : 0 = recall; 1 = normal; 2 = benign; 3 = probably benign; 4 = suspicious\n"
            "------------------------------\n"
            "Reader A      : JQ   R: 1   L: 0   note: left lower asymmetry\n"
            "Reader B      : PW   R: 1   L: 1\n"
            "Consensus     : R: 1   L: 0  -> recall left\n"
            "Final outcome after assessment : R: 1   L: 3\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    # a revision row's arrow gives the new category; a side left "unchanged" keeps the one above, words are categories
    revised = text + "Correction 02/04: final outcome revised   R: unchanged   L: 3 -> 2\n"
    assert extract_birads(revised) == {"L": "2", "R": "1"}
    assert extract_birads(text.replace("R: 1   L: 3\n", "R: Negative   L: Probably benign\n")) == {"L": "3", "R": "1"}
    # near miss: a final row that gives no category leaves the consensus standing
    assert extract_birads(text.replace("R: 1   L: 3\n", "not applicable\n")) == {"L": "0", "R": "1"}


def test_a_screening_step_table_with_side_and_category_columns_decides_by_its_final_rows() -> None:
    text = ("Reading log, one row per step and side\n\n"
            "STEP         READER   SIDE   CAT   REMARK\n"
            "READING 1    AB       R      1     normal\n"
            "READING 1    AB       L      0     recall\n"
            "ARBITRATION  CD       L      0     recall for assessment\n"
            "FINAL        --       L      5     row voided, entered in error\n"
            "FINAL        --       R      1\n"
            "FINAL        --       L      4B    biopsy booked\n")
    assert extract_birads(text) == {"L": "4B", "R": "1"}
    # near miss: a final row with no category yet ("--") leaves the arbitration standing for that side
    pending = text.replace("FINAL        --       L      4B    biopsy booked\n", "FINAL        --       L      --    awaiting\n")
    assert extract_birads(pending) == {"L": "0", "R": "1"}


def test_a_per_side_list_after_the_impressions_heading_on_its_line_gives_each_side() -> None:
    text = "CONCLUSION: By side: Left 3 (oval circumscribed mass, 6-month review). Right 2 (stable cyst)."
    assert extract_birads(text) == {"L": "3", "R": "2"}
    # near miss: a findings sentence naming a side and a clock hour is no per-side list
    assert extract_birads("Conclusion: Left 3 o'clock mass, BI-RADS 4A.") == {"L": "4A", "R": None}


def test_a_per_side_list_goes_on_after_a_colon_or_dash_between_each_side_word_and_its_number() -> None:
    assert extract_birads("Summary. BI-RADS left: 2; right: 4A. Core biopsy advised.") == {"L": "2", "R": "4A"}
    assert extract_birads("BI-RADS Left - 3 / Right - 1.") == {"L": "3", "R": "1"}
    # near miss: a side word, a colon and a measurement after the first side is no item of the list
    assert extract_birads("BI-RADS left: 2. Right: 7 mm cyst noted.") == {"L": "2", "R": None}


def test_a_side_lines_finding_before_the_category_name_holds_an_abbreviations_dot_before_a_number() -> None:
    text = ("Opinion:\nLeft breast: hypoechoic nodule approx. 8 mm, pos. 2, probably benign. Recall 6 months.\n"
            "Right breast: Negative.")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    # near miss: a capitalised word's dot before a number ends its sentence; the name in the next one is no side line's
    near = "Opinion:\nLeft breast: nodule near the nipple, see US. 2 view check, probably benign.\nRight breast: Negative."
    assert extract_birads(near) == {"L": None, "R": "1"}


def test_a_side_header_does_not_reach_past_an_impression_heading_run_in_on_its_line() -> None:
    text = ("Most recent imaging: Screening mammogram bilateral, 2025-11-14. Report: \"Density: almost entirely fatty. "
            "Left breast: small oil cyst at 2 o'clock, unchanged. Conclusion: Benign appearances. BI-RADS 2.\"")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # near miss: without the heading the side header still reaches the category after it
    assert extract_birads(text.replace("Conclusion: Benign appearances. ", "")) == {"L": "2", "R": None}


def test_a_removed_breast_is_no_side_of_the_exam_however_often_the_letter_names_it() -> None:
    text = ("Problems:\n- Right breast carcinoma 2017, right skin-sparing mastectomy and axillary clearance\n\n"
            "Dear colleague,\nShe has no left breast symptoms. Her yearly mammogram (surveillance, after the right breast "
            "surgery) was reported as: \"Fatty breast, no mass or calcification. BI-RADS 1.\"\n")
    assert extract_birads(text) == {"L": "1", "R": None}
    # near miss: a right lumpectomy leaves the breast, and the yearly mammogram covers both sides
    assert extract_birads(text.replace("right skin-sparing mastectomy", "right lumpectomy")) == {"L": "1", "R": "1"}


def test_a_category_name_on_the_line_under_an_impression_heading_alone_on_its_line_assesses_the_exam() -> None:
    text = ("DIAGNOSTIC MAMMOGRAM, BILATERAL\nFindings: Scattered fibroglandular tissue. No suspicious finding.\n\n"
            "IMPRESSION:\nBenign.\n\nAnnual screening advised.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    assert extract_birads("ULTRASOUND RIGHT BREAST\nOval mass at 10:00.\n\nConclusion:\n  Probably benign.\n") == {
        "L": None, "R": "3"}
    # near miss: a descriptive word opening a finding under the heading is no assessment (R6)
    near = text.replace("IMPRESSION:\nBenign.", "IMPRESSION:\nBenign-appearing intramammary node, left upper outer quadrant.")
    assert extract_birads(near) == {"L": None, "R": None}


def test_a_terse_notes_prev_line_is_history_to_the_next_heading() -> None:
    text = "US L 3:00 cyst f/u\nPrev: BI-RADS 3, 6-mo f/u.\nToday: 3:00 cyst 6mm, no change.\nBI-RADS 2 L. Routine."
    assert extract_birads(text) == {"L": "2", "R": None}
    assert extract_birads(text.replace("Prev:", "Previous:")) == {"L": "2", "R": None}
    # near miss: the history ends at the next heading line, and a category there is this exam's
    near = "US L 3:00 cyst f/u\nPrev: simple cyst.\nToday: 3:00 mass, new, irregular. BI-RADS 4B L."
    assert extract_birads(near) == {"L": "4B", "R": None}


def test_a_terse_notes_density_line_ends_the_history_above_it() -> None:
    text = "MAM SCREEN 3D  02/03/26\nHx: 58F, routine. FHx sister.\nDens C. No susp mass or calc.\nBIRADS 1. Annual."
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # near miss: the history's own category before the density line stays an earlier one
    near = "MAM SCREEN 3D  02/03/26\nHx: 58F, L bx BIRADS 4A, benign.\nDensity B. Bx clip L, no change.\nBIRADS 2."
    assert extract_birads(near) == {"L": "2", "R": "2"}
    # near miss: dense breasts named in the history (no density letter) open no findings
    assert extract_birads("US L\nHx: dense breasts. L 2:00 BIRADS 3, f/u.\nCyst 5mm L 2:00.")["L"] is None


def test_category_opening_a_side_fields_value_may_end_its_clause_with_a_stop_or_semicolon() -> None:
    text = "Conclusion:\nBI-RADS by side: left breast: category IV-B; right breast: category II.\n"
    assert extract_birads(text) == {"L": "4B", "R": "2"}
    assert extract_birads("Opinion:\nRight breast: category 4A.\nLeft breast: category 1.\n") == {"L": "1", "R": "4A"}
    # near miss: a category named in prose, with no field's colon before it, is no assessment
    near = "Left breast: new linear calcifications, suspicious but short of category 5. BI-RADS 4B."
    assert extract_birads(near) == {"L": "4B", "R": None}



def test_a_bilingual_headings_first_half_may_carry_its_own_aside() -> None:
    text = ("Mammographie / Mammography : opacité gauche / left opacity. Sein droit normal / Right breast normal.\n"
            "Mammographie seule / Mammography alone : BI-RADS 0.\n"
            "Échographie / Ultrasound : kyste simple à gauche / simple cyst on the left.\n"
            "Évaluation finale (mammographie et échographie) / Final assessment (mammography and ultrasound) :\n"
            "Sein gauche / Left breast : BI-RADS 2.\nSein droit / Right breast : BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # near miss: a heading whose English half combines nothing leaves the mammography's own category in place
    near = text.replace("Final assessment (mammography and ultrasound)", "Ultrasound (left breast)")
    assert extract_birads(near) == {"L": "2", "R": "0"}


def test_the_keyword_naming_what_it_assesses_before_its_colon_gives_the_category() -> None:
    text = ("LEFT BREAST ULTRASOUND - structured form\n1. Finding: 2:00, 14 mm irregular hypoechoic mass.\n"
            "2. BI-RADS of the dominant mass: 4C\n3. Plan: core biopsy.\n")
    assert extract_birads(text) == {"L": "4C", "R": None}
    assert extract_birads("US RIGHT BREAST\nBI-RADS for the index lesion: 3\n") == {"L": None, "R": "3"}
    # near miss: a category of an earlier exam named so is none of this report's (R4)
    assert extract_birads("US RIGHT BREAST\n2. BI-RADS of the previous study: 3\n") == {"L": None, "R": None}


def test_an_unpunctuated_transcript_wrapped_under_a_typed_header_in_capitals_is_dictation() -> None:
    text = ("RIVERBEND IMAGING - VOICE TRANSCRIPT\nEXAM: DIAGNOSTIC MAMMOGRAM BILATERAL\n"
            "diagnostic mammogram bilateral history fifty eight year old with tenderness comparison twenty twenty three\n"
            "the breasts are scattered fibroglandular density there is no mass or suspicious calcification and no distortion\n"
            "the skin and nipples are normal impression negative birads won annual mammogram advised\n"
            "read by doctor m. osei\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # near miss: typed sentences under the same header are no transcript, and "won" there is no category
    typed = ("RIVERBEND IMAGING - TYPED REPORT\nEXAM: DIAGNOSTIC MAMMOGRAM BILATERAL\nHistory: 58, tenderness.\n"
             "The breasts are scattered fibroglandular density. There is no mass, no calcification, and no distortion.\n"
             "the skin and nipples are normal, axillae clear. Impression: negative. birads won, annual mammogram advised.\n"
             "Read by Dr M. Osei\n")
    assert extract_birads(typed) == {"L": None, "R": None}


def test_a_correction_naming_an_impression_item_on_the_line_above_its_category() -> None:
    text = ("EXAM: DIAGNOSTIC MAMMOGRAM BILATERAL\nIMPRESSION:\n1. Right breast cyst. BI-RADS 2.\n"
            "2. Left breast 11:00 mass. BI-RADS 4A.\n\nADDENDUM 04/05/2026: As to impression item 2, after review of the\n"
            "tomosynthesis slices the category should read 4C. Item 1 unchanged.\n")
    assert extract_birads(text) == {"L": "4C", "R": "2"}
    # near miss: an item named in a sentence of its own before the revision does not give it its side
    near = text.replace("As to impression item 2, after review of the\n", "Item 2 was reviewed.\nAfter review of the ")
    assert extract_birads(near) == {"L": "4C", "R": "4C"}


def test_a_first_language_category_name_wrapped_onto_the_next_line_before_its_gloss() -> None:
    text = ("Uuring [Examination]: bilateral breast ultrasound\n\nJäreldus [Conclusion]:\n"
            "Vasak rind [Left breast]: tsüst [simple cyst] kell 2, tõenäoliselt\nhealoomuline [probably benign].\n"
            "Parem rind [Right breast]: normaalne leid [normal finding].\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    # near miss: a descriptive word in the gloss is no category's name
    near = text.replace("healoomuline [probably benign]", "healoomulise välimusega [benign-appearing]")
    assert extract_birads(near) == {"L": None, "R": None}


def test_an_exam_title_dated_to_a_month_and_year_with_a_remark_in_its_aside_is_an_earlier_exam() -> None:
    text = ("IMAGING:\nMAMMO BILAT SCREEN (10/2025, OUTSIDE CLINIC): R LIQ CALCS, BIRADS 0.\n"
            "11/14/2025 DX MAMMO + US R: R 4:00 GROUPED CALCS. IMPRESSION: BIRADS 4B R.\n")
    assert extract_birads(text) == {"L": None, "R": "4B"}
    # near miss: a full date in the aside is this exam's own and dates nothing
    today = text.replace("(10/2025, OUTSIDE CLINIC)", "(10/21/2025, THIS CLINIC)")
    assert extract_birads(today) == {"L": "0", "R": "4B"}


def test_a_laterality_correction_naming_the_exam_by_its_modality_and_described_above() -> None:
    text = ("US RIGHT BREAST 05/05/2026: 2:00 IRREG MASS 14MM. IMPRESSION: BIRADS 4C.\n"
            "CORRECTION 05/09/2026: THE SONOGRAPHY DESCRIBED ABOVE WAS PERFORMED ON THE LEFT BREAST, NOT THE RIGHT.\n")
    assert extract_birads(text) == {"L": "4C", "R": None}
    # near miss: a correction that names no side leaves the category to the exam's side
    near = text.replace("WAS PERFORMED ON THE LEFT BREAST, NOT THE RIGHT", "WAS REVIEWED AGAIN")
    assert extract_birads(near) == {"L": None, "R": "4C"}


def test_an_impression_heading_saying_it_copies_the_report_heads_its_side_clauses() -> None:
    text = ("Bilateral breast ultrasound.\nImpression as reported: Left breast: probably benign. "
            "Right breast: negative.\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    # near miss: a descriptive word after the side is no category's name
    near = "Left breast ultrasound.\nImpression as reported: Left breast: benign-appearing cyst.\n"
    assert extract_birads(near) == {"L": None, "R": None}


def test_a_one_paragraph_reports_side_headings_after_its_history_are_its_findings() -> None:
    text = ("DIAGNOSTIC MAMMOGRAM BILATERAL, 03/04/2026. History: palpable lump in the left breast for two weeks. Left "
            "breast: a 14 mm irregular mass at 2:00 with indistinct margins, BI-RADS 4B. Right breast: scattered "
            "fibroglandular tissue, no mass, BI-RADS 1. Biopsy advised.")
    assert extract_birads(text) == {"L": "4B", "R": "1"}
    # near miss: with the report's own findings heading below, the side's words go on with the history
    # (test_a_side_heading_after_a_sentence_of_the_history_goes_on_with_the_history)


def test_an_hx_line_heads_only_its_own_line() -> None:
    text = ("US LT BREAST 04/05/26\nHx: lump L 3:00, 48F.\n8 mm simple cyst L 3:00, matches the lump.\n"
            "BI-RADS 2. Routine screening.")
    assert extract_birads(text) == {"L": "2", "R": None}
    # near miss: a category on the Hx line itself is still history
    assert extract_birads("US LT BREAST\nHx: L 3:00 cyst, BI-RADS 3 in 2025.\nCyst resolved.")["L"] is None
    # near miss: "Hx:" alone on its line heads the lines below it
    assert extract_birads("US LT BREAST\nHx:\n  L 3:00 cyst, BI-RADS 3.\nFindings: cyst resolved.")["L"] is None


def test_a_translations_lower_case_side_field_is_no_transcript() -> None:
    text = ("Tutkimus: Rintojen UÄ\n\nEsitiedot: 52 v. Oikea rinta: tender area since March.\n\nLöydökset:\n"
            "Oikea: At klo 10, 2 cm from the nipple, a round, circumscribed anechoic lesion of 9 x 8 mm with posterior "
            "enhancement and no internal flow; a second smaller cyst beside it, both simple, and no solid component "
            "anywhere in that area.\nVasen: Normal fibroglandular tissue.\n\nLausunto:\nOikea: simple cysts, BI-RADS 2.\n"
            "Vasen: BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}



def test_a_side_letter_heading_the_next_cell_of_a_row_is_no_side_of_the_category_before_it() -> None:
    text = ("US BOTH BREASTS\nKnown carcinoma right breast, staging.\n"
            "Per side result:  R: BI-RADS 6        L: BI-RADS 2\n")
    assert extract_birads(text) == {"L": "2", "R": "6"}
    # near miss: a side letter after the category with no colon is still that category's side
    assert extract_birads("US BOTH BREASTS\nSmall cyst. BI-RADS 2 L\n")["L"] == "2"


def test_a_side_word_list_after_the_keyword_and_a_dash() -> None:
    text = "USS both breasts.\nImpression: fibroadenoma right.\nBI-RADS - Rt breast: 3; Lt breast: 1\n"
    assert extract_birads(text) == {"L": "1", "R": "3"}
    # near miss: a dash after the keyword with no side word after it opens no list
    assert extract_birads("USS both breasts.\nBI-RADS - see the addendum\n") == {"L": None, "R": None}


def test_a_revision_naming_its_side_abbreviated() -> None:
    text = ("USS both breasts.\nBI-RADS: Lt. breast - 4b / Rt. breast - 1\n\nAddendum:\nCorrelated with mammography: "
            "an oil cyst. The BI-RADS of the Lt breast revised to 2.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # near miss: without the addendum the first category stands
    assert extract_birads(text.split("\n\nAddendum")[0]) == {"L": "4B", "R": "1"}


def test_a_modality_only_category_mid_line_gives_way_to_the_final_one() -> None:
    text = ("Contrast MRI: a 7 mm enhancing focus in the left breast. Nothing on the right. MRI-only assessment: left "
            "BI-RADS 4A.\nTargeted ultrasound: a benign-looking intramammary node at the same site.\n"
            "Final assessment after correlation: Left breast BI-RADS 2. Right breast BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    # near miss: without a final assessment the modality's own category stands
    assert extract_birads(text.split("\nFinal")[0])["L"] == "4A"


def test_a_quoted_report_of_todays_exam_ending_reported_as_is_current() -> None:
    text = ("Dear Dr Amos,\n\nShe had a mammogram and ultrasound today. Dr Sato reported: \"No mass, "
            "no distortion and no suspicious calcification in either breast. Axillae clear. Reported as negative, "
            "BI-RADS 1, both breasts.\"\n\nYours sincerely,\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # near miss: a quote opened in a sentence naming an earlier exam stays dated
    near = text.replace("She had a mammogram and ultrasound today. Dr Sato reported:",
                        "Her outside mammogram in 2024 was reported:")
    assert extract_birads(near) == {"L": None, "R": None}


def test_todays_exam_stays_current_over_a_long_sentence_of_findings() -> None:
    text = ("She had an ultrasound of the right breast today. The radiologist described a lobulated 9 mm hypoechoic mass "
            "at 7 o'clock, 4 cm from the nipple, parallel to the skin, with circumscribed margins, no posterior "
            "features, no internal vascularity, and a thin echogenic rim that she thought was a pseudocapsule, "
            "typical of a fibroadenoma. This was reported as probably benign, BI-RADS 3.\n")
    assert extract_birads(text)["R"] == "3"
    # near miss: an earlier exam named between today and the category still dates it
    near = text.replace("typical of a fibroadenoma.", "unchanged from the previous scan.")
    assert extract_birads(near)["R"] is None


def test_a_finding_compared_with_prior_exams_keeps_todays_category() -> None:
    text = ("Findings: The left breast has a small round circumscribed mass at 2 o'clock, no change compared with "
            "the two prior mammograms, benign, BI-RADS 2. The right breast is negative, BI-RADS 1.\n")
    assert extract_birads(text) == {"L": "2", "R": "1"}
    assert extract_birads("Right breast: cyst stable since prior; BI-RADS 2.\n")["R"] == "2"
    # near miss: the category named as the prior one is still history
    assert extract_birads("Right breast: cyst unchanged from the prior BI-RADS 3 study.\n")["R"] is None


def test_rt_and_lt_after_the_keyword_name_each_side() -> None:
    assert extract_birads("Impression: Bilateral simple cysts.\nBI-RADS: Lt 3, Rt 1.\n") == {"L": "3", "R": "1"}
    assert extract_birads("Conclusion: fibroadenoma left. BIRADS Rt 1; Lt 4A\n") == {"L": "4A", "R": "1"}
    # near miss: "Rt. breast - 2" keeps its reading, and a measurement after "Rt" is no category
    assert extract_birads("BIRADS: Rt. breast - 2\n") == {"L": None, "R": "2"}
    assert extract_birads("BI-RADS 3: Lt 2 cm oval mass.\n")["R"] is None


def test_a_translated_lines_lower_case_side_word_is_no_transcript() -> None:
    # the translation view writes "Mama esquerda" as "left breast": a long typed line then opens in lower case
    text = ("Ecografia mamária [Breast ultrasound] - translation\n\n"
            "Informação clínica [Clinical information]: Quisto operado na mama direita em 2019. [History of a right breast "
            "cyst excised in 2019.]\n\n"
            "Relatório [Report]:\n"
            "Mama esquerda [left breast], tecido fibroglandular heterogéneo com alguns quistos simples dispersos de "
            "pequenas dimensões. Nódulo sólido oval de 11 mm às 2 h, a 3 cm do mamilo, de margens circunscritas, "
            "paralelo à pele, sem vascularização interna ao estudo doppler. [Left breast, heterogeneous "
            "fibroglandular tissue with a few small scattered simple cysts. Oval solid nodule of 11 mm at 2 o'clock, 3 cm "
            "from the nipple, with circumscribed margins, parallel to the skin, without internal vascularity on doppler "
            "study.]\n\n"
            "Conclusão [Conclusion]: Nódulo provavelmente benigno. BI-RADS 3. [Probably benign nodule. BI-RADS 3.]\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    # near miss: a transcript in lower case, its sentences too, is still read as dictation
    spoken = ("history of right breast cyst removed in 2019 birads two then. findings left breast two o'clock oval "
              "solid nodule eleven millimetres circumscribed parallel. no internal flow. no other finding in either breast "
              "today. impression probably benign left nodule birads three short interval follow up in six months\n")
    assert extract_birads(spoken) == {"L": "3", "R": None}


def test_side_list_without_a_colon_after_the_keyword() -> None:
    # "BI-RADS right breast N; left breast N": each side's number, when punctuation or the line's end follows it
    text = ("Ultrasound of both breasts.\nFindings: a 6 mm simple cyst in the right breast; a 12 mm oval mass in the "
            "left breast.\nImpression: BI-RADS right breast 2, left breast 4A (biopsy advised).\n")
    assert extract_birads(text) == {"L": "4A", "R": "2"}
    assert extract_birads("Summary: BI-RADS left breast 5\nRight breast unremarkable.\n")["L"] == "5"
    # near miss: a number followed by its unit is a size, not a category
    assert extract_birads("Impression: BI-RADS right breast 3 cm area of asymmetry, further views needed.\n") == {
        "L": None, "R": None}


def test_a_planned_mastectomy_removes_no_side_of_the_exam() -> None:
    # a clinic letter quoting both breasts' MRI; the mastectomy is only planned, so the left breast is still examined
    text = ("Breast surgery clinic letter\n\n"
            "Diagnosis: left breast invasive ductal carcinoma. Recommendation: left mastectomy and sentinel node biopsy.\n\n"
            "Imaging: MRI of both breasts 02/03/2026 reads \"Left breast: 30 mm enhancing mass at 2 o'clock, the known "
            "cancer; BI-RADS 6. Right breast: no suspicious enhancement; BI-RADS 1.\"\n\n"
            "Plan: left mastectomy with immediate implant reconstruction, booked for next month.\n")
    assert extract_birads(text) == {"L": "6", "R": "1"}
    # near miss: a mastectomy done earlier still removes that side
    done = ("Surveillance clinic letter\n\nHistory: status post right mastectomy in 2021 for a right breast cancer.\n\n"
            "Imaging: mammogram 02/03/2026 reads \"No mass or suspicious calcification. BI-RADS 1.\"\n\n"
            "Plan: annual left mammography; the right chest wall is clinically clear.\n")
    assert extract_birads(done) == {"L": "1", "R": None}


def test_a_clinic_notes_physical_examination_is_no_exam_title() -> None:
    # the clinician's "Examination:" names both sides as findings, no imaging: the quoted ultrasound covers the breast
    # left after the mastectomy, not the chest wall examined by hand
    text = ("Breast surgery follow-up clinic\n"
            "Seen with her husband\n\n"
            "Background: left mastectomy and sentinel node biopsy in 2020 for a left breast cancer; endocrine therapy "
            "completed.\n\n"
            "Imaging: ultrasound of the right breast 14/01/2026 (after her left mastectomy), reported as \"Right breast: "
            "no mass, no suspicious calcification or distortion. BI-RADS 1 - Negative.\"\n\n"
            "Examination: Well-healed left chest wall scar, no nodules; right breast soft with no dominant mass. No "
            "palpable axillary nodes.\n\n"
            "Plan: routine surveillance, review in a year.\n")
    assert extract_birads(text) == {"L": None, "R": "1"}
    # near miss: an "Examination:" line naming the imaging is the exam's title, however it runs on
    near = ("Breast surgery follow-up clinic\nSeen with her husband\n\n"
            "Background: left mastectomy in 2020 for a left breast cancer.\n\n"
            "Examination: Ultrasound of the right breast and the left chest wall; both axillae included.\n\n"
            "Result: \"No mass or suspicious node. BI-RADS 1 - Negative.\"\n")
    assert extract_birads(near) == {"L": "1", "R": "1"}


def test_correction_reach_answers_a_search_from_every_addendum_point() -> None:
    # one pass over the text gives, for each addendum, whether a laterality correction follows it (the build reads a
    # long report in a time that grows with its length, not with addenda x length)
    from nlp.birads import _LATERALITY_CORRECTION, _correction_reach

    texts = [
        "ADDENDUM: reviewed.\n" * 4 + "ADDENDUM: laterality correction, this was the LEFT breast.\n" + "ADDENDUM: ok.\n" * 3,
        "ADDENDUM: side correction.\nADDENDUM: side correction.\nADDENDUM: no change.\n",
        "Findings: cyst. BI-RADS 2.\nADDENDUM: the report should read right.\n",
        "ADDENDUM: reviewed, no change.\n" * 5,
    ]
    for text in texts:
        addenda = [i for i in range(len(text)) if text.startswith("ADDENDUM", i)]
        reach = _correction_reach(text, addenda)
        assert [a <= reach for a in addenda] == [bool(_LATERALITY_CORRECTION.search(text, a)) for a in addenda]
    # a report of the same per-side passage repeated keeps each side's category (read once, in linear time)
    long_text = "Right breast: No suspicious mass. BI-RADS 2. Left breast: Negative. BI-RADS 1.\nADDENDUM: reviewed.\n" * 3000
    assert extract_birads(long_text) == {"L": "1", "R": "2"}


def test_corrections_without_a_label_in_reach_match_as_the_full_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    # the plain pattern (no "Correction:" label's look-behinds, no time out's imaging) is scanned where neither's words
    # are in reach: the same corrections, spans and groups as with the full pattern scanned everywhere, from every point
    from nlp import birads
    from nlp.birads import _LATERALITY_CORRECTION, _LATERALITY_CORRECTION_PLAIN, _corrections

    def with_full_pattern(text: str, pos: int, endpos: int) -> list:
        with monkeypatch.context() as patched:
            patched.setattr(birads, "_LATERALITY_CORRECTION_PLAIN", _LATERALITY_CORRECTION)
            return [(m.span(), m.groupdict()) for m in _corrections(text, pos, endpos)]

    texts = [
        "Left breast: BI-RADS 2.\nADDENDUM: Correction: the abscess is in the patient's LEFT breast, not the right.\n",
        "ADDENDUM: Correction - the cyst was in the right breast in 2024, not the left. The mass described above is in "
        "the RIGHT breast, not the left as dictated.\n",
        "ADDENDUM: the imaging displayed at Time Out was US RIGHT BREAST 14/02/2026, not left as typed above.\n",
        "Impression: BI-RADS 3.\nADDENDUM: the examination was performed on the LEFT breast. That is the RIGHT breast, "
        "not the left.\n",
    ]
    for text in texts:
        for pos in range(len(text) + 1):
            for endpos in (len(text), pos + 30):
                got = [(m.span(), m.groupdict()) for m in _corrections(text, pos, endpos)]
                assert got == with_full_pattern(text, pos, endpos), (text, pos, endpos)
    plain = "ADDENDUM: the examination was performed on the LEFT breast. This is the RIGHT breast, not the left.\n"
    assert [m.span() for m in _LATERALITY_CORRECTION_PLAIN.finditer(plain)] == [
        m.span() for m in _LATERALITY_CORRECTION.finditer(plain)]
    assert all(m.group("labelled") is None and m.group("shown") is None
               for m in _LATERALITY_CORRECTION_PLAIN.finditer(plain))


def test_blanked_tick_box_options_make_no_run_on_line() -> None:
    # the unticked options of a form's decision line are blanked before reading: their blanks are no dictated text,
    # so the form's history item stays a typed heading's section and the quoted side header gives its category its side
    text = ("IVF UNIT - BREAST CHECK BEFORE STIMULATION\n"
            "1. REASON\n   Age over 40 before the first cycle.\n"
            "2. BREAST HISTORY - earlier imaging:\n   - 2022 ultrasound elsewhere, \"normal\" per patient.\n"
            "3. IMAGING ON FILE (as reported):\n"
            "   US BREAST BILATERAL, 03/02/2026, Riverside Imaging:\n"
            "   \"Left breast: at 2:00, 4 cm FN, there is a 9 mm irregular hypoechoic mass with angular\n"
            "   margins, not parallel. BI-RADS 4B. Ultrasound-guided core biopsy advised.\n"
            "   Right breast: scattered fibroglandular tissue, nothing suspicious. BI-RADS 1.\"\n"
            "4. DECISION\n"
            "   [ ] Proceed with stimulation now      [X] Wait for the biopsy result      [ ] Refer to the "
            "breast surgeon for an opinion first      [ ] Repeat imaging in three months      [ ] Other (state)\n")
    assert extract_birads(text) == {"L": "4B", "R": "1"}
    # near miss: a real unpunctuated transcript line is still dictation ("birads for c" read as 4C)
    spoken = ("left breast mammogram " + "with fine pleomorphic calcifications in a linear distribution at two o clock "
              * 3 + "impression suspicious birads for c recommend stereotactic biopsy\n")
    assert extract_birads(spoken)["L"] == "4C"


def test_an_imaging_item_of_any_name_not_performed_gives_no_category() -> None:
    text = ("Pre-treatment breast check\n"
            "1. Reason: age 34, family history.\n"
            "2. Imaging this episode: NOT DONE - no symptoms; examination normal. Ultrasound "
            "report seen (for breast pain): \"... BI-RADS 2\".\n"
            "3. Outcome: cleared.\n")
    assert extract_birads(text) == {"L": None, "R": None}
    # near miss: an imaging item that was performed gives its category
    done = ("Pre-treatment breast check\n"
            "1. Reason: age 34, family history.\n"
            "2. Imaging this episode: ultrasound of both breasts, no focal lesion. BI-RADS 1.\n"
            "3. Outcome: cleared.\n")
    assert extract_birads(done) == {"L": "1", "R": "1"}


def test_a_glossed_side_may_hold_a_one_letter_article() -> None:
    # Albanian joins the noun and its side word with an article ("ana e majtë": the left side)
    text = "Konkluzioni [Conclusion]: BI-RADS: ana e majtë [left breast] 4A; ana e djathtë [right breast] II.\n"
    assert extract_birads(text) == {"L": "4A", "R": "2"}
    # near miss: a side glossed after one or two words without an article reads as before
    assert extract_birads("BI-RADS: majtas [left] 3; djathtas [right] 2.\n") == {"L": "3", "R": "2"}


def test_a_banner_signed_on_its_own_line_still_opens_an_addendum() -> None:
    # a RIS report view prints the signature on the banner's line after a gap
    above = ("RIS report view\nProcedure: US BREAST BILAT\n"
             "** Addendum **                              Signed 02/11/2026 09:40  PATEL, ANIL MD\n"
             "Older outside films received; the right 7:00 cyst is unchanged since 2021.\n"
             "BI-RADS Assessment Right Breast (revised): 2 - Benign\n\n"
             "** Final Report **                          Signed 02/09/2026 14:02  PATEL, ANIL MD\n"
             "IMPRESSION: Right 7:00 complicated cyst, no priors.\n\nBI-RADS Category\n"
             "    Right Breast:   3 - Probably Benign\n    Left Breast:    1 - Negative\n")
    assert extract_birads(above) == {"L": "1", "R": "2"}
    below = ("RIS report view\nProcedure: US BREAST LT LTD\n"
             "IMPRESSION: Simple cyst at 2:00.\n\nBI-RADS Category\n    Overall:        2 - Benign\n\n"
             "=== ADDENDUM - WRONG SIDE ===                Signed 02/12/2026 08:15  PATEL, ANIL MD\n"
             "The examination above was performed on the right breast; the left breast was not scanned.\n")
    assert extract_birads(below) == {"L": None, "R": "2"}
    # near miss: a final report banner signed on its line, with no addendum, keeps its categories
    plain = ("RIS report view\nProcedure: US BREAST BILAT\n"
             "** Final Report **                          Signed 02/09/2026 14:02  PATEL, ANIL MD\n"
             "BI-RADS Category\n    Right Breast:   3 - Probably Benign\n    Left Breast:    1 - Negative\n")
    assert extract_birads(plain) == {"L": "1", "R": "3"}


def test_a_forms_history_section_numbered_without_a_colon_or_in_parentheses_is_history() -> None:
    sectioned = ("Pre-operative breast imaging check\n"
                 "Section 2 - Imaging history (earlier examinations)\n"
                 "   Right breast mass biopsied, benign at core; BI-RADS 4A on that occasion.\n"
                 "Section 3 - Current imaging\n"
                 "   Mammogram of both breasts: no suspicious finding. BI-RADS 1.\n")
    assert extract_birads(sectioned) == {"L": "1", "R": "1"}
    bracketed = ("Fertility unit breast checklist\n"
                 "(2) Breast history: MRI last spring, a right focus, BI-RADS 3; settled on the next MRI.\n"
                 "(3) CURRENT IMAGING (as reported): MRI of both breasts, no suspicious enhancement. BI-RADS 1.\n")
    assert extract_birads(bracketed) == {"L": "1", "R": "1"}
    # near miss: a numbered section that is this exam's own still gives its category
    own = ("Pre-operative breast imaging check\n"
           "Section 2 - Findings (today)\n"
           "   Right breast: 9 mm irregular mass at 10:00. BI-RADS 4B.\n"
           "Section 3 - Plan\n   Core biopsy.\n")
    assert extract_birads(own)["R"] == "4B"


def test_a_side_named_as_removed_gives_a_later_category_no_side() -> None:
    # the quoted report names the examined breast, then the removed one in an aside: its impression is the examined side's
    text = ("Oncology follow-up note\n"
            "Latest imaging, MAMMOGRAM LEFT 04/02/2026, as reported:\n"
            "\"Left breast only (status post right mastectomy). Fatty breast, no mass or calcification.\n"
            "IMPRESSION: Negative. BI-RADS 1.\"\n")
    assert extract_birads(text) == {"L": "1", "R": None}
    # near miss: a breast-conserving operation removes no side: the side named last still takes the category
    found = ("Oncology follow-up note\n"
             "Latest imaging, MAMMOGRAM BILATERAL 04/02/2026, as reported:\n"
             "\"Right breast: negative, BI-RADS 1. Status post left lumpectomy; a new 6 mm cluster of amorphous calcifications\n"
             "at the left lumpectomy site.\n"
             "IMPRESSION: Suspicious. BI-RADS 4B.\"\n")
    assert extract_birads(found) == {"L": "4B", "R": "1"}


def test_a_side_header_saying_not_imaged_heads_no_finding() -> None:
    text = ("Surgical pre-assessment - breast imaging\n"
            "Background: no breast history.\n"
            "   Right breast: not re-scanned today (examined clinically, normal).\n"
            "Latest imaging: ULTRASOUND LEFT BREAST 05/2026, reported as\n"
            "   \"2:00, 3 cm from the nipple, 8 mm oval circumscribed mass, probable fibroadenoma. BI-RADS 3.\"\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    # near miss: a side header over its own finding still gives the category its side
    own = ("Surgical pre-assessment - breast imaging\n"
           "Latest imaging: ULTRASOUND BILATERAL 05/2026, reported as\n"
           "   Right breast: 8 mm oval circumscribed mass at 10:00,\n"
           "   probable fibroadenoma. BI-RADS 3.\n"
           "   Left breast: normal. BI-RADS 1.\n")
    assert extract_birads(own) == {"L": "1", "R": "3"}


def test_a_spoken_correction_opening_the_next_line_takes_the_category_back() -> None:
    text = ("Dictation - breast imaging, Dr. A. Moreau\n"
            "Exam, bilateral breast ultrasound.\n"
            "Right breast, no focal lesion, birads one.\n"
            "Impression, irregular solid mass left breast two o'clock, birads four a,\n"
            "correction, birads four b. Recommend ultrasound guided core biopsy.\n"
            "End of dictation.\n")
    assert extract_birads(text) == {"L": "4B", "R": "1"}
    # near miss: a correction section of its own below the report still revises it like an addendum
    typed = ("US LEFT BREAST\nImpression: irregular solid mass at 2:00. BI-RADS 4A.\n\n"
             "CORRECTION: on review of the cine clips the margins are angular. BI-RADS 4B.\n")
    assert extract_birads(typed) == {"L": "4B", "R": None}


def test_a_correction_above_the_report_it_calls_written_below_moves_its_categories() -> None:
    text = ("ERRATUM 14.05.2026: the study written below was performed on the LEFT breast, not the right.\n\n"
            "EXAM: RIGHT BREAST ULTRASOUND\nFindings: 2 o'clock 6 mm oval parallel mass.\nConclusion: BI-RADS 3.\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    # near miss: an erratum above that corrects no side leaves the report's own
    text = text.replace("the study written below was performed on the LEFT breast, not the right.",
                        "the date written below should read 13.05.2026.")
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_a_glossed_side_of_several_original_words_with_a_one_letter_article() -> None:
    text = ("Ekografi bilaterale [Bilateral breast ultrasound]\nPërfundimi [Conclusion]: Nodule of the right breast, cyst "
            "on the left.\nBI-RADS: sisa e djathtë [right breast] III; sisa e majtë [left breast] I.\n")
    assert extract_birads(text) == {"L": "1", "R": "3"}
    text = text.replace("BI-RADS: sisa e djathtë [right breast] III; sisa e majtë [left breast] I.",
                        "BI-RADS: sein à droite [right breast] 4B; sein à gauche [left breast] 2.")
    assert extract_birads(text) == {"L": "2", "R": "4B"}
    # near miss: without the English gloss the original side words name no side
    text = text.replace(" [right breast]", "").replace(" [left breast]", "")
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_side_lines_gloss_that_translates_the_finding_and_the_category_name() -> None:
    text = ("Ekografi e gjinjve [Breast ultrasound], bilateral\n\nPërshkrimi [Description]: oval nodule at 2 o'clock on the "
            "left.\n\nPërfundimi [Conclusion]:\nGjiri i djathtë [Right breast]: pa ndryshime [Negative].\n"
            "Gjiri i majtë [Left breast]: fibroadenomë, gjetje ndoshta beninje [fibroadenoma, probably benign finding].\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    # near miss: a descriptive word in the gloss is no category's name
    text = text.replace("[fibroadenoma, probably benign finding]", "[fibroadenoma, benign-appearing]")
    assert extract_birads(text) == {"L": None, "R": "1"}


def test_a_terse_line_opened_by_a_bare_side_letter_gives_its_category_that_side() -> None:
    text = ("SCREEN MAMMO BILAT\nDT: 2026-05-02  Rdr: KO\nDens B.\nL 4mm focal asymmetry UOQ, new.\nL - 0, recall for dx.\n"
            "R clear, BIRADS 1.\n")
    assert extract_birads(text) == {"L": "0", "R": "1"}
    # near miss: a word that only starts with the letter names no side
    assert extract_birads(text.replace("R clear, BIRADS 1.", "Rest clear, BIRADS 1.")) == {"L": "0", "R": None}


def test_an_impression_heading_run_in_after_a_sentence_with_a_category_name_alone() -> None:
    text = ('Pre-operative clearance note\n1. Breast imaging:\n   Screening mammogram bilateral, 2026-01-14 (outside centre): '
            '"Scattered fibroglandular density. No suspicious mass. IMPRESSION: Negative. Routine screening in one year."\n'
            '2. Cleared.\n')
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # near misses: a descriptive word after the heading, and no heading of a report in running prose
    assert extract_birads(text.replace("IMPRESSION: Negative.", "IMPRESSION: Benign-appearing calcifications.")) == {
        "L": None, "R": None}
    assert extract_birads(text.replace("IMPRESSION: Negative.", "my impression: negative.")) == {"L": None, "R": None}


def test_history_words_alone_on_a_line_open_no_history_without_a_form_number() -> None:
    # a numbered form item may head its line without a colon ("Section 3 - Breast history (previous imaging)"); a
    # bare "Prior imaging" line is a title in the findings, not a history that would swallow today's category
    text = "BILATERAL MAMMOGRAM\nPrior imaging\nMammogram 2023 BI-RADS 2.\nRight breast cyst stable.\nBI-RADS 2.\n"
    assert extract_birads(text) == {"L": "2", "R": "2"}
    numbered = ("Section 3 - Breast history (previous imaging)\nMammogram 2023: BI-RADS 4A, benign biopsy.\n\n"
                "Section 4 - Current imaging\nBilateral mammogram: BI-RADS 1.\n")
    assert extract_birads(numbered) == {"L": "1", "R": "1"}


def test_a_plan_for_further_imaging_deferred_is_no_exam_not_performed() -> None:
    # "Further imaging: deferred" plans what comes next; only "imaging ... not performed" says this exam was not done
    text = ("RIGHT BREAST ULTRASOUND\nFindings: 8 mm oval mass at 10 o'clock.\n"
            "Further imaging: deferred; BI-RADS 3, short interval follow-up.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}
    # near miss: an item named only "imaging" that says it was not performed still takes the category after it
    text = ("RIGHT BREAST ULTRASOUND\nFindings: 8 mm oval mass at 10 o'clock.\n"
            "Current imaging: not performed; BI-RADS 3, short interval follow-up.\n")
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_side_not_imaged_in_capitals_or_after_a_tab_heads_no_category() -> None:
    for header in ("Right breast: NOT IMAGED.", "Right breast:\tnot imaged.", "Right breast: not imaged."):
        assert extract_birads(f"Left breast: simple cyst.\n{header}\nBI-RADS 2.\n") == {"L": "2", "R": None}, header


def test_a_typed_correction_line_after_a_category_and_comma_is_a_correction() -> None:
    # after a typed category, a "Correction," line opens a correction (the take-back over a line break is dictation's)
    text = "Right breast: mass. BI-RADS 4B,\nCorrection, the left breast was imaged. BI-RADS 4C.\n"
    assert extract_birads(text) == {"L": "4C", "R": "4B"}


def test_a_category_revised_from_one_to_another_over_a_line_break() -> None:
    # "changed from X to Y" with a line break or a double space before "from" (its pre-check wanted one space)
    for gap in ("\n", "  "):
        text = ("RIGHT BREAST ULTRASOUND\nImpression: BI-RADS 4A.\n\n"
                f"ADDENDUM: on review the category is changed{gap}from 4A to 3 (probably benign).\n")
        assert extract_birads(text) == {"L": None, "R": "3"}, repr(gap)
    # near miss: "from" after no revising word revises nothing
    text = "RIGHT BREAST ULTRASOUND\nImpression: BI-RADS 4A.\nComparison from 2024 to 2025: stable.\n"
    assert extract_birads(text) == {"L": None, "R": "4A"}


def test_a_translated_revision_heading_named_after_the_report_it_adds_to_is_an_addendum() -> None:
    # the English name in brackets, a date between it and the colon: the heading is still read
    text = ("Zaključak [Conclusion]: BI-RADS 4A lijevo [left], BI-RADS 2 desno [right].\n"
            "Potpisao [Signed]: dr N. N.\n\n"
            "NADOPUNA [Addendum to the findings] 21.04.2026:\n"
            "After core biopsy with benign histology the left lesion is downgraded to BI-RADS 3.\n")
    assert extract_birads(text) == {"L": "3", "R": "2"}
    # near miss: the side the supplement does not name keeps the conclusion's category
    text = ("Zaključak [Conclusion]: BI-RADS 4A lijevo [left], BI-RADS 3 desno [right].\n\n"
            "DOPUNA [Supplement to the findings] 21.04.2026.:\n"
            "The right cyst was aspirated and has resolved, now BI-RADS 2. Nothing further on the left.\n")
    assert extract_birads(text) == {"L": "4A", "R": "2"}


def test_a_previous_findings_heading_holds_an_earlier_exams_category() -> None:
    # "Previous findings <date>:" quotes the earlier exam, like "Previous imaging:"; today's conclusion decides
    text = ("BILATERAL BREAST ULTRASOUND\nPrevious findings 11.09.2024: right breast BI-RADS 4B, core biopsy benign.\n"
            "Findings: scattered simple cysts in both breasts.\nConclusion: BI-RADS 2 right, BI-RADS 2 left.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # near miss: today's "Findings:" section is no history; its side's category stands
    today = ("BILATERAL BREAST ULTRASOUND\nFindings: scattered simple cysts; right breast 9 mm irregular mass.\n"
             "Conclusion: BI-RADS 4B right, BI-RADS 2 left.\n")
    assert extract_birads(today) == {"L": "2", "R": "4B"}


def test_dated_label_searched_near_the_last_colon_finds_what_a_whole_line_search_finds():
    # The dated label ("Prior study (03/2024): ...") is searched for only just before the statement's last colon:
    # the same answer as a search from the line's start, on labels, padded colons and text without one.
    # (the reference: the label and its tail as one pattern, searched from the line's start)
    import re

    from nlp.birads import _dated_label

    whole = re.compile(r"\([^()\n]{0,60}?(?<![\d/.-])(?:\d{1,2}[/.-])?(?:19|20)\d\d(?![\d/.-])[^()\n]{0,60}\)[ \t]*:"
                       r"(?:[^:.\n]|\.(?!\s))*$")
    texts = [
        "Mammogram (12/2023):   BI-RADS 2 at that time",
        "Comparison (2024) : prior BI-RADS 3. Today BI-RADS 2",
        "x" * 500 + " Ultrasound (left, 2021, outside):" + " benign, BI-RADS 2",
        "Assessment: BI-RADS 4A (2025 follow-up) no colon after it",
        "No label here at all, BI-RADS 1",
        "(" + "a" * 60 + "12/2022" + "b" * 60 + ")  : BI-RADS 5",  # the longest label the pattern allows
        "Prior (2023): stable.\nBI-RADS 2. Next (2024): 3.x and 4. 5\r\n6.\n",  # breaks in the tail, CRLF
        "A (2020): x (B (2021): y) C (2022):z. (2023)  :\t w\n",
    ]
    for text in texts:
        for start in range(len(text) + 1):
            assert _dated_label(text, 0, start) == (whole.search(text, 0, start) is not None), (text, start)


def test_a_side_line_under_an_impression_opening_on_a_category_name_is_the_impression() -> None:
    # the impression's first item names its category before its side: the side line below it is still the impression's
    text = ("Exam: BILATERAL MAMMOGRAM\nFindings: 9 mm circumscribed mass, left 2 o'clock.\n\nIMPRESSION:\n"
            "Probably benign, left breast; six-month follow-up ultrasound of the\nleft 2 o'clock mass is advised.\n"
            "Right breast: Benign.")
    assert extract_birads(text) == {"L": "3", "R": "2"}
    # (near miss: a findings line that names no category is no assessment, so the side line below it is not either)
    text = ("Exam: BILATERAL MAMMOGRAM\nIMPRESSION:\nSee findings.\n\nFindings: 9 mm circumscribed mass, left 2 o'clock.\n"
            "Right breast: Benign.")
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_correction_placing_the_reported_finding_on_the_other_side_moves_its_category() -> None:
    text = ("EXAM: CT ABDOMEN AND PELVIS\nFindings: incidental 12 mm spiculated nodule in the left breast, lower inner "
            "quadrant.\nImpression: left breast nodule, BI-RADS 0; mammography and ultrasound advised.\n\n"
            "ADDENDUM: the nodule reported above lies in the right breast (positioning marker reviewed), not the left.")
    assert extract_birads(text) == {"L": None, "R": "0"}
    # (near miss: an addendum adding another finding on the other side moves nothing)
    text = text.replace("the nodule reported above lies in the right breast (positioning marker reviewed), not the left.",
                        "a second nodule, not reported above, is in the right breast; it looks like a lymph node.")
    assert extract_birads(text) == {"L": "0", "R": None}


def test_a_diagnostic_history_heading_holds_earlier_categories() -> None:
    # a consult note's "Diagnostic history:" quotes the work-up that found the cancer, like "Imaging history:"
    text = ("Surgical oncology clinic note\n"
            "Diagnostic history: right breast ultrasound 03/2026, 2 cm spiculated mass, BI-RADS 5; biopsy IDC.\n"
            "Contralateral screen today:\n\"Left breast: no suspicious finding. BI-RADS 1.\"\n")
    assert extract_birads(text) == {"L": "1", "R": None}
    # near miss: a "Diagnostic impression:" is today's reading, no history
    today = "Diagnostic impression: right breast spiculated mass, BI-RADS 5.\n"
    assert extract_birads(today) == {"L": None, "R": "5"}


def test_a_history_heading_glossed_with_its_source_in_parentheses_is_history() -> None:
    # "Clinical notes (from request form):" names where the history came from; it is history all the same
    text = ("RIGHT MAMMOGRAM\nClinical notes (per referral letter): left mastectomy 2021. Last screen - BIRADS 3.\n"
            "Report: fatty breast, no mass or calcification.\nOpinion: Rt. breast - BIRADS 1\n")
    assert extract_birads(text) == {"L": None, "R": "1"}
    # near miss: a remark in parentheses that is not the heading's source leaves a long heading unread as history
    text = ("Clinical question (her scan was done today, report pending): right breast cyst, BIRADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_a_side_list_head_may_name_its_exams_in_parentheses() -> None:
    # "FINAL BI-RADS (US + MAMMO): Lt. breast - 3 / Rt. breast - 1": the remark names the exams the list sums up
    text = "BILATERAL US AND MAMMOGRAM\nFINAL BI-RADS (US + MAMMO): Lt. breast - 3 / Rt. breast - 1\n"
    assert extract_birads(text) == {"L": "3", "R": "1"}
    # near miss: an unsided category after such a remark is the exam's, as before
    text = "BILATERAL US AND MAMMOGRAM\nFINAL BI-RADS (combined): 2\n"
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_a_side_list_may_join_its_roman_items_with_a_dash() -> None:
    text = "BILATERAL MAMMOGRAM\nConclusion: BI-RADS: left V - right II.\n"
    assert extract_birads(text) == {"L": "5", "R": "2"}
    # near miss: a dash before a side word with no category after it adds no item
    text = "BILATERAL MAMMOGRAM\nConclusion: BI-RADS: left 2 - right breast not imaged today.\n"
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_side_named_in_two_languages_before_its_english_gloss_is_read() -> None:
    # a bilingual report writes both its languages' side words, then the English one in brackets
    text = "BILATERAL MAMMOGRAM\nConclusion:\nBI-RADS: links / gauche [left] 4A, rechts / droit [right] 2.\n"
    assert extract_birads(text) == {"L": "4A", "R": "2"}
    # near miss: one language before the gloss reads as before
    text = "BILATERAL MAMMOGRAM\nConclusion:\nBI-RADS: links [left] 4A, rechts [right] 2.\n"
    assert extract_birads(text) == {"L": "4A", "R": "2"}


def test_a_prior_exam_named_only_as_missing_or_without_the_finding_dates_nothing() -> None:
    # "not seen on the prior mammogram", "there is no prior ultrasound": today's finding, today's category
    text = "Left breast: calcifications not seen on the prior mammogram, suspicious, BI-RADS 4A.\n"
    assert extract_birads(text) == {"L": "4A", "R": None}
    text = "Left breast: a new 7 mm nodule, absent on the prior examination, without a prior ultrasound to compare, BI-RADS 3.\n"
    assert extract_birads(text) == {"L": "3", "R": None}
    # near miss: the category the prior exam was given is still an earlier one
    text = "Left breast ultrasound.\nLeft breast: on the prior ultrasound, BI-RADS 3; today a simple cyst, BI-RADS 2.\n"
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_translated_name_then_side_line_keeps_its_first_language_words() -> None:
    # "<first-language name> / <second> [English name], <side words>." under a heading alone on its line
    text = ("LEFT BREAST ULTRASOUND\nConclusion:\nGoedaardig / Bénin [Benign], linkerborst / left breast.\n"
            "No follow-up needed.\n")
    assert extract_birads(text) == {"L": "2", "R": None}
    # near miss: a bracketed finding that is no category's name gives none
    text = "LEFT BREAST ULTRASOUND\nConclusion:\nCyste / kyste [cyst], linkerborst / left breast.\n"
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_procedure_notes_side_correction_printed_above_it_moves_its_category() -> None:
    # "the clip placement described below was performed in the LEFT breast": the procedure's category is the left's
    text = ("RADIOLOGY PROCEDURE NOTE\nCORRECTION: the clip placement described below was performed in the LEFT breast, "
            "not the right.\n\nORIGINAL NOTE:\nUltrasound-guided clip placement in the right breast at 2:00.\n"
            "Assessment: Right breast BI-RADS 6.\n")
    assert extract_birads(text) == {"L": "6", "R": None}
    # near miss: a procedure note without a correction keeps its side
    text = ("RADIOLOGY PROCEDURE NOTE\nUltrasound-guided clip placement in the right breast at 2:00; the procedure was "
            "performed without complication.\nAssessment: Right breast BI-RADS 6.\n")
    assert extract_birads(text) == {"L": None, "R": "6"}


def test_a_sides_word_assessment_is_not_the_overall_category_below_it() -> None:
    # "Left breast: Negative." then "OVERALL BI-RADS: 0": the overall sums up both sides, the left keeps its own
    text = ("DIAGNOSTIC MAMMOGRAM BILATERAL\nIMPRESSION:\nLeft breast: Incomplete - Need Additional Imaging Evaluation. "
            "Spot views advised.\nRight breast: Benign.\n\nOVERALL BI-RADS: 0\n")
    assert extract_birads(text) == {"L": "0", "R": "2"}
    # near miss: an unsided word assessment over its number is still that number
    text = "LEFT MAMMOGRAM\nImpression: Benign.\nBI-RADS 2\n"
    assert extract_birads(text) == {"L": "2", "R": None}


def test_a_csv_audit_export_gives_each_side_its_standing_rows_category() -> None:
    text = ("Imaging QA extract, spring 2025\n"
            "legend: report_status S=signed, R=revised (replaces S for that side), V=voided in error; "
            "record_kind E=this exam, H=historical exam (do not count)\n"
            "date,acc_no,desc,laterality,record_kind,category,report_status,impression\n"
            '2025-03-01,Q77,"US, BOTH BREASTS",R,E,2,S,"Stable cysts."\n'
            '2025-03-01,Q77,"US, BOTH BREASTS",L,E,0,S,"Possible mass, needs correlation."\n'
            '2025-03-05,Q77,"US, BOTH BREASTS",L,E,4B,R,"Revised: solid mass, biopsy."\n'
            '2024-02-10,Q12,"US, BOTH BREASTS",R,H,3,S,"Earlier follow-up."\n'
            "reviewer note: no discrepancy.\n")
    assert extract_birads(text) == {"L": "4B", "R": "2"}
    # the same rows with the revision voided: the signed category stands
    voided = text.replace(",4B,R,", ",4B,V,")
    assert extract_birads(voided) == {"L": "0", "R": "2"}


def test_a_year_straight_after_the_category_dates_it() -> None:
    # the earlier exam's category, its year after it: history, whatever today's exam says
    for dated in ("Her most recent bilateral mammogram was BI-RADS 1 in June 2025.",
                  "The right breast was BI-RADS 4A in 2023 and the core biopsy was benign."):
        text = f"Oncology follow-up letter. {dated} No imaging was done today; it is booked for next month."
        assert extract_birads(text) == {"L": None, "R": None}, dated
    # a near miss: a place or a full date after the category leaves it today's
    assert extract_birads("Left breast ultrasound. Impression: BI-RADS 4A in the upper outer quadrant.")["L"] == "4A"
    assert extract_birads("Left breast ultrasound. Impression: BI-RADS 3 on 14/02/2026, short-interval follow-up.")["L"] == "3"


def test_a_printouts_ruled_line_ends_the_history_section_above_it() -> None:
    rule = "-" * 60
    text = ("BREAST IMAGING RESULT\n" + rule + "\nBACKGROUND\n  Age 61, annual screen.\n"
            "  Previous studies: 2024 and 2025 at this centre.\n" + rule + "\nRESULT\n"
            "  Scattered benign calcifications on the right.\n" + rule + "\n"
            "ASSESSMENT\n  Right breast BI-RADS 2 - benign.\n  Left breast BI-RADS 1 - negative.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}
    # near miss: a ruled line straight under the history heading underlines it; the quoted category stays history
    underlined = ("Previous studies:\n" + rule + "\n  2025 screen, right breast BI-RADS 3, since resolved.\n\n"
                  "Impression: no new findings.\n")
    assert extract_birads(underlined) == {"L": None, "R": None}


def test_a_side_column_marked_not_assessed_leaves_the_other_column_its_category() -> None:
    head = "US LEFT BREAST TARGETED\nBI-RADS CATEGORY\n  Left Breast                  Right Breast\n"
    text = head + "  4A - Low suspicion           Not imaged\n"
    assert extract_birads(text) == {"L": "4A", "R": None}
    assert extract_birads(head + "  N/A                          2 - Benign\n") == {"L": None, "R": "2"}
    # near miss: a number written out of its side's column is not read as that column's
    assert extract_birads(head + "  N/A   2 - Benign\n")["R"] is None


def test_a_glossed_heading_whose_original_carries_its_own_aside_is_read_by_its_english_name() -> None:
    combined = ("Abschliessende Beurteilung (Mammographie und Sonographie) "
                "[Overall assessment (mammography + ultrasound)]:\n")
    text = ("Untersuchung [Examination]: Mammographie und Sonographie beidseits\n"
            "Mammographie allein [Mammography alone]: BI-RADS 0 beidseits, dichtes Gewebe.\n"
            "Sonographie: rechts einfache Zyste; links unscharfer Herd bei 2 Uhr.\n"
            + combined + "BI-RADS re. 2, li. 4A.\n")
    assert extract_birads(text) == {"L": "4A", "R": "2"}
    # near miss: with no combined heading the mammogram's bilateral 0 is not outranked
    assert extract_birads(text.replace(combined, "")) == {"L": "4A", "R": "0"}


def test_a_revision_naming_its_side_without_the_article_revises_that_side() -> None:
    text = ("Impression: Lt breast - cyst, BI-RADS 2. Rt breast - normal, BI-RADS 1.\n\n"
            "Addendum: outside MRI compared. BI-RADS for Lt breast upgraded to 4B; Rt breast unchanged.\n")
    assert extract_birads(text) == {"L": "4B", "R": "1"}
    # near miss: the side's category is only stated again in the addendum, nothing revised: the other side keeps its own
    same = text.replace("BI-RADS for Lt breast upgraded to 4B", "Lt breast BI-RADS 2 stands")
    assert extract_birads(same) == {"L": "2", "R": "1"}


def test_a_category_opening_a_clause_of_its_own_assesses() -> None:
    # "Category II." as a sentence of its own, "..., catégorie ACR 2 ;" after a comma (the French name the college)
    text = "RIGHT BREAST ULTRASOUND\nConclusion: Simple cyst at 10 o'clock, unchanged. Category II. Routine follow-up.\n"
    assert extract_birads(text) == {"L": None, "R": "2"}
    text = ("Échographie du sein gauche\nConclusion : kyste simple du sein gauche, catégorie ACR 2 ; "
            "surveillance habituelle.\n")
    assert extract_birads(text) == {"L": "2", "R": None}
    # near miss: a category inside a sentence, and a density graded by the college, assess nothing
    text = "LEFT BREAST ULTRASOUND\nFindings: the category 3 nodule of 2024 has resolved. Densité mammaire ACR 2.\n"
    assert extract_birads(text) == {"L": None, "R": None}


def test_an_impression_run_in_after_its_heading_assesses_a_bilateral_exam() -> None:
    # "IMPRESSION: Negative." on the heading's line: the exam's category, not only the side of a finding named above it
    text = ("BILATERAL SCREENING MAMMOGRAM\nIndication: annual screening.\nScattered fibroglandular tissue. No mass or "
            "suspicious calcification. A stable lymph node lies in the right axillary tail.\nIMPRESSION: Negative.\n")
    assert extract_birads(text) == {"L": "1", "R": "1"}
    # near miss: an impression that names its side keeps it
    text = text.replace("IMPRESSION: Negative.", "IMPRESSION: Negative, right breast.")
    assert extract_birads(text) == {"L": None, "R": "1"}


def test_a_category_at_diagnosis_is_history() -> None:
    # a case presented after treatment: the category the cancer had at diagnosis is the earlier imaging's
    text = ("Case 2. 58 y, left breast IDC, cT2 N0 at diagnosis (02/2026, staging BI-RADS 5, biopsy-proven BI-RADS 6). "
            "Lumpectomy 05/2026.\n"
            'Current imaging: left breast ultrasound 01/09/2026: "Post-surgical scar, no residual mass. BI-RADS 2."\n')
    assert extract_birads(text) == {"L": "2", "R": None}
    # near miss: an exam done for a diagnosis is today's
    text = "Left breast ultrasound for the diagnosis of a palpable lump: irregular 12 mm mass at 2 o'clock, BI-RADS 4B.\n"
    assert extract_birads(text) == {"L": "4B", "R": None}


def test_a_side_header_saying_later_in_its_line_the_side_was_not_imaged_heads_nothing() -> None:
    # "Left breast: <an earlier exam's result>; not re-imaged now.": the quoted result below is not the left's
    text = ("Breast MDT summary, 61 y, right breast carcinoma.\nLeft breast: normal on the staging mammogram; not re-imaged "
            'now.\nCurrent imaging: Right breast ultrasound 02/03/2026 (after chemotherapy): "Residual 6 mm mass at the '
            'clip, smaller than before. BI-RADS 6."\n')
    assert extract_birads(text) == {"L": None, "R": "6"}
    # near miss: a finding "not imaged" on one modality, in a comma clause, leaves its side imaged
    text = ("RIGHT BREAST ULTRASOUND\nRight breast: palpable lump, not imaged on the mammogram, simple cyst on "
            "ultrasound. BI-RADS 2.\n")
    assert extract_birads(text) == {"L": None, "R": "2"}


def test_a_translated_result_heading_heads_the_side_lines_like_a_conclusion() -> None:
    text = ("Badanie mammograficzne [Mammography], both breasts (translated)\nWynik [Result]:\n"
            "Lewa pierś [Left breast]: zmiana, prawdopodobnie łagodna [probably benign].\n"
            "Prawa pierś [Right breast]: negatywna [Negative].\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    # near miss: the same lines under a findings heading assess nothing
    assert extract_birads(text.replace("Wynik [Result]", "Opis [Findings]")) == {"L": None, "R": None}


def test_a_side_lines_finding_glossed_at_length_in_brackets_still_reaches_its_category() -> None:
    text = ("Breast ultrasound (translated)\nConclusion:\n"
            "Left breast: guzek lity owalny 11 mm na godz. 2 o gładkich granicach [solid oval nodule of 11 mm at 2 "
            "o'clock with smooth margins, parallel orientation], prawdopodobnie łagodna [probably benign].\n"
            "Right breast: negatywna [Negative].\n")
    assert extract_birads(text) == {"L": "3", "R": "1"}
    # near miss: a descriptive word after the glossed finding is still no category
    assert extract_birads(text.replace("prawdopodobnie łagodna [probably benign]", "owalny [oval]"))["L"] is None


def test_todays_exam_quoted_over_several_sentences_keeps_the_category_reported_after_it() -> None:
    text = ("Dear Dr Ames,\n\nThe right breast ultrasound done today showed: \"A 12 mm oval cyst at 7 o'clock. It is "
            "smaller than on her previous scan. No solid part. Normal axilla.\" It was reported as benign, BI-RADS 2.\n\n"
            "Kind regards,\nDr Lowe\n")
    assert extract_birads(text)["R"] == "2"
    # near miss: without "today" the quoted exam is an earlier one, its category dated
    assert extract_birads(text.replace(" done today", " done last spring"))["R"] is None


def test_either_breast_in_the_findings_names_both_sides_for_the_category_below() -> None:
    text = ("Imaging (pasted):\nMAMMOGRAM SCREENING BILATERAL - 02/02/2026\nFindings: Heterogeneously dense. Right "
            "surgical clips unchanged. No suspicious finding in either breast.\nBI-RADS 2 - Benign.\n")
    assert extract_birads(text) == {"L": "2", "R": "2"}
    # near miss: findings ending on one side give the category to that side
    assert extract_birads(text.replace("in either breast", "in the right breast")) == {"L": None, "R": "2"}


def test_a_history_heading_with_a_long_source_remark_or_after_a_sentence_is_history() -> None:
    # the source remark may run long: "(as typed on the order by her GP)" still names where the history came from
    text = ("LEFT BREAST ULTRASOUND\nReason for exam (as typed on the electronic order by her family doctor): lump, "
            "outside scan graded BIRADS 4B.\nFindings: 9 mm anechoic cyst at 3 o'clock, thin wall.\n"
            "Impression: simple cyst. BIRADS 2.\n")
    assert extract_birads(text) == {"L": "2", "R": None}
    # a qualified history heading opening its own sentence in a line of the indication ("Imaging history:")
    text = ("BILATERAL MAMMOGRAM AND ULTRASOUND\nIndication: family history. Screening history: tomosynthesis 2024 "
            "BIRADS 2; ultrasound 2025 BIRADS 3.\nFindings: new 7 mm irregular mass, left breast 1 o'clock. "
            "Right breast: nothing suspicious.\nImpression:\nLeft breast 1:00 mass - BIRADS 4B.\n"
            "Right breast negative - BIRADS 1.\n")
    assert extract_birads(text) == {"L": "4B", "R": "1"}
    # near miss: a sentence's own words before a colon that name no history are today's ("Targeted view: ...")
    text = ("LEFT DIAGNOSTIC MAMMOGRAM\nIndication: lump. Targeted view: 12 mm irregular mass at 2 o'clock, "
            "BIRADS 4C.\n")
    assert extract_birads(text) == {"L": "4C", "R": None}


def test_an_addendum_above_its_report_naming_an_impression_item_revises_that_items_side() -> None:
    # "item 2 should be BI-RADS 4A": the numbered item is in the report printed below the addendum
    text = ("* Addendum *   signed 02/03/2026\nAfter the spot compression views, item 2 should be BI-RADS 4A, upgraded "
            "from BI-RADS 3.\n* Final Report *   signed 01/03/2026\nBILATERAL DIAGNOSTIC MAMMOGRAM\nIMPRESSION:\n"
            "1. Left breast: benign calcifications, BI-RADS 2.\n2. Right breast 6:00 asymmetry, BI-RADS 3.\n")
    assert extract_birads(text) == {"L": "2", "R": "4A"}
    # near miss: a revision naming no item and no side still assesses the exam, both sides
    text = text.replace("item 2 should be BI-RADS 4A, upgraded from BI-RADS 3", "the assessment should be BI-RADS 4A")
    assert extract_birads(text) == {"L": "4A", "R": "4A"}


def test_a_side_list_item_may_end_on_its_category_name_after_a_dash() -> None:
    # "left 4B - moderate suspicion / ...; right 2 - benign": each side's number, then its category's name
    text = ("BILATERAL ULTRASOUND\nBI-RADS: left 4B - moderate suspicion / sospecha moderada; right 2 - benign "
            "(cyst).\n")
    assert extract_birads(text) == {"L": "4B", "R": "2"}
    # near miss: a side word, a number and a dash outside such a list are a finding's count, no category
    text = "BILATERAL MAMMOGRAM\nFindings: right 2 - 3 mm cysts; left clear.\nImpression: BI-RADS 2, bilateral.\n"
    assert extract_birads(text) == {"L": "2", "R": "2"}


def test_a_spanish_erratum_heading_and_debe_decir_move_the_category_to_the_side_it_names() -> None:
    # "Fe de erratas" (erratum) heads a correction; "debe decir" (it must say) names the side, alone or bilingual
    text = ("ECOGRAFÍA MAMARIA DERECHA\nConclusión: quiste complicado, BI-RADS 3.\n"
            "Fe de erratas 14/02/2026: donde dice 'mama derecha' debe decir 'mama izquierda'.\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    text = ("Estudio / Study: Mamografía derecha / Right mammogram\nImpresión / Impression: BI-RADS 4A.\n"
            "Corrección / Correction: debe decir 'izquierda' / it should read 'left'.\n")
    assert extract_birads(text) == {"L": "4A", "R": None}
    # near miss: an erratum of something other than the side (the date) leaves the category where it was
    text = ("ECOGRAFÍA MAMARIA DERECHA\nConclusión: quiste complicado, BI-RADS 3.\n"
            "Fe de erratas: donde dice 14/02/2026 debe decir 15/02/2026.\n")
    assert extract_birads(text) == {"L": None, "R": "3"}


def test_a_side_list_item_may_name_the_category_between_its_side_and_its_number() -> None:
    # "left category 4A, right category II": the side (glossed in brackets or not), "category", then the number
    text = "BILATERAL BREAST ULTRASOUND\nBI-RADS: left category 4A, right category II.\n"
    assert extract_birads(text) == {"L": "4A", "R": "2"}
    text = ("ÉCHOGRAPHIE MAMMAIRE BILATÉRALE\nBI-RADS : sein droit [right breast] catégorie III ; "
            "sein gauche [left breast] catégorie II.\n")
    assert extract_birads(text) == {"L": "2", "R": "3"}
    # near miss: another scale's category after a word of its own (the breast density) is no item of the list
    text = "BILATERAL MAMMOGRAM\nBI-RADS: right breast, density category 3; left breast, density category 3.\n"
    assert extract_birads(text) == {"L": None, "R": None}


def test_a_french_or_spanish_revised_category_with_an_arrow_takes_the_category_after_it() -> None:
    # "révisée" / "revisada" (revised), also with its English gloss in brackets before the colon; near miss: a revised
    # date with an arrow revises no category
    cases = (("Conclusion : BI-RADS droite 3 ; gauche 1.\nComplément : catégorie du sein droit révisée [category of "
              "the right breast revised] : 3 -> 4a.", {"L": "1", "R": "4A"}),
             ("Conclusión: BI-RADS derecha 4B, izquierda 2.\nAdenda: categoría de la mama derecha revisada: 4B -> 4C.",
              {"L": "2", "R": "4C"}),
             ("Conclusion : BI-RADS droite 3 ; gauche 1.\nComplément : date de l'examen révisée : 12/03 -> 13/03.",
              {"L": "1", "R": "3"}))
    for report, expected in cases:
        assert extract_birads("ÉCHOGRAPHIE MAMMAIRE BILATÉRALE\n" + report + "\n") == expected


def test_a_side_keyed_category_whole_within_a_table_cell_is_read() -> None:
    # a pipe table's category cell keying each side ("| R: BI-RADS 2   L: BI-RADS 4A |"); near miss: a column header
    # whose number sits in the row below is still no category
    text = ("CASE SHEET\nCurrent imaging:\n| Date | Modality | Findings | Assessment |\n"
            "| 02/03/2026 | MG both sides | right cysts; left irregular mass | R: BI-RADS 2   L: BI-RADS 4A |\n")
    assert extract_birads(text) == {"L": "4A", "R": "2"}
    text = ("CASE SHEET\n| 02/03/2026 | US right breast | lobulated mass 9 mm | R: BI-RADS 3 |\n"
            "|            | (left not imaged)  | no flow                    |              |\n")
    assert extract_birads(text) == {"L": None, "R": "3"}
    header = "| Lesion | Size | Lesion BI-RADS\n| 1 | 8 mm | benign |\n"
    assert extract_birads(header) == {"L": None, "R": None}


def test_a_spoken_history_heading_ends_where_the_same_line_goes_on_to_the_findings() -> None:
    # a run-on dictation ("History, ... Findings, ... Impression, ..."): the category said after the findings is this
    # exam's; near miss: a category said in the history sentence itself stays history
    line = ("History, fifty-one year old, left breast pain. Findings, at left ten o'clock an oval circumscribed mass. "
            "Impression, left breast mass, birads three, short interval follow up.")
    assert extract_birads("DICTATION - US BREAST LEFT\n" + line + "\n") == {"L": "3", "R": None}
    line = "History, outside ultrasound called it birads four a. Findings, no mass today."
    assert extract_birads("DICTATION - US BREAST LEFT\n" + line + "\n")["L"] != "4A"


def test_a_uk_score_clause_after_a_heading_keys_its_later_category_to_its_side() -> None:
    # "Summary: R U1. L U3 - ... (BI-RADS equivalent 3)": the category belongs to the side whose score opens its
    # clause, not to the other side's score before it; near miss: the right side's own category stays the right's
    text = ("US BOTH BREASTS\nSummary: R U1. L U3 - oval parallel nodule, probably a fibroadenoma (BI-RADS equivalent "
            "3).\n")
    assert extract_birads(text) == {"L": "3", "R": None}
    text = "US BOTH BREASTS\nSummary: L U1. R U4 - irregular nodule, biopsy arranged (BI-RADS equivalent 4B).\n"
    assert extract_birads(text) == {"L": None, "R": "4B"}


def test_an_export_record_typed_as_an_addendum_revises_the_records_before_it() -> None:
    # a later record whose type field says addendum ("REPORT_TYPE=Addendum") correcting the side is the last word;
    # near miss: the same record typed as final is no revision
    first = "RECORD=1\nREPORT_TYPE=FINAL\nEXAM=US BREAST\nBIRADS_R=N/A\nBIRADS_L=3\n"
    addendum = ("RECORD=2\nREPORT_TYPE=Addendum\nNOTE=Wrong side at booking: the examination was performed on the "
                "right breast; nothing was scanned on the left.\nBIRADS_R=3\nBIRADS_L=N/A\n")
    assert extract_birads(first + addendum) == {"L": None, "R": "3"}
    assert extract_birads(first + addendum.replace("=Addendum", "=FINAL")) == {"L": "3", "R": "3"}


# radiology b65 classes, each in words of its own
def test_dexter_sinister_items_with_roman_numerals() -> None:
    text = "Sonography of both glands.\nConclusion: cyst on the right; left node to verify.\nBI-RADS: S - IVb; D - III\n"
    assert extract_birads(text) == {"L": "4B", "R": "3"}
    # without the keyword the letters and numerals are no category
    assert extract_birads("Mammography, both glands. Density D - II, S - 2.\n") == {"L": None, "R": None}


def test_a_supplement_to_the_protocol_heading_with_a_blanked_gloss_revises() -> None:
    text = ("Conclusion: right gland nodule. BI-RADS: D - 4a, S - 1\n\nSUPPLEMENT TO THE PROTOCOL" + " " * 30
            + "11.05.2026:\nBiopsy result benign; right gland category changed: BI-RADS 2.\n")
    assert extract_birads(text) == {"L": "1", "R": "2"}
    # a supplement mentioned in a sentence is no heading
    assert extract_birads("Conclusion: BI-RADS: D - 4a, S - 1. A supplement to the protocol may follow; BI-RADS 2 "
                          "was the prior.\n")["R"] == "4A"


def test_a_final_report_heading_after_a_blanked_bilingual_original() -> None:
    text = ("Breast US, left.\n[Preliminary worksheet] Left 2 o'clock nodule, prelim BI-RADS 4B.\n\n"
            "          / FINAL REPORT\nLeft breast: 2 o'clock simple cyst.\nBI-RADS: L 2\n")
    assert extract_birads(text) == {"L": "2", "R": None}
    # a slash in a sentence about a final report heads nothing: the later category still stands
    assert extract_birads("Left breast BI-RADS 4B (prelim). Review w/ final report pending: BI-RADS 4B.\n")["L"] == "4B"


# radiology b70 / b65 classes, each in words of its own
def test_a_version_history_with_banner_headers_drops_the_superseded_version() -> None:
    older = ("== Version 2 - FINAL - 2026-01-30 - superseded by v3 ==\nImpression: Left breast mass, BI-RADS 4B, biopsy "
             "advised. Right breast: BI-RADS 1.\n")
    current = ("== Current Version (v3) - AMENDED - 2026-02-02 ==\nImpression: Left breast: fat necrosis, benign. "
               "BI-RADS 2. Right breast: negative. BI-RADS 1.\n\n")
    assert extract_birads("RESULT HISTORY\n" + current + older) == {"L": "2", "R": "1"}
    # near miss: a sentence naming the current version is no header, so nothing is dropped
    sentence = current.replace("== Current Version (v3) - AMENDED - 2026-02-02 ==", "Current version 3 of the report follows.")
    assert extract_birads("RESULT HISTORY\n" + sentence + older)["L"] == "4B"


def test_a_correction_heading_after_a_blanked_original_heading_moves_the_side() -> None:
    report = ("Exam: US LEFT BREAST\nFindings: 10 o clock oval parallel mass 6 mm.\nImpression: probably benign. "
              "BI-RADS 3.\n\n")
    note = "   2026/02/02\nThe study described above was performed on the RIGHT breast, not the left.\n"
    assert extract_birads(report + "          / CORRECTION (side)" + note) == {"L": None, "R": "3"}
    # near miss: another heading after the slash opens no correction
    assert extract_birads(report + "          / Recommendation" + note) == {"L": "3", "R": None}


def test_an_original_report_heading_below_a_correction_puts_the_correction_last() -> None:
    note = ("ADDENDUM 02/03/2026: Side correction. This study was performed on the patient's RIGHT breast; please read "
            "the report below accordingly.\n\n")
    body = "US LEFT BREAST\nImpression: Benign-appearing intramammary lymph node. BI-RADS 2.\n"
    headed = {"ORIGINAL REPORT (02/01/2026):\n": {"L": None, "R": "2"},
              # near miss: a sentence about the original report is no heading of it
              "Original report (02/01/2026) follows for reference.\n": {"L": "2", "R": None}}
    for heading, expected in headed.items():
        assert extract_birads(note + heading + body) == expected


def test_a_per_breast_keyword_list_beside_an_overall_category() -> None:
    text = ("Findings: see above.\nBI-RADS per breast: Left 4A (new calcifications). Right 1 (negative).\n"
            "Overall assessment: BI-RADS 4A.\n")
    assert extract_birads(text) == {"L": "4A", "R": "1"}
    # near miss: a clock hour after the side word is no category, the overall one stands for both
    assert extract_birads(text.replace("Left 4A (new calcifications)", "left 3 o'clock mass described")) == {
        "L": "4A", "R": "4A"}


def test_a_double_reading_consensus_line_of_side_words_and_numbers() -> None:
    text = "Screening, double read.\nReading 1: right 2. left 1.\nReading 2: right 2. left 1.\nConsensus: right 2, left 1.\n"
    assert extract_birads(text) == {"L": "1", "R": "2"}
    # near miss: measurements after the side words are no categories
    assert extract_birads("Screening, double read.\nConsensus: right 2.5 cm mass, left 1 cm node.\n") == {
        "L": None, "R": None}
