"""Machine layouts read as report text: HL7 v2 printouts, bilingual headings and column tables.

Why a layout layer: a report that reached the archive through an interface engine or a form tool
carries its words inside a machine layout (``OBX|2|FT|22637-3^Path report.final diagnosis^LN||LEFT
BREAST ... \\.br\\- FIBROADENOMA.||||||F``, ``Sein droit / Right breast :``, a fixed-width worklist
with ``SIDE`` and ``BI-RADS`` columns). The reading rules know sections, parts and statements, not
segments and columns; this module turns the one into the other.

Like :func:`nlp.structure.normalise_dictation`, the views are **same-length** copies of the text
(offsets never move, so every evidence span still points into the stored report):

* :func:`hl7_view`: segments that carry no report text (``MSH``, ``PID``, ``PV1``, ``ORC``, ...) are
  blanked; an ``OBX`` line becomes ``<observation name>: <value>`` (``final diagnosis: LEFT BREAST
  ...``; a generic name such as ``Report Text`` gives no heading, a repeated name heads only its
  first line, a corrected result (OBX-11 ``C``) is headed ``corrected ...``, a deleted or
  wrong-posted one (``D``/``W``) is blanked); ``OBR`` keeps the ordered procedure (``exam:``), the
  relevant clinical information (``clinical information:``) and the specimen source (``specimen:``);
  ``NTE`` keeps its comment; HL7 escapes are written as the characters they stand for (``\\.br\\`` a
  line break). Hand-written code, not an HL7 library: the view needs character offsets, which the
  parsers (python-hl7, hl7apy) do not keep.
* :func:`bilingual_view`: in a report with at least two ``<first language> / <second language>:``
  headings (``Antécédents / History:``, ``DROIT / RIGHT:``), the first language of every such
  heading, and of a ``<first> / <second>`` value right after it (``Négatif / Negative``), is
  blanked, so the form is read in the language the rules know (the radiology reader keeps a value
  that holds a number or an aside whole: ``BI-RADS 1 - Negatif / Negative``).
* :func:`cjk_view`: in a report written partly in Chinese or Japanese (``超声提示 Impression:``,
  ``BI-RADS 4a类``, ``右 (right) 4A``), every run of ideographs without a side character is blanked
  (a heading's name before its English one, the category suffix ``类``), a run glossed in English
  right after it (``右 (right)``) is blanked with the gloss's parentheses, and full-width
  punctuation (``：``, ``（``) is written as its ASCII form; a run holding a side character
  (``左乳`` left breast, ``右乳`` right, ``双乳`` both) is kept for the readers that know them.
* :func:`translated_view` (the radiology reader's): the words of a Spanish report the reading rules need
  (sides, headings, category names: ``mama derecha`` -> ``right breast``, ``MI:`` -> `` L:``,
  ``Conclusión`` -> ``conclusion``, ``Probablemente benigno`` -> ``probably benign``), German side words
  (``rechts``, ``BI-RADS re. 5, li. 1``) and Croatian ones (``Desna dojka``, ``lijevo``) written in English,
  right-aligned in their span; a
  translation's original heading in square brackets before its colon (``Conclusion [Konklusion]:``)
  is blanked; an Arabic-script comma or semicolon (``،``, ``؛``) between English clauses reads as its Latin mark.
* :func:`leader_view` (the radiology reader's): a RIS field sheet's dotted leaders between a key and
  its colon (``BI-RADS RT..........: 4A``) blanked, so the key reads as a heading or a field's key.
* :func:`side_gloss_view` and :func:`english_heading_view` (the radiology reader's): a side word of the
  report's language glossed in English in a BI-RADS statement (``BI-RADS vpravo (right) 1``) written as the
  English side; a heading kept in its language with the English name in brackets (``Wywiad [History]:``)
  written as the English name.
* :func:`fhir_view` (the radiology reader's): a FHIR R4 DiagnosticReport exported as JSON, read through its
  structure (offsets kept by a small tokenizer): each Observation's laterality with its BI-RADS value as a side
  line, the exam title with the Observations' sides, the ``conclusion`` and the narrative in place.
* :func:`dicom_sr_listing_view` (the radiology reader's): a DICOM SR printed as a tag listing (dcmdump), read
  through its content items as :func:`fhir_view` reads a FHIR report: each BI-RADS assessment item's side modifier
  with the category its code meaning names as a side line, each text item under its concept name, the study
  description as the exam title; an earlier study's items (a prior / comparison container's) are blanked, and a
  listing excerpt after a report's text is left as it is.
* :func:`xml_export_view` (the radiology reader's): a structured-reporting tool's XML export, each element
  written as a RIS export's coded field ``KEY=value`` (key from its ``name`` attribute or tag and its side
  attribute, else the enclosing element's; value its category attribute and text); superseded / withdrawn
  elements and markup blanked.
* :func:`cda_view` (the radiology reader's): an HL7 CDA document read as the narrative report it carries: its
  title as the exam line, each section's title as a heading, each paragraph / list item a line, markup blanked.
* :func:`registry_record_view` (the radiology reader's): a registry upload of ``SEG|KEY=value|...`` segments read
  as those coded fields, one a line (a category field with its segment's side); superseded / withdrawn segments
  (by the record's legend of status codes) and the legend's previous-exam / history segments blanked.
* :func:`json_record_view` (the radiology reader's): an app's or portal's JSON key-value blocks (no FHIR resource)
  read as those coded fields, one a line (a side-only key after its block's key, a block's side after its keys, a
  field's amended version over it); replaced / withdrawn blocks and earlier or historical entries blanked.
* :func:`version_history_view` (the radiology reader's): a RIS / PACS report history printing each version of the
  report under its own header line (``Version 2 | FINAL | Signed: ...``): a version its header marks superseded,
  replaced, entered in error, retracted or withdrawn is blanked, and versions printed newest first are put back in
  the order they were written (each version's block moved whole, the text's length kept), so a later one revises.
* :func:`imaging_audit_view` (the radiology reader's): an imaging audit's table export (TSV / CSV with a side, a
  BI-RADS and a record-type or status column, no result text) parsed by the csv module and written as each side's
  standing category, a sentence a line (prior exams' and erroneous rows dropped, an addendum row replacing the
  side's final one, a both-sides row each side's); its header and column legends blanked. Only an export that is the
  whole document, with exams ordered by unambiguous dates, reads so.
* :func:`column_tables`: fixed-width tables (a header line of at least three cells separated by two
  or more spaces, rows aligned under it, wrapped cells continuing on the next lines) as rows of
  ``header -> cell``; the radiology reader takes a side and a category from them.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from nlp.lexicon import CATEGORY_WORDS, TERMS, abbreviation_table
from nlp.prescan import same_length_lower

_ABBREVIATIONS = frozenset(abbreviation_table())

# ----------------------------------------------------------------------------------- HL7 v2
_SEGMENT = re.compile(r"^[ \t]*(?P<id>[A-Z][A-Z0-9]{2})(?P<sep>[|])", re.MULTILINE)
_HL7_TEXT_SEGMENTS = frozenset({"OBX", "OBR", "NTE"})  # every other segment carries no report text
MIN_SEGMENTS = 2
_GENERIC_NAMES = frozenset({"report text", "text", "report", "narrative", "result", "result text", "body",
                            "report body", "full report", "gdt"})
_DROPPED_STATUS = frozenset({"D", "W"})  # OBX-11: deleted, posted to the wrong record
_CORRECTED_STATUS = "C"
_ESCAPE = re.compile(r"\\(?P<code>\.br|\.sp[ \d+]*|\.in[ \d+-]*|\.ti[ \d+-]*|\.fi|\.nf|\.ce|\.sk[ \d+]*|[FSTREHN]"
                     r"|X[0-9A-Fa-f]*|Z[^\\\n]*)\\")
_ESCAPED_CHAR = {"F": "|", "S": "^", "T": "&", "R": "~", "E": "\\"}
_CODED_TYPES = frozenset({"CE", "CWE", "CNE", "CF", "CD"})


def _is_hl7(text: str) -> bool:
    if "|" not in text:
        return False
    ids = [m.group("id") for m in _SEGMENT.finditer(text)]
    return len(ids) >= MIN_SEGMENTS and bool(_HL7_TEXT_SEGMENTS.intersection(ids))


def _unescaped(value: str) -> str:
    """``value`` with HL7 escapes written as the character they stand for, padded to the same length."""
    if "\\" not in value:
        return value

    def repl(m: re.Match[str]) -> str:
        code, n = m.group("code"), len(m.group(0))
        if code == ".br" or code.startswith(".sp") or (code.startswith("X") and ("0A" in code.upper()
                                                                                 or "0D" in code.upper())):
            mark = "\n"
        else:
            mark = _ESCAPED_CHAR.get(code, " ")
        return mark + " " * (n - 1)

    return _ESCAPE.sub(repl, value)


def _observation_name(identifier: str, component: str) -> str | None:
    """The heading an OBX-3 identifier stands for (``22637-3^Path report.final diagnosis^LN`` ->
    ``final diagnosis``), or None for a generic one (``&GDT^Report Text``)."""
    comps = identifier.split(component)
    name = (comps[1] if len(comps) > 1 and comps[1].strip() else comps[0]).strip()
    # a name given again in a second script ("Path report.final diagnosis / التشخيص النهائي"): its Latin half
    head, slash, tail = name.partition(" / ")
    if slash and head.strip() and not re.search(r"[A-Za-z]", tail):
        name = head.strip()
    if "." in name:  # LOINC's "Path report.final diagnosis": the part after the class
        tail = name.rsplit(".", 1)[1].strip()
        if re.fullmatch(r"[A-Za-z][A-Za-z /-]*", tail):
            name = tail
    if not re.search(r"[A-Za-z]{2}", name) or name.lower() in _GENERIC_NAMES:
        return None
    return name


def _fields(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of every field of a segment line (field 0 is the segment id)."""
    out, start = [], 0
    while True:
        end = line.find(sep, start)
        if end < 0:
            out.append((start, len(line)))
            return out
        out.append((start, end))
        start = end + 1


def _write(chars: list[str], at: int, words: str, limit: int) -> bool:
    """Write ``words`` into ``chars`` from ``at`` if it fits before ``limit``."""
    if at + len(words) > limit:
        return False
    chars[at : at + len(words)] = words
    return True


def _coded_value(value: str, component: str) -> str:
    """A coded value (``4B^Suspicious - moderate suspicion^ACRBIRADS``) as its code and text; the
    coding system and alternate codes are blanked."""
    comps = value.split(component)
    kept = component.join(comps[:2])
    return kept.replace(component, " ") + " " * (len(value) - len(kept))


# OBR-25, the result status of a message's order: a corrected result replaces the result sent before it for the same
# observation of the order, a final one a preliminary one (an interface engine's log prints each message the RIS sent
# for an order; a corrected message may carry only the observations it changes, or an addendum)
_REPLACING_STATUS = {"C": frozenset({"P", "F", "C", "A"}), "F": frozenset({"P", "A"})}
MESSAGE_HEADER = "MSH|"


def _order_key(fields: list[str], component: str) -> str:
    """An OBR's order: its filler number (OBR-3), else its placer number (OBR-2), with its procedure's code (OBR-4):
    a visit's accession may cover several procedures, each its own order."""
    number = (fields[3] if len(fields) > 3 else "") or (fields[2] if len(fields) > 2 else "")
    procedure = fields[4].split(component)[0].strip() if len(fields) > 4 else ""
    return f"{number}|{procedure}" if number else ""


_PER_RESULT_TYPES = _CODED_TYPES | {"NM"}  # OBX-2 of a coded result: one value per observation and side


def replaced_results(text: str) -> list[tuple[int, int]]:
    """The spans of the OBX lines whose observation (OBX-3's identifier) a later message's OBX replaces for the same
    order (:func:`_order_key`), by its order's status (:data:`_REPLACING_STATUS`); another order's results, and the
    observations a corrected message does not carry, stand. A coded result (CE, CWE, NM) is replaced by a later one of
    its observation; report text lines (TX, FT), several sharing one observation id, only when the later message
    restates the whole text (as many lines of that observation or more): a corrected message carrying one addendum
    or one corrected line adds it to the report."""
    if text.count(MESSAGE_HEADER) < 2:
        return []
    # (message index, order, status, observation identifier, coded, line span) of every OBX under an OBR
    results: list[tuple[int, str, str, str, bool, tuple[int, int]]] = []
    message, order, status, component = -1, "", "", "^"
    for m in _SEGMENT.finditer(text):
        line_end = end_of_line(text, m.start())
        line = text[m.start("id") : line_end]
        if m.group("id") == "MSH":
            message, order = message + 1, ""
            component = line[4] if len(line) > 4 else component
            continue
        fields = [line[a:b].strip() for a, b in _fields(line, m.group("sep"))]
        if m.group("id") == "OBR":
            order, status = _order_key(fields, component), fields[25] if len(fields) > 25 else ""
        elif m.group("id") == "OBX" and order and len(fields) > 3:
            coded = fields[2] in _PER_RESULT_TYPES
            results.append((message, order, status, fields[3].split(component)[0], coded, (m.start(), line_end)))
    # how many text (not coded) OBX lines each message carries for an observation of an order
    text_lines = Counter((msg, order, obs) for msg, order, _, obs, coded, _ in results if not coded)
    spans = []
    for k, (msg, order, status, obs, coded, span) in enumerate(results):
        if any(later_msg > msg and later_order == order and later_obs == obs and later_coded == coded
               and status in _REPLACING_STATUS.get(later_status, frozenset())
               and (coded or text_lines[later_msg, order, obs] >= text_lines[msg, order, obs])
               for later_msg, later_order, later_status, later_obs, later_coded, _ in results[k + 1 :]):
            spans.append(span)
    return spans


def hl7_view(text: str) -> str:
    """A same-length copy of an HL7 v2 printout as headed report text (module docstring); any
    other text is returned unchanged."""
    if not _is_hl7(text):
        return text
    chars = list(text)
    component = "^"
    previous_name: tuple[str | None, bool] | None = None  # the last OBX's name and whether it was corrected
    replaced = replaced_results(text)
    pos = 0
    for raw_line in text.split("\n"):
        line_start, line_end = pos, pos + len(raw_line)
        pos = line_end + 1
        m = _SEGMENT.match(raw_line)
        if m is None:
            continue  # a wrapped value or the report's own text: kept as it is
        seg, sep = m.group("id"), m.group("sep")
        offset = line_start + m.start("id")
        line = raw_line[m.start("id"):]
        if any(a <= line_start < b for a, b in replaced):
            chars[offset : offset + len(line)] = " " * len(line)  # a result a later message replaced
            previous_name = None
            continue
        if seg == "MSH" and len(line) > 5:
            component = line[4]
        fields = _fields(line, sep)
        blank = [" "] * len(line)
        if seg == "OBX" and len(fields) > 5:
            name = _observation_name(line[slice(*fields[3])], component)
            status = line[slice(*fields[11])].strip() if len(fields) > 11 else ""
            v_start, v_end = fields[5]
            if status not in _DROPPED_STATUS:
                value = line[v_start:v_end]
                value_type = line[slice(*fields[2])].strip()
                value = _coded_value(value, component) if value_type in _CODED_TYPES else _unescaped(value)
                blank[v_start:v_end] = value.replace("~", "\n")
                if name is not None and (name, status == _CORRECTED_STATUS) != previous_name:
                    # a coded result is a coded field ("BI-RADS Assessment Left Breast = 4B ..."), as in a RIS export
                    heading = f"{name} = " if value_type in _CODED_TYPES else f"{name}: "
                    if status == _CORRECTED_STATUS:
                        _write(blank, 0, f"corrected {heading}", v_start) or _write(blank, 0, heading, v_start)
                    else:
                        _write(blank, 0, heading, v_start)
            previous_name = (name, status == _CORRECTED_STATUS) if status not in _DROPPED_STATUS else None
        elif seg == "OBR":
            written = 0
            for index, label in ((4, "exam: "), (13, "clinical information: "), (15, "specimen: ")):
                if len(fields) <= index or fields[index][0] == fields[index][1]:
                    continue
                v_start, v_end = fields[index]
                value = line[v_start:v_end]
                if index == 4:
                    value = _coded_value(value, component)
                    comps = value.split(" ")
                    if re.fullmatch(r"[\w.-]*\d[\w.-]*", comps[0]):  # the procedure code before its name
                        value = " " * len(comps[0]) + value[len(comps[0]):]
                else:
                    value = _unescaped(value).replace(component, " ")
                heading = ("\n" if written else "") + label
                at = v_start - len(heading)
                if at >= written:
                    blank[v_start:v_end] = value
                    _write(blank, at, heading, v_start)
                    written = v_end
            previous_name = None
        elif seg == "NTE" and len(fields) > 3:
            v_start, v_end = fields[3]
            blank[v_start:v_end] = _unescaped(line[v_start:v_end])
            previous_name = None
        else:
            previous_name = None
        chars[offset : offset + len(line)] = blank
    return "".join(chars)


# ----------------------------------------------------------------------------------- OCR text
# A faxed report scanned and read by OCR swaps letters and digits inside words ("CARCIN0MA", "PATH0LOGY",
# "ce11ularity", "N0 ATYPIA 0R MALIGNANCY"). A word of letters with a "0" or "1" among them is read with
# the letter meant; words holding other digits (codes: "36D0912345", "pT1c" stays a code) are left alone.
_OCR_WORD = re.compile(r"(?<![\w.])[A-Za-z01]*[A-Za-z][A-Za-z01]*(?![\w])")
_OCR_SHORT = frozenset({"no", "or", "of", "to", "on", "in", "is", "at", "by", "if", "not", "the", "for", "and", "all",
                        "off", "one", "out", "low", "old", "lob", "yes"})
MIN_OCR_WORDS = 3  # long words with a swapped digit before a text counts as OCR output
# a digit read for a letter between two letters of the same case ("CARCIN0MA", "Palpab1e"): typed codes
# ("pT1c", "ypN1a", "BRCA1") have none, so most reports skip the word scan on this one search. Led by the
# digit, its letters checked around it: the engine skips to the rare "0" / "1" instead of trying both
# alternatives at every letter (~6x cheaper; the same texts as r"[a-z][01][a-z]|[A-Z][01][A-Z]")
_OCR_HINT = re.compile(r"[01](?:(?<=[a-z][01])[a-z]|(?<=[A-Z][01])[A-Z])")


def _ocr_fixed(word: str) -> str:
    """The word with each "0" / "1" read as the letter meant, in the word's case ("C0re" -> "Core")."""
    upper = sum(c.isupper() for c in word) > sum(c.islower() for c in word)
    fixed = word.translate(_OCR_UPPER if upper else _OCR_LOWER)
    return fixed[:-1] + "L" if upper and _ends_in_l_read_as_1(word) else fixed


def _ends_in_l_read_as_1(word: str) -> bool:
    """A capital word whose final "1" is the L of a pathology word ending in "AL", "OL", "UL" or "LL" ("DUCTA1" is
    DUCTAL, "ATYPICA1" ATYPICAL): a capital "1" stands for an I or an L, and these words end in the L. Any other
    final "1" is a name's number ("NOTCH1", "SMARCB1", "LEVEL1") or an I ("F0C0LA1", Italian FOCOLAI)."""
    return word[-1:] == "1" and not any(c.isdigit() for c in word[:-1]) and word[:-1] + "L" in _FINAL_L_WORDS


# codes that hold a 0 or 1 by right: stages ("ypT0", "pN1a", "cT1c"), names ending in a number ("BRCA1", "CDH1",
# "NOTCH1", "SPECIMEN1"; not a known word's L read as 1, _ends_in_l_read_as_1)
_OCR_CODE = re.compile(r"[a-z]{0,3}[TNM][01][a-d]?$|[A-Za-z]+[01]+$")
_OCR_UPPER = str.maketrans("01", "OI")
_OCR_LOWER = str.maketrans("01", "ol")
# the pathology lexicon's words ending in "AL", "OL", "UL" or "LL", in capitals ("DUCTAL", "ATYPICAL")
_FINAL_L_WORDS = frozenset(word.upper() for term in TERMS for phrase in term.phrases
                           for word in re.findall(r"[a-z]+", phrase) if word[-2:] in ("al", "ol", "ul", "ll"))


def _is_code(word: str) -> bool:
    """A word that holds its "0" or "1" by right (a stage, a name's number), not a known word's L read as 1."""
    return _OCR_CODE.match(word) is not None and not _ends_in_l_read_as_1(word)


def ocr_view(text: str) -> str:
    """A same-length copy of an OCR'd text with the digits read for letters inside words put back
    ("CARCIN0MA" -> "CARCINOMA", "N0 EVIDENCE" -> "NO EVIDENCE"); a text with fewer than
    :data:`MIN_OCR_WORDS` such long words is returned unchanged (typed reports keep their codes)."""
    if not _OCR_HINT.search(text):
        return text  # no digit between letters anywhere: the word scan below would find nothing to read
    hits = [m for m in _OCR_WORD.finditer(text) if "0" in m.group(0) or "1" in m.group(0)]
    long_hits = [m for m in hits if sum(c.isalpha() for c in m.group(0)) >= 3 and not _is_code(m.group(0))]
    if len(long_hits) < MIN_OCR_WORDS:
        return text
    chars = list(text)
    for m in hits:
        word = m.group(0)
        letters = sum(c.isalpha() for c in word)
        fixed = _ocr_fixed(word)
        long_word = letters >= 2 and len(word) >= 4 and not _is_code(word)
        # a short word only before a word ("N0 ATYPIA"), not before a code ("N0 M0")
        short_word = fixed.lower() in _OCR_SHORT and text[m.end() : m.end() + 1] == " " and (
            text[m.end() + 1 : m.end() + 2].isalpha()) and not re.match(r"[ \t]+[A-Za-z]\d", text[m.end() :])
        if long_word or short_word:
            chars[m.start() : m.end()] = fixed
    return "".join(chars)


# ----------------------------------------------------------------------------------- raw RTF
# a report stored as raw Rich Text (an EHR note whose FORMAT is RTF exported without rendering) carries its words
# between control words ("{\\b Final diagnosis:}\\par", "\\b CLINICAL HISTORY:\\b0 ", "\\intbl ...\\cell\\row"):
# the control words, braces and the header's destination groups (font / colour tables) are no words of the report.
RTF_OPENING = "{\\rtf"
# a header group read as no text: font, colour and style tables, document info, an ignorable destination ("{\\*...}")
_RTF_HEADER_GROUP = re.compile(r"\{\\(?:\*|fonttbl|colortbl|stylesheet|info)[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")
_RTF_TOKEN = re.compile(r"\\(?P<word>[a-z]{1,32})-?\d*[ ]?(?P<colon>:)?|\\'(?P<hex>[0-9a-fA-F]{2})|\\(?P<symbol>[\\{}~_-])|[{}]")
# control words that end a line of the rendered text (a paragraph, a line break, a table row)
_RTF_LINE_BREAKS = frozenset({"par", "line", "row", "sect", "page"})
_RTF_CHARACTERS = {"endash": "-", "emdash": "-", "bullet": "*", "lquote": "'", "rquote": "'",
                   "ldblquote": '"', "rdblquote": '"'}


def _rtf_replacement(text: str, m: re.Match[str]) -> str:
    """What a raw-RTF token reads as, padded with spaces to its own length (a line break at its end)."""
    width = m.end() - m.start()
    word, code, symbol = m.group("word"), m.group("hex"), m.group("symbol")
    if word in _RTF_LINE_BREAKS:
        # a break already followed by the text's own line end needs none of its own
        return " " * width if text.startswith("\n", m.end()) or m.end() == len(text) else " " * (width - 1) + "\n"
    if word in _RTF_CHARACTERS:
        return _RTF_CHARACTERS[word].ljust(width)
    if m.group("colon"):
        return ":".ljust(width)  # a heading's colon after its bold-off word ("\\b History\\b0 :") ends the heading
    if code is not None:
        return bytes([int(code, 16)]).decode("cp1252", errors="replace").ljust(width)
    if symbol is not None:
        return (symbol if symbol in "\\{}" else "-" if symbol == "_" else " ").ljust(width)
    return " " * width


def rtf_view(text: str) -> str:
    """A same-length copy of a report holding raw RTF (an ``{\\rtf1`` group) read as the text it renders: header
    groups, control words and braces blanked, a paragraph / line / row break that ends no line of the text written
    as a line break, an escaped character as itself; any other text is returned unchanged."""
    if RTF_OPENING not in text:
        return text
    text = _RTF_HEADER_GROUP.sub(lambda m: " " * len(m.group(0)), text)
    return _RTF_TOKEN.sub(lambda m: _rtf_replacement(text, m), text)


# ----------------------------------------------------------------------------------- OCR'd BI-RADS keyword
# OCR reads the keyword's capital I as a lower-case l or a 1 ("Bl-RADS 2", "B1-RADS") and its S as a 5
# ("BI-RAD5 5"); the radiology reader writes the keyword back (same length), whether or not the rest of the
# text looks like OCR output: no typed report spells the keyword so.
_OCR_KEYWORD = re.compile(r"(?<![\w-])B[l1|](?P<dash>[- ]?)RAD[S5](?![\w-])|(?<![\w-])BI(?P<dash2>[- ]?)RAD5(?![\w-])")


def ocr_keyword_view(text: str) -> str:
    """A same-length copy of ``text`` with an OCR'd BI-RADS keyword ("Bl-RADS", "BI-RAD5") written as "BI-RADS"."""
    if "RAD" not in text:
        return text
    return _OCR_KEYWORD.sub(lambda m: "BI" + (m.group("dash") or m.group("dash2") or "") + "RADS", text)


# ----------------------------------------------------------------------------------- bilingual headings
_LATIN = re.compile(r"[A-Za-z]")
_BILINGUAL_HEADING = re.compile(
    # (a dated aside may follow the heading: "AMENDMENT / تعديل  (03-Feb-2026 08:35):")
    # (the first language's half may carry its own aside: "Conclusion combinée (mammographie + échographie) / ...")
    r"^[ \t]*(?P<first>[^\W\d_][^/:\n]{0,40}?(?:[ \t]*\([^()/:\n]{1,40}\))? +/ +)(?P<second>[^\W\d_][^/:\n(]{0,40}?)"
    r"(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*:",
    re.MULTILINE)
# and the value right after such a heading ("Right breast : Négatif / Negative.")
_BILINGUAL_VALUE = re.compile(r"[ \t]*(?P<first>[^\W\d_][^/:\n.;]{0,40}? +/ +)(?=[^\W\d_])")
# ... without a number: "BI-RADS 1 - Negatif / Negative" is no first-language value, it holds the category
_BILINGUAL_WORDS_VALUE = re.compile(r"[ \t]*(?P<first>[^\W\d_][^/:\n.;\d()]{0,40}? +/ +)(?=[^\W\d_])")
MIN_BILINGUAL_HEADINGS = 2
# in such a report a statement written in both languages, the first language's before the slash ("Dim carsinoma /
# No carcinoma.", "B3 - Briw ... / Lesion of uncertain malignant potential"): two to nine words of letters opening a
# line (after its item number) or a clause (after a colon, a full stop, a dash) and holding no English function word
# ("No ADH / DCIS", "ER / PR" are English, read whole)
_BILINGUAL_WORD = r"[^\W\d_][^\W\d_'’-]*"
_BILINGUAL_STATEMENT = re.compile(r"(?:^[ \t]*(?:\d{1,2}[.)][ \t]+)?|(?<=[:.][ \t])|(?<=[ \t]-[ \t]))"
                                  rf"(?P<first>{_BILINGUAL_WORD}(?:[ \t]+{_BILINGUAL_WORD}){{1,8}}[ \t]+/[ \t]+)(?=[^\W\d_])",
                                  re.MULTILINE)
# words of English section headings: a heading's first half holding one is English, not a translation's first language
_ENGLISH_HEADING_WORDS = frozenset({"clinical", "details", "history", "information", "macroscopy", "macroscopic", "gross",
                                    "microscopy", "microscopic", "description", "diagnosis", "conclusion", "comment",
                                    "comments", "specimen", "specimens", "report", "summary", "final", "findings",
                                    "impression", "opinion", "addendum", "amendment", "result", "results", "material",
                                    "site", "procedure", "request", "notes", "note", "data", "histology", "pathology"})
_ENGLISH_FUNCTION_WORDS = frozenset({"no", "not", "nor", "neither", "of", "with", "without", "and", "or", "the", "a",
                                     "an", "to", "for", "is", "are", "was", "were", "by", "from", "on", "at", "any",
                                     "seen", "identified", "left", "right", "breast"})


def bilingual_view(text: str, *, numbered_values: bool = True) -> str:
    """A same-length copy in which the first language of ``A / B:`` headings is blanked (module
    docstring); a text with fewer than two such headings is returned unchanged.
    ``numbered_values=False``: a value holding a number or an aside in parentheses ("BI-RADS 3
    (olasi benign / probably benign)") is kept whole, only a value of words is blanked; otherwise (the pathology
    reader) a statement written in both languages is read in its second half too (``_BILINGUAL_STATEMENT``)."""
    if " / " not in text:
        return text
    heads = list(_BILINGUAL_HEADING.finditer(text))
    if len(heads) < MIN_BILINGUAL_HEADINGS:
        return text
    chars = list(text)
    for m in heads:
        # (a date aside after the heading, "تعديل (03-Feb-2026 08:35):", is not the second language's text)
        if _LATIN.search(m.group("first")) and not _LATIN.search(m.group("second").split("(", 1)[0]):
            # "Clinical Data / المعلومات السريرية :": the Latin-script half is the one the rules read
            slash = m.start("first") + m.group("first").rindex("/")
            chars[slash : m.end("second")] = " " * (m.end("second") - slash)
            continue
        chars[m.start("first") : m.end("first")] = " " * (m.end("first") - m.start("first"))
        value = (_BILINGUAL_VALUE if numbered_values else _BILINGUAL_WORDS_VALUE).match(text, m.end())
        if value is not None:
            chars[value.start("first") : value.end("first")] = " " * (value.end("first") - value.start("first"))
    if not numbered_values:  # (the radiology reader takes a value's category from either half itself)
        return "".join(chars)
    if sum(1 for m in heads if _ENGLISH_HEADING_WORDS.isdisjoint(m.group("first").lower().replace("/", " ").split())
           ) < MIN_BILINGUAL_HEADINGS:
        # English on both sides of the slash ("Clinical details / History:", "Diagnosis / Conclusion:"): a report in
        # one language, its "ductal carcinoma in situ / atypical ductal hyperplasia" two findings, not a translation
        return "".join(chars)
    for m in _BILINGUAL_STATEMENT.finditer("".join(chars)):
        if _ENGLISH_FUNCTION_WORDS.isdisjoint(m.group("first").lower().split()):
            chars[m.start("first") : m.end("first")] = " " * (m.end("first") - m.start("first"))
    return "".join(chars)


# ----------------------------------------------------------------------------------- house headings
# "<DIAGNOSIS>", "[Pathological diagnosis]" on a line of their own, and coded keys "CLINICAL_DX :"
_BRACKET_HEADING = re.compile(r"^[ \t]*(?P<open>[<\[])[A-Za-z][A-Za-z0-9 ()/&.,'-]{2,60}(?P<close>[>\]])[ \t]*$", re.MULTILINE)
# ... or an upper-case one with its content after it on the same line, set off by two blanks or more, as a worklist
# screen prints its sections ("[CLIN HX]   L DCIS on VAB.", "[COMMENT]   -"); not a tag before one blank ("[AI] right
# 9 o'clock lesion") nor a translation's gloss before a dotted leader ("[MAMMOGRAPHY ALONE] ....... BI-RADS 4B")
_BRACKET_HEADING_BEFORE_TEXT = re.compile(r"^[ \t]*(?P<open>\[)[A-Z][A-Z0-9 /&.-]{1,30}(?P<close>\])(?=[ \t]{2,}[^\s.])",
                                          re.MULTILINE)
_CODED_KEY = re.compile(r"^[ \t]*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?=[ \t]*:)", re.MULTILINE)
# a clinical document's section title with its LOINC code on a line of its own ("Section: Final diagnosis
# [22637-3]", "RELEVANT HISTORY (22636-5)"), a status stamp after it ("[statusCode: completed]")
_LOINC_NUMBER = r"[\[(]\d{4,6}-\d[\])]"  # "[22637-3]", "(22636-5)"
_LOINC_SECTION = re.compile(r"^[ \t]*(?P<label>section[ \t]*:[ \t]*)?[A-Za-z][A-Za-z /&'-]{2,60}?[ \t]*"
                            r"(?P<code>" + _LOINC_NUMBER + r"(?:[ \t]*\[[^\]\n]*\])?)[ \t]*$", re.MULTILINE | re.IGNORECASE)
_LOINC_CODE = re.compile(_LOINC_NUMBER)


def heading_view(text: str) -> str:
    """A same-length copy in which a heading in angle or square brackets on a line of its own (an upper-case one in
    square brackets also before its text: ``[CLIN HX]   ...``) reads as ``NAME:``, a coded key's underscores as
    spaces (``CLINICAL_DX :`` -> ``CLINICAL DX :``) and a
    section title with its LOINC code as the title (``Section: Final diagnosis [22637-3]`` -> ``Final
    diagnosis:``)."""
    loinc = ("(" in text or "[" in text) and _LOINC_CODE.search(text) is not None
    if "<" not in text and "[" not in text and "_" not in text and not loinc:
        return text
    chars: list[str] | None = None
    if loinc:
        for m in _LOINC_SECTION.finditer(text):
            chars = chars if chars is not None else list(text)
            if m.group("label"):
                chars[m.start("label") : m.end("label")] = " " * len(m.group("label"))
            chars[m.start("code") : m.end("code")] = ":" + " " * (len(m.group("code")) - 1)
            # (a LOINC title the rules do not know by its words, "Relevant clinical history", as the heading it names)
            title = (m.start("label") if m.group("label") else m.start()), m.start("code")
            heading = next((h for pattern, h in _FHIR_SECTIONS if pattern.search(text, *title)), None)
            if heading is not None and len(heading) <= m.end("code") - title[0]:
                chars[title[0] : m.end("code")] = heading.ljust(m.end("code") - title[0])
    for m in (*_BRACKET_HEADING.finditer(text), *_BRACKET_HEADING_BEFORE_TEXT.finditer(text)):
        chars = chars if chars is not None else list(text)
        chars[m.start("open")] = " "
        chars[m.start("close")] = ":"
    if "_" in text:
        for m in _CODED_KEY.finditer(text):
            chars = chars if chars is not None else list(text)
            chars[m.start() : m.end()] = m.group(0).replace("_", " ")
    return text if chars is None else "".join(chars)


# ----------------------------------------------------------------------------------- wrapped list items
# a bulleted item ("  - ATYPICAL ... BETWEEN ATYPICAL DUCTAL", "(2) RIGHT BREAST ... NO") whose next
# line hangs under its text
_BULLET = re.compile(r"^(?P<lead>[ \t]*(?:[-*•]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]+)\S", re.MULTILINE)
# a bilingual form's numbered section title, its own words then their translation in brackets ("2. ANTECEDENTES
# [History]", "4. INFORME TRANSCRITO [Transcribed report] (copia)"): the indented lines under it are the section's
# content, not the title wrapped
_BULLETED_TITLE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+)*[ \t]+\[[^\]\n]+\][^:.,;\n]*$",
                             re.MULTILINE)


def hanging_indent_view(text: str) -> str:
    """A same-length copy in which the line break inside a bulleted item wrapped with a hanging
    indent (the next line starts under the item's text, with no bullet of its own) is a space, so
    the item reads as one sentence."""
    if "\n" not in text or ("-" not in text and "*" not in text and "•" not in text and ")" not in text
                             and "." not in text):
        return text
    chars: list[str] | None = None
    for m in _BULLET.finditer(text):
        if _BULLETED_TITLE.match(text, m.start()):
            continue
        column = len(m.group("lead").expandtabs())
        pos = text.find("\n", m.end())
        while pos >= 0:
            nxt = text.find("\n", pos + 1)
            line = text[pos + 1 : len(text) if nxt < 0 else nxt]
            indent = len(line) - len(line.lstrip(" \t"))
            if (not line.strip() or indent != column or _BULLET.match(line)
                    or text[pos - 1] in ".:;" or line.lstrip()[:1] in "-*•("):
                break
            chars = chars if chars is not None else list(text)
            chars[pos] = " "
            pos = nxt
    return text if chars is None else "".join(chars)


# ----------------------------------------------------------------------------------- spoken self-corrections
# "ductal carcinoma in situ, wait, no, scratch that, atypical ductal hyperplasia": the "no" of a spoken
# take-back is not a negation of what follows it
# (the take-back may wrap: "wait, no,\nscratch that")
_SPOKEN_NO = re.compile(r"\b(?:(?:wait|sorry)[\s,.;-]+)?(?P<no>no)(?:[\s,.;-]+(?:wait|sorry))?[\s,.;-]+"
                        r"(?=(?:scratch|strike|delete|disregard|cancel)\s+that\b)"
                        r"|\b(?P<no2>no)[\s,.;-]+(?=excuse\s+me\b|i\s+mean\b)",  # "..., no, excuse me, flat epithelial atypia"
                        re.IGNORECASE)


def spoken_correction_view(text: str) -> str:
    """A same-length copy with the interjected "no" of a spoken take-back blanked."""
    low = text.lower()
    if ("that" not in low and "excuse" not in low and "mean" not in low) or not _SPOKEN_NO.search(text):
        return text

    def blank(m: re.Match[str]) -> str:
        g = "no" if m.group("no") else "no2"
        return m.group(0)[: m.start(g) - m.start()] + "  " + m.group(0)[m.end(g) - m.start():]

    return _SPOKEN_NO.sub(blank, text)


# ----------------------------------------------------------------------------------- spoken part numbers
# a dictation numbers its parts in words, each opening a sentence, often mid-line after its section's heading:
# "Microscopic description. One. Sections show DCIS ... Two. Sections show breast tissue ...",
# "Conclusion. One, left breast wide local excision, ... Two, right breast reduction, ..."
SPOKEN_PART_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_SPOKEN_PART_NUMBER = re.compile(r"(?:^[ \t]*|(?<=[.:] ))(?P<word>(?-i:[OTFSEN])(?:"
                                 + "|".join(w[1:] for w in SPOKEN_PART_NUMBERS)
                                 + r"))[.,](?= \S)", re.IGNORECASE | re.MULTILINE)


def spoken_part_view(text: str) -> str:
    """A same-length copy of a report whose parts are numbered in words (both "One" and "Two" so written) with each
    such number written as its part label ("One. Left breast" -> "1.   Left breast") opening a line of its own (the
    blank before a number mid-line becomes a line break); a lone "One." (a list of one is no list) and a number inside
    a sentence ("forty two, ...") are left alone, and so is any other text."""
    if "One" not in text or "Two" not in text:
        return text
    # (the pattern joins any capital to any tail: "None." and "Oen." are no numbers)
    marks = [m for m in _SPOKEN_PART_NUMBER.finditer(text) if _number_index(m.group("word")) >= 0]
    if not {0, 1} <= {_number_index(m.group("word")) for m in marks}:
        return text
    chars = list(text)
    for m in marks:
        at = m.start("word")
        if at > 0 and text[at - 1] == " ":
            chars[at - 1] = "\n"
        label = f"{_number_index(m.group('word')) + 1}."
        chars[at : m.end()] = label.ljust(m.end() - at)
    return "".join(chars)


def _number_index(word: str) -> int:
    """The place of a spoken part number in :data:`SPOKEN_PART_NUMBERS` (0 for "One"); -1 when it is none."""
    low = word.lower()
    return SPOKEN_PART_NUMBERS.index(low) if low in SPOKEN_PART_NUMBERS else -1


# ----------------------------------------------------------------------------------- spelled abbreviations
# dictation spells an abbreviation letter by letter: "colon D C I S comma intermediate grade"
_SPELLED = re.compile(r"\b[A-Z](?: [A-Z]){2,4}\b")
_SPELLED_HINT = re.compile(r" [A-Z] [A-Z]")  # in every _SPELLED match; led by a literal, ~6x cheaper to scan for


def spelled_view(text: str) -> str:
    """A same-length copy in which a lexicon abbreviation spelled letter by letter ("D C I S")
    is written as one word ("DCIS   ")."""
    if not _SPELLED_HINT.search(text) or not _SPELLED.search(text):
        return text

    def repl(m: re.Match[str]) -> str:
        word = m.group(0).replace(" ", "")
        return word + " " * (len(m.group(0)) - len(word)) if word in _ABBREVIATIONS else m.group(0)

    return _SPELLED.sub(repl, text)


# a long upper-case line of prose that ends mid-sentence and goes on at the same indentation ("... THREE
# ADDITIONAL LEVELS WERE EXAMINED TO EXCLUDE A\n    PHYLLODES TUMOR GIVEN INTERVAL GROWTH.")
WRAP_MIN_CHARS = 55  # a wrapped line fills the width; a short line without a full stop is a list item
_LINE_START_ITEM = re.compile(r"[ \t]*(?:[-*•]|\(?[A-Za-z0-9]{1,2}[.)])[ \t]")
_LABEL_START = re.compile(r"[ \t]*[^:\n]{0,40}:")


def _is_prose(line: str) -> bool:
    """Upper-case words in a sentence, not a table row, a leader line or a form (no column gap, no
    leaders, not a rule of dashes or equals signs without a letter). Mixed-case prose needs no help: a wrapped line
    goes on in lower case there."""
    return ("   " not in line and "\t" not in line and ".." not in line and "|" not in line and "[" not in line
            and line.isupper())


def wrapped_line_view(text: str) -> str:
    """A same-length copy in which the line break of a long prose line that stops mid-sentence and
    goes on at the same indentation is a space (one sentence, as written before the wrap)."""
    if "\n" not in text or not any(len(line) >= WRAP_MIN_CHARS and line.upper() == line for line in text.split("\n")):
        return text  # no line is long enough and upper case (as _is_prose): most reports are spared the walk
    chars: list[str] | None = None
    pos = text.find("\n")
    line_start = 0
    while pos >= 0:
        nxt = text.find("\n", pos + 1)
        line = text[line_start:pos]
        body = line.strip()
        following = text[pos + 1 : len(text) if nxt < 0 else nxt]
        indent = len(line) - len(line.lstrip(" \t"))
        if (len(body) >= WRAP_MIN_CHARS and body[-1] not in ".:;!?" and following.strip()
                and _is_prose(body) and _is_prose(following.strip())
                and len(following) - len(following.lstrip(" \t")) == indent and following.lstrip()[:1].isalpha()
                and not _LINE_START_ITEM.match(following) and not _LABEL_START.match(following)):
            chars = chars if chars is not None else list(text)
            chars[pos] = " "
        line_start, pos = pos + 1, nxt
    return text if chars is None else "".join(chars)


# ----------------------------------------------------------------------------------- checkbox forms
_BOX = re.compile(r"\[[ \t]?\]|\[[xX✓✔*]\]|[☐☒☑]|\([ \t]\)|\([xX✓✔]\)")  # "[ ] / [X]", "☐ / ☒", "( ) / (x)"
TICKED_BOX = r"\[[xX✓✔*]\]|[☒☑]|\([xX✓✔]\)"  # _BOX's ticked boxes alone ("[X]", "☒", "(x)"), for another reader's pattern
_UNTICKED = re.compile(r"\[[ \t]?\]|☐|\([ \t]\)")


def unticked_view(text: str) -> str:
    """A same-length copy of a checkbox form with every unticked option ("[ ] Papilloma with DCIS", up
    to the next box or the end of its line) blanked: an option offered is not a finding."""
    if "[" not in text and "☐" not in text and "( )" not in text:
        return text
    boxes = list(_BOX.finditer(text))
    if not any(_UNTICKED.fullmatch(b.group(0)) for b in boxes):
        return text
    chars = list(text)
    options = list(box_options(text, boxes))
    runs: dict[int, tuple[int, int] | None] = {}  # (each run of answer boxes read once: _answered_no)
    # (each question blanked once: every ticked "No" of a run gives the same span, which may be a whole line of
    # thousands of boxes)
    blanked: set[tuple[int, int]] = set()
    for k, (box, option_end) in enumerate(options):
        if _UNTICKED.fullmatch(box.group(0)):
            chars[box.start() : option_end] = " " * (option_end - box.start())
        elif _NO_ANSWER.match(text, box.end(), option_end):
            question = _answered_no(text, options, k, runs)
            if question is not None and question not in blanked:
                blanked.add(question)
                chars[question[0] : question[1]] = " " * (question[1] - question[0])
    for start, end in _group_names(text, boxes, options):
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# the name of a group of options ("Malignant:  [ ] DCIS   [ ] Invasive carcinoma", its options running on over
# lines that start with a box) with none of them ticked: the group is offered, not found, so the name goes too (a
# heading before the name's own colon stays: "SECTION 4 - HISTOLOGY:  Malignant:"; a translation's gloss is part of
# the name: "Lesões malignas [Malignant lesions]:")
_GROUP_NAME = re.compile(r"(?:\A|(?<=\n)|(?<=:))[^\n:☐☒☑]*[^\s:☐☒☑][^\n:☐☒☑]*:[ \t]*\Z")
_RUN_ON = re.compile(r"\n[ \t]+(?=\[|☐|☒|☑|\([ \txX✓✔]\))")
# a group named for a category only ("Malignant lesions:", "Benign:", "Lesões malignas [Malignant lesions]:",
# "Lesiones benignas:") is the form's filing of its options, no finding even with one ticked: the ticked option
# decides ("[X] Lobular carcinoma in situ" under "Malignant lesions:" is LCIS); but where the ticked option names
# nothing ("Malignant:  [X]", "[X] Other", "[X] Yes") the name is all the tick affirms, and it stays
CATEGORY_WORD = r"(?:malign|benign|b[ée]nin|malin)\w*"
CATEGORY_NOUN = (r"(?:les(?:ions?|ões|ão|iones|ión|ione|ioni)|l[ée]sions?|neoplas(?:ms?|ias?)|tumou?r(?:s|es)?|"
                  r"findings?|achados|hallazgos)")
_CATEGORY_ONLY = rf"(?:{CATEGORY_NOUN}[ \t]+)?{CATEGORY_WORD}(?:[ \t]+{CATEGORY_NOUN})?"
_CATEGORY_GROUP = re.compile(rf"[ \t]*{_CATEGORY_ONLY}(?:[ \t]*\[{_CATEGORY_ONLY}\])?[ \t]*:", re.IGNORECASE)
_NAMES_NOTHING = re.compile(
    r"[ \t]*(?:(?:others?|outr[oa]s?|otr[oa]s?|autres?|yes|sim|s[íi]|present)\b[ \t.:_-]*(?:\[[^\]\n]*\][ \t.:_-]*)?)?",
    re.IGNORECASE)


def _group_names(text: str, boxes: list[re.Match[str]],
                 options: list[tuple[re.Match[str], int]]) -> Iterator[tuple[int, int]]:
    """The span of each option group's name that is no finding: its line (with its run-on lines of boxes) has no
    box ticked, or the name is a category's only and a ticked option names what was found."""
    k = 0
    while k < len(boxes):
        first = boxes[k]
        line_start = text.rfind("\n", 0, first.start()) + 1
        group_end = text.find("\n", first.end())
        while group_end >= 0 and _RUN_ON.match(text, group_end):
            group_end = text.find("\n", group_end + 1)
        group_end = len(text) if group_end < 0 else group_end
        j = k
        while j < len(boxes) and boxes[j].start() < group_end:
            j += 1
        unticked = all(_UNTICKED.fullmatch(b.group(0)) for b in boxes[k:j])
        if unticked or any(not _UNTICKED.fullmatch(options[i][0].group(0))
                           and not _NAMES_NOTHING.fullmatch(text, options[i][0].end(), options[i][1]) for i in range(k, j)):
            name = _GROUP_NAME.search(text, line_start, first.start())
            if name is None and line_start and not text[line_start : first.start()].strip():
                # the name on a line of its own above its options ("Malignant lesions:" / "   [ ] DCIS  [ ] ...")
                name = _GROUP_NAME.search(text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1)
            if name is not None and (unticked or _CATEGORY_GROUP.fullmatch(name.group(0).rstrip())):
                yield name.start(), name.end()
        k = j


# a yes / no question answered by its ticked "No" ("Confirmed BIA-ALCL  [ ] Yes  [x] No"): the question names what
# was not found, so it is blanked with its answers (a field name before the boxes goes too: "Previous breast
# cancer: [ ] Yes [x] No"; a heading before the question's colon stays: "SECTION 7 - NOTIFICATION:  Confirmed ...")
# (a translated form's own answers too: Portuguese "Sim / Não", Spanish "Sí / No", German "ja / nein", Danish and
# Swedish "ja / nej", each may carry its bracketed gloss: "[ ] ja [yes]   [X] nein [no]")
_ANSWER_GLOSS = r"(?:[ \t]*\[(?:yes|no)\])?"
_NO_ANSWER = re.compile(r"[ \t]*(?:no|n[ãa]o|nein|nej)\b", re.IGNORECASE)
_YES_ANSWER = re.compile(r"[ \t]*(?:yes|sim|s[íi]|ja)\b", re.IGNORECASE)
_ANSWER_WORD = re.compile(r"[ \t]*(?:yes|no|sim|n[ãa]o|s[íi]|ja|nein|nej)\b" + _ANSWER_GLOSS, re.IGNORECASE)


def _answered_no(text: str, options: list[tuple[re.Match[str], int]], k: int,
                 runs: dict[int, tuple[int, int] | None] | None = None) -> tuple[int, int] | None:
    """The span of the question in front of the ticked "No" of box ``k``, with its answers, when its answers
    offer a "Yes" box; None otherwise. Only this question goes: another question on the same line keeps its
    own answer ("DCIS [x] Yes [ ] No   Invasion [ ] Yes [x] No"). ``runs``: the answer of every box of a run of
    answer boxes already read (a line of thousands of "[ ] yes [X] no" is then read once, not once per box)."""
    if runs is not None and k in runs:
        return runs[k]
    box = options[k][0]
    line_start = text.rfind("\n", 0, box.start()) + 1
    line_end = text.find("\n", box.end())
    line_end = len(text) if line_end < 0 else line_end

    def answer_end(j: int) -> int | None:
        """Where box ``j``'s yes / no answer word ends (None when its option is not an answer)."""
        m = _ANSWER_WORD.match(text, options[j][0].end(), options[j][1])
        return m.end() if m else None

    def answer_only(j: int) -> bool:
        end = answer_end(j)
        return end is not None and not text[end : options[j][1]].strip()

    lo = hi = k  # the run of this question's answer boxes (each option only "Yes" / "No")
    while lo > 0 and options[lo - 1][0].start() >= line_start and answer_only(lo - 1):
        lo -= 1
    while (answer_only(hi) and hi + 1 < len(options) and options[hi + 1][0].start() < line_end
           and answer_end(hi + 1) is not None):
        hi += 1
    question = _run_question(text, options, lo, hi, line_start, answer_end)
    if runs is not None:
        runs.update(dict.fromkeys(range(lo, hi + 1), question))
    return question


# a sentence's end before a question on its line: a full stop (or "!" / "?") and two blanks, or one blank before a
# capital (_run_question)
_SENTENCE_END = re.compile(r"[.!?](?:([ \t]{2,})|[ \t](?=\S))")


def _run_question(text: str, options: list[tuple[re.Match[str], int]], lo: int, hi: int, line_start: int,
                  answer_end: Callable[[int], int | None]) -> tuple[int, int] | None:
    """The question in front of the run of answer boxes ``lo``..``hi`` on the line from ``line_start`` (_answered_no)."""
    if not any(_YES_ANSWER.match(text, options[j][0].end(), options[j][1]) for j in range(lo, hi + 1)):
        return None
    first, last = options[lo][0].start(), answer_end(hi) or options[hi][1]
    left = line_start
    if lo > 0 and options[lo - 1][0].start() >= line_start:
        # the question follows the answer of the one before it on its line; inside another kind of option it is
        # that option's text, not a question
        left = answer_end(lo - 1)
        if left is None:
            return None
    colon = text[left:first].rstrip(" \t:").rfind(":")
    start = left + colon + 1 if colon >= 0 else left
    # (the question starts after the sentence before it on its line: "Left breast, core biopsy: invasive ductal
    # carcinoma, grade 2.   Zweitmeinung erforderlich: [ ] ja [X] nein" keeps the specimen's diagnosis)
    for m in _SENTENCE_END.finditer(text, start, first):
        if m.group(1) or text[m.end()].isupper():
            start = m.end()
    return (start, last) if text[start:first].strip(" \t:") else None


def box_options(text: str, boxes: list[re.Match[str]]) -> Iterator[tuple[re.Match[str], int]]:
    """Each box of a checkbox form with the end of its option: the next box, or the end of its line."""
    for k, box in enumerate(boxes):
        line_end = text.find("\n", box.end())
        line_end = len(text) if line_end < 0 else line_end
        yield box, (min(boxes[k + 1].start(), line_end) if k + 1 < len(boxes) else line_end)


@lru_cache(maxsize=4)  # the pipeline asks for one report's view twice (the tokenizer, then the structure)
def pathology_view(text: str) -> str:
    """The text as the pathology rules see it: :func:`rtf_view`, :func:`ocr_view`, :func:`record_code_view`,
    :func:`delimited_export_view`, :func:`side_column_export_view`, :func:`yaml_export_view`, :func:`jsonl_view`,
    :func:`fhir_json_view`, :func:`dicom_sr_view`,
    :func:`dotted_field_view`,
    :func:`layout_view`, :func:`spoken_part_view`, :func:`cjk_view` (a Chinese /
    English report read in its English half), then :func:`unticked_view` (the radiology reader reads
    its category grids from the boxes themselves)."""
    return unticked_view(cjk_view(spoken_part_view(layout_view(dotted_field_view(dicom_sr_view(fhir_json_view(jsonl_view(
        yaml_export_view(side_column_export_view(delimited_export_view(event_log_view(xml_report_view(record_code_view(
            ocr_view(rtf_view(text))))))))))))))))


def layout_view(text: str, *, numbered_values: bool = True) -> str:
    """The text as the reading rules see it: :func:`hl7_view`, :func:`bilingual_view`,
    :func:`heading_view`, :func:`hanging_indent_view`, :func:`spoken_correction_view` and
    :func:`spelled_view` (``numbered_values``: as :func:`bilingual_view`'s)."""
    return spelled_view(spoken_correction_view(wrapped_line_view(hanging_indent_view(
        heading_view(bilingual_view(hl7_view(text), numbered_values=numbered_values))))))


# ----------------------------------------------------------------------------------- dotted-leader field sheets
# a RIS field sheet pads every key with dots up to its colon: "BI-RADS RT..........: 4A - Low suspicion",
# "Patient.............: ...        MRN.....: ..."; a mainframe screen's leader starts after a blank or two
# ("BIRADS RT ........: 2  BENIGN", "PATIENT ...: ...")
_LEADER = re.compile(r"(?<=[^\s.])[ \t]{0,2}\.{3,}(?=[ \t]?:)")
LEADER_WORDS = ("...:", "... :")  # every _LEADER match ends so: a cheap test before the scan


# a fixed-width printout (a portable scanner's thermal strip, a terminal's field dump) pads each line's key with dots
# straight into its value, with no colon: "BIRADS RT....2 BENIGN", "BIRADS OVERALL..1 NEGATIVE", "AGE/SEX......38 F";
# a line of dots alone before its text continues the field above (".............REGIONAL HOSP BX")
_KEYED_LEADER = re.compile(r"^[ \t]*(?P<key>[A-Za-z][^.:\n]{0,30}?[^\s.:])?(?P<dots>\.{2,})(?=[ \t]?[^\s.])", re.MULTILINE)
KEYED_LEADER_WORDS = ("..",)  # every _KEYED_LEADER match holds it: a cheap test before the scan
MIN_KEYED_LEADER_LINES = 4  # fewer keyed dotted lines is prose with an ellipsis or two, not a printout


def _keyed_leader_colon(m: re.Match[str]) -> str:
    """A keyed leader's dots as a colon and blanks, a keyless one's (a continuation line) as blanks."""
    dots = len(m.group("dots"))
    if m.group("key") is None:
        return m.group(0)[: m.start("dots") - m.start()] + " " * dots
    return m.group(0)[: m.start("dots") - m.start()] + ":" + " " * (dots - 1)


def leader_view(text: str) -> str:
    """A same-length copy in which the dotted leader between a field's key and its colon is blanked
    ("BI-RADS RT          : 4A"), so the key reads as a heading or a coded field's key; in a fixed-width
    printout with no colons (at least :data:`MIN_KEYED_LEADER_LINES` keyed dotted lines) each line's leader
    reads as its key's colon ("BIRADS RT....2 BENIGN" -> "BIRADS RT:   2 BENIGN")."""
    if any(w in text for w in LEADER_WORDS):
        text = _LEADER.sub(lambda m: " " * len(m.group(0)), text)
    if any(w in text for w in KEYED_LEADER_WORDS):
        leaders = list(_KEYED_LEADER.finditer(text))
        if sum(m.group("key") is not None for m in leaders) >= MIN_KEYED_LEADER_LINES:
            chars = list(text)
            for m in leaders:
                chars[m.start() : m.end()] = _keyed_leader_colon(m)
            text = "".join(chars)
    return text


# a structured summary pads its keys with dots and no colon: "Residual DCIS ...... None identified",
# "Invasive carcinoma . Not identified" (a dot between two spaces never ends a sentence)
_DOT_FIELD = re.compile(r"^(?P<key>[ \t]*[A-Za-z][^.:\n]{0,40}?[ \t])(?P<dots>\.+)(?=[ \t]+\S)", re.MULTILINE)


def dotted_field_view(text: str) -> str:
    """A same-length copy in which a dotted leader with no colon after it reads as the field's colon
    ("Residual DCIS ...... None identified" -> "Residual DCIS :      None identified")."""
    if " ." not in text:
        return text
    return _DOT_FIELD.sub(lambda m: m.group("key") + ":" + " " * (len(m.group("dots")) - 1), text)


# ----------------------------------------------------------------------------------- record-coded printouts
# a laboratory message printed one record per line, each line led by its record's three-digit code ("101 <lab
# number>", "301 <result text line>", "399 END"): the codes are no words of the report, and a sentence wrapped over
# two result lines ("... no residual DCIS" / "301 or invasion is identified") reads through once they are blanked
_LINE_RECORD_CODE = re.compile(r"^\d{3}(?=[ \t]|$)", re.MULTILINE)
MIN_RECORD_LINES = 8  # fewer coded lines is a list that happens to start with numbers, not a record printout


def record_code_view(text: str) -> str:
    """A same-length copy of a record-coded printout (above) with each line's leading code blanked, when at
    least :data:`MIN_RECORD_LINES` lines and most of the report's non-blank lines are so led; any other text is
    returned unchanged."""
    codes = [m.start() for m in _LINE_RECORD_CODE.finditer(text)] if "\n" in text else []
    if len(codes) < MIN_RECORD_LINES or 2 * len(codes) <= sum(1 for line in text.splitlines() if line.strip()):
        return text
    chars = list(text)
    for at in codes:
        chars[at:at + 3] = "   "
    return "".join(chars)


# ----------------------------------------------------------------------------------- CJK text
# ideographs, kana, hangul and CJK symbols/brackets ("【更正报告】"); full-width forms are handled apart
_CJK_CHARS = "\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CJK_RUN = re.compile(f"[{_CJK_CHARS}]+")
CJK_SIDE_CHARS = "左右双雙"  # left, right, both (simplified, traditional)
# a short English gloss in parentheses right after a run: "右 (right)", "分类 (BI-RADS classification)"
_CJK_GLOSS = re.compile(r"[ \t]?\((?P<gloss>[A-Za-z][A-Za-z -]{0,30})\)")
# A heading or item line opening with CJK words and their English gloss in square brackets before its colon, as a
# translated report glosses its headings and specimen lines ("臨床診断 [Clinical diagnosis]:", "右乳房 針生検 [Right
# breast, core biopsy]: ..."): the gloss then opens its line as the English heading or item it translates, so a history
# heading holds its own field only and the item line below it opens a field of its own, as in English. A bracketed
# gloss in a sentence keeps its brackets, and so does one after a heading in another language, "Dados clínicos
# 临床资料 [Clinical data]:", read as a translated heading in nlp.structure.
# (also a numbered item's, "4. 臨床摘要 [Clinical summary]:", its number kept, and a gloss that a qualifier after a
# spaced dash follows to the colon, "既往病史 [Past history] - previous catastrophic illness certificate:")
_CJK_GLOSSED_LINE = re.compile(
    f"^[ \\t]*(?:\\d{{1,2}}[.)][ \\t]+)?(?P<head>[{_CJK_CHARS}](?:[{_CJK_CHARS} \\t]*[{_CJK_CHARS}])?)[ \\t]?"
    r"\[(?P<sq>[A-Za-z][A-Za-z ,-]{0,40})\](?=[ \t]*(?::|-[ \t][^:\n\[\]]{1,60}:))", re.MULTILINE)
# (a side said in the CJK words is kept unless the gloss says a side too: "右乳房 [Specimen]:" keeps its "右")
_SIDE_IN_GLOSS = re.compile(r"\b(?:left|right|bilateral|both)\b", re.IGNORECASE)
_FULL_WIDTH = re.compile(r"[\uff01-\uff5e]")


def _glossed_heads(text: str) -> list[re.Match[str]]:
    """The glossed line openings of ``text`` (_CJK_GLOSSED_LINE) whose gloss may stand for their words."""
    return [m for m in _CJK_GLOSSED_LINE.finditer(text)
            if not any(c in CJK_SIDE_CHARS for c in m.group("head")) or _SIDE_IN_GLOSS.search(m.group("sq"))]


def cjk_view(text: str) -> str:
    """A same-length copy of a report with Chinese / Japanese runs blanked for the English
    reading rules (module docstring); a text without them is returned unchanged."""
    if text.isascii():
        return text
    text = _FULL_WIDTH.sub(lambda m: chr(ord(m.group(0)) - 0xFEE0), text)
    chars = list(text)
    heads = _glossed_heads(text)
    for m in heads:
        chars[m.start("head") : m.end("head")] = " " * (m.end("head") - m.start("head"))
        chars[m.start("sq") - 1] = chars[m.end("sq")] = " "
    in_head = {i for m in heads for i in range(m.start("head"), m.end("head"))}
    for run in _CJK_RUN.finditer(text):
        if run.start() in in_head:
            continue
        gloss = _CJK_GLOSS.match(text, run.end())
        if gloss is not None:
            chars[run.start() : run.end()] = " " * (run.end() - run.start())
            chars[gloss.start("gloss") - 1] = chars[gloss.end("gloss")] = " "
        elif not any(c in CJK_SIDE_CHARS for c in run.group(0)):
            chars[run.start() : run.end()] = " " * (run.end() - run.start())
    return "".join(chars)


# ----------------------------------------------------------------------------------- column tables
_HEADER_CELL = re.compile(r"\S+(?: \S+)*")  # header words separated by single spaces: one column
MIN_COLUMNS = 3


@dataclass(frozen=True)
class Cell:
    """One table cell: its column's header and its text (``start``/``end`` into the report)."""

    header: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class TableRow:
    """One row of a column table: cells by column (a wrapped cell joined over its lines)."""

    start: int
    end: int
    cells: tuple[Cell, ...]
    label: str = ""  # words left of the first column ("Right" in a category grid)

    def cell(self, *headers: str) -> Cell | None:
        """The first cell whose header contains one of ``headers`` (lower case)."""
        for c in self.cells:
            low = c.header.lower()
            if any(h in low for h in headers):
                return c
        return None


def _columns(line: str) -> list[tuple[int, str]]:
    """(start, header) of every cell of a candidate header line (cells two or more spaces apart)."""
    return [(m.start(), m.group(0)) for m in _HEADER_CELL.finditer(line)]


def _rule_line(line: str) -> bool:
    return bool(re.fullmatch(r"[ \t]*[-=_+|]{5,}[ \t]*", line))


def column_tables(text: str, header_words: tuple[str, ...], *, whole_cells: bool = False) -> list[list[TableRow]]:
    """The fixed-width tables of ``text`` whose header line names one of ``header_words`` (lower
    case) among at least :data:`MIN_COLUMNS` cells two or more spaces apart: their rows, header
    excluded (``whole_cells``: at least :data:`MIN_COLUMNS` header cells are each one of
    ``header_words``, as the category columns "0  1  2  3  4  5" of a tick grid). Each word of a
    row goes to the column its first character sits under (one character of slack), so a cell may
    hold single-spaced words and a short cell may touch the next one. A line with no word in the
    first column that fills fewer than half the columns continues the row above (a wrapped cell).
    A table ends at a blank line or a rule line after its rows."""
    low = text.lower()
    if not any(w in low for w in header_words):
        return []
    words = frozenset(header_words)
    lines, starts, pos = text.split("\n"), [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    tables: list[list[TableRow]] = []
    k = 0
    while k < len(lines):
        cols = _columns(lines[k])
        if len(cols) < MIN_COLUMNS or (sum(h.lower() in words for _, h in cols) < MIN_COLUMNS if whole_cells else not any(
                w in h.lower() for _, h in cols for w in header_words)) or any(
                lines[k][c - 2 : c] != "  " for c, _ in cols[1:]):
            k += 1
            continue
        rows: list[tuple[int, int, list[list[tuple[int, int]]], list[tuple[int, int]]]] = []
        col_starts = [c for c, _ in cols]  # ascending: found left to right
        j = k + 1
        while j < len(lines) and lines[j].strip():
            line = lines[j]
            if _rule_line(line):
                j += 1
                if rows:
                    break
                continue
            slots: list[list[tuple[int, int]]] = [[] for _ in cols]
            label: list[tuple[int, int]] = []
            for w in re.finditer(r"\S+", line):
                if w.start() + 1 < cols[0][0]:
                    label.append((starts[j] + w.start(), starts[j] + w.end()))
                    continue
                col = max(0, bisect_right(col_starts, w.start() + 1) - 1)  # (the last column starting at or before it)
                slots[col].append((starts[j] + w.start(), starts[j] + w.end()))
            filled = sum(1 for sl in slots if sl)
            if rows and not slots[0] and not label and 2 * filled < len(cols):
                for i, sl in enumerate(slots):
                    rows[-1][2][i].extend(sl)
                rows[-1] = (rows[-1][0], starts[j] + len(line), rows[-1][2], rows[-1][3])
            else:
                rows.append((starts[j], starts[j] + len(line), slots, label))
            j += 1
        if rows:
            tables.append([
                TableRow(start=r_start, end=r_end, cells=tuple(
                    Cell(header=h, text=" ".join(text[s:e] for s, e in sl), start=sl[0][0], end=sl[-1][1])
                    for (_, h), sl in zip(cols, slots, strict=True) if sl),
                    label=" ".join(text[s:e] for s, e in label))
                for r_start, r_end, slots, label in rows])
        k = max(j, k + 1)
    return tables


# ----------------------------------------------------------------------------------- translated reports
# Words of a report written (or left) in another language, written as the English words the reading rules
# know, right-aligned in the same span ("derecha 2" -> "  right 2", "mama izquierda" -> "   left breast").
def _padded(words: str, span: str) -> str:
    return span if len(words) > len(span) else " " * (len(span) - len(words)) + words


def _padded_over_wrap(words: str, span: str) -> str:
    """:func:`_padded`, but a span wrapped over a line keeps its line break, first: the words go on the next line
    ("raet\ntiti" -> "\n   right")."""
    return "\n" + _padded(words, span[1:]) if "\n" in span else _padded(words, span)


def _rewrite(text: str, rules: tuple[tuple[re.Pattern[str], str], ...],
             padded: Callable[[str, str], str] = _padded) -> str:
    for pattern, words in rules:
        text = pattern.sub(lambda m, w=words: padded(w, m.group(0)), text)
    return text


_ES = re.IGNORECASE
# Spanish: sides ("mama derecha", "MD:" / "MI:" headers), headings, and the lexicon's category names
_SPANISH_RULES = (
    # (both sides named together after a category: "BI-RADS 1, mama derecha e izquierda")
    (re.compile(r"\b(?:mamas?\s+)?derech[ao]s?\s+[ey]\s+izquierd[ao]s?\b", _ES), "right and left"),
    (re.compile(r"\b(?:mamas?\s+)?izquierd[ao]s?\s+[ey]\s+derech[ao]s?\b", _ES), "left and right"),
    (re.compile(r"\bmamas?\s+derech[ao]s?\b", _ES), "right breast"),
    (re.compile(r"\bmamas?\s+izquierd[ao]s?\b", _ES), "left breast"),
    (re.compile(r"\bambas\s+mamas\b|\bbilaterales\b", _ES), "bilateral"),
    # (a side left out of the exam: "ECOGRAFÍA MAMA DERECHA. Mama izquierda no explorada." is of the right breast only)
    (re.compile(r"\bno\s+explorad[ao]s?\b", _ES), "not imaged"),
    (re.compile(r"\bderech[ao]s?\b", _ES), "right"),
    (re.compile(r"\bizquierd[ao]s?\b", _ES), "left"),
    # (also opening a numbered or bulleted impression item: "1. MD: Nódulo sólido ... BI-RADS 4B.")
    (re.compile(r"(?:^[ \t]*|(?<=^\d[.)] )|(?<=^\d\d[.)] )|(?<=^[-*•] ))(?:MD)(?=[ \t]*:)", re.MULTILINE), "R"),
    (re.compile(r"(?:^[ \t]*|(?<=^\d[.)] )|(?<=^\d\d[.)] )|(?<=^[-*•] ))(?:MI)(?=[ \t]*:)", re.MULTILINE), "L"),
    (re.compile(r"\bconclusi[oó]n(?:\s+global)?\b", _ES), "conclusion"),
    (re.compile(r"\bimpresi[oó]n(?:\s+diagn[oó]stica)?\b", _ES), "opinion"),
    (re.compile(r"\b(?:antecedentes|historia(?:\s+cl[ií]nica)?)\b", _ES), "history"),
    (re.compile(r"\bdatos\s+cl[ií]nicos\b", _ES), "clinical"),
    # (the adjective after the noun: "Hallazgos benignos" is "benign findings")
    (re.compile(r"\bhallazgos?\s+benign[oa]s?\b", _ES), "benign findings"),
    (re.compile(r"\bhallazgos\b", _ES), "findings"),
    (re.compile(r"\bcategor[ií]a\s+de\s+evaluaci[oó]n\b", _ES), "assessment"),
    (re.compile(r"\bcategor[ií]a\b", _ES), "category"),
    (re.compile(r"\bhallazgos?\s+probablemente\s+benign[oa]s?\b", _ES), "probably benign finding"),
    (re.compile(r"\bprobablemente\s+benign[oa]s?\b", _ES), "probably benign"),
    (re.compile(r"\baltamente\s+sugestiv[oa]s?\s+de\s+malignidad\b", _ES), "highly suggestive of malignancy"),
    (re.compile(r"\bbenign[oa]s?\b", _ES), "benign"),
    (re.compile(r"\bnegativ[oa]s?\b", _ES), "negative"),
    (re.compile(r"\bsospechos[oa]s?\b", _ES), "suspicious"),
    (re.compile(r"\b(?:evaluaci[oó]n\s+)?incomplet[ao]\b", _ES), "incomplete"),
)
# German sides: "rechts" / "links" / "beidseits", and the abbreviations before a category ("BI-RADS re. 5, li. 1")
_GERMAN_RULES = (
    (re.compile(r"\brechts\b", _ES), "right"),
    (re.compile(r"\blinks\b", _ES), "left"),
    (re.compile(r"\bbeidseits\b", _ES), "bilateral"),
    (re.compile(r"\bre\.(?=[ \t]*[0-6])", _ES), "R"),
    (re.compile(r"\bli\.(?=[ \t]*[0-6])", _ES), "L"),
    # an addendum or correction below the signed report ("Nachtrag / Seitenkorrektur vom ...:", "Berichtigung:")
    (re.compile(r"^[ \t\-]*(?:nachtrag|erg[äa]nzung|korrektur|berichtigung)\b", _ES | re.MULTILINE), "addendum"),
)
# Portuguese (a Brazilian SISCAN form): sides ("Mama direita", "Unilateral esquerda"), "Categoria", the legend,
# a rectification ("RETIFICAÇÃO ... onde se lê X, leia-se Y") and the side it says the exam was of
_ROMAN_CATEGORY = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6"}
_PORTUGUESE_RULES = (
    (re.compile(r"\b(?:o\s+)?exame\s+foi\s+realizado\s+n[ao]\s+mama\s+direita\b", _ES), "exam was of the right breast"),
    (re.compile(r"\b(?:o\s+)?exame\s+foi\s+realizado\s+n[ao]\s+mama\s+esquerda\b", _ES), "exam was of the left breast"),
    (re.compile(r"\bmamas?\s+direitas?\b", _ES), "right breast"),
    (re.compile(r"\bmamas?\s+esquerdas?\b", _ES), "left breast"),
    (re.compile(r"\bambas\s+as\s+mamas\b|\bbilateralmente\b", _ES), "bilateral"),
    (re.compile(r"\bdireit[ao]s?\b", _ES), "right"),
    (re.compile(r"\besquerd[ao]s?\b", _ES), "left"),
    (re.compile(r"\bcategorias?\b", _ES), "category"),
    # the final (combined) classification and the mammogram's own ("Classificação mamográfica isolada: Categoria 0")
    (re.compile(r"^[ \t]*classifica[çc][ãa]o\s+final\b", _ES | re.MULTILINE), "final assessment"),
    (re.compile(r"\bclassifica[çc][ãa]o\s+mamogr[áa]fica\b", _ES), "mammographic assessment"),
    (re.compile(r"^[ \t]*legenda\b", _ES | re.MULTILINE), "legend"),
    (re.compile(r"^[ \t]*retifica[çc][ãa]o\b", _ES | re.MULTILINE), "correction"),
    (re.compile(r"\b(?:indica[çc][ãa]o|anamnese)\b", _ES), "history"),
    # (the final combined conclusion names itself in Portuguese order: "CONCLUSÃO FINAL COMBINADA")
    (re.compile(r"\bconclus[ãa]o\s+final\s+combinada\b", _ES), "final combined conclusion"),
    (re.compile(r"\bconclus[ãa]o\b", _ES), "conclusion"),
)


def second_side_ends(finding_words: str, side_noun: str = "", reach: int | None = None) -> str:
    """A lookahead: the second side named after a category ("ACR 1 on the right and on the left", "à droite et à
    gauche") ends its clause there, with nothing of its own (a full stop, a line's end, a translation's bracket, or a
    comma before a clause with no category number nor one of ``finding_words``); ``side_noun`` may follow the side.
    With ``reach``, the clause after the comma is read that many characters at most (a long line of such pairs is
    then read in linear time)."""
    clause = r"[^.;\n]*" if reach is None else r"[^.;\n]{0," + str(reach) + "}"
    return (r"(?=" + side_noun + r"[ \t]*(?:[.;)\[\]\n]|$|,(?!" + clause + r"\b(?:[0-6][abc]?\b|(?:" + finding_words
            + r")))))")


SECOND_SIDE_CLAUSE_CHARS = 200  # (how far the clause after the second side's comma is read for its own category)
# French (a Swiss / Belgian senology report): sides ("sein droit", "(droite)"), headings, a complement or
# rectification, and a Roman category ("BI-RADS catégorie V")
_FRENCH_RULES = (
    (re.compile(r"\bseins?\s+droits?\b", _ES), "right breast"),
    (re.compile(r"\bseins?\s+droits?\b", _ES), "right"),  # ("sein droit" is too short for "right breast")
    (re.compile(r"\bseins?\s+gauches?\b", _ES), "left breast"),
    # (before the single sides: both sides each after its preposition, "ACR 1 à droite et à gauche", are both, only when
    # nothing of the second side's own follows (a full stop, a line's end, a translation's bracket, or a comma before a
    # clause with no category or finding): "ACR 4 à droite et à gauche ACR 2" names one side each)
    (re.compile(r"\bbilat[ée]ral(?:e|es|ement)?\b|\bdes\s+deux\s+c[ôo]t[ée]s\b"
                r"|\b(?:à\s+)?(?:droite?s?\s+et\s+(?:à\s+)?gauches?|gauches?\s+et\s+(?:à\s+)?droite?s?)\b"
                + second_side_ends(r"bi-?rads|acr|cat[ée]gor|mass|kyste|calcif|asym|distorsion|nodul|l[ée]sion|opacit"
                                   r"|b[ée]nin|suspect|n[ée]gati", reach=SECOND_SIDE_CLAUSE_CHARS), _ES), "bilateral"),
    (re.compile(r"\bdroite?s?\b", _ES), "right"),
    (re.compile(r"\bgauches?\b", _ES), "left"),
    (re.compile(r"\bant[ée]c[ée]dents?\b", _ES), "history"),
    (re.compile(r"^[ \t\-]*(?:compl[ée]ment|avenant)\b", _ES | re.MULTILINE), "addendum"),
    (re.compile(r"^[ \t\-]*rectificatif\b", _ES | re.MULTILINE), "correction"),
    (re.compile(r"\bcat[ée]gorie\b", _ES), "category"),
    (re.compile(r"\br[ée]sultats?\s+finals?\b", _ES), "final result"),  # (a screening programme's final result)
    # (the conclusion of both modalities together, which outranks each one's own: "Conclusion combinée :")
    (re.compile(r"\bconclusion\s+combin[ée]e\b", _ES), "combined conclusion"),
)
# (radiology b129: a translated form that left its French history heading untranslated and names no side in French,
# "Antécédents: Breast ultrasound in 2024: "kystes bilatéraux, BI-RADS ACR 2".", heads its history by it all the same:
# only the word opening its line with its colon, "Antécédents personnels :" too; not "antécédents de ..." in a sentence
# nor the word after another heading, "Notes: antécédents: ...")
_FRENCH_HISTORY_HEADING = re.compile(r"^[ \t]*ant[ée]c[ée]dents?"
                                     r"(?=(?:[ \t]+(?:personnels|familiaux|chirurgicaux|m[ée]dicaux))?[ \t]*:)",
                                     _ES | re.MULTILINE)


def untranslated_french_history(text: str) -> bool:
    """Whether :func:`translated_view` reads an untranslated French history heading of ``text`` as "history"
    (:data:`_FRENCH_HISTORY_HEADING`, in a text naming no side in French); review r129: the history reader ends such a
    history sooner than an English one (``nlp.birads``)."""
    low = text.lower()
    return (not any(cue in low for cue in FRENCH_CUES)
            and ("antécédent" in low or "antecedent" in low) and _FRENCH_HISTORY_HEADING.search(text) is not None)


# Italian: both sides each after its preposition, "BI-RADS 1 a destra e a sinistra", are both, only when nothing of the
# second side's own follows (as the French "à droite et à gauche"): "BI-RADS 4C a destra e a sinistra BI-RADS 2" names
# one side each
_ITALIAN_BOTH_SIDES = re.compile(
    r"\b(?:a\s+)?(?:destr[ao]\s+e\s+(?:a\s+)?sinistr[ao]|sinistr[ao]\s+e\s+(?:a\s+)?destr[ao])\b"
    + second_side_ends(r"bi-?rads|acr|categor|nodul|cist|lesion|formazion|mass|calcif|benign|sospett|negativ",
                       reach=SECOND_SIDE_CLAUSE_CHARS), _ES)
# (review r123: not a pair given one category each, "BI-RADS 4C e 1 rispettivamente a destra e a sinistra", "BI-RADS 3 e
# 2 a destra e a sinistra": "respectively" beside the pair, also in its gloss, "[on the right and on the left
# respectively]", or two categories in its clause, _PAIR_CATEGORY_NUMBER)
_RESPECTIVELY_BEFORE = re.compile(r"\b(?:rispettivamente|respectively)[ \t,]*$", _ES)
_RESPECTIVELY_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:\[[^\[\]\n]{0,60}?)?\b(?:rispettivamente|respectively)\b", _ES)
RESPECTIVELY_BEFORE_CHARS = 40  # (how far before the pair "respectively" is looked for)
# (review rfinal12: a category's number in the pair's clause, from its sentence's start or its heading's colon: a second
# one, "BI-RADS 4B e BI-RADS 2", "BI-RADS 3/2", "BI-RADS 4C / BI-RADS 1 a destra e a sinistra", gives one to each side;
# not a size, a decimal or a clock position, "cisti di 5 mm", "a ore 2")
_PAIR_CATEGORY_NUMBER = re.compile(r"(?<!\bore )(?<![.,]\d)\b[0-6][abc]?\b(?![.,]\d)(?![ \t]{0,3}(?:mm|cm|x|×)(?![a-z]))", _ES)
# (... nor a pair in a history line or a dated sentence, "Anamnesi: mammografia bilaterale 11/2025: BI-RADS 2 a destra e a
# sinistra": an earlier exam's, and written both it would make today's one-sided exam bilateral)
_PAIR_HISTORY_LINE = re.compile(r"[ \t]*(?:anamnesi|storia[ \t]+clinica|(?:clinical[ \t]+)?history)\b", _ES)
_PAIR_DATE = re.compile(r"(?<![\d/.-])(?:\d{1,2}[/.-])?(?:19|20)\d\d(?![\d/.-])")  # (a month and year or a year, not a full date)
PAIR_CLAUSE_CHARS = 150  # (how far back the pair's sentence and clause are read)


def _italian_both_sides(text: str) -> str:
    """The Italian pair of sides each after its preposition (:data:`_ITALIAN_BOTH_SIDES`) written "bilateral", but
    where the categories go one to each side, respectively, or after two categories in its clause, and not in a history
    line or a sentence dated to a month and year or a year."""
    def bilateral_unless_respective(m: re.Match[str]) -> str:
        start = m.start()
        if _RESPECTIVELY_AFTER.match(text, m.end()) or _RESPECTIVELY_BEFORE.search(
                text, max(0, start - RESPECTIVELY_BEFORE_CHARS), start):
            return m.group(0)
        lo = max(0, start - PAIR_CLAUSE_CHARS)
        line = text.rfind("\n", lo, start)
        sentence = max(line, text.rfind(". ", lo, start), lo - 1) + 1
        clause = max(sentence, text.rfind(":", lo, start) + 1, text.rfind(";", lo, start) + 1)
        if (len(_PAIR_CATEGORY_NUMBER.findall(text, clause, start)) > 1 or _PAIR_DATE.search(text, sentence, start)
                or (line >= 0 or lo == 0) and _PAIR_HISTORY_LINE.match(text, line + 1)):
            return m.group(0)
        return _padded("bilateral", m.group(0))
    return _ITALIAN_BOTH_SIDES.sub(bilateral_unless_respective, text)


# Malay (a Malaysian MOH bilingual template): sides ("payudara kanan / kiri"), the category, and an addendum
# ("TAMBAHAN") or correction ("PEMBETULAN") heading before its English one
_MALAY_RULES = (
    (re.compile(r"\bpayudara\s+kanan\b", _ES), "right breast"),
    (re.compile(r"\bpayudara\s+kiri\b", _ES), "left breast"),
    (re.compile(r"\bkanan\b", _ES), "right"),
    (re.compile(r"\bkiri\b", _ES), "left"),
    (re.compile(r"\bkategori\b", _ES), "category"),
    (re.compile(r"^[ \t\-]*tambahan\b(?=[ \t]*/)", _ES | re.MULTILINE), "addendum"),
    (re.compile(r"^[ \t\-]*pembetulan\b(?=[ \t]*/)", _ES | re.MULTILINE), "correction"),
)
# Latin side words of an Indonesian "USG Mammae" report ("mammae dextra", "axilla sinistra", "dekstra";
# "mammae dextra et sinistra" both breasts)
_LATIN_SIDE_RULES = (
    (re.compile(r"\bmammae?\s+(?:de(?:x|ks)tra|sinistra)\s+(?:et|dan|and|&)\s+(?:de(?:x|ks)tra|sinistra)\b", _ES),
     "both breasts"),
    (re.compile(r"\bmammae?\s+de(?:x|ks)tra\b", _ES), "right breast"),
    (re.compile(r"\bmammae?\s+sinistra\b", _ES), "left breast"),
    (re.compile(r"\bmammae?\s+bilateral(?:is)?\b", _ES), "bilateral"),
    (re.compile(r"\bde(?:x|ks)tra\b", _ES), "right"),
    (re.compile(r"\bsinistra\b", _ES), "left"),
)
# Bislama (a Vanuatu register's translation): the breast named with its side, "raet titi" / "lef titi" (and "titi long
# raet saed"), unglossed in its conclusion ("Fibroadénome probable, raet titi 10 h. BI-RADS 3."), its two words also
# wrapped over a line ("... cyst, raet\ntiti 3 h. BI-RADS 3."); not said beside the Bislama negation of the scan, also
# after a comma or colon ("Lef titi i no skan tede", "Lef titi, i no skan", "i no bin skanem", "i no luk", "Raet titi
# i no stap": the side not scanned or absent, which an English gloss says where it is given). Review r127: "i no gat"
# (has no: a normal finding, "Lef titi i no gat lamp") is no such negation, the side stays.
_NO_BISLAMA_NEGATION_AFTER = (r"(?![ \t]*+(?:[,:][ \t]*+)?i[ \t]+no[ \t]+(?:bin[ \t]+)?"
                              r"(?:skan(?:em)?|luk(?:im|luk)?|tekem|stap)\b)")
_BISLAMA_RULES = (
    (re.compile(r"\btiti[ \t]+long[ \t]+raet(?:[ \t]+saed)?\b" + _NO_BISLAMA_NEGATION_AFTER, _ES), "right breast"),
    (re.compile(r"\btiti[ \t]+long[ \t]+lef(?:[ \t]+saed)?\b" + _NO_BISLAMA_NEGATION_AFTER, _ES), "left breast"),
    (re.compile(r"\braet(?=\s)[ \t]*+(?:\n[ \t]*+)?titi\b" + _NO_BISLAMA_NEGATION_AFTER, _ES), "right"),
    (re.compile(r"\blef(?=\s)[ \t]*+(?:\n[ \t]*+)?titi\b" + _NO_BISLAMA_NEGATION_AFTER, _ES), "left"),
    # (review r127: its history heading and its "long <year>" (in <year>), so that an earlier exam's category quoted
    # there stays the earlier exam's: "Histri: raet titi BI-RADS 4B long 2024, ...", "Histri: long 2023 raet titi i
    # BI-RADS 3")
    (re.compile(r"\bhistri(?=[ \t]*+:)", _ES), "Hx"),
    (re.compile(r"\blong(?=[ \t]+(?:19|20)\d\d\b)", _ES), "in"),
)
# Croatian / Bosnian (a translated "NALAZ UZV DOJKI" keeps its side words and headings): "Desna dojka:", "Lijeva
# aksila:", "BI-RADS 3 desno", "obostrano" (both sides), "Anamneza:" (history), "ZAKLJUČAK:" (conclusion); the breast
# word goes with its side word ("dojka" is one letter shorter than "breast": the side alone is written)
_CROATIAN_SIDE_ENDINGS = r"(?:a|e|i|o|oj|om|u|og|oga|ome|im|ih)"
_CROATIAN_RULES = (
    (re.compile(r"\bdesn" + _CROATIAN_SIDE_ENDINGS + r"\s+aksil[aeiu]\b", _ES), "right axilla"),
    (re.compile(r"\blijev" + _CROATIAN_SIDE_ENDINGS + r"\s+aksil[aeiu]\b", _ES), "left axilla"),
    (re.compile(r"\bdesn" + _CROATIAN_SIDE_ENDINGS + r"\s+doj(?:k[aeiu]|ci)\b", _ES), "right"),
    (re.compile(r"\blijev" + _CROATIAN_SIDE_ENDINGS + r"\s+doj(?:k[aeiu]|ci)\b", _ES), "left"),
    (re.compile(r"\bdesn" + _CROATIAN_SIDE_ENDINGS + r"\b", _ES), "right"),
    (re.compile(r"\blijev" + _CROATIAN_SIDE_ENDINGS + r"\b", _ES), "left"),
    (re.compile(r"\bobostran[aeiou]?\b", _ES), "bilateral"),
    (re.compile(r"^[ \t]*anamneza\b", _ES | re.MULTILINE), "history"),
    (re.compile(r"^[ \t]*zaklju[čc]ak\b", _ES | re.MULTILINE), "opinion"),
)
CROATIAN_CUES = ("dojk", "lijev", "desn", "zaklju")  # a cheap test before the rules
# (a French text's words, "sein", "gauche", "catégorie": translated_view rewrites it; without them an untranslated
# French history heading alone is read, untranslated_french_history)
FRENCH_CUES = ("sein", "gauche", "droit", "catégorie")
# Danish / Norwegian and Finnish (translated reports keep their side words): "Højre bryst:", "i venstre bryst",
# "høyre mamma"; Finnish "Oikea rinta:", "vasen", their inflections ("oikean rinnan", "vasemmalla") and the
# abbreviations after a category ("BI-RADS 2 oik., BI-RADS 1 vas."); "molemmin puolin" / "begge sider" (both sides).
# The breast word goes with its side word (the English side alone is written where "side breast" is longer).
_NORDIC_BREAST = r"(?:[ \t]+(?:bryst(?:et|er|erne)?|mamma[e]?|rinta|rinnan|rinnassa|rintaa|rinnat|rintojen))?"
_FINNISH_RIGHT = r"oike(?:a|an|aa|assa|asta|aan|alla|alta|alle|at|ammalla|ammassa)"
_FINNISH_LEFT = r"vase(?:n|mman|mpaa|mmassa|mmasta|mpaan|mmalla|mmalta|mmalle|mmat|nta)"
_NORDIC_RULES = (
    (re.compile(r"\bh[øo][jy]re(?:[ \t]+bryst)[ \t]+og[ \t]+venstre[ \t]+bryst\b|\bbegge[ \t]+(?:bryster|sider)\b"
                r"|\bmolemmi(?:n|ssa)[ \t]+(?:puolin|rinnoissa)\b"
                # Swedish "höger och vänster" (right and left), "båda brösten" (both breasts)
                r"|\bh[öo]ger[ \t]+och[ \t]+v[äa]nster\b|\bv[äa]nster[ \t]+och[ \t]+h[öo]ger\b|\bb[åa]da[ \t]+br[öo]sten\b",
                _ES), "bilateral"),
    (re.compile(r"\bh[øo][jy]re" + _NORDIC_BREAST + r"(?!\w)", _ES), "right"),
    (re.compile(r"\bvenstre" + _NORDIC_BREAST + r"(?!\w)", _ES), "left"),
    (re.compile(r"\b" + _FINNISH_RIGHT + _NORDIC_BREAST + r"(?!\w)", _ES), "right"),
    (re.compile(r"\b" + _FINNISH_LEFT + _NORDIC_BREAST + r"(?!\w)", _ES), "left"),
    (re.compile(r"(?<=[0-6abcABC][ \t])oik(?=\.)|(?<=[0-6abcABC] )oik(?=\.)", _ES), "rt"),
    (re.compile(r"(?<=[0-6abcABC][ \t])vas(?=\.)", _ES), "lt"),
    # history headings (a category quoted there is an earlier one): Finnish "Esitiedot:" (background), "Lähete:"
    # (referral), "Aiemmat tutkimukset (previous examinations):"; Danish / Norwegian "Henvisning(sårsag):", "Anamnese:",
    # "Tidligere undersøgelser:"
    (re.compile(r"^[ \t]*(?:esitiedot|l[äa]hete|henvisning(?:s[åa]rsag)?|anamnese)(?=[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?:)",
                _ES | re.MULTILINE), "history"),
    (re.compile(r"^[ \t]*(?:aiemmat[ \t]+tutkimukset|tidligere[ \t]+unders[øo]kelser|tidligere[ \t]+unders[øo]gelser)"
                r"(?:[ \t]*\([^()\n]{0,40}\))?(?=[ \t]*:)", _ES | re.MULTILINE), "previous exams"),
)
NORDIC_CUES = ("højre", "hojre", "høyre", "venstre", "höger", "hoger", "båda", "oike", "vase", "oik.", "vas.", "esitied",
               "lähete", "lahete", "aiemm",
               "henvisning", "anamnese", "tidligere")  # a cheap test before the rules
# Taiwanese / Japanese sono reports abbreviate the sides with an apostrophe: "R't breast", "L't axilla"
_APOSTROPHE_SIDE = re.compile(r"(?<![A-Za-z])(?P<side>[RL])['’]t\b")
_ROMAN_AFTER_CATEGORY = re.compile(r"(?<=\bcategory )(?-i:VI|IV|V|I{1,3})\b", _ES)
# a translation's original heading in square brackets before the colon: "Conclusion [Konklusion]:",
# "Assessment (both breasts) [Bedömning (båda brösten)]:", "Addendum [Tillæg] 20.01.2026:"
_BRACKET_GLOSS = re.compile(r"\[[^\[\]\n]{1,60}\](?=[ \t]*(?:\d[\d./-]*[ \t]*)?:)")  # after a heading's words (below)
# a word in a script the rules do not read (Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai, Lao, Myanmar,
# Georgian, Khmer) glossed in English right after it: the gloss is the word to read ("ანამნეზი [History]:", "справа
# (right) 2", Lao "ເຕົ້ານົມເບື້ອງຂວາ [Right breast]:"), so the original and the gloss's brackets are blanked instead of
# the gloss (a gloss in square brackets may end with its heading's own qualifier in parentheses: "النتيجة النهائية
# للتصوير [FINAL IMAGING OUTCOME (after work-up)]")
_NON_LATIN = ("\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u0eff\u1000-\u10ff"
              "\u1780-\u17ff\u1c90-\u1cbf")
# (the run of such words taken whole, in an atomic group, not possessive quantifiers: Python 3.11.2's possessive
# repeat of a group keeps the spaces of a failed last turn, "نن نن (..." matched as "نن نن "; the gloss optional: a
# run without one is matched and kept as written, so that the scan does not start again inside it; each start inside a
# long line of Arabic words re-read it to the line's end)
_NON_LATIN_GLOSSED = re.compile(r"(?>[" + _NON_LATIN + r"]+(?:[ \t]+[" + _NON_LATIN + r"]+)*)"
                                # (the original's own aside in its script before the gloss, blanked with it: "النتيجة
                                # النهائية للتصوير (بعد التقييم) [FINAL IMAGING OUTCOME (after work-up)]"; its words and
                                # spaces cannot overlap, so plain quantifiers stay linear)
                                r"(?:[ \t]+\([" + _NON_LATIN + r"]+(?:[ \t]+[" + _NON_LATIN + r"]+)*\)(?=[ \t]?\[))?"
                                r"(?:[ \t]?"
                                r"(?P<open>(?P<square>\[)|\()[A-Za-z][A-Za-z ,/-]{0,58}"
                                r"(?(square)(?:(?<=[A-Za-z][ \t])\([A-Za-z][A-Za-z -]{0,30}\))?)(?P<close>[\])]))?")
# ... or the original after the English, the last thing on its line after a slash ("FINAL IMAGING OUTCOME (after
# work-up) / النتيجة النهائية للتصوير", "CONSENSUS / FINAL (after assessment) / القرار النهائي"): blanked, so that the
# English heading ends its line. Only after a word or its closing parenthesis, and only words of such a script to the
# line's end (a category or a side list after the slash, "R 1 / L 2", or English after the original, stay as written;
# the slash may stand flush against the English, "(after work-up)/ <original>"). Not under a line introducing an earlier
# round's result quoted for reference ("For reference, the previous round (2023):"): that outcome is not this round's
# (review r114), so its heading stays as written
_NON_LATIN_AFTER_SLASH = re.compile(r"(?<=[A-Za-z)])[ \t]*/[ \t]*(?>[" + _NON_LATIN + r"]+(?:[ \t]+[" + _NON_LATIN
                                    + r"]+)*)[ \t]*$", re.MULTILINE)
# (review rfinal7: also a round named by its number and year, "Round 2 (2023) outcome, as recorded then:", or said
# to be as recorded then; and a lead-in naming a year earlier than one a line above it names, "Screening result
# (this round, 01-2026) ..." over "Outcome 2023:")
_EARLIER_ROUND_LEAD_IN = re.compile(r"[^\n]{0,80}?\b(?:for[ \t]+reference|(?:previous|prior|earlier|last)[ \t]+"
                                    r"(?:screening[ \t]+)?round|round[ \t]+\d{1,2}[ \t]*\((?:19|20)\d\d\)"
                                    r"|as[ \t]+recorded[ \t]+then)\b[^\n]{0,80}:[ \t]*$", re.IGNORECASE)
_LEAD_IN_LINE = re.compile(r"[^\n]{0,160}:[ \t]*$")
_LEAD_IN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
LEAD_IN_BLANK_LINES = 3  # blank lines looked back across from a heading to its lead-in
LEAD_IN_YEAR_REACH = 2000  # characters above a lead-in searched for a later year


def earlier_round_lead_in_above(text: str, line_start: int) -> bool:
    """The line above the one starting at ``line_start`` (across up to :data:`LEAD_IN_BLANK_LINES` blank lines: "For
    reference, the previous round (2023):" + a blank line + the outcome's heading) introduces an earlier round's
    result (:data:`_EARLIER_ROUND_LEAD_IN`, or a lead-in line naming only years earlier than one named above it)."""
    end = line_start - 1
    for _ in range(LEAD_IN_BLANK_LINES + 1):
        if end < 0:
            return False
        above = text.rfind("\n", 0, end) + 1
        if text[above:end].strip():
            break
        end = above - 1
    else:
        return False
    if _EARLIER_ROUND_LEAD_IN.match(text, above, end):
        return True
    if _LEAD_IN_LINE.match(text, above, end) is None:
        return False
    named = [int(y.group(0)) for y in _LEAD_IN_YEAR.finditer(text, above, end)]
    return bool(named) and max(named) < max((int(y.group(0)) for y in _LEAD_IN_YEAR.finditer(
        text, max(0, above - LEAD_IN_YEAR_REACH), above)), default=0)


def _blank_original_after_slash(text: str, m: re.Match[str]) -> str:
    """The original after the slash blanked (:data:`_NON_LATIN_AFTER_SLASH`), unless the line above introduces an earlier
    round's result quoted for reference (:func:`earlier_round_lead_in_above`)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if line_start and earlier_round_lead_in_above(text, line_start):
        return m.group(0)
    return " " * len(m.group(0))


def _gloss_in_place_of_original(m: re.Match[str]) -> str:
    """The English gloss alone in place of the original and its brackets. Before a blank it stands flush against it, as
    the translation would have written it: "справа [right breast] 2" reads "right breast 2", one space before the
    category as in an English side list, not the two a blanked closing bracket would leave ("BI-RADS: <Lao right> [right
    breast] 2; <Lao left> [left breast] 4C"); before anything else (a heading's colon, "History :") the closing bracket
    is blanked in its place. A run of the original with no gloss after it stays as written."""
    if m.group("open") is None:
        return m.group(0)
    gloss = m.group(0)[m.end("open") - m.start() : m.start("close") - m.start()]
    gap = "" if m.string[m.end() : m.end() + 1] in (" ", "\t") else " "
    return " " * (m.end() - m.start() - len(gloss) - len(gap)) + gloss + gap


# Arabic-script punctuation left between English clauses of a translation (Arabic, Persian, Urdu write a comma "،"
# and a semicolon "؛"): "BI-RADS: الأيمن [right] 6، الأيسر [left] 2" lists its sides as "right 6, left 2"
_ARABIC_PUNCTUATION = str.maketrans({"\u060c": ",", "\u061b": ";"})

# a field's value in the first language glossed in English in square brackets, the whole clause after a heading's
# colon ("Konklúzió [Conclusion]: gyanús [suspicious]. Biopsy recommended."): the gloss is the word to read, as a
# category's name (R6)
_GLOSSED_AFTER_COLON = re.compile(r"(?<=:)[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]*"
                                  r"\[[ \t]*(?P<english>[A-Za-z][A-Za-z -]{0,40}?)[ \t]*\](?=[ \t]*(?:[.,;]|$))",
                                  re.MULTILINE)


# a category's name and its sides each in the first language with its English gloss after it, in a sentence of their own
# at a line's start or after a heading's colon ("Besluit [Conclusion]:" over "Goedaardige bevindingen [Benign findings],
# beide borsten [both breasts]."): read as the English "Benign findings, both breasts." (only the lexicon's names and
# sides glossed whole: a finding glossed so, "[simple cysts]", is no category's name; and only when the original words
# before the name's gloss are the name's own, no more words than its gloss: "Geen goedaardige bevindingen [Benign
# findings]" says "no benign findings", a word the gloss leaves out, :func:`_glossed_name_then_sides`)
_GLOSSED_NAME_THEN_SIDES = re.compile(
    r"(?:^|(?<=:))[ \t]*(?P<o1>(?P<w1>[^\W\d_][^\[\]\n.,:;]{0,40}?)[ \t]*\[[ \t]*(?P<name>(?:"
    + "|".join(p for p, _ in CATEGORY_WORDS) + r")(?:[ \t]+findings?)?)[ \t]*\])[ \t]*,[ \t]*"
    r"(?P<o2>[^\W\d_][^\[\]\n.,:;]{0,30}?[ \t]*\[[ \t]*(?P<sides>both[ \t]+breasts|(?:left|right)[ \t]+breast"
    r"|bilateral(?:ly)?)[ \t]*\])(?=[ \t]*(?:\.|$))", re.IGNORECASE | re.MULTILINE)


def _glossed_name_then_sides(text: str) -> str:
    """``text`` with each :data:`_GLOSSED_NAME_THEN_SIDES` sentence's two glossed parts written as their glosses."""
    def english(m: re.Match[str]) -> str:
        if len(m.group("w1").split()) > len(m.group("name").split()):
            return m.group(0)  # (words the gloss does not translate, a negation among them: left as written)
        out = list(m.group(0))
        for group, words in (("o1", m.group("name")), ("o2", m.group("sides"))):
            lo = m.start(group) - m.start()
            out[lo : lo + len(m.group(group))] = _padded(" ".join(words.split()), m.group(group))
        return "".join(out)
    return _GLOSSED_NAME_THEN_SIDES.sub(english, text)


def translated_view(text: str) -> str:
    """A same-length copy of a translated or foreign-language report with the words the reading rules
    need written in English: Spanish sides, headings and category names; German side words; a
    translation's original headings in square brackets blanked (the English heading stays); Arabic-script
    commas and semicolons written as Latin ones."""
    low = text.lower()
    if ("derech" in low or "izquierd" in low or "mama " in low or "mamas" in low or "hallazgos" in low
            or "conclusión" in low or "impresión" in low):  # Spanish
        text = _rewrite(text, _SPANISH_RULES)
    if "rechts" in low or "beidseits" in low or "befund" in low or "beurteilung" in low or "nachtrag" in low:  # German
        text = _rewrite(text, _GERMAN_RULES)
    # (its side words alone too: "Conclusão combinada: direita [right] 4C, esquerda [left] 1")
    if "mama" in low or "siscan" in low or "categoria" in low or "direit" in low or "esquerd" in low:  # Portuguese
        text = _rewrite(text, _PORTUGUESE_RULES)
    # (also by its category word alone: a glossed heading's French side words are blanked before this view, "Sein
    # gauche [Left breast] : nodule, catégorie V.")
    if any(cue in low for cue in FRENCH_CUES):  # French
        text = _rewrite(text, _FRENCH_RULES)
        text = _ROMAN_AFTER_CATEGORY.sub(lambda m: _padded(_ROMAN_CATEGORY[m.group(0)], m.group(0)), text)
    elif "antécédent" in low or "antecedent" in low:  # (radiology b129: the French history heading alone, untranslated)
        text = _FRENCH_HISTORY_HEADING.sub(lambda m: _padded("history", m.group(0)), text)
    if "payudara" in low or "kesimpulan" in low:  # Malay
        text = _rewrite(text, _MALAY_RULES)
    if any(cue in low for cue in CROATIAN_CUES):  # Croatian / Bosnian
        text = _rewrite(text, _CROATIAN_RULES)
    if any(cue in low for cue in NORDIC_CUES):  # Danish / Norwegian, Finnish
        text = _rewrite(text, _NORDIC_RULES)
    if "destr" in low and "sinistr" in low:  # Italian (before the Latin sides: "a destra e a sinistra")
        text = _italian_both_sides(text)
    if "sinistra" in low or "dextra" in low or "dekstra" in low:  # Latin sides (Indonesian USG)
        text = _rewrite(text, _LATIN_SIDE_RULES)
    if "titi" in low and ("raet" in low or "lef" in low):  # Bislama sides (also wrapped: "raet\ntiti")
        text = _rewrite(text, _BISLAMA_RULES, _padded_over_wrap)
    if "'t" in text or "’t" in text:
        text = _APOSTROPHE_SIDE.sub(lambda m: " " + m.group("side") + "t", text)
    if not text.isascii():
        text = text.translate(_ARABIC_PUNCTUATION)
    if not text.isascii() and ("]" in text or ")" in text):
        text = _NON_LATIN_GLOSSED.sub(_gloss_in_place_of_original, text)
    if not text.isascii() and "/" in text:
        text = _NON_LATIN_AFTER_SLASH.sub(lambda m, text=text: _blank_original_after_slash(text, m), text)
    if "]" in text and ("[both" in low or "breast]" in low or "[bilateral" in low):
        text = _glossed_name_then_sides(text)
    if "]" in text:
        text = _BRACKET_GLOSS.sub(lambda m: " " * len(m.group(0)) if re.match(r"[\w)][ \t]", text[m.start() - 2 : m.start()])
                                  else m.group(0), text)
        text = _GLOSSED_AFTER_COLON.sub(lambda m: _padded(m.group("english"), m.group(0)), text)
    return text


# ----------------------------------------------------------------------------------- side glosses
# A bilingual category statement names each side in its own language, then in English after a slash or in
# parentheses: "BI-RADS vpravo (right) 1, vlevo (left) 1", "BI-RADS: bal / left 2", "BI-RADS (jobb / right): 3",
# "BI-RADS: obustronnie 1 / bilaterally 1". Only the lines that hold the keyword are searched, after it, for
# the glossing mark (a slash or parenthesis before an English side word), which a category must follow.
# (a translation's gloss in square brackets too, after a word it may abbreviate: "BI-RADS: deš. [right] 4A; kair. [left] 3")
# (the gloss may translate the words joining the sides: "kulia [right] na kushoto [and left]", "... [right and left]")
_GLOSS_SIDE = (r"(?:and[ \t]+)?(?:(?:left|right)(?:[ \t]+and[ \t]+(?:left|right))?(?:[ \t]+breasts?)?|bilateral(?:ly)?"
               r"|(?:on[ \t]+)?both[ \t]+(?:breasts|sides))")  # ("har ikki tomonda [on both sides] 1")
_GLOSS_MARK = re.compile(r"/ ?(?P<slash>" + _GLOSS_SIDE + r")\b|\( ?(?P<paren>" + _GLOSS_SIDE + r")[ \t]*\)"
                         r"|\[ ?(?P<square>" + _GLOSS_SIDE + r")[ \t]*\]", re.IGNORECASE)
_BOTH_SIDES_GLOSS = ("bilat", "both", "on both")  # the glosses above that name both sides
GLOSS_KEYWORD = "rads"  # of "BI-RADS", "BIRADS" in the lower-cased text
GLOSSED_CHARS = 60  # the first-language words (and category) are looked for this far before the mark
# the first-language side words right before the mark (up to three words), with their category when the
# translation repeats it ("obustronnie 1 / bilaterally 1")
# (an apostrophe may stand inside a word: Uzbek Latin's "o'ngda", "o‘ng")
# (a later word may be one letter, an article or a preposition: Albanian "gjiri i majtë", French "sein à droite"; so
# may the first, a particle or a conjunction the gloss translates: Albanian "(i djathtë / right)", Serbian "desno
# [right] i lijevo [and left]"; not a category's letter after its number, "4 c")
# (a Persian / Dari word joined to its short particle by a hyphen is one word: "pestan-e rast [right breast]")
_GLOSSED_WORD = r"[^\W\d_](?:[^\W\d_]|['’‘ʻ`](?=[^\W\d_])|-(?=[^\W\d_]{1,2}(?![\w-])))+"
# (nor a Roman category, "I" or "V", standing after the gloss of the side before: "dešinė [right] I kairė [left] II",
# "desno [right] I  lijevo [left] IV-c"; a conjunction there is written small: "desno [right] i lijevo [and left]")
_GLOSSED_PARTICLE = (r"(?:(?<![0-6][ \t])(?:(?!(?-i:[IV])[ \t])|(?<![\])][ \t])(?<![\])][ \t]{2})(?<![\])][ \t]{3}))"
                     r"[^\W\d_][ \t]+)?")
# (a bilingual report names the side in both its languages first, with a slash: "droit / rechts [right] 5")
_GLOSSED_WORDS = re.compile(r"(?:^|(?<=[\s:(]))(?:and[ \t]+)?(?P<words>" + _GLOSSED_PARTICLE
                            + r"(?:" + _GLOSSED_WORD + r"[ \t]*/[ \t]*)?"
                            + _GLOSSED_WORD + r"(?:[ \t]+(?:" + _GLOSSED_WORD
                            + r"|[^\W\d_])){0,2}\.?)[ \t]*"
                            r"(?:(?P<num>[0-6][abc]?)[ \t]+)?$", re.IGNORECASE)
# (a Roman category too: "dešinė [right] II, kairė [left] IV-c", "sân drept [right breast] IV-B")
_GLOSS_CATEGORY_AFTER = re.compile(r"[ \t]*\)?[ \t]*:?[ \t]*(?P<num>[0-6][abc]?|(?-i:VI|IV|V|I{1,3})(?:-?[abc])?)(?!\w|\.\d)",
                                   re.IGNORECASE)
_CATEGORY_BEFORE_GLOSS = re.compile(r"(?<![\w.])[0-6][abc]?,?[ \t]", re.IGNORECASE)
# English words a statement has before a side in parentheses ("BI-RADS category (left): 3"): no first language
_NOT_GLOSSED = frozenset({"bi", "rads", "birads", "acr", "category", "categories", "cat", "assessment", "score", "final",
                          "overall", "classification", "breast", "breasts", "side", "the", "of", "for", "and", "in", "on",
                          "at", "is", "with", "left", "right", "lt", "rt", "bilateral", "bilaterally", "both"})
# the other way round, a translation writes the English side and keeps the original word after it in parentheses,
# right before the category: "BI-RADS: right (derecha) 1 - left (izquierda) 2" reads "right 1 - left 2" (not a field's
# remark before its colon: "Left Breast (amended): 2")
# (the original in square brackets too, only in a script other than the English one: "BI-RADS: Left breast [<Arabic>]
# 4C; Right breast [<Arabic>] 1"; an English remark in brackets, "Right breast [amended] 2", or a number that is a size
# or a clock hour after it, "Left breast [<Arabic>] 2 cm", "... 2 o'clock", stays as written; review r115: and only a
# category that ends its item, followed by ";", ",", ".", "/", "(", a spaced dash or the line's end, not a number that
# goes on, "Left breast [<Arabic>] 3 on the previous examination, now 2", "... 6 months follow-up", "... 3 or 4A"; a
# comma or a full stop only where no digit follows it, "... 2,5 cm")
_ORIGINAL_AFTER_SIDE = re.compile(r"\b(?P<side>(?:left|right)(?:[ \t]+breasts?)?|bilateral(?:ly)?|both[ \t]+breasts)[ \t]*"
                                  r"(?:\([ \t]*(?P<words>[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,}){0,2})[ \t]*\)"
                                  r"|\[[ \t]*(?P<original>[" + _NON_LATIN + r"]{2,}(?:[ \t]+[" + _NON_LATIN + r"]{2,}){0,2})"
                                  r"[ \t]*\])"
                                  r"[ \t]*(?P<num>[0-6][abc]?)(?!\w|\.\d)"
                                  r"(?(original)(?=[ \t]*(?:[;/(]|[,.](?!\d)|[-–—][ \t]|$)))",
                                  re.IGNORECASE)
# (review rfinal8: not on a line that opens by quoting an earlier or outside report, "Outside report from Tripoli (2024),
# as translated: BI-RADS: Left breast [<Arabic>] 4A; ...", "Previous report (2024): BI-RADS: ...", "In 2024 the outside
# clinic reported BI-RADS: ...", nor on a keyword's line under such a lead-in alone on the line above: the quoted list is
# left as written; a spaced em dash ending an item is read as a dash, "Left breast [<Tamil>] 4C — Right breast [..] 2")
_EARLIER_LEAD_IN = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?(?:(?:in|on|from)[ \t]+(?:\d{1,2}[./-]){0,2}(?:19|20)\d\d[ \t,]*)?"
                              r"(?:the[ \t]+)?(?:previous|prior|outside|earlier|external|old|comparison)\b",
                              re.IGNORECASE)
_KEYWORD_OPENS_LINE = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?(?:bi-?)?", re.IGNORECASE)  # (up to the keyword's "rads")
_SPACED_EM_DASH = re.compile(r"[ \t]*(?P<dash>\u2014)[ \t]")
LEAD_IN_LINE_CHARS = 200  # a lead-in line above the keyword's is no longer than this


def _quotes_earlier_report(text: str, at: int) -> bool:
    """Whether the line of the keyword at ``at`` opens by quoting an earlier or outside report (:data:`_EARLIER_LEAD_IN`),
    or, opening with the keyword, lies under a lead-in line of the kind ending with its colon (review rfinal8)."""
    line_start = text.rfind("\n", 0, at) + 1
    if _EARLIER_LEAD_IN.match(text, line_start, at):
        return True
    if line_start == 0 or not _KEYWORD_OPENS_LINE.fullmatch(text, line_start, at):
        return False
    above = text.rfind("\n", max(0, line_start - 1 - LEAD_IN_LINE_CHARS), line_start - 1) + 1
    if above == 0 and line_start - 1 > LEAD_IN_LINE_CHARS:
        return False  # (a long line: no lead-in)
    return text[above : line_start - 1].rstrip().endswith(":") and _EARLIER_LEAD_IN.match(text, above) is not None


# a conclusion's per-side list without the keyword, each side a first-language word glossed in English and its category
# after it, the two sides together after the heading's colon and nothing after the second but the clause's end:
# "Galutinė išvada [Final conclusion]: dešinė [right] 4C, kairė [left] 1." reads "right 4C, left 1" (not a lone glossed
# side, whose number may be a size or a clock hour: "dešinė [right] 4 cm", "kairė [left] 2 val.")
# (a category, Arabic or Roman, after a gloss: "[right] 4C", "[right] IV-A")
_GLOSSED_CATEGORY = r"(?:[0-6]|(?-i:IV|VI|V|I{1,3}))(?:-?[abc])?"
_GLOSSED_SIDE_PAIR = re.compile(
    r"(?<=:)[ \t]*(?P<a>[^\W\d_]+\.?[ \t]*\[[ \t]*(?P<sa>right|left)[ \t]*\])[ \t]*" + _GLOSSED_CATEGORY
    + r"[ \t]*[,;][ \t]*(?P<b>[^\W\d_]+\.?[ \t]*\[[ \t]*(?!(?P=sa)\b)(?:right|left)[ \t]*\])[ \t]*"
    + _GLOSSED_CATEGORY + r"(?=[ \t]*(?:[.;]|$))", re.IGNORECASE | re.MULTILINE)
GLOSSED_PAIR_HINTS = ("[right]", "[left]")  # (in the lower-cased text: a cheap test before the scan)


def _glossed_side_pairs(text: str) -> str:
    """``text`` with each side of a :data:`_GLOSSED_SIDE_PAIR` list written as its English gloss, right-aligned."""
    def english(m: re.Match[str]) -> str:
        out = list(m.group(0))
        for group, side in (("a", "sa"), ("b", None)):
            span = m.group(group)
            word = m.group(side) if side else ("left" if m.group("sa").lower() == "right" else "right")
            lo = m.start(group) - m.start()
            out[lo : lo + len(span)] = _padded(word, span)
        return "".join(out)
    return _GLOSSED_SIDE_PAIR.sub(english, text)


def side_gloss_view(text: str) -> str:
    """A same-length copy in which a first-language side word glossed in English in a BI-RADS statement is
    written as the English side alone, right-aligned in its span ("BI-RADS vpravo (right) 1" -> "BI-RADS
    right 1" padded; "obustronnie 1 / bilaterally 1" -> "1 bilaterally" padded; the other way round, "right (δεξιά) 1"
    -> "right 1" padded)."""
    low = same_length_lower(text)
    chars = None
    at = low.find(GLOSS_KEYWORD)
    while at >= 0:
        line_end = low.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        for mark in _GLOSS_MARK.finditer(text, at + len(GLOSS_KEYWORD), line_end):
            if (gloss := _gloss(text, mark, max(at + len(GLOSS_KEYWORD), mark.start() - GLOSSED_CHARS))) is not None:
                chars = chars if chars is not None else list(text)
                start, end, words = gloss
                chars[start:end] = _padded(words, text[start:end])
        quoted = None  # (whether the line quotes an earlier report: looked at once a bracketed original is found)
        for side in _ORIGINAL_AFTER_SIDE.finditer(text, at + len(GLOSS_KEYWORD), line_end):
            if side.group("original"):
                quoted = _quotes_earlier_report(text, at) if quoted is None else quoted
                if quoted:
                    continue
            if not any(word.lower() in _NOT_GLOSSED for word in (side.group("words") or "").split()):
                chars = chars if chars is not None else list(text)
                words = " ".join(side.group("side").split()) + " " + side.group("num")
                chars[side.start() : side.end()] = _padded(words, side.group(0))
                if side.group("original") and (dash := _SPACED_EM_DASH.match(text, side.end())):
                    chars[dash.start("dash")] = "-"
        at = low.find(GLOSS_KEYWORD, line_end)
    text = text if chars is None else "".join(chars)
    return _glossed_side_pairs(text) if all(hint in low for hint in GLOSSED_PAIR_HINTS) else text


def _gloss(text: str, mark: re.Match[str], lo: int) -> tuple[int, int, str] | None:
    """``(start, end, English words)`` of a glossed side ending at ``mark``, its first-language words from ``lo`` on."""
    glossed = _GLOSSED_WORDS.search(text[lo : mark.start()])
    if glossed is None or any(word.lower().rstrip(".") in _NOT_GLOSSED for word in glossed.group("words").split()):
        return None
    after = _GLOSS_CATEGORY_AFTER.match(text, mark.end())
    side = " ".join((mark.group("slash") or mark.group("paren") or mark.group("square")).split())
    start = lo + glossed.start("words")
    if after is None:
        # the category stated before the glossed sides: "BI-RADS 2 sağ (right) and sol (left)"; the English side is
        # written where the first-language words start, next to the category however long they are ("BI-RADS 1, mama
        # derecha e izquierda [right and left breast]")
        return ((start, mark.end(), side.ljust(mark.end() - start)) if _CATEGORY_BEFORE_GLOSS.search(text, lo, start)
                else None)
    if not glossed.group("num"):
        if side.lower().startswith(_BOTH_SIDES_GLOSS) and not after.group(0).lstrip().startswith(")"):
            return start, after.end(), f"{after.group('num')} {side}"  # ("obustronnie / bilaterally 1": "1 bilaterally")
        return start, mark.end(), side  # ("(jobb / right)": the outer parentheses stay)
    if after.group("num").lower() != glossed.group("num").lower():
        return None  # "X 1 / left 2": no translation of one statement
    num = after.group("num")
    return start, after.end(), f"{num} {side}" if side.lower().startswith(_BOTH_SIDES_GLOSS) else f"{side} {num}"


# ----------------------------------------------------------------------------------- English headings in brackets
# A translation may keep the original heading and put the English one in square brackets after it ("Wywiad
# [History]:", "Badanie [Examination]:", "Pierś lewa [Left breast]:"), the other way round from "Conclusion
# [Konklusion]:" (translated_view blanks that bracket): the English heading is the one the rules read.
_ENGLISH_IN_BRACKETS = re.compile(
    # (also a heading run in after a heading's colon or a sentence's full stop: "Konklúzió [Conclusion]: Jobb emlő [Right
    # breast]: ... BI-RADS 6. Bal emlő [Left breast]: ...")
    # (the keyword before a glossed side stays: "BI-RADS sân stâng [left breast]: 5")
    r"(?:^|(?<=[.:;])[ \t])[ \t]*(?:bi-?rads[ \t]+)?"
    r"(?:\d{1,2}[.)][ \t]+|[-*•][ \t]+)?"  # (a numbered item's heading too: "1. Pierś lewa [Left breast]:"; a dash
    # item's, radiology b129: "- pechu drechi [right breast]: ...")
    # (the original may carry its own aside in parentheses: "Gesamtbeurteilung (Mammographie + Sonographie) [...]:")
    r"(?P<original>[^\W\d_][^\[\]\n:]{0,40}?(?:\([^()\[\]\n:]{1,40}\))?)"
    r"[ \t]*\[[ \t]*(?P<english>(?:(?:clinical|final|past|medical|combined|"
    # ("[Final combined conclusion (MG + US)]")
    r"overall|previous|prior|referral|side|laterality|known)\s+){0,2}(?:diagnostic\s+)?"
    # (a modality's own: "Clasificare mamografică [Mammographic classification]", "Mamografie izolat [Mammography alone]",
    # "[Mammographic category]")
    # (also the modality named as the only one read: "Kategori mamogram sahaja [Mammogram-only category]")
    r"(?:(?:mammograph(?:y|ic)|ultrasound|sonograph(?:y|ic)|bi-?rads|mammogram(?=-only))(?:-only)?\s+)?"
    r"(?:history|anamnesis|indications?|examinations?|exams?|description|findings|results?|conclusions?|impression|"
    r"classification|category|alone|only|"
    r"opinion|assessment|recommendations?|comparison|technique|addendum|correction|diagnosis|information|data|referral|summary"
    r"|reason\s+for\s+(?:the\s+)?correction"  # (a corrected record's "Korjauksen syy [Reason for correction] <date>:")
    r"|supplement(?:ary)?(?:\s+(?:report|result|statement|opinion))?)"  # ("Kompletterande svar [Supplementary report]")
    # (a revision heading named after what it adds to: "[Supplement to the report]", "[Addendum to the findings]")
    r"(?:\s+(?:to|of)\s+the\s+(?:report|findings|result|opinion))?"
    # (two sections under one heading: "[Findings and conclusion]", "[Results and impression]")
    r"(?:\s+(?:and|&)\s+(?:conclusions?|impression|opinion|assessment))?"
    r"(?:[ \t]*\([^()\[\]\n]{1,30}\))?"  # ("[Combined diagnostic impression (MG + US)]")
    # (a double-reading record's decision: "Consenso / arbitragem [Consensus / arbitration] (Dr X, 05/05/2026):")
    r"|(?:consensus|arbitration)(?:[ \t]*/[ \t]*(?:consensus|arbitration|final))*"
    r"|(?:left|right)\s+breast|both\s+breasts)[ \t]*\](?=[ \t]*(?:\d[\d./-]*[ \t]*|\([^()\[\]\n]{1,90}\)[ \t]*)?:)",
    re.IGNORECASE | re.MULTILINE)


# ... and a category statement's clause glossed the same way, the keyword in both ("Kategoria BI-RADS zmieniona
# [BI-RADS category changed] to 4C"), also a whole sentence translated ("<original sentence> BI-RADS 2 [the category
# for the left breast is changed to BI-RADS 2]"): the English words are read from the clause's start
_STATEMENT_IN_BRACKETS = re.compile(
    # (the original's clause may run on after its keyword, a Dutch compound and verb: "De BI-RADS-classificatie wordt
    # herzien naar 4A [the BI-RADS classification is revised to 4A]")
    r"(?:^|(?<=[.;:]))[ \t]*(?P<original>[^\W\d_][^\[\]\n.;:]{0,80}?\bbi-?rads\b[^\[\]\n.;:]{0,40}?)[ \t]*"
    # (the gloss may name the side after its keyword, radiology b121: "[The BI-RADS classification of the left breast is
    # changed] to 3")
    r"\[[ \t]*(?P<english>[^\[\]\n]{0,60}?\bbi-?rads\b[^\[\]\n]{0,60}?)[ \t]*\]", re.IGNORECASE | re.MULTILINE)
_KEYWORD_IN_BRACKETS = re.compile(r"\[[^\[\]\n]{0,60}?\bbi-?rads\b", re.IGNORECASE)  # (a cheap test before the scan)
# (review r121: a gloss running on more than GLOSS_AFTER_KEYWORD characters after its keyword, the reach b121 widened
# for the side named there, is read only in the report's own words: no quote mark, nor an outside or earlier report
# named, before it on its line, within QUOTE_BEFORE_GLOSS characters; inside a quoted outside report, '"Adendum
# [Addendum]: ... [The BI-RADS classification of the right breast is changed] to 4A."', or after "Outside report (...,
# 2025), translated:", it is that report's revision)
# (review rfinal11: also a single quote mark opening a quote, curly, or straight at its line's start (a Tongan "'a" is
# a letter), "‘Fa'aopoopoga: ... [The BI-RADS classification of the right breast is changed] to 3.’", or a lead-in
# "reads:"; "previous study" or "prior exam" only where a quote or its lead-in follows, not this addendum's own
# comparison, "Compared with the previous study of 2023 the calcifications are unchanged; a bal emlő BI-RADS besorolása
# módosul [...] to 2")
_KEYWORD = re.compile(r"\bbi-?rads\b", re.IGNORECASE)
_NOT_OWN_WORDS = re.compile(r"[\"“”‘]|(?<![^\n])[ \t]*'|\b(?:reads?|states?|says|said)[ \t]*:"
                            r"|\b(?:outside|external|previous|prior|earlier)\s+(?:report"
                            r"|(?:study|exam)(?=[^.\n]{0,40}?(?:[:\"“‘]|\b(?:reads?|states?|says|said)\b)))",
                            re.IGNORECASE)
# ... nor under a line leading into a quote, the line above the gloss's ("The patient brought ... Its addendum reads:")
_QUOTE_LEAD_IN = re.compile(r"\b(?:reads?|states?|stated|says|said|follows|quoted?)[ \t]*:[ \t]*\n", re.IGNORECASE)
# ... and only in this report's own addendum: a line of the gloss's paragraph, up to its own, opens with "Addendum" (or
# its original word glossed so, "Fa'aopoopoga [Addendum] - 17/03/2026:")
_OWN_ADDENDUM_LINE = re.compile(r"^[ \t]*(?:[^\W\d_][^\n\[\]:]{0,40}?\[[ \t]*)?(?:addend(?:um|a)|amendment|supplement)\b",
                                re.IGNORECASE | re.MULTILINE)
GLOSS_AFTER_KEYWORD = 40
QUOTE_BEFORE_GLOSS = 200
ADDENDUM_BEFORE_GLOSS = 600  # (the gloss's paragraph is looked at this far back for its addendum heading)


def english_heading_view(text: str) -> str:
    """A same-length copy in which a heading given in its original language with its English name in square
    brackets after it ("Wywiad [History]:") is written as the English name, right-aligned in its span, and so is
    a category statement's clause glossed so."""
    if "[" not in text:
        return text

    def english(m: re.Match[str]) -> str:
        return (m.group(0)[: m.start("original") - m.start()]
                + _padded(" ".join(m.group("english").split()), m.string[m.start("original") : m.end()]))

    def statement(m: re.Match[str]) -> str:
        gloss = m.group("english")
        keyword = _KEYWORD.search(gloss)
        if keyword is not None and len(gloss) - keyword.end() > GLOSS_AFTER_KEYWORD:
            start = m.start("original")
            lo = max(0, start - QUOTE_BEFORE_GLOSS)
            line_start = max(lo, m.string.rfind("\n", lo, start) + 1)
            if _NOT_OWN_WORDS.search(m.string, line_start, start) is not None:
                return m.group(0)  # (the long gloss in a quote or after an outside report: left as written)
            above = max(0, line_start - QUOTE_BEFORE_GLOSS, m.string.rfind("\n", 0, max(0, line_start - 1)) + 1)
            if line_start > 0 and _QUOTE_LEAD_IN.search(m.string, above, line_start):
                return m.group(0)  # (review rfinal11: ... or under a lead-in into a quote, "Its addendum reads:")
            lo = max(0, start - ADDENDUM_BEFORE_GLOSS)
            paragraph = max(lo, m.string.rfind("\n\n", lo, start) + 1)
            if _OWN_ADDENDUM_LINE.search(m.string, paragraph, start) is None:
                return m.group(0)  # (review rfinal11: ... and outside this report's own addendum)
        return english(m)

    text = _ENGLISH_IN_BRACKETS.sub(english, text)
    return _STATEMENT_IN_BRACKETS.sub(statement, text) if _KEYWORD_IN_BRACKETS.search(text) else text


# ----------------------------------------------------------------------------------- FHIR JSON
# A FHIR R4 DiagnosticReport exported as JSON: the assessment sits in the structure, not in prose (each
# contained Observation's laterality in ``bodySite`` with its category in ``valueCodeableConcept``; the report's
# ``conclusion`` string; its ``code`` naming the exam). Hand-written tokenizer, not ``json.loads``: the view needs
# every value's character offsets, which the standard library's decoder (and the FHIR model libraries) do not keep.
_JSON_TOKEN = re.compile(r'\s*(?:(?P<str>"(?:[^"\\\n]|\\.)*")|(?P<punct>[{}\[\]:,])|(?P<lit>-?\d[\d.eE+-]*|true|false|null))')
_JSON_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|.)")
_JSON_ESCAPED = {"n": "\n", "t": " ", "r": " ", "b": " ", "f": " ", "/": "/", "\\": "\\", '"': '"'}
FHIR_KEY = '"resourceType"'  # in every FHIR resource: a cheap test before the parse


@dataclass(frozen=True)
class JsonNode:
    """A JSON value with its span in the text: ``value`` is a dict of nodes, a list of nodes, or the
    scalar (a string's ``value`` is its unescaped text; ``start`` / ``end`` include the quotes)."""

    value: object
    start: int
    end: int

    def get(self, *keys: str) -> JsonNode | None:
        node: JsonNode | None = self
        for key in keys:
            node = node.value.get(key) if node is not None and isinstance(node.value, dict) else None
        return node

    def text(self, *keys: str) -> str:
        node = self.get(*keys)
        return node.value if node is not None and isinstance(node.value, str) else ""

    def items(self, *keys: str) -> list[JsonNode]:
        node = self.get(*keys)
        return list(node.value) if node is not None and isinstance(node.value, list) else []


def _json_unescaped(raw: str) -> str:
    """A JSON string literal's content, same length: an escape is the character it stands for, padded."""
    def repl(m: re.Match[str]) -> str:
        code = m.group(0)[1:]
        char = chr(int(code[1:], 16)) if code[0] == "u" else _JSON_ESCAPED.get(code, " ")
        return (char if char.isprintable() or char == "\n" else " ") + " " * (len(m.group(0)) - 1)
    return _JSON_ESCAPE.sub(repl, raw) if "\\" in raw else raw


def parse_json_spans(text: str, start: int = 0, end: int | None = None) -> JsonNode | None:
    """The JSON document ``text[start:end]`` as :class:`JsonNode` values with their offsets in ``text``, or
    None when it is no (complete, well-formed) JSON object."""
    end = len(text) if end is None else end
    tokens, at = [], start
    while (m := _JSON_TOKEN.match(text, at, end)) is not None:
        tokens.append((m.lastgroup, m.group(m.lastgroup), m.start(m.lastgroup)))
        at = m.end()
    if text[at:end].strip():
        return None  # a character no JSON token starts with
    pos = 0

    def value() -> JsonNode:
        nonlocal pos
        kind, tok, at = tokens[pos]
        pos += 1
        if kind == "str":
            return JsonNode(_json_unescaped(tok[1:-1]), at, at + len(tok))
        if kind == "lit":
            return JsonNode(tok, at, at + len(tok))
        if tok == "{":
            members: dict[str, JsonNode] = {}
            while tokens[pos][1] != "}":
                key = tokens[pos]
                if key[0] != "str" or tokens[pos + 1][1] != ":":
                    raise ValueError("object key")
                pos += 2
                members[_json_unescaped(key[1][1:-1])] = value()
                if tokens[pos][1] == ",":
                    pos += 1
            pos += 1
            return JsonNode(members, at, tokens[pos - 1][2] + 1)
        if tok == "[":
            elements = []
            while tokens[pos][1] != "]":
                elements.append(value())
                if tokens[pos][1] == ",":
                    pos += 1
            pos += 1
            return JsonNode(elements, at, tokens[pos - 1][2] + 1)
        raise ValueError("unexpected token")

    try:
        root = value()
    except (ValueError, IndexError):
        return None
    if pos != len(tokens) or not isinstance(root.value, dict):
        return None
    return root


_FHIR_DROPPED_STATUS = frozenset({"entered-in-error", "cancelled"})
_FHIR_REVISED_STATUS = frozenset({"amended", "corrected"})
_FHIR_SIDE = re.compile(r"\b(?P<b>right\s+and\s+left|left\s+and\s+right|bilateral|both)\b|\b(?P<r>right)\b|\b(?P<l>left)\b",
                        re.IGNORECASE)
_NARRATIVE_BREAK = re.compile(r"</(?:p|div|li|tr|h\d)>|<br\s*/?>", re.IGNORECASE)
_NARRATIVE_TAG = re.compile(r"<[^<>]*>")


def _blanked(span: str) -> str:
    """``span`` with every character but its line breaks blanked (same length)."""
    return "".join(c if c == "\n" else " " for c in span)


def _blank_tags(value: str) -> str:
    """``value`` with every XHTML tag blanked (same length)."""
    return _NARRATIVE_TAG.sub(lambda m: " " * len(m.group(0)), value)


_NARRATIVE_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d+);")
_NARRATIVE_CHAR = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}


def _entities_decoded(value: str) -> str:
    """``value`` with each character entity written as its character (a space for "&nbsp;" and numeric ones),
    padded to the entity's length (same length)."""
    return _NARRATIVE_ENTITY.sub(lambda m: _NARRATIVE_CHAR.get(m.group(0), " ").ljust(len(m.group(0))), value)


def _fhir_resources(root: JsonNode) -> list[JsonNode]:
    """The resource, its contained resources and a Bundle's entries (and theirs)."""
    out = [root]
    for entry in root.items("entry"):
        if (resource := entry.get("resource")) is not None:
            out += _fhir_resources(resource)
    for contained in root.items("contained"):
        out += _fhir_resources(contained)
    return out


def _fhir_side(node: JsonNode | None) -> str | None:
    """``"Right"`` / ``"Left"`` / ``"Both"`` from an Observation's laterality (a ``bodySite`` extension whose
    url names laterality, a ``laterality`` element) or, failing that, the body site's own words."""
    if node is None:
        return None
    sites = [ext.get("valueCodeableConcept") for ext in node.items("bodySite", "extension")
             if "lateral" in ext.text("url").lower()]
    sites += [node.get("bodySite", "laterality"), node.get("laterality"), node.get("bodySite")]
    for site in sites:
        if site is None:
            continue
        words = " ".join([site.text("text"), *(coding.text("display") for coding in site.items("coding"))])
        if (m := _FHIR_SIDE.search(words)) is not None:
            return "Both" if m.group("b") else ("Right" if m.group("r") else "Left")
    return None


def _fhir_category(obs: JsonNode) -> str | None:
    """An Observation's BI-RADS category as words the reading rules know ("BI-RADS 4A"): its coded value
    when the coding system or the observation names BI-RADS, else its value's text when that names BI-RADS."""
    concept = obs.get("valueCodeableConcept")
    texts = [obs.text("valueString")]
    if concept is not None:
        texts += [concept.text("text"), *(coding.text("display") for coding in concept.items("coding"))]
        named = "rads" in (obs.text("code", "text") + " ".join(c.text("display") for c in obs.items("code", "coding"))).lower()
        for coding in concept.items("coding"):
            code = coding.text("code").strip().upper()
            if re.fullmatch(r"[0-6][ABC]?", code) and (named or "rads" in coding.text("system").lower()):
                return f"BI-RADS {code}"
    return next((" ".join(t.split()) for t in texts if "rads" in t.lower()), None)


def _put(chars: list[str], node: JsonNode, words: str) -> None:
    """Write ``words`` on lines of their own over ``node``'s span, when they fit."""
    line = "\n" + words + "\n"
    if len(line) <= node.end - node.start:
        chars[node.start : node.start + len(line)] = line
        chars[node.start + len(line) : node.end] = [" "] * (node.end - node.start - len(line))


def fhir_view(text: str) -> str:
    """A same-length copy of a FHIR R4 DiagnosticReport (or a Bundle holding one) exported as JSON, as the
    report the reading rules know; any other text is returned unchanged. Every JSON character is blanked
    (line breaks kept) except: over each Observation that gives a BI-RADS category, a line naming its
    laterality and the category ("Right breast: BI-RADS 5."; "Amended result, right breast: ..." for an
    amended or corrected Observation, which revises like an addendum; an entered-in-error or cancelled one
    is left out, and so are its notes); over the report's ``code``, its exam title ("Exam: US Breast", with
    the sides of its Observations when the title names none); the ``conclusion`` in place under a
    "conclusion:" heading; and the narrative (``text.div``) in place, its XHTML tags blanked."""
    if FHIR_KEY not in text or not text.lstrip().startswith("{"):
        return text
    root = parse_json_spans(text)
    if root is None:
        return text
    resources = _fhir_resources(root)
    reports = [r for r in resources if r.text("resourceType") == "DiagnosticReport"]
    if not reports:
        return text
    chars = list(_blanked(text))
    sides: set[str] = set()
    for obs in resources:
        if obs.text("resourceType") != "Observation" or obs.text("status") in _FHIR_DROPPED_STATUS:
            continue
        category, side = _fhir_category(obs), _fhir_side(obs)
        if category is None:
            continue
        sides.add(side or "")
        where = "both breasts" if side == "Both" else (f"{side.lower()} breast" if side else "")
        if obs.text("status") in _FHIR_REVISED_STATUS:
            _put(chars, obs, f"Amended result{', ' + where if where else ''}: {category}.")
        else:
            _put(chars, obs, f"{where[:1].upper() + where[1:] if where else 'Assessment'}: {category}.")
    for report in reports:
        if (code := report.get("code")) is not None:
            title = code.text("text") or next((c.text("display") for c in code.items("coding") if c.text("display")), "")
            if title and not _FHIR_SIDE.search(title):
                named = sorted(s.lower() for s in sides if s)
                title += " " + ("bilateral" if "both" in named or len(named) == 2 else "".join(named))
            _put(chars, code, f"Exam: {' '.join(title.split())}")
        if (conclusion := report.get("conclusion")) is not None and isinstance(conclusion.value, str):
            key = text.rfind('"conclusion"', report.start, conclusion.start)
            if key >= 0:
                chars[key : key + len("conclusion:")] = "conclusion:"
            chars[conclusion.start + 1 : conclusion.end - 1] = conclusion.value
        if (div := report.get("text", "div")) is not None and isinstance(div.value, str):
            narrative = _NARRATIVE_BREAK.sub(lambda m: "\n" + " " * (len(m.group(0)) - 1), div.value)
            narrative = _blank_tags(narrative)
            narrative = _entities_decoded(narrative)
            chars[div.start + 1 : div.end - 1] = narrative
    return "".join(chars)


# ----------------------------------------------------------------------------------- XML exports
# A structured-reporting tool's XML export: each element names what it holds by a ``name`` attribute or its
# tag, its side by a ``side`` / ``laterality`` attribute, an assessment's category by an attribute
# (``<Assessment side="R" birads="4A">Suspicious</Assessment>``). Read as a RIS export's coded fields, one
# "KEY=value" a line (``ASSESSMENT_R=4A Suspicious``, ``PRIOR_ASSESSMENT_L=4C ...``, ``INDICATION=...``,
# ``EXAM=US BREAST LT (LEFT)``), which the reading rules know.
XML_MARK = "</"  # in every XML document with content: a cheap test first
_XML_TAG = re.compile(r"<!--.*?-->|<[?!][^<>]*>|<(?P<close>/)?(?P<tag>[A-Za-z][\w.:-]*)(?P<attrs>[^<>]*?)(?P<empty>/)?>",
                      re.DOTALL)
_XML_TEXT_THEN_CLOSE = re.compile(r"(?P<content>[^<]*)</(?P<tag>[A-Za-z][\w.:-]*)[ \t]*>")
_XML_ATTRIBUTE = re.compile(r"(?P<key>[\w.:-]+)\s*=\s*(?:\"(?P<value>[^\"]*)\"|'(?P<value2>[^']*)')")
_XML_SIDE_KEYS = frozenset({"side", "laterality"})
_XML_CATEGORY_KEYS = frozenset({"birads", "bi-rads", "bi_rads", "category"})
_XML_EXAM_NAMES = frozenset({"EXAM", "EXAMINATION", "PROCEDURE", "STUDY"})
# an element replaced by a later version or withdrawn assesses nothing ("superseded", "entered-in-error")
_XML_DROPPED_STATUS = re.compile(r"supersed|replaced|entered.in.error|cancel|deleted|void", re.IGNORECASE)


def _xml_attributes(markup: str) -> dict[str, str]:
    """``{name: value}`` of a tag's attributes, names lower-cased (shared by both XML readers)."""
    return {a.group("key").lower(): a.group("value") if a.group("value") is not None else a.group("value2")
            for a in _XML_ATTRIBUTE.finditer(markup)}


def _xml_field(tag: str, attrs: dict[str, str], side: str, content: str) -> str:
    """The coded field ``KEY=value`` an element with text or a category gives ("" for neither)."""
    category = next((attrs[k] for k in _XML_CATEGORY_KEYS if attrs.get(k)), "")
    if not (content or category):
        return ""
    key = re.sub(r"\W+", "_", attrs.get("name") or tag).strip("_").upper()
    if key in _XML_EXAM_NAMES:
        return f"{key}={content}{f' ({side})' if side else ''}"
    side_key = re.sub(r"\W+", "_", side).strip("_").upper()
    return f"{key}{'_' + side_key if side_key else ''}={' '.join(filter(None, (category, content)))}"


def xml_export_view(text: str) -> str:
    """A same-length copy of an XML export (a document opening with an XML declaration or an element) in which
    every element holding text alone, or a category, becomes a coded field "KEY=value" over its span: the key is
    its ``name`` attribute or its tag with its ``side`` / ``laterality`` attribute (else the nearest enclosing
    element's) after it (an exam's side goes after its title instead), the value its category attribute, then
    its text. An element whose status (or an enclosing one's) says it was superseded or withdrawn is blanked,
    and so are comments and the remaining markup (line breaks kept). Any other text is returned unchanged."""
    if XML_MARK not in text or not text.lstrip().startswith("<"):
        return text
    chars = list(text)
    open_elements: list[tuple[str, str, bool]] = []  # (tag, side, withdrawn) of each element holding others
    pos = 0
    while (m := _XML_TAG.search(text, pos)) is not None:
        pos = m.end()
        chars[m.start() : m.end()] = _blanked(m.group(0))
        tag = m.group("tag")
        if tag is None:
            continue  # a comment, the XML declaration
        if m.group("close"):
            tags = [t for t, _, _ in open_elements]
            if tag in tags:
                del open_elements[len(tags) - 1 - tags[::-1].index(tag) :]
            continue
        attrs = {k: v.strip() for k, v in _xml_attributes(m.group("attrs")).items()}
        side = next((attrs[k] for k in _XML_SIDE_KEYS if attrs.get(k)), open_elements[-1][1] if open_elements else "")
        withdrawn = bool(_XML_DROPPED_STATUS.search(attrs.get("status", ""))) or bool(open_elements and open_elements[-1][2])
        leaf = None if m.group("empty") else _XML_TEXT_THEN_CLOSE.match(text, m.end())
        if not m.group("empty") and (leaf is None or leaf.group("tag") != tag):
            open_elements.append((tag, side, withdrawn))
            continue
        end = leaf.end() if leaf is not None else m.end()
        pos = end
        words = "" if withdrawn else _xml_field(tag, attrs, side, " ".join(leaf.group("content").split()) if leaf else "")
        if len(words) > end - m.start():
            words = ""  # (never so for a tool's element: its tag and attributes are longer than the key they give)
        chars[m.start() : end] = words + _blanked(text[m.start() + len(words) : end])
    return "".join(chars)


# An HL7 CDA document (a C-CDA imaging report, root ``<ClinicalDocument>``): no coded fields, but the report's
# narrative in each section's ``<text>`` under the section's ``<title>``. Read as that report: the document's
# own title as its exam line (``Exam: US BREAST RIGHT``), a section's title as its heading, each paragraph,
# list item, table row or line break of the narrative on a line of its own, every other tag blanked (the
# coded ``displayName`` attributes and identifiers say nothing a reader reads).
CDA_MARK = "<ClinicalDocument"
_CDA_MARKUP = re.compile(r"<(?P<close>/)?(?P<tag>[A-Za-z][\w.:-]*)[^<>]*>|<[?!][^<>]*>")
_CDA_INDENT = re.compile(r"[ \t]*\n[ \t\n]*")
_CDA_BREAKS = frozenset({"paragraph", "item", "tr", "br", "text", "title", "list", "table", "section"})


def cda_view(text: str) -> str:
    """A same-length reading of an HL7 CDA document (above); any other text is returned unchanged."""
    if CDA_MARK not in text:
        return text
    chars = list(text)
    depth = 0  # sections open
    for m in _CDA_MARKUP.finditer(text):
        tag = (m.group("tag") or "").lower()
        blank = _blanked(m.group(0))
        closing = bool(m.group("close"))
        if tag == "section":
            depth += -1 if closing else 1
        words = ""
        if tag == "title" and not closing and depth == 0:
            words = "Exam: "
        elif tag == "title" and closing and depth > 0:
            words = ":"
        if tag in _CDA_BREAKS and (closing or tag == "br"):
            words += "\n"
        chars[m.start() : m.end()] = words + blank[len(words):] if len(words) <= len(blank) else blank
    # (the markup's indentation and empty lines dropped: a run of blanks holding line breaks becomes one line
    # break at its end, so a line starts at its first word, as a heading does, and goes on to the next line)
    return _entities_decoded(_CDA_INDENT.sub(lambda b: " " * (len(b.group(0)) - 1) + "\n", "".join(chars)))


# A registry upload of segments, one a line, each a segment id and "KEY=value" fields between pipes
# (``ASM|SIDE=R|BIRADS=4A|TEXT=Suspicious|STATUS=F``), read like the XML export: each field on a line of
# its own, a category field with its segment's side after its key (``BIRADS_R=4A Suspicious``). A segment
# whose status the record's legend (``STATUS F=final X=superseded``) or its own word says was superseded or
# withdrawn is blanked, and so is one the legend names as a previous exam / history, and every field that is
# no "KEY=value" (the legend itself, a version, a bare flag).
_RECORD_SEGMENT = re.compile(r"^(?P<id>[A-Z][A-Z0-9]{1,3})\|", re.MULTILINE)
_RECORD_FIELD = re.compile(r"(?P<key>[A-Z][A-Z0-9_]*)=(?P<value>.*)", re.DOTALL)
_RECORD_CODE = re.compile(r"\b(?P<code>[A-Z])=(?P<meaning>[a-z][a-z ]*[a-z])")  # a legend's "X=superseded"
_RECORD_SEGMENT_NAME = re.compile(r"(?:^|\|)[ \t]*(?P<id>[A-Z][A-Z0-9]{1,3})[ \t]+(?P<name>[a-z][^|A-Z]*)")
_RECORD_HISTORY_NAME = re.compile(r"\b(?:previous|prior|history)\b")
_RECORD_SIDE_KEYS = frozenset({"SIDE", "LAT", "LATERALITY"})
MIN_RECORD_SEGMENTS = 3


# a report history's version header line ("Version 1 | PRELIMINARY | Author: ... | superseded by v2"), also a banner
# with dashes between its fields ("=== Current version (v3) - FINAL - ... ===", "=== Version 2 - ... - superseded by v3 ===")
_VERSION_HEADER = re.compile(r"^[ \t]*(?:[=*#]+[ \t]*)?(?:current[ \t]+)?(?:report[ \t]+)?version[ \t]+"
                             r"(?:(?P<n>\d{1,2})|\(v(?P<v>\d{1,2})\))[ \t]*(?:\||[-–][ \t])[^\n]*",
                             re.IGNORECASE | re.MULTILINE)
# (its status, not a later version's "supersedes v1")
VERSION_DROPPED = re.compile(r"\bsuperseded\b|\breplaced\b|entered[ \t]+in[ \t]+error|\bretracted\b|\bwithdrawn\b",
                              re.IGNORECASE)


def version_history_view(text: str) -> str:
    """A same-length copy of a report history (above) with its dropped versions blanked and its versions in the
    order they were written; any other text is returned unchanged."""
    headers = list(_VERSION_HEADER.finditer(text)) if "version" in text.lower() else []
    if len(headers) < 2:
        return text
    blocks = []  # (version, text of its block: its header to the next one's; the last to its closing rule line)
    for k, m in enumerate(headers):
        end = headers[k + 1].start() if k + 1 < len(headers) else len(text)
        if k + 1 == len(headers):
            rules = list(re.finditer(r"^[ \t]*[-=_+|]{5,}[ \t]*\n", text[m.end():end], re.MULTILINE))
            end = m.end() + rules[-1].end() if rules else end
        block = text[m.start():end]
        blocks.append((int(m.group("n") or m.group("v")), _blanked(block) if VERSION_DROPPED.search(m.group(0)) else block))
    ordered = "".join(block for _, block in sorted(blocks, key=lambda b: b[0]))
    start = headers[0].start()  # (the blocks lie end to end from the first header on)
    return text[:start] + ordered + text[start + len(ordered):]


def registry_record_view(text: str) -> str:
    """A same-length copy of a registry upload (above) as coded fields; any other text is returned unchanged."""
    segments = _RECORD_SEGMENT.findall(text) if "|" in text and "=" in text else []
    if len(segments) < MIN_RECORD_SEGMENTS or _is_hl7(text):
        return text
    lines = text.split("\n")
    legend = "|".join(raw for line in lines if _RECORD_SEGMENT.match(line)
                      for raw in line.split("|")[1:] if not _RECORD_FIELD.fullmatch(raw.strip()))
    codes = {m.group("code"): m.group("meaning") for m in _RECORD_CODE.finditer(legend)}
    history = {m.group("id") for m in _RECORD_SEGMENT_NAME.finditer(legend) if _RECORD_HISTORY_NAME.search(m.group("name"))}
    out = []
    for line in lines:
        m = _RECORD_SEGMENT.match(line)
        if m is None:
            out.append(line)
            continue
        fields = [f for f in (_RECORD_FIELD.fullmatch(raw.strip()) for raw in line.split("|")[1:]) if f is not None]
        values = {f.group("key"): f.group("value").strip() for f in fields}
        status = values.get("STATUS", "")
        if m.group("id") in history or _XML_DROPPED_STATUS.search(codes.get(status, status)):
            out.append(" " * len(line))
            continue
        side = next((values[k] for k in _RECORD_SIDE_KEYS if values.get(k)), "")
        if not any(key.lower() in _XML_CATEGORY_KEYS for key in values):
            side = ""  # (a finding's or the exam's side field is kept as it is)
        written = []
        for f in fields:
            key = f.group("key")
            if side and key.lower() in _XML_CATEGORY_KEYS:
                written.append(_xml_field(key, {key.lower(): f.group("value").strip()}, side, ""))
            elif not (side and key in _RECORD_SIDE_KEYS):
                written.append(f.group(0))
        words = "\n".join(written)
        out.append(words.ljust(len(line)) if len(words) <= len(line) else line)
    return "\n".join(out)


# ----------------------------------------------------------------------------------- JSON records
# A patient app's or portal's timeline entry printed as JSON key-value blocks (not FHIR: no resource types), one
# object (or several) among lines of prose: read like the XML export, each field a RIS export's coded field
# "KEY=value" on a line of its own (``"birads_left": "5"`` -> ``BIRADS_LEFT=5``). A key naming a side alone takes
# its object's key before it (``"birads": {"right": "2"}`` -> ``BIRADS_RIGHT=2``); an object's ``side`` /
# ``laterality`` goes after its other keys (``{"side": "left", "birads": "6"}`` -> ``BIRADS_LEFT=6``); a field's
# amended / corrected / revised version replaces it (``"left": "4A", "left_amended": "3"``). An object whose status
# says it was replaced or withdrawn, one under a previous / prior / earlier / history key, and a timeline entry the
# app marks historical are blanked (the exam's record is not theirs).
_JSON_OBJECT_LINE = re.compile(r"^[ \t]*\{", re.MULTILINE)
JSON_FIELD_MARK = '":'  # in every JSON object with a field: a cheap test before the scan
_JSON_SIDE_ONLY_KEY = re.compile(r"(?:right|left|rt|lt|r|l|bilateral|both|overall)(?:_(?:amended|corrected|revised))?",
                                 re.IGNORECASE)
_JSON_REVISED_KEY = re.compile(r"(?P<a>.+?)_(?:amended|corrected|revised)|(?:amended|corrected|revised)_(?P<b>.+)",
                               re.IGNORECASE)
_JSON_HISTORY_KEY = re.compile(r"(?:^|_)(?:previous|prior|earlier|history|historical)(?:_|$)", re.IGNORECASE)
_JSON_HISTORICAL = re.compile(r"\bhistorical\b", re.IGNORECASE)
JSON_MARK_CHARS = 40  # a value this short that names the entry historical is its mark, not prose about history
_JSON_SIDE_NAMES = {"R": "RIGHT", "RT": "RIGHT", "L": "LEFT", "LT": "LEFT"}


def _json_object_end(text: str, start: int) -> int | None:
    """The end of the JSON object opening at ``start`` (after its closing brace), None when it does not close."""
    depth, at = 0, start
    while (m := _JSON_TOKEN.match(text, at)) is not None:
        at = m.end()
        punct = m.group("punct")
        if punct in ("{", "["):
            depth += 1
        elif punct in ("}", "]"):
            depth -= 1
            if depth == 0:
                return at
    return None


def _json_key(key: str) -> str:
    return re.sub(r"\W+", "_", key).strip("_").upper()


def _json_dropped(node: JsonNode, key: str) -> bool:
    """An object replaced or withdrawn (its status), an earlier exam's (its key) or one the app marks historical."""
    if not isinstance(node.value, dict):
        return bool(_JSON_HISTORY_KEY.search(key)) and isinstance(node.value, list)
    return (bool(_JSON_HISTORY_KEY.search(key)) or bool(_JSONL_DROPPED_STATUS.search(node.text("status")))
            or any(isinstance(v.value, str) and len(v.value) <= JSON_MARK_CHARS and _JSON_HISTORICAL.search(v.value)
                   for v in node.value.values()))


def _json_fields(text: str, node: JsonNode, key: str = "", key_at: int = -1, parent: str = "",
                 side: str = "") -> Iterator[tuple[str, int, JsonNode]]:
    """Each field ``KEY=value`` under ``node`` (above), with where its key starts and its value's node, in order."""
    if _json_dropped(node, key):
        return
    if isinstance(node.value, dict):
        own_side = next((v.value for k, v in node.value.items()
                         if k.lower() in _XML_SIDE_KEYS and isinstance(v.value, str)), "")
        revised = {(r.group("a") or r.group("b")).lower() for k in node.value
                   if (r := _JSON_REVISED_KEY.fullmatch(k)) is not None}
        for k, child in node.value.items():
            if k.lower() not in revised and not (own_side and k.lower() in _XML_SIDE_KEYS):
                yield from _json_fields(text, child, k, text.rfind(f'"{k}"', node.start, child.start), _json_key(key),
                                        _json_key(own_side) or side)
    elif isinstance(node.value, list):
        for child in node.value:
            yield from _json_fields(text, child, key, child.start, parent, side)
    elif node.value not in ("true", "false", "null") and key_at >= 0:
        name = _json_key(key)
        if _JSON_SIDE_ONLY_KEY.fullmatch(key) and parent:
            name = f"{parent}_{name}"
        if side:
            name = f"{name}_{_JSON_SIDE_NAMES.get(side, side)}"
        yield f"{name}={' '.join(str(node.value).split())}", key_at, node


def json_record_view(text: str) -> str:
    """A same-length copy of the text in which every JSON object opening a line (above) is written as coded
    fields; any other text (a FHIR resource: :func:`fhir_view`) is returned unchanged."""
    if JSON_FIELD_MARK not in text or FHIR_KEY in text or "{" not in text:
        return text
    chars = list(text)
    done = 0
    for m in _JSON_OBJECT_LINE.finditer(text):
        start = m.end() - 1
        if start < done or (end := _json_object_end(text, start)) is None:
            continue
        root = parse_json_spans(text, start, end)  # (offsets in text: no copy of all before it per object)
        if root is None:
            continue
        done, free = end, start  # (free: where the blanked span is free to write on)
        chars[start:end] = _blanked(text[start:end])
        for words, key_at, value in _json_fields(text, root):
            hi = value.end + (text[value.end : value.end + 1] == ",")
            line = text.rfind("\n", free, key_at)
            # on the field's own line (its indent is room too), else after the last field written, on a line of its own
            tries = [(line + 1, words)] if line >= 0 and not text[line + 1 : key_at].strip() else []
            tries.append((free, words if chars[free - 1] == "\n" else "\n" + words))
            for lo, written in tries:
                if len(written) > hi - lo:
                    written = re.sub(r"(?<=_)(?:RIGHT|LEFT)(?=_|=)", lambda s: s.group(0)[0], written, count=1)
                if len(written) <= hi - lo:
                    chars[lo : lo + len(written)] = written
                    free = lo + len(written)
                    break
    return "".join(chars) if done else text

# ----------------------------------------------------------------------------------- FHIR JSON (pathology)
# A pathology DiagnosticReport names each Observation's section by its LOINC display ("Pathology report
# final diagnosis Narrative", "... relevant history Narrative") and holds the text in ``valueString``;
# the report's ``conclusion`` is its diagnosis. Read with the same span-keeping parser as :func:`fhir_view`.
_FHIR_TEXT_KEYS = frozenset({"valueString", "text", "div", "comment"})
# a LOINC pathology section display -> the heading the rules know
_FHIR_SECTIONS = (
    (re.compile(r"relevant\s+history|clinical\s+(?:history|information)", re.IGNORECASE), "CLINICAL HISTORY:"),
    (re.compile(r"gross|macroscopic", re.IGNORECASE), "GROSS DESCRIPTION:"),
    (re.compile(r"microscopic", re.IGNORECASE), "MICROSCOPIC:"),
    (re.compile(r"addendum|supplemental", re.IGNORECASE), "ADDENDUM:"),
    (re.compile(r"comment", re.IGNORECASE), "COMMENT:"),
    (re.compile(r"final\s+diagnosis|diagnosis|synoptic", re.IGNORECASE), "FINAL DIAGNOSIS:"),
)
_CONCLUSION_HEADING = "DIAGNOSIS:"


def fhir_json_view(text: str) -> str:
    """A same-length reading of a FHIR pathology export: every section display becomes the heading it
    names, free-text values ("valueString", narrative "text"/"div", "conclusion" under a diagnosis
    heading) stay where they are, everything else is blank; an entered-in-error or cancelled resource is
    left out. Any other text, or JSON that does not parse, is returned unchanged."""
    if FHIR_KEY not in text or not text.lstrip().startswith("{"):
        return text
    root = parse_json_spans(text)
    if root is None:
        return text
    chars = list(_blanked(text))

    def write(at: int, words: str) -> None:
        chars[at : at + len(words)] = words

    def walk(node: JsonNode, key: str) -> None:
        if isinstance(node.value, dict):
            if node.text("status") in _FHIR_DROPPED_STATUS:
                return
            for k, child in node.value.items():
                walk(child, k)
        elif isinstance(node.value, list):
            for child in node.value:
                walk(child, key)
        elif isinstance(node.value, str):
            if key == "display":
                heading = next((h for pattern, h in _FHIR_SECTIONS if pattern.search(node.value)), None)
                if heading is not None and len(heading) <= node.end - node.start:
                    write(node.start, heading)
            elif key in _FHIR_TEXT_KEYS or key == "conclusion":
                write(node.start + 1, _blank_tags(node.value))
                if key == "conclusion":
                    line_start = text.rfind("\n", 0, node.start) + 1
                    if node.start - line_start > len(_CONCLUSION_HEADING):
                        write(line_start, _CONCLUSION_HEADING)

    walk(root, "")
    return "".join(chars)


# ----------------------------------------------------------------------------------- DICOM SR text (pathology)
# A DICOM structured report printed as its content tree, one item a line: "1.2  CONTAINS  TEXT (22636-5, LN,
# "Relevant clinical information") = "...". A text item's concept name is its section, as a FHIR section display is.
SR_CODED_NAME = 'LN, "'  # a LOINC-coded concept name: a cheap test before the scan
_SR_TEXT_ITEM = re.compile(r'^[ \t]*\d+(?:\.\d+)*[ \t]+(?:[A-Z][A-Z ]*?[ \t]+)?TEXT:?[ \t]*\([^()"\n]*"(?P<name>[^"\n]+)"\)'
                           r'[ \t]*=[ \t]*"?', re.MULTILINE)


def dicom_sr_view(text: str) -> str:
    """A same-length reading of a DICOM SR content tree: a text item whose concept name names a section
    ("Relevant clinical information", "Final diagnosis", "Comments") reads as that heading on a line above its value;
    every other item, and any other text, is unchanged."""
    if SR_CODED_NAME not in text:
        return text
    chars = None
    for m in _SR_TEXT_ITEM.finditer(text):
        heading = next((h for pattern, h in _FHIR_SECTIONS if pattern.search(m["name"])), None)
        if heading is not None and len(heading) < m.end() - m.start():
            chars = chars if chars is not None else list(text)
            chars[m.start() : m.end()] = (heading + "\n").ljust(m.end() - m.start())  # the value on a line of its own
    return text if chars is None else "".join(chars)


# ----------------------------------------------------------------------------------- DICOM SR tag listing (radiology)
# A DICOM structured report printed by a tag dumper (dcmdump): one attribute a line, "(0040,a160) UT [text] # 74, 1
# TextValue", each content item opened by an "(fffe,e000)" item line and holding what is indented under it. The
# assessment is a coded item, not prose: its concept name ("BI-RADS Assessment") and value ("Probably Benign") are its
# two code meanings (each in its own code sequence, or printed flat), its side a concept modifier ("Laterality",
# "Finding Site") nested under it; a text item's concept name ("Findings", "Recommendation") is its heading.
SR_LISTING_MARK = "(fffe,e000)"  # an item line: in every content tree dcmdump prints
_SR_TAG_LINE = re.compile(r"^(?P<indent>[ \t]*)\((?P<tag>[0-9a-fA-F]{4},[0-9a-fA-F]{4})\)[ \t]+[A-Za-z]{2}[ \t]+"
                          r"(?:\[(?P<value>[^\n]*)\]|=(?P<uid>\S+))?", re.MULTILINE)
_SR_ITEM, _SR_CODE_MEANING, _SR_TEXT_VALUE, _SR_STUDY = "fffe,e000", "0008,0104", "0040,a160", "0008,1030"
_SR_CODE_SEQUENCES = frozenset({"0040,a043", "0040,a168"})  # (an item under one is its code, no content item)
# (only a BI-RADS / breast assessment category concept: not "Implant integrity assessment", "Axillary lymph node
# assessment", "Previous assessment"; nor a BI-RADS descriptor or density concept: "BI-RADS Breast Density",
# "BI-RADS Calcification Morphology")
_SR_ASSESSMENT_NAME = re.compile(r"\bbi-?rads(?:\s+(?:(?:overall|final)\s+)?(?:assessment|category)(?:\s+category)?"
                                 r"(?:\s+(?:of\s+(?:the\s+)?)?(?:left|right)(?:\s+breast)?)?)?\s*$"
                                 r"|^(?:(?:overall|final|breast)\s+)?assessment(?:\s+category)?$", re.IGNORECASE)
# (an item or container of an earlier study's: "Prior BI-RADS Assessment", a "Comparison" / "Prior report" container)
_SR_EARLIER_NAME = re.compile(r"\b(?:prior|previous|comparison|history|historical|outside)\b", re.IGNORECASE)
# (a listing is the report only when it opens the text: dcmdump's "# ..." header or a tag line, not an excerpt after
# a report's text)
_SR_LISTING_START = re.compile(r"\s*(?:#|\([0-9a-fA-F]{4},[0-9a-fA-F]{4}\))")
# (a side modifier may name the site: "Finding Site" = "Right breast"; "Laterality" = "Right and left")
_SR_SIDE_NAME = re.compile(r"laterality|finding\s+site|target\s+site", re.IGNORECASE)
_SR_CATEGORIES = tuple((re.compile(rf"\b(?:{p})\b", re.IGNORECASE), value) for p, value in CATEGORY_WORDS)
_SR_CATEGORY_CODE = re.compile(r"(?:^|\b(?:bi-?rads|category)[ \t]*)(?P<code>[0-6][abcABC]?)\b", re.IGNORECASE)


@dataclass
class SrItem:
    """A content item of a dcmdump listing: its span, its own code meanings (not its children's) and text value."""

    start: int
    end: int
    meanings: list[str]
    text: re.Match[str] | None = None
    children: list[SrItem] | None = None

    @property
    def name(self) -> str:
        return self.meanings[0] if self.meanings else ""

    @property
    def value(self) -> str:
        return self.meanings[1] if len(self.meanings) > 1 else ""


def _sr_items(text: str) -> tuple[list[SrItem], re.Match[str] | None]:
    """Every content item of a dcmdump listing (outermost first) and its study description line."""
    items: list[SrItem] = []
    open_items: list[tuple[int, SrItem]] = []  # (indent, item) of the items the current line may belong to
    study = None
    previous_tag = ""
    for m in _SR_TAG_LINE.finditer(text):
        indent, tag = len(m["indent"]), m["tag"].lower()
        code_item, previous_tag = tag == _SR_ITEM and previous_tag in _SR_CODE_SEQUENCES, tag
        if code_item:
            continue  # (dcmdump prints an item line inside every code sequence: its meaning is its content item's)
        while open_items and open_items[-1][0] >= indent:
            open_items.pop()
        for _, item in open_items:
            item.end = m.end()
        if tag == _SR_ITEM:
            item = SrItem(m.start(), m.end(), [], children=[])
            if open_items:
                open_items[-1][1].children.append(item)
            items.append(item)
            open_items.append((indent, item))
        elif not open_items:
            study = m if tag == _SR_STUDY and m["value"] else study
        elif tag == _SR_CODE_MEANING and m["value"] is not None:
            open_items[-1][1].meanings.append(" ".join(m["value"].split()))
        elif tag == _SR_TEXT_VALUE and m["value"] is not None:
            open_items[-1][1].text = m
    return items, study


def sr_category(meaning: str) -> str | None:
    """The BI-RADS category a coded value names: its code ("4A", "BI-RADS 4A") or its name in the lexicon
    ("Suspicious - low suspicion" -> 4A; the most specific name first)."""
    if (m := _SR_CATEGORY_CODE.search(meaning)) is not None:
        return m["code"].upper()
    return next((value for pattern, value in _SR_CATEGORIES if pattern.search(meaning)), None)


def _sr_side(item: SrItem) -> str | None:
    """``"Right"`` / ``"Left"`` / ``"Both"`` from a side modifier under an assessment item (at any depth)."""
    for child in item.children or ():
        if _SR_SIDE_NAME.search(child.name) and (m := _FHIR_SIDE.search(child.value)) is not None:
            return "Both" if m.group("b") else ("Right" if m.group("r") else "Left")
        if (side := _sr_side(child)) is not None:
            return side
    return None


def dicom_sr_listing_view(text: str) -> str:
    """A same-length reading of a DICOM SR tag listing (above) as the report the reading rules know; any other text is
    returned unchanged. Every character is blanked (line breaks kept) except, each on its item's lines: an
    assessment item's side and category ("Left breast: BI-RADS 4A."; "Assessment: ..." without a side), a text
    item's concept name and value ("Findings: ..."), and the study description as the exam title (with the
    assessments' sides when it names none), as :func:`fhir_view` reads a FHIR report."""
    if SR_LISTING_MARK not in text or _SR_LISTING_START.match(text) is None:
        return text
    items, study = _sr_items(text)
    chars = list(_blanked(text))
    sides: set[str] = set()
    written = False
    earlier: set[int] = set()  # (the ids of the items of an earlier study's, blanked)
    for item in items:
        if id(item) in earlier or _SR_EARLIER_NAME.search(item.name):
            earlier.update(id(child) for child in item.children or ())
            continue
        own_end = item.children[0].start if item.children else item.end
        if item.text is not None:
            words = f"{item.name or 'Text'}: {' '.join(item.text['value'].split())}"
        elif _SR_ASSESSMENT_NAME.search(item.name) and (category := sr_category(item.value)) is not None:
            side = _sr_side(item)
            sides.add(side or "")
            where = "Both breasts" if side == "Both" else (f"{side} breast" if side else "Assessment")
            words = f"{where}: BI-RADS {category}."
        else:
            continue
        if len(words) + 2 <= own_end - item.start:
            chars[item.start : item.start + len(words) + 2] = "\n" + words + "\n"
            written = True
    if not written:
        return text
    if study is not None:
        title = " ".join(study["value"].split())
        if not _FHIR_SIDE.search(title):
            named = sorted(s.lower() for s in sides if s)
            title += " " + ("bilateral" if "both" in named or len(named) == 2 else "".join(named))
        line = f"Exam: {title}"
        if len(line) <= study.end() - study.start():
            chars[study.start() : study.start() + len(line)] = line
    return "".join(chars)


# ----------------------------------------------------------------------------------- delimited LIS exports
# A laboratory system's result history exported with a field separator ("accession;part;...;diagnosis;status;
# ..."): one row per version of a part's result (of a part's section, where a coded section column names it). The last
# version stands; a preliminary row is replaced by the final one, a final row by an amended / corrected one, and a row
# deleted or entered in error never counts. A query client's grid ("| acc | part | status | ... | text |", its rules
# "+-----+" around the header) is such an export too.
_EXPORT_SEPARATORS = (";", "\t", "|", ",")
MIN_EXPORT_COLUMNS = 5
# (a French laboratory's export names its columns in French: "TEXTE", "STATUT", "N_DOSSIER", "PARTIE", "RUBRIQUE")
_EXPORT_DIAGNOSIS = re.compile(r"diag|\bdx\b|^dx|result[ _]?text|final[ _]?text|interpretation|impression|^te?xte?$",
                               re.IGNORECASE)
# (a status column may be headed by its abbreviation, "ST", spelled out by the legend above the header; not "STAT", an
# urgency flag)
_EXPORT_STATUS = re.compile(r"statu[st](?![ _]?(?:note|comment|dt|date|time))|^result[ _]?state$|^st$", re.IGNORECASE)
_EXPORT_ACCESSION = re.compile(r"^(?:acc(?:ession)?(?:[ _]?(?:no|nr|number|#))?|case(?:[ _]?(?:no|number|id))?|"
                               r"specimen[ _]?(?:no|number|id)|lab[ _]?no|"
                               r"(?:(?:n[o°]?|num(?:[eé]ro)?)[ _]?)?dossier)$", re.IGNORECASE)
_EXPORT_PART = re.compile(r"^(?:part(?:ie)?|block|specimen[ _]?part|part[ _]?(?:no|id|label))$", re.IGNORECASE)
# a coded section column ("section_cd": CLIN_HX, FINAL_DX, COMMENT): each section of a part has versions of its own
_EXPORT_SECTION = re.compile(r"^(?:section(?:[ _]?(?:cd|code|id|name))?|rubrique)$", re.IGNORECASE)
# a section that holds the clinical information the request gave ("CLIN_HX", French "RENS_CLIN" for renseignements
# cliniques): history, which never labels; its row is blanked like a replaced one, so that a diagnosis it quotes
# ("mastectomie gauche pour carcinome") is not read as the laboratory's
_EXPORT_HISTORY_SECTION = re.compile(r"^(?:clin(?:ical)?[ _]?(?:hx|hist(?:ory)?|info(?:rmation)?)|"
                                     r"rens(?:eignements)?[ _]?clin(?:iques)?|hx|history|indications?)$", re.IGNORECASE)
# a side column: where an export has no part column (an imaging audit's one row per side and version), each side of an
# exam has versions of its own
_EXPORT_SIDE = re.compile(r"^(?:side|lat(?:erality)?)$", re.IGNORECASE)
# a row-type column ("row_type": C current exam, P prior exam quoted for reference): a row of a type the legend (or
# the cell) says is not counted, an earlier exam's or a reference row, never counts
_EXPORT_ROW_TYPE = re.compile(r"^(?:row|record|entry|line)[ _]?(?:type|kind|class)$", re.IGNORECASE)
_UNCOUNTED_ROW = re.compile(r"\bdo(?:es)? not count|\bnot counted\b|\bexclude|\bprior\b|\bprevious\b|\bhistorical\b",
                            re.IGNORECASE)
# a column's code legend above the header ("status F=final, A=addendum revision (replaces F), X=entered in error")
# (a meaning ends before the next code, also in a legend written with spaces only: "status F=final X=entered in error")
_LEGEND_CODE = re.compile(r"[ \t]*(?P<code>[A-Z][A-Z0-9]{0,3})[ \t]*=[ \t]*"
                          r"(?P<meaning>(?:(?![ \t]+[A-Z][A-Z0-9]{0,3}[ \t]*=)(?:[^,;()\n]|\([^)\n]*\)))+),?")
# a CSV header line: column names after commas with no space ("exam_date,accession,side,birads,status,impression")
_CSV_NAME = r'"?[A-Za-z][\w#./-]*(?: [\w#./-]+){0,2}"?'
_CSV_HEADER = re.compile(rf"^{_CSV_NAME}(?:,{_CSV_NAME}){{{MIN_EXPORT_COLUMNS - 1},}}[ \t]*$", re.MULTILINE)
_CSV_FIELD = re.compile(r'[ \t]*"(?:[^"]|"")*"[ \t]*|[^,]*')
_DROPPED_ROW = re.compile(r"delet|error|cancel|void|retract|withdrawn|wrong|invalid", re.IGNORECASE)
# how far a status goes in a result's life: a row is replaced by a later row of the same part that goes as far
_STATUS_RANK = ((re.compile(r"amend|correct|revis|modif", re.IGNORECASE), 2),
                (re.compile(r"final|complete|signed|verified|released", re.IGNORECASE), 1),
                (re.compile(r"prelim|pending|partial|interim|draft|progress", re.IGNORECASE), 0))


def _status_rank(status: str) -> int | None:
    """0 preliminary, 1 final, 2 amended; None for a status outside that life (an addendum row stands beside it)."""
    return next((rank for pattern, rank in _STATUS_RANK if pattern.search(status)), None)


def _export_fields(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of every field of an export row; a comma inside a quoted CSV field is part of its text."""
    if sep != ",":
        return _fields(line, sep)
    out, pos = [], 0
    while True:
        m = _CSV_FIELD.match(line, pos)
        out.append((m.start(), m.end()))
        if m.end() >= len(line) or line[m.end()] != ",":
            return out
        pos = m.end() + 1


def _export_cells(line: str, sep: str, n_columns: int, diagnosis_col: int) -> list[tuple[int, int]] | None:
    """(start, end) of each of the row's ``n_columns`` cells; separators beyond the header's count are read as
    part of the diagnosis text ("DCIS; see comment"). None when the line is no row of the table."""
    spans = _export_fields(line, sep)
    if len(spans) < n_columns:
        return None
    extra = len(spans) - n_columns
    if extra:
        spans = [*spans[:diagnosis_col], (spans[diagnosis_col][0], spans[diagnosis_col + extra][1]),
                 *spans[diagnosis_col + extra + 1:]]
    return spans


def _first_column(names: list[str], pattern: re.Pattern[str]) -> int | None:
    """The index of the first column whose name the pattern finds, or None (the column patterns that must match a
    whole name anchor themselves with ``^``)."""
    return next((k for k, n in enumerate(names) if pattern.search(n)), None)


def _column_legend(text: str, name: str) -> dict[str, str]:
    """The meanings a legend above a table gives a column's codes ("status F=final, X=entered in error; ...")."""
    # (the column's name may be followed by the word "legend" or "key": "# ST legend: P=Preliminary F=Final")
    at = _legend_name(name).search(text) if name else None
    return _codes_at(text, at.end()) if at is not None else {}


def _legend_name(name: str) -> re.Pattern[str]:
    """A column's name as a legend opens its codes, perhaps followed by "legend", "key" or "codes" and a colon."""
    return re.compile(rf"(?<![\w]){re.escape(name)}\b[ \t]*(?:(?:legend|key|codes?)\b[ \t]*)?:?")


def _codes_at(text: str, pos: int) -> dict[str, str]:
    """The ``code=meaning`` pairs a legend gives from ``pos`` on ("F=final, X=entered in error; ...")."""
    codes: dict[str, str] = {}
    while (m := _LEGEND_CODE.match(text, pos)) is not None:
        codes[m.group("code")] = m.group("meaning").strip()
        pos = m.end()
    return codes


@dataclass(frozen=True)
class _Export:
    lines: list[str]
    offsets: list[int]
    names: list[str]
    rows: list[tuple[int, list[tuple[int, int]]]]  # (line index, cell spans in the line)
    diagnosis: int
    dropped: set[int]  # indices into rows


@lru_cache(maxsize=4)  # the radiology reader asks for one report's export three times (its view, rows, legend span)
def _delimited_export(text: str) -> _Export | None:
    """The first delimited export of ``text`` (a header row naming a diagnosis and a status column, then one row per
    result version) with the rows that never count, or None."""
    if not (any(text.count(sep) >= 2 * (MIN_EXPORT_COLUMNS - 1) for sep in _EXPORT_SEPARATORS[:-1])
            or text.count(",") - text.count(", ") >= MIN_EXPORT_COLUMNS - 1 and _CSV_HEADER.search(text)):
        return None
    lines = text.split("\n")
    offsets = list(accumulate((len(line) + 1 for line in lines), initial=0))
    for h, header in enumerate(lines):
        sep = next((s for s in _EXPORT_SEPARATORS if header.count(s) >= MIN_EXPORT_COLUMNS - 1), None)
        if sep is None:
            continue
        names = [header[a:b].strip().strip('"').strip() for a, b in _export_fields(header, sep)]
        if sep == "," and not _CSV_HEADER.fullmatch(header):
            continue  # (a sentence with commas is no CSV header: its names follow the commas with no space)
        diagnosis = _first_column(names, _EXPORT_DIAGNOSIS)
        status = _first_column(names, _EXPORT_STATUS)
        if diagnosis is None or status is None:
            continue
        key_cols = [k for k, n in enumerate(names)
                    if _EXPORT_ACCESSION.match(n) or _EXPORT_PART.match(n) or _EXPORT_SECTION.match(n)]
        if not any(_EXPORT_PART.match(names[k]) or _EXPORT_SECTION.match(names[k]) for k in key_cols):
            key_cols += [k for k, n in enumerate(names) if _EXPORT_SIDE.match(n)]
        rows: list[tuple[int, list[tuple[int, int]]]] = []
        for r in range(h + 1, len(lines)):
            cells = _export_cells(lines[r], sep, len(names), diagnosis)
            if cells is None:
                if not rows and _rule_line(lines[r]) or lines[r] and not lines[r].strip():
                    continue  # a query client's rule under the header ("+--------+-----+"); a row the view blanked
                break
            rows.append((r, cells))
        above = text[: offsets[h]]
        states = _column_legend(above, names[status]) if "=" in above else {}
        row_type = _first_column(names, _EXPORT_ROW_TYPE)
        types = _column_legend(above, names[row_type]) if row_type is not None and "=" in above else {}

        def cell(r: int, cells: list[tuple[int, int]], k: int) -> str:
            return lines[r][slice(*cells[k])].strip().strip('"')

        # (without an accession or part column no row is known to be another's version)
        dropped = _replaced([(states.get(cell(r, cells, status), cell(r, cells, status)),
                              tuple(cell(r, cells, k).lower() for k in key_cols) if key_cols else (str(i),))
                             for i, (r, cells) in enumerate(rows)])
        if row_type is not None:
            dropped |= {i for i, (r, cells) in enumerate(rows)
                        if _UNCOUNTED_ROW.search(types.get(cell(r, cells, row_type), cell(r, cells, row_type)))}
        section = _first_column(names, _EXPORT_SECTION)
        if section is not None and sep != "|":  # (a query client's grid keeps its history rows: a section of its own)
            dropped |= {i for i, (r, cells) in enumerate(rows)
                        if _EXPORT_HISTORY_SECTION.match(cell(r, cells, section))}
        return _Export(lines, offsets, names, rows, diagnosis, dropped)
    return None


def delimited_export_view(text: str) -> str:
    """A same-length copy of a delimited result export (a header row naming a diagnosis and a status column,
    in either order, then one row per result version; or the expanded records of :func:`expanded_records_view`)
    in which only the standing version of each part is kept: a row replaced by a later version of the same
    accession, part and section (or side, where no part is named), a row deleted or entered in error, a row of
    a type not counted (a prior exam's) and, outside a query client's grid, a row of the clinical information
    section (history) are blanked, and so are the cells after the diagnosis in the rows kept (status, dates, a
    note such as "laterality corrected from left to right", which speaks of the replaced row).
    A status or row type given as a code is read by the legend above the header ("status F=final, X=entered in
    error")."""
    if "-[ RECORD " in text:
        return expanded_records_view(text)
    if "-+-" in text and (grid := boxed_grid_view(text)) is not text:
        return grid
    export = _delimited_export(text)
    if export is None or len(export.rows) < 2 and not export.dropped:
        return text  # one version alone: nothing replaces anything
    chars = list(text)
    for i, (r, cells) in enumerate(export.rows):
        line, base = export.lines[r], export.offsets[r]
        start = base if i in export.dropped else base + cells[export.diagnosis][1]
        chars[start : base + len(line)] = " " * (base + len(line) - start)
    _write_corrected_sites(export, chars)
    return "".join(chars)


# a coded section column's value for a row that gives the part's site ("SITE": a laterality correction written as a
# version of the part's site, "Right breast, trucut" after the diagnosis row's "Left breast, trucut")
_EXPORT_SITE_SECTION = re.compile(r"^(?:(?:specimen|spec)[ _]?)?(?:site|laterality|side|source)$|^specimen$",
                                  re.IGNORECASE)
_EXPORT_SITE = re.compile(r"^(?:(?:specimen|spec|part)[ _]?)?(?:site|source)(?:[ _]?(?:text|desc\w*))?$", re.IGNORECASE)


def _write_corrected_sites(export: _Export, chars: list[str]) -> None:
    """A part's site written again, as a standing row of a site section, replaces the site cell of the part's
    earlier rows (what fits of it, to a word's end: the view keeps its length), so that their diagnosis takes the
    corrected side."""
    section = _first_column(export.names, _EXPORT_SECTION)
    site = _first_column(export.names, _EXPORT_SITE)
    if section is None or site is None:
        return
    keys = [k for k, n in enumerate(export.names) if _EXPORT_ACCESSION.match(n) or _EXPORT_PART.match(n)]

    def cell(r: int, cells: list[tuple[int, int]], k: int) -> str:
        return export.lines[r][slice(*cells[k])].strip().strip('"')

    for i, (r, cells) in enumerate(export.rows):
        if i in export.dropped or not _EXPORT_SITE_SECTION.match(cell(r, cells, section)):
            continue
        new_site, part = cell(r, cells, site), [cell(r, cells, k).lower() for k in keys]
        for j, (r0, cells0) in enumerate(export.rows[:i]):
            if j in export.dropped or [cell(r0, cells0, k).lower() for k in keys] != part:
                continue
            a, b = cells0[site]
            words = new_site
            while len(words) > b - a and " " in words:
                words = words.rsplit(" ", 1)[0]
            if len(words) <= b - a:
                at = export.offsets[r0] + a
                chars[at : at + b - a] = words.ljust(b - a)


# A unit's audit spreadsheet exported one row per episode gives each side's final histology a column of its own
# ("Audit_ID,...,Preop_core,Final_histology_Right,Final_histology_Left,Margins,Reop,Audit_comment"): a side column's
# cell is that breast's diagnosis; the row's other cells (the procedure, the pre-operative core, the margins, the
# audit's comment) are the procedure line, a pre-treatment field and a comment of a report, which never label.
_SIDE_WORD_IN_NAME = re.compile(r"(?:^|[ _./-])(?P<side>right|left|rt|lt|r|l)(?:$|[ _./-])", re.IGNORECASE)
_RESULT_NAME = re.compile(r"histolog|patholog|diagnos|result|(?:^|[ _])dx(?:$|[ _])", re.IGNORECASE)
_NOT_FINAL_NAME = re.compile(r"pre[ _-]?(?:op|treat)|prior|previous|core", re.IGNORECASE)


def _side_result_columns(names: list[str]) -> dict[int, str]:
    """{column index: "Right" / "Left"} of the columns that hold one side's final result; empty when a column with no
    side also holds a final result ("Diagnosis", "Final_diagnosis", "Histology"): its free text is a diagnosis too,
    which the ordinary reader reads with its own sides."""
    out = {}
    for k, name in enumerate(names):
        if not _RESULT_NAME.search(name) or _NOT_FINAL_NAME.search(name):
            continue
        side = _SIDE_WORD_IN_NAME.search(name)
        if side is None:
            return {}
        out[k] = "Right" if side.group("side")[0] in "rR" else "Left"
    return out


# a side cell that holds no result ("n/a" for a side not operated, "pending", empty): a row whose side cells all say so
# is read by the ordinary reader, whose other cells then hold the day's only result ("Left US core" with its core)
_NO_RESULT_CELL = re.compile(r"(?:n/?a|none|nil|-+|pending|awaited|not[ \t]+(?:applicable|done|operated))?", re.IGNORECASE)
# a side cell that refers to the other side's ("Same as left", "see right", "as per left"): it holds the other's result
_OTHER_SIDE_CELL = re.compile(r"(?:(?:the[ \t]+)?same[ \t]+as|see|as(?:[ \t]+(?:per|for))?)[ \t]+(?:the[ \t]+)?"
                              r"(?:left|right|l|r|other[ \t]+side)\b\W*", re.IGNORECASE)


def _side_cell_texts(cells: list[str], sides: dict[int, str]) -> list[tuple[str, str]] | None:
    """(side, result) of each side column of a CSV row, a reference to the other side replaced by its cell; None when
    no side cell holds a result."""
    texts = {k: cells[k].strip() for k in sides}
    if all(_NO_RESULT_CELL.fullmatch(t) for t in texts.values()):
        return None
    out = []
    for k, side in sides.items():
        text = texts[k]
        if _OTHER_SIDE_CELL.fullmatch(text):
            text = next((texts[j] for j, other in sides.items() if other != side), text)
        out.append((side, text))
    return out


def side_column_export_view(text: str) -> str:
    """A same-length reading of a delimited export whose header gives each side's result a column of its own
    (above): each row reads as one line per side column, ``Right breast: <cell>``, in the row's own span, and the
    row's other cells are blanked. A line whose field count differs from the header's (an unquoted comma in a
    comment), whose fields start with a blank (a sentence after the table) or whose side cells hold no result is
    left as it is, and so is any other text."""
    if text.count(",") - text.count(", ") < MIN_EXPORT_COLUMNS - 1 or _CSV_HEADER.search(text) is None:
        return text
    lines = text.split("\n")
    offsets = list(accumulate((len(line) + 1 for line in lines), initial=0))
    for h, header in enumerate(lines):
        if not _CSV_HEADER.fullmatch(header):
            continue
        names = [header[a:b].strip().strip('"').strip() for a, b in _export_fields(header, ",")]
        sides = _side_result_columns(names)
        if not sides:
            continue
        chars = list(text)
        for r in range(h + 1, len(lines)):
            if not lines[r].strip():
                break
            cells = next(csv.reader([lines[r]]))
            if len(cells) != len(names) or any(cell[:1].isspace() for cell in cells):
                continue  # (not a row the header describes: no guess at which cell a stray comma split)
            results = _side_cell_texts(cells, sides)
            if results is None:
                continue
            row = "\n".join(f"{side} breast: {result}" for side, result in results)
            if len(row) <= len(lines[r]):
                chars[offsets[r] : offsets[r] + len(lines[r])] = row.ljust(len(lines[r]))
        return "".join(chars)
    return text


# ----------------------------------------------------------------------------------- imaging audit exports
# An imaging audit's table export (an MQSA outcomes audit, a QA dashboard's TSV or CSV) has no result text: a header
# row names a side column and a BI-RADS column, then comes one row per exam, side and record version. A record-type or
# status column, its codes spelled out by a legend above the header ("rec_type F=final report  A=addendum  P=prior exam
# (not counted)  X=entered in error"), says which rows count: a prior exam's row and one entered in error never do, an
# addendum or amended row replaces the side's earlier rows of the same exam, and a row of both sides ("B") is each
# side's until a later version of one side replaces it there. The view writes each side's standing category as a
# sentence ("Left breast: BI-RADS 4A.") over the export's rows and blanks the header, the rows that do not stand and
# the column legends: their notes ("priors 2021 stable, downgraded") and codes ("P=prior exam") are no assessment.
# (not a grid drawn with pipes: a report's own table of lesions, read by the table readers; nor an export with a result
# text column, which :func:`delimited_export_view` reads by its status)
# Only an exam's record export that is the whole document is one: an accession or exam-date column or state codes
# meaning report versions, no lesion's columns, no column of report text, and nothing around it but its title, its
# "#" comments and its legends (a table in a letter or a report, one stating today's category in its prose or one
# under a "Previous imaging:" heading, is that document's history or its lesion list). Only a report-status column's
# own codes make a row a version (not an HL7 / claim / order / worklist status, nor a cell merely naming a prior
# study: "prior study obtained - compared"); a scheduled or booked row is no exam; a both-sides row does not replace a
# side's own row of its rank; where an extract holds several exams, only the latest-dated one counts, and an extract
# whose exams cannot be put in order (no date column, or dates whose day / month order the table does not settle:
# "02/10/2026" beside "03/05/2026") is left unread rather than read by the wrong exam.
AUDIT_SEPARATORS = ("\t", ";", ",")
MIN_AUDIT_COLUMNS = 4
_AUDIT_SIDE_COLUMN = re.compile(r"^(?:side|lat(?:erality)?|breast(?:[ _]?side)?)$", re.IGNORECASE)
# a category column is one its name (or the legend above) says is BI-RADS: a triage, priority, risk, patient or exam
# "category" / "assessment" column is not
_AUDIT_CATEGORY_COLUMN = re.compile(r"bi-?_?rads", re.IGNORECASE)
# a category column that is not this exam's final reading: a prior exam's, a machine's, the reading before the
# final one, or the breast's density ("prior_birads", "cad_birads", "birads_initial", "density_category")
_AUDIT_OTHER_CATEGORY = frozenset({"prior", "prev", "previous", "old", "hx", "history", "historical", "comparison", "comp",
                                   "outside", "external", "ext", "ai", "cad", "suggested", "predicted", "initial",
                                   "orig", "original", "prelim", "preliminary", "density", "dens", "composition",
                                   "last", "before", "baseline",
                                   # (the referrer's, a step before the exam's own reading, a single reader's)
                                   "referral", "referring", "referrer", "ref", "pre", "screening", "screen", "reader",
                                   "reader1", "reader2", "reader3", "r1", "r2", "first", "second"})
# what a category column's name says after "after" is what the reading followed ("final_birads_after_comp",
# "birads_after_comparison": the reading after the comparison, today's), and a "last read" is the latest reading
_AUDIT_AFTER_TAIL = re.compile(r"(?:^|[^a-z0-9])after(?:[^a-z0-9].*)?$")
_AUDIT_LAST_READ = re.compile(r"last[ _-]?read|latest", re.IGNORECASE)
_AUDIT_FINAL_NAME = re.compile(r"final|current|today|last[ _-]?read|latest|consensus|overall|combined", re.IGNORECASE)
# a column whose codes or words say what a row is ("rec_type", "status", "record_kind", "row_class")
_AUDIT_STATE_COLUMN = re.compile(r"statu[st]|state|type|kind|class|^rec(?:ord)?$", re.IGNORECASE)
# ... of which only one named for the report's own status drops or ranks rows ("status", "report_status", "rec_type",
# "record type", "version"): a "comparison_type", "biopsy_status" or "mdt_status" says what another step is
_AUDIT_REPORT_STATUS_COLUMN = re.compile(r"^(?:(?:report|rpt|result|record|rec|row)[ _-]?)?(?:status|state|type|kind|"
                                         r"class|version)$|^rec(?:ord)?$", re.IGNORECASE)
# a status of another system than the report's: a message interface's, a claim's, an order's, a worklist's, an
# appointment's or a follow-up's ("hl7_status: interface error - resent", "claim_status: void - rebilled")
_AUDIT_FOREIGN_STATUS = re.compile(r"hl7|interface|msg|message|claim|bill|invoice|payment|charge|insur|order|worklist|"
                                   r"queue|appt|appoint|booking|schedul|recall|follow|next|due|fax|deliver|transmi|"
                                   r"dispatch|portal|notif|letter|referr|consent|transport", re.IGNORECASE)
# a report-status code (the cell, read by its legend, is the code: "final report", "addendum", "prior exam (not
# counted)", "entered in error"); a cell that only names a prior study ("prior study obtained - compared", "awaiting
# prior imaging") or a lesion's "stable since prior" is none
_AUDIT_VERSION_CODE = re.compile(
    r"[ \t]*(?:(?P<never>(?:prior|previous|historical|old|earlier)[ \t]+(?:exam|study|report|imaging)s?|not[ \t]+counted|"
    r"error|supersed\w*|replaced|rejected)|(?P<revision>addend\w*|amend\w*|correct\w*|revis\w*|replac(?:ement|es|ing)\w*)|"
    r"(?P<preliminary>prelim\w*|pending|draft|wet[ _-]?read)|(?P<final>final\w*|signed|verified|current[ \t]+report))"
    r"(?:[ \t]+(?:report|read|version|exam|study|record|row|entry|result))?[ \t]*(?:$|[-\u2013\u2014(\[,;:/])",
    re.IGNORECASE)
# a row withdrawn from the record, whatever follows ("entered in error", "deleted from worklist", "void - duplicate")
_AUDIT_WITHDRAWN_CODE = re.compile(r"[ \t]*(?:(?:entered|keyed)[ \t]+in[ \t]+error|void(?:ed)?|delet\w*|retract\w*|"
                                   r"withdrawn|cancel+ed)\b", re.IGNORECASE)
# a row of an exam not yet done ("scheduled - biopsy", "booked", "no show") by its report-status column's code (a
# follow-up's or order's column's "booked" is another visit's): no exam, whatever category prompted it
_AUDIT_NOT_DONE_CODE = re.compile(r"[ \t]*(?:scheduled|booked|planned|ordered|requested|future|to[ \t]+be[ \t]+(?:done|"
                                  r"performed|scheduled)|not[ \t]+(?:yet[ \t]+)?(?:performed|done|attended)|no[- ]?show|"
                                  r"did[ \t]+not[ \t]+attend|dna|awaiting[ \t]+(?:exam|appointment|scan))\b", re.IGNORECASE)
# a report's own lesion table, not an audit's rows: a lesion, finding or number column, a clock face, a size
_AUDIT_LESION_COLUMN = re.compile(r"^(?:#|no\.?|nr\.?|n[o\u00b0]\.?|num(?:ber)?|lesions?(?:\b|_).*|findings?(?:\b|_).*|"
                                  r"clock(?:\b|_).*|size(?:\b|_).*|.*_mm|location|site|position|depth|dist(?:ance)?\b.*|kinetics|shape|margins?)$",
                                  re.IGNORECASE)
# a column of report text ("report", "conclusion", "result_text", "narrative", ...): the export is a result export, read
# by the existing readers with its text (a cell naming a category or a long one is report text whatever its name)
_AUDIT_TEXT_COLUMN = re.compile(r"report|conclu|result|narrat|summar|opinion|impression|finding|text|body|dictat|interpret",
                                re.IGNORECASE)
_AUDIT_TEXT_CELL = re.compile(r"bi-?rads[ \t:]*[0-6]|categor(?:y|ie)[ \t:]*[0-6]", re.IGNORECASE)
AUDIT_LONG_CELL = 80
AUDIT_TEXT_WORDS = 4  # (a column named for report text holds it when a cell runs to a phrase: "biopsy_result: benign" not)
# a report around the table: its heading above ("US BOTH BREASTS") or its impression below it
_AUDIT_EXAM_WORD = re.compile(r"\b(?:us|ultrasound|ultrasonography|sonography|mammogram|mammography|mri)\b", re.IGNORECASE)
_AUDIT_BREAST_WORD = re.compile(r"\bbreasts?\b", re.IGNORECASE)
_AUDIT_EXPORT_TITLE = re.compile(r"\b(?:audit|export|extract|dashboard|registry|QA|outcomes?)\b", re.IGNORECASE)
_AUDIT_REPORT_PART = re.compile(r"^[ \t]*(?:impression|conclusion|assessment|overall|opinion|final\s+bi-?rads|recommendation)\b",
                                re.IGNORECASE | re.MULTILINE)
# a document around the table (a letter, a report): a line stating a category in prose ("Her ultrasound today was
# benign, right BI-RADS 2."), a heading of earlier imaging ("Previous imaging:", "Imaging history:"), a letter's
# salutation or closing, or a sentence; an export's title, "#" comments and code legends ("status F=final") are not
_AUDIT_STATED_CATEGORY = re.compile(r"bi-?rads\W{0,4}(?:cat\w*\W{0,3})?(?:[0-6]|zero|one|two|three|four|five|six)\b|"
                                    r"\bcategor(?:y|ies)\W{0,3}[0-6]\b", re.IGNORECASE)
_AUDIT_HISTORY_HEADING = re.compile(r"\b(?:history|historic(?:al)?|previous|priors?|earlier|past|old|to\s+date|"
                                    r"comparisons?|former|outside|external|"
                                    r"background|preceding)\b", re.IGNORECASE)
_AUDIT_LETTER_WORDS = re.compile(r"^[ \t]*(?:dear\b|to\s+whom\b|(?:kind|best|warm)\s+regards|regards\b|yours\b|"
                                 r"sincerely\b|best\s+wishes|many\s+thanks|thank\s+you|cc\b|re:|dictated\b|"
                                 r"(?:electronically\s+)?signed\b)", re.IGNORECASE)
_AUDIT_LEGEND_LINE = re.compile(r"\b[A-Za-z0-9]{1,4}[ \t]*=[ \t]*[A-Za-z]")
_AUDIT_SENTENCE_END = re.compile(r"[.!?][ \t]*$")
AUDIT_SENTENCE_WORDS = 4  # (a line ending in a full stop with this many words is a sentence: "3 rows." is a footer)
AUDIT_TITLE_WORDS = 16
# an exam's date cell ("2026-03-28", "28/03/2026", "05-Mar-2026"): an earlier-dated exam's rows are a prior exam's
_AUDIT_DATE_COLUMN = re.compile(r"^(?!.*(?:birth|dob|export|run|print|update)).*(?:date|datum)|^(?:dt|dos)$", re.IGNORECASE)
_AUDIT_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
# day and month in either order ("05/03/2026"): the table settles which ("28/03/2026" day first, "03/28/2026" month first)
_AUDIT_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)(?!\d)")
# the months' three-letter names, January first (also the BI-RADS reader's history dates)
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A month written as a word, abbreviated or in full, with its full stop if any ("Mar", "March", "sept."), and a
# four-digit year of the last two centuries standing alone: the date readers of every kind share them
MONTH_WORD = "(?:" + "|".join(MONTH_ABBREVIATIONS) + r")[a-z]*\.?"
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# (the group holds the three letters only: the month's number is their index in MONTH_ABBREVIATIONS)
_AUDIT_MONTH = "(?P<month>" + "|".join(MONTH_ABBREVIATIONS) + r")[a-z]*\.?"
_AUDIT_NAMED_MONTH_DATE = re.compile(rf"(?<!\d)(?P<day>\d{{1,2}})[-/ .]?{_AUDIT_MONTH}[-/ .,]+(?P<year>(?:19|20)\d\d)(?!\d)|"
                                     rf"\b{_AUDIT_MONTH.replace('month', 'month2')}[ \t]+(?P<day2>\d{{1,2}}),?[ \t]+"
                                     r"(?P<year2>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)
MAX_MONTH = 12
# a category column named for an earlier time ("last_year_birads") or a year ("birads_2024" against "birads_2026")
_AUDIT_YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d$")
_AUDIT_CATEGORY = re.compile(r"(?:bi-?rads[ \t]*)?(?:cat(?:egory)?\.?[ \t]*)?(?P<num>[0-6])(?P<sub>[abc])?(?![\w.])",
                             re.IGNORECASE)
# the words after a category in its cell ("4A - suspicious", "3 (probably benign)")
_AUDIT_CATEGORY_GLOSS = re.compile(r"[ \t]*(?:$|[-\u2013:(,][^0-9]*$)")
_AUDIT_SIDES = {"R": "R", "RT": "R", "RIGHT": "R", "L": "L", "LT": "L", "LEFT": "L", "B": "B", "BI": "B", "BIL": "B",
                "BILAT": "B", "BILATERAL": "B", "BOTH": "B", "LR": "B", "RL": "B", "L+R": "B", "R+L": "B"}
_AUDIT_SIDE_NAMES = {"R": "Right breast", "L": "Left breast", "B": "Both breasts"}
_AUDIT_SHORT_SIDE_NAMES = {"R": "R", "L": "L", "B": "Both"}  # (for a tiny export that cannot hold the long sentences)
# a side column's name between separators: every audit header holds one (a single scan before the header's is looked for)
_AUDIT_HEADER_HINT = re.compile(r"(?:^|[\t;,])[ \t]*\"?(?:side|lat(?:erality)?|breast(?:[ _]?side)?)\"?[ \t]*(?:[\t;,]|$)",
                                re.IGNORECASE | re.MULTILINE)

_Day = tuple[int, int, int]


@dataclass(frozen=True)
class _AuditRow:
    line: int  # index into the text's lines
    key: tuple[str, ...]  # the exam's accession (empty where the export has none)
    side: str  # "L", "R", "B"
    category: str
    rank: int  # 0 preliminary, 1 final, 2 addendum / amended; -1 a row that never counts


def _audit_cells(line: str, sep: str) -> list[str]:
    """The cells of one export line (a quoted cell, separators and all, by the csv module)."""
    return [cell.strip() for cell in next(csv.reader([line], delimiter=sep, skipinitialspace=True), [])]


def _audit_side(cell: str) -> str | None:
    """``L``/``R``/``B`` for a side cell or its legend's meaning ("LT", "right", "both breasts"), else None."""
    word = cell.strip().upper().rstrip(".")
    if word in _AUDIT_SIDES:
        return _AUDIT_SIDES[word]
    named = _SIDE_IN_GLOSS.findall(word)  # (a legend's meaning: "both breasts"; the word is upper-cased)
    return _AUDIT_SIDES[named[0]] if len(named) == 1 else None


def _legend_says_birads(above: list[str], name: str) -> bool:
    """A legend or comment above the header says the column is the BI-RADS category ("# cat = BI-RADS final
    assessment", "assess: BI-RADS")."""
    naming = [line for line in above if "rads" in line.lower()]  # (most exports have no such legend: no pattern built)
    if not naming or not name:
        return False
    says = re.compile(rf"(?<![\w]){re.escape(name)}[ \t]*(?:[:=(\u2013-]|is|means)[ \t]*(?:the[ \t]+)?(?:final[ \t]+|"
                      r"ACR[ \t]+)?BI-?_?RADS\b", re.IGNORECASE)
    return any(says.search(line) for line in naming)


def _category_name_tokens(name: str) -> set[str]:
    """The words of a category column's name that say whose reading it is (what follows "after" is what the reading
    came after, and a "last read" is the latest reading: neither names an earlier one)."""
    low = _AUDIT_LAST_READ.sub(" ", _AUDIT_AFTER_TAIL.sub("", name.lower()))
    return set(re.split(r"[^a-z0-9]+", low))


def _audit_category_column(names: list[str], above: list[str]) -> int | None:
    """This exam's category column: a column named BI-RADS (or one its legend says is BI-RADS) other than a prior
    exam's, a machine's, an initial reading's or the density's; one named final where there are several."""
    found = [k for k, name in enumerate(names) if (_AUDIT_CATEGORY_COLUMN.search(name) or _legend_says_birads(above, name))
             and not _AUDIT_OTHER_CATEGORY & _category_name_tokens(name)]
    named = next((k for k in found if _AUDIT_FINAL_NAME.search(names[k])), None)
    # (columns named for their years, "birads_2024" and "birads_2026": the latest year's is today's)
    years = {k: max(int(t) for t in tokens) for k in found
             if (tokens := [t for t in re.split(r"[^0-9]+", names[k]) if _AUDIT_YEAR_TOKEN.match(t)])}
    if named is None and years:
        named = max(years, key=years.__getitem__)
    if named is None and len(found) > 1:
        return None  # (several candidates, none named final: which is today's reading is unknown, so none is read)
    return named if named is not None else (found[0] if found else None)


def _legend_codes(lines: list[str], name: str) -> tuple[dict[str, str], int | None]:
    """The codes a legend line above the header gives a column ("# Legend: side R=right  L=left  B=both") and that
    line's index (the first line naming the column with codes after it: prose may name it before)."""
    name_at = _legend_name(name)
    for k, line in enumerate(lines):
        for at in name_at.finditer(line) if "=" in line else ():
            if codes := _codes_at(line, at.end()):
                return codes, k
    return {}, None


def _audit_rank(report_states: list[str]) -> int:
    """What a row's report-status cells (read by their legends) make of it: -1 it never counts (entered in error, a
    prior exam's, not counted, an exam not yet done), 2 it revises, 0 preliminary, 1 final. Only a report-status
    column's codes make a row a version."""
    if any(_AUDIT_NOT_DONE_CODE.match(s) for s in report_states):
        return -1
    if any(_AUDIT_WITHDRAWN_CODE.match(s) for s in report_states):
        return -1
    codes = [m for s in report_states if (m := _AUDIT_VERSION_CODE.match(s)) is not None]
    if any(m.group("revision") for m in codes):
        return 2
    if any(m.group("never") for m in codes):
        return -1
    return 0 if any(m.group("preliminary") for m in codes) else 1


def _audit_header(lines: list[str]) -> tuple[int, str, list[str], int, int, list[int]] | None:
    """(line index, separator, column names, side column, category column, state columns) of the first audit header:
    one that names a side, a category and a record-type or status column (what makes its rows versions of an exam's
    sides), and no lesion's columns (a report's table of its lesions: "lesion", "no", "clock", "size")."""
    for h, line in enumerate(lines):
        for sep in AUDIT_SEPARATORS:
            if line.count(sep) < MIN_AUDIT_COLUMNS - 1:
                continue
            names = [name.lstrip("#").strip() for name in _audit_cells(line, sep)]
            side = next((k for k, name in enumerate(names) if _AUDIT_SIDE_COLUMN.match(name)), None)
            if side is None:
                continue
            category = _audit_category_column(names, lines[:h])
            states = [k for k, name in enumerate(names) if _AUDIT_STATE_COLUMN.search(name) and k not in (side, category)]
            if len(names) >= MIN_AUDIT_COLUMNS and category is not None and states:
                if any(_AUDIT_LESION_COLUMN.match(name) for name in names):
                    return None
                return h, sep, names, side, category, states
    return None


def _within_report(lines: list[str], h: int, last: int) -> bool:
    """The table sits in a report: an exam's heading above it ("US BOTH BREASTS", not the export's "#" comments or a
    legend) or the report's impression below it."""
    above = any(not line.lstrip().startswith("#") and "=" not in line and _AUDIT_EXAM_WORD.search(line)
                and _AUDIT_BREAST_WORD.search(line) and not _AUDIT_EXPORT_TITLE.search(line) for line in lines[:h])
    return above or _AUDIT_REPORT_PART.search("\n".join(lines[last + 1 :])) is not None


def _document_line(line: str) -> bool:
    """A line outside the table that makes it part of another document: a category stated in prose, a heading of
    earlier imaging, a letter's salutation or closing, a sentence (not the export's title, a "#" comment or a legend
    of codes)."""
    text = line.strip()
    if not text or text.startswith("#") or _AUDIT_LEGEND_LINE.search(text) and not _AUDIT_LETTER_WORDS.match(text):
        return False
    words = len(text.split())
    return bool(_AUDIT_STATED_CATEGORY.search(text) or _AUDIT_HISTORY_HEADING.search(text)
                or _AUDIT_LETTER_WORDS.match(text) or words > AUDIT_TITLE_WORDS
                or words >= AUDIT_SENTENCE_WORDS and _AUDIT_SENTENCE_END.search(text))


def _export_is_document(lines: list[str], h: int, last: int) -> bool:
    """The export is the whole document: every line above its header and below its last row is its title, a comment,
    a legend or blank."""
    return not any(_document_line(line) for line in (*lines[:h], *lines[last + 1 :]))


def _date_order(cells: list[str]) -> str | None:
    """Which of a date column's numeric dates comes first, "day" or "month", where a cell settles it ("28/03/2026",
    "03/28/2026") and no cell contradicts it; else None."""
    orders = set()
    for cell in cells:
        if _AUDIT_ISO_DATE.search(cell) is None and (m := _AUDIT_NUMERIC_DATE.search(cell)) is not None:
            first, second = int(m.group(1)), int(m.group(2))
            if first > MAX_MONTH:
                orders.add("day")
            if second > MAX_MONTH:
                orders.add("month")
    return orders.pop() if len(orders) == 1 else None


def _audit_date(cell: str, order: str | None) -> _Day | None:
    """An exam date cell as (year, month, day): ISO ("2026-03-28"), a month by name ("05-Mar-2026", "Mar 5, 2026"), or
    numeric in the column's ``order`` ("28/03/2026" day first); a numeric date whose order is unsettled is None unless
    day and month are the same."""
    if (iso := _AUDIT_ISO_DATE.search(cell)) is not None:
        day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    elif (named := _AUDIT_NAMED_MONTH_DATE.search(cell)) is not None:
        month = MONTH_ABBREVIATIONS.index((named.group("month") or named.group("month2")).casefold()) + 1
        day = int(named.group("year") or named.group("year2")), month, int(named.group("day") or named.group("day2"))
    elif (numeric := _AUDIT_NUMERIC_DATE.search(cell)) is not None:
        first, second = int(numeric.group(1)), int(numeric.group(2))
        if order is None and first != second:
            return None
        month, dom = (second, first) if order == "day" else (first, second)
        day = int(numeric.group(3)), month, dom
    else:
        return None
    return day if 1 <= day[1] <= MAX_MONTH and 1 <= day[2] <= 31 else None  # (a day of a month)


def _report_text_column(names: list[str], table: list[list[str]], used: set[int], category: int) -> bool:
    """A column carries report text: a long free text, a phrase under a column named for report text ("report",
    "conclusion", "result_text"), or a cell naming a category where the row's category cell is blank ("Right breast:
    irregular mass. BI-RADS 4B."; a note beside a filled one, "upgraded from BI-RADS 2", is the audit's note)."""
    return any(k not in used and any(k < len(cells) and (
        len(cells[k]) >= AUDIT_LONG_CELL
        or _AUDIT_TEXT_COLUMN.search(name) and len(cells[k].split()) >= AUDIT_TEXT_WORDS
        or not cells[category] and _AUDIT_TEXT_CELL.search(cells[k])) for cells in table)
        for k, name in enumerate(names))


def _imaging_audit(text: str) -> tuple[list[int], list[_AuditRow], dict[tuple[str, ...], dict[str, int]]] | None:
    """The lines to blank (header, legends), the export's rows and, per exam, the row standing for each side."""
    if _AUDIT_HEADER_HINT.search(text) is None:
        return None
    lines = text.split("\n")
    if (found := _audit_header(lines)) is None or _delimited_export(text) is not None:
        return None
    h, sep, names, side_col, category_col, state_cols = found
    report_cols = [k for k in state_cols
                   if _AUDIT_REPORT_STATUS_COLUMN.match(names[k]) and not _AUDIT_FOREIGN_STATUS.search(names[k])]
    found_legends = {k: _legend_codes(lines[:h], names[k]) for k in (*state_cols, side_col)}
    legends = {k: codes for k, (codes, _) in found_legends.items()}
    key_cols = [k for k, name in enumerate(names) if _EXPORT_ACCESSION.match(name)]
    date_col = next((k for k, name in enumerate(names) if _AUDIT_DATE_COLUMN.search(name)), None)
    needed = max(side_col, category_col, *state_cols, *key_cols) + 1
    table: list[tuple[int, list[str]]] = []
    for r in range(h + 1, len(lines)):
        if not lines[r].strip():
            continue
        cells = _audit_cells(lines[r], sep) if not lines[r].lstrip().startswith("#") else []
        if len(cells) < needed:
            break  # (the table ends: a footer, a comment, the next section)
        table.append((r, cells))
    if not table or not _export_is_document(lines, h, table[-1][0]) or _within_report(lines, h, table[-1][0]) or (
            _report_text_column(names, [cells for _, cells in table], {side_col, category_col, *state_cols, *key_cols},
                                category_col)):
        return None  # (a table in a letter or report, or a result export with its text: the existing readers read them)
    report_states = [[legends.get(k, {}).get(cells[k], cells[k]) for k in report_cols] for _, cells in table]
    if not key_cols and date_col is None and not any(
            _AUDIT_VERSION_CODE.match(s) or _AUDIT_WITHDRAWN_CODE.match(s) for states in report_states for s in states):
        return None  # (no accession, no exam date and no report version: nothing says its rows are an exam's records)
    order = _date_order([cells[date_col] for _, cells in table if date_col < len(cells)]) if date_col is not None else None
    dated_exams = not key_cols and date_col is not None
    if dated_exams:
        key_cols = [date_col]  # (no accession: an exam is its date)
    rows: list[_AuditRow] = []
    for (r, cells), states in zip(table, report_states, strict=True):
        side = _audit_side(legends.get(side_col, {}).get(cells[side_col], cells[side_col]))
        value = _AUDIT_CATEGORY.match(cells[category_col])
        if value is not None and not _AUDIT_CATEGORY_GLOSS.fullmatch(cells[category_col], value.end()):
            value = None
        rows.append(_AuditRow(r, tuple(cells[k].lower() for k in key_cols), side or "",
                              (value.group("num") + (value.group("sub") or "")).upper() if value else "",
                              _audit_rank(states)))
    if dated_exams:
        rows = _revisions_joined(rows, order)
    current = _current_exams(rows, [cells for _, cells in table], date_col, order)
    if current is None:
        return None  # (several exams that cannot be put in order: which one is today's is unknown)
    standing: dict[tuple[str, ...], dict[str, int]] = {}  # exam -> side -> index of its standing row
    for i, row in enumerate(rows):
        if row.rank < 0 or not row.side or not row.category or row.key not in current:
            continue
        exam = standing.setdefault(row.key, {})
        for side in ("L", "R") if row.side == "B" else (row.side,):
            held = rows[exam[side]] if side in exam else None
            # (a later version of the same rank replaces; a both-sides row does not replace a side's own row of its rank)
            # (nor does a both-sides amendment override a side's own row: "B addendum 3" after "L final 1")
            if held is None or (row.side != "B" or held.side == "B") and row.rank >= held.rank:
                exam[side] = i
    blanked = [h, *(k for _, k in found_legends.values() if k is not None)]
    return blanked, rows, standing


def _revisions_joined(rows: list[_AuditRow], order: str | None) -> list[_AuditRow]:
    """Rows keyed by their exam's date: an addendum or amended row, dated when it was written, joins the latest exam
    dated on or before it (an addendum of 2026-05-02 revises the exam of 2026-04-28, it is no exam of its own)."""
    exams = sorted((day, row.key) for row in rows
                   if row.rank in (0, 1) and (day := _audit_date(row.key[0], order)) is not None)
    joined = []
    for row in rows:
        day = _audit_date(row.key[0], order) if row.rank == 2 else None
        earlier = [key for exam_day, key in exams if day is not None and exam_day <= day]
        joined.append(replace(row, key=earlier[-1]) if earlier else row)
    return joined


def _current_exams(rows: list[_AuditRow], table: list[list[str]], date_col: int | None,
                   order: str | None) -> set[tuple[str, ...]] | None:
    """The exams whose rows count: the only one, or of several the latest-dated (an earlier exam in the extract is a
    prior one); None where there are several and not every one has a date read unambiguously."""
    exams = {row.key for row in rows if row.rank >= 0 and row.side and row.category}
    if len(exams) < 2:
        return exams
    if date_col is None:
        return None
    dated: dict[tuple[str, ...], _Day] = {}
    # (an exam is dated by its own report's rows: an addendum written later to an older exam makes it no later exam;
    # an exam with only revision rows is dated by them)
    own: set[tuple[str, ...]] = set()
    for revisions in (False, True):
        own = set(dated) if revisions else own
        for row, cells in zip(rows, table, strict=True):
            if row.rank < 0 or not row.side or not row.category or (row.rank == 2) != revisions or row.key in own:
                continue  # (a row that never counts, or gives nothing, dates no exam)
            if (day := _audit_date(cells[date_col], order) if date_col < len(cells) else None) is not None:
                dated[row.key] = max(dated.get(row.key, day), day)
    if set(dated) != exams:
        return None
    latest = max(dated.values())
    return {key for key, day in dated.items() if day == latest}


def imaging_audit_view(text: str) -> str:
    """A same-length copy of an imaging audit's table export in which the export (its header to its last row) is
    written over by each side's standing category, a sentence a line ("Right breast: BI-RADS 2.", "Both breasts:
    BI-RADS 1." for a row standing for both), and the column legends above it are blanked (the section's comment)."""
    audit = _imaging_audit(text)
    if audit is None:
        return text
    blanked, rows, standing = audit
    named = []
    for i, row in enumerate(rows):
        sides = [side for side, k in standing.get(row.key, {}).items() if k == i]
        if sides:
            named.append(("B" if len(sides) == 2 else sides[0], row.category))
    lines = text.split("\n")
    for k in blanked:
        lines[k] = " " * len(lines[k])
    offsets = list(accumulate((len(line) + 1 for line in lines), initial=0))
    start, end = offsets[blanked[0]], offsets[rows[-1].line] + len(lines[rows[-1].line])
    block = "\n".join(f"{_AUDIT_SIDE_NAMES[side]}: BI-RADS {category}." for side, category in named)
    if len(block) > end - start:  # (a tiny export: its sides' letters, "R: BI-RADS 2.")
        block = "\n".join(f"{_AUDIT_SHORT_SIDE_NAMES[side]}: BI-RADS {category}." for side, category in named)
    if len(block) > end - start:  # (one that cannot hold even these is read as nothing rather than as codes)
        block = ""
    view = "\n".join(lines)
    return view[:start] + block.ljust(end - start) + view[end:]


def export_rows(text: str) -> list[TableRow]:
    """The standing rows of the delimited export of ``text`` (:func:`delimited_export_view`), each cell under its
    column's header (a quoted cell's text without its quotes)."""
    export = _delimited_export(text)
    if export is None:
        return []
    out = []
    for i, (r, cells) in enumerate(export.rows):
        if i in export.dropped:
            continue
        base, line = export.offsets[r], export.lines[r]
        row = []
        for name, (a, b) in zip(export.names, cells, strict=True):
            value = line[a:b].strip().strip('"')
            at = base + a + line[a:b].find(value) if value else base + a
            row.append(Cell(header=name, text=value, start=at, end=at + len(value)))
        out.append(TableRow(start=base, end=base + len(line), cells=tuple(row)))
    return out


def _replaced(versions: list[tuple[str, tuple[str, ...]]], unstated: int | None = None) -> set[int]:
    """Indices of the versions (status, part key) that never count: deleted or entered in error, or replaced by a
    later version of the same key that goes as far in a result's life. ``unstated``: the rank of a version with no
    status (an event log's first entry), None when it stands beside the others."""
    latest: dict[tuple[str, ...], tuple[int, int]] = {}  # part key -> (rank, index) of its standing version
    ranks: list[int | None] = []
    for i, (state, key) in enumerate(versions):
        rank = (None if _DROPPED_ROW.search(state) else unstated if not state and unstated is not None
                else _status_rank(state))
        ranks.append(rank)
        if rank is not None and (key not in latest or rank >= latest[key][0]):
            latest[key] = (rank, i)
    standing = {i for _, i in latest.values()}
    return {i for i, (state, _) in enumerate(versions)
            if _DROPPED_ROW.search(state) or (ranks[i] is not None and i not in standing)}


# a query client's expanded display (psql's "\x on"): each row printed as its own record, a "-[ RECORD 1 ]-+---"
# line over one "column | value" line per column, read as the rows of a delimited export; a single-letter status
# is read by the legend above the records ("status P = preliminary, F = final, X = deleted")
_EXPANDED_RECORD = re.compile(r"^-\[ RECORD \d+ \][-+]*[ \t]*$", re.MULTILINE)
_EXPANDED_FIELD = re.compile(r"(?P<name>[A-Za-z_][\w ]*?)[ \t]*\|[ \t]?(?P<value>.*)")
_STATUS_LEGEND = re.compile(r"\b(?P<code>[A-Z])[ \t]*=[ \t]*(?P<meaning>[a-z][a-z ]*[a-z])")


def expanded_records_view(text: str) -> str:
    """A same-length copy of a query client's expanded display of a result history (above) in which a record
    replaced by a later version of the same accession, part and section, or deleted, is blanked, and so are the
    fields after the text in the records kept."""
    heads = list(_EXPANDED_RECORD.finditer(text)) if "-[ RECORD " in text else []
    if len(heads) < 2:
        return text
    codes = {m.group("code"): m.group("meaning") for m in _STATUS_LEGEND.finditer(text, 0, heads[0].start())}
    records: list[tuple[int, int, list[tuple[str, int, int]]]] = []  # (start, end, [(name, value start, end)])
    for head in heads:
        fields: list[tuple[str, int, int]] = []
        pos = head.end() + 1
        while pos < len(text) and (f := _EXPANDED_FIELD.fullmatch(text, pos, end := end_of_line(text, pos))):
            fields.append((f.group("name").strip(), f.start("value"), end))
            pos = end + 1
        records.append((head.start(), min(pos, len(text)), fields))
    versions: list[tuple[str, tuple[str, ...]]] = []
    for i, (_, _, fields) in enumerate(records):
        values = {name: text[a:b].strip() for name, a, b in fields}
        state = next((v for n, v in values.items() if _EXPORT_STATUS.search(n)), "")
        key = tuple(v.lower() for n, v in values.items()
                    if _EXPORT_ACCESSION.match(n) or _EXPORT_PART.match(n) or _EXPORT_SECTION.match(n))
        versions.append((codes.get(state, state), key or (str(i),)))
    dropped = _replaced(versions)
    chars = list(text)
    for i, (start, end, fields) in enumerate(records):
        after = next((k for k, (n, _, _) in enumerate(fields) if _EXPORT_DIAGNOSIS.search(n)), None)
        if i in dropped:
            chars[start:end] = _blanked(text[start:end])
        elif after is not None:
            for _, a, b in fields[after + 1:]:
                chars[a:b] = " " * (b - a)
    return "".join(chars)


# a laboratory system's box-drawn print of a result history ("| SEQ | PART | SECTION | ST  RESULT TEXT |", "+----+"
# rules between the rows): each row's text wraps onto continuation lines whose other cells are empty, and a
# one-letter status leads the text under a status sub-heading ("ST"), read by the legend above ("P=preliminary").
# The rows are versions as in a delimited export; a standing row reads as its section's heading ("FINAL DX:")
# followed by its text as one line.
_GRID_STATUS_LEAD = re.compile(r"(?P<status>st(?:at(?:us)?)?)[ \t]{2,}(?=\S)", re.IGNORECASE)
_GRID_STATUS_CODE = re.compile(r"[ \t]*(?P<code>[A-Z])(?=[ \t]{2,}|[ \t]*$)")


def boxed_grid_view(text: str) -> str:
    """A same-length copy of a box-drawn result print (above) in which a row replaced by a later version of the
    same part and section, or voided, is blanked, and every standing row reads as ``SECTION: text`` on one line
    (its cell borders, sequence number and status blanked, its wrapped text joined)."""
    lines = text.split("\n")
    offsets = list(accumulate((len(line) + 1 for line in lines), initial=0))
    for h, header in enumerate(lines):
        if not header.lstrip().startswith("|") or header.count("|") < 4:
            continue
        cells = _fields(header, "|")
        names = [header[a:b].strip() for a, b in cells]
        diagnosis = _first_column(names, _EXPORT_DIAGNOSIS)
        if diagnosis is None:
            continue
        lead = _GRID_STATUS_LEAD.match(names[diagnosis])
        if lead is None or h + 1 >= len(lines) or not _rule_line(lines[h + 1]):
            continue
        key_cols = [k for k, n in enumerate(names) if _EXPORT_PART.match(n) or _EXPORT_SECTION.match(n)]
        section = _first_column(names, _EXPORT_SECTION)
        codes = {m.group("code"): m.group("meaning") for m in _STATUS_LEGEND.finditer(text, 0, offsets[h])}
        rows: list[list[int]] = []  # the line numbers of each row (its first line, then its continuation lines)
        for r in range(h + 2, len(lines)):
            line = lines[r]
            if _rule_line(line):
                continue
            if not line.lstrip().startswith("|") or len(_fields(line, "|")) != len(cells):
                break
            spans = _fields(line, "|")
            if rows and all(not line[a:b].strip() for k, (a, b) in enumerate(spans) if k != diagnosis):
                rows[-1].append(r)
            else:
                rows.append([r])
        if len(rows) < 2:
            return text
        versions = []
        for i, row in enumerate(rows):
            line = lines[row[0]]
            spans = _fields(line, "|")
            code = _GRID_STATUS_CODE.match(line, spans[diagnosis][0], spans[diagnosis][1])
            state = codes.get(code.group("code"), code.group("code")) if code else ""
            versions.append((state, tuple(line[slice(*spans[k])].strip().lower() for k in key_cols) or (str(i),)))
        dropped = _replaced(versions)
        chars = list(text)
        for i, row in enumerate(rows):
            start, end = offsets[row[0]], offsets[row[-1]] + len(lines[row[-1]])
            if i in dropped:
                chars[start:end] = _blanked(text[start:end])
                continue
            for j, r in enumerate(row):
                line, base = lines[r], offsets[r]
                spans = _fields(line, "|")
                a, b = spans[diagnosis]
                stop = a + len(line[a:b].rstrip())
                chars[base : base + a] = " " * a  # the borders and the other cells
                chars[base + stop : base + len(line)] = " " * (len(line) - stop)
                if j:
                    chars[base - 1] = " "  # the wrap: one line
                    continue
                code = _GRID_STATUS_CODE.match(line, a, b)
                if code:
                    chars[base + code.start("code")] = " "
                if section is not None:
                    s, e = spans[section]
                    name = line[s:e].strip().replace("_", " ")
                    if len(name) + 2 <= e - s:
                        chars[base + s : base + e] = f" {name}:".ljust(e - s)
        return "".join(chars)
    return text


def end_of_line(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (its newline's offset, or the text's end)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def span_lookup(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """``pos -> any(a <= pos < b for a, b in spans)`` by bisection: the spans sorted by start with the furthest end
    reached so far (a long list of bulleted history items made the linear scan per mention quadratic)."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))

    def inside(pos: int) -> bool:
        i = bisect_right(starts, pos)
        return i > 0 and reach[i - 1] > pos
    return inside


RULED_LINE = re.compile(r"[ \t]*[=\-_*]{5,}[ \t]*(?:\n|$)")


def first_lines_end(text: str, lines: int, count_ruled: bool = True) -> int:
    """Where the first ``lines`` lines of ``text`` end (at the last one's line break; the text's end if it has no
    more; without ``count_ruled``, its ruled lines, :data:`RULED_LINE`, not counted): a search for a title or header
    line ends there, not at the end of a long report."""
    end, n = -1, 0
    while n < lines:
        start, end = end + 1, text.find("\n", end + 1)
        if end < 0:
            return len(text)
        n += count_ruled or RULED_LINE.match(text, start) is None
    return end


# ----------------------------------------------------------------------------------- event logs
# A laboratory system's audit trail of a case printed as a fixed-width event log: a header line naming a status
# and a value column over a rule line of dash groups (one group a column), then one row per event, its value
# wrapped onto lines indented to the value column. Read like a delimited export: one version of each part's field
# stands (a preliminary value is replaced by the final one, a final one by an amended / corrected one; an entry
# with no status is the first version), a row voided or entered in error never counts; the status is a code
# the log's legend spells out ("ST = result status  P prelim  F final  X voided"). The wrapped lines of a value
# kept are joined to its first, so a sentence is read whole.
_LOG_RULE = re.compile(r"^-{2,}(?: -{2,}){4,}[ \t]*$", re.MULTILINE)
_LOG_VALUE = re.compile(r"^(?:value|text|result|entry|detail)s?$", re.IGNORECASE)
_LOG_KEY = re.compile(r"^(?:part|field|item|specimen|block)$", re.IGNORECASE)
_LOG_CODE = re.compile(r"([A-Z])[ \t]+([a-z].*)")


def event_log_view(text: str) -> str:
    """A same-length copy of a case's event log (above) with its replaced and voided rows blanked and the wrapped
    lines of the values kept joined; any other text is returned unchanged."""
    rule = _LOG_RULE.search(text) if "\n----" in text else None
    if rule is None or rule.start() < 1:
        return text
    header_start = text.rfind("\n", 0, rule.start() - 1) + 1
    header = text[header_start : rule.start() - 1]
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", rule.group(0))]
    names = [header[a : b + 1].strip() for a, b in spans]
    status = _first_column(names, _EXPORT_STATUS)
    value = _first_column(names, _LOG_VALUE)
    field = next((k for k, n in enumerate(names) if n.lower() == "field" or _EXPORT_SECTION.match(n)), None)
    if status is None or value is None or status > value:
        return text
    legend = _log_legend(text[:header_start], names[status])
    rows: list[tuple[int, list[int]]] = []  # (start of the row's first line, starts of its wrapped lines)
    pos = rule.end() + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            break
        if line[: spans[value][0]].strip():
            rows.append((pos, []))
        elif rows:
            rows[-1][1].append(pos)
        pos = end + 1
    chars = list(text)
    codes = [text[start + spans[status][0] : start + spans[status][1]].strip() for start, _ in rows]
    # (an entry with no status is the first version: below a preliminary one)
    dropped = _replaced([(legend.get(code, code),
                          tuple(text[start + a : start + b].strip().lower()
                                for (a, b), n in zip(spans, names, strict=True) if _LOG_KEY.match(n)))
                         for code, (start, _) in zip(codes, rows, strict=True)], unstated=-1)
    for i, (start, wrapped) in enumerate(rows):
        end = end_of_line(text, wrapped[-1] if wrapped else start)
        if i in dropped:
            chars[start:end] = [c if c == "\n" else " " for c in text[start:end]]
            continue
        for line_start in wrapped:
            chars[line_start - 1] = " "
        # a row kept reads as its field's section ("CLIN_HX" over "?FA vs phyllodes" is the history): the cells
        # before the value blanked (the time of the event is no clock face), the field's name as its heading
        # (a blank line before it: a value with no full stop ends with its row)
        head = spans[value][0]
        chars[start : start + head] = "\n" + " " * (head - 1)
        if field is not None:
            a, b = spans[field]
            name = text[start + a : start + b].strip().replace("_", " ")
            if name.strip("-") and len(name) < head - a:
                chars[start + a : start + a + len(name) + 1] = name + ":"
    return "".join(chars)


def _log_legend(text: str, status_name: str) -> dict[str, str]:
    """The meanings of the status codes a log's legend spells out ("ST = result status  P prelim  F final")."""
    at = re.search(rf"\b{re.escape(status_name)}[ \t]*=", text)
    if at is None:
        return {}
    line_end = text.find("\n", at.end())
    items = re.split(r"[ \t]{2,}", text[at.end() : len(text) if line_end < 0 else line_end].strip())
    return {m.group(1): m.group(2) for m in map(_LOG_CODE.fullmatch, items) if m}


# ----------------------------------------------------------------------------------- XML report extracts
# A laboratory system's report exported as XML: the words sit in the elements' text, the headings and part
# letters in the tags' attributes (<Section code="FINALDX" title="Final Diagnosis">, <Part id="A">,
# <Specimen part="B" ...>). Hand-written like the FHIR reader: the view keeps every character's offset.
_XML_START = re.compile(r"\s*<(?:\?xml\b|[A-Za-z][\w:.-]*\s+[\w:.-]+\s*=\s*\")")
_XML_MARKUP = re.compile(r"<(?P<close>/)?(?P<name>[A-Za-z][\w:.-]*)(?P<attrs>(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)"
                         r"\s*/?>|<\?.*?\?>|<!--.*?-->", re.DOTALL)
_XML_HEADING_ATTRS = ("title", "heading", "caption", "label")
_XML_PART_ELEMENTS = frozenset({"part", "specimen"})
_XML_PART_ID = re.compile(r"[A-Za-z]|\d{1,2}")
_XML_SUPERSEDED = re.compile(r"supersed|replaced|original|previous", re.IGNORECASE)


def _xml_words(name: str, attrs: dict[str, str]) -> str:
    """What a tag says as report text: its heading (marked superseded when its status says so), or its part."""
    heading = next((attrs[a].strip() for a in _XML_HEADING_ATTRS if attrs.get(a, "").strip()), "")
    if heading:
        superseded = _XML_SUPERSEDED.search(attrs.get("status", "")) is not None
        return f"{heading} (superseded):" if superseded else f"{heading}:"
    part = attrs.get("part") or attrs.get("id") or ""
    if name.lower() in _XML_PART_ELEMENTS and _XML_PART_ID.fullmatch(part.strip()):
        return f"{name.capitalize()} {part.strip().upper()}:"
    return ""


def xml_report_view(text: str) -> str:
    """A same-length reading of a report exported as XML: every tag blanked, an element's heading
    attribute (``title="Final Diagnosis"``) written in its tag as the heading it names (``Final Diagnosis
    (superseded):`` for a section whose status says it was replaced), a part's or specimen's letter as
    ``Part A:`` / ``Specimen A:``, and character entities as the characters they stand for. Any other text
    is returned unchanged."""
    if not _XML_START.match(text[:300]) or "</" not in text:
        return text
    chars = list(text)
    for m in _XML_MARKUP.finditer(text):
        words = "" if m.group("close") or not m.group("name") else _xml_words(
            m.group("name"), _xml_attributes(m.group("attrs")))
        span = m.group(0)
        blank = _blanked(span)
        fits = len(words) <= len(span) and "\n" not in span[: len(words)]
        chars[m.start() : m.end()] = words + blank[len(words):] if fits else blank
    view = "".join(chars)
    return _entities_decoded(view)


# ----------------------------------------------------------------------------------- JSON Lines event streams
# A laboratory system's REST API exports a case as JSON Lines, one object a line: the report's sections as
# records naming their section ("section" / "name" / "key" / "field" / "k") and holding their text ("text" /
# "value" / "val" / "v"), a part's site beside them, with a status and a version per record. A record whose
# status says it was superseded, entered in error or withdrawn never counts; a later record of the same part
# and section that goes as far in a result's life (preliminary, final, amended) replaces an earlier one; a part
# record written again (a corrected site) replaces its earlier site.
_JSONL_OBJECT = re.compile(r'^[ \t]*\{[ \t]*"[^\n]*\}[ \t]*$', re.MULTILINE)
MIN_JSONL_RECORDS = 3
_JSONL_TEXT_KEYS = ("text", "value", "val", "v")
_JSONL_SECTION_KEYS = ("section", "name", "key", "field", "k")
_JSONL_SITE_KEYS = ("site", "specimen_site", "specimen", "src")
_JSONL_DROPPED_STATUS = re.compile(r"supersed|replaced|" + _DROPPED_ROW.pattern, re.IGNORECASE)


def _jsonl_str(record: JsonNode, keys: tuple[str, ...]) -> JsonNode | None:
    return next((node for key in keys if (node := record.get(key)) is not None and isinstance(node.value, str)), None)


def _jsonl_section(record: JsonNode) -> str:
    return next((record.text(k) for k in _JSONL_SECTION_KEYS if record.text(k)), "")


def jsonl_view(text: str) -> str:
    """A same-length reading of a JSON Lines export (above): each standing record written as its section's
    heading before its text (``FINAL_DIAGNOSIS: Right breast ...``), a part's site as its specimen line
    (``specimen: Left breast, 6:00 ...``), every key and other value blanked. Lines that are no JSON object stay
    as they are; any other text is returned unchanged."""
    if '{"' not in text or FHIR_KEY in text:
        return text
    objects = [m for m in _JSONL_OBJECT.finditer(text)]
    if len(objects) < MIN_JSONL_RECORDS:
        return text
    records = [(m.start(), root) for m in objects if (root := parse_json_spans(m.group(0))) is not None]
    if len(records) < MIN_JSONL_RECORDS:
        return text
    chars = list(text)
    standing: dict[tuple[str, str], tuple[int, int]] = {}  # (part, section) -> (rank, record index)
    sites: dict[str, int] = {}  # part -> index of the last record giving its site alone
    dropped: set[int] = set()
    for i, (_, record) in enumerate(records):
        status = record.text("status")
        if _JSONL_DROPPED_STATUS.search(status):
            dropped.add(i)
            continue
        part = record.text("part")
        if _jsonl_str(record, _JSONL_TEXT_KEYS) is None:
            if _jsonl_str(record, _JSONL_SITE_KEYS) is not None:
                sites[part] = i
            continue
        rank = _status_rank(status)
        key = (part.lower(), _jsonl_section(record).lower())
        if rank is not None:
            if key in standing and rank >= standing[key][0]:
                dropped.add(standing[key][1])
            if key not in standing or rank >= standing[key][0]:
                standing[key] = (rank, i)
            else:
                dropped.add(i)
    for i, (base, record) in enumerate(records):
        chars[base + record.start : base + record.end] = _blanked(text[base + record.start : base + record.end])
        if i in dropped:
            continue
        body = _jsonl_str(record, _JSONL_TEXT_KEYS)
        site = _jsonl_str(record, _JSONL_SITE_KEYS)
        if body is None:
            if site is not None and sites.get(record.text("part")) == i:
                words = f"specimen: {site.value}"
                if len(words) <= site.end - record.start:
                    at = base + site.end - len(words)
                    chars[at : at + len(words)] = words
            continue
        section = _jsonl_section(record)
        lines = [f"specimen: {site.value}"] if site is not None and site.end <= body.start else []
        if section:
            lines.append(section.replace("_", " ") + ":")  # (a coded key: "final_dx" is "final dx")
        start = base + body.start + 1
        while lines and len(prefix := "\n".join(lines) + " ") > body.start + 1 - record.start:
            lines.pop(0)
        if lines:
            chars[start - len(prefix) : start] = prefix
        chars[start : base + body.end - 1] = body.value
    return "".join(chars)


# ----------------------------------------------------------------------------------- YAML exports
# A migration or validation tool's dump of a case as a YAML document: its sections as a list of records naming
# their section and holding their text (the keys of a JSON Lines export), each with a version and a status (a
# letter the dump's legend spells out: "P=preliminary F=final X=superseded E=entered-in-error"), a part's site
# in a list of its own. Read like the JSON Lines export: a superseded or entered-in-error record never counts, a
# later record of the same part and section that goes as far in a result's life replaces an earlier one; each
# standing record is written as its section's heading over its text; every key and other value is blanked.
_YAML_START = re.compile(r"\A\s*---[ \t]*\n|^[A-Za-z_]\w*:[ \t]*\n[ \t]*- [A-Za-z_]\w*:[ \t]", re.MULTILINE)
_YAML_LEGEND_CODE = re.compile(r"\b(?P<code>[A-Z])[ \t]*=[ \t]*(?P<meaning>[a-z][a-z-]*(?:[ \t]+(?![A-Z][ \t]*=)[a-z][a-z-]*)*)")
_YAML_SITE_KEY = re.compile(r"^(?:(?:anatomic|specimen)_?)?site(?:_(?:text|name|description|label))?$", re.IGNORECASE)


def _yaml_nodes(node) -> Iterator[object]:  # noqa: ANN001 (a PyYAML node)
    """Every mapping node under ``node`` (a PyYAML node graph), depth first."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        yield node
        for _, child in node.value:
            yield from _yaml_nodes(child)
    elif isinstance(node, yaml.SequenceNode):
        for child in node.value:
            yield from _yaml_nodes(child)


def _yaml_span(text: str, node) -> tuple[int, int]:
    """(start, end) in ``text`` of a scalar's words: a block scalar's lines under its indicator, a quoted one's
    inside its quotes."""
    start, end = node.start_mark.index, node.end_mark.index
    if node.style in ("|", ">"):
        return end_of_line(text, start) + 1, end
    if node.style in ('"', "'"):
        return start + 1, end - 1
    return start, end


def yaml_export_view(text: str) -> str:
    """A same-length reading of a YAML case export (above); any other text, or YAML that does not parse into
    section records, is returned unchanged."""
    if _YAML_START.search(text[:2000]) is None:
        return text
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return text
    if not isinstance(root, yaml.MappingNode):
        return text
    records, sites = [], []
    for node in _yaml_nodes(root):
        fields = {key.value.lower(): value for key, value in node.value
                  if isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.ScalarNode)}
        body = next((fields[k] for k in _JSONL_TEXT_KEYS if k in fields), None)
        site = next((v for k, v in fields.items() if _YAML_SITE_KEY.search(k)), None)
        if body is not None:
            section = next((fields[k].value for k in _JSONL_SECTION_KEYS if k in fields), "")
            records.append((node, body, section, fields.get("part"), fields.get("status")))
        elif site is not None:
            sites.append((node, site))
    if not any(status is not None for *_, status in records):
        return text  # (no record states its status: a plain report that happens to parse as YAML, not a dump)
    codes = {m.group("code"): m.group("meaning") for _, value in root.value if isinstance(value, yaml.ScalarNode)
             for m in _YAML_LEGEND_CODE.finditer(value.value)}  # (the dump's legend: a top-level value)
    versions = []
    for i, (_, _, section, part, status) in enumerate(records):
        state = codes.get(status.value, status.value) if status is not None else ""
        state = "void" if _JSONL_DROPPED_STATUS.search(state) else state
        versions.append((state, ((part.value if part is not None else "").lower(), section.lower()) if section
                         else (str(i),)))
    dropped = _replaced(versions)
    chars = list(_blanked(text))

    for _, site in sites:  # (its key and indent before it are room for the words)
        a, b = _yaml_span(text, site)
        words = f"specimen: {text[a:b]}"
        if "\n" not in words and b - len(words) >= text.rfind("\n", 0, a) + 1:
            chars[b - len(words) : b] = words
    for i, (node, body, section, _, _) in enumerate(records):
        if i in dropped:
            continue
        a, b = _yaml_span(text, body)
        chars[a:b] = text[a:b]
        if section:
            heading = section.replace("_", " ") + ":"
            line = text.rfind("\n", 0, node.start_mark.index) + 1
            if len(heading) < a - line and "\n" not in text[line : line + len(heading)]:
                chars[line : line + len(heading)] = heading
    return "".join(chars)
