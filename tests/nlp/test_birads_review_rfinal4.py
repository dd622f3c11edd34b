"""Review rfinal4, the final measurement of the round's radiology rules (labels "L R", "-" for no category).

A history heading ("Pre-op history:", "Pre-treatment history:", any other) ends at a line or sentence opened by a label
"Today's <exam> ...:", as it ends at "Today:" / "US today:": today's exam below keeps its category. A history sentence
that only names today's exam goes on with the history.

The b107 amendment stamp ("Entry amended <date> (Dr X):", "Record amended <date> by Dr X:") is withdrawn (yk085 in
WITHDRAWN_RADIOLOGY_MISSES): an amendment note's mention of an earlier or outside exam's category is no revision, and
the report's own category stays on its side."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ a "Today's <exam>:" label ends the history


@pytest.mark.parametrize(("text", "codes"), [
    # (on the line below the history)
    ("Pre-op history: right breast lump.\nToday's ultrasound right breast: 11 mm irregular mass, BI-RADS 4B.\n", "- 4B"),
    ("Pre-op hx: R BI-RADS 5, core IDC.\nToday's US R breast: 4 mm residual after chemotherapy, BI-RADS 6.\n", "- 6"),
    # (a curly apostrophe, a remark in parentheses, capitals)
    ("Pre-op history: right BI-RADS 5 IDC.\nToday’s scan (right breast): 4 mm residual. BI-RADS 6.\n", "- 6"),
    ("PRE-OP HISTORY: RIGHT BI-RADS 5 IDC.\nTODAY'S MAMMOGRAM RIGHT: CLIP, 4 MM RESIDUAL. BI-RADS 6.\n", "- 6"),
    # (a sentence of its own on the history's line)
    ("Pre-op history: right BI-RADS 5 IDC. Today's scan of the right breast: residual 4 mm, BI-RADS 6.\n", "- 6"),
    # (the older "Pre-treatment history:" heading and a plain history heading the same)
    ("Pre-treatment history: left BI-RADS 5 IDC. Today's ultrasound left breast: no residual mass, BI-RADS 6.\n",
     "6 -"),
    ("Clinical history: left IDC 2025, BI-RADS 5 then.\nToday's mammogram left: post-operative scar only. BI-RADS 2.\n",
     "2 -"),
])
def test_todays_exam_label_ends_the_history(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (a history sentence naming today's exam, no label of it: the history goes on, its category an earlier one)
    ("Pre-op history: right breast BI-RADS 4C, core IDC. Today's scan follows up that lesion.\n", "- -"),
    ("Pre-op history: right breast BI-RADS 4C, core IDC.\nToday's scan was requested by the surgeon.\n", "- -"),
    # ("today's" later in a history sentence)
    ("Pre-op history: right BI-RADS 5 IDC, discussed in today's clinic.\n", "- -"),
    ("Pre-op history: right BI-RADS 5 IDC, today's US right breast: planned.\n", "- -"),
    # ("Today's" before no exam's name: no label of today's exam)
    ("Clinical history: outside mammogram BI-RADS 4A right. Today's visit: patient anxious.\n", "- -"),
])
def test_near_miss_today_in_a_history_sentence(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (the labels that already ended such a history read as they did)
    ("Pre-op history: right BI-RADS 5 IDC.\nToday: right breast US, 4 mm residual. BI-RADS 6.\n", "- 6"),
    ("Pre-op history: right BI-RADS 5 IDC.\nUS today: right breast, 4 mm residual. BI-RADS 6.\n", "- 6"),
    ("Pre-op history: right BI-RADS 5 IDC.\nCurrent scan (right breast): 4 mm residual. BI-RADS 6.\n", "- 6"),
])
def test_earlier_today_labels_read_as_before(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ the amendment stamp withdrawn


@pytest.mark.parametrize(("text", "codes"), [
    # (an outside exam's category reported in the amendment)
    ("Right breast ultrasound: simple cyst. BI-RADS 2.\n\nRecord amended 05/05/2026 by Dr Y: outside mammogram 2024 "
     "reported BI-RADS 4B, benign biopsy.\n", "- 2"),
    # (a GP's note of a category at another hospital)
    ("Left breast ultrasound: simple cyst. BI-RADS 2.\n\nRecord amended 05/05/2026 by Dr Y: referral letter scanned "
     "in; the GP mentions BI-RADS 3 at another hospital in 2024.\n", "2 -"),
    # (an earlier mammogram's category noted on file after a clerical correction)
    ("Right breast ultrasound: simple cyst. BI-RADS 2.\n\nEntry amended 02/02/2026 (Dr B): date of birth corrected. "
     "Mammogram 2023 BI-RADS 1 noted on file.\n", "- 2"),
])
def test_amendment_stamp_quoting_another_exam_revises_nothing(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (stamps that correct nothing keep the report's side, as before the stamp rule)
    ("Left breast ultrasound: 9 mm cyst. BI-RADS 2.\nEntry amended 03/03/2026: copy sent to the surgeon.\n", "2 -"),
    ("Right breast ultrasound: 14 mm irregular mass. BI-RADS 4C.\n\nRecord amended 03/03/2026 by Dr Y: side "
     "confirmed as RIGHT on the images.\n", "- 4C"),
    ("Bilateral screening mammogram: no suspicious findings. BI-RADS 1.\n\nEntry amended 04/02/2026 10:05 (Dr B): "
     "indication corrected to screening.\n", "1 1"),
])
def test_near_miss_amendment_stamp_reads_as_before(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
