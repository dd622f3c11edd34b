"""Review r110 of the b110 rules: a register's "Previous entry (...)" block needs a digit in its parentheses and ends at the
next entry's line, a separator line or the report's own heading, not only at a blank line; a terse note's measured finding
"at site of lump" ends only an indication's history (Indication, Reason for referral, Clinical ...), never a comparison's,
and only on a line that names no date."""
import pytest

from tests.nlp.labels import birads_codes

_ENTRY = "Previous entry (BR/2024/1133, 11.10.2024) - for reference\n"

# ------------------------------------------------------------------ a register's earlier entry


@pytest.mark.parametrize(("text", "codes"), [
    # (the register's shapes: the entry's indented lines, then a blank line, a field or the current entry)
    ("Register extract\nReason for referral   : follow-up after L breast surgery.\n\n" + _ENTRY
     + "  L breast 2 o'clock mass 19 mm, BI-RADS 5; core biopsy IDC.\n\n"
     "Findings              : L breast post-operative scar, no mass.\nImpression            : L: BI-RADS 2.", "2 -"),
    ("Register extract\nCurrent entry (BR/2026/0201, 02.02.2026)\n  L breast: post-surgical scar, BI-RADS 2.\n"
     + _ENTRY + "  L breast mass 19 mm, BI-RADS 5; core IDC.", "2 -"),
    ("Register extract\nCurrent entry (BR/2026/0201, 02.02.2026)\n  L breast: post-surgical scar, BI-RADS 2.\n\n"
     + _ENTRY + "  L breast mass 19 mm, BI-RADS 5; core IDC.", "2 -"),
    ("Previous entry (RG/2025/0441)\n  R breast mass, BI-RADS 4B; core benign.\n\nImpression: R: BI-RADS 2.", "- 2"),
])
def test_previous_entry_is_history(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (confirmed A: the report's own heading below the entry, no blank line first)
    ("Register extract\n" + _ENTRY + "  L breast mass 19 mm, BI-RADS 5; core IDC.\nImpression: L: BI-RADS 6.", "6 -"),
    ("Register extract\n" + _ENTRY + "  L breast mass 19 mm, BI-RADS 5; core IDC.\nCONCLUSION: L: BI-RADS 6.", "6 -"),
    (_ENTRY + "  L mass, BI-RADS 5; core IDC.\nConclusion: L BI-RADS 6.", "6 -"),
    # (the next entry's line or a separator below the entry, no blank line first)
    ("Register extract\n" + _ENTRY + "  L breast mass 19 mm, BI-RADS 5; core IDC.\n"
     "Current entry (BR/2026/0201, 02.02.2026)\n  L breast: post-surgical scar, BI-RADS 2.", "2 -"),
    (_ENTRY + "L mass, BI-RADS 5.\nToday's entry (BR/2026/0201, 02.02.2026)\nL scar, BI-RADS 2.", "2 -"),
    ("Previous entry (BR/2024/1133, 11.10.2024)\nL mass, BI-RADS 5.\n----\nEntry (BR/2026/0201, 02.02.2026)\n"
     "L scar, BI-RADS 2.", "2 -"),
    ("Previous entry (BR/2024/1133, 11.10.2024)\nL mass, BI-RADS 5.\nFindings: L scar only.\nImpression: BI-RADS 2 L.",
     "2 -"),
    ("Previous entry (no. 2)\nL breast BI-RADS 3.\nThis entry: L breast BI-RADS 2.", "2 -"),
    # (confirmed B: no number or date in the parentheses, no heading)
    ("Entry 2 of 2\nPrevious entry (corrected below)\nL breast BI-RADS 3.\nCorrected: L breast BI-RADS 4A.", "4A -"),
    ("Previous entry (see register)\nL breast BI-RADS 4A.", "4A -"),
])
def test_previous_entry_ends_at_the_next_entry_or_heading(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


@pytest.mark.parametrize(("text", "codes"), [
    # (an indented line of the entry, deeper than its heading, ends nothing)
    (_ENTRY + "  L breast mass 19 mm, BI-RADS 5.\n  Result: core biopsy IDC.\n\nImpression: L: BI-RADS 6.", "6 -"),
    # (an entry pasted with its own headings keeps them, to its blank line)
    ("Previous entry (BR/2024/1133, 11.10.2024)\nFindings: L mass 19 mm.\nImpression: L BI-RADS 5.\n\n"
     "Findings: L scar.\nImpression: L BI-RADS 2.", "2 -"),
    # (a sentence going on after the parentheses heads nothing, as before)
    ("Previous entry (BR/2024/1133, 11.10.2024) reviewed.\nL scar, BI-RADS 2.", "2 -"),
])
def test_near_miss_previous_entry_block(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# ------------------------------------------------------------------ a terse note's finding at the complaint's site


@pytest.mark.parametrize(("text", "codes"), [
    ("US L BREAST\nIndication: L lump.\n8 mm simple cyst at site of lump.\nBI-RADS 2 L.", "2 -"),
    ("US L BREAST\nIndication: L lump.\n8mm simple cyst at site of lump.\nBI-RADS 2 L.", "2 -"),
    ("US L BREAST\nIndication: L lump.\n8 mm simple cyst at the site of concern.\nBI-RADS 2 L.", "2 -"),
    ("US L BREAST LTD\nIndication: L 3:00 lump.\n7 mm simple cyst L 3:00 at site of lump. No solid lesion.\n"
     "BI-RADS 2 L.", "2 -"),
    ("US R BREAST\nIndication: R pain.\n5 mm cyst at site of pain.\nBI-RADS 2 R.", "- 2"),
    ("US R BREAST\nIndication: R lump.\n12 mm irregular mass at site of lump; BI-RADS 4B R, biopsy.", "- 4B"),
    ("US R BREAST\nClinical: R lump, known 12 mm FA.\n12 mm FA at site of lump.\nUnchanged, BI-RADS 2 R.", "- 2"),
    ("US R BREAST\nReason for referral: R lump.\n9 mm cyst at site of lump.\nBI-RADS 2 R.", "- 2"),
])
def test_site_finding_ends_the_indication(text: str, codes: str) -> None:
    assert birads_codes(text) == codes


# the category of the "Today ..." line below such a dated or compared finding is not read, as before b110 (an older
# under-reach: no findings opener starts that line); the rule no longer reads the earlier finding's category instead
_TODAY_UNREAD = pytest.mark.xfail(strict=True, reason="older under-reach: 'Today ...' opens no findings (reads - as "
                                                     "before b110; b110's rule read the earlier 3)")


@pytest.mark.parametrize(("text", "codes"), [
    # (confirmed A: under a comparison the line tells the earlier exam)
    ("Comparison: 2024.\n10 mm cyst at site of lump.\nBI-RADS 3 R at that time.", "- -"),
    pytest.param("Comparison: US 2024.\n10 mm cyst at site of lump. BI-RADS 3 R.\nToday 10 mm cyst unchanged. "
                 "BI-RADS 2 R.", "- 2", marks=_TODAY_UNREAD),
    # (confirmed B: the line dates the finding)
    pytest.param("US R BREAST\nIndication: R lump. Known FA.\n15 mm fibroadenoma biopsied 2022 at site of lump. "
                 "BI-RADS 3 then.\nToday stable, BI-RADS 2 R.", "- 2", marks=_TODAY_UNREAD),
    pytest.param("US R BREAST\nIndication: R lump, known 15 mm FA (2022).\n15 mm FA at site of lump. BI-RADS 3 (2022).\n"
                 "Today 15 mm, stable. BI-RADS 2 R.", "- 2", marks=_TODAY_UNREAD),
    # (the same with the earlier category not read instead, whatever today's line reads)
    ("Comparison: US 2024.\n10 mm cyst at site of lump. BI-RADS 3 R.\nToday 10 mm cyst unchanged.", "- -"),
    ("US R BREAST\nIndication: R lump. Known FA.\n15 mm fibroadenoma biopsied 2022 at site of lump. BI-RADS 3 then.\n"
     "Today stable.", "- -"),
    ("US R BREAST\nIndication: R lump.\n9 mm cyst seen 03/2024 at site of lump. BI-RADS 3.\nNow resolved.", "- -"),
    ("US R BREAST\nIndication: R lump.\n9 mm cyst in March at site of lump. BI-RADS 3.\nNow resolved.", "- -"),
    # (an earlier exam's heading above the line)
    ("US L BREAST\nPrevious ultrasound:\n8 mm cyst at site of lump. BI-RADS 3 L.\nCurrent: no cyst. BI-RADS 1 L.", "1 -"),
    ("US R BREAST\nPrior imaging:\n12 mm mass at site of lump. BI-RADS 4A, biopsy benign FA.\nToday R FA stable.", "- -"),
])
def test_near_miss_site_finding(text: str, codes: str) -> None:
    assert birads_codes(text) == codes
