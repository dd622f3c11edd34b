"""Review p107 of the b107 pathology rules: the over-reaches it confirmed, with their right labels, and the cases each
narrowed rule must keep reading (its own clause, accept-only)."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels

# ---- rule 1: "reported in version N" then "not confirmed" withdraws the entity only when the verdict is the entity's
# own (the clause ends, or says where it was looked for), not "not confirmed as <grade>"
_NUMBERED_ISSUE = [
    # over-reach: only the grade is not confirmed, the carcinoma stays
    ("Left breast: the carcinoma reported in version 1 is not confirmed as grade 3; grade 2 on review.",
     {"L": "M", "R": "-"}),
    # the rule's own clause
    ("The carcinoma reported in version 1 is not confirmed; radial scar, left breast.", {"L": "B", "R": "-"}),
    ("Left breast core: the DCIS reported in version 2 is not confirmed; usual ductal hyperplasia.",
     {"L": "B", "R": "-"}),
    ("Right breast: the invasive lobular carcinoma reported in issue 3 is not confirmed. Sclerosing adenosis.",
     {"L": "-", "R": "B"}),
    ("Right breast: the fibroadenoma reported in version 1 is not confirmed; phyllodes tumour, benign.",
     {"L": "-", "R": "M"}),
    ("Left breast: the carcinoma reported in report version 1 is not confirmed; radial scar.", {"L": "B", "R": "-"}),
    ("Left breast: the carcinoma reported in revision 2 has not been confirmed; radial scar.", {"L": "B", "R": "-"}),
    ("Right breast: the DCIS reported in amendment 1 was not confirmed; atypical ductal hyperplasia.",
     {"L": "-", "R": "B"}),
    ("Left breast: the carcinoma reported in v1 is not confirmed; radial scar.", {"L": "B", "R": "-"}),
    ("Left breast: the invasive carcinoma reported in version 1.2 is not confirmed; sclerosing adenosis.",
     {"L": "B", "R": "-"}),
    # keep: another entity's non-confirmation after a confirmed carcinoma; a confirmation; another attribute
    ("Left breast core: invasive ductal carcinoma. The DCIS reported in version 1 is not confirmed.",
     {"L": "M", "R": "-"}),
    ("Left breast: invasive ductal carcinoma reported in version 1 is confirmed; ER positive.", {"L": "M", "R": "-"}),
    ("Left breast: the invasive carcinoma reported in version 2 is not confirmed as lobular; invasive ductal "
     "carcinoma.", {"L": "M", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), _NUMBERED_ISSUE)
def test_a_numbered_issue_withdraws_only_an_entity_not_confirmed_itself(text: str, expected: dict) -> None:
    assert labels(text) == expected


# ---- rule 2: a relative's possessive owns the cancer only as "her/his <kin>'s", with nothing but the disease's own
# qualifiers between; a ward title ("Sister's review") or a noun the relative owns ("her mother's death") owns none
_RELATIVES_POSSESSIVE = [
    # over-reaches
    ("Per Sister's review invasive ductal carcinoma left breast, awaiting receptors.", {"L": "M", "R": "-"}),
    ("Per Sister's review invasive ductal carcinoma, left breast.", {"L": "M", "R": "-"}),
    ("Breast care Sister's note invasive ductal carcinoma left breast, for MDT.", {"L": "M", "R": "-"}),
    ("Left breast: since her mother's death invasive ductal carcinoma has grown to 30 mm.", {"L": "M", "R": "-"}),
    # the rule's own clause
    ("Risk-reducing mastectomy, right: fibroadenoma, in view of her mother's early breast cancer.",
     {"L": "-", "R": "B"}),
    ("Left breast core: fibroadenoma. Her sister's triple-negative breast cancer was treated in 2015.",
     {"L": "B", "R": "-"}),
    ("Left breast core: her mother's very early onset breast cancer at 32. Core: fibroadenoma.", {"L": "B", "R": "-"}),
    # keep
    ("Seen in Sister's clinic. Left breast core: invasive ductal carcinoma.", {"L": "M", "R": "-"}),
    ("Left breast core, taken at her mother's request: invasive ductal carcinoma.", {"L": "M", "R": "-"}),
    ("Left breast core: her mother's DCIS. Her own core: invasive ductal carcinoma.", {"L": "M", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), _RELATIVES_POSSESSIVE)
def test_a_relatives_possessive_owns_only_a_qualified_disease(text: str, expected: dict) -> None:
    assert labels(text) == expected


# ---- rule 3: a redacted relative's name is family history only when the relative had the disease ("had", "has",
# "was diagnosed with", "died of" and the disease straight after), not when told or asking about the patient's own
_REDACTED_RELATIVE = [
    # over-reaches
    ("[REDACTED: relative's name] has been informed that the left breast core shows invasive ductal carcinoma.",
     {"L": "M", "R": "-"}),
    ("[REDACTED: relative's name] has asked whether the left breast invasive ductal carcinoma is hereditary.",
     {"L": "M", "R": "-"}),
    # the rule's own clause
    ("[REDACTED: relative's name] had breast cancer at 52. Left breast core: fibroadenoma.", {"L": "B", "R": "-"}),
    ("[REDACTED: mother's name] had breast cancer at 40. Left breast core: fibroadenoma.", {"L": "B", "R": "-"}),
    ("[relative name] had breast cancer at 52. Right breast core: fibroadenoma.", {"L": "-", "R": "B"}),
    ("[REDACTED: relative's name] was diagnosed with DCIS at 60. Right breast core: fibroadenoma.",
     {"L": "-", "R": "B"}),
    ("[REDACTED: sister's name] has breast cancer. Left breast core: fibroadenoma.", {"L": "B", "R": "-"}),
    ("[REDACTED: relative's name] had invasive ductal carcinoma of the left breast at 52. Left breast core: "
     "fibroadenoma.", {"L": "B", "R": "-"}),
    # keep: the patient's own redacted name
    ("[REDACTED: patient name] has invasive ductal carcinoma, left breast.", {"L": "M", "R": "-"}),
    ("Left breast core from [REDACTED: patient's name] has invasive ductal carcinoma.", {"L": "M", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), _REDACTED_RELATIVE)
def test_a_redacted_relative_is_family_history_only_with_the_disease_they_had(text: str, expected: dict) -> None:
    assert labels(text) == expected


# ---- rule 4: an inline "PMH:" is history to the end of its own entry, never over a clause that names today's
# specimen by its side (narrowed again in review p107b to a quotation opening with "PMH:": an unquoted entry reads as
# before b107, tests/nlp/test_pathology_review_p107b.py)
_PMH = [
    # over-reaches
    ("PMH: none, left breast core showing invasive ductal carcinoma.", {"L": "M", "R": "-"}),
    ("Patient 55F PMH: HTN DM left breast core invasive ductal carcinoma grade 2", {"L": "M", "R": "-"}),
    ("Dear Dr Smith, PMH: asthma, left breast core biopsy confirms invasive ductal carcinoma.", {"L": "M", "R": "-"}),
    # the rule's own clause
    ('"PMH: right breast cyst aspirated 2017." Left breast core: fibroadenoma.', {"L": "B", "R": "-"}),
    ('Clinic: "PMH: left breast DCIS 2012." Right breast core: fibroadenoma.', {"L": "-", "R": "B"}),
    # keep
    ("PMH: nil. Left breast core: invasive ductal carcinoma.", {"L": "M", "R": "-"}),
    ("PMH: nil; left breast core: invasive ductal carcinoma.", {"L": "M", "R": "-"}),
    ("PMH: as before, left breast core now shows invasive lobular carcinoma.", {"L": "M", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), _PMH)
def test_an_inline_pmh_is_history_only_to_the_end_of_its_entry(text: str, expected: dict) -> None:
    assert labels(text) == expected


# ---- rule 5: "final diagnosis part <label> <side>" after a typed full stop heads the diagnosis; a bare "Diagnosis
# part a" (the referral's diagnosis in the clinical details) does not
_FINAL_DIAGNOSIS_PART = [
    # the rule's own clause
    ("Clinical: lump. no invasion. final diagnosis part a left breast core fibroadenoma.", {"L": "B", "R": "-"}),
    ("history: right breast DCIS treated 2018. final diagnosis part 1 left breast core fibroadenoma.",
     {"L": "B", "R": "-"}),
    ("history: right breast invasive carcinoma 2018. final diagnosis part a right breast core fibroadenoma.",
     {"L": "-", "R": "B"}),
    ("history: right breast invasive carcinoma 2018. final diagnosis part b left breast core fibroadenoma.",
     {"L": "B", "R": "-"}),
    ("history: prior right breast DCIS. clinical diagnosis part a right breast carcinoma. final diagnosis part a "
     "right breast core fibroadenoma.", {"L": "-", "R": "B"}),
    ("history: prior right breast DCIS. final diagnosis part i right breast core fibroadenoma.", {"L": "-", "R": "B"}),
    ("history: right breast DCIS 2018. final diagnosis part A right breast core fibroadenoma.", {"L": "-", "R": "B"}),
    ("history: right breast DCIS 2018. final diagnosis part a: right breast core fibroadenoma.",
     {"L": "-", "R": "B"}),
    # keep: no heading in other words
    ("Clinical history: left breast lump, prior core showed invasive ductal carcinoma. differential diagnosis part a "
     "left breast core fibroadenoma.", {"L": "-", "R": "-"}),
    ("clinical history: previous left breast invasive ductal carcinoma 2015. diagnosis part of the work-up. left "
     "breast core benign.", {"L": "-", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), _FINAL_DIAGNOSIS_PART)
def test_a_dictated_final_diagnosis_part_heads_the_diagnosis(text: str, expected: dict) -> None:
    assert labels(text) == expected


def test_a_bare_diagnosis_part_in_the_clinical_details_heads_nothing() -> None:
    # over-reach: the referral's "Diagnosis part a left breast carcinoma" is clinical history, no diagnosis heading
    # (its right label is L=B; the unsided microscopy's fibroadenoma takes no side, as before b107, so only the
    # carcinoma's absence is asserted)
    got = labels("Clinical details: referred with lump. Diagnosis part a left breast carcinoma on referral form. "
                 "Microscopy: fibroadenoma.")
    assert "M" not in got["L"]
    assert got["R"] == "-"


# ---- rule 6: a letter's quotation whose term is the lay word "cancer" quotes no report only when it is a patient's or
# a relative's words (a question, their own or a relative's cancer, a person said to say it); a quotation a report
# introduces ("the report reads", "histology stated", "previous result:") decides, the letter's own words are history
_LAY_QUOTATION = [
    # over-reaches: the quoted report words its diagnosis "cancer"
    ('Dear Dr Smith, the report of 2019 read "left breast cancer, grade 2, node negative". Today: left breast core '
     "fibroadenoma.", {"L": "M", "R": "-"}),
    ("Dear Dr Smith, the report reads “Left breast cancer, 18 mm, margins clear”. Left breast core today: "
     "fibroadenoma.", {"L": "M", "R": "-"}),
    ('Dear Dr Lee, the 2018 pathology concluded: "Left breast cancer confirmed, for surgery". She had a left '
     "mastectomy. Right breast core: fibroadenoma.", {"L": "M", "R": "-"}),
    ('Dear Dr Smith, previous result: "Cancer, right breast, ER positive, HER2 negative". Right breast core today: '
     "radial scar.", {"L": "-", "R": "M"}),
    ('Dear Dr Smith, the report reads "no cancer seen in the left breast specimen". Left breast core: invasive '
     "ductal carcinoma.", {"L": "-", "R": "-"}),
    ('Dear Dr Smith, her old report said "breast cancer left side 2016" and she had a lumpectomy. Left breast core '
     "now: fibroadenoma.", {"L": "M", "R": "-"}),
    ('Dear Dr Brown, the 2014 report, quoted: "Left breast cancer, lobular type, grade 2". Right breast core: '
     "fibroadenoma.", {"L": "M", "R": "-"}),
    ('Dear Dr Smith, her 2016 histology: "Breast cancer, right, completely excised". Right breast core today: radial '
     "scar.", {"L": "-", "R": "M"}),
    # the rule's own clause: a question, a relative's or the speaker's cancer
    ('Dear Dr Smith, she asked "does this mean the cancer is back?". Results: left breast core, fibroadenoma.',
     {"L": "B", "R": "-"}),
    ('Dear Dr Smith, she said "my sister had cancer of the left breast". Right breast core: fibroadenoma.',
     {"L": "-", "R": "B"}),
    ('Dear Dr Smith, she asked "if the cancer was in the left". Left breast, core: invasive lobular carcinoma.',
     {"L": "M", "R": "-"}),
    ('Dear GP, she said "my mother had breast cancer at 40". Left breast core: fibroadenoma.', {"L": "B", "R": "-"}),
]


@pytest.mark.parametrize(("text", "expected"), _LAY_QUOTATION)
def test_only_a_patients_or_relatives_quotation_of_cancer_is_no_quoted_report(text: str, expected: dict) -> None:
    assert labels(text) == expected


def test_a_quoted_previous_histology_of_cancer_gives_no_benign_label_from_the_letter() -> None:
    # over-reach: the quotation decides (its "cancer", or nothing), never the letter's own fibroadenoma
    text = ('Dear Dr Jones, her previous histology stated "right breast cancer, 22 mm, margins clear". Right breast '
            "core today: fibroadenoma.")
    got = labels(text)
    assert got["L"] == "-"
    assert got["R"] in ("M", "-")
