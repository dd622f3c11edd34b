"""Document structure of a pathology report: sections with roles, specimen parts with site and
side, sentence units and the indentation tree (character ranges into the original text).

Why a separate, regex-based pass: a report's layout decides how its words are read. A diagnosis
under ``CLINICAL HISTORY`` is history, a word in ``GROSS DESCRIPTION`` is not a diagnosis, an
``ORIGINAL DIAGNOSIS`` block is superseded by the ``AMENDED DIAGNOSIS`` beside it, an outside
institution's diagnosis does not count, and the side of ``- Invasive ductal carcinoma`` is written
on the specimen header above it (``A. LEFT BREAST, 2 O'CLOCK, CORE BIOPSY:``).

**Sections.** A heading (``FINAL DIAGNOSIS:``, ``Conclusion (corrected):``, ``ADDENDUM #1 (date):``,
``Outside diagnosis:``, ``Microscopy:``, ``Clin:``, dot-leader synoptic labels, a heading line of its
own such as ``HISTOLOGICAL DATA``) gets a *role* (:data:`ROLES`). A *block* heading (nothing after
it on its line) runs to the next heading; a *field* heading (text after the colon) runs over its
continuation lines and stops at a blank line, the next labelled line (``Atypia: ...``), a part
header or a heading. Text under no heading takes the role of the enclosing block (``body`` at the
top). Dictated reports (``... period new paragraph final diagnosis colon ...``) are read through a
same-length copy in which the spoken punctuation is written as punctuation
(:func:`normalise_dictation`), so offsets never move.

**Parts.** Specimen headers at the start of a line (``A.``, ``B)``, ``(C)``, ``1.``, ``PART 2:``,
``Part A -``, ``Specimen #3``, ``R:``, ``(L)``) open a part that runs to the next part header or the
next heading that leaves it. A part records its header, side, clock and *site*.

**Site** (:func:`site_of`): the first site word of a descriptor decides: ``skin`` (skin of the
breast or nipple), ``lymph_node`` (node, axilla but not its breast tail, sentinel,
supraclavicular), ``other_organ`` (thyroid, lung, colon, stomach, liver, skin of the forearm or
back, ...), ``breast``; none of them: ``unknown``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate

from nlp import lexicon
from nlp.laterality import SideIndex, clock_of
from nlp.layout import MONTH_ABBREVIATIONS, VERSION_DROPPED, YEAR, end_of_line, pathology_view
from nlp.prescan import ascii_lower, may_contain

# ----------------------------------------------------------------------------------- roles
DIAGNOSIS = "diagnosis"  # final diagnosis, conclusion, opinion, our review, synoptic fields, dataset
REVISION = "revision"  # amended / corrected / revised diagnosis, a final diagnosis issued in an addendum
ORIGINAL = "original"  # the diagnosis as first issued, previous diagnosis: superseded
OUTSIDE = "outside"  # an outside or referring institution's diagnosis
HISTORY = "history"  # clinical history, indication, specimen and procedure lines, pre-treatment fields
GROSS = "gross"  # gross / macroscopic description
MICROSCOPIC = "microscopic"  # microscopic description: labels only when no diagnosis section exists
COMMENT = "comment"  # comment, note, recommendation, correlation
AMENDMENT = "amendment"  # amendment / correction notes and reasons
ADDENDUM = "addendum"  # addendum or supplementary report: its content decides (see nlp.resolution)
INTRAOPERATIVE = "intraoperative"  # frozen section / intraoperative consultation
BODY = "body"  # text under no recognised heading
ROLES = (DIAGNOSIS, REVISION, ORIGINAL, OUTSIDE, HISTORY, GROSS, MICROSCOPIC, COMMENT, AMENDMENT, ADDENDUM,
         INTRAOPERATIVE, BODY)

# ----------------------------------------------------------------------------------- sites
BREAST = "breast"
SKIN = "skin"
LYMPH_NODE = "lymph_node"
OTHER_ORGAN = "other_organ"
UNKNOWN = "unknown"
SITES = (BREAST, SKIN, LYMPH_NODE, OTHER_ORGAN, UNKNOWN)
PIECE_CHARS = 100_000  # longest text one spaCy Doc is given: longer reports are matched in pieces
STATEMENT_REACH = 8  # units a statement's descriptor is looked for above a mention

# ----------------------------------------------------------------------------------- dictation
_SPOKEN = re.compile(
    r"\b(?:new\s+paragraph|open\s+parenthesis|close\s+parenthesis|question\s+mark|semicolon|period|comma|colon"
    r"|full\s+stop)\b",
    re.IGNORECASE,
)
_SPOKEN_MARK = {"new": "\n", "open": "(", "close": ")", "question": "?", "semicolon": ";", "period": ".",
                "comma": ",", "colon": ":", "full": "."}
# "colon" is also the organ: "colon comma sigmoid", "sigmoid colon", "resection colon adenocarcinoma"
# (the second is the spoken mark; the organ is followed by a comma word or preceded by its segment).
_ORGAN_BEFORE = re.compile(r"(?:sigmoid|ascending|descending|transverse|the|of|right|left)\s+$", re.IGNORECASE)
_ORGAN_AFTER = re.compile(r"^\s+(?:comma|sigmoid|ascending|descending|transverse)\b", re.IGNORECASE)
MIN_SPOKEN_MARKS = 3


# the dot of a name's title ("Dr. Okafor dictating"), of an abbreviation ("by order of the Dept.") or a decimal
# point ("1.2 centimeters") is no typed full stop
# the titles before a person's name, whose full stop ends no sentence ("Dr. Okafor reported ...")
PERSON_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Professor", "Doctor")
_TITLE_DOT = re.compile(r"\b(?:dr|mr|mrs|ms|prof|dept)\.|(?<=\d)\.(?=\d)")
# the transcript ends where the speaker says so: a footer printed below it is typed ("... end of dictation\n
# Footer: Draft generated by speech recognition. Transcription errors may be present.")
_DICTATION_END = re.compile(r"\bend\s+(?:of\s+)?dictation\b")


def normalise_dictation(text: str) -> tuple[str, bool]:
    """``(text, dictated)``: spoken punctuation written as punctuation, padded to the same length.

    A report is *dictated* when it says at least ``MIN_SPOKEN_MARKS`` punctuation words, or two
    when it calls itself a dictation ("Dr Paulsen dictating", "end dictation"): a typed report may
    speak of a "period" but not of its own dictation; one that calls itself a dictation and has no
    typed full stop (a title's "Dr." is none) is dictated without any.
    """
    low = text.lower()
    needed = MIN_SPOKEN_MARKS - 1 if "dictat" in low else MIN_SPOKEN_MARKS
    end = _DICTATION_END.search(low) if needed < MIN_SPOKEN_MARKS else None
    spoken = low[: end.start()] if end is not None else low
    if needed < MIN_SPOKEN_MARKS and "." not in _TITLE_DOT.sub("", spoken.replace("...", "")):
        # a transcript that calls itself a dictation and has no typed full stop is one, with or without
        # a spoken mark ("doctor umeh dictating ... gross received in formalin ... final diagnosis left breast")
        needed = 0
    if low.count(" period") + low.count(" comma") + low.count("new paragraph") < needed:
        return text, False
    marks = list(_SPOKEN.finditer(text))
    if len(marks) < needed:
        return text, False
    pieces, prev = [], 0
    for m in marks:
        word = m.group(0)
        key = word.split()[0].lower()
        if key == "colon" and (_ORGAN_BEFORE.search(text, max(0, m.start() - 14), m.start())
                               or _ORGAN_AFTER.match(text[m.end() : m.end() + 14])):
            continue
        pieces += [text[prev : m.start()], _SPOKEN_MARK[key] + " " * (len(word) - 1)]
        prev = m.end()
    pieces.append(text[prev:])
    out = "".join(pieces)
    # an unpunctuated transcript says its next part mid-line ("... zero of one part b right breast lumpectomy
    # ..."), also by its number said as a word ("... no D C I S identified part two left breast lumpectomy ..."): the
    # blank before the part label becomes a line break, so the part opens a line of its own, and a number word is
    # written as its digit ("part 2  left breast"), the label a written part carries
    return _spoken_part_lines(out) if "part " in low else out, True


_SPOKEN_PART_WORDS = ("one", "two", "three", "four", "five", "six")
# (mid-line after a blank, or opening a line already: "part one right breast ..." said first)
_SPOKEN_PART = re.compile(r"(?:(?<=[^\n])(?P<gap> )|^[ \t]*)(?P<part>part )(?P<label>[a-h1-6]|"
                          + "|".join(_SPOKEN_PART_WORDS) + r")(?=[ ,:]+"
                          r"(?:right|left|labell?ed|received|consists|breast|bilat))", re.IGNORECASE | re.MULTILINE)
# a part named again in a sentence points back to it ("handled as in part one", "which like part one consists of",
# "compared with part one right breast core"): it opens no part
_PART_BACK_REFERENCE = re.compile(r"\b(?:as[ \t]+in|as[ \t]+for|like|to|with|see|of|from|for|than)[ \t]*$",
                                  re.IGNORECASE)

# a dictated section said right before its first part ("final diagnosis part one right breast ..."): the dictation
# goes through its parts again under that section, after the gross description counted them once
_SECTION_SAID_BEFORE = re.compile(r"\b(?:diagnos[ie]s|gross(?:[ \t]+description)?|microscopic(?:[ \t]+description)?|"
                                  r"addendum)[ \t,:.]*$", re.IGNORECASE)


def _spoken_part_lines(out: str) -> str:
    """``out`` with each spoken part opening a line (_spoken_part_line), unless named back ("as in part a"); a numbered
    part only as the next number (part two after part one, "part 1" ... "part 2"): a dictation counts its parts up,
    and names an earlier one again only to point back to it."""
    pieces, prev, number = [], 0, 0
    for m in _SPOKEN_PART.finditer(out):
        if _PART_BACK_REFERENCE.search(out, max(0, m.start() - 12), m.start()):
            continue
        label = m.group("label").lower()
        if not label.isalpha() or len(label) > 1:
            said = int(label) if label.isdigit() else _SPOKEN_PART_WORDS.index(label) + 1
            if said == 1 and _SECTION_SAID_BEFORE.search(out, max(0, m.start() - 40), m.start()):
                number = 0  # ("gross part one ... part three ... final diagnosis part one": the parts counted again)
            if said != number + 1:
                continue
            number = said
        pieces += [out[prev : m.start()], _spoken_part_line(m)]
        prev = m.end()
    pieces.append(out[prev:])
    return "".join(pieces)


def _spoken_part_line(m: re.Match[str]) -> str:
    """The part's label opening a line (the blank before it mid-line made a line break), a number word written as its
    digit padded to the word's length."""
    label = m.group("label")
    if len(label) > 1:
        label = str(_SPOKEN_PART_WORDS.index(label.lower()) + 1).ljust(len(label))
    lead = "\n" if m.group("gap") else m.group(0)[: m.start("part") - m.start()]
    return lead + m.group("part") + label


# ----------------------------------------------------------------------------------- headings
_PREFIX = (r"(?:(?:amended|corrected|revised|original|previous|prior|outside|referring|referral|our|final|provisional|brief|"
           r"institutional|consultation|pathology|pasted|"
           # (a training e-portfolio's "Consultant final diagnosis (as authorised):")
           r"consultant(?:['’]s)?|"
           r"supplementary|pre-?\s?treatment|pre-?\s?op(?:erative)?|post-?\s?op(?:erative)?|clinical|frozen\s+section|"
           # (the closed spellings again as literal words: a line is tried as a heading only when its first word's
           # first four letters are a pattern word's, and "pre-?\s?treatment" yields "pre", never "pret")
           r"pretreatment|preop(?:erative)?|postop(?:erative)?|"
           r"intra-?\s?operative|surgical\s+pathology|pathologic(?:al)?|review|verbatim|text|prev|preliminary|interval|"
           r"histopatholog(?:ic|ical|y)|patho-?histolog(?:ic|ical)|pathomorpholog(?:ic|ical)|treatment|"
           # a portal's version list: "Version 1 - FINAL REPORT - 02/25/2026 (replaced by version 2)"
           # (a laboratory system's short "V1 FINAL DIAGNOSIS (01/23/2026) (replaced by version 2):")
           r"version\s+\d{1,2}|v\d{1,2}(?=[ \t]+[a-z])|"
           # a second-opinion service's headings say whose words follow: the submitting laboratory's diagnosis
           # (outside), the reviewer's / expert's own, the requester's question ("Requester's question:")
           r"(?:submitting|referring|reviewing|sending)\s+"
           r"(?:laborator(?:y|ies)|lab|pathologist|institution|hospital)['’]s|"
           r"submitting|reviewer['’]?s?|expert|requester['’]?s?|patient-?\s?submitted|"
           # (a translation's "Translator's note:", a comment on its wording)
           r"translator['’]?s?|"
           # ("Original sign-out diagnosis:" the diagnosis as first signed out)
           r"sign-?\s?out|"
           # a patient-held record heads its pages in the patient's voice, its page number before
           # ("PAGE 3 - MY FAMILY HISTORY (filled in by me)", "MY PAST HISTORY"): the named section all the same
           r"my|page\s+\d{1,3})"
           r"(?:\s+|[ \t]*[-–][ \t]*)"
           r"(?:\([^)\n]{0,30}\)\s+)?)*")  # ("Surgical pathology - final dx:")
# A consent form, known by its title as the document's title line, the first non-blank line, whole
# ("CONSENT FORM 1 - PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT", "PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT",
# "Informed consent for surgery"): its fields on the operation, what it is meant to achieve and what it may cause
# ("Statement of health professional - intended benefits: treatment of breast cancer", "Serious or frequently occurring
# risks: scar, further surgery if cancer is found"), are a comment and the patient's own statement her account
# (_consent_headings); a "Risks and benefits:" heading in any other document (an MDT outcome, a clinic letter) is no
# heading. A sentence on the second line ("Consent for surgery to be taken in clinic.", "Consent form signed today")
# or a first line that goes on with a verb names no consent form.
_AGREEMENT_TITLE = r"(?:patient|parental)[ \t]+agreement[ \t]+to[ \t]+investigation[ \t]+or[ \t]+treatment"
_CONSENT_FORM_NUMBER = r"consent[ \t]+form(?:[ \t]+(?:no\.?[ \t]*)?\d{1,2}[a-z]?)?"
_CONSENT_FORM_TITLE = re.compile(
    r"[ \t\n]*(?:" + _CONSENT_FORM_NUMBER + r"(?:[ \t]*[-–:][ \t]*" + _AGREEMENT_TITLE + r")?|"
    + _AGREEMENT_TITLE + r"(?:[ \t]*\(" + _CONSENT_FORM_NUMBER + r"\))?|"
    r"(?:(?:informed|written|surgical|patient)[ \t]+)consent(?:[ \t]+form)?"
    r"(?:[ \t]+(?:for|to)[ \t]+(?:(?:breast[ \t]+)?surgery|an?[ \t]+operation|treatment|investigation|"
    r"(?:investigation|surgery)[ \t]+or[ \t]+treatment))?)[ \t]*(?:\n|$)", re.IGNORECASE)
# A line in a consent form's field that reports a diagnosis of one side ("left breast core biopsy showed a
# fibroadenoma", "RIGHT BREAST CORE BIOPSY - INVASIVE LOBULAR CARCINOMA", "who has a biopsy-proven left breast invasive
# ductal carcinoma") or a "Histology" / "Diagnosis" line: the diagnosis box, not the field (_consent_field_end); the
# field's own purpose ("treatment of breast cancer", "further surgery if cancer is found") names no side with it
_CONSENT_DIAGNOSIS_LINE = re.compile(
    r"^[ \t]*(?:histology|histopathology|diagnosis|pathology)\b|"
    r"\b(?:left|right|l|r)[ \t]+breast\b(?:[ \t,]+(?:\d{1,2}(?:[ \t]*o'?[ \t]*clock|:\d\d)|[ul][io]q|us|core|"
    r"biopsy|needle|vab|excision|specimen|showed|shows|show|has|confirmed|revealed|with|a|an|of)){0,6}"
    r"[ \t]*[-:,]?[ \t]*(?:invasive|ductal|lobular|carcinoma|dcis|lcis|fibroadenoma|papilloma|phyllodes|"
    r"radial[ \t]+scar|atypical|benign|malignant|cyst|sclerosing|fat[ \t]+necrosis|fibrocystic|hyperplasia)",
    re.IGNORECASE | re.MULTILINE)
_CONSENT_FIELD = (r"(?:(?:intended|expected|potential)\s+)?benefits?(?:\s+(?:and|&)\s+risks)?|"
                  r"(?:(?:serious|frequent(?:ly\s+occurring)?|material|significant|common|specific|other)"
                  r"(?:\s+(?:or|and|/)\s+(?:serious|frequent(?:ly\s+occurring)?|common))?\s+)?"
                  r"risks(?:\s+(?:and|&)\s+(?:benefits|complications))?|(?:risks\s+(?:and|&)\s+)?complications|"
                  r"alternatives?|(?:any\s+)?extra\s+procedures(?:[ \t]+[^\n:]{0,50})?")
_CONSENT_SECTION = re.compile(r"^[ \t]*(?P<name>(?P<patient>statement\s+(?:of|by)\s+(?:the\s+)?patient)|"
                              r"(?:statement\s+(?:of|by)\s+(?:the\s+)?health\s+professional|" + _CONSENT_FIELD + r")"
                              r"(?:[ \t]*[-–(][^\n:]{0,60})?)[ \t]*(?::|$)", re.IGNORECASE | re.MULTILINE)
_CONSENT_FIELD_HEADING = "consent form field"  # the name _consent_headings gives a field, a comment (_role)
# a navigator's or clinic note's own narrative beside the pasted result ("Patient response:", "Navigator assessment:"):
# a heading (_NAMES) whose role is a comment (_role)
_NOTE_NARRATIVE = r"(?:navigator|nurse|nursing)\s+assessment|patient\s+(?:response|education|concerns?)"
# a tumour board's record: "Board decision:", "MDT decision:", its plan (a heading name; a comment's role)
# (also its proposal or conclusion, and a French board's own name for them, "Proposition de la RCP [Board proposal]:",
# "Conclusion de la RCP [Board conclusion]:" (réunion de concertation pluridisciplinaire); and a German tumour board's
# entry under its own name and date, "Tumorkonferenz [Tumour board] 28.01.2026:")
_BOARD_DECISION = (r"(?:(?:tumou?r|multidisciplinary)\s+)?(?:board|mdt|mdm|consilium)\s+decisions?|"
                   r"(?:tumou?r\s+)?board\s+(?:proposals?|conclusions?)|tumou?r\s+board|"
                   r"(?:proposition|conclusion)\s+de\s+(?:la\s+)?rcp")
# A register extract's earlier entry ("Previous entry:", "Prior register entries:"), history: one pattern for the
# heading names (_NAMES), its role (_role) and where its field stops (_PREVIOUS_ENTRY_NAME)
_PREVIOUS_ENTRY_WORDS = r"(?:previous|prior|earlier)\s+(?:register\s+)?entr(?:y|ies)"
# (a registry's or a referral's list of the patient's earlier diseases, a history heading: "Frühere Tumorerkrankungen
# [Previous tumour diseases]:", "Tidligere sygdomme [Previous diseases]:")
_PREVIOUS_DISEASES_WORDS = r"(?:previous|prior|earlier)\s+(?:tumou?r\s+)?(?:diseases?|illness(?:es)?)"
# A French request form's "Diagnostic clinique :" (_NAMES, _CLINICAL_DIAGNOSIS_NAME)
_CLINICAL_DIAGNOSIS_WORDS = r"diagnostic\s+clinique"
# A disability determination's own blocks (a social-security explanation, an insurer's independent examination):
# the claimant's allegations in her own words ("ALLEGED IMPAIRMENTS:", "ALLEGATIONS (SSA-3368):", "CLAIMANT'S
# ALLEGATIONS ON APPEAL:") and the list of the records read ("EVIDENCE OF RECORD", "RECORDS REVIEWED", "MATERIAL
# REVIEWED"), history; the adjudicator's coded impairments ("MDI" over rows "Malignant Neoplasm of Breast  Primary
# Severe"), a code book's titles, history like diagnosis codes; the rule book's listing it was weighed against
# ("LISTINGS: 13.10B met - carcinoma with distant metastases", "CAL condition:"), a verdict on eligibility, a comment
# (_role)
# (the word lists below are shared by the heading names, the generic records-list names and the determination's own
# marker lines, so that a word added to one is in all of them)
_ALLEGATION_WORDS = r"(?:claimant['’]?s\s+)?allegations?(?:\s+on\s+appeal)?|alleged\s+impairments?"
_RECORDS_LIST_WORDS = r"evidence\s+(?:received|reviewed)|(?:records|information|material|documents)\s+reviewed"
_IMPAIRMENT_CODE_WORDS = r"mdi\b|medically\s+determinable\s+impairments?"
_ADJUDICATION_HISTORY_WORDS = (_ALLEGATION_WORDS + r"|evidence\s+of\s+record|" + _RECORDS_LIST_WORDS + r"|"
                               + _IMPAIRMENT_CODE_WORDS)
_ADJUDICATION_VERDICT_WORDS = r"listings?|(?:cal|compassionate\s+allowances?)\s+conditions?(?:\s+flagged\s+by\s+intake)?"
_ADJUDICATION_HISTORY = re.compile(_ADJUDICATION_HISTORY_WORDS)
_ADJUDICATION_VERDICT = re.compile(_ADJUDICATION_VERDICT_WORDS)
# ... but the generic names of a records list ("MATERIAL REVIEWED", "Information reviewed:", "EVIDENCE RECEIVED") head
# a pathology consultation's own list of the slides it read too, over its own diagnosis: they are a determination's
# records list only in a determination, one that says so by a strong marker, a line that opens with its title
# ("DISABILITY DETERMINATION", "INDEPENDENT MEDICAL EXAMINATION", "Workers' compensation claim 4471") or is one of its
# own headings, alone on its line or with its colon ("CLAIMANT:", "ALLEGATIONS", "ALLEGED IMPAIRMENTS:", "MDI",
# "EVIDENCE OF RECORD", "LISTINGS"); a word inside a line is none ("Insurance claim no.: 88412", "type 1 diabetes on
# MDI insulin", "Payer: Workers' Compensation", "on disability benefits") (_ADJUDICATION_DOCUMENT, read once per
# report)
_ADJUDICATION_GENERIC = re.compile(_RECORDS_LIST_WORDS)
_ADJUDICATION_DOCUMENT = re.compile(
    r"^[ \t]*(?:disability\s+determination|independent\s+medical\s+exam(?:ination)?|"
    r"(?:workers['’]?\s+compensation|disability(?:\s+insurance)?)\s+claim)\b|"
    r"^[ \t]*(?:claimant|" + _ALLEGATION_WORDS + r"|" + _IMPAIRMENT_CODE_WORDS + r"|evidence\s+of\s+record"
    r"|listings?(?:\s+(?:considered|met|not\s+met))?|(?:cal|compassionate\s+allowances?)\s+conditions?)"
    r"[ \t]*(?:\([^)\n]{0,30}\)[ \t]*)?(?::|$)", re.MULTILINE)
# A bare determination heading (alone on its line) heads the lines below it, but not the pathology the determination
# quotes or states under them: a specimen's own line, one that opens with a breast side (its lettered part allowed, not
# a records list's numbered item: "Right breast core biopsy: fibroadenoma.", "Breast, right, excision:", "Lt breast,
# core:", "LEFT BREAST, CORE BIOPSY - fibroadenoma") with a colon or a procedure and a dash after it (a records list's
# "Left breast core report 2025 (invasive ductal carcinoma)." has neither), or the quote's lead-in
# ('Histology quoted: "..."', "Pathology (quoted):", "Excerpt from pathology report:", 'Biopsy result: "...', a line
# opening with the quote) ends its section, as a blank line does (_adjudication_block_end); an allegation's own side
# ("Left breast cancer.") has neither and stays in it. A pathology line under its label that names a breast side
# anywhere on it ("Surgical pathology: invasive ductal carcinoma of the right breast, 4.1 cm", "Histology: ... left
# breast") ends it too
# A specimen's side at the opening of its label ("Left breast", "Lt. breast", "Bilateral breast", "Breast, right"),
# shared with resolution's diagnosis-line test (SPECIMEN_SIDE + SPECIMEN_LABEL_END: "Left breast, core biopsy:")
SPECIMEN_SIDE = r"(?:\b(?:left|right|bilateral|lt|rt)\.?[ \t]+breast\b|\bbreast[ \t]*,[ \t]*(?:left|right)\b)"
SPECIMEN_LABEL_END = r"[^:\n]{0,60}:"
# An answer's or a paragraph's item number before its words ("4.2 The left breast ...", "2.2 Surgical histology ..."),
# shared with resolution's normal-breast sentence
ITEM_NUMBER = r"\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]+"
_ADJUDICATION_BLOCK_END = re.compile(
    r"\n[ \t]*\n|"
    r"^[ \t]*(?:(?:surgical[ \t]+|histo)?pathology|histology)[ \t]*:[^\n]*?"
    r"\b(?:(?:left|right|lt|rt)\.?[ \t]+breast|breast[ \t]*,[ \t]*(?:left|right))\b|"
    r"^[ \t]*(?:\(?[a-z][.)][ \t]+)?" + SPECIMEN_SIDE + r"(?:" + SPECIMEN_LABEL_END
    + r"|[^\n:]*?\b(?:core|biopsy|excision|fna|mastectomy|lumpectomy|resection)\b[^\n:]{0,30}?[ \t][-–][ \t])"
    r"|^[ \t]*(?:[a-z]+[ \t]+){0,2}\(?(?:quoted|verbatim|excerpt)\b|^[ \t]*[\"“]"
    r"|^[ \t]*(?:[a-z]+[ \t]+){0,2}[a-z]+[ \t]*:[ \t]*[\"“]", re.IGNORECASE | re.MULTILINE)
# (a French record naming the first report before the conclusion it quotes: "Compte rendu initial H26-133 (02/04/2026),
# conclusion:"; _NAMES, _first_report_conclusions)
_FIRST_REPORT_CONCLUSION_WORDS = (r"(?:compte[ \t-]rendu|cr)[ \t]+initial\b[^:,\n]{0,40}(?:,|[ \t][-–])[ \t]*conclusion"
                                  r"(?:[ \t]+et[ \t]+commentaires?)?")
_NAMES = (
    _ADJUDICATION_HISTORY_WORDS + r"|" + _ADJUDICATION_VERDICT_WORDS + r"|"
    # a trial's central review form quotes the participating site's own diagnosis before the central reviewer's
    # ("LOCAL DIAGNOSIS (from participating centre report ...):", "SITE-REPORTED SURGICAL PATHOLOGY:"): an outside one
    r"(?:local|site-?\s?reported|site)\s+(?:surgical\s+)?(?:pathology|diagnos[ie]s|dx|report)|"
    # a trial form's eligibility verdict on the diagnosis ("ELIGIBILITY: unilateral invasive carcinoma - criterion
    # met"): a comment; its baseline before treatment ("BASELINE (pre-treatment, site diagnosis):"): history
    r"eligibility(?:\s+(?:outcome|assessment|criteria))?|baseline(?:\s+(?:diagnos[ie]s|dx|pathology|histology))?|"
    # ("Outside report summary:": the summary of a report, whose report its lead says)
    r"report\s+summary|current\s+report|"
    # a patient app's or portal's results page ("== MY RESULTS ==", "Your test results"); a plain "Results:" stays
    # a field line
    r"(?:my|your)\s+(?:(?:test|pathology|laboratory)\s+)?results?|"
    # (a consultation names the referring report's diagnosis so, an aside saying whose it is: "Outside report
    # diagnosis (not our diagnosis):", an outside one by its prefix, _role)
    r"report\s+diagnos[ie]s|"
    r"diagnos[ie]s|dx|conclusion|opinion|interpretation|impression|summary|review(?:\s+diagnosis)?|report|"
    r"heading(?:\s+read)?|histologic(?:al)?\s+type|"
    # ("Histological diagnosis:" heads the diagnosis like "Histopathological diagnosis:")
    r"histolog(?:y|ic(?:al)?)\s+(?:diagnos[ie]s|conclusion)|differential(?:\s+diagnosis)?|"
    r"clinical(?:\s+(?:history|information|info|data|details|notes?|indications?|hx))?|clin(?:\s+hx)?|hx|history|"
    r"(?:contributor['’]?s\s+|submitting\s+pathologist['’]?s\s+|referring\s+pathologist['’]?s\s+|consult(?:ation)?\s+)?"
    r"question|question\s+(?:asked|posed)|concordance(?:\s+assessment)?|(?:prev(?:ious)?|prior)\s+path(?:ology)?|"
    # (a register extract's earlier entry, "Previous entry (for reference only): 2024/BC-211, LEFT breast core -
    # fibroadenoma": an earlier specimen's result, history)
    + _PREVIOUS_ENTRY_WORDS + r"|"
    # (a terse note's list of the patient's earlier results, "Prior: L - DCIS 2018", "Prior bx: R - ADH": history)
    r"prior(?:\s+(?:bx|biops(?:y|ies)))?(?=[ \t]*:)|"
    # (a transfer summary's "1. REASON FOR TRANSFER:" is why the patient moves on, no amendment's reason; its
    # "2. PRESENTING COMPLAINT / HISTORY:", as a clinic letter's "Presenting complaint:", the history)
    r"indications?|reason(?:\s+for\s+(?:referral|exam|visit|amendment|correction|revision|transfer))?|referral|"
    r"presenting\s+complaint(?:\s*(?:/|and|&)\s*history)?|"
    + _NOTE_NARRATIVE + r"|"
    r"specimens?(?:\s*\(s\))?(?:\s+(?:submitted|received|source|description|laterality|summary))?|spec|"
    r"source\s+of\s+specimen|proc(?:edure)?|materials?(?:\s+received)?|site/laterality|site|laterality|target|imaging|"
    # (a translated report's glossed "[Gross findings]:" / "[Microscopic findings]:" name the same sections)
    r"gross(?:\s+(?:description|findings))?|macro(?:scop(?:y|ic))?(?:\s+description)?|"
    r"micro(?:scop(?:y|ic))?(?:\s+(?:description|exam(?:ination)?|findings))?(?:\s*(?:/|and|&)\s*(?:dataset|diagnos[ie]s|conclusions?))?|comments?|notes?|recommend(?:ation)?s?|plan|"
    # (a treatment summary's or clinic letter's "Follow-up plan:": what is to be done next, no finding)
    r"follow-?\s?up\s+plan|"
    # (a referral's "Requested service:", the treatment or assessment it asks for: the plan)
    r"requested\s+services?|"
    r"(?:radiologic-pathologic\s+|rad-path\s+)?correlation|addend(?:um|a)(?:\s+\d+(?![/\d]))?|"
    r"supplement(?:ary|al)\s+report(?:\s+\d+(?![/\d]))?|amend(?:ment)?(?:\s+\d+(?![/\d]))?(?:\s+(?:note|comment))?|correction(?:\s+(?:note|comment))?|"
    # (a trial or registry record's own correction note: "DATA CORRECTION (site query Q-12, 2026-01-15): ...")
    r"data\s+correction|corrected\s+report|report\s+corrected|"
    r"intra-?\s?operative\s+(?:rapid\s+)?(?:consultation|diagnosis)|frozen\s+section(?:\s+diagnosis)?|"
    r"synoptic(?:\s+(?:summary|report))?|histological\s+data|(?:post-?\s?neoadjuvant\s+)?dataset|"
    r"end\s+of\s+(?:original\s+)?report|previously\s+reported(?:\s+as|\s+diagnos[ie]s)?|"
    # (a corrected report's "PREVIOUS VERSION (03/02/2026) - SUPERSEDED:", the version it replaces)
    r"(?:previous|prior|original)\s+version|superseded|previous|original|"
    r"extemporaneous\s+(?:examination|diagnosis)|information|revision(?:\s+note)?|a/p|assessment\s*(?:and|&|/)\s*plan|"
    # translated reports keep their own headings (_FOREIGN_NAMES)
    # (a cancer registry's "EXISTING ABSTRACT - PRE-TREATMENT (...):" block: what was coded before)
    r"background|histology|histopathology|tumou?r|outcome|discussion|(?:existing\s+)?abstract|"
    # (a combined cytology and histology report describes each specimen under its method and the specimen's number,
    # "Cytology (1): cyst macrophages ... C2." over "Histology (2): ...": only with that number, _role)
    r"cytology(?=[ \t]*\(\d{1,2}\)[ \t]*:)|"
    # (a result reprinted as it was first sent, under its translated name: "[Pathology, as initially presented]"; only
    # with that qualifier, _role)
    r"pathology(?=,?[ \t]+as[ \t]+(?:originally|first|previously|initially)[ \t])|"
    # (a tumour board's record: "Board decision:", "MDT decision:", its plan)
    + _BOARD_DECISION + r"|"
    # a clinic note's own sections: the history of present illness and the physical examination never label
    r"hpi|history\s+of\s+present\s+illness|(?:physical\s+)?exam(?:ination)?|"
    # (and a Portuguese or Spanish clinic sheet's, unglossed or glossed: "Exame objectivo: right mastectomy scar healed",
    # "Exame físico [Examination]:", "Examen físico:")
    r"exame\s+(?:objec?tivo|f[íi]sico)|examen\s+f[íi]sico|"
    # an autopsy report's own sections: the anatomic diagnoses, the external / internal examination (its gross
    # findings), the cause and manner of death (a summary of the diagnoses, no diagnosis of its own)
    r"anatomic(?:al)?\s+diagnos[ie]s|(?:external|internal)\s+exam(?:ination)?|(?:cause|manner)\s+of\s+death|"
    r"diagnosi|diagn[oó]sticos?|diagnose|diagnostic|conclusione|conclusi[oó]n|(?:notizie|indicazioni)\s+cliniche|anamnesis?|"
    # (a Russian consultation's own history heading, left unglossed: "Анамнез: In 2019 a cyst ... was punctured"; also
    # "Анамнез заболевания / жизни:" (of the illness / of life) and a line's own "В анамнезе: / Из анамнеза:" (in the
    # history / from the history))
    r"(?:в[ \t]+анамнезе|из[ \t]+анамнеза|анамнез(?:[ \t]+(?:заболевания|жизни))?)|"
    # (and its material line, unglossed, the specimen: "Материал: core biopsy, left breast, scar area"; a glossed
    # "Материал [Material]:" is read as before)
    r"материал(?![ \t]*\[)|"
    r"materiale\s+inviato|descrizione\s+(?:macroscopica|microscopica)|esame\s+estemporaneo|integrazione|rettifica|"
    # (a French request form's "Diagnostic clinique / impression :", the clinician's clinical diagnosis: history)
    + _CLINICAL_DIAGNOSIS_WORDS + r"|"
    # (the Portuguese clinical information heading: "Informação clínica:", "Informações clínicas:")
    r"conclus[ãa]o|dados\s+cl[íi]nicos|informa[çc](?:[ãa]o|[õo]es)\s+cl[íi]nicas?|adendo(?:\s+ao\s+laudo)?|macroscop[ií]a|microscop[ií]a|renseignements\s+cliniques|"
    r"examen\s+(?:macroscopique|microscopique|extemporan[ée])|pi[èe]ces\s+re[çc]ues|compl[ée]ment|rectificatif|"
    r"macroscopie|microscopie|estudio\s+intraoperatorio|ampliaci[oó]n\s+de(?:l)?\s+informe|fe\s+de\s+erratas|"
    r"conclusion\s+d[ée]finitive|diagnostic\s+d[ée]finitif|diagn[oó]stico\s+definitivo|diagnosi\s+definitiva|"
    r"utl[åa]tande|mikroskopi|makroskopi|anamnes(?:/fr[åa]gest[äa]llning)?|kompletterande\s+svar|r[äa]ttelse|rettelse|statement|"
    r"rappel(?:\s+du\s+compte\s+rendu\s+initial|\s+de\s+la\s+conclusion\s+initiale)?|"
    # (a French conclusion as first issued and the one replacing it: "Conclusion initiale", "Nouvelle conclusion")
    r"conclusion\s+initiale|diagnostic\s+initial|nouvelle\s+conclusion|"
    # (the first report named, its number and date, before the conclusion it heads: "Compte rendu initial H26-133
    # (02/04/2026), conclusion:", as "Conclusion (compte rendu initial du <date>):" heads it; also "Compte-rendu" or
    # "CR initial", a dash before "conclusion", "conclusion et commentaire"; only in a correction or a supplement,
    # _FIRST_REPORT_CONCLUSION)
    + _FIRST_REPORT_CONCLUSION_WORDS + r"|"
    # Spanish and German headings of translated reports; a history named by its kind ("Oncologic history:")
    # (the French history heading, also as the patient's own or her family's, her surgery's or abbreviated:
    # "Antécédents personnels :", "Antécédents familiaux :", "Antécédents chirurgicaux :", "ATCD :")
    r"datos\s+cl[íi]nicos|antecedentes|ant[ée]c[ée]dents?(?:\s+(?:personnels|familiaux|chirurgicaux))?|atcd|descripci[óo]n(?:\s+(?:macrosc[óo]pica|microsc[óo]pica))?|comentarios?|"
    r"klinische\s+angaben|angaben|beurteilung|makroskopie|mikroskopie|berichtigung(?:\s+der\s+seitenangabe)?|nachtrag|"
    # Finnish headings of a translated PAD statement ("Esitiedot:", "Näytteet:", "Lausunto:", "Lisälausunto")
    r"esitiedot|n[äa]yte|n[äa]ytteet|makroskopia|mikroskopia|(?:makro|mikro)skooppinen\s+kuvaus|lausunto|diagnoosi|"
    r"lis[äa]lausunto|pikaleike(?:lausunto)?|korjaus|alkuper[äa]inen\s+lausunto|"
    # Malay: a bilingual template's amendment note ("PINDAAN [AMENDMENT]")
    r"pindaan|"
    # Dutch headings of a Belgian bilingual report ("Besluit / Conclusion:", "Oorspronkelijk besluit", "Verbetering")
    r"besluit|(?:nieuw|oorspronkelijk)\s+besluit|verbetering|klinische\s+gegevens|opmerking|"
    # Norwegian / Danish headings of a translated report ("Kliniske opplysninger:" the clinical history; review
    # pfinal15: also the Danish / Norwegian "Klinisk information:", "Klinisk opplysning:")
    r"kliniske\s+op{1,2}lysninger|klinisk\s+(?:information|opp?lysning)|konklus(?:jon|ion)|"
    # (a Danish referral's diagnosis it was sent with, "Henvisningsdiagnose: DC773 ...", the referral diagnosis)
    r"henvisningsdiagnose|"
    # (the history's short form and its clinical kind too: "Relevant hx:", "Relevant clinical history:")
    r"(?:oncolog(?:ic|ical|y)|past(?:\s+medical)?|medical|surgical|relevant|breast|family|personal)\s+(?:clinical\s+)?(?:history|hx)|"
    # a registry's field for an earlier cancer ("Previous breast cancer [Tidigare bröstcancer]: Yes - left, 2012, ...")
    r"(?:previous|prior|earlier)\s+(?:breast\s+)?(?:cancer|carcinoma|malignancy)|"
    + _PREVIOUS_DISEASES_WORDS + r"|"  # (a list of the patient's earlier diseases)
    # a post-treatment report's block of what was known before the treatment ("PRE-TREATMENT (for reference):"), also
    # in a terse note's short form ("Pre-tx: R IDC gr3 (core 09/25).")
    r"pre-?\s?treatment|pre-?\s?tx|"
    # a trainee's e-portfolio case log: the trainee's reading the consultant's final diagnosis replaced ("Trainee
    # provisional reading (pre-review):", the diagnosis as first issued), and the log's own fields on the case, a
    # comment, no diagnosis ("Agreement with final:", "Learning points:", "Curriculum area:")
    r"trainee(?:['’]s)?\s+(?:provisional\s+|preliminary\s+|initial\s+|own\s+)?(?:reading|diagnos[ie]s|dx|report|interpretation)|"
    r"agreement(?:\s+with\s+(?:the\s+)?(?:final|consultant)(?:\s+diagnosis)?)?|(?:learning|teaching)\s+points?|"
    r"curriculum(?:\s+area)?|reflections?|supervisor(?:['’]s)?\s+(?:sign-?\s?off|feedback|comments?)|"
    # a surgeon's operative audit logbook: the core biopsy taken before the operation ("Pre-op core ....... H25/7740:
    # IDC (history)") is history, the logbook's own remarks ("Audit notes ....... pCR - add to unit tally") a comment
    r"pre-?\s?op(?:erative)?\s+core(?:\s+biopsy)?|audit(?:\s+(?:notes?|comments?|remarks?))?"
)
# A form numbers or letters its sections, each a heading whatever its name: "SECTION 4 - DIAGNOSIS CODES (ICD-10-CM)"
# (with or without a colon ending its line: "SECTION 3 - REFERRAL NOTES:"), "SECTION C - CLINICAL DETAILS: 61F, ..."
# (its content on the heading's own line after the colon)
_FORM_SECTION = re.compile(r"^[ \t]*section[ \t]+(?:\d{1,2}|(?-i:[A-Z]))[ \t]*[-–:.][ \t]*(?P<name>[A-Za-z][^\n:]{0,120}?)[ \t]*"
                           r"(?::(?=[ \t]*\S)|:?[ \t]*$)", re.IGNORECASE | re.MULTILINE)
# A claim or request form's section in the patient's own words ("SECTION 2 - CLAIMANT'S STATEMENT", "PART 1 -
# CLAIMANT DECLARATION", "PART A - STATEMENT BY THE INSURED", a health insurer's "STATEMENT BY THE MEMBER"): what
# the patient says she was told is history
# ("Q1. Claimant's reported symptoms / history:": the question that asks for the patient's own account)
# (a life-assurance application's "PART 1 - APPLICANT'S CONSENT AND DECLARATION", "DECLARATION BY THE PROPOSED LIFE
# INSURED": the applicant's own words too)
_OWN_ACCOUNT_SUBJECT = (r"(?:claimant|(?:proposed\s+)?(?:life\s+)?insured|policy-?\s?holder|(?:proposed\s+)?life\s+assured|"
                        # (a sports licensing form's "SECTION 1 - CONTESTANT STATEMENT", "PART A - RIDER'S DECLARATION":
                        # the licensee's own words)
                        r"patient|applicant|proposer|member|contestant|rider)")
_OWN_ACCOUNT = (_OWN_ACCOUNT_SUBJECT + r"(?:['’]s)?\s+(?:own\s+|reported\s+)?(?:consent\s+(?:and|&)\s+)?"
                r"(?:statement|declaration|account|words|symptoms|history)|(?:statement|declaration)\s+(?:by|of)\s+(?:the\s+)?"
                # (not her doctor's: "STATEMENT BY THE MEMBER'S ATTENDING PHYSICIAN", "DECLARATION BY THE MEMBER OF
                # STAFF")
                + _OWN_ACCOUNT_SUBJECT + r"\b(?![ \t]*['’]s\b|\s+of\b)")
_FORM_PART = re.compile(r"^[ \t]*part[ \t]+(?:\d{1,2}|[A-Z])[ \t]*[-–:.][ \t]*(?P<name>(?:" + _OWN_ACCOUNT
                        + r")[^\n:]{0,60}?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_OWN_ACCOUNT_NAME = re.compile(_OWN_ACCOUNT)
# ... and a translated form's section of the applicant's own words, its translation in square brackets after the
# original's name, alone on its line ("2. BAYAANKA CODSADAHA [APPLICANT'S STATEMENT]", "QAYBTA 2 - BAYAANKA CODSADAHA
# [SECTION 2 - APPLICANT'S STATEMENT] (by her mother)"): the bracket is found first, then its line is checked
# (_TRANSLATED_OWN_ACCOUNT_LEAD: a number at most, then the original's words; after the bracket an aside at most)
_TRANSLATED_OWN_ACCOUNT = re.compile(r"\[(?:section[ \t]+(?:\d{1,2}|(?-i:[A-Z]))[ \t]*[-–:.][ \t]*)?(?P<name>"
                                     + _OWN_ACCOUNT + r")\](?=(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?::[ \t]*)?$)",
                                     re.IGNORECASE | re.MULTILINE)
_TRANSLATED_OWN_ACCOUNT_LEAD = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]+)?[^\W\d_][^\[\]():\n]{0,60}?[ \t]*")
_TRANSLATED_OWN_ACCOUNT_WORDS = ("statement", "declaration", "account", "words", "symptoms", "history")
# (only a possessive subject's or a statement's: a translated report's "ANAMNEZA [PATIENT HISTORY]" is its ordinary
# history heading, not the applicant's own words)
_TRANSLATED_BARE_HISTORY = re.compile(_OWN_ACCOUNT_SUBJECT + r"\s+(?:own\s+|reported\s+)?(?:symptoms|history)",
                                      re.IGNORECASE)
# ... and that section ends at the next line of the same shape, the form's next section written the same way, a
# first-language name with its English gloss in square brackets alone on its line ("QAYBTA 3 - WARBIXINTA DHAKTARKA
# [SECTION 3 - ATTENDING PHYSICIAN'S STATEMENT]", "PHẦN 3 - KẾT QUẢ GIẢI PHẪU BỆNH [SECTION 3 - PATHOLOGY RESULT]",
# "ROZPOZNANIE [DIAGNOSIS]"): what follows is the enclosing block's again
_GLOSSED_SECTION_LINE = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]+)?[^\W\d_][^\[\]():\n]{0,60}?[ \t]*\[[A-Z][^\]\n]{1,59}\]"
                                   r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?::[ \t]*)?$", re.MULTILINE)
# A form's numbered question ("Q3. Date of first consultation:", "Q6. Surgery performed?", numbered within its
# lettered section: "B2. Family history:"): each ends the answer before it; one that asks for the patient's own
# account, or for a history ("B2. Family history: mother breast cancer age 44"), is history, any other stays in its block
_FORM_QUESTION = re.compile(r"^[ \t]*(?:Q|(?-i:[A-H]))\d{1,2}[.)][ \t]+(?P<name>[A-Za-z][^\n:?]{0,100}?)[ \t]*(?::|\?|$)|"
                            r"^[ \t]*Q\d{1,2}:[ \t]+(?P<qname>[A-Za-z][^\n:?]{0,100}?)[ \t]*(?::|\?|$)",
                            re.IGNORECASE | re.MULTILINE)
_QUESTION = "form question"
# ... but one that asks what the patient is being treated for now, or for the results of her investigations ("Q1. What
# condition(s) is the applicant being treated for?", "Q2. Relevant investigation results:"), is answered by the
# current condition and its quoted histology: the body, no history (a past / previous / prior one stays history)
_CURRENT_QUESTION_NAME = re.compile(
    r"(?:what[ \t]+)?(?:conditions?|illness(?:es)?|diagnos[ie]s)(?:[ \t]*\(s\))?[ \t]+(?:is|are)[ \t]+(?:the[ \t]+)?"
    r"(?:applicant|patient|student|claimant|member)[ \t]+(?:currently[ \t]+)?being[ \t]+treated[ \t]+for"
    r"|(?:relevant[ \t]+)?(?:investigation|test)[ \t]+results|results[ \t]+of[ \t]+(?:relevant[ \t]+)?(?:investigations|tests)",
    re.IGNORECASE)
_CURRENT_QUESTION = "form question on the current condition"
# A form's block for its own staff ("FOR CLAIMS DEPARTMENT USE", "FOR OFFICE USE ONLY"): an assessor's notes on
# the policy, no diagnosis
# (its notes may follow on the heading's own line: "FOR UNDERWRITER USE ONLY: BRCA2 post-RRM; ALH noted.",
# "FOR UNDERWRITING USE ONLY - ILC pT2N1; postpone")
_STAFF_USE = re.compile(r"^[ \t]*(?P<name>for[ \t]+(?:[A-Za-z]+[ \t]+){1,3}use(?:[ \t]+only)?)"
                        r"(?:[ \t]*:(?=[ \t]*\S)|[ \t]+[-–](?=[ \t]+\S)|[ \t]*:?[ \t]*$)",
                        re.IGNORECASE | re.MULTILINE)
# A result portal's version list may carry the message's own fields between a version's number and its status
# ("Version 1 - Message EP-0183 - received 2026-01-23 - Result status F (Final) (replaced by version 2)"): the
# line heads that version's block (the one marked dropped is the diagnosis as first issued: _role); so does a
# version history's row, its date after the number ('v1 03/04/2026 FINAL (retracted): "LEFT BREAST: IDC."')
# (a laboratory system's row gives its one-letter status code after the number and its own heading, with the status,
# after the date: "Version 1 (V) 2026-02-09 : DIAGNOSIS (superseded by version 2):")
_VERSION_LINE = re.compile(r"^[ \t]*(?P<name>version[ \t]+\d{1,2}(?=[ \t]+(?:[-–]|\((?-i:[A-Z])\))[ \t])|v\d{1,2}(?=[ \t]+\d))"
                           r"[ \t]+(?:[-–][ \t]+)?(?P<qual>(?:[^\n:]|\d:\d\d)*?)[ \t]*(?::(?!\d)|$)",
                           re.IGNORECASE | re.MULTILINE)
# Cheap gates before those scans, each as wide as its pattern: a version row's "v" and digit ("v1 03/04/2026"
# with no "version" in the report), any question number ("Q3)" on a form page that starts there).
_VERSION_GATE = re.compile(r"v\d")
_FORM_QUESTION_GATE = re.compile(r"[a-hq]\d")  # ("q3", a lettered section's "b2")


def _may_match(low: str | None, gate: re.Pattern[str]) -> bool:
    """False only when the lower-cased ASCII text ``low`` has no match of ``gate`` (None: not ASCII, scan)."""
    return low is None or gate.search(low) is not None


# What a foreign heading is called in the rules' own words.
_FOREIGN_NAMES = {"diagnosi": "diagnosis", "diagnóstico": "diagnosis", "diagnostico": "diagnosis", "diagnose": "diagnosis",
                  "diagnósticos": "diagnoses", "diagnosticos": "diagnoses",  # a Spanish report's numbered list
                  "diagnostic": "diagnosis", "conclusione": "conclusion", "conclusión": "conclusion",
                  "conclusion": "conclusion", "notizie cliniche": "clinical history", "anamnesi": "history",
                  "indicazioni cliniche": "clinical history",
                  "anamnesis": "history",  # (the Latin word a translation keeps: "Анамнез [Anamnesis]:")
                  "анамнез": "history", "анамнез заболевания": "history", "анамнез жизни": "history",
                  "в анамнезе": "history", "из анамнеза": "history", "материал": "specimen",
                  "materiale inviato": "specimen", "descrizione macroscopica": "gross description",
                  "descrizione microscopica": "microscopic description", "esame estemporaneo": "frozen section",
                  "integrazione": "addendum", "rettifica": "correction", "conclusão": "conclusion",
                  "conclusao": "conclusion", "adendo": "addendum", "adendo ao laudo": "addendum",
                  "dados clínicos": "clinical history", "dados clinicos": "clinical history",
                  "informação clínica": "clinical history", "informação clinica": "clinical history",
                  "informacao clinica": "clinical history", "informações clínicas": "clinical history",
                  "informações clinicas": "clinical history", "informacoes clinicas": "clinical history",
                  "macroscopia": "gross", "microscopia": "microscopic", "macroscopía": "gross",
                  "microscopía": "microscopic", "renseignements cliniques": "clinical history",
                  "diagnostic clinique": "clinical diagnosis",
                  "examen macroscopique": "gross", "examen microscopique": "microscopic",
                  "exame objectivo": "examination", "exame objetivo": "examination", "exame físico": "examination",
                  "exame fisico": "examination", "examen físico": "examination", "examen fisico": "examination",
                  "examen extemporané": "frozen section", "examen extemporane": "frozen section",
                  "pièces reçues": "specimen", "pieces recues": "specimen", "complément": "addendum",
                  "complement": "addendum", "rectificatif": "correction", "macroscopie": "gross",
                  "microscopie": "microscopic", "estudio intraoperatorio": "frozen section",
                  "informe": "addendum", "erratas": "correction", "utlåtande": "conclusion", "utlatande": "conclusion",
                  "statement": "conclusion", "mikroskopi": "microscopic", "makroskopi": "gross", "anamnes": "history",
                  "anamnes/frågeställning": "history", "svar": "addendum", "rättelse": "correction",
                  "rattelse": "correction", "rettelse": "correction", "conclusion définitive": "final conclusion",
                  "conclusion definitive": "final conclusion", "diagnostic définitif": "final diagnosis",
                  "diagnostic definitif": "final diagnosis", "diagnóstico definitivo": "final diagnosis",
                  "conclusion initiale": "original conclusion", "diagnostic initial": "original diagnosis",
                  "nouvelle conclusion": "revised conclusion",
                  "diagnostico definitivo": "final diagnosis", "diagnosi definitiva": "final diagnosis",
                  "datos clínicos": "clinical history", "datos clinicos": "clinical history", "antecedentes": "history",
                  "antécédent": "history", "antécédents": "history", "antecedent": "history", "antecedents": "history",
                  "antécédents personnels": "history", "antecedents personnels": "history",
                  "antécédents familiaux": "family history", "antecedents familiaux": "family history",
                  "antécédents chirurgicaux": "history", "antecedents chirurgicaux": "history", "atcd": "history",
                  "descripción": "microscopic", "descripcion": "microscopic",
                  "descripción macroscópica": "gross", "descripcion macroscopica": "gross",
                  "descripción microscópica": "microscopic", "descripcion microscopica": "microscopic",
                  "comentario": "comment", "comentarios": "comment", "klinische angaben": "clinical history",
                  "angaben": "clinical history", "beurteilung": "conclusion", "makroskopie": "gross",
                  "mikroskopie": "microscopic", "berichtigung": "correction",
                  "berichtigung der seitenangabe": "correction", "nachtrag": "addendum",
                  # Finnish (a translated PAD statement keeps its headings)
                  "esitiedot": "clinical history", "näytteet": "specimen", "näyte": "specimen", "naytteet": "specimen",
                  "nayte": "specimen", "lisalausunto": "addendum", "alkuperainen lausunto": "original",
                  "makroskopia": "gross", "mikroskopia": "microscopic", "makroskooppinen kuvaus": "gross description",
                  "mikroskooppinen kuvaus": "microscopic description", "lausunto": "conclusion",
                  "diagnoosi": "diagnosis", "lisälausunto": "addendum", "pikaleikelausunto": "frozen section",
                  "pikaleike": "frozen section", "korjaus": "correction", "alkuperäinen lausunto": "original",
                  "pindaan": "amendment",
                  # Norwegian / Danish
                  "kliniske opplysninger": "clinical history", "kliniske oplysninger": "clinical history",
                  "klinisk information": "clinical history", "klinisk opplysning": "clinical history",
                  "klinisk oplysning": "clinical history",
                  "henvisningsdiagnose": "referral diagnosis",
                  "konklusjon": "conclusion", "konklusion": "conclusion",
                  # Dutch
                  "besluit": "conclusion", "nieuw besluit": "revised conclusion", "oorspronkelijk besluit": "original",
                  "verbetering": "correction", "klinische gegevens": "clinical history", "opmerking": "comment"}
# (a phrase qualifier says whose or which: "Clinical summary entered by requester:", "Hx per req:")
# (a translation may set it off with a comma and say how it was sent: "[Histology, as originally notified]",
# "[Pathology, as initially presented]")
_QUAL = (r"(?P<qual>(?:,?[ \t]+as\s+(?:(?:originally|first|previously|initially)\s+"
         r"(?:printed|reported|issued|signed\s+out|notified|presented)"
         # (or as issued on its date: "ORIGINAL DIAGNOSIS AS ISSUED 02/16/2026 (INCORRECT LATERALITY):")
         r"|issued(?=[ \t]+\d)))?"
         # (or a bare participle before the colon: "Clinical information provided:", "History supplied:")
         r"(?:[ \t]+(?:provided|supplied|given)(?=[ \t]*:))?"
         r"(?P<phrase>[ \t]+(?:on|of|from|for|after|at|per|rendered\s+at|made\s+at|(?:entered|provided|supplied)\s+by|"
         # (a consultation's "Diagnosis rendered by submitting laboratory:", the outside diagnosis)
         # (review p135: only a submitting or outside one: "Diagnosis rendered by Dr. M. Lopez, attending pathologist:" is
         # our own)
         r"rendered\s+by(?=[ \t]+(?:the[ \t]+)?(?:submitting|referring|sending|contributing|outside|external|original)\b))"
         r"[ \t]+[^:()\n]{1,40}?)?"
         # (a translation keeps the original heading in square brackets: "Pathohistological conclusion [Висновок]:")
         # (or before its date, or alone on its line: "RECTIFICATIF [Correction] du 09/03/2026")
         # (or before an aside in brackets of its own: "ANTECEDENTES [History] (already registered)")
         # (or after an aside of its own, the translation repeating it: "Conclusion (compte rendu initial du
         # 12/06/2026) [Conclusion (initial report of 12/06/2026)]:")
         r"(?:[ \t]*\([^)\n]{0,80}\)(?:[ \t]?\[[^\]\n]{1,60}\](?=[ \t]*:))?"
         # (or before a dash and its date: "PINDAAN [AMENDMENT] - 08/04/2026")
         r"|[ \t]?\[[^\]\n]{1,60}\](?=[ \t]*(?::|$|\([^)\n]{0,80}\)[ \t]*(?::|$)|"
         r"(?:du|del|vom|of|от)[ \t]+\d|[-–][ \t]*\d{1,2}[/.-]\d)))?"
         # (a translated heading keeps its own word before the date: "COMPLÉMENT (Supplementary report) du 16/02/2026 :")
         # (a date may be written with a space after each point: "POPRAVEK [Correction] 09. 04. 2026:")
         # (a date written year first, as a Solar Hijri one is, may carry its Gregorian date in brackets after it:
         # "اصلاحیه [Correction] ۱۴۰۵/۰۴/۲۰ [11 Jul 2026]:")
         # (a Russian one's "от" (of) before its date: "ИСПРАВЛЕНИЕ [Correction] от 18.03.2026:")
         r"(?:[ \t]*#[ \t]*\d+)?(?:[ \t]*(?:(?:du|del|vom|от)[ \t]+)?\(?(?:\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?"
         r"|\.[ \t]?\d{1,2}\.[ \t]?\d{2,4})|\d{4}/\d{1,2}/\d{1,2})\)?"
         r"(?:[ \t]*\[\d{1,2}[ \t]+[A-Za-z]{3,9}\.?[ \t]+\d{4}\])?)?"
         r"(?:[ \t]*\([^)\n]{0,80}\))?(?:[ \t]*(?:-{1,3}|,|/)[ \t]*(?:[^:\n]|\d:\d\d){0,60}?"
         # (or a long aside after a dash: "ABSTRACT - PRE-TREATMENT (coded at diagnosis from core ...):")
         r"(?:[ \t]*\([^)\n]{0,120}\))?)?)")
# a banner's date after its closing marks: ">>> CORRECTED DIAGNOSIS <<<  (06/03/2026)"
_BANNER_DATE = r"(?:[ \t]*\(\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\))?"
# a heading's number or letter before its name: "9. CONCLUSION:", "D. DIAGNOSIS RENDERED AT ...:" (_HEADING and
# _line_head_pattern)
_HEADING_NUMBER = r"(?:\d{1,2}|(?-i:[A-Z]))[.)]"
# The lead is possessive: a name starts with a letter, so only the whole run of lead characters can
# precede it, and a line that is no heading (a dictated line indented by its padding) then fails at
# once instead of retrying the name and qualifier after every split of that run (~100x slower).
_HEADING = re.compile(
    r"^(?P<lead>[ \t]*+[*>=\-#]*+[ \t]*+(?:" + _HEADING_NUMBER + r"[ \t]++)?)"
    r"(?P<name>" + _PREFIX + r"(?:" + _NAMES + r"))\b" + _QUAL
    # (a date-led body, "ADDENDUM 02/02/2026 this addendum", never ends a phrase qualifier: "Our diagnosis
    # after review of 9 outside slides:" runs on to its colon)
    + r"(?P<sep>[ \t]*(?::(?!\d)|\.{3,})|[ \t]*(?:\**|<{2,}|={2,})" + _BANNER_DATE
    + r"[ \t]*$|(?(phrase)(?!)|(?<=\d)(?=[ \t]+[a-z]))"
    # (or a full stop after a bracketed date, its note on the same line: "CORRECTED REPORT (03/04/2026). The ...")
    + r"|(?(phrase)(?!)|(?<=\d\))\.(?=[ \t]+[A-Z]))"
    # a sign-off stamp in the right-hand column: "ADDENDUM 1                 SIGNED 03/10/26 14:02"
    r"|(?=[ \t]*\**[ \t]{3,}(?i:signed|verified|released|issued|reported|authori[sz]ed)\b))",
    re.IGNORECASE | re.MULTILINE,
)
# A revision heading can follow a sentence inside an addendum ("... CK5/6 negative. FINAL DIAGNOSIS: DCIS").
# Headings are tried only on lines whose first word is a word of the heading patterns (the
# regex then runs a few times per report instead of at every position).
_HEADING_WORDS = frozenset(w[:4] for w in re.findall(r"[a-z]+|[а-яё]+", re.sub(r"\\[sbdwSBDW]", " ", _PREFIX + _NAMES)))
_CYRILLIC_LETTER = "А-Яа-яЁё"


def _line_head_pattern(newline: bool) -> re.Pattern[str]:
    """A line whose first word's first four letters (the whole word when shorter) are in
    ``_HEADING_WORDS``, in any case (a Cyrillic word's letters each in either case: "АНАМНЕЗ:"): the only lines a heading
    can start. With ``newline`` the pattern starts with the newline before the line, so the engine skips straight to newlines
    (a ``^`` scan, then a Python test of every line's first word, cost several times more)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(_HEADING_WORDS):
        if word.isascii():
            groups.setdefault(word[0], []).append(re.escape(word[1:]) + ("" if len(word) == 4 else "(?![A-Za-z])"))
        else:  # (a Cyrillic word in either case of each letter: the pattern folds ASCII case only)
            groups.setdefault(f"[{word[0]}{word[0].upper()}]", []).append(
                "".join(f"[{c}{c.upper()}]" for c in word[1:]) + ("" if len(word) == 4 else f"(?![{_CYRILLIC_LETTER}])"))
    words = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
    # ("9. CONCLUSION:": a numbered heading; "D. DIAGNOSIS RENDERED AT ...:": a lettered one)
    # (a number or letter before a word is the word's lead, never retried as the word: "A. Right breast" is no candidate
    # as the word "a". Written as two alternatives, not a possessive "?+" after the group, which Python 3.11.2's engine
    # gets wrong when the group fails in its lookahead: "A. 4.0 x 3.1 cm" then lost its line)
    # ("2. Анамнез:": a Cyrillic word after its number too)
    lead = (r"[ \t]*+[*>=\-#]*+[ \t]*+(?:" + _HEADING_NUMBER + rf"[ \t]+(?=[A-Za-z{_CYRILLIC_LETTER}])|(?!"
            + _HEADING_NUMBER + rf"[ \t]+[A-Za-z{_CYRILLIC_LETTER}]))")
    return re.compile(("\n" if newline else "") + lead + f"(?:{words})", re.IGNORECASE | re.ASCII)


_FIRST_LINE_HEAD = _line_head_pattern(newline=False)  # matched at the text's start
_NEXT_LINE_HEAD = _line_head_pattern(newline=True)  # found after each newline
# (The "." / ";" before it is matched, not looked behind at: the scan then skips to those characters.)
_INLINE_REVISION = re.compile(
    r"[.;][ \t]+(?P<name>(?:final|revised|amended|corrected|original|previous)\s+(?:diagnosis|conclusion|"
    r"interpretation)|previously\s+reported(?:\s+as)?)[ \t]*:",
    re.IGNORECASE,
)
# A terse note writes its pre-treatment field after the diagnosis's sentence on the same line ("Dx: R mastect + SLN: no
# resid ca (ypT0 ypN0), tumour bed fibrosis only. Pre-tx: R IDC gr3 (core 08/25)."): with its colon, after a full stop
# or semicolon, it heads the history of what was known before the treatment (to its sentence's end,
# _inline_history_end). Led by the "." / ";" it follows, so the engine skips to those characters.
_INLINE_PRE_TREATMENT = re.compile(r"[.;][ \t]+(?P<name>pre-?[ \t]?(?:tx|treatment))[ \t]*:(?!\d)", re.IGNORECASE)
# (every spelling its name admits, "Pre- tx" and a tab too: the gate must pass each match)
_INLINE_PRE_TREATMENT_WORDS = tuple(f"pre{gap}{noun}" for gap in ("", "-", " ", "\t", "- ", "-\t")
                                    for noun in ("tx", "treatment"))
# A transcript typed as one run of sentences says its headings after a full stop, each typed with its colon ("... patient
# J. Doe. Clinical history: right breast cancer 2019, here for left core. Final diagnosis: ..."): in a report that calls
# itself a dictation a history heading opens there as it would open a line (the diagnosis headings: _INLINE_REVISION),
# and holds its own sentence or up to the next heading, whichever ends first (_inline_history_end: a diagnosis
# sentence said after it, on its line or below, with no heading of its own is no history). Led by the "." / ";" it
# follows, so the engine skips to those characters.
_TYPED_DICTATION_HEADING = re.compile(
    r"[.;][ \t]+(?P<name>clinical\s+(?:history|details|information|indications?)|history|indications?"
    # (and its conclusion, said so after the microscopy's last sentence: "... Microscopy shows ... No invasive
    # carcinoma. Conclusion: left breast vacuum biopsy, ... B3.": only after the microscopy said in its paragraph and
    # not on a line a history heading opens, _said_after_microscopy; a comment said so opens nothing, as before)
    r"|conclusions?)[ \t]*:(?!\d)",
    re.IGNORECASE,
)
_MID_LINE_CONCLUSION = re.compile(r"conclusions?", re.IGNORECASE)
# (the microscopy said in the paragraph before it: its heading, "Microscopy shows", "Micro: ...", or its sections or
# cores shown; not "microcalcification")
_MICROSCOPY_SAID = re.compile(r"\bmicro(?:scopy|scopic(?:al(?:ly)?)?)?\b(?!-)"
                              r"|\b(?:sections?|cores?|slides?)[ \t]+(?:shows?|reveals?|demonstrates?)\b", re.IGNORECASE)
_HISTORY_OPENED_LINE = re.compile(r"[ \t]*(?:clinical[ \t]+(?:history|details|information|indications?)|history"
                                  r"|indications?)[ \t]*:", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# (the section a heading said mid-line stands in: the last heading opening a line of its paragraph before it, a history
# one, "Clinical history:", "Background:", "Previous histology:", holding it as history, its continuation lines too,
# unless a specimen, macroscopy or microscopy line or another field's heading opens between)
_SECTION_OPENING_LINE = re.compile(
    r"^[ \t]*(?:(?P<history>(?:clinical|relevant|past|previous|medical)[ \t]+(?:history|details|information"
    r"|indications?|histology|pathology)|history|indications?|background)[ \t]*:"
    r"|(?:specimens?|macro(?:scopy|scopic)?|micro(?:scopy|scopic)?|gross)\b|[a-z][a-z \t]{0,30}:)",
    re.IGNORECASE | re.MULTILINE)
MICROSCOPY_SAID_REACH = 1200  # how far back in its paragraph a mid-line conclusion looks for the microscopy
# ("Microscopic and diagnosis left breast, core ...": one heading for both, a diagnosis heading)
_AND_DIAGNOSIS = r"\s+(?:and|&)\s+diagnosis"
# Dictated reports say their headings mid-paragraph: "... period new paragraph microscopic sections show".
_DICTATED_HEADING = re.compile(
    r"(?:(?<=\n)|(?<=[.;:])|^)[ \t]*(?P<name>final\s+diagnosis|our\s+diagnosis|diagnosis|microscopic(?:\s+description)?"
    # (said with its full stop it is _COMMA_HEADING's, "Microscopic and diagnosis. Left breast ...")
    rf"(?:{_AND_DIAGNOSIS}|(?!{_AND_DIAGNOSIS}))|"
    # (a British dictation's short headings: "clinical details ...", "macro ...", "micro ...", "conclusion ...")
    r"macro|micro|conclusions?|"
    r"gross(?:\s+description)?|clinical\s+(?:history|details)|history|comments?|specimens?|addendum|"
    r"outside\s+diagnosis)\b(?![ \t]*[.,;])"
    # (an unpunctuated dictation says its headings mid-line: "... birads 5 gross description received ...")
    r"|(?<=\s)(?P<name2>clinical\s+history|final\s+diagnosis|gross\s+description|microscopic\s+description)\b"
    r"(?![ \t]+(?:is|was|will|of|to|pending|follows?|remains?|and)\b)",
    re.IGNORECASE,
)
# a "clinical details" said after a heading's colon, in its sentence, is what that heading's text notes, no history
# heading: "final diagnosis colon clinical details noted comma left breast core biopsy with ..."
_CLINICAL_DETAILS = re.compile(r"clinical\s+details", re.IGNORECASE)
_AFTER_COLON = re.compile(r":[ \t]*\Z")
# (a blank line, then the line's start: where a paragraph opens)
_PARAGRAPH_START = re.compile(r"\n[ \t]*\n[ \t]*\Z")
# (or a line after a typed full stop: a transcript with no blank lines opens its paragraphs so, "... Dr. A. Vukovic."
# over "clinical history fifty one year old, ...")
_AFTER_SENTENCE_LINE = re.compile(r"\.[ \t]*\n[ \t]*\Z")
COLON_AFTER = re.compile(r"[ \t]*:")  # a colon next, after blanks: the word before it heads a field
_TYPED_PUNCTUATION = re.compile(r"[.,;](?=\s)")
# ... and says its microscopy and its conclusion after the sentence before them on the line, with no mark of their own
# ("Specimen right breast stereo core. Micro the cores show ... No invasion seen. Conclusion" / "right breast
# stereotactic core, atypical ductal hyperplasia ..."): only those two, after a full stop and a blank, and not as a
# sentence's subject or a word's first part ("Conclusion is deferred", "Micro-invasion is not seen")
_SAID_AFTER_SENTENCE_NAME = re.compile(r"micro|microscopic|conclusions?", re.IGNORECASE)
_SENTENCE_BEFORE_SAID = re.compile(r"[a-z0-9)]\.[ \t]+\Z")
_SAID_PROSE_AFTER = re.compile(r"[-\w]|[ \t]+(?:is|was|were|are|will|of|to|and|or|that|pending)\b", re.IGNORECASE)


def _said_after_sentence(norm: str, m: re.Match[str]) -> bool:
    """A dictated microscopy or conclusion heading said after a full stop on its line (_SAID_AFTER_SENTENCE_NAME), with
    no mark of its own (a colon's is the mid-line route's, _said_after_microscopy) and in no history section."""
    return (_SAID_AFTER_SENTENCE_NAME.fullmatch(m.group("name")) is not None
            and _SENTENCE_BEFORE_SAID.search(norm, max(0, m.start("name") - 12), m.start("name")) is not None
            and _SAID_PROSE_AFTER.match(norm, m.end("name")) is None
            and COLON_AFTER.match(norm, m.end("name")) is None
            and not _in_history_section(norm, m.start("name")))


def _in_history_section(norm: str, start: int, paragraph_start: int | None = None) -> bool:
    """Whether the heading said mid-line at ``start`` stands in a history section: the last line of its paragraph (from
    ``paragraph_start``, else found within :data:`MICROSCOPY_SAID_REACH` characters) opening a section before it
    (:data:`_SECTION_OPENING_LINE`) opens a history one."""
    low = max(0, start - MICROSCOPY_SAID_REACH)
    if paragraph_start is None:
        paragraph_start = max([low, *(b.end() for b in _PARAGRAPH_BREAK.finditer(norm, low, start))])
    opened = [m.group("history") for m in _SECTION_OPENING_LINE.finditer(norm, max(low, paragraph_start), start)]
    return bool(opened) and opened[-1] is not None


def _microscopy_marks(norm: str) -> tuple[list[int], list[int], list[int]]:
    """The starts and ends of the report's microscopy words (:data:`_MICROSCOPY_SAID`) and the ends of its paragraph
    breaks, each in order (scanned once for all the conclusions said mid-line)."""
    said = [(m.start(), m.end()) for m in _MICROSCOPY_SAID.finditer(norm)]
    return [a for a, _ in said], [b for _, b in said], [m.end() for m in _PARAGRAPH_BREAK.finditer(norm)]


def _said_after_microscopy(norm: str, start: int, marks: tuple[list[int], list[int], list[int]]) -> bool:
    """Whether a conclusion heading said mid-line at ``start`` follows the microscopy said in its paragraph (within
    :data:`MICROSCOPY_SAID_REACH` characters; ``marks``: :func:`_microscopy_marks`) on a line that no history heading
    opens."""
    line_start = norm.rfind("\n", 0, start) + 1
    if _HISTORY_OPENED_LINE.match(norm, line_start, start):
        return False
    starts, ends, breaks = marks
    at = bisect.bisect_right(breaks, start)
    paragraph_start = max(start - MICROSCOPY_SAID_REACH, breaks[at - 1] if at else 0)
    if _in_history_section(norm, start, paragraph_start):
        return False  # (a history paragraph's continuation line, "Background:", "Previous histology:")
    last = bisect.bisect_right(ends, start) - 1  # (the last microscopy word ending before the heading)
    return last >= 0 and starts[last] >= paragraph_start


_LINE_START = re.compile(r"(?:\A|\n)[ \t]*\Z")
# Dictation transcribed with typed punctuation says a heading and a comma at a sentence start:
# "Microscopic, the cores show ... Diagnosis, left breast core, ... Comment, the differential ...".
_COMMA_HEADING = re.compile(
    r"(?:^|(?<=[.;])[ \t]+|(?<=[.;]\n))[ \t]*(?P<name>final\s+diagnosis|diagnosis|microscopic(?:\s+description)?"
    # ("Microscopic and diagnosis. Left breast, core ...")
    rf"(?:{_AND_DIAGNOSIS})?|"
    # (a dictation's short forms: "clinical hx. lump ...", "micro. infiltrating ...", "final dx. left breast core ...")
    r"micro|(?:final\s+)?dx|"
    # (a British dictation's "Microscopy. A shows ...", "Conclusion. A, left breast core, ...")
    r"microscopy|conclusions?|"
    r"gross(?:\s+description)?|comments?|clinical\s+(?:history|hx))(?=[ \t]?[,.]\s)",
    re.IGNORECASE | re.MULTILINE,
)
# ... or says the diagnosis heading straight before its specimen's side: "... in B2. Diagnosis bilat
# reduction mammoplasty, fibroadenomas ...", "Final diagnosis left breast core, ..." (after a full stop
# only, _SENTENCE_END_BEFORE: a wrapped line's "diagnosis right breast ..." goes on with its sentence).
# Led by its literal, so the engine skips to it; run only on a report holding one of its words.
# (or "final diagnosis" before its part's one-letter or one-digit label and that part's side, as a dictation typed
# with full stops counts its parts: "... no invasion. final diagnosis part a left breast core ..."; not "diagnosis part
# of the work-up", nor a bare "Diagnosis part a left breast carcinoma on referral form", the referral's diagnosis)
_DIAGNOSIS_BEFORE_SIDE = re.compile(r"(?P<name>[Ff](?i:inal)\s+[Dd](?i:iagnosis)"
                                    r"(?= (?i:part [a-z0-9]):? (?i:bilat\w*|left|right)\b)"
                                    r"|(?:[Ff](?i:inal)\s+)?[Dd](?i:iagnosis)(?= (?i:bilat\w*|left|right)\b))")
_DIAGNOSIS_BEFORE_SIDE_WORDS = ("diagnosis bilat", "diagnosis left", "diagnosis right", "diagnosis part")
_SENTENCE_END_BEFORE = re.compile(r"[.;](?:[ \t]+|\n[ \t]*)$")
# Every _COMMA_HEADING match ends in one of these followed by a comma: most reports have none, and a
# substring test is ~50x cheaper than the pattern's scan (which has no literal prefix to skip on).
# (a dictated "comment comma" is written "comment ," in the same-length copy; "Final diagnosis. A comma
# right breast ..." heads with a spoken full stop)
_COMMA_HEADING_WORDS = ("diagnosis", "microscopic", "micro", "dx", "description", "gross", "comment", "comments",
                        "history", "hx", "microscopy", "conclusion", "conclusions")
_COMMA_HEADING_MARKS = (",", " ,", ".", " .")
_COMMA_HEADING_ENDS = tuple(word + mark for word in _COMMA_HEADING_WORDS for mark in _COMMA_HEADING_MARKS)
# the same test in one scan (any of _COMMA_HEADING_ENDS in the lower-cased text): cheaper than one substring test
# per word and mark
_COMMA_HEADING_END = re.compile(
    f"(?:{'|'.join(_COMMA_HEADING_WORDS)})(?:{'|'.join(map(re.escape, _COMMA_HEADING_MARKS))})")
_ORIGINAL_WORDS = re.compile(
    # ("replaced": "Version 1 diagnosis (replaced):", "... (replaced by version 2)")
    r"\b(?:original(?:ly)?|erroneous|incorrect|superseded|replaced|prev(?:ious(?:ly)?)?|prior|preliminary)\b")
_REVISED_WORDS = re.compile(r"\b(?:amended|corrected|revised|supplementary|final\s+histologic)\b")
FIELD_LINE = re.compile(r"[ \t]*[A-Za-z(](?:[^:\n]|\d:\d\d){0,70}?(?::(?!\d)|\.{3,})")
# A laboratory's result heading with a long aside in brackets before its colon ("Result (EHLS H26-0544, received
# 23/03/2026; immunohistochemistry at reference lab):") is a field of its own, ending a history field above it. The
# same names head history items too (the clinician's "Diagnosis (clinical, from the referring surgeon's letter):", an
# outside or earlier "Report (outside hospital, ... in 2019):", "Result (of the screening mammogram ...)"), so only an
# aside that shows this specimen's laboratory result counts: a laboratory number or "received"
# (_RESULT_ASIDE_EVIDENCE), no clinical, outside, earlier or imaging word and no "from" (another institution sent it:
# "received 03/01/2026 from St Luke's Hospital") (_RESULT_ASIDE_HISTORY), no finding term (a diagnosis told inside
# the aside, "frozen section on 28/02/2026 said DCIS", is another result: _names_finding), no year before the report's
# latest one
_RESULT_ASIDE_HEADING = re.compile(r"[ \t]*(?:(?:final|pathology|histology|lab(?:oratory)?)[ \t]+)?"
                                   r"(?:results?|reports?|histology|histopathology|diagnos[ie]s|conclusions?|opinion)"
                                   r"[ \t]*\((?P<aside>[^()\n]{1,120})\)[ \t]*:(?!\d)", re.IGNORECASE)
_LAB_NUMBER = re.compile(r"\b[A-Z]{1,4}(?P<yy>\d\d)-\d{3,}\b")
_RESULT_ASIDE_EVIDENCE = re.compile(_LAB_NUMBER.pattern + r"|\b(?i:received)\b")
_RESULT_ASIDE_HISTORY = re.compile(r"\b(?:clinic\w*|referr(?:ing|ed)|referral(?![ \t]+lab)|request\w*|outside|"
                                   r"external|previous(?:ly)?|prior|earlier|mammogra\w*|imaging|ultrasound|"
                                   r"radiolog\w*|mri|screening|from)\b", re.IGNORECASE)
_ASIDE_WORD = re.compile(r"[^\s,;:()\[\]\"]+")
_FINDING_PHRASE_WORDS = 8  # the most words a lexicon phrase has


def _names_finding(aside: str) -> bool:
    """Whether ``aside`` holds a finding term of the lexicon (a phrase of its words, or an abbreviation)."""
    phrases, abbreviations = lexicon.finding_terms()
    words = [w.rstrip(".") for w in _ASIDE_WORD.findall(aside)]
    if any(w in abbreviations for w in words):
        return True
    lower = [w.lower() for w in words]
    return any(" ".join(lower[i:j]) in phrases
               for i in range(len(lower)) for j in range(i + 1, min(i + _FINDING_PHRASE_WORDS, len(lower)) + 1))


def _result_aside_heading(norm: str, line: str) -> bool:
    """Whether ``line`` is a laboratory's result heading with a long aside (_RESULT_ASIDE_HEADING) on this specimen."""
    m = _RESULT_ASIDE_HEADING.match(line)
    if (m is None or not _RESULT_ASIDE_EVIDENCE.search(aside := m.group("aside")) or _RESULT_ASIDE_HISTORY.search(aside)
            or _names_finding(aside)):
        return False
    years = [int(y.group()) for y in YEAR.finditer(aside)] + [2000 + int(n.group("yy")) for n in _LAB_NUMBER.finditer(aside)]
    return not years or min(years) >= _latest_year(norm)


_BANNER = re.compile(r"^[ \t]*(?:\*{2,}|>{2,}|={2,})")
# a report version's administrative lines under its heading ("Accession: CH-SP-26-3305", "Date signed: ...")
_ADMIN_LINES = re.compile(r"^[ \t]*(?:accession|acc|case|lab|report|specimen\s+(?:no|number|id)|mrn|"
                          r"date|collected|received|signed|verified|status)\b[^:\n]{0,30}:[^\n]*$",
                          re.IGNORECASE | re.MULTILINE)
_BANNER_CLOSE = re.compile(r"(?:<{2,}|\*{2,}|={2,})" + _BANNER_DATE + r"[ \t]*$", re.MULTILINE)
_FRAMED_HEADING = re.compile(r"diagnos|supersed|original|previous", re.IGNORECASE)
# an amendment banner dated in its own frame heads the note below it ("*** AMENDMENT - 08/04/2026 ***", "*** PINDAAN
# [AMENDMENT] - 08/04/2026 ***"); an undated one ("*** AMENDED REPORT ***") is the document's title
_DATED_AMENDMENT_BANNER = re.compile(r"\b(?:amendment|correction|pindaan)(?:[ \t]*\[[^\]\n]{1,30}\])?[ \t]*[-–][ \t]*"
                                     r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[ \t]*(?:\*{2,}|<{2,}|={2,})[ \t]*$",
                                     re.IGNORECASE | re.MULTILINE)


# a form's result box, its name given in two languages or not ("RESULT / RÉSULTAT", "Results", "Histology result"),
# or a patient app's, portal's or patient-held booklet's ("MY RESULTS", "Your test results", "PAGE 6 - MY RESULTS"):
# the results released to the patient
_RESULT_SECTION = re.compile(r"(?:page\s+\d{1,3}\s*[-–]\s*)?(?:(?:my|your)\s+)?"
                             r"(?:(?:histo(?:patho)?logy|pathology|laboratory|test)\s+)?results?"
                             r"(?:\s*/\s*r[ée]sultats?)?")
# an indication heading's second name after its slash or dash: the result the indication rests on (_role)
_INDICATION_RESULT = re.compile(r"[ \t]*(?:/|-{1,3})[ \t]*(?:histology|histopathology|pathology)\b"
                                r"(?![ \t]*(?:request|form))")


# a form's section for the pathology of the operated specimen ("SECTION C - PATHOLOGY OF OPERATED BREAST",
# "PATHOLOGY AT DEFINITIVE SURGERY", "SECTION D - OTHER BREAST FINDINGS"): the laboratory's findings, not the history
# a section of unknown name is read as. The specimen must be named as operated or as the breast, so "Pathology from
# outside hospital", "Pathology on core biopsy" or "Pathology of prior breast cancer" stay history; a bare "Findings"
# or a "clinical" or "radiological findings" section stays history too.
_SPECIMEN_PATHOLOGY = re.compile(r"(?:histo)?patholog(?:y|ical)\s+(?:of|at|from|on)\s+(?:the\s+)?"
                                 r"(?:operated|operative|surgical|surgery|definitive|resect\w*|excis\w*|mastectomy|"
                                 r"specimen|breast)\b[^()]*"
                                 r"|other\s+(?:breast\s+)?findings|(?:breast|patholog\w*|specimen)\s+findings")


# An outgoing form: the laboratory sends its own case out ("OUTGOING CONSULTATION SHIPMENT FORM"), named so in the
# document's own title, its first non-empty line (an incoming review quoting "a copy of Eastfield's outgoing
# consultation form" is the referrer's form, not ours)
_OUTGOING_FORM = re.compile(r"(?:[^\n]{0,40}[ \t])?outgoing[ \t]+consult", re.IGNORECASE)
_LEADING_SPACE = re.compile(r"\s*")
# A year the report prints ("2015", "03/05/2019"; not a part of a longer number such as an accession): the dating rules
# here and in nlp.resolution compare a year with the report's own
# A referring heading's aside that says the diagnosis is this laboratory's own: on an outgoing consultation or send-out
# form we are the referrer ("Referring diagnosis (ours, final 02/14/2026):", "(ours, signed 05/02/2026)", "(ours)").
# Only that positive form: "(outside)", "(not ours)", "(ours to confirm)", "(our own reading differs)", "(our final
# review is below)" or "(ours, original 2019 core)" (our own earlier diagnosis: history) stay outside; and only on an
# outgoing consultation form, dated no earlier than the years the form prints (_ours_today)
_OURS_QUALIFIER = re.compile(r"[ \t]*\([ \t]*(?:ours|our\s+own|this\s+laboratory['’]?s?)[ \t]*"
                             r"(?:,[ \t]*(?:(?:final|signed)(?:[ \t]+(?:on[ \t]+)?(?=\d))?[ \t]*)?"
                             r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d)?[ \t]*)?\)")
_REFERRING_DIAGNOSIS = re.compile(r"(?:referring|referral)\s+(?:diagnos|dx)")


def _outgoing_form(norm: str) -> bool:
    """The report is an outgoing consultation form: its first non-blank line names it (_OUTGOING_FORM)."""
    return _OUTGOING_FORM.match(norm, _LEADING_SPACE.match(norm).end()) is not None


# (keyed on the whole text, a few recent reports held: _field_end asks once per line of a history field, through
# _result_aside_heading, and a scan of the whole report per line would be quadratic)
@lru_cache(maxsize=32)
def _latest_year(norm: str) -> int:
    """The latest year the report prints (YEAR), or 0 where it prints none."""
    return max((int(y.group()) for y in YEAR.finditer(norm)), default=0)


def _ours_today(qual: str, outgoing: bool, latest_year: int) -> bool:
    """A referring diagnosis marked as ours (_OURS_QUALIFIER) is this report's own only on an outgoing consultation
    form (``outgoing``: :func:`_outgoing_form`) and, dated, where the report prints no year later than its own
    (``latest_year``: :func:`_latest_year`; "(ours, 03/05/2019)" on a form asking about the 2026 excision is our own
    earlier diagnosis, history)."""
    m = _OURS_QUALIFIER.fullmatch(qual.rstrip())
    if m is None or not outgoing:
        return False
    date = m.group("date")
    if not date:
        return True
    year = YEAR.search(date)
    own = int(year.group()) if year else 2000 + int(date[-2:])
    return own >= latest_year


# a heading's qualifier that says its result is reprinted as first sent: ", as originally notified"
# (with the comma a translation sets it off by; "DIAGNOSIS AS FIRST ISSUED" alone is read as before)
_AS_FIRST_SENT_QUAL = re.compile(r",[ \t]*as\s+(?:originally|first|previously|initially)\s+")
# a heading's qualifier that is only a specimen's number in brackets: "Cytology (1):"
_SPECIMEN_NUMBER_QUAL = re.compile(r"[ \t]*\((\d{1,2})\)[ \t]*")
# What makes a numbered "Histology (2):" a diagnosis, not a description (_numbered_description): its text opening with
# the specimen's site and side as a label ("Right breast core: invasive ductal carcinoma ... B5b.", "L FNA - ..."), or
# a B category in it (a C category is part of a cytology description: "Cyst macrophages ... C2.")
_SPECIMEN_LABEL_OPENING = re.compile(r"[ \t]*\n?[ \t]*([^\n.:;]{0,80})(?::|[ \t][-\u2013][ \t])")
_LABEL_SIDE = re.compile(r"\b(?:left|right|lt|rt|l|r)\b", re.IGNORECASE)
_B_CATEGORY = re.compile(r"\bB[1-5][abc]?\b")


# A version heading's own status, written as its aside's whole content ("(replaced)", "(superseded by V2)", "(replaced by
# version 2)", a later version named) or as a dash tail ("- RETRACTED ----"); not an aside that tells what the version
# itself replaces or withdraws ("(v1 superseded - HER2 result added)", "(DCIS withdrawn)", "(this report replaced the
# preliminary report of ...)", "(replaces version 1, which is withdrawn)")
_VERSION_OWN_STATUS = re.compile(
    r"\([ \t]*(?:replaced|superseded|retracted|withdrawn|entered[ \t]+in[ \t]+error)"
    r"(?:[ \t]+by[ \t]+(?:version|v)[ \t]*(?P<by>\d{1,2}))?[ \t]*\)"
    r"|(?<![\w–—-])[-–—]{1,8}[ \t]*(?:replaced|superseded|retracted|withdrawn)[-–—: \t]*$")


def _dropped_version_status(qual: str, number: int) -> bool:
    """True when ``qual``, the lower-cased qualifier of version ``number``'s heading, gives that version's own status as
    dropped (_VERSION_OWN_STATUS; replaced "by" a later version only)."""
    if not VERSION_DROPPED.search(qual):
        return False
    return any(m.group("by") is None or int(m.group("by")) > number for m in _VERSION_OWN_STATUS.finditer(qual))


# A medical form's section named for the reports it holds (_role)
_RESULTS_HELD_NAMES = frozenset({"investigations", "relevant investigations", "documents"})


@lru_cache(maxsize=4096)  # a few hundred heading spellings recur across thousands of reports
def _role(name: str, qual: str, after_revision_context: bool) -> str | None:
    """The role of a heading, or None when the line is not a section heading (a banner, a title)."""
    n = re.sub(r"\s+\d+$", "", " ".join(name.lower().split()))  # "addendum 2"
    if "(" in n:  # "clinical (pre-treatment) diagnosis"
        n = " ".join(re.sub(r"\([^)]*\)", " ", n).split())
    if _OWN_ACCOUNT_NAME.match(n):
        return HISTORY
    if n == _QUESTION:
        return None
    if n == _CURRENT_QUESTION:
        return BODY
    if n == _CONSENT_FIELD_HEADING:
        return COMMENT
    if _STAFF_USE.match(n):
        return COMMENT
    words = n.split()
    for k in (3, 2, 1):  # a translated report's own heading ("DIAGNOSI", "NOTIZIE CLINICHE", "ADENDO AO LAUDO")
        tail = " ".join(words[-k:])
        if tail in _FOREIGN_NAMES:
            n = " ".join([*words[:-k], _FOREIGN_NAMES[tail]])
            break
    q = qual.lower()
    if re.fullmatch(r"v(?:ersion)?\d*", n):  # a version list's header line or a version history's row
        # (_VERSION_LINE): its status says whether it was dropped
        return ORIGINAL if VERSION_DROPPED.search(q) else BODY
    own = re.match(r"v(?:ersion)?\s*(\d{1,2})\s", n)
    if own and _dropped_version_status(q, int(own.group(1))):
        # a version's own heading, its status after it: "v1 FINAL DIAGNOSIS (2026-02-26) - RETRACTED", "Version 1 FINAL
        # DIAGNOSIS (01/23/2026) (replaced by version 2)": the dropped version, as first issued
        return ORIGINAL
    if re.search(r"\b(?:medical\s+necessity|justification)\b", n):
        return COMMENT  # a request form's argument for the treatment it asks for ("MEDICAL NECESSITY STATEMENT")
    if re.search(r"pre-?\s?(?:treatment|neoadjuvant)", q):
        return HISTORY  # "Histologic Type (pre-treatment biopsy):" describes the biopsy before treatment
    if _ADJUDICATION_VERDICT.fullmatch(n):
        return COMMENT  # a disability listing weighed ("LISTINGS: 13.10B met - carcinoma ..."): a verdict, no finding
    if _ADJUDICATION_HISTORY.fullmatch(n):
        return HISTORY  # ("RECORDS REVIEWED": a list of the documents read, no review diagnosis)
    if (n in ("a/p", "outcome", "discussion", "cause of death", "manner of death")
            or re.match(r"assessment\s*(?:and|&|/)\s*plan|mdt\s+outcome|" + _BOARD_DECISION, n)):
        return COMMENT
    if _AS_FIRST_SENT_QUAL.match(q) and re.search(r"diagnos|\bdx\b|histolog|patholog|conclusion", n):
        # a result reprinted as it was first sent ("Histology, as originally notified:", "Pathology, as initially
        # presented"): the diagnosis as first issued
        return ORIGINAL
    if n == "supplemental report":
        # a laboratory system's "SUPPLEMENTAL REPORT (signed ...):" adds to the report as an addendum does (its stain
        # results, a "Final diagnosis:" that settles what was left to come)
        return ADDENDUM
    if n in ("cytology", "histology") and _SPECIMEN_NUMBER_QUAL.fullmatch(q):
        # a combined report's description of one specimen by its method ("Cytology (1):", "Histology (2):"): the
        # "Opinion:" below it diagnoses the specimens
        return MICROSCOPIC
    if n in ("histology", "histopathology", "final histology", "final histopathology", "tumor", "tumour"):
        # an MDT record's "Histology (H26/00921):", a synoptic block "TUMOR", a surgeon's logbook "Final histology ...."
        return DIAGNOSIS
    if re.fullmatch(r"(?:(?:supporting|attached|enclosed)\s+|specimens?\s*(?:/|and|&)\s*)?(?:histology|histopathology|pathology)",
                    n):
        # a form's section carrying the biopsy result it rests on ("SUPPORTING HISTOLOGY", "SPECIMEN / PATHOLOGY")
        return DIAGNOSIS
    if _RESULT_SECTION.fullmatch(n):
        # a request-and-result form's box the laboratory fills ("SECTION 5 - RESULT / RÉSULTAT"): its report, the
        # macroscopy, microscopy and diagnosis fields in it headings of their own
        return DIAGNOSIS
    if n in ("indication", "indications") and _INDICATION_RESULT.match(q):
        # a pre-operative record's indication box holding the result copied in ("INDICATION / HISTOLOGY (copied
        # from ICE results ...):", "Indication / pathology (from EHR ...):"): the copied result, not the history
        return DIAGNOSIS
    if re.match(r"translator['’]?s?\s+notes?\b", n):
        return COMMENT  # "Translator's note:" explains a word of the translation; it diagnoses nothing
    if re.match(r"(?:reviewer|reviewing\s+pathologist|expert)['’]?s?\s+(?:notes?|comments?)\b", n):
        return COMMENT  # "Reviewer's comments:" (the reviewer's own diagnosis is a diagnosis)
    if (re.search(r"\b(?:rendered|made|issued)\s+(?:at|by)\b|\bcontribut\w*|"
                  r"\b(?:submitting|referring|sending)\s+(?:lab|laborator|institution|hospital|patholog)", n + " " + q)
            and re.search(r"diagnos|\bdx\b|report|interpretation", n)):
        return OUTSIDE  # "Diagnosis rendered at Tidewater Community Hospital:", "Diagnosis of contributing laboratory"
    if n == "summary" and re.match(r"\s*of\s+(?:the\s+)?(?:submitting|referring|sending|outside)\s+report\b", q):
        return OUTSIDE  # "Summary of submitting report (Castleford Diagnostics):"
    if n.startswith("end of"):
        return BODY
    if n in _RESULTS_HELD_NAMES:
        # a medical form's section holding the reports supplied ("SECTION 3 - INVESTIGATIONS", "SECTION 2 - DOCUMENTS",
        # "Section B - Relevant investigations (quoted from the histology report ...)"):
        # the histology quoted there is the current result, not the history an unknown heading would default to
        return BODY
    if n.startswith("trainee"):
        return ORIGINAL  # a trainee's reading, replaced by the consultant's final diagnosis
    if re.match(r"agreement|learning|teaching|curriculum|reflection|supervisor|audit", n):
        return COMMENT  # an e-portfolio's fields on the case: how the trainee did, what was learnt, its topic
    if n in ("prior", "prior bx", "prior biopsy", "prior biopsies"):
        return HISTORY  # ("Prior: L - DCIS 2018": the patient's earlier results, not an earlier issue of this report)
    if n.startswith(("previously reported", "rappel")) or n in ("previous", "original", "superseded", "previous version",
                                                                 "prior version", "original version"):
        return ORIGINAL  # ("Rappel du compte rendu initial": a French supplement's recall of the first conclusion)
    head = n.split()[-1]
    if n == "current report":
        return REVISION  # ("Current report:" below "Previous (superseded):": the version that replaces it)
    if head == "report" and re.search(r"\b(?:superseded|original|previous|withdrawn|replaced\s+by)\b", q):
        return ORIGINAL  # "REPORT OF 01/23/2026 (SUPERSEDED)"
    if n in ("report", "surgical pathology report", "pathology report") or (head == "report" and not re.search(
            r"original|previous|outside|referring|supplement|corrected|amended|final|frozen|intra-?\s?operative", n)):
        return None
    if _REFERRING_DIAGNOSIS.match(n) and _OURS_QUALIFIER.fullmatch(q.rstrip()):
        return DIAGNOSIS  # an outgoing consultation's "Referring diagnosis (ours, final 02/14/2026):" is our own
    if re.match(r"(?:outside|referring|referral)\s+(?:\([^)]*\)\s+)?(?:diagnos|dx|report|interpretation)"
                r"|(?:local|site-?\s?reported|site)\s+(?:surgical\s+)?(?:patholog|diagnos|dx|report)", n):
        return OUTSIDE  # (a trial's central review: the participating site's "LOCAL PATHOLOGY (as submitted):")
    if re.search(r"\bpre-?\s?(?:treatment|neoadjuvant|therapy)\s+(?:diagnos|dx)", n):
        return HISTORY  # "Clinical pre-treatment diagnosis (...):" is the diagnosis before the treatment
    if re.match(r"(?:pre-?\s?(?:treatment|tx\b)|baseline|pre-?\s?op|post-?\s?op|"
                r"clinical\s+(?:diagnos|dx|impression|differential|summary)|"
                r"(?:diagnos\w*|icd\S*)(?:\s+diagnos\w*)?\s+codes?|background|"
                r"treatment\s+history|(?:previous|prior)\s+(?:histology|histopathology)|"
                + _PREVIOUS_ENTRY_WORDS + r"|"
                r"(?:previous|prior|earlier)\s+(?:breast\s+)?(?:cancer|carcinoma|malignancy)|"
                + _PREVIOUS_DISEASES_WORDS + r")", n):
        return HISTORY
    if re.search(r"dataset|histological\s+data|synoptic", n) or _SPECIMEN_PATHOLOGY.fullmatch(n):
        return DIAGNOSIS
    if re.match(r"intra-?\s?operative|frozen|extemporaneous", n):
        return INTRAOPERATIVE  # "Frozen section diagnosis", "Intraoperative rapid diagnosis": replaced by the final one
    if re.search(r"diagnos|\bdx\b|conclusion|opinion|interpretation|impression|summary|review|heading|"
                 r"histologic|differential|report", n):
        # ("Histologic type:" is a field; "Pathohistological conclusion:" a diagnosis heading)
        if n in ("review", "interpretation") or (re.search(r"histologic", n) and "final" not in n
                                                  and not n.endswith(("conclusion", "diagnosis"))):
            return MICROSCOPIC if n == "review" else None
        if n == "specimen summary":
            return BODY
        # ("DIAGNÓSTICO (Diagnosis) - replaces the original:" is the revision, not the original)
        replaces = ("replac" in q or "supersed" in q) and bool(re.search(r"\b(?:replac|supersed)(?:es|ing)\b", q))
        # (a short version heading is dropped by its own status only, above: "V2 FINAL DIAGNOSIS (...) (v1 superseded -
        # HER2 result added)" is the current version)
        short_version = own is not None and not n.startswith("version")
        if (_ORIGINAL_WORDS.search(n) or not short_version and _ORIGINAL_WORDS.search(q)) and not replaces:
            if not _REVISED_WORDS.search(n) and "corrected" not in q and "amended" not in q:
                return ORIGINAL
        if _REVISED_WORDS.search(n) or replaces or re.search(r"\b(?:corrected|amended|revised)\b", q):
            return REVISION
        if after_revision_context and re.search(r"\bfinal\b", n):
            return REVISION
        return DIAGNOSIS
    if head in ("addendum", "addenda") or "supplement" in n:
        return ADDENDUM
    if re.search(r"amend(?:ment)?\b|correction|corrected|revision|reason$|reason\s+for\s+(?:amendment|correction|revision)", n):
        return AMENDMENT
    if n.startswith(("gross", "macro", "external exam", "internal exam")):
        return GROSS
    if n.startswith("micro"):  # "Micro:", "Microscopy:", "Microscopic description:"
        return MICROSCOPIC
    if re.match(r"comments?|notes?|recommend|(?:follow-?\s?up\s+)?plan|requested\s+service|"
                r"(?:radiologic-pathologic\s+|rad-path\s+)?correlation|concordance|eligibility|" + _NOTE_NARRATIVE, n):
        return COMMENT
    if re.match(r"intra-?\s?operative|frozen|extemporaneous", n):
        return INTRAOPERATIVE
    return HISTORY


# ----------------------------------------------------------------------------------- parts
_PART = re.compile(
    r"^[ \t]*(?:(?:part|specimen|spec\.?)(?:\s*#\s*|\s+)(?P<a>[A-Z]|\d{1,2})\b\s*[:.)\-]?"
    # ("2- MEME, TRU-CUT": a numbered part; "[1] FNAC - Right axilla": a bracketed one)
    r"|\(?(?P<b>[A-Z]|\d{1,2})\s*(?:[.):]|\s-|(?<=\d)-)(?=\s)|\[(?P<c>[A-Z]|\d{1,2})\](?=[ \t])"
    # (the first part of a list that starts on its "Specimen:" field line and goes on one part a line below it:
    # "Specimen : A) Mastectomy, right" / "  B) Core, left"; a list written whole on the line stays its value)
    r"|specimens?(?:\s*\(s\))?[ \t]*:[ \t:]*\(?(?P<d>[A-Z]|\d{1,2})[.)](?=[ \t])"
    r"(?![^\n]*?[ \t]\(?(?:(?-i:[A-Z])|\d{1,2})[.)][ \t])(?=[^\n]*\n[ \t]*\(?(?:(?-i:[A-Z])|\d{1,2})[.)][ \t])"
    # (a part's diagnosis named by its label, opening its line below the specimen lines: "Specimen A: Right breast, wide
    # local excision." then "Diagnosis A: mucinous carcinoma"; the part's side comes from its specimen line, _parts)
    r"|diagnosis[ \t]+(?P<e>(?-i:[A-Z])|\d{1,2})[ \t]*:(?=[ \t]))",
    re.IGNORECASE | re.MULTILINE,
)
_NODAL = re.compile(
    r"\b(?:lymph\s*nodes?|nodes?|nodal|sentinel|sln|ln|axilla|axillary(?!\s+tail)|level\s+i{1,3}\b|supraclavicular|"
    # (French "ganglion" / "ganglionnaire": "Métastase ganglionnaire d'un carcinome" is a node's metastasis)
    r"ganglion(?:naire)?s?\b)",
    re.IGNORECASE,
)
# The first site word of a descriptor decides its site (see module docstring).
_SITE_WORD = re.compile(
    r"\b(?P<skin>skin|piel|dermpath|dermatopathology|epidermis|punch)\b"  # (Spanish "piel de mama": skin)
    r"|\b(?P<node>lymph\s*nodes?|nodes?|sentinel|slns?|lns?|axilla|axillary(?!\s+tail)|supraclavicular|"
    r"infraclavicular|axillary\s+(?:contents|clearance|dissection)|kainalo\w*|\w*imusolmuk\w*|"
    # Danish / Norwegian / Swedish node and axilla words ("lymfeknude, højre aksil", "lymfkörtel")
    r"lymfekn[uy]d\w*|lymfeknut\w*|lymfk[öo]rt\w*|aksil\w*|axillen|axill|"
    # Spanish / Portuguese / Italian node words ("ganglio centinela", "gânglio sentinela", "linfonodo")
    r"g[aâ]nglios?|linfonod[oi]s?|"
    # Malay lymph node and armpit words ("NODUS LIMFA KETIAK KIRI": a left axillary node); "ekor ketiak" is the
    # breast's axillary tail (breast words below), and "payudara" (breast) named first makes the line a breast's
    r"nodus\s+limfa|(?<!ekor\s)ketiak)\b"
    # French node words ("Ganglion axillaire gauche", "métastase ganglionnaire": a node, its metastasis): a node's
    # only where its descriptor names no breast as well (_french_node_site)
    r"|\b(?P<fr_node>ganglions?|ganglionnaires?)\b"
    r"|\b(?P<organ>thyroid|lung|pleura|pleural|colon|sigmoid|rectum|stomach|gastric|liver|bone|ovary|ovarian|uterus|"
    r"endometri\w*|cervix|kidney|brain|forearm|arm|back|leg|thigh|scalp|face|neck|shoulder|hand|foot|abdomen|"
    r"abdominal|peritone\w*|pancrea\w*|oesophag\w*|esophag\w*|duoden\w*|bladder|prostate|colorectal|pulmonary|"
    # the bones a metastasis is fixed or sampled in ("Right femur, intramedullary reamings", "T10 vertebral body")
    r"femur|femoral|humer(?:us|al)|tibia[l]?|vertebra[el]?|spine|sacrum|sacral|pelvis|pelvic|iliac|acetabul(?:um|ar)|skull|"
    # (and the chest wall's own bones, sampled under the breast: "Left 5th rib and overlying chest wall soft tissue")
    r"ribs?|sternum|sternal|clavic(?:le|ular)|"
    # (a salivary gland, sampled for the lymphoma a breast's may recur: "Right parotid gland, superficial parotidectomy")
    r"parotid|parotidectomy|submandibular|salivary|"
    # Spanish / Portuguese / Italian / French organ words ("Pulmón derecho, resección en cuña", "fígado", "poumon")
    r"pulm[oó]n|pulm[aã]o|pulmonar|polmone|poumon|h[ií]gado|f[ií]gado|fegato|foie|tiroides|tire[oó]ide|tiroide|"
    r"ovario|ov[aá]rio|ovaire|hueso|est[oóô]mago|stomaco|estomac|"
    # (a rhabdomyosarcoma's or a sarcoma's own common sites: "Right orbit, biopsy: Embryonal rhabdomyosarcoma")
    r"orbit|orbital|nasal\s+cavity|nasopharyn\w*|paratesticular|testis|testes|testicular|spermatic\s+cord|vagina|vaginal)\b"
    # French gynaecological organs and their operations, whose "adénofibrome" is the Müllerian tumour, no breast's:
    # "Utérus: adénofibrome de l'endomètre", "Pièce d'annexectomie droite: adénofibrome séreux"; only the French
    # words ("utérine", never English "uterine"), and another organ's only where the descriptor names no breast too
    # (_gynaecological_site: "Annexectomie bilatérale et mastectomie gauche prophylactiques" is a breast's)
    r"|\b(?P<gyn>ut[ée]rus|utérine?s?|endom[èe]tre|annexectomies?|hyst[ée]rectomies?)\b"
    r"|\b(?P<breast>breasts?|br|brst|mammae?|mammary\s+glands?|seins?|br[öø]st|rinta|rinnan|rinnassa|rinnasta|rintaa|nipple|areola|mamelons?|(?:rechter|linker)?(?:tepels?|borst)|retroareolar|subareolar|periareolar|mastectom(?:y|ies)|lumpectom(?:y|ies)|"
    r"mastect|lumpect|mammoplasty|mammaplasty|wle|quadrant|uoq|uiq|loq|liq|microdochectomy|duct\s+excision|implant|capsule|"
    r"capsulectomy|axillary\s+tail|inframammary|o['’`]?\s?clock|\d{1,2}:00|"
    # Spanish / Portuguese breast words and procedures ("mama izquierda", "cuadrantectomía", "mastectomía"),
    # French ones ("mastectomie gauche", "tumorectomie", "zonectomie")
    r"mamas?|cuadrantectom[ií]a|quadrantectom(?:[ií]a|ie)|tumorectom(?:[ií]a|ie)|mastectom(?:[ií]a|ie)|zonectomie|"
    # Malay breast words ("Payudara kanan, ekor ketiak": the right breast's axillary tail)
    r"payudara|ekor\s+ketiak)\b",
    re.IGNORECASE,
)
# Skin of the breast or nipple stays breast skin; skin elsewhere on the body is another organ.
_SKIN_ELSEWHERE = re.compile(
    r"\b(?:forearm|arm|back|leg|thigh|scalp|face|neck|shoulder|hand|foot|abdomen|cheek|nose|ear|lip|chest\s+wall)\b",
    re.IGNORECASE,
)
_SKIN_OF_BREAST_PARENCHYMA = re.compile(r"\b(?:parenchyma|breast\s+tissue|nipple|areola)\b", re.IGNORECASE)


# A descriptor's words up to the colon that ends it or its line's end ("Curage ganglionnaire et mastectomie gauche:"),
# across a semicolon inside it: "Ganglion sentinelle droit; tumorectomie droite:" names the breast's operation too
_DESCRIPTOR_REST = re.compile(r"[^:\n]*")


# French breast words and breast operations that _SITE_WORD's breast list lacks, which name the breast beside the
# nodes in such a descriptor ("Ganglions axillaires et mammectomie droite", "Ganglion sentinelle et glande mammaire
# gauche", "... et exérèse de lésion mammaire gauche", "... et pièce opératoire gauche", "... et recoupe du lit tumoral
# gauche": review pfinal3). "mammaire" names the breast only after a noun of its tissue or its excision: a node's
# "métastase d'un carcinome d'origine mammaire" or the "chaîne mammaire interne" is no breast specimen; and a lung's
# segmentectomy is no breast's.
_FRENCH_BREAST_EVIDENCE = re.compile(
    r"\b(?:mammectomies?|(?:glandes?|tissus?|l[ée]sions?|parenchymes?|ex[ée]r[èe]ses?)[ \t]+mammaires?|"
    r"pyramidectomies?|quadrantectomies?|zonectomies?|"
    r"tumorectomies?|segmentectomies?(?![ \t]+(?:pulmonaires?|h[ée]patiques?)\b)|pi[èe]ces?[ \t]+op[ée]ratoires?|"
    r"recoupes?|lit[ \t]+tumoral)\b",
    re.IGNORECASE)


def _french_node_site(descriptor: str, after: int) -> str:
    """The site of a descriptor whose first site word is a French node word, ending at ``after``: a node's, unless
    the descriptor names the breast's operation or the breast as well ("Curage ganglionnaire et mastectomie gauche",
    "ganglion sentinelle gauche et tumorectomie gauche", "ganglions axillaires et mammectomie droite": the breast
    specimen with its nodes), in _SITE_WORD's breast words or the French ones it lacks (_FRENCH_BREAST_EVIDENCE)."""
    return BREAST if _names_breast_after(descriptor, after) else LYMPH_NODE


def _names_breast_after(descriptor: str, after: int) -> bool:
    """True when the descriptor names the breast or its operation after ``after``, before its colon (_SITE_WORD's
    breast words or the French ones it lacks, _FRENCH_BREAST_EVIDENCE)."""
    end = _DESCRIPTOR_REST.match(descriptor, after).end()  # (a run of any length, none too: it always matches)
    return _names_breast_in(descriptor, after, end)


def names_breast(text: str) -> bool:
    """True when ``text`` (a line or a part of one) names the breast or its operation anywhere in it (_SITE_WORD's
    breast words or the French ones it lacks, _FRENCH_BREAST_EVIDENCE)."""
    return _names_breast_in(text, 0, len(text))


def _names_breast_in(text: str, lo: int, hi: int) -> bool:
    """True when ``text[lo:hi]`` (searched in place) holds one of _SITE_WORD's breast words or a French one it lacks
    (_FRENCH_BREAST_EVIDENCE)."""
    return (any(w.group("breast") for w in _SITE_WORD.finditer(text, lo, hi))
            or _FRENCH_BREAST_EVIDENCE.search(text, lo, hi) is not None)


# a typed transcript's heading whose colon was said aloud, at the descriptor's start, "colon" then a comma: "Diagnosis
# colon, left breast, core: fibroadenoma", "DIAGNOSIS COLON, RIGHT BREAST, STEREOTACTIC CORE: ..." (as the history
# heading's "Clinical history colon," in context._PRE_HIST); "Diagnosis colon: adenocarcinoma", "Diagnosis colon
# biopsy" stay the organ
_SPOKEN_HEADING_COLON = re.compile(
    r"[ \t]*(?:(?:final|pathological|pathologic)[ \t]+)?(?:diagnosis|specimen)[ \t]+colon(?=[ \t]*,)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def site_of(descriptor: str) -> str:
    """The site a specimen descriptor names: ``breast``, ``skin``, ``lymph_node``, ``other_organ``
    or ``unknown`` (no site word)."""
    m = _SITE_WORD.search(descriptor)
    if m is not None and m.group("organ") and (h := _SPOKEN_HEADING_COLON.match(descriptor)) is not None and h.end() == m.end():
        m = _SITE_WORD.search(descriptor, m.end())  # (the heading's colon said aloud: the next site word decides)
    if m is None:
        return UNKNOWN
    if m.group("skin"):
        if _SKIN_ELSEWHERE.search(descriptor):
            return OTHER_ORGAN
        return BREAST if _SKIN_OF_BREAST_PARENCHYMA.search(descriptor) else SKIN
    if m.group("node"):
        return LYMPH_NODE
    if m.group("fr_node"):
        return _french_node_site(descriptor, m.end())
    if m.group("organ"):
        return OTHER_ORGAN
    if m.group("gyn"):
        return _gynaecological_site(descriptor, m.end())
    return BREAST


# Where a match of _SITE_WORD can reach: its words take letters, digits, blanks, an apostrophe ("o'clock") and a
# ":" after a digit ("10:00") only, so a search at a position before any other character (a barrier) looks at
# nothing past it: the same found in a slice that ends after the barrier as in the whole report.
_SITE_WORD_BARRIER = re.compile(r"[^\w\s'’`:]|(?<!\d):")
# (the one look-behind in _SITE_WORD, "ekor ketiak": reaching before a slice's start it could see what the slice lacks)
_SITE_WORD_LOOK_BEHIND = re.compile(r"ekor\s", re.IGNORECASE)
SITE_WORD_LOOK_BEHIND_CHARS = 5
SITE_IN_COPY_CHARS = 256  # (site_in: a descriptor up to this long is read as a copy, by site_of)
_WORD_CHAR = re.compile(r"\w")  # (what ``\b`` at a slice's start asks of the character before it)


@lru_cache(maxsize=8)
def _site_word_index(norm: str) -> tuple[list[int], list[re.Match[str]], list[int]]:
    """The report's _SITE_WORD matches (their starts, the matches) and its barriers' positions, listed once a report
    (:func:`site_in`)."""
    found = list(_SITE_WORD.finditer(norm))
    return [m.start() for m in found], found, [m.start() for m in _SITE_WORD_BARRIER.finditer(norm)]


def _first_site_word(norm: str, at: int, hi: int) -> re.Match[str] | None:
    """``_SITE_WORD.search(norm, at, hi)``, read off the report's own lists (:func:`_site_word_index`) by bisection,
    as each mention asks it of its descriptor, which in a long unit without full stops grows with the report.
    Up to the last barrier before ``hi`` a search finds what the report's own scan found (no match reaches past a
    barrier, so ``hi`` changes nothing there; the report's scan tried each position between its matches and found
    none); inside a listed match (``at`` in its middle) it scans that stretch itself, up to the next barrier; after
    the last barrier it scans the slice's own tail."""
    starts, found, barriers = _site_word_index(norm)
    k = bisect.bisect_left(barriers, hi) - 1
    body_end = barriers[k] if k >= 0 else -1  # (a match starting up to here is the whole report's, as listed)
    if at <= body_end:
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and starts[i] < at < found[i].end():
            # (a match holds no barrier, so this one ends before body_end and a barrier follows it there)
            stop = barriers[bisect.bisect_left(barriers, found[i].end() - 1)]
            m = _SITE_WORD.search(norm, at, stop + 1)
            if m is not None:
                return m
            at = stop + 1
        j = bisect.bisect_left(starts, at)
        if j < len(starts) and starts[j] <= body_end:
            return found[j]
        at = max(at, body_end + 1)
    return _SITE_WORD.search(norm, at, hi)


def site_in(norm: str, lo: int, hi: int) -> str:
    """``site_of(norm[lo:hi])``, searched in place: a descriptor of a long unit without full stops grows with each
    mention, and a search of each copy for its first site word is quadratic in the unit (:func:`_first_site_word`).
    A search from ``lo`` in the report looks behind ``lo`` where a slice sees its start (``\\b``, "ekor ketiak"):
    where that could differ, and where the first site word is one whose reading scans the whole descriptor again
    (skin, a French node or gynaecological word), the copy is read as before; so is a short one (an ordinary report's
    descriptor: its report's lists are then never made)."""
    if hi - lo <= SITE_IN_COPY_CHARS or lo > 0 and (
            _WORD_CHAR.match(norm, lo - 1) is not None or _SITE_WORD_LOOK_BEHIND.search(
                norm, max(0, lo - SITE_WORD_LOOK_BEHIND_CHARS), lo + SITE_WORD_LOOK_BEHIND_CHARS - 1) is not None):
        return site_of(norm[lo:hi])
    m = _first_site_word(norm, lo, hi)
    if m is not None and m.group("organ") and (h := _SPOKEN_HEADING_COLON.match(norm, lo, hi)) is not None \
            and h.end() == m.end():
        m = _first_site_word(norm, m.end(), hi)  # (the heading's colon said aloud: the next site word decides)
    if m is None:
        return UNKNOWN
    if m.group("node"):
        return LYMPH_NODE
    if m.group("organ"):
        return OTHER_ORGAN
    if m.group("breast"):
        return BREAST
    return site_of(norm[lo:hi])


def _gynaecological_site(descriptor: str, end: int) -> str:
    """The site of a descriptor that names a French gynaecological organ or operation first (ending at ``end``):
    the breast's where the descriptor names the breast or its operation too ("Hystérectomie et mastectomie droite",
    "Annexectomie bilatérale et mastectomie gauche prophylactiques": the breast specimen of a combined operation is
    the one a breast finding is in), another organ's otherwise."""
    return BREAST if _names_breast_after(descriptor, end) else OTHER_ORGAN


# ----------------------------------------------------------------------------------- units
# A unit ends at a newline after end punctuation, at a newline not followed by a lower-case
# continuation (wrapped prose joins its next line), and at a sentence end before a capital.
# (The end punctuation is matched, not looked behind at: the search is then anchored on a few
# characters, several times faster; the unit keeps its punctuation, see _units. No alternative
# starts with a group, so the engine skips straight to those characters: a break that does not
# start with a newline ends on end punctuation.)
# a wrapped line goes on in lower case (not "label: ..."), or with a parenthesis in lower case ("(possibly with atypia)")
# or a translation's bracketed gloss in lower case ("core biopsy: carcinoma metastazė\n[metastasis of carcinoma]")
# (a colon after the line's first sentence ends is no label: "withdrawn. ICD-O-3: 8504/2" goes on with its sentence)
# (in a Cyrillic script as well: "пролиферација на границата\nмеѓу ADH и DCIS" is one sentence)
# (behind a quotation's line prefix too: a report pasted into a message as "> ... no features to suggest a\n>
# phyllodes tumour" wraps like the original)
_CONTINUATION = r"\n(?![ \t]*(?:>+[ \t]*)?(?:[a-zа-яѐ-џ]|[(\[][a-z]{2})(?![^:.\n]{0,40}:\s))"
# ... or with a conjunction, in any case ("... ATYPICAL DUCTAL HYPERPLASIA\n   AND LOW-GRADE DCIS")
_CONTINUATION += r"(?![ \t]*(?i:and|or|versus|vs)\b)"
# ... or in lower case up to a bracket it closes before its colon: the end of a translation's gloss wrapped from the
# line above ("... [left axillary lymph node, core\n biopsy]:"), not a label of its own
_CONTINUATION += r"(?![ \t]*[a-z][^:.\n(\[\])]{0,40}[\])]:\s)"
# ... or after a word that never ends a sentence, in any case ("INCLUDES PAPILLOMA AND\n PAPILLARY DCIS")
# ... or after a comma, which never ends a sentence ("suspicious of, but not diagnostic of,\n DCIS.")
_CONTINUATION += r"(?<!,\n)"
# ... or with the abbreviation of the term it ends on, in brackets, and the sentence going on in lower case
# ("atypical ductal hyperplasia\n(ADH) and low-grade DCIS"): a part label is one letter or a number, never an acronym
_CONTINUATION += r"(?![ \t]*[(\[][A-Z]{2,6}[)\]][ \t]+[a-z])"
_CONTINUATION += "".join(rf"(?<!\b(?i:{word})\n)" for word in ("and", "or", "versus", "vs", "with", "of", "between",
                                                              "the", "for", "low grade", "high grade",
                                                              "intermediate grade", "low-grade", "high-grade",
                                                              "intermediate-grade"))
# ... or with the adenopathy that the node's site word at the line's end names ("core biopsy of mass with suspicious
# axillary\nlymphadenopathy: invasive ductal carcinoma": the adenopathy's colon is no label of its own)
_CONTINUATION += r"(?!(?<=\b(?i:axillary)\n)[ \t]*(?i:lymph)?ad[ée]nopat)"
# ... or with the date that "on" / "dated" at the line's end names ("The diagnosis of invasive carcinoma issued on\n
# 12/03/2026 is retracted.", "... diagnosed on\n10/01/2026 core (S26-55)."): no sentence ends on a preposition awaiting
# its date; but not where a new sentence's subject and verb follow the date ("no malignancy in the core taken on\n
# 12/03/2026 invasive carcinoma is confirmed in the excision": a verb of the wrapped sentence, "is retracted",
# "concerned another patient", would stand right after it)
# ... nor where a capitalised side opens a specimen's sentence after it ("excised on\n12/01/2020 Left breast core
# shows ...") or a finding and its verb without "is" ("dated\n12/03/2026 DCIS present at the margin")
_NEW_CLAUSE_AFTER_DATE = (r"[ \t]+(?!(?i:is|are|was|were|has|have|had|as)\b|(?i:[a-z]+ed)\b)[A-Za-z][\w-]*"
                          r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:(?i:is|are|was|were)\b|(?i:present|seen|shows?|noted)\b)"
                          r"|[ \t]+(?:Left|Right|LEFT|RIGHT|Bilateral|BILATERAL)\b")
# (the date in day-month-year order or in ISO order, "issued on\n  2026-03-12 is retracted")
_CONTINUATION += "".join(rf"(?!(?<=\b(?i:{word})\n)[ \t]*(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)?\d\d"
                         rf"|(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}})\b"
                         rf"(?!{_NEW_CLAUSE_AFTER_DATE}))"
                         for word in ("on", "dated"))
# ... or after a negation "no" that wraps its sentence ("... NO ATYPIA. NO\n MALIGNANCY."): after a word or . , ; and one
# space; a form's answer "No" after a column gap, a "?", a colon or "Yes" ("Yes No", "Yes / No") still ends its line
_CONTINUATION += r"(?<![\w.,;](?<!\b(?i:yes)) (?i:no)\n)"
# ... or after a translated report's own conjunction, in lower case ("ADH i\nDCIS niskog gradusa", "ADH или\nDCIS":
# Serbian / Croatian / Bosnian / Bulgarian / Macedonian "and", "or"; a capital "I" may be a grade's numeral)
_CONTINUATION += "".join(rf"(?<!\b{word}\n)" for word in ("i", "ili", "и", "или"))


def _unit_break(sentence_ends: str, before: str) -> re.Pattern[str]:
    """r"[.:;!?][ \t]*\n|<continuation>|[<sentence_ends>][ \t]+(?=<before>)" with each character class
    written out as one alternative per character, in the same order: every alternative then starts
    with a literal, so the engine skips to those characters instead of trying each position."""
    line_ends = "|".join(rf"{re.escape(c)}[ \t]*\n" for c in ".:;!?")
    sentences = "|".join(rf"{re.escape(c)}[ \t]+(?={before})" for c in sentence_ends)
    return re.compile(f"{line_ends}|{_CONTINUATION}|{sentences}")


_UNIT_BREAK = _unit_break(".!?", r"[A-Z(\-\d]")
_UNIT_BREAK_DICTATED = _unit_break(".!?;", r"\S")
_BILATERAL = re.compile(
    r"\b(?:bilat(?:eral(?:ly)?)?|both\s+(?:breasts|sides)|b/l)\b|\b(?:right\s+(?:and|&)\s+left|left\s+(?:and|&)\s+right)\b",
    re.IGNORECASE)
# Each place a match of _BILATERAL can start: its words without their word boundaries ("bilat" for all three), a
# look-ahead listing overlapping ones too (resolution._match_within), the ends rising with the starts. Every match of
# _BILATERAL in a piece of the report holds one of these wholly inside that piece, at the match's own start.
BILATERAL_WORD_AT = re.compile(
    r"(?=(bilat|both\s+(?:breasts|sides)|b/l|right\s+(?:and|&)\s+left|left\s+(?:and|&)\s+right))", re.IGNORECASE)
# (what was never written down: "side not recorded", "site not documented", "laterality was not established")
_UNSAID = r"specified|stated|provided|indicated|given|recorded|documented|established"
_LATERALITY_UNKNOWN = re.compile(
    r"\b(?:laterality|side)\s+(?:is\s+|was\s+)?(?:not|un)\s*(?:" + _UNSAID + r"|known|"
    r"determined|on)\b|\bdoes\s+not\s+indicate\s+(?:the\s+)?laterality|\blaterality\s+(?:could\s+not|cannot)\s+be"
    r"|\bsite\s+(?:is\s+|was\s+)?not\s+(?:" + _UNSAID + r")\b|\bwithout\s+(?:a\s+)?laterality\b",
    re.IGNORECASE,
)
_LATERALITY_UNKNOWN_WORDS = ("laterality", "side", "site")  # every match has one: a cheap test before the scan


@dataclass(frozen=True)
class Section:
    """A stretch of text with one role: ``name`` is its heading ("" for text under none)."""

    name: str
    role: str
    start: int
    end: int
    heading_end: int  # end of the heading itself (== start for text under no heading)
    order: int  # index of the heading in the report (sections of one heading share it)


@dataclass(frozen=True)
class Part:
    """A specimen part: its label, range, header text, and what the header says."""

    label: str
    start: int
    end: int
    header: str
    laterality: str | None
    clock: str | None
    site: str
    nodal: bool


@dataclass
class Structure:
    """Sections, parts, units and lines of one report, with offset look-ups.

    ``text`` is the report; ``norm`` the same-length copy the rules read (dictation normalised).
    """

    text: str
    norm: str
    dictated: bool
    sections: list[Section] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    units: list[tuple[int, int]] = field(default_factory=list)
    sides: SideIndex | None = None
    line_starts: list[int] = field(default_factory=list)
    low: str | None = None  # ``ascii_lower(norm)``: for substring pre-checks (None: always scan)

    def __post_init__(self) -> None:
        self._sec_starts = [s.start for s in self.sections]
        self._part_starts = [p.start for p in self.parts]
        self._unit_starts = [u[0] for u in self.units]
        self._indent: dict[int, int] = {}
        self._parent_side: dict[int, frozenset[str]] = {}
        self._descriptor: dict[tuple[int, int, bool], tuple[str, bool]] = {}
        self._unit_header: dict[int, tuple[bool, int, bool, str | None]] = {}
        self._may_contain: dict[tuple[str, ...], bool] = {}
        self._first_of_order: dict[int, Section] | None = None
        self._named: dict[re.Pattern[str], tuple[list[int], list[Section]]] = {}

    # The report-wide fallbacks are read on demand: a report whose every mention finds its site (its side)
    # nearer never needs them, and their scans cover the whole text.
    @cached_property
    def report_site(self) -> str:
        """The site of the report's specimen (:func:`_report_site`)."""
        return _report_site(self.norm, self.sections)

    @cached_property
    def laterality_unknown(self) -> bool:
        """True when the report says its laterality is unknown ("laterality not specified")."""
        return may_contain(self.low, _LATERALITY_UNKNOWN_WORDS) and bool(_LATERALITY_UNKNOWN.search(self.norm))

    def latest_year_outside(self, start: int, end: int) -> int | None:
        """The latest year the report prints outside ``[start, end)`` (a year starting there is inside), or None:
        two bisections (:func:`_printed_years`, read once a report), as the mentions of one report each ask it."""
        return _latest_off(_printed_years(self.norm), start, end)

    def may_contain(self, words: tuple[str, ...]) -> bool:
        """False only when the report contains none of ``words`` (lower case; :mod:`nlp.prescan`),
        cached: the per-mention scans ask it once per report instead of scanning each time."""
        hit = self._may_contain.get(words)
        if hit is None:
            hit = self._may_contain[words] = may_contain(self.low, words)
        return hit

    # -- look-ups
    def first_section_of(self, order: int) -> Section | None:
        """The first section under the heading of index ``order`` (a heading's sections share it; None when none)."""
        if self._first_of_order is None:
            self._first_of_order = {}
            for section in self.sections:
                self._first_of_order.setdefault(section.order, section)
        return self._first_of_order.get(order)

    def section_at(self, pos: int) -> Section | None:
        i = bisect.bisect_right(self._sec_starts, pos) - 1
        return self.sections[i] if i >= 0 and pos < self.sections[i].end else None

    def section_index(self, section: Section) -> int:
        """``self.sections.index(section)``, found from its start (the sections run in order of their starts): no
        scan of every section per call (a report of a thousand addenda asks once per addendum)."""
        k = bisect.bisect_left(self._sec_starts, section.start)
        while self.sections[k] != section:
            k += 1
        return k

    def last_section_named(self, name: re.Pattern[str], pos: int) -> Section | None:
        """The last section starting before ``pos`` whose heading ``name`` fully matches, or None; the sections of
        that name are collected once per report (sections run in order of their starts)."""
        if name not in self._named:
            named = [x for x in self.sections if name.fullmatch(x.name)]
            self._named[name] = ([x.start for x in named], named)
        starts, named = self._named[name]
        i = bisect.bisect_left(starts, pos) - 1
        return named[i] if i >= 0 else None

    def role_at(self, pos: int) -> str:
        s = self.section_at(pos)
        return s.role if s is not None else BODY

    def part_at(self, pos: int) -> Part | None:
        i = bisect.bisect_right(self._part_starts, pos) - 1
        return self.parts[i] if i >= 0 and pos < self.parts[i].end else None

    def unit_at(self, pos: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(self._unit_starts, pos) - 1, 0)
        return self.units[i] if self.units else (0, len(self.text))

    def line_index(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos) - 1

    def line(self, i: int) -> tuple[int, int]:
        start = self.line_starts[i]
        end = self.line_starts[i + 1] - 1 if i + 1 < len(self.line_starts) else len(self.norm)
        return start, end

    def indent(self, i: int) -> int:
        if i not in self._indent:
            a, b = self.line(i)
            line = self.norm[a:b]
            self._indent[i] = len(line) - len(line.lstrip(" \t")) if line.strip() else -1
        return self._indent[i]

    def parent_sides(self, pos: int) -> frozenset[str]:
        """Sides named on the nearest less-indented line above (walking up the indentation tree):
        the side of an indented synoptic sub-field is its parent's (``LEFT BREAST (Part A)`` /
        ``   Histologic Type: ...``)."""
        i = self.line_index(pos)
        if i in self._parent_side:
            return self._parent_side[i]
        out: frozenset[str] = frozenset()
        level = self.indent(i)
        # (a part that names its own side is not under the lines above its header: "Final Diagnosis   A. RIGHT
        # BREAST: ..." then, in the value column, "B. LEFT BREAST: ..." over "- ALH")
        part = self.part_at(pos) if self.parts else None
        floor = part.start if part is not None and part.laterality is not None else -1
        j = i - 1
        while level > 0 and j >= 0:
            d = self.indent(j)
            if d < 0:  # a blank line ends the tree
                break
            if d < level:
                a, b = self.line(j)
                if a < floor:
                    break
                named = {m.side for m in self.sides.sides_in(a, b)} if self.sides else set()
                if named:
                    out = frozenset(named)
                    break
                level = d
            j -= 1
        self._parent_side[i] = out
        return out

    def statement_descriptor(self, pos: int, lo: int, labelled: bool = False) -> str:
        """The descriptor of the statement ``pos`` continues: the nearest earlier unit (not before
        ``lo``, at most ``STATEMENT_REACH`` units back) whose text before a separator names a site
        ("A. BREAST, RIGHT, 9:00, CORE BIOPSY:" above "- IDC"; "part C left breast, mastectomy:
        ILC." before "LCIS, extensive.")."""
        return self._statement_head(pos, lo, labelled)[0]

    def statement_descriptor_heads(self, pos: int, lo: int, labelled: bool = False) -> bool:
        """True when the descriptor of the statement ``pos`` continues (statement_descriptor) is a header of its own,
        a unit that ends with its colon or opens a part ("Sein droit, microbiopsie:" above "- carcinome ..."), not a
        finding's line that only names its site before its own finding ("Microbiopsie du sein gauche: carcinome
        canalaire infiltrant." above another line)."""
        return self._statement_head(pos, lo, labelled)[1]

    def _statement_head(self, pos: int, lo: int, labelled: bool) -> tuple[str, bool]:
        key = (pos, lo, labelled)
        if key in self._descriptor:  # the site and the side of a mention both ask for it
            return self._descriptor[key]
        self._descriptor[key] = head = self._statement_descriptor(pos, lo, labelled)
        return head

    def _statement_descriptor(self, pos: int, lo: int, labelled: bool) -> tuple[str, bool]:
        i = bisect.bisect_right(self._unit_starts, pos) - 2
        steps = 0
        own_indent = self.indent(self.line_index(pos))
        while i >= 0 and steps < STATEMENT_REACH:
            if self.units[i][1] <= lo:
                break
            block_header, depth, named, head = self._unit_header_facts(i)
            if block_header:
                # a synoptic block header governs the lines indented under it; one at the mention's
                # own level or above without a site ("Additional Findings:"), or a sibling block when
                # the mention's line has a label of its own ("REGIONAL LYMPH NODES:" above
                # "ADDITIONAL FINDINGS: ..."), ends the search
                if depth <= own_indent and not named or depth == own_indent and named and labelled:
                    return "", False
            if head is not None:
                return head, block_header or _PART.match(self.norm[self.units[i][0] : self.units[i][1]]) is not None
            i -= 1
            steps += 1
        return "", False

    def _unit_header_facts(self, i: int) -> tuple[bool, int, bool, str | None]:
        """What unit ``i`` says as a statement's header, computed once per unit (mentions of one
        report walk over the same units): ``(block_header, depth, names_site, head)``. A block
        header ends with ":" and opens no part; ``head`` is the unit's text before its separator
        when that names a site -- a header line ("...:"), a part statement, or a statement about
        the breast itself, not a synoptic field about something else ("Lymph Nodes: 1/2
        sentinel") -- else None."""
        facts = self._unit_header.get(i)
        if facts is not None:
            return facts
        a, b = self.units[i]
        seg = self.norm[a:b].rstrip()
        cut = seg.rfind(":")
        for sep in (" - ", " -- "):
            cut = max(cut, seg.rfind(sep))
        opens_part = _PART.match(seg) is not None
        block_header = seg.endswith(":") and not opens_part
        depth, named = (self.indent(self.line_index(a)), _SITE_WORD.search(seg) is not None) if block_header else (0, False)
        head = None
        if cut > 0 or opens_part:
            text = seg[:cut] if cut > 0 else seg
            if _SITE_WORD.search(text) and (seg.endswith(":") or opens_part or site_of(text) in (BREAST, SKIN)):
                head = text
        facts = self._unit_header[i] = (block_header, depth, named, head)
        return facts

    def masked_tail(self, end: int, stop: int) -> str:
        """The text after a mention up to ``stop`` (at most 80 characters)."""
        return self.norm[end : min(stop, end + 80)]


def _version_heading(norm: str, m: re.Match[str]) -> tuple[int, int, str, str, str, bool]:
    """The heading of a version line (_VERSION_LINE): a heading that ends the line after it ("... : DIAGNOSIS
    (superseded by version 2):") is the version's own, its status part of the qualifier."""
    line_end = end_of_line(norm, m.end())
    rest = norm[m.end() : line_end].strip()
    if rest.endswith(":"):
        return m.start(), line_end, m.group("name"), f"{m.group('qual')} {rest}", ":", True
    return m.start(), m.end(), m.group("name"), m.group("qual"), ":" if m.group(0).endswith(":") else "", not rest


def _headings(norm: str, dictated: bool, low: str | None = None) -> list[tuple[int, int, str, str, str, bool]]:
    """``(start, end, name, qualifier, separator, block)`` of every heading, in text order
    (``low``: ``ascii_lower(norm)``, when the caller has it)."""
    low = ascii_lower(norm) if low is None else low
    found = []
    first = [0] if _FIRST_LINE_HEAD.match(norm) else []
    for line_start in first + [line.start() + 1 for line in _NEXT_LINE_HEAD.finditer(norm)]:
        m = _HEADING.match(norm, line_start)
        if m is None:
            continue
        wrap = norm.find("\n", line_start, m.end("name"))
        if wrap >= 0 and (own := _HEADING.match(norm, line_start, wrap)) is not None:
            m = own  # a heading alone on its line ("PRE-TREATMENT" over "  Clinical stage: ...") is that heading
        line_end = norm.find("\n", m.end())
        line_end = len(norm) if line_end < 0 else line_end
        # a heading framed by banner marks (">>> CORRECTED DIAGNOSIS <<<", ">>> REPORT OF 01/23/2026
        # (SUPERSEDED) <<<") is still a heading; a bare banner ("*** AMENDED ***") is a title
        framed = bool(_BANNER.match(norm, m.start()) and _BANNER_CLOSE.search(norm, m.start(), line_end)
                      and (_FRAMED_HEADING.search(norm, m.start(), line_end)
                           or _DATED_AMENDMENT_BANNER.search(norm, m.start(), line_end)))
        if _BANNER.match(norm, m.start()) and ":" not in norm[m.start() : line_end] and not framed:
            continue
        sep = m.group("sep") or ""
        if m.group("lead")[-1:].isspace() and _NUMBERED_SPECIMEN.match(m.group("lead") + m.group("name")):
            continue  # "1. Specimen: Breast, right, 3:00": a numbered part, not a section
        qual = m.group("qual") or ""
        if not sep.strip(" \t*") and not framed and (m.group("phrase") or qual.count(")") > qual.count("(")):
            continue  # prose: "Diagnosis of the left breast mass was made", "(... Italian\n original, for X)"
        rest = norm[m.end() : line_end].strip(" \t*")
        if rest and _STAMP_GAP.match(norm, m.end()) and (_STAMP.match(rest) or _BRACKET_STAMP.fullmatch(rest)):
            rest = ""  # "ADDENDUM 1                  SIGNED 03/10/26 14:02": a stamp in the right-hand column
        if not sep.strip() and rest and not re.match(r"\d", m.group("qual").strip() or "x"):
            # "ADDENDUM 02/02/2026 this addendum ..." is a heading only after a date qualifier
            if not re.search(r"\d\s*$", m.group("qual") or ""):
                continue
        if rest and sep.strip() == ":" and m.group("name").lower() == "original" and _DOCUMENT_NAMED.search(rest) \
                and _TRANSLATION_DECLARED.search(low or norm.lower(), 0, line_start):
            continue  # a translation's "Original: Report no. 1553, <hospital>" names the document it renders
        found.append((m.start(), m.end(), m.group("name"), m.group("qual") or "", sep, not rest))
    for m in _INLINE_REVISION.finditer(norm):
        found.append((m.start("name"), m.end(), m.group("name"), "", ":", False))
    if may_contain(low, _INLINE_PRE_TREATMENT_WORDS):
        for m in _INLINE_PRE_TREATMENT.finditer(norm):
            found.append((m.start("name"), m.end(), m.group("name"), "", ":", False))
    if not dictated and "dictat" in (norm.lower() if low is None else low):
        marks: tuple[list[int], list[int], list[int]] | None = None
        for m in _TYPED_DICTATION_HEADING.finditer(norm):
            if _MID_LINE_CONCLUSION.fullmatch(m.group("name")):
                marks = marks or _microscopy_marks(norm)
                if not _said_after_microscopy(norm, m.start("name"), marks):
                    continue  # ("Clinical history: ... Core at Fairview 2025. Conclusion: fibroadenoma.": the core's)
            found.append((m.start("name"), m.end(), m.group("name"), "", ":", False))
    if may_contain(low, ("version",)) or _may_match(low, _VERSION_GATE):
        taken = {h[0] for h in found}
        found += [_version_heading(norm, m) for m in _VERSION_LINE.finditer(norm) if m.start() not in taken]
    if may_contain(low, ("section",)):
        for m in _FORM_SECTION.finditer(norm):
            inline = bool(norm[m.end() : end_of_line(norm, m.end())].strip())  # "SECTION C - CLINICAL DETAILS: 61F"
            found.append((m.start(), m.end(), m.group("name"), "", ":" if inline else "", not inline))
    if may_contain(low, ("part",)):
        found += [(m.start(), m.end(), m.group("name"), "", "", True) for m in _FORM_PART.finditer(norm)]
    if "[" in norm and may_contain(low, _TRANSLATED_OWN_ACCOUNT_WORDS):
        for m in _TRANSLATED_OWN_ACCOUNT.finditer(norm):
            line_start = norm.rfind("\n", 0, m.start()) + 1
            if _TRANSLATED_OWN_ACCOUNT_LEAD.fullmatch(norm, line_start, m.start()) and not _TRANSLATED_BARE_HISTORY.fullmatch(
                    m.group("name")):
                found.append((line_start, end_of_line(norm, m.end()), m.group("name"), "", "", True))
    if _may_match(low, _FORM_QUESTION_GATE):
        for m in _FORM_QUESTION.finditer(norm):
            name = m.group("name") or m.group("qname")
            if _CURRENT_QUESTION_NAME.fullmatch(name):
                found.append((m.start(), m.end(), _CURRENT_QUESTION, "", ":", False))
                continue
            asks_history = _OWN_ACCOUNT_NAME.match(name.lower()) or _role(name, "", False) == HISTORY
            found.append((m.start(), m.end(), name if asks_history else _QUESTION, "", ":", False))
    if may_contain(low, (" use", "\tuse")):
        for m in _STAFF_USE.finditer(norm):
            inline = bool(norm[m.end() : end_of_line(norm, m.end())].strip())  # "FOR UNDERWRITER USE ONLY: ALH noted."
            found.append((m.start(), m.end(), m.group("name"), "", ":" if inline else "", not inline))
    found += _institution_headings(norm)
    if low is None or _COMMA_HEADING_END.search(low):
        for m in _COMMA_HEADING.finditer(norm):
            found.append((m.start("name"), m.end() + 1, m.group("name"), "", ",", True))
    if may_contain(low, _DIAGNOSIS_BEFORE_SIDE_WORDS):
        for m in _DIAGNOSIS_BEFORE_SIDE.finditer(norm):
            if _SENTENCE_END_BEFORE.search(norm, max(0, m.start() - 12), m.start()):
                found.append((m.start(), m.end(), m.group("name"), "", ",", True))
    if dictated:
        for m in _DICTATED_HEADING.finditer(norm):
            name = m.group("name") or m.group("name2")
            start = m.start("name") if m.group("name") else m.start("name2")
            if _CLINICAL_DETAILS.match(name) and _AFTER_COLON.search(norm, max(0, start - 12), start):
                continue  # ("final diagnosis colon clinical details noted comma left breast ...": what it notes)
            found.append((start, start + len(name), name, "", "", True))
    elif "dictat" in (norm.lower() if low is None else low) and ("\n\n" in norm or ".\n" in norm):
        # a transcript that calls itself a dictation, typed with full stops, still says a heading without a
        # colon where it opens a paragraph ("clinical history forty year old with ..."; one followed by a spoken
        # mark, "Final diagnosis colon", is a transcript of spoken punctuation, read as it is), and once it has
        # opened one paragraph so, says the others where their lines open ("macro  left breast ... / micro  the
        # duct ... / conclusion  papilloma, B2")
        said = [m for m in _DICTATED_HEADING.finditer(norm)
                if m.group("name") and not _SPOKEN.match(norm, m.end("name") + 1)
                and (_LINE_START.search(norm, max(0, m.start("name") - 40), m.start("name"))
                     # (its line typed with punctuation: an unpunctuated transcript says its later headings mid-line,
                     # "... gross received ... final diagnosis left breast ...", so one opening heading would swallow
                     # them; the full stop before a heading said mid-line is that punctuation)
                     and _TYPED_PUNCTUATION.search(norm, m.end("name"), end_of_line(norm, m.end("name")))
                     or _said_after_sentence(norm, m))]
        if not any(_PARAGRAPH_START.search(norm, max(0, m.start("name") - 40), m.start("name")) for m in said):
            # (no blank line: a line after a typed full stop opens a paragraph, for a heading said without the
            # colon a typed heading has, "Gross: 4 cores" being one read as typed)
            said = [] if "\n\n" in norm else [m for m in said if not COLON_AFTER.match(norm, m.end("name"))]
            if not any(_AFTER_SENTENCE_LINE.search(norm, max(0, m.start("name") - 40), m.start("name")) for m in said):
                said = []
        found += [(m.start("name"), m.end("name"), m.group("name"), "", "", True) for m in said]
    if _CONSENT_FORM_TITLE.match(norm):
        consent = _consent_headings(norm)
        taken = {h[0] for h in consent}  # ("Statement of patient:" read as a "Statement:" heading)
        found = [h for h in found if h[0] not in taken] + consent
    found.sort()
    out: list[tuple[int, int, str, str, str, bool]] = []
    for h in found:
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    return out


def _consent_headings(norm: str) -> list[tuple[int, int, str, str, str, bool]]:
    """A consent form's fields on the operation (its benefits, risks, the health professional's statement), each a
    comment's heading, and the patient's statement, her own account's; each a field that stops at a blank or
    labelled line (_field_end), so the form's diagnosis box below is read."""
    return [(m.start(), m.end(), m.group("name") if m.group("patient") else _CONSENT_FIELD_HEADING, "", ":", False)
            for m in _CONSENT_SECTION.finditer(norm)]


def _consent_field_end(norm: str, content_start: int, stop: int) -> int:
    """Where a consent form's field on the operation stops before ``stop``: at the field itself when its text names
    a side with a diagnosis ("Intended benefits: removal of the left breast invasive lobular carcinoma diagnosed on
    core biopsy" reports that diagnosis), else at a line below that does or at a "Histology" / "Diagnosis" line (the
    form's diagnosis box written without a colon)."""
    first = _CONSENT_DIAGNOSIS_LINE.search(norm, content_start, stop)
    if first is None:
        return stop
    line_start = norm.rfind("\n", content_start, first.start()) + 1
    return max(line_start, content_start)


# A consultation names its diagnoses after the institutions: "Lakeview diagnosis: ..." then
# "NUMC DIAGNOSIS: ...". The institution the report is written at heads its first line; the one the
# material came from is named after "from" ("slides ... from Lakeview Community Hospital").
# (led by one character class, the first letter checked behind it: the engine then skips to those letters
# instead of trying both alternatives at every position; the same matches as "(?:[Dd](?:...)|[Rr](?:...))")
_DIAGNOSIS_COLON = re.compile(r"[DdRrOo](?:(?<=[Dd])(?:iagnos[ie]s|IAGNOS[IE]S|x|X)"
                              # (the review that made it after the word: "Westmarch diagnosis after review:")
                              r"(?:[ \t]+(?i:after|on|following)[ \t]+(?i:review))?"
                              r"|(?<=[Rr])(?:eport|EPORT|eview|EVIEW)|(?<=[Oo])(?:pinion|PINION))"
                              # (its aside may wrap onto a second line: "PUH DIAGNOSIS (review of 3 outside slides; ...\n
                              # outside block):")
                              r"(?:[ \t]*\([^)\n]{0,80}(?:\n[^)\n]{0,80})?\))?[ \t]*:")
# "Summit Hills diagnosis (outside):", "(referring)": the heading itself says whose diagnosis it is
_OUTSIDE_ASIDE = re.compile(r"\([ \t]*(?:outside|referr\w*|external|submitting|contributing)[ \t]*\)", re.IGNORECASE)
# The words that say material came from elsewhere, on a header line or before an institution's name (a "Material:"
# line names where the material came from: "Material: Lakeside Hospital case L-123")
# ("Reviewed for: Northgate Clinic": the requester whose material is reviewed)
_REFERRAL_WORDS = r"referr\w*|outside|contribut\w*|submitt\w*|originating|sending|material|reviewed\s+for"
_REFERRAL_LINE = re.compile(rf"\b(?:{_REFERRAL_WORDS}|from)\b", re.IGNORECASE)
_REFERRAL_WORD = re.compile(rf"\b(?:{_REFERRAL_WORDS})\b", re.IGNORECASE)
_FROM_BEFORE_NAME = re.compile(r"\bfrom:?\s+(?P<the>the\s+)?", re.IGNORECASE)
# ("ST. ALDRIC REVIEW DIAGNOSIS:", "ARLEN REVIEWER'S DIAGNOSIS:": the institution's name, then what kind of
# diagnosis it is)
_INSTITUTION_NAME = re.compile(r"[ \t]*(?P<inst>[A-Z][\w&'.-]*(?:[ \t]+[A-Z][\w&'.-]*){0,4}?)"
                               r"(?:[ \t]+(?i:review|reviewer['’]?s?|expert|consult\w*|final|second[- ]opinion))?[ \t]+")


# a document that calls itself a translation ("Certified translation of ...", "translated from Romanian"; not "translator
# present", "translational research"), and an "Original:" line that names a document, not a diagnosis
_TRANSLATION_DECLARED = re.compile(r"\btranslat(?:ion|ed)\b")
_DOCUMENT_NAMED = re.compile(r"\b(?:report|document|letter|record|no|nr|ref)\b|n[°º]|#|\d{3,}|\d+[-/]\d+", re.IGNORECASE)


def _is_acronym_of(inst: str, header: str) -> bool:
    """``inst`` is the initials of a name in ``header`` ("gcc" of "Greenbriar Comprehensive Cancer Center")."""
    if not (2 <= len(inst) <= 6 and inst.isalpha()):
        return False
    for line in header.split(" / "):
        # (a possessive is part of its word: "SCUH" of "St. Catherine's University Hospital")
        words = [w for w in re.findall(r"[a-z]+(?:['’]s\b)?", line) if w not in ("of", "the", "and", "for", "de", "la")]
        initials = "".join(w[0] for w in words)
        if inst in initials:
            return True
    return False


class _MaterialSources:
    """Whether an institution is named as where a report's material came from: after "from" ("Material from: Lakeside
    General") or later on a line with a referral word ("Referring case: L-123 (Lakeside Regional Medical Center)").

    The text's "from" places and referral-word tails (to the line's end, one per line) are found once, so each name is
    looked for there rather than in the whole text: a long record with many named headings reads in linear time.
    """

    def __init__(self, norm: str) -> None:
        self._norm = norm
        self._after_from = [start for m in _FROM_BEFORE_NAME.finditer(norm)
                            for start in ((m.end(), m.start("the")) if m.group("the") else (m.end(),))]
        tails, covered = [], -1
        for m in _REFERRAL_WORD.finditer(norm):
            if m.end() > covered:  # (a second word on the same line: its tail is in the first one's)
                covered = end_of_line(norm, m.end())
                tails.append(norm[m.end() : covered])
        # (a name never starts right at a referral word's end, which is a word boundary before a non-word character)
        self._after_referral = "\n".join(tails)
        self._known: dict[str, bool] = {}

    def named(self, inst: str) -> bool:
        """True when ``inst`` (lower case) is named as a source: the same answer as searching the whole text for
        "from: <inst>" and for a line with a referral word before it."""
        hit = self._known.get(inst)
        if hit is None:
            name = re.escape(inst)
            at = re.compile(rf"{name}\b", re.IGNORECASE)
            hit = self._known[inst] = (any(at.match(self._norm, start) for start in self._after_from)
                                       or bool(re.search(rf"\b{name}\b", self._after_referral, re.IGNORECASE)))
        return hit


def _institution_headings(norm: str) -> list[tuple[int, int, str, str, str, bool]]:
    """Diagnosis headings named after an institution, read as ``diagnosis`` (this institution's,
    named on the report's first line) or ``outside diagnosis`` (the institution the material came
    from); a name that is neither is not a heading here."""
    out = []
    first_line = title_line = None
    sources: _MaterialSources | None = None  # (read once, when first needed)
    for m in _DIAGNOSIS_COLON.finditer(norm):
        line_start = norm.rfind("\n", 0, m.start()) + 1
        name = _INSTITUTION_NAME.fullmatch(norm, line_start, m.start())
        if name is None:
            continue
        if name.group("inst").split()[0][:4].lower() in _HEADING_WORDS:
            generic = _HEADING.match(norm, line_start)
            if generic is not None and generic.end() >= m.start():
                continue  # "Final diagnosis", "Pre-operative diagnosis": the heading patterns read it
            # ("Summit Valley review diagnosis:": a name that only starts like a heading word)
        inst = name.group("inst").lower()
        if first_line is None:
            # the report's own header: its first lines that name no referral ("Referring: ...")
            # (a diagnosis line among them is a heading of the report, not its header: "Brookfield diagnosis: ...")
            first_line = " / ".join(line for line in norm.lstrip()[:600].split("\n")[:3]
                                    if not _REFERRAL_LINE.search(line) and not _DIAGNOSIS_COLON.search(line)).lower()
            # ... or its title line, even when the title speaks of outside material ("INSTITUTIONAL
            # REVIEW OF OUTSIDE PATHOLOGY - Pinecrest Comprehensive Cancer Center")
            title_line = norm.lstrip()[:300].split("\n", 1)[0].lower()
        named_in_title = re.search(rf"\b{re.escape(inst)}\b", title_line) and not re.search(
            rf"\b(?:from|referr\w*|submitted\s+by|sent\s+by)\b:?[^\n]{{0,20}}\b{re.escape(inst)}\b", title_line)
        if _OUTSIDE_ASIDE.search(norm, m.start(), m.end()):
            heading = "outside diagnosis"
        elif (re.search(rf"\b{re.escape(inst)}\b", first_line) or _is_acronym_of(inst, first_line) or named_in_title
                # (the initials of the title's institution: "MRCI" under "Outside Consultation - Maple River Cancer Institute")
                or _is_acronym_of(inst, title_line)):
            heading = "diagnosis"
        elif (sources := _MaterialSources(norm) if sources is None else sources).named(inst):
            # the institution the material came from: "Material from: Lakeside General", "Referring
            # case: L-123 (Lakeside Regional Medical Center)", "Material: Lakeside Hospital case L-123, ..."
            heading = "outside diagnosis"
        else:
            continue
        line_end = norm.find("\n", m.end())
        rest = norm[m.end() : len(norm) if line_end < 0 else line_end].strip()
        out.append((name.start("inst"), m.end(), heading, "", ":", not rest))
    return out


# A line broken off after a preposition, an article or "and", which no sentence or field ends with: "... in a private
# clinic of" over "Pointe-Noire (result of the time: fibroadénome, ...)"
_DANGLING_WORD_END = re.compile(r"(?<![\w-])(?:of|in|at|to|from|with|by|the|and)[ \t]*\Z", re.IGNORECASE)
_DANGLING_WORD_REACH = 8  # characters before the newline searched for that word
# ... but never over a line that opens a sided breast specimen's field, a part or a diagnosis ("... triple assessment
# by" over "Right breast, 2 o'clock, core biopsy (x3): Fibroadenoma.": a field cut off, the specimen's own line below;
# also a result heading, "Dx:", "Impression:", "Opinion:", "Conclusion:")
_SPECIMEN_FIELD_LINE = re.compile(
    r"[ \t]*(?:(?:left|right|bilateral|lt|rt|[lr])[ \t]+breast\b[^:\n]{0,60}:|breast[ \t]*,[ \t]*(?:left|right)\b"
    r"|(?:(?:final[ \t]+)?diagnos[ie]s|dx|impression|opinion|conclusion)[ \t]*:)", re.IGNORECASE)
# ... nor over a line whose label, its words before the first colon outside brackets, names a side or a specimen's
# procedure and no year: the specimen's own field written procedure-first ("Core biopsy, left breast, 2 o'clock:",
# "Core biopsy (left breast):", "Wide local excision, left breast:", "Mastectomy, left:", "Left 2 o'clock core:"); the
# continued history's label names a place, a person or a year ("Dhaka 2020:", "Right duct excision 2019:"), or its colon
# is inside a bracket ("Pointe-Noire (result of the time: fibroadénome)")
_FIELD_LABEL = re.compile(r"(?P<label>(?:[^:\n()]|\([^()\n]{0,60}\)){1,80}):")
_FIELD_LABEL_OWN = re.compile(r"\b(?:left|right|lt|rt|bilateral|bilat|[lr](?![.'’])|core|biops(?:y|ies)|bx|excision|wle|"
                              r"lumpectomy|mastectomy|fna|vab|vae|reduction|mammoplasty|aspirat\w*|resection)\b",
                              re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?<![/.\d-])(?:19|20)\d\d(?![/.-]?\d)")


def _wrapped(norm: str, newline: int, line: str) -> bool:
    """True when ``line`` goes on with the sentence the line above broke off ("... near the" /
    "scar, L breast 12 o'clock. US: ..."): a lower-case start after a line with no end punctuation, or an upper-case
    one (a place's or a person's name) after a line broken off after a preposition, an article or "and"
    (_DANGLING_WORD_END), unless that line opens a sided breast specimen's field, a part or a diagnosis
    (_SPECIMEN_FIELD_LINE, _PART), or a field whose label names a side or a procedure and no year (_FIELD_LABEL_OWN)."""
    # (a clause list goes on after ";": "... 40 mm at 2 h, 14 months postpartum;\nno response to ...")
    if newline <= 0:
        return False
    if line[:1].islower():
        return norm[newline - 1] not in ".:!?)"
    if not line[:1].isupper() or _DANGLING_WORD_END.search(norm, max(0, newline - _DANGLING_WORD_REACH),
                                                           newline) is None:
        return False
    line_end = end_of_line(norm, newline + 1)
    if (label := _FIELD_LABEL.match(norm, newline + 1, line_end)) is not None and _FIELD_LABEL_OWN.search(
            label.group("label")) and not _BARE_YEAR.search(label.group("label")):
        return False
    return (_SPECIMEN_FIELD_LINE.match(norm, newline + 1, line_end) is None
            and _PART.match(norm[newline + 1 : line_end]) is None)


def _field_end(norm: str, content_start: int, limit: int, part_starts: list[int]) -> int:
    """Where a field heading's content stops: a blank line, a labelled line, a part header or ``limit``."""
    pos = norm.find("\n", content_start, limit)
    while pos >= 0:
        nxt = pos + 1
        if nxt >= limit:
            return limit
        line_end = norm.find("\n", nxt, limit)
        line_end = limit if line_end < 0 else line_end
        line = norm[nxt:line_end]
        if not line.strip() or (FIELD_LINE.match(line) or _result_aside_heading(norm, line)) and not _wrapped(
                norm, pos, line) or nxt in part_starts or _PART.match(line) is not None:
            return pos
        pos = norm.find("\n", nxt, limit)
    return limit


BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.;](?:\s|$)|\n")
# (a typed dictation's sentence: a full stop after a title or a short form ends none, "seen by Dr. K. Obi for right
# breast carcinoma", "pt. had right breast cancer", "approx. 2 cm", "specimen no. 3"; one after a single letter only
# when it is an initial, _is_initial: "stage I." and "hepatitis B." end theirs)
_INLINE_SENTENCE_END = re.compile(
    r"(?:(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bProf)(?<!\bvs)(?<!\b[Pp]t)(?<!\bapprox)\.|;)(?:\s|$)|\n")
_SHORT_NUMBER = re.compile(r"(?<=\bno\.)[ \t]*\d")  # ("specimen no. 3": the number's short form)
# A single letter's full stop is an initial's after a title or another initial ("Dr. K. Obi", "J. R. Smith"), after a
# word that names a person next ("seen by J. Smith", "patient J. Doe", "referred to K. Obi") or inside a short form
# ("e.g."); otherwise the letter ends its sentence ("prior right breast carcinoma, stage I. Left breast core: ...")
_INITIAL_BEFORE = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof)\.|(?<![\w.])[A-Z]\.|\b(?:by|to|with|patient|Patient|pt\.?))[ \t]+$|\.$")
INITIAL_REACH = 12  # characters before the letter searched for its title, initial or person word
_CONTENT = re.compile(r"\S")


# A diagnosis heading run in after a history field's sentence on its line, a breast part's header after it
# ("Presenting complaint: lump. Diagnosis: Left breast core: invasive ductal carcinoma.", "Presenting complaint: lump;
# Histology: Right breast, core: ..."): both are needed, as a history names earlier results ("Clinical history:
# lump. Pathology 2019 showed left breast IDC" stays history)
_RUN_IN_DIAGNOSIS = re.compile(r"(?<=[.;])[ \t]+(?:final[ \t]+)?(?:diagnosis|histology|pathology)[ \t]*:[ \t]*"
                               r"(?=(?:left|right)[ \t]+breast\b[^\n:.;]{0,40}:)", re.IGNORECASE)
# ... unless the run-in result is an earlier one the history tells: its part header dates it or places it elsewhere
# ("Diagnosis: Left breast core 2019: IDC", "Pathology: Left breast core (2019): IDC", "... core biopsy at outside
# hospital: IDC"), its line goes on with what was done since ("treated by WLE", "s/p WLE and RT", "For re-excision",
# "Now new right lump"), or the report's own diagnosis heading opens a later line
_RUN_IN_EARLIER_HEADER = re.compile(r"[^\n:]{0,60}?(?:\b(?:19|20)\d\d\b|\d{1,2}/\d{1,2}\b|\b(?:at[ \t]+)?outside\b|"
                                    r"\breferring\b)[^\n:]{0,30}:", re.IGNORECASE)
_RUN_IN_TREATED_AFTER = re.compile(r"[^\n]{0,120}?(?:\btreated[ \t]+(?:by|with)|\bs/p\b|\bstatus[ \t]+post|"
                                   r"\bfor[ \t]+re-?excision|\bnow[ \t]+new)\b", re.IGNORECASE)
_DIAGNOSIS_HEADING_LINE = re.compile(r"\n[ \t]*(?:final[ \t]+)?(?:diagnosis|histology|pathology)[ \t]*:",
                                     re.IGNORECASE)
# ... and only after the history headings of a transfer summary or a clinic letter ("Presenting complaint:",
# "Reason for transfer:"): after "Clinical history:", "History:" or "Indication:" such a run-in result is most often
# the earlier diagnosis the history tells ("Clinical history: ... Diagnosis: Right breast core: IDC. Now on
# tamoxifen."), so those keep their whole field
_RUN_IN_HISTORY_NAME = re.compile(r"presenting\s+complaint|reason\s+for\s+transfer", re.IGNORECASE)


def _run_in_diagnosis_end(norm: str, end: int, stop: int) -> int | None:
    """Where a history field (its content from ``end`` to ``stop``) ends at a diagnosis heading run in after its
    sentence (_RUN_IN_DIAGNOSIS), or None where there is none or it is an earlier result the history tells."""
    run_in = _RUN_IN_DIAGNOSIS.search(norm, end, stop)
    if run_in is None:
        return None
    if (_RUN_IN_EARLIER_HEADER.match(norm, run_in.end()) is not None
            or _RUN_IN_TREATED_AFTER.match(norm, run_in.end()) is not None
            or _DIAGNOSIS_HEADING_LINE.search(norm, run_in.end()) is not None):
        return None
    return run_in.start()


# A terse note's "Pre-tx:" field is one sentence where its line goes on with a specimen's side header or the
# post-treatment field ("Pre-tx: none (primary surgery). Right WLE: ILC", "Pre-tx: L IDC gr2 (core 08/25). Post-tx: L
# mastect: residual DCIS"): both the sentence's end and the header after it are needed ("Pre-tx: R IDC gr3, treated.
# Now on letrozole" stays history)
_PRE_TX_NAME = re.compile(r"pre-?\s?(?:tx|treatment)\b", re.IGNORECASE)
# (the side that opens a specimen's header after the field, "R WLE:", "Lt. core:": one spelling list for both ends)
_PRE_TX_HEADER_SIDE = r"(?:left|right|l|r|lt\.?|rt\.?)"
_PRE_TX_FIELD_END = re.compile(r"(?<=[.;])[ \t]+(?=post-?\s?(?:tx|treatment)[ \t]*:|"
                               + _PRE_TX_HEADER_SIDE + r"[ \t]+[^\n:.;]{0,40}:)", re.IGNORECASE)
# (said mid-line, the field may run on to the next specimen's header with no full stop before it: "Pre-tx: L IDC gr3
# (core 08/25) R WLE: IDC 11 mm" ends before "R WLE:"; only a side with a procedure's name and its colon, or "Post-tx:")
_PRE_TX_INLINE_END = re.compile(
    r"[ \t,]+(?=post-?\s?(?:tx|treatment)[ \t]*:|" + _PRE_TX_HEADER_SIDE + r"[ \t]+(?:breast[ \t]+)?"
    r"(?:wle|mastect(?:omy)?|lumpect(?:omy)?|segmentectomy|excision|re-?excision|reduction|mammoplasty|mammaplasty|"
    r"microdochectomy|(?:total[ \t]+|major[ \t]+)?duct[ \t]+excision|core|vab|fna|sln|slnb|anc|axillary[ \t]+clearance)"
    r"\b[^\n:.;]{0,30}:)", re.IGNORECASE)
# ... searched past its first position only from a run's first blank or comma, where every match in the run starts
# (each later one read the run to its end again: quadratic on a long run of blanks or commas)
_PRE_TX_INLINE_END_AT_RUN = re.compile(r"(?<![ \t,])" + _PRE_TX_INLINE_END.pattern, re.IGNORECASE)


def _pre_tx_inline_end(norm: str, pos: int, stop: int) -> re.Match[str] | None:
    """The first _PRE_TX_INLINE_END in ``norm[pos:stop]``, in linear time (_PRE_TX_INLINE_END_AT_RUN)."""
    return _PRE_TX_INLINE_END.match(norm, pos, stop) or _PRE_TX_INLINE_END_AT_RUN.search(norm, pos, stop)


# A French request form's "Diagnostic clinique :" is the clinician's one item on the form: its own line when it has
# text on it, else the one line under the heading; never a line after it that names a specimen, a side or a result
# ("Sein gauche, biopsie : ...", "Résultat : ...") or is a field of its own, so never the laboratory's result lines
# under it ("Diagnostic clinique : nodule du sein gauche.\nCarcinome canalaire infiltrant ..."), even with no blank line
_CLINICAL_DIAGNOSIS_NAME = re.compile(_CLINICAL_DIAGNOSIS_WORDS, re.IGNORECASE)
_RESULT_LINE_START = re.compile(
    r"\n[ \t]*(?:\(?\d{1,2}[).]?[ \t]*-?[ \t]*)?(?i:sein|left|right|r[ée]sultats?|results?|conclusions?|diagnostic|"
    r"(?:macro|micro)?biopsies?|tumorectomie|mastectomie|ex[ée]r[èe]se|pi[èe]ces?)\b")


def _clinical_diagnosis_end(norm: str, content_start: int, stop: int) -> int:
    """Where a "Diagnostic clinique" field stops: the end of its own line when that line has text, else of the one
    line under it; sooner at ``stop`` (no later than its field's end, _field_end) or a line that names a specimen, a
    side or a result (_RESULT_LINE_START)."""
    item_end = end_of_line(norm, content_start)
    if not norm[content_start:item_end].strip() and item_end < stop:
        item_end = end_of_line(norm, item_end + 1)
    stop = min(stop, item_end)
    line = _RESULT_LINE_START.search(norm, content_start, stop)
    return stop if line is None else line.start()


# A register's "Previous entry:" is the earlier entry's result, history; the entry that corrects or follows it is not:
# it stops at a line that opens the corrected, amended, revised, current, new, this, today's or present entry
# ("Previous entry:\nLEFT breast core - fibroadenoma.\nCorrected entry: LEFT breast core - invasive lobular carcinoma."
# labels the carcinoma; so does "Today’s entry:", curly apostrophe or none)
_PREVIOUS_ENTRY_NAME = re.compile(_PREVIOUS_ENTRY_WORDS, re.IGNORECASE)
_NEXT_ENTRY_LINE = re.compile(r"\n[ \t]*(?i:(?:corrected|amended|revised)\b|"
                              r"(?:current|new|this|today['’]?s|present)[ \t]+(?:register[ \t]+)?(?:entry|result)\b)")


def _previous_entry_end(norm: str, content_start: int, stop: int) -> int:
    """Where a "Previous entry" history (_PREVIOUS_ENTRY_NAME) ending at ``stop`` stops: at the next entry's line
    (_NEXT_ENTRY_LINE) when that comes first."""
    line = _NEXT_ENTRY_LINE.search(norm, content_start, stop)
    return stop if line is None else line.start()


# A Russian report's history ("Анамнез:", or the Latin "Anamnesis:" a translation keeps) ends at the next line headed by a
# Cyrillic word or words and a colon ("Заключение:", "Диагноз:", "Патогистологическое заключение:", "Микроскопическое
# описание:", "Объективно:"), numbered or glossed as they may be, which the heading patterns (Latin words only, or the
# listed Russian ones) do not read as headings; and at a Russian diagnosis or description heading run in after a
# sentence of its own ("Анамнез: nodule right breast 12 mm. Заключение: Right breast, core biopsy - papilloma.")
_ANAMNESIS_NAME = re.compile(r"анамнез|anamnes", re.IGNORECASE)
_CYRILLIC_HEADING_LINE_WORDS = (r"(?<=\n)[ \t]*(?:\d{1,2}[.)][ \t]*)?[А-Яа-яЁё]+(?:[ \t]+[А-Яа-яЁё]+){0,3}[ \t]*"
                                r"(?:\[[^\]\n]{1,60}\][ \t]*)?:(?!\d)")
_CYRILLIC_HEADING_AFTER = re.compile(
    _CYRILLIC_HEADING_LINE_WORDS
    + r"|(?<=[.;])[ \t]+(?:(?:пато)?гистологическое[ \t]+заключение|заключение|диагноз|(?:микро|макро)скоп\w{0,6}"
    r"(?:[ \t]+описание)?)[ \t]*:(?!\d)", re.IGNORECASE)

# (the first of them, a line headed by Cyrillic words, also ends an unglossed "Материал:" (material: the specimen) field,
# whose "Заключение:" (conclusion) line below no heading pattern reads: review pfinal10)
_CYRILLIC_HEADING_LINE = re.compile(_CYRILLIC_HEADING_LINE_WORDS, re.IGNORECASE)
_MATERIAL_NAME = re.compile(r"материал")


def _named_history_end(norm: str, name: str, content_start: int, stop: int, limit: int, part_starts: list[int],
                       in_field: bool) -> int:
    """Where a history named "Diagnostic clinique" (_clinical_diagnosis_end), "Previous entry" (_previous_entry_end) or
    "Анамнез" (_CYRILLIC_HEADING_AFTER) stops, ``stop`` for any other name. ``in_field``: ``stop`` is a field's,
    already within its field's end (_field_end); a history block's end is not, so the field's end is found here."""
    if _CLINICAL_DIAGNOSIS_NAME.match(name):
        field_end = stop if in_field else min(stop, _field_end(norm, content_start, limit, part_starts))
        stop = _clinical_diagnosis_end(norm, content_start, field_end)
    if _PREVIOUS_ENTRY_NAME.match(name):
        stop = _previous_entry_end(norm, content_start, stop)
    if _ANAMNESIS_NAME.search(name) and (cut := _CYRILLIC_HEADING_AFTER.search(norm, content_start, stop)) is not None:
        stop = cut.start()
    return stop


# A clinical-information field with text on its own line ("Renseignements cliniques : nodule du sein droit, ACR 4.",
# "Clinical information:", "Informação clínica:", "Klinische Angaben:", "Indicazioni cliniche:") goes on over the lines
# below it that recall an earlier report, as the field alone on its line does (a history block to its blank line): a
# line that carries its own sign of being recalled (_RECALLED_LEAD_IN: an accession number, a date or a year, or a word
# such as "previous", "prior", "known", "initial", "Z.n.", "pregresso", "anterior", "eerder", "tidligere", in its
# lead-in: before its colon, else in its first words), and the lines that go on with such a line (indented deeper than
# it, or wrapped, _wrapped). Such a line is covered where it is indented deeper than the field's, or where the next
# heading is a diagnosis heading (this report's "Conclusion :") and it is in the field's paragraph ("Compte rendu
# initial H23-0412 (10/05/2023), conclusion : carcinome lobulaire infiltrant du sein gauche, traité." recalled under
# it stays history). A line with no such sign is this report's ("Wide local excision, left: invasive lobular
# carcinoma", "L 3 o'clock core: fibroadenoma (B2).", "  Core biopsy, L breast: invasive ductal carcinoma"); and never
# covered either: a line that opens with a specimen, a breast side or a result ("Sein droit, microbiopsie : ...",
# "Left breast core 2019: DCIS", "Conclusion :") or a part's header, or, unindented, a field of its own, a label of a
# few words and its colon ("Clinical suspicion: ...", _LABEL_LINE).
# The field's own paragraph (_field_end: to a blank line or a labelled line) is read so too, its own sentence wrapped
# kept, where the paragraph runs straight into that diagnosis heading ("Clinical information: lump L breast, U5\n
# Invasive ductal carcinoma (NST), grade 2.\nDiagnosis: as above." labels the carcinoma) and under the heading read
# as the field only since this rule, _NARROWED_CLINICAL_INFORMATION ("Indicazioni cliniche: nodulo mammella sinistra,
# U5.\nCarcinoma duttale infiltrante, G2, in 3 frustoli.\nDiagnosi: ... vedi sopra."); a field line ending with a
# recalled list's label ("... BI-RADS 4a. Vorbefunde:", _RECALLED_LIST_LABEL) keeps the list or table below it;
# elsewhere the paragraph stays history whole, as it was (its lines, "4 cm area with erythema. ?inflammatory
# carcinoma.", are the clinician's)
_CLINICAL_INFORMATION_NAME = re.compile(
    r"clinical\s+(?:information|info|details|data)|renseignements\s+cliniques|(?:notizie|indicazioni)\s+cliniche|"
    r"informa[çc](?:[ãa]o|[õo]es)\s+cl[íi]nicas?|dados\s+cl[íi]nicos|datos\s+cl[íi]nicos|klinische\s+(?:angaben|gegevens)|"
    r"kliniske\s+op{1,2}lysninger|klinisk\s+(?:information|opp?lysning)", re.IGNORECASE)
_CONTINUATION_BLOCKER = re.compile(
    r"[ \t]*(?:\(?\d{1,2}[).]?[ \t]*-?[ \t]*)?(?i:sein|seins|left|right|lt|rt|bilateral|breast|mama|mammella|brust|rechte|"
    r"linke|r[ée]sultats?|results?|resultados?|conclus\w*|diagnos\w*|beurteilung|befund|(?:macro|micro)?biops\w*|"
    r"tumorectomie|mastectomie|ex[ée]r[èe]se|pi[èe]ces?)\b")
_LABEL_LINE = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]*:(?!\d)")
# (a line's lead-in: its text before its colon, within _RECALL_LEAD_IN_REACH characters, else its first
# _RECALL_FIRST_WORDS characters; the sign: an accession number "H23-0412" / "HSM-20-771", a date "10/05/2023" /
# "09/2023" / "10.05.2023", a year, or a recall word)
# (the heading whose paragraph, in field form, was no history before it was read as a clinical-information field)
_NARROWED_CLINICAL_INFORMATION = re.compile(r"indicazioni\s+cliniche", re.IGNORECASE)
_RECALL_LEAD_IN_REACH = 80
_RECALL_FIRST_WORDS = 40
_RECALL_WORD = (r"(?i:\b(?:previous(?:ly)?|prior|known|earlier|initial|z\.[ \t]?n\.|pregress[oa]|precedente|previ[oa]|"
                r"anterior(?:e|es)?|ant[ée]rieure?s?|pr[ée]c[ée]dente?s?|ant[ée]c[ée]dents?|eerdere?|tidligere|vorbefunde?)(?!\w))")
_RECALL_DATE = (r"(?<![\d.,])(?:(?P<full>\d{1,2}[/.]\d{1,2}[/.])|\d{1,2}[/.])(?P<dy>(?:19|20)\d\d)(?!\d)"
                r"|(?<![\d.,/-])(?P<yy>(?:19|20)\d\d)(?![\d.,/]?\d)")
_RECALLED_LEAD_IN = re.compile(r"\b[A-Z]{1,4}-?\d{2}[-/]\d{2,6}\b|" + _RECALL_DATE + "|" + _RECALL_WORD)
# (review pfinal10: a date, a year or an accession number alone is no sign of recall, the report's own result line
# printing today's sample date, today's accession or the current screening round's year: "Core 12/03/2026:", "S26-04512
# A:", "Stanze vom 12.03.2026:", "2026 screen-detected lesion, core:"; a recall word is, an accession number only with
# one, a full date only where it is earlier than the report's own, the latest the report prints off the line (none
# there: the line's date is the report's own), and a year or a month and year only where it is earlier than the latest
# year the report prints off the line, or where it prints none ("2019 - left breast IDC", "Her report 2018 (...)"))
_RECALL_WORD_SIGN = re.compile(_RECALL_WORD)
_RECALL_TAIL_REACH = 40  # (the end of the line above read for a lead-in broken there)
_RECALL_DATE_SIGN = re.compile(_RECALL_DATE)
# (a line that ends with a recalled list's label and its colon, "... BI-RADS 4a. Vorbefunde:", "Previous results:":
# the lines of its paragraph below it are that list's, a table's rows too)
_RECALLED_LIST_LABEL = re.compile(r"(?:(?<![^\n])|[.;,])[^.;,:\n]{0,40}?(?:" + _RECALLED_LEAD_IN.pattern
                                  + r")[^.;,:\n]{0,30}:[ \t]*\Z")


def _recalled_line(norm: str, line_start: int, line_end: int) -> bool:
    """Whether the line at ``line_start`` carries its own sign of recalling an earlier report in its lead-in (before
    its colon, else in its first words): a recall word (_RECALL_WORD_SIGN), or a date or year earlier than the report's
    own year (_RECALL_DATE_SIGN, _latest_year); an accession number or today's date alone is none."""
    colon = norm.find(":", line_start, min(line_end, line_start + _RECALL_LEAD_IN_REACH))
    lead_end = colon if colon >= 0 else min(line_end, line_start + _RECALL_FIRST_WORDS)
    if _RECALL_WORD_SIGN.search(norm, line_start, lead_end) is not None:
        return True
    # (the recall word may end the line above, its lead-in broken there: "... left breast. Previous report\nS24-1187
    # dated 02/05/2024: invasive ductal carcinoma")
    newline = norm.rfind("\n", 0, line_start)
    if newline > 0 and norm[newline - 1] not in ".:!?)":
        tail = norm[max(0, newline - _RECALL_TAIL_REACH) : newline]
        cut = max(tail.rfind(c) for c in ".;,:\n")
        if _RECALL_WORD_SIGN.search(tail, cut + 1) is not None:
            return True
    line_start = norm.rfind("\n", 0, line_start) + 1
    for m in _RECALL_DATE_SIGN.finditer(norm, line_start, lead_end):
        if m.group("full"):
            own_date = _latest_off(_printed_dates(norm), line_start, line_end)
            if own_date is not None and (date := _first_date(norm, m.start(), m.end())) is not None and date < own_date:
                return True
            continue
        own_year = _latest_off(_printed_years(norm), line_start, line_end)
        if own_year is None or int(m.group("dy") or m.group("yy")) < own_year:
            return True
    return False


# (each keyed on the whole text, a few recent reports held: the offsets of the years (YEAR) or full dates (_DATE) the
# report prints, and the latest up to and from each, read once a report and asked by bisection, line by line)
@lru_cache(maxsize=8)
def _printed_years(norm: str) -> tuple[list[int], list[int], list[int]]:
    return _running_latest([(m.start(), int(m.group())) for m in YEAR.finditer(norm)])


@lru_cache(maxsize=8)
def _printed_dates(norm: str) -> tuple[list[int], list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    return _running_latest([(m.start(), _first_date(norm, m.start(), m.end())) for m in _DATE.finditer(norm)])


def _running_latest(marks: list[tuple[int, object]]) -> tuple[list[int], list, list]:
    """The offsets of ``marks`` (offset, value) and the latest value up to and from each."""
    values = [value for _, value in marks]
    return [at for at, _ in marks], list(accumulate(values, max)), list(accumulate(reversed(values), max))[::-1]


def _latest_off(marks: tuple[list[int], list, list], start: int, end: int) -> int | tuple[int, int, int] | None:
    """The latest of ``marks`` (_printed_years / _printed_dates) outside ``[start, end)``, or None."""
    starts, up_to, from_ = marks
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return max(([up_to[lo - 1]] if lo > 0 else []) + ([from_[hi]] if hi < len(starts) else []), default=None)


# A diagnosis heading that points back to the line above it as this report's diagnosis ("Diagnosis: as above.",
# "DIAGNOSIS: Right breast, US core: as above.", "Beurteilung: ... wie oben.", "Conclusion : ... voir ci-dessus.",
# "Diagnosi: ... vedi sopra."): on its own line, that line is never the clinical-information field's (review pfinal10)
_AS_ABOVE = re.compile(r"\b(?:(?:as|see)[ \t]+above|wie[ \t]+oben|voir[ \t]+ci-dessus|vedi[ \t]+sopra|ver[ \t]+acima|"
                       r"v[ée]ase[ \t]+arriba|como[ \t]+arriba)\b", re.IGNORECASE)


def _pointed_back_line(norm: str, heading_start: int, content_start: int) -> int:
    """The start of the line a diagnosis heading at ``heading_start`` (its text from ``content_start``) points back to
    by its own line's "as above" (_AS_ABOVE): the line right above the heading's; -1 where it points back to none."""
    line_start = norm.rfind("\n", 0, heading_start) + 1
    if line_start == 0 or _AS_ABOVE.search(norm, content_start, end_of_line(norm, content_start)) is None:
        return -1
    return norm.rfind("\n", 0, line_start - 1) + 1


def _clinical_information_end(norm: str, start: int, stop: int, limit: int, part_starts: list[int],
                              before_diagnosis: bool, narrowed: bool, pointed_back: int = -1) -> int:
    """Where a clinical-information field (_CLINICAL_INFORMATION_NAME) heading its line at ``start``, its field read
    to ``stop``, stops: on over the lines below ``stop`` that recall an earlier report (_recalled_line) or go on with
    such a line (wrapped, _wrapped, or indented deeper than it), each indented deeper than the field's line or, when
    ``before_diagnosis`` (the next heading, at ``limit``, is a diagnosis heading), any line of its paragraph; never
    over a specimen's, side's or result's line (_CONTINUATION_BLOCKER) or a part's header, nor, unindented, over a
    field of its own (_LABEL_LINE). ``narrowed`` (a heading the field's own paragraph was not history under, "Indicazioni
    cliniche:"), or ``before_diagnosis`` with no blank line before that heading: the lines of its own paragraph
    before ``stop`` are read so too, the field's own line and the lines wrapped from it kept. ``pointed_back``: the
    start of the line the diagnosis heading at ``limit`` points back to (_pointed_back_line), never covered."""
    line_start = norm.rfind("\n", 0, start) + 1
    indent = _skip_blanks(norm, line_start, start) - line_start
    narrowed = narrowed or before_diagnosis and BLANK_LINE.search(norm, start, limit) is None
    pos = min(end_of_line(norm, start), stop) if narrowed else stop
    recalled_indent = -1  # (the indentation of the recalled line the lines below go on with; -1: none yet)
    listed = _RECALLED_LIST_LABEL.search(norm, max(line_start, pos - 60), pos) is not None
    while pos < limit and norm[pos] == "\n":
        nxt = pos + 1
        if nxt == pointed_back:
            break
        line_end = min(end_of_line(norm, nxt), limit)
        text_at = _skip_blanks(norm, nxt, line_end)
        wrapped = _wrapped(norm, pos, norm[text_at : text_at + 1])
        if pos < stop and (wrapped or listed):
            pos = line_end  # (narrowed: the field's own sentence, or a recalled one, wrapped within its paragraph)
            continue
        j = bisect.bisect_left(part_starts, nxt)
        if (text_at == line_end or j < len(part_starts) and part_starts[j] == nxt
                or _PART.match(norm, nxt, line_end) is not None
                or _CONTINUATION_BLOCKER.match(norm, nxt, line_end) is not None
                or not (text_at - nxt > indent or before_diagnosis and _LABEL_LINE.match(norm, nxt, line_end) is None)):
            break
        if _recalled_line(norm, text_at, line_end):
            recalled_indent = text_at - nxt
        elif not (recalled_indent >= 0 and (wrapped or text_at - nxt > recalled_indent)):
            break
        pos = line_end
    return stop if pos < stop and not norm[pos:stop].strip() else pos  # (all its paragraph's lines kept: its end)


def _history_end(norm: str, content_start: int, limit: int, part_starts: list[int], dictated: bool) -> int:
    first = _CONTENT.search(norm, content_start, limit)
    content = first.start() if first else limit
    stops = [limit]
    blank = BLANK_LINE.search(norm, content, limit)
    if blank:
        stops.append(blank.start())
    rule = RULE_LINE.search(norm, content, limit)  # a ruled line closes the history like a blank line
    if rule:
        stops.append(rule.start())
    j = bisect.bisect_right(part_starts, content_start)
    if j < len(part_starts):
        stops.append(part_starts[j])
    if dictated:
        # (the heading's own full stop or comma, said straight after it, ends no sentence: "Clinical history.
        # Right breast carcinoma treated in twenty nineteen, now ..." is history to the next full stop)
        own_mark = content == content_start and norm.startswith((".", ","), content)
        sentence = _SENTENCE_END.search(norm, content + 1 if own_mark else content, limit)
        if sentence:
            stops.append(sentence.end())
    return max(min(stops), content_start)


def _skip_blanks(norm: str, pos: int, stop: int) -> int:
    """The first position at or after ``pos`` (before ``stop``) that is no space or tab."""
    while pos < stop and norm[pos] in " \t":
        pos += 1
    return pos


def _inline_history_end(norm: str, content_start: int, stop: int) -> int:
    """Where a history heading said mid-line (_TYPED_DICTATION_HEADING) stops, its field ending at ``stop`` (the next
    heading): at the end of its sentence when that comes first, as a dictated diagnosis sentence may follow it on
    the same line before the next heading ("History: lump. Left breast core: invasive ductal carcinoma. Final
    diagnosis: see above.": the core's carcinoma is no history)."""
    for sentence in _INLINE_SENTENCE_END.finditer(norm, content_start, stop):
        at = sentence.start()
        if norm[at] == "." and (_is_initial(norm, at) or _SHORT_NUMBER.match(norm, at + 1)):
            continue
        return sentence.end()
    return stop


def _is_initial(norm: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes a single letter read as a person's initial (_INITIAL_BEFORE)."""
    letter = dot - 1
    if letter < 0 or not norm[letter].isalpha() or (letter > 0 and (norm[letter - 1].isalnum() or norm[letter - 1] == "_")):
        return False
    return _INITIAL_BEFORE.search(norm, max(0, letter - INITIAL_REACH), letter) is not None


def _indented_block_end(norm: str, start: int, end: int) -> int:
    """Where the lines indented deeper than the heading line at ``start`` stop (a blank line or a
    line at the heading's own indent); ``end`` when the next line is not indented deeper."""
    line_start = norm.rfind("\n", 0, start) + 1
    head = norm[line_start:end]
    indent = len(head) - len(head.lstrip(" \t"))
    pos = norm.find("\n", end)
    stop = end
    while pos >= 0:
        nxt = norm.find("\n", pos + 1)
        line = norm[pos + 1 : len(norm) if nxt < 0 else nxt]
        if not line.strip() or len(line) - len(line.lstrip(" \t")) <= indent:
            break
        stop = len(norm) if nxt < 0 else nxt
        pos = nxt
    return stop


_NUMBERED_SPECIMEN = re.compile(r"[ \t]*" + _HEADING_NUMBER + r"[ \t]+(?i:spec|material|procedure|site|source|laterality|target)")
_STAMP = re.compile(r"(?i:signed|verified|released|issued|reported|authori[sz]ed)\b")
_STAMP_GAP = re.compile(r"[ \t]*\**[ \t]{3,}")
_BRACKET_STAMP = re.compile(r"\[(?i:signed|verified|released|issued|reported|authori[sz]ed)\b[^\]\n]*\]")
# (a laboratory system's banner may name its month: "----- ADDENDUM (27-Feb-2026) -----", "(24 Feb 2026)")
_DATE = re.compile(r"\b(?:(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)"
                   r"|(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y2>(?:19|20)\d\d)"
                   r"|(?P<nd>\d{1,2})[- ](?P<mon>(?i:" + "|".join(MONTH_ABBREVIATIONS) + r"))(?i:[a-z]{0,6})\.?[- ]"
                   r"(?P<y3>(?:19|20)\d\d))\b")
# (also nlp.resolution's: a revision printed above the diagnosis it revises, newest first)
# (a rule may carry a title set in it, as a database form prints the box of pasted text below a field:
# "-- Histology text (pasted from lab system) ------": the rule still closes what is above it)
RULE_LINE = re.compile(r"\n[ \t]*(?:[-=_*]{2,}[ \t]+[^\n]{1,80}?[ \t]+)?[-=_*]{5,}[ \t]*\n")


def _first_date(norm: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(year, month, day) of the first date in ``norm[start:end]`` (day first when the first number
    cannot be a month)."""
    m = _DATE.search(norm, start, end)
    if m is None:
        return None
    if m.group("y"):
        return int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if m.group("y3"):
        return int(m.group("y3")), MONTH_ABBREVIATIONS.index(m.group("mon").casefold()) + 1, int(m.group("nd"))
    a, b = int(m.group("a")), int(m.group("b"))
    return (int(m.group("y2")), b, a) if a > 12 else (int(m.group("y2")), a, b)


def heading_date(norm: str, start: int) -> tuple[int, int, int] | None:
    """(year, month, day) of the first date on the line at ``start`` (a heading's: "== ADDENDUM (05-Mar-2026) ==")."""
    return _first_date(norm, start, end_of_line(norm, start))


def _printed_before(norm: str, context_start: int, context_date: tuple[int, int, int] | None, start: int,
                    end: int) -> bool:
    """A heading below an addendum that belongs to the report as first issued (a system that prints
    the newest part first): a rule line separates it from the addendum, or its own date is earlier."""
    if RULE_LINE.search(norm, context_start, start):
        return True
    date = _first_date(norm, start, end_of_line(norm, end)) if context_date else None
    return date is not None and context_date is not None and date < context_date


# A printout's status line that names the addendum it prints and dates it ("Status: PRELIMINARY ADDENDUM    Date:
# 03/17/2026"): the date of an undated "ADDENDUM:" below it (not "Addendum to the report of ...": that date is the
# report's).
# Only a status line naming the addendum as preliminary or pending ("Status: PRELIMINARY ADDENDUM", "Status: addendum
# pending"), its date field next: "FINAL; addendum cancelled", "Addendum: withdrawn" or "Addendum: none" print none
_STATUS_ADDENDUM_DATE = re.compile(r"^[^\n:]{0,40}:[ \t]*(?:(?:preliminary|pending)[ \t]+addendum|addendum[ \t]*(?:[-:][ \t]*)?"
                                   r"(?:preliminary|pending))[ \t]*[,;|]?[ \t]*dated?[ \t]*:", re.IGNORECASE | re.MULTILINE)
STATUS_LINE_REACH = 600  # how far above the addendum's heading its printout's status line is looked for


def _status_line_date(norm: str, start: int) -> tuple[int, int, int] | None:
    """The date of the status line nearest above the addendum heading at ``start`` (_STATUS_ADDENDUM_DATE), or None:
    where two printouts or addenda follow each other closely, the older status line above dates the older one."""
    lines = list(_STATUS_ADDENDUM_DATE.finditer(norm, max(0, start - STATUS_LINE_REACH), start))
    m = lines[-1] if lines else None
    return _first_date(norm, m.end(), end_of_line(norm, m.end())) if m is not None else None


# A bare "Provisional diagnosis:" line inside the clinical details' paragraph (the history runs up to it, no blank
# line between) is the clinician's working diagnosis sent with the specimen, history like "Clinical diagnosis:"
# ("Clinical details: lump for 1 year.\nProvisional diagnosis: Fibroadenoma ? Phyllodes tumour."), when the report
# gives its own diagnosis under a diagnosis heading after it. A pathologist's own "Provisional diagnosis:" stands apart
# from the history (a blank line, another section before it), names whose or what it is ("Provisional diagnosis
# (pathologist):", "(frozen section)", "(pending immunohistochemistry)", "- pathologist:"), or is the report's only
# diagnosis ("Clinical history: left breast mass.\nProvisional diagnosis: Left breast core: invasive ductal carcinoma,
# grade 2. Final report with receptors to follow."): it diagnoses
_BARE_PROVISIONAL_DIAGNOSIS = re.compile(r"[ \t]*provisional[ \t]+(?:diagnosis|dx)[ \t]*:[ \t]*", re.IGNORECASE)
_CLINICAL_HISTORY_NAME = re.compile(r"\b(?:clinical|history|hx)\b", re.IGNORECASE)


# A later diagnosis section that gives no diagnosis of its own does not make a provisional one the clinician's: it
# defers ("Diagnosis: pending.", "Final diagnosis: to follow after immunohistochemistry.", "Diagnosis: As per
# provisional diagnosis", "Final diagnosis: Confirmed; see above.") or adds only receptors / stains ("Final diagnosis
# (addendum): ER 8/8, PR 6/8, HER2 negative.", "Diagnosis (addendum): E-cadherin negative, in keeping.")
# A "Confirmed" defers only as its own clause ("Confirmed; see above", "Confirmed."), and receptors only with no
# finding of the lexicon named on their line before an "in keeping with" (_IN_KEEPING): "Final diagnosis: Confirmed invasive
# ductal carcinoma" and "Final diagnosis: ER-positive invasive ductal carcinoma" state one of their own
_DIAGNOSIS_DEFERRED = re.compile(
    r"[ \t\n]*(?:pending|awaited|to[ \t]+follow|as[ \t]+(?:per|above)|see[ \t]+(?:above|below)|in[ \t]+keeping"
    r"|confirmed[ \t]*(?:[.;,:]|$|see\b)"
    r"|(?P<stain>(?:ER|PR|PgR|HER-?2|E-?cadherin|Ki-?67|p63|immunohistochemistry)\b))", re.IGNORECASE | re.MULTILINE)
_IN_KEEPING = re.compile(r"\b(?:in[ \t]+keeping|consistent[ \t]+with)\b", re.IGNORECASE)


def _diagnosis_deferred(norm: str, end: int) -> bool:
    """Whether the diagnosis heading's text from ``end`` opens by deferring or with receptors / stains only
    (_DIAGNOSIS_DEFERRED), no finding named on its line after the stains before an "in keeping" (_IN_KEEPING)."""
    m = _DIAGNOSIS_DEFERRED.match(norm, end)
    if m is None:
        return False
    if m.group("stain") is None:
        return True
    line_end = end_of_line(norm, m.end())
    keeping = _IN_KEEPING.search(norm, m.end(), line_end)
    return not _names_finding(norm[m.end():keeping.start() if keeping else line_end])


# ... nor one that defers anywhere in its text, after a specimen's label or in a later line ("Final diagnosis: Right
# breast, core: see comment.", "Left breast core - deferred to MDT review", "Awaiting levels", "Consistent with
# provisional diagnosis", "Same as provisional")
_DIAGNOSIS_DEFERS_IN_TEXT = re.compile(
    r"\b(?:see[ \t]+(?:the[ \t]+)?comment|pending|deferred|awaiting|awaited|to[ \t]+follow|(?:consistent[ \t]+with|same"
    r"[ \t]+as|as[ \t]+per|in[ \t]+keeping[ \t]+with)[ \t]+(?:the[ \t]+)?provisional)\b", re.IGNORECASE)


def _states_diagnosis(norm: str, heads: list[tuple[int, int, str, str, str, bool]], starts: list[int], j: int) -> bool:
    """Whether the diagnosis section heading ``heads[j]`` (``starts``: the headings' starts) states a diagnosis of its
    own: it does not defer or give receptors only (_diagnosis_deferred) and defers nowhere up to the next heading on a
    later line (_DIAGNOSIS_DEFERS_IN_TEXT)."""
    end = heads[j][1]
    if _diagnosis_deferred(norm, end):
        return False
    nxt = bisect.bisect_right(starts, end_of_line(norm, end), j + 1)
    stop = starts[nxt] if nxt < len(starts) else len(norm)
    return _DIAGNOSIS_DEFERS_IN_TEXT.search(norm, end, stop) is None


# A provisional line that names a specimen or procedure, a grade or who telephoned / reported it ("Provisional
# diagnosis: Left breast core: invasive ductal carcinoma, grade 2 (telephoned to Mr Khan by Dr Lee)") is the
# pathologist's own, not the clinician's working diagnosis ("Fibroadenoma ? Phyllodes tumour", "Carcinoma left breast":
# a side alone is the clinician's too)
_PROVISIONAL_NAMES_SPECIMEN = re.compile(
    r"\b(?:core|biops(?:y|ies)|excision|fna|aspirat\w*|mastectomy|lumpectomy|specimen|grade|telephoned|phoned"
    r"|reported[ \t]+by|discussed[ \t]+with)\b", re.IGNORECASE)


def _clinicians_provisional_diagnosis(norm: str, sections: list[Section], start: int, end: int,
                                      stated_after: bool) -> bool:
    """Whether the heading from ``start`` to ``end`` is a bare "Provisional diagnosis:" (_BARE_PROVISIONAL_DIAGNOSIS)
    that continues the clinical history section before it (_CLINICAL_HISTORY_NAME, ending at the heading with no blank
    line), its own line naming no specimen, side or grade (_PROVISIONAL_NAMES_SPECIMEN), with a diagnosis heading among
    the later headings that states a diagnosis of its own (``stated_after``, _later_diagnosis_flags)."""
    if (not sections or not _BARE_PROVISIONAL_DIAGNOSIS.fullmatch(norm, start, end)
            or _PROVISIONAL_NAMES_SPECIMEN.search(norm, end, end_of_line(norm, end)) is not None):
        return False
    history = sections[-1]
    return (history.role == HISTORY and history.end == start and _CLINICAL_HISTORY_NAME.search(history.name) is not None
            and BLANK_LINE.search(norm, history.heading_end, start) is None and stated_after)


# "Gross findings:" heads the gross description (text that does not label) only with a diagnosis section heading after
# it: with none, the line after the gross text may be the report's diagnosis ("Left breast core biopsy.\nGross
# findings: three cores.\nInvasive ductal carcinoma, grade 2."), which a gross field running on would hide, so there
# the line reads as plain text, as it did before the name was known. A title line ("HISTOPATHOLOGY"), a "Tumour:" or
# "Histology:" field or a "Provisional diagnosis:" heading is no diagnosis section for this, nor for the provisional
# rule above (_NO_DIAGNOSIS_SECTION, _is_diagnosis_section: "Tumour: 12 mm." states no diagnosis of its own)
_GROSS_FINDINGS_NAME = re.compile(r"gross\s+findings", re.IGNORECASE)
_NO_DIAGNOSIS_SECTION = re.compile(r"(?:histo)?patholog(?:y|ical)(?:\s+report)?|histology|tumou?r"
                                   r"|provisional\s+(?:diagnosis|dx)", re.IGNORECASE)


def _is_diagnosis_section(name: str, qual: str) -> bool:
    """Whether a heading is a real diagnosis section for the provisional and gross rules: a diagnosis heading, not a
    title line, a field or a provisional diagnosis (_NO_DIAGNOSIS_SECTION)."""
    return _role(name, qual, False) == DIAGNOSIS and not _NO_DIAGNOSIS_SECTION.fullmatch(" ".join(name.split()))


def _later_diagnosis_flags(norm: str, heads: list[tuple[int, int, str, str, str, bool]]) -> tuple[list[bool], list[bool]]:
    """For each heading, whether a real diagnosis section follows it (_is_diagnosis_section), and whether one that
    follows it states a diagnosis of its own (_states_diagnosis): one backward pass per report, so that each
    "Provisional diagnosis:" or "Gross findings:" heading reads the answer instead of rescanning the later headings."""
    starts = [h[0] for h in heads]
    section_after, stated_after = [False] * len(heads), [False] * len(heads)
    section, stated = False, False
    for j in range(len(heads) - 1, -1, -1):
        section_after[j], stated_after[j] = section, stated
        if _is_diagnosis_section(heads[j][2], heads[j][3]):
            section = True
            stated = stated or _states_diagnosis(norm, heads, starts, j)
    return section_after, stated_after


def _next_diagnosis(heads: list) -> list[int]:
    """For each heading, the index of the first diagnosis heading after it (-1 when none), read once per report."""
    found, following = [-1] * len(heads), -1
    for j in range(len(heads) - 1, -1, -1):
        found[j] = following
        if _role(heads[j][2], heads[j][3], False) == DIAGNOSIS:
            following = j
    return found


def _numbered_description(norm: str, heads: list, next_diagnosis: list[int], k: int, end: int, limit: int,
                          qual: str) -> bool:
    """Whether a combined report's "Cytology (1):" / "Histology (2):" heading (_role's MICROSCOPIC) at ``heads[k]``
    describes its specimen: its text does not open with the specimen's site and side as a label nor carries a B
    category, and the diagnosis section below it (if any) restates that specimen's number ("2. Left breast VAB:
    DCIS"), not only pointing back to it ("2. See histology above")."""
    number = _SPECIMEN_NUMBER_QUAL.fullmatch(qual)
    if number is None:
        return True
    opening = _SPECIMEN_LABEL_OPENING.match(norm, end, min(limit, end + 200))
    if opening and _LABEL_SIDE.search(opening.group(1)) or _B_CATEGORY.search(norm, end, min(limit, end + 2000)):
        return False
    j = next_diagnosis[k]
    if j >= 0:
        end_j = heads[j][1]
        stop_j = heads[j + 1][0] if j + 1 < len(heads) else len(norm)
        item = re.compile(r"(?:^[ \t]*|[.:;][ \t]+)" + number.group(1) + r"[.)][ \t]+(?!(?i:see|as\b|refer))",
                          re.MULTILINE)
        return item.search(norm, end_j, min(stop_j, end_j + 4000)) is not None
    return True  # (no diagnosis section: the description labels as a description does)


def _heading_words(name: str) -> str:
    """A heading's name as _role reads it, spaces folded and brackets dropped ("EVIDENCE OF RECORD (EOR)")."""
    return " ".join(re.sub(r"\([^)]*\)", " ", name.lower()).split())


def _is_adjudication_heading(name: str) -> bool:
    """A disability determination's own heading (_ADJUDICATION_HISTORY / _ADJUDICATION_VERDICT)."""
    n = _heading_words(name)
    return _ADJUDICATION_HISTORY.fullmatch(n) is not None or _ADJUDICATION_VERDICT.fullmatch(n) is not None


def _adjudication_block_end(norm: str, content_start: int, stop: int) -> int:
    """Where a bare determination heading's block ends: at a blank line, or at the specimen or quoted line below it
    (_ADJUDICATION_BLOCK_END), else at ``stop``."""
    end = _ADJUDICATION_BLOCK_END.search(norm, content_start, stop)
    return end.start() if end is not None else stop


# A French record naming the first report before the conclusion it quotes ("Compte rendu initial H26-133 (02/04/2026),
# conclusion:") heads that conclusion only where the record carries the correction or the supplement the first report
# is named for ("RECTIFICATIF [Correction] du 09/04/2026:", "COMPLÉMENT du 12/04/2026"), and only opening its
# paragraph (a blank line above it), never running on from a history block ("Renseignements cliniques :",
# "Antécédents:" with no blank line between them): an earlier report's conclusion recalled in today's history stays
# history.
_FIRST_REPORT_CONCLUSION = re.compile(_FIRST_REPORT_CONCLUSION_WORDS, re.IGNORECASE)
_FIRST_REPORT_CONCLUSION_GATE = ("initial",)  # (every match of _FIRST_REPORT_CONCLUSION has it)
_CORRECTION_OR_SUPPLEMENT = re.compile(r"rectificatif|compl[ée]ment|correction(?:\s+(?:note|comment))?", re.IGNORECASE)


def _first_report_conclusions(norm: str, heads: list[tuple[int, int, str, str, str, bool]], low: str | None = None
                              ) -> list[tuple[int, int, str, str, str, bool]]:
    """``heads`` less the first-report conclusion headings (:data:`_FIRST_REPORT_CONCLUSION`) that head nothing: in a
    record with no correction or supplement heading, or on a line running on from the line above it (``low``:
    ``ascii_lower(norm)``, when the caller has it; a heading's name is a piece of ``norm``)."""
    if not may_contain(low, _FIRST_REPORT_CONCLUSION_GATE):
        return heads
    named = [h for h in heads if _FIRST_REPORT_CONCLUSION.fullmatch(" ".join(h[2].split()))]
    if not named:
        return heads
    corrected = any(_CORRECTION_OR_SUPPLEMENT.fullmatch(" ".join(h[2].split())) for h in heads)
    dropped = {h[0] for h in named if not corrected or not _opens_paragraph(norm, h[0])}
    return [h for h in heads if h[0] not in dropped]


def _opens_paragraph(norm: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` opens its paragraph: the record's start or a blank line above it (no history
    line running on into it)."""
    return line_start == 0 or not norm[norm.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].strip()


def _sections(norm: str, dictated: bool, part_starts: list[int], low: str | None = None) -> list[Section]:
    heads = _headings(norm, dictated, low)
    heads = _first_report_conclusions(norm, heads, low)
    if any(_ADJUDICATION_GENERIC.fullmatch(_heading_words(h[2])) for h in heads) and _ADJUDICATION_DOCUMENT.search(
            low if low is not None else norm.lower()) is None:
        # (a consultation's "Material reviewed:" is no heading of a determination's: read as before the names existed)
        heads = [h for h in heads if not _ADJUDICATION_GENERIC.fullmatch(_heading_words(h[2]))]
    sections: list[Section] = []
    block_role, block_name, block_order = BODY, "", -1
    seen_revision_context = False
    context_start, context_date = 0, None  # where the last addendum / amendment heading is, and its date
    ours_form: tuple[bool, int] | None = None  # (_outgoing_form, _latest_year), read at the first referring heading
    if heads and heads[0][0] > 0:
        sections.append(Section("", BODY, 0, heads[0][0], 0, -1))
    elif not heads:
        return [Section("", BODY, 0, len(norm), 0, -1)]
    skip_until = -1
    later_flags: tuple[list[bool], list[bool]] | None = None  # (_later_diagnosis_flags, read at the first heading needing it)
    next_diagnosis: list[int] = []  # (_next_diagnosis, read at the first numbered "Cytology (1):" needing it)
    for k, (start, end, name, qual, _sep, block) in enumerate(heads):
        if start < skip_until:
            continue
        # (the next heading past a sub-field block, read once per heading and by index: a copy of the rest of the list
        # per heading was quadratic in a report of many headings)
        following = next((heads[j] for j in range(k + 1, len(heads)) if heads[j][0] >= skip_until), None)
        limit = len(norm) if following is None else following[0]
        in_context = seen_revision_context and not _printed_before(norm, context_start, context_date, start, end)
        role = _role(name, qual, in_context)
        if role == DIAGNOSIS and _REFERRING_DIAGNOSIS.match(" ".join(name.lower().split())):
            # (read here, not in the cached _role: whether the report is an outgoing form and the latest year it prints
            # are the document's, computed once, at its first referring heading)
            if ours_form is None:
                ours_form = (_outgoing_form(norm), _latest_year(norm))
            if not _ours_today(qual, *ours_form):
                role = OUTSIDE  # (a referring diagnosis "(ours, <earlier date>)", or not on an outgoing form: outside)
        if (role in (DIAGNOSIS, REVISION) and block_role == ORIGINAL and not _REVISED_WORDS.search(name.lower())
                and not _ADMIN_LINES.sub("", norm[sections[-1].heading_end : start]).strip(" \t\n-=*_")):
            # "---- previously reported, retained for record ----" / "FINAL DIAGNOSIS: ..." : the banner
            # names what follows, the diagnosis as first issued (the version's own accession or date
            # lines between them included)
            role = ORIGINAL
        if role == DIAGNOSIS and _BARE_PROVISIONAL_DIAGNOSIS.fullmatch(norm, start, end):
            later_flags = later_flags or _later_diagnosis_flags(norm, heads)
            if _clinicians_provisional_diagnosis(norm, sections, start, end, later_flags[1][k]):
                role = HISTORY
        if role == GROSS and _GROSS_FINDINGS_NAME.fullmatch(" ".join(name.split())):
            later_flags = later_flags or _later_diagnosis_flags(norm, heads)
            if not later_flags[0][k]:
                role = None
        if role == MICROSCOPIC and name.strip().lower() in ("cytology", "histology") and not _numbered_description(
                norm, heads, next_diagnosis := next_diagnosis or _next_diagnosis(heads), k, end, limit, qual):
            # "Histology (2): Right breast core: invasive ductal carcinoma, grade 2. B5b." over an opinion that only
            # points back to it ("2. See histology above"): the diagnosis, as before the numbered heading was read
            role = DIAGNOSIS
        if role is None:
            # a labelled line but not a section heading ("Histologic Type: ..."): it ends a field
            # heading's content and stays in the enclosing block
            sections.append(Section(block_name, block_role, start, limit, start, block_order))
            continue
        # (a supplementary report is issued later like an addendum: "Supplementary report (IHC) - <date>:" then
        # "Final pathologic diagnosis:" gives the final diagnosis)
        if role in (ADDENDUM, AMENDMENT) or role == REVISION and "supplement" in name.lower():
            seen_revision_context = True
            # (an undated "ADDENDUM:" under the report's "Addendum: 01/27/2026" header line keeps that date)
            context_start, context_date = start, (_first_date(norm, start, end_of_line(norm, start)) or context_date
                                                  or _status_line_date(norm, start))
        if role == HISTORY and block and not dictated:
            sub_end = _indented_block_end(norm, start, end)
            if sub_end > limit:
                # "Pre-treatment information:" over indented sub-fields ("   Diagnosis: IDC"): the
                # sub-fields are history too, not headings of their own
                limit = skip_until = sub_end
        if role == HISTORY and (block or dictated):
            # History is one paragraph (dictated: one sentence): it ends at a blank line after its
            # text or at the first part header, so "CLINICAL HISTORY: ...\n\nA. Left breast: IDC"
            # stays a diagnosis.
            stop = _named_history_end(norm, name, end, _history_end(norm, end, limit, part_starts, dictated), limit,
                                      part_starts, in_field=False)
            if _is_adjudication_heading(name):
                stop = _adjudication_block_end(norm, end, stop)
            if "[" in norm[start:end] and _OWN_ACCOUNT_NAME.match(_heading_words(name)) and (
                    glossed := _GLOSSED_SECTION_LINE.search(norm, end, stop)) is not None:
                stop = glossed.start()  # (a translated own-account section: the form's next glossed section ends it)
            sections.append(Section(name, role, start, stop, end, k))
            if stop < limit:
                sections.append(Section(block_name, block_role, stop, limit, stop, block_order))
            continue
        if block and role == COMMENT and _is_adjudication_heading(name) and (
                cut := _adjudication_block_end(norm, end, limit)) < limit:
            # a bare "LISTINGS" over its verdict line: the specimen line below is the enclosing block's again
            sections.append(Section(name, role, start, cut, end, k))
            sections.append(Section(block_name, block_role, cut, limit, cut, block_order))
            continue
        if block or role in (ADDENDUM, AMENDMENT) and dictated:
            sections.append(Section(name, role, start, limit, end, k))
            block_role, block_name, block_order = role, name, k
            continue
        stop = _field_end(norm, end, limit, part_starts)
        if role == HISTORY and not _LINE_START.search(norm, max(0, start - 40), start):
            stop = _inline_history_end(norm, end, stop)
        if role == HISTORY and _RUN_IN_HISTORY_NAME.search(name) and (
                run_in := _run_in_diagnosis_end(norm, end, stop)) is not None:
            stop = run_in  # "Presenting complaint: lump. Diagnosis: Left breast core: ...": history ends
        if role == HISTORY and _PRE_TX_NAME.match(name) and (tx_end := _PRE_TX_FIELD_END.search(norm, end, stop)):
            stop = tx_end.start()  # "Pre-tx: nil. R WLE: ILC 18 mm": the specimen's header after it is no history
        if role == HISTORY and _PRE_TX_NAME.match(name) and not _LINE_START.search(norm, max(0, start - 40), start) and (
                tx_end := _pre_tx_inline_end(norm, _skip_blanks(norm, end, stop), stop)):
            # "... ypT0. Pre-tx: L IDC gr3 (core 08/25) R WLE: IDC 11 mm": no full stop needed (the field's own opening
            # "Pre-tx: L core: IDC gr3" is its text, so the search starts after it)
            stop = tx_end.start()
        if role == HISTORY:
            stop = _named_history_end(norm, name, end, stop, limit, part_starts, in_field=True)
        if role == HISTORY and _CLINICAL_INFORMATION_NAME.fullmatch(_heading_words(name)) and _LINE_START.search(
                norm, max(0, start - 40), start):
            before_diagnosis = following is not None and _role(following[2], following[3], in_context) == DIAGNOSIS
            stop = _clinical_information_end(norm, start, stop, limit, part_starts, before_diagnosis,
                                             _NARROWED_CLINICAL_INFORMATION.fullmatch(_heading_words(name)) is not None,
                                             _pointed_back_line(norm, limit, following[1]) if before_diagnosis else -1)
        if _MATERIAL_NAME.fullmatch(_heading_words(name)) and (
                cut := _CYRILLIC_HEADING_LINE.search(norm, end, stop)) is not None:
            stop = cut.start()  # an unglossed "Материал:" ends at the next line headed by Cyrillic words ("Заключение:")
        if name == _CONSENT_FIELD_HEADING:
            stop = _consent_field_end(norm, end, stop)
        if role == HISTORY and (rule := RULE_LINE.search(norm, end, stop)) is not None:
            stop = rule.start()  # a ruled line closes a history field as it closes a history block
        sections.append(Section(name, role, start, stop, end, k))
        if role in (ADDENDUM, AMENDMENT, ORIGINAL, REVISION) and stop < limit and not norm[stop:limit].strip(
                ).startswith(("-", "*")):
            # an addendum / amendment / original / revised block written as "NAME (date): text" keeps
            # its following lines until the next heading
            sections[-1] = Section(name, role, start, limit, end, k)
            block_role, block_name, block_order = role, name, k
            continue
        if stop < limit:
            sections.append(Section(block_name, block_role, stop, limit, stop, block_order))
    # merge empty pieces
    return [s for s in sections if s.end > s.start]


# A translation in square brackets after a full stop ("Tumeur phyllode bénigne du sein gauche. [Fibroadenoma of the
# right breast. Benign phyllodes tumour of the left breast.]") is a sentence of its own, ended by its closing bracket,
# when it translates the original before it: it names the same sides as the original text since the last bracket or
# blank line. A bracket with no side of its own stays with its sentence ("... infiltrant. [Invasive ductal
# carcinoma.]"), and one that names another side than the original ("Sein gauche : ... [...; the right breast was not
# sampled.]") is an aside of that sentence, not a translation of it
# (_TRANSLATION_REACH bounds both the bracket and the look back for its original: a translation renders a sentence or
# two, and so is the original before it, which 600 characters hold with room to spare; a longer bracket is a quoted
# passage or an aside, not a translation, and a bounded look back keeps each bracket's cost bounded)
_TRANSLATION_REACH = 600
_TRANSLATION_BRACKET = re.compile(rf"(?<=[.!?])[ \t]+(\[[A-Z][^\[\]]{{0,{_TRANSLATION_REACH}}}\])")
_GLOSS_SIDE = re.compile(r"\b(?:(?P<l>left|gauche|izquierd[ao]|sinistr[ao]|esquerd[ao]|links|linke[nrs]?)|"
                         r"(?P<r>right|droite?|derech[ao]|destr[ao]|direit[ao]|rechts|rechte[nrs]?))\b", re.IGNORECASE)


def _sides_named(text: str) -> set[str]:
    return {"L" if m.group("l") else "R" for m in _GLOSS_SIDE.finditer(text)}


def _translation_cuts(norm: str) -> list[int]:
    """Where each translating bracket (_TRANSLATION_BRACKET) starts and ends, as unit cuts."""
    cuts = []
    for m in _TRANSLATION_BRACKET.finditer(norm):
        reach = max(0, m.start() - _TRANSLATION_REACH)  # (the look back starts at the reach, not the text's start)
        lo = max(norm.rfind("]", reach, m.start()) + 1, norm.rfind("\n\n", reach, m.start()) + 1, reach)
        sides = _sides_named(m.group(1))
        if sides and sides == _sides_named(norm[lo : m.start()]):
            cuts += [m.start(1), m.end(1)]
    return cuts


def _units(norm: str, dictated: bool, sections: list[Section], part_starts: list[int] = ()) -> list[tuple[int, int]]:
    """The report's sentences; none runs over a section heading (an unpunctuated dictation goes on
    in lower case from "... sentinel node number one" into "final diagnosis A right breast ...") nor,
    in a dictation, over a part label ("... zero of one / part b right breast ...")."""
    units, start = [], 0
    pattern = _UNIT_BREAK_DICTATED if dictated else _UNIT_BREAK
    for m in pattern.finditer(norm):
        cut = m.start() if norm[m.start()] == "\n" else m.start() + 1  # keep the end punctuation
        if cut > start:
            units.append((start, cut))
        start = m.end()
    if start < len(norm):
        units.append((start, len(norm)))
    heads = [sec.start for sec in sections if sec.heading_end > sec.start]
    if dictated and part_starts:
        heads = sorted({*heads, *part_starts})
    if not dictated and "[" in norm and (cuts := _translation_cuts(norm)):
        heads = sorted({*heads, *cuts})
    if not heads:
        return units
    out = []
    for a, b in units:
        lo, hi = bisect.bisect_right(heads, a), bisect.bisect_left(heads, b)
        for cut in heads[lo:hi]:
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


def _header_text(norm: str, start: int, end: int) -> str:
    """A part header: its first line, plus the next one when the first is only a label."""
    line_end = norm.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    header = norm[start:line_end]
    if len(re.sub(r"[\W\d_]", "", header)) <= 6 and line_end < end:
        nxt = norm.find("\n", line_end + 1, end)
        header += " " + norm[line_end + 1 : end if nxt < 0 else nxt]
    return header


# the details field a checklist prints under its ticked options ("[X] Fibroadenoma" over "Details: RIGHT reduction
# specimen - fibroadenoma 11 mm", "Side / details: LEFT (contralateral) mastectomy - ...")
_OPTION_DETAILS = re.compile(r"\n[ \t]*(?:side[ \t]*/[ \t]*)?details?[ \t]*:", re.IGNORECASE)


def _ticked_option_side(norm: str, option_start: int, stop: int, sides: SideIndex) -> str | None:
    """The side of a ticked option that names none on its line ("[X] Fibroadenoma"), from the details line
    under it: the side heading the details' mention of the option ("RIGHT reduction specimen - fibroadenoma
    11 mm. Left specimen - fat necrosis"), else the details' one side; None when there is no details line or
    it leaves the side open."""
    line_end = norm.find("\n", option_start, stop)
    details = _OPTION_DETAILS.match(norm, line_end) if line_end >= 0 else None
    if details is None:
        return None
    details_end = norm.find("\n", details.end(), stop)
    details_end = stop if details_end < 0 else details_end
    option = norm[option_start:line_end].strip().lower()
    named = norm[details.end() : details_end].lower().find(option) if len(option) > 3 else -1
    if named >= 0:
        return sides.nearest(details.end(), details.end() + named, details.end() + named)
    found = {mention.side for mention in sides.sides_in(details.end(), details_end)}
    return found.pop() if len(found) == 1 else None


# A side letter's line that carries that side's diagnoses and then its node count ("L: DCIS int gr, 22 mm; sep. FA
# 8 mm. SLN 0/2." under "B/L mastectomies + L SLNB"): the count, a sentence after the breast's findings, is that
# side's axillary result and does not make the part a node specimen. Only a node count (a number over a number, or
# "negative") after a first sentence that names no site and no metastasis; a line opening on its node ("L: SLN 1/3
# positive"), a metastasis before the count ("R: metastatic carcinoma; sentinel node 2/2") keep the node site.
# Only a line that names a breast-only entity, the breast or its margins ("L: LCIS; papilloma 4 mm", not "L: carcinoma
# 3 mm": the node's carcinoma as well), and only where the report's procedure line names a breast specimen of that side
# ("Bilateral mastectomies with left SLNB"): a line that opens on the operation, not a history, an indication, an
# image or a planned one ("Previous left mastectomy 2019", "Indication: left breast cancer", "Left breast MRI", "left
# mastectomy to follow"). Never a line with a node's own tumour words (micrometastasis, "pN1mi", "(i+)", extranodal
# or perinodal spread, a subcapsular sinus, a deposit, isolated tumour cells: "L: carcinoma 1.5 mm (micromet)").
_SENTENCE_STOP = re.compile(r"[.;](?=[ \t])")  # (the sentence ends of a part's header line)
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_NODE_COUNT_SENTENCE = re.compile(
    r"[ \t]+(?i:slnb?s?|sentinel(?:[ \t]+(?:lymph[ \t]+)?nodes?)?|(?:lymph[ \t]+)?nodes?|lns?)"
    r"[ \t]*(?::[ \t]*)?(?:\d{1,2}[ \t]*/[ \t]*\d{1,2}|(?i:negative|neg)\b)")
_METASTASIS_WORD = re.compile(r"\bmeta?sta", re.IGNORECASE)
_NODAL_TUMOUR_WORD = re.compile(
    r"\b(?:micro-?meta?s?|ene|extra-?(?:nodal|capsular)|deposits?|itcs?|isolated[ \t]+tumou?r[ \t]+cells|"
    r"y?pn[0-3x]\w*|mi|subcapsular|sinus(?:es)?|perinodal|capsul(?:e|ar))\b|\(i[+-]\)",
    re.IGNORECASE)
_BREAST_ONLY_ENTITY = re.compile(
    r"\b(?:dcis|lcis|adh|alh|fa|fibroadenomas?|margins?|papillomas?|phyllodes|fibrocystic|radial[ \t]+scar|paget|breast|"
    r"(?:ductal|lobular)[ \t]+carcinoma[ \t]+in[ \t]+situ|lobular[ \t]+neoplasia|atypical[ \t]+(?:ductal|lobular)"
    r"|columnar[ \t]+cell|sclerosing[ \t]+adenosis)\b",
    re.IGNORECASE)
# The document's first procedure line: a side, a breast operation, then the rest of its line.
_PROCEDURE_LINE = re.compile(
    r"^[ \t]*(?:(?:specimens?|procedures?|operation)[ \t]*:[ \t]*)?"
    r"(?:(?P<both>bilateral|bilat|b/l|both)|(?P<L>left|lt|l)|(?P<R>right|rt|r))\.?[ \t]+(?:breast[ \t]+)?"
    r"(?:(?:prophylactic|skin[- \t]sparing|nipple[- \t]sparing|risk[- \t]reducing|simple|total|therapeutic)[ \t]+)?"
    r"(?:mastectom|lumpectom|wle\b|wide[ \t]+local|segmentectom|quadrantectom|reduction|mammoplast|excision)"
    r"(?P<rest>[^\n]*)",
    re.IGNORECASE | re.MULTILINE)
# ... which names the node procedure together with the breast operation ("Bilateral mastectomies with left SLNB",
# "Left skin sparing mastectomy with SLNB"; accept-only on that shape), and no history or plan word ("Left mastectomy
# previously" then "Now left SLNB" is a node specimen alone).
_WITH_NODE_PROCEDURE = re.compile(
    r"^[^\n]*?(?:\bwith\b|\band\b|\+|&|[;,])[ \t]*(?:(?:left|right|lt|rt|l|r|ipsilateral|bilateral|bilat|b/l)"
    r"[ \t]+)?"
    r"(?:slnb|snb|sentinel|anc|alnd|axillary)\b", re.IGNORECASE)
_HISTORY_OR_PLAN_WORD = re.compile(
    r"\b(?:to[ \t]+follow|planned|plan|previous(?:ly)?|prior|history|ago|pending|deferred|declined|requested|next|"
    r"not[ \t]+done|elsewhere|another|earlier|(?:19|20)\d\d)\b", re.IGNORECASE)


def _has_breast_specimen(norm: str, side: str) -> bool:
    """The report's first procedure line names a breast operation of ``side`` ("L" / "R"), or of both breasts, together
    with the node procedure, and no history or plan word."""
    m = _PROCEDURE_LINE.search(norm)
    if m is None or not (m.group("both") or m.group(side)):
        return False
    rest = m.group("rest")
    return _WITH_NODE_PROCEDURE.match(rest) is not None and _HISTORY_OR_PLAN_WORD.search(rest) is None


def _side_line_read(header: str, mark_len: int, norm: str, side: str) -> str:
    """The text of a side letter's part header (``_PART``'s "L:" / "R:", its mark ``mark_len`` characters long, its
    side ``side``, in the report ``norm``) that names its site: the whole header, or the part before its trailing node
    count (above)."""
    if site_of(header) != LYMPH_NODE or _NODAL_TUMOUR_WORD.search(header):
        return header
    stop = _SENTENCE_STOP.search(header, mark_len)
    if stop is None:
        return header
    first = header[mark_len : stop.end()]
    if not _TWO_LETTERS.search(first) or site_of(first) != UNKNOWN or _METASTASIS_WORD.search(first):
        return header
    for m in _SENTENCE_STOP.finditer(header, stop.start()):
        if _NODE_COUNT_SENTENCE.match(header, m.end()):
            breast = _BREAST_ONLY_ENTITY.search(header, mark_len, m.end()) and _has_breast_specimen(norm, side)
            return header[: m.end()] if breast else header
    return header


def _parts(norm: str, sections: list[Section], sides: SideIndex, marks: list[re.Match[str]] | None = None) -> list[Part]:
    """The specimen parts (``marks``: the ``_PART`` matches of ``norm``, when the caller has them)."""
    marks = list(_PART.finditer(norm)) if marks is None else marks
    if not marks:
        return []
    leaving = [s.start for s in sections if s.role in (COMMENT, GROSS, HISTORY, MICROSCOPIC, AMENDMENT, ADDENDUM,
                                                       ORIGINAL, OUTSIDE, INTRAOPERATIVE, DIAGNOSIS, REVISION)
               and s.heading_end > s.start]
    parts = []
    for i, m in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else len(norm)
        line_start = norm.rfind("\n", 0, m.start()) + 1
        indent = len(norm[line_start : m.start()]) + len(m.group(0)) - len(m.group(0).lstrip(" \t"))
        j = bisect.bisect_right(leaving, m.start())
        while j < len(leaving) and leaving[j] < stop:
            h_line = norm.rfind("\n", 0, leaving[j]) + 1
            h_indent = len(norm[h_line : leaving[j]]) - len(norm[h_line : leaving[j]].lstrip(" \t"))
            # (a heading inside the part's own header line goes on speaking of the part: "A. E-cadherin shows
            # complete loss. Final diagnosis: invasive lobular carcinoma" in an addendum)
            if h_indent <= indent and not (h_line == line_start and norm[h_line : leaving[j]].strip()):
                stop = leaving[j]
                break
            j += 1
        header = _header_text(norm, m.start(), stop)
        label = (m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e")).upper()
        head_sides = sides.sides_in(m.start(), m.start() + len(header))
        side_set = {s.side for s in head_sides}
        # The header's side is its side word, unless the header names both ("bilateral").
        side = head_sides[0].side if len(side_set) == 1 else None
        if side is None and not head_sides and (m.group("c") or "").upper() == "X":  # a ticked box
            side = _ticked_option_side(norm, m.end(), stop, sides)
        # (a side letter's line read up to its trailing node count: _side_line_read)
        read = _side_line_read(header, len(m.group(0)), norm, label) if label in ("L", "R") else header
        site = site_of(read)
        parts.append(Part(label, m.start(), stop, header, side, clock_of(header), site,
                          site == LYMPH_NODE or site != BREAST and bool(_NODAL.search(read))))  # (a breast part: no scan)
    # "SPECIMENS: A. Left breast ..." then "DIAGNOSIS: A. Fibroadenoma": a part without a side or
    # site takes those written on another part with the same label.
    label_side: dict[str, str] = {}
    label_site: dict[str, str] = {}
    for p in parts:
        if p.laterality is not None:
            label_side.setdefault(p.label, p.laterality)
        if p.site != UNKNOWN:
            label_site.setdefault(p.label, p.site)
    out = []
    for p in parts:
        side = p.laterality if p.laterality is not None else label_side.get(p.label)
        site = p.site if p.site != UNKNOWN else label_site.get(p.label, UNKNOWN)
        out.append(Part(p.label, p.start, p.end, p.header, side, p.clock, site,
                        p.nodal or site == LYMPH_NODE))
    return out


_REPORT_SITE_LINE = re.compile(
    # (also as the English gloss of a translated heading: "Material trimis [Material submitted]:", and as
    # the first line of a report quoted in a letter, behind its opening quotation mark)
    r"^[ \t]*[\"“]?(?:[^\W\d][^\[\n:]{0,40}\[)?(?:specimens?(?:\s*\(s\))?(?:\s+(?:received|submitted))?|spec|"
    r"site(?:/laterality)?|source\s+of\s+specimen|material(?:s)?(?:\s+(?:received|submitted))?)\]?"
    r"(?:\s*\([^)\n]*\))?[ \t]*:[ \t]*(?P<value>[^\n]+)",
    re.IGNORECASE | re.MULTILINE,
)
# the same after a newline, led by it (the engine then skips to newlines instead of trying "^" everywhere)
_NEXT_REPORT_SITE_LINE = re.compile("\n" + _REPORT_SITE_LINE.pattern[1:], re.IGNORECASE)


# A radiotherapy record's "Site:" field names the region treated, its dose on the same line ("Site: left chest wall +
# axilla level III/IV   Dose: 40 Gy in 15 fractions"), not a specimen's site: its axilla makes no report of lymph nodes
# (the dose is the field's own: a "Dose:" field, as a radiotherapy record prints it, "Site: right whole breast   Dose:
# 26 Gy in 5 fractions", or a prescription in fractions naming a region, "Left axilla (boost 10 Gy in 5 fractions)";
# a specimen's site line recalling its history, "Left axilla core (40 Gy in 15 fractions)", "Skin of left chest wall
# (50 Gy in 25 fractions, 2016)", "Left supraclavicular node, within 40 Gy/15# field", or a history column beside it,
# "Left axilla core\tPrior RT: 50 Gy", "core biopsy    History: irradiated 50 Gy 2018", leaves it the specimen's site)
_TREATED_SITE_NAME = re.compile(r"[ \t]*[\"“]?site\b", re.IGNORECASE)
_FIELD_DOSE = re.compile(r"\bdose[ \t]*:[ \t]*\d+(?:\.\d+)?[ \t]*Gy\b", re.IGNORECASE)
_PRESCRIBED_DOSE = re.compile(r"\b\d+(?:\.\d+)?[ \t]*Gy[ \t]*"
                              r"(?:in[ \t]+\d+[ \t]*(?:fractions?|fr|#)|/[ \t]*\d+[ \t]*(?:#|fr\b|fractions?\b))",
                              re.IGNORECASE)
# (a history, a specimen taken, a year or a column's next field: the site line is a specimen's)
_SPECIMEN_SITE = re.compile(r"\b(?:prior|previous(?:ly)?|post|after|history|irradiated|pre-?treated|core|biops\w*|"
                            r"nodes?|nodules?|skin|punch|lymph|lung|fna|cytology|excision|mass|lesion|(?:19|20)\d\d)\b"
                            r"|\t|[ ]{3}", re.IGNORECASE)


def _is_treated_site(norm: str, m: re.Match[str]) -> bool:
    """The site line ``m`` names a radiotherapy field: a "Site:" with its own "Dose:" field in Gy, or a region with
    a prescription in fractions and nothing of a specimen's."""
    if _TREATED_SITE_NAME.match(norm, m.start() + (norm[m.start()] == "\n")) is None:
        return False
    value = m.group("value")
    return _FIELD_DOSE.search(value) is not None or (
        _PRESCRIBED_DOSE.search(value) is not None and _SPECIMEN_SITE.search(value) is None)


def _report_site_line(norm: str) -> re.Match[str] | None:
    """The first match of :data:`_REPORT_SITE_LINE` in ``norm``."""
    return _REPORT_SITE_LINE.match(norm) or _NEXT_REPORT_SITE_LINE.search(norm)


# How many lines above a diagnosis heading its specimen's line may take (a wrapped specimen line, a lab number line)
SPECIMEN_ABOVE_LINES = 3
_RULED = re.compile(r"[ \t]*[-=_*]{5,}[ \t]*")
_ABOVE_NOT_SPECIMEN = (HISTORY, OUTSIDE, COMMENT)


def _breast_specimen_above(norm: str, sections: list[Section], sec: Section) -> bool:
    """True when the lines printed right above a diagnosis heading that opens its line name the breast's specimen:
    "Pièce de mastectomie droite [right mastectomy specimen], ... avec ganglions\n  sentinelles.\n  Conclusion:" over
    a conclusion that names only the nodes. At most SPECIMEN_ABOVE_LINES lines, up to a blank line, a ruled line or a
    line ending in a colon (a heading); their first site word is the breast's, and none of them is a history, an
    outside report or a comment ("Clinical: left mastectomy 2019" over "Conclusion: axillary node ...")."""
    line_start = norm.rfind("\n", 0, sec.start) + 1
    if norm[line_start : sec.start].strip() or line_start == 0:
        return False
    first, pos = line_start, line_start
    for _ in range(SPECIMEN_ABOVE_LINES):
        if pos == 0:
            break
        prev = norm.rfind("\n", 0, pos - 1) + 1
        line = norm[prev : pos - 1]
        if not line.strip() or _RULED.fullmatch(line) or line.rstrip().endswith(":"):
            break
        if any(x.start <= prev < x.end and x.role in _ABOVE_NOT_SPECIMEN for x in sections):
            return False
        first = pos = prev
    return first < line_start and site_of(norm[first : line_start - 1]) == BREAST


def _report_site(norm: str, sections: list[Section]) -> str:
    """The site of the report's specimen: its specimen line, a dermatopathology title, the first
    diagnosis section that names a site, any other reading section that names the breast."""
    m = _report_site_line(norm)
    while m is not None and _is_treated_site(norm, m):  # (a radiotherapy field: the next site line)
        m = _NEXT_REPORT_SITE_LINE.search(norm, m.end())
    if m:
        site = site_of(m.group("value"))
        if site != UNKNOWN:
            return site
    first = norm.lstrip()[:120].split("\n", 1)[0]
    if re.search(r"dermato?path", first, re.IGNORECASE):
        return SKIN
    if site_of(first) == BREAST:
        return BREAST  # "B/L REDUCTION MAMMOPLASTY (R 640 g, L 585 g)" as the report's title
    for s in sections:
        if s.role in (DIAGNOSIS, REVISION):
            text = norm[s.heading_end : s.end]
            site = site_of(text)
            if site != UNKNOWN:
                # a diagnosis of several parts (sentinel nodes, then the mastectomy): the breast; so too a section
                # whose heading names the breast ("PATHOLOGY OF OPERATED BREAST") over its node count
                named = norm[s.start : s.end]
                if site == LYMPH_NODE and (any(m.group("breast") for m in _SITE_WORD.finditer(named))
                                           or _breast_specimen_above(norm, sections, s)):
                    return BREAST
                return site
    for s in sections:
        if s.role not in (HISTORY, OUTSIDE, ORIGINAL, COMMENT) and site_of(norm[s.start : s.end]) == BREAST:
            return BREAST
    return UNKNOWN


# A heading in the report's own language followed by its translation ("ANATOMO-PATOLOJIK TANI (Final
# diagnosis):", "DIAGNOSI DEFINITIVA (Final diagnosis):"): the translation is the heading.
# (or in square brackets: "Utlåtande [Statement]:", "Mikroskopi [Microscopy]:")
_TRANSLATED_HEADING = re.compile(
    # (a specimen line's aside is no translation: "Left breast, 3 o'clock, core (outside material):" lists its
    # site, side and procedure between commas, a heading's name has none)
    # (a bracketed translation may explain one of its words in parentheses: "[Extemporaneous (intraoperative
    # frozen section) examination]" reads as its words outside them)
    r"^(?:[ \t]*\d{1,2}[.)](?=[ \t]))?"  # (a numbered item's heading too: "2. Mikroskopi [Microscopy]:"; its number stays)
    # (an aside in parentheses may stand between the original words and their bracketed translation: "تشخیص (as
    # originally issued ...) [Diagnosis]:"; the view then reads "Diagnosis (as originally issued ...):")
    # (the original may say after a comma how its text was first sent, as the translation does after its own:
    # "Histologie, wie ursprünglich gemeldet [Histology, as originally notified]:", the reprint's heading; only with
    # that tail, _REPRINT_TAIL)
    r"(?P<orig>[ \t]*[^\W\d_][^:()\[\]\n,]{1,50}?(?P<comma>,[^:()\[\]\n,]{1,40}?)?"
    r"[ \t]*(?:(?P<pre>\([^()\n]{1,60}\))[ \t]*\[|[(\[]))"
    r"(?P<en>[A-Za-z][A-Za-z /&'-]{2,60}"
    r"(?:(?P<aside>\([A-Za-z /-]{2,40}\))[A-Za-z /&'-]{1,40})?)"
    r"(?P<tail>,[^():\[\]\n]{0,30})?(?P<close>[)\]])"
    # (its colon may follow the laboratory's aside on the next line: "... [Pathology, as initially presented]\n
    # (Laboratoire Armor-Pathologie, n° 26A-0055):", a reprint's heading only)
    r"(?=[^:\n]{0,40}:|(?<=\])[ \t]*\n[ \t]*\([^()\n]{1,80}\)[ \t]*:)",
    re.MULTILINE)
# the tail that lets an original's words hold a comma, and its colon stand on the next line: the reprint's "as first
# sent" (_QUAL)
_REPRINT_TAIL = re.compile(r",[ \t]*as[ \t]+(?:originally|first|previously|initially)[ \t]+(?:issued|reported|notified|presented)"
                           r"[ \t]*$")


def _translated_headings(norm: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_TRANSLATED_HEADING` in ``norm``, in order: the pattern is tried at the
    start of each line that holds a "(" or a "[" (a match is one line's start and holds one), not at
    every position of the text."""
    if "[" in norm:  # both kinds of bracket: each line's match once, in order
        found = {m.start(): m for bracket in "([" for m in _translated_headings_after(norm, bracket)}
        yield from (found[k] for k in sorted(found))
        return
    yield from _translated_headings_after(norm, "(")


def _translated_headings_after(norm: str, bracket: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_TRANSLATED_HEADING` closed by the pair of ``bracket``, tried at the start
    of each line that holds ``bracket``."""
    line_start, pos = -1, norm.find(bracket)
    while pos >= 0:
        start = norm.rfind("\n", 0, pos) + 1
        if start != line_start:
            line_start = start
            m = _TRANSLATED_HEADING.match(norm, start)
            if m is not None and m.group("close") == ")]"[bracket == "["]:
                yield m
        line_end = norm.find("\n", pos)
        pos = norm.find(bracket, line_end) if line_end >= 0 else -1


def translated_heading_view(norm: str) -> str:
    """A same-length copy in which a heading followed by its translation in parentheses reads as the
    translation (the original words and the parentheses blanked), when the translation is a heading
    the rules know and the original is not. Where the original carries an aside before its bracketed translation
    ("تشخیص (as originally issued ...) [Diagnosis]:"), the translation is moved to the front instead and the aside
    kept after it as its qualifier."""
    if "(" not in norm and "[" not in norm:
        return norm
    chars: list[str] | None = None
    for m in _translated_headings(norm):
        reprint = m.group("tail") is not None and _REPRINT_TAIL.match(m.group("tail")) is not None
        if (m.group("comma") or norm[m.end() : m.end() + 80].lstrip(" \t")[:1] == "\n") and not reprint:
            continue  # (a comma in the original, or a colon on the next line, for a reprint's heading only)
        en = m.group("en")
        if m.group("aside"):  # the translation's own aside blanked
            at = m.start("aside") - m.start("en")
            en = en[:at] + " " * len(m.group("aside")) + en[at + len(m.group("aside")):]
        tail = m.group("tail") if reprint else ""  # ("Pathology" is a heading only as a reprint's)
        options = [o for o in en.split("/") if _HEADING.match(o.strip() + tail + ":")]
        if not options or _HEADING.match(norm, m.start()) and _HEADING.match(norm, m.start()).end() > m.end("orig"):
            continue
        chars = chars if chars is not None else list(norm)
        if m.group("pre"):
            # the translation first, then the original's aside as its qualifier, right-aligned before the colon (a
            # translation with an aside or a tail of its own, or more names than one, is left as written)
            if not m.group("aside") and not m.group("tail") and len(options) == len(en.split("/")):
                moved = f"{en} {m.group('pre')}"
                chars[m.start("orig") : m.end("close")] = moved.rjust(m.end("close") - m.start("orig"))
            continue
        chars[m.start("orig") : m.end("orig")] = " " * (m.end("orig") - m.start("orig"))
        chars[m.start("close")] = " "
        if m.group("aside"):
            chars[m.start("aside") : m.end("aside")] = " " * (m.end("aside") - m.start("aside"))
        if len(options) < len(en.split("/")):  # "(Intraoperative / extemporaneous examination)"
            keep = options[0].strip()
            at = m.start("en") + en.index(keep)
            chars[m.start("en") : m.end("en")] = " " * (m.end("en") - m.start("en"))
            chars[at : at + len(keep)] = keep
    return norm if chars is None else "".join(chars)


# A chart printout of result components: the component's name in a left column, its value beside it
# ("Final Diagnosis           A. Breast, left, ...", "Clinical History          54 year old ..."). A
# name the heading patterns know, followed by a wide gap, reads as that heading.
# An observation export leads each row with its date-time stamp ("2026-03-02 09:14     Gross     ..."): the
# component's name follows the stamp (blanked in the view, so that the name heads its line).
_COMPONENT_ROW = re.compile(r"^(?P<stamp>[ \t]*\d{4}-\d\d-\d\d[ \t]+\d{1,2}:\d\d(?::\d\d)?[ \t]{2,})?"
                            # (a name may end on an abbreviated qualifier: "Final Diagnosis (prev.)")
                            r"(?P<label>[A-Z][A-Za-z()/&' -]{2,40}?(?:\([A-Za-z]{2,8}\.\))?)(?P<gap>[ \t]{3,})(?=\S)",
                            re.MULTILINE)
MIN_COMPONENT_ROWS = 2
# a heading with only its date stamp in the right-hand column ("FINAL DIAGNOSIS          03/04/2026",
# "ADDENDUM     2026-03-09 13:47") is a printout's heading line: it makes no component table (it still
# takes its colon in a table made by other rows)
_DATE_ONLY_VALUE = re.compile(r"\(?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d\d-\d\d)\)?(?:[ \t]+\d{1,2}:?\d\d)?[ \t]*(?:\n|$)")


def _known_label(label: str) -> bool:
    """True when a component's name is a heading the patterns know, and nothing more."""
    h = _HEADING.match(label + ":")
    return h is not None and h.end() == len(label) + 1 and bool(_role(h.group("name"), h.group("qual") or "", False))


# A synoptic printed as a run of "name<wide gap>value" lines, one field a line, its values not aligned ("Specimen
# Laterality      Right" over "Histologic Type      Invasive lobular carcinoma"): where the run holds a heading the
# patterns know, each of its names is a field, so that the heading's value ends at the next one (a history field's
# value does not reach the diagnosis fields below it)
MIN_FIELD_RUN = 4


def _field_run_rows(norm: str, rows: list[re.Match[str]], others: list[re.Match[str]]) -> set[re.Match[str]]:
    """The component rows (known ``rows`` and ``others``) in runs of at least :data:`MIN_FIELD_RUN` consecutive
    lines that hold a known heading row."""
    known = set(rows)
    out: set[re.Match[str]] = set()
    run: list[re.Match[str]] = []
    for m in sorted(rows + others, key=lambda m: m.start()):
        if run and norm.find("\n", run[-1].end()) + 1 != m.start():
            out.update(run if len(run) >= MIN_FIELD_RUN and known.intersection(run) else ())
            run = []
        run.append(m)
    out.update(run if len(run) >= MIN_FIELD_RUN and known.intersection(run) else ())
    return out


def component_heading_view(norm: str) -> str:
    """A same-length copy in which each known heading in the name column of a component table is
    followed by a colon (the first blank of its gap), when the report has at least
    :data:`MIN_COMPONENT_ROWS` such rows besides those holding only a date; and so is every name of a run of
    such rows holding a known heading (:func:`_field_run_rows`)."""
    if "   " not in norm:
        return norm
    rows, others = [], []
    dated = 0
    for m in _COMPONENT_ROW.finditer(norm):
        if _known_label(m.group("label")):
            rows.append(m)
            dated += bool(_DATE_ONLY_VALUE.match(norm, m.end()))
        else:
            others.append(m)
    in_runs = _field_run_rows(norm, rows, others)
    if len(rows) - dated < MIN_COMPONENT_ROWS and not in_runs:
        return norm
    # the other rows of the same table (their values in a heading row's value column: "Tumor site      Lower
    # outer quadrant" under "Specimen laterality      Left") are fields: a heading row's value ends at them
    columns = {m.end("gap") - m.start() for m in rows} if len(rows) - dated >= MIN_COMPONENT_ROWS else set()
    chars = list(norm)
    for m in ([m for m in rows if columns or m in in_runs]
              + [m for m in others if m.end("gap") - m.start() in columns or m in in_runs]):
        chars[m.start("gap")] = ":"
        if m.start("stamp") >= 0:
            chars[m.start("stamp") : m.end("stamp")] = " " * (m.end("stamp") - m.start("stamp"))
    # a known name that fills its column reaches its value with one blank ("Clinical Information S/P LEFT
    # LUMPECTOMY ...", its value at the column of the other rows): it is a heading row too
    for column in columns:
        for m in re.finditer(rf"^[A-Z][A-Za-z()/&' -]{{{max(column - 2, 1)}}}[ \t](?=\S)", norm, re.MULTILINE):
            label = m.group(0).rstrip()
            if _known_label(label):
                chars[m.start() + len(label)] = ":"
    return "".join(chars)


# An allied-health document (a social work assessment, a prehabilitation or physiotherapy intake) copies the pathology
# result into its history ("Clinical background (chart summary; histology quoted):", "Indication for surgery:",
# "Clinical summary (...; histology quoted directly):"): the quotation is the pathology report's own words and reads as
# a diagnosis from its opening to its closing quotation mark, the history around it staying history. Only where the
# quotation is announced so: a lead-in naming the histology as quoted with the quotation opening on its line
# ('Histology (lab WHH-H-25-11290, quoted): "Left breast, ...', 'Histology quoted from the pathology report (...):
# "Right breast, ...'), or a history heading saying "histology quoted" over a line that opens with the quotation of a
# specimen's side ('"Right breast, MRI-guided vacuum biopsy: ...'). The document is told by its title and letterhead
# lines alone (a history's "referred to physiotherapy" makes no allied-health document). An earlier result (a bare
# year or "previous" in the lead-in; a full date is the quoted report's own: "(Dr Lim, 09/02/2026)"), a quotation with
# no closing mark within its history, a quoted line that is no specimen's and any pathology report's own history stay
# history. A cardio-oncology record (an echocardiography baseline before trastuzumab, a pre-treatment risk form) copies
# the histology the same way, its lead-in also calling the copy verbatim ("Histology (from pathology report,
# verbatim):"). The record is told by "cardio-oncology" in its title or a letterhead line, never as a field's value
# ("Requesting service: Cardio-Oncology") nor in a pathology report's own title ("ENDOMYOCARDIAL BIOPSY -
# HISTOPATHOLOGY REPORT"). A lead-in calling the copy verbatim reads it only when the quotation opens with a
# specimen's side and label ('"Right breast, core biopsy: ...') or the lead-in names the report it is copied from
# ("from pathology report", "LIS", "EPR"); a lead-in naming the patient's or a relative's own words ("patient's own
# words, verbatim") or an earlier result ("at first diagnosis") stays history, "quoted" or "verbatim".
_ALLIED_HEALTH_DOCUMENT = re.compile(r"\b(?:social\s+work|psychosocial|prehab(?:ilitation)?|physiotherap|"
                                     r"occupational\s+therap|dietetic|exercise\s+oncology)", re.IGNORECASE)
# (on a title or letterhead line, no colon before it on its line: "Cardiology (Cardio-Oncology)", not "Requesting
# clinic: Cardio-Oncology")
_CARDIO_ONCOLOGY_HEAD = re.compile(r"^[^\n:]{0,200}?\bcardio-?[ \t]?oncolog", re.IGNORECASE | re.MULTILINE)
_CARDIO_ONCOLOGY_GATE = "oncolog"  # (every match of _CARDIO_ONCOLOGY_HEAD has it)
_PATHOLOGY_REPORT_TITLE = re.compile(r"\b(?:histopatholog|patholog|cytolog|biops)[a-z]*[ \t]+report\b", re.IGNORECASE)
_ALLIED_HEALTH_HEAD_CHARS = 600  # the document's title and header lines ...
_ALLIED_HEALTH_TITLE_LINES = 3  # ... its first non-blank lines, the title and letterhead (not a mention in its history)
# A quotation's opening marks: the straight and curly double quotes, a guillemet, a curly single quote
_OPENING_QUOTES = "\"“«‘"
_QUOTED_HISTOLOGY_LEAD = re.compile(
    r"^[ \t]*(?:histology|histopathology|pathology)\b"
    r"(?:[ \t]+quoted\b[^\n:" + _OPENING_QUOTES + r"]{0,80}?|[ \t]*\([^()\n]{0,80}?\b(?:quoted|verbatim)\b[^()\n]{0,40}\))"
    r"[ \t]*:[ \t]*(?=[" + _OPENING_QUOTES + "])",
    re.IGNORECASE | re.MULTILINE)
# A medico-legal certificate or report written by the patient's doctor for a court, a jury office or a driver licensing
# authority (a certificate of incapacity for jury service, a driver licence medical report, a capacity or guardianship
# report) copies the pathology result into its answers the same way, with a longer lead-in: the source's name, number
# and date in its aside, wrapped over a line ("Histology quoted from the report (Oakdene Hospital ODH-H-25-12093,
# 15/12/2025):", "Surgical histology (quoted exactly from the ... report" / "WDU-H-26-02101, dated 19/02/2026):"), the
# lead opening its line or a sentence of its own, the quotation opening on the lead's line or the next. The quotation
# reads as the diagnosis; the record's own words around it (the reason for the certificate, "ongoing treatment for
# right breast cancer", the doctor's opinion on capacity, the signature's "Oncologist (Sarcoma)") are its history. The
# document is told by its title and letterhead lines: the name of the court, office or authority, or of the
# certificate, with no field's label before it on its line (a pathology report's "Patient: ... (adult under
# guardianship order)" or "Clinical: ... jury service from 16/03" makes none), and none of them a pathology report's
# own title ("HISTOPATHOLOGY REPORT", a line opening "HISTOPATHOLOGY" / "Cellular Pathology"). "Incapacity" alone
# (a sick note's, an income-protection claim's "INCAPACITY BENEFIT") names none: only the Scottish "Adults with
# Incapacity" does (a certificate "of incapacity for jury service" is told by its jury). The jury word names the
# office only in a phrase naming the service ("jury service / summons / citation / duty / office", "Jury Central
# Summoning Bureau", "juror ..."): a letterhead's "Requested by Dr M Jury, Breast Surgery" names a person; the
# licensing authority by its own name too ("Driver and Vehicle Licensing Agency", "DVLA").
_MEDICO_LEGAL_DOCUMENT = re.compile(
    r"^[^\n:]{0,200}?\b(?:jury[ \t]+(?:service|summons|summoning|citation|duty|office|central)\b|jurors?\b"
    r"|driv(?:er|ing)[ \t]+(?:and[ \t]+vehicle[ \t]+)?licen[cs]|dvla\b|fitness[ \t]+to[ \t]+drive|guardianship"
    r"|conservatorship|adults[ \t]+with[ \t]+incapacity|court[ \t]+of[ \t]+protection|court\b[^\n:]{0,40}\bcapacity\b"
    # (a pension scheme's ill-health or incapacity retirement assessment, an adoption agency's adult health report)
    r"|ill-?[ \t]?health[ \t]+(?:early[ \t]+)?retirement|incapacity[ \t]+retirement|adult[ \t]+health[ \t]+report"
    r"|adoption[ \t]*(?:agency|service|/[ \t]*fostering)\b)",
    re.IGNORECASE | re.MULTILINE)
_PATHOLOGY_TITLE_LINE = re.compile(
    r"^[ \t]*(?:(?:surgical|cellular|anatomical|breast)[ \t]+)?(?:histopatholog|patholog|cytolog)[a-z]*\b(?![ \t]+quoted)",
    re.IGNORECASE | re.MULTILINE)
# (its aside may hold a time, its colon inside: "(report authorised 11/02/2026 14:32, ref CLH-26-3345):")
# (also behind the answer's item number, "2.2 Surgical histology (quoted verbatim ...):", or a field's caption and its
# spaced dash, "B3 Investigations this year - histology quoted (...):", as the supporting or most recent one, and with
# the aside calling it verbatim, "Most recent histology (verbatim from pathology report, ...):")
_MEDICO_LEGAL_LEAD = re.compile(
    r"(?:^[ \t]*(?:" + ITEM_NUMBER + r")?|(?<=[.!?][ \t])|(?<=[ \t][-\u2013][ \t]))"
    r"(?:(?:surgical|final|supporting|(?:most[ \t]+)?recent)[ \t]+)?(?:histology|histopathology|pathology)\b"
    r"(?:[ \t]+quoted\b|[ \t]*\([ \t]*(?:quoted|verbatim)\b)(?:[^\n:" + _OPENING_QUOTES + r"]|(?<=\d):(?=\d\d\b)){0,120}"
    r"(?:\n(?:[^\n:" + _OPENING_QUOTES + r"]|(?<=\d):(?=\d\d\b)){0,120})?:[ \t]*(?:\n[ \t]*)?(?=[" + _OPENING_QUOTES + "])",
    re.IGNORECASE | re.MULTILINE)
# ... and, once it quotes one result so, any other result it quotes under a lead-in of its own naming the histology
# and, in its aside, the report's date: 'Excision histology (MUH-H-25-33190, 28/11/2025):' over '"Left breast, wide
# local excision: ...' (the quotation opening with a specimen's side and label) is a result of the record as well, no
# own words of its doctor
_MEDICO_LEGAL_OTHER_LEAD = re.compile(
    r"(?:^[ \t]*|(?<=[.!?][ \t]))(?:[a-z]{3,20}[ \t]+)?(?:histology|histopathology|pathology)[ \t]*"
    r"\([^()\n]{0,80}\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\)[ \t]*:[ \t]*(?:\n[ \t]*)?(?=[" + _OPENING_QUOTES + "])",
    re.IGNORECASE | re.MULTILINE)
_QUOTED_WORD = re.compile(r"\bquoted\b", re.IGNORECASE)  # (a lead-in calling the copy quoted, not only verbatim)
_HISTOLOGY_QUOTED_HEADING = re.compile(r"\b(?:histology|histopathology|pathology)[ \t]+quoted\b", re.IGNORECASE)
# (a quotation opening with a specimen's side and label: '"Right breast, core biopsy: ...')
_QUOTED_SPECIMEN = "[" + _OPENING_QUOTES + "](?=" + SPECIMEN_SIDE + SPECIMEN_LABEL_END + r")"
_QUOTED_SPECIMEN_LINE = re.compile(r"^[ \t]*" + _QUOTED_SPECIMEN, re.IGNORECASE | re.MULTILINE)
# (a bare year, not a full date's, which is the quoted report's own: "(Dr Lim, 09/02/2026)", "(2026-02-09)")
# (or the result named by its stage: "(at first diagnosis, verbatim)", "(initial diagnosis, quoted)")
# (nor a lab number's serial after its letters and year: "LC26/2083")
_EARLIER_LEAD = re.compile(r"\b(?:(?<!\d[/.-]\d[/.-])(?<!\d[/.-]\d\d[/.-])(?<![A-Za-z]\d\d/)(?:19|20)\d\d(?![/.-]\d)"
                           r"|previous|prior|earlier|old|original|(?:first|initial)[ \t]+diagnos[ie]s)\b", re.IGNORECASE)
# (the patient's, a client's or a relative's own account called verbatim: "(patient's own words, verbatim)")
_LAY_LEAD = re.compile(r"\b(?:(?:patient|client|relative|husband|wife|partner|daughter|son|mother|father)['’]s"
                       r"|per[ \t]+(?:the[ \t]+)?(?:patient|client)|own[ \t]+words|as[ \t]+told"
                       r"|as[ \t]+(?:the[ \t]+)?(?:patient|client|s?he|they)[ \t]+(?:described|put|told|said))\b",
                       re.IGNORECASE)
# (a lead-in naming the result it copies: "(from pathology report, verbatim)", "(verbatim, LIS)", "(... from EPR)")
_RESULT_SOURCE_LEAD = re.compile(r"\b(?:report|LIS|EPR|EHR|EMR|compte[ \t-]rendu)\b", re.IGNORECASE)
_QUOTED_SPECIMEN_OPENING = re.compile(_QUOTED_SPECIMEN, re.IGNORECASE)
_CLOSING_QUOTE = re.compile(r"[\"”]")
# (a quotation in guillemets or curly single quote marks closes with its own mark: «...», ‘...’, an apostrophe inside a
# word, "patient’s", closing none)
_CLOSING_QUOTE_OF = {"«": re.compile(r"»"), "‘": re.compile(r"’(?!\w)")}


def _closing_quote_for(opening: str) -> re.Pattern[str]:
    """The closing mark of a quotation opened by the mark ``opening`` (:data:`_CLOSING_QUOTE_OF`, else a double
    quote's, :data:`_CLOSING_QUOTE`)."""
    return _CLOSING_QUOTE_OF.get(opening, _CLOSING_QUOTE)

_QUOTED_RESULT_REACH = 1500  # the longest quoted result searched for its closing mark


# A quoted report's next lettered part ("B. Left breast, ...") opening the line where its section ends: the section was
# cut inside the quotation, which closes further on
_QUOTED_NEXT_PART = re.compile(r"\n?[ \t]*[A-H][.)][ \t]+\S")


def _quoted_results(norm: str, section: Section, lead: re.Pattern[str] = _QUOTED_HISTOLOGY_LEAD,
                    past_part: bool = False) -> list[tuple[int, int]]:
    """The announced pathology quotations inside the history ``section`` (``lead``: :data:`_QUOTED_HISTOLOGY_LEAD`, or
    a medico-legal record's :data:`_MEDICO_LEGAL_LEAD`), each from its opening to past its closing quotation mark
    (``past_part``: a quotation the section's end cuts at its next lettered part, :data:`_QUOTED_NEXT_PART`, runs on
    to its closing mark past the section's end)."""
    openings = [m.end() for m in lead.finditer(norm, section.heading_end, section.end)
                if _EARLIER_LEAD.search(norm, m.start(), m.end()) is None
                and _LAY_LEAD.search(norm, m.start(), m.end()) is None
                and (_QUOTED_WORD.search(norm, m.start(), m.end()) is not None
                     or _RESULT_SOURCE_LEAD.search(norm, m.start(), m.end()) is not None
                     or _QUOTED_SPECIMEN_OPENING.match(norm, m.end()) is not None)]
    if _HISTOLOGY_QUOTED_HEADING.search(norm, section.start, section.heading_end) is not None:
        openings += [m.end() - 1 for m in _QUOTED_SPECIMEN_LINE.finditer(norm, section.heading_end, section.end)]
    spans: list[tuple[int, int]] = []
    pos = section.heading_end
    for opening in sorted(openings):
        if opening < pos:
            continue  # (a specimen line inside a quotation already read)
        closing_quote = _closing_quote_for(norm[opening])
        closing = closing_quote.search(norm, opening + 1, min(section.end, opening + _QUOTED_RESULT_REACH))
        if closing is not None:
            spans.append((opening, closing.end()))
            pos = closing.end()
        elif (past_part and section.end < opening + _QUOTED_RESULT_REACH
              and _QUOTED_NEXT_PART.match(norm, section.end) is not None
              and (closing := closing_quote.search(norm, section.end, opening + _QUOTED_RESULT_REACH)) is not None):
            spans.append((opening, closing.end()))
            pos = closing.end()
    return spans


def _title_lines_end(norm: str) -> int:
    """The end of the document's title and letterhead: its first :data:`_ALLIED_HEALTH_TITLE_LINES` non-blank lines,
    within its first :data:`_ALLIED_HEALTH_HEAD_CHARS` characters."""
    head = norm[:_ALLIED_HEALTH_HEAD_CHARS]
    pos, seen = 0, 0
    while pos < len(head) and seen < _ALLIED_HEALTH_TITLE_LINES:
        end = head.find("\n", pos)
        end = len(head) if end < 0 else end
        seen += bool(head[pos:end].strip())
        pos = end + 1
    return min(pos, len(head))


def _cardio_oncology_record(norm: str, title_end: int, low: str | None = None) -> bool:
    """Whether the document's title or letterhead lines (to ``title_end``) name cardio-oncology as its service
    (:data:`_CARDIO_ONCOLOGY_HEAD`), in no pathology report's own title (:data:`_PATHOLOGY_REPORT_TITLE`) (``low``:
    ``ascii_lower(norm)``, when the caller has it: a title without the word is not scanned)."""
    if low is not None and low.find(_CARDIO_ONCOLOGY_GATE, 0, title_end) < 0:
        return False
    return (_CARDIO_ONCOLOGY_HEAD.search(norm, 0, title_end) is not None
            and _PATHOLOGY_REPORT_TITLE.search(norm, 0, title_end) is None)


def _lift_quoted_results(norm: str, sections: list[Section], low: str | None = None) -> list[Section]:
    """An allied-health document's history sections with their announced pathology quotations read as a diagnosis
    (:func:`_quoted_results`; ``low``: ``ascii_lower(norm)``, when the caller has it)."""
    title_end = _title_lines_end(norm)
    if _medico_legal_record(norm, title_end):
        return _lift_medico_legal_quotes(norm, sections)
    if _ALLIED_HEALTH_DOCUMENT.search(norm, 0, title_end) is None and not _cardio_oncology_record(norm, title_end, low):
        return sections
    out = []
    for section in sections:
        spans = _quoted_results(norm, section) if section.role == HISTORY else []
        pos = section.start
        for opening, closing in spans:
            out.append(Section(section.name, HISTORY, pos, opening, min(section.heading_end, opening), section.order))
            out.append(Section("histology", DIAGNOSIS, opening, closing, opening, section.order))
            pos = closing
        out.append(section if not spans else Section(section.name, HISTORY, pos, section.end, pos, section.order))
    return [s for s in out if s.end > s.start]


def _medico_legal_record(norm: str, title_end: int) -> bool:
    """Whether the document's title or letterhead lines (to ``title_end``) name a medico-legal record
    (:data:`_MEDICO_LEGAL_DOCUMENT`) and no pathology report (:data:`_PATHOLOGY_REPORT_TITLE`,
    :data:`_PATHOLOGY_TITLE_LINE`)."""
    return (_MEDICO_LEGAL_DOCUMENT.search(norm, 0, title_end) is not None
            and _PATHOLOGY_REPORT_TITLE.search(norm, 0, title_end) is None
            and _PATHOLOGY_TITLE_LINE.search(norm, 0, title_end) is None)


def _other_quoted_results(norm: str, section: Section) -> list[tuple[int, int]]:
    """A medico-legal record's other quoted results in ``section`` (:data:`_MEDICO_LEGAL_OTHER_LEAD`), each opening with
    a specimen's side and label, from the opening to past the closing quotation mark."""
    spans = []
    for m in _MEDICO_LEGAL_OTHER_LEAD.finditer(norm, section.heading_end, section.end):
        if (_QUOTED_SPECIMEN_OPENING.match(norm, m.end()) is None or _EARLIER_LEAD.search(norm, m.start(), m.end())
                or _LAY_LEAD.search(norm, m.start(), m.end())):
            continue
        closing = _closing_quote_for(norm[m.end()]).search(norm, m.end() + 1,
                                                           min(section.end, m.end() + _QUOTED_RESULT_REACH))
        if closing is not None:
            spans.append((m.end(), closing.end()))
    return spans


def _first_of_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, each that overlaps one before it left out."""
    kept: list[tuple[int, int]] = []
    for span in sorted(spans):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _lift_medico_legal_quotes(norm: str, sections: list[Section]) -> list[Section]:
    """A medico-legal record's announced pathology quotations (:data:`_MEDICO_LEGAL_LEAD`) read as its diagnosis, in
    whatever section of the record they stand, with the other results it quotes under a dated lead-in of their own
    (:func:`_other_quoted_results`), and the record's own words around them as its history; a record that announces
    none is read as it is."""
    spans = [_quoted_results(norm, section, _MEDICO_LEGAL_LEAD, past_part=True) for section in sections]
    if not any(spans):
        return sections
    spans = [_first_of_overlapping([*quoted, *_other_quoted_results(norm, section)])
             for section, quoted in zip(sections, spans, strict=True)]
    out = []
    run_on = -1  # (the closing mark of a quotation cut by its next lettered part, read on into the sections after)
    for section, quoted in zip(sections, spans, strict=True):
        pos, heading_end = section.start, section.heading_end
        if run_on > pos:
            pos = heading_end = min(run_on, section.end)
            out.append(Section("histology", DIAGNOSIS, section.start, pos, section.start, section.order))
        for opening, closing in quoted:
            if opening < pos:
                continue
            closing = min(closing, section.end)
            out.append(Section(section.name, HISTORY, pos, opening, min(heading_end, opening), section.order))
            out.append(Section("histology", DIAGNOSIS, opening, closing, opening, section.order))
            pos = heading_end = closing
        if quoted:
            run_on = max(run_on, quoted[-1][1])
        out.append(Section(section.name, HISTORY, pos, section.end, max(pos, heading_end), section.order))
    return [s for s in out if s.end > s.start]


# A Russian list's items lettered in Cyrillic, "А)" / "Б)" (the material list) where the translated conclusion letters
# them "A)" / "B)": a list that opens lines with both "А" and "Б" is read with the Latin letters of the same places
# (А, Б, В, Г, Д as A, B, C, D, E; one character each, so the offsets hold)
_CYRILLIC_ITEM = re.compile(r"^([ \t]*)([АБВГД])(?=[.)][ \t])", re.MULTILINE)
_CYRILLIC_ITEM_LATIN = dict(zip("АБВГД", "ABCDE"))


def _latin_item_letters(norm: str) -> str:
    """``norm`` with a Cyrillic-lettered list's line-opening letters in Latin (_CYRILLIC_ITEM)."""
    if "Б" not in norm:
        return norm
    letters = {m.group(2) for m in _CYRILLIC_ITEM.finditer(norm)}
    if not {"А", "Б"} <= letters:
        return norm
    return _CYRILLIC_ITEM.sub(lambda m: m.group(1) + _CYRILLIC_ITEM_LATIN[m.group(2)], norm)


def parse_structure(text: str) -> Structure:
    """Sections, parts, units and lines of a report (offsets into ``text``)."""
    norm, dictated = normalise_dictation(pathology_view(text))
    norm = _latin_item_letters(component_heading_view(translated_heading_view(norm)))
    low = ascii_lower(norm)  # lower-cased once for the substring pre-checks of the scans below
    sides = SideIndex(norm)
    part_marks = list(_PART.finditer(norm))  # scanned once: the sections and the parts both need them
    part_starts = [m.start() for m in part_marks]
    sections = _lift_quoted_results(norm, _sections(norm, dictated, part_starts, low), low)
    parts = _parts(norm, sections, sides, part_marks)
    line_starts = list(accumulate((len(line) + 1 for line in norm.split("\n")[:-1]), initial=0))
    return Structure(
        text=text, norm=norm, dictated=dictated, sections=sections, parts=parts,
        units=_units(norm, dictated, sections, part_starts), sides=sides, line_starts=line_starts, low=low,
    )


# A diagnosis the reader could not place: the text speaks of a diagnosis, yet no heading that can
# label (diagnosis, revision, addendum, microscopic, ...) was recognised and nothing labelled. This is
# how an unknown report layout shows (a machine printout, a form the headings do not cover).
_DIAGNOSIS_WORD = re.compile(r"\b(?:diagnos[ie]s|dx|conclusions?|impressions?|opinion|interpretation)\b", re.IGNORECASE)
_PLACED_ROLES = frozenset({DIAGNOSIS, REVISION, ORIGINAL, OUTSIDE, MICROSCOPIC, ADDENDUM, INTRAOPERATIVE})


def unread_diagnosis(text: str, labelled: bool) -> bool:
    """True when ``text`` names a diagnosis outside every recognised heading, no section that can
    label was recognised, and the report labels nothing (``labelled`` False): a layout to check."""
    if labelled or not _DIAGNOSIS_WORD.search(text):
        return False
    s = parse_structure(text)
    if any(sec.role in _PLACED_ROLES for sec in s.sections):
        return False
    headings = [(sec.start, sec.heading_end) for sec in s.sections if sec.heading_end > sec.start]
    return any(not any(a <= m.start() < b for a, b in headings) for m in _DIAGNOSIS_WORD.finditer(s.norm))


def bilateral(text: str, pos: int = 0) -> bool:
    """True when ``text`` says both breasts ("bilat", "bilateral", "both sides", "B/L"), from ``pos`` on (a word boundary
    there still sees the character before it)."""
    return bool(_BILATERAL.search(text, pos))
