"""Third review r100c of the b100 radiology rules (texts exactly as the review wrote them, with their right labels).

Positive evidence instead of refusal lists. Rule 1 (a RIS printout's earlier exams' rows): "(this encounter)" and
"(this visit)" mark a row of today's exam, and a row dated as the current exam's row in another format ("2026-04-02" /
"04/02/2026") is today's. Rule 2 (a current heading ends a "Previous results" block): only a bare list heading (no
parenthesis, dash or qualifier after its words) over lines each dated ends there, and a current heading with a month, a
year, "outside" or a visit in its parenthesis is not today's. Rule 3 ("Revised assessment: (reason)"): the reason is read
by a whitelist grammar (an addendum and its date, completed events; any other word refuses) and two blanks after a side
line's number allow only the line's end or the category's own name; the index date skips a birth date / record number
and an order's line naming the index date is that order's own. Tests compare labels only.
"""
import pytest

from nlp.birads import extract_birads


def _labels(text: str) -> tuple[str | None, str | None]:
    got = extract_birads(text)
    return got["L"], got["R"]


def _tracking(reason: str, lines: str = "  Right ....... 3   Probably benign\n") -> str:
    return ("FOLLOW-UP TRACKING LIST\nIndex exam: 03/02/2026  MAM DIAG BILAT\n[EXAM ASSESSMENT]\n"
            "  Right ....... 4A  Suspicious - low\n  Left ........ 1   Negative\n" + f"Revised assessment: {reason}\n" + lines)


# the over-reaches the review confirmed (R36, in its range, already read right), with their right labels
CONFIRMED = [
    ('A07',
     'THIS EXAM\n'
     '  US BREAST RT LTD  FINAL\n'
     'PRIOR EXAMS ON FILE\n'
     '  03/2025  US BREAST RT LTD  FINAL  BI-RADS 3\n'
     '\n'
     '  04/02/2026  US BREAST RT TARGETED (this encounter)  FINAL  BI-RADS 4A\n',
     None, '4A'),
    ('A19',
     'CURRENT EXAM (this order)\n'
     '  US BREAST RT LTD  FINAL\n'
     'PRIOR EXAMS ON FILE\n'
     '  03/2025  US BREAST RT LTD  FINAL  BI-RADS 3\n'
     '\n'
     '  04/02/2026  US BREAST RT LTD  SIGNED (this visit)  BI-RADS 2\n',
     None, '2'),
    ('A16',
     'CURRENT EXAM (this order)\n'
     '  2026-04-02  MAM DIAG BILAT  FINAL\n'
     'PRIOR EXAMS ON FILE\n'
     '  2025-03-01  US BREAST RT LTD  FINAL  BI-RADS 3\n'
     '\n'
     '  04/02/2026  MAM DIAG BILAT  RESULT  BI-RADS 1 bilateral\n',
     '1', '1'),
    ('B01',
     'MAMMOGRAM BILATERAL 04/02/2026\n'
     'Previous results (imported from outside PACS):\n'
     'CURRENT EXAM: MAMMO SCREEN BILAT\n'
     'IMPRESSION: Left BI-RADS 0, right BI-RADS 1.\n'
     '\n'
     'Findings: left asymmetry resolves on tomosynthesis.\n'
     'Impression: Negative, BI-RADS 1.\n',
     '1', '1'),
    ('B02',
     'US RIGHT BREAST 04/02/2026\n'
     'Prior study (Northside dictation):\n'
     'Current exam: US BREAST BILATERAL\n'
     'Impression: right BI-RADS 4A, left BI-RADS 1.\n'
     '\n'
     'Findings: right 10:00 clip, no residual mass.\n'
     'Impression: BI-RADS 2.\n',
     None, '2'),
    ('B04',
     'MAMMOGRAM BILATERAL 04/02/2026\n'
     'Prior results - faxed from Northside\n'
     'THIS EXAM\n'
     'Left 3:00 asymmetry. BI-RADS 0 left, BI-RADS 1 right.\n'
     '\n'
     'Findings: left asymmetry resolved on spot views.\n'
     'Impression: BI-RADS 1.\n',
     '1', '1'),
    ('B07',
     'MAMMOGRAM BILATERAL 04/02/2026\n'
     'Previous study (outside read, 01/2026):\n'
     'Current study\n'
     'Left 3:00 asymmetry. BI-RADS 0 left, BI-RADS 1 right.\n'
     '\n'
     'Findings: asymmetry resolved.\n'
     'Impression: BI-RADS 1.\n',
     '1', '1'),
    ('B08',
     'US LEFT BREAST 04/02/2026\n'
     'Previous results (scanned letter):\n'
     'Current examination - US BREAST LT\n'
     'Left 2:00 mass 9 mm, BI-RADS 4B.\n'
     '\n'
     'Findings: 2:00 clip after biopsy. Impression: BI-RADS 6.\n',
     '6', None),
    ('B10',
     'MAMMOGRAM BILATERAL 04/02/2026\n'
     'Old results (their impression):\n'
     'CURRENT EXAM: MAMMO DIAG BILAT\n'
     'Right BI-RADS 4A, left BI-RADS 2.\n'
     '\n'
     'Impression: right biopsy benign, BI-RADS 2 both breasts.\n',
     '2', '2'),
    ('A21',
     'EXAM HISTORY\n'
     'Prior exams\n'
     '  2024  MAM SCREEN BILAT  FINAL  BI-RADS 1\n'
     'Current exam (03/2025)\n'
     '  03/2025  MAM SCREEN BILAT  FINAL  BI-RADS 2\n'
     '\n'
     'Today: screening mammogram, BI-RADS 1.\n',
     '1', '1'),
    ('A14',
     'EXAM HISTORY\n'
     'Prior exams\n'
     '  2025  MAM SCREEN BILAT  FINAL  BI-RADS 2\n'
     '  2024  MAM SCREEN BILAT  FINAL  BI-RADS 1\n'
     'Current exam (2025 visit)\n'
     '  2025  MAM SCREEN BILAT  FINAL  BI-RADS 2\n'
     '\n'
     'Today: screening mammogram, BI-RADS 1.\n',
     '1', '1'),
    ('A22',
     'US LEFT BREAST 04/02/2026\n'
     'Previous results:\n'
     '  03/2025 US LT  BI-RADS 3\n'
     'Current exam (outside images, 03/2026)\n'
     '  Left 2:00 mass 9 mm. BI-RADS 4A.\n'
     '\n'
     'Findings: today 2:00 mass unchanged from outside images.\n'
     'Impression: BI-RADS 3.\n',
     '3', None),
    ('R01',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (Nachtrag 12.03.2026, Entwurf)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R02',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (Entwurf 12.03.2026)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R03',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (vorläufig 12.03.2026)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R04',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (borrador 12/03/2026)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R05',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026, retracted)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R06',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026 - voided)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R07',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (outside priors requested)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R08',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (second look planned)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R09',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (biopsy result outstanding)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R10',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (per MDT, not agreed)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R11',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 06/2025 to the previous exam)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R12',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (MDT review requested)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R13',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026, disregard)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R14',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026; rescinded 03/14/2026)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R32',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (per attending; original category stands)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R33',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026, requested by surgeon, not performed)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R34',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (per attending: revision declined)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R35',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (expected after biopsy)\n'
     '  Right ....... 2   Benign\n',
     '1', '4A'),
    ('R36',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (revisado tras biopsia 12/03/2026)\n'
     '  Right ....... 2   Benign\n',
     '1', '2'),
    ('R37',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (hypothetical, after biopsy)\n'
     '  Right ....... 2   Benign\n',
     '1', '4A'),
    ('R45',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (biopsy 03/10/2026 requested)\n'
     '  Right ....... 2   Benign\n',
     '1', '4A'),
    ('R46',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (révision annulée 12/03/2026)\n'
     '  Right ....... 2   Benign\n',
     '1', '4A'),
    ('R47',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026 - obsolete)\n'
     '  Right ....... 2   Benign\n',
     '1', '4A'),
    ('R26',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026)\n'
     '  Right ....... 2  cysts aspirated\n',
     '1', '4A'),
    ('R51',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026)\n'
     '  Right ....... 2   suspicious nodes excluded\n',
     '1', '4A'),
    ('R52',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026)\n'
     '  Right ....... 2   benign cysts aspirated\n',
     '1', '4A'),
    ('R53',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026)\n'
     '  Right ....... 6   months follow-up\n',
     '1', '4A'),
    ('R43',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026)\n'
     '  Right ....... 3   Benign\n',
     '1', '4A'),
]

# under-reaches now read right: the index date skips a DOB / MRN, an order's line naming the index
# date is its own, "Benign findings" is category 2's own name
UNDER_REACHES_FIXED = [
    ('R28',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026)\n'
     '  Right ....... 2 Benign findings\n',
     '1', '2'),
    ('R29',
     'FOLLOW-UP TRACKING LIST\n'
     'Patient: DOE, JANE   DOB 05/11/1961\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     '\n'
     '03/02/2026  MAM DIAG BILAT  ADDENDUM\n'
     'Revised assessment: (addendum 03/12/2026, outside priors received)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '3'),
    ('R30',
     'FOLLOW-UP TRACKING LIST   MRN 4471\n'
     '03/02/2026  MAM DIAG BILAT  FINAL\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     '\n'
     '03/02/2026  MAM DIAG BILAT  ADDENDUM\n'
     'Revised assessment: (addendum 03/12/2026, outside priors received)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '3'),
    ('R31',
     'FOLLOW-UP TRACKING LIST\n'
     'Order 1 of 1 (03/02/2026, open)\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     '\n'
     'Order 1 of 1 (03/02/2026, open)\n'
     'Revised assessment: (addendum 03/12/2026)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '3'),
]

# the review's other texts that read right and must stay so
KEPT = [
    ('A01',
     'RIS EXAM LIST\n'
     'CURRENT EXAM (this order)\n'
     '  04/02/2026 | US BREAST LT LTD | FINAL\n'
     '  Impression: left 2:00 cyst, BI-RADS 2.\n'
     'PRIOR EXAMS ON FILE\n'
     '  03/2025 | US BREAST LT LTD | FINAL | BI-RADS 3\n'
     '  01/2025 | MAM SCREEN BILAT | FINAL | R BI-RADS 1\n',
     '2', None),
    ('A02',
     'PACS WORKLIST EXPORT\n'
     'Current study - 04/02/2026\n'
     '  2026-04-02,MAM SCREEN BILAT,FINAL\n'
     'IMPRESSION: Negative. BI-RADS 1.\n'
     'PREVIOUS STUDIES\n'
     '  2025-03-01,MAM DIAG BILAT,FINAL,BI-RADS 4A\n'
     '  2025-03-09,US BREAST RT,FINAL,BI-RADS 4A\n',
     '1', '1'),
    ('A03',
     'PATIENT TIMELINE\n'
     'PREVIOUS EXAMINATIONS\n'
     '  2024-05-10  MG BILAT SCREEN  SIGNED  BI-RADS 2\n'
     '\n'
     '  2025-05-12  US BREAST RT  SIGNED  BI-RADS 3\n'
     "TODAY'S EXAM\n"
     '  2026-04-02  US BREAST RT  PRELIM\n'
     'Right 10:00 oval mass stable over 2 years. BI-RADS 2.\n',
     None, '2'),
    ('A04',
     'CURRENT EXAM (this order)\n'
     '  04/02/2026  MAM DIAG BILAT  FINAL\n'
     'PRIOR EXAMS ON FILE\n'
     '  2025  MAM SCREEN BILAT  FINAL  BI-RADS 4A\n'
     'REPORT\n'
     '  Bilateral mammogram. Scattered fibroglandular density. No suspicious findings.\n'
     '  BI-RADS 1.\n',
     '1', '1'),
    ('A06',
     'THIS EXAM\n'
     '  04/02/2026  US BREAST RT LTD  FINAL\n'
     'PRIOR EXAMS ON FILE\n'
     '  03/2025  US BREAST RT LTD  FINAL  BI-RADS 3\n'
     '\n'
     '  04/02/2026 14:10  US BREAST RT TARGETED (same visit)  FINAL  BI-RADS 4A\n',
     None, '4A'),
    ('A08',
     'CURRENT EXAM (this order)\n'
     '  04/02/2026  MAM DIAG BILAT  FINAL\n'
     '  Impression: BI-RADS 1.\n'
     'PRIOR EXAMS ON FILE\n'
     '  03/2025  US BREAST RT LTD  FINAL  BI-RADS 3 (reviewed today)\n'
     '\n'
     '  01/2024  MAM SCREEN BILAT  FINAL  BI-RADS 2\n',
     '1', '1'),
    ('A10',
     'CURRENT EXAM (this order)\n'
     '  04/02/2026  MAM DIAG BILAT  FINAL\n'
     '  Impression: BI-RADS 1.\n'
     'PRIOR EXAMS ON FILE\n'
     '  DATE      EXAM              STATUS  RESULT\n'
     '  03/2025   US BREAST RT LTD  FINAL   BI-RADS 3\n'
     '  01/2024   MAM SCREEN BILAT  FINAL   BI-RADS 2\n',
     '1', '1'),
    ('A11',
     'Comparison:\n'
     'Prior studies:\n'
     '  2025 mammogram, BI-RADS 2.\n'
     'This exam\n'
     'shows stable benign calcifications.\n'
     '\n'
     'Impression: BI-RADS 2.\n',
     '2', '2'),
    ('A12',
     'PRESENT EXAMINATION\n'
     '  12.04.2026  MAMMOGRAPHIE BDS  FINAL\n'
     '  Beurteilung: BI-RADS 2 beidseits.\n'
     'PREVIOUS EXAMINATIONS\n'
     '  10.03.2025  MAMMOGRAPHIE BDS  FINAL  BI-RADS 4A rechts\n'
     '\n'
     '  11.03.2025  SONO RE  FINAL  BI-RADS 4A rechts\n',
     '2', '2'),
    ('A15',
     'CURRENT EXAM (this order)\n'
     '  04/02/2026  MAM DIAG BILAT  FINAL\n'
     'PRIOR EXAMS ON FILE\n'
     '  03/2025  US BREAST RT LTD  FINAL  BI-RADS 3\n'
     '\n'
     '  04/02/2026  Impression: right 10:00 mass resolved. BI-RADS 1 both breasts.\n',
     '1', '1'),
    ('A18',
     'Current exam: US BREAST RT 04/02/2026\n'
     'Previous exams:\n'
     '  - 03/2025 US right: BI-RADS 3\n'
     '  - 01/2025 mammo: BI-RADS 2\n'
     'Impression: right 10:00 cyst unchanged, BI-RADS 2.\n',
     None, '2'),
    ('B03',
     'US RIGHT BREAST 04/02/2026\n'
     'Previous exam as transcribed:\n'
     "TODAY'S EXAM\n"
     'Right 9:00 complex cyst 12 mm. BI-RADS 4A.\n'
     '\n'
     'Findings: 9:00 cyst aspirated to dryness today.\n'
     'Impression: BI-RADS 2.\n',
     None, '2'),
    ('B05',
     'MAMMOGRAM BILATERAL 04/02/2026\n'
     'Previous results:\n'
     '  2025 MAM BILAT  BI-RADS 1\n'
     'THIS EXAM\n'
     'Bilateral mammogram: benign calcifications left. BI-RADS 2.\n',
     '2', '2'),
    ('B06',
     'US RIGHT BREAST 04/02/2026\n'
     'Prior exams:\n'
     '  03/2025 US RT  BI-RADS 3\n'
     'Present examination:\n'
     'Right 10:00 oval mass, stable 12 months. BI-RADS 2.\n',
     None, '2'),
    ('B09',
     'MAMMOGRAM BILATERAL 04/02/2026\n'
     'Previous results:\n'
     'Mammogram 2025 BI-RADS 4A right, biopsy benign.\n'
     'Current exam\n'
     'Bilateral mammogram: stable post-biopsy change right. BI-RADS 2.\n',
     '2', '2'),
    ('R15',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026, error corrected)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '3'),
    ('R16',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (nach Biopsie)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '3'),
    ('R17',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (après biopsie, 12/03/2026)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '3'),
    ('R18',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (after review of outside priors)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '3'),
    ('R19',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (post-biopsy: benign fibroadenoma)\n'
     '  Right ....... 2   Benign\n',
     '1', '2'),
    ('R20',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (2nd look US 03/12/2026)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '3'),
    ('R22',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (per attending, awaiting sign-off)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '4A'),
    ('R25',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026, side corrected)\n'
     '  Right ....... 1   Negative\n'
     '  Left ........ 4A  Suspicious - low\n',
     '4A', '1'),
    ('R27',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026)\n'
     '  Right ....... 3 Probably Benign, 6-month follow-up\n',
     '1', '3'),
    ('R38',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Amended BI-RADS: (per consultant)\n'
     '  Right ....... 3   Probably benign\n',
     '1', '3'),
    ('R39',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Corrected category: (side corrected 03/12/2026)\n'
     '  Left ........ 4A  Suspicious - low\n'
     '  Right ....... 1   Negative\n',
     '4A', '1'),
    ('R40',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026)\n'
     '  Right axilla ....... 4  nodes sampled\n',
     '1', '4A'),
    ('R41',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026)\n'
     "  Right ....... 2 o'clock mass aspirated\n",
     '1', '4A'),
    ('R42',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026)\n'
     '  Right ....... 4 Suspicious\n',
     '1', '4'),
    ('R44',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026, wrong side entered)\n'
     '  Right ....... 1   Negative\n'
     '  Left ........ 4A  Suspicious - low\n',
     '4A', '1'),
    ('R48',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/12/2026, see later correction)\n'
     '  Right ....... 2   Benign\n',
     '1', '4A'),
    ('R49',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (per attending 03/12/2026)\n'
     '  Right ....... 3   Probably benign\n'
     '  Left ........ 2   Benign\n',
     '2', '3'),
    ('A20',
     'EXAM: Bilateral screening mammogram\n'
     'PREVIOUS STUDIES\n'
     '  2024  Screening mammogram  BI-RADS 2\n'
     '  2023  Screening mammogram  BI-RADS 2\n'
     'This exam\n'
     '  Scattered fibroglandular density. No suspicious findings.\n'
     '  BI-RADS 1.\n',
     '1', '1'),
    ('A23',
     'CURRENT EXAM (this order)\n'
     '  04/02/2026  US BREAST LT LTD  FINAL\n'
     'PRIOR EXAMS ON FILE\n'
     '  03/2025  US BREAST LT LTD  FINAL  BI-RADS 3\n'
     '\n'
     '  04/02/26  US BREAST LT LTD  FINAL  BI-RADS 2\n',
     '2', None),
]


# own near misses of the new wordings
OWN = [
    ('reason_event_then_unknown_word', _tracking("(addendum 03/12/2026, outside priors requested)"), '1', '4A'),
    ('reason_completed_events', _tracking("(addendum 03/12/2026, outside priors 2021 received, mass stable 5 years)"),
     '1', '3'),
    ('reason_date_only', _tracking("(03/12/2026)"), '1', '3'),
    ('reason_event_plus_free_text', _tracking("(per attending; category under discussion)"), '1', '4A'),
    ('two_blanks_own_name', _tracking("(addendum 03/12/2026)", "  Right ....... 2   Benign\n"), '1', '2'),
    ('two_blanks_line_end', _tracking("(addendum 03/12/2026)", "  Right ....... 3\n"), '1', '3'),
    ('two_blanks_other_words', _tracking("(addendum 03/12/2026)", "  Right ....... 4   weeks after biopsy\n"), '1', '4A'),
    ('current_heading_full_date_is_today',
     'EXAM HISTORY PRINT\nPrevious exams\n  2025 US BREAST LEFT  final  BI-RADS 3\n'
     'Current exam (04/02/2026)\n  Impression: left cyst unchanged. BI-RADS 2.\n', '2', None),
    ('current_heading_this_visit_is_today',
     'EXAM HISTORY PRINT\nPrevious exams\n  2025 US BREAST LEFT  final  BI-RADS 3\n'
     'Current exam (this visit)\n  Impression: left cyst unchanged. BI-RADS 2.\n', '2', None),
    ('prior_heading_with_dash_qualifier',
     'US LEFT BREAST 04/02/2026\nPrevious results - scanned\nCurrent exam\nLeft 2:00 mass, BI-RADS 4A.\n\n'
     'Impression: simple cyst on today\'s scan, BI-RADS 2.\n', '2', None),
]


@pytest.mark.parametrize(("case", "text", "left", "right"), CONFIRMED, ids=[c[0] for c in CONFIRMED])
def test_confirmed(case: str, text: str, left: str | None, right: str | None) -> None:
    assert _labels(text) == (left, right)


@pytest.mark.parametrize(("case", "text", "left", "right"), UNDER_REACHES_FIXED,
                         ids=[c[0] for c in UNDER_REACHES_FIXED])
def test_under_reaches_fixed(case: str, text: str, left: str | None, right: str | None) -> None:
    assert _labels(text) == (left, right)


@pytest.mark.parametrize(("case", "text", "left", "right"), KEPT, ids=[c[0] for c in KEPT])
def test_kept(case: str, text: str, left: str | None, right: str | None) -> None:
    assert _labels(text) == (left, right)


@pytest.mark.parametrize(("case", "text", "left", "right"), OWN, ids=[c[0] for c in OWN])
def test_own(case: str, text: str, left: str | None, right: str | None) -> None:
    assert _labels(text) == (left, right)
