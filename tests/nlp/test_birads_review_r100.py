"""Review r100 of the three b100 radiology rules (texts exactly as the review wrote them, with their right labels).
Rule 1 (a RIS printout's earlier exams' section) now covers only the section's indented rows (over blank lines only to
another indented exam row), and needs a current exam heading at the margin, not dated to another visit nor straight
under a history / comparison heading; rule 2 (a current heading ends a pasted "Previous results" block) takes only such
a heading; rule 3 ("Revised assessment: (reason)") refuses reasons saying the revision is not in force and a revision
under a line naming an earlier order or a history, and under a revision's heading a side line's category must stand
alone after its leader. Pre-existing: a heading listing the earlier exams alone on its line ends at the report's own
next section heading in a report with no blank lines; that rule was withdrawn after the second review (r100b: it cut
inside pasted earlier reports), so the texts that needed it are strict xfails with their right labels, which the guide
still gives. Tests compare labels only."""
import pytest

from nlp.birads import extract_birads


def _labels(text: str) -> tuple[str | None, str | None]:
    got = extract_birads(text)
    return got["L"], got["R"]


# rule 1 over-reaches: the earlier exams' section ran past blank lines and the report's own headings,
# or ended only at a current heading indented in the rows or under a history / comparison heading
RULE1_CONFIRMED = [
    ('B01',
     'CURRENT EXAM:\n'
     'Screening mammogram, bilateral, 03/02/2026.\n'
     '\n'
     'PRIOR STUDIES:\n'
     'Screening mammograms 2023 and 2024.\n'
     '\n'
     'FINDINGS: Scattered fibroglandular density. No suspicious mass.\n'
     '\n'
     'IMPRESSION: Negative. BI-RADS 1.\n',
     '1', '1'),
    ('B02',
     'Current study:\n'
     'US LEFT BREAST, targeted.\n'
     '\n'
     'Previous studies:\n'
     'US left 09/2025, BI-RADS 3.\n'
     '\n'
     'Findings: Left 2:00 oval circumscribed mass 6 mm, stable.\n'
     '\n'
     'Impression: Benign, BI-RADS 2.\n',
     '2', None),
    ('B03',
     'CURRENT EXAMINATION:\n'
     'MRI breasts bilateral with contrast.\n'
     '\n'
     'PRIOR STUDIES:\n'
     'MRI 2024.\n'
     '\n'
     'FINDINGS:\n'
     'Right breast: 8 mm enhancing mass at 11:00.\n'
     'Left breast: no suspicious enhancement.\n'
     '\n'
     'IMPRESSION:\n'
     'Right: BI-RADS 4B.\n'
     'Left: BI-RADS 1.\n',
     '1', '4B'),
    ('B04',
     'CURRENT STUDY:\n'
     'Diagnostic mammogram and ultrasound, right breast.\n'
     '\n'
     'PREVIOUS EXAMINATIONS:\n'
     '02/2025 mammogram.\n'
     '\n'
     'FINDINGS: Right 12:00, 9 mm irregular hypoechoic mass.\n'
     '\n'
     'IMPRESSION: Suspicious right mass. BI-RADS 4B. Biopsy recommended.\n',
     None, '4B'),
    ('B05',
     'BREAST MRI REPORT\n'
     'Indication: high risk screening.\n'
     '\n'
     'Current study\n'
     'MRI bilateral, 04/02/2026.\n'
     '\n'
     'Previous studies (for comparison)\n'
     'MRI 04/2025.\n'
     '\n'
     'Results: No suspicious enhancement. Stable benign foci.\n'
     '\n'
     'Conclusion: BI-RADS 2 both breasts.\n',
     '2', '2'),
    ('B06',
     'Current exam\n'
     'Bilateral screening mammogram.\n'
     '\n'
     'Prior exams\n'
     'Comparison is made with 2024.\n'
     '\n'
     'The breasts are almost entirely fatty. Benign calcifications left.\n'
     '\n'
     'BI-RADS 2: Benign.\n',
     '2', '2'),
    ('B07',
     'PATIENT EXAM HISTORY\n'
     'CURRENT EXAM (this order)\n'
     '  MAM DIAG BILAT  FINAL\n'
     '  Impression: right BI-RADS 0, additional views needed. Left BI-RADS 1.\n'
     '\n'
     'PRIOR EXAMS ON FILE\n'
     '  2025  MAM SCREEN BILAT  FINAL  BI-RADS 1\n'
     '\n'
     'ADDENDUM 04/05/2026 (this order): spot views done; right asymmetry resolves. Right BI-RADS 1.\n',
     '1', '1'),
    ('B08',
     'US BREAST RIGHT\n'
     'Indication: palpable lump.\n'
     'Current exam:\n'
     '\n'
     'Prior studies:\n'
     '2025 mammogram negative.\n'
     '\n'
     'Findings: right 10:00, 2 cm irregular mass.\n'
     'Impression: BI-RADS 5.\n',
     None, '5'),
    ('B10',
     'MAMMOGRAM BILATERAL SCREENING\n'
     'Technique: CC and MLO.\n'
     '\n'
     'Previous exams\n'
     '2024 mammogram, BI-RADS 2.\n'
     '\n'
     'Findings: stable benign calcifications.\n'
     'Impression: BI-RADS 2.\n'
     '\n'
     'Current study\n'
     'performed with tomosynthesis; images archived.\n',
     '2', '2'),
    ('B11',
     'TRACKING LIST\n'
     'Current exam:\n'
     '  04/02/2026 US BREAST LT LTD\n'
     '\n'
     'Previous exams:\n'
     '  2025 US BREAST LT  BI-RADS 3\n'
     '\n'
     '[EXAM ASSESSMENT]\n'
     '  Left ........ 2   Benign\n'
     '  Right ....... N/A (not examined)\n',
     '2', None),
    ('B12',
     'Current exam\n'
     '\n'
     'Ultrasound of the left breast.\n'
     '\n'
     'Prior studies\n'
     '\n'
     'Mammogram 2025, BI-RADS 0.\n'
     '\n'
     'Impression: left 3:00 cyst. BI-RADS 2.\n',
     '2', None),
    ('A13',
     'PATIENT EXAM HISTORY\n'
     'CURRENT EXAM\n'
     '  04/02/2026  US BREAST RIGHT LIMITED  FINAL\n'
     '  Findings: right 9:00 irregular mass 14 mm.\n'
     'PRIOR EXAMS ON FILE\n'
     '  2025  MAM SCREEN BILAT  FINAL  BI-RADS 1\n'
     '\n'
     'IMPRESSION: Right 9:00 mass, highly suspicious. BI-RADS 5.\n',
     None, '5'),
    ('E01',
     'US LEFT BREAST\n'
     'HISTORY:\n'
     'Current exam\n'
     'for follow-up of a left 2:00 mass.\n'
     '\n'
     'Prior studies:\n'
     'US left 2025.\n'
     '\n'
     'Findings: left 2:00 mass unchanged, 6 mm.\n'
     'Impression: BI-RADS 2.\n',
     '2', None),
    ('E02',
     'BILATERAL MAMMOGRAM\n'
     'COMPARISON:\n'
     'Current study\n'
     'compared with:\n'
     'Previous studies\n'
     '2023, 2024.\n'
     '\n'
     'Findings: no suspicious change.\n'
     'Impression: BI-RADS 1.\n',
     '1', '1'),
    ('E07',
     'MAMMOGRAM BILATERAL\n'
     'Current exam:\n'
     '\n'
     'Findings: heterogeneously dense. No mass.\n'
     '\n'
     'Previous studies\n'
     'None.\n'
     '\n'
     'Impression: BI-RADS 1.\n',
     '1', '1'),
    ('A15',
     'PATIENT EXAM HISTORY\n'
     'CURRENT EXAM (this order)\n'
     '  2026 MAM SCREEN BILAT  FINAL  Impression: BI-RADS 1.\n'
     'PRIOR EXAMS ON FILE\n'
     '  2025  MAM DIAG BILAT  FINAL  report text copied:\n'
     '  Current study\n'
     '  Impression: right 10:00 asymmetry, BI-RADS 4A.\n',
     '1', '1'),
]

# rule 2 over-reaches: a current heading indented inside a pasted block, or dated to another visit
RULE2_CONFIRMED = [
    ('C01',
     'Previous results:\n'
     '  2025-02 US LEFT (report copied below)\n'
     '  Current study\n'
     '  Left 2:00 irregular mass. BI-RADS 4A. Biopsy advised.\n'
     '\n'
     'US LEFT BREAST 2026\n'
     'Impression: post-biopsy clip, benign concordant. BI-RADS 2.\n',
     '2', None),
    ('C05',
     'Previous results\n'
     '  Date       Exam        Result\n'
     '  2025-01    US RT       BI-RADS 3\n'
     '  Current exam\n'
     '  2024-01    MAM BILAT   BI-RADS 0\n'
     '\n'
     'US RIGHT BREAST\n'
     'Impression: stable right 8:00 mass. BI-RADS 3.\n',
     None, '3'),
    ('C08',
     'Previous results:\n'
     '  10/2025 US BREAST RT: BI-RADS 3\n'
     '  Current exam (from that visit):\n'
     '  MAM DIAG RT 10/2025: BI-RADS 4A\n'
     '\n'
     'US RIGHT BREAST 04/2026\n'
     'Impression: mass now resolved. BI-RADS 1.\n',
     None, '1'),
]

# rule 3 over-reaches: a revision not in force, a count / interval / clock position read as the side's
# category, a revision quoted in a history or of an earlier order (F01: the bare heading, before the rules too)
RULE3_CONFIRMED = [
    ('D01',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (proposed by resident, NOT accepted by attending)\n'
     '  Right ....... 3   Probably benign\n'
     'Status ............... OPEN\n',
     '1', '4A'),
    ('D18',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (suggested by tumour board; radiologist to confirm)\n'
     '  Right ....... 4B\n'
     'Status ............... OPEN\n',
     '1', '4A'),
    ('D14',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (draft, unsigned)\n'
     '  Right ....... 3   Probably benign\n'
     'Status ............... OPEN\n',
     '1', '4A'),
    ('D02',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  US BREAST RT LTD\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 3   Probably benign\n'
     '  Left ........ N/A (not examined)\n'
     'Revised assessment: (no change to category; follow-up interval shortened)\n'
     '  Right ....... 6 months\n'
     'Status ............... OPEN\n',
     None, '3'),
    ('D13',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/09/2026; see biopsy tracking)\n'
     '  Right ....... 1 core biopsy scheduled\n'
     'Status ............... OPEN\n',
     '1', '4A'),
    ('D19',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  US BREAST RT LTD\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 3   Probably benign\n'
     '  Left ........ N/A (not examined)\n'
     'Revised assessment: (addendum 03/09/2026)\n'
     '  Right ....... 2 cysts aspirated, both benign fluid\n',
     None, '3'),
    ('D03',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  US BREAST LT LTD\n'
     '[EXAM ASSESSMENT]\n'
     '  Left ........ 4A  Suspicious - low\n'
     '  Right ....... N/A (not examined)\n'
     'Revised assessment: (addendum 03/09/2026, outside priors received)\n'
     "  Left breast: 3 o'clock mass stable since 2021; BI-RADS 2.\n",
     '2', None),
    ('D12',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  US BREAST LT LTD\n'
     '[EXAM ASSESSMENT]\n'
     '  Left ........ 3   Probably benign\n'
     '  Right ....... --  (not examined)\n'
     'Revised assessment: (addendum 03/09/2026, lesion re-measured)\n'
     "  Left breast: 2 o'clock mass now 9 mm, category unchanged.\n",
     '3', None),
    ('D04',
     'US LEFT BREAST\n'
     'Clinical history: outside report of 2024 reads:\n'
     'Revised assessment: (addendum 05/2024, outside films)\n'
     '  Left ........ 4A\n'
     'Findings: left 2:00 mass, 9 mm, unchanged since 2024.\n'
     'Impression: benign, BI-RADS 2.\n',
     '2', None),
    ('D06',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 01/10/2026  US BREAST RT LTD\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 3   Probably benign\n'
     '  Left ........ N/A (not examined)\n'
     'Previous order 07/2025  US BREAST RT LTD\n'
     'Revised assessment: (addendum 07/20/2025, after biopsy)\n'
     '  Right ....... 4B  Suspicious\n',
     None, '3'),
    ('F01',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  US BREAST RT LTD\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 3   Probably benign\n'
     '  Left ........ N/A (not examined)\n'
     'Revised assessment:\n'
     '  Right ....... 6 months\n'
     'Status ............... OPEN\n',
     None, '3'),
]

# under-reaches now read: other forms of the current exam's heading ending the earlier results, a
# revised 'BI-RADS' heading, an addendum's reason given without parentheses
UNDER_REACHES_FIXED = [
    ('A10',
     'EXAM HISTORY PRINT\n'
     'Previous exams\n'
     '  2025 US BREAST LEFT  final  BI-RADS 3\n'
     'Current exam (04/02/2026, US BREAST LEFT LIMITED, accession 55512)\n'
     '  Impression: left cyst unchanged. BI-RADS 2.\n',
     '2', None),
    ('G01',
     'EXAM HISTORY PRINT\n'
     'Previous exams\n'
     '  2025 US BREAST LEFT  final  BI-RADS 3\n'
     'CURRENT EXAMINATION - 04/02/2026\n'
     '  US BREAST LEFT LIMITED\n'
     '  Impression: left cyst unchanged. BI-RADS 2.\n',
     '2', None),
    ('G02',
     'EXAM HISTORY PRINT\n'
     'Previous exams\n'
     '  2025 US BREAST LEFT  final  BI-RADS 3\n'
     "Today's exam\n"
     '  US BREAST LEFT LIMITED\n'
     '  Impression: left cyst unchanged. BI-RADS 2.\n',
     '2', None),
    ('E05',
     'EXAM HISTORY PRINT\n'
     'Previous results\n'
     '  2025  US BREAST LEFT   final   Impression: BI-RADS 3\n'
     'Current exam: US BREAST LEFT LIMITED 04/02/2026\n'
     '  Impression: left 3:00 cyst, unchanged. BI-RADS 2.\n',
     '2', None),
    ('D09',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 0   Incomplete\n'
     '  Left ........ 1   Negative\n'
     'Revised BI-RADS: (addendum 03/05/2026, spot views)\n'
     '  Right ....... 2   Benign\n',
     '1', '2'),
    ('D10',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 0   Incomplete\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: addendum 03/05/2026, spot views\n'
     '  Right ....... 2   Benign\n',
     '1', '2'),
]

# pre-existing: a heading of the earlier exams alone on its line no longer swallows a report with no
# blank lines; it ends at the report's own next section heading (or a printout's end of rows)
PRIOR_LIST_FIXED = [
    ('A01',
     'CURRENT EXAM:\n'
     'Screening mammogram, bilateral, 03/02/2026.\n'
     'PRIOR STUDIES:\n'
     'Screening mammograms 2023 and 2024.\n'
     'FINDINGS: Scattered fibroglandular density. No suspicious mass.\n'
     'IMPRESSION: Negative. BI-RADS 1.\n',
     '1', '1'),
    ('A02',
     'Current study:\n'
     'US LEFT BREAST, targeted.\n'
     'Previous studies:\n'
     'US left 09/2025, BI-RADS 3.\n'
     'Findings: Left 2:00 oval circumscribed mass 6 mm, stable.\n'
     'Impression: Benign, BI-RADS 2.\n',
     '2', None),
    ('A03',
     'PATIENT EXAM HISTORY\n'
     'CURRENT EXAM (this order)\n'
     '  04/02/2026  US BREAST LEFT LIMITED   FINAL\n'
     '  Impression: left 3:00 mass, BI-RADS 4A.\n'
     'PRIOR EXAMS ON FILE (for reference only)\n'
     '  01/2025  MAM DIAG BILAT   FINAL   Assessment: BI-RADS 2\n'
     'ADDENDUM 04/05/2026 (this order): outside images reviewed, left mass unchanged since 2021; revised to BI-RADS 2.\n',
     '2', None),
    ('A04',
     'PATIENT EXAM HISTORY\n'
     'CURRENT EXAM (this order)\n'
     '  04/02/2026  MAM DIAG BILAT   FINAL\n'
     '  Findings: right 10:00 spiculated mass 12 mm.\n'
     'PRIOR EXAMS ON FILE\n'
     '  2024  MAM SCREEN BILAT  FINAL  BI-RADS 1\n'
     'IMPRESSION (current exam): right BI-RADS 5. Left BI-RADS 1.\n',
     '1', '5'),
    ('A06',
     'US LEFT BREAST\n'
     'Comparison: current exam compared with prior studies of 2024 and 2025.\n'
     'Prior studies\n'
     '2025 US left BI-RADS 3.\n'
     'Findings: left 4:00 mass unchanged.\n'
     'Impression: BI-RADS 2.\n',
     '2', None),
    ('A07',
     'US RIGHT BREAST\n'
     'Prior studies\n'
     '2025 US right BI-RADS 3.\n'
     'The current exam shows the 9:00 cyst unchanged.\n'
     'Impression: BI-RADS 2.\n',
     None, '2'),
    ('A08',
     'BILATERAL DIAGNOSTIC MAMMOGRAM\n'
     'Previous exams:\n'
     '2025 screening mammogram, BI-RADS 0 (recalled).\n'
     'Findings: the asymmetry resolves on spot views.\n'
     'Impression: BI-RADS 1.\n',
     '1', '1'),
    ('A14',
     'CURRENT EXAMINATION:\n'
     'MRI breasts bilateral with contrast.\n'
     'PRIOR STUDIES:\n'
     'MRI 2024.\n'
     'FINDINGS:\n'
     'Right breast: 8 mm enhancing mass at 11:00.\n'
     'Left breast: no suspicious enhancement.\n'
     'IMPRESSION:\n'
     'Right: BI-RADS 4B.\n'
     'Left: BI-RADS 1.\n',
     '1', '4B'),
    ('A16',
     'Current study:\n'
     'Bilateral screening mammogram.\n'
     'Earlier studies:\n'
     'None available.\n'
     'Findings: heterogeneously dense breasts. No mass.\n'
     'Assessment: BI-RADS 1 - Negative.\n',
     '1', '1'),
    ('A17',
     'CURRENT STUDY:\n'
     'Diagnostic mammogram and ultrasound, right breast.\n'
     'PREVIOUS EXAMINATIONS:\n'
     '02/2025 mammogram, reported BI-RADS 2.\n'
     'TECHNIQUE: CC and MLO views, targeted US.\n'
     'FINDINGS: Right 12:00, 9 mm irregular hypoechoic mass.\n'
     'IMPRESSION: Suspicious right mass. BI-RADS 4B. Biopsy recommended.\n',
     None, '4B'),
    ('A22',
     'BREAST MRI REPORT\n'
     'Indication: high risk screening.\n'
     'Current study\n'
     'MRI bilateral, 04/02/2026.\n'
     'Previous studies (for comparison)\n'
     'MRI 04/2025: BI-RADS 2.\n'
     'Results: No suspicious enhancement. Stable benign foci.\n'
     'Conclusion: BI-RADS 2 both breasts.\n',
     '2', '2'),
]

# texts the rules must go on reading as they do (the printout layouts, the revisions in force)
KEEP = [
    ('B09',
     'Current examination:  Bilateral breast ultrasound\n'
     '\n'
     'Prior studies:\n'
     'none\n'
     '\n'
     'Findings: no focal lesion either breast.\n'
     'Impression: BI-RADS 1.\n',
     '1', '1'),
    ('E03',
     'US RIGHT BREAST\n'
     'Prior studies:\n'
     '2025 US right.\n'
     '\n'
     'Current exam\n'
     'shows the 9:00 cyst unchanged.\n'
     '\n'
     'Impression: BI-RADS 2.\n',
     None, '2'),
    ('E04',
     'BILATERAL MAMMOGRAM\n'
     'Prior studies:\n'
     '2024 mammogram.\n'
     '\n'
     'Findings: scattered density. No mass.\n'
     'Impression: BI-RADS 1.\n',
     '1', '1'),
    ('E06',
     'PATIENT EXAM HISTORY\n'
     'CURRENT EXAM (this order)\n'
     '  04/02/2026  US BREAST RIGHT LIMITED  FINAL\n'
     '  Impression: right 8:00 mass, stable. BI-RADS 3.\n'
     '\n'
     'PRIOR EXAMS ON FILE\n'
     '  11/2025  US BREAST RIGHT  FINAL  BI-RADS 3\n'
     '\n'
     'Electronically signed: Dr A. Reader 04/02/2026\n',
     None, '3'),
    ('E08',
     'PATIENT EXAM HISTORY\n'
     'PRIOR EXAMS ON FILE (earlier results)\n'
     '  2025  MAM DIAG BILAT  FINAL  R BI-RADS 4A\n'
     '\n'
     '  2024  MAM SCREEN BILAT  FINAL  BI-RADS 0\n'
     '\n'
     'CURRENT EXAM (this order)\n'
     '  MAM DIAG BILAT  FINAL\n'
     '  Impression: right biopsy clip, benign. BI-RADS 2.\n',
     '2', '2'),
    ('E09',
     'US BILATERAL BREASTS\n'
     'Current study\n'
     '\n'
     'Right: 10:00 cyst. BI-RADS 2.\n'
     'Left: normal. BI-RADS 1.\n'
     '\n'
     'Previous studies\n'
     'US 2024: right BI-RADS 3.\n',
     '1', '2'),
    ('A09',
     'US BREAST LEFT LTD  04/02/2026  FINAL\n'
     'Impression: simple cyst left 2:00, BI-RADS 2.\n'
     'Prior studies\n'
     '  03/2025 US BREAST LEFT  BI-RADS 3\n',
     '2', None),
    ('A11',
     'EXAM HISTORY PRINT\n'
     'CURRENT EXAMINATION - 04/02/2026\n'
     '  US BREAST LEFT LIMITED\n'
     '  Impression: left cyst unchanged. BI-RADS 2.\n'
     'PREVIOUS EXAMINATIONS\n'
     '  2025 US BREAST LEFT  final  BI-RADS 3\n'
     '  2024 MAM BILAT  final  R BI-RADS 4A\n',
     '2', None),
    ('A12',
     'EXAM HISTORY PRINT\n'
     "Today's exam\n"
     '  US BREAST LEFT LIMITED\n'
     '  Impression: left cyst unchanged. BI-RADS 2.\n'
     'Prior exams on file\n'
     '  2025 US BREAST LEFT  final  BI-RADS 3\n'
     '  2024 MAM BILAT  final  R BI-RADS 4A\n',
     '2', None),
    ('A18',
     'PATIENT EXAM HISTORY\n'
     'Prior exams on file\n'
     '  2025  US BREAST RT  final  BI-RADS 3\n'
     'Current exam\n'
     '  US BREAST RT LTD\n'
     '  Impression: right 8:00 mass stable. BI-RADS 3.\n'
     'Prior exams on file (continued)\n'
     '  2024  MAM BILAT  final  L BI-RADS 0\n',
     None, '3'),
    ('A19',
     'PATIENT EXAM HISTORY\n'
     'CURRENT EXAM (this order)\n'
     '  04/02/2026  US BREAST LEFT LIMITED  FINAL\n'
     '  Impression: BI-RADS 2.\n'
     'PRIOR EXAMS ON FILE (for reference)\n'
     '  03/2025  US BREAST LEFT LTD  FINAL  BI-RADS 3 (03/2025)\n',
     '2', None),
    ('C03',
     'EXAM HISTORY PRINT\n'
     'Previous results\n'
     '  2025  US BREAST LEFT   final   Impression: BI-RADS 3\n'
     'Current study (this order)\n'
     '  US BREAST LEFT LIMITED\n'
     '  Impression: left 3:00 cyst, unchanged. BI-RADS 2.\n',
     '2', None),
    ('C04',
     'EXAM HISTORY PRINT\n'
     'Previous reports\n'
     '  2025  MAM DIAG BILAT   final   Impression: right BI-RADS 4A\n'
     'Current examination:\n'
     '  MAM DIAG BILAT\n'
     '  Impression: right biopsy clip, benign. BI-RADS 2 bilateral.\n',
     '2', '2'),
    ('C06',
     'Prior result:\n'
     '  2025 mammogram: BI-RADS 4A left (biopsy benign).\n'
     'Current study\n'
     '  Left breast: biopsy site changes only.\n'
     '  Right breast: negative.\n'
     'Impression: BI-RADS 2 left, BI-RADS 1 right.\n',
     '2', '1'),
    ('C07',
     'Previous visit\n'
     '  2025-02 screening: BI-RADS 0 right, recalled.\n'
     'Current exam\n'
     '  Diagnostic views right: asymmetry resolves.\n'
     '  Impression: right BI-RADS 1.\n',
     None, '1'),
    ('D05',
     'FOLLOW-UP TRACKING LIST\n'
     'Earlier order 07/2025  US BREAST RT LTD\n'
     'Revised assessment: (addendum 07/20/2025, after biopsy)\n'
     '  Right ....... 2   Benign\n'
     'Index exam: 01/10/2026  US BREAST RT LTD\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 3   Probably benign\n'
     '  Left ........ N/A (not examined)\n',
     None, '3'),
    ('D07',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 0   Incomplete\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (pending - awaiting spot views)\n'
     '  Right ....... --\n'
     'Status ............... OPEN\n',
     '1', '0'),
    ('D08',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 0   Incomplete\n'
     '  Left ........ 1   Negative\n'
     'Amended BI-RADS category: (addendum 03/05/2026, spot views)\n'
     '  Right ....... 2   Benign\n',
     '1', '2'),
    ('D11',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 0   Incomplete\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment (addendum 03/05/2026, spot views):\n'
     '  Right ....... 2   Benign\n',
     '1', '2'),
    ('D15',
     'US LEFT BREAST\n'
     'Impression: left 1:00 mass, BI-RADS 4A.\n'
     'Revised assessment: (no revised assessment; original stands)\n'
     '  Left ........ 4A\n',
     '4A', None),
    ('D16',
     'BILATERAL MAMMOGRAM\n'
     'Impression: right 0, left 1.\n'
     'Corrected category: (typing error in the 2024 report, for the record)\n'
     '  Right ........ 3\n'
     'Final impression today: right BI-RADS 0, left BI-RADS 1.\n',
     '1', '0'),
    ('D17',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  MAM DIAG BILAT\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 4A  Suspicious - low\n'
     '  Left ........ 1   Negative\n'
     'Revised assessment: (addendum 03/09/2026, after second-look ultrasound)\n'
     '  Right ....... 3   Probably benign\n'
     '  Left ........ 2   Benign\n',
     '2', '3'),
    ('F02',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 03/02/2026  US BREAST RT LTD\n'
     '[EXAM ASSESSMENT]\n'
     '  Right ....... 3   Probably benign\n'
     '  Left ........ N/A (not examined)\n'
     'Previous result (tracking history, not this exam):\n'
     'Revised assessment: (addendum 07/2025, after biopsy)\n'
     '  Right ....... 4B\n',
     None, '3'),
]


@pytest.mark.parametrize(("case", "text", "left", "right"), RULE1_CONFIRMED, ids=[c[0] for c in RULE1_CONFIRMED])
def test_rule1_confirmed(case: str, text: str, left: str | None, right: str | None) -> None:
    assert _labels(text) == (left, right)

@pytest.mark.parametrize(("case", "text", "left", "right"), RULE2_CONFIRMED, ids=[c[0] for c in RULE2_CONFIRMED])
def test_rule2_confirmed(case: str, text: str, left: str | None, right: str | None) -> None:
    assert _labels(text) == (left, right)

@pytest.mark.parametrize(("case", "text", "left", "right"), RULE3_CONFIRMED, ids=[c[0] for c in RULE3_CONFIRMED])
def test_rule3_confirmed(case: str, text: str, left: str | None, right: str | None) -> None:
    assert _labels(text) == (left, right)

@pytest.mark.parametrize(("case", "text", "left", "right"), UNDER_REACHES_FIXED, ids=[c[0] for c in UNDER_REACHES_FIXED])
def test_under_reaches_fixed(case: str, text: str, left: str | None, right: str | None) -> None:
    assert _labels(text) == (left, right)

# (review r100b withdrew the cut at the report's own next heading: these texts read as before it, the guide's right
# labels unchanged)
_RULE4_WITHDRAWN = {"A01", "A02", "A06", "A07", "A08", "A14", "A16", "A17", "A22", "prior_list_no_blank"}
_RULE4_XFAIL = pytest.mark.xfail(strict=True, reason="rule 4 (a plural prior list ends at the report's own next "
                                 "heading) withdrawn in review r100b: it cut inside pasted earlier reports")


def _params(cases: list) -> list:
    return [pytest.param(*c, id=c[0], marks=[_RULE4_XFAIL] if c[0] in _RULE4_WITHDRAWN else []) for c in cases]


@pytest.mark.parametrize(("case", "text", "left", "right"), _params(PRIOR_LIST_FIXED))
def test_prior_list_fixed(case: str, text: str, left: str | None, right: str | None) -> None:
    assert _labels(text) == (left, right)

@pytest.mark.parametrize(("case", "text", "left", "right"), KEEP, ids=[c[0] for c in KEEP])
def test_keep(case: str, text: str, left: str | None, right: str | None) -> None:
    assert _labels(text) == (left, right)


# own wordings: the narrowed rules still read their class, and their near misses read as the labels say
OWN = [
    ('rows_blank',
     'PATIENT EXAM HISTORY\n'
     'CURRENT EXAM (this order)\n'
     '  05/02/2026  US BREAST RT LTD  FINAL\n'
     '  Impression: right 7:00 cyst. BI-RADS 2.\n'
     'PRIOR EXAMS ON FILE\n'
     '  10/2025  US BREAST RT LTD  FINAL  Impression: BI-RADS 3\n'
     '\n'
     '  04/2025  MAM DIAG BILAT  FINAL  L BI-RADS 4A\n',
     None, '2'),
    ('rows_then_impression',
     'PATIENT EXAM HISTORY\n'
     'CURRENT EXAM\n'
     '  05/02/2026  MAM DIAG BILAT  FINAL\n'
     '  Findings: left 1:00 mass 11 mm, spiculated.\n'
     'PRIOR EXAMS ON FILE\n'
     '  2025  MAM SCREEN BILAT  FINAL  BI-RADS 1\n'
     'IMPRESSION: left 1:00 mass, BI-RADS 5. Right breast negative, BI-RADS 1.\n',
     '5', '1'),
    ('revised_confirm',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 05/02/2026  US BREAST LT LTD\n'
     '[EXAM ASSESSMENT]\n'
     '  Left ........ 4A  Suspicious - low\n'
     '  Right ....... N/A (not examined)\n'
     'Revised assessment: (addendum 05/06/2026, awaiting attending sign-off)\n'
     '  Left ........ 3   Probably benign\n',
     '4A', None),
    ('revised_comma',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 05/02/2026  US BREAST LT LTD\n'
     '[EXAM ASSESSMENT]\n'
     '  Left ........ 4A  Suspicious - low\n'
     '  Right ....... N/A (not examined)\n'
     'Revised assessment: (addendum 05/06/2026, outside films reviewed)\n'
     '  Left ........ 2, benign\n',
     '2', None),
    ('revised_interval',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 05/02/2026  US BREAST LT LTD\n'
     '[EXAM ASSESSMENT]\n'
     '  Left ........ 3   Probably benign\n'
     '  Right ....... N/A (not examined)\n'
     'Revised assessment: (addendum 05/06/2026, interval changed)\n'
     '  Left ........ 12 months\n',
     '3', None),
    ('revised_prior_order',
     'FOLLOW-UP TRACKING LIST\n'
     'Index exam: 05/02/2026  US BREAST LT LTD\n'
     '[EXAM ASSESSMENT]\n'
     '  Left ........ 2   Benign\n'
     '  Right ....... N/A (not examined)\n'
     'Earlier order 11/2025  US BREAST LT LTD\n'
     'Revised assessment: (addendum 11/20/2025, after biopsy)\n'
     '  Left ........ 4A  Suspicious\n',
     '2', None),
    ('pasted_prior_own_heading_again',
     'US LEFT BREAST\n'
     'Prior studies:\n'
     '2025 US left\n'
     'Impression: left 2:00 mass, BI-RADS 3.\n'
     '\n'
     'Findings: left 2:00 mass unchanged.\n'
     'Impression: BI-RADS 2.\n',
     '2', None),
    ('prior_list_no_blank',
     'US RIGHT BREAST\n'
     'Earlier exams:\n'
     '03/2025 US right, BI-RADS 3.\n'
     '09/2025 US right, BI-RADS 3.\n'
     'Findings: right 10:00 oval mass, 6 mm, stable 12 months.\n'
     'Impression: probably benign, BI-RADS 3.\n',
     None, '3'),
    ('prior_result_singular',
     'US RIGHT BREAST\n'
     'Previous result (09/2025)\n'
     'Findings: right 10:00 mass 6 mm.\n'
     'Impression: BI-RADS 4A.\n',
     None, None),
    ('current_dated_other',
     'EXAM HISTORY PRINT\n'
     'Previous results\n'
     '  2025  US BREAST LEFT  final  BI-RADS 3\n'
     'Current exam (previous visit)\n'
     '  US BREAST LEFT  BI-RADS 4A\n',
     None, None),
]


@pytest.mark.parametrize(("case", "text", "left", "right"), _params(OWN))
def test_own(case: str, text: str, left: str | None, right: str | None) -> None:
    assert _labels(text) == (left, right)
