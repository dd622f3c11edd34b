"""Review r121 pinned: the six radiology rules of b121-b122 (dab9dc1), reviewed on 109 texts written and labelled from the
guide before either revision was run (15-16 per rule, variants and near misses, and 15 ordinary reports). The review
found 9 over-reaches (a quoted earlier report's combined conclusion over its list below, a glossed revision inside a
quoted outside report, a "Correction:" label in a bilateral report or about a comparison's finding, an incident's time
out entry, a pre-operative note's only titled quote); the narrowing reads all nine as the stop's start did, and the
"Correction :" / "Correction -" spellings too. Every text read right passes; the 14 still read wrong (older behaviour,
or outside a rule by the guide's design) are strict expected failures with their reading."""

from __future__ import annotations

import pytest

from tests.nlp.labels import birads_codes

CASES = [
    pytest.param(('RS Santo Borromeus, Bandung - Instalasi Radiologi\n'
                  'Pemeriksaan [Examination]: Mamografi dan USG payudara bilateral [Bilat'
                  'eral mammography and breast ultrasound]\n'
                  'Tanggal [Date]: 04/03/2026\n'
                  '(Terjemahan tersumpah / sworn translation)\n'
                  '\n'
                  'Riwayat klinis [Clinical history]: Perempuan 54 tahun, skrining tahuna'
                  'n. Eksisi fibroadenoma payudara kiri 2018.\n'
                  '\n'
                  'Mamografi [Mammography]: Jaringan fibroglandular heterogen padat (ACR '
                  'C). Distorsi pascaoperasi di kuadran atas luar kiri; area parut tidak '
                  'dapat dinilai sepenuhnya pada proyeksi standar.\n'
                  'Kategori mamografi saja [Mammography-only category]: BI-RADS 0 (area p'
                  'arut kiri belum dapat dinilai lengkap).\n'
                  '\n'
                  'USG [Ultrasound]: Parut hipoekoik linier di kiri arah jam 2 tanpa mass'
                  'a. Kista sederhana 5 mm di kanan arah jam 10.\n'
                  '\n'
                  'Kesimpulan gabungan (mamografi + USG) [Combined conclusion (mammograph'
                  'y + ultrasound)]: kiri [left] 2, kanan [right] 2.\n'
                  'Saran [Recommendation]: skrining rutin 12 bulan.'),
                 '2 2', id='r1_01'),
    pytest.param(('Hospital Pakar Seri Manjung - Jabatan Radiologi\n'
                  'Laporan mamogram dan ultrasound payudara [Mammogram and breast ultraso'
                  'und report]\n'
                  'Terjemahan ke Bahasa Inggeris oleh unit terjemahan hospital.\n'
                  '\n'
                  'Sejarah klinikal [Clinical history]: 47 tahun, benjolan payudara kanan'
                  ' 3 minggu.\n'
                  '\n'
                  'Penemuan mamogram [Mammogram findings]: Ketumpatan B. Jisim ovoid 11 m'
                  'm di kuadran atas luar kanan, sebahagiannya dikaburkan. Payudara kiri '
                  'tiada penemuan signifikan.\n'
                  'Kategori mamogram sahaja [Mammogram-only category]: BI-RADS 0 (jisim k'
                  'anan perlu penilaian ultrasound).\n'
                  '\n'
                  'Penemuan ultrasound [Ultrasound findings]: Jisim ovoid hipoekoik berba'
                  'tas jelas 11 x 7 mm di kanan arah jam 10, selari dengan kulit, tiada v'
                  'askulariti dalaman. Kiri normal.\n'
                  '\n'
                  'Kesimpulan akhir gabungan (MMG + USG) [Final combined conclusion (mamm'
                  'ogram + ultrasound)]: kanan [right] 3, kiri [left] 1.\n'
                  'Cadangan [Recommendation]: ultrasound susulan kanan dalam 6 bulan.'),
                 '1 3', id='r1_02'),
    pytest.param(('Hospital Universitario Río Hortega - Servicio de Radiodiagnóstico (tra'
                  'ducción certificada)\n'
                  'Estudio [Study]: Mamografía bilateral y ecografía mamaria [Bilateral m'
                  'ammography and breast ultrasound]\n'
                  '\n'
                  'Antecedentes [Background]: Mujer de 58 años, nódulo palpable en mama i'
                  'zquierda.\n'
                  '\n'
                  'Hallazgos mamográficos [Mammographic findings]: Mamas con densidad fib'
                  'roglandular dispersa (ACR B). Asimetría focal en cuadrante superoexter'
                  'no izquierdo. Mama derecha sin hallazgos.\n'
                  'Categoría solo mamográfica [Mammography-only category]: BI-RADS 0 (asi'
                  'metría izquierda pendiente de ecografía).\n'
                  '\n'
                  'Hallazgos ecográficos [Ultrasound findings]: Nódulo hipoecoico irregul'
                  'ar de 9 mm en mama izquierda, radio 2, sin sombra posterior. Axila nor'
                  'mal.\n'
                  '\n'
                  'Conclusión combinada (mamografía + ecografía) [Combined conclusion (ma'
                  'mmography + ultrasound)]: izquierda [left] 4A, derecha [right] 1.\n'
                  'Se recomienda biopsia con aguja gruesa guiada por ecografía.'),
                 '4A 1', id='r1_03'),
    pytest.param(('Bệnh viện Ung Bướu TP.HCM - Khoa Chẩn đoán hình ảnh\n'
                  'Kết quả nhũ ảnh và siêu âm vú [Mammography and breast ultrasound resul'
                  't] - bản dịch có công chứng [notarised translation]\n'
                  '\n'
                  'Lý do khám [Reason for examination]: khối vú phải sờ thấy.\n'
                  '\n'
                  'Siêu âm [Ultrasound]: vú phải vị trí 9 giờ có khối bầu dục, giới hạn r'
                  'õ, 14 x 8 mm, hồi âm hỗn hợp.\n'
                  'Phân loại chỉ siêu âm [Ultrasound-only category]: BI-RADS 3.\n'
                  '\n'
                  'Nhũ ảnh [Mammography]: vú phải 9 giờ có khối chứa mỡ, giới hạn rõ, phù'
                  ' hợp hamartoma. Vú trái bình thường.\n'
                  'Phân loại nhũ ảnh [Mammographic category]: BI-RADS 2.\n'
                  '\n'
                  'Kết luận chung (nhũ ảnh + siêu âm) [Combined conclusion (mammography +'
                  ' ultrasound)]: phải [right] 2, trái [left] 1.'),
                 '1 2', id='r1_04'),
    pytest.param(('Philippine General Hospital - Department of Radiology (salin sa Ingles'
                  ' / English translation)\n'
                  'Pagsusuri [Examination]: Bilateral na mammogram at ultrasound ng suso '
                  '[Bilateral mammogram and breast ultrasound]\n'
                  '\n'
                  'Kasaysayan [History]: 44 taong gulang, taunang screening; ina may brea'
                  'st cancer sa edad 50.\n'
                  '\n'
                  'Mga natuklasan sa mammogram [Mammogram findings]: Siksik ang suso (ACR'
                  ' C). Bagong maliit na bilog na densidad, 7 mm, sa kaliwang suso, itaas'
                  ' na panlabas.\n'
                  'Kategorya ng mammogram lamang [Mammogram-only category]: BI-RADS 0.\n'
                  '\n'
                  'Mga natuklasan sa ultrasound [Ultrasound findings]: Kaliwang suso, ala'
                  's-2: oval na hypoechoic na masa, malinaw ang gilid, 7 x 5 mm, parallel'
                  '. Kanang suso: walang abnormalidad.\n'
                  '\n'
                  'Pinagsamang konklusyon (mammogram + ultrasound) [Combined conclusion ('
                  'mammogram + ultrasound)]: kaliwa [left] 3, kanan [right] 1.\n'
                  'Rekomendasyon [Recommendation]: follow-up na ultrasound ng kaliwang su'
                  'so sa loob ng 6 na buwan.'),
                 '3 1', id='r1_05'),
    pytest.param(("Centre d'imagerie du Parc, Lyon - traduction certifiée\n"
                  'Mammographie et échographie bilatérales de dépistage [Bilateral screen'
                  'ing mammography and ultrasound]\n'
                  '\n'
                  'Indication : dépistage individuel, antécédent familial (sœur, 46 ans).'
                  '\n'
                  '\n'
                  'Mammographie [Mammography] : seins denses (type C). Foyer de microcalc'
                  'ifications rondes et régulières du sein droit, stable par rapport à 20'
                  '24.\n'
                  'Classification mammographique seule [Mammography-only classification] '
                  ": BI-RADS 0 (densité limitant l'analyse).\n"
                  '\n'
                  'Échographie [Ultrasound] : pas de masse. Kyste simple de 4 mm du sein '
                  'droit.\n'
                  '\n'
                  'Conclusion combinée (mammographie + échographie) [Combined conclusion '
                  '(mammography + ultrasound)] : droit [right] 2, gauche [left] 1.'),
                 '1 2', id='r1_06'),
    pytest.param(('Klinik Pakar Payudara Ipoh - Laporan Ultrasound Payudara Bilateral [Bi'
                  'lateral Breast Ultrasound Report]\n'
                  'Tarikh [Date]: 10/02/2026 (terjemahan / translation)\n'
                  '\n'
                  'Laporan terdahulu (Hospital Taiping, 2024) [Previous report (Hospital '
                  'Taiping, 2024)]:\n'
                  'Kategori mamogram sahaja [Mammogram-only category]: BI-RADS 3 (kalsifi'
                  'kasi kiri berkelompok).\n'
                  '\n'
                  'Penemuan [Findings]: Tiada jisim pada kedua-dua payudara. Kalsifikasi '
                  'kiri yang diketahui tidak dinilai pada ultrasound. Kista kecil 3 mm di'
                  ' kanan arah jam 11.\n'
                  '\n'
                  'Kesimpulan [Conclusion]: BI-RADS 2, kedua-dua payudara [both breasts].'),
                 '2 2', id='r1_07',
                 marks=pytest.mark.xfail(strict=True, reason=("review r1_07 (R1): read '3 2'; older behaviour: a "
                                                          "glossed '[Previous report (..., 2024)]:' heading i"
                                                          's no earlier-report heading; its quoted 3 counts ('
                                                          'R1 not involved)'))),
    pytest.param(('Hospital Sultanah Aminah - Unit Mamografi\n'
                  'Mamogram saringan bilateral [Bilateral screening mammogram]\n'
                  '(Terjemahan / translation)\n'
                  '\n'
                  'Sejarah [History]: 50 tahun, saringan kali pertama.\n'
                  'Penemuan [Findings]: Ketumpatan C. Asimetri fokal baru 12 mm di kuadra'
                  'n atas dalam kiri, tidak kelihatan pada unjuran CC. Payudara kanan tia'
                  'da jisim, kalsifikasi atau herotan.\n'
                  'Kategori mamogram sahaja [Mammogram-only category]: kanan [right] 1, k'
                  'iri [left] 0.\n'
                  'Ultrasound tidak dijalankan hari ini; pesakit akan dipanggil semula [u'
                  'ltrasound not performed today; patient will be recalled].'),
                 '0 1', id='r1_08',
                 marks=pytest.mark.xfail(strict=True, reason=("review r1_08 (R1): read '- -'; older behaviour: a "
                                                          'modality-only side list with no combined conclusio'
                                                          'n is read by no rule, in English neither'))),
    pytest.param(('RSUP Dr. Sardjito - Radiologi\n'
                  'USG payudara kanan [Right breast ultrasound], 12/01/2026 (terjemahan r'
                  'esmi)\n'
                  '\n'
                  'Indikasi [Indication]: nyeri payudara kanan, tanpa massa teraba.\n'
                  'Temuan [Findings]: Kista berkomplikasi 8 mm di kanan arah jam 7 dengan'
                  ' ekho interna halus.\n'
                  'Penilaian USG saja [Ultrasound-only assessment]: BI-RADS 3.\n'
                  '\n'
                  'Adendum [Addendum] 20/01/2026: Aspirasi dilakukan, cairan jernih, kist'
                  'a kolaps sempurna. BI-RADS direvisi menjadi 2 [BI-RADS revised to 2].'),
                 '- 2', id='r1_09'),
    pytest.param(('Ankara Şehir Hastanesi - Radyoloji Bölümü (yeminli tercüme / sworn tra'
                  'nslation)\n'
                  'Bilateral mamografi ve meme ultrasonu [Bilateral mammography and breas'
                  't ultrasound]\n'
                  '\n'
                  'Endikasyon [Indication]: 41 yaş, tarama, yoğun meme dokusu.\n'
                  'Yalnız mamografi bulguları [Mammography-only findings]: Heterojen yoğu'
                  'n meme (ACR C). Kitle, mikrokalsifikasyon veya yapısal bozulma yok.\n'
                  'Ultrason bulguları [Ultrasound findings]: Bilateral normal fibroglandü'
                  'ler doku. Kitle yok. Aksillalar normal.\n'
                  'Sonuç [Conclusion]: BI-RADS 1, her iki meme [both breasts].'),
                 '1 1', id='r1_10'),
    pytest.param(('Hospital de Santa Maria, Lisboa - Imagiologia (tradução certificada)\n'
                  'Ecografia mamária esquerda [Left breast ultrasound] - 18/02/2026\n'
                  '\n'
                  'Informação clínica [Clinical information]: controlo de nódulo da mama '
                  'esquerda.\n'
                  'Categoria mamográfica isolada anterior [Previous mammography-only cate'
                  'gory] (06/2025): BI-RADS 0.\n'
                  'Achados [Findings]: Nódulo oval circunscrito de 6 mm às 3 horas da mam'
                  'a esquerda, sem alteração desde 06/2025.\n'
                  'Conclusão [Conclusion]: estável há 8 meses; BI-RADS 3, controlo ecográ'
                  'fico aos 6 meses.'),
                 '3 -', id='r1_11'),
    pytest.param(('Pusat Perubatan Universiti Malaya - Radiologi Payudara (terjemahan)\n'
                  'Mamogram dan ultrasound bilateral [Bilateral mammogram and ultrasound]'
                  '\n'
                  '\n'
                  'Sejarah [History]: 62 tahun, susulan tahunan selepas lumpektomi kanan '
                  '(2021).\n'
                  'Penemuan mamogram [Mammogram findings]: Perubahan pascarawatan kanan s'
                  'tabil. Kiri: kalsifikasi distrofik.\n'
                  'Kategori mamogram sahaja [Mammogram-only category]: BI-RADS 0 (kawasan'
                  ' parut kanan padat).\n'
                  'Penemuan ultrasound [Ultrasound findings]: Parut kanan tanpa jisim ata'
                  'u koleksi. Kiri tiada jisim.\n'
                  'Penilaian keseluruhan [Overall assessment]: BI-RADS 2, kedua-dua payud'
                  'ara [both breasts].'),
                 '2 2', id='r1_12'),
    pytest.param(('RS Kanker Dharmais - Radiologi (terjemahan resmi)\n'
                  'Mamografi dan USG bilateral [Bilateral mammography and ultrasound], 02'
                  '/03/2026\n'
                  '\n'
                  'Keluhan [Complaint]: keluar cairan berdarah dari puting kanan.\n'
                  'Mamografi [Mammography]: kalsifikasi pleomorfik halus berkelompok 9 mm'
                  ' di retroareolar kanan. Kiri tanpa kelainan.\n'
                  'Kategori mamogram saja [Mammogram-only category]: BI-RADS 4B.\n'
                  'USG [Ultrasound]: duktus retroareolar kanan melebar dengan massa intra'
                  'duktal 5 mm. Kiri normal.\n'
                  'Kesimpulan gabungan (MMG + USG) [Combined conclusion (mammogram + ultr'
                  'asound)]: kanan [right] 4B, kiri [left] 1.'),
                 '1 4B', id='r1_13'),
    pytest.param(('Fakultná nemocnica Nitra - Rádiológia (úradný preklad / certified tran'
                  'slation)\n'
                  'Mamografia a sonografia prsníkov obojstranne [Bilateral mammography an'
                  'd breast sonography]\n'
                  '\n'
                  'Anamnéza [History]: 49 r., hmatná rezistencia vľavo.\n'
                  'Mamografia [Mammography]: denzita C, bez ložiskových zmien.\n'
                  'Kategória len z mamografie [Mammography-only category]: BI-RADS 0 (den'
                  'zné prsníky).\n'
                  'Sonografia [Sonography]: vľavo na 1. hodine jednoduchá cysta 15 mm zod'
                  'povedajúca hmatnej rezistencii. Vpravo bez nálezu.\n'
                  'Kategória len zo sonografie [Sonography-only category]: BI-RADS 2.\n'
                  'Záver (mamografia + sonografia) [Conclusion (mammography + sonography)'
                  ']: vľavo [left] 2, vpravo [right] 1.'),
                 '2 1', id='r1_14'),
    pytest.param(('Hospital Sírio-Libanês - Diagnóstico por Imagem (tradução juramentada)'
                  '\n'
                  'Mamografia digital e ultrassonografia mamária bilateral [Bilateral dig'
                  'ital mammography and breast ultrasound]\n'
                  '\n'
                  'Indicação [Indication]: rastreamento, 45 anos, mamas densas.\n'
                  'Mamografia [Mammography]: mamas heterogeneamente densas (ACR C), sem n'
                  'ódulos ou calcificações suspeitas.\n'
                  'Categoria apenas mamográfica [Mammography-only category]: BI-RADS 0 (d'
                  'ensidade).\n'
                  'Ultrassonografia [Ultrasound]: cistos simples bilaterais, o maior de 6'
                  ' mm na mama direita às 10 h.\n'
                  'Conclusão final [Final conclusion]: BI-RADS 2 bilateral.'),
                 '2 2', id='r1_15'),
    pytest.param(("ORCHARD WOMEN'S IMAGING, SINGAPORE\n"
                  'DIAGNOSTIC MAMMOGRAM AND ULTRASOUND, BILATERAL    Date: 05/03/2026\n'
                  '\n'
                  'Clinical: 51F, palpable lump right breast 2/12.\n'
                  'Mammogram: Scattered fibroglandular density. 16 mm irregular mass righ'
                  "t breast 10 o'clock, posterior depth. Left breast unremarkable.\n"
                  'Mammography alone: BI-RADS 0.\n'
                  "Ultrasound: Right 10 o'clock 4 cm FN, 15 x 11 mm irregular hypoechoic "
                  'mass, angular margins, internal vascularity. Right axilla normal. Left'
                  ': no mass.\n'
                  '\n'
                  'Combined conclusion (mammography + ultrasound):\n'
                  'Right 4C, left 1.\n'
                  '\n'
                  'Recommendation: US-guided core biopsy right breast, booked 09/03/2026.'),
                 '1 4C', id='r2_01'),
    pytest.param(('RS Premier Surabaya - Radiologi (terjemahan tersumpah)\n'
                  'Mamografi dan USG payudara bilateral [Bilateral mammography and breast'
                  ' ultrasound], 27/02/2026\n'
                  '\n'
                  'Riwayat [History]: 39 tahun, nyeri payudara siklik bilateral.\n'
                  'Mamografi [Mammography]: padat ekstrem (ACR D); sensitivitas terbatas.'
                  '\n'
                  'Kategori mamografi [Mammographic category]: BI-RADS 0.\n'
                  'USG [Ultrasound]: kista sederhana multipel bilateral, terbesar 9 mm di'
                  ' kiri arah jam 3. Tidak ada massa padat.\n'
                  '\n'
                  'Kesimpulan akhir gabungan (MMG + USG) [Final combined conclusion (mamm'
                  'ogram + ultrasound)]:\n'
                  'kiri [left] 2, kanan [right] 2.'),
                 '2 2', id='r2_02'),
    pytest.param(('NORTH SHORE BREAST CENTRE\n'
                  'Bilateral diagnostic mammography and targeted ultrasound\n'
                  '\n'
                  "Indication: Short-interval follow-up, left breast 1 o'clock mass (firs"
                  't seen 08/2025).\n'
                  "Mammography: Unchanged 8 mm circumscribed oval mass left breast 1 o'cl"
                  'ock. No new findings. Right breast negative.\n'
                  'Mammographic assessment: BI-RADS 3.\n'
                  "Ultrasound: Left 1 o'clock, 3 cm FN: oval, circumscribed, parallel hyp"
                  'oechoic mass 8 x 5 x 6 mm, unchanged.\n'
                  '\n'
                  'Conclusion (mammography & ultrasound):\n'
                  'left BI-RADS 3, right BI-RADS 1.\n'
                  'Follow-up: left diagnostic mammogram and ultrasound in 6 months (12-mo'
                  'nth stability).'),
                 '3 1', id='r2_03'),
    pytest.param(("BREAST IMAGING - ST. MICHAEL'S\n"
                  'Exam: MG DIAG BILAT + US L BREAST LTD\n'
                  'Hx: 66F, new L nipple retraction.\n'
                  'MG: Dens B. L retroareolar 12 mm spiculated mass; assoc. nipple retrac'
                  'tion. R neg.\n'
                  'US: L 12:00 RA, 12 x 10 mm irreg hypoechoic mass w/ posterior shadowin'
                  'g. L axilla neg.\n'
                  'Final assessment (MG/US):\n'
                  'R 1, L 5.\n'
                  'Plan: US core L, clip.'),
                 '5 1', id='r2_04',
                 marks=pytest.mark.xfail(strict=True, reason=("review r2_04 (R2): read '- -'; 'MG' is not among t"
                                                          'he exam words of a joined heading; adding it widen'
                                                          's every heading naming exams, beyond this stop'))),
    pytest.param(('Radiology Associates of Tulsa\n'
                  'BILATERAL DIAGNOSTIC MAMMOGRAM WITH LEFT BREAST ULTRASOUND\n'
                  'Date of exam: 02/19/2026\n'
                  '\n'
                  'HISTORY: 48-year-old with focal left breast pain, upper inner quadrant'
                  '.\n'
                  'COMPARISON: 01/2025.\n'
                  'FINDINGS: Heterogeneously dense. No mammographic correlate in the area'
                  ' of pain. Stable benign-appearing calcifications right breast.\n'
                  "Targeted left ultrasound at 10 o'clock shows normal fibroglandular tis"
                  'sue.\n'
                  '\n'
                  'IMPRESSION: Combined assessment (mammogram and ultrasound):\n'
                  'Right 2, Left 1.\n'
                  'No imaging evidence of malignancy in the area of pain; clinical manage'
                  'ment.'),
                 '1 2', id='r2_05'),
    pytest.param(('Screening Programme - Double reading record (DBT)\n'
                  'Client: 57F   Round 4   Date: 11/02/2026\n'
                  'Reader 1 (SK): R 1   L 0  (L UOQ architectural distortion, DBT only)\n'
                  'Reader 2 (PM): R 1   L 1\n'
                  'Consensus (mammography + tomosynthesis):\n'
                  'right 1, left 0\n'
                  'Outcome: recall to assessment clinic, left breast.'),
                 '0 1', id='r2_06'),
    pytest.param(('Radiologie am Marienplatz, München - beglaubigte Übersetzung\n'
                  'Mammographie und Mammasonographie beidseits [Bilateral mammography and'
                  ' breast ultrasound]\n'
                  '\n'
                  'Anamnese [History]: 53 J., Vorsorge, Mutter Mammakarzinom mit 61.\n'
                  'Mammographie [Mammography]: ACR C. Rechts oben außen neue 8 mm Verdich'
                  'tung.\n'
                  'Mammographie allein [Mammography alone]: BI-RADS 0.\n'
                  'Sonographie [Ultrasound]: rechts 10 Uhr ovaler, glatt begrenzter, echo'
                  'armer Herd 8 x 5 mm, parallel; links unauffällig.\n'
                  '\n'
                  'Gesamtbeurteilung (Mammographie + Sonographie) [Overall assessment (ma'
                  'mmography + ultrasound)]:\n'
                  'rechts [right] 3, links [left] 1.\n'
                  'Empfehlung [Recommendation]: sonographische Kontrolle rechts in 6 Mona'
                  'ten.'),
                 '1 3', id='r2_07'),
    pytest.param(('Harbourside Imaging - Breast Ultrasound and Mammography Report\n'
                  'Patient: 45F. Referral: GP, tender lumps both breasts.\n'
                  '\n'
                  'Result (mammography + ultrasound):\n'
                  'right 2 cysts, left 1 cyst.\n'
                  "Details: right 10 o'clock 12 mm and right 2 o'clock 7 mm simple cysts;"
                  " left 3 o'clock 9 mm simple cyst. No solid mass. Mammography: scattere"
                  'd density, no suspicious calcifications.\n'
                  'Assessment: BI-RADS 2, both breasts.'),
                 '2 2', id='r2_08'),
    pytest.param(('BREAST IMAGING REPORT - KINGSWAY RADIOLOGY\n'
                  'Exam: Bilateral diagnostic mammogram and bilateral breast ultrasound  '
                  ' Date: 26/02/2026\n'
                  '\n'
                  'Comparison: Outside report, Klinik Sentosa (03/2024), translated by th'
                  "e patient's interpreter:\n"
                  'Conclusion (mammography + ultrasound):\n'
                  'right 3, left 1.\n'
                  '\n'
                  "Findings: Scattered fibroglandular density. The right 9 o'clock oval c"
                  'ircumscribed mass now measures 7 x 4 mm (6 x 4 mm in 2024), parallel, '
                  'no vascularity. No new mass or suspicious calcifications either breast'
                  '.\n'
                  '\n'
                  'Impression: Stability for two years of the probably benign right breas'
                  't mass; now benign. BI-RADS 2, both breasts. Return to routine screeni'
                  'ng.'),
                 '2 2', id='r2_09'),
    pytest.param(('BreastScreen record - assessment summary\n'
                  'Client 1146-7   Date: 14/01/2026\n'
                  '\n'
                  'Previous round (2023):\n'
                  'Final assessment (mammography + tomosynthesis):\n'
                  'right 1, left 3\n'
                  '\n'
                  'Current round:\n'
                  'Final assessment (mammography + tomosynthesis): right 1, left 2 (stabl'
                  "e oval mass left 2 o'clock, 3 years; benign).\n"
                  'Outcome: routine rescreen 2 years.'),
                 '2 1', id='r2_10'),
    pytest.param(('Mater Breast Imaging\n'
                  'BILATERAL MAMMOGRAM AND ULTRASOUND   04/02/2026\n'
                  '\n'
                  'Indication: Screening recall, left calcifications.\n'
                  'Mammography: Left upper outer quadrant 6 mm cluster of amorphous calci'
                  'fications. Right: no abnormality.\n'
                  'Ultrasound: No correlate in the left breast. Right normal.\n'
                  '\n'
                  'Final conclusion (mammography + ultrasound):\n'
                  'right 1, left 4A.\n'
                  'Recommend stereotactic biopsy left breast.\n'
                  '\n'
                  'ADDENDUM 09/02/2026: Magnification views from the outside practice (20'
                  '22, 2024) obtained. The left calcifications are unchanged for 4 years.'
                  ' Left breast BI-RADS revised to 2; biopsy cancelled.'),
                 '2 1', id='r2_11'),
    pytest.param(('Ultrasound and Mammography - Annual Surveillance\n'
                  'Centro Diagnóstico Aurora (translated)   Date: 20/01/2026\n'
                  '\n'
                  "History: 61F, right lumpectomy 2019. Last year's report read:\n"
                  'Conclusion (mammography + ultrasound):\n'
                  'right 3, left 2.\n'
                  '(right seroma, since resolved)\n'
                  '\n'
                  'Findings: Right post-surgical scar without mass or collection. Left: s'
                  'table 4 mm cyst.\n'
                  'Conclusion (mammography + ultrasound): right 2, left 2.'),
                 '2 2', id='r2_12'),
    pytest.param(("Women's Imaging Centre, Auckland\n"
                  'Bilateral mammogram and ultrasound - 03/03/2026\n'
                  '\n'
                  'Clinical: 42F, lump left breast.\n'
                  'Conclusion (mammography + ultrasound):\n'
                  'left 2 cm mass, right 1 cyst - details below.\n'
                  "Left breast 3 o'clock: 20 x 12 mm oval circumscribed parallel mass, no"
                  " vascularity; in a 42-year-old, likely fibroadenoma. Right 11 o'clock "
                  '5 mm simple cyst.\n'
                  'Assessment: Left BI-RADS 3; right BI-RADS 2.\n'
                  'Plan: left US in 6 months or core biopsy if the patient prefers.'),
                 '3 2', id='r2_13'),
    pytest.param(('Christie Breast Unit - Staging report\n'
                  'MRI breasts with contrast and second-look ultrasound, 12/02/2026\n'
                  '\n'
                  "Known left breast IDC 2 o'clock (core 01/2026).\n"
                  "MRI-only assessment: left BI-RADS 6; right 8 mm enhancing focus 10 o'c"
                  'lock, BI-RADS 4A.\n'
                  "Second-look ultrasound: right 10 o'clock 7 mm simple cyst correspondin"
                  'g to the MRI focus. Left: known 21 mm mass.\n'
                  '\n'
                  'Final assessment (MRI + ultrasound):\n'
                  'left 6, right 2.'),
                 '6 2', id='r2_14'),
    pytest.param(('Capital Radiology - Breast\n'
                  'Mammogram and US both breasts, 13/03/2026\n'
                  'Hx: 38F, L breast lump, FHx (sister 41).\n'
                  'Mammo: dense (C). No discrete abnormality.\n'
                  'Mammo BI-RADS 0 (density).\n'
                  'US: L 4:00 3 cm FN 11 mm simple cyst = palpable lump. Rt normal.\n'
                  'Overall BI-RADS (mammo + US):\n'
                  'Rt 1, Lt 2.'),
                 '2 1', id='r2_15'),
    pytest.param(("Bilateral breast ultrasound - Mercy Women's Health   03/02/2026\n"
                  'Attached outside report (Hospital Angeles, 2025), translated for compa'
                  'rison:\n'
                  'Conclusión combinada (mamografía + ecografía) [Combined conclusion (ma'
                  'mmography + ultrasound)]:\n'
                  'derecha [right] 4A, izquierda [left] 2.\n'
                  '(core biopsy right 2025: fibroadenoma, concordant)\n'
                  '\n'
                  "Today: right 12 o'clock biopsied fibroadenoma with clip, 11 mm, unchan"
                  "ged. Left 2 o'clock cyst 5 mm unchanged.\n"
                  'Impression: benign, BI-RADS 2 bilaterally.'),
                 '2 2', id='r2_16'),
    pytest.param(('RS Siloam Kebon Jeruk - Radiologi (terjemahan resmi / certified transl'
                  'ation)\n'
                  'Mamografi dan USG bilateral [Bilateral mammography and ultrasound], 03'
                  '/02/2026\n'
                  '\n'
                  'Kesimpulan [Conclusion]: Payudara kanan [Right breast]: massa irregule'
                  'r 13 mm arah jam 11, BI-RADS 4B. Payudara kiri [Left breast]: massa ov'
                  'al 7 mm arah jam 3, BI-RADS 4A.\n'
                  '\n'
                  'Adendum [Addendum] 10/02/2026: Setelah perbandingan dengan USG luar 20'
                  '23, massa kiri stabil selama 3 tahun. Klasifikasi BI-RADS payudara kir'
                  'i diubah [The BI-RADS classification of the left breast is changed] to'
                  ' 3 - probably benign. Payudara kanan tetap dijadwalkan biopsi [The rig'
                  'ht breast remains scheduled for biopsy].'),
                 '3 4B', id='r3_01'),
    pytest.param(('Bệnh viện Bạch Mai - Trung tâm Điện quang (bản dịch / translation)\n'
                  'Siêu âm vú phải [Right breast ultrasound] - 15/01/2026\n'
                  '\n'
                  'Kết luận [Conclusion]: nang phức tạp 9 mm vú phải vị trí 8 giờ. BI-RAD'
                  'S 3.\n'
                  '\n'
                  'Phụ lục [Addendum] 22/01/2026: đã chọc hút dưới hướng dẫn siêu âm, dịc'
                  'h trong, nang xẹp hoàn toàn. Phân loại BI-RADS của vú phải được điều c'
                  'hỉnh [The BI-RADS classification of the right breast is revised] to 2 '
                  '- benign.'),
                 '- 2', id='r3_02'),
    pytest.param(('Szpital Uniwersytecki w Krakowie - Zakład Radiologii (tłumaczenie przy'
                  'sięgłe)\n'
                  'Mammografia i USG piersi obustronnie [Bilateral mammography and breast'
                  ' ultrasound], 09/02/2026\n'
                  '\n'
                  'Wnioski [Conclusion]: Pierś prawa [Right breast]: torbiel prosta, BI-R'
                  'ADS 2. Pierś lewa [Left breast]: owalna zmiana 10 mm na godz. 2, BI-RA'
                  'DS 3.\n'
                  '\n'
                  'Aneks [Addendum] 16/02/2026: Po porównaniu z MRI z 02/2026 zmiana lewa'
                  ' wykazuje wzmocnienie typu wash-out. Kategoria BI-RADS piersi lewej zo'
                  'staje zmieniona [The BI-RADS category of the left breast is changed] t'
                  'o 4B. Zalecana biopsja gruboigłowa.'),
                 '4B 2', id='r3_03',
                 marks=pytest.mark.xfail(strict=True, reason=("review r3_03 (R3): read '4B 3'; older behaviour: a"
                                                          " run-in glossed side heading takes the right's sen"
                                                          'tence as its original and blanks its 2'))),
    pytest.param(('Acıbadem Maslak Hastanesi - Radyoloji (yeminli tercüme)\n'
                  'Sol meme ultrasonu [Left breast ultrasound] - 21/01/2026\n'
                  '\n'
                  'Sonuç [Conclusion]: Sol meme saat 2 yönünde 11 mm düzensiz sınırlı hip'
                  'oekoik kitle. BI-RADS 4A.\n'
                  '\n'
                  'Ek rapor [Addendum] 28/01/2026: Kalın iğne biyopsisi sonucu: fibroaden'
                  'om, radyolojik-patolojik uyumlu. Sol memenin BI-RADS kategorisi güncel'
                  'lendi [The BI-RADS category of the left breast has been updated] to 2.'),
                 '2 -', id='r3_04',
                 marks=pytest.mark.xfail(strict=True, reason=("review r3_04 (R3): read '4A -'; 'has been updated "
                                                          "to 2' is no revision verb, in English neither; a n"
                                                          'ew verb is a new rule, not a narrowing'))),
    pytest.param(('Ziekenhuis Rijnstate, Arnhem - Radiologie (beëdigde vertaling)\n'
                  'Echografie rechtermamma [Right breast ultrasound] - 12/02/2026\n'
                  '\n'
                  'Conclusie [Conclusion]: rechts 10 uur ovale laesie 7 mm, BI-RADS 4A; b'
                  'iopsie geadviseerd.\n'
                  '\n'
                  'Addendum 19/02/2026: Na vergelijking met de externe echografie van 202'
                  '3 blijkt de laesie ongewijzigd. De BI-RADS-classificatie van de rechte'
                  'rborst wordt herzien [The BI-RADS classification of the right breast i'
                  's revised] to 3; biopsie vervalt, controle over 6 maanden.'),
                 '- 3', id='r3_05',
                 marks=pytest.mark.xfail(strict=True, reason=("review r3_05 (R3): read '- 4A'; the original's wor"
                                                          'ds after its keyword pass their 40-character reach'
                                                          '; widening it is a new rule, not a narrowing'))),
    pytest.param(('RS Mitra Keluarga Kelapa Gading - Radiologi (terjemahan)\n'
                  'Mamografi dan USG bilateral [Bilateral mammography and ultrasound] 06/'
                  '01/2026\n'
                  '\n'
                  'Kesimpulan [Conclusion]: kanan [right] BI-RADS 3 (kista berkomplikasi '
                  '6 mm), kiri [left] BI-RADS 4A (massa 9 mm arah jam 2).\n'
                  '\n'
                  'Adendum [Addendum] 13/01/2026: Aspirasi kista kanan: cairan jernih, ki'
                  'sta hilang. Klasifikasi BI-RADS payudara kanan diubah [The BI-RADS cla'
                  'ssification of the right breast is changed] to 2. Klasifikasi BI-RADS '
                  'payudara kiri tidak berubah [The BI-RADS classification of the left br'
                  'east is unchanged] - 4A, biopsi dijadwalkan.'),
                 '4A 2', id='r3_06'),
    pytest.param(('RS Pondok Indah - Radiologi (terjemahan resmi)\n'
                  'USG payudara kiri [Left breast ultrasound] 14/02/2026\n'
                  '\n'
                  'Kesimpulan [Conclusion]: kista berkomplikasi 10 mm kiri arah jam 4. BI'
                  '-RADS 3.\n'
                  '\n'
                  'Adendum [Addendum] 14/02/2026: Aspirasi dijadwalkan minggu depan. Jika'
                  ' cairan jernih, klasifikasi BI-RADS payudara kiri akan diubah [If the '
                  'fluid is clear, the BI-RADS classification of the left breast will be '
                  'changed] to 2.'),
                 '3 -', id='r3_07'),
    pytest.param(('RS Hermina Depok - Radiologi (terjemahan)\n'
                  'USG payudara kiri [Left breast ultrasound] 03/03/2026\n'
                  '\n'
                  'Riwayat [History]: massa kiri arah jam 1 sejak 2023. Klasifikasi BI-RA'
                  'DS payudara kiri diubah pada tahun 2024 [The BI-RADS classification of'
                  ' the left breast was changed in 2024] to 3 after the core biopsy (fibr'
                  'oadenoma).\n'
                  'Temuan [Findings]: massa oval 12 mm arah jam 1, stabil.\n'
                  'Kesimpulan [Conclusion]: BI-RADS 2, payudara kiri [left breast].'),
                 '2 -', id='r3_08'),
    pytest.param(('Hospital Queen Elizabeth, Kota Kinabalu - Radiologi (terjemahan)\n'
                  'Ultrasound payudara kanan [Right breast ultrasound] 05/02/2026\n'
                  '\n'
                  'Kesimpulan [Conclusion]: jisim tidak teratur 14 mm kanan arah jam 9. B'
                  'I-RADS 4B. Biopsi teras dicadangkan.\n'
                  '\n'
                  'Adendum [Addendum] 09/02/2026: Imej luar dari tahun 2025 dikaji semula'
                  '; jisim itu baharu. Klasifikasi BI-RADS payudara kanan tidak diubah [T'
                  'he BI-RADS classification of the right breast is not changed] and rema'
                  'ins 4B.'),
                 '- 4B', id='r3_09'),
    pytest.param(('RSUD Dr. Soetomo - Radiologi (terjemahan resmi)\n'
                  'USG payudara kiri [Left breast ultrasound] 17/02/2026\n'
                  '\n'
                  'Riwayat [History]: Kategori BI-RADS payudara kiri pada pemeriksaan 202'
                  '4 adalah 4A [The BI-RADS category of the left breast at the 2024 exami'
                  'nation was 4A]; biopsi: perubahan fibrokistik.\n'
                  'Temuan [Findings]: area fibrokistik arah jam 2 tidak berubah, tanpa ma'
                  'ssa baru.\n'
                  'Kesimpulan [Conclusion]: payudara kiri [left breast] BI-RADS 2.'),
                 '2 -', id='r3_10'),
    pytest.param(('Hospital Pulau Pinang - Jabatan Radiologi (terjemahan)\n'
                  'Ultrasound payudara kanan [Right breast ultrasound] 24/02/2026\n'
                  '\n'
                  'Penemuan [Findings]: jisim hipoekoik tidak teratur 9 mm kanan arah jam'
                  ' 11, margin bersudut.\n'
                  'Kesimpulan [Conclusion]: Kategori BI-RADS payudara kanan 4A [BI-RADS c'
                  'ategory of the right breast - low suspicion for malignancy]. Biopsi te'
                  'ras dicadangkan [Core biopsy recommended].'),
                 '- 4A', id='r3_11',
                 marks=pytest.mark.xfail(strict=True, reason=("review r3_11 (R3): read '- -'; a glossed category "
                                                          'with a side and a remark after the keyword is read'
                                                          ' by no rule of this stop (old nor new)'))),
    pytest.param(('RS Awal Bros Pekanbaru - Radiologi (terjemahan)\n'
                  'USG payudara kiri [Left breast ultrasound] 02/02/2026\n'
                  '\n'
                  'Kesimpulan [Conclusion]: massa oval 8 mm kiri arah jam 10, BI-RADS 4A,'
                  ' biopsi disarankan.\n'
                  '\n'
                  'Adendum [Addendum] 05/02/2026: Dokter bedah menanyakan apakah klasifik'
                  'asi BI-RADS payudara kiri dapat diubah [The surgeon asked whether the '
                  'BI-RADS classification of the left breast could be changed] to 3; sete'
                  'lah peninjauan, kategori tetap 4A [after review, the category remains '
                  '4A].'),
                 '4A -', id='r3_12'),
    pytest.param(('Bệnh viện Vinmec Times City - Chẩn đoán hình ảnh (bản dịch)\n'
                  'Siêu âm vú hai bên [Bilateral breast ultrasound] 08/01/2026\n'
                  '\n'
                  'Kết luận [Conclusion]: nang biến chứng nhỏ hai bên, BI-RADS 3 hai bên '
                  '[BI-RADS 3 both sides].\n'
                  '\n'
                  'Phụ lục [Addendum] 20/01/2026: đối chiếu phim siêu âm cũ năm 2022: các'
                  ' nang không thay đổi. Phân loại BI-RADS của cả hai vú được điều chỉnh '
                  '[The BI-RADS classification of both breasts is revised] to 2.'),
                 '2 2', id='r3_13',
                 marks=pytest.mark.xfail(strict=True, reason=("review r3_13 (R3): read '3 3'; 'of both breasts is"
                                                          " revised' is read as a revision of neither side, i"
                                                          'n English neither'))),
    pytest.param(('RS Bethesda Yogyakarta - Radiologi (terjemahan resmi)\n'
                  'USG payudara kiri [Left breast ultrasound] 11/03/2026\n'
                  '\n'
                  'Kesimpulan [Conclusion]: massa 6 mm kiri arah jam 5, BI-RADS 3.\n'
                  '\n'
                  'Adendum [Addendum] 18/03/2026: Dibandingkan dengan MRI 03/2026, massa '
                  'menunjukkan penyangatan cepat. Klasifikasi BI-RADS payudara kiri diuba'
                  'h menjadi 4A [The BI-RADS classification of the left breast is changed'
                  ' to 4A].'),
                 '4A -', id='r3_14'),
    pytest.param(('Raffles Hospital - Breast Imaging\n'
                  'Right breast ultrasound   26/02/2026\n'
                  '\n'
                  'Outside report (RS Medistra, Jakarta, 2025), translated:\n'
                  '"Adendum [Addendum]: Klasifikasi BI-RADS payudara kanan diubah [The BI'
                  '-RADS classification of the right breast is changed] to 4A."\n'
                  'Core biopsy 2025 at that centre: fibroadenoma.\n'
                  '\n'
                  "Findings: right 11 o'clock biopsied mass with clip, 10 x 6 mm, unchang"
                  'ed from the outside images.\n'
                  'Impression: Benign, concordant biopsied fibroadenoma. BI-RADS 2.'),
                 '- 2', id='r3_15'),
    pytest.param(('Kuala Lumpur Hospital - Radiologi (terjemahan)\n'
                  'Ultrasound payudara kanan [Right breast ultrasound] 09/03/2026\n'
                  '\n'
                  'Kesimpulan [Conclusion]: jisim ovoid 9 mm kanan arah jam 2. BI-RADS 4A'
                  '.\n'
                  '\n'
                  'Adendum [Addendum] 10/03/2026: Klasifikasi BI-RADS payudara kanan patu'
                  't diubah [The BI-RADS classification of the right breast should be cha'
                  'nged] to 3 once the outside films (2023) confirm stability; the films '
                  'have been requested.'),
                 '- 4A', id='r3_16'),
    pytest.param(('EMERGENCY SURGICAL ADMISSION - CLERKING\n'
                  "St Luke's General   09/03/2026 22:40   FY1 Dr A. Mensah\n"
                  '\n'
                  'PC: 29F, 6 days post-partum, painful red swollen breast, febrile 38.4.'
                  '\n'
                  'Imaging (on PACS): US R BREAST 09/03/2026 - "3.4 x 2.1 cm thick-walled'
                  " hypoechoic collection at 4 o'clock with surrounding oedema, consisten"
                  't with abscess. BI-RADS 2. Suitable for aspiration."\n'
                  'Plan: IV flucloxacillin, surgical review for aspiration in the morning'
                  '.\n'
                  '\n'
                  'ADDENDUM 10/03/2026 08:05 (Registrar Dr P. Okoro):\n'
                  "Correction: the collection was in the patient's LEFT breast at 4 o'clo"
                  'ck, not the right. Request and scan labelled incorrectly by the ED; ra'
                  'diology informed, report being amended.'),
                 '2 -', id='r4_01'),
    pytest.param(('SOUTHERN CROSS RADIOLOGY\n'
                  'US LEFT BREAST   17/02/2026\n'
                  'Clinical: tender lump, upper inner.\n'
                  "Findings: 10 o'clock, 2 cm FN: 14 x 9 mm simple cyst, anechoic, thin w"
                  'all, posterior enhancement. No solid component.\n'
                  'Conclusion: Simple cyst. BI-RADS 2.\n'
                  '\n'
                  'CORRECTION (18/02/2026, Dr H. Walsh): the cyst is in the RIGHT breast,'
                  " not in the left. The sonographer's worksheet and images are annotated"
                  ' RIGHT; the report header was selected wrongly.'),
                 '- 2', id='r4_02',
                 marks=pytest.mark.xfail(strict=True, reason=("review r4_02 (R4): read '2 -'; 'CORRECTION (<date>"
                                                          ", <author>):' puts words between the label and its"
                                                          ' colon; not a spelling of the label'))),
    pytest.param(('Mid-Valley Imaging\n'
                  'RIGHT BREAST ULTRASOUND    Date: 02/03/2026\n'
                  'History: 47F, palpable mass.\n'
                  "Findings: At 2 o'clock, 4 cm from the nipple, an irregular hypoechoic "
                  'mass measures 11 x 9 x 8 mm with angular margins and posterior shadowi'
                  'ng. No abnormal axillary nodes.\n'
                  'Impression: Suspicious mass. BI-RADS 4C. Ultrasound-guided core biopsy'
                  ' recommended.\n'
                  '\n'
                  'Addendum 03/03/2026: Correction: the mass is in the left breast, not t'
                  'he right as dictated. All other findings unchanged.'),
                 '4C -', id='r4_03'),
    pytest.param(('Breast Assessment Clinic - Imaging summary (Royal Derby)\n'
                  'Exam: Left breast ultrasound   Date: 11/02/2026\n'
                  "Finding: 7 mm complicated cyst at 3 o'clock, low-level internal echoes"
                  '. U3. BI-RADS 3.\n'
                  'Plan: repeat US 6 months.\n'
                  '\n'
                  'Amendment 12/02/2026:\n'
                  "Correction: the lump lies in the patient's right breast rather than th"
                  "e left; the image annotations confirm RIGHT 3 o'clock."),
                 '- 3', id='r4_04'),
    pytest.param(('Clínica Alemana - Imagenología Mamaria (English version)\n'
                  'Ultrasound, right breast - 23/01/2026\n'
                  'Findings: Oval, circumscribed, parallel hypoechoic nodule, 8 x 5 mm, a'
                  "t 1 o'clock, 3 cm from the nipple. No vascularity.\n"
                  'Conclusion: Probably benign nodule. BI-RADS 3. Follow-up in 6 months.\n'
                  '\n'
                  'Addendum 26/01/2026\n'
                  'Correction: the nodule is located in the left breast, upper outer quad'
                  'rant, not the right. Laterality error at registration.'),
                 '3 -', id='r4_05'),
    pytest.param(("Northside Women's Imaging\n"
                  'US BREAST RIGHT - TARGETED   29/01/2026\n'
                  'Indication: palpable thickening.\n'
                  "Findings: 11 o'clock, 5 cm FN: 6 mm lesion, oval, circumscribed, isoec"
                  'hoic. Benign features.\n'
                  'Impression: BI-RADS 3, short-interval follow-up.\n'
                  '\n'
                  'ADDENDUM 30/01/2026\n'
                  'Correction: the lesion is in the LEFT breast (not the right). Please d'
                  'isregard the side in the header.'),
                 '3 -', id='r4_06'),
    pytest.param(('Bayview Breast Imaging\n'
                  'BILATERAL BREAST ULTRASOUND   Date: 05/03/2026\n'
                  'Clinical (from request card): right breast lactational abscess, for as'
                  'sessment.\n'
                  'Findings:\n'
                  'Right breast: normal lactating parenchyma. No collection. BI-RADS 1.\n'
                  "Left breast: 4 o'clock, 3.2 x 2.0 cm thick-walled collection with mobi"
                  'le debris and surrounding oedema, consistent with abscess. BI-RADS 2.\n'
                  'Impression: Left breast abscess, suitable for US-guided aspiration.\n'
                  '\n'
                  "Addendum 05/03/2026: Correction: the abscess is in the patient's LEFT "
                  'breast, not the right as written on the request card. Referrer informe'
                  'd.'),
                 '2 1', id='r4_07'),
    pytest.param(('Eastgate Radiology\n'
                  'BILATERAL DIAGNOSTIC MAMMOGRAM AND RIGHT BREAST ULTRASOUND   12/02/202'
                  '6\n'
                  "Findings: Right breast: 9 mm oval circumscribed mass at 2 o'clock, 4 c"
                  'm FN; simple cyst on ultrasound. Left breast: negative.\n'
                  'Impression: Right BI-RADS 2. Left BI-RADS 1.\n'
                  '\n'
                  'Addendum 13/02/2026: Correction: the cyst is in the right breast at 10'
                  " o'clock, not 2 o'clock."),
                 '1 2', id='r4_08'),
    pytest.param(('Lakeshore Breast Centre\n'
                  'US RIGHT BREAST   08/03/2026\n'
                  "Findings: 12 o'clock: 9 mm simple cyst. 3 o'clock: 4 mm simple cyst.\n"
                  'Conclusion: Benign cysts. BI-RADS 2.\n'
                  '\n'
                  'Addendum 09/03/2026: Correction: the lump is in the left breast as wel'
                  'l, not only the right; left breast ultrasound will be booked.'),
                 '- 2', id='r4_09'),
    pytest.param(('Breast Clinic Letter - Frimley Park Hospital\n'
                  'Dear Dr Osei,\n'
                  'I reviewed Mrs K. Adeyemi (54) in the one-stop clinic today, 14/01/202'
                  '6.\n'
                  'Imaging today: bilateral mammogram and left breast ultrasound. Right b'
                  "reast: normal, BI-RADS 1. Left breast: 14 mm irregular mass at 1 o'clo"
                  'ck, BI-RADS 4C. Core biopsy taken.\n'
                  'I will see her with the results next week.\n'
                  '\n'
                  'Addendum 15/01/2026: Correction: the mass is in the left breast, not t'
                  'he right as stated in my dictated summary to the ward.'),
                 '4C 1', id='r4_10'),
    pytest.param(('Westmead Breast Imaging\n'
                  'LEFT BREAST ULTRASOUND   Date: 24/02/2026\n'
                  'Comparison: ultrasound 03/2024, in which a cyst was described.\n'
                  "Findings: Left 4 o'clock: new 8 x 6 mm oval circumscribed hypoechoic s"
                  'olid mass, parallel, no vascularity.\n'
                  'Impression: New probably benign left breast mass. BI-RADS 3. Follow-up'
                  ' in 6 months.\n'
                  '\n'
                  'Addendum 25/02/2026: Correction: the cyst was in the right breast in 2'
                  '024, not the left; the comparison paragraph is amended accordingly. To'
                  "day's left breast mass is new; assessment unchanged."),
                 '3 -', id='r4_11'),
    pytest.param(('KINGSTON HOSPITAL - RADIOLOGY\n'
                  'US R BREAST (ED request)   06/02/2026 19:15\n'
                  "Findings: 9 o'clock, periareolar: 2.6 cm multiloculated collection wit"
                  'h surrounding hyperaemia, consistent with abscess. BI-RADS 2.\n'
                  '\n'
                  "ADDENDUM 07/02/2026: Correction - the collection is in the patient's l"
                  'eft breast, not the right. The ED request was made on the wrong side.'),
                 '2 -', id='r4_12'),
    pytest.param(('Hôpital Lariboisière - Imagerie (version anglaise)\n'
                  'Right breast ultrasound - 13/03/2026\n'
                  "Findings: 3 o'clock, 12 x 8 mm oval hypoechoic nodule, circumscribed, "
                  'parallel. No vascularity.\n'
                  'Conclusion: BI-RADS 3.\n'
                  '\n'
                  'Addendum 14/03/2026 - Correction : the nodule is in the LEFT breast, n'
                  'ot the right. Error in the side selected at registration.'),
                 '3 -', id='r4_13'),
    pytest.param(('Ashford Breast Unit\n'
                  'LEFT BREAST ULTRASOUND   10/03/2026\n'
                  'Clinical details: R breast lump?\n'
                  "Findings: Left 2 o'clock: 17 x 11 mm oval circumscribed hypoechoic mas"
                  's, parallel, likely fibroadenoma in this 24-year-old.\n'
                  'Conclusion: BI-RADS 3.\n'
                  '\n'
                  'Addendum 10/03/2026: Correction: the lump is in the left breast, not t'
                  'he right as given in the clinical details. Scan performed on the corre'
                  'ct side.'),
                 '3 -', id='r4_14'),
    pytest.param(('Cedar Hills Imaging\n'
                  'BILATERAL DIAGNOSTIC MAMMOGRAM   19/02/2026\n'
                  'History (from referral): lump right breast, 3 weeks.\n'
                  'Correction: the lump is in the left breast, not the right - confirmed '
                  'with the patient at check-in.\n'
                  "Findings: Left breast 3 o'clock palpable area marked: 18 mm oval circu"
                  'mscribed mass, partly obscured. Right breast: scattered fibroglandular'
                  ' density, no abnormality.\n'
                  'Impression: Left breast BI-RADS 0 - ultrasound needed. Right breast BI'
                  '-RADS 1.'),
                 '0 1', id='r4_15'),
    pytest.param(('Breast Imaging - Western General\n'
                  'BILATERAL MAMMOGRAM AND LEFT BREAST ULTRASOUND   27/01/2026\n'
                  "Findings: Mammogram: heterogeneously dense. Left breast 2 o'clock 11 m"
                  'm irregular mass with spiculation; right breast negative.\n'
                  "Ultrasound left 2 o'clock: 11 x 9 mm irregular hypoechoic mass, non-pa"
                  'rallel.\n'
                  'Impression: Left breast BI-RADS 5. Right breast BI-RADS 1. Core biopsy'
                  ' booked.\n'
                  '\n'
                  "Addendum 28/01/2026: Correction: the mass is in the patient's left bre"
                  'ast, not the right as recorded in the triage notes; the triage record '
                  'has been amended.'),
                 '5 1', id='r4_16'),
    pytest.param(('WHO SURGICAL SAFETY CHECKLIST - Theatre 4, Bridgewater\n'
                  'Procedure: Wire-guided wide local excision   Date: 11/03/2026\n'
                  'SIGN IN: identity confirmed; consent; site marked (arrow).\n'
                  'TIME OUT (09:12): team introduced; procedure and site confirmed.\n'
                  'Imaging displayed: yes - US LEFT BREAST 24/02/2026: "12 mm irregular m'
                  'ass at 3 o\'clock, BI-RADS 4C - suspicious."\n'
                  'SIGN OUT: specimen X-ray confirmed wire and lesion.\n'
                  '\n'
                  'AMENDED ENTRY 11/03/2026 14:20 (theatre coordinator): the imaging disp'
                  'layed at Time Out was US RIGHT BREAST 24/02/2026, not left as typed ab'
                  'ove; transcription error, patient and operation site were RIGHT.'),
                 '- 4C', id='r5_01'),
    pytest.param(('Theatre safety checklist (electronic) - Mastectomy\n'
                  'Date of surgery: 02/02/2026   Surgeon: Ms R. Fielding\n'
                  'Time out: completed 08:47. Antibiotic prophylaxis given. Imaging displ'
                  'ayed: MRI RIGHT BREAST 12/01/2026 - "multicentric enhancement upper ou'
                  'ter quadrant, BI-RADS 6 (known ILC)".\n'
                  'Sign out: instrument count correct.\n'
                  '\n'
                  'Corrected entry 02/02/2026 16:05 (scrub lead): the images displayed at'
                  ' the time-out were MRI LEFT BREAST 12/01/2026, not the right; typed fr'
                  'om the wrong line of the list.'),
                 '6 -', id='r5_02'),
    pytest.param(('Surgical Safety Checklist - Day Surgery Unit, Hôpital Général Juif (En'
                  'glish record)\n'
                  'Procedure: excision of breast lesion after localisation   19/02/2026\n'
                  'Time Out: confirmed 13:30. Imaging displayed: yes - MAMMOGRAM LEFT BRE'
                  'AST 05/02/2026 ("grouped fine pleomorphic calcifications, 8 mm, BI-RAD'
                  'S 4B").\n'
                  '\n'
                  'Amended entry 19/02/2026 (circulating nurse): the study displayed at T'
                  'ime Out was MAMMOGRAM RIGHT BREAST 05/02/2026, not the left as entered'
                  '; the procedure was on the right.'),
                 '- 4B', id='r5_03'),
    pytest.param(('Pre-incision checklist - Theatre 2\n'
                  'Operation: US-guided hookwire localisation and excision   Date 26/02/2'
                  '026\n'
                  'TIMEOUT: done 10:05. Imaging displayed: US RIGHT BREAST 12/02/2026 - B'
                  "I-RADS 4A (13 mm mass, 10 o'clock).\n"
                  'Marking: skin mark checked.\n'
                  '\n'
                  'AMENDMENT 26/02/2026 15:10: the scan displayed at timeout is US LEFT B'
                  'REAST 12/02/2026, not the right as recorded above.'),
                 '4A -', id='r5_04'),
    pytest.param(('THEATRE RECORD - SURGICAL SAFETY CHECKLIST\n'
                  'Procedure: excision biopsy, breast lump   Date: 04/03/2026\n'
                  'Time Out: 11:40. Imaging displayed - US LEFT BREAST 20/02/2026: "18 mm'
                  " oval mass 2 o'clock, probably fibroadenoma, BI-RADS 3; excision at pa"
                  'tient\'s request."\n'
                  '\n'
                  'ADDENDUM (04/03/2026, anaesthetist): the imaging displayed at Time Out'
                  ' was ULTRASOUND RIGHT BREAST 20/02/2026, not LEFT as entered by me.'),
                 '- 3', id='r5_05'),
    pytest.param(('Surgical Safety Checklist - Breast Unit Theatre\n'
                  'Procedure: left breast wide local excision   Date: 09/02/2026\n'
                  'Time Out: confirmed 08:55. Imaging displayed: yes - US LEFT BREAST 27/'
                  '01/2026 ("BI-RADS 4C, 15 mm mass at 4 o\'clock").\n'
                  '\n'
                  'AMENDED ENTRY 09/02/2026 12:30: the imaging requested on the theatre l'
                  'ist was US RIGHT BREAST, not left - list corrected; the imaging displa'
                  'yed and the operation were LEFT, as recorded.'),
                 '4C -', id='r5_06'),
    pytest.param(('Surgical Safety Checklist - Theatre 6\n'
                  'Procedure: left breast wire-guided excision   Date: 16/02/2026\n'
                  'Time Out: 09:30. Imaging displayed: yes - US LEFT BREAST 02/02/2026 ("'
                  '10 mm irregular mass at 1 o\'clock, BI-RADS 4B").\n'
                  '\n'
                  'AMENDED ENTRY 16/02/2026 11:15 (theatre lead): at Time Out the imaging'
                  ' displayed was US RIGHT BREAST 02/02/2026, not left, because an older '
                  'right breast study of this patient had been opened in error; the time '
                  'out was paused, the correct LEFT study was displayed and confirmed bef'
                  'ore incision. Datix submitted.'),
                 '4B -', id='r5_07'),
    pytest.param(('Checklist - Day Case Theatre\n'
                  'Procedure: breast lump excision   Date: 23/01/2026\n'
                  'Time out: done. Imaging displayed: US LEFT BREAST 15/01/2026 - "BI-RAD'
                  'S 4A, 9 mm oval mass with indistinct margin".\n'
                  '\n'
                  'Amended entry (23/01/2026): the imaging displayed at time out was US R'
                  'IGHT BREAST 15/01/2026 (side typed incorrectly above).'),
                 '- 4A', id='r5_08',
                 marks=pytest.mark.xfail(strict=True, reason=("review r5_08 (R5): read '4A -'; no side retracted "
                                                          "('side typed incorrectly above'): the guide's rule"
                                                          " moves nothing without 'not <side>'"))),
    pytest.param(('Surgical Safety Checklist - Breast Theatre, Royal Bournemouth\n'
                  'Procedure: left mastectomy and SLNB   Date: 03/03/2026\n'
                  'Time Out 08:40 completed. Imaging displayed: MRI LEFT BREAST 10/02/202'
                  '6 - "BI-RADS 6, 45 mm NME".\n'
                  '\n'
                  'AMENDED ENTRY 03/03/2026 13:00: the imaging displayed at Time Out was '
                  'US LEFT BREAST 14/02/2026, not the MRI as typed above; the MRI report '
                  'is unchanged.'),
                 '6 -', id='r5_09'),
    pytest.param(('Theatre Safety Checklist - Theatre 3\n'
                  'Procedure: right breast wide local excision   Date: 12/03/2026\n'
                  'Time Out 14:10. Imaging displayed: yes - US RIGHT BREAST 26/02/2026 ("'
                  'BI-RADS 4C, 14 mm mass at 9 o\'clock").\n'
                  '\n'
                  'AMENDED ENTRY 12/03/2026 17:30: the imaging displayed at Time Out for '
                  'the previous patient was US LEFT BREAST, not right; entry moved to tha'
                  "t patient's record."),
                 '- 4C', id='r5_10'),
    pytest.param(('Operating Theatre Checklist (Localisation + Excision)   Date: 05/02/20'
                  '26\n'
                  'Sign In: done. Time Out: done 12:02. Imaging displayed: MG LEFT BREAST'
                  ' 22/01/2026 (magnification views) - "BI-RADS 4B, 7 mm cluster of fine '
                  'pleomorphic calcifications".\n'
                  'Sign Out: specimen radiograph shows the clip and calcifications.\n'
                  '\n'
                  'Corrected entry 05/02/2026: the images displayed at Time Out were MG R'
                  'IGHT BREAST 22/01/2026, not left - typing slip; laterality of the oper'
                  'ation (RIGHT) was correct on all other fields.'),
                 '- 4B', id='r5_11'),
    pytest.param(('Surgical Safety Checklist - Theatre 1\n'
                  'Procedure: left breast excision after seed localisation   Date: 20/01/'
                  '2026\n'
                  'Time Out 10:20. Imaging displayed: yes - US LEFT BREAST 08/01/2026 ("B'
                  'I-RADS 4A, 8 mm mass, 2 o\'clock").\n'
                  '\n'
                  'AMENDED ENTRY 20/01/2026: time of Time Out corrected to 10:25. The ima'
                  'ging displayed at Time Out was US LEFT BREAST 08/01/2026, not the righ'
                  't as listed on the whiteboard.'),
                 '4A -', id='r5_12'),
    pytest.param(('Safety checklist - Breast Surgery (Hospital Universiti Sains Malaysia,'
                  ' English record)\n'
                  'Procedure: excision of breast fibroadenoma   Date: 07/03/2026\n'
                  'Time Out: 09:00. Imaging displayed: US LEFT BREAST 21/02/2026 - "22 mm'
                  ' oval mass, 3 o\'clock, BI-RADS 3 (excision requested)".\n'
                  '\n'
                  'Addendum 07/03/2026 11:00 (HO): the study displayed at the Time Out wa'
                  's US right breast 21/02/2026, not the left as written; consent form an'
                  'd marking were right.'),
                 '- 3', id='r5_13'),
    pytest.param(('Surgical Safety Checklist - Theatre 8\n'
                  'Procedure: wide local excision + SLNB   Date: 25/02/2026\n'
                  'Time Out: 13:05. Imaging displayed: yes - US LEFT BREAST 10/02/2026 ("'
                  '19 mm irregular mass at 11 o\'clock, BI-RADS 4C").\n'
                  '\n'
                  'AMENDED ENTRY 25/02/2026 16:40: the imaging displayed at Time Out was '
                  'US RIGHT BREAST 10/02/2026; left was typed above in error.'),
                 '- 4C', id='r5_14',
                 marks=pytest.mark.xfail(strict=True, reason=("review r5_14 (R5): read '4C -'; the retraction sta"
                                                          "nds past the semicolon ('; left was typed above in"
                                                          " error'): out of the guide's rule by design"))),
    pytest.param(('Surgical Safety Checklist - Ambulatory Breast Theatre\n'
                  'Procedure: vacuum excision under US guidance   Date: 18/02/2026\n'
                  'Time Out 07:55 completed. Imaging displayed: US RIGHT BREAST 04/02/202'
                  '6 - "BI-RADS 4B, 6 mm intraductal mass, 12 o\'clock".\n'
                  '\n'
                  'Amended entry 18/02/2026 (recovery nurse): the image displayed at time'
                  '-out was US LEFT BREAST 04/02/2026, not the right; the right was typed'
                  ' in error.'),
                 '4B -', id='r5_15'),
    pytest.param(('Breast MDT outcome - Northwick Park   04/03/2026\n'
                  'Patient: 41F, 12-month follow-up of biopsied left breast lesion.\n'
                  'Imaging reviewed: US LEFT BREAST 02/2025 ("BI-RADS 4B; core biopsy: fi'
                  'broadenoma, phyllodes excluded") - concordant.\n'
                  "Today: US left breast: the 2 o'clock mass 14 mm, unchanged; no new les"
                  'ion. BI-RADS 2.\n'
                  'Outcome: discharge to routine screening.'),
                 '2 -', id='r6_01'),
    pytest.param(('Sunnybrook Breast Imaging - Radiographer worksheet and report\n'
                  'Exam: US RIGHT BREAST, targeted   Date: 19/02/2026\n'
                  'Technologist comment: PACS auto-loaded ULTRASOUND RIGHT BREAST 2023 "B'
                  'I-RADS 4A, biopsy advised" as the hanging prior; that lesion was biops'
                  'ied (fibroadenoma).\n'
                  "Findings: right 8 o'clock biopsy-site clip within a 9 mm oval circumsc"
                  'ribed mass, unchanged. No new lesion.\n'
                  'Impression: Benign. BI-RADS 2.'),
                 '- 2', id='r6_02'),
    pytest.param(('Diagnostic Mammography Report - Hamad General Hospital (English)\n'
                  'Exam: Left diagnostic mammogram   Date: 16/01/2026\n'
                  'Findings: Compared with MAMMOGRAM LEFT BREAST 2022 ("BI-RADS 5; 19 mm '
                  'spiculated mass; core IDC"), the pre-operative study, there is expecte'
                  'd post-lumpectomy architectural distortion with fat necrosis, stable s'
                  'ince 2023. No suspicious mass or calcifications.\n'
                  'Impression: Benign post-treatment findings. BI-RADS 2.'),
                 '2 -', id='r6_03'),
    pytest.param(('Surgical safety checklist - Theatre 5, Hôpital Cantonal (English recor'
                  'd)\n'
                  'Procedure: right breast excision of enlarging fibroadenoma   Date: 03/'
                  '02/2026\n'
                  'Sign in: done. PACS first opened US RIGHT BREAST 09/2024 (“BI-RADS 4A;'
                  ' core: fibroadenoma”) - the diagnostic study, closed by the surgeon.\n'
                  'Imaging displayed at Time Out: US RIGHT BREAST 20/01/2026 - "enlarging'
                  ' 24 mm oval mass, BI-RADS 3; excision requested."'),
                 '- 3', id='r6_04'),
    pytest.param(('Breast Ultrasound - Kaiser Permanente Oakland\n'
                  'LEFT BREAST ULTRASOUND, FOLLOW-UP   Date: 02/24/2026\n'
                  'She had ultrasound left breast 08/2025 ("BI-RADS 3, 6 mm complicated c'
                  'yst at 1 o\'clock") and returns for the 6-month study.\n'
                  "Findings: At 1 o'clock, 3 cm from the nipple, the cyst now measures 4 "
                  'mm and is simple.\n'
                  'Impression: Benign. BI-RADS 2.'),
                 '2 -', id='r6_05'),
    pytest.param(('WHO checklist - Theatre 2   Date: 10/03/2026\n'
                  'Procedure: right breast wire-guided excision\n'
                  'Time Out: completed 13:15. Imaging displayed: US RIGHT BREAST 01/2026 '
                  '("BI-RADS 4B; 11 mm mass at 11 o\'clock; core: papilloma with atypia") '
                  '- confirmed by the surgeon.\n'
                  'Sign Out: specimen radiograph - wire and clip present.'),
                 '- 4B', id='r6_06'),
    pytest.param(('Breast Ultrasound Report - Mount Sinai West\n'
                  'RIGHT BREAST ULTRASOUND   Date: 01/14/2026\n'
                  'US RIGHT BREAST 06/2025: "BI-RADS 4A, 8 mm mass 10 o\'clock; biopsy rec'
                  'ommended - patient declined."\n'
                  "Findings: Right 10 o'clock, 4 cm FN: 8 x 5 mm oval circumscribed mass,"
                  ' unchanged over 7 months.\n'
                  'Impression: Probably benign. BI-RADS 3. Follow-up in 6 months.'),
                 '- 3', id='r6_07',
                 marks=pytest.mark.xfail(strict=True, reason=("review r6_07 (R6): read '- 4A'; a colon between th"
                                                          'e title and the quote: the guide keeps that catego'
                                                          'ry read, by design'))),
    pytest.param(('Breast Ultrasound - Aga Khan University Hospital\n'
                  'LEFT BREAST ULTRASOUND   17/02/2026\n'
                  'Findings: Compared with US LEFT BREAST 10/2024 ("complicated cyst 7 mm'
                  ' at 4 o\'clock, BI-RADS 4A - aspiration offered, declined"), the cyst i'
                  's now simple and measures 5 mm, BI-RADS 2.\n'
                  'Impression: Benign cyst.'),
                 '2 -', id='r6_08'),
    pytest.param(('Pre-operative assessment - Breast Surgery, Tallaght\n'
                  'Date: 08/01/2026\n'
                  'Current imaging: US LEFT BREAST 12/2025 ("BI-RADS 5; 21 mm irregular m'
                  'ass at 2 o\'clock; core: IDC grade 3")\n'
                  'Plan: left WLE + SLNB on 22/01/2026. Anaesthetic review: fit.'),
                 '5 -', id='r6_09'),
    pytest.param(('Pre-operative assessment - Breast Surgery, Beaumont\n'
                  'Date: 06/01/2026\n'
                  'Diagnostic imaging: MAMMOGRAM RIGHT BREAST 12/2025 ("BI-RADS 5; 24 mm '
                  'spiculated mass at 10 o\'clock")\n'
                  'Core biopsy (12/2025): invasive ductal carcinoma, grade 2.\n'
                  'Plan: right WLE + SLNB, 20/01/2026.'),
                 '- 5', id='r6_10'),
    pytest.param(('Follow-up Breast Ultrasound - Groote Schuur Hospital\n'
                  'RIGHT BREAST ULTRASOUND   Date: 12/02/2026\n'
                  'Findings: The 11 o\'clock mass (US RT BREAST 08/2025 ("BI-RADS 4A; core'
                  ' biopsy: fibroadenoma, concordant")) measures 12 x 7 mm, unchanged.\n'
                  'Impression: Biopsy-proven fibroadenoma, stable. BI-RADS 2.'),
                 '- 2', id='r6_11',
                 marks=pytest.mark.xfail(strict=True, reason=("review r6_11 (R6): read '- 4A'; the side abbreviat"
                                                          "ed 'RT' in the title: the titled form names 'left'"
                                                          " / 'right' in full"))),
    pytest.param(('Post-operative Mammogram - Royal Marsden\n'
                  'LEFT DIAGNOSTIC MAMMOGRAM   Date: 26/01/2026\n'
                  'Findings: The lumpectomy site (MRI LEFT BREAST 2024 "BI-RADS 6, 23 mm '
                  'index mass, known IDC") shows expected post-surgical distortion with a'
                  ' small oil cyst. No suspicious calcifications or mass.\n'
                  'Impression: Post-surgical changes. BI-RADS 2.'),
                 '2 -', id='r6_12'),
    pytest.param(('Breast Imaging - Sir Run Run Shaw Hospital (English report)\n'
                  'RIGHT BREAST ULTRASOUND   Date: 05/02/2026\n'
                  "Findings: The 7 o'clock lesion (US RIGHT BREAST 11/2024, report on fil"
                  'e: "BI-RADS 4A; biopsy: fibroadenoma") is unchanged at 10 mm.\n'
                  'Impression: BI-RADS 2.'),
                 '- 2', id='r6_13',
                 marks=pytest.mark.xfail(strict=True, reason=("review r6_13 (R6): read '- 4A'; words and a colon "
                                                          "before the quote in the aside ('report on file:'):"
                                                          ' the guide keeps that category read, by design'))),
    pytest.param(('Breast Imaging Follow-up - Manipal Hospital, Bengaluru\n'
                  'BILATERAL BREAST ULTRASOUND   Date: 09/03/2026\n'
                  'Priors on PACS: US RIGHT BREAST 03/2025 ("BI-RADS 4A; core: fibroadeno'
                  'ma") and US LEFT BREAST 09/2025 ("BI-RADS 3; 5 mm oval mass").\n'
                  "Findings: Right 9 o'clock biopsied fibroadenoma 11 mm, unchanged. Left"
                  " 3 o'clock oval mass 5 mm, unchanged at 6 months.\n"
                  'Impression: Right BI-RADS 2. Left BI-RADS 3, follow-up in 6 months.'),
                 '3 2', id='r6_14'),
    pytest.param(('Breast Clinic - Triage note\n'
                  'Reason: GP referral, left breast lump.\n'
                  'Imaging: US LEFT BREAST 2026 ("BI-RADS 4C; 15 mm irregular mass") - pe'
                  'rformed at the community hub last week.\n'
                  'Action: urgent core biopsy booked.'),
                 '4C -', id='r6_15'),
    pytest.param(('Assessment Clinic Report - BreastScreen Victoria, Monash\n'
                  'Right breast assessment: spot compression views and ultrasound   Date:'
                  ' 18/02/2026\n'
                  'Recalled from MAMMOGRAM RIGHT BREAST 11/2025 ("BI-RADS 0; 9 mm asymmet'
                  'ry right upper outer quadrant, recall").\n'
                  'Spot compression: the asymmetry disperses; normal fibroglandular tissu'
                  'e. Ultrasound right upper outer quadrant: no mass.\n'
                  'Final assessment: BI-RADS 1 - normal; return to biennial screening.'),
                 '- 1', id='r6_16'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL\n'
                  'Date: 03/02/2026\n'
                  'History: 52-year-old, annual screening. No complaints.\n'
                  'Comparison: 01/2025, 12/2023.\n'
                  'Technique: Standard CC and MLO views with tomosynthesis.\n'
                  'Findings: The breasts are scattered areas of fibroglandular density. N'
                  'o suspicious masses, calcifications or architectural distortion.\n'
                  'Impression: Negative. BI-RADS 1. Routine annual screening.'),
                 '1 1', id='o_01'),
    pytest.param(('LEFT BREAST ULTRASOUND\n'
                  "Indication: 44F, palpable lump left breast 2 o'clock.\n"
                  "Findings: At the site of palpable concern, 2 o'clock 5 cm from the nip"
                  'ple, there is a 16 x 12 x 10 mm anechoic circumscribed mass with poste'
                  'rior acoustic enhancement, consistent with a simple cyst.\n'
                  'Impression: Simple cyst corresponding to the palpable finding. BI-RADS'
                  ' 2: Benign.'),
                 '2 -', id='o_02'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM AND ULTRASOUND, RIGHT BREAST\n'
                  'Date of exam: 01/22/2026\n'
                  'History: 57-year-old with new right breast mass on self-exam.\n'
                  'Mammogram: Heterogeneously dense. 11 mm oval mass right upper outer qu'
                  'adrant with partially indistinct margins.\n'
                  "Ultrasound: Right 10 o'clock, 6 cm FN: 11 x 8 x 9 mm oval hypoechoic m"
                  'ass, indistinct margin, no posterior features.\n'
                  'IMPRESSION: Suspicious right breast mass. BI-RADS 4A: Low suspicion fo'
                  'r malignancy. Ultrasound-guided core biopsy recommended and scheduled.'),
                 '- 4A', id='o_03'),
    pytest.param(('BILATERAL DIAGNOSTIC MAMMOGRAM\n'
                  'Date: 15/01/2026   Comparison: 07/2025\n'
                  'Findings: Right breast: stable group of punctate calcifications at 12 '
                  "o'clock, 6 months of stability. Left breast: no suspicious findings.\n"
                  'Assessment: Right breast BI-RADS 3 - probably benign, continue short-i'
                  'nterval follow-up to 12 months. Left breast BI-RADS 1 - negative.'),
                 '1 3', id='o_04'),
    pytest.param(('Breast Ultrasound - Royal Sussex County Hospital\n'
                  'Left breast ultrasound   10/02/2026\n'
                  'Clinical: 36F, lump left breast, 3 weeks.\n'
                  "Findings: Left 3 o'clock: 19 x 11 mm oval, well-defined, parallel, hyp"
                  'oechoic solid lesion with a thin echogenic capsule. No axillary abnorm'
                  'ality.\n'
                  'Conclusion: Probable fibroadenoma. U3. BI-RADS equivalent: 3. Core bio'
                  "psy performed (14G x 2) at the patient's request."),
                 '3 -', id='o_05'),
    pytest.param(('BREAST MRI WITH AND WITHOUT CONTRAST - HIGH-RISK SCREENING\n'
                  'Date: 05/03/2026\n'
                  'Indication: BRCA1 carrier, annual MRI.\n'
                  'Comparison: MRI 03/2025.\n'
                  'Findings: Minimal background parenchymal enhancement, symmetric. No su'
                  'spicious mass or non-mass enhancement in either breast. No abnormal ax'
                  'illary lymph nodes.\n'
                  'Impression: No MRI evidence of malignancy. BI-RADS 1: Negative, both b'
                  'reasts. Continue annual MRI alternating with mammography.'),
                 '1 1', id='o_06'),
    pytest.param(('DIAGNOSTIC MAMMOGRAM, BILATERAL - POST-TREATMENT SURVEILLANCE\n'
                  'Date: 12/01/2026\n'
                  'History: Left lumpectomy and radiation 2023 for IDC.\n'
                  'Findings: Left breast: post-surgical architectural distortion and skin'
                  ' thickening at the lumpectomy site, stable; dystrophic calcifications.'
                  ' Right breast: no suspicious findings.\n'
                  'Impression: Stable post-treatment changes left breast. No evidence of '
                  'malignancy. BI-RADS 2: Benign.'),
                 '2 2', id='o_07'),
    pytest.param(('RIGHT BREAST ULTRASOUND   Date: 09/02/2026\n'
                  "Findings: 9 o'clock, 4 cm FN: 7 x 5 mm oval circumscribed hypoechoic m"
                  'ass, parallel.\n'
                  'Impression: Probably benign, BI-RADS 3. Recommend 6-month follow-up.\n'
                  '\n'
                  'ADDENDUM 11/02/2026: Outside prior ultrasound from 2022 received. The '
                  'mass is unchanged in size and appearance for over 3 years. Assessment '
                  'revised to BI-RADS 2: Benign. Routine screening.'),
                 '- 2', id='o_08'),
    pytest.param(('SCREENING MAMMOGRAM, BILATERAL WITH TOMOSYNTHESIS\n'
                  'Date: 26/01/2026\n'
                  'Findings: The breasts are heterogeneously dense, which may obscure sma'
                  'll masses. New 7 mm focal asymmetry in the left breast, upper outer qu'
                  'adrant, posterior depth, seen on the MLO view only. Right breast: no s'
                  'uspicious finding.\n'
                  'Impression: Left breast: incomplete, additional imaging evaluation nee'
                  'ded. BI-RADS 0. Right breast: BI-RADS 1.'),
                 '0 1', id='o_09'),
    pytest.param(('Diagnostic Mammogram and Ultrasound - Left\n'
                  'Date: 02/12/2026\n'
                  "Findings: Left breast 2 o'clock: 23 mm irregular spiculated high-densi"
                  'ty mass with associated fine linear branching calcifications. Ultrasou'
                  'nd: 22 x 18 mm irregular, non-parallel hypoechoic mass with angular ma'
                  'rgins and posterior shadowing. One left axillary node with 5 mm cortic'
                  'al thickening.\n'
                  'Impression: Highly suggestive of malignancy. BI-RADS 5. US-guided core'
                  ' biopsy of the mass and FNA of the axillary node recommended.'),
                 '5 -', id='o_10'),
    pytest.param(('BILATERAL MAMMOGRAPHY AND BREAST ULTRASOUND\n'
                  'Date: 19/02/2026\n'
                  'History: 49F, screening, dense breasts.\n'
                  'Mammography: Extremely dense. No mass or suspicious calcification. Mam'
                  'mography alone: BI-RADS 0 due to density.\n'
                  'Ultrasound: Scattered simple cysts both breasts up to 6 mm. No solid m'
                  'ass.\n'
                  'Combined conclusion (mammography + ultrasound): right 2, left 2.'),
                 '2 2', id='o_11'),
    pytest.param(('BREAST MRI - EXTENT OF DISEASE\n'
                  'Date: 14/01/2026\n'
                  'Indication: Newly diagnosed right breast IDC (core biopsy 01/2026), st'
                  'aging.\n'
                  "Findings: Right breast 10 o'clock: 26 mm irregular enhancing mass corr"
                  'esponding to the biopsy-proven carcinoma with clip artifact. No additi'
                  'onal suspicious enhancement in either breast. Left breast: minimal bac'
                  'kground enhancement, no suspicious findings.\n'
                  'Impression: Right breast: Known biopsy-proven malignancy, BI-RADS 6. L'
                  'eft breast: Negative, BI-RADS 1.'),
                 '1 6', id='o_12'),
    pytest.param(('US L breast 3/3/26 - Dr J. Park, Breast Imaging, Valley Medical\n'
                  'Hx: 33F, L breast pain 2/52, cyclical, no lump. No FHx.\n'
                  'L 1-3:00 (area of pain) normal FG tissue, no mass, no cyst, no duct ec'
                  'tasia. L axilla normal.\n'
                  'Imp: normal. BIRADS 1 L. Reassure, GP f/u.'),
                 '1 -', id='o_13'),
    pytest.param(('ULTRASOUND-GUIDED CYST ASPIRATION, LEFT BREAST\n'
                  'Date: 06/03/2026\n'
                  "Indication: Symptomatic 24 mm cyst left 11 o'clock (BI-RADS 2 on 02/20"
                  '26 ultrasound), patient requests aspiration.\n'
                  'Procedure: Under ultrasound guidance with local anaesthetic a 21G need'
                  'le was advanced into the cyst; 9 ml of straw-coloured fluid aspirated;'
                  ' complete collapse. Fluid discarded.\n'
                  'Impression: Successful aspiration. BI-RADS 2.'),
                 '2 -', id='o_14'),
    pytest.param(('复旦大学附属肿瘤医院 - 放射诊断科 (英文译本 / English translation)\n'
                  '双侧乳腺超声 [Bilateral breast ultrasound]   2026-02-11\n'
                  '病史 History: 46岁，体检。\n'
                  '所见 Findings: 双乳腺体结构紊乱，未见明确肿块。右乳10点钟见无回声结节，大小4 x 3 mm，边界清。\n'
                  '诊断 Conclusion: 右乳囊肿，BI-RADS 2类；左乳 BI-RADS 1类。'),
                 '1 2', id='o_15'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_text_reads_as_labelled(text: str, expected: str) -> None:
    assert birads_codes(text) == expected
