"""Radiology b129-b130 (a translated sickness-fund record; an aviation regulator's case minutes): a dash item's
first-language side glossed in English ("- pechu drechi [right breast]: ..."); "Reclassified BI-RADS 2". Second pass
(French translated forms): an untranslated "Antécédents:" history heading; a numbered glossed history item ending at the
next item's dated exam heading. Review r129 narrowed the bare "Reclassified BI-RADS 2" (opening its sentence, after "is /
was / has been" or a comma; never after a modal, "to be", "not", nor with "if / once / until / whether" in its clause)
and the "Antécédents:" history (a nil one to its full stop; one on its heading's line to that line's end over a heading,
an exam, a date or "Résultats"), and withdrew the numbered history item's end (only near misses are left here). Review
rfinal15 narrowed the condition words to a revision not yet made ("is reclassified", a bare participle, a modal): one told
in the past or perfect ("was / has been / had to be reclassified") is made; "once more", "until this visit" and a
reported question's "asked if" are no conditions."""
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
_K = "Reclassified BI-RADS 2, benign."  # (the sentence the variants below replace)


@pytest.mark.parametrize(("text", "expected"), [
    (_R, "- 2"),  # (the batch's wording)
    # (variants: "Re-classified", "Recategorised")
    (_R.replace("Reclassified", "Re-classified"), "- 2"),
    (_R.replace("Reclassified", "Recategorised"), "- 2"),
    # (variants, review r129: after "was" / "has been", after a comma, opening a dash item)
    (_R.replace("Reclassified BI-RADS 2, benign.", "The mass was reclassified BI-RADS 2, benign."), "- 2"),
    (_R.replace("Reclassified BI-RADS 2, benign.", "It has been reclassified BI-RADS 2, benign."), "- 2"),
    (_R.replace("Reclassified BI-RADS 2, benign.", "A benign mass, reclassified BI-RADS 2."), "- 2"),
    (_R.replace("  Impression: stable probable fibroadenoma. Reclassified", "- Reclassified"), "- 2"),
    # (near misses, read as before: negated; another verb)
    (_R.replace("Reclassified BI-RADS 2", "Not reclassified BI-RADS 2"), "- 3"),
    (_R.replace("Reclassified BI-RADS 2", "Classified BI-RADS 2"), "- 3"),
    # (near misses, review r129: a modal or "to be", a condition or a question in its clause, "not yet")
    (_R.replace("Reclassified BI-RADS 2, benign.", "It can be reclassified BI-RADS 2 later."), "- 3"),
    (_R.replace("Reclassified BI-RADS 2, benign.", "It will be reclassified BI-RADS 2 once two years of stability are "
                                                  "shown."), "- 3"),
    (_R.replace("Reclassified BI-RADS 2, benign.", "The referrer asked whether this could be regraded BI-RADS 2; no."),
     "- 3"),
    (_R.replace("Reclassified BI-RADS 2, benign.", "It is to be reclassified BI-RADS 2 at 24 months."), "- 3"),
    (_R.replace("Reclassified BI-RADS 2, benign.", "If it is reclassified BI-RADS 2, no follow-up."), "- 3"),
    (_R.replace("Reclassified BI-RADS 2, benign.", "If stable at 24 months, reclassified BI-RADS 2."), "- 3"),
    (_R.replace("Reclassified BI-RADS 2, benign.", "It is not yet reclassified BI-RADS 2."), "- 3"),
    # (the older "reclassified as / to" the same: after a modal, in a question, "not yet"; a stated one still revises)
    (_R.replace("Reclassified BI-RADS 2, benign.", "It can be reclassified as BI-RADS 2 later."), "- 3"),
    (_R.replace("Reclassified BI-RADS 2, benign.", "It will be reclassified to BI-RADS 2 once stable."), "- 3"),
    (_R.replace("Reclassified BI-RADS 2, benign.", "Whether it could be regraded to BI-RADS 2 is discussed."), "- 3"),
    (_R.replace("Reclassified BI-RADS 2, benign.", "It is not yet reclassified as BI-RADS 2."), "- 3"),
    (_R.replace("Reclassified BI-RADS 2, benign.", "It was reclassified as BI-RADS 2."), "- 2"),
    # (review rfinal15: a revision made, in the past or perfect, whatever condition word its clause holds; "once more",
    # "until this visit / now / today" and a reported question's "asked if", "wished to know whether", "re-examined
    # whether" are no conditions; "had to be reclassified" is a revision made)
    (_R.replace(_K, "Once the priors were reviewed, the mass was reclassified BI-RADS 2."), "- 2"),
    (_R.replace(_K, "Once the priors were reviewed, the mass was reclassified as BI-RADS 2."), "- 2"),
    (_R.replace(_K, "Once the priors were reviewed, the mass had been reclassified as BI-RADS 2."), "- 2"),
    (_R.replace(_K, "Once the priors were reviewed, the mass has now been reclassified as BI-RADS 2."), "- 2"),
    (_R.replace(_K, "Once reviewed, the mass was subsequently reclassified as BI-RADS 2."), "- 2"),
    (_R.replace(_K, "Once the priors arrived, we have now re-categorised it as BI-RADS 2."), "- 2"),
    (_R.replace(_K, "Once the priors arrived, we reclassified it as BI-RADS 2."), "- 2"),
    (_R.replace(_K, "Although the patient asked if surgery was needed, the mass has been reclassified as BI-RADS 2."),
     "- 2"),
    (_R.replace(_K, "The radiologist re-examined whether it was complicated, and it is reclassified as BI-RADS 2."),
     "- 2"),
    (_R.replace(_K, "As the patient wished to know whether biopsy was needed, the mass is reclassified as BI-RADS 2."),
     "- 2"),
    (_R.replace(_K, "The surgeon asked if biopsy was needed, and the mass is reclassified BI-RADS 2."), "- 2"),
    (_R.replace(_K, "It had to be reclassified as BI-RADS 2."), "- 2"),
    (_R.replace(_K, "It was measured once again and is reclassified to BI-RADS 2."), "- 2"),
    (_R.replace(_K, "It was measured once more and is reclassified BI-RADS 2."), "- 2"),
    (_R.replace(_K, "Followed until this visit, the mass is reclassified as BI-RADS 2."), "- 2"),
    (_R.replace(_K, "Followed until now, the mass is reclassified BI-RADS 2."), "- 2"),
    (_R.replace(_K, "Followed until today, the mass is reclassified as BI-RADS 2."), "- 2"),
    # (... and still kept back: a revision not yet made, "is reclassified", a bare participle, "to be" without "had";
    # "until" a lesion, no time point; a question's modal; "not")
    (_R.replace(_K, "If stable, the mass is reclassified as BI-RADS 2."), "- 3"),
    (_R.replace(_K, "If stable, reclassified as BI-RADS 2."), "- 3"),
    (_R.replace(_K, "Surveillance continues until the mass is reclassified as BI-RADS 2."), "- 3"),
    (_R.replace(_K, "Until this mass is reclassified as BI-RADS 2, follow-up continues."), "- 3"),
    (_R.replace(_K, "Once it is reclassified BI-RADS 2, screening resumes."), "- 3"),
    (_R.replace(_K, "The surgeon asked if it could be reclassified as BI-RADS 2."), "- 3"),
    (_R.replace(_K, "The surgeon asked if, once stable, it is reclassified as BI-RADS 2."), "- 3"),
    (_R.replace(_K, "It was to be reclassified as BI-RADS 2 if stable."), "- 3"),
    (_R.replace(_K, "It is to be reclassified as BI-RADS 2 once stable."), "- 3"),
    (_R.replace(_K, "It was not reclassified as BI-RADS 2."), "- 3"),
    (_R.replace(_K, "Whether it is reclassified as BI-RADS 2 is discussed."), "- 3"),
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


# (review r129: such a history reaches less far than an English "History:" one)
_NIL = "Centre de Radiologie d'Annecy - screening mammogram (translated)\nAntécédents: nil.\nMammography 14/02/2026:\n" \
       "Density B. No mass, no calcification.\nBI-RADS 1.\n"


@pytest.mark.parametrize(("text", "expected"), [
    # (a nil history, to its full stop: "nil", "none", "aucun", "néant", "RAS", "none relevant" with the result on its
    # line)
    (_NIL, "1 1"),
    (_NIL.replace("nil.", "none."), "1 1"),
    (_NIL.replace("nil.", "aucun."), "1 1"),
    (_NIL.replace("nil.", "néant."), "1 1"),
    (_NIL.replace("nil.", "RAS."), "1 1"),
    ("Cabinet de radiologie, Nice - screening (translated)\nAntécédents: none relevant. Screening mammogram both "
     "breasts: density A, no suspicious finding. BI-RADS 1.\n", "1 1"),
    # (a history on its heading's line, to that line's end over "Résultats:", "Échographie:", "Mammographie ...:", an
    # exam and its date, a date)
    ("Hôpital Nord (translated)\nAntécédents: nil.\nRésultats: simple cysts in both breasts. BI-RADS 2.\n", "2 2"),
    ("Clinique du Mail (translated)\nAntécédents: nil.\nÉchographie: right breast, 14 mm irregular mass. BI-RADS 4B.\n",
     "- 4B"),
    ("Cabinet d'imagerie (translated)\nAntécédents: aucun.\nMammographie bilatérale: densité type B, pas d'anomalie. "
     "BI-RADS ACR 1.\n", "1 1"),
    ("Cabinet (translated)\nAntécédents: appendicectomy 2010, mother breast cancer.\nRésultats: simple cysts in both "
     "breasts. BI-RADS 2.\n", "2 2"),
    ("Cabinet (translated)\nAntécédents: appendicectomy 2010.\nMammography 14/02/2026:\nSimple cysts in both breasts. "
     "BI-RADS 2.\n", "2 2"),
    ("Cabinet (translated)\nAntécédents: appendicectomy 2010.\n14/02/2026 - bilateral mammogram: simple cysts. "
     "BI-RADS 2.\n", "2 2"),
    # (near misses, read as before: the history going on over its next line; a nil word with more after it; English)
    ("Cabinet (translated)\nAntécédents: right cyst aspirated 2019,\nleft BI-RADS 3 nodule 2024.\n", "- -"),
    ("Cabinet (translated)\nAntécédents: nil else; left BI-RADS 3 nodule 2024.\n", "- -"),
    ("Cabinet (translated)\nAntécédents: nil relevant except\nleft BI-RADS 3 nodule 2024.\n", "- -"),
    (_NIL.replace("Antécédents:", "History:"), "- -"),
])
def test_untranslated_french_history_reach(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ a glossed numbered history item, then an exam's
# (ending the history at the next item's dated exam heading was withdrawn after review r129: earlier and outside exams are
# listed as items in the same shape; the batch's wording, py090, is a withdrawn miss in test_accuracy; near misses only)
_P = ("PROTOCOLE DE SOINS - ALD (translation)\nArguments cliniques et résultats des examens complémentaires:\n"
      "1. Antécédents [history]: hypertension, diabetes (ALD 8 already granted 2019).\n"
      "2. Mammographie et échographie bilatérales du 24/02/2026:\n"
      "   - Sein droit: distorsion architecturale de 21 mm à 12 h. BI-RADS ACR 4c.\n"
      "   - Sein gauche: kyste simple 6 mm. BI-RADS ACR 2.\n"
      "3. Biopsie sous échographie du 26/02/2026 - pathology pending.\n\nStratégie thérapeutique: after the histology.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # (near misses, read as before: a qualified history; an earlier exam's item; a month and year only; words after
    # the colon; not the next number)
    (_P.replace("1. Antécédents [history]:", "1. Clinical history:"), "- -"),
    (_P.replace("2. Mammographie et", "2. Previous mammographie et"), "- -"),
    (_P.replace("du 24/02/2026:", "du 02/2026:"), "- -"),
    (_P.replace("du 24/02/2026:", "du 24/02/2026: see below"), "- -"),
    (_P.replace("2. Mammo", "3. Mammo"), "- -"),
    # (review r129's over-reaches: a history document whose only exam item is an earlier one; an outside exam's item)
    ("Hôpital Tenon - compte rendu (translated form)\n1. Antécédents [history]: left breast nodule under surveillance "
     "since 2024.\n2. Mammographie du 14/03/2024:\n- Left breast: 7 mm oval nodule, BI-RADS 3.", "- -"),
    ("Form (translated)\n1. Antécédents [history]: right lumpectomy 2019 (BI-RADS 5 then).\n2. Mammographie du "
     "14/03/2024:\n- Right breast: post-surgical scar. BI-RADS 2.\n- Left breast: BI-RADS 1.\n3. Conclusion: follow-up "
     "as usual; this year's mammogram is booked.", "- -"),
    (_P.replace("2. Mammographie et échographie bilatérales du 24/02/2026:",
                "2. Mammographie (clinique externe) du 24/02/2025:"), "- -"),
])
def test_glossed_numbered_history_item_runs_on(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
