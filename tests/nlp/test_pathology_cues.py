"""Assertion cues and non-diagnostic names of pathology reports, each with a near miss that keeps its label."""

from __future__ import annotations

from nlp.pathology import breast_states


def states(text: str) -> dict[str, str]:
    """Per-breast state codes: "-", "B", "M", "BM" or "?" (needs review)."""
    out = {}
    for side, state in breast_states(text).items():
        code = ("B" if state["benign"] else "") + ("M" if state["malignant"] else "")
        out[side] = "?" if state["needs_review"] else code or "-"
    return out


def test_an_entity_judged_unlikely_is_not_diagnosed() -> None:
    # a post-position judgement that the entity is improbable ("... is thought unlikely") is a hedge
    text = ("Left breast, 10 o'clock core: cellular fibroepithelial lesion, favour fibroadenoma. "
            "Phyllodes tumour is thought unlikely.")
    assert states(text) == {"L": "B", "R": "-"}
    # near miss: what is unlikely is another event, not the named tumour
    text = "Left breast, wide excision: benign phyllodes tumour. Local recurrence is considered unlikely."
    assert states(text) == {"L": "M", "R": "-"}


def test_a_polish_purpose_to_exclude_is_a_hedge() -> None:
    # "w celu wykluczenia" (in order to exclude) names what a procedure should rule out, not a diagnosis
    text = "Right breast, core biopsy: atypical ductal hyperplasia; wycięcie chirurgiczne w celu wykluczenia DCIS."
    assert states(text) == {"L": "-", "R": "B"}
    # near miss: the hedge ends with its sentence; the diagnosis after it stands
    text = "Right breast, excision w celu wykluczenia inwazji. Final: DCIS, grade 2."
    assert states(text) == {"L": "-", "R": "M"}


def test_a_german_border_between_two_entities_is_an_open_differential() -> None:
    # "an der Grenze zwischen ADH und DCIS" (at the border between) leaves both options open
    text = "Left breast, vacuum biopsy: intraduktale Proliferation an der Grenze zwischen ADH und DCIS."
    assert states(text) == {"L": "?", "R": "-"}
    # near miss: a border of the specimen is no differential
    text = "Left breast, vacuum biopsy: DCIS, grade 1, an der Grenze des Präparats."
    assert states(text) == {"L": "M", "R": "-"}


def test_a_yes_no_field_answered_no_is_negated() -> None:
    # a dataset's field whose value is "no" ends the field: "Malignancy - no"
    text = "Left breast, excision: sclerosing adenosis.\nScreening dataset: Malignancy - no. Atypia: no"
    assert states(text) == {"L": "B", "R": "-"}
    # near misses: "yes" asserts it, and "no special type" is part of the carcinoma's name
    assert states(text.replace("Malignancy - no.", "Malignancy - yes.")) == {"L": "BM", "R": "-"}
    assert states("Left breast, core: invasive carcinoma - no special type, grade 1.") == {"L": "M", "R": "-"}


def test_a_tumour_boards_decision_is_its_plan() -> None:
    # "Board decision:" records what the board will do, named after the disease it treats: no diagnosis
    text = ("Histopathology:\nLeft axillary node, core: metastatic carcinoma, breast origin favoured.\n\n"
            "Board decision:\nManage as an occult breast cancer; neoadjuvant chemotherapy on the left.\n")
    assert states(text) == {"L": "-", "R": "-"}
    # near miss: the same words under a diagnosis heading are the report's finding
    assert states(text.replace("Board decision:", "Diagnosis:"))["L"] == "M"


def test_german_no_special_type_names_a_carcinoma() -> None:
    # "kein spezieller Typ" is the carcinoma of no special type, not a negation of the glossed diagnosis
    text = "Mamma rechts [right breast], Stanze: Karzinom, kein spezieller Typ [invasive carcinoma of no special type], G1."
    assert states(text) == {"L": "-", "R": "M"}
    # near miss: "kein" before an entity still negates it
    assert states("Mamma rechts [right breast], Stanze: fibroadenoma, kein DCIS.") == {"L": "-", "R": "B"}


def test_a_specialist_title_fa_fuer_is_no_fibroadenoma() -> None:
    # "FA für Pathologie" (Facharzt / Fachärztin für: specialist in) is the signing physician's title
    text = "Diagnosis: Left breast, core: invasive lobular carcinoma.\n\nDr. Anna Gruber, FA für Klinische Pathologie\n"
    assert states(text) == {"L": "M", "R": "-"}
    # near miss: "FA" as the diagnosis is a fibroadenoma
    assert states("Diagnosis: Left breast, core: FA.") == {"L": "B", "R": "-"}


def test_a_first_language_cue_stops_at_the_english_gloss() -> None:
    # the bracket opens the English restatement of the whole phrase, with its own cue words: the original's
    # "bez" (without) or "granični" (borderline: the phyllodes grade) does not reach the glossed entity
    text = "Desna dojka [right breast], core: Fibroadenom bez atipije [fibroadenoma without atypia]."
    assert states(text) == {"L": "-", "R": "B"}
    text = "Desna dojka [right breast], ekscizija: Filodni tumor, granični (borderline) [phyllodes tumour, borderline]."
    assert states(text) == {"L": "-", "R": "M"}
    # near miss: a cue inside the gloss still negates what follows it there
    text = "Desna dojka [right breast], core: Fibroadenom [fibroadenoma]. Bez DCIS [without DCIS]."
    assert states(text) == {"L": "-", "R": "B"}


def test_a_quoted_report_wraps_its_sentence_over_the_quote_prefix() -> None:
    # a report pasted into a message behind "> " keeps its sentences: the negation on one quoted line reaches
    # the entity wrapped onto the next
    text = ("Pasted result:\n> DIAGNOSIS: Right breast, core biopsy:\n>   Fibroadenoma; there is nothing to suggest a\n"
            ">   phyllodes tumour in these cores.\n")
    assert states(text) == {"L": "-", "R": "B"}
    # near miss: a new quoted line in capitals starts a new statement
    text = ("Pasted result:\n> DIAGNOSIS: Right breast, core biopsy:\n>   Fibroadenoma, no atypia\n"
            ">   Phyllodes tumour, benign, in the second core.\n")
    assert states(text) == {"L": "-", "R": "BM"}


def test_a_worry_or_what_a_lesion_could_become_is_no_diagnosis() -> None:
    # what the clinician was concerned about, and a patient's question whether the lesion might turn into
    # cancer, diagnose nothing
    text = ("Left breast, core: fibroadenoma.\nThe surgeon was concerned about a phyllodes tumour given its size.\n"
            "She wanted to know if it might one day become cancer.")
    assert states(text) == {"L": "B", "R": "-"}
    # near miss: the diagnosis itself still labels
    assert states("Left breast, core: fibroadenoma. Separate phyllodes tumour, benign.") == {"L": "BM", "R": "-"}


def test_an_outside_report_summary_is_the_outside_diagnosis() -> None:
    # "Outside report summary:" heads the referring laboratory's diagnosis, which the review replaces
    text = ("Outside report summary: Harbour Lab - left breast core: invasive lobular carcinoma.\n\n"
            "REVIEW DIAGNOSIS:\nLeft breast, core biopsy:\n  - Radial scar.\n  - No invasive carcinoma identified.\n")
    assert states(text) == {"L": "B", "R": "-"}
    # near miss: the report's own summary heading still labels
    text = "Report summary: left breast core: invasive lobular carcinoma.\n"
    assert states(text) == {"L": "M", "R": "-"}


def test_a_quoted_nickname_before_a_colon_is_a_word() -> None:
    # a lesion's nickname in quotation marks ('the "big cyst"') names how it was called, also where the line
    # goes on with a colon; the diagnosis below decides
    text = ('Update on the left breast excision (the "big cyst"):\n  DIAGNOSIS:\n  Left breast, excision:\n'
            '    Phyllodes tumour, benign.\n')
    assert states(text) == {"L": "M", "R": "-"}
    # near miss: unquoted, the clinician's cyst is a statement of its own
    assert states(text.replace('(the "big cyst")', "of the big cyst")) == {"L": "BM", "R": "-"}
