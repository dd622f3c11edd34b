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


def test_allied_health_history_reads_its_announced_quoted_histology() -> None:
    # a social work / prehab document's history heading over a lead-in naming the histology as quoted: the quotation
    # reads as the diagnosis, the history around it stays history
    head = "Social Work Assessment - Breast Clinic\n\n"
    report = (head + "Clinical background (chart summary; histology quoted):\n"
              "  Three left periareolar abscess drainages 2025.\n"
              '  Histology (lab WHH-H-25-11290, quoted): "Left breast, major duct excision: Periductal\n'
              '  mastitis with duct ectasia. No atypia or malignancy."\n  Right breast: no problems.\n')
    assert labels(report) == {"L": "B", "R": "-"}
    prehab = ("PREHAB / PERI-OPERATIVE FITNESS ASSESSMENT - Physiotherapy\n\n"
              "Indication for surgery (surgeon's letter): right breast distortion, core biopsy B3.\n"
              "Post-operative addendum (entered 06/03/2026):\n"
              '  Histology quoted from the pathology report (MBD-H-26-1188): "Right breast, hookwire\n'
              '  excision: Radial scar with sclerosing adenosis. No in situ or invasive carcinoma."\n'
              "  Patient informed by surgeon - very relieved.\n")
    assert labels(prehab) == {"L": "-", "R": "B"}
    # the heading says the histology is quoted, the quotation opening a specimen line of its own
    summary = (head + "Clinical summary (from high-risk clinic letter; histology quoted directly):\n"
               "  Breast MRI 08/2026 - two small enhancing foci, biopsied.\n"
               '  "Right breast, MRI-guided vacuum biopsy: Atypical lobular hyperplasia.\n'
               '   Left breast, MRI-guided vacuum biopsy: Lobular carcinoma in situ, classic type."\n'
               "  Family history: mother breast cancer age 44.\n")
    assert labels(summary) == {"L": "B", "R": "B"}
    # near misses: an earlier result in the lead-in, an unannounced quoted line, a quotation never closed and a
    # pathology report's own history keep their history reading
    assert labels(report.replace("(lab WHH-H-25-11290, quoted)", "(2019, quoted)")) == {"L": "-", "R": "-"}
    assert labels(summary.replace("; histology quoted directly", "")) == {"L": "-", "R": "-"}
    assert labels(report.replace('malignancy."', "malignancy.")) == {"L": "-", "R": "-"}
    pathology = report.replace("Social Work Assessment - Breast Clinic", "SURGICAL PATHOLOGY REPORT")
    assert labels(pathology + "DIAGNOSIS:\nRight breast, core biopsy: fibroadenoma.\n") == {"L": "-", "R": "B"}


def test_a_cancer_services_name_and_an_exam_scar_are_no_findings() -> None:
    # "Cancer Prehab Team", "Cancer Prehab & Rehab", "Familial Breast Cancer & High-Risk Clinic": names
    tail = "\nLeft breast, core biopsy: fibroadenoma.\n"
    assert labels("Brackendale NHS Trust | Cancer Prehab Team (AHP-led)" + tail) == {"L": "B", "R": "-"}
    assert labels("Assessor: G. Lyle, Physiotherapist, Cancer Prehab & Rehab" + tail) == {"L": "B", "R": "-"}
    assert labels("Referred to the Cancer Rehabilitation service." + tail) == {"L": "B", "R": "-"}
    assert labels("Social Work Assessment - Familial Breast Cancer & High-Risk Clinic" + tail) == {"L": "B", "R": "-"}
    # a physiotherapy exam's "Scar:" field answered with its healing is the skin's scar
    exam = "Left breast, core biopsy: fibroadenoma.\nObjective:\n  Scar: healed, mobile; mild tenderness\n"
    assert labels(exam) == {"L": "B", "R": "-"}
    assert labels(exam.replace("healed, mobile", "well healed and supple")) == {"L": "B", "R": "-"}
    # near misses: a lower-case "cancer" before "prehab", a capitalised diagnosis before "& Rehab", a bare "Scar:
    # present" and a "Scar: healed" alone stay findings
    assert labels("Left breast, core biopsy: invasive cancer; prehab advised.\n") == {"L": "M", "R": "-"}
    assert labels("Left breast, core biopsy: Invasive Carcinoma & Rehab referral.\n") == {"L": "M", "R": "-"}
    assert labels("Right breast, excision:\n  Scar: present\n") == {"L": "-", "R": "B"}
    assert labels("Right breast, excision:\n  Scar: healed\n") == {"L": "-", "R": "B"}


def test_a_clients_lay_cancer_belief_or_fear_labels_nothing() -> None:
    pathology = 'Histology (quoted): "Left breast, core biopsy: Fibroadenoma."\n'
    for said in ('Espe believes "they found cancer and they don\'t want to tell me."',
                 "At first I thought they would find cancer, I'm so relieved it isn't.",
                 "She says she had been certain she had cancer after reading a video.",
                 'The clinic triaged her as "query malignancy (rapid growth)".',
                 'Her understanding: "They were lumps that aren\'t cancer."',
                 "Immediate cancer-related distress resolved with benign results.",
                 "Provided education materials on atypical hyperplasia."):
        assert labels(pathology + said + "\n") == {"L": "B", "R": "-"}, said
    # near misses: the report's own diagnosis after the belief's sentence, "we thought", a real "isn't" before no
    # entity, and a clinic letter's own diagnosis still read
    assert labels("She thought they would find cancer. Right breast, core biopsy: invasive ductal carcinoma.\n"
                  ) == {"L": "-", "R": "M"}
    assert labels("Right breast, core biopsy: we thought they found carcinoma; invasive ductal carcinoma, grade 2.\n"
                  ) == {"L": "-", "R": "M"}
    assert labels("Right breast, core biopsy: it isn't clear; invasive ductal carcinoma is present.\n"
                  ) == {"L": "-", "R": "M"}
    assert labels("Dear Dr Kaur, the core biopsy reports: \"Right breast, core: invasive ductal carcinoma.\"\n"
                  "She had been certain it was benign.\n") == {"L": "-", "R": "M"}
