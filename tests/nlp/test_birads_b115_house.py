"""Radiology b115 (translated Palestinian referral-abroad reports and Syrian private-clinic mammography + echo reports):
a category list that writes the English side and keeps the Arabic original after it in square brackets; a combined
conclusion heading that names ultrasound "echo", outranking "Mammography alone: BI-RADS 0" above it."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ the original side word in square brackets

_FINDINGS = ("الوصف [Findings]:\nMammography: Left breast: irregular mass, 19 mm, upper outer quadrant. Right breast: "
             "no mass.\nUltrasound: left breast at 2 o'clock an irregular hypoechoic mass 18 x 14 mm. Right breast "
             "normal.\n\nالانطباع [Impression]:\n")
_PLAN = "The left breast mass requires core biopsy.\n"


@pytest.mark.parametrize(("line", "codes"), [
    # (the batch's wording)
    ("BI-RADS: Left breast [الثدي الأيسر] 4C; Right breast [الثدي الأيمن] 1.", "4C 1"),
    # (variants: the sides the other way round after a dash, the side without "breast", another script)
    ("BI-RADS: Right breast [الثدي الأيمن] 1 - Left breast [الثدي الأيسر] 4C.", "4C 1"),
    ("BI-RADS: Left [الأيسر] 4C, Right [الأيمن] 1.", "4C 1"),
    ("BI-RADS: left breast [левая] 4C; right breast [правая] 1", "4C 1"),
])
def test_original_side_word_in_square_brackets_before_the_category(line: str, codes: str) -> None:
    assert birads_codes(_FINDINGS + line + "\n" + _PLAN) == codes


@pytest.mark.parametrize(("line", "codes"), [
    # (an English remark in the brackets, not the original: read as before)
    ("BI-RADS: Left breast [amended] 4C; Right breast [amended] 1.", "- -"),
    # (a size or a clock hour after the bracket, not a category: read as before)
    ("BI-RADS 4C: Left breast [الثدي الأيسر] 2 cm mass; Right breast 1.", "4C -"),
    ("BI-RADS 4C: Left breast [الثدي الأيسر] 2 o'clock mass.", "4C -"),
    # (no category straight after the bracket, or no keyword on the line: read as before)
    ("BI-RADS: Left breast [الثدي الأيسر]: see below. Right breast 1.", "- -"),
    ("Left breast [الثدي الأيسر] 4C; Right breast [الثدي الأيمن] 1.", "- -"),
])
def test_near_miss_original_side_word_in_square_brackets(line: str, codes: str) -> None:
    assert birads_codes(_FINDINGS + line + "\n" + _PLAN) == codes


# ------------------------------------------------------------------ a combined conclusion naming ultrasound "echo"

_MAMMO_AND_ECHO = ("الماموغرافي [Mammography]:\nBoth breasts are extremely dense (ACR D). A few rounded opacities in "
                   "both upper outer quadrants.\nMammography alone [الماموغرافي وحده]: BI-RADS 0 - completion with "
                   "echo is required.\n\nالإيكو [Echo]:\nRight breast: two simple cysts. Left breast: a simple cyst at 1 "
                   "o'clock, 18 mm.\n\n")
_CONCLUSION = ("Simple cysts in both breasts, explaining the mammographic opacities. Benign findings.\n"
               "BI-RADS 2 in both breasts.\nRoutine annual follow-up.\n")


@pytest.mark.parametrize("heading", [
    # (the batch's wording)
    "الخلاصة [Conclusion] (mammography + echo):",
    # (variants: the heading in English alone, "echography", capitals)
    "Conclusion (mammography + echo):",
    "Impression (mammo + echography):",
    "الخلاصة [Conclusion] (Mammography + Echo):",
])
def test_combined_conclusion_naming_echo_outranks_mammography_alone(heading: str) -> None:
    assert birads_codes(_MAMMO_AND_ECHO + heading + "\n" + _CONCLUSION) == "2 2"


@pytest.mark.parametrize("heading", [
    # (a conclusion heading naming no modality, or echo alone: the mammography's own 0 stands, as before)
    "الخلاصة [Conclusion]:",
    "Conclusion (echo):",
    # (another exam's conclusion quoted with its date, the report's own heading plain: as before)
    "Previous conclusion (mammography + echo): 2024, BI-RADS 2.\nConclusion:",
    # (a heading opened by another word: as before)
    "Echo conclusion (mammography + echo):",
])
def test_near_miss_combined_conclusion_naming_echo(heading: str) -> None:
    assert birads_codes(_MAMMO_AND_ECHO + heading + "\n" + _CONCLUSION) == "0 0"
