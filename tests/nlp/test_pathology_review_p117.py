"""Pathology rules narrowed after review p117 (b117's rules): each test the over-reach or under-reach, the wording
the rule is meant for and the near misses that keep the old reading."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_a_named_pathologists_belief_about_the_lesion_is_the_diagnosis() -> None:
    # E01: a consultation letter's named consultant "believes the lesion is" an invasive carcinoma: the diagnosis
    e01 = ("SECOND OPINION - consultation letter\nRight breast core biopsy, referred from Eastfield Hospital.\n"
           "Professor A. Grant (breast pathology) believes the lesion is an invasive lobular carcinoma, classical "
           "type, grade 2, on the basis of E-cadherin loss.\nOur opinion: agree.")
    assert labels(e01) == {"L": "-", "R": "M"}
    base = "Right breast, core biopsy: Atypical ductal hyperplasia.\n"
    for said in ("Dr Lim believes the lesion is invasive carcinoma.",
                 "Prof Lee believes the lesion is invasive carcinoma.",
                 "The reviewing pathologist believes this is invasive carcinoma.",
                 "The consultant believes the lesion is invasive carcinoma.",
                 "We believe the lesion is invasive carcinoma.",
                 "The reviewer's belief that the lesion is invasive carcinoma is shared."):
        assert labels(base + said) == {"L": "-", "R": "BM"}, said
    # the lay believer still labels nothing: she, they, the patient, a relative, "a belief", "the patient's belief"
    for said in ("She believes the lesion is malignant (invasive carcinoma).",
                 "They believe the lump is cancer.",
                 "The patient believes the lump is cancer.",
                 "Her mother believes the lump is cancer.",
                 "Anxiety driven by a belief that the lesion is already malignant.",
                 "The patient's belief that the lesion is cancer is unchanged."):
        assert labels(base + said) == {"L": "-", "R": "B"}, said


_SOCIAL_WORK = ("Social Work Assessment - Breast Unit\nDate of assessment: 14/02/2026\nBackground\n"
                "Histology quoted from the pathology report (Dr Lim, 09/02/2026): \"Right breast, 11 o'clock, "
                'vacuum-assisted biopsy: Intraductal papilloma without atypia. No malignancy."\n'
                "She was relieved by the result but remains anxious about follow-up. Lives alone; daughter nearby.\n"
                "Plan: benefits advice, follow-up phone call in 2 weeks.")


def test_the_quoted_reports_full_date_is_no_earlier_result() -> None:
    # B01: the lead-in's full date is the quoted report's own, the quotation reads as the diagnosis
    assert labels(_SOCIAL_WORK) == {"L": "-", "R": "B"}
    assert labels(_SOCIAL_WORK.replace("09/02/2026", "2026-02-09")) == {"L": "-", "R": "B"}
    assert labels(_SOCIAL_WORK.replace("09/02/2026", "9.2.2026")) == {"L": "-", "R": "B"}
    # near misses: a bare year, a month and year, or previous / prior / original keep the earlier result history
    for lead in ("2019", "Dr Lim, 2019", "Dr Lim, 02/2019", "Dr Lim, previous", "prior report 09/02/2019",
                 "original, 09/02/2026"):
        assert labels(_SOCIAL_WORK.replace("Dr Lim, 09/02/2026", lead)) == {"L": "-", "R": "-"}, lead


def test_the_allied_health_document_is_told_by_its_title_lines() -> None:
    # the title or the letterhead's line names the service
    assert labels(_SOCIAL_WORK.replace("Social Work Assessment - Breast Unit", "Breast Unit\nSocial work assessment")
                  ) == {"L": "-", "R": "B"}
    prehab = _SOCIAL_WORK.replace("Social Work Assessment - Breast Unit", "PREHABILITATION CLINIC - Breast Unit")
    assert labels(prehab) == {"L": "-", "R": "B"}
    # near misses: no title naming it, or a mention of physiotherapy in the history only, keep the history reading
    untitled = _SOCIAL_WORK.replace("Social Work Assessment - Breast Unit", "Breast Unit")
    assert labels(untitled) == {"L": "-", "R": "-"}
    assert labels(untitled.replace("She was relieved", "Referred to physiotherapy. She was relieved")
                  ) == {"L": "-", "R": "-"}
    assert labels(untitled.replace("Plan: benefits advice", "Plan: social work and prehabilitation advice")
                  ) == {"L": "-", "R": "-"}
