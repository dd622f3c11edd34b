"""Radiology b123-b124 (a terse staging note, translated Italian and French reports, EU S2 prior-authorisation forms,
a seasonal resident's GP registration summary): a terse "Known:" account ended by today's exam named with its
purpose; a translation's exam title glossed in square brackets; the Italian "a destra e a sinistra"; a translated
side heading with its clock position is no dictation; a form's numbered "Current imaging" item; a correction saying
the report was written with the wrong side; a category listed straight after a dated one. Review r123's and review
rfinal12's near misses (each rule narrowed to its evidence) read as before."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ a terse "Known:" account, then today's exam's purpose


@pytest.mark.parametrize(("text", "expected"), [
    # (the batch's wording)
    ("Known: R IDC 9:00, BI-RADS 5 at diagnosis, s/p core 02/2026.\nBilat US for extent. R 9:00 irreg mass 18mm w/ "
     "clip, no satellites. L: 3 simple cysts max 6mm.\nBIRADS 6 R (known ca), 2 L (cysts).", "2 6"),
    # (variants: one side's exam for staging, "Prior:" over a bilateral MRI, a restaging ultrasound)
    ("Known: L ILC 2:00, dx 01/2026 (core).\nL US for staging.\nL 2:00 mass 22mm, clip in situ.\nBIRADS 6 L.", "6 -"),
    ("Prior: R IDC, core 03/2026.\nBilateral MRI for extent.\nR 10:00 enhancing mass 25 mm; L no suspicious "
     "enhancement.\nBI-RADS 6 R, 1 L.", "1 6"),
    ("Known: R IDC dx 02/2026.\nR US for restaging.\nR 10:00 mass 9mm, clip.\nBIRADS 6 R.", "- 6"),
    # (near misses, read as before: the exam line dated, another centre's, or told with its findings in its sentence)
    ("Known: R IDC dx 02/2026.\nUS for extent 02/2026: R 10:00 mass 24mm, BIRADS 5.\nR 10:00 mass 17mm.", "- -"),
    ("Known: R IDC dx 12/2025.\nOutside MRI for staging.\nR 10:00 mass 30mm, BIRADS 5.", "- -"),
    ("Known: R IDC dx 12/2025.\nMRI for extent showed R 10:00 mass 30mm, BIRADS 5.\nR 10:00 mass 18mm.", "- -"),
    ("Known: R IDC dx 12/2025.\nUS for extent at dx. R 10:00 mass 30mm, BIRADS 5.\nR 10:00 mass 18mm.", "- -"),
    # (review r123: the side after the modality, "US bilat for extent.", is today's exam too)
    ("Known: R IDC 9:00, BI-RADS 5 at diagnosis, s/p core 02/2026.\nUS bilat for extent. R 9:00 irreg mass 18mm w/ "
     "clip, no satellites. L: 3 simple cysts max 6mm.\nBIRADS 6 R (known ca), 2 L (cysts).", "2 6"),
    # (review r123 near misses, read as before: the exam line names no side, the earlier exam's own work-up; or it
    # stands above a line that opens with a today word, where today's exam is told)
    ("Prev: MG 2025 BI-RADS 0 R.\nUS for assessment. R 9:00 cyst, BI-RADS 2 R.\nNow routine bilat MG, no finding.\n"
     "BIRADS 1 bilat.", "1 1"),
    ("Prev: MG 2025 BI-RADS 0 R.\nUS for assessment.\nR 9:00 cyst, BI-RADS 2 R.\nNow routine bilat MG, no finding.\n"
     "BIRADS 1 bilat.", "1 1"),
    ("Prev: MG 2025 BI-RADS 0 R.\nR US for assessment. R 9:00 cyst, BI-RADS 2 R.\nNow routine bilat MG, no finding.\n"
     "BIRADS 1 bilat.", "1 1"),
    ("Known: L ILC dx 2024, L mastectomy 06/2024.\nMRI for staging. L multicentric, BI-RADS 6 L; R clear.\n"
     "Today R MG annual surveillance, no mass, no calcs.\nCat 1 R.", "- 1"),
    # (review rfinal12 near misses, read as before: a today word further down the account, whatever its line opens
    # with, or a line below that opens with another exam: the purpose line was the staging exam's)
    ("Known: R IDC 9:00, core 01/2026.\nBilat MRI for extent.\nL BI-RADS 1.\nR US, current size 9 mm.\nBIRADS 6 R.",
     "- 6"),
    ("Known: R IDC 9:00, BI-RADS 5, core 01/2026.\nBilat MRI for extent.\nUnifocal R 24 mm; L no suspicious "
     "enhancement, BI-RADS 1 L.\nNACT 02-05/2026 (EC-T).\nR US post-NACT, current size 9 x 6 mm (was 24 mm), clip in "
     "lesion, no new lesion.\nBIRADS 6 R.", "- 6"),
    ("Known: R IDC 9:00, core 01/2026.\nBilat MRI for extent.\nL BI-RADS 1.\nR US 05/2026: 9 mm.\nBIRADS 6 R.", "- -"),
    ("Known: R IDC 9:00, core 01/2026.\nBilat MRI for extent.\nL BI-RADS 1.\nBilat MRI.\nBIRADS 6 R.", "- -"),
])
def test_known_account_ends_at_todays_exam_purpose(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ a translation's exam title glossed in brackets

_IT_HEAD = "[Translation from the Italian]\n\nOspedale Civile del Titano - Radiologia\n"
_IT_LEFT = ("\nData esame: 23/03/2026\n\nQuesito clinico: controllo a 6 mesi [6-month follow-up] of a nodule of the left "
            "breast. La mammella destra non è stata esaminata [the right breast was not examined].\n\n"
            "Reperto [Findings]: Mammella sinistra, ore 4: oval hypoechoic nodule 9 x 5 mm, stable.\n\n"
            "Conclusioni: Reperto probabilmente benigno [probably benign finding], stable.\n"
            "BI-RADS 3 - further follow-up in 6 months.\n")
_IT_RIGHT = ("\nData esame: 23/03/2026\n\nQuesito clinico: controllo a 6 mesi [6-month follow-up] of a nodule of the right "
             "breast. La mammella sinistra non è stata esaminata [the left breast was not examined].\n\n"
             "Reperto [Findings]: Mammella destra, ore 8: oval hypoechoic nodule 9 x 5 mm, stable.\n\n"
             "Conclusioni: Reperto probabilmente benigno [probably benign finding], stable.\n"
             "BI-RADS 3 - further follow-up in 6 months.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # (the batch's wording)
    (_IT_HEAD + "ECOGRAFIA MAMMARIA SINISTRA [LEFT BREAST ULTRASOUND] - controllo [follow-up]" + _IT_LEFT, "3 -"),
    (_IT_HEAD + "ECOGRAFIA MAMMARIA SINISTRA E CAVO ASCELLARE SINISTRO [left breast and left axillary ultrasound]"
     + _IT_LEFT, "3 -"),
    # (variants: the right breast, a mammogram glossed in sentence case)
    (_IT_HEAD + "ECOGRAFIA MAMMARIA DESTRA [RIGHT BREAST ULTRASOUND]" + _IT_RIGHT, "- 3"),
    (_IT_HEAD + "MAMMOGRAFIA MAMMELLA SINISTRA [Left breast mammography]" + _IT_LEFT, "3 -"),
    # (near misses, read as before: a gloss naming no side or another part; such a title lower down, an earlier exam's)
    (_IT_HEAD + "ECOGRAFIA MAMMARIA [BREAST ULTRASOUND] - controllo" + _IT_LEFT, "3 3"),
    (_IT_HEAD + "ECOGRAFIA DEL CAVO ASCELLARE SINISTRO [LEFT AXILLA ULTRASOUND]" + _IT_LEFT, "3 3"),
    (_IT_HEAD + "ECOGRAFIA MAMMARIA" + _IT_LEFT.replace(
        "\nData esame: 23/03/2026\n", "\nData esame: 23/03/2026\nNote\nAltro\nEsame precedente:\n"
        "ECOGRAFIA MAMMARIA SINISTRA [LEFT BREAST ULTRASOUND] - 09/2025\n"), "3 3"),
    # (review rfinal12: the exam's own full date after the title)
    (_IT_HEAD + "ECOGRAFIA MAMMARIA SINISTRA [LEFT BREAST ULTRASOUND] - 23/03/2026" + _IT_LEFT, "3 -"),
    # (review rfinal12 near misses, read as before: a title under a heading ending in a colon, or with a month and year
    # after it, is an earlier exam's; so is a one-sided title below a line naming the exam bilateral)
    (_IT_HEAD + "Confronto con [Comparison with]:\nECOGRAFIA MAMMARIA SINISTRA [LEFT BREAST ULTRASOUND]"
     + _IT_LEFT.replace("the left breast", "the breast").replace("Mammella sinistra, ", ""), "3 3"),
    (_IT_HEAD + "ECOGRAFIA MAMMARIA SINISTRA [LEFT BREAST ULTRASOUND] - 03/2025" + _IT_LEFT, "3 3"),
    ("Referto ecografico - Centro Diagnostico Lombardo, Milano - 20/02/2026\nEsame bilaterale [bilateral examination], "
     "controllo annuale [annual follow-up].\nConfronto con [Comparison with]:\nECOGRAFIA MAMMARIA SINISTRA [LEFT BREAST "
     "ULTRASOUND] - 03/2025, per nodulo a ore 2 [for a nodule at 2 o'clock].\nReperto [Findings]: mammella destra nella "
     "norma [right breast normal]. Mammella sinistra: il nodulo a ore 2 e invariato, 6 mm, stabile da 11 mesi [left "
     "breast: the 2 o'clock nodule is unchanged, 6 mm, stable for 11 months].\nConclusioni [Conclusions]: BI-RADS 2.\n"
     "Dott.ssa P. Gallo", "2 2"),
])
def test_glossed_exam_title_names_the_exams_side(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ the Italian "a destra e a sinistra"

_IT_BILATERAL = ("[Translation from the Italian]\n\nOspedale Civile del Titano - Radiologia\nECOGRAFIA MAMMARIA "
                 "BILATERALE\nData: 12/03/2026\n\nReperto: Bilaterally, fibroglandular parenchyma of normal "
                 "echostructure. No focal lesions.\n\nConclusioni: Ecografia mammaria bilaterale nella norma "
                 "[bilateral breast ultrasound within normal limits].\n")


@pytest.mark.parametrize(("line", "expected"), [
    # (the batch's wording)
    ("BI-RADS 1 a destra e a sinistra [on the right and on the left].\nNext check in 12 months.", "1 1"),
    # (variants: the sides the other way round, without the prepositions, without the gloss)
    ("BI-RADS 2 a sinistra e a destra.", "2 2"),
    ("BI-RADS 1 destra e sinistra", "1 1"),
    ("BI-RADS 1 a destra e a sinistra.", "1 1"),
    # (near misses, read as before: the second side with a category or a finding of its own)
    ("BI-RADS 4C a destra e a sinistra BI-RADS 2.", "4C 2"),
    ("BI-RADS 3 a destra e a sinistra, nodulo BI-RADS 2.", "3 2"),
    ("BI-RADS 3 a destra e a sinistra, 2 cisti.", "3 -"),
    # (review r123 near misses, read as before: the categories one to each side, "rispettivamente" / "respectively"
    # beside the pair or two categories joined by "e" before it)
    ("BI-RADS 4C e 1 rispettivamente a destra e a sinistra.", "4C -"),
    ("BI-RADS 3 e 2 a destra e a sinistra, rispettivamente.", "3 -"),
    ("BI-RADS 3 e 2 a destra e a sinistra.", "3 -"),
    # (review rfinal12: a size before the category is no second category)
    ("Cisti di 5 mm, BI-RADS 2 a destra e a sinistra.", "2 2"),
    # (review rfinal12 near misses, read as before: two categories in the pair's clause, with the keyword, a slash or
    # "respectively" in the gloss)
    ("BI-RADS 4B e BI-RADS 2 a destra e a sinistra.", "4B -"),
    ("BI-RADS 3/2 a destra e a sinistra.", "3 -"),
    ("BI-RADS 4C / BI-RADS 1 a destra e a sinistra [on the right and on the left respectively].", "4C -"),
])
def test_italian_both_sides_after_the_category(line: str, expected: str) -> None:
    assert birads_codes(_IT_BILATERAL + line + "\n") == expected


@pytest.mark.parametrize(("history", "expected"), [
    # (review rfinal12 near misses, read as before: the pair in a history line or a dated sentence is an earlier exam's,
    # and written both it would make today's right breast ultrasound bilateral)
    ("Anamnesi: mammografia 11/2025: BI-RADS 2 a destra e a sinistra.", "2 3"),
    ("Mammografia bilaterale del 11/2025 BI-RADS 2 a destra e a sinistra.", "2 3"),
])
def test_italian_both_sides_in_a_history_stays_as_written(history: str, expected: str) -> None:
    assert birads_codes("ECOGRAFIA MAMMELLA DESTRA\n" + history + "\nConclusione: BI-RADS 3.") == expected


# ------------------------------------------------------------------ a translated side heading with its clock position

_FR_HEAD = ("[Translation from the French]\n\nCABINET D'IMAGERIE MÉDICALE, Papeete\nMAMMOGRAPHIE BILATÉRALE + "
            "ÉCHOGRAPHIE MAMMAIRE BILATÉRALE\nDate : 05/02/2026\n\nIndication : hard left breast mass for 2 months.\n\n"
            "Échographie :\n")
_FR_FINDING = ("irregular, spiculated hypoechoic mass 34 x 26 mm, non-parallel, posterior shadowing, hypervascular. Creux "
               "axillaire gauche: 3 lymph nodes with thickened cortex, largest 19 mm with loss of hilum.")
_FR_END = ("\nSein droit: simple cysts up to 9 mm. No solid lesion.\n\nConclusion :\nSein gauche : masse fortement "
           "évocatrice de malignité [mass highly suggestive of malignancy] - BI-RADS ACR 5.\n"
           "Sein droit : kystes simples - BI-RADS ACR 2.\n")
_SPOKEN = ("irregular spiculated hypoechoic mass measuring thirty four by twenty six millimeters with posterior shadowing "
           "and three abnormal left axillary nodes impression highly suspicious birads five right breast simple cysts "
           "birads two")


@pytest.mark.parametrize(("text", "expected"), [
    # (the batch's wording)
    (_FR_HEAD + "Sein gauche, 2 h: " + _FR_FINDING + _FR_END, "5 2"),
    # (variants: a blank before the colon, the clock written with minutes or in words)
    (_FR_HEAD + "Sein gauche, 2 h : " + _FR_FINDING + _FR_END, "5 2"),
    (_FR_HEAD + "Sein gauche, 2:00: " + _FR_FINDING + _FR_END, "5 2"),
    (_FR_HEAD + "Sein gauche, 2 o'clock: " + _FR_FINDING + _FR_END, "5 2"),
    # (near misses, read as before: no comma and colon, no clock position, a transcript in lower case)
    (_FR_HEAD + "Sein gauche 2 h " + _FR_FINDING + _FR_END, "- -"),
    (_FR_HEAD + "Sein gauche, en regard: " + _FR_FINDING + _FR_END, "- -"),
    ("left breast two o'clock there is an " + _SPOKEN, "2 5"),
    ("left breast, 2 h " + _SPOKEN, "2 5"),
    # (review r123 near misses, read as before: an English transcript under a typed header line, its line opening with
    # the side and clock position as dictated, not a translation's heading)
    ("Dictated report - Westside Imaging, Dr. P. Nair\nright breast, 10 o'clock: there is an oval hypoechoic mass "
     "measuring fourteen by eleven millimetres with a partly indistinct margin, about four centimetres from the "
     "nipple, and the axilla shows normal nodes. impression: indeterminate mass, birads for a.", "- 4A"),
    ("Dictated report - Harbour Imaging, Dr. L. Chen, 09/03/2026\nleft breast, 2:00: there is a well circumscribed "
     "oval anechoic lesion measuring eight millimetres with posterior acoustic enhancement and no internal echoes, no "
     "solid component and no flow, in keeping with a simple cyst, and the remainder of the left breast is "
     "unremarkable. impression: simple cyst, birads too.", "2 -"),
    ("DICTATION - EASTGATE RADIOLOGY, DR. M. ROSSI\nleft, 1 o'clock: irregular hypoechoic area of ten millimetres "
     "with posterior shadowing and an echogenic rim, close to the site of the previous biopsy clip, with no "
     "vascularity on doppler and no abnormal node in the left axilla, which is new compared with the previous scan. "
     "impression: birads for suspicious, biopsy recommended.", "4 -"),
])
def test_translated_side_clock_heading_is_no_dictation(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ a form's numbered "Current imaging" item

_S2 = ("SECTION C - CONSULTANT'S CLINICAL REPORT\n1. Diagnosis: Right breast invasive carcinoma NST, post neoadjuvant "
       "therapy.\n2. History: Presented 10/2025; right breast mass, BI-RADS 5 at diagnosis with biopsy-confirmed "
       "malignancy; chemotherapy completed 03/2026.\n")
_S2_QUOTE = ('   "Right breast: residual 7 mm enhancing focus at the clip site. Right breast: BI-RADS 6 (known '
             'biopsy-proven malignancy, partial response).\n    Left breast: no suspicious enhancement. BI-RADS 1."\n'
             "4. Treatment requested: right therapeutic mammoplasty.\n")


@pytest.mark.parametrize(("item", "expected"), [
    # (the batch's wording)
    ("3. Current imaging (post-neoadjuvant restaging), bilateral breast MRI 08/04/2026, report conclusion reproduced:",
     "1 6"),
    # (variants: a bracketed number, the modality named, capitals after an indent)
    ("3) Current imaging, bilateral breast MRI 08/04/2026, report conclusion reproduced:", "1 6"),
    ("3. Current MRI (08/04/2026), report conclusion reproduced:", "1 6"),
    ("  3. CURRENT IMAGING - bilateral breast MRI 08/04/2026, report conclusion reproduced:", "1 6"),
    # (near misses, read as before: an item naming earlier imaging, or "Currently" of a treatment)
    ("3. Previous imaging (staging), bilateral breast MRI 11/2025, report conclusion reproduced:", "- -"),
    ("3. Imaging at diagnosis, bilateral breast MRI 11/2025, report conclusion reproduced:", "- -"),
    ("3. Currently on trastuzumab; bilateral breast MRI 11/2025, report conclusion reproduced:", "- -"),
])
def test_numbered_current_imaging_item_ends_the_history(item: str, expected: str) -> None:
    assert birads_codes(_S2 + item + "\n" + _S2_QUOTE) == expected


_NUMBERED_HISTORY = ("Clinical history:\n1. Left breast IDC, core 10/2025.\n{item}\n3. Right breast 6 mm focus on "
                     "staging MRI, BI-RADS 3.\nExamination: left breast ultrasound.\nFindings: left 2 o'clock mass 14 "
                     "mm, no new lesion.\nImpression: partial response. BI-RADS 6.")


@pytest.mark.parametrize(("item", "expected"), [
    # (review r123 near misses, read as before: a numbered treatment or programme item is history, so the earlier
    # category in the item below it is not today's)
    ("2. Current round of chemotherapy is cycle 4 of 6.", "6 -"),
    ("2. Current round of neoadjuvant chemotherapy: cycle 4 of 6, tolerating well.", "6 -"),
    ("2. Current screen is her fifth round.", "6 -"),
    ("2. Current cycle of chemotherapy is 4 of 6.", "6 -"),
    # (review rfinal12 near misses, read as before: "Current <exam>" as a history's sentence, a verb after its words)
    ("2. Current mammogram is the 6-month follow-up.", "6 -"),
    ("2. Current MRI booked 28/04/2026 (high-risk protocol).", "6 -"),
])
def test_numbered_treatment_item_stays_history(item: str, expected: str) -> None:
    assert birads_codes(_NUMBERED_HISTORY.format(item=item)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (review rfinal12 near misses, read as before: the item's earlier category is not today's)
    ("Diagnostic mammogram, RIGHT\nIndication:\n1. Right 10:00 calcifications.\n2. Current mammogram is the 6-month "
     "follow-up; baseline category was BI-RADS 4A.\nFindings: unchanged.\nImpression: BI-RADS 3.", "- 3"),
    ("Note\n1. Background: right breast surveillance.\n2. Current MRI booked 28/04/2026; previous MRI right breast: "
     "BI-RADS 3.\n3. Advice given.", "- -"),
])
def test_numbered_current_sentence_ends_no_history(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ a correction: written with the wrong side

_QUOTED = ('Results of investigations (imaging report reproduced from the referral pack):\n   "Diagnostic mammogram and '
           "ultrasound, 22/04/2026. Right breast 2 o'clock: 52 mm irregular spiculated mass; two abnormal axillary "
           'nodes.\n    IMPRESSION: Right breast mass highly suggestive of malignancy - BI-RADS 5. Other breast: no '
           'abnormality."\n\n')


@pytest.mark.parametrize(("correction", "expected"), [
    # (the batch's wording)
    ("CORRECTION (entered 05/05/2026): The imaging report reproduced above was transcribed with the wrong side. The "
     "mass, the nipple retraction and the abnormal nodes are in the LEFT breast (left 2 o'clock, left axilla), not the "
     "right; the right breast is the breast with no abnormality. Assessment as issued: left breast BI-RADS 5.", "5 -"),
    # (variants: another verb and one finding, "laterality" and the patient's breast under an addendum)
    ("CORRECTION: The report above was typed with the wrong side. The mass is in the LEFT breast, not the right. "
     "Assessment: left breast BI-RADS 5.", "5 -"),
    ("ADDENDUM: The report above was dictated with the wrong laterality. The lesion and the nodes are in the patient's "
     "LEFT breast, not in the right. BI-RADS 5.", "5 -"),
    # (near misses, read as before: no retraction, no wrong side stated, the wrong date, the request's side)
    ("CORRECTION: The report above was transcribed with the wrong side. The mass is in the LEFT breast. Assessment: "
     "left breast BI-RADS 5.", "5 5"),
    ("CORRECTION: The mass is in the LEFT breast, not the right. Assessment: left breast BI-RADS 5.", "5 5"),
    ("CORRECTION: The report above was transcribed with the wrong date. The mass is in the LEFT breast, not the right. "
     "Assessment: left breast BI-RADS 5.", "5 5"),
    ("CORRECTION: The request was sent with the wrong side. The mass is in the LEFT breast, not the right. "
     "Assessment: left breast BI-RADS 5.", "5 5"),
])
def test_wrong_side_correction_moves_the_category(correction: str, expected: str) -> None:
    assert birads_codes(_QUOTED + correction) == expected


_RIGHT_US = "RIGHT BREAST ULTRASOUND 05/03/2026\nFindings: 7 o'clock irregular mass 9 mm.\nImpression: BI-RADS 4B.\n"
_BILATERAL_US = ("BILATERAL BREAST ULTRASOUND 15/03/2026\nFindings: Right 10 o'clock irregular mass 11 mm. Left 3 o'clock "
                 "simple cyst 5 mm.\nImpression: Right breast BI-RADS 4B. Left breast BI-RADS 2.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # (review r123: the report its subject, or no subject after the addendum's label)
    (_RIGHT_US + "ADDENDUM 06/03/2026: This report was dictated with the wrong side. The mass is in the LEFT breast, "
     "not the right.", "4B -"),
    (_RIGHT_US + "ADDENDUM 06/03/2026 (Dr K. Lim): entered with the wrong side. The mass is in the LEFT breast, not "
     "the right.", "4B -"),
    # (near misses, read as before: a question, another document's or one finding's wrong side)
    (_RIGHT_US + "ADDENDUM: The surgeon asked whether the report was typed with the wrong side. The lump is in the left "
     "breast, not the right, on clinical examination; the images are labelled RIGHT and this report stands.", "- 4B"),
    (_RIGHT_US + "ADDENDUM: The clinic queried whether this report was dictated with the wrong side. The mass is in the "
     "left breast, not the right.", "- 4B"),
    (_RIGHT_US + "ADDENDUM: The GP referral letter was typed with the wrong side. The mass is in the left breast, not "
     "the right.", "- 4B"),
    (_RIGHT_US + "ADDENDUM: The 2024 comparison report quoted above was transcribed with the wrong side. The mass is "
     "in the left breast, not the right.", "- 4B"),
    (_RIGHT_US + "ADDENDUM: The 7 o'clock mass was recorded with the wrong side. The mass is in the left breast, not "
     "the right.", "- 4B"),
    # (review rfinal12: a report named by the modality its first line names)
    (_RIGHT_US + "ADDENDUM: The ultrasound report above was recorded with the wrong side. The mass is in the LEFT "
     "breast, not the right.", "4B -"),
    # (review rfinal12 near misses, read as before: a report named by another modality, another exam's)
    (_RIGHT_US + "ADDENDUM: The MRI report was typed with the wrong side. The mass is in the left breast, not the "
     "right.", "- 4B"),
    (_RIGHT_US + "ADDENDUM: The mammogram report was typed with the wrong side. The mass is in the left breast, not "
     "the right.", "- 4B"),
    ("SECOND-LOOK ULTRASOUND - LEFT BREAST - 02/04/2026\nIndication: MRI 25/03/2026 reported a 7 mm enhancing mass at "
     "left 10 o'clock.\nFindings: no mass.\nImpression: No sonographic correlate. BI-RADS 1.\nADDENDUM: The MRI report "
     "was typed with the wrong side. The mass is in the right breast, not the left.", "1 -"),
    # (near misses, read as before: a bilateral report gives the side named a category of its own)
    (_BILATERAL_US + "ADDENDUM: The request was typed with the wrong side. The mass is in the right breast, not the "
     "left.", "2 4B"),
    (_BILATERAL_US + "ADDENDUM: The report was typed with the wrong side. The mass is in the right breast, not the "
     "left.", "2 4B"),
])
def test_wrong_side_correction_of_this_report_only(text: str, expected: str) -> None:
    assert birads_codes(text) == expected


# ------------------------------------------------------------------ a category listed straight after a dated one

_GP = "PMH: HRT since 2021.\n\nBREAST (HRT monitoring): "


@pytest.mark.parametrize(("line", "expected"), [
    # (the batch's wording)
    ('NHS breast screening, last round 2025 (Harrogate): letter states "BI-RADS 1 right, BI-RADS 1 left - no evidence '
     'of cancer." No breast imaging performed here.', "- -"),
    # (variants: the sides the other way round, a past report, sides in parentheses and "and")
    ("Screening mammogram in 2024: BI-RADS 2 left, BI-RADS 1 right.", "- -"),
    ("Her screening in 2025 was reported as BI-RADS 1 right, BI-RADS 1 left.", "- -"),
    ("Screening mammogram in 2024: BI-RADS 2 (left), and BI-RADS 1 (right).", "- -"),
    # (near misses, read as before: the second turned to today, after a semicolon or after other words)
    ("Screening mammogram in 2024: BI-RADS 3 right, BI-RADS 2 left, today.", "2 -"),
    ("Screening mammogram in 2024: BI-RADS 3 right, BI-RADS 2 left, as now.", "2 -"),
    ("Screening mammogram in 2024: BI-RADS 3 right; BI-RADS 2 left.", "2 -"),
    ("Screening mammogram in 2024: BI-RADS 3 right, stable, BI-RADS 2 left.", "2 -"),
    # (review rfinal12: "overall" once both sides are listed)
    ("Outside mammogram 11/2025 reported BI-RADS 0 right, BI-RADS 1 left, BI-RADS 0 overall; recall not performed "
     "there.", "- -"),
    # (review rfinal12 near miss, read as before: "overall" after one side)
    ("Screening mammogram in 2024: BI-RADS 3 right, BI-RADS 2 overall.", "- 2"),
])
def test_category_listed_after_a_dated_one_is_dated(line: str, expected: str) -> None:
    assert birads_codes(_GP + line) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (review r123 near misses, read as before: the dated category names no side, an earlier and today's category of
    # one lesion; or the listed one's clause turns to this exam)
    ("Right breast ultrasound 08/03/2026.\nSummary: in 03/2024 BI-RADS 3, BI-RADS 2 following 24 months of "
     "stability.", "- 2"),
    ("Right breast ultrasound 08/03/2026.\nSummary: in 03/2024 BI-RADS 3, BI-RADS 2 on this examination.", "- 2"),
    ("Right breast ultrasound 08/03/2026.\nSummary: in 03/2024 BI-RADS 3, BI-RADS 2 at the current examination.",
     "- 2"),
    ("Left breast ultrasound 09/03/2026.\nCategory: previously (02/2025) BI-RADS 3, BI-RADS 2 assigned at this visit.",
     "2 -"),
    ("Right breast ultrasound 08/03/2026.\nSummary: in 03/2024 BI-RADS 3 right, BI-RADS 2 right on this "
     "examination.", "- 2"),
    ("Right breast ultrasound 08/03/2026.\nSummary: in 03/2024 BI-RADS 3 right, BI-RADS 2 right following 24 months "
     "of stability.", "- 2"),
    # (review rfinal12 near misses, read as before: the listed category names the dated one's side, an earlier and
    # today's category of one lesion; the dated one's year is the document's own, or a biopsy's)
    ("Right breast ultrasound 08/03/2026.\nSummary: in 02/2024 BI-RADS 3 right, BI-RADS 2 right at 24-month "
     "follow-up.", "- 2"),
    ("Mammogram, bilateral\nImpression: in 09/2025 BI-RADS 3 right, BI-RADS 3 right on the present study. Left: "
     "BI-RADS 1.", "1 3"),
    ("Screening reader notes - 14/03/2026\n2026 round: BI-RADS 1 right, BI-RADS 0 left.", "0 -"),
    ("BILATERAL SCREENING MAMMOGRAM - 05/03/2026\nImpression: Left 1:00 fibroadenoma, biopsy-proven in 2025, unchanged: "
     "BI-RADS 2 left, BI-RADS 1 right. Routine annual screening.", "- 1"),
])
def test_category_after_an_unsided_dated_one_is_todays(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
