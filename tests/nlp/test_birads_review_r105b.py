"""Review r105b, the second review of the b105 radiology rules (texts as the review wrote them, with their right labels).

Rule 3 (a side the report says was not imaged leaves an untitled exam's sides) was withdrawn after this review: 19 of
58 texts over-reached (an exam of both breasts told per side, under headings, in letters or other words; a reason in
parentheses naming another modality or visit; a quoted, requested or later-reversed statement), so each reads both
sides as before b105. Rule 2 (an exam dated to its month and year, its category straight after "reported", is an
earlier exam) does not date a category its own sentence calls today's or the current exam's ("... reported BI-RADS 4A
today", "(this exam)", "Current imaging: ..."). Tests compare labels only."""
import pytest

from tests.nlp.labels import birads_codes


@pytest.mark.parametrize(("case", "text", "codes"), [
    ('B01', 'BREAST MDT OUTCOME\nCase 4 of 9\n\nMammogram: right breast no mass. Left breast no mass.\n'
             "Ultrasound: right breast 10 o'clock 8 mm simple cyst. Left breast not scanned.\n"
             '\nImpression: BI-RADS 2.',
     '2 2'),
    ('B34', 'BREAST MDT OUTCOME\nCase 4 of 9\n\nTomosynthesis: right breast 12 mm spiculated mass at 11 '
             "o'clock. Left breast: no mass.\nUltrasound: right breast 12 mm irregular mass at 11 o'clock. "
             'Left breast not scanned.\n\nImpression: BI-RADS 5.',
     '5 5'),
    ('B02', 'REFERRAL OUTCOME\nPatient: J. Doe\n\nMAMMOGRAPHY\nRight: no mass or calcification.\n'
             "Left: no mass or calcification.\n\nULTRASOUND\nRight: 8 mm simple cyst at 10 o'clock.\n"
             'Left: not scanned.\n\n\nImpression: BI-RADS 2.',
     '2 2'),
    ('B09', "BREAST MDT OUTCOME\nCase 4 of 9\n\nMRI: right breast 6 mm enhancing focus at 10 o'clock. "
             'Left breast not imaged (coil fault).\nMammogram: right breast dense, no mass. Left breast: '
             'no mass or calcification on mammography.\n\nImpression: BI-RADS 3.',
     '3 3'),
    ('B39', 'GP SUMMARY\nPatient: M. Example   NHS no: 000 111 2222\n\nMammo: R and L no mass.\n'
             "US: R 10 o'clock 9 mm simple cyst. L breast not scanned.\n\n"
             'Impression: BI-RADS 2.',
     '2 2'),
    ('F40', "GP SUMMARY\nPatient: M. Example   NHS no: 000 111 2222\n\nNurse: lump R breast 10 o'clock. "
             'Left breast normal to palpation.\nMammogram: no suspicious features bilaterally.\n'
             "Ultrasound: right breast 9 mm simple cyst at 10 o'clock. Left breast not scanned.\n"
             '\nImpression: BI-RADS 2.',
     '2 2'),
    ('F41', "GP SUMMARY\nPatient: M. Example   NHS no: 000 111 2222\n\nNurse: lump R breast 10 o'clock. "
             'Left breast normal to palpation.\nMammogram: no suspicious features in either breast.\n'
             "Ultrasound: right breast 9 mm simple cyst at 10 o'clock. Left breast not scanned.\n"
             '\nImpression: BI-RADS 2.',
     '2 2'),
    ('F42', "GP SUMMARY\nPatient: M. Example   NHS no: 000 111 2222\n\nNurse: lump R breast 10 o'clock. "
             'Left breast normal to palpation.\nMammogram: both sides normal.\n'
             "Ultrasound: right breast 9 mm simple cyst at 10 o'clock. Left breast not scanned.\n"
             '\nImpression: BI-RADS 2.',
     '2 2'),
    ('F43', "GP SUMMARY\nPatient: M. Example   NHS no: 000 111 2222\n\nNurse: lump R breast 10 o'clock. "
             'Left breast normal to palpation.\nTomosynthesis: no suspicious mass in the breasts.\n'
             "Ultrasound: right breast 9 mm simple cyst at 10 o'clock. Left breast not scanned.\n"
             '\nImpression: BI-RADS 2.',
     '2 2'),
    ('F03', "GP SUMMARY\nPatient: M. Example   NHS no: 000 111 2222\n\nNurse: lump R breast 10 o'clock. "
             "Left breast normal to palpation.\nResult: ultrasound, right breast 10 o'clock 8 mm simple "
             'cyst. Left breast not scanned (normal on mammography).\n\nImpression: BI-RADS 2.',
     '2 2'),
    ('F13', "GP SUMMARY\nPatient: M. Example   NHS no: 000 111 2222\n\nNurse: lump R breast 10 o'clock. "
             "Left breast normal to palpation.\nUltrasound right breast: 9 mm simple cyst at 10 o'clock. "
             'Left breast not scanned (see mammogram above: no mass).\n\n'
             'Impression: BI-RADS 2.',
     '2 2'),
    ('F46', "GP SUMMARY\nPatient: M. Example   NHS no: 000 111 2222\n\nNurse: lump R breast 10 o'clock. "
             "Left breast normal to palpation.\nUltrasound: right breast 9 mm simple cyst at 10 o'clock. "
             'Left breast not scanned (assessed with tomosynthesis).\n\nImpression: BI-RADS 2.',
     '2 2'),
    ('B31', 'GP SUMMARY\nPatient: M. Example   NHS no: 000 111 2222\n\nRight breast: 9 mm simple cyst at '
             "10 o'clock. Left breast: palpable area at 2 o'clock, normal tissue on ultrasound. The left "
             'breast was not imaged (mammography declined).\n\nImpression: BI-RADS 2.',
     '2 2'),
    ('B12', 'GP SUMMARY\nPatient: M. Example   NHS no: 000 111 2222\n\nRight breast: 9 mm cyst, unchanged '
             'since 03/2024. Left breast: 4 mm cyst, new. Left breast not scanned (declined at the 03/2024 '
             'visit).\n\nImpression: BI-RADS 2.',
     '2 2'),
    ('B11', 'GP SUMMARY\nPatient: M. Example   NHS no: 000 111 2222\n\nRight breast: 9 mm cyst aspirated '
             "under ultrasound guidance. Left breast: 5 mm simple cyst at 2 o'clock. Left breast not "
             're-scanned (no aspiration needed).\n\nImpression: BI-RADS 2.',
     '2 2'),
    ('B05', "CLINIC LETTER\nDear Dr Rao,\n\nUltrasound: right breast 8 mm simple cyst at 10 o'clock. Left "
             "breast: 5 mm simple cyst at 2 o'clock. Her 2024 scan covered the right breast only; left "
             'breast not scanned.\n\n\nImpression: BI-RADS 2.',
     '2 2'),
    ('B07', 'GP LETTER\nDear colleague,\nHer outside report of 2024 read: "Right breast: 9 mm cyst. Left '
             'breast not scanned."\nToday\'s ultrasound: right breast cyst unchanged. Left breast: 5 mm '
             "simple cyst at 2 o'clock.\n\nImpression: BI-RADS 2.",
     '2 2'),
    ('B30', 'REFERRAL FORM\nReason: right breast lump.\nLeft breast not imaged.\n'
             "\nRadiology response: ultrasound right breast 9 mm simple cyst at 10 o'clock. Left breast: 4 "
             "mm simple cyst at 2 o'clock, scanned at patient request.\n\n"
             'Impression: BI-RADS 2.',
     '2 2'),
    ('B10', 'GP SUMMARY\nPatient: M. Example   NHS no: 000 111 2222\n\nUltrasound: right breast 9 mm '
             "simple cyst at 10 o'clock. Left breast not scanned.\n\nImpression: BI-RADS 2.\n"
             '\nAddendum 19/03/2026: the left breast was scanned later the same day: 4 mm simple cyst at 2 '
             "o'clock.",
     '2 2'),
])
def test_side_said_not_imaged_keeps_its_exam(case: str, text: str, codes: str) -> None:
    assert birads_codes(text) == codes, case


@pytest.mark.parametrize(("case", "text", "codes"), [
    ('A06', 'Letter: US left breast 03/2026, reported BI-RADS 4A today; biopsy arranged for next week.',
     '4A -'),
    ('A32L', 'Letter: US left breast 03/2026, reported BI-RADS 4A this morning; biopsy arranged.',
     '4A -'),
    ('A43', 'Letter: US left breast 03/2026, reported BI-RADS 4A (this exam); core biopsy booked.',
     '4A -'),
    ('A41L', 'Letter: US left breast 03/2026, reported BI-RADS 4A (current exam); core biopsy booked.',
     '4A -'),
    ('A05', "Referral form\nQ: result of this month's imaging? US left breast 03/2026 reported BI-RADS 3 "
             'today by Dr Lim.',
     '3 -'),
    ('A03', 'Current imaging: US left breast 03/2026, reported BI-RADS 4A. Core biopsy booked.',
     '4A -'),
])
def test_dated_exam_called_todays_keeps_its_category(case: str, text: str, codes: str) -> None:
    assert birads_codes(text) == codes, case
