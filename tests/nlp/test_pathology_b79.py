"""Pathology rules developed on released batch b79, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_a_trial_review_forms_local_site_diagnosis_is_an_outside_one() -> None:
    # only the central reviewer's diagnosis counts; the participating site's is quoted
    assert labels("CENTRAL PATHOLOGY REVIEW\nSubject: 04-117\n\n"
                  "LOCAL PATHOLOGY (site report):\n  Left breast core: invasive lobular carcinoma.\n\n"
                  "CENTRAL REVIEW DIAGNOSIS:\n  Left breast, core biopsy: lobular carcinoma in situ, classic type.\n"
                  ) == {"L": "B", "R": "-"}
    assert labels("Site diagnosis: Right breast VAB: DCIS, intermediate grade.\n\n"
                  "Central review diagnosis: Right breast, VAB: usual ductal hyperplasia.\n") == {"L": "-", "R": "B"}
    # near miss: "local" in the diagnosis itself is no heading ("wide local excision")
    assert labels("DIAGNOSIS:\nLocal excision, left breast: ductal carcinoma in situ, grade 2.\n") == {"L": "M", "R": "-"}


def test_a_trial_forms_eligibility_verdict_is_a_comment() -> None:
    text = ("CENTRAL REVIEW DIAGNOSIS:\n  Right breast core: invasive carcinoma NST, grade 2.\n"
            "  Left breast core: fibroadenoma.\n\n"
            "ELIGIBILITY ASSESSMENT: unilateral invasive carcinoma - entry criterion met.\n")
    assert labels(text) == {"L": "B", "R": "M"}
    # near miss: the diagnosis under it still labels
    assert labels("CENTRAL REVIEW DIAGNOSIS:\n  Left breast core: invasive carcinoma NST, grade 2.\n\n"
                  "Eligibility: criterion met.\n") == {"L": "M", "R": "-"}


def test_a_trial_forms_baseline_block_is_history() -> None:
    text = ("BASELINE (pre-treatment biopsy, site report): Right breast core: invasive carcinoma NST, grade 3.\n\n"
            "CENTRAL REVIEW OF SURGICAL SPECIMEN:\n  Right breast: no residual invasive or in situ carcinoma. ypT0.\n")
    assert labels(text) == {"L": "-", "R": "-"}
    # near miss: residual carcinoma after the baseline labels
    assert labels(text.replace("no residual invasive or in situ carcinoma. ypT0.",
                               "residual invasive carcinoma NST, 6 mm. ypT1b.")) == {"L": "-", "R": "M"}


def test_a_short_procedure_line_is_no_diagnosis() -> None:
    # "Proc:" names the operation and why it was done; the cancer it treats is history
    text = ("Proc: R mastect + SLNB, post neoadj chemo for R breast ILC dx 02/2026\n"
            "Dx:\n R breast, mastectomy: no residual carcinoma, treatment effect. ypT0.\n")
    assert labels(text) == {"L": "-", "R": "-"}
    # near miss: the diagnosis line below it labels
    assert labels(text.replace("no residual carcinoma, treatment effect. ypT0.",
                               "residual invasive lobular carcinoma, 12 mm.")) == {"L": "-", "R": "M"}


def test_a_trial_forms_title_names_the_trials_population() -> None:
    text = ("CENTRAL PATHOLOGY REVIEW - Invasive Lobular Carcinoma Endocrine Study\n"
            "Participant: 22-031\n\nCENTRAL REVIEW DIAGNOSIS:\n  Left breast core: sclerosing adenosis.\n")
    assert labels(text) == {"L": "B", "R": "-"}
    # near miss: a diagnosis sentence in the head that mentions a trial in lower case keeps its label
    assert labels("Left breast core: ductal carcinoma in situ, offered entry to the radiotherapy trial\n"
                  ) == {"L": "M", "R": "-"}


def test_a_referring_sites_diagnosis_not_confirmed_is_negated() -> None:
    text = ("CENTRAL REVIEW DIAGNOSIS: Left breast, excision: atypical ductal hyperplasia. "
            "The DCIS diagnosed at the referring hospital is not confirmed.")
    assert labels(text) == {"L": "B", "R": "-"}
    assert labels("Left breast excision: ADH. The carcinoma reported elsewhere was not confirmed.") == {"L": "B", "R": "-"}
    # near miss: a reported diagnosis that is confirmed stands
    assert labels("Left breast excision: ADH and DCIS. The DCIS reported locally is confirmed.") == {"L": "BM", "R": "-"}
