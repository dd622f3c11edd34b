"""Pathology rules developed on released batches b125 and b126, one class per test (new wording, with near misses)."""

from __future__ import annotations

from tests.nlp.labels import pathology_codes as labels

_LIS = ("EVERGREEN VALLEY HOSPITAL LAB SYSTEM           REPORT VERSION 2 (AMENDED)\n"
        "SRC: RIGHT BREAST MASS EXCISION   COLL: 01/20/2026   V1 FINAL: 01/23/2026   V2: 01/30/2026\n\n"
        "V2 AMENDED DIAGNOSIS (01/30/2026):\nBREAST, RIGHT, 9:00, EXCISION:\n"
        "  - CELLULAR FIBROADENOMA, 2.6 CM, COMPLETELY EXCISED.\n"
        "AMENDMENT NOTE: Following review at the consensus meeting, the stromal changes are regarded as within the\n"
        "spectrum of a cellular fibroadenoma; leaf-like architecture is not developed.\n\n"
        "V1 FINAL DIAGNOSIS (01/23/2026) (replaced by version 2):\nBREAST, RIGHT, 9:00, EXCISION:\n"
        "  - BENIGN PHYLLODES TUMOR, 2.6 CM, MARGINS NEGATIVE.\n\n"
        "CLIN HX: 35F enlarging right breast mass.\n")


def test_a_short_version_heading_with_its_status_drops_that_version() -> None:
    # "V1 FINAL DIAGNOSIS (<date>) (replaced by version 2):" heads version 1 as "Version 1 ..." does: replaced, the
    # diagnosis as first issued; "v1 ... - RETRACTED" likewise
    assert labels(_LIS) == {"L": "-", "R": "B"}
    assert labels(_LIS.replace("V1 FINAL DIAGNOSIS (01/23/2026) (replaced by version 2):",
                               "---- v1 FINAL DIAGNOSIS (01/23/2026) - RETRACTED ----")) == {"L": "-", "R": "B"}
    assert labels(_LIS.replace("V1 FINAL", "VERSION 1 FINAL")) == {"L": "-", "R": "B"}
    # near misses: without its dropped status the short heading reads as the spelled-out one does, and a "V1" before
    # no heading name names no version
    no_status = _LIS.replace(" (replaced by version 2)", "")
    assert labels(no_status) == labels(no_status.replace("V1 FINAL", "VERSION 1 FINAL"))
    assert labels("V1 result: left breast core, fibroadenoma.\n") == {"L": "B", "R": "-"}
    assert labels("V1 left breast core: invasive ductal carcinoma (replaced by version 2).\n") == {"L": "M", "R": "-"}


_CERT = ("CERTIFICAT MÉDICAL [Medical certificate]\n\nI, the undersigned, pathologist, certify that Miss N. underwent "
         "an excision of a nodule of the right breast (sein droit).\n\n"
         "Antécédents [History] as stated in the request: mother deceased of breast cancer at 51 years.\n\n"
         "RÉSULTAT / CONCLUSION [Result / Conclusion]:\nFibroadénome du sein droit [fibroadenoma of the right breast]. "
         "Absence de signe de malignité [no sign of malignancy].\n")


def test_a_relative_deceased_of_a_cancer_is_family_history() -> None:
    # "mother deceased of breast cancer" (a translation's "décédée de") tells the relative's disease, as "died of" does
    assert labels(_CERT) == {"L": "-", "R": "B"}
    assert labels(_CERT.replace("mother deceased of", "sister deceased from")) == {"L": "-", "R": "B"}
    assert labels(_CERT.replace("mother deceased of", "aunt died of")) == {"L": "-", "R": "B"}
    # near misses: the patient's own cancer and a relative merely named before it keep the patient's reading
    assert labels(_CERT.replace("mother deceased of breast cancer at 51 years",
                                "right breast cancer in 2019, treated")) == {"L": "-", "R": "BM"}
    assert labels(_CERT.replace("mother deceased of breast cancer", "mother present; breast cancer")) == {
        "L": "-", "R": "BM"}


_BOOKLET = ("CERTIFICAT DE DIAGNOSTIC ANATOMOPATHOLOGIQUE\n\nSpecimen H26-0611: microbiopsies of the right breast (sein "
            "droit), 4 cores.\n\n"
            "Antécédents [History]: tumorectomie of the left breast in 2019 in a private clinic of\n"
            "Pointe-Noire (result of the time: fibroadénome, per the patient's booklet); no treatment since.\n\n"
            "CONCLUSION:\nHyperplasie canalaire atypique [atypical ductal hyperplasia], focal, of the right breast.\n")


def test_a_history_line_broken_after_a_preposition_goes_on_over_a_name() -> None:
    # a line broken off after "of" / "in" / "the" goes on over the next line even where a place's name opens it with a
    # capital: "... in a private clinic of" / "Pointe-Noire (result of the time: fibroadénome, ...)" stays history
    assert labels(_BOOKLET) == {"L": "-", "R": "B"}
    assert labels(_BOOKLET.replace("clinic of\nPointe-Noire", "clinic in\nPointe-Noire")) == {"L": "-", "R": "B"}
    assert labels(_BOOKLET.replace("in a private clinic of\n", "at the\n")) == {"L": "-", "R": "B"}
    # near misses: a line ending its sentence, or a word ending in "of" / "in" ("Dr Hoffin"), ends the history field
    # before a labelled line
    assert labels(_BOOKLET.replace("in a private clinic of\nPointe-Noire", "in a private clinic.\nPointe-Noire")
                  ) == {"L": "B", "R": "B"}
    assert labels(_BOOKLET.replace("in a private clinic of\nPointe-Noire", "by Dr Hoffin\nPointe-Noire")) == {
        "L": "B", "R": "B"}
    # (nor over the report's own field written procedure-first, its label naming a side or a procedure and no year;
    # a dated label stays history)
    cut = "Clinical details: mass L breast, U5, referred to\n{}: Invasive carcinoma of no special type, grade 2.\n"
    for label in ("Core biopsy, left breast, 2 o'clock", "Core biopsy (left breast)", "Mastectomy, left",
                  "Left 2 o'clock core"):
        assert labels(cut.format(label)) == {"L": "M", "R": "-"}, label
    assert labels(cut.format("Core biopsy, Dhaka 2019")) == {"L": "-", "R": "-"}


_FICHA = ("FICHA DE CONSULTA EXTERNA\n\nResultado anatomopatológico [Pathology result]:\n"
          '   "1. Mama esquerda [left breast], biópsia: carcinoma ductal invasivo [invasive ductal carcinoma].\n'
          '   2. Mama direita [right breast], biópsia: fibroadenoma."\n\n')


def test_a_clinic_notes_shorthand_side_after_mama_gives_its_clause_the_side() -> None:
    # "CDI mama esq. (...); fibroadenoma mama dir.": the breast noun "mama" and its abbreviated side after the finding,
    # with no article, side the finding that opens its ";" clause
    text = _FICHA + "Diagnóstico [Diagnosis]: CDI mama esq. [IDC, left breast] (cT4b N2); fibroadenoma mama dir.\n" \
        "[fibroadenoma, right breast] - benign, no treatment needed.\n"
    assert labels(text) == {"L": "M", "R": "B"}
    assert labels(text.replace("fibroadenoma mama dir.", "fibroadenoma mama direita")) == {"L": "M", "R": "B"}
    assert labels("Diagnóstico: carcinoma mama dir.; quisto simples mama esq.\n") == {"L": "B", "R": "M"}
    # near misses: a history word in the clause, and a finding that does not open its clause, keep the old reading
    assert labels("Diagnóstico: CDI mama esq.; história de fibroadenoma mama dir. em 2019\n") == {"L": "BM", "R": "-"}
    assert labels("Diagnóstico: CDI mama esq.; operada, fibroadenoma mama dir.\n") == {"L": "BM", "R": "-"}


_SHEET = ("FICHA DE CONSULTA EXTERNA [Outpatient consultation sheet]\n\n"
          "Motivo [Reason]: post-operative review, 4 weeks after right mastectomy; brings histology.\n\n"
          "Exame objectivo: right mastectomy scar healed; mild seroma aspirated (40 ml). Left breast: no mass.\n\n"
          'Resultado anatomopatológico [Pathology result]:\n   "Mama direita [right breast], mastectomia: carcinoma '
          'ductal invasivo [invasive ductal carcinoma], grau 2."\n\nDiagnóstico [Diagnosis]: carcinoma da mama '
          "direita operado.\n")


def test_a_portuguese_or_spanish_examination_heading_is_the_clinical_examination() -> None:
    # "Exame objectivo:" (also "objetivo", "físico", glossed or not) and Spanish "Examen físico:" head the physical
    # examination, as "Exam:" does: "right mastectomy scar healed" there is no finding
    assert labels(_SHEET) == {"L": "-", "R": "M"}
    assert labels(_SHEET.replace("Exame objectivo:", "Exame objetivo:")) == {"L": "-", "R": "M"}
    assert labels(_SHEET.replace("Exame objectivo:", "Exame físico:")) == {"L": "-", "R": "M"}
    assert labels(_SHEET.replace("Exame objectivo:", "Examen físico:")) == {"L": "-", "R": "M"}
    # near misses: another word after "Exame" ("Exame histológico", the specimen's examination) and no heading keep
    # the scar a finding
    assert labels(_SHEET.replace("Exame objectivo:", "Exame histológico:")) == {"L": "-", "R": "BM"}
    assert labels(_SHEET.replace("Exame objectivo: right", "Right")) == {"L": "-", "R": "BM"}


_ZAKAT = ("SHABEELLE-XAMAR GENERAL HOSPITAL - MUQDISHO\nHospital Zakat and Sadaqa Fund - FOOMKA CODSIGA [Application "
          "form]\n\nQAYBTA 2 - BAYAANKA CODSADAHA [SECTION 2 - APPLICANT'S STATEMENT] (by her mother)\n"
          '"My daughter has a big lump in the breast. People in the neighbourhood say it is cancer and\n'
          'she cries every night. The doctor says it is not cancer but it must be removed."\n\n'
          "QAYBTA 3 - WARBIXINTA DHAKHTARKA [SECTION 3 - DOCTOR'S REPORT]\n"
          "Taariikhda [History]: mobile, firm lump of the left breast, 6 cm.\n"
          "Ogaanshaha [Diagnosis]: giant fibroadenoma of the left breast.\n")


def test_a_translated_forms_applicant_statement_is_her_account() -> None:
    # a translated form's section in the applicant's own words, its translation in brackets after the original's name
    # ("[SECTION 2 - APPLICANT'S STATEMENT]", "2. BAYAANKA CODSADAHA [APPLICANT'S STATEMENT]"): history, as the English
    # "SECTION 2 - CLAIMANT'S STATEMENT" is
    assert labels(_ZAKAT) == {"L": "B", "R": "-"}
    assert labels(_ZAKAT.replace("QAYBTA 2 - BAYAANKA CODSADAHA [SECTION 2 - APPLICANT'S STATEMENT] (by her mother)",
                                 "2. BAYAANKA CODSADAHA [APPLICANT'S STATEMENT]")) == {"L": "B", "R": "-"}
    assert labels(_ZAKAT.replace("APPLICANT'S STATEMENT", "PATIENT'S OWN ACCOUNT")) == {"L": "B", "R": "-"}
    # near misses: a bracket naming another section, and a statement bracket with words after it on its line (a
    # sentence, no heading), leave the statement's "cancer" read
    assert labels(_ZAKAT.replace("APPLICANT'S STATEMENT", "SOCIAL CIRCUMSTANCES")) == {"L": "BM", "R": "-"}
    assert labels(_ZAKAT.replace("] (by her mother)", "] was read to the committee")) == {"L": "BM", "R": "-"}


_SOMALI = ("3. WARBIXINTA DHAKHTARKA [DOCTOR'S REPORT]\n"
           "   Taariikhda [History]: recurrent painful lump of the left breast (naaska bidix) for 8\n"
           "   months, aspirated 4 times. Right breast normal.\n"
           "   Ultrasound 01/2026: 4 cm cyst with a thickened wall; core biopsy of the wall 05/02/2026.\n"
           "   Ogaanshaha [Diagnosis]: recurrent complicated cyst of the left breast.\n")


def test_a_sentence_saying_a_breast_is_normal_gives_no_side_to_the_finding_after_it() -> None:
    # "Right breast normal." names a breast with nothing in it: an unsided finding after it takes the side named before
    assert labels(_SOMALI) == {"L": "B", "R": "-"}
    assert labels(_SOMALI.replace("Right breast normal.", "The right breast is unremarkable.")) == {"L": "B", "R": "-"}
    assert labels(_SOMALI.replace("Right breast normal.", "Right breast clinically normal.")) == {"L": "B", "R": "-"}
    # near misses: a sentence that says more of that breast, and a normal breast with no side named before it, keep
    # the side nearest before
    assert labels(_SOMALI.replace("Right breast normal.", "Right breast normal apart from a cyst.")) == {
        "L": "B", "R": "B"}
    assert labels(_SOMALI.replace("lump of the left breast (naaska bidix)", "lump (naaska)")) == {"L": "B", "R": "B"}


def test_a_side_after_its_finding_may_wrap_after_the_preposition() -> None:
    # "fibroadenoma of the" / "right breast": the side written after the finding in its ";" clause, across the line
    text = ("   Diagnosis: carcinoma of the left breast (IDC, luminal type), cT2 N0; fibroadenoma of the\n"
            "   right breast - no treatment needed for it.\n")
    assert labels(text) == {"L": "M", "R": "B"}
    assert labels(text.replace("fibroadenoma of the\n   right", "fibroadenoma of\n   the right")) == {"L": "M", "R": "B"}
    assert labels(text.replace("fibroadenoma of the\n   right", "fibroadenoma in the\nright")) == {"L": "M", "R": "B"}
    # near misses: a blank line between, and a finding with other words before the side, keep the side before it
    assert labels(text.replace("fibroadenoma of the\n   right", "fibroadenoma of the\n\n   right")) == {
        "L": "BM", "R": "-"}
    assert labels(text.replace("fibroadenoma of the\n   right", "fibroadenoma, not in the\n   right")) == {
        "L": "BM", "R": "-"}


_TOP = ("Dear Wiremu,\n\nI am writing to let you know of an unexpected histology result following Sasha's bilateral\n"
        "mastectomy.\n\nHistology (NP26-10442), quoted:\n\n"
        '"A. Right breast (chest masculinisation mastectomy), 512 g: Low grade ductal carcinoma in situ, 4 mm.\n'
        'B. Left breast (chest masculinisation mastectomy), 486 g: Benign breast tissue. No atypia or malignancy.\n'
        "Supplementary report: The whole of the right upper inner quadrant has now been embedded. No further DCIS.\n"
        'The diagnosis is unchanged."\n\n'
        "As you will appreciate, the surgery Sasha has had is in effect a bilateral mastectomy, and the DCIS\n"
        "has been removed with clear margins.\n")


def test_a_bilateral_word_does_not_reach_over_a_new_clause() -> None:
    # ", and the DCIS has been removed": a clause of its own after "bilateral mastectomy", its DCIS the one named above
    assert labels(_TOP) == {"L": "-", "R": "M"}
    assert labels(_TOP.replace(", and the DCIS", ", but the DCIS")) == {"L": "-", "R": "M"}
    assert labels("Right breast, mastectomy specimen.\nThe operation was a bilateral mastectomy, and the DCIS is 4 mm.\n"
                  ) == {"L": "-", "R": "M"}
    # near misses: the bilateral word straight before the finding, before a list with no new clause, or before "and the"
    # with no comma, reaches it
    assert labels("Right breast, mastectomy: DCIS, 4 mm.\nThe operation was a bilateral mastectomy and the DCIS has "
                  "been removed.\n") == {"L": "M", "R": "M"}
    assert labels("Diagnosis bilat reduction mammoplasty, fibroadenomas.\n") == {"L": "B", "R": "B"}
    assert labels("Bilateral mastectomy, and DCIS in both.\n") == {"L": "M", "R": "M"}
    # (and not past a plural finding or sampling, a clause reaching back to both, or where no side is named at all)
    assert labels("Right breast lump.\nResult: bilateral breast lumps, and her core biopsies showed fibroadenomas.\n"
                  ) == {"L": "B", "R": "B"}
    assert labels("Right breast lump.\nDiagnosis: Bilateral mastectomies, and the LCIS is present in both specimens.\n"
                  ) == {"L": "B", "R": "B"}
    assert labels("Result: bilateral breast lumps, and her core biopsy showed a fibroadenoma.\n") == {"L": "B", "R": "B"}


_ALH = ('The laboratory has reported as follows:\n  "Left breast tissue, keyhole mastectomy, 104 g: atypical lobular '
        'hyperplasia (ALH), focal."\n\nWhat this means for you:\nALH is not cancer. It is a change that is linked to a '
        "slightly higher chance of developing breast cancer in the future.\n")


def test_a_chance_or_risk_of_developing_a_disease_is_no_diagnosis() -> None:
    # "a (higher) chance / risk / likelihood of developing / getting <disease>" names a risk, no disease
    assert labels(_ALH) == {"L": "B", "R": "-"}
    assert labels(_ALH.replace("chance of developing", "risk of getting")) == {"L": "B", "R": "-"}
    assert labels(_ALH.replace("chance of developing", "likelihood of developing")) == {"L": "B", "R": "-"}
    # (its object alone: a finding after a comma is told of its own)
    assert labels("Left breast core: the chance of developing cancer is low, right breast core IDC.\n") == {
        "L": "-", "R": "M"}
    # near misses: a risk named without the verb, and the verb without a risk, read as before
    assert labels(_ALH.replace("chance of developing breast cancer", "chance; breast cancer")) == {"L": "BM", "R": "-"}
    assert labels(_ALH.replace("a slightly higher chance of developing breast cancer", "a risk factor for breast "
                               "cancer")) == {"L": "BM", "R": "-"}
    assert labels(_ALH.replace("chance of developing", "chance, after developing")) == {"L": "BM", "R": "-"}


_TRANSPOSED = ("Dear Riley,\n\nHere is the corrected report from Mount Arden Pathology (MAP-26-07723), quoted exactly:\n\n"
               '"CORRECTED REPORT (11/03/2026). Correction note: the parts were transposed at specimen labelling.\n'
               "Part A is from the RIGHT breast. Part B is from the LEFT breast. The diagnoses are otherwise\n"
               "unchanged.\nFINAL DIAGNOSIS (as originally issued 05/03/2026):\n"
               "A. Left breast, chest masculinisation mastectomy, 301 g: simple cyst, 11 mm.\n"
               'B. Right breast, chest masculinisation mastectomy, 287 g: benign breast tissue. No atypia."\n\n')


def test_transposed_parts_of_a_corrected_report_quoted_in_a_letter_take_the_stated_sides() -> None:
    # a letter quoting the corrected report: its note's "Part A is from the RIGHT breast" moves part A's reprinted
    # diagnosis as the report alone does
    intro = "Gender Surgery Program - Plastic Surgery\nMOUNT ARDEN GENERAL HOSPITAL\n\n18 March 2026\n\n" * 4
    assert labels(intro + _TRANSPOSED) == {"L": "-", "R": "B"}
    assert labels(intro + _TRANSPOSED.replace("simple cyst", "fibroadenoma")) == {"L": "-", "R": "B"}
    assert labels(intro + _TRANSPOSED.replace("the parts were transposed at specimen labelling",
                                              "part transposition")) == {"L": "-", "R": "B"}
    # near misses: a note without a correction word keeps the printed sides, and a part quoted after the reprint's
    # closing quotation mark keeps its own
    assert labels(intro + _TRANSPOSED.replace("Correction note: the parts were transposed at specimen labelling.",
                                              "Note: labelling checked.")) == {"L": "B", "R": "-"}
    assert labels(intro + _TRANSPOSED + '"A. Left breast, separate core (H26-1610): fibroadenoma."\n') == {
        "L": "B", "R": "B"}


_MALE = ("Dear Dr. Oduya-Marsh,\n\nI saw Mr. Beauchamp-Okoro today to review his final pathology after right breast "
         "excision. The\ncore biopsy (SC-26-00884) was reported as \"papillary neoplasm; excision recommended to "
         'exclude\npapillary carcinoma."\n\n'
         "FINAL SURGICAL PATHOLOGY (St. Cuthbert's Pathology, SC-26-01772, signed 03/09/2026):\n"
         "   BREAST, RIGHT, RETROAREOLAR MASS, EXCISION (WITH NIPPLE):\n"
         "   - ENCAPSULATED PAPILLARY CARCINOMA, 2.6 CM, LOW NUCLEAR GRADE.\n   - MARGINS NEGATIVE.\n\n"
         "I explained that this is a low-grade type of breast cancer.\n")


def test_a_letters_pasted_result_under_its_accession_reads_as_its_quoted_report() -> None:
    # a letter quoting an earlier core also pastes the final pathology unquoted, under a heading naming the laboratory's
    # accession number in its aside: that block is read as the quoted report, not the letter's history
    assert labels(_MALE) == {"L": "-", "R": "M"}
    assert labels(_MALE.replace("FINAL SURGICAL PATHOLOGY", "Histology report")) == {"L": "-", "R": "M"}
    assert labels(_MALE.replace("SC-26-01772", "SC26-01772")) == {"L": "-", "R": "M"}
    # near misses: an aside without an accession number, and one naming an earlier report, stay the letter's history
    assert labels(_MALE.replace("SC-26-01772, ", "")) == {"L": "-", "R": "-"}
    assert labels(_MALE.replace("St. Cuthbert's Pathology, SC-26-01772", "previous report SC-24-01772")) == {
        "L": "-", "R": "-"}


def test_a_rhabdomyosarcoma_in_a_breast_specimen_is_malignant() -> None:
    # "Metastatic alveolar rhabdomyosarcoma involving breast tissue" (a metastasis to the breast) is M, as "sarcoma" is
    text = ('Pathology (pasted from AUSLAB):\n   "Left breast, 2 o\'clock, ultrasound-guided core biopsy: Metastatic '
            'alveolar rhabdomyosarcoma\n   involving breast tissue."\n')
    assert labels(text) == {"L": "M", "R": "-"}
    assert labels("Right breast, excision: embryonal rhabdomyosarcoma.\n") == {"L": "-", "R": "M"}
    # near misses: another organ's rhabdomyosarcoma, a negated one and a history of one label no breast
    assert labels("Left breast core: fibroadenoma.\nRight thigh, excision: embryonal rhabdomyosarcoma.\n") == {
        "L": "B", "R": "-"}
    assert labels("Left breast core: fibroadenoma. No rhabdomyosarcoma is seen.\n") == {"L": "B", "R": "-"}
    assert labels("Background: Alveolar rhabdomyosarcoma of the left forearm, 2024.\n\nRight breast core: "
                  "fibroadenoma.\n") == {"L": "-", "R": "B"}


def test_what_most_such_lesions_turn_out_to_be_is_no_diagnosis() -> None:
    # "most of these turn out to be fibroadenomas": a likelihood told to the patient, no diagnosis of hers
    text = ("Assessment: B3 fibroepithelial lesion, left breast. I explained that most of these turn out to be "
            "fibroadenomas, but that we need to remove it to be sure it is not a phyllodes tumour.\n")
    assert labels(text) == {"L": "-", "R": "-"}
    assert labels(text.replace("most of these turn out", "many of them usually prove")) == {"L": "-", "R": "-"}
    # near misses: a result told in the past tense, and most lesions named beside this one's own diagnosis, label
    assert labels(text.replace("most of these turn out to be fibroadenomas", "on excision it turned out to be a "
                               "fibroadenoma")) == {"L": "B", "R": "-"}
    assert labels("Left breast excision: most of these lesions are fibroadenomas; this one is a fibroadenoma.\n") == {
        "L": "B", "R": "-"}
    # (and so does an aside's "As I mentioned", "told you" in a letter to a doctor, or a member of the set named after)
    letter = ("Dear Dr Whitlock,\nRe: right breast, excision of multiple lumps.\nAs I mentioned, most of them prove to "
              "be fibroadenomas.\n")
    assert labels(letter) == {"L": "-", "R": "B"}
    assert labels(letter.replace("As I mentioned", "As I told you on the phone")) == {"L": "-", "R": "B"}
    assert labels(letter.replace("As I mentioned", "As I explained").replace(
        "fibroadenomas.", "fibroadenomas; the largest is a benign phyllodes tumour.")) == {"L": "-", "R": "BM"}
