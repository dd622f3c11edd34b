"""Review r111 of the two radiology b111 rules, narrowed to positive evidence: a category followed by the verb that
replaces it ("BI-RADS 4A downgraded to BI-RADS 2 - benign") reads the new one only where the clause ends after it, its
own name or the keyword follows, or the work-up that revised it; a result banner ("RESULT ADDED <date> - US BREAST
RIGHT") titles the exam only where it is the note's one banner and nothing says otherwise. Every over-reach the review
confirmed, with its right label, and the wordings the rules are meant for."""
import pytest

from nlp.birads import extract_birads
from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ "BI-RADS <cat> downgraded / upgraded ... to <cat>"

# (A) an interval, a count or a size after "to": no category, the first one is kept
# (B) a condition, a hedge or another reader's revision: the first one is kept
# (C) a dated prior revision: neither category is today's
GRADED_OVER_REACHES = [
    ("Left breast: BI-RADS 3, changed to 6/12 follow-up.", "3 -"),
    ("Left breast: BI-RADS 3, changed to 6/52 review.", "3 -"),
    ("Left breast: BI-RADS 3, changed to 6-monthly follow-up.", "3 -"),
    ("Left breast: BI-RADS 3, changed to 6 monthly review.", "3 -"),
    ("Left breast: BI-RADS 3, changed to 6 mo follow-up.", "3 -"),
    ("Left breast: BI-RADS 3, changed to 6 - 12 month follow-up.", "3 -"),
    ("Left breast: BI-RADS 0, changed to 2 additional views.", "0 -"),
    ("Left breast: BI-RADS 3, changed to 2 view follow-up.", "3 -"),
    ("Left breast: BI-RADS 3, changed to 1 view.", "3 -"),
    ("Left breast: BI-RADS 3, changed to 4 x 3 mm on remeasurement.", "3 -"),
    ("Left breast: BI-RADS 4A, changed to 2 core biopsies.", "4A -"),
    ("Left breast: BI-RADS 4A, changed to 1 biopsy only.", "4A -"),
    ("Left breast: BI-RADS 3, upgraded to 4A if it enlarges at 6 months.", "3 -"),
    ("Left breast: BI-RADS 4A, downgraded to 3 only if the biopsy is benign.", "4A -"),
    ("Left breast: BI-RADS 4A, revised to 3 would be reasonable if stable.", "4A -"),
    ("Left breast: BI-RADS 4A, downgraded to 3 by the outside reader; we keep BI-RADS 4A.", "4A -"),
    ("Left breast: BI-RADS 4A, upgraded to 4B in error, now corrected back to 4A.", "4A -"),
    ("Left breast: BI-RADS 2.\nNote: BI-RADS 3 upgraded to 4A at the 2024 MRI; biopsy benign.", "2 -"),
    ("Left breast: BI-RADS 4A was downgraded to 3 previously (2023). Now enlarging: BI-RADS 4B.", "4B -"),
]


@pytest.mark.parametrize(("text", "codes"), GRADED_OVER_REACHES)
def test_review_over_reach_graded_to(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (the clause ends after it, or its own name follows)
    ("Right breast: BI-RADS 1.\nLeft breast: 6 mm lymph node on second look. BI-RADS 4A downgraded to BI-RADS 2 - "
     "benign. Right breast unchanged.", "2 1"),
    ("Left breast: BI-RADS 4B has been amended to 4C.", "4C -"),
    ("Left breast: BI-RADS category 4A changed to category 3.", "3 -"),
    ("Left breast: BIRADS 4a is downgraded to BIRADS 3; short-interval follow-up.", "3 -"),
    ("Left breast: BI-RADS 4A, now downgraded to 3 (probably benign).", "3 -"),
    ("Right breast: BI-RADS 3, revised to 2 - benign, after comparison with 2022.\nLeft breast: BI-RADS 1.", "1 2"),
    # (the work-up that revised it)
    ("Right breast: BI-RADS 3, upgraded to 4B after MRI.", "- 4B"),
    ("Right breast: BI-RADS 4A was revised to 3 on review of the prior films.", "- 3"),
    ("Right breast: BI-RADS 0 upgraded to BI-RADS 4C after spot views.", "- 4C"),
    ("Right breast: BI-RADS 1.\nLeft breast: BI-RADS 4A, downgraded to 2 following the second-look ultrasound.", "2 1"),
    ("Left breast: BI-RADS 4C, upgraded to 5 after biopsy showed invasive carcinoma.", "5 -"),
    # (cheap under-reaches the review named: other verbs, Roman numerals, a spaced or hyphenated letter)
    ("Left breast: BI-RADS 4A modified to 3 after second look.", "3 -"),
    ("Left breast: BI-RADS 4A reclassified to 3 after second look.", "3 -"),
    ("Left breast: BI-RADS IV downgraded to III on review.", "3 -"),
    ("Left breast: BIRADS-4A downgraded to 3 on review.", "3 -"),
])
def test_graded_to_reads_the_new_category(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("Left breast: BI-RADS 3, changed to 6 months.", "3 -"),
    ("Left breast: BI-RADS 3, upgraded to 3 monthly MRI surveillance.", "3 -"),
    ("Left breast: BI-RADS 3, changed to 2 o'clock position on re-look.", "3 -"),
    ("Left breast: BI-RADS 4A, should be downgraded to 3 if MRI negative.", "4A -"),
    ("Left breast: BI-RADS 4A, downgraded to 3 pending MRI.", "4A -"),
    ("Left breast: BI-RADS 4A, downgraded to 3 - benign is not agreed.", "4A -"),  # (the name is another category's)
    ("Left breast: BI-RADS 4A was not downgraded to 3.", "4A -"),
    ("Left breast: BI-RADS 4A. Tumour grade 2 changed to 3 on excision.", "4A -"),
])
def test_graded_to_near_misses_keep_the_first_category(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a result banner's exam title

BANNER_HEAD = "ANTENATAL CLINIC NOTE\nReason: lump in the left breast for 3 weeks. Right breast examined, normal.\n\n"
BANNER_OVER_REACHES = [
    ("Clinic note\nRESULT FILED 02/05/2027 - US BREAST RIGHT\nRESULT FILED 02/05/2027 - US BREAST LEFT\n"
     "  Both breasts: simple cysts. BI-RADS 2.\n", "2 2"),
    (BANNER_HEAD + "RESULT FILED 02/05/2027 - US BREAST LEFT (previous result 2024, for comparison)\n"
     "US BREASTS BILATERAL 02/05/2027\n  No abnormality in either breast. Impression: BI-RADS 1.\n", "1 1"),
    ("Clinic note\nRESULT ADDED 01/02/2024 - US BREAST LEFT (previous, cyst)\n\nToday: bilateral breast ultrasound.\n"
     "No abnormality in either breast.\nImpression: BI-RADS 1.", "1 1"),
    ("Clinic note\nRESULT ADDED 02/05/2027 - US AXILLA LEFT\nUS BREAST BILATERAL\nImpression: BI-RADS 2.", "2 2"),
    ("Clinic note\nRESULT ADDED 02/05/2027 - MRI BREAST RIGHT (outside, 2025)\nMAMMOGRAM BILATERAL 2027\n"
     "Impression: BI-RADS 2.", "2 2"),
]
BANNER_OVER_PRIOR = ("ANTENATAL CLINIC NOTE\nRESULT FILED 02/01/2026 - US BREAST RIGHT\n  Right breast simple cyst, BI-RADS 2."
                     "\n\nToday both breasts were scanned: no abnormality. BI-RADS 1.\n")


@pytest.mark.parametrize(("text", "codes"), BANNER_OVER_REACHES)
def test_review_over_reach_result_banner(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


def test_banner_over_a_prior_result_leaves_today_s_bilateral_category_to_the_left() -> None:
    assert extract_birads(BANNER_OVER_PRIOR)["L"] == "1"  # (the banner titles nothing: both breasts were scanned)


@pytest.mark.xfail(strict=True, reason="the banner's earlier result is not read as history, so its sided 'Right breast "
                   "... BI-RADS 2' outranks today's unsided 1 (as before b111; review r111: shared by both revisions)")
def test_banner_over_a_prior_result_reads_today_s_exam_only() -> None:
    assert birads_codes(BANNER_OVER_PRIOR) == "1 1"


@pytest.mark.parametrize(("text", "codes"), [
    (BANNER_HEAD + "RESULT FILED 02/05/2027 - US BREAST LEFT (Women's Imaging)\n  Impression: fibroadenoma. BI-RADS 4A."
     "\n\nADDENDUM 04/05/2027: biopsy in 2024 showed a fibroadenoma here.\nRevised assessment: BI-RADS 3.\n", "3 -"),
    ("Ward note\nComplaint: right breast tender. Left breast normal.\n\nResult added 11/09/2027 14:20 - US BREAST RIGHT\n"
     "Impression: abscess. BI-RADS 4A.\nAddendum: final assessment: BI-RADS 2.\n", "- 2"),
    ("Clinic note\nLeft breast normal.\n\nResult attached 2027-03-16 - MAMMO DIAGNOSTIC LEFT\nImpression: BI-RADS 4A.",
     "4A -"),
])
def test_result_banner_titles_the_exam(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
