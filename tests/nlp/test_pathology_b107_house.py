"""Pathology rules developed on released batch b107, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_a_carcinoma_reported_in_a_numbered_version_and_not_confirmed_is_negated() -> None:
    # "the carcinoma reported in version 1 is not confirmed": what raised it, with the version's number, then the verdict
    report = ("Version 2 - CORRECTED REPORT\nDIAGNOSIS: Left breast, excision: radial scar. The carcinoma reported in "
              "version 1 is not confirmed on immunohistochemistry.\n")
    assert labels(report) == {"L": "B", "R": "-"}
    # near miss: the version's carcinoma confirmed stays
    assert labels("DIAGNOSIS: Left breast, excision: radial scar. The carcinoma reported in version 1 is confirmed "
                  "on levels.\n") == {"L": "BM", "R": "-"}
    # near miss: a number that is a size, no verdict after it
    assert labels("DIAGNOSIS: Right breast, core: invasive carcinoma reported in core 2 measures 9 mm.\n") == {
        "L": "-", "R": "M"}
    # near miss: the plain "not confirmed" after a place word, as before
    assert labels("DIAGNOSIS: Right breast, excision: fibroadenoma. The DCIS suspected at frozen section is not "
                  "confirmed.\n") == {"L": "-", "R": "B"}


def test_a_cancer_owned_by_a_relative_is_family_history() -> None:
    # "her sister's early breast cancer": the apostrophe's "s" makes the relative the cancer's owner
    report = ("Left breast, risk-reducing mastectomy: fibroadenoma. Surgery chosen because of her sister's early "
              "breast cancer.\n")
    assert labels(report) == {"L": "B", "R": "-"}
    # near miss: the patient's own cancer beside a relative named after it
    assert labels("Left breast, core: invasive lobular carcinoma. Her mother is aware.\n") == {"L": "M", "R": "-"}
    # near miss: a relative word without the possessive "'s" in a specimen's own sentence
    assert labels("Right breast, mastectomy: the mother tumour, an invasive carcinoma of no special type, 30 mm.\n") == {
        "L": "-", "R": "M"}
    # near miss: the patient's own carcinoma after a relative's in another sentence
    assert labels("Clinical: mother's breast cancer at 40.\nDiagnosis: Right breast, core: DCIS, high grade.\n") == {
        "L": "-", "R": "M"}


def test_a_redacted_relatives_name_before_had_cancer_is_family_history() -> None:
    # a disclosure copy blanks the relative's name: "[REDACTED: relative's name] had breast cancer at 48"
    report = ("Right breast core: sclerosing adenosis. B2.\n"
              "Clinic letter: [REDACTED: relative's name] had breast cancer at 48.\n")
    assert labels(report) == {"L": "-", "R": "B"}
    # near miss: a redaction of another kind before "had" keeps the entity
    assert labels("Right breast core: sclerosing adenosis.\nLeft breast, excision: [REDACTED] had invasive lobular "
                  "carcinoma, 12 mm.\n") == {"L": "M", "R": "B"}
    # near miss: the patient's name redacted is the patient's own cancer
    assert labels("Right breast core: sclerosing adenosis.\nLeft breast core: [patient's name] has invasive lobular "
                  "carcinoma.\n") == {"L": "M", "R": "B"}
    # near miss: a relative's cancer said plainly, as before
    assert labels("Right breast core: sclerosing adenosis.\nHer aunt had breast cancer at 60.\n") == {
        "L": "-", "R": "B"}


def test_a_pmh_label_inside_a_line_opens_history() -> None:
    # '"PMH: left breast fibroadenoma excised 2015. ..."': past medical history, inside a quoted clinic note
    report = ('Clinic note (extract): "PMH: left breast fibroadenoma excised 2015. New right breast lump."\n'
              "Diagnosis: Right breast, core biopsy: invasive lobular carcinoma.\n")
    assert labels(report) == {"L": "-", "R": "M"}
    # near miss: an accession number's letters run into a word are no label
    assert labels("Report PMH26-0012\nDiagnosis: Left breast, core: fibroadenoma.\n") == {"L": "B", "R": "-"}
    # near miss: a diagnosis line after the history's sentence labels
    assert labels("Clinical: PMH: nil.\nDiagnosis: Left breast, core: papilloma.\n") == {"L": "B", "R": "-"}
    # near miss: a plain history of, as before
    assert labels("Clinical: history of left breast DCIS 2012.\nDiagnosis: Right breast, core: radial scar.\n") == {
        "L": "-", "R": "B"}


_DICTATION = ("dictation begins. case s 26 dash 4 4 1. clinical history, screen detected lesions both sides. part a, "
              "right breast, ten o'clock core. part b, left breast, four o'clock core. micro part a shows a papilloma. "
              "{head} part a right breast core intraductal papilloma. part b left breast core invasive lobular "
              "carcinoma. end dictation")


def test_a_dictated_final_diagnosis_said_before_its_part_label_heads_the_diagnosis() -> None:
    # "... final diagnosis part a right breast core ...": the heading said before its part's letter, after a full stop
    assert labels(_DICTATION.format(head="final diagnosis")) == {"L": "M", "R": "B"}
    # near miss: the same with the side straight after, as before
    assert labels(_DICTATION.format(head="final diagnosis").replace("diagnosis part a right", "diagnosis right")) == {
        "L": "M", "R": "B"}
    # near miss: "diagnosis part of ..." in the history is no heading: the history goes on
    assert labels("clinical history, the diagnosis part of the workup for a left breast carcinoma 2019. end "
                  "dictation") == {"L": "-", "R": "-"}
    # near miss: no heading said at all, the history runs on
    assert labels(_DICTATION.format(head="and so")) == {"L": "-", "R": "-"}


_LETTER = ("Dear Mrs Example,\n\nThank you for your letter. You asked why both breasts were operated on {quote}.\n\n"
           "Your results were:\n   Left breast, core: invasive lobular carcinoma.\n"
           "   Right breast, core: fibroadenoma.\n\nYours sincerely,\nComplaints Manager\n")


def test_a_letter_quoting_only_the_lay_word_cancer_quotes_no_report() -> None:
    # '"if the cancer was only in the left"': the patient's words, no quoted report; the letter's results label
    assert labels(_LETTER.format(quote='"if the cancer was only in the left"')) == {"L": "M", "R": "B"}
    # near miss: a quoted report naming its carcinoma still makes the letter's own words history
    quoted = _LETTER.format(quote="").replace("Your results were:", 'The report reads: "Left breast, core: invasive '
                                              'lobular carcinoma."\nYour results were:')
    assert labels(quoted) == {"L": "M", "R": "-"}
    # near miss: a quoted report naming "breast cancer" beside its named entity is still a report
    assert labels(_LETTER.format(quote="").replace("Your results were:", 'The report reads: "Left breast, core: '
                                                   'fibroadenoma; no breast cancer."\nYour results were:')) == {
        "L": "B", "R": "-"}
    # near miss: no quotation at all, the letter's results label as before
    assert labels(_LETTER.format(quote="")) == {"L": "M", "R": "B"}
