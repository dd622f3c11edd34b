"""Review p119 of the b119 pathology rules, narrowed: every text and probe of the review (81 texts, 20 probes P01-P20)
with its expected labels. The over-reaches read right again; the texts still read wrong (older behaviour, or a
documented limit of a rule) are strict xfails with the reason."""

from __future__ import annotations

import pytest

from tests.nlp.labels import pathology_codes

CASES = [
    # rule 1: a part's block named before the finding ('levels on block B1'; a list after one 'blocks')
    pytest.param(
        "SURGICAL PATHOLOGY REPORT  Accession: SP26-04417\n"
        "\n"
        "FINAL DIAGNOSIS:\n"
        "A. Breast, left, 10 o'clock, ultrasound-guided core biopsy:\n"
        "   - Invasive ductal carcinoma, Nottingham grade 2.\n"
        "B. Breast, right, 7 o'clock, stereotactic core biopsy:\n"
        "   - Fibrocystic changes with microcalcifications.\n"
        "\n"
        "ADDENDUM (03/14/2026):\n"
        "Deeper levels on block B2 were requested by Dr. Patel after radiology correlation: columnar "
        "cell change with atypia (flat epithelial atypia) is present in association with the "
        "calcifications.\n",
        {"L": "M", "R": "B"}, id="b01"),
    pytest.param(
        "Histopathology - Breast Screening Assessment\n"
        "Part A: Right breast 11 o'clock, 14G core x4.\n"
        "Part B: Left breast 3 o'clock, vacuum-assisted biopsy x9.\n"
        "\n"
        "Report:\n"
        "A. Fibroadenoma. B2.\n"
        "B. Benign breast tissue with stromal fibrosis. B1.\n"
        "\n"
        "SUPPLEMENTARY REPORT 22/05/2026:\n"
        "Levels through block B4 show a 2 mm focus of atypical ductal hyperplasia adjacent to "
        "calcification; categorised B3.\n",
        {"L": "B", "R": "B"}, id="b02"),
    pytest.param(
        "Specimens: A) Right breast 9:00 core. B) Right axillary node core. C) Left breast 2:00 core.\n"
        "\n"
        "Diagnosis:\n"
        "A) Invasive lobular carcinoma, classic type.\n"
        "B) Lymph node tissue, no malignancy.\n"
        "C) Benign fibrous breast tissue.\n"
        "\n"
        "Supplementary report: Further sections on block C2 reveal a small radial scar (3 mm) with no "
        "atypia. Reported to the breast MDT by Dr Whitlam.\n",
        {"L": "B", "R": "M"}, id="b03",
        marks=pytest.mark.xfail(
            strict=True, reason="older: with a node part between, part A's ILC is lost once the supplementary is read")),
    pytest.param(
        "AMENDED REPORT - reason: additional findings\n"
        "\n"
        "Parts:\n"
        "A - Right breast, core biopsy, 6 o'clock\n"
        "B - Left breast, core biopsy, 1 o'clock\n"
        "\n"
        "DIAGNOSIS:\n"
        "A. Sclerosing adenosis with calcifications.\n"
        "B. Invasive carcinoma of no special type, grade 3.\n"
        "\n"
        "Amendment: Recuts of block A4 demonstrate atypical lobular hyperplasia in two lobules; no "
        "lobular carcinoma in situ is seen. The diagnosis of part B is unchanged.\n",
        {"L": "M", "R": "B"}, id="b04"),
    pytest.param(
        "Department of Cellular Pathology\n"
        "CONCLUSION:\n"
        "A. Left breast, core: fibroadenoma.\n"
        "B. Right breast, core: atypical ductal hyperplasia; recommend excision.\n"
        "\n"
        "ADDENDUM:\n"
        "Additional levels on block B1 show a 1.5 mm focus of low grade ductal carcinoma in situ, solid "
        "type, separate from the ADH. The case will be rediscussed at MDT.\n",
        {"L": "B", "R": "BM"}, id="b05"),
    pytest.param(
        "Microscopy: A. Sections of the left wide local excision show invasive ductal carcinoma, grade "
        "2, 18 mm. B. The right reduction specimen shows fibrofatty breast tissue only.\n"
        "\n"
        "Diagnosis:\n"
        "A. Left breast WLE: invasive ductal carcinoma, grade 2, 18 mm, margins clear.\n"
        "B. Right breast reduction: benign.\n"
        "\n"
        "Addendum: On review of the block B3 levels, there is atypical lobular hyperplasia in a single "
        "lobule.\n",
        {"L": "M", "R": "B"}, id="b06"),
    pytest.param(
        "CONSULTANT REPORT\n"
        "Specimen A: Left breast 4 o'clock core. Specimen B: Right breast 12 o'clock core.\n"
        "Diagnosis:\n"
        "A. Left breast core: invasive lobular carcinoma, grade 2.\n"
        "B. Right breast core: spindle cell lesion, see comment.\n"
        "\n"
        "ADDITIONAL REPORT: Block B1 was sent to Dr H. Ellis for a second opinion; she favours a radial "
        "scar with no atypia. This is our final diagnosis for part B.\n",
        {"L": "M", "R": "B"}, id="b07"),
    pytest.param(
        "FINAL DIAGNOSIS:\n"
        "A. Left breast, 2 o'clock, core biopsy: invasive ductal carcinoma, grade 1.\n"
        "B. Right breast, 8 o'clock, core biopsy: benign breast parenchyma with stromal fibrosis.\n"
        "\n"
        "ADDENDUM: Levels on blocks A2 and B1 were examined at the request of the radiologist; both show "
        "flat epithelial atypia adjacent to the calcifications.\n",
        {"L": "BM", "R": "B"}, id="b08",
        marks=pytest.mark.xfail(
            strict=True, reason="blocks of two parts place nothing (guide): the FEA keeps its older side (R), not both")),
    pytest.param(
        "DIAGNOSIS:\n"
        "A. Right breast 10:00 core: invasive carcinoma NST, grade 2.\n"
        "B. Left breast 5:00 core: fat necrosis with foamy histiocytes.\n"
        "\n"
        "Comment: Block B1 from the 2023 lumpectomy (S23-1190) was retrieved for comparison and shows "
        "atypical ductal hyperplasia; the current left core shows no atypia.\n",
        {"L": "-", "R": "M"}, id="b09"),
    pytest.param(
        "Cellular Pathology Report\n"
        "A: Left breast re-excision of margins.\n"
        "B: Left axillary sentinel lymph node.\n"
        "\n"
        "Conclusion:\n"
        "A. Left breast re-excision: no residual carcinoma; biopsy site changes.\n"
        "B. Left sentinel node: no metastasis (0/1).\n"
        "\n"
        "Supplementary report: Levels on block B1 requested at MDT show a single micrometastasis of "
        "carcinoma, 0.6 mm (pN1mi). Revised: 1 of 1 node with micrometastasis.\n",
        {"L": "B", "R": "-"}, id="b10",
        marks=pytest.mark.xfail(
            strict=True, reason="older: the supplementary's 'Revised: 1 of 1 node' replaces part A's biopsy site changes")),
    pytest.param(
        "Diagnosis:\n"
        "A. Left breast, core: invasive ductal carcinoma, grade 3, triple negative.\n"
        "B. Right breast, core: columnar cell change, no atypia.\n"
        "\n"
        "Addendum: Further levels on block B1: no flat epithelial atypia, no atypical ductal hyperplasia "
        "and no in situ carcinoma identified. Diagnosis unchanged.\n",
        {"L": "M", "R": "B"}, id="b11"),
    pytest.param(
        "DIAGNOSIS:\n"
        "A. Right breast, 9 o'clock, core biopsy: invasive ductal carcinoma, grade 2.\n"
        "B. Left breast, 3 o'clock, core biopsy: fibroadipose tissue, no lesion.\n"
        "\n"
        "COMMENT: Block B1 of the previous excision (S24-3312, 2024) was reviewed for comparison; it "
        "showed atypical ductal hyperplasia, not seen in the present material.\n",
        {"L": "-", "R": "M"}, id="b12"),
    # rule 2: an adenopathy as a node, only as the statement's specimen
    pytest.param(
        "CHU - Service d'Anatomie et de Cytologie Pathologiques\n"
        "Prélèvements: 1) microbiopsies du sein droit (QSE); 2) biopsie d'une adénopathie axillaire "
        "droite.\n"
        "\n"
        "Conclusion:\n"
        "1) Sein droit: remaniements fibrokystiques sans atypie.\n"
        "2) Adénopathie axillaire droite: localisation d'un carcinome peu différencié, d'origine "
        "mammaire probable (CK7+, GATA3+).\n",
        {"L": "-", "R": "-"}, id="a01"),
    pytest.param(
        "Hospital Universitario - Anatomía Patológica\n"
        "Muestras: A. Mama izquierda, BAG. B. Adenopatía supraclavicular izquierda, BAG.\n"
        "\n"
        "Diagnóstico:\n"
        "A. Mama izquierda: tejido mamario sin alteraciones significativas.\n"
        "B. Adenopatía supraclavicular izquierda: metástasis de carcinoma, compatible con origen mamario "
        "(GATA3 positivo, mamaglobina positiva).\n",
        {"L": "-", "R": "-"}, id="a02"),
    pytest.param(
        "Relatório anatomopatológico\n"
        "Material: 1. Mama esquerda, biópsia por agulha grossa. 2. Adenopatia axilar esquerda, biópsia "
        "por agulha grossa.\n"
        "\n"
        "Diagnóstico:\n"
        "1. Mama esquerda: alterações fibroquísticas.\n"
        "2. Adenopatia axilar esquerda: metástase de carcinoma pouco diferenciado (CK7+, GATA3+, TTF1-).\n",
        {"L": "-", "R": "-"}, id="a03"),
    pytest.param(
        "CYTOPATHOLOGY AND HISTOLOGY - combined report\n"
        "Specimens: (1) Right breast 8 o'clock core. (2) Right supraclavicular lymphadenopathy, FNA.\n"
        "\n"
        "Diagnosis:\n"
        "(1) Right breast core: fibroadenoma.\n"
        "(2) Right supraclavicular lymphadenopathy, FNA: metastatic adenocarcinoma, consistent with "
        "breast primary.\n",
        {"L": "-", "R": "B"}, id="a04"),
    pytest.param(
        "Compte rendu anatomopathologique\n"
        "Renseignements: patiente de 61 ans, nodule du sein gauche et adénopathie cervicale.\n"
        "Conclusion:\n"
        "- Sein gauche, microbiopsies: fibroadénome.\n"
        "- Adénopathie cervicale gauche, exérèse: lymphome B diffus à grandes cellules, phénotype non "
        "centre germinatif.\n",
        {"L": "B", "R": "-"}, id="a05"),
    pytest.param(
        "Referto istologico\n"
        "Materiale: 1) mammella destra, agobiopsia; 2) linfoadenopatia ascellare destra, agobiopsia.\n"
        "Diagnosi:\n"
        "1) Mammella destra: tessuto mammario con modificazioni fibrocistiche.\n"
        "2) Linfoadenopatia ascellare destra: metastasi di carcinoma scarsamente differenziato, "
        "compatibile con origine mammaria.\n",
        {"L": "-", "R": "-"}, id="a06"),
    pytest.param(
        "Compte rendu définitif\n"
        "Conclusion: Carcinome canalaire infiltrant du sein gauche, grade SBR II, mesurant 22 mm, avec "
        "adénopathie axillaire métastatique homolatérale (1/12). Récepteurs hormonaux positifs, HER2 "
        "négatif.\n"
        "Dr K. Benali\n",
        {"L": "M", "R": "-"}, id="a07"),
    pytest.param(
        "Service de Pathologie - Clinique du Parc\n"
        "Conclusion:\n"
        "Microbiopsie du sein droit, réalisée pour masse du QSE et adénopathie axillaire suspecte: "
        "carcinome canalaire infiltrant, grade histopronostique 2, sans emboles visibles.\n"
        "Étude immunohistochimique en cours.\n",
        {"L": "-", "R": "M"}, id="a08"),
    pytest.param(
        "Informe de Anatomía Patológica\n"
        "Diagnóstico:\n"
        "Mama derecha, BAG de nódulo de 24 mm (se describe además adenopatía axilar en ecografía): "
        "carcinoma lobulillar infiltrante, grado 2.\n"
        "Se solicitan receptores hormonales y HER2.\n",
        {"L": "-", "R": "M"}, id="a09"),
    pytest.param(
        "Renseignements cliniques: adénopathie axillaire gauche palpable, masse du sein gauche ACR5.\n"
        "\n"
        "Conclusion:\n"
        "Sein gauche, microbiopsies échoguidées: carcinome canalaire in situ de haut grade nucléaire, "
        "type comédonien, avec microcalcifications.\n",
        {"L": "M", "R": "-"}, id="a10"),
    pytest.param(
        "ANATOMIC PATHOLOGY - Regional Hospital\n"
        "DIAGNOSIS:\n"
        "Left breast mass and adenopathy, ultrasound-guided core biopsy: invasive ductal carcinoma, "
        "grade 3, with lymphovascular invasion.\n"
        "Comment: axillary staging to follow.\n",
        {"L": "M", "R": "-"}, id="a11"),
    pytest.param(
        "Relatório de Anatomia Patológica\n"
        "Diagnóstico:\n"
        "Mama direita, biópsia por agulha grossa: carcinoma ductal invasivo, grau 2; adenopatia axilar a "
        "esclarecer por citologia.\n"
        "Imuno-histoquímica: RE 90%, RP 40%, HER2 1+.\n",
        {"L": "-", "R": "M"}, id="a12"),
    # rule 3: a Romance side after its breast noun, for the finding opening its ';' clause
    pytest.param(
        "Centre Hospitalier - Anatomie pathologique\n"
        "Macroscopie: deux prélèvements.\n"
        "Conclusion: Carcinome canalaire infiltrant du sein gauche, grade II, pT1c; fibroadénome "
        "calcifié du sein droit.\n"
        "Dr A. Lefèvre\n",
        {"L": "M", "R": "B"}, id="c01"),
    pytest.param(
        "Hospital Central - Serviço de Anatomia Patológica\n"
        "DIAGNÓSTICO: Carcinoma ductal in situ de alto grau da mama esquerda; papiloma intraductal da "
        "mama direita.\n"
        "Receptores de estrogénio positivos (DCIS).\n",
        {"L": "M", "R": "B"}, id="c02",
        marks=pytest.mark.xfail(
            strict=True, reason="older: '(DCIS)' in the receptor line takes the side named last (right); not rule 3")),
    pytest.param(
        "Azienda Ospedaliera - Anatomia Patologica\n"
        "Diagnosi: carcinoma lobulare infiltrante della mammella destra (pT2, G2); cicatrice raggiata "
        "della mammella sinistra.\n"
        "Il caso verrà discusso in riunione multidisciplinare.\n",
        {"L": "B", "R": "M"}, id="c03",
        marks=pytest.mark.xfail(
            strict=True, reason="Italian 'cicatrice raggiata' (radial scar) is not in the lexicon")),
    pytest.param(
        "Servicio de Anatomía Patológica\n"
        "Diagnóstico: carcinoma ductal infiltrante de la mama izquierda, grado histológico 2; quiste "
        "simple de la mama derecha.\n"
        "Firmado: Dra. M. Ortega\n"
        "\n"
        "Informe validado electrónicamente por la Dra. L. Fuentes, patóloga, el 12/03/2026.\n",
        {"L": "M", "R": "B"}, id="c04",
        marks=pytest.mark.xfail(
            strict=True, reason="Spanish 'quiste simple' is not read")),
    pytest.param(
        "Compte rendu anatomopathologique - mastectomie bilatérale prophylactique\n"
        "Conclusion : Carcinome lobulaire in situ du sein droit; adénose\n"
        "sclérosante du sein gauche. Absence de lésion infiltrante.\n"
        "\n"
        "Compte rendu validé électroniquement par le Dr S. Marchand, pathologiste, le 12/03/2026.\n",
        {"L": "B", "R": "B"}, id="c05"),
    pytest.param(
        "Relatório (tradução)\n"
        "Diagnóstico final: Carcinoma lobular invasivo da mama direita [invasive lobular carcinoma of "
        "the right breast]; fibroadenoma juvenil da mama esquerda [juvenile fibroadenoma of the left "
        "breast].\n",
        {"L": "B", "R": "M"}, id="c06"),
    pytest.param(
        "Informe anatomopatológico\n"
        "Diagnóstico: carcinoma ductal infiltrante en la mama derecha, grado 3; fibroadenoma en la mama "
        "izquierda.\n"
        "Comentario: se remite a comité de tumores.\n"
        "\n"
        "Informe validado electrónicamente por la Dra. L. Fuentes, patóloga, el 12/03/2026.\n",
        {"L": "B", "R": "M"}, id="c07",
        marks=pytest.mark.xfail(
            strict=True, reason="Spanish 'en la mama derecha' is not in the Romance side gap (de la / da / du / della only)")),
    pytest.param(
        "Compte rendu - pièces multiples (chirurgie gynéco-mammaire)\n"
        "Diagnostic: carcinome canalaire infiltrant du sein droit, grade II; kyste fonctionnel de "
        "l'ovaire gauche (annexectomie).\n"
        "\n"
        "Compte rendu validé électroniquement par le Dr S. Marchand, pathologiste, le 12/03/2026.\n",
        {"L": "-", "R": "M"}, id="c08",
        marks=pytest.mark.xfail(
            strict=True, reason="older: the ovary's cyst takes the right breast's side named before it")),
    pytest.param(
        "Relatório anatomopatológico\n"
        "Diagnóstico: Mama direita, biópsia por agulha grossa: carcinoma lobular invasivo, "
        "morfologicamente semelhante ao carcinoma da mama esquerda operado em 2019.\n"
        "\n"
        "Laudo assinado eletronicamente pelo Dr. R. Tavares, médico patologista, em 12/03/2026.\n",
        {"L": "-", "R": "M"}, id="c09"),
    pytest.param(
        "Service d'Anatomie Pathologique\n"
        "Prélèvement: biopsie pleurale droite sous thoracoscopie.\n"
        "Conclusion: métastase pleurale d'un carcinome lobulaire du sein gauche (GATA3+, E-cadhérine "
        "négative).\n"
        "\n"
        "Compte rendu validé électroniquement par le Dr S. Marchand, pathologiste, le 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="c10",
        marks=pytest.mark.xfail(
            strict=True, reason="older: a pleural metastasis of a left breast carcinoma labels the left breast")),
    pytest.param(
        "Conclusion: Carcinome canalaire infiltrant du sein droit, grade I; fibroadénome hyalinisé "
        "calcifié du sein gauche.\n"
        "Les deux lésions ont été prélevées lors du même geste opératoire.\n"
        "\n"
        "Compte rendu validé électroniquement par le Dr S. Marchand, pathologiste, le 12/03/2026.\n",
        {"L": "B", "R": "M"}, id="c11",
        marks=pytest.mark.xfail(
            strict=True, reason="two words before the breast noun leave the side unlinked (documented limit of rule 3)")),
    pytest.param(
        "Referto istologico definitivo\n"
        "1) Mammella sinistra, quadrantectomia: fibroadenoma.\n"
        "2) Linfonodo sentinella ascellare: metastasi di carcinoma della mammella sinistra (1/3), già "
        "noto.\n"
        "\n"
        "Referto firmato digitalmente dal Dott. G. Rinaldi, anatomopatologo, il 12/03/2026.\n",
        {"L": "B", "R": "-"}, id="c12"),
    pytest.param(
        "Antécédents: kyste simple du sein gauche ponctionné en 2020.\n"
        "\n"
        "Conclusion: Sein droit, microbiopsie échoguidée à 10 h: fibroadénome sans atypie.\n"
        "\n"
        "Compte rendu validé électroniquement par le Dr S. Marchand, pathologiste, le 12/03/2026.\n",
        {"L": "-", "R": "B"}, id="c13"),
    # rule 4: a breast specimen line right above a conclusion naming only nodes
    pytest.param(
        "Breast MDT histology summary - Riverside Hospital\n"
        "Left mastectomy and sentinel lymph node biopsy.\n"
        "Conclusion:\n"
        "- Invasive lobular carcinoma, classic type, 27 mm, grade 2.\n"
        "- Sentinel lymph nodes: 0/2.\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "M", "R": "-"}, id="d01"),
    pytest.param(
        "ANATOMIE PATHOLOGIQUE\n"
        "  Mammectomie gauche avec curage axillaire.\n"
        "  N° H26-0877\n"
        "  Conclusion :\n"
        "  - carcinome canalaire infiltrant de grade III, 28 mm;\n"
        "  - curage axillaire : 3 N+ / 14.\n"
        "\n"
        "Compte rendu validé électroniquement par le Dr S. Marchand, pathologiste, le 12/03/2026.\n",
        {"L": "M", "R": "-"}, id="d02"),
    pytest.param(
        "Anatomía Patológica - Hospital General\n"
        "Pieza de tumorectomía de mama derecha con ganglio centinela.\n"
        "Conclusión:\n"
        "- Carcinoma ductal infiltrante, grado histológico 2, 16 mm.\n"
        "- Ganglio centinela: libre de metástasis (0/1).\n",
        {"L": "-", "R": "M"}, id="d03"),
    pytest.param(
        "Serviço de Anatomia Patológica\n"
        "Peça de mastectomia direita com esvaziamento axilar.\n"
        "Conclusão:\n"
        "- Carcinoma ductal invasivo, grau 3, 35 mm.\n"
        "- Linfonodos axilares: 2/15 com metástase.\n"
        "\n"
        "Laudo assinado eletronicamente pelo Dr. R. Tavares, médico patologista, em 12/03/2026.\n",
        {"L": "-", "R": "M"}, id="d04"),
    pytest.param(
        "Histopathology report H26-3310\n"
        "Right wide local excision with axillary sentinel nodes (x3).\n"
        "DIAGNOSIS:\n"
        "1. Invasive carcinoma NST, grade 2, 19 mm.\n"
        "2. Sentinel nodes: micrometastasis in 1 of 3.\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "-", "R": "M"}, id="d05",
        marks=pytest.mark.xfail(
            strict=True, reason="'wide local excision' is no breast site word for the specimen line above the conclusion")),
    pytest.param(
        "Histopathology report H26-3318\n"
        "Left mastectomy with sentinel node.\n"
        "\n"
        "Conclusion:\n"
        "- Invasive ductal carcinoma, grade 3, 31 mm.\n"
        "- Sentinel node: negative (0/1).\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "M", "R": "-"}, id="d06",
        marks=pytest.mark.xfail(
            strict=True, reason="a blank line stops the specimen line scan above the conclusion (documented limit of rule 4)")),
    pytest.param(
        "Cytopathology report\n"
        "Clinical details: left mastectomy 2021 for IDC; new axillary mass.\n"
        "Conclusion:\n"
        "- Left axillary lymph node, core: metastatic carcinoma, consistent with breast primary.\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="d07"),
    pytest.param(
        "Histology H26-4412\n"
        "Previous left mastectomy 2021 (pT2 N1).\n"
        "Left axillary node core biopsy.\n"
        "Conclusion:\n"
        "- Metastatic carcinoma, ER positive, consistent with recurrence.\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="d08",
        marks=pytest.mark.xfail(
            strict=True, reason="older: an unheaded history line above the node line reads as the breast's specimen")),
    pytest.param(
        "Breast Pathology Service - St Anne's University Hospital\n"
        "Conclusion:\n"
        "Right axillary sentinel lymph nodes: metastatic carcinoma in 2 of 3 nodes, largest deposit 6 "
        "mm, with extranodal extension.\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="d09"),
    pytest.param(
        "Histopathology\n"
        "Specimen: right axillary lymph node (patient had right mastectomy in 2019).\n"
        "Conclusion:\n"
        "- Metastatic carcinoma in 1 of 1 node (12 mm).\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="d10"),
    pytest.param(
        "Histopathology H26-5120\n"
        "1. Right mastectomy: see separate report H26-5119.\n"
        "2. Right sentinel nodes x2.\n"
        "Conclusion:\n"
        "- Metastatic carcinoma in 1 of 2 nodes (macrometastasis, 4 mm).\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="d11"),
    pytest.param(
        "Patient: 58F. Source: Breast Clinic, Dr A. Moyo.\n"
        "Specimen: left axillary lymph node, core biopsy.\n"
        "Conclusion:\n"
        "- Metastatic carcinoma, poorly differentiated; GATA3 positive.\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="d12"),
    # rule 5: a melanoma deposit, never in the skin of the breast
    pytest.param(
        "SURGICAL PATHOLOGY\n"
        "DIAGNOSIS:\n"
        "Left breast, upper outer quadrant, ultrasound-guided core biopsy:\n"
        "- Deposit of malignant melanoma (S100+, SOX10+, HMB45+; cytokeratin negative).\n"
        "- No primary breast epithelial malignancy identified.\n",
        {"L": "M", "R": "-"}, id="e01"),
    pytest.param(
        "Histopathology report\n"
        "Specimen: Right breast lump, excision.\n"
        "Diagnosis: Right breast lump, excision: melanoma deposits, largest 11 mm, margins clear.\n"
        "Comment: In keeping with metastasis from the known cutaneous primary (back, 2022).\n",
        {"L": "-", "R": "M"}, id="e02"),
    pytest.param(
        "FINAL DIAGNOSIS:\n"
        "A. Right breast, core: fibroadenoma.\n"
        "B. Left breast, core: melanoma deposit; BRAF V600E mutation testing requested.\n"
        "Clinical history: stage IIIC melanoma of the left calf, 2024.\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "M", "R": "B"}, id="e03"),
    pytest.param(
        "Informe (traducción)\n"
        "Diagnóstico: Mama izquierda, BAG: depósito de melanoma maligno [deposit of malignant melanoma]. "
        "Inmunohistoquímica: SOX10 y Melan-A positivos, queratinas negativas.\n"
        "\n"
        "Informe validado electrónicamente por la Dra. L. Fuentes, patóloga, el 12/03/2026.\n",
        {"L": "M", "R": "-"}, id="e04"),
    pytest.param(
        "DIAGNOSIS:\n"
        "Right breast 9 o'clock core: deposits of metastatic melanoma within breast parenchyma; "
        "background breast tissue unremarkable.\n"
        "See comment.\n"
        "COMMENT: Correlation with the patient's melanoma history is advised.\n",
        {"L": "-", "R": "M"}, id="e05"),
    pytest.param(
        "dictated report: right breast core biopsy shows a melanoma deposit in fibrofatty breast tissue "
        "in keeping with metastatic spread period sox ten and melan a positive period no carcinoma "
        "period end of report\n",
        {"L": "-", "R": "M"}, id="e06"),
    pytest.param(
        "Dermatopathology\n"
        "Specimen: Skin of left breast, punch biopsy.\n"
        "Diagnosis: Skin of left breast, punch biopsy: dermal deposit of melanoma, 3 mm, not involving "
        "the epidermis; deep margin involved.\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="e07"),
    pytest.param(
        "DIAGNOSIS:\n"
        "Left breast, core: fibrofatty breast tissue; no melanoma deposits identified (SOX10 and Melan-A "
        "negative).\n"
        "Comment: sampling of the PET-avid lesion is confirmed radiologically.\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="e08"),
    pytest.param(
        "Clinical: metastatic melanoma, previous melanoma deposits in left axilla and liver; new right "
        "breast mass.\n"
        "Specimen: right breast core.\n"
        "Diagnosis: Right breast, core biopsy: fibroadenoma. No melanoma seen.\n",
        {"L": "-", "R": "B"}, id="e09"),
    pytest.param(
        "Specimens: A. Left breast, excision of prior biopsy site. B. Left axillary dissection.\n"
        "Diagnosis:\n"
        "A. Left breast: biopsy site changes; no residual tumour.\n"
        "B. Left axilla: melanoma deposits in 3 of 12 lymph nodes, with extranodal extension.\n",
        {"L": "B", "R": "-"}, id="e10"),
    pytest.param(
        "DIAGNOSIS:\n"
        "Right breast, 2 o'clock, core biopsy: small clusters of atypical epithelioid cells in fibrous "
        "stroma; a melanoma deposit cannot be excluded on this limited material.\n"
        "\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="e11"),
    # rule 6: the Portuguese 'para pesquisa de' hedge, of the one entity it names
    pytest.param(
        "Serviço de Anatomia Patológica\n"
        "DIAGNÓSTICO: Mama esquerda, biópsia por agulha grossa: fibroadenoma.\n"
        "NOTA: Sugere-se ressonância magnética para pesquisa de carcinoma oculto na mama direita.\n"
        "\n"
        "Laudo assinado eletronicamente pelo Dr. R. Tavares, médico patologista, em 12/03/2026.\n",
        {"L": "B", "R": "-"}, id="f01"),
    pytest.param(
        "Laudo anatomopatológico\n"
        "Conclusão: Mama direita, biópsia: papiloma intraductal sem atipias. Foram realizadas colorações "
        "imuno-histoquímicas (p63, CK5/6) para a pesquisa de carcinoma papilar: padrão benigno "
        "preservado.\n",
        {"L": "-", "R": "B"}, id="f02"),
    pytest.param(
        "Relatório\n"
        "Diagnóstico: Mama esquerda, biópsia por agulha grossa: alterações fibroquísticas, sem atipia.\n"
        "Recomenda-se correlação imagiológica e nova biópsia para pesquisa de carcinoma invasivo, se a "
        "discordância se mantiver.\n",
        {"L": "-", "R": "-"}, id="f03"),
    pytest.param(
        "Laudo\n"
        "Conclusão:\n"
        "1. Mama direita, mastectomia: cicatriz radial; sem neoplasia.\n"
        "2. Linfonodos axilares: imuno-histoquímica (AE1/AE3) para pesquisa de células de carcinoma "
        "metastático: negativa (0/3).\n"
        "\n"
        "Laudo assinado eletronicamente pelo Dr. R. Tavares, médico patologista, em 12/03/2026.\n",
        {"L": "-", "R": "B"}, id="f04",
        marks=pytest.mark.xfail(
            strict=True, reason="Portuguese 'cicatriz radial' is not in the lexicon")),
    pytest.param(
        "Diagnóstico: Mama esquerda, setorectomia: hiperplasia ductal atípica focal. Cortes adicionais "
        "para pesquisa de carcinoma ductal in situ associado foram examinados, sem alterações "
        "adicionais.\n"
        "\n"
        "Laudo assinado eletronicamente pelo Dr. R. Tavares, médico patologista, em 12/03/2026.\n",
        {"L": "B", "R": "-"}, id="f05"),
    pytest.param(
        "Citologia aspirativa por agulha fina\n"
        "Material: nódulo da mama esquerda.\n"
        "Pesquisa de células neoplásicas malignas: POSITIVA.\n"
        "Conclusão: esfregaços com células de carcinoma.\n"
        "\n"
        "Laudo assinado eletronicamente pelo Dr. R. Tavares, médico patologista, em 12/03/2026.\n",
        {"L": "M", "R": "-"}, id="f06"),
    pytest.param(
        "Relatório anatomopatológico\n"
        "Diagnóstico: Mama direita, biópsia por agulha grossa para pesquisa de carcinoma: carcinoma "
        "ductal invasivo, grau 2, com componente in situ.\n"
        "\n"
        "Laudo assinado eletronicamente pelo Dr. R. Tavares, médico patologista, em 12/03/2026.\n",
        {"L": "-", "R": "M"}, id="f07"),
    pytest.param(
        "Laudo\n"
        "Conclusão: Tumorectomia esquerda e injeção de radiofármaco para pesquisa de linfonodo "
        "sentinela: carcinoma ductal invasivo NST, grau 1, 12 mm, margens livres.\n"
        "\n"
        "Laudo assinado eletronicamente pelo Dr. R. Tavares, médico patologista, em 12/03/2026.\n",
        {"L": "M", "R": "-"}, id="f08"),
    pytest.param(
        "Diagnóstico: Mama direita, mastectomia: carcinoma lobular invasivo, 25 mm, grau 2. Bloco A3 "
        "enviado para pesquisa de amplificação de HER2 por FISH.\n"
        "\n"
        "Laudo assinado eletronicamente pelo Dr. R. Tavares, médico patologista, em 12/03/2026.\n",
        {"L": "-", "R": "M"}, id="f09"),
    pytest.param(
        "Conclusão: Solicitada RM para pesquisa de outras lesões; a biópsia da mama esquerda mostra "
        "carcinoma ductal invasivo, grau 3.\n"
        "Obs.: caso discutido em reunião multidisciplinar.\n"
        "\n"
        "Laudo assinado eletronicamente pelo Dr. R. Tavares, médico patologista, em 12/03/2026.\n",
        {"L": "M", "R": "-"}, id="f10"),
    # rule 7: 'carcinoma basocelular / espinocelular', a skin tumour where the statement's site is the skin
    pytest.param(
        "Servicio de Dermatopatología\n"
        "Diagnóstico: Piel de la mama izquierda, biopsia por sacabocado (punch): carcinoma basocelular "
        "superficial multifocal, que alcanza el borde lateral.\n"
        "\n"
        "Informe validado electrónicamente por la Dra. L. Fuentes, patóloga, el 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="g01"),
    pytest.param(
        "Referto istologico\n"
        "Diagnosi: Cute della regione mammaria destra, exeresi: carcinoma basocellulare nodulare, "
        "margini indenni (distanza minima 2 mm).\n"
        "\n"
        "Referto firmato digitalmente dal Dott. G. Rinaldi, anatomopatologo, il 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="g02"),
    pytest.param(
        "Referto istologico\n"
        "Diagnosi: Cute periareolare sinistra, biopsia incisionale: carcinoma spinocellulare ben "
        "differenziato (G1), infiltrante il derma superficiale.\n"
        "\n"
        "Referto firmato digitalmente dal Dott. G. Rinaldi, anatomopatologo, il 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="g03"),
    pytest.param(
        "Relatório de Dermatopatologia\n"
        "Diagnóstico: Pele da mama esquerda, shaving: carcinoma espinocelular in situ (doença de Bowen), "
        "margens livres.\n"
        "\n"
        "Laudo assinado eletronicamente pelo Dr. R. Tavares, médico patologista, em 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="g04"),
    pytest.param(
        "Informe de Anatomía Patológica\n"
        "Diagnóstico: Piel de región submamaria derecha, exéresis: dos carcinomas basocelulares "
        "nodulares, completamente extirpados.\n"
        "\n"
        "Informe validado electrónicamente por la Dra. L. Fuentes, patóloga, el 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="g05"),
    pytest.param(
        "Informe de Anatomía Patológica\n"
        "Diagnóstico: Piel de la mama derecha, biopsia: carcinoma de células basales, patrón nodular y "
        "micronodular.\n"
        "\n"
        "Informe validado electrónicamente por la Dra. L. Fuentes, patóloga, el 12/03/2026.\n",
        {"L": "-", "R": "-"}, id="g06"),
    pytest.param(
        "Relatório anatomopatológico\n"
        "Diagnóstico:\n"
        "1. Mama direita, biópsia por agulha grossa: carcinoma ductal invasivo, grau 3.\n"
        "2. Pele do dorso, exérese: carcinoma basocelular nodular.\n"
        "\n"
        "Laudo assinado eletronicamente pelo Dr. R. Tavares, médico patologista, em 12/03/2026.\n",
        {"L": "-", "R": "M"}, id="g07"),
    pytest.param(
        "Relatório anatomopatológico\n"
        "Diagnóstico: Mama esquerda, biópsia por agulha grossa: carcinoma espinocelular (epidermoide) "
        "primário da mama, variante de carcinoma metaplásico, grau 3; pele sem alterações.\n",
        {"L": "M", "R": "-"}, id="g08"),
    pytest.param(
        "Informe de Anatomía Patológica\n"
        "Antecedentes: carcinoma basocelular nasal (2018).\n"
        "Diagnóstico: Mama izquierda, BAG: carcinoma ductal infiltrante NST, grado 2.\n"
        "\n"
        "Informe validado electrónicamente por la Dra. L. Fuentes, patóloga, el 12/03/2026.\n",
        {"L": "M", "R": "-"}, id="g09"),
    pytest.param(
        "Referto istologico\n"
        "Diagnosi: Capezzolo sinistro, biopsia: malattia di Paget del capezzolo; la diagnosi "
        "differenziale con carcinoma spinocellulare in situ è esclusa dall'immunoistochimica (CK7+, "
        "p63-).\n",
        {"L": "M", "R": "-"}, id="g10",
        marks=pytest.mark.xfail(
            strict=True, reason="Italian 'malattia di Paget del capezzolo' is not read")),
    pytest.param(
        "Informe de Anatomía Patológica\n"
        "Diagnóstico:\n"
        "1. Mama derecha, mastectomía: carcinoma ductal infiltrante, grado 2, 28 mm.\n"
        "2. Piel de la mama derecha (huso cutáneo): carcinoma basocelular incidental de 3 mm.\n",
        {"L": "-", "R": "M"}, id="g11"),
    # probes P01-P20, written after the review's first run
    pytest.param(
        "DIAGNOSIS:\n"
        "A. Left breast core: invasive carcinoma NST.\n"
        "B. Right breast core: benign breast tissue.\n"
        "\n"
        "ADDENDUM: Levels on blocks A2 and B1 show flat epithelial atypia.\n",
        {"L": "BM", "R": "B"}, id="P01",
        marks=pytest.mark.xfail(
            strict=True, reason="blocks of two parts place nothing (guide): the FEA keeps its older side (R), not both")),
    pytest.param(
        "Conclusion: Microbiopsie du sein droit pour masse et adénopathie: carcinome canalaire "
        "infiltrant.\n",
        {"L": "-", "R": "M"}, id="P02"),
    pytest.param(
        "Diagnóstico: Mama izquierda y adenopatía axilar izquierda, BAG: carcinoma ductal infiltrante "
        "grado 2 en ambas muestras.\n",
        {"L": "M", "R": "-"}, id="P03"),
    pytest.param(
        "Conclusion: Tumorectomie droite emportant une adénopathie du prolongement axillaire: carcinome "
        "canalaire infiltrant de 18 mm, grade II.\n",
        {"L": "-", "R": "M"}, id="P04"),
    pytest.param(
        "Conclusion: Sein gauche, microbiopsie d'une masse sans adénopathie associée: carcinome "
        "lobulaire infiltrant.\n",
        {"L": "M", "R": "-"}, id="P05"),
    pytest.param(
        "Diagnosis: Left breast mass without lymphadenopathy, core biopsy: invasive lobular carcinoma.\n",
        {"L": "M", "R": "-"}, id="P06"),
    pytest.param(
        "Skin of left breast, punch biopsy: melanoma deposit.\n",
        {"L": "-", "R": "-"}, id="P07"),
    pytest.param(
        "Skin of right breast, excision: deposits of malignant melanoma in the dermis and subcutis.\n",
        {"L": "-", "R": "-"}, id="P08"),
    pytest.param(
        "Dermatopathology\n"
        "Specimen: Skin of left breast, punch biopsy.\n"
        "Diagnosis: Skin of left breast, punch biopsy: dermal metastatic melanoma, 3 mm, not involving "
        "the epidermis; deep margin involved.\n",
        {"L": "-", "R": "-"}, id="P09"),
    pytest.param(
        "Diagnóstico: Mama direita, biópsia: carcinoma lobular invasivo; carcinoma da mama esquerda "
        "excluído.\n",
        {"L": "-", "R": "M"}, id="P10"),
    pytest.param(
        "Conclusion: Sein droit, microbiopsie: fibroadénome; antécédent de carcinome du sein gauche "
        "traité en 2015.\n",
        {"L": "-", "R": "B"}, id="P11",
        marks=pytest.mark.xfail(
            strict=True, reason="older: 'antécédent de' is no history cue; the carcinoma takes the nearest side (R)")),
    pytest.param(
        "Diagnóstico: Mama direita, biópsia: fibroadenoma; história de carcinoma da mama esquerda "
        "(2016).\n",
        {"L": "-", "R": "B"}, id="P12",
        marks=pytest.mark.xfail(
            strict=True, reason="older: 'história de' is no history cue; the carcinoma takes the nearest side (R)")),
    pytest.param(
        "Diagnóstico: Mama esquerda, biópsia: fibroadenoma. Cortes adicionais para pesquisa de "
        "carcinoma, que revelaram carcinoma ductal in situ.\n",
        {"L": "BM", "R": "-"}, id="P13"),
    pytest.param(
        "Diagnóstico: Mama esquerda, biópsia: hiperplasia ductal atípica. Foram realizados cortes "
        "adicionais para pesquisa de carcinoma, que revelaram foco de carcinoma ductal in situ de baixo "
        "grau.\n",
        {"L": "BM", "R": "-"}, id="P14"),
    pytest.param(
        "Diagnóstico: Mama esquerda, biópsia por agulha grossa: carcinoma espinocelular primário da "
        "mama, grau 3; pele sem alterações.\n",
        {"L": "M", "R": "-"}, id="P15"),
    pytest.param(
        "Diagnosis: Left breast, core biopsy: primary squamous cell carcinoma of the breast, grade 3; "
        "overlying skin not sampled.\n",
        {"L": "M", "R": "-"}, id="P16",
        marks=pytest.mark.xfail(
            strict=True, reason="older: English 'primary squamous cell carcinoma of the breast' reads as a skin tumour")),
    pytest.param(
        "Conclusion: Sein gauche, reprise: absence de reliquat tumoral; cicatrice de tumorectomie du "
        "sein gauche; fibroadénome du sein droit.\n",
        {"L": "B", "R": "B"}, id="P17",
        marks=pytest.mark.xfail(
            strict=True, reason="the lumpectomy scar ('cicatrice de tumorectomie') is not read; not rule 3")),
    pytest.param(
        "Histopathology report H26-3310\n"
        "Right mastectomy with axillary sentinel nodes (x3).\n"
        "DIAGNOSIS:\n"
        "1. Invasive carcinoma NST, grade 2, 19 mm.\n"
        "2. Sentinel nodes: micrometastasis in 1 of 3.\n"
        "Reported by: Dr J. Okafor, Consultant Histopathologist. Authorised 12/03/2026.\n",
        {"L": "-", "R": "M"}, id="P18"),
    pytest.param(
        "Azienda Ospedaliera - Anatomia Patologica\n"
        "Diagnosi: carcinoma lobulare infiltrante della mammella destra (pT2, G2); fibroadenoma "
        "sclerotico della mammella sinistra.\n"
        "Il caso verrà discusso in riunione multidisciplinare.\n",
        {"L": "B", "R": "M"}, id="P19"),
    pytest.param(
        "DIAGNOSIS:\n"
        "A. Right breast core: invasive carcinoma NST.\n"
        "B. Left breast core: fat necrosis.\n"
        "\n"
        "ADDENDUM: Block B1 from the 2023 lumpectomy shows atypical ductal hyperplasia.\n",
        {"L": "-", "R": "M"}, id="P20",
        marks=pytest.mark.xfail(
            strict=True, reason="older: an earlier specimen's block with no other-case word takes its part's side")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_p119_case(text: str, expected: dict[str, str]) -> None:
    assert pathology_codes(text) == expected
