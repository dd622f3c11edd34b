"""Radiology b131-b132 (a Comoran medical-evacuation file; a coroner's inquest evidence summary; a medical defence
organisation's case file note; history_quoted and dictated reports): a history heading "Reason for request (as written by
referring GP):" and one with its source told bare, "Indication as written on the request:"; "Right breast: previously
seen nodule not identified today, BI-RADS 1" (the finding named, today's category); a side list's item ending on a remark
after a dash, in a bare list ("BI-RADS sein droit [right breast] 1; sein gauche [left breast] 3 - surveillance ...") and up
to a full stop before the next side ("Right breast 4A - MRI-guided biopsy advised. Left breast 2 - benign."); an AI
triage line's "...; suggested category 4B (right)"; an exam of both breasts told by a quoted title naming "BREASTS" or a
dictated title sentence ("Screening bilateral mammogram with tomosynthesis.") where the text names one side elsewhere;
a form's entry "pre-filled by the applicant with "BI-RADS 1"", no reading."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ "Reason for request (as written by ...):"
_H = ("PARKSIDE DIAGNOSTIC IMAGING\nULTRASOUND RIGHT BREAST (second opinion)\nDate: 26/01/2026\n\n"
      "Reason for request (as written by referring GP): \"Outside US 12/2025 says right breast 9 o'clock lesion BI-RADS 4, "
      "biopsy recommended.\"\n\nFindings: Right breast 9 o'clock: 11 x 7 mm complicated cyst, aspirated to resolution.\n\n"
      "Conclusion: Right breast complicated cyst, aspirated. BI-RADS 2: Benign.\n")
_HEAD = "Reason for request (as written by referring GP)"


@pytest.mark.parametrize(("text", "expected"), [
    (_H, "- 2"),  # (the batch's wording)
    # (variants: no source; "Reason for request" glossed otherwise)
    (_H.replace(_HEAD, "Reason for request"), "- 2"),
    (_H.replace(_HEAD, "Reason for request (per GP letter)"), "- 2"),
    # (near misses, read as before: another word after "request"; run on in a sentence; "Request" alone)
    (_H.replace(_HEAD, "Reason for requesting a second opinion"), "- 4"),
    (_H.replace(_HEAD + ": ", "The reason for request (as written by referring GP) was "), "- 4"),
    (_H.replace(_HEAD, "Request (as written by referring GP)"), "- 4"),
])
def test_reason_for_request_heading(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ "Indication as written on the request:"
_I = ("SAINT CLEMENT HOSPITAL - IMAGING SERVICES\nBILATERAL BREAST ULTRASOUND - FOLLOW-UP\nDate: 16/02/2026\n\n"
      "Indication as written on the request: \"Follow up of bilateral BI-RADS 3 lesions (report 08/2025: right 10 o'clock "
      "5 mm nodule BI-RADS 3, left 3 o'clock 8 mm nodule BI-RADS 3). 6 months.\"\n\nFindings:\nRight breast: the previously "
      "described nodule is no longer visible.\nLeft breast: 8 x 5 mm oval circumscribed nodule, unchanged.\n\nConclusion:\n"
      "Right breast: nodule not identified today, BI-RADS 1.\nLeft breast: stable probably benign nodule, BI-RADS 3.\n")
_IND = "Indication as written on the request"


@pytest.mark.parametrize(("text", "expected"), [
    (_I, "3 1"),  # (the batch's wording, its conclusion's first line made plain: see the next test)
    # (variants: another verb of writing, "by", two words before "as")
    (_I.replace(_IND, "Indication as worded by the referring GP"), "3 1"),
    (_I.replace(_IND, "Clinical history as typed on the request form"), "3 1"),
    # (near misses, read as before: no history heading; the source run on with other words; no verb of writing)
    (_I.replace(_IND, "Conclusion as written on the request"), "3 3"),
    (_I.replace(_IND, "Indication as discussed with the patient and written on the request"), "3 3"),
    (_I.replace(_IND, "Indication as seen by the referring clinician and the surgeon"), "3 3"),
])
def test_bare_source_history_heading(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ "Right breast: previously seen nodule ..."
_P = ("Bilateral breast ultrasound (previously seen right nodule at 10 o'clock).\nConclusion:\n"
      "Right breast: previously seen nodule not identified today, BI-RADS 1.\nLeft breast: stable probably benign nodule, "
      "BI-RADS 3.\n")
_PS = "previously seen nodule not identified today, BI-RADS 1"


@pytest.mark.parametrize(("text", "expected"), [
    (_P, "3 1"),  # (the batch's wording)
    (_I.replace("Right breast: nodule not identified today", "Right breast: previously seen nodule not identified today"),
     "3 1"),
    # (variants: "noted"; "Rt:")
    (_P.replace(_PS, "previously noted cyst has resolved, BI-RADS 1"), "3 1"),
    (_P.replace("Right breast: previously", "Right: previously"), "3 1"),
    # (near misses, read as before: the earlier reading named, "seen as", "assessed", "reported", "seen in 2025"; not
    # opening a side heading's entry: another label between, or no side heading)
    (_P.replace(_PS, "previously seen as BI-RADS 3, now not identified, BI-RADS 1"), "3 1"),
    (_P.replace(_PS, "previously assessed BI-RADS 3"), "3 -"),
    (_P.replace(_PS, "previously reported BI-RADS 3"), "3 -"),
    (_P.replace(_PS, "previously seen in 2025, BI-RADS 3"), "3 -"),
    (_P.replace("Right breast: previously seen nodule not identified today, BI-RADS 1.",
                "Right: report 2025: previously seen nodule, BI-RADS 3."), "3 -"),
    (_P.replace("Right breast: previously seen nodule", "Previously seen nodule"), "3 -"),
    # (review r131 narrowing: the entry must tell the finding's state today before the category; an earlier grading on the
    # entry, and the entry in a history, still date it)
    (_P.replace(_PS, "previously noted cyst unchanged today, BI-RADS 1"), "3 1"),
    (_P.replace(_PS, "previously seen nodule, graded BI-RADS 3 at the outside centre"), "3 -"),
    (_P.replace(_PS, "previously noted mass, categorised BI-RADS 4A by the outside radiologist"), "3 -"),
    ("BILATERAL MAMMOGRAM\nHistory:\nRight breast: previously seen nodule, BI-RADS 3.\nFindings:\nScattered "
     "fibroglandular densities, no mass.\nImpression: Benign. BI-RADS 2.\n", "2 2"),
])
def test_previously_seen_finding_on_side_entry(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ a side list's item with a dash remark
_K = ("EVASAN - DOSSIER No. 2026/AJ/0088\nEchographie mammaire bilatérale du 15/01/2026:\nSein droit: pas d'anomalie.\n"
      "Sein gauche: nodule ovalaire de 9 x 6 mm à 4 h, évocateur d'un fibroadénome.\n"
      "Conclusion: BI-RADS sein droit [right breast] 1; sein gauche [left breast] 3 - surveillance échographique à 6 mois.\n")
_E = "Bilateral breast ultrasound.\nConclusion: BI-RADS right breast 1; left breast 3 - follow-up in 6 months.\n"
_M = ("\"MRI BILATERAL BREASTS WITH CONTRAST - 18/02/2026\nRight breast: new 7 mm focus of non-mass enhancement at 8 "
      "o'clock.\nLeft breast: stable 6 mm oval circumscribed enhancing mass at 3 o'clock, the known fibroadenoma.\n"
      "BI-RADS assessment: Right breast 4A - MRI-guided biopsy advised. Left breast 2 - benign.\"\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_K, "3 1"),  # (the batch's wordings)
    (_M, "2 4A"),
    # (variants: English; the sides the other way round; each item with its remark)
    (_E, "3 1"),
    (_E.replace("right breast 1; left breast 3", "left breast 3; right breast 1"), "3 1"),
    (_E.replace("right breast 1; left breast 3 - follow-up in 6 months.",
                "right breast 4A - biopsy advised; left breast 2 - benign."), "2 4A"),
    (_M.replace("Right breast 4A - MRI-guided biopsy advised. Left breast 2 - benign.",
                "Left breast 2 - benign. Right breast 4A - MRI-guided biopsy advised."), "2 4A"),
    # (near misses, read as before: a number after the dash, a joined hyphen, a measurement; a remark holding a stop;
    # the next side after "The" or on the next line; a list in the history)
    (_E.replace("3 - follow-up in 6 months", "3 - 4 o'clock nodule"), "- 1"),
    (_E.replace("3 - follow-up in 6 months", "3-month follow-up"), "- 1"),
    (_E.replace("BI-RADS right breast 1; left breast 3 - follow-up in 6 months.", "BI-RADS right breast 2 - 3 cm mass."),
     "- -"),
    (_M.replace("MRI-guided biopsy advised. Left breast 2", "biopsy advised, e.g. next week. Left breast 2"), "- 4A"),
    (_M.replace("MRI-guided biopsy advised. Left breast 2", "biopsy advised. The left breast 2"), "- 4A"),
    (_M.replace("MRI-guided biopsy advised. Left breast 2", "MRI-guided biopsy advised. Left breast 2 cm"), "- 4A"),
    (_M.replace("advised. Left breast 2", "advised.\nLeft breast 2"), "- 4A"),
    (_E.replace("Conclusion: BI-RADS", "History: 2024 BI-RADS").replace("months.\n", "months.\nConclusion: BI-RADS 2 "
                                                                                    "both breasts.\n"), "2 2"),
    # (review r131 narrowing: after the full stop the next side's number must end its item: a time or interval is none)
    (_M.replace("Left breast 2 - benign.", "Left breast 2 weeks after biopsy, haematoma resolving."), "- 4A"),
    (_M.replace("Left breast 2 - benign.", "Left breast 1 year recall as per programme."), "- 4A"),
    (_M.replace("Left breast 2 - benign.", "Left breast 2 (benign)."), "2 4A"),
    # (review rfinal16 narrowing: on a line dated before the list's head the dash remark reaches neither past its full stop
    # nor ends a bare list's item: the earlier exam's list, as it is without the remarks)
    ("BILATERAL MAMMOGRAM\nPrior exam 10/2025: BI-RADS right breast 3 - follow-up. Left breast 1 - negative.\nFindings: "
     "stable.\nImpression: Benign. BI-RADS 2.\n", "2 2"),
    ("BILATERAL MAMMOGRAM\nPrevious study (2024): BI-RADS right breast 4A - biopsy. Left breast 2 - benign.\nFindings: "
     "clip in the right breast.\nImpression: Benign. BI-RADS 2.\n", "2 2"),
])
def test_side_list_item_dash_remark(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ "AI triage score 8; suggested category 4B"
_A = ("The report in question:\n\"ULTRASOUND RIGHT BREAST - 16/04/2026\nIndication: 81F, painful right breast mass.\n"
      "Findings: right 3 o'clock, 36 mm irregular hypoechoic mass with spiculated margins.\n"
      "AI triage score 8; suggested category 4B (right).\nASSESSMENT: Highly suggestive of malignancy.\n"
      "RECOMMENDATION: Core biopsy.\"\n")
_AI = "AI triage score 8; suggested category 4B (right)."


@pytest.mark.parametrize(("text", "expected"), [
    (_A, "- 5"),  # (the batch's wording)
    (_A.replace(_AI, "CAD score 8; suggests category 4B (right)."), "- 5"),  # (variant: CAD, "suggests")
    # (near misses, read as before: another clause word; the suggestion in a sentence or on a line of its own; no
    # software named; the radiologist's category before the suggestion)
    (_A.replace(_AI, "AI triage score 8; final category 4B (right)."), "- 4B"),
    (_A.replace(_AI, "AI triage score 8. Suggested category 4B (right)."), "- 4B"),
    (_A.replace(_AI, "AI triage score 8.\nSuggested category 4B (right)."), "- 4B"),
    (_A.replace(_AI, "Triage score 8; suggested category 4B (right)."), "- 4B"),
    (_A.replace(_AI, "AI triage score 8, radiologist's category 4B (right); suggested category 5."), "- 5"),
    # (review r131 narrowing: the category straight after "suggested (category)", the clause before telling the software's
    # output; a CAD mention without one, or the software named as not used, leaves the radiologist's clause)
    (_A.replace(_AI, "CAD applied; suggests category 4B (right)."), "- 4B"),
    (_A.replace(_AI, "The AI tool was not used; suggested category 4B (right)."), "- 4B"),
    (_A.replace(_AI, "AI triage score 8; suggested management biopsy, category 4B (right)."), "- 4B"),
    (_A.replace(_AI, "AI triage flagged the mass; suggested BI-RADS 4B (right)."), "- 5"),
    # (review rfinal16 narrowing: the reader named after the category in its sentence, by / per or accepting it, owns it;
    # the reader named only as the one to review it does not)
    (_A.replace(_AI, "AI triage score 8; suggested category 4B (right) by the reporting radiologist."), "- 4B"),
    (_A.replace(_AI, "AI triage score 8; suggested category 4B (right), which the radiologist accepts."), "- 4B"),
    (_A.replace(_AI, "AI triage score 8; suggested category 4B (right) per Dr O. Quist."), "- 4B"),
    (_A.replace(_AI, "AI triage score 8; suggested category 4B (right), for the radiologist's review."), "- 5"),
])
def test_ai_suggestion_clause(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ an exam of both breasts by its title
_Q = ("MRI report at issue (copy from the practice):\n\"MRI BREASTS - IMPLANT PROTOCOL (non-contrast) - 14/01/2026\n"
      "Bilateral subglandular silicone implants. Both implants are intact.\nImpression: intact bilateral implants. "
      "BI-RADS 2.\"\n\nExplant operation note (06/2026): \"the left implant shell was found ruptured.\"\n")
_V = ("VOICE REPORT - CLAYMORE IMAGING - SCREENING MAMMOGRAPHY\nRadiologist: Dr. P. Barr    Date: 01/14/2026\n"
      "Screening bilateral mammogram with tomosynthesis. Indication routine screening. The breasts are scattered "
      "fibroglandular. No suspicious mass in either breast. Stable benign skin calcs left lower inner, no change. "
      "Impression colon negative bilateral screening mammogram. Birads one. Routine screening in one year.\n")
_VS = "Screening bilateral mammogram with tomosynthesis. "


@pytest.mark.parametrize(("text", "expected"), [
    (_Q, "2 2"),  # (the batch's wordings)
    (_V, "1 1"),
    # (variants: "Bilateral screening mammogram."; a diagnostic mammography with DBT)
    (_V.replace(_VS, "Bilateral screening mammogram. "), "1 1"),
    (_V.replace(_VS, "Bilateral diagnostic mammography with DBT. "), "1 1"),
    # (near misses, read as before: "BREAST" singular, a side in the title or on its line; a title run on in lower case;
    # a quoted title in the history)
    (_Q.replace("\"MRI BREASTS", "\"MRI BREAST"), "2 -"),
    (_Q.replace("\"MRI BREASTS", "\"MRI LEFT BREAST"), "2 -"),
    (_Q.replace("\"MRI BREASTS - IMPLANT PROTOCOL (non-contrast)", "\"MRI BREASTS (left) - IMPLANT PROTOCOL"), "2 -"),
    (_Q.replace("\"MRI BREASTS - IMPLANT PROTOCOL (non-contrast) - 14/01/2026\n", "\"MRI breasts, implant protocol. "),
     "2 -"),
    ("History:\n\"MRI BREASTS - 2024: implants intact, BI-RADS 2.\"\n\nULTRASOUND\nLeft breast 2 o'clock: 6 mm simple "
     "cyst. BI-RADS 2.\n", "2 -"),
    # (near misses, read as before: no "bilateral"; a recommendation; run on after other words; a one-sided title; the
    # sentence in the history or below the report's first lines)
    (_V.replace(_VS, "Screening mammogram with tomosynthesis. "), "1 -"),
    (_V.replace(_VS, "Screening bilateral mammogram recommended. "), "1 -"),
    (_V.replace(_VS, "The patient had a screening bilateral mammogram with tomosynthesis. "), "1 -"),
    (_V.replace("SCREENING MAMMOGRAPHY\n", "DIAGNOSTIC MAMMOGRAM LEFT BREAST\n"), "1 -"),
    ("VOICE REPORT\nRadiologist: Dr. P. Barr\nHistory:\nBilateral screening mammogram.\n2025 left benign calcifications."
     "\n\nImpression: benign left breast calcifications. Birads two.\n", "2 -"),
    (_V.replace(_VS, "").replace("one year.\n", "one year.\nCopy to GP.\nCopy to the breast clinic.\nCopy to file.\n"
                                                "Bilateral screening mammogram.\n"), "1 -"),
])
def test_exam_of_both_breasts_by_title(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ a form "pre-filled ... with "BI-RADS 1""
_F = ("Facts from the member\n- There is no breast imaging on the GP record at all.\n- The insurer's form was pre-filled "
      "by the applicant with \"BI-RADS 1\" in item 4, which the GP cannot verify.\n- The patient had a clinic visit for "
      "left breast pain.\n")
_PF = "pre-filled by the applicant with"


@pytest.mark.parametrize(("text", "expected"), [
    (_F, "- -"),  # (the batch's wording)
    # (variants: "prefilled with", "pre-populated by ... with")
    (_F.replace(_PF, "prefilled with"), "- -"),
    (_F.replace(_PF, "pre-populated by the practice system with"), "- -"),
    # (near misses, read as before: filled in by the radiologist; the category not straight after "with"; "not
    # pre-filled" with another verb)
    (_F.replace(_PF, "filled in by the radiologist with"), "1 -"),
    (_F.replace(_PF + " \"BI-RADS 1\" in item 4, which the GP cannot verify",
                "pre-filled by the applicant; the report gives \"BI-RADS 1\""), "1 -"),
    (_F.replace(_PF + " \"BI-RADS 1\"", "pre-filled with her details and the result \"BI-RADS 1\""), "1 -"),
    (_F.replace(_PF, "not pre-filled; the radiologist wrote"), "1 -"),
    # (review r131 narrowing: a form's or template's entry, not filled in by the radiologist, not confirmed in its sentence)
    (_F.replace(_PF + " \"BI-RADS 1\" in item 4, which the GP cannot verify",
                "pre-filled with \"BI-RADS 1\", confirmed by the GP against the report"), "1 -"),
    (_F.replace(_PF, "pre-filled by the reporting radiologist with"), "1 -"),
    ("SCREENING MAMMOGRAM, BILATERAL\nAssessment: pre-populated with \"BI-RADS 2\" from the reporting template, accepted "
     "by Dr R. Hale.\n", "2 2"),
    ("Claims assessor's note\n- Claim form pre-filled by the claimant with \"BI-RADS 5\", not supported by any report.\n"
     "- No imaging on file.\n", "- -"),
    # (review rfinal16 narrowing: signed unchanged by the radiologist is the reading; signed by someone else is not)
    ("SCREENING MAMMOGRAM, BILATERAL\nAssessment: template pre-filled with \"BI-RADS 1 - Negative\"; radiologist signed "
     "without changes.\n", "1 1"),
    ("SCREENING MAMMOGRAM, BILATERAL\nAssessment: template pre-filled with \"BI-RADS 2\"; signed by Dr P. Mensah.\n", "2 2"),
    ("Insurance file note\n- The claim form was pre-filled by the agent with \"BI-RADS 4\"; signed by the claimant.\n"
     "- No imaging on file.\n", "- -"),
])
def test_prefilled_form_entry(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
