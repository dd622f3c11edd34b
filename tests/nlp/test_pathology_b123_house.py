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


def test_a_russian_history_heading_holds_the_earlier_result() -> None:
    # "Анамнез:" (history), unglossed, heads the patient's earlier result as "Anamnesis:" does
    text = (_RU_HEAD + "Анамнез: In 2019 a cyst of the right breast was punctured (cytology - cyst contents).\n"
            "Объективно: right gland nodule.\n\n" + _RU_CORE.replace("правой", "левой"))
    assert labels(text) == {"L": "B", "R": "-"}
    assert labels(text.replace("Анамнез:", "- анамнез:")) == {"L": "B", "R": "-"}
    # near misses: without the heading, or under another Russian line, the cyst stays the right breast's
    assert labels(text.replace("Анамнез: ", "")) == {"L": "B", "R": "B"}
    assert labels(text.replace("Анамнез:", "Осмотр:")) == {"L": "B", "R": "B"}


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
