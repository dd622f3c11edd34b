"""Review r111b (second review) of the two radiology b111 rules: a category followed by the verb that replaces it
("BI-RADS 4A downgraded to 3 on review") reads the new one only where the sentence ends right after it, its own name
or the work-up that revised it; a year before the sentence's end dates it (neither is read), "before" and "earlier"
do not; a later final assessment outranks it. A result banner ("RESULT ADDED <date> - US BREAST LEFT") titles the exam
only where no statement below it names both sides. Every over-reach the review confirmed, with its right label."""
import pytest

from tests.nlp.labels import birads_codes

# (A) a condition, a hedge or another reader's revision after the name, the work-up or a semicolon: the first category
# (B) a final assessment on a later line: the final's category (R5)
# (C) a year before the sentence's end dates the revision: neither category, today's follows
# (D) "before" and "earlier" do not date it
GRADED_OVER_REACHES = [
    ("Left breast: BI-RADS 3, upgraded to 4A after MRI, if enhancement is seen.", "3 -"),
    ("Left breast: BI-RADS 3, upgraded to 4A after biopsy, if it is performed.", "3 -"),
    ("Left breast: BI-RADS 3, upgraded to 4A on biopsy, should the lesion grow.", "3 -"),
    ("Left breast: BI-RADS 3, downgraded to 2 - benign if unchanged at 24 months.", "3 -"),
    ("Left breast: BI-RADS 4A, downgraded to 3 on review, pending MDT confirmation.", "4A -"),
    ("Left breast: BI-RADS 4A downgraded to 3 on review, subject to MDT approval.", "4A -"),
    ("Left breast: BI-RADS 4A, downgraded to 3; pending MRI.", "4A -"),
    ("Left breast: BI-RADS 4A, downgraded to 3 (probably benign) by the outside reader; we keep 4A.", "4A -"),
    ("Left breast: BI-RADS 4A, downgraded to 2, benign per the outside radiologist; we disagree.", "4A -"),
    ("Left breast: BI-RADS 4A, downgraded to 3 after MRI, per the outside reader. We keep BI-RADS 4A.", "4A -"),
    ("Left breast: BI-RADS 4A downgraded to 3 (after MRI), not agreed at MDT.", "4A -"),
    ("Left breast: BI-RADS 3 upgraded to 4A after MRI.\nFinal assessment: BI-RADS 3.", "3 -"),
    ("Left breast: BI-RADS 4A downgraded to 3 on review.\nMDT did not accept the change. Final assessment: BI-RADS 4A.",
     "4A -"),
    ("Left breast: BI-RADS 4A, downgraded to 2 after biopsy, 2022. Now a new mass: BI-RADS 4B.", "4B -"),
    ("Left breast: BI-RADS 4A, downgraded to 3 after MRI, 2021. Today: new calcifications, BI-RADS 4B.", "4B -"),
    ("Left breast: BI-RADS 4C, upgraded to 6 after biopsy showed carcinoma, 2019. Post-lumpectomy: BI-RADS 2.", "2 -"),
    ("Left breast: BI-RADS 4A downgraded to 3, probably benign, in 2023. Now enlarging: BI-RADS 4B.", "4B -"),
    ("Left breast: BI-RADS 4A, upgraded to 5 before biopsy would be premature.", "4A -"),
    ("Left breast: BI-RADS 3, upgraded to 4B before biopsy.", "4B -"),
    ("Left breast: BI-RADS 3 upgraded to 4A earlier today after ultrasound.", "4A -"),
    ("Left breast: BI-RADS 4A, downgraded to 3 before surgery was booked.", "3 -"),
]


@pytest.mark.parametrize(("text", "codes"), GRADED_OVER_REACHES)
def test_review_over_reach_graded_to(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


BANNER = "Clinic note\nRESULT ADDED 02/05/2027 - US BREAST LEFT (Breast Imaging)\n"
BANNER_OVER_REACHES = [
    (BANNER + "Right and left breasts scanned: normal. BI-RADS 1.", "1 1"),
    (BANNER + "The right breast and the left breast were scanned: normal. BI-RADS 1.", "1 1"),
    (BANNER + "Scanned: left and right breasts. Normal. BI-RADS 1.", "1 1"),
    (BANNER + "Ultrasound of the right and left breast: normal. BI-RADS 1.", "1 1"),
    (BANNER + "Both sides scanned. Right breast normal. BI-RADS 1.", "1 1"),
    ("Clinic note\nLump in right breast.\nRESULT ADDED 02/05/2027 - US BREAST LEFT (Breast Imaging)\n"
     "Bilateral mammogram and ultrasound today: no abnormality. BI-RADS 1.", "1 1"),
]


@pytest.mark.parametrize(("text", "codes"), BANNER_OVER_REACHES)
def test_review_over_reach_result_banner(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
