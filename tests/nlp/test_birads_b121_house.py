"""Radiology b121-b122 (translated Malay and Samoan reports, a surgical on-call clerking, WHO surgical safety
checklists): a glossed "Mammogram-only category" heading; a combined conclusion naming its exams over its side list on
the line below; a glossed revision naming its side after the keyword; a "Correction:" label placing the finding on the
other side; the imaging displayed at a checklist's time out corrected to the other side; an earlier exam's titled
month-and-year quote in an aside."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ a glossed "Mammogram-only category" heading

_SCAR = ("Pemeriksaan: Mamogram kedua-dua payudara [both breasts] + ultrabunyi\n\nPenemuan [Findings]:\n"
         "Payudara kiri [Left breast]: lumpectomy scar with stable distortion. No new mass.\n"
         "Payudara kanan [Right breast]: no mass.\n\n")


@pytest.mark.parametrize(("heading", "expected"), [
    # (the batch's wording)
    ("Kategori mamogram sahaja [Mammogram-only category]:", "2 1"),
    # (variants: another modality, the original heading shorter, the hyphen's blanks)
    ("Kategori ultrabunyi sahaja [Ultrasound-only category]:", "2 1"),
    ("Kategori [Mammogram-only category]:", "2 1"),
    ("Kategori mamografi sahaja [Mammography-only category]:", "2 1"),
])
def test_glossed_mammogram_only_category(heading: str, expected: str) -> None:
    text = (_SCAR + heading + " BI-RADS 0 (the left scar area was not fully assessable on the 2D views).\n"
            "Combined conclusion (mammography + ultrasound): left 2, right 1.\n")
    assert birads_codes(text) == expected


@pytest.mark.parametrize(("heading", "expected"), [
    # ("Mammogram category" without "-only", or the gloss with no colon after it, is no modality's own heading: its 0
    # stands beside the combined conclusion, as before)
    ("Kategori mamogram [Mammogram category]:", "0 1"),
    ("Kategori mamogram sahaja [Mammogram-only category]", "0 1"),
])
def test_near_miss_glossed_mammogram_only_category(heading: str, expected: str) -> None:
    text = (_SCAR + heading + " BI-RADS 0 (the left scar area was not fully assessable on the 2D views).\n"
            "Combined conclusion (mammography + ultrasound): left 2, right 1.\n")
    assert birads_codes(text) == expected


def test_glossed_mammogram_only_category_alone_stands() -> None:
    # (near miss: with no combined conclusion below, the mammogram's own category is the report's)
    text = (_SCAR + "Kategori mamogram sahaja [Mammogram-only category]: BI-RADS 0 (the left scar area was not "
                    "assessable).\n")
    assert birads_codes(text) == "0 -"


# ------------------------------------------------------------------ a combined conclusion over its side list below

_MMG_ONLY = "Mammogram-only category: BI-RADS 0 (the left scar area was not fully assessable).\n"


@pytest.mark.parametrize(("block", "expected"), [
    # (the batch's wording, translated from Malay: its original heading and side words glossed)
    ("Kesimpulan akhir gabungan (MMG + USG) [Final combined conclusion (mammogram + ultrasound)]:\n"
     "kiri [left] 2, kanan [right] 1.", "2 1"),
    # (variants: in English, the sides the other way round with no full stop, an indent, "&" joining the exams)
    ("Final combined conclusion (mammogram + ultrasound):\nleft 2, right 1.", "2 1"),
    ("Final combined conclusion (mammogram + ultrasound):\nright 1, left 2", "2 1"),
    ("Combined conclusion (mammography + ultrasound):\n  left 4A, right 1.", "4A 1"),
    ("Conclusion (mammography & ultrasound):\nleft 3, right 2.", "3 2"),
])
def test_combined_conclusion_over_side_list_below(block: str, expected: str) -> None:
    assert birads_codes(_SCAR + _MMG_ONLY + block + "\n\nVerified by: Dr A. Rahman\n") == expected


@pytest.mark.parametrize(("block", "expected"), [
    # (sizes, a clock hour or findings after the side: no list; one side alone; a blank line between; the line going on
    # after its list)
    ("Final combined conclusion (mammogram + ultrasound):\nleft 2 cm mass, right 1 cyst.", "- -"),
    ("Final combined conclusion (mammogram + ultrasound):\nleft 2 at 3 o'clock, right 1.", "- -"),
    ("Final combined conclusion (mammogram + ultrasound):\nleft 2, right 1 cysts aspirated.", "- -"),
    ("Final combined conclusion (mammogram + ultrasound):\nleft 2.", "- -"),
    ("Final combined conclusion (mammogram + ultrasound):\n\nleft 2, right 1.", "- -"),
    # (a heading naming one exam or none joins no exams: the list below is not read, the mammogram's 0 stands)
    ("Conclusion (ultrasound):\nleft 2, right 1.", "0 -"),
    ("Conclusion:\nleft 2, right 1.", "0 -"),
])
def test_near_miss_combined_conclusion_over_side_list_below(block: str, expected: str) -> None:
    assert birads_codes(_SCAR + _MMG_ONLY + block + "\n\nVerified by: Dr A. Rahman\n") == expected


def test_near_miss_earlier_combined_conclusion_in_history() -> None:
    # (an earlier exam's combined conclusion quoted in the history heads no list of today's)
    text = ("History: previous combined conclusion (mammography + ultrasound):\nleft 4A, right 1.\n"
            "Findings: stable.\nImpression: BI-RADS 2.\n")
    assert birads_codes(text) == "- 2"


# ------------------------------------------------------------------ a glossed revision naming its side after the keyword

_VISIT = ("Conclusion:\nRight breast: BI-RADS 4B - biopsy today.\nLeft breast: BI-RADS 4A - no earlier images.\n\n"
          "Addendum - 17/03/2026:\nThe images of the team's 09/2025 scan were found. ")


@pytest.mark.parametrize(("sentence", "expected"), [
    # (the batch's wording, translated from Samoan)
    ("Fa'avasegaga BI-RADS o le susu agavale ua suia [The BI-RADS classification of the left breast is changed] to 3 - "
     "probably benign.", "3 4B"),
    # (variants: another verb and noun, the other side)
    ("Fa'avasegaga BI-RADS o le susu agavale ua suia [The BI-RADS classification of the left breast is revised] "
     "to 2 - benign.", "2 4B"),
    ("Fa'avasegaga BI-RADS o le susu taumatau ua suia [The BI-RADS classification of the right breast is changed] to 4C.",
     "4A 4C"),
])
def test_glossed_revision_naming_its_side(sentence: str, expected: str) -> None:
    assert birads_codes(_VISIT + sentence + "\n") == expected


@pytest.mark.parametrize("sentence", [
    # (no keyword in the original or in the gloss; the revision made conditional; dated earlier)
    "Fa'avasegaga o le susu agavale ua suia [The BI-RADS classification of the left breast is changed] to 3.",
    "Fa'avasegaga BI-RADS o le susu agavale ua suia [The classification of the left breast is changed] to 3.",
    "Afai e suia le BI-RADS o le susu agavale [If the BI-RADS classification of the left breast is changed] to 3, repeat.",
    "Fa'avasegaga BI-RADS o le susu agavale ua suia [The BI-RADS classification of the left breast was changed in 2024] "
    "to 3.",
])
def test_near_miss_glossed_revision_naming_its_side(sentence: str) -> None:
    assert birads_codes(_VISIT + sentence + "\n") == "4A 4B"


# ------------------------------------------------------------------ a "Correction:" label placing the finding

_CLERKING = ("PC: R breast abscess.\nIx: US R BREAST today:\n"
             "\"4 o'clock: 22 x 15 mm collection, consistent with abscess. Aspirated. BI-RADS 2.\"\n"
             "Plan: IV fluclox.\n\nADDENDUM 17/03/2026 22:45:\n")


@pytest.mark.parametrize(("note", "expected"), [
    # (the batch's wording)
    ("Correction: the abscess is in the patient's LEFT breast, 4 o'clock, not the right. I wrote \"R\" throughout in "
     "error. The right breast was not scanned.", "2 -"),
    # (variants: no possessive, another finding, a remark after the retracted side)
    ("Correction: the abscess is in the LEFT breast, not the right.", "2 -"),
    ("Correction: the collection is in the patient's left breast, not the right as written above.", "2 -"),
])
def test_correction_label_places_the_finding(note: str, expected: str) -> None:
    assert birads_codes(_CLERKING + note + "\n") == expected


def test_correction_label_places_the_finding_on_the_right() -> None:
    text = _CLERKING.replace("R breast", "L breast").replace("US R BREAST", "US L BREAST")
    assert birads_codes(text + "Correction: the mass is in the patient's RIGHT breast, not the left.\n") == "- 2"


@pytest.mark.parametrize("note", [
    # (no side retracted; no "Correction:" label; a label with a word before it; another noun; words between the finding
    # and its verb)
    "Correction: the abscess is in the patient's LEFT breast, 4 o'clock.",
    "The abscess is in the patient's LEFT breast too, not only the right.",
    "No correction: the abscess was in the left breast in 2019, not the right; today it is right sided.",
    "Correction: the drug chart is in the patient's LEFT bay, not the right.",
    "Correction: the abscess drained is in the patient's LEFT breast, not the right.",
])
def test_near_miss_correction_label_places_the_finding(note: str) -> None:
    assert birads_codes(_CLERKING + note + "\n") == "- 2"


# ------------------------------------------------------------------ the imaging displayed at a time out corrected

_CHECKLIST = ("SURGICAL SAFETY CHECKLIST\nProcedure: I&D RIGHT breast abscess\nTIME OUT - 21:32\n"
              "Imaging displayed: yes - US LEFT BREAST 14/02/2026: \"52 x 31 mm collection, consistent with an abscess. "
              "BI-RADS 2.\"\nSIGN OUT - 22:05\nCounts: correct\n\n")


@pytest.mark.parametrize(("entry", "expected"), [
    # (the batch's wording)
    ("AMENDED ENTRY 15/02/2026 22:20 - S. Okoro (ODP): the imaging displayed at Time Out was US RIGHT BREAST 14/02/2026, "
     "not left as typed above; transcription error on the electronic checklist. The left breast was not scanned.", "- 2"),
    # (variants: no time out named, no date; "images ... were", "time-out", the title's modality spelled out)
    ("AMENDED ENTRY 15/02/2026 22:20: the imaging displayed was US RIGHT BREAST, not left.", "- 2"),
    ("ADDENDUM 15/02/2026: the images displayed at the time-out were ultrasound RIGHT breast 14/02/2026, not the left "
     "as typed.", "- 2"),
])
def test_time_out_imaging_corrected_to_the_other_side(entry: str, expected: str) -> None:
    assert birads_codes(_CHECKLIST + entry + "\n") == expected


@pytest.mark.parametrize("entry", [
    # (no side retracted; both sides; the imaging requested, not displayed; retracted past a semicolon; no amended entry)
    "AMENDED ENTRY 15/02/2026 22:20: the imaging displayed at Time Out was US RIGHT BREAST 14/02/2026.",
    "AMENDED ENTRY 15/02/2026 22:20: the imaging displayed at Time Out was US RIGHT BREAST 14/02/2026 as well as the "
    "left, not only one.",
    "AMENDED ENTRY 15/02/2026 22:20: the imaging requested was US RIGHT BREAST 14/02/2026, not left as typed above.",
    "AMENDED ENTRY 15/02/2026 22:20: the imaging displayed at Time Out was MRI RIGHT BREAST 2019; not left; current "
    "study unchanged.",
    "Note: the imaging displayed at Time Out was US RIGHT BREAST 14/02/2026, not left as typed above.",
])
def test_near_miss_time_out_imaging_corrected(entry: str) -> None:
    assert birads_codes(_CHECKLIST + entry + "\n") == "2 -"


# ------------------------------------------------------------------ an earlier exam's titled month-and-year quote

_THEATRE = "SURGICAL SAFETY CHECKLIST\nDate: 12/05/2026\nProcedure: Excision of RIGHT breast lump\n"
_CURRENT = ("   Current study displayed: US RIGHT BREAST 28/04/2026:\n"
            "   \"Right breast 10 o'clock: enlarging fibroadenoma. Impression: BI-RADS 3.\"\n")


@pytest.mark.parametrize(("note", "expected"), [
    # (the batch's wording)
    ("Essential imaging displayed: YES. Note: PACS first opened US RIGHT BREAST 11/2024 (\"BI-RADS 4A; core biopsy: "
     "fibroadenoma\") - identified by the surgeon as the previous study, closed.", "- 3"),
    # (variants: the year alone, another modality, curly quotes, the quote with no parenthesis)
    ("Essential imaging displayed: YES. Note: PACS first opened US RIGHT BREAST 2024 (\"BI-RADS 4A\") - closed.", "- 3"),
    ("Essential imaging displayed: YES. Note: PACS first opened MRI RIGHT BREAST 11/2024 (“BI-RADS 4A”) - closed.",
     "- 3"),
    ("Essential imaging displayed: YES. Note: PACS first opened ultrasound right breast 03/2025 \"BI-RADS 4B; core: "
     "PASH\" - closed.", "- 3"),
])
def test_titled_earlier_exam_quote_in_aside(note: str, expected: str) -> None:
    assert birads_codes(_THEATRE + note + "\n" + _CURRENT) == expected


@pytest.mark.parametrize(("note", "current"), [
    # (the document's own year; a colon between the title and the quote; the category after the quote closes)
    ("Essential imaging displayed: YES. Note: PACS first opened US RIGHT BREAST 01/2026 (\"BI-RADS 4A; core biopsy: "
     "fibroadenoma\") - closed.", _CURRENT),
    ("Essential imaging displayed: YES. Note: PACS first opened US RIGHT BREAST 11/2024: \"BI-RADS 4A; core biopsy: "
     "fibroadenoma\" - closed.", _CURRENT),
    ("Essential imaging displayed: YES. US RIGHT BREAST 11/2024 (\"fibroadenoma\"), now enlarging, BI-RADS 4A.", ""),
    # (under a heading naming the present; a word of today's exam inside the aside before the quote)
    ("Current imaging: US RIGHT BREAST 11/2024 (\"BI-RADS 4A; core biopsy: fibroadenoma\").", ""),
    ("Essential imaging displayed: YES. Note: PACS first opened US RIGHT BREAST 11/2024 (reviewed again today, "
     "\"BI-RADS 4A\") - closed.", ""),
])
def test_near_miss_titled_earlier_exam_quote(note: str, current: str) -> None:
    assert birads_codes(_THEATRE + note + "\n" + current) == "- 4A"
