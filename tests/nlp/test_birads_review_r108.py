"""Reviews r108 and r108b of the b108 rules, narrowed to what tells them apart.

A side list past a long aside (a translation's original words glossed in square brackets) goes on only where the next
side's number ends its item: "derecha 1.", "right 2 - benign", "right 1 -- negative", "right 1: negative", "derecha 1
negativo.", "L 5 R 1"; a count, an interval, a size range, a decimal comma or a list of clock times after the side word
("Right 2 simple cysts", "right 6-month follow-up", "Right 2 nd look", "derecha 1,5 cm", "Right 2, 3 and 5 o'clock") is
no category. After a plain aside the list reads as it did before b108 (review r108b).

The b108 rule that let a terse "Known:" / "Prior:" line dating only a diagnosis head its own line was withdrawn after
review r108b: the lines below such a line read as before, whatever they tell (an earlier exam's account, a category
given at diagnosis, before treatment, at presentation).
"""
import pytest

from tests.nlp.labels import birads_codes

_US = "Bilateral breast ultrasound\nConclusion:\n"
_ECO = "Ecografía mamaria bilateral\nConclusión:\n"
_PTH = "Ultrassonografia mamária bilateral\nConclusão:\n"
_FRH = "Échographie mammaire bilatérale\nConclusion :\n"
# an aside longer than a plain one: original words (up to 100 characters) and their English gloss closing it
_LONG = ("masa irregular de 21 mm con bordes angulados y sombra acústica posterior, sin calcificaciones "
         "[irregular 21 mm mass, angular margins, shadowing]")
_FR_LONG = ("masse irrégulière de 19 mm du quadrant inféro-externe, contours anguleux, atténuation postérieure "
            "[irregular 19 mm LOQ mass, angular, shadowing]")
_CYST = ("quiste de 11 mm con tabique fino y contenido ecogénico en declive, sin flujo al Doppler "
         "[11 mm septated cyst, dependent echoes, avascular]")


def test_the_asides_are_longer_than_a_plain_aside() -> None:
    assert len(_LONG) > 100 and len(_CYST) > 100 and len(_FR_LONG) > 100


# ------------------------------------------------------------------ a side list past a long glossed aside


@pytest.mark.parametrize(("text", "codes"), [
    (_ECO + f"Categoría BI-RADS: derecha 4C ({_LONG}), izquierda 1.", "1 4C"),
    (_US + f"BI-RADS: left 5 ({_LONG}) / right 2.", "5 2"),
    (_US + f"BI-RADS: left 5 ({_LONG}); R 1", "5 1"),
    (_US + f"BI-RADS: left 3 ({_CYST}), right 2 (quistes simples [simple cysts]).", "3 2"),
    (_US + f"BI-RADS: right 4B ({_LONG}), left 1 - negative.", "1 4B"),
    # (review r108b: the category's own name, a double dash, a colon or a CRLF line end after the number)
    (_ECO + f"Categoría BI-RADS: izquierda 4C ({_LONG}), derecha 1 negativa.", "4C 1"),
    (_US + f"BI-RADS: left 5 ({_LONG}), right 2 benign.", "5 2"),
    (_US + f"BI-RADS: left 5 ({_LONG}). Right 1 -- Negative.", "5 1"),
    (_US + f"BI-RADS: right 4A ({_LONG}), left 2: benign.", "2 4A"),
    (_US + f"BI-RADS: left 5 ({_LONG}),\r\nright 1\r\n", "5 1"),
    (_FRH + f"Classification BI-RADS : gauche 5 ({_FR_LONG}) ; droite 2 bénigne.", "5 2"),
])
def test_the_next_side_ending_its_item_is_read(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (a count of findings after the side word)
    (_US + f"BI-RADS: left 5 ({_LONG}). Right 3 small simple cysts, no action.", "5 -"),
    (_US + f"BI-RADS: left 5 ({_LONG}). Right 2 cysts were drained in 2023.", "5 -"),
    (_US + f"BI-RADS: left 5 ({_LONG}), right 1 marker clip at the old lumpectomy site.", "5 -"),
    (_US + f"BI-RADS: left 5 ({_LONG}).\nRight 2 earlier core biopsies, both fibroadenoma.", "5 -"),
    (_ECO + f"Categoría BI-RADS: izquierda 5 ({_LONG}). Derecha 3 quistes pequeños.", "5 -"),
    # (a size range, the breast's quadrants, views)
    (_US + f"BI-RADS: left 5 ({_LONG}). Right 3-4 mm cysts.", "5 -"),
    (_US + f"BI-RADS: left 5 ({_LONG}); right 4 quadrants examined, unremarkable.", "5 -"),
    (_US + f"BI-RADS: left 4B ({_LONG}). Right 2 extra views taken for motion.", "4B -"),
    # (an interval or a rank)
    (_US + f"BI-RADS: left 3 ({_CYST}), right 6-month check also suggested.", "3 -"),
    (_US + f"BI-RADS: left 3 ({_CYST}). Right 1 year review.", "3 -"),
    (_US + f"BI-RADS: left 5 ({_LONG}). Right 2 nd look ultrasound suggested.", "5 -"),
    # (a size or a clock time, as before)
    (_US + f"BI-RADS: left 5 ({_LONG}), right 3 cm lipoma.", "5 -"),
    (_US + f"BI-RADS: left 5 ({_LONG}). Right 11 o'clock: no lesion.", "5 -"),
    # (review r108b: a decimal comma, a list of clock times, a name that counts findings)
    (_ECO + f"Categoría BI-RADS: izquierda 4B ({_LONG}), derecha 2,5 cm quiste simple.", "4B -"),
    (_FRH + f"Classification BI-RADS : gauche 5 ({_FR_LONG}), droite 1,8 cm kyste simple.", "5 -"),
    (_US + f"BI-RADS: left 5 ({_LONG}). Right 1, 4 and 7 o'clock cysts, all simple.", "5 -"),
    (_US + f"BI-RADS: left 5 ({_LONG}). Right 2 benign cysts, no action.", "5 -"),
])
def test_a_count_size_interval_or_rank_after_the_side_is_no_category(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a side list past a plain aside, as before b108


@pytest.mark.parametrize(("text", "codes"), [
    # (review r108b: the category's name after the number, in the translated hospitals' words too)
    (_ECO + "Categoría BI-RADS: derecha 5 (nódulo irregular de 14 mm), izquierda 1 negativa.", "1 5"),
    (_ECO + "Categoría BI-RADS: izquierda 4B (nódulo de 8 mm), derecha 2 benigno.", "4B 2"),
    (_PTH + "Categoria BI-RADS: esquerda 4A (nódulo de 6 mm), direita 2 benigno.", "4A 2"),
    (_FRH + "Classification BI-RADS : gauche 4B (masse ovale), droite 2 bénigne.", "4B 2"),
    (_FRH + "Classification BI-RADS : gauche 3 (kyste compliqué probable) ; droite 1 normale.", "3 1"),
    # (a double dash or a colon before the name, CRLF line ends)
    (_US + "BI-RADS: Right 5 (irregular mass) -- Highly suggestive. Left 1 -- Negative.", "1 5"),
    (_US + "BI-RADS: left 4A (small oval mass), right 2: benign.", "4A 2"),
    (_US + "BI-RADS: right 5 (spiculated mass),\r\nleft 1\r\n", "1 5"),
])
def test_a_side_list_past_a_plain_aside_reads_as_before(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a terse "Known:" line dating a diagnosis only


@pytest.mark.parametrize(("text", "codes"), [
    # (the known line names the exam that the diagnosis date also dates)
    ("US L\nKnown: L IDC dx 02/2026 on US BI-RADS 5, core.\nThat US showed L 3:00 mass 22 mm, BIRADS 5 L.\n"
     "Core 3:00: IDC.", "- -"),
    ("US L\nKnown: L IDC dx 02/2026 on US BI-RADS 5, core.\nOn that US, L 3:00 mass 22mm, 1 node.\nBIRADS 5 L.", "- -"),
    ("US R\nKnown: R IDC dx 02/2026 on US BI-RADS 5, core.\nR 10:00 mass 24mm on that scan, BIRADS 5.\n"
     "R 10:00 mass now 15mm.", "- -"),
    ("US L\nKnown: L IDC dx 02/2026 on US BI-RADS 5, core.\nBI-RADS 5 L (before treatment).", "- -"),
    ("US L\nKnown: L IDC, dx 03/2025 mammo + core.\nL 3:00 mass 22 mm, BIRADS 5.\nR neg.", "- -"),
    ("US R\nPrior: R IDC dx 2023 (US and mammo that week).\nR 10:00 mass 24 mm, BIRADS 5.", "- -"),
    # (... or a category)
    ("US R\nKnown: R IDC dx 01/2026 (BIRADS 5 then).\nR 10:00 mass 24 mm, BIRADS 5.", "- -"),
    # (the line below is an earlier exam's account)
    ("MRI R\nKnown: R IDC dx 12/2025.\nOutside mammogram showed R 10:00 mass 16 mm, BIRADS 4C.\nPt here for staging.",
     "- -"),
    ("US R\nKnown: R IDC dx 12/2025.\nUS (at dx) R 10:00 mass 24mm BIRADS 5.\nR 10:00 mass 18mm.", "- -"),
    ("US R\nKnown: R IDC dx 12/2025.\nMRI 01/26: R 10:00 mass 30mm.\nBIRADS 6 R.", "- -"),
    # (review r108b: an exam word of another form, or a two-digit year, on the line below)
    ("US L\nKnown: L IDC dx 11/2025.\nDBT 11/25: L 3:00 spiculated mass, BIRADS 5.\nL 3:00 mass 17mm.", "- -"),
    ("US L\nKnown: L IDC dx 11/2025.\nTomosynthesis 11/25: L 3:00 mass, BIRADS 5.\nL 3:00 mass 16mm, clip.", "- -"),
    ("US R\nKnown: R IDC dx 02/2026.\nSonography 02/26: R 10:00 mass 22mm BIRADS 5.\nR 10:00 mass 17mm.", "- -"),
    ("US R\nKnown: R IDC dx 02/2026.\nCEM 02/26: R 10:00 enhancing mass 23mm, BIRADS 5.\nR 10:00 mass 18mm.", "- -"),
    ("US R\nKnown: R IDC dx 02/2026.\nR 10:00 mass 23mm, BIRADS 5 (outside, 02/26).\nR 10:00 mass 17mm.", "- -"),
    # (... a past or diagnosis-time marker on the line below)
    ("US R\nKnown: R IDC dx 02/2026.\nR 10:00 mass was 23mm, BIRADS 5.\nNow 12mm.", "- -"),
    ("US R\nKnown: R IDC dx 02/2026.\nWas BIRADS 5 R.\nR 10:00 mass 12mm.", "- -"),
    ("US R\nKnown: R IDC dx 02/2026.\nAt dx R 10:00 mass 23mm, BIRADS 5.\nR 10:00 mass now 12mm.", "- -"),
    ("US R\nKnown: R IDC dx 02/2026.\nBIRADS 5 R at presentation.\nR 10:00 mass 17mm.", "- -"),
    ("US R\nKnown: R IDC dx 02/2026.\nBiopsied as BIRADS 5 R.\nR 10:00 mass 17mm, clip.", "- -"),
    ("US R\nKnown: R IDC dx 02/2026.\nClip R 10:00 (BIRADS 5 mass biopsied).\nR 10:00 mass 13mm.", "- -"),
    ("US R\nKnown: R IDC dx 02/2026.\nR 10:00 mass 23mm (pre-tx), BIRADS 5.\nR 10:00 mass 13mm.", "- -"),
    ("US L\nKnown: L ILC dx 09/2025 (core).\nL 2:00 mass measured 30mm, BIRADS 5 before chemo.\nL 2:00 mass 18 mm.",
     "- -"),
    # (... a treatment line between)
    ("US R\nKnown: R IDC dx 02/2026.\nNACT x4 completed.\nOn the dx US, R 10:00 mass 28mm, BIRADS 5.\n"
     "R 10:00 mass now 7mm.", "- -"),
])
def test_a_diagnosis_date_beside_an_exam_keeps_the_earlier_account(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


def test_a_today_line_below_the_earlier_exams_account_is_read() -> None:
    text = "US R\nKnown: R IDC dx 12/2025.\nOutside US: R 10:00 mass 24mm, BIRADS 5.\nToday: R 10:00 mass 12mm, BIRADS 6."
    assert birads_codes(text) == "- 6"
