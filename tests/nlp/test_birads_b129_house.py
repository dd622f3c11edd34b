"""Radiology b129-b130 (a translated sickness-fund record; an aviation regulator's case minutes): a dash item's
first-language side glossed in English ("- pechu drechi [right breast]: ..."); "Reclassified BI-RADS 2"."""
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
