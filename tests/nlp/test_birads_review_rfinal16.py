"""Final measurement review rfinal16 of the radiology b131-b132 rules on dev-r131 (head 15b3f57: the seven rules of e076e96
as narrowed by review r131): 100 texts written new from the labelling guide before either revision was run: 62 rule texts
(about 8-9 per rule: the "Reason for request" history heading rr_*, the bare-source heading "Indication as written on the
request:" bs_*, "Right breast: previously seen <finding> ..." on a side entry ps_*, a side list's dash remark dl_*, an
AI / CAD line's "; suggested" clause ai_*, both breasts from the exam's title tb_*, a form's pre-filled entry pf_*), 30
ordinary reports in common styles touching none of them (or01-or30), and 8 probes for the mending (px_*). Read: the
commits' diffs, the r131 review module's docstring, tests/nlp/test_birads_b131_house.py and the guide; no styles batch.

Read at 6aeddd2 (OLD): 70/100 right; at 15b3f57 before mending: 83/100 right (22 fixed), with 9 over-reaches and one
text newly wrong another way:
- dl_n03, px_dash_01: "Previous report (2025): BI-RADS right breast 3 - follow-up. Left breast 1 - negative." / "Prior
  study 11/2025: BI-RADS right breast 4A - biopsy advised. ...": the dash remark let a dated line's list reach an item
  the date did not cover (OLD read the impression only);
- ai_n02: "AI output reviewed and overridden; suggested category BI-RADS 3 by the radiologist": the radiologist's dropped;
- ai_n03, px_ai_02: "No AI result available (software down); suggested category BI-RADS 2 per reporting radiologist";
- ai_n04: "AI probability of malignancy 4%; suggested BI-RADS 2, which the reporting radiologist accepts as final";
- px_ai_01: "CAD score 6; suggested category BI-RADS 4A, confirmed by the radiologist";
- pf_n03, px_pre_01: a template's pre-filled "BI-RADS 1 - Negative" that the radiologist "signed without changes" /
  "report signed by Dr M. Ade" dropped;
- bs_v02 (newly wrong another way, no over-reach of this rule): "History as stated on the form: right breast 4B lesion
  ... (BI-RADS 4B)" is now history as it should be, but the bilateral MRI's unsided "Assessment: Benign. BI-RADS 2." then
  gives the right nothing, as it does under a plain "History:" heading at both revisions (px_hist_01).

Narrowed (nlp/birads.py): a side list on a line dated before its head (_dated over the line before the keyword) is read by
the dash remark's reach neither past its full stop (the full-stop form's remark, group "stop") nor in a bare list whose
item ends only on the remark: the earlier exam's list, as at OLD; the AI line's "; suggested" clause stays the software's
only where its sentence names no reader owning it after the category (_SUGGESTION_OWNED_AFTER: "by / per the
(reporting) radiologist / reader / consultant", "by / per Dr", accepts, agreed, confirmed, endorsed, adopted; "for the
radiologist's review" is still the software's); a pre-filled template entry signed by the radiologist ("radiologist
signed", "signed (off) by the radiologist / Dr") is the reading, like one confirmed (_PREFILLED_CONFIRMED); "signed by
the claimant" is not. The narrowings' near misses joined tests/nlp/test_birads_b131_house.py. Nothing withdrawn.

After mending: 92/100 right, no over-reach; bs_v02 reads worse than at OLD only as said above (its history now read as
history, the right's "-" the existing bilateral-MRI reading, px_hist_01). Strict xfails, wrong at both revisions and no new
rule's doing (bs_v02 aside): ps_n03 (the side entry's "unchanged today; graded BI-RADS 4A by the outside centre": the
outside grading read as today's at both); dl_v01 ("FINAL ASSESSMENT: Right breast 2 - benign cyst. Left breast 1 -
negative.": no BI-RADS keyword heads the list, nothing read); dl_v04 ("BI-RADS category by side: Right breast 0 - ...":
the head not a list's); dl_n05 ("Right breast 3 - 6 month follow-up": a remark opening with a number is no remark);
dl_n06 ("Right breast 2 - benign - Left breast 1 - negative": a dash between the items, the left unread); tb_n01 (a
one-sided ultrasound title over "Bilateral mammogram with tomosynthesis. Performed the same day and reported
separately.": both sides at both revisions); px_hist_01 (as bs_v02)."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('HOLLYBANK BREAST CLINIC\n'
                  'MAMMOGRAM RIGHT BREAST - DIAGNOSTIC\n'
                  'Date of exam: 09/03/2026\n'
                  '\n'
                  "Reason for request: outside ultrasound 01/2026 right 7 o'clock mass BI"
                  '-RADS 4A; core biopsy benign. Please correlate.\n'
                  '\n'
                  'Findings: Right breast, CC and MLO with spot compression: a 9 mm oval '
                  "circumscribed mass at 7 o'clock, biopsy clip in place.\n"
                  '\n'
                  'Impression: Biopsy-proven benign mass, concordant. BI-RADS 2.\n'),
                 '- 2', id='rr_v01'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, LEFT\n'
                  'Reason for request:\n'
                  '  Screening recall 02/2026 - left focal asymmetry, BI-RADS 0.\n'
                  'FINDINGS:\n'
                  'Spot compression views of the left upper outer quadrant: the asymmetry'
                  ' disperses; normal fibroglandular tissue.\n'
                  'IMPRESSION:\n'
                  'No persistent abnormality. BI-RADS 1 - Negative. Return to routine scr'
                  'eening.\n'),
                 '1 -', id='rr_v02'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Reason for request (clinician): "R breast cyst, BIRADS 3 in 2025, now '
                  'tender"\n'
                  'Findings:\n'
                  "Right breast: 12 mm simple cyst at 10 o'clock, unchanged.\n"
                  'Left breast: no focal lesion.\n'
                  'Impression: Benign right breast cyst. Overall BI-RADS 2 bilaterally.\n'),
                 '2 2', id='rr_v03'),
    pytest.param(('US LEFT BREAST\n'
                  'Patient: Ms T. Varga (synthetic)   DOB 04/04/1971\n'
                  'REASON FOR REQUEST: GP query left breast lump; mammogram elsewhere gra'
                  'ded BI-RADS 4.\n'
                  'TECHNIQUE: Linear 15 MHz.\n'
                  "FINDINGS: Left 1 o'clock, 3 cm from the nipple: 14 x 9 mm irregular hy"
                  'poechoic mass with indistinct margins and posterior shadowing.\n'
                  'CONCLUSION: Suspicious left breast mass, BI-RADS 4C. US-guided core bi'
                  'opsy booked.\n'),
                 '4C -', id='rr_v04'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  'Impression: Two simple cysts, right breast. BI-RADS 2.\n'
                  '\n'
                  '--- Request details ---\n'
                  'Requested by: Dr K. Olsen\n'
                  'Reason for request: ? right BI-RADS 4 lesion on outside scan\n'),
                 '- 2', id='rr_v05'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  'Reason for request: palpable lump.\n'
                  "Right breast: 16 mm irregular hypoechoic mass at 9 o'clock with angula"
                  'r margins, BI-RADS 5.\n'
                  'Core biopsy performed same day.\n'),
                 '- 5', id='rr_n01'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM 02/03/2026. Reason for request: routine '
                  'three-yearly screening. The breasts are almost entirely fatty. No mass'
                  ', distortion or suspicious calcification. Impression: Negative, BI-RAD'
                  'S 1.\n'),
                 '1 1', id='rr_n02'),
    pytest.param(('MAMMOGRAM LEFT BREAST\n'
                  "Findings: left 12 o'clock 8 mm cluster of fine pleomorphic calcificati"
                  'ons.\n'
                  'Impression: Suspicious calcifications, BI-RADS 4B.\n'
                  'Recommendation: stereotactic biopsy; the reason for request of the bio'
                  'psy slot is BI-RADS 4B calcifications.\n'),
                 '4B -', id='rr_n03'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  'Clinical details as given by the referrer: left breast lump, "previous'
                  ' BI-RADS 3 in 2024".\n'
                  "Findings: Left 2 o'clock 11 mm oval hypoechoic mass, now with an angul"
                  'ar margin.\n'
                  'Impression: Suspicious, BI-RADS 4A. Biopsy recommended.\n'),
                 '4A -', id='bs_v01'),
    pytest.param(('MRI BILATERAL BREASTS WITH CONTRAST\n'
                  'History as stated on the form: right breast 4B lesion biopsied 06/2025'
                  ' (BI-RADS 4B), B2 result.\n'
                  'Findings: Minimal background enhancement. Biopsy marker in the right b'
                  "reast at 11 o'clock with no residual enhancement. Left breast normal.\n"
                  'Assessment: Benign. BI-RADS 2.\n'),
                 '2 2', id='bs_v02',
                 marks=pytest.mark.xfail(strict=True, reason="review bs_v02 (bare_source_heading): read '2 -'; 'as stated on'")),
    pytest.param(('RIGHT BREAST ULTRASOUND\n'
                  "Indication as typed in the order: F/U R 8 o'clock nodule, BI-RADS 3, 1"
                  '2 months\n'
                  "Findings: Right 8 o'clock 6 x 4 mm circumscribed oval nodule, stable f"
                  'or 2 years.\n'
                  'Impression: Benign (stable 2 years). BI-RADS 2.\n'),
                 '- 2', id='bs_v03'),
    pytest.param(('BREAST IMAGING CENTRE\n'
                  'ULTRASOUND OF THE RIGHT BREAST\n'
                  'INDICATION AS WRITTEN ON THE REQUEST FORM: "?BIRADS 4 right lump per o'
                  'utside mammo"\n'
                  "FINDINGS: Right 10 o'clock: area of prominent normal fibroglandular ti"
                  'ssue; no mass.\n'
                  'IMPRESSION: Negative. BI-RADS 1.\n'),
                 '- 1', id='bs_v04'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Clinical history as phrased by the GP:\n'
                  '"Outside mammogram BI-RADS 0, left asymmetry, please ultrasound."\n'
                  'Findings: Left upper outer quadrant normal; no sonographic correlate.\n'
                  'Impression: BI-RADS 1.\n'),
                 '1 -', id='bs_v05'),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM\n'
                  'Comparison as stated in the request: none available.\n'
                  'Findings: Scattered fibroglandular densities. No suspicious findings.\n'
                  'Impression: Negative. BI-RADS 1.\n'),
                 '1 1', id='bs_n01'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  "Findings: right 3 o'clock 7 mm simple cyst.\n"
                  'Conclusion as given to the patient: simple cyst, BI-RADS 2, no follow-'
                  'up needed.\n'),
                 '- 2', id='bs_n02'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  'Indication: lump.\n'
                  "Findings: left 4 o'clock 18 mm irregular mass.\n"
                  'Impression as written by the reporting radiologist: BI-RADS 5, highly '
                  'suggestive of malignancy.\n'),
                 '5 -', id='bs_n03'),
    pytest.param(('BILATERAL BREAST ULTRASOUND - 6 MONTH FOLLOW-UP\n'
                  'Findings and conclusion:\n'
                  'Right breast: two simple cysts, the largest 9 mm, BI-RADS 2.\n'
                  'Left breast: previously noted complicated cyst has resolved, BI-RADS 1'
                  '.\n'),
                 '1 2', id='ps_v01'),
    pytest.param(('BREAST ULTRASOUND (BILATERAL)\n'
                  'Assessment:\n'
                  "Right: previously described mass at 10 o'clock is stable at 7 mm, BI-R"
                  'ADS 3, repeat in 12 months.\n'
                  'Left: negative, BI-RADS 1.\n'),
                 '1 3', id='ps_v02'),
    pytest.param(('MAMMOGRAM BILATERAL, DIAGNOSTIC\n'
                  'Conclusion\n'
                  'Left breast: previously seen coarse calcifications unchanged today, be'
                  'nign, BI-RADS 2.\n'
                  'Right breast: no abnormality, BI-RADS 1.\n'),
                 '2 1', id='ps_v03'),
    pytest.param(('BILATERAL ULTRASOUND\n'
                  'IMPRESSION:\n'
                  'Right breast: previously identified asymmetry no longer visible on tod'
                  "ay's scan, BI-RADS 1.\n"
                  'Left breast: BI-RADS 1.\n'),
                 '1 1', id='ps_v04'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Conclusion:\n'
                  "Right breast: previously seen nodule at 10 o'clock, BI-RADS 3 in 2025;"
                  ' now stable for 2 years, BI-RADS 2.\n'
                  'Left breast: BI-RADS 1.\n'),
                 '1 2', id='ps_n01'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'Findings:\n'
                  'Right breast: previously seen nodule, BI-RADS 3 on the 2025 study, sta'
                  'ble today.\n'
                  'Left breast: scattered densities.\n'
                  'Impression: Benign. BI-RADS 2.\n'),
                 '2 2', id='ps_n02'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Conclusion:\n'
                  'Left breast: normal, BI-RADS 1.\n'
                  'Right breast: previously seen nodule, unchanged today; graded BI-RADS '
                  '4A by the outside centre before its benign biopsy.\n'
                  'Overall: right BI-RADS 2, left BI-RADS 1.\n'),
                 '1 2', id='ps_n03',
                 marks=pytest.mark.xfail(strict=True, reason=("review ps_n03 (previously_side_entr"
                                                              "y): read '1 4A'; an outside grading"
                                                         ' on the entry after a today-word'))),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'History:\n'
                  'Right breast: previously seen nodule not identified today at the outsi'
                  "de centre's ultrasound, BI-RADS 1 (12/2025).\n"
                  'Findings: Heterogeneously dense breasts. No suspicious mass.\n'
                  'Impression: Negative. BI-RADS 1.\n'),
                 '1 1', id='ps_n04'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  'Prior report (03/2025): "Right breast: previously seen cyst has resolv'
                  'ed, BI-RADS 1."\n'
                  "Findings: Right 2 o'clock: new 8 mm irregular hypoechoic mass.\n"
                  'Impression: Suspicious, BI-RADS 4A.\n'),
                 '- 4A', id='ps_n05'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  "Findings: Right 9 o'clock 12 mm simple cyst. Left breast unremarkable."
                  '\n'
                  'FINAL ASSESSMENT: Right breast 2 - benign cyst. Left breast 1 - negati'
                  've.\n'),
                 '1 2', id='dl_v01',
                 marks=pytest.mark.xfail(strict=True, reason=("review dl_v01 (side_list_dash_remar"
                                                              "k): read '- -'; both items with rem"
                                                         'arks, full stops'))),
    pytest.param(('MAMMOGRAM + US, BILATERAL\n'
                  'BI-RADS: left 4B - ultrasound-guided biopsy recommended. right 1 - rou'
                  'tine screening.\n'),
                 '4B 1', id='dl_v02'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Summary: BIRADS right breast 3 – short-interval follow-up; left breast'
                  ' 1 – negative.\n'),
                 '1 3', id='dl_v03'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, BILATERAL\n'
                  'BI-RADS category by side: Right breast 0 - additional views needed. Le'
                  'ft breast 2 - benign.\n'),
                 '2 0', id='dl_v04',
                 marks=pytest.mark.xfail(strict=True, reason=("review dl_v04 (side_list_dash_remar"
                                                              "k): read '- -'; category 0 with a r"
                                                         'emark'))),
    pytest.param(('BILATERAL MRI\n'
                  "BI-RADS assessment: Right breast 4A - biopsy advised. Left breast 2 o'"
                  'clock cyst, benign, no enhancement.\n'),
                 '- 4A', id='dl_n01'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'BI-RADS assessment: Right breast 3 - follow-up. Left breast 6 months a'
                  'fter lumpectomy, expected post-surgical change.\n'),
                 '- 3', id='dl_n02'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'Previous report (2025): BI-RADS right breast 3 - follow-up. Left breas'
                  't 1 - negative.\n'
                  'Findings: Stable right nodule, now 2 years.\n'
                  'Impression: Benign. BI-RADS 2.\n'),
                 '2 2', id='dl_n03'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'BI-RADS: Right breast 4 - see addendum. Left breast 1 - negative.\n'
                  'ADDENDUM 05/03/2026: right breast lesion shown to be a lymph node on t'
                  'argeted scan; right breast revised to BI-RADS 2.\n'),
                 '1 2', id='dl_n04'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Assessment: Right breast 3 - 6 month follow-up. Left breast 1 - negati'
                  've.\n'),
                 '1 3', id='dl_n05',
                 marks=pytest.mark.xfail(strict=True, reason=("review dl_n05 (side_list_dash_remar"
                                                              "k): read '- -'; a remark opening wi"
                                                         'th a number'))),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM\n'
                  'BI-RADS: Right breast 2 - benign - Left breast 1 - negative\n'),
                 '1 2', id='dl_n06',
                 marks=pytest.mark.xfail(strict=True, reason=("review dl_n06 (side_list_dash_remar"
                                                              "k): read '- 2'; dash between the it"
                                                         'ems, no stop'))),
    pytest.param(('BILATERAL SCREENING MAMMOGRAM WITH AI SUPPORT\n'
                  'AI risk score 72/100; suggested category 4A (left).\n'
                  'Radiologist review: left upper outer quadrant asymmetry, summation on '
                  'tomosynthesis slices.\n'
                  'IMPRESSION: Left breast BI-RADS 1. Right breast BI-RADS 1.\n'),
                 '1 1', id='ai_v01'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, BILATERAL\n'
                  'CAD flagged 1 region (left UOQ); suggested category: BI-RADS 4A.\n'
                  'Radiologist: the region corresponds to overlapping tissue, resolved on'
                  ' spot compression.\n'
                  'ASSESSMENT: BI-RADS 1, negative.\n'),
                 '1 1', id='ai_v02'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'AI result: low likelihood of malignancy; suggested BI-RADS 2.\n'
                  'Findings: fatty breasts; benign vascular calcifications.\n'
                  'Impression: BI-RADS 1.\n'),
                 '1 1', id='ai_v03'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  'AI decision support output 0.81 probability of malignancy; suggested B'
                  'I-RADS 4C.\n'
                  "Findings: left 11 o'clock 10 mm oval circumscribed mass, parallel.\n"
                  'Impression: Probably benign, BI-RADS 3; 6-month follow-up.\n'),
                 '3 -', id='ai_v04'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'CAD marks reviewed, all dismissed; suggest routine annual screening. B'
                  'I-RADS 1.\n'),
                 '1 1', id='ai_n01'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM RIGHT BREAST\n'
                  'AI output reviewed and overridden; suggested category BI-RADS 3 by the'
                  ' radiologist for short-interval follow-up.\n'),
                 '- 3', id='ai_n02'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  'No AI result available (software down); suggested category BI-RADS 2 p'
                  'er reporting radiologist.\n'
                  "Findings: right 6 o'clock 5 mm simple cyst.\n"),
                 '- 2', id='ai_n03'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'AI probability of malignancy 4%; suggested BI-RADS 2, which the report'
                  'ing radiologist accepts as the final assessment.\n'),
                 '2 2', id='ai_n04'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM LEFT BREAST\n'
                  "AI score 9 (high); radiologist's assessment: suspicious, BI-RADS 4B; s"
                  'uggested management stereotactic biopsy.\n'),
                 '4B -', id='ai_n05'),
    pytest.param(('VOICE REPORT - DR L. ESPOSITO\n'
                  'Diagnostic bilateral mammogram. History left breast pain, no lump. The'
                  ' breasts are heterogeneously dense. Left breast focal pain site marked'
                  ' with a BB, no underlying abnormality. Impression benign. Birads two.\n'),
                 '2 2', id='tb_v01'),
    pytest.param(('DICTATION\n'
                  'Bilat digital mammography.\n'
                  'Left axillary lymph node with fatty hilum, normal. No mass or suspicio'
                  'us calcification.\n'
                  'Impression: Negative. BI-RADS 1.\n'),
                 '1 1', id='tb_v02'),
    pytest.param(('Bilateral breast MRI with contrast.\n'
                  'Indication: high-risk screening (BRCA2).\n'
                  "Findings: Right breast 4 mm focus at 2 o'clock, stable since 2024. Min"
                  'imal background enhancement.\n'
                  'Impression: Benign. BI-RADS 2.\n'),
                 '2 2', id='tb_v03'),
    pytest.param(('Copy of the report sent to the surgeon:\n'
                  '"MRI BOTH BREASTS - 03/02/2026\n'
                  'Findings: a 6 mm enhancing focus in the right breast, unchanged since '
                  '2024.\n'
                  'Impression: BI-RADS 2."\n'),
                 '2 2', id='tb_v04'),
    pytest.param(('LEFT BREAST ULTRASOUND (targeted)\n'
                  'Date 02/02/2026\n'
                  'Bilateral mammogram with tomosynthesis. Performed the same day and rep'
                  'orted separately.\n'
                  "Findings: left 2 o'clock 7 mm simple cyst.\n"
                  'Impression: simple cyst, BI-RADS 2.\n'),
                 '2 -', id='tb_n01',
                 marks=pytest.mark.xfail(strict=True, reason=("review tb_n01 (titled_both_breasts)"
                                                              ": read '2 2'; the other exam's name"
                                                         ' under a one-sided title'))),
    pytest.param(('US RIGHT BREAST\n'
                  "Right 9 o'clock 6 mm simple cyst. BI-RADS 2.\n"
                  'Plan:\n'
                  'Bilateral mammogram.\n'),
                 '- 2', id='tb_n02'),
    pytest.param(('Prior report (outside):\n'
                  '"MRI BREASTS - 11/2024: implants intact, no abnormality. BI-RADS 1."\n'
                  '\n'
                  'ULTRASOUND LEFT BREAST 02/2026\n'
                  "Left 3 o'clock 9 mm oval circumscribed nodule.\n"
                  'Impression: Probably benign. BI-RADS 3.\n'),
                 '3 -', id='tb_n03'),
    pytest.param(('"MRI BREASTS - LEFT IMPLANT CHECK - 12/01/2026\n'
                  'Left subpectoral implant intact. No free silicone.\n'
                  'Impression: BI-RADS 2."\n'),
                 '2 -', id='tb_n04'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  'Indication: lump.\n'
                  'Bilateral mammography was not performed (patient declined).\n'
                  "Findings: left 12 o'clock 10 mm fibroadenoma-like nodule.\n"
                  'Impression: BI-RADS 3.\n'),
                 '3 -', id='tb_n05'),
    pytest.param(('Referral triage note\n'
                  '- Referral form pre-completed by the GP practice with "BI-RADS 4"; no '
                  'imaging report attached.\n'
                  '- Patient reports a right breast lump for 3 weeks.\n'
                  '- Booked for one-stop clinic.\n'),
                 '- -', id='pf_v01'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  "The screening questionnaire was pre-populated with 'BI-RADS 2' from la"
                  "st year's record.\n"
                  'Findings: Scattered fibroglandular densities. No suspicious abnormalit'
                  'y.\n'
                  'Impression: Negative. BI-RADS 1.\n'),
                 '1 1', id='pf_v02'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, BILATERAL\n'
                  'Structured report template pre-filled with "BI-RADS 1 - Negative" (def'
                  'ault).\n'
                  "Findings: left 2 o'clock 7 mm oval circumscribed mass, new.\n"
                  'Final assessment (radiologist): Left BI-RADS 3, Right BI-RADS 1.\n'),
                 '3 1', id='pf_v03'),
    pytest.param(('Underwriting file note\n'
                  'Item 7 of the application form was pre-filled with "BI-RADS 5" by the '
                  'broker; no report supports it.\n'
                  'No breast imaging is on record.\n'),
                 '- -', id='pf_v04'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Assessment pre-filled by Dr A. Kerr (reporting radiologist) with "BI-R'
                  'ADS 2" - benign calcifications.\n'),
                 '2 2', id='pf_n01'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Template pre-filled with "BI-RADS 1", amended by the radiologist to BI'
                  '-RADS 2 after review of benign calcifications.\n'),
                 '2 2', id='pf_n02'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Findings: almost entirely fatty breasts; no abnormality.\n'
                  'Assessment: template pre-filled with "BI-RADS 1 - Negative"; radiologi'
                  'st signed without changes.\n'),
                 '1 1', id='pf_n03'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Structured report: pre-filled fields (density, BI-RADS) completed by t'
                  'he radiologist: density B, BI-RADS 1.\n'),
                 '1 1', id='pf_n04'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  "The request form was pre-filled with the clinic's details only.\n"
                  'Findings: bilateral simple cysts, largest 8 mm left.\n'
                  'Impression: BI-RADS 2.\n'),
                 '2 2', id='pf_n05'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Date: 12/01/2026\n'
                  'Technique: CC and MLO views, both breasts, with tomosynthesis.\n'
                  'Comparison: 11/2024.\n'
                  'Breast composition: scattered areas of fibroglandular density (B).\n'
                  'Findings: No suspicious mass, architectural distortion or calcificatio'
                  'n.\n'
                  'Impression: Negative. BI-RADS 1. Routine screening in 1 year.\n'),
                 '1 1', id='or01'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  'Indication: palpable lump left breast, 2 weeks.\n'
                  "Findings: At the palpable site, left 3 o'clock 4 cm FN, a 14 x 8 mm ov"
                  'al, circumscribed, parallel hypoechoic mass.\n'
                  'Impression: Probably benign, likely fibroadenoma. BI-RADS 3. Follow-up'
                  ' ultrasound in 6 months.\n'),
                 '3 -', id='or02'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM RIGHT BREAST\n'
                  'History: 58F, right nipple retraction.\n'
                  'Findings: Right retroareolar 22 mm irregular spiculated mass with asso'
                  'ciated pleomorphic calcifications.\n'
                  'Impression: Highly suggestive of malignancy. BI-RADS 5. Ultrasound-gui'
                  'ded biopsy arranged.\n'),
                 '- 5', id='or03'),
    pytest.param(('MRI BREASTS BILATERAL WITH AND WITHOUT CONTRAST\n'
                  'Indication: newly diagnosed left IDC (biopsy 02/2026), staging.\n'
                  'Findings:\n'
                  "Left breast: 24 mm irregular enhancing mass at 2 o'clock with clip art"
                  'efact, the known cancer. No additional lesion.\n'
                  'Right breast: no suspicious enhancement.\n'
                  'Assessment:\n'
                  'Left: BI-RADS 6 - known biopsy-proven malignancy.\n'
                  'Right: BI-RADS 1 - negative.\n'),
                 '6 1', id='or04'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  'Findings:\n'
                  "Right breast: 6 mm simple cyst at 11 o'clock.\n"
                  'Left breast: no focal lesion.\n'
                  'Impression: Benign right breast cyst. BI-RADS 2.\n'),
                 '2 2', id='or05'),
    pytest.param(('screening mammogram bilateral dictated by dr r nwosu. breasts are hete'
                  'rogeneously dense which may obscure small masses. no suspicious mass c'
                  'alcification or distortion. impression negative birads one. recommend '
                  'annual screening.\n'),
                 '1 1', id='or06'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  "Conclusion: right 10 o'clock 9 mm solid nodule. U3.\n"),
                 '- -', id='or07'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  "Findings: left 1 o'clock 12 mm irregular hypoechoic mass.\n"
                  'Conclusion: Indeterminate left breast mass. U4. BI-RADS equivalent: 4B'
                  '.\n'),
                 '4B -', id='or08'),
    pytest.param(('MAMMOGRAPHY BILATERAL, DIAGNOSTIC\n'
                  'Comparison: screening 01/2026 reported as BI-RADS 0 (left asymmetry).\n'
                  'Findings: Left spot compression: asymmetry resolves. Right breast unre'
                  'markable.\n'
                  'Impression: Negative. BI-RADS 1.\n'),
                 '1 1', id='or09'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM AND LEFT ULTRASOUND\n'
                  "Findings: Left 6 o'clock 15 mm irregular mass with microlobulated marg"
                  'ins. Right breast: benign-appearing intramammary lymph node.\n'
                  'Assessment:\n'
                  'Left breast: BI-RADS 4C - suspicious.\n'
                  'Right breast: BI-RADS 2 - benign.\n'),
                 '4C 2', id='or10'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  "Findings: right 8 o'clock 7 mm oval mass.\n"
                  'Impression: BI-RADS 3.\n'
                  '\n'
                  'ADDENDUM 04/03/2026: Outside prior ultrasound from 2022 shows the mass'
                  ' unchanged; assessment revised to BI-RADS 2.\n'),
                 '- 2', id='or11'),
    pytest.param(('ULTRASOUND LEFT BREAST\n'
                  "Findings: left 2 o'clock 10 mm irregular mass.\n"
                  'Impression: Suspicious. BI-RADS 4A.\n'
                  '\n'
                  'ADDENDUM: Biopsy scheduled for 06/03/2026. Assessment unchanged.\n'),
                 '4A -', id='or12'),
    pytest.param('Mammo bilat screen. Dens C. No mass/calc. BIRADS 1 bilat. RTS 1y.\n',
                 '1 1', id='or13'),
    pytest.param('US L breast. Hx: L lump. L 3:00 8mm simple cyst. Bi-Rads: L2.\n',
                 '2 -', id='or14'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, BILATERAL\n'
                  'Indication: right breast pain.\n'
                  'Findings: Both breasts show scattered fibroglandular density. No abnor'
                  'mality at the site of pain.\n'
                  'ASSESSMENT: Negative.\n'),
                 '1 1', id='or15'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  "Findings: right 12 o'clock 5 mm oval circumscribed hypoechoic nodule.\n"
                  'ASSESSMENT: Probably benign.\n'
                  'RECOMMENDATION: ultrasound in 6 months.\n'),
                 '- 3', id='or16'),
    pytest.param(('BREAST MRI - BILATERAL - POST NEOADJUVANT CHEMOTHERAPY\n'
                  'History: right breast IDC, BI-RADS 6 at diagnosis 09/2025.\n'
                  'Findings: Right breast: complete resolution of the previously enhancin'
                  'g mass; clip in situ. Left breast: normal.\n'
                  'Impression: Complete imaging response, right. Known malignancy: BI-RAD'
                  'S 6 right. Left BI-RADS 1.\n'),
                 '1 6', id='or17'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Findings: A 7 mm focal asymmetry is seen in the right upper outer quad'
                  'rant on the MLO view only.\n'
                  'Impression: Incomplete: need additional imaging evaluation. BI-RADS 0.'
                  ' Recall for spot compression views of the right breast.\n'),
                 '0 0', id='or18'),
    pytest.param(('ULTRASOUND LEFT BREAST - SECOND LOOK\n'
                  "Findings: left 4 o'clock 6 mm irregular hypoechoic mass correlating wi"
                  'th the MRI finding.\n'
                  'Impression: birads four a. US guided biopsy recommended.\n'),
                 '4A -', id='or19'),
    pytest.param(('MAMMOGRAM LEFT BREAST (post lumpectomy)\n'
                  'History: left lumpectomy 2024 for IDC.\n'
                  'Findings: Post-surgical architectural distortion and fat necrosis at t'
                  'he lumpectomy site, stable.\n'
                  'Impression: Post-operative changes. BI-RADS 2.\n'),
                 '2 -', id='or20'),
    pytest.param(('BILATERAL BREAST ULTRASOUND\n'
                  "RIGHT BREAST: 8 mm simple cyst at 10 o'clock. BI-RADS 2.\n"
                  "LEFT BREAST: 11 mm irregular mass at 2 o'clock with posterior shadowin"
                  'g. BI-RADS 4C.\n'
                  'RECOMMENDATION: US-guided core biopsy of the left mass.\n'),
                 '4C 2', id='or21'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM AND ULTRASOUND, RIGHT\n'
                  'Mammographic assessment: BI-RADS 0.\n'
                  "Ultrasound: right 2 o'clock 9 mm simple cyst.\n"
                  'FINAL COMBINED ASSESSMENT: RIGHT BREAST - BI-RADS 2.\n'),
                 '- 2', id='or22'),
    pytest.param(('ULTRASOUND BOTH BREASTS\n'
                  "Findings: multiple bilateral simple cysts, largest 12 mm right 9 o'clo"
                  'ck.\n'
                  'Impression: Benign bilateral cysts. BI-RADS 2 bilateral.\n'),
                 '2 2', id='or23'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, LEFT\n'
                  'Findings: Grouped amorphous calcifications in the left upper inner qua'
                  'drant spanning 9 mm, new.\n'
                  'Impression: Suspicious calcifications. BI-RADS 4B. Stereotactic biopsy'
                  ' recommended.\n'),
                 '4B -', id='or24'),
    pytest.param(('ECOGRAFIA MAMARIA IZQUIERDA\n'
                  'Hallazgos: nódulo ovalado de 8 mm a las 3 horas, márgenes circunscrito'
                  's.\n'
                  'Conclusión: Probablemente benigno. BI-RADS 3. Control en 6 meses.\n'),
                 '3 -', id='or25'),
    pytest.param(('ULTRASOUND RIGHT BREAST AND AXILLA\n'
                  "Findings: Right 7 o'clock 31 mm irregular mass. Right axilla: 2 nodes "
                  'with cortical thickening.\n'
                  'Impression: Right breast mass highly suggestive of malignancy with sus'
                  'picious axillary nodes. BI-RADS 5.\n'),
                 '- 5', id='or26'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Implants: bilateral retropectoral saline implants, implant-displaced v'
                  'iews obtained.\n'
                  'Findings: No suspicious mass or calcification.\n'
                  'Impression: Benign findings (implants). BI-RADS 2.\n'),
                 '2 2', id='or27'),
    pytest.param(('TARGETED ULTRASOUND LEFT BREAST\n'
                  'Indication: screening recall, left focal asymmetry.\n'
                  'Findings: no sonographic abnormality at the site; mammographic asymmet'
                  'ry resolved on spot views performed today.\n'
                  'Impression: BI-RADS 1. Return to routine screening.\n'),
                 '1 -', id='or28'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM\n'
                  'Impression:\n'
                  'Right: BI-RADS 3 - probably benign focal asymmetry; 6-month follow-up.'
                  '\n'
                  'Left: BI-RADS 1 - negative.\n'),
                 '1 3', id='or29'),
    pytest.param(('MRI LEFT BREAST, PROBLEM SOLVING\n'
                  'Indication: equivocal left mammographic distortion.\n'
                  'Findings: no enhancement at the site of distortion; minimal background'
                  ' parenchymal enhancement.\n'
                  'Impression: No MRI correlate. BI-RADS 1.\n'),
                 '1 -', id='or30'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  'CAD score 6; suggested category BI-RADS 4A, confirmed by the radiologi'
                  'st after targeted review.\n'
                  'Core biopsy arranged.\n'),
                 '- 4A', id='px_ai_01'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM LEFT BREAST\n'
                  'AI score unavailable (software offline); suggested category BI-RADS 4B'
                  ' per Dr H. Lind.\n'),
                 '4B -', id='px_ai_02'),
    pytest.param(('ULTRASOUND RIGHT BREAST\n'
                  "AI triage score 8; suggested category 4B (right), for the radiologist'"
                  's review.\n'
                  "Findings: right 9 o'clock 8 mm oval circumscribed nodule.\n"
                  'ASSESSMENT: BI-RADS 3.\n'),
                 '- 3', id='px_ai_03'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Assessment: template pre-filled with "BI-RADS 2 - Benign"; report sign'
                  'ed by Dr M. Ade with no edits.\n'),
                 '2 2', id='px_pre_01'),
    pytest.param(('Insurance file note\n'
                  '- The insurer\'s form was pre-filled by the agent with "BI-RADS 1"; sig'
                  'ned by the applicant.\n'
                  '- No imaging on file.\n'),
                 '- -', id='px_pre_02'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'Prior study 11/2025: BI-RADS right breast 4A - biopsy advised. Left br'
                  'east 2 - benign.\n'
                  "Findings: biopsy clip right 10 o'clock; no new abnormality.\n"
                  'Impression: Benign. BI-RADS 2.\n'),
                 '2 2', id='px_dash_01'),
    pytest.param(('BILATERAL MAMMOGRAM\n'
                  'Previous report (2025): BI-RADS right breast 3 - follow-up; left breas'
                  't 1 - negative.\n'
                  'Findings: Stable right nodule, now 2 years.\n'
                  'Impression: Benign. BI-RADS 2.\n'),
                 '2 2', id='px_dash_02'),
    pytest.param(('MRI BILATERAL BREASTS WITH CONTRAST\n'
                  'History: right breast 4B lesion biopsied 06/2025 (BI-RADS 4B), B2 resu'
                  'lt.\n'
                  'Findings: Minimal background enhancement. Biopsy marker in the right b'
                  "reast at 11 o'clock with no residual enhancement. Left breast normal.\n"
                  'Assessment: Benign. BI-RADS 2.\n'),
                 '2 2', id='px_hist_01',
                 marks=pytest.mark.xfail(strict=True, reason=("review px_hist_01 (bare_source_head"
                                                              "ing): read '2 -'; probe: bs_v02 wit"
                                                         'h a plain History heading'))),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
