"""The lexicon: categories per the paper's lists, misspelling expansion."""

from __future__ import annotations

from nlp.lexicon import (
    BENIGN,
    MALIGNANT,
    OTHER,
    abbreviation_table,
    category_of,
    expand_misspellings,
    phrase_table,
)


def test_paper_lists() -> None:
    table = phrase_table()
    for term in ("invasive ductal carcinoma", "invasive lobular carcinoma", "tubular carcinoma", "mucinous carcinoma",
                 "cribriform carcinoma", "inflammatory carcinoma", "intraductal papillary carcinoma",
                 "microinvasive carcinoma", "ductal carcinoma in situ", "lymphoma", "phyllodes tumor"):
        assert table[term][1] == MALIGNANT, term
    for term in ("cyst", "fibroadenoma", "scar", "sclerosing adenosis", "lobular carcinoma in situ",
                 "columnar cell changes", "atypical lobular hyperplasia", "atypical ductal hyperplasia", "papilloma",
                 "periductal mastitis", "usual ductal hyperplasia"):
        assert table[term][1] == BENIGN, term
    for term in ("fibrocystic changes", "fat necrosis", "benign breast tissue", "lymph node"):
        assert table[term][1] == OTHER, term


def test_abbreviations() -> None:
    abbr = abbreviation_table()
    assert abbr["FA"] == ("fibroadenoma", BENIGN)
    assert abbr["DCIS"] == ("ductal carcinoma in situ", MALIGNANT)
    assert abbr["LCIS"][1] == BENIGN
    assert category_of("papilloma") == BENIGN


def test_one_typo_per_variant() -> None:
    variants = expand_misspellings("invasive ductal carcinoma")
    assert variants[0] == "invasive ductal carcinoma"
    assert "invasive ductal carcinmoa" in variants and "invsive ductal carcinoma" in variants
    assert "invsive ductal carcinmoa" not in variants
