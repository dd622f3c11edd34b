"""Review r107 of the b107 radiology rules, each narrowed to positive evidence (labels "L R", "-" for no category):
a gloss under a sided UK score is a parenthesis holding only the category's name and value; "Pre-op history:" is a
history like "Pre-season history:"; the quotation-opening-with-a-dated-exam rule is withdrawn (yk068 in
WITHDRAWN_RADIOLOGY_MISSES), so every quotation the review found it over-reaching on reads as before it.

Review r107b: a gloss restates its score only (one sided score clause on the line above, no other side named after it,
the value that score's category); a pre-<event> history heads a line only with its colon straight after "history"; the
existing history-span faults the narrowed heading still reaches stay strict xfails.

Review rfinal4: the amendment stamp ("Entry amended <date> (Dr X):", "Record amended <date> by Dr X:") is withdrawn
(yk085 in WITHDRAWN_RADIOLOGY_MISSES): the stamped entries below read as they did before b107, the addendum faults it
reached included."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ rule 1: a bare category gloss under a sided score


@pytest.mark.parametrize(("text", "codes"), [
    ("BREAST US\n\nImpression: R breast not imaged. L U3 - likely fibroadenoma; interval scan.\n(BI-RADS 3)\n", "3 -"),
    ("BREAST US\n\nImpression: L breast not imaged. R U2 - simple cyst.\n(BIRADS: 2)\n", "- 2"),
    ("BREAST US\n\nImpression: R breast not imaged. L U3 - likely fibroadenoma.\n(BI-RADS equivalent 3.)\n", "3 -"),
    ("BREAST US\n\nImpression: L breast not imaged. R U2 - simple cyst.\n(equivalent BI-RADS 2)\n", "- 2"),
])
def test_bare_category_gloss_takes_the_score_side(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (a side letter after the category: the right's category, not the left score's gloss)
    ("BREAST US\n\nImpression: R U4 - spiculated mass.\nL U3 - likely fibroadenoma.\n(BI-RADS 4B R)\n", "- 4B"),
    # (a side letter heading the parenthesis, and more words after it)
    ("BREAST US\n\nL U2 - simple cyst.\n(R: BI-RADS 4A, reported separately)\n", "- 4A"),
    # (a side named after "in")
    ("BREAST US\n\nImpression: L U2 - simple cyst.\n(BI-RADS 4B in R)\n", "- 4B"),
    # (both breasts named: the category is both sides')
    ("BREAST US\n\nImpression: R U2 - cyst.\nL U2 - small cyst.\n(Both breasts BI-RADS 2)\n", "2 2"),
])
def test_parenthesis_naming_a_side_is_no_gloss(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "side", "code"), [
    # (the other breast's category under a left score: the right keeps it; the left's own reading is outside this rule)
    ("BREAST US\n\nImpression: L U3 - likely fibroadenoma.\n(contralateral: BI-RADS 1)\n", "R", "1"),
    ("BREAST US\n\nImpression: L U3 - likely fibroadenoma.\n(opposite breast BI-RADS 2)\n", "R", "2"),
    # (an overall or highest category under the lower score's line: the U4 side keeps it)
    ("BREAST US\n\nImpression: R U4 - irregular 8 mm mass.\nL U2 - simple cyst.\n(highest BI-RADS 4B)\n", "R", "4B"),
    ("BREAST US\n\nImpression:\nR U4 - irregular mass.\nL U3 - likely fibroadenoma.\n(BI-RADS 4B overall)\n", "R", "4B"),
])
def test_parenthesis_saying_more_leaves_the_other_side(text: str, side: str, code: str) -> None:
    left, right = birads_codes(text).split()
    assert (left if side == "L" else right) == code


# ------------------------------------------------------------------ rule 2: "Pre-op history:"


def test_pre_op_history_is_history() -> None:
    text = ("Pre-op history: left breast BI-RADS 4C, core biopsy showed IDC.\n\n"
            "Left breast ultrasound today: post-operative seroma only. BI-RADS 2.\n")
    assert birads_codes(text) == "2 -"


@pytest.mark.parametrize(("text", "codes"), [
    # (pre-op findings, not history: today's category)
    ("Left breast ultrasound\nPre-op findings: 14 mm irregular mass. BI-RADS 4C.\n", "4C -"),
    # (pre-op imaging, not history)
    ("Right breast ultrasound\nPre-op imaging: wire localisation of the 9 o'clock mass, BI-RADS 5.\n", "- 5"),
    # (a pre-op label with no history word: the category is read)
    ("Left breast ultrasound\nPre-op: mass marked for surgery, BI-RADS 4B.\n", "4B -"),
])
def test_near_miss_pre_op(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ rule 3 withdrawn: "Record amended <date> by Dr X:"


@pytest.mark.parametrize(("text", "codes"), [
    # (amended by a name with no colon: no stamp, the side as reported)
    ("Right breast ultrasound: cyst. BI-RADS 2.\nRecord amended 07/04/2026 by Dr M Adeyemi to add the phone number; "
     "LEFT breast not scanned.\n", "- 2"),
    # (a stamp with a name that corrects no side)
    ("Right breast ultrasound: mass, BI-RADS 4A.\n\nRecord amended 07/04/2026 by Dr M Adeyemi: clinic time changed "
     "to 14:00.\n", "- 4A"),
    # (the words inside a sentence, not heading a line)
    ("Left breast ultrasound: oval mass. BI-RADS 3. Record amended 07/04/2026 by Dr M Adeyemi: spelling only.\n",
     "3 -"),
])
def test_record_amended_by_reads_as_before(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ rule 4 withdrawn: quotations read as before


@pytest.mark.parametrize(("text", "codes"), [
    # (the month and year are the comparison's)
    ("GP letter 12/10/2026\nEnclosed: \"Bilateral mammogram, compared with 09/2025: new 8 mm spiculated mass left "
     "UIQ. BI-RADS 5.\"\n", "5 -"),
    ("Clinic note\nResult today: \"Mammogram bilateral, unchanged since 09/2025, BI-RADS 2.\"\n", "2 2"),
    # (an earlier finding's, a symptom's or an operation's date)
    ("Clinic note\nToday's report: \"Ultrasound right breast, follow-up of 04/2026 finding: stable oval mass. "
     "BI-RADS 3.\"\n", "- 3"),
    ("Clinic note\nResult: \"Ultrasound left breast for a lump felt 08/2026: simple cyst. BI-RADS 2.\"\n", "2 -"),
    ("Clinic note 12/10/2026\nResult: \"Ultrasound right breast, after WLE 05/2026: seroma only. BI-RADS 2.\"\n",
     "- 2"),
    # (a future date)
    ("Antenatal clinic\nScan: \"Ultrasound left breast (pregnant, due 02/2027): lactating adenoma likely. "
     "BI-RADS 3.\"\n", "3 -"),
    ("Clinic note\nReport: \"Ultrasound left breast - review in 04/2027; probable fibroadenoma, BI-RADS 3.\"\n", "3 -"),
    # (a reference number, no date)
    ("Clinic letter\nShe brought: \"Ultrasound right breast ref 37/2026 - simple cyst. BI-RADS 2.\"\n", "- 2"),
    # (a quote left open, today's report after a blank line and its title)
    ("Her letter: \"Ultrasound right breast 08/2026 - oval mass, BI-RADS 3.\n\nRIGHT BREAST ULTRASOUND TODAY\n"
     "Findings: now 15 mm and irregular.\nImpression: BI-RADS 4B.\n", "- 4B"),
    # (today's exam quoted with its month and year only)
    ("Breast clinic 12/10/2026\nUS today (report): \"Ultrasound left breast 10/2026 - 12 mm irregular mass. "
     "BI-RADS 4C.\" Core biopsy done today.\n", "4C -"),
    ("Clinic note\nScan: \"Ultrasound left breast today (10/2026): cyst. BI-RADS 2.\"\n", "2 -"),
    ("Discharge summary\nInvestigations this admission:\n\"Ultrasound left breast (Oct 2026): abscess 2 cm, "
     "drained. BI-RADS 2.\"\n", "2 -"),
    ("MDT list 10/2026\nPatient B: \"Ultrasound right breast 10/2026: 16 mm mass, BI-RADS 5\" - core biopsy this "
     "week.\n", "- 5"),
    ("EHR\nReport text: \"BILATERAL SCREENING MAMMOGRAM 10/2026 (round 2). No suspicious findings. BI-RADS 1.\"\n",
     "1 1"),
])
def test_quotation_opening_with_an_exam_and_a_date_reads_as_before(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


def test_results_quote_of_todays_mammogram_keeps_the_right() -> None:
    text = ("EPR - Results (this admission)\nImaging: \"MAMMOGRAM BILATERAL 10/2026: new spiculated mass right UOQ. "
            "BI-RADS 5.\"\nPlan: MDT.\n")
    assert birads_codes(text).split()[1] == "5"


# ------------------------------------------------------------------ review r107b, rule 1: the gloss restates its score


@pytest.mark.parametrize(("text", "codes"), [
    ("US BREASTS\nImpression: R breast not imaged. L U4 - 10 mm irregular mass, for core.\n(BI-RADS 4B)\n", "4B -"),
    ("US BREASTS\nImpression: L breast not imaged. R U5 - known cancer on chemotherapy, now 14 mm.\n(BI-RADS 6)\n",
     "- 6"),
    ("US BREASTS\nOpinion: R breast not imaged. L M2 U2 - benign cyst, discharge.\n(BI-RADS 2)\n", "2 -"),
    # (the clause's highest score is what it assesses)
    ("US BREASTS\nOpinion: R breast not imaged. L M1 U4 - 9 mm irregular mass, US only.\n(BI-RADS 4A)\n", "4A -"),
    # (the other breast named without a side word of its own)
    ("BREAST US\nImpression: L U3 - probable fibroadenoma, contralateral normal.\n(BI-RADS 3)\n", "3 -"),
])
def test_gloss_restating_its_one_score_takes_its_side(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "side", "code"), [
    # (two sided clauses on the score line, the value the first one's: the first side keeps it)
    ("BREAST US\nSummary: L U4 - irregular 8 mm mass. R U2 - small cyst.\n(BI-RADS 4A)\n", "L", "4A"),
    ("BREAST US\nImpression: R U3 - likely fibroadenoma; L U1.\n(BI-RADS 3)\n", "R", "3"),
    ("TRIPLE ASSESSMENT\nMammo: L M2 - benign calcs. R M4 - distortion.\nUS: R U4 - 12 mm mass; L U1.\n(BI-RADS 4B)\n",
     "R", "4B"),
    # (the value contradicts the score above it: the other line's category, or the exam's overall one)
    ("BREAST US\nConclusion:\nL U5 - 20 mm spiculated mass, biopsy today.\nR U2 - cyst.\n(BI-RADS 5)\n", "L", "5"),
    ("MAMMO AND US\nConclusion:\nR M4 U4 - 11 mm irregular mass 10 o'clock.\nL M1 U1 - normal.\n(BI-RADS 4A)\n",
     "R", "4A"),
    ("MAMMO AND US\nL M3 - new calcification, for stereo.\nR M1 U2 - simple cyst.\n(BI-RADS 0)\n", "L", "0"),
])
def test_parenthesis_not_restating_the_line_score_is_no_gloss(text: str, side: str, code: str) -> None:
    assert dict(zip("LR", birads_codes(text).split()))[side] == code


def test_other_breast_named_after_the_score_leaves_the_gloss_to_it() -> None:
    # ("Left breast: simple cyst." after the right's score: the category follows the left's finding; the right has a
    # U score only)
    text = "BREAST US\nSummary: R U3 - probable fibroadenoma. Left breast: simple cyst.\n(BI-RADS 2)\n"
    assert birads_codes(text) == "2 -"


# ------------------------------------------------------------------ review r107b, rule 2: "history" straight before ":"


@pytest.mark.parametrize(("text", "codes"), [
    # (the heading names today's examination or scan as well: today's category)
    ("Right breast ultrasound\nPre-procedure history and examination: 10 o'clock mass 9 mm, irregular. BI-RADS 4A.\n",
     "- 4A"),
    ("Pre-op history and today's scan: right breast 9 mm irregular mass at 10 o'clock, BI-RADS 4A.\n", "- 4A"),
    ("Right breast ultrasound\nPre-op history & exam findings: R 9 mm irregular mass, BI-RADS 4A.\n", "- 4A"),
    ("Right breast ultrasound\nPre-op Hx reviewed: nil. US R breast: 9 mm irregular mass, BI-RADS 4A.\n", "- 4A"),
])
def test_pre_event_history_with_more_words_before_the_colon_is_no_history(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("Pre-IVF history (from GP letter): right breast BI-RADS 3 in 2023.\n\nRight breast ultrasound today: simple "
     "cyst. BI-RADS 2.\n", "- 2"),
    ("PRE-OP HX: R breast IDC, BI-RADS 5 before biopsy.\n\nULTRASOUND RIGHT BREAST (post WLE)\nImpression: seroma, "
     "BI-RADS 2.\n", "- 2"),
    ("Pre-admission history: left breast cancer 2021, BI-RADS 6 then.\n\nRight breast ultrasound: 5 mm simple cyst. "
     "BI-RADS 2.\n", "- 2"),
])
def test_pre_event_history_with_its_colon_is_history(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ review r107b: faults of older code, still open
# (the right labels; each reads wrong before and after r107's rules with an older trigger as well)


@pytest.mark.parametrize(("text", "codes"), [
    # a history's span runs on past "none." to today's finding on the same line (older span code)
    pytest.param("Right breast ultrasound\nPre-op history: none. Right breast 9 mm irregular mass at 10 o'clock, "
                 "BI-RADS 4A.\n", "- 4A", id="history-none-then-today"),
    # ... and past a bulleted history to an unheaded "Today ..." sentence
    pytest.param("Pre-surgery history:\n- Right breast IDC 2019, mastectomy.\n- Left breast BI-RADS 3 in 2023.\nToday "
                 "left breast ultrasound shows a stable 5 mm oval mass, BI-RADS 2.\n", "2 -", id="history-bullets-today"),
])
@pytest.mark.xfail(strict=True, reason="older history-span code (review r107b), not the r107 rules")
def test_older_faults_reached_by_the_r107_rules(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ review rfinal4: the stamp withdrawn, read as before


@pytest.mark.parametrize(("text", "codes"), [
    # an amendment correcting the clinical details' side, the scanned side confirmed: no revision, the side as reported
    pytest.param("Left breast ultrasound: 12 mm mass. BI-RADS 4A.\n\nEntry amended 03/08/2026 (Dr K): the clinical "
                 "details should read right breast lump; the left breast was scanned as requested.\n", "4A -",
                 id="amended-clinical-details-side"),
    pytest.param("Left breast ultrasound: 12 mm mass. BI-RADS 4A.\n\nEntry amended 03/08/2026 (Dr K): dictated 'left' "
                 "in the clinical details should read 'right' (the GP felt the right lump); the left breast was "
                 "scanned.\n", "4A -", id="amended-dictated-side-of-details"),
    # a stamp on an older dated entry leaves the newer entry above it alone
    pytest.param("EPR (newest first)\n05/08/2026 Left breast US: simple cyst, BI-RADS 2.\n\n20/07/2026 Breast US (side "
                 "not recorded): 8 mm mass, BI-RADS 4B.\nEntry amended 20/07/2026 10:15 (Dr K): scan was of the RIGHT "
                 "breast.\n", "2 4B", id="amendment-reaches-newer-entry"),
])
def test_amendment_stamp_withdrawn_reads_as_before(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
