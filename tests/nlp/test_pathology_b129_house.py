"""Pathology rules developed on released batches b129 and b130, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.labels import pathology_codes as labels

_SCHEDULE = ("MINISTRY FOR HEALTH - ENTITLEMENT UNIT\nApplication for Schedule V - Form SV-1\n\n"
             "B. Condition\n   Iskeda V Nru 12 - Neoplazmi malinni [Schedule V No. 12 - Malignant neoplasms]\n\n"
             "C. Histopathology report H26/05517:\n"
             "   \"RIGHT BREAST, 10 O'CLOCK, CORE BIOPSY: DUCTAL CARCINOMA IN SITU, INTERMEDIATE GRADE.\"\n\n"
             "D. Medicines\n   Tamoxifen 20 mg daily\n")
_HISTOLOGY = "   \"RIGHT BREAST, 10 O'CLOCK, CORE BIOPSY: DUCTAL CARCINOMA IN SITU, INTERMEDIATE GRADE.\"\n"
_BENIGN = "   \"Left breast, wire-guided excision: atypical ductal hyperplasia. No in situ or invasive carcinoma.\"\n"


def test_a_schedules_numbered_entry_named_by_its_disease_class_is_no_diagnosis() -> None:
    # a free-medicines schedule's entry, the plural class of disease with the entry's number beside it on its line
    # ("Schedule V No. 12 - Malignant neoplasms", "[Malignant neoplasms - No. 12]", "[Malignant neoplasms] (Nru 12)"):
    # the list's heading, only the quoted histology labels
    assert labels(_SCHEDULE) == {"L": "-", "R": "M"}
    for line in ("Kundizzjoni [Condition]: Neoplazmi malinni - Nru 12 [Malignant neoplasms - No. 12]",
                 "Kundizzjoni [Condition]: Neoplazmi malinni [Malignant neoplasms] (Nru 12)",
                 "Condition: Item 12: Malignant neoplasms"):
        text = _SCHEDULE.replace("Iskeda V Nru 12 - Neoplazmi malinni [Schedule V No. 12 - Malignant neoplasms]", line)
        assert labels(text) == {"L": "-", "R": "M"}, line
    benign = _SCHEDULE.replace(_HISTOLOGY, _BENIGN)
    assert labels(benign) == {"L": "B", "R": "-"}
    # near misses: a singular neoplasm, a line without the entry's number, and a bracket with a size, no entry number,
    # keep the old reading (the generic word labels a breast)
    assert labels(benign.replace("Malignant neoplasms]", "Malignant neoplasm]"))["L"] == "BM"
    assert labels(benign.replace("Iskeda V Nru 12 - Neoplazmi malinni [Schedule V No. 12 - Malignant neoplasms]",
                                 "Malignant neoplasms of the left breast"))["L"] == "BM"
    assert labels(benign.replace("Iskeda V Nru 12 - Neoplazmi malinni [Schedule V No. 12 - Malignant neoplasms]",
                                 "Condition: Malignant neoplasms (12 mm)"))["L"] == "BM"
    # ... and only on a schedule's form, a schedule or entitlement word (or the Maltese entry's name) on the entry's
    # line or the line above it: a numbered entry under a bare heading, a report's numbered specimen, synoptic item,
    # case or bed, a number given to a specimen, and an entry naming a side or a count keep the old reading
    entry = "Iskeda V Nru 12 - Neoplazmi malinni [Schedule V No. 12 - Malignant neoplasms]"
    assert labels(benign.replace(entry, "Item 12 - Malignant neoplasms"))["L"] == "BM"
    assert labels(benign.replace(entry, "Schedule V Item 12 - Malignant neoplasms"))["L"] == "B"
    assert labels(benign.replace(entry, "Schedule V, no. 12 — malignant neoplasms"))["L"] == "B"
    assert labels(benign.replace(entry, "Schedule V (No. 12) Malignant neoplasms"))["L"] == "B"
    assert labels(benign.replace(entry, "Schedule V: Specimen No. 2 - malignant neoplasms"))["L"] == "BM"
    assert labels(benign.replace(entry, "Schedule V No. 12 - Malignant neoplasms of the left breast, two foci"))["L"] == "BM"
    for text, side in (("ADDENDUM\nSpecimen No. 2 - Left breast, two separate malignant neoplasms.", "L"),
                       ("SYNOPTIC REPORT\nItem 3 - Malignant neoplasms identified: 2, right breast", "R"),
                       ("MDT list\nCase No. 12 - Malignant neoplasms of the left breast; for mastectomy.", "L"),
                       ("Ward handover\nBed No. 12 - malignant neoplasms, right breast, for mastectomy.", "R")):
        assert labels(text)[side] == "M", text


_REFERRAL = ("Diagnosis: Idiopathic granulomatous mastitis, left breast, with recurrent abscesses.\n"
             "She was initially referred with concern for cancer, which has been excluded.\n"
             "Pathology: LEFT BREAST, 3:00, CORE BIOPSY: GRANULOMATOUS LOBULAR MASTITIS. NEGATIVE FOR MALIGNANCY.\n")


def test_a_referrals_concern_for_a_cancer_is_no_diagnosis() -> None:
    # the question a patient was referred, presented or seen with ("referred with concern for cancer") is no diagnosis
    assert labels(_REFERRAL) == {"L": "-", "R": "-"}
    assert labels(_REFERRAL.replace("referred with concern", "seen with clinical concern")) == {"L": "-", "R": "-"}
    assert labels(_REFERRAL.replace("referred with concern", "presented with a concern")) == {"L": "-", "R": "-"}
    # near misses: a concern of the report's own reading after a colon, and a cancer the referral found, keep the old
    # reading
    assert labels(_REFERRAL.replace("She was initially referred with concern for cancer, which has been excluded.",
                                    "Left breast core: invasive ductal carcinoma; concern: cancer."))["L"] == "M"
    assert labels(_REFERRAL.replace("She was initially referred with concern for cancer, which has been excluded.",
                                    "She was referred with a lump; left breast cancer was confirmed."))["L"] == "M"
    # ... and the concern covers its own noun phrase only, the entity named right after it (its article and two words
    # at most between): a finding told further on in its sentence is the report's
    referral = "She was initially referred with concern for cancer, which has been excluded."
    for sentence in ("She presented with concern for cancer and biopsy proved invasive ductal carcinoma in the left breast.",
                     "The patient, who presented with concern for malignancy, has invasive lobular carcinoma of the left "
                     "breast.",
                     "Seen with concern for cancer in the right breast and the left breast core is ductal carcinoma in situ.",
                     "Referred with concern for Paget disease and Paget disease of the left nipple is confirmed."):
        assert labels(_REFERRAL.replace(referral, sentence))["L"] == "M", sentence
    assert labels(_REFERRAL.replace("referred with concern", "referred by her GP with concern")) == {"L": "-", "R": "-"}
