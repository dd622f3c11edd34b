"""Pathology rules developed on released batches b123 and b124, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.labels import pathology_codes as labels

_RU_HEAD = ("Translated from Russian (translator's glosses in square brackets).\n"
            "КОНСУЛЬТАТИВНОЕ ЗАКЛЮЧЕНИЕ № 0521                                Дата: 26.02.2026\n\n"
            "Жалобы [Complaints]: a painless lump.\nLeft gland without nodules.\n\n")
_RU_CORE = ("- Трепан-биопсия правой молочной железы под УЗ-контролем (12.02.2026); гистологическое\n"
            "  заключение № 203/26: «Фиброаденома [fibroadenoma]. Атипии нет.»\n")


def test_a_russian_consultation_names_its_side_in_russian() -> None:
    # "правой / левой молочной железы" (right / left mammary gland) in its cases and "справа / слева" give the side
    assert labels(_RU_HEAD + _RU_CORE) == {"L": "-", "R": "B"}
    assert labels(_RU_HEAD + _RU_CORE.replace("правой", "левой")) == {"L": "B", "R": "-"}
    assert labels(_RU_HEAD + "- Секторальная резекция справа: «Фиброаденома [fibroadenoma].»\n") == {"L": "-", "R": "B"}
    assert labels(_RU_HEAD + "Диагноз: Рак левой молочной железы [carcinoma of the left breast].\n") == {
        "L": "M", "R": "-"}
    # near misses: a word that only starts like a side ("правило", "Левин") gives none, the report's English side stays
    assert labels(_RU_HEAD + _RU_CORE.replace("правой молочной железы", "по правилам")) == {"L": "B", "R": "-"}
    assert labels(_RU_HEAD.replace("Left gland", "Right gland") + _RU_CORE.replace("правой", "Левин")) == {
        "L": "-", "R": "B"}
    # "левосторонняя / правосторонняя" (left- / right-sided) in their cases name the side too
    assert labels("Материал: левосторонняя радикальная мастэктомия.\nDiagnosis: Invasive ductal carcinoma, grade 2.") == {
        "L": "M", "R": "-"}
    assert labels("Материал: правосторонняя секторальная резекция.\nDiagnosis: Fibroadenoma.") == {"L": "-", "R": "B"}


_RIGHT_WLE = "Specimen: Right breast, wide local excision.{}\nDiagnosis: Fibroadenoma."


def test_a_russian_adverb_names_a_side_only_after_its_noun() -> None:
    # "справа / слева" (on the right / left) only right after a breast, lesion or operation noun
    assert labels(_RIGHT_WLE.replace("Right breast", "breast").format(" (образование слева)")) == {"L": "B", "R": "-"}
    # near misses (review p123 E01, E02): the blocks' order "слева направо" (left to right) and a gross photo's "Фото:
    # слева - латеральный край" (on the left: the lateral margin) leave the right breast's fibroadenoma on the right
    assert labels(_RIGHT_WLE.format("\nBlocks: A1-A6 serially sectioned слева направо.")) == {"L": "-", "R": "B"}
    assert labels(_RIGHT_WLE.format(" Фото: слева — латеральный край.")) == {"L": "-", "R": "B"}
    assert labels(_RIGHT_WLE.format(" Разрез справа налево.")) == {"L": "-", "R": "B"}


_CYRILLIC_LIST = ("Материал:\nА) правая молочная железа, трепан-биопсия;\nБ) левая молочная железа, трепан-биопсия.\n"
                  "Conclusion:\nA) Fibroadenoma.\nB) Invasive carcinoma of no special type, G2.")


def test_a_cyrillic_lettered_material_list_matches_a_latin_lettered_conclusion() -> None:
    # (review p123 E03) "А) / Б)" (Cyrillic) over a translated "A) / B)" conclusion: each item keeps its part's side
    assert labels(_CYRILLIC_LIST) == {"L": "M", "R": "B"}
    assert labels(_CYRILLIC_LIST.replace("А)", "A)").replace("Б)", "B)")) == {"L": "M", "R": "B"}
    # near miss: a lone Cyrillic "А)" is no list of parts to map; the one part's side is read as before
    assert labels("Материал:\nА) правая молочная железа, трепан-биопсия.\nConclusion:\nA) Fibroadenoma.") == {
        "L": "-", "R": "B"}


def test_a_russian_history_heading_holds_the_earlier_result() -> None:
    # "Анамнез:" (history), unglossed, heads the patient's earlier result as "Anamnesis:" does
    text = (_RU_HEAD + "Анамнез: In 2019 a cyst of the right breast was punctured (cytology - cyst contents).\n"
            "Объективно: right gland nodule.\n\n" + _RU_CORE.replace("правой", "левой"))
    assert labels(text) == {"L": "B", "R": "-"}
    assert labels(text.replace("Анамнез:", "- анамнез:")) == {"L": "B", "R": "-"}
    # near misses: without the heading, or under another Russian line, the cyst stays the right breast's
    assert labels(text.replace("Анамнез: ", "")) == {"L": "B", "R": "B"}
    assert labels(text.replace("Анамнез:", "Осмотр:")) == {"L": "B", "R": "B"}
    # upper-case, numbered, "Анамнез заболевания:" (of the illness) and a line's own "В анамнезе:" (in the history)
    # head it too
    later = "DCIS of the right breast 2021, mastectomy.\nSpecimen: Right breast, core.\nDiagnosis: Fibroadenoma."
    for heading in ("АНАМНЕЗ:", "2. Анамнез:", "Анамнез заболевания:", "В анамнезе:"):
        assert labels(f"{heading} {later}") == {"L": "-", "R": "B"}, heading


def test_a_russian_history_ends_at_the_next_russian_heading() -> None:
    # (review p123 E05-E08) the history ends at the next line headed by a Cyrillic word and a colon, and at an unglossed
    # diagnosis heading run in after its sentence: today's diagnosis below it is read
    history = "Анамнез: mammography 03/2026 - right breast mass 14 mm, BI-RADS 4c.\n"
    diagnosis = "Right breast, core biopsy: Invasive ductal carcinoma NST, grade 2."
    assert labels(history + "Заключение: " + diagnosis) == {"L": "-", "R": "M"}
    assert labels(history + "Диагноз: " + diagnosis) == {"L": "-", "R": "M"}
    assert labels(history + "Патогистологическое заключение: " + diagnosis) == {"L": "-", "R": "M"}
    assert labels(history.replace("Анамнез:", "Anamnesis:") + "Заключение: " + diagnosis) == {"L": "-", "R": "M"}
    assert labels(history.rstrip("\n") + " Заключение: " + diagnosis) == {"L": "-", "R": "M"}
    # near misses: the history's own lines, and a run-in Russian word that is no diagnosis heading, stay history
    assert labels(history + "right breast carcinoma treated 2019.\nSpecimen: Left breast, core.\nDiagnosis: "
                  "Fibroadenoma.") == {"L": "B", "R": "-"}
    assert labels("Анамнез: nodule right breast 12 mm. Объективно: right breast, fibroadenoma 2019.") == {
        "L": "-", "R": "-"}


_BREAST_MET = ('Breast core pathology (verbatim from report PN-26-00904, 02/05/2026):\n"Right breast, 10:00, '
               'ultrasound-guided core biopsy: metastatic clear cell renal cell carcinoma.\nThe tumor cells are '
               'positive for PAX8."\n')


def test_a_breast_specimens_metastasis_from_another_organ_is_the_breasts() -> None:
    # "metastatic [subtype] <organ> carcinoma" on a breast specimen: the organ names the primary, the breast is M
    assert labels(_BREAST_MET) == {"L": "-", "R": "M"}
    assert labels(_BREAST_MET.replace("clear cell renal cell", "renal cell")) == {"L": "-", "R": "M"}
    assert labels(_BREAST_MET.replace("clear cell renal cell carcinoma", "serous ovarian carcinoma")) == {
        "L": "-", "R": "M"}
    # near misses: the kidney's own specimen, a renal carcinoma named without a metastasis word, and a metastasis
    # named far from the organ word stay another organ's
    assert labels(_BREAST_MET.replace("Right breast, 10:00, ultrasound-guided core biopsy",
                                      "Right kidney, partial nephrectomy")) == {"L": "-", "R": "-"}
    assert labels(_BREAST_MET.replace("metastatic clear cell renal", "clear cell renal")) == {"L": "-", "R": "-"}
    assert labels(_BREAST_MET.replace("metastatic clear cell renal", "metastatic, in keeping with the known renal")
                  ) == {"L": "-", "R": "-"}
    # near misses (review p123 E09-E11): only a statement opened by "metastatic" is the breast's; the patient's known
    # disease in an aside after the diagnosis, or a differential, stays another organ's
    core = "Right breast, core biopsy: Fibroadenoma; {} metastatic renal cell carcinoma."
    assert labels(core.format("in a patient with")) == {"L": "-", "R": "B"}
    assert labels(core.format("background of")) == {"L": "-", "R": "B"}
    assert labels("Left breast, core: Atypical cells; differential includes metastatic serous ovarian carcinoma.") == {
        "L": "-", "R": "-"}
    assert labels("Right breast, core biopsy: known metastatic renal cell carcinoma.") == {"L": "-", "R": "-"}


_PAROTID = ('You will recall that in 2021 she had MALT lymphoma; that histology read "Right parotid gland, '
            'superficial parotidectomy: extranodal marginal zone lymphoma of MALT type."\n\n')
_BREAST_LYMPHOMA = ('Histology (quoted from the report):\n"Left breast, 1 o\'clock, ultrasound-guided core biopsy: '
                    'extranodal marginal zone lymphoma involving breast tissue."\n')


def test_a_salivary_gland_specimen_is_another_organ() -> None:
    # "parotid gland" / "parotidectomy" / "submandibular" / "salivary" name another organ's specimen
    assert labels("Diagnoses:\n" + _PAROTID + _BREAST_LYMPHOMA) == {"L": "M", "R": "-"}
    assert labels("Diagnoses:\n" + _PAROTID.replace("Right parotid gland, superficial parotidectomy",
                                                    "Right submandibular gland, excision") + _BREAST_LYMPHOMA) == {
        "L": "M", "R": "-"}
    assert labels("Diagnoses:\n" + _PAROTID.replace("Right parotid gland, superficial", "Right, superficial")) == {
        "L": "-", "R": "-"}
    # near misses: the breast's own specimen, and a right breast specimen named beside the parotid's, stay the breast's
    assert labels("Diagnoses:\n" + _BREAST_LYMPHOMA.replace("Left", "Right")) == {"L": "-", "R": "M"}
    assert labels("Diagnoses:\n" + _BREAST_LYMPHOMA.replace("Left breast", "Right breast (parotid clinic)")) == {
        "L": "-", "R": "M"}


_TRANSPLANT = ("Assessment:\n- Cutaneous BCC completely excised: per our program policy, non-melanoma skin cancer that "
               "is\n  completely excised does not require a waiting period.\n- Right breast core biopsy: sclerosing "
               "adenosis, benign and concordant.\n")


def test_a_non_melanoma_skin_cancer_is_the_skins() -> None:
    # "non-melanoma skin cancer" names a skin cancer's class, no breast's cancer
    assert labels(_TRANSPLANT) == {"L": "-", "R": "B"}
    assert labels(_TRANSPLANT.replace("non-melanoma", "nonmelanoma")) == {"L": "-", "R": "B"}
    assert labels(_TRANSPLANT.replace("non-melanoma", "non melanoma")) == {"L": "-", "R": "B"}
    # near misses: a breast cancer of the skin's region and a plain skin word before the cancer keep the breast's reading
    assert labels(_TRANSPLANT.replace("non-melanoma skin cancer", "breast cancer")) == {"L": "-", "R": "BM"}
    assert labels("Right breast, skin-sparing mastectomy: invasive carcinoma.\n") == {"L": "-", "R": "M"}


def test_a_russian_side_word_of_a_relative_or_a_position_names_no_side() -> None:
    # review pfinal10 E06, narrowed: a line naming a relative ("у матери рак левой молочной железы", the mother's left
    # breast cancer) and "слева / справа от" (to the left / right of) give no side: the English "Right breast" stands
    rel = "Specimen: Right breast, core biopsy.\nСемейный анамнез: у матери рак левой молочной железы.\n"
    assert labels(rel + "Diagnosis: Invasive ductal carcinoma, grade 2.") == {"L": "-", "R": "M"}
    assert labels(rel.replace("Семейный анамнез: у матери", "Жалобы:") + "Diagnosis: Invasive ductal carcinoma.") == {
        "L": "M", "R": "-"}  # (the near miss: no relative on the line, the Russian side word reads)
    assert labels(_RIGHT_WLE.format(" (образование слева от разреза)")) == {"L": "-", "R": "B"}
    assert labels(_RIGHT_WLE.replace("Right breast", "breast").format(" (образование слева)")) == {"L": "B", "R": "-"}


def test_an_unglossed_material_field_ends_at_a_cyrillic_heading() -> None:
    # review pfinal10 E07, narrowed: an unglossed "Материал:" (the specimen) ends at the next line headed by Cyrillic
    # words, so its "Заключение:" (conclusion) line below is read; the material line's own words still name the side
    assert labels("Материал: Left breast core biopsy.\nЗаключение: Invasive ductal carcinoma.") == {"L": "M", "R": "-"}
    assert labels("Материал: Left breast re-excision for DCIS.\nЗаключение: No residual DCIS. Biopsy site changes with "
                  "haemosiderin.") == {"L": "B", "R": "-"}
    assert labels("Материал: левосторонняя радикальная мастэктомия.\nDiagnosis: Invasive ductal carcinoma, grade 2.") == {
        "L": "M", "R": "-"}
