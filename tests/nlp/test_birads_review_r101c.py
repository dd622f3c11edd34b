"""Review r101c of the b101 rules: the third review's 58 confirmed over-reaches (31 of the homophone read from the
category's name before it, "left breast benign, birads too"; 27 of a bare "Diagnostic impression:" heading over side
lines). Both rules were withdrawn after this review: a homophone after a category's name, and a side line under a bare
"Diagnostic impression:" heading, give no category (too often the words of a referrer, an earlier exam or another
person). Every text reads its right label, which is the reading before the b101 rules. Tests compare labels only."""
import pytest

from nlp.birads import extract_birads


def _labels(text: str) -> str:
    r = extract_birads(text)
    return f"L={r['L'] or '-'} R={r['R'] or '-'}"


# ------------------------------------------------------------------ homophone after a category's name: over-reaches
# (earlier, quoted or another person's exam; a history / indication sentence; a hypothetical, plan or teaching
# sentence; a negated name; the other side of a unilateral exam or a clinical examination; a pathology request)
HOMOPHONE_CASES = [
    ('H01', 'Bilateral mammogram. Impression: right breast BI-RADS 1. Six months ago the left '
            'breast was benign, birads too.',
     'L=- R=1'),
    ('H02', "Right mammogram. Impression: right breast BI-RADS 2. Her sister's left breast was "
            'benign, birads too.',
     'L=- R=2'),
    ('H03', 'Right breast US. Impression: right breast negative, BI-RADS 1.\n'
            'Quoted from the GP\'s letter: "left breast benign, birads too."',
     'L=- R=1'),
    ('H04', 'Left breast US. Findings: the cyst has resolved. At her first visit the left breast '
            'was benign, birads too.',
     'L=- R=-'),
    ('H05', 'Bilateral US. Right breast: BI-RADS 1. Left breast benign, birads too, in 2024; not '
            'rescanned today.',
     'L=- R=1'),
    ('H06', 'Bilateral US. Right breast: BI-RADS 1. Left breast benign, birads too, on the previous study.',
     'L=- R=1'),
    ('H07', 'Left breast US. Findings: no mass. Left breast benign, birads too, per the referral letter.',
     'L=- R=-'),
    ('H08', 'Right mammogram. Impression: right breast BI-RADS 1.\n'
            'Addendum: the following sentence belongs to another patient and is withdrawn: left '
            'breast benign, birads too.',
     'L=- R=1'),
    ('H09', 'Right mammogram. Impression: right breast BI-RADS 1. Her GP wrote: left breast benign, birads too.',
     'L=- R=1'),
    ('H10', 'Right mammogram (post left mastectomy). Right breast BI-RADS 2. Before the '
            'mastectomy the left breast was benign, birads too.',
     'L=- R=2'),
    ('H11', 'Bilateral US. Right breast: BI-RADS 1. The left breast was not scanned today; at her '
            'visit in May benign, birads too.',
     'L=- R=1'),
    ('H12', 'Translation of referral: left breast benign, birads too. Please perform a left breast ultrasound.',
     'L=- R=-'),
    ('H13', "Mother's mammogram: left breast benign, birads too. Patient's right breast US: BI-RADS 1.",
     'L=- R=1'),
    ('H14', "Left breast US. Complex cyst at 3 o'clock. If the aspirate is clear, left breast "
            'benign, birads too.',
     'L=- R=-'),
    ('H15', 'Left breast US. Indeterminate 6 mm mass. Should the MRI be normal, left breast '
            'negative, birads won.',
     'L=- R=-'),
    ('H16', 'Left breast US. Recommend a repeat scan; if unchanged, left breast benign, birads too.',
     'L=- R=-'),
    ('H17', 'Example phrasing for trainees: left breast benign, birads too.',
     'L=- R=-'),
    ('H18', 'BILATERAL MAMMOGRAM\n'
            'CLINICAL HISTORY\n'
            'Recalled from screening. Assessment clinic: left breast benign, birads too.\n'
            'FINDINGS\n'
            'No mass.\n'
            'IMPRESSION\n'
            'Right breast BI-RADS 1.',
     'L=- R=1'),
    ('H21', 'Left breast US. Reason for exam: left breast benign, birads too, 6-month check '
            'requested by the surgeon. Findings: the cyst has resolved.',
     'L=- R=-'),
    ('H22', 'Left breast US. Impression: left breast mass, not clearly benign, birads too.',
     'L=- R=-'),
    ('H23', 'Left breast US. Impression: left breast mass no longer benign, birads too.',
     'L=- R=-'),
    ('H24', 'Left breast US. Impression: the left breast lesion cannot be called benign, birads too.',
     'L=- R=-'),
    ('H25', 'Left mammogram. Impression: left breast not entirely negative, birads won.',
     'L=- R=-'),
    ('H26', 'Left breast US. Impression: left breast mass, not considered benign, birads too.',
     'L=- R=-'),
    ('H27', 'Left breast US. Impression: left breast mass, far from benign, birads too.',
     'L=- R=-'),
    ('H28', "Left breast US. Impression: left breast mass isn't benign, birads too.",
     'L=- R=-'),
    ('H29', 'Left breast US. Impression: left breast mass, neither negative nor benign, birads too.',
     'L=- R=-'),
    ('H30', "Left breast US. Impression: left breast BI-RADS 1. Her daughter's right breast benign, birads too.",
     'L=1 R=-'),
    ('H31', 'Left breast US. Impression: left breast BI-RADS 3. On clinical examination only, '
            'right breast benign, birads too.',
     'L=3 R=-'),
    ('H33', "Histopathology request: left breast core biopsy, 2 o'clock, imaging benign, birads too.",
     'L=- R=-'),
    ('H37', 'Bilateral US. Right breast BI-RADS 1. Left breast: 5 mm cyst; the contralateral '
            'breast benign, birads too.',
     'L=- R=1'),
]


@pytest.mark.parametrize(("case", "text", "expected"), HOMOPHONE_CASES, ids=[c[0] for c in HOMOPHONE_CASES])
def test_review_homophone_over_reach(case: str, text: str, expected: str) -> None:
    assert _labels(text) == expected, case


# ------------------------------------------------------------------ "Diagnostic impression:" heading: over-reaches
# (clinicians' notes and letters; request, order and referral forms; pathology results; earlier exams; a form, note
# or worksheet appended after the radiologist's own assessment)
DIAGNOSTIC_IMPRESSION_CASES = [
    ('D01', 'BREAST CLINIC NOTE\n'
            'Seen today with a 2 cm left breast lump.\n'
            'Diagnostic impression:\n'
            'Left breast: probably benign.\n'
            'Plan: ultrasound and core biopsy.\n',
     'L=- R=-'),
    ('D02', 'To whom it may concern:\n'
            'I saw this lady today with a lump.\n'
            'Diagnostic impression:\n'
            'Left breast: suspicious.\n'
            'I have requested imaging.\n',
     'L=- R=-'),
    ('D03', 'Dear Dr Smith,\n'
            '\n'
            'Thank you for seeing Mrs Jones, 52.\n'
            'Diagnostic impression:\n'
            'Left breast: probably benign.\n'
            'Kind regards,\n'
            'Dr A. Patel\n',
     'L=- R=-'),
    ('D04', 'Hi Dr Smith,\n'
            'This lady has a tender lump.\n'
            'Diagnostic impression:\n'
            'Right breast: probably benign.\n'
            'Thanks, Anna (GP)\n',
     'L=- R=-'),
    ('D05', 'SURGICAL CONSULTATION\n'
            '58F with a left breast lump for 3 weeks.\n'
            "Examination: 2 cm firm mass at 2 o'clock.\n"
            'Diagnostic impressions:\n'
            'Left breast: suspicious.\n'
            'Right breast: negative.\n'
            'Plan: bilateral mammogram and ultrasound.\n',
     'L=- R=-'),
    ('D06', 'Breast surgery outpatient review\n'
            'Diagnostic impression / differential diagnosis:\n'
            'Left breast: probably benign.\n'
            'For ultrasound.\n',
     'L=- R=-'),
    ('D07', 'IMAGING ORDER\n'
            'Ordering physician: Dr Jones\n'
            'Diagnostic impression:\n'
            'Left breast: suspicious.\n'
            'Exam requested: bilateral mammogram.\n',
     'L=- R=-'),
    ('D08', 'REQUEST\n'
            'Patient details:\n'
            'Diagnostic impression:\n'
            'Left breast: suspicious.\n',
     'L=- R=-'),
    ('D09', 'Ultrasound request\n'
            'Clinical summary:\n'
            'Diagnostic impression:\n'
            'Left breast: probably benign.\n',
     'L=- R=-'),
    ('D10', 'Referral letter - English translation\n'
            'Diagnostic impression:\n'
            'Left breast: suspicious.\n'
            'Kindly perform an ultrasound.\n',
     'L=- R=-'),
    ('D11', 'Translated referral (from Spanish)\n'
            'Impresión diagnóstica [Diagnostic impression]:\n'
            'Mama izquierda [Left breast]: hallazgo probablemente benigno [probably benign finding].\n'
            'Se solicita ecografía [Ultrasound requested].\n',
     'L=- R=-'),
    ('D12', 'Referrer - Dr Jones, GP\n'
            'Diagnostic impression:\n'
            'Right breast: probably benign.\n'
            'Please scan.\n',
     'L=- R=-'),
    ('D13', 'Sent by: Dr Jones (GP)\n'
            'Diagnostic impression:\n'
            'Right breast: suspicious.\n',
     'L=- R=-'),
    ('D14', 'Histopathology Request Form\n'
            "Specimen: left breast core biopsy x3, 2 o'clock\n"
            'Diagnostic impression:\n'
            'Left breast: suspicious.\n'
            'Please report urgently.\n',
     'L=- R=-'),
    ('D16', 'SURGICAL PATHOLOGY REPORT\n'
            'Specimen: left breast core biopsy.\n'
            'Microscopy: fibroadenoma.\n'
            'Diagnostic impression:\n'
            'Left breast: benign.\n',
     'L=- R=-'),
    ('D17', 'US-GUIDED CORE BIOPSY, LEFT BREAST\n'
            "Procedure: 14G x3 at 2 o'clock, no complications.\n"
            '\n'
            'Pathology result (received 20/03/2026)\n'
            'Diagnostic impression:\n'
            'Left breast: benign.\n'
            'Concordant.\n',
     'L=- R=-'),
    ('D18', 'US LEFT BREAST\n'
            'The outside ultrasound of 12/01/2025 was reported as follows.\n'
            'Diagnostic impression:\n'
            'Left breast: probably benign finding.\n'
            '\n'
            'Today the cyst has resolved.\n',
     'L=- R=-'),
    ('D19', 'Exam of 12/03/2024\n'
            'Diagnostic impression:\n'
            'Left breast: suspicious.\n'
            '\n'
            "Today's exam\n"
            'Findings: normal tissue, no mass.\n',
     'L=- R=-'),
    ('D20', 'Exam of 12/03/2024\n'
            'Technique: handheld US.\n'
            'Diagnostic impression:\n'
            'Left breast: suspicious.\n'
            '\n'
            'Exam of 15/03/2026\n'
            'Findings: normal tissue, no mass.\n',
     'L=- R=-'),
    ('D21', 'US LEFT BREAST 15/03/2026\n'
            'Findings: cyst resolved, no mass.\n'
            '\n'
            'City Clinic report of March, copied below\n'
            'Technique: handheld.\n'
            'Diagnostic impression:\n'
            'Left breast: probably benign finding.\n',
     'L=- R=-'),
    ('D22', 'US-GUIDED CORE BIOPSY, LEFT BREAST\n'
            'HISTORY:\n'
            'Work-up elsewhere:\n'
            'Diagnostic impression:\n'
            'Left breast: suspicious.\n'
            '\n'
            'PROCEDURE:\n'
            "14G core x3 at 2 o'clock. No complications.\n",
     'L=- R=-'),
    ('D23', 'BILATERAL MAMMOGRAM\n'
            'Impression: Right breast BI-RADS 1. Left breast BI-RADS 2.\n'
            '\n'
            '--- Request form (scanned) ---\n'
            'Diagnostic impression:\n'
            'Left breast: suspicious.\n',
     'L=2 R=1'),
    ('D24', 'US LEFT BREAST\n'
            'Impression: Left breast BI-RADS 2.\n'
            '\n'
            "Clinician's note (Dr A. Khan, breast surgeon)\n"
            'Diagnostic impression:\n'
            'Right breast: suspicious.\n',
     'L=2 R=-'),
    ('D25', 'US LEFT BREAST\n'
            'Radiologist: simple cyst. Left breast BI-RADS 2.\n'
            '\n'
            "Sonographer's worksheet\n"
            'Diagnostic impression:\n'
            'Left breast: probably benign finding.\n',
     'L=2 R=-'),
    ('D26', 'BILATERAL US\n'
            "Findings: 8 mm cyst left 2 o'clock. Right normal.\n"
            'Conclusion: left breast BI-RADS 2, right breast BI-RADS 1.\n'
            '\n'
            'Attached: GP referral\n'
            'Diagnostic impression:\n'
            'Left breast: suspicious.\n',
     'L=2 R=1'),
    ('D27', 'From the desk of Dr Jones\n'
            'Diagnostic impression:\n'
            'Left breast: suspicious.\n',
     'L=- R=-'),
    ('D28', "Second-opinion request to Breast Imaging, St Mary's\n"
            'Diagnostic impression:\n'
            'Left breast: suspicious.\n'
            'Please review the enclosed images.\n',
     'L=- R=-'),
]


@pytest.mark.parametrize(("case", "text", "expected"), DIAGNOSTIC_IMPRESSION_CASES,
                         ids=[c[0] for c in DIAGNOSTIC_IMPRESSION_CASES])
def test_review_diagnostic_impression_over_reach(case: str, text: str, expected: str) -> None:
    assert _labels(text) == expected, case
