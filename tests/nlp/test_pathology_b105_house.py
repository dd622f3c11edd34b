"""Pathology rules developed on released batch b105, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.labels import pathology_codes as states


def test_a_query_mark_before_an_entity_asks_a_question() -> None:
    # a run-on request line with no heading: "lump, ? phyllodes" is what the clinician asks, not the answer
    report = "Pt 44F, left breast lump enlarging, ? phyllodes tumour. Cores x3: fibroadenoma.\n"
    assert states(report) == {"L": "B", "R": "-"}
    assert states("Referral: R breast nodule (? papilloma). R breast core: fibrocystic change only.\n") == {
        "L": "-", "R": "-"}
    # near miss: a question mark that ends a word is the question's end, the entity after it the answer
    assert states("Any result? Left breast core: benign phyllodes tumour.\n") == {"L": "M", "R": "-"}
    # near miss: a mark between two words may be a dash lost to the character set: the diagnosis stands
    assert states("Left breast core ? fibroadenoma.\n") == {"L": "B", "R": "-"}
    # near miss: a mark out of the entity's reach asks nothing of it
    assert states("Query (?): left breast core shows benign phyllodes tumour.\n") == {"L": "M", "R": "-"}


def test_a_belief_told_in_the_past_is_no_diagnosis() -> None:
    # "she was sure she had cancer": what the patient believed, like "she is convinced she has cancer"
    report = "Left breast core: fibroadenoma. She was sure she had breast cancer; results explained.\n"
    assert states(report) == {"L": "B", "R": "-"}
    assert states("Right breast core: cyst. He feared he had a tumour of the breast.\n")["R"] == "B"
    # near miss: the diagnosis itself after the belief labels
    assert states("She was convinced she had cancer, and the left breast core shows invasive ductal carcinoma.\n") == {
        "L": "M", "R": "-"}
    # near miss: a past-tense sentence with no belief in it asserts
    assert states("She was well and had no complaints. Left breast core: DCIS, low grade.\n") == {"L": "M", "R": "-"}
    # near miss: the belief was about the result being benign; the carcinoma is the diagnosis
    assert states("Left breast core: invasive ductal carcinoma. She was convinced it was benign.\n") == {
        "L": "M", "R": "-"}


def test_a_worry_about_what_one_side_was_is_no_diagnosis() -> None:
    # a clinician's message: "concerned that the left was a phyllodes" is the worry the core answered
    report = ("Surgeon: I was concerned that the left was a phyllodes tumour.\n"
              "Pathologist: left breast core shows a fibroadenoma.\n")
    assert states(report) == {"L": "B", "R": "-"}
    # near miss: "concerned about the left breast" names no lesion; the diagnosis after it labels
    assert states("Concerned about the left breast. Left breast core: benign phyllodes tumour.\n") == {
        "L": "M", "R": "-"}
    # near miss: a worry that ends before the diagnosis's own line leaves it
    assert states("Worried the right was growing - right breast core: phyllodes tumour, borderline.\n") == {
        "L": "-", "R": "M"}
    # near miss: the side's lesion named as found, with no worry before it
    assert states("Right breast excision: the right was a phyllodes tumour, benign, 30 mm.\n") == {"L": "-", "R": "M"}


def test_a_prior_label_names_an_earlier_result() -> None:
    # "Prior: right FA 2017." inside a line (no heading of its own): a terse report's label for the earlier result
    report = "Acc 26-2201. Prior: right FA 2017.\nDx: L core: ADH.\n"
    assert states(report) == {"L": "B", "R": "-"}
    # near miss: a "Prior:" with nothing in it leaves the diagnosis after its full stop
    assert states("Acc 26-2201. Prior: nil. R core: fibroadenoma.\n") == {"L": "-", "R": "B"}
    # near miss: "no prior" at the end of a diagnosis is no label
    assert states("Acc 26-2201. R core: fibroadenoma, no prior.\n") == {"L": "-", "R": "B"}
    # near miss: a scar term's own "prior" ("prior biopsy site") is the finding, not its history
    assert states("Acc 26-2201. Prior biopsy site changes, R breast re-excision.\n") == {"L": "-", "R": "B"}


def test_her_earlier_specimen_named_by_its_year_is_history() -> None:
    # "her 2018 right excision (radial scar)": the patient's earlier specimen, its result history
    report = "Left breast core: invasive ductal carcinoma. Her 2018 right excision (radial scar) is on file.\n"
    assert states(report) == {"L": "M", "R": "-"}
    # near miss: her specimen with no year is today's
    assert states("Her right core: radial scar.\n") == {"L": "-", "R": "B"}
    # near miss: a year that names a classification, not her specimen
    assert states("Per WHO 2019 criteria, right breast core: fibroadenoma.\n") == {"L": "-", "R": "B"}
    # near miss: a year after today's specimen dates it; the diagnosis stands
    assert states("Right breast core 2026: fibroadenoma.\n") == {"L": "-", "R": "B"}


def test_a_side_letter_opening_a_chat_message_is_its_side() -> None:
    # "[14:02:10] a.smith: R: papilloma": the message's text starts behind its stamp and sender
    report = "[14:02:10] a.smith: R: intraductal papilloma, no atypia\n[14:03:00] b.jones: thanks\n"
    assert states(report) == {"L": "-", "R": "B"}
    # near miss: a sender's initial before its colon is no side
    assert states("[14:02] Dr R: left breast core: papilloma\n") == {"L": "B", "R": "-"}
    # near miss: an initial with a full stop after the stamp may be a name, the side named later decides
    assert states("[14:05] j.osei: R. Smith has the slides; left breast core: fibroadenoma\n") == {"L": "B", "R": "-"}
    # near miss: a letter with a colon inside the message, not at its start, is read as before (no side from it)
    assert states("[14:07] j.osei: the side is R: left breast core was a fibroadenoma\n") == {"L": "B", "R": "-"}


def test_a_side_letter_before_a_clock_hour_glued_to_oc() -> None:
    # "L 2oc core": a breast clinic's shorthand for two o'clock
    report = "L 2oc core: fibroadenoma.\nR 10oc core: DCIS, low grade.\n"
    assert states(report) == {"L": "B", "R": "M"}
    # near miss: a temperature with its capital C is no clock
    assert states("Block R 4oC overnight. Left breast core: fibroadenoma.\n") == {"L": "B", "R": "-"}
    # near miss: a month after the number is no clock
    assert states("Ref R 12oct: left breast core: papilloma.\n") == {"L": "B", "R": "-"}
    # near miss: a side letter with no breast word, clock or header colon stays unread
    assert states("Case R 2 fibroadenoma.\n")["R"] != "B"


def test_a_side_line_s_trailing_node_count_keeps_its_breast_findings() -> None:
    # "L: LCIS; papilloma 4 mm. Sentinel nodes 0/3.": the count is the side's axilla, the findings its breast
    report = ("Bilateral mastectomies with left sentinel node biopsy.\n"
              "L: LCIS, classic; papilloma 4 mm. Sentinel nodes 0/3.\nR: benign breast tissue.\n")
    assert states(report) == {"L": "B", "R": "-"}
    # near miss: a line that opens on its node is a node result
    assert states("L: sentinel node 1/2, metastatic carcinoma.\nR: fibroadenoma.\n") == {"L": "-", "R": "B"}
    # near miss: a metastasis before the count stays the node's
    assert states("L: metastatic carcinoma; SLN 2/2.\nR: fibroadenoma.\n") == {"L": "-", "R": "B"}
    # near miss: the node's own carcinoma after the count stays nodal, the breast's finding labels (the side's breast
    # specimen named: the rule reads a side line only then, tests/nlp/test_pathology_review_p105.py)
    assert states("Bilateral mastectomies with left SLNB.\nL: fibroadenoma. SLN 1/2, metastatic carcinoma 3 mm.\n"
                  "R: cyst.\n") == {"L": "B", "R": "B"}
