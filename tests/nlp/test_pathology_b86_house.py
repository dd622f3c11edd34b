"""Pathology rules developed on released batch b86, one class per test (new wording, with a near miss)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels

_PROFORMA = ("NORTHERN REGIONAL SARCOMA SERVICE - MDT REFERRAL PROFORMA (BREAST / TRUNK)\n"
             "Referral date: 02/02/2026     MDT date: 09/02/2026     Sarcoma MDT ref: NRSS-26-0141\n"
             "Referring clinician: Mr T. Osei, Breast Surgeon\n\n"
             "Reason for referral: {reason}\n\n"
             "Histology (paste report in full): Lab no. K26/H/00388\n"
             "  \"{histology}\"\n\n"
             "MDT OUTCOME: {outcome}\n")


def _proforma(histology: str, outcome: str, reason: str = "Right breast mass.") -> dict[str, str]:
    return labels(_PROFORMA.format(histology=histology, outcome=outcome, reason=reason))


def test_a_team_named_after_the_disease_it_treats_is_a_name() -> None:
    # "Sarcoma MDT ref", "sarcoma MDT", "sarcoma pathologist": the team, not a sarcoma
    assert _proforma("Right breast, excision: hamartoma, 72 mm. No evidence of malignancy.",
                     "Benign; discharge from sarcoma MDT.") == {"L": "-", "R": "-"}
    assert _proforma("Right breast, core biopsy: fibroadenoma.",
                     "Excise; sarcoma pathologist to review excision specimen.") == {"L": "-", "R": "B"}
    assert labels("Right breast core: fibroadenoma.\nDiscussed at the breast cancer multidisciplinary team meeting.") == {
        "L": "-", "R": "B"}
    # near miss: a sarcoma diagnosed in the sentence before the team labels
    assert _proforma("Right breast, excision: high-grade sarcoma; MDT to discuss.",
                     "Wide excision.") == {"L": "-", "R": "M"}
    assert labels("Right breast excision: angiosarcoma MDT to discuss.") == {"L": "-", "R": "M"}
