"""Radiology b129-b130 (a translated sickness-fund record; an aviation regulator's case minutes): a dash item's
first-language side glossed in English ("- pechu drechi [right breast]: ..."); "Reclassified BI-RADS 2". Second pass
(French translated forms): an untranslated "Antécédents:" history heading; a numbered glossed history item ending at the
next item's dated exam heading."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ a dash item's glossed side heading
_G = ("Report radiology 02-03-2026, mammografie + echo beiderzijds [both sides], restaging after chemotherapy:\n"
      "- pechu robes [left breast]: known carcinoma at 1 o'clock with marker clip. BI-RADS 6.\n"
      "- pechu drechi [right breast]: two small simple cysts, otherwise normal. BI-RADS 2.\n")
_G_SHORT = ("Report radiology 02-03-2026, both sides:\n- pechu robes [left breast]: known carcinoma at 1 o'clock. BI-RADS 6.\n"
            "- pechu drechi [right breast]: two small simple cysts. BI-RADS 2.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_G, "6 2"),  # (the batch's wording)
    # (variants: "*" and "•" items, the sides the other way round)
    (_G.replace("- pechu", "* pechu"), "6 2"),
    (_G.replace("- pechu", "• pechu"), "6 2"),
    (_G.replace("robes [left", "robes [right").replace("drechi [right", "drechi [left"), "2 6"),
    # (near misses, read as before: the gloss with no colon after it; a dash joined to a word; a double dash)
    (_G_SHORT.replace("]:", "]"), "6 2"),
    (_G_SHORT.replace("- pechu", "A-pechu"), "6 2"),
    (_G_SHORT.replace("- pechu", "-- pechu"), "6 6"),
])
def test_dash_item_glossed_side_heading(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ "Reclassified BI-RADS 2"
_R = ("--- Minute 1 --- 29/09/2025\nImaging received: right breast ultrasound 09/2025 - 8 mm oval mass at 11 o'clock, "
      "BI-RADS 3, probably benign, repeat in 6 months.\n\n--- Minute 3 --- 30/03/2026\nFollow-up imaging: ULTRASOUND "
      "RIGHT BREAST, 23/03/2026.\n  Right 11 o'clock: oval circumscribed parallel mass 8 x 5 mm, no change.\n"
      "  Impression: stable probable fibroadenoma. Reclassified BI-RADS 2, benign. Annual screening.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_R, "- 2"),  # (the batch's wording)
    # (variants: "Re-classified", "Recategorised")
    (_R.replace("Reclassified", "Re-classified"), "- 2"),
    (_R.replace("Reclassified", "Recategorised"), "- 2"),
    # (near misses, read as before: negated; another verb)
    (_R.replace("Reclassified BI-RADS 2", "Not reclassified BI-RADS 2"), "- 3"),
    (_R.replace("Reclassified BI-RADS 2", "Classified BI-RADS 2"), "- 3"),
])
def test_reclassified_before_keyword(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ an untranslated French "Antécédents:" heading
_A = ("DISPENSAIRE - FICHE DE CONSULTATION (traduction)\nDate: 17/02/2026\n\nMotif: Renewal of her treatment; asks when "
      "she can have her mammogram.\n\nAntécédents: Breast ultrasound in 2024: \"kystes bilatéraux, BI-RADS ACR 2\". Last "
      "mammogram March 2023, BI-RADS ACR 1 both sides. Hypothyroidism.\n\nExamen: Weight 78 kg. No breast examination "
      "today.\n\nConduite à tenir: Registered for the next mammography mission.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_A, "- -"),  # (the batch's wording)
    # (variants: unaccented, in capitals with a spaced colon, "personnels", the next heading with no blank line)
    (_A.replace("Antécédents:", "Antecedents:"), "- -"),
    (_A.replace("Antécédents:", "ANTÉCÉDENTS :"), "- -"),
    (_A.replace("Antécédents:", "Antécédents personnels:"), "- -"),
    (_A.replace("\n\nExamen:", "\nExamen:"), "- -"),
    # (near misses, read as before: the word in a sentence; after another heading)
    (_A.replace("Antécédents: ", "Antécédents de "), "1 1"),
    (_A.replace("Antécédents: ", "Notes: antécédents: "), "1 1"),
])
def test_untranslated_french_history_heading(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ a glossed numbered history item, then the exam's
_P = ("PROTOCOLE DE SOINS - ALD (translation)\nArguments cliniques et résultats des examens complémentaires:\n"
      "1. Antécédents [history]: hypertension, diabetes (ALD 8 already granted 2019).\n"
      "2. Mammographie et échographie bilatérales du 24/02/2026:\n"
      "   - Sein droit: distorsion architecturale de 21 mm à 12 h. BI-RADS ACR 4c.\n"
      "   - Sein gauche: kyste simple 6 mm. BI-RADS ACR 2.\n"
      "3. Biopsie sous échographie du 26/02/2026 - pathology pending.\n\nStratégie thérapeutique: after the histology.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_P, "2 4C"),  # (the batch's wording)
    # (variants: items numbered "1)", "2)"; another gloss's original; the exam named in English with an ISO date)
    (_P.replace("1. Antécédents", "1) Antécédents").replace("2. Mammo", "2) Mammo"), "2 4C"),
    (_P.replace("1. Antécédents [history]:", "1. Anamnèse [history]:"), "2 4C"),
    (_P.replace("2. Mammographie et échographie bilatérales du 24/02/2026:",
                "2. Mammogram and ultrasound, both breasts, 2026-02-24:"), "2 4C"),
    # (near misses, read as before: a qualified history; an earlier exam's item; a month and year only; words after
    # the colon; not the next number)
    (_P.replace("1. Antécédents [history]:", "1. Clinical history:"), "- -"),
    (_P.replace("2. Mammographie et", "2. Previous mammographie et"), "- -"),
    (_P.replace("du 24/02/2026:", "du 02/2026:"), "- -"),
    (_P.replace("du 24/02/2026:", "du 24/02/2026: see below"), "- -"),
    (_P.replace("2. Mammo", "3. Mammo"), "- -"),
])
def test_glossed_numbered_history_item_ends_at_next_exam_item(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
