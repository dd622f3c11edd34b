"""Radiology b119-b120 (translated Bahraini screening records, Surinamese and Rwandan reports, per-side paragraphs, an
athlete's record, a dive medical): an Arabic heading's own aside before its English gloss; a one-sided exam's decision
line; an amended entry's corrected consensus run in after a sentence; a side's paragraph closed by its own "Assessment:"
line; a Dutch addendum's glossed revision; a French "n'a pas été examiné"; a quote straight after the last exam's date
and a dash; one side's final assessment run in after a sentence."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ an Arabic heading's aside before its English gloss

_SCREEN = ("[Translated from Arabic]\nسجل فحص الثدي [BREAST SCREENING RECORD]\nVisit date: 12/01/2026     Round: 2\n\n"
           "تصوير الثدي الشعاعي [Screening mammography] 12/01/2026, bilateral:\n"
           "Reader 1: R 1 / L 0 - new 11 mm oval mass, left upper outer quadrant\nReader 2: R 1 / L 0 - agree\n"
           "القرار النهائي (الإجماع) [CONSENSUS / FINAL]: R: 1   L: 0 - recall for assessment (left)\n\n"
           "نتيجة التقييم [Assessment result] (received 02/02/2026):\nLeft ultrasound: 11 mm simple cyst at 2 o'clock.\n\n")


@pytest.mark.parametrize(("heading", "rows", "expected"), [
    # (the batch's wording)
    ("النتيجة النهائية للتصوير (بعد التقييم) [FINAL IMAGING OUTCOME (after work-up)]", "R: 1\nL: 2 (benign)", "2 1"),
    # (variants: a follow-up remark, another aside in the original, the sides the other way round)
    ("النتيجة النهائية للتصوير (بعد التقييم) [FINAL IMAGING OUTCOME (after work-up)]", "R: 1\nL: 4B (biopsy)", "4B 1"),
    ("النتيجة النهائية (بعد الاستدعاء) [FINAL OUTCOME (after recall)]", "R: 1\nL: 3 (early review 6 months)", "3 1"),
    ("النتيجة النهائية للتصوير (بعد التقييم) [FINAL IMAGING OUTCOME]", "L: 2\nR: 1", "2 1"),
])
def test_arabic_aside_before_glossed_outcome_heading(heading: str, rows: str, expected: str) -> None:
    assert birads_codes(_SCREEN + heading + "\n" + rows + "\n\nAction: routine screening in 2 years.\n") == expected


@pytest.mark.parametrize(("heading", "rows"), [
    # (the aside with no square-bracket gloss after it: the consensus stands)
    ("النتيجة النهائية للتصوير (بعد التقييم)", "R: 1\nL: 2 (benign)"),
    # (the English in round brackets after the aside: no square-bracket gloss, the heading stays as written)
    ("النتيجة النهائية للتصوير (بعد التقييم) (FINAL IMAGING OUTCOME)", "R: 1\nL: 2 (benign)"),
    # (an aside in Latin letters is no original's: the heading stays as written)
    ("النتيجة النهائية (after work-up) [FINAL IMAGING OUTCOME]", "R: 1\nL: 2 (benign)"),
])
def test_near_miss_arabic_aside_before_glossed_outcome_heading(heading: str, rows: str) -> None:
    assert birads_codes(_SCREEN + heading + "\n" + rows + "\n\nAction: routine screening in 2 years.\n") == "0 1"


# ------------------------------------------------------------------ a one-sided exam's decision line

_ONE_SIDE = ("BREAST SCREENING RECORD - surveillance of the remaining breast\nVisit date: 04/02/2026\n\n"
             "Mammography 04/02/2026: RIGHT breast only (2 views). Left breast not imaged (mastectomy 2021).\n"
             "Findings: right breast scattered fibroglandular density; no mass, calcification or distortion.\n"
             "Reader 1: R 1     Reader 2: R 1\n")


@pytest.mark.parametrize(("line", "expected"), [
    # (the batch's wording)
    ("CONSENSUS / FINAL: R: 1 (negative)", "- 1"),
    # (variants: no aside, a full stop, the other side, a category's name of its own number)
    ("CONSENSUS / FINAL: R: 1", "- 1"),
    ("Consensus: R: 1.", "- 1"),
    ("Final: R: 2 (benign)", "- 2"),
])
def test_one_sided_decision_line(line: str, expected: str) -> None:
    assert birads_codes(_ONE_SIDE + line + "\n\nAction: annual right mammogram 02/2027.\n") == expected


@pytest.mark.parametrize("line", [
    # (an aside naming another category, or a finding; more after the cell; a reader's own line)
    "CONSENSUS / FINAL: R: 1 (benign)",
    "CONSENSUS / FINAL: R: 2 (cyst) - recall",
    "CONSENSUS / FINAL: R: 1 for the oncology clinic copy",
    "Reader 3: R: 1 (negative)",
])
def test_near_miss_one_sided_decision_line(line: str) -> None:
    assert birads_codes(_ONE_SIDE + line + "\n\nAction: annual right mammogram 02/2027.\n") == "- -"


@pytest.mark.parametrize(("line", "expected"), [
    # (review r119: the aside may name the cell's family, or a screening programme's 0 "recall")
    ("CONSENSUS / FINAL: R: 4A (suspicious)", "- 4A"),
    ("CONSENSUS / FINAL: R: 0 (recall)", "- 0"),
])
def test_one_sided_decision_line_family_or_recall_aside(line: str, expected: str) -> None:
    assert birads_codes(_ONE_SIDE + line + "\n\nAction: annual right mammogram 02/2027.\n") == expected


_TWO_SIDES = ("BREAST SCREENING RECORD\nVisit date: 19/02/2026\n\nMammography 19/02/2026, bilateral.\n"
              "Reader 1: R: 0   L: 2\nReader 2: R: 1   L: 2\n")


@pytest.mark.parametrize("line", [
    # (review r119, near miss: a two-sided record's decision line giving one side replaces that side's readers' rows
    # alone; the other side keeps its readers' category)
    "CONSENSUS / FINAL: R: 1 (negative)",
    "CONSENSUS / FINAL: R: 1",
    # (the line wrapped by the editor, the other side's cell indented under it: one two-sided row)
    "CONSENSUS / FINAL: R: 1 (negative)\n                   L: 2 (benign)",
])
def test_near_miss_one_sided_decision_line_in_two_sided_record(line: str) -> None:
    assert birads_codes(_TWO_SIDES + line + "\n\nAction: routine recall in 2 years.\n") == "2 1"


@pytest.mark.parametrize("line", [
    # (review rfinal10, near miss: an earlier round's one-sided decision listed for comparison below today's two-sided
    # decision, under a "Previous round ... (for comparison):" line or carrying its own earlier year, is not today's)
    "CONSENSUS / FINAL: R: 1   L: 2\nPrevious round 2024 (for comparison):\nCONSENSUS: R: 3 (probably benign)",
    "CONSENSUS / FINAL: R: 1   L: 2\nCONSENSUS 2024 (for comparison): R: 3 (probably benign)",
    "CONSENSUS / FINAL: R: 1   L: 2\nPrior round (2023):\nReader 1: R: 3\nCONSENSUS: R: 3 (probably benign)",
])
def test_near_miss_earlier_round_one_sided_decision_line(line: str) -> None:
    assert birads_codes(_TWO_SIDES + line + "\n\nAction: routine recall in 2 years.\n") == "2 1"


@pytest.mark.parametrize(("word", "expected"), [
    # (review rfinal10, near miss: readers who give the other side in words make the record two-sided: the one-sided
    # decision line replaces its own side alone, the other side keeps its readers' word category)
    ("negative", "0 1"),
    ("benign", "0 2"),
])
def test_near_miss_one_sided_decision_line_word_cells(word: str, expected: str) -> None:
    text = ("BREAST SCREENING RECORD\nVisit date: 19/02/2026\n\nMammography 19/02/2026, bilateral.\n"
            f"Reader 1: R: {word}   L: 0\nReader 2: R: {word}   L: 0\nCONSENSUS / FINAL: L: 0 (recall)\n\n"
            "Action: recall for assessment.\n")
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ an amended entry's corrected consensus

_RECALL = ("BREAST SCREENING RECORD\nVisit date: 24/02/2026     Round: 3\n\nMammography 24/02/2026, bilateral:\n"
           "Reader 1: asymmetry, upper outer quadrant, new - recall\nReader 2: agree, recall\n"
           "CONSENSUS / FINAL: R: 0   L: 1\n\nRecall letter printed 01/03/2026 (not yet posted).\n\n"
           "AMENDED ENTRY 02/03/2026 (Dr Amal Yousif, after call from the reading unit):\n")


@pytest.mark.parametrize("amendment", [
    # (the batch's wording)
    "The consensus result above was entered on the wrong side. The recall is for the LEFT breast; the right breast is "
    "negative. Corrected consensus: R: 1   L: 0. The printed recall letter was destroyed and a corrected letter issued.",
    # (variants: the line of its own, "Amended", "Revised final", no full stop after the cells)
    "The consensus result above was entered on the wrong side.\nCorrected consensus: R: 1   L: 0",
    "Entered on the wrong side. Amended consensus: R: 1   L: 0. Letter reissued.",
    "Entered on the wrong side; revised final: R: 1  L: 0",
])
def test_corrected_consensus_run_in(amendment: str) -> None:
    assert birads_codes(_RECALL + amendment + "\n") == "0 1"


@pytest.mark.parametrize("amendment", [
    # ("Uncorrected", or words before "corrected": no decision of the amendment's own)
    "Entered on the wrong side. Uncorrected consensus: R: 1   L: 0 on the printed letter.",
    "Entered on the wrong side. See the corrected consensus letter: R: 1   L: 0 to follow.",
    # (a decimal after the cell is no category)
    "Entered on the wrong side. Corrected consensus: R: 1.5 cm   L: 0.5 cm apart.",
])
def test_near_miss_corrected_consensus_run_in(amendment: str) -> None:
    assert birads_codes(_RECALL + amendment + "\n") == "1 0"


# ------------------------------------------------------------------ a side's paragraph closed by its assessment line

_RIGHT = ("Mammography shows an irregular high-density mass with spiculated margins at 10:00, measuring 21 mm. Ultrasound "
          "at 10:00 shows an irregular hypoechoic mass of 20 x 14 x 16 mm. Right axilla: normal nodes.\n")
_LEFT = ("Mammography shows two circumscribed oval masses in the upper outer quadrant, stable. Ultrasound confirms two "
         "simple cysts. No solid lesion. Left axilla normal.\n")
_TITLE = "BILATERAL DIAGNOSTIC MAMMOGRAM AND BILATERAL BREAST ULTRASOUND\nDate: 02/24/2026\n\n"


@pytest.mark.parametrize(("right", "left"), [
    # (the batch's wording)
    ("RIGHT BREAST:\n", "LEFT BREAST:\n"),
    # (variants: headers without a colon, in sentence case; the left paragraph first)
    ("RIGHT BREAST\n", "LEFT BREAST\n"),
    ("Right breast:\n", "Left breast:\n"),
    # (review rfinal10: a dictated "RT BREAST:" / "LT BREAST:", the abbreviation with its "breast")
    ("RT BREAST:\n", "LT BREAST:\n"),
    ("Rt. breast:\n", "Lt. breast:\n"),
])
def test_side_paragraph_closed_by_assessment_line(right: str, left: str) -> None:
    text = (_TITLE + right + _RIGHT + "Assessment: BI-RADS 4C - High suspicion for malignancy. Core biopsy recommended."
            "\n\n" + left + _LEFT + "Assessment: BI-RADS 2 - Benign.\n\nRadiologist: B. Quaye, MD\n")
    assert birads_codes(text) == "2 4C"


def test_side_paragraph_closed_by_assessment_line_left_first() -> None:
    text = (_TITLE + "LEFT BREAST:\n" + _LEFT + "Assessment: BI-RADS 2 - Benign.\n\nRIGHT BREAST:\n" + _RIGHT
            + "Findings are suspicious.\nAssessment: BI-RADS 4C.\n")
    assert birads_codes(text) == "2 4C"


@pytest.mark.parametrize("body", [
    # (two sides' headers in one paragraph: the assessment line is the exam's)
    "RIGHT BREAST:\n" + _RIGHT + "LEFT BREAST:\n" + _LEFT + "Assessment: BI-RADS 4C - High suspicion for malignancy.\n",
    # (a blank line before the assessment line: the exam's)
    "RIGHT BREAST:\n" + _RIGHT + "\nAssessment: BI-RADS 4C - High suspicion for malignancy.\n",
    # (a findings line opening with the other side's word between: the exam's)
    "RIGHT BREAST:\n" + _RIGHT + "Left breast unremarkable.\nAssessment: BI-RADS 4C - High suspicion for malignancy.\n",
])
def test_near_miss_side_paragraph_closed_by_assessment_line(body: str) -> None:
    assert birads_codes(_TITLE + body) == "4C 4C"


@pytest.mark.parametrize("body", [
    # (review r119, near miss: only the last side's paragraph ends with an assessment line, the other side's with its
    # findings: the exam's overall assessment typed straight under the last paragraph)
    "RIGHT BREAST:\n" + _RIGHT + "\nLEFT BREAST:\n" + _LEFT + "Assessment: BI-RADS 4C - High suspicion for malignancy.\n",
    "LEFT BREAST:\n" + _LEFT + "\nRIGHT BREAST:\n" + _RIGHT + "ASSESSMENT: BI-RADS 4C.\n",
    # (review rfinal10, near miss: "RT:" / "LT:" without "breast", or "RT BREAST:" / "LT BREAST:" in one paragraph:
    # no side's paragraph, the assessment lines stay the exam's)
    "RT:\n" + _RIGHT + "Assessment: BI-RADS 4C - High suspicion.\n\nLT:\n" + _LEFT + "Assessment: BI-RADS 2 - Benign.\n",
    "RT BREAST:\n" + _RIGHT + "LT BREAST:\n" + _LEFT + "Assessment: BI-RADS 4C - High suspicion for malignancy.\n",
])
def test_near_miss_last_side_paragraph_before_overall_assessment(body: str) -> None:
    assert birads_codes(_TITLE + body) == "4C 4C"


def test_side_paragraph_closed_by_assessment_line_one_sided_exam() -> None:
    # (an exam of one side, the other named as not imaged: its one paragraph's assessment is that side's)
    text = ("RIGHT BREAST DIAGNOSTIC MAMMOGRAM (left breast not imaged, mastectomy 2019)\nDate: 02/24/2026\n\n"
            "RIGHT BREAST:\n" + _RIGHT + "Assessment: BI-RADS 4C - High suspicion for malignancy.\n")
    assert birads_codes(text) == "- 4C"


# ------------------------------------------------------------------ a Dutch addendum's glossed revision

_DUTCH = ("[Translation from Dutch]\nOnderzoek [Examination]: ECHOGRAFIE LINKER MAMMA [ULTRASOUND LEFT BREAST]\n"
          "Datum [Date]: 10-03-2026\n\nVerslag [Report]:\nLinker mamma op 11 uur: ovale hypo-echogene laesie van 8 mm.\n\n"
          "Conclusie [Conclusion]:\nSolide laesie linker mamma, waarschijnlijk fibroadenoom [probable fibroadenoma]. "
          "BI-RADS 3.\n\nAanvulling [Addendum] 17-03-2026:\nDe beelden van de privékliniek zijn ontvangen. ")


@pytest.mark.parametrize(("revision", "expected"), [
    # (the batch's wording)
    ("De BI-RADS-classificatie wordt herzien naar 4A [the BI-RADS classification is revised to 4A].", "4A -"),
    # (variants: another category; the English alone; "has been revised")
    ("De BI-RADS-classificatie wordt herzien naar 2 [the BI-RADS classification is revised to 2].", "2 -"),
    ("The BI-RADS classification is revised to 4B.", "4B -"),
    ("The BI-RADS classification has been revised to 4A.", "4A -"),
])
def test_dutch_addendum_glossed_revision(revision: str, expected: str) -> None:
    assert birads_codes(_DUTCH + revision + " Advies: biopsie.\n") == expected


@pytest.mark.parametrize("revision", [
    # (no revision's verb: the conclusion's category stands)
    "De BI-RADS-classificatie blijft ongewijzigd [the BI-RADS classification is unchanged].",
    "The BI-RADS classification was discussed with the referrer.",
])
def test_near_miss_dutch_addendum_glossed_revision(revision: str) -> None:
    assert birads_codes(_DUTCH + revision + "\n") == "3 -"


@pytest.mark.parametrize("revision", [
    # (review rfinal10, near miss: a revision the sentence makes conditional, "if / should / once / unless / when"
    # before it, is not made yet: the conclusion's category stands, in the older "BI-RADS is revised to" wording too)
    "If the biopsy is benign, the BI-RADS classification is revised to 2 at the follow-up visit.",
    "If aspiration shows a simple cyst content, BI-RADS is revised to 2 at the follow-up visit.",
    "Should the lesion grow, BI-RADS is revised to 4A.",
    "Once the MRI is reviewed, the BI-RADS classification is revised to 4B.",
])
def test_near_miss_conditional_revision(revision: str) -> None:
    assert birads_codes(_DUTCH + revision + "\n") == "3 -"


def test_revision_after_a_conditional_sentence() -> None:
    # (review rfinal10: a condition in the sentence before does not govern the revision)
    assert birads_codes(_DUTCH + "If in doubt, ask. The BI-RADS classification is revised to 4B.\n") == "4B -"


# ------------------------------------------------------------------ a French "n'a pas été examiné"

_RWANDA = ("[Translated from French and Kinyarwanda]\nFICHE DE RÉSULTAT D'ÉCHOGRAPHIE [ULTRASOUND RESULT SHEET]\n"
           "Date: 20/01/2026\n\nRésultat [Findings]:\nSein droit [Right breast]: à 7 h, nodule ovalaire circonscrit de "
           "10 mm, stable. Aisselle droite normale.\n")


@pytest.mark.parametrize("sentence", [
    # (the batch's wording)
    "Le sein gauche n'a pas été examiné lors de ce contrôle [the left breast was not examined at this follow-up].",
    # (variants: unglossed, "exploré", "réexaminé")
    "Le sein gauche n'a pas été examiné lors de ce contrôle.",
    "Le sein gauche n'a pas été exploré.",
    "Le sein gauche n'a pas été réexaminé.",
])
def test_french_side_not_examined(sentence: str) -> None:
    assert birads_codes(_RWANDA + sentence + "\n\nConclusion:\nNodule stable, bénin. BI-RADS 2.\n") == "- 2"


@pytest.mark.parametrize("sentence", [
    # (no negation, or another verb: the side is named, the exam's category goes to both)
    "Le sein gauche a été examiné : normal.",
    "Le sein gauche n'a pas été revu depuis 2024.",
    # (review r119: another organ's side, the axilla, not the breast, was left out)
    "L'aisselle gauche n'a pas été explorée.",
    "L'aisselle left n'a pas été explorée.",
    "Le creux axillaire left n'a pas été exploré.",
])
def test_near_miss_french_side_not_examined(sentence: str) -> None:
    assert birads_codes(_RWANDA + sentence + "\n\nConclusion:\nNodule stable, bénin. BI-RADS 2.\n") == "2 2"


# ------------------------------------------------------------------ a quote straight after the last exam's date

_ATHLETE = ("PRE-PARTICIPATION MEDICAL EVALUATION\nAthlete: FAIRCLOUGH, Deborah   Date of PPE: 20/01/2026\n\n"
            "Women's health: perimenopausal. Mother breast cancer age 67.\n")


@pytest.mark.parametrize("line", [
    # (the batch's wording)
    'Breast screening (as recorded by athlete, GP summary attached): last screening mammogram 02/2025 - "no evidence '
    'of malignancy, BI-RADS 1 both breasts", due again 02/2027 (biennial).',
    # (variants: "previous", a year alone, an en dash, an ultrasound)
    'Breast screening: previous mammogram 11/2024 - "BI-RADS 2 both breasts", next due 2026.',
    'Breast screening: last mammogram 2025 - "benign, BI-RADS 2 both breasts".',
    'Breast screening: last breast ultrasound 06/2025 – "simple cysts, BI-RADS 2 both breasts".',
])
def test_quote_after_last_exam_date_and_dash(line: str) -> None:
    assert birads_codes(_ATHLETE + line + "\nNo imaging performed for this PPE.\n") == "- -"


@pytest.mark.parametrize("line", [
    # (an exam in the document's own year: read as before)
    'Breast screening: last mammogram 01/2026 - "no evidence of malignancy, BI-RADS 1 both breasts".',
    # (no dash straight before the quote, no "last" / "previous": read as before)
    'Breast screening: mammogram 02/2025 - "no evidence of malignancy, BI-RADS 1 both breasts".',
])
def test_near_miss_quote_after_last_exam_date_and_dash(line: str) -> None:
    assert birads_codes(_ATHLETE + line + "\nNo imaging performed for this PPE.\n") == "1 1"


# ------------------------------------------------------------------ one side's final assessment run in mid-line

_DIVE = ("OCCUPATIONAL DIVER MEDICAL - EXAMINER'S RECORD\nDate: 02/03/2026\n\nBreast imaging this year:\n"
         '1) Screening mammogram 22/01/2026: "Right breast: no abnormality, BI-RADS 1. Left breast: 8 mm oval mass, '
         'new - recall for assessment, BI-RADS 0."\n')


@pytest.mark.parametrize(("quote", "expected"), [
    # (the batch's wording)
    ('2) Assessment clinic 06/02/2026 - LEFT BREAST SPOT VIEWS AND ULTRASOUND: "The mass is an oval, circumscribed '
     '8 mm solid lesion, likely a fibroadenoma. Final assessment, left breast: BI-RADS 3 - probably benign. Early '
     'review in 6 months."', "3 1"),
    # (variants: "left" without "breast", a semicolon before it, "category")
    ('2) Assessment clinic 06/02/2026: "Likely a fibroadenoma. Final assessment, left: BI-RADS 3."', "3 1"),
    ('2) Assessment clinic 06/02/2026: "Simple cyst; final assessment, left breast: BI-RADS 2."', "2 1"),
    ('2) Assessment clinic 06/02/2026: "Likely a fibroadenoma. Final assessment, left breast: category 3."', "3 1"),
])
def test_side_final_assessment_mid_line(quote: str, expected: str) -> None:
    assert birads_codes(_DIVE + quote + "\n\nResult: FIT FOR OCCUPATIONAL DIVING.\n") == expected


@pytest.mark.parametrize("quote", [
    # (an earlier final, or one without its category: the screening's categories stand)
    '2) Assessment clinic 06/02/2026: "Likely a fibroadenoma. Previous final assessment, left breast: BI-RADS 3."',
    '2) Assessment clinic 06/02/2026: "Likely a fibroadenoma. Final assessment, left breast: pending review."',
])
def test_near_miss_side_final_assessment_mid_line(quote: str) -> None:
    assert birads_codes(_DIVE + quote + "\n\nResult: FIT FOR OCCUPATIONAL DIVING.\n") == "0 1"
