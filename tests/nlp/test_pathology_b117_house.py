"""Pathology rules developed on released batch b117, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.test_pathology import labels


def test_year_first_date_after_a_wrapped_on_goes_on_with_its_sentence() -> None:
    # "issued on" / "2026-03-12 is retracted.": the ISO date wraps its sentence like a day-first one
    report = ("REVISED DIAGNOSIS (2026-03-19):\n  Left breast, 6 o'clock, core biopsy:\n    Sclerosing adenosis.\n"
              "  The diagnosis of invasive carcinoma issued on\n  2026-03-12 is retracted.\n")
    assert labels(report) == {"L": "B", "R": "-"}
    assert labels(report.replace("issued on\n  2026-03-12", "dated\n2026-3-12")) == {"L": "B", "R": "-"}
    assert labels(report.replace("issued on\n  2026-03-12", "issued on\n  12/03/2026")) == {"L": "B", "R": "-"}
    # near misses: a new sentence or a capitalised side after the ISO date keeps its own reading
    assert labels("Right breast, core biopsy: ADH. Reported on\n2026-03-12 invasive carcinoma is confirmed in the "
                  "excision.\n") == {"L": "-", "R": "BM"}
    assert labels("Right breast, core biopsy: benign.\nLeft excised on\n2026-01-12 Left breast core shows invasive "
                  "carcinoma.\n") == {"L": "M", "R": "-"}


def test_someone_elses_belief_about_the_lesion_is_no_diagnosis() -> None:
    # "a belief that the lesion is already malignant": what the client believes, not a finding
    report = ('Histology (quoted): "Right breast, core biopsy: Atypical ductal hyperplasia."\n'
              "ASSESSMENT\nAnxiety appears driven by uncertainty of the result and a belief that the lesion is "
              "already\nmalignant; practical stressors around childcare.\n")
    assert labels(report) == {"L": "-", "R": "B"}
    assert labels(report.replace("a belief that the lesion is already\nmalignant",
                                 "her belief that the lump is cancer")) == {"L": "-", "R": "B"}
    assert labels(report.replace("uncertainty of the result and a belief that the lesion is already\nmalignant",
                                 "she believes the mass was malignant")) == {"L": "-", "R": "B"}
    # near misses: the report's own belief, in the first person or as "our belief", still diagnoses
    assert labels("Left breast, core biopsy: we believe the lesion is an invasive carcinoma.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast, core biopsy: I believe this is invasive carcinoma.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast, core biopsy: it is our belief that the lesion is malignant (invasive carcinoma).\n"
                  ) == {"L": "M", "R": "-"}
