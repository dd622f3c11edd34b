"""Radiology b118 (histopathology request forms quoting the imaging a biopsy is taken for, immigration panel physicians'
medical records and residential aged-care GP notes quoting breast imaging; an addendum upgrading a category): a request
form's exam line heading its imaging; "upgraded to 4A; biopsy recommended"; a quoted "Final combined assessment:"; a
category's name quoted after "Report assessment:"; "Final assessment category: R5 / L2 (BI-RADS)"; a quote's lead-in
naming an earlier year's report; "Mammogram 2019 "BI-RADS 2 ..."" in a problem list; a quoted report under a line
naming a bilateral exam."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ a request form's exam line heads its imaging

_FORM = ("{title}\nPatient: DELACROIX, Yolanda   DOB 06/11/1981   MRN 600482917\nCollection date: 05/11/2026\n"
         "Procedure: US-guided core needle biopsy, LEFT breast 3:00, 14G x 4\n\nClinical history / imaging:\n"
         " 44 y/o, palpable L breast mass at 3:00.\n{exam}\n   L 3:00 oval 12 mm mass, partly indistinct margin - BI-RADS 4A.\n"
         "   R breast: multiple simple cysts - BI-RADS 2.\n No prior breast biopsy.\n\nDiagnosis requested: fibroadenoma "
         "vs other.\n")


@pytest.mark.parametrize(("title", "exam", "codes"), [
    # (the batch's wording)
    ("PATHOLOGY REQUEST FORM (Histology / Cytology)", " Diagnostic mammogram + bilateral US 04/28/2026:", "4A 2"),
    # (variants: another request's title, the exam named in other words, its side and clock before the date)
    ("BREAST PATHOLOGY REQUISITION", " Bilateral diagnostic mammograms and US 28/04/2026:", "4A 2"),
    ("HISTOPATHOLOGY REQUEST FORM", " US L 3 o'clock 11/05/2026:", "4A 2"),
    ("CYTOLOGY REQUEST - BREAST", " Ultrasound 2026-05-11:", "4A 2"),
    # (near misses: an earlier exam's line, a month and year only, an earlier year's date: history, as before)
    ("PATHOLOGY REQUEST FORM (Histology / Cytology)", " Previous mammogram + US 04/28/2026:", "- 2"),
    ("PATHOLOGY REQUEST FORM (Histology / Cytology)", " Diagnostic mammogram + bilateral US 04/2026:", "- 2"),
    ("PATHOLOGY REQUEST FORM (Histology / Cytology)", " Diagnostic mammogram + bilateral US 04/28/2024:", "- 2"),
    # (not a pathology request form: a radiology report's history lists the earlier exam, as before)
    ("DIAGNOSTIC MAMMOGRAM REPORT", " Diagnostic mammogram + bilateral US 04/28/2026:", "- 2"),
    ("PATHOLOGY REPORT", " Diagnostic mammogram + bilateral US 04/28/2026:", "- 2"),
    # (review r118: a pathology report's header printing its request number; another part's exam before the date)
    ("HISTOPATHOLOGY REPORT          Request No: 26H-08812", " Diagnostic mammogram + bilateral US 04/28/2026:", "- 2"),
    ("HISTOPATHOLOGY          Request No: 26H-08812", " Diagnostic mammogram + bilateral US 04/28/2026:", "- 2"),
    ("CYTOLOGY REQUEST FORM", " US neck 04/28/2026:", "- 2"),
])
def test_request_form_exam_line_heads_its_imaging(title: str, exam: str, codes: str) -> None:
    assert birads_codes(_FORM.format(title=title, exam=exam)) == codes


@pytest.mark.parametrize(("procedure", "codes"), [
    # (review r118: the form names the breast specimen taken under imaging or by needle, on a line of its own)
    ("Specimen: LEFT breast 3 o'clock, US-guided core x 3 (14G), clip placed", "4A 2"),
    ("Part A: LEFT breast 3 o'clock, US core 14G x 4, ribbon clip", "4A 2"),
    ("Material: FNA left breast 3 o'clock, 2 passes", "4A 2"),
    ("Specimen: 12 x 9G vacuum cores, left UOQ", "4A 2"),
    # (near misses: another specimen, an axillary node, no specimen line: the exam line stays history)
    ("Specimen: pleural fluid, left, 450 mL", "- 2"),
    ("Specimen: FNA left axilla, 2 passes", "- 2"),
    ("Passes: 3, 25G", "- 2"),
])
def test_request_form_names_its_breast_specimen(procedure: str, codes: str) -> None:
    text = _FORM.format(title="HISTOPATHOLOGY REQUEST FORM", exam=" Diagnostic mammogram + bilateral US 04/28/2026:")
    assert birads_codes(text.replace("Procedure: US-guided core needle biopsy, LEFT breast 3:00, 14G x 4", procedure)) == codes


# ------------------------------------------------------------------ "upgraded to 4A; biopsy recommended"

_ADDENDUM = ("BREAST ULTRASOUND BILATERAL\nImpression: Right breast simple cysts, BI-RADS 2. Left breast 3:00, 5 mm oval "
             "hypoechoic nodule, BI-RADS 3; follow-up in 6 months.\n\nADDENDUM 05/07/2026:\nReview of the MRI shows an "
             "8 mm irregular enhancing mass at the site of the left 3:00 nodule. {line}\n")


@pytest.mark.parametrize(("line", "codes"), [
    # (the batch's wording)
    ("Left breast BI-RADS 3 is upgraded to 4A; ultrasound-guided biopsy recommended instead of follow-up.", "4A 2"),
    # (variants: the biopsy named otherwise, without "is")
    ("Left breast BI-RADS 3 is upgraded to 4A; biopsy recommended.", "4A 2"),
    ("Left breast BI-RADS 3 upgraded to 4B; stereotactic biopsy advised.", "4B 2"),
    ("Left breast BI-RADS 3 upgraded to 4B; US-guided core biopsy recommended instead of 6 month follow-up.", "4B 2"),
    ("Left breast BI-RADS 3 upgraded to 4A; tissue sampling recommended.", "4A 2"),  # (review r118)
    # (near misses: a condition, a date or another reader after the biopsy; a biopsy beside a new 3: as before)
    ("Left breast BI-RADS 3 is upgraded to 4A; biopsy recommended if it enlarges.", "3 2"),
    ("Left breast BI-RADS 3 is upgraded to 4A; biopsy recommended in 2027.", "3 2"),
    ("Left breast BI-RADS 3 is upgraded to 4A; biopsy recommended by the outside reader.", "3 2"),
    ("Left breast BI-RADS 4A is downgraded to 3; biopsy recommended.", "4A 2"),
])
def test_upgrade_with_its_biopsy_recommended(line: str, codes: str) -> None:
    assert birads_codes(_ADDENDUM.format(line=line)) == codes


# ------------------------------------------------------------------ a quoted "Final combined assessment:"

_QUOTED = ("eMEDICAL CLINIC WORKSHEET\nDate of exam 29/06/2026\nBILATERAL MAMMOGRAM 30/06/2026 - Southport Radiology:\n"
           "  \"Right breast: 8 mm oval mass. Left breast: no abnormality. Mammographic assessment: right BI-RADS 0 "
           "(further imaging required), left BI-RADS 1.\"\nRIGHT BREAST ULTRASOUND 30/06/2026 (same visit):\n"
           "  \"Right 10 o'clock: 8 mm simple cyst corresponding to the mammographic mass.\"\n  {line}\n"
           "Panel physician: normal / benign.\n")


@pytest.mark.parametrize(("line", "codes"), [
    # (the batch's wording)
    ("\"Final combined assessment: right breast BI-RADS 2, left breast BI-RADS 1.\"", "1 2"),
    # (variants: curly quotes, "Combined final impression")
    ("“Final combined assessment: right breast BI-RADS 2, left breast BI-RADS 1.”", "1 2"),
    ("\"Combined final impression: right breast BI-RADS 2, left breast BI-RADS 1.\"", "1 2"),
    # (near misses: no "final combined" heading, or the quote's heading after other words on its line: as before)
    ("\"Assessment: right breast BI-RADS 2, left breast BI-RADS 1.\"", "1 0"),
    ("\"Also: final combined assessment: right breast BI-RADS 2, left breast BI-RADS 1.\"", "1 0"),
])
def test_quoted_final_combined_assessment_opens_a_revision(line: str, codes: str) -> None:
    assert birads_codes(_QUOTED.format(line=line)) == codes


# ------------------------------------------------------------------ a category's name quoted after its heading

_OUTREACH = ("SURGICAL PATHOLOGY REQUISITION\nSpecimen: LEFT breast mass, 3 o'clock - core biopsy x 3\n\nClinical "
             "history:\n 77 y/o, left breast mass 3 cm.\n Outreach US (tele-reported) 29/07/2026: left 3:00 irregular 27 mm "
             "hypoechoic mass.\n{line}\n Right breast: not examined (no symptoms).\n")


@pytest.mark.parametrize(("line", "codes"), [
    # (the batch's wording)
    (" Report assessment: \"Suspicious.\" (no subcategory given - portable unit, limited views).", "4 -"),
    # (variants: "Assessment:", another name, curly quotes, the stop outside the quote)
    (" Assessment: \"Probably benign\".", "3 -"),
    (" Report assessment: “Highly suggestive of malignancy.”", "5 -"),
    # (near misses: the quote goes on past the name, a year after it, an outside reader's heading: as before)
    (" Assessment: \"Suspicious for malignancy in the setting of prior surgery\".", "- -"),
    (" Assessment: \"benign-appearing node\".", "- -"),
    (" Outside assessment: \"Suspicious.\"", "- -"),
    # (review r118: another discipline's heading or a heading inside a sentence gives none)
    (" Cytology assessment: \"Benign.\" (C2, fibroadenoma pattern).", "- -"),
    (" I read her the 2024 result - assessment: \"Benign.\"", "- -"),
])
def test_category_name_quoted_after_assessment_heading(line: str, codes: str) -> None:
    assert birads_codes(_OUTREACH.format(line=line)) == codes


# ------------------------------------------------------------------ "Final assessment category: R5 / L2 (BI-RADS)"

_SCREENING = ("HISTOPATHOLOGY REQUEST FORM - BREAST SCREENING ASSESSMENT\nSpecimen: RIGHT breast, 10 o'clock, stereotactic "
              "VAB\n\nScreening/assessment details:\n Recalled for R segmental calcification UOQ (45 mm).\n L: benign "
              "vascular calcification only.\n{line}\n Previous histology: none.\n")


@pytest.mark.parametrize(("line", "codes"), [
    # (the batch's wording)
    (" Final assessment category: R5 / L2 (BI-RADS).", "2 5"),
    # (variants: without "final", the letters spaced, "Final category:")
    (" Assessment category: R5 / L2.", "2 5"),
    (" Final assessment category: R 5 / L 2 (BI-RADS).", "2 5"),
    (" Final category: L2, R5.", "2 5"),
    # (near misses: a lower-case letter, a measurement after it, no heading: as before)
    (" Final assessment category: r5 / l2.", "- -"),
    (" Calcification extent: R5 cm.", "- -"),
    (" R5 / L2.", "- -"),
    # (review r118: the scale named aside; flush letters only under a category's heading, never before a noun; a list
    # under a line heading an earlier round is that round's)
    (" Assessment category (BI-RADS): R5 | L2", "2 5"),
    (" Outcome: R2, L1 cysts aspirated to dryness.", "- -"),
    (" Final category: R2, L1 cysts aspirated to dryness.", "- -"),
    (" Previous round (2023):\n Final assessment category: R5 / L2 (BI-RADS).", "- -"),
])
def test_final_assessment_category_letters_flush_against_numbers(line: str, codes: str) -> None:
    assert birads_codes(_SCREENING.format(line=line)) == codes


# ------------------------------------------------------------------ a quote's lead-in naming an earlier year's report

_IMMIGRATION = ("PANEL MEDICAL EXAMINATION - RECORD OF EXAMINATION\nApplicant: F, 44 y   Exam date: 16/06/2026\n\n"
                "History questionnaire reviewed. Declares breast pain in 2023. {line}\nNo current breast symptoms.\n")


@pytest.mark.parametrize(("line", "codes"), [
    # (the batch's wording)
    ("Brought a copy of the 2023 report (Almaty, translated): \"bilateral breast ultrasound: fibrocystic changes, "
     "BI-RADS 2\".", "- -"),
    # (variants: an exam named by its year, curly quotes, a long quote)
    ("Her 2024 mammogram: \"Both breasts: scattered fibroglandular tissue. Negative, BI-RADS 1.\"", "- -"),
    ("Brought the 2022 ultrasound report (translated): “Right breast cyst, 12 mm, simple. Left breast: no lesion. "
     "Assessment: BI-RADS 2, right and left, annual follow-up advised by the reporting radiologist at the clinic.”",
     "- -"),
    # (near misses: the form's own year, no colon before the quote, the year in another sentence: read as before)
    ("Brought a copy of the 2026 report (translated): \"bilateral breast ultrasound: fibrocystic changes, "
     "BI-RADS 2\".", "2 2"),
    ("Brought a copy of the 2023 report. Ultrasound today: \"bilateral breast ultrasound: fibrocystic changes, "
     "BI-RADS 2\".", "2 2"),
    ("The 2023 report was lost, ultrasound today \"bilateral: fibrocystic changes, BI-RADS 2\".", "2 2"),
    # (review r118: the lead-in ending the line above the quote)
    ("Brought a copy of the 2023 report (translated):\n\"bilateral breast ultrasound: fibrocystic changes, BI-RADS 2\".",
     "- -"),
    # (review r118 near misses: the year names the exam compared or the one that prompted today's, the lead-in names
    # the present, the document's own year beside a later year it looks ahead to)
    ("Her mammogram this month, compared with the 2024 mammogram: \"Stable scattered benign calcifications in both "
     "breasts. BI-RADS 2.\"", "2 2"),
    ("Second-look ultrasound for the December 2025 MRI finding, reported today: \"Right 10 o'clock 8 mm oval mass. "
     "BI-RADS 4A.\"", "- 4A"),
    ("Brought the 2026 report (translated): \"bilateral breast ultrasound: fibrocystic changes, BI-RADS 2\". Next "
     "screen due in 2028.", "2 2"),
])
def test_quote_lead_in_naming_an_earlier_years_report(line: str, codes: str) -> None:
    assert birads_codes(_IMMIGRATION.format(line=line)) == codes


# ------------------------------------------------------------------ an exam name, its year and its quoted report

_PROBLEMS = ("RACF GP REVIEW - comprehensive medical assessment\nDate: 03/06/2026\n\nProblem list:\n 1. Alzheimer "
             "dementia.\n 2. R breast DCIS 2012 - R wide local excision + radiotherapy. {line}\n 3. T2DM.\n\nBreast: exam "
             "today - well-healed R scar, no masses either breast.\n")


@pytest.mark.parametrize(("line", "codes"), [
    # (the batch's wording)
    ("Mammogram 2019 \"BI-RADS 2, right and left\" (last imaging).", "- -"),
    # (variants: another exam's name, curly quotes)
    ("Ultrasound 2021 \"BI-RADS 3 left\".", "- -"),
    ("MRI 2020 “BI-RADS 1 both breasts”.", "- -"),
    # (near misses: a colon between the year and the quote (a list's own round), a full date: read as before)
    ("Mammogram 2026: \"BI-RADS 2, right and left\".", "2 2"),
    ("Mammogram 02/06/2026 \"BI-RADS 2, right and left\".", "2 2"),
])
def test_exam_name_and_year_before_its_quoted_report(line: str, codes: str) -> None:
    assert birads_codes(_PROBLEMS.format(line=line)) == codes


@pytest.mark.parametrize(("findings", "codes"), [
    # (review r118: the year dates only a category inside its quote; today's after a comparison's closing quote stands)
    ("Left 2 o'clock simple cyst, 6 mm, unchanged since ultrasound 2024 \"simple cyst 6 mm\", BI-RADS 2.", "2 -"),
    ("Left 2 o'clock calcifications unchanged compared with mammogram 2024 \"benign-appearing\", BI-RADS 2.", "2 -"),
    ("Left 2 o'clock simple cyst, 6 mm, as on ultrasound 2024 \"simple cyst 6 mm, BI-RADS 2\".", "- -"),
])
def test_exam_name_and_year_dates_only_its_quote(findings: str, codes: str) -> None:
    assert birads_codes(f"LEFT BREAST ULTRASOUND 05/05/2026\nFindings: {findings}\nNo other lesion.\n") == codes


# ------------------------------------------------------------------ a quoted report under a bilateral exam's line

_MEDICAL = ("PANEL PHYSICIAN MEDICAL REPORT\nExam date: 12/05/2026\n\nPhysical examination:\n  Breasts: well-healed scar "
            "R upper outer quadrant. No palpable mass either side.\n\nAdditional investigation:\n{exam}\n\"Scattered "
            "fibroglandular density. Post-surgical scar right upper outer quadrant, benign appearance. No mass in either "
            "breast.\nImpression: Negative bilateral mammogram. BI-RADS 1. Routine screening.\"\n\nPanel physician's remarks: "
            "mammogram normal.\n")


@pytest.mark.parametrize(("exam", "codes"), [
    # (the batch's wording)
    ("Bilateral mammogram, 19/05/2026, Cedarline Imaging - Dr. Hemant Sabharwal:", "1 1"),
    # (variants: a purpose named, the source in parentheses, capitals)
    ("Bilateral diagnostic mammogram 19/05/2026 (Cedarline Imaging):", "1 1"),
    ("BILATERAL MAMMOGRAM 19/05/2026 - Cedarline Imaging:", "1 1"),
    # (near misses: an earlier exam, one breast named, a sentence about the exam: as before, the right only)
    ("Previous bilateral mammogram, 19/05/2025:", "- 1"),
    ("Bilateral mammogram and right breast ultrasound, 19/05/2026:", "- 1"),
    ("Mammogram, 19/05/2026, Cedarline Imaging:", "- 1"),
])
def test_quoted_report_under_a_bilateral_exams_line(exam: str, codes: str) -> None:
    assert birads_codes(_MEDICAL.format(exam=exam)) == codes
