"""Review r105 of the b105 radiology rules (texts exactly as the review wrote them, with their right labels).

Rule 2 (an exam dated to its month and year, "reported" after the date, is an earlier exam) now takes only its own
shape: the exam's name (US / ultrasound / mammogram / MRI, its side beside it) straight before the month and year, and
the category straight after "reported" / "reported as"; "today" before it names this exam. Rule 3 (a side "not imaged /
scanned" leaves the exam's sides) was narrowed to a whole-side statement, then withdrawn after review r105b; its
over-reaches here read both sides as before b105. Tests compare labels only."""
import pytest

from tests.nlp.labels import birads_codes

# the review's frames: a letter's header (so that no title is found) over an unsided impression; a prison record's
# nurse entry over a quoted hospital result
_P = "BREAST CLINIC LETTER\nPatient: A. Sample\n\n"
_I = "\n\nImpression: BI-RADS {c}."
_H = ("HEALTHCARE RECORD - JOURNAL EXTRACT\nPrisoner number: Z4410\n\n11/03/2026  Nurse: sore lump R breast 10 o'clock. "
      "L breast nil of note.\n18/03/2026  Hospital result: \"")

# rule 2 over-reaches: the month and year were not the date of the exam whose category follows, or were this exam's own
RULE2_CONFIRMED = [
    ("R2-21", "Ultrasound left breast today, 03/2026, reported BI-RADS 3, probable fibroadenoma.", "3 -"),
    ("R2-41", "Left breast ultrasound, 03/2026, reported today: 8 mm simple cyst, BI-RADS 2.", "2 -"),
    ("R2-22", "Left breast 2:00 mass, core biopsy 11/2025 reported fibroadenoma, stable on today's ultrasound, "
              "BI-RADS 2.", "2 -"),
    ("R2-42", "Thyroid US 09/2025 reported TI-RADS 3, left breast ultrasound today 8 mm cyst, BI-RADS 2.", "2 -"),
    ("R2-23", "Right breast pain since 02/2026 reported at triage, ultrasound right breast normal, BI-RADS 1.", "- 1"),
    ("R2-32", "Symptom diary: lump R breast 12/2025 reported verbally to nurse, US right breast today 9 mm cyst, "
              "BI-RADS 2.", "- 2"),
    ("R2-36", "US LEFT BREAST\nPatient seen 03/2026, reported tenderness only, 2:00 8 mm cyst, BI-RADS 2.", "2 -"),
    ("R2-43", "US LEFT BREAST\nMass first felt 09/2025, reported growing since, now 14 mm irregular, BI-RADS 4B.",
     "4B -"),
    ("R2-28", "US LEFT BREAST\nExam 03/2026, reported 05/03/2026: 2 o'clock 8 mm simple cyst, BI-RADS 2.", "2 -"),
]

# rule 3 over-reaches: a side imaged by this exam was dropped (not imaged at another visit, by one modality of an exam
# naming both sides, only partly, or in a condition)
RULE3_CONFIRMED = [
    ("R3-04", _P + "Right breast: 9 mm cyst at 10 o'clock, unchanged. Left breast: two small cysts, unchanged. At the "
              "2024 visit the left breast was not scanned." + _I.format(c=2), "2 2"),
    ("R3-25", _P + "Right breast: 9 mm cyst at 10 o'clock. Left breast: 4 mm cyst at 2 o'clock. The left breast was "
              "not imaged at the 2024 screen (plaster cast)." + _I.format(c=2), "2 2"),
    ("R3-43", _H + "Ultrasound: 9 mm simple cyst right breast 10 o'clock. Left breast 4 mm cyst at 2 o'clock.\nBI-RADS "
              "2.\nAt her 2024 visit the left breast was not scanned.\"\n", "2 2"),
    ("R3-07", _P + "Mammogram, right and left breasts, CC and MLO: no suspicious mass or calcification.\nUltrasound: "
              "right breast 10 o'clock 9 mm simple cyst. Left breast not scanned." + _I.format(c=2), "2 2"),
    ("R3-42", _H + "Mammogram: no suspicious features in the right or left breast. Ultrasound: 9 mm simple cyst right "
              "breast 10 o'clock.\nBI-RADS 2.\nThe left breast was not scanned.\"\n", "2 2"),
    ("R3-48", _H + "Ultrasound: 9 mm simple cyst right breast 10 o'clock. Left breast: mammogram only, no mass; not "
              "scanned.\nBI-RADS 2.\"\n", "2 2"),
    ("R3-03", _P + "Right breast: no mass. Left breast: no mass. Left breast not imaged with tomosynthesis (2D views "
              "only)." + _I.format(c=1), "1 1"),
    ("R3-32", _P + "Right breast: no mass. Left breast: no mass. The left breast was not imaged on the MLO view "
              "(pacemaker); CC view normal." + _I.format(c=1), "1 1"),
    ("R3-33", _P + "Right breast: no mass. Left breast: no mass. The left breast was not imaged in full (large "
              "breast); no mass in the imaged tissue." + _I.format(c=0), "0 0"),
    ("R3-41", _H + "Ultrasound: 9 mm simple cyst right breast 10 o'clock. Left breast 4 mm cyst.\nBI-RADS 2.\nThe left "
              "breast was not scanned in the radial plane.\"\n", "2 2"),
    ("R3-35", _P + "Right breast: 9 mm cyst at 10 o'clock. Left breast: 4 mm cyst. Right breast was not re-scanned "
              "after aspiration." + _I.format(c=2), "2 2"),
    ("R3-31", _P + "Right breast: 9 mm cyst at 10 o'clock. Left breast: 4 mm cyst at 2 o'clock. Right breast was not "
              "scanned twice." + _I.format(c=2), "2 2"),
    ("R3-06", _P + "Right breast: 10 mm cyst. Left breast: normal. If the left breast is not imaged at the next visit, "
              "please re-book." + _I.format(c=2), "2 2"),
    ("R3-26", _P + "Right breast: 9 mm cyst at 10 o'clock. Left breast: 4 mm cyst at 2 o'clock. Left breast was not "
              "scanned by the student; the radiologist scanned it." + _I.format(c=2), "2 2"),
]

# under-reaches of the review that the narrowed shape reads: a month's name before the year
UNDER_REACHES_READ = [
    ("R2-04", "GP summary: US left breast Oct 2025, reported BI-RADS 4A; core biopsy benign.", "- -"),
]


@pytest.mark.parametrize(("text", "codes"), [(t, c) for _, t, c in RULE2_CONFIRMED],
                         ids=[i for i, _, _ in RULE2_CONFIRMED])
def test_rule2_confirmed_over_reach(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [(t, c) for _, t, c in RULE3_CONFIRMED],
                         ids=[i for i, _, _ in RULE3_CONFIRMED])
def test_rule3_confirmed_over_reach(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [(t, c) for _, t, c in UNDER_REACHES_READ],
                         ids=[i for i, _, _ in UNDER_REACHES_READ])
def test_under_reach_read(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (the shape itself still dates the category: the exam's name, its month and year, its report's category)
    ("GP summary: US left breast 10/2025, reported BI-RADS 4A; core biopsy benign.", "- -"),
    ("Letter: mammogram right breast 03/2024 reported BI-RADS 2.", "- -"),
    # (a UK score glossed after "reported" dates it too: the guide's other dating words)
    ("Letter: US right breast 03/2026, reported U2 / BI-RADS 2.", "- -"),
    # (a later category in the sentence is not the one the report gave)
    ("Letter: US left breast 10/2025, reported BI-RADS 3; today's ultrasound shows a simple cyst, BI-RADS 2.", "2 -"),
])
def test_rule2_shape_still_dates(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
