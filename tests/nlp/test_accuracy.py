"""Per-breast accuracy on the hand-written evaluation sets (tests/nlp/data).

The first set: F1 >= 0.98 for malignant and >= 0.95 for benign on each part, and better than the negspacy baseline
(floors). The styles batches already used to develop the rules (pathology b1-b136, radiology b1-b132; b6-b136 and
radiology b2-b132 after their one blind first-look scoring; radiology b13 was developed in two rounds; named here,
so that a blind batch added later is never read by a test) must read exactly, with no floor: every pathology
breast's exact state right (malignant and benign F1 and precision 1.000, every '?' breast sent to review and no
settled breast sent to review), radiology per-side accuracy 1.000 per batch (but for the reports in
WITHDRAWN_PATHOLOGY_MISSES and WITHDRAWN_RADIOLOGY_MISSES, whose rules were withdrawn after review, each a strict
xfail with its reason). A rule change that breaks one report of them fails here, not silently under a floor. The
targets of the blind batches live in bench/nlp_accuracy.py, not in a test.
"""

from __future__ import annotations

import pytest

from nlp.birads import extract_birads
from nlp.evaluation import birads_errors, errors, load_eval_set, review_score, score, score_birads, style_batches
from nlp.pathology import get_pipeline, states_from_findings

TARGETS = {"malignant": 0.98, "benign": 0.95}
DEV_PATHOLOGY_BATCHES = ("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12", "b13", "b14", "b15",
                         "b16", "b17", "b18", "b19", "b20", "b21", "b22", "b23", "b24", "b25", "b26", "b27", "b28",
                         "b29", "b30", "b31", "b32", "b33", "b34", "b35", "b36", "b37", "b38", "b39", "b40", "b41",
                         "b42", "b43", "b44", "b45", "b46", "b47", "b48", "b49", "b50", "b51", "b52", "b53", "b54",
                         "b55", "b56", "b57", "b58", "b59", "b60", "b61", "b62", "b63", "b64", "b65", "b66", "b67",
                         "b68", "b69", "b70", "b71", "b72", "b73", "b74", "b75", "b76", "b77", "b78", "b79", "b80",
                         "b81", "b82", "b83", "b84", "b85", "b86", "b87", "b88", "b89", "b90", "b91", "b92", "b93",
                         "b94", "b95", "b96", "b97", "b98", "b99", "b100", "b101", "b102", "b103", "b104", "b105",
                         "b106", "b107", "b108", "b109", "b110", "b111", "b112", "b113", "b114", "b115", "b116", "b117",
                         "b118", "b119", "b120", "b121", "b122", "b123", "b124", "b125", "b126", "b127", "b128", "b129",
                         "b130", "b131", "b132", "b133", "b134", "b135", "b136")
DEV_RADIOLOGY_BATCHES = ("b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12", "b13", "b14", "b15",
                         "b16", "b17", "b18", "b19", "b20", "b21", "b22", "b23", "b24", "b25", "b26", "b27", "b28",
                         "b29", "b30", "b31", "b32", "b33", "b34", "b35", "b36", "b37", "b38", "b39", "b40", "b41",
                         "b42", "b43", "b44", "b45", "b46", "b47", "b48", "b49", "b50", "b51", "b52", "b53", "b54",
                         "b55", "b56", "b57", "b58", "b59", "b60", "b61", "b62", "b63", "b64", "b65", "b66", "b67",
                         "b68", "b69", "b70", "b71", "b72", "b73", "b74", "b75", "b76", "b77", "b78", "b79", "b80",
                         "b81", "b82", "b83", "b84", "b85", "b86", "b87", "b88", "b89", "b90", "b91", "b92", "b93",
                         "b94", "b95", "b96", "b97", "b98", "b99", "b100", "b101", "b102", "b103", "b104", "b105",
                         "b106", "b107", "b108", "b109", "b110", "b111", "b112", "b113", "b114", "b115", "b116", "b117",
                         "b118", "b119", "b120", "b121", "b122", "b123", "b124", "b125", "b126", "b127", "b128", "b129",
                         "b130", "b131", "b132")

# DEV reports whose reading a withdrawn rule gave: each one leaves its batch's exact check and fails strictly in
# test_withdrawn_rule_report_reads_exactly (an xfail with its reason, never silent), so the day a rule reads it again
# the xpass says so
# (review p111b's reason for the b111 reports of the withdrawn earlier-year rule)
_P111B_BARE_YEAR = ("review p111b: the earlier bare-year rule withdrawn (16 over-reaches, 2 left after narrowing it to "
                    "'<entity> <year>' in running text: an unheaded specimen line's 'carcinoma 2019.' and a report "
                    "dated only by a later review date)")
# (review pfinal4's reason for the b112 reports of the withdrawn requesting-doctor part rule)
_PFINAL4_REQUESTER = ("review pfinal4: b112's requesting-doctor part rule ('PARTIE A - RESERVEE AU MEDECIN DEMANDEUR' "
                      "as history up to the laboratory's part) withdrawn after three reviews (6 over-reaches in "
                      "pfinal4 after two narrowings: report copies signed in wordings it did not list, claim forms whose "
                      "referring doctor's part is the treating doctor's statement); the part reads as before b112")
WITHDRAWN_PATHOLOGY_MISSES = {
    "xx098": ("b106", "review p106c: rule 8 (a send-out/referral/consultation purpose field read as a comment) "
                      "withdrawn, 12 of 16 new texts over-reached; the purpose line is read like any other line, as "
                      "before b106, so its entity labels the breast (R=BM, gold R=B)"),
    "yb064": ("b108", "left unfixed in b108: its parts are run-in letters inside one paragraph ('Specimens: A) Right "
                      "mastectomy. B) ... C) Left breast reduction' over 'Report: A) ... B) ... C) ...'); the part "
                      "reader knows only parts that open a line, and reading run-in letters is a new part layout, not "
                      "a narrow rule, so part A's carcinoma takes the last side named before it (L=M, gold L=-)"),
    "yf085": ("b110", "review p110b: rule 4 ('Conclusion of/from the sending/referring institution' as the outside "
                      "diagnosis, with its agreement adoption) withdrawn after two reviews (7 + 19 over-reaches); the "
                      "translated 'Заключение направившего учреждения [Conclusion of the sending institution]:' reads "
                      "as before b110, its fibroadenoma beside the review's phyllodes tumour (L=BM, gold L=M)"),
    # b110 reports left unfixed: each would need a broad rule
    "yf012": ("b110", "an indented 'OPINION:' heading under a numbered report item ends the item's part, and the "
                      "part reader cannot keep it without also keeping indented comment headings in other layouts "
                      "(tried: four DEV batches changed), so the opinion takes the last side named (L=B R=-, gold "
                      "L=- R=B)"),
    "yf039": ("b110", "an unsided dictated microscopy sentence takes the side of 'none on the right which is normal' in "
                      "the run-on clinical history; only a broad change of the side fallback fixes it (R=M, gold R=-)"),
    "yf082": ("b110", "a run-in numbered material list whose second item names its side only in Russian ('правая "
                      "молочная железа', no English gloss); reading Russian side words is a new vocabulary, not a "
                      "narrow rule (L=BM R=-, gold L=M R=B)"),
    "yf088": ("b110", "run-in numbered items of two sites (an ovary, then a breast) in one conclusion sentence; the "
                      "ovarian metastasis makes the whole sentence another organ's, and per-item sites need a new "
                      "part layout (L=-, gold L=B)"),
    "ya070": ("b107", "review p107b: rule 6 (a lay 'cancer' quotation is no quoted report) narrowed to a patient's "
                      "or a relative's words named by the introducing clause; this letter's quotation is introduced "
                      "by a document ('Oncology clinic letter 24/03/2026 (extract): \"... Her mother had breast "
                      "cancer ...\"'), so it reads as a quoted report, as before b107, and the disclosed "
                      "pathology report becomes history (L=-, gold L=BM)"),
    # b107 reports left unfixed: each would need a broad rule (reasons in the b107 round's report)
    "ya058": ("b107", "an unsided microscopic paragraph takes the side of a 'Past history: left breast cyst' clause "
                      "in the clinical paragraph above; only a broad change of the side fallback fixes it (L=B, gold "
                      "L=-)"),
    "ya068": ("b107", "a nursing note in a disclosure bundle, 'had told family it was cancer', reads as a diagnosis; "
                      "what a patient told others may relay a true diagnosis, so no narrow rule (L=BM, gold L=B)"),
    "ya069": ("b107", "a laterality correction written as prose ('Part A ... was from the RIGHT breast') over the "
                      "original diagnosis printed unchanged; needs a part-relabelling reader (L=BM R=-, gold L=B R=M)"),
    "ya083": ("b107", "a complaint letter quotes the patient's question ('Q1. \"Why did the surgeon remove the right "
                      "breast lump when the cancer was in the left?\"'): telling a quoted question from a statement needs "
                      "a broad rule; since review p107b a question labelled 'Q1.' names no speaker, so it reads as a "
                      "quoted report and the letter's own results become history (L=- R=M, gold L=BM R=B)"),
    "ya087": ("b107", "a complaint letter's chronology with a quoted second opinion ('Meadowgate diagnosis: "
                      "fibroadenoma.' over 'RBPS REVIEW DIAGNOSIS:') and the letter's own retelling of the first "
                      "result; both need the outside-consult reader widened to letters (R=BM, gold R=M)"),
    "ya094": ("b107", "a benefit assessment's 'CONDITIONS REPORTED' list ('1. \"Breast cancer that has spread to my "
                      "bones\" (claimant)') is cut off its heading by the numbered-part reader; the claimant's words "
                      "label L (L=M, gold L=-)"),
    # b109 rules withdrawn after reviews p109 and p109b
    "ye037": ("b109", "review p109b: rule 1 (a typed transcript's line-start heading before a side opens its paragraph "
                      "without a comma) withdrawn after two reviews (4 + 4 over-reaches: a heading word carrying on a "
                      "sentence broken off above, 'referral gives a' over 'diagnosis left breast ...'); the unpunctuated "
                      "'conclusion right mastectomy ...' line is read with the microscopic paragraph's node sentence, "
                      "as before b109 (R=B gold R=BM)"),
    "ye090": ("b109", "review p109b: rule 4 (a lower-case dated examination heading after a running sentence heads "
                      "nothing) withdrawn after two reviews (6 + 3 over-reaches: a clinician's 'examination <date> - ...' "
                      "below a diagnosis or impression then labelled); 'examination 02/08/2026 - ...' below 'at "
                      "revalidation' heads a section again, and the letter's quoted pathology below it reads as history, "
                      "as before b109 (L=- R=- gold L=B R=M)"),
    "ye018": ("b109", "review p109b: rule 5 (a 'Patient: ...   Clinical: ...' second-column field is history with its "
                      "wrapped line) withdrawn after two reviews (5 + 7 over-reaches: today's result on the line below "
                      "taken as the wrapped clinical phrase); the column's earlier core DCIS reads as a report line "
                      "and takes the left breast named after it, as before b109 (L=M gold L=-)"),
    # b109 / b110 rules withdrawn after review pfinal3
    "ye086": ("b109", "review pfinal3: rule 3 (a supplementary report naming one specimen revises only that "
                      "specimen's breast) withdrawn after three reviews (2 + 1 + 10 over-reaches: a supplement that "
                      "withdraws or replaces the original report whole, in wordings its narrowing did not know, kept "
                      "the other breast's finding); the supplement replaces the whole earlier diagnosis and reads as "
                      "before b109 (L=- R=M gold L=B R=M)"),
    "yf092": ("b110", "review pfinal3: b110's 'Clinical suspicion:' history heading withdrawn (3 over-reaches: it "
                      "took today's result on its line and the conclusion that confirms the suspicion); the line reads "
                      "as before b110, its suspected carcinoma labelling the breast (L=M gold L=-)"),
    # b111 reports whose rule review p111b withdrew
    "yi005": ("b111", _P111B_BARE_YEAR + "; 'Right breast: benign FA excision 2014.' reads as today's (R=B, gold R=-)"),
    "yi018": ("b111", "review p111b: the 'the <year> <entity>' variant withdrawn (it took today's excision of an earlier "
                      "lesion, 'the 2025 DCIS is completely excised', as history) and the bare-year rule with it; "
                      "'contralateral to the 2021 right DCIS' and 'Right breast DCIS 2021' read as today's (L=BM R=M, "
                      "gold L=B R=-)"),
    "yi020": ("b111", "review p111b: the 'on that specimen' rule withdrawn (7 over-reaches after narrowing: 'that "
                      "specimen' after a recommended excision is often today's core or block); '... and the final "
                      "classification will be made on that specimen' holds both parts open (L=? R=?, gold L=B R=B)"),
    "yi057": ("b111", _P111B_BARE_YEAR + "; 'Background: right breast cancer 2018 - right mastectomy' reads as "
                      "today's (R=M, gold R=-)"),
    "yi087": ("b111", _P111B_BARE_YEAR + "; the guest's '\"small cyst 2020, left alone\"' reads as today's (R=B, "
                      "gold R=-)"),
    # b111 reports left unfixed: each would need a broad rule or a new part layout
    "yi029": ("b111", "an addendum that holds one part open ('Part B: ... may be revised'; 'Part A: not affected by this "
                      "addendum') puts every part under review, and part B's 'intraductal papillary lesion with focal "
                      "atypia' is no listed entity; scoping the pending note to its part letters is a new part-level "
                      "rule (L=- R=?, gold L=? R=M)"),
    "yi046": ("b111", "a family history wrapped right after the relative's colon ('(mother:' / 'breast cancer at 52; "
                      "...') starts a new sentence at the wrap, out of the kin cue's reach; reading across the wrap is "
                      "a broad change of the sentence reader (L=BM, gold L=B)"),
    "yi054": ("b111", "'Fibroadenomata, bilat (R x2, L x1)': a 'bilat' after the entity with per-side counts is not "
                      "read as both breasts; a both-sides word after the entity is a new side rule (L=-, gold L=B)"),
    "yi060": ("b111", "'NHSBSP core data set (1)' / '(2)' lines after parts 1 and 2: the bracketed numbers name the "
                      "parts, and reading them as part references is a new part layout, so both lines take the last "
                      "side named (R=BM, gold R=B)"),
    "yi067": ("b111", "the requester's 'Reason for consultation: ... (LCIS vs DCIS affects margin management)' reads as "
                      "an open differential; the purpose-field rule was withdrawn in review p106c (L=?, gold L=B)"),
    "yi072": ("b111", "an unsided opinion ('The incidental fibroadenoma is a chance finding') takes the side of the "
                      "'Right breast: cyst aspirated 2019' past-history line above; only a broad change of the side "
                      "fallback fixes it (R=B, gold R=-)"),
    "yi089": ("b111", "an unsided 'Treatment of the cancer should be planned' takes the side of the 'left fibroadenoma' "
                      "named last; only a broad change of the side fallback fixes it (L=BM, gold L=B)"),
    "yi099": ("b111", "an unsided MO assessment ('triple-negative cancer') takes the side of the port '(left chest)' in "
                      "the examination above; only a broad change of the side fallback fixes it (L=BM, gold L=B)"),
    "yi100": ("b111", "an unsided 'new diagnosis of breast cancer' in the opinion, after 'Right breast: no history.', "
                      "is sent to review for its missing side; giving it the report's one diagnosed side is a broad "
                      "change (R=?, gold R=-)"),
    # b112 reports whose rule review pfinal4 withdrew
    "yj079": ("b112", _PFINAL4_REQUESTER + "; the requester's 'Diagnostic clinique évoqué: ... carcinome inflammatoire "
                                           "du sein droit?' labels the breast (R=M, gold R=-)"),
    "yj082": ("b112", _PFINAL4_REQUESTER + "; the requester's 'métastase ganglionnaire d'un cancer du sein occulte?' "
                                           "labels the left breast (L=M, gold L=-)"),
    # b113 reports whose rules review p113 (ym042) and the second review p113b (ym016, ym077) withdrew
    "ym042": ("b113", "review p113: rule 3 ('Your ref: <n> (<institution>)' names the requester) withdrawn: an agreement "
                      "with that institution's diagnosis was no longer adopted, and no narrow fix exists; the header's "
                      "'Your ref' line names Hollis Valley as the report's own, so its fibroadenoma labels too (R=BM, gold "
                      "R=M)"),
    "ym016": ("b113", "review p113b: rule 5 (a data set line takes its wrapped field lines) withdrawn, 17 over-reaches: "
                      "a sentence about another part after the data set was taken in; the wrapped DCIS line is the last "
                      "part's again (L=M, gold L=-)"),
    "ym077": ("b113", "review p113b: rule 4 (a referral form's COUNTER-REFERRAL box is the receiving facility's result) "
                      "withdrawn, 15 over-reaches: the referrer's quoted diagnosis in the box labelled; the box is "
                      "history again, so its result is lost (R=-, gold R=M)"),
    # b114 reports no narrow rule fixed
    "yn030": ("b114", "a supplementary report that revises only part A leaves part B's fibroadenoma printed under "
                      "'ORIGINAL FINAL DIAGNOSIS'; reading an original block as standing for the parts a supplement "
                      "does not name is a broad change of report-state resolution (R=-, gold R=B)"),
    "yn054": ("b114", "a terse report's sign-off initials 'RS' alone on its last line read as a radial scar; no "
                      "clinician of those initials is named, and a lone abbreviation line is no positive evidence of a "
                      "sign-off (L=BM, gold L=M)"),
    "yn099": ("b114", "a register's 'DATA CORRECTION' run in after 'Remarks [gloss]:' with a two-line aside before "
                      "its colon is not read as a correction note; heading a note mid-line after another field is a "
                      "broad change of heading detection (L=- R=M, gold L=M R=-)"),
    "yq022": ("b115", "review p115b: rule 5 (an outside report's lead-in on its own line reaching 130 characters "
                      "back past its bracketed source and a colon after 'reads', with the outside text's own "
                      "'Diagnosis:' label and 'On review, we agree') withdrawn after its second review (10 confirmed "
                      "over-reaches); the lead-in reaches 60 characters as before b115, so the quoted outside "
                      "fibroadenoma below its long 'Outside report (...) reads:' reads as ours beside the review's "
                      "diagnosis (R=BM, gold R=M)"),
    # b115 reports no narrow rule fixed
    "yq015": ("b115", "an examiner's numbered diagnosis names the right breast carcinoma with its 'pathological "
                      "complete response after neoadjuvant therapy (ypT0 ypN0)' after a semicolon; reading a complete "
                      "response as ending the carcinoma named before it is a new report-state rule, not a narrow one "
                      "(R=M, gold R=-)"),
    "yq026": ("b115", "a numbered claim block '1. CLAIMANT'S STATEMENT (Part A, ...)' over indented text reads as "
                      "specimen part 1, not as a heading (as '1. CLINICAL HISTORY' over indented text does), so her "
                      "'has breast cancer' labels; numbered headings over indented text are a part-layout change "
                      "(R=BM, gold R=B)"),
    "yq037": ("b115", "an oncology line after the closing quote of a quoted three-part diagnosis ('Oncology 01/2026: "
                      "cT4d N2 M0 inflammatory breast cancer') names no side and takes the last quoted part's (right); "
                      "only a broad change of the side fallback fixes it (R=BM, gold R=B)"),
    "yq056": ("b115", "an occult primary (left axillary metastasis of probable breast origin) labels the left breast "
                      "three ways: the member's claim basis, an oncologist's 'in the left axillary lymph nodes' not "
                      "read as nodal, and a numbered '5. FOR CLAIMS DEPARTMENT USE ONLY' block; no one narrow rule "
                      "(L=M, gold L=-)"),
    "yq086": ("b115", "a dictation's 'Micro one:' / 'Diagnosis one, right nipple, ...' numbered-by-word headings: the "
                      "microscopy of part one takes the left side of part two and counts as the diagnosis; reading "
                      "word-numbered parts is a new dictation layout (L=BM, gold L=B)"),
    "yq089": ("b115", "a quoted specimen whose side is 'not recorded on the request form' takes the right side of the "
                      "part before it; an unknown side per part (not per report) is a new side rule (R=BM, gold L=? "
                      "R=?)"),
    "yq091": ("b115", "a quoted addendum that leaves the left breast's diagnosis open ('may be revised on receipt of "
                      "the external opinion') sends the right breast to review, the side of a later 'Right breast: not "
                      "mentioned' line; resolving an unresolved addendum's side is a report-state change (L=B R=?, "
                      "gold L=? R=-)"),
    "yu006": ("b117", "left unfixed in b117: a side word inside a client's worry ('worried that \"it will show up in"
                      " the right side too\"') gives a later ASSESSMENT section's 'new diagnosis of DCIS' the right "
                      "side; no narrow rule tells a worried side from a section's side without reordering the "
                      "laterality chain (L=BM R=M, gold R=-)"),
    "yu015": ("b117", "left unfixed in b117: a summary list's 'Left breast cancer, HER2-positive, diagnosed "
                      "11/2025' over a quoted post-neoadjuvant ypT0 specimen (no residual carcinoma): treating the "
                      "pre-treatment diagnosis as history needs a complete-response rule for whole records (L=M, "
                      "gold L=-)"),
    "yu016": ("b117", "left unfixed in b117: a synoptic's 'Biomarkers (DCIS, part A)' after the right breast's "
                      "block takes the right side; reading 'part A' in the bracket as the left part is a "
                      "part-reference rule the structure does not have (R=BM, gold R=B)"),
    "yu030": ("b117", "left unfixed in b117: an uncorrected dictation's run-in 'clinical history patient had a left"
                      " breast cancer treated ...' with no heading punctuation is read as the body; a lower-case "
                      "inline history heading has no narrow shape (L=M, gold L=-)"),
    "zg051": ("b123", "left unfixed in b123: a terse bilateral reduction line 'Bilat reduction (R 720 g, L 655 g): FA (L x1, "
                      "5 mm); fibrocystic changes R' gives its statement both sides; the FA's own count bracket '(L x1' "
                      "would need a side-in-count rule over the both-sides statement, which no narrow shape reads "
                      "(R=B, gold R=-)"),
    "zg067": ("b123", "left unfixed in b123: a Panamanian interconsulta's run-in 'Antecedentes oncológicos [Oncological "
                      "history]: carcinoma ... 2018' inside the clinical summary is no heading of its own, so the 2018 "
                      "right breast cancer reads as current (R=M, gold R=-)"),
    "zg068": ("b123", "left unfixed in b123: 'MOTIVO [REASON]:' is read as an amendment's reason (the gloss blanks "
                      "'MOTIVO'), and the section runs on to 'IMPRESIÓN DIAGNÓSTICA: Carcinoma papilar de tiroides', "
                      "unheaded, read as the left breast's (L=M, gold L=-)"),
    "zg069": ("b123", "left unfixed in b123: 'I. MOTIVO [REASON]: Bilateral breast biopsies - right malignant' is read "
                      "as an amendment's reason heading; telling it from a laboratory's 'Reason:' needs the blanked "
                      "Spanish word, which the structure does not keep (L=BM, gold L=B)"),
    "zg071": ("b123", "left unfixed in b123: 'MOTIVO [REASON]: ... please assess breast cancer risk' is read as an "
                      "amendment's reason heading (as zg069), so the risk question labels the left breast (L=BM, gold L=B)"),
    "zg092": ("b123", "left unfixed in b123: a Russian consultation's lung biopsy 'metastasis of breast carcinoma to lung "
                      "tissue' (no 'the' before the organ) and its diagnosis 'condition after right radical mastectomy "
                      "(2021) for cancer' read as the right breast's; each needs its own rule (R=M, gold R=-)"),
    "zg098": ("b123", "left unfixed in b123: a quoted histology «Материал: 1) правая ...; 2) левая ...» opens its "
                      "specimen list inside a guillemet, not as a heading line, so 'Заключение: 1) фиброаденома; 2) DCIS' "
                      "finds no numbered specimen's side (L=BM R=-, gold L=M R=B)"),
    "zh079": ("b124", "left unfixed in b124: a transplant review's 'Opinion: ... Her left breast cancer is more than 10 "
                      "years ago' reads as a current diagnosis; 'N years ago' as a history cue has no narrow shape "
                      "here (L=M, gold L=-)"),
    "zh083": ("b124", "left unfixed in b124: 'Breast cancer history:' (a disease's history heading) and the unit's "
                      "policy sentence 'for invasive breast cancer is a minimum 2-year ... interval' read as current "
                      "after a pCR mastectomy (R=M, gold R=-)"),
    "zh088": ("b124", "left unfixed in b124: 'Right breast, scar nodule at previous excision site, core biopsy:' names "
                      "the scar as the specimen's site; the excision-landmark rule reads distances only (R=BM, gold R=M)"),
    "zh095": ("b124", "left unfixed in b124: 'Left breast, 6 o'clock, beneath reduction scar, ultrasound-guided core "
                      "biopsy:' names the scar as a landmark of the site, read as a finding (L=B, gold L=-)"),
    "zh099": ("b124", "left unfixed in b124: a quoted report's addendum 'Final diagnosis, specimen 1: invasive lobular "
                      "carcinoma' inside the quotation is read as a revision heading without its specimen's side, "
                      "so it takes the left breast too (L=M, gold L=B)"),
    "zs067": ("b129", "left unfixed in b129: an application's condition 'High risk of breast cancer - chemoprevention' "
                      "names a risk with no verb of getting it; the fear/risk rule needs 'of having / getting / "
                      "developing', and a bare 'risk of' would also hedge 'high risk of recurrence given IDC' (L=BM, "
                      "gold L=B)"),
    "zs087": ("b129", "left unfixed in b129: a register's title 'HOME VISIT RECORD - cancer survivor follow-up' names "
                      "the patient's past cancer as a title's noun; no narrow rule reads a survivorship noun, so the "
                      "generic cancer takes the side of the history's right mastectomy (R=M, gold R=-)"),
    "zt038": ("b130", "left unfixed in b130: a dictation's unheaded 'no atypia' line end is followed by a lower-case "
                      "'conclusion L brst core ... fibroadenomma' line; the negation runs across the line break into "
                      "an unpunctuated heading, a dictation layout rather than a narrow rule (L=-, gold L=B)"),
    "zt081": ("b130", "left unfixed in b130: 'Right femur, intramedullary reamings ...: Metastatic carcinoma, "
                      "consistent with the known breast primary' is read with a breast site from 'breast primary' in "
                      "its own sentence; the bone site's line is a dash-led bullet the part reader does not read "
                      "(R=M, gold R=-)"),
    "zt091": ("b130", "left unfixed in b130: a letter's 'In February 2026 she was found to have a new breast cancer.' "
                      "has no side in its sentence and takes the left of the past fibroadenoma's sentence before it; "
                      "the right comes only in the quoted report after it (L=BM, gold L=B)"),
    "zw047": ("b131", "left unfixed in b131: a review's own diagnosis under 'FENMOOR REVIEW DIAGNOSIS:' (the "
                      "reviewing unit's name before the heading) stays in the outside section opened by 'Referred "
                      "from: ...' and 'Summary of the referring report:'; no review heading led by an institution's "
                      "name is read, a heading change beyond one report (L=- R=-, gold L=M R=B)"),
    "zw085": ("b131", "left unfixed in b131: a board's two copied reports, the first 'Fibroadenoma.' and the review's"
                      " 'The initial diagnosis of fibroadenoma is revised ... interpreted as part of a fibroadenoma';"
                      " a quoted review inside another document revising a quoted first report needs the revision "
                      "reader across quoted documents (L=BM, gold L=M)"),
    "zx007": ("b132", "left unfixed in b132: a skin shave's 'CARCINOMA EXTENDS TO THE DEEP AND PERIPHERAL MARGINS' "
                      "under a basal cell carcinoma bullet is the generic word for the skin tumour just named; "
                      "reading a bare 'carcinoma' as the preceding bullet's entity is an anaphora rule, not a narrow "
                      "wording (L=M, gold L=-)"),
    "zx078": ("b132", "left unfixed in b132: an expert report's quoted claimant statement 'it said carcinoma, which "
                      "means cancer' labels the left; a lay paraphrase of a word's meaning, in a witness statement "
                      "quoted under 'Claimant's account', has no narrow cue (L=BM, gold L=B)"),
    "pw100": ("b133", "left unfixed in b133: a Papiamento diagnosis line 'kanser di pechu robes [left breast cancer]; "
                      "cyst pechu drechi [right breast]' gives the cyst the left side of the clause before it; the "
                      "side sits in an untranslated Papiamento phrase after the finding, and reading Papiamento side "
                      "words is a new side lexicon, not a narrow wording (L=BM, gold L=M)"),
    "px077": ("b134", "left unfixed in b134: an SR1 form's '1. Diagnosis: Metastatic breast cancer (liver and bone).' "
                      "names no side, so both breasts go to review and only the left's quoted carcinoma voids it; "
                      "giving a side-less form diagnosis the one side its quoted histology names is a resolution "
                      "rule over the whole report, not a narrow wording (R=?, gold R=-)"),
    "pa009": ("b135", "left unfixed in b135: a UK report's run-on 'Microscopy: 1. Invasive carcinoma ...' goes on to a "
                      "second line 'Intermediate grade DCIS around the invasive tumour ...' that leaves the inline "
                      "heading's section and takes the left side of the specimen list's core; reading an inline heading's "
                      "numbered part across its line break is a structure change, not a narrow wording (L=BM, gold L=B)"),
    "pa085": ("b135", "left unfixed in b135: a disclosure record's 'Explications: cancer du sein gauche ... [cancer of the "
                      "left breast; the right breast nodule is benign ...]' after a quoted two-part result ('2. Sein droit "
                      "...') gives the gloss's cancer the right side of the quote's last part; ending a quoted part's side "
                      "at the next field is a part-scope change, not a narrow wording (R=BM, gold R=B)"),
    "pa087": ("b135", "left unfixed in b135: a skin excision's disclosure record reads 'she fears breast cancer' (and the "
                      "French 'elle craint un cancer du sein') and 'Message: cancer de la peau' (a skin cancer) as a left "
                      "breast cancer; it needs a present-tense fear, a French fear verb and a French post-position skin "
                      "site at once, three rules for one record (L=M, gold L=-)"),
    "pa088": ("b135", "left unfixed in b135: a laboratory correction ('RECTIFICATIF: le prélèvement provient du sein "
                      "GAUCHE, et non du sein droit') moves a quoted right breast carcinoma to the left; the quote before "
                      "it keeps its right side. Re-siding a quoted result by a later free-text correction is a resolution "
                      "change, not a narrow wording (R=M, gold R=-)"),
    "pb037": ("b136", "left unfixed in b136: a typed voice-recognition transcript's 'History left breast firm area ..., "
                      "query fat necrosis versus carcinoma, period.' has no colon and the report does not call itself a "
                      "dictation, so its history differential sends the left to review; reading a colon-less 'History' as a "
                      "heading in any report is a structure change, not a narrow wording (L=?, gold L=-)"),
    "pb065": ("b136", "left unfixed in b136: a jockey's medical report's examination line 'Breasts/chest: healing biopsy "
                      "site R breast 10 o'clock' labels the right benign beside its carcinoma; a healing biopsy site is a "
                      "benign finding in a specimen, and telling a clinical examination's from a specimen's needs the "
                      "form's 'PART B - EXAMINATION' read as a heading, with all of its PART headings (R=BM, gold R=M)"),
    "pb068": ("b136", "left unfixed in b136: a return-to-riding form's 'Assessment: benign post-traumatic changes and a "
                      "simple cyst, excised' takes the left side of the line before it ('Left breast NAD.'); the side of a "
                      "side-less summary line is a side-carry rule over the whole form, not a narrow wording (L=B, gold "
                      "L=-)"),
    "pb069": ("b136", "left unfixed in b136: a licensing medical's 'PART 1 - PAST MEDICAL HISTORY (as declared by "
                      "licensee)' lists its items as lettered lines (' a) Left breast cancer 2022 - left mastectomy ...'); "
                      "the letter opens a part that ends the history section, so the earlier cancer labels the left. "
                      "Keeping a lettered list inside its history heading is a part-reading change, not a narrow wording "
                      "(L=M, gold L=-)"),
    "pb081": ("b136", "left unfixed in b136: a TUE application's drug rationale 'tamoxifen less effective post-menopausally "
                      "in lobular cancer' takes the left side of the quoted fibroadenoma before it; a drug's efficacy in a "
                      "disease class has no narrow cue that would not reach a diagnosis (L=BM, gold L=B)"),
    "pb092": ("b136", "left unfixed in b136: a combat-sports reinstatement medical's examination line 'Healed left "
                      "mastectomy scar, radiation skin change' labels the left benign beside its carcinoma; a scar is a "
                      "benign finding in a specimen, and the form's 'PART B - EXAMINATION' is not read as a heading (its "
                      "PART headings are unread, a structure change across forms) (L=BM, gold L=M)"),
}


def _predict(reports):
    return [states_from_findings(d._.findings) for d in get_pipeline().pipe([r.text for r in reports])]


def test_eval_set_size_and_parts() -> None:
    dev, heldout = load_eval_set("dev"), load_eval_set("heldout")
    assert len(dev) + len(heldout) >= 300 and len(heldout) >= 100
    assert len(load_eval_set("all")) == len(dev) + len(heldout)
    both = [r for r in dev + heldout if r.expected["L"]["malignant"] or r.expected["R"]["malignant"]]
    assert len(both) >= 100  # enough positives for a meaningful recall


@pytest.mark.parametrize("part", ["dev", "heldout", "all"])
def test_f1_targets(part: str) -> None:
    reports = load_eval_set(part)
    scores = score(reports, _predict(reports))
    for label, target in TARGETS.items():
        assert scores[label].f1 >= target, f"{part} {label}: {scores[label]}"


def test_beats_negex_baseline() -> None:
    pytest.importorskip("negspacy")
    from nlp.baseline import baseline_labels, build_baseline

    reports = load_eval_set("all")
    ours = score(reports, _predict(reports))
    base = score(reports, list(baseline_labels(build_baseline(), [r.text for r in reports])))
    assert ours["malignant"].f1 > base["malignant"].f1
    assert ours["benign"].f1 >= base["benign"].f1


@pytest.mark.parametrize("batch", DEV_PATHOLOGY_BATCHES)
def test_styles_batch_reads_exactly(batch: str) -> None:
    reports = [r for r in style_batches("pathology", batches=[batch])[batch] if r.report_id not in WITHDRAWN_PATHOLOGY_MISSES]
    preds = _predict(reports)
    scores, review = score(reports, preds), review_score(reports, preds)
    wrong = [(rep.report_id, got) for rep, got in errors(reports, preds)]
    for label in ("malignant", "benign"):
        assert scores[label].f1 == 1.0 and scores[label].precision == 1.0, (scores[label], wrong)
    assert review.review_hits == review.review_breasts and review.review_on_settled == 0, (review, wrong)
    assert review.exact == review.breasts, (review, wrong)


@pytest.mark.parametrize("report_id", [pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=why))
                                       for k, (_batch, why) in WITHDRAWN_PATHOLOGY_MISSES.items()])
def test_withdrawn_rule_report_reads_exactly(report_id: str) -> None:
    batch = WITHDRAWN_PATHOLOGY_MISSES[report_id][0]
    assert batch in DEV_PATHOLOGY_BATCHES
    reports = [r for r in style_batches("pathology", batches=[batch])[batch] if r.report_id == report_id]
    assert len(reports) == 1
    assert not list(errors(reports, _predict(reports)))


# DEV radiology reports left unread on purpose, by id with the reason: each is a strict xfail of its own
# (test_withdrawn_radiology_report_reads), and its batch reads exactly but for it (and must read it the wrong way only)
_R101_WITHDRAWN = ("b101 rule withdrawn after three reviews (58 over-reaches in review r101c, 71 in r101/r101b): "
                   "{}; the report reads as before the rule (revision 956ddee)")
_R102_WITHDRAWN = ("b102 rule withdrawn after three reviews (32 over-reaches in review r102c, after r102/r102b): "
                   "{}; the report reads as before the rule (revision f9c2a9c)")
_R106_WITHDRAWN = ("b106 rule withdrawn after one review (26 over-reaches of 48 texts in review r106): {}; the report "
                   "reads as before the rule (revision 0a0aef3)")
_R105_WITHDRAWN = ("b105 rule withdrawn after two reviews (19 over-reaches in review r105b, 14 in r105): {}; the "
                   "report reads as before the rule (revision 166102a)")
_R107_WITHDRAWN = ("b107 rule withdrawn after one review (16 over-reaches of 42 texts in review r107; narrowed to an "
                   "exam name and its month/year straight after, 4 still fired, one a quote of today's exam): {}; the "
                   "report reads as before the rule (revision 1e90926)")
_R107_STAMP_WITHDRAWN = ("b107 rule withdrawn after three reviews (3 over-reaches of 34 texts in review rfinal4, "
                         "after r107/r107b): {}; the report reads as before the rule (revision 1e90926)")
_R104_WITHDRAWN = ("b104 rule withdrawn after two reviews (6 over-reaches in review r104b, after r104): {}; the report "
                   "reads as before the rule (revision 707d103)")
_R108_WITHDRAWN = ("b108 rule withdrawn after two reviews (14 over-reaches in review r108b, 9 in r108): {}; the report "
                   "reads as before the rule (revision 1e90926)")
_R109_WITHDRAWN = ("b109 rule withdrawn after two reviews (19 over-reaches in review r109b, 13 in r109; a pre-operative "
                   "exam is not reliably an earlier one): {}; the report reads as before the rule (revision 8aefc22)")
_R110_WITHDRAWN = ("b110 rule withdrawn after two reviews ({}); the report reads as before the rule (revision "
                   "8aefc22)")
_R112_WITHDRAWN = ("b112 rule withdrawn after two reviews (21 over-reaches in review r112b, 5 in r112): {}; the report "
                   "reads as before the rule (revision 281544e)")
WITHDRAWN_RADIOLOGY_MISSES = {
    "xy033": ("b101", _R101_WITHDRAWN.format("a speech-recognition homophone after the category's name ('left breast "
                                             "benign, birads too') gives no category, so L is unread (gold L=2)")),
    "xy071": ("b101", _R101_WITHDRAWN.format("a side line under a bare 'Diagnostic impression:' heading gives no "
                                             "category, so L is unread (gold L=3)")),
    "xz031": ("b102", _R102_WITHDRAWN.format("side paragraphs opened by 'Right breast - ' open no findings below the "
                                             "history, so both sides are unread (gold L=3 R=1)")),
    "xz059": ("b102", _R102_WITHDRAWN.format("a 'Pre-op <exam> MM/YYYY:' label under a post-operative title and an "
                                             "'IMAGING - PREVIOUS' block titled alone are read as today's, so the "
                                             "earlier exam's categories are read (gold L=- R=-)")),
    "yd082": ("b104", _R104_WITHDRAWN.format("'BI-RADS on the right changed to IV-A', glossed chunk by chunk in an "
                                             "addendum, revises nothing (a question, a quote or a withdrawn addendum "
                                             "worded so could not be told apart by the sentence's shape), so the "
                                             "conclusion's R=3 stays (gold R=4A)")),
    "yg078": ("b105", _R105_WITHDRAWN.format("a quoted clinic letter's 'Left breast not imaged.' takes no side from the "
                                             "untitled record's exam, so the GP's 'L breast normal' above keeps the "
                                             "left in it and the overall category reaches it (gold L=-)")),
    "yh089": ("b106", _R106_WITHDRAWN.format("a translation's bare 'Impresión diagnóstica [Diagnostic impression]:' "
                                             "under the findings heads no side lines (requests, clinic notes, letters "
                                             "and quoted reports word it alike), so L is unread (gold L=3)")),
    "yk068": ("b107", _R107_WITHDRAWN.format("a quotation opening with an exam's name and its month and year "
                                             "('\"Screening mammogram bilateral 10/2026 - ...\"') is not told from "
                                             "today's exam quoted the same way, so its BI-RADS 0 is read (gold R=-)")),
    "yk085": ("b107", _R107_STAMP_WITHDRAWN.format("a record's 'Entry amended <date> <time> (<name>):' stamp opens "
                                                   "no amendment (such notes quote an earlier or outside exam's "
                                                   "category as often as they revise), so its side correction is not "
                                                   "read and the category stays right (gold L=4B R=-)")),
    "yl069": ("b108", _R108_WITHDRAWN.format("a terse 'Known:' line dating only a diagnosis keeps the findings below it "
                                             "as the earlier account (the diagnosis-time exam is told below such a line "
                                             "in too many wordings), so both sides are unread (gold L=1 R=6)")),
    "yo080": ("b109", _R109_WITHDRAWN.format("the pre-treatment exam's category named after it is read as today's "
                                             "exam's, so R=5 is read (gold R=2)")),
    "yo100": ("b109", _R109_WITHDRAWN.format("the pre-treatment exam's category named after it is read as today's "
                                             "exam's, so L=6 is read (gold L=2)")),
    "yp004": ("b110", _R110_WITHDRAWN.format("11 over-reaches in review r110b, 3 in r110: a terse note's measured finding "
                                             "'at site of lump' below the indication opens no findings (a referral's or "
                                             "earlier scan's size line is worded alike), so L is unread (gold L=2)")),
    "yp080": ("b110", _R110_WITHDRAWN.format("7 over-reaches in review r110b: a history heading padded or glossed to its "
                                             "colon ('Clinical information [Renseignements cliniques]:') heads nothing "
                                             "(its field's end could not be told), so its quoted R=3 is read (gold R=2)")),
    "yp032": ("b110", _R110_WITHDRAWN.format("26 over-reaches in the final measurement review rfinal5: a register's "
                                             "'Previous entry (<number, date>)' heads no history, so its L=5 is read "
                                             "(gold L=2)")),
    "yp093": ("b110", _R110_WITHDRAWN.format("26 over-reaches in the final measurement review rfinal5: a register's "
                                             "'Previous entry (<number, date>)' heads no history, so its R=4A is read "
                                             "(gold R=2)")),
    "yt069": ("b112", _R112_WITHDRAWN.format("a translated erratum's passive quoted correction ('in the title and in the "
                                             "text, where it puts \"right\" it must be read \"left\"') is not read (its "
                                             "bare shape, nothing before 'where' but the erratum's label, is not this "
                                             "report's, and a wider one could not be told from a correction limited to "
                                             "one item, a question or a denial), so the right title's R=4A stays (gold "
                                             "L=4A R=-)")),
    "zf018": ("b118", "b118: a terse 'Known:' line dating only a diagnosis ('Known: R IDC 10:00, dx 03/2026, clip in "
                      "situ.') keeps the findings and 'BIRADS 6 R (known ca), 2 L (benign calcs).' below it as the earlier "
                      "account: the rule that read them (b108) was withdrawn after reviews r108 / r108b (14 over-reaches) "
                      "and no narrow rule tells today's lines from the diagnosis-time exam told below such a line, so "
                      "both sides are unread (gold L=2 R=6)"),
    "zj016": ("b120", "b120: a terse note's measured finding below its 'Indication:' line ('Indication: L 3:00 tender "
                      "lump.' over 'L 3:00 4CMFN 6mm simple cyst, corresponds.' and 'Cat 2 L. Routine.') opens no "
                      "findings, the class of yp004 (b110), whose rule was withdrawn after reviews r110 / r110b (14 "
                      "over-reaches: a referral's or earlier scan's size line is worded alike); no narrow rule tells "
                      "today's lines from the indication's, so L is unread (gold L=2)"),
    "zr070": ("b124", "b124: an S2 form's history sentence on its heading's line introduces the report quoted below it "
                      "('History: ... Left mammogram performed on the visiting mobile unit on the mainland, 18/02/2026; "
                      "report attached:' over '\"LEFT MAMMOGRAM (MOBILE UNIT 2), 18/02/2026. ... BI-RADS 0 - "
                      "incomplete; ...\"'), so the quote stays history (R4: a quote that a history sentence runs on "
                      "into is history; a quoted exam ends the history only on a line of its own, under a note dated "
                      "above its history); no narrow rule tells this form's attached current report from a history's "
                      "quoted earlier one, so L is unread (gold L=0)"),
    "zy020": ("b127", "b127: a terse 'Known:' line dating only a diagnosis ('Known: R IDC 1:00, 24mm, dx 02/2026.') "
                      "keeps the findings and 'BIRADS 6 R (known ca), 2 L (cysts).' below it as the earlier account, the "
                      "class of yl069 (b108) and zf018 (b118), whose rule was withdrawn after reviews r108 / r108b (14 "
                      "over-reaches); no narrow rule tells today's lines from the diagnosis-time exam told below such a "
                      "line, so both sides are unread (gold L=2 R=6)"),
    "zy068": ("b127", "b127: a register's copied 'Entri bifo [Previous entry] (for reference only): 2025/0198, 09/2025 - "
                      "... BI-RADS 3, ...' heads no history, the class of yp032 / yp093 (b110), whose rule was withdrawn "
                      "after review rfinal5 (26 over-reaches: a register's 'Previous entry' line is worded like its own "
                      "entry); its R=3 outranks today's 'BI-RADS 2' (gold R=2)"),
    "zy078": ("b127", "b127: a referral letter's history quotes the patient's old slip inside its sentence ('she brought "
                      "the old slip: \"Ultrasound both breasts: ... BI-RADS 3 left; ... BI-RADS 1\" (2023)'), its year "
                      "after the closing quote; the history heading's reach and the quote's trailing year are not read "
                      "together by any rule, and a rule dating a quote by a year after it would reach quotes of today's "
                      "report followed by a year of something else; not fixed in b127, so L=3 R=1 are read (gold L=- "
                      "R=-)"),
    "zz019": ("b128", "b128: a terse 'Known:' line dating only a diagnosis ('Known: R IDC 9:00, dx 01/2026 (core).') "
                      "keeps the lines below it, 'Bilat dx mammo 11/02/2026 (pre-op).' and 'BIRADS 6 R, 1 L.', as the "
                      "earlier account, the class of yl069 (b108), zf018 (b118), zy020 (b127): withdrawn after reviews "
                      "r108 / r108b (14 over-reaches), so both sides are unread (gold L=1 R=6)"),
    "zz074": ("b128", "b128: an occupational health record's later 'AMENDED ENTRY' corrects the side of the ultrasound "
                      "quoted in the earlier entry ('the ultrasound quoted above was of the patient's RIGHT breast, not "
                      "the left as typed'); a correction of a quoted outside report's side by the note's writer is not "
                      "told from a correction of the writer's own words or another exam's without reading whose report "
                      "the quote is, so L=3 stays (gold R=3)"),
    "zz083": ("b128", "b128: a case review quotes two outside reports, the earlier private one inside its summary "
                      "sentence ('\"BI-RADS 4A, biopsy advised\"') and the later NHS unit's letter below it ('BI-RADS 3'), "
                      "which says 'We do not agree with the earlier suspicious category'; the disagreement names no "
                      "category and no side, and a rule that lets a later quoted letter replace an earlier quoted "
                      "report's category would reach every record that quotes two exams, so 4A is read (gold L=3)"),
    "zz090": ("b128", "b128: a medical record's numbered investigations list an X-ray of the LEFT SHOULDER above the "
                      "quoted 'ULTRASOUND RIGHT BREAST' item, and later lines name the left shoulder again; the quoted "
                      "report's bare 'BI-RADS 2' is sided by the other organ's side words (removing either reads R=2), "
                      "and telling a shoulder's side from a breast's across a numbered list needs an organ reading of "
                      "every side word, no narrow rule, so L=2 is read (gold R=2)"),
    "zz092": ("b128", "b128: a coastal rescue medical's health declaration reports a 2024 screening mammogram's result "
                      "second hand ('NHS screening mammogram 2024 - result \"benign, BI-RADS 2\" per the officer's "
                      "letter') and says no breast imaging was done this review; its category is read for both sides: "
                      "the year before the dash dates the exam, not the quoted result, and 'not performed' names no "
                      "side; a rule dating a result by a year before a dash in a numbered item would reach today's "
                      "exam lines ('Mammogram 2026 - ...'); not fixed in b128, so L=2 R=2 are read (gold L=- R=-)"),
    "py090": ("b129", "b129: a long-term-condition protocol translated from French lists '1. Antécédents [history]: "
                      "hypertension, diabetes ...' above '2. Mammographie et échographie bilatérales du 24/02/2026:' and "
                      "its side lines; the numbered history item runs on over the next items. The second pass ended it "
                      "at the next item's exam heading with its full date; withdrawn after review r129 (2 over-reaches "
                      "and 3 newly wrong in 5 probes): forms list earlier and outside exams as numbered items in the "
                      "same shape ('2. Mammographie du 14/03/2024:' in a history document, '2. Mammographie (clinique "
                      "externe) du 24/02/2025:'), and where such an item's date is the only full date in the text, no "
                      "evidence (the latest date, no outside marker) tells today's exam from an earlier one; here the "
                      "item's date is not even the latest (26/02/2026, 02/03/2026), so both sides are unread (gold L=2 "
                      "R=4C)"),
    "py100": ("b129", "b129: a long-term-condition protocol lists 'Mammographie de diagnostic du 24/02/2026: BI-RADS ACR "
                      "5 gauche' above a bilateral work-up whose quoted report opens with its side heading ('\"Sein "
                      "gauche: ... BI-RADS ACR 6.'); the quote mark hides the side heading, so the 6 is the bilateral "
                      "exam's unsided category and the sided 5 wins; reading a side heading after a quote mark moved the "
                      "b125 house test's wound-category near misses; second pass: the only shape that tells this "
                      "quote from the b125 one ('\"Right breast: ... BI-RADS 1.' over 'Left breast: ...') is its indent "
                      "under a dash item, no evidence of whose report it is, so L=5 is read (gold L=6)"),
    "pv018": ("b130", "b130: a terse MRI note's 'Known: R IDC 10:00 dx 01/2026, core bx.' keeps the findings and "
                      "'BIRADS 6 R (known ca), 2 L (cysts).' below it as the earlier account, the class of yl069 (b108), "
                      "zf018 (b118), zy020 (b127), zz019 (b128), whose rule was withdrawn after reviews r108 / r108b (14 "
                      "over-reaches); no narrow rule, so both sides are unread (gold L=2 R=6)"),
    "pv075": ("b130", "b130: a cabin crew fitness review quotes a corrected outside report ('CORRECTED REPORT - laterality "
                      "error. The examination ... was of the LEFT breast, not the right; the right breast was not "
                      "scanned') under a summary quoting the first, wrong 'US RIGHT BREAST ... BI-RADS 4C'; the right "
                      "side is named in both quotes, and retracting it needs the correction read inside a quote "
                      "against the earlier quote's title, no narrow rule in the time this batch had, so R=4C is read "
                      "too (gold L=4C R=-)"),
    "pv078": ("b130", "b130: a diver's pre-mobilisation screen's own examination says 'Right: normal.' and its quoted "
                      "left breast ultrasound ends 'Right breast not imaged.' below its final assessment; the clinical "
                      "'Right:' line is read as a side of the exam, and telling a clinical examination's side line from "
                      "an imaging finding's needs a section reading of the form, no narrow rule in the time this batch "
                      "had, so R=3 is read too (gold L=3 R=-)"),
}


@pytest.mark.parametrize("batch", DEV_RADIOLOGY_BATCHES)
def test_radiology_batch_reads_exactly(batch: str) -> None:
    reports = [r for r in style_batches("radiology", batches=[batch])[batch]
               if r.report_id not in WITHDRAWN_RADIOLOGY_MISSES]
    preds = [extract_birads(r.text) for r in reports]
    wrong = [(rep.report_id, rep.codes, got) for rep, got in birads_errors(reports, preds)]
    assert score_birads(reports, preds).accuracy == 1.0, wrong


@pytest.mark.parametrize("report_id", [
    pytest.param(rid, id=rid, marks=pytest.mark.xfail(strict=True, reason=reason))
    for rid, (_, reason) in WITHDRAWN_RADIOLOGY_MISSES.items()])
def test_withdrawn_radiology_report_reads(report_id: str) -> None:
    batch = WITHDRAWN_RADIOLOGY_MISSES[report_id][0]
    assert batch in DEV_RADIOLOGY_BATCHES
    (report,) = [r for r in style_batches("radiology", batches=[batch])[batch] if r.report_id == report_id]
    assert not birads_errors([report], [extract_birads(report.text)])
