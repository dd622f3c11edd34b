"""BI-RADS per breast from radiology report text, and the radiology stage function.

The structured ``birads_left`` / ``birads_right`` fields win; the text decides only when a
field is empty. Recognised assessment statements (case-insensitive)::

    BI-RADS category 4        BIRADS: 2            BI-RADS(R) 4A         BI-RADS 1 bilaterally
    Assessment: benign        ASSESSMENT: 3 - probably benign           Category 4B: moderate suspicion
    Left breast: BI-RADS 2.   RIGHT: BI-RADS 4C    BI-RADS equivalent: 4B    Bi-Rads: L4a    BIRADS 3 R
    impression ... birads four a (dictated)        Bilat US: R 4C (...); L 2 (...) (terse, no keyword)
    BI-RADS: R2 L2            BIRADS 6 R (known ca), 2 L (cysts)      BI-RADS CATEGORY: IV-C
    by rads four b / biraids five / birads for c (dictated only)      assessment is revised to probably benign

Words map to the BI-RADS lexicon's categories: incomplete / needs additional imaging -> 0,
negative -> 1, benign -> 2, probably benign -> 3, suspicious -> 4 (low / moderate / high
suspicion -> 4A / 4B / 4C), highly suggestive of malignancy -> 5, known biopsy-proven
malignancy -> 6. UK U1-U5 / M1-M5 scores are not BI-RADS categories and are never read.

Rules (docs/labelling_guide.md, R1-R7 and its further conventions):

* **Checkbox forms**: only a ticked box's category is an assessment ("[X] 4B" in a grid of
  category boxes); unticked options are blanked before reading, and a "Key:" / "Legend:" section or
  a category followed by "=" defines the categories, it does not assess.
* **Per-side blocks**: side lines under a BI-RADS / assessment heading of their own ("FINAL BI-RADS BY
  SIDE" over "RIGHT: 4A (driven by lesion 1)") give each side its category; a "Lesion BI-RADS" table
  column header never reads the number that starts the row below it.
* **Coded fields** of a RIS export: "ASSESSMENT_R=4A", "BIRADS_LEFT=2" give the side their key names,
  "ASSESSMENT_OVERALL=1" the exam's sides; blank / "N/A" values, free-text ("ASSESSMENT_TEXT=") and
  prior ("PRIOR_ASSESSMENT_R=") fields never count; "INDICATION=" / "COMPARISON=" fields are history.
* **House layouts** (radiology b7 / b8): Chinese text through :func:`nlp.layout.cjk_view` (左 / 右 / 双
  are side words, "4a类" is 4A); Latin "D - 2, S - 3" lists; "( ) / (X)" tick boxes and ticked category
  words; AI / CAD suggestions and ``AI_SUGGESTED_*`` fields never count, ``FINAL_BIRADS_L`` does; a
  DICOM SR laterality modifier gives the item above it its side ("Right and left": the whole exam);
  a double-reading record's consensus / arbitration / final block decides over the readers' rows;
  "Final: R: 4B / L: -" lists on their heading's line; terse "Cat. 4B." and "R - 0,".
* **Translated and foreign-language reports** (radiology b9 / b10) through :func:`nlp.layout.translated_view`:
  Spanish ("mama derecha", "MD:" / "MI:", "Conclusión", "Probablemente benigno"), German side words
  ("rechts", "BI-RADS re. 5, li. 1") and a translation's original heading in square brackets
  ("Conclusion [Konklusion]:"); "Classification (BI-RADS): right 1 - left 1"; "BI-RADS: 6 (left), 2 (right)".
* **House layouts** (radiology b11 / b12): a RIS field sheet's dotted leaders through
  :func:`nlp.layout.leader_view` ("BI-RADS RT....: 4A", "BI-RADS (Overall)...: 1", "Assessment (LT)...: (X) 4";
  "Prior BI-RADS" / "Last exam result" fields are history); bilingual values holding the category are kept
  whole; tick grids with plain category-number columns; "Assessment category (BI-RADS equivalent): R 3";
  a billing record's "MEDICAL NECESSITY" and a letter's "Thank you for referring ..." paragraph are history;
  a sentence wrapped onto the next line keeps the side named before the wrap.
* **EHR notes** with a pasted result: a "Health Maintenance:" list and a "Previous Result" block are
  history; the pasted result's title line in capitals ("US BREAST LEFT LIMITED") names the exam's sides.
* **Category words after a side** in an impression / assessment ("Right breast: Negative.",
  "ASSESSMENT (left breast): Benign.") give that side the word's category.
* **Radiology b15 / b16**: a first-language side glossed in English in the statement through
  :func:`nlp.layout.side_gloss_view` ("BI-RADS vpravo (right) 1", "BI-RADS (jobb / right): 3"); "BI-RADS ACR 3";
  "BIRADS is revised to 4a" revises; a chain of side / category-name clauses on one line; "Classification:
  Probably benign"; "birads for c" outside dictation; a "CONSENSUS / FINAL" block of side lines; a heading kept
  in its original language with the English one in brackets through :func:`nlp.layout.english_heading_view`.
* **Radiology b17 / b18**: FHIR DiagnosticReport JSON through :func:`nlp.layout.fhir_view`; Latin sides of an
  Indonesian "USG Mammae" report ("mammae dextra / sinistra"); a JABTS category never labels, "BI-RADS
  (reference): R 2 / L 2" and "R BI-RADS 4A" do; "BI-RADS right - 5"; a category taken back aloud ("no wait,
  scratch that"); an outside report quoted in the history; a laterality correction's unsided category; "Cat 1
  bilat."; a dictated "Comparison," line.
* **Radiology b19 / b20**: "BI-RADS: Right breast (III), Left breast (II)" (side words with Roman or bracketed
  categories); a dated "N.B." note revises like an addendum; a bare "scratch that" or a spoken "correction"; an
  overall assessment over a category line per side; an Australian synoptic (RANZCR) category never labels;
  "reclassified as" revises; "should read X instead of Y" takes Y's side; "reported as U2 / BI-RADS 2" quotes
  today's report; "classified this as" takes the side of the sentence before; a Korean "-> C3"; "BI-RADS
  equivalent (left, <remark>): 4B"; a year on the editor-wrapped line above dates a category.
* **Radiology b21 / b22**: a chart printout's "BI-RADS Category" block ("Overall:" over side lines) and its
  addendum printed above the "ORIGINAL REPORT:" it revises; "Breast history:" / "Screening history:" are history;
  "FINAL (consensus): R 2 / L 1"; "Assessment categories (BI-RADS):" side lines; "BIRADS: Rt. breast - 2 / Lt.
  breast - 4b"; a corrigendum ("read LEFT breast as RIGHT"); a translated heading glossed "[SUPPLEMENTARY ...]"
  opens an addendum; an OCR'd text through :func:`nlp.layout.ocr_view` and
  :func:`nlp.layout.ocr_keyword_view` ("Bl-RADS 2", "BI-RAD5 5").
* **Radiology b25 / b26**: an MDT summary sheet's "IMAGING - PREVIOUS (...):" block is history, a table row's leading
  date is its exam's own, and "R: BI-RADS 1   L: BI-RADS 5" cells each take their letter; a UK clinic form's
  "Presenting complaint:" is history and "BI-RADS equivalent (unit audit): R 1 / L 5" gives each side; a printout's
  "EXAMS:" rows ("MAM DIAG LT W TOMO") name the exam's sides; a "<< ADDENDUM >>" banner opens an addendum; "BI-RADS:
  left breast 6; right breast 2"; a bracketed "[Combined diagnostic impression (MG + US)]" outranks the mammographic one;
  "The BIRADS of the left breast is revised to 2" revises the side it names; "R U4 (BI-RADS equivalent 4B)" is R; a
  terse "R - 0, needs US." line is read beside keyword statements too; on a bilateral exam a benign / negative
  category in an impression sentence of its own is the exam's ("Post-biopsy changes right breast. ... BI-RADS 2.").
* **Radiology b13** (the rest of it): "BI-RADS: D - 3." alone; "ADDITION TO THE PROTOCOL" is an addendum; "Categoria
  BI-RADS:" over ticked side lines ("direita — (X) 1"); "BI-RADS de l'ACR : 4c"; a quoted "leia-se 'Categoria 5'"; a
  "CLASSIFICAÇÃO FINAL" outranks the "Classificação mamográfica isolada"; a pipe table with a column per side and a
  "BI-RADS category" row.
* **Radiology b27 / b28**: a preliminary reading (a sonographer's worksheet, a resident's preliminary report) above the
  final report's heading is replaced by it; both breasts named with an exam recommended after the category ("mammography
  of both breasts") are the exam's; "Categoría BI-RADS: mama izquierda 6; mama derecha 1" and "1. MD:" items; a modality
  category stated as what it "would be classified"; "BI-RADS equivalents: R1, L2"; a take-back's bare new category
  ("actually no, make that four B"); speech recognition's "to" / "won" (2 / 1); a German "Nachtrag" is an addendum.
* **Radiology b29 / b30**: Croatian side words ("Desna dojka:", "BI-RADS 3 desno") through the translated view; a side word
  after a category is that category's ("BI-RADS 3 right, BI-RADS 2 left"); a rule line between "END OF ADDENDUM" and
  "ORIGINAL REPORT:"; a printout row's description cell ("MAM DX BILAT W TOMO") is the exam's title; a second-read
  record's outside interpretation is history and its "FINAL (attending): L 0 - Incomplete" replaces the trainee's
  preliminary read; "ASSESSMENT:" over "Negative, right breast." lines; "Impression: Highly suggestive of malignancy."
  alone (not beside UK scores); "was read as" dates; "Right breast: solid nodule ..., probably benign finding (...)".
* **Radiology b42**: a screening programme's final-result row in a table with a column per side ("| Final result |
  BI-RADS ACR 1 | 3 |", the French "Résultat final") and its "Résultat final de l'épisode" heading over side lines replace
  the reading steps above them; a spoken "impression" mid-line; "The assessment of the left breast is changed to benign";
  a per-side list after a long aside with its gloss; a side line's category name with a bracketed gloss after it.
* **Radiology b47**: a screening record's reading-step rows with a cell per side ("READER_1 : RD-07   R: 0   L: 1", a
  "STEP  READER  SIDE  CAT" table): its last consensus / arbitration / final row with a category decides each side; a
  category key ends at the rule line under it.
* **Radiology b49**: a cancer registry's text abstract: an exam title dated "(01/2026, THIS FACILITY):" is an earlier
  exam, "THE ULTRASOUND DESCRIBED ABOVE WAS PERFORMED ON THE RIGHT BREAST" corrects the side, "IMPRESSION PER RPT:" heads
  side clauses; a transcript under a typed header in capitals; a correction's item named on the line above; a side
  line's first-language category name wrapped before its gloss.
* **Radiology b84**: side lines giving their category after a blank ("Right 4A (...)") under a "BI-RADS per breast:"
  heading, also below an overall assessment; a side's finding in a sentence of its own before the category's name
  ("RIGHT BREAST: 38 MM MASS 10:00. HIGHLY SUGGESTIVE OF MALIGNANCY."); a run-in "Conclusion:" in title case inside
  a report quoted on its line.
* **Radiology b85**: a combined conclusion whose aside names the exams in the report's own language ("(mamografia +
  ecografia)"), its Portuguese side words glossed; the side a laterality correction retracts ("performed on the LEFT
  breast, not the right") is no side of the category the addendum restates after it.
* **Radiology b87**: a RIS printout's glossed side rows under a glossed heading ("CATEGORIA BI-RADS [BI-RADS
  CATEGORY]" over "Mama direita [Right breast] .. 1", a dotted leader of two dots); its mammography-alone row
  ("[MAMMOGRAPHY ALONE] ..... BI-RADS 4B") under a "CONCLUSAO FINAL COMBINADA"; a French Roman category before its
  bracketed translation ("catégorie V [...]") or right after a glossed side ("sein droit [right breast] catégorie I."),
  and a revision naming the college on both sides of its arrow ("ACR 3 -> ACR 2").
* **Radiology b92**: a nursing record's "Key worker:" is no category key; an unpunctuated transcript's comparison ends
  at "the breasts are", and a word dating its findings does not reach past the spoken "impression"; a referral form's
  "Breast imaging history (previous scans, with dates):" is history to its next item, also a long label with a remark.
* **Radiology b100**: a RIS printout that marks today's exam in a section of its own ("CURRENT EXAM (this order)")
  lists the earlier exams in another headed alone on its line ("PRIOR EXAMS ON FILE (for reference; earlier
  results)"): history over its indented rows (review r100: not past the margin's next line nor a blank line, and
  only with a current heading at the margin, not dated to another visit nor opening a history); a current exam's
  heading at the margin also ends a pasted "Previous results" block above it; a tracking printout's "Revised
  assessment: (addendum ..., reason)" heads the revised side lines below it (not a revision said not in force, nor
  one under an earlier order's line; a side line's category must stand alone after its leader). Review r100b: the
  rows do not go on over a blank line onto a row of today's exam ("(this order)", ADDENDUM, its date); only a list
  of earlier results / exams ends at a current heading (opening on a capital), never a pasted earlier report; the
  revision's reason must say it was made (addendum, date, attending / MDT, outside priors, second look, biopsy
  result) and a name after a side line's category must be its own; the cut of a plural prior list at the report's own
  next heading is withdrawn (it cut inside pasted earlier reports). Review r100c: positive evidence instead of refusal
  lists - the revision's reason is read by a whitelist grammar (an addendum and its date, completed events; any other
  word refuses), two blanks after a side line's number allow only the line's end or the category's own name; a current
  heading ends only a bare list heading ("Previous results:", no qualifier) over lines each dated; a current heading
  dated by a month / year, "outside" or a visit in its parenthesis is not today's; "(this encounter)", "(this visit)"
  mark a row of today's exam, and a row dated as today's in another format is today's; the index date skips a DOB / MRN.
* **Radiology b104**: a Roman side list writes its 0 in Arabic ("BI-RADS: right 0, left III"), read only as the
  conclusion's own list alone on its line (:func:`_own_conclusion_list`); a conclusion's two glossed sides with their
  categories ("dešinė [right] 4C, kairė [left] 1", through :func:`nlp.layout.side_gloss_view`) under a combined heading
  naming "echoscopy"; "Reason for correction <date>:" opens a correction over its plain statement of the exam's side;
  a glossed category name with glossed sides ("Goedaardige bevindingen [Benign findings], beide borsten [both
  breasts]."; not after words the gloss leaves out, "Geen ..."); an abbreviation's dot before a comma ends no sentence
  only in "<Side> breast: nodule 7 val., probably benign." ("BI-RADS on the right changed to IV-A" was withdrawn after
  review r104b.)
* **Radiology b106**: a Lao, Myanmar or Khmer word glossed in English reads as its gloss, and a glossed side keeps one
  space before its category ("BI-RADS: <Lao> [right breast] 2", :func:`nlp.layout.translated_view`); a side in
  parentheses may carry its gloss of the same side ("4c (droite) [right] ; 1 (gauche) [left]"). (A bare "Diagnostic
  impression:" closing an imaging report's own findings was withdrawn after review r106.)
* **Radiology b108**: a side list goes on after an aside that holds a translation's original words and their gloss in
  square brackets ("izquierda 5 (<original words> [<gloss>]), derecha 1"); past such a long glossed aside (not a plain
  one, review r108b) the next side's number counts only where it ends its item ("Right 2 simple cysts", "derecha 1,5 cm"
  are none). (A terse "Known:" line dating only a diagnosis heading its own line was withdrawn after review r108b.)
* **Radiology b112**: a translation's "ecography carried out on the RIGHT breast, not on the left"; a side the title
  line says was left out ("Right breast not examined", Spanish "no explorada") is none of the exam's; a side line's
  gloss wrapped onto a line of its own ("[probably benign finding].") keeps the side lines below in the conclusion; a
  category's bracketed gloss that names the side and restates the category gives the restated one that side. (Reviews
  r112 and r112b narrowed these: the exam "carried out" on a side or an "ecography" only in the bare shape, "the" and
  no modifier before the exam's name, no date, agent or denial in its sentence, the other side retracted at its end or
  only the request blamed after; the gloss only where it restates the category, up to its first semicolon or full stop
  after it and not past a word for the other breast; an axilla not explored drops no breast from the title. The
  passive quoted correction, "where it says "right" it must be read "left"", was withdrawn after review r112b.)

* **Prior assessments never count**: statements in history / indication / comparison sections
  (dictated: from "history" to the next "comparison"/"findings"/"impression") and statements in a
  sentence that dates them ("previously", "at that time", "was reported as", "in 2019", ...; not
  from inside an aside in parentheses closed before the category).
* **Side** of a statement, first that applies: a side letter written with it ("L4a", "BIRADS 3 R",
  "Bi-rads 6, L"); "(bilateral)" / "bilaterally" after it; the last side word of its clause (since
  the previous statement or end of sentence); a side header before it since the previous statement
  ("Right breast: ... BI-RADS 4C. Left breast: ... BI-RADS 1."); a side word after it in its clause
  ("BI-RADS 4A, right breast"); the last side word of its paragraph (none when its section names
  both sides: then the whole exam's); a heading line of its own above. Single-letter headers ("R:",
  "L -") are side words. An "OVERALL ASSESSMENT" and an ``ASSESSMENT:`` line of its own that names
  no side are assessments of the whole exam. A statement without side (an overall assessment) goes
  to the sides the exam covers: those named in the exam title ("US LEFT BREAST", "ultrasound of the
  right breast"), else those named outside the history, else both.
* **The final assessment wins**: an addendum's statements replace the earlier ones for the sides
  they name (a laterality-correction addendum replaces them all; a ``CORRECTION`` or ``AMENDMENT``
  section is an addendum); "revised from BI-RADS 4A to BI-RADS 3" reads 3, and so do "revised from
  III to II" (2), "BI-RADS 4A -> 3" and "the category should read 5" (5); such a revised category
  replaces the statements before it for its sides, like an addendum.
  A final / combined assessment outranks the modality-specific ones ("Mammographic assessment:")
  of a combined mammography + ultrasound report; a findings side header does not reach past the
  impression heading. Within one report body several statements for one side give the most suspicious (order of
  ``BIRADS_SEVERITY``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Container, Iterable, Iterator
from functools import cache, lru_cache
from itertools import accumulate
from typing import NamedTuple

import pandas as pd

from core import pseudonyms
from nlp.labels import TEXT_ISSUES, UNPARSED_ISSUES, LabelInputError, require_columns, text_issue, to_dates
from nlp.laterality import SideIndex
from nlp.layout import (
    MONTH_ABBREVIATIONS,
    MONTH_WORD,
    YEAR,
    box_options,
    cda_view,
    cjk_view,
    column_tables,
    delimited_export_view,
    dicom_sr_listing_view,
    earlier_round_lead_in_above,
    end_of_line,
    english_heading_view,
    export_rows,
    fhir_view,
    first_lines_end,
    imaging_audit_view,
    json_record_view,
    layout_view,
    leader_view,
    ocr_keyword_view,
    ocr_view,
    registry_record_view,
    second_side_ends,
    side_gloss_view,
    span_lookup,
    translated_view,
    untranslated_french_history,
    version_history_view,
    xml_export_view,
)
from nlp.lexicon import CATEGORY_WORDS
from nlp.prescan import may_contain
from nlp.structure import BLANK_LINE, COLON_AFTER, PERSON_TITLES, PIECE_CHARS, normalise_dictation

BIRADS_VALUES = ("0", "1", "2", "3", "4", "4A", "4B", "4C", "5", "6")
BIRADS_SEVERITY = ("1", "2", "3", "0", "4", "4A", "4B", "4C", "5", "6")  # as curation.eligibility.rules
RADIOLOGY_REPORT_COLUMNS = ("patient_id", "report_id", "accession_number", "exam_date", "modality",
                            "birads_left", "birads_right", "text")
RADIOLOGY_BIRADS_COLUMNS = ("patient_uid", "exam_uid", "report_uid", "exam_date", "modality", "laterality",
                            "birads", "birads_source")

RUN_ON_CHARS = 150  # a long line with fewer than one clause mark per this many characters: run-on dictation
_CLAUSE_MARK = re.compile(r"[.,:;](?!\S)")
PRIOR_REACH = 80  # characters before a statement searched for words that date it
# Spoken numbers, speech-recognition homophones ("birads for c", "birads for suspicious": "for" only
# with a subcategory letter or the name of category 4; "to" / "too" / "won" only where the clause ends) and Roman
# numerals ("BI-RADS CATEGORY: IV-C") are the number they say.
_NUMBER_WORDS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "for": "4", "fore": "4", "to": "2", "too": "2", "won": "1",
                 "i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6"}
# a subcategory letter set apart by a blank or a spaced dash follows a 4 only (4A-4C are the only lettered categories):
# after any other number the letter is the next sentence's article ("BI-RADS 0 - a mammography is necessary"); a
# letter written onto the number or after a bare hyphen ("0a", "3-b") is read as before; nor is an "a" that counts a
# time unit back (review rfinal5: "BI-RADS 4 a year ago, now BI-RADS 2" is a 4 dated earlier, :data:`_DATED_AFTER`)
_NUM = (r"(?P<num>[0-6]|zero|one|two|three|four|five|six)"
        r"(?:(?:(?:(?<=4)|(?<=four)|(?<=for)|(?<=fore)|(?<=iv))\s*(?:-\s*)?|-?)(?P<sub>[abc])(?![^\W\d_])"
        r"(?![ \t]+(?:week|month|year|decade)[ \t]+(?:ago|earlier|before)\b))?(?!\d|\.\d)")
# after the keyword or "category" only (never after a bare "Assessment:", where "I" is a word)
_NUM_AFTER_KEYWORD = _NUM.replace(
    "|six)", r"|six|(?:for|fore)(?=\s*(?:-\s*)?[abc](?![a-z])|\s+suspicio)"
    r"|(?:too|to)(?=[ \t]*(?:[,.;]|$)|\s+benign\b)"  # ("birads category to, benign": the clause ends there;
    # or the category's name follows, as "for" before "suspicious": "birads too benign no follow up")
    r"|won(?![\w'’])"  # (no English sentence puts the verb after the keyword: "negative birads won routine screening")
    r"|(?-i:iv|vi|v|i{1,3}|IV|VI|V|I{1,3})(?=[abc](?![^\W\d_])|(?![a-z])))")  # "IVa": 4A
# a density named by the college's scale ("densité ACR 2", "density type ACR 3"): no category
# (or the tissue it grades: "parenchymal pattern ACR 4", "breast tissue ACR 3", "tissu glandulaire ACR 2"), also
# named after it: "ACR 3 (heterogeneously dense)", "ACR 2, seins graisseux"
# (a colon may stand between: "Densité mammaire : ACR 2", "Breast composition: ACR 3"; "type" alone is no density:
# "lésion de type ACR 4" is a category)
_DENSITY_BEFORE = re.compile(r"\b(?:dens\w*|composition|parenchym\w*|pattern|tissue|tissu|(?:fibro)?glandular)\b"
                             r"[^\n.;]{0,14}$", re.IGNORECASE)
# (a density's grade, not a finding that is dense: "ACR 3, densité asymétrique" and "ACR 4 (dense spiculated mass)"
# are categories)
_DENSITY_AFTER = re.compile(r"[ \t]*[(,]?[ \t]*(?:(?:heterogeneously|extremely|scattered|almost|entirely|predominantly"
                            r"|seins?|breasts?)[ \t]+)?(?:dens[ei]\w*|fatty|graisseu\w*|fibroglandular)\b"
                            r"(?![ \t]+(?:[^\W\d_]+[ \t]+)?(?:asym|focal|nodul|spicul|mass|masse|l[ée]sion|opacit))",
                            re.IGNORECASE)
HOMOPHONES = frozenset({"for", "fore", "to", "too", "won"})  # read only in dictated text ...
SPOKEN_ONLY_LETTERS = frozenset({"b", "c"})  # ... or before a letter no English sentence puts there ("birads for c")
_WORD_ALT = "|".join(f"(?P<w{i}>{p})" for i, (p, _) in enumerate(CATEGORY_WORDS))
# a homophone followed by its category's name ("Birads category too, benign"): the name says which number was meant,
# in typed text too (not the name BEFORE it, "Left breast benign, birads too": that reading, b101's, was withdrawn
# after three reviews, r101c, as too often the words of a referrer, an earlier exam or another person)
_NAME_AFTER_HOMOPHONE = re.compile(r"[ \t]*[,:\-–—][ \t]*(?:" + _WORD_ALT + r")\b", re.IGNORECASE)
# ... and a homophone in a report that says it was transcribed by speech recognition ("dictated ... by Dr X,
# transcribed by speech recognition, not proofread"): its own words say the "too" of "birads too benign" is what the
# machine heard, as in a transcript known by its punctuation. Only the plain statement, a clause of its own from its
# start to its comma or full stop ("Transcribed by speech recognition.", "This report was generated using voice
# recognition software and may contain errors."): any other clause around the words denies or asks it ("No part of
# this report was transcribed by speech recognition.", "Was this report transcribed by speech recognition? No.",
# "Disclaimer: never ..."), nor is a mere mention of the software one ("speech recognition unavailable, typed";
# review r103)
_SPEECH_RECOGNITION_TRANSCRIPT = re.compile(
    r"(?:^[ \t]*|(?<=[.,;:!])[ \t]+)"
    r"(?:(?:(?:this|the)[ \t]+)?(?:report|dictation|document)[ \t]+(?:(?:was|is|has[ \t]+been)[ \t]+)?)?"
    r"(?:transcribed|generated|produced|dictated)[ \t]+(?:by|with|using|via)[ \t]+(?:speech|voice)[ \t-]+recognition"
    r"(?:[ \t]+software)?(?:[ \t]*\([^()\n,;.?]{1,30}\))?(?:[ \t]+and[ \t]+may[ \t]+contain[ \t]+(?:\w+[ \t]+)?errors)?"
    r"[ \t]*(?:(?P<stop>\.|$)|[,;])", re.IGNORECASE | re.MULTILINE)  # (a comma: see _speech_recognition_transcript)
_SENTENCE_STOP_OR_QUESTION = re.compile(r"[.!?\n]")


def _speech_recognition_transcript(text: str, low: str) -> bool:
    """Whether ``text`` says it is a speech-recognition transcript (:data:`_SPEECH_RECOGNITION_TRANSCRIPT`), a clause
    closed by a comma counting only when its sentence asks nothing (no "?" before its ".", "!" or line end)."""
    if not may_contain(low, ("recogn",)):  # (its stem before any "i", which case-insensitive matching may read as "İ")
        return False
    pos = 0
    while (m := _SPEECH_RECOGNITION_TRANSCRIPT.search(text, pos)) is not None:
        if m.group("stop") is not None:
            return True
        end = _SENTENCE_STOP_OR_QUESTION.search(text, m.end())
        if end is None or end.group() != "?":
            return True
        # (every statement before that "?" is in the same asking sentence: one scan per sentence, not per comma)
        pos = end.end()
    return False
# an assessment heading's remark in parentheses: a second-read record's names its senior reader ("FINAL ASSESSMENT
# (attending): Probably benign, right breast."), a combined exam's the exam it assesses ("OVERALL ASSESSMENT
# (mammography): Benign.")
# (a translation's own words for them too: "(mamografia + ecografia)", "(mammographie + échographie)",
# "ultrassonografia")
_EXAM_WORDS = (r"(?:mam+o(?:gra(?:m|ph(?:y|ie)|f[ií]a)s?)?|ultrasound"
               r"|(?:ultras+ono|sono|[eé]cho|eco)gra(?:ph(?:y|ies|ie)|f[ií]as?)|us|mri|tomosynthesis|imaging|views?"
               r"|echoscop(?:y|ies))")  # (a Baltic / Slavic translation's name for ultrasound: "echoskopija")
_HEADING_NOTE = (r"(?:[ \t]*\([ \t]*(?:(?:attending|consultant|staff)(?:[ \t]+radiologist)?|" + _EXAM_WORDS
                 + r")[ \t]*\))?")
# "biraids", "by rads", "bye rads": how speech recognition writes the word
_KEYWORD = r"\b(?:bi-?\s?rai?ds?|by(?:e)?\s+rads?)\s*(?:®|\(r\))?"
# where a clause opened by "category" may start: at the word or at the blanks before it. Tried at every position, it
# scans a run of blanks from each of its blanks: a FHIR JSON or HL7 view's runs of hundreds of blanks (the JSON's
# syntax blanked) cost 6 ms a report in _STATEMENT. _STATEMENT_IN_BLANKS, the same pattern with the blanks scanned
# only from a run's first one (a later blank opens no match: the lookbehinds and "\b" after it need a character before
# that is no blank), reads those texts; it is slower on a report without such runs (one more test at each position).
_CATEGORY_AHEAD = r"(?=[ \t]*category)"
_CATEGORY_AHEAD_IN_BLANKS = r"(?:(?=category)|(?<![ \t])(?=[ \t]+category))"
_LONG_BLANKS = " " * 64  # a text with a run this long is read with _STATEMENT_IN_BLANKS (the same matches)
_STATEMENT = re.compile(
    # (the French convention names the college alone too: "sein droit ACR 3", "révisée en ACR 2"; before a digit only,
    # the density's letter is no category: "ACR C"; its number is none either, see _DENSITY_BEFORE)
    r"(?:" + _KEYWORD + r"|(?-i:ACR)(?<![\w/-]ACR)(?=[ \t]+[0-6](?:[abc])?(?![\w.,/-]\w)))"
    r"(?:\)(?=[ \t]*:))?"  # "Classification (BI-RADS): right 1"
    # the French convention names the college ("BI-RADS ACR 3", "BI-RADS (ACR) 6", "BI-RADS de l'ACR : 4c"); a revision
    # names the new category ("BIRADS is revised to 4a", "The BIRADS of the left breast is revised to 2", "the BI-RADS
    # classification is revised to 4A" (a Dutch addendum's gloss), also without
    # "the": "BI-RADS for Lt breast upgraded to 5"; "BI-RADS category
    # changed to 4C"; the statement opens a revision, like "revised from 3 to 4A")
    r"(?:[ \t]*(?:\(?acr\)?|de[ \t]+l['’][ \t]*acr)(?=[ \t:]))?"
    r"(?P<rev>(?:\s+equivalents?|\s+category|\s+classification)?(?:\s+(?:of|for)\s+(?:the\s+)?(?P<side_o>left|right|lt\.?|rt\.?)"
    r"(?:\s+breast|\s+mammary\s+gland)?)?"  # (a translated protocol's "the left mammary gland")
    # (also a form's field named in parentheses by its side and the keyword: "Q4 (left breast BI-RADS) changed to 3")
    r"\)?\s+(?:(?:is|has\s+been)\s+)?(?:revised|changed|upgraded|downgraded|amended|modified)"
    r"\s+to(?=\s))?"
    r"\s*(?:assessment\s*)?(?:category|catagory|cat\.?|score|classification|equivalents?)?(?:\)(?=[ \t]*:))?\s*"
    r"(?:\([ \t]*(?P<side_k>left|right|bilateral)(?:\s+breasts?)?(?:[ \t]*,[^()\n]{0,60}?)?[ \t]*\)[ \t]*"
    r"|\((?:for\s+)?ref(?:erence|\.)?\)[ \t]*"  # ("BI-RADS equivalent (left, requested by the surgeon): 4B")
    # a remark before the colon ("BI-RADS equivalent (unit audit): R 1 / L 5")
    r"|\((?![ \t]*(?:left|right|bilateral|both)\b)[^()\n:]{1,60}\)(?=[ \t]*:)"
    # ... or what it assesses, named after "of" / "for" ("BI-RADS of the target lesion: 4B"; not a side, nor an earlier
    # exam: "BI-RADS of the prior study: 3" is none of this report's)
    r"|(?:of|for)[ \t]+(?![^:\n]*\b(?:left|right|bilateral|both|prior|previous|earlier|outside|last|old)\b)"
    r"[^()\n:]{1,40}(?=[ \t]*:)"
    r"|(?<=equivalent)[ \t]+for[ \t]+the[ \t]+(?P<side_f>left|right)(?:\s+breast)?[ \t]*(?=:))?"  # ("... for the left: 4A")
    # (a form's item names the side after a comma: "BI-RADS category, left breast: 2")
    r"(?:[:=#\-]|,(?=[ \t]*(?:left|right)[ \t]+breast\b))?\s*"  # ("BI-RADS (reference): R 2 / L 2" beside another scale's)
    r"(?:category\s*)?(?:(?P<side1>left|right|[lr]t?)(?:\s?|(?<=t)[ \t]{2,3}|(?<=t)[ \t]*[-–:][ \t]*"  # ("BI-RADS right - 5")
    r"|(?<=[lr])t\.?[ \t]+breast[ \t]*[-–][ \t]*"  # ("BIRADS: Rt. breast - 2")
    # ... and a remark in parentheses before the item's colon: "BI-RADS - right breast (index lesion):  5"
    r"|(?<=t)[ \t]+breast(?:[ \t]*\([^()\n:]{1,40}\))?[ \t]*:[ \t]*)(?=[0-6]))?" + _NUM_AFTER_KEYWORD
    # ("The assessment for the right breast is changed to benign": the side it names)
    + r"|\b(?:final\s+|overall\s+)?assessment(?:" + _HEADING_NOTE + r"\s*(?:category)?\s*[:\-]"
    r"|(?:\s+(?:of|for)\s+the\s+(?P<side_a>left|right)(?:\s+breast)?)?\s+(?:is\s+|should\s+be\s+|has\s+been\s+)?"
    r"(?:changed|revised|downgraded|upgraded|amended)\s+to)\s*(?:" + _KEYWORD + r"\s*(?:category)?\s*)?"
    # (the name may stand in quotes closed straight after it, a form quoting the report's assessment: 'Report assessment:
    # "Suspicious."', radiology b118)
    r"(?:" + _NUM.replace("num", "num2").replace("sub", "sub2") + r"|(?P<wq>[\"“])?(?:" + _WORD_ALT + r")(?(wq)\.?[\"”]))"
    # ("category" opening a clause of its own, after a colon, a comma or a full stop: "Right breast: normal, category I;",
    # "... at 6 o'clock. Category III."; the French name the college there: "Catégorie ACR 4b.")
    # (also right after a side's name: "BI-RADS : sein gauche [left breast] catégorie ACR 4a ; sein droit [right
    # breast] catégorie I.", its gloss read as the side)
    # (the lookahead first: a position not before "category" is passed over without trying the lookbehinds)
    + r"|" + _CATEGORY_AHEAD + r"(?:(?:(?<=[:,;.])|(?<=left[ \t]breast)|(?<=right[ \t]breast))(?P<field>[ \t]*)|\b)"
    r"category\s*:?\s*(?:acr[ \t]+)?"
    + _NUM_AFTER_KEYWORD.replace("num", "num3").replace("sub", "sub3") + r"(?=\s*[:\-(]|\s*$"
    # (a spoken number may end its sentence: "..., category six."; no Roman numeral ends so; nor does a number, unless
    # "category" opens a clause: "Right breast: category 4C.", "left breast: category I;")
    # (or the clause's translation in square brackets: "Catégorie III [Category III]." in a translated report)
    r"|(?(field)[ \t]*(?:[.;,](?!\d)|\[)|(?<=[eorx])\.(?!\d)))"
    # a terse form's abbreviation ends its sentence: "Cat. 4B. Bx."
    # (also without the dot before a side word or letter: "Cat 1 bilat.", "Cat 2 R.")
    + r"|\bcat(?:\.\s*|[ \t]+(?=[0-6][abc]?[ \t]+(?:bilat|both|left|right|(?-i:[LR])(?!\w)))"
    + r"|[ \t]+(?=[0-6][abc]?\.(?:[ \t]|$)))"  # ("... Nothing new. Cat 2.": the number ends the sentence)
    + _NUM.replace("num", "num4").replace("sub", "sub4")
    + r"(?=\s*[:\-(]|\s*$|\.(?!\d)|[ \t]+(?:bilat(?:eral(?:ly)?)?|both|left|right|(?-i:[LR])(?!\w))\b)",
    re.IGNORECASE | re.MULTILINE,
)
if _STATEMENT.pattern.count(_CATEGORY_AHEAD) != 1:  # (not assert: the check must survive python -O)
    raise RuntimeError("_STATEMENT_IN_BLANKS: _CATEGORY_AHEAD must occur exactly once in _STATEMENT's pattern")
_STATEMENT_IN_BLANKS = re.compile(_STATEMENT.pattern.replace(_CATEGORY_AHEAD, _CATEGORY_AHEAD_IN_BLANKS), _STATEMENT.flags)
# Terse lists without the keyword: "Bilat US: R 4C (12:00 ...); L 2 (6mm simple cyst)".
# "Right breast: Negative." / "LEFT - Known biopsy-proven malignancy." in an impression or assessment, and
# "ASSESSMENT (left breast): Benign." / "Assessment, right breast: negative.": a side header followed by a
# category's name and nothing more in its clause
# (a heading that says whose words it copies: "IMPRESSION PER RPT:", "Impression as reported:")
_AS_REPORTED = r"(?:per[ \t]+(?:the[ \t]+)?(?:radiology[ \t]+)?(?:report|rpt)|as[ \t]+reported)\b"
_SIDE_WORDS_ASSESSMENT_BODY = (
    # (also opening a report's text quoted over several lines: '"ASSESSMENT - Left breast: Suspicious. ...')
    r"[ \t]*(?:[-*•][ \t]*)?(?:[\"“][ \t]*)?"
    # (a letter's writer names their final assessment as their own: "Our final assessment (left breast): Suspicious.";
    # not another's, "The outside assessment (left breast): ...", nor a clinician's "My assessment:" / "My impression:"
    # of a lump, which is no imaging category)
    r"(?P<mine>(?:our|my)[ \t]+(?=final\s+assessment\b))?"
    # (a translation's "Diagnostic impression:", the radiologist's own, unlike a referrer's "Clinical impression:")
    r"(?P<head>(?:final\s+|overall\s+|diagnostic\s+)?(?:impression|assessment|conclusions?|opinion|summary)"
    r"(?:[ \t]+" + _AS_REPORTED + r")?[ \t]*:[ \t]*)?"
    # (a translated protocol's gland, its Latin side letter after it: "Right mammary gland (D):")
    r"(?:(?P<side>left|right|lt|rt|bilateral|both)(?:\s+breasts?|\s+(?:mammary\s+)?glands?)?"
    r"(?:[ \t]*\([ \t]*(?-i:[DS])[ \t]*\))?[ \t]*(?::|[-–—][ \t])"
    # (a screening letter names the exam's result so: "Ultrasound outcome (right): Incomplete - needs additional ...")
    r"|(?P<own>(?:final\s+)?assessment|(?:ultrasound|sonograph(?:ic|y)|mammograph(?:ic|y)|mammogram|mri|imaging)\s+"
    r"(?:outcome|result))[ \t]*(?:\([ \t]*(?P<side_p>left|right|bilateral|both)(?:\s+breasts?)?[ \t]*\)"
    r"|(?:,[ \t]*|[ \t]+(?:for|of)[ \t]+|[ \t]*[-–—][ \t]*)(?:the[ \t]+)?(?P<side_c>left|right)\s+breast)[ \t]*:)"
    r"[ \t]*(?:[^\W\d_][^/:\n.;\d()]{0,60}?[ \t]+/[ \t]+(?=[^\W\d_]))?"  # a first-language value before its English one
    # (or the finding it sums up, before a comma: "Right breast: solid nodule in the LIQ, probably benign finding (...).";
    # a number's dot before a word in lower case is an ordinal's, no sentence's end; nor is an abbreviation's dot, after a
    # word in lower case, before a number: "approx. 9 mm", "pl. 4" (Latvian, "at 4 o'clock"); a translation's gloss of
    # the finding in square brackets may follow it: "<original finding> [complicated cyst 9 mm at 10 o'clock], ...")
    # (nor one straight before a comma: "ovalus darinys 7 val., ...", Lithuanian "at 7 o'clock")
    r"(?:(?![0-6][abc]?\b)\w(?:[^:\n.;()]|\.(?=\d)|(?<=\d)\.(?=[ \t]+(?-i:[a-z]))|(?<=(?-i:[a-z]))\.(?=[ \t]\d)"
    # (the abbreviation's dot before a comma only with no other side named up to the category's words:
    # :func:`_abbreviation_joins_one_side`)
    r"|(?P<abbr_comma>(?<=(?-i:[a-z]))\.(?=,))|(?<=\d):(?=\d\d))"  # (a clock time's colon: "mass at 10:00")
    # (or in a sentence of its own, the name then in one of its own: "RIGHT BREAST: 38 MM SPICULATED MASS. HIGHLY
    # SUGGESTIVE OF MALIGNANCY."; not with sides after the name, "Right breast: cyst. Benign findings, both breasts.")
    r"{0,100}?(?:[ \t]*\[[^\[\]\n]{1,100}\])?(?:,|(?P<stop>\.))[ \t]+)?"
    # (a first-language value glossed in square brackets: "negativo [Negative]", also wrapped onto the next line)
    r"(?P<orig>[^\W\d_][^/:\n.;\d()\[\]]{0,60}?(?:\n[ \t]*[^\W\d_][^/:\n.;\d()\[\]]{0,60}?)?[ \t]*\["
    # (the gloss may translate the finding the name sums up too: "<finding>, <name> [simple cyst, benign finding]")
    r"(?:[ \t]*[^\W\d_][^/:\n.;()\[\],]{0,60}?,[ \t]+)?)?"
    # (a gloss in square brackets may follow it: "Left breast: cyst ..., probably benign [probablemente benigno].")
    r"(?:" + _WORD_ALT + r")(?:[ \t]+findings?)?(?(orig)\])(?(stop)(?=[ \t]*(?:[.;\n]|$))|"
    r"(?=[ \t]*(?:[.;,(\[\n]|[-–—](?:\s|$)|$)))")
_SIDE_WORDS_ASSESSMENT = re.compile("^" + _SIDE_WORDS_ASSESSMENT_BODY, re.IGNORECASE | re.MULTILINE)
# "Classification : Probablement bénin / Probably benign.": a category name on a "Classification:" line of its own
# (after a first-language name); scanned only when the report says "classification"
_CLASSIFICATION_WORDS = re.compile(
    r"^[ \t]*classification[ \t]*:[ \t]*(?:[^\W\d_][^/:\n.;\d()]{0,60}?[ \t]+/[ \t]+(?=[^\W\d_]))?"
    r"(?:" + _WORD_ALT + r")(?:[ \t]+findings?)?(?=[ \t]*(?:[.;,(\n]|[-–—](?:\s|$)|$))", re.IGNORECASE | re.MULTILINE)
# ... and the next side of a chain on the same line, after the rest of the clause: "IMPRESSION: Right breast:
# Negative. Left breast: Incomplete - needs additional imaging evaluation (repeat magnification view)."
_SIDE_WORDS_CHAIN = re.compile(
    r"[^.;\n]{0,100}[.;][ \t]+(?P<side>left|right|lt|rt|bilateral|both)(?:\s+breasts?)?[ \t]*(?::|[-–—][ \t])[ \t]*"
    r"(?:" + _WORD_ALT + r")(?:[ \t]+findings?)?(?=[ \t]*(?:[.;,(\n]|[-–—](?:\s|$)|$))", re.IGNORECASE)
# ... and "Assessment for the left breast: Incomplete" in running text, after a sentence
_SIDE_WORDS_ASSESSMENT_INLINE = re.compile(r"(?<=[.;])[ \t]+(?=(?:final\s+)?assessment\s+(?:for|of)\s)"
                                           + _SIDE_WORDS_ASSESSMENT_BODY, re.IGNORECASE)
# ... and a screening letter's result heading with its side in parentheses run in after a sentence or a dash, as a note
# quoting the letter writes it on one line ("Your mammogram of 15/06/2026 - Mammogram result (left): Incomplete - ...
# Mammogram result (right): Negative - ..."): a breast screening letter's modality ("Mammogram", "Breast screening"; not
# "Imaging result (right)" of a wrist X-ray, nor "Ultrasound result (left)" of a thyroid), "result" / "outcome" and the
# side in parentheses together (its line must also date the exam in full: _result_heading_of_hers)
_RESULT_HEADING_RUN_IN = re.compile(r"(?:(?<=[.;])|(?<=[ \t][-–—]))[ \t]+"
                                    r"(?=(?:mammograph(?:ic|y)|mammogram|breast[ \t]+screening)[ \t]+(?:outcome|result)"
                                    r"[ \t]*\([ \t]*(?:left|right))"
                                    + _SIDE_WORDS_ASSESSMENT_BODY, re.IGNORECASE)
RESULT_HEADING_WORDS = ("result (", "outcome (")  # a cheap test before that scan
# (another person's letter or an earlier one on the heading's line: "Mum's letter - ...", "Letter from before her move -
# ...")
_RESULT_HEADING_NOT_HERS = re.compile(r"\b(?:mum|mom|mam|mother|sister|daughter|aunt|friend|partner|before|after|move[ds]?"
                                      r"|previous|prior|old|last)\b|\w'?s[ \t]+letter", re.IGNORECASE)


def _result_heading_of_hers(text: str, heading: re.Match[str]) -> bool:
    """Whether a screening letter's result heading run in (:data:`_RESULT_HEADING_RUN_IN`) tells the patient's own exam:
    its line before it dates the exam in full ("Your mammogram of 15/06/2026 - Mammogram result (left): ...") and names
    no earlier exam (:data:`_PRIOR`, :data:`_EARLIER_EXAM_WORDS`), other person or earlier time
    (:data:`_RESULT_HEADING_NOT_HERS`)."""
    lo = text.rfind("\n", 0, heading.start()) + 1
    return _FULL_DATE.search(text, lo, heading.start()) is not None and not any(
        words.search(text, lo, heading.start()) for words in (_PRIOR, _EARLIER_EXAM_WORDS, _RESULT_HEADING_NOT_HERS))
# ... and the category's name first, its side after it: "IMPRESSION: Benign findings, bilaterally."; without a side, the
# name alone after an impression heading is the assessment of the sides the exam covers ("Impression: Highly suggestive
# of malignancy." on a left breast exam; not in a report graded by UK scores, where the name glosses a U or M score)
_GLOSS = r"(?:[ \t]*\[[^\[\]\n]{1,60}\])?"  # a translation's gloss in square brackets
_NAMED_SIDE = r"[ \t]*,?[ \t]+(?:in[ \t]+the[ \t]+|in[ \t]+)?"  # (what joins a category's name to its side)
_SIDE_GROUP = r"(?P<side>bilateral(?:ly)?|both[ \t]+breasts|left|right)(?:[ \t]+breasts?)?" + _GLOSS
# (a category's name with its side, "Suspicious, left breast", is no sentence summing up the finding)
_NAME_WITH_SIDE = ("(?:" + "|".join(f"(?:{p})" for p, _ in CATEGORY_WORDS) + r")(?:[ \t]+findings?)?" + _GLOSS
                   + _NAMED_SIDE + r"(?:bilateral|both|left|right)\b")
_HEADED_WORDS_BODY = (
    r"(?:final\s+|overall\s+)?(?P<head>impressions?|assessment|conclusions?|opinion|summary)" + _HEADING_NOTE
    + r"[ \t]*:[ \t]*"
    r"(?:\n[ \t]*)?"  # (the name may open the line under the heading alone on its line: "IMPRESSION:\nNegative.")
    # (or follow a sentence or two that sum up the finding, then only with its sides named after it: "Conclusion: Duct
    # ectasia. Benign findings, both breasts."; a translation's gloss in square brackets may follow the name and the
    # sides: "<original> [benign findings], <original> [both breasts].")
    r"(?P<summed>(?:(?!" + _NAME_WITH_SIDE + r")[^\W\d_][^.\n:;]{0,100}?\.[ \t]+){1,2})?"
    r"(?:" + _WORD_ALT + r")(?:[ \t]+findings?)?" + _GLOSS + r"(?:" + _NAMED_SIDE + _SIDE_GROUP + r")?(?=[ \t]*(?:[.;\n]|$)"
    # (with its side named, a comma may go on to what the category is of, naming no other side or category: "Known
    # biopsy-proven malignancy, left breast, sonographic size 19 mm.", as under a heading alone on its line)
    r"|(?(side),[ \t]+(?![^\n]*\b(?:left|right|bilateral(?:ly)?|both|bi-?rads)\b)|(?!)))")
_SENTENCE_WORDS_THEN_SIDE_BODY = (r"[.;][ \t]+(?P<at>(?:" + _WORD_ALT + r")(?:[ \t]+findings?)?" + _GLOSS + _NAMED_SIDE
                                  + _SIDE_GROUP + r")(?=[ \t]*(?:[.;\n]|$))")
_HEADED_WORDS_NEXT = re.compile(r"[ \t]*" + _SENTENCE_WORDS_THEN_SIDE_BODY, re.IGNORECASE)
# (the same sentence scanned for anywhere in a report: opened by its stop, which the scan finds fast)
_SENTENCE_WORDS_THEN_SIDE = re.compile(_SENTENCE_WORDS_THEN_SIDE_BODY, re.IGNORECASE)
_HEADED_WORDS_THEN_SIDE = re.compile(r"(?P<at>)^[ \t]*" + _HEADED_WORDS_BODY, re.IGNORECASE | re.MULTILINE)
HEADED_WORDS_WORDS = ("impression", "assessment", "conclusion", "opinion", "summary")  # a cheap test before the scan
# ... also after a heading in capitals run in after a sentence, as in a report quoted in a letter or a form: "... benign
# intramammary node. IMPRESSION: Benign. Annual screening." (the statement starts at the heading, group "at"; the scan
# starts at the stop, which keeps it cheap); also with the heading's first letter alone a capital inside a quoted report
# (extract_birads checks the quote): 'Report: "... No suspicious calcification. Conclusion: Benign findings, both breasts."'
_HEADED_WORDS_RUN_IN = re.compile(
    r"[.!?][ \t]{1,2}(?P<at>(?-i:(?=(?:(?:FINAL|OVERALL|Final|Overall)\s+)?(?:"
    + "|".join([word.upper() for word in HEADED_WORDS_WORDS] + [word.title() for word in HEADED_WORDS_WORDS]) + ")))"
    + _HEADED_WORDS_BODY + ")", re.IGNORECASE | re.MULTILINE)
_UK_SCORE = re.compile(r"(?<![\w.])(?-i:[UM])[1-5](?!\w|\.\d)")  # ("U2." ends a sentence)
# ... and on lines of their own under a heading alone on its line ("ASSESSMENT:" over "Negative, right breast." and
# "Probably benign, left breast."; the scan finds the colon ending a line, then reads the words before it)
_COLON_LINE_END = re.compile(r":[ \t]*\n")
_HEADING_ALONE = re.compile(r"[ \t]*(?:final\s+|overall\s+)?(?:impressions?|assessments?|conclusions?|opinion|summary)[ \t]*",
                            re.IGNORECASE)
# (a translation keeps the first-language name, in one or two languages, before the English one in brackets:
# "Waarschijnlijk goedaardig / Probablement bénin [Probably benign], linkerborst / left breast [left breast].")
_WORDS_THEN_SIDE_LINE = re.compile(
    r"[ \t]*(?:[-*•][ \t]*|\d{1,2}[.)][ \t]*)?"
    r"(?:(?P<orig>[^\W\d_][^/:\n.;\d()\[\]]{0,60}?(?:[ \t]*/[ \t]*[^\W\d_][^/:\n.;\d()\[\]]{0,60}?)?[ \t]*\[[ \t]*))?"
    r"(?:" + _WORD_ALT + r")(?:[ \t]+findings?)?(?(orig)[ \t]*\])[ \t]*,?[ \t]+"
    r"(?:in[ \t]+the[ \t]+|in[ \t]+)?(?:[^\W\d_]+[ \t]*/[ \t]*)?"
    r"(?P<side>bilateral(?:ly)?|both[ \t]+breasts|left|right)(?:[ \t]+breasts?)?[ \t]*"
    # (the finding it names in brackets: "Probably benign, left breast (likely fibroadenoma)."; the side's gloss)
    r"(?:\([^()\n]*\)[ \t]*|\[[^\[\]\n]{1,40}\][ \t]*)?"
    r"(?:[.;][ \t]+[^\n]*)?"  # (a recommendation may follow on the line: "Probably benign, left breast. US in 6 months.")
    # (or, after a comma, what the category is of, naming no side: "Known biopsy-proven malignancy, right breast, with MRI
    # extent of 34 mm."; not "Benign, right breast, probably benign, left breast", whose second side is a statement too)
    r"(?:,[ \t]+(?![^\n]*\b(?:left|right|bilateral(?:ly)?|both)\b)[^\n]*)?"
    r"[.;]?[ \t]*(?:\n|$)", re.IGNORECASE)


# ... stepping over a line the other side's name and a colon head ("Right breast: Highly suggestive of malignancy.")
# (read there only when "<side> breast." ends the line with its own full stop: anything after the side may say the
# category is another exam's or report's, "Negative, left breast, on mammogram 2024.", "... (per outside report).")
_SIDE_BREAST_STOP = re.compile(r"(?:[ \t]+breasts?)?[ \t]*\.[ \t]*(?:\n|$)", re.IGNORECASE)
_SIDE_HEADING_COLON = r"[ \t]*(?P<side>right|left)(?:[ \t]+breast)?[ \t]*:"  # ("Right breast:", "Left :")
_SIDE_HEADED_LINE = re.compile(_SIDE_HEADING_COLON + r"[^\n]*(?:\n|$)", re.IGNORECASE)


def _words_then_side_lines(text: str) -> list[tuple[int, int, str | None, str, bool]]:
    """The statements of the lines "<category name>, <side> breast." under a heading alone on its line."""
    out = []
    for colon in _COLON_LINE_END.finditer(text):
        if not _HEADING_ALONE.fullmatch(text, text.rfind("\n", 0, colon.start()) + 1, colon.start()):
            continue
        pos, headed = colon.end(), set()
        while True:
            if (m := _WORDS_THEN_SIDE_LINE.match(text, pos)) is None or m.group("side")[0].upper() in headed:
                # (the other side's line may be headed by its side, read by the side headings: "Right breast:
                # Highly suggestive of malignancy. ..." over "Negative, left breast.")
                if (own := _SIDE_HEADED_LINE.match(text, pos)) is None or m is not None:
                    break
                headed.add(own.group("side")[0].upper())
                pos = own.end()
                continue
            if headed and _SIDE_BREAST_STOP.match(text, m.end("side")) is None:
                break  # (after a headed line, only the line's own "<side> breast." ending it; review r103b)
            side = m.group("side")[0].upper()
            out.append((m.start(), m.end(), _value(m), "B" if side == "B" else side, True))
            pos = m.end()
    return out
# (a double-reading record's "CONSENSUS ASSESSMENT" block decides like an impression; so does a combined exam's
# "Final combined assessment:" over its side lines; a translated report's "Result:" heading, "Wynik [Result]:", too)
# (a bare "Diagnostic impression:" alone on its line heads no side lines: b101's reading, withdrawn after three reviews,
# r101c, as too often a referrer's, an earlier exam's or a clinician's presumptive diagnosis)
_IMPRESSION_HEADING = re.compile(r"[ \t]*(?:[-*•][ \t]*)?"
                                 r"(?:(?:final|overall|combined|integrated|consensus|arbitration|agreed)\s+){0,2}"
                                 r"(?:bi-?rads\s+)?"
                                 r"(?:impression|assessment|conclusions?|opinion|summary|results?(?=[ \t]*:)"
                                 # (the exam's overall category line heads the side lines below it as an overall
                                 # assessment heading does: "OVERALL BI-RADS: 0 - Incomplete." over "Right breast: Negative.")
                                 r"|(?<=final |erall )bi-?rads(?=[ \t]*:))\b", re.IGNORECASE)
# (also run in after a sentence, as in a report quoted on one line: "... Right breast: stable nodule. IMPRESSION: ...")
_PARAGRAPH_BREAK = re.compile(r"\n(?=\n)")  # (every blank line, overlapping: "\n\n\n" holds two)
_SECTION_HEADING = re.compile(r"(?:^[ \t]*|(?<=[.;])[ \t]+)(?:final\s+|overall\s+)?(?:impressions?|conclusions?|opinion|summary)"
                              r"[ \t]*:", re.IGNORECASE | re.MULTILINE)
_SIDE_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?:left|right|lt|rt|bilateral|both)\b|[ \t]*(?-i:[LR])[ \t]*[:\-–]",
                        re.IGNORECASE)  # (a single capital with a colon or dash: "  R: 1")
# A block of per-side lines under a heading of their own ("BI-RADS ASSESSMENT:" / "FINAL BI-RADS BY SIDE"
# over "  Right: 2 - Benign", "  LEFT : 4A (driven by lesion 1)", "Right - 0: Incomplete"): each line
# gives its side the category; a side line without one ("RIGHT: not examined") gives none.
# A double-reading record's decision heading heads such a block too ("CONSENSUS / FINAL" over "  R: 3 (early review)").
_DECISION_BLOCK = (r"(?:consensus|arbitration|agreed)(?:[ \t]*(?:/|&|and)[ \t]*(?:consensus|arbitration|agreed|final))*"
                   r"(?:[ \t]+(?:result|outcome|decision|opinion|assessments?|categor(?:y|ies)))?")
_PER_SIDE = r"(?:per[ \t-]side[ \t]+)?"  # ("Final per-side BI-RADS:")
# A reporting program's export brackets its section names and names the exam's assessment ("[EXAM ASSESSMENT]"
# over "  Right ....... 2  Benign", its dotted leader for the colon), and its addendum revises it ("Revised assessment:").
_EXAM_OR_REVISED = r"(?:\[[ \t]*)?(?:(?:exam|examination|study|revised|amended|corrected)\s+)?"
# (a form numbers its items and sections: "4. BI-RADS per breast:", "Section 5 - Final combined assessment:", "(3) ...")
_FORM_ITEM_NUMBER = r"(?:(?:(?:section[ \t]+)?\d{1,2}(?:[.)]|[ \t]+[-–])|\(\d{1,2}\))[ \t]+)"
_FORM_ITEM = _FORM_ITEM_NUMBER + "?"
_FINAL_OR_OVERALL = r"(?:final\s+|overall\s+)?(?:(?:combined|integrated)\s+)?"  # ("Final combined assessment:")
_SIDE_BLOCK_HEADING = re.compile(  # (the lookahead rejects most lines at once: every part after it is optional)
    r"^(?=[ \t]*" + _FORM_ITEM + _EXAM_OR_REVISED + _FINAL_OR_OVERALL + _PER_SIDE
    # (the line's indent taken whole, possessively: every part after it being optional, a line that fails at its end
    # would otherwise share a long indent among their blanks in every way before failing, "<50 blanks>Category key")
    + r"(?:b|assess|categ)|[ \t]*(?:consensus|arbitration|agreed)\b)[ \t]*+" + _FORM_ITEM +
    r"(?:" + _DECISION_BLOCK + r"|" + _EXAM_OR_REVISED + _FINAL_OR_OVERALL + _PER_SIDE
    + r"(?:categor(?:y|ies)[ \t]+(?=b))?"  # ("Categoria BI-RADS:")
    # (the modality it assesses in parentheses: "BI-RADS (US) per breast:")
    r"(?:" + _KEYWORD + r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?)?"
    r"(?:assessments?(?:[ \t]+categor(?:y|ies))?|categor(?:y|ies))?)[ \t]*"
    # (and the reader after a comma: "BI-RADS per breast, radiologist's final:")
    r"(?:,?[ \t]*(?:by|per)\s+(?:side|breast)(?:,[ \t]*[\w'’ -]{1,30}?)?)?[ \t]*"
    # the reading it comes after ("Final per-side BI-RADS after correlation:", "... after second-look US"), and a
    # parenthesis saying what it replaces ("(radiologist, after correlation; supersedes the MRI-only category)")
    r"(?:after[ \t]+[\w -]{0,30}?(?:correlation|us|ultrasound|review|biopsy)[ \t]*)?"
    r"(?:\([^()\n]{0,90}\)[ \t]*)?" + _GLOSS  # (a translation's gloss: "Categoria BI-RADS [BI-RADS CATEGORY]")
    + r"[ \t]*(?::|\])?[ \t]*$", re.IGNORECASE | re.MULTILINE)
# a tracking printout's addendum block gives its reason in parentheses after the heading's colon ("Revised assessment:
# (addendum 02/20/2026, outside priors received)") over its side lines ("  Left ........ 2   Benign"): those lines are
# the revised categories, as under the heading alone (the heading itself opens the revision: _ADDENDUM). Only where the
# reason says nothing but that the revision was made (review r100c: :data:`_REVISION_REASON`, a whitelist grammar of an
# addendum and its date and completed events, such as an attending / MDT decision, outside priors received, a second
# look, a biopsy's result, a side corrected; any other word refuses: "(superseded by addendum of 03/12/2026)",
# "(draft, unsigned)", "(Entwurf 12.03.2026)", "(second look planned)"); nor under a line naming an earlier order or a
# history (:data:`_EARLIER_ORDER_LINE`)
_REVISED_BLOCK_HEADING = re.compile(
    r"^[ \t]*(?:final[ \t]+)?(?:revised|amended|corrected)[ \t]+(?:bi-?rads(?:[ \t]+(?=assessment|categor))?)?"
    r"(?:assessment|categor(?:y|ies)|(?<=rads))[ \t]*:[ \t]*"
    # (the reason in parentheses, or an addendum dated without them: "Revised assessment: addendum 03/05/2026, spot views")
    r"(?P<paren>\()?(?(paren)|(?=addendum[ \t]+\d))(?P<reason>[^()\n]{1,90})"
    r"(?(paren)\))[ \t]*$", re.IGNORECASE | re.MULTILINE)
REVISED_BLOCK_WORDS = ("revised", "amended", "corrected")
# (review r100c: the reason is read by a whitelist grammar, not searched for words: every comma / semicolon separated
# clause must be a date, an addendum / amendment (with its date), or a short completed event that makes a revision
# ("outside priors 2022 received", "mass stable 4 yrs", "per attending", "core benign", "side corrected"); any other
# word refuses the block, so that "(Entwurf 12.03.2026)", "(addendum 03/12/2026, retracted)", "(second look planned)",
# "(biopsy result outstanding)", "(expected after biopsy)" or "(addendum 06/2025 to the previous exam)" keep the index
# exam's categories)
_REASON_DATE = r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}/\d{4}|\d{4}-\d{2}(?:-\d{2})?)"
_REVISION_EVENT = (
    r"(?:addend(?:um|a)|amended|corrected|nachtrag|signed"
    r"|per[ \t]+(?:the[ \t]+)?(?:attending|radiologist|consultant|mdt|tumou?r[ \t]+board)(?:[ \t]+review)?"
    r"|(?:attending|mdt|consensus)[ \t]+(?:review|decision)"
    r"|(?:(?:after|post)[ \t-]+review[ \t]+of[ \t]+(?:the[ \t]+)?)?outside[ \t]+(?:priors|films|images)"
    r"(?:[ \t]+(?:from[ \t]+)?\d{4})?(?:[ \t]+(?:received|reviewed))?|priors[ \t]+(?:received|reviewed)"
    r"|(?:after|post)[ \t-]+(?:the[ \t]+)?(?:core[ \t]+)?(?:biopsy|aspiration|(?:second|2nd)[ \t-]+look"
    r"(?:[ \t]+(?:us|ultrasound))?)(?:[ \t]*:[ \t]*(?:benign|malignant)(?:[ \t]+[a-z]+)?)?"
    r"|(?:(?:revised|revisado|r[ée]vis[ée]e?)[ \t]+)?(?:apr[èe]s|nach|tras)[ \t]+(?:la[ \t]+)?biops(?:ie|ia)"
    r"|(?:core[ \t]+)?(?:biopsy|core|pathology|histology|cytology)(?:[ \t]+results?)?[ \t]+(?:benign|malignant|concordant)"
    r"|(?:second|2nd)[ \t-]+look(?:[ \t]+(?:us|ultrasound))?|spot[ \t]+views?(?:[ \t]+(?:done|obtained|performed))?"
    r"|(?:mass|lesion|cyst|nodule|finding|calcifications?|asymmetry)[ \t]+(?:stable|re-?measured)"
    r"(?:[ \t]+(?:for[ \t]+)?(?:>[ \t]*)?\d+[ \t]+(?:yrs?|years?|months?|mos?))?"
    r"|(?:side|laterality|error)[ \t]+corrected|wrong[ \t]+side[ \t]+entered"
    # (what the revision does, or that it stands until a later one: "no change in management", "supersedes the index
    # assessment", "will be revised again after MRI")
    r"|no[ \t]+change[ \t]+in[ \t]+(?:the[ \t]+)?management|supersedes[ \t]+the[ \t]+index[ \t]+(?:assessment|category)"
    r"|will[ \t]+be[ \t]+revised[ \t]+again(?:[ \t]+after[ \t]+(?:mri|biopsy|(?:the[ \t]+)?pathology))?)")
_REVISION_CLAUSE = r"(?:" + _REVISION_EVENT + r"(?:[ \t]+(?:of[ \t]+|on[ \t]+|dated[ \t]+)?" + _REASON_DATE + r")?|" \
    + _REASON_DATE + r")"
# (clauses apart by a comma, a semicolon or a blank: "addendum 03/09/2026 after second-look ultrasound")
_REVISION_REASON = re.compile(r"[ \t]*" + _REVISION_CLAUSE + r"(?:(?:[ \t]*[,;][ \t]*|[ \t]+)" + _REVISION_CLAUSE
                              + r")*[ \t]*",
                              re.IGNORECASE)
# (the line above the heading, over blank lines: "Previous order 07/2025  US BREAST RT LTD", "Order 2 of 2 (07/2025,
# closed)", "Clinical history: outside report of 2024 reads:", or an exam's row dated otherwise than the printout's
# first date, its index exam's: "07/2025  US BREAST RT LTD  FINAL  BI-RADS 4A")
_EARLIER_ORDER_LINE = re.compile(r"[ \t]*(?:previous|prior|earlier|old|outside|last)\b|[^\n]*\b(?:history|comparison)\b"
                                 r"|[ \t]*(?P<order>order)[ \t]+\d+[ \t]+of[ \t]+\d+\b", re.IGNORECASE)
_DATED_EXAM_ROW = re.compile(r"[ \t]*(?P<date>(?:\d{1,2}[/.])?(?:\d{1,2}[/.])?\d{4}(?:-\d{2}){0,2})[ \t]+(?-i:[A-Z]{2,})")
# (the printout's first date is its index exam's; review r100c: not a birth date nor a record number, "DOB 05/11/1961",
# "MRN 4471")
_FIRST_DATE = re.compile(r"(?<![\w/.-])(?:\d{1,2}[/.])?(?:\d{1,2}[/.])?(?:19|20)\d{2}(?:-\d{2}){0,2}\b")
_NOT_EXAM_DATE_LABEL = re.compile(r"\b(?:dob|d\.o\.b|born|birth|mrn|acc(?:ession)?|id)\b[ \t]*[:#.]?[ \t]*$", re.IGNORECASE)
# (under a revised block's heading a side line's category must stand alone after its leader: the line's end, an aside
# or a dash, a stop, or the category's own name standing alone in turn, "Right ....... 3   Probably benign", "2 Benign";
# not "Right ....... 6 months", "2 cysts aspirated", "2 benign cysts aspirated", "2 suspicious nodes excluded", "1 core
# biopsy scheduled", "Left breast: 3 o'clock mass"; review r100c: two blanks after the number are no licence of their
# own either, "6   months follow-up", "2  cysts aspirated", "3   Benign")
_REVISED_CATEGORY_ALONE = re.compile(
    r"[ \t]*(?:$|\(|[-–—,;.][ \t]|[-–—,;.]?$)"
    r"|[ \t]+(?P<name>negative|benign(?:[ \t]+findings?)?|probably[ \t]+benign"
    r"|suspicious(?:[ \t]+(?:abnormality|for[ \t]+malignancy))?"
    r"|incomplete|highly[ \t]+(?:suggestive(?:[ \t]+of[ \t]+malignancy)?|suspicious)"
    r"|known(?:[ \t]+biopsy[- ]proven)?[ \t]+malignancy)(?=[ \t]*(?:$|\(|[-–—,;.:])|[ \t]{2})", re.IGNORECASE)
# (the category's own name: "2 suspicious" is no category 2)
_CATEGORY_NAME_START = {"0": "incomplete", "1": "negative", "2": "benign", "3": "probably", "4": "suspicious",
                        "5": "highly", "6": "known"}
# A heading naming only the division by side ("Per side:", "By breast:") heads such a block too, but only side lines
# whose category stands alone (the line's end, an aside in parentheses or a dash after it: "R: 4A (irregular mass)")
# count: under it "Right: 2 cysts" is a count of findings, not a category
_DIVISION_HEADING = re.compile(r"^[ \t]*(?:per|by)[ \t-](?:side|breast)[ \t]*:[ \t]*$", re.IGNORECASE | re.MULTILINE)
_CATEGORY_ALONE = re.compile(r"[ \t]*(?:$|\(|[-–—][ \t])")
DIVISION_WORDS = ("per side", "by side", "per-side", "by-side", "per breast", "by breast", "per-breast", "by-breast")
# ... and an overall / final assessment with a category of its own over such side lines ("OVERALL ASSESSMENT: BI-RADS 4A"
# over "  Right breast: 4A (...)", "  Left breast: 2 (...)"); scanned only when the report has such a heading
_VALUED_BLOCK_HEADING = re.compile(r"^[ \t]*(?:overall|final)(?:[ \t]+(?:bi-?rads[ \t]+)?assessment[ \t]*:"
                                   r"|[ \t]*:[ \t]*bi-?rads\b"  # (also "OVERALL: BI-RADS 0 - Incomplete")
                                   r"|[ \t]+bi-?rads[ \t]*:)[^\n]*(?=\n)",  # (and "OVERALL BI-RADS: 6 - Known malignancy")
                                   re.IGNORECASE | re.MULTILINE)
# (every way the pattern goes on after the word: "assessment", "bi", a colon, or blanks and tabs: a form's
# aligned colon "Overall   : BI-RADS 4A")
VALUED_BLOCK_WORDS = tuple(word + tail for word in ("overall", "final")
                           for tail in (" assessment", " bi", ":", " :", "\t", "  ", " \t"))
# (a side line may give its category after a blank alone, "  Right 4A (amorphous calcifications)": read only where the
# category stands alone after it, :data:`_CATEGORY_ALONE`; "Right 2 cysts" counts findings)
_SIDE_CATEGORY_LINE = re.compile(
    r"[ \t]*(?:[-*•][ \t]*)?(?P<side>right|left|rt|lt|r|l|bilateral|both)(?:\s+breasts?)?" + _GLOSS + r"[ \t]*"
    # (a printout's dotted leader, as short as two dots before a blank: "Mama direita [Right breast] .. 1")
    r"(?::|[-–—]|\.{3,}|\.{2}(?=[ \t])|(?<=[ \t])(?P<blank>)(?=[0-6]))[ \t]*"
    r"(?:(?:bi-?rads|category)[ \t]*)?(?:(?:\([xX✓✔]\)|\[[xX✓✔*]\])[ \t]*)?"  # (a ticked box: "direita — (X) 1")
    r"(?:\[[ \t]*)?"  # (a dictation template's filled-in field: "Right: [2 - Benign]")
    r"(?P<num>[0-6])(?P<sub>[abc])?(?![\w.])", re.IGNORECASE)
# a chart printout's category block puts the exam's line over the side lines ("Overall: 2 - Benign")
_OVERALL_CATEGORY_LINE = re.compile(r"[ \t]*overall[ \t]*(?::|\.{3,})[ \t]*(?:\[[ \t]*)?(?P<num>[0-6])(?P<sub>[abc])?(?![\w.])",
                                    re.IGNORECASE)
# a per-side list on the line of its own assessment heading: "Final:  R: 4B   /   L: -", "Outcome: Right - 2, Left - 1"
# (also after the impression's heading on its line: "Impression: Per side: Right 1 (...). Left 4A (...)."; a per-side
# list also opens a sentence after the overall category: "Overall: BI-RADS 4B. By side: left 4B (...). Right 1 (...).")
_SENIOR_FINAL = r"final[ \t]*\([ \t]*(?:attending|consultant|staff)\b"  # a second reading's final ("Final (attending):")
_HEADED_LIST = re.compile(r"(?:^[ \t]*|(?<=[.;])[ \t]+(?=(?:(?:final|overall)[ \t]+)?"
                          # (also "... negative. FINAL BI-RADS BY SIDE: RIGHT: 1. LEFT: 4C."; an MDM list's imaging line:
                          # "... probable fibroadenoma. BI-RADS per breast: Left 3, Right 1.", its lead naming the
                          # categories: a bare "Per breast: left 3, right 5" after a sentence counts cysts or cores)
                          r"(?:(?:bi-?rads[ \t]+)?(?:per|by)[ \t-]side|(?:bi-?rads|assessment)[ \t]+(?:per|by)[ \t-]breast)"
                          r"[ \t]*:|" + _SENIOR_FINAL + r"))"
                          r"(?:(?:impression|conclusion|opinion)[ \t]*:[ \t]*)?"
                          r"(?:(?:final|overall|consensus|agreed|screening|clinic|equivalent|combined|integrated)[ \t]+){0,2}"
                          # ("Final assessment category: R5 / L2 (BI-RADS).", a screening assessment's request form)
                          r"(?:(?:final|outcome|result|categor(?:y|ies)|conclusion"
                          r"|(?:bi-?rads|assessment)(?:[ \t]+categor(?:y|ies))?)"
                          # ("BI-RADS by side: Right 2 (...). Left 1 (...).", "Assessment per side: Right 0 (...). ...")
                          r"(?:[ \t]+(?:per|by)[ \t-](?:side|breast))?"
                          r"|(?:per|by)[ \t-]side"  # ("Per side: Right 2 (calcifications). Left 5 (mass).")
                          # (a bare "Per breast:" opening its line only straight under the overall category's line:
                          # :func:`_headed_lists`)
                          r"|(?P<per_breast>(?:per|by)[ \t-]breast)"
                          r"|consensus|arbitration)"  # (a double reading's decision: "Consensus: right 2, left 0.")
                          # (review r118: also the scale named aside, "Assessment category (BI-RADS): R3 | L1")
                          r"[ \t]*(?:\((?:consensus|arbitration|agreed|attending|consultant|staff|(?:per|by)[ \t-]side"
                          r"|bi-?rads)\)[ \t]*)?"
                          # (the exams it combines: "Combined conclusion (mammography + ultrasound): right 4C, left 1.")
                          r"(?:\([ \t]*" + _EXAM_WORDS + r"(?P<joined>(?:[ \t]*(?:\+|&|/|and)[ \t]*" + _EXAM_WORDS
                          + r"){0,2})[ \t]*\)[ \t]*)?"
                          r"(?::|[-–](?=[ \t]))",  # ("FINAL (per side):   R: BI-RADS 1     L: BI-RADS 4C")
                          re.IGNORECASE | re.MULTILINE)
# a screening programme's results form ends with the outcome after the diagnostic work-up, its side list on the line
# below ("FINAL IMAGING OUTCOME (after work-up)" over "  R: 1     L: 2"): it replaces the screening result above it
# (its indent taken whole first: a translation's original blanked before its glossed heading leaves a long one)
_FINAL_RESULT = r"final[ \t]+(?:(?:imaging|diagnostic|program(?:me)?)[ \t]+)?(?:outcomes?|results?)\b"
_FINAL_OUTCOME = re.compile(r"^[ \t]*+[^\n:]{0,20}?\b" + _FINAL_RESULT + r"[^\n:]{0,40}?[ \t]*+:?[ \t]*\n",
                            re.IGNORECASE | re.MULTILINE)
# (a capital side letter needs no colon: "FINAL CATEGORY: R 1, L 2")
# (a side word needs none before a category that is no measurement or clock hour, and an item may end with an aside and
# a full stop: "Per side: Right 2 (secretory calcifications). Left 5 (spiculated mass).")
# (a sentence's full stop may end the line, the next item wrapped onto the line below: "By side: right 4B (distortion;
# biopsy).\nLeft 1 (no abnormality).")
_HEADED_ITEM_PATTERN = (r"[ \t]*(?:(?<=[\w)])[ \t]*\([^()\n]{0,100}\)[ \t]*)?(?:[/,;|][ \t]*|\.[ \t]*(?:\n[ \t]*)?)?"
                         r"(?:(?P<side>right|left|rt|lt|[RL])[ \t]*[:\-–]|(?-i:(?P<letter>[RL]))(?:[ \t]<FLUSH_LETTER>)"
                         # (a translated side word keeps its gloss: "derecha [right] 4C" read as "right [right] 4C")
                         r"|(?P<side_w>right|left)" + _GLOSS
                         + r"[ \t]+(?=[0-6][abc]?(?![\w:]|\.\d)(?![ \t]*(?:o['’]?[ \t]?clock|cm|mm))))"
                         r"[ \t]*(?:bi-?rads[ \t]*)?"
                         r"(?:(?P<num>[0-6])(?P<sub>[abc])?(?!\w|\.\d)<FLUSH_END>|(?:[-–—]+|n/?a)(?![\w]))")
_HEADED_ITEM = re.compile(_HEADED_ITEM_PATTERN.replace("<FLUSH_LETTER>", "").replace("<FLUSH_END>", ""), re.IGNORECASE)
# (a capital side letter may stand flush against its category, "Final assessment category: R5 / L2 (BI-RADS).", radiology
# b118; review r118: only under a heading that names the category or BI-RADS, :data:`_CATEGORY_HEADING`, and only where
# the number ends the item: a separator, an aside, a full stop, the line's end or the next side's item follow it, never
# a noun: "Outcome: R2, L1 cysts aspirated" counts cysts)
_HEADED_ITEM_FLUSH = re.compile(_HEADED_ITEM_PATTERN.replace("<FLUSH_LETTER>", r"|(?P<flush>(?=[0-6]))").replace(
    "<FLUSH_END>", r"(?(flush)(?=[ \t]*(?:[/,;|(.\n]|\Z|(?-i:[RL])[ \t]?[0-6])))"), re.IGNORECASE)
_CATEGORY_HEADING = re.compile(r"categor|bi-?rads", re.IGNORECASE)
_TERSE = re.compile(r"(?:^|[:;]\s*)(?P<side>[RL])\s+(?P<num>4[ABC]|[0-6])(?=\s*\()"
                    # (on its own line, a dash may open the remark after it: "L: 1 - neg.", not a range "R: 3 - 4 cm")
                    r"|^[ \t]*(?P<side_d>[RL])[ \t]*[-:–][ \t]*(?P<num_d>4[ABC]|[0-6])"
                    r"(?=[ \t]*(?:[,;]|\.(?!\d)|$)|[ \t]+[-–—][ \t]+[^\W\d_])"
                    # and "R - 0, needs US." on a line of its own or after a sentence ("... persists. R - 0. US next.")
                    r"|[.;][ \t]+(?P<side_s>[RL])[ \t]*[-:–][ \t]*(?P<num_s>4[ABC]|[0-6])(?=[ \t]*(?:[,;]|\.(?!\d)|$))",
                    re.MULTILINE)
# "Bi-Rads R3, L1", "BI-RADS: R 4C / L 2", "BI-RADS: R2 L2", "BIRADS 6 R (known ca), 2 L (cysts)": a terse per-side list goes on
# after a sided statement, side letter before or after each number, an aside in parentheses between
# "BI-RADS: Right 1 -- Negative. Left 3 -- Probably benign.", "BI-RADS equivalent: right 1, left 5": side
# words too, a category's name after a dash between (a number with a unit or a clock time is a measurement)
# ("BI-RADS: RIGHT 6 - Known biopsy-proven malignancy / LEFT 1": the slash the side-gloss view may have blanked)
# (the aside after a translated report's category may hold its original words and their English gloss in square brackets,
# closing it: "izquierda 5 (nódulo espiculado de 18 mm con adenopatía axilar [18 mm spiculated nodule with axillary
# lymphadenopathy]), derecha 1"; the gloss doubles the aside, so its original words get the plain aside's reach; an aside
# that fits the plain one's reach reads as a plain one, glossed or not)
_CATEGORY_ASIDE = r"(?:\([^()\n]{0,100}\)|(?P<glossed>\([^()\[\]\n]{1,100}\[[^\[\]\n]{1,60}\][ \t]*\)))"
# past a long glossed aside only (review r108b: never after a plain one, which reads as before) the next side's number is
# a category only where it ends its item: punctuation (not a decimal comma or a list of clock times, "derecha 1,5 cm",
# "Right 2, 3 and 5 o'clock"), a colon, the line's end (CRLF too), its own aside, a dash or two and a word, the next
# side's category, or the category's own name ("derecha 1 negativo.", "gauche 2 bénigne", "right 1 -- Negative", "right
# 1: negative"); the name must close the item ("right 2 benign cysts" counts them). "Right 2 simple cysts", "right
# 6-month follow-up", "Right 2 nd look" count, time or rank something else
# (an adverb is part of the name, which still closes the item: "right 2 probably benign." but not "right 2 highly
# vascular nodes")
_GLOSSED_ASIDE_NAME = (r"(?:(?:probabl[ey]|probablement|probablemente|provavelmente|highly|altamente|hautement)[ \t]+)?"
                       r"(?:negative|negativ[oa]|négati(?:f|ve)|normal|normale|benign|benign[oa]|b[ée]nin|b[ée]nigne"
                       r"|suspicious|sospechos[oa]|suspeit[oa]|suspecte?)(?=[ \t]*(?:[,;.:)\r\n]|$))")
_ASIDE_ITEM_END = (r"(?(glossed)(?=[ \t]*(?:,(?![ \t]*\d)|[;.:(\[]|\r|\n|$|[-–—]{1,2}[ \t]+[^\W\d_]"
                   r"|[ \t]+(?:left|right|[LR])[ \t]*[0-6][abc]?\b|[ \t]+" + _GLOSSED_ASIDE_NAME + r")))")
_CONTINUATION = re.compile(
    r"\s*(?:" + _CATEGORY_ASIDE + r")?(?:[ \t]*[-–—]+[ \t]*[^\W\d_](?:[^\W\d_]|[ ]|-(?=[a-z])){0,40}?(?=[ \t]*[,;./]|[ \t]{3}"
    r"|[ \t]+(?:\([^()\n]{0,100}\)|\[[^\[\]\n]{1,60}\])[ \t]*[,;./])"
    r"(?:[ \t]+(?:\([^()\n]{0,100}\)|\[[^\[\]\n]{1,60}\]))?)?"  # (and an aside after the name: "Left 5 - highly
    # suggestive of malignancy (US-guided biopsy ...). Right 2 - benign."; a translation's name in its own language,
    # glossed in square brackets: "vlevo (left) 6 - známý karcinom [known carcinoma], vpravo (right) 1")
    # ... or a whole recommendation sentence after the dash, up to the next side word and its category ("Left 4A -
    # targeted ultrasound and, if no benign correlate, biopsy recommended. Right 1 - Negative.")
    r"(?:[ \t]*[-–—]+[ \t]*[A-Za-z][^.\n]{0,150}?(?=\.[ \t]+(?:left|right)[ \t]+[0-6]))?"
    r"(?:\s*[,;/&.]\s*|[ \t]+[-–—][ \t]+|\s+)(?:and\s+)?"
    # (a side in parentheses before its colon, as the first item's: "BI-RADS (right): 4C; (left): 1")
    r"(?:(?P<open>\([ \t]*)?(?P<side>left|right|[LR]t?)"
    r"(?(open)[ \t]*\)[ \t]*:[ \t]*|(?:\s?|(?<=t)[ \t]{2,3}|(?<=t)[ \t]*[-–:][ \t]*))(?P<num>[0-6])(?P<sub>[abc])?"
    r"|(?P<num_b>[0-6])(?P<sub_b>[abc])?\s?(?P<side_b>[LR]))\b(?![ \t]*(?:cm|mm|o['’]?\s?clock)\b|:\d|\.\d)"
    + _ASIDE_ITEM_END, re.IGNORECASE)
# Latin side letters in a translated protocol's list: "BI-RADS: D - 2, S - 3" (dexter right, sinister left);
# both letters, since a lone "D" after the keyword may be the density
# (the categories may be Roman numerals: "BI-RADS: D - II, S - IVa")
_ROMAN = r"(?-i:IV|VI|V|I{1,3})"  # a category in Roman numerals ("IVa": 4A)
_DS_NUM = r"[0-6]|" + _ROMAN
_DEXTER_SINISTER = re.compile(
    _KEYWORD + r"[ \t]*:?[ \t]*(?-i:(?P<a>[DS]))[ \t]*[-–:]?[ \t]*(?P<na>" + _DS_NUM + r")(?P<sa>[abc])?"
    r"(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*[,;/][ \t]*"  # (a remark after the first: "D - 0 (ultrasound required), S - 1")
    r"(?-i:(?P<b>(?!(?P=a))[DS]))[ \t]*[-–:]?[ \t]*(?P<nb>" + _DS_NUM + r")(?P<sb>[abc])?(?!\w|\.\d)", re.IGNORECASE)
# ... and one side alone, written with a dash ("BI-RADS: D - 3." on a one-sided exam)
_DEXTER_OR_SINISTER = re.compile(  # (the letter apart from the keyword: "BIRADS-4C" is no "BIRAD" + "S - 4")
    _KEYWORD + r"[ \t]*:?[ \t]*(?<=[ \t:])(?-i:(?P<a>[DS]))[ \t]*[-–][ \t]*(?P<na>" + _DS_NUM + r")(?P<sa>[abc])?"
    r"(?!\w|\.\d|[ \t]*[,;/])", re.IGNORECASE)  # (a Roman numeral too: "BI-RADS: D - IVa.")
_DEXTER_OR_SINISTER_HINT = re.compile(r"(?-i:[DS])[ \t]*[-–][ \t]*(?:[0-6]|[IV])")  # a cheap scan first
# side words each with its category after the keyword, the category a Roman numeral or in brackets ("BI-RADS: Right
# breast (III), Left breast (II)", "BI-RADS: Right IV-a, Left I"; "BI-RADS assessment: Right breast 4A; Left breast 2");
# scanned only after a keyword with a colon (or a dash: "BIRADS - Lt breast: 6; Rt breast: 1") and a side
# (a translation's side words are right-aligned in the span of the words they replace: "Categoría BI-RADS: mama izquierda 6"
# reads "category BI-RADS:    left breast 6")
_ITEM_TAIL = r"[ \t]*(?:[.;,(]|\n|$)"  # (punctuation or the line's end after an item's number)
# (radiology b131: a bare list's item may end on its remark after a spaced dash, "BI-RADS sein droit [right breast] 1;
# sein gauche [left breast] 3 - surveillance échographique à 6 mois."; a letter after the dash, never a number: "BI-RADS
# right breast 2 - 3 cm mass" is no list)
_DASH_REMARK = r"[ \t]+[-–][ \t]+[^\W\d_]"
_ITEM_END = r"[0-6][abc]?(?=" + _ITEM_TAIL + "|" + _DASH_REMARK + ")"
# (without the colon only "right/left breast N" ended by punctuation or the line's end, each item alike: "BI-RADS right
# breast 1; left breast 3 (cyst)" is a list, "BI-RADS right breast 2 cm mass" is not)
# (the exams it sums up may follow in parentheses: "FINAL BIRADS (MAMMOGRAM + ULTRASOUND): Rt. breast - 2 / Lt. ...")
# (the scale's owner may be named after it: "BI-RADS classification of the ACR: right breast 2; left breast 0"; the
# French "BI-RADS ACR : sein droit / right breast 4B")
# (the French name the college with "de l'": "Classification BI-RADS de l'ACR : sein droit [right breast] 5 ; ...")
_SIDE_LIST_HEAD = re.compile(_KEYWORD + r"(?:[ \t]+(?:de[ \t]+l['’][ \t]*)?acr\b)?"
                             r"[ \t]*(?:category|categories|classification|assessments?)?"
                             r"(?:[ \t]+(?:of|by|per|according[ \t]+to)[ \t]+(?:the[ \t]+)?acr\b)?"
                             r"(?:[ \t]*\([^()\n:]{1,40}\))?"
                             r"(?:[ \t]*[:\-–][ \t]*|(?P<bare>[ \t]+)(?=(?:right|left)[ \t]+breast[ \t]+" + _ITEM_END + r"))"
                             r"(?=(?:right|left|rt|lt)\b)", re.IGNORECASE)
# (in the lower-cased text: a cheap test first)
_SIDE_LIST_HINT = re.compile(r"[:\-–][ \t]*(?:right|left|rt|lt)\b|breast[ \t]+[0-6]")
_ITEM_END_AFTER = re.compile(_ITEM_TAIL)
_BARE_ITEM_END_AFTER = re.compile(_ITEM_TAIL + "|" + _DASH_REMARK)
# (a plain digit only after a dash or colon: "BIRADS: Rt. breast - 2 / Lt. breast - 4b")
# (the item before may end on an aside in brackets: "BIRADS: Right breast - 0 (incomplete; refer). Left breast - 1")
_SIDE_LIST_ITEM = re.compile(
    r"[ \t]*(?:\([^()\n]{0,200}\)[ \t]*)?"
    # (the item before may end on its category's name after a dash: "left 6 - known malignancy; right 1 - negative")
    # (radiology b132: ... or up to a full stop before the next side, its name holding no stop: "BI-RADS assessment: Right
    # breast 4A - MRI-guided biopsy advised. Left breast 2 - benign."; review r131: the next side's number ending its item
    # as in a bare list, "Left breast 2 weeks after biopsy" and "Left breast 1 year recall" are no item)
    # (review rfinal16: the full-stop form's remark is group "stop": the list on a line dated before its head, "Prior study
    # 11/2025: BI-RADS right breast 4A - biopsy advised. Left breast 2 - benign.", ends before the next side, an earlier list)
    r"(?:(?<=[0-6abc])[ \t]*[-–][ \t]*[^\W\d](?:[^;\n]{0,120}?(?=;)|(?P<stop>[^;.\n]{0,120}?)(?=\.[ \t]+(?:right|left)\b"
    r"(?:[ \t]+breast)?[ \t]*(?:[:\-–][ \t]*)?(?:category[ \t]+)?[0-6][abc]?(?:" + _ITEM_TAIL + "|" + _DASH_REMARK + r"))))?"
    r"(?:[,;/&.\-–][ \t]*)?"  # (a dash too: "right I - left IV-C")
    r"(?:and[ \t]+)?(?P<side>right|left|rt\.?|lt\.?)(?:[ \t]+breast)?[ \t]*(?:[:\-–][ \t]*)?"
    # (the side may carry its gloss in brackets and name the category before its number: "left breast [<original>]
    # category 5; right breast category I")
    r"(?:\[[^\[\]\n]{1,40}\][ \t]*)?(?:(?P<cat>category)[ \t]+)?"
    r"(?:\([ \t]*(?P<num>[0-6]|" + _ROMAN + r")(?:[ \t]*-?[ \t]*(?P<sub>[abc]))?[ \t]*\)"
    # ("left breast 6; right breast 2"; "right 2 - benign": straight after the side word when its name follows)
    r"|(?(cat)|(?:(?<=[:\-–])|(?<=[:\-–][ \t])|(?<=breast[ \t])|(?=[0-6][abc]?[ \t]*[-–][ \t]*[^\W\d])))"
    r"(?P<num_d>[0-6])(?P<sub_d>[abc])?"
    # (Roman numerals have no zero: a list in Roman numerals writes 0 in Arabic, "BI-RADS: right 0, left III"; kept only
    # in a list with a Roman item, :func:`_side_lists`)
    r"|(?<=[ \t])(?P<num_z>0)(?=[ \t]*(?:[,;/.\n]|$))"
    r"|(?P<num_r>" + _ROMAN + r")(?:[ \t]*-?[ \t]*(?P<sub_r>[abc]))?)(?![\w-])", re.IGNORECASE)
_DEXTER_SINISTER_HINT = re.compile(r"[,;/][ \t]*[DS][ \t]*[-–:]?[ \t]*(?:[0-6]|[IV])")  # its second item: a cheap scan first
# a spoken take-back right after a category ("birads three, no wait, scratch that, birads four b"; "..., no wait,
# make that birads four a"; "birads 3, sorry, I mean 4a"): the category taken back is no statement
# (a bare "scratch that" or a spoken "correction" between commas takes it back too: "birads three, scratch that, birads
# two"; "BI-RADS 3, correction, BI-RADS 2")
# ("actually no, make that four b"; a bare "scratch that" needs no "no" before it: "birads three scratch that birads two")
_TAKEN_BACK_AFTER = re.compile(r"[ \t]*[,.;:]?[ \t]*(?:(?:no|wait|sorry|oh|actually)[ \t]*[,.;]?\s+){1,3}"  # (over a wrap)
                               r"(?:(?:make|change)[ \t]+that|i[ \t]+mean"
                               r"|excuse[ \t]+me)\b"  # ("birads four a, no, excuse me, birads four b")
                               r"|[ \t]*[,.;:]?[ \t]*(?:(?:no|wait|sorry|oh|actually)[ \t]*[,.;]?\s+){0,3}"
                               r"(?:scratch|strike|delete|disregard|cancel)[ \t]+that\b"
                               # (also over a wrap: "by rads four b,\ncorrection, by rads four c")
                               r"|[ \t]*,[ \t]*\n?[ \t]*(?:(?:scratch|strike|delete|disregard)[ \t]+that|correction)[ \t]*,"
                               # (dictation's normaliser may blank its "no", and a transcript without punctuation
                               # has no comma around it: "birads four a no excuse me birads four b")
                               r"|[ \t]*(?:,[ \t]*){0,2}excuse[ \t]+me\b",
                               re.IGNORECASE)
TAKEN_BACK_WORDS = ("that", "mean", "correction", "excuse")  # every _TAKEN_BACK_AFTER match ends so: a cheap test before the scan
# the category said after a take-back without the keyword again ("birads four a, actually no, make that four b")
# a number that starts a measurement or a clock face ("2 cm", "2 x 3", "2 o'clock"), not a category
_MEASUREMENT_AFTER = r"[ \t]*(?:mm|cm|millimet|centimet|o['’]?\s?clock|x\b|by\b)"
_BARE_CATEGORY = re.compile(r"[ \t]*,?[ \t]*" + _NUM + r"(?!" + _MEASUREMENT_AFTER + ")", re.IGNORECASE)
# ... also after a side named between the keyword and the number ("BI-RADS: right breast 2 cm mass")
_MEASUREMENT = re.compile(_MEASUREMENT_AFTER, re.IGNORECASE)
# a side letter right before the keyword ("we assign R BI-RADS 4A; L BI-RADS 2")
_LETTER_BEFORE = re.compile(r"(?<![\w.])(?-i:(?P<side>[LR]))[ \t]{1,2}$")
# a UK score after its side, glossed by the category in parentheses ("R U4 (BI-RADS equivalent 4B)"; both the side's
# scores, "R U4 M3 (BI-RADS equivalent 4B)"): the score's side
_SIDED_SCORE_BEFORE = re.compile(r"(?<![\w.])(?P<side>(?-i:[LR])|left|right)(?:[ \t]+(?-i:[UM])[1-5]){1,2}[ \t]*\([ \t]*$",
                                 re.IGNORECASE)
# ... also a line (or a clause after a heading's colon or a full stop on it) opened by a side letter and its UK score,
# the category later on the line with no other score between ("L U4 - irregular mass. BI-RADS equivalent 4B."; both the
# side's scores, "L M4 U4 - ..."; "Summary: R U1. L U3, a simple-looking solid nodule (BI-RADS equivalent 3)"): the
# score's side
# (the clause's opening within a line's first 160 characters: an unbounded lazy scan retried every colon and full stop of
# the line, quadratic on a report flattened to one line)
_SIDED_SCORE_LINE = re.compile(r"[ \t]*(?:[^\n]{0,160}?[:.;][ \t]+)?(?:[-*•][ \t]*)?(?-i:(?P<side>[LR]))[ \t]*:?"
                               # (a sentence may end on it: "L U1 M1. BI-RADS ... 1")
                               r"(?:[ \t]+(?-i:[UM])[1-5](?!\w|\.\d)){1,2}"
                               r"(?:(?!(?-i:[UM])[1-5](?!\w))[^\n])*$")
_SENTENCE_CLOSED = re.compile(r"[.:;!?][ \t\r]*$")  # (a CRLF line's "\r" too)
# a category alone in parentheses on its own line, straight under the sided score's line ("L U3 - probable
# fibroadenoma; surveillance.\n(BI-RADS equivalent 3)"): the gloss of that score, also after the line's closed sentence;
# only the name BI-RADS (with "equivalent" or not) and its value are accepted in it: anything else ("(BI-RADS 4A R)",
# "(Both breasts BI-RADS 2)", "(highest BI-RADS 4A)", "(contralateral: BI-RADS 2)") leaves the line read as before
_GLOSS_LINE = re.compile(r"[ \t]*\((?:equivalent\s+)?bi-?rads(?:\s+equivalent)?\s*:?\s*(?P<value>[0-6][a-c]?)\.?\)"
                         r"[ \t]*\.?[ \t\r]*$", re.IGNORECASE)
# ... and only a gloss of the one score it restates: the line above holds a single sided score clause ("L M4 U4 - ...";
# not "L U3 - ... R U1.", whose category may be either's) with no other side named after it ("L U3 - ... Right breast:
# two cysts." over "(BI-RADS 2)" may be the right breast's), and the value is that score's category (U4 -> 4, 4A-4C;
# U5 -> 5 or 6): "L U2 - simple cyst." over "(BI-RADS 4B)" is the exam's overall category, not the cyst's
_SCORE_CLAUSE = re.compile(r"(?<![\w.])[LR][ \t]*:?(?:[ \t]+[UM][1-5](?!\w|\.\d)){1,2}")
_GLOSS_OF_SCORE = {1: ("1",), 2: ("2",), 3: ("3",), 4: ("4", "4a", "4b", "4c"), 5: ("5", "6")}  # (U5: a known cancer's 6)


@lru_cache(maxsize=4)
def _uk_score_starts(text: str) -> list[int]:
    """The starts of every _UK_SCORE in a report, listed once, and only for a report whose categories ask
    (:func:`_uk_score_between`)."""
    return [s.start() for s in _UK_SCORE.finditer(text)]


def _uk_score_between(text: str, start: int, pos: int) -> bool:
    """Whether ``text[start:pos]`` holds a UK score, as ``_UK_SCORE.search(text, start, pos)`` says, read from the
    starts of the text's scores found once (:func:`_uk_score_starts`): searching the line before each category again
    was quadratic on a report flattened to one line ("BI-RADS 3 BI-RADS 3 ..."). A score that starts four or more
    characters before ``pos`` reads as in the whole text; one ending a character or two before ``pos`` is matched again
    there, as the search's lookahead stops at ``pos``."""
    uk_scores = _uk_score_starts(text)
    k = bisect_left(uk_scores, start)
    if k < len(uk_scores) and uk_scores[k] <= pos - 4:
        return True
    return any(_UK_SCORE.match(text, i, pos) for i in range(max(start, pos - 3), pos - 1))


def _sided_score_line(text: str, pos: int) -> str | None:
    """The side letter of ``_SIDED_SCORE_LINE`` on the line of a category at ``pos``; also on the line above when
    the clause wraps onto the category's line: that line ends mid-sentence, and the category's line before ``pos``
    has no UK score of its own ("L U3 - ... probable fibroadenoma\n(BI-RADS equivalent 3)"), or the category's line is
    its parenthesis alone, the score's gloss (:func:`_glossed_score_side`)."""
    start = text.rfind("\n", 0, pos) + 1
    if (score := _SIDED_SCORE_LINE.match(text, start, pos)) is not None:
        return score.group("side")
    if start == 0 or _uk_score_between(text, start, pos):
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    if _SENTENCE_CLOSED.search(text, max(0, start - 40), start - 1):
        gloss = _GLOSS_LINE.fullmatch(text, start, end_of_line(text, pos))
        return _glossed_score_side(text, above, start - 1, gloss.group("value")) if gloss is not None else None
    score = _SIDED_SCORE_LINE.match(text, above, start - 1)
    return score.group("side") if score is not None else None


def _glossed_score_side(text: str, start: int, end: int, value: str) -> str | None:
    """The side of the score line ``text[start:end]`` that the parenthesis ``(BI-RADS <value>)`` under it glosses:
    its one sided score clause, none after it and no other side named after it, the value that score's category
    (:data:`_SCORE_CLAUSE`)."""
    score = _SIDED_SCORE_LINE.match(text, start, end)
    clauses = list(_SCORE_CLAUSE.finditer(text, start, end))
    if score is None or len(clauses) != 1:
        return None
    clause, side = clauses[0], score.group("side")
    scores = [int(s.group()[1]) for s in _UK_SCORE.finditer(clause.group())]
    if len(list(_UK_SCORE.finditer(text, start, end))) != len(scores) or any(
            _sides_of_word(w) != {side} for w in _SIDE_WORD.finditer(text, clause.end(), end)):
        return None
    return side if value.lower() in _GLOSS_OF_SCORE[max(scores)] else None  # (the clause's "M3 U4" assesses a 4)


# another scale's category ("JABTS category 2", the Japanese breast ultrasound scale; "Synoptic category 1", the
# Australian RANZCR 1-5 scale; a nursing record's pressure ulcer staged by the NPIAP / EPUAP categories, "sacral
# pressure ulcer, category 2", "pressure injury category 3"): no BI-RADS category
_OTHER_SCALE_BEFORE = re.compile(r"\b(?:jabts|jsum|ti-?rads|li-?rads|pi-?rads|o-?rads|synoptic|ranzcr"
                                 r"|(?:pressure|decubitus)[ \t]+(?:ulcer|injury|sore)s?(?:[ \t]*,)?)[ \t]*$", re.IGNORECASE)
OTHER_SCALE_REACH = 24  # (how far before the category the other scale's name may begin: "decubitus ulcers, ")
# (a letter on the next line is no side of the statement: the slice read may end inside the next line's side word;
# nor one with a colon, which heads the next cell of a row: "R: BI-RADS 1   L: BI-RADS 5")
_SIDE_AFTER_LETTER = re.compile(r"^[ \t]*,?[ \t]*(?P<side>[LR])\b(?![a-z]|[ \t]*:)", re.IGNORECASE)


def _side_letter_after(text: str, pos: int) -> re.Match[str] | None:
    """``_SIDE_AFTER_LETTER`` in the few characters after ``pos``; its colon is looked for past them too (a wide gap
    before the next cell's letter: "R: BI-RADS 6     L: BI-RADS 1")."""
    after = _SIDE_AFTER_LETTER.match(text[pos : pos + 6])
    return None if after is None or COLON_AFTER.match(text, pos + after.end()) else after


_LETTER_WORD = re.compile(r"\s*,?\s*[lr][a-z]", re.IGNORECASE)
# a side word right after a category, ending its clause, is that category's side over a side word before it in the
# clause ("the right breast as benign and the left as normal: BI-RADS 2 right, BI-RADS 1 left.", "cysts on the left:
# BI-RADS 3 right"); not a heading of the next statement ("... 2\nLeft breast:") nor a word running on ("left.Next")
_SIDE_WORD_AFTER = re.compile(r"[ \t]+(?P<side>right|left)(?:[ \t]+breast)?(?=[ \t]*(?:[,;)]|\.(?!\w)|$))",
                              re.IGNORECASE | re.MULTILINE)
# (in unpunctuated dictation a line's end is the editor's wrap, no clause end: a side word there, after a category whose
# clause names its side before it, opens the next statement: "right breast negative birads one left breast\nsimple
# cysts birads two")
_LINE_WRAP_AFTER = re.compile(r"[ \t]*\n[ \t]*\S")
# (not an exam's "of both breasts": "BIRADS 0 - mammography of both breasts is needed" assesses one side)
# (both sides named together: "BI-RADS 2 right and left", "BI-RADS 1, left and right breasts"; also after the category's
# name: "BI-RADS 0: Incomplete - Need Additional Imaging Evaluation, right and left"; each side after its preposition:
# "ACR 1 on the right and on the left", only when nothing of the second side's own follows it: "ACR 4 on the right and
# on the left ACR 2", "BI-RADS 4B on the right and on the left a simple cyst" name one side each)
# (the second side's clause ends there: a full stop, a line's end, a translation's bracket, or a comma before a clause
# with no category or finding)
_SECOND_SIDE_ENDS = second_side_ends(r"bi-?rads|acr|categor|mass|cyst|calcif|asymmetr|distortion|nodul|lesion|lump|"
                                     + "|".join(p for p, _ in CATEGORY_WORDS), side_noun=r"(?:[ \t]+breasts?)?")
_BILATERAL_AFTER = re.compile(r"^(?:[ \t]*[:\-–—][ \t]*(?:" + "|".join(p for p, _ in CATEGORY_WORDS) + r")\b)?"
                              r"[^.;\n]{0,25}?\b(?P<w>bilateral(?:ly)?|bilat|(?<!of )both\s+(?:breasts|sides)|b/l"
                              r"|right\s+and\s+(?:on\s+the\s+left\b" + _SECOND_SIDE_ENDS + r"|left)"
                              r"|left\s+and\s+(?:on\s+the\s+right\b" + _SECOND_SIDE_ENDS + r"|right))\b",
                              re.IGNORECASE)
BILATERAL_AFTER_CHARS = 90  # how far after a category its sides are looked for (its longest name, then 25 characters)
# both sides named with an exam recommended after the category ("BI-RADS 0: Incomplete - diagnostic mammography of both
# breasts is needed", "se requiere mamografía bilateral", "bilateral MRI recommended"): the exam's sides, not the category's
_EXAM_BEFORE_BOTH = re.compile(r"\b" + _EXAM_WORDS + r"[ \t]+(?:(?:of|for|on)[ \t]+(?:the[ \t]+)?)?$", re.IGNORECASE)
_EXAM_AFTER_BOTH = re.compile(r"(?:[ \t]+breasts?)?[ \t]+(?:diagnostic[ \t]+|screening[ \t]+)?" + _EXAM_WORDS + r"\b",
                              re.IGNORECASE)


def _exams_sides(text: str, word: re.Match[str]) -> bool:
    """A side word naming both breasts that is the side of an exam named beside it ("mammography of both breasts")."""
    return bool(word.group("b") and (_EXAM_BEFORE_BOTH.search(text, max(0, word.start() - 30), word.start())
                                     or _EXAM_AFTER_BOTH.match(text, word.end())))


# "each breast" / "either breast" names both sides only when the exam covers both: on a one-sided exam ("LEFT
# MAMMOGRAM ... BI-RADS 2, each breast") it is the exam's side; "bilateral" / "both breasts" are read as they stand
_EACH_OR_EITHER_BREAST = r"(?:each|either)\s+breast"  # (shared with _BOTH_SIDES_BELOW)
_EACH_OR_EITHER = re.compile(r"\b" + _EACH_OR_EITHER_BREAST + r"\b", re.IGNORECASE)
_BOTH_NAMED = re.compile(r"\b(?:bilateral(?:ly)?|bilat|both\s+breasts?|b/l)\b", re.IGNORECASE)
# a German report's abbreviated sides both after the category ("BI-RADS 1 re./li.": rechts / links)
_GERMAN_BOTH_AFTER = re.compile(r"[ \t]*(?:re\.?[ \t]*/[ \t]*li|li\.?[ \t]*/[ \t]*re)\b", re.IGNORECASE)
_SIDE_WORD = re.compile(r"\b(?P<l>left|lt)\b|\b(?P<r>right|rt)\b|\b(?P<b>bilateral(?:ly)?|bilat|both\s+breasts?|"
                        r"(?:each|either)\s+breast|b/l)\b|(?P<l4>左)|(?P<r4>右)|(?P<b4>[双雙])"  # Chinese: left, right, both
                        r"|\b(?-i:(?P<l3>L)|(?P<r3>R))(?=[ \t]*(?::|-[ \t])"
                        # (also opening a terse note's line before a word in lower case: "L neg, BIRADS 1.", "R stable")
                        r"|(?<![^\n].)[ \t]+(?-i:[a-z])"
                        # (or opening a numbered item before a word in lower case or all in capitals, as a printout
                        # writes it: "2. R BENIGN CALCS."; not before a capitalised word, a name's initial; a
                        # fixed-width printout indents its lines one space: " 2. R NEGATIVE.")
                        r"|(?:(?<=\n\d[.)][ \t].)|(?<=\n[ \t]\d[.)][ \t].))[ \t]+(?-i:[a-z]|[A-Z]{2,}\b))"
                        r"|\b(?P<l2>L)(?=\s*(?:breast|br\b|\d{1,2}(?::\d\d|\s*o)|axilla|us\b))"
                        r"|\b(?P<r2>R)(?=\s*(?:breast|br\b|\d{1,2}(?::\d\d|\s*o)|axilla|us\b))", re.IGNORECASE)
# a side-less category takes the first side word after it in its clause, up to the next full stop, semicolon or line
# end ("BI-RADS 3 for the right breast"), searched from the category (no copy of the rest of the report) and only so
# far: a clause that runs on past the reach is a list with no stop ("BI-RADS 3 - a BI-RADS 3 - a ..."), and searching
# each of its categories to its end would be quadratic
_CLAUSE_END = re.compile(r"[.;\n]")
CLAUSE_SIDE_REACH = 1000  # characters after a category searched for its clause's side word
_SIDE_HEADER = re.compile(
    r"(?:^|[.;]\s+|\n)[ \t]*(?P<h>(?:left|right|lt|rt|[LR]|bilateral|both)(?:\s+breast)?)[ \t]*:", re.IGNORECASE)
# history-like sections: prior assessments quoted there never count; a sub-heading after a sentence
# written with a capital ("... self exam. Past history: ...") opens one too
# (also the time it covers against treatment: "Pre-treatment history:", "Pre-operative history:", "Oncological history:";
# or against any other event, hyphenated, before the word history itself: "Pre-season history (from the pre-deployment
# medical file, 09/2025):", "Pre-deployment medical history:", "Pre-op history:"; not "Pre-biopsy imaging:" nor
# "Pre-op findings:"; review r107b: only with the colon straight after the word history, or after the source in
# parentheses that a heading may gloss: "Pre-biopsy history and examination:", "Pre-op history and today's scan:",
# "Pre-op history & exam findings:" head today's exam as well, and "Pre-op Hx reviewed: nil." is no heading of one)
_HEADING_SOURCE = r"\((?:from|per|as|for|previous|prior|earlier|past)\b[^()\n]{1,60}\)[ \t]*"
# (the same source told without parentheses straight after the heading's word: "as written on the request", "as worded by
# the referring GP"; a verb of writing it down and "on / in / by" only, up to the colon on its line)
_BARE_HEADING_SOURCE = r"[ \t]+as[ \t]+(?:written|worded|typed|stated|given|phrased)[ \t]+(?:on|in|by)[ \t]+[^:()\n]{1,40}?"
_HISTORY_QUALIFIER = (r"(?:clinical|past|previous|prior|relevant|medical|surgical|family|breast|screening|surveillance|"
                      r"imaging|diagnostic|pre-?(?:treatment|operative|therapy)|oncologic(?:al)?|treatment|"
                      r"pre-[a-z]{2,}(?=\s+(?:(?:medical|clinical|breast|imaging)\s+)?(?:history|hx)[ \t]*"
                      r"(?:" + _HEADING_SOURCE + r")?:))")
_HISTORY_HEADING = re.compile(  # (also a form's numbered item: "3. Imaging history - prior examinations:", "(3) ...")
    r"^[ \t]*(?:(?P<item>" + _FORM_ITEM_NUMBER + "))?"  # (the group takes part only with a number: see the end)
    # (or a bulleted item: "• Imaging history: MAMMO L 2025 BI-RADS 2", history to its item's end: _bullet_item_end)
    r"(?P<bullet>(?(item)(?!)|(?:[•*][ \t]*|[-–][ \t]+)))?"
    # ("Other" before a qualifier: a medical board's numbered "2. OTHER MEDICAL HISTORY", the conditions beside the one
    # boarded; not "Other" alone, "Other findings:")
    r"(?:other\s+(?=" + _HISTORY_QUALIFIER + r"\s))?"
    r"(?:" + _HISTORY_QUALIFIER + r"\s+){0,2}"
    r"(?:history|hx|indications?|comparison|health\s+maintenance|necessity|"
    r"clinical\s+(?:information|details)|"  # ("Clinical information provided:")
    # (radiology b131: "Reason for request (as written by referring GP):", the request's own reason)
    r"clinical|clin|referral|reason\s+for\s+(?:exam|referral|recall|consultation|assessment|request)|recalled\s+for|"
    r"clinical\s+indication|"
    r"presenting\s+(?:complaint|problem|symptoms?)|"
    r"background|antecedentes|anamnesis|"  # (Spanish: a translation's original heading, its bracketed English gloss blanked)
    # (a protocol translated from Russian heads the patient's history "Anamnesis": "5. Anamnesis (Анамнез): USG 09.2025
    # ... BI-RADS 2")
    # a monitoring report's known diagnosis ("Known: left breast carcinoma, core biopsy ... (pre-treatment BI-RADS 5)")
    r"known(?:\s+(?:diagnosis|malignancy|cancer|carcinoma))?(?=[ \t]*:)|"
    r"(?:prev|previous|prior)(?=[ \t]*:)|"  # (the qualifier alone heading a terse note's line: "Prev: BI-RADS 3, f/u")
    # a case review's lesson, told of cases in general, not this case's assessment ("Learning point: review cine in two
    # planes before assigning BI-RADS 3 to a solid mass."; "Teaching points:"; also "Teaching pearl:", "Lesson learned:")
    r"(?:(?:key\s+)?(?:learning|teaching)\s+(?:points?|pearls?)|lessons?\s+learn(?:ed|t))(?=[ \t]*:)|"
    # another institution's reading of the images under review ("Outside interpretation (as reported):")
    r"(?:outside|external|referring)\s+(?:interpretation|reading|read|reports?|impression|assessment|opinion)|"
    r"(?:previous|prior|last)\s+(?:mammograms?|screens?|screening|rounds?|imaging|exams?|examinations?|studies|ultrasound|"
    r"results?|bi-?rads|assessments?|findings)|"  # ("Previous findings 02.02.2025: Left breast BI-RADS 4A, ...")
    # a summary sheet's block of earlier results named after its subject ("IMAGING - PREVIOUS (from RIS):")
    r"(?:imaging|mammograms?|ultrasound|results?|exams?|examinations?|studies|bi-?rads)[ \t]*[-–:][ \t]*"
    r"(?:previous|prior|earlier))"
    r"(?:[ \t]*[-–][ \t]*(?:previous|prior|earlier|past)[ \t]+[a-z]+)?"  # ("Imaging history - prior examinations:")
    # (a form's numbered section may head its line without a colon: "Section 3 - Breast history (previous imaging)")
    # (the heading's source glossed in parentheses: "Clinical notes (from request form):", "History (per referral):",
    # "Reason for referral (as worded by the requesting physician):"; "Previous imaging (for reference only, not this
    # episode):"; a referral form's "Breast imaging history (previous scans, with dates):")
    r"\b(?:[^:\n]{0,20}(?:" + _HEADING_SOURCE + r")?:"
    # (radiology b132: the source told without parentheses, "Indication as written on the request:")
    r"|" + _BARE_HEADING_SOURCE + r"[ \t]*:"
    r"|(?(item)(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*$|(?!))"
    # (a report's heading in capitals on a line of its own, without a colon, naming what the history is of or where it
    # was taken from, perhaps glossed in parentheses: "HISTORY OF CONDITIONS (from the evidence)", "3. RELEVANT HISTORY
    # FROM THE RECORDS (chronology)"; not "HISTORY AND EXAMINATION", nor the words run on in a sentence)
    r"|(?<=(?-i:[A-Z]))(?P<caps>(?-i:[ \t]+(?:OF[ \t]+CONDITIONS?|FROM[ \t]+THE[ \t]+(?:RECORDS|EVIDENCE|NOTES))))"
    r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*$)",
    re.IGNORECASE | re.MULTILINE)
# review r113: that capitals heading's history ends at the next line wholly in capitals like it, perhaps numbered or
# glossed in parentheses: a report's own bare headings ("ULTRASOUND REPORT", "REPORT", "OPINION", "CONCLUSION", "4.
# OPINION", "FUNCTIONAL HISTORY"); not a line with a date or a category in it ("MAMMOGRAM 2024 BI-RADS 2")
_CAPITALS_HEADING_LINE = re.compile(r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})?\.?[ \t]+)?[A-Z][A-Z'’&/-]+(?:[ \t]+[A-Z&][A-Z'’&/-]*){0,8}"
                                    r"(?:[ \t]*\([^()\n]{1,60}\))?(?:[ \t]*:)?[ \t]*$", re.MULTILINE)
# review rfinal7: ... and at the report's own section heading in sentence case alone on its line ("Ultrasound findings",
# "Opinion", "Impression", "Conclusion"), or at a capitals exam title with its date ("BREAST ULTRASOUND 18.02.2026"), the
# report's own headings under such a history being worded so
_OWN_SECTION_LINE = re.compile(r"^[ \t]*(?:(?:Ultrasound|Mammogra(?:m|phy)|MRI|Imaging)[ \t]+(?-i:[a-z]))?"
                               r"(?:(?-i:[Ff])indings|(?-i:[OIC])(?:pinion|mpressions?|onclusions?))[ \t]*$", re.MULTILINE)
_DATED_CAPITALS_EXAM_TITLE = re.compile(r"^[ \t]*(?:(?:LEFT|RIGHT|BILATERAL|BREASTS?|DIAGNOSTIC|SCREENING)[ \t]+){0,3}"
                                        r"(?:ULTRASOUND|MAMMOGRA(?:M|PHY)|MAMMO|MRI|US)(?:[ \t]+(?:LEFT|RIGHT|BILATERAL"
                                        r"|BREASTS?)){0,2}[ \t]+\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d[ \t]*$", re.MULTILINE)
_HISTORY_SUBHEADING = re.compile(
    r"[.;][ \t]+(?=(?-i:[A-Z]))(?:(?:" + _HISTORY_QUALIFIER + r"\s+)?"  # ("... carrier. Surveillance history: ...")
    r"(?:history|comparison|indications?|prior|previous)\b[^:\n]{0,20}:"  # ("... Follow-up. Prior: ...")
    # with two qualifiers as on a heading line only a history telling something ("... Breast imaging history: mammogram
    # 2024 ..."; not "Breast imaging comparison: ...", "Breast imaging prior to this: ...", nor "... history: none; today
    # ...", whose sentence goes on with today's exam)
    # (review r99b: that sub-heading heads its own sentence only: "Breast imaging history: nothing relevant. Today ...")
    r"|(?P<two>(?:" + _HISTORY_QUALIFIER + r"\s+){2})history[ \t]*:(?![ \t]*(?:none|nil|no|n/?a)\b))", re.IGNORECASE)
# (a history sub-heading's own sentence: to its full stop or semicolon, or its line's end)
_HISTORY_SENTENCE_END = re.compile(r"[.;](?=\s|$)|\n")
# review r102: a line below the item's own, its indent kept: without a bullet it is a wrap of the item only indented
# deeper than the bullet or going on in lower case ("  mammogram 2024 BI-RADS 2"); at the bullet's indent or shallower
# it opens something else ("Mammogram 02/03/2026, left: BI-RADS 2" under "  • Imaging history: US L 2025 BI-RADS 3")
_ITEM_LINE = re.compile(r"(?P<indent>[ \t]*)(?:(?P<bullet>[•*]|[-–](?=[ \t]))|(?P<lower>[a-z])|\S)")
# ... and the item ends at today's exam: a line opening with "Today" / "Current" or naming today and an exam ("  Repeat
# US today: R BI-RADS 2"), and on the heading's own line a sentence so opening ("- Comparison: 2024, BI-RADS 2. Today
# stable, BI-RADS 2."), or such a line the layout joined on after a gap of blanks ("• History: US R 2025 BI-RADS 3
# Repeat US today: R BI-RADS 2", the wrapped line's indent kept as the gap)
_TODAY_OR_CURRENT_OPENER = re.compile(r"[ \t]*(?:today|current)\b", re.IGNORECASE)
# (in any case: "US done Today", "TODAY"; _TODAY_WORD below is lower-case only, for the lower-cased label text)
_TODAY_ANY_CASE = re.compile(r"\btoday\b", re.IGNORECASE)
_EXAM_WORD = re.compile(r"\b(?:mammo\w*|ultrasound|sonograph\w*|us|mri|exam\w*|scan|imaging|views?)\b", re.IGNORECASE)
_TODAY_SENTENCE = re.compile(r"(?:[.;][ \t]+|[ \t]{2,})(?=(?:today|current)\b|[^.;:\n]{0,20}?\b(?:mammo\w*|ultrasound"
                             r"|sonograph\w*|us|mri|exam\w*|scan|imaging|views?)\b[^.;:\n]{0,20}?\btoday\b)",
                             re.IGNORECASE)


def _todays_exam_line(text: str, start: int) -> bool:
    """The line at ``start`` tells today's exam (:data:`_TODAY_OR_CURRENT_OPENER`, or today and an exam named)."""
    end = end_of_line(text, start)
    return _TODAY_OR_CURRENT_OPENER.match(text, start, end) is not None or (
        _TODAY_ANY_CASE.search(text, start, end) is not None and _EXAM_WORD.search(text, start, end) is not None)


# review r102b: a bulleted heading is history to its item's end only as the exact "Imaging history" / "Previous
# imaging"; under a bulleted "• Indication:", "• Comparison:", "• History:" or "• Clinical history:" only the item's
# sentences giving a category dated by a year are history (_year_dated_category_sentences: "  • Comparison: 2025
# BI-RADS 3" under "• Current imaging: ..."), the rest read as before b102 ("• Indication: screening. Both breasts
# BI-RADS 1." reads 1 1) ...
_BULLETED_HISTORY_WORDS = re.compile(r"(?:imaging[ \t]+history|previous[ \t]+imaging)[ \t]*:", re.IGNORECASE)
# ... (its item's end: _imaging_history_item_end); a sentence of an item or a paragraph line (also ended by a gap of
# blanks: a wrapped line the layout joined on), and the words that make a year-dated sentence in the other headings'
# items today's (_year_dated_category_sentences)
_ITEM_SENTENCE_END = re.compile(r"[.;](?=\s|$)|\n|[ \t]{2,}")
_TODAY_NEW_CURRENT_OR_FULL_DATE = re.compile(r"\b(?:today|new|current|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d)\b",
                                             re.IGNORECASE)


def _bulleted_history_heading(heading: re.Match[str]) -> bool:
    """The bulleted ``heading`` (its ``bullet`` group set) says exactly :data:`_BULLETED_HISTORY_WORDS`."""
    return _BULLETED_HISTORY_WORDS.fullmatch(heading.string, heading.end("bullet"), heading.end()) is not None


# review rfinal: ... nor is a sentence naming today's exam ("US 2026 at this attendance: L BI-RADS 4A", "Mammogram
# 2026 (this exam) BI-RADS 2"), nor one whose only years are the report's own (a "Date:" line's:
# "Date: 10/03/2026" over "• Indication: screening 2026, both breasts BI-RADS 1") or anchor a comparison after the
# category ("Right breast BI-RADS 2, stable since 2025", "Right BI-RADS 2 (unchanged from 2025)")
_THIS_EXAM_WORD = re.compile(r"\b(?:now|this[ \t]+(?:visit|attendance|exam\w*|study))\b", re.IGNORECASE)
_COMPARED_SINCE_YEAR = re.compile(r"\b(?:since|unchanged[ \t]+from|stable[ \t]+from)[ \t]+(?:19|20)\d\d\b", re.IGNORECASE)
# (the report's own date: a full date on a "Date:" / "Exam date:" line, not an earlier exam's)
_OWN_DATE_LINE = re.compile(r"^[ \t]*(?:(?:exam|examination|study|report|scan)[ \t]+)?date[ \t]*:[^\n]*",
                            re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=4)
def _own_years(text: str) -> frozenset[str]:
    """The years of the report's own full dates (:data:`_OWN_DATE_LINE`); once per report, not once per bulleted item
    (a scan of the whole report per item read a long list in quadratic time)."""
    return frozenset(d.group("y") or d.group("iy") for line in _OWN_DATE_LINE.finditer(text)
                     for d in _FULL_DATE.finditer(text, *line.span()))


def _dates_other_year(text: str, start: int, end: int, own_years: frozenset[str]) -> bool:
    """``text[start:end]`` names a year other than the report's own (``own_years``) outside a "since / unchanged from
    <year>" after its category (:data:`_COMPARED_SINCE_YEAR`)."""
    category = _BIRADS_MENTION.search(text, start, end)
    anchors = [m.span() for m in _COMPARED_SINCE_YEAR.finditer(text, category.end(), end)] if category else []
    return any(y.group(0) not in own_years and not any(a <= y.start() < b for a, b in anchors)
               for y in _YEAR.finditer(text, start, end))


def _year_dated_category_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences in ``text[start:end]`` (a bulleted heading's item) naming a category and a year, none of
    :data:`_TODAY_NEW_CURRENT_OR_FULL_DATE` nor :data:`_THIS_EXAM_WORD`, the year not the report's own (:func:`_own_years`)
    and no comparison's anchor (:func:`_dates_other_year`): an earlier exam's ("  • Comparison: 2025 BI-RADS 3",
    "• History: lump noticed today\n  US 2025 L BI-RADS 3")."""
    spans = []
    own_years: frozenset[str] | None = None  # (found when first needed)
    pos = start
    while pos < end:
        stop = _ITEM_SENTENCE_END.search(text, pos, end)
        stop_at = stop.end() if stop else end
        if (_BIRADS_MENTION.search(text, pos, stop_at) and _YEAR.search(text, pos, stop_at)
                and not _TODAY_NEW_CURRENT_OR_FULL_DATE.search(text, pos, stop_at)
                and not _THIS_EXAM_WORD.search(text, pos, stop_at)):
            if own_years is None:
                own_years = _own_years(text)
            if _dates_other_year(text, pos, stop_at, own_years):
                spans.append((pos, stop_at))
        pos = stop_at
    return spans


# review r102c: the exact "Imaging history" / "Previous imaging" item is its heading's line and that line's lower-case
# wraps at the bullet's margin only: any deeper-indented line or sub-bullet below ends it ("    – US at this attendance:
# L BI-RADS 4A", "  Our review: L BI-RADS 4A" may be today's) ...
_TODAYS_SENTENCE_WORD = re.compile(
    # ... and so does any sentence naming a full date or a word of today's exam ("; repeat US this morning: R BI-RADS 2",
    # "; re-scanned in clinic: ..."; "new" only before an exam: "new US: R BI-RADS 4A", not "(new lump since then)")
    r"\b(?:today|now|present|current|repeat(?:ed)?|re-?scanned|our[ \t]+review|in[ \t]+clinic"
    r"|this[ \t]+(?:visit|attendance|morning|admission|exam\w*)"
    r"|new[ \t]+(?:mammo\w*|ultrasound|us|sonograph\w*|mri|scan|imaging|exam\w*)"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d)\b", re.IGNORECASE)


# review rfinal: the layout reads a line indented under the bullet's text, after a line ending with no stop, as a wrap
# and joins it on after a gap of blanks (hanging_indent_view); one opening with a capital is no lower-case wrap and ends
# the item ("• Imaging history: mammogram 2025 L BI-RADS 2\n  US L: BI-RADS 3" -> L=3) ...
_JOINED_CAPITAL_LINE = re.compile(r"(?<=[^\s.:;])[ \t]{3,}(?=[A-Z])")
# ... and after a sentence telling no earlier imaging, one naming a baseline or first exam and no year is today's
# ("• Imaging history: no prior imaging; baseline mammogram BI-RADS 1 bilateral" -> 1 1)
_NO_EARLIER_IMAGING = re.compile(r"[ \t]*(?:none|nil|no[ \t]+(?:prior|previous|earlier)[ \t]+(?:imaging|exams?|studies"
                                 r"|mammo\w*|ultrasounds?|scans?))[ \t]*[.;,]", re.IGNORECASE)
_FIRST_EXAM_WORD = re.compile(r"\b(?:baseline|first)\b", re.IGNORECASE)


def _imaging_history_lines_end(text: str, heading: re.Match[str], end: int) -> int:
    """Where the "Imaging history" / "Previous imaging" ``heading``'s lines end before ``end``: at the first line below
    its own that is no lower-case wrap at the bullet's margin (:data:`_ITEM_LINE`); the item's lines walked once."""
    indent = heading.start("bullet") - heading.start()
    pos = end_of_line(text, heading.end())
    while pos + 1 < end:
        start = pos + 1
        pos = end_of_line(text, start)
        if (line := _ITEM_LINE.match(text, start, pos)) is None:
            continue  # (a blank line)
        if line.group("bullet") or not line.group("lower") or len(line.group("indent")) > indent:
            return start
    return end


def _imaging_history_item_end(text: str, heading: re.Match[str], end: int) -> int:
    """Where the "Imaging history" / "Previous imaging" ``heading``'s item ends before ``end``: at the first line below
    its own that is no lower-case wrap at the bullet's margin (:data:`_ITEM_LINE`: a bullet, a capital or a deeper
    indent), then at the first sentence of what is left naming today's exam or a full date
    (:data:`_TODAYS_SENTENCE_WORD`); the item's lines walked once."""
    if (joined := _JOINED_CAPITAL_LINE.search(text, heading.end(), min(end_of_line(text, heading.end()), end))) is not None:
        end = joined.start()  # (a capitalised line the layout joined on ends the item as it would below)
    end = _imaging_history_lines_end(text, heading, end)
    pos = heading.end()
    none_before = False  # the sentence before said there is no earlier imaging
    while pos < end:
        stop = _ITEM_SENTENCE_END.search(text, pos, end)
        stop_at = stop.end() if stop else end
        if _TODAYS_SENTENCE_WORD.search(text, pos, stop_at) or (
                none_before and _FIRST_EXAM_WORD.search(text, pos, stop_at) and not _YEAR.search(text, pos, stop_at)):
            return pos
        none_before = _NO_EARLIER_IMAGING.match(text, pos, stop_at) is not None
        pos = stop_at
    return end


def _bullet_item_end(text: str, heading: re.Match[str], end: int) -> int:
    """Where the bulleted history ``heading``'s item ends before ``end``: at the next line with a bullet indented no
    deeper than the heading's own, at a line below its own that is no wrap of it (:data:`_ITEM_LINE`), or at
    today's exam (:func:`_todays_exam_line`, :data:`_TODAY_SENTENCE`), walked once over the item's lines (blank ones
    skipped)."""
    indent = heading.start("bullet") - heading.start()
    pos = end_of_line(text, heading.end())
    if (today := _TODAY_SENTENCE.search(text, heading.end(), min(pos, end))) is not None:
        return today.end()
    while pos + 1 < end:
        start = pos + 1
        pos = end_of_line(text, start)
        if (line := _ITEM_LINE.match(text, start, pos)) is None:
            continue  # (a blank line)
        deeper = len(line.group("indent")) > indent
        if not deeper and (line.group("bullet") or not line.group("lower")) or _todays_exam_line(text, start):
            return start
    return end
# a dictated heading said with a comma on a line of its own ("Comparison, prior ultrasound of August ..., also
# birads three"): history to the end of its line, or to a findings / impression sentence said on the same line
_SPOKEN_HISTORY_LINE = re.compile(r"^[ \t]*(?:clinical(?:\s+history)?|history|comparison|indications?)[ \t]*,[^\n]*",
                                  re.IGNORECASE | re.MULTILINE)
# (a cheap test first, in the lower-cased text; the normaliser writes a spoken "comma" as blanks and a comma)
_SPOKEN_HISTORY_HINT = re.compile(r"(?:clinical|history|comparison|indications?)[ \t]*,")
# a pasted earlier result, headed on a line of its own ("Previous Result (08/28/2026)"; a health screening's "Previous
# check-up (2025-02-10) - summary", "Prior visit"): history to the blank line; also a hospital system's list heading
# naming the department's results, with nothing after it but its colon ("Previous radiology results:" over its dated
# rows, each quoting an earlier report): a list only over its dated rows (:func:`_dated_rows_end`)
_PRIOR_RESULT = re.compile(r"^[ \t]*(?:previous|prior|earlier|old)[ \t]+"
                           r"(?:(?:results?|reports?|exams?|examinations?|stud(?:y|ies)|check-?ups?|visits?)\b[^\n:]{0,40}"
                           r"|(?P<dept>(?:radiology|imaging)[ \t]+(?:results?|reports?)[ \t]*+)):?[ \t]*$",
                           re.IGNORECASE | re.MULTILINE)
# (review r114: such a list's row starts with its date, a year at least: "  03-2025  US BREAST RIGHT  "BI-RADS 2"",
# "  2024-01-10  MAMMO BILAT ...", "2024: BI-RADS 2."; a line of today's report below the rows with no blank line
# between starts otherwise, or with a section heading: "Current examination: ...", "Today: ...", "Addendum today: ...")
_DATED_ROW = re.compile(r"(?P<indent>[ \t]*+)(?:\d{1,2}[/.-]){0,2}(?:19|20)\d{2}(?:-\d{2}){0,2}(?=[ \t:,]|$)",
                        re.MULTILINE)
_ROW_SECTION_HEADING = re.compile(r"[ \t]*+(?:findings|impressions?|conclusions?|current[ \t]+(?:examination|exam|study)"
                                  r"|comparison|today|addendum|recommendations?|opinion)\b", re.IGNORECASE)


def _todays_row(text: str, row: re.Match[str], line_end: int) -> bool:
    """The dated row ``row`` is today's exam (review rfinal7): it says "today" and its year is the report's own (of its
    date line, :func:`_own_years`, else the latest the report names): "2026  Right breast ultrasound today - ...; BI-RADS
    1." ends the list of earlier results above it."""
    if _TODAY_ANY_CASE.search(text, row.end(), line_end) is None or (year := _YEAR.search(row.group(0))) is None:
        return False
    own = _own_years(text)
    return year.group(0) in own if own else int(year.group(0)) >= _text_years(text)[1][0]


def _dated_rows_end(text: str, pos: int) -> int | None:
    """The end of the dated rows (:data:`_DATED_ROW`) straight below the list heading line ending at ``pos``, each with
    the lines it wraps onto (indented deeper than the row, no section heading, :data:`_ROW_SECTION_HEADING`): the
    list's end, at the first other line (a blank one too). None where the heading's next line is no dated row: an
    empty field ("None on file.", or the form's next heading, "Impression: ..."), no list."""
    end, indent = None, 0
    while pos < len(text):
        start = pos + 1
        line_end = end_of_line(text, start)
        if _ROW_SECTION_HEADING.match(text, start, line_end) is None:
            if (row := _DATED_ROW.match(text, start, line_end)) is not None and not _todays_row(text, row, line_end):
                end, indent = line_end, len(row.group("indent"))
                pos = line_end
                continue
            if end is not None and len(text[start:line_end]) - len(text[start:line_end].lstrip(" \t")) > indent and (
                    text[start:line_end].strip()):
                end = pos = line_end  # (the row's wrapped continuation)
                continue
        break
    return end
# a breast exam's item stated as not performed ("5. Mammography / breast ultrasound: NOT PERFORMED. ... her outside report
# seen: 'BI-RADS 1'"; an imaging item of any name too: "4. CURRENT IMAGING (as reported): NOT PERFORMED - ..."): a category
# given in its line is another exam's, quoted; history to the line's end or next heading
_NOT_PERFORMED_ITEM = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)][ \t]+)?(?=[^\n:]{0,60}?\b(?:mammo|ultrasound|sonograph|us\b|mri\b|tomosynthesis|"
    r"breast\s+imaging|(?P<bare>imaging\b)))"
    # (an item named only "imaging" must say it was not done: "Further imaging: deferred" is a plan, not this exam)
    # (or "none": "Surveillance imaging: none - no routine imaging ...; last mammogram (2023) BI-RADS 5 left"; not a plan
    # for none: "Further imaging: none required")
    r"[^\n:]{1,60}:[ \t]*(?:not\s+(?:performed|done|carried\s+out)|(?(bare)(?!)|(?:declined|deferred))"
    r"|none\b(?![ \t]+(?:required|needed|necessary|indicated|planned|advised|recommended)))\b",
    re.IGNORECASE | re.MULTILINE)
NOT_PERFORMED_WORDS = ("not performed", "not done", "not carried", "declined", "deferred", "none")
# a line that ends mid-sentence (no full stop, colon or semicolon at its end) runs on onto the next one
_LINE_RUNS_ON = re.compile(r"[^.:;\s][ \t]*\n[ \t]*\S")
# an earlier occasion named by "Last" as a label run in after a sentence of a history ("Clinical information: ...
# surveillance. Last year: BI-RADS 2."): its sentence tells that occasion's result and goes on with the history, which
# the label would otherwise end as a heading (the sentences after it are read as before: "... Last US: 2024. Today's US
# shows a 5 mm cyst, BI-RADS 2."); also in capitals and with the exam's kind ("LAST MAMMOGRAM:", "Last screening
# mammogram:", "Last mammo:")
_LAST_OCCASION_LABEL = re.compile(r"[ \t]+(?:Last|LAST)[ \t]+(?i:(?:screening[ \t]+|diagnostic[ \t]+)?(?:year|time|visit|round"
                                  r"|check-?up|screen(?:ing)?|exam(?:ination)?|mammo(?:gram)?|ultrasound|US|MRI|scan|study))"
                                  r"[ \t]*:")
# the label's sentence ends at a full stop / semicolon before a space or the end, or at its line's end ...
_LAST_OCCASION_END = re.compile(r"[.;](?=\s|$)|(?=\n)|$")
# ... or (review r99b) before a comma / "and" going on to today's exam within the same clause ("Last mammogram:
# asymmetry, ultrasound today shows ...", "... stable scar and today also stable"): a clause runs between [.;\n]
_LAST_OCCASION_CLAUSE_STOP = re.compile(r"[.;\n]")
_LAST_OCCASION_GOES_ON = re.compile(r",|[ \t]+and\b")
_TODAY_WORD = re.compile(r"\btoday\b")


def _last_occasion_label(text: str, pos: int) -> tuple[int, int] | None:
    """The span of an earlier occasion's label run in at ``pos`` (:data:`_LAST_OCCASION_LABEL`) with its sentence: to the
    sentence's end, or to the first comma / "and" of a clause that goes on to "today". Clause by clause, once over the
    sentence (a lazy pattern with a lookahead to "today" re-read the sentence at every comma)."""
    head = _LAST_OCCASION_LABEL.match(text, pos)
    if head is None:
        return None
    stop = _LAST_OCCASION_END.search(text, head.end())
    lo = head.end()
    for hi in [*(m.start() for m in _LAST_OCCASION_CLAUSE_STOP.finditer(text, lo, stop.start())), stop.start()]:
        todays = [m.start() for m in _TODAY_WORD.finditer(text, lo, hi)]
        goes_on = _LAST_OCCASION_GOES_ON.search(text, lo, hi) if todays else None
        if goes_on is not None and goes_on.end() <= todays[-1]:
            return head.start(), goes_on.start()
        lo = hi + 1
    return head.start(), stop.end()


# review rfinal4: a label opened by "Today's" and an exam's name heads today's exam as "Today:" / "US today:" do, at a
# line's start or after a sentence's full stop ("Pre-op history: left BI-RADS 5 IDC.\nToday's US left breast: 3 mm
# residual, BI-RADS 6."); the apostrophe keeps it out of the plain label below. Only as a label with its colon: a
# history's sentence that merely names today's exam ("Today's scan follows up a BI-RADS 3 nodule.") goes on with it
_TODAYS_EXAM_LABEL = (r"(?i:today['’]s[ \t]+(?:" + _EXAM_WORDS + r"|scans?|exam(?:ination)?s?|stud(?:y|ies))\b"
                      r"[A-Za-z /-]{0,30}(?:\([^()\n]{1,80}\)[ \t]*)?:)")
# (a heading may carry a gloss in parentheses: "Assessment (Beurteilung):")
_NEXT_HEADING = re.compile(r"\n[ \t]*\n|\n[ \t]*[A-Za-z][A-Za-z /-]{1,30}(?:\([^()\n]{1,80}\)[ \t]*)?:"
                           # (a form's longer label with a remark in parentheses: "Direct-access imaging arranged by the
                           # practice (paste report if available):")
                           r"|\n[ \t]*[A-Za-z][A-Za-z /-]{30,60}\([^()\n]{1,80}\)[ \t]*:"
                           # (a form's numbered item headed in capitals: "6. CURRENT IMAGING (date / result):")
                           r"|\n[ \t]*(?:\d{1,2}[.)]|\(\d{1,2}\))[ \t]+(?-i:[A-Z][A-Z /&-]{1,40})(?:\([^()\n]{1,60}\)[ \t]*)?:"
                           r"|\n[ \t]*(?i:section)[ \t]+\d{1,2}\b"  # ("Section 4 - CURRENT IMAGING (as reported)")
                           # a line that turns to the current exam, headed without a colon ("Current round, MRI BREASTS
                           # BILATERAL 18/02/2026, quoted: ...") after a history's list of earlier results
                           # (also its result: "Current result:")
                           r"|\n(?=[ \t]*(?i:current[ \t]+(?:round|exam|examination|imaging|study|screen|mri|mammogram"
                           r"|ultrasound|results?))\b)"
                           # (also a form's numbered item naming the current imaging: "3. Current imaging
                           # (post-neoadjuvant restaging), bilateral breast MRI 08/04/2026, report conclusion reproduced:";
                           # review r123: not a numbered history's treatment or programme item, "2. Current round of
                           # neoadjuvant chemotherapy: ...", "2. Current screen is her fifth round"; review rfinal12: its
                           # words head a result, a colon, a bracket, a comma or a dash after them or its line's end, not a
                           # sentence of the history, "2. Current mammogram is the 6-month follow-up; baseline category
                           # was BI-RADS 4A", "3. Current MRI booked 28/04/2026; previous MRI ...: BI-RADS 3")
                           r"|\n(?=[ \t]*\d{1,2}[.)][ \t]+(?i:current[ \t]+(?:exam|examination|imaging|study|mri"
                           r"|mammogram|ultrasound|results?))[ \t]*(?:[:(,\n–—-]|$))"
                           # a line that heads today's result, however long its source ("Today's result copied from
                           # report: "...", "Result:") over its quote; not an earlier or other exam's result, which is
                           # history ("Results of MRI done at St Mary's last month: ...", "Result of the outside ultrasound")
                           r"|\n(?=[ \t]*(?:(?i:today['’]s[ \t]+results?)\b[^\n:]{0,120}:|(?:Results?|RESULTS?)[ \t]*:))"
                           # (a label heading today's exam by its name: "Today's US left breast:")
                           r"|\n(?=[ \t]*" + _TODAYS_EXAM_LABEL + r")|(?<=\.)[ \t]+(?=" + _TODAYS_EXAM_LABEL + r")"
                           # a printout's ruled line between its sections (not the heading's underline: _next_heading),
                           # a section's heading alone on the line below ("----\nRESULT"; a ruled line between the
                           # history's own items, "2023 mammogram BI-RADS 1\n----\n2024 US BI-RADS 3", ends nothing)
                           r"|\n[ \t]*(?P<rule>-{4,}|={4,}|_{4,})[ \t]*$(?=\n[ \t]*[A-Z][A-Za-z /&-]{1,40}:?[ \t]*$)"
                           # (a note run in after the history's sentence may stay the history's: :func:`_history_note_end`)
                           r"|(?<=\.)[ \t]+(?=(?!(?:Outside|Prior|Previous|Earlier)\b)[A-Z][A-Za-z /-]{1,30}:)",
                           re.MULTILINE)
# a note run in after the history's sentence on its heading's line goes on with the history to the note's own sentence's
# end where that sentence tells another exam ("Clinical information: left breast lump. Note: right breast mammogram in
# the same month at another facility, "BI-RADS 1" per the patient's copy."): another, an outside or a private facility,
# clinic, practice, hospital, unit or centre, the patient's copy or word, a report "reported ... as", an earlier time;
# not today's ("Note: right breast also scanned today ...: BI-RADS 1", "Note: targeted ultrasound performed today shows
# ..."), nor a note that tells none ("Note: bilateral subpectoral implants, implant-displaced views obtained.")
_RUN_IN_NOTE = re.compile(r"(?:Note|NOTE)[sS]?[ \t]*:")
_NOTE_OTHER_EXAM = re.compile(
    r"\b(?:another|outside|external|private|elsewhere|previous(?:ly)?|prior|earlier|ago|brought"
    r"|last[ \t]+(?:week|month|year)|(?:in|from|since)[ \t]+(?:19|20)\d\d"
    r"|(?:the[ \t]+)?other[ \t]+(?:facility|clinic|practice|hospital|unit|cent(?:re|er)|institution)"
    r"|(?:at|from|by)[ \t]+(?!(?:this|our|the[ \t]+same)\b)(?:the[ \t]+|an?[ \t]+|that[ \t]+|her[ \t]+)?"
    r"(?:(?!(?:this|our)\b)[A-Za-z'’-]+[ \t]+){0,2}"
    r"(?:facility|clinic|practice|hospital|unit|cent(?:re|er)|institution)"
    r"|per[ \t]+(?:the[ \t]+)?(?:patient|pt)|patient['’]s[ \t]+(?:own[ \t]+)?copy|(?:she|patient|pt)[ \t]+(?:says|said|reports)"
    r"|reported[ \t]+(?:by[ \t]+[^\n.,;:]{1,40}?[ \t]+)?as)\b", re.IGNORECASE)
_NOTE_TODAY = re.compile(r"\b(?:today|also[ \t]+scanned|this[ \t]+(?:exam(?:ination)?|study|scan|visit))\b", re.IGNORECASE)
_NOTE_SENTENCE_END = re.compile(r"\.(?=\s|$)|\n")
# (review rfinal9: not "at this clinic", "at our unit", "by the same centre": today's; and the note's account of the other
# exam ends at its turn to today, "Note: measured 14 mm at the referring practice, now 8 mm and simple, BI-RADS 2":
# the category after "now" is today's)
_NOTE_TURN_TO_TODAY = re.compile(r"[,;][ \t]*(?:(?:and|but)[ \t]+)?(?:now|currently)\b", re.IGNORECASE)


def _history_note_end(text: str, heading_end: int, nxt: re.Match[str]) -> int | None:
    """Where a note run in at ``nxt`` (:data:`_NEXT_HEADING`), on the history heading's line ending at ``heading_end``,
    ends its own sentence, where that sentence tells another exam and not today's (:data:`_RUN_IN_NOTE`); else None."""
    if "\n" in nxt.group(0) or (note := _RUN_IN_NOTE.match(text, nxt.end())) is None or "\n" in text[
            heading_end : nxt.start()]:
        return None
    stop = _NOTE_SENTENCE_END.search(text, note.end())
    end = stop.end() if stop is not None and stop.group(0) == "." else stop.start() if stop else len(text)
    if (other := _NOTE_OTHER_EXAM.search(text, note.end(), end)) is None or _NOTE_TODAY.search(text, note.end(), end):
        return None
    if (turn := _NOTE_TURN_TO_TODAY.search(text, other.end(), end)) is not None:
        return turn.start() + 1
    return end


# the order's history told on its heading's line ("Referral reason (as typed on request): ...", "Clinical question on
# order: ...", "History (from order): ...") ends at the line straight below it that heads the exam's impression quoted
# below that, as the report gave it: a case log's "Report of record - impression as issued:", or a form's title of the
# exam in capitals, its date and accession only ("US BREAST LEFT TARGETED 13/10/2026 (Acc. US26101355), impression as
# reported:"), also under a form's item heading its imaging ("C. CURRENT IMAGING (basis for the request):"). Any other
# wording names another exam or person ("Comparison study 03/2025, ...", "Mammogram 2024 (other hospital), ...",
# "Referring GP's impression as reported:"): its quote stays history (review r103)
_ORDER_HISTORY_HEADING = re.compile(r"\b(?:on|from)[ \t]+(?:the[ \t]+)?(?:order|request)\b|\breferral[ \t]+reason\b",
                                    re.IGNORECASE)
_IMAGING_ITEM_LINE = re.compile(r"[ \t]*(?:(?:[A-Z]|\d{1,2})[.)][ \t]+)?(?i:current[ \t]+imaging(?:[ \t]*\([^()\n]{1,60}\))?"
                                r"|imaging)[ \t]*:?(?:[ \t]*\n|[ \t]{2,})")  # (run in before the title: "2. Imaging    US ...")
_QUOTED_IMPRESSION_LINE = re.compile(
    r"[ \t]*(?:(?i:report[ \t]+of[ \t]+record)[ \t]+[-–—][ \t]+"
    r"|(?:(?:SCREENING|DIAGNOSTIC|SECOND-LOOK|TARGETED|BILATERAL)[ \t]+){0,2}(?:US|ULTRASOUND|MAMMOGRAM|MAMMOGRAPHY|MRI"
    # (a RIS code's shortened title, "MAMMO DIAG BILAT"; a duct study, "GALACTOGRAM LEFT", "DUCTOGRAM RIGHT")
    r"|MAMMO|GALACTOGRAM|GALACTOGRAPHY|DUCTOGRAM|DUCTOGRAPHY)"
    r"(?:[ \t]+(?:BREASTS?|LEFT|RIGHT|LT|RT|UNILAT|BOTH|BILATERAL|BILAT|DIAG|SCREEN|TARGETED|AXILLA|AND|\+|&))*"
    r"(?:[ \t]+(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}))?"  # (its date, in full)
    r"(?:[ \t]+\((?i:acc(?:ession)?)\.?(?:[ \t]*(?i:no)\.?)?[ \t]*[A-Z0-9-]{4,20}\))?[ \t]*,[ \t]*)"  # (its accession)
    r"(?i:(?:final[ \t]+)?impression[ \t]+as[ \t]+(?:reported|issued|dictated))[ \t]*:[ \t]*(?:\n|$)")


def _order_history_quote_start(text: str, heading: re.Match[str]) -> int | None:
    """Where the line heading the exam's quoted impression (:data:`_QUOTED_IMPRESSION_LINE`) starts, straight below the
    order's history ``heading`` told on its own line (:data:`_ORDER_HISTORY_HEADING`), or below the form's imaging item
    heading there (:data:`_IMAGING_ITEM_LINE`); None when the line below is anything else."""
    line_end = end_of_line(text, heading.end())
    if _ORDER_HISTORY_HEADING.search(heading.group(0)) is None or not text[heading.end() : line_end].strip():
        return None
    pos = line_end + 1
    if (item := _IMAGING_ITEM_LINE.match(text, pos)) is not None:
        pos = item.end()
    if (title := _QUOTED_IMPRESSION_LINE.match(text, pos)) is None or not _titles_this_exam(text, title):
        return None
    return pos


# the quote below the title, closed at the end of its block (a blank line or the end of the report straight after it)
_QUOTE_ENDING_BLOCK = re.compile(r'[ \t]*"[^"]*"[ \t]*(?:\n[ \t]*\n|\n?$)')


def _titles_this_exam(text: str, title: re.Match[str]) -> bool:
    """The quoted-impression line ``title`` (:data:`_QUOTED_IMPRESSION_LINE`) heads this report's own exam: its title's
    date (when it has one) is of no earlier year than the report's own, its "Date:" line's (:func:`_report_year`) or,
    with none, the latest full date elsewhere in the report ("US BREAST RIGHT 12/01/2019, ..." in a 2026 worksheet is an
    earlier exam's impression, history). A report with no other date settles nothing: then the quote must be the only
    exam in its block, closing it ("...
    impression as reported:" over '"Right breast BI-RADS 3."' and "Today: pending." may quote an earlier exam; review
    r103b)."""
    dated = _FULL_DATE.search(text, title.start(), title.end())
    if dated is None:
        return True
    # (with no date line of its own, the latest of the report's other dates stands in: a form dated only by its slot
    # below the quote, "C. SLOT: 09/03/2026", still reads its 2026 title as this exam's; review r103b)
    own = _report_year(text) or max((d.group("y") or d.group("iy") for d in _FULL_DATE.finditer(text)
                                     if not title.start() <= d.start() < title.end()), default=None)
    if own is not None:
        return (dated.group("y") or dated.group("iy")) >= own
    return _QUOTE_ENDING_BLOCK.match(text, title.end()) is not None


@lru_cache(maxsize=4)
def _report_year(text: str) -> str | None:
    """The year of the report's own date: the first full date of its "Date:" / "Exam date:" line
    (:data:`_OWN_DATE_LINE`; the earliest such line's when there are several, the exam's date before its report's), a
    date after a label (a date of birth, a recall, a slot on the same line) not being it. None when the report has no
    such line. Only the date line's own date: another date in a report that has one (a booking slot, a recall after
    the exam's date) may be later than this exam, and then refused its own quoted title (review code2 item 4)."""
    years = [d.group("y") or d.group("iy") for line in _OWN_DATE_LINE.finditer(text)
             if (d := _FULL_DATE.search(text, *line.span())) is not None]
    return min(years, default=None)


# a side's own words after a sentence of the history go on with the history ("... Left breast pain. Right breast:
# biopsied 2025, benign.") when the report's own findings / impression / assessment heading follows; without one (a
# one-paragraph report: "Indication: ... Right breast: ... BI-RADS 4C. Left breast: ... BI-RADS 1.") they are the
# report's findings ("Right breast US:" names an exam and ends the history either way)
_SIDE_HEADING_AFTER_SENTENCE = re.compile(r"(?:Right|Left)(?:[ \t]+breast)?:")
_OWN_SECTION_HEADING = re.compile(r"(?:^[ \t]*|(?<=[.;])[ \t]+)(?:findings|(?:final\s+|overall\s+)?(?:bi-?rads\s+)?"
                                  r"(?:impressions?|assessment|conclusions?|opinion|summary))[ \t]*:",
                                  re.IGNORECASE | re.MULTILINE)


def _last_own_section_heading(text: str) -> int:
    """Where the report's last own findings / impression heading (:data:`_OWN_SECTION_HEADING`) starts; -1 when none."""
    return max((m.start() for m in _OWN_SECTION_HEADING.finditer(text)), default=-1)


# (per pattern and search end, the last search's start and its answer: :func:`_memo_search`)
_SearchMemo = dict[tuple[re.Pattern[str], int], tuple[int, re.Match[str] | None]]


def _memo_search(pattern: re.Pattern[str], text: str, pos: int, endpos: int,
                 memo: _SearchMemo | None) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, reusing the last search of ``pattern`` to the same ``endpos`` in ``memo``
    when it started at or before ``pos`` and found nothing or a match at or after it (the same answer: a match at a
    position does not depend on where the search started): many history headings with no heading below them (a
    capitals heading without a colon, repeated) each searched to the text's end, quadratic."""
    key = (pattern, endpos)
    if memo is not None and (last := memo.get(key)) is not None and last[0] <= pos and (
            last[1] is None or last[1].start() >= pos):
        return last[1]
    found = pattern.search(text, pos, endpos)
    if memo is not None:
        memo[key] = (pos, found)
    return found


def _next_heading(text: str, pos: int, own_last: int, endpos: int | None = None,
                  memo: _SearchMemo | None = None) -> re.Match[str] | None:
    """The next :data:`_NEXT_HEADING` after ``pos``, stepping over a side's heading after a sentence while the
    report's own findings / impression heading follows (:data:`_SIDE_HEADING_AFTER_SENTENCE`; ``own_last`` from
    :func:`_last_own_section_heading`, found once per report: no rescan to the report's end per side heading), and over
    a ruled line straight under the heading (its underline, not the end of its section). With ``endpos`` (at a line's
    end) only the headings before it are looked for: None when there is none."""
    endpos = len(text) if endpos is None else endpos
    nxt = _memo_search(_NEXT_HEADING, text, pos, endpos, memo)
    while nxt is not None and ("\n" not in nxt.group(0) and _SIDE_HEADING_AFTER_SENTENCE.match(text, nxt.end())
                               and own_last >= nxt.end() or nxt.group("rule") and not text[pos : nxt.start()].strip()):
        nxt = _memo_search(_NEXT_HEADING, text, nxt.end(), endpos, memo)
    return nxt
# a per-side paragraph opened by the side's name as a sentence of its own ("Right breast. Scattered fibroglandular
# tissue. ... BI-RADS 1." over "Left breast. ..."): with a paragraph of the other side below it, the report's own
# findings begin there and the history above ends (one such line alone, "Left breast. Lumpectomy 2019.", ends nothing,
# nor do such paragraphs quoted, or above the report's own "Findings:" / "Impression:" heading; review r102c: a side's
# name and a spaced dash, "Right breast - ...", opens no such paragraph: under a title of an earlier, outside or copied
# exam it told that exam's categories)
_SIDE_SENTENCE_LINE = re.compile(r"^[ \t]*(?P<side>Right|Left|RIGHT|LEFT)[ \t]+(?:breast|Breast|BREAST)\.[ \t]+(?=[A-Z])",
                                 re.MULTILINE)
# ... and a dictation's, the side's name said with its comma ("Right breast, comma, no mass, ..." over "Left breast, at
# the five o'clock position ..."): with the other side's paragraph below it, a dictated history above ends there
# (:func:`_dictated_side_paragraphs`)
_DICTATED_SIDE_LINE = re.compile(r"^[ \t]*(?P<side>right|left)[ \t]+breast[ \t]*,", re.IGNORECASE | re.MULTILINE)
# (a year on such a line, typed or said, tells an earlier exam or event: "Left breast, lumpectomy two thousand nineteen")
# (review r125: also said "twenty nineteen", "twenty twenty one")
# (review rfinal13: also "in oh nine", "in ninety eight"; "two thousand and fifteen" is "two thousand")
_YEAR_TYPED_OR_SAID = re.compile(r"\b(?:19|20)\d\d\b|\btwo[ \t]+thousand\b|\bnineteen[ \t]+\w+ty\b"
                                 r"|\btwenty[ \t-]+(?:ten|eleven|twelve|\w+teen|twenty)\b"
                                 r"|\bin[ \t]+(?:oh|ninety)[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine)\b",
                                 re.IGNORECASE)
# (review rfinal13: a side line telling an earlier exam's or report's category, its words beside the category: "Right
# breast, comma, outside birads three", "Mercy called it birads three", "birads two last year", "birads four a before
# biopsy", "screening birads zero"; not "previously seven millimeters ... birads three", today's compared)
_DICTATED_SIDE_EARLIER = re.compile(
    r"\b(?:outside|prior|previous|screening|called[ \t]+it)[ \t]+(?:\w+[ \t]+)?bi-?rads\b"
    r"|\bbi-?rads[ \t]+\w+(?:[ \t]+[abc])?[ \t]+(?:last[ \t]+(?:year|exam|study|time)|before[ \t]+(?:the[ \t]+)?biopsy)\b",
    re.IGNORECASE)
# (review rfinal13: a heading of this exam's own part said after the side lines, "Assessment, comma, ...", "Overall
# assessment", "Conclusion", "Opinion", "Summary", "Mammogram today", "Diagnostic workup / views": the lines above it
# are the history's or comparison's per-side account, and the history ends at the heading)
# (a bare "Assessment, comma," stays in the history as before, as it did at the older dictated history: it blocks the
# side lines' end of the history and ends nothing itself: "...\nAssessment, comma, birads two bilateral, period.")
_DICTATED_OWN_HEADING = re.compile(r"^[ \t]*(?:(?P<bare>assessment)|(?:overall|final)[ \t]+assessment|conclusions?"
                                   r"|opinion|summary|mammogram[ \t]+today|diagnostic[ \t]+(?:work[ \t-]?up|views?))"
                                   # (the said comma typed, or left as a comma by the dictation's reading)
                                   r"[ \t]*,[ \t]*(?:comma\b|,)", re.IGNORECASE | re.MULTILINE)
# a history heading's running text ends where the report turns to this exam's findings
# ("Clinical: 61F, lump. Comparison made to 2023. The breasts are dense. In the right breast ..."), also at the start of
# the line below ("Comparison: 2023.\nThe breasts are dense.")
_FINDINGS_OPENER = re.compile(
    r"[.;](?:[ \t]+|[ \t]*\n[ \t]*)(?=(?:the\s+breasts?\s+(?:are|is)|"
    r"the\s+(?:left|right)\s+breast\s+(?:demonstrates|shows|contains|is|has)|"
    r"there\s+(?:is|are)|in\s+the\s+(?:left|right)\s+breast|"
    r"targeted\s+(?:ultrasound|us)|findings|impression|"
    # (a terse note's density, always this exam's finding: "Hx: 51F, annual.\nDens B. No susp mass.")
    r"(?:breast\s+)?dens(?:ity)?\.?[ \t]+(?:acr[ \t]+)?(?-i:[A-D]))\b)", re.IGNORECASE)
# the words that open this exam's own part in dictation ("... findings at four o'clock ...", "impression stable ...")
# ("comparison two thousand twenty four the breasts are scattered ...": the report turns to this exam, as typed text does)
_DICTATED_SECTION = (r"\b(?:findings|technique|impression|targeted\s+ultrasound|ultrasound\s+of|there\s+is"
                     r"|the\s+breasts\s+are)\b")
_DICTATED_HISTORY = re.compile(r"\b(?:history|indication|comparison)\b(?P<body>.*?)(?=" + _DICTATED_SECTION + "|$)",
                               re.IGNORECASE | re.DOTALL)
# a dictated history heading said with its colon ("history colon left breast ...") ends where the next part is said
_DICTATED_SECTION_START = re.compile(_DICTATED_SECTION, re.IGNORECASE)
# an exam's name, its side beside it ("US left breast", "ultrasound of the right breast", "left breast ultrasound")
_EXAM_NAMED_BEFORE_DATE = (r"(?:(?:left|right)\s+breast\s+)?(?:us|ultrasound|mammogram|mri)"
                           r"(?:\s+(?:of\s+the\s+)?(?:left|right|lt|rt)(?:\s+breast)?)?")
# ... and what joins its month-and-year date to the category its report gives (the category's start ends it): "10/2025,
# reported BI-RADS 4A", "04/2024 reported\nas BI-RADS 4A", "03/2026, reported U2 / BI-RADS 2" (the UK score glossed)
_DATED_EXAM_REPORTED = re.compile(r",?\s+(?:was\s+)?reported(?:\s+as)?:?\s+(?:(?-i:[UM])[1-5][ \t]*[/,]?[ \t]*)?",
                                  re.IGNORECASE)
# words that date a category ("is / are assessed as" is this report's own assessment); a year, also with its month
# ("in 2019", "on 01/2024": an earlier exam; a full date may be this exam's own, "performed on 03/16/2026: BI-RADS 4A")
# a month's name before a year ("in January 2026": a month and year date a category like "on 01/2026")
_PRIOR_WORDS_BODY = (
    r"\b(?:previously|prior|initially|at\s+that\s+time|was\s+(?:assessed|reported|described|categori[sz]ed|given|read\s+as)|"
    r"were\s+(?:assessed|reported|read\s+as)|had\s+been\s+read\s+as|reported\s+as|(?<!\bis\s)(?<!\bare\s)assessed\s+as|outside\s+(?:report|facility|institution|hospital|cent(?:re|er))|"
    r"(?:in|on|from)\s+(?:\d{1,2}[/.-]|" + MONTH_WORD + r"\s+)?(?:19|20)\d\d|"
    r"at\s+the\s+(?:19|20)\d\d|(?:19|20)\d\d\s+(?:mri|mammogram|ultrasound|us|exam|screening|screen|round|biopsy)|"
    # (the year also after an exam named as earlier: "previous mammogram 2024 BI-RADS 2", "Previous US 2023 "BI-RADS 3
    # ..."" by its abbreviation, as after a year; a year after the name alone may be a list's own round, "MRI 2023: ...
    # BI-RADS 3"; a full date may be this exam's own)
    r"(?:previous|last|old)\s+(?:mri|mammogram|ultrasound|us|exam|screening|screen|round)\s+(?:19|20)\d\d(?![/.-]\d)|"
    # (... and after the name alone when its report is quoted straight after the year, no colon between: a problem
    # list's 'Mammogram 2019 "BI-RADS 2, right and left" (last imaging)', radiology b118)
    # (review r118: it dates only a category inside that quote, _quoted_in_year_named: today's category after the closing
    # quote of a comparison stays today's, 'unchanged since ultrasound 2024 "simple cyst 6 mm", BI-RADS 2')
    # (radiology b122: also the exam's title naming its side, its month before the year, the quote opening an aside: a
    # theatre checklist's 'PACS first opened US RIGHT BREAST 11/2024 ("BI-RADS 4A; core biopsy: fibroadenoma")')
    r"(?P<quoted_year>(?:mri|mammogram|mammography|ultrasound|us)(?P<titled>\s+(?:left|right)\s+breast)?"
    r"\s+(?(titled)(?:\d{1,2}[/.-])?)(?:19|20)\d\d(?=[ \t]*(?(titled)\(?)[\"“]))|"
)
_PRIOR_WORDS_TAIL = (
    r"earlier|first\s+seen|(?<!until\s)then|original(?:ly)?|"
    # ("cT2 N0 at diagnosis (BI-RADS 5)": the imaging that diagnosed it)
    r"at\s+(?:the\s+time\s+of\s+)?diagnosis)\b"
)
_DATED_EXAM_BODY = (
    # (an exam named straight before its month and year, its report after them: "US left breast 10/2025, reported
    # BI-RADS 4A", a GP summary's "ultrasound right breast 04/2024 reported as BI-RADS 4A"; it dates only the category
    # its report gives straight after, _DATED_EXAM_REPORTED; a full date may be this exam's own, and a date after
    # anything but the exam's name, "core biopsy 11/2025 reported ...", "lump since 02/2026 reported ...", is not an
    # exam's)
    r"(?P<dated_exam>" + _EXAM_NAMED_BEFORE_DATE + r"\s+(?:\d{1,2}[/.-]|" + MONTH_WORD + r"\s+)(?:19|20)\d\d(?![\d/.-]))"
    r"(?=,?\s+(?:was\s+)?reported\b)|"
)
_PRIOR = re.compile(_PRIOR_WORDS_BODY + _PRIOR_WORDS_TAIL, re.IGNORECASE)
# ... and with the exam named straight before its month and year, read only where the statement's own report gives
# the category (:func:`_dated` and the editor's-wrap check, through :func:`_dated_exam_reports`): elsewhere, an aside
# "(BI-RADS 4B; cf. US right breast 10/2025, reported BI-RADS 3)" or a quote's lead-in, it dates nothing of today's
_PRIOR_OR_DATED_EXAM = re.compile(_PRIOR_WORDS_BODY + _DATED_EXAM_BODY + _PRIOR_WORDS_TAIL, re.IGNORECASE)
# a year (with its month) straight after the category dates it too: "her last mammogram was BI-RADS 2 in March 2025",
# "at presentation the mass was BI-RADS 5 in 2019" (a full date after "on" may be this exam's own, so only "in" / "from")
# ... and so does the earlier exam it was given on, named after it: "L breast IDC (BI-RADS 6 on pre-op MRI)" in a note
# written after the operation (not "on this pre-operative MRI": the report's own exam)
# (also after the parenthesis that holds the category: "followed as probably benign (BI-RADS 3) in 2024 and 2025")
# ... and so do a single time unit counted back and a year circa (review rfinal5: "Right breast was BI-RADS 3 a year
# ago; now BI-RADS 2", "BI-RADS 0 a month ago at screening", "BI-RADS 3 a year earlier", "BI-RADS 5 c. 2015")
_DATED_AFTER = re.compile(r"(?:[ \t]*\))?[ \t]+(?:(?:in|from)[ \t]+(?:" + MONTH_WORD + r"[ \t]+)?(?:19|20)\d\d\b(?![/.-]\d)"
                          r"|(?:a|one)[ \t]+(?:week|month|year|decade)[ \t]+(?:ago|earlier|before)\b"
                          r"|(?:c\.|ca\.|circa)[ \t]*(?:19|20)\d\d\b(?![/.-]\d)"
                          # ("(that lesion was BI-RADS 4A at the time; pathology fibrocystic change)", "... at the time of
                          # biopsy; ..."): only where the words end the clause (not "at this time", "at the time being",
                          # "at that time point", "at the time this report was finalised", "at the time of this
                          # examination") and the clause says it was an earlier state (:func:`_earlier_at_the_time`)
                          r"|(?P<at_time>at[ \t]+(?:the|that)[ \t]+time(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:biopsy|diagnosis"
                          r"|staging|presentation|referral))?(?=[ \t]*(?:[;,.)\[\n]|and\b|$)))"
                          r"|(?:on|at)[ \t]+(?:the[ \t]+)?pre-?op(?:erative)?[ \t]+(?:mri|mammo(?:gram|graphy)?|ultrasound|us"
                          r"|imaging|staging)\b)", re.IGNORECASE)
# ... "at the time" dates a category only where its clause says so: a verb of the past before the category in its clause
# ("the calcifications were BI-RADS 4B at the time", "called BI-RADS 3 at that time", "classified ..."), a biopsy's result
# after it in its sentence ("(BI-RADS 4A) at the time; pathology benign"), or a turn to today after it in its sentence or
# the next ("BI-RADS 3 at that time, is no longer seen", "... at that time. Today it is unchanged"); not the clause that
# names the visit's own exam ("Left breast ultrasound was performed during the clinic: a 16 mm mass, BI-RADS 4C at the
# time, and a core biopsy was taken": its colon ends that clause)
_PAST_STATE_BEFORE = re.compile(r"\b(?:was|were|had[ \t]+been|graded|called|classified|categori[sz]ed|reported[ \t]+as"
                                r"|assessed[ \t]+as|read[ \t]+as|thought)\b", re.IGNORECASE)
# (review rfinal9: no result while one is still awaited: "pathology still awaited", "histology not yet back", "still
# pending", "yet to be reported", "outstanding")
_BIOPSY_RESULT_AFTER = re.compile(r"\b(?:patholog(?:y|ical)|histolog(?:y|ical))\b(?![ \t]+(?:(?:is|are)[ \t]+)?(?:still[ \t]+)?"
                                  r"(?:pending|awaited|outstanding|to[ \t]+follow|requested|not[ \t]+(?:yet[ \t]+)?(?:back"
                                  r"|available|received|reported)|yet[ \t]+to[ \t]+(?:be[ \t]+)?(?:back|available|received"
                                  r"|reported|follow)))|\b(?:core|biopsy)[ \t]+showed\b", re.IGNORECASE)
# a category listed after a dated one, joined by a comma with only that category's side between ("BI-RADS 1 right,
# BI-RADS 1 left"): dated with it; the dated one must carry its side (review r123: a per-side list, not an earlier and
# today's category of one lesion, "in 03/2024 BI-RADS 3, BI-RADS 2 following 24 months of stability")
_LISTED_AFTER_DATED = re.compile(r"[ \t]{0,3}(?:(?P<side>left|right|lt|rt)(?:[ \t]+breast)?[ \t]{0,3}|\([ \t]*"
                                 r"(?P<side_p>left|right)(?:[ \t]+breast)?[ \t]*\)[ \t]{0,3}),[ \t]{0,3}(?:and[ \t]+)?",
                                 re.IGNORECASE)
# (review rfinal12: ... and the listed one names the other side after it, "BI-RADS 1 left", "BI-RADS 1 (right)": one
# category to each side, not an earlier and today's of one side, "in 02/2024 BI-RADS 3 right, BI-RADS 2 right at
# 24-month follow-up"; "overall" after both sides, "BI-RADS 0 right, BI-RADS 1 left, BI-RADS 0 overall")
_LISTED_SIDE_AFTER = re.compile(r"[ \t]{0,3}(?:\([ \t]*)?(?P<side>left|right|lt|rt|overall)\b", re.IGNORECASE)
# (... and the dated one's words name an earlier exam, its round, letter or report, no year of the document's own or
# later among them, nor a biopsy's or diagnosis's date: "2026 round: BI-RADS 1 right, BI-RADS 0 left" is this year's
# round; "fibroadenoma, biopsy-proven in 2025, unchanged: BI-RADS 2 left, BI-RADS 1 right" is today's list)
_LISTED_EXAM_WORD = re.compile(r"\b(?:rounds?|screen(?:s|ing)?|mammo(?:gram|graphy)?s?|tomosynthesis|dbt|mri|ultrasound|us"
                               r"|mg|exam(?:ination)?s?|stud(?:y|ies)|letters?|reports?|reported|imaging)\b", re.IGNORECASE)
_LISTED_BIOPSY_DATE = re.compile(r"\b(?:biops(?:y|ied)|proven|diagnos(?:ed|is)|dx|excis(?:ed|ion)|operat(?:ed|ion)"
                                 r"|surgery|treated)\b[^.;\n]{0,20}?\b(?:19|20)\d\d\b", re.IGNORECASE)
# (review r123: ... nor one its clause turns to this exam, beside _TODAY_AFTER's words: "..., BI-RADS 2 left on this
# examination", "at the current examination", "assigned at this visit", "following 24 months of stability")
_LISTED_TODAY_AFTER = re.compile(r"\b(?:this|the[ \t]+current)[ \t]+(?:examination|exam|study|visit|scan|mammogram"
                                 r"|ultrasound|mri)\b|\b(?:following|after)[ \t]+(?:\d{1,2}|[a-z]{3,12})[ \t]+"
                                 r"(?:months?|years?)\b", re.IGNORECASE)
LISTED_GAP_CHARS = 30  # (a longer gap between the two categories is no such list's: the pattern is not tried on it)
LISTED_CLAUSE_REACH = 120  # characters after such a category searched for its clause's turn to today
_TODAY_AFTER = re.compile(r"\b(?:now|today|currently|no[ \t]+longer|(?:is|are)[ \t]+unchanged|again[ \t]+seen)\b",
                          re.IGNORECASE)


def _listed_after_dated(text: str, dated: tuple[int, int, int, frozenset[str]], start: int,
                        end: int) -> frozenset[str] | None:
    """The category at ``start`` to ``end`` is listed straight after a dated one (``dated``: the start of the words
    read for its date, its own start, the end of the list so far and the sides it named), so dated with it: only the
    last category's side and a comma between (:data:`_LISTED_AFTER_DATED`), a side the list has not named after it
    (:data:`_LISTED_SIDE_AFTER`; "overall" once both are), the dated one's words naming an earlier exam
    (:data:`_LISTED_EXAM_WORD`; no year of the document's own date or later, no biopsy's date,
    :data:`_LISTED_BIOPSY_DATE`), and no turn to today in its clause (:func:`_listed_turned_to_today`). The sides the
    list has named with it, or None."""
    lo, dated_start, dated_end, named = dated
    if start - dated_end > LISTED_GAP_CHARS or (gap := _LISTED_AFTER_DATED.fullmatch(text, dated_end, start)) is None:
        return None
    named = named | {(gap.group("side") or gap.group("side_p"))[0].upper()}
    listed = _LISTED_SIDE_AFTER.match(text, end)
    if listed is None:
        return None
    side = listed.group("side")[0].upper()
    if side == "O" and len(named) < 2 or side in named:
        return None
    if _LISTED_EXAM_WORD.search(text, lo, dated_start) is None or _LISTED_BIOPSY_DATE.search(text, lo, dated_start):
        return None
    years = [int(year.group(0)) for year in _YEAR.finditer(text, lo, dated_start)]
    if years and (own := _document_date(text, at_stop=True)) is not None and max(years) >= _full_date_year(own):
        return None
    return None if _listed_turned_to_today(text, end) else named | {side}


def _listed_turned_to_today(text: str, end: int) -> bool:
    """The clause of a category listed after a dated one (ending at ``end``) turns to today (:data:`_TODAY_AFTER`,
    :data:`_LISTED_TODAY_AFTER`), read to its clause's end or ``LISTED_CLAUSE_REACH`` characters."""
    stop = _CLAUSE_END.search(text, end, end + LISTED_CLAUSE_REACH)
    clause_end = stop.start() if stop else min(len(text), end + LISTED_CLAUSE_REACH)
    return (_TODAY_AFTER.search(text, end, clause_end) is not None
            or _LISTED_TODAY_AFTER.search(text, end, clause_end) is not None)


# (review rfinal9: "today" after a sampling's words tells the same visit's procedure, not a turn of the finding: "BI-RADS
# 4C at the time, and core biopsies taken today", "... at the time. Core biopsy today.", "biopsy booked today")
_PROCEDURE_BEFORE_TODAY = re.compile(r"\b(?:biops(?:y|ies)|cores?|fna|aspirat(?:e|es|ion)|sampl(?:e|es|ed|ing))"
                                     r"(?:[ \t]+(?:was|were|is|are|has[ \t]+been|have[ \t]+been))?"
                                     r"(?:[ \t]+(?:taken|performed|done|obtained|booked|scheduled|planned|arranged))?"
                                     r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t]+$", re.IGNORECASE)
# (review rfinal9: nor does a past verb date the category of a letter narrating its own visit's exam: "The ultrasound
# performed in clinic showed a 17 mm mass, which was BI-RADS 4B at the time, and a core biopsy was taken")
_OWN_VISIT_EXAM_BEFORE = re.compile(r"\b(?:performed|done|carried[ \t]+out|undertaken)[ \t]+(?:(?:in|at|during)[ \t]+"
                                    r"(?:the[ \t]+)?(?:(?:one-stop|breast)[ \t]+)?clinic|today|at[ \t]+this[ \t]+visit)\b",
                                    re.IGNORECASE)
# where a sentence ends: a full stop that ends a word, a blank line (also a correction's sentence's start,
# :func:`_retracting_correction`)
_SENTENCE_STOP = re.compile(r"\.(?!\w)|\n[ \t]*\n")
AT_THE_TIME_REACH = 200  # (how far after "at the time" its sentence and the next are read)


def _earlier_at_the_time(text: str, clause_start: int, start: int, after: int) -> bool:
    """The category at ``start``, "at the time" after it ending at ``after``, is an earlier state by its clause's own words
    (:data:`_PAST_STATE_BEFORE` since ``clause_start``, its colon or its parenthesis; :data:`_BIOPSY_RESULT_AFTER` in its
    sentence; :data:`_TODAY_AFTER` in its sentence or the next, within :data:`AT_THE_TIME_REACH`; a sentence ends at
    :data:`_SENTENCE_STOP`)."""
    lo = max(clause_start, start - PRIOR_REACH)
    lo = max(lo, text.rfind(": ", lo, start) + 2, text.rfind("(", lo, start) + 1)
    if _PAST_STATE_BEFORE.search(text, lo, start) and _OWN_VISIT_EXAM_BEFORE.search(text, clause_start, start) is None:
        return True
    hi = min(len(text), after + AT_THE_TIME_REACH)
    stop = _SENTENCE_STOP.search(text, after, hi)
    own_end = stop.start() if stop else hi
    if _BIOPSY_RESULT_AFTER.search(text, after, own_end):
        return True
    if stop is not None and (nxt := _SENTENCE_STOP.search(text, stop.end(), hi)) is not None:
        own_end = nxt.start()
    return any(_PROCEDURE_BEFORE_TODAY.search(text, max(after, m.start() - 80), m.start()) is None
               for m in _TODAY_AFTER.finditer(text, after, own_end))


# an overall assessment's line followed by a category line for each side ("OVERALL ASSESSMENT: BI-RADS 4A" over
# "  Right breast: 4A (...)" and "  Left breast: 2 (...)"): the side lines give each side its own, the overall is their summary
# (also under a heading line of their own between, "BI-RADS per breast:", and with a blank before a category that stands
# alone: "  Right 4A (...)")
_SIDE_LINES_BELOW = re.compile(r"[^\n]*(?:\n[ \t]*(?:bi-?rads|assessments?|categor(?:y|ies))\b[^\n:]{0,30}:[ \t]*(?=\n))?"
                               r"(?:\n[ \t]*(?:[-*•][ \t]*)?(?:right|left|rt|lt)(?:\s+breast)?(?:[ \t]*[:\-–][ \t]*"
                               r"(?:bi-?rads[ \t]*)?(?:category[ \t]*)?[0-6][abc]?(?![\w.])"
                               r"|[ \t]+[0-6][abc]?(?=[ \t]*(?:\n|$|\(|[-–—][ \t])))[^\n]*){2}", re.IGNORECASE)
_UK_SCORE_AFTER = re.compile(r"(?:[ \t]+as)?[ \t]+(?-i:[UM])[1-5](?![\w.])")
# "were reported as follows: "Right breast: ...": the words that open a quoted report (its own words date it or not)
_QUOTE_OPENED_AFTER = re.compile(r"(?:[ \t]+as)?(?:[ \t]+follows)?[ \t]*:[ \t]*[\"“]")
# a quote a report verb opens, still open before the cue ("The radiologist reported: "...")
_REPORT_QUOTE_BEFORE = re.compile(r"\breport(?:ed|s)?(?:[ \t]+as)?(?:[ \t]+follows)?[ \t]*:[ \t]*(?P<open>[\"“])[^\"“”]*$",
                                  re.IGNORECASE)
# ... or a quote its reader opens ("Screening mammogram bilateral 20/10/2026, read by Dr K. Obi: "... Reported as
# negative, BI-RADS 1.""): the reader's title and name, a colon and the quote mark together
# (also "interpreted by Dr X:", "read by radiologist Dr X:")
_READ_BY_QUOTE = (r"\b(?:read|interpreted)[ \t]+by[ \t]+(?:(?:consultant[ \t]+)?radiologist[ \t]+)?(?:"
                  + "|".join(PERSON_TITLES) + r")\b\.?[ \t]+[^:\n\"“”]{1,40}:"
                  r"[ \t]*(?P<open>[\"“])")
_READ_BY_QUOTE_BEFORE = re.compile(_READ_BY_QUOTE + r"[^\"“”]*$", re.IGNORECASE)
# (only the last such quote is the exam the note is about: a list of rounds, each read by its reader, quotes the earlier
# ones above it)
_READ_BY_QUOTE_AFTER = re.compile(_READ_BY_QUOTE, re.IGNORECASE)
# (a history / comparison / indication heading on the quote's line: "Comparison: mammogram 20/09/2026, read by Dr K.
# Obi: "..."" quotes the earlier exam compared)
_HISTORY_WORD_HEADING = re.compile(r"\b(?:history|comparison|indications?|clinical|reason|prior|previous|background"
                                   r"|recall\w*)\b[^\n:]{0,30}:", re.IGNORECASE)


# review r99b: a dated exam and its reader are no sign of the exam the letter is about (an imaging report quotes the
# exam it correlates with, a letter the results before a later one), so a second, positive signal is required: the
# line opens with a label naming the present round ("This year: Screening mammogram bilateral 20/10/2026, read by ...")
_PRESENT_ROUND_LABEL = re.compile(r"[ \t]*(?:this[ \t]+year|this[ \t]+round|today|current(?:[ \t]+(?:exam|imaging))?)"
                                  r"[ \t]*:", re.IGNORECASE)
# (a letter's date in other forms than _FULL_DATE: "10 April 2026", "10/04/26")
_OTHER_FULL_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                              r"[ \t]+(?P<y>(?:19|20)\d\d)\b|(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-](?P<yy>\d\d)(?![\d/.-])",
                              re.IGNORECASE)


def _read_by_quote_is_current(text: str, quote: re.Match[str]) -> bool:
    """Whether a quote its reader opens (:data:`_READ_BY_QUOTE`) quotes the exam the note is about: a letter's or note's
    line (the text's first line no exam's title: an imaging report quotes the exam it correlates with) opened by a label
    of the present round (:data:`_PRESENT_ROUND_LABEL`) that dates the exam in full and names no earlier exam
    (:data:`_PRIOR`, :data:`_EARLIER_EXAM_WORDS`) and no history heading (:data:`_HISTORY_WORD_HEADING`); no date
    above that line of a later year, in any form (not a letter dated 10 April 2026 quoting a mammogram of 02/02/2019),
    and no full date below the quote later than the exam's (a later exam: "Follow-up mammogram 05/08/2026 was
    normal")."""
    lo = text.rfind("\n", 0, quote.start()) + 1
    dates = list(_FULL_DATE.finditer(text, lo, quote.start("open")))
    if (not dates or _PRESENT_ROUND_LABEL.match(text, lo) is None or _first_line_is_exam_title(text)
            or any(words.search(text, lo, quote.start("open"))
                   for words in (_PRIOR, _EARLIER_EXAM_WORDS, _HISTORY_WORD_HEADING))):
        return False
    exam = _full_date_key(dates[-1])
    dated = _text_dates(text)
    # (a date cannot span the line break before ``lo`` nor the quote's opening mark: the text's dates ending above the
    # line, and those starting after the opening, are the ones a search up to / from there finds)
    above = [prefix[k - 1] for ends, prefix in (dated.full_above, dated.other_above)
             if (k := bisect_right(ends, lo))]
    below = bisect_left(dated.full_starts, quote.end())
    return (all(y <= exam[0] for y in above)
            and (below == len(dated.full_starts) or dated.full_latest_from[below] <= exam))


class _TextDates(NamedTuple):
    """A text's full dates (:data:`_FULL_DATE`) and a letter's other full dates (:data:`_OTHER_FULL_DATE`), read once
    per text: the match ends with the latest year up to each, and the match starts with the latest date from each."""
    full_above: tuple[list[int], list[int]]
    other_above: tuple[list[int], list[int]]
    full_starts: list[int]
    full_latest_from: list[tuple[int, int, int]]


@lru_cache(maxsize=4)
def _text_dates(text: str) -> _TextDates:
    full = list(_FULL_DATE.finditer(text))
    other = list(_OTHER_FULL_DATE.finditer(text))
    other_years = [int(d.group("y")) if d.group("y") else 2000 + int(d.group("yy")) for d in other]
    latest_from = [_full_date_key(d) for d in full]
    for k in range(len(latest_from) - 2, -1, -1):
        latest_from[k] = max(latest_from[k], latest_from[k + 1])
    return _TextDates(([d.end() for d in full], [*accumulate((_full_date_year(d) for d in full), max)]),
                      ([d.end() for d in other], [*accumulate(other_years, max)]),
                      [d.start() for d in full], latest_from)


def _full_date_key(date: re.Match[str]) -> tuple[int, int, int]:
    """A full date (:data:`_FULL_DATE`) as (year, month, day)."""
    return (_full_date_year(date), int(date.group("m") or date.group("im")), int(date.group("d") or date.group("id")))


def _full_date_year(date: re.Match[str]) -> int:
    """The year of a full date (:data:`_FULL_DATE`)."""
    return int(date.group("y") or date.group("iy"))


QUOTE_REACH = 600  # characters before a cue searched for the quote's opening
# a letter quoting today's exam ("Right breast ultrasound today (15/09/2026): ... Reported as probably benign, BI-RADS 3."):
# "today" in the sentence before "reported as", no earlier exam named after it
TODAY_REACH = 400  # characters before "reported as" searched for the exam's "today" (a sentence of findings may run long)
# (a name's initial ends no sentence: "performed by Dr P. Okafor"; the exam's findings quoted after "today" are its own
# words, of one or more sentences, whatever earlier exams they compare with: "today showed "... unchanged from her
# previous mammograms. No other lesion."; this was reported as benign")
# (nor does a person's title: "The radiologist, Dr. V. Lund, told me that ...")
_TITLE_BEFORE = "|".join(r"(?<=\b" + title + ")" for title in PERSON_TITLES)
_NOT_EARLIER = (r"(?:[\"“][^\"“”]*[\"”]|(?!\b(?:previous(?:ly)?|prior|earlier|last|old|ago|outside|(?:19|20)\d\d\s+\w)\b)"
                r"(?:[^.]|(?:(?<=(?<![\w.])(?-i:[A-Z]))|(?-i:" + _TITLE_BEFORE + r"))\.(?=[ \t]+(?-i:[A-Z]))))*")
_TODAYS_EXAM_BEFORE = re.compile(r"\btoday(?:['’]s)?\b" + _NOT_EARLIER + r"(?:\." + _NOT_EARLIER + r"){0,2}$", re.IGNORECASE)
_PRESENT_TENSE = re.compile(r"\b(?:is|are)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)  # "is likewise / also assessed as"
# "overall" / "bilateral" just before a category ("Overall: BI-RADS 2"), unless a side header stands between them: a
# row's cell ("US bilateral  R: BI-RADS 1") takes its letter; the modalities it sums up may be named in parentheses
# between them ("Overall assessment (mammography + ultrasound): BI-RADS 2")
_OVERALL_BEFORE = re.compile(r"\b(?:overall|bilateral)\b(?![^.\n]*?(?:\b(?-i:[LR])|left|right)[ \t]*:)"
                             r"(?:[^.\n(]{0,25}\([^()\n]{1,60}\))?[^.\n]{0,25}$", re.IGNORECASE)
OVERALL_REACH = 100  # (how far before a category "overall" is looked for: its remark in parentheses too)
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+")  # a numbered or bulleted item's line
_EXAM_WIDE = frozenset({"1", "2"})  # negative / benign: on a bilateral exam, an unsided one assesses both breasts
_OVERALL_LINE = re.compile(r"overall\b", re.IGNORECASE)  # "OVERALL ASSESSMENT: BI-RADS 3"
_ASSESSMENT_LINE_HEAD = re.compile(r"[ \t]*(?:final\s+)?assessment[ \t]*:", re.IGNORECASE)
_ASSESSMENT_HEAD = re.compile(r"(?:final\s+)?assessment\b", re.IGNORECASE)
# a category the report's own reader gives anew ("the left breast is reclassified as BI-RADS 2", "the radiologist has
# now re-categorised it as BI-RADS 2"): it opens a revision, like "revised from 3 to 2"
# (radiology b130: also straight before the keyword, "Reclassified BI-RADS 2, benign."; review r129: that bare form only
# opening its sentence or line, a dash item's too, after "is / are / was / were / has been" ("the lesion was
# reclassified BI-RADS 2") or after a comma ("a benign septated cyst, reclassified BI-RADS 2."), never after a modal or
# "to be" ("it can be reclassified BI-RADS 2", "it will be reclassified BI-RADS 2 once ...", "whether this could be
# regraded BI-RADS 3"), nor after "not", "not yet" ("Not reclassified BI-RADS 2"); after a comma or "is / are",
# _reclassified_before also keeps "if / once / until / whether" out of its clause: "If stable, reclassified BI-RADS 2";
# review rfinal15: not after "was / were / has been", a revision made)
_RECLASSIFIED_BEFORE = re.compile(r"\bre-?(?:classified|categori[sz]ed|graded)[ \t]+(?:(?:it|this|them)[ \t]+)?(?:as|to)[ \t]+$"
                                  r"|(?P<bare>(?:(?<![^\n])[ \t]*(?:[-*•][ \t]+)?|(?<=[.;:!?])[ \t]*"
                                  r"|(?P<aux>(?<=,)[ \t]*|\b(?:is|are|was|were|has[ \t]+been)[ \t]+))"
                                  r"re-?(?:classified|categori[sz]ed|graded)[ \t]+$)"
                                  # (the French in the present or perfect, "est révisée en ACR 2", "a été reclassé en
                                  # ACR 3"; not "sera révisée en" nor "pourrait être reclassée en", not yet revised)
                                  r"|(?P<fr>\b(?:est|sont|a[ \t]+[eé]t[eé]|ont[ \t]+[eé]t[eé])[ \t]+"
                                  r"(?:r[eé]vis[eé]|reclass[eé])e?s?[ \t]+en[ \t]+$)", re.IGNORECASE)
# (review r129: a condition in the clause before ", reclassified BI-RADS 2" or "is reclassified BI-RADS 2": "once it
# is reclassified ...")
# (review rfinal15: not the adverb, "once more", "once again", "at once"; not "until" a time point, "until this visit",
# "until today / now"; not "if / whether" opening a reported question, "asked if", "wished to know whether",
# "re-examined whether", "discussed whether")
_CONDITION_BEFORE_AUX = re.compile(r"(?:\bif\b|\bwhether\b)(?<!\basked[ \t]if)(?<!\basks[ \t]if)(?<!\bask[ \t]if)"
                                   r"(?<!\bknow[ \t]if)(?<!\bwondered[ \t]if)(?<!\bqueried[ \t]if)"
                                   r"(?<!\basked[ \t]whether)(?<!\basks[ \t]whether)(?<!\bask[ \t]whether)"
                                   r"(?<!\bknow[ \t]whether)(?<!\bwondered[ \t]whether)(?<!\bqueried[ \t]whether)"
                                   r"(?<!\bexamined[ \t]whether)(?<!\bdiscussed[ \t]whether)"
                                   r"(?<!\bconsidered[ \t]whether)(?<!\benquired[ \t]whether)"
                                   r"(?<!\binquired[ \t]whether)[^.;:!?\n]*$"
                                   r"|(?<!\bat[ \t])\bonce\b(?![ \t]+(?:more|again)\b)[^.;:!?\n]*$"
                                   r"|\buntil\b(?![ \t]+(?:today|now|recently|then|(?:this|that|the[ \t]+(?:present|current))"
                                   r"[ \t]+(?:visit|exam\w*|study|scan|review|appointment|round|year|month|week)s?)\b)"
                                   r"[^.;:!?\n]*$", re.IGNORECASE)
# (review r129: the older "reclassified as / to" takes the same guard: a modal or "to be", "not", "not yet" or "never"
# straight before it, "it can be reclassified as BI-RADS 2", "not yet reclassified to BI-RADS 2", or a condition in its
# clause, revises nothing; no development reading changed over b1-b130)
# (review rfinal15: "had to be reclassified as" is a revision made, no hedge)
_HEDGE_BEFORE_REVISION = re.compile(r"\b(?:(?:can|could|may|might|will|would|should|must|(?<!\bhad[ \t])to)[ \t]+"
                                    r"(?:not[ \t]+)?be|not(?:[ \t]+yet)?|never)[ \t]+$", re.IGNORECASE)
# (review rfinal15: a condition word keeps back only a revision not yet made, "is / are reclassified", a modal, "to be",
# a bare participle: never one told in the past or perfect, "was / were / has been / have been / had been reclassified",
# "had to be reclassified", "we have (now) re-categorised it as", "we reclassified it as" ("Once the priors were
# reviewed, the left asymmetry was reclassified BI-RADS 2"); an adverb may stand between, "was then reclassified")
_PAST_REVISION_BEFORE = re.compile(r"\b(?:(?:was|were|(?:has|have|had)[ \t]+been|had[ \t]+to[ \t]+be|has|have|had"
                                   r"|we|I|they)(?:[ \t]+(?:now|then|since|already|just|also|later|today|duly|[a-z]{2,15}ly))?"
                                   r"|(?:has|have|had)[ \t]+(?:now|then|since|already|just|also|later|today|duly"
                                   r"|[a-z]{2,15}ly)[ \t]+been)[ \t]+$", re.IGNORECASE)
# review rfinal10: a revision the sentence makes conditional, "if / when / should / unless / once" before it in the same
# sentence ("If aspiration shows a simple cyst content, the BI-RADS classification is revised to 2 at the follow-up
# visit", also "... BI-RADS is revised to 2"), is a category not given yet: no revision, no category
_CONDITION_BEFORE = re.compile(r"\b(?:if|when|should|unless|once)\b[^.;:!?\n]*$", re.IGNORECASE)
# ... and the French condition before a French revision ("Si la cytologie est bénigne, la classification est révisée en
# ACR 2")
# (review r125: also "En cas de", "Dans l'hypothèse", "Sous réserve", "À condition", "Une fois", "S'il"; a condition
# said before its colon, "Si liquide clair : la lésion est reclassée en ACR 2")
# (the French conditions of more than one word, read before a French revision and after it alike; of the one-word
# conditions, "when" and "once" are read only before it)
# (review rfinal13: also "À l'issue de", "Dans ce cas", "Le cas échéant")
_CONDITION_PHRASE_FR = (r"\bs['’][ \t]*il|\ben[ \t]+cas[ \t]+d|\bdans[ \t]+l['’][ \t]*hypoth[eè]se"
                        r"|\bsous[ \t]+r[eé]serve|\b[aà][ \t]+condition|\b[aà][ \t]+l['’][ \t]*issue[ \t]+d"
                        r"|\bdans[ \t]+ce[ \t]+cas\b|\ble[ \t]+cas[ \t]+[eé]ch[eé]ant\b")
# (review rfinal13: a revision told under a reporting verb, another document's, "le compte rendu extérieur indique que la
# lésion a été reclassée en ACR 4a", "selon", "d'après", "rapporte", "mentionne", is no revision of this report's own)
_CONDITION_BEFORE_FR = re.compile(r"(?:\b(?:si|lorsque|quand|if|when|unless|once|une[ \t]+fois)\b|"
                                  + _CONDITION_PHRASE_FR + r"|\bindiqu\w*[ \t]+qu|\bselon\b|\bd['’][ \t]*apr[eè]s\b"
                                  r"|\brapport\w*[ \t]+qu|\bmentionn\w*[ \t]+qu"
                                  r")[^.;:!?\n]*(?::[^.;:!?\n]*)?$", re.IGNORECASE)
# ... or after it in its sentence, as far as CONDITION_REACH ("La lésion est reclassée en ACR 3 si la stabilité est
# confirmée à six mois")
# (review rfinal13: also a revision restricted to come, "uniquement / seulement après 2 ans de stabilité")
_CONDITION_AFTER_FR = re.compile(r"[^.;!?\n]*?(?:\b(?:si|lorsque|quand|if|unless|une[ \t]+fois)\b|"
                                 + _CONDITION_PHRASE_FR + r"|\b(?:uniquement|seulement)[ \t]+apr[eè]s\b)", re.IGNORECASE)
# (review r125: the breast's density revised, "la densité mammaire est révisée en ACR 3 (seins hétérogènes)", "le type
# est révisé en ACR 3", is no category revised)
_DENSITY_SUBJECT_FR = re.compile(r"\b(?:densit[eé]s?|density|type|composition)\b[^.;:!?\n]*$", re.IGNORECASE)
# (review r125: the side heading of a French revision's own line, "Sein gauche : le kyste, classé ACR 3 en 2024, est
# reclassé en ACR 2", read "left breast : ...", is the revision's side: it replaces that side's category only)
_REVISION_SIDE_LINE = re.compile(_SIDE_HEADING_COLON, re.IGNORECASE)
# (how far before a revision its sentence's condition may open, and the French condition after it or the density
# subject before it may reach)
CONDITION_REACH = 160
_FROM_VALUE = re.compile(r"\b(?:from|instead\s+of)\s+$", re.IGNORECASE)
# "Impression no. 1 should read BI-RADS 4C (...) instead of BI-RADS 4A": the category it replaces, whose side it takes
_INSTEAD_OF_AFTER = re.compile(r"[^.\n]{0,60}?\binstead\s+of\s+(?:bi-?rads[ \t]*)?(?:category[ \t]*)?"
                               r"(?P<num>[0-6]|" + _ROMAN + r")(?:[ \t]*-?[ \t]*(?P<sub>[abc]))?(?!\w|\.\d)", re.IGNORECASE)
# "the radiologist classified this as BI-RADS 2": the finding of the sentence before, and its side
_ANAPHORA_BEFORE = re.compile(r"\b(?:classified|categori[sz]ed|graded|scored)[ \t]+(?:this|it|these|them)[ \t]+as[ \t]+$",
                              re.IGNORECASE)
# an addendum, or a correction / amendment section of its own (it revises like an addendum)
# (Spanish "Fe de erratas" / "Corrección", also before its English heading: "Fe de erratas / Correction:"; and the English
# heading after a slash whose original words the CJK view blanked: "訂正 / AMENDMENT")
# (a translation or a scan may mark the page it opens before it: "[Page 2:] FE DE ERRATAS [ERRATUM]", "Page 3 - Addendum:")
_PAGE_MARK = r"(?:\[[ \t]*page[ \t]+\d{1,3}[ \t]*:?[ \t]*\]|page[ \t]+\d{1,3}[ \t]*[-–:])[ \t]*"
# a chat thread's message opens with its time stamp and sender ("05/12/2026 14:31 - Dr. Lindqvist-Achebe: Correction:
# ...", "[14:31] J. Lindqvist: Correction - ..."): a correction message revises like an addendum
_NUMERIC_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d)"  # (a message's or a correction's date)
_MESSAGE_HEAD = (r"(?:\[?" + _NUMERIC_DATE + r"[ \t,]+)?\[?\d{1,2}:\d\d(?::\d\d)?"
                 r"(?:[ \t]*[ap]\.?m\.?)?\]?[ \t]*[-–]?[ \t]*[^\n:]{1,60}:[ \t]*")
# the date and the statement of a corrected record's "Reason for correction <date>:" (:data:`_ADDENDUM`): the exam's side
# corrected in a sentence of the class's shape, also a translation's gloss below its original words
_CORRECTION_DATE = _NUMERIC_DATE
# ("[the examination was of the right breast], nie lewej [not the left]." too; the sentence ends there, or after "not the
# <other side>")
_CORRECTION_STATEMENT = (r"[^?]{0,400}?\bthe[ \t]+examination[ \t]+was[ \t]+(?:(?:done|performed)[ \t]+on|of)[ \t]+the[ \t]+"
                         r"(?:left|right)[ \t]+breast(?:,[ \t]+not[ \t]+the[ \t]+(?:left|right)(?:[ \t]+breast)?)?"
                         r"[ \t]*(?:[.\]]|[-–][ \t]|$)")
_ADDENDUM = re.compile(r"^[ \t\-]*(?:" + _MESSAGE_HEAD + r")?(?:" + _PAGE_MARK + r")?(?:/[ \t]*)?"
                       r"(?:addend(?:um|a)|adenda"
                       r"|(?:(?:side|laterality)[ \t]+)?correction|corrigendum"
                       # (a patient record's corrected entry heads its correction with the reason, the date straight
                       # after the words: "Reason for correction 04.04.2026:"; only over the correction's own plain
                       # statement, "The examination was done on the LEFT breast, not the right.": not one requested,
                       # questioned or not confirmed, "Reason for correction requested <date>: ... LEFT breast? ...")
                       r"|reason[ \t]+for[ \t]+correction[ \t]+" + _CORRECTION_DATE + r"(?=[ \t]*:" + _CORRECTION_STATEMENT
                       + r")"
                       r"|(?:fe[ \t]+de[ \t]+)?errat(?:um|as?)|correcci[oó]n"
                       r"|amendment|revised\s+report"
                       # a trial's data query and the site's answer to it, below the form it corrects
                       r"|(?:monitoring|data)[ \t]+(?:query|clarification)"
                       r"|(?:supplement|supplementary\s+(?:report|result|statement|opinion))\b"
                       r"(?=(?:[ \t]*\[[^\[\]\n]{1,60}\])?[^\n]{0,40}:)"  # (a translation's original heading in brackets)
                       # Swedish "Kompletterande svar / utlåtande" (supplementary report), "Komplettering"
                       r"|komplett(?:erande\s+(?:svar|utl[åa]tande)|ering)\b"
                       r"|(?:supplement|addition)\s+to\s+the\s+(?:protocol|report))\b"
                       r"|^[ \t]*(?-i:N\.[ \t]?B\.)[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?:"  # a dated note below a signed report
                       # (a nursing record's "AMENDED ENTRY 08:35 (RN):", "Corrected entry:" too)
                       r"|^[ \t*=#>\-]*(?:corrected|amended|revised)\s+"
                       r"(?:report|result|assessment|reading|bi-?rads|categor|entry)"
                       # (review rfinal4: a record's stamp "Entry amended <date> (Dr X):" / "Record amended <date> by
                       # Dr X:" was tried as an amendment and withdrawn: such EPR notes quote an earlier or outside
                       # exam's category far more often than they revise, "outside mammogram 2025 reported BI-RADS 4A")
                       r"|\baddendum\b(?=[^.\n]{0,30}(?::|\d))"
                       # an export's record whose type field says so ("RECORD_TYPE=ADDENDUM", "REPORT TYPE = Addendum")
                       r"|^[ \t]*[\w ]{0,30}?type[ \t]*=[ \t]*addend(?:um|a)\b"
                       # ("* Addendum *", "<< ADDENDUM >>", also with its subject: "*** ADDENDUM - SIDE CORRECTED ***")
                       # (a printout may sign it on its line after a gap: "* Addendum *      Signed 07/29/2026 ...")
                       # (a framed correction, erratum or amendment the same: "*** CORRECTION (dictated 14/07/2026) ***")
                       r"|^[ \t]*[*<>=]+[ \t]*(?:addend(?:um|a)|correction|corrigendum|errat(?:um|a)|amendment)\b"
                       # (review r99b: not one said not made, or one to an earlier report: "*** CORRECTION NOT NEEDED
                       # ***", "*** CORRECTION REQUESTED BY CLINICIAN - DECLINED ***", "*** ERRATUM TO THE MAMMOGRAM
                       # REPORT OF 2025 ***")
                       r"(?![^\n*<>=]*\b(?:not|no|never|declined|refused|rejected|requested|to[ \t]+(?:the|prior|previous"
                       r"|earlier|her)|report[ \t]+of)\b)"
                       r"[^\n*<>=]{0,40}[*<>=]+(?:[ \t]{2,}[^\n]*)?[ \t]*$"
                       # a translation's heading glossed in brackets: "BỔ SUNG KẾT QUẢ [SUPPLEMENTARY RESULT] - <date>:"
                       r"|^[^\n\[.:]{0,40}\[(?:supplement(?:ary)?|correction|errat(?:um|a)|addend(?:um|a)|amendment)\b[^\]\n]{0,30}\]",
                       re.IGNORECASE | re.MULTILINE)
# a chart printout puts the addendum above the original report ("ADDENDUM: ... END OF ADDENDUM" over "ORIGINAL
# REPORT:"): the addendum's statements are still the last word (blank lines or a rule of dashes, equals signs or
# stars between them; either banner may be framed in stars: "*** END OF ADDENDUM 1 ***" over "*** ORIGINAL REPORT *** Signed ...")
# (or with no end banner, the original report under a heading line of its own, its date after it: "ORIGINAL REPORT
# (2026-01-01):" below the addendum)
# a reprinted report's header field, with its colon ("Patient:", "Patient name :", "MRN:", "Accession no:", "Exam:")
_HEADER_FIELD = (r"\b(?:patient|name|mrn|accession|exam(?:ination)?|study|dob|date[ \t]+of[ \t]+birth)"
                 r"(?:[ \t]+(?:name|id|no\.?|number|#))?[ \t]*:")
_ORIGINAL_BELOW = re.compile(
    r"^[ \t*=#<>]*end[ \t]+of[ \t]+addendum\b[^\n]*\n(?:[ \t]*(?:[-=*_~#][ \t]*){0,200}\n)*"
    # (a RIS printout reprints the original report below its end banner with no heading, its header fields first: the
    # patient, the accession, the exam; a later report's own heading, "FOLLOW-UP:", is read in place)
    # (a real reprinted header: two fields with their colons, "Patient : M. J. R.   MRN : 0060344", on one line or two,
    # or one field before the exam's title, "Exam: MG SCREENING MAMMO BILAT"; not a sentence opening with such a word,
    # "Patient informed of the result ...", "Exam discussed at the multidisciplinary meeting ...")
    r"(?:[ \t*=#<>]*original[ \t]+report\b|(?=[ \t]*" + _HEADER_FIELD + r"[^\n]{0,80}?(?:" + _HEADER_FIELD
    + r"|\b" + _EXAM_WORDS + r"\b|\n[ \t]*" + _HEADER_FIELD + r")))"
    r"|^[ \t*=#<>]*original[ \t]+report[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?:?[ \t*=#<>]*$",
    re.IGNORECASE | re.MULTILINE)
# ... or under a banner of its own ("* Addendum *" ... "* Final Report *")
_REPORT_BANNER_BELOW = re.compile(r"^[ \t]*\*+[ \t]*(?:final|original)[ \t]+report[ \t]*\*+(?:[ \t]{2,}[^\n]*)?[ \t]*$",
                                  re.IGNORECASE | re.MULTILINE)
REPORT_BANNER_WORDS = ("final report", "original report")
# a preliminary reading above the final report (a sonographer's worksheet "Prelim BI-RADS 4A - please review", a resident's
# "*** PRELIMINARY REPORT ***", a transcription service's "DRAFT" awaiting the radiologist's signature): the final
# report's heading below it opens a revision, like an addendum
_PRELIMINARY = re.compile(r"\bprelim(?:inary)?\b|\bwet[ \t-]+read|\bdraft\b", re.IGNORECASE)  # (an on-call "wet read")
PRELIMINARY_WORDS = ("prelim", "wet read", "wet-read", "draft")
_FINAL_REPORT_HEADING = re.compile(  # (after a bilingual heading's blanked original and its slash: "  / FINAL REPORT")
    r"^[ \t*=#<>\-]*(?:/[ \t]*)?(?:(?:radiologist(?:['’]s)?|attending|consultant)[ \t]+)?final[ \t]+"
    r"(?:(?:radiology|radiologist(?:['’]s)?|diagnostic|signed)[ \t]+)?(?:report|interpretation|reading|read)\b"
    r"(?![ \t]+(?:to[ \t]+follow|pending|will|is[ \t]+pending))"
    # ... and a second-read record's senior reading ("Attending over-read (Dr. ...):", "FINAL (attending): L 0"; a
    # sonographer's printout: "RADIOLOGIST REVIEW (FINAL)", not one still awaited: "Radiologist review pending")
    r"|^[ \t*=#<>\-]*(?:(?:attending|consultant|staff)(?:[ \t]+radiologist)?|radiologist)(?:['’]s)?[ \t]+"
    r"(?:over-?read|review|reading|read)\b(?![ \t]*:?[ \t]*(?:to[ \t]+follow|pending|awaited|requested))"
    # (the senior's final also opens a sentence of a message: "... a small halo. Final (attending): L 4A")
    r"|(?:^[ \t*=#<>\-]*|(?<=[.;])[ \t]+)" + _SENIOR_FINAL, re.IGNORECASE | re.MULTILINE)
FINAL_READING_WORDS = ("final", "review", "read")  # every _FINAL_REPORT_HEADING match holds one: a cheap test first
_ADDENDUM_WORDS = ("addition to", "addend", "adenda",  # (a translated protocol's "ADDITION TO THE PROTOCOL")
                   "correction", "correcci", "corrigendum", "errat", "amendment", "revised", "corrected", "amended", "supplement",
                   "n.b", "n. b", "komplett", "query", "clarification")
# "revised 4A -> 3", "BI-RADS 4A → BI-RADS 3": the category after the arrow replaces the one before it
# (French and Spanish / Portuguese forms too: "catégorie révisée : 4b -> 4c", "categoría revisada: 3 -> 4A")
_REVISED_TO = re.compile(r"\b(?:revised|changed|upgraded|downgraded|amended|corrected|r[ée]vis[ée]e?s?|revisad[ao]s?)\b"
                         r"[ \t]*[^.\n]{0,25}?"  # (a translation's gloss after it may be blanked to spaces)
                         # (each named by the college in the French convention: "catégorie révisée : ACR 3 -> ACR 2")
                         r"(?:(?:bi-?rads|acr)[ \t]*)?(?P<was>[0-6][abc]?)[ \t]*(?:->|→|=>)[ \t]*(?:(?:bi-?rads|acr)[ \t]*)?"
                         r"(?P<num>[0-6])(?P<sub>[abc])?(?!\w|\.\d)", re.IGNORECASE)
_ARROWS = ("->", "→", "=>")  # every _REVISED_TO match has one: a cheap test before the scan
# a Korean report's shorthand for the category after an arrow ("Rt. 11 o'clock oval mass. -> C3"); scanned with the arrows
# (no word goes on after it: "C3 -> C4 level" is a spine's)
_ARROW_SHORTHAND = re.compile(r"(?:->|→)[ \t]*(?-i:C)(?P<num>[0-6])(?P<sub>[abc])?(?![\w.]|\.\d|[ \t]+(?-i:[a-z]))",
                              re.IGNORECASE)
# "BIRADS category revised from III to II", "changed from 4A to 3": the category after "to" (Roman numerals too)
_REVISED_FROM = re.compile(
    r"\b(?:revised|changed|upgraded|downgraded|amended|corrected|reclassified)\s+from\s+(?:bi-?rads[ \t]*)?(?:category[ \t]*)?"
    r"(?:[0-6]|" + _ROMAN + r")(?:[ \t]*-?[ \t]*[abc])?\s+to\s+(?:bi-?rads[ \t]*)?(?:category[ \t]*)?"
    r"(?P<num>[0-6]|" + _ROMAN + r")(?:[ \t]*-?[ \t]*(?P<sub>[abc]))?(?!\w|\.\d)", re.IGNORECASE)
# a correction that names the category it should have been ("The BI-RADS category in the impression should read 5",
# "Item 2 should be BI-RADS 3")
# (Portuguese: "onde se lê 'Categoria 4', leia-se 'Categoria 5'", the category name already in English)
_ITEM_NUMBER = r"item[ \t]+(?:no\.?[ \t]*|#[ \t]*)?"  # ("item 1", "item no. 1", "item #1")
_SHOULD_READ = re.compile(r"\b(?:bi-?rads|category|assessment|" + _ITEM_NUMBER + r"\d{1,2})\b[^.\n]{0,40}?"
                          r"\b(?:should\s+(?:read|be)|leia-se)\s+[\"“'”]?[ \t]*"
                          r"(?:bi-?rads[ \t]*)?(?:category[ \t]*)?(?P<num>[0-6])(?P<sub>[abc])?(?!\w|\.\d)", re.IGNORECASE)
SHOULD_READ_WORDS = ("should", "leia-se")  # every _SHOULD_READ match has one: a cheap test before the scan
# a correction that names the impression item it revises ("Correction to impression item 1: ... should read 5. Item 2
# unchanged."): the revised category is the side of that numbered item's
_ITEM_NAMED = re.compile(r"\b" + _ITEM_NUMBER + r"(?P<n>\d{1,2})\b", re.IGNORECASE)
# a side in parentheses after each category of a list: "BI-RADS: 6 (left), 2 (right)."
# (spaces inside the brackets too: "4a ( right) ; 2 ( left)"; and a translation's gloss of that same side in square
# brackets after it, the French "4c (droite) [right] ; 1 (gauche) [left]": the gloss repeats the side, nothing more)
_PAREN_SIDE_BODY = (r"[ \t]*\([ \t]*(?P<side>left|right)(?:\s+breast)?[ \t]*\)"
                    r"(?:[ \t]*\[[ \t]*(?P=side)(?:\s+breast)?[ \t]*\])?")
_PAREN_SIDE = re.compile(_PAREN_SIDE_BODY, re.IGNORECASE)
_PAREN_CONTINUATION = re.compile(r"\s*[,;/&]\s*(?:and\s+)?(?P<num>[0-6])(?P<sub>[abc])?" + _PAREN_SIDE_BODY, re.IGNORECASE)
_ARROW_AFTER = re.compile(r"[ \t]*(?:->|→|=>)[ \t]*(?:bi-?rads[ \t]*)?(?P<num>[0-6])(?P<sub>[abc])?(?!\w|\.\d)",
                          re.IGNORECASE)
# A checkbox form prints every category with a box; only the ticked one is the assessment.
_BOX = re.compile(r"\[[ \t]?\]|\[[xX✓✔*]\]|[☐☒☑]|\([ \t]\)|\([xX✓✔]\)")  # "( ) 0 Recall   (X) 1 Negative"
_UNTICKED = re.compile(r"\[[ \t]?\]|☐|\([ \t]\)")
_BOX_MARKS = ("[", "☐", "☒", "☑", "( )", "(x)", "(X)", "(✓)", "(✔)")
# a ticked category named in words ("( ) Negative   (X) Benign   ( ) Refer")
_BOX_WORD = re.compile(r"[ \t]*(?:" + _WORD_ALT + r")\b", re.IGNORECASE)
_BOX_CATEGORY = re.compile(r"[ \t]*(?:bi-?rads[ \t]*)?(?:[0-6][abc]?)(?![\w.:])", re.IGNORECASE)
# a key or legend that defines the categories ("Key: BI-RADS 0 = needs additional imaging; 1 = ...")
# ("Category key printed on all programme reports:"; "Key findings:" is no key, nor is a nursing record's "Key worker:",
# the person who coordinates the patient's care)
_LEGEND_HEADING = re.compile(r"^[ \t]*(?:(?:category|categories|bi-?rads|assessment|score)[ \t]+)?(?:key|legend)\b"
                             r"(?![ \t]+(?:findings?|points?|images?|features?|workers?|contacts?|nurses?|persons?))"
                             r"[^:\n]{0,40}:", re.IGNORECASE | re.MULTILINE)
_DEFINITION_AFTER = re.compile(r"[ \t]*=(?!>)")
_TABLE_CELL = re.compile(r"[ \t]*\|")
# a statement whole within one table cell ("| L: BI-RADS 5 |"): the cell's own category, no header over the row below
_WITHIN_CELL = re.compile(r"[^|\n]+")
# the keyword over a tick grid's category columns ("BI-RADS         0      1      2"): a heading, not a category
_GRID_HEADER_AFTER = re.compile(r"[ \t]{2,}[0-6][abc]?[ \t]{2,}[0-6][abc]?(?![\w.])", re.IGNORECASE)
# A RIS export's coded fields, one "KEY=value" a line ("ASSESSMENT_R=4A", "BIRADS_LEFT = 2",
# "ASSESSMENT_OVERALL=1", "ASSESSMENT_L=Incomplete - needs additional imaging"): the key names the
# assessment and the side; a prior field ("PRIOR_ASSESSMENT_R=2") is history, a blank / "N/A" value
# assesses nothing, and a free-text field ("ASSESSMENT_TEXT=...") paraphrases the coded ones.
_FIELD = re.compile(r"^[ \t]*(?P<key>[A-Za-z][A-Za-z0-9_ -]{0,40}?)[ \t]*=[ \t]*(?P<value>[^\n]*?)[ \t]*$", re.MULTILINE)
# ... and a field sheet's "KEY: value" lines whose key names the assessment and a side ("BI-RADS RT: 4A - Low
# suspicion", "BI-RADS (Overall): 1", "Assessment (LT): ( ) 3  (X) 4"): read like a coded field
# (a coded key's words joined by underscores, a printout's dotted leader for the colon: "BIRADS_RIGHT ...... 1 - Negative")
_COLON_FIELD = re.compile(r"^[ \t]*(?P<key>(?=[A-Za-z][A-Za-z_ ()-]{0,20}(?<![^\W_])"
                          r"(?:rt|lt|r|l|right|left|overall|bilat(?:eral)?)(?![^\W_]))"
                          r"[A-Za-z][A-Za-z0-9_ ()-]{0,40}?)[ \t]*(?::|(?<=[ \t])\.{3,}(?=[ \t]))[ \t]*(?P<value>[^\n]*?)[ \t]*$",
                          re.MULTILINE | re.IGNORECASE)
COLON_FIELD_WORDS = (":", " ...")  # every _COLON_FIELD match has one: a cheap test before the scan
# "BI-RADS Assessment Right Breast"; a corrected field is ordered by the revision marks (_ADDENDUM)
_FIELD_FILLER = frozenset({"BREAST", "SIDE", "OF", "THE", "FOR", "CORRECTED", "AMENDED", "REVISED"})
_FIELD_ASSESSMENT = frozenset({"ASSESSMENT", "ASSESS", "ASSMT", "BIRADS", "BI-RADS", "CATEGORY"})
_FIELD_SIDES = {"R": "R", "RT": "R", "RIGHT": "R", "L": "L", "LT": "L", "LEFT": "L", "B": "B", "BILAT": "B",
                "BILATERAL": "B", "BOTH": "B", "OVERALL": "X", "FINAL": "X", "COMBINED": "X", "EXAM": "X"}
_FIELD_MACHINE = frozenset({"AI", "CAD", "SUGGESTED", "SUGGESTION", "PREDICTED", "ALGORITHM"})
_FIELD_PRIOR = frozenset({"PRIOR", "PREV", "PREVIOUS", "OLD", "LAST", "HISTORICAL", "OUTSIDE", "ORIGINAL"})
_FIELD_VALUE = re.compile(r"(?:\([xX✓✔]\)[ \t]*|\[[xX✓✔*]\][ \t]*)?"  # the ticked box of a field's options
                          r"(?:bi-?rads[ \t]*)?(?:category[ \t]*)?(?P<num>[0-6])(?P<sub>[abc])?(?![\w.])"
                          r"|(?:" + _WORD_ALT + r")\b", re.IGNORECASE)
# history-like fields of such an export ("INDICATION=...", "COMPARISON=...", "PRIOR_EXAM=...")
_HISTORY_FIELD = re.compile(r"^[ \t]*(?:[A-Za-z]+_)?(?:indications?|history|comparison|prior|previous|reason|clinical)"
                            r"[A-Za-z0-9_]*[ \t]*=[^\n]*", re.IGNORECASE | re.MULTILINE)
# the exam's own title field ("EXAM_DESC=US BREAST RIGHT LIMITED")
_EXAM_FIELD = re.compile(r"^[ \t]*(?:exam|examination|procedure|study)(?:_?(?:desc(?:ription)?|name|title))?[ \t]*="
                         r"(?P<title>[^\n]*)", re.IGNORECASE | re.MULTILINE)
# A combined mammography + ultrasound report assesses each modality, then decides in a final / combined
# assessment: that one outranks the modality's own ("Mammographic assessment: BI-RADS 0" ... "FINAL
# COMBINED ASSESSMENT: LEFT BREAST -- BI-RADS 2", "Final opinion:").
_FINAL_ASSESSMENT = re.compile(r"^[ \t]*" + _FORM_ITEM + r"(?:final\s+(?:overall\s+|combined\s+|integrated\s+"
                               r"|per[\s-](?:side|breast)\s+)?"
                               r"|(?:combined|integrated)\s+(?:final\s+)?)"
                               r"(?:assessment|bi-?rads|impression|conclusions?|opinion)\b", re.IGNORECASE | re.MULTILINE)
# a final assessment line that opens with a side ("Final BI-RADS: Right 1 - Negative    Left 1 - Negative", "Final
# assessment: left BI-RADS 1") replaces, for each side it names, the categories stated before it (a result letter's
# screening recall, "left recalled (BI-RADS 0)", settled at assessment); an unsided one sums up and replaces nothing
# (the side may stand in parentheses before the colon: a second-read form's "Final BI-RADS (left): 3 - Probably benign"
# below the requesting site's "Prelim BI-RADS 4A")
_SIDE_OPENS_AFTER = re.compile(r"(?:[ \t]+(?:assessment|categor(?:y|ies)))?[ \t]*(?::[ \t]*(?:right|left)\b"
                               r"|(?P<paren>\([ \t]*(?:right|left)(?:[ \t]+breast)?[ \t]*\)[ \t]*:))", re.IGNORECASE)
# ... only where it is today's exam's: not under a heading that names an outside or earlier exam ("OUTSIDE FILM REVIEW
# (mammogram 2024, ...)", "Prior MRI 01/2026 (outside):") or one modality of several, read apart ("MAMMOGRAPHY (read
# separately by Dr B)" below "ULTRASOUND: ... BI-RADS 4B."): its final is that exam's own
_EARLIER_EXAM_HEADING = re.compile(r"\b(?:outside|external|elsewhere|prior|prev|previous|earlier|old|historical|comparison"
                                   r"|referr(?:er|ing|al)|(?:19|20)\d\d)\b", re.IGNORECASE)
_MODALITY_KIND = re.compile(r"\b(?:(?P<mg>mammo(?:graph(?:ic|y)|grams?)?|tomosynthesis|dbt)|(?P<us>ultrasound|sonograph(?:ic|y)"
                            r"|(?-i:US))|(?P<mri>mri))\b", re.IGNORECASE)
# (also opening a quote that opens its line, a note quoting the report's lines one by one: '"Final combined assessment:
# right breast BI-RADS 2, left breast BI-RADS 1."' below the quoted mammographic assessment, radiology b118)
_FINAL_COMBINED_MID_LINE = re.compile(r"(?:[.;][ \t]+|^[ \t]*[\"“][ \t]*)(?P<h>(?:final[ \t]+combined|combined[ \t]+final)"
                                      r"[ \t]+(?:assessment|bi-?rads|impression|conclusion)[ \t]*:)",
                                      re.IGNORECASE | re.MULTILINE)
# ... or one side's final assessment run in after a sentence, its side after a comma and the category straight after the
# colon ('... likely a fibroadenoma. Final assessment, left breast: BI-RADS 3 - probably benign.', an assessment clinic's
# report quoted): it replaces that side's earlier category (the screening recall's "BI-RADS 0"); not "Previous final
# assessment, left breast: ..." nor a final assessment without its category ("Final assessment, left breast: pending")
_FINAL_SIDE_MID_LINE = re.compile(r"[.;][ \t]+(?P<h>final[ \t]+assessment[ \t]*,[ \t]*(?P<side>right|left)"
                                  r"(?:[ \t]+breast)?[ \t]*:)(?=[ \t]*(?:bi-?rads|category)[ \t]*[0-6])", re.IGNORECASE)
# (also a modality named as the only one read: "MRI-only assessment R-a: BI-RADS 4A", "CEM-only assessment: right BI-RADS 4A")
_MODALITY_ASSESSMENT = re.compile(r"[ \t]*(?:[-*•][ \t]*)?" + _FORM_ITEM
                                  + r"(?:mammograph(?:ic|y)|mammo(?:gram)?|ultrasound|sonograph(?:ic|y)|"
                                  r"us|mg|mri|dbt|tomosynthesis|cem|cesm)(?:[ \t]*-[ \t]*only|[ \t]+only|[ \t]+alone)?"
                                  r"\s+(?:assessment|bi-?rads|category|classification|conclusions?|impression)\b", re.IGNORECASE)
# ... or quoted under a heading that names the categories as one modality's own ("MRI summary (MRI-only categories):",
# "Contrast MRI review (MRI-only assessments, from its report):" over its lesions): a final assessment below outranks them
_MODALITY_ONLY_HEADING = re.compile(r"^[^\n:]{0,80}?\b(?:mri|mammograph(?:ic|y)|mammo(?:gram)?|ultrasound|sonograph(?:ic|y)|"
                                    r"cem|cesm|tomosynthesis)(?:[ \t]*-[ \t]*only|[ \t]+only|[ \t]+alone)[ \t]+"
                                    r"(?:categor(?:y|ies)|assessments?|bi-?rads)\b[^\n:]{0,60}:",
                                    re.IGNORECASE | re.MULTILINE)
# a table whose column is headed "Provisional" (an automated scan's per-lesion category before the handheld second look):
# its rows' categories give way to the final assessment below
_PROVISIONAL_COLUMN = re.compile(r"[ \t]{2}(?:provisional|preliminary)\b", re.IGNORECASE)
# ... or mid-line, after the modality's findings ("Mammogram, left: 13 mm mass. Mammographic assessment: BI-RADS 0")
# (also a modality named as the only one read, the side named before the keyword: "... intact implant. MRI-only
# assessment: right BI-RADS 4A.")
_MODALITY_BEFORE = re.compile(r"(?:\.|^)[ \t]*\[?(?:mammograph(?:ic|y)|mammo(?:gram)?|ultrasound|sonograph(?:ic|y)|us|mg|mri|dbt|"
                              r"tomosynthesis)(?:[ \t]*-[ \t]*only|[ \t]+only|[ \t]+alone)?"
                              # (a printout's glossed field name and its dotted leader: "[MAMMOGRAPHY ALONE] .... BI-RADS 4B")
                              r"(?:\][ \t]*\.{2,})?\s+"
                              r"(?:(?:assessment|bi-?rads|category)\s*:?\s*(?:(?:left|right)(?:\s+breast)?\s+)?)?$",
                              re.IGNORECASE | re.MULTILINE)
# ... or in its own clause, over the editor's wrap ("Mammographic\ncategory: BI-RADS 0", "Mammography alone: BI-RADS 0",
# "the mammographic study by itself is classified BI-RADS 0"); searched only up to the statement
_MODALITY_NAMES = r"\b(?:mammograph(?:ic|y)|mammo(?:gram)?|ultrasound|sonograph(?:ic|y)|us|mg|mri|dbt|tomosynthesis)"
_MODALITY_CLAUSE = re.compile(
    _MODALITY_NAMES + r"(?:\s+(?:study|exam(?:ination)?))?\s+(?:(?:alone|by\s+itself|on\s+its\s+own)\s*:"
    # (also stated as what it would be: "the mammographic study by itself would be classified BI-RADS 0")
    r"|(?:(?:alone|by\s+itself|on\s+its\s+own)\s+)?(?:(?:is|was|(?:would|will|could)\s+(?:have\s+)?be(?:en)?)\s+"
    r"(?:classified|categori[sz]ed|assessed)(?:\s+as)?"
    r"|(?:assessment|bi-?rads|category)\s*:?))\s*$", re.IGNORECASE)
# ... or on the lines under a modality's own heading ("Mammography-only assessment:" over "Right: BI-RADS 6   Left: BI-RADS 0")
_MODALITY_HEADING_ABOVE = re.compile(
    r"(?:mammograph(?:ic|y)|mammo(?:gram)?|ultrasound|sonograph(?:ic|y))(?:[ \t]*-[ \t]*only|[ \t]+only|[ \t]+alone)?"
    r"[ \t]+(?:assessment|bi-?rads|categor(?:y|ies))[ \t]*:[ \t]*$", re.IGNORECASE)
# an assessment heading that names both modalities, or an overall one, outranks each modality's own too
# ("Impression (mammography + ultrasound):", "Overall assessment:", "Overall BI-RADS: right 2, left 2")
_COMBINED_HEADING = re.compile(
    r"^[ \t]*(?:(?:(?:final|combined)\s+){0,2}(?:diagnostic\s+)?"  # ("Combined diagnostic impression (MG + US):")
    r"(?:impression|impresi[oó]n|opinion|assessment|conclusions?)\b[^\n:]{0,40}?\([ \t]*"
    # (ultrasound also called "sonar": "Final opinion (mammo + sonar):"; or "echo", a translation's word for it:
    # "<original> [Conclusion] (mammography + echo):", "Conclusion (mammography + echography):")
    r"(?:mammograph(?:y|ic)|mammo(?:gram)?|mg)[ \t]*(?:\+|&)[ \t]*(?:ultrasound|us|sonograph(?:y|ic)|sonar"
    r"|(?P<echo>echo(?:graph(?:y|ic))?|ecography))[ \t]*\)"
    r"|overall[ \t]+(?:assessment|bi-?rads)\b"
    r"|[^\n()]{0,60}\([^()\n]{0,60}?\bfinal[ \t]+combined[ \t]+assessment[ \t]*\)[ \t]*:)",  # (a bilingual heading's gloss)
    re.IGNORECASE | re.MULTILINE)
COMBINED_HEADING_WORDS = ("overall", "+", "&", "combined")  # every _COMBINED_HEADING match has one: a cheap test before the scan
# (review r115) such a heading outranks the modalities' own categories only as this report's own, completed conclusion:
# its section (to the next blank line) states a category itself, and it is neither history, nor dated on its heading
# ("Conclusion (mammography + echo) 14.03.2024:", "..., 2019:"), nor under a heading line right above it that opens an
# earlier or outside report ("Comparison:", "Prior exams:", "Previous report (..., 11/2024):", "Attached outside report
# (Aleppo, 2023), translated for comparison:", "Original local report, quoted:"); the first such heading is taken. Nor is
# "echo" ultrasound in a letter that speaks of the heart ("Echocardiogram: LVEF 58%", "cardio-oncology clinic")
# (review rfinal8, narrowed: a heading date counts only where it is not the exam's own date, the same date on a line
# above that names no earlier exam, with no later year in the report: "Conclusion (mammography + ultrasound)
# 02/03/2026:" under "Exam date: 02/03/2026" is today's; nor is an atlas edition's year a date, "Overall assessment (ACR
# BI-RADS atlas, 2013 edition):"; a heading line above counts only where it opens with the earlier report's words, not
# this report's own impression that mentions priors, "IMPRESSION, compared with the prior examinations from 2023:"; a
# category stated in the guide's words counts as the section's, "Impression (mammography + ultrasound): Benign
# findings, both breasts."; and the heart is recognised by its wording too, "Echo: good LV function, EF 60%", "TTE:")
_HEADING_DATE = re.compile(r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d)\b")
_EDITION_WORDS = re.compile(r"\b(?:atlas|editions?|ed\.)", re.IGNORECASE)  # (near a heading's year: the atlas's edition)
EDITION_CHARS = 30  # ... this far either side of it
_EARLIER_DATE_LINE = re.compile(r"\b(?:compar\w*|prior|previous|earlier|old|outside|external|last|since|history"
                                r"|birth|born|dob)\b", re.IGNORECASE)  # (a date on such a line is no exam date)
_EARLIER_REPORT_LINE = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?(?:comparisons?|prior|previous|earlier|old|outside|external"
                                  r"|attached|original|quoted)\b[^\n]{0,120}:[ \t]*", re.IGNORECASE)
_SECTION_WORD_CATEGORY = re.compile(r"(?:^|[:.;\n-])[ \t]*(?:negative|(?:probably[ \t]+)?benign|suspicious|highly[ \t]+"
                                    r"suggestive|known[ \t]+biopsy[- \t]proven[ \t]+malignancy|incomplete)\b",
                                    re.IGNORECASE)
_CARDIAC_WORDING = re.compile(r"\b(?:tte|rwma|biventricular|wall[ \t]+motion|lv[ \t]+(?:\w+[ \t]+)?function"
                              r"|ef[ \t]*(?:[:=][ \t]*|of[ \t]+)?\d)", re.IGNORECASE)
# (the rest of a final / combined conclusion heading's line: words after its colon, "...: to follow after the ultrasound.")
_PENDING_AFTER_HEADING = re.compile(r"[^\n:]{0,80}:[ \t]*[^\W\d_]")
COMBINED_SECTION_CHARS = 1500  # a combined heading's section is looked at this far for its category
HEADING_DATE_CHARS = 60  # ... and its heading to its colon this far after the match (the parenthesis) for a date
HEADING_LINE_CHARS = 200  # a heading line above it is no longer than this
STACKED_HEADING_LINES = 3  # ... and the earlier report's heading may stand this many such lines above it
CARDIAC_WORDS = ("cardio", "cardiac", "lvef", "ejection fraction")  # (in the lower-cased text)
# (the laterality corrections, built from parts: two of them, a finding named after a "Correction:" label and the
# imaging a time out displayed, are read only where their words are, :func:`_corrections`)
_CORRECTION_SHAPES = (
    r"\b(?:laterality|side)\s+correction\b|\bcorrected\s+(?:laterality|side)\b"  # ("Corrected laterality: ...")
    # (Spanish "debe decir", Portuguese "leia-se", their side words already in English: "debe decir 'left breast'")
    # (a translation's passive, "where it says "right" it must be read "left"", is not read: withdrawn after reviews r112
    # and r112b, its bare shape could not be told from one limited to an item, a question or a denial in its sentence)
    r"|\b(?:(?:should|must)\s+read|deber?(?:[ií]a)?\s+decir|leia-se)\s+[\"'“]?[ \t]*(?P<read>left|right)\b|"
    r"\bread\s+(?:left|right)(?:\s+breast)?\s+as\s+(?P<read_as>left|right)\b|"  # "kindly read LEFT breast as RIGHT"
    r"\b(?:was|were)\s+not\s+(?:imaged|examined|scanned)\b|"
    # ("the examination described below" / "written below", "the study above was performed on the left breast")
    # (or named by its modality: "the ultrasound was performed on the LEFT breast", "the ultrasound described above was ...")
    # (a procedure note's too, named so: "the marker placement described below was performed in the RIGHT breast", "the
    # drainage described below was performed in the left breast")
    # (a translation's "ecography", Spanish and Portuguese "ecografía", "ecografia": "the ecography was carried out on the
    # RIGHT breast, not on the left"; accepted only in that bare shape: _retracting_correction)
    r"\b(?:examination|exam|study|scan|ultrasound|sonography|ecography|ecograf[ií]a|mammogram|mri"
    r"|(?:procedure|placement|locali[sz]ation|aspiration|biopsy|drainage)"
    r"(?=\s+(?:described|reported|written)\s+(?:below|above)))"
    r"(?:\s+(?:(?:described|reported|written)\s+)?(?:(?P<below>below)|above|on\s+page\s+\d{1,2}))?"
    # (a scan "done" as well as "performed": "Laterality error - the scan above was done on the LEFT breast")
    # (also with its lesion: "the examination and the target lesion are of the LEFT breast")
    r"(?:\s+and\s+the\s+(?:(?:target|index)\s+)?(?:lesion|finding|mass))?"
    # ("in" only with "breast" after the side: "performed in the left lateral decubitus position" is no side)
    r"\s+(?:was|were|are)\s+(?:(?:performed|done|carried\s+out)\s+)?(?:on|of|in(?=\s+the\s+(?:patient['’]s\s+)?(?:left|right)\s+breast\b))"
    r"\s+the\s+(?:patient['’]s\s+)?(?P<exam>left|right)\b"
    # (or by a sentence saying the report was written with the wrong side, the finding placed on its side in the next
    # sentence, the other side retracted after it: "The imaging report reproduced in Section C above was transcribed
    # with the wrong side. The mass, the nipple retraction and the abnormal nodes are in the LEFT breast (left 2
    # o'clock, left axilla), not the right")
    r"|\b(?:transcribed|typed|dictated|recorded|reported|written|entered|issued)\s+with\s+the\s+wrong\s+"
    r"(?:side|laterality)[ \t]*\.\s+the\s+(?:mass|lesion|finding|abnormality|nodule|cyst|lump)\b[^.;\n]{0,120}?"
    r"\b(?:is|are|was|were|lies|lie)\s+(?:located\s+)?in\s+the\s+(?:patient['’]s\s+)?(?P<wrong>left|right)\s+breast\b"
    r"(?=[^.;\n]{0,60}?\bnot\s+(?:in\s+)?(?:the\s+)?(?:left|right)\b)"
)
# (or by the finding it reported, placed again against the side dictated: "the breast mass described above is in the
# RIGHT breast, not the left as dictated"; a clock-face correction alone moves no side)
# (or by a pronoun, in a message's correction: "Correction: that is the RIGHT breast, not the left as I typed above")
_FOUND_BY_NAME = r"\b(?:(?:mass|lesion|finding|abnormality|nodule)\s+(?:(?:described|reported|dictated)\s+)?above|that|this)"
# (radiology b122: or by the finding named straight after a "Correction:" label: "Correction: the abscess is in the
# patient's LEFT breast, 4 o'clock, not the right.")
_FOUND_AFTER_LABEL = (
    r"(?:(?<=correction:)(?<!\w[ \t]correction:)(?<!\wcorrection:)"  # (the label alone: not "No correction:")
    # (review r121: also spelled with a blank before its colon, or a spaced dash for it: "Correction : the nodule is in
    # the LEFT breast, not the right.", "Correction - the collection is ...")
    r"|(?<=correction[ \t][:\-–])(?<!\w[ \t]correction[ \t][:\-–])(?<!\wcorrection[ \t][:\-–]))[ \t]*"
    r"(?P<labelled>the\s+(?:abscess|collection|cyst|mass|lesion|lump|nodule|abnormality))"
)
_FOUND_PLACED = (
    r"\s+(?:is|was|lies)\s+(?:located\s+)?(?:in\s+)?the\s+(?:patient['’]s\s+)?(?P<found>left|right)\b"
    r"(?=[^.\n]{0,60}?\b(?:not|rather\s+than|instead\s+of)\s+(?:in\s+)?(?:the\s+)?(?:left|right)\b)"
)
_SHOWN_AT_TIME_OUT = (
    # (radiology b122: or by the imaging a theatre checklist's time out displayed, its title giving the side: "the
    # imaging displayed at Time Out was US RIGHT BREAST 14/02/2026, not left as typed above")
    r"\bthe\s+(?:imaging|images?|study|scan)\s+displayed(?:\s+at\s+(?:the\s+)?time[\s-]?out)?\s+(?:was|were|is)\s+"
    r"(?:us|ultrasound|mammogram|mg|mri)\s+(?P<shown>left|right)\s+breast\b"
    # (review r121: the retraction the record's own slip, ending its clause or naming the record: "not left.", "not the
    # right;", "not left - typing slip", "not the left as entered"; not an incident's "not left, because an older right
    # breast study ... had been opened in error; ... the correct LEFT study was displayed")
    r"(?=[^.;\n]{0,40}?\bnot\s+(?:the\s+)?(?:left|right)\b(?:[ \t]+breast\b)?"
    r"(?:[ \t]*(?:[.;)\n]|[-–](?=[ \t])|\Z)"
    r"|,?[ \t]+as[ \t]+(?:typed|entered|recorded|written|listed|dictated|documented)\b))"
)
_FRENCH_CORRECTION = (
    # a French correction, its side words already in English: "l'examen a été réalisé sur le left breast"
    # (printed above the report it corrects, that report named "ci-dessous", below, later in its sentence)
    r"\bexamen\s+a\s+été\s+(?:réalisé|effectué|fait)\s+sur\s+le\s+(?:sein\s+)?(?P<exam_fr>left|right)\b"
    r"(?:[^.\n]{0,160}?(?P<below_fr>\bci-dessous\b))?"
)
_LATERALITY_CORRECTION = re.compile(_CORRECTION_SHAPES + r"|(?:" + _FOUND_BY_NAME + r"|" + _FOUND_AFTER_LABEL + r")"
                                    + _FOUND_PLACED + r"|" + _SHOWN_AT_TIME_OUT + r"|" + _FRENCH_CORRECTION, re.IGNORECASE)
# ... and without those two, scanned where neither's words are in reach (_CORRECTION_LABEL_WORDS: where either could
# match, they are): the same matches, at 0.4 of the cost on an ordinary report (the label's look-behinds were tried at
# every character, and with them in, not every alternative opens with "\b", which the engine otherwise tests once per
# character for all); their groups are kept, never set (after "\b", a NUL and a failure)
_LATERALITY_CORRECTION_PLAIN = re.compile(_CORRECTION_SHAPES + r"|" + _FOUND_BY_NAME + _FOUND_PLACED + r"|"
                                          + _FRENCH_CORRECTION + r"|\b\x00(?!)(?P<labelled>)(?P<shown>)", re.IGNORECASE)
_CORRECTION_LABEL_WORDS = re.compile(r"correction(?::|[ \t][:\-–])|displayed", re.IGNORECASE)
LABEL_BEFORE_CHARS = len("correction -")  # (the label's look-behind reaches this far before a match)


# the side a laterality correction says the exam or finding was not of, in its sentence ("... was performed on the LEFT
# breast, not the right; ..."): it gives no category its side
_RETRACTED_SIDE = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:(?:in|on|of)\s+)?(?:the\s+)?(?:left|right)\b",
                             re.IGNORECASE)
_RETRACTED_SIDE_REACH = 80  # characters after a correction's side searched for the side it retracts

_SENTENCE_REACH = 240  # characters a correction's sentence is looked back over
# an exam "carried out" on a side, or an "ecography" on one, read only as this exam: "the" straight before its name and
# no modifier ("an ecography", "the prior / comparison / second-look ecography" are other exams), and named as one of
# today's words for it (not "the scan", "the MRI")
_THIS_EXAM = re.compile(r"(?:^|(?<=[\s\[(]))the\s+$", re.IGNORECASE)
_THIS_EXAM_NAME = re.compile(r"(?:ecography|ecograf[ií]a|ultrasound|sonography|examination|exam)\b", re.IGNORECASE)
# ... and its side retracted straight after it, ending the sentence ("on the RIGHT breast, not on the left.", "(not on
# the left)"), or only a blame of the request after it ("...; there was an error in the request]."): review r112b
_RETRACTION_ENDS_SENTENCE = re.compile(
    r"(?:[ \t]+breast)?[ \t]*+(?:,|\()[ \t]*+not\s+(?:on\s+)?the\s+(?P<other>left|right)(?:\s+(?:breast|one|side))?[ \t]*+\)?"
    r"(?:[ \t]*+;\s*(?:there\s+was\s+an\s+error\s+in\s+the\s+(?:request|requisition|order)"
    r"|the\s+(?:request|requisition|order)(?:\s+form)?\s+(?:was|is)\s+(?:wrong|incorrect|in\s+error)))?"
    r"[ \t]*+\]?[ \t]*+(?:\.(?!\w)|(?=\n[ \t]*+\n)|[ \t]*+\n?\Z)", re.IGNORECASE)
# ... in a sentence that gives that exam no date, agent or denial ("On 12/03/2026 the ecography ...", "in 2019", "last
# month", "by the GP", "It is not true that ..."); a label's own date before its colon ("Addendum 09/04/2026:") is none
_OTHER_OCCASION = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b(?![ \t]*:)|(?<![\w/-])(?:19|20)\d{2}(?![\w/-])(?![ \t]*:)"
    r"|\b(?:last|previous|this|next|that)\s+(?:week|month|year|visit|time)\b|\b(?:yesterday|ago|earlier|previously)\b"
    r"|\bby\s+(?:the|a|an|her|his|dr|doctor)\b|\b(?:not|never|whether|untrue|false)\b|\?", re.IGNORECASE)


def _retracting_correction(text: str, m: re.Match[str]) -> bool:
    """An exam "carried out" on a side, or an "ecography" on one, corrects the report only in the bare shape "the
    ecography was carried out on the RIGHT breast, not on the left." (review r112b): the exam named with "the" and no
    modifier, the other side retracted straight after and ending the sentence (or only the request blamed after it), no
    date, agent or denial in the sentence. "On 12/03/2026 an ecography ...", "the comparison ecography ...", "... by
    the GP last month, not the left" and "..., not the left as requested" are no corrections."""
    side = m.group("exam").lower()
    tail = _RETRACTION_ENDS_SENTENCE.match(text, m.end())
    if tail is None or tail.group("other").lower() == side or not _THIS_EXAM_NAME.match(text, m.start()):
        return False
    lo = max(0, m.start() - _SENTENCE_REACH)  # (no stop within reach: the reach is the sentence)
    for stop in _SENTENCE_STOP.finditer(text, lo, m.start()):
        lo = stop.end()  # (a stop may end right at the exam: a blank line before it opens a paragraph, review code6)
    return (_THIS_EXAM.search(text, max(lo, m.start() - 8), m.start()) is not None
            and _OTHER_OCCASION.search(text, lo, m.start()) is None and not _of_both_sides(text, m.start()))


# a side's own category line ("Right breast: BI-RADS 2.", "Left: BI-RADS 1")
_SIDE_CATEGORY_OWN_LINE = re.compile(r"^[ \t]*(?P<side>right|left)(?:[ \t]+breast)?[ \t]*:[ \t]*bi-?rads\b",
                                     re.IGNORECASE | re.MULTILINE)


def _of_both_sides(text: str, end: int) -> bool:
    """The report before ``end`` is of both breasts: its title names a bilateral exam ("BILATERAL MAMMOGRAM, RIGHT
    ULTRASOUND"), or side lines state a category for each side. An exam "carried out" on one side then corrects only
    that exam's part, not the report's categories (review rfinal6)."""
    if _bilateral_title(text[:end]):
        return True
    return {m.group("side").lower() for m in _SIDE_CATEGORY_OWN_LINE.finditer(text, 0, end)} == {"left", "right"}


# (the exam wordings that correct a side only in the bare retracting shape of :func:`_retracting_correction`)
_RETRACTION_REQUIRED_EXAM = re.compile(r"ecogra|carried", re.IGNORECASE)


# a finding placed after a "Correction:" label with another exam's date or name before the side it retracts ("the cyst
# was in the right breast in 2024, not the left", "... on the prior study, not the left") corrects that exam's account
# (review rfinal11: or an undated time, "the cyst was in the RIGHT breast last year, not the left", "at her last visit")
_DATED_PLACEMENT = re.compile(r"(?:(?!\b(?:not|rather|instead)\b)[^.\n]){0,60}?"
                              r"(?:(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:prior|previous(?:ly)?|earlier|comparison|then|before"
                              r"|last[ \t]+(?:year|month|visit|time|scan|exam|study)|in[ \t]+the[ \t]+past)\b)",
                              re.IGNORECASE)
# (review rfinal11) ... and the label's retraction must end its clause, an aside at most after it, or name the record:
# "..., not the right.", "not the right (my error on the referral).", "not the right; ...", "not the left as recorded";
# not "not the right, on the 2024 ultrasound quoted in the history" (that exam's account)
_LABELLED_RETRACTION = re.compile(r"[^.\n]{0,60}?\b(?:not|rather[ \t]+than|instead[ \t]+of)[ \t]+(?:in[ \t]+)?(?:the[ \t]+)?"
                                  r"(?:left|right)\b(?:[ \t]+breast\b)?(?:[ \t]*\([^()\n]{0,60}\))?"
                                  r"(?:[ \t]*(?:[.;:!)\n]|[-–—](?=[ \t])|\Z)"
                                  r"|,?[ \t]+as[ \t]+(?:typed|entered|recorded|written|listed|dictated|documented|stated"
                                  r"|noted|charted)\b)", re.IGNORECASE)
# ... and the label must stand in an addendum or amended entry: its line opens with that heading, or the line above it
# does ("ADDENDUM 17/03/2026 22:45 - Dr ...:" over "Correction: ..."); a "Correction:" line in the body, a
# radiographer's note on the request ("Correction: the lump is in the LEFT breast, not the right - confirmed with the
# patient"), corrects the request, not the report
_ADDENDUM_HEAD_LINE = re.compile(r"^[ \t]*(?:addend(?:um|a)|amended[ \t]+entry|amendment|corrected[ \t]+entry|late[ \t]+entry"
                                 r"|erratum|corrigendum)\b", re.IGNORECASE | re.MULTILINE)
# ... and something of the report must stand on the retracted side for the label to move: a sided category there, or an
# exam's title naming that side ("US R BREAST today:", "ULTRASOUND LEFT BREAST"); a bilateral report's unsided "BI-RADS
# 2" stays both sides' where "Correction: the cyst is in the LEFT breast, not the right." only relocates the cyst
_SIDED_EXAM_TITLE = re.compile(r"\b(?:us|ultrasound|mammogram|mammography|mg|mri)[ \t]+(?:of[ \t]+the[ \t]+)?"
                               r"(?P<side>left|right|[lr])[ \t]+breast\b"
                               r"|\b(?P<side_first>left|right)[ \t]+breast[ \t]+(?:us|ultrasound|mammogram|mammography|mri)\b",
                               re.IGNORECASE)

# ... and the time out's imaging corrected to one side, the entry's line going on to display the other side's study as
# the correct one ("...; the correct LEFT study was then displayed before incision"), tells of the wrong study opened
# first, not of a side typed wrongly
# (review rfinal11: also the current or today's study of the other side opened after it, "... the current LEFT breast
# images were then opened and checked before incision")
_CORRECT_STUDY_AFTER = re.compile(r"[^\n]{0,300}?\bthe\s+(?:correct|current|today['’]?s)\s+(?P<side>left|right)\s+"
                                  r"(?:(?:breast|us|ultrasound|mammogram|mri)\s+)?(?:study|imaging|images?|scan)\b",
                                  re.IGNORECASE)
# (review rfinal11) ... and the corrected title must retitle the imaging displayed: the retracted side's title stands
# above it in the record, with the same date where the correction gives one ("US RIGHT BREAST 14/02/2026, not left" under
# "Imaging displayed: yes - US LEFT BREAST 14/02/2026"); "US RIGHT BREAST 2023, not left" names another study
_TITLE_DATE_AFTER = re.compile(r"[ \t]+(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d)\b")


@lru_cache(maxsize=4)
def _label_words(text: str) -> list[int]:
    """Where each of :data:`_CORRECTION_LABEL_WORDS` starts in ``text`` (found once per text: a report's corrections
    are looked for from several points)."""
    return [m.start() for m in _CORRECTION_LABEL_WORDS.finditer(text)]


def _corrections(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The laterality corrections in ``text[pos:endpos]``: _LATERALITY_CORRECTION's matches, less an "ecography" or exam
    "carried out" on a side that is not in the bare shape of a correction (:func:`_retracting_correction`)."""
    endpos = len(text) if endpos is None else endpos
    words = _label_words(text)  # (the full pattern only where a label's or a time out's words are in reach)
    near = bisect_left(words, pos - LABEL_BEFORE_CHARS)
    pattern = _LATERALITY_CORRECTION if near < len(words) and words[near] < endpos else _LATERALITY_CORRECTION_PLAIN
    for m in pattern.finditer(text, pos, endpos):
        if m.group("exam") and _RETRACTION_REQUIRED_EXAM.search(m.group(0)) and not _retracting_correction(text, m):
            continue
        if m.group("labelled") and (_DATED_PLACEMENT.match(text, m.end()) or not _LABELLED_RETRACTION.match(
                text, m.end()) or not _in_addendum_entry(text, m.start())):
            continue  # (review r121: "Correction: the cyst was in the right breast in 2024, not the left": a comparison's;
            # review rfinal11: and the retraction ends its clause or names the record, in an addendum's entry)
        if m.group("shown") and (other := _CORRECT_STUDY_AFTER.match(text, m.end())) is not None and (
                other.group("side")[0].upper() != m.group("shown")[0].upper()):
            continue  # (review r121: "...; the correct LEFT study was then displayed": the wrong study opened first)
        if m.group("shown") and _retracted_title(text, m) is None:
            continue  # (review rfinal11: no displayed title of the retracted side, of the same date, above it)
        if m.group("wrong") and not _wrong_side_of_this_report(text, m.start()):
            continue  # (review r123: another document's or one finding's wrong side, or a question, "The request form
            # was typed with the wrong side", "The clinic queried whether this report was dictated with the wrong side")
        yield m


# (review r123: the wrong-side sentence says that this report was written so: its subject the report, "The imaging
# report reproduced in Section C above was", "This report was", "report typed", or none after its label ("Addendum
# (Dr K. Lim): entered with the wrong side"); not the request form, a referral letter, a comparison report, one finding
# ("The 4 o'clock cyst was recorded ..."), nor a question ("The surgeon asked whether the report was typed ...")
_WRONG_SIDE_SUBJECT = re.compile(r"[ \t\n*)\]-]*(?:(?:(?:this|the)[ \t]+)?(?:(?:imaging|radiology|original|above"
                                 r"|(?P<modality>ultrasound|mammogram|mammography|mri))[ \t]+)?report\b"
                                 r"(?:[ \t]+(?:above|below)|[ \t]+(?:reproduced|quoted|shown|printed)[ \t]+"
                                 r"(?:(?:in|on)[ \t]+[^.;:\n]{0,40}?[ \t]+)?"
                                 r"(?:above|below))?(?:[ \t]+(?:was|has[ \t]+been))?[ \t]+)?", re.IGNORECASE)
WRONG_SIDE_LEAD_CHARS = 200  # (how far back a wrong-side sentence's subject is looked for, to its sentence or label)
# (review rfinal12: a report named by its modality is this one only where the report's first line names that modality:
# "The MRI report was typed with the wrong side" in a second-look ultrasound's addendum corrects the MRI's report)
_MAMMOGRAM_TITLE = re.compile(r"\b(?:mammo(?:gram|graphy)?|mg|dbt|tomosynthesis)\b", re.IGNORECASE)
_TITLE_MODALITY = {"ultrasound": re.compile(r"\b(?:ultrasound|ultrasonography|sonography|us|echography)\b", re.IGNORECASE),
                   "mammogram": _MAMMOGRAM_TITLE, "mammography": _MAMMOGRAM_TITLE,
                   "mri": re.compile(r"\b(?:mri|mr)\b", re.IGNORECASE)}


def _wrong_side_of_this_report(text: str, pos: int) -> bool:
    """The wrong-side sentence whose verb stands at ``pos`` has the report as its subject, or none
    (:data:`_WRONG_SIDE_SUBJECT`), from its start (a full stop, a line's start or its label's colon, at most
    ``WRONG_SIDE_LEAD_CHARS`` back); a report named by its modality, only where the report's first line names that
    modality (:data:`_TITLE_MODALITY`)."""
    lo = max(0, pos - WRONG_SIDE_LEAD_CHARS)
    lead = max(text.rfind(".", lo, pos), text.rfind("\n", lo, pos), text.rfind(":", lo, pos), lo - 1) + 1
    subject = _WRONG_SIDE_SUBJECT.fullmatch(text, lead, pos)
    if subject is None:
        return False
    named = subject.group("modality")
    return named is None or _TITLE_MODALITY[named.lower()].search(text, 0, first_lines_end(text, 1)) is not None


# (another exam's title after the retitled one on its line ends what is quoted under it: "... and MG BOTH BREASTS ...")
_EXAM_TITLE_NEXT = re.compile(r"\b(?:us|ultrasound|mammogram|mammography|mg|mri)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?"
                              r"(?:left|right|[lr]|both|bilateral)[ \t]+breasts?\b", re.IGNORECASE)
_OPENING_QUOTE = re.compile(r"[^\n\"“]{0,80}(?P<q>[\"“])")
RETITLED_QUOTE_CHARS = 3000  # (a quote under the retitled title is looked at this far for its closing mark)


def _retitled_span(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """What the imaging displayed that the time out correction ``m`` retitles reports: from its title
    (:func:`_retracted_title`) to its quote's close, or its line's end or the next exam's title on its line."""
    title = _retracted_title(text, m)
    if title is None:
        return None
    end = end_of_line(text, title.end)
    if (nxt := _EXAM_TITLE_NEXT.search(text, title.end, end)) is not None:
        return title.start, nxt.start()
    if (opening := _OPENING_QUOTE.match(text, title.end)) is not None:
        closing = text.find("\u201d" if opening.group("q") == "\u201c" else '"', opening.end(),
                            opening.end() + RETITLED_QUOTE_CHARS)
        end = max(end, closing) if closing >= 0 else end
    return title.start, end


TITLE_BEFORE_CHARS = 5000  # (an exam's title is looked for this far before a correction)


class _ExamTitle(NamedTuple):
    start: int
    end: int
    side: str  # "L" or "R"
    date: str | None  # (the date written after it, if any: _TITLE_DATE_AFTER)


@lru_cache(maxsize=4)
def _exam_titles(text: str) -> tuple[list[int], list[_ExamTitle]]:
    """Every exam title naming a side in ``text`` (:data:`_SIDED_EXAM_TITLE`), with the starts for bisection: found once
    per text, not once per correction."""
    titles = []
    for m in _SIDED_EXAM_TITLE.finditer(text):
        dated = _TITLE_DATE_AFTER.match(text, m.end())
        titles.append(_ExamTitle(m.start(), m.end(), (m.group("side") or m.group("side_first"))[0].upper(),
                                 dated.group("date") if dated else None))
    return [t.start for t in titles], titles


def _titles_before(text: str, end: int) -> Iterator[_ExamTitle]:
    """The exam titles in the :data:`TITLE_BEFORE_CHARS` before ``end``, nearest first."""
    starts, titles = _exam_titles(text)
    for k in range(bisect_left(starts, end) - 1, -1, -1):
        if titles[k].start < end - TITLE_BEFORE_CHARS:
            return
        if titles[k].end <= end:
            yield titles[k]


def _retracted_title(text: str, m: re.Match[str]) -> _ExamTitle | None:
    """The last exam title before the time out correction ``m`` (within :data:`TITLE_BEFORE_CHARS`) that names the side
    it retracts, with the date the corrected title gives, if it gives one (:data:`_TITLE_DATE_AFTER`): the imaging
    displayed that it retitles."""
    other = "L" if m.group("shown")[0].upper() == "R" else "R"
    date = dated.group("date") if (dated := _TITLE_DATE_AFTER.match(text, m.end())) else None
    return next((t for t in _titles_before(text, m.start()) if t.side == other and (date is None or t.date == date)),
                None)


def _in_addendum_entry(text: str, label_end: int) -> bool:
    """The "Correction:" label ending at ``label_end`` stands on a line that an addendum or amended entry's heading
    opens, or on the line under one (:data:`_ADDENDUM_HEAD_LINE`)."""
    line_start = text.rfind("\n", 0, label_end) + 1
    above = text.rfind("\n", 0, line_start - 1) + 1 if line_start > 0 else 0
    return _ADDENDUM_HEAD_LINE.search(text, above, label_end) is not None


def _titled_on_side(text: str, side: str, end: int) -> bool:
    """An exam's title in the :data:`TITLE_BEFORE_CHARS` before ``end`` names ``side`` ("L" or "R"):
    :data:`_SIDED_EXAM_TITLE`."""
    return any(t.side == side for t in _titles_before(text, end))


def _retracted_sides(text: str, start: int) -> set[int]:
    """Where each side word a laterality correction from ``start`` on retracts starts ("not the right" after "was
    performed on the LEFT breast"), looked for in the correction's sentence."""
    out: set[int] = set()
    for m in _corrections(text, start):
        stop = text.find(".", m.end(), m.end() + _RETRACTED_SIDE_REACH)
        for negated in _RETRACTED_SIDE.finditer(text, m.end(), stop if stop >= 0 else m.end() + _RETRACTED_SIDE_REACH):
            out.add(negated.end() - len(negated.group(0).split()[-1]))
    return out


# decision-support software's own words: "AI suggested category: BI-RADS 3", "[AI] ... (BI-RADS 4A)"
_MACHINE_CUE = re.compile(r"(?<!\w)(?:AI|CAD)(?!\w)")
# ... and a coded field named after the software ("AI_SUGGESTION=... suggested category BI-RADS 4A"): its whole value
# (or a printout's line keyed so, a colon or dotted leader after it: "AI triage ..... score 7; suggested category 4A")
_MACHINE_FIELD = re.compile(r"[ \t]*(?:(?:[A-Za-z0-9]+_)*(?:AI|CAD)(?:_[A-Za-z0-9]+)*[ \t]*="
                            r"|(?-i:AI|CAD)(?:[ \t]+[A-Za-z]+){0,2}[ \t]*(?::|\.{3,}))", re.IGNORECASE)


# radiology b132: a form's entry filled in beforehand, the category straight after "pre-filled (by ...) with" ('The
# insurer's form was pre-filled by the applicant with "BI-RADS 1" in item 4, which the GP cannot verify'): what someone
# wrote on a form before it was sent, no reading of an exam; not a category later in the sentence ("The form was pre-filled
# with her details; the radiologist's category is BI-RADS 2"), nor "filled in with"
_PREFILLED_BEFORE = re.compile(r"\bpre-?(?:filled|populated|completed)(?:[ \t]+(?:in|out))?"
                               r"(?:[ \t]+by[ \t]+[^.;:,\n\"“]{1,40}?)?[ \t]+with[ \t]+[\"“']?$", re.IGNORECASE)
PREFILLED_REACH = 90  # (characters before a category looked at for it)


# (review r131: ... a form's, its sentence naming the form, questionnaire or template before "pre-filled"; not filled in
# by the radiologist or reader, nor confirmed, accepted or agreed later in its sentence: "Final assessment: pre-filled with
# "BI-RADS 1 - Negative" from the normal template, reviewed and confirmed by the reporting radiologist" is the reading)
_PREFILLED_FORM = re.compile(r"\b(?:form|questionnaire|proposal|application|template|structured[ \t]+report)s?\b",
                             re.IGNORECASE)
_PREFILLED_BY_READER = re.compile(r"\bby[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:radiologist|reader|reporter|consultant)",
                                  re.IGNORECASE)
# (review rfinal16: or signed unchanged by the radiologist: 'template pre-filled with "BI-RADS 1 - Negative"; radiologist
# signed without changes', '...; report signed by Dr M. Ade'; not 'signed by the applicant')
_PREFILLED_CONFIRMED = re.compile(r"\b(?:confirmed|accepted|agreed|endorsed|approved)\b"
                                  r"|\bsigned[ \t]+(?:off[ \t]+)?by[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:radiologist|reporter|"
                                  r"consultant)\b|\bsigned[ \t]+(?:off[ \t]+)?by[ \t]+dr\b"
                                  r"|\b(?:radiologist|reporter|consultant)[ \t]+signed\b", re.IGNORECASE)


def _prefilled_entry(text: str, start: int) -> bool:
    """The category at ``start`` is a form's entry filled in beforehand (:data:`_PREFILLED_BEFORE`,
    :data:`_PREFILLED_FORM`, :data:`_PREFILLED_BY_READER`, :data:`_PREFILLED_CONFIRMED`)."""
    m = _PREFILLED_BEFORE.search(text, max(0, start - PREFILLED_REACH), start)
    if m is None or _PREFILLED_BY_READER.search(m.group(0)) is not None:
        return False
    sentence = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    stop = text.find(". ", start, end)
    return (_PREFILLED_FORM.search(text, sentence, m.start()) is not None
            and _PREFILLED_CONFIRMED.search(text, start, end if stop < 0 else stop) is None)


# (radiology b132: the software's output told in two clauses of one sentence, its suggestion opening the second: "AI
# triage score 8; suggested category 4B (right).")
# (review r131: the category straight after "suggested (category)", the clause before telling the software's output, a
# score, flag, mark or result: "Images reviewed with CAD; suggests fat necrosis, BI-RADS 2", "CAD applied; suggested category
# from the double read: BI-RADS 1" and "The AI tool was not used; suggested category BI-RADS 3" are the radiologist's)
_SUGGESTED_CLAUSE = re.compile(r"[ \t]*(?:suggested|suggests|suggestion)(?:[ \t]*:)?"
                               r"(?:[ \t]+(?:bi-?rads|category|cat\.?)(?:[ \t]*:)?)*[ \t]*", re.IGNORECASE)
_MACHINE_OUTPUT = re.compile(r"\b(?:score[sd]?|flag(?:s|ged)?|marks?|marked|output|results?|likelihood|probability|"
                             r"risk)\b", re.IGNORECASE)
# (review rfinal16: ... and not the reader's after the category in its sentence: "AI output reviewed and overridden;
# suggested category BI-RADS 3 by the radiologist", "...; suggested BI-RADS 2, which the reporting radiologist accepts",
# "No AI result available; suggested category BI-RADS 2 per reporting radiologist"; "..., for the radiologist's review" is
# still the software's)
_SUGGESTION_OWNED_AFTER = re.compile(r"\b(?:(?:by|per)[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?(?:radiologist|reader|reporter|"
                                     r"consultant)|(?:by|per)[ \t]+dr\b|accept(?:s|ed)?|agree[sd]?|confirm(?:s|ed)?|"
                                     r"endorse[sd]?|adopt(?:s|ed)?)\b", re.IGNORECASE)


def _machine_suggestion(text: str, start: int) -> bool:
    """The statement's clause (since the line start, a full stop or a semicolon) names the AI / CAD
    software before it, or its line is the software's coded field: the software's suggestion, never the
    radiologist's category; or the clause opens with "suggested" after a semicolon, the sentence naming the software in
    the clause before it (:data:`_SUGGESTED_CLAUSE`)."""
    line = text.rfind("\n", 0, start)
    sentence = max(line, text.rfind(". ", 0, start))
    clause = max(sentence, text.rfind(";", 0, start)) + 1
    if _MACHINE_CUE.search(text, clause, start) is not None or _MACHINE_FIELD.match(text, line + 1) is not None:
        return True
    return (clause > sentence + 1 and text[clause - 1] == ";" and _SUGGESTED_CLAUSE.fullmatch(text, clause, start) is not None
            and _MACHINE_CUE.search(text, sentence + 1, clause) is not None
            and _MACHINE_OUTPUT.search(text, sentence + 1, clause) is not None
            and _SUGGESTION_OWNED_AFTER.search(text, start, _sentence_end(text, start)) is None)


def _sentence_end(text: str, start: int) -> int:
    """The end of the sentence or line ``start`` stands in."""
    ends = [i for i in (text.find("\n", start), text.find(". ", start)) if i >= 0]
    return min(ends, default=len(text))


# a DICOM SR content item's laterality modifier, on the line below the item ("<has concept mod
# CODE:(272741003,SCT,"Laterality")=(24028007,SCT,"Right")>", "1.6.1.1  HAS CONCEPT MOD  Laterality = Left breast")
_LATERALITY_MODIFIER = re.compile(r"[^\n]*?\bconcept\s+mod\b[^\n]*?\blaterality\b(?P<value>[^\n]*)", re.IGNORECASE)


def _laterality_modifier(text: str, end: int) -> set[str] | None:
    """The side a structured report's laterality modifier on the next line gives the item that ends
    at ``end``: ``{"L"}`` / ``{"R"}``, an empty set for "Right and left" (the whole exam, which a
    side's own item overrides), None without one."""
    line_end = text.find("\n", end)
    if line_end < 0:
        return None
    m = _LATERALITY_MODIFIER.match(text, line_end + 1)
    if m is None:
        return None
    named = {side for w in _SIDE_WORD.finditer(m.group("value")) for side in _sides_of_word(w)}
    return named if len(named) == 1 else set()


# A double-reading record: each reader's row, then a consensus / arbitration / final block that decides.
_READER_ROW = re.compile(r"^[ \t]*(?:(?:\d(?:st|nd|rd|th)|first|second|third)[ \t]+)?reader\b[^\n]*(?:\n[ \t]+\S[^\n]*)*",
                         re.IGNORECASE | re.MULTILINE)  # the row, and the indented lines below it
_DECISION_HEADING = re.compile(r"^[ \t]*(?:consensus|arbitration|arbitrator|agreed|final)\b", re.IGNORECASE | re.MULTILINE)


def _decided_over_readers(text: str, raw: list[tuple], one_side_rows: Iterable[int] = ()) -> list[tuple]:
    """Without the statements of the readers' rows when a consensus / arbitration / final block after
    them states a category: that block decides, not the most suspicious reader. (A decision row of a two-sided record
    that gives one side, starting at one of ``one_side_rows``, decides that side alone: it keeps the readers' rows.)"""
    rows = [(m.start(), m.end()) for m in _READER_ROW.finditer(text)]
    if not rows:
        return raw
    decision = _DECISION_HEADING.search(text, rows[-1][1])
    # (by bisection, :func:`span_lookup`: a scan of every row per statement grew with the square of a long record)
    in_side_row = span_lookup([(start, end if (end := text.find("\n", start)) >= 0 else len(text))
                                for start in one_side_rows])
    if decision is None or not any(st[0] >= decision.start() and not in_side_row(st[0]) for st in raw):
        return raw
    in_reader_row = span_lookup(rows)
    return [st for st in raw if not in_reader_row(st[0])]


# A screening record's reading steps, a row each, with a cell per side and no keyword: a reader's row ("READER_2  :
# RD-07   R: 0   L: 1", "2nd reading  R: 2  L: 1") or a decision row (consensus / arbitration / final) whose category
# replaces the rows above it for its side ("FINAL IMAGING OUTCOME (after work-up) : R: 4B   L: 1"); a fixed-width table
# of the steps gives a row per side ("STEP  READER  SIDE  CAT" over "CONSENSUS  --  L  0  recall"). A cell with no
# category ("--", "n/a", "unchanged", "awaiting assessment") and a row voided or entered in error state nothing.
# (an amended entry's corrected decision too, opening its line or run in after a sentence, its colon straight after the
# heading's words: "The consensus result above was entered on the wrong side. ... Corrected consensus: R: 1   L: 0.";
# not "Uncorrected consensus:", nor "the corrected consensus letter: R: ...", whose words do not open the sentence)
_CORRECTED_DECISION = (r"(?:corrected|amended|revised)[ \t]+(?:consensus|arbitration|final)"
                       r"(?:[ \t]+(?:result|decision|outcome))?[ \t]*:")
_STEP_ROW = re.compile(r"^[ \t]*(?:(?:(?:\d(?:st|nd|rd|th)|first|second|third)[ \t]+)?read(?:er|ing)?(?![^\W\d_])"
                       r"|(?P<decision>consensus|arbitrat|agreed|final|" + _CORRECTED_DECISION + r"))[^\n]*"
                       r"|(?<=[.;])[ \t]+(?P<corrected>" + _CORRECTED_DECISION + r")[^\n]*", re.IGNORECASE | re.MULTILINE)
# (a cell may end its sentence: "Corrected consensus: R: 1   L: 0. The printed recall letter was destroyed ...")
_STEP_CELL = re.compile(r"(?<![\w/])(?-i:(?P<side>[RL])):[ \t]*(?:(?P<num>[0-6])(?P<sub>[abc])?(?![\w:/]|\.(?![ \t\n]|\Z))"
                        r"(?:[ \t]*(?:->|→)[ \t]*(?P<new>[0-6])(?P<new_sub>[abc])?(?![\w.:/]))?|(?:" + _WORD_ALT + r")\b)",
                        re.IGNORECASE)
_STEP_CELL_KEY = re.compile(r"(?<![\w/])(?-i:(?P<side>[RL])):")
_STEP_TABLE_SIDE = ("side", "lat", "laterality")
_STEP_TABLE_CATEGORY = ("cat", "cat.", "category")
# (a cheap test before the table scan: a side column's header beside a category column's)
_STEP_TABLE_HINT = re.compile(r"\b(?:side|lat(?:erality)?)[ \t]{2,}cat(?:egory|\.)?(?![^\W\d_])"
                              r"|\bcat(?:egory|\.)?[ \t]{2,}(?:side|lat(?:erality)?)\b", re.IGNORECASE)
_VOIDED_ROW = re.compile(r"\bvoid|entered[ \t]+in[ \t]+error|\bdeleted\b", re.IGNORECASE)
# ... a decision row of a one-sided exam gives its one side alone, the cell ending the row, with its own category's name
# in parentheses at most ("CONSENSUS / FINAL: R: 1 (negative)" under "RIGHT breast only", the other breast removed): a
# reader's row, a row with more after its cell, or an aside of another category or of a finding states nothing ("FINAL:
# R: 1 (benign)", "FINAL: R: 2 (cyst) - recall"); in a two-sided record (another row has a numbered cell for the other
# side, and the record does not name that side as not imaged or removed) the row replaces its own side's rows above
# it alone: "READER 1: R: 1   L: 0" over "CONSENSUS / FINAL: R: 1 (negative)" keeps the readers' L: 0
# (the aside may name the cell's family, "R: 4A (suspicious)", or say a screening programme's 0: "L: 0 (recall)")
_ONE_SIDED_DECISION_END = re.compile(r"[ \t]*+(?:\([ \t]*(?:" + _WORD_ALT + r"|(?P<recall>recall))[ \t]*\)[ \t]*+)?"
                                     r"(?:\.[ \t]*+)?", re.IGNORECASE)
# ... and a one-sided decision row wrapped by the editor: the other side's cell alone on the next line, indented under it
# ("CONSENSUS / FINAL: R: 1 (negative)" over "                   L: 0 (recall)") is the same row's second cell
_WRAPPED_STEP_CELL = re.compile(r"\n[ \t]{2,}(?-i:(?P<side>[RL])):[ \t]*[0-6](?:[abc])?(?![\w.:/])[^\n]{0,30}",
                                re.IGNORECASE)


def _one_sided_decision(row: str, cells: list[re.Match[str]], keys: set[str]) -> bool:
    """A decision ``row`` gives one side alone, its one numbered cell ending the row (:data:`_ONE_SIDED_DECISION_END`,
    an aside naming the cell's own category, its family or a 0's "recall" at most)."""
    if len(keys) != 1 or len(cells) != 1 or not cells[0].group("num") or cells[0].group("new"):
        return False
    end = _ONE_SIDED_DECISION_END.fullmatch(row, cells[0].end())
    if end is None:
        return False
    value, named = _value(cells[0]), _named_category(end)
    if end.group("recall"):
        return value == "0"
    return named is None or named == value or named == "4" and value in ("4A", "4B", "4C")


def _one_sided_exam(text: str, celled: set[str], side: str) -> bool:
    """The record shows an exam of ``side`` alone: no reading-step row has a cell for the other side, numbered or a
    category's word (the sides of such cells are ``celled``: review rfinal10, readers' "R: negative   L: 0" make the
    record two-sided), or the record names the other side as not imaged / removed ("Left breast not imaged
    (mastectomy 2021)")."""
    other = "L" if side == "R" else "R"
    return other not in celled or other in _sides_left_out(text)


# review rfinal10: a one-sided decision row of an earlier round, listed for comparison, is not today's decision: the row
# carries its own year before the document's ("CONSENSUS 2024 (for comparison): L: 3 (probably benign)"), or names
# an earlier round / comparison itself, or sits under a line heading an earlier round or a comparison ("Previous round
# 2024 (for comparison):" over "CONSENSUS: L: 3 (probably benign)"), the reading-step rows between them at most
_COMPARISON_WORDS = re.compile(r"\b(?:previous|prior|earlier)\b|\bfor[ \t]+comparison\b", re.IGNORECASE)
EARLIER_DECISION_ROWS_UP = 6  # (how many reading-step rows may stand between the row and such a heading line)


def _earlier_decision_row(text: str, row: re.Match[str], cell_start: int) -> bool:
    """The one-sided decision ``row`` (its first cell at ``cell_start`` within it) is an earlier round's, listed for
    comparison (:data:`_COMPARISON_WORDS`, or a year alone before the document's own year)."""
    head = row.group(0)[:cell_start]
    if _COMPARISON_WORDS.search(head):
        return True
    if _year_before_document(text, _YEAR_ALONE, row.start(), row.start() + cell_start):
        return True
    line_start = text.rfind("\n", 0, row.start()) + 1
    for _ in range(EARLIER_DECISION_ROWS_UP + 1):
        if line_start <= 0:
            return False
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above : line_start - 1]
        if _STEP_ROW.match(line) is None:
            return line.rstrip().endswith(":") and (_COMPARISON_WORDS.search(line) is not None
                                                    or _earlier_round_above(text, line_start))
        line_start = above
    return False


def _reading_steps(text: str) -> tuple[list[tuple[int, int, str, str, bool]], list[int], list[tuple[int, str]]]:
    """The statements of a screening record's reading-step rows (``_STEP_ROW``), where its decision rows start (each
    revises the statements before it for the sides it gives), and the one-sided decision rows of a two-sided record
    with their side (each revises that side's statements before it alone)."""
    out, decisions, side_decisions = [], [], []
    if "R:" in text or "L:" in text:
        rows = []
        for row in _STEP_ROW.finditer(text):
            body = row.group(0)
            decision = row.group("decision") or row.group("corrected")
            keys = {c.group("side") for c in _STEP_CELL_KEY.finditer(body)}
            if decision and len(keys) == 1 and (wrapped := _WRAPPED_STEP_CELL.match(text, row.end())) is not None and (
                    wrapped.group("side") not in keys):
                body += wrapped.group(0)
                keys.add(wrapped.group("side"))
            rows.append((row, body, decision, keys))
        celled = {c.group("side") for _, body, _, _ in rows for c in _STEP_CELL.finditer(body)}
        for row, body, decision, keys in rows:
            cells = list(_STEP_CELL.finditer(body))
            one_sided = keys != {"R", "L"}
            if one_sided and not (decision and _one_sided_decision(body, cells, keys)) or _VOIDED_ROW.search(body):
                continue
            if one_sided and _earlier_decision_row(text, row, cells[0].start()):
                continue  # (an earlier round's decision listed for comparison)
            for c in cells:
                value = ((c.group("new") + (c.group("new_sub") or "")).upper() if c.group("new")
                         else _value(c))
                if value is not None:
                    out.append((row.start() + c.start(), row.start() + c.end(), value, c.group("side"), False))
            if decision and cells:
                if one_sided and not _one_sided_exam(text, celled, cells[0].group("side")):
                    side_decisions.append((row.start(), cells[0].group("side")))
                else:
                    decisions.append(row.start())
    for table in column_tables(text, _STEP_TABLE_SIDE) if _STEP_TABLE_HINT.search(text) else ():
        for row in table:
            side_cell = next((c for c in row.cells if c.header.lower() in _STEP_TABLE_SIDE), None)
            category = next((c for c in row.cells if c.header.lower() in _STEP_TABLE_CATEGORY), None)
            step = _STEP_ROW.match(text, row.start)
            if side_cell is None or category is None or step is None or _VOIDED_ROW.search(text, row.start, row.end):
                continue
            side, value = _table_side(side_cell.text), _TABLE_CATEGORY.fullmatch(category.text.strip())
            if side in ("L", "R") and value is not None:
                out.append((category.start, category.end, (value.group("num") + (value.group("sub") or "")).upper(),
                            side, False))
                if step.group("decision"):
                    decisions.append(row.start)
    return out, decisions, side_decisions


def _correction_reach(text: str, addenda: list[int]) -> int:
    """The last addendum point that has a laterality correction at or after it (-1 when none): the same answer as the
    first of :func:`_corrections` from each point, found in one pass instead of one scan to the end per point."""
    reach, found_at = -1, -1
    for a in sorted(addenda):
        if a > found_at:  # (else the correction found last starts after this point too)
            m = next(_corrections(text, a), None)
            if m is None:
                break  # none after this point, nor after any later one
            found_at = m.start()
        reach = a
    return reach


def _corrected_side(text: str, addendum: int, own_sides: Container[str] = ()) -> str | None:
    """The side a laterality correction from ``addendum`` on says the report is of ("must read
    RIGHT", "the examination was of the left breast"), when it names one. A finding placed after a "Correction:" label
    names none where the report already gives that side a category of its own (``own_sides``, review r121: a
    bilateral report's "Left breast: ... BI-RADS 2." under "Correction: the abscess is in the patient's LEFT breast, not
    the right as written on the request card." is confirmed, not moved), nor where nothing of the report stands on the
    side it retracts (review rfinal11: no category of that side in ``own_sides``, no exam titled with it before the
    label, :func:`_titled_on_side`: a bilateral report's unsided "BI-RADS 2" stays both sides')."""
    m = _first_sided_correction(text, addendum)
    if m is None:
        return None
    side = _correction_side(m)
    if m.group("labelled") and (side in own_sides or (other := "L" if side == "R" else "R") not in own_sides
                                and not _titled_on_side(text, other, m.start())):
        return None  # (review rfinal11: ... nor where nothing of the report stands on the retracted side)
    if m.group("wrong") and side in own_sides:
        return None  # (review r123: a report with a category of that side's own: "Left breast BI-RADS 4A. Right breast
        # negative, BI-RADS 1." under "... written with the wrong side. The lump is in the LEFT breast, not the right")
    return side


def _correction_side(m: re.Match[str]) -> str | None:
    """The side ("L" / "R") a laterality correction's match says the report is of, if it names one."""
    side = (m.group("read") or m.group("read_as") or m.group("exam") or m.group("wrong") or m.group("found")
            or m.group("exam_fr") or m.group("shown"))
    return side[0].upper() if side else None


def _first_sided_correction(text: str, addendum: int) -> re.Match[str] | None:
    """The first laterality correction from ``addendum`` on that names a side (:func:`_correction_side`)."""
    return next((m for m in _corrections(text, addendum) if _correction_side(m)), None)


# the report below named in a correction's sentence ("in the report below, where it says right, it must read left";
# Spanish, Portuguese, French: "en el informe de abajo", "no laudo abaixo", "le compte rendu ci-dessous")
_REPORT_BELOW = re.compile(r"\b(?:below|abajo|abaixo|ci-dessous)\b", re.IGNORECASE)
# (a correction's sentence: to a full stop that ends a word, or its line's end)
_CORRECTION_SENTENCE_END = re.compile(r"\.(?!\w)|\n")


def _corrects_below(text: str, addendum: int, points: list[int]) -> bool:
    """The laterality correction from ``addendum`` (to the next revision point of the sorted ``points``) names the
    examination "described below" / "reported below", or its sentence the report below: it is printed above the report
    it corrects."""
    # (the next point by bisection: a scan of every point per addendum grew with the square of a long report's length)
    after = bisect_right(points, addendum)
    end = points[after] if after < len(points) else len(text)
    for m in _corrections(text, addendum, end):
        if m.group("below") or m.group("below_fr"):
            return True
        if m.group("read") or m.group("read_as"):
            start = max(text.rfind(".", addendum, m.start()), text.rfind("\n", addendum, m.start())) + 1
            stop = stop_at.start() if (stop_at := _CORRECTION_SENTENCE_END.search(text, m.end(), end)) else end
            if _REPORT_BELOW.search(text, max(start, addendum), stop):
                return True
    return False


def _category(num: str, sub: str | None) -> str:
    """A category written in digits, words or a Roman numeral, with its subcategory letter ("IV", "a" -> "4A"); not
    checked against BIRADS_VALUES."""
    return (_NUMBER_WORDS.get(num.lower(), num) + (sub or "")).upper()


def _value(m: re.Match[str]) -> str | None:
    for num, sub in (("num", "sub"), ("num2", "sub2"), ("num3", "sub3"), ("num4", "sub4")):
        if m.groupdict().get(num):
            value = _category(m.group(num), m.group(sub))
            return value if value in BIRADS_VALUES else None
    return _named_category(m)


def _named_category(m: re.Match[str]) -> str | None:
    """The category that a category's name in ``m`` states (its ``w<i>`` group of :data:`_WORD_ALT`); None for none."""
    groups = m.groupdict()
    return next((value for i, (_, value) in enumerate(CATEGORY_WORDS) if groups.get(f"w{i}")), None)


def _revised_value(m: re.Match[str]) -> str | None:
    """The category a revision match (``num`` and ``sub`` groups, a Roman numeral too) states."""
    value = _category(m.group("num"), m.group("sub"))
    return value if value in BIRADS_VALUES else None


def _sides_of_word(m: re.Match[str]) -> set[str]:
    g = m.groupdict()
    if g["b"] or g.get("b4"):
        return {"L", "R"}
    return {"L"} if (g["l"] or g["l2"] or g.get("l3") or g.get("l4")) else {"R"}


def _last_side(text: str, lo: int, hi: int) -> set[str]:
    found = list(_SIDE_WORD.finditer(text, lo, hi))
    return _sides_of_word(found[-1]) if found else set()


_REVISION_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")  # (a revision's sentence wrapped onto the line above it)
SENTENCE_REACH = 300  # how far above a revision's line its sentence's start is looked for


def _named_item_side(text: str, pos: int) -> str | None:
    """The side of the numbered item ("1. Left breast 3:00 mass: BI-RADS 4C.") a revision's own line names before
    ``pos`` ("Correction to impression item 1: ... should read 5"), also in the sentence wrapped onto the line above
    it; the item above the revision, else the first below it (an addendum printed above its report); None when it
    names none, or the item both sides."""
    line_start = text.rfind("\n", 0, pos) + 1
    above = _REVISION_SENTENCE_END.finditer(text, max(0, line_start - SENTENCE_REACH), line_start)
    sentence_start = max((m.end() for m in above), default=line_start)
    named = list(_ITEM_NAMED.finditer(text, sentence_start, pos))
    if not named:
        return None
    item = re.compile(r"^[ \t]*" + named[-1].group("n") + r"[.)][ \t]+(?P<body>[^\n]*)", re.MULTILINE)
    # (the item above the revision; or, in an addendum printed above the report it corrects, the report's item below)
    items = list(item.finditer(text, 0, sentence_start)) or list(item.finditer(text, end_of_line(text, pos)))[:1]
    sides = {side for w in _SIDE_WORD.finditer(items[-1].group("body")) for side in _sides_of_word(w)} if items else set()
    return next(iter(sides)) if len(sides) == 1 else None


_NOT_LINE_PADDING = re.compile(r"[^ \t*-]")


def _own_assessment_line(text: str, start: int, index: SideIndex) -> re.Match[str] | None:
    """An ``ASSESSMENT:`` line of its own that names no side, under no side header line: the
    assessment of the whole exam (not a sentence the editor wrapped onto it: "... Right breast\nassessment
    revised to BI-RADS 2")."""
    if not _ASSESSMENT_HEAD.match(text, start):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    if _NOT_LINE_PADDING.search(text, line_start, start) or _line_start(text, start) < line_start:
        return None
    line_end = end_of_line(text, start)
    if index.sides_in(line_start, line_end) or _last_side(text, line_start, line_end):
        return None
    if line_start > 0:
        prev = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
        if len(prev) < 40 and prev.endswith(":") and _last_side(prev, 0, len(prev)):
            return None
        if _side_paragraph_assessment(text, line_start):
            return None
    return _ASSESSMENT_HEAD.match(text, start)


# a side's paragraph: its header line alone ("RIGHT BREAST:", "LEFT BREAST"), the findings' lines below it and its own
# "Assessment:" line closing it (:func:`_side_paragraph_assessment`)
# (review rfinal10: also a dictated "RT BREAST:" / "LT BREAST:", the abbreviation with its "breast")
_SIDE_HEADER_WORDS = r"[ \t]*(?:(?P<side>left|right)(?:[ \t]+breast)?|(?P<side_ab>lt|rt)\.?[ \t]+breast)[ \t]*:?[ \t]*"
_SIDE_HEADER_ALONE = re.compile(_SIDE_HEADER_WORDS, re.IGNORECASE)  # (a line taken alone, fullmatch)
_SIDE_HEADER_LINE = re.compile(r"^" + _SIDE_HEADER_WORDS + r"$", re.IGNORECASE | re.MULTILINE)  # (each such line of a text)
_SIDE_OPENS_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?:left|right|lt|rt|bilateral|both)\b", re.IGNORECASE)
SIDE_PARAGRAPH_LINES = 6  # (how many findings lines a side's paragraph may hold between its header and its assessment)


@lru_cache(maxsize=4)
def _side_paragraphs_closed(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The sides whose paragraph (its header line alone, its lines below with no side word opening one,
    :data:`SIDE_PARAGRAPH_LINES` findings at most) closes with its own assessment line, and the sides with such a
    header at all: found once per text (each paragraph read to its end, a few lines at most)."""
    closed, headed = set(), set()
    for m in _SIDE_HEADER_LINE.finditer(text):
        side = (m.group("side") or m.group("side_ab"))[0].upper()
        headed.add(side)
        pos, last = m.end(), None
        for _ in range(SIDE_PARAGRAPH_LINES + 2):
            if pos >= len(text):
                break
            line_end = text.find("\n", pos + 1)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos + 1 : line_end]
            if not line.strip() or _SIDE_OPENS_LINE.match(line):
                break
            last, pos = line, line_end
        else:
            last = None  # (a paragraph too long to be a side's)
        if last is not None and _ASSESSMENT_LINE_HEAD.match(last):
            closed.add(side)
    return frozenset(closed), frozenset(headed)


@lru_cache(maxsize=4)
def _sides_left_out(text: str) -> frozenset[str]:
    """The sides whose breast the record names as not imaged / not examined or removed ("left breast not imaged today",
    "left mastectomy 2015"): found once per text."""
    out = {m.group(0)[0].upper() for m in _SIDE_NOT_IMAGED.finditer(text)}  # (its match opens with the side's word)
    out |= {(m.group("side") or m.group("side_of"))[0].upper() for m in _REMOVED_SIDE.finditer(text)
            if not _PLANNED_BEFORE.search(text, max(0, m.start() - PLANNED_REACH), m.start())}
    return frozenset(out)


def _side_paragraph_assessment(text: str, line_start: int) -> bool:
    """The ``Assessment:`` line at ``line_start`` closes a side's paragraph: the paragraph's first line (no blank line
    between, at most :data:`SIDE_PARAGRAPH_LINES` lines of findings) is a side's header alone
    (:data:`_SIDE_HEADER_ALONE`) and no line between opens with a side word or another assessment ("RIGHT BREAST:" +
    "Mammography shows ..." + "Assessment: BI-RADS 4C - High suspicion ..."): that side's assessment, not the exam's,
    where the other side's paragraph closes with its own assessment line too (:func:`_side_paragraphs_closed`) or the
    other side has no paragraph and is named as not imaged / removed. Under two sides' headers in one paragraph, after
    a blank line, or under the last side's paragraph of a bilateral report whose other paragraph ends with its findings,
    it stays the exam's."""
    end = line_start - 1
    for _ in range(SIDE_PARAGRAPH_LINES + 1):
        if end <= 0:
            return False
        above = text.rfind("\n", 0, end) + 1
        line = text[above:end]
        if not line.strip():
            return False  # (the paragraph's start, no side header)
        if _SIDE_HEADER_ALONE.fullmatch(line):
            if end >= line_start - 1 or above > 0 and text[text.rfind("\n", 0, above - 1) + 1 : above - 1].strip():
                return False
            # (only where the other side's paragraph closes with its own assessment line too, or the record names the
            # other side as not imaged / removed: the exam's overall "Assessment:" typed straight under the last side's
            # paragraph, "RIGHT BREAST:" / "No mass ..." + blank + "LEFT BREAST:" / "Stable ..." / "Assessment:
            # BI-RADS 2 - Benign.", stays the exam's)
            other = "R" if line.strip()[:1] in "lL" else "L"
            closed, headed = _side_paragraphs_closed(text)
            return other in closed or other not in headed and other in _sides_left_out(text)
        if _SIDE_OPENS_LINE.match(line) or _ASSESSMENT_LINE_HEAD.match(line):
            return False
        end = above - 1
    return False


def _coded_fields(text: str, pattern: re.Pattern[str] = _FIELD) -> list[tuple[int, int, str, str, bool]]:
    """The statements of a RIS export's coded assessment fields (``_FIELD``, or a field sheet's
    ``_COLON_FIELD``); side ``"X"`` is the whole exam."""
    out = []
    for m in pattern.finditer(text):
        tokens = [t for t in re.split(r"[_\s()]+", m.group("key").upper()) if t]
        if not _FIELD_ASSESSMENT.intersection(tokens) or _FIELD_PRIOR.intersection(tokens):
            continue
        if _FIELD_MACHINE.intersection(tokens):
            continue  # "AI_SUGGESTED_BIRADS_L": the software's suggestion, not the radiologist's category
        qualifiers = [t for t in tokens if t not in _FIELD_ASSESSMENT and t not in _FIELD_FILLER]
        if len(qualifiers) > 1:  # "FINAL_BIRADS_L": a side's own final field
            qualifiers = [t for t in qualifiers if _FIELD_SIDES.get(t) != "X"] or qualifiers
        if (len(qualifiers) > 1 or any(t not in _FIELD_SIDES for t in qualifiers)
                or pattern is _COLON_FIELD and not qualifiers):  # ("BI-RADS: 2" is a statement, read as one)
            continue  # "ASSESSMENT_TEXT", "BIRADS_R_COMMENT": free text, not the coded category
        value = _FIELD_VALUE.match(m.group("value"))
        if value is None:
            continue  # blank, "N/A", "not imaged"
        side = _FIELD_SIDES[qualifiers[0]] if qualifiers else "X"
        category, end = _value(value), value.end()
        if (arrow := _ARROW_AFTER.match(m.group("value"), end)) is not None:
            category, end = _revised_value(arrow), arrow.end()  # "BIRADS RT: 3 -> 2  BENIGN (CORRECTED)": the new one
        out.append((m.start("value"), m.start("value") + end, category, side, False))
    return out


# a side named right after a revision's new category, "corrected 2 -> 3 for the left breast" (not one further on in the
# clause for another reason, "revised 4A -> 3, so as not to delay surgery for the left breast")
_REVISED_SIDE_AFTER = re.compile(r"[ \t]*(?:(?:for|in|of|on|to)[ \t]+)?(?:the[ \t]+)?(?=(?:left|right|bilateral|both)\b)",
                                 re.IGNORECASE)
_TABLE_CATEGORY_HEADERS = ("bi-rads", "birads", "categor", "assessment")
_TABLE_SIDE_HEADERS = ("side", "lat")
# a lesion table's category columns under other names: a modality's own ("MRI-only cat.") and the final one after the
# work-up ("Final (MRI + US)"), whose category is the row's where it gives one
_TABLE_FINAL_HEADER = "final"
# (a "Final size (mm)" or "Final date" column is a measure, not the final category)
_TABLE_MEASURE_HEADER = re.compile(r"size|\(mm\)|\(cm\)|\bmm\b|\bcm\b|date|diam", re.IGNORECASE)
_TABLE_COLUMN_HEADERS = (*_TABLE_CATEGORY_HEADERS, "cat.", _TABLE_FINAL_HEADER)
_TABLE_CATEGORY = re.compile(r"(?:bi-?rads[ \t]*(?:\(?acr\)?[ \t]*)?)?"  # (the French "BI-RADS ACR 1")
                             r"(?:cat(?:egory)?\.?[ \t]*)?(?P<num>[0-6])(?P<sub>[abc])?(?![\w.])", re.IGNORECASE)
_TICK = re.compile(r"\[[xX✓✔*]\]|[☒☑✓✔]|[xX]")


def _table_statements(text: str) -> list[tuple[int, int, str, str, bool]]:
    """The statements of column tables (:func:`nlp.layout.column_tables`): a worklist row's side
    cell (or a side word in its first cell or label) with its BI-RADS cell, and a category grid's row
    (a side label, a tick under one category column)."""
    out = []
    # (an export's rows: those of its sides' standing versions, :func:`nlp.layout.export_rows`)
    for table in (*(column_tables(text, _TABLE_COLUMN_HEADERS) if "  " in text else ()),
                  export_rows(text) if "," in text else ()):
        for row in table:
            final = row.cell(_TABLE_FINAL_HEADER)
            if final is not None and _TABLE_MEASURE_HEADER.search(final.header):
                final = None
            value = _TABLE_CATEGORY.fullmatch(final.text.strip()) if final is not None else None
            category = final if value is not None else row.cell(*_TABLE_COLUMN_HEADERS[:-1])
            if value is None and category is not None:
                value = _TABLE_CATEGORY.fullmatch(category.text.strip())
            if value is None:
                continue
            side_cell = row.cell(*_TABLE_SIDE_HEADERS)
            where = side_cell.text if side_cell is not None else (row.label or (row.cells[0].text if row.cells else ""))
            side = _table_side(where)
            if side is not None:
                num = (value.group("num") + (value.group("sub") or "")).upper()
                out.append((category.start, category.end, num, side, False))
    for table in column_tables(text, tuple(v.lower() for v in BIRADS_VALUES), whole_cells=True) if "  " in text else ():
        for row in table:
            side = _table_side(row.label or (row.cells[0].text if row.cells else ""))
            ticks = [c for c in row.cells if _TICK.fullmatch(c.text.strip()) and c.header.upper() in BIRADS_VALUES]
            if side is not None and len(ticks) == 1:
                out.append((ticks[0].start, ticks[0].end, ticks[0].header.upper(), side, False))
    return out


# a vendor's assessment block: the keyword heading alone on its line, a header line naming a side per column, and the
# row below giving each column its category ("BI-RADS ASSESSMENT" over "Right Breast      Left Breast" over
# "0 - Incomplete      1 - Negative"); a side's cell may say it was not assessed ("N/A (not examined)"): that side
# gets none, the other column still reads
_NO_CATEGORY_CELL = r"(?:n/a|not[ \t]+(?:examined|imaged|assessed|performed))(?![\w/])"
_SIDE_COLUMNS_BLOCK = re.compile(
    r"^[ \t]*(?:final[ \t]+)?bi-?rads(?:[ \t]+(?:assessments?|categor(?:y|ies)))?[ \t]*:?[ \t]*\n"
    r"[ \t]*(?P<a>right|left)(?:[ \t]+breast)?[ \t]{2,}(?P<b>right|left)(?:[ \t]+breast)?[ \t]*\n"
    r"[ \t]*(?P<ca>(?P<na>[0-6])(?P<sa>[abc])?(?![\w.])|" + _NO_CATEGORY_CELL + r")[^\n]*?"
    r"[ \t]{2}(?P<cb>(?P<nb>[0-6])(?P<sb>[abc])?(?![\w.])|" + _NO_CATEGORY_CELL + ")",
    re.IGNORECASE | re.MULTILINE)
SIDE_COLUMNS_SLACK = 2  # characters a category may sit off its side header's column


def _side_columns_block(text: str) -> list[tuple[int, int, str, str, bool]]:
    """The two statements of each ``_SIDE_COLUMNS_BLOCK``: each category under its side's header."""
    out = []
    for m in _SIDE_COLUMNS_BLOCK.finditer(text):
        head, row = text.rfind("\n", 0, m.start("a")) + 1, text.rfind("\n", 0, m.start("ca")) + 1
        if m.group("a")[0].lower() == m.group("b")[0].lower() or any(
                abs((m.start("c" + k) - row) - (m.start(k) - head)) > SIDE_COLUMNS_SLACK for k in "ab"):
            continue
        out += [(m.start("n" + k), m.end("s" + k) if m.group("s" + k) else m.end("n" + k),
                 (m.group("n" + k) + (m.group("s" + k) or "")).upper(), m.group(k)[0].upper(), False) for k in "ab"
                if m.group("n" + k)]
    return out


_PIPE_CELL = re.compile(r"[^|\n]+")
_CATEGORY_ROW_LABEL = re.compile(r"[ \t]*(?:bi-?rads|categor|assessment)", re.IGNORECASE)
# a screening programme's table gives a row per reading step and ends with the final result after them
# ("| 1st reading | BI-RADS ACR 3 | BI-RADS ACR 1 |" ... "| FINAL RESULT | 1 | 1 |"): that row replaces the rows above
# (a bilingual label names it in its other language first, before a slash: "| Endresultat / final result |")
_FINAL_ROW_LABEL = re.compile(r"[ \t]*(?:[^|/\n]{1,40}/[ \t]*)?" + _FINAL_RESULT, re.IGNORECASE)


def _side_column_rows(text: str) -> tuple[list[tuple[int, int, str, str, bool]], list[int]]:
    """The statements of a table drawn with pipes whose columns are the sides ("Parameter | RIGHT mammary gland (D)
    | LEFT mammary gland (S)"): its BI-RADS row ("BI-RADS category | 2 | 4A") gives each side column its category;
    and where its final-result rows start (each revises the statements before it, ``_FINAL_ROW_LABEL``)."""
    out, finals = [], []
    sides: dict[int, str] = {}  # the header's side columns (by cell index) of the table being read
    pos = 0
    for line in text.split("\n"):
        cells = list(_PIPE_CELL.finditer(line)) if "|" in line else []
        if not cells:
            sides = {} if not line.strip() else sides  # a blank line ends the table
        else:
            named = {k: side for k, c in enumerate(cells) if k and (side := _table_side(c.group(0))) in ("L", "R")}
            if len(named) >= 2 and len(set(named.values())) == 2:
                sides = named
            elif sides and ((final := _FINAL_ROW_LABEL.match(cells[0].group(0)) is not None)
                            or _CATEGORY_ROW_LABEL.match(cells[0].group(0))):
                read = len(out)
                for k, side in sides.items():
                    value = _TABLE_CATEGORY.fullmatch(cells[k].group(0).strip()) if k < len(cells) else None
                    if value is not None:
                        out.append((pos + cells[k].start(), pos + cells[k].end(),
                                    (value.group("num") + (value.group("sub") or "")).upper(), side, False))
                if final and len(out) > read:
                    finals.append(pos)
        pos += len(line) + 1
    return out, finals


def _table_side(cell: str) -> str | None:
    """``L``/``R``/``B`` for a side cell ("R", "Lt", "Left breast", "Droit / Right"), else None."""
    word = cell.strip().upper().rstrip(".:")
    if word in _FIELD_SIDES and _FIELD_SIDES[word] != "X":
        return _FIELD_SIDES[word]
    found = {side for m in _SIDE_WORD.finditer(cell) for side in _sides_of_word(m)}
    return found.pop() if len(found) == 1 else ("B" if found == {"L", "R"} and _BILATERAL_AFTER.match(cell) else None)


def _read_checkboxes(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``(text, ticked)``: every unticked option ("[ ] 4A Low suspicion", up to the next box or the
    end of the line) blanked to spaces, so it is never read; and the ticked category options
    ``(start, end, value)`` of a category grid (a ticked "[X] 4B" whose grid, the lines of its
    paragraph, offers at least two other categories in unticked boxes)."""
    if not any(mark in text for mark in _BOX_MARKS):
        return text, []
    boxes = list(_BOX.finditer(text))
    if not boxes:
        return text, []
    chars = list(text)
    ticked = []
    for box, option_end in box_options(text, boxes):
        if _UNTICKED.fullmatch(box.group(0)):
            chars[box.start() : option_end] = " " * (option_end - box.start())
            continue
        option = _BOX_CATEGORY.match(text, box.end(), option_end)
        word = _BOX_WORD.match(text, box.end(), option_end) if option is None else None
        if option is None and word is None:
            continue
        grid_start = text.rfind("\n\n", 0, box.start()) + 1
        grid_end = text.find("\n\n", box.end())
        grid_end = len(text) if grid_end < 0 else grid_end
        offered = sum(1 for other in boxes if grid_start <= other.start() < grid_end and _UNTICKED.fullmatch(
            other.group(0)) and (_BOX_CATEGORY.match(text, other.end()) or _BOX_WORD.match(text, other.end())))
        if word is not None:
            if offered >= 2:
                ticked.append((box.start(), word.end(), _value(word)))
            continue
        number = re.search(r"[0-6][abc]?", option.group(0), re.IGNORECASE)
        # "[X] BI-RADS 4C" is read as a statement already
        if offered >= 2 and number is not None and not re.search("rads", option.group(0), re.IGNORECASE):
            ticked.append((box.start(), option.end(), number.group(0).upper()))
    return "".join(chars), ticked


_CATEGORY_NAME_AFTER = re.compile(r"[ \t]*[-–—:][ \t]*(?:" + _WORD_ALT + r")\b", re.IGNORECASE)


# ... or its side list stacked, one side a line, each "R:" / "Left:" and its category ("FINAL IMAGING OUTCOME (after
# work-up)" over "  R: 1" and "  L: 3 (early review 6 months - left US)"); both sides listed. Only under the heading's
# own words (with "(after work-up)", "(after assessment)" or "(after recall)" at most; "after" or "post"), each
# category bare, with its own name at most or a follow-up remark in parentheses that starts with the follow-up
# ("(early review 6 months)", "(biopsy)"): under another qualifier, or with another remark, the numbers are counts,
# intervals or histology ("FINAL OUTCOME (lesions biopsied)", "FINAL RESULT (histology, B-code)" over
# "R: 2 (fibroadenoma)", "R: 1 (year)"; review r103)
_FINAL_OUTCOME_ALONE = re.compile(r"[ \t]*final[ \t]+(?:(?:imaging|diagnostic|program(?:me)?)[ \t]+)?(?:outcome|result)"
                                  r"(?:[ \t]*\((?:after|post)[ \t]+(?:work-?up|assessment|recall)\))?[ \t]*:?[ \t]*\n",
                                  re.IGNORECASE)
# (the follow-up remark is the plan alone: its noun, with its interval at most, and the exams it books after a dash;
# an exam's noun only with its interval: "(early review 6 months - left US + spot view)", "(routine recall)",
# "(biopsy)", "(recall 6/12)", "(US 6 months)". Anything else names what was counted or found: "(US-guided cores)",
# "(biopsy B2)", "(MRI-detected lesions)", "(review appointments attended)"; review r103b)
_FOLLOW_UP_INTERVAL = r"(?:in[ \t]+)?\d{1,2}(?:[ \t]*(?:months?|mo|weeks?|wk|years?|yr)\b|/(?:12|52))"
# the breast exams a follow-up remark or a revision's reason names (each list adds its own words)
_BREAST_EXAM_NAME = r"US|ultrasound|MRI|mammogra(?:m|phy)|DBT"
_FOLLOW_UP_EXAM = r"(?:" + _BREAST_EXAM_NAME + r"|spot[ \t]+views?)"
_FOLLOW_UP_REMARK = (r"\((?:(?:early|short[ \t-]+interval|routine|annual)[ \t]+)?"
                     r"(?:(?:review|follow[ \t-]?up|f/u|recall|surveillance|biopsy)(?:[ \t]+(?:recommended|advised))?"
                     r"(?:[ \t]+" + _FOLLOW_UP_INTERVAL + r")?|" + _FOLLOW_UP_EXAM + r"[ \t]+" + _FOLLOW_UP_INTERVAL + r")"
                     r"(?:[ \t]+[-–—][ \t]+(?:(?:left|right|bilateral)[ \t]+)?" + _FOLLOW_UP_EXAM
                     + r"(?:[ \t]*(?:\+|&|and)[ \t]*" + _FOLLOW_UP_EXAM + r")*)?[ \t]*\)")
_OUTCOME_SIDE_LINE = re.compile(r"[ \t]*(?P<side>right|left|[RL])[ \t]*:[ \t]*(?:bi-?rads[ \t]*)?(?P<num>[0-6])"
                                r"(?P<sub>[abc])?(?![\w.:])[ \t]*(?:(?P<paren>\()?[ \t]*(?:" + _WORD_ALT + r"|(?P<normal>normal))"
                                r"\b[ \t]*(?(paren)\))|" + _FOLLOW_UP_REMARK + r")?[ \t]*[.;]?[ \t]*(?:\n|$)", re.IGNORECASE)


def _outcome_category(row: re.Match[str]) -> str | None:
    """The category of a stacked side line (:data:`_OUTCOME_SIDE_LINE`); None when the name after it is another's."""
    value = row.group("num") + (row.group("sub") or "").upper()
    named = "1" if row.group("normal") else _named_category(row)
    return value if named is None or named[0] == value[0] else None


def _outcome_side_lines(text: str, outcomes: Iterable[re.Match[str]]) -> list[tuple[int, int, str, str, bool]]:
    """The statements of the stacked side lines straight below a ``_FINAL_OUTCOME`` heading of the outcome's own words
    (:data:`_FINAL_OUTCOME_ALONE`), when they give both sides."""
    out = []
    for head in outcomes:
        if _FINAL_OUTCOME_ALONE.fullmatch(head.group(0)) is None or earlier_round_lead_in_above(
                text, text.rfind("\n", 0, head.start()) + 1):
            continue  # (review rfinal7: nor under an earlier round's lead-in, "Round 2 (2023) outcome, as recorded then:")
        pos, rows = head.end(), []
        while (row := _OUTCOME_SIDE_LINE.match(text, pos)) is not None and (value := _outcome_category(row)) is not None:
            rows.append((row, value))
            pos = row.end()
        if {row.group("side")[0].upper() for row, _ in rows} == {"L", "R"} and len(rows) == 2:
            out += [(row.start("num"), row.end("num") + len(row.group("sub") or ""), value,
                     row.group("side")[0].upper(), False) for row, value in rows]
    return out


# the overall category's line: "Overall assessment: BI-RADS 3 - Probably benign.", "Final BI-RADS: 4A"; a bare "Per
# breast:" list straight under it gives each side its own ("Per breast: Right 3 (new focus, 6-month follow-up MRI).
# Left 2 (intramammary node, cysts).") where the overall is one of its categories (the sides' summary: not "OVERALL
# ASSESSMENT: BI-RADS 2" over "Per breast: Right 3 (cysts, ...). Left 4 (cysts, ...)", which counts cysts), each aside
# names a finding or an assessment (not markers, cores or clock hours alone: "Right 1 (ribbon marker at 9:00)", "Right 2
# (9:00, 11:00)"), and no heading above names an earlier or outside exam ("Prior MRI 11/2025 (this department):")
_OVERALL_CATEGORY_ABOVE = re.compile(r"[ \t]*(?:overall|final)[ \t]+(?:(?:bi-?rads[ \t]+)?(?:assessment|category)|bi-?rads)"
                                     r"[ \t]*:[ \t]*(?:bi-?rads[ \t]*)?(?:category[ \t]*)?"
                                     r"(?P<num>[0-6])(?P<sub>[abc])?(?!\w|\.\d)",
                                     re.IGNORECASE)
_ITEM_ASIDE = re.compile(r"[ \t]*\((?P<aside>[^()\n]{0,100})\)")
_ASIDE_FINDING = re.compile(r"\b(?:mass|cyst|calcif|microcalcif|asymmetr|distortion|nodul|lesion|lump|focus|foci|node"
                            r"|enhanc|fibroadenom|abnormal|finding|negative|normal|benign|suspicio|malignan|carcinoma"
                            r"|follow|recall|biops(?:y|ies)\b(?![ \t]+(?:marker|clip|site))|mri\b|ultrasound|mammo)",
                            re.IGNORECASE)
# (review rfinal9: the atlas's order for a combined assessment, the overall being its most concerning side's: 1 < 2 < 3
# < 6 < 0 < 4 < 5, 4A < 4B < 4C; and a "1" whose aside names a finding and no negative word counts it, "Left 1
# (fibroadenoma, stable)"; not "Left 1 (no enhancement at the lumpectomy site)")
_COMBINED_RANK = {"1": 0, "2": 1, "3": 2, "6": 3, "0": 4, "4": 5, "4A": 6, "4B": 7, "4C": 8, "5": 9}
_ASIDE_NEGATIVE = re.compile(r"\b(?:negative|normal|unremarkable|clear|no|nil|without)\b", re.IGNORECASE)
PER_BREAST_HEADING_LINES = 6  # (how many lines above the overall category's line are looked at for its heading)


def _earlier_exam_heading_above(text: str, line_start: int) -> bool:
    """The nearest heading line above the line at ``line_start`` in its paragraph (a line that ends in a colon, or holds
    none and ends in no stop; at most :data:`PER_BREAST_HEADING_LINES` up) names an earlier or outside exam
    (:data:`_EARLIER_EXAM_HEADING`, by its words: a year alone may be today's exam's)."""
    end = line_start - 1
    for _ in range(PER_BREAST_HEADING_LINES):
        if end <= 0:
            return False
        above = text.rfind("\n", 0, end) + 1
        line = text[above:end].strip()
        end = above - 1
        if not line:
            return False  # (a blank line: the paragraph's start)
        if not any(c.isalpha() for c in line) or (":" in line and not line.endswith(":")) or line[-1] in ".;,!?":
            continue  # (a rule, a labelled item or a sentence of the findings)
        return any(not w.group(0)[0].isdigit() for w in _EARLIER_EXAM_HEADING.finditer(line))
    return False


# review r118: a line above a headed list that heads an earlier round's or exam's results ("Previous round (2023):",
# "History - prior round (2024) outcome, copied:"): the list is that round's, history (a year alone, not a full date,
# earlier than the document's own year names an earlier round too: "Round 2023:")
# (review rfinal9: the earlier word qualifies a round, screen, exam, visit or outcome: "previous round", "last screening
# round", "prior mammogram"; not "prior to excision", "family history surveillance"; and the year is compared with the
# document's own (its first full date's), not a later one it looks ahead to, "Next invitation: March 2029")
_EARLIER_ROUND_LINE = re.compile(r"[^\n:]{0,80}?\b(?:previous|prior|earlier|last|old)[ \t]+(?:(?:screening|annual|breast"
                                 r"|bilateral|diagnostic|surveillance)[ \t]+){0,2}(?:rounds?|screens?|screening|exams?"
                                 r"|examinations?|stud(?:y|ies)|mammo(?:gram|graphy)s?|mri|ultrasound|us|scans?|imaging"
                                 r"|visits?|outcomes?|reports?|results?|assessments?|episodes?)\b[^\n:]{0,80}:[ \t]*",
                                 re.IGNORECASE)
_YEAR_ALONE = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")


def _year_before_document(text: str, years: re.Pattern[str], start: int, end: int) -> bool:
    """A year that ``years`` finds in ``text[start:end]`` is before the document's own year (:func:`_document_year`)."""
    found = [int(y.group(0)) for y in years.finditer(text, start, end)]
    return bool(found) and min(found) < _document_year(text, at_stop=True)


def _earlier_round_above(text: str, line_start: int) -> bool:
    """The line above the one starting at ``line_start`` ends with a colon and names an earlier round or exam
    (:data:`_EARLIER_ROUND_LINE`, or a year alone before the document's own year, :func:`_document_year`)."""
    above = text.rfind("\n", 0, line_start - 1) + 1
    line = text[above : line_start - 1]
    if not line.rstrip().endswith(":"):
        return False
    if _EARLIER_ROUND_LINE.fullmatch(line) is not None:
        return True
    return _year_before_document(text, _YEAR_ALONE, above, line_start - 1)


# (review rfinal11) the block of lines above a combined conclusion's heading, to the blank line before it: it must be
# this report's own, naming no outside, previous, prior, last or earlier report, imaging or round, no letter's
# salutation ("Dear Dr Haddad,") and no year before the document's own ("Outside report (Clínica Norte, 11/2025) -
# translated", "Her last imaging was at your unit, 09/2025", "PREVIOUS ROUND 3 (2024)", "12/03/2025  MAMMOGRAPHY + US")
_EARLIER_BLOCK_WORDS = re.compile(r"\b(?:outside|external|previous(?:ly)?|prior|last|earlier|old|historical|dear)\b",
                                  re.IGNORECASE)
BLOCK_ABOVE_CHARS = 800  # (the block above is looked at this far back at most)


def _earlier_block_above(text: str, line_start: int) -> bool:
    """The block of lines above the one starting at ``line_start`` (to the blank line before it, within
    :data:`BLOCK_ABOVE_CHARS`) names an earlier or outside exam, a letter's salutation (:data:`_EARLIER_BLOCK_WORDS`) or
    a year before the document's own (:func:`_document_year`): the list below the heading there is not this report's."""
    lo = max(0, line_start - BLOCK_ABOVE_CHARS)
    block = max(lo, text.rfind("\n\n", lo, line_start) + 1)
    if _EARLIER_BLOCK_WORDS.search(text, block, line_start) is not None:
        return True
    return _year_before_document(text, YEAR, block, line_start)


def _lead_in_above(text: str, line_start: int) -> bool:
    """The line above the one starting at ``line_start`` ends with a colon and is no conclusion heading of this report's
    (:data:`_CONCLUSION_HEADING_LINE`: "Impression:", "Kesimpulan [Conclusion]:"): a lead-in to what is quoted below it
    (review r121: "Last year's report read:", "Comparison: Outside report (03/2024), translated ...:")."""
    if line_start == 0:
        return False
    lo = max(0, line_start - 1 - HEADING_LINE_CHARS)  # (a longer line is looked at by its end alone)
    above = max(lo, text.rfind("\n", lo, line_start - 1) + 1)
    return (text[above : line_start - 1].rstrip().endswith(":")
            and _CONCLUSION_HEADING_LINE.fullmatch(text, above, line_start) is None)


def _overall_tops_list(overall: str, text: str, items: list[re.Match[str]]) -> bool:
    """The overall category is the most concerning of a bare "Per breast:" list's ``items`` (:data:`_COMBINED_RANK`),
    each aside names a finding or an assessment (:data:`_ASIDE_FINDING`), a "1"'s a negative breast (review rfinal9:
    "Overall: BI-RADS 2" over "Right 2 (cysts). Left 4 (cysts)." or "Right 2 (fibroadenomas). Left 1 (fibroadenoma)."
    counts findings)."""
    values = [(m.group("num") or "") + (m.group("sub") or "").upper() for m in items]
    if overall not in values or any(_COMBINED_RANK.get(v, -1) > _COMBINED_RANK.get(overall, -1) for v in values):
        return False
    for m, value in zip(items, values):
        if (aside := _ITEM_ASIDE.match(text, m.end())) is not None and (
                _ASIDE_FINDING.search(aside.group("aside")) is None
                or value == "1" and _ASIDE_NEGATIVE.search(aside.group("aside")) is None):
            return False
    return True


def _headed_lists(text: str, outcomes: Iterable[re.Match[str]] = (),
                  per_breast_heads: list[int] | None = None) -> list[tuple[int, int, str, str, bool]]:
    """The statements of a per-side list on its heading's line (``_HEADED_LIST``, ``_HEADED_ITEM``), or on the line
    below one of ``outcomes`` (the ``_FINAL_OUTCOME`` headings); where each bare "Per breast:" list read starts is added
    to ``per_breast_heads``."""
    out, per_breast_heads = [], [] if per_breast_heads is None else per_breast_heads
    for head in (*_HEADED_LIST.finditer(text), *outcomes):
        line_start = text.rfind("\n", 0, head.start()) + 1
        quote = max(text.rfind('"', line_start, head.start()), text.rfind("\u201c", line_start, head.start()))
        if _dated_sentence_before(text, head.start()) or _HISTORY_WORDS.search(
                text, max(line_start, quote + 1), head.start()):
            continue  # "last year's scan showed a left 10 mm nodule. BI-RADS per breast: Left 4, Right 1.": that scan's
            # (so is a list after words of a referral, a history or an outside exam on its line, "Outside reports
            # reviewed. BI-RADS per breast: Left 4, Right 1.", but not before a quote that opens the report's text)
        per_breast = head.re is _HEADED_LIST and head.group("per_breast") is not None
        overall = _OVERALL_CATEGORY_ABOVE.match(text, text.rfind("\n", 0, line_start - 1) + 1) if (
            per_breast and line_start) else None
        if per_breast and (overall is None or _earlier_exam_heading_above(text, overall.start())):
            continue  # a bare "Per breast:" line not under today's overall category's line may count cysts or cores
        if line_start > 0 and not text[line_start : head.start()].strip() and _earlier_round_above(text, line_start):
            continue  # (review r118: "Previous round (2023):" over "Final assessment category: R3 / L1 (BI-RADS)")
        pos, items = head.end(), []
        # (radiology b121: a combined conclusion naming the exams it joins may stand alone on its line, its side list
        # the whole of the line below: "Final combined conclusion (mammogram + ultrasound):" over "left 2, right 1.")
        below = (head.re is _HEADED_LIST and head.group("joined") and (rest := _LIST_ENDS_LINE.match(text, pos))
                 is not None and "\n" in rest.group(0))
        if below:
            pos = rest.end()
        item_re = _HEADED_ITEM_FLUSH if head.re is _HEADED_LIST and _CATEGORY_HEADING.search(head.group(0)) else _HEADED_ITEM
        while (item := item_re.match(text, pos)) is not None:
            items.append(item)
            pos = item.end()
            # (each item may go on with its category's name: "FINAL: R 2 - Benign / L 4 - Suspicious")
            if (name := _CATEGORY_NAME_AFTER.match(text, pos)) is not None and item_re.match(text, name.end()):
                pos = name.end()
        if below and (len(items) < 2 or _LIST_ENDS_LINE.match(text, pos) is None or _lead_in_above(text, line_start)
                      or _earlier_block_above(text, line_start)):
            continue  # (... each side its own item, the list all the line says; review r121: and the heading no quote's:
            # the line above it blank, a statement, or this report's own conclusion heading, not a lead-in ending in a
            # colon, "Last year's report read:", "Comparison: Outside report (03/2024), translated ...:"; review rfinal11:
            # and its block above names no earlier or outside exam, no salutation, no earlier year)
        if per_breast and not (all(_ITEM_END_AFTER.match(text, m.end()) for m in items) and _overall_tops_list(
                (overall.group("num") + (overall.group("sub") or "")).upper(), text, items)):
            continue  # (... and its items each end at their category: "Right 3 (new focus). Left 2 (node)."; not "Right
            # 3 cysts"; the overall the most concerning of them, each aside a finding's or an assessment's)
        # the list is all the line says, or its one item goes on with the category's name ("FINAL: L 0 - Incomplete, ...")
        if len(items) >= 2 or items and (text[pos : pos + 1] in ("", "\n", ".") or _CATEGORY_NAME_AFTER.match(text, pos)):
            if per_breast:
                per_breast_heads.append(head.start())  # (the list outranks the overall line's category for the sides it lists)
            for m in items:
                if m.group("num"):  # ("L 4A -> 3": the category after the arrow)
                    arrow = _ARROW_AFTER.match(text, m.end())
                    value = _revised_value(arrow) if arrow else (m.group("num") + (m.group("sub") or "")).upper()
                    side = m.group("side") or m.group("letter") or m.group("side_w")
                    out.append((m.start("num"), m.end(), value, side[0].upper(), False))
    return out


# a sentence that names last year as its time ("last year's scan showed ...", "a year ago the mass was ...")
_LAST_YEAR = re.compile(r"\b(?:last|previous|prior)[ \t]+year\b|\ba[ \t]+year[ \t]+ago\b", re.IGNORECASE)


# words that make a line's sentences the history, the indication or an outside exam's account ("Referral from GP.
# Clinically suspicious lump.", "The outside mammogram of 01/2026 was reviewed."): a category's name after them on the
# line restates that account, not this exam's assessment
# words of a sentence that is no imaging exam's (a clinical examination, a pathology result, a clinic's note)
_NOT_IMAGING_WORDS = re.compile(r"\b(?:exam|examination|histology|pathology|biopsy|clinic)\b", re.IGNORECASE)
_HISTORY_WORDS = re.compile(r"\b(?:indications?|referr(?:al|ed|ing)|history|comparison|compared|clinical(?:ly)?|outside"
                            r"|elsewhere|reason|known|previous(?:ly)?|prior)\b", re.IGNORECASE)


def _dated_sentence_before(text: str, pos: int) -> bool:
    """A list (or a category's name) opening a sentence mid-line at ``pos`` goes on with the sentence before it on its
    line: that sentence, dated as an earlier exam's ("last year's scan showed ...", "... from 2024"), dates it too."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not text[line_start:pos].strip():
        return False  # (a list opening its line)
    sentence_start = max(line_start, text.rfind(". ", line_start, pos - 1) + 2, text.rfind("; ", line_start, pos - 1) + 2)
    return _LAST_YEAR.search(text, sentence_start, pos) is not None or _dated(text, sentence_start, pos)


# an abbreviation's dot before a comma joins a side's finding to its category's words only in the one shape "<Side>
# breast: <finding words> <abbreviation>., <category words>.": the side heading, the finding without a comma of its
# own, the abbreviation's comma, then straight the category's words (also glossed), which end the sentence. Any other
# words between the comma and the category may name the other side ("opposite side nodule 3 val.", "contralateral
# nodule", "L nodule", "other side clear"), whose finding the name then sums up (R1 / R6)
_ONE_BREAST_HEADING = re.compile(r"[ \t]+breast[ \t]*:[^,\n]*?(?-i:[a-z])\.,[ \t]+[^,\n]*", re.IGNORECASE)
_SENTENCE_ENDS = re.compile(r"[ \t]*(?:\.(?!\w)|$)", re.MULTILINE)


def _abbreviation_joins_one_side(text: str, m: re.Match[str]) -> bool:
    """Whether a side's assessment read over an abbreviation's dot before a comma (``abbr_comma`` in
    :data:`_SIDE_WORDS_ASSESSMENT_BODY`) has the shape "Right breast: nodule 7 val., probably benign." and no other."""
    if m.group("abbr_comma") is None:
        return True
    side = (m.group("side") or "").lower()
    return (side in ("left", "right") and _ONE_BREAST_HEADING.fullmatch(text, m.end("side"), m.end()) is not None
            and _SENTENCE_ENDS.match(text, m.end()) is not None)


# a Roman side list's Arabic 0 ("BI-RADS: right 0, left III") is read only in the conclusion's own assessment: the
# keyword opens its line (or follows the conclusion's heading there, "Conclusion: BI-RADS: ..."; a bare line sits
# straight under that heading, "Išvada [Conclusion]:") and the list ends the line. Any other words on the line may
# make it a prior's, a comparison's or another hospital's ("Previous (2023) BI-RADS: ...", "In 2022 (other hospital)
# BI-RADS: ..."), R4
_CONCLUSION_HEADING = r"(?:[^\W\d_]+[ \t]*\[[ \t]*)?(?:final[ \t]+)?(?:conclusions?|impression)(?:[ \t]*\])?[ \t]*:"
_CONCLUSION_LIST_BEFORE = re.compile(r"[ \t]*(?:" + _CONCLUSION_HEADING + r")?[ \t]*", re.IGNORECASE)
_CONCLUSION_HEADING_LINE = re.compile(r"[ \t]*" + _CONCLUSION_HEADING + r"[ \t]*\n", re.IGNORECASE)
_LIST_ENDS_LINE = re.compile(r"[ \t]*\.?[ \t]*(?:\n|$)")


def _own_conclusion_list(text: str, start: int, end: int) -> bool:
    """Whether the side list whose keyword starts at ``start`` and whose items end at ``end`` is the whole of its line
    under (or after) the conclusion's heading."""
    line_start = text.rfind("\n", 0, start) + 1
    if _LIST_ENDS_LINE.match(text, end) is None:
        return False
    before = _CONCLUSION_LIST_BEFORE.fullmatch(text, line_start, start)
    if before is None:
        return False
    if ":" in before.group(0):
        return True
    above_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1  # (the line straight above)
    return line_start > 0 and _CONCLUSION_HEADING_LINE.fullmatch(text, above_start, line_start) is not None


def _side_lists(text: str) -> list[tuple[int, int, str, str, bool]]:
    """Each item of a side-word list after the keyword whose categories are Roman numerals or bracketed."""
    out = []
    for head in _SIDE_LIST_HEAD.finditer(text):
        pos = head.end()
        items, roman = [], False
        while (item := _SIDE_LIST_ITEM.match(text, pos)) is not None and not (
                head.group("bare") and _BARE_ITEM_END_AFTER.match(text, item.end()) is None):
            num, sub = next(((item.group(n), item.group(b)) for n, b in (("num", "sub"), ("num_d", "sub_d"),
                                                                          ("num_r", "sub_r")) if item.group(n)),
                            (item.group("num_z"), None))
            value = _category(num, sub)
            if (item.group("stop") is not None or head.group("bare") and _ITEM_END_AFTER.match(text, item.end()) is None) \
                    and _dated(text, max(text.rfind("\n", 0, head.start()) + 1, head.start() - PRIOR_REACH), head.start()):
                # (review rfinal16: a dated line's list is read by the dash remark's reach neither to its full stop nor in a
                # bare list: "Prior study 11/2025: BI-RADS right breast 4A - biopsy advised. Left breast 2 - benign." is an
                # earlier exam's, as the list is without the remarks)
                break
            if _MEASUREMENT.match(text, item.end()):
                break  # "BI-RADS: right breast 2 cm mass": the finding's size, no list
            roman = roman or bool(item.group("num_r") or (item.group("num") or "").isalpha())
            if value in BIRADS_VALUES:
                items.append((item, value))
            pos = item.end()
        # (an Arabic 0 straight after its side word is read only beside a Roman item: the list's own way of writing 0,
        # and only in the conclusion's own list, :func:`_own_conclusion_list`; else the list ends before it, as it did)
        zeros = [i for i, (item, _) in enumerate(items) if item.group("num_z") is not None]
        if zeros and not (roman and _own_conclusion_list(text, head.start(), pos)):
            items = items[: zeros[0]]
        out += [(item.start("side"), item.end(), value, item.group("side")[0].upper(), False) for item, value in items]
    return out


def _earlier_order_above(text: str, start: int) -> bool:
    """The line above ``start``, over blank lines, names an earlier order / exam or a history
    (:data:`_EARLIER_ORDER_LINE`, not an order's line naming the index date), or is an exam's row dated otherwise than
    the text's index date (:data:`_DATED_EXAM_ROW`, :func:`_index_date`)."""
    # (the text above, trailing blank lines and spaces left off, is read in place up to ``end``: no copy per heading)
    end = start
    while end and text[end - 1] in " \t\n":
        end -= 1
    if not end:
        return False
    line_start = text.rfind("\n", 0, end) + 1
    first = _index_date(text)
    if (earlier := _EARLIER_ORDER_LINE.match(text, line_start, end)) is not None:
        # (review r100c: an order's line naming the index exam's date is that exam's own: "Order 1 of 1 (03/02/2026,
        # open)")
        return not (earlier.group("order") and first is not None and first in text[line_start:end])
    row = _DATED_EXAM_ROW.match(text, line_start, end)
    return row is not None and first is not None and row.group("date") != first


@lru_cache(maxsize=8)
def _index_date(text: str) -> str | None:
    """The text's first date (:data:`_FIRST_DATE`) not labelled as a birth date or a number (:data:`_NOT_EXAM_DATE_LABEL`)."""
    return next((m.group(0) for m in _FIRST_DATE.finditer(text)
                 if _NOT_EXAM_DATE_LABEL.search(text, max(0, m.start() - 30), m.start()) is None), None)


def _revision_in_force(head: re.Match[str]) -> bool:
    """The reason of a revised block's heading (:data:`_REVISED_BLOCK_HEADING`) says only that the revision was made
    (:data:`_REVISION_REASON`)."""
    return _REVISION_REASON.fullmatch(head.group("reason")) is not None


def _revised_category_alone(text: str, m: re.Match[str], line_end: int) -> bool:
    """Under a revised block's heading the side line's category ``m`` stands alone (:data:`_REVISED_CATEGORY_ALONE`),
    a name after it being its own category's."""
    alone = _REVISED_CATEGORY_ALONE.match(text, m.end(), line_end)
    if alone is None or alone.group("name") is None:
        return alone is not None
    return alone.group("name").lower().startswith(_CATEGORY_NAME_START[m.group("num")[0]])


# a per-side block's side line revised by an arrow between two categories standing alone ("CONSENSUS / FINAL" over
# "R: 3 -> 2", "R: 3 --> BI-RADS 2", "Right: 3 -> 2 (after US)"): the one after the arrow ends the line, or only its
# name, a full stop or the revision's reason follows; anything else makes the number after the arrow no category (an
# interval, a count, a size, a clock hour: "R: 3 -> 6 months", "R: 4 -> 2 cores taken", "R: 3 -> 6/12 US"; review r103).
# The reason is the work-up that revised it, its noun alone ("(after US)", "(on ultrasound)", "(after work-up)",
# "(on review of priors)"): a reason that goes on says something else, a condition, a question or a denial ("(after
# biopsy if benign)", "(on histology?)", "(after discussion, not agreed)" keep the side's category; review r103b)
_REVISION_WORK_UP = (r"(?:" + _BREAST_EXAM_NAME + r"|tomosynthesis|biopsy|histology|work-?up|review"
                     r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?priors)?|second[ \t-]+look(?:[ \t]+US)?|spot[ \t]+views)")
# (every blank run is possessive, "[ \t]*+": no element after one can start with a blank, so giving blanks back never
# helps a match, and without it the runs after the number would share a long line's blanks in every split before "$")
_SIDE_LINE_ARROW = re.compile(
    r"[ \t]*+(?:-{1,3}>|→|=>)[ \t]*+(?:bi-?rads[ \t]*+)?(?P<num>[0-6])(?P<sub>[abc])?(?!\w|\.\d)[ \t]*+"
    r"(?:[-–—:,][ \t]*+)?(?:(?P<paren>\()?[ \t]*+(?:" + _WORD_ALT + r")\b[ \t]*+(?(paren)\))"
    r"|\((?:after|on)[ \t]+" + _REVISION_WORK_UP + r"\))?"
    r"[ \t]*+[.;]?[ \t]*+$", re.IGNORECASE)

# a category followed at once by the verb that replaces it and the new category ("Left breast: BI-RADS 4A downgraded to
# BI-RADS 2 - benign", "BI-RADS 3, upgraded to 4B after MRI"): the first is revised away, like one after "from"
# (_FROM_VALUE), and the new one opens a revision, like "revised from 3 to 2" (_REVISED_FROM); only with the keyword
# before the first ("stage 2 changed to 3" is no category). Reviews r111 and r111b: the new category is accepted only on
# positive evidence that it is one and that the revision is made, as a side line's arrow is (_SIDE_LINE_ARROW): the
# SENTENCE ends (a full stop, the line's end) right after it, or after its own name ("- benign", "(probably benign)"),
# the work-up that revised it ("after MRI", "on review of the earlier films", "following the second-look ultrasound") or
# both, or when it was made ("before biopsy", "earlier today after ultrasound"); a semicolon only before the follow-up
# that goes with it ("downgraded to BIRADS 3; short-interval follow-up"). Any other word, comma or semicolon leaves the
# first category read: an interval, a count or a size ("changed to 6/12 follow-up", "to 2 core biopsies", "to 4 x 3
# mm"), a condition or a hedge ("upgraded to 4A after MRI, if enhancement is seen", "downgraded to 3 on review, pending
# MDT confirmation", "revised to 3 would be reasonable", "downgraded to 3; pending MRI"), another reader's revision
# ("downgraded to 3 after MRI, per the outside reader", "... by the outside reader")
_GRADED_TO_REASON = (
    r"(?P<rp>\()?[ \t]*+(?:after|on|following|post)[ \t-]+(?:the[ \t]+)?"
    r"(?:(?:targeted|repeat|further|additional|dedicated|core|formal)[ \t]+)?"
    r"(?:" + _REVISION_WORK_UP + r"|comparison|correlation|re-?review|aspiration|second[ \t-]+look[ \t]+(?:scan|ultrasound))"
    # (what was reviewed or compared: "review of the earlier films", "comparison with the prior studies", "comparison
    # with 2022")
    r"(?:[ \t]+(?:of|with)[ \t]+(?:the[ \t]+)?(?:(?:earlier|prior|previous|old|outside|stored)[ \t]+)?"
    r"(?:films|images|priors|prior[ \t]+studies|studies|study|exams?|imaging|cine[ \t]+(?:clips|loops)|(?:19|20)\d{2}|"
    + _BREAST_EXAM_NAME + r"))?"
    # (and what it showed: "after biopsy showed invasive carcinoma")
    r"(?:[ \t]+(?:showed|confirmed|revealed)[ \t]+(?:(?:an?|the)[ \t]+)?(?:[a-z-]+[ \t]+){0,3}?"
    r"(?:carcinoma|cancer|malignancy|dcis|fibroadenoma|papilloma|cyst|(?:lymph[ \t]+)?node|fat[ \t]+necrosis))?"
    r"(?(rp)[ \t]*+\))")
# (when: before the work-up or the surgery it decided, "upgraded to 4B before biopsy", "downgraded to 3 before surgery
# was booked"; not "before biopsy would be premature", which goes on)
_GRADED_TO_WHEN = (r"before[ \t]+(?:the[ \t]+)?(?:" + _REVISION_WORK_UP + r"|surgery|excision|operation)"
                   r"(?:[ \t]+(?:was|were)[ \t]+(?:booked|taken|performed|done|scheduled|arranged))?")
_GRADED_TO_VERB = (r"[ \t]*+,?[ \t]*+(?:(?:is|was|has[ \t]+been|now)[ \t]+)?"
                   r"(?:downgraded|upgraded|revised|changed|amended|modified|reclassified)"
                   r"[ \t]+to[ \t]+(?:bi-?rads[ \t]*+)?(?:category[ \t]*+)?"
                   r"(?P<num>[0-6]|" + _ROMAN + r")(?P<sub>[abc])?(?!\w|\.\d|:\d)")
_GRADED_TO_NEXT = re.compile(_GRADED_TO_VERB, re.IGNORECASE)  # (after a statement: is it a category revised away?)
_GRADED_TO = re.compile(r"\bbi-?rads[ \t-]*+(?:category[ \t]*+)?:?[ \t]*+(?P<was>[0-6](?:[abc]|[ \t](?-i:[ABC]))?|" + _ROMAN
                        + r")(?![\w.])" + _GRADED_TO_VERB, re.IGNORECASE)
_GRADED_TO_SENTENCE_END = r"[ \t]*+(?:\.(?!\d)|\n|$)"
# (radiology b128: inside the name's parentheses, after a comma, the finding it is named for, said stable or unchanged
# and nothing more: "revised to BI-RADS 2 (benign, stable asymmetry)", also plural (review r127: "(benign, stable
# nodes)"); not a condition, a hedge or another reader, "(benign, pending MDT)", "(benign, if stable on MRI)", "(benign,
# stable asymmetry per the outside reader)")
# ("nothing more": the name's closing parenthesis must follow the finding, _GRADED_TO_TAIL's "(?(np)\))")
_GRADED_TO_STABLE_FINDING = (r",[ \t]*+(?:stable|unchanged|long-?standing)[ \t]+(?:(?:focal|global|developing)[ \t]+)?"
                             r"(?:asymmetr(?:y|ies)|calcifications?|mass(?:es)?|cysts?|fibroadenomas?|lymph[ \t]+nodes?"
                             r"|nodes?|nodules?|lesions?|findings?)")
_GRADED_TO_TAIL = re.compile(
    # (its own name, also in parentheses: checked against the number in _graded_to)
    r"(?:[ \t]*+[-–—:,]?[ \t]*+(?P<np>\()?[ \t]*+(?:" + _WORD_ALT + r")\b"
    r"(?(np)(?:" + _GRADED_TO_STABLE_FINDING + r")?)[ \t]*+(?(np)\)))?"
    r"(?:[ \t]*+,?[ \t]*+(?:(?:earlier[ \t]+)?today[ \t]+)?(?:" + _GRADED_TO_REASON + "|" + _GRADED_TO_WHEN + r"))?"
    r"(?:[ \t]*+;[ \t]*+(?:(?:(?:short[ \t-]+interval|routine|annual|\d{1,2}[ \t-]*+months?)[ \t]+)?"
    r"(?:follow-?up|surveillance)(?:[ \t]+(?:advised|recommended))?"
    # (... or the biopsy that goes with a new category 4 or 5, checked in _graded_to: "upgraded to 4A; ultrasound-guided
    # biopsy recommended instead of follow-up", radiology b118; review r118: also named "tissue sampling")
    r"|(?P<bx>(?:(?:(?:ultrasound|us|mri)[ \t-]+guided|stereotactic(?:[ \t-]+guided)?)[ \t]+)?(?:core[ \t]+)?"
    r"(?:biopsy|tissue[ \t]+sampling)[ \t]+"
    r"(?:is[ \t]+)?(?:advised|recommended)(?:[ \t]+instead[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:(?:short[ \t-]+interval|\d{1,2}[ \t-]*+months?)[ \t]+)?follow-?up)?)))?" + _GRADED_TO_SENTENCE_END, re.IGNORECASE)
# ... and a revision dated earlier by the words after it, to its sentence's end ("BI-RADS 4A was downgraded to 3
# previously (2023)", "... upgraded to 4A at the 2024 MRI", "downgraded to 2 after biopsy, 2022", "in March 2024"): both
# categories are earlier ones, neither today's (R4); not the year of the exam it was compared with ("after comparison
# with 2022") or the finding's ("suspicious calcifications since 2024"), nor "before" or "earlier", which do not date it
# ("upgraded to 4B before biopsy")
# Review rfinal6: only a year in the revision's own clause dates it, not one past a semicolon or a comma (a booking's
# or another event's date: "...; biopsy booked for 2026-06-02", "..., the mass having grown from 6 mm (2024)"), except a
# bare ", 2022." or ", in 2023." ending the sentence, and not one inside a reference number ("(ref MR-2026-0412)")
_GRADED_TO_PREVIOUSLY = r"[ \t]*+,?[ \t]*+previously\b"
_GRADED_TO_DATED_TAIL = re.compile(_GRADED_TO_PREVIOUSLY + "|"
                                   # (past the new category's own name: "downgraded to 3, probably benign, in 2023.")
                                   r"(?:[ \t]*+[-–—:,]?[ \t]*+\(?[ \t]*+(?:" + _WORD_ALT + r")\b[ \t]*+\)?)?"
                                   r"(?:[^.\n;,]|\.(?=\d))*?(?:,[ \t]*+(?:in[ \t]+)?(?:19|20)\d{2}(?="
                                   + _GRADED_TO_SENTENCE_END + r")|(?<!since )(?<!with )(?<!with the )(?<!to )"
                                   r"(?<!to the )(?<![A-Za-z]-)\b(?:19|20)\d{2}\b)", re.IGNORECASE)
# (a year that can date a revision starts at a word boundary before the next full stop or semicolon: the tail's scan
# crosses neither, nor do the name and the ", in 2023" before the year. Where no such year follows and no "previously",
# the tail is not tried: its scan to the sentence's end, repeated for each of many revisions in one long sentence, made
# _graded_to quadratic)
_GRADED_TO_PREVIOUSLY_AFTER = re.compile(_GRADED_TO_PREVIOUSLY, re.IGNORECASE)
_DATED_TAIL_YEAR = re.compile(r"\b(?:19|20)\d{2}")
_DATED_TAIL_STOP = re.compile(r";|\.(?!\d)")
# ... and a condition in the revision's sentence before the category ("if the core is benign and concordant, BI-RADS 4A
# downgraded to 3", "should the MRI show no enhancement, BI-RADS 4A is downgraded to 3"): the revision is not made yet,
# the first category stays (review rfinal6)
_GRADED_TO_CONDITION = re.compile(r"\b(?:if|should|unless|provided|in[ \t]+case|when)\b", re.IGNORECASE)
# (the verb stems the revision needs, whatever spacing before its "to": "upgraded  to 4", "upgraded\tto 4", review code6)
GRADED_TO_WORDS = ("graded", "revised", "changed", "amended", "modified", "classified")
# a final assessment stated on a later line ("Left breast: BI-RADS 3 upgraded to 4A after MRI.\nFinal assessment:
# BI-RADS 3."): the report's last word, which the revision does not outrank (R5)
# (also an overall one or a summary, review rfinal6: "Overall assessment: BI-RADS 3.", "Overall BI-RADS: 3", "Summary:")
_FINAL_AFTER_REVISION = re.compile(r"\b(?:final[ \t]+(?:(?:overall|combined|integrated)[ \t]+)?|overall[ \t]+)"
                                   r"(?:assessment|bi-?rads|category|impression|conclusion)\b|^[ \t]*summary[ \t]*:",
                                   re.IGNORECASE | re.MULTILINE)
FINAL_AFTER_REVISION_WORDS = ("final", "overall", "summary")  # (one in each _FINAL_AFTER_REVISION match, lower-cased)


# (review rfinal14: a line opened by a comparison lead-in, with its colon, before this report's revision on it,
# "Addendum after comparison with prior studies (2017-2024): Left breast BI-RADS 0 revised to BI-RADS 2 (benign, stable
# findings).", "After review of outside priors from 2020: Bilateral BI-RADS 0 revised to BI-RADS 2": the priors named
# are the revision's reason, so they do not date its new category; not a lead-in to another reader's words, "After
# comparison with the 2020 studies the radiologist wrote: ...", nor one opened by a date, "In 2020, after ...")
_COMPARISON_LEAD_IN = re.compile(r"[ \t]*(?:addendum[ \t]*[-\u2013\u2014,]?[ \t]*)?after[ \t]+(?:(?:the[ \t]+)?"
                                 r"(?:comparison|review)[ \t]+(?:with|of|to)|comparing[ \t]+(?:with|to)|reviewing)\b"
                                 r"(?![^\n:.;]{0,80}?\b(?:wrote|reported|stated|states|said|concluded|read)\b)"
                                 r"[^\n:.;]{0,80}:[ \t]*", re.IGNORECASE)


def _dated_tail(text: str, pos: int, years: list[int], stops: list[int]) -> bool:
    """Whether the words from ``pos`` date the revision before it (:data:`_GRADED_TO_DATED_TAIL`), matched only where
    "previously" or a year (``years``, sorted starts) follows before the next full stop or semicolon (``stops``)."""
    if _GRADED_TO_PREVIOUSLY_AFTER.match(text, pos):
        return True
    k = bisect_left(stops, pos)
    stop = stops[k] if k < len(stops) else len(text)
    return bisect_left(years, pos) < bisect_left(years, stop) and _GRADED_TO_DATED_TAIL.match(text, pos) is not None


def _graded_to(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The revisions of :data:`_GRADED_TO` whose new category is one (:data:`_GRADED_TO_TAIL`; a name after it must be
    its own: "downgraded to 3 - benign" names a 2, so it is no revision), and those dated earlier
    (:data:`_GRADED_TO_DATED_TAIL`)."""
    made, dated = [], []
    # (the sentence starts, the condition words and the dated tail's years and stops found once, going forward, not
    # searched back from each revision: many revisions on one long line made that quadratic)
    conditions: list[int] | None = None
    years: list[int] = []
    stops: list[int] = []
    sentence, prev = 0, 0
    for m in _GRADED_TO.finditer(text):
        sentence = max(sentence, text.rfind(". ", max(0, prev - 1), m.start()) + 2,
                       text.rfind("\n", prev, m.start()) + 1)
        prev = m.start()
        if conditions is None:
            conditions = [c.start() for c in _GRADED_TO_CONDITION.finditer(text)]
            years = [y.start() for y in _DATED_TAIL_YEAR.finditer(text)]
            stops = [stop.start() for stop in _DATED_TAIL_STOP.finditer(text)]
        if bisect_left(conditions, sentence) < bisect_left(conditions, m.start()):
            continue  # (a condition before it: neither category is revised away)
        if _dated_tail(text, m.end(), years, stops):
            dated.append(m)
        elif (tail := _GRADED_TO_TAIL.match(text, m.end())) is not None and (
                (named := _named_category(tail)) is None or (value := _revised_value(m)) is None or named[0] == value[0]
        ) and (tail.group("bx") is None or (_revised_value(m) or "0")[0] in "45"):
            made.append(m)  # (a biopsy recommended after it goes with a new 4 or 5 only)
    return made, dated


class _StatementIndex:
    """Which statement read so far holds a position: the first in reading order. A bisect over the statements' starts,
    back only as far as the longest statement reaches, not a scan of them all per revision (review code6 P4)."""

    def __init__(self, statements: list[tuple[int, int, str, str | None, bool]]) -> None:
        self._starts: list[tuple[int, int]] = []  # (start, reading order), sorted
        self._ends: dict[int, int] = {}
        self._reach = 0
        for k, st in enumerate(statements):
            self.add(k, st[0], st[1])

    def add(self, k: int, start: int, end: int) -> None:
        """Index statement ``k`` (later in reading order than any indexed so far)."""
        insort(self._starts, (start, k))
        self._ends[k] = end
        self._reach = max(self._reach, end - start)

    def first_holding(self, pos: int) -> int | None:
        """The reading order of the first statement with ``start <= pos < end``, or None."""
        first = None
        for i in range(bisect_right(self._starts, (pos, len(self._ends))) - 1, -1, -1):
            start, k = self._starts[i]
            if start <= pos - self._reach:
                break  # (no statement this far back reaches pos)
            if pos < self._ends[k] and (first is None or k < first):
                first = k
        return first


def _outranked_by_final(text: str, graded: list[re.Match[str]], statements: list[tuple[int, int, str, str | None, bool]],
                        in_history: Callable[[int], bool]) -> tuple[set[int], dict[int, str]]:
    """Where the new categories of :func:`_graded_to` revisions start that a final assessment outranks: one on a later
    line (:data:`_FINAL_AFTER_REVISION`, outside the history) that states a category and names no side (a sided one
    opens its own revision already, :data:`_SIDE_OPENS_AFTER`; one of the other side is no final of this one); and, by
    where the final's category starts, the one side the revision's line names before it: the final outranks the revision
    for that side only, never a category the other side's own line states (review rfinal6: "Right breast: BI-RADS
    2.\nLeft breast: BI-RADS 3 upgraded to 4A after MRI.\nFinal assessment: BI-RADS 4A." leaves the right breast 2)."""
    out, final_side = set(), {}
    for m in graded:
        line_end = text.find("\n", m.end())
        final = next((f for f in _FINAL_AFTER_REVISION.finditer(text, line_end) if not in_history(f.start())),
                     None) if line_end >= 0 else None
        if final is None:
            continue
        final_end = text.find("\n", final.end()) % (len(text) + 1)  # (the final's line end; the text's end: -1 -> len)
        stated = [st[0] for st in statements if final.start() <= st[0] < final_end]
        if _SIDE_WORD.search(text, final.end(), final_end) is None and stated:
            out.add(m.start("num"))
            named = {side for w in _SIDE_WORD.finditer(text, text.rfind("\n", 0, m.start()) + 1, m.start())
                     for side in _sides_of_word(w)}
            if len(named) == 1:
                final_side.update(dict.fromkeys(stated, next(iter(named))))
    return out, final_side


def _side_line_revision(text: str, pos: int, line_end: int) -> tuple[str, int] | None:
    """The category and end of a side line's arrow revision (:data:`_SIDE_LINE_ARROW`) after its category at ``pos``,
    a category's name after it being its own; None when there is none."""
    arrow = _SIDE_LINE_ARROW.match(text, pos, line_end)
    if arrow is None:
        return None
    value = _revised_value(arrow)
    named = _named_category(arrow)
    if value is None or named is not None and named[0] != value[0]:
        return None
    return value, arrow.end("sub") if arrow.group("sub") else arrow.end("num")


def _side_block(text: str, valued: bool = False) -> list[tuple[int, int, str, str, bool]]:
    """The statements of per-side category blocks (``_SIDE_BLOCK_HEADING`` over side lines; with ``valued``,
    an overall / final assessment line with its own category over them too)."""
    out = []
    low = text.lower()
    division = [*_DIVISION_HEADING.finditer(text)] if any(word in low for word in DIVISION_WORDS) else []
    revised = [head for head in _REVISED_BLOCK_HEADING.finditer(text)
               if _revision_in_force(head) and not _earlier_order_above(text, head.start())
               ] if any(word in low for word in REVISED_BLOCK_WORDS) else []
    heads = [*_SIDE_BLOCK_HEADING.finditer(text), *(_VALUED_BLOCK_HEADING.finditer(text) if valued else ()), *division,
             *revised]
    division_set, revised_set = set(division), set(revised)  # (matches hash by identity, as ``in`` a list compares)
    for head in heads:
        alone = head in division_set
        # (a revision's heading, with its reason or alone: "Revised assessment:" over "Right ....... 6 months")
        revising = head in revised_set or any(word in head.group(0).lower() for word in REVISED_BLOCK_WORDS)
        if not alone and not re.search(r"rads|assessment|categor|consensus|arbitration|agreed", head.group(0),
                                       re.IGNORECASE):
            continue
        pos = head.end() + 1
        overall_lines, listed = [], set()
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            if (overall := _OVERALL_CATEGORY_LINE.match(text, pos, line_end)) is not None:
                # an "Overall:" line among the side lines: the exam's category ("X": for the sides the exam covers)
                overall_lines.append((overall.start("num"), overall.end(),
                                      (overall.group("num") + (overall.group("sub") or "")).upper(), "X", False))
                pos = line_end + 1
                continue
            if (side_line := _SIDE_LINE.match(text, pos, line_end)) is None:
                break
            first = side_line.group(0).lstrip(" \t-*•")[:1].upper()
            listed |= {"L", "R"} if first == "B" else {first}
            m = _SIDE_CATEGORY_LINE.match(text, pos, line_end)
            if m is not None and (alone or m.group("blank") is not None) and _CATEGORY_ALONE.match(
                    text, m.end(), line_end) is None:
                m = None
            if m is not None and revising and not _revised_category_alone(text, m, line_end):
                m = None
            if m is not None:
                side, value, end = m.group("side")[0].upper(), (m.group("num") + (m.group("sub") or "")).upper(), m.end()
                if (arrow := _side_line_revision(text, end, line_end)) is not None:
                    value, end = arrow  # "R: 3 -> 2": the category the arrow revises to
                out.append((m.start("num"), end, value, side, False))
            pos = line_end + 1
        if not {"L", "R"} <= listed:  # (a block listing both sides, one "N/A (not examined)", says which it covers)
            out += overall_lines
    return out


def _provisional_row(text: str, start: int) -> bool:
    """The statement sits on a table row under a column headed "Provisional" (a line above it in its paragraph)."""
    paragraph = text.rfind("\n\n", 0, start) + 1
    return _PROVISIONAL_COLUMN.search(text, paragraph, text.rfind("\n", 0, start) + 1) is not None


@lru_cache(maxsize=4)
def _impression_reach(text: str) -> dict[int, bool]:
    """The answers of :func:`_in_impression` for ``text`` found so far, by line start (once per report)."""
    return {}


# a translation's gloss in square brackets, in lower case, opening a line ("[probably benign finding].")
_GLOSS_OPENS_LINE = re.compile(r"[ \t]*\[(?-i:[a-z])")


def _wrapped_gloss_line(text: str, line_start: int, line: str) -> bool:
    """``line`` (at ``line_start``) is a side line's first-language words' gloss, wrapped onto a line of its own: it
    opens on a bracket and a word in lower case, and the line above stops mid-sentence ("Mama derecha [Right breast]:
    nódulo sólido, hallazgo probablemente benigno\n[probably benign finding]."). A gloss after a closed sentence, or
    one in capitals ("[Stamp]"), is a line of its own."""
    if line_start < 2 or not _GLOSS_OPENS_LINE.match(line):
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    return bool(above) and _WRAP_BEFORE.fullmatch(above[-1]) is not None


# a translation's gloss in square brackets opening straight after a category (past its quote): "BI-RADS 4B [the ...",
# "'Categoria BI-RADS 4C' [in the right breast, ..."
_GLOSS_OPENS_AFTER = re.compile(r"[ \t'\"’”»]*\[")
GLOSS_REACH = 300  # characters a gloss in square brackets may run over (it may wrap onto the next line)


# where a gloss stops speaking of its side: the other breast named without a side word ("[right breast; the opposite
# breast is now BI-RADS 3]", "the other side", "contralateral"), review r112
_GLOSS_SIDE_STOP = re.compile(r"\b(?:opposite|other|contralateral)\b", re.IGNORECASE)


# a category named in a gloss: "changed to 'BI-RADS 4A'", "Category BI-RADS 4C", "category 3"
_GLOSS_CATEGORY = re.compile(r"\b(?:bi-?rads|categor\w*)[^\w\]\n]{0,12}(?P<num>[0-6])[ \t]?(?P<sub>[abc])?(?!\w)",
                             re.IGNORECASE)


def _restated_at(text: str, lo: int, hi: int, value: str) -> int:
    """Where the first naming of the category ``value`` again in ``text[lo:hi]`` ends (-1 when none)."""
    for c in _GLOSS_CATEGORY.finditer(text, lo, hi):
        if _category(c.group("num"), c.group("sub")) == value:
            return c.end()
    return -1


# a category a gloss says its restated one replaces, named straight before it ("where it reads 'BI-RADS 3', read
# 'BI-RADS 4C'", "now BI-RADS 4A, formerly\nBI-RADS 3"): the restated category's side too (review rfinal6)
_GLOSS_REPLACED_BEFORE = re.compile(r"\b(?:where\s+it\s+(?:reads|says)|formerly|previously)[ \t\n'\"‘“]*"
                                    r"(?:(?:bi-?rads|categor\w*)[ \t]*)*$", re.IGNORECASE)


# where a gloss's restating clause ends: its first semicolon or full stop after the restated category ("[right breast:
# BI-RADS 3; BI-RADS 4A for the lesion in the contralateral breast]"), review r112b
_GLOSS_CLAUSE_END = re.compile(r";|\.(?=\s)")


def _gloss_after(text: str, end: int, side_word: re.Match[str], sides: set[str],
                 value: str) -> tuple[int, int, set[str], str] | None:
    """The span of the square-bracketed gloss that opens straight after the category ``value`` ending at ``end`` and
    holds the side word that category took (``side_word``), with the sides that word names: the gloss
    translates the category's own sentence, so the categories after that word of a gloss that restates that category
    (before a word for the other breast) are of the same side ("<original> BI-RADS 4B [the category of the right breast
    has been changed to\nBI-RADS 4B]"; also the one it replaces: "'BI-RADS 4C' [in the right breast, where it reads
    'BI-RADS 4A', read 'BI-RADS 4C']"). The span ends at the first semicolon or full stop after the restated category
    and at a word for the other breast. None when no such gloss holds the word, or it restates no category: "[right
    breast; the opposite breast is now\nBI-RADS 3]" gives that 3 no side (reviews r112, r112b)."""
    opens = _GLOSS_OPENS_AFTER.match(text, end)
    if opens is None or side_word.start() < opens.end():
        return None
    close = text.find("]", side_word.end(), side_word.end() + GLOSS_REACH)
    if close < 0 or "[" in text[opens.end() : close]:
        return None
    stop = _GLOSS_SIDE_STOP.search(text, side_word.end(), close)
    span_end = stop.start() if stop else close
    restated = _restated_at(text, side_word.end(), span_end, value)
    if restated < 0:
        return None
    clause_end = _GLOSS_CLAUSE_END.search(text, restated, span_end)
    return side_word.end(), clause_end.start() if clause_end else span_end, sides, value


def _in_impression(text: str, line_start: int) -> bool:
    """The lines above, past other side lines, lines opening on a category's name ("Highly suggestive of
    malignancy, right breast.") and blank lines, reach an impression / assessment heading."""
    # (the answer depends on the line start alone, so every line walked past shares it: remembered, a report of many
    # side lines is walked once, not once per line up to its top)
    memo = _impression_reach(text)
    walked, found = [], False
    while line_start > 0:
        if (known := memo.get(line_start)) is not None:
            found = known
            break
        walked.append(line_start)
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[line_start : text.find("\n", line_start)]
        if _IMPRESSION_HEADING.match(line):
            found = True
            break
        if line.strip() and not _SIDE_LINE.match(line) and not line.lstrip()[:1].islower() and not _BOX_WORD.match(line) \
                and not _wrapped_gloss_line(text, line_start, line):
            break  # (a line going on in lower case is a side line's sentence, wrapped; so is a translation's gloss)
    memo.update(dict.fromkeys(walked, found))
    return found


# (a report that sums up under a heading or with a BI-RADS category sets no capitals line apart as its impression)
_ASSESSMENT_WORDS = re.compile(r"impression|assessment|conclusion|opinion|bi-?rads", re.IGNORECASE)
_FINDINGS_HEADING = re.compile(r"^[ \t]*findings?\b", re.IGNORECASE | re.MULTILINE)
# (a category given after a letter's "My final assessment (left breast): ..." is today's; the heading quoted the
# letter before: "In my letter of March I wrote:\nMy final assessment (left breast): Probably benign.\n... BI-RADS 1")
_LATER_CATEGORY = re.compile(r"\bbi-?rads\b", re.IGNORECASE)


def _capitals_summary(text: str, line_start: int) -> bool:
    """A side line written wholly in capitals in a report written in mixed case, after its findings and with no
    impression, assessment or BI-RADS category anywhere: the radiologist's summing-up set apart as an impression without
    its heading ("RIGHT BREAST: 32 MM IRREGULAR MASS 11:00. HIGHLY SUGGESTIVE OF MALIGNANCY." after the findings). Not
    the title, a history / comparison / indication line above the findings, nor any line of a report all in capitals."""
    return (text[line_start : end_of_line(text, line_start)].isupper() and not text.isupper()
            and _FINDINGS_HEADING.search(text, 0, line_start) is not None and _ASSESSMENT_WORDS.search(text) is None)


WRAPPED_LINE_CHARS = 60  # a prose line this long that stops mid-sentence was wrapped by the editor
_WRAP_BEFORE = re.compile(r"[\w,]")


# (an unpunctuated dictation's line that opens with a section's name starts a section, not a wrapped line:
# "... right upper outer quadrant no suspicious masses\nimpression benign findings birads two")
_SPOKEN_IMPRESSION = re.compile(r"\b(?:impressions?|conclusions?)\b", re.IGNORECASE)  # (the word, anywhere in a line)
_SECTION_WORD_OPENS = re.compile(r"[ \t]*(?:impressions?|conclusions?|findings|recommendations?)\b", re.IGNORECASE)


def _line_start(text: str, start: int) -> int:
    """Where the line of ``start`` begins, as a sentence goes: a long prose line that stops without
    punctuation before a line going on in lower case or with a number ("... Right breast assessment\n
    revised from BI-RADS 0 to BI-RADS 4C") was wrapped, and the sentence begins on the line above."""
    nl = text.rfind("\n", 0, start)
    while nl > 0:
        above = text.rfind("\n", 0, nl) + 1
        nxt = text[nl + 1 : nl + 2]
        if (nl - above < WRAPPED_LINE_CHARS or not _WRAP_BEFORE.fullmatch(text[nl - 1]) or not (nxt.islower() or nxt.isdigit())
                or "  " in text[above:nl].strip() or _SECTION_WORD_OPENS.match(text, nl + 1)):
            break
        nl = above - 1
    return nl + 1


_FINDING_NAMED_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# (radiology b132: ... or opening a side heading's entry, its line's only words before it: "Right breast: previously seen
# nodule not identified today, BI-RADS 1", the finding named, today's category; "Right breast: previously seen as BI-RADS
# 3" and "Right: report 2025: previously seen nodule, BI-RADS 3" date it)
_SIDE_ENTRY_BEFORE = re.compile(r"[ \t]*(?:right|left)(?:[ \t]+breast)?[ \t]*:[ \t]*", re.IGNORECASE)
# (review r131: ... and only where the entry tells the finding's state today before the category, "has resolved",
# "unchanged", "not identified today"; "Right breast: previously seen nodule, graded BI-RADS 3 at the outside centre" and
# a history's "Right breast: previously seen nodule, BI-RADS 3." still date it)
_SIDE_ENTRY_TODAY = re.compile(r"\b(?:today|now|currently|no[ \t]+longer|not[ \t]+(?:identified|seen|visible|demonstrated)|"
                               r"(?:has[ \t]+)?resolved|unchanged|stable|persists?|persisting|collapsed|decreased|"
                               r"increased)\b", re.IGNORECASE)
_NAMED_AS_SEEN_BEFORE = re.compile(r"\s+(?:described|seen|noted|identified)\s+(?!(?:as|in|on|at)\b)[a-z]"
                                   # ... or by what it was then, a word that is no reading verb ("the previously
                                   # complicated right cyst has resolved")
                                   r"|\s+(?!(?:assessed|reported|read|rated|categori[sz]ed|classified|graded|scored|given|"
                                   r"called|assigned|described|seen|noted|identified)\b)[a-z]+\s+(?!(?:as|to|at)\b)[a-z]",
                                   re.IGNORECASE)


# a date in the first column of a table row, before a gap of two or more spaces: the date of the row's exam, whose
# section says whether it is a prior one ("IMAGING - PREVIOUS:") or this episode's
_ROW_DATE = re.compile(r"[ \t]*(?:\d{1,2}[/.-]){0,2}(?:19|20)\d\d[ \t]{2,}")


_NOT_BEFORE = re.compile(r"\b(?:not|never)[ \t]+$", re.IGNORECASE)
# no earlier exam, or a finding absent from it ("there is no prior ultrasound", "not seen on the prior study"): today's
_ABSENT_ON_BEFORE = re.compile(r"\b(?:no|without(?:\s+an?)?|(?:(?:not|never)\s+(?:present|seen|visible|shown|identified)|absent)"
                               r"\s+(?:on|in|from)(?:\s+(?:the|her|any))?)\s+$", re.IGNORECASE)
# the clause naming the earlier exam has ended ("not present on the prior study, BI-RADS 4B"), not gone on to describe
# that exam ("not seen on the prior study, a BI-RADS 3 exam from 2023": its category)
_CLAUSE_ENDED = re.compile(r"[;.]|\band\b|,(?![ \t]*(?:a|an|which|that|when|dated|from|performed|done|reported|read|"
                           r"assessed|graded|categori[sz]ed)\b)", re.IGNORECASE)
# a finding compared with the earlier exams ("unchanged from the prior studies", "stable compared with prior"): the
# comparison describes today's finding; the category after it, once the comparison's clause has ended, is today's
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:unchanged|stable|similar|no\s+change)\s+(?:from|since|to|compared\s+(?:with|to)|"
                                   r"(?:in\s+)?comparison\s+(?:with|to))\s+(?:(?:the|both|all|several|two|three|her|his|their)\s+)*$",
                                   re.IGNORECASE)
# an earlier exam named with its year ("previous US 2023", "last mammogram 2024") that a comparison's clause names and
# closes ("stable since previous US 2023, BI-RADS 2", "Compared with previous ultrasound 2024: ... BI-RADS 2", "cyst as
# on old US 2022, BI-RADS 2"): what is compared is today's finding, the category after the clause is today's (the
# exam's own category straight after it, "Last US 2025 BI-RADS 3.", or a follow-up "of" it, stays the earlier one's)
_PREVIOUS_EXAM_YEAR = re.compile(r"(?:previous|last|old)\s+(?:mri|mammogram|ultrasound|us|exam|screening|screen|round)\s+"
                                 r"(?:19|20)\d\d", re.IGNORECASE)
# the clause before it is a comparison of change or stability: a comparison's own verb ("Compared with", "Cf.", "vs"),
# or "since" / "from" only after a word of stability or change ("Stable since", "unchanged from", "no new mass since"):
# "since" after anything else dates a gap, not a comparison ("Lost to follow-up since ...", "Six months since ...",
# "Interval lumpectomy since ...": the category after it is the earlier exam's)
# (a finding absent or unchanged: "No growth", "No suspicious change", "No lesion seen", "Not seen to have changed"; not
# an exam absent: "No imaging was done since")
_STABILITY = (r"(?:stable|unchanged|similar|not\s+(?:seen\s+to\s+(?:have\s+)?)?changed?|"
              r"no\s+(?:[a-z]+\s+)?(?:change|difference|growth|enlargement|progression|increase|masse?s?|lesions?|"
              r"recurrence|abnormality|new\s+[a-z]+)(?:\s+seen)?)(?:\s+(?:appearances?|in\s+(?:size|appearance)|overall))?")
_COMPARISON_BEFORE = re.compile(r"(?:\b" + _STABILITY + r"\s+(?:since|from|compared\s+(?:with|to)|vs\.?|versus|cf\.?|"
                                r"relative\s+to)|\b(?:compared\s+(?:with|to)|comparison\s+(?:with|to)|cf\.?|vs\.?|versus|"
                                r"as\s+on|relative\s+to))\s+(?:the\s+)?$", re.IGNORECASE)
# the clause closes after the exam (its other year, "(outside)" or "in 2023" may come with it) at , : ; or a dash
_COMPARISON_CLAUSE_ENDS = re.compile(r"(?:[ \t]+and[ \t]+(?:19|20)\d\d|[ \t]*\([a-z ]{1,20}\)|[ \t]+in[ \t]+(?:19|20)\d\d)*"
                                     r"[ \t]*(?P<end>[,:;]|[-\u2013\u2014][ \t])", re.IGNORECASE)
# ... unless what follows describes the earlier exam: any words before the category in the next comma-clause ("...,
# where it was BI-RADS 4A, ...", "..., graded BI-RADS 4A, ...", "..., at which time it was BI-RADS 3"; today's "now" /
# "today" are no description), words dating it after it ("..., BI-RADS 3 on that occasion", "BI-RADS 3 previously",
# "BI-RADS 4A then"), or a parenthesis between dashes ("... 2024 - BI-RADS 4A, biopsy benign - the mass has resolved")
_NEXT_CLAUSE = re.compile(r"[^,;:.\n]*")
_CATEGORY_IN_CLAUSE = re.compile(r"\bbi-?rads\b", re.IGNORECASE)
_TODAY_WORDS = re.compile(r"[ \t]*(?:(?:now|today|currently|overall|final)[ \t:]*)*$", re.IGNORECASE)
_DATED_AFTER_CATEGORY = re.compile(r"bi-?rads[ \t]*(?:cat(?:egory)?\.?[ \t]*)?[0-6][a-c]?[ \t]+(?:then|previously|"
                                   r"at[ \t]+(?:that|the)[ \t]+time|on[ \t]+that[ \t]+\w+|at[ \t]+that[ \t]+\w+|"
                                   r"was[ \t]+given|given)\b", re.IGNORECASE)
_SENTENCE_REST = re.compile(r"[^.\n]*")
_SPACED_DASH = re.compile(r"[ \t][-\u2013\u2014][ \t]")


def _earlier_exam_described(text: str, clause_end: re.Match[str]) -> bool:
    """The clause after the compared exam goes on to describe it, so the category there is the earlier exam's."""
    if clause_end.group("end")[0] in "-\u2013\u2014" and _SPACED_DASH.search(
            _SENTENCE_REST.match(text, clause_end.end()).group(0)):
        return True  # a parenthesis between dashes: "Compared with previous US 2024 - BI-RADS 4A, biopsy benign - ..."
    clause = _NEXT_CLAUSE.match(text, clause_end.end()).group(0)
    category = _CATEGORY_IN_CLAUSE.search(clause)
    if category is None:
        return False  # ("Cf. previous US 2023, unchanged, BI-RADS 2": the category in a later clause is today's)
    return (_TODAY_WORDS.match(clause, 0, category.start()) is None
            or _DATED_AFTER_CATEGORY.match(clause, category.start()) is not None)


def _compared_exam(text: str, cue: re.Match[str]) -> bool:
    """The cue is an earlier exam named with its year inside a comparison's clause of change or stability that ends
    straight after it ("Stable since previous US 2023, BI-RADS 2"; not "since" after a gap: "Lost to follow-up since
    last ultrasound 2023, BI-RADS 3" compares nothing; nor a clause going on to describe the earlier exam: "Compared
    with previous US 2024, where it was BI-RADS 3, ...")."""
    before = max(0, cue.start() - 60)
    return (_PREVIOUS_EXAM_YEAR.fullmatch(cue.group(0)) is not None
            and _COMPARISON_BEFORE.search(text, before, cue.start()) is not None
            and (clause_end := _COMPARISON_CLAUSE_ENDS.match(text, cue.end())) is not None
            and not _earlier_exam_described(text, clause_end))


# today's finding compared with an earlier exam ("new compared with the earlier ultrasound at this facility", "stable
# since the previous ultrasound"): names no earlier reading
_COMPARED_WITH_EARLIER = re.compile(
    r"\b(?:(?:compared|in\s+comparison)\s+(?:with|to)|since|than|versus|vs\.?|(?:unchanged|different)\s+from)\s+"
    r"(?:(?:the|her|his|both|all)\s+)?(?:previous|prior|earlier|last|old)\s+(?:ultrasound|us|mammogram|mri|exam"
    r"|examination|study|studies|scan|imaging)s?(?:\s+at\s+this\s+(?:facility|hospital|centre|center|unit|department))?",
    re.IGNORECASE)


# today's readers named with their double reading ("by Dr. Lee and Dr. Khan (double read)")
_DOUBLE_READ_BY = re.compile(r"\bby[ \t]+(?:(?:Drs?|Prof)\.?[ \t]+[A-Z][\w'’-]*(?:[ \t]+and[ \t]+|[ \t]*,[ \t]*)?)+"
                             r"[ \t]*\((?:double|second|consensus)[ \t]+read(?:ing)?\)")


# r98c: "Assessed as" opening its sentence is this report's own only with positive evidence of it, in exactly the
# structure of a radiology report's per-side paragraphs (xr047):
# - the text's title line names today's breast exam and nothing else (its side, the breasts, perhaps its date:
#   "DIAGNOSTIC BREAST ULTRASOUND, BILATERAL", "US LEFT BREAST 20/04/2026"); an outside / earlier exam's title
#   ("Outside ultrasound, St Mary's Hospital") or a letter's ("Clinic letter") gives no such evidence
_OWN_TITLE = re.compile(
    r"[ \t]*(?:(?:diagnostic|screening|bilateral|unilateral|left|right|both|breasts?|targeted|focused|limited|of|the"
    r"|ultrasound|ultrasonography|sonography|(?-i:US)|mammo(?:gram|graphy)|tomosynthesis|(?-i:MRI)|examination|exam)"
    r"\b[ \t]*(?:[,/-][ \t]*)?)*"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d)?[ \t]*\n", re.IGNORECASE)
_OWN_TITLE_EXAM = re.compile(r"\b(?:ultrasound|ultrasonography|sonography|(?-i:US)|mammo(?:gram|graphy)|tomosynthesis"
                             r"|(?-i:MRI))\b", re.IGNORECASE)
# - the cue's paragraph is a side's, opened by its side's header ("Right breast - ...", "Left breast: ...", "Both
#   breasts: ...") or by the report's impression heading ("Impression: Left breast irregular mass. ...", "Impression:"
#   on its line above the cue); the cue on its paragraph's line or the line below it
_IMPRESSION_LABEL = r"(?:impression|conclusion)[ \t]*:"
_OWN_PARAGRAPH_HEAD = re.compile(rf"[ \t]*(?:{_IMPRESSION_LABEL}|(?:(?:right|left)(?:[ \t]+breast)?"
                                 r"|both[ \t]+breasts|bilateral)[ \t]*[-–:])", re.IGNORECASE)
_IMPRESSION_HEAD = re.compile(rf"[ \t]*{_IMPRESSION_LABEL}", re.IGNORECASE)
# - a line between the title and the paragraph is a header's fields line with the exam's date ("Date: 2026-05-14
#   Referring: ...") or another side's paragraph
_HEADER_DATE_LINE = re.compile(r"[ \t]*date[ \t]*:", re.IGNORECASE)
# - no quotation of any style in the paragraph (straight or curly double quotes, guillemets, German quotes, a single
#   quote opening a word, not an apostrophe: "10 o'clock"), and no block quote's "> " line
_ANY_QUOTATION = re.compile(r"[\"“”«»„‹›]|(?<!\w)['‘’](?=\w)|^[ \t]*>", re.MULTILINE)
# - in the paragraph, before the cue and after the category, no word of another or earlier exam, a place, a person,
#   a source or a date (once today's finding's comparison with the earlier exam, :data:`_COMPARED_WITH_EARLIER`, and
#   today's exam named, "on today's ultrasound", are set aside)
_NOT_TODAYS_WORD = re.compile(
    r"\b(?:previous(?:ly)?|prior|earlier|outside|external|old|initial(?:ly)?|first|baseline|ago|last|referr\w*|private"
    r"|another|other|elsewhere|GP|mother|sister|aunt|daughter|cousin|grandmother|had|has|was|were|showed|shown|scanned"
    r"|imaged|reported|then|years?|months?|weeks?|films?|images?|reports?|letter|note|reviewed|addend(?:um|a)|prev|ext"
    r"|underwent|undergone|seen|found|noted|described|measured|performed|done|detected|identified|recalled"
    r"|screening|screen|breastscreen|hospital|clinic|cent(?:re|er)|unit|facility|practice|surgery|dr|st|prof|mr|mrs|ms"
    r"|ultrasound|ultrasonography|sonography|us|mammo\w*|tomosynthesis|mri|ct|pet|scan|exam(?:ination)?|study"
    r"|per|according|from|time|when|date|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:19|20)\d\d)\b"
    r"|[\w.]['’]s\b|\b(?:at|in|by|from)[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[a-z]|\d{1,2}[/-]\d{1,2}"
    r"|\d{1,2}\.\d{1,2}\.\d{2,4}", re.IGNORECASE)
# a recommendation's guidance names no other exam ("ultrasound-guided biopsy advised"), nor its interval an earlier
# time ("follow-up in 6 months")
_GUIDED_PROCEDURE = re.compile(r"\b(?:ultrasound|us|mri|stereotactic(?:ally)?|tomosynthesis)[- ]guided\b"
                               r"|\bin[ \t]+\d{1,2}[ \t]+(?:weeks?|months?|years?)\b", re.IGNORECASE)
_TODAYS_EXAM_NAMED = re.compile(r"\bon[ \t]+(?:today['’]s|this|the[ \t]+current)[ \t]+(?:ultrasound|examination|exam"
                                r"|study|mammogram|scan)\b", re.IGNORECASE)
# - after the cue, nothing but the category, perhaps today's exam named, a recommendation or today's finding compared
#   to the line's end ("Assessed as BI-RADS 4C; biopsy of the mass and FNA of the node recommended.", "... BI-RADS 3,
#   short-interval follow-up.", "... BI-RADS 3, unchanged from the previous ultrasound.", "... BI-RADS 4C. Biopsy
#   today.")
_RECOMMENDATION = (r"[^.;,\n\"“«„']{0,80}?\b(?:recommended|advised|suggested|follow-?up|biopsy)\b"
                   r"[^.;,\n\"“«„']{0,30}")
_OWN_CATEGORY_TO_END = re.compile(
    r"[ \t]*:?[ \t]*(?:bi-?rads|birads)[ \t]*(?:category[ \t]*)?[0-6][abc]?(?!\w|\.\d)"
    r"(?:[ \t]+" + _TODAYS_EXAM_NAMED.pattern + r")?"
    r"(?:[ \t]*[;,][ \t]*(?:" + _RECOMMENDATION + r"|(?:(?:stable|new)[ \t]+)?" + _COMPARED_WITH_EARLIER.pattern + r"))?"
    r"[ \t]*\.?(?:[ \t]+(?=(?-i:[A-Z]))" + _RECOMMENDATION + r"\.?)?[ \t]*(?:\n|$)", re.IGNORECASE)


# the cue's line, past its leading blanks and blank lines, opens with "Assessed" (as str.lstrip() then a case-blind
# compare of eight letters reads it: \s is what lstrip() strips, (?a:) keeps the case folding ASCII's, as lower() of
# these letters is)
_OPENS_ASSESSED = re.compile(r"\s*(?a:assessed)", re.IGNORECASE)


def _own_paragraph(text: str, line_start: int) -> re.Match[str] | None:
    """The head of the paragraph the cue's line belongs to: the cue's line's own (:data:`_OWN_PARAGRAPH_HEAD`), else
    the line above's, the cue then opening its line; None when neither opens a side's paragraph or an impression."""
    head = _OWN_PARAGRAPH_HEAD.match(text, line_start)
    if head is not None or line_start == 0:
        return head
    above = text.rfind("\n", 0, line_start - 1) + 1
    if _OPENS_ASSESSED.match(text, line_start) is None:
        return None
    return _OWN_PARAGRAPH_HEAD.match(text, above)


def _own_report_title(text: str, head: re.Match[str]) -> bool:
    """The text's first line names today's breast exam only (:data:`_OWN_TITLE`), and every line between it and the
    cue's paragraph is blank, a header's date line, another side's paragraph or an impression heading; or the text
    opens with the report's impression paragraph."""
    if head.start() == 0 or not text[: head.start()].strip():
        return _IMPRESSION_HEAD.match(text, head.start()) is not None
    title = _OWN_TITLE.match(text)
    if title is None or _OWN_TITLE_EXAM.search(text, 0, title.end()) is None or title.end() > head.start():
        return False
    between = text[title.end() : head.start()].split("\n")
    return all(not line.strip() or _HEADER_DATE_LINE.match(line) or _OWN_PARAGRAPH_HEAD.match(line) for line in between)


# "Assessed as" opening its sentence, its subject and "is" left out as a side's paragraph writes it ("Right breast - At
# 10 o'clock, 17 mm irregular mass. Assessed as BI-RADS 4C; biopsy recommended."), is a precondition of reading it as
# this report's own assessment, like "is assessed as" (in a sentence's middle, "the mass assessed as BI-RADS 3", it
# still tells an earlier reading); the positive evidence that it is today's is checked by :func:`_own_assessed_as`
# (its sentence's start: the text's start, a full stop, a semicolon, or a line under a heading's colon or a blank line,
# perhaps a list's dash; the window ends at the cue, so a full stop a line above a sentence's middle, "as before.\nThe
# cyst assessed as ...", or a line the one above runs on into, "... and\nassessed as ...", opens nothing)
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[.;!?]|:[ \t]*\n|\n[ \t]*\n)\s*(?:[-*•][ \t]+)?\Z")
SENTENCE_OPEN_REACH = 12  # characters before the cue searched for the sentence's start (its full stop and blanks)


def _own_assessed_as(text: str, cue: re.Match[str]) -> bool:
    """An "Assessed as" cue opens its sentence as a side's paragraph of this report writes it (xr047: "Right breast -
    ... 17 mm irregular mass .... Assessed as BI-RADS 4C; biopsy ... recommended."), and only so: the report's title
    names today's exam (:func:`_own_report_title`), the cue's paragraph is a side's or the impression
    (:func:`_own_paragraph`) with no quotation (:data:`_ANY_QUOTATION`), no other / earlier exam, place, person,
    source or date before the cue or after the category (:data:`_NOT_TODAYS_WORD`) and nothing but the category, a
    recommendation or today's finding compared after it (:data:`_OWN_CATEGORY_TO_END`). Anything else leaves it
    dating the category."""
    if _SENTENCE_OPENS_BEFORE.search(text, max(0, cue.start() - SENTENCE_OPEN_REACH), cue.start()) is None:
        return False
    line_start = text.rfind("\n", 0, cue.start()) + 1
    line_end = end_of_line(text, cue.start())
    head = _own_paragraph(text, line_start)
    rest = _DOUBLE_READ_BY.sub(" ", text[cue.end() : line_end])  # (today's double readers named after the category)
    if head is None or _OWN_CATEGORY_TO_END.fullmatch(rest) is None:
        return False
    if _ANY_QUOTATION.search(text, head.start(), line_end) or not _own_report_title(text, head):
        return False
    rest = _GUIDED_PROCEDURE.sub(" ", _TODAYS_EXAM_NAMED.sub(" ", rest))
    words = _COMPARED_WITH_EARLIER.sub(" ", text[head.end() : cue.start()] + " " + rest)
    return _NOT_TODAYS_WORD.search(words) is None


# the sentence that tells the dated exam's report calls it today's or the present one: before the exam's name ("Current
# imaging: US left breast 03/2026, reported BI-RADS 4A.", "Present study:", "Index examination:", "This month's US ...")
# or after its category ("... reported BI-RADS 4A today; ...", "... reported BI-RADS 4A (this exam)"; not "present",
# "now" or "index" there, which tell of the lesion since: "reported BI-RADS 3, lump present since then")
_DATED_EXAM_TODAYS_AFTER_BODY = r"today|current|this[ \t]+(?:morning|exam\w*|study|scan|episode|visit|attendance)"
_DATED_EXAM_TODAYS_AFTER = re.compile(r"\b(?:" + _DATED_EXAM_TODAYS_AFTER_BODY + r")\b", re.IGNORECASE)
_DATED_EXAM_TODAYS_BEFORE = re.compile(r"\b(?:" + _DATED_EXAM_TODAYS_AFTER_BODY + r"|now|present|index|this[ \t]+month['’]?s)\b",
                                       re.IGNORECASE)
_DATED_EXAM_SENTENCE_END = re.compile(r"[.;!?\n]")


def _dated_exam_reports(text: str, cue: re.Match[str], start: int) -> bool:
    """An exam named before its month and year (:data:`_PRIOR_OR_DATED_EXAM`'s ``dated_exam``) dates the category at
    ``start``: its report gives it straight after the date ("US left breast 10/2025, reported BI-RADS 4A"), no "today"
    names this exam before it (:data:`_TODAYS_EXAM_BEFORE`: "Seen today; ultrasound left breast 03/2026 reported BI-RADS 3"), and
    its own sentence does not call it today's or the present one (:data:`_DATED_EXAM_TODAYS_BEFORE`,
    :data:`_DATED_EXAM_TODAYS_AFTER`)."""
    reach = max(0, cue.start() - TODAY_REACH)  # (both sides within a sentence's reach: linear on one long line)
    if _DATED_EXAM_REPORTED.fullmatch(text, cue.end(), start) is None or _TODAYS_EXAM_BEFORE.search(
            text, reach, cue.start()) is not None:
        return False
    sentence_start = max(reach, max(text.rfind(mark, reach, cue.start()) for mark in ".;!?\n") + 1)
    end = _DATED_EXAM_SENTENCE_END.search(text, start, start + TODAY_REACH)
    return _DATED_EXAM_TODAYS_BEFORE.search(text, sentence_start, cue.start()) is None and _DATED_EXAM_TODAYS_AFTER.search(
        text, start, end.start() if end else min(len(text), start + TODAY_REACH)) is None


def _quoted_in_year_named(text: str, cue: re.Match[str], start: int) -> bool:
    """The statement at ``start`` stands inside the quote opened straight after the exam's name and year at ``cue``
    ('Mammogram 2019 "BI-RADS 2, right and left"'), the quote not closed before it."""
    quote = text.find('"', cue.end(), start)
    curly = text.find("“", cue.end(), start)
    opened = min(q for q in (quote, curly, start) if q >= 0)
    if opened >= start or _QUOTE_MARK.search(text, opened + 1, start) is not None:
        return False
    # (review rfinal9: only a year before the document's own, and not under a heading naming the present: 'Current
    # imaging: MRI 2026 "... BI-RADS 4B"' in a 2026 proforma is today's)
    line_start = text.rfind("\n", 0, cue.start()) + 1
    return int(cue.group("quoted_year")[-4:]) < _document_year(text, at_stop=True) and _PRESENT_HEADING_BEFORE.search(
        text, line_start, cue.start()) is None and (not cue.group("titled") or _category_outside_titled_quotes(
            text, cue.group("titled").split()[0][0].upper()))


# an earlier exam's title naming its side, its month and year, its report quoted straight after (radiology b122):
# 'US RIGHT BREAST 11/2024 ("BI-RADS 4A; core biopsy: fibroadenoma")', the quote to its close on its line
_TITLED_QUOTE = re.compile(r"\b(?:mri|mammogram|mammography|ultrasound|us)\s+(?:left|right)\s+breast\s+"
                           r"(?:\d{1,2}[/.-])?(?:19|20)\d\d[ \t]*\(?[\"“][^\"“”\n]*[\"”]?", re.IGNORECASE)


# (review rfinal11) a stated category: the keyword and its number ("Rad-path concordance (BI-RADS vs histology)", "I
# explained the BI-RADS system" state none); its clause, to its line's start or a stop or semicolon before it, is looked
# at for the side it names (_SIDE_NAMED)
_STATED_CATEGORY = re.compile(r"\b(?:bi[ \t-]*rads?|birads)\b[ \t]*(?:category[ \t]*)?[:\-]?[ \t]*[0-6]", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;](?=[ \t]|$)|\n", re.MULTILINE)
_SIDE_NAMED = re.compile(r"\b(?P<side>left|right)\b", re.IGNORECASE)
STATED_CLAUSE_CHARS = 200  # (a stated category's clause is looked at this far either side of it)


@lru_cache(maxsize=4)
def _category_outside_titled_quotes(text: str, side: str) -> bool:
    """The document states a category (:data:`_STATED_CATEGORY`) outside every titled exam's quote
    (:data:`_TITLED_QUOTE`) whose clause names no side but ``side`` ("L" / "R", the titled exam's): the current study's
    ("Current study displayed: ... BI-RADS 3", "Impression: BI-RADS 2"). Without one (review r121: a pre-operative
    assessment's 'Diagnostic imaging: MAMMOGRAM RIGHT BREAST 12/2025 ("BI-RADS 5; ...")' and no other category; review
    rfinal11: nor the other breast's, "Contralateral breast: right breast clear on the same mammogram, BI-RADS 1.", nor
    the keyword with no category, "Rad-path concordance (BI-RADS vs histology): concordant.") the titled quote is the
    document's own index imaging, its category read."""
    quotes = [(q.start(), q.end()) for q in _TITLED_QUOTE.finditer(text)]
    k = 0
    for stated in _STATED_CATEGORY.finditer(text):
        while k < len(quotes) and quotes[k][1] <= stated.start():
            k += 1
        if k < len(quotes) and stated.start() >= quotes[k][0]:
            continue
        lo = max(0, stated.start() - STATED_CLAUSE_CHARS)
        clause_start = max((b.end() for b in _CLAUSE_BREAK.finditer(text, lo, stated.start())), default=lo)
        clause_end = (b.start() if (b := _CLAUSE_BREAK.search(text, stated.end(), stated.end() + STATED_CLAUSE_CHARS))
                      else min(len(text), stated.end() + STATED_CLAUSE_CHARS))
        named = {w.group("side")[0].upper() for w in _SIDE_NAMED.finditer(text, clause_start, clause_end)}
        if not named or side in named:
            return True
    return False


_PRESENT_HEADING_BEFORE = re.compile(r"\b(?:current|today['’]?s?|this[ \t]+(?:admission|visit|episode))\b[^\n:]{0,30}:[ \t]*$",
                                     re.IGNORECASE)


def _dated(text: str, lo: int, start: int) -> bool:
    """A word before the statement dates it ("previously", "in 2019", "was reported as"), unless it
    sits in an aside in parentheses closed before the statement ("unchanged (biopsied in 2021), BI-RADS 2")."""
    for cue in _PRIOR_OR_DATED_EXAM.finditer(text, lo, start):
        if cue.group(0)[:8].lower() == "assessed" and (
                _PRESENT_TENSE.search(text, max(0, cue.start() - 25), cue.start())
                or _own_assessed_as(text, cue)):
            continue  # "is likewise assessed as", "... mass. Assessed as BI-RADS 4C": this report's own assessment
        if cue.group(0).lower() == "previously" and (
                _FINDING_NAMED_BEFORE.search(text, max(0, cue.start() - 5), cue.start())
                or _SIDE_ENTRY_BEFORE.fullmatch(text, text.rfind("\n", 0, cue.start()) + 1, cue.start())
                and _SIDE_ENTRY_TODAY.search(text, cue.end(), start)) \
                and _NAMED_AS_SEEN_BEFORE.match(text, cue.end()):
            continue  # "resolution of the previously described cyst, benign, birads two": names the finding, dates nothing
        if cue.group(0).lower() == "prior" and (_COMPARED_WITH_BEFORE.search(text, max(0, cue.start() - 40), cue.start())
                                                and re.search(r"[,;.]|\band\b", text[cue.end() : start])
                                                or _ABSENT_ON_BEFORE.search(text, max(0, cue.start() - 40), cue.start())
                                                and _CLAUSE_ENDED.search(text, cue.end(), start)):
            # "unchanged from both prior examinations and benign, BI-RADS 2": today's finding compared, today's category;
            # "new, not present on the prior study, BI-RADS 4B", "as there is no prior ultrasound, ..., BI-RADS 3" too
            continue
        if _compared_exam(text, cue):
            continue  # "Stable since previous US 2023, BI-RADS 2": today's finding compared, today's category
        if cue.group(0).lower() == "previously" and _NOT_BEFORE.search(text, max(0, cue.start() - 8), cue.start()):
            continue  # "a mass ..., not previously imaged, ... BI-RADS 3": new, so this exam's own
        if cue.group("dated_exam") and not _dated_exam_reports(text, cue, start):
            continue  # "US left breast 10/2025, reported" dates only the category its report gives straight after
        if cue.group("quoted_year") and not _quoted_in_year_named(text, cue, start):
            continue  # 'compared with mammogram 2024 "benign-appearing calcifications", BI-RADS 2': after the quote
        if "report" in cue.group(0).lower() and _UK_SCORE_AFTER.match(text, cue.end()):
            continue  # "reported as U2 / BI-RADS 2": a clinic letter quoting today's report, its UK score glossed
        if "report" in cue.group(0).lower() and _QUOTE_OPENED_AFTER.match(text, cue.end()):
            continue  # "were reported as follows: "Right breast: Negative (BI-RADS 1) ..."": the quote's own words decide
        if cue.group(0).lower() in ("reported as", "was reported", "were reported") and _TODAYS_EXAM_BEFORE.search(
                text, max(0, cue.start() - TODAY_REACH), cue.start()):
            # "Ultrasound today: ... Reported as probably benign, BI-RADS 3.", "The ultrasound performed today ...;
            # this was reported as suspicious, BI-RADS 4B": today's report quoted
            continue
        if cue.group(0).lower() == "reported as" and (quote := _REPORT_QUOTE_BEFORE.search(
                text, max(0, cue.start() - QUOTE_REACH), cue.start())) is not None and _PRIOR.search(
                text, text.rfind(".", 0, quote.start()) + 1, quote.start("open")) is None:
            # "The radiologist reported: "... Normal axillary nodes. Reported as benign, BI-RADS 2."": the quoted report's
            # own conclusion (its opening sentence names no earlier exam)
            continue
        if cue.group(0).lower() == "reported as" and (quote := _READ_BY_QUOTE_BEFORE.search(
                text, max(0, cue.start() - QUOTE_REACH), cue.start())) is not None and _read_by_quote_is_current(
                text, quote) and _READ_BY_QUOTE_AFTER.search(text, cue.end()) is None:
            continue  # (... and one its reader opens, its line naming no earlier exam: "..., read by Dr K. Obi: "...")
        if (row := _ROW_DATE.match(text, text.rfind("\n", 0, cue.start()) + 1)) is not None and row.end() > cue.start():
            continue  # a table row's first column ("09/02/2026  MRI breasts   R: BI-RADS 1"): the exam's own date
        close = text.find(")", cue.end(), start)
        opened = text.rfind("(", max(0, cue.start() - ASIDE_REACH), cue.start())
        if close < 0 or opened < 0 or text.find(")", opened, cue.start()) >= 0:
            return True
    return _dated_aside(text, start) or _dated_label(text, min(lo, text.rfind("\n", 0, start) + 1), start)


ASIDE_REACH = 200  # characters an aside in parentheses is followed
# a field's label dated to a year or a month and year in parentheses, its colon the last before the statement
# ("Baseline category (03/2025): BI-RADS 3", "6-month visit (09/2025): stable, category 3"): an earlier exam's field,
# also with a remark beside the date and the category later in the line's sentence ("SCREEN MAMMO BILAT (11/2025, THIS
# FACILITY): ..., BIRADS 0", "MAMMO (OUTSIDE, 02/2026): ...": an abstract's list of the exams that led to the diagnosis)
_DATED_LABEL_HEAD = re.compile(r"\([^()\n]{0,60}?(?<![\d/.-])(?:\d{1,2}[/.-])?(?:19|20)\d\d(?![\d/.-])[^()\n]{0,60}\)"
                               r"[ \t]*:$")
# ... its colon the last before the statement: the tail up to it holds no line break nor a full stop before a space
_DATED_LABEL_TAIL_BREAK = re.compile(r"\n|\.(?=\s)")

# the most characters from a _DATED_LABEL_HEAD's "(" to its ")" (its two 60-character runs, the date, the parentheses)
_DATED_LABEL_CHARS = 134


def _dated_label(text: str, lo: int, start: int) -> bool:
    """A _DATED_LABEL_HEAD ends at the last colon in ``text[lo:start]`` and nothing in its tail breaks the sentence
    (_DATED_LABEL_TAIL_BREAK; a line break just before ``start`` ends the slice). Both are worked out once per colon
    (:func:`_colon_label`): the items of a one-line list share their colon, and reading the tail again per item would
    be quadratic in the line."""
    colon = text.rfind(":", lo, start)
    if colon < 0:
        return False
    close = colon
    while close > lo and text[close - 1] in " \t":  # (the padding the label allows before its colon)
        close -= 1
    dated, tail_break = _colon_label(text, max(lo, close - _DATED_LABEL_CHARS), colon)
    return dated and tail_break >= start - 1


@lru_cache(maxsize=32)  # (keyed on the whole text: a few recent colons, never hundreds of long reports held)
def _colon_label(text: str, lo: int, colon: int) -> tuple[bool, int]:
    """Whether a _DATED_LABEL_HEAD found from ``lo`` ends at ``colon``, and the first break of a tail after it
    (_DATED_LABEL_TAIL_BREAK; the text's length when none)."""
    if (head := _DATED_LABEL_HEAD.search(text, lo, colon + 1)) is None or _EDITION_WORDS.search(text, head.start(),
                                                                                                 head.end()):
        return False, len(text)  # (nor an atlas edition's year: "Overall assessment (ACR BI-RADS atlas, 2013 edition):")
    brk = _DATED_LABEL_TAIL_BREAK.search(text, colon + 1)
    return True, brk.start() if brk is not None else len(text)


# review r118: a category's name quoted after an assessment heading ('Report assessment: "Suspicious."') is read only
# under the heading of the form's own item: opening its line ("Assessment:", "Report assessment:", a bullet before it)
# or after a comma that follows the exam's name ('Right diagnostic mammogram 20/06/2026, final assessment: "..."', no
# earlier exam's words, no year alone); not a heading of another discipline ('Cytology assessment: "Benign." (C2)',
# "Genetic risk assessment:"), nor one inside a sentence ('I read her the 2024 result - assessment: "Benign."')
_QUOTED_NAME_LEAD = re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?:report[ \t]+)?"
                               r"|[ \t]*(?:(?:bilateral|left|right|breasts?|diagnostic|screening|targeted)[ \t]+){0,4}"
                               r"(?:mammo(?:gram|graphy)|ultrasound|tomosynthesis|(?-i:US|MRI))\b[^\n,:\"“]{0,40},[ \t]*",
                               re.IGNORECASE)


def _quoted_name_heading(text: str, start: int) -> bool:
    """The assessment heading at ``start``, before a category's name in quotes, is the form's own item's
    (:data:`_QUOTED_NAME_LEAD` from its line's start)."""
    line_start = text.rfind("\n", 0, start) + 1
    if _QUOTED_NAME_LEAD.fullmatch(text, line_start, start) is None or _EARLIER_EXAM_WORDS.search(
            text, line_start, start) is not None:
        return False
    # (review rfinal9: in a log of such lines, 'Left breast ultrasound 12/01/2026, final assessment: "Probably benign."'
    # over '... 14/07/2025, final assessment: "Suspicious."', only the latest-dated line's is today's)
    if (date := _FULL_DATE_AT_STOP.search(text, line_start, start)) is None:
        return True
    return _full_date_order(date) >= _latest_quoted_name_log_date(text)


@lru_cache(maxsize=4)
def _latest_quoted_name_log_date(text: str) -> tuple[int, int, int]:
    """The latest full date on the text's '<exam> <date>, final assessment: "<name>."' lines (found once per text)."""
    return max((_full_date_order(other) for line in _QUOTED_NAME_LOG_LINE.finditer(text)
                if (other := _FULL_DATE_AT_STOP.search(line.group(0))) is not None), default=(0, 0, 0))


_QUOTED_NAME_LOG_LINE = re.compile(r"^[ \t]*(?:(?:bilateral|left|right|breasts?|diagnostic|screening|targeted)[ \t]+){0,4}"
                                   r"(?:mammo(?:gram|graphy)|ultrasound|tomosynthesis|(?-i:US|MRI))\b[^\n,:\"“]{0,40},[ \t]*"
                                   r"(?:(?:final|report)[ \t]+)?assessment[ \t]*:[ \t]*[\"“]", re.IGNORECASE | re.MULTILINE)


def _full_date_order(date: re.Match[str]) -> tuple[int, int, int]:
    """A full date (:data:`_FULL_DATE_AT_STOP`) as (year, month, day), day first unless the month cannot be one."""
    if date.group("y"):
        day, month = int(date.group("d")), int(date.group("m"))
        return (int(date.group("y")), day, month) if month > 12 else (int(date.group("y")), month, day)
    return int(date.group("iy")), int(date.group("im")), int(date.group("id"))


# a quotation's lead-in that names the quoted report or exam by an earlier year ("Brought a copy of the 2023 report
# (Almaty, translated): "bilateral breast ultrasound: fibrocystic changes, BI-RADS 2"", "her 2024 mammogram:
# "..."): the quote is that earlier exam's, whatever its length (R4, radiology b118); only a lead-in of the quote's own
# sentence on its line, ending with the colon straight before the quote mark, and a year earlier than the document's
# review r118: the year-named report or exam is the head of the lead-in, the thing quoted: only its report's word and an
# aside in brackets between it and the colon ("Her 2025 ultrasound (report translated by the clinic):", "Outside
# report, 2024 MRI:"), not an exam that prompted or joins another ("for the December 2025 MRI finding, reported today:",
# "her 2021 MRI-detected left DCIS"); not after a comparison's or a sequence's word ("compared with the 2024
# mammogram:", "since", "after"), nor in a lead-in that names the present ("today's mammogram report:", "this month");
# the document's year is its first full date's (not a date of birth), not a later year it looks ahead to ("Her next
# routine screen would otherwise be due in 2028")
_YEAR_NAMED_REPORT = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)[ \t]+(?:report|mammogram|mri|ultrasound|us|scan)\b"
                                r"(?:[ \t]+(?:report|scan))?(?:[ \t]*\([^()\n]{0,80}\))?[ \t]*:[ \t]*$",
                                re.IGNORECASE)
_LEAD_IN_COLON = re.compile(r":[ \t]*$")
# ... or the quote opens straight after the last or previous exam named with its date and a dash ("last screening
# mammogram 02/2025 - "no evidence of malignancy, BI-RADS 1 both breasts"", an athlete's record of her GP summary): the
# quote is that exam's report where its year is before the document's (not "last mammogram 01/2026 - "..."" in 2026)
_LAST_EXAM_BEFORE_QUOTE = re.compile(r"\b(?:last|previous|prior)[ \t]+(?:(?:screening|diagnostic|annual|routine|breast)"
                                     r"[ \t]+){0,2}(?:mammogram|mammography|ultrasound|mri|scan)[ \t]+"
                                     r"(?:\d{1,2}[/.-]){0,2}(?P<y>(?:19|20)\d\d)[ \t]*[-–—][ \t]*$", re.IGNORECASE)
_COMPARED_BEFORE_YEAR = re.compile(r"\b(?:compared|comparison|versus|vs|since|for|after|following|than)\b"
                                   r"[ \t.]+(?:(?:the|her|his|their|a|an)[ \t]+)?(?:[a-z]+[ \t]+)?$", re.IGNORECASE)
_PRESENT_LEAD = re.compile(r"\b(?:today(?:['’]s)?|this[ \t]+(?:month|week|morning|afternoon)|current(?:ly)?|now)\b",
                           re.IGNORECASE)
_BIRTH_LABEL = re.compile(r"\b(?:dob|d\.o\.b|date[ \t]+of[ \t]+birth|born|birth[ \t]*date)\b[ \t:.]*$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _document_date(text: str, at_stop: bool = False) -> re.Match[str] | None:
    """The document's first full date that is no date of birth (:data:`_FULL_DATE`; with ``at_stop`` also one ending a
    sentence: :data:`_FULL_DATE_AT_STOP`), or None. Found once a text, and only where a rule asks (a quote's lead-in
    naming a year, :func:`_quote_lead_in_dated`; an earlier round's line, an exam named with its year)."""
    for m in (_FULL_DATE_AT_STOP if at_stop else _FULL_DATE).finditer(text):
        if _BIRTH_LABEL.search(text, max(0, m.start() - 20), m.start()) is None:
            return m
    return None


def _document_year(text: str, at_stop: bool = False) -> int:
    """The year of the document's own date (:func:`_document_date`); else its latest year."""
    date = _document_date(text, at_stop)
    return _latest_year(text) if date is None else _full_date_year(date)


def _quote_lead_in_dated(text: str, start: int) -> bool:
    """The statement at ``start`` stands in a quote opened on its line (within :data:`QUOTE_REACH`) after a colon, and
    the quote's lead-in sentence, naming nothing of the present, ends with a report or exam named by a year before the
    document's year (:data:`_YEAR_NAMED_REPORT`, :func:`_document_year`), no comparison's word before it."""
    window = max(text.rfind("\n", 0, start) + 1, start - QUOTE_REACH)
    quote = max(text.rfind('"', window, start), text.rfind("“", window, start))
    if quote < 0:
        return False
    lead_end = quote
    if window > 0 and text[window - 1] == "\n" and not text[window:quote].strip(" \t"):
        # (review r118: the quote opening its line, its lead-in ending the line above: "Her 2024 mammogram (report
        # scanned in):" over '"Left breast: ... BI-RADS 3. ..."')
        lead_end = window - 1
        window = max(text.rfind("\n", 0, lead_end) + 1, lead_end - QUOTE_REACH)
    if lead_end == quote and (last := _LAST_EXAM_BEFORE_QUOTE.search(text, window, quote)) is not None:
        return int(last.group("y")) < _document_year(text)
    if _LEAD_IN_COLON.search(text, window, lead_end) is None:
        return False
    lead = max(window, text.rfind(". ", window, lead_end) + 2)
    if _PRESENT_LEAD.search(text, lead, lead_end) is not None:
        return False
    return any(int(m.group("y")) < _document_year(text)
               and _COMPARED_BEFORE_YEAR.search(text, max(lead, m.start() - 40), m.start()) is None
               and _OWN_UNIT_ASIDE.search(m.group(0)) is None and not _month_near_document(text, m.start())
               for m in _YEAR_NAMED_REPORT.finditer(text, lead, lead_end))


# review rfinal9: a results letter written early in the new year about its own unit's exam of the last weeks ('Date:
# 09/01/2026 ... Her December 2025 ultrasound (performed here on 30/12/2025):'): an aside calling it the unit's own, or
# a month named before the year within three months of the document's own date, keeps the quote the letter's report
_OWN_UNIT_ASIDE = re.compile(r"\b(?:performed|done|carried[ \t]+out)[ \t]+here\b|\b(?:at|in|by)[ \t]+(?:our|this)[ \t]+"
                             r"(?:unit|department|clinic|cent(?:re|er)|hospital|practice|service)\b", re.IGNORECASE)
_MONTH_BEFORE_YEAR = re.compile(r"\b(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                                r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?[ \t]+$", re.IGNORECASE)
LEAD_IN_NEAR_MONTHS = 3  # (how many months before the document's date an exam named by its month is the letter's own)


def _month_near_document(text: str, year_start: int) -> bool:
    """A month named straight before the year at ``year_start`` falls within :data:`LEAD_IN_NEAR_MONTHS` before the
    document's own date (:func:`_document_date`, day first unless the month cannot be one: :func:`_full_date_order`)."""
    if (mon := _MONTH_BEFORE_YEAR.search(text, max(0, year_start - 12), year_start)) is None:
        return False
    if (date := _document_date(text, at_stop=True)) is None:
        return False
    year, month, _ = _full_date_order(date)
    named = int(text[year_start : year_start + 4]) * 12 + MONTH_ABBREVIATIONS.index(mon.group("mon").lower()[:3]) + 1
    return 0 <= year * 12 + month - named <= LEAD_IN_NEAR_MONTHS


def _dated_aside(text: str, start: int) -> bool:
    """The statement sits in an aside in parentheses that dates itself after the statement
    ("(BI-RADS 6 at that time, since surveillance BI-RADS 2)")."""
    opened = text.rfind("(", max(0, start - ASIDE_REACH), start)
    if opened < 0 or text.find(")", opened, start) >= 0:
        return False
    close = text.find(")", start, start + ASIDE_REACH)
    return close >= 0 and _PRIOR.search(text, opened, close) is not None


def _run_on(text: str, raw: str) -> bool:
    """Dictated text: a transcript that starts in lower case with hardly a capital letter (fewer than one
    per 100 characters), even when punctuated; or text transcribed without punctuation ("... impression
    ... birads four a ..."): a line of
    over 200 characters with fewer clause marks than one per ``RUN_ON_CHARS`` (a decimal point or the
    punctuation of a signature line below it is no clause mark); or such a paragraph wrapped into
    lines, written in lower case (a form's paragraph of short capitalised fields is no dictation). ``raw`` is the
    report as written, before its views (:func:`_translated_side_clock_heading`)."""
    if len(text) <= 200:
        return False
    if text.lstrip()[:1].islower() and len(_UPPER.findall(text)) * 100 < len(text):
        return True  # a transcript: it starts in lower case and has hardly a capital letter
    # (a line's length counts its words, not the blanks a view left for the options of a tick-box line it blanked:
    # "5. CLEARANCE DECISION   [X] Deferred ...   " padded out to the width of the options left out)
    longest = max(text.splitlines(), key=len).strip()
    if "  " in longest:  # (only then can another line's words be the longer)
        longest = max((" ".join(line.split()) for line in text.splitlines()), key=len)
    if len(longest) > 200 and (len(_CLAUSE_MARK.findall(longest)) * RUN_ON_CHARS < len(longest)
                               # (a transcript under a typed header line: "Dictated report - <clinic>" over it)
                               # (not a translation's field written in lower case: "left: In the direction of ...",
                               # "left breast, 2 h: irregular ...")
                               or longest.lstrip()[:1].islower() and not _LINE_HEADING.match(longest)
                               and not _translated_side_clock_heading(longest, raw)
                               and len(_UPPER.findall(longest)) * 100 < len(longest) and not _typed_sentences(longest)):
        return True
    if "\n" not in text.strip():
        return False
    paragraph = max(re.split(r"\n[ \t]*\n", text), key=len)
    # (a typed header in capitals over it with no blank line between, "EXAM: SCREENING MAMMOGRAM ...": from its first
    # line that starts in lower case)
    paragraph = paragraph[m.start():] if (m := _LOWER_LINE.search(paragraph)) else paragraph
    return (len(paragraph) > 200 and len(_UPPER.findall(paragraph)) * 100 < len(paragraph)
            and len(_CLAUSE_MARK.findall(paragraph)) * RUN_ON_CHARS < len(paragraph))


_UPPER = re.compile(r"[A-Z]")
# a translation's side heading with the finding's clock position, its side word written in English by the view ("Sein
# gauche, 2 h: irregular mass ..." read "left breast, 2 h: ..."): a typed field, no transcript written in lower case
_SIDE_CLOCK_HEADING = re.compile(r"[ \t]*(?:left|right)(?:[ \t]+breast)?[ \t]*,[ \t]*\d{1,2}"
                                 r"(?:[ \t]*h|[ \t]*o['’]?[ \t]?clock|:\d\d)?[ \t]*:", re.IGNORECASE)
# (the same heading as written, opening a line of the report: its side word typed in English, no translation's)
_SIDE_CLOCK_HEADING_LINE = re.compile(r"^" + _SIDE_CLOCK_HEADING.pattern, re.IGNORECASE | re.MULTILINE)


def _translated_side_clock_heading(line: str, raw: str) -> bool:
    """``line`` (of the report's view) opens with a side heading and the finding's clock position ("left breast, 2 h:")
    whose side word the translated view wrote in English: no line of the report as written (``raw``) opens with such an
    English heading (review r123: "right breast, 10 o'clock: there is an oval hypoechoic mass ..." under "Dictated
    report - <clinic>" is an English transcript, dictation as before)."""
    return _SIDE_CLOCK_HEADING.match(line) is not None and _SIDE_CLOCK_HEADING_LINE.search(raw) is None


_LOWER_LINE = re.compile(r"^[ \t]*[a-z]", re.MULTILINE)
SPOKEN_MARKS = 3
# the first letter of each sentence after a line's first ("... tecido denso. Sem nódulos. [Dense tissue. No nodules.]")
_SENTENCE_START = re.compile(r"[.!?][ \t]+[\[(]?([^\W\d_])")


def _typed_sentences(line: str) -> bool:
    """A line whose sentences after its first (two or more) all start with a capital letter is typed, whatever its
    first letter: a translation's view writes the side word opening it in lower case ("left breast [left breast], ...")."""
    starts = _SENTENCE_START.findall(line)
    return len(starts) >= 2 and all(c.isupper() for c in starts)


def _spoken_punctuation(low: str) -> bool:
    """Dictation that says its punctuation, "colon" included ("history colon ... findings colon ...
    birads for c period")."""
    return low.count(" colon") + low.count(" period") + low.count(" comma") >= SPOKEN_MARKS


# a practice letter's first paragraph thanks the referrer and tells the story: history to its blank line
_REFERRAL_THANKS = re.compile(r"^[ \t]*thank\s+you\s+for\s+(?:referring|the\s+referral|your\s+referral)\b",
                              re.IGNORECASE | re.MULTILINE)


# (a key ends with its paragraph, or at a rule line under it: a record's field rows follow with no blank line)
_PARAGRAPH_END = re.compile(r"\n[ \t]*(?:\n|[-=_]{5,}[ \t]*$)", re.MULTILINE)


def _paragraph_end(text: str, pos: int) -> int:
    blank = _PARAGRAPH_END.search(text, pos)
    return blank.start() if blank else len(text)


_QUOTE_CLOSE = re.compile(r'["”]')
_QUOTE_OPEN_AFTER = re.compile(r'[ \t]*["“]')


LINE_ABOVE_CHARS = 200  # (how far back the last written character before a line is looked for)


def _last_char_above(text: str, pos: int) -> str:
    """The last character written before the line at ``pos``, its blanks and line breaks stepped over, within
    ``LINE_ABOVE_CHARS`` ("" where there is none): whether the line above ended its sentence ("."), or led into the line
    (":", ",")."""
    return text[max(0, pos - LINE_ABOVE_CHARS) : pos].rstrip()[-1:]


def _runs_on(text: str, lo: int, pos: int) -> bool:
    """The text from ``lo`` to ``pos`` is blank (a heading's content still to come) or ends mid-sentence (no full stop,
    colon, semicolon or closing quote at its end)."""
    last = text[lo:pos].rstrip()[-1:]
    return not last or last not in '.:;!?"”'


def _todays_final(text: str, start: int) -> bool:
    """The final assessment line at ``start`` stands under no heading (the nearest line above it that ends in a colon
    or holds none and ends in no stop) that names an outside or earlier exam, nor one modality after another one."""
    end = text.rfind("\n", 0, start)
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        end = line_start - 1
        if not any(c.isalpha() for c in line) or (":" in line and not line.endswith(":")) or line[-1] in ".;,!?":
            continue  # (a rule, a blank, a labelled item or a sentence of the findings)
        if _EARLIER_EXAM_HEADING.search(line):
            return False
        kinds = {k for m in _MODALITY_KIND.finditer(line) for k, v in m.groupdict().items() if v}
        before = {k for m in _MODALITY_KIND.finditer(text, 0, line_start) for k, v in m.groupdict().items() if v}
        return len(kinds) != 1 or not before - kinds
    return True


def _quoted(text: str, lo: int, pos: int) -> bool:
    """``pos`` sits inside a quotation opened since ``lo`` (an odd number of quote marks between)."""
    between = text[lo:pos]
    return (between.count('"') + between.count("“") + between.count("”")) % 2 == 1


# a terse note's history heading with its words on its line heads that line only (and the lines its sentence wraps
# onto): the note's findings and category follow on the next lines, unheaded ("Hx:" alone on its line heads the lines
# below it like "History:"). "Hx: ..." always does so; "Prev: MRI NME L UOQ." / "Known: R IDC 1:00, BI-RADS 5 at
# diagnosis." only where no heading below it opens today's part: its account of the prior exam goes on over the next
# lines to a "Today:" / "Findings:" / "Impression:" heading ("Prev: US 01/2025.\nLeft 2:00 mass 8 mm, BI-RADS 4A; ...
# \nToday: ... BI-RADS 2.")
_TERSE_HISTORY_HEADING = re.compile(r"[ \t]*(?:(?P<hx>hx\b)|(?:known|prev|previous|prior)[ \t]*:)", re.IGNORECASE)
# a word that says a line is of today's exam, ending a "Prior: ..." account that no heading ends ("Mass stable today";
# "No imaging performed today"; "Current: ..."; "This study: ...")
_TODAY_MARKER = re.compile(r"\b(?:today|current(?:ly)?|now|this[ \t]+(?:study|exam(?:ination)?)|findings|impression)\b",
                           re.IGNORECASE)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a terse note's line opening with today's exam named with its side(s) and its purpose, in a sentence of its own
# ("Bilat US for extent.", "L US for staging.", "US bilat for extent."): today's part starts there, like a "Today:"
# line; not an exam dated, placed earlier or told with its findings in the same sentence ("US for extent 01/2026: ...",
# "Outside MRI for staging.", "MRI for extent showed a 30 mm mass."), nor one named without its side (review r123: "US
# for assessment. R 9:00 cyst, BI-RADS 2 R." is the earlier exam's own work-up, told in its account)
_PURPOSE_SIDE = r"(?:bilat(?:eral)?|b/l|(?-i:[LR])|lt|rt|left|right)"
_PURPOSE_MODALITY = r"(?:US|MRI|DBT|MG|mammo(?:gram|graphy)?|ultrasound|tomo(?:synthesis)?)"
_EXAM_PURPOSE_LINE = re.compile(r"^[ \t]*(?:" + _PURPOSE_SIDE + r"\.?[ \t]+" + _PURPOSE_MODALITY + r"(?:[ \t]+"
                                + _PURPOSE_SIDE + r")?|" + _PURPOSE_MODALITY + r"[ \t]+" + _PURPOSE_SIDE + r")"
                                r"[ \t]+for[ \t]+"
                                r"(?:extent|staging|restaging|eval(?:uation)?|assessment|work-?up|characteri[sz]ation"
                                r"|correlation|response(?:[ \t]+assessment)?)[ \t]*\.", re.IGNORECASE | re.MULTILINE)
# (review rfinal12: a line below the exam-purpose line that opens with an exam, its side before it or not, "R US
# post-NACT, current size 9 mm", "R US 05/2026: 9 mm", "Bilat MRI.": the account goes on to tell another exam there, so
# the purpose line is an earlier exam's, "Bilat MRI for extent." of the staging)
_EXAM_LINE = re.compile(r"^[ \t]*(?:" + _PURPOSE_SIDE + r"\.?[ \t]+)?" + _PURPOSE_MODALITY + r"\b",
                        re.IGNORECASE | re.MULTILINE)


def _prior_account_end(text: str, start: int, own_end: int, end: int) -> int:
    """Where a dated "Prior: / Previous: / Prev: / Known:" account (its line from ``start`` names a year) no heading ends
    stops: at the first line from ``own_end`` on that holds a today marker (:data:`_TODAY_MARKER`), else at ``end`` (the
    unheaded lines below go on telling the prior exam: "Prior: Mammogram 02/2024.\nThat study showed a left mass,
    BI-RADS 4A.\nMass stable today."). With no today marker, a line naming today's exam with its side(s) and purpose
    (:data:`_EXAM_PURPOSE_LINE`, "Bilat US for extent.") ends it there, unless a line below opens with an exam
    (:data:`_EXAM_LINE`). An undated terse note ("Prev: MRI NME L UOQ.") heads its own line only."""
    if _YEAR.search(text, start, own_end) is None:
        return own_end
    marker = _TODAY_MARKER.search(text, own_end, end)
    if marker is not None:
        # (review r123, rfinal12: a today marker below, whatever its line opens with, "Today R MG ...", "R US post-NACT,
        # current size 9 mm": today's exam is told from its line, and an exam-purpose line above it is the earlier exam's)
        return text.rfind("\n", own_end, marker.start()) + 1
    purpose = _EXAM_PURPOSE_LINE.search(text, own_end, end)
    if purpose is None or _EXAM_LINE.search(text, purpose.end(), end) is not None:
        return end  # (no purpose line, or one with another exam's line below it: the account runs on)
    return purpose.start()


# a clinic note's line that heads the quoted report of a breast imaging exam: the exam's name opening the line (also a
# translated heading's English gloss, "MEME ULTRASONOGRAFİSİ [Breast ultrasonography] (Radyoloji [Radiology], 09.02.2026,
# both breasts):"), perhaps its date and source after it, one colon ending it and the quotation opening after it ("Breast
# ultrasound bilateral, 20/03/2026 (report on system):\n"... BI-RADS 1.""); not a sentence that names someone's exam
# ("Sister's mammogram was MAMMO BILATERAL: "...")
_QUOTED_EXAM_LINE = re.compile(
    r"^[ \t]*(?:[^\W\d_][^\[\]\n:\"“]{0,40}?\[[ \t]*)?"  # (the original words before the gloss's bracket)
    r"(?:(?:bilateral|both|breasts?|left|right|diagnostic|targeted|repeat|follow-up|limited|focused)\s+){0,3}"
    r"(?:ultrasound|ultrasonograph(?:y|ic)|sonograph(?:y|ic)|mammo(?:gram|graphy)|tomosynthesis|(?-i:US|MRI))\b"
    # the name followed by its date, its source's aside, its side or the breasts only, not by other words that make it
    # another exam or a sentence ("MRI pelvis, ...:", "US-guided core biopsy, ...:", "Mammogram of her mother, ...:",
    # "Ultrasound was done by her GP on ... and reads:", "Breast ultrasound two years ago, reported as:")
    r"(?=[ \t]*[,(\[\]:\d]|[ \t]+[-–]|[ \t]+(?:bilateral|both|left|right|breasts?|of[ \t]+(?:the[ \t]+|both[ \t]+)?breasts?"
    r"|(?-i:US))\b)"
    r"[^\n:\"“]{0,200}:[ \t]*\n?[ \t]*[\"“]", re.IGNORECASE | re.MULTILINE)
# ... unless the line names an earlier exam ("Previous ultrasound (outside report):", "Antenatal US, reported as:",
# "Mammogram 18 months ago, ...:", "Mammogram, ... (at diagnosis):"), another centre's ("Ultrasound, private clinic,
# ...:", "(Hospital de origen [referring hospital], ...)"), a relative's, or dates it to a year or a month and year only
# ("Breast ultrasound 2024:", "Breast ultrasound, 03/25 (report on file):"; R4), not to a full date
_EARLIER_EXAM_WORDS = re.compile(r"\b(?:previous|prior|earlier|outside|external|old|last|initial|first|baseline|antenatal"
                                 r"|pre-?(?:operative|treatment|natal)|ago|at[ \t]+(?:diagnosis|presentation)"
                                 r"|private|referring|another|elsewhere|GP|mother|sister|aunt|daughter|cousin|grandmother"
                                 r"|(?<![\d/.-])(?:\d{1,2}[/.-])?(?:19|20)\d\d(?![\d/.-])|(?<![\d/.-])\d{1,2}[/.-]\d\d(?![\d/.-]))\b",
                                 re.IGNORECASE)
# a history heading whose lines list the earlier exams compared ("Comparison: outside studies as below.", "Indication:
# follow-up of ...", "Previous imaging: ..."): an exam line under it is one of them, not today's exam
_PRIORS_LISTED = re.compile(r"comparison|indication|previous|prior|earlier|imaging", re.IGNORECASE)
# a radiology report's own findings heading opening its line: the exam lines above it list the earlier exams it compares
# (a clinic note's "Assessment:" / "Plan:" or a quoted report's "Conclusion:" says nothing of the kind)
_FINDINGS_HEADING_LINE = re.compile(r"^[ \t]*findings\b[^\n:]{0,30}:", re.IGNORECASE | re.MULTILINE)


# an earlier exam named in the original words a translation left untranslated ("Ecografía anterior [Ultrasound]",
# "(anterior, 12/03/2025)", "(Voraufnahme, ...)", "(antérieure, ...)", "önceki"), or the exam that found the disease
# ("(index lesion)", "(presentation)", "(staging)", "(pre-biopsy)")
_EARLIER_EXAM_WORDS_UNTRANSLATED = re.compile(r"\b(?:anterior|previ[ao]s?|ant[ée]rieur(?:e|s|es)?|vor\w*|fr[üu]her\w*"
                                              r"|[öo]nceki|eski|index|presentation|staging|pre-?biopsy)\b", re.IGNORECASE)
# a full date (day, month, year; or ISO year-month-day)
_FULL_DATE_WORDS = (r"(?<![\d/.-])(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)"
                    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>\d{1,2})-(?P<id>\d{1,2}))")
_FULL_DATE = re.compile(_FULL_DATE_WORDS + r"(?![\d/.-])")
# (also one ending a sentence: "mammography, 14/01/2026. Benign ...")
_FULL_DATE_AT_STOP = re.compile(_FULL_DATE_WORDS + r"(?![\d/-]|\.\d)")
# a history that announces the earlier results listed under it ("left lump, previous imaging below", "earlier results
# as follows", "(see below)", "surveillance, prior results:")
_HISTORY_ANNOUNCES_PRIORS = re.compile(r"\b(?:below|as\s+follows|following|enclosed|attached)\b|:[ \t]*$"
                                       r"|\b(?:previous|prior|earlier|outside|external|old)\s+(?:imaging|results?|reports?"
                                       r"|studies|exams?|examinations?|films|scans?)\b", re.IGNORECASE)
# the note's own reading after the quoted exam ("Ultrasound today: ... BI-RADS 1.", "Impression: ...", "Conclusion: ..."):
# the quoted exam is then an earlier one
_NOTES_OWN_READING = re.compile(r"\btoday\b|\bbi-?rads\b|\bbirads\b|^[ \t]*(?:impression|conclusion|opinion|findings"
                                r"|results?|report)\b", re.IGNORECASE | re.MULTILINE)
_QUOTE_MARK = re.compile(r"[\"”]")
RECENT_EXAM_DAYS = 92  # the most days a quoted exam may lie before the note's date to be the exam the note is about


def _date_days(m: re.Match[str]) -> int | None:
    """Days of a _FULL_DATE match on a simple calendar (only differences of a few months matter); None if invalid."""
    y, mo, d = (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("iy"), m.group("im"), m.group("id"))
    y, mo, d = int(y), int(mo), int(d)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return y * 372 + (mo - 1) * 31 + d - 1


# r98c: the note's date is read only where the note labels it (a "Date:" / "Clinic date:" / "Letter date:" / "Visit
# date:" / "Date of letter:" field, also a translation's "Tarih [Date]:" and German "Datum:") or from its title line
# (its first line: "Breast clinic note, 02/04/2026"); an appointment's, a referral's, a dictation's or a last visit's
# date is not the note's (a translation's view blanks the gloss: "Tarih       : 12.02.2026")
_NOTE_DATE_LABEL = re.compile(r"(?:^|(?<=[ \t]))(?:(?:clinic|letter|visit|note)[ \t]+)?(?:date(?:[ \t]+of[ \t]+"
                              r"(?:letter|visit|clinic|note))?|datum|data|tarih|fecha|[^\W\d_]+[ \t]*\[date\])[ \t]*:[ \t]*",
                              re.IGNORECASE | re.MULTILINE)
# a date written month first (its second field over 12: "08/23/1961", "04/20/2026"): the text's dates may then be US
# ones, and none of them is read as day/month
_US_DATE = re.compile(r"(?<![\d/.-])(?:0?[1-9]|1[0-2])[/.-](?:1[3-9]|2\d|3[01])(?:[/.-]\d{2,4})?(?![\d/.-])")
# any date the history names in another form than a full date: a two-digit year's ("28/03/26"), a day and month's
# ("25/03"), a month's name ("in January", "28 March", "the 28th of March", "Mar 28"); each must lie before the exam
# (:func:`_history_dates_before`), a day and month or a month alone read in the exam's year
_SHORT_DATE = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d\d))?(?![\d/.-])")
_MONTH_NAME = re.compile(r"(?:\b(?P<d1>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?)?"
                         r"\b(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                         r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?![\w'’])"
                         r"(?:[ \t]+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b)?", re.IGNORECASE)
# an event the history times relative to now or to the disease ("last week", "since diagnosis", "yesterday",
# "recently", "2 days ago"): it may lie after the quoted exam
_RELATIVE_TIME = re.compile(r"\b(?:since|last[ \t]+(?:week|month|night|visit)|yesterday|recent(?:ly)?|ago|this[ \t]+"
                            r"(?:week|month)|today|tomorrow|subsequently|afterwards?|later)\b", re.IGNORECASE)
# a later reading after the quoted report: a UK score ("simple cyst, U2"), or a line opening with another exam
# ("Ultrasound 27/03/2026 showed a simple cyst.")
_LATER_READING_AFTER = re.compile(r"(?<![\w.])(?-i:[UMR][1-5])(?![\w.])|^[ \t]*(?:[^\W\d_]+[ \t]+){0,2}(?:ultrasound"
                                  r"|ultrasonograph\w*|sonograph\w*|mammo\w*|tomosynthesis|(?-i:US|MRI)|scan|biopsy|core)\b",
                                  re.IGNORECASE | re.MULTILINE)


def _history_dates_before(history: str, exam: re.Match[str]) -> bool:
    """Every short date and month name of the history (its full dates blanked) lies before the exam's full date
    (:data:`_SHORT_DATE`, :data:`_MONTH_NAME`; "in January" before a March exam, "25/03" not before a 20/03 one);
    a decimal ("1.5 cm") is no date."""
    year = int(exam.group("y") or exam.group("iy"))
    month = int(exam.group("m") or exam.group("im"))
    day = int(exam.group("d") or exam.group("id"))
    for m in _SHORT_DATE.finditer(history):
        if m.group("sep") == "." and not m.group("y"):
            continue  # a decimal
        d, mo = int(m.group("d")), int(m.group("m"))
        y = 2000 + int(m.group("y")) if m.group("y") else year
        if not 1 <= mo <= 12 or (y, mo, d) >= (year, month, day):
            return False
    for m in _MONTH_NAME.finditer(history):
        mo = MONTH_ABBREVIATIONS.index(m.group("mon")[:3].casefold()) + 1
        d = m.group("d1") or m.group("d2")
        if (mo, int(d) if d else 32) >= (month, day):
            return False
    return True


def _note_date(text: str, heading: int) -> int | None:
    """The note's date: the labelled dates above the history (:data:`_NOTE_DATE_LABEL`) and the title line's date, all
    one day; None when there is none, or they differ, or a date above the history is neither."""
    title_end = text.find("\n")
    title_end = heading if title_end < 0 or title_end > heading else title_end
    first_colon = text.find(":")
    found: set[int | None] = set()
    for m in _FULL_DATE.finditer(text, 0, heading):
        label = (m.start() < title_end and (first_colon < 0 or first_colon >= m.start())) or any(
            lab.end() == m.start() for lab in _NOTE_DATE_LABEL.finditer(text, max(0, m.start() - 40), m.start()))
        if not label:
            return None  # (a date of birth, a referral's, an appointment's: the note's own date is not told apart)
        found.add(_date_days(m))
    return found.pop() if len(found) == 1 else None


def _recent_exam(text: str, note: int | None, heading: int, history_end: int, exam: re.Match[str]) -> bool:
    """The quoted exam line is the exam the note is about, as a clinic note quoting today's exam writes it (the note
    dated before its history, the exam dated in full a few weeks before, "Date: 02/04/2026 ... Breast ultrasound
    bilateral, 20/03/2026 (report on system):"): the note's date is its labelled or title date (:func:`_note_date`), no
    date of the text reads month first (:data:`_US_DATE`), the exam line names one date only, at most RECENT_EXAM_DAYS
    before the note's date and after every year and date of any form the history names (:func:`_history_dates_before`),
    and the history names no relative time (:data:`_RELATIVE_TIME`: "last week", "since diagnosis"); it is the
    last quoted exam of the note, and the note gives no reading of its own after it (today, a category, a UK score,
    an impression, another exam's line); the history announces no earlier results under it. Anything else leaves the
    exam line in the history. The caller has checked that no date of the text reads month first and read ``note``,
    the note's date (:func:`_note_date`)."""
    line_end = text.index(":", exam.start())
    dates = list(_FULL_DATE.finditer(text, exam.start(), line_end))
    if len(dates) != 1 or any(d.group("sep") != "." or d.group("y") for d in _SHORT_DATE.finditer(
            _FULL_DATE.sub(" ", text[exam.start():line_end]))):
        return False
    dated = dates[0]
    when = _date_days(dated)
    if note is None or when is None or not 0 <= note - when <= RECENT_EXAM_DAYS:
        return False
    history = text[heading:history_end]
    if _HISTORY_ANNOUNCES_PRIORS.search(history.rstrip()):
        return False
    if any(d is None or d >= when for d in map(_date_days, _FULL_DATE.finditer(history))):
        return False
    undated = _FULL_DATE.sub(" ", history)
    if any(int(y.group(0)) >= int(dated.group("y") or dated.group("iy")) for y in YEAR.finditer(undated)):
        return False
    if _RELATIVE_TIME.search(undated) or not _history_dates_before(undated, dated):
        return False
    close = _QUOTE_MARK.search(text, exam.end())  # (the quoted report's closing mark)
    after = close.end() if close else exam.end()
    return (_QUOTED_EXAM_LINE.search(text, after) is None and _NOTES_OWN_READING.search(text, after) is None
            and _LATER_READING_AFTER.search(text, after) is None)


def _quoted_exam_line(text: str, heading: int, lo: int, hi: int) -> int | None:
    """Where the first line between ``lo`` and ``hi`` heading a quoted report of today's breast imaging exam starts
    (:data:`_QUOTED_EXAM_LINE`, not an earlier exam's: :data:`_EARLIER_EXAM_WORDS`, also untranslated, and the recent
    exam the note is about: :func:`_recent_exam`), after a line that has ended its sentence (a history's line running
    on into it, "... she brought her outside\nultrasound report, which reads:", goes on with that history); None when
    there is none. The caller has checked that no date of the text reads month first (:data:`_US_DATE`: then no exam line
    is the recent exam, :func:`_recent_exam`), once per text."""
    note: int | None | bool = False  # (the note's date, read once at the first candidate that needs it)
    for m in _QUOTED_EXAM_LINE.finditer(text, lo, hi):
        last = m.start() - 2  # (the line above's last character, past its trailing blanks)
        while last > 0 and text[last] in " \t":
            last -= 1
        colon = text.index(":", m.start())
        quote_closed = last > 0 and text[last] in "\"”" and text[last - 1] in ".!?"  # (an earlier exam's quote ended)
        ended = quote_closed or not (last >= 0 and _LINE_RUNS_ON.match(text, last))
        if ended and _EARLIER_EXAM_WORDS.search(text, m.start(), colon) is None and _EARLIER_EXAM_WORDS_UNTRANSLATED.search(
                text, m.start(), colon) is None:
            if note is False:
                note = _note_date(text, heading)
            if _recent_exam(text, note, heading, m.start(), m):
                return m.start()
    return None


# a pathology (histology / cytology) request form, titled so on its first line ("HISTOPATHOLOGY REQUEST FORM", "BREAST
# PATHOLOGY REQUISITION", "PATHOLOGY REQUEST - MULTIPLE SPECIMENS (BREAST)"), quotes the imaging the biopsy is taken for
# under its clinical heading: a line opening with a breast imaging exam's name and its full date, a colon after it
# ("Diagnostic mammogram + bilateral US 04/28/2026:", "US R 8 o'clock 18/06/2026: 10 mm ... BI-RADS 3"), heads that
# exam's findings and categories and ends the history above it (radiology b118); not a line naming an earlier exam
# (_EARLIER_EXAM_WORDS: "Previous US 11/2025:", "Outside mammogram 02/05/2026:"), a month and year only, or a date of
# an earlier year than the form's latest
# review r118: the title is the form's name, "request" / "requisition" then "form", a dash or a bracket, or the line's
# end; not a pathology report's header printing its "Request No:" ("HISTOPATHOLOGY REPORT   Request No: 26H-08812"),
# nor a first line that says "report"
_REQUEST_FORM_TITLE = re.compile(r"\A[ \t]*[^\n]{0,40}?\b(?:(?:histo|cyto)?patholog(?:y|ical)|histology|cytology)\b"
                                 r"[^\n]{0,30}?\b(?:request|requisition)(?:[ \t]+form\b|[ \t]*(?:[-–(]|$))",
                                 re.IGNORECASE | re.MULTILINE)
_REPORT_WORD = re.compile(r"\breport\b", re.IGNORECASE)
# review r118: between the exam's name and its date only other breast imaging exams' names, their sides, a clock
# position or the breasts ("Bilateral diagnostic mammograms and US 25/06/2026:", "US R 8 o'clock 18/06/2026:", "MRI
# breasts 05/06/2026:"); not another part's exam ("US neck 09/05/2026:", "CT 28/03/2026:")
_REQUEST_FORM_EXAM_WORD = (r"(?:mammo(?:grams?|graphy)|ultrasound|tomosynthesis|(?-i:US|MRI)|bilateral|both|left|right"
                           r"|(?-i:[LR])|lt|rt|breasts?|diagnostic|screening|targeted|and|\+|&|/"
                           r"|\d{1,2}(?::\d\d)?(?:[ \t]*o['’]?[ \t]?clock)?)")
_REQUEST_FORM_EXAM_LINE = re.compile(
    r"^[ \t]*(?:(?:bilateral|diagnostic|screening|targeted|breast)[ \t]+){0,3}"
    r"(?:mammo(?:grams?|graphy)|ultrasound|(?-i:US|MRI))\b(?:,?[ \t]+" + _REQUEST_FORM_EXAM_WORD + r"(?=,?[ \t])){0,6}?,?[ \t]+"
    r"(?P<date>(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d-\d{1,2}-\d{1,2}))(?![\d/.-])[ \t]*:",
    re.IGNORECASE | re.MULTILINE)
# review r118: ... and the form names the breast specimen the imaging was taken for, on a line of its own headed by the
# specimen, the procedure, the material or a lettered part: a biopsy under imaging or by needle ("US-guided core",
# "stereotactic", "MRI-guided", "vacuum", "core biopsy", "FNA") of a breast site (the breast, a clock position, a
# quadrant). A thyroid FNA's, a pleural fluid's or an axillary node's form ("Specimen: FNA left axilla") quotes a breast
# exam only as history
_REQUEST_FORM_SPECIMEN_LINE = re.compile(r"^[ \t]*(?:specimens?|procedure|material|sample|part[ \t]+[a-z0-9])\b"
                                         r"[^\n:]{0,30}:(?P<body>[^\n]*)", re.IGNORECASE | re.MULTILINE)
_GUIDED_SAMPLING = re.compile(r"\b(?:(?:us|ultrasound|mri|stereotactic(?:ally)?|tomosynthesis)[ \t-]*guided|stereotactic"
                              r"|vacuum|vab|core|cores|fna|fine[ \t]+needle|(?:us|ultrasound)[ \t]+core)\b", re.IGNORECASE)
_BREAST_SITE = re.compile(r"\bbreasts?\b|\b\d{1,2}(?::\d\d)?[ \t]*o['’]?[ \t]?clock\b|\b\d{1,2}:\d\d\b"
                          r"|\b(?:[UL][OI]Q|(?:upper|lower)[ \t]+(?:outer|inner)|retro-?areolar|sub-?areolar)\b",
                          re.IGNORECASE)


@lru_cache(maxsize=8)
def _request_form(text: str) -> tuple[int, bool] | None:
    """A pathology request form's latest year and whether it names its breast specimen (a line of
    :data:`_REQUEST_FORM_SPECIMEN_LINE` naming a biopsy under imaging or by needle and a breast site); None when the
    text is no request form (:data:`_REQUEST_FORM_TITLE`, no "report" on its first line). Found once a text: the
    history's headings each ask."""
    if _REQUEST_FORM_TITLE.match(text) is None or _REPORT_WORD.search(
            text, 0, len(text) if (nl := text.find("\n")) < 0 else nl):
        return None
    specimen = any(_GUIDED_SAMPLING.search(m.group("body")) and _BREAST_SITE.search(m.group("body"))
                   for m in _REQUEST_FORM_SPECIMEN_LINE.finditer(text))
    return _latest_year(text), specimen


def _request_form_exam_line(text: str, lo: int, hi: int) -> int | None:
    """Where the first line between ``lo`` and ``hi`` of a pathology request form (:func:`_request_form`) heads the
    imaging its biopsy is taken for (:data:`_REQUEST_FORM_EXAM_LINE`, no earlier exam's words before the date, the date
    of the form's latest year; the form naming its breast specimen); None when there is none."""
    if (form := _request_form(text)) is None:
        return None
    latest, specimen = form
    for m in _REQUEST_FORM_EXAM_LINE.finditer(text, lo, hi):
        year = int(_YEAR.search(m.group("date")).group(0))
        if _EARLIER_EXAM_WORDS.search(text, m.start(), m.start("date")) is None and year == latest:
            return m.start() if specimen else None
    return None


def _last_findings_heading(text: str, low: str) -> int:
    """Where the text's last findings heading line starts (:data:`_FINDINGS_HEADING_LINE`); -1 when there is none."""
    return max((h.start() for h in _FINDINGS_HEADING_LINE.finditer(text)), default=-1) if "findings" in low else -1


# a RIS printout of a patient's exams marks today's exam in a section of its own ("CURRENT EXAM (this order)") and lists
# the others in another ("PRIOR EXAMS ON FILE (for reference; earlier results)"), each heading alone on its line: the
# earlier exams' section is history over its rows, indented under it ("  03/2025  US BREAST LT LTD  FINAL  BI-RADS 3"),
# to the first line back at the margin (the report's own "Findings:", "IMPRESSION", "ADDENDUM", a ruled line) or the
# first blank line not followed by another such row. Both headings are needed (today's exam named by the printout
# itself, not guessed from the rows' order): a "Prior exams" line with no current exam marked is left to the other rules.
# The current exam's heading counts only at the margin (one indented among the rows is a copied earlier report's), not
# dated to another visit ("Current exam (from that visit):") and not the first words of a history / comparison
# section ("HISTORY:" over "Current exam" over "for follow-up of ...")
_CURRENT_EXAM_SECTION = re.compile(
    r"^(?:current|today'?s|this|present)[ \t]+(?:exam|examination|study)(?:[ \t]*\((?P<paren>[^()\n]{1,90})\))?"
    # (the printout may add the exam's date or its code after a dash or colon: "CURRENT EXAMINATION - 04/02/2026",
    # "Current exam: US BREAST LEFT LIMITED 04/02/2026", the code in capitals)
    r"(?:[ \t]*[-–:][ \t]*(?-i:[A-Z0-9][A-Z0-9 /.,-]{0,60}))?[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
# (review r100c: a month or a year, "outside" or a visit in the parenthesis dates it to another exam too: "Current exam
# (03/2025)", "Current exam (2025 visit)", "Current exam (outside images, 03/2026)"; not "this visit", nor the day's
# full date a printout gives its current exam, "Current exam (04/02/2026, US BREAST LEFT LIMITED, accession 55512)")
_OTHER_VISIT = re.compile(r"\b(?:that|previous|prior|earlier|last|old|outside)\b|\bfrom\b"
                          r"|(?<![/.\d])(?:\d{1,2}[/.])?(?:19|20)\d{2}\b(?![/.-]\d)|\b(?:19|20)\d{2}-\d{2}\b(?!-\d)"
                          r"|(?<!this[ \t])(?<!today's[ \t])(?<!current[ \t])\bvisits?\b", re.IGNORECASE)
_HISTORY_HEADING_ALONE = re.compile(r"[ \t]*(?:clinical[ \t]+)?(?:history|comparisons?|indications?)[ \t]*:?[ \t]*$",
                                    re.IGNORECASE)
_PRIOR_EXAMS_SECTION = re.compile(r"^[ \t]*(?:prior|previous|earlier)[ \t]+(?:exams|examinations|studies)(?:[ \t]+on[ \t]+file)?"
                                  r"(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)
PRIOR_EXAMS_WORDS = ("prior exam", "previous exam", "earlier exam", "prior stud", "previous stud", "earlier stud")
# (an indented exam row of the printout after a blank line goes on with the section: a date, then the exam's code)
_INDENTED_EXAM_ROW = re.compile(r"\n(?:[ \t]*\n)*[ \t]+(?P<date>(?:\d{1,2}[/.])?(?:\d{1,2}[/.])?\d{4}(?:-\d{2}){0,2})"
                                r"[ \t]+(?-i:[A-Z])")
# (... but not a row of today's exam after a blank line: "  04/05/2026  ADDENDUM (this order): ...", "  04/02/2026
# IMPRESSION (current exam): ...", or one dated as the current exam's own row)
# (review r100c: also "(this encounter)", "(this visit)")
_CURRENT_EXAM_ROW = re.compile(r"[^\n]*?\b(?:this[ \t]+(?:order|encounter|visit)|current|today|addend(?:um|a)|impression)\b",
                               re.IGNORECASE)
_CURRENT_ROW_DATE = re.compile(r"[ \t]+(?P<date>(?:\d{1,2}[/.])?(?:\d{1,2}[/.])?\d{4}(?:-\d{2}){0,2})\b")


def _current_exam_headings(text: str, low: str) -> list[int]:
    """The starts of a printout's current exam headings (:data:`_CURRENT_EXAM_SECTION`) that name today's exam: at the
    margin, not dated to another visit, not straight under a history / comparison heading."""
    if not any(word in low for word in ("current", "today", "this", "present")):
        return []
    out = []
    for m in _CURRENT_EXAM_SECTION.finditer(text):
        if m.group("paren") and _OTHER_VISIT.search(m.group("paren")):
            continue
        above = text[: max(m.start() - 1, 0)].rstrip("\n \t")
        if m.start() and _HISTORY_HEADING_ALONE.match(above, above.rfind("\n") + 1):
            continue
        if not text[m.start()].isupper():  # (a heading opens on a capital: "... first described on the\ncurrent study")
            continue
        out.append(m.start())
    return out


def _date_keys(date: str) -> set[tuple[int, ...]]:
    """The calendar readings of a row's date (:data:`_CURRENT_ROW_DATE`) as (year, month, day) tuples, shorter for a month or a
    year alone: "2026-04-02" and "04/02/2026" name the same day (review r100c), a slashed or dotted day-month both
    ways round ("04/02/2026" is 2 April or 4 February)."""
    parts = [int(part) for part in re.findall(r"\d+", date)]
    if len(date) >= 4 and date[:4].isdigit():  # (the year first: "2026-04-02", "2026")
        return {tuple(parts)}
    *day_month, year = parts
    if len(day_month) < 2:
        return {(year, *day_month)}
    return {(year, day_month[0], day_month[1]), (year, day_month[1], day_month[0])}


def _current_exam_dates(text: str, currents: list[int]) -> set[tuple[int, ...]]:
    """The dates of the current exam's rows (:func:`_date_keys`): on the first line under each current exam heading at
    ``currents``."""
    dates = set()
    for start in currents:
        row_start = end_of_line(text, start) + 1
        if (row := _CURRENT_ROW_DATE.match(text, row_start, end_of_line(text, row_start))) is not None:
            dates |= _date_keys(row.group("date"))
    return dates


def _indented_rows_end(text: str, pos: int, dates: set[tuple[int, ...]]) -> int:
    """The end of the indented rows under the heading line ending at ``pos``: the last indented line before the first
    line at the margin, or before a blank line not followed by an indented exam row (:data:`_INDENTED_EXAM_ROW`) of
    another exam (not :data:`_CURRENT_EXAM_ROW`, not dated as the current exam's row, one of ``dates`` in any format)."""
    # (each heading's walk down its rows ends where a walk from any row it passes ends: the ends reached are kept per text
    # and current dates, so a printout of many headings over one list of rows is walked once)
    walked = _rows_walked(text, frozenset(dates))
    passed = []
    end = pos
    while end < len(text):
        if end in walked:
            end = walked[end]
            break
        passed.append(end)
        nxt = end + 1
        if nxt < len(text) and text[nxt] in " \t" and text[nxt : end_of_line(text, nxt)].strip():
            end = end_of_line(text, nxt)
        elif (row := _INDENTED_EXAM_ROW.match(text, end)) is not None and not _date_keys(row.group("date")) & dates and \
                _CURRENT_EXAM_ROW.match(text, row.end("date"), end_of_line(text, row.end())) is None:
            end = end_of_line(text, row.end())
        else:
            break
    walked.update(dict.fromkeys(passed, end))
    return end


@lru_cache(maxsize=4)
def _rows_walked(text: str, dates: frozenset[tuple[int, ...]]) -> dict[int, int]:
    """The ends of the indented rows' walks (:func:`_indented_rows_end`) from the positions walked so far in ``text``."""
    return {}


def _prior_exams_sections(text: str, low: str) -> list[tuple[int, int]]:
    """The spans of a printout's earlier exams' sections (:data:`_PRIOR_EXAMS_SECTION`) over their indented rows, in a
    text that marks its current exam's section (:func:`_current_exam_headings`); none otherwise."""
    if not any(word in low for word in PRIOR_EXAMS_WORDS):
        return []
    if not (currents := _current_exam_headings(text, low)):
        return []
    dates = _current_exam_dates(text, currents)
    return [(m.start(), min(_indented_rows_end(text, m.end(), dates),
                            next((c for c in currents if c > m.start()), len(text))))
            for m in _PRIOR_EXAMS_SECTION.finditer(text)]
# a letter's line quoting the report of the breast imaging exam it is about, the exam dated in full and the report verb
# opening the quote on the line ("She had a breast ultrasound of both breasts ... on 30/06/2026 before seeing me; the
# report states: "..."")
_REPORT_QUOTE_LINE = re.compile(
    r"^[^\n\"“]{0,200}?\b(?:ultrasound|ultrasonograph\w*|sonograph\w*|mammo(?:gram|graphy)|tomosynthesis|(?-i:US|MRI))\b"
    r"[^\n\"“]{0,200}?\b(?:(?:the|her|its)[ \t]+report[ \t]+(?:states|stated|reads|read|says|said)|(?:was[ \t]+)?reported"
    r"|the[ \t]+radiologist[ \t]+(?:wrote|writes|states|stated|reported)"  # ("...; the radiologist wrote: "...")
    r"|which[ \t]+reads)[ \t]*:[ \t]*(?P<open>[\"“])", re.IGNORECASE | re.MULTILINE)


# review r99b: an exam dated in full and quoted is no sign it is the one the letter is about (the story goes on to a
# recall, a repeat, a later year), so a second, positive signal is required on its line: the exam was done for this
# consultation ("... on 30/06/2026 before seeing me; the report states: "...")
_BEFORE_SEEING_ME = re.compile(r"\b(?:before|prior[ \t]+to|ahead[ \t]+of)[ \t]+(?:seeing[ \t]+(?:me|us)|(?:her|this|the)[ \t]+"
                               r"(?:appointment|consultation|visit))\b", re.IGNORECASE)
# (after the quote, anywhere in the letter: a later exam, "today", a repeat)
_LATER_IMAGING_WORDS = re.compile(r"\b(?:today|repeat(?:ed|s)?|follow-?up|recalled|since)\b", re.IGNORECASE)


def _later_after_quote(text: str, exam_date: re.Match[str], pos: int) -> bool:
    """Whether the letter after a quote (from ``pos``) tells a later exam: "today", a repeat, a recall
    (:data:`_LATER_IMAGING_WORDS`), a year after the exam's (:data:`YEAR`) or any full date after it."""
    exam = _full_date_key(exam_date)
    # (read from per-text tables, not by a search of the letter's rest per quote: a year or a date is matched wherever it
    # stands, so those a search from ``pos`` finds are the text's that start there or later)
    years = _text_years(text)
    later_year = bisect_left(years[0], pos)
    dated = _text_dates(text)
    later_date = bisect_left(dated.full_starts, pos)
    return (pos <= _last_match_start(_LATER_IMAGING_WORDS, text)
            or (later_year < len(years[0]) and years[1][later_year] > exam[0])
            or (later_date < len(dated.full_starts) and dated.full_latest_from[later_date] > exam))


@lru_cache(maxsize=4)
def _text_years(text: str) -> tuple[list[int], list[int]]:
    """The starts of the text's years (:data:`YEAR`) and the latest year from each on."""
    years = list(YEAR.finditer(text))
    return [y.start() for y in years], [*accumulate((int(y.group(0)) for y in reversed(years)), max)][::-1]


def _latest_year(text: str) -> int:
    """The latest year the text names (:data:`YEAR`, from :func:`_text_years`); 0 where it names none."""
    latest_from = _text_years(text)[1]
    return latest_from[0] if latest_from else 0


def _current_report_quote(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the quote starts and ends (its line's start, past its closing mark) on a line below the thanks of a
    practice letter's paragraph (``lo``, to ``hi``) that quotes the report of the exam the letter is about
    (:data:`_REPORT_QUOTE_LINE`): a new sentence on its line (the line above ended its own), the exam dated in full, no
    earlier exam named before the quote (:data:`_PRIOR`, :data:`_EARLIER_EXAM_WORDS`) and no year the letter names
    above it later than the exam's (the paragraph's years, the letter's full dates: "Date: 10/04/2026", "whom I saw on
    10/04/2026"); None when there is none (the thanks' story goes on to the paragraph's end: "She had a mammogram in
    2023; the report states: "..."")."""
    # (the paragraph's years and the dates above it read once, not per quoted line: a year or a date does not span the
    # line break before a quoted line, so those ending before its start are those a search up to there finds)
    years = [(y.end(), int(y.group(0))) for y in YEAR.finditer(text, lo, hi)]
    year_ends, latest_years = [end for end, _ in years], [*accumulate((year for _, year in years), max)]
    latest_above: list[int | None] = []  # (the latest year of a full date above the thanks, read when first needed)
    other_ends, other_latest = _text_dates(text).other_above
    for m in _REPORT_QUOTE_LINE.finditer(text, text.find("\n", lo) + 1, hi):
        if m.start() <= lo or _last_char_above(text, m.start()) not in ".!?\"”":
            continue
        head = text[m.start() : m.start("open")]
        if _BEFORE_SEEING_ME.search(head) is None:
            continue
        dates = list(_FULL_DATE.finditer(head))
        # (the exam's own date blanked: _PRIOR reads the year of an ISO date "on 2026-05-12" as an earlier exam's)
        if len(dates) != 1 or _PRIOR.search(_FULL_DATE.sub(" ", head)) or _EARLIER_EXAM_WORDS.search(head):
            continue
        year = _full_date_year(dates[0])
        if (k := bisect_right(year_ends, m.start())) and latest_years[k - 1] > year:
            continue
        if not latest_above:
            latest_above.append(max((_full_date_year(d) for d in _FULL_DATE.finditer(text, 0, lo)), default=None))
        if ((latest_above[0] is None or latest_above[0] <= year)
                and (close := _QUOTE_CLOSE.search(text, m.end(), hi)) is not None
                and not _later_after_quote(text, dates[0], close.end())
                and not ((k := bisect_right(other_ends, m.start())) and other_latest[k - 1] > year)):
            return m.start(), close.end()
    return None


# a history heading that tells earlier exams: per-side paragraphs under it are theirs
_EARLIER_EXAMS_HEADING = re.compile(r"\b(?:comparison|previous|prior|earlier|outside|last|old)\b", re.IGNORECASE)
# per-side paragraphs end only the history of today's exam, so two signals of a report of its own are required: the
# heading asks for this exam (an indication or the patient's history, not an imaging / screening history, a background
# or a recall's reason, whose paragraphs tell earlier results) ...
_OWN_EXAM_HEADING = re.compile(r"[ \t]*(?:indications?|clinical(?:[ \t]+(?:information|details|indication|history))?"
                               r"|(?:family[ \t]+)?history|reason[ \t]+for[ \t]+(?:exam|referral)|presenting[ \t]+complaint)"
                               r"[ \t]*:", re.IGNORECASE)
# ... its line naming no earlier exam or report ("Indication: follow-up; the previous report is summarised.", "History:
# screening letter of 2023 ...", "Imaging history: see summary.") ...
_HEADING_LINE_EARLIER = re.compile(r"\b(?:reports?|letters?|summar\w*|results?|recall\w*|after|before|since"
                                   # (review r99b: another exam's results to be worked up, another unit's care:
                                   # "Indication: abnormal screening.", "MRI findings.", "transferred care; ...")
                                   r"|abnormal|findings|transferred|(?<=\bher[ \t])screening)\b", re.IGNORECASE)
# ... and the report's first line the title of an exam ("Mammography, bilateral, diagnostic views, 21 Jan 2026."), not
# a letter's or note's ("SURGICAL CLINIC LETTER", "GP NOTE")
_EXAM_TITLE_LINE = re.compile(r"[^\n]*\b(?:mammo\w*|mamograf\w*|ultrasound|ultrasonograph\w*|sonograph\w*|ecograf\w*"
                              r"|tomosynthesis|(?-i:US|MRI))\b(?![^\n]*\b(?:letter|note|clinic|record|summary)\b)",
                              re.IGNORECASE)
RELATIVES = ("mother", "sister", "aunt", "daughter", "cousin", "grandmother")
# (a category dated to a year in parentheses is an earlier exam's: "Cyst, BI-RADS 3 (2024).")
_YEAR_IN_PARENTHESES = re.compile(r"\([ \t]*(?:19|20)\d\d[ \t]*\)")


@lru_cache(maxsize=4)
def _first_line_start(text: str) -> int:
    """Where the text's first line starts, over leading blank lines and spaces (once per text)."""
    return len(text) - len(text.lstrip())


@lru_cache(maxsize=4)
def _first_line_is_exam_title(text: str) -> bool:
    """The text's first line is an exam's title (:data:`_EXAM_TITLE_LINE`), read once per text."""
    return _EXAM_TITLE_LINE.match(text, _first_line_start(text)) is not None


def _own_exam_history(text: str, heading: re.Match[str]) -> bool:
    """Whether the history ``heading`` heads the history of a report of today's exam: an exam's title on the report's
    first line (:data:`_EXAM_TITLE_LINE`), the heading an indication or history of the patient (:data:`_OWN_EXAM_HEADING`)
    and its line naming no earlier exam, report or letter (:data:`_EARLIER_EXAM_WORDS`, :data:`_HEADING_LINE_EARLIER`;
    a family history names its relatives: "Family history: sister, breast cancer at 45.")."""
    line = text[heading.start() : end_of_line(text, heading.end())]
    own = _OWN_EXAM_HEADING.match(heading.group(0))
    family = own is not None and "family" in own.group(0).lower()
    return (_first_line_is_exam_title(text) and own is not None
            and not _EARLIER_EXAMS_HEADING.search(line) and not _HEADING_LINE_EARLIER.search(line)
            and all(family and word.group(0).lower() in RELATIVES for word in _EARLIER_EXAM_WORDS.finditer(line)))


# review r99b: a paragraph telling an earlier exam's category: earlier-exam words, another unit's or the referral's
# word, a month / year date ("BI-RADS 6 at diagnosis", "Per the referral letter, ...", "- as on the ultrasound last
# week", "Reported at the other hospital as ...", "(03/2025)", ", 03/2025")
_SIDE_PARAGRAPH_EARLIER = re.compile(
    r"\b(?:at[ \t]+diagnosis|per[ \t]+the|according[ \t]+to|as[ \t]+on|reported[ \t]+(?:at|by|in|elsewhere)|other[ \t]+"
    r"(?:hospital|unit|centre|center)|last[ \t]+(?:week|month|year)|ago|previously|prior|previous|earlier|outside"
    r"|(?<![\d/.-])\d{1,2}[/.-](?:19|20)\d\d(?![\d/.-]))\b", re.IGNORECASE)
# ... and a line after the paragraphs telling today's exam (the paragraphs then told the earlier one): "Spot
# compression today: ...", "Second-look ultrasound today", "Mammogram today:", "Our films: ..."
_TODAYS_EXAM_AFTER = re.compile(r"\btoday\b|\bour[ \t]+(?:films|images|review|exam\w*|study)\b|\bnow\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _last_match_start(pattern: re.Pattern[str], text: str) -> int:
    """The last position where ``pattern`` matches in ``text`` (-1 where nowhere), read once per text: a search from
    ``pos`` finds a match exactly where ``pos`` is at most that position (one per line below would rescan the text's
    rest). Besides the last match a search finds, one may start inside it (a search from within it finds that one)."""
    matches = [*pattern.finditer(text)]
    if not matches:
        return -1
    last = matches[-1]
    return next((pos for pos in range(last.end() - 1, last.start(), -1) if pattern.match(text, pos)), last.start())


def _side_paragraphs_tell_earlier(text: str, side_line: re.Match[str], other: re.Match[str]) -> bool:
    """Whether the per-side paragraphs ``side_line`` and ``other`` tell an earlier exam: either line names one
    (:data:`_SIDE_PARAGRAPH_EARLIER`), or a line below them tells today's exam (:data:`_TODAYS_EXAM_AFTER`)."""
    return (any(_SIDE_PARAGRAPH_EARLIER.search(text, line.start(), end_of_line(text, line.end()))
                for line in (side_line, other))
            or end_of_line(text, other.end()) <= _last_match_start(_TODAYS_EXAM_AFTER, text))


@lru_cache(maxsize=4)
def _dictated_side_lines(text: str) -> tuple[list[int], list[int | None]]:
    """The text's :data:`_DICTATED_SIDE_LINE` lines whose line above ended its sentence (a history told over the side's
    line without a full stop runs on), read once per text: their starts, and for each where a dictated history over it
    ends (:func:`_dictated_side_paragraphs`), or ``None``. With the other side's such line below it, that is the first
    heading of this exam's own part said after both lines (:data:`_DICTATED_OWN_HEADING`, review rfinal13: the lines
    are then the history's or comparison's per-side account); where none is said, the line itself, whose paragraphs are
    the report's own findings, where neither line names a year (:data:`_YEAR_TYPED_OR_SAID`: an earlier exam or event)
    nor an earlier exam's or report's category (:data:`_DICTATED_SIDE_EARLIER`) and no part of this exam is said after
    them (:data:`_DICTATED_SECTION`: findings, impression, ...). Each line is searched once per text, not once per
    history heading above it (many headings, one long line of the other side below them: quadratic)."""
    lines = list(_DICTATED_SIDE_LINE.finditer(text))
    if not lines:
        return [], []
    next_of_side: dict[str, int] = {}  # (the index of the nearest line below of each side, "l" / "r")
    other_below: list[int | None] = [None] * len(lines)
    for k in range(len(lines) - 1, -1, -1):
        side = lines[k].group("side")[0].lower()
        other_below[k] = next_of_side.get("r" if side == "l" else "l")
        next_of_side[side] = k

    @cache
    def tells_earlier(k: int) -> bool:
        lo, hi = lines[k].start(), end_of_line(text, lines[k].end())
        return (_YEAR_TYPED_OR_SAID.search(text, lo, hi) is not None
                or _DICTATED_SIDE_EARLIER.search(text, lo, hi) is not None)

    headings = list(_DICTATED_OWN_HEADING.finditer(text))
    heading_starts = [h.start() for h in headings]
    starts: list[int] = []
    ends: list[int | None] = []
    for k, line in enumerate(lines):
        # (the line above ended its sentence: the last character before the line, its blanks stepped over)
        if _last_char_above(text, line.start()) != ".":
            continue
        starts.append(line.start())
        j = other_below[k]
        if j is None:
            ends.append(None)
            continue
        below = end_of_line(text, lines[j].end())
        if (h := bisect_left(heading_starts, below)) < len(headings):
            # (review rfinal13: "...\nOpinion, comma, no abnormality today in either breast, birads one, period.")
            ends.append(None if headings[h].group("bare") else headings[h].start())
            continue
        ends.append(line.start() if not tells_earlier(k) and not tells_earlier(j)
                    # (review r125: the side lines are the findings only where no findings, impression or other
                    # part of this exam is said after them: "History, comma, ... period.\nRight breast, comma,
                    # palpable lump ... period.\nLeft breast, comma, outside ultrasound in January birads four a,
                    # ...\nFindings, comma, ...")
                    and below > _last_match_start(_DICTATED_SECTION_START, text) else None)
    return starts, ends


def _dictated_side_paragraphs(text: str, lo: int, hi: int) -> int | None:
    """Where a dictated history running from ``lo`` to ``hi`` ends at the report's own per-side paragraphs or at the
    own part said after a history's per-side account: for the first line in it opening with a side's name said with its
    comma after a sentence's end, not quoted, the end :func:`_dictated_side_lines` gives it, where before ``hi``;
    ``None`` where the first such line gives none (a history told over the lines: "History, comma, left breast lump,
    comma,\nright breast, tenderness, period."; a history's or comparison's per-side account above the findings: "...
    birads three last year, period.\nFindings, comma, ...")."""
    starts, ends = _dictated_side_lines(text)
    k = bisect_left(starts, lo)
    if k == len(starts) or starts[k] >= hi or (end := ends[k]) is None or end >= hi or _quoted(text, lo, starts[k]):
        return None
    return end


def _own_side_paragraphs(text: str, heading: re.Match[str], side_line: re.Match[str], own_last: int) -> bool:
    """The per-side paragraph line ``side_line`` (:data:`_SIDE_SENTENCE_LINE`) under the history ``heading`` opens the
    report's own findings: the heading heads today's exam's history (:func:`_own_exam_history`), the other side's
    paragraph follows it, the line above ended its sentence (no "summary of that report:"), the line is not quoted, and
    no findings / impression heading of the report's own follows it (``own_last``: under one, such paragraphs tell the
    priors compared), nor any category after the other side's line (the paragraphs are the report's last word); neither
    paragraph dates its category to a year ("BI-RADS 3 (2024)")."""
    return (own_last < side_line.start() and _last_char_above(text, side_line.start()) not in ":,"
            and _own_exam_history(text, heading)
            and not _quoted(text, heading.end(), side_line.start())
            and not _YEAR_IN_PARENTHESES.search(text, side_line.start(), end_of_line(text, side_line.end()))
            and any(other.group("side")[0].lower() != side_line.group("side")[0].lower()
                    and end_of_line(text, other.end()) > _last_match_start(_BIRADS_MENTION, text)
                    and not _YEAR_IN_PARENTHESES.search(text, other.start(), end_of_line(text, other.end()))
                    and not _side_paragraphs_tell_earlier(text, side_line, other)
                    for other in _SIDE_SENTENCE_LINE.finditer(text, side_line.end())))


# a printout marking its current exam lists the earlier exams under a plural heading alone on its line
# (:data:`_PRIOR_EXAMS_SECTION`, also a :data:`_PRIOR_RESULT`): that block is its indented rows where it has any
# (:func:`_indented_rows_end`), not the blank line's or text's end (review r100b: the report's own next heading no longer
# ends such a list elsewhere; a pasted earlier report under it keeps its own "Findings:" / "Impression:")
def _blank_lines(text: str) -> list[int]:
    """Every position where a blank line's pattern (``\\n[ \\t]*\\n``) matches, in order: a line break whose line holds
    only spaces or tabs before the next break (a search from any position finds the first of these at or after it)."""
    out = []
    pos = text.find("\n")
    while pos >= 0:
        after = pos + 1
        while after < len(text) and text[after] in " \t":
            after += 1
        if after < len(text) and text[after] == "\n":
            out.append(pos)
        pos = text.find("\n", pos + 1)
    return out


def _prior_list_end(text: str, m: re.Match[str], end: int, currents: list[int], dates: set[tuple[int, ...]]) -> int:
    """Where a pasted earlier result / list of earlier exams headed by ``m`` (:data:`_PRIOR_RESULT`, reaching to
    ``end``, its blank line or the text's end) ends: at a printout's end of rows for a list of the earlier exams
    (:data:`_PRIOR_EXAMS_SECTION`) in a printout marking its current exam; at ``end`` otherwise."""
    if not currents or _PRIOR_EXAMS_SECTION.match(text, m.start(), m.end()) is None:
        return end
    rows = _indented_rows_end(text, m.end(), dates)
    return min(end, rows) if rows > m.end() else end


# only a list of earlier results / exams ends at a current exam heading below it, never a pasted / copied earlier
# report ("Previous report (outside, 01/2026), pasted:" over the copy's own "Current exam: US BREAST BILATERAL"). Review
# r100c, positive evidence instead of a list of pasting words: the block's heading is a bare list heading, nothing after
# its words but a colon ("Previous results:", "Prior exams", "Previous visit"; not "Previous results (imported from
# outside PACS):", "Prior results - faxed from Northside", "Old results (their impression):"), and the block has lines,
# each dating an earlier exam's result ("  03/2025 US RT  BI-RADS 3", "2025-06 MAM SCREEN BILAT FINAL BI-RADS 0 right",
# "Mammogram 2025 BI-RADS 4A right, biopsy benign."): a year or a date on every line
_BARE_PRIOR_LIST_HEADING = re.compile(r"[ \t]*(?:previous|prior|earlier|old)[ \t]+(?:results?|reports?|exams?|examinations?"
                                      r"|stud(?:y|ies)|check-?ups?|visits?)(?:[ \t]+on[ \t]+file)?[ \t]*:?[ \t]*$",
                                      re.IGNORECASE)
_LINE_DATE = re.compile(r"\b(?:19|20)\d{2}\b")


def _bare_prior_list(text: str, m: re.Match[str], current: int) -> bool:
    """The earlier results' block headed by ``m`` (:data:`_PRIOR_RESULT`) down to the current exam heading at
    ``current`` is a bare list (:data:`_BARE_PRIOR_LIST_HEADING`) of lines each dated (:data:`_LINE_DATE`), at least
    one."""
    if _BARE_PRIOR_LIST_HEADING.match(text, m.start(), m.end()) is None:
        return False
    rows = text[m.end() + 1 : current].rstrip("\n").split("\n")
    return all(_LINE_DATE.search(row) for row in rows)


def _names_title_date(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` names in full the date its first line (the exam's title) names: "Last round: 12/03/2026,
    no change, BI-RADS 1." under "SCREENING MAMMOGRAM BILATERAL 12/03/2026" tells today's round, not an earlier one."""
    dates = {d.group(0) for d in _FULL_DATE.finditer(text, lo, hi)}
    if not dates:
        return False
    start = _first_line_start(text)
    return any(d.group(0) in dates for d in _FULL_DATE.finditer(text, start, end_of_line(text, start)))


def _bulleted_item_reach(text: str, heading: re.Match[str]) -> tuple[int, int]:
    """Where the bulleted history ``heading``'s item ends however far its section goes (its own lines:
    :func:`_imaging_history_lines_end` / :func:`_bullet_item_end`), and the line's end below that end's line: the next
    heading is looked for only up to there, as one found later could not end the item sooner (each bulleted line of a
    long list searching to the document's end read it in quadratic time)."""
    item = (_imaging_history_lines_end if _bulleted_history_heading(heading) else _bullet_item_end)(text, heading, len(text))
    return item, end_of_line(text, end_of_line(text, item) + 1)


# review r129: an untranslated French history heading read as "history" (nlp.layout.untranslated_french_history:
# "Antécédents: nil." in a form whose result headings stay French or name the exam) reaches less far than an English
# one: a nil history ("none", "nil", "aucun", "néant", "RAS", a word or two more: "none relevant") to its full stop, any
# other told on its heading's line to that line's end where the next line opens with a word and its colon
# ("Indication:", "Résultats:", "Échographie:"), an exam's name ("Mammographie bilatérale: ...", "Mammography
# 14/02/2026:"), a full date or "Résultat(s)"
_FRENCH_HISTORY_LINE = re.compile(r"[ \t]*history(?:[ \t]+(?:personnels|familiaux|chirurgicaux|m[ée]dicaux))?[ \t]*:")
_NIL_HISTORY = re.compile(r"[ \t]*(?:none|nil|aucune?|n[ée]ant|(?-i:RAS))\b(?:[ \t]+[^\W\d_]{1,20}){0,2}[ \t]*\.",
                          re.IGNORECASE)
_FRENCH_HISTORY_STOP_LINE = re.compile(r"[ \t]*(?:[^\W\d_][^\W\d_'’-]{0,30}[ \t]*:"
                                       r"|(?:mam+ogra(?:ph(?:y|ie)|m|f[ií]a)s?|[eé]chogra(?:ph(?:y|ie)|f[ií]a)s?"
                                       r"|ultrasound|mri|irm)\b|" + _FULL_DATE_WORDS + r"|r[eé]sultats?\b)", re.IGNORECASE)


def _french_history_end(text: str, m: re.Match[str]) -> int | None:
    """Where the untranslated French history headed by ``m`` ends sooner than an English one
    (:data:`_FRENCH_HISTORY_LINE`): a nil history's full stop (:data:`_NIL_HISTORY`), or its line's end where the next
    line opens a heading, an exam, a date or the results (:data:`_FRENCH_HISTORY_STOP_LINE`); ``None`` for a heading
    alone on its line or none of these."""
    start = text.rfind("\n", 0, m.start()) + 1
    if (own := _FRENCH_HISTORY_LINE.match(text, start)) is None or not (own.start() <= m.start() < own.end()):
        return None
    line_end = end_of_line(text, own.end())
    if not text[own.end() : line_end].strip():
        return None
    if (nil := _NIL_HISTORY.match(text, own.end(), line_end)) is not None:
        return nil.end()
    below = line_end + 1
    return line_end if below < len(text) and _FRENCH_HISTORY_STOP_LINE.match(text, below) else None


def _history_spans(text: str, spoken: bool, french: bool = False) -> list[tuple[int, int]]:
    """The spans of ``text`` told as history (headed, listed, quoted earlier results ...); ``french``: its history heading
    is an untranslated French one read as "history" (:func:`_french_history_end`)."""
    low = text.lower()
    own_last = _last_own_section_heading(text)
    # a key or legend defines the categories to the end of its paragraph (a legend of an export's codes, to the
    # export's rows: "legend: status F=final, X=entered in error" over the header and rows)
    spans = [(m.start(), _paragraph_end(text, m.end())) for m in _LEGEND_HEADING.finditer(text)] if (
        "key" in low or "legend" in low) else []
    if spans and (rows := export_rows(text) if "," in text else []):
        spans = [(a, rows[0].start if a < rows[0].start < b else b) for a, b in spans]
    if "=" in text:
        spans += [(m.start(), m.end()) for m in _HISTORY_FIELD.finditer(text)]
    # (the last search of each pattern below to each end: _memo_search)
    memo: _SearchMemo = {}
    # (facts of the whole text, found on first need and kept, not once per heading and not for a text with no such
    # heading: a date read month first, the last findings heading)
    @cache
    def month_first() -> bool:
        return _US_DATE.search(text) is not None

    @cache
    def findings_last() -> int:
        return _last_findings_heading(text, low)

    for m in (*_HISTORY_HEADING.finditer(text), *_HISTORY_SUBHEADING.finditer(text)):
        if "=" in m.group(0):
            continue  # "INDICATION=R 9:00 mass": a field of its own line (_HISTORY_FIELD)
        bulleted = "bullet" in m.re.groupindex and m.group("bullet")
        item, reach = _bulleted_item_reach(text, m) if bulleted else (len(text), len(text))
        nxt = _next_heading(text, m.end(), own_last, reach, memo)
        while nxt is not None and "\n\n" not in nxt.group(0) and (
                _quoted(text, m.end(), nxt.start()) or (_runs_on(text, m.end(), nxt.start())
                                                        and (opened := _QUOTE_OPEN_AFTER.match(text, nxt.end())))):
            # an outside report quoted in the history (also one a "which\nreads:" line opens): history to its end
            # (not a heading after the history's own sentence or quote has ended: "Previous imaging: "... BI-RADS
            # 4A."\nImaging result (quoted): "..."" quotes this exam's result)
            close = _QUOTE_CLOSE.search(text, nxt.end() if _quoted(text, m.end(), nxt.start()) else opened.end())
            nxt = _next_heading(text, close.end(), own_last, reach, memo) if close else None
        end = nxt.start() if nxt else len(text)
        if nxt is not None and (note_end := _history_note_end(text, m.end(), nxt)) is not None:
            end = note_end  # (a note telling another exam, run in after the history's sentence: to its sentence's end)
        if "caps" in m.re.groupindex and m.group("caps") and (
                below := _memo_search(_CAPITALS_HEADING_LINE, text, end_of_line(text, m.end()) + 1, end, memo)) is not None:
            end = below.start()  # (a capitals heading without a colon: to the next capitals heading line)
        if "caps" in m.re.groupindex and m.group("caps"):  # (... or its own sentence-case heading, its dated title)
            below = end_of_line(text, m.end()) + 1
            latest = _text_years(text)[1][:1]  # (the title's date of the report's latest year: not an earlier exam's)
            end = min((own.start() for pattern in (_OWN_SECTION_LINE, _DATED_CAPITALS_EXAM_TITLE)
                       if (own := pattern.search(text, below, end)) is not None and (
                           pattern is _OWN_SECTION_LINE or int(own.group(0).rstrip()[-4:]) >= latest[0])), default=end)
        if (quote := _order_history_quote_start(text, m)) is not None and quote < end:
            end = quote  # (the form's or case log's quote of the exam's impression below the order's history)
        if nxt is not None and (last := _last_occasion_label(text, end)) is not None and not _names_title_date(
                text, *last):
            end = last[1]  # ("... surveillance. Last year: BI-RADS 2.": history to the label's sentence end)
        if bulleted:  # (a heading met at or after the item's end changes nothing: the item ends first)
            if _bulleted_history_heading(m):
                end = _imaging_history_item_end(text, m, min(end, item))  # (over "• Current imaging: ...")
            else:  # (review r102b: "• Indication: screening. Both breasts BI-RADS 1." is this exam's, as before b102)
                spans += _year_dated_category_sentences(
                    text, m.end(), item if end >= item else _bullet_item_end(text, m, end))
                continue
        if "two" in m.re.groupindex and m.group("two") and (stop := _HISTORY_SENTENCE_END.search(text, m.end(), end)):
            end = stop.end()  # (a two-qualifier sub-heading run in: its own sentence only)
        if ((terse := _TERSE_HISTORY_HEADING.match(m.group(0))) and (terse.group("hx") or nxt is None)
                and text[m.end() : end_of_line(text, m.end())].strip()):
            own_end = end_of_line(text, m.end())  # a terse note's "Hx: ..." heads its own line ...
            while own_end < end and _LINE_RUNS_ON.match(text, own_end - 1):
                own_end = end_of_line(text, own_end + 1)  # (... and the lines its sentence wraps onto)
            end = min(end, own_end if terse.group("hx") else max(own_end, _prior_account_end(text, m.end(), own_end, end)))
        if (line_end := end_of_line(text, m.end())) < end and text[m.end() : line_end].strip() and (
                _PRIORS_LISTED.search(m.group(0)) is None) and not month_first() and (
                quoted := _quoted_exam_line(text, m.start(), line_end + 1, end)) is not None and findings_last() < quoted:
            # a clinic note's history told on its heading's line ends at the line heading today's exam's quoted report
            # ("History: 47-year-old woman, ... (biopsy-proven).\nBreast ultrasound, 09.02.2026, both breasts:\n"...");
            # under a history heading alone on its line, such lines list the earlier exams, as they do under a heading
            # of the priors compared (:data:`_PRIORS_LISTED`) and where the report's own findings heading follows
            # ("History: ... surveillance.\nMammogram, 14/02/2024: "... BI-RADS 3."\nFindings: ...")
            end = quoted
        if (form_exam := _request_form_exam_line(text, m.end(), end)) is not None:
            end = form_exam  # (a pathology request form's line heading the imaging its biopsy is taken for)
        if spoken and (said := _DICTATED_SECTION_START.search(text, m.end(), end)):
            end = said.start()  # (unpunctuated dictation: "history colon ... findings at four o'clock ...")
        if spoken and (sides := _dictated_side_paragraphs(text, m.end(), end)) is not None:
            end = sides  # ("history colon ..., period.\nRight breast, comma, ...\nLeft breast, comma, ...")
        if (side_line := _memo_search(_SIDE_SENTENCE_LINE, text, m.end(), end, memo)) is not None and (
                _own_side_paragraphs(text, m, side_line, own_last)):
            end = side_line.start()
        if french and (french_end := _french_history_end(text, m)) is not None:
            end = min(end, french_end)  # (review r129: "Antécédents: nil.\nMammography 14/02/2026: ...")
        opener = _memo_search(_FINDINGS_OPENER, text, m.end(), end, memo)
        while opener is not None and _quoted(text, m.end(), opener.start()):
            close = _QUOTE_CLOSE.search(text, opener.end(), end)
            opener = _FINDINGS_OPENER.search(text, close.end(), end) if close else None
        spans.append((m.start(), opener.start() + 1 if opener else end))
    if _SPOKEN_HISTORY_HINT.search(low):
        # (to the line's end, or to where the line goes on to say this exam's own part: "History, ... lump. Findings, ...")
        spans += [(m.start(), opener.start() + 1 if (opener := _FINDINGS_OPENER.search(text, m.start(), m.end())) else m.end())
                  for m in _SPOKEN_HISTORY_LINE.finditer(text)]
    if "previous" in low or "prior" in low or "earlier" in low or "old " in low:
        currents = _current_exam_headings(text, low)
        dates = _current_exam_dates(text, currents)
        blanks = _blank_lines(text)
        for m in _PRIOR_RESULT.finditer(text):
            if m.group("dept"):  # (a department's list: its dated rows only, none where it has none)
                if (rows := _dated_rows_end(text, m.end())) is not None:
                    spans.append((m.start(), rows))
                continue
            blank = bisect_left(blanks, m.end())
            end = _prior_list_end(text, m, blanks[blank] if blank < len(blanks) else len(text), currents, dates)
            # (a printout's current exam heading below the earlier results ends them: "Previous results" over its rows,
            # then "Current exam" over today's report, with no blank line between; not a pasted report's block)
            current = next((c for c in currents if m.end() < c < end), end)
            if current < end and not _bare_prior_list(text, m, current):
                current = end
            spans.append((m.start(), current))
    if any(word in low for word in NOT_PERFORMED_WORDS):
        for m in _NOT_PERFORMED_ITEM.finditer(text):
            own_end = end_of_line(text, m.end())
            if _LINE_RUNS_ON.match(text, own_end - 1):  # (the item's sentence wrapped onto the next line)
                own_end = end_of_line(text, own_end + 1)
            nxt = _next_heading(text, m.end(), own_last)
            spans.append((m.start(), min(own_end, nxt.start() if nxt else own_end)))
    spans += _prior_exams_sections(text, low)
    if "thank you for" in low:
        blanks = _blank_lines(text)
        for m in _REFERRAL_THANKS.finditer(text):
            blank = bisect_left(blanks, m.end())
            end = blanks[blank] if blank < len(blanks) else len(text)
            # (the quote of the letter's own exam is read; the story before and after it stays history: "Her right
            # breast lump was biopsied after a BI-RADS 4A ultrasound ...")
            current = _current_report_quote(text, m.start(), end)
            spans += [(m.start(), end)] if current is None else [(m.start(), current[0]), (current[1], end)]
    if spoken:
        impression = low.find("impression")  # ("impression ... comparison with the outside images is needed": no history)
        for m in _DICTATED_HISTORY.finditer(text):
            if not 0 <= impression < m.start():
                sides = _dictated_side_paragraphs(text, m.start("body"), m.end())
                spans.append((m.start(), m.end() if sides is None else sides))
    return spans


# the exam's title line, wherever the header puts it ("EXAMINATION: US BREAST RIGHT COMPLETE", "Protocol:
# Ultrasound of the left mammary gland", "Site: ...   Exam: MAMMO DIAGNOSTIC LEFT")
_EXAM_TITLE = re.compile(r"(?<!\w)(?:exam(?:ination)?|procedure|study|protocol)[ \t]*:[ \t]*(?P<title>[^\n]*?)(?=[ \t]{3}|$)",
                         re.IGNORECASE | re.MULTILINE)  # at a line's start or after a gap of 2+ spaces (_exam_title)


# an imaging result's title line in capitals, wherever a note pastes it ("MAMMO DIAGNOSTIC BILATERAL W TOMO; US BREAST
# BILATERAL LIMITED", "US BREAST LEFT LIMITED: Left breast 6:00 ..."), also a RIS printout's description cell after a
# gap of two or more blanks in the exam's row ("12/08/2025 09:00  BC2512080  MAM0042  MAM DX BILAT W TOMO (77066)"); the
# exam's purpose may come first ("SCREENING MAMMOGRAM, BILATERAL", "DIAGNOSTIC ULTRASOUND LEFT BREAST")
_MODALITY_TITLE_BODY = (r"(?P<title>(?:(?:SCREENING|DIAGNOSTIC|DIGITAL|FOLLOW-UP)[ \t]+){0,2}"
                        r"(?:MAM(?:MO[A-Z]*)?|US|USG|ULTRASOUND|SONO[A-Z]*|MRI|MG)\b[A-Z0-9 ,;/&+#-]*?"
                        r"\b(?:BREASTS?|BILAT[A-Z]*|LEFT|RIGHT|LT|RT)\b[A-Z0-9 ,;/&+#-]*)")
# (also after a printout's case number and status in brackets: "(Case 41 COMPLETE) MAM DIAG UNILAT RT")
_MODALITY_TITLE = re.compile(r"^[ \t]*(?:\((?i:case)[^()\n]{0,40}\)[ \t]*)?" + _MODALITY_TITLE_BODY, re.MULTILINE)
# an electronic record's banner for a result filed into a clinical note, dated, the exam's title after its dash ("RESULT
# ADDED 16/03/2027 - US BREAST LEFT (Breast Imaging)"): the exam's title where nothing says otherwise (review r111,
# _filed_result_title): the note's one banner, no title line of its own, nothing after the title but the department
# that filed it, and no exam of both breasts stated below it ("Today both breasts were scanned"); a banner over a
# previous, outside or dated result ("(previous result 2024, for comparison)", "(outside, 2025)"), one of two banners
# or one over a note's own exam titled below it ("US BREAST BILATERAL") titles nothing
_RESULT_FILED_BANNER = (r"(?i:results?[ \t]+(?:added|attached|filed|appended))[ \t]+"
                        r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[ \t]+\d{1,2}:\d{2})?[ \t]*[-–—][ \t]*")
_RESULT_BANNER = re.compile(r"^[ \t]*" + _RESULT_FILED_BANNER, re.MULTILINE)
_RESULT_BANNER_TITLE = re.compile(_MODALITY_TITLE_BODY + r"(?P<aside>[^\n]*)")
# (the department that filed it, in parentheses: "(Women's Imaging)", "(Lindenbrook Breast Imaging)")
_BANNER_DEPARTMENT = re.compile(r"[ \t]*(?:\((?:[A-Z][\w'’&.-]*[ \t]+){0,4}(?:Imaging|Radiology|X-?ray|Unit|Cent(?:re|er)|"
                                r"Department|Services?|Hospital|Clinic)\)[ \t]*)?")
# (an exam of both breasts stated below the banner, besides _BOTH_BREASTS: "No abnormality in either breast", "Right and
# left breasts scanned", "Right & left breasts scanned", "The right breast and the left breast were scanned", "Both
# sides scanned", "Bilateral mammogram and ultrasound today", "B/L breasts", "No abnormality bilaterally", "Each breast
# scanned"; not a bilateral exam the note plans or advises, "Plan: bilateral mammogram next year")
_BOTH_SIDES_BELOW = re.compile(
    r"\b(?:" + _EACH_OR_EITHER_BREAST + r"|both\s+sides|bilaterally|b/l"
    r"|right(?:\s+breast)?\s+and\s+(?:the\s+)?left|left(?:\s+breast)?\s+and\s+(?:the\s+)?right"
    # ("&" or "+" between them too, review rfinal6: "Right & left breasts scanned", "Left + right breasts scanned")
    r"|right(?:\s+breast)?[ \t]*[&+][ \t]*left|left(?:\s+breast)?[ \t]*[&+][ \t]*right"
    r"|bilateral\s+" + _EXAM_WORDS + r"(?![^.\n]*\b(?:next|recommended|advised|requested|due|planned|annual(?:ly)?|yearly"
    r"|in\s+(?:\d+|one|a|six|twelve)\s+(?:weeks?|months?|years?))\b))\b", re.IGNORECASE)
# (the banner's title names the breast: "US BREAST LEFT", "MAMMO DIAGNOSTIC LEFT", "US AXILLA RIGHT"; not "MRI KNEE
# LEFT", "US THYROID RIGHT LOBE"), and its department is not another hospital's or an earlier one: "(Outside Hospital)",
# "(External Radiology)", "(Previous Imaging)", "(Prior Imaging)"
_BANNER_BREAST_WORD = re.compile(r"BREAST|MAMM|AXILL", re.IGNORECASE)
_BANNER_OTHER_DEPARTMENT = re.compile(r"[ \t]*\([ \t]*(?:outside|external|previous|prior)\b", re.IGNORECASE)
RESULT_BANNER_WORDS = ("result",)  # (every _RESULT_BANNER match has it, lower-cased: a cheap test before the scan)
_MODALITY_CELL = re.compile(r"[ \t]{2}" + _MODALITY_TITLE_BODY)  # (read when no title line is found)
_MODALITY_IN_LINE = re.compile(r"(?<![\w-])" + _MODALITY_TITLE_BODY)  # (anywhere on a line)
# how far back on its line an exam's title is looked for before a category (a one-line export of a long record must
# not be searched from its start for every category)
TITLE_REACH = 600


def _filed_result_title(text: str, history: list[tuple[int, int]]) -> re.Match[str] | None:
    """The exam title after the dash of a note's one result banner (:data:`_RESULT_FILED_BANNER`), when nothing says
    otherwise: a breast exam's title, no aside after it but its own department, no year in it, not in the history, and
    no exam of both breasts stated below it; None otherwise."""
    low = text.lower()
    if not any(word in low for word in RESULT_BANNER_WORDS):
        return None
    banners = list(_RESULT_BANNER.finditer(text))
    if len(banners) != 1 or any(a <= banners[0].start() < b for a, b in history):
        return None
    title = _RESULT_BANNER_TITLE.match(text, banners[0].end())
    if (title is None or re.search(r"\d{4}", title.group("title")) or not _BANNER_BREAST_WORD.search(title.group("title"))
            or _BANNER_DEPARTMENT.fullmatch(title.group("aside")) is None
            or _BANNER_OTHER_DEPARTMENT.match(title.group("aside"))):
        return None
    below = [m for pattern in (_BOTH_BREASTS, _BOTH_SIDES_BELOW) for m in pattern.finditer(text, title.end())]
    return None if any(not any(a <= m.start() < b for a, b in history) for m in below) else title


def _modality_titles(text: str, history: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The title lines in capitals, else a result banner's exam title (:func:`_filed_result_title`), else the
    description cells of a printout's rows."""
    if titles := list(_MODALITY_TITLE.finditer(text)):
        return titles
    banner = _filed_result_title(text, history)
    return [banner] if banner is not None else list(_MODALITY_CELL.finditer(text))
# a printout's list of the exams ordered, one row each under an "EXAMS:" heading (order number, the exam's
# abbreviated title, billing codes: "002224407  MAM DIAG LT W TOMO    77065"): the sides the exam covers
_EXAM_LIST = re.compile(r"^[ \t]*(?:exams?|examinations?|procedures?)[ \t]*:[^\n]*\n"
                        r"(?P<rows>(?:[ \t]*\d{4,}[ \t]+[^\n]*(?:\n|$))+)", re.IGNORECASE | re.MULTILINE)
EXAM_LIST_WORDS = ("exam", "procedure")  # every _EXAM_LIST match has one: a cheap test before the scan
_LINE_HEADING = re.compile(r"^[ \t]*[A-Za-z][A-Za-z /()-]{1,40}:", re.MULTILINE)
# (also an exam named with "bilateral" after it, as a title names it: "Latest imaging: Screening mammogram bilateral,
# 2026-02-02"; not "bilateral mammography in one year", the exam a report recommends)
_BOTH_BREASTS = re.compile(r"\b(?:both\s+breasts|bilateral\s+breasts?|"
                           + _EXAM_WORDS + r"(?:[ \t]+breasts?)?[ \t]+bilat(?:eral)?)\b", re.IGNORECASE)
# a report quoted in another document (a benefits assessment, an expert's report) opening with its exam's title in
# capitals at its quote mark ('"ULTRASOUND LEFT BREAST - 10/03/2026', '"LEFT BREAST ULTRASOUND. At 6 o'clock ...'):
# the sides the quoted exam covers, where the document has no title of its own; not a quoted sentence ('"Left breast
# ultrasound showed ...'), a title not opening the quote, nor one naming an earlier exam ('"PREVIOUS LEFT BREAST US')
_QUOTED_MODALITY_TITLE = re.compile(r"^[ \t]*[\"“][ \t]*(?:" + _MODALITY_TITLE_BODY + r"|(?P<side_first>(?:LEFT|RIGHT|BILATERAL)"
                                    r"[ \t]+BREASTS?[ \t]+(?:ULTRASOUND|MAMMOGRA(?:M|PHY)|MRI|US))\b)", re.MULTILINE)
# (review r113: the title names the breast, "BREAST" or a mammogram's "MAMMO" / "MAM" / "MG", and no other part: not
# '"MRI LEFT KNEE 14/01/2026', '"ULTRASOUND RIGHT KNEE - 11/02/2026', whose side is no breast exam's)
_QUOTED_TITLE_BREAST = re.compile(r"\b(?:BREASTS?\b|MAM|MG\b)")
_QUOTED_TITLE_OTHER_PART = re.compile(r"\b(?:KNEES?|HIPS?|SHOULDERS?|ELBOWS?|WRISTS?|HANDS?|ANKLES?|FOOT|FEET|LEGS?|ARMS?"
                                      r"|THYROID|NECK|ABDOMEN|PELVIS|KIDNEYS?|RENAL|LIVER|TESTIS|TESTES|SCROTUM|SCROTAL"
                                      r"|OVARY|OVARIES|SPINE|CHEST|LUNGS?|HEAD|BRAIN|THIGH|CALF|GROIN)\b")
# ... and one opening with its exam named with both breasts after its modality, its date and a colon ('"Diagnostic
# mammogram, both breasts, 03/02/2026: ... left upper outer quadrant ... IMPRESSION: Negative. BI-RADS 1."'): its
# impression's category assesses both breasts, not the side its findings last named; not an earlier exam named so
# ('"Previous mammogram, both breasts, 2024:'), nor one of one breast ('"Mammogram, left breast, 03/02/2026:')
_QUOTED_BOTH_BREASTS_EXAM = re.compile(r"[\"“][ \t]*(?:(?:diagnostic|screening)[ \t]+)?(?:mammo(?:gram|graphy)|ultrasound|"
                                       r"tomosynthesis|mri)(?:[ \t]*,[ \t]*|[ \t]+of[ \t]+)(?:both[ \t]+breasts|bilateral)\b"
                                       r"[^\n:\"“”]{0,40}:", re.IGNORECASE)
# (review rfinal7: a one-side title sets the exam's side only where the document quotes no other breast exam: not above
# or below a second quote opening with an exam of both breasts or of no side named, '"SCREENING MAMMOGRAM 20/12/2025:
# both breasts ...', '"Mammogram, both breasts, ...', whose categories are not the titled side's)
_QUOTED_OTHER_BREAST_EXAM = re.compile(r"^[ \t]*[\"“][ \t]*(?:(?:SCREENING|DIAGNOSTIC|DIGITAL|BILATERAL)[ \t]+){0,2}"
                                       r"(?:MAM(?:MO[A-Z]*)?|MG|ULTRASOUND|US|MRI)\b(?P<rest>[A-Z ,&/+-]{0,40})", re.MULTILINE)
_ONE_SIDE_WORD = re.compile(r"\b(?:LEFT|RIGHT|LT|RT)\b")
_ONE_BREAST_WORDS = re.compile(r"\b(?:left|right|lt|rt)\b", re.IGNORECASE)  # (a side named in any case)
QUOTE_TITLE_REACH = 1500  # characters before a category searched for the quote mark opening its report


def _quoted_bilateral_exam(text: str, lo: int, start: int) -> bool:
    """The category at ``start`` stands in a quote opened after ``lo`` (and within :data:`QUOTE_TITLE_REACH`) by an exam
    of both breasts (:data:`_QUOTED_BOTH_BREASTS_EXAM`), not an earlier one, the quote not closed before it; or the
    quote opens its line under such an exam's line (:func:`_bilateral_exam_line_above`)."""
    window = max(lo, start - QUOTE_TITLE_REACH)
    quote = max(text.rfind('"', window, start), text.rfind("“", window, start))
    if quote < 0:
        return False
    if (m := _QUOTED_BOTH_BREASTS_EXAM.match(text, quote)) is not None:
        return _EARLIER_EXAM_WORDS.search(m.group(0)) is None
    return _bilateral_exam_line_above(text, quote)


def _bilateral_exam_line_above(text: str, quote: int) -> bool:
    """The quote mark at ``quote`` opens its line (blanks only before it) under a line heading its quoted report
    (:data:`_QUOTED_EXAM_LINE`) that names both breasts before its colon and no earlier exam ("Bilateral mammogram,
    19/05/2026, Cedarline Imaging - Dr. X:" over '"... Impression: Negative bilateral mammogram. BI-RADS 1."': the
    quoted impression assesses both breasts, radiology b118); not "Previous bilateral mammogram, 2024:", nor a line
    naming one breast ("Mammogram, left breast, 19/05/2026:"), nor one dated before the document's own year (review
    rfinal9: "Bilateral mammogram, 14/06/2024, Unity Imaging:" in a 2026 clinic letter is history)."""
    line_start = text.rfind("\n", 0, quote) + 1
    if line_start == 0 or text[line_start:quote].strip(" \t"):
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    if (m := _QUOTED_EXAM_LINE.match(text, above)) is None or m.end() != quote + 1:
        return False
    colon = text.rfind(":", above, line_start)
    return _BILATERAL_WORDS.search(text, above, colon) is not None and (
        _EARLIER_EXAM_WORDS.search(text, above, colon) is None and _ONE_BREAST_WORDS.search(text, above, colon) is None) and (
        (date := _FULL_DATE_AT_STOP.search(text, above, colon)) is None
        or int(date.group("y") or date.group("iy")) >= _document_year(text, at_stop=True))


# a clinic note's own "Examination:" is the clinician's physical examination, not the imaging exam's title: it names no
# imaging and runs on as sentences of findings ("Examination: Scarred left chest wall; right breast soft. No nodes.");
# the sides it names are not the exam's
_IMAGING_WORD = re.compile(r"(?<![\w/])(?:" + _EXAM_WORDS + r"|mam\w*|mr|mg|usg?|uss|u/s|pocus|sono\w*|ultras\w*|tomo\w*)"
                           r"(?![\w/])", re.IGNORECASE)
_RUNS_ON = re.compile(r";|\.[ \t]+\S")  # a second clause or sentence


def _exam_title(text: str) -> re.Match[str] | None:
    """The first ``_EXAM_TITLE`` at a line's start or after a gap of two or more spaces (not a clinician's physical
    examination: :data:`_IMAGING_WORD`)."""
    for m in _EXAM_TITLE.finditer(text):
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if (not before.strip() or before.endswith("  ")) and not (
                _RUNS_ON.search(m.group("title")) and _IMAGING_WORD.search(m.group("title")) is None):
            return m
    return None


_AXILLA_BEFORE = re.compile(r"\baxill?(?:a|ae|as|ary)[ \t]+$", re.IGNORECASE)  # "axila <side>", the side word after it


def _title_sides(text: str, lo: int, hi: int, index: SideIndex) -> set[str]:
    """The sides a title names, leaving out an aside in parentheses ("LEFT BREAST (status post right
    mastectomy)") unless the title names a side only there."""
    named = {m.side for m in index.sides_in(lo, hi)}
    if len(named) > 1:
        # (a side the title says was left out is none of the exam's: "LEFT BREAST ULTRASOUND. Right breast not examined.",
        # the translated "ECOGRAFÍA MAMA DERECHA. Mama izquierda no explorada.")
        # (an axilla not imaged leaves its breast in: "Axila derecha no explorada", read "Axila right not imaged")
        imaged = {m.side for m in index.sides_in(lo, hi) if not _SIDE_NOT_IMAGED.match(text, m.start)
                  or _AXILLA_BEFORE.search(text, max(lo, m.start - 16), m.start)}
        if imaged and imaged != named:
            return imaged
        asides = [(m.start(), m.end()) for m in re.finditer(r"\([^()\n]*\)", text[lo:hi])]
        outside = {m.side for m in index.sides_in(lo, hi) if not any(a <= m.start - lo < b for a, b in asides)}
        return outside or named
    return named


_BILATERAL_WORDS = re.compile(r"\b(?:bilateral|bilat|both\s+breasts|b/l)\b", re.IGNORECASE)


def _bilateral_title(text: str) -> bool:
    """The exam's title line ("EXAM: MAMMO SCREENING BILATERAL") names both breasts."""
    title = _exam_title(text)
    if _BILATERAL_WORDS.search(title.group("title") if title is not None else text[:160]) is not None:
        return True
    # (else a title line in capitals, also a printout row's description cell: "MAM DX BILAT W TOMO")
    return title is None and (m := _MODALITY_TITLE.search(text) or _MODALITY_CELL.search(text)) is not None and (
        "BILAT" in m.group("title"))


# a terse note opens with its exam's side letter and an abbreviated "breast" ("R bst US f/u 8:00: ...", "Lt brst MG")
# or exam ("L DX MAMMO (s/p R mastectomy 2018)", "R US f/u", "Lt MRI"): the side of the exam, whatever its aside names
_TERSE_TITLE = re.compile(r"[ \t]*(?-i:(?P<side>[RL]))t?\.?[ \t]+(?:bst|brst|breast|(?:dx|diag|scr(?:een(?:ing)?)?)[ \t]+"
                          r"(?:mammo(?:gram)?|mam|mg|us)|mammo(?:gram)?|us|mri|dbt)\b", re.IGNORECASE)


# (radiology b128: the breast named with what was done to it between its side and "breast", "left reconstructed breast
# not imaged", "right operated breast not examined": one word of surgery or treatment, nothing else)
_TREATED_BREAST_WORD = r"(?:(?:reconstructed|operated|treated|irradiated)\s+)?"
# (review r127: a side not imaged at another visit or study is no side left out of today's where its sentence says it
# was imaged in this exam, today or by its findings after a colon: "Left breast not imaged on the first visit because of
# mastitis; imaged today", "Left treated breast not imaged on the 2025 visit: stable post-lumpectomy scar"; review
# rfinal14: not where the clause of the other visit stands alone or goes on to today, "... on the previous exam or
# today", "... and not imaged today": that side stays out, as before r127)
_ANOTHER_VISIT = (r"[ \t]+(?:on|at|during|in)[ \t]+(?:(?:the|her)[ \t]+)?(?:initial|previous|prior|first|earlier|"
                  r"original|(?:19|20)\d\d)[ \t]+(?:visit|study|exam(?:ination)?|attendance|appointment)\b")
# (... and, for the exam's sides, what may follow a side not imaged today: the sentence's end or a pause, a reason or
# "today", "in this study", or a clause of another visit that goes on to today ("... on the previous exam or today",
# "... and not imaged today"); not a clause of another visit alone ("History: left breast not imaged at the 2024 visit"),
# a view or another qualifier ("Left breast not imaged on the MLO view", "... not examined clinically"))
_NOT_IMAGED_TODAY_AFTER = re.compile(r"[ \t]*(?:[.;,(\n:]|$)|[ \t]+(?:today|now|because|due|as|in[ \t]+this|on[ \t]+this|"
                                     r"though|since|for)\b|" + _ANOTHER_VISIT + r"[^\n.]{0,60}?\b(?:or|nor|and[ \t]+not"
                                     r"[ \t]+(?:re-?)?imaged)[ \t]+today\b", re.IGNORECASE)
_IMAGED_TODAY = r"\b(?<!not[ \t])(?<!not[ \t]re-)(?:re-?)?imaged[ \t]+today\b"
_NOT_AT_ANOTHER_VISIT = (r"(?!" + _ANOTHER_VISIT + r"(?:[ \t]*:|[^\n.]{0,100}?" + _IMAGED_TODAY + r"))")
# ... nor one its sentence takes back, imaged since in this exam: "Left breast not imaged on the initial study has now
# been imaged: ...", "..., was later imaged: ...", "..., now imaged today"; review rfinal14: not imaged since by another
# exam or practice, "... as it has now been imaged on MRI (see separate report)", "..., later imaged elsewhere": the
# colon or "today" after the verb, nothing else, brings it back)
_NOT_IMAGED_SINCE = (r"(?![^\n.;]{0,80}?\b(?:(?:has|have)[ \t]+now[ \t]+been|was[ \t]+later|(?:was|were|has[ \t]+been)[ \t]+"
                     r"subsequently|now)[ \t]+(?:re-?)?imaged(?:[ \t]*:|[ \t]+today\b))")
# (also said as the side's own heading: "R: not imaged.", "Left breast: not examined", also after a remark on an earlier
# exam of it: "Left breast: clear on the staging MRI; not re-imaged now", or as a field's empty value with its reason:
# "BI-RADS right: -- not scanned", "Right: N/A (not examined)", or after the reason before a comma: "Right breast: status
# post mastectomy 2017, not imaged")
_SIDE_NOT_IMAGED_WORDS = (r"\b(?:left|right|lt|rt|(?-i:[LR])(?=[ \t]*:))(?:\s+" + _TREATED_BREAST_WORD + r"breast)?"
                          r"(?:[ \t]*:(?:[^\n.;:]{1,80}[;,])?)?\s+"
                          r"(?:(?:-{1,2}|[\u2013\u2014]|n/?a)[ \t]*\(?[ \t]*)?(?:(?:was|is|were)\s+)?not\s+"
                          r"(?:re-?)?(?:imaged|examined|scanned|included|explored)\b")
# (review rfinal14: the English wording whatever follows, another visit or imaged since: its side word names no
# finding, so it takes no category below its own line, "Left breast not imaged on the first visit ...; imaged today.\n
# ...\nIMPRESSION: Negative. BI-RADS 1." is the exam's)
_SIDE_NOT_IMAGED_AT_ALL = re.compile(_SIDE_NOT_IMAGED_WORDS, re.IGNORECASE)
_SIDE_NOT_IMAGED = re.compile(_SIDE_NOT_IMAGED_WORDS + _NOT_AT_ANOTHER_VISIT + _NOT_IMAGED_SINCE +
                              # (a French sentence whose side the translation wrote in English, the breast named by its
                              # word after the side or its article or "sein" before it: "Le left breast n'a pas été
                              # examiné lors de ce contrôle", "Right breast n'a pas été examinée"; not another organ's
                              # side, "L'aisselle left n'a pas été explorée": the axilla, not the breast)
                              # (led by the side word, its article or "sein" checked behind it: a branch led by the
                              # look-behinds was tried at every character of every report)
                              r"|(?:left|right)(?:[ \t]+breast|"
                              + "|".join(f"(?<=\\b{w}[ \\t]{side})" for w in ("le", "la", "du", "sein")
                                         for side in ("left", "right"))
                              + r")[ \t]+n['’]a[ \t]+pas[ \t]+été[ \t]+(?:ré-?)?(?:examiné|exploré|imagé)e?(?!\w)",
                              re.IGNORECASE)


# "left mastectomy", "Rt. simple mastectomy", "mastectomy of the right breast": the side a mastectomy removed
_REMOVED_SIDE = re.compile(r"\b(?:(?P<side>left|right|lt|rt)\.?[ \t]+(?:(?:simple|total|radical|modified[ \t]+radical|"
                           r"skin[ -]sparing|nipple[ -]sparing)[ \t]+)?mastectomy"
                           r"|mastectomy[ \t]+of[ \t]+the[ \t]+(?P<side_of>left|right)[ \t]+breast)\b", re.IGNORECASE)
# ... unless its sentence plans or recommends it ("Plan: left mastectomy", "MDT recommendation: right mastectomy",
# "booked for a left mastectomy"; a theatre form's "Procedure requested: RIGHT mastectomy"): that breast is still there
_PLANNED_BEFORE = re.compile(r"\b(?:plan(?:ned|s)?|recommend(?:s|ed|ation)?|scheduled|booked|listed|proposed|awaiting|"
                             r"request(?:s|ed)?|"
                             r"offered|consider(?:ed|ing)?)\b[^.\n]*$", re.IGNORECASE)
PLANNED_REACH = 80  # characters before a mastectomy searched for its plan


# a translation's exam title line kept in its first language (in capitals: "ECOGRAFIA MAMMARIA SINISTRA") with the English
# title glossed in square brackets after it, naming the breast exam and its side ("[LEFT BREAST ULTRASOUND]", "[left
# breast and left axillary ultrasound]", "[BILATERAL BREAST ULTRASOUND REPORT]"), ending its line or before a dash and
# a remark ("- controllo [follow-up]"); in the report's first lines only (its header, not a quoted or earlier exam's)
_GLOSSED_EXAM_TITLE = re.compile(
    r"^[ \t]*(?-i:[A-Z]{2,})\b[^\n\[\]]{0,80}\[[ \t]*(?P<side>left|right|bilateral)[ \t]+breasts?"
    r"(?:[ \t]+and[ \t]+(?:(?:left|right|bilateral)[ \t]+)?axill(?:a|ae|ary))?[ \t]+"
    r"(?:ultrasound|ultrasonography|sonography|mammogra(?:m|phy)|mri)(?:[ \t]+report)?[ \t]*\](?=[ \t]*(?:$|[-–—]))",
    re.IGNORECASE | re.MULTILINE)
GLOSSED_TITLE_LINES = 5  # (the title stands in the report's first lines)
_BILATERAL_WORD = re.compile(r"\bbilat", re.IGNORECASE)
_MONTH_YEAR_OR_YEAR = re.compile(r"(?<![\d/.-])(?:\d{1,2}[/.-])?(?:19|20)\d\d(?![\d/.-])")  # (not a full date's)


def _glossed_title_is_own(text: str, glossed: re.Match[str]) -> bool:
    """The glossed exam title (:data:`_GLOSSED_EXAM_TITLE`) is the report's own (review rfinal12: not an earlier exam's
    listed under a heading, 'Esame bilaterale [bilateral examination] ...\nConfronto con [Comparison with]:\nECOGRAFIA
    MAMMARIA SINISTRA [LEFT BREAST ULTRASOUND] - 03/2025, BI-RADS 3 ...'): the line above it does not end with a colon,
    the rest of its line gives no month and year nor a year alone (the exam's own full date may stand there), and no
    line above names the exam bilateral where the title names one side."""
    head = text[: glossed.start()].rstrip()
    if head.endswith(":"):
        return False
    line_end = text.find("\n", glossed.end())
    if _MONTH_YEAR_OR_YEAR.search(text, glossed.end(), len(text) if line_end < 0 else line_end) is not None:
        return False
    return glossed.group("side").lower() == "bilateral" or _BILATERAL_WORD.search(head) is None


# radiology b132: an exam of both breasts told by its title with no side word on its line, where the text names one
# side elsewhere (a finding's, another document's): a quoted title in capitals naming "BREASTS" ('"MRI BREASTS - IMPLANT
# PROTOCOL (non-contrast) - 14/01/2026'; not '"MRI BREAST - ...', nor '"MRI BREASTS (left) ...'), or a dictated report's
# title sentence opening one of its first lines ("Screening bilateral mammogram with tomosynthesis."; not "Bilateral
# mammogram recommended.", nor that sentence further down)
_PLURAL_BREASTS_TITLE = re.compile(r"\bBREASTS\b")
_TITLE_LINE_SIDE_WORD = re.compile(r"\b(?:left|right|lt|rt|l|r)\b", re.IGNORECASE)
TITLE_SENTENCE_LINES = 5  # (the lines a title sentence may open)
_BILATERAL_EXAM_SENTENCE = re.compile(
    r"^[ \t]*(?:(?:screening|diagnostic)[ \t]+)?(?:bilateral|bilat)[ \t]+(?:(?:screening|diagnostic|digital)[ \t]+)?"
    r"(?:mammograms?|mammography|breast[ \t]+(?:ultrasound|mri))"
    r"(?:[ \t]+with[ \t]+(?:tomosynthesis|dbt|contrast))?[ \t]*\.", re.IGNORECASE | re.MULTILINE)


def _titled_both_breasts(text: str, in_history: Callable[[int], bool]) -> bool:
    """A title outside the history names an exam of both breasts and no side (:data:`_PLURAL_BREASTS_TITLE`,
    :data:`_BILATERAL_EXAM_SENTENCE`)."""
    if '"' in text or "“" in text:
        for m in _QUOTED_MODALITY_TITLE.finditer(text):
            title = m.group("title") or ""
            if (_PLURAL_BREASTS_TITLE.search(title) and _QUOTED_TITLE_OTHER_PART.search(title) is None
                    and _TITLE_LINE_SIDE_WORD.search(text, m.start(), end_of_line(text, m.start())) is None
                    and not in_history(m.start())):
                return True
    return any(not in_history(m.start()) for m in _BILATERAL_EXAM_SENTENCE.finditer(
        text, 0, first_lines_end(text, TITLE_SENTENCE_LINES)))


def _exam_sides(text: str, history: list[tuple[int, int]], index: SideIndex) -> set[str]:
    """The breasts the exam covers: its title, else the sides named outside the history, else both."""
    head_end = 0
    for line_no, line in enumerate(text.splitlines(keepends=True)):
        # (a title under the centre's name: "Screening Mammography, Bilateral", "Diagnostic MRI of the breasts")
        # (a second-look exam's title too: "TARGETED (SECOND-LOOK) ULTRASOUND, RIGHT BREAST")
        # (not a side's line under the title saying it was left out: "Right breast: status post mastectomy, not imaged.",
        # nor one saying it was not imaged at another visit, review rfinal14)
        if line_no >= 3 or (line_no and (not re.match(r"\s*(?:(?:targeted|\(?second[ -]look\)?)[ \t]+)*"
                                                      r"(?:exam|examination|procedure|us\b|ultrasound|sonograph|bilateral|"
                                                      r"left|right|date|(?:(?:screening|diagnostic)\s+)?(?:mam+o|mri\b))",
                                                      line, re.IGNORECASE) or _SIDE_NOT_IMAGED.match(line.lstrip())
                                     or _SIDE_NOT_IMAGED_AT_ALL.match(line.lstrip()))):
            break
        head_end += len(line)
    head = text[:head_end] if head_end else text[:160]
    field = _EXAM_FIELD.search(text) if "=" in text else None
    if field is not None:
        head, head_end = field.group("title"), 0
        named = {m.side for m in index.sides_in(field.start("title"), field.end("title"))}
        if named and not re.search(r"\b(?:bilateral|bilat|both\s+breasts|b/l)\b", head, re.IGNORECASE):
            return named
    if any(word in text.lower() for word in EXAM_LIST_WORDS):
        for m in _EXAM_LIST.finditer(text):
            rows = m.group("rows")
            if _BILATERAL_WORDS.search(rows):
                return {"L", "R"}
            named = {side for word in _SIDE_WORD.finditer(rows) for side in _sides_of_word(word)}
            if named:
                return named
    if re.search(r"\b(?:bilateral|bilat|both\s+breasts|b/l)\b", head, re.IGNORECASE):
        return {"L", "R"}
    if (terse := _TERSE_TITLE.match(text)) is not None:
        return {terse.group("side")}
    named = _title_sides(text, 0, head_end or 160, index)
    if named:
        return named
    title = _exam_title(text)
    if title is not None and not any(a <= title.start() < b for a, b in history):
        if re.search(r"\b(?:bilateral|bilat|both\s+breasts|b/l)\b", title.group("title"), re.IGNORECASE):
            return {"L", "R"}
        named = _title_sides(text, title.start("title"), title.end("title"), index)
        if named:
            return named
    for m in _modality_titles(text, history):
        if not any(a <= m.start() < b for a, b in history):
            if re.search(r"\bBILAT", m.group("title")):
                return {"L", "R"}
            named = {side.side for side in index.sides_in(m.start("title"), m.end("title"))}
            if named:
                return named
            break
    # (a translation's title kept in its first language, the English title glossed in square brackets after it:
    # "ECOGRAFIA MAMMARIA SINISTRA [LEFT BREAST ULTRASOUND]"), looked for in the header's lines only
    if "[" in text and (glossed := _GLOSSED_EXAM_TITLE.search(text, 0, first_lines_end(text, GLOSSED_TITLE_LINES))) and (
            not any(a <= glossed.start() < b for a, b in history)) and _glossed_title_is_own(text, glossed):
        side = glossed.group("side").lower()
        return {"L", "R"} if side == "bilateral" else {side[0].upper()}
    in_history = span_lookup(history)
    quoted = {side.side for m in _QUOTED_MODALITY_TITLE.finditer(text) if _QUOTED_TITLE_BREAST.search(m.group(0))
              and not _QUOTED_TITLE_OTHER_PART.search(m.group(0)) and not in_history(m.start())
              for side in index.sides_in(m.start(), m.end())} if '"' in text or "“" in text else set()
    if quoted and (len(quoted) > 1 or not any(
            _QUOTED_TITLE_OTHER_PART.search(m.group("rest")) is None and (
                "BILAT" in m.group(0) or _ONE_SIDE_WORD.search(m.group("rest")) is None)
            and not any(a <= m.start() < b for a, b in history)
            for m in _QUOTED_OTHER_BREAST_EXAM.finditer(text)) and not any(
            _EARLIER_EXAM_WORDS.search(m.group(0)) is None for m in _QUOTED_BOTH_BREASTS_EXAM.finditer(text))):
        return quoted
    # ("Right breast not imaged on this occasion": the side named is the one the exam left out)
    # (any case, any space before it; a French "n'a pas été examiné")
    left_out = ([m.span() for m in _SIDE_NOT_IMAGED.finditer(text)]
                if "not" in text or "NOT" in text or "Not" in text or "pas été" in text else [])
    # (review rfinal14: nor a side said not imaged at another visit or imaged since, "Left breast not imaged on the first
    # visit ...; imaged today": its word names no finding, so it makes no one-sided exam)
    in_left_out = span_lookup([*left_out, *(m.span() for m in _SIDE_NOT_IMAGED_AT_ALL.finditer(text))] if left_out or (
        "not" in text.lower()) else [])
    outside = {m.side for m in index.mentions if not in_history(m.start) and not in_left_out(m.start)}
    if len(outside) == 1 and (any(not any(a <= m.start() < b for a, b in history) for m in _BOTH_BREASTS.finditer(text))
                              or _titled_both_breasts(text, in_history)
                              or ('"' in text or "“" in text) and any(
                not in_history(m.start()) and _bilateral_exam_line_above(text, m.end() - 1)
                for m in _QUOTED_EXAM_LINE.finditer(text))):
        # "Both breasts: coarse calcifications" in the findings; a quoted report under its line naming an exam of both
        # breasts ("Bilateral mammogram, 19/05/2026, ...:")
        return {"L", "R"}
    if len(outside) > 1 and "astectom" in text.lower():
        # a breast the report says was removed ("status post left mastectomy") is no side of the exam, however often
        # the letter names it (its cancer, its surgery)
        outside = outside - {(m.group("side") or m.group("side_of"))[0].upper() for m in _REMOVED_SIDE.finditer(text)
                             if not _PLANNED_BEFORE.search(text, max(0, m.start() - PLANNED_REACH), m.start())} or outside
    if not outside and left_out:
        # (review rfinal14: a report whose title and findings name no side but the one it says was not imaged today,
        # "MAMMOGRAM\nIndication: ...\nLeft reconstructed breast not imaged.\n... BI-RADS 1.", also under a history's
        # heading: the other side is the exam's; not a side not imaged at another visit only, "History: left breast not
        # imaged at the 2024 visit", which says nothing of today's, nor beside both breasts named)
        in_today = span_lookup([(a, b) for a, b in left_out if _NOT_IMAGED_TODAY_AFTER.match(text, b)])
        not_imaged = {m.side for m in index.mentions if in_today(m.start)}
        if len(not_imaged) == 1 and not any(not in_history(m.start()) for m in _BOTH_BREASTS.finditer(text)):
            return {"L", "R"} - not_imaged
    return outside or {"L", "R"}


def _earlier_report_heading_above(text: str, line_start: int) -> bool:
    """Whether a heading line right above the line at ``line_start`` (or one of up to :data:`STACKED_HEADING_LINES`
    stacked heading lines) opens an earlier or outside report (:data:`_EARLIER_REPORT_LINE`)."""
    for _ in range(STACKED_HEADING_LINES):
        if line_start == 0:
            return False
        above = text.rfind("\n", max(0, line_start - 1 - HEADING_LINE_CHARS), line_start - 1) + 1
        if above == 0 and line_start - 1 > HEADING_LINE_CHARS:
            return False  # (a long line: no heading)
        line = text[above : line_start - 1].rstrip()
        if not line.endswith(":"):
            return False
        if _EARLIER_REPORT_LINE.fullmatch(line):
            return True
        line_start = above
    return False


def _date_key(date: str) -> tuple[int, ...]:
    """A :data:`_HEADING_DATE`'s numbers, the year last in four digits: ``"02/03/26"`` -> ``(2, 3, 2026)``."""
    parts = [int(part) for part in re.split(r"[./-]", date)]
    parts[-1] += 0 if parts[-1] >= 100 else 2000 if parts[-1] <= 50 else 1900
    return tuple(parts)


def _exam_dates(text: str) -> tuple[int, dict[tuple[int, ...], int]]:
    """The report's latest year, and where each date written on a line that names no earlier exam (nor a birth) is
    first written, also by its month and year and by its year alone (review rfinal8)."""
    latest = 0
    first: dict[tuple[int, ...], int] = {}
    for d in _HEADING_DATE.finditer(text):
        key = _date_key(d.group(0))
        latest = max(latest, key[-1])
        line_start = text.rfind("\n", max(0, d.start() - HEADING_LINE_CHARS), d.start()) + 1
        line_end = text.find("\n", d.end(), d.end() + HEADING_LINE_CHARS)
        if _EARLIER_DATE_LINE.search(text, max(line_start, d.start() - HEADING_LINE_CHARS),
                                     line_end if line_end >= 0 else min(len(text), d.end() + HEADING_LINE_CHARS)):
            continue
        for n in range(1, len(key) + 1):
            first.setdefault(key[-n:], d.start())
    return latest, first


def _dated_heading(text: str, m: re.Match[str], end: int, exam_dates: Callable[[], tuple[int, dict]]) -> bool:
    """Whether the combined heading ``m`` (to ``end``, its colon) carries a date of an earlier exam: not an atlas
    edition's year, nor the exam's own date written above it with no later year in the report (review rfinal8)."""
    for d in _HEADING_DATE.finditer(text, m.start(), end):
        if _EDITION_WORDS.search(text, max(m.start(), d.start() - EDITION_CHARS), min(len(text), d.end() + EDITION_CHARS)):
            continue  # ("Overall assessment (ACR BI-RADS atlas, 2013 edition):")
        key = _date_key(d.group(0))
        latest, first = exam_dates()
        if key[-1] < latest or first.get(key, len(text)) >= m.start():
            return True
    return False


def _own_combined_heading(text: str, low: str, starts: list[int], in_history: Callable[[int], bool]) -> re.Match[str] | None:
    """The first :data:`_COMBINED_HEADING` that is this report's own completed conclusion (reviews r115, rfinal8,
    above), given the statements' starts."""
    starts = sorted(starts)
    blank_at = -1  # (the first blank line after the last heading's line, reused while it is still below the next's)
    cardiac: bool | None = None  # (found on first need, once per report, not once per heading)
    dates: list[tuple[int, dict]] = []  # (the report's dates, looked up once a heading carries one)

    def exam_dates() -> tuple[int, dict]:
        if not dates:
            dates.append(_exam_dates(text))
        return dates[0]

    for m in _COMBINED_HEADING.finditer(text):
        if in_history(m.start()):
            continue
        line_end = end_of_line(text, m.end())
        colon = text.find(":", m.start(), min(line_end, m.end() + HEADING_DATE_CHARS))
        if _dated_heading(text, m, max(colon, m.end()), exam_dates):  # (the heading to its colon, or the match alone)
            continue
        if m.group("echo"):
            cardiac = (any(word in low for word in CARDIAC_WORDS) or _CARDIAC_WORDING.search(text) is not None
                       if cardiac is None else cardiac)
            if cardiac:
                continue
        first_after = bisect_left(starts, m.start())  # (the index of the first statement at or after the heading)
        if blank_at <= line_end:
            blank = BLANK_LINE.search(text, line_end + 1)
            blank_at = blank.start() if blank else len(text)
        section_end = min(blank_at, line_end + COMBINED_SECTION_CHARS)
        stated = first_after < len(starts) and starts[first_after] < section_end
        if not stated and not _SECTION_WORD_CATEGORY.search(text, m.end(), section_end):
            continue  # (no category stated in its section, by number or in words)
        if _earlier_report_heading_above(text, m.start()):  # (every _COMBINED_HEADING match starts its line: "^")
            continue
        return m
    return None


def _french_revision_stands(norm: str, m: re.Match[str], reclassified: re.Match[str]) -> bool:
    """Whether the French revision ``reclassified`` (:data:`_RECLASSIFIED_BEFORE`'s ``fr``: "est révisée en") of the
    statement ``m`` gives the report's new category: no condition before it in its sentence or after it
    (:data:`_CONDITION_BEFORE_FR`, :data:`_CONDITION_AFTER_FR`: "Si la cytologie est bénigne, la classification est
    révisée en ACR 2" is not yet revised), and no density its subject (:data:`_DENSITY_SUBJECT_FR`). One that does not
    stand is read as a plain category."""
    return not (_CONDITION_BEFORE_FR.search(norm, max(0, m.start() - CONDITION_REACH), m.start())
                or _CONDITION_AFTER_FR.match(norm, m.end(), m.end() + CONDITION_REACH)
                or _DENSITY_SUBJECT_FR.search(norm, max(0, reclassified.start() - CONDITION_REACH), reclassified.start()))


def _reclassified_before(norm: str, start: int) -> re.Match[str] | None:
    """The revision word straight before the statement at ``start`` (:data:`_RECLASSIFIED_BEFORE`: "reclassified as",
    "est révisée en", "Reclassified" opening its sentence, "was reclassified"); one after a modal, "to be", "not" or
    "never" (:data:`_HEDGE_BEFORE_REVISION`, the older "as / to" form's), or one not told in the past or perfect
    (:data:`_PAST_REVISION_BEFORE`: "was / has been / had to be"; after a comma or "is / are") with "if / once / until /
    whether" in its clause before it (:data:`_CONDITION_BEFORE_AUX`) is none."""
    found = _RECLASSIFIED_BEFORE.search(norm, max(0, start - 30), start)
    if found is None or found.group("fr"):
        return found
    if found.group("aux") is not None:  # (", reclassified", "is / was reclassified": the auxiliary is in the match)
        past = found.group("aux").strip().lower()[:1] in ("w", "h")  # ("was / were / has been")
    elif found.group("bare") is not None:
        return found  # (opening its sentence or line)
    elif _HEDGE_BEFORE_REVISION.search(norm, max(0, found.start() - 30), found.start()):
        return None
    else:
        past = _PAST_REVISION_BEFORE.search(norm, max(0, found.start() - 40), found.start()) is not None
    if not past and _CONDITION_BEFORE_AUX.search(norm, max(0, found.start() - CONDITION_REACH), found.start()):
        return None  # (review rfinal15: only a revision not yet made: "If stable, the group is reclassified as")
    return found


def extract_birads(text: str) -> dict[str, str | None]:
    """``{"L": value | None, "R": value | None}`` from a radiology report's text (module docstring)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    exports = delimited_export_view(imaging_audit_view(text))
    english = english_heading_view(leader_view(layout_view(side_gloss_view(fhir_view(dicom_sr_listing_view(
        ocr_keyword_view(ocr_view(xml_export_view(cda_view(registry_record_view(json_record_view(version_history_view(
            exports)))))))))), numbered_values=False)))
    norm, dictated = normalise_dictation(cjk_view(translated_view(english)))
    norm, ticked = _read_checkboxes(norm)
    spoken = dictated or _run_on(norm, text) or _spoken_punctuation(norm.lower())
    history = _history_spans(norm, spoken, untranslated_french_history(english))
    low = norm.lower()
    # (the addendum pattern is slow to scan; most reports have none of its words)
    addenda = [m.start() for m in _ADDENDUM.finditer(norm)] if any(word in low for word in _ADDENDUM_WORDS) else []

    in_history = span_lookup(history)

    raw = []
    # the statements whose category (after an arrow, "revised from X to Y", "should read N") replaces the ones before them
    revised_at: list[int] = []
    heard = spoken or _speech_recognition_transcript(norm, low)  # (homophones read as numbers)
    for m in (_STATEMENT_IN_BLANKS if _LONG_BLANKS in norm else _STATEMENT).finditer(norm):
        value = _value(m)
        if (not heard and (m.group("num") or m.group("num3") or "").lower() in HOMOPHONES
                and (m.group("sub") or m.group("sub3") or "").lower() not in SPOKEN_ONLY_LETTERS
                and ((named := _NAME_AFTER_HOMOPHONE.match(norm, m.end())) is None or _value(named) != value)):
            continue
        if value is None or (_TABLE_CELL.match(norm, m.end()) and not _WITHIN_CELL.fullmatch(m.group(0))
                             ) or _GRID_HEADER_AFTER.match(norm, m.end()):
            continue  # "Lesion BI-RADS" heads a table column: the number below starts a row; "BI-RADS  0  1  2": a grid's
        if in_history(m.start()) or _DEFINITION_AFTER.match(norm, m.end()):
            continue
        if m.group("wq") and not _quoted_name_heading(norm, m.start()):
            continue  # ('Cytology assessment: "Benign." (C2)', "I read her the 2024 result - assessment: "Benign."")
        if m.group("side1") and _MEASUREMENT.match(norm, m.end()):
            continue  # "BI-RADS: left 2 x 3 cm mass": a side, then the finding's size
        if m.group("num3") and _OTHER_SCALE_BEFORE.search(norm, max(0, m.start() - OTHER_SCALE_REACH), m.start()):
            continue
        if norm.startswith("ACR", m.start()) and (_DENSITY_BEFORE.search(norm, max(0, m.start() - 30), m.start())
                                                  or _DENSITY_AFTER.match(norm, m.end())):
            continue
        end, side = m.end(), (m.group("side1") or m.group("side_k") or m.group("side_f") or m.group("side_o")
                                  or m.group("side_a") or "")[:1] or None
        if side is None and m.group("num") and (before := _LETTER_BEFORE.search(norm, max(0, m.start() - 4), m.start())):
            side = before.group("side")
        if side is None and (score := _SIDED_SCORE_BEFORE.search(norm, max(0, m.start() - 16), m.start())):
            side = score.group("side")[0].upper()
        if side is None and (score_side := _sided_score_line(norm, m.start())) is not None:
            side = score_side
        if (arrow := _ARROW_AFTER.match(norm, end)) is not None:
            value, end = _revised_value(arrow), arrow.end()  # "BI-RADS 4A -> 3": the category after the arrow
            revised_at.append(m.start())
        elif m.group("rev") or (reclassified := _reclassified_before(norm, m.start())):
            if m.group("rev") and _CONDITION_BEFORE.search(norm, max(0, m.start() - CONDITION_REACH), m.start()):
                continue  # (review rfinal10: "If aspiration shows ..., BI-RADS is revised to 2": not yet revised)
            if m.group("rev") or reclassified.group("fr") is None:
                revised_at.append(m.start())  # "BIRADS is revised to 4a", "reclassified as BI-RADS 2"
            elif _french_revision_stands(norm, m, reclassified):
                revised_at.append(m.start())  # "est révisée en ACR 2"
                if side is None and (own := _REVISION_SIDE_LINE.match(norm, norm.rfind("\n", 0, m.start()) + 1)):
                    side = own.group("side")[0].upper()  # (review r125: its own line's side heading, no other side)
        if side is None and (paren := _PAREN_SIDE.match(norm, end)) is not None:
            side = paren.group("side")[0].upper()  # "BI-RADS: 6 (left), 2 (right)"
            raw.append((m.start(), end, value, side, False))
            pos = paren.end()
            while (more := _PAREN_CONTINUATION.match(norm, pos)) is not None:
                raw.append((more.start("num"), more.end(), _revised_value(more), more.group("side")[0].upper(), False))
                pos = more.end()
            continue
        raw.append((m.start(), end, value, side, bool(
            m.group("num2") is None and m.group("num") is None and m.group("num3") is None and m.group("num4") is None)))
        pos = end
        after = _side_letter_after(norm, pos)
        if after is not None and not m.groupdict().get("side1"):
            pos = pos + after.end() if not _LETTER_WORD.match(norm[pos : pos + 6]) else -1
        if m.groupdict().get("side1") or m.groupdict().get("side_k") or after is not None and pos >= 0:
            while (more := _CONTINUATION.match(norm, pos)) is not None:
                side = (more.group("side") or more.group("side_b"))[0]
                num = (more.group("num") or more.group("num_b")) + (more.group("sub") or more.group("sub_b") or "")
                pos = more.end()
                if (arrow := _ARROW_AFTER.match(norm, pos)) is not None:  # "BI-RADS: R2 L4a->3"
                    num, pos = _revised_value(arrow), arrow.end()
                    revised_at.append(more.start())
                raw.append((more.start(), pos, num.upper(), side, False))
    inline = _SIDE_WORDS_ASSESSMENT_INLINE.finditer(norm) if "assessment for" in low or "assessment of" in low else ()
    run_in_results = _RESULT_HEADING_RUN_IN.finditer(norm) if any(word in low for word in RESULT_HEADING_WORDS) else ()
    run_in_results = (m for m in run_in_results if _result_heading_of_hers(norm, m))
    for m in (*_SIDE_WORDS_ASSESSMENT.finditer(norm), *inline, *run_in_results):
        if not _abbreviation_joins_one_side(norm, m):
            continue
        if m.group("mine") and _LATER_CATEGORY.search(norm, m.end()) is not None:
            continue  # (a letter's own final assessment quoted from an earlier letter: a later category is today's)
        if m.group("mine") and _MODALITY_KIND.search(norm, 0, m.start()) is None:
            continue  # (a clinic letter's, naming no imaging exam before it: "Examination: 2 cm mobile lump.\nMy final
            # assessment (left breast): benign, likely fibroadenoma clinically; ultrasound requested.")
        if not in_history(m.start()) and (m.group("head") or m.group("own") or _in_impression(norm, m.start())
                                          or _capitals_summary(norm, m.start())):
            side = (m.group("side") or m.group("side_p") or m.group("side_c"))[0].upper()
            raw.append((m.start(), m.end(), _value(m), "B" if side == "B" else side, True))
            pos = m.end()
            while (chain := _SIDE_WORDS_CHAIN.match(norm, pos)) is not None:
                raw.append((chain.start("side"), chain.end(), _value(chain), chain.group("side")[0].upper(), True))
                pos = chain.end()
    if any(word in low for word in HEADED_WORDS_WORDS):
        # (a run-in heading in title case only inside a report quoted on its line: in a typed report's own running text
        # "... axillae clear. Impression: negative. birads won" is read by its sentences, not as a quoted form)
        run_in = [m for m in _HEADED_WORDS_RUN_IN.finditer(norm) if m.group("head").isupper()
                  or _quoted(norm, norm.rfind("\n", 0, m.start()) + 1, m.start("at"))]
        uk_scored: bool | None = None  # (found on first need, once per report, not once per heading)
        for m in (*_HEADED_WORDS_THEN_SIDE.finditer(norm), *run_in):
            if in_history(m.start("at")):
                continue
            if m.group("summed") and not m.group("side"):
                continue  # (a name after the finding's sentences is read with its sides only)
            if m.group("side"):
                # (and each name with its side after it: "Suspicious, left breast. Negative, right breast.")
                named: re.Match[str] | None = m
                while named is not None:
                    # (the side's initial: "B" for bilateral or both breasts)
                    raw.append((named.start("at"), named.end(), _value(named), named.group("side")[0].upper(), True))
                    named = _HEADED_WORDS_NEXT.match(norm, named.end())
            elif m.group("head")[0] not in "aA":  # ("Assessment: benign": _STATEMENT's)
                if uk_scored is None:
                    uk_scored = _UK_SCORE.search(norm) is not None
                if not uk_scored:
                    raw.append((m.start("at"), m.end(), _value(m), None, True))
        raw += [st for st in _words_then_side_lines(norm) if not in_history(st[0])]
    if "classification" in low:
        raw += [(m.start(), m.end(), _value(m), None, True) for m in _CLASSIFICATION_WORDS.finditer(norm)
                if not in_history(m.start())]
    if "\n" in norm:
        raw += [st for st in _side_block(norm, any(word in low for word in VALUED_BLOCK_WORDS)) if not in_history(st[0])]
    outcomes = list(_FINAL_OUTCOME.finditer(norm)) if "final" in low else []
    per_breast_heads: list[int] = []  # (a bare "Per breast:" list's: it outranks the overall category's line above it)
    raw += [st for st in (*_headed_lists(norm, outcomes, per_breast_heads), *_outcome_side_lines(norm, outcomes))
            if not in_history(st[0])]
    revised_at += [start for start in per_breast_heads if not in_history(start)]
    if "=" in norm:
        raw += [st for st in _coded_fields(norm) if not in_history(st[0])]
    if any(word in norm for word in COLON_FIELD_WORDS):
        raw += [st for st in _coded_fields(norm, _COLON_FIELD) if not in_history(st[0])]
    if "  " in norm or "," in norm:
        raw += [st for st in _table_statements(norm) if not in_history(st[0])]
    if "|" in norm:
        column_rows, final_rows = _side_column_rows(norm)
        # (a category read in a side column's cell is that side's only: not the exam's, unsided, as well, where the
        # other column's cell holds none: "| Final result | BI-RADS 1 | awaiting work-up |")
        cells = [(st[0], st[1]) for st in column_rows]
        raw = [st for st in raw if st[3] is not None or not any(a <= st[0] and st[1] <= b for a, b in cells)]
        raw += [st for st in column_rows if not in_history(st[0])]
        revised_at += [start for start in final_rows if not in_history(start)]
    if "  " in norm and "rads" in low:
        raw += [st for st in _side_columns_block(norm) if not in_history(st[0])]
    # (two spaces, not the hint's tabs: column_tables reads a header only with two spaces before each later
    # column, so a side / category header it reads always has "  cat", "  side" or "  lat")
    side_decided: list[tuple[int, str]] = []
    if "R:" in norm or "L:" in norm or "  cat" in low or "  side" in low or "  lat" in low:
        steps, step_decisions, step_side_decisions = _reading_steps(norm)
        raw += [st for st in steps if not in_history(st[0])]
        revised_at += [start for start in step_decisions if not in_history(start)]
        # (a two-sided record's decision row giving one side replaces that side's rows above it, no other side's)
        side_decided = [(start, side) for start, side in step_side_decisions if not in_history(start)]
    arrows = any(arrow in norm for arrow in _ARROWS)
    if arrows:
        raw += [(m.start("num") - 1, m.end(), value, None, False) for m in _ARROW_SHORTHAND.finditer(norm)
                if not in_history(m.start()) and (value := _revised_value(m)) is not None]
    graded_words = any(word in low for word in GRADED_TO_WORDS)
    graded, graded_dated = _graded_to(norm) if graded_words else ([], [])
    graded_to = {m.start("num") for m in graded}  # (where each new category starts: the one before it is revised away)
    dated_to = {m.start("num") for m in graded_dated}  # (... and where a revision dated earlier puts its new one)
    revisions = [*(_REVISED_TO.finditer(norm) if arrows else ()),
                 *(_REVISED_FROM.finditer(norm) if "from" in low else ()),  # (any space before it: "changed\nfrom")
                 *(_SHOULD_READ.finditer(norm) if any(word in low for word in SHOULD_READ_WORDS) else ()),
                 *graded]
    revised_away: dict[int, str] = {}  # where a revision's new category starts: the category it replaces ("4A -> 3")
    read_at = _StatementIndex(raw)
    for m in revisions:
        if in_history(m.start()) or (value := _revised_value(m)) is None:
            continue
        read = read_at.first_holding(m.start("num"))
        revised_at.append(m.start("num") if read is None else raw[read][0])
        if m.groupdict().get("was"):
            # (a Roman numeral or a spaced letter too: "IV" -> "4", "4 A" -> "4A")
            revised_away[revised_at[-1]] = _category(re.sub(r"[ \t]", "", m.group("was")), None)
        item_side = _named_item_side(norm, m.start("num")) if "item" in low else None
        if read is None:  # (not read already as a statement)
            read_at.add(len(raw), m.start("num"), m.end())
            raw.append((m.start("num"), m.end(), value, item_side, False))
        elif item_side and raw[read][3] is None:  # (read already, unsided: "item 1 should read BI-RADS 5")
            raw[read] = (*raw[read][:3], item_side, raw[read][4])
    if ticked or len(raw) > 1:
        raw = sorted(raw + [(start, end, value, None, False) for start, end, value in ticked if not in_history(start)],
                     key=lambda st: (*st[:2], st[3] is None))  # (two readers may give one place a side and none:
        raw = [st for k, st in enumerate(raw) if k == 0 or st[:2] != raw[k - 1][:2]]  # the side's is kept)
        # a category's name read with its side ("ASSESSMENT:\nNegative, right breast.") is no unsided assessment too
        named = [(st[0], st[1]) for st in raw if st[4] and st[3]]
        if named:
            raw = [st for st in raw if not (st[4] and st[3] is None and any(a < st[1] <= b for a, b in named))]
    # (a bare side letter and number is read beside other statements only on a line of its own or after a sentence:
    # "L: stable, neg. BI-RADS 1.\nR - 0, needs US."; "R 4 (" is otherwise a measurement's start)
    raw += [(m.start(), m.end(), (m.group("num") or m.group("num_d") or m.group("num_s")).upper(),
             m.group("side") or m.group("side_d") or m.group("side_s"), False)
            for m in _TERSE.finditer(norm) if (not raw or m.group("side") is None) and not in_history(m.start())]
    if _SIDE_LIST_HINT.search(low):
        raw += [st for st in _side_lists(norm) if not in_history(st[0])]
    if _DEXTER_SINISTER_HINT.search(norm):
        raw += [(m.start(k), m.end(k), _category(m.group(n), m.group(sub)), "R" if m.group(k) == "D" else "L", False)
                for m in _DEXTER_SINISTER.finditer(norm) if not in_history(m.start())
                for k, n, sub in (("a", "na", "sa"), ("b", "nb", "sb"))]
    elif _DEXTER_OR_SINISTER_HINT.search(norm):
        raw += [(m.start("a"), m.end(), _category(m.group("na"), m.group("sa")), "R" if m.group("a") == "D" else "L", False)
                for m in _DEXTER_OR_SINISTER.finditer(norm) if not in_history(m.start())]
    if not raw and ("breast" in low or "bilateral" in low) and _UK_SCORE.search(norm) is None:
        # a category's name with its sides after it, in a sentence of its own, assesses them without an impression
        # heading only in a report that states no other category (an MDM list's imaging line: "... normal fatty hilum.
        # Benign findings, both breasts."): beside one, it is an earlier or outside exam's ("Pathology from 2021 core
        # biopsy. Benign, left breast." over "Impression: BI-RADS 1."), nor is it after a dated sentence or after words
        # of a referral, a history or an outside exam on its line; in a report graded by UK scores it glosses a score (R7);
        # only in a report that names an imaging exam, and not after a clinical examination's, a pathology result's or a
        # clinic's sentence on its line ("Breast exam: no palpable masses. Negative, both breasts.")
        raw = [(m.start("at"), m.end(), _value(m), m.group("side")[0].upper(), True)
               for m in _SENTENCE_WORDS_THEN_SIDE.finditer(norm)
               if not in_history(m.start("at")) and not _dated_sentence_before(norm, m.start() + 1)
               and _HISTORY_WORDS.search(norm, norm.rfind("\n", 0, m.start()) + 1, m.start()) is None
               and _NOT_IMAGING_WORDS.search(norm, norm.rfind("\n", 0, m.start()) + 1, m.start()) is None
               ] if _MODALITY_KIND.search(norm) else []
    if "AI" in norm or "CAD" in norm:
        raw = [st for st in raw if not _machine_suggestion(norm, st[0])]
    if "pre" in low:
        raw = [st for st in raw if not _prefilled_entry(norm, st[0])]
    if "reader" in low:
        raw = _decided_over_readers(norm, raw, {start for start, _ in side_decided})
    # a word assessment immediately followed by a number ("Suspicious abnormality - BI-RADS 4A") is that number
    # (unless a side is named between them: "Right breast: Negative.\nLeft breast: BI-RADS 2."; nor is a side's word
    # assessment the overall category after it: "Left breast: Negative.\n\nOVERALL BI-RADS: 0" sums up both sides)
    statements = [st for k, st in enumerate(raw)
                  if not (st[4] and k + 1 < len(raw) and not raw[k + 1][4] and raw[k + 1][0] - st[1] < 40
                          and not _SIDE_WORD.search(norm, st[1], raw[k + 1][0])
                          and not (st[3] and _OVERALL_LINE.search(norm, st[1], raw[k + 1][0] + 1)))]
    final = _FINAL_ASSESSMENT.search(norm) if "final" in low or "combined" in low or "integrated" in low else None
    if final is not None and "final" in low:
        finals_of: set[str] = set()  # the sides a final line has opened a revision for
        for m in _FINAL_ASSESSMENT.finditer(norm, final.start()):
            if ((opens := _SIDE_OPENS_AFTER.match(norm, m.end())) and not in_history(m.start())
                    and (opens.group("paren") is None or _todays_final(norm, m.start()))):
                side = re.search(r"right|left", opens.group(0), re.IGNORECASE).group(0).lower()
                if side not in finals_of:  # (a later final of the same side is another lesion's, below the same
                    revised_at.append(m.start())  # revision: "Mass A ... Final BI-RADS (left): 4C\nMass B ... (left): 3")
                finals_of.add(side)
    if final is not None and _PENDING_AFTER_HEADING.match(norm, final.end()) and not any(
            st[0] >= final.start() for st in statements) and _SECTION_WORD_CATEGORY.search(norm, final.end()) is None:
        # (review rfinal11: a final / combined conclusion whose line goes on with words but states no category, nor any
        # below it, by number or in words, outranks nothing: "Combined conclusion (mammography + ultrasound): to follow
        # after the ultrasound." leaves the glossed "[Mammography-only category]:" heading's "Right: BI-RADS 0" read)
        final = None
    if final is None and any(word in low for word in COMBINED_HEADING_WORDS):
        final = _own_combined_heading(norm, low, [st[0] for st in statements], in_history)
    if final is not None:
        statements = [st for st in statements if st[0] >= final.start() or not (_provisional_row(norm, st[0])
            or _MODALITY_ASSESSMENT.match(norm, norm.rfind("\n", 0, st[0]) + 1)
            or _MODALITY_BEFORE.search(norm, norm.rfind("\n", 0, st[0]) + 1, st[0])
            or _MODALITY_CLAUSE.search(norm, max(0, st[0] - 60), st[0])
            or (("only" in low or "alone" in low)
                and _MODALITY_ONLY_HEADING.search(norm, max(0, norm.rfind("\n\n", 0, st[0])), st[0]))
            or _MODALITY_HEADING_ABOVE.search(norm, norm.rfind("\n", 0, max(0, norm.rfind("\n", 0, st[0]))) + 1,
                                              max(0, norm.rfind("\n", 0, st[0]))))]
    if any(word in low for word in TAKEN_BACK_WORDS):
        kept = []
        for st in statements:
            if (back := _TAKEN_BACK_AFTER.match(norm, st[1])) is None or ("\n" in back.group(0) and not spoken and any(
                    c.isdigit() for c in norm[st[0] : st[1]])):
                # (over a line break only after a spoken category, "birads four a,\ncorrection, ...": after a typed one,
                # "BI-RADS 4B,\nCorrection, the left breast was imaged", a "Correction" line opens a correction)
                kept.append(st)
                continue
            # (a spoken "correction" opening the next line takes the category back: it opens no correction section)
            addenda = [a for a in addenda if not back.start() <= a < back.end()]
            if (bare := _BARE_CATEGORY.match(norm, back.end())) is not None and (value := _value(bare)) is not None:
                kept.append((bare.start("num"), bare.end(), value, st[3], False))  # the category said instead
        statements = kept
    revised_at += [m.start() for m in outcomes if not in_history(m.start())]
    if "final combined" in low or "combined final" in low:
        # a final combined assessment after a sentence ("... the palpable lump. Final combined assessment: right breast
        # BI-RADS 2, ...") replaces the modalities' own categories stated before it
        revised_at += [m.start("h") for m in _FINAL_COMBINED_MID_LINE.finditer(norm) if not in_history(m.start())]
    # one side's final assessment after a sentence, its side after a comma ("... likely a fibroadenoma. Final assessment,
    # left breast: BI-RADS 3 - probably benign.") replaces that side's categories stated before it, and no other's
    side_finals = [(m.start("h"), m.group("side")[0].upper()) for m in _FINAL_SIDE_MID_LINE.finditer(norm)
                   if not in_history(m.start())] if "final assessment," in low else []
    side_finals += side_decided
    # (where each side's last final assessment starts: a category before it is replaced, found once for the text)
    last_side_final: dict[str, int] = {}
    for at, side in side_finals:
        last_side_final[side] = max(at, last_side_final.get(side, at))
    if any(word in low for word in PRELIMINARY_WORDS) and any(word in low for word in FINAL_READING_WORDS):
        first_prelim = _PRELIMINARY.search(norm)
        revised_at += [m.start() for m in _FINAL_REPORT_HEADING.finditer(norm)
                       if first_prelim is not None and first_prelim.start() < m.start() and not in_history(m.start())]
    points = sorted(addenda + revised_at)  # each opens a revision that replaces the statements before it per side
    above: list[tuple[int, int]] = []  # (from its first heading: its signature line may start "Addendum signed ...")
    below = [*(_ORIGINAL_BELOW.finditer(norm) if addenda and ("original" in low or "end of addendum" in low) else ()),
             *(_REPORT_BANNER_BELOW.finditer(norm) if addenda and any(w in low for w in REPORT_BANNER_WORDS) else ())]
    for m in sorted(below, key=lambda m: m.start()):
        lo = above[-1][1] if above else 0
        above.append((min((a for a in addenda if lo <= a < m.start()), default=m.start()), m.start()))
    index = SideIndex(norm)
    sided: dict[int, dict[str, list[str]]] = {}
    unsided: dict[int, list[str]] = {}
    value_sides: dict[str, set[str]] = {}  # the sides each category was last given
    bilateral_title: bool | None = None  # (read once, when first needed)
    retracted: set[int] | None = None  # where the side words a laterality correction retracts start (found once, if needed)
    section_ends: list[int] | None = None  # where each impression / conclusion heading ends (found once, when needed)
    # (found once for the whole text: a search per statement back to the report's start, or a substring test of the
    # whole text, made a long report's reading grow with the square of its length)
    paragraph_breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(norm)]
    # (a structured report's laterality modifier needs both words: without this gate its match per statement reads
    # the next line to its end, the rest of a one-line export)
    names_laterality, names_instead = "aterality" in low and "concept" in low, "instead" in low
    each_or_either = "each" in low or "either" in low
    names_removed, names_left_out = "astectom" in low, "scanned" in low or "imaged" in low or "examined" in low
    each_side: list[tuple[int, str]] = []  # (revision, category) given both sides by "each / either breast" alone
    gloss: tuple[int, int, set[str], str] | None = None  # a bracketed gloss's span, its side, its category (_gloss_after)
    # (a revision's new category that a later final assessment outranks: not read, the final is)
    outranked, final_side = _outranked_by_final(norm, graded, statements, in_history) if graded and any(
        word in low for word in FINAL_AFTER_REVISION_WORDS) else (set(), {})
    placed: list[tuple[int, int, frozenset[str], str]] = []  # (each category read: its start, revision, sides, value)
    prev_end = 0
    # (the last category skipped as dated: where the words read for its date start, its start and end; a category listed
    # straight after it shares its date, _listed_after_dated)
    dated: tuple[int, int, int, frozenset[str]] | None = None
    quotes = '"' in norm or "“" in norm  # (a quote's lead-in may date its categories: _quote_lead_in_dated)
    for start, end, value, letter, _word in statements:
        # (words that date a statement are looked for on its own line; its side, over a line the editor wrapped; a stop
        # before the previous statement's end cannot move the clause's start, so the searches go no further back)
        clause_start = max(norm.rfind(". ", max(0, prev_end - 1), start) + 2,
                           norm.rfind(";", prev_end, start) + 1, prev_end)
        sentence_start = max(clause_start, norm.rfind("\n", max(0, clause_start - 1), start) + 1)
        wrapped_start = max(clause_start, _line_start(norm, start))
        # (unpunctuated dictation names its impression without a stop or a colon: "... stable node left axillary tail
        # impression benign birads two"; a side named before that word does not reach the category)
        spoken_section = max((m.end() for m in _SPOKEN_IMPRESSION.finditer(norm, wrapped_start, start)), default=0) if (
            spoken) else 0
        wrapped_start = max(wrapped_start, spoken_section)
        revision = bisect_right(points, start)
        if any(lo <= start < hi for lo, hi in above):
            revision = len(points) + 1  # an addendum printed above the original report it revises
        region_start = prev_end
        if _FROM_VALUE.search(norm, max(0, start - 12), start):
            continue  # "revised from BI-RADS 0 to BI-RADS 4C": the category revised away; the clause goes on to the new one
        if (graded_to or dated_to) and (graded_next := _GRADED_TO_NEXT.match(norm, end)) and (
                graded_next.start("num") in graded_to or graded_next.start("num") in dated_to):
            # "BI-RADS 4A downgraded to BI-RADS 2": the category revised away, the new one follows; "BI-RADS 4A was
            # downgraded to 3 previously (2023)": an earlier category ...
            continue
        if (dated_to or outranked) and any(start <= num < end for num in (*dated_to, *outranked)):
            continue  # ... and its earlier revision; a revision a later final assessment outranks
        prev_end = end
        # (nor does it reach back past a spoken "impression": "... new since prior impression left breast ... birads for c"
        # compares the finding, the impression's category is today's)
        if (dated_after := _DATED_AFTER.match(norm, end)) is not None and dated_after.group("at_time") and not (
                _earlier_at_the_time(norm, sentence_start, start, dated_after.end())):
            dated_after = None  # ("BI-RADS 0 at the time, pending outside films": today's)
        date_lo = max(sentence_start, spoken_section, start - PRIOR_REACH)
        if graded_to and (lead := _COMPARISON_LEAD_IN.match(norm, sentence_start)) is not None and lead.end() <= start \
                and any(start <= num < end for num in graded_to):
            date_lo = max(date_lo, lead.end())  # (review rfinal14: the lead-in gives the revision's reason, not its date)
        if _dated(norm, date_lo, start) or dated_after is not None or (
                quotes and _quote_lead_in_dated(norm, start)) or (
                wrapped_start < sentence_start and any(
                any(c.isdigit() for c in cue.group(0)) and not _compared_exam(norm, cue)
                and (not cue.group("dated_exam") or _dated_exam_reports(norm, cue, start))
                and (not cue.group("quoted_year") or _quoted_in_year_named(norm, cue, start))
                for cue in _PRIOR_OR_DATED_EXAM.finditer(norm, max(wrapped_start, start - PRIOR_REACH), sentence_start))):
            # (over the editor's wrap, only a year dates it: "Her 2023 screening exam was called\nback (BI-RADS 0)")
            dated = (max(wrapped_start, start - PRIOR_REACH), start, end, frozenset())
            continue
        if dated is not None and (listed_sides := _listed_after_dated(norm, dated, start, end)) is not None:
            # (the next side's category listed straight after a dated one is dated with it: 'last round 2025 (...):
            # letter states "BI-RADS 1 right, BI-RADS 1 left"'; not one turned to today, "..., BI-RADS 2 left now")
            dated = (dated[0], dated[1], end, listed_sides)
            continue
        k = bisect_right(paragraph_breaks, start - 2)  # (the last blank line ending before the statement)
        paragraph = paragraph_breaks[k - 1] + 2 if k else 0
        overall = (_OVERALL_BEFORE.search(norm[max(sentence_start, start - OVERALL_REACH) : start])
                   or _OVERALL_LINE.match(norm, start) or _own_assessment_line(norm, start, index))
        sides: set[str] = set()
        after = _side_letter_after(norm, end)
        modifier = _laterality_modifier(norm, end) if names_laterality else None
        if modifier is not None:
            sides = modifier  # both sides: the whole exam's assessment
        elif letter == "X":
            sides = set()  # a coded overall field: the sides the exam covers
        elif letter:
            sides = {"L", "R"} if letter.upper() == "B" else {letter.upper()}
        elif after and not _LETTER_WORD.match(norm[end : end + 6]):
            sides = {after.group("side").upper()}
        elif (word_after := _SIDE_WORD_AFTER.match(norm, end)) is not None and not (
                spoken and _LINE_WRAP_AFTER.match(norm, word_after.end()) and _last_side(norm, wrapped_start, start)):
            sides, prev_end = {word_after.group("side")[0].upper()}, max(prev_end, word_after.end())
        elif (((both := _BILATERAL_AFTER.match(norm[end : end + BILATERAL_AFTER_CHARS])) is not None
               and not _EXAM_AFTER_BOTH.match(norm, end + both.end())
               and not _EXAM_BEFORE_BOTH.search(norm, end, end + both.start("w")))
              or (overall and "bilateral" in overall.group(0).lower())
              or "/" in norm[end : end + 6] and _GERMAN_BOTH_AFTER.match(norm, end)):
            sides = {"L", "R"}
        elif overall:
            if _SIDE_LINES_BELOW.match(norm, end):
                continue
            sides = set()  # an overall assessment goes to the sides the exam covers
        elif _ANAPHORA_BEFORE.search(norm, max(0, start - 30), start) and (
                words := list(_SIDE_WORD.finditer(norm, max(paragraph, region_start), start))):
            sides = _sides_of_word(words[-1])  # "... in the right breast. The radiologist classified this as BI-RADS 2."
        else:
            sides = _last_side(norm, wrapped_start, start)
            if not sides and gloss is not None and gloss[0] < start < gloss[1] and (
                    value == gloss[3] or _GLOSS_REPLACED_BEFORE.search(norm, max(gloss[0], start - 40), start)) and not (
                    _SIDE_WORD.search(norm, gloss[0], start)):
                # a category the gloss restates, or the one it says it replaces: the side the gloss names before it
                # (and no other); any other category in the gloss takes no side from it ("[right breast BI-RADS 3,
                # lesion in the fellow breast BI-RADS 4A]", "[right breast: now BI-RADS 4A, and the non-operated\nbreast
                # is BI-RADS 3 as before]"), review rfinal6
                sides = gloss[2]
            if not sides:
                # a findings section's side header does not reach past the impression heading below it
                if section_ends is None:
                    section_ends = [h.end() for h in _SECTION_HEADING.finditer(norm)]  # (one scan, not one per statement)
                # (a statement that opens with its own heading, "IMPRESSION: Negative.", is in that heading's section)
                k = bisect_right(section_ends, end)
                section = max(section_ends[k - 1] if k else 0, spoken_section)
                # (nor past an assessment heading opening the statement's own line: "Left breast: clear.\nASSESSMENT:
                # BI-RADS 0 - Incomplete, right breast ...", nor past an exam's title before it there, the result quoted
                # after it: "Left breast: not re-imaged.\nCurrent imaging: US BREAST RIGHT 07/2026: "... BI-RADS 6."")
                own_line = norm.rfind("\n", 0, start) + 1
                own_heading = own_line if (_ASSESSMENT_LINE_HEAD.match(norm, own_line) or _MODALITY_IN_LINE.search(
                    norm, max(own_line, start - TITLE_REACH), start)) else 0
                # (a side header that says its side was not imaged, "Left breast: not re-imaged (...)", heads no finding)
                headers = [h for h in _SIDE_HEADER.finditer(norm, max(region_start, paragraph, section, own_heading), start)
                           if not _SIDE_NOT_IMAGED.match(norm, h.start("h"))]
                header = headers[-1] if headers else None
                if header is not None:
                    sides = _sides_of_word(_SIDE_WORD.search(header.group("h")) or re.match(
                        r"(?P<l>l)|(?P<r>r)|(?P<b>b)|(?P<l2>x)|(?P<r2>y)", header.group("h").lower()))
            if not sides and start in revised_away and (near := _REVISED_SIDE_AFTER.match(norm, end)) is not None:
                sides = _sides_of_word(_SIDE_WORD.match(norm, near.end()))  # ("2 -> 3 for the left breast")
            if not sides and start in revised_away:
                # a revision named by its categories alone ("Consensus: revised 4A -> 3, ... surgery for the left
                # breast") is of the side that category was given, not of a side the clause names after it
                sides = value_sides.get(revised_away[start], set())
            if not sides:
                clause_end = _CLAUSE_END.search(norm, end, end + CLAUSE_SIDE_REACH)
                hi = clause_end.start() if clause_end else min(len(norm), end + CLAUSE_SIDE_REACH)
                first = next((w for w in _SIDE_WORD.finditer(norm, end, hi) if not _exams_sides(norm, w)), None)
                sides = _sides_of_word(first) if first else set()
                if first is not None:
                    # (that side word is this category's: the next one in the clause starts after it, "BI-RADS 3
                    # right, BI-RADS 2 left")
                    prev_end = max(prev_end, first.end())
                    # (... but a translation's gloss of the category's own sentence, that side word in it, names it for
                    # the categories the gloss restates too: "BI-RADS 4B [the right breast's category has been changed to
                    # BI-RADS 4B]")
                    gloss = _gloss_after(norm, end, first, sides, value) or gloss
            if not sides:
                # the last side word of the paragraph, unless its section (since its last heading line) names both
                # sides ("Conclusion:\nSimple cysts, bilateral.\nMild left duct ectasia.\nBenign. BI-RADS 2."): the exam's
                lo = max(paragraph, region_start)
                if section > lo and ((bilateral_title := _bilateral_title(norm) if bilateral_title is None
                                      else bilateral_title) or _quoted_bilateral_exam(norm, lo, start)):
                    lo = section  # a bilateral exam's findings place findings, the impression assesses the exam
                if section and section >= lo and value in _EXAM_WIDE and not _LIST_ITEM.match(
                        norm, norm.rfind("\n", 0, start) + 1) and (
                        bilateral_title := _bilateral_title(norm) if bilateral_title is None else bilateral_title):
                    # ... and a negative or benign category in a sentence of its own there is the exam's, not the side
                    # of the benign finding named in the sentence before ("Post-biopsy changes right breast. BI-RADS 2.";
                    # a numbered item's category is its side's: "1. Right breast simple cyst. BI-RADS 2.")
                    lo = max(lo, sentence_start)
                # (the side a correction retracts, "performed on the LEFT breast, not the right", is none of its sides)
                if retracted is None:
                    retracted = _retracted_sides(norm, min(addenda)) if addenda else set()
                # (nor is a side the report says was not imaged, "Right breast: not examined.": it heads no category)
                # (review rfinal14: nor, above the category's line, one said not imaged at another visit or imaged since)
                own_line_start = norm.rfind("\n", 0, start) + 1
                words = [w for w in _SIDE_WORD.finditer(norm, lo, start)
                         if w.start() not in retracted and not _SIDE_NOT_IMAGED.match(norm, w.start())
                         and not (w.start() < own_line_start and _SIDE_NOT_IMAGED_AT_ALL.match(norm, w.start()))]
                if words and names_removed:
                    # a breast named as removed ("Right breast only (status post left mastectomy)") is no finding's side
                    removed = [m.span() for m in _REMOVED_SIDE.finditer(norm, lo, start)]
                    words = [w for w in words if not any(a <= w.start() < b for a, b in removed)]
                section = max((h.start() for h in _LINE_HEADING.finditer(norm, lo, start)), default=lo)
                item_line = norm.rfind("\n", 0, start) + 1
                if item_line > lo and _LIST_ITEM.match(norm, item_line) and any(w.start() >= item_line for w in words):
                    # a numbered or bulleted item naming a side is that side's, whatever the items before it name ("1. Left
                    # ... follow-up of the left breast.\n2. Right breast cyst. BI-RADS 2.")
                    words = [w for w in words if w.start() >= item_line]
                named = {side for w in words if w.start() >= section for side in _sides_of_word(w)}
                if value in _EXAM_WIDE and names_left_out and (
                        bilateral_title := _bilateral_title(norm) if bilateral_title is None else bilateral_title):
                    # a side one modality of a bilateral exam left out ("Bilateral mammogram: ...\nUltrasound: right
                    # breast not scanned; left 3:00 cyst.\nBI-RADS 2.") is still a side of the exam the category sums up
                    named |= {side for w in _SIDE_WORD.finditer(norm, max(lo, section), start)
                              if _SIDE_NOT_IMAGED.match(norm, w.start()) and _MODALITY_KIND.match(
                                  norm, norm.rfind("\n", 0, w.start()) + 1) for side in _sides_of_word(w)}
                sides = _sides_of_word(words[-1]) if words and named != {"L", "R"} else set()
            if not sides and named != {"L", "R"}:
                line_start = norm.rfind("\n", 0, start) + 1
                if line_start > 0:
                    prev = norm[norm.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
                    if len(prev) < 40 and prev.rstrip().endswith(":"):
                        sides = _last_side(prev, 0, len(prev))
        if not sides and names_instead and (instead := _INSTEAD_OF_AFTER.match(norm, end)) is not None:
            sides = value_sides.get(_revised_value(instead) or "", set())  # the side of the category it replaces
        if sides == {"L", "R"} and each_or_either:
            clause = norm[sentence_start : min(len(norm), end + BILATERAL_AFTER_CHARS)]
            if _EACH_OR_EITHER.search(clause) and not _BOTH_NAMED.search(clause):
                each_side.append((revision, value))
        if start in final_side:
            # (a final outranking a revision: never given to a side whose own line states a category before it)
            own = {side for k, by_side in sided.items() if k <= revision for side in by_side} - {final_side[start]}
            if own:
                sides = (sides or {"L", "R"}) - own or {final_side[start]}
        if sides and last_side_final:
            kept_sides = {side for side in sides if start >= last_side_final.get(side, -1)}
            if not kept_sides:
                continue  # (a side's category that its own final assessment later in the text replaces)
            sides = kept_sides
        placed.append((start, revision, frozenset(sides), value))
        if sides:
            value_sides[value] = sides
            for side in sides:
                sided.setdefault(revision, {}).setdefault(side, []).append(value)
        else:
            unsided.setdefault(revision, []).append(value)
    exam = _exam_sides(norm, history, index)
    if len(exam) == 1:
        for revision, value in each_side:  # the side the one-sided exam did not cover loses that category
            other = sided.get(revision, {}).get("R" if exam == {"L"} else "L", [])
            if value in other:
                other.remove(value)
    # (a correction printed above the original report it corrects comes after it, like its statements; so does one
    # that says so itself, without a banner: "the examination described below was performed on the LEFT breast")
    reach, addendum_points = _correction_reach(norm, addenda), set(addenda)
    corrections = [(len(points) + 1 if any(lo <= a < hi for lo, hi in above) or _corrects_below(norm, a, points)
                    else k + 1, a) for k, a in enumerate(points) if a <= reach and a in addendum_points]
    corrections.sort()
    if corrections:
        last = max(set(sided) | set(unsided), default=0)
        sided = {k: v for k, v in sided.items() if k == last}
        unsided = {k: v for k, v in unsided.items() if k == last}
        named = set(sided.get(last, {}))
        if named:
            exam = named
        elif last == corrections[-1][0] and (corrected := _corrected_side(norm, corrections[-1][1])) is not None:
            exam = {corrected}  # the correction's own unsided category ("... was the LEFT breast. BI-RADS 3."): its side
        # a correction that states no category of its own ("wherever it reads left it must read
        # RIGHT"): the categories read before it move to the side it names
        moved = _corrected_side(norm, corrections[-1][1], sided.get(last, {})) if last < corrections[-1][0] else None
        first = _first_sided_correction(norm, corrections[-1][1]) if moved is not None else None
        span = _retitled_span(norm, first) if first is not None and first.group("shown") else None
        mine = [p for p in placed if p[1] == last and span is not None and span[0] <= p[0] < span[1]]
        if mine and len(mine) < sum(p[1] == last for p in placed):
            # (review rfinal11: a time out's retitled imaging beside another exam displayed, "MG BOTH BREASTS 10/02/2026
            # ("BI-RADS 2, both breasts") and US LEFT BREAST 12/02/2026 ("...; BI-RADS 4B; ...")": only the categories
            # quoted under the retitled title move, the other exam's keep their sides)
            for _at, _revision, sides, value in mine:
                for side in sides or ():
                    if value in sided.get(last, {}).get(side, []):
                        sided[last][side].remove(value)
                if not sides and value in unsided.get(last, []):
                    unsided[last].remove(value)
                sided.setdefault(last, {}).setdefault(moved, []).append(value)
        elif moved is not None:
            values = [v for side_values in sided.get(last, {}).values() for v in side_values] + unsided.get(last, [])
            sided, unsided, exam = {last: {moved: values}} if values else {}, {}, {moved}
    out: dict[str, str | None] = {"L": None, "R": None}
    for side in ("L", "R"):
        for revision in sorted(set(sided) | set(unsided), reverse=True):
            values = sided.get(revision, {}).get(side, []) or (unsided.get(revision, []) if side in exam else [])
            if values:
                out[side] = max(values, key=BIRADS_SEVERITY.index)
                break
    return out


# A report that names a BI-RADS category somewhere but gives no breast a category the reader can
# read is almost always a layout the reader has never met (an HL7 printout, a worklist table), not
# a report without an assessment: it is flagged, so the miss is counted instead of silent.
BIRADS_UNREAD = "birads_unread"
RADIOLOGY_TEXT_ISSUES = (*TEXT_ISSUES, BIRADS_UNREAD)
_BIRADS_MENTION = re.compile(r"\b(?:bi[\s-]*rads?|birads|biraids|by\s+rads)\b", re.IGNORECASE)


# a mention that assesses nothing: a form's field left blank ("BI-RADS (if assigned): ____", "BI-RADS RT....: N/A")
_BLANK_FIELD_AFTER = re.compile(r"[^\n:=]{0,30}?[:=][ \t]*(?:_+|-+|\.{2,}|n/?a|none|not\s+(?:assigned|applicable))[ \t]*$",
                                re.IGNORECASE | re.MULTILINE)


def _names_a_category(text: str) -> bool:
    """A BI-RADS mention outside a category key or legend (which defines, it does not assess) and
    other than a form field left blank."""
    low = text.lower()
    legend = min((m.start() for m in _LEGEND_HEADING.finditer(text)), default=len(text)) if (
        "key" in low or "legend" in low) else len(text)
    return any(m.start() < legend and not _BLANK_FIELD_AFTER.match(text, m.end())
               for m in _BIRADS_MENTION.finditer(text))


def unread_birads(text: str, any_read: bool | None = None) -> bool:
    """True when ``text`` mentions BI-RADS (outside a category key, other than a blank form field)
    but no side's category can be read from it; ``any_read``: whether a category was already read
    for either side (spares a second reading)."""
    if not _BIRADS_MENTION.search(text) or not _names_a_category(text):
        return False
    return not (any(extract_birads(text).values()) if any_read is None else any_read)


def radiology_text_issues(radiology_df: pd.DataFrame, assessments: pd.DataFrame) -> list[str | None]:
    """The report-text reason code of every radiology report, in row order: ``nlp.labels.text_issue``,
    else :data:`BIRADS_UNREAD` when the text names BI-RADS and ``assessments`` (this table's
    :func:`resolve_radiology_birads`, two sides per report in row order) gives neither side a
    category, from the structured fields or the text."""
    if len(assessments) != 2 * len(radiology_df):
        raise ValueError("assessments must be resolve_radiology_birads of these reports (two rows per report)")
    texts = radiology_df["text"].astype("string").fillna("").tolist()
    any_read = assessments["birads"].notna().to_numpy().reshape(-1, 2).any(axis=1)
    issues = []
    for text, read in zip(texts, any_read, strict=True):
        issue = text_issue(text, PIECE_CHARS)
        if issue is None and unread_birads(text, bool(read)):
            issue = BIRADS_UNREAD
        issues.append(issue)
    return issues


def normalise_birads_value(value: object) -> str | None:
    """A structured BI-RADS field -> canonical value (``'4a'`` -> ``'4A'``), None if empty/invalid."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    text = re.sub(r"^(?:bi-?rads\s*)?", "", str(value).strip(), flags=re.IGNORECASE).upper().replace(" ", "")
    return text if text in BIRADS_VALUES else None


def resolve_radiology_birads(radiology_df: pd.DataFrame, key: str | None = None) -> pd.DataFrame:
    """One row per radiology report x breast with its BI-RADS and where it came from.

    Args:
        radiology_df: ``radiology_reports.csv`` rows: ``patient_id, report_id,
            accession_number, exam_date, modality, birads_left, birads_right, text``.
        key: pseudonym key (default: ``SONOLABEL_PSEUDONYM_KEY``).

    Returns:
        ``patient_uid, exam_uid, report_uid, exam_date, modality, laterality, birads,
        birads_source`` (``structured`` when the field holds a valid value, else ``text``
        when the text gives one, else null). Raw ids are pseudonymised; ``exam_uid`` comes
        from the accession number, or from ``"report:" + report_id`` when it is empty.
    """
    require_columns(radiology_df, RADIOLOGY_REPORT_COLUMNS, "radiology_reports")
    df = radiology_df.reset_index(drop=True)
    dates = to_dates(df["exam_date"], "radiology_reports", "exam_date")
    rows = []
    for i, rec in enumerate(df.itertuples(index=False)):
        pid = "" if pd.isna(rec.patient_id) else str(rec.patient_id).strip()
        rid = "" if pd.isna(rec.report_id) else str(rec.report_id).strip()
        if not pid or not rid:
            raise LabelInputError(f"radiology_reports row {i} has an empty patient_id or report_id")
        acc = "" if pd.isna(rec.accession_number) else str(rec.accession_number).strip()
        exam = pseudonyms.exam_uid(acc, key) if acc else pseudonyms.exam_uid(f"report:{rid}", key)
        modality = "" if pd.isna(rec.modality) else str(rec.modality).strip().upper()
        text = "" if pd.isna(rec.text) else str(rec.text)
        if text_issue(text, PIECE_CHARS) in UNPARSED_ISSUES:
            text = ""  # empty, binary junk or too long: the structured fields alone (reports.reason says why)
        from_text: dict[str, str | None] | None = None
        for side, field in (("L", rec.birads_left), ("R", rec.birads_right)):
            value, source = normalise_birads_value(field), "structured"
            if value is None:
                from_text = from_text if from_text is not None else extract_birads(text)
                value, source = from_text[side], "text"
            rows.append((pseudonyms.patient_uid(pid, key), exam, pseudonyms.report_uid(rid, key), dates.iat[i],
                         modality or None, side, value, source if value is not None else None))
    out = pd.DataFrame.from_records(rows, columns=list(RADIOLOGY_BIRADS_COLUMNS))
    out["exam_date"] = pd.to_datetime(out["exam_date"]).astype("datetime64[s]")
    for col in ("patient_uid", "exam_uid", "report_uid", "modality", "laterality", "birads", "birads_source"):
        out[col] = out[col].astype("string")
    return out
