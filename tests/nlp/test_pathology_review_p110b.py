"""Review p110b of the b110 pathology rules: every confirmed over-reach reads its right label (rule 4 withdrawn, so
its texts read as before b110; rules 2 and 7 narrowed), plus near misses of the narrowed rules. Texts as written in
the review."""

from __future__ import annotations

import pytest

from tests.nlp.test_pathology import labels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a2_06: rule 2: the descriptor's breast operation after a semicolon keeps the specimen the breast's
        ('Conclusion: Ganglion sentinelle droit; tumorectomie droite: carcinome canalaire infiltrant, 12 '
         'mm.\n',
         {"L": "-", "R": "M"}),
        # a7_03: rule 7: the erratum's next clause says it concerns the request form
        ('Conclusion: Left breast, sectoral resection: invasive ductal carcinoma.\n'
         'Erratum: где написано «левая [left]», следует читать «ПРАВАЯ [RIGHT]»; исправление касается '
         'направления [the correction concerns the request form].\n',
         {"L": "M", "R": "-"}),
        # a7_04: rule 7: its next sentence says so
        ('Conclusion: Left breast, sectoral resection: invasive ductal carcinoma.\n'
         'Erratum: где написано «левая [left]», следует читать «ПРАВАЯ [RIGHT]». This concerns the '
         'request form only.\n',
         {"L": "M", "R": "-"}),
        # a4_01: rule 4 withdrawn: the sending institution's conclusion with an agreement after it reads as before b110
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma, grade 2.\n'
         'I agree.\n',
         {"L": "-", "R": "M"}),
        # a4_02: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma, grade 2.\n'
         'Agree.\n',
         {"L": "-", "R": "M"}),
        # b4_01: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma.\n'
         'Concur.\n',
         {"L": "-", "R": "M"}),
        # b4_03: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma.\n'
         'Agreed.\n',
         {"L": "-", "R": "M"}),
        # b4_04: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma.\n'
         'We agree with the above.\n',
         {"L": "-", "R": "M"}),
        # b4_05: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma.\n'
         'Our review: we agree.\n',
         {"L": "-", "R": "M"}),
        # a4_17: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma.\n'
         '\n'
         'Opinion: we agree.\n',
         {"L": "-", "R": "M"}),
        # b4_14: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma.\n'
         "Pathologist's opinion: I concur.\n",
         {"L": "-", "R": "M"}),
        # a4_05: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma, grade 2.\n'
         'Conclusion on review: we agree.\n',
         {"L": "-", "R": "M"}),
        # a4_03: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma, grade 2.\n'
         'We agree with the sending institution.\n',
         {"L": "-", "R": "M"}),
        # b4_06: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma.\n'
         'We agree with the diagnosis of the sending institution.\n',
         {"L": "-", "R": "M"}),
        # a4_19: rule 4 withdrawn
        ('Conclusion of the sending hospital: Left breast, core: invasive ductal carcinoma.\n'
         'We agree with the outside diagnosis of the sending hospital.\n',
         {"L": "M", "R": "-"}),
        # b4_10: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma.\n'
         'The slides were reviewed and we agree.\n',
         {"L": "-", "R": "M"}),
        # a4_04: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma, grade 2. '
         'We agree.\n',
         {"L": "-", "R": "M"}),
        # a4_08: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma, grade 2.\n'
         'We agree with the outside diagnosis; the tumour is grade 2.\n',
         {"L": "-", "R": "M"}),
        # b4_13: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma.\n'
         'Review: we agree with the outside diagnosis. ER and PR will be repeated here.\n',
         {"L": "-", "R": "M"}),
        # b4_07: rule 4 withdrawn
        ('Conclusion of the sending institution: Right breast, core: invasive ductal carcinoma.\n'
         'We agree, except that the grade is 3.\n',
         {"L": "-", "R": "M"}),
        # a4_07: rule 4 withdrawn
        ('Conclusion of the sending institution, with which we agree: Left breast, core: invasive '
         'lobular carcinoma.\n',
         {"L": "M", "R": "-"}),
        # a4_06: rule 4 withdrawn
        ('Conclusion of the referring hospital (confirmed on our review): Left breast, excision: ductal '
         'carcinoma in situ, 15 mm.\n',
         {"L": "M", "R": "-"}),
    ],
)
def test_confirmed_over_reaches_read_right(text: str, expected: dict[str, str]) -> None:
    assert labels(text) == expected


_RESECTION = "Conclusion: Left breast, sectoral resection: invasive ductal carcinoma.\n"
_ERRATUM = "Erratum: где написано «левая [left]», следует читать «ПРАВАЯ [RIGHT]»"


def test_near_misses_of_the_narrowed_russian_erratum() -> None:
    # an erratum that ends at its quote, or goes on with a sentence that names no other document, still moves the side
    assert labels(_RESECTION + _ERRATUM + "\n") == {"L": "-", "R": "M"}
    assert labels(_RESECTION + _ERRATUM + ". Заключение в остальном без изменений [The conclusion is otherwise "
                  "unchanged].\n") == {"L": "-", "R": "M"}
    # a request form named only two sentences on, or on the next line, is not what the erratum concerns
    assert labels(_RESECTION + _ERRATUM + ". Signed 20.03.2026. Request form received 18.03.2026.\n") == {
        "L": "-", "R": "M"}
    assert labels(_RESECTION + _ERRATUM + ".\nRequest form: right breast lump.\n") == {"L": "-", "R": "M"}
    # the other document named after a semicolon moves nothing
    assert labels(_RESECTION + _ERRATUM + "; see the referral form.\n") == {"L": "M", "R": "-"}


def test_near_misses_of_the_narrowed_french_node_descriptor() -> None:
    # node words on both sides of the semicolon, or a metastasis after it, keep the specimen a node's
    assert labels("Conclusion: Ganglion sentinelle droit; curage axillaire droit: métastase d'un carcinome canalaire "
                  "(2/12).\n") == {"L": "-", "R": "-"}
    assert labels("Conclusion: Ganglion sentinelle droit; métastase d'un carcinome canalaire (1/2).\n") == {
        "L": "-", "R": "-"}
    assert labels("Conclusion: Ganglion axillaire gauche: métastase ganglionnaire d'un carcinome canalaire.\n") == {
        "L": "-", "R": "-"}
