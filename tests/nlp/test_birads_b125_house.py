"""Radiology b125-b126 (a dictation, a Monaco hospital's translated personalised care programme, a district nurse's
wound care plan quoting a breast imaging report): a dictation's per-side paragraphs said with the side's comma end
the dictated history above them; the French "Classification BI-RADS de l'ACR :" heads a list of the sides; a French
revision in the present or perfect ("est révisée en ACR 2") replaces the side's earlier category; a pressure ulcer's
category is another scale's."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ a dictation's per-side paragraphs, said with a comma

_D_HEAD = "Bilateral diagnostic ultrasound, dictated 12 February 2026, Dr. Solveig Anand-MacRae.\n"
_D_HISTORY = "History, thirty-eight-year-old, left breast lump for two months, right breast tenderness.\n"
_D_RIGHT = "Right breast, comma, no mass, normal tissue, normal axilla, period. Right breast birads one, negative.\n"
_D_LEFT = ("Left breast, at the five o'clock position three centimeters from the nipple there's a ten by six millimeter "
           "oval circumscribed parallel hypoechoic mass, no vascularity, in keeping with a fibroadenoma, period. No other "
           "lesions. Left breast birads three, probably benign, follow-up ultrasound in six months, period.\n")
_D_END = "Thank you. End of report.\n"


@pytest.mark.parametrize(("text", "expected"), [
    # (the batch's wording)
    (_D_HEAD + _D_HISTORY + _D_RIGHT + _D_LEFT + _D_END, "3 1"),
    # (variants: the heading said with its colon, the left side first, an indication over both sides' paragraphs)
    (_D_HEAD + "History colon thirty-eight-year-old, left breast lump, period.\n" + _D_RIGHT + _D_LEFT + _D_END, "3 1"),
    (_D_HEAD + "Clinical history, comma, forty-five, right breast pain, period.\n" + _D_LEFT + _D_RIGHT + _D_END, "3 1"),
    (_D_HEAD + "Indication, left breast lump, period.\nLeft breast, comma, cyst, period. Left breast birads two, benign, "
     "period.\nRight breast, comma, no mass, period. Right breast birads one, period.\n" + _D_END, "2 1"),
    # (near misses, read as before: the history runs on over the side's line without a full stop; one side's line
    # alone; a year on either side's line, said or typed; the lines quoted; review r125: a findings or impression part
    # said after the lines, which are then the history's or comparison's per-side account; a year said "twenty nineteen")
    (_D_HEAD + _D_HISTORY + _D_RIGHT + _D_LEFT + "Findings, comma, as above, period.\n" + _D_END, "- -"),
    (_D_HEAD + "Comparison, comma, outside mammogram, period.\nRight breast, comma, outside birads three, period.\n"
     "Left breast, comma, last exam birads two, period.\nImpression, comma, birads one, period.\n", "1 1"),
    (_D_HEAD + _D_HISTORY + "Right breast, comma, lumpectomy twenty nineteen, birads two, period.\n" + _D_LEFT + _D_END,
     "- -"),
    (_D_HEAD + "History, comma, thirty-eight, left breast lump, comma,\n" + _D_RIGHT + _D_LEFT + _D_END, "- -"),
    (_D_HEAD + _D_HISTORY + _D_RIGHT + _D_END, "- -"),
    (_D_HEAD + _D_HISTORY + "Right breast, comma, lumpectomy two thousand nineteen, birads two, period.\n" + _D_LEFT
     + _D_END, "- -"),
    (_D_HEAD + _D_HISTORY + _D_RIGHT + "Left breast, comma, biopsy 2019 benign, birads three, period.\n" + _D_END, "- -"),
    (_D_HEAD + 'History, referral letter quotes, period.\n"Right breast, comma, birads one, period.\nLeft breast, comma, '
     'birads three, period."\n' + _D_END, "- -"),
    # (review rfinal13: a heading of this exam's own part said after the side lines ends the history there, the side
    # lines a history's or comparison's per-side account; a bare "Assessment" blocks the side lines' end and stays in
    # the history as before; without such a heading, side lines telling an earlier category beside it, or a year said
    # "in oh nine", leave the history as it was)
    ("Comparison, comma, prior study at Mercy, period.\nRight breast, comma, Mercy called it birads three, period.\n"
     "Left breast, comma, Mercy called it birads two, period.\nOpinion, comma, no abnormality today, birads one, "
     "period.", "1 1"),
    ("History, comma, annual, period.\nRight breast, comma, birads two last year, period.\nLeft breast, comma, birads "
     "three last year, period.\nMammogram today, comma, no mass, birads one both sides, period.", "1 1"),
    ("History, comma, recall, period.\nRight breast, comma, screening birads zero, period.\nLeft breast, comma, "
     "screening birads one, period.\nDiagnostic workup, comma, summation, birads one both breasts, period.", "1 1"),
    ("Comparison, comma, outside mammogram, period.\nRight breast, comma, outside birads three, period.\nLeft breast, "
     "comma, last exam birads two, period.\nAssessment, comma, birads one, period.", "- -"),
    (_D_HEAD + _D_HISTORY + "Right breast, comma, outside birads three, period.\nLeft breast, comma, birads four a "
     "before biopsy, period.\n" + _D_END, "- -"),
    (_D_HEAD + _D_HISTORY + "Right breast, comma, probably benign mass birads three in oh nine, period.\n" + _D_LEFT
     + _D_END, "- -"),
    # (today's compared with an earlier exam is no earlier category: "previously seven millimeters")
    (_D_HEAD + _D_HISTORY + "Right breast, comma, oval mass seven millimeters, previously seven millimeters, period. "
     "Right breast birads three, period.\nLeft breast, comma, no mass, birads one, period.\n" + _D_END, "1 3"),
])
def test_dictated_side_paragraphs_end_the_history(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ the French "Classification BI-RADS de l'ACR :" list


@pytest.mark.parametrize(("text", "expected"), [
    # (the batch's wording)
    ("Densité mammaire de type b [breast density type b]. Right breast, QSE [upper outer quadrant]: irregular spiculated "
     "mass of 16 mm; no suspicious axillary node. Left breast: no abnormality.\nClassification BI-RADS de l'ACR : sein "
     "droit [right breast] 5 ; sein gauche [left breast] 1.", "1 5"),
    # (variants: English side words, the curly apostrophe and the left side first)
    ("Classification BI-RADS de l'ACR : right breast 5 ; left breast 1.", "1 5"),
    ("BI-RADS de l’ACR : sein gauche [left breast] 4A ; sein droit [right breast] 2.", "4A 2"),
    # (near misses, read as before: no side and its category for items; the college's year between)
    ("Classification BI-RADS de l'ACR : droite 3 ; gauche 2.", "2 3"),
    ("BI-RADS de l'ACR : right breast 2 cm mass; left 1 cm cyst.", "- -"),
    ("Classification BI-RADS de l'ACR : sein droit [right breast] : masse de 2 cm.", "- -"),
    ("BI-RADS de l'ACR de 2019 : sein droit [right breast] 5 ; sein gauche [left breast] 1.", "- -"),
])
def test_french_acr_classification_side_list(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ a French revision, "est révisée en ACR 2"

_FR_EARLIER = "Sein droit : lésion de 7 mm, ACR 4a.\n"


@pytest.mark.parametrize(("text", "expected"), [
    # (the batch's wording)
    ("1) Mammographie et échographie du 29/01/2026: left breast 1 h mass of 18 mm, BI-RADS ACR 5. Right breast: 7 mm "
     "oval lesion at 10 h, not clearly characterised, classée ACR 4a at that time.\n2) IRM bilatérale du 16/02/2026: "
     "left breast known carcinoma, 19 mm, unifocal, BI-RADS ACR 6. Right breast 10 h: the 7 mm lesion is a cyst.\n"
     "3) Échographie de second regard du sein droit [right breast second-look ultrasound] du 19/02/2026: the 10 h lesion "
     "is a complicated cyst, fully characterised. La classification du sein droit est révisée en ACR 2 [the right "
     "breast classification is revised to ACR 2]. No biopsy needed.", "6 2"),
    # (variants: the perfect, "reclassée", a plural subject)
    (_FR_EARLIER + "IRM : kyste. La classification a été reclassée en ACR 3.", "- 3"),
    (_FR_EARLIER + "IRM : kyste. Les lésions ont été révisées en ACR 2.", "- 2"),
    # (review r125: the side heading of the revision's own line is its side, another side's category stays, even with
    # the side's earlier category dated inside the sentence)
    (_FR_EARLIER + "Sein gauche : le kyste, classé ACR 3 en 2024, est reclassé en ACR 2.", "2 4A"),
    # (near misses, read as before: the revision yet to come, under a condition, or only possible; another side's;
    # review r125: the condition said "En cas de", "Dans l'hypothèse", "Sous réserve", before a colon, or after the
    # revision; the density revised)
    (_FR_EARLIER + "En cas de cytologie bénigne, la classification est révisée en ACR 2.", "- 4A"),
    (_FR_EARLIER + "Dans l'hypothèse d'une cytologie bénigne, la lésion est reclassée en ACR 2.", "- 4A"),
    (_FR_EARLIER + "Sous réserve d'une biopsie bénigne, la lésion est reclassée en ACR 2.", "- 4A"),
    (_FR_EARLIER + "Si liquide clair : la lésion est reclassée en ACR 2.", "- 4A"),
    (_FR_EARLIER + "La lésion est reclassée en ACR 3 si la stabilité est confirmée à six mois.", "- 4A"),
    (_FR_EARLIER + "Après relecture, la densité mammaire est révisée en ACR 3.", "- 4A"),
    (_FR_EARLIER + "IRM : kyste. La classification sera révisée en ACR 2 après la biopsie.", "- 4A"),
    (_FR_EARLIER + "Si la cytologie est bénigne, la classification est révisée en ACR 2.", "- 4A"),
    (_FR_EARLIER + "La classification pourrait être reclassée en ACR 3.", "- 4A"),
    (_FR_EARLIER + "Sein gauche : kyste. La classification du sein gauche est révisée en ACR 2.", "2 4A"),
    # (review rfinal13: another document's revision, under "indique que", "selon", "d'après"; the conditions "À l'issue
    # de", "dans ce cas", "le cas échéant", "uniquement après")
    (_FR_EARLIER + "Le compte rendu extérieur indique que la lésion a été reclassée en ACR 2.", "- 4A"),
    (_FR_EARLIER + "Selon le radiologue extérieur, la lésion a été reclassée en ACR 2.", "- 4A"),
    (_FR_EARLIER + "D'après l'IRM extérieure, la lésion est reclassée en ACR 2.", "- 4A"),
    (_FR_EARLIER + "À l'issue de la surveillance, la lésion est reclassée en ACR 2.", "- 4A"),
    (_FR_EARLIER + "La lésion est reclassée en ACR 2 dans ce cas.", "- 4A"),
    (_FR_EARLIER + "La lésion est reclassée en ACR 2 le cas échéant.", "- 4A"),
    (_FR_EARLIER + "Cette lésion est reclassée en ACR 2 uniquement après 2 ans de stabilité.", "- 4A"),
])
def test_french_revision_replaces_the_sides_category(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ a pressure ulcer's category is another scale's

_DN_HEAD = "DISTRICT NURSE WOUND REVIEW AND CARE PLAN UPDATE\nPatient: 69F     Date: 23/02/2026\n\n"
_DN_QUOTE = ("Other issue this period: at the last visit the patient mentioned a lump in her left breast; GP arranged "
             "imaging.\n\nBreast imaging result (GP forwarded the report):\nBilateral mammogram and left breast "
             "ultrasound, 17/02/2026 (Greyholme General):\n\"Right breast: no abnormality. BI-RADS 1.\nLeft breast: 8 mm "
             "oval hypoechoic mass at 3 o'clock. Low suspicion. BI-RADS 4A. Ultrasound-guided biopsy recommended.\"\n")


@pytest.mark.parametrize(("wound", "expected"), [
    # (the batch's wording)
    ("Active wound: sacral pressure ulcer, category 2 (since 12/2025), in context of MS, wheelchair user.", "4A 1"),
    # (variants: a pressure injury, a pressure sore, a decubitus ulcer, the plural)
    ("Active wound: heel pressure injury category 3 (since 01/2026).", "4A 1"),
    ("Active wound: sacral pressure sore, category 2 - improving.", "4A 1"),
    ("Active wound: decubitus ulcer, category 4 (since 12/2025).", "4A 1"),
    ("Active wound: sacral pressure ulcers, category 2 (since 12/2025).", "4A 1"),
    # (near misses, read as before: an ulcer not named a pressure ulcer; other words or a clause between)
    ("Active wound: sacral ulcer, category 2 (since 12/2025), in context of MS, wheelchair user.", "4A 2"),
    ("Active wound: sacral pressure ulcer healing well, category 2 (since 12/2025).", "4A 2"),
    ("Active wound: pressure ulcer reviewed; category 2 (since 12/2025).", "4A 2"),
    ("Wound: leg ulcer, category 2 (since 12/2025).", "4A 2"),
    ("Prior pressure ulcer, healed. Breast category 2 (since 12/2025).", "4A 2"),
])
def test_pressure_ulcer_category_is_another_scale(wound: str, expected: str) -> None:
    assert birads_codes(_DN_HEAD + wound + "\n" + _DN_QUOTE) == expected
