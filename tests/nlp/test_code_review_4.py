"""Code review 4, narrowed to labels: a category name's adverb is part of the name, which must still close the item
past a long glossed aside; a CRLF line's gloss of its UK score reads as with "\\n"; the gate before the French
"<tumour> de l'<organ>" rule admits every spacing the rule reads."""
import pytest

from tests.nlp.labels import birads_codes, pathology_codes

_US = "Bilateral breast ultrasound\nConclusion:\n"
# an aside longer than a plain one: original words and their English gloss closing it
_LONG = ("masa irregular de 21 mm con bordes angulados y sombra acústica posterior, sin calcificaciones "
         "[irregular 21 mm mass, angular margins, shadowing]")


@pytest.mark.parametrize(("text", "codes"), [
    # (the adverb and the name close the item: a category)
    (_US + f"BI-RADS: left 5 ({_LONG}), right 2 probably benign.", "5 2"),
    (_US + f"BI-RADS: left 5 ({_LONG}), right 4 highly suspicious, biopsy.", "5 4"),
    (_US + f"BI-RADS: left 5 ({_LONG}), right 1 negative.", "5 1"),
    # (an adverb before other words counts or describes something else: no category)
    (_US + f"BI-RADS: left 5 ({_LONG}), right 2 highly vascular nodes seen.", "5 -"),
    (_US + f"BI-RADS: left 5 ({_LONG}), right 2 probably reactive nodes.", "5 -"),
    (_US + f"BI-RADS: left 5 ({_LONG}), right 2 benign cysts.", "5 -"),
])
def test_a_category_name_after_a_long_glossed_aside_closes_its_item_adverb_or_not(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


_SCORES = "Breast ultrasound\nConclusion:\n"


@pytest.mark.parametrize("text", [
    _SCORES + "L U3 - probable fibroadenoma; surveillance.\n(BI-RADS equivalent 3)\n",
    _SCORES + "L U2 - simple cyst.\n(BI-RADS 4B)\n",
    _SCORES + "L U3 - probable fibroadenoma; surveillance. R U1.\n(BI-RADS 3)\n",
    _SCORES + "R U4 - irregular solid mass. Biopsy arranged.\n(BI-RADS 4B)\n",
])
def test_a_crlf_gloss_line_reads_as_with_a_newline(text: str) -> None:
    assert birads_codes(text.replace("\n", "\r\n")) == birads_codes(text)


@pytest.mark.parametrize(("text", "codes"), [
    ("Fibroadenoma de l'ovaire gauche.\n", {"L": "-", "R": "-"}),
    ("Fibroadenoma de  l'ovaire gauche.\n", {"L": "-", "R": "-"}),
    ("Fibroadenoma du\tpoumon gauche.\n", {"L": "-", "R": "-"}),
    ("Fibroadenoma du  poumon gauche.\n", {"L": "-", "R": "-"}),
    # (near misses: the breast named after the same words stays the breast's, whatever the spacing)
    ("Fibroadenoma du  sein gauche.\n", {"L": "B", "R": "-"}),
    ("Carcinome canalaire infiltrant du\tsein gauche.\n", {"L": "M", "R": "-"}),
    ("Fibroadenoma de  la glande mammaire gauche.\n", {"L": "B", "R": "-"}),
])
def test_the_french_organ_rule_reads_any_spacing_alike(text: str, codes: dict[str, str]) -> None:
    assert pathology_codes(text) == codes
