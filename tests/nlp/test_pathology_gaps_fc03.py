"""Review pfinal9's fc03 mended: a clinical-information field with text on its own line ("Renseignements cliniques :
nodule du sein droit de 14 mm, ACR 4.") goes on over the lines it introduces, so an earlier report's conclusion
recalled on the line below it stays history, as under the field alone on its line. Variants of fc03's wording (other
languages' clinical headings, an indented line, a wrapped line, two recalled conclusions) and near misses that keep
their reading: this report's own conclusion or diagnosis heading right after the field, a diagnosis line after a
field with text on its line, the supplemented report's own conclusion of the other breast after a blank line. After
review gaps: near misses of the narrowed rule (only a line with its own sign of being recalled, or one going on with it,
stays history) and of the excision-site landmark's clause (over a soft line wrap and an aside between commas). After
review pfinal10: near misses of the narrowed recall signs (today's date or accession alone, "as above") and of the
landmark's bridge (never over ", and the")."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

_FR_TOP = ("Laboratoire de pathologie Saint-Exupéry\n"
           "COMPLÉMENT du 02/04/2026 au compte rendu H26-0901\n")
_FR_FIELD = "Renseignements cliniques : nodule du sein droit de 14 mm, ACR 4.\n"
_FR_RECALLED = ("Compte rendu initial H23-0412 (10/05/2023), conclusion : carcinome lobulaire infiltrant du sein gauche, "
                "traité par mastectomie.\n")
_FR_TAIL = ("\n"
            "Après recoupes et étude immunohistochimique (p63, CK5/6) de la microbiopsie du sein droit :\n"
            "Conclusion : Sein droit, microbiopsie : papillome intracanalaire sans atypie.\n"
            "Dr C. Lenoir\n")

CASES = [
    # fc03's wording under other languages' clinical-information headings
    pytest.param(("Saint-Exupery Pathology Laboratory\n"
                  "ADDENDUM 02/04/2026 to report H26-0901\n"
                  "Clinical information: right breast nodule 14 mm, U4.\n"
                  "Previous report H23-0412 (10/05/2023), conclusion: invasive lobular carcinoma of the left breast, "
                  "treated by mastectomy.\n"
                  "\n"
                  "Conclusion: Right breast, core biopsy: intraductal papilloma without atypia.\n"
                  "Dr C. Lenoir\n"),
                 {"L": "-", "R": "B"}, id="english"),
    pytest.param(("Anatomia Patologica Ospedale San Carlo\n"
                  "Referto H26-0901 del 02/04/2026\n"
                  "Indicazioni cliniche: nodulo della mammella destra di 14 mm, U4.\n"
                  "Referto precedente H23-0412 (10/05/2023), conclusione: carcinoma lobulare infiltrante della "
                  "mammella sinistra, trattato con mastectomia.\n"
                  "\n"
                  "Diagnosi: Mammella destra, agobiopsia: papilloma intraduttale senza atipie.\n"
                  "Dr C. Lenoir\n"),
                 {"L": "-", "R": "B"}, id="italian"),
    pytest.param(("Laboratório de Anatomia Patológica\n"
                  "Laudo H26-0901 de 02/04/2026\n"
                  "Informação clínica: nódulo da mama direita de 14 mm, BI-RADS 4.\n"
                  "Laudo anterior H23-0412 (10/05/2023), conclusão: carcinoma lobular invasivo da mama esquerda, "
                  "tratado com mastectomia.\n"
                  "\n"
                  "Conclusão: Mama direita, biópsia por agulha grossa: papiloma intraductal sem atipia.\n"
                  "Dr C. Lenoir\n"),
                 {"L": "-", "R": "B"}, id="portuguese"),
    pytest.param(("Institut für Pathologie\n"
                  "Befund H26-0901 vom 02.04.2026\n"
                  "Klinische Angaben: Herdbefund der rechten Brust, 14 mm, BI-RADS 4.\n"
                  "Vorbefund H23-0412 (10.05.2023), Beurteilung: invasives lobuläres Karzinom der linken Brust, mit "
                  "Mastektomie behandelt.\n"
                  "\n"
                  "Beurteilung: Rechte Brust, Stanzbiopsie: intraduktales Papillom ohne Atypien.\n"
                  "Dr C. Lenoir\n"),
                 {"L": "-", "R": "B"}, id="german"),
    # the recalled conclusion indented under the field, and wrapped over two lines
    pytest.param(_FR_TOP + _FR_FIELD + "    " + _FR_RECALLED + _FR_TAIL, {"L": "-", "R": "B"}, id="indented"),
    pytest.param(_FR_TOP + _FR_FIELD
                 + ("Compte rendu initial H23-0412 (10/05/2023), conclusion : carcinome lobulaire\n"
                    "infiltrant du sein gauche, traité par mastectomie.\n") + _FR_TAIL,
                 {"L": "-", "R": "B"}, id="wrapped"),
    # two earlier reports' conclusions recalled, one a line
    pytest.param(_FR_TOP + _FR_FIELD + _FR_RECALLED
                 + "Compte rendu initial H24-1187 (03/09/2024), conclusion : carcinome canalaire in situ du sein "
                   "gauche, berges saines.\n" + _FR_TAIL,
                 {"L": "-", "R": "B"}, id="two-recalled"),
    # near misses: this report's own conclusion right after the field
    pytest.param(_FR_TOP + _FR_FIELD
                 + "Conclusion : Sein droit, microbiopsie : carcinome canalaire infiltrant de grade 2.\n"
                 + "Dr C. Lenoir\n",
                 {"L": "-", "R": "M"}, id="own-conclusion-next"),
    # ... a diagnosis heading on the next line
    pytest.param(("Saint-Exupery Pathology Laboratory\n"
                  "Clinical information: right breast nodule 14 mm, U4.\n"
                  "Diagnosis: Right breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
                  "Dr C. Lenoir\n"),
                 {"L": "-", "R": "M"}, id="diagnosis-heading-next"),
    # ... a diagnosis line under a field with text on its line, a diagnosis heading below (and with none)
    pytest.param(("Laboratoire de pathologie Saint-Exupéry\n"
                  "Renseignements cliniques : nodule du sein droit de 14 mm, ACR 4.\n"
                  "Sein droit, microbiopsie : carcinome canalaire infiltrant de grade 2.\n"
                  "\n"
                  "Conclusion : grade histopronostique SBR 2, récepteurs hormonaux à venir.\n"
                  "Dr C. Lenoir\n"),
                 {"L": "-", "R": "M"}, id="diagnosis-line-next"),
    pytest.param(("Saint-Exupery Pathology Laboratory\n"
                  "Clinical information: right breast nodule 14 mm, U4.\n"
                  "Right breast, core biopsy: invasive ductal carcinoma, grade 2.\n"
                  "Dr C. Lenoir\n"),
                 {"L": "-", "R": "M"}, id="diagnosis-line-no-heading"),
    # ... a field of its own below the field, today's result on its line ("Clinical suspicion:" is no history heading)
    pytest.param(("Saint-Exupery Pathology Laboratory\n"
                  "Clinical information: left breast mass, 4 months.\n"
                  "Clinical suspicion: left breast carcinoma. Core biopsy shows invasive ductal carcinoma.\n"
                  "\n"
                  "Diagnosis: see above; ER and PR to follow.\n"),
                 {"L": "M", "R": "-"}, id="field-of-its-own-next"),
    # ... the supplemented report's own conclusion of the other breast, after a blank line
    pytest.param(_FR_TOP + _FR_FIELD + "\n"
                 + "Compte rendu initial H26-0901 (26/03/2026), conclusion : carcinome lobulaire infiltrant du sein "
                   "gauche.\n" + _FR_TAIL,
                 {"L": "M", "R": "B"}, id="first-report-other-breast"),
    # review gaps, rule 1 narrowed: only a line with its own sign of being recalled (an accession number, a date or
    # year before its colon or in its lead-in, "Previous", "Known", ...) or one going on with it stays history; the
    # report's own result line under the field is read: an abbreviated side and a clock, an English specimen opening,
    # an indented core biopsy line with no diagnosis heading, a result line straight above the diagnosis heading
    pytest.param(("BREAST SCREENING PATHOLOGY\n"
                  "Clinical details: masses on screening\n"
                  "L 3 o'clock core: fibroadenoma (B2).\n"
                  "Diagnosis: Right breast core: invasive ductal carcinoma.\n"),
                 {"L": "B", "R": "M"}, id="abbreviated-side-line"),
    pytest.param(("Clinical details: L breast mass.\n"
                  "Wide local excision, left: invasive lobular carcinoma, 17 mm.\n"
                  "Diagnosis: as above.\n"),
                 {"L": "M", "R": "-"}, id="specimen-line-wle"),
    pytest.param(("Clinical information: R mass.\n"
                  "Mastectomy, right: residual invasive carcinoma, 6 mm.\n"
                  "Final diagnosis: see above.\n"),
                 {"L": "-", "R": "M"}, id="specimen-line-mastectomy"),
    pytest.param(("Clinical details: lump L breast\n"
                  "  Core biopsy, left breast: invasive ductal carcinoma, grade 2.\n"),
                 {"L": "M", "R": "-"}, id="indented-specimen-line"),
    pytest.param(("Clinical information: lump L breast 2 o'clock, U5\n"
                  "Invasive ductal carcinoma (NST), grade 2, in 3 of 3 cores.\n"
                  "Diagnosis: as above. B5b.\n"),
                 {"L": "M", "R": "-"}, id="result-line-above-diagnosis"),
    # ... "Indicazioni cliniche:" (history only since fc03): its own paragraph's unsided result line is read
    pytest.param(("Anatomia Patologica\n"
                  "Indicazioni cliniche: nodulo mammella sinistra, U5.\n"
                  "Carcinoma duttale infiltrante, G2, in 3 frustoli.\n"
                  "Diagnosi: mammella sinistra, agobiopsia: vedi sopra.\n"),
                 {"L": "M", "R": "-"}, id="indicazioni-result-line"),
    # ... while a recalled line with a recall word alone, and the field's own sentence wrapped, stay history
    pytest.param(("Clinical information: right breast mass 11 mm.\n"
                  "Known left breast DCIS, excised 2019.\n"
                  "Diagnosis: Right breast core: fibroadenoma (B2).\n"),
                 {"L": "-", "R": "B"}, id="known-recalled-line"),
    pytest.param(("Clinical information: right breast mass, suspicious\n"
                  "for carcinoma on imaging.\n"
                  "Diagnosis: Right breast core: fibroadenoma (B2).\n"),
                 {"L": "-", "R": "B"}, id="own-sentence-wrapped"),
    # review gaps, rule 2 narrowed: the previous excision site's landmark clause goes over a soft line wrap (after "of
    # the", "abutting the") and over an aside between commas ("adjacent to, but not within, the"), so the site stays a
    # landmark there; a line end after a size, and an aside with no landmark word, still open a finding's clause
    pytest.param("Diagnosis: Right breast re-excision: DCIS within 2 mm of the\nprevious excision site.\n",
                 {"L": "-", "R": "M"}, id="landmark-wrapped-of-the"),
    pytest.param("Diagnosis: Left breast re-excision: residual DCIS abutting the\nprior excision site.\n",
                 {"L": "M", "R": "-"}, id="landmark-wrapped-abutting"),
    pytest.param("Diagnosis: Left breast re-excision: DCIS adjacent to, but not within, the previous excision site.\n",
                 {"L": "M", "R": "-"}, id="landmark-commas"),
    pytest.param(("Diagnosis: Left breast re-excision: residual DCIS extending to within 1 mm, at the deep aspect, of "
                  "the previous excision site.\n"),
                 {"L": "M", "R": "-"}, id="landmark-aside"),
    pytest.param(("Diagnosis: Left re-excision, anterior shave 10 mm\n"
                  "previous excision site with fat necrosis; no residual DCIS\n"),
                 {"L": "B", "R": "-"}, id="site-after-size-line"),
    pytest.param(("Diagnosis: Left breast re-excision: sections show, at the deep aspect, the previous excision site "
                  "with fat necrosis. No residual DCIS.\n"),
                 {"L": "B", "R": "-"}, id="site-after-aside"),
    # review pfinal10, narrowed: the report's own result line with today's sample date, today's accession or this
    # round's year is no recalled line (a date or year counts only where earlier than the report's own, an accession
    # only with a recall word), and a diagnosis heading's "as above" points back to the line above it; an earlier
    # year, a recall word ending the line above, and "Antécédent" still recall
    pytest.param(("Clinical information: lump L breast 2 o'clock, U5, 22 mm\n"
                  "  Core 12/03/2026: invasive ductal carcinoma, grade 2.\n"
                  "Comment: ER/PR/HER2 to follow.\n"),
                 {"L": "M", "R": "-"}, id="own-sample-date"),
    pytest.param(("Clinical information: right breast mass 4 o'clock, 2 cm.\n"
                  "S26-04512 A: invasive lobular carcinoma, classic type.\n"
                  "Diagnosis: Right breast, core biopsy (S26-04512 A): as above.\n"),
                 {"L": "-", "R": "M"}, id="own-accession"),
    pytest.param(("Clinical information: right breast mass 4 o'clock, 2 cm, reported 12/03/2026.\n"
                  "  Core 14/02/2025: left breast invasive ductal carcinoma, treated.\n"
                  "Diagnosis: Right breast, core biopsy: fibroadenoma (B2).\n"),
                 {"L": "-", "R": "B"}, id="earlier-date-recalled"),
    pytest.param(("Clinical data: Surveillance, left breast. Previous report\n"
                  "S24-1187 dated 02/05/2024: invasive ductal carcinoma, left breast.\n"
                  "Diagnosis:\nRight breast core: fibroadenoma (B2).\n"),
                 {"L": "-", "R": "B"}, id="recall-word-above"),
    pytest.param(("Renseignements cliniques : nodule du sein droit, 8 mm.\n"
                  "Antécédent de tumorectomie gauche 2016 pour carcinome canalaire infiltrant.\n"
                  "Conclusion :\nSein droit, microbiopsie : fibroadénome.\n"),
                 {"L": "-", "R": "B"}, id="antecedent-recalled"),
    # ... the landmark's aside bridge never crosses ", and the" (a coordination's new clause)
    pytest.param(("Diagnosis: Right breast re-excision: no residual carcinoma. Closest margin 4 mm, and the\n"
                  "previous excision site shows fat necrosis.\n"),
                 {"L": "-", "R": "B"}, id="landmark-not-over-and"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fc03_gap_reads_as_labelled(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
