"""Review rfinal5 (the final measurement of this round's radiology rules): its confirmed over-reach texts, each with
the review's right label. The register's "Previous entry (<number or date>)" rule was withdrawn (its block swallowed
today's heading or next entry in any wording but the listed ones); a category counted a single time unit back or
circa a year ("BI-RADS 3 a year ago", "BI-RADS 5 c. 2015") is dated earlier now that the spaced letter after a number
other than 4 is the next word."""
import pytest

from tests.nlp.labels import birads_codes

# ------------------------------------------------------------------ rule B: a category dated a time unit back


@pytest.mark.parametrize(("text", "codes"), [
    pytest.param(
        "Left breast: BI-RADS 3 a year ago; today the cyst has resolved, normal tissue, BI-RADS 1.",
        "1 -", id="T1-11"),
    pytest.param(
        "Left breast: lumpectomy for IDC, BI-RADS 5 c. 2015. Today post-surgical scar only, BI-RADS 2.",
        "2 -", id="T1-14"),
    pytest.param(
        "Right breast was BI-RADS 3 a year ago; now BI-RADS 2.",
        "- 2", id="T1-31"),
    pytest.param(
        "Left breast: 9 mm fibroadenoma, BI-RADS 3 a year ago, unchanged now, BI-RADS 2.",
        "2 -", id="T1-32"),
    pytest.param(
        "Left breast: BI-RADS 3 a decade ago, now BI-RADS 1.",
        "1 -", id="T2-0"),
    pytest.param(
        "left breast bi rads three a year ago now bi rads two period",
        "2 -", id="T2-1"),
    pytest.param(
        "R breast U3 / BI-RADS 3 a year ago. Today U2, BI-RADS 2.",
        "- 2", id="T2-2"),
    pytest.param(
        "Right breast: BI-RADS 0 a month ago at screening (outside); today simple cyst, BI-RADS 2.",
        "- 2", id="T2-5"),
    pytest.param(
        "Right breast: BI-RADS 3 a year earlier at her first visit; now BI-RADS 2.",
        "- 2", id="T2-6"),
    # (a 4 so dated: the "a" counts the year, no subcategory; wrong before and after rule B)
    pytest.param("L: BI-RADS 4 a year ago (core benign), now 8 mm stable, BI-RADS 2.", "2 -", id="T1-36"),
])
def test_category_dated_a_time_unit_back(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (near misses: today's category with the spaced article, and a 4's subcategory, read as before)
    ("Right breast: BI-RADS 2 - a yearly mammogram is advised.", "- 2"),
    ("Right breast: BI-RADS 3 a short-interval follow-up in 6 months.", "- 3"),
    ("Right breast: BI-RADS 4 a, biopsy advised.", "- 4A"),
    ("Right breast: BI-RADS 4 c. Biopsy advised.", "- 4C"),
    ("Right breast: BI-RADS 3 a year from now if stable; BI-RADS 2 on the left.", "2 3"),
    ("Right breast: BI-RADS 3 in one year's time.", "- 3"),
])
def test_near_miss_time_after_category(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ rule C withdrawn: today's heading or next entry below


@pytest.mark.parametrize(("text", "codes"), [
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "L breast 8 mm simple cyst, BI-RADS 2.\n"
        "Final assessment: L breast new 11 mm irregular mass, BI-RADS 4B.",
        "4B -", id="T1-73"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "L breast: simple cyst aspirated.\n"
        "Opinion: L breast 9 mm complex cystic mass, BI-RADS 4A.",
        "4A -", id="T1-74"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "R breast fibroadenoma 10 mm, BI-RADS 3.\n"
        "Summary: R breast mass grown to 16 mm, BI-RADS 4B; biopsy.",
        "- 4B", id="T1-75"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "R breast 7 mm cyst, BI-RADS 2.\n"
        "Overall impression: R breast new irregular mass 10 mm, BI-RADS 4C.",
        "- 4C", id="T1-76"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "L breast normal, BI-RADS 1.\n"
        "IMPRESSION AND RECOMMENDATION: L breast 13 mm spiculated mass, BI-RADS 5. Core biopsy.",
        "5 -", id="T1-77"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "L breast cyst, BI-RADS 2.\n"
        "BI-RADS assessment: L 4A (new solid mass 8 mm).",
        "4A -", id="T1-78"),
    pytest.param(
        "Previous entry (RG-2025-0441, 14.05.2025)\n"
        "R breast 6 mm oval mass, BI-RADS 3.\n"
        "Amended entry (RG-2026-0102, 02.02.2026)\n"
        "R breast mass now 11 mm, irregular margin, BI-RADS 4B.",
        "- 4B", id="T1-79"),
    pytest.param(
        "Previous entry (RG-2025-0441, 14.05.2025)\n"
        "R breast 6 mm oval mass, BI-RADS 3.\n"
        "Follow-up entry (RG-2025-0612, 20.11.2025)\n"
        "R breast mass 9 mm, angular margin, BI-RADS 4A.",
        "- 4A", id="T1-80"),
    pytest.param(
        "Previous entry (RG-2025-0441, 14.05.2025)\n"
        "L breast 6 mm oval mass, BI-RADS 3.\n"
        "Latest entry (RG-2026-0102, 02.02.2026)\n"
        "L breast mass 12 mm, irregular, BI-RADS 4C.",
        "4C -", id="T1-81"),
    pytest.param(
        "Previous entry (14.05.2025)\n"
        "L breast 6 mm oval mass, BI-RADS 3.\n"
        "Entry of 02.02.2026\n"
        "L breast mass 12 mm, irregular, BI-RADS 4C.",
        "4C -", id="T1-82"),
    pytest.param(
        "Previous entry (14.05.2025)\n"
        "14.05.2025  L breast 6 mm oval mass, BI-RADS 3\n"
        "02.02.2026  L breast mass 12 mm, irregular, BI-RADS 4C",
        "4C -", id="T1-83"),
    pytest.param(
        "Previous entry (RG-2026-0102, 02.02.2026)\n"
        "L breast BI-RADS 4A (entered in error).\n"
        "Correction: L breast BI-RADS 3.",
        "3 -", id="T1-84"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "R breast cyst, BI-RADS 2.\n"
        "Today's US: R breast 10 mm solid irregular mass, BI-RADS 4B.",
        "- 4B", id="T1-85"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "R breast cyst, BI-RADS 2.\n"
        "Current findings: R breast 10 mm solid irregular mass, BI-RADS 4B.",
        "- 4B", id="T1-86"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "R breast cyst, BI-RADS 2.\n"
        "Diagnosis: R breast 10 mm solid irregular mass, BI-RADS 4B.",
        "- 4B", id="T1-87"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "R breast cyst, BI-RADS 2.\n"
        "Comment: R breast 10 mm solid irregular mass today, BI-RADS 4B.",
        "- 4B", id="T1-88"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "R breast cyst, BI-RADS 2.\n"
        "CONCLUSION / IMPRESSION: R breast 10 mm irregular mass, BI-RADS 4B.",
        "- 4B", id="T1-89"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "R breast cyst U2.\n"
        "US today: R breast 10 mm irregular mass, U4, BI-RADS 4B.",
        "- 4B", id="T1-90"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "R breast 10 mm FA, BI-RADS 3.\n"
        "Report: R breast FA unchanged, BI-RADS 3.",
        "- 3", id="T1-97"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "R breast 10 mm FA, BI-RADS 3.\n"
        "Recommendation: R breast biopsy, BI-RADS 4A.",
        "- 4A", id="T1-98"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "L breast BI-RADS 2.\n"
        "Next entry (BR/2026/0201): L breast 8 mm irregular mass, BI-RADS 4B.",
        "4B -", id="T1-103"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "L breast BI-RADS 2.\n"
        "Second entry (BR/2026/0201): L breast 8 mm irregular mass, BI-RADS 4B.",
        "4B -", id="T1-104"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "L breast BI-RADS 2.\n"
        "Result today: L breast 8 mm irregular mass, BI-RADS 4B.",
        "4B -", id="T1-106"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "L breast BI-RADS 2.\n"
        "Outcome: L breast 8 mm irregular mass, BI-RADS 4B.",
        "4B -", id="T1-107"),
    pytest.param(
        "Previous entry (Dr Osei, 11.10.2024)\n"
        "R breast BI-RADS 1.\n"
        "This visit: R breast 8 mm irregular mass, BI-RADS 4B.",
        "- 4B", id="T1-108"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "L breast BI-RADS 2.\n"
        "Beurteilung: L breast 8 mm irregular mass, BI-RADS 4B.",
        "4B -", id="T1-110"),
    # (doubtful, not counted by the review: the line may belong to the earlier entry)
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "R breast cyst, BI-RADS 2.\n"
        "Addendum (02.02.2026): R breast biopsy-proven IDC, BI-RADS 6.",
        "- 6", id="T1-91"),
    pytest.param(
        "Previous entry (BR/2024/1133, 11.10.2024)\n"
        "L breast BI-RADS 2.\n"
        "2nd reading: L breast 8 mm irregular mass, BI-RADS 4B.",
        "4B -", id="T1-105"),
])
def test_previous_entry_over_reach(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
