"""Review r108 of the b108 rules, narrowed to what tells them apart.

A side list past an aside (a plain one, or a translation's original words glossed in square brackets) goes on only where
the next side's number ends its item: "derecha 1.", "right 2 - benign", "L 5 R 1"; a count, an interval, a size range or
a rank after the side word ("Right 2 simple cysts", "right 6-month follow-up", "Right 2 nd look") is no category.

A terse "Known:" / "Prior:" line whose only year dates a diagnosis heads its own line (the findings and category below it
are today's) only where it names no imaging exam and no category and the line below it is no exam's account: "dx
02/2025 US + core", "dx 01/2026 on US BI-RADS 5", "Outside US showed ...", "MRI 02/26: ..." keep the lines below the
earlier exam's account.
"""
import pytest

from tests.nlp.labels import birads_codes

_US = "Bilateral breast ultrasound\nConclusion:\n"
_ECO = "Ecografía mamaria bilateral\nConclusión:\n"
# an aside longer than a plain one: original words (up to 100 characters) and their English gloss closing it
_LONG = ("masa irregular de 21 mm con bordes angulados y sombra acústica posterior, sin calcificaciones "
         "[irregular 21 mm mass, angular margins, shadowing]")
_CYST = ("quiste de 11 mm con tabique fino y contenido ecogénico en declive, sin flujo al Doppler "
         "[11 mm septated cyst, dependent echoes, avascular]")


def test_the_asides_are_longer_than_a_plain_aside() -> None:
    assert len(_LONG) > 100 and len(_CYST) > 100


# ------------------------------------------------------------------ a side list past a long glossed aside


@pytest.mark.parametrize(("text", "codes"), [
    (_ECO + f"Categoría BI-RADS: derecha 4C ({_LONG}), izquierda 1.", "1 4C"),
    (_US + f"BI-RADS: left 5 ({_LONG}) / right 2.", "5 2"),
    (_US + f"BI-RADS: left 5 ({_LONG}); R 1", "5 1"),
    (_US + f"BI-RADS: left 3 ({_CYST}), right 2 (quistes simples [simple cysts]).", "3 2"),
    (_US + f"BI-RADS: right 4B ({_LONG}), left 1 - negative.", "1 4B"),
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
])
def test_a_count_size_interval_or_rank_after_the_side_is_no_category(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a terse "Known:" line dating a diagnosis only


@pytest.mark.parametrize(("text", "codes"), [
    ("US L\nKnown: L IDC 3:00, dx 02/2026 (core bx).\nL 3:00 17mm mass, marker clip in place.\nBIRADS 6 L, 2 R.", "6 2"),
    ("US R\nPrior: R ILC diagnosed 2025, neoadjuvant chemo.\nR 10:00 mass 9 mm.\nBIRADS 6 R.", "- 6"),
    ("US R\nKnown: melanoma dx 2018.\nR 2:00 cyst 6mm.\nBIRADS 2 R.", "- 2"),
])
def test_a_line_dating_only_a_diagnosis_heads_its_own_line(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


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
])
def test_a_diagnosis_date_beside_an_exam_keeps_the_earlier_account(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


def test_a_today_line_below_the_earlier_exams_account_is_read() -> None:
    text = "US R\nKnown: R IDC dx 12/2025.\nOutside US: R 10:00 mass 24mm, BIRADS 5.\nToday: R 10:00 mass 12mm, BIRADS 6."
    assert birads_codes(text) == "- 6"
